"""End to end with real Tesseract: a cell of a photographed table that OCR reads nothing in (a value printed
faint by a printer running dry), in a column whose other cells were read and found, is covered where its ink
is; the table's headings, its rules, its blank rows and the lines under it stay as they were."""
from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from redactor.config import Config
from test_documents_e2e import Document, _photographed, assert_visible, run

pytestmark = pytest.mark.usefixtures("tesseract")

FAINT = (176, 176, 176)
COLUMNS = [30, 70, 290, 480, 610, 730, 850, 950, 1130, 1330]
HEADS = ["No", "Nama Lengkap", "NIK", "Jenis Kelamin", "Tempat Lahir", "Tanggal Lahir", "Agama", "Pendidikan",
         "Jenis Pekerjaan"]
MEMBERS = [["1", "BAMBANG SUSANTO", "3404071203780011", "LAKI-LAKI", "SLEMAN", "12-03-1978", "ISLAM",
            "SLTA/SEDERAJAT", "WIRASWASTA"],
           ["2", "SRI WAHYUNI", "3404075508820002", "PEREMPUAN", "KLATEN", "15-08-1982", "ISLAM",
            "SLTA/SEDERAJAT", "GURU"],
           ["3", "DIMAS SUSANTO", "3404070110090003", "LAKI-LAKI", "SLEMAN", "01-10-2009", "KATOLIK",
            "SLTP/SEDERAJAT", "PELAJAR/MAHASISWA"],
           ["4", "AYU SUSANTI", "3404074104120004", "PEREMPUAN", "SLEMAN", "01-04-2012", "HINDU",
            "SD/SEDERAJAT", "PELAJAR/MAHASISWA"]]
TOP = 170
ROW = 36


def family_card(faint: set[tuple[int, int]], blank_rows: int = 2, replaced: dict | None = None) -> Document:
    """A family card's member table; the cells in `faint` (row, column) printed pale, and `blank_rows` empty
    rows under the members, as the form leaves them."""
    doc = Document(Image.new("RGB", (1360, 760), (250, 248, 240)))
    draw = ImageDraw.Draw(doc.image)
    doc.text((520, 20), "KARTU KELUARGA", size=28, bold=True, key="title")
    doc.text((30, 80), "Nama Kepala Keluarga", size=16, key="head label")
    doc.text((240, 80), ":", size=16)
    doc.text((252, 80), "BAMBANG SUSANTO", size=16, key="head")
    rows = len(MEMBERS) + blank_rows
    bottom = TOP + 40 + rows * ROW
    draw.rectangle((COLUMNS[0], TOP, COLUMNS[-1], bottom), outline=(60, 60, 60), width=2)
    for x in COLUMNS[1:-1]:
        draw.line([(x, TOP), (x, bottom)], fill=(60, 60, 60), width=1)
    draw.line([(COLUMNS[0], TOP + 40), (COLUMNS[-1], TOP + 40)], fill=(60, 60, 60), width=2)
    for x, head in zip(COLUMNS, HEADS):
        doc.text((x + 6, TOP + 12), head, size=14, bold=True, key=head)
    for n, member in enumerate(MEMBERS):
        member = [(replaced or {}).get((n, column), value) for column, value in enumerate(member)]
        y = TOP + 50 + n * ROW
        for column, (x, value) in enumerate(zip(COLUMNS, member)):
            fill = FAINT if (n, column) in faint else (25, 25, 25)
            doc.text((x + 6, y), value, size=14, fill=fill, key=f"{n}:{column}")
    for n in range(len(MEMBERS), rows):
        doc.boxes[f"blank {n}"] = (COLUMNS[1] + 2, TOP + 42 + n * ROW, COLUMNS[-1] - 2, TOP + 40 + (n + 1) * ROW - 2)
    doc.text((30, bottom + 40), "Dikeluarkan Tanggal :", size=16, key="issued label")
    doc.text((220, bottom + 40), "06-03-2019", size=16, key="issued")
    doc.text((820, bottom + 80), "KEPALA DINAS KEPENDUDUKAN DAN", size=15, bold=True, key="office")
    doc.text((820, bottom + 102), "PENCATATAN SIPIL KABUPATEN SLEMAN", size=15, bold=True, key="office 2")
    return doc


