"""Reading text in coloured areas with real Tesseract: what chat apps and web pages draw.

A sender's name in colour on a dark bubble, white text on a mid-tone blue bubble or button, and
(as the counterpart) dark text on a dim grey photo-like background, which must not be inverted.
"""
from __future__ import annotations

import importlib

import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.ocr import run_ocr
from redactor.ocr.prepare import prepare

pytestmark = pytest.mark.usefixtures("tesseract")


def _bubble_page(bubbles: list[tuple[tuple[int, int, int], list[tuple[str, tuple[int, int, int], bool]]]],
                 page=(11, 20, 26), width=640, size=15) -> Image.Image:
    """Chat bubbles one under another: (bubble colour, [(text, colour, bold), ...])."""
    height = 40 + sum(34 + len(lines) * (size + 10) for _, lines in bubbles)
    image = Image.new("RGB", (width, height), page)
    draw = ImageDraw.Draw(image)
    y = 14
    for colour, lines in bubbles:
        h = 14 + len(lines) * (size + 10)
        draw.rounded_rectangle((20, y, width - 150, y + h), radius=8, fill=colour)
        ty = y + 8
        for text, ink, bold in lines:
            draw.text((36, ty), text, fill=ink, font=font(size, bold=bold), anchor="la")
            ty += size + 10
        y += h + 20
    return image


def _read(image: Image.Image) -> str:
    return " ".join(w.text for w in run_ocr(image).words)


def test_coloured_sender_names_on_dark_bubbles_are_read():
    # WhatsApp's dark theme: each group message starts with the sender's name in a colour.
    image = _bubble_page([
        ((32, 44, 51), [("Theodora Sembiring", (31, 168, 85), True), ("Pak, berkasnya sudah saya kirim", (233, 237, 239), False)]),
        ((32, 44, 51), [("Yohanes Pardede", (211, 102, 170), True), ("Siap, terima kasih banyak", (233, 237, 239), False)]),
        ((32, 44, 51), [("Marlina Situmorang", (83, 166, 232), True), ("Nanti sore saya cek lagi", (233, 237, 239), False)]),
    ])
    text = _read(image)
    for name in ("Theodora Sembiring", "Yohanes Pardede", "Marlina Situmorang"):
        assert name in text, text


@pytest.mark.parametrize("size", [15, 40])  # 40: a phone's screenshot at 2.5-3x scaling
def test_coloured_names_come_out_as_dark_as_the_message_text(size):
    # Inverted, a green name on a dark bubble is light grey (~160 of 255) beside black message
    # text, and on a full page Tesseract's one threshold drops it: it must come out near black.
    image = _bubble_page([((32, 44, 51), [("Theodora Sembiring", (31, 168, 85), True),
                                          ("Pak, berkasnya sudah saya kirim", (233, 237, 239), False)])],
                         size=size, width=size * 30)
    grey, scale = prepare(image)
    arr = np.asarray(grey)
    name_rows = arr[int(22 * scale):int((22 + size) * scale)]
    assert name_rows.min() < 90


def test_white_text_on_a_mid_tone_blue_bubble_is_read():
    image = _bubble_page([
        ((59, 130, 246), [("Please send the invoice to", (255, 255, 255), False),
                          ("billing.team@contoh-usaha.co.id", (255, 255, 255), False)]),
        ((99, 102, 241), [("Kirim ke rekening BNI 0123456789", (255, 255, 255), False)]),
    ], page=(30, 32, 44))
    text = _read(image)
    assert "billing.team@contoh-usaha.co.id" in text.replace(" @", "@"), text
    assert "0123456789" in text, text


def test_dark_text_on_a_dim_grey_background_keeps_its_polarity():
    # A dim photo of a form: grey paper, dark ink. Nothing here may be inverted.
    image = Image.new("RGB", (520, 90), (128, 126, 122))
    draw = ImageDraw.Draw(image)
    draw.text((14, 14), "Nama Lengkap : Ruslan Hutapea", fill=(28, 28, 30), font=font(18), anchor="la")
    draw.text((14, 50), "Pekerjaan : Pegawai Negeri Sipil", fill=(28, 28, 30), font=font(18), anchor="la")
    grey, _ = prepare(image)
    arr = np.asarray(grey)
    assert np.median(arr) > 200, "the paper turned dark: the page was inverted"
    text = _read(image)
    assert "Ruslan Hutapea" in text, text


# ---------------------------------------------------------------- box-restricted steps
# The colour-area steps work only inside the areas they concern (each mid-tone area's box, the dark
# areas' box).  These references compute the same thing over the whole page: the results must be
# identical, also for areas touching the page's edges and areas side by side.

