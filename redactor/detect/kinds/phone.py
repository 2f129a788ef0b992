"""`kind = "phone"`: phone numbers (libphonenumber for Indonesia, and mobile numbers however spaced);
a landline only behind a personal label."""
from __future__ import annotations

import re
from typing import Sequence

import phonenumbers

from .. import text as T
from ..confusions import READ_FOR_PLUS, READ_FOR_PLUS_AS_A_LETTER
from ..labels import after_public_line, label_distance
from ..layout import Segment
from ..lexicon import words
from ..page import Candidate, Page
from ..recognizer import Recognizer
from .base import Shared

# (its plus may be read as a digit on a shrunk screenshot: "462 812 …"; see `confusions.READ_FOR_PLUS`)
_MOBILE = re.compile(r"(?<![\d+])(?:\+\s?62|[" + READ_FOR_PLUS + r"]62(?=[\s.-]?8)|0062|62|0)"
                     r"[\s.-]?8[1-35-9]\d{0,2}(?:[\s.\-]?\d){6,11}(?!\d)")
# A code glued in front of the number: INV-0812…, an order number, not a phone.
# Labels that make a landline personal (a home or a private number).
_PERSONAL_LINE = re.compile(r"(?i)\b(" + "|".join(map(re.escape, words("labels", "personal_phone"))) + r")\b")
GLUED_CODE = re.compile(r"[A-Za-z]{2,}[-_/#]?$")
# The first groups of a mobile number ending a line, and the groups that end it at the next line's start.
_MOBILE_HEAD = re.compile(r"(?<![\w+.,])(?:\+\s?62|[" + READ_FOR_PLUS + READ_FOR_PLUS_AS_A_LETTER
                          + r"]62(?=[\s.-]?8)|0062|62|0)"
                          r"[\s.-]?8[1-35-9]\d{0,2}(?:[\s.\-]?\d){0,8}$")
_MOBILE_TAIL = re.compile(r"\d{1,5}(?:[ \-]\d{1,5}){0,2}(?![\d:/]|[.,]\d)")
_AMOUNT_SHAPE = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
# A chat's time stamp right after the number, its colon lost on a shrunk copy ("+62 884-7967-123 1317").
_BARE_TIME_AT_END = re.compile(r"\s(?:[01]\d|2[0-3])[0-5]\d$")
_PRICE_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?:Rp\.?|IDR|USD)|\$)\s*$", re.IGNORECASE)
_HOME_FIELD = re.compile(r"(?i)^\W*(?:" + "|".join(map(re.escape, words("labels", "home_address_fields"))) + r")\b")
_OFFICE_WORD = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, words("labels", "office_address_words"))) + r")\b")


def _personal_landline(page: Page, seg: Segment, start: int, rec: Recognizer) -> bool:
    """A landline behind a personal label ("Telp. Rumah", "HP"), in this cell, the cell to its left or
    its column's header; or on the line of someone's address field ("Alamat: Jl. …, Telp. (022) …")."""
    distance = label_distance(page, seg, start, rec)
    if distance is not None and distance <= 20 and _PERSONAL_LINE.search(seg.text[max(0, start - 24):start]):
        return True
    left = page.neighbour(seg, "left") or page.tilted_neighbour(seg, "left", skip_punct=False)
    if left is not None and not seg.text[:start].strip(" :") and _PERSONAL_LINE.search(left.text[-40:]):
        return True
    header = page.header_of(seg)
    if header is not None and _PERSONAL_LINE.search(header.text):
        return True
    line = ((left.text + " ") if left is not None else "") + seg.text[:start]
    return bool(_HOME_FIELD.match(line)) and not _OFFICE_WORD.search(line)


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
            end = _number_end(norm, m.start, m.end)
            if end != m.end:
                try:
                    number = phonenumbers.parse(norm[m.start:end], "ID")
                except phonenumbers.NumberParseException:
                    continue
                if not phonenumbers.is_valid_number(number):
                    continue
                m = phonenumbers.PhoneNumberMatch(m.start, norm[m.start:end], number)
            ntype = phonenumbers.number_type(m.number)
            if ntype in (phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST,
                         phonenumbers.PhoneNumberType.UAN, phonenumbers.PhoneNumberType.PREMIUM_RATE):
                continue
            national = str(m.number.national_number)
            mobile = national.startswith("8")
            if not mobile and not _personal_landline(page, seg, m.start, rec):
                continue  # landlines are mostly offices and hotlines
            if GLUED_CODE.search(norm[:m.start]):
                continue
            spans.add((m.start, m.end))
            if after_public_line(norm, m.start):
                continue
            out.append(Candidate("phone", seg, m.start, m.end, rec.score + 0.1, rec.id, m.raw_string))
        for m in _MOBILE.finditer(norm):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in spans):
                continue
            end = _number_end(norm, m.start(), m.end())
            stamp = _BARE_TIME_AT_END.search(m.group())
            if end == m.end() and stamp and _national_mobile(_plus_read_as_digit(m.group())) is None \
                    and _national_mobile(_plus_read_as_digit(m.group()[:stamp.start()])) is not None:
                end = m.start() + stamp.start()  # too long for a number with the time, a whole one without it
            if end != m.end():
                m = _MOBILE.match(norm, m.start(), end)
                if m is None:
                    continue
            if GLUED_CODE.search(norm[:m.start()]):
                continue  # INV-0812…, an order number, not a phone
            if after_public_line(norm, m.start()):
                continue
            digits = re.sub(r"\D", "", m.group())
            if m.group()[0] in READ_FOR_PLUS:
                # A plus read as a digit: only a number valid without it counts ("4628116204916" from
                # "+628116204916"), not any long number that happens to hold "62 8" after its first digit.
                if _national_mobile(digits[1:]) is None:
                    continue
                digits = digits[1:]
            national = digits[4:] if digits.startswith("0062") else digits[2:] if digits.startswith("62") else digits[1:]
            if 9 <= len(national) <= 13 and national[:2] in {f"8{d}" for d in "123456789"}:
                out.append(Candidate("phone", seg, m.start(), m.end(), rec.score, rec.id, m.group()))
        if not spans and not out:
            wrapped = _wrapped_mobile(page, seg, rec)
            if wrapped is not None:
                out.append(wrapped)
        return out


