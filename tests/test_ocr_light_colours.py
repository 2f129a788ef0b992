"""Words in a light colour on a light page, read with real Tesseract: a group chat's sender names in
orange, pink, cyan or green on white bubbles, which by brightness alone stand too little off the page
for Tesseract to read them.  And what the step must leave as it is: pages whose colour is not light
words (white text on a coloured badge, dark text drawn with sub-pixel smoothing, a blue link, icons).
"""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.ocr import run_ocr
from redactor.ocr.prepare import prepare
from redactor.load import load_bytes
from redactor.pipeline import analyse

pytestmark = pytest.mark.usefixtures("tesseract")

# Sender-name colours of the light themes of chat apps (orange, pink, cyan, green, violet).
PASTELS = [(250, 167, 116), (238, 122, 174), (110, 201, 203), (123, 200, 98), (166, 149, 231)]
SENDERS = ["Joko Sembiring", "Marlina Situmorang", "Arif Pardede", "Theodora Manurung", "Yohanes Lumbantobing"]
MESSAGES = ["Baik pak, segera saya laksanakan", "Berkasnya sudah saya kirim tadi pagi",
            "Rapat dipindah ke ruang aula", "Siap, terima kasih banyak", "Nanti sore saya cek lagi"]


def _group_chat(size: int = 15, names: list | None = None) -> Image.Image:
    """White bubbles on a light grey-blue page, each with a sender's name in a light colour above the
    message in black, a round avatar in the sender's colour beside it.  `names` gets each name's box."""
    line = size + 10
    width, height = size * 52, 20 + len(SENDERS) * (2 * line + 34)
    image = Image.new("RGB", (width, height), (230, 235, 238))
    draw = ImageDraw.Draw(image)
    y = 14
    for sender, message, colour in zip(SENDERS, MESSAGES, PASTELS):
        draw.ellipse((14, y + line, 14 + 2 * size, y + line + 2 * size), fill=colour)
        draw.rounded_rectangle((24 + 2 * size, y, width - 8 * size, y + 2 * line + 16), radius=10, fill="white")
        draw.text((36 + 2 * size, y + 8), sender, fill=colour, font=font(size, bold=True), anchor="la")
        if names is not None:
            names.append(draw.textbbox((36 + 2 * size, y + 8), sender, font=font(size, bold=True), anchor="la"))
        draw.text((36 + 2 * size, y + 8 + line), message, fill=(0, 0, 0), font=font(size), anchor="la")
        y += 2 * line + 34
    return image


@pytest.mark.parametrize("size", [15, 36])  # 36: a phone's screenshot at 2.5-3x scaling
def test_light_coloured_sender_names_on_white_bubbles_are_read(size):
    text = " ".join(w.text for w in run_ocr(_group_chat(size)).words)
    for sender in SENDERS:
        assert sender in text, text


def test_light_coloured_sender_names_are_covered_as_names():
    names: list = []
    buffer = io.BytesIO()
    _group_chat(names=names).save(buffer, "PNG")
    findings = analyse(load_bytes(buffer.getvalue(), "chat.png")).findings
    boxes = [box for f in findings if f.category == "person_name" for box in f.boxes]
    for sender, (left, top, right, bottom) in zip(SENDERS, names):
        covering = [b for b in boxes if b.left <= left + 2 and b.left + b.width >= right - 2
                    and b.top <= top + 2 and b.top + b.height >= bottom - 2]
        assert covering, f"{sender} at {(left, top, right, bottom)} not covered as a name: {boxes}"


