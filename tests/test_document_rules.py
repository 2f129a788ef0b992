"""Rules for office documents and forms, on synthetic OCR words (see conftest.make_ocr): address parts alone in
the cells of a table about people, columns under centred headers, and place names that name an office
(letterheads, "Kepala Desa …") rather than where someone lives.  Each rule has positive, negative and
OCR-noisy cases; `tests/test_document_forms_e2e.py` runs them on rendered pages with real Tesseract."""
from __future__ import annotations

import pytest

from conftest import assert_value_covered as assert_covered, assert_value_visible as assert_visible



# ====================================================== address parts in the cells of a people table
RESIDENTS = [[(20, "No"), (70, "Nama"), (300, "NIK"), (500, "Dusun"), (640, "RT/RW"), (740, "Desa"),
              (880, "Kecamatan"), (1020, "Jumlah")],
             [(20, "1"), (70, "Galih Wibowo"), (300, "3522125104875673"), (500, "Gondang"), (640, "007/005"),
              (740, "Wringin"), (880, "Grabag"), (1020, "Rp3.432.000")],
             [(20, "2"), (70, "Indah Sembiring"), (300, "1216120609841635"), (500, "Krajan"), (640, "002/001"),
              (740, "Sukamaju"), (880, "Cibeber"), (1020, "Rp735.000")]]


@pytest.mark.parametrize("value", ["Gondang", "007/005", "Wringin", "Grabag", "Krajan", "002/001", "Sukamaju",
                                   "Cibeber"])
def test_address_parts_alone_in_a_resident_table_are_covered(value):
    assert_covered(RESIDENTS, value)


def test_amounts_beside_the_address_columns_stay_visible():
    assert_visible(RESIDENTS, "Rp3.432.000")
    assert_visible(RESIDENTS, "Rp735.000")


def test_district_names_in_a_table_of_figures_stay_visible():
    # No one's name or number in the table: "Kecamatan" and "Desa" name the places the figures are for.
    rows = [[(20, "No"), (70, "Kecamatan"), (300, "Desa"), (500, "Jumlah Penduduk")],
            [(20, "1"), (70, "Cibeber"), (300, "Sukamaju"), (500, "4.210")],
            [(20, "2"), (70, "Sawangan"), (300, "Tegalrejo"), (500, "3.876")]]
    for value in ("Cibeber", "Sukamaju", "Sawangan", "Tegalrejo"):
        assert_visible(rows, value)


def test_address_columns_read_with_ocr_noise_are_covered():
    # "Dsn." for Dusun, "RT / RW" spaced, zeros read as the letter O.
    rows = [[(20, "Nama Lengkap"), (260, "Dsn."), (400, "RT / RW"), (540, "Kel/Desa")],
            [(20, "Siti Rahmawati"), (260, "Sidomulyo"), (400, "OO3/OO5"), (540, "Margodadi")]]
    for value in ("Sidomulyo", "OO3/OO5", "Margodadi"):
        assert_covered(rows, value)


# ====================================================== centred headers: cells meet their own column
def test_cells_under_centred_headers_meet_their_own_column():
    # Word tables centre their headers: each value starts left of its header, under the previous one's end.
    rows = [[(30, "No"), (140, "Nama"), (420, "NIK"), (620, "Dusun"), (760, "Jumlah")],
            [(20, "1"), (80, "Galih Wibowo Setiawan"), (330, "3522125104875673"), (580, "Gondang"),
             (740, "Rp3.432.000")],
            [(20, "2"), (80, "Marlina Ginting"), (330, "7314036005913159"), (580, "Sukorejo"), (740, "Rp960.000")]]
    assert_covered(rows, "Galih Wibowo Setiawan")
    assert_covered(rows, "Gondang")
    assert_covered(rows, "Sukorejo")
    assert_visible(rows, "Rp3.432.000")


def test_a_narrow_gap_between_words_is_not_taken_for_a_column_edge():
    # One row only, its words evenly spaced: the column ends where the next header starts, as before.
    rows = [[(20, "Nama"), (200, "No HP")],
            [(20, "Budi Santoso 081234567890")]]
    assert_covered(rows, "Budi Santoso")
    assert_covered(rows, "081234567890")


