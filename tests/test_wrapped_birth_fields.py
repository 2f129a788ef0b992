"""A pupil's or a member's place and date of birth that a narrow value column wrapped after the place's
comma or before the year ("MAKASSAR," over "20/10/2013", "BANDUNG, 16 Desember" over "2019"): the two
lines together are the birth date and both are covered; the next field's label and value stay as they
were.  Synthetic OCR words (conftest.make_ocr)."""
from __future__ import annotations

import pytest

from conftest import count_uncovered, letters


@pytest.mark.parametrize("place, rest", [("MAKASSAR,", "20/10/2013"), ("BANDUNG, 16 Desember", "2019"),
                                         ("Kota Padang,", "03-06-1991")])
def test_a_birth_field_wrapped_in_its_cell_is_covered_whole(place, rest):
    rows = [[(20, "No. KTP/NIK"), (220, "1205170711970642")],
            [(20, "TTL"), (220, place)],
            [(220, rest)],
            [(20, "Jenis Kelamin"), (220, "Perempuan")]]
    assert count_uncovered(rows, place) == 0
    assert count_uncovered(rows, rest) == 0
    assert count_uncovered(rows, "Jenis Kelamin") == letters("Jenis Kelamin")


def test_a_place_alone_under_a_birth_label_with_no_date_below_stays():
    # the next line is another field's row, not the rest of the date
    rows = [[(20, "Tempat Lahir"), (220, "MAKASSAR,")],
            [(20, "Tanggal Rapat"), (220, "20/10/2025")]]
    assert count_uncovered(rows, "20/10/2025") == letters("20/10/2025")
