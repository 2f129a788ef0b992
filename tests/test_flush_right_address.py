"""An app that sets its values flush right (a pension app's profile at device scale): an address over
three lines whose right edges align, the last one short ("Magelang, 23514"), is covered over all three;
the next field's value, right-aligned the same way beside its own label, is no part of it.  Synthetic OCR
words (conftest.make_ocr)."""
from __future__ import annotations

from conftest import CW, count_uncovered, letters

_RIGHT = 700


def _flush_right(text: str) -> tuple[int, str]:
    return _RIGHT - len(text) * CW, text


def test_an_address_set_flush_right_over_three_lines_is_covered_whole():
    lines = ["Komplek Griya Mas Blok E-6, RT 07/RW", "08, Desa Tegalrejo, Kec. Sawangan, Kab.", "Magelang, 23514"]
    rows = [[(20, "Email"), _flush_right("wsembiring@gmail.com")],
            [(20, "Alamat"), _flush_right(lines[0])],
            [(20, "Domisili"), _flush_right(lines[1])],
            [_flush_right(lines[2])],
            [(20, "Status"), _flush_right("Aktif")]]
    for line in lines:
        assert count_uncovered(rows, line) == 0, line
    assert count_uncovered(rows, "Aktif") == letters("Aktif")
