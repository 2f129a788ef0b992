"""Table headers whose captions a narrow column wraps onto two lines, on synthetic OCR words.

A browser centres a one-line caption ("Nama", "Keterangan") between the two lines of its neighbour
("Tanggal" / "Lahir"), so OCR reads the header as three rows that overlap.  The wrapped caption is one
header: the cells under it are its values, and the captions beside it keep their own columns.  Each rule is
checked with the values it must cover, look-alikes it must leave alone, and what OCR does to the caption.
"""
from __future__ import annotations

import pytest

from conftest import CW, LH, Layout, count_uncovered, letters, uncovered_chars
from redactor.detect import detect
from redactor.ocr import OcrResult, Word
from redactor.findings import Box


def layout(cells: list[tuple[int, int, str]]) -> Layout:
    """OCR words of cells placed at (x, y); each cell is a row of the grid `value_boxes` looks in."""
    words, grid = [], []
    for line_id, (x, y, text) in enumerate(cells):
        pos = 0
        for token in text.split(" "):
            if token:
                words.append(Word(text=token, box=Box(x + pos * CW, y, len(token) * CW, LH), conf=91.0, line_id=line_id))
            pos += len(token) + 1
        grid.append([(x, y, text)])
    width = max(w.box.right for w in words) + 20
    height = max(w.box.bottom for w in words) + 20
    return Layout(OcrResult(words=tuple(words), width=width, height=height), grid)


def _followers(top: str = "Tanggal", bottom: str = "Lahir", dates=("01-10-1972", "09-04-1969")):
    # The people travelling along on a travel order: the birth date's caption wraps over two lines, the
    # others are centred between them; a long name wraps in its narrow cell, and the row's other cells are
    # centred on the name's two lines.
    return [
        (20, 100, "Pengikut: Nama"), (460, 100, top),
        (300, 112, "Nama"), (600, 112, "Keterangan"),
        (460, 124, bottom),
        (300, 160, "Maria Hidayat"), (600, 160, "Pranata"),
        (460, 172, dates[0]),
        (300, 184, "Kusuma"), (600, 184, "Komputer"),
        (300, 220, "Puspa Wardhana"),
        (460, 232, dates[1]), (600, 232, "Staf"),
        (300, 244, "Ginting"),
    ]


def _uncovered(cells, value: str) -> list:
    lay = layout(cells)
    found = detect(lay.ocr).findings
    row = next(i for i, (_, _, text) in enumerate(cells) if text == value)
    return uncovered_chars(lay, found, value, row)


@pytest.mark.parametrize("top,bottom", [("Tanggal", "Lahir"), ("Tgl.", "Lahir"), ("Tanggal", "Lahir:"),
                                        ("Tempat/Tgl", "Lahir")])
def test_birth_dates_under_a_caption_wrapped_over_two_lines_are_covered(top, bottom):
    cells = _followers(top, bottom)
    for value in ("01-10-1972", "09-04-1969", "Maria Hidayat", "Kusuma", "Puspa Wardhana", "Ginting"):
        assert not _uncovered(cells, value), f"{value} left readable under '{top} / {bottom}'"


def test_the_captions_and_the_job_column_stay_visible():
    cells = _followers()
    for value in ("Tanggal", "Lahir", "Nama", "Keterangan", "Pranata", "Komputer", "Staf", "Pengikut: Nama"):
        lay = layout(cells)
        row = next(i for i, (_, _, text) in enumerate(cells) if text == value)
        missing = uncovered_chars(lay, detect(lay.ocr).findings, value, row)
        assert len(missing) == len(value.replace(" ", "")), f"{value} was covered"


def test_a_wrapped_caption_that_names_no_one_makes_no_birth_date_column():
    # "Tanggal / Kegiatan" (the date of an activity) heads public dates: they stay visible.
    cells = _followers("Tanggal", "Kegiatan", dates=("01-10-2025", "09-04-2025"))
    lay = layout(cells)
    found = detect(lay.ocr).findings
    assert not [f for f in found if f.category == "birth_date"], found
    row = next(i for i, (_, _, text) in enumerate(cells) if text == "01-10-2025")
    assert len(uncovered_chars(lay, found, "01-10-2025", row)) == len("01-10-2025")


def test_the_first_row_right_under_a_caption_is_not_read_as_its_second_line():
    # A dense table: the first row sits at line spacing under the header.  "Nama" + "Budi Santoso" is no
    # caption: the name stays a value of the column, and the caption stays visible.
    cells = [
        (20, 100, "No"), (80, 100, "Nama"), (300, 100, "Tanggal Lahir"), (480, 100, "Jabatan"),
        (20, 124, "1"), (80, 124, "Budi Santoso"), (300, 124, "12-03-1980"), (480, 124, "Staf"),
        (20, 148, "2"), (80, 148, "Wulan Pardede"), (300, 148, "02-11-1985"), (480, 148, "Analis"),
    ]
    for value in ("Budi Santoso", "12-03-1980", "Wulan Pardede", "02-11-1985"):
        assert not _uncovered(cells, value), f"{value} left readable"
    lay = layout(cells)
    found = detect(lay.ocr).findings
    for value in ("Nama", "Jabatan", "Staf", "Analis"):
        row = next(i for i, (_, _, text) in enumerate(cells) if text == value)
        assert len(uncovered_chars(lay, found, value, row)) == len(value), f"{value} was covered"


