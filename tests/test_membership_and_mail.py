"""A social-security member's app, a vaccination certificate and a webmail's forwarded memo: a number found
once and printed again grouped another way, a certificate's number behind its label, a classification in a
subject's brackets, every name of a recipients' line, and the programme and dose headings that name no
one.  Synthetic OCR words first, then one page read by real Tesseract."""
from __future__ import annotations

from PIL import Image, ImageDraw

from conftest import assert_value_covered, assert_value_visible
from test_documents_e2e import Document, assert_black, assert_visible, run


def test_a_number_found_once_is_covered_where_it_stands_again_grouped_otherwise():
    # the card prints the membership number under its heading; the profile repeats it beside a label OCR
    # misread ("KP)" for "KPJ")
    rows = ["BPJS Ketenagakerjaan", "18628640554", None, [(20, "KP)"), (300, "18.628.640554")]]
    assert_value_covered(rows, "18.628.640554", row=3)
    rows = ["No. KPJ 21577583224", None, [(20, "Nomor"), (300, "2157 7583 224")]]
    assert_value_covered(rows, "2157 7583 224", row=2)


def test_a_longer_number_holding_the_found_one_is_not_a_repeat():
    rows = ["No. KPJ 21577583224", None, [(20, "Ref"), (300, "215775832249")]]
    assert_value_visible(rows, "215775832249", row=2)


def test_a_certificates_number_behind_its_label_is_covered():
    assert_value_covered(["ID Sertifikat", "CR487425997"], "CR487425997")
    assert_value_covered(["Nomor Sertifikat: 400-6992-36738"], "400-6992-36738")
    assert_value_covered([[(20, "No. Sertifikat"), (260, "SV-LDPTNDL6H7")]], "SV-LDPTNDL6H7")


def test_a_classification_in_a_subjects_brackets_is_covered_in_any_case():
    assert_value_covered(["Fwd: [Rahasia] Data Pegawai Penerima Sanksi Disiplin"], "Rahasia")
    assert_value_covered(["Subject: [Terbatas] Usulan Pegawai Tugas Belajar"], "Terbatas")
    assert_value_visible(["Kuota peserta Terbatas, segera daftar"], "Terbatas")


def test_every_name_of_a_recipients_line_is_covered_its_semicolon_read_as_a_colon():
    line = "Kepada: Ikhsan Marpaung Prasetyo: Novita Tarigan"
    assert_value_covered([line], "Ikhsan Marpaung Prasetyo")
    assert_value_covered([line], "Novita Tarigan")
    line = "Cc: Budi Santoso, Kepala Bidang Mutasi"
    assert_value_covered([line], "Budi Santoso")
    assert_value_visible([line], "Kepala Bidang Mutasi")


def test_programme_and_dose_headings_name_no_one():
    for heading in ("Saldo Jaminan Hari Tua", "Jaminan Hari Tua", "Dosis Kedua", "Anak Ketiga"):
        assert_value_visible([heading], heading)
    assert_value_covered([[(20, "Nama"), (200, "Hari Santoso")]], "Hari Santoso")


def member_app_page() -> Document:
    """A social-security app's profile as a phone shows it, at twice the size, with the webmail's subject."""
    doc = Document(Image.new("RGB", (900, 760), (255, 255, 255)))
    ImageDraw.Draw(doc.image).rounded_rectangle((20, 20, 880, 200), 24, fill=(11, 94, 70))
    white = (255, 255, 255)
    doc.text((50, 40), "BPJS Ketenagakerjaan", size=24, fill=white, key="heading")
    doc.text((50, 90), "18.628.640554", size=36, bold=True, fill=white, key="card number")
    doc.text((50, 145), "NURAINI PANGARIBUAN", size=28, bold=True, fill=white, key="card name")
    doc.text((40, 240), "Saldo Jaminan Hari Tua", size=26, key="balance heading")
    doc.text((40, 285), "Rp 19.466.702", size=30, bold=True, key="balance")
    rows = [("KPJ", "18.628.640554", "kpj"), ("Nama Peserta", "NURAINI PANGARIBUAN", "name"),
            ("Perusahaan", "PT Sinar Abadi Logistik", "employer"), ("ID Sertifikat", "CR487425997", "certificate")]
    for k, (label, value, key) in enumerate(rows):
        y = 370 + k * 60
        doc.text((40, y), label, size=26, fill=(100, 110, 105), key="label " + key)
        doc.text((860, y), value, size=26, bold=True, right=True, key=key)
    doc.text((40, 640), "Fwd: [Rahasia] Data Pegawai Penerima Sanksi Disiplin", size=24, key="subject")
    doc.text((40, 690), "Dosis Kedua", size=26, bold=True, key="dose")
    return doc


def test_a_member_apps_profile_read_by_tesseract(tmp_path):
    doc = member_app_page()
    _, out = run(doc, tmp_path)
    for key in ("card number", "card name", "kpj", "name", "certificate"):
        assert_black(doc, out, key)
    for key in ("heading", "balance heading", "balance", "employer", "dose"):
        assert_visible(doc, out, key)


