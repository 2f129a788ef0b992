"""What kind of page a screenshot is, where that alone tells what a value is.

A lower-case handle (`@alex_r`) is a person in a chat but a public account in a social post ("Follow
@bkn_ri"): a recognizer that needs the page's kind names it (`page_kind = "chat"` in a pack), and the page
is judged once, from what its lines show (the signals are data: `page_kinds` in the lexicon).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from .lexicon import words

if TYPE_CHECKING:
    from .page import Page

_TIME = r"\d{1,2}[:.][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?"
# A message's header: the sender's name and the time it was sent ("Casey Park  09:14 AM").
_MESSAGE_HEADER = re.compile(r"(?:[^\w\s]{1,2}\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}\s+" + _TIME)
# A bubble's text with the time it was sent at its end ("Siap, nanti sore saya kirim 14:34").
_STAMPED = re.compile(r"\S+(?:\s\S+)+\s+" + _TIME)
_CHAT_LINE = re.compile(r"(?i)^\W*(?:" + "|".join(words("page_kinds", "chat_lines")) + r")")
_POST_WORD = re.compile(r"(?i)^\W*(?:" + "|".join(words("page_kinds", "post_controls")) + r")\W*$")


def is_chat(page: "Page") -> bool:
    """A chat: messages under their sender and time, bubbles ending in the time they were sent, or a
    chat's own title line ("online", "Chat with …"), and none of a social post's buttons (Follow,
    Suka, Komentar)."""
    headers = stamped = titled = posts = 0
    for row in page.rows:
        for seg in row.segments:
            text = seg.text.strip()
            if _POST_WORD.match(text):
                posts += 1
            elif _MESSAGE_HEADER.fullmatch(text):
                headers += 1
            elif _STAMPED.fullmatch(text):
                stamped += 1
            elif _CHAT_LINE.match(text):
                titled += 1
    return posts == 0 and (headers >= 2 or stamped >= 2 or titled >= 1)


def _marked_by(key: str) -> Callable[["Page"], bool]:
    """A page kind told by a mark anywhere on the page: one of the lexicon's expressions under `key`."""
    mark = re.compile(r"(?i)" + "|".join(f"(?:{w})" for w in words("page_kinds", key)))

    def marked(page: "Page") -> bool:
        return any(mark.search(seg.text) for row in page.rows for seg in row.segments)
    return marked


# A staff system's screen or a server's settings: a government host or e-mail domain, a private network
# address or an intranet host shows on it.
is_internal = _marked_by("internal_marks")
# A birth certificate or a birth notice: what it tells in words (the place, a date spelled out) is someone's
# birth, not the date of an act or a meeting.
is_birth_record = _marked_by("birth_record_marks")
# A patient's record in a hospital's or a clinic's system, or a patient portal: a note on it (under a bare
# "Catatan") is what a doctor or a nurse wrote about the patient.
is_medical_record = _marked_by("medical_record_marks")
# A ride's or a delivery's page: its pickup, its driver or courier, its order.
is_trip = _marked_by("trip_marks")
# A certificate or a card made out to one person (a vaccination's, a training's): its holder's name is centred on it.
is_certificate = _marked_by("certificate_marks")
_for_a_pharmacy = _marked_by("prescription_marks")
_for_a_patient = _marked_by("patient_marks")


def is_prescription(page: "Page") -> bool:
    """A prescription or a pharmacy's label on a medicine: a pharmacy's or a prescription's own marks, and
    someone it is for. A pharmacy's price list or a leaflet names medicines and their strengths for no one."""
    return _for_a_pharmacy(page) and _for_a_patient(page)


PAGE_KINDS: dict[str, Callable[["Page"], bool]] = {"chat": is_chat, "internal": is_internal,
                                                   "birth_record": is_birth_record,
                                                   "medical_record": is_medical_record,
                                                   "prescription": is_prescription, "trip": is_trip,
                                                   "certificate": is_certificate}
