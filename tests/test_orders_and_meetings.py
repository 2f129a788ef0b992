"""Delivery orders and video meetings: the note that finds a customer's house is covered like the address it
belongs to; a vehicle's make and model, a restaurant named after its owner, the chat's "From" before a sender
and the heading over a delivery address stay visible; a meeting chat's internal link read small, its slashes
read as "11", is covered.  Synthetic OCR words (conftest.make_ocr) and one screen read by real Tesseract."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import count_uncovered, font, letters, make_ocr, pixels_covered, pixels_unchanged, redacted_pixels
from redactor.detect import detect




# --- the note under a delivery address -------------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    (["Antar ke", "Ferdi Saputra", "Jl. Melati No. 9, Kel. Sukamaju", "Catatan untuk driver: rumah pagar hijau"],
     "rumah pagar hijau"),
    (["Patokan : sebelah masjid, cat kuning"], "sebelah masjid, cat kuning"),
    (["Note to driver: blue gate next to the mosque"], "blue gate next to the mosque"),
    # the label on its own line over the note
    (["Detail alamat", "masuk gang kedua kiri, rumah lantai 2"], "masuk gang kedua kiri, rumah lantai 2"),
    # as OCR reads it: the colon set apart, the label in capitals
    (["CATATAN UNTUK KURIR ; pagar hitam depan warung"], "pagar hitam depan warung"),
])
def test_the_directions_to_a_customers_house_are_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Mohon pengguna melengkapi detail alamat di menu profil"], "menu profil"),
    (["Lihat detail alamat pengiriman"], "pengiriman"),
    (["Pesan ini berisi catatan untuk driver yang mengantar pesanan"], "yang mengantar pesanan"),
])
def test_a_sentence_or_a_heading_that_mentions_such_a_note_stays_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


@pytest.mark.parametrize("rows, heading", [
    (["Alamat Pengantaran", "Eko Iskandar", "081234567890"], "Pengantaran"),
    (["Alamat Tujuan", "Komplek Villa Hijau Blok B-23, RT.001/RW.012"], "Tujuan"),
])
def test_the_heading_over_a_delivery_address_stays_visible(rows, heading):
    assert count_uncovered(rows, heading, 0) == letters(heading)


# --- a driver's card and the restaurant ------------------------------------------------------------------

@pytest.mark.parametrize("rows, vehicle, driver", [
    (["AB 6834 AG", "Toyota Avanza Silver", "Indah Gunadi 4.8"], "Toyota Avanza Silver", "Indah Gunadi"),
    (["D 6353 PT", "Honda Beat Merah", "Agnes Siregar"], "Honda Beat Merah", "Agnes Siregar"),
    # OCR glued the rating's star to the model's line
    (["Yamaha NMAX Putih * 4.9", "Rahmat Hidayat"], "Yamaha NMAX Putih", "Rahmat Hidayat"),
])
def test_a_vehicles_make_and_model_stay_visible_and_the_driver_is_covered(rows, vehicle, driver):
    assert count_uncovered(rows, vehicle) == letters(vehicle)
    assert count_uncovered(rows, driver) == 0


@pytest.mark.parametrize("rows, value", [
    (["Diambil dari", "Warung Makan Bu Tini - Kaliurang"], "Warung Makan Bu Tini"),
    (["Dari: Toko Berkah Pak Budi"], "Toko Berkah Pak Budi"),
    (["Pengirim", "TOKO SUMBER REJEKI"], "TOKO SUMBER REJEKI"),
])
def test_a_business_named_after_its_owner_stays_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


@pytest.mark.parametrize("rows, value", [
    (["Dari: Budi Santoso"], "Budi Santoso"),
    (["Diambil dari", "Budi Santoso"], "Budi Santoso"),
])
def test_a_person_after_the_same_label_is_still_covered(rows, value):
    assert count_uncovered(rows, value) == 0


# --- a meeting's chat ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, lead_in, name", [
    ("08:14 From Agnes Suryani, S.H. to Everyone:", "From", "Agnes Suryani, S.H."),
    ("10:34 Dari Yohanes Saputra, M.Si. ke Semua Orang:", "Dari", "Yohanes Saputra, M.Si."),
    # the degree's dots lost in small type
    ("08:29 From Ikhsan Harahap, S.H to Everyone:", "From", "Ikhsan Harahap, S.H"),
    ("Kepada Rina Wulandari, S.E. di tempat", "Kepada", "Rina Wulandari, S.E."),
])
def test_a_sender_with_a_degree_is_covered_without_the_word_before_it(line, lead_in, name):
    rows = [line, "Baik, terima kasih"]
    assert count_uncovered(rows, name) == 0
    assert count_uncovered(rows, lead_in) == letters(lead_in)


@pytest.mark.parametrize("line, value", [
    ("Login dulu ke http: 1110.39.68.201:8080/si-ranti", "1110.39.68.201:8080/si-ranti"),
    ("Silakan isi daftar hadir di http:11intranet.dinkes.contohkota.go.id/absen",
     "intranet.dinkes.contohkota.go.id/absen"),
])
def test_an_internal_link_whose_slashes_were_read_as_ones_is_covered(line, value):
    assert count_uncovered([line], value) == 0


@pytest.mark.parametrize("line, value", [
    ("Bahan paparan di https:11www.kompas.com/berita", "www.kompas.com/berita"),
    ("Nomor 11 dan 12 sudah hadir", "11"),
])
def test_a_public_link_or_a_number_read_the_same_way_stays_visible(line, value):
    assert count_uncovered([line], value) == letters(value)


# --- an internal link wrapped in a meeting's chat --------------------------------------------------------

@pytest.mark.parametrize("rows, tail", [
    # the chat's next line shares its row with a video tile's caption far to the left
    ([[(20, "Nurul Hidayat"), (900, "Silakan isi daftar hadir di http://192.168.62.164/si-")],
      [(20, "Ayu Rahman"), (900, "monik/login")]], "monik/login"),
    # the address broken inside its last word: the rest of the word alone on the next line
    (["Bahan paparan bisa diunduh di", "https://intranet.dinkes.contohkota.go.id/simpaten/d", "ashboard"], "ashboard"),
    # ... one letter short of its end
    (["Kata sandi : Bima2023", "Tautan :", "https://ekinsatu.contohkota.go.id/auth/masu", "k"], "k"),
])
def test_the_wrapped_tail_of_an_internal_link_is_covered(rows, tail):
    assert count_uncovered(rows, tail) == 0


@pytest.mark.parametrize("rows, word", [
    (["Cek di https://intranet.dinkes.contohkota.go.id/simpaten", "terima"], "terima"),  # a word of the language
    (["Cek di https://intranet.dinkes.contohkota.go.id/simpaten/", "siap"], "siap"),  # the address ended at '/'
    (["Cek di https://intranet.dinkes.contohkota.go.id/simpaten/", "a"], "a"),
    # a table's cell under a link, with another cell right beside it
    ([[(20, "Bahan"), (200, "https://intranet.dinkes.contohkota.go.id/simpaten/d")],
      [(20, "Catatan"), (200, "bapperida")]], "bapperida"),
])
def test_a_word_under_a_link_that_does_not_finish_it_stays_visible(rows, word):
    assert count_uncovered(rows, word) == letters(word)


@pytest.mark.parametrize("line, value", [
    ("ID Rapat: 138 7641 2231", "138 7641 2231"),
    ("Meeting ID: 628 4389 739", "628 4389 739"),
])
def test_a_meetings_number_is_covered(line, value):
    rows = ["Topik: Rapat Persiapan Bimtek Operator", line, "Kode Sandi: 737003"]
    assert count_uncovered(rows, value) == 0
    assert count_uncovered(rows, "Rapat Persiapan Bimtek Operator") == letters("Rapat Persiapan Bimtek Operator")


# --- read by real Tesseract ------------------------------------------------------------------------------

@pytest.mark.usefixtures("tesseract")
def test_a_delivery_card_read_by_tesseract(tmp_path):
    """A food order's card as a phone draws it at device scale 2: the driver's plate, vehicle and name, the
    restaurant, the customer's name, phone, address and the note to the driver."""
    image = Image.new("RGB", (780, 620), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    boxes = {}
    lines = [("plate", "AB 6834 AG", 30, True), ("vehicle", "Honda Beat Merah", 28, False),
             ("driver", "Agnes Siregar", 28, False), ("pickup", "Diambil dari", 24, False),
             ("resto", "Warung Makan Bu Tini - Kaliurang", 28, True), ("heading", "Alamat Pengantaran", 24, False),
             ("customer", "Ferdi Saputra", 28, True), ("phone", "0812-5359-6591", 28, False),
             ("address", "Jl. Melati No. 9, Kel. Sukamaju, Kota Bandung", 28, False),
             ("note", "Catatan untuk driver: rumah pagar hijau", 28, False)]
    y = 20
    for key, text, size, bold in lines:
        f = font(size, bold=bold)
        draw.text((30, y), text, fill=(30, 30, 30), font=f)
        boxes[key] = draw.textbbox((30, y), text, font=f)
        y += int(size * 2.0)
    # the note's value alone (its label stays)
    f = font(28)
    label_width = f.getlength("Catatan untuk driver: ")
    left, top, right, bottom = boxes["note"]
    boxes["note_value"] = (int(left + label_width), top, right, bottom)
    before, after = redacted_pixels(image, tmp_path, "order.png")

    def unchanged(key):
        return pixels_unchanged(before, after, boxes[key])

    def covered(key):
        return pixels_covered(before, after, boxes[key])

    for key in ("plate", "driver", "customer", "phone", "address", "note_value"):
        assert covered(key), f"{key} still readable"
    for key in ("vehicle", "pickup", "resto", "heading"):
        assert unchanged(key), f"{key} was covered"


# --- a complaint portal's ticket -------------------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    # a narrow card wraps the reporter's family name onto the next line
    ([[(20, "Reporter"), (150, "Umar Ramadhan")], [(150, "Wardhana")], [(20, "Identitas"), (150, "Tidak Rahasia")]],
     "Wardhana"),
    ([[(20, "Reporter"), (150, "UMAR RAMADHAN")], [(20, "Phone"), (150, "0852-3015-885")]], "UMAR RAMADHAN"),
    (["Ditanggapi oleh OKI PURBA"], "OKI PURBA"),
    # a given name alone, the colon read after the label
    (["Ditangani oleh: Wulan"], "Wulan"),
    (["Ditanggapi oleh Eko", "Rahayu"], "Eko"),
])
def test_who_filed_a_complaint_and_who_answered_it_are_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Dibuat oleh Admin Dinas"], "Admin Dinas"),
    (["Ditanggapi oleh Admin Dinas"], "Admin Dinas"),
    (["Dari: Humas Setda"], "Humas Setda"),
    (["Disetujui oleh Kepala Bidang"], "Kepala Bidang"),
    (["SP4N-LAPOR!  e-Pengaduan  Dasbor Instansi"], "e-Pengaduan"),
])
def test_an_offices_account_and_a_public_complaint_channel_stay_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


