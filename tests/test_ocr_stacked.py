"""A table cell of two lines that a photographed page's reading joined into one line of scraps, read again
alone with real Tesseract: the name and the NIP come back; cells read well, and a large heading read
surely, are not read again."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.config import Config
from redactor.findings import Box
from redactor.ocr import Word, get_engine, run_ocr
from redactor.ocr.prepare import prepare
from redactor.ocr.stacked import reread_stacked_cells, stacked_cells

pytestmark = pytest.mark.usefixtures("tesseract")

PHOTO_READING = 4  # how the pipeline reads a photographed page
EDGES = (20, 70, 440, 660, 900)
ROWS = [("Rina Gunadi Ramadhan, S.T.", "198011112006092013", "Penata Tk. I / III.d", "Arsiparis"),
        ("Eko Kusuma", "199405112016102006", "Pengatur / II.c", "Perencana Ahli Muda"),
        ("Nuraini Ginting Siregar", "198505222014011016", "Pengatur / II.c", "Bendahara")]
TOP, PITCH = 60, 64


def _engine():
    config = Config()
    return get_engine(config.lang, config.tesseract_cmd, config.ocr_timeout, config.tessdata)


def _staff_list(pitch: int = PITCH, name_at: int = 10, nip_at: int = 34) -> Image.Image:
    """An annex's staff list: each "Nama / NIP" cell the name over the NIP, the rank and position beside."""
    image = Image.new("RGB", (920, TOP + pitch * len(ROWS) + 20), "white")
    draw = ImageDraw.Draw(image)
    for x, title in zip(EDGES, ("No", "Nama / NIP", "Pangkat / Gol.", "Jabatan")):
        draw.text((x + 8, TOP - 34), title, fill=(20, 20, 20), font=font(16, bold=True))
    for r, (name, nip, rank, position) in enumerate(ROWS):
        y = TOP + r * pitch
        middle = (name_at + nip_at) // 2
        draw.rectangle((EDGES[0], y, EDGES[-1], y + pitch), outline=(40, 40, 40), width=2)
        draw.text((EDGES[0] + 8, y + middle), str(r + 1), fill=(20, 20, 20), font=font(16))
        draw.text((EDGES[1] + 8, y + name_at), name, fill=(20, 20, 20), font=font(16))
        draw.text((EDGES[1] + 8, y + nip_at), f"NIP. {nip}", fill=(20, 20, 20), font=font(16))
        draw.text((EDGES[2] + 8, y + middle), rank, fill=(20, 20, 20), font=font(16))
        draw.text((EDGES[3] + 8, y + middle), position, fill=(20, 20, 20), font=font(16))
    for x in EDGES:
        draw.line((x, TOP, x, TOP + pitch * len(ROWS)), fill=(40, 40, 40), width=2)
    return image


def _in_cell(word: Word, row: int, pitch: int = PITCH) -> bool:
    y = TOP + row * pitch
    return EDGES[1] <= word.box.left < EDGES[2] and y <= word.box.top + word.box.height / 2 <= y + pitch


def _joined(words: list[Word], row: int, pitch: int = PITCH) -> tuple[list[Word], list[Word]]:
    """What the photo's reading made of the row's "Nama / NIP" cell: its two lines as scraps two lines tall."""
    cell = [w for w in words if _in_cell(w, row, pitch)]
    top, bottom = min(w.box.top for w in cell), max(w.box.bottom for w in cell)  # both lines' height
    scraps = [Word(text="NIP.", box=Box(EDGES[1] + 8, top, 40, bottom - top), conf=64.0, line_id=900 + row),
              Word(text="100011112006002013", box=Box(EDGES[1] + 52, top, 170, bottom - top), conf=46.0,
                   line_id=900 + row)]
    return [w for w in words if w not in cell] + scraps, scraps


def test_a_two_line_cell_read_as_one_line_of_scraps_is_read_again_alone():
    image, engine = _staff_list(), _engine()
    read = list(run_ocr(image, engine=engine, psm=PHOTO_READING).words)
    assert {"Rina", "Gunadi", "198011112006092013"} <= {w.text for w in read}  # read whole, as drawn
    joined, scraps = _joined(read, 0)
    grey, scale = prepare(image, screen=False)
    cells = stacked_cells(grey, scale, joined)
    assert len(cells) == 1
    # Widened along the cell's ink to the whole name, and no further than the cell's rule.
    assert cells[0].left <= EDGES[1] + 10 and cells[0].right >= EDGES[1] + 220 and cells[0].right <= EDGES[2] + 6
    again = reread_stacked_cells(grey, scale, joined, engine)
    texts = {w.text for w in again if _in_cell(w, 0) and w.conf >= 60}
    assert {"Rina", "Gunadi", "198011112006092013"} <= texts, texts
    assert not set(scraps) & set(again)
    # The rank and the position beside it, and the rows under it, are the page's own words, as read.
    rest = [w for w in joined if w not in scraps]
    assert [w for w in again if w in rest] == rest


