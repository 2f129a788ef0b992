"""Flight e-tickets, digital ID cards and trip receipts: a booking code and an airline ticket's number are
covered beside or under their labels, a card shown by its last four digits is covered, a number plate a narrow
screen wrapped over two lines is covered whole; an airline, a no-reply sender and an airport named after a
national hero stay visible, and a caption alone on its line ends the address above it.  Synthetic OCR words
(conftest.make_ocr)."""
from __future__ import annotations

import pytest

from conftest import count_uncovered, letters, make_ocr
from redactor.detect import detect
from redactor.findings import Box
from redactor.ocr.result import OcrResult, Word


# --- booking codes and ticket numbers ----------------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    (["Kode Booking: K7QX2M"], "K7QX2M"),
    (["PNR XYKAZE"], "XYKAZE"),
    # the label over the code, the trip's date beside it (a header row of two captions)
    ([[(20, "Booking Code"), (200, "Date")], [(20, "Y4WUHE"), (200, "Sab, 19 September 2026")]], "Y4WUHE"),
    ([[(20, "Kode Booking Maskapai"), (300, "Tanggal")], [(20, "3KHYXA"), (300, "Rab, 9 Mei 2026")]], "3KHYXA"),
    (["Airline Booking Code (PNR)", "F4HEQN"], "F4HEQN"),
    # an airline ticket's number in its column, with and without the hyphen after the airline's code
    ([[(20, "Nama Penumpang"), (260, "Nomor Tiket")], [(20, "Tn. GALIH SAPUTRA"), (260, "990-2171091173")]],
     "990-2171091173"),
    (["Ticket No.: 1262412345678"], "1262412345678"),
])
def test_a_booking_code_and_a_ticket_number_are_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Kode Booking: LUNAS"], "LUNAS"),  # a status, not a code
    (["Cek kode booking kamu di email"], "email"),
    (["Total 1262412345678"], "1262412345678"),  # thirteen digits with no ticket's label
    ([[(20, "ID Pesanan"), (300, "F-4270267246")]], "F-4270267246"),  # an order's own number stays
])
def test_a_status_a_sentence_or_an_unlabelled_number_stays_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


# --- a card's last four digits ------------------------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    ([[(20, "Metode pembayaran"), (300, "BCA Debit •••• 6721")]], "6721"),
    ([[(20, "Payment method"), (300, "Visa eeee 9618")]], "9618"),  # the mask's dots read as letters
    ([[(20, "Metode pembayaran"), (300, "Mastercard »..« 3901")]], "3901"),
])
def test_a_cards_last_four_digits_are_covered(rows, value):
    assert count_uncovered(rows, value) == 0


def test_a_cards_last_digits_read_apart_from_its_brand_are_covered():
    # As Tesseract read a receipt at device scale 2: the dots a speck set lower and apart, so "Visa" and
    # "3591" are two cells of the row.
    words = (Word("Metode", Box(55, 1604, 96, 22), 96.0, 0), Word("pembayaran", Box(163, 1604, 162, 28), 96.0, 0),
             Word("Visa", Box(545, 1604, 58, 22), 96.2, 1), Word("se.", Box(612, 1612, 40, 8), 58.6, 1),
             Word("3591", Box(662, 1605, 65, 21), 92.0, 1))
    findings = detect(OcrResult(words=words, width=800, height=1700)).findings
    assert any(f.category == "card_number" and any(b.left <= 670 and b.right >= 720 for b in f.boxes) for f in findings)


