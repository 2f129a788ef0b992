"""Account statements, hospital registration forms and e-office letters, on synthetic OCR words.

An account statement (mutasi rekening) names the other party of each transfer after the bank's words and
often after the party's bank and account number; a hospital system sets its labels over input boxes, the
diagnosis under "Kode ICD-10" and the doctor's note under "Keluhan Utama"; an e-office letter's detail marks
its classification behind "Tingkat Keamanan".  Each rule is checked with the value it must cover, a
look-alike it must leave alone, and what OCR does to it (a name wrapped onto the next line of its cell).
"""
from __future__ import annotations

import pytest

from redactor.detect import detect
from redactor.findings import Box
from redactor.ocr.result import OcrResult, Word
from test_screen_layouts import assert_covered, assert_visible


def _statement(description, wrapped=None, code="0312"):
    # Internet banking's statement table: date, description, branch code, amount, balance.
    rows = [
        [(20, "Tanggal"), (120, "Keterangan"), (720, "Cabang"), (840, "Mutasi"), (1020, "Saldo")],
        [(20, "03/12"), (120, "TOP UP GOPAY"), (720, "0000"), (840, "1,336,000.00 DB"), (1020, "28,127,000.00")],
        [(20, "09/12"), (120, description), (720, code), (840, "820,000.00 DB"), (1020, "29,463,000.00")],
    ]
    if wrapped:
        rows.append([(120, wrapped)])
    rows += [[(20, "14/12"), (120, "BIAYA KARTU DEBIT"), (720, "0312"), (840, "12,500.00 DB"), (1020, "29,450,500.00")],
             [(20, "23/12"), (120, "PULSA TELKOMSEL"), (720, "0998"), (840, "241,000.00 DB"), (1020, "29,209,500.00")]]
    return rows


@pytest.mark.parametrize("description", [
    "TRSF E-BANKING DB BNI 6390106947 AGNES LUMBANTOBING",
    "TRF BIFAST DARI MANDIRI 2562252044491 GALIH HASIBUAN",
    "SKN KE BANK JATIM 7281174788548 ROBERT SUSANTI",
])
def test_the_party_after_an_account_number_in_a_statement_is_covered(description):
    name = " ".join(description.split()[-2:])
    account = description.split()[-3]
    rows = _statement(description)
    assert_covered(rows, [(2, name), (2, account)])
    assert_visible(rows, [(2, "09/12"), (2, "820,000.00 DB"), (1, "TOP UP GOPAY")])


def test_a_family_name_wrapped_onto_the_next_line_of_its_cell_is_covered_with_the_name():
    rows = _statement("TRANSFER DARI BRI 559736191468553 TEGUH", wrapped="LUBIS")
    assert_covered(rows, [(2, "TEGUH"), (3, "LUBIS")])
    assert_visible(rows, [(4, "BIAYA KARTU DEBIT")])


@pytest.mark.parametrize("description", ["Transfer Online ke IKHSAN KURNIAWAN", "PEMINDAHBUKUAN KE AYU KUSUMA",
                                         "KR OTOMATIS DARI WULAN TARIGAN", "SETORAN DARI DIMAS PRATAMA"])
def test_the_party_after_a_statements_transfer_words_is_covered(description):
    name = " ".join(description.split()[-2:])
    assert_covered(_statement(description), [(2, name)])


def test_a_statements_words_after_an_account_that_name_no_one_stay():
    # The words after a number are a bank's, a fee's or a greeting: no name among them.
    rows = _statement("SETORAN TUNAI BRI 559736191468553 TERIMA KASIH")
    assert_visible(rows, [(2, "TERIMA KASIH")])


# Four rows of an internet banking statement as Tesseract read them at 100 %: date, description, branch
# code, amount and its DB/CR (each word's text, left, top, width, height).
_STATEMENT_ROWS = [
    [("20/05", 238, 404, 45, 14), ("TOP", 365, 404, 32, 13), ("UP", 403, 404, 21, 13), ("GOPAY", 429, 404, 53, 13),
     ("0000", 810, 404, 39, 13), ("1,867,000.00", 1007, 404, 105, 15), ("DB", 1118, 404, 22, 13)],
    [("14/05", 239, 436, 44, 14), ("BIAYA", 367, 436, 43, 13), ("KARTU", 416, 436, 51, 13), ("DEBIT", 474, 436, 47, 13),
     ("0312", 810, 436, 39, 13), ("12,500.00", 1032, 436, 80, 15), ("DB", 1118, 436, 22, 13)],
    [("23/05", 238, 469, 45, 13), ("PULSA", 367, 469, 50, 12), ("TELKOMSEL", 422, 469, 95, 12),
     ("0312", 810, 469, 39, 12), ("241,000.00", 1021, 469, 91, 14), ("DB", 1118, 469, 22, 12)],
    [("13/05", 239, 500, 44, 14), ("TARIK", 365, 500, 46, 13), ("TUNAI", 416, 500, 48, 13), ("ATM", 470, 500, 33, 13),
     ("0000", 810, 500, 39, 13), ("2,512,000.00", 1006, 500, 106, 15), ("DB", 1118, 500, 22, 13)],
]


