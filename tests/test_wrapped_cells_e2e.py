"""End to end with real Tesseract: a letter's table of travelling companions whose narrow columns wrap
their cells over two lines, as a word processor or a browser sets them: a birth date ("02-08-" over
"1975") and a name's degree ("Indah Hasibuan," over "S.Kom."), the row's other cells set at the middle of
the two lines.  Both lines are covered, the captions and the companions' roles stay as drawn."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from test_screens_e2e import Screen, _redact, assert_covered, assert_unchanged

pytestmark = pytest.mark.usefixtures("tesseract")


def companions() -> Screen:
    s = Screen(Image.new("RGB", (900, 330), (255, 255, 255)))
    d = ImageDraw.Draw(s.image)
    d.rectangle((20, 20, 880, 310), outline=(0, 0, 0), width=2)
    ink = (20, 20, 20)
    s.text("caption_name", (90, 44), "Nama", ink, 22)
    s.text("caption_date_1", (560, 32), "Tanggal", ink, 22)
    s.text("caption_date_2", (560, 60), "Lahir", ink, 22)
    s.text("caption_note", (720, 44), "Keterangan", ink, 22)
    s.text("no_1", (40, 120), "1.", ink, 22)
    s.text("name_1", (90, 120), "Indah Nainggolan", ink, 22)
    s.text("date_1", (560, 120), "13-11-1973", ink, 22)
    s.text("role_1", (720, 120), "Analis", ink, 22)
    s.text("no_2", (40, 220), "2.", ink, 22)
    s.text("name_2", (90, 220), "Rofiq Susanti", ink, 22)
    s.text("date_2a", (560, 204), "02-08-", ink, 22)
    s.text("date_2b", (560, 234), "1975", ink, 22)
    s.text("role_2", (720, 220), "Pengemudi", ink, 22)
    return s


def test_a_birth_date_wrapped_in_a_narrow_column_is_covered_whole(tmp_path):
    screen = companions()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "name_1", "name_2", "date_1", "date_2a", "date_2b")
    assert_unchanged(screen, out, "caption_name", "caption_note", "role_1", "role_2")


def companions_with_degrees() -> Screen:
    # Each name wraps its degree onto a second line; the row's number, date and role sit at the middle of
    # the two lines, so OCR sorts them between the name and its degree.
    s = Screen(Image.new("RGB", (900, 300), (255, 255, 255)))
    ink = (20, 20, 20)
    s.text("caption_name", (90, 30), "Nama", ink, 20)
    s.text("caption_date", (500, 30), "Tanggal Lahir", ink, 20)
    s.text("caption_note", (720, 30), "Keterangan", ink, 20)
    for k, (name, degree, date, role) in enumerate([("Indah Hasibuan,", "S.Kom.", "05-07-1987", "Staf"),
                                                     ("Teguh Simanjuntak,", "M.M.", "21-03-1979", "Analis")]):
        y = 90 + 90 * k
        s.text(f"no_{k}", (40, y + 13), f"{k + 1}.", ink, 20)
        s.text(f"name_{k}", (90, y), name, ink, 20)
        s.text(f"degree_{k}", (90, y + 26), degree, ink, 20)
        s.text(f"date_{k}", (500, y + 13), date, ink, 20)
        s.text(f"role_{k}", (720, y + 13), role, ink, 20)
    return s


def test_a_names_degree_wrapped_under_it_past_the_rows_other_cells_is_covered(tmp_path):
    screen = companions_with_degrees()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "name_0", "name_1", "degree_0", "degree_1", "date_0", "date_1")
    assert_unchanged(screen, out, "caption_name", "caption_note", "role_0", "role_1")
