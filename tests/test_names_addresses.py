"""Names and addresses as people write them in chats and as transfer proofs print them, on synthetic OCR
words (see conftest.make_ocr): a street typed in lower case, a holder's name in capitals over an account
number, a name in capitals after a label written as one ("a.n.", "Penerima:"), a colon OCR read inside a
name.  Each rule has positive, negative and OCR-noisy cases; `tests/test_names_addresses_e2e.py` runs them
on rendered screenshots with real Tesseract."""
from __future__ import annotations

import pytest

from conftest import assert_value_covered as assert_covered, assert_value_visible as assert_visible, make_ocr
from redactor.detect import detect


def run(rows):
    layout = make_ocr(rows)
    return layout, detect(layout.ocr)


# ====================================================== a street typed in lower case
@pytest.mark.parametrize("rows, value", [
    (["jl. melati no 12 rt 3 rw 5 kel. sukamaju"], "jl. melati no 12 rt 3 rw 5 kel. sukamaju"),
    (["kirim ke jl kenanga gg 3 no 7 ya kak"], "jl kenanga gg 3 no 7"),
    (["alamatku gang mawar 2 rt 4 rw 1 cibubur"], "gang mawar 2 rt 4 rw 1 cibubur"),
    (["rt 02 rw 04 cibubur, jakarta timur"], "rt 02 rw 04 cibubur"),
    (["Jl. mawar no. 5 dekat masjid"], "Jl. mawar no. 5"),
])
def test_a_street_typed_in_lower_case_is_covered(rows, value):
    assert_covered(rows, value)


@pytest.mark.parametrize("rows, value", [
    (["jl.me1ati no.12 rt 3 rw 5"], "jl.me1ati no.12 rt 3 rw 5"),     # no spaces after the dots, an l read as 1
    (["kirim ke jln  kenanga  no 7"], "kenanga  no 7"),                # spacing OCR widened
])
def test_a_street_typed_in_lower_case_read_with_ocr_noise_is_covered(rows, value):
    assert_covered(rows, value)


@pytest.mark.parametrize("rows, value", [
    (["aku jalan ke kantor no 2 dulu ya"], "kantor no 2"),             # "jalan" the verb
    (["jalan kaki no 1 buat kesehatan"], "kaki no 1"),
    (["gang sebelah rame banget"], "sebelah rame banget"),
    (["Penutupan jalan di Jl. Sudirman", "dan Jl. Gatot Subroto mulai 8 Desember.",
      "Info: Dinas Perhubungan Kota Bandung"], "Gatot Subroto"),      # an agency's notice of a closed street
])
def test_what_only_looks_like_a_typed_street_stays_visible(rows, value):
    assert_visible(rows, value)


# ====================================================== a holder's name in capitals over the number
@pytest.mark.parametrize("rows, value", [
    (["Penerima", "OKI PURBA", "Mandiri - 1320012345678"], "OKI PURBA"),
    (["Sumber Dana", "HANDOKO SETIAWAN", "BCA 1234567890"], "HANDOKO SETIAWAN"),
    (["OKI PURBA", "BRI 012301004567503"], "OKI PURBA"),
])
def test_a_holder_over_an_account_number_is_covered(rows, value):
    assert_covered(rows, value)


def test_a_holder_over_an_account_number_read_with_ocr_noise_is_covered():
    assert_covered(["HANDOKO: SETIAWAN", "BCA 1234567890"], "HANDOKO: SETIAWAN")   # a speck read as a colon


def _holder_beside_an_avatar(first: str, second: str):
    """A transfer proof's block as OCR read it off a phone screenshot: the avatar's circle with the holder's
    initials left of the label, the name and the bank's line; its edge read as a mark on a row of its own
    between the name and the number ("("), its lower half as a scrap that opens the number's line ("ND")."""
    from redactor.findings import Box
    from redactor.ocr import OcrResult, Word

    def word(text, left, top, width, height, line, conf=92.0):
        return Word(text=text, box=Box(left, top, width, height), conf=conf, line_id=line)

    words = (word("Tujuan", 157, 478, 57, 21, 0), word("(", 52, 516, 1, 7, 1, 76.0), word("KS", 77, 510, 55, 20, 1),
             word("|", 118, 506, 17, 28, 1),
             word(first, 157, 511, 102, 19, 2), word(second, 265, 510, 118, 20, 2),
             word("ND", 53, 525, 78, 34, 3, 45.0), word("BANK", 158, 543, 53, 17, 4),
             word("MANDIRI", 219, 543, 83, 17, 4), word("\u00ab", 311, 548, 5, 7, 4, 54.0),
             word("8740302399316", 324, 543, 146, 17, 4))
    return OcrResult(words=words, width=780, height=700), Box.union([words[4].box, words[5].box])


