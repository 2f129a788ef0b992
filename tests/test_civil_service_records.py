"""Civil servants' own records, on synthetic OCR words (see conftest.make_ocr): the family list of a
personal-data app (each member's relation and birth date under their name), an e-leave form's reason when it
tells an illness, under a numbered section label ("III. ALASAN CUTI"), beside it or in a table's column."""
from __future__ import annotations

import pytest

from conftest import make_ocr, uncovered_chars
from redactor.detect import detect


def run(rows):
    layout = make_ocr(rows)
    return layout, detect(layout.ocr)


def assert_covered(rows, value: str, row: int | None = None):
    layout, detection = run(rows)
    assert layout.value_boxes(value, row), f"test bug: {value!r} not in {rows!r}"
    missing = uncovered_chars(layout, detection.findings, value, row)
    assert not missing, f"{len(missing)} character(s) of {value!r} left uncovered; found {detection.findings}"


def assert_visible(rows, value: str, row: int | None = None):
    layout, detection = run(rows)
    assert layout.value_boxes(value, row), f"test bug: {value!r} not in {rows!r}"
    missing = uncovered_chars(layout, detection.findings, value, row)
    assert len(missing) == len(value.replace(" ", "")), f"{value!r} was covered: {detection.findings}"


# ====================================================== a family list: relation and birth date under a name
@pytest.mark.parametrize("line, date", [("Istri · 07-06-1961", "07-06-1961"), ("Anak - 3 Februari 2023", "3 Februari 2023"),
                                        ("Pasangan : 1997-01-13", "1997-01-13"), ("Suami - 24/09/1972", "24/09/1972"),
                                        # (OCR reads the middle dot as a stray mark or loses it)
                                        ("Anak Kandung « 11 Juni 2020", "11 Juni 2020"), ("Istri 07-06-1961", "07-06-1961")])
def test_a_family_members_birth_date_under_their_name_is_covered(line, date):
    assert_covered(["Data Keluarga", "Robert Sembiring", line, "Wulan Kusuma", "Anak - 22/04/2007"], date)


@pytest.mark.parametrize("line, date", [("Istri saya ulang tahun 12 Mei 2025 ya", "12 Mei 2025"),
                                        ("Anak-anak libur 12-06-2025", "12-06-2025")])
def test_a_date_in_a_sentence_about_the_family_stays_visible(line, date):
    assert_visible(["Pesan", line], date)


# ====================================================== a leave's reason that tells an illness
SICK = "Gejala tipes dan maag kronis"
FORM = ["II. JENIS CUTI YANG DIAMBIL", [(20, "1. Cuti Tahunan"), (400, "2. Cuti Besar")],
        [(20, "3. Cuti Sakit"), (400, "4. Cuti Melahirkan")], [(20, "5. Cuti Alasan Penting"), (400, "6. Cuti di Luar Tanggungan Negara")],
        "III. ALASAN CUTI", SICK, "IV. LAMANYA CUTI"]


@pytest.mark.parametrize("number", ["III.", "Ill.", "3.", "C."])
def test_a_sick_leaves_reason_under_its_numbered_section_is_covered(number):
    rows = [FORM[0], *FORM[1:4], f"{number} ALASAN CUTI", SICK, FORM[-1]]
    assert_covered(rows, SICK)


@pytest.mark.parametrize("reason", ["Mudik Lebaran ke kampung halaman", "Menghadiri pernikahan saudara kandung"])
def test_a_leaves_reason_that_tells_no_illness_stays_visible(reason):
    assert_visible([*FORM[:5], reason, FORM[-1]], reason)


def test_the_leave_types_beside_the_reason_label_stay_visible():
    assert_visible(FORM, "Penting")


@pytest.mark.parametrize("reason", ["Rawat inap karena Demam Berdarah Dengue", "Patah tulang lengan kanan akibat kecelakaan",
                                    "Pemulihan pasca operasi usus buntu"])
def test_a_sick_leaves_reason_beside_its_label_is_covered(reason):
    assert_covered([[(20, "Jenis Cuti"), (260, "Cuti Sakit")], [(20, "Alasan Cuti"), (260, reason)],
                    [(20, "Lama Cuti"), (260, "4 hari kerja")]], reason)


def test_a_leaves_reason_beside_its_label_that_tells_no_illness_stays_visible():
    rows = [[(20, "Jenis Cuti"), (260, "Cuti Alasan Penting")], [(20, "Alasan Cuti"), (260, "Orang tua meninggal dunia")]]
    assert_visible(rows, "Orang tua meninggal dunia")
