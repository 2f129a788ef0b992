"""The signed-in user alone at the right end of an app's top bar, in the capitals a staff system's records
keep ("FITRI SAPUTRA", "INDAH ISKANDAR, S.Pd"), with no sign-out button beside it: a name.  An office, a
region or an app in capitals there, or capitals elsewhere on the bar, are not.  On synthetic OCR words (see
conftest.make_ocr) and end to end with real Tesseract."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import make_ocr, uncovered_chars
from redactor.detect import detect
from test_names_addresses_e2e import Screen
from test_screens_e2e import _redact, assert_covered, assert_unchanged

BODY = ["Data Pegawai", "Tampilkan 10 entri", "Menampilkan 1 sampai 10 dari 52 entri", "Bidang Mutasi",
        "Sekretariat", "Subbag Umum", "Laporan", "Pengaturan"]


def _uncovered(top_bar, value: str, body=BODY) -> int:
    layout = make_ocr([top_bar] + list(body))
    assert layout.value_boxes(value), f"test bug: {value!r} not in {top_bar!r}"
    return len(uncovered_chars(layout, detect(layout.ocr).findings, value))


@pytest.mark.parametrize("top_bar, value", [
    ([(20, "SIMPEG"), (160, "Sistem Informasi Kepegawaian"), (900, "FITRI SAPUTRA")], "FITRI SAPUTRA"),
    ([(20, "e-Office"), (160, "Aplikasi Perkantoran"), (900, "INDAH ISKANDAR, S.Pd")], "INDAH ISKANDAR, S.Pd"),
    ([(20, "MySAPK"), (900, "KRISNA WIBOWO")], "KRISNA WIBOWO"),
])
def test_a_signed_in_user_in_capitals_at_the_right_of_the_top_bar_is_covered(top_bar, value):
    assert _uncovered(top_bar, value) == 0


@pytest.mark.parametrize("top_bar, value", [
    ([(20, "SIASN"), (900, "oO NURAINI HARAHAP. S.E.")], "NURAINI HARAHAP. S.E."),   # an avatar; the comma a dot
    ([(20, "SIASN"), (900, "INDAH ISKANDAR,")], "INDAH ISKANDAR"),                    # its degree read apart
])
def test_a_signed_in_user_in_capitals_read_with_ocr_noise_is_covered(top_bar, value):
    assert _uncovered(top_bar, value) == 0


@pytest.mark.parametrize("top_bar, value", [
    ([(20, "SIMPEG"), (900, "BADAN KEPEGAWAIAN DAERAH")], "BADAN KEPEGAWAIAN DAERAH"),   # an office
    ([(20, "SIMPEG"), (900, "KABUPATEN SLEMAN")], "KABUPATEN SLEMAN"),                   # a region
    ([(20, "SIMPEG"), (900, "MANAJEMEN KINERJA")], "MANAJEMEN KINERJA"),                 # words of the language
    ([(20, "SIMPEG"), (900, "DATA PEGAWAI")], "DATA PEGAWAI"),                           # a menu
    ([(20, "SIMPEG"), (900, "KOTA SEMARANG")], "KOTA SEMARANG"),                         # a town
])
def test_capitals_at_the_right_of_the_top_bar_that_name_no_one_stay_visible(top_bar, value):
    assert _uncovered(top_bar, value) == len(value.replace(" ", ""))


def test_a_name_in_capitals_followed_by_more_on_its_row_is_left_to_the_other_rules():
    # not the row's last cell: the bar goes on (a search box, a menu) after it
    top_bar = [(20, "SIMPEG"), (700, "REKAP DATA"), (1100, "Bantuan")]
    assert _uncovered(top_bar, "REKAP DATA") == len("REKAPDATA")


@pytest.mark.usefixtures("tesseract")
def test_a_staff_systems_bar_covers_its_user_in_capitals(tmp_path):
    screen = Screen(Image.new("RGB", (1366, 500), (250, 250, 250)))
    ImageDraw.Draw(screen.image).rectangle((0, 0, 1366, 56), fill=(0, 102, 153))
    screen.text((20, 14), "SIMPEG", (255, 255, 255), 24, True, app="SIMPEG")
    screen.text((180, 20), "Sistem Informasi Manajemen Kepegawaian", (225, 230, 240), 15, heading="Sistem Informasi")
    ImageDraw.Draw(screen.image).ellipse((1106, 14, 1134, 42), fill=(230, 230, 235))
    screen.text((1146, 18), "FITRI SAPUTRA", (255, 255, 255), 16, user="FITRI SAPUTRA")
    y = 100
    for line in BODY[:6]:
        screen.text((240, y), line, size=17, **({"body": line} if y == 100 else {}))
        y += 60
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "user")
    assert_unchanged(screen, out, "heading", "body")