# --- eating places and compound words --------------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    (["Diambil dari", "Mie Gacoan - Dago"], "Mie Gacoan"),
    (["Pick-up", "Sate Khas Senayan - Kaliurang"], "Sate Khas Senayan"),
    (["Resto", "Bakso Pak Kumis"], "Bakso Pak Kumis"),
    # OCR glued the branch to the name
    (["Diambil dari", "Mie Gacoan-Dago"], "Mie Gacoan-Dago"),
])
def test_an_eating_place_named_after_a_dish_stays_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


@pytest.mark.parametrize("rows, value", [
    (["Pick-up", "Warung Makan Bu Tini"], "Pick-up"),
    (["Check-in", "08:01 WIB"], "Check-in"),
    (["Drop-off", "Jl. Melati No. 9, Kel. Sukamaju"], "Drop-off"),
])
def test_a_compound_word_alone_on_its_line_is_no_name(rows, value):
    assert count_uncovered(rows, value) == letters(value)


@pytest.mark.parametrize("rows, value", [
    (["Dari: Ayu Lestari"], "Ayu Lestari"),
    (["Penerima: Budi Sate"], "Budi Sate"),
    (["Dari: Siti Nur-Aini"], "Siti Nur-Aini"),
    (["Jean-Pierre Dubois", "Analis Kepegawaian"], "Pierre Dubois"),
])
def test_names_beside_such_words_are_still_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    # the reporter's card left, the ticket's panel right: the label's row holds the ticket's status
    ([[(20, "Data Pelapor"), (500, "Laporan #6361915")],
      [(20, "Nama Pelapor"), (500, "Didisposisikan"), (700, "Administrasi Kependudukan")], [(20, "Rina Harahap")]],
     "Didisposisikan"),
    ([[(20, "Nama"), (300, "Selesai")]], "Selesai"),
    ([[(20, "Pelapor"), (400, "Terverifikasi")]], "Terverifikasi"),
])
def test_a_word_of_the_language_beside_a_name_label_is_no_name(rows, value):
    assert count_uncovered(rows, value) == letters(value)


