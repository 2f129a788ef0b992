"""Bars whose letters are of the other polarity than the page around them, decided bar by bar.

Dark areas are found by a median a few glyphs wide, which judges a bar by the page around it.  A bright
bar with dark letters inside a dark page (a dark admin table's blue header) was inverted with the page
and its captions read as scraps, so the table's columns lost their labels; a coloured header band with
white captions on a light page was inverted only in part, and its dark edges glued to the captions.
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

steps = importlib.import_module("redactor.ocr.prepare")  # the package exports its function `prepare`

CAPTIONS = ("No", "NIK", "Nama Lengkap", "Tgl Lahir", "No. BPJS")
COLUMNS = (12, 60, 230, 420, 560)
ROWS = (("1", "3507124105880002", "Sri Wahyuningsih", "14-03-1990", "0001234567891"),
        ("2", "3273010912750004", "Bambang Sutrisno", "02-11-1985", "0009876543210"))


def _dark_admin_table(header=(63, 53, 199), ink=(8, 8, 12), page=(12, 14, 18)) -> Image.Image:
    """A dark theme's table: a bright header bar with dark captions over light rows on a black page."""
    image = Image.new("RGB", (740, 200), page)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 20, 739, 52), fill=header)
    for x, caption in zip(COLUMNS, CAPTIONS):
        draw.text((x, 28), caption, fill=ink, font=font(14, bold=True), anchor="la")
    for y, row in zip((76, 116), ROWS):
        for x, value in zip(COLUMNS, row):
            draw.text((x, y), value, fill=(220, 222, 226), font=font(14), anchor="la")
    return image


def _read(image: Image.Image) -> str:
    return " ".join(w.text for w in run_ocr(image).words)


def test_dark_captions_on_a_bright_header_bar_of_a_dark_table_are_read():
    text = _read(_dark_admin_table())
    for caption in ("NIK", "Lengkap", "Lahir", "BPJS"):
        assert caption in text, text
    for value in ("3507124105880002", "Sri Wahyuningsih", "0009876543210"):
        assert value in text, text


def test_the_bright_bar_comes_out_white_under_black_captions():
    grey, scale = prepare(_dark_admin_table())
    bar = np.asarray(grey)[int(22 * scale):int(51 * scale)]
    assert np.median(bar) > 230, "the bar was inverted with the page around it"
    assert bar.min() < 60, "the captions did not stay dark"


def test_a_strip_narrower_than_the_median_window_keeps_its_dark_letters():
    # A salmon "RAHASIA" (confidential) strip in a dark mail client, too low for the median to see it.
    image = Image.new("RGB", (520, 90), (18, 18, 20))
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 30, 300, 47), fill=(250, 128, 114))
    draw.text((16, 32), "RAHASIA - DOKUMEN INTERNAL", fill=(20, 20, 20), font=font(12, bold=True), anchor="la")
    draw.text((10, 62), "Kepada: Bagian Kepegawaian", fill=(225, 225, 225), font=font(13), anchor="la")
    text = _read(image)
    assert "RAHASIA" in text and "INTERNAL" in text, text
    assert "Kepegawaian" in text, text


def test_white_captions_on_a_bright_button_in_a_dark_page_stay_inverted():
    # Light letters on a bar lighter than the page are read inverted, as before.
    image = _dark_admin_table(header=(37, 99, 235), ink=(255, 255, 255))
    grey, scale = prepare(image)
    bar = np.asarray(grey)[int(22 * scale):int(51 * scale)]
    assert bar.min() < 60 and np.median(bar) > 200
    text = _read(image)
    assert "NIK" in text and "BPJS" in text, text


def test_a_page_without_such_bars_is_left_to_the_median():
    # A dark chat page: light text on dark bubbles, nothing to decide bar by bar.
    image = Image.new("RGB", (600, 160), (11, 20, 26))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((20, 20, 480, 70), radius=8, fill=(32, 44, 51))
    draw.text((36, 34), "Pak, berkasnya sudah saya kirim", fill=(233, 237, 239), font=font(15), anchor="la")
    draw.rounded_rectangle((20, 90, 480, 140), radius=8, fill=(0, 92, 75))
    draw.text((36, 104), "Siap, terima kasih banyak", fill=(233, 237, 239), font=font(15), anchor="la")
    grey = np.asarray(image.convert("L"))
    areas = steps._dark_areas(grey, 12.0)
    out, decided = steps._bars_by_their_ink(grey, areas, 12.0)
    assert out is grey and decided is areas


