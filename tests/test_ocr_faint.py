"""The second look at a photographed page's faint or broken print, with real Tesseract: a line the first
reading left in scraps (a thermal receipt's footer read as "KA Chat UBI 7900005 3") is read again
enlarged and locally stretched, and takes the new reading where it is clearly surer; a line read surely
is not read again, and a surely read word the new reading has less of stays.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from redactor.config import Config
from redactor.findings import Box
from redactor.ocr import OcrResult, Word, get_engine, run_ocr
from redactor.ocr.faint import _giving_way, _surer, reread_faint, unread_lines
from test_documents_e2e import Document, assert_black, assert_visible, run

pytestmark = pytest.mark.usefixtures("tesseract")

PHOTO_PSM = 4  # how the pipeline reads a photographed page
MONO = Path("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf")
PAPER = (244, 243, 238)


def _mono(size: int) -> ImageFont.FreeTypeFont:
    # A receipt printer's plain monospaced face (DejaVu's slashed zero is no receipt's).
    if not MONO.exists():
        pytest.skip("Liberation Mono not installed (apt install fonts-liberation)")
    return ImageFont.truetype(str(MONO), size)


def _engine():
    config = Config()
    return get_engine(config.lang, config.tesseract_cmd, config.ocr_timeout, config.tessdata)


def thermal_receipt(seed: int = 5, *, photographed: bool = True) -> Document:
    """A convenience store's thermal receipt, small print, kept for a while: the header (the company and
    its NPWP) faded to a pale grey, the strokes across the paper fainter than those along it (the print
    head's dots), the ink's strength uneven in specks; then photographed: a margin of table, soft focus,
    sensor grain."""
    width, f = 430, _mono(15)
    doc = Document(Image.new("RGB", (width, 560), PAPER))
    draw = ImageDraw.Draw(doc.image)
    pale, ink = (150, 150, 154), (70, 70, 74)
    advance = f.getlength("M")

    def put(x: int, y: int, text: str, fill, key: str) -> None:  # noqa: ANN001
        draw.text((x, y), text, font=f, fill=fill, anchor="la")
        doc.boxes[key] = draw.textbbox((x, y), text, font=f, anchor="la")

    def centred(y: int, text: str, fill, key: str) -> int:  # noqa: ANN001
        x = int((width - f.getlength(text)) / 2)
        put(x, y, text, fill, key)
        return x

    def part(key: str, x: int, start: int, end: int | None = None) -> tuple[int, int, int, int]:
        left, top, right, bottom = doc.boxes[key]
        return (x + int(advance * start), top, right if end is None else x + int(advance * end), bottom)

    centred(20, "TOKO SUMBER REJEKI", pale, "store")
    centred(40, "PT. SUMBER REJEKI NUSANTARA", pale, "company")
    x = centred(60, "NPWP : 03.418.296.7-041.000", pale, "npwp line")
    doc.boxes["npwp"], doc.boxes["npwp label"] = part("npwp line", x, 7), part("npwp line", x, 0, 4)
    centred(80, "JL. DIPONEGORO NO. 45 SEMARANG", pale, "street")
    y = 114
    for item, price in (("AQUA 600ML     1", "4,500"), ("ROTI SOBEK     1", "12,000"), ("KOPI SUSU      2", "18,000")):
        put(24, y, item, ink, item)
        put(width - 24 - int(f.getlength(price)), y, price, ink, price)
        y += 20
    put(24, y + 12, "TOTAL", ink, "total label")
    put(width - 24 - int(f.getlength("34,500")), y + 12, "34,500", ink, "total")
    centred(y + 52, "TERIMA KASIH ATAS KUNJUNGAN ANDA", ink, "thanks")
    x = centred(y + 72, "Email:layanan@sumberrejeki.co.id", ink, "email line")
    doc.boxes["email"] = part("email line", x, 6)
    x = centred(y + 92, "WA Chat : 081377204519", ink, "wa line")
    doc.boxes["phone"], doc.boxes["wa label"] = part("wa line", x, 10), part("wa line", x, 0, 7)
    centred(y + 112, "Harga sudah termasuk PPN", ink, "ppn")
    rng = np.random.default_rng(seed)
    arr = np.asarray(doc.image).astype(np.float32)
    paper = np.array(PAPER, np.float32)
    specks = rng.random((arr.shape[0] // 2 + 1, arr.shape[1] // 2 + 1)).astype(np.float32)
    strength = 0.5 + 0.5 * np.kron(specks, np.ones((2, 2), np.float32))[:arr.shape[0], :arr.shape[1], None]
    inked = (paper - arr).max(axis=-1) > 20
    # A pixel of ink with none right above and below it belongs to a stroke across the paper.
    upright = np.zeros_like(inked)
    upright[1:-1] = inked[1:-1] & inked[:-2] & inked[2:]
    along = upright.copy()
    along[:-1] |= upright[1:]
    along[1:] |= upright[:-1]
    strength = np.where((inked & ~along)[..., None], strength * 0.3, strength)
    doc.image = Image.fromarray(np.clip(paper - (paper - arr) * strength, 0, 255).astype(np.uint8))
    if not photographed:
        return doc
    table = Image.new("RGB", (width + 240, 560 + 300), (52, 62, 84))
    table.paste(doc.image, (120, 150))
    doc.boxes = {k: (l + 120, t + 150, r + 120, b + 150) for k, (l, t, r, b) in doc.boxes.items()}
    pixels = np.asarray(table.filter(ImageFilter.GaussianBlur(0.6))).astype(np.float32)
    grain = rng.normal(0, 4, (pixels.shape[0] // 2 + 1, pixels.shape[1] // 2 + 1)).astype(np.float32)
    grain = np.kron(grain, np.ones((2, 2), np.float32))[:pixels.shape[0], :pixels.shape[1], None]
    doc.image = Image.fromarray(np.clip(pixels + grain + rng.normal(0, 2, pixels.shape), 0, 255).astype(np.uint8))
    return doc


def test_a_faded_thermal_receipts_tax_number_email_and_phone_are_covered_its_shop_and_total_stay(tmp_path):
    doc = thermal_receipt()
    _, out = run(doc, tmp_path, name="receipt.jpg", config=Config(), quality=75)
    for key in ("npwp", "email", "phone"):
        assert_black(doc, out, key)
    for key in ("store", "total", "total label", "AQUA 600ML     1", "thanks", "npwp label", "wa label"):
        assert_visible(doc, out, key)


def _as_scraps(ocr: OcrResult, text: str, pieces: list[tuple[str, float]]) -> OcrResult:
    """`ocr` with the word `text` read as scraps instead, side by side over its box (as a first reading
    of broken print gives them)."""
    (word,) = [w for w in ocr.words if w.text == text]
    box, total = word.box, sum(len(t) for t, _ in pieces)
    scraps, left = [], box.left
    for piece, conf in pieces:
        width = round(box.width * len(piece) / total)
        scraps.append(Word(text=piece, box=Box(left, box.top, width, box.height), conf=conf, line_id=word.line_id))
        left += width
    return replace(ocr, words=tuple(w for w in ocr.words if w is not word) + tuple(scraps))


def test_a_line_left_in_scraps_takes_its_surer_new_reading_and_keeps_its_label():
    page, engine = thermal_receipt(photographed=False).image, _engine()
    first = run_ocr(page, engine=engine, psm=PHOTO_PSM)
    assert "081377204519" in first.text, first.text  # the print itself is readable
    scraps = _as_scraps(first, "081377204519", [("UBI", 31.0), ("7720451", 8.0), ("9", 40.0)])
    again = reread_faint(page, scraps, engine)
    texts = [w.text for w in again.words]
    assert any("081377204519" in t for t in texts), again.text
    assert "7720451" not in texts and "UBI" not in texts  # the scraps gave way
    assert "Chat" in texts and "SEMARANG" in texts  # the line's label and the rest of the page stay


def test_a_page_read_surely_is_not_read_again():
    page, engine = thermal_receipt(photographed=False).image, _engine()
    first = run_ocr(page, engine=engine, psm=PHOTO_PSM)
    sure = replace(first, words=tuple(replace(w, conf=max(w.conf, 90.0)) for w in first.words))
    assert unread_lines(page, sure.words) == []
    assert reread_faint(page, sure, engine) is sure


def _word(text: str, conf: float, left: int, width: int) -> Word:
    return Word(text=text, box=Box(left, 100, width, 12), conf=conf, line_id=0)


def test_a_new_reading_replaces_scraps_only_when_clearly_surer():
    scraps = [_word("KA", 79, 100, 20), _word("Chat", 95, 130, 40), _word("UBI", 64, 200, 30),
              _word("7900005", 8, 232, 70), _word("3", 76, 304, 10)]
    clear = [("WA", 95.0, Box(100, 100, 20, 12)), ("Chat", 91.0, Box(130, 100, 40, 12)),
             ("08179000053", 64.0, Box(200, 100, 114, 12))]
    assert _surer(clear, scraps)
    assert not _surer([(t, c - 25, b) for t, c, b in clear], scraps)  # about as unsure as the scraps
    assert not _surer(clear[:1], scraps)  # one word of a whole line
    # Word by word: the number's scraps and the misread "KA" give way; "Chat", read again no surer, stays.
    assert _giving_way(scraps, clear) == {0, 2, 3, 4}


def test_a_surely_read_word_the_new_reading_holds_less_of_stays():
    first = [_word("Email:", 57, 96, 49), _word("layanangsumberreajeki", 47, 148, 167), _word(".co.id", 73, 319, 47)]
    new = [("Email:", 94.0, Box(95, 100, 50, 12)), ("layanangsumberrejeki", 63.0, Box(148, 100, 167, 12)),
           ("ad", 97.0, Box(349, 100, 17, 12))]
    assert _giving_way(first, new) == {0, 1}  # ".co.id" stays, "ad" is not put beside it


def test_a_page_read_mostly_as_scraps_is_not_read_again_line_by_line():
    """Such a page lies turned (the pipeline reads it again turned) or holds no print."""
    page, engine = thermal_receipt(photographed=False).image, _engine()
    first = run_ocr(page, engine=engine, psm=PHOTO_PSM)
    # Every third word read surely (enough to measure the print by), the others scraps.
    unsure = replace(first, words=tuple(replace(w, conf=90.0 if i % 3 == 0 else 30.0)
                                        for i, w in enumerate(first.words)))
    assert unread_lines(page, unsure.words) == []
    assert reread_faint(page, unsure, engine) is unsure


def test_a_word_whose_digits_the_new_reading_took_for_letters_stays():
    # A prescription's signa, unsure because it is no word of the language: read again, its "1" came out an "i".
    first = [_word("R/", 92, 40, 20), _word("S3dd1ecth", 44, 70, 90)]
    new = [("R/", 95.0, Box(40, 100, 20, 12)), ("S3ddicth", 78.0, Box(70, 100, 88, 12))]
    assert _giving_way(first, new) == {0}
    # With its digits kept, the surer reading is taken.
    assert _giving_way(first, [new[0], ("S3dd1cth", 78.0, Box(70, 100, 88, 12))]) == {0, 1}
