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


# ---------------------------------------------------------------- the signed-in user in capitals beside the sign-out
@pytest.mark.parametrize("line, name", [
    ("DIMAS SINAGA SIREGAR Keluar", "DIMAS SINAGA SIREGAR"),
    ("ROFIQ HIDAYAT Keluar", "ROFIQ HIDAYAT"),
    ("D FITRI LUMBANTOBING MANURUNG, S.T. Keluar", "FITRI LUMBANTOBING MANURUNG"),  # an avatar's letter before it
    ("AGNES MAHARANI v Logout", "AGNES MAHARANI"),                                  # a menu caret read as "v"
])
def test_a_name_in_capitals_beside_the_sign_out_button_is_covered(line, name):
    rows = [[(20, "e-LHKPN"), (900, line)]]
    assert count_uncovered(rows, name, 0) == 0
    assert count_uncovered(rows, line.split()[-1], 0) == letters(line.split()[-1])


def test_a_name_in_capitals_beside_a_sign_out_button_set_apart_is_covered():
    rows = [[(20, "e-LHKPN"), (900, "DIMAS SINAGA SIREGAR"), (1150, "Keluar")]]
    assert count_uncovered(rows, "DIMAS SINAGA SIREGAR", 0) == 0
    assert count_uncovered(rows, "Keluar", 0) == letters("Keluar")


@pytest.mark.parametrize("line, words", [("DATA PRIBADI Keluar", "DATA PRIBADI"), ("ADMIN OPERATOR Logout", "ADMIN OPERATOR"),
                                         ("BUKTI PENDAFTARAN Profil", "BUKTI PENDAFTARAN")])
def test_a_heading_or_a_role_in_capitals_beside_a_control_stays(line, words):
    rows = [[(20, "PPDB Online"), (900, line)]]
    assert count_uncovered(rows, words, 0) == letters(words)


def test_a_top_bar_with_the_user_in_capitals_and_a_sign_out_button_end_to_end(tesseract, tmp_path):
    from PIL import Image, ImageDraw

    from conftest import font, pixels_covered, pixels_unchanged, redacted_pixels

    image = Image.new("RGB", (1100, 120), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1100, 56), fill=(183, 28, 28))
    f, big = font(15), font(19, bold=True)
    draw.text((20, 16), "e-LHKPN", fill=(255, 255, 255), font=big)
    draw.text((150, 18), "Laporan Harta Kekayaan Penyelenggara Negara", fill=(255, 255, 255), font=f)
    name_x = 760
    draw.text((name_x, 19), "DIMAS SINAGA SIREGAR", fill=(255, 255, 255), font=f)
    name_w = int(f.getlength("DIMAS SINAGA SIREGAR"))
    out_x = name_x + name_w + 24
    draw.text((out_x, 19), "Keluar", fill=(255, 255, 255), font=f)
    draw.text((20, 80), "I. DATA PRIBADI", fill=(30, 30, 30), font=f)
    before, after = redacted_pixels(image, tmp_path)
    assert pixels_covered(before, after, (name_x, 17, name_x + name_w, 37))
    assert pixels_unchanged(before, after, (out_x, 17, out_x + int(f.getlength("Keluar")), 37))
    assert pixels_unchanged(before, after, (150, 16, 560, 37))


# ---------------------------------------------------------------- the next section's table under the family's
_FAMILY = [[(20, "No"), (60, "Nama"), (300, "Hubungan"), (560, "NIK"), (760, "Tempat, Tanggal Lahir"), (1000, "Pekerjaan"),
            (1200, "Aksi")],
           [(20, "1"), (60, "SUTRISNO MARPAUNG"), (300, "SUAMI"), (560, "7329020302830550"), (760, "SURABAYA, 28/10/1989"),
            (1000, "GURU"), (1200, "Edit Hapus")],
           [(20, "2"), (60, "AGNES MAHARANI"), (300, "ANAK TANGGUNGAN"), (560, "3509181604666755"), (760, "MEDAN, 17 Januari 2011"),
            (1000, "PELAJAR"), (1200, "Edit Hapus")]]
