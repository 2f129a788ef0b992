"""End to end with real Tesseract: a form laid out in a grid, each row of labels over its one row of values.

A tax portal's profile sets three fields to a row, the labels over their values.  A long home address
wraps inside its cell onto a second line, right under the first at the line's spacing; that line is still
the address, though the row of labels heads only one row of values.  The next row of labels, and what
stands under it, are read as before.
"""
from __future__ import annotations

import pytest
from PIL import Image

from test_screens_e2e import Screen, _redact, assert_covered, assert_unchanged

pytestmark = pytest.mark.usefixtures("tesseract")

COLUMNS = (40, 480, 920)
ADDRESS = ("GG. MAWAR NO 76, RT 9/RW 9, DUSUN KRAJAN, DESA", "WRINGIN, KAB. BONDOWOSO, 67159")
BUSINESS = ("85220 - PENDIDIKAN MENENGAH UMUM/SEKOLAH MENENGAH", "ATAS")


def _tax_profile() -> Screen:
    """Labels in grey over values in black, three fields to a row; the address and the business line each
    wrap onto a second line in their cells.  Keys: "label<row>_<column>", "value<row>_<column>_<line>"."""
    s = Screen(Image.new("RGB", (1366, 380), (255, 255, 255)))
    grey, ink = (110, 110, 110), (30, 30, 30)
    grid = [
        (("NPWP (15 digit)", "NPWP 16 Digit", "Nomor Identitas (NIK)"),
         (("93.176.738.2-377.821",), ("0931767382377821",), ("3320074912739883",))),
        (("Nama WP", "Alamat Tempat Tinggal", "Alamat Email"),
         (("DIMAS FIRMANSYAH",), ADDRESS, ("dfirmansyah@gmail.com",))),
        (("Nomor Telepon Seluler", "Klasifikasi Lapangan Usaha", "KPP Terdaftar"),
         (("08321506483",), BUSINESS, ("KPP Pratama Bondowoso",))),
    ]
    y = 30
    for r, (labels, values) in enumerate(grid):
        for k, (x, label, lines) in enumerate(zip(COLUMNS, labels, values)):
            s.text(f"label{r}_{k}", (x, y), label, grey, 13)
            for n, line in enumerate(lines):
                s.text(f"value{r}_{k}_{n}", (x, y + 20 + 17 * n), line, ink, 14)
        y += 20 + 17 * max(len(v) for v in values) + 30
    return s


@pytest.fixture(scope="module")
def redacted(tmp_path_factory):
    screen = _tax_profile()
    return screen, _redact(screen, tmp_path_factory.mktemp("grid"))


def test_a_home_address_wrapped_in_its_grid_cell_is_covered_on_both_lines(redacted):
    assert_covered(*redacted, "value1_1_0", "value1_1_1")


def test_the_values_beside_it_and_above_it_are_covered(redacted):
    assert_covered(*redacted, "value1_0_0", "value1_2_0", "value0_2_0", "value2_0_0")


def test_the_next_row_of_labels_and_a_wrapped_business_line_stay_visible(redacted):
    assert_unchanged(*redacted, "label2_0", "label2_1", "label2_2", "value2_1_0", "value2_1_1", "value2_2_0")