@pytest.mark.parametrize("rows, value", [
    ([[(20, "Nama"), (300, "Budi")]], "Budi"),
    ([[(20, "Penerima"), (300, "Bunga")]], "Bunga"),
    ([[(20, "Nama Pelapor"), (300, "Rina Harahap")]], "Rina Harahap"),
    (["Penerima", "SUTRISNO"], "SUTRISNO"),
    # a family name that is also a word, in capitals under or beside its label
    (["Surname / Nama keluarga", "TANJUNG"], "TANJUNG"),
    ([[(20, "Nama"), (300, "TANJUNG")]], "TANJUNG"),
])
def test_a_one_word_name_beside_or_under_its_label_is_still_covered(rows, value):
    assert count_uncovered(rows, value) == 0


# --- a participants list's e-mail addresses --------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    (["Kartika Syahputra Pratama", "pratama. kartika@dinkes.contohkota.go.id"], "pratama. kartika@dinkes.contohkota.go.id"),
    (["s.wibowo. budi@gmail.com"], "s.wibowo. budi@gmail.com"),
])
def test_an_address_alone_on_its_line_with_a_space_read_after_a_dot_is_covered_whole(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("line, value", [
    ("Sudah saya kirim. budi@gmail.com", "kirim."),
    ("Oke. budi@gmail.com", "Oke."),
])
def test_the_last_word_of_a_sentence_before_an_address_stays_visible(line, value):
    assert count_uncovered([line], value) == letters(value)


# --- a name wrapped in a card beside another panel -------------------------------------------------------

@pytest.mark.parametrize("rows", [
    [[(20, "Instansi Tujuan: Dinas Sosial Kota Medan"), (700, "Reporter"), (850, "Umar Ramadhan")],
     [(20, "Uraian Pengaduan: jalan rusak"), (850, "Wardhana")]],
    # the panel's line read in two pieces
    [[(20, "Instansi Tujuan:"), (200, "Dinas Sosial"), (700, "Reporter"), (850, "Umar Ramadhan")],
     [(20, "Bantuan sosial belum"), (240, "masuk"), (850, "Wardhana")]],
])
def test_a_family_name_wrapped_in_a_card_beside_another_panel_is_covered(rows):
    assert count_uncovered(rows, "Wardhana") == 0


@pytest.mark.parametrize("rows", [
    # a table: the next row's cells are its own, its name another person's
    [[(20, "1"), (100, "Nama"), (300, "Umar Ramadhan")], [(20, "2"), (100, "Nama"), (300, "Wardhana")]],
    [[(20, "Nama Pelapor"), (200, "Umar Ramadhan")], [(20, "Identitas"), (200, "Wardhana")]],
])
def test_a_name_on_the_next_row_of_a_table_or_form_is_not_joined(rows):
    layout = make_ocr(rows)
    findings = detect(layout.ocr).findings
    assert not any(f.category == "person_name" and len(f.boxes) > 1 for f in findings)


# --- a plain note under a delivery address ---------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    (["Lokasi Tujuan", "Ferdi Saputra", "0876-5359-659", "komplek villa mas blok e-16, rt 3 rw 9, kel. pasar baru, kec.",
      "medan kota, kota medan", "Catatan: rumah pojok no. 12 pintu coklat"], "rumah pojok no. 12 pintu coklat"),
    (["Jl. Melati No. 9, Kel. Sukamaju, Kota Bandung", "Note: blue gate next to the mosque"], "blue gate next to the mosque"),
    # the colon read as a semicolon
    (["Alamat: Jl. Melati No. 9, Kel. Sukamaju", "Catatan; pagar hitam depan warung"], "pagar hitam depan warung"),
])
def test_a_note_under_an_address_that_describes_the_home_is_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Alamat: Jl. Melati No. 9, Kel. Sukamaju", "Catatan: berkas dibawa saat pengambilan"], "berkas dibawa saat pengambilan"),
    # a note far from any address
    (["Catatan: rumah pagar hijau"], "rumah pagar hijau"),
    (["Jl. Melati No. 9, Kel. Sukamaju, Kota Bandung", "Telp: (022) 123456", "Catatan: pintu depan tutup jam 16"],
     "pintu depan tutup jam 16"),
])
def test_any_other_note_stays_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


