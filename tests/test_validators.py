"""Hard rules for structured identifiers (redactor.detect.validators).

Values are the FAKE examples and near-misses of the Indonesian PII reference:
every FAKE example must pass, every near-miss must fail.
"""
from __future__ import annotations

import datetime as dt

import pytest

from redactor.detect import validators as V
from redactor.detect.text import normalise_digits


# ------------------------------------------------------------------------ NIK
@pytest.mark.parametrize("digits", [
    "3273015507879901",  # Kota Bandung, woman born 15-07-1987
    "3578106412019902",  # Kota Surabaya, woman born 24-12-2001
    "9671024503249903",  # Kota Sorong, Papua Barat Daya (2022 province code 96)
    "6571011508989903",  # Kalimantan Utara (65), man born 15-08-1998
    "3273011507870001",  # a man: day 15 as written
])
def test_nik_accepts_reference_examples(digits):
    assert V.nik(digits)


@pytest.mark.parametrize("digits, why", [
    ("3273013207879901", "day 32: impossible for a man, 32-40 < 1 for a woman"),
    ("3270015507879901", "regency code 70 is never used"),
    ("3273016902019901", "29 Feb 2001 is not a leap day"),
    ("3273010119800002", "month 19"),
    ("3273015507870000", "serial 0000"),
    ("2073015507879901", "province 20 does not exist"),
    ("3200015507879901", "regency 00"),
    ("3273005507879901", "kecamatan 00"),
    ("327301550787990", "15 digits"),
    ("32730155078799011", "17 digits"),
    ("3273O15507879901", "a letter is not a digit (normalising is the caller's job)"),
    ("3273017207879901", "day 72-40 = 32"),
])
def test_nik_rejects_near_misses(digits, why):
    assert not V.nik(digits), why


def test_dates_are_judged_against_today(monkeypatch):
    # A woman born 15-07-2025: real once 2025 has come, but "25" must not be read as the future.
    monkeypatch.setattr(V, "_today", lambda: dt.date(2024, 1, 1))
    assert V.nik("3273015507259901")          # only 1925 is possible then, and it is real
    assert not V.nip("202507172045011901")     # born 2025: in the future in 2024
    monkeypatch.setattr(V, "_today", lambda: dt.date(2026, 11, 27))
    assert V.nik("3273015507259901")


def test_nik_accepts_29_february_in_a_leap_year():
    assert V.nik("3273012902009901")  # 29-02-2000
    assert V.nik("3273016902049901")  # woman, 29-02-2004


# ------------------------------------------------------------------------- KK
@pytest.mark.parametrize("digits", ["3273012305189901", "3578100702129902", "6471051511229903"])
def test_kk_accepts_reference_examples(digits):
    assert V.kk(digits)
    assert V.nik_or_kk(digits)


def test_kk_rejects_day_above_31_which_only_a_womans_nik_has():
    assert not V.kk("3273015505189901")
    assert V.nik("3273015505189901")  # ...but it is a valid NIK
    assert V.nik_or_kk("3273015505189901")


def test_kk_rejects_serial_0000():
    assert not V.kk("3273012305180000")


# ------------------------------------------------------------------------ NIP
@pytest.mark.parametrize("digits", [
    "198507172010011901",  # PNS man, born 17-07-1985, CPNS Jan 2010
    "199203152019032915",  # PNS woman
    "199009132025211914",  # NI PPPK (digits 13-14 "21")
    "200012312024211001",  # NI PPPK from a public test suite
])
def test_nip_accepts_reference_examples(digits):
    assert V.nip(digits)


@pytest.mark.parametrize("digits, why", [
    ("198507172010131001", "digits 13-14 = 13: neither a month nor PPPK 2x"),
    ("198507171999011001", "appointed at 14"),
    ("198507172010013001", "sex digit 3"),
    ("198507172010011000", "serial 000"),
    ("198502302010011901", "30 February"),
    ("193507172010011901", "born before 1940"),
    ("198507172010201901", "PPPK marker with contract digit 0"),
    ("19850717201001190", "17 digits"),
])
def test_nip_rejects_near_misses(digits, why):
    assert not V.nip(digits), why


# ------------------------------------------------------------------ Luhn / card
@pytest.mark.parametrize("digits", ["4111111111111111", "5555555555554444", "378282246310005"])
def test_card_accepts_network_test_numbers(digits):
    assert V.luhn(digits)
    assert V.card(digits)


@pytest.mark.parametrize("digits", ["4111111111111112", "1234567890123456", "79927398713",  # Luhn-valid, too short
                                    "0000000000000000", "8111111111111116"])
def test_card_rejects_near_misses(digits):
    assert not V.card(digits)


def test_luhn_textbook_value():
    assert V.luhn("79927398713")
    assert not V.luhn("79927398710")
    assert not V.luhn("7992739871a")


# ------------------------------------------------------------------------ MRZ
MRZ_OK = "X9912345<6IDN8707154F3107140<<<<<<<<<<<<<<<4"
MRZ_BAD_NUMBER_CHECK = "X9912345<7IDN8707154F3107140<<<<<<<<<<<<<<<4"


