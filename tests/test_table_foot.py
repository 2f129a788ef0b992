"""The lines under a table (an attendance list's place and date over its signer, the signer's NIP) are no
cells of its columns: where a centred header stands right of its column's values ("No. HP" over mobile
numbers set flush left), their words do not close the gap that parts the column from the one before, and a
spaced number is read whole in its column.  On synthetic OCR words."""
from __future__ import annotations

import pytest

from conftest import CW, LH
from redactor.detect import detect
from redactor.findings import Box
from test_table_headers import layout  # cells placed at (x, y), one OCR line each

PHONES = ["0877 6132 9267", "0814 1400 8919", "0887 0440 301", "0835 5369 6121"]


def attendance(phones=PHONES, foot=("Bandung, 9 Desember 2026", "Camat,", "NIP. 197805122005011003")) -> list:
    cells = [(20, 100, "No"), (100, 100, "Nama"), (330, 100, "NIP"), (560, 100, "Jabatan/Unit Kerja"),
             (900, 100, "No. HP"), (1150, 100, "Tanda Tangan")]
    positions = ["Pengelola Keuangan", "Arsiparis Terampil", "Bidang Mutasi", "Statistisi Ahli"]
    names = ["Ayu Lestari, S.Kom", "Bayu Nugroho, M.Si", "Citra Wulandari", "Eko Prasetyo"]
    for k, (name, position, phone) in enumerate(zip(names, positions, phones)):
        y = 150 + 80 * k
        cells += [(20, y, f"{k + 1}."), (100, y, name), (330, y, f"1987011220100120{k:02d}"), (560, y, position),
                  (840, y, phone)]  # (the number starts three line heights left of its centred header)
    y = 150 + 80 * len(phones) + 20
    for line in foot:
        cells.append((700, y, line))  # the signer's block, across the gap between the two columns
        y += 34
    return cells


def _read_whole(cells, phone: str) -> bool:
    """The number is covered end to end by phone findings (a finding may box its groups one by one)."""
    (x, y, _), = [c for c in cells if c[2] == phone]
    boxes = [b for f in detect(layout(cells).ocr).findings if f.category == "phone" for b in f.boxes
             if b.top <= y < b.bottom]
    covered = set()
    for b in boxes:
        covered.update(range(b.left, b.right))
    return all(px in covered for px in range(x + 1, x + len(phone) * CW - 1) if (px - x) % CW < CW - 1
               and phone[(px - x) // CW] != " ")


def _covers(cells, text: str) -> bool:
    (x, y, _), = [c for c in cells if c[2] == text]
    box = Box(x, y, len(text) * CW, LH)
    return any(b.intersects(box) for f in detect(layout(cells).ocr).findings for b in f.boxes)


def test_each_spaced_number_is_read_whole_in_its_column_over_the_signers_block():
    cells = attendance()
    for phone in PHONES:
        assert _read_whole(cells, phone), phone


def test_the_signers_place_date_and_position_stay_readable():
    cells = attendance()
    for text in ("Bandung, 9 Desember 2026", "Camat,", "Pengelola Keuangan", "Bidang Mutasi"):
        assert not _covers(cells, text), text


@pytest.mark.parametrize("foot", [("Bandung, 9 Desernber 2O26", "Camat,"),   # OCR's misreadings
                                  ("| Bandung, 9 Desember 2026",),          # a grid's mark read before it
                                  ()])                                       # no signer's block at all
def test_spaced_numbers_read_whole_whatever_the_foot(foot):
    cells = attendance(foot=foot)
    assert all(_read_whole(cells, phone) for phone in PHONES)
