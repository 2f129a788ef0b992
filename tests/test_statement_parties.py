"""An account statement (mutasi rekening) in a bank's web app names the other party of each transfer in the
description: after the bank and the account number it went to ("PEMINDAHBUKUAN KE BNI 366627610416259 YULIANI
MAHENDRA 0000"), and cut to the field's width with the last word's initial left ("TRF BIFAST KE CITRA
WARDHANA W").  Synthetic OCR words (conftest.make_ocr)."""
from __future__ import annotations

from conftest import count_uncovered, letters


def _statement(*descriptions: str) -> list:
    rows = [[(20, "Tanggal"), (140, "Keterangan"), (760, "Mutasi"), (900, "Saldo")]]
    for i, text in enumerate(descriptions):
        rows.append([(20, f"0{i + 1}/06"), (140, text), (760, "1.500.000,00 DB"), (900, "8.250.000,00")])
    return rows


def test_the_party_after_the_bank_and_the_account_is_covered():
    rows = _statement("PEMINDAHBUKUAN KE BNI 366627610416259 YULIANI MAHENDRA 0000", "BIAYA ADM")
    assert count_uncovered(rows, "YULIANI MAHENDRA") == 0
    assert count_uncovered(rows, "366627610416259") == 0
    assert count_uncovered(rows, "0000") == letters("0000")


def test_a_name_read_with_a_small_l_is_still_the_party():
    rows = _statement("PEMINDAHBUKUAN KE BNI 366627610416259 YULlANI MAHENDRA 0000", "BIAYA ADM")
    assert count_uncovered(rows, "YULlANI MAHENDRA") == 0


def test_a_virtual_account_or_a_bill_after_the_number_is_no_one():
    rows = _statement("TRANSFER KE BNI 366627610416259 VIRTUAL ACCOUNT", "PEMBAYARAN KE PLN 521234567890 TAGIHAN LISTRIK")
    assert count_uncovered(rows, "VIRTUAL ACCOUNT") == letters("VIRTUAL ACCOUNT")
    assert count_uncovered(rows, "TAGIHAN LISTRIK") == letters("TAGIHAN LISTRIK")


def test_the_initial_a_cut_name_ends_with_is_covered():
    rows = _statement("TRF BIFAST KE CITRA WARDHANA W", "BIAYA ADM")
    assert count_uncovered(rows, "CITRA WARDHANA W") == 0


def test_a_capital_after_a_name_that_goes_on_is_no_initial():
    # (a word follows the letter: it is no cut name's last initial; the name's own words are covered)
    rows = _statement("TRF BIFAST KE CITRA WARDHANA A BAYAR ARISAN", "BIAYA ADM")
    assert count_uncovered(rows, "CITRA WARDHANA") == 0
    assert count_uncovered(rows, "BAYAR ARISAN") == letters("BAYAR ARISAN")
