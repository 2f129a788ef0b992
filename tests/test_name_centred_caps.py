"""A name in capitals alone on its line and centred (under a signature, on a member card or a
certificate), on synthetic OCR words (see conftest.make_ocr) and end to end with real Tesseract.  A
heading in capitals is centred too: it stays visible."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import font, make_ocr, uncovered_chars
from redactor.detect import detect
from test_names_addresses_e2e import Screen
from test_screens_e2e import _redact, assert_covered, assert_unchanged


def _uncovered(rows, value: str) -> int:
    layout = make_ocr(rows)
    assert layout.value_boxes(value), f"test bug: {value!r} not in {rows!r}"
    return len(uncovered_chars(layout, detect(layout.ocr).findings, value))


def _centred_rows(*lines: str | None, middle: int = 400) -> list:
    """Each line centred on `middle` (make_ocr's characters are 10 px wide)."""
    return [None if line is None else [(middle - 5 * len(line), line)] for line in lines]


@pytest.mark.parametrize("rows, value", [
    # under a signature, whatever line stands above it
    (_centred_rows("Bogor, 5 Mei 2026", "Yang bersangkutan,", None, None, None, "AHMAD FAUZI"), "AHMAD FAUZI"),
    # a member card: a title above, a number below
    (_centred_rows("KARTU ANGGOTA KORPRI", "RINA KURNIASIH", "No. Anggota 3201-1234"), "RINA KURNIASIH"),
    # a certificate
    (_centred_rows("SERTIFIKAT", "Diberikan kepada:", "DEWI LESTARI",
                   "sebagai peserta pelatihan dasar tahun 2026"), "DEWI LESTARI"),
    # under a signature in the right half of a letter: centred under the line above it
    ([[(20, "Demikian surat pernyataan ini saya buat dengan sebenarnya.")], [(560, "Yang menyatakan,")],
      [(580, "HENDRA GUNAWAN")]], "HENDRA GUNAWAN"),
])
def test_a_centred_name_in_capitals_alone_on_its_line_is_covered(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (_centred_rows("SERTIFIKAT", "Diberikan kepada:", "DEWI LESTARI,", "atas partisipasinya"), "DEWI LESTARI"),  # a speck
    (_centred_rows("KARTU ANGGOTA KORPRI", "RINA: KURNIASIH", "No. 3201-1234"), "RINA: KURNIASIH"),  # a stray colon
    (_centred_rows("Hormat kami,", None, None, "WAHYU SAPUTRA, S.Kom."), "WAHYU SAPUTRA, S.Kom."),  # a degree
])
def test_a_centred_name_in_capitals_read_with_ocr_noise_is_covered(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (_centred_rows("SELAMAT HARI GURU NASIONAL", "25 November 2026"), "SELAMAT HARI GURU NASIONAL"),
    (_centred_rows("PEMERINTAH KABUPATEN BANYUMAS", "DINAS KESEHATAN"), "PEMERINTAH KABUPATEN BANYUMAS"),
    (_centred_rows("SURAT PERNYATAAN", "Nomor: 12/2026"), "SURAT PERNYATAAN"),
    (_centred_rows("Daftar Isi", "BANDUNG JUARA", "halaman 2"), "BANDUNG JUARA"),            # a place, a word
    (_centred_rows("Laporan", "SEMARANG SURABAYA", "2026"), "SEMARANG SURABAYA"),            # two places
    (_centred_rows("Menu", "NASI GORENG SPESIAL", "Rp 25.000"), "NASI GORENG SPESIAL"),      # a dish
    (_centred_rows("Pengumuman", "KANTOR PUSAT", "Jakarta"), "KANTOR PUSAT"),
    (_centred_rows("TOKO MAJU JAYA", "TAMAN SARI INDAH BLOK C2", "TELP 0274-512345"), "TAMAN SARI INDAH"),  # an estate
    # left-aligned text: a line of capitals at the margin is a heading, not a centred name
    (["Data pegawai yang mengikuti pelatihan dasar tahun ini", "RINA KURNIASIH", "Ahli pertama"], "RINA KURNIASIH"),
])
def test_a_centred_heading_in_capitals_stays_visible(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


# A certificate made out to someone: its holder's name centred under its QR code or its title is the holder's,
# also when neither word is on the lists of names.  Elsewhere such a line still needs a listed word.
_CERTIFICATE = ("Sertifikat Vaksinasi", "Terverifikasi", "Booster 2 - 01 Maret 2022")


@pytest.mark.parametrize("rows, value", [
    (_centred_rows(*_CERTIFICATE, None, None, "YOSAFAT KURNIAJI", "Riwayat Vaksinasi"), "YOSAFAT KURNIAJI"),
    (_centred_rows("PIAGAM PENGHARGAAN", "diberikan kepada", "TUMIRAH WIRADARMA", "atas pengabdiannya"), "TUMIRAH WIRADARMA"),
    # OCR noise: a speck after the name, the QR code read as a scrap above it
    (_centred_rows(*_CERTIFICATE, "Oy", "YOSAFAT KURNIAJI.", "Riwayat Vaksinasi"), "YOSAFAT KURNIAJI"),
])
def test_a_certificates_holder_named_by_no_listed_word_is_covered(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    # the certificate's own headings in capitals
    (_centred_rows("SERTIFIKAT VAKSINASI", "VAKSINASI LENGKAP", "Dosis 2"), "VAKSINASI LENGKAP"),
    (_centred_rows("E-SERTIFIKAT", "PIAGAM PENGHARGAAN", "diberikan kepada"), "PIAGAM PENGHARGAAN"),
    (_centred_rows("Sertifikat", "WEBINAR NASIONAL", "2 JP"), "WEBINAR NASIONAL"),
    # no certificate: a name no list holds stays as before (a heading's words look alike)
    (_centred_rows("Pengumuman", "YOSAFAT KURNIAJI", "halaman 2"), "YOSAFAT KURNIAJI"),
])
def test_a_certificates_heading_and_an_unlisted_line_elsewhere_stay(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


# The line under a certificate's "diberikan kepada" is its holder's name, in whatever case it was typed.
@pytest.mark.parametrize("rows, value", [
    (_centred_rows("E-SERTIFIKAT", "diberikan kepada", "yosafat kurniaji lubis, s.t., s.pd.", "sebagai PESERTA"),
     "yosafat kurniaji lubis, s.t., s.pd."),
    (_centred_rows("SERTIFIKAT", "Diberikan kepada:", "Tumirah Wiradarma, M.Si.", "atas partisipasinya"),
     "Tumirah Wiradarma, M.Si."),
    # beside a list's cells a panel's gap away (an e-certificate's preview next to the attendance list)
    ([[(1000, "SERTIFIKAT")], [(20, "1"), (60, "Dinas Kesehatan"), (1000, "dengan ini menerangkan bahwa")],
      [(60, "Bappeda"), (1000, "parjiyem sugiyono")]], "parjiyem sugiyono"),
    # OCR noise: a title before the name, a speck after the lead-in
    (_centred_rows("PIAGAM", "diberikan kepada :", "Drs. yosafat kurniaji.", "sebagai narasumber"), "yosafat kurniaji"),
])
def test_a_certificates_holder_under_its_handing_words_is_covered_in_any_case(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    # the course or the group it is given to, under the handing words
    (_centred_rows("SERTIFIKAT", "diberikan kepada", "seluruh peserta pelatihan", "2 JP"), "seluruh peserta pelatihan"),
    (_centred_rows("SERTIFIKAT", "menerangkan bahwa", "sebagai PESERTA dalam kegiatan Webinar"), "sebagai PESERTA"),
    # no certificate on the page: a notice's words handed to someone
    (["Bantuan diberikan kepada", "yosafat kurniaji", "halaman 2"], "yosafat kurniaji"),
])
def test_a_certificates_other_lines_and_a_notice_stay(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


def _centred(screen: Screen, y: int, line: str, size: int, bold: bool = False, **parts: str) -> None:
    width = font(size, bold=bold).getlength(line)
    screen.text((int((screen.image.width - width) / 2), y), line, size=size, bold=bold, **parts)


@pytest.mark.usefixtures("tesseract")
def test_a_certificate_and_a_signature_with_centred_names(tmp_path):
    screen = Screen(Image.new("RGB", (900, 700), "white"))
    _centred(screen, 40, "SERTIFIKAT", 44, True, title="SERTIFIKAT")
    _centred(screen, 120, "Diberikan kepada:", 20, given="Diberikan kepada")
    _centred(screen, 160, "DEWI LESTARI", 34, True, name="DEWI LESTARI")
    _centred(screen, 220, "sebagai peserta pelatihan dasar tahun 2026", 18, course="pelatihan dasar")
    _centred(screen, 400, "Yang bersangkutan,", 18, signer_line="Yang bersangkutan")
    _centred(screen, 500, "AHMAD FAUZI", 18, True, signer="AHMAD FAUZI")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "name", "signer")
    assert_unchanged(screen, out, "title", "given", "course", "signer_line")