# ====================================================== a place that names an office
@pytest.mark.parametrize("rows, value", [
    (["PEMERINTAH KABUPATEN MAGELANG", "KECAMATAN PAKEM", "DESA SIDOHARJO"], "SIDOHARJO"),
    (["PEMERINTAH KABUPATEN MAGELANG", "KECAMATAN PAKEM", "DESA SIDOHARJO"], "PAKEM"),
    (["Yang bertanda tangan di bawah ini Kepala Desa Tegalrejo, Kecamatan Tenggarang, menerangkan"],
     "Tenggarang"),
    (["Yang bertanda tangan di bawah ini Kepala Desa Tegalrejo, Kecamatan Tenggarang, menerangkan"],
     "Tegalrejo"),
    (["Kantor Kelurahan Pasar Baru buka pukul 08.00"], "Pasar Baru"),
    (["SURAT KETERANGAN DOMISILI", "Nomor: 470/88/PEM/2025"], "470/88/PEM/2025"),
])
def test_a_place_that_names_an_office_stays_visible(rows, value):
    assert_visible(rows, value)


@pytest.mark.parametrize("rows, value", [
    ([[(20, "Alamat"), (200, ": Desa Tegalrejo, Kec. Sewon")]], "Tegalrejo, Kec. Sewon"),
    ([[(20, "Desa/Kelurahan"), (200, ": KRAJAN")]], "KRAJAN"),
    ([[(20, "Kecamatan"), (200, ": WRINGIN")]], "WRINGIN"),
    (["Tinggal di Desa Sukamaju, Kecamatan Cibeber"], "Sukamaju, Kecamatan Cibeber"),
])
def test_a_place_in_someones_address_is_still_covered(rows, value):
    assert_covered(rows, value)


def test_an_office_read_with_ocr_noise_stays_visible():
    # OCR lower-cases and breaks the letterhead's spacing; the office word still comes first.
    assert_visible(["kepala  Desa Tegalrejo , Kecamatan Tenggarang"], "Tenggarang")
    assert_visible(["KEPALA DESA SUKAMAJU"], "SUKAMAJU")


# ====================================================== a label word inside a heading in capitals
def test_a_label_word_inside_a_heading_labels_nothing():
    assert_visible(["DAFTAR PENERIMA BANTUAN LANGSUNG TUNAI DANA DESA"], "BANTUAN LANGSUNG TUNAI")
    assert_visible(["DAFTAR NAMA PEGAWAI PESERTA BIMBINGAN TEKNIS"], "BIMBINGAN TEKNIS")


@pytest.mark.parametrize("rows, value", [
    (["PENERIMA: BUDI SANTOSO"], "BUDI SANTOSO"),
    ([[(20, "Nama Penerima"), (220, "BUDI SANTOSO")]], "BUDI SANTOSO"),
    (["Penerima bantuan Budi Santoso"], "Budi Santoso"),
])
def test_a_label_that_starts_its_field_still_names_the_value(rows, value):
    assert_covered(rows, value)


def test_a_heading_read_with_ocr_noise_labels_nothing():
    # A capital I read as a lower-case l.
    assert_visible(["DAFTAR PENERlMA BANTUAN LANGSUNG TUNAl DANA DESA"], "BANTUAN LANGSUNG")
    assert_visible(["DAFTAR PENERIMA  BANTUAN LANGSUNG TUNAl"], "BANTUAN LANGSUNG")


# ====================================================== a value under its label (forms, receipts)
@pytest.mark.parametrize("rows, value", [
    (["Pengirim", "ANDI WIJAYA", "0812-3456-7890"], "ANDI WIJAYA"),
    (["2. Penerima :", "Siti Rahmawati"], "Siti Rahmawati"),
    (["PENERIMA", "BUDI SANTOSO"], "BUDI SANTOSO"),
    (["Pemohon", "Dra. Hj. Siti Aminah, M.Pd."], "Siti Aminah"),
])
def test_a_name_under_a_lone_field_label_is_covered(rows, value):
    assert_covered(rows, value)


