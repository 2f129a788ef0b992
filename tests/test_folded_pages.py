"""An opened savings book photographed flat: the owner's page beside the transactions page.  Read as one
column, a line of one page ran on across the fold into the other page's line at about the same height, and a
label took the other page's words as its value.  Each half is read, and its lines rebuilt, on its own.  Also:
a parcel label's barcode is no text, so the page is not shrunk for it."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.config import Config
from redactor.detect import detect
from redactor.detect.layout import build_rows
from redactor.findings import Box
from redactor.load import load_bytes
from redactor.ocr import OcrResult, Word
from redactor.ocr.prepare import estimate_glyph_height
from redactor.ocr.reader import page_columns
from redactor.pipeline import analyse

OWNER = [("Nama", "RATNA KUSUMA DEWI"), ("No. Rekening", "5314 7821 8781 1672"), ("Alamat", "JL. MELATI NO. 12"),
         ("Kantor Cabang", "KCP SLEMAN")]
# (the ledger's lines stand at their own pitch, between the owner's page's lines)
LEDGER = [f"{day:02d}/03/25  {what:<14} {amount:>12}" for day, what, amount in
          [(2, "SETORAN TUNAI", "565,000.00"), (5, "BUNGA", "3,000.00"), (6, "BYR LISTRIK", "537,000.00"),
           (7, "GAJI", "407,000.00"), (8, "PAJAK BUNGA", "1,500.00"), (10, "BIAYA ADM", "10,000.00"),
           (14, "TARIK TUNAI", "90,000.00"), (16, "SETORAN TUNAI", "698,000.00")]]


def savings_book(tilt: float = 1.5) -> tuple[bytes, dict[str, tuple[int, int, int, int]]]:
    """The JPEG of an opened book on a dark table, a little turned, and where each owner's value is."""
    page = Image.new("RGB", (1700, 900), (244, 240, 228))
    draw = ImageDraw.Draw(page)
    draw.line([(850, 0), (850, 900)], fill=(200, 195, 180), width=3)
    where = {}
    for i, (label, value) in enumerate(OWNER):
        y = 120 + i * 70
        draw.text((50, y), label, fill=(80, 80, 90), font=font(24))
        draw.text((280, y), ":", fill=(80, 80, 90), font=font(24))
        where[value] = draw.textbbox((310, y), value, font=font(28, mono=True))
        draw.text((310, y), value, fill=(30, 30, 30), font=font(28, mono=True))
    for i, line in enumerate(LEDGER):
        draw.text((900, 95 + i * 44), line, fill=(60, 60, 70), font=font(22, mono=True))
    photo = Image.new("RGB", (2100, 1300), (60, 62, 70))
    photo.paste(page, (200, 200))
    photo = photo.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=(60, 62, 70))
    # (a camera's light falling off across the table and its sensor noise: what makes it a photo)
    rng = np.random.default_rng(1)
    light = np.linspace(1.0, 0.85, 2100, dtype=np.float32)[None, :, None]
    blotches = np.asarray(Image.fromarray(rng.normal(128, 40, (44, 70)).clip(0, 255).astype(np.uint8)).resize(
        (2100, 1300), Image.Resampling.BILINEAR), np.float32)[..., None] / 128 - 1
    noisy = np.asarray(photo).astype(np.float32) * light + 8 * blotches + rng.normal(0, 4, (1300, 2100, 3))
    buffer = io.BytesIO()
    Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8)).save(buffer, "JPEG", quality=88)
    return buffer.getvalue(), where


def test_a_fold_down_the_middle_splits_the_page_into_two_columns_and_a_form_gap_does_not():
    book = Image.new("L", (1600, 800), 255)
    draw = ImageDraw.Draw(book)
    for i in range(10):
        draw.text((60, 60 + i * 60), "Nama Nasabah  BUDI SANTOSO", fill=0, font=font(22))
        draw.text((900, 80 + i * 50), "02/03/25 SETORAN TUNAI 565,000.00", fill=0, font=font(22))
    columns = page_columns(book)
    assert len(columns) == 2
    (left, cut), (cut_again, right) = columns
    assert (left, cut_again, right) == (0, cut, 1600) and 500 < cut < 900
    # A form's labels with their values far to the right: the gap lies left of the page's middle part.
    form = Image.new("L", (1600, 800), 255)
    draw = ImageDraw.Draw(form)
    for i in range(10):
        draw.text((60, 60 + i * 60), "Nama", fill=0, font=font(22))
        draw.text((450, 60 + i * 60), ": BUDI SANTOSO WIBOWO PRATAMA NUGROHO", fill=0, font=font(22))
    assert page_columns(form) == [(0, 1600)]


def _word(text: str, left: int, top: int, height: int = 20) -> Word:
    return Word(text=text, box=Box(left, top, 12 * len(text), height), conf=92.0, line_id=0)


def test_no_line_runs_across_a_fold_and_a_tilted_label_finds_its_value_between_the_other_pages_rows():
    # The owner's page is tilted: the value stands lower than its label; the ledger's rows sit between them.
    words = [_word("Nama", 40, 100), _word(":", 300, 112), _word("RATNA", 320, 110), _word("KUSUMA", 400, 114),
             _word("DEWI", 490, 118),
             _word("02/03/25", 900, 96), _word("SETORAN", 1010, 96), _word("565,000.00", 1200, 96),
             _word("05/03/25", 900, 121), _word("BUNGA", 1010, 121), _word("3,000.00", 1200, 121)]
    folds = (800.0,)
    for row in build_rows(words, folds):
        sides = {w.box.left > 800 for seg in row.segments for w in seg.words}
        assert len(sides) == 1, row.text
    ocr = OcrResult(words=tuple(words), width=1400, height=300, folds=folds)
    names = [f for f in detect(ocr).findings if f.category == "person_name"]
    assert names and all(b.left >= 300 and b.right <= 800 for f in names for b in f.boxes)