def test_a_name_in_capitals_over_the_members_relation_is_covered():
    # an insurance's heirs and a family list: the name alone on its line, who they are to the holder under it
    rows = ["Ahli Waris", "LESTARI PRASETYO", "Orang Tua", None, "AGUS SETIAWAN", "Anak ke-2 · 14 Maret 2014"]
    assert_value_covered(rows, "LESTARI PRASETYO")
    assert_value_covered(rows, "AGUS SETIAWAN")
    # a section's heading over a relation names no one
    assert_value_visible(["DATA KELUARGA", "Anak", None, "BPJS KESEHATAN", "Peserta"], "DATA KELUARGA")
    assert_value_visible(["DATA KELUARGA", "Anak", None, "BPJS KESEHATAN", "Peserta"], "BPJS KESEHATAN")


# --- a recipient named in words of the language, a sender's name wrapped beside its date ---------------------

import pytest  # noqa: E402

from conftest import count_uncovered, letters  # noqa: E402


@pytest.mark.parametrize("rows, value", [
    # each word of the name is also a word ("maria", "purba"): the recipient's field says it is a person
    (["Draf", "Kepada: Maria Purba", "Perihal: Data Pegawai"], "Maria Purba"),
    (["Penerima : Dewi Pertiwi Purba"], "Dewi Pertiwi Purba"),
    # the same name again, the signed-in user's on the top bar
    ([[(20, "Zimbra"), (600, "Maria Purba")], None, "Kepada: Maria Purba"], "Maria Purba"),
])
def test_a_recipient_named_in_words_of_the_language_is_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Kepada: Seluruh Staf"], "Seluruh Staf"),  # a group
    (["Kepada: Panitia Lomba"], "Panitia Lomba"),
    (["Kepada: Kepala Dinas"], "Kepala Dinas"),
    (["Kepada Maria Purba"], "Maria Purba"),  # no field's colon: a word of a sentence
    (["Pasien: Rawat Jalan"], "Rawat Jalan"),  # not a message's field
])
def test_a_group_an_office_or_words_after_no_recipients_field_stay_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


def test_a_senders_name_wrapped_beside_its_wrapped_date_is_covered_whole():
    # a web mail's list: the sender and the date each wrap in their narrow columns
    rows = [[(20, "Bayu Kusuma"), (300, "14 Jan")], "Nota Dinas Penetapan Tim Kerja",
            [(20, "Bambang Kurniawan"), (300, "10 Des")], [(20, "Siregar"), (300, "2025")],
            "Rencana Penataan Jabatan Fungsional"]
    assert count_uncovered(rows, "Siregar") == 0
    # a subject under a sender whose date does not wrap is no part of the name
    rows = [[(20, "Bambang Kurniawan"), (300, "10 Des")], "Rencana"]
    assert count_uncovered(rows, "Rencana") == letters("Rencana")


def webmail_page() -> Document:
    doc = Document(Image.new("RGB", (900, 330), "white"))
    d = ImageDraw.Draw(doc.image)
    d.rectangle((0, 0, 900, 40), fill=(30, 90, 160))
    doc.text((20, 10), key="app", value="Zimbra", size=18, fill="white")
    doc.text((720, 12), key="user", value="Maria Purba", size=15, fill="white")
    doc.text((20, 70), key="sender", value="Bambang Kurniawan", size=15, bold=True)
    doc.text((260, 70), key="date", value="10 Des", size=15)
    doc.text((20, 92), key="sender_wrap", value="Siregar", size=15, bold=True)
    doc.text((260, 92), key="year", value="2025", size=15)
    doc.text((20, 116), key="subject", value="Rencana Penataan Jabatan Fungsional", size=15)
    doc.text((20, 180), key="to_label", value="Kepada:", size=15)
    doc.text((90, 180), key="to", value="Maria Purba", size=15)
    doc.text((20, 210), key="topic", value="Perihal: Rencana Penataan Jabatan", size=15)
    return doc


def test_a_webmails_recipient_and_wrapped_sender_read_by_tesseract(tmp_path):
    doc = webmail_page()
    _, out = run(doc, tmp_path)
    for key in ("to", "user", "sender", "sender_wrap"):
        assert_black(doc, out, key)
    for key in ("app", "to_label", "subject", "topic", "date"):
        assert_visible(doc, out, key)


@pytest.mark.parametrize("rows, value", [
    (["Tanggal lahir", "14 Februari 1993", "Oo. Sertifikat", "732-9032-91759"], "732-9032-91759"),  # "No." read "Oo."
    (["N0. Sertifikat: CR487425997"], "CR487425997"),
    (["Mo. Rek 1234567890"], "1234567890"),
])
def test_a_labels_no_read_with_its_n_as_an_o_or_an_m_still_labels_the_value(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Demo Sertifikat: PELATIHAN2026"], "PELATIHAN2026"),  # a word ending in "mo", no label
    (["Oo Sertifikat"], "Sertifikat"),
])
def test_a_word_ending_as_a_misread_no_is_no_label(rows, value):
    assert count_uncovered(rows, value) == letters(value)