def _light_ink_areas_whole_page(small: np.ndarray, background: np.ndarray) -> np.ndarray:
    import cv2

    mid = ((background >= 110) & (background < 165)).astype(np.uint8)
    count, areas = cv2.connectedComponents(mid, connectivity=4)
    window = cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))
    ink = small.astype(np.int16) - background.astype(np.int16)
    light = (cv2.morphologyEx(small, cv2.MORPH_TOPHAT, window) > 40) & (ink > 40)
    dark = (cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, window) > 40) & (ink < -40)
    lighter = np.bincount(areas.ravel(), weights=light.ravel(), minlength=count)
    darker = np.bincount(areas.ravel(), weights=dark.ravel(), minlength=count)
    flip = (lighter > 2 * darker) & (lighter > 20)
    flip[0] = False
    return flip[areas].astype(np.uint8)


def _darken_faint_ink_whole_page(grey: np.ndarray, dark: np.ndarray, glyph: float) -> np.ndarray:
    import cv2

    k = int(max(3, glyph * 0.3)) | 1
    strokes = cv2.morphologyEx(grey, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    reach = int(max(5, glyph)) | 1
    deepest = cv2.dilate(strokes, cv2.getStructuringElement(cv2.MORPH_RECT, (reach, reach))).astype(np.float32)
    gain = np.clip(200.0 / np.maximum(deepest, 1.0), 1.0, 3.0)
    gain[(deepest < 35) | (deepest > 110) | ~dark] = 1.0
    gain[importlib.import_module("redactor.ocr.prepare")._thin_lines(strokes, glyph)] = 1.0
    if (gain <= 1.05).all():
        return grey
    out = grey.astype(np.float32) - (gain - 1.0) * strokes.astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def _busy_screen(seed: int) -> Image.Image:
    """A light page with a dark top bar, a dark side panel, and bubbles of every tone, some cut by the edges."""
    rng = np.random.default_rng(seed)
    image = Image.new("RGB", (900, 560), (244, 245, 247))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 899, 44), fill=(32, 44, 51))
    draw.text((14, 12), "Grup Kepegawaian  Theodora Sembiring", fill=(31, 168, 85), font=font(16, bold=True))
    draw.rectangle((700, 44, 899, 559), fill=(17, 27, 33))
    draw.text((712, 80), "Yohanes Pardede", fill=(211, 102, 170), font=font(15, bold=True))
    for i in range(9):
        x, y = int(rng.integers(-60, 640)), int(rng.integers(50, 520))
        tone = tuple(int(v) for v in rng.integers(40, 200, 3))
        draw.rounded_rectangle((x, y, x + 260, y + 46), radius=8, fill=tone)
        ink = (255, 255, 255) if sum(tone) < 420 else (20, 20, 20)
        draw.text((x + 10, y + 14), f"Kirim ke 0812-{1000 + i * 37} ya", fill=ink, font=font(15))
    return image


def _noise_page(seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Grey noise over a background of small blocks of every tone, and dark areas touching the edges:
    every pixel's result depends on its neighbours, so a box cut too tight changes it."""
    import cv2

    rng = np.random.default_rng(seed)
    blocks = rng.integers(90, 185, (40, 53)).astype(np.uint8)
    background = cv2.resize(blocks, (320, 240), interpolation=cv2.INTER_NEAREST)
    small = np.clip(background.astype(int) + rng.normal(20, 50, background.shape), 0, 255).astype(np.uint8)
    dark = np.zeros(small.shape, bool)
    dark[int(rng.integers(0, 200)):, int(rng.integers(0, 100)):int(rng.integers(150, 320))] = True
    dark[10:40, 60:90] = True
    return small, background, dark


@pytest.mark.parametrize("seed", range(20))
def test_the_colour_steps_inside_their_areas_equal_them_over_the_whole_page(seed):
    import cv2

    steps = importlib.import_module("redactor.ocr.prepare")  # the package exports its function `prepare`
    small, background, dark = _noise_page(seed)
    assert np.array_equal(steps._light_ink_areas(small, background), _light_ink_areas_whole_page(small, background))
    for glyph in (12.0, 22.0):
        assert np.array_equal(steps._darken_faint_ink(small, dark, glyph),
                              _darken_faint_ink_whole_page(small, dark, glyph))
    # A drawn screen: a dark top bar and side panel, bubbles of every tone, some cut by the page's edges.
    arr = np.asarray(_busy_screen(seed).convert("L"))
    background = cv2.medianBlur(arr, 31)
    flipped = steps._light_ink_areas(arr, background)
    assert np.array_equal(flipped, _light_ink_areas_whole_page(arr, background))
    areas = steps._dark_areas(arr, 12.0)
    assert areas is not None
    assert np.array_equal(steps._darken_faint_ink(arr, areas[0], 12.0),
                          _darken_faint_ink_whole_page(arr, areas[0], 12.0))
    if seed == 0:  # the page does hold what the steps change
        assert flipped.any()
        assert not np.array_equal(steps._darken_faint_ink(arr, areas[0], 12.0), arr)