def _photographed_keeping_the_glyphs(doc: Document, seed: int) -> tuple[Document, dict[str, np.ndarray]]:
    """The document photographed, and each drawn text's glyph pixels as drawn (a pale value's glyphs stand
    out of the photo's grain by too little to be told from it there)."""
    flat = np.asarray(doc.image.convert("L")).astype(int)
    glyphs = {}
    for key, (left, top, right, bottom) in doc.boxes.items():
        area = flat[top:bottom, left:right]
        glyphs[key] = np.abs(area - np.median(area)) > 40
    return _photographed(doc, seed), glyphs


def assert_glyphs_black(doc: Document, glyphs: dict[str, np.ndarray], out: np.ndarray, key: str):
    left, top, right, bottom = doc.boxes[key]
    mask = glyphs[key]
    assert mask.any(), f"test bug: no glyphs for {key!r}"
    covered = (out[top:bottom, left:right] == 0).all(axis=-1)
    share = covered[mask].mean()
    assert share == 1.0, f"{key!r}: only {share:.0%} of its glyphs are covered"


def _nothing_covered(out: np.ndarray, box) -> bool:
    left, top, right, bottom = box
    return not (out[top:bottom, left:right] == 0).all(axis=-1).any()


@pytest.mark.parametrize("faint", [{(3, 6)}, {(1, 6)}, {(3, 6), (3, 7)}], ids=["last row", "middle row", "two cells"])
def test_a_faint_cell_of_a_family_cards_member_table_is_covered_its_headings_and_blank_rows_stay(tmp_path, faint):
    doc, glyphs = _photographed_keeping_the_glyphs(family_card(faint), seed=7)
    _, out = run(doc, tmp_path, name="kk.jpg", config=Config(), quality=85)
    for n in range(len(MEMBERS)):
        for column in range(1, 9):
            assert_glyphs_black(doc, glyphs, out, f"{n}:{column}")
    for key in ("title", "head label", "Agama", "Pendidikan", "Tanggal Lahir", "issued label", "issued", "office",
                "office 2"):
        assert_visible(doc, out, key)
    for n in range(len(MEMBERS), len(MEMBERS) + 2):
        assert _nothing_covered(out, doc.boxes[f"blank {n}"]), f"blank row {n} was covered"


def test_a_faint_cell_under_a_column_of_harmless_values_stays(tmp_path):
    """The row numbers are read and found by nothing: their column is no sensitive column, and a pale number
    in it is left as it is."""
    doc = _photographed(family_card({(2, 0)}), seed=7)
    _, out = run(doc, tmp_path, name="kk.jpg", config=Config(), quality=85)
    assert _nothing_covered(out, doc.boxes["2:0"])
    assert_visible(doc, out, "1:0")


def test_a_cell_read_but_not_found_in_a_column_of_one_kind_is_covered(tmp_path):
    """The last member's NIK as OCR may misread it (a "0" as "#", drawn so here): under three NIKs found, it is
    one too."""
    doc = _photographed(family_card(set(), replaced={(3, 2): "34040741#4120004"}), seed=7)
    _, out = run(doc, tmp_path, name="kk.jpg", config=Config(), quality=85)
    for n in range(len(MEMBERS)):
        assert_glyphs_black(doc, {f"{n}:2": _glyphs(doc, f"{n}:2")}, out, f"{n}:2")
    for key in ("NIK", "Jenis Kelamin", "issued"):
        assert_visible(doc, out, key)


def _glyphs(doc: Document, key: str) -> np.ndarray:
    left, top, right, bottom = doc.boxes[key]
    area = np.asarray(doc.image.convert("L")).astype(int)[top:bottom, left:right]
    return np.abs(area - np.median(area)) > 100


