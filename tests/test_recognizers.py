"""Recognizers: `redactor.detect.detect` on synthetic OCR words.

Words are laid out on a monospace grid (see conftest.make_ocr), so each test
can check that every character of the value lies inside what the cover stage
would paint -- not only that "something" was found. Values and near-misses are
the FAKE examples of the Indonesian PII reference.
"""
from __future__ import annotations

import pytest

from conftest import make_ocr, uncovered_chars
from redactor.detect import detect


def run(rows, **kwargs):
    layout = make_ocr(rows)
    return layout, detect(layout.ocr, **kwargs)


def categories(detection) -> set[str]:
    return {f.category for f in detection.findings}


def assert_covered(rows, value: str, category: str | None = None, row: int | None = None, **kwargs):
    layout, detection = run(rows, **kwargs)
    found = [(f.category, f.preview) for f in detection.findings]
    if category is not None:
        assert category in categories(detection), f"{category} not found in {rows!r}; found {found}"
    missing = uncovered_chars(layout, detection.findings, value, row)
    assert layout.value_boxes(value, row), f"test bug: {value!r} not in {rows!r}"
    assert not missing, f"{len(missing)} character(s) of {value!r} left uncovered; found {found}"
    return detection


def assert_nothing(rows, among: set[str] | None = None, **kwargs):
    _, detection = run(rows, **kwargs)
    hits = [(f.category, f.preview) for f in detection.findings if among is None or f.category in among]
    assert not hits, f"false positive in {rows!r}: {hits}"


# ============================================================== NIK and KK
@pytest.mark.parametrize("row, value", [
    ("NIK: 3273015507879901", "3273015507879901"),
    ("NIK 3578106412019902", "3578106412019902"),
    ("3273015507879901", "3273015507879901"),                      # no label: structure alone suffices
    ("NIK 9671024503249903", "9671024503249903"),                  # Papua Barat Daya (96)
    ("No. KTP 3273 0155 0787 9901", "3273 0155 0787 9901"),        # grouped
    ("NIK 3273-0155-0787-9901", "3273-0155-0787-9901"),
    ("NIK 3273.01.550787.9901", "3273.01.550787.9901"),            # dotted pp.kk.cc.ddmmyy.ssss
    ("Nomor SIM 3273015507879901", "3273015507879901"),            # NIK-based SIM
])
def test_nik_positive(row, value):
    assert_covered([row], value, "nik")


@pytest.mark.parametrize("row, value", [
    ("NIK 32730155O7879901", "32730155O7879901"),    # O for 0
    ("NIK 3273Ol55O787990l", "3273Ol55O787990l"),    # l for 1
    ("NIK 327301S5078799O1", "327301S5078799O1"),    # S for 5
    ("NIK 3273015507B79901", "3273015507B79901"),    # B for 8
    ("NIK 3273O155O7B79901", "3273O155O7B79901"),    # several at once
    ("NIK 32730 15507879901", "32730 15507879901"),  # stray space
    ("NIK 3273015 5078 79901", "3273015 5078 79901"),
])
def test_nik_ocr_noise(row, value):
    assert_covered([row], value, "nik")


def test_nik_glued_to_its_label():
    assert_covered(["NIK:3273015507879901"], "3273015507879901", "nik")


def test_nik_label_on_the_line_above():
    assert_covered(["NIK", "3273015507879901"], "3273015507879901", "nik")


def test_nik_followed_by_next_field_on_same_line():
    detection = assert_covered(["NIK: 3273015507879901 Nama: Budi Santoso"], "3273015507879901", "nik")
    assert "person_name" in categories(detection)


@pytest.mark.parametrize("row", [
    "3273013207879901",   # day 32
    "3273016902019901",   # 29 Feb 2001
    "3273010119800002",   # month 19
    "Rp 3.273.015.507.879",
    "Halaman 12 dari 40",
])
def test_nik_near_misses_without_label(row):
    assert_nothing([row], {"nik", "kk"})


def test_regency_70_is_not_a_nik():
    _, detection = run(["3270015507879901"])
    assert "nik" not in categories(detection)


def test_kk_behind_its_label():
    detection = assert_covered(["No. KK 3273012305189901"], "3273012305189901", "kk")
    assert "nik" not in categories(detection)


def test_kk_label_above():
    assert_covered(["No. KK", "3273012305189901"], "3273012305189901", "kk")


def test_unlabelled_kk_shaped_number_is_still_covered():
    # A KK and a man's NIK look alike; without a label it is covered as a NIK.
    assert_covered(["3273012305189901"], "3273012305189901")


@pytest.mark.parametrize("row, value, category", [
    ("NIP 1985O717 2O1OO1 1 9O1", "1985O717 2O1OO1 1 9O1", "nip"),      # every 0 read as O
    ("NPWP O9.999.9O1.3-4O7.OOO", "O9.999.9O1.3-4O7.OOO", "npwp"),
    ("HP O8l2-3456-7890", "O8l2-3456-7890", "phone"),
    ("4111 1111 1111 llll", "4111 1111 1111 llll", "card_number"),     # a group of 1s read as l
])
def test_lookalike_group_inside_a_digit_run(row, value, category):
    # reference Part D.1: normalise in digit context (>= 60 % digits *or after a numeric label*);
    # a group made mostly of look-alike letters sits between digit groups or after the label.
    assert_covered([row], value, category)


# ===================================================================== NIP
@pytest.mark.parametrize("row, value", [
    ("NIP 19850717 201001 1 901", "19850717 201001 1 901"),
    ("NIP. 19850717.201001.1.901", "19850717.201001.1.901"),
    ("198507172010011901", "198507172010011901"),
    ("199203152019032915", "199203152019032915"),
    ("NI PPPK: 19900913 202521 1 914", "19900913 202521 1 914"),
    ("199009132025211914", "199009132025211914"),
    ("NIP 1985O717 2O1001 1 9O1", "1985O717 2O1001 1 9O1"),
])
def test_nip_positive(row, value):
    assert_covered([row], value, "nip")


@pytest.mark.parametrize("row", ["198507172010131001", "198507171999011001", "198507172010013001"])
def test_nip_near_misses(row):
    assert_nothing([row], {"nip"})


def test_old_nip_only_with_its_label():
    assert_covered(["NIP Lama 150307928"], "150307928", "nip")
    assert_nothing(["150307928"], {"nip"})


# ==================================================================== NPWP
@pytest.mark.parametrize("row, value", [
    ("NPWP: 09.999.901.3-407.000", "09.999.901.3-407.000"),
    ("09.999.901.3-407.000", "09.999.901.3-407.000"),          # dotted shape alone
    ("01.999.902.8-091.000", "01.999.902.8-091.000"),
    ("NPWP : 09.999.901.3 - 407.000", "09.999.901.3 - 407.000"),
    ("NPWP 0099999013407000", "0099999013407000"),              # NPWP16
    ("NITKU 0099999013407000000000", "0099999013407000000000"),
    ("NPWP 09.999.9O1.3-4O7.000", "09.999.9O1.3-4O7.000"),
])
def test_npwp_positive(row, value):
    assert_covered([row], value, "npwp")


@pytest.mark.parametrize("row", ["800.1.2.3-4567/BKPSDM/2024", "099999013407000"])
def test_npwp_near_misses(row):
    assert_nothing([row], {"npwp"})


# ==================================================================== BPJS
@pytest.mark.parametrize("row, value", [
    ("No. Kartu BPJS: 0009999901234", "0009999901234"),
    ("noKartu 0009999901234", "0009999901234"),
    ("Nomor SEP: 1234R0010525V000123", "1234R0010525V000123"),
    ("1234R0010525V000123", "1234R0010525V000123"),            # SEP shape alone
    ("KPJ 99012345678", "99012345678"),
    ("BPJS Kesehatan 00099999O1234", "00099999O1234"),
])
def test_bpjs_positive(row, value):
    assert_covered([row], value, "bpjs")


@pytest.mark.parametrize("row", ["1234567890123", "0301R0011317V000008"])
def test_bpjs_near_misses(row):
    assert_nothing([row], {"bpjs"})


# ================================================================ passport
@pytest.mark.parametrize("row, value", [
    ("No. Paspor: X9912345", "X9912345"),
    ("Passport No. E 9901234", "E 9901234"),
    ("Nomor Paspor X99123O5", "X99123O5"),
    ("No. Paspor : £8702731", "£8702731"),  # a small serif E read as a pound sign
])
def test_passport_number_behind_label(row, value):
    assert_covered([row], value, "passport")


def test_passport_mrz_lines_and_identity_verdict():
    rows = ["P<IDNRAHMAWATI<<SITI<<<<<<<<<<<<<<<<<<<<<<<<",
            "X9912345<6IDN8707154F3107140<<<<<<<<<<<<<<<4"]
    detection = assert_covered(rows, rows[1], "passport")
    assert not uncovered_chars(make_ocr(rows), detection.findings, rows[0])
    assert detection.verdict.kind == "identity_card"


# A data page whose small bilingual labels OCR misread ("ate of birth", "Place of burt"): the values are
# found by what the machine-readable zone spells out.
DATA_PAGE = ["KINGDOM OF THE NETHERLANDS", "PASSPORT / PASPOR", "Type / Tipe  Country code  sport No.  Nc  spor",
             "P  NLD  B5761825", "BENNETT", "/  depar", "EKO", "Nationality / Kewarganegaraar", "NEDERLANDSE",
             "ate  birth  Tanggal  lahir", "23 MAR 1970", "Place of burt", "KUALA LUMPUR",
             "Date of issue / Tanggal dikeluarkan", "09 SEP 2021", None]
