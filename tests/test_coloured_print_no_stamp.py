"""Red or pink print the page's own reading read surely is no stamp over the page: a chat app's sender name in
its colour, an inbox's red "Rahasia" badge.  The stamp reader read such a name again and snapped it onto a
classification word it resembles ("Ginting" made "PENTING"); the line it added between the name's words
("Yuliani PENTING Ginting") kept the name from being found.  A badge that spells a mark keeps its line, in the
box the page read it in (the blob's box reached over the line under the badge).  Unit cases on OCR words,
and a chat read by real Tesseract."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import font, pixels_covered, redacted_pixels
from redactor.findings import Box
from redactor.ocr import Word
from redactor.visual.stamps import stamp_line

_BLOB = Box(140, 826, 116, 34)  # a red blob as `find_stamps` boxes it: the glyphs, grown


def _word(text: str, left: int, conf: float = 96.0, width: int = 100) -> Word:
    return Word(text=text, box=Box(left, 832, width, 22), conf=conf, line_id=1)


def test_a_pink_name_the_page_read_adds_no_line():
    words = [_word("Yuliani", 38, width=96), _word("Ginting", 147, width=103)]
    assert stamp_line("Ginting", _BLOB, words) is None


def test_a_misread_letter_in_either_reading_is_the_same_word():
    words = [_word("Yuliani", 38, width=96), _word("Ginting", 147, width=103)]
    assert stamp_line("Gintinq", _BLOB, words) is None
    assert stamp_line("Ginting", _BLOB, [words[0], _word("Gintinq", 147, width=103)]) is None


def test_a_stamp_the_page_did_not_read_keeps_its_line_and_its_blob():
    # the page read other words there (the stamp lies over print), or its reading of the stamp was unsure
    words = [_word("Pegawai", 147, width=103)]
    assert stamp_line("SANGAT RAHASlA", _BLOB, words) == ("SANGAT RAHASIA", _BLOB)
    assert stamp_line("Ginting", _BLOB, [_word("Ginting", 147, conf=40.0, width=103)]) == ("PENTING", _BLOB)


def test_a_badge_that_spells_a_mark_keeps_its_line_in_the_pages_box():
    words = [_word("|", 140, width=4), _word("Rahasia", 149, width=60), _word("Undangan", 230, width=80)]
    assert stamp_line("Rahasia", _BLOB, words) == ("RAHASIA", words[1].box)
    assert stamp_line("Rahasla", _BLOB, words) == ("RAHASIA", words[1].box)  # (OCR's l for i)


@pytest.mark.usefixtures("tesseract")
def test_a_senders_name_in_pink_over_a_message_is_covered(tmp_path):
    """A group chat's bubble: the sender's name in the app's pink over the message."""
    image = Image.new("RGB", (720, 240), (239, 234, 226))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((20, 16, 520, 130), radius=14, fill=(255, 255, 255))
    name_font, body = font(22, bold=True), font(28)
    draw.text((38, 30), "Yuliani Ginting", fill=(229, 66, 127), font=name_font)
    name = draw.textbbox((38, 30), "Yuliani Ginting", font=name_font)
    draw.text((41, 68), "Baik, terima kasih semuanya", fill=(17, 27, 33), font=body)
    before, after = redacted_pixels(image, tmp_path, "chat.png")
    surname = (name[0] + round(name_font.getlength("Yuliani ")), name[1], name[2], name[3])
    assert pixels_covered(before, after, surname), "the surname is still readable"
    assert pixels_covered(before, after, name)
