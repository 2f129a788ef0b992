"""`kind = "regex"` and `kind = "terms"`: a pack's pattern, or its list of words, matched in a line."""
from __future__ import annotations

import re
from typing import Sequence

from .. import hooks
from ..layout import Segment
from ..page import Candidate, Page
from ..recognizer import Recognizer, term_key
from ..shapes import trim_value
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
                out.extend(c for c in fuzzy_terms(seg, rec)
                           if rec.category != "classification" or hooks.stands_alone(seg, c.start, c.end))
        return out

    def _regex_candidates(self, page: Page, seg: Segment, rec: Recognizer) -> list[Candidate]:
        text = seg.text
        source = seg.norm if rec.category in ("npwp", "bpjs") else text
        positions = None
        if rec.id == "passport_mrz" and " " in text.strip() and "<" in text and not rec.regex.search(text):
            # A machine-readable line has no spaces; OCR sometimes splits it into words. Match it
            # joined up ('<' keeps ordinary text out), and map the match back to the line.
            positions = [i for i, ch in enumerate(text) if ch != " "]
            source = "".join(text[i] for i in positions)
        out = []
        for m in rec.regex.finditer(source):
            if "value" in rec.regex.groupindex and m.group("value") is not None:
                start, end = m.span("value")
            else:
                start, end = m.span()
            if positions is not None:
                start, end = positions[start], positions[end - 1] + 1
            value = text[start:end].rstrip(" ,;")
            end = start + len(value)
            if not value.strip():
                continue
            if rec.validator and not VALIDATORS[rec.validator](_validator_input(rec.validator, value)):
                continue
            if rec.not_terms and term_key(value) in rec.not_terms:
                continue
            if rec.uncommon and hooks.is_common_word(value):
                continue
            if rec.names_only and not has_a_name(value):
                continue
            if rec.category == "internal_url" and rec.id == "internal_url" and not hooks.is_internal_url(value):
                continue
            if (rec.category == "classification" and rec.id != "classification_labelled"
                    and not hooks.stands_alone(seg, start, end)):
                continue
            if rec.category == "email":
                start = hooks.email_start(text, start)
            if rec.category == "internal_url":
                end = hooks.url_end(text, end)
                value = text[start:end]
            if rec.category == "address":
                if hooks.is_office_letterhead(text[start:]):
                    continue
                end = start + len(trim_value(hooks.cut_at_office_contacts(value)))
                extra = hooks.address_continuation(page, seg, text[start:end], self.headers)
            else:
                extra = []
            if rec.category == "medical":
                end = start + len(trim_value(value))
            if rec.id == "passport_mrz":
                end = len(text.rstrip())
                extra = [(other, 0, len(other.text)) for other in page.rows[seg.row].segments if other is not seg]
                above = page.neighbour(seg, "above")
                if above is not None and "<<" in above.text.replace("«", "<"):
                    extra.append((above, 0, len(above.text)))
            if rec.category == "credential" and value[:3] in ("eyJ", "eyj") and not text[end:].strip(" .,"):
                extra = hooks.token_continuation(page, seg)
            elif rec.category == "credential" and hooks.WRAPPING_TOKEN.match(value) and not text[end:].strip(" .,"):
                extra = hooks.wrapped_token_continuation(page, seg)
            if rec.category == "email" and not extra:
                extra = hooks.email_tail(page, seg, end)
            if end <= start:
                continue
            out.append(Candidate(rec.category, seg, start, end, rec.score, rec.id, text[start:end], extra))
        return out


def _validator_input(name: str, value: str) -> str:
    if name in ("plate", "mrz", "private_ip", "iban", "phone_intl"):
        return value.split(":")[0].split("/")[0] if name == "private_ip" else value
    return re.sub(r"\D", "", value)

