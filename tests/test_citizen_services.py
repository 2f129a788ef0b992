"""Pages a citizen's service shows: a health insurance app's card with the family on it and the visit history,
a social-assistance lookup's search form over its results, and a citizen's messages giving an address.

Each rule on synthetic OCR words (the value it must cover, the look-alike it must leave), then end to end with
real Tesseract on a drawn phone screen.
"""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import count_uncovered, font, letters, pixels_covered, pixels_unchanged, redacted_pixels


# ---------------------------------------------------------------- a health card's family list
def _family(relation_first=False, chip=True):
    def member(number, relation):
        line = f"{relation} • {number}" if relation_first else f"{number} · {relation}"
        return [(60, line), (300, "(Aktif)")] if chip else [(60, line)]
    return ["Kartu Peserta", "BPJS Kesehatan", "Anggota Keluarga",
            [(60, "YULIANI KUSUMA")], member("0001471030009", "Istri"),
            [(60, "GALIH PARDEDE")], member("0003716655221", "Anak"),
            [(60, "Dimas Pardede"), (300, "Aktif")], member("0008779129747", "Anak Kandung")]


@pytest.mark.parametrize("relation_first", [False, True])
@pytest.mark.parametrize("chip", [False, True])
@pytest.mark.parametrize("value, row", [("YULIANI KUSUMA", 3), ("GALIH PARDEDE", 5), ("Dimas Pardede", 7)])
def test_a_family_members_name_over_their_card_number_and_relation_is_covered(relation_first, chip, value, row):
    assert count_uncovered(_family(relation_first, chip), value, row) == 0


@pytest.mark.parametrize("value, row", [("Anggota Keluarga", 2), ("Istri", 4), ("Aktif", 4)])
def test_the_family_lists_heading_relations_and_status_stay(value, row):
    assert count_uncovered(_family(), value, row) == letters(value)


def test_a_line_over_a_member_number_on_a_page_that_is_no_health_card_stays():
    rows = ["Laporan Kegiatan", "GALIH PARDEDE", "0003716655221 · Anak"]
    assert count_uncovered(rows, "GALIH PARDEDE", 1) == letters("GALIH PARDEDE")


def test_a_heading_over_a_member_line_is_no_name():
    rows = ["BPJS Kesehatan", "DAFTAR KELUARGA", "0003716655221 · Anak"]
    assert count_uncovered(rows, "DAFTAR KELUARGA", 1) == letters("DAFTAR KELUARGA")


# ---------------------------------------------------------------- visits, diagnoses, facilities
def test_a_diagnosis_wrapped_mid_phrase_is_covered_on_both_lines():
    rows = ["Riwayat Pelayanan", "Diagnosa: Diabetes melitus tipe 2 tanpa", "komplikasi", "Poli Penyakit Dalam"]
    assert count_uncovered(rows, "komplikasi", 2) == 0
    assert count_uncovered(rows, "Poli Penyakit Dalam", 3) == letters("Poli Penyakit Dalam")


def test_the_line_after_a_whole_diagnosis_stays():
    rows = ["Diagnosa: Demam tifoid", "Rawat Jalan"]
    assert count_uncovered(rows, "Rawat Jalan", 1) == letters("Rawat Jalan")


@pytest.mark.parametrize("rows, value, row", [
    # outpatient care wrapped before the facility's name: no street in a city
    (["24 Des 2025 · Rawat Jalan", "Puskesmas Medan Kota"], "Puskesmas Medan Kota", 1),
    (["RAWAT JALAN RSUD KOTA BANDUNG"], "RSUD KOTA BANDUNG", 0),
    # a doctor's private practice is a facility, not the doctor
    (["Tempat Kunjungan", "dr. Praktik Mandiri Sejahtera"], "Praktik Mandiri Sejahtera", 1),
])
def test_care_and_facilities_in_a_visit_list_are_no_address_or_person(rows, value, row):
    assert count_uncovered(rows, value, row) == letters(value)


