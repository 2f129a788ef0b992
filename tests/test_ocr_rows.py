"""The second reading of a table row the page reading read only in part, with real Tesseract: a header
row whose cells were dropped or read as scraps is read again whole as one strip; rows read whole, and
lines that are no table's, are not read again."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.config import Config
from redactor.findings import Box
from redactor.ocr import Word, get_engine, run_ocr
from redactor.ocr.prepare import prepare
from redactor.ocr.rows import partly_read_rows, reread_rows

pytestmark = pytest.mark.usefixtures("tesseract")

COLUMNS = [(20, "No"), (60, "NIK"), (230, "Nama Lengkap"), (420, "Tgl Lahir"), (540, "Kota")]
BODY = [["1", "3273014509870002", "HANA SUARTINI", "02/02/1985", "Bandung"],
        ["2", "3578016202900003", "USYI WULANDARI", "22/06/1990", "Surabaya"],
        ["3", "7171041309770001", "LATIF BUDIMAN", "13/09/1977", "Manado"],
        ["4", "3505445410845239", "KAREN RAHIMAH", "14/10/1984", "Blitar"]]
HEADER_TOP, ROW_PITCH = 40, 26


def _engine():
    config = Config()
    return get_engine(config.lang, config.tesseract_cmd, config.ocr_timeout, config.tessdata)


def _sheet() -> Image.Image:
    """A spreadsheet's table: bold headers on a tinted row, the people's rows under it."""
    image = Image.new("RGB", (680, HEADER_TOP + ROW_PITCH * (len(BODY) + 2)), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, HEADER_TOP - 6, 670, HEADER_TOP + 18), fill=(244, 204, 204))
    for x, text in COLUMNS:
        draw.text((x, HEADER_TOP), text, fill=(20, 20, 20), font=font(14, bold=True))
    for r, cells in enumerate(BODY, start=1):
        for (x, _), text in zip(COLUMNS, cells):
            draw.text((x, HEADER_TOP + r * ROW_PITCH), text, fill=(20, 20, 20), font=font(14))
    return image


def _header(words) -> list[Word]:
    return [w for w in words if w.box.top < HEADER_TOP + 16]


def test_a_header_row_read_in_part_is_read_again_whole():
    image, engine = _sheet(), _engine()
    read = run_ocr(image, engine=engine).words
    assert {"Nama", "Lengkap", "Tgl", "Lahir"} <= {w.text for w in _header(read)}  # read whole, as drawn
    # What a shrunk copy's reading left of it: two header cells dropped, one read as a scrap.
    scrap = Word(text="ate", box=Box(228, HEADER_TOP - 2, 110, 26), conf=11.0, line_id=999)
    partial = [w for w in read if not (w in _header(read) and w.text in {"Nama", "Lengkap", "Tgl", "Lahir"})]
    partial.append(scrap)
    grey, scale = prepare(image)
    strips = partly_read_rows(grey, scale, partial)
    assert len(strips) >= 1 and strips[0].top <= HEADER_TOP < strips[0].bottom
    again = reread_rows(grey, scale, partial, engine)
    header = {w.text for w in _header(again) if w.conf >= 60}
    assert {"NIK", "Nama", "Lengkap", "Lahir"} <= header, header
    assert scrap not in again  # the strip's words replaced what was read there before
    # The rows under it are the page's own words, as read.
    assert [w for w in again if w.box.top > HEADER_TOP + ROW_PITCH - 4] == \
           [w for w in partial if w.box.top > HEADER_TOP + ROW_PITCH - 4]


def test_a_table_read_whole_and_a_paragraph_are_not_read_again():
    image, engine = _sheet(), _engine()
    grey, scale = prepare(image)
    assert partly_read_rows(grey, scale, run_ocr(image, engine=engine).words) == []
    # A paragraph with a word dropped is no table's row: left as read.
    text = Image.new("RGB", (680, 200), "white")
    draw = ImageDraw.Draw(text)
    lines = ["Mohon data pegawai di bawah ini diperiksa kembali", "sebelum dikirim ke bagian kepegawaian",
             "paling lambat hari Jumat minggu ini", "Terima kasih atas perhatiannya"]
    for i, line in enumerate(lines):
        draw.text((20, 20 + 30 * i), line, fill=(20, 20, 20), font=font(15))
    read = [w for w in run_ocr(text, engine=engine).words if w.text != "pegawai"]
    grey, scale = prepare(text)
    assert partly_read_rows(grey, scale, read) == []
