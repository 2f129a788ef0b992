"""`kind = "phone"`: phone numbers (libphonenumber for Indonesia, and mobile numbers however spaced);
a landline only behind a personal label."""
from __future__ import annotations

import re
from typing import Sequence

import phonenumbers

from ..labels import after_public_line, label_distance
from ..layout import Segment
from ..lexicon import words
from ..page import Candidate, Page
from ..recognizer import Recognizer
from .base import Shared

_MOBILE = re.compile(r"(?<![\d+])(?:\+\s?62|0062|62|0)[\s.-]?8[1-35-9]\d{0,2}(?:[\s.\-]?\d){6,11}(?!\d)")
# A code glued in front of the number: INV-0812…, an order number, not a phone.
# Labels that make a landline personal (a home or a private number).
_PERSONAL_LINE = re.compile(r"(?i)\b(" + "|".join(map(re.escape, words("labels", "personal_phone"))) + r")\b")
GLUED_CODE = re.compile(r"[A-Za-z]{2,}[-_/#]?$")


class PhoneFinder:
    kinds = ("phone",)

    def __init__(self, recognizers: Sequence[Recognizer], shared: Shared):
        self.phone_recs = list(recognizers)

    def candidates(self, page: Page, seg: Segment) -> list[Candidate]:
        if not self.phone_recs:
            return []
        rec = self.phone_recs[0]
        norm = seg.norm
        out = []
        spans = set()
        try:
            matches = list(phonenumbers.PhoneNumberMatcher(norm, "ID", leniency=phonenumbers.Leniency.VALID))
        except Exception:
            matches = []
        for m in matches:
            ntype = phonenumbers.number_type(m.number)
            if ntype in (phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST,
                         phonenumbers.PhoneNumberType.UAN, phonenumbers.PhoneNumberType.PREMIUM_RATE):
                continue
            national = str(m.number.national_number)
            mobile = national.startswith("8")
            if not mobile:
                distance = label_distance(page, seg, m.start, rec)
                # Landlines are mostly offices and hotlines: only with a personal label right before them.
                before = seg.text[max(0, m.start - 24):m.start]
                if distance is None or distance > 20 or not _PERSONAL_LINE.search(before):
                    continue
            if GLUED_CODE.search(norm[:m.start]):
                continue
            spans.add((m.start, m.end))
            if after_public_line(norm, m.start):
                continue
            out.append(Candidate("phone", seg, m.start, m.end, rec.score + 0.1, rec.id, m.raw_string))
        for m in _MOBILE.finditer(norm):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in spans):
                continue
            if GLUED_CODE.search(norm[:m.start()]):
                continue  # INV-0812…, an order number, not a phone
            if after_public_line(norm, m.start()):
                continue
            digits = re.sub(r"\D", "", m.group())
            national = digits[4:] if digits.startswith("0062") else digits[2:] if digits.startswith("62") else digits[1:]
            if 9 <= len(national) <= 13 and national[:2] in {f"8{d}" for d in "123456789"}:
                out.append(Candidate("phone", seg, m.start(), m.end(), rec.score, rec.id, m.group()))
        return out

