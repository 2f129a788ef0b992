"""A staff sheet's NIK and NIP in cells side by side, read by OCR as one word ("35010941108562119770724201812101",
the NIK's last digit cut by its cell): no number of any kind is so long, and the run was left readable.  A run
longer than any number that opens with a number whose validator checks what its digits say (a NIK's region and
birth date, a NIP's dates) is two numbers of a record read as one: covered whole.  Synthetic OCR words
(conftest.make_ocr)."""
from __future__ import annotations

from conftest import count_uncovered, letters

_HEADER = [(20, "No"), (60, "Nama"), (260, "NIK"), (420, "NIP"), (760, "Jabatan")]


def _sheet(*cells: str) -> list:
    return [_HEADER] + [[(20, str(i + 1)), (60, "Wahyu Rahayu"), (260, cell), (760, "Penata Laporan Keuangan")]
                        for i, cell in enumerate(cells)]


def test_a_nik_and_a_nip_read_as_one_word_are_covered():
    rows = _sheet("3501094110850003197707242018121016")
    assert count_uncovered(rows, "3501094110850003197707242018121016") == 0


def test_a_nik_cut_by_its_cell_and_a_nip_read_as_one_word_are_covered():
    # (the NIK's last digit and the NIP's cut by their cells: the run's first sixteen digits still make a NIK)
    rows = _sheet("35010941108500019770724201812101")
    assert count_uncovered(rows, "35010941108500019770724201812101") == 0


def test_a_long_reference_that_opens_with_no_record_number_stays():
    rows = [[(20, "ID Transaksi"), (200, "20250602123456789012345678")], [(20, "Status"), (200, "Berhasil")]]
    assert count_uncovered(rows, "20250602123456789012345678") == letters("20250602123456789012345678")
