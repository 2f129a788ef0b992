"""The second look at a screenshot's top bars, with real Tesseract: text on a coloured bar that the
page reading dropped or garbled is read again, and nothing else is."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.config import Config
from redactor.findings import Box
from redactor.ocr import OcrResult, Word, get_engine, run_ocr
from redactor.ocr.reread import reread, unread_lines

pytestmark = pytest.mark.usefixtures("tesseract")


def _engine():
    config = Config()
    return get_engine(config.lang, config.tesseract_cmd, config.ocr_timeout, config.tessdata)


def top_bar(name: str = "Gasti Yuniar") -> Image.Image:
    """A staff system's page: a purple top bar with menus, an avatar and the signed-in user."""
    image = Image.new("RGB", (1366, 420), (243, 244, 246))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1366, 50), fill=(67, 56, 202))
    draw.text((20, 16), "MySAPK", fill="white", font=font(15, bold=True))
    draw.text((287, 18), "Beranda", fill="white", font=font(13))
    draw.text((360, 18), "Bantuan", fill="white", font=font(13))
    draw.ellipse((1212, 10, 1240, 38), fill=(214, 130, 200))
    draw.text((1249, 18), name, fill="white", font=font(13))
    y = 80
    for line in ("Data Pegawai", "Daftar pegawai aktif pada unit kerja", "Nama lengkap, jabatan dan kontak",
                 "Menampilkan 1 sampai 10 dari 52 data"):
        draw.text((250, y), line, fill=(20, 20, 20), font=font(15))
        y += 40
    return image


def _without(ocr: OcrResult, texts: set[str]) -> OcrResult:
    return OcrResult(words=tuple(w for w in ocr.words if w.text not in texts), width=ocr.width,
                     height=ocr.height, scale=ocr.scale)


def test_a_name_the_page_reading_dropped_from_a_coloured_bar_is_read_again():
    image, engine = top_bar(), _engine()
    page = run_ocr(image, engine=engine)
    dropped = _without(page, {"Gasti", "Yuniar"})
    assert "Gasti" not in dropped.text
    again = reread(image, dropped, engine)
    words = {w.text: w.box for w in again.words}
    assert "Gasti" in words and "Yuniar" in words, again.text
    assert abs(words["Gasti"].left - 1249) < 6 and words["Gasti"].top < 40   # at its place on the page


def test_a_garbled_word_over_the_name_is_read_again_and_kept():
    image, engine = top_bar(), _engine()
    page = _without(run_ocr(image, engine=engine), {"Gasti", "Yuniar"})
    # what sparse reading makes of an avatar and a name: one low-confidence word over both
    garbled = Word(text="Aa", box=Box(1212, 6, 69, 40), conf=31.0, line_id=999)
    again = reread(image, replace(page, words=page.words + (garbled,)), engine)
    assert {"Aa", "Gasti"} <= {w.text for w in again.words}


def test_a_word_already_read_inside_a_garbled_one_is_not_added_twice():
    # a title bar read as one low-confidence word that holds the right text ("…_Dinas_SIPD_2025.xlsx")
    image, engine = top_bar(), _engine()
    page = _without(run_ocr(image, engine=engine), {"Gasti", "Yuniar"})
    whole = Word(text="_Gasti_Yuniar_", box=Box(1245, 14, 90, 20), conf=22.0, line_id=999)
    again = reread(image, replace(page, words=page.words + (whole,)), engine)
    assert "_Gasti_Yuniar_" in {w.text for w in again.words}
    assert not {"Gasti", "Yuniar"} & {w.text for w in again.words}


def test_a_page_read_whole_is_not_read_again():
    image, engine = top_bar(), _engine()
    page = run_ocr(image, engine=engine)
    assert {"Gasti", "Yuniar"} <= {w.text for w in page.words}
    assert unread_lines(image, page.words) == []
    assert reread(image, page, engine) is page


def test_dark_text_on_a_light_page_and_text_low_on_the_page_are_left_to_the_first_reading():
    image, engine = top_bar(), _engine()
    page = run_ocr(image, engine=engine)
    # the page reading missed the body's lines: they are on a light ground and below the bars
    body = {"Daftar", "pegawai", "aktif", "pada", "unit", "kerja", "Menampilkan"}
    assert unread_lines(image, _without(page, body).words) == []