@pytest.mark.usefixtures("tesseract")
def test_a_poster_of_centred_headings_in_capitals_stays_readable(tmp_path):
    screen = Screen(Image.new("RGB", (900, 420), "white"))
    _centred(screen, 40, "SELAMAT HARI GURU NASIONAL", 34, True, greeting="SELAMAT HARI GURU NASIONAL")
    _centred(screen, 110, "PEMERINTAH KABUPATEN BANYUMAS", 26, True, office="PEMERINTAH KABUPATEN BANYUMAS")
    _centred(screen, 170, "BANDUNG JUARA", 26, True, slogan="BANDUNG JUARA")
    _centred(screen, 230, "MAJU BERSAMA", 26, True, motto="MAJU BERSAMA")
    _centred(screen, 290, "TERIMA KASIH", 26, True, thanks="TERIMA KASIH")
    out = _redact(screen, tmp_path)
    assert_unchanged(screen, out, "greeting", "office", "slogan", "motto", "thanks")


@pytest.mark.usefixtures("tesseract")
def test_a_vaccination_certificates_holder_under_its_qr_code(tmp_path):
    """A phone's vaccination certificate: the status and the last dose centred over a QR code, the holder's name
    (no word of it on the lists of names) centred under it; the headings stay readable."""
    screen = Screen(Image.new("RGB", (780, 900), "white"))
    _centred(screen, 30, "Sertifikat Vaksinasi", 30, True, title="Sertifikat Vaksinasi")
    _centred(screen, 100, "Terverifikasi", 26, True, status="Terverifikasi")
    _centred(screen, 150, "Booster 2 - 01 Maret 2022", 22, dose="Booster 2")
    draw = ImageDraw.Draw(screen.image)
    left, top, cell = 270, 210, 12
    for i in range(20):  # a QR code's modules
        for j in range(20):
            if (i * 7 + j * 3 + i * j) % 5 < 2 or min(i, j) < 3 and max(i, j) < 7:
                draw.rectangle((left + i * cell, top + j * cell, left + i * cell + cell - 1, top + j * cell + cell - 1), fill="black")
    _centred(screen, top + 20 * cell + 30, "YOSAFAT KURNIAJI", 28, True, name="YOSAFAT KURNIAJI")
    _centred(screen, top + 20 * cell + 110, "Riwayat Vaksinasi", 26, True, history="Riwayat Vaksinasi")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "name")
    assert_unchanged(screen, out, "title", "status", "dose", "history")


@pytest.mark.usefixtures("tesseract")
def test_an_e_certificates_holder_typed_in_small_letters_under_its_handing_words(tmp_path):
    """An e-certificate's preview: its title, "diberikan kepada", then the holder's name as they typed it into the
    registration form, in small letters with their degrees; the course's line under it stays readable."""
    screen = Screen(Image.new("RGB", (700, 420), "white"))
    _centred(screen, 30, "E-SERTIFIKAT", 36, True, title="E-SERTIFIKAT")
    _centred(screen, 100, "diberikan kepada", 20, given="diberikan kepada")
    _centred(screen, 140, "yosafat kurniaji lubis, s.t., s.pd.", 28, True, name="yosafat kurniaji lubis")
    _centred(screen, 200, "sebagai PESERTA dalam kegiatan Webinar", 20, course="sebagai PESERTA")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "name")
    assert_unchanged(screen, out, "title", "given", "course")
