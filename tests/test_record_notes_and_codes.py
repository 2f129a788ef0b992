"""A patient's record: a note under a bare "Catatan" label, and a condition whose ICD-10 code OCR read with
its first letter as a digit ("Essential (primary) hypertension (110)" for "(I10)").  Both are medical data
on a record; the same word on any other form, and a bare number in brackets after anything but a
condition's word ("Polisi (110)"), stay visible.  Synthetic OCR words (conftest.make_ocr)."""
from __future__ import annotations

import pytest

from conftest import count_uncovered, letters

# A hospital system's registration, each label stacked over its value in two columns.
_RECORD = [[(20, "No. RM"), (500, "NIK")],
           [(20, "44-17-13"), (500, "3415060807707676")],
           [(20, "Jenis Pasien"), (500, "Kode ICD-10")],
           [(20, "BPJS Kesehatan (PBI)"), (500, "H25.9 - Katarak senilis")],
           [(20, "Catatan")]]


@pytest.mark.parametrize("note", [
    "Nyeri pinggang setelah mengangkat beban, rujuk fisioterapi",
    "Kontrol rutin, gula darah puasa masih tinggi",
])
def test_a_note_under_catatan_on_a_patients_record_is_covered(note):
    assert count_uncovered(_RECORD + [[(20, note)]], note) == 0


def test_a_note_beside_catatan_on_a_portal_visit_is_covered():
    rows = [[(20, "Medical record number"), (300, "E9241748")],
            [(20, "Notes"), (300, "Follow-up for chest pain, ECG normal")]]
    assert count_uncovered(rows, "Follow-up for chest pain, ECG normal") == 0


@pytest.mark.parametrize("rows, value", [
    # a form's note that is no one's condition: no record number, no coded diagnosis on the page
    ([[(20, "Nama Kegiatan"), (300, "Rapat Koordinasi")],
      [(20, "Catatan"), (300, "Harap membawa laptop masing-masing")]], "Harap membawa laptop masing-masing"),
    (["Catatan", "Berkas diserahkan paling lambat hari Jumat"], "Berkas diserahkan paling lambat hari Jumat"),
])
def test_a_note_off_a_record_stays_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


@pytest.mark.parametrize("rows, value", [
    (["Problem list", "Essential (primary) hypertension (110)"], "Essential (primary) hypertension (110)"),
    (["Hipertensi esensial (l10)"], "Hipertensi esensial (l10)"),
    (["Chronic ischemic heart disease, unspecified (125.9)"], "Chronic ischemic heart disease, unspecified (125.9)"),
    # a code standing first, with no decimal part, before a condition
    ([[(20, "Diagnosa (ICD-"), (300, "I10 Essential (primary) hypertension")], [(20, "10)")]],
     "I10 Essential (primary) hypertension"),
    (["Kode ICD-10  080 - Persalinan spontan tunggal"], "080 - Persalinan spontan tunggal"),
])
def test_a_condition_with_its_code_misread_is_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Hubungi Polisi (110) atau Pemadam Kebakaran (113)"], "Polisi (110)"),
    (["Poli Jantung (110)"], "Poli Jantung (110)"),
    (["Kasus tuberkulosis ditemukan: 3.120 (2025)"], "3.120 (2025)"),
    (["Tercatat 100 kasus demam berdarah di Kota Bandung"], "100 kasus demam berdarah"),
])
def test_a_number_in_brackets_after_no_condition_stays_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)
