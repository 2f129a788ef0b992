"""A name's degrees on the line under it, the comma set on the degrees' line (a centred name on a profile
or a certificate: "Rahmat Hidayat" / ", S.H."), on synthetic OCR words (see conftest.make_ocr) and end
to end with real Tesseract, which sorts that low comma onto a row of its own."""
from __future__ import annotations

import pytest
from PIL import Image

from conftest import font, make_ocr, uncovered_chars
from redactor.detect import detect
from test_names_addresses_e2e import Screen
from test_screens_e2e import _redact, assert_covered, assert_unchanged


def _uncovered(rows, value: str) -> int:
    layout = make_ocr(rows)
    assert layout.value_boxes(value), f"test bug: {value!r} not in {rows!r}"
    return len(uncovered_chars(layout, detect(layout.ocr).findings, value))


@pytest.mark.parametrize("rows, value", [
    (["Rahmat Hidayat", ", S.H."], "S.H."),
    ([[(300, "Rahmat Hidayat")], [(330, ", S.H., M.H.")]], "S.H., M.H."),    # centred under the name
    (["Rahmat Hidayat,", "S.H."], "S.H."),                                 # the comma on the name's line
])
def test_degrees_under_a_name_after_their_comma_are_covered(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Rahmat Hidayat", ". S.H."], "S.H."),                                # the comma read as a dot
    ([[(300, "Rahmat Hidayat")], [(300, ","), (316, "S.H., M.Si.")]], "S.H., M.Si."),  # the comma apart
])
def test_degrees_under_a_name_read_with_ocr_noise_are_covered(rows, value):
    assert _uncovered(rows, value) == 0


# A sheet's row whose name cell wrapped, its columns' header not read: the time and the e-mail address of the
# row stand left of the degrees' line.
_SHEET = [
    [(20, "7/12/2025"), (400, "Kartika Iskandar,"), (700, "Puskesmas")],
    [(20, "16:22:02"), (120, "kartika@contoh.go.id"), (400, "M.Si."), (700, "Sawangan")],
]


def test_degrees_wrapped_under_a_name_in_a_sheets_row_are_covered():
    assert _uncovered(_SHEET, "M.Si.") == 0


def test_a_word_wrapped_under_a_name_in_a_row_without_a_header_stays_visible():
    # (no degree: the cell's next line is the name's only where a header says the column holds names)
    rows = [[(20, "7/12/2025"), (400, "Kartika Iskandar,"), (700, "Puskesmas")],
            [(20, "16:22:02"), (120, "kartika@contoh.go.id"), (400, "Pagi"), (700, "Sawangan")]]
    assert _uncovered(rows, "Pagi") == len("Pagi")


@pytest.mark.parametrize("rows, value", [
    (["Kepala Bagian Umum", ", S.H."], "S.H."),          # no name above: an office's title
    (["Rahmat Hidayat", ", Bandung"], "Bandung"),        # a place after the comma is no degree
])
def test_a_line_under_no_name_or_no_degree_stays_visible(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


@pytest.mark.parametrize("rows, value", [
    (["Akun e-Monev Puspa Rahman MSi"], "MSi"),                  # the degree's dots and its comma lost
    (["Pemohon BUDI SANTOSO S.KOM tanggal 3"], "S.KOM"),          # in capitals, no comma
    (["Rahmat Sitorus,", "“MM."], "“MM."),                       # wrapped, its first dot read as a quote
    (["Salam, Budi Santoso, SE, MM"], "SE, MM"),
])
def test_degrees_after_a_name_read_without_their_dots_are_covered(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Rapat dengan Budi Santoso SELASA pagi"], "SELASA"),       # a word in capitals is no degree
    (["Terima kasih Budi Santoso ST 12 sudah dikirim"], "12"),
])
def test_what_follows_a_name_that_is_no_degree_stays_visible(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


def _centred(screen: Screen, y: int, line: str, size: int, bold: bool = False, **parts: str) -> None:
    screen.text((int(360 - font(size, bold=bold).getlength(line) / 2), y), line, size=size, bold=bold, **parts)


@pytest.mark.usefixtures("tesseract")
def test_a_profiles_centred_name_and_its_degrees_below_are_covered(tmp_path):
    screen = Screen(Image.new("RGB", (720, 320), "white"))
    _centred(screen, 40, "Profil Pegawai", 28, True, title="Profil Pegawai")
    _centred(screen, 120, "Rahmat Hidayat Nugroho", 30, True, name="Rahmat Hidayat Nugroho")
    _centred(screen, 162, ", S.H., M.H.", 30, True, degrees="S.H., M.H.")
    _centred(screen, 230, "Analis Kebijakan Ahli Muda", 22, job="Analis Kebijakan Ahli Muda")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "name", "degrees")
    assert_unchanged(screen, out, "title", "job")