@pytest.mark.usefixtures("tesseract")
def test_an_opened_savings_books_owner_is_covered_and_its_ledger_left(tmp_path):
    data, where = savings_book()
    analysis = analyse(load_bytes(data, "book.jpg"), Config())
    assert analysis.ocr.folds, "the fold was not found"
    found = {f.category for f in analysis.findings}
    assert {"person_name", "bank_account"} <= found
    ledger_words = [w for w in analysis.ocr.words if w.box.left > analysis.ocr.folds[0]]
    assert any("SETORAN" in w.text for w in ledger_words)
    # No finding holds words of both pages.
    fold = analysis.ocr.folds[0]
    for finding in analysis.findings:
        if finding.category in ("person_name", "bank_account", "address"):
            words = [w for w in analysis.ocr.words if any(w.box.left < b.right and b.left < w.box.right
                                                        and w.box.top < b.bottom and b.top < w.box.bottom
                                                        for b in finding.boxes)]
            assert len({w.box.left > fold for w in words}) <= 1, finding.preview


def test_a_barcodes_bars_are_no_glyphs():
    page = Image.new("L", (900, 1200), 255)
    draw = ImageDraw.Draw(page)
    rng = np.random.default_rng(3)
    x = 60
    while x < 840:  # a parcel label's barcode: a hundred bars, each several lines tall
        bar = int(rng.choice([2, 3, 4, 6]))
        draw.rectangle((x, 60, x + bar - 1, 260), fill=0)
        x += bar + int(rng.choice([2, 3, 4, 5]))
    for i in range(8):
        draw.text((60, 320 + i * 40), "Penerima Bambang Hidayat 0812 3456", fill=0, font=font(22))
    glyph = estimate_glyph_height(np.asarray(page))
    assert glyph is not None and glyph < 30


def test_a_tables_rows_going_on_across_a_wide_gap_are_one_page():
    # A family card's table: the name columns and the date columns far apart, each row level on both sides.
    table = Image.new("L", (1600, 800), 255)
    draw = ImageDraw.Draw(table)
    for i in range(10):
        draw.text((60, 60 + i * 60), "BUDI SANTOSO  3201010101010001", fill=0, font=font(22))
        draw.text((900, 60 + i * 60), "BANDUNG  01-01-1990  ISLAM", fill=0, font=font(22))
    assert page_columns(table) == [(0, 1600)]


def test_a_crease_drawn_down_the_gap_and_the_pages_edge_across_it_still_leave_a_fold():
    # The crease, a faint line inked in pieces, parts the gap between the pages into two, each narrower than a
    # fold; the page's top edge, a line across it, inks every column.
    book = Image.new("L", (1600, 800), 255)
    draw = ImageDraw.Draw(book)
    draw.line([(0, 12), (1600, 12)], fill=90, width=3)
    for top in range(30, 790, 110):
        draw.line([(800, top), (801, top + 100)], fill=150, width=4)
    text = font(22)
    for i in range(10):
        owner = "Nama Nasabah  BUDI SANTOSO"
        draw.text((770 - draw.textlength(owner, font=text), 60 + i * 60), owner, fill=0, font=text)
        draw.text((835, 80 + i * 50), "02/03/25 SETORAN TUNAI 565,000.00", fill=0, font=text)
    glyph = estimate_glyph_height(np.asarray(book))
    assert glyph is not None and 770 - 800 > -2.5 * glyph  # each side of the crease narrower than a fold
    columns = page_columns(book)
    assert len(columns) == 2 and 770 < columns[0][1] < 835


def test_an_identity_cards_portrait_beside_its_values_is_no_second_page():
    # A card's fields on the left, its portrait on the right with the city, the issue date and the signature
    # under it: the gap between them is as wide as a fold, and the lines of the two sides do not stand level,
    # but the right side holds a block far taller than a line and three lines under it, no page of text.
    card = Image.new("L", (1300, 800), 245)
    draw = ImageDraw.Draw(card)
    text = font(22)
    for i, (label, value) in enumerate([("NIK", "3201010101010001"), ("Nama", "BUDI SANTOSO"),
                                        ("Tempat/Tgl Lahir", "BANDUNG, 01-01-1990"), ("Alamat", "JL. MELATI NO. 12"),
                                        ("RT/RW", "001/002"), ("Kel/Desa", "SUKAMAJU"), ("Kecamatan", "CIBEUNYING"),
                                        ("Agama", "ISLAM"), ("Pekerjaan", "PEDAGANG")]):
        draw.text((40, 60 + i * 62), label, fill=0, font=text)
        draw.text((260, 60 + i * 62), ": " + value, fill=0, font=text)
    draw.rectangle([900, 60, 1180, 420], fill=70)
    draw.text((910, 445), "BANDUNG", fill=0, font=text)
    draw.text((910, 478), "05-09-2021", fill=0, font=text)
    draw.line([(920, 540), (960, 520), (1000, 545), (1050, 515), (1100, 540)], fill=20, width=3)
    assert page_columns(card) == [(0, 1300)]
