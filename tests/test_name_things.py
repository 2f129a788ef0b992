"""A capitalised run under or beside a label that names a thing ("Produk" over "Biznet Home" on a bill's
payment proof) is a product, not a person; a name under a person's label stays covered (synthetic OCR
words, see conftest.make_ocr)."""
from __future__ import annotations

import pytest

from conftest import make_ocr, uncovered_chars
from redactor.detect import detect


def _uncovered(rows, value: str) -> int:
    layout = make_ocr(rows)
    assert layout.value_boxes(value), f"test bug: {value!r} not in {rows!r}"
    return len(uncovered_chars(layout, detect(layout.ocr).findings, value))


@pytest.mark.parametrize("rows, value", [
    (["Produk", "Biznet Home", "Periode", "Desember 2025"], "Biznet Home"),
    (["Product", "Pulsa Telkomsel", "Phone Number", "081234567890"], "Pulsa Telkomsel"),
    ([[(20, "Produk"), (400, "Biznet Home")]], "Biznet Home"),
])
def test_a_product_under_its_label_stays_visible(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


@pytest.mark.parametrize("rows, value", [
    (["Produk", "Biznet Home", "Nama", "ARIF MAHENDRA"], "ARIF MAHENDRA"),
    (["Penerima", "Rina Wijayanti"], "Rina Wijayanti"),
])
def test_a_persons_name_under_its_own_label_is_still_covered(rows, value):
    assert _uncovered(rows, value) == 0
