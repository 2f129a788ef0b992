"""Kinds of screen held out from tuning: an e-wallet's or mobile bank's transaction history, and a
health-insurance app's member card, on synthetic OCR words.

Each rule is checked with the value it must cover, a look-alike it must leave alone, and the damage
OCR does to it (a name wrapped under its row's amount, a letter read for a digit, a lost bullet).
"""
from __future__ import annotations

import pytest

from conftest import make_ocr
from redactor.detect import detect
from test_screen_layouts import assert_covered, assert_visible


def _history(verb="Transfer ke", first="CITRA", rest="HASIBUAN"):
    # A transaction row: the other party after the transfer's direction, the amount and time on the right,
    # the bank and account under it; the name wraps under the direction at a large font.
    return [
        "Riwayat Transaksi",
        "06 Mar 2025",
        [(118, f"{verb} {first}"), (500, "-Rp5.008.000")],
        [(118, rest), (620, "14:02")],
        [(118, "Bank Jatim * 438-359-4418")],
        [(118, "QRIS Kopi Kenangan"), (500, "-Rp120.000")],
        [(118, "Ref 563838876423"), (620, "14:42")],
    ]


@pytest.mark.parametrize("verb", ["Transfer ke", "Terima dari", "Kirim ke", "Transfer dari", "Dana masuk dari",
                                  "Trf ke", "Transfer Ke"])
def test_the_other_party_of_a_transfer_is_covered_on_both_lines(verb):
    assert_covered(_history(verb), [(2, "CITRA"), (3, "HASIBUAN"), (4, "438-359-4418")])
    assert_visible(_history(verb), [(2, "-Rp5.008.000"), (5, "Kopi Kenangan"), (6, "563838876423")])


def test_a_name_in_mixed_case_after_the_direction_is_covered():
    assert_covered(_history("Terima dari", "Fajar Rahayu", "Bank DKI"), [(2, "Fajar Rahayu")])


@pytest.mark.parametrize("first, rest", [("BCA", "Bank Central Asia"), ("Rekening", "Sendiri"),
                                         ("GoPay", "Top Up"), ("OVO", "Saldo")])
def test_a_bank_a_wallet_or_an_own_account_after_the_direction_stays_visible(first, rest):
    assert_visible(_history("Transfer ke", first, rest), [(2, first), (3, rest)])


def test_a_direction_read_with_a_letter_misread_still_names_the_party():
    # OCR read the m of "Terima" as "rn".
    assert_covered(_history("Terirna dari", "YOHANES", "NAINGGOLAN"), [(2, "YOHANES"), (3, "NAINGGOLAN")])


def _member_card(heading="Kartu Peserta", family_number="0003329950427", relation="Anak *"):
    # A health-insurance app: the card with its holder and number, then the family on the same card, each
    # member's relation and card number on one line, and the visits.
    return [
        heading,
        "KARTU INDONESIA SEHAT",
        "RINA WARDHANA ISKANDAR",
        "0007 9203 74242",
        [(20, "No. Kartu"), (400, "0007920374242")],
        "Anggota Keluarga",
        "WAHYU MAHENDRA",
        f"{relation} {family_number}",
        "Status: Aktif",
        "Riwayat Pelayanan",
        "ID Kunjungan 0001234",
        "Total 2025 0003 1234 56",
    ]


@pytest.mark.parametrize("relation", ["Anak *", "Istri •", "Suami -", "Anak"])
def test_a_family_members_card_number_is_covered_on_a_health_card_page(relation):
    assert_covered(_member_card(relation=relation), [(3, "0007 9203 74242"), (4, "0007920374242"),
                                                      (7, "0003329950427")])


def test_a_member_number_read_with_o_for_zero_is_covered():
    assert_covered(_member_card(family_number="O0O3329950427"), [(7, "O0O3329950427")])


def test_a_number_opening_with_zeros_stays_visible_off_a_health_page_and_when_too_short_or_long():
    rows = _member_card(heading="Riwayat Transaksi")
    rows[1] = "Mutasi Rekening"
    assert_visible(rows, [(7, "0003329950427")])
    assert_visible(_member_card(), [(10, "0001234")])
    assert_visible(_member_card(family_number="00033299504271"), [(7, "00033299504271")])


@pytest.mark.parametrize("merchant", ["QRIS Kopi Kenangan", "QRIS Indomaret Sukajadi", "QRIS Toko Berkah Jaya"])
def test_a_qr_payment_to_a_merchant_under_an_account_number_stays_visible(merchant):
    rows = _history()
    rows[5] = [(118, merchant), (500, "-Rp120.000")]
    assert_visible(rows, [(5, merchant.split(" ", 1)[1])])


@pytest.mark.parametrize("hospital, clinic", [("RSUD Dr. Pirngadi", "Poli Jantung"), ("RSUP dr. Sardjito", "Poli Umum"),
                                              ("RS Islam Sultan Agung", "Poli Penyakit Dalam"),
                                              ("RSUD Dr Soetomo", "Poliklinik Mata")])
