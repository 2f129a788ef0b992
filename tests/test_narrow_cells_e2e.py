"""End to end with real Tesseract: a webinar's attendance list in a narrow table beside a side menu, as an
organiser's system shows it at a laptop's width.  Each row's NIP and e-mail break in the middle ("199211072017081" / "016", "rahman.th" / "eresia@g" / "mail.com") and the name
between its words, while the row's number, agency and time stay on one line.  Every piece is covered; the
captions, the menu, the agency and the time stay as drawn."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from test_screens_e2e import Screen, _redact, assert_covered, assert_unchanged

pytestmark = pytest.mark.usefixtures("tesseract")


def attendance() -> Screen:
    s = Screen(Image.new("RGB", (1400, 420), (255, 255, 255)))
    d = ImageDraw.Draw(s.image)
    d.rectangle((0, 0, 190, 420), fill=(31, 41, 55))
    ink, menu = (25, 25, 25), (203, 213, 225)
    for k, item in enumerate(["Dashboard", "Kegiatan", "Peserta", "Daftar Hadir"]):
        s.text(f"menu_{k}", (16, 20 + 32 * k), item, menu, 16)
    s.text("menu_eval", (16, 84 + 64), "Evaluasi", menu, 16)
    s.text("cap_no", (230, 142), "No", ink, 16, bold=True)
    s.text("cap_name", (270, 142), "Nama", ink, 16, bold=True)
    s.text("cap_nip", (400, 142), "NIP", ink, 16, bold=True)
    s.text("cap_unit", (580, 142), "Instansi", ink, 16, bold=True)
    s.text("cap_mail", (720, 142), "Email", ink, 16, bold=True)
    s.text("cap_time", (900, 142), "Check-in", ink, 16, bold=True)
    d.line((220, 178, 1010, 178), fill=(200, 200, 200), width=2)
    rows = [("1", ("Theresia", "Rahman"), ("199211072017081", "016"), "RSUD", ("rahman.th", "eresia@g", "mail.com"), "09:58:23"),
            ("2", ("Citra", "Pratama"), ("19660806 201103", "2 006"), "Bappeda", ("c.pratama", "@gmail.com"), "09:01:31")]
    for k, (no, name, nip, unit, mail, time) in enumerate(rows):
        y = 196 + 110 * k
        s.text(f"no_{k}", (230, y), no, ink, 16)
        s.text(f"unit_{k}", (580, y), unit, ink, 16)
        s.text(f"time_{k}", (900, y), time, ink, 16)
        for part, lines in (("name", name), ("nip", nip), ("mail", mail)):
            x = {"name": 270, "nip": 400, "mail": 720}[part]
            for j, line in enumerate(lines):
                s.text(f"{part}_{k}_{j}", (x, y + 24 * j), line, ink, 16)
    return s


def test_values_wrapped_in_a_narrow_tables_cells_are_covered_on_every_line(tmp_path):
    screen = attendance()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, *[k for k in screen.boxes if k.startswith(("name_", "nip_", "mail_"))])
    assert_unchanged(screen, out, "cap_no", "cap_nip", "cap_unit", "cap_time", "menu_eval", "menu_3",
                     "unit_0", "unit_1", "time_0", "time_1")
