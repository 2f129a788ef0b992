"""A person's name inside a file's name, OCR reading the whole file name as one word ("Ijazah-Nurul-Sembiring-
Nainggolan.png" in a mail's attachment, "Lestari Pangaribuan.pdf" in a PDF viewer's title, its underscore read
as a space): only the name is covered.  The cover had grown to the whole word (a match over most of a word
takes all of it, so no edge glyph leaks), over the paper's kind before the name and the extension after it,
which say nothing of anyone.  Synthetic OCR words (conftest.make_ocr)."""
from __future__ import annotations

from conftest import count_uncovered, letters


def test_the_papers_kind_and_the_extension_stay_beside_a_name_in_a_file_name():
    rows = ["Lampiran (1)", "Ijazah-Nurul-Sembiring-Nainggolan.png 245 KB"]
    assert count_uncovered(rows, "Nurul-Sembiring-Nainggolan") == 0
    assert count_uncovered(rows, "Ijazah") == letters("Ijazah")
    assert count_uncovered(rows, "png") == letters("png")


def test_an_extension_stays_after_a_name_read_with_spaces():
    rows = ["SPPD Lestari Pangaribuan.pdf", "Surat Perintah Perjalanan Dinas"]
    assert count_uncovered(rows, "Lestari Pangaribuan") == 0
    assert count_uncovered(rows, "pdf") == letters("pdf")


def test_a_name_read_with_a_misread_extension_is_still_covered_whole():
    # (OCR's "pdt" for "pdf" is no extension: the word is covered whole, as before)
    rows = ["SPPD Lestari Pangaribuan.pdt", "Surat Perintah Perjalanan Dinas"]
    assert count_uncovered(rows, "Lestari Pangaribuan.pdt") == 0


def test_a_name_that_is_no_file_name_is_still_covered_whole():
    # a name glued to a dot and a word that is no extension is covered to the word's end, as before
    rows = ["Nama: Budi Santoso.Kab", "NIP: 198507262010121002"]
    assert count_uncovered(rows, "Budi Santoso.Kab") == 0
