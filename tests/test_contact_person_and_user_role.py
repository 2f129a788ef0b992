"""Two places a person's name stands on the staff and vendor systems of an agency: the contact person a vendor's,
a school's or an event's profile names ("Kontak Person | BAYU TARIGAN", "Narahubung: …"), and the signed-in user
in the top bar with the role in brackets before the sign-out button ("FERDI WIBOWO FIRMANSYAH (PPK) Logout", the
user's icon read as an "@" glued to the name).  Synthetic OCR words (conftest.make_ocr)."""
from __future__ import annotations

from conftest import count_uncovered, letters

_VENDOR = [[(20, "Email"), (200, "cv.abadi@gmail.com")],
           [(20, "Kontak Person"), (200, "BAYU TARIGAN")],
           [(20, "No. HP Kontak"), (200, "6283566569683")]]


def test_the_contact_person_of_a_profile_is_covered():
    assert count_uncovered(_VENDOR, "BAYU TARIGAN") == 0
    assert count_uncovered(["Narahubung: Dimas Saputra", "Pendaftaran ditutup 30 Juni"], "Dimas Saputra") == 0
    assert count_uncovered([[(20, "Contact Person"), (200, "Handoko Setiawan")]], "Handoko Setiawan") == 0


def test_a_contact_person_read_with_a_misread_letter_is_covered():
    rows = [[(20, "Kontak Person :"), (200, "BAYU TARlGAN")], [(20, "Telepon :"), (200, "(0293) 261797")]]
    assert count_uncovered(rows, "BAYU TARlGAN") == 0


def test_an_office_as_the_contact_stays():
    rows = [[(20, "Contact Person"), (200, "HUMAS DINAS KOMINFO")], [(20, "Alamat"), (200, "Jl. Melati 5")]]
    assert count_uncovered(rows, "HUMAS DINAS KOMINFO") == letters("HUMAS DINAS KOMINFO")
    assert count_uncovered([[(20, "Kontak Person"), (200, "Bidang Umum")]], "Bidang Umum") == letters("Bidang Umum")


def _top_bar(user: str) -> list:
    return [[(20, "SPSE LPSE Kota Medan"), (900, user)],
            "Beranda Paket Baru Data Penyedia Inbox",
            "Data Penyedia » CV. TUNAS ABADI"]


def test_the_signed_in_user_with_a_role_in_brackets_is_covered():
    assert count_uncovered(_top_bar("FERDI WIBOWO FIRMANSYAH (PPK) Logout"), "FERDI WIBOWO FIRMANSYAH") == 0
    assert count_uncovered(_top_bar("Ferdi Wibowo (Admin OPD) Keluar"), "Ferdi Wibowo") == 0


def test_the_users_icon_read_glued_to_the_name_is_no_part_of_the_line():
    assert count_uncovered(_top_bar("@FERDI WIBOWO FIRMANSYAH (PPK) Logout"), "FERDI WIBOWO FIRMANSYAH") == 0
    assert count_uncovered(_top_bar("©FERDI WIBOWO (PPK) Logout"), "FERDI WIBOWO") == 0


def test_a_menu_with_a_role_in_brackets_stays():
    rows = _top_bar("PENGATURAN AKUN (PPK) Logout")
    assert count_uncovered(rows, "PENGATURAN AKUN") == letters("PENGATURAN AKUN")