@pytest.mark.parametrize("first, second, covered", [
    ("KARTIKA", "SETIAWAN", True),
    ("DANA", "DESA", False),        # a fund's name over the account stays, its avatar's scraps or not
])
def test_a_holder_over_an_account_number_beside_an_avatar_read_as_scraps(first, second, covered):
    from conftest import covered_regions

    ocr, name = _holder_beside_an_avatar(first, second)
    regions = covered_regions(detect(ocr).findings, ocr.width, ocr.height)
    y = name.top + name.height / 2
    inside = [any(r.left <= x <= r.right and r.top <= y <= r.bottom for r in regions)
              for x in range(name.left + 2, name.right - 1, 8)]
    assert all(inside) if covered else not any(inside)


@pytest.mark.parametrize("rows, value", [
    (["REKENING TUJUAN", "BCA 1234567890"], "REKENING TUJUAN"),       # a label
    (["BANK CENTRAL ASIA", "BCA 1234567890"], "BANK CENTRAL ASIA"),   # the bank
    (["TRANSFER BERHASIL", "BCA 1234567890"], "TRANSFER BERHASIL"),   # the proof's title
    (["KCP SUDIRMAN", "BCA 1234567890"], "KCP SUDIRMAN"),             # a branch
    (["DANA DESA SUKAMAJU", "BRI 012301004567503"], "DANA DESA SUKAMAJU"),
])
def test_what_stands_over_an_account_number_must_be_a_name(rows, value):
    assert_visible(rows, value)


# ====================================================== a name in capitals after a label written as one
@pytest.mark.parametrize("rows, value", [
    (["a.n. OKI PURBA"], "OKI PURBA"),
    (["transfer ke BCA 1234567890 a.n. OKI PURBA ya"], "OKI PURBA"),
    (["Penerima: OKI PURBA"], "OKI PURBA"),
    (["A/N OKI PURBA"], "OKI PURBA"),
])
def test_a_name_in_capitals_after_a_written_label_is_covered(rows, value):
    assert_covered(rows, value)


@pytest.mark.parametrize("rows, value", [
    (["AN KAB BULELENG"], "KAB BULELENG"),                 # a receipt's noise, no dots
    (["a.n. KEPALA DINAS KESEHATAN"], "KEPALA DINAS KESEHATAN"),
    (["a.n. GUBERNUR JAWA TENGAH"], "GUBERNUR JAWA TENGAH"),
    (["Penerima: BANTUAN LANGSUNG TUNAI"], "BANTUAN LANGSUNG TUNAI"),
    (["Penerima: PKH TAHAP 3"], "PKH TAHAP"),              # acronyms are no given names
    (["Kepada: SELURUH ASN"], "SELURUH ASN"),
    (["Pengirim: JNE EXPRESS"], "JNE EXPRESS"),
])
def test_capitals_after_a_written_label_must_hold_a_name(rows, value):
    assert_visible(rows, value)


# ====================================================== a colon OCR read inside a name
@pytest.mark.parametrize("rows, value", [
    (["Nama: HANDOKO: SETIAWAN"], "HANDOKO: SETIAWAN"),
    ([[(20, "Nama Penerima"), (220, ": HANDOKO: SETIAWAN")]], "HANDOKO: SETIAWAN"),
    (["Hormat kami,", None, "HANDOKO: SETIAWAN", "NIP. 198503172010012003"], "HANDOKO: SETIAWAN"),
])
def test_a_colon_read_inside_a_name_in_capitals_does_not_end_it(rows, value):
    assert_covered(rows, value)


def test_a_field_after_a_name_still_ends_it():
    assert_visible(["Nama: BUDI SANTOSO STATUS: AKTIF"], "AKTIF")


# ====================================================== a street's kind ending a line
def test_a_street_whose_name_wraps_after_its_kind_is_covered():
    assert_covered(["alamat baru saya jln.", "sisingamangaraja gg. mawar no 12a", "medan 10.22"], "sisingamangaraja")
    assert_covered(["saya pindah ke jln.", "sisingamangaraja gg. mawar no 12a"], "sisingamangaraja")