def _number_end(norm: str, start: int, end: int) -> int:
    """A number stops before a time or an amount that its last group belongs to."""
    return T.end_before_an_amount(norm, start, T.end_before_a_time(norm, start, end))


def _plus_read_as_digit(number: str) -> str:
    """The digits of a mobile number as written, without a leading plus OCR read as a digit ("462 812 …")."""
    digits = re.sub(r"\D", "", number)
    return digits[1:] if number[0] in READ_FOR_PLUS and digits[1:3] == "62" else digits


def _national_mobile(digits: str) -> str | None:
    """The national digits of a valid Indonesian mobile number, or None."""
    try:
        number = phonenumbers.parse(digits if not digits.startswith("62") else "+" + digits, "ID")
    except phonenumbers.NumberParseException:
        return None
    national = str(number.national_number)
    if number.country_code != 62 or not national.startswith("8") or not phonenumbers.is_valid_number(number):
        return None
    return national


def _wrapped_mobile(page: Page, seg: Segment, rec: Recognizer) -> Candidate | None:
    """A mobile number whose groups change length across a line wrap ("HP: +62 812 3456" at a line's end,
    "789 ya" at the next one's start).  Its head alone is too short to be a number; head and tail together
    must make a valid mobile number.  The tail is digit groups opening the line below, not followed by a
    time's colon, a date's slash or an amount's thousands separator; a short tail before a capitalised
    word is a row's number, not the rest of the phone."""
    norm = seg.norm
    body = norm.rstrip(" -.")
    head = _MOBILE_HEAD.search(body)
    if head is None or norm[len(body):].strip(" -.") or _AMOUNT_SHAPE.search(head.group()):
        return None
    if GLUED_CODE.search(norm[:head.start()]) or after_public_line(norm, head.start()) \
            or _PRICE_BEFORE.search(norm[:head.start()]):
        return None
    head_digits = re.sub(r"\D", "", head.group())
    if head.group()[0] in READ_FOR_PLUS:
        head_digits = head_digits[1:]  # a plus read as a digit ("462 812 3456"): the number is valid without it
    if _national_mobile(head_digits) is not None:
        return None  # whole already: what follows on the next line is something else
    below = page.neighbour(seg, "below")
    if below is None:
        return None
    lead = len(below.norm) - len(below.norm.lstrip())
    tail = _MOBILE_TAIL.match(below.norm, lead)
    if tail is None:
        return None
    tail_digits = re.sub(r"\D", "", tail.group())
    after = below.norm[tail.end():].lstrip()
    if len(tail_digits) < 3 and after[:1].isupper():
        return None  # "2 Budi Santoso": a row's number
    national = _national_mobile(head_digits + tail_digits)
    if national is None or not 9 <= len(national) <= 12:
        return None
    cand = Candidate("phone", seg, head.start(), len(body), rec.score, rec.id + "_wrapped", head.group())
    cand.extra.append((below, tail.start(), tail.end()))
    cand.value = head_digits + tail_digits
    return cand

