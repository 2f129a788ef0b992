"""Steps that work on a large photo a piece at a time give exactly what the whole-image step gives.

A fresh redaction of a 12 MP photo must stay within its memory budget; the steps below were changed
to hold less of the image at once, never to compute anything else.
"""
from __future__ import annotations

import importlib

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.load import load_bytes
from redactor.seethrough import _label_type
from redactor.visual.stamps import _every_nth_pixel

prepare_steps = importlib.import_module("redactor.ocr.prepare")  # the package exports its function `prepare`


def _text_page(width: int, height: int) -> np.ndarray:
    page = Image.new("L", (width, height), 235)
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, width, 60), fill=70)
    for row, top in enumerate(range(80, height - 30, 34)):
        draw.text((20 + 7 * (row % 5), top), f"Baris {row} NIK 3273015507879901 Jl. Merdeka No. {row}",
                  font=font(18), fill=20)
    return np.asarray(page)


@pytest.mark.parametrize("glyph", [12.0, 30.0])
def test_the_background_is_flattened_strip_by_strip_as_over_the_whole_page(glyph):
    grey = _text_page(900, 1100)  # more rows than one strip, and a last strip cut short
    k = int(max(15, glyph * 0.6)) | 1
    background = cv2.blur(cv2.dilate(grey, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))), (9, 9))
    whole = np.clip(grey.astype(np.float32) * 255.0 / np.maximum(background.astype(np.float32), 1.0),
                    0, 255).astype(np.uint8)
    assert np.array_equal(prepare_steps._flatten_background(grey, glyph), whole)
    assert not np.array_equal(whole, grey)  # the step does change the page


@pytest.mark.parametrize("size", [(1600, 1200), (2701, 3300), (1000, 1025)])
def test_the_stamp_search_samples_the_page_as_the_whole_array_would(size):
    rng = np.random.default_rng(size[0])
    pixels = rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8)
    image = Image.fromarray(pixels, "RGB")
    for factor in (1, 2, 3):
        assert np.array_equal(_every_nth_pixel(image, factor), pixels[::factor, ::factor])


def test_16_bit_faint_ink_labels_hold_every_area_of_the_densest_12_mp_page():
    # Single ink pixels as close as they can be without their dilated footprints (7 x 25) touching,
    # edge to edge: the most areas a 4000 x 3000 page can have.  The 16-bit labels give the same areas.
    height, width = 3000, 4000
    ink = np.zeros((height, width), np.uint8)
    ink[::8, ::26] = 1
    ink[:, -1:] = 0
    ink[::8, -1] = 1  # the right edge holds its own column of clipped footprints
    words = cv2.dilate(ink, np.ones((7, 25), np.uint8))
    assert _label_type(words.shape) == cv2.CV_16U
    n32, _, stats32, _ = cv2.connectedComponentsWithStats(words, connectivity=8, ltype=cv2.CV_32S)
    n16, _, stats16, _ = cv2.connectedComponentsWithStats(words, connectivity=8, ltype=cv2.CV_16U)
    assert n16 == n32 > 50_000
    assert np.array_equal(stats16, stats32)


def test_larger_pages_keep_32_bit_labels():
    assert _label_type((4000, 4500)) == cv2.CV_32S
    assert _label_type((1080, 1920)) == cv2.CV_16U


def test_a_loaded_image_is_a_fresh_copy_of_the_pixels_alone():
    import io

    source = Image.fromarray(_text_page(300, 200)).convert("RGB")
    buffer = io.BytesIO()
    source.save(buffer, "PNG", pnginfo=_text_chunk())
    loaded = load_bytes(buffer.getvalue())
    assert loaded.image.mode == "RGB" and loaded.image.info == {}
    assert np.array_equal(np.asarray(loaded.image), np.asarray(source))


def _text_chunk():
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", "Budi Santoso 081234567890")
    return info
