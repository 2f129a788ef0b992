"""Kinds of screen beyond the first set, on synthetic OCR words: an English account form laid out in a
grid (labels over their values, a sidebar menu beside it), a chat list with the sender before a group's
last message, a receipt's key-value rows at a large font scale, a message handing out a password, a
performance system's address, a spreadsheet's menu bar, and a phone number followed by a time.

Each rule is checked with the value it must cover, a look-alike it must leave alone, and the damage
OCR does to it (a missing colon, a letter read for another, a stray mark before a word).
"""
from __future__ import annotations

import re

import pytest

from conftest import covered_regions
from redactor.detect import detect
from redactor.detect.layout import build_rows, without_picture_marks
from redactor.findings import Box
from redactor.ocr import OcrResult, Word
from test_screen_layouts import assert_covered, assert_visible


# ---------------------------------------------------------------- a form laid out in a grid

def _account_form(work_label="Work phone", sidebar=("Overview", "Benefits", "Documents", "Security")):
    # Two columns of fields, each label over its value, and an app's menu down the left side.
    return [
        [(20, sidebar[0]), (300, "Full name"), (680, "Date of birth")],
        [(20, sidebar[1]), (300, "Hannah Schneider"), (680, "04/20/1968")],
        [(20, sidebar[2]), (300, "SSN"), (680, "Email address")],
        [(20, sidebar[3]), (300, "604-60-3569"), (680, "hschneider@outlook.com")],
        [(300, "Mobile phone"), (680, work_label)],
        [(300, "(415) 605-1406"), (680, "+44 20 7059 9734")],
        [(300, "Street address"), (680, "City, State, ZIP")],
        [(300, "3018 Elm Court"), (680, "Raleigh, NC 27601")],
        [(300, "Bank account (IBAN)"), (680, "Employee ID")],
        [(300, "GB84 MIDL 7902 6811 3099 46"), (680, "EMP-457001")],
        [(300, "Save changes"), (480, "Cancel")],
    ]


@pytest.mark.parametrize("work_label", ["Work phone", "Alternate phone", "Office phone"])
def test_a_form_grid_covers_each_value_under_its_own_label(work_label):
    rows = _account_form(work_label)
    assert_covered(rows, [(1, "Hannah Schneider"), (3, "604-60-3569"), (3, "hschneider@outlook.com"),
                          (5, "(415) 605-1406"), (5, "+44 20 7059 9734"), (7, "3018 Elm Court"),
                          (7, "Raleigh, NC 27601"), (9, "GB84 MIDL 7902 6811 3099 46"), (9, "EMP-457001")])


def test_a_form_grid_leaves_its_labels_buttons_and_the_sidebar_menu_visible():
    rows = _account_form()
    assert_visible(rows, [(1, "Benefits"), (2, "Documents"), (3, "Security"), (8, "Bank account (IBAN)"),
                          (8, "Employee ID"), (10, "Save changes"), (10, "Cancel"), (6, "Street address")])


@pytest.mark.parametrize("email_label", ["Email address", "E-mail address", "Alamat email"])
def test_the_labels_under_an_email_address_field_are_no_home_address(email_label):
    # "address" inside "Email address" names no home: the labels below it in the column stay visible.
    rows = _account_form("Alternate phone")
    rows[2] = [(20, "Documents"), (300, "SSN"), (680, email_label)]
    assert_visible(rows, [(4, "Alternate phone"), (6, "City, State, ZIP")])
    assert_covered(rows, [(3, "hschneider@outlook.com"), (7, "3018 Elm Court"), (7, "Raleigh, NC 27601")])


def test_a_note_in_an_email_address_column_is_no_home_address():
    # A staff table whose e-mail cells hold notes: "address" in its header names no home.
    rows = [
        [(20, "No"), (80, "Nama"), (330, "Email address"), (640, "Jabatan")],
        [(20, "1"), (80, "Budi Santoso"), (330, "budi.s@gmail.com"), (640, "Analis Kepegawaian")],
        [(20, "2"), (80, "Wulan Pardede"), (330, "Alternate phone"), (640, "Pranata Komputer")],
        [(20, "3"), (80, "Dodo Napitupulu"), (330, "Lihat kolom Catatan, halaman 2"), (640, "Pranata Komputer")],
    ]
    assert_visible(rows, [(2, "Alternate phone"), (3, "Lihat kolom Catatan, halaman 2")])
    assert_covered(rows, [(1, "Budi Santoso"), (1, "budi.s@gmail.com"), (2, "Wulan Pardede")])


def test_a_home_address_column_beside_an_email_column_is_still_covered():
    rows = [
        [(20, "No"), (80, "Nama"), (330, "Email address"), (640, "Address")],
        [(20, "1"), (80, "Budi Santoso"), (330, "budi.s@gmail.com"), (640, "Jl. Melati No. 12, Sleman")],
        [(20, "2"), (80, "Wulan Pardede"), (330, "wulan.p@yahoo.co.id"), (640, "Perum Griya Asri Blok C-7")],
    ]
    assert_covered(rows, [(1, "Jl. Melati No. 12, Sleman"), (2, "Perum Griya Asri Blok C-7"),
                          (2, "wulan.p@yahoo.co.id")])


def test_a_form_grid_read_with_ocr_damage():
    # The sidebar item read with a stray mark, a label without its comma, the button's bracket read as "(".
    rows = _account_form(sidebar=("Overview", "» Benefits", "Documents", "Security"))
    rows[6] = [(300, "Street address"), (680, "City State, ZIP")]
    rows[10] = [(300, "(Save changes"), (480, "Cancel")]
    assert_covered(rows, [(5, "+44 20 7059 9734"), (7, "Raleigh, NC 27601"), (9, "EMP-457001")])
    assert_visible(rows, [(1, "Benefits"), (10, "Save changes"), (10, "Cancel"), (8, "Bank account (IBAN)")])


def test_a_staff_table_under_its_header_still_covers_every_row():
    # A real table: one header row, then rows of values; no row of captions restarts it.
    rows = [
        [(20, "No"), (80, "Nama"), (330, "NIP"), (560, "Jabatan"), (780, "Status")],
        [(20, "1"), (80, "Budi Santoso"), (330, "198703122010011002"), (560, "Analis Kepegawaian"), (780, "Aktif")],
        [(20, "2"), (80, "Wulan Pardede"), (330, "199001022015032001"), (560, "Pranata Komputer"), (780, "Cuti")],
    ]
    assert_covered(rows, [(1, "Budi Santoso"), (1, "198703122010011002"), (2, "Wulan Pardede")])
    assert_visible(rows, [(1, "Analis Kepegawaian"), (2, "Cuti")])


# ---------------------------------------------------------------- a chat list

def _chat_list(preview="Teguh: Besok jam 8 ya"):
    return [
        [(90, "Grup Bidang Umum"), (420, "12:57")],
        [(90, preview)],
        [(90, "Info Dinas"), (420, "10:08")],
        [(90, "Marlina: Foto")],
    ]