def _queue(birth_top: str = "Tgl. Lahir /", birth_bottom: str = "Umur"):
    # A health centre's queue: the birth date's caption wraps under its slash, the other captions sit
    # between its two lines; each row's two-line cells (a date over the age, the payer over its card's
    # number) start higher than its one-line cells, which the browser centres.
    cells = [(1250, 96, birth_top)]
    cells += [(20, 108, "Antrian"), (110, 108, "No. RM"), (220, 108, "Nama Pasien"), (1200, 108, "JK"),
              (1600, 108, "Alamat"), (1900, 108, "Poli"), (2000, 108, "Penjamin"), (2140, 108, "Status")]
    cells += [(1250, 120, birth_bottom)]
    for k, (rm, name, born, age, addr, card) in enumerate([
            ("06.11.39", "HANDOKO MAHARANI", "03-08-1962", "63 th", "Dusun Krajan RT 07/01", "0006120337732"),
            ("02.53.04", "Fajar Tanjung Ramadhan", "19-12-2006", "19 th", "Jl. Melati No. 88", "0007564380143")]):
        y = 170 + 60 * k
        cells += [(1250, y, born), (1900, y, "Poli"), (2000, y, "BPJS")]
        cells += [(20, y + 12, f"U-00{k + 1}"), (110, y + 12, rm), (220, y + 12, name), (1200, y + 12, "P"),
                  (1600, y + 12, addr), (2140, y + 12, "Menunggu")]
        cells += [(1250, y + 24, age), (1900, y + 24, "Umum"), (2000, y + 24, card)]
    return cells


@pytest.mark.parametrize("top,bottom", [("Tgl. Lahir /", "Umur"), ("Tgl Lahir/", "Umur"), ("Tanggal Lahir /", "Usia")])
def test_a_queues_birth_dates_under_a_caption_wrapped_at_its_slash_are_covered(top, bottom):
    cells = _queue(top, bottom)
    for value in ("03-08-1962", "19-12-2006", "HANDOKO MAHARANI", "Fajar Tanjung Ramadhan", "0006120337732",
                  "0007564380143", "Dusun Krajan RT 07/01", "Jl. Melati No. 88"):
        assert not _uncovered(cells, value), f"{value} left readable under '{top} / {bottom}'"


def test_a_queues_captions_clinic_and_payer_stay_visible():
    # "Poli" and "BPJS" beside a patient's birth date read like captions: the row is a row of the table.
    cells = _queue()
    lay = layout(cells)
    found = detect(lay.ocr).findings
    for value in ("Poli", "BPJS", "Umum", "Menunggu", "Penjamin", "Nama Pasien", "Alamat", "Umur"):
        rows = [i for i, (_, _, text) in enumerate(cells) if text == value]
        for row in rows:
            assert len(uncovered_chars(lay, found, value, row)) == len(value.replace(" ", "")), f"{value} was covered"


@pytest.mark.parametrize("caption,whole", [
    ("Nama lengkap (beserta gelar)", True), ("Tgl. Lahir / Umur", True), ("JK Tgl. Lahir", True),
    ("NIP (khusus ASN)", True), ("Nama / NIP", True),
    ("Nama Budi", False), ("Lahir 12-03-1980", False), ("Lahir di Medan", False), ("/", False)])
def test_whole_captions(caption, whole):
    from redactor.detect import Detector, recognizers_for

    assert Detector(recognizers_for()).headers._whole_caption(caption) is whole


# A spreadsheet whose name column's caption OCR could not read (white on a coloured header): the names are
# found as names, their wrapped words are in the same column, and the row's other cells stand beside the
# name's last line (cells aligned at their bottom).
def _registrations(second: str = "Hidayat"):
    return [
        (20, 100, "No"), (80, 100, "Email"), (400, 100, "Wamatengkap"), (700, 100, "NIK"),
        (400, 140, "Oki Hasibuan"),
        (20, 160, "1"), (80, 160, "oki86@gmail.com"), (400, 160, second), (700, 160, "3520130804826639"),
        (400, 200, "Handoko Rahman"),
        (20, 220, "2"), (80, 220, "hnugroho@gmail.com"), (400, 220, "Nugroho, M.M."), (700, 220, "7326054710945224"),
    ]


@pytest.mark.parametrize("second", ["Hidayat", "Hidayat, S.Kom.", "Hidayat. S.E."])
def test_a_names_wrapped_words_in_a_spreadsheets_cell_are_covered(second):
    cells = _registrations(second)
    for value in ("Oki Hasibuan", second, "Handoko Rahman", "Nugroho, M.M."):
        assert not _uncovered(cells, value), f"{value} left readable"


