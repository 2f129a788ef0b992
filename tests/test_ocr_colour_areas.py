"""Reading text in coloured areas with real Tesseract: what chat apps and web pages draw.

A sender's name in colour on a dark bubble, white text on a mid-tone blue bubble or button, and
(as the counterpart) dark text on a dim grey photo-like background, which must not be inverted.
"""
from __future__ import annotations

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