_LAND = [[(20, "A. Tanah / Bangunan"), (1180, "+ Tambah")], [],
         [(20, "No"), (60, "Uraian"), (600, "Kepemilikan"), (960, "Nilai Estimasi Saat Pelaporan"), (1200, "Aksi")],
         [(20, "1"), (60, "Lokasi:"), (600, "Jenis Bukti: SERTIPIKAT"), (1000, "Rp 1.802.000.000"), (1200, "Edit")],
         [(60, "JL. MELATI NO. 54, DESA SUMBERAGUNG, KEC. JETIS, KAB. BANTUL"), (600, "Nomor: SHGB No. 6509")]]


def test_the_next_sections_table_is_not_read_under_the_family_tables_columns():
    rows = _FAMILY + [[]] + _LAND
    at = len(_FAMILY) + 1
    address = "JL. MELATI NO. 54, DESA SUMBERAGUNG, KEC. JETIS, KAB. BANTUL"
    assert count_uncovered(rows, address, at + 4) == 0
    assert count_uncovered(rows, "SHGB No. 6509", at + 4) == 0
    for value, row in [("Uraian", at + 2), ("Nilai Estimasi Saat Pelaporan", at + 2), ("Rp 1.802.000.000", at + 3)]:
        assert count_uncovered(rows, value, row) == letters(value)
    assert count_uncovered(rows, "AGNES MAHARANI", 2) == 0  # the family table's own rows still read as before


def test_a_header_row_that_repeats_the_tables_own_captions_does_not_end_it():
    rows = _FAMILY + [[(20, "No"), (60, "Nama"), (300, "Hubungan"), (560, "NIK"), (760, "Tempat, Tanggal Lahir"),
                       (1000, "Pekerjaan"), (1200, "Aksi")],
                      [(20, "3"), (60, "TEGUH RAHAYU"), (300, "ANAK"), (560, "3228174411671596"), (760, "SLEMAN, 04-09-2018"),
                       (1000, "PELAJAR"), (1200, "Edit Hapus")]]
    assert count_uncovered(rows, "TEGUH RAHAYU", 4) == 0


# ---------------------------------------------------------------- a value under its label, another panel beside it
def test_a_registration_number_under_its_label_beside_another_panels_field_is_covered():
    # (the other panel's label wrapped in its narrow column, a QR code's speck read left of the number)
    rows = [[(170, "No. Pendaftaran"), (700, "Alamat Tempat"), (900, ": Perum Bumi Asri Blok C5 No. 31, RT 08 /RW 11")],
            [(40, "sa"), (170, "4129.4259.2216"), (700, "Tinggal"), (910, "Sukamaju, Kec. Cibeunying, Kota Bandung")],
            [(170, "Jalur: Prestasi Non Akademik")]]
    assert count_uncovered(rows, "4129.4259.2216", 1) == 0
    assert count_uncovered(rows, "Jalur: Prestasi Non Akademik", 2) == letters("Jalur: Prestasi Non Akademik")


def test_a_fields_value_beside_it_in_a_form_of_two_columns_stays_its_value():
    rows = [[(20, "Kelurahan / Desa"), (220, "Dusun Krajan")], [(20, "Kecamatan"), (220, "Desa Wringin")],
            [(20, "Kabupaten / Kota"), (220, "Kab. Bondowoso")], [(20, "Provinsi"), (220, "Jawa Timur")]]
    assert count_uncovered(rows, "Kabupaten / Kota", 2) == letters("Kabupaten / Kota")


@pytest.mark.parametrize("rows, heading", [
    (["Alamat Tempat Tinggal", "Alamat Tempat Tinggal", "JL. MELATI NO. 130"], 0),
    (["Data Domisili", "Alamat Sesuai KK", "JL. MELATI NO. 130, RT 02 RW 03"], 1),
    ([[(20, "Alamat Sesuai KK"), (200, ": PERUM BUMI PERMAI BLOK C7 NO. 2, RT. 01 /RW 08")]], 0),
    ([[(20, "Alamat Sesuai KTP"), (200, ": Dusun Krajan RT 3 RW 5")]], 0),
])
def test_a_long_address_label_is_read_whole_and_its_value_covered(rows, heading):
    label = rows[heading] if isinstance(rows[heading], str) else rows[heading][0][1]
    assert count_uncovered(rows, label, heading) == letters(label)
    value = rows[-1] if isinstance(rows[-1], str) else rows[-1][-1][1].lstrip(": ")
    assert count_uncovered(rows, value, len(rows) - 1) == 0