def test_a_street_named_after_a_person_wrapped_after_its_kind_stays_visible():
    # an agency's notice: "Gatot Subroto" opens the next line, but names the street
    assert_visible(["Penutupan jalan di Jl. Sisingamangaraja dan Jl.", "Gatot Subroto mulai 8 Desember 2026."],
                   "Gatot Subroto")


def test_a_name_opening_a_line_after_an_ordinary_word_is_still_covered():
    assert_covered(["Rapat koordinasi dipimpin oleh", "Gatot Wibowo mulai pukul 9"], "Gatot Wibowo")


# ====================================================== a village and its district typed in lower case
@pytest.mark.parametrize("rows, value", [
    (["kel. sukajadi kec. sukasari bandung"], "kel. sukajadi kec. sukasari bandung"),
    (["ds wringin,kec. grabag"], "ds wringin,kec. grabag"),              # no space after the comma
])
def test_a_village_and_district_typed_in_lower_case_are_covered(rows, value):
    assert_covered(rows, value)


def test_an_agencys_village_and_district_in_capitals_stay_visible():
    assert_visible(["Kantor Kelurahan Sukajadi, Kecamatan Sukasari"], "Sukajadi")


# ====================================================== a short given name beside a word
@pytest.mark.parametrize("rows, value", [
    (["Kirim Uang ke Oki Purba", "05 Des 2026 Rp 50.000"], "Oki Purba"),
    (["Transfer ke Edi Purba"], "Edi Purba"),
])
def test_a_short_given_name_beside_a_word_is_a_name(rows, value):
    assert_covered(rows, value)


@pytest.mark.parametrize("rows, value", [
    (["Transfer ke Kec Sukasari"], "Kec Sukasari"),           # an abbreviation, no given name
    (["Kirim ke Bank BCA"], "Bank BCA"),
])
def test_a_short_word_that_is_no_given_name_stays_visible(rows, value):
    assert_visible(rows, value)


# ====================================================== an e-wallet's owner and its name in a history list
def test_an_ewallets_owner_over_its_phone_number_is_covered():
    assert_covered(["DANA", "NURUL PERMANA SIMANJUNTAK", "0812-3456-7890"], "NURUL PERMANA SIMANJUNTAK")


def test_an_office_over_its_phone_number_stays_visible():
    assert_visible(["KANTOR CAMAT SUKASARI", "0812-3456-7890"], "KANTOR CAMAT SUKASARI")


def test_an_ewallets_name_under_a_payer_is_not_part_of_the_name():
    rows = [[(20, "Transfer dari RATNA")], [(20, "TARIGAN"), (400, "+Rp4.095.000")], [(400, "14:05")],
            [(20, "OVO"), (200, "08513203859")]]
    assert_covered(rows, "TARIGAN")
    assert_visible(rows, "OVO")


def test_a_chat_apps_buttons_beside_a_contacts_name_stay_visible():
    assert_visible(["Laporkan Lestari Wardhana"], "Laporkan")
    assert_covered(["Laporkan Lestari Wardhana"], "Lestari Wardhana")


# ====================================================== an acronym over an account number is no holder
@pytest.mark.parametrize("rows, value", [
    (["APBD PERUBAHAN", "BSI 7123 4455 0912"], "APBD"),       # a fund source over the account it pays from
    (["DANA UMKM", "BRI 0123 0100 4567 508"], "UMKM"),
])
def test_an_acronym_in_capitals_over_an_account_number_stays_visible(rows, value):
    assert_visible(rows, value)


@pytest.mark.parametrize("rows, value", [
    (["MOCHTAR HARAHAP", "BSI 7123 4455 0912"], "MOCHTAR HARAHAP"),   # consonants around an h are spoken
    (["CHRISTIAN SIREGAR", "BRI 0123 0100 4567 508"], "CHRISTIAN SIREGAR"),
])
def test_a_holders_name_in_capitals_over_an_account_number_is_covered(rows, value):
    assert_covered(rows, value)


# ====================================================== a sender's own name after a number, its tilde read as a dash
def test_a_senders_own_name_after_a_dash_is_covered():
    assert_covered(["+62 813-2044-5170 - Lidya Situmorang", "Pak, berkasnya sudah saya kirim"], "Lidya Situmorang")


def test_a_word_after_an_offices_number_and_a_dash_stays_visible():
    # (an office's contact line, its middle dot read as a dash)
    assert_visible(["Jl. Sudirman No. 45, Lubuk Pakam · Telepon 1500-123 - Laman dinkes.go.id"], "Laman")