@pytest.mark.parametrize("preview,name", [("Teguh: Besok jam 8 ya", "Teguh"), ("Teguh : besok jam 8 ya", "Teguh"),
                                          ("Rina Pardede: sudah saya kirim", "Rina Pardede")])
def test_the_sender_before_a_groups_last_message_in_a_chat_list(preview, name):
    assert_covered(_chat_list(preview), [(1, name), (3, "Marlina")])
    assert_visible(_chat_list(preview), [(0, "Grup Bidang Umum"), (2, "Info Dinas")])


@pytest.mark.parametrize("preview,kept", [("Catatan: besok rapat di aula", "Catatan"),
                                          ("Status: menunggu verifikasi", "Status"),
                                          ("Anda: oke siap", "Anda"), ("Alamat: belum diisi", "Alamat")])
def test_a_label_or_you_before_a_colon_in_a_chat_list_is_no_sender(preview, kept):
    assert_visible(_chat_list(preview), [(1, kept)])


def test_a_name_and_colon_in_a_line_not_under_a_chat_is_no_sender():
    # Under a heading with no time beside it, "Teguh:" might be anything: the rule needs the chat list.
    assert_visible([[(90, "Pengumuman")], [(90, "Penting: besok libur")]], [(1, "Penting")])


# ---------------------------------------------------------------- a receipt's key-value rows

@pytest.mark.parametrize("label", ["Dari", "Dari :", "Penerima", "Pengirim"])
def test_a_lone_party_label_names_the_name_beside_it_on_a_receipt(label):
    rows = [[(20, label), (300, "KRISNA RAHAYU PERMANA")], [(20, "Bank"), (300, "BANK CENTRAL ASIA")],
            [(20, "Jumlah"), (300, "Rp1.641.000")]]
    assert_covered(rows, [(0, "KRISNA RAHAYU PERMANA")])
    assert_visible(rows, [(1, "BANK CENTRAL ASIA")])


def test_a_lone_party_label_beside_an_office_or_a_misread_name():
    # An office beside the label stays; a name with a letter misread (Q as O) is still a name.
    assert_visible([[(20, "Dari"), (300, "BKPSDM KABUPATEN SLEMAN")]], [(0, "BKPSDM KABUPATEN SLEMAN")])
    assert_covered([[(20, "Dari"), (300, "ROFIO PANGARIBUAN")]], [(0, "ROFIO PANGARIBUAN")])


# ---------------------------------------------------------------- a password handed out in a message

@pytest.mark.parametrize("line,value", [("Password sementara Anda: Semeru@2026#", "Semeru@2026#"),
                                        ("Kata sandi baru: Kenari!2031", "Kenari!2031"),
                                        ("Your temporary password is below. Temporary password: Xq7#kd91Lm",
                                         "Xq7#kd91Lm"),
                                        ("Password sementara Anda Jatayu.2018", "Jatayu.2018")])
def test_a_password_handed_out_in_a_message(line, value):
    assert_covered([line], [(0, value)])


@pytest.mark.parametrize("line,kept", [("Password Anda telah diubah", "telah diubah"),
                                       ("Password baru harus berisi angka", "harus berisi angka")])
def test_prose_about_a_password_is_no_password(line, kept):
    assert_visible([line], [(0, kept)])


# ---------------------------------------------------------------- a performance system's address

@pytest.mark.parametrize("url", ["https://skp.contohkab.go.id/skp/74665", "https://e-skp.contohkota.go.id/penilaian",
                                 "https://bkpsdm.contohkab.go.id/skp/2025/rencana"])
def test_a_performance_systems_address_is_internal(url):
    assert_covered([url], [(0, url)])


@pytest.mark.parametrize("url", ["https://www.contohkab.go.id/profil-skpd", "https://bkpsdm.contohkab.go.id/berita"])
def test_a_public_agency_page_is_no_internal_address(url):
    assert_visible([url], [(0, url)])


# ---------------------------------------------------------------- an editor's menu bar

@pytest.mark.parametrize("menu", ["File Edit Lihat Sisipkan Format Data", "File Edit View Insert Format Data Tools Help",
                                  "File  Edit  Lihat  Sisipkan  Format"])
def test_an_editors_menu_bar_is_no_name(menu):
    first = menu.split()[0]
    assert_visible([[(20, "Rekap ASN Bidang")], [(20, menu)]], [(1, first), (1, "Edit")])


def test_a_name_in_a_sheet_under_its_menu_bar_is_still_covered():
    rows = [[(20, "File Edit Lihat Sisipkan Format Data")], [(20, "Nama"), (260, "NIK")],
            [(20, "Bambang Rahayu Hasibuan"), (260, "3520120811896460")]]
    assert_covered(rows, [(2, "Bambang Rahayu Hasibuan"), (2, "3520120811896460")])


# ---------------------------------------------------------------- a number and the time after it

@pytest.mark.parametrize("line,number,time", [
    ("Nomor saya yang baru +62 875-4120-2970 16:52", "+62 875-4120-2970", "16:52"),
    ("Nomor saya 0812 3456 7890 09:19", "0812 3456 7890", "09:19"),
    ("HP: 0812-3456-789 16.52", "0812-3456-789", "16.52"),          # OCR reads the colon as a dot
])
def test_a_time_after_a_phone_number_stays_visible(line, number, time):
    assert_covered([line], [(0, number)])
    assert_visible([line], [(0, time)])


def test_a_number_whose_last_group_is_not_a_time_is_covered_whole():
    assert_covered(["Nomor saya 0812 3456 7890 ya"], [(0, "0812 3456 7890")])


@pytest.mark.parametrize("line,number,time", [
    # (a shrunk copy of a chat: the time stamp's colon lost, its plus read as a 4 too)
    ("Nomor saya yang baru +62 884-7967-123 1317", "+62 884-7967-123", "1317"),
    ("Nomor saya yang baru 462 884-7967-123 1317", "462 884-7967-123", "1317"),
])
def test_a_time_read_without_its_colon_after_a_phone_number_leaves_the_number_whole(line, number, time):
    assert_covered([line], [(0, number)])
    assert_visible([line], [(0, time)])


def test_a_number_whose_last_group_only_looks_like_a_time_is_covered_whole():
    # (a whole number with its last group: "1230" is part of it, not a time stamp after it)
    assert_covered(["Nomor saya +62 812 3456 1230"], [(0, "+62 812 3456 1230")])


# ---------------------------------------------------------------- a user's handle: a person in a chat

def _team_chat(mention="cc @drew please", time="09:14 AM"):
    return [
        [(20, "# general")],
        [(20, f"Casey Park  {time}")],
        [(20, "Hey team, my new contact is below")],
        [(20, mention)],
        [(20, "Drew Hoffman  09:22 AM")],
        [(20, "Got it Casey! I'll update the directory.")],
    ]