MRZ = ["P<NLDBENNETT<<EKO<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "B5761825<1NLD7003239F3103016<<<<<<<<<<<<<<02"]


@pytest.mark.parametrize("value, category", [("BENNETT", "person_name"), ("EKO", "person_name"),
                                             ("B5761825", "passport"), ("23 MAR 1970", "birth_date")])
def test_a_data_page_value_the_mrz_spells_out_is_covered(value, category):
    assert_covered(DATA_PAGE + MRZ, value, category)


@pytest.mark.parametrize("mrz", [
    # fillers read as 'c' and '#', a name's O read as 0
    ["P<NLDBENNETT<<EK0<<<<<<<<<<<<<<<<<<<<ccc<<cc#<c<", "B5761825<1NLD7003239F3103016<<<<<<<<<<<<<<Q2"],
    # a one-letter state code with its fillers, and the line broken into words
    ["PxDx «BENNETT ss EKO <<<<<<<<<<<<<<<<<<<<<<<<<<", "B5761825<1D<<7003239F3103016<<<<<<<<<<<<<<02"],
])
def test_a_misread_mrz_still_names_the_holder_on_the_data_page(mrz):
    for value in ("BENNETT", "EKO"):
        assert_covered(DATA_PAGE + mrz, value, "person_name")


def test_the_dates_of_issue_and_the_nationality_stay_readable_beside_an_mrz():
    layout, detection = run(DATA_PAGE + MRZ)
    for value in ("09 SEP 2021", "NEDERLANDSE", "KINGDOM OF THE NETHERLANDS"):
        assert len(uncovered_chars(layout, detection.findings, value)) == len(layout.value_boxes(value)), value


def test_the_holders_name_in_a_sentence_is_not_taken_for_the_printed_value():
    # Only the capitals of the data page are the printed value; "Eko" in running text is another matter.
    rows = ["Paspor atas nama Eko sudah diambil"] + MRZ
    layout, detection = run(rows)
    assert uncovered_chars(layout, [f for f in detection.findings if f.preview.startswith("MRZ")], "Eko", 0)


def test_passport_shape_without_label_is_not_flagged():
    assert_nothing(["B 1234567"], {"passport"})


# ================================================================== plates
@pytest.mark.parametrize("row, value", [
    ("Plat B 1234 ABC", "B 1234 ABC"),
    ("B 1234 ABC", "B 1234 ABC"),
    ("AB 1234 XY", "AB 1234 XY"),
    ("DK 777 QQ", "DK 777 QQ"),
    ("Nopol: D 4321 XYZ", "D 4321 XYZ"),
])
def test_plate_positive(row, value):
    assert_covered([row], value, "plate")


@pytest.mark.parametrize("row", ["QQ 1234 AB", "B 0123 AB", "BPJS 2024", "AB123"])
def test_plate_near_misses(row):
    assert_nothing([row], {"plate"})


# ================================================================== phones
@pytest.mark.parametrize("row, value", [
    ("HP 0812-3456-7890", "0812-3456-7890"),
    ("+62 857 1234 5678", "+62 857 1234 5678"),
    ("62 812 3456 7890", "62 812 3456 7890"),
    ("0812.3456.7890", "0812.3456.7890"),
    ("081234567890", "081234567890"),
    ("WA:081234567890", "081234567890"),
    ("No.HP:08123456789", "08123456789"),
    ("Hubungi saya di 0812 3456 789O ya", "0812 3456 789O"),   # O for 0
    ("HP 0812 345 6789O", "0812 345 6789O"),
    ("HP 08l2-3456-7B90", "08l2-3456-7B90"),
    ("Telp. rumah (021) 3456 7890", "(021) 3456 7890"),
])
def test_phone_positive(row, value):
    assert_covered([row], value, "phone")


def test_phone_glued_to_label():
    assert_covered(["Telp.081234567890"], "081234567890", "phone")
    assert_covered(["Telp.0812-3456-7890"], "0812-3456-7890", "phone")


def test_phone_split_across_words_and_label_above():
    assert_covered(["No. HP", "0812 3456 7890"], "0812 3456 7890", "phone")


@pytest.mark.parametrize("row, value", [
    ("No. HP 462 838 2414 3915", "462 838 2414 3915"),
    ("162 896 1992 9997", "162 896 1992 9997"),
    ("Kontak: 4628116204916", "4628116204916"),
    ("HP 162 887-5435-9299", "162 887-5435-9299"),
])
def test_phone_whose_plus_was_read_as_a_digit(row, value):
    # A shrunk screenshot's small "+" before 62 comes out of OCR as a 4 or a 1.
    assert_covered([row], value, "phone")


@pytest.mark.parametrize("row", ["Nomor order 1628123456789012345", "Ref 4629876543210", "Kode 162 800 1234"])
def test_a_number_that_is_no_mobile_without_its_first_digit_is_no_phone(row):
    assert_nothing([row], {"phone"})


@pytest.mark.parametrize("row", ["1500-537", "021-123", "Total Rp 1.250.000 dibayar 17-07-2024"])
def test_phone_near_misses(row):
    assert_nothing([row], {"phone"})


def test_phone_prefix_084_is_not_a_mobile():
    # reference A10 near-miss: there is no 084x mobile range
    assert_nothing(["0842-1234-5678"], {"phone"})


def test_invoice_number_is_not_a_phone():
    # reference Part D: order / invoice ids glued to letters are a known false-positive trap
    assert_nothing(["Invoice INV-081234567890"], {"phone"})


def test_nik_and_nip_are_not_phones():
    _, detection = run(["6271015507879901", "198507172010011901"])
    assert "phone" not in categories(detection)


# ================================================================== e-mail
@pytest.mark.parametrize("row, value", [
    ("Email: siti.rahma@example.org", "siti.rahma@example.org"),
    ("budi.santoso99@example.com", "budi.santoso99@example.com"),
    ("operator.bkpsdm@contoh.go.id", "operator.bkpsdm@contoh.go.id"),
    ("Email: siti.rahma @example.org", "siti.rahma @example.org"),     # value across two words
    ("Email: siti.rahma@example. org", "siti.rahma@example. org"),
    ("surel: budi [at] example [dot] com", "budi [at] example [dot] com"),
])
def test_email_positive(row, value):
    assert_covered([row], value, "email")


@pytest.mark.parametrize("row", ["@bkn_ri", "nama@", "Kirim ke email kantor"])
def test_email_near_misses(row):
    assert_nothing([row], {"email"})


# ====================================================== bank accounts / cards
@pytest.mark.parametrize("row, value", [
    ("No. Rek BRI 0123-01-009999-50-9", "0123-01-009999-50-9"),
    ("BCA 9912345678", "9912345678"),
    ("Mandiri 123-00-9912345-6", "123-00-9912345-6"),
    ("Virtual Account 8808 0812 3456 7890", "8808 0812 3456 7890"),
    ("No. Rek 99l2345678", "99l2345678"),
])
def test_bank_account_behind_label(row, value):
    assert_covered([row], value, "bank_account")


def test_bank_account_label_above():
    assert_covered(["No. Rekening", "9912345678"], "9912345678", "bank_account")


@pytest.mark.parametrize("row", ["1234567890", "No. Surat 0123/01/2024"])
def test_bank_account_needs_a_label(row):
    assert_nothing([row], {"bank_account"})


@pytest.mark.parametrize("row, value", [
    ("4111 1111 1111 1111", "4111 1111 1111 1111"),
    ("5555 5555 5555 4444", "5555 5555 5555 4444"),
    ("3782 822463 10005", "3782 822463 10005"),
    ("Card Number 4111111111111111", "4111111111111111"),
    ("4111 1111 l111 1111", "4111 1111 l111 1111"),
])
def test_card_number_positive(row, value):
    assert_covered([row], value, "card_number")


@pytest.mark.parametrize("row", ["4111 1111 1111 1112", "1234 5678 9012 3456"])
def test_card_number_near_misses(row):
    assert_nothing([row], {"card_number"})


# ======================================================= names / labelled text
@pytest.mark.parametrize("rows, value", [
    (["Nama : SITI RAHMAWATI, S.Kom."], "SITI RAHMAWATI, S.Kom."),
    (["a.n. Budi Santoso"], "Budi Santoso"),
    (["Yth. Bapak Agus Wijaya"], "Agus Wijaya"),
    (["Nama", "Budi Santoso"], "Budi Santoso"),                    # label above
    (["Nama Lengkap   :   Siti Rahmawati"], "Siti Rahmawati"),      # wide gap, own segment
    (["Nama:Budi Santoso"], "Budi Santoso"),                       # glued label
    # the supervisor a staff system names beside a day's work
    (["Atasan Langsung: Eko Tarigan · NIP 197209012020082013"], "Eko Tarigan"),
    (["Pejabat Penilai Kinerja : Dra. Sri Wahyuni, M.Si"], "Sri Wahyuni, M.Si"),
    (["Atasan Langsung; Eko Tarigan"], "Eko Tarigan"),             # OCR read the colon as a semicolon
])
def test_person_name_after_label(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("row", ["Nama Instansi: Dinas Kesehatan", "Nama File: laporan_final.pdf",
                                 "Data Pegawai", "Rapat koordinasi hari Senin pukul 09.00 di ruang rapat",
                                 "Atasan langsung sedang cuti", "Persetujuan Atasan Langsung"])
def test_person_name_near_misses(row):
    assert_nothing([row], {"person_name"})


@pytest.mark.parametrize("rows, value", [
    (["Alamat: Jl. Sukajadi No. 12 RT 003/RW 005, Kel. Sukarasa"], "Jl. Sukajadi No. 12 RT 003/RW 005, Kel. Sukarasa"),
    (["Gg. Mawar II RT 01 RW 02 Kel. Tambaksari Surabaya"], "Gg. Mawar II RT 01 RW 02 Kel. Tambaksari Surabaya"),
    (["Perum Griya Asri Blok C2 No. 9, Ds. Sukamaju"], "Perum Griya Asri Blok C2 No. 9, Ds. Sukamaju"),
    # a flat: its tower, floor and unit
    (["Apartemen Kalibata City Tower Flamboyan Lt. 12 No. 5"], "Apartemen Kalibata City Tower Flamboyan Lt. 12 No. 5"),
    (["Rusunawa Marunda Blok C Lantai 3 Unit 12"], "Rusunawa Marunda Blok C Lantai 3 Unit 12"),
    (["Apt. Green Bay Tower B Unit 12F"], "Apt. Green Bay Tower B Unit 12F"),
    (["Apartemen Kalibata City Tower Flamboyan Lt.12 No.5"], "Apartemen Kalibata City Tower Flamboyan Lt.12 No.5"),
])
def test_address_positive(rows, value):
    assert_covered(rows, value, "address")


@pytest.mark.parametrize("row", ["Apartemen Kalibata City kini punya taman baru", "Promo Apartemen Lt. dasar"])
def test_a_block_of_flats_named_without_a_flat_stays(row):
    assert_nothing([row], {"address"})


@pytest.mark.parametrize("row, value", [
    ("RT O03/RW OO5 Kel. Sukarasa", "RT O03/RW OO5 Kel. Sukarasa"),     # OCR reads the padding zeros as O
    ("rumah di RT 0O1/RW 0O4 dekat masjid", "RT 0O1/RW 0O4 dekat masjid"),
    ("RT.O2 RW.O7 Desa Sukamaju", "RT.O2 RW.O7 Desa Sukamaju"),
])
def test_rt_rw_read_with_the_letter_o_for_zero(row, value):
    assert_covered([row], value, "address")


@pytest.mark.parametrize("row", ["SMART/RW OK", "PART OO/RW", "RT Online / RW Online"])
def test_rt_rw_near_misses(row):
    assert_nothing([row], {"address"})


@pytest.mark.parametrize("row, value", [
    ("Hubungi cs@tokomaju atau 0812", "cs@tokomaju"),                       # the domain's ending lost
    ("CALL 1500 280 - KONTAK@TOKOMAJU PG", "KONTAK@TOKOMAJU PG"),          # ...read as a fragment
    ("CALL 1500 280 - KONTAKGTOKOMAJU .CO. ID", "KONTAKGTOKOMAJU .CO. ID"),  # the @ read as a letter
    ("Email:serviceckedaimurah. cou", "serviceckedaimurah. cou"),
    ("kritik & saran: layananOsejahtera.co.1d", "layananOsejahtera.co.1d"),
    ("CALL 1500 280 - KONTAKETOKOMAJU.CO.ID", "KONTAKETOKOMAJU.CO.ID"),      # the @ read as an E
])
def test_email_damaged_by_ocr(row, value):
    assert_covered([row], value, "email")


@pytest.mark.parametrize("row", [
    "follow @budi_santoso di IG",                 # a mention, not an address
    "Kunjungi www.tokomaju.co.id",                # a site
    "www.infoedukasi.co.id",                      # a site's name that begins like a mailbox
    "salesforce.com dan mailchimp.com",           # brands that begin like a mailbox
    "support.microsoft.com/help",
    "Rapat di hotel@12.00",
    "harga 2@Rp5.000",
])
def test_email_damaged_by_ocr_near_misses(row):
    assert_nothing([row], {"email"})


def test_wrapped_address_is_covered_on_both_lines():
    rows = ["Alamat: Jl. Sukajadi No. 12 RT 003/RW 005,",
            "        Kel. Sukarasa, Kec. Sukasari, Kota Bandung 40152"]
    assert_covered(rows, "Jl. Sukajadi No. 12 RT 003/RW 005,", "address", row=0)
    assert_covered(rows, "Kel. Sukarasa, Kec. Sukasari, Kota Bandung 40152", "address", row=1)


def test_wrapped_address_in_table_cell():
    rows = [[(20, "Nama"), (300, "Alamat")],
            [(20, "Budi Santoso"), (300, "Jl. Sukajadi No. 12,")],
            [(300, "Kel. Sukarasa, Kota Bandung")]]
    assert_covered(rows, "Jl. Sukajadi No. 12,", "address")
    assert_covered(rows, "Kel. Sukarasa, Kota Bandung", "address")
    assert_covered(rows, "Budi Santoso", "person_name")


@pytest.mark.parametrize("row", [
    "Kota Bandung",
    "Jl. Medan Merdeka Barat No. 7, Jakarta Pusat 10110 Telepon (021) 3456789 Laman: www.contoh.go.id",
])
def test_address_near_misses(row):
    assert_nothing([row], {"address"})


@pytest.mark.parametrize("row, value", [
    ("Tempat/Tgl Lahir : BANDUNG, 15-07-1987", "BANDUNG, 15-07-1987"),
    ("TTL: Surabaya, 24 Desember 2001", "Surabaya, 24 Desember 2001"),
    ("Tgl. Lahir 05-03-2024", "05-03-2024"),
])
def test_birth_date_positive(row, value):
    assert_covered([row], value, "birth_date")


@pytest.mark.parametrize("row", ["Tanggal Surat: 17-07-2024", "Lahir Baru: program pembinaan"])
def test_birth_date_near_misses(row):
    assert_nothing([row], {"birth_date"})


@pytest.mark.parametrize("row, value", [
    ("Agama : ISLAM", "ISLAM"),
    ("Status Perkawinan: CERAI HIDUP", "CERAI HIDUP"),
    ("Jenis Kelamin: PEREMPUAN", "PEREMPUAN"),
    ("Gol. Darah : O", "O"),
])
def test_ktp_attributes(row, value):
    assert_covered([row], value, "personal_attribute")


@pytest.mark.parametrize("row", ["Kementerian Agama", "Golongan III/a"])
def test_ktp_attribute_near_misses(row):
    assert_nothing([row], {"personal_attribute"})


# A role's or a lesson's word before the label: a position's name in a staff list, not the holder's religion.
@pytest.mark.parametrize("row", ["Penyuluh Agama Islam Ahli Muda", "Guru Pendidikan Agama Islam",
                                 "PENYULUH AGAMA KRISTEN AHLI PERTAMA", "Penyuluh Agama isiam Ahli Muda",
                                 "Jabatan : Penyuluh Agama Hindu"])
def test_a_religion_in_a_positions_name_stays(row):
    assert_nothing([row], {"personal_attribute"})


# The same values as a field (after its label alone, or after another field on its line) stay covered.
@pytest.mark.parametrize("row, value", [
    ("| Agama ISLAM", "ISLAM"),
    ("Pekerjaan : GURU Agama : KRISTEN", "KRISTEN"),
    ("Agama: Hindu", "Hindu"),
])
def test_a_religion_after_its_own_label_is_still_covered(row, value):
    assert_covered([row], value, "personal_attribute")


@pytest.mark.parametrize("row, value", [
    ("No. RM: 99-01-23", "99-01-23"),
    ("Dx: E11.9", "E11.9"),
    ("Diagnosa: J18.0 Pneumonia", "J18.0 Pneumonia"),
])
def test_medical_positive(row, value):
    assert_covered([row], value, "medical")


@pytest.mark.parametrize("row", ["Ruang A09", "Kode Pos 40115"])
def test_medical_near_misses(row):
    assert_nothing([row], {"medical"})


# An illness told of someone in a chat: a person as the subject, a verb of having it, a health word after it.
@pytest.mark.parametrize("row, value", [
    ("anak saya sakit diabetes sejak kecil", "diabetes sejak kecil"),
    ("Ibu saya menderita kanker payudara, mohon doanya", "kanker payudara"),
    ("suaminya positif HIV", "HIV"),
    ("bapakku lagi dirawat karena DBD di RSUD", "DBD di RSUD"),
    ("My mother was diagnosed with kidney stones", "kidney stones"),
    # OCR noise: a chat's wide spaces, the line's end glued to its time
    ("istri  saya  mengidap  asma", "asma"),
    ("dia positif covid-19 14.02", "covid-19"),
])
def test_an_illness_told_of_someone_is_covered(row, value):
    assert_covered([row], value, "medical")


@pytest.mark.parametrize("row", ["saya sakit hati sama dia", "tadi saya kena macet di tol",
                                 "Warga yang terkena DBD segera ke puskesmas",
                                 "Jumlah pasien positif covid bertambah 12 orang",
                                 "Cegah diabetes dengan olahraga teratur", "I had a great time"])
def test_an_illness_spoken_of_in_general_or_no_illness_stays(row):
    assert_nothing([row], {"medical"})


# An ICD-10 code whose E OCR read as a pound or a euro sign; a price in either stays.
@pytest.mark.parametrize("row, value", [
    ("Hypothyroidism, unspecified (£03.9)", "Hypothyroidism, unspecified (£03.9)"),
    ("Diabetes melitus tipe 2 (€11.9)", "Diabetes melitus tipe 2 (€11.9)"),
])
def test_a_condition_with_its_code_read_with_a_currency_sign_is_covered(row, value):
    assert_covered([row], value, "medical")


@pytest.mark.parametrize("row", ["Lunch set (£12.50)", "Parking (€15)", "Fish and chips (£9)"])
def test_a_price_in_pounds_or_euros_is_no_code(row):
    assert_nothing([row], {"medical"})


@pytest.mark.parametrize("row, value", [
    ("NISN 0099912345", "0099912345"),
    ("NUPTK 9999765432109901", "9999765432109901"),
    ("No. SIM 9901-2345-6789", "9901-2345-6789"),
    # a student's number and an insurance policy's
    ("NIM: 1901234567", "1901234567"),
    ("Nomor Induk Mahasiswa 20210810045", "20210810045"),
    ("No. Polis: 123456789012", "123456789012"),
    ("Nomor Polis Asuransi  1234 5678 90", "1234 5678 90"),     # OCR noise: the number in groups
])
def test_other_labelled_identifiers(row, value):
    assert_covered([row], value)


@pytest.mark.parametrize("row", ["Jumlah polis terbit 2024: 123456", "Mahasiswa angkatan 2021: 1250 orang"])
def test_counts_beside_an_identifiers_word_stay(row):
    assert_nothing([row], {"nik"})


def test_nrp_after_label():
    # reference A4: 8-digit Polri NRP, label-gated
    assert_covered(["NRP 87079901"], "87079901")


# ================================================= internal-system markers
@pytest.mark.parametrize("rows, value", [
    (["SANGAT RAHASIA"], "SANGAT RAHASIA"),
    (["RAHASIA"], "RAHASIA"),
    (["Sifat : Rahasia"], "Rahasia"),
    (["Nomor : R-017/KP.07.6/03/2026  Sifat : Rahasia"], "Rahasia"),
    (["Klasifikasi: Terbatas"], "Terbatas"),
])
def test_classification_and_verdict(rows, value):
    detection = assert_covered(rows, value, "classification")
    assert detection.verdict.kind == "classified_document"
    assert detection.verdict.discouraged


@pytest.mark.parametrize("row", ["rahasia umum di kampung", "kuota terbatas untuk peserta"])
def test_classification_words_in_prose(row):
    _, detection = run([row])
    assert "classification" not in categories(detection)
    assert detection.verdict.kind == "none"


@pytest.mark.parametrize("row, value", [
    ("Login e-Kinerja", "e-Kinerja"),
    ("Aplikasi SIASN", "SIASN"),
    ("SRIKANDI Naskah Masuk", "SRIKANDI"),
    ("OM-SPAN Data Realisasi", "OM-SPAN"),
    ("E KINERJA", "E KINERJA"),
    ("ditandatangani secara elektronik menggunakan aplikasi SRIK ANDI.", "SRIK ANDI"),  # OCR split the name
])
def test_internal_system_names(row, value):
    assert_covered([row], value, "internal_system")


@pytest.mark.parametrize("row", [
    "Sari, Andi, Anda",            # a chat group's members: 'Sari Andi' is close to SRIKANDI
    "Peserta: Sari, Andi dan Budi",
])
def test_a_list_of_names_is_no_system_name_split_by_ocr(row):
    assert_nothing([row], {"internal_system"})


@pytest.mark.parametrize("row", ["KE: FAJAR SITORUS", "WULAN SETIAWAN SINAGA", "a.n. RINA SIMANJUNTAK"])
def test_family_names_in_capitals_are_no_system(row):
    assert_nothing([row], {"internal_system"})


def test_system_name_alone_is_no_verdict_but_with_personal_data_it_is():
    _, alone = run(["Batas pengisian SKP di e-Kinerja 31 Januari"])
    assert alone.verdict.kind == "none"
    _, screen = run(["e-Kinerja", "Nama SITI RAHMAWATI", "NIP 198507172010011901"])
    assert screen.verdict.kind == "internal_system"
    _, login = run(["SIMPEG", "Username", "Kata Sandi"])
    assert login.verdict.kind == "internal_system"


@pytest.mark.parametrize("row, value", [
    ("http://10.12.0.5/simpeg/index.php", "http://10.12.0.5/simpeg/index.php"),
    ("https://192.168.1.10:8443/login", "https://192.168.1.10:8443/login"),
    ("http://srv-arsip.local/", "http://srv-arsip.local/"),
    ("Server 10.12.0.5", "10.12.0.5"),
    ("https://kinerja.bkn.go.id/skp", "https://kinerja.bkn.go.id/skp"),
    ("http://10.12.0.5/simpeg/ index.php?id=123", "http://10.12.0.5/simpeg/ index.php?id=123"),  # URL split by OCR
])
def test_internal_urls(row, value):
    assert_covered([row], value, "internal_url")


def test_internal_host_without_scheme():
    # Browsers hide "https://" in the address bar; the reference's e-Kinerja screen text starts like this.
    rows = ["kinerja.bkn.go.id/skp", "Nama SITI RAHMAWATI", "NIP 198507172010011901"]
    _, detection = run(rows)
    assert detection.verdict.kind == "internal_system"


@pytest.mark.parametrize("row, value", [
    # an address bar or a mail's link shrunk by a chat app: colon lost, '/' read as '2' or 'I', 's' as '3',
    # 't' as 'u', dots read as commas or set apart by spaces, a port's colon as '}', a host's ending misread
    ("unduh di http//10.28.254 64/arsip/nota-dinas/902 (hanya", "http//10.28.254 64/arsip/nota-dinas/902"),
    ("Tidak aman http2/10,116.160.131/simasn/skp/list", "http2/10,116.160.131/simasn/skp/list"),
    ("& hitp3://intranet kemendagri.go.id/simpeg/presensi", "hitp3://intranet kemendagri.go.id/simpeg/presensi"),
    ("Buka lewat https:/Intranet.kemenkeu.go id/srikandiweb", "https:/Intranet.kemenkeu.go id/srikandiweb"),
    ("& hups://simpeg.internal.jatimprov.go.id/admin", "hups://simpeg.internal.jatimprov.go.id/admin"),
    ("https: //api.bkn. local }8443/admin/api/v1", "https: //api.bkn. local }8443/admin/api/v1"),
    ("https://gateway. surabaya. Local :8443/adnin/api/v1", "https://gateway. surabaya. Local :8443/adnin/api/v1"),
    ("melalui https://intranet.menpan. 90. id/arsip/apl/v1 (hanya", "https://intranet.menpan. 90. id/arsip/apl/v1"),
    ("& epresensi.slemankab.locat:9000/web/riwayat-jabatan", "epresensi.slemankab.locat:9000/web/riwayat-jabatan"),
])
def test_internal_urls_read_small(row, value):
    assert_covered([row], value, "internal_url")


@pytest.mark.parametrize("row", ["Baca hups://www.kompas.com/berita. Lalu klik", "lihat http//www.bps.go.id/statistik",
                                 "Info https:/Iwww.bps.go.id. Terima kasih", "cek http2/www.detik.com/news",
                                 "Halo hai//semua", "buka https://www.kemenkeu.go.id. Selamat pagi"])
def test_public_addresses_read_small_stay_visible(row):
    assert_nothing([row], {"internal_url"})


@pytest.mark.parametrize("row, value", [
    # a settings screen or a chat shrunk by a chat app: the key's '_' read as 'L', '-' or a space before it,
    # 'W' as 'H', 'P' as '*', 'Y' as 'V'; a GitHub token's '_' read as a space or a dot
    ("DBLPASSWORD-AYA 120251", "AYA 120251"),
    ("*ASSWORD=Bkd 120201", "Bkd 120201"),
    ("DA_PASSHORD-Kantox*2019)", "Kantox*2019)"),
    ("SIASN CLTENT-SECRET-4383fa0c", "4383fa0c"),
    ("APP _KEY=pasebs 196!", "pasebs 196!"),
    ("toker-nya ghp cago6L GVgEa0wgCBotK TYBIADAZOYpOMhX3S jangan dishare", "ghp cago6L GVgEa0wgCBotK TYBIADAZOYpOMhX3S"),
    ("token-nya ghp. xj99j5SdD.JNAEDRT28SIfOO92tkKF94LePEptU jangan", "ghp. xj99j5SdD.JNAEDRT28SIfOO92tkKF94LePEptU"),
    ("Super Admin 373626040807 f3ed11253a263b909623", "373626040807 f3ed11253a263b909623"),  # a key split in two
    ("14589958674-3358549680760026c9e7", "14589958674-3358549680760026c9e7"),                # … one digit lost
])
def test_credentials_read_small(row, value):
    assert_covered([row], value, "credential")


@pytest.mark.parametrize("row", ["Lupa Password - hubungi admin", "PASSPORT-NO tidak wajib", "ghs tahun lalu dan gho baru",
                                 "Key Performance Indicator", "MONKEY-BUSINESS",
                                 "ID 550e8400-e29b-41d4-a716-446655440000", "NIK 3273011234560001 12345678901234",
                                 "kode 12345678 decade facade accede"])
def test_credential_shaped_words_read_small_stay_visible(row):
    assert_nothing([row], {"credential"})


@pytest.mark.parametrize("row", ["36.72.215.104", "SK No. 100.3.3.1-6117", "versi 1.2.3.4"])
def test_internal_url_near_misses(row):
    assert_nothing([row], {"internal_url"})


@pytest.mark.parametrize("row, value", [
    ("REDIS_HOST=10.52.14@.115", "10.52.14@.115"),          # a monospace 0 read as @ in a dark code box
    ("server 192.168.O.12", "192.168.O.12"),                 # O for 0
    ("ssh admin@10.O.3.7", "10.O.3.7"),
    ("DB_HOST=10.87.127.110", "10.87.127.110"),
])
def test_private_addresses_read_with_ocr_lookalikes(row, value):
    assert_covered([row], value, "internal_url")


@pytest.mark.parametrize("row, value", [
    ("REDIS HOST-109.235.24.169", "109.235.24.169"),         # '_' read as a space, '=' as '-', a digit too many
    ("DB_HOST=db-master01:5432", "db-master01:5432"),
    ("API_BASE_URL=api.internal-svc:8080/v1", "api.internal-svc:8080/v1"),
])
def test_a_configured_host_is_internal(row, value):
    assert_covered([row], value, "internal_url")


@pytest.mark.parametrize("row", ["Host: Anda sendiri", "QUEUE_CONNECTION=redis", "Email budi@8.8.8.8 salah",
                                 "host pertemuan 10.00 WIB"])
def test_configured_host_near_misses(row):
    assert_nothing([row], {"internal_url"})


@pytest.mark.parametrize("rows, value", [
    (["Password: Garuda2020!"], "Garuda2020!"),
    (["Kata Sandi", "Garuda2020!"], "Garuda2020!"),
    (["PIN: 123456"], "123456"),
    (["Cookie: ci_session=9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"], "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"),
    (["AKIAFAKEFAKEFAKE1234"], "AKIAFAKEFAKEFAKE1234"),
    (["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlIn0.c2lnbmF0dXJlLWZha2U"],
     "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlIn0.c2lnbmF0dXJlLWZha2U"),
    (["https://contoh.go.id/callback?token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlIn0.c2lnbmF0dXJlLWZha2U"],
     "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlIn0.c2lnbmF0dXJlLWZha2U"),
])
def test_credentials(rows, value):
    assert_covered(rows, value, "credential")


def test_masked_password_is_not_a_finding():
    assert_nothing(["Password: ••••••••"], {"credential"})


def test_pln_token_prose_is_not_a_credential():
    # reference B4 near-miss: "token listrik" (PLN prepaid electricity) is not a secret
    assert_nothing(["Beli token listrik 20 kWh"], {"credential"})
    assert_nothing(["token listrik 5523 1234 8876 0012 3345"], {"credential"})   # nor its voucher's number


# A one-time code or a PIN after the word that says whose it is.
@pytest.mark.parametrize("rows, value", [
    (["pin atm 123456"], "123456"),
    (["kode otp nya 482913"], "482913"),
    (["Kode verifikasi WhatsApp kamu 123-456. Jangan bagikan kode ini"], "123-456"),
    (["OTP BCA Anda: 482913."], "482913"),
    (["Kode OTP kamu: 482913"], "482913"),
    (["Password: rahasia 2024"], "rahasia 2024"),     # a password OCR read with its underscore as a space
    (["pin  atm   123456"], "123456"),                # OCR noise: wide spaces
])
def test_a_code_after_whose_it_is_is_covered(rows, value):
    assert_covered(rows, value, "credential")


@pytest.mark.parametrize("row", ["Token listrik 50.000 sudah masuk", "PIN baru sudah diaktifkan",
                                 "Kode pos 40115 ya"])
def test_a_code_words_prose_stays(row):
    assert_nothing([row], {"credential"})


# ------------------------------------------ systems and markers not in any list
@pytest.mark.parametrize("row, value", [
    ("Ajukan izin lewat aplikasi e-Cuti sebelum tanggal 5", "e-Cuti"),
    ("Login e-SPPD - Kota Contoh", "e-SPPD"),
    ("Laporan harian di e-Lapkin belum diisi", "e-Lapkin"),
    ("Buka e -Lapkin sekarang", "e -Lapkin"),                       # OCR put a space before the hyphen
    ("Dashboard SIMANTAP", "SIMANTAP"),
    ("Masuk ke SI-PEDAS dengan akun dinas", "SI-PEDAS"),
])
def test_unlisted_system_names_by_shape(row, value):
    assert_covered([row], value, "internal_system")


@pytest.mark.parametrize("row", [
    "Kirim lewat e-mail atau E-Mail dinas", "Bawa e-KTP asli", "Lapor pajak lewat e-Filing dan e-Faktur",
    "Cek harga di e-Katalog LKPP", "Bayar e-Tilang di bank", "Klik SIMPAN lalu SIMULASI", "SIANG INI RAPAT",
    "KABUPATEN SIDOARJO", "KOTA SIBOLGA", "e-commerce tumbuh pesat", "Sistem Informasi Kepegawaian",
])
def test_ordinary_e_words_and_caps_words_are_not_systems(row):
    assert_nothing([row], {"internal_system"})


@pytest.mark.parametrize("row, value", [
    ("SANGAT RAHASIA - Data Pegawai Mutasi 2024", "SANGAT RAHASIA"),         # e-mail subject opens with it
    ("[RAHASIA] Nota Dinas Verifikasi Data", "RAHASIA"),
    ("Nota Dinas Verifikasi Data ASN - RAHASIA", "RAHASIA"),
    ("Fwd: Usulan Mutasi Pegawai SANGAT RAHASIA", "SANGAT RAHASIA"),
])
def test_classification_in_a_subject_line(row, value):
    assert_covered([row], value, "classification")


def test_classification_badge_drawn_smaller_beside_a_title():
    from redactor.findings import Box
    from redactor.ocr import OcrResult, Word
    title = [("Permohonan", 20), ("Verifikasi", 160), ("Data", 290), ("ASN", 350)]
    words = [Word(text=t, box=Box(x, 20, 10 * len(t), 22), conf=95, line_id=0) for t, x in title]
    words.append(Word(text="RAHASIA", box=Box(405, 27, 50, 10), conf=90, line_id=0))   # small red tag
    words.append(Word(text="Kotak", box=Box(470, 27, 30, 10), conf=90, line_id=0))
    detection = detect(OcrResult(words=tuple(words), width=600, height=60))
    assert [f.preview for f in detection.findings if f.category == "classification"]


def test_system_name_echoed_where_ocr_damaged_its_prefix():
    # the header reads e-SPPD; the browser tab's small text came out as "--SPPD"
    rows = ["@ --SPPD Masuk", "e-SPPD", "Menu Presensi Online"]
    assert_covered(rows, "--SPPD", "internal_system", row=0)
    _, detection = run(["e-Presensi", "Menu Presensi Online"])
    assert not [f for f in detection.findings if any(b.top > 40 for b in f.boxes)]  # the plain word stays


@pytest.mark.parametrize("tab, value, header", [
    ("(«Presensi Pengaturan Integrasi", "(«Presensi", "e-Presensi"),      # "e-" read as «
    ("@ -0ffice- Pengaturan Integrasi x", "-0ffice", "e-Office"),         # o read as 0
    ("¢-Kinerja | Dashboard", "¢-Kinerja", "e-Kinerja"),
])
def test_system_name_echo_with_ocr_lookalikes(tab, value, header):
    assert_covered([tab, header], value, "internal_system", row=0)


@pytest.mark.parametrize("row, value", [
    ("@-SKP Dasroowu | SKP Evaluasi", "@-SKP"),                      # a short name: "e-" read as "@-"
    ("#-Kingrja - Sasaran Kinerja Pegawai", "#-Kingrja"),              # "e-" read as "#-", a letter misread too
])
def test_a_system_name_whose_e_a_shrunk_copy_read_as_a_sign_before_its_hyphen(row, value):
    assert_covered([row], value, "internal_system")


@pytest.mark.parametrize("row", ["Semangat #Kinerja #ASNBerAKHLAK", "Terima kasih @SKP_official", "#SKP 2025 sudah dinilai"])
def test_a_hashtag_or_a_handle_is_no_system_name(row):
    assert_nothing([row], {"internal_system"})


def test_a_system_name_in_capitals_covered_where_it_stands_again():
    # the tab names the system on a staff system's screen; the app's header over its menu says it again, on a
    # row of its own (where, alone, it would be the ordinary word "simpel")
    tab, url = [(20, "SIMPEL"), (200, "Kinerja Harian")], "http://absensi.contohkab.go.id/kinerja/harian"
    assert_covered([tab, url, "SIMPEL", "Dashboard"], "SIMPEL", "internal_system", row=2)
    # the same capitals read with a speck after them
    assert_covered([tab, url, "SIMPEL ,", "Dashboard"], "SIMPEL", "internal_system", row=2)


def test_a_system_name_in_capitals_echoes_only_as_written():
    tab, url = [(20, "SIMPEL"), (200, "Kinerja Harian")], "http://absensi.contohkab.go.id/kinerja/harian"
    # the word in small letters stays a word
    _, detection = run([tab, url, "Cara simpel mengisi laporan"])
    assert not [f for f in detection.findings if any(b.top > 80 for b in f.boxes)]
    # with no system named on the page, the header's word stays too
    assert_nothing([url, "SIMPEL", "Dashboard"], {"internal_system"})


def test_a_system_echo_needs_its_mark():
    # "Office" alone in a menu is a word, even on a page that names e-Office
    _, detection = run(["e-Office", "Microsoft Office", "0ffice hours"])
    assert not [f for f in detection.findings if any(b.top > 40 for b in f.boxes)]


@pytest.mark.parametrize("row, value", [
    ("Nota Dinas Hasil Pemeriksaan - RAHASlA", "RAHASlA"),
    ("SANGAT RAHASlA", "SANGAT RAHASlA"),
])
def test_classification_damaged_by_ocr(row, value):
    assert_covered([row], value, "classification")


@pytest.mark.parametrize("row", ["5 RAHASIA agar tabungan cepat bertambah", "ini RAHASIA kita berdua ya"])
def test_capital_classification_word_inside_prose_is_not_a_marker(row):
    assert_nothing([row], {"classification"})


# A settings key's word in a configuration file or an .env on screen: no marking, and the page is no
# classified document (it is an internal system's, for its secrets).
@pytest.mark.parametrize("row", ["SIASN_CLIENT_SECRET=cfac33dd3977d7a6518eafcbd7d42269", "SECRET_KEY=base64:9f2c",
                                 "SIASN CLIENT SECRET-cfac33dd3977d7a6518e",     # '_' read as spaces, '=' as '-'
                                 "JWT SECRET:x9Kq2mLp"])
def test_a_settings_keys_word_is_not_a_classification_marker(row):
    _, detection = run([row])
    assert "classification" not in categories(detection)
    assert detection.verdict.kind != "classified_document"


@pytest.mark.parametrize("row, value", [("RAHASIA-Rekap gaji pegawai", "RAHASIA"),   # a subject glued to its dash
                                        ("SANGAT RAHASIA: Data pegawai", "SANGAT RAHASIA")])
def test_a_marker_before_a_subject_with_no_space_is_still_a_marker(row, value):
    assert_covered([row], value, "classification")


# ------------------------------------------------------- credentials in free text
@pytest.mark.parametrize("rows, value", [
    (["Akun SAPK: opung84 / Garuda_2019#"], "opung84 / Garuda_2019#"),
    (["Akun MySAPK: operator langgeng / Kantor 2023 07.29"], "operator langgeng / Kantor 2023"),  # '_' read as ' '
    (["login simpeg: budi.s / Rahasia123"], "budi.s / Rahasia123"),
    (["pw nya Garuda_2019# ya"], "Garuda_2019#"),
    (["sandinya Bandung@2024 jangan disebar"], "Bandung@2024"),
    (["Passwordnya: Mawar#88"], "Mawar#88"),
    (["coba pakai Jakarta!2020 dulu"], "Jakarta!2020"),                # no label: the token's shape
    (["MAIL_PASSWORD=Simpeg!2024"], "Simpeg!2024"),
    (["DB PASSWORD-Kantor2019"], "Kantor2019"),                          # OCR: '_' as ' ', '=' as '-'
    (["GITLAB TOKEN-glpat sGFj qhy428exbPpxZWuk"], "glpat sGFj qhy428exbPpxZWuk"),
    (["token repo glpat-pISYOqTWzV6wJKqSuiPp"], "glpat-pISYOqTWzV6wJKqSuiPp"),
    (["APP_KEY=base64:0e7b4b4d5740511fcaf8aa026a08451b"], "0e7b4b4d5740511fcaf8aa026a08451b"),
    (["client secret d3833dc63ea66543f91e75bc141656ee4f90936b"], "d3833dc63ea66543f91e75bc141656ee4f90936b"),
])
def test_credentials_in_free_text(rows, value):
    assert_covered(rows, value, "credential")


@pytest.mark.parametrize("row", [
    "Akun Instagram: @dinkes.kota / Facebook", "pw nya lupa", "sandinya sudah diganti", "#InfoPublik2024!",
    "Data_Pegawai_2023.xlsx", "kirim ke budi.santoso@contoh.go.id", "V2.6.28-build.728", "Harga Rp1.620.000",
    "STATUS: PASS", "Nomor ND-871/KP.02.05/X/2023", "commit 1a2b3c4d", "Ruang Rapat Lt.2 Gedung A",
])
def test_credential_shapes_near_misses(row):
    assert_nothing([row], {"credential"})


# ------------------------------------------------- names with no label: name slots
def person_names(rows):
    _, detection = run(rows)
    return [f.preview for f in detection.findings if f.category == "person_name"]


@pytest.mark.parametrize("rows, value", [
    # a chat list: the contact, a day or a time beside it, the last message below
    ([[(20, "Gatot Emil Situmorang"), (400, "Senin")], "Izin, rapat diundur"], "Gatot Emil Situmorang"),
    ([[(20, "Drajat Prabowo"), (400, "01/08/2024")], "Baik, terima kasih"], "Drajat Prabowo"),
    ([[(20, "©) Hafshah Jane Handayani"), (400, "Sabtu")]], "Hafshah Jane Handayani"),   # avatar read as '©)'
    ([[(20, "Raina"), (400, "15.30")], "Berkas sudah lengkap"], "Raina"),                 # one word in a chat slot
    # the sender above a group message
    (["Edi Samosir", "Data calon peserta diklat sudah lengkap"], "Edi Samosir"),
    (["Hari Nashiruddin", "Mohon dicek data pegawai yang belum update"], "Hari Nashiruddin"),
    # the signed-in user at the end of an app's top bar, a sidebar's user
    ([[(20, "e-Presensi"), (300, "Beranda"), (600, "Timbul Sitorus")]], "Timbul Sitorus"),
    (["& Asman Sihotang"], "Asman Sihotang"),
    (["Emily Johnson"], "Emily Johnson"),                                                 # an English form
    (["Dr. Rahmat Hidayat, M.Kom."], "Dr. Rahmat Hidayat, M.Kom."),
])
def test_name_alone_in_a_name_slot(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("rows", [
    [[(20, "Grup Dinas Bidang Mutasi"), (400, "Senin")], "Link zoom menyusul"],          # a group, not a person
    [[(20, "Subbag Umum & Kepeg"), (400, "15.30")]],
    [[(20, "Info Diklat PIM"), (400, "09.58")]],
    [[(20, "Admin Presensi OPD"), (400, "17:37")]],
    [[(20, "Pokja Pengadaan 2024"), (400, "15:15")]],
    ["Kotak Masuk"], ["Pengaturan Integrasi"], ["Log Aktivitas"], ["Google Drive"], ["Basis Data"],
    ["Pesan Ditunda"], ["Kota Balikpapan"], ["Korea Selatan"], ["Arsiparis Terampil"], ["Absensi Online"],
    ["Dokumen"], ["Grafana"],                                                              # one word, no chat slot
    [[(20, "No HP"), (250, "Merk/Tipe"), (500, "Nama")],
     [(20, "081234567890"), (250, "Suzuki Ertiga"), (500, "Budi Santoso")]],              # a car model's cell
])
def test_menus_groups_places_and_cells_are_not_names(rows):
    found = person_names(rows)
    expected = 1 if any("Budi Santoso" in str(r) for r in rows) else 0
    assert len(found) == expected, found


@pytest.mark.parametrize("rows, value", [
    # a village app's resident card: the name in capitals, the card's fields under it
    (["RATNA RAMADHAN", "NIK: 7328042512649667", "RT 03/RW 05, Dusun Krajan"], "RATNA RAMADHAN"),
    (["KORNELIUS ROSYIDAH KURNIAWAN", "NIK 3530190204927438"], "KORNELIUS ROSYIDAH KURNIAWAN"),
    (["©) CITRA HARAHAP", "NIK: 3203096205915335"], "CITRA HARAHAP"),          # an avatar read as '©)'
    (["UMAR GINTING SETIAWAN", "Alamat: Jl. Melati No. 9"], "UMAR GINTING SETIAWAN"),
    (["TEGUH SAPUTRA", "NIK: 3321072401797188"], "TEGUH SAPUTRA"),          # given names that are also words
    (["PUSPA PANGARIBUAN", "NIK: 3321072401797188"], "PUSPA PANGARIBUAN"),
])
def test_a_name_in_capitals_heading_a_card_of_fields(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("rows", [
    ["DATA PENDUDUK", "NIK: 7328042512649667"],                   # a heading in plain words
    ["BPJS KESEHATAN", "NIK: 7328042512649667"],                  # an acronym and a word
    ["KANTOR DESA SUKAMAJU", "Alamat: Jl. Melati No. 9"],         # an office
    ["RATNA RAMADHAN", "menghadiri rapat desa"],                  # capitals over prose, no field below
])
def test_capitals_over_a_card_that_are_no_name(rows):
    assert rows[0] not in " ".join(person_names(rows))
    assert person_names(rows) == [] or rows[0] not in str(person_names(rows))


@pytest.mark.parametrize("rows, value", [
    # the signed-in user in a top bar: an avatar read as "Oo", a menu caret read as "v", a sign-out button
    ([[(20, "e-Dupak"), (900, "Oo Vina Rahman ( Keluar")]], "Vina Rahman"),
    ([[(20, "SIMPEL"), (900, "Agnes Pangaribuan v")]], "Agnes Pangaribuan"),
    ([[(20, "e-Lakip"), (900, "Handoko Manurung ~")]], "Handoko Manurung"),
    ([[(20, "MySAPK"), (900, "Gasti Yuniar Logout")]], "Gasti Yuniar"),
])
def test_signed_in_user_beside_the_bar_controls(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("rows", [
    [[(20, "e-Lakip Beranda Bantuan"), (900, "Keluar")]],           # a system glued to its menu by OCR
    [[(20, "e-Dupak"), (900, "Pengaturan Akun v")]],                  # a menu with a caret
    ["Data Penduduk Desa Sukamaju"],                                  # an app's heading and its village
])
def test_bar_menus_and_headings_are_not_names(rows):
    assert person_names(rows) == []


def test_a_run_broken_by_an_office_word_is_two_names_and_the_word_stays():
    rows = ["Budi Santoso Kantor Rahmat Hidayat"]
    assert_covered(rows, "Budi Santoso", "person_name")
    assert_covered(rows, "Rahmat Hidayat", "person_name")
    layout, detection = run(rows)
    assert uncovered_chars(layout, detection.findings, "Kantor", 0) == layout.value_boxes("Kantor", 0)


@pytest.mark.parametrize("row, value, category", [
    ("@6281234567890 tolong dicek laporannya", "6281234567890", "phone"),
    ("Siap @6288184947067, sudah saya kirim", "6288184947067", "phone"),
    ("©6281734552456 segera upload SKP", "6281734552456", "phone"),         # OCR: © for @
    ("@Handoko NIP nya", "Handoko", "person_name"),
    ("Mohon @Citra segera upload SKP", "Citra", "person_name"),             # a name that is also a word
    ("Siap @Sutrisno Wibowo, sudah saya kirim", "Sutrisno Wibowo", "person_name"),
    ("Mohon @lrfan segera upload SKP", "lrfan", "person_name"),             # OCR: l for I
])
def test_group_chat_mentions(row, value, category):
    assert_covered([row], value, category)


def test_a_mention_wrapped_onto_the_next_line():
    assert_covered(["besok rapat @Citra", "Harahap Sitorus di aula"], "Harahap Sitorus", "person_name", row=1)


@pytest.mark.parametrize("row", ["kirim ke @Home ya", "cek @channel sekarang", "tanggal @2024 rapat", "@lanjut besok",
                                 "email budi@Contoh.com"])
def test_mention_near_misses(row):
    assert_nothing([row], {"person_name", "phone"})


def test_a_header_that_starts_with_no_is_its_own_label():
    # "No. Polisi" heads a plate column; only before another label is "No" the row number's header
    rows = [[(20, "No"), (80, "Nama"), (300, "No. Polisi"), (500, "Kendaraan")],
            [(20, "1"), (80, "Salimah Palastri"), (300, "N3292 HS"), (500, "Honda Beat")]]
    assert_covered(rows, "N3292 HS", "plate")


_STAFF_HEADER = [(20, "No Nama / NIP"), (300, "Jabatan"), (560, "Kontak"), (800, "Status"), (950, "Aksi")]


@pytest.mark.parametrize("cell", ["Pengadministrasi Umum", "Penata Laporan Keuangan", "Tugas Belajar Weta",
                                  "Detail Ubah"])
def test_jobs_statuses_and_actions_in_a_staff_table_are_not_names(cell):
    column = 300 if cell.startswith("Pen") else 800 if cell.startswith("Tugas") else 950
    rows = [_STAFF_HEADER, [(20, "1 Nuraini Wibowo"), (column, cell)]]
    layout, detection = run(rows)
    assert uncovered_chars(layout, detection.findings, cell, 1) == layout.value_boxes(cell, 1)
    assert_covered(rows, "Nuraini Wibowo", "person_name")


@pytest.mark.parametrize("rows, value", [
    (["62 831 6632 2700 -Diah", "Baik Bu, segera saya proses"], "Diah"),
    (["+62 897 1444 876 ~Lidya"], "Lidya"),
    (["#62 887-6803-9985 -Zelaya"], "Zelaya"),                                            # OCR read '+' as '#'
])
def test_whatsapp_sender_name_after_the_number(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("row, value", [
    ("Ihsan Mansur <ihsan.mansur@surabaya.go.id>", "Ihsan Mansur"),                     # a mail's sender
    ("Rika Namaga «r.namaga@kemkes.go.id»", "Rika Namaga"),                             # OCR read '<' as '«'
    ("KE: BUDI SANTOSO", "BUDI SANTOSO"),                                               # a transfer proof
    ("PENERIMA : GATOT SITUMORANG", "GATOT SITUMORANG"),
    ("VINO NAINGGOLAN (NIK 2171083007969371), SIM C", "VINO NAINGGOLAN"),
])
def test_names_beside_an_address_or_in_capitals(row, value):
    assert_covered([row], value, "person_name")


@pytest.mark.parametrize("row", ["KE : REKENING BCA", "DARI: BANK MANDIRI", "TUJUAN: KOTA BANDUNG",
                                 "DATA PEGAWAI (NIP BARU)"])
def test_capital_words_after_a_transfer_label_are_not_names(row):
    assert_nothing([row], {"person_name"})


def test_ordinary_words_and_names_are_told_apart():
    from redactor.detect.lexicon import is_ordinary_word
    for word in ["pengadaan", "Terlampir", "kepegawaian", "ditunda", "dashboard", "login", "Kotak"]:
        assert is_ordinary_word(word), word
    # Tesseract's word lists hold these too; the KBBI roots and the English list do not
    for word in ["Situmorang", "Prabowo", "Emil", "dimas", "Nugroho", "Jane"]:
        assert not is_ordinary_word(word), word


# ============================================================== tables
def test_table_columns_give_each_cell_its_header():
    rows = [[(20, "Nama"), (300, "NIK"), (600, "No. Rekening")],
            [(20, "Siti Rahmawati"), (300, "3578106412019902"), (600, "9912345678")],
            [(20, "Budi Santoso"), (300, "3273015507879901"), (600, "9912345679")]]
    for value, category in [("Siti Rahmawati", "person_name"), ("3578106412019902", "nik"),
                            ("9912345678", "bank_account"), ("Budi Santoso", "person_name"),
                            ("9912345679", "bank_account")]:
        assert_covered(rows, value, category)


def test_table_cells_glued_by_ocr_are_split_at_the_column():
    # OCR read the name and the NIK of one row as one line with a small gap
    rows = [[(20, "Nama"), (200, "No HP")],
            [(20, "Budi Santoso 081234567890")]]
    assert_covered(rows, "Budi Santoso", "person_name")
    assert_covered(rows, "081234567890", "phone")


def test_header_of_two_words_is_one_column():
    # "Alamat Pemegang" names one column; the street, number and city under it are all one value
    rows = [[(20, "Pemegang"), (300, "Alamat Pemegang"), (800, "Pajak s.d.")],
            [(20, "Kamila Aryani"), (300, "Jl. Ronggowarsito No. 913, Palangkaraya"), (800, "2024-09-19")]]
    assert_covered(rows, "Jl. Ronggowarsito No. 913, Palangkaraya", "address")


def test_table_header_cells_are_not_values():
    rows = [[(20, "Nama"), (300, "NIK"), (600, "No HP")],
            [(20, "Budi Santoso"), (300, "3273015507879901"), (600, "081234567890")]]
    layout, detection = run(rows)
    header_hits = [f.preview for f in detection.findings if any(b.top < 40 for b in f.boxes)]
    assert not header_hits, f"header row covered: {header_hits}"


def test_nik_wrapped_in_table_cell():
    rows = [[(20, "NIK"), (300, "Nama")],
            [(20, "3273 0155"), (300, "Budi Santoso")],
            [(20, "0787 9901")]]
    assert_covered(rows, "3273 0155", "nik")
    assert_covered(rows, "0787 9901", "nik")


# ========================================================= own terms / config
def test_own_terms_are_always_covered():
    assert_covered(["Laporan disusun oleh tim Kominfo Kota Contoh"], "Kominfo Kota Contoh", "own_term",
                   own_terms=["Kominfo Kota Contoh"])
    # case and spacing differences from OCR
    assert_covered(["KOMINFO  KOTA CONTOH"], "KOMINFO  KOTA CONTOH", "own_term", own_terms=["Kominfo Kota Contoh"])


def test_own_term_not_present_is_not_invented():
    assert_nothing(["Rapat koordinasi hari Senin"], own_terms=["Kominfo Kota Contoh"])


def test_disabled_category_is_not_reported():
    _, detection = run(["NIK 3273015507879901", "HP 0812-3456-7890"], disabled=["nik"])
    assert "nik" not in categories(detection)
    assert "phone" in categories(detection)


# ============================================================ whole page
def test_ktp_page_gets_identity_verdict_and_every_field():
    rows = ["PROVINSI JAWA BARAT", "NIK 3273015507879901", "Nama BUDI SANTOSO",
            "Tempat/Tgl Lahir BANDUNG, 15-07-1987", "Jenis Kelamin LAKI-LAKI", "Agama ISLAM"]
    layout, detection = run(rows)
    assert detection.verdict.kind == "identity_card"
    for value in ["3273015507879901", "BUDI SANTOSO", "BANDUNG, 15-07-1987", "LAKI-LAKI", "ISLAM"]:
        assert not uncovered_chars(layout, detection.findings, value), value


def test_clean_page_has_no_findings_and_no_verdict():
    rows = ["Rapat koordinasi hari Senin pukul 09.00", "Agenda: evaluasi program kerja triwulan III",
            "Peserta diharap hadir tepat waktu", "Total anggaran Rp 1.250.000"]
    _, detection = run(rows)
    assert detection.findings == ()
    assert detection.verdict.kind == "none"


def test_previews_are_masked():
    _, detection = run(["NIK 3273015507879901", "Email: siti.rahma@example.org", "HP 0812-3456-7890"])
    text = " ".join(f.preview for f in detection.findings)
    for raw in ["3273015507879901", "siti.rahma@example.org", "3456"]:
        assert raw not in text
    assert "NIK 32••••••••••••01" in text


def test_empty_ocr():
    _, detection = run([])
    assert detection.findings == ()


# ============================================================ masked previews
@pytest.mark.parametrize("value, masked", [
    ("3273015507879901", "32••••••••••••01"),
    ("0812-3456-7890", "08••••••••••90"),
    ("12345678", "12••••78"),
    ("1234", "1•••"),
    ("siti.rahma@example.org", "s•••••••••@e••••••••••"),
    ("Budi Santoso", "B••• S••••••"),
    ("Rahmawati Kusumaningrum Hadi", "R••••••••i"),   # a long value: its first and last characters
    ("base64:969dc561fb42ddf92aae0269", "b••••••••9"),
])
def test_mask_value(value, masked):
    from redactor.mask import mask_value

    assert mask_value(value) == masked


@pytest.mark.parametrize("value", ["3273015507879901", "198507172010011901", "0812-3456-7890", "+62 812 3456 7890",
                                   "08.266.357.3-403.000", "1234567890123", "NIK 3273015507879901",
                                   "Rek. BNI 0123456789 a.n. Budi"])
def test_mask_shows_at_most_four_digits_of_any_number(value):
    import re

    from redactor.mask import mask_value

    shown = mask_value(value)
    assert sum(ch.isdigit() for ch in shown) <= 4, shown
    assert all(len(run) <= 4 for run in re.findall(r"\d+", shown))


@pytest.mark.parametrize("value", ["Rahmawati Kusumaningrum Hadi", "Prof. Dr. Ir. Rahmawati Kusumaningrum, M.Sc.",
                                   "Sri Rahayu Ningsih Wulandari", "ghp_R8fK2mQ9xLp4Tz7Wv1Ns5Hc3Yb6Jd0Ea"])
def test_mask_of_a_long_value_shows_no_more_than_its_first_and_last_characters(value):
    from redactor.mask import BULLET, mask_value

    shown = mask_value(value)
    assert len(shown.replace(BULLET, "")) <= 2, shown
    assert shown.count(BULLET) == 8, shown   # the same for every long value: its length stays unknown


def test_mask_never_passes_control_characters():
    from redactor.mask import mask_value, preview

    text = preview("Nama", "Budi\x1b[2J Santoso\x07")
    assert "\x1b" not in text and "\x07" not in text
    assert "Santoso" not in mask_value("Budi Santoso")



@pytest.mark.parametrize("value, masked", [
    ("Krisna .\ufffd", "K•••••"),             # a speck read as a dot, bytes the OCR could not decode
    ("\u00a9 Oki Purba", "O•• P••••"),         # an avatar's ring read as a symbol
    ("Ratna | Sari", "R•••• S•••"),           # a table's border between the words
    ("Budi\ue000 Santoso", "B••• S••••••"),    # a private-use glyph
    ("\ufffd\ufffd", "•••"),                   # nothing readable: still a mask, never the raw bytes
    ("jl kenanga no 3 rt 1 rw 2", "j• k•••••• n• • r• • r• •"),   # a house number is no initial
])
def test_mask_shows_no_stray_ocr_characters(value, masked):
    from redactor.mask import mask_value

    assert mask_value(value) == masked


# ============================================== developer screens, chats, letters
@pytest.mark.parametrize("row, value, category", [
    ('"nik": "3273015507879901",', "3273015507879901", "nik"),
    ('{"nip":"198507172010011901"}', "198507172010011901", "nip"),
    ("Pak, ini NIK saya 3273015507879901 ya", "3273015507879901", "nik"),
    ("wa.me/6281234567890", "6281234567890", "phone"),
    ("KARTU KELUARGA No. 3273012305189901", "3273012305189901", "kk"),
    ("Nomor SEP: 1234R0O10525V000123", "1234R0O10525V000123", "bpjs"),
    ("SITI.RAHMA@EXAMPLE.ORG", "SITI.RAHMA@EXAMPLE.ORG", "email"),
    ("ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "credential"),
    ("-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN RSA PRIVATE KEY-----", "credential"),
    ("Nama Ibu Kandung: Sumarni", "Sumarni", "person_name"),
    ("mobil dinas B 1234 ABC parkir", "B 1234 ABC", "plate"),
    ("http://simpeg/", "http://simpeg/", "internal_url"),
])
def test_values_inside_prose_json_and_links(row, value, category):
    assert_covered([row], value, category)


def test_signature_block_name_with_degrees_and_nip():
    rows = ["Dr. Budi Santoso, S.Kom., M.Si.", "NIP. 198507172010011901"]
    assert_covered(rows, "Budi Santoso, S.Kom., M.Si.", "person_name")
    assert_covered(rows, "198507172010011901", "nip")


@pytest.mark.parametrize("row", ["17-07-2024 09:30", "No. Surat: 800/1234/BKPSDM/2024", "Saldo Rp 12.345.678.901.234",
                                 "Telp kantor (021) 3841234", "Call center 1500-537 atau 14000"])
def test_dates_letter_numbers_amounts_and_office_lines_are_not_personal(row):
    assert_nothing([row], {"nik", "kk", "nip", "phone", "bank_account", "card_number", "npwp", "plate"})


def test_international_0062_prefix_phone():
    # reference A10: international `+62 8…`, `62 8…`, `0062 8…`
    assert_covered(["Hubungi 0062 812 3456 7890"], "0062 812 3456 7890", "phone")


def test_letter_number_with_classification_prefix_is_not_a_plate():
    # reference B1 / Part D.6: `B-4929/Q.3.4/…` is a letter number (B = biasa), not a vehicle plate
    assert_nothing(["Nomor : B-4929/Q.3.4/E.1/11/2017"], {"plate"})


def test_username_value_is_covered():
    # the id-contact pack lists "Username" as a name label; a login name identifies the person
    assert_covered(["Username: budi.santoso"], "budi.santoso")


@pytest.mark.parametrize("row", ["Penerapan psikoterapi di sekolah", "file: ADX-report.pdf"])
def test_medical_labels_only_as_whole_words(row):
    # "Dx" / "Terapi" inside a longer word is not a diagnosis label
    assert_nothing([row], {"medical"})


# ================================================ property tests over generated values
from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from redactor.detect import validators as V  # noqa: E402

PROVINCES = sorted(V.PROVINCES)


@st.composite
def niks(draw):
    province = draw(st.sampled_from(PROVINCES))
    regency = draw(st.integers(1, 99).filter(lambda k: k != 70))
    district = draw(st.integers(1, 60))
    year = draw(st.integers(1950, 2020))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28)) + draw(st.sampled_from([0, 40]))
    serial = draw(st.integers(1, 9999))
    digits = f"{province}{regency:02d}{district:02d}{day:02d}{month:02d}{year % 100:02d}{serial:04d}"
    assert V.nik(digits)
    return digits


def _format(digits: str, style: str) -> str:
    if style == "grouped":
        return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))
    if style == "dashed":
        return "-".join(digits[i:i + 4] for i in range(0, len(digits), 4))
    if style == "noisy":
        return digits.replace("0", "O", 2).replace("1", "l", 1)
    return digits


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(digits=niks(), style=st.sampled_from(["plain", "grouped", "dashed", "noisy"]),
       label=st.sampled_from(["NIK: ", "NIK:", "No. KTP ", "", "nik "]))
def test_property_every_valid_nik_is_covered(digits, style, label):
    value = _format(digits, style)
    layout = make_ocr([label + value])
    detection = detect(layout.ocr)
    assert not uncovered_chars(layout, detection.findings, value), (label + value,
                                                                    [f.preview for f in detection.findings])


@st.composite
def nips(draw):
    birth = draw(st.integers(1960, 2000))
    month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
    tmt = birth + draw(st.integers(20, 40))
    tmt_part = f"{tmt}{draw(st.integers(1, 12)):02d}" if draw(st.booleans()) else f"{tmt}2{draw(st.integers(1, 9))}"
    digits = f"{birth}{month:02d}{day:02d}{tmt_part}{draw(st.sampled_from('12'))}{draw(st.integers(1, 999)):03d}"
    return digits


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(digits=nips(), spaced=st.booleans(), label=st.sampled_from(["NIP ", "NIP. ", "NIP:", ""]))
def test_property_every_valid_nip_is_covered(digits, spaced, label):
    from datetime import date

    if int(digits[8:12]) > date.today().year + 1:
        return  # appointed in the future: not a real NIP
    assert V.nip(digits)
    value = f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}" if spaced else digits
    layout = make_ocr([label + value])
    detection = detect(layout.ocr)
    assert not uncovered_chars(layout, detection.findings, value), label + value


@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.sampled_from(["rapat", "koordinasi", "hari", "Senin", "agenda", "evaluasi", "program",
                                       "kerja", "anggaran", "tahun", "2024", "pukul", "09.00", "ruang", "lantai",
                                       "3", "Rp", "1.250.000", "halaman", "12", "dari", "40", "17-07-2024"]),
                      min_size=1, max_size=12))
