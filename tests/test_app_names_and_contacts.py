"""Apps' names and a contact's details: a citizen's app ("My Taspen") is public and no one's name, a staff
system's name in any case ("Dapodik Web", the schools' data system) is covered as the internal system it
is, not as a person; an English record's "Next of kin" names a person; a mobile number whose plus OCR read
as a "t" and that wrapped onto the next line ("t62 811-9382-" / "383") is covered whole.  Synthetic OCR
words (conftest.make_ocr)."""
from __future__ import annotations

import pytest

from conftest import count_uncovered, letters, make_ocr


def _findings(rows):
    from redactor.detect import detect

    return detect(make_ocr(rows).ocr).findings


@pytest.mark.parametrize("rows, value", [
    (["My Taspen", "Beranda   Layanan   Profil"], "My Taspen"),
    (["Unduh aplikasi My Pertamina di Play Store"], "My Pertamina"),
    (["Buka WhatsApp Web di laptop Anda"], "WhatsApp Web"),
])
def test_a_citizens_app_stays_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


@pytest.mark.parametrize("rows", [["Dapodik Web", "Beranda   Peserta Didik   Rombongan Belajar"],
                                  ["Login ke Dapodik Web"]])
def test_a_school_operators_system_is_covered_as_an_internal_system_not_a_person(rows):
    found = _findings(rows)
    assert count_uncovered(rows, "Dapodik") == 0
    assert all(f.category != "person_name" for f in found), [(f.category, f.preview) for f in found]


@pytest.mark.parametrize("rows, value", [
    ([[(20, "Next of kin"), (300, "Ava Rossi : 617-908-7714")]], "Ava Rossi"),
    ([[(20, "Guardian"), (300, "Liam Chen")]], "Liam Chen"),
])
def test_a_next_of_kin_is_a_person(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows", [
    # a participants list pasted in a chat's bubble: NIP / phone, the phone wrapped after its dash
    ["5. Maria Nugroho Nainggolan, S.H. /", "199211252015071007 / t62 811-9382-", "383"],
    ["Kontak: t62 811-9382-", "383"],
])
def test_a_wrapped_mobile_number_whose_plus_was_read_as_a_t_is_covered(rows):
    assert count_uncovered(rows, "t62 811-9382-") == 0
    assert count_uncovered(rows, "383") == 0


def test_a_word_ending_in_t_before_a_number_is_no_plus():
    # "rapat62 8 …" is no phone's plus: the t ends a word (a guard; it held before the rule too)
    rows = ["Jumlah peserta rapat62 8 orang dan", "383 undangan"]
    assert count_uncovered(rows, "383") == 3