@pytest.mark.parametrize("rows, value", [
    # the card named by its bank and kind, its last digits a cell of their own (the dots lost)
    ([[(20, "Payment method"), (300, "BCA Debit"), (440, "8706")]], "8706"),
    ([[(20, "Metode pembayaran"), (300, "BNI Kredit ..."), (480, "4410")]], "4410"),
])
def test_a_cards_last_digits_apart_from_its_bank_and_kind_are_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Kartu Kredit 2026"], "2026"),
    ([[(20, "Kartu BCA"), (300, "2026")]], "2026"),  # a bank's name alone is no card's kind
    ([[(20, "SETORAN TUNAI BCA"), (400, "2500")]], "2500"),
    (["Visa 2026"], "2026"),  # a year after a brand
    ([[(20, "TRSF E-BANKING DEBIT"), (300, "2500")]], "2500"),  # a statement's amount beside its kind
])
def test_a_year_or_an_amount_after_a_card_word_stays_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


# --- a number plate wrapped over two lines ------------------------------------------------------------------

# (the driver's rating beside the line, as ride-hailing apps set it)
@pytest.mark.parametrize("rows, value", [
    (["Pengemudi", "Rizky Hidayat", [(20, "Honda Beat Merah · D 183"), (400, "★ 4.7")], "LMG"], "LMG"),
    (["Pengemudi", "Rizky Hidayat", [(20, "Honda Beat Merah · D 183"), (400, "★ 4.7")], "LMG"], "D 183"),
    ([[(20, "Daihatsu Xenia Hitam : BK 376"), (400, "★ 4.9")], "AC"], "BK 376"),
])
def test_a_plate_wrapped_onto_the_next_line_is_covered_whole(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    # the rating read into the driver's line, its star as a mark or a letter
    (["Indah Harahap", "Daihatsu Xenia Hitam : BK 376 * 4.6", "AC"], "AC"),
    (["Indah Harahap", "Honda Vario 125 Hitam · N 2098 x 4.8", "GA"], "N 2098"),
    # the separator lost, the rating a cell of its own
    (["Indah Harahap", [(20, "Daihatsu Xenia Hitam BK 376"), (400, "x 4.6")], "AC"], "AC"),
])
def test_a_plate_wrapped_beside_a_rating_read_with_it_is_covered_whole(rows, value):
    assert count_uncovered(rows, value) == 0


def test_a_plates_letters_misread_beside_the_drivers_avatar_are_covered():
    # As Tesseract read a dark receipt at device scale 2: the avatar's circle read as "KA" and the plate's
    # letters "VH" as "vi", one line of the row under the driver's line.
    words = (Word("Yamaha", Box(209, 1581, 158, 31), 93.2, 0), Word("NMAX", Box(388, 1582, 117, 30), 88.5, 0),
             Word("Putih", Box(524, 1581, 96, 31), 92.8, 0), Word(":", Box(642, 1595, 4, 5), 63.1, 0),
             Word("AB", Box(664, 1582, 53, 30), 95.0, 0), Word("7234", Box(737, 1582, 99, 30), 90.5, 0),
             Word("*", Box(889, 1582, 24, 28), 80.0, 1), Word("4.7", Box(925, 1582, 50, 30), 90.0, 1),
             Word("KA", Box(73, 1611, 107, 44), 50.4, 2), Word("vi", Box(210, 1639, 54, 30), 15.8, 2))
    findings = detect(OcrResult(words=words, width=1000, height=1800)).findings
    plates = [b for f in findings if f.category == "plate" for b in f.boxes]
    assert any(b.left <= 670 and b.right >= 830 for b in plates)  # "AB 7234"
    assert any(b.left <= 215 and b.right >= 260 and b.top >= 1630 for b in plates)  # "vi"
    assert not any(b.left < 180 and b.top >= 1600 for b in plates)  # not the avatar


@pytest.mark.parametrize("rows, value", [
    # no rating and no separator: a room's number over a word
    ([[(20, "Rapat di Ruang B 12"), (400, "Lantai 2")], "AC"], "AC"),
    ([[(20, "Lokasi: Blok B 12"), (400, "Lantai 2")], "RT"], "RT"),  # an address's part, not a plate's letters
    ([[(20, "Fasilitas: Ruang B 12"), (400, "Kapasitas 20")], "AC dan proyektor"], "AC dan proyektor"),
])
def test_a_room_over_a_word_or_an_address_part_is_no_plate(rows, value):
    assert count_uncovered(rows, value) == letters(value)


