"""Rules for photographed documents, on synthetic OCR words: ATM slips, transfer proofs, family cards (KK),
health-insurance cards, letters and passports.

Each rule is checked with the value it must cover, a look-alike it must leave alone, and the damage a
phone photo does to it (a colon read as "1", "rn" read as "m", a roman "I" read as "!").
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from test_screen_layouts import assert_covered, assert_visible, run


# ------------------------------------------------------------------------------------------- ATM slip
def _slip(colon=":", card="5221 84** **** 8066"):
    return [
        "BANK BNI",
        "TRANSFER ANTAR BANK",
        [(20, "NO. KARTU"), (150, ":"), (180, card)],
        [(20, "DARI REK"), (150, ":"), (180, "8439150008")],
        [(20, "KE REK"), (150, colon), (180, "4608377835")],
        [(20, "NAMA"), (150, colon), (180, "GALIH SEMBIRING")],
        [(20, "JUMLAH"), (150, ":"), (180, "RP 2.438.000")],
    ]


@pytest.mark.parametrize("colon", [":", "1", "l", "!"])
def test_atm_slip_values_after_a_colon_the_photo_read_as_a_stroke(colon):
    assert_covered(_slip(colon), [(3, "8439150008"), (4, "4608377835"), (5, "GALIH SEMBIRING")])
    assert_visible(_slip(colon), [(6, "2.438.000")])


@pytest.mark.parametrize("name", ["I MADE WIRAWAN", "I Gusti Ayu Laksmi"])
def test_a_capital_i_opening_a_balinese_name_is_not_taken_for_a_colon(name):
    assert_covered([[(20, "NAMA"), (150, ":"), (180, name)]], [(0, name)])
    assert_covered([[(20, f"Nama {name}")]], [(0, name)])


@pytest.mark.parametrize("card", ["5221 84** **** 8066", "5221 84xx xxxx 8066", "**** **** **** 8066"])
def test_the_last_digits_of_a_masked_card_are_not_joined_with_the_account_below(card):
    rows = _slip(card=card)
    assert_visible(rows, [(2, "8066")])
    assert_covered(rows, [(3, "8439150008")])


# ------------------------------------------------------------------------------------ transfer proofs
@pytest.mark.parametrize("label", ["Dari", "Penerima", "Pengirim"])
def test_a_name_set_far_right_of_a_lone_field_label(label):
    rows = [[(20, label), (420, "PUSPA HIDAYAT")], [(20, "Bank Tujuan"), (420, "BSI")]]
    assert_covered(rows, [(0, "PUSPA HIDAYAT")])
    assert_visible(rows, [(0, label), (1, "BSI")])


@pytest.mark.parametrize("value", ["BANK JATIM", "Kantor Pusat", "Dinas Kesehatan"])
def test_a_bank_or_an_office_beside_a_lone_field_label_stays(value):
    assert_visible([[(20, "Dari"), (420, value)]], [(0, value)])


def test_a_name_beside_a_lone_label_read_with_a_stray_mark():
    assert_covered([[(20, "Dari"), (420, "| PUSPA HIDAYAT")]], [(0, "PUSPA HIDAYAT")])


# ------------------------------------------------------------------------------------------ letters
@pytest.mark.parametrize("position", ["Sekretaris Jenderal Kementerian Dalam Negeri", "Kepala Badan Kepegawaian Negara",
                                      "Bupati Sleman", "Direktur Jenderal Otonomi Daerah", "Camat Pakem"])
def test_yth_a_position_names_an_office_not_a_person(position):
    assert_visible(["Kepada", f"Yth. {position}", "di", "Tempat"], [(1, position)])


@pytest.mark.parametrize("line,name", [("Yth. Bapak Agus Salim", "Agus Salim"), ("Yth. Ibu Ratna Wulandari", "Ratna Wulandari"),
                                       ("Yth, Sdr. Budi Santoso", "Budi Santoso"), ("Kepada Yth. Sdri. Maya Lestari", "Maya Lestari")])
def test_yth_a_person_covers_the_name_not_the_form_of_address(line, name):
    rows = [line]
    assert_covered(rows, [(0, name)])
    honorific = line.split()[-3] if line.count(" ") >= 3 else line.split()[1]
    assert_visible(rows, [(0, honorific)])


def test_a_form_of_address_alone_after_yth_is_no_name():
    # "Yth. Ibu" and the name in a cell of its own: the name is found, "Ibu" stays.
    rows = [[(20, "Yth. Ibu"), (200, "Fajar Hidayat")]]
    assert_visible(rows, [(0, "Ibu")])


@pytest.mark.parametrize("rank", ["Pembina Utama Muda", "Penata Tk. I", "Pembina Tingkat I", "Juru Muda"])
def test_a_signers_rank_under_the_name_stays(rank):
    rows = ["KEPALA DINAS PENDIDIKAN,", None, None, "MULYADI SINAGA, S.T., M.M.", rank, "NIP. 19861218 201508 1 020"]
    assert_covered(rows, [(3, "MULYADI SINAGA"), (5, "19861218 201508 1 020")])
    assert_visible(rows, [(4, rank)])


@pytest.mark.parametrize("line", ["Diterima Tgl.", "Diterima Tgl", "Tgl. Surat"])
def test_a_field_label_alone_on_a_disposition_sheet_is_no_name(line):
    assert_visible(["LEMBAR DISPOSISI", line, "No. Agenda"], [(1, line)])


# --------------------------------------------------------------------------------- family card (KK)
def _family_card(jobs=("PELAJAR/MAHASISWA", "WIRASWASTA")):
    x = [20, 60, 300, 500, 640, 780, 900, 1040, 1250]
    head = ["No", "Nama Lengkap", "NIK", "Jenis Kelamin", "Tempat Lahir", "Tanggal Lahir", "Agama", "Pendidikan",
            "Jenis Pekerjaan"]
    members = [["1", "RATNA TANJUNG", "3612191304820362", "LAKI-LAKI", "PONTIANAK", "13-04-1982", "ISLAM",
                "TAMAT SD/SEDERAJAT", jobs[0]],
               ["2", "IRFAN TANJUNG", "3618075712770437", "PEREMPUAN", "BANDUNG", "17-12-1977", "HINDU",
                "DIPLOMA IVISTRATA", jobs[1]]]
    return [
        "KARTU KELUARGA",
        [(20, "Nama Kepala Keluarga"), (300, ": RATNA TANJUNG"), (760, "Desa/Kelurahan"), (960, ": SIDOHARJO")],
        [(20, "Alamat"), (300, ": GG. MAWAR III NO. 7"), (760, "Kecamatan"), (960, ": SAWANGAN")],
        [(20, "Kode Pos"), (300, ": 32830"), (760, "Kabupaten/Kota"), (960, ": CIANJUR")],
        [(20, "RT/RW"), (300, ": 012/007"), (760, "Provinsi"), (960, ": JAWA TENGAH")],
        list(zip(x, head)),
        *[list(zip(x, m)) for m in members],
        [(20, "Dikeluarkan Tanggal :"), (300, "06-03-2019")],
        [(20, "KEPALA KELUARGA"), (760, "KEPALA DINAS KEPENDUDUKAN DAN")],
        [(760, "PENCATATAN SIPIL KABUPATEN CIANJUR")],
    ]


def test_family_card_members_every_cell_of_their_rows_is_covered():
    rows = _family_card()
    assert_covered(rows, [(6, "RATNA TANJUNG"), (6, "3612191304820362"), (6, "LAKI-LAKI"), (6, "ISLAM"),
                          (6, "TAMAT SD/SEDERAJAT"), (6, "PELAJAR/MAHASISWA"), (7, "PEREMPUAN"), (7, "HINDU"),
                          # OCR read the slash of "DIPLOMA IV/STRATA I" as an I: the cell is covered all the same
                          (7, "DIPLOMA IVISTRATA"), (7, "WIRASWASTA")])


def test_family_card_headings_labels_and_issue_date_stay():
    rows = _family_card()
    assert_visible(rows, [(0, "KARTU KELUARGA"), (5, "Nama Lengkap"), (5, "Jenis Kelamin"), (5, "Agama"),
                          (5, "Jenis Pekerjaan"), (8, "Dikeluarkan Tanggal"), (8, "06-03-2019"),
                          (9, "KEPALA KELUARGA"), (4, "Provinsi"), (3, "Kabupaten/Kota")])


def test_form_fields_set_in_two_columns_are_not_a_table():
    # "Nama Kepala Keluarga | : RATNA … | Desa/Kelurahan | : SIDOHARJO": fields, each value beside its label.
    rows = _family_card()
    assert_covered(rows, [(1, "RATNA TANJUNG"), (1, "SIDOHARJO"), (2, "GG. MAWAR III NO. 7"), (4, "012/007")])
    assert_visible(rows, [(4, "Provinsi"), (2, "Kecamatan")])


def test_a_regency_in_an_address_field_is_not_covered_in_an_office_heading():
    rows = _family_card()
    assert_visible(rows, [(10, "PENCATATAN SIPIL KABUPATEN CIANJUR")])


def test_attribute_columns_of_a_table_of_figures_stay():
    # Per district, not per person: no name or NIK column, so the schooling levels are public figures.
    rows = [[(20, "Kecamatan"), (300, "Pendidikan"), (760, "Jumlah")],
            [(20, "Sewon"), (300, "SLTA/SEDERAJAT"), (760, "1.204")],
            [(20, "Pakem"), (300, "DIPLOMA IV/STRATA I"), (760, "310")]]
    assert_visible(rows, [(1, "SLTA/SEDERAJAT"), (2, "DIPLOMA IV/STRATA I")])


# ------------------------------------------------------------------------------- health-insurance card
@pytest.mark.parametrize("heading", ["BPJS Kesehatan", "KARTU INDONESIA SEHAT", "Faskes Tingkat I : PUSKESMAS JETIS"])
@pytest.mark.parametrize("number", ["0001 2345 67890", "0001234567890", "0001 2345 6789O"])
def test_health_card_number_and_name_printed_without_labels(heading, number):
    rows = [heading, number, "GALIH NUGROHO", [(20, "NIK"), (200, ": 6106010708810092")]]
    assert_covered(rows, [(1, number), (2, "GALIH NUGROHO")])


def test_a_number_alone_on_a_page_that_is_no_health_card_stays():
    rows = ["Laporan Kegiatan", "0001234567890", "GALIH NUGROHO"]
    assert_visible(rows, [(1, "0001234567890")])


def test_a_heading_under_a_health_card_number_is_no_name():
    rows = ["BPJS Kesehatan", "0001234567890", "KARTU PESERTA"]
    assert_visible(rows, [(2, "KARTU PESERTA")])


@pytest.mark.parametrize("label", ["Faskes Tingkat I", "Faskes Tingkat !", "Faskes Tingkat l"])
def test_the_clinic_of_a_health_card_after_its_label_as_a_photo_reads_it(label):
    rows = [[(20, label), (260, ": KLINIK PRATAMA SEHAT")]]
    assert_covered(rows, [(0, "KLINIK PRATAMA SEHAT")])


def test_a_stray_mark_after_a_label_is_not_a_value():
    layout, detection = run(["Faskes Tingkat !"])
    assert not detection.findings


# ------------------------------------------------------------------------------------------ passports
def test_a_label_and_its_translation_in_two_cells_are_one_label_not_a_table_header():
    rows = [[(20, "Place of birth"), (200, "Tempat lahir")], "ROTTERDAM", "Date of issue / Tanggal dikeluarkan",
            "11 JAN 2023", "Date of expiry / Tanggal habis berlaku", "14 FEB 2033"]
    assert_covered(rows, [(1, "ROTTERDAM")])
    assert_visible(rows, [(3, "11 JAN 2023"), (5, "14 FEB 2033"), (2, "Date of issue")])


def test_two_different_labels_side_by_side_still_head_a_table():
    rows = [[(20, "Nama"), (300, "No. HP")], [(20, "Budi Santoso"), (300, "0812 3456 7890")]]
    assert_covered(rows, [(1, "Budi Santoso"), (1, "0812 3456 7890")])


def _passport_names(surname=("Surname", "Nama keluarga"), given=("Given names", "Nama depan")):
    # A tilted passport page: OCR puts the slash between a label and its translation on a line of its own.
    return [[(20, "Type / Tipe"), (200, "Country code / Kode negara"), (600, "Passport No. / No. Paspor")],
            [(20, "P"), (200, "MYS"), (600, "X3079604")],
            [(100, "/")],
            [(20, surname[0]), (200, surname[1])],
            "TANJUNG",
            [(100, "/")],
            [(20, given[0]), (200, given[1])],
            "SUTRISNO",
            "Nationality / Kewarganegaraan",
            "MALAYSIA"]


@pytest.mark.parametrize("surname, given", [
    (("Surname", "Nama keluarga"), ("Given names", "Nama depan")),
    (("Surname", "Nama keluarqa"), ("Given names", "Nama dcpan")),      # OCR-noisy translations
])
def test_a_name_label_in_two_languages_heads_only_its_own_value(surname, given):
    rows = _passport_names(surname, given)
    assert_covered(rows, [(4, "TANJUNG"), (7, "SUTRISNO"), (1, "X3079604")])
    assert_visible(rows, [(8, "Nationality"), (9, "MALAYSIA")])


def test_a_name_column_beside_a_phone_column_still_heads_a_table():
    rows = [[(20, "Surname"), (300, "No. HP")], [(20, "TANJUNG"), (300, "0812 3456 7890")],
            [(20, "SUTRISNO"), (300, "0813 1111 2222")]]
    assert_covered(rows, [(1, "TANJUNG"), (2, "SUTRISNO"), (2, "0813 1111 2222")])


@pytest.mark.parametrize("label", [
    "Place of birth Tempat lahir",        # the slash between the two languages too faint to be read
    "Place of birth : Tempat Lahir",      # … read as a colon
    "Tempat lahir | Place of birth",      # … read as a bar, the languages the other way round
])
def test_a_label_with_its_translation_and_no_slash_heads_the_value_below(label):
    rows = [label, "JAKARTA", "Date of issue / Tanggal dikeluarkan", "20 NOV 2019"]
    assert_covered(rows, [(1, "JAKARTA")])
    assert_visible(rows, [(0, "Tempat"), (0, "Place"), (3, "20 NOV 2019")])


def test_a_place_after_its_label_is_still_the_value():
    rows = ["Place of birth Bandung", "Date of issue / Tanggal dikeluarkan", "20 NOV 2019"]
    assert_covered(rows, [(0, "Bandung")])
    assert_visible(rows, [(2, "20 NOV 2019")])


def test_a_slash_boxed_apart_on_the_labels_line_does_not_end_its_column():
    # On a photo OCR boxes a faint slash a few pixels high, low on the label's line; sorted onto a row of
    # its own between the label and its value, it is not something "right below" the label.
    from conftest import make_ocr
    from redactor.detect import detect
    from redactor.ocr.result import OcrResult, Word
    from redactor.findings import Box

    layout = make_ocr(["Place of birth Tempat lahir", "JAKARTA"])
    label = [w for w in layout.ocr.words if w.text == "birth"][0]
    slash = Word(text="/", box=Box(label.box.right + 4, label.box.bottom - 6, 2, 4), conf=87.0, line_id=99)
    ocr = OcrResult(words=layout.ocr.words + (slash,), width=layout.ocr.width, height=layout.ocr.height)
    found = detect(ocr).findings
    jakarta = [w for w in layout.ocr.words if w.text == "JAKARTA"][0]
    assert any(b.intersects(jakarta.box) for f in found for b in f.boxes), found


@pytest.mark.parametrize("sex", [
    [(20, "Sex"), (120, "Jenis kelamin")],
    [(20, "Sex |"), (120, "Jenis Kelamin")],                 # the slash read as a bar
    [(20, "Jenis kelamin"), (220, "Sex:")],
])
def test_an_attribute_label_in_two_languages_is_no_table_header(sex):
    # "Sex | Jenis kelamin" over one letter: had it headed a table, the fields under it (the place of
    # birth) would be its cells, and no field's value.
    rows = [[(20, "Date of birth"), (200, "Tanggal lahir")], "21 JUN 1999", sex, "M",
            [(20, "Place of birth"), (200, "Tempat lahir")], "JAKARTA", "Date of issue / Tanggal dikeluarkan",
            "20 NOV 2019"]
    assert_covered(rows, [(1, "21 JUN 1999"), (5, "JAKARTA")])
    assert_visible(rows, [(7, "20 NOV 2019")])


def test_attribute_columns_over_a_value_each_still_head_a_table():
    rows = [[(20, "Nama"), (250, "Jenis Kelamin"), (450, "Agama")],
            [(20, "Budi Santoso"), (250, "LAKI-LAKI"), (450, "ISLAM")],
            [(20, "Siti Aminah"), (250, "PEREMPUAN"), (450, "KRISTEN")]]
    assert_covered(rows, [(1, "LAKI-LAKI"), (2, "PEREMPUAN"), (2, "Siti Aminah")])


@pytest.mark.parametrize("surname", ["Surname Nama keluarga", "Surname Nama keluarqa", "Surname : Nama keluarga"])
def test_a_card_label_read_with_its_translation_but_not_the_slash_covers_the_value_below_not_the_translation(
        surname):
    """A photo's faint slash between a passport's label and its translation is often not read: the words
    beside the label open with a field's label themselves, so they are its translation, and the value is
    the line below."""
    from PIL import Image

    from conftest import make_ocr
    from redactor.visual.card import card_regions

    layout = make_ocr([surname, "TANJUNG", "Given names / Nama depan", "SUTRISNO", "Sex / Jenis kelamin", "M",
                       "Date of birth / Tanggal lahir", "17 APR 1963"])
    image = Image.new("RGB", (layout.ocr.width, layout.ocr.height), "white")
    covers = [b for f in card_regions(image, layout.ocr.words) for b in f.boxes]
    words = {w.text: w.box for w in layout.ocr.words}
    assert any(b.intersects(words["TANJUNG"]) for b in covers), covers
    assert not any(b.intersects(words["keluarga" if "keluarga" in words else "keluarqa"]) for b in covers), covers


def test_a_fields_colon_boxed_far_smaller_than_its_label_keeps_label_and_value_on_one_line():
    """A photo's OCR boxes "RT/RW" as high as its slash reaches and the colon after it a third as high: the
    value after the colon is still the label's, not the next field's label under it ("Kode Pos")."""
    from conftest import make_ocr
    from redactor.detect import detect
    from redactor.findings import Box
    from redactor.ocr.result import OcrResult

    layout = make_ocr([[(20, "Alamat"), (260, ": JL. KENANGA RAYA NO. 21")],
                       [(20, "RT/RW"), (260, ": 009/006"), (700, "Kabupaten/Kota"), (940, ": BANTUL")],
                       [(20, "Kode Pos"), (260, ": 97397"), (700, "Provinsi"), (940, ": JAWA TENGAH")]])
    words = []
    for w in layout.ocr.words:
        h = w.box.height
        if w.text in ("RT/RW", "Kabupaten/Kota"):  # (as read on a photographed family card: 23 px for a 13 px value, a 9 px colon)
            w = replace(w, box=Box(w.box.left, w.box.top - round(0.4 * h), w.box.width, round(1.8 * h)))
        elif w.text == ":":
            w = replace(w, box=Box(w.box.left, w.box.top + round(0.15 * h), w.box.width, round(0.7 * h)))
        words.append(w)
    ocr = OcrResult(words=tuple(words), width=layout.ocr.width, height=layout.ocr.height)
    found = detect(ocr).findings
    boxes = {w.text: w.box for w in words}
    assert any(b.intersects(boxes["009/006"]) for f in found for b in f.boxes), found
    assert not any(b.intersects(boxes["Kode"]) for f in found for b in f.boxes), found


def test_an_unsure_speck_between_an_item_and_its_prices_does_not_join_them_as_a_label_and_its_value():
    """A receipt's item ending in a label's word ("ANTIS PAN,") with a speck read as a colon at 8 % under
    it and the prices beside: the prices are not a number after "PAN :"."""
    from conftest import make_ocr
    from redactor.detect import detect
    from redactor.findings import Box
    from redactor.ocr.result import OcrResult

    layout = make_ocr([[(20, "ANTIS PAN,"), (260, ": 22.500"), (400, "22,500")], [(20, "QUICK CHOTC"), (400, "14,000")]])
    words = []
    for w in layout.ocr.words:
        h = w.box.height
        if w.text == "PAN,":  # (boxed twice its height, as read)
            w = replace(w, box=Box(w.box.left, w.box.top - round(0.4 * h), w.box.width, round(2.1 * h)), conf=30.0)
        elif w.text == ":":
            w = replace(w, box=Box(w.box.left, w.box.top + round(0.6 * h), w.box.width, round(0.7 * h)), conf=7.5)
        elif w.text == "22.500":
            w = replace(w, box=Box(w.box.left, w.box.top, w.box.width, round(0.8 * h)))
        words.append(w)
    ocr = OcrResult(words=tuple(words), width=layout.ocr.width, height=layout.ocr.height)
    assert not [f for f in detect(ocr).findings if f.category == "national_id"]
