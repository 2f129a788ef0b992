"""A receipt photographed lying sideways on a wooden table: the table's grain is no page, and the page is
turned a quarter before it is read."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.load import load_bytes
from redactor.pipeline import analyse
from redactor.visual.rectify import MIN_OUTLINE_CONTRAST, _outline_contrast, find_page

WIDTH, HEIGHT = 2000, 1500
LINES = ["TOKO MAKMUR JAYA", "Jl. Melati No. 12", "HP: 0812-3456-7890", "", "Kasir: ANDI",
         "Roti Tawar      2   15.000", "Susu UHT        1    7.500", "Total              22.500",
         "Tunai              50.000", "Kembali            27.500", "", "Terima kasih"]


def wood(seed: int = 1) -> np.ndarray:
    """A table's brown grain: waving stripes, long dark streaks, sensor noise."""
    rng = np.random.default_rng(seed)
    y, x = np.arange(HEIGHT)[:, None], np.arange(WIDTH)[None, :]
    grain = np.sin(x / 23.0 + 4 * np.sin(y / 140.0)) + 0.6 * np.sin(x / 7.0 + y / 300.0)
    table = np.zeros((HEIGHT, WIDTH, 3), np.float32) + np.array([120, 75, 40], np.float32) + grain[..., None] * 18
    for _ in range(60):
        cx, cy, length = rng.integers(0, WIDTH), rng.integers(0, HEIGHT), rng.integers(100, 600)
        table[np.clip(cy + np.arange(length), 0, HEIGHT - 1), np.clip(cx + np.arange(length) // 8, 0, WIDTH - 1)] -= 45
    return table + rng.normal(0, 6, table.shape)


def receipt_on_wood(seed: int = 1) -> tuple[bytes, tuple[int, int, int, int]]:
    """The JPEG of a receipt lying sideways on the table, and where the receipt is."""
    paper = Image.new("RGB", (560, 820), (236, 236, 230))
    draw = ImageDraw.Draw(paper)
    for i, line in enumerate(LINES):
        draw.text((40, 40 + i * 60), line, fill=(40, 40, 45), font=font(30, mono=True))
    paper = paper.rotate(90, expand=True)
    photo = Image.fromarray(np.clip(wood(seed), 0, 255).astype(np.uint8))
    left, top = (WIDTH - paper.width) // 2, (HEIGHT - paper.height) // 2
    photo.paste(paper, (left, top))
    noisy = np.asarray(photo).astype(np.float32) + np.random.default_rng(seed).normal(0, 4, (HEIGHT, WIDTH, 3))
    buffer = io.BytesIO()
    Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8)).save(buffer, "JPEG", quality=85)
    return buffer.getvalue(), (left, top, left + paper.width, top + paper.height)


def test_a_quadrilateral_of_table_grain_is_no_page_outline_and_the_receipt_is():
    grey = np.asarray(Image.fromarray(np.clip(wood(), 0, 255).astype(np.uint8)).convert("L"))
    grain_only = np.float32([[300, 200], [1700, 220], [1680, 1300], [320, 1280]])
    assert _outline_contrast(grey, grain_only) < MIN_OUTLINE_CONTRAST
    data, (left, top, right, bottom) = receipt_on_wood()
    quad = find_page(load_bytes(data, "receipt.jpg").image)
    assert quad is not None
    xs, ys = quad[:, 0], quad[:, 1]
    assert abs(xs.min() - left) < 40 and abs(xs.max() - right) < 40
    assert abs(ys.min() - top) < 40 and abs(ys.max() - bottom) < 40


@pytest.mark.usefixtures("tesseract")
def test_a_receipt_lying_sideways_on_a_table_is_turned_and_its_phone_covered():
    """Its short ragged lines do not make the ink profile say sideways; the page read upright was scraps."""
    data, _where = receipt_on_wood()
    analysis = analyse(load_bytes(data, "receipt.jpg"))
    assert "phone" in {f.category for f in analysis.findings}
    assert "Kasir" in {w.text.strip(":") for w in analysis.ocr.words}
