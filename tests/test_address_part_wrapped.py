"""A shipping address wrapped in a marketplace order's card cuts its last part's name in two ("Jl. Cempaka Putih
Gg. Anggrek No. 27 (pagar hijau), Pasar" / "Baru"): the next line of the same block goes on with the address
when the line ends in one or two capitalised words after its last comma and the next line holds one to three
capitalised words; the region line under it ("KOTA MEDAN - MEDAN KOTA, SUMATERA UTARA, ID") goes on too.
Synthetic OCR words (conftest.make_ocr)."""
from __future__ import annotations

from conftest import count_uncovered, letters

_ORDER = ["Alamat Pengiriman", "Yuliani Lubis", "(+62) 874 2378 7212",
          "Jl. Cempaka Putih Gg. Anggrek No. 27 (pagar hijau), Pasar", "Baru",
          "KOTA MEDAN - MEDAN KOTA, SUMATERA UTARA, ID", "20212"]


def test_a_part_cut_by_the_wrap_and_the_region_line_are_covered():
    assert count_uncovered(_ORDER, "Baru") == 0
    assert count_uncovered(_ORDER, "KOTA MEDAN - MEDAN KOTA, SUMATERA UTARA, ID") == 0


def test_a_part_cut_by_the_wrap_read_with_a_misread_letter_is_covered():
    rows = _ORDER[:3] + ["Jl. Cempaka Putih Gg. Anggrek No. 27 (pagar hijau), Pasar", "Barv", "Kota Medan"]
    assert count_uncovered(rows, "Barv") == 0


def test_a_field_or_a_sentence_under_the_address_stays():
    rows = _ORDER[:3] + ["Jl. Cempaka Putih Gg. Anggrek No. 27 (pagar hijau), Pasar", "Catatan: Kirim Pagi"]
    assert count_uncovered(rows, "Catatan") == letters("Catatan")
    rows = _ORDER[:3] + ["Jl. Cempaka Putih Gg. Anggrek No. 27 (pagar hijau), Pasar", "tolong kirim besok pagi"]
    assert count_uncovered(rows, "tolong kirim besok pagi") == letters("tolong kirim besok pagi")


def test_a_line_under_an_address_that_ends_whole_stays():
    # (no comma before the line's last word: the address ended with its number)
    rows = _ORDER[:3] + ["Jl. Cempaka Putih Gg. Anggrek No. 27", "Toko Berkah Official"]
    assert count_uncovered(rows, "Toko Berkah Official") == letters("Toko Berkah Official")


def test_the_next_sections_heading_under_an_address_stays():
    rows = _ORDER[:3] + ["Jl. Cempaka Putih Gg. Anggrek No. 27, Tamalanrea, Makassar", "Data Jabatan",
                         "Jabatan: Analis Kepegawaian"]
    assert count_uncovered(rows, "Data Jabatan") == letters("Data Jabatan")
