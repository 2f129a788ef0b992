"""End to end with real Tesseract: a table's column of addresses, by what the table lists.

A list of street addresses with phone numbers and no one named ("No | Alamat | Telepon": houses surveyed,
deliveries, complaints) is about people's homes, and every address in it is covered; a list of clinics
with their addresses and office phones is public and stays as drawn.
"""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from test_screens_e2e import Screen, _redact, assert_covered, assert_unchanged

pytestmark = pytest.mark.usefixtures("tesseract")


def _table(headers: list[str], rows: list[list[str]], widths: list[int], keys: list[str | None]) -> Screen:
    """A web table: a tinted header band, one line per row; cells of the columns named in `keys` are
    remembered as "<key><row>"."""
    s = Screen(Image.new("RGB", (sum(widths) + 80, 90 + 36 * len(rows)), (255, 255, 255)))
    d = ImageDraw.Draw(s.image)
    d.rectangle((40, 30, 40 + sum(widths), 64), fill=(231, 237, 246))
    x = 40
    for k, (caption, width) in enumerate(zip(headers, widths)):
        s.text(f"header{k}", (x + 10, 39), caption, (25, 25, 25), 15, bold=True)
        x += width
    y = 66
    for r, row in enumerate(rows):
        x = 40
        for cell, width, key in zip(row, widths, keys):
            s.text(f"{key}{r}" if key else f"cell{r}_{x}", (x + 10, y + 9), cell, (40, 40, 40), 15)
            x += width
        d.line((40, y + 35, 40 + sum(widths), y + 35), fill=(222, 222, 222))
        y += 36
    return s


def test_a_list_of_addresses_with_no_one_named_covers_the_homes(tmp_path):
    homes = [["1", "Jl. Kenanga 12, Sleman", "0812-3344-5566"],
             ["2", "Gg. Melati 4 Bantul", "0857-2211-0099"],
             ["3", "Dusun Krajan RT 3", "0813-7788-1122"],
             ["4", "Perum Griya Asri C-7", "0821-4455-6677"]]
    screen = _table(["No", "Alamat", "Telepon"], homes, [60, 380, 220], [None, "home", "phone"])
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, *[f"home{r}" for r in range(4)], *[f"phone{r}" for r in range(4)])
    assert_unchanged(screen, out, "header0", "header1", "header2")


def test_a_list_of_clinics_keeps_their_addresses_and_names(tmp_path):
    clinics = [["1", "Puskesmas Depok I", "Jl. Diponegoro No. 12, Depok", "08.00 - 14.00"],
               ["2", "Puskesmas Mlati II", "Jl. Magelang Km 8, Mlati", "07.30 - 14.00"],
               ["3", "Puskesmas Gamping", "Jl. Wates No. 5, Gamping", "08.00 - 13.00"]]
    screen = _table(["No", "Nama Puskesmas", "Alamat", "Jam Layanan"], clinics, [60, 240, 360, 180],
                    [None, "clinic", "street", "hours"])
    out = _redact(screen, tmp_path)
    assert_unchanged(screen, out, *[f"{key}{r}" for key in ("clinic", "street", "hours") for r in range(3)])