def test_a_noisy_join_inside_a_wider_line_keeps_the_row_beside_it():
    """The scraps of a join come with the cell's neighbours on the same line (the rank read surely beside it):
    only the cell is read again, the rank's words stay as read."""
    image, engine = _staff_list(), _engine()
    read = list(run_ocr(image, engine=engine, psm=PHOTO_READING).words)
    joined, scraps = _joined(read, 1)
    beside = [w for w in joined if w.box.left >= EDGES[2] and TOP + PITCH <= w.box.top < TOP + 2 * PITCH]
    assert {"Pengatur", "Perencana"} <= {w.text for w in beside}
    rank = [Word(text=w.text, box=w.box, conf=w.conf, line_id=901) for w in beside]  # on the scraps' line
    joined = [w for w in joined if w not in beside] + rank
    grey, scale = prepare(image, screen=False)
    again = reread_stacked_cells(grey, scale, joined, engine)
    assert {"Eko", "Kusuma", "199405112016102006"} <= {w.text for w in again if _in_cell(w, 1)}
    assert all(word in again for word in rank)


def test_a_page_read_well_and_a_large_heading_are_not_read_again():
    image, engine = _staff_list(), _engine()
    grey, scale = prepare(image, screen=False)
    assert stacked_cells(grey, scale, run_ocr(image, engine=engine, psm=PHOTO_READING).words) == []
    # A title set twice as large as the text is two lines tall by the text's measure, but read surely.
    page = Image.new("RGB", (920, 300), "white")
    draw = ImageDraw.Draw(page)
    draw.text((20, 20), "DAFTAR PEGAWAI", fill=(20, 20, 20), font=font(40, bold=True))
    for i, line in enumerate(["Mohon data pegawai di bawah ini", "diperiksa kembali sebelum dikirim",
                              "ke bagian kepegawaian paling lambat", "hari Jumat minggu ini"]):
        draw.text((20, 100 + 28 * i), line, fill=(20, 20, 20), font=font(16))
    read = run_ocr(page, engine=engine, psm=PHOTO_READING).words
    assert any(w.text == "DAFTAR" and w.conf >= 70 for w in read)
    grey, scale = prepare(page, screen=False)
    assert stacked_cells(grey, scale, read) == []


def test_joined_cells_of_rows_one_above_the_other_are_both_read_again():
    """Rows set close: two rows' cells joined each into scraps, their areas overlapping once padded, are read
    together as one block and both come back.  A cell passed over as 'read already' had left the second
    row's name unread."""
    image, engine = _staff_list(pitch=44, name_at=4, nip_at=24), _engine()
    read = list(run_ocr(image, engine=engine, psm=PHOTO_READING).words)
    assert {"Eko", "Kusuma", "199405112016102006"} <= {w.text for w in read}  # read whole, as drawn
    joined, first = _joined(read, 0, pitch=44)
    joined, second = _joined(joined, 1, pitch=44)
    # (a photo's scraps reach past their ink: the second row's a few pixels up towards the first's)
    reaching = [Word(text=w.text, box=Box(w.box.left, w.box.top - 6, w.box.width, w.box.height + 6), conf=w.conf,
                     line_id=w.line_id) for w in second]
    joined, second = [w for w in joined if w not in second] + reaching, reaching
    grey, scale = prepare(image, screen=False)
    cells = stacked_cells(grey, scale, joined)
    assert len(cells) == 1 and cells[0].top <= min(w.box.top for w in first) \
        and cells[0].bottom >= max(w.box.bottom for w in second)
    again = reread_stacked_cells(grey, scale, joined, engine)
    texts = {w.text for w in again if w.conf >= 60}
    assert {"Rina", "Gunadi", "198011112006092013", "Eko", "Kusuma", "199405112016102006"} <= texts, texts


def test_a_cell_read_again_mostly_as_scraps_keeps_its_first_reading():
    """The new reading replaces the scraps only when it is a good reading itself (SURE_SHARE of its letters
    read surely): a crumpled receipt's line read again as more scraps ("Up Yennpr", 5 sure letters of 24)
    had gained two sure letters and been read as a name.  Asked for more than all its letters read surely,
    even the clean cell keeps its first reading; at the share used, it is replaced."""
    from redactor.ocr.rows import read_again_as_blocks
    from redactor.ocr.stacked import SURE_SHARE

    image, engine = _staff_list(), _engine()
    read = list(run_ocr(image, engine=engine, psm=PHOTO_READING).words)
    joined, scraps = _joined(read, 0)
    grey, scale = prepare(image, screen=False)
    cells = stacked_cells(grey, scale, joined)
    kept = read_again_as_blocks(grey, scale, joined, cells, engine, sure_share=1.01)
    assert kept == joined
    again = read_again_as_blocks(grey, scale, joined, cells, engine, sure_share=SURE_SHARE)
    assert not set(scraps) & set(again)