# A staff list on an office monitor, photographed: No | NIP | Nama | Jabatan | Unit Kerja | No. HP.
STAFF_COLUMNS = [30, 80, 330, 600, 900, 1100]
STAFF_HEADS = ["No", "NIP", "Nama", "Jabatan", "Unit Kerja", "No. HP"]
STAFF = [["1", "197110132007091004", "Novita Saputra", "Pengelola Keuangan", "Bidang Mutasi", "0852-2190-0563"],
         ["2", "199001222019032015", "Hesti Iskandar", "Kepala Sub Bagian Umum", "Bidang Pengembangan", "0855-2312-8930"],
         ["3", "198604252018111012", "Kartika Susanti", "Arsiparis Terampil", "UPT Puskesmas", "0891-4656-7080"],
         ["4", "198908042020092007", "Puspa Nugroho", "Statistisi Ahli Pertama", "Subbag Umum", "0874-1060-7357"],
         ["5", "199305072014052018", "Teguh Iskandar", "Pranata Komputer Ahli Pertama", "Bidang Mutasi", "0824-9808-6167"],
         ["6", "196508181996011011", "Citra Prasetyo", "Analis Kepegawaian Ahli Muda", "Bidang Informasi", "0837-6699-3410"]]


def staff_list(faint: set[int]) -> Document:
    """The list as the screen shows it, the NIPs of the rows in `faint` lost in the screen's glare (drawn pale),
    and the monitor's moiré over it all: bands of light and shade a few rows wide."""
    doc = Document(Image.new("RGB", (1300, 520), (250, 250, 250)))
    draw = ImageDraw.Draw(doc.image)
    draw.rectangle((0, 0, 1300, 50), fill=(0, 102, 153))
    doc.text((30, 14), "Data Pegawai", size=20, bold=True, fill=(255, 255, 255), key="title")
    top = 80
    draw.rectangle((30, top, 1280, top + 36), fill=(235, 237, 240))
    for x, head in zip(STAFF_COLUMNS, STAFF_HEADS):
        doc.text((x + 6, top + 10), head, size=15, bold=True, key=head)
    for n, member in enumerate(STAFF):
        y = top + 46 + n * 44
        if n % 2:
            draw.rectangle((30, y - 8, 1280, y + 30), fill=(240, 242, 245))
        for column, (x, value) in enumerate(zip(STAFF_COLUMNS, member)):
            fill = FAINT if column == 1 and n in faint else (35, 35, 40)
            doc.text((x + 6, y), value, size=16, fill=fill, key=f"{n}:{column}")
    pixels = np.asarray(doc.image).astype(np.float32)
    yy, xx = np.mgrid[0:pixels.shape[0], 0:pixels.shape[1]].astype(np.float32)
    moire = 1 + 0.09 * np.cos(2 * np.pi * (xx * 0.8 + yy * 0.6) / 70)
    doc.image = Image.fromarray(np.clip(pixels * moire[..., None], 0, 255).astype(np.uint8))
    return doc


def test_a_staff_lists_unread_nips_above_and_below_the_read_ones_are_covered_on_a_photographed_screen(tmp_path):
    """The first and the last NIP are not read (pale in the glare): their rows hold a name and a phone found
    beside a position and a unit that are harmless, and they are rows of the table all the same, since the
    column of names runs through them.  The moiré's bands, lighter and darker across one cell, are no ink."""
    doc, glyphs = _photographed_keeping_the_glyphs(staff_list({0, 5}), seed=3)
    _, out = run(doc, tmp_path, name="screen.jpg", config=Config(), quality=85)
    for n in range(len(STAFF)):
        left, top, right, bottom = doc.boxes[f"{n}:1"]
        mask = _glyphs(doc, f"{n}:1") | glyphs[f"{n}:1"]
        covered = (out[top:bottom, left:right] == 0).all(axis=-1)[mask].mean()
        # (a pale digit's anti-aliased foot may stand a pixel past the ink found: no digit is read from that)
        assert covered >= 0.97, f"NIP of row {n}: only {covered:.0%} of its glyphs are covered"
    for key in ("NIP", "Nama", "Jabatan", "title", "0:3", "5:4", "0:0", "5:0"):
        assert_visible(doc, out, key)