def test_a_doctor_after_a_title_is_still_covered():
    assert count_uncovered(["Dokter: dr. Sari Wulandari"], "Sari Wulandari") == 0


# ---------------------------------------------------------------- a lookup's search form in a grid
def _lookup(regency="KAB. BANTUL"):
    return ["Cek Bansos", "Pencarian Data",
            [(20, "Provinsi"), (300, "Kabupaten/Kota"), (600, "Kecamatan")],
            [(20, "DI YOGYAKARTA"), (300, regency), (600, "JETIS")],
            [(20, "Desa/Kelurahan"), (300, "Nama Penerima Manfaat")],
            [(20, "SUMBERAGUNG"), (300, "RATNA HASIBUAN")],
            [(20, "Kode Captcha")],
            [(20, "KHLZG")],
            [(20, "Tampilkan")],
            [(20, "Hasil Pencarian (5 data)")]]


def test_the_name_typed_in_a_lookups_form_is_covered():
    assert count_uncovered(_lookup(), "RATNA HASIBUAN", 5) == 0


@pytest.mark.parametrize("value, row", [("KAB. BANTUL", 3), ("DI YOGYAKARTA", 3), ("Kode Captcha", 6),
                                        ("Tampilkan", 8), ("Hasil Pencarian", 9)])
def test_a_forms_region_caption_and_button_under_its_grid_of_labels_stay(value, row):
    assert count_uncovered(_lookup(), value, row) == letters(value)


def test_a_regency_alone_behind_its_label_stays_and_the_home_beside_it_is_covered():
    rows = [[(20, "Alamat"), (200, ": GG. MAWAR III NO. 7"), (600, "Kabupaten/Kota"), (800, ": CIANJUR")]]
    assert count_uncovered(rows, "CIANJUR", 0) == letters("CIANJUR")
    assert count_uncovered(rows, "GG. MAWAR III NO. 7", 0) == 0


# ---------------------------------------------------------------- an address wrapped in a chat bubble
def test_a_postal_code_wrapped_alone_under_an_address_is_covered():
    rows = ["alamat sy di komplek taman mas", "blok d-8 rt 12 rw 11 kel. sukamaju", "kec. cibeunying kota bandung",
            "40121", "hp/wa: 087916393905"]
    assert count_uncovered(rows, "40121", 3) == 0


def test_a_town_and_its_postal_code_closing_an_envelopes_address_are_covered():
    rows = ["Kepada Yth.", "Bapak Rahmat Hidayat", "Jl. Kenanga Raya No. 21", "RT 03 / RW 02, Kel. Sukajadi",
            "Kec. Grabag", "Malang 26393"]
    assert count_uncovered(rows, "Malang 26393", 5) == 0


def test_an_amount_or_a_count_under_an_address_stays():
    rows = ["Alamat: Jl. Melati No. 9, Kec. Coblong", "Total Rp 25000"]
    assert count_uncovered(rows, "25000", 1) == letters("25000")


def test_a_number_far_under_an_address_stays():
    rows = ["Alamat: Jl. Melati No. 9, Kota Bandung", None, None, "40121"]
    assert count_uncovered(rows, "40121", 3) == letters("40121")


