"""A photographed dark screen under a lamp's glare, read with real Tesseract as a photo is read.

The glare lifts the dark theme's ground into the mid tones, where its light letters still stand lighter
than it: that patch is inverted with the dark around it.  As the counterpart, a photo of a page in a
shadow (dark ink on mid-grey paper) keeps its polarity.
"""
from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from conftest import font
from redactor.ocr import run_ocr
from redactor.ocr.prepare import prepare

pytestmark = pytest.mark.usefixtures("tesseract")

PHOTO_PSM = 4  # how the pipeline reads a photo (pipeline.PHOTO_PSM)
LINES = ["Pak, berikut data saya untuk pendaftaran", "NIK saya 3174052308910006 untuk data",
         "Ini nomor WA saya Pak 0812 6630 4471", "Alamat kirim Perum Griya Asri Blok C-9"]


def _glared_screen(glare: float, seed: int = 3, *, bubble=(0, 92, 75), ink=(225, 236, 232),
                   focus: float = 0.0) -> Image.Image:
    """Dark-theme bubbles (green by default) on a near-black screen, a bright round glare over their left
    half, the sensor's grain, then the lens's and the JPEG's softening; `focus`: a blur before the glare,
    the camera a little out of focus."""
    image = Image.new("RGB", (900, 420), (14, 20, 24))
    draw = ImageDraw.Draw(image)
    for i, text in enumerate(LINES):
        y = 20 + i * 100
        draw.rounded_rectangle((40, y, 860, y + 70), radius=14, fill=bubble)
        draw.text((60, y + 20), text, fill=ink, font=font(26), anchor="la")
    if focus:
        image = image.filter(ImageFilter.GaussianBlur(focus))
    arr = np.asarray(image).astype(np.float32)
    yy, xx = np.mgrid[:arr.shape[0], :arr.shape[1]]
    light = glare * np.exp(-(((xx - 250) / 260.0) ** 2 + ((yy - 210) / 220.0) ** 2))
    arr = arr + light[..., None]
    arr += np.random.default_rng(seed).normal(0, 5, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))


def _read_as_photo(image: Image.Image) -> str:
    return " ".join(w.text for w in run_ocr(image, psm=PHOTO_PSM).words)


def test_the_glare_patch_is_mid_tone_and_lighter_letters_stand_in_it():
    # The page the test is about: the glare lifts the bubbles' ground to the mid tones (110-165).
    grey = np.asarray(_glared_screen(110).convert("L"))
    assert 110 <= np.median(grey[130:150, 150:250]) < 165


@pytest.mark.parametrize("glare", [0, 110, 140])
def test_a_dark_screen_under_glare_is_read_through_the_glare(glare):
    text = _read_as_photo(_glared_screen(glare))
    assert "3174052308910006" in text, text
    assert "0812 6630 4471" in text, text
    assert "Griya Asri" in text, text


def test_the_glare_patch_comes_out_dark_on_light():
    # The letters in the glare come out dark on a light ground, like those out of it.
    grey, scale = prepare(_glared_screen(110), screen=False)
    arr = np.asarray(grey)
    band = arr[int(140 * scale):int(168 * scale), int(60 * scale):int(300 * scale)]  # "NIK saya 31..." in the glare
    assert np.median(band) > 200, "the glare's ground stayed dark"
    assert band.min() < 90, "its letters did not come out dark"


def test_a_page_in_a_shadow_keeps_its_dark_ink():
    # A photographed form, half in a shadow: mid-grey paper, dark ink.  Nothing may be inverted.
    image = Image.new("RGB", (700, 120), (200, 198, 192))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 380, 120), fill=(128, 126, 122))
    draw.text((14, 20), "Nama Lengkap : Ruslan Hutapea", fill=(28, 28, 30), font=font(22), anchor="la")
    draw.text((14, 70), "NIK : 3174052308910006", fill=(28, 28, 30), font=font(22), anchor="la")
    grey, _ = prepare(image, screen=False)
    assert np.median(np.asarray(grey)) > 200, "the paper turned dark: the page was inverted"
    text = _read_as_photo(image)
    assert "Ruslan Hutapea" in text and "3174052308910006" in text, text