# --- a local network's host name ends where its name ends ------------------------------------------------

@pytest.mark.parametrize("line, value", [
    ("dak.Lanju OI wi ee", "dak.Lanju"),  # a button read twice, glued at a dot
    ("Rapat di Gedung Balai.Lantai 2", "Balai.Lantai"),
    ("Lihat di menu Data.Internasional", "Data.Internasional"),
])
def test_words_glued_at_a_dot_are_no_local_host(line, value):
    assert count_uncovered([line], value) == letters(value)


@pytest.mark.parametrize("line, value", [
    ("server di nas.lan:5000/share", "nas.lan:5000/share"),
    ("buka printer.local/admin", "printer.local/admin"),
    ("ssh ke srv.localdomain", "srv.localdomain"),
])
def test_a_local_networks_host_is_still_covered(line, value):
    assert count_uncovered([line], value) == 0


# --- a name whose first letter OCR lost ------------------------------------------------------------------

@pytest.mark.parametrize("rows, scrap", [
    # a video tile's caption chip: the first letter lost against the dark chip
    (["Galih Ginting, M.M.", "Peserta", "alih Ginting, M.M. - Dinkes"], "alih"),
    (["Nama: Novita Hidayat", "vita Hidayat"], "vita"),
    # two letters lost, and a quote read for the first
    (["Nama: Kartika Lestari", "‘rtika Lestari (Saya)"], "rtika"),
    # the letter left at the chip's edge read as an "l" for an "i", and "rn" read as "m"
    (["Tiara Nugroho Permana", "Peserta", "lara Nugroho Permana"], "lara"),
    (["Nama: Galih Kurniawan Putra", "Peserta", "alih Kumiawan Putra"], "alih"),
])
def test_the_rest_of_a_first_name_whose_first_letter_was_lost_is_covered(rows, scrap):
    assert count_uncovered(rows, scrap) == 0


