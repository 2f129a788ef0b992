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


@pytest.mark.parametrize("rows, value", [
    # a hospital's ward, named after a flower that is also a given name
    ([[(20, "Hasil Laboratorium"), (700, "Rawat Inap Melati")]], "Rawat Inap Melati"),
    (["Ruangan: Bangsal Mawar"], "Bangsal Mawar"),
    # a shop named by its trade on an order's page
    (["Pesanan Selesai", "Batik Sekar Arum", "Kemeja Batik Tulis Lengan Panjang"], "Batik Sekar Arum"),
    (["Butik Ayu Lestari"], "Butik Ayu Lestari"),
])
def test_a_ward_or_a_shop_named_like_a_person_stays_visible(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


@pytest.mark.parametrize("rows, value", [
    (["Pasien: Melati Sari", "Ruang: Bangsal Mawar"], "Melati Sari"),
    (["Penerima", "Sekar Arum", "Jl. Melati No. 3"], "Sekar Arum"),
])
def test_a_person_named_after_a_flower_is_still_covered(rows, value):
    assert _uncovered(rows, value) == 0