@example(words=["17-07-2024", "09.00", "2024"])  # found by this test once; kept so it is always tried
def test_property_ordinary_sentences_have_no_identifier_findings(words):
    _, detection = run([" ".join(words)])
    hits = [f.preview for f in detection.findings
            if f.category in {"nik", "kk", "nip", "npwp", "phone", "card_number", "bank_account", "passport"}]
    assert not hits, (" ".join(words), hits)


@pytest.mark.parametrize("row, value", [
    ("NIK " + " ".join("3273015507879901"), " ".join("3273015507879901")),          # one digit per form box
    ("NIK " + "   ".join("3273015507879901"), "   ".join("3273015507879901")),
    ("NIK 3273 0155    0787 9901", "3273 0155    0787 9901"),                       # justified / spaced groups
    ("HP 0812    3456    7890", "0812    3456    7890"),
])
def test_value_groups_far_apart_on_one_line(row, value):
    assert_covered([row], value)


def test_dotted_npwp_split_by_ocr_after_a_dot():
    # real Tesseract output for a 13 px "NPWP          : 09.999.901.3-407.000"
    rows = [[(20, "NPWP"), (160, ": 09.999.901. 3-407.000")]]
    assert_covered(rows, "09.999.901. 3-407.000", "npwp")


def test_email_split_by_ocr_before_the_last_label():
    # real Tesseract output for "To: operator.bkpsdm@contoh.go.id": '…@contoh.go.' + 'id'
    assert_covered(["To: operator.bkpsdm@contoh.go. id"], "operator.bkpsdm@contoh.go. id", "email")


