"""A narrow table's cells wrapped over several lines, on synthetic OCR words: an attendance list whose NIP,
e-mail and name columns break their values between words or in the middle of one, with a side menu and a
preview panel standing beside the table on the captions' lines.  Each value is read whole across its lines;
a table's next row at a line's spacing is not glued onto the row above; a label inside a cell stays."""
from __future__ import annotations

import pytest

from conftest import uncovered_chars
from redactor.detect import detect
from test_table_headers import layout

# (LH is 20: a cell's lines stand 26 apart, a table's rows 50 and more)


def _attendance(nip=("199211072017081", "016"), mail=("rahman.th", "eresia@g", "mail.com"), side: bool = True):
    cells = [(240, 100, "Nama"), (640, 100, "Alamat")]
    cells += [(200, 112, "No"), (400, 112, "NIP"), (560, 112, "Instansi"), (820, 112, "Check-in")]
    cells += [(240, 124, "Lengkap"), (640, 124, "Email")]
    if side:
        cells += [(20, 124, "Evaluasi"), (1250, 124, "Nomor: 001/471/WEB/IX/2025")]
    cells += [(200, 180, "1"), (240, 180, "Theresia"), (400, 180, nip[0]), (560, 180, "RSUD"), (640, 180, mail[0]),
              (820, 180, "09:58:23")]
    cells += [(240, 206, "Rahman"), (400, 206, nip[1]), (560, 206, "Tidar"), (640, 206, mail[1])]
    cells += [(640, 232, mail[2])]
    if side:
        cells += [(1250, 206, "diberikan kepada:")]
    cells += [(200, 290, "2"), (240, 290, "Citra"), (400, 290, "19660806 201103"), (560, 290, "SMP"),
              (640, 290, "c.pratama@gmail.com"), (820, 290, "09:01:31")]
    cells += [(240, 316, "Pratama"), (400, 316, "2 006"), (560, 316, "Negeri 3")]
    # (the table stands right of a side menu, a panel's gap off it)
    return [(x if x < 100 or x > 1000 else x + 100, y, text) for x, y, text in cells]


def _uncovered(cells, value):
    lay = layout(cells)
    found = detect(lay.ocr).findings
    rows = [i for i, (_, _, text) in enumerate(cells) if text == value]
    assert rows, f"test bug: {value!r}"
    return sum(len(uncovered_chars(lay, found, value, row)) for row in rows)


@pytest.mark.parametrize("side", [False, True])
def test_values_wrapped_in_narrow_cells_are_covered_on_every_line(side):
    cells = _attendance(side=side)
    for value in ("199211072017081", "016", "rahman.th", "eresia@g", "mail.com", "Theresia", "Rahman",
                  "19660806 201103", "2 006", "Citra", "Pratama"):
        assert not _uncovered(cells, value), f"{value} left readable"


@pytest.mark.parametrize("nip,mail", [
    (("19921107201708l", "O16"), ("rahman.th", "eresia@g", "mail.com")),  # OCR's l and O in the number
    (("199211072017081", "016"), ("rahman.th", "eresia@g", "maiI.com")),   # an I for an l in the domain
])
def test_ocr_noise_in_a_wrapped_cell_still_joins(nip, mail):
    cells = _attendance(nip=nip, mail=mail)
    for value in (*nip, *mail):
        assert not _uncovered(cells, value), f"{value} left readable"


def test_captions_times_and_the_panels_beside_stay_visible():
    cells = _attendance()
    for value in ("No", "NIP", "Instansi", "Check-in", "09:58:23", "RSUD", "Tidar", "SMP", "Evaluasi"):
        assert _uncovered(cells, value) == len(value.replace(" ", "")), f"{value} was covered"


def test_a_tables_next_row_at_a_lines_spacing_is_not_glued_on():
    # Rows of one line each, every column filled: "Analis" under "Pengemudi" is the next row's role, and two
    # numbers that each read as half a number are two rows' reference numbers, not one value.
    cells = [(20, 100, "Nama"), (260, 100, "No. Surat"), (480, 100, "Keterangan"),
             (20, 126, "Zaenal Setiawan"), (260, 126, "800/1992/11"), (480, 126, "Pengemudi"),
             (20, 152, "Kornelius Sinaga"), (260, 152, "0720170810/16"), (480, 152, "Analis")]
    for value in ("800/1992/11", "0720170810/16", "Analis"):
        assert _uncovered(cells, value) == len(value.replace(" ", "")), f"{value} was covered"


def test_a_label_on_a_cells_first_line_stays():
    # A payer's name over its card's number in one cell: the number is covered, "BPJS" is not.
    cells = [(20, 100, "Nama Pasien"), (300, 100, "Penjamin"), (500, 100, "Status"),
             (20, 160, "Fajar Tanjung"), (300, 148, "BPJS"), (500, 160, "Menunggu"),
             (300, 174, "0007564380143")]
    assert _uncovered(cells, "BPJS") == 4
    assert not _uncovered(cells, "0007564380143")



def test_a_tables_rows_set_close_are_not_one_cell_when_ocr_missed_their_numbers():
    """A statistics table's district column as OCR read a browser's tight table (text 13 px high, rows 31 px
    apart), the row numbers and short counts of its later rows not read: each row stands as far from the one
    above as the rows before it, so no district is a line of the one above's cell (five districts had been
    read as one name and covered)."""
    from redactor.detect import recognizers_for
    from redactor.detect.engine import Detector
    from redactor.detect.layout import build_rows
    from redactor.detect.page import Page
    from redactor.detect.tables import cell_lines
    from redactor.findings import Box
    from redactor.ocr import Word

    rows = [[(45, "No"), (131, "Kecamatan"), (313, "Jumlah"), (370, "Desa"), (506, "Penduduk")],
            [(34, "1"), (94, "Prambanan"), (276, "7"), (474, "130.442")], [(94, "Mlati"), (474, "121.664")],
            [(93, "Cangkringan"), (276, "12"), (474, "117.208")], [(92, "Turi"), (276, "11"), (472, "64.458")],
            [(93, "Gamping"), (472, "55.132")], [(92, "Tempe"), (472, "26.250")], [(94, "Ngaglik"), (473, "78.366")],
            [(93, "Godean"), (472, "49.343")]]
    # (a word with descenders is boxed taller: 16 px)
    words = [Word(text=text, box=Box(left, 98 + 31 * r, 9 * len(text), 16 if set(text) & set("gpjqy") else 13),
                  conf=95.0, line_id=r) for r, row in enumerate(rows) for left, text in row]
    page = Page(rows=build_rows(words))
    Detector(recognizers_for()).headers.find_table_columns(page)
    turi = next(s for row in page.rows for s in row.segments if s.text == "Turi")
    assert page.header_of(turi) is not None  # (a cell of the table)
    assert [line.text for line in cell_lines(page, turi)] == ["Turi"]