@pytest.mark.parametrize("rows, value", [
    (["Pengirim", "Nama Barang: Sepatu"], "Sepatu"),                 # the next field, not a value
    (["Penerima", "KANTOR POS CABANG"], "KANTOR POS CABANG"),        # an office, not a person
])
def test_what_stands_under_a_field_label_must_be_a_name(rows, value):
    assert_visible(rows, value)


def test_a_name_under_its_label_read_with_ocr_noise_is_covered():
    # A colon read apart, the label's last letter lost to the fold of a receipt.
    assert_covered(["Pengirim  :", "ANDI WIJAYA"], "ANDI WIJAYA")
    assert_covered(["| Penerima", "RATNA HASIBUAN"], "RATNA HASIBUAN")


# ====================================================== the signer of a letter, in capitals
@pytest.mark.parametrize("rows, value", [
    (["Mungkid, 5 Maret 2025", "Kepala Desa Tegalrejo", None, None, "KARTIKA GUNADI"], "KARTIKA GUNADI"),
    (["a.n. Camat Pakem", "Sekretaris Kecamatan", None, "YOHANES MAHARANI, S.Sos."], "YOHANES MAHARANI, S.Sos."),
    (["Hormat kami,", None, "RATNA SIREGAR", "NIP. 198503172010012003"], "RATNA SIREGAR"),
])
def test_the_signer_of_a_letter_is_covered(rows, value):
    assert_covered(rows, value)


@pytest.mark.parametrize("rows, value", [
    (["Kepala Desa Tegalrejo", None, "SURAT KETERANGAN"], "SURAT KETERANGAN"),   # words of the language
    (["Mengetahui,", None, "KEPALA DINAS"], "KEPALA DINAS"),                     # a position, not a name
    (["LAPORAN TAHUNAN", "PEMERINTAH KABUPATEN BANTUL"], "PEMERINTAH KABUPATEN BANTUL"),
    (["Ketua Panitia", "Isi laporan ini disusun bersama", "HENDRA WIJAYA"], "HENDRA WIJAYA"),  # text in between
])
def test_capitals_that_are_not_a_signer_stay_visible(rows, value):
    assert_visible(rows, value)


def test_a_signer_read_with_ocr_noise_is_covered():
    # The signature's scribble read as a short junk word between the position and the name.
    assert_covered(["Kepala Biro SDM,", "Tea", None, "BAKTIADI IRAWAN"], "BAKTIADI IRAWAN")
    assert_covered(["Kepala Desa Tegalrejo", None, "KARTIKA GUNADI", "NIP 19850317 201001 2 003"], "KARTIKA GUNADI")


# ====================================================== the clinic on a health-insurance card
@pytest.mark.parametrize("rows, value", [
    (["Faskes Tingkat I", "PUSKESMAS TEMPURAN"], "PUSKESMAS TEMPURAN"),
    ([[(20, "Faskes Tk. I"), (220, ": Klinik Pratama Sehat Sentosa")]], "Klinik Pratama Sehat Sentosa"),
    (["FKTP: dr. Praktik Mandiri"], "dr. Praktik Mandiri"),
])
def test_the_clinic_of_an_insurance_card_is_covered(rows, value):
    assert_covered(rows, value)


def test_a_clinic_named_outside_a_card_field_stays_visible():
    assert_visible(["Silakan datang ke faskes terdekat atau Puskesmas Jetis"], "Puskesmas Jetis")
    assert_visible(["Faskes Tingkat"], "Faskes Tingkat")  # the label alone is no one's name


def test_the_clinic_read_with_ocr_noise_is_covered():
    # The "I" of "Tingkat I" lost.
    assert_covered(["Faskes Tingkat", "PUSKESMAS JETIS"], "PUSKESMAS JETIS")