@pytest.mark.parametrize("row, value", [
    ("Kode Billing 123456789012345", "123456789012345"),
    ("AIzaSyA1234567890abcdefghijklmnopqrstuv", "AIzaSyA1234567890abcdefghijklmnopqrstuv"),
    ("123456789:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789a", "123456789:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789a"),
    ("xoxb-123456789012-abcdefghij", "xoxb-123456789012-abcdefghij"),
    ("http://[fd00::1]:8080/admin", "http://[fd00::1]:8080/admin"),
    ("Authorization: Bearer abcdef1234567890abcdef", "abcdef1234567890abcdef"),
    ("sk-abcdefghijklmnopqrstuvwxyz123456", "sk-abcdefghijklmnopqrstuvwxyz123456"),
    ("NIK Suami/Istri: 3273011507870001", "3273011507870001"),
])
def test_more_reference_shapes(row, value):
    assert_covered([row], value)


@pytest.mark.parametrize("row, value", [
    ("No. Akta Kelahiran: 3273-LT-15072018-9901", "3273-LT-15072018-9901"),   # reference A19
    ("Lokasi: -6.914744, 107.609810", "-6.914744, 107.609810"),              # reference A14: coordinates
    ("No. Rujukan 0301U01108180200084", "0301U01108180200084"),               # reference A6: rujukan
])
def test_deed_numbers_coordinates_and_referrals(row, value):
    assert_covered([row], value)


from redactor.findings import Box as _Box  # noqa: E402
from redactor.ocr import OcrResult as _OcrResult, Word as _Word  # noqa: E402

_ALPHABET = st.sampled_from(list("0123456789OolISB|!.,:;-–/@<>()[]{}#%&*+=_~'\"? abcxyzNIKPWRTHAMJ") +
                            ["\u00e9", "\u2022", "\u00ab", "\u8eab", "\U0001FAAA", "\x00", "\t", "\u200b"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.tuples(st.text(_ALPHABET, min_size=0, max_size=24), st.integers(-5, 400),
                                st.integers(-5, 300), st.integers(0, 120), st.integers(0, 40),
                                st.floats(-1, 100), st.integers(0, 6)), max_size=40))
@example(words=[("\u8eab000", 0, 0, 0, 0, 0.0, 0)])  # a non-ASCII letter glued to digits once crashed detect
def test_property_detect_never_crashes_on_odd_ocr_output(words):
    ocr = _OcrResult(words=tuple(_Word(text=t, box=_Box(x, y, w, h), conf=c, line_id=l)
                                 for t, x, y, w, h, c, l in words), width=500, height=400)
    detection = detect(ocr)
    for f in detection.findings:
        assert f.boxes, f
        assert all(b.width >= 0 and b.height >= 0 for b in f.boxes)
        assert "\x00" not in f.preview


# ============================================ more near-misses from the reference
def test_womans_nik_shaped_like_a_kk_is_a_nik_without_label():
    _, detection = run(["3273015505189901"])
    assert categories(detection) == {"nik"}


def test_dotted_npwp_with_failing_checksum_is_still_covered():
    assert_covered(["09.999.901.4-407.000"], "09.999.901.4-407.000", "npwp")


@pytest.mark.parametrize("row", ["NISN", "NRPM 87070123", "No. Reg. 87070123", "Akta Pendirian PT No. 12 Tahun 2020"])
def test_label_lookalikes_without_their_value(row):
    assert_nothing([row], {"nik", "nip", "kk", "bpjs", "bank_account"})


def test_sim_card_phone_is_a_phone_not_a_licence():
    _, detection = run(["SIM card 081234567890"])
    assert categories(detection) == {"phone"}


def test_public_mentions_of_systems_and_plain_letters_get_no_verdict():
    for row in ["Sifat: Biasa", "Aplikasi SIPD diluncurkan", "Batas pengisian SKP di e-Kinerja 31 Januari"]:
        _, detection = run([row])
        assert detection.verdict.kind == "none", row
        assert "classification" not in categories(detection), row


@pytest.mark.parametrize("row", ["17-07-2024 09.00 2024", "Dikirim 17-07-2024 09.00 1500", "31-12-2023 10.15 0001"])
def test_date_time_and_a_number_are_not_a_nik(row):
    # found by the property test above: date + time + number join into 16 digits that pass the NIK rule
    assert_nothing([row], {"nik", "kk", "nip", "npwp", "card_number"})


