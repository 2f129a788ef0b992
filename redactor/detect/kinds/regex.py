"""`kind = "regex"` and `kind = "terms"`: a pack's pattern, or its list of words, matched in a line."""
from __future__ import annotations

import re
from typing import Sequence

from .. import hooks
from ..layout import Segment
from ..page import Candidate, Page
from ..recognizer import Recognizer, term_key
from ..validators import VALIDATORS
from .base import Shared
from .names import has_a_name
from .terms import fuzzy_terms


class PatternFinder:
    kinds = ("regex", "terms")

    def __init__(self, recognizers: Sequence[Recognizer], shared: Shared):
        self.recs = [r for r in recognizers if r.regex is not None]
        self.headers = shared.headers

    def candidates(self, page: Page, seg: Segment) -> list[Candidate]:
        out: list[Candidate] = []
        for rec in self.recs:
            out.extend(self._regex_candidates(page, seg, rec))
            if rec.fuzzy:
                out.extend(c for c in fuzzy_terms(seg, rec) if not hooks.rejected(rec.reject_if, seg, c.start, c.end))
        return out

    def _regex_candidates(self, page: Page, seg: Segment, rec: Recognizer) -> list[Candidate]:
        if rec.page_kind is not None and not rec.regex.search(seg.text):
            return []
        if rec.page_kind is not None and not page.is_kind(rec.page_kind):
            return []
        text = seg.text
        source, positions = hooks.NORMALISE[rec.normalise](seg, rec.regex) if rec.normalise else (text, None)
        out = []
        for m in rec.regex.finditer(source):
            if "value" in rec.regex.groupindex and m.group("value") is not None:
                start, end = m.span("value")
            else:
                start, end = m.span()
            # What the validator checks is the value as the pattern read it (OCR look-alikes as digits).
            read = source[start:end].rstrip(" ,;")
            if positions is not None:
                start, end = positions[start], positions[end - 1] + 1
            value = text[start:end].rstrip(" ,;")
            end = start + len(value)
            if not value.strip():
                continue
            if rec.validator and not VALIDATORS[rec.validator](_validator_input(rec.validator, read)):
                continue
            if rec.not_terms and term_key(value) in rec.not_terms:
                continue
            if rec.uncommon and hooks.is_common_word(value):
                continue
            if rec.names_only and not has_a_name(value):
                continue
            if hooks.rejected(rec.reject_if, seg, start, end):
                continue
            if "public_place" in rec.reject_if and hooks.public_place_on_page(page, seg, start):
                continue  # the place's name in the cell to its left, or a business's name on the line above
            span = hooks.Span(seg, start, end)
            for name in rec.extend:
                hooks.EXTEND[name](span, page, self.headers)
            if span.end <= span.start:
                continue
            out.append(Candidate(rec.category, seg, span.start, span.end, rec.score, rec.id, span.value, span.extra))
        return out


def _validator_input(name: str, value: str) -> str:
    if name in ("plate", "mrz", "private_ip", "iban", "phone_intl", "nric"):
        return value.split(":")[0].split("/")[0] if name == "private_ip" else value
    return re.sub(r"\D", "", value)