@pytest.mark.parametrize("mention,handle", [("cc @drew please", "drew"), ("My user ID is @alex_r and zip", "alex_r"),
                                            ("tolong @budi.s cek ya", "budi.s")])
def test_a_handle_in_a_chat_is_covered(mention, handle):
    assert_covered(_team_chat(mention), [(3, handle)])


def test_a_handle_in_a_chat_read_with_ocr_damage():
    # The @ read as ©, and the times of the message headers read with a dot.
    assert_covered(_team_chat("cc ©drew please", "09.14"), [(3, "drew")])


def test_a_chat_told_by_its_title_line():
    rows = [[(20, "Chat with Claude")], [(20, "Hi! I'm Alex Rivera.")], [(20, "My user ID is @alex_r and zip is 94107.")]]
    assert_covered(rows, [(2, "alex_r")])


@pytest.mark.parametrize("rows,row,kept", [
    (["Follow @bkn_ri"], 0, "bkn_ri"),
    ([[(20, "BKN Official")], [(20, "Info seleksi CASN 2025, pantau di @bkn_ri")], [(20, "Suka")], [(20, "Komentar")]],
     1, "bkn_ri"),
    ([[(20, "Casey Park  09:14 AM")], [(20, "cek juga @kemenpanrb ya")], [(20, "Drew Hoffman  09:22 AM")],
      [(20, "Follow")]], 1, "kemenpanrb"),
    ([[(20, "Dengan hormat,")], [(20, "informasi lebih lanjut di @humas_contohkab")]], 1, "humas_contohkab"),
])
def test_a_handle_outside_a_chat_is_a_public_account(rows, row, kept):
    # A social post's buttons make a page a post even where its lines look like messages.
    assert_visible(rows, [(row, kept)])


@pytest.mark.parametrize("word", ["here", "channel", "everyone", "semua"])
def test_a_chat_mention_of_everyone_is_no_one(word):
    assert_visible(_team_chat(f"@{word} rapat jam 9"), [(3, word)])


# ---------------------------------------------------------------- a spreadsheet's cells and rules

def _sheet(name="Melati Tanjung", gutter=False):
    # "No" and "Nama" read as one header; long names overflow into the NIK cell and OCR reads the two as
    # one run; the sheet's own row numbers stand in a grey gutter left of the table.
    def row(k, cells):
        return ([(15, str(k + 10))] if gutter and k else []) + cells
    return [
        row(0, [(60, "No Nama"), (330, "NIK"), (560, "Jabatan")]),
        row(1, [(60, "1"), (100, "Ardiansyah Simanjuntak"), (330, "3404165502730796"), (560, "Kepala Seksi")]),
        row(2, [(60, "2"), (100, "Kornelius Wijayanti Lu"), (330, "3206140808917290"), (560, "Pranata Komputer")]),
        row(3, [(60, "3"), (100, "Dewi Harahap"), (330, "7316024503872201"), (560, "Kepala Seksi")]),
        row(4, [(60, "4"), (100, "Rizky Marpaung"), (330, "3420090202712070"), (560, "Pranata Komputer")]),
        row(5, [(60, "5"), (100, name), (330, "3527132302659940"), (560, "Pengelola Keuangan")]),
    ]


@pytest.mark.parametrize("gutter", [False, True])
def test_a_few_names_overflowing_into_the_next_cell_do_not_move_the_columns_edge(gutter):
    # Two names run on into the NIK cell; the rest do not: the NIK column still starts at its header, so
    # every name stays under "No Nama", a name of ordinary words ("Melati", "Tanjung") too.
    rows = _sheet(gutter=gutter)
    assert_covered(rows, [(5, "Melati Tanjung"), (3, "Dewi Harahap"), (1, "3404165502730796")])
    assert_visible(rows, [(5, "Pengelola Keuangan"), (0, "Jabatan")])
    page = _page_of(rows)
    for row in page.rows[1:]:
        heads = {seg.text: page.header_of(seg) for seg in row.segments}
        name_cell = next(text for text in heads if re.search(r"[a-z]{3}", text) and heads[text] is not None
                         and heads[text].text != "Jabatan")
        assert heads[name_cell].text == "No Nama", f"{name_cell!r} under {heads[name_cell].text!r}"


def _page_of(rows):
    from conftest import make_ocr
    from redactor.detect import recognizers_for
    from redactor.detect.engine import Detector
    from redactor.detect.layout import build_rows
    from redactor.detect.page import Page

    page = Page(rows=build_rows(make_ocr(rows).ocr.words))
    Detector(recognizers_for()).headers.find_table_columns(page)
    return page


def test_a_header_centred_over_its_column_still_takes_the_values_running_under_it():
    # Every value starts left of its centred header and runs on under it: the column's edge moves left.
    rows = [
        [(20, "No"), (150, "Nama"), (420, "NIP")],
        [(20, "1"), (80, "Bambang Rahayu Hasibuan"), (420, "198703122010011002")],
        [(20, "2"), (80, "Yuliani Kusuma Wardhana"), (420, "199001022015032001")],
        [(20, "3"), (80, "Teguh Sembiring Pardede"), (420, "196806072009042009")],
    ]
    assert_covered(rows, [(1, "Bambang Rahayu Hasibuan"), (3, "Teguh Sembiring Pardede")])
    assert_visible(rows, [(0, "No"), (0, "Nama")])


def _residents_with_buttons(mark_conf: float, mark_height: int):
    # A resident table whose rows carry "Ubah | Hapus" buttons: OCR reads one row's buttons as a word with
    # a colon ("tanu:"), boxed from row to row; the rows under it are the same table.
    from dataclasses import replace as _replace

    from conftest import make_ocr

    rows = [
        [(20, "No"), (60, "Aksi"), (200, "NIK"), (420, "Nama"), (700, "Alamat")],
        [(20, "1"), (200, "3416130604948732"), (420, "MULYADI KURNIAWAN"), (700, "RT 012 / RW 004")],
        [(20, "2"), (200, "7302065102693347"), (420, "BAMBANG MARPAUNG"), (700, "RT 009 / RW 002")],
        [(60, "tanu:")],
        [(20, "3"), (200, "7327105208830867"), (420, "JOKO MANURUNG SINAGA"), (700, "RT 003 / RW 006")],
        [(20, "4"), (200, "3225145110808292"), (420, "INDAH SITORUS GINTING"), (700, "RT 006 / RW 005")],
    ]
    layout = make_ocr(rows)
    words = [_replace(w, conf=mark_conf, box=Box(w.box.left, w.box.top - (mark_height - w.box.height) // 2,
                                                 w.box.width, mark_height)) if w.text == "tanu:" else w
             for w in layout.ocr.words]
    layout.ocr = _replace(layout.ocr, words=tuple(words))
    return layout