# --- a note's directions to a home ------------------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    # under a pickup that is a public place: no address before it
    (["Titik jemput", "Alun-alun Bondowoso", "Catatan: rumah pagar hijau"], "rumah pagar hijau"),
    (["Tujuan", "RSUD Kota Bandung", "Catatan: masuk gang kedua kiri, rumah lantai", "2"], "2"),
    (["Tujuan", "Stasiun Bogor", "Catatan; masuk gg. mawar, rumah cat biru"], "masuk gg. mawar, rumah cat biru"),
    (["Drop-off", "Grand Mosque", "Note: blue gate, house next to the mosque"], "blue gate, house next to the mosque"),
])
def test_a_notes_directions_to_a_home_are_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Catatan: berkas dibawa ke depan kantor"], "berkas dibawa ke depan kantor"),
    (["Catatan: rujukan ke rumah sakit terdekat"], "rujukan ke rumah sakit terdekat"),
    (["Catatan: mohon datang tepat waktu"], "mohon datang tepat waktu"),
    (["Catatan rumah tangga sejahtera"], "rumah tangga sejahtera"),  # no note's colon
])
def test_a_note_that_names_no_home_stays_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


# --- senders and places that are no one ---------------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    (["Citilink <noreply@citilink.co.id>", "kepada saya"], "Citilink"),
    (["Citilink <noreply@citilink.co.id>", "kepada saya"], "noreply@citilink.co.id"),
    (["Traveloka <no-reply@traveloka.com>"], "Traveloka"),
    (["Jakarta (HLP)", "Halim Perdanakusuma", "Terminal 1"], "Halim Perdanakusuma"),
    (["Lombok (LOP)", "Zainuddin Abdul Madjid", "Terminal 1"], "Zainuddin Abdul Madjid"),
    (["Pekanbaru (PKU)", "Sultan Syarif Kasim II"], "Sultan Syarif Kasim II"),
    (["E-tiket", "Pelita Air", "IP 788"], "Pelita Air"),
    # an airline alone in the cell of its flight's row, no grid's column over it
    ([[(20, "Citilink"), (200, "05:45"), (350, "1j 31m"), (450, "07:16")], "0G 588"], "Citilink"),
])
def test_an_airline_a_no_reply_sender_and_an_airport_stay_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


@pytest.mark.parametrize("rows, value", [
    (["Rahmat Hidayat <rahmat.h@example.org>"], "Rahmat Hidayat"),
    (["Rahmat Hidayat <rahmat.h@example.org>"], "rahmat.h@example.org"),
    (["2. Tn. GALIH SAPUTRA"], "GALIH SAPUTRA"),  # a passenger after the title a booking gives
    (["1. MRS Wulan Hasibuan"], "Wulan Hasibuan"),
])
def test_a_persons_sender_name_address_and_a_titled_passenger_are_covered(rows, value):
    assert count_uncovered(rows, value) == 0


# --- passengers after a booking's title, and the booker's contact under the passengers' table ---------------

@pytest.mark.parametrize("rows, value", [
    # each word of the name is also a word or a place ("umar", "tanjung", "budi", "purba")
    (["Detail Penumpang", "1. MR UMAR TANJUNG", "NIK / Paspor: 7301206703663680"], "UMAR TANJUNG"),
    (["2. NY. MARIA PURBA"], "MARIA PURBA"),
    (["Tn. BUDI TANJUNG"], "BUDI TANJUNG"),
])
def test_a_name_of_words_after_a_bookings_title_is_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["MS WORD DAN EXCEL"], "WORD DAN EXCEL"),  # a product, its words joined by "dan"
    (["Panduan MS OFFICE"], "OFFICE"),
    (["Pelatihan MS SQL SERVER untuk operator"], "SQL SERVER"),  # the title inside a line
    (["IBU KOTA NUSANTARA"], "KOTA NUSANTARA"),  # not a booking's title
])
def test_capitals_after_a_title_that_is_no_bookings_stay_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


