"""Detect stage: OCR words in, findings and a whole-image verdict out."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from ..categories import category
from ..findings import NO_VERDICT, Finding, Verdict, VerdictKind
from ..ocr import OcrResult
from .engine import Detector
from .lexicon import words
from .packs import Recognizer, load_recognizers

__all__ = ["Detection", "detect", "verdict_for", "recognizers_for"]
_KTP_LABELS = re.compile(r"(?i)\b(" + "|".join(words("identity_card", "labels")) + r")\b")
# Labels printed on identity cards but rarely as a table's columns: a staff list with
# Nama/NIK/NIP/Alamat columns is not a card.
_CARD_ONLY = frozenset(words("identity_card", "card_only"))
_LOGIN_WORDS = re.compile(r"(?i)\b(" + "|".join(map(re.escape, words("verdict", "login_words"))) + r")\b")


@dataclass(frozen=True)
class Detection:
    findings: tuple[Finding, ...]
    verdict: Verdict


@functools.lru_cache(maxsize=4)
def _cached_recognizers(dirs: tuple[Path, ...]) -> tuple[Recognizer, ...]:
    return tuple(load_recognizers(dirs))


def recognizers_for(pattern_dirs: Iterable[Path] = ()) -> tuple[Recognizer, ...]:
    return _cached_recognizers(tuple(Path(p) for p in pattern_dirs))


def detect(ocr: OcrResult, *, pattern_dirs: Iterable[Path] = (), own_terms: Sequence[str] = (),
           disabled: Iterable[str] = (), visible_terms: Sequence[str] = ()) -> Detection:
    detector = Detector(recognizers_for(pattern_dirs), own_terms=own_terms, disabled=disabled,
                        visible_terms=visible_terms)
    findings = tuple(detector.run(ocr.words, ocr.folds))
    # What the user's list leaves visible is public on purpose: it does not make the page sensitive.
    return Detection(findings=findings, verdict=verdict_for([f for f in findings if f.enabled], ocr.text))


def verdict_for(findings: Sequence[Finding], text: str) -> Verdict:
    categories = {f.category for f in findings}
    personal = {c for c in categories if category(c).personal}
    if "classification" in categories:
        return Verdict(VerdictKind.CLASSIFIED_DOCUMENT, ("security classification marking",))
    # An identity document first: its layout is what gets every field covered, and a holder's name such as
    # "SIREGAR" must not make a passport photo read as a staff system's screen.
    ktp_labels = {re.sub(r"\W+", " ", m.group(1).lower()).split()[0] for m in _KTP_LABELS.finditer(text)}
    card_only = ktp_labels & _CARD_ONLY
    if (len(ktp_labels) >= 4 and len(card_only) >= 2) or any(f.detector == "passport_mrz" for f in findings):
        return Verdict(VerdictKind.IDENTITY_CARD, ("identity-card fields",))
    if categories & {"internal_system", "internal_url"} and (personal or _LOGIN_WORDS.search(text)):
        reasons = ["internal system"] + (["personal data"] if personal else ["login or staff screen"])
        return Verdict(VerdictKind.INTERNAL_SYSTEM, tuple(reasons))
    return NO_VERDICT