def test_a_buttons_misreading_with_a_colon_does_not_end_a_table():
    from conftest import uncovered_chars

    layout = _residents_with_buttons(mark_conf=10, mark_height=52)
    detection = detect(layout.ocr)
    for row, name in [(4, "JOKO MANURUNG SINAGA"), (5, "INDAH SITORUS GINTING"), (1, "MULYADI KURNIAWAN")]:
        assert not uncovered_chars(layout, detection.findings, name, row), name
    assert not uncovered_chars(layout, detection.findings, "RT 003 / RW 006", 4)


@pytest.mark.parametrize("conf,height", [(91, 20), (91, 52), (10, 20)])
def test_a_fields_label_read_surely_or_at_the_texts_size_still_ends_a_table(conf, height):
    # Read surely, or no taller than the table's text, "tanu:" is a form field's label under the table.
    from redactor.detect.layout import build_rows
    from redactor.detect.tables import _a_form_field

    layout = _residents_with_buttons(mark_conf=conf, mark_height=height)
    rows = build_rows(layout.ocr.words)
    header = rows[0].segments
    field = next(r for r in rows if r.segments[0].text == "tanu:")
    assert _a_form_field(field, header)


def _clipped_sheet(second_name="Setyo Nainggolan Kurni:"):
    # Cells too narrow for their values: names cut at the cell's edge, 15 digits of a NIK and 17 of a NIP
    # shown.  A cut name whose last letters OCR reads as a colon looks like a form's field label, and
    # OCR read none of the one-digit row numbers, so that name opens its row.
    return [
        [(60, "No Nama"), (330, "NIK"), (520, "NIP"), (730, "Jabatan"), (930, "Alamat")],
        [(100, "Dewi Rahayu"), (330, "321420240866329"), (520, "19840223201601101"),
         (730, "Arsiparis Ahli Muda"), (930, "Jl. Melati No. 66")],
        [(100, second_name), (330, "730207210591452"), (520, "19800402202006101"),
         (730, "Penata Laporan Keuai"), (930, "Perum Griya Asri Blok C")],
        [(100, "Handoko Pangaribuan"), (330, "340811050577669"), (520, "1995O302200607100"),
         (730, "Pranata Komputer"), (930, "Gg. Mawar No. 4")],
    ]


@pytest.mark.parametrize("second_name", ["Setyo Nainggolan Kurni:", "Setyo Nainggolan Kurni :", "Setyo Nainggolan"])
def test_a_cut_name_read_with_a_colon_does_not_end_the_table(second_name):
    # The row still fills every column: a table's row, not a form's field under the table.  The cut
    # numbers (one with an O read for a 0) stay under their headers below it.
    rows = _clipped_sheet(second_name)
    assert_covered(rows, [(2, "730207210591452"), (2, "19800402202006101"), (3, "340811050577669"),
                          (3, "1995O302200607100"), (3, "Handoko Pangaribuan")])
    assert_visible(rows, [(3, "Pranata Komputer")])


def test_a_forms_field_under_a_table_still_ends_it():
    # "Dicetak oleh : …" under the table is a field of its own: the number after it is no NIK of the table.
    rows = [
        [(60, "No Nama"), (330, "NIK"), (520, "Jabatan")],
        [(60, "1"), (100, "Dewi Rahayu"), (330, "3214202408663290"), (520, "Arsiparis Ahli Muda")],
        [(60, "Dicetak oleh : Admin")],
        [(60, "Halaman"), (330, "1234567890123456"), (520, "dari 3")],
    ]
    assert_covered(rows, [(1, "3214202408663290"), (1, "Dewi Rahayu")])
    assert_visible(rows, [(3, "1234567890123456")])


def _bar_rows(first="| Diponegoro No. 58 Kel. Sukamaju"):
    # Letters set right after a cell's edge ("Jl.") read as one bar, which OCR gives as a word of its own.
    return [
        [(20, "Nama"), (300, "No. HP"), (520, "Jabatan"), (760, "Alamat")],
        [(20, "Budi Santoso"), (300, "081234567890"), (520, "| Kepala Seksi"), (770, first)],
        [(20, "Wulan Pardede"), (300, "085712345678"), (520, "Pranata Komputer"), (770, "| Kenanga No. 7 Dusun Krajan")],
    ]


@pytest.mark.parametrize("first", ["| Diponegoro No. 58 Kel. Sukamaju", "[ Diponegoro No. 58 Kel. Sukamaju"])
def test_letters_read_as_a_bar_before_a_covered_value_are_covered_too(first):
    from conftest import covered_regions
    from test_screen_layouts import run

    rows = _bar_rows(first)
    layout, detection = run(rows)
    regions = covered_regions(detection.findings, layout.ocr.width, layout.ocr.height)
    for row in (1, 2):
        bar = layout.value_boxes(first[0] if row == 1 else "|", row)[-1]
        unread = (bar.left - 8, bar.top + bar.height / 2)  # where the letter left of the bar stands
        assert any(r.left <= unread[0] and r.right >= bar.right and r.top <= unread[1] <= r.bottom
                   for r in regions), f"row {row}: the bar and the letter before it were left readable"
    # The widening stops short of the phone number's cell and of a bar before a value nobody covers.
    assert_visible(rows, [(1, "Kepala Seksi")])
    bar = layout.value_boxes("|", 1)[0]
    assert not any(r.left <= bar.left + 1 <= r.right and r.top <= bar.top + 5 <= r.bottom for r in regions)


# ---------------------------------------------------------------- an address wrapped in a chat list

@pytest.mark.parametrize("tail,city", [("Kota", "Bandung 14:16"), ("Kab.", "Sleman 09:05"), ("Kota,", "Medan 21:40")])
def test_a_wrapped_address_goes_on_before_the_time_of_the_message(tail, city):
    rows = [[(90, f"Alamatnya Jl. Melati No. 5, Kec. Coblong, {tail}")], [(90, city)]]
    place, time = city.split()
    assert_covered(rows, [(1, place)])
    assert_visible(rows, [(1, time)])


def test_a_field_after_a_wrapped_address_still_ends_it():
    rows = [[(90, "Alamat kirim: Jl. Melati No. 5, Kec. Coblong, Kota")], [(90, "Ongkir: Rp18.000")]]
    assert_visible(rows, [(1, "Ongkir"), (1, "Rp18.000")])


# ---------------------------------------------------------------- a grid row of two labels of one kind

@pytest.mark.parametrize("left,right", [("Cell", "Office phone"), ("Home phone", "Work phone"),
                                        ("Cell", "0ffice phone")])   # OCR reads the O as a zero