def test_a_visits_hospital_named_after_a_doctor_and_its_clinic_stay_visible(hospital, clinic):
    rows = _member_card()
    rows[10:] = ["28 Mar 2025", hospital, clinic, "Diagnosa: Dispepsia (K30)"]
    assert_visible(rows, [(11, hospital.split()[-1]), (12, clinic)])
    assert_covered(rows, [(13, "Dispepsia (K30)")])


def test_a_doctor_named_on_a_visit_is_still_covered():
    rows = _member_card()
    rows[10:] = ["28 Mar 2025", "RSUD Kota Bandung", "Dokter: Dr. Hesti Wulandari, Sp.PD"]
    assert_covered(rows, [(12, "Hesti Wulandari")])


# ---------------------------------------------------------------- a system's name inside its settings

def _settings(line="DB_DATABASE=simpeg_prod", system="SIMPEG"):
    return [f"Konfigurasi Server {system}", "APP_ENV=production", "DB_HOST=10.12.4.20", line, "QUEUE_CONNECTION=redis"]


@pytest.mark.parametrize("line, value", [("DB_DATABASE=simpeg_prod", "simpeg_prod"),
                                         ("CLIENT_ID=simpeg-timur-172", "simpeg-timur-172"),
                                         ("DB_DATABASE=s1mpeg_prod", "s1mpeg_prod"),
                                         # "=" read as "-z", the underscore as a space
                                         ("DB DATABASE-zsimpeg prod", "simpeg prod"),
                                         ("APP_NAME=SIMPEG", "SIMPEG")])
def test_a_systems_name_opening_an_identifier_in_its_settings_is_covered(line, value):
    assert_covered(_settings(line), [(0, "SIMPEG"), (3, value)])


def test_other_identifiers_and_the_system_word_in_prose_stay_visible():
    rows = _settings("DB_DATABASE=laravel_prod") + ["Data simpeg diperbarui", "QUEUE=simpegawai"]
    assert_visible(rows, [(3, "laravel_prod"), (4, "redis"), (6, "simpegawai")])
    assert_visible(_settings("DB_DATABASE=presensi_prod"), [(3, "presensi_prod")])


# ---------------------------------------------------------------- a receipt at a large font scale

def _sender(first="Joko", rest=("PANGARIBUAN", "TANJUNG")):
    # The sender's name in capitals wrapped over three lines under a right-aligned value column; OCR read
    # the first line's capitals small ("Joko" for JOKO).
    rows = [[(40, "Nama Pengirim"), (620, first)]]
    rows += [[(500, word)] for word in rest]
    rows += [[(40, "Rekening"), (390, "6367678255172")], [(40, "Sumber")], [(40, "Jumlah"), (430, "Rp6.282.000")]]
    return rows


def test_a_name_in_capitals_whose_first_line_ocr_read_small_goes_on_over_its_lines():
    rows = _sender()
    for row in rows[1:3]:
        row[0] = (730 - 10 * len(row[0][1]), row[0][1])  # right-aligned under the first line
    rows[0][1] = (690, "Joko")
    assert_covered(rows, [(0, "Joko"), (1, "PANGARIBUAN"), (2, "TANJUNG")])


def test_a_name_in_small_letters_does_not_take_a_line_in_capitals_under_it():
    rows = [[(40, "Nama Pengirim"), (650, "Budi")], [(650, "RIWAYAT")], [(40, "Jumlah"), (430, "Rp6.282.000")]]
    assert_visible(rows, [(1, "RIWAYAT")])


@pytest.mark.parametrize("first, rest", [("JOKO", "HANDAYANI"), ("YOGI", "RAHAYU"), ("EKO", "PRASETYO WIBOWO")])
def test_a_short_given_name_in_capitals_is_covered_with_the_family_name_wrapped_under_it(first, rest):
    assert_covered(_history("Kirim ke", first, rest), [(2, first), (3, rest)])


@pytest.mark.parametrize("first, rest", [("DANA", "Top Up"), ("DANA", "Saldo DANA"), ("BTPN", "Jenius")])
def test_a_wallet_or_bank_in_four_capitals_stays_visible_whatever_stands_under_it(first, rest):
    assert_visible(_history("Transfer ke", first, rest), [(2, first)])


@pytest.mark.parametrize("line, value", [("Tabungan 6776167820", "6776167820"), ("Rekening Utama 787240890323183", "787240890323183"),
                                         ("Tabungan 677-616-7820", "677-616-7820"), ("Tabungan 67761678Z0", "67761678Z0")])
def test_the_users_own_account_at_the_head_of_a_history_is_covered(line, value):
    rows = _history()
    rows[1] = line
    assert_covered(rows, [(1, value)])


