"""A video call's screenshot: the names on its tiles are read and covered.

Each participant's tile is a dark grey area with a small black label at its bottom-left that carries the
name in white.  The tile is flat and lighter than a dark theme's ground, so page preparation judged it as a
bar of its own (`_bars_by_their_ink`), and the label's black ground counted as the bar's dark letters: the
tile was kept out of the inversion, its label stayed black under white letters, and Tesseract read the names
as nothing or as scraps ("Bind Maatan HidayaL.-.Jiskominio.i").  A dark label with light letters inside a
bar is now no letter of the bar's; it is inverted as the dark page around the bar is.
"""
from __future__ import annotations

import importlib

import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import covered_regions, font
from redactor.ocr import run_ocr
from redactor.ocr.prepare import prepare

pytestmark = pytest.mark.usefixtures("tesseract")

steps = importlib.import_module("redactor.ocr.prepare")  # the package exports its function `prepare`

PAGE, TILE, LABEL = (241, 243, 244), (58, 61, 64), (14, 14, 14)
TILES = ((8, 44, 343, 371, "Rina Maharani Hidayat - Diskominfo"),
         (350, 44, 685, 371, "Teguh Kusuma, S.Pd. - Dinkes"),
         (8, 378, 343, 705, "Yohanes Marpaung Nainggolan"))


def _video_call(tile=TILE, label=LABEL, letters=(255, 255, 255)) -> tuple[Image.Image, dict]:
    """A meeting's gallery: dark tiles, each with its participant's name on a small label at its foot, and a
    light side panel with the meeting's chat (the names are not repeated there)."""
    image = Image.new("RGB", (1000, 720), PAGE)
    draw = ImageDraw.Draw(image)
    draw.text((14, 12), "Zoom Meeting   Rapat Persiapan Bimtek Operator", fill=(30, 30, 30), font=font(13))
    boxes = {}
    for left, top, right, bottom, name in TILES:
        draw.rounded_rectangle((left, top, right, bottom), radius=6, fill=tile)
        width = draw.textlength(name, font=font(13))
        draw.rounded_rectangle((left + 6, bottom - 23, left + 18 + width, bottom - 6), radius=2, fill=label)
        draw.text((left + 12, bottom - 15), name, fill=letters, font=font(13), anchor="lm")
        boxes[name] = draw.textbbox((left + 12, bottom - 15), name, font=font(13), anchor="lm")
    draw.text((710, 60), "Obrolan Rapat", fill=(30, 30, 30), font=font(14, bold=True))
    for y, line in zip(range(90, 300, 26), ("10:02 Dari Host ke Semua Orang:", "Topik: Rapat Persiapan Bimtek",
                                              "Kode Sandi: rapat", "Izin, suara putus-putus", "Baik, terima kasih",
                                              "Materi menyusul lewat surel", "Mohon kamera dinyalakan")):
        draw.text((710, y), line, fill=(30, 30, 30), font=font(14))
    # A message whose address wraps level with the tiles' names: their row sorts between its two lines.
    draw.text((710, 318), "10:20 Dari Host ke Semua Orang:", fill=(30, 30, 30), font=font(14))
    for y, line in ((340, "Isi daftar hadir di http://10.21.125.38/si-"), (358, "monik/login")):
        draw.text((710, y), line, fill=(30, 30, 30), font=font(14))
        boxes[line] = draw.textbbox((710, y), line, font=font(14))
    return image, boxes


def _read(image: Image.Image) -> str:
    return " ".join(w.text for w in run_ocr(image).words)


def test_names_on_the_labels_of_dark_video_tiles_are_read():
    text = _read(_video_call()[0])
    for word in ("Rina", "Maharani", "Hidayat", "Diskominfo", "Teguh", "Kusuma", "Yohanes", "Nainggolan"):
        assert word in text, text