@pytest.mark.parametrize("row", ["1.250.000 2.500.000 3.750.000 5.000.000", "12.345.678 17-07-2024 89"])
def test_amount_columns_are_not_card_numbers_or_niks(row):
    # budget tables: several thousand-dotted amounts in one row
    assert_nothing([row], {"nik", "kk", "nip", "card_number", "npwp"})


@pytest.mark.parametrize("row", ["Ruang rapat Gedung B 12", "Lantai A 3", "Kelas A 1", "Tahap B 2025"])
def test_room_floor_and_class_numbers_are_not_plates(row):
    # a one-letter region code with a number and no suffix letters, after an ordinary word: not a vehicle
    assert_nothing([row], {"plate"})


@pytest.mark.parametrize("row", ["Key Performance Indicator", "Secret Santa kantor", "Lupa Password?",
                                 "Kata Sandi minimal 8 karakter", "Token expired, silakan login ulang",
                                 "Masukkan PIN Anda", "Kata Sandi : ••••••••"])
def test_credential_labels_in_ordinary_ui_text(row):
    assert_nothing([row], {"credential"})


@pytest.mark.parametrize("row", ["Selamat Hari Raya Idul Fitri", "Selamat Hari Raya Nyepi", "Minal Aidin wal Faizin",
                                 "Mohon Maaf Lahir dan Batin", "Selamat Idul Adha 1447 H", "Hari Kemerdekaan Republik Indonesia",
                                 "Kementerian Pendayagunaan Aparatur Negara", "Nusa Tenggara Timur"])
def test_holiday_greetings_and_institutions_are_not_person_names(row):
    # civil servants post greeting cards and agency banners all the time
    assert_nothing([row], {"person_name"})


def test_tilted_photo_rows_keep_label_and_value_together():
    """Each word 4 px lower than the one before (a photo taken at a slant)."""
    from redactor.cover import regions_for

    def tilted(texts, y0, first_id):
        words, x = [], 20
        for i, text in enumerate(texts):
            words.append(_Word(text, _Box(x, y0 + 4 * i, 10 * len(text), 20), 90.0, first_id + i))
            x += 10 * len(text) + 10
        return words

    line1 = tilted(["Nama", ":", "Budi", "Santoso", "NIK", ":", "3273", "0155", "0787", "9901"], 50, 0)
    line2 = tilted(["HP", ":", "0812", "3456", "7890"], 100, 20)
    detection = detect(_OcrResult(tuple(line1 + line2), 600, 300))
    assert {"person_name", "nik", "phone"} <= categories(detection)
    regions = regions_for(detection.findings, 600, 300)
    for word in line1[2:4] + line1[6:] + line2[2:]:
        b = word.box
        assert any(r.left <= b.left and r.right >= b.right and r.top <= b.top and r.bottom >= b.bottom
                   for r in regions), word.text


@pytest.mark.parametrize("row, value", [
    ("4111 1111 1111 1111 2028", "4111 1111 1111 1111"),     # card number, then the expiry year
    ("4111 1111 1111 1111 1228", "4111 1111 1111 1111"),     # card number, then MMYY
])
def test_overlapping_identifier_spans_cover_their_union(row, value):
    # the last 16 digits also pass the NIK rule; whichever wins, no digit of the card may stay visible
    assert_covered([row], value)


_CONTEXT = ["rapat", "Senin", "09.00", "No.", "Surat", "data", "saya", "ya", "pak", "bu", "mohon", "dicek", "kirim",
            "ke", "di", "dan", "untuk", "dari", "17-07-2024", "Kota", "Bandung", "(", ")", ":", "-", "/", "Nama",
            "NIK", "HP", "Email", "Alamat", "ok", "\U0001F44D", "12", "A", "B"]
_VALUES = ["3273015507879901", "0812-3456-7890", "081234567890", "siti.rahma@example.org", "198507172010011901",
           "09.999.901.3-407.000", "4111 1111 1111 1111", "+62 857 1234 5678", "3578106412019902"]


def test_a_labelled_run_longer_than_a_phone_is_covered_to_its_end():
    # "HP" labels the run, whose windows are each a loose phone reading; the card's last group must not stay
    assert_covered(["HP 09.00 4111 1111 1111 1111"], "4111 1111 1111 1111")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=st.lists(st.sampled_from(_CONTEXT), max_size=6), after=st.lists(st.sampled_from(_CONTEXT), max_size=6),
       value=st.sampled_from(_VALUES), glue=st.sampled_from([" ", ": ", ":", " : "]),
       tail=st.sampled_from([" ", ", ", ". ", ") "]))
def test_property_values_inside_chat_text_are_always_covered(before, after, value, glue, tail):
    row = (" ".join(before) + glue if before else "") + value + (tail + " ".join(after) if after else "")
    layout = make_ocr([row])
    detection = detect(layout.ocr)
    assert not uncovered_chars(layout, detection.findings, value), (row, [f.preview for f in detection.findings])


@pytest.mark.parametrize("rows, parts", [
    (["HP 0812-3456-", "7890"], ["0812-3456-", "7890"]),
    (["Email: siti.rahma@exam", "ple.org"], ["siti.rahma@exam", "ple.org"]),
    (["No. Rek 0123-01-", "009999-50-9"], ["0123-01-", "009999-50-9"]),
    (["NIK 32730155", "07879901"], ["32730155", "07879901"]),
])
def test_values_wrapped_in_a_narrow_chat_bubble(rows, parts):
    """A phone screen wraps a long value onto the next line; both pieces must be covered."""
    layout, detection = run(rows)
    for row, part in enumerate(parts):
        missing = uncovered_chars(layout, detection.findings, part, row)
        assert not missing, (part, [f.preview for f in detection.findings])


def test_family_card_table_every_personal_column():
    """A KK (Kartu Keluarga) table: each personal column is covered, place of birth included (reference A2, A15)."""
    rows = [[(20, "Nama Lengkap"), (200, "NIK"), (400, "Jenis Kelamin"), (560, "Tempat Lahir"), (700, "Tanggal Lahir"),
             (860, "Agama"), (960, "Nama Ibu")],
            [(20, "BUDI SANTOSO"), (200, "3273011507870001"), (400, "LAKI-LAKI"), (560, "BANDUNG"),
             (700, "15-07-1987"), (860, "ISLAM"), (960, "SUMARNI")],
            [(20, "SITI RAHMAWATI"), (200, "3273015507879901"), (400, "PEREMPUAN"), (560, "GARUT"),
             (700, "15-07-1987"), (860, "ISLAM"), (960, "AMINAH")]]
    layout, detection = run(rows)
    assert detection.verdict.kind == "identity_card"
    for value in ["BUDI SANTOSO", "3273011507870001", "LAKI-LAKI", "15-07-1987", "ISLAM", "SUMARNI",
                  "SITI RAHMAWATI", "3273015507879901", "PEREMPUAN", "AMINAH", "BANDUNG", "GARUT"]:
        assert not uncovered_chars(layout, detection.findings, value), value


@pytest.mark.parametrize("row", ["#ASNBerAKHLAK #BanggaMelayaniBangsa", "https://bit.ly/3abcDEF", "https://www.bkn.go.id/berita",
                                 "www.menpan.go.id", "Follow @bkn_ri", "1,2 rb suka  345 komentar", "12:45  87%  4G",
                                 "Diposting 2 jam lalu"])
def test_public_social_media_text_is_left_alone(row):
    assert_nothing([row])


@pytest.mark.parametrize("rows", [
    [[(20, "Kode Rekening"), (200, "Uraian"), (500, "Pagu")], [(20, "5.1.02.01.01"), (200, "Belanja Alat Tulis"),
                                                               (500, "25.000.000")]],
    ["Kode Rekening 5.2.02.05.01 Belanja Modal"],
])
def test_budget_account_codes_are_not_bank_accounts(rows):
    # "Kode Rekening" in government budgets (SIPD, DPA) is a chart-of-accounts code such as 5.1.02.01.01
    assert_nothing(rows, {"bank_account"})


@pytest.mark.parametrize("row, value", [
    ("budi+asn@example.co.id", "budi+asn@example.co.id"),
    ("Email: siti_rahma@mail.kemenkes.go.id", "siti_rahma@mail.kemenkes.go.id"),
    ("(3273015507879901)", "3273015507879901"),
    ("Nama: Ma'ruf Hidayat", "Ma'ruf Hidayat"),
    ("Nama: M. Rizky Pratama", "M. Rizky Pratama"),
    ("Nama: Siti Nur'aini", "Siti Nur'aini"),
    ("Server 192.168.10.5:3000/api/v1/users", "192.168.10.5:3000/api/v1/users"),
    ("Dusun Krajan RT 02 RW 05 Desa Sukamaju", "Dusun Krajan RT 02 RW 05 Desa Sukamaju"),
    ("HP/WA 0812-3456-7890 (Budi)", "0812-3456-7890"),
    ("NIK/No. KTP : 3273015507879901", "3273015507879901"),
    ("Kepada Yth. Sdr. Agus Wijaya", "Agus Wijaya"),
    ("Pemohon: Dra. Hj. Siti Aminah, M.Pd.", "Siti Aminah"),
    ("Nama Ayah: Slamet", "Slamet"),
])
def test_names_emails_and_numbers_in_their_usual_variants(row, value):
    assert_covered([row], value)


# ============================================================== receipts: things' names, greetings, service lines
@pytest.mark.parametrize("rows, value", [
    (["Name: Budi Santoso"], "Budi Santoso"),
    (["Account Name: Rahmat Hidayat"], "Rahmat Hidayat"),          # on a transfer proof: a person
    (["THANK YOU BUDI SANTOSO"], "BUDI SANTOSO"),                   # a greeting before a name in capitals
    (["a.n. SITI RAHMAWATI"], "SITI RAHMAWATI"),
    (["A.N SITI RAHMAWATI"], "SITI RAHMAWATI"),                     # OCR dropped a dot
])
def test_names_after_name_labels_and_greetings_stay_covered(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("rows", [
    [[(20, "Item Name"), (220, "Qty"), (300, "Price")], [(20, "Teh Botol"), (220, "1"), (300, "5,000")],
     [(20, "Frisian Flag"), (220, "2"), (300, "14,000")]],           # a receipt's item column
    [[(20, "Iten Nane"), (220, "Qty")], [(20, "Ichitan Drow"), (220, "1")]],  # the same, as OCR reads it
    ["SSID Name: Circle K"],
    ["Product Name: Kanzler Singles"],
    ["THANK YOU FOR SHOPPING AT CIRCLE K"],
    ["THANK YOU TOR SHOPPING AL CIRCLE K"],                            # OCR-noisy
    ["Fe AN KAB BULELENG, 81117"],                                     # "an" is also a word
    ["ICHITAN DROW"],
])
def test_things_names_and_receipt_footers_are_not_person_names(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("row", [
    "LAYANAN KONSUMEN SMS 0811 1500 280",
    "Layanan Konsumen: 0811-1500-280",
    "Call Center 0812-3456-7890",
    "LAYANAN KONSUMEN SMS O811 15OO 28O",                              # OCR read zeros as O
    "Customer Service (WA) 0821 1234 5678",
    "KONSUMEN SMS 0811 1500 280",                                      # the faded "LAYANAN" was not read
    "<4 KONSUMEN SMS 0811 1500. 280",                                  # ... and read as noise
    "Pelanggan WA 0812-3456-7890",
    "YANAN KONSUMEN 0811 1509 289",                                    # "LA" lost at a photo's seam
    "ayanan Pelanggan 0811-1500-280",
])
def test_a_business_service_line_is_not_a_personal_phone(row):
    assert_nothing([row], {"phone"})


@pytest.mark.parametrize("row, value", [
    ("WA Chat : 0817 9000 053", "0817 9000 053"),
    ("Kasir 0812-3456-7890", "0812-3456-7890"),
    ("Hubungi Budi 0812 3456 7890 (bukan call center)", "0812 3456 7890"),
    ("HP Konsumen: 0812-3456-7890", "0812-3456-7890"),                 # the customer's own number
    ("No. Telp Pelanggan 0812 3456 7890", "0812 3456 7890"),
    ("Tanyakan ke Kak Yanan 0812 3456 7890", "0812 3456 7890"),         # a name that ends like the label's word
])
def test_a_mobile_number_without_a_service_label_stays_covered(row, value):
    assert_covered([row], value, "phone")


@pytest.mark.parametrize("rows, value", [
    (["Dari", "JOKO RAHAYU", "Rekening Sumber", "0123 4567 89"], "JOKO RAHAYU"),
    (["Penerima", "SITI RAHMAWATI"], "SITI RAHMAWATI"),
    (["Pengirim :", "ANDI WIJAYA"], "ANDI WIJAYA"),
    (["Penerima", "SlTI RAHMAWATl"], "SlTI RAHMAWATl"),            # OCR read I as l
])
def test_a_proofs_label_alone_over_a_name_in_capitals(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("rows", [
    ["Dari", "BANK JATIM"],                    # a bank, not a person
    ["Dari", "Budi sudah kirim berkasnya"],     # a chat: the line below is a sentence
    ["Penerima", "BKPSDM KABUPATEN"],
])
def test_a_proofs_label_alone_over_no_name(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows, translation", [
    ([[(20, "Surname /"), (140, "Nama keluarga")], [(20, "WIBOWO")]], "Nama keluarga"),
    (["Given names / Nama depan"], "Nama depan"),
    ([[(20, "Full Name"), (160, "Name as in passport")]], "Name as in passport"),
])
def test_a_labels_translation_is_not_its_value(rows, translation):
    layout, detection = run(rows)
    cells = layout.value_boxes(translation)
    assert cells, "test bug"
    assert len(uncovered_chars(layout, detection.findings, translation)) == len(cells)


def test_a_us_licences_short_labels_make_an_identity_card():
    rows = ["DRIVER LICENSE", "DL B8341207   EXP 08/14/2031", "LN WHITAKER", "FN EMILY R", "DOB 08/14/1990",
            "SEX F   ISS 08/14/2023"]
    _, detection = run(rows)
    assert detection.verdict.kind == "identity_card"


def test_code_with_fn_and_ln_is_not_an_identity_card():
    rows = ["fn main() {", "    let dl = download(url);", "    println!(dl.len());", "    let exp = ln(2.0);",
            "}"]
    _, detection = run(rows)
    assert detection.verdict.kind != "identity_card"


# ============================================================== a shop's receipt: what it prints for everyone
@pytest.mark.parametrize("rows", [
    ["JOY VICTORIA", "Jl. Tukad Pakerisan no. 42", "Denpasar - Bali"],   # a shop's street: a hero's name
    ["JI Tukad Badung Barat 15"],                                        # OCR read "Jl" as "JI"
    ["Jalan Teuku Umar Barat"],
    [[(20, "11. Raya"), (200, "Jatinegara Barat No. 124")]],             # "Jl." read as "11."; a gap after "Raya"
    ["Gg. Melati Indah"],
])
def test_a_street_named_after_a_person_is_not_a_person_name(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows, value, category", [
    (["Alamat: Jl. Teuku Umar No. 5, Denpasar"], "Jl. Teuku Umar No. 5, Denpasar", "address"),  # a home
    (["Kepala Desa Budi Santoso"], "Budi Santoso", "person_name"),     # a place kind before a name
    (["Rahmat Hidayat", "Pak, berkas cuti sudah saya kirim ke bagian umum"], "Rahmat Hidayat", "person_name"),
    # a school named in the sentence before a home's street
    (["anak saya sekolah di SDN 2, rumah kami Jl. Melati No. 5"], "Jl. Melati No. 5", "address"),
    (["Alamat: Jl. Rumah Sakit No. 12, Bandung"], "Jl. Rumah Sakit No. 12, Bandung", "address"),
])
def test_names_and_homes_near_street_words_stay_covered(rows, value, category):
    assert_covered(rows, value, category)


@pytest.mark.parametrize("rows", [
    ["*** FREE LOGIN PAGE ***", "USER ID : freewifi", "USER PASS : CK@LETSGO"],
    ["USER ID : freewiti"],                                              # OCR-noisy
    ["USEK LD Freewill"],
    ["Username: guest"],
    ["USER ID .", "USEP PASS"],                                          # both empty: no value under the first
    ["USER ID", "USER PASS"],
])
def test_a_login_shared_with_every_customer_is_not_a_username(rows):
    assert_nothing(rows, {"username"})


@pytest.mark.parametrize("rows, value", [
    (["USER ID : budi.santoso"], "budi.santoso"),
    (["Username: freewifi_budi88"], "freewifi_budi88"),                 # only the whole value is a shared login
    (["USER ID :", "budi.santoso"], "budi.santoso"),                    # a value under its label
])
def test_a_personal_login_stays_covered(rows, value):
    assert_covered(rows, value, "username")


@pytest.mark.parametrize("rows", [
    [[(20, "(am Name"), (160, "aty"), (230, "Price"), (330, "Total")],  # "Item Name Qty Price Total" misread
     [(20, "WINGS DA PON"), (160, "1"), (230, "22.500"), (330, "22.500")],
     [(20, "Src Dasa"), (160, "1"), (230, "33.000"), (330, "33.000")]],
    [[(20, "Nama Barang"), (200, "Jml"), (260, "Harga")], [(20, "Kopi Kapal Api"), (200, "2"), (260, "3.000")]],
    [[(100, "Name"), (180, "Uty"), (230, "Pre")]],                       # "Item" lost, "Qty" misread
    [[(100, "Name"), (180, "Qty"), (230, "Price")]],
])
def test_an_item_tables_header_and_items_are_not_person_names(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows, value", [
    ([[(20, "Nama"), (200, "Jumlah")], [(20, "Budi Santoso"), (200, "2")]], "Budi Santoso"),  # no price column
    (["Total Harga Rp 150.000", "Nama: Siti Rahmawati"], "Siti Rahmawati"),
])
def test_a_table_of_people_with_a_count_still_covers_names(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("rows", [
    ["POS Palapa Ver. 2.1.0.14"],
    ["VU Palapa Ver AW Ole"],                                            # OCR-noisy
    [[(20, "O Google Pay")], [(60, "Afterpay")], [(60, "Buy now pay later")]],  # a payment option
    ["ShopeePay Later"],
])
def test_program_versions_and_payment_brands_are_not_person_names(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows", [
    ["KEC BULELENG, KAB BULELENG, AN 81117", "11.08.22-18:50/2.2.17/TECP"],  # postal code, then date
    ["Fe AN KAB BULELENG, 81117", "11.08.22- 18: 50/2. 2. 17/TECP"],        # as OCR read it
])
def test_a_postal_code_does_not_run_on_into_the_date_below(rows):
    assert_nothing(rows, {"bank_account"})


def test_an_account_number_wrapped_onto_the_next_line_stays_covered():
    assert_covered(["Transfer ke rek BNI 0123", "456789 a.n. Budi"], "456789", "bank_account")


@pytest.mark.parametrize("rows, parts, category", [
    (["No. Rekening: 1234 5678", "9012 3456 (BNI)"], ["1234 5678", "9012 3456"], "bank_account"),
    (["No. Rekening: 1234 5678", "9012 3456"], ["1234 5678", "9012 3456"], "bank_account"),
    (["No. Rek: 1234-5678", "9012-3456 ya pak"], ["1234-5678", "9012-3456"], "bank_account"),
    (["No. Rekening: 1234 5678", "90l2 3456 (BNI)"], ["1234 5678", "90l2 3456"], "bank_account"),   # OCR: l for 1
])
def test_a_whole_looking_number_goes_on_with_groups_of_its_shape_on_the_next_line(rows, parts, category):
    layout, detection = run(rows)
    for row, part in enumerate(parts):
        missing = uncovered_chars(layout, detection.findings, part, row)
        assert not missing, (part, [f.preview for f in detection.findings])
    assert any(f.category == category for f in detection.findings)