def test_a_word_under_a_name_in_its_column_that_names_no_one_stays_visible():
    cells = _registrations("Terlambat")
    lay = layout(cells)
    row = next(i for i, (_, _, text) in enumerate(cells) if text == "Terlambat")
    assert len(uncovered_chars(lay, detect(lay.ocr).findings, "Terlambat", row)) == len("Terlambat")


def test_a_payer_alone_on_its_line_in_a_wide_table_opens_no_new_header():
    # A later patient whose birth date fits one line: only the payer's two-line cell starts higher, so
    # "BPJS" stands alone on its line, under the "Penjamin" column.
    cells = _queue()
    cells += [(2000, 290, "BPJS"),
              (20, 302, "U-003"), (110, 302, "04.75.39"), (220, 302, "MARLINA SIREGAR"), (1200, 302, "L"),
              (1250, 302, "24-05-1988"), (1600, 302, "Jl. Kenanga No. 56"), (1900, 302, "Poli Umum"), (2140, 302, "Menunggu"),
              (2000, 314, "0007110925239")]
    for value in ("MARLINA SIREGAR", "24-05-1988", "Jl. Kenanga No. 56", "0007110925239"):
        assert not _uncovered(cells, value), f"{value} left readable"
    lay = layout(cells)
    found = detect(lay.ocr).findings
    row = next(i for i, (_, y, text) in enumerate(cells) if text == "Poli Umum" and y == 302)
    assert len(uncovered_chars(lay, found, "Poli Umum", row)) == len("PoliUmum")


def _residents() -> list[tuple[int, int, str]]:
    # A village's list of aid recipients as a photo shows it: captions centred over their columns, so the
    # names and numbers start left of their captions and run on under them.
    return [
        (20, 100, "No"), (140, 100, "Nama"), (420, 100, "NIK"), (640, 100, "Dusun"), (800, 100, "RT/RW"),
        (20, 140, "1"), (80, 140, "Dewi Permana"), (340, 140, "1224016806891922"), (600, 140, "Karanganyar"),
        (790, 140, "001/009"),
        (20, 180, "2"), (80, 180, "Handoko Lumbantobing"), (340, 180, "3309115210638430"), (600, 180, "Tegalsari"),
        (790, 180, "005/001"),
        (20, 220, "3"), (80, 220, "Puspa Susanti"), (340, 220, "3414096412966324"), (600, 220, "Kebonagung"),
        (790, 220, "006/004"),
    ]


@pytest.mark.parametrize("picture", [False, True])
def test_a_picture_read_as_one_word_under_a_table_crosses_no_column(picture):
    # The foot of the photographed page (a stamp, a signature, the table's last rules) read unsurely as one
    # word boxed over the whole width: the columns are still cut at the gaps between their values.
    cells = _residents()
    lay = layout(cells)
    if picture:
        giant = Word(text="one", box=Box(60, 250, 900, 300), conf=28.0, line_id=99)
        lay = Layout(OcrResult(words=lay.ocr.words + (giant,), width=lay.ocr.width, height=600), lay.rows)
    found = detect(lay.ocr).findings
    for value in ("Karanganyar", "Tegalsari", "Kebonagung", "001/009"):
        row = next(i for i, (_, _, text) in enumerate(cells) if text == value)
        assert not uncovered_chars(lay, found, value, row), value


def test_a_caption_with_a_forms_note_in_brackets_heads_its_column():
    # A form's response sheet: "Tanggal Lahir (sesuai KTP)" is the birth date's caption, its note aside.
    cells = [(20, 100, "No"), (80, 100, "Nama (sesuai KTP)"), (400, 100, "Tanggal Lahir (sesuai KTP)"),
             (700, 100, "Keterangan"),
             (20, 140, "1"), (80, 140, "Maria Hidayat"), (400, 140, "01-10-1972"), (700, 140, "Hadir"),
             (20, 180, "2"), (80, 180, "Puspa Wardhana"), (400, 180, "09-04-1969"), (700, 180, "Izin")]
    for value in ("01-10-1972", "09-04-1969", "Maria Hidayat"):
        assert not _uncovered(cells, value), f"{value} left readable"
    assert len(_uncovered(cells, "Hadir")) == len("Hadir")


def test_a_role_word_in_a_column_of_roles_labels_no_cell_under_it():
    # A travel order's list of followers: "Pengemudi" (driver) is a label of a name elsewhere, but here it is
    # one row's role over the next row's role.
    rows = [[(20, "Nama"), (260, "Tanggal Lahir"), (420, "Keterangan")],
            [(20, "Zaenal Setiawan"), (260, "11-07-1986"), (420, "Pengemudi")],
            [(20, "Kornelius Sinaga"), (260, "04-12-1988"), (420, "Analis")],
            [(20, "Tiara Lubis"), (260, "18-04-1976"), (420, "Analis")]]
    for row in (1, 2, 3):
        role = rows[row][2][1]
        assert count_uncovered(rows, role, row) == letters(role)
    assert count_uncovered(rows, "Kornelius Sinaga", 2) == 0
