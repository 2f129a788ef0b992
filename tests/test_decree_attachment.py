"""A decree's attachment table, on synthetic OCR words: one person a row over several lines (name, degrees,
"NIP" alone, the NIP under it), the captions centred over wide columns, the values set flush left.

Each rule is checked with the values it must cover and what must stay (ranks, positions, offices), and with
the damage OCR does (the NIP's last group wrapped under it, the next column's date read right after it).
"""
from __future__ import annotations

import pytest

from conftest import count_uncovered, letters

HEADER = [(20, "NO"), (250, "Nama / NIP"), (500, "PANGKAT / GOL"), (700, "JABATAN"), (920, "UNIT KERJA")]


def _attachment(nip_line="NIP"):
    # Two people; OCR reads each row's number glued to the name across the cells' gap; the NIP stands under a
    # line holding "NIP" alone and the rank's second line.
    return [
        HEADER,
        [(20, "1"), (300, "2"), (550, "3"), (740, "4"), (960, "5")],
        [(20, "1.  FAJAR WIBOWO, M.SI.,"), (500, "Penata Muda"), (700, "Pranata Komputer"), (920, "Dinas Kesehatan")],
        [(60, "M.M."), (500, "Tk. I"), (700, "Ahli Pertama")],
        [(60, nip_line), (500, "III/b")],
        [(60, "197803222012032011")],
        [(20, "2.  INDAH MAHENDRA, S.SOS."), (500, "Pengatur Tk. I"), (700, "Lurah"), (920, "RSUD Tidar")],
        [(60, nip_line), (500, "II/d")],
        [(60, "197302272019031018")],
    ]


@pytest.mark.parametrize("nip_line", ["NIP", "NIP."])
@pytest.mark.parametrize("value, row", [("FAJAR WIBOWO", 2), ("INDAH MAHENDRA, S.SOS.", 6)])
def test_each_name_under_a_centred_caption_is_covered_whole(nip_line, value, row):
    assert count_uncovered(_attachment(nip_line), value, row) == 0


def _page_of(rows):
    from conftest import make_ocr
    from redactor.detect import recognizers_for
    from redactor.detect.engine import Detector
    from redactor.detect.layout import build_rows
    from redactor.detect.page import Page

    page = Page(rows=build_rows(make_ocr(rows).ocr.words))
    Detector(recognizers_for()).headers.find_table_columns(page)
    return page


@pytest.mark.parametrize("nip_line", ["NIP", "NIP."])
def test_every_line_of_a_persons_cell_stands_under_the_name_caption(nip_line):
    # The values start flush left, far left of the centred caption, and few run on under it; "NIP" alone
    # beside a rank's second line is a line of the cell, not a new row of captions.
    page = _page_of(_attachment(nip_line))
    assert page.header_rows == {0}
    for row in page.rows[2:]:
        for seg in row.segments:
            header = page.header_of(seg)
            expected = "NO" if seg.box.left < 40 else "Nama / NIP" if seg.box.left < 400 else None
            if expected is not None:
                assert header is not None and header.text == expected, f"{seg.text!r} under {header and header.text!r}"


@pytest.mark.parametrize("value, row", [("Penata Muda", 2), ("Pranata Komputer", 2), ("Dinas Kesehatan", 2),
                                        ("Lurah", 6), ("RSUD Tidar", 6), ("PANGKAT / GOL", 0), ("UNIT KERJA", 0)])
def test_ranks_positions_offices_and_captions_stay(value, row):
    assert count_uncovered(_attachment(), value, row) == letters(value)


def _wrapped_nip(date="15-11-1981"):
    # A NIP written in its four groups, the last wrapped under it; the next column's birth date beside it.
    return [
        [(60, "Handoko Rahman"), (380, "Bantul,"), (600, "Penata Tk. I")],
        [(60, "NIP. 19811115 202011 1"), (380, date), (600, "III/d")],
        [(60, "017")],
    ]


@pytest.mark.parametrize("date", ["15-11-1981", "15/11/1981"])
@pytest.mark.parametrize("value, row", [("19811115 202011 1", 1), ("017", 2)])
def test_a_nip_whose_last_group_wrapped_under_it_beside_a_date_is_covered(date, value, row):
    assert count_uncovered(_wrapped_nip(date), value, row) == 0


def test_a_number_beside_a_date_that_makes_no_nip_with_the_line_under_it_stays():
    rows = [[(60, "Nomor 800/1234/2025"), (380, "15-11-2025")], [(60, "017")]]
    assert count_uncovered(rows, "017", 1) == letters("017")


@pytest.mark.parametrize("caption", ["NAMA DAN NIP", "Nama dan NIP", "Nama & NIP"])
def test_a_name_and_nip_caption_heads_its_column(caption):
    rows = [[(20, "NO"), (80, caption), (420, "JABATAN"), (640, "UNIT KERJA")],
            [(20, "1"), (80, "RATNA SITORUS,"), (420, "Bidan Ahli Pertama"), (640, "Puskesmas Mertoyudan")],
            [(80, "S.SOS., M.M.")],
            [(80, "NIP 19860225 200510 2 015")]]
    page = _page_of(rows)
    assert page.header_rows == {0}
    assert all(page.header_of(seg).text == caption for row in page.rows[1:] for seg in row.segments
               if 70 <= seg.box.left < 400)