@pytest.mark.parametrize("rows, kept", [
    (["No. Rekening: 1234 5678", "Rp 150.000"], "150.000"),              # an amount
    (["No. Rekening: 1234 5678", "10.35 dikirim"], "10.35"),             # a time
    (["No. Rekening: 1234 5678", "12/05/2024 lunas"], "12/05/2024"),     # a date
    (["No. Rekening: 1234 5678", "2 Budi Santoso"], "2"),                # a row number
])
def test_a_whole_number_does_not_swallow_other_numbers_on_the_next_line(rows, kept):
    layout, detection = run(rows)
    assert layout.value_boxes(kept, 1)
    assert uncovered_chars(layout, detection.findings, kept, 1), [f.preview for f in detection.findings]


@pytest.mark.parametrize("rows, parts", [
    (["HP: +62 812 3456", "789 ya"], ["+62 812 3456", "789"]),
    (["Hubungi saya di 0812 3456", "7890 ya pak"], ["0812 3456", "7890"]),
    (["WA: +62 812-3456-", "78901 (kantor)"], ["+62 812-3456-", "78901"]),
    (["No HP 0857 12", "345 678 terima kasih"], ["0857 12", "345 678"]),
    (["HP: +62 8l2 3456", "789 ya"], ["+62 8l2 3456", "789"]),                     # OCR: l for 1
    (["HP: +62 812 3456", "  789 ya"], ["+62 812 3456", "789"]),                   # the wrap indents
    (["Hubungi 462 812 3456", "789 ya"], ["462 812 3456", "789"]),                 # OCR: 4 for a small +
])
def test_a_phone_number_whose_groups_change_length_across_a_wrap_is_covered_on_both_lines(rows, parts):
    layout, detection = run(rows)
    for row, part in enumerate(parts):
        missing = uncovered_chars(layout, detection.findings, part, row)
        assert not missing, (part, [f.preview for f in detection.findings])
    assert any(f.category == "phone" for f in detection.findings)


@pytest.mark.parametrize("rows, kept", [
    (["HP: 0812 3456", "Rp 150.000 sudah"], "150.000"),                 # an amount
    (["HP: 0812 3456", "5.477.000 sudah"], "5.477.000"),                # an amount with no currency
    (["HP: 0812 3456", "10:35 dikirim"], "10:35"),                      # a time
    (["HP: 0812 3456", "12/05/2024 lunas"], "12/05/2024"),              # a date
    (["HP: 0812 3456", "12 Budi Santoso"], "12"),                       # a row number
    (["HP: 0812 3456 7890", "123 ya"], "123"),                          # the number is whole already
    (["Total Rp 62.812", "345 item"], "345"),                           # an amount is no phone's head
    (["Layanan Konsumen 0812 3456", "789"], "789"),                     # a service line, not a person's
    (["Kode INV-0812 3456", "789 lunas"], "789"),                       # an order number
    (["Harga Rp 462 812", "345 item"], "345"),                          # an amount with a 4 before 62 8
])
def test_a_phone_number_does_not_take_other_numbers_from_the_next_line(rows, kept):
    layout, detection = run(rows)
    assert layout.value_boxes(kept, 1)
    assert uncovered_chars(layout, detection.findings, kept, 1), [f.preview for f in detection.findings]


@pytest.mark.parametrize("row, phone, amount", [
    ("Telp: 0812 3456 7890 5.477.000", "0812 3456 7890", "5.477.000"),
    ("HP 081234567890 1,250,000", "081234567890", "1,250,000"),
    ("Telp: 0812 3456 789O 5.477.000", "0812 3456 789O", "5.477.000"),     # OCR: O for 0
    ("WA 0812-3456-7890 12.500", "0812-3456-7890", "12.500"),
])
def test_a_phone_number_stops_before_an_amount_that_follows_it(row, phone, amount):
    layout, detection = run([row])
    assert not uncovered_chars(layout, detection.findings, phone, 0), [f.preview for f in detection.findings]
    boxes = layout.value_boxes(amount, 0)
    assert len(uncovered_chars(layout, detection.findings, amount, 0)) == len(boxes), \
        [f.preview for f in detection.findings]


@pytest.mark.parametrize("row", ["HP: 0812.3456.789", "HP: 0812 345 678"])
def test_a_phone_number_grouped_like_an_amount_is_still_whole(row):
    value = row.split(": ")[1]
    layout, detection = run([row])
    assert not uncovered_chars(layout, detection.findings, value, 0), [f.preview for f in detection.findings]


@pytest.mark.parametrize("rows, parts", [
    (["Kirim berkas ke", "siti.rahmawati.pertiwi.", "kusuma@kemenkeu.go.id"],
     [None, "siti.rahmawati.pertiwi.", "kusuma@kemenkeu.go.id"]),
    (["Email saya siti_rahma_", "wati@gmail.com ya"], ["siti_rahma_", "wati@gmail.com"]),
    (["Kirim ke", "budi-santoso-", "1985@contoh.co.id"], [None, "budi-santoso-", "1985@contoh.co.id"]),
    (["Kirim ke", "siti.rahmawati", "kusuma@kemenkeu.go.id"], [None, "siti.rahmawati", "kusuma@kemenkeu.go.id"]),
    (["Kirim berkas ke", "siti.rahmawati.pertiwi.", "kusuma@kemenkeu.go.i"],                # OCR lost the last letter
     [None, "siti.rahmawati.pertiwi.", "kusuma@kemenkeu.go.i"]),
])
def test_an_email_wrapped_before_its_at_is_covered_on_both_lines(rows, parts):
    layout, detection = run(rows)
    for row, part in enumerate(parts):
        if part is not None:
            missing = uncovered_chars(layout, detection.findings, part, row)
            assert not missing, (part, [f.preview for f in detection.findings])


@pytest.mark.parametrize("rows, kept", [
    (["Terima kasih", "kusuma@kemenkeu.go.id"], "kasih"),                 # a sentence's last word
    (["Sudah saya kirim.", "kusuma@kemenkeu.go.id"], "kirim."),            # ... ending in a dot
    (["www.kemenkeu.go.id", "kusuma@kemenkeu.go.id"], "www.kemenkeu.go.id"),  # a web address above
    (["Versi 2.0.", "kusuma@kemenkeu.go.id"], "2.0."),                     # a version number
    (["Gedung B Lantai 3 Ruang No.5.", "kusuma@kemenkeu.go.id"], "No.5."),  # an abbreviation and its number
    (["Lihat Hal.12.", "kusuma@kemenkeu.go.id"], "Hal.12."),
    (["siti.rahmawati.pertiwi.", "Balas ke kusuma@kemenkeu.go.id"], "siti.rahmawati.pertiwi."),  # the address does not open its line
])
def test_the_line_above_an_email_is_left_alone_when_it_cannot_start_it(rows, kept):
    layout, detection = run(rows)
    assert uncovered_chars(layout, detection.findings, kept, 0), [f.preview for f in detection.findings]


def test_a_name_made_of_words_ocr_barely_read_is_noise():
    layout = make_ocr(["ae Pete", "BKP SUDAH TERMASUK PPN"], conf=15.0)
    assert not [f for f in detect(layout.ocr).findings if f.category == "person_name"]
    layout = make_ocr(["Nama: Rahmat Hidayat"], conf=15.0)                # a label vouches for it
    assert [f for f in detect(layout.ocr).findings if f.category == "person_name"]
    layout = make_ocr(["Rahmat Hidayat", "Pak, berkas cuti sudah saya kirim ke bagian umum"], conf=45.0)
    assert [f for f in detect(layout.ocr).findings if f.category == "person_name"]


# ============================================================== an agency's public pages: places, offices, menus
@pytest.mark.parametrize("rows", [
    ["Pemerintah Kabupaten Deli Serdang"],
    ["Warga Deli Serdang antusias"],                                     # a regency's name, no label
    ["Alun-Alun Deli Serdang, Jl. Ahmad Yani No. 7"],                    # a region, then a street
    ["Maklumat Pelayanan"],                                              # a portal's menu
    ["Standar Perizinan Terpadu"],
])
def test_region_names_and_menus_of_the_language_are_not_person_names(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows, value", [
    (["Jaya Sembiring"], "Jaya Sembiring"),                              # "Jaya" is a place and a given name
    (["Bayu Permadi"], "Bayu Permadi"),                                  # "Permadi" looks built on "madi"
    (["Disetujui oleh Syarifah Suryani"], "Syarifah Suryani"),
    (["Info Cegatan & Kehilangan Tasikmalaya Dodo Napitupulu"], "Dodo Napitupulu"),  # a heading runs on into a name
])
def test_names_that_look_like_places_or_derived_words_stay_covered(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("rows", [
    ["Alamat kantor Jl. Raya Tajem Km 3, Kecamatan Tamalanrea, Kota Makassar"],
    ["Alun-Alun Sleman, Jl. Diponegoro No. 12"],                         # a poster's venue
    ['© 2026 Dinas Komunikasi dan Informatika " Jl. Diponegoro No. 12 Telp. 112'],  # a portal's footer
    ["Jl. Diponegoro No. 12, Kecamatan Tamalanrea, Kota Makassar Telepon 0800-1-123456 Laman contoh.go.id"],
    ["Jembatan menghubungkan dua desa di Kecamatan Genteng. Jembatan sepanjang 84 meter"],  # prose
])
def test_an_offices_or_a_venues_address_is_not_a_home_address(rows):
    assert_nothing(rows, {"address"})


@pytest.mark.parametrize("rows, value", [
    (["Alamat: Jl. Melati No. 9, Bandung"], "Jl. Melati No. 9, Bandung"),
    (["Budi Santoso Pegawai Toko Jl. Melati No. 5 RT 02"], "Jl. Melati No. 5 RT 02"),  # a job in a table row
    (["Alamat: Jl. Melati No. 5 Telp. 0812 3456 7890"], "Jl. Melati No. 5"),
    (["tinggal di Kecamatan Genteng, Desa Kembiritan RT 02"], "Kecamatan Genteng, Desa Kembiritan RT 02"),
])
def test_a_home_address_near_office_words_stays_covered(rows, value):
    assert_covered(rows, value, "address")


def test_an_institutions_name_is_not_an_occupation_field():
    assert_nothing(["oleh Dinas Pekerjaan Umum dan Penataan Ruang"], {"personal_attribute"})
    assert_covered(["Pekerjaan: Pegawai Negeri Sipil"], "Pegawai Negeri Sipil", "personal_attribute")


@pytest.mark.parametrize("row", ["SSID : MINIMARKET-FREE", "SSID=KANTOR-TAMU"])
def test_a_wifi_networks_name_is_not_a_credential(row):
    assert_nothing([row], {"credential"})


def test_a_session_id_is_still_a_credential():
    assert_covered(["sid=9a8b7c6d5e4f3a2b1c0d"], "9a8b7c6d5e4f3a2b1c0d", "credential")


# ============================================================== chats: greeted, but no one
@pytest.mark.parametrize("rows", [
    ["Chat with Claude", "Hi Claude! I'm glad to help."],                # an AI assistant
    ["Hello ChatGPT, summarise this"],
    ["Hello, Ineed help with my account."],                              # OCR glued "I" to "need"
    ["Hi, Iwant to reset my password"],
])
def test_an_assistant_or_a_glued_pronoun_is_not_a_greeted_person(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows, value", [
    (["Hi Claudia! I'm here to help."], "Claudia"),
    (["Hello Iwan, the file is ready"], "Iwan"),                         # a name that starts with I
    (["Hi Claude Monet, welcome back"], "Claude Monet"),                 # a whole name, not an assistant
])
def test_greeted_people_stay_covered(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("rows", [
    ["Alamat kantor Jl. Diponegoro No. 12, Kecamatan Lubuk Pakam"],      # a district after its kind
    ["Jembatan di Kecamatan Lubuk Pakam diresmikan"],
    [[(20, "Alamat kantor"), (220, "Jl. Diponegoro No. 12, Kecamatan Tamalanrea")]],  # the label in its own cell
    ["TOKO SUMBER REJEKI", "Jl. Tukad Pakerisan No. 42"],                # a shop's head
    ["TOKO SUMBER REJEKI", "Jl. Diponegoro No. 12", "Kecamatan Depok, KABUPATEN SLEMAN"],  # its third line
    ["APOTEK SEHAT SENTOSA", "JL. RAYA BOGOR NO. 7 RT 02"],              # in capitals, as receipts print it
    ["MINIMARKET HARAPAN JAYA", "PT. HARAPAN JAYA MANDIRI", "NPWP : 01.234.567.8-901.000",
     "JL. RAYA NO. 12 MALANG"],                                          # its tax number between name and street
    ["TOKO SERBA MURAH", "NPWP 01.234.567.8-901.000", "JL. PAHLAWAN NO. 7 SEMARANG"],
    ["TOKO SERBA MURAH", "Telp. (0274) 551234", "Jl. Pahlawan No. 7, Sleman"],  # its phone
    ["NPWP: 0l.234.567.8-901.000", "PT. SEGAR PANGAN", "JL. RAYA N0. 12 MALANG"],  # OCR-noisy, any order
    ["PT, HARAPAN JAYA MANDIRI", "NPWP .: 27.776.317.0-669.074", "JL. SUDIRMAN NO. 59. SEMARANG"],  # its colon read ".:"
    ["TOKO SERBA MURAH", "Telp ;: (0274) 551234", "Jl. Pahlawan No. 7, Sleman"],
    ["TOKO SERBA MURAH", "PT. SINAR ABADI RITELINDO", [(20, "NPWP:"), (240, "386,084. 3-249-145")],
     [(60, "JL. RAYA NO. 75 MAKASSAR")]],                                # its tax number set apart from its label
    ["LABORATORIUM KLINIK PRATAMA MEDIKA", "Jl. Kesehatan No. 5, Malang"],  # a clinic's letterhead
    ["LAB. KLINIK SEHAT UTAMA", "Jl. Merdeka No. 17, Padang"],
    ["INSTALASI LABORATORIUM RSUD KOTA", "Jl. Ahmad Yani No. 3, Bandung"],
    ["Kantor Desa Sukamaju, Alamat: Jl. Diponegoro No. 12, Kecamatan Cibadak"],  # the office before the label
    [[(20, "Alamat kantor"), (220, "Alamat: Jl. Diponegoro No. 12, Kecamatan Cibadak")]],  # a label in the value's cell
    ["Vaksinasi gratis di Puskesmas Cibeunying, Jl. Sukajadi No. 5"],      # a health post's, on a poster
    ["Pendaftaran di SMPN 2 Bandung, sekolah kami,  Jl. Sumatera No. 42"],
    ["Klinik Pratama Sehat, Jl. Kesehatan No. 5, Malang"],
])
def test_an_offices_district_and_a_shops_street_are_public(rows):
    assert_nothing(rows, {"person_name", "address"})


@pytest.mark.parametrize("rows, value", [
    ([[(20, "Nama"), (220, "Budi Santoso, Jl. Melati No. 9, Kecamatan Cibadak")]], "Melati"),  # a name opens the cell
    ([[(20, "Alamat rumah"), (220, "Alamat: Jl. Melati No. 9, Kecamatan Cibadak")]], "Melati"),  # a home's, not an office's
    (["Kantor Desa Sukamaju", "Alamat: Jl. Melati No. 9, Kecamatan Cibadak"], "Melati"),  # an office is no business on the line above
    (["Member : Budi Santoso", "No. HP : 0812 3456 7890", "Jl. Melati No. 9 RT 02"], "Melati"),  # a customer's lines
    (["TOKO SERBA MURAH", "Pembeli : Budi Santoso", "Jl. Melati No. 9 RT 02"], "Melati"),  # the buyer's, under a shop
    (["Pegawai Toko Jl. Melati No. 9, Kecamatan Cibadak"], "Melati"),  # a job in a table row
])
def test_a_home_address_beside_or_under_other_words_stays_covered(rows, value):
    assert_covered(rows, value, "address")


@pytest.mark.parametrize("rows, value, category", [
    (["Kepala Desa Budi Santoso"], "Budi Santoso", "person_name"),
    (["Pengirim: Budi Santoso", "Jl. Melati No. 5 RT 02"], "Jl. Melati No. 5 RT 02", "address"),  # a person above
    ([[(20, "Alamat rumah"), (220, "Jl. Melati No. 5, Kecamatan Depok")]], "Jl. Melati No. 5", "address"),
    (["MEMBER : BUDI SANTOSO"], "BUDI SANTOSO", "person_name"),          # a shop's member on a receipt
    (["PELANGGAN: SITI RAHMAWATI"], "SITI RAHMAWATI", "person_name"),
])
def test_homes_and_people_beside_public_places_stay_covered(rows, value, category):
    assert_covered(rows, value, category)


def test_a_general_customer_on_a_receipt_is_no_one():
    assert_nothing(["CUSTOMER : UMUM"], {"person_name"})


# ============================================================== a label word inside a headline
@pytest.mark.parametrize("rows", [
    ["1. Vaksinasi Anak Serentak di 37 Puskesmas"],                     # a news portal's most-read list
    ["l. Vaksinasi Anak Serentak dl 37 Puskesrnas"],                    # OCR-noisy
    ["Layanan Pasien Rawat Jalan Dibuka Kembali"],
    ["Hari Anak Nasional 2026"],
    ["Vaksinasl Anak Serentak di 37 Puskesmas"],                        # a thin i read as l
    ["lmunisasi Anak Sehat"],                                           # a capital I read as l
])
def test_a_label_word_inside_a_title_case_headline_names_no_one(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows, value", [
    (["Anak Budi Santoso"], "Budi Santoso"),                            # the label opens the line
    (["Terima kasih Pak Wayan Sudarta"], "Wayan Sudarta"),
    (["Selamat Datang Bapak Sutrisno"], "Sutrisno"),                    # after a title, still a name
    (["Kunjungan Ibu Ratnasari ke Posyandu"], "Ratnasari"),
])
def test_a_name_after_a_label_word_stays_covered(rows, value):
    assert_covered(rows, value, "person_name")


# ============================================================== a system acronym in a garbled reading
def _word_conf(layout, conf):
    from redactor.ocr.result import OcrResult
    words = tuple(type(w)(text=w.text, box=w.box, conf=conf, line_id=w.line_id) for w in layout.ocr.words)
    return OcrResult(words=words, width=layout.ocr.width, height=layout.ocr.height)


@pytest.mark.parametrize("line", [
    "SIPASAR'!RAKYAT,",                                                 # "& PASAR RAKYAT" in a shadowed headline
    "SIPASAR\"|RAKYAT",
    "FESTIVAL~SIPASAR",
    "SIPASAR!/RAKYATj",                                                 # a stray mark beside a slash
    "PESTA!/SIPASAR",
])
def test_an_acronym_glued_by_stray_marks_in_an_unsure_word_is_no_system(line):
    layout = make_ocr([line])
    assert not [f for f in detect(_word_conf(layout, 35.0)).findings if f.category == "internal_system"]


@pytest.mark.parametrize("line, value, conf", [
    ("SIPASAR'!RAKYAT,", "SIPASAR", 91.0),                              # read with confidence: the reading stands
    ("Login SIMPEG/SIASN", "SIMPEG", 35.0),                             # a list separator joins two real names
    ("Aplikasi SIPASAR", "SIPASAR", 35.0),                              # a word of its own, however unsure
    ("SI-PEDAS!", "SI-PEDAS", 40.0),
    ("Login SIMPEG/SIASN!", "SIASN", 35.0),                             # a mark after a name, no letters on
])
def test_a_system_acronym_read_as_a_word_stays_covered(line, value, conf):
    layout = make_ocr([line])
    findings = detect(_word_conf(layout, conf)).findings
    assert any(f.category == "internal_system" for f in findings), findings
    assert not uncovered_chars(layout, findings, value)


