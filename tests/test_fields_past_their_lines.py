"""Values that go on past their line or stop short of the next block: a decree's name whose degrees wrapped under
it while the row's next cell was read on its line.  Synthetic OCR for the rules, real Tesseract on rendered
pages for the layouts.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from conftest import count_uncovered, letters, pixels_covered, pixels_unchanged, redacted_pixels


# --- a name's degrees wrapped under it, the row's next cell beside it --------------------------------------

@pytest.mark.parametrize("rows, value, row", [
    (["Dimas Syahputra Maharani,  Medan,", "S.H.", "NIP. 197702132014081006"], "S.H.", 1),
    (["Dimas Syahputra Maharani,  Medan,", "S.H., M.Si.", "NIP. 197702132014081006"], "S.H., M.Si.", 1),
    # (OCR read the degree's last dot away)
    (["Dimas Syahputra Maharani,  Medan,", "S.H", "NIP. 197702132014081006"], "S.H", 1),
])
def test_a_names_degrees_wrapped_under_it_beside_the_next_cell_are_covered(rows, value, row):
    assert count_uncovered(rows, value, row) == 0


@pytest.mark.parametrize("rows, value, row", [
    # the name has no comma: the line under it is another field's
    (["Dimas Syahputra Maharani  Medan,", "Kepala Bidang"], "Kepala Bidang", 1),
    # the next cell stands a space away, no cell's gap: the line is a sentence's, not a table's row
    (["Dimas Syahputra Maharani, Medan, Bandung", "Kepala Bidang"], "Kepala Bidang", 1),
])
def test_the_line_under_a_name_beside_its_cell_stays_visible_when_no_degree(rows, value, row):
    assert count_uncovered(rows, value, row) == letters(value)


@pytest.mark.usefixtures("tesseract")
def test_a_decrees_list_of_names_with_a_degree_wrapped_in_its_cell(tmp_path):
    """A decree's attachment table as a PDF viewer shows it, its captions not read: a name whose degree wrapped
    onto the cell's next line, the birth place in the next cell close beside it (OCR reads the two on one
    line); the degree is covered with the name, the position beside them stays."""
    serif = Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
    if not serif.exists():
        pytest.skip("Liberation Serif not installed (apt install fonts-liberation)")
    face = ImageFont.truetype(str(serif), 21)
    image = Image.new("RGB", (900, 260), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    beside = 76 + int(draw.textlength("Dimas Syahputra Maharani,", font=face)) + 18
    boxes = {}
    for text, xy in (("2.", (35, 72)), ("Dimas Syahputra Maharani,", (76, 72)), ("S.H.", (76, 104)),
                     ("NIP. 197702132014081006", (76, 136)), ("Medan,", (beside, 72)), ("13-02-1977", (beside, 104)),
                     ("Perawat Terampil", (beside + 160, 72))):
        draw.text(xy, text, fill=(0, 0, 0), font=face)
        boxes[text] = draw.textbbox(xy, text, font=face)
    for x in (20, 70, beside - 9, beside + 150, 880):
        draw.line((x, 20, x, 240), fill=(0, 0, 0), width=1)
    for y in (20, 60, 240):
        draw.line((20, y, 880, y), fill=(0, 0, 0), width=1)
    before, after = redacted_pixels(image, tmp_path)
    for text in ("Dimas Syahputra Maharani,", "S.H."):
        assert pixels_covered(before, after, boxes[text]), f"{text} left readable"
    assert pixels_unchanged(before, after, boxes["Perawat Terampil"]), "the position was covered"
