"""`kind = "terms"`: a list of words (system names, classification markers), matched whole whatever the
case, spacing or hyphens, and with `fuzzy` also as OCR damaged them."""
from __future__ import annotations

import difflib
import functools
import re
from typing import Iterable

from ..confusions import READ_FOR_SMALL_E, READ_FOR_SMALL_E_BEFORE_HYPHEN
from ..layout import Segment
from ..lexicon import common_words
from ..page import Candidate
from ..recognizer import Recognizer


def compile_terms(terms: Iterable[str], case_sensitive: bool) -> re.Pattern | None:
    """The pattern of a `terms` recognizer: any of its words, standing alone."""
    terms = [t for t in terms if t.strip()]
    body = "|".join(_term_regex(t) for t in sorted(terms, key=len, reverse=True))
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(r"(?<![A-Za-z0-9])(?:" + body + r")(?![A-Za-z0-9])", flags) if body else None


def _term_regex(term: str) -> str:
    """Literal term; hyphens and spaces inside it are optional (e-Kinerja, eKinerja, E KINERJA)."""
    out = []
    for ch in term.strip():
        if ch in "- ":
            out.append(r"[\s-]?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def terms_regex(terms: Iterable[str]) -> re.Pattern | None:
    """One pattern for a user's list of words, longest first, any case, any spacing between the words."""
    terms = [t for t in terms if t.strip()]
    if not terms:
        return None
    return re.compile("|".join(r"\s*".join(re.escape(part) for part in t.split())
                               for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _term_keys(terms: tuple[str, ...]) -> frozenset[str]:
    """Terms of five characters or more as lower-case letters and digits only."""
    return frozenset(re.sub(r"[^a-z0-9]", "", t.lower()) for t in terms if len(t) >= 5)


def fuzzy_terms(seg: Segment, rec: Recognizer) -> list[Candidate]:
    """System names OCR damaged ("e- @nerja"): close to a term, and not an ordinary word."""
    terms = _term_keys(rec.terms)
    tokens = list(re.finditer(r"\S+", seg.text))
    out = []
    for i in range(len(tokens)):
        for j in (i, i + 1):
            if j >= len(tokens):
                continue
            if j > i and tokens[i].group()[-1] in ",;/&":
                continue  # 'Sari, Andi': a list of words, not one name OCR broke in two ('SRIK ANDI')
            start, end = tokens[i].start(), tokens[j].end()
            raw = seg.text[start:end]
            key = re.sub(r"[^a-z0-9]", "", raw.lower())
            e_as_sign = raw[0] in READ_FOR_SMALL_E or (raw[0] in READ_FOR_SMALL_E_BEFORE_HYPHEN and raw[1:2] == "-")
            if e_as_sign and not key.startswith("e"):
                key = "e" + key  # "@ Presensi": the e of "e-Presensi" read as a sign
            # (a short name whose e was read as a sign before its hyphen, "@-SKP", only as it is written)
            short = len(key) == 4 and e_as_sign and raw[1:2] == "-" and key in terms
            if (len(key) < 5 and not short) or raw.strip(".,:;").lower() in common_words():
                continue
            if key in terms:
                if j > i or e_as_sign:  # a name OCR broke in two ("SRIK ANDI") or whose e it
                    # read as a sign; whole and as written it is the pattern's own match
                    out.append(Candidate(rec.category, seg, start, end, rec.score * 0.9, rec.id + "_fuzzy", raw))
                continue
            for term_key in terms:
                if (abs(len(term_key) - len(key)) <= 2 and key[0] == term_key[0]
                        and difflib.SequenceMatcher(None, key, term_key).ratio() >= 0.85):
                    out.append(Candidate(rec.category, seg, start, end, rec.score * 0.9, rec.id + "_fuzzy", raw))
                    break
    return out

