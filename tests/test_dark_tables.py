"""A table drawn in a dark theme: its grid is not deepened with its dim text.

Once a dark page is inverted for reading, its grid lines (a few levels off the black page) are as
faint as dim text.  Dim text is deepened where faint strokes stand near other faint ink; a grid line
met that test only beside letters, so it came out as dashes, which Tesseract glued to the header
words ("NIK" read as a tall scrap with the line above it), and the table lost its header row.
"""
from __future__ import annotations

import importlib

import numpy as np
from PIL import Image, ImageDraw

from conftest import font

prepare_module = importlib.import_module("redactor.ocr.prepare")

GLYPH = 12.0
LINE_X = 60


def _inverted_dark_table() -> tuple[np.ndarray, np.ndarray]:
    """What preparation holds once a dark table is inverted and flattened: a faint vertical grid line
    (231 on 255) running past dim grey letters (a sheet's column letters, 150 on 255) set close to it."""
    image = Image.new("L", (200, 160), 255)
    draw = ImageDraw.Draw(image)
    draw.line((LINE_X, 0, LINE_X, 159), fill=231)
    draw.line((0, 40, 199, 40), fill=231)
    for y in (8, 60, 100):
        draw.text((LINE_X + 4, y), "B NIK", fill=150, font=font(14))
    grey = np.array(image)
    return grey, np.ones(grey.shape, bool)


def test_a_faint_grid_line_is_left_as_it_is_while_dim_letters_beside_it_are_deepened():
    grey, dark = _inverted_dark_table()
    out = prepare_module._darken_faint_ink(grey, dark, GLYPH)
    letters = (grey < 200) & (np.arange(grey.shape[1]) > LINE_X + 2)
    assert out[letters].mean() < grey[letters].mean() - 40, "the dim letters were not deepened"
    assert (out[:, LINE_X] == grey[:, LINE_X]).all(), \
        f"grid line deepened at rows {np.nonzero(out[:, LINE_X] != grey[:, LINE_X])[0][:12]}"
    assert (out[40, :LINE_X] == grey[40, :LINE_X]).all(), "the horizontal grid line was deepened"
