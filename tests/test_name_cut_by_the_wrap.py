"""A chat bubble's line that ends on a given name and wraps onto a line that opens with the family name ("Akun
SI-RANTI Theresia" / "Handayani"): one person's name cut by the wrap, covered on both lines when both words are
on the lists of given and family names and neither is a word of the language.  Synthetic OCR words
(conftest.make_ocr)."""
from __future__ import annotations

from conftest import count_uncovered, letters


def _bubble(first: str, second: str) -> list:
    return ["= Forwarded", first, second, "Nama pengguna :", "dewi.simanjuntak"]


def test_a_given_name_ending_a_line_and_the_family_name_under_it_are_covered():
    rows = _bubble("Akun SI-RANTI Theresia", "Handayani")
    assert count_uncovered(rows, "Theresia") == 0
    assert count_uncovered(rows, "Handayani") == 0


def test_a_speck_after_the_given_name_read_as_a_stop_keeps_the_name():
    rows = _bubble("Tolong kirim berkas ke Theresia.", "Handayani hari ini ya")
    assert count_uncovered(rows, "Theresia") == 0
    assert count_uncovered(rows, "Handayani") == 0


def test_words_of_the_language_or_places_across_a_wrap_stay():
    rows = _bubble("Rapat koordinasi di Kota", "Bandung hari Senin")
    assert count_uncovered(rows, "Bandung") == letters("Bandung")
    rows = _bubble("Mohon dicek laporan Bulan", "Januari sudah masuk")
    assert count_uncovered(rows, "Januari") == letters("Januari")
