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
import io

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


def _forwarded(image: Image.Image, factor: float = 0.62, quality: int = 60) -> Image.Image:
    """The screenshot as a chat app forwards it: shrunk, then saved as a JPEG of middling quality."""
    size = (round(image.width * factor), round(image.height * factor))
    buffer = io.BytesIO()
    image.resize(size, Image.Resampling.BOX).save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _admin_page() -> Image.Image:
    """An admin page with a dark sidebar under a bookmarks bar and a dark code panel with rounded corners: lone
    dark areas, no tiles standing a gap apart."""
    image = Image.new("RGB", (1500, 840), (246, 247, 249))
    draw = ImageDraw.Draw(image)
    for x, name in zip(range(20, 700, 120), ("Kalender", "Email Dinas", "JDIH", "Berita", "Presensi")):
        draw.rectangle((x, 96, x + 13, 109), fill=(150, 150, 150))
        draw.text((x + 20, 96), name, fill=(60, 60, 60), font=font(13))
    draw.rectangle((0, 120, 230, 839), fill=(33, 37, 41))
    draw.text((60, 140), "SIASN", fill=(255, 255, 255), font=font(18, bold=True))
    for y, line in zip(range(210, 420, 40), ("Dashboard", "Pengguna", "Integrasi API", "Log Aktivitas")):
        draw.text((30, y), line, fill=(220, 220, 220), font=font(14))
    draw.text((260, 140), "Pengaturan Integrasi", fill=(30, 30, 30), font=font(22, bold=True))
    draw.rounded_rectangle((900, 200, 1460, 760), radius=8, fill=(30, 30, 30))
    for y, line in zip(range(220, 740, 24), ("/var/www/siasn/.env", "# konfigurasi produksi - JANGAN DI-COMMIT",
                                              "APP_NAME=SIASN", "APP_ENV=production", "DB_HOST=10.52.140.115",
                                              "JWT_SECRET=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
                                              "MAIL_HOST=smtp.bkn.go.id", "QUEUE_CONNECTION=redis")):
        draw.text((916, y), line, fill=(230, 230, 230), font=font(14, mono=True))
    return image


def test_a_lone_dark_panel_keeps_its_edges_on_a_forwarded_screenshot(monkeypatch):
    # A sidebar's soft edge under a light bar and a code panel's rounded corners are no gaps between tiles: the
    # page is prepared as it was without the edges' step (bringing them to their edges changed how Tesseract
    # read such a shrunk JPEG's other lines: a token, a system's name).
    image = _forwarded(_admin_page())
    grey, _ = prepare(image)
    monkeypatch.setattr(steps, "_to_their_edges", lambda grey, areas, glyph=12.0: areas)
    plain, _ = prepare(image)
    assert np.array_equal(np.asarray(grey), np.asarray(plain))


def test_the_gaps_of_a_forwarded_video_call_stay_light():
    # The same call forwarded as a shrunk JPEG: its gaps' soft light page is still a gap between tiles.
    image = _forwarded(_video_call()[0])
    grey, scale = prepare(image)
    out = np.asarray(grey)
    f = 0.62
    for x, y in ((346, 200), (346, 600), (175, 374), (520, 374)):
        x, y = x * f * scale, y * f * scale
        spot = out[int(y - 2):int(y + 3), int(x - 1):int(x + 2)]
        assert spot.min() > 120, (x, y)


def test_gaps_are_told_by_ground_on_two_opposite_sides():
    ground = np.zeros((60, 80), bool)
    ground[5:55, 5:30] = True   # a tile
    ground[5:27, 36:75] = True  # two tiles right of it, a gap of 6 px to it and between them
    ground[33:55, 36:75] = True
    across = steps._on_both_sides(ground, 15)
    assert across[20, 32] and across[40, 33]  # the gap between the columns
    assert across[30, 50]  # the gap between the two on the right
    assert across[30, 33]  # where the gaps cross
    assert not across[2, 50] and not across[20, 78]  # the page above and beside the tiles
    assert not across[57, 15]  # below the gallery


def test_names_on_a_forwarded_video_call_are_read():
    text = _read(_forwarded(_video_call()[0], factor=0.8, quality=70))
    for word in ("Rina", "Teguh", "Yohanes"):
        assert word in text, text