def test_two_labels_of_one_kind_side_by_side_head_the_values_under_them(left, right):
    # "Cell | Office phone" are two fields of the grid, not one label and its translation: each has its
    # own value below, so the rows under them are theirs and no longer the "SSN | Email address" row's.
    rows = _account_form()
    rows[4] = [(300, left), (680, right)]
    rows[6] = [(300, "Street address"), (680, "City, State, ZIP")]
    rows[7] = [(300, "3018 Elm Court, Apt 4B"), (680, "Raleigh, NC 27601")]
    page = _page_of(rows)
    under = {seg.text: page.header_of(seg) for row in page.rows for seg in row.segments}
    assert under["(415) 605-1406"].text == left
    assert under["Raleigh, NC 27601"].text == "City, State, ZIP"
    assert_covered(rows, [(5, "(415) 605-1406"), (5, "+44 20 7059 9734"), (7, "3018 Elm Court, Apt 4B")])
    assert_visible(rows, [(4, left), (6, "Street address"), (6, "City, State, ZIP")])


# ---------------------------------------------------------------- names that are also words

def _funds(value):
    return [[(20, "Rp1.250.000")], [(20, "Sumber Dana")], [(20, value)], [(20, "BSI • 7123 4455 0912")]]


@pytest.mark.parametrize("name", ["SRI SURYANI", "NUR SYARIFAH", "Syarifah Nasution", "SRl SURYANI",  # l for I
                                  "ABDUL RAHMAN"])
def test_a_name_that_is_also_a_word_under_a_fund_source_label(name):
    # "Suryani", "Syarifah", "Rahman" are in the language's word lists; they are names all the same.
    assert_covered(_funds(name), [(2, name.split()[-1])])


@pytest.mark.parametrize("value", ["APBD PERUBAHAN", "DANA DESA", "Dana Alokasi Khusus"])
def test_a_budget_under_a_fund_source_label_is_no_name(value):
    assert_visible(_funds(value), [(2, value.split()[0])])


# ---------------------------------------------------------------- a name wrapped in a chat bubble

@pytest.mark.parametrize("first,second,family", [
    ("rapat besok @Purnomo Ginting @Wulan", "Pardede jam 9 di aula ya", "Pardede"),
    ("Tolong dicek ©Wulan", "Pardede besok pagi", "Pardede"),                  # the @ read as ©
    ("Sudah saya kirim ke Bu Wulan", "Simanjuntak kemarin sore", "Simanjuntak"),
])
def test_a_name_whose_last_word_wrapped_onto_the_next_line_is_covered_whole(first, second, family):
    rows = [[(20, first)], [(20, second)]]
    assert_covered(rows, [(1, family)])
    assert_visible(rows, [(1, second.split()[1])])


@pytest.mark.parametrize("first,second,kept", [
    ("Siap @Wulan", "Terima kasih banyak", "Terima"),
    ("Baik Bu Wulan", "Besok saya kirim", "Besok"),
])
def test_words_of_the_sentence_after_a_name_at_a_lines_end_stay_visible(first, second, kept):
    assert_visible([[(20, first)], [(20, second)]], [(1, kept)])


def _with_avatar(rows, row, width):
    # The round avatar left of a chat list's line, read by OCR as one letter "O" about as wide as the picture.
    from dataclasses import replace as _replace

    from conftest import make_ocr
    from redactor.detect import detect
    from redactor.findings import Box

    layout = make_ocr(rows)
    words = list(layout.ocr.words)
    k = next(i for i, w in enumerate(words) if w.text == "O")
    words[k] = _replace(words[k], box=Box(words[k].box.left - width + 10, words[k].box.top, width, words[k].box.height + 8))
    layout.ocr = _replace(layout.ocr, words=tuple(words))
    return layout, detect(layout.ocr)


@pytest.mark.parametrize("preview,name", [("Teguh: Besok jam 8 ya", "Teguh"), ("Rina Pardede: sudah saya kirim", "Rina Pardede")])
def test_the_sender_after_an_avatar_read_as_a_letter_in_a_chat_list(preview, name):
    from conftest import uncovered_chars

    rows = [[(90, "Grup Bidang Umum"), (420, "12:57")], [(78, "O"), (90, preview)]]
    layout, detection = _with_avatar(rows, 1, 58)
    assert not uncovered_chars(layout, detection.findings, name, 1)


def test_a_real_one_letter_word_before_a_colon_line_is_no_avatar():
    # A narrow "A" is a letter: "A Teguh: …" is not a chat list's sender line after an avatar.
    from conftest import make_ocr, uncovered_chars
    from redactor.detect import detect

    rows = [[(90, "Grup Bidang Umum"), (420, "12:57")], [(90, "A Teguh: Besok jam 8 ya")]]
    layout = make_ocr(rows)
    detection = detect(layout.ocr)
    assert len(uncovered_chars(layout, detection.findings, "Teguh", 1)) == len(layout.value_boxes("Teguh", 1))


# ====================================================== a system's name as an app's title
@pytest.mark.parametrize("title", ["SIMPEG Kinerja", "e-Kinerja BKN", "e-Lapkin Provinsi"])
def test_a_systems_name_opening_an_apps_title_is_covered_with_the_title(title):
    rows = [[(20, title), (300, "Dashboard"), (420, "Evaluasi")], [(20, "Penilaian Kinerja Pegawai 2025")]]
    assert_covered(rows, [(0, title)])
    assert_visible(rows, [(0, "Dashboard"), (1, "Penilaian")])


def test_a_systems_name_in_a_sentence_covers_only_itself():
    rows = [[(20, "Silakan isi laporan di e-Kinerja Bulan ini juga")]]
    assert_covered(rows, [(0, "e-Kinerja")])
    assert_visible(rows, [(0, "Bulan")])


# ====================================================== a mail subject tagged as internal
def test_a_mail_subject_tagged_internal_is_a_classification_mark():
    rows = [[(20, "Inbox"), (300, "[INTERNAL] Re: Draft TOR for the workshop")]]
    assert_covered(rows, [(0, "INTERNAL")])
    assert_visible(rows, [(0, "Draft")])


def test_an_internal_audit_heading_is_no_classification_mark():
    assert_visible([[(20, "INTERNAL AUDIT REPORT 2025")], [(20, "Internal audit (Inspektorat)")]],
                   [(0, "INTERNAL"), (1, "Internal")])


def test_a_menu_item_read_on_the_titles_line_stays_visible():
    rows = [[(20, "SIMPEG Kinerja Dashboard")], [(20, "Penilaian Kinerja Pegawai 2025")]]
    assert_covered(rows, [(0, "SIMPEG")])
    assert_visible(rows, [(0, "Dashboard")])


# ====================================================== a system's name in an app's top bar, measured
# Words as OCR boxes them on a real top bar: the title set larger than the menu beside it, a word with a
# descender ("Kinerja") boxed taller than its capitals, and a page of ordinary lines below.

def _top_bar_page(bar: list[tuple[str, int, int, int]], *, bar_top: int = 24) -> list:
    """`bar`: (text, left, width, height) on one line, bottoms aligned; then twelve lines of a page."""
    words = []
    baseline = bar_top + 18
    for text, left, width, height in bar:
        drop = 4 if re.search(r"[gjpqyJQ]", text) else 0  # a descender reaches below the line
        words.append(Word(text, Box(left, baseline - height + drop, width, height), 92.0, 1))
    for k in range(12):
        y = 90 + 40 * k
        for j, text in enumerate(["Keterangan", "kegiatan", "bulan", "ini"]):
            words.append(Word(text, Box(30 + 120 * j, y, 100, 14), 92.0, 10 + k))
    return words