@pytest.mark.parametrize("rows, word", [
    (["Nama: Novita Hidayat", "kepada Hidayat"], "kepada"),
    (["Nama: Novita Hidayat", "cita Hidayat"], "cita"),  # ends no first name on the page
    (["Nama: Novita Hidayat", "Novita Hidayat", "tiga Hidayat"], "tiga"),
    (["Tiara Nugroho Permana", "lama Nugroho Permana"], "lama"),  # "iama" ends no first name either
])
def test_a_word_before_a_name_that_ends_no_known_first_name_stays(rows, word):
    assert count_uncovered(rows, word) == letters(word)


# --- a name alone on its line beside an avatar, its first letters lost -----------------------------------

@pytest.mark.parametrize("rows, scrap", [
    # a driver's card: the avatar read as a scrap, the name's "Y" lost, the rating's star read as "x"
    (["AB 5027 KXD", "Honda Beat Merah", "NX. uliani Pangaribuan x 4.8"], "uliani"),
    (["uliani Pangaribuan"], "uliani"),
    # a profile's card: all of the first name but its last letter lost, the name found without it
    (["a Kusuma Susanti", "NIP 199606082020022017", "Bidang Pengembangan Kompetensi"], "a"),
])
def test_the_rest_of_a_name_whose_first_letters_were_lost_beside_an_avatar_is_covered(rows, scrap):
    assert count_uncovered(rows, scrap, 0 if len(rows) == 1 or scrap == "a" else 2) == 0


@pytest.mark.parametrize("rows, word", [
    (["kepada Budi Santoso"], "kepada"),               # a word of the language
    (["oleh Pangaribuan"], "oleh"),
    (["di Jakarta Selatan"], "di"),
    (["lihat Menu Utama"], "Menu Utama"),              # words that are no name
    (["Pesan ini dari uliani Pangaribuan"], "Pesan"),  # a sentence, not a line holding a name alone
    # a receipt's line read as scraps: a capitalised scrap of two letters is no name's word
    (["tvatisa Ks"], "tvatisa"),
    # a word in a cell close after another on its line: not a name alone beside an avatar
    ([[(20, "Pengirim"), (140, "a Kusuma Susanti")]], "a"),
])
def test_a_word_before_capitalised_words_that_is_no_lost_letters_stays(rows, word):
    assert count_uncovered(rows, word) == letters(word)
