"""End to end with real Tesseract on a photographed attendance list (daftar hadir): a table of participants
(row number, name with degrees, NIP, a mobile number spaced in groups) signed by hand in its "Tanda Tangan" column, each
signature crossing the cell's grid and its row number.  Every signature comes out black; the event's
heading, the column headers and the signer's position under the table stay readable.
"""
from __future__ import annotations

import math

import pytest
from PIL import Image, ImageDraw

from redactor.config import Config
from test_documents_e2e import Document, assert_black, assert_visible, run
from test_documents_e2e import _photographed

pytestmark = pytest.mark.usefixtures("tesseract")

PEOPLE = [("Ayu Lestari, S.Kom", "198701122010012003", "0812 3456 7890"),
          ("Dr. Bayu Nugroho, M.Si", "197905062005011004", "0857 2211 9034"),
          ("Citra Wulandari", "199003142015032001", "0813 9876 1234"),
          ("Drs. Eko Prasetyo", "196811201994031002", "0821 7788 112"),
          ("Fitri Handayani, S.E.", "198512252011012006", "0878 5566 2233")]


def _stroke(draw: ImageDraw.ImageDraw, x: int, y: int, w: int, h: int, turns: float) -> tuple[int, int, int, int]:
    """A signature's scrawl that runs over the cell's lines, as a pen does."""
    pts = [(x + t * w / 40, y + h / 2 + (h / 2) * math.sin(t / turns) * (0.7 + 0.3 * math.cos(t / 5)))
           for t in range(41)]
    draw.line(pts, fill=(20, 30, 90), width=3, joint="curve")
    return x - 2, y - 2, x + w + 3, y + h + 3


def attendance_list(header: str) -> Document:
    doc = Document(Image.new("RGB", (1300, 980), (252, 252, 248)))
    d = ImageDraw.Draw(doc.image)
    doc.text((480, 30), "DAFTAR HADIR", size=30, bold=True, key="title")
    doc.text((330, 80), "Rapat Koordinasi Penyusunan Rencana Kerja", size=22, key="event")
    xs = [40, 100, 420, 690, 900, 1260]
    heads = ["No", "Nama", "NIP", "No. HP", header]
    top, row_h = 150, 78
    for (left, right), title in zip(zip(xs, xs[1:]), heads):
        doc.text(((left + right) // 2 - 11 * len(title) // 2, top + 14), title, size=20, bold=True, key=title)
    for r, (name, nip, phone) in enumerate(PEOPLE):
        y = top + 50 + r * row_h
        doc.text((50, y + 24), f"{r + 1}.", size=20, key=f"no{r}")
        doc.text((110, y + 24), name, size=20, key=f"name{r}")
        doc.text((430, y + 24), nip, size=20, key=f"nip{r}")
        doc.text((712, y + 24), phone, size=20, key=f"phone{r}")
        half = (xs[5] - xs[4]) // 2
        sx = xs[4] + (0 if r % 2 == 0 else half)
        doc.text((sx + 6, y + 6), f"{r + 1}.", size=16, key=f"sign no{r}")
        doc.boxes[f"signature{r}"] = _stroke(d, sx + 34, y + 8, half - 30, row_h - 6, 1.6 + 0.3 * r)
    bottom = top + 50 + len(PEOPLE) * row_h
    for y in [top, top + 50] + [top + 50 + (r + 1) * row_h for r in range(len(PEOPLE))]:
        d.line([(xs[0], y), (xs[-1], y)], fill=(30, 30, 30), width=2)
    for x in xs:
        d.line([(x, top), (x, bottom)], fill=(30, 30, 30), width=2)
    # (the signer's block under the table, across the gap before the mobile numbers' column)
    doc.text((560, bottom + 40), "Sleman, 12 Maret 2025", size=20, key="date")
    doc.text((560, bottom + 72), "Kepala Bidang Umum,", size=20, key="position")
    return doc


@pytest.mark.parametrize("header", ["Tanda Tangan", "TTD"])
def test_every_signature_in_an_attendance_lists_column_is_covered(header, tmp_path):
    doc = _photographed(attendance_list(header), seed=4)
    _, out = run(doc, tmp_path, name="hadir.jpg", config=Config(), quality=85)
    for r in range(len(PEOPLE)):
        assert_black(doc, out, f"signature{r}")
        assert_black(doc, out, f"nip{r}")
        assert_black(doc, out, f"phone{r}")  # each number whole, in its column under a centred "No. HP"
    for key in ("title", "event", "Nama", "NIP", "date", "position"):
        assert_visible(doc, out, key)
    for r in range(len(PEOPLE)):
        assert_visible(doc, out, f"sign no{r}")  # the row's number printed beside its signature: no ink of it