def _subpixel_text(draw_width: int, text: str, size: int, ink: int) -> Image.Image:
    """Grey text drawn with sub-pixel smoothing, as browsers and desktops draw it: the text is drawn at
    three times the width and each pixel's red, green and blue come from its three sub-pixels, so the
    strokes get orange and blue fringes."""
    wide = Image.new("L", (draw_width * 3, size * 2), 255)
    ImageDraw.Draw(wide).text((6, size // 3), text, fill=ink, font=font(size), anchor="la")
    # (each sub-pixel is drawn three times too wide horizontally, so the letters come out at normal width)
    columns = np.asarray(wide.resize((draw_width * 3, size * 2)))
    rgb = np.stack([columns[:, 0::3], columns[:, 1::3], columns[:, 2::3]], axis=2)
    return Image.fromarray(np.ascontiguousarray(rgb), "RGB")


def _pages_without_light_words() -> dict[str, Image.Image]:
    pages = {}
    # White text on small coloured badges and buttons in a table on a white page.
    image = Image.new("RGB", (760, 200), "white")
    draw = ImageDraw.Draw(image)
    for row, (label, colour) in enumerate([("Cuti", (240, 173, 78)), ("Aktif", (23, 162, 184)),
                                           ("Baru", (255, 193, 7)), ("Izin", (110, 201, 203))]):
        y = 14 + row * 44
        draw.text((14, y + 6), f"Pegawai {row + 1}  Bagian Umum", fill=(33, 37, 41), font=font(15), anchor="la")
        draw.rounded_rectangle((330, y, 400, y + 30), radius=15, fill=colour)
        draw.text((344, y + 7), label, fill="white", font=font(14, bold=True), anchor="la")
        draw.rounded_rectangle((600, y + 6, 640, y + 26), radius=10, fill=colour)  # a table's small badge
        draw.text((606, y + 10), label, fill="white", font=font(11, bold=True), anchor="la")
        draw.rounded_rectangle((430, y, 560, y + 30), radius=4, fill=colour)
        draw.text((444, y + 7), "Simpan data", fill="white", font=font(14), anchor="la")
    pages["badges"] = image
    # Dark and light grey text drawn with sub-pixel smoothing.
    image = Image.new("RGB", (760, 120), "white")
    image.paste(_subpixel_text(740, "Menampilkan 1 sampai 15 dari 2.944 entri", 15, 108), (0, 0))
    image.paste(_subpixel_text(740, "Beranda / Kepegawaian / Data Penduduk", 15, 150), (0, 40))
    image.paste(_subpixel_text(740, "Hak Cipta 2025 Pemprov Jawa Timur", 15, 20), (0, 80))
    pages["sub-pixel smoothing"] = image
    # Text in dark colours: links, a red warning, a dark green status; read as it is already.
    image = Image.new("RGB", (760, 140), "white")
    draw = ImageDraw.Draw(image)
    for row, colour in enumerate([(26, 115, 232), (200, 35, 51), (25, 135, 84), (111, 66, 193)]):
        draw.text((14, 10 + row * 32), "Azalea Hassanah  Jagaraga Eko", fill=colour, font=font(15), anchor="la")
    pages["dark colours"] = image
    # Coloured icons and avatars: a pair of ticks, round avatars with a white person, dots.
    image = Image.new("RGB", (760, 120), "white")
    draw = ImageDraw.Draw(image)
    for k, colour in enumerate(PASTELS):
        x = 20 + k * 140
        draw.ellipse((x, 20, x + 44, 64), fill=colour)
        draw.ellipse((x + 15, 27, x + 29, 41), fill="white")
        draw.pieslice((x + 8, 44, x + 36, 72), 180, 360, fill="white")
        draw.line((x + 60, 44, x + 65, 50, x + 76, 36), fill=colour, width=2)
        draw.line((x + 66, 44, x + 71, 50, x + 82, 36), fill=colour, width=2)
        draw.ellipse((x + 96, 40, x + 104, 48), fill=colour)
    pages["icons"] = image
    return pages


@pytest.mark.parametrize("kind", ["badges", "sub-pixel smoothing", "dark colours", "icons"])
def test_pages_without_light_coloured_words_are_prepared_as_their_grey(kind):
    # Only light-coloured words are changed: every other page is read exactly as before, from its grey.
    image = _pages_without_light_words()[kind]
    grey_copy = image.convert("L").convert("RGB")
    assert np.array_equal(np.asarray(prepare(image)[0]), np.asarray(prepare(grey_copy)[0]))


def test_light_coloured_names_are_brought_to_near_the_message_text():
    # The counterpart of the test above: on the chat the same comparison differs, where the names are.
    image = _group_chat()
    names, _ = prepare(image)
    plain, scale = prepare(image.convert("L").convert("RGB"))
    changed = np.nonzero(np.asarray(names) != np.asarray(plain))[0] / scale
    assert changed.size and np.asarray(names).min() < 130
    # Only the names' rows changed: each bubble's first line (8 px below its top, glyphs 15 px with their
    # descenders and the enlargement's smoothing), not its message (a line of 25 px below).
    bubble = 2 * (15 + 10) + 34
    assert all(5 <= (row - 14) % bubble < 8 + 25 for row in changed)