def _covered_words(words, texts: list[str]) -> dict[str, bool]:
    height = max(w.box.bottom for w in words) + 40
    ocr = OcrResult(words=tuple(words), width=1400, height=height)
    regions = covered_regions(detect(ocr).findings, 1400, height)
    out = {}
    for text in texts:
        word = next(w for w in words if w.text == text)
        cx, cy = word.box.left + word.box.width / 2, word.box.top + word.box.height / 2
        out[text] = any(r.left <= cx <= r.right and r.top <= cy <= r.bottom for r in regions)
    return out


def test_a_title_read_on_one_line_with_the_smaller_menu_covers_its_own_words_only():
    # "SIMPEG Kinerja Dashboard SKP Evaluasi": the logo in 18 px capitals, a space apart; the menu in 14 px,
    # a margin apart.
    words = _top_bar_page([("SIMPEG", 28, 85, 18), ("Kinerja", 122, 74, 22), ("Dashboard", 215, 81, 14),
                           ("SKP", 315, 32, 14), ("Evaluasi", 366, 61, 14)])
    assert _covered_words(words, ["SIMPEG", "Kinerja", "Dashboard", "SKP"]) == \
        {"SIMPEG": True, "Kinerja": True, "Dashboard": False, "SKP": False}


def test_a_titles_other_word_read_as_a_segment_of_its_own_is_covered():
    # "e-Kinerja" and "BKN" in a second colour, OCR's row split between them (the menu's words are small);
    # the signed-in user's line far off on the right stays for the name rules.
    words = _top_bar_page([("e-Kinerja", 28, 112, 23), ("BKN", 166, 50, 18), ("Beranda", 260, 62, 12),
                           ("Profil", 340, 40, 12)])
    assert [s.text for s in build_rows(words)[0].segments][:2] == ["e-Kinerja", "BKN"]
    assert _covered_words(words, ["e-Kinerja", "BKN", "Beranda", "Profil"]) == \
        {"e-Kinerja": True, "BKN": True, "Beranda": False, "Profil": False}


def test_a_title_word_read_twice_by_the_top_bar_reading_is_covered_both_times():
    # The top bar read again put a second, taller "BKN" over the first: one place on the line.
    words = _top_bar_page([("e-Kinerja", 22, 96, 20), ("BKN", 123, 50, 22), ("BKN", 127, 42, 14),
                           ("Dashboard", 187, 72, 12), ("SKP", 276, 25, 11)])
    covered = _covered_words(words, ["BKN", "Dashboard"])
    assert covered == {"BKN": True, "Dashboard": False}
    bkn = [w for w in words if w.text == "BKN"][1]
    assert _covered_words([w for w in words if w is not bkn] + [bkn], ["BKN"]) == {"BKN": True}


def test_a_page_title_set_beside_the_systems_name_in_its_size_stays_visible():
    # "SRIKANDI" then the page's own title in the same size, a margin apart (not a word's space).
    words = _top_bar_page([("SRIKANDI", 28, 127, 18), ("Beranda", 213, 109, 18), ("Surat", 600, 40, 12)])
    assert _covered_words(words, ["SRIKANDI", "Beranda"]) == {"SRIKANDI": True, "Beranda": False}


def test_a_heading_opening_with_a_systems_name_below_the_top_bar_covers_only_the_name():
    # Mid-page, a card's heading in one size with a word's space between its words: no app's title.
    words = _top_bar_page([("Beranda", 28, 60, 13)])
    words += [Word(text, Box(left, 300, width, 18), 92.0, 99)
              for text, left, width in [("SIASN", 30, 70), ("Profil", 112, 62), ("Pegawai", 184, 98)]]
    assert _covered_words(words, ["SIASN", "Profil", "Pegawai"]) == {"SIASN": True, "Profil": False, "Pegawai": False}


# ====================================================== marks read off a picture beside the text
def _party_block(mark_top: str | None, mark_bottom: str | None, caption="Sumber Dana") -> list:
    """A transfer proof's party block: an avatar circle on the left (what OCR read off it, unsure and boxed
    as tall as the circle), the caption, the holder's name in capitals and the bank with the account."""
    words = []
    if mark_top:
        words.append(Word(mark_top, Box(53, 635, 78, 47), 33.0, 1))
    if mark_bottom:
        words.append(Word(mark_bottom, Box(53, 678, 29, 35), 78.0, 2))
    line = 3
    for text, y, h in ((caption, 630, 18), ("IKHSAN HIDAYAT PURBA", 661, 22), ("BANK MANDIRI * 5793 9094 13", 696, 18)):
        x = 159
        for token in text.split():
            words.append(Word(token, Box(x, y, 14 * len(token), h), 93.0, line))
            x += 14 * len(token) + 10
        line += 1
    for k in range(8):  # the rest of the proof: amounts and times
        words += [Word("Nominal", Box(55, 827 + 60 * k, 98, 19), 95.0, 20 + k),
                  Word(f"Rp{k + 2}.500", Box(600, 825 + 60 * k, 127, 27), 95.0, 20 + k)]
    return words


@pytest.mark.parametrize("top, bottom", [("co", "N"), ("(sn)", "Ney,"), (None, "N"), ("co", None)])
def test_an_avatars_circle_read_as_letters_leaves_the_holder_and_the_account_their_lines(top, bottom):
    words = _party_block(top, bottom)
    assert _covered_words(words, ["IKHSAN", "PURBA", "5793", "Sumber", "MANDIRI"]) == \
        {"IKHSAN": True, "PURBA": True, "5793": True, "Sumber": False, "MANDIRI": False}


def test_a_short_unsure_word_of_the_texts_own_size_is_still_read():
    # "Sdr." read unsurely, as tall as the words of its line: a word, not a picture's mark.
    words = [Word("Sdr.", Box(40, 100, 40, 20), 55.0, 1), Word("Budi", Box(90, 100, 48, 20), 93.0, 1),
             Word("Santoso", Box(146, 100, 84, 20), 93.0, 1)]
    assert without_picture_marks(words) == words
    assert without_picture_marks(words + [Word("co", Box(0, 90, 36, 40), 40.0, 2)]) == words
    # the slash between a bilingual label's two languages is tall by its shape
    slash = [Word("Nama", Box(300, 100, 50, 11), 93.0, 3), Word("/", Box(356, 96, 6, 21), 80.0, 3),
             Word("Name", Box(368, 100, 50, 11), 93.0, 3)]
    assert without_picture_marks(slash) == slash