# ---------------------------------------------------------------- end to end, real Tesseract
def test_a_health_apps_family_list_and_visits_drawn_on_a_phone_screen(tmp_path, tesseract):
    """A phone screenshot at device scale 2: the card's heading, the family list (names in capitals over
    number and relation, a status chip beside), a visit whose diagnosis wraps and whose care is "Rawat Jalan"
    before the facility's name."""
    image = Image.new("RGB", (780, 1000), (241, 246, 243))
    draw = ImageDraw.Draw(image)
    big, small = font(30, bold=True), font(26)
    boxes = {}

    def text(xy, value, f, key=None, fill=(21, 32, 26)):
        draw.text(xy, value, font=f, fill=fill, anchor="la")
        if key:
            left, top, right, bottom = draw.textbbox(xy, value, font=f, anchor="la")
            boxes[key] = (int(left), int(top), int(right), int(bottom))

    text((40, 30), "BPJS Kesehatan", big, "heading")
    text((40, 100), "Anggota Keluarga", big, "family heading")
    y = 170
    for name, number, relation in (("YULIANI KUSUMA", "0001471030009", "Istri"),
                                   ("GALIH PARDEDE", "0003716655221", "Anak")):
        text((110, y), name, big, name)
        text((110, y + 42), f"{number} · {relation}", small, relation, fill=(100, 115, 106))
        draw.rounded_rectangle((600, y + 18, 720, y + 58), radius=18, outline=(10, 125, 59), width=2)
        text((618, y + 24), "Aktif", small, fill=(10, 125, 59))
        y += 120
    text((40, y + 20), "Riwayat Pelayanan", big, "visits heading")
    text((40, y + 80), "08 Jan 2025 · Rawat Jalan", small, "care")
    text((40, y + 120), "Puskesmas Medan Kota", big, "facility")
    text((40, y + 170), "Diagnosa: Diabetes melitus tipe 2 tanpa", small, "diagnosis")
    text((40, y + 206), "komplikasi", small, "diagnosis end")
    before, after = redacted_pixels(image, tmp_path)
    for key in ("YULIANI KUSUMA", "GALIH PARDEDE", "diagnosis end"):
        assert pixels_covered(before, after, boxes[key]), key
    for key in ("heading", "family heading", "visits heading", "care", "facility"):
        assert pixels_unchanged(before, after, boxes[key]), key


def test_a_lookups_captcha_caption_and_button_under_its_grid_drawn_in_a_browser(tmp_path, tesseract):
    """A social-assistance lookup's search form set tight: two rows of captions over their values in three
    columns, then the captcha's caption, its code and the search button under the region at the rows' spacing.
    The name typed in and the village are covered; the captions and the button, whose first words had room
    beside the value above them, are no lines of its cell and stay readable."""
    image = Image.new("RGB", (1100, 560), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    caption, value = font(22), font(24, bold=True)
    boxes = {}

    def text(xy, words, f, key=None, fill=(30, 30, 30)):
        draw.text(xy, words, font=f, fill=fill, anchor="la")
        if key:
            left, top, right, bottom = draw.textbbox(xy, words, font=f, anchor="la")
            boxes[key] = (int(left), int(top), int(right), int(bottom))

    y = 30
    for captions, values in ((("Provinsi", "Kabupaten/Kota", "Kecamatan"), ("DI YOGYAKARTA", "KAB. BANTUL", "JETIS")),
                             (("Desa/Kelurahan", "Nama Penerima Manfaat"), ("SUMBERAGUNG", "RATNA HASIBUAN"))):
        for x, words in zip((30, 400, 770), captions):
            text((x, y), words, caption, words, fill=(90, 90, 90))
        for x, words in zip((30, 400, 770), values):
            text((x, y + 32), words, value, words)
        y += 64
    text((30, y), "Kode Captcha", caption, "captcha caption", fill=(90, 90, 90))
    text((30, y + 32), "KHLZG", value)
    draw.rounded_rectangle((24, y + 60, 150, y + 94), radius=6, outline=(30, 90, 200), width=2)
    text((36, y + 64), "Tampilkan", caption, "button", fill=(30, 90, 200))
    text((30, y + 128), "Hasil Pencarian (5 data)", value, "results")
    before, after = redacted_pixels(image, tmp_path)
    for key in ("RATNA HASIBUAN", "SUMBERAGUNG"):
        assert pixels_covered(before, after, boxes[key]), key
    for key in ("captcha caption", "button", "results", "KAB. BANTUL", "Nama Penerima Manfaat"):
        assert pixels_unchanged(before, after, boxes[key]), key
