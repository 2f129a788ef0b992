"""A family card's page in a population system sets its fields in two columns: "Alamat : PERUM GRIYA ASRI BLOK
A2 NO. 34" on the left, "Provinsi | JAWA TENGAH" (or "Kabupaten/Kota") beside it on the right, under
"Desa/Kelurahan" and "Kecamatan".  The
card layout's band for the address ran on into the right column's label ("Provinsi", four line heights after
the value, no card's label itself) and covered it.  A word set well apart from the value, at the left edge of a
column of words one under the other, opens another column of fields: the band ends before it.  Synthetic OCR
words on a blank page, and the page read by real Tesseract."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import font, pixels_covered, pixels_unchanged
from redactor.findings import Box
from redactor.ocr import Word
from redactor.visual.card import card_regions

_LEFT = [("Nomor KK", ": 1207022812991830"), ("Nama Kepala Keluarga", ": SUPRIYADI PURBA"),
         ("Alamat", ": PERUM GRIYA ASRI BLOK A2 NO. 34"), ("RT/RW", ": 005/006")]
_RIGHT = [("Desa/Kelurahan", "TEGALREJO"), ("Kecamatan", "SAWANGAN"), ("Kabupaten/Kota", "MAGELANG"),
          ("Provinsi", "JAWA TENGAH"), ("Kode Pos", "36026")]
_CW, _LH, _PITCH = 8, 13, 28
_RIGHT_X = 485  # three and a half line heights after the address's end, as the page sets it


def _words(right_labels=None) -> list[Word]:
    words, line = [], 0

    def put(x: int, y: int, text: str) -> None:
        nonlocal line
        for token in text.split():
            words.append(Word(token, Box(x, y, _CW * len(token), _LH), 95.0, line))
            x += _CW * (len(token) + 1)
        line += 1

    for i, (label, value) in enumerate(_LEFT):
        put(30, 140 + i * _PITCH, label)
        put(184, 140 + i * _PITCH, value)
    for i, (label, value) in enumerate(right_labels or _RIGHT):
        put(_RIGHT_X, 140 + i * _PITCH, label)
        put(_RIGHT_X + 160, 140 + i * _PITCH, value)
    return words


def _band(found, label: str) -> Box:
    return next(b for f in found if f.preview.startswith(label) for b in f.boxes)


def test_the_address_band_ends_before_the_next_columns_label():
    words = _words()
    found = card_regions(Image.new("RGB", (1280, 400), "white"), words)
    band = _band(found, "Alamat")
    value_end = max(w.box.right for w in words if w.box.top == 140 + 2 * _PITCH and w.box.left < _RIGHT_X)
    assert band.right >= value_end
    assert band.right < _RIGHT_X


def test_the_next_columns_labels_misread_still_end_the_band():
    noisy = [("Desa/Kelurahan", "TEGALREJO"), ("Kecarnatan", "SAWANGAN"), ("Kabupaten/Kota", "MAGELANG"),
             ("Provlnsi", "JAWA TENGAH"), ("Kode Pos", "36026")]
    found = card_regions(Image.new("RGB", (1280, 400), "white"), _words(noisy))
    assert _band(found, "Alamat").right < _RIGHT_X


def test_a_word_far_after_a_value_with_no_column_under_it_stays_in_the_band():
    # one column of fields only: the address's last word set three lines apart (a tab in the value) is its own
    words = [w for w in _words() if w.box.left < _RIGHT_X]
    value_end = max(w.box.right for w in words if w.box.top == 140 + 2 * _PITCH)
    far = Word("WETAN", Box(value_end + 3 * _LH, 140 + 2 * _PITCH, 5 * _CW, _LH), 95.0, 99)
    found = card_regions(Image.new("RGB", (1280, 400), "white"), words + [far])
    assert _band(found, "Alamat").right >= far.box.right


@pytest.mark.usefixtures("tesseract")
def test_a_family_cards_page_keeps_the_second_columns_label(tmp_path):
    from redactor.config import Config
    from redactor.load import load_path
    from redactor.pipeline import analyse, render

    image = Image.new("RGB", (1280, 420), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    label_font, value_font = font(15), font(15, bold=True)
    draw.text((30, 40), "Detail Kartu Keluarga", fill=(30, 30, 30), font=font(22, bold=True))
    boxes = {}
    for i, (label, value) in enumerate(_LEFT):
        y = 100 + i * 30
        draw.text((30, y), label, fill=(100, 100, 110), font=label_font)
        draw.text((200, y), value, fill=(30, 30, 30), font=value_font)
        boxes[label] = draw.textbbox((200, y), value, font=value_font)
    right = boxes["Alamat"][2] + 36  # (the address's end, then about three line heights)
    for i, (label, value) in enumerate(_RIGHT):
        y = 100 + i * 30
        draw.text((right, y), label, fill=(100, 100, 110), font=label_font)
        boxes[label] = draw.textbbox((right, y), label, font=label_font)
        draw.text((right + 170, y), ": " + value, fill=(30, 30, 30), font=value_font)
    path = tmp_path / "kk.png"
    image.save(path)
    analysis = analyse(load_path(path), Config())
    assert any(f.detector == "card-layout" for f in analysis.findings), "read as no card: the test shows nothing"
    out = render(analysis)
    before = np.asarray(image.convert("L")).astype(float)
    after = np.asarray(out.convert("L")).astype(float)
    left, top, right, bottom = boxes["Alamat"]
    assert pixels_covered(before, after, (left + 12, top, right, bottom))
    assert pixels_unchanged(before, after, boxes["Kabupaten/Kota"]), "the right column's label was covered"


import numpy as np  # noqa: E402