def test_a_column_of_branch_codes_under_a_debit_cards_fee_is_no_card_number():
    # "0312" over "0312" over "0000" beside "BIAYA KARTU DEBIT": each its own row's cell, not the groups of a
    # card number wrapped over lines (the fee's words are a card number's label).
    words, line = [], 0
    for row in _STATEMENT_ROWS:
        cell_left = None
        for text, left, top, width, height in row:
            if cell_left is None or left - cell_left > 60:
                line += 1
            cell_left = left + width
            words.append(Word(text=text, box=Box(left, top, width, height), conf=95.0, line_id=line))
    found = detect(OcrResult(words=tuple(words), width=1366, height=768)).findings
    assert not [(f.category, f.preview) for f in found if f.category in ("card_number", "bank_account")]


def test_a_card_number_wrapped_onto_the_next_line_is_still_joined():
    # The wrapped number's second line has nothing on its left: not a new row of a table.
    rows = [[(20, "No. Kartu"), (200, "4111 1111")], [(200, "1111 1111")]]
    assert_covered(rows, [(0, "4111 1111"), (1, "1111 1111")])


def test_a_bri_account_under_its_holder_in_a_statements_header_is_covered():
    rows = [
        "Mutasi Rekening",
        "Rekening Sumber",
        "KRISNA SIREGAR",
        "8135-81-625614-25-9",
        "KC Bandung Asia Afrika",
    ]
    assert_covered(rows, [(2, "KRISNA SIREGAR"), (3, "8135-81-625614-25-9")])
    assert_visible(rows, [(4, "KC Bandung Asia Afrika"), (0, "Mutasi Rekening")])


def test_the_owner_behind_nama_pemilik_is_covered():
    rows = [[(20, "Rekening"), (140, ":"), (160, "3336317019955"), (460, "Periode"), (560, ":"), (580, "01/12/2025 - 27/12/2025")],
            [(20, "Nama Pemilik"), (140, ":"), (160, "NURAINI NAINGGOLAN"), (460, "Mata Uang"), (560, ":"), (580, "IDR")]]
    assert_covered(rows, [(1, "NURAINI NAINGGOLAN"), (0, "3336317019955")])
    assert_visible(rows, [(0, "01/12/2025 - 27/12/2025")])


def _registration_grid(payer="BPJS Kesehatan", code_label="Kode ICD-10", diagnosis="I10 Essential (primary) hypertension",
                       note_label="Keluhan Utama", note="Batuk berdahak 1 minggu, sesak saat malam hari"):
    # A hospital system's labels over their input boxes, two to a row.
    return [
        [(20, "No. RM"), (400, "NIK")],
        [(20, "42-57-83"), (400, "3212152312887343")],
        [(20, "No. Rawat"), (400, "Tgl Kunjungan")],
        [(20, "RJ250892792"), (400, "01 Mei 2025 18:59")],
        [(20, "Unit"), (400, "Dokter Pemeriksa")],
        [(20, "Poli Kulit dan Kelamin"), (400, "dr. Rina Susanti, Sp.M")],
        [(20, "Penjamin"), (400, code_label)],
        [(20, payer), (400, diagnosis)],
        [(20, note_label)],
        [(20, note)],
    ]


@pytest.mark.parametrize("payer", ["BPJS Kesehatan", "Umum", "JKN Mandiri"])
@pytest.mark.parametrize("code_label", ["Kode ICD-10", "Diagnosa (ICD-10)", "Diagnosis Utama"])
def test_a_diagnosis_under_its_caption_in_a_grid_of_labels_is_covered(payer, code_label):
    rows = _registration_grid(payer=payer, code_label=code_label)
    assert_covered(rows, [(7, "I10 Essential (primary) hypertension"), (1, "42-57-83")])
    assert_visible(rows, [(6, "Penjamin"), (6, code_label), (7, payer)])