def test_a_tile_label_comes_out_dark_letters_on_light():
    image, boxes = _video_call()
    grey, scale = prepare(image)
    left, top, right, bottom = boxes["Teguh Kusuma, S.Pd. - Dinkes"]
    label = np.asarray(grey)[int(top * scale):int(bottom * scale), int(left * scale):int(right * scale)]
    assert np.median(label) > 200, "the label's ground stayed dark"
    assert label.min() < 60, "the label's letters did not turn dark"


def test_a_label_on_a_tile_of_a_dark_theme_is_read_as_before():
    # A darker tile (under the bars' level) was inverted with its label already.
    text = _read(_video_call(tile=(35, 35, 35), label=(0, 0, 0))[0])
    for word in ("Rina", "Teguh", "Kusuma", "Nainggolan"):
        assert word in text, text


def test_a_bright_bar_with_dark_letters_is_still_kept_out_of_the_inversion():
    # The label's ground is no dark letter of the bar's, but a bar's own dark letters still are.
    image = Image.new("RGB", (620, 120), (14, 16, 20))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 20, 619, 56), fill=(120, 160, 230))
    draw.text((12, 38), "NIK   Nama Lengkap   Unit Kerja", fill=(8, 8, 12), font=font(14, bold=True), anchor="lm")
    grey, scale = prepare(image)
    bar = np.asarray(grey)[int(22 * scale):int(55 * scale)]
    assert np.median(bar) > 230 and bar.min() < 60
    assert "Lengkap" in _read(image)


def test_a_dark_label_inside_a_bright_bar_kept_out_is_inverted_on_its_own():
    # A bright bar with dark captions on a dark page, with a black badge of white letters at its end: the
    # bar is kept out of the inversion for its captions, the badge is inverted.
    image = Image.new("RGB", (620, 120), (14, 16, 20))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 20, 619, 56), fill=(120, 160, 230))
    draw.text((12, 38), "Peserta Rapat Bidang", fill=(8, 8, 12), font=font(14, bold=True), anchor="lm")
    draw.rounded_rectangle((330, 28, 520, 48), radius=2, fill=(20, 20, 20))
    draw.text((336, 38), "Sri Wahyuningsih", fill=(255, 255, 255), font=font(13), anchor="lm")
    grey, scale = prepare(image)
    out = np.asarray(grey)
    captions = out[int(30 * scale):int(46 * scale), int(12 * scale):int(200 * scale)]
    badge = out[int(31 * scale):int(45 * scale), int(336 * scale):int(460 * scale)]
    assert np.median(captions) > 200 and captions.min() < 60, "the bar's captions"
    assert np.median(badge) > 200 and badge.min() < 60, "the badge's letters"


def test_no_black_wedges_or_bars_at_the_tiles_edges():
    # The tiles' rounded corners and the light gaps between them come out light, not as dark scraps.
    image, _ = _video_call()
    grey, scale = prepare(image)
    out = np.asarray(grey)
    for x, y in ((8, 705), (343, 44), (9, 371), (346, 200), (346, 374), (100, 374)):
        spot = out[int((y - 2) * scale):int((y + 3) * scale), int((x - 2) * scale):int((x + 3) * scale)]
        assert spot.min() > 120, (x, y)


def test_names_on_video_tiles_are_covered(tmp_path):
    from redactor.config import Config
    from redactor.load import load_path
    from redactor.pipeline import analyse

    image, boxes = _video_call()
    image.save(tmp_path / "call.png")
    findings = analyse(load_path(tmp_path / "call.png"), Config(visual=False)).findings
    regions = covered_regions(findings, image.width, image.height)

    def covered(left, top, right, bottom) -> bool:
        cx, cy = (left + right) / 2, (top + bottom) / 2
        return any(r.left <= cx <= r.right and r.top <= cy <= r.bottom for r in regions)

    for name, (left, top, right, bottom) in boxes.items():
        # the name's first half: the unit after it ("- Diskominfo") is no part of the name
        assert covered(left, top, (left + right) / 2, bottom) or "/" in name, f"{name} left readable"
    # The internal address goes on onto the next line of its message, past the tiles' names beside it.
    left, top, right, bottom = boxes["monik/login"]
    assert covered(left, top, right, bottom), "the wrapped address's end left readable"