# ====================================================== a role after a label that is also a word
@pytest.mark.parametrize("rows, value", [
    (["Demikian surat keterangan ini dibuat.", "Dokter Pemeriksa,"], "Pemeriksa"),
    (["Jumlah Peserta Didik: 312 orang"], "Didik"),
])
def test_a_role_after_a_label_word_stays_visible(rows, value):
    assert_visible(rows, value)


@pytest.mark.parametrize("rows, value", [
    (["Dokter Hartono", "Poli Umum"], "Hartono"),
    (["Pasien Situmorang, 34 tahun"], "Situmorang"),
])
def test_a_name_after_a_label_word_is_covered(rows, value):
    assert_covered(rows, value)


# ====================================================== a bank's branch, a courier, a word whose capital I was misread
@pytest.mark.parametrize("rows, value", [
    (["KC Surabaya Darmo"], "Surabaya Darmo"),                          # a branch, named after its town and street
    (["Bank BCA KCP Sudirman Medan"], "Sudirman Medan"),
    (["Cabang: KCU Jatinegara Barat"], "Jatinegara Barat"),
    (["Capem Pasar Baru"], "Pasar Baru"),
    (["Pengirim: SHOPEE EXPRESS"], "SHOPEE EXPRESS"),                   # a courier after a sender's label
    (["Pengirim: Lion Parcel"], "Lion Parcel"),
    (["Turan Wajib Pegawai 8%"], "Turan Wajib"),                        # "Iuran Wajib Pegawai", its I read as T
    ([[(20, "Turan Wajib Pegawai 8%"), (400, "Rp 450.000")]], "Turan Wajib"),
])
def test_a_branch_a_courier_and_a_misread_word_stay_visible(rows, value):
    assert_visible(rows, value)


@pytest.mark.parametrize("rows, value", [
    (["KC. Surabaya Darmo"], "Surabaya Darmo"),                         # a speck read as a dot
    (["Kcp Sudirman Medan"], "Sudirman Medan"),                         # the short form in title case
    (["Pengirim : SHOPEE EXPRESS."], "SHOPEE EXPRESS"),
    (["luran Wajib Pegawai 8%"], "luran Wajib"),                        # the I read as a thin l
])
def test_a_branch_a_courier_and_a_misread_word_read_with_ocr_noise_stay_visible(rows, value):
    assert_visible(rows, value)


@pytest.mark.parametrize("rows, value", [
    (["Kepala KCP Budi Santoso"], "Budi Santoso"),                      # an office before the branch: its holder
    (["Pengirim: SHOPEE EXPRESS", "Penerima: Budi Santoso"], "Budi Santoso"),
    (["Pengirim: ANDI WIJAYA"], "ANDI WIJAYA"),
    (["Turan Siregar"], "Turan Siregar"),                               # a T-name beside a family name
    (["Tono Wajib"], "Tono Wajib"),                                     # "Iono" is no word: a given name
])
def test_names_beside_a_branch_a_courier_or_a_t_are_still_covered(rows, value):
    assert_covered(rows, value)


# ====================================================== an account number under its holder, no bank's name before it
@pytest.mark.parametrize("rows", [
    ["Transfer Berhasil", "Rp 150.000", None, "SITI RAHMAWATI", "1234 5678 90"],
    ["BRImo", "Penerima", None, "SITI RAHMAWATI", "0123 0100 4567 503"],   # the bank's logo word far above
    ["Transfer Berhasil", "Siti Rahmawati", "123-456-7890"],              # a name in title case
])
def test_an_account_number_under_its_holder_is_covered_with_the_holder(rows):
    name = next(r for r in rows if r and "RAHMAWATI" in r.upper())
    assert_covered(rows, name)
    assert_covered(rows, rows[-1])


def test_an_account_number_under_its_holder_read_with_ocr_noise_is_covered():
    rows = ["Bukti Transfer", "S1TI RAHMAWATI", "1234 5678 9O"]   # a 1 for an I, an O for a 0
    assert_covered(rows, "S1TI RAHMAWATI")
    assert_covered(rows, "1234 5678 9O")