# ============================================================== a name after who sent or posted something
@pytest.mark.parametrize("row, value", [
    ("Dikirim oleh Eko Purba pada 03 Nov 2025", "Eko Purba"),
    ("dikirim oleh Eko Purba pada 03 Nov 2025", "Eko Purba"),
    ("Dikirim oIeh Eko Purba pada 03 Nov 2025", "Eko Purba"),          # OCR: I for l
    ("Posted by Michael Brown on May 3", "Michael Brown"),
    ("Diunggah oleh: Rina Tarigan", "Rina Tarigan"),
])
def test_a_name_after_sent_or_posted_by(row, value):
    assert_covered([row], value, "person_name")


@pytest.mark.parametrize("row", ["Dikirim oleh Dinas Kesehatan pada 03 Nov 2025", "Dikirim oleh admin pada 03 Nov 2025",
                                 "Posted by the team on May 3"])
def test_an_office_or_a_role_after_sent_by_stays(row):
    assert_nothing([row], {"person_name"})


# ============================================================== an ordinary word naming a staff system
_INTRANET = [(20, "simpeg.contohprov.go.id/laporan/bulanan.php")]


@pytest.mark.parametrize("rows, value", [
    ([[(20, "SIMPEL"), (200, "Kinerja Harian")], _INTRANET], "SIMPEL"),                  # a tab beside its page
    ([[(20, "Konfigurasi Server SIMPEL")], [(20, "DB HOST-10.34.207.184")]], "SIMPEL"),  # a server's settings
    ([[(20, "SIMPEL Beranda Bantuan")], [(20, "Hubungi admin@bkd.contohkab.go.id")]], "SIMPEL"),
    ([[(20, "© SIMPEL - Kinerja Harian")], _INTRANET], "SIMPEL"),                       # OCR: a mark, a dash
    ([[(20, "Login SIMPEL:")], [(20, "http://10.2.14.8/login")]], "SIMPEL"),
])
def test_an_ordinary_word_in_capitals_names_the_system_on_a_staff_screen(rows, value):
    assert_covered(rows, value, "internal_system")


@pytest.mark.parametrize("rows", [
    [[(20, "Konfigurasi Server SIMPEL")]],                                   # no sign of an internal page
    [[(20, "SIMPEL"), (200, "KINERJA HARIAN")], _INTRANET],                  # a row all in capitals
    [[(20, "Klik SIMPAN untuk menyimpan")], _INTRANET],                      # a button named in a sentence
    [[(20, "Status SIAP dikirim")], _INTRANET],                              # a short word
    [[(20, "Cara yang simpel untuk lapor")], _INTRANET],                     # in lower case
    [[(20, "Unduh aplikasi SIMPEL versi 10.2.3")]],                          # a version number is no address
])
def test_ordinary_words_on_staff_screens_stay_words(rows):
    assert_nothing(rows, {"internal_system"})


# ============================================================== an office's letterhead with one phone
@pytest.mark.parametrize("rows", [
    ["PEMERINTAH KABUPATEN BANYUWANGI", "DINAS KESEHATAN", "Jl. Veteran No. 18 Banyuwangi Telp. (0333) 424789"],
    ["PEMERINTAH KABUPATEN SLEMAN", "KECAMATAN DEPOK", "Jalan Kaliurang Km 5, Depok, Sleman Telp. (0274) 868800"],
    ["PEMERlNTAH KABUPATEN SLEMAN", "DlNAS PENDlDlKAN", "Jl. Parasamya No. 1, Beran Telp. (0274) 868800"],  # OCR-noisy
    ["RSUD BLAMBANGAN", "Jl. Letkol Istiqlah No. 49 Banyuwangi, Telp (0333) 421118"],
])
def test_an_offices_street_line_under_its_name_is_no_home_address(rows):
    assert_nothing(rows, {"address", "phone"})


@pytest.mark.parametrize("rows, value", [
    (["DINAS KEPENDUDUKAN", "Nama: Budi Santoso", "Jl. Melati No. 5 RT 02/RW 03 Kel. Sukamaju"],
     "Jl. Melati No. 5 RT 02/RW 03 Kel. Sukamaju"),                    # a resident's lines, a field between
    (["DINAS KEPENDUDUKAN", "Alamat: Jl. Melati No. 5, Bandung"], "Jl. Melati No. 5, Bandung"),  # a labelled field
    (["Kepada Yth. Bapak Budi Santoso", "Jl. Melati No. 5 RT 02/RW 03 Kel. Sukamaju"],
     "Jl. Melati No. 5 RT 02/RW 03 Kel. Sukamaju"),
])
def test_a_residents_address_under_an_office_heading_stays_covered(rows, value):
    assert_covered(rows, value, "address")


# ============================================================== a row's buttons under an address column
_RESIDENTS_HEADER = [(20, "No"), (60, "Nama"), (260, "NIK"), (460, "Alamat"), (760, "Dusun")]


@pytest.mark.parametrize("cells", [
    ["Lihat Peta", "Detail"],
    ["[ Lihat Peta ]", "Ubah | Hapus"],                                  # OCR-noisy: brackets and bars around them
    ["» Lihat di Google Maps", "Edit"],
])
def test_a_rows_buttons_under_an_address_column_stay_visible(cells):
    rows = [_RESIDENTS_HEADER,
            [(20, "1"), (60, "Budi Santoso"), (260, "3201234567890001"), (460, cells[0]), (760, cells[1])]]
    layout, detection = run(rows)
    covered = [f.preview for f in detection.findings if f.category == "address"]
    assert not covered, covered
    assert not uncovered_chars(layout, detection.findings, "Budi Santoso")


@pytest.mark.parametrize("address, hamlet", [
    ("Jl. Melati No. 5", "Krajan"),
    ("Kp. Lihat Baru RT 02", "Kulon"),                                   # a control word inside a real address
    ("Jl. Peta No. 12", "Wetan"),
])
def test_addresses_under_an_address_column_stay_covered(address, hamlet):
    rows = [_RESIDENTS_HEADER,
            [(20, "1"), (60, "Budi Santoso"), (260, "3201234567890001"), (460, address), (760, hamlet)]]
    assert_covered(rows, address, "address")
    assert_covered(rows, hamlet, "address")


# ============================================================== a shop's head on a tilted receipt photo
@pytest.mark.parametrize("rows", [
    ["M Ii NIMARKET BERKAH JAYA", "Jl. Ahmad Yani No. 7"],              # "MINIMARKET" lost its first letters
    ["ERMARKET SEGAR", "Jl. Ahmad Yani No. 7"],                          # "SUPERMARKET"
    ["MINIMARKET BERKAH JAYA", "Jl. Ahmad Yani No. 7"],
])
def test_a_shops_street_under_its_name_cut_at_a_seam_stays_visible(rows):
    assert_nothing(rows, {"address"})


@pytest.mark.parametrize("rows, value", [
    (["MARKET RESEARCH TEAM", "Jl. Melati No. 5 RT 02/RW 03"], "Jl. Melati No. 5 RT 02/RW 03"),  # too short a tail
    (["Budi Santoso", "Jl. Melati No. 5 RT 02/RW 03"], "Jl. Melati No. 5 RT 02/RW 03"),
    (["Kepada Yth. KET", "Jl. Melati No. 5 RT 02/RW 03"], "Jl. Melati No. 5 RT 02/RW 03"),
])
def test_an_address_under_a_word_that_is_no_shops_name_stays_covered(rows, value):
    assert_covered(rows, value, "address")


@pytest.mark.parametrize("rows", [
    ["USER ID : reewifi"],                                               # its first letter lost at a seam
    ["USER ID : reewiti"],
])
def test_a_shared_wifi_login_missing_its_first_letter_is_no_username(rows):
    assert_nothing(rows, {"username"})


# ============================================================== harmless words taken for names
@pytest.mark.parametrize("rows", [
    [[(20, "Fabrikam Benefits"), (700, "Help")]],                        # an HR app's name in its top bar
    [[(20, "Contoso Payroll"), (700, "Help")]],
    ["Nusantara Logistics"],
    [[(20, "Fabrikarn Benefits,"), (700, "Help")]],                      # OCR-noisy: "m" read "rn", a comma
    ["No 5, Jalan Kenari 2,", "Bandar Puchong Jaya,", "47100 Puchong, Selangor"],  # a town on a shop's head
    ["Bandar Lampung"],
    ["AN Ke aa ea ata ar ma Se Rn In na"],                               # a receipt's noise after "AN"
    ["an. Ke sa ea"],
])
def test_organisations_towns_and_prepositions_are_not_person_names(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows, value", [
    ([[(20, "Fabrikam Benefits"), (500, "Help"), (600, "Giulia Romano")]], "Giulia Romano"),  # the user beside it
    (["Transfer a.n. Kevin Santoso"], "Kevin Santoso"),                  # "Ke…" is no preposition
    (["Dari: Rahmat Hidayat", "Bandar Lampung"], "Rahmat Hidayat"),
    (["Bapak Bandi Benefitsyah"], "Bandi Benefitsyah"),                  # the words only inside a name
])
def test_names_beside_organisations_and_towns_stay_covered(rows, value):
    assert_covered(rows, value, "person_name")


STAFF_TABLE = [
    [(20, "Nama / NIP"), (400, "Jabatan"), (700, "Unit Kerja")],
    [(20, "Anita Puspita"), (400, "Bendahara"), (700, "Inspektorat")],
    [(20, "NIP. 198006182010122933")],
    [(20, "Hilda Purnawati"), (400, "Analis"), (700, "Biro SDM")],
    [(20, "NIP. 198209192011062800")],
]


def test_a_name_cells_nip_line_is_not_a_name_and_the_header_stays_readable():
    layout, detection = run(STAFF_TABLE)
    for value, row in (("Anita Puspita", 1), ("Hilda Purnawati", 3),
                       ("198006182010122933", 2), ("198209192011062800", 4)):
        assert not uncovered_chars(layout, detection.findings, value, row), value
    names = [f for f in detection.findings if f.category == "person_name"]
    for row in (0, 2, 4):
        nip_label = layout.value_boxes("NIP", row)[0]
        assert not any(b.intersects(nip_label) for f in names for b in f.boxes), (row, [f.preview for f in names])


def test_a_name_cells_nip_line_read_without_its_dot_is_not_a_name():  # OCR-noisy
    rows = [STAFF_TABLE[0], STAFF_TABLE[1], [(20, "NIP 198006182010122933")], STAFF_TABLE[3], [(20, "NIP: 19820919 201106 2 800")]]
    layout, detection = run(rows)
    names = [f for f in detection.findings if f.category == "person_name"]
    for row in (2, 4):
        nip_label = layout.value_boxes("NIP", row)[0]
        assert not any(b.intersects(nip_label) for f in names for b in f.boxes), (row, [f.preview for f in names])
    assert not uncovered_chars(layout, detection.findings, "Anita Puspita", 1)


# ============================================================== a chat's sender called by the first name
CHAT = [
    [(20, "# general"), (240, "Casey Park 09:14 AM")],
    [(20, "# design"), (240, "Hey team, the directory is out of date.")],
    [(20, "DMs"), (240, "Drew Hoffman 09:22 AM")],
    [(20, "Casey Park"), (240, "Got it Casey! I'll update the directory.")],
]


def test_a_sender_found_twice_without_a_label_is_covered_where_called_by_the_first_name():
    assert_covered(CHAT, "Casey", "person_name", row=3)


def test_a_sender_called_by_the_first_name_is_covered_when_ocr_reads_an_avatar_before_it():  # OCR-noisy
    rows = CHAT[:3] + [[(20, "© Casey Park"), (240, "Got it Casey! I'll update the directory.")]]
    assert_covered(rows, "Casey", "person_name", row=3)


def test_a_run_found_once_without_a_label_does_not_spread_its_words():
    rows = [[(20, "# general"), (240, "Casey Park 09:14 AM")],
            [(20, "# design"), (240, "Got it Casey! I'll update the directory.")]]
    layout, detection = run(rows)
    assert uncovered_chars(layout, detection.findings, "Casey", 1)


# ============================================================== words of public services
@pytest.mark.parametrize("rows", [
    ["Posyandu Balita Sehat"],                                          # a village app's menu and headings
    ["Data Balita Gizi Buruk"],
    ["Pendaftaran Lansia"],
    ["Jadwal Posbindu"],
    ["Data Baiita Gizi Buruk"],                                         # OCR-noisy (l read as i)
    ["Vaksinasl Lansia"],
])
def test_a_heading_with_a_public_service_word_names_no_one(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows, value", [
    (["Kader Posyandu: Wulan Siregar"], "Wulan Siregar"),               # the person beside the service
    (["Nama Balita: Rizky Pratama"], "Rizky Pratama"),
    (["Ibu Marlina Ginting"], "Marlina Ginting"),
    (["Ismail Lubis"], "Ismail Lubis"),                                 # a name one thin letter from no word
])
def test_a_person_beside_a_public_service_word_stays_covered(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("rows, value", [
    (["Nama Balita: Rizky"], "Rizky"),                                  # one word after the role's colon
    (["Nama Wali Murid: Hendra"], "Hendra"),
    (["Nama Pelanggan: Wulan"], "Wulan"),
    (["Nama Balita; Rizky"], "Rizky"),                                  # OCR-noisy: the colon read as ;
    (["Nama Balita : Rizky Pratama"], "Rizky Pratama"),
])
def test_a_name_after_a_persons_role_and_its_colon_is_covered(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("rows", [
    ["Nama Kegiatan: Rapat Koordinasi"],                                # a thing's name after its kind
    ["Nama Barang: Kertas HVS"],
    ["Nama Jalan: Melati"],
    ["Nama Produk: Indomie Goreng"],
])
def test_a_things_name_after_its_kind_and_colon_is_no_person(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows", [
    ["Posyandu Melati"],                                                # a health post named after a flower
    ["Posyandu Mawar RW 03"],
    ["Klinik Kenanga"],
    ["Masjid Al-Ikhlas"],
    ["Posyandu Melatl"],                                                # OCR-noisy
])
def test_a_health_post_a_clinic_or_a_mosque_by_its_name_is_no_person(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows, value", [
    (["Kader Posyandu Melati: Wulan Siregar"], "Wulan Siregar"),
    (["Nama Ibu: Melati Sukmawati"], "Melati Sukmawati"),               # the flower's word as a person's name
])
def test_a_person_beside_or_named_like_a_health_post_stays_covered(rows, value):
    assert_covered(rows, value, "person_name")


# ============================================================== places named like people, toolbars, apps
@pytest.mark.parametrize("rows", [
    ["Klinik Pratama Sehat Bersama"],                                   # "Pratama" is also a given name
    ["Faskes: Klinik Pratama Sehat Bersama"],
    ["Rujukan ke Apotek Budi Farma, Jl. Melati"],
    ["Toko Sumber Rejeki"],
    ["Klinlk Pratama Sehat Bersama"],                                   # OCR-noisy: a thin letter misread
    [[(20, "Mandiri Mobile"), (600, "Keluar")]],                        # a bank's app in its top bar
    ["Handiri Mobile"],                                                 # OCR-noisy: "M" read "H"
    ["BNI Mobile"],
])
def test_a_place_named_after_people_and_a_banks_app_are_no_person(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows, value", [
    (["Kepala Puskesmas Budi Santoso"], "Budi Santoso"),                # an office before the place: its holder
    (["Toko Sumber Rejeki", "Kasir: Rahmat Hidayat"], "Rahmat Hidayat"),
    (["Dokter Klinik Pratama: Rahmat Hidayat"], "Rahmat Hidayat"),
    (["Pratama Wijaya"], "Pratama Wijaya"),                             # the given name alone is still a name
])
def test_a_person_beside_a_named_place_stays_covered(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("rows", [
    ["Ga Ie Ekspor Exel"],                                              # "Tambah / Ekspor Excel" garbled on one line
    [[(20, "Ga Ie Ekspor Exel"), (600, "Cari")]],
    ["Tambah Ekspor Excel"],
    ["Unduh Pdf Cetak"],
    ["Ga le Ekspor Exce1"],                                             # OCR-noisy: l for I, 1 for l
])
def test_a_toolbar_read_as_one_line_is_no_person(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows, value", [
    (["Budi Santoso Lihat Profil"], "Budi Santoso"),                     # a name beside a button stays a name
    (["Ekspor data Rahmat Hidayat"], "Rahmat Hidayat"),
    (["Rahmat Hidayat Edit Hapus"], "Rahmat Hidayat"),
])
def test_a_name_beside_buttons_stays_covered(rows, value):
    assert_covered(rows, value, "person_name")


# ============================================================== a transaction's reference is no one's number
@pytest.mark.parametrize("rows", [
    [[(20, "No. Ref"), (500, "24985901318484")], [(20, "Tanggal"), (500, "21 Des 2025 15:06")]],
    ["No. Ref 4111 1111 1111 1111"],                                     # a reference whose digits pass Luhn
    ["ID Transaksi: 3273015507879901"],                                  # ... or read as a NIK
    ["No. Ref", "4111111111111111"],                                     # stacked over its value
    ["No.Ref: 4111111111111111"],                                        # OCR-noisy: spaces lost
    ["ID  Transaksi 3273015507879901"],
])
def test_a_reference_number_is_no_card_nik_or_account(rows):
    assert_nothing(rows, {"card_number", "nik", "kk", "bank_account", "nip"})


@pytest.mark.parametrize("rows, value, category", [
    (["No. Kartu 4111 1111 1111 1111"], "4111 1111 1111 1111", "card_number"),
    (["No. Ref 998877", "No. Rekening: 1234567890"], "1234567890", "bank_account"),
    ([[(20, "No. Ref"), (300, "Rek. BNI 0123456789")]], "0123456789", "bank_account"),  # its own label is nearer
    (["NIK 3273015507879901 Ref"], "3273015507879901", "nik"),          # a label after the number names nothing
    (["No Ret 4111111111111111"], "4111111111111111", "card_number"),   # a word misread as no label hides nothing
])
def test_a_number_near_a_reference_label_but_labelled_as_personal_stays_covered(rows, value, category):
    assert_covered(rows, value, category)


@pytest.mark.parametrize("rows, kept", [
    ([[(20, "Ket"), (500, "24985901318484")], [(20, "Tanggal"), (500, "21 Des 2025 15:06")]], "21"),
    (["24985901318484", "3 Januari 2026"], "3"),
    (["24985901318484", "21Des 2025"], "21Des"),                         # OCR-noisy: the space lost
])
def test_a_number_never_takes_the_day_of_a_date_on_the_next_line(rows, kept):
    layout, detection = run(rows)
    row = len(rows) - 1
    assert layout.value_boxes(kept, row)
    assert uncovered_chars(layout, detection.findings, kept, row), [f.preview for f in detection.findings]


# ============================================================== previews of values in pieces
@pytest.mark.parametrize("rows, shown", [
    (["Kirim berkas ke", "siti.rahmawati.pertiwi.", "kusuma@kemenkeu.go.id"], "Email s•••"),
    (["Email: budi.santoso@bkpsdm.contoh", "kab.go.id"], "Email b•••••••••••@b"),
    (["Kirim ke", "siti_rahma_", "wati@gmail.com"], "Email s••••••••••••••@g"),   # OCR split at the joiner
])
def test_the_preview_of_a_value_in_pieces_reads_in_text_order(rows, shown):
    _, detection = run(rows)
    previews = [f.preview for f in detection.findings if f.category == "email"]
    assert len(previews) == 1 and previews[0].startswith(shown), previews
    assert "•" in previews[0] and " " not in previews[0].split(" ", 1)[1]


def test_the_preview_of_a_wrapped_name_shows_each_word_once():
    _, detection = run(["Transfer ke rek BNI 2391689800 a.n. Budi", "Santoso ya"])
    previews = [f.preview for f in detection.findings if f.category == "person_name"]
    assert "Nama B••• S••••••" in previews, previews


