"""A speck OCR reads as a mark alone ('.', ','), far smaller than the letters, before a line's first word: a
photographed chat bubble's rim or the screen's grain.  It is no line of its own: the wrapped address goes on
to the word after it.  A mark as tall as the letters (an empty cell's '-') still ends a column.  Synthetic
OCR words (conftest.make_ocr) with the speck's box as OCR gives it."""
from __future__ import annotations

from dataclasses import replace

from conftest import PITCH, make_ocr, uncovered_chars
from redactor.detect import detect
from redactor.findings import Box
from redactor.ocr.result import Word

ADDRESS = "Alamat kirim Perum Griya Asri Blok C-9, Kec."


def _with_speck(rows, row: int, text: str = ".", *, side: int = 3, conf: float = 26.0):
    """The page of `rows` with a mark alone of `side` px at the left edge of row `row`, just over its
    words' tops: read on a Tesseract line of its own, a row of its own before the words' row (as the
    bubble rim's speck was on a phone's photo: 2 x 5 px, its bottom 1 px into the next line's top)."""
    layout = make_ocr(rows)
    top = 20 + row * PITCH - side + 1
    line_id = max(w.line_id for w in layout.ocr.words) + 1
    speck = Word(text=text, box=Box(20, top, side, side), conf=conf, line_id=line_id)
    return replace(layout, ocr=replace(layout.ocr, words=layout.ocr.words + (speck,)))


def _uncovered(layout, value: str, row: int) -> int:
    return len(uncovered_chars(layout, detect(layout.ocr).findings, value, row))


def test_a_wrapped_address_goes_on_past_a_speck_before_its_next_line():
    rows = ["Pak, berikut data saya", ADDRESS, "Grabag", None, "Baik, terima kasih"]
    assert _uncovered(make_ocr(rows), "Grabag", 2) == 0  # (without the speck, as before)
    assert _uncovered(_with_speck(rows, 2), "Grabag", 2) == 0


def test_a_dash_speck_read_unsurely_is_none_either():
    rows = ["Pak, berikut data saya", ADDRESS, "Tegalrejo", None, "Baik, terima kasih"]
    assert _uncovered(_with_speck(rows, 2, "-", side=4, conf=12.0), "Tegalrejo", 2) == 0


def test_a_mark_as_tall_as_the_letters_still_ends_the_address():
    # An empty cell's '-' under the address, then the next field's text: the address stops at the '-'.
    rows = [ADDRESS, "-", "Terima kasih banyak"]
    assert _uncovered(make_ocr(rows), "Terima kasih banyak", 2) == len("Terimakasihbanyak")
    # The same page with a speck before the '-': the '-' is still the next line.
    assert _uncovered(_with_speck(rows, 1), "Terima kasih banyak", 2) == len("Terimakasihbanyak")


def test_a_speck_under_a_name_does_not_carry_it_onto_a_message():
    # The speck under a line that is no address changes nothing: the message below stays uncovered.
    rows = ["Siang Bu, ini bukti transfernya ya", "Sudah saya cek dulu nanti"]
    assert _uncovered(_with_speck(rows, 1), "Sudah saya cek dulu nanti", 1) == len("Sudahsayacekdulunanti")