def test_a_tall_unsure_word_right_after_a_word_of_its_line_is_still_read():
    # A spreadsheet cell's plate read "R91" and "VZ", the second boxed down to the cell's rule below it.
    row = [Word("12", Box(126, 560, 14, 10), 97.0, 1), Word("R91", Box(153, 560, 29, 10), 49.7, 1),
           Word("VZ", Box(186, 558, 18, 18), 49.7, 1), Word("Mitsubishi", Box(253, 560, 61, 10), 96.6, 1),
           Word("Pajero", Box(320, 560, 40, 13), 96.8, 1)]
    assert without_picture_marks(row) == row
    # the same letters a picture's width away from the text before them are a mark
    apart = row[:2] + [Word("VZ", Box(196, 558, 18, 18), 49.7, 1), row[3]]
    assert without_picture_marks(apart) == row[:2] + [row[3]]


# ====================================================== an address wrapped over three lines of a card
def _profile_card(third: str) -> list:
    # A profile's fields as cards, label over value; the address wraps in its narrow column.
    return [[(20, "Agama"), (400, "Email")],
            [(20, "Islam"), (400, "nurul@contoh.go.id")],
            [(20, "Alamat"), (400, "NPWP")],
            [(20, "Jl. Pemuda No. 3, RT 09/RW 11, Kel."), (400, "16.666.298.4-303.320")],
            [(20, "Tamalanrea, Kec. Tamalanrea, Kota Makassar,")],
            [(20, third)],
            [(20, "Data Jabatan")]]


@pytest.mark.parametrize("third", ["85736", "Sulawesi Selatan 85736", "Sulawesi Selatan"])
def test_an_address_goes_on_past_its_second_lines_comma(third):
    assert_covered(_profile_card(third), [(3, "Jl. Pemuda"), (4, "Kota Makassar"), (5, third)])
    assert_visible(_profile_card(third), [(6, "Data Jabatan"), (2, "Alamat")])


def test_an_address_whose_second_line_ends_without_a_comma_stops_there():
    rows = _profile_card("Data Jabatan")
    rows[4] = [(20, "Tamalanrea, Kec. Tamalanrea, Kota Makassar")]
    assert_covered(rows, [(4, "Kota Makassar")])
    assert_visible(rows, [(5, "Data Jabatan")])


# ====================================================== a grouped number wrapped onto the next line
@pytest.mark.parametrize("first,tail", [
    ("BANK SYARIAH INDONESIA • 9387-56-221634-", "37-1"),   # a BRI account's last groups
    ("BANK SYARIAH INDONESIA • 9387-56-221634", "37-1"),    # the hyphen at the break not read
    ("Rekening tujuan 0123 4567 89", "01"),
])
def test_a_grouped_number_wrapped_onto_the_next_line_takes_its_tail(first, tail):
    rows = [[(20, "Tujuan")], [(20, "AYU ROSYIDAH")], [(20, first)], [(20, tail)], None, [(20, "Pengirim")]]
    assert_covered(rows, [(3, tail)])
    assert_visible(rows, [(5, "Pengirim")])


@pytest.mark.parametrize("first,below", [
    ("BANK SYARIAH INDONESIA • 9387-56-221634", "12.30"),     # a message's time
    ("BANK SYARIAH INDONESIA • 938756221634", "37"),          # one run of digits is whole as it stands
    ("BANK SYARIAH INDONESIA • 9387-56-221634", "Rp1.693.000"),
    ("BANK SYARIAH INDONESIA • 9387-56-221634", "2025 Juli"),
])
def test_what_is_no_wrapped_tail_stays_visible(first, below):
    rows = [[(20, "Tujuan")], [(20, "AYU ROSYIDAH")], [(20, first)], [(20, below)]]
    assert_visible(rows, [(3, below.split()[0])])


def test_a_wrapped_account_on_a_narrow_transfer_proof_is_covered_whole(tmp_path):
    from conftest import render_lines
    from test_pipeline_e2e import assert_black, redact

    rendered = render_lines(["Transfer Berhasil", "Tujuan", "AYU ROSYIDAH", "BANK BRI • 9387-56-221634-",
                             "37-1", "Biaya Admin Rp2.500"], size=22, pitch=1.5)
    _, out = redact(rendered, tmp_path)
    assert_black(out, rendered, 3, "9387-56-221634")
    assert_black(out, rendered, 4, "37-1")


# ====================================================== an avatar's circle and initials before a holder
def _proof_with_avatar(circle: str, initials: str):
    # A transfer proof's party block: the avatar's circle read as one sign four lines high, its initials
    # and the circle's edges read into the holder's line, left of the block's text.
    from dataclasses import replace as _replace

    from conftest import make_ocr

    rows = [[(160, "Transfer Berhasil")], [(160, "Dari")],
            [(160 - 10 * (len(initials) + 1), initials + " PUSPA FIRMANSYAH")],
            [(160, "BANK BNI"), (300, "2536 712158")]]
    layout = make_ocr(rows)
    first = layout.ocr.words[2]
    circle_word = _replace(first, text=circle, conf=50.0, box=Box(20, first.box.top - 30, 80, 80))
    layout.ocr = _replace(layout.ocr, words=(*layout.ocr.words, circle_word))
    return layout


@pytest.mark.parametrize("circle,initials", [("@", "( PF )"), ("&", "PF"), ("©", "(PF")])
def test_a_holder_after_an_avatars_circle_and_initials_over_an_account(circle, initials):
    from conftest import uncovered_chars

    layout = _proof_with_avatar(circle, initials)
    detection = detect(layout.ocr)
    assert not uncovered_chars(layout, detection.findings, "PUSPA FIRMANSYAH", 2)
    assert not uncovered_chars(layout, detection.findings, "2536 712158", 3)


def test_a_holder_beside_initials_read_apart_over_a_line_opening_with_a_scrap_of_the_circle():
    # An e-wallet's party block: "LS" in the avatar read as a cell of its own left of the name, and the
    # circle's lower edge read unsurely ("NC") at the start of the line under it, before the wallet and phone.
    from dataclasses import replace as _replace

    from conftest import make_ocr, uncovered_chars

    rows = [[(160, "Transfer Berhasil")], [(160, "Tujuan")],
            [(80, "LS"), (160, "LESTARI SITORUS PRATAMA")],
            [(54, "NC"), (160, "ShopeePay • +62 837 9489 733")]]
    layout = make_ocr(rows)
    # (boxed as wide as the circle, a word's space from the wallet's name)
    words = tuple(_replace(w, conf=12.0, box=Box(54, w.box.top, 90, w.box.height)) if w.text == "NC" else w
                  for w in layout.ocr.words)
    layout.ocr = _replace(layout.ocr, words=words)
    detection = detect(layout.ocr)
    assert not uncovered_chars(layout, detection.findings, "LESTARI SITORUS PRATAMA", 2)
    assert not uncovered_chars(layout, detection.findings, "+62 837 9489 733", 3)
    # read surely, the same letters are a word of the line: the name is no longer at the line's left edge
    words = tuple(_replace(w, conf=91.0) if w.text == "NC" else w for w in words)
    layout.ocr = _replace(layout.ocr, words=words)
    assert uncovered_chars(layout, detect(layout.ocr).findings, "LESTARI SITORUS PRATAMA", 2)


