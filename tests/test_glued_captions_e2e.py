"""End to end with real Tesseract: a school's student grid whose captions OCR glues together.

A web grid pads its cells by a few pixels only; Tesseract reads neighbouring bold captions across the
cells' rules as one piece ("NIPD JK NISN", "Tempat Lahir Tanggal Lahir NIK", "Agama Alamat Jalan"), so no
piece of the header row is a caption alone.  Split at each caption, the row heads the grid, and the
students' numbers, birth places and dates and their mothers' names below meet their columns.
"""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import font
from test_screens_e2e import Screen, _redact, assert_covered

pytestmark = pytest.mark.usefixtures("tesseract")

CAPTIONS = ["No", "Nama", "NIPD", "JK", "NISN", "Tempat Lahir", "Tanggal Lahir", "NIK", "Agama", "Alamat Jalan",
            "Nama Ibu"]
STUDENTS = [
    ["1", "YOHANES SIMANJUNTAK", "1559", "P", "0013935160", "BANTUL", "2015-11-04", "7320140809847465", "Kristen",
     "GG. MAWAR NO. 30", "AYU WAHYUNI"],
    ["2", "MARLINA ROSYIDAH", "1303", "P", "0086689703", "BANDUNG", "2016-03-24", "3214191908887473", "Hindu",
     "JL. KALIURANG NO. 45", "SITI KRISNA"],
    ["3", "KARTIKA HIDAYAT", "1637", "L", "0087362399", "KLATEN", "2014-10-18", "3529055301628402", "Islam",
     "DUSUN KRAJAN RT 6", "KORNELIA"],
]


def _student_grid(padding: int = 8) -> Screen:
    """A grid as a browser draws it: a tinted header band of bold captions, thin rules between the columns,
    each column as wide as its widest text and `padding` pixels either side; cells are "<row>_<column>"."""
    bold, plain = font(16, bold=True), font(16)
    widths = [max(int(bold.getlength(caption)), *(int(plain.getlength(row[k])) for row in STUDENTS)) + 2 * padding
              for k, caption in enumerate(CAPTIONS)]
    top, line = 40, 26
    s = Screen(Image.new("RGB", (sum(widths) + 20, top + 30 + line * len(STUDENTS) + 40), (255, 255, 255)))
    d = ImageDraw.Draw(s.image)
    d.rectangle((10, top, 10 + sum(widths), top + 30), fill=(232, 238, 247))
    x = 10
    for k, (caption, width) in enumerate(zip(CAPTIONS, widths)):
        s.text(f"caption{k}", (x + padding, top + 7), caption, (33, 33, 33), 16, bold=True)
        d.line((x, top, x, top + 30 + line * len(STUDENTS)), fill=(210, 214, 220))
        x += width
    for r, row in enumerate(STUDENTS):
        y, x = top + 30 + line * r, 10
        for k, (cell, width) in enumerate(zip(row, widths)):
            s.text(f"{r}_{k}", (x + padding, y + 5), cell, (40, 40, 40), 16)
            x += width
        d.line((10, y + line, 10 + sum(widths), y + line), fill=(222, 222, 222))
    return s


def _readable(screen: Screen, out, key: str) -> bool:
    try:
        assert_covered(screen, out, key)
    except AssertionError:
        return True
    return False


def test_a_grids_captions_read_three_at_a_time_still_head_their_columns(tmp_path):
    screen = _student_grid()
    out = _redact(screen, tmp_path)
    columns = [CAPTIONS.index(c) for c in ("NISN", "Tempat Lahir", "Tanggal Lahir", "Nama Ibu")]
    assert_covered(screen, out, *[f"{r}_{k}" for r in range(len(STUDENTS)) for k in columns])


def test_the_glued_captions_themselves_stay_readable(tmp_path):
    screen = _student_grid()
    out = _redact(screen, tmp_path)
    hidden = [c for k, c in enumerate(CAPTIONS) if not _readable(screen, out, f"caption{k}")]
    assert hidden == []
