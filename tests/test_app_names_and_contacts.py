"""Apps' names and a contact's details: a citizen's app ("My Taspen") is public and no one's name, a staff
system's name in any case ("Dapodik Web", the schools' data system) is covered as the internal system it
is, not as a person; an English record's "Next of kin" names a person.  Synthetic OCR words
(conftest.make_ocr)."""
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