BOOKING = [[(20, "No"), (80, "Nama Penumpang"), (330, "NIK / Paspor"), (520, "No. E-tiket")],
           [(20, "1"), (80, "Tn. GALIH SAPUTRA"), (330, "3228032210651620"), (520, "9904725501417")],
           [(20, "2"), (80, "Ny. SITI AMINAH"), (330, "3411136006630292"), (520, "9908695845019")],
           "Detail Kontak",
           [(20, "Nama"), (430, "Ardiansyah Sitorus")],
           [(20, "No. Ponsel"), (430, "+62 831 7719 203")],
           [(20, "Email"), (330, "a.sitorus@dinkes.contohkota.go.id")]]


@pytest.mark.parametrize("value", ["Ardiansyah Sitorus", "+62 831 7719 203", "GALIH SAPUTRA", "3411136006630292"])
def test_the_bookers_contact_far_right_of_its_labels_under_the_passengers_is_covered(value):
    assert count_uncovered(BOOKING, value) == 0


def test_a_grids_columns_end_where_a_row_of_more_cells_than_it_has_starts():
    # "PNR | Tanggal" over the code and the date, then the flight's times: the passenger's line below is
    # no row of that grid, and its name is not cut at the date's column
    rows = [[(20, "PNR"), (200, "Tanggal")], [(20, "BSK6NR"), (200, "Sen, 10 April 2026")],
            [(20, "Citilink"), (200, "05:45"), (350, "1j 31m"), (450, "07:16")], "Detail Penumpang",
            "1. MS YULIANI PANGARIBUAN MAHENDRA"]
    assert count_uncovered(rows, "YULIANI PANGARIBUAN MAHENDRA") == 0


def test_a_grids_columns_end_at_a_row_of_one_cell_more_than_it_has():
    # the same grid, the flight's line read as three cells (its duration on a line of its own): the
    # passenger's name in mixed case is not cut at the date's column either
    rows = [[(20, "PNR"), (200, "Date")], [(20, "DCVT3M"), (200, "Kam, 8 April 2026")],
            [(20, "Garuda Indonesia"), (250, "14:55"), (450, "16:10")], [(20, "GA-488"), (250, "Pekanbaru (PKU)")],
            "Passenger Details", "1. MRS Citra Saputra Harahap"]
    assert count_uncovered(rows, "Citra Saputra Harahap") == 0


def test_scraps_of_an_icon_bar_read_as_two_short_captions_head_no_table():
    # A forwarded social page: "a.n." (a post's last word, set apart) and "Kk", OCR's reading of an icon in the
    # side bar, on one row over the side bar's list of friends: no table's header, and the names under "Kk"
    # are names, not cells of a family-card column.  The boxes as OCR gave them on such a page.
    def word(text, left, top, width, height, conf=93.0):
        return Word(text, Box(left, top, width, height), conf=conf, line_id=top)
    words = [word("a.n.", 906, 103, 19, 7, 55.0), word("Kk", 1200, 97, 12, 15, 45.0), word("4", 1253, 97, 13, 13, 80.0),
             word("Kontak", 1199, 134, 43, 10), word("&", 1198, 157, 24, 25, 73.0),
             word("juga", 559, 330, 37, 12), word("pantau", 551, 572, 36, 10)]
    for top, given in [(232, "Jati"), (266, "Vega"), (334, "Cinthia"), (401, "Ganda"), (435, "Cager"), (502, "Sari"),
                       (570, "Lasmono")]:
        words.append(word(given, 1231, top, 7 * len(given), 12))
    words += [word("Kayla", 1231, 637, 28, 13), word("Lestari", 1263, 638, 35, 10)]
    found = detect(OcrResult(words=tuple(words), width=1366, height=768)).findings
    assert any(f.category == "person_name" and f.preview.startswith("Nama K•••• L") for f in found), \
        [f.preview for f in found]


