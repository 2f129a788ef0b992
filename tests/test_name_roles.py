"""A group's or a committee's role, its colon and who holds it ("Admin: Wahyu" in a chat group's
description), on synthetic OCR words (see conftest.make_ocr) and end to end with real Tesseract.  Without
its colon the role word opens an office's name; an office, a unit or a fund after the colon is no one."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import make_ocr, uncovered_chars
from redactor.detect import detect
from test_names_addresses_e2e import Screen
from test_screens_e2e import _redact, assert_covered, assert_unchanged


def _uncovered(rows, value: str) -> int:
    layout = make_ocr(rows)
    assert layout.value_boxes(value), f"test bug: {value!r} not in {rows!r}"
    return len(uncovered_chars(layout, detect(layout.ocr).findings, value))


@pytest.mark.parametrize("rows, value", [
    (["Admin: Wahyu"], "Wahyu"),                                   # a given name alone
    (["Grup koordinasi ASN Kecamatan. Admin: Wahyu"], "Wahyu"),
    (["Narahubung : Rina (0812-3456-7890)"], "Rina"),
    (["Ketua: Dian"], "Dian"),
    (["Admin: Budi, Siti"], "Budi, Siti"),                         # two admins
    (["Admin: Wahyu, Sistem"], "Wahyu"),                           # a person and the system that posts
    (["Admin: Sistem, Wahyu"], "Wahyu"),
])
def test_a_role_and_its_colon_name_who_holds_it(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Admin; Wahyu"], "Wahyu"),                                   # the colon read as a semicolon
    (["Admin:Wahyu"], "Wahyu"),                                    # the space after it lost
    (["Admin; Wahyu,Sistem"], "Wahyu"),                            # and the space after the list's comma
    (["ADMIN : Wahyu"], "Wahyu"),
])
def test_a_role_read_with_ocr_noise_still_names_its_holder(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Admin: Sistem"], "Sistem"),
    (["Ketua: Bidang Umum"], "Bidang Umum"),
    (["Koordinator: Kabid Umum"], "Kabid Umum"),                   # an office's short title
    (["Bendahara: Dana Desa"], "Dana Desa"),                       # a fund
    (["PIC: Dinas Kesehatan"], "Dinas Kesehatan"),
    (["Sekretaris Daerah"], "Daerah"),                             # no colon: an office's name
    (["Hanya admin yang dapat mengirim pesan"], "Hanya"),
    (["Admin: Wahyu, Sistem"], "Sistem"),                          # no one beside the person in a list
    (["Admin: Sistem, Wahyu"], "Sistem"),
    (["Ketua: Rina Kurniasih, Bidang Umum"], "Bidang Umum"),
])
def test_a_role_before_no_one_leaves_it_visible(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


@pytest.mark.usefixtures("tesseract")
def test_a_chat_groups_description_names_its_admin(tmp_path):
    screen = Screen(Image.new("RGB", (720, 420), "white"))
    ImageDraw.Draw(screen.image).rectangle((0, 0, 720, 80), fill=(7, 94, 84))
    screen.text((30, 24), "Info Grup", (255, 255, 255), 28, True, title="Info Grup")
    screen.text((30, 120), "Forum Kepegawaian", size=28, bold=True, group="Forum Kepegawaian")
    screen.text((30, 180), "Grup koordinasi pegawai kecamatan.", size=22, about="koordinasi pegawai")
    screen.text((30, 220), "Admin: Wahyu", size=22, admin="Wahyu", role="Admin")
    screen.text((30, 260), "Ketua: Bidang Umum", size=22, unit="Bidang Umum")
    screen.text((30, 300), "Moderator: Dewi, Sistem", size=22, moderator="Dewi", system="Sistem")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "admin", "moderator")
    assert_unchanged(screen, out, "title", "group", "about", "role", "unit", "system")


# A name label, the role it goes on with and a comma: a wrapped heading ("Dokter Pemeriksa," over the
# doctor's name) read as one line.  The role is no part of the name.
@pytest.mark.parametrize("rows, name, role", [
    (["Dokter Pemeriksa, dr. Andi Wijaya"], "Andi Wijaya", "Pemeriksa"),
    (["Dokter Jaga, Andi Wijaya"], "Andi Wijaya", "Jaga"),
    (["Dokter Pemeriksa; dr. Andi Wijaya, Sp.PD"], "Andi Wijaya", "Pemeriksa"),   # the comma read as ';'
    (["Nama Balita: Rizky"], "Rizky", "Balita"),
])
def test_the_role_after_a_name_label_is_no_part_of_the_name(rows, name, role):
    assert _uncovered(rows, name) == 0
    assert _uncovered(rows, role) == len(role)


def test_a_things_name_after_a_comma_stays_visible():
    assert _uncovered(["Nama Barang, Kertas HVS"], "Kertas HVS") == len("KertasHVS")


@pytest.mark.usefixtures("tesseract")
def test_a_lab_reports_examining_doctor_on_one_line(tmp_path):
    screen = Screen(Image.new("RGB", (900, 200), "white"))
    screen.text((30, 40), "Hasil Pemeriksaan Laboratorium", size=26, bold=True, title="Hasil Pemeriksaan")
    screen.text((30, 110), "Dokter Pemeriksa, dr. Andi Wijaya", size=24, role="Dokter Pemeriksa",
                doctor="Andi Wijaya")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "doctor")
    assert_unchanged(screen, out, "title", "role")


# A name label written as a word of a phrase ("Pegawai Negeri Sipil", "Peserta Pelatihan Dasar"): the words
# after it are of the language, or acronyms, and name a role or a programme, not a person.
@pytest.mark.parametrize("rows, value", [
    (["Pegawai Negeri Sipil Daerah"], "Negeri Sipil Daerah"),
    (["Seleksi Calon Pegawai Negeri Sipil Daerah 2026"], "Negeri Sipil Daerah"),
    (["sebagai Peserta Pelatihan Dasar CPNS Tahun 2026"], "Pelatihan Dasar CPNS Tahun"),
    (["Pegawai Teladan Tahun Ini"], "Teladan Tahun Ini"),
])
def test_words_of_the_language_after_a_name_label_in_a_phrase_stay_visible(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


@pytest.mark.parametrize("rows, value", [
    (["Peserta Rina Kurniasih"], "Rina Kurniasih"),
    (["Peserta Sri Rejeki"], "Sri Rejeki"),                        # a name that is also a word
    (["Peserta  Rina Kurniasih,"], "Rina Kurniasih"),              # a wide gap, a speck read as a comma
])
def test_a_name_after_a_name_label_in_a_phrase_is_still_covered(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.usefixtures("tesseract")
def test_an_announcement_of_a_civil_service_selection_keeps_its_words(tmp_path):
    screen = Screen(Image.new("RGB", (1000, 240), "white"))
    screen.text((30, 40), "Pegawai Negeri Sipil Daerah", size=26, bold=True, title="Negeri Sipil Daerah")
    screen.text((30, 110), "sebagai Peserta Pelatihan Dasar CPNS Tahun 2026", size=22, course="Pelatihan Dasar")
    screen.text((30, 160), "Peserta Rina Kurniasih hadir pukul 08.00", size=22, person="Rina Kurniasih")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "person")
    assert_unchanged(screen, out, "title", "course")