# ============================================================== lower-case particles inside a name
@pytest.mark.parametrize("rows, value", [
    (["Nama: Michael Van der Berg"], "Michael Van der Berg"),
    (["Michael van der Berg sudah hadir di ruang rapat"], "Michael van der Berg"),  # no label, in a sentence
    (["Rapat dipimpin Michael Van der Berg kemarin"], "Michael Van der Berg"),
    (["Penerima: Siti binti Hasan"], "Siti binti Hasan"),
    (["Dari: Maria da Silva"], "Maria da Silva"),
    (["Nama: Michael Van der Berq"], "Michael Van der Berq"),                      # OCR: q for g
    (["Michael van der Berq sudah hadir di ruang rapat"], "Michael van der Berq"),
])
def test_a_name_with_lower_case_particles_is_covered_whole(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("rows, kept", [
    (["Nama: Budi Santoso di Jakarta"], "di"),                 # a preposition after the name
    (["Nama: Budi Santoso de"], "de"),                         # a particle with no name after it
    (["Rapat bersama Budi Santoso dan tim"], "dan"),
])
def test_a_particle_joins_a_name_only_before_another_name_word(rows, kept):
    layout, detection = run(rows)
    assert layout.value_boxes(kept)
    assert uncovered_chars(layout, detection.findings, kept), [f.preview for f in detection.findings]


@pytest.mark.parametrize("rows", [
    ["Hotel de Paris menjadi tempat acara"],
    ["Rapat di Gedung Sate hari ini"],
])
def test_a_place_with_a_particle_is_no_person(rows):
    assert_nothing(rows, {"person_name"})


# ============================================================== a three-letter name in a mention
@pytest.mark.parametrize("rows, value", [
    (["@Ayu NIP nya 199712012019032016", "ya"], "Ayu"),
    (["Siap @Eko, sudah saya kirim"], "Eko"),
    (["©Ayu tolong dicek"], "Ayu"),                                      # OCR: © for @
])
def test_a_short_listed_name_in_a_mention_is_covered(rows, value):
    assert_covered(rows, value, "person_name")


@pytest.mark.parametrize("rows", [["@All tolong dicek"], ["@Dia sudah kirim"], ["kirim ke @Bos ya"]])
def test_a_short_word_in_a_mention_is_no_name(rows):
    assert_nothing(rows, {"person_name"})


# ============================================================== a region named in a sentence is public
@pytest.mark.parametrize("rows", [
    ["Banjir melanda Kecamatan Lubuk Pakam, Kabupaten Deli Serdang"],
    ["Posko didirikan warga Desa Sukamaju, Kecamatan Genteng"],          # the list the sentence began
    ["Banjir melanda Kecamatan Lubuk", "Pakam, Kabupaten Deli Serdang"],  # wrapped over two lines
    ["Banjir melanda Kecarnatan Lubuk Pakam"],                           # OCR-noisy: "m" read "rn"
])
def test_a_region_named_in_a_sentence_is_no_address(rows):
    assert_nothing(rows, {"address"})


@pytest.mark.parametrize("rows, value", [
    (["Kecamatan: Coblong"], "Coblong"),                                # a field
    (["Kecamatan Coblong"], "Coblong"),                                 # a field opening its line
    (["berdomisili Kelurahan Sukajadi Kecamatan Coblong"], "Sukajadi"), # where someone lives
    (["saya tinggal di Desa Sukamaju RT 02 RW 05"], "Sukamaju RT 02 RW 05"),
    (["warga Desa Sukamaju RT 02 RW 05"], "RT 02 RW 05"),               # a home's RT and RW
])
def test_a_place_as_a_field_or_a_home_stays_covered(rows, value):
    assert_covered(rows, value, "address")


# ============================================================== a line of regions alone is public
@pytest.mark.parametrize("rows", [
    ["Kecamatan Lubuk Pakam, Kabupaten Deli Serdang"],                   # a poster's or a report's place line
    ["Kecamatan Lubuk Pakam, Kabupaten Deli Serdang, Sumatera Utara"],   # the province after them
    ["Desa Sukamaju, Kecamatan Genteng"],
    ["KECAMATAN COBLONG, KOTA BANDUNG"],
    ["Kecarnatan Lubuk Pakam, Kabupaten Deli Serdang"],                  # OCR-noisy: "m" read "rn"
])
def test_a_line_listing_regions_alone_is_no_address(rows):
    assert_nothing(rows, {"address", "person_name"})


@pytest.mark.parametrize("rows, value", [
    (["Alamat: Jl. Melati No. 5", "Kecamatan Coblong, Kota Bandung"], "Kecamatan Coblong, Kota Bandung"),
    (["Alamat: Dusun Krajan RT 02 RW 05", "Desa Sukamaju, Kecamatan Genteng"], "Desa Sukamaju, Kecamatan Genteng"),
    (["Desa Sukamaju RT 02 RW 05, Kecamatan Genteng"], "Sukamaju RT 02 RW 05"),   # an RT/RW makes a home
    (["Kecamatan: Coblong, Kota Bandung"], "Coblong, Kota Bandung"),                # a field with its colon
    (["saya tinggal di Desa Sukamaju, Kecamatan Genteng"], "Sukamaju"),            # where someone lives
])
def test_regions_under_a_home_or_in_a_field_stay_covered(rows, value):
    assert_covered(rows, value, "address")


# ============================================================== a shop named with an honorific
@pytest.mark.parametrize("rows", [
    ["Makan siang di Warung Bu Siti, Jl. Kaliurang"],
    ["Toko Pak Budi"],
    ["Rumah Makan Bu Ani"],                                              # a two-word kind
    ["Warung Makan Bu Siti"],                                            # a word of the name before "Bu"
    ["Bengkel Pak Slamet Motor"],
    ["Warung Bu. Siti"],                                                 # OCR-noisy: a dot after "Bu"
    ["kunjungan ke warung bu Siti di pasar"],                           # in lower case
])
def test_an_honorific_in_a_shops_name_is_no_person(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows, value", [
    (["Terima kasih Bu Siti"], "Siti"),
    (["Warung milik Bu Siti"], "Siti"),                                  # the owner, in a sentence
    (["Pemilik Warung: Bu Siti"], "Siti"),                               # a field naming her
])
def test_a_person_addressed_near_a_shop_stays_covered(rows, value):
    assert_covered(rows, value, "person_name")


# ============================================================== a programme after a role
@pytest.mark.parametrize("rows", [
    ["Penerima PKH Tahap 3"],                                            # a sheet's tab
    ["Peserta BPJS Kesehatan"],
    ["Penerima BLT Dana Desa"],
    ["Pegawai PPPK Paruh Waktu"],
    ["Penerima PKH Tahap 3-G"],                                          # OCR-noisy: a tab's edge read
])
def test_a_programme_after_a_role_is_no_person(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows, value", [
    (["Penerima Budi Santoso"], "Budi Santoso"),
    (["Penerima PKH: Budi Santoso"], "Budi Santoso"),
    (["Pak RT Joko sudah datang"], "Joko"),                              # a name after the acronym
    (["Penerima PKH Tahap 3", "Nama: Budi Santoso"], "Budi Santoso"),
])
def test_a_person_after_a_role_or_a_programme_stays_covered(rows, value):
    assert_covered(rows, value, "person_name")


# ============================================================== how a bill was paid
@pytest.mark.parametrize("rows", [
    ["Pelanggan: Tunai"], ["Nama: Cash"], ["Dari Tunai"], ["Pelanggan: TUNAI"],
    ["Nama: Tunal"],                                                     # OCR-noisy: i read as l
])
def test_a_payment_method_is_no_name(rows):
    assert_nothing(rows, {"person_name"})


@pytest.mark.parametrize("rows, value", [(["Nama: Tunai Budi"], "Tunai Budi"), (["Nama: Debby"], "Debby")])
def test_a_name_beside_a_payment_word_stays_covered(rows, value):
    assert_covered(rows, value, "person_name")


def test_a_name_of_short_words_read_with_little_confidence_is_noise():
    layout = make_ocr(["i 9 eae Flo Ee"], conf=38.0)                     # a sideways receipt's smudge
    assert not [f for f in detect(layout.ocr).findings if f.category == "person_name"]
    layout = make_ocr(["Ani Wijaya sudah datang"], conf=45.0)            # a longer word: a name still
    assert [f for f in detect(layout.ocr).findings if f.category == "person_name"]
    layout = make_ocr(["Nama: Flo Ee"], conf=38.0)                       # a label vouches for it
    assert [f for f in detect(layout.ocr).findings if f.category == "person_name"]


# ============================================================== a number does not wrap into the next field
@pytest.mark.parametrize("first", ["NGS) KARTU 25 82%).",                 # a masked card number OCR garbled
                                   "NO KARTU 5221 84** ****"])
def test_a_labelled_number_on_the_next_line_does_not_continue_the_line_above(first):
    layout, detection = run([[(20, first), (300, "S999")], [(20, "DARI REK :"), (300, "328-303-883685957")]])
    accounts = [f for f in detection.findings if f.category == "bank_account"]
    assert accounts, "the account under its own label stays covered"
    assert uncovered_chars(layout, detection.findings, "S999", 0), [f.preview for f in accounts]


def test_a_number_wrapped_in_its_cell_still_goes_on_below():
    assert_covered([[(20, "No. Rek"), (200, "123456")], [(200, "7890123")]], "7890123", "bank_account")


# ============================================ a shrunk screenshot's table header
def _header_row_read_as_one_piece(header_height: int):
    """A spreadsheet's header row and two rows under it, as OCR reads a chat app's shrunk copy: the header
    cells after 'NIP' come out as one piece, each word boxed `header_height` px tall over 6 px capitals."""
    words = [_Word("Nama", _Box(84, 142, 20, 7), 95, 0), _Word("NIP", _Box(193, 142, 13, 7), 95, 1)]
    x = 282
    for text, space in [("No.", 3), ("Paspor", 10), ("Negara", 4), ("Tujuan", 4), ("Tgl", 2), ("Berangkat", 6),
                        ("Uang", 2), ("Harian", 6)]:
        words.append(_Word(text, _Box(x, 142, 4 * len(text), header_height), 93, 2))
        x += 4 * len(text) + space
    for row, (name, nip, passport) in enumerate([("Upik Mangunsong", "196809231994011722", "A6519885"),
                                                 ("Ami Lestari", "198506222012102667", "6097631")]):
        y = 160 + 16 * row
        words += [_Word(part, _Box(84 + 40 * i, y, 36, 7), 90, 10 + 4 * row) for i, part in enumerate(name.split())]
        words += [_Word(nip, _Box(193, y, 70, 7), 90, 11 + 4 * row), _Word(passport, _Box(284, y, 35, 7), 40, 12 + 4 * row),
                  _Word("Malaysia", _Box(335, y, 33, 7), 90, 13 + 4 * row)]
    return _OcrResult(words=tuple(words), width=800, height=300)


@pytest.mark.parametrize("header_height", [7, 13])
def test_a_header_cell_glued_to_the_next_one_heads_its_own_column(header_height):
    # The space after 'Paspor' is a cell's edge (two and a half of the row's usual space) even when the
    # blurred words are boxed twice as tall as their capitals.
    detection = detect(_header_row_read_as_one_piece(header_height))
    passports = sorted(f.preview for f in detection.findings if f.category == "passport")
    assert len(passports) == 2, [(f.category, f.preview) for f in detection.findings]


def test_a_header_whose_words_are_evenly_spaced_stays_one_header():
    from redactor.detect.tables import _a_cell_gap
    words = [_Word(t, _Box(10 + 40 * i, 10, 30, 13), 90, 0) for i, t in enumerate(["No.", "Paspor", "Lama", "Baru", "Ibu"])]
    assert not any(_a_cell_gap(words, at) for at in range(1, len(words)))


# ============================================================== a card's label read twice
@pytest.mark.parametrize("second", ["bos", "DoB", "pos"])
def test_a_small_label_read_twice_stays_out_of_its_date(second):
    """A licence's small red "DOB" read once as the label and once more, as "bos", with the value's line: the
    second reading lies on the label's own ink, so the date is covered and the label is not."""
    from redactor.findings import Box
    from redactor.ocr.result import OcrResult, Word

    label, again, date = Box(402, 342, 51, 23), Box(406, 346, 44, 15), Box(468, 342, 122, 25)
    words = (Word("DOB", label, 90.0, 1), Word(second, again, 60.0, 2), Word("05/05/1986", date, 90.0, 2))
    found = [f for f in detect(OcrResult(words=words, width=800, height=600)).findings if f.category == "birth_date"]
    assert found and any(b.intersects(date) for f in found for b in f.boxes)
    assert not any(b.intersects(again) and b.left < date.left - 4 for f in found for b in f.boxes)


def test_a_value_glued_to_its_label_is_still_the_value():
    from redactor.findings import Box
    from redactor.ocr.result import OcrResult, Word

    words = (Word("Nama:Ali", Box(40, 40, 90, 20), 90.0, 1), Word("Akbar", Box(138, 40, 60, 20), 90.0, 1))
    found = [f for f in detect(OcrResult(words=words, width=400, height=200)).findings if f.category == "person_name"]
    assert any(b.intersects(Box(138, 40, 60, 20)) for f in found for b in f.boxes)


@pytest.mark.parametrize("boxes", [
    [(297, 480, 140, 32), (453, 480, 167, 32), (635, 480, 332, 32)],  # level
    [(297, 483, 140, 32), (453, 474, 167, 35), (635, 460, 332, 42)],  # climbing, as a photo read it
])
def test_a_name_under_its_label_on_a_tilted_photo_is_covered(boxes):
    """A card photographed askew: the name under "Nama" climbs to the right, its far end level with the
    label's foot, so the whole line's box starts above the label's foot."""
    from redactor.cover import regions_for

    label = _Word("Nama", _Box(298, 452, 74, 19), 96.0, 0)
    name = [_Word(text, _Box(*box), 92.0, 1) for text, box in zip(["TEGUH", "GINTING", "LUMBANTOBING"], boxes)]
    detection = detect(_OcrResult((label, *name), 1200, 700))
    assert "person_name" in categories(detection)
    regions = regions_for(detection.findings, 1200, 700)
    for word in name:
        b = word.box
        assert any(r.left <= b.left and r.right >= b.right and r.top <= b.top and r.bottom >= b.bottom
                   for r in regions), word.text


# ---------------------------------------------------------------- a secret OCR read only in scraps

def _with_confidence(rows, confidences: dict[str, float]):
    from dataclasses import replace

    layout = make_ocr(rows)
    layout.ocr = replace(layout.ocr, words=tuple(replace(w, conf=confidences.get(w.text, w.conf))
                                                 for w in layout.ocr.words))
    return layout


def test_a_password_read_only_in_scraps_after_its_label_is_covered():
    # "pass: J@t@yu34" in a chat bubble, read "TA" and "at" at 23 and 40 %
    layout = _with_confidence(["user: galih.16", "pass: TA at"], {"TA": 23.0, "at": 40.0})
    detection = detect(layout.ocr)
    assert not uncovered_chars(layout, detection.findings, "TA at", 1)
    assert "credential" in categories(detection)


@pytest.mark.parametrize("rows, value", [
    (["PIN: ok"], "ok"),                        # read surely: a word, not a secret
    (["Password: TA at baru"], "baru"),          # one word of it read surely
])
def test_a_short_word_read_surely_after_a_secrets_label_stays(rows, value):
    layout = _with_confidence(rows, {"TA": 23.0, "at": 40.0})
    found = [f for f in detect(layout.ocr).findings if f.category == "credential"]
    assert len(uncovered_chars(layout, found, value, 0)) == len(value)


def test_scraps_after_a_weak_secret_word_in_a_sentence_stay():
    # "boarding pass" is no field: the scraps after it are no secret
    layout = _with_confidence(["boarding pass TA at"], {"TA": 23.0, "at": 40.0})
    assert not [f for f in detect(layout.ocr).findings if f.category == "credential"]


@pytest.mark.parametrize("row, value", [
    ("Sakit tifus, istirahat total sesuai surat keterangan dokter", "tifus, istirahat total sesuai surat keterangan dokter"),
    ("Sakit kepala dan demam tinggi", "kepala dan demam tinggi"),
    ("Sakit tipes,istirahat 3 hari", "tipes,istirahat 3 hari"),         # OCR glued the comma
])
def test_a_field_opening_with_an_illness_whose_label_was_not_read(row, value):
    assert_covered([row], value, "medical")


@pytest.mark.parametrize("row", ["Sakit hati karena ditinggal pergi", "Warga yang sakit DBD segera ke puskesmas",
                                 "Sakit? Segera ke puskesmas terdekat", "Cuti Sakit"])
def test_sakit_not_opening_a_field_with_an_illness(row):
    assert_nothing([row], {"medical"})


@pytest.mark.parametrize("rows, value, row", [
    (["Email", "umar.simanjuntak@bkpsdm.co", "ntohkab.go.id"], "ntohkab.go.id", 2),     # broken in the domain
    (["Email", "umar.simanjuntak@bkpsdm.co", "ntohkab.go.id"], "umar.simanjuntak@bkpsdm.co", 1),
    (["Email", "umar.sima", "njuntak@bkpsdm.go.id"], "umar.sima", 1),                   # broken before the @
    (["Email", "umar.simanjuntak@bkpsdm.co", "ntohkab.go.id."], "ntohkab.go.id", 2),    # a full stop after it
])
def test_an_email_a_narrow_screen_broke_at_a_line_end(rows, value, row):
    assert_covered(rows, value, "email", row=row)


def test_a_line_under_an_email_that_does_not_go_on_with_it():
    # the next line is a web address of its own
    _, detection = run(["Kontak: budi@mail.com", "www.contohkab.go.id"])
    assert not [f for f in detection.findings if any(b.top > 40 for b in f.boxes)]
    # two addresses, one under the other: each its own finding
    _, detection = run(["budi@mail.com", "siti@mail.com"])
    emails = [f for f in detection.findings if f.category == "email"]
    assert len(emails) == 2 and all(len({b.top for b in f.boxes}) == 1 for f in emails)


@pytest.mark.parametrize("row, value", [
    ("Novita Ginting (Saya)", "Novita Ginting"),
    ("Rofig Susanti (Tuan Rumah)", "Rofig Susanti"),          # OCR read the q as g
    ("Marlina Pratama (Saya", "Marlina Pratama"),              # the closing bracket lost
])
def test_a_participant_marked_in_a_video_calls_list(row, value):
    assert_covered([row], value, "person_name")


@pytest.mark.parametrize("row", ["Ruang Rapat (Host)", "Admin (Saya)", "Operator Dinas (You)", "Mulai Video (Host)"])
def test_a_room_or_a_desk_marked_as_host_stays(row):
    assert_nothing([row], {"person_name"})


@pytest.mark.parametrize("rows, value", [
    (["TabunganKu 568547088472797"], "568547088472797"),
    (["Britama 0123-01-045678-50-9"], "0123-01-045678-50-9"),
    (["Tahapan Xpresi 1234 5678 90"], "1234 5678 90"),                          # grouped as the app shows it
    (["Taplus 56854708847279O"], "56854708847279O"),                            # OCR read the last 0 as O
    (["BCA mobile", "KRISNA PARDEDE", "TabunganKu 568547088472797"], "KRISNA PARDEDE"),  # its holder above it
])
def test_an_account_named_by_its_savings_product(rows, value):
    assert_covered(rows, value)


@pytest.mark.parametrize("row", ["Bunga Tahapan 2,5% per tahun", "Promo TabunganKu gratis biaya admin 2025"])
def test_a_savings_product_named_without_an_account(row):
    assert_nothing([row], {"bank_account"})


@pytest.mark.parametrize("rows, value", [
    (["•••• 6948"], "6948"),
    ([[(20, "Metode pembayaran"), (545, "JCB"), (600, "e*** 6948")]], "6948"),   # the logo a piece of its own,
])                                                                            # the first dot read as "e"
def test_a_cards_last_digits_after_a_mask_alone(rows, value):
    assert_covered(rows, value, "card_number")


@pytest.mark.parametrize("row", ["Total 6948", "Kode **** 1234 aktif kembali"])
def test_digits_without_a_mask_of_their_own_are_no_card(row):
    assert_nothing([row], {"card_number"})

