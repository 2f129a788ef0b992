"""`kind = "known_names"`: a person's name in running text with no label, told by the lists of given
and family names ("This project is created by David Johnson and ...", "Jessica Smith lives in ...",
a scan's overlay "KAUFMAN SCOTT").  Every word of such a name is often also a dictionary word, which
the `names` kind alone cannot tell from a heading.

The recognizer's `terms` are given names whose everyday sense is rare ("john"), which count like any
other given name; its `not_terms` are words that make a capitalised run a place or a thing ("Street",
"Bank") rather than a person.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..layout import Segment
from ..text import PARTICLES
from ..lexicon import known_full_name
from ..page import Candidate, Page
from ..recognizer import Recognizer
from .base import EachRecognizer, Shared
from .names import NAME_STOP_WORDS

# Runs of capitalised words (a possessive "John's" and a trailing comma included), and runs of capitals.
# Lower-case particles may sit between the capitalised words ("Michael van der Berg").
_PARTICLE = "(?:" + "|".join(map(re.escape, sorted(PARTICLES, key=len, reverse=True))) + r")\s+"
# (a family name's elided article or "Mac" before its capital, "O'Connor", "McAllister", is one word)
_NAME_WORD = r"(?:[OD]['’](?=[A-Z])|Ma?c(?=[A-Z]))?[A-Z][a-z'’-]+"
_TITLE_RUN = re.compile(r"(?<![\w@/.])" + _NAME_WORD + r"(?:,?\s+(?:" + _PARTICLE + r"){0,3}" + _NAME_WORD + r")+")
_CAPS_RUN = re.compile(r"(?<![\w@/.])[A-Z]{2,}(?:\s+[A-Z]{2,}){1,2}(?![\w@/.])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_LOWER_BEFORE = re.compile(r"[a-z]{2,}[\s,;:\"“(]*$")
_LOWER_AFTER = re.compile(r"^[\s,;:\"”)]*[a-z]{2,}")


class KnownNameFinder(EachRecognizer):
    kinds = ("known_names",)

    def __init__(self, recognizers: Sequence[Recognizer], shared: Shared):
        super().__init__(recognizers, shared)
        # Each recognizer's extra given names and its words that end a name, made once, not per segment.
        self._words = {id(rec): (frozenset(t.lower() for t in rec.terms),
                                 NAME_STOP_WORDS | frozenset(t.lower() for t in rec.not_terms) | self.not_names)
                       for rec in self.recs}

    def find(self, page: Page, seg: Segment, rec: Recognizer) -> list[Candidate]:
        also, stop = self._words[id(rec)]
        return _known_names(seg, rec, also, stop)


def _known_names(seg: Segment, rec: Recognizer, also: frozenset[str], stop: frozenset[str]) -> list[Candidate]:
    text = seg.text
    out = []
    for run in (*_TITLE_RUN.finditer(text), *_CAPS_RUN.finditer(text)):
        words = [w for w in _WORD.finditer(run.group()) if w.group() not in PARTICLES]
        in_sentence = bool(_LOWER_BEFORE.search(text[:run.start()]) or _LOWER_AFTER.match(text[run.end():]))
        span = known_full_name([w.group() for w in words], in_sentence=in_sentence, also_names=also,
                               stop_words=stop)
        if span is None:
            continue
        first, end = span
        start = run.start() + words[first].start()
        stop_at = run.start() + words[end - 1].end()
        out.append(Candidate(rec.category, seg, start, stop_at, rec.score, rec.id, text[start:stop_at]))
    return out