def _unread_lines_whole_page(image: Image.Image, words, limit: int) -> list[Box]:
    """`unread_lines` as it was first written: every map made over the whole page."""
    import cv2
    import numpy as np

    from redactor.ocr import reread as module

    grey = np.asarray(image.convert("L"))
    height, width = grey.shape
    glyph = module._median_height(words)
    if glyph is None:
        return []
    k = int(max(15, 3 * glyph)) | 1
    small = cv2.resize(grey, (max(1, width // 2), max(1, height // 2)), interpolation=cv2.INTER_AREA)
    background = cv2.resize(cv2.medianBlur(small, min(k // 2 | 1, 31)), (width, height),
                            interpolation=cv2.INTER_NEAREST)
    ink = (np.abs(grey.astype(np.int16) - background.astype(np.int16)) > 60).astype(np.uint8)
    for w in words:
        if w.conf < module.MIN_CONFIDENCE:
            continue
        b = w.box.padded(max(2, w.box.height // 3))
        ink[max(0, b.top):max(0, b.bottom), max(0, b.left):max(0, b.right)] = 0
    joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE,
                              cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(glyph * 0.5)), 1)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    found = []
    for i in range(1, count):
        x, y, w, h, _area = (int(v) for v in stats[i])
        if y > module.TOP_BAND * height or not (0.6 * glyph <= h <= 1.8 * glyph and w >= 2.5 * h):
            continue
        fill = float(ink[y:y + h, x:x + w].mean())
        if not 0.08 <= fill <= 0.6 or w > 40 * h:
            continue
        if np.median(background[y:y + h, x:x + w]) > module.LIGHT_BACKGROUND:
            continue
        found.append(Box(x, y, w, h))
    found.sort(key=lambda b: -b.area)
    return found[:limit]


def _crowded_top(seed: int) -> tuple[Image.Image, list[Word]]:
    """Coloured bars with light text all over the page, some across the top band's lower edge, tall
    shapes reaching below it, an odd page height; words read at random places, some unsure."""
    import random

    rng = random.Random(seed)
    width, height = rng.choice([(1366, 421), (900, 700), (640, 1137), (1920, 1080)])
    image = Image.new("RGB", (width, height), (243, 244, 246))
    draw = ImageDraw.Draw(image)
    size = rng.choice([12, 14, 18])
    edge = int(0.25 * height)
    for _ in range(40):
        top = rng.choice([rng.randint(0, height - 20), edge - rng.randint(0, 3 * size), edge + rng.randint(-4, 4)])
        left = rng.randint(0, width - 60)
        bar = tuple(rng.randint(20, 170) for _ in range(3))
        draw.rectangle((left, top, left + rng.randint(60, 500), top + size + rng.randint(6, 20)), fill=bar)
        draw.text((left + 6, top + 3), "Gasti Yuniar Beranda", fill="white", font=font(size))
    for _ in range(3):  # a tall shape from inside the band to below it
        left = rng.randint(0, width - 40)
        draw.rectangle((left, edge - rng.randint(0, 2 * size), left + rng.randint(3, 40), edge + rng.randint(1, 6 * size)),
                       fill=(30, 30, 90))
    words = [Word(text="Beranda", box=Box(rng.randint(0, width - 80), rng.randint(0, height - 20), 70, size),
                  conf=rng.choice([30.0, 90.0]), line_id=i) for i in range(12)]
    return image, words


@pytest.mark.parametrize("seed", range(12))
def test_the_top_band_maps_made_near_the_band_equal_them_over_the_whole_page(seed):
    image, words = _crowded_top(seed)
    found = unread_lines(image, words, limit=1000)
    assert found == _unread_lines_whole_page(image, words, limit=1000)
    if seed == 0:
        assert found  # the page does hold lines to find


def _photographed(image: Image.Image) -> Image.Image:
    """`image` as a phone's photo of a monitor shows it: a little blurred, grainy, JPEG-compressed."""
    import io
    import random

    from PIL import ImageFilter

    rng = random.Random(7)
    image = image.filter(ImageFilter.GaussianBlur(0.8))
    pixels = image.load()
    for _ in range(image.width * image.height // 6):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        shift = rng.randint(-14, 14)
        pixels[x, y] = tuple(max(0, min(255, c + shift)) for c in pixels[x, y])
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=75)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _photo_reading(monkeypatch, image: Image.Image, dropped: set[str]) -> OcrResult:
    """A photographed page's reading (`pipeline._read_within`, the photo's way), the page reading (real
    Tesseract) having left out the words `dropped`, as it leaves out a bar's light words on a photo."""
    from redactor import pipeline

    real = pipeline.run_ocr

    def page_reading(*args, **kwargs):
        return _without(real(*args, **kwargs), dropped)

    monkeypatch.setattr(pipeline, "run_ocr", page_reading)
    return pipeline._read_within(image, _engine(), 1, pipeline.PHOTO_PSM)


def test_a_photographed_screen_has_its_top_bar_read_again(monkeypatch):
    # A phone's photo of a staff system: the name on the coloured bar was left out by the page reading.
    image = _photographed(top_bar())
    again = _photo_reading(monkeypatch, image, {"Gasti", "Yuniar"})
    words = {w.text: w.box for w in again.words}
    assert "Gasti" in words and "Yuniar" in words, again.text
    assert abs(words["Gasti"].left - 1249) < 8 and words["Gasti"].top < 40


def test_a_photographed_page_whose_top_bar_was_read_gets_nothing_more(monkeypatch):
    image = _photographed(top_bar())
    again = _photo_reading(monkeypatch, image, set())
    assert [w.text for w in again.words].count("Gasti") <= 1
    # the body's dark lines on the light page, left out, are not the top bars' to read again
    body = _photo_reading(monkeypatch, image, {"Daftar", "pegawai", "aktif", "Menampilkan"})
    assert "Menampilkan" not in {w.text for w in body.words}