# ====================================================== a home landline, an office line
@pytest.mark.parametrize("rows, value", [
    ([[(20, "Telp. Rumah"), (200, "(022) 992 4524")]], "(022) 992 4524"),
    ([[(20, "Telp. Rumah"), (200, ": (0274) 512345")]], "(0274) 512345"),
    (["Alamat: Jl. Melati No. 5 Bandung, telp (022) 7201234"], "(022) 7201234"),
    ([[(20, "Nama"), (300, "Telp Rumah")], [(20, "Budi Santoso"), (300, "(031) 5678123")]], "(031) 5678123"),
])
def test_a_home_landline_is_covered(rows, value):
    assert_covered(rows, value)


@pytest.mark.parametrize("rows, value", [
    (["Jl. Diponegoro No. 22 Telp. (022) 4231234 Faks. (022) 4231235"], "(022) 4231234"),
    ([[(20, "Telepon"), (200, ": (022) 4231234")]], "(022) 4231234"),
    (["Alamat Kantor: Jl. Diponegoro No. 22, Telp. (022) 4231234"], "(022) 4231234"),
])
def test_an_office_line_stays_visible(rows, value):
    assert_visible(rows, value)


def test_a_home_landline_read_with_ocr_noise_is_covered():
    assert_covered([[(20, "Telp.Rumah"), (200, "(O22) 992 4524")]], "(O22) 992 4524")


# ====================================================== the classification field of a disposition sheet
@pytest.mark.parametrize("rows, value", [
    ([[(20, "Telp. Rumah"), (200, "(022) 992 4524"), (400, "Sifat"), (500, "Rahasia")]], "Rahasia"),
    (["Sifat Surat", "Sangat Rahasia"], "Sangat Rahasia"),
    ([[(20, "Klasifikasi"), (200, ": TERBATAS")]], "TERBATAS"),
])
def test_the_classification_field_is_covered(rows, value):
    assert_covered(rows, value)


def test_an_ordinary_classification_stays_visible():
    assert_visible([[(20, "Sifat"), (200, ": Biasa")]], "Biasa")
    assert_visible([[(20, "Sifat"), (200, ": Segera")]], "Segera")


def test_the_classification_field_read_with_ocr_noise_is_covered():
    assert_covered([[(20, "Sifat :"), (200, "RAHASlA")]], "RAHASlA")


# ====================================================== where a wrapped address ends
def test_an_address_ends_before_the_next_field_of_the_form():
    rows = ["Alamat", "Gg. Mawar No. 52", "Kel. Pasar Baru, Kec. Medan Kota", "Ongkir: Rp18.000"]
    assert_covered(rows, "Kel. Pasar Baru, Kec. Medan Kota")
    assert_visible(rows, "Rp18.000")


def test_an_address_still_goes_on_over_its_postcode_line():
    assert_covered(["Alamat: Jl. Melati No. 9, Kel. Sukamaju, Kota", "Kode Pos: 40123"], "Kode Pos: 40123")


def test_an_address_ends_before_a_field_read_with_ocr_noise():
    rows = ["Alamat", "Gg. Mawar No. 52", "Kel. Pasar Baru, Kec. Medan Kota", "Berat:1,2 kg"]
    assert_visible(rows, "Berat:1,2 kg")


# ====================================================== a field's own label before its value, a heading over it
SLIP = ["BANK BCA", "TRANSFER ANTAR BANK"]


@pytest.mark.parametrize("card_line", [[(20, "NO. KARTU"), (200, ":"), (230, "152212844")],
                                       [(20, "NO. KARTU:"), (230, "152212844")]])
def test_a_slips_masked_card_after_its_own_label_is_no_account_of_the_heading_over_it(card_line):
    # An ATM slip's "NO. KARTU : 5221 84** **** 5999", its stars read as digits and letters, under the
    # slip's heading "TRANSFER ANTAR BANK": "BANK" there names no value of the line under it.
    rows = SLIP + [card_line, [(20, "DARI REK"), (200, ":"), (230, "8439150008")]]
    assert_visible(rows, "152212844")
    assert_covered(rows, "8439150008")


def test_a_number_alone_under_a_label_over_it_is_still_its_value():
    assert_covered(["Rekening Tujuan", "8439150008"], "8439150008")
    assert_covered(SLIP + ["152212844"], "152212844")