@pytest.mark.parametrize("note_label", ["Keluhan Utama", "Anamnesa", "Catatan Dokter"])
def test_a_doctors_note_under_its_label_is_covered(note_label):
    rows = _registration_grid(note_label=note_label)
    assert_covered(rows, [(9, "Batuk berdahak 1 minggu, sesak saat malam hari")])
    assert_visible(rows, [(8, note_label)])


def test_a_note_label_as_a_tab_or_inside_a_sentence_covers_nothing():
    rows = [[(20, "Ringkasan"), (160, "Catatan Dokter"), (340, "Riwayat Kunjungan")],
            "Silakan tulis keluhan utama pasien pada kolom yang tersedia sebelum menyimpan data kunjungan"]
    assert_visible(rows, [(0, "Riwayat Kunjungan"), (1, "pada kolom yang tersedia")])


@pytest.mark.parametrize("label", ["Tingkat Keamanan", "Sifat Naskah", "Klasifikasi Keamanan"])
def test_a_letters_classification_behind_its_label_is_covered(label):
    rows = [[(20, "Nomor Surat"), (260, "B-797/Diskominfo/800.1.11.1/XI/2025")],
            [(20, label), (260, "Rahasia")],
            [(20, "Kecepatan"), (260, "Segera")]]
    assert_covered(rows, [(1, "Rahasia")])
    assert_visible(rows, [(2, "Segera"), (1, label)])
    assert_visible([[(20, label), (260, "Biasa")]], [(0, "Biasa")])


@pytest.mark.parametrize("first, second", [("Tingkat", "Keamanan"), ("Klasifikasi", "Keamanan")])
def test_a_classification_beside_its_label_wrapped_onto_two_lines_is_covered(first, second):
    # A detail panel's narrow label column wraps the label; the value stands beside its first line.
    rows = [[(20, "Tanggal Surat"), (200, "02 Jul 2025")],
            [(20, first), (200, "Rahasia")],
            [(20, second)],
            [(20, "Derajat"), (200, "Biasa")]]
    assert_covered(rows, [(1, "Rahasia")])
    assert_visible(rows, [(1, first), (2, second), (3, "Biasa"), (0, "02 Jul 2025")])
    assert_visible([[(20, first), (200, "Biasa")], [(20, second)]], [(0, "Biasa")])


def _registration_table(payer="BPJS Kesehatan"):
    # The same fields as one long table of labels and values, two labels wrapped in the narrow label column.
    return [
        [(20, "No. RM"), (200, "42-57-83")],
        [(20, "Nama Pasien"), (200, "Tn. KRISNA SYAHPUTRA")],
        [(20, "Penanggung"), (200, "Nuraini Wardhana (Istri)")],
        [(20, "Jawab")],
        [(20, "Klinik"), (200, "Poli THT")],
        [(20, "Dokter"), (200, "dr. Rina Susanti, Sp.M")],
        [(20, "Pemeriksa")],
        [(20, "Jenis Pasien"), (200, payer)],
        [(20, "Diagnosa"), (200, "Infeksi saluran kemih (N39.0)")],
        [(20, "Catatan Dokter"), (200, "Batuk berdahak 1 minggu, sesak saat malam hari")],
    ]


@pytest.mark.parametrize("payer", ["BPJS Kesehatan", "Umum"])
def test_a_long_table_of_labels_and_values_keeps_its_labels_and_covers_the_diagnosis(payer):
    # A label-value row whose value reads like a label ("BPJS Kesehatan") heads no column: the labels under
    # it stay labels, and their values are covered behind them.
    rows = _registration_table(payer)
    assert_covered(rows, [(8, "Infeksi saluran kemih (N39.0)"), (9, "Batuk berdahak 1 minggu, sesak saat malam hari"),
                          (1, "KRISNA SYAHPUTRA")])
    assert_visible(rows, [(8, "Diagnosa"), (9, "Catatan Dokter"), (7, "Jenis Pasien"), (4, "Poli THT")])


def test_the_holder_over_an_account_number_that_passes_a_cards_check_is_covered():
    # 2368060026308 passes the card-number check by chance: its holder over it is covered all the same.
    rows = ["Mutasi Rekening", "Rekening", "WAHYU SETIAWAN", "2368060026308", "KC Bandung Asia Afrika"]
    assert_covered(rows, [(2, "WAHYU SETIAWAN"), (3, "2368060026308")])
    assert_visible(rows, [(4, "KC Bandung Asia Afrika"), (0, "Mutasi Rekening")])
