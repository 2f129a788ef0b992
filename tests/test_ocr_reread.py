"""The second look at a screenshot's top bars, with real Tesseract: text on a coloured bar that the
page reading dropped or garbled is read again, and nothing else is."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.config import Config
from redactor.findings import Box
from redactor.ocr import OcrResult, Word, get_engine, run_ocr
from redactor.ocr.reread import reread, unread_lines

pytestmark = pytest.mark.usefixtures("tesseract")


def _engine():
    config = Config()
    return get_engine(config.lang, config.tesseract_cmd, config.ocr_timeout, config.tessdata)


def top_bar(name: str = "Gasti Yuniar") -> Image.Image:
    """A staff system's page: a purple top bar with menus, an avatar and the signed-in user."""
    image = Image.new("RGB", (1366, 420), (243, 244, 246))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1366, 50), fill=(67, 56, 202))
    draw.text((20, 16), "MySAPK", fill="white", font=font(15, bold=True))
    draw.text((287, 18), "Beranda", fill="white", font=font(13))
    draw.text((360, 18), "Bantuan", fill="white", font=font(13))
    draw.ellipse((1212, 10, 1240, 38), fill=(214, 130, 200))
    draw.text((1249, 18), name, fill="white", font=font(13))
    y = 80
    for line in ("Data Pegawai", "Daftar pegawai aktif pada unit kerja", "Nama lengkap, jabatan dan kontak",
                 "Menampilkan 1 sampai 10 dari 52 data"):
        draw.text((250, y), line, fill=(20, 20, 20), font=font(15))
        y += 40
    return image


def _without(ocr: OcrResult, texts: set[str]) -> OcrResult:
    return OcrResult(words=tuple(w for w in ocr.words if w.text not in texts), width=ocr.width,
                     height=ocr.height, scale=ocr.scale)


def test_a_name_the_page_reading_dropped_from_a_coloured_bar_is_read_again():
    image, engine = top_bar(), _engine()
    page = run_ocr(image, engine=engine)
    dropped = _without(page, {"Gasti", "Yuniar"})
    assert "Gasti" not in dropped.text
    again = reread(image, dropped, engine)
    words = {w.text: w.box for w in again.words}
    assert "Gasti" in words and "Yuniar" in words, again.text
    assert abs(words["Gasti"].left - 1249) < 6 and words["Gasti"].top < 40   # at its place on the page


def test_a_garbled_word_over_the_name_is_read_again_and_kept():
    image, engine = top_bar(), _engine()
    page = _without(run_ocr(image, engine=engine), {"Gasti", "Yuniar"})
    # what sparse reading makes of an avatar and a name: one low-confidence word over both
    garbled = Word(text="Aa", box=Box(1212, 6, 69, 40), conf=31.0, line_id=999)
    again = reread(image, replace(page, words=page.words + (garbled,)), engine)
    assert {"Aa", "Gasti"} <= {w.text for w in again.words}


def test_a_word_already_read_inside_a_garbled_one_is_not_added_twice():
    # a title bar read as one low-confidence word that holds the right text ("…_Dinas_SIPD_2025.xlsx")
    image, engine = top_bar(), _engine()
    page = _without(run_ocr(image, engine=engine), {"Gasti", "Yuniar"})
    whole = Word(text="_Gasti_Yuniar_", box=Box(1245, 14, 90, 20), conf=22.0, line_id=999)
    again = reread(image, replace(page, words=page.words + (whole,)), engine)
    assert "_Gasti_Yuniar_" in {w.text for w in again.words}
    assert not {"Gasti", "Yuniar"} & {w.text for w in again.words}


def test_a_page_read_whole_is_not_read_again():
    image, engine = top_bar(), _engine()
    page = run_ocr(image, engine=engine)
    assert {"Gasti", "Yuniar"} <= {w.text for w in page.words}
    assert unread_lines(image, page.words) == []
    assert reread(image, page, engine) is page


def test_dark_text_on_a_light_page_and_text_low_on_the_page_are_left_to_the_first_reading():
    image, engine = top_bar(), _engine()
    page = run_ocr(image, engine=engine)
    # the page reading missed the body's lines: they are on a light ground and below the bars
    body = {"Daftar", "pegawai", "aktif", "pada", "unit", "kerja", "Menampilkan"}
    assert unread_lines(image, _without(page, body).words) == []