def test_mrz_check_digits_of_the_reference_line():
    assert V.mrz_check(MRZ_OK[0:9], MRZ_OK[9])      # passport number
    assert V.mrz_check(MRZ_OK[13:19], MRZ_OK[19])   # birth date
    assert V.mrz_check(MRZ_OK[21:27], MRZ_OK[27])   # expiry
    assert V.mrz_line2(MRZ_OK)


def test_mrz_altered_number_check_digit_fails_that_check():
    assert not V.mrz_check(MRZ_BAD_NUMBER_CHECK[0:9], MRZ_BAD_NUMBER_CHECK[9])


def test_mrz_rejects_short_and_garbled_lines():
    assert not V.mrz_line2(MRZ_OK[:40])
    assert not V.mrz_line2("A" * 44)


# ---------------------------------------------------------------------- plates
@pytest.mark.parametrize("value", ["B 1234 ABC", "AB 1234 XY", "DK 777 QQ", "KU 12 A", "B-1234-ABC", "D 1"])
def test_plate_accepts_region_codes(value):
    assert V.plate(value)


@pytest.mark.parametrize("value", ["QQ 1234 AB", "B 0123 AB", "BPJS 2024", "B 12345 AB", "B 1234 ABCD"])
def test_plate_rejects_near_misses(value):
    assert not V.plate(value)


# ------------------------------------------------------------------ private IP
@pytest.mark.parametrize("value", ["10.12.0.5", "192.168.1.10", "172.16.4.1", "172.31.255.255", "127.0.0.1",
                                   "169.254.1.1", "100.64.0.1", "100.127.255.254", "fc00::1", "fe80::1", "::1"])
def test_private_ip_accepts_internal_ranges(value):
    assert V.private_ip(value)


@pytest.mark.parametrize("value", ["36.72.215.104", "8.8.8.8", "172.32.0.1", "100.128.0.1", "100.3.3.1",
                                   "256.1.1.1", "10.12.0", "not an ip", ""])
def test_private_ip_rejects_public_or_malformed(value):
    assert not V.private_ip(value)


# Small type read with dots lost, or read as commas or spaces after a comma.
@pytest.mark.parametrize("value", ["19216821148", "172205222", "1921686.144", "172.25.238251", "10.245, 78.66",
                                   "10.14.6213", "172.227.119", "192.168.1.10", "192,168,1,10:8080"])
def test_private_ip_read_small_accepts_an_address_missing_its_dots(value):
    assert V.private_ip_read_small(value)


@pytest.mark.parametrize("value", ["8.8.8.8", "36.72.215.104", "10.11.2024", "3.689.000", "10.250.000", "1234",
                                   "08123456789", "1921682168123456", "101a6101.122", "10.1.2.3.4", ""])
def test_private_ip_read_small_rejects_other_numbers(value):
    assert not V.private_ip_read_small(value)


# ------------------------------------------------------------------------ NPWP
def test_npwp15_shape_only():
    assert V.npwp15("099999013407000")
    assert not V.npwp15("09999901340700")
    assert not V.npwp15("09999901340700O")


def test_every_validator_named_by_a_pack_exists():
    from redactor.detect.packs import load_recognizers

    for rec in load_recognizers():
        if rec.validator:
            assert rec.validator in V.VALIDATORS, rec.id


# ------------------------------------------------------------- OCR normalising
@pytest.mark.parametrize("raw, expected", [
    ("32730155O7879901", "3273015507879901"),   # O -> 0
    ("3273Ol55O787990l", "3273015507879901"),   # l -> 1, O -> 0
    ("327301S5078799O1", "3273015507879901"),   # S -> 5
    ("3273015507B79901", "3273015507879901"),   # B -> 8
    ("0812-3456-789O", "0812-3456-7890"),
    ("NIK: 32730155O7879901", "NIK: 3273015507879901"),  # the label stays as it is
])
def test_normalise_digits_fixes_lookalikes_inside_digit_runs(raw, expected):
    assert normalise_digits(raw) == expected


@pytest.mark.parametrize("text", [
    "SOLO BIG BOSS", "Silakan Isi Data", "lol", "Budi Santoso", "BPJS", "OBS",
])
def test_normalise_digits_leaves_words_alone(text):
    assert normalise_digits(text) == text


def test_normalise_digits_keeps_length_so_offsets_map_back():
    raw = "|3273 O155 O787 99Ol| tel. O812"
    assert len(normalise_digits(raw)) == len(raw)
    assert normalise_digits(raw).startswith("|")  # a table rule is not a 1


# A hexadecimal key read small: its case mixed, a few digits read as look-alike letters.
@pytest.mark.parametrize("value", ["190988341465763c3cc9b3F1941cbc99", "cfac33dd3977d7aSS1Beafchd7142269",
                                   "9f86d081884c7d659a2feaa0c55ad015"])
def test_hex_read_small_accepts_a_key_with_a_few_letters_misread(value):
    assert V.hex_read_small(value)


@pytest.mark.parametrize("value", ["32730112345600011234567890123456", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
                                   "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456", "9f86d081884c7d659a2feaa0c55ad0",
                                   "glpatpISYOqTWzV6wJKqSuiPp12345678"])
def test_hex_read_small_rejects_other_words(value):
    assert not V.hex_read_small(value)
