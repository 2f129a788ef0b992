"""A photocopied KTP read level with the page and not with the card (two cards copied askew on one page): a
row's label stands beside the next row's words, and OCR reads "Tgl" as "Tgi".  "Tgi Lahir" was taken for a
name, the issue date under the portrait (read on the job's line) for the job, and the next row's label
"Kewarganegaraan" under a job OCR did not read for the job too.  The fields themselves are still found."""
from __future__ import annotations

import pytest

from conftest import make_ocr
from redactor.detect import detect


def _found(rows) -> list[tuple[str, str]]:
    return [(f.category, f.detector) for f in detect(make_ocr(rows).ocr).findings]


@pytest.mark.parametrize("label", ["Tempat/Tgi Lahir:", "Tempat/Tgl Lahir :", "Tmpt/Tgi Lahir"])
def test_a_birth_label_read_with_a_letter_off_names_no_one(label):
    found = _found([f"{label} BANDUNG, 12-08-1987"])
    assert not any(category == "person_name" for category, _ in found)
    assert any(category == "birth_date" for category, _ in found)  # the birth itself is still covered


@pytest.mark.parametrize("line", ["| Berlaku Hirtgga |", "Berlaku Hingga : SEUMUR HIDUP", "Tgi Lahik",
                                  "Tempav/Tgi Lahik BANDUNG, 12-08-1987"])
def test_a_cards_labels_read_noisily_alone_on_their_line_name_no_one(line):
    assert not any(category == "person_name" for category, _ in _found([line]))


def test_a_name_in_capitals_and_small_letters_is_still_a_name():
    assert ("person_name", "person_name") in _found(["Nama : Siti Aminah"])
    assert any(category == "person_name" for category, _ in _found(["Siti Lahirani", "Jl. Merpati 12"]))


@pytest.mark.parametrize("rows", [["Pekerjaan : 14-03-2019"], ["Pekerjaan: 3"], ["Pekerjaan :", "Kewarganegaraan : WNI"],
                                  ["Pekerjaan", "Kewarganegaraan"], [[(20, "Pekerjaan"), (300, "Kewarganegaraan")]],
                                  ["Pekerjaan: Status Perkawinan"]])
def test_a_date_or_the_next_label_is_no_job(rows):
    assert not any(category == "personal_attribute" for category, _ in _found(rows))


@pytest.mark.parametrize("job", ["WIRASWASTA", "KARYAWAN SWASTA", "PELAJAR/MAHASISWA", "Pegawai Negeri Sipil",
                                 "GURU 2"])
def test_a_job_in_words_is_still_covered(job):
    assert ("personal_attribute", "occupation") in _found([f"Pekerjaan : {job}"])


def test_a_job_read_noisily_is_still_covered():
    assert ("personal_attribute", "occupation") in _found(["Pekerjaan ; WlRASWASTA"])
