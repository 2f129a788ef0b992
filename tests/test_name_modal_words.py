"""A modal verb ("harus", "perlu", "boleh", "dapat") is no word of a person's name: a table's buttons read
as other words ("Ubah" / "Hapus" read "Pusan Harus)") are no name; a name beside such a word still is."""
from __future__ import annotations

import pytest

from conftest import make_ocr, uncovered_chars
from redactor.detect import detect


def _uncovered(rows, value: str) -> int:
    layout = make_ocr(rows)
    assert layout.value_boxes(value), f"test bug: {value!r} not in {rows!r}"
    return len(uncovered_chars(layout, detect(layout.ocr).findings, value))


@pytest.mark.parametrize("rows, value", [
    (["Pusan Harus)"], "Pusan Harus)"),                                      # "Ubah Hapus" misread
    ([[(20, "1"), (60, "Budi Santoso"), (360, "Pusan Harus)")]], "Pusan Harus)"),
    (["Dapat Dilihat"], "Dapat Dilihat"),
    (["Perlu Dicek"], "Perlu Dicek"),
])
def test_a_run_with_a_modal_verb_is_no_name(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


@pytest.mark.parametrize("rows, value", [
    ([[(20, "1"), (60, "Budi Santoso"), (360, "Pusan Harus)")]], "Budi Santoso"),
    (["Boleh Siti Rahmawati"], "Siti Rahmawati"),                           # the name after the verb
    (["Rahmat Hidayat"], "Rahmat Hidayat"),
])
def test_a_name_beside_a_modal_verb_is_still_covered(rows, value):
    assert _uncovered(rows, value) == 0
