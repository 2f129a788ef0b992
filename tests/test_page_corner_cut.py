"""A savings book photographed open on a table: the owner's page has a band in the bank's colour across its top,
as dark as the table.  The paper's region then lacks that corner, its hull runs diagonally past it, and four of the
hull's points made a page sheared across the corner: its lines were read slanted and its labels lost their
values.  The page's own sides, run on, still meet at the real corner."""
from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from redactor.visual.rectify import find_page

TABLE = (70, 70, 75)


def book_on_table(band_width: int, tilt: float) -> tuple[Image.Image, np.ndarray]:
    """A photo of a book 1500 x 900 whose top-left band is the table's colour, seen in perspective, and where
    its four corners are (tl, tr, br, bl)."""
    page = Image.new("RGB", (1500, 900), (244, 240, 228))
    draw = ImageDraw.Draw(page)
    if band_width:
        draw.rectangle((0, 0, band_width - 1, 110), fill=TABLE)
    draw.line([(750, 0), (750, 900)], fill=(200, 195, 180), width=3)
    for i in range(12):  # rows of text: dark strokes on the paper
        draw.rectangle((60, 180 + 50 * i, 60 + 300 + 25 * (i % 5), 196 + 50 * i), fill=(40, 40, 45))
        draw.rectangle((800, 60 + 55 * i, 1400 - 30 * (i % 4), 76 + 55 * i), fill=(40, 40, 45))
    src = np.float32([[0, 0], [1500, 0], [1500, 900], [0, 900]])
    dst = np.float32([[250, 220 + tilt], [1800, 180], [1760, 1250], [300, 1220 - tilt]])
    matrix = cv2.getPerspectiveTransform(src, dst)
    table = np.zeros((1450, 2100, 3), np.uint8)
    table[:] = TABLE
    photo = cv2.warpPerspective(np.asarray(page), matrix, (2100, 1450), borderMode=cv2.BORDER_TRANSPARENT, dst=table)
    noise = np.random.default_rng(5).normal(0, 3, photo.shape)
    return Image.fromarray(np.clip(photo + noise, 0, 255).astype(np.uint8)), dst


def test_a_page_corner_as_dark_as_the_table_is_still_the_pages_corner():
    for band_width, tilt in ((750, 0.0), (750, 40.0), (600, -30.0)):
        photo, corners = book_on_table(band_width, tilt)
        quad = find_page(photo)
        assert quad is not None
        # Every corner within a few pixels of the real one (the cut corner was 110 x band_width off).
        assert np.abs(quad - corners).max() < 25, (band_width, tilt, np.round(quad).tolist())


def test_a_page_without_a_cut_corner_keeps_its_corners():
    photo, corners = book_on_table(0, 20.0)
    quad = find_page(photo)
    assert quad is not None and np.abs(quad - corners).max() < 25