def test_a_tables_rows_of_as_many_cells_as_captions_keep_their_columns():
    rows = [[(20, "Nama"), (300, "NIP")], [(20, "Rahmat Hidayat"), (300, "198001012005011001")],
            [(20, "Joko Susilo"), (300, "198202022006041002")], [(20, "Wulan Hasibuan"), (300, "198503032009022003")]]
    for value in ("Rahmat Hidayat", "Joko Susilo", "Wulan Hasibuan", "198503032009022003"):
        assert count_uncovered(rows, value) == 0, value


def test_a_tables_row_whose_first_cell_is_its_columns_caption_is_still_a_row():
    # a two-column table of roles and names: "Pengemudi" is a role in the role column (its own caption's
    # values), the table goes on, each name under "Nama"
    rows = [[(20, "Jabatan"), (300, "Nama")], [(20, "Kepala Seksi"), (300, "Rahmat Hidayat")],
            [(20, "Pengemudi"), (300, "Joko Susilo")], [(20, "Staf"), (300, "Wulan Hasibuan")]]
    for value in ("Rahmat Hidayat", "Joko Susilo", "Wulan Hasibuan"):
        assert count_uncovered(rows, value) == 0, value
    assert count_uncovered(rows, "Kepala Seksi") == letters("Kepala Seksi")


# --- an address's caption alone on its line -----------------------------------------------------------------

def test_a_caption_alone_under_an_address_ends_it():
    # a digital ID card's fields as a list, each caption over its value
    rows = ["Alamat", "JL. MELATI NO. 91", "RT/RW", "012/011", "Kelurahan/Desa", "KRAJAN", "Kecamatan", "WRINGIN"]
    assert count_uncovered(rows, "JL. MELATI NO. 91") == 0
    for caption in ("RT/RW", "Kelurahan/Desa", "Kecamatan"):
        assert count_uncovered(rows, caption) == letters(caption), caption


def test_an_address_wrapped_onto_its_kelurahan_still_goes_on():
    rows = ["Alamat: Jl. Melati No. 9, RT 03/RW 05,", "Kelurahan Sukamaju, Kecamatan Cibeunying"]
    assert count_uncovered(rows, "Kelurahan Sukamaju, Kecamatan Cibeunying") == 0


# --- an address wrapped inside its cell beside a column of labels -------------------------------------------

CARD = [[(20, "Nama"), (200, ": HESTI PARDEDE")], [(20, "Jenis Kelamin"), (200, ": PEREMPUAN")],
        [(20, "Alamat"), (200, ": PERUM GRIYA")], [(200, "ASRI BLOK C4 NO")], [(200, "3")],
        [(20, "RT/RW"), (200, ": 002/002")], [(20, "Agama"), (200, ": ISLAM")]]


def test_an_address_wrapped_in_its_cell_beside_the_labels_is_covered_whole():
    for part in ("PERUM GRIYA", "ASRI BLOK C4 NO"):
        assert count_uncovered(CARD, part) == 0, part


def test_the_next_fields_label_under_a_wrapped_address_stays_visible():
    assert count_uncovered(CARD, "RT/RW") == letters("RT/RW")
    assert count_uncovered(CARD, "Agama") == letters("Agama")


@pytest.mark.parametrize("rows, value", [
    (["Tujuan · 13:43", "Mal Ciputra Seraya"], "Mal Ciputra Seraya"),
    (["Lokasi jemput · 09:14", "Stasiun Tugu Yogyakarta"], "Stasiun Tugu Yogyakarta"),
    (["Pesanan Saya", "E-tiket Pesawat"], "E-tiket Pesawat"),
])
def test_a_public_place_and_a_tickets_heading_are_no_one(rows, value):
    assert count_uncovered(rows, value) == letters(value)