@pytest.mark.parametrize("rows, value", [
    (["SITI RAHMAWATI", "1234567890"], "1234567890"),                            # no bank on the page
    (["Transfer Berhasil", "TOTAL BAYAR", "1234567890"], "1234567890"),          # a label, not a holder
    (["Transfer Berhasil", "Nomor Referensi", "1234567890123"], "1234567890123"),
    (["Transfer Berhasil", "Daftar Hadir", "1234567890"], "1234567890"),         # words of the language
    (["Transfer Berhasil", "SITI RAHMAWATI", "1.234.567.890"], "1.234.567.890"),  # an amount's dots
    (["Transfer Berhasil", "SITI RAHMAWATI", "12345"], "12345"),                 # too short for an account
])
def test_a_number_under_no_holder_or_on_no_bank_page_stays_visible(rows, value):
    assert_visible(rows, value)


# ====================================================== a login holding a given name, its '_' read as a space
def _admin_row(login: str):
    return [[(20, "Nama"), (300, "Username"), (500, "Peran")], [(20, "Elisa Palastri"), (300, login), (500, "Super Admin")]]


@pytest.mark.parametrize("login", ["operator elisa", "opd hidayanto", "operator_elisa"])
def test_a_login_with_a_given_name_in_a_login_column_is_covered(login):
    assert_covered(_admin_row(login), login, row=1)


@pytest.mark.parametrize("login", ["0perator elisa", "operator elisa.",   # an O for a 0; a speck after it
                                   "operator. elisa", "operator, elisa"])  # the '_' read as a dot or a comma
def test_a_login_with_a_given_name_read_with_ocr_noise_is_covered(login):
    assert_covered(_admin_row(login), login.rstrip("."), row=1)


@pytest.mark.parametrize("login", ["super admin", "tidak aktif",           # a role, a status: words only
                                   "aktif. terkunci"])                    # two statuses
def test_words_of_the_language_in_a_login_column_stay_visible(login):
    assert_visible(_admin_row(login), login, row=1)


# ====================================================== a given name whose capital OCR read small
@pytest.mark.parametrize("rows, value", [
    (["rina Kurniasih mengirim pesan"], "rina Kurniasih"),
    (["Nama: siti Rahmawati"], "siti Rahmawati"),
    ([[(20, "Penerima"), (300, "agus Situmorang")]], "agus Situmorang"),
])
def test_a_name_whose_first_capital_was_read_small_is_covered(rows, value):
    assert_covered(rows, value)


def test_a_name_whose_first_capital_was_read_small_with_more_ocr_noise_is_covered():
    assert_covered(["sri Lestari Wardhana,"], "sri Lestari Wardhana")   # a speck read as a comma after it


@pytest.mark.parametrize("rows, value", [
    (["indah Sekali Pemandangannya"], "indah Sekali"),   # a name that is also a word, before words
    (["rina Dinas Kesehatan"], "Dinas Kesehatan"),       # an office after it
    (["budi Setuju"], "Setuju"),
    (["dengan Ketua Panitia"], "dengan Ketua"),          # a word of a sentence, no given name
])
def test_a_small_word_before_capitals_that_is_no_name_stays_visible(rows, value):
    assert_visible(rows, value)


# ====================================================== a bank named at the end of a line, its number opening the next
@pytest.mark.parametrize("rows, value", [
    (["Mohon doa dan bantuannya untuk biaya operasi adik kami. Donasi bisa ke CIMB Niaga",
      "9718216338801 a.n. Vera Kania Susanti. Terima kasih"], "9718216338801"),
    (["Bantuan untuk korban banjir bisa dikirim ke rekening BRI",
      "0123 0100 4567 503 a.n. Posko Peduli"], "0123 0100 4567 503"),
])
def test_an_account_number_after_its_bank_at_a_wrapped_lines_end_is_covered(rows, value):
    assert_covered(rows, value)


def test_an_account_number_after_its_bank_at_a_wrapped_lines_end_read_with_ocr_noise_is_covered():
    assert_covered(["Donasi untuk pembangunan masjid kami bisa ke Bank Mandiri:",
                    "13200l2345678 a.n. Panitia"], "13200l2345678")          # a 1 read as l


@pytest.mark.parametrize("rows, value", [
    (["Laporan kegiatan bulan ini sudah dikirim oleh bagian keuangan kami",
      "9718216338801 adalah nomor agenda surat"], "9718216338801"),         # no bank before it
    (["Donasi bisa ke CIMB Niaga untuk operasi adik kami yang sedang dirawat",
      "9718216338801 adalah nomor agenda surat"], "9718216338801"),         # the bank inside the line, not at its end
])
def test_a_number_opening_a_line_after_no_bank_stays_visible(rows, value):
    assert_visible(rows, value)


