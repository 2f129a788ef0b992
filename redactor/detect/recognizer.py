"""A recognizer as read from a pattern pack, and the label and term patterns built from its words."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable


@dataclass(frozen=True)
class Recognizer:
    id: str
    category: str
    kind: str
    pack: str
    labels: tuple[str, ...] = ()
    label_required: bool = False
    inline: bool = False
    validator: str | None = None
    lengths: tuple[int, ...] = ()
    loose_with_label: bool = False
    pattern: str | None = None
    flags: str = ""
    terms: tuple[str, ...] = ()
    case_sensitive: bool = False
    fuzzy: bool = False
    value: str = "text"
    vocabulary: tuple[str, ...] = ()
    not_terms: frozenset[str] = frozenset()
    uncommon: bool = False
    names_only: bool = False
    normalise: str | None = None  # names of rules in `hooks` (see there)
    extend: tuple[str, ...] = ()
    reject_if: tuple[str, ...] = ()
    page_kind: str | None = None  # only on a page of this kind (see `page_kinds`)
    default_on: bool = True
    score: float = 0.8
    label_regex: re.Pattern | None = field(default=None, compare=False, repr=False)
    regex: re.Pattern | None = field(default=None, compare=False, repr=False)
    examples: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)  # (text, what is covered)
    near_misses: tuple[str, ...] = field(default=(), compare=False, repr=False)  # texts it must leave alone


def label_pattern(labels: Iterable[str]) -> re.Pattern | None:
    """One regex for a label list: dots, colons and spaces inside labels are optional (OCR drops them), and
    a lower-case l and a slash also match what OCR reads them as on a photo or a JPEG."""
    alternatives = []
    for label in sorted(set(labels), key=len, reverse=True):
        parts = []
        text = label.strip()
        if re.match(r"No[.\s]\s*[A-Za-z]", text):
            # "No." opening a longer label, its N read as an O or an M beside the o's roundness ("Oo. Sertifikat")
            parts.append(r"[NOM][o0]")
            text = text[2:]
        for ch in text:
            if ch in ". :":
                parts.append(r"[\s.:]*")
            elif ch == "/":
                parts.append(r"\s*[/lI|]\s*")  # "Desa/Kel" read "DesalKel", "RT/RW" read "RTIRW"
            elif ch == "-":
                parts.append(r"[\s-]*")
            elif ch == "l":
                parts.append(r"[l1iI|!]")  # a photo's "l" read as i, 1, I, a bar or a "!" ("Tgi. Lahir", "Tg! Lahir")
            else:
                parts.append(re.escape(ch))
        alternatives.append("".join(parts))
    if not alternatives:
        return None
    # A label right after a unit's short word and its slash is the unit's tail ("mg/dL" is no "DL" driver licence).
    return re.compile(r"(?<![A-Za-z0-9])(?<!\b[a-z]/)(?<!\b[a-z]{2}/)(?:" + "|".join(alternatives) + r")(?![A-Za-z])",
                      re.IGNORECASE)


def term_key(term: str) -> str:
    """A term compared without case, spaces, hyphens or dots ("e-KTP", "E KTP" and "eKTP" are one)."""
    return re.sub(r"[\s.\-_]+", "", term).lower()
