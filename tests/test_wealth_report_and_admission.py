"""A state official's wealth report (e-LHKPN) and a school admission's registration summary (PPDB): the
land title's and the registration's numbers are covered, the report's headings and its filer's stand-in
("PN YANG BERSANGKUTAN") stay, and a sign-out button beside the signed-in user is not taken into the name.

Each rule on synthetic OCR words: the value it must cover, the look-alike it must leave, and OCR's misreadings.
"""
from __future__ import annotations

import pytest

from conftest import count_uncovered, letters


# ---------------------------------------------------------------- a land title's number
@pytest.mark.parametrize("line, value", [
    ("Nomor: SHM No. 1354", "SHM No. 1354"),
    ("No. Sertifikat: SHGB No. 9097", "SHGB No. 9097"),
    ("Nomor Bukti: 24.29.05.02.1.64217", "24.29.05.02.1.64217"),
    ("Nomor Bukti: SHGB No. 1005", "SHGB No. 1005"),
    ("No. Sertipikat: 461524", "461524"),
    ("Nomor: SHM No.6207", "SHM No.6207"),           # OCR lost the space after the dot
    ("Nomor: SHM Nomor 00412", "SHM Nomor 00412"),
    ("Nomor: SHGB No, 3823", "SHGB No, 3823"),       # the dot read as a comma
])
def test_a_land_titles_number_is_covered(line, value):
    assert count_uncovered([[(20, "Jenis Bukti: SERTIPIKAT")], [(20, line)]], value, 1) == 0


@pytest.mark.parametrize("line, value", [
    ("Jenis Bukti: SHM", "SHM"),                     # the kind of title alone, no number
    ("Versi 10.20.30.40.5.12345.6", "10.20.30.40.5.12345.6"),
    ("Luas Tanah / Bangunan: 351 m2 / 237 m2", "351"),
])
def test_a_titles_kind_and_other_dotted_numbers_stay(line, value):
    assert count_uncovered([[(20, line)]], value, 0) == letters(value)


# ---------------------------------------------------------------- a school admission's registration number
@pytest.mark.parametrize("rows, value, row", [
    (["No. Pendaftaran: 2025-45-31132"], "2025-45-31132", 0),
    (["Nomor Pendaftaran", "REG-SMP-210454", "Jalur: Zonasi"], "REG-SMP-210454", 1),
    ([[(20, "No Pendaftaran"), (180, "4129.4259.2216")]], "4129.4259.2216", 0),
    (["Nomor Pendaftaran", "2025-76-54872"], "2025-76-54872", 1),
])
def test_a_registration_number_is_covered(rows, value, row):
    assert count_uncovered(rows, value, row) == 0


def test_a_sentence_about_the_registration_number_stays():
    rows = ["Nomor pendaftaran akan dikirim lewat SMS"]
    assert count_uncovered(rows, "dikirim", 0) == letters("dikirim")


# ---------------------------------------------------------------- the report's headings and its stand-in owner
@pytest.mark.parametrize("value", ["e-LHKPN", "Harta", "Kekayaan", "Penyelenggara", "Negara"])
def test_the_wealth_reports_name_and_heading_stay(value):
    rows = [[(20, "e-LHKPN"), (200, "Laporan Harta Kekayaan Penyelenggara Negara")]]
    assert count_uncovered(rows, value, 0) == letters(value)


@pytest.mark.parametrize("line, value", [("Atas Nama: PN YANG BERSANGKUTAN", "PN YANG BERSANGKUTAN"),
                                         ("Atas Nama: Pn Yang Bersangkutan", "Pn Yang Bersangkutan"),
                                         ("Atas Nama : PN YANG BERSANGKUTAN", "PN YANG BERSANGKUTAN"),
                                         ("Atas Nama: PN YANG BERSANGKUTAN", "PN YANG BERSANGKUTAN")])
def test_the_official_as_the_report_names_them_stays(line, value):
    assert count_uncovered([[(20, line)]], value, 0) == letters(value)


def test_an_owner_named_in_the_same_field_is_covered():
    assert count_uncovered([[(20, "Atas Nama: UMAR GUNADI, S.KOM., M.SI")]], "UMAR GUNADI", 0) == 0
    assert count_uncovered([[(20, "Atas Nama: Umar Gunadi")]], "Umar Gunadi", 0) == 0


# ---------------------------------------------------------------- the signed-in user beside the sign-out button
@pytest.mark.parametrize("name, after", [
    ("Dimas Sinaga Siregar", "Keluar"),
    ("Nuraini Prasetyo, S.T.", "Keluar"),
    ("Rofiq Pratama Ginting, S.Sos.", "Logout"),
    ("Agnes Simanjuntak, S.Kom., M.Si", "Keluar"),
])
def test_the_sign_out_button_after_the_users_name_stays(name, after):
    rows = [[(20, "e-Kinerja"), (900, f"{name} {after}")]]
    assert count_uncovered(rows, name.split(",")[0], 0) == 0
    assert count_uncovered(rows, after, 0) == letters(after)


def test_a_name_with_its_degrees_keeps_them_covered():
    rows = [[(20, "Nama: Rofiq Pratama, S.Kom., M.Si")]]
    assert count_uncovered(rows, "Rofiq Pratama, S.Kom., M.Si", 0) == 0
