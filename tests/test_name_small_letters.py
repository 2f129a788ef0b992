"""Names typed in small letters, as people type their own in a chat or in a form whose responses a sheet lists
("nama: budi santoso", "a.n. siti aminah", a "Nama Lengkap" column of "dewi anggraini"): covered where a name's
label or a column of names vouches for them, on synthetic OCR words (see conftest.make_ocr) and end to end
with real Tesseract.  Small letters after a greeting or a form of address, and words of the language after
a name's label, stay."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import make_ocr, uncovered_chars
from redactor.detect import detect
from redactor.detect.kinds.names import name_in_small_letters, vouches_for_small_letters
from test_names_addresses_e2e import Screen
from test_screens_e2e import _redact, assert_covered, assert_unchanged


def _uncovered(rows, value: str) -> int:
    layout = make_ocr(rows)
    assert layout.value_boxes(value), f"test bug: {value!r} not in {rows!r}"
    return len(uncovered_chars(layout, detect(layout.ocr).findings, value))


@pytest.mark.parametrize("value, expected", [
    ("budi santoso", "budi santoso"),
    ("teguh wijayanti, s.pd.", "teguh wijayanti, s.pd."),
    ("muhammad rizki pratama, s.kom, m.kom", "muhammad rizki pratama, s.kom, m.kom"),
    ("yohana br. sitepu", "yohana br. sitepu"),                 # a Batak woman's "br" (boru) before her clan
    ("siti aminah ya kak", "siti aminah"),                      # the chat goes on after the name
    ("sri wahyuni 0812 3456 7890", "sri wahyuni"),
])
def test_a_name_in_small_letters_is_measured_to_its_end(value, expected):
    assert value[:name_in_small_letters(value)] == expected


@pytest.mark.parametrize("value", ["sesuai ktp", "saya sendiri", "admin", "laporan final", "jakarta timur",
                                   "s.pd.", "-", "Budi Santoso"])
def test_words_of_the_language_places_and_capitals_are_no_name_in_small_letters(value):
    assert name_in_small_letters(value) == 0


@pytest.mark.parametrize("label, vouches", [
    ("Nama", True), ("nama lengkap :", True), ("Nama Peserta", True), ("a.n.", True), ("Atas Nama", True),
    ("Name", True), ("Full name", True),
    ("Nama User", False), ("Nama Pengguna", False), ("Username", False),   # a login, not a person
    ("Pak", False), ("Halo", False), ("Dari", False), ("Kepada", False),   # everyday words follow these
])
def test_which_labels_vouch_for_a_name_in_small_letters(label, vouches):
    assert vouches_for_small_letters(label) is vouches


@pytest.mark.parametrize("rows, value", [
    (["Nama : budi santoso"], "budi santoso"),
    (["nama lengkap: siti nurhaliza, s.pd."], "siti nurhaliza, s.pd."),
    (["transfer ke bca 1234567890 a.n. budi santoso ya"], "budi santoso"),
    (["Nama: yohana br sitepu"], "yohana br sitepu"),
    # one's own name given in a chat
    (["perkenalkan nama saya budi santoso dari bkpsdm"], "budi santoso"),
    (["namaku siti aminah"], "siti aminah"),
    (["saya bernama rina wulandari"], "rina wulandari"),
    ([[(20, "Nama Lengkap"), (300, "NIP")], [(20, "dewi anggraini"), (300, "198703122010012004")],
      [(20, "sri wahyuni"), (300, "197906232005022001")]], "sri wahyuni"),
])
def test_a_name_typed_in_small_letters_after_its_label_or_under_its_column_is_covered(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["nama : budi santoso,"], "budi santoso"),                # a stray comma after it
    (["Nama. budi santoso |"], "budi santoso"),                # the colon read as a dot, a cell's rule as a bar
    (["Nama:  budi   santoso"], "budi   santoso"),             # wide spaces
    (["nama lengkap : teguh wijayanti,s.pd"], "teguh wijayanti,s.pd"),   # the degree's space lost
    (["nama lengkap : teguh wijayanti , s.pd"], "teguh wijayanti , s.pd"),  # the comma set apart
])
def test_a_name_in_small_letters_read_with_ocr_noise_is_covered(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Nama : sesuai ktp"], "sesuai ktp"),
    (["Nama User: operator"], "operator"),
    (["pak kades sudah datang"], "kades"),
    (["nama saya sudah terdaftar belum ya"], "sudah terdaftar"),
    (["nama saya ada di daftar"], "ada di daftar"),
    (["halo kak, mau tanya"], "mau tanya"),
    (["dari rumah saja"], "rumah saja"),
    ([[(20, "Nama Lengkap"), (300, "Jabatan")], [(20, "dewi anggraini"), (300, "pranata komputer")]],
     "pranata komputer"),
])
def test_small_letters_after_other_labels_or_of_the_language_stay(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


def _responses_sheet() -> Screen:
    """A form's responses as a spreadsheet shows them: the names as each person typed them."""
    screen = Screen(Image.new("RGB", (1300, 330), (255, 255, 255)))
    ImageDraw.Draw(screen.image).rectangle((0, 60, 1300, 94), fill=(232, 240, 254))
    screen.text((20, 16), "Daftar Hadir Sosialisasi (Respons Formulir)", size=20, bold=True, title="Daftar Hadir")
    for caption, x in (("Timestamp", 20), ("Nama Lengkap", 220), ("NIP", 520), ("Unit Kerja", 780)):
        screen.text((x, 66), caption, size=18, bold=True, **{f"cap_{x}": caption})
    rows = [("12/03/2025 8:01:12", "dewi anggraini", "198703122010012004", "Dinas Kominfo"),
            ("12/03/2025 8:03:40", "muhammad rizki, s.kom", "199201052019031007", "Bappeda"),
            ("12/03/2025 8:05:02", "sri wahyuni", "197906232005022001", "Sekretariat Daerah"),
            ("12/03/2025 8:07:55", "yohana br sitepu", "199008152015032002", "RSUD")]
    for k, (stamp, name, nip, unit) in enumerate(rows):
        y = 110 + 52 * k
        screen.text((20, y), stamp, size=18, **{f"time_{k}": stamp})
        screen.text((220, y), name, size=18, **{f"name_{k}": name})
        screen.text((520, y), nip, size=18, **{f"nip_{k}": nip})
        screen.text((780, y), unit, size=18, **{f"unit_{k}": unit})
    return screen


def test_a_forms_responses_with_names_typed_in_small_letters(tmp_path):
    screen = _responses_sheet()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, *[f"name_{k}" for k in range(4)], *[f"nip_{k}" for k in range(4)])
    assert_unchanged(screen, out, "title", "cap_220", "cap_780", *[f"unit_{k}" for k in range(4)],
                     *[f"time_{k}" for k in range(4)])


def test_a_chat_giving_a_name_in_small_letters_after_its_label(tmp_path):
    screen = Screen(Image.new("RGB", (720, 420), (236, 229, 221)))
    draw = ImageDraw.Draw(screen.image)
    for y in (40, 140, 240):
        draw.rounded_rectangle((30, y, 690, y + 64), 10, fill=(255, 255, 255))
    screen.text((50, 58), "halo kak, mau daftar ulang", question="mau daftar ulang")
    screen.text((50, 158), "nama: siti aminah", name="siti aminah")
    screen.text((50, 258), "bayar ke 1234567890 a.n. budi santoso", holder="budi santoso")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "name", "holder")
    assert_unchanged(screen, out, "question")