def test_a_tall_rule_between_cells_is_kept_as_a_rule():
    from dataclasses import replace as _replace

    from conftest import make_ocr

    layout = make_ocr([[(20, "Nama"), (200, "Jabatan")], [(20, "Kepala Seksi"), (160, "|"), (200, "Aktif")]])
    words = [_replace(w, conf=60.0, box=Box(w.box.left, w.box.top - 30, w.box.width, 80)) if w.text == "|" else w
             for w in layout.ocr.words]
    assert any(w.text == "|" for w in without_picture_marks(words))


# ====================================================== a word boxed on over the next one
def _overboxed(rows, word: str, width: int, taller: tuple[str, ...]):
    # OCR draws `word`'s box on over the words after it, as it does now and then in small type, and boxes
    # those (`taller`) from the top of their capitals to the bottom of a mark below the line.
    from dataclasses import replace as _replace

    from conftest import make_ocr

    layout = make_ocr(rows)
    layout.ocr = _replace(layout.ocr, words=tuple(
        _replace(w, box=Box(w.box.left, w.box.top, width, w.box.height)) if w.text == word else
        _replace(w, box=Box(w.box.left, w.box.top - 6, w.box.width, w.box.height + 14)) if w.text in taller else w
        for w in layout.ocr.words))
    return layout


def test_a_word_boxed_on_over_the_next_ones_keeps_them_on_its_line():
    layout = _overboxed([[(20, "Benefits portal"), (500, "FOR INTERNAL USE ONLY")]], "INTERNAL", 150,
                        ("USE", "ONLY"))
    rows = build_rows(layout.ocr.words)
    assert [seg.text for seg in rows[0].segments] == ["Benefits portal", "FOR INTERNAL USE ONLY"]
    assert any(f.category == "classification" for f in detect(layout.ocr).findings)


def test_a_secrets_rest_glued_on_after_a_dropped_underscore_is_covered():
    from conftest import uncovered_chars

    # "DB_PASSWORD=Merapi_2018!" read as "DB PASSWORD-Merapi" and "2018!", the first boxed over the second
    layout = _overboxed([[(20, "DB PASSWORD-Merapi 2018!")], [(20, "REDIS HOST-172.19.60.109")]],
                        "PASSWORD-Merapi", 200, ("2018!",))
    detection = detect(layout.ocr)
    assert not uncovered_chars(layout, detection.findings, "Merapi 2018!", 0)


@pytest.mark.parametrize("line,visible", [
    ("password: Merapi2018 akan diganti", "akan"),       # a word after a space is the sentence's
    ("PIN 482913 berlaku 5 menit", "berlaku"),
])
def test_what_follows_a_secret_after_a_space_stays_visible(line, visible):
    assert_visible([[(20, line)]], [(0, visible)])


def test_a_pages_name_after_a_rule_in_a_browser_tab_is_no_part_of_the_systems_name():
    rows = [[(20, "SIPANDU"), (95, "|"), (105, "Rekam Harian"), (300, "Google")], [(60, "Beranda"), (200, "Profil Pegawai")],
            [(20, "Rekap kinerja harian bulan ini")], [(20, "Silakan isi laporan sebelum tanggal 5")],
            [(20, "Status: menunggu verifikasi atasan")], [(20, "Catatan tim")]]
    assert_covered(rows, [(0, "SIPANDU")])
    assert_visible(rows, [(0, "Rekam Harian"), (1, "Beranda")])


def test_a_systems_title_word_in_a_second_colour_is_still_the_title():
    rows = [[(20, "SIMPEG"), (110, "Kinerja"), (400, "Dashboard")], [(20, "Rekap kinerja harian bulan ini")],
            [(20, "Silakan isi laporan sebelum tanggal 5")], [(20, "Status: menunggu verifikasi atasan")],
            [(20, "Catatan tim")]]
    assert_covered(rows, [(0, "SIMPEG"), (0, "Kinerja")])
    assert_visible(rows, [(0, "Dashboard")])


def test_a_tokens_rest_read_a_hair_apart_in_a_url_is_covered():
    from dataclasses import replace as _replace

    from conftest import make_ocr

    # "…reset_token=VHD4R3VOq711D3qr6t…" read as "…reset_token=VHD4R3VOq/", "1" and "ID3qr6t…", a hair apart
    layout = make_ocr([[(20, "https://app.contoso.io/reset?reset_token=VHD4R3VOq/ 1 ID3qr6tSNOtbEkctv")]])
    words = list(layout.ocr.words)
    words[-1] = _replace(words[-1], box=Box(words[-2].box.right + 3, words[-1].box.top, words[-1].box.width,
                                             words[-1].box.height))
    layout.ocr = _replace(layout.ocr, words=tuple(words))
    detection = detect(layout.ocr)
    covered = covered_regions(detection.findings)
    last = words[-1].box
    assert any(r.left <= last.left and r.right >= last.right for r in covered)


# ---------------------------------------------------------------- a portal's quick links

@pytest.mark.parametrize("links", [[(14, "Intranet Webmail")], [(14, "Intranet"), (81, "Webmail")],
                                   [(14, "Webmail Intranet")]])
def test_a_portals_quick_links_are_no_name(links):
    # an agency portal's top bar, its link words spaced wider than words of a name
    rows = [links + [(300, "JDIH"), (360, "LPSE"), (420, "Berita")], [(14, "Sistem Informasi Kepegawaian")]]
    assert_visible(rows, [(0, links[0][1].split()[0])])


# ---------------------------------------------------------------- an IBAN whose check digits OCR misread

@pytest.mark.parametrize("iban", ["NLOS ABNA 3000 6658 13", "GB8A MIDL 7902 6811 3099 46", "DE8S 3704 0044 0532 0130 00",
                                  "NL09 ABNA 3000 6658 13"])
def test_an_iban_under_its_label_is_covered_when_its_check_digits_were_misread(iban):
    rows = _account_form()
    rows[9] = [(300, iban), (680, "EMP-457001")]
    assert_covered(rows, [(9, iban)])


@pytest.mark.parametrize("text", ["NLOS ABNA 3000", "Not provided yet", "PO12 BOX1 2345 6789"])
def test_what_only_looks_like_an_iban_under_its_label_stays_visible(text):
    # too short for its country, no number at all, or a country with no IBAN ("PO")
    rows = _account_form()
    rows[9] = [(300, text), (680, "EMP-457001")]
    assert_visible(rows, [(9, text)])


def test_an_iban_shaped_code_without_its_label_needs_its_check_digits():
    rows = [[(20, "Reference"), (300, "NLOS ABNA 3000 6658 13")]]
    assert_visible(rows, [(0, "NLOS ABNA 3000 6658 13")])