# ====================================================== an address whose line ends in a place's kind
def _shipping(street_end: str = "Dusun", place: str = "Krajan"):
    # A marketplace's shipping address on a phone: the street line wraps after the place's kind, the district
    # line in capitals wraps before its postal code.
    return ["Alamat Pengiriman", "Rahmat Pratama Wijayanti", "087828828574",
            f"Perum Griya Asri Blok C No. 138, RT 06/RW 03, {street_end}", place,
            "KAB. BONDOWOSO - DESA WRINGIN, JAWA TIMUR, ID", "68271", None, "Toko Berkah Official"]


@pytest.mark.parametrize("street_end, place", [("Dusun", "Krajan"), ("Dsn.", "Krajan"), ("Kelurahan", "Pasar Baru"),
                                               ("Kecamatan", "Sawangan")])
def test_an_address_wrapped_after_its_places_kind_is_covered_on_every_line(street_end, place):
    rows = _shipping(street_end, place)
    for value, row in ((place, 4), ("KAB. BONDOWOSO - DESA WRINGIN, JAWA TIMUR, ID", 5), ("68271", 6)):
        assert_covered(rows, value, row)


def test_an_address_wrapped_after_its_places_kind_read_with_ocr_noise_is_covered():
    rows = _shipping("Dusun", "Krajan")
    rows[3] = "Perum Griya Asri Blok C No. l38, RT 06/RW O3, Dusun"   # 1 read as l, 0 as O
    assert_covered(rows, "Krajan", 4)


def test_the_shop_under_a_wrapped_address_stays_visible():
    rows = _shipping()
    assert_visible(rows, "Toko Berkah Official", 8)
    assert_visible(rows, "Alamat Pengiriman", 0)
    # a line ending in a place's kind inside a sentence does not take a heading below it
    assert_visible(["Acara diadakan di balai Dusun", "Jadwal Kegiatan"], "Jadwal Kegiatan", 1)


# ====================================================== a spreadsheet's row read as one line, a mail's recipients
@pytest.mark.parametrize("row, value", [
    ("17/5/2025 RATNA HANDAYANI 1230204202810626 197412062007021016 SDN 2 Tegalrejo", "RATNA HANDAYANI"),
    ("ratna@contoh.go.id SUSANTI 7308100706673582 BKPSDM", "SUSANTI"),
    ("3 YOGI NUGROHO 198208242011022003 Analis", "YOGI NUGROHO"),                 # a NIP after a row's number
])
def test_a_name_in_capitals_before_its_holders_number_is_covered(row, value):
    assert_covered([row], value)


@pytest.mark.parametrize("row, value", [
    ("SDN 2 TEGALREJO 1230204202810626", "SDN 2 TEGALREJO"),
    ("KECAMATAN JETIS 3404012009998043", "KECAMATAN JETIS"),
    ("TOTAL 1230204202810626", "TOTAL"),
])
def test_a_place_or_a_word_in_capitals_before_a_long_number_is_no_ones_name(row, value):
    _, detection = run([row])
    assert not [f for f in detection.findings if f.category == "person_name"], detection.findings


@pytest.mark.parametrize("line, value", [("kepada saya, Rizky v", "Rizky"), ("to me, Dewi, Arif Siregar", "Dewi, Arif Siregar"),
                                         ("kepada saya. Wahyu", "Wahyu")])   # the comma read as a dot
def test_a_mails_other_recipients_are_covered(line, value):
    rows = ["Lestari Rahayu <lestari78@contoh.go.id>", line, "Yth. Bapak/Ibu,"]
    assert_covered(rows, value, 1)


def test_a_desk_among_a_mails_recipients_stays_visible():
    assert_visible(["Lestari Rahayu <lestari78@contoh.go.id>", "kepada saya, Admin Kepegawaian"], "Admin Kepegawaian", 1)


# ====================================================== "today's" headings are no one's name
@pytest.mark.parametrize("heading", ["Antrian Hari Ini", "Agenda Minggu Ini", "Rekap Bulan Ini", "Antrian Hari lni"])
def test_a_heading_of_this_day_or_week_is_no_name(heading):
    rows = [heading, [(20, "No"), (80, "Nama Pasien"), (400, "Poli")], [(20, "1"), (80, "Hari Wibowo"), (400, "Poli Umum")]]
    assert_visible(rows, heading, 0)
    assert_covered(rows, "Hari Wibowo", 2)
