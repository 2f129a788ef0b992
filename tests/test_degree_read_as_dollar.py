"""A bachelor's degree after a name with its S read as a dollar sign ("Indah Susanti, $.Kom." in a mail's
header): the degree goes with the name as "S.Kom." does, so what the cover leaves is not "$.Kom.".  Synthetic
OCR words (conftest.make_ocr)."""
from __future__ import annotations

from conftest import count_uncovered, letters


def test_a_degree_read_with_a_dollar_sign_is_covered_with_the_name():
    rows = [[(20, "Dari"), (180, "Indah Susanti, $.Kom.")], [(20, "Kepada"), (180, "bkpsdm@contohkab.go.id")]]
    assert count_uncovered(rows, "Indah Susanti, $.Kom.") == 0


def test_a_degree_read_with_a_dollar_sign_and_no_dot_is_covered_with_the_name():
    rows = [[(20, "Dari"), (180, "Indah Susanti, $.KOM")], [(20, "Kepada"), (180, "bkpsdm@contohkab.go.id")]]
    assert count_uncovered(rows, "Indah Susanti, $.KOM") == 0


def test_a_dollar_amount_after_no_name_stays():
    rows = ["Harga paket $.E 25 per bulan", "Bayar sebelum 30 Juni"]
    assert count_uncovered(rows, "$.E 25") == letters("$.E 25")
