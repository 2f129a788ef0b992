"""The one table of OCR look-alikes, and the rules that read through it."""
import re

import pytest

from redactor.detect.confusions import READ_FOR_DIGIT, TO_CAPITALS, is_thin_stroke, lookalike_class, unglue_brackets
from redactor.detect.text import normalise_digits


@pytest.mark.parametrize("digit, read_as", [(d, ch) for d, chars in READ_FOR_DIGIT.items() for ch in chars if ch.islower()])
def test_a_lower_case_look_alike_is_a_digit_inside_a_number_and_matches_the_digit_in_a_name(digit, read_as):
    # The digits rule and the system-name rule forgive the same misreads.
    assert normalise_digits(f"3273 01{read_as}5") == f"3273 01{digit}5"
    assert re.fullmatch(lookalike_class(read_as), digit)
    assert re.fullmatch(lookalike_class(read_as), read_as)


def test_a_letter_class_takes_the_other_letters_read_for_the_same_digit():
    assert re.fullmatch("".join(lookalike_class(ch) for ch in "presensi"), "pre5ens1")
    assert re.fullmatch("".join(lookalike_class(ch) for ch in "simpeg"), "slmpeq")
    assert not re.fullmatch("".join(lookalike_class(ch) for ch in "simpeg"), "sampeg")
    assert lookalike_class("e") == "e" and lookalike_class(".") == r"\."


def test_a_passport_number_and_a_name_read_through_the_same_table():
    number = "".join(lookalike_class(ch) for ch in "B1O5821")
    assert re.fullmatch(number, "8lO5B2I") and re.fullmatch(number, "B105821")
    assert not re.fullmatch(number, "B1O5822")
    assert "SANT0S0 8UDI".translate(TO_CAPITALS) == "SANTOSO BUDI"


def test_a_dollar_sign_opening_a_long_number_is_its_5_and_a_price_keeps_its_sign():
    # A shrunk, recompressed screenshot's small 5 reads as "$": "5292 7638 4853 2122" as "$292 7638 …".
    assert normalise_digits("Kartu $292 7638 4853 2122") == "Kartu 5292 7638 4853 2122"
    assert normalise_digits("NIK: $310425206014091") == "NIK: 5310425206014091"
    assert normalise_digits("harga $1,200") == "harga $1,200"
    assert normalise_digits("US$ 5") == "US$ 5"


@pytest.mark.parametrize("text", ["1", "l", "I", "i", "!", "|"])
def test_a_thin_stroke_is_what_a_colon_or_a_one_is_read_as(text):
    assert is_thin_stroke(text)


@pytest.mark.parametrize("text", [":", "11", "7", "L", "", "O"])
def test_other_marks_are_no_thin_stroke(text):
    assert not is_thin_stroke(text)


@pytest.mark.parametrize("raw, unglued", [
    ("Subjek: IRAHASIAJ Rekap", "Subjek: [RAHASIA] Rekap"),
    ("Fwd: lSANGAT RAHASIAl Data", "Fwd: [SANGAT RAHASIA] Data"),
    ("|CONFIDENTIAL|", "[CONFIDENTIAL]"),
    ("(ITERBATAS1)", "([TERBATAS])"),
    ("IRAHASIAJ REKAP NILAI", "[RAHASIA] REKAP NILAI"),
    ("Fwd: lSANGAT RAHASIA] Data", "Fwd: [SANGAT RAHASIA] Data"),  # one of them read right
    ("Fwd: lSANGAT RAHASIA) Nota", "Fwd: [SANGAT RAHASIA) Nota"),  # the other read as a parenthesis
    ("(SANGAT RAHASIA)", "(SANGAT RAHASIA)"),  # the nearest closing one, in a subject in capitals
])
def test_brackets_read_as_letters_glued_to_capitals_are_put_back(raw, unglued):
    assert unglue_brackets(raw) == unglued


@pytest.mark.parametrize("text", [
    "Ini bukan rahasia lagi", "Iwan pergi ke BANDUNG", "Kode RAHASIAKU", "lihat halaman 1", "INFO: l2 Mei",
])
def test_ordinary_words_keep_their_letters(text):
    assert unglue_brackets(text) == text