# ---------------------------------------------------------------- a form of an identity card's fields under a step bar
def test_a_step_bars_item_that_is_a_card_label_does_not_cover_the_bar_end_to_end(tesseract, tmp_path):
    """A personal-data form with a card's labels (NIK, Jenis Kelamin, Agama, Status Perkawinan, Alamat) is covered
    as an identity card's fields, but "Jabatan" in the form's step bar above it is a menu item, not a field: the
    bar's next items ("Harta", "Hutang") are no value of it, and the band under it no row OCR missed."""
    import numpy as np
    from PIL import Image, ImageDraw

    from conftest import font
    from redactor.config import Config
    from redactor.pipeline import redact_file

    image = Image.new("RGB", (1000, 430), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    f = font(15)
    steps = ["Data Pribadi", "Data Keluarga", "Jabatan", "Harta", "Hutang", "Penerimaan", "Lampiran"]
    x, boxes = 20, {}
    for step in steps:
        draw.text((x, 20), step, fill=(90, 90, 90), font=f)
        boxes[step] = (x, 18, x + int(f.getlength(step)), 38)
        x += int(f.getlength(step)) + 48
    fields = [("Nama Lengkap", "RAHMAT HASIBUAN"), ("NIK", "3507106806642579"), ("Tempat Lahir", "KLATEN"),
              ("Jenis Kelamin", "PEREMPUAN"), ("Agama", "ISLAM"), ("Status Perkawinan", "KAWIN"),
              ("Alamat", "JL. CEMPAKA PUTIH NO. 66"), ("Pekerjaan", "PNS")]
    for k, (label, value) in enumerate(fields):
        y = 110 + 36 * k
        draw.text((40, y), label, fill=(100, 100, 100), font=f)
        draw.text((220, y), ":", fill=(40, 40, 40), font=f)
        draw.text((236, y), value, fill=(20, 20, 20), font=f)
    src, out = tmp_path / "form.png", tmp_path / "out.png"
    image.save(src)
    redact_file(src, out, config=Config())
    before = np.asarray(image.convert("L")).astype(np.float64)
    after = np.asarray(Image.open(out).convert("L")).astype(np.float64)
    for step in ["Harta", "Hutang", "Penerimaan", "Lampiran"]:
        left, top, right, bottom = boxes[step]
        assert np.array_equal(before[top:bottom, left:right], after[top:bottom, left:right]), step
    assert np.array_equal(before[44:100, 200:900], after[44:100, 200:900])  # no unread row under the bar
    nik = before[146:166, 236:400], after[146:166, 236:400]
    assert not np.array_equal(*nik)  # the card's fields are still covered


def test_a_cards_heading_beside_its_button_ends_the_table_above():
    """"A. Tanah / Bangunan | + Tambah": the next card's heading with its own button, set apart under the family
    table, ends it; the next table's caption that wraps above its header row is no cell of the family's."""
    land = [[(20, "A. Tanah / Bangunan"), (1180, "+ Tambah")], [], [(960, "Nilai Estimasi Saat")],
            [(20, "No"), (60, "Uraian"), (600, "Kepemilikan"), (1200, "Aksi")], [(960, "Pelaporan")],
            [(20, "1"), (60, "Lokasi:"), (600, "Jenis Bukti: SERTIPIKAT"), (1000, "Rp 1.802.000.000"), (1200, "Edit")]]
    rows = _FAMILY + [[]] + land
    at = len(_FAMILY) + 1
    assert count_uncovered(rows, "Nilai Estimasi Saat", at + 2) == letters("Nilai Estimasi Saat")


def test_a_lone_label_of_the_next_column_still_ends_the_field_beside_it_end_to_end(tesseract, tmp_path):
    """A family card's page: the card's fields in the left column, the region's fields in a right column of which
    only "Kecamatan" is a card's label.  Alone at its edge it is no field of the card's, but it still ends the
    name's field beside it: the band over the name stops before it."""
    import numpy as np
    from PIL import Image, ImageDraw

    from conftest import font
    from redactor.config import Config
    from redactor.pipeline import redact_file

    image = Image.new("RGB", (900, 330), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    f = font(14)
    left = [("Nomor KK", "1204064805789532"), ("Nama Kepala Keluarga", "SETYO SYAHPUTRA"), ("Alamat", "DUSUN KRAJAN"),
            ("RT/RW", "001/004"), ("Agama", "ISLAM"), ("Status Perkawinan", "KAWIN"), ("Pekerjaan", "PETANI")]
    right = [("Desa/Kelurahan", "SUMBERAGUNG"), ("Kecamatan", "JETIS"), ("Kabupaten/Kota", "BANTUL")]
    for k, (label, value) in enumerate(left):
        draw.text((30, 30 + 34 * k), label, fill=(90, 90, 90), font=f)
        draw.text((200, 30 + 34 * k), value, fill=(20, 20, 20), font=f)
    for k, (label, value) in enumerate(right):
        draw.text((365, 30 + 34 * k), label, fill=(90, 90, 90), font=f)
        draw.text((540, 30 + 34 * k), value, fill=(20, 20, 20), font=f)
    src, out = tmp_path / "kk.png", tmp_path / "out.png"
    image.save(src)
    redact_file(src, out, config=Config())
    before = np.asarray(image.convert("L")).astype(np.float64)
    after = np.asarray(Image.open(out).convert("L")).astype(np.float64)
    kec = (365, 62, 365 + int(f.getlength("Kecamatan")), 82)
    assert np.array_equal(before[kec[1]:kec[3], kec[0]:kec[2]], after[kec[1]:kec[3], kec[0]:kec[2]])
    assert not np.array_equal(before[62:82, 200:320], after[62:82, 200:320])  # the head of the family's name


def test_kelurahan_slash_desa_is_one_label_not_a_label_and_its_translation_end_to_end(tesseract, tmp_path):
    """"Kelurahan / Desa" over "Kecamatan" on a card-like form: one label with its value beside it, not a label
    and its translation with the value under them; the next field's label under it stays readable."""
    import numpy as np
    from PIL import Image, ImageDraw

    from conftest import font
    from redactor.config import Config
    from redactor.pipeline import redact_file

    image = Image.new("RGB", (760, 330), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    f = font(15)
    fields = [("Nama Lengkap", "RAHMAT HASIBUAN"), ("NIK", "3507106806642579"), ("Alamat", "JL. MELATI NO. 54"),
              ("Kelurahan / Desa", "SUMBERAGUNG"), ("Kecamatan", "JETIS"), ("Agama", "ISLAM"),
              ("Status Perkawinan", "KAWIN"), ("Pekerjaan", "PNS")]
    for k, (label, value) in enumerate(fields):
        draw.text((40, 20 + 36 * k), label, fill=(100, 100, 100), font=f)
        draw.text((220, 20 + 36 * k), ":", fill=(40, 40, 40), font=f)
        draw.text((236, 20 + 36 * k), value, fill=(20, 20, 20), font=f)
    src, out = tmp_path / "form.png", tmp_path / "out.png"
    image.save(src)
    redact_file(src, out, config=Config())
    before = np.asarray(image.convert("L")).astype(np.float64)
    after = np.asarray(Image.open(out).convert("L")).astype(np.float64)
    top = 20 + 36 * 4
    right = 40 + int(f.getlength("Kecamatan"))
    assert np.array_equal(before[top - 2:top + 18, 40:right], after[top - 2:top + 18, 40:right])
    assert not np.array_equal(before[top - 38:top - 18, 236:360], after[top - 38:top - 18, 236:360])  # SUMBERAGUNG