def _light_sheet(band=(52, 103, 81)) -> Image.Image:
    """A form-filled spreadsheet: a coloured header band whose white captions wrap onto two lines, which
    fill the band so that the median sees the band dark only between their lines."""
    image = Image.new("RGB", (760, 150), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 20, 759, 66), fill=band)
    captions = (("Timestamp", ""), ("Nama lengkap", "(beserta gelar)"), ("NIK", ""), ("Instansi / Unit", "Kerja"))
    for x, (first, second) in zip((6, 150, 330, 520), captions):
        if second:
            draw.text((x, 25), first, fill=(255, 255, 255), font=font(16, bold=True), anchor="la")
            draw.text((x, 45), second, fill=(255, 255, 255), font=font(16, bold=True), anchor="la")
        else:
            draw.text((x, 35), first, fill=(255, 255, 255), font=font(16, bold=True), anchor="la")
    for y, row in zip((78, 110), (("15/6/2025", "Dimas Pangaribuan", "3229120404871264", "Dinas Kesehatan"),
                                  ("7/5/2025", "Novita Ramadhan", "3305041907665214", "BKPSDM"))):
        for x, value in zip((6, 150, 330, 520), row):
            draw.text((x, y), value, fill=(20, 20, 20), font=font(16), anchor="la")
    return image


def test_white_captions_of_two_lines_on_a_coloured_header_band_are_read():
    text = _read(_light_sheet())
    for caption in ("Nama", "lengkap", "(beserta", "gelar)", "Instansi", "Kerja"):
        assert caption in text.split(), text


def test_a_coloured_header_band_is_inverted_whole():
    grey, scale = prepare(_light_sheet())
    arr = np.asarray(grey)[:, int(150 * scale):int(320 * scale)]
    # No dark rows left along its top and bottom edges, above and below the captions' two lines
    above, below = arr[int(20 * scale):int(24 * scale)], arr[int(64 * scale):int(67 * scale)]
    assert above.min() > 150 and below.min() > 150, (above.min(axis=1), below.min(axis=1))


def _response_sheet() -> tuple[Image.Image, dict[str, tuple[int, int, int, int]]]:
    """A form's response sheet: white captions on a coloured band, those of the narrow columns wrapped onto
    two lines (all the last ones), a name wrapped in its cell with the row's other cells beside its last
    line.  Returns the image and the box of each value drawn."""
    image = Image.new("RGB", (1160, 200), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 10, 1159, 56), fill=(52, 103, 81))
    bold, plain = font(15, bold=True), font(15)
    captions = [(6, ("Timestamp",)), (110, ("Alamat email",)), (370, ("Nama lengkap", "(beserta gelar)")),
                (540, ("NIK",)), (700, ("NIP (khusus ASN)",)), (880, ("Instansi / Unit", "Kerja")),
                (1030, ("Nomor", "WhatsApp aktif"))]
    for x, lines in captions:
        tops = (25,) if len(lines) == 1 else (14, 34)
        for y, text in zip(tops, lines):
            draw.text((x, y), text, fill=(255, 255, 255), font=bold, anchor="la")
    boxes = {}
    cells = [(6, 64, "15/6/2025"), (370, 64, "Dimas"),
             (6, 84, "13:24:07"), (110, 84, "dpangaribuan@gmail.com"), (370, 84, "Pangaribuan"),
             (540, 84, "3229120404871264"), (700, 84, "199109042016031003"), (880, 84, "Kecamatan Jetis"),
             (1030, 84, "0825 4965 896"),
             (6, 124, "7/8/2025 13:50"), (110, 124, "oki86@gmail.com"), (370, 124, "OKI PURBA"),
             (540, 124, "7326054710945224"), (700, 124, "-"), (880, 124, "Dinas Kesehatan"),
             (1030, 124, "08196910271")]
    for x, y, text in cells:
        draw.text((x, y), text, fill=(20, 20, 20), font=plain, anchor="la")
        boxes[text] = draw.textbbox((x, y), text, font=plain, anchor="la")
    return image, boxes


def test_names_under_a_wrapped_caption_of_a_coloured_header_band_are_covered(tmp_path):
    from conftest import covered_regions
    from redactor.config import Config
    from redactor.load import load_path
    from redactor.pipeline import analyse

    image, boxes = _response_sheet()
    image.save(tmp_path / "sheet.png")
    findings = analyse(load_path(tmp_path / "sheet.png"), Config(visual=False)).findings
    regions = covered_regions(findings, image.width, image.height)

    def covered(text: str) -> bool:
        left, top, right, bottom = boxes[text]
        cx, cy = (left + right) / 2, (top + bottom) / 2
        return any(r.left <= cx <= r.right and r.top <= cy <= r.bottom for r in regions)

    for name in ("Dimas", "Pangaribuan", "OKI PURBA"):
        assert covered(name), f"{name} left readable"
    assert not covered("Dinas Kesehatan")