@pytest.mark.parametrize("line, value", [("Tabungan Rp1.500.000", "Rp1.500.000"), ("Tabungan 2025 naik 12%", "2025")])
def test_a_savings_amount_or_year_stays_visible(line, value):
    rows = _history()
    rows[1] = line
    assert_visible(rows, [(1, value)])


# ---------------------------------------------------------------- a group chat's free text

def _chat(text):
    # A desktop group chat: the sender over the message, the time under it.
    return ["Bidang Anggaran", "16 members", "Yuliani Manurung Purba", text, "21:59", "Oki Permana", "Baik pak", "09:50"]


@pytest.mark.parametrize("text, value", [
    ("password email dinas sementara Kenari@92# nanti diganti sendiri", "Kenari@92#"),
    ("ini Bidang@78# ya", "Bidang@78#"),
    ("login SIMPATEN pakai rofiq_39 / rajawali770", "rajawali770"),
    ("login e-Dupak pake novita.8 / Sekretariat2024!", "Sekretariat2024!"),
    ("Login SIMPEG dengan budi_s / Dinkes@123", "Dinkes@123"),
])
def test_a_password_typed_in_a_chats_free_text_is_covered(text, value):
    assert_covered(_chat(text), [(3, value)])


@pytest.mark.parametrize("text", ["kirim ke budi.santoso@dinkes.go.id ya", "cc @Budi2024 tolong dicek",
                                  "login pakai akun masing-masing / jangan dibagi",
                                  "pakai Google Chrome versi 120/121 saja", "Sudah login dengan NIP / email"])
def test_an_email_a_mention_and_plain_advice_are_no_password(text):
    layout = make_ocr(_chat(text))
    assert not [f for f in detect(layout.ocr).findings if f.category == "credential"]


@pytest.mark.parametrize("line, value", [("Diteruskan dari Rahmat Hidayat", "Rahmat Hidayat"),
                                         ("Forwarded from Ardiansyah Simanjuntak", "Ardiansyah Simanjuntak"),
                                         ("Diteruskan darl Oki Rahman", "Oki Rahman")])
def test_whom_a_forwarded_message_came_from_is_covered(line, value):
    rows = _chat("user: novita_8")
    rows.insert(3, line)
    assert_covered(rows, [(3, value)])


def test_a_forwarded_channel_stays_visible():
    rows = _chat("user: novita_8")
    rows.insert(3, "Diteruskan dari Info Kepegawaian")
    assert_visible(rows, [(3, "Info Kepegawaian")])


# ---------------------------------------------------------------- one response of an online form

def _response(label="Nama", star=" *", value="THERESIA SYAHPUTRA"):
    # Each question over its answer, the question marked required with a star.
    return ["Formulir Peserta Bimtek", None, f"{label}{star}", value,
            f"Tanggal Lahir{star}", "14/05/1970", f"Jenis Usaha{star}", "Kuliner"]


@pytest.mark.parametrize("star", [" *", "*", " * :", " *:"])
def test_an_answer_under_a_required_question_is_covered(star):
    assert_covered(_response(star=star), [(3, "THERESIA SYAHPUTRA"), (5, "14/05/1970")])
    assert_visible(_response(star=star), [(0, "Formulir Peserta Bimtek"), (7, "Kuliner")])


def _words(*items):
    from redactor.findings import Box
    from redactor.ocr.result import OcrResult, Word

    words = tuple(Word(text=t, box=Box(x, y, w, h), conf=90.0, line_id=i) for i, (t, x, y, w, h) in enumerate(items))
    return OcrResult(words=words, width=1700, height=1000)


def _covered_text(ocr, text):
    from redactor.cover import regions_for

    regions = regions_for(list(detect(ocr).findings), ocr.width, ocr.height)
    word = next(w for w in ocr.words if w.text == text)
    cx, cy = word.box.left + word.box.width / 2, word.box.top + word.box.height / 2
    return any(r.left <= cx <= r.right and r.top <= cy <= r.bottom for r in regions)


def test_a_required_mark_ocr_boxed_apart_from_its_question_does_not_stand_for_the_answer():
    # As OCR boxes a form's question on a screen: the superscript star a little higher and smaller than the
    # question, the answer in capitals 22 px under it.
    ocr = _words(("Nama", 434, 355, 55, 15), ("*", 495, 356, 7, 5), ("THERESIA", 432, 392, 75, 15),
                 ("SYAHPUTRA", 512, 392, 95, 15), ("Jenis", 434, 479, 40, 15), ("Usaha", 480, 479, 48, 15),
                 ("*", 534, 480, 7, 5), ("Kuliner", 432, 515, 60, 15))
    assert _covered_text(ocr, "THERESIA") and _covered_text(ocr, "SYAHPUTRA")
    assert not _covered_text(ocr, "Kuliner")


def test_a_value_that_starts_with_stars_keeps_them():
    rows = ["Rekening", "No. Rek: ****1234 (disembunyikan)"]
    assert_visible(rows, [(1, "(disembunyikan)")])
