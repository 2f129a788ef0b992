"""Layouts of screens people post, on synthetic OCR words: transfer proofs, chats, mails, team chats.

Each rule is checked with the value it must cover, a look-alike it must leave alone, and the
damage OCR does to it (a letter for a digit, a label without its colon, a value wrapped over lines).
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import make_ocr, uncovered_chars
from redactor.detect import detect
from redactor.findings import Box


def run(rows):
    layout = make_ocr(rows)
    return layout, detect(layout.ocr)


def assert_covered(rows, parts: list[tuple[int, str]]):
    layout, detection = run(rows)
    found = [(f.category, f.preview) for f in detection.findings]
    for row, value in parts:
        assert layout.value_boxes(value, row), f"test bug: {value!r} not on row {row}"
        missing = uncovered_chars(layout, detection.findings, value, row)
        assert not missing, f"{value!r} (row {row}) left readable; found {found}"


def assert_visible(rows, parts: list[tuple[int, str]]):
    layout, detection = run(rows)
    found = [(f.category, f.preview) for f in detection.findings]
    for row, value in parts:
        boxes = layout.value_boxes(value, row)
        assert boxes, f"test bug: {value!r} not on row {row}"
        missing = uncovered_chars(layout, detection.findings, value, row)
        assert len(missing) == len(boxes), f"{value!r} (row {row}) was covered; found {found}"


def _proof(name="DIMAS HARAHAP", source="433-125-0455", label="Sumber Dana", bank="BANK MANDIRI"):
    # A mobile banking transfer proof: labels on the left, values right-aligned far away.
    return [
        [(20, "Nama Penerima"), (420, "WULAN PARDEDE")],
        [(20, "Bank Tujuan"), (420, bank)],
        [(20, "No. Rekening"), (420, "943-150-4558")],
        [(20, "Nominal"), (420, "Rp6.807.000")],
        [(20, label), (420, name)],
        [(420, source)],                                   # the source account under the sender's name
        [(20, "No. Referensi"), (420, "404873784353")],
        [(20, "Waktu Transaksi"), (420, "22 Feb 2025 19:57 WIB")],
    ]


@pytest.mark.parametrize("label", ["Sumber Dana", "Sumber Dana:", "Rekening Sumber", "Dari Rekening"])
def test_transfer_proof_sender_and_source_account(label):
    rows = _proof(label=label)
    assert_covered(rows, [(0, "WULAN PARDEDE"), (2, "943-150-4558"), (5, "433-125-0455")])
    if label.startswith("Sumber"):
        assert_covered(rows, [(4, "DIMAS HARAHAP")])


@pytest.mark.parametrize("bank", ["BANK MANDIRI", "BANK RAKYAT INDONESIA", "BCA", "BNI SYARIAH"])
def test_bank_name_value_does_not_make_the_proof_a_table(bank):
    # "Bank Tujuan | BANK MANDIRI" is a label and its value, not a table header whose cells
    # would label every value below: the reference number and the amounts stay visible.
    rows = _proof(bank=bank)
    assert_visible(rows, [(6, "404873784353"), (3, "Rp6.807.000"), (7, "22 Feb 2025 19:57 WIB")])
    assert_covered(rows, [(2, "943-150-4558"), (5, "433-125-0455")])


def test_transfer_proof_read_with_ocr_damage():
    rows = _proof(name="DIMAS HARAHAP", source="433-125-O455")  # O for 0
    assert_covered(rows, [(4, "DIMAS HARAHAP"), (5, "433-125-O455")])


def test_a_real_table_with_a_bank_column_still_labels_its_cells():
    rows = [[(20, "Nama"), (220, "Bank"), (360, "No. Rekening")],
            [(20, "Ruslan Hutapea"), (220, "BRI"), (360, "0123456789")],
            [(20, "Marlina Situmorang"), (220, "BNI"), (360, "9876543210")]]
    assert_covered(rows, [(1, "0123456789"), (2, "9876543210"), (1, "Ruslan Hutapea")])


def test_a_value_under_a_value_without_a_label_of_its_own_is_not_labelled_by_an_unrelated_row():
    # A short note under an amount: no label of a personal field above, nothing covered.
    rows = [[(20, "Nominal"), (420, "Rp1.250.000")],
            [(420, "1234567890")]]
    assert_visible(rows, [(1, "1234567890")])


@pytest.mark.parametrize("rows, parts", [
    ([[(20, "Sumber Dana"), (420, "RUSLAN HUTAPEA")]], [(0, "RUSLAN HUTAPEA")]),
    ([[(20, "Sumber Dana :"), (420, "Ruslan Hutapea")]], [(0, "Ruslan Hutapea")]),
    ([[(20, "Rekening Sumber"), (420, "0123456789")]], [(0, "0123456789")]),
    ([[(20, "Dari Rekening"), (420, "0123-01-009999-50-9")]], [(0, "0123-01-009999-50-9")]),
    ([[(20, "Rekening Tujuan"), (420, "O123456789")]], [(0, "O123456789")]),      # O for 0
    (["Ke Rekening:", "0123456789"], [(1, "0123456789")]),                      # value on the next line
])
def test_transfer_proof_labels(rows, parts):
    assert_covered(rows, parts)


@pytest.mark.parametrize("rows, parts", [
    ([[(20, "Sumber Dana"), (420, "APBD Perubahan 2025")]], [(0, "APBD Perubahan 2025")]),   # a budget's source
    ([[(20, "Sumber Dana"), (420, "Rp1.250.000")]], [(0, "Rp1.250.000")]),
    ([[(20, "Sumber Dana"), (420, "APBD Murni")]], [(0, "APBD Murni")]),
    ([[(20, "Sumber Dana :"), (420, "DAK Fisik Bidang Kesehatan")]], [(0, "DAK Fisik Bidang Kesehatan")]),
    ([[(20, "Sumber Dana"), (420, "Dana Desa")]], [(0, "Dana Desa")]),
])
def test_transfer_proof_labels_leave_other_values(rows, parts):
    assert_visible(rows, parts)


@pytest.mark.parametrize("token", [
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2NzE0MCJ9.x7Qm3pLk9sTn2vWb5cYd",
    "eyJhbGci0iJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIi0iI2NzE@MCJ9.x7Qm3pLk9sTn2vWb5cYd",   # 0 read as @
])
def test_jwt_with_ocr_damage(token):
    assert_covered([f"Access Token {token}"], [(0, token)])


def test_an_at_sign_alone_does_not_make_a_token():
    assert_visible(["eyJ@contoh.go.id kirim ya"], [(0, "kirim ya")])


@pytest.mark.parametrize("subject, value", [
    ("[SANGAT RAHASIA] Laporan pemeriksaan khusus", "SANGAT RAHASIA"),
    ("ISANGAT RAHASIA] Laporan pemeriksaan khusus", "SANGAT RAHASIA"),      # the bracket read as I
    ("|RAHASIA| Data usulan mutasi pegawai", "RAHASIA"),
    ("Fwd: lSANGAT RAHASIA) Nota Dinas hasil audit", "SANGAT RAHASIA"),
])
def test_classification_in_a_mail_subject(subject, value):
    assert_covered([subject], [(0, value)])


@pytest.mark.parametrize("row", ["Resep rahasia ayam goreng", "IRAHASIAN kantor", "Rahasia umum: rapat jam 9"])
def test_classification_lookalikes_in_a_subject(row):
    _, detection = run([row])
    assert "classification" not in {f.category for f in detection.findings}


@pytest.mark.parametrize("rows, parts", [
    (["Kirim ke email", "tanjung.theresia@dinkes.contohkota.", "go.id saja"],
     [(1, "tanjung.theresia@dinkes.contohkota."), (2, "go.id")]),
    (["email saya budi.santoso@mail.verylongcompanyname", ".co.uk ya"],
     [(0, "budi.santoso@mail.verylongcompanyname"), (1, ".co.uk")]),
    (["tanjung.theresia@dinkes.contohkota.", "go.ld saja"], [(1, "go.ld")]),     # OCR: l for i
    # wrapped inside a label of the domain, or before its last letter
    (["Kirim ke email", "kornelius.sembiring@bkpsdm.contoh", "kab.go.id saja"],
     [(1, "kornelius.sembiring@bkpsdm.contoh"), (2, "kab.go.id")]),
    (["Email novita38@dinkes.contohkota.go.i", "d"], [(0, "novita38@dinkes.contohkota.go.i"), (1, "d")]),
    (["kornelius.sembiring@bkpsdm.contoh", "kab.go.id, makasih"], [(1, "kab.go.id")]),
])
def test_mail_address_wrapped_in_a_chat_bubble(rows, parts):
    assert_covered(rows, parts)


@pytest.mark.parametrize("rows, visible", [
    (["Kirim ke budi.santoso@contoh.go.id.", "Terima kasih"], [(1, "Terima kasih")]),
    (["email: budi.santoso@contoh.go.id", "ditunggu ya"], [(1, "ditunggu ya")]),
    (["email: budi.santoso@bkpsdm.contoh", "saja ya"], [(1, "saja ya")]),        # no domain ends so
    (["email: budi.santoso@gmail.com", "kab.go.id"], [(1, "kab.go.id")]),         # the line's own domain ended
])
def test_a_line_after_a_whole_address_stays(rows, visible):
    assert_visible(rows, visible)


@pytest.mark.parametrize("rows, parts", [
    (["ini token bot: xoxb-413256788245-", "7766380537845-O6GRkPLuS3f7v580rzjtkxVX"],
     [(0, "xoxb-413256788245-"), (1, "7766380537845-O6GRkPLuS3f7v580rzjtkxVX")]),
    (["token repo ghp_Kq8ZLm2RvT0aWc5Yh", "N3dJpXs7BgUe1FoQiLtMz4"], [(0, "ghp_Kq8ZLm2RvT0aWc5Yh"), (1, "N3dJpXs7BgUe1FoQiLtMz4")]),
    (["token CI glpat-Xz3Qm9Lk", "2RvT0aWc5YhPo"], [(0, "glpat-Xz3Qm9Lk"), (1, "2RvT0aWc5YhPo")]),
    # a piece of letters only, two capitals before small ones (no word is spelled so), with OCR's stray dot
    (["ini token bot: xoxb-191184612054-6958423596916-tEpijRzmYgGwSb", "WUtdpcjtdv"], [(1, "WUtdpcjtdv")]),
    (["ini token bot: xoxb-191184612054-6958423596916-tEpijRzmYgGwSb", "WUtdpcjtdv."], [(1, "WUtdpcjtdv")]),
])
def test_tokens_wrapped_over_lines(rows, parts):
    assert_covered(rows, parts)


@pytest.mark.parametrize("rows, visible", [
    (["token repo ghp_Kq8ZLm2RvT0aWc5YhN3dJpXs7BgUe1FoQiLtM", "Tolong jangan disebar ya"], [(1, "Tolong jangan disebar ya")]),
    (["xoxb-413256788245-7766380537845-O6GRkPLuS3f7v580rzjtkxVX", "Sudah saya ganti"], [(1, "Sudah saya ganti")]),
    (["xoxb-413256788245-7766380537845-O6GRkPLuS3f7v580rzjtkxVX", "Oke makasih"], [(1, "Oke makasih")]),
    (["xoxb-413256788245-7766380537845-O6GRkPLuS3f7v580rzjtkxVX", "OKE SIAP"], [(1, "OKE SIAP")]),
    # the message after a token that wrapped onto a second line, opening with a capitalised word
    (["token repo ghp_Kq8ZLm2RvT0aWc5Yh", "N3dJpXs7BgUe1FoQiLtMz4qw", "Jangan disebar ya"], [(2, "Jangan disebar ya")]),
    (["ini token bot: xoxb-413256788245-", "7766380537845-O6GRkPLuS3f7v580rzjtkxVX", "Sudah saya ganti"],
     [(2, "Sudah saya ganti")]),
])
def test_a_message_after_a_whole_token_stays(rows, visible):
    assert_visible(rows, visible)


# A long token read small comes out as scraps: mixed case and digits, pieces set apart, letters misread.
_SCRAPS = [[(200, "@YlNiR9kAQllUZTAxNiJ9 ey Q2dVb7pLTXmYMCTw")],
           [(20, "Access Token"), (200, "Gk3Na8 T7mWqd 2Fp9xLbZPWl JOXN2 YaNTC2N3GyTO")],
           [(200, "HBQxYaoV7xeHLqiRwZ")]]


@pytest.mark.parametrize("rows, parts", [
    # a secret's label at the middle of its value's three lines, the token's start misread
    (_SCRAPS, [(0, "@YlNiR9kAQllUZTAxNiJ9 ey Q2dVb7pLTXmYMCTw"), (1, "Gk3Na8 T7mWqd 2Fp9xLbZPWl JOXN2 YaNTC2N3GyTO"),
               (2, "HBQxYaoV7xeHLqiRwZ")]),
    # the label itself read small ("Client" as "Cliant")
    ([[(20, "Cliant Secret"), (200, "0466x95807 3c335a5496 8DTeS026c")]], [(0, "0466x95807 3c335a5496 8DTeS026c")]),
    # a JWT's start read, the rest of its line in scraps without a digit or mixed case, and its wrapped lines
    (["eyJhbGci0i JTUZTINI Ts QWRSCCIGIKpXVCIS. ey", "GUiOLJvcGVyYXRvcils ImV4cCIGNTcOOTCXNDY", "bGL IvRccBiTMgBut 9gp"],
     [(0, "JTUZTINI Ts QWRSCCIGIKpXVCIS. ey"), (1, "GUiOLJvcGVyYXRvcils ImV4cCIGNTcOOTCXNDY"), (2, "bGL IvRccBiTMgBut 9gp")]),
    # its 'e' read as '@' and its 'J' as '3'
    (["token: @y3hbGci01JIUZTIN my IzdWTiOLTXOOOYMCT"], [(0, "@y3hbGci01JIUZTIN my IzdWTiOLTXOOOYMCT")]),
])
def test_a_long_token_read_as_scraps_is_covered_whole(rows, parts):
    assert_covered(rows, parts)


@pytest.mark.parametrize("rows, visible", [
    # the next line is a message, a time, a setting: not more of the token
    (["eyJhbGci0i JTUZTINI Ts QWRSCCIGIKpXVCIS. ey", "Jangan dibagikan ke siapa pun"], [(1, "Jangan dibagikan ke siapa pun")]),
    (["eyJhbGci0i JTUZTINI Ts QWRSCCIGIKpXVCIS. ey", "10:42"], [(1, "10:42")]),
    ([[(200, "eyJhbGci0i JTUZTINI Ts QWRSCCIGIKpXVCIS. ey"), (650, "QUEUE_CONNECTION=redis")]], [(0, "QUEUE_CONNECTION=redis")]),
    # a field's label over its value in a settings form, the value in scraps: the field above stays
    ([[(20, "Client ID"), (200, "klien-timur-172")], [(20, "Client Secret"), (200, "0466x95807 3c335a5496 8DTeS026c")]],
     [(0, "klien-timur-172")]),
    # a label word ending a title over figures, and a label beside a date, name no token
    ([[(20, "Beli Token"), (200, "Berlaku sampai 25 Februari 2025")]], [(0, "Berlaku sampai 25 Februari 2025")]),
    ([[(20, "Access Token"), (200, "Belum dibuat")]], [(0, "Belum dibuat")]),
])
def test_what_follows_a_token_read_as_scraps_stays(rows, visible):
    assert_visible(rows, visible)


# A contact list read small: a name's first capital read as its small letter, the avatar's initials in its
# circle read as marks and letters before it.
@pytest.mark.parametrize("rows, parts", [
    ([[(20, "(C8 kemal Wibowo")], [(20, "Rapat koordinasi besok pagi")]], [(0, "kemal Wibowo")]),
    ([[(20, "CO} mustika Situmorang")], [(20, "Rapat koordinasi besok pagi")]], [(0, "mustika Situmorang")]),
    ([[(20, "© cinta Permata")], [(20, "Rapat koordinasi besok pagi")]], [(0, "cinta Permata")]),
    ([[(20, "xanana Najmudin")], [(20, "Rapat koordinasi besok pagi")]], [(0, "xanana Najmudin")]),
])
def test_a_contact_whose_first_capital_was_read_small_is_named(rows, parts):
    assert_covered(rows, parts)


@pytest.mark.parametrize("rows, visible", [
    # a wrapped sentence's line that opens with a word of it
    (["Undangan rapat disampaikan", "oleh Budi Santoso"], [(1, "oleh")]),
    (["Kegiatan ini diadakan", "bersama Dinas Pendidikan"], [(1, "bersama Dinas Pendidikan")]),
    ([[(20, "(C8 kemal Wibowo")]], [(0, "(C8")]),
])
def test_a_small_first_word_before_capitals_is_no_name_of_itself(rows, visible):
    assert_visible(rows, visible)


@pytest.mark.parametrize("row, name", [
    ("Umar Ramadhan 10:47", "Umar Ramadhan"),
    ("Tiara Simanjuntak  9:05 AM", "Tiara Simanjuntak"),
    ("Yohanes Pardede 14.20", "Yohanes Pardede"),
])
def test_team_chat_sender_before_the_time(row, name):
    assert_covered([row, "oke sudah saya deploy ke staging"], [(0, name)])


@pytest.mark.parametrize("row", ["Rapat Koordinasi 10:00", "Kinerja Harian 09:00", "Laporan Bulanan 14.30"])
def test_a_heading_before_a_time_stays(row):
    assert_visible([row, "oke sudah saya deploy ke staging"], [(0, row.rsplit(" ", 1)[0])])


@pytest.mark.parametrize("row, value", [
    ("Rika Namaga «.namaga@kemkes.go.id»", "«.namaga@kemkes.go.id"),     # "<r." read as «
    ("Rika Namaga <r.namaga@kemkes.go.id>", "r.namaga@kemkes.go.id"),
    ("dari ‹_budi@contoh.go.id›", "‹_budi@contoh.go.id"),
])
def test_mail_header_address_with_its_bracket_misread(row, value):
    assert_covered([row], [(0, value)])


def test_a_quote_mark_before_an_ordinary_word_is_not_an_address():
    assert_visible(["Ia berkata «.saya datang» kemarin"], [(0, "«.saya datang» kemarin")])


# ------------------------------------------------------------- values that a line wrap or a column cuts

@pytest.mark.parametrize("rows, parts", [
    # the label ends one line of a narrow bubble, the value starts the next
    (["Transfer ke BSI 5282817005 a.n.", "NURUL MAHARANI KURNIAWAN"], [(1, "NURUL MAHARANI KURNIAWAN")]),
    (["Transfer ke BSI 5282817005 a.n", "NURUL MAHARANI KURNIAWAN"], [(1, "NURUL MAHARANI KURNIAWAN")]),  # OCR: no dot
    # an account's user name and password cut by the wrap; OCR reads '_' as a space
    (["Akun e-Perjadin: ardiansyah44 /", "Kancil_2020"], [(1, "Kancil_2020")]),
    (["Akun e-Perjadin: ardiansyah44 /", "Kancil 2020"], [(1, "Kancil 2020")]),
    (["Akun SIMPEG: budi.s / Garuda_", "2019# ya pak"], [(0, "Garuda_"), (1, "2019#")]),
    # an account number under the bank's name at the end of the line above
    (["minta transfer Rp1.620.000 ke rek BNI", "2391689800 a.n. Warsa Sihotang"], [(1, "2391689800")]),
    (["tolong transfer ke rekening", "1234567890 ya"], [(1, "1234567890")]),
])
def test_a_value_wrapped_onto_the_next_line_of_a_bubble(rows, parts):
    assert_covered(rows, parts)


@pytest.mark.parametrize("rows, visible", [
    (["Hello", "Data Pegawai"], [(1, "Data Pegawai")]),                        # a label line alone is no wrap
    (["Rapat koordinasi dengan Ibu", "Kepala Dinas besok pagi"], [(1, "Kepala Dinas")]),
    (["Akun e-Perjadin sudah aktif /", "Rapat jam 9 ya"], [(1, "Rapat jam 9 ya")]),
    # numbers at the ends of two lines are not one number
    (["Total belanja bulan ini 081234", "567890 item terjual"], [(0, "081234"), (1, "567890")]),
    # a chat group's title ending in a label word, its member count below
    (["ASN Kecamatan", "34 anggota"], [(1, "34 anggota")]),
    (["Pokja Pengadaan Kecamatan", "128 anggota"], [(1, "128 anggota")]),
    # menu items stacked far apart are not one wrapped line
    ([[(20, "Transfer ke BSI a.n.")], None, [(20, "Beranda Utama")]], [(2, "Beranda Utama")]),
])
def test_a_line_after_a_label_that_is_not_its_value_stays(rows, visible):
    assert_visible(rows, visible)


@pytest.mark.parametrize("rows, parts", [
    # the sender's name wraps in the narrow value column; the source account is the third line
    ([[(20, "Sumber Dana"), (420, "ZAENAL SETIAWAN")], [(470, "NAINGGOLAN")], [(470, "2829219961")]],
     [(0, "ZAENAL SETIAWAN"), (1, "NAINGGOLAN"), (2, "2829219961")]),
    # OCR read the label and the name as one line ("Sumber Dana CITRA …"), the account right-aligned below
    ([[(20, "Sumber Dana CITRA MARPAUNG WIJAYANTI")], [(260, "135-526-1266")]], [(1, "135-526-1266")]),
    ([[(20, "Sumber Dana CITRA MARPAUNG WIJAYANTI")], [(260, "135-526-I266")]], [(1, "135-526-I266")]),  # I for 1
])
def test_the_lines_of_one_value_under_its_label(rows, parts):
    assert_covered(rows, parts)


@pytest.mark.parametrize("rows, visible", [
    # a paragraph that opens with a label's words holds no field
    (["Sumber Dana kegiatan berasal dari APBD", "tahun 2024 sebesar 1234567890"], [(1, "1234567890")]),
    # a name's next line in lower case or holding an office is not more of the name
    ([[(20, "Nama Penerima"), (420, "Budi Santoso")], [(420, "terima kasih")]], [(1, "terima kasih")]),
    ([[(20, "Nama Penerima"), (420, "BUDI SANTOSO")], [(420, "DINAS KESEHATAN")]], [(1, "DINAS KESEHATAN")]),
    ([[(20, "Nama Penerima"), (420, "BUDI SANTOSO")], [(420, "Berhasil")]], [(1, "Berhasil")]),   # case differs
])
def test_lines_that_do_not_go_on_with_a_value_stay(rows, visible):
    assert_visible(rows, visible)


@pytest.mark.parametrize("rows, parts", [
    # a table's column edge split the token off into the next cell
    ([[(20, "GITLAB TOKEN-glpat"), (205, "sGFj qhy428exbPpxZWuk")]], [(0, "sGFj qhy428exbPpxZWuk")]),
    ([[(20, "DB_PASSWORD=Simpeg!"), (225, "2024")]], [(0, "Simpeg!"), (0, "2024")]),
])
def test_a_token_split_off_by_a_column_edge(rows, parts):
    assert_covered(rows, parts)


def test_the_next_setting_under_a_token_stays():
    rows = ["GITLAB_TOKEN=glpat-5vV78V91bHn23NZt4jvI", "QUEUE_CONNECTION=redis"]
    assert_covered(rows, [(0, "glpat-5vV78V91bHn23NZt4jvI")])
    assert_visible(rows, [(1, "QUEUE_CONNECTION=redis")])


def test_a_cell_far_from_a_token_stays():
    assert_visible([[(20, "GITLAB TOKEN-glpat-x8Kq2LmN0pQrStUv"), (600, "Aktif")]], [(0, "Aktif")])


@pytest.mark.parametrize("rows, value", [
    # A data page prints each label in two languages over its value: the second label is no title's end.
    (["Date of birth / Tanggal lahir", "19 MAY 1979"], "19 MAY 1979"),
    (["Place of birth / Tempat lahir", "JAKARTA"], "JAKARTA"),
    (["Given names / Nama depan", "LESTARI"], "LESTARI"),
    (["Tanggal lahir | Date of birth", "23 APR 1998"], "23 APR 1998"),   # the slash read as a bar
])
def test_a_value_under_a_label_given_in_two_languages(rows, value):
    assert_covered(rows, [(1, value)])


def _token_read_twice(rows, again: str):
    """`rows` as OCR reads them, plus a later pass's second reading of the first row's last `again`
    characters: a word over the same ink, on a line of its own."""
    from dataclasses import replace
    from conftest import CW, make_ocr
    from redactor.findings import Box
    from redactor.ocr import Word

    layout = make_ocr(rows)
    words = list(layout.ocr.words)
    last = max((w for w in words if w.box.top == words[0].box.top), key=lambda w: w.box.right)
    words.append(Word(text=again, box=Box(last.box.right - len(again) * CW, last.box.top, len(again) * CW, last.box.height),
                      conf=65.0, line_id=99))
    return replace(layout, ocr=replace(layout.ocr, words=tuple(words)))


@pytest.mark.parametrize("again", ["-2010883304758-2Sk2RK", "-2010883304758-25k2RKI", "2RK"])
def test_a_token_read_twice_at_its_end_still_takes_its_wrapped_line(again):
    from conftest import uncovered_chars
    rows = ["kuy token bot: xoxb-369298564024-2010883304758-2Sk2RK", "OCuV4gFQrz"]
    layout = _token_read_twice(rows, again)
    findings = detect(layout.ocr).findings
    for row, value in [(0, "xoxb-369298564024-2010883304758-2Sk2RK"), (1, "OCuV4gFQrz")]:
        assert not uncovered_chars(layout, findings, value, row), (value, [(f.category, f.preview) for f in findings])


def test_a_word_after_a_token_still_ends_it():
    # A word of its own after the token (right of its ink) ends the message: the next line is not the token's.
    rows = ["xoxb-413256788245-7766380537845-O6GRkPLuS3 lalu", "Sudah saya ganti"]
    layout = _token_read_twice(rows, "ulal")
    findings = detect(layout.ocr).findings
    from conftest import uncovered_chars
    boxes = layout.value_boxes("Sudah saya ganti", 1)
    assert len(uncovered_chars(layout, findings, "Sudah saya ganti", 1)) == len(boxes)


@pytest.mark.parametrize("line, value", [
    ("DB_PASSWORD=Bromo! 2025", "Bromo! 2025"),
    ("DB_PASSWORD=Bromo!  2O25", "Bromo!  2O25"),          # an O read for a 0, a wider gap
])
def test_a_value_glued_to_its_key_in_a_word_boxed_over_the_next_one(line, value):
    # Tesseract boxed "DB_PASSWORD=Bromo!" over "2025" too: the value's estimated start must not slide right.
    from dataclasses import replace
    from conftest import make_ocr, uncovered_chars
    layout = make_ocr([line])
    first, second = layout.ocr.words[:2]
    wide = replace(first, box=type(first.box).from_edges(first.box.left, first.box.top, second.box.right,
                                                         first.box.bottom))
    layout = replace(layout, ocr=replace(layout.ocr, words=(wide, second)))
    findings = detect(layout.ocr).findings
    assert not uncovered_chars(layout, findings, value, 0), [(f.category, f.preview) for f in findings]
    assert len(uncovered_chars(layout, findings, "DB_PASS", 0)) == len(layout.value_boxes("DB_PASS", 0))


# ------------------------------------------------------------- a name wrapped over several lines
@pytest.mark.parametrize("name", [("MARLINA", "SUSANTI", "WARDHANA"), ("MARLINA", "SUSANTl", "WARDHANA")])  # OCR: l for I
def test_a_large_font_name_wrapped_over_three_lines_is_covered_whole(name):
    rows = [[(20, "Bank"), (300, "BANK RAKYAT INDONESIA")],
            [(20, "Nama Pengirim"), (400, name[0])], [(410, name[1])], [(390, name[2])],
            [(20, "Dari Rekening"), (350, "5891849115")]]
    assert_covered(rows, [(1, name[0]), (2, name[1]), (3, name[2]), (4, "5891849115")])


def test_a_wrapped_name_stops_at_a_line_that_is_no_name():
    rows = [[(20, "Nama Pengirim"), (400, "MARLINA")], [(410, "SUSANTI")], [(400, "BANK BRI")],
            [(400, "berhasil")]]
    assert_covered(rows, [(0, "MARLINA"), (1, "SUSANTI")])
    assert_visible(rows, [(2, "BANK BRI"), (3, "berhasil")])


@pytest.mark.parametrize("degree", ["S.H.", "S.Kom., M.Si.", "S.H"])
def test_a_names_degrees_wrapped_under_it_are_covered(degree):
    # a profile card centres the name; its degrees after the comma go to the next line
    rows = [[(40, "Zaenal Simanjuntak Iskandar,")], [(180 - 5 * len(degree), degree)], [(90, "Pranata Komputer")]]
    assert_covered(rows, [(0, "Zaenal Simanjuntak Iskandar,"), (1, degree)])
    assert_visible(rows, [(2, "Pranata Komputer")])


def test_a_line_under_a_name_without_its_comma_is_not_taken_for_degrees():
    rows = [[(40, "Zaenal Simanjuntak Iskandar")], [(160, "S.H.")]]
    assert_covered(rows, [(0, "Zaenal Simanjuntak Iskandar")])
    assert_visible(rows, [(1, "S.H.")])


# ------------------------------------------------------------- a prefixed token OCR split or misread in its middle
@pytest.mark.parametrize("rows, parts", [
    (["GITLAB_TOKEN=glpat-p45UodCDtf ThOZAb8ukx", "QUEUE_CONNECTION=redis"], [(0, "glpat-p45UodCDtf ThOZAb8ukx")]),
    (["GITLAB_TOKEN=g1pat -p45UodCDtf ThOZAb8ukx", "QUEUE_CONNECTION=redis"], [(0, "g1pat -p45UodCDtf ThOZAb8ukx")]),
    (["token gitlab: glpat-BsxwpV iWmpJSGt GstbgH ya jangan disebar"], [(0, "glpat-BsxwpV iWmpJSGt GstbgH")]),
    # a JWT with a letter read as '@' and its first line's end split off, then wrapped over two more lines
    (["ini JWT nya: eyJhbGci@iJIUz!1NilsinR5cCI6IkpXVCJ9.XLN378uexT NhMBe",
      "b49UqbHAcuT4GjBmEd1Mzv1lyOCSpialrCCFrkLYA205j2.2vRNGB9Xmm", "dpXWSgUXEx68o0wDaiueSXTjsyBZV96KMH"],
     [(0, "eyJhbGci@iJIUz!1NilsinR5cCI6IkpXVCJ9.XLN378uexT NhMBe"),
      (1, "b49UqbHAcuT4GjBmEd1Mzv1lyOCSpialrCCFrkLYA205j2.2vRNGB9Xmm"), (2, "dpXWSgUXEx68o0wDaiueSXTjsyBZV96KMH")]),
    (["token CI gIpat-Xz3Qm9Lk 2RvT0a", "Wc5YhPo"], [(0, "gIpat-Xz3Qm9Lk 2RvT0a"), (1, "Wc5YhPo")]),  # OCR: I for l
])
def test_a_prefixed_token_is_covered_to_its_visible_end(rows, parts):
    assert_covered(rows, parts)


@pytest.mark.parametrize("rows, visible", [
    (["GITLAB_TOKEN=glpat-p45UodCDtf ThOZAb8ukx", "QUEUE_CONNECTION=redis"], [(1, "QUEUE_CONNECTION=redis")]),
    (["token gitlab: glpat-BsxwpViWmpJSGtGstbgH ya jangan disebar"], [(0, "ya jangan disebar")]),
    (["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abcDEF123 16:07 dikirim"], [(0, "16:07 dikirim")]),
    (["token: ghp_Kq8ZLm2RvT0aWc5YhN3dJpXs7BgUe1FoQiLtM Tolong jangan disebar"], [(0, "Tolong jangan disebar")]),
    (["token: glpat-BsxwpViWmpJSGtGstbgH tolong jangan disebar"], [(0, "tolong jangan disebar")]),
])
def test_words_after_a_prefixed_token_stay(rows, visible):
    assert_visible(rows, visible)


# ------------------------------------------------------------- the account holder under the account number
@pytest.mark.parametrize("rows, name", [
    (["Transfer ke Mandiri 4308012345678", "EKO TANJUNG"], "EKO TANJUNG"),
    (["Transfer ke Mandiri 4308012345678", "Eko Tanjung"], "Eko Tanjung"),
    (["Tolong transfer ke rek BRI 0123 4567 8901 234", "RAHMAT SINAGA"], "RAHMAT SINAGA"),
    (["Transfer ke Mandiri 4308012345678", "EK0 TANJUNG"], "EK0 TANJUNG"),                 # OCR: 0 for O
])
def test_the_account_holder_on_the_line_under_the_account_number_is_covered(rows, name):
    assert_covered(rows, [(0, rows[0].rsplit(" ", 1)[1]), (1, name)])


@pytest.mark.parametrize("rows, number, name", [
    (["Transfer ke Mandiri 4308036658 a.n.", "EKO TANJUNG"], "4308036658", "EKO TANJUNG"),  # no name word: "a.n." says so
    (["Kirim ke BCA 0123456789 an", "Dewi Kartika"], "0123456789", "Dewi Kartika"),
    (["Kirim ke BCA 0123456789 a/n", "EK0 TANJUNG"], "0123456789", "EK0 TANJUNG"),
])
def test_the_holder_named_after_in_the_name_of_under_the_account_number_is_covered(rows, number, name):
    assert_covered(rows, [(0, number), (1, name)])


@pytest.mark.parametrize("rows, kept", [
    (["Transfer ke Mandiri 4308012345678", "Terima Kasih"], "Terima Kasih"),
    (["Transfer ke Mandiri 4308012345678", "BANK MANDIRI"], "BANK MANDIRI"),
    (["Transfer ke Mandiri 4308012345678", "Berita Acara Rapat"], "Berita Acara Rapat"),
    (["Transfer ke Mandiri 4308012345678 hari ini", "EKO TANJUNG"], "EKO TANJUNG"),   # the number does not end its line
    (["Transfer ke Mandiri 4308036658 a.n.", "Terima Kasih"], "Terima Kasih"),       # "a.n." and still no name
    (["Transfer ke Mandiri 4308036658 a.n.", "BANK MANDIRI"], "BANK MANDIRI"),
])
def test_a_line_under_an_account_number_that_is_no_name_stays(rows, kept):
    assert_visible(rows, [(1, kept)])


# ------------------------------------------------------------- a group chat's sender in front of a message
def _chat_list(preview):
    # a chat app's list beside an open chat whose bubbles end in the time they were sent
    return [[(91, "Info Dinas"), (469, "19:18"), (700, "Siap, nanti sore saya kirim 15:40")],
            [(91, preview), (700, "Berkas sudah saya unggah 15:42")],
            [(91, "Fajar Gunadi"), (469, "18:02")]]


@pytest.mark.parametrize("preview, name", [
    ("Maria: Terima kasih banyak", "Maria"),
    ("Ayu Lestari: oke siap", "Ayu Lestari"),
    ("Marla: Terima kasih banyak", "Marla"),                     # a name OCR read with a letter wrong
])
def test_the_sender_in_front_of_a_group_chats_message_is_covered(preview, name):
    assert_covered(_chat_list(preview), [(1, name)])


@pytest.mark.parametrize("preview, kept", [
    ("Catatan: rapat diundur", "Catatan"),
    ("Info: berkas sudah lengkap", "Info"),
    ("Pengumuman: libur", "Pengumuman"),
])
def test_a_label_in_front_of_a_message_is_no_sender(preview, kept):
    assert_visible(_chat_list(preview), [(1, kept)])


def test_a_name_and_colon_outside_a_chat_is_left_to_other_rules():
    assert_visible(["Catatan rapat", "Maria: Terima kasih banyak"], [(1, "Terima kasih banyak")])


# ------------------------------------------------------------- an e-mail wrapped before its last label, its dot lost
@pytest.mark.parametrize("rows, parts", [
    (["Kirim ke email", "agnes.sitorus@bkpsdm.contohkab.go", ".id saja"], [(1, "agnes.sitorus@bkpsdm.contohkab.go"), (2, ".id")]),
    (["Kirim ke email", "agnes.sitorus@bkpsdm.contohkab.go", "id saja"], [(1, "agnes.sitorus@bkpsdm.contohkab.go"), (2, "id")]),   # OCR lost the dot
    (["Kirim ke email", "budi@dinkes.contohkota.go", "id ya pak"], [(1, "budi@dinkes.contohkota.go"), (2, "id")]),
])
def test_an_email_wrapped_before_its_last_label_goes_on_below(rows, parts):
    assert_covered(rows, parts)


@pytest.mark.parametrize("rows, kept", [
    (["Kirim ke email", "budi@contoh.co.id", "id nya sudah ada"], "id nya sudah ada"),       # whole on its line
    (["Kirim ke email", "agnes.sitorus@bkpsdm.contohkab.go", "ini ya"], "ini ya"),           # no domain's ending
])
def test_a_line_under_an_email_that_does_not_end_its_domain_stays(rows, kept):
    assert_visible(rows, [(2, kept)])


# ------------------------------------------------------------- a server's address that OCR split after a dot
@pytest.mark.parametrize("row, value", [
    ("REDIS_HOST=172.21.145.138", "172.21.145.138"),
    ("REDIS HOST-172.21. 145.138", "172.21. 145.138"),                    # '_' read as space, '=' as '-', split
    ("DB_HOST=db-master01. 5432", "db-master01. 5432"),
])
def test_a_configured_host_split_after_a_dot_is_covered_whole(row, value):
    assert_covered([row, "QUEUE_CONNECTION=redis"], [(0, value)])


def test_a_configured_host_does_not_take_the_next_setting():
    assert_visible(["REDIS_HOST=cache01.", "2 workers aktif"], [(1, "2 workers aktif")])


# ------------------------------------------------------------- a staff system's name over its menu
def _profile(head, menu=("Beranda", "Profil Pegawai", "Riwayat Jabatan")):
    rows = [[(23, head)]]
    rows += [[(32, item)] for item in menu]
    rows += [[(32, "Dokumen"), (402, "NIP"), (702, "196610012007052020")]]
    return rows


@pytest.mark.parametrize("head, menu", [
    ("SIMPEL", ("Beranda", "Profil Pegawai", "Riwayat Jabatan")),
    ("SIMPEL", ("Beranda", "Riwayat Pendidikan")),
    ("SIMPEL", ("Berancla", "Data Kepegawaian")),                 # OCR-noisy: a menu word misread
])
def test_a_word_in_capitals_heading_a_staff_systems_menu_is_the_systems_name(head, menu):
    assert_covered(_profile(head, menu), [(0, head)])


@pytest.mark.parametrize("head, menu", [
    ("SIMPEL", ("Beranda", "Berita", "Galeri")),                   # a public site: no staff menus
    ("BERANDA", ("Profil Pegawai", "Riwayat Jabatan")),            # a menu's own word
])
def test_a_word_in_capitals_heading_another_page_stays(head, menu):
    assert_visible(_profile(head, menu), [(0, head)])


# A form set out in two columns whose colons OCR dropped (a salary slip, a personnel record): each row
# holds two fields, label and value, label and value; the next field's label stands under each label.
def _two_column_form(name="PURNOMO WIJAYANTI", name_label="Nama", npwp_label="NPWP"):
    return [
        [(20, name_label), (140, name), (420, npwp_label), (540, "15.158.373.7-296.149")],
        [(140, "PERMANA")],
        [(20, "NIP"), (140, "199311272012071009"), (420, "Status"), (540, "K/2")],
        [(20, "Pangkat/Gol"), (140, "Pembina / IV.b"), (420, "No. Rekening"), (540, "5715122090")],
        [(20, "Jabatan"), (140, "Arsiparis Ahli Muda")],
        [(20, "Potongan Korpri"), (300, "10.000")],
        None,
        [(420, "Bendahara Pengeluaran")],
        None,
        [(420, "Nurul Ramadhan")],
        [(420, "NIP. 199611022015121005")],
    ]


@pytest.mark.parametrize("name_label,npwp_label", [("Nama", "NPWP"), ("Nama", "NPWP."), ("Nama :", "NPWP :")])
def test_a_form_in_two_columns_is_no_table_header(name_label, npwp_label):
    rows = _two_column_form(name_label=name_label, npwp_label=npwp_label)
    assert_covered(rows, [(0, "PURNOMO WIJAYANTI"), (1, "PERMANA"), (0, "15.158.373.7-296.149"),
                          (2, "199311272012071009"), (3, "5715122090"), (9, "Nurul Ramadhan"),
                          (10, "199611022015121005")])
    assert_visible(rows, [(0, name_label.split()[0]), (4, "Arsiparis Ahli Muda"), (7, "Bendahara Pengeluaran")])


def test_a_salary_slips_lines_are_no_names():
    rows = _two_column_form()
    assert_visible(rows, [(5, "Potongan Korpri")])
    assert_visible([[(20, "Tunjangan Beras"), (300, "289.680")], [(20, "Iuran Taspen"), (300, "41.610")]],
                   [(0, "Tunjangan Beras"), (1, "Iuran Taspen")])


def test_a_table_header_over_values_still_heads_its_columns():
    # The cells under the labels are values, not the next fields' labels: a table, whose names stand
    # alone in the name column.
    rows = [[(20, "Nama"), (260, "NIP"), (480, "Jabatan")],
            [(20, "Yohanes Purba"), (260, "198503122010011003"), (480, "Analis Kepegawaian")],
            [(20, "Wulan Sitorus"), (260, "199001022015032001"), (480, "Arsiparis")]]
    assert_covered(rows, [(1, "Yohanes Purba"), (2, "Wulan Sitorus"), (1, "198503122010011003")])
    assert_visible(rows, [(0, "Nama"), (0, "Jabatan"), (1, "Analis Kepegawaian")])


def test_a_slips_fields_side_by_side_with_a_bank_under_the_status():
    rows = [[(20, "Nama"), (140, "BAYU HIDAYAT"), (420, "NPWP"), (540, "74.123.456.7-891.047")],
            [(20, "NIP"), (140, "198210102012031003"), (420, "Status"), (540, "K/1")],
            [(20, "Pangkat/Gol"), (140, "Penata Tk. I / III.d"), (420, "Bank"), (540, "BPD DIY")],
            [(20, "Jabatan"), (140, "Kepala Seksi"), (420, "No. Rekening"), (540, "5412345678")],
            None,
            [(420, "Bendahara Pengeluaran")],
            None,
            [(420, "Puspa Pangaribuan")],
            [(420, "NIP. 199605202016041005")]]
    assert_covered(rows, [(0, "BAYU HIDAYAT"), (1, "198210102012031003"), (3, "5412345678"),
                          (7, "Puspa Pangaribuan")])
    assert_visible(rows, [(2, "Bank"), (3, "Kepala Seksi"), (5, "Bendahara Pengeluaran")])


# A chat group's members as chat apps list them under the group's name, the reader first.
@pytest.mark.parametrize("row,names", [
    ("Anda, Rofiq, Marlina", ["Rofiq", "Marlina"]),
    ("You, Tiara, Oki Purba", ["Tiara", "Oki Purba"]),
    ("Anda, Rofig, Marlina…", ["Rofig", "Marlina"]),          # OCR's q read as g, the list cut short
])
def test_a_groups_member_list_names_each_member(row, names):
    rows = [[(60, "Grup Bidang Umum")], [(60, row)]]
    assert_covered(rows, [(1, n) for n in names])
    assert_visible(rows, [(0, "Grup Bidang Umum"), (1, row.split(",")[0])])


@pytest.mark.parametrize("row", ["Anda, silakan isi formulir", "Anda, Bapak dan Ibu sekalian", "Anda, Admin"])
def test_a_sentence_after_anda_is_no_member_list(row):
    assert_visible([[(60, row)]], [(0, row.split(", ")[1].split()[0])])


def test_a_chat_apps_block_and_report_buttons_name_the_contact_not_themselves():
    rows = [[(60, "Oki Rahayu Pangaribuan")], [(60, "+62 819-5031-6699")], None,
            [(60, "Blokir Oki")], [(60, "Laporkan Oki")], [(60, "Report Oki")]]
    assert_covered(rows, [(0, "Oki Rahayu Pangaribuan"), (3, "Oki"), (4, "Oki"), (5, "Oki")])
    assert_visible(rows, [(3, "Blokir"), (4, "Laporkan"), (5, "Report")])


@pytest.mark.parametrize("position", [["Project Manager", "Fabrikam Partners"], ["Senior Program Officer"],
                                      ["Kepala Seksi Pelayanan"]])
def test_a_signatures_position_under_the_name_is_no_part_of_it(position):
    rows = [[(20, "Nama:"), (120, "Hannah Taylor")], *[[(120, line)] for line in position]]
    assert_covered(rows, [(0, "Hannah Taylor")])
    assert_visible(rows, [(1, position[0])])


def test_a_name_wrapped_under_its_label_still_joins():
    rows = [[(20, "Nama:"), (120, "ZAENAL SETIAWAN")], [(120, "NAINGGOLAN")], [(20, "NIP:"), (120, "198503122010011003")]]
    assert_covered(rows, [(0, "ZAENAL SETIAWAN"), (1, "NAINGGOLAN")])


@pytest.mark.parametrize("rating", ["Sesuai Ekspektasi", "Di Atas Ekspektasi", "Di Bawah Ekspektasi", "Sesuai Ekspektasl"])
def test_an_appraisals_ratings_are_no_names(rating):
    rows = [[(20, "Rating Hasil Kerja"), (300, rating)], [(20, "Rating Perilaku Kerja"), (300, "Sesuai Ekspektasi")]]
    assert_visible(rows, [(0, rating), (1, "Sesuai Ekspektasi")])


def test_a_forms_last_row_side_by_side_heads_nothing_below():
    # The last row of a slip's particulars: nothing stands under its labels, but a number beside one of
    # them says it holds fields, not captions; the earnings and the signature below belong to no column.
    rows = [[(20, "Jabatan"), (140, "Pengelola Keuangan"), (420, "No. Rekening"), (620, "4090006338")],
            None,
            [(20, "PENGHASILAN"), (420, "POTONGAN")],
            [(20, "Gaji Pokok"), (300, "3.525.000"), (420, "BPJS Kesehatan 1%"), (640, "35.250")],
            None,
            [(560, "Bendahara Pengeluaran")],
            None,
            [(560, "Indah Tanjung")],
            [(560, "NIP. 197207122015101011")]]
    assert_covered(rows, [(0, "4090006338"), (7, "Indah Tanjung"), (8, "197207122015101011")])
    assert_visible(rows, [(0, "Pengelola Keuangan"), (3, "Gaji Pokok"), (5, "Bendahara Pengeluaran")])


# A number no one saved, shown with the name its owner chose after a tilde.
@pytest.mark.parametrize("row,name", [("~Krisna Mahendra", "Krisna Mahendra"), ("~ Tiara", "Tiara"),
                                      ("—Krisna Mahendra", "Krisna Mahendra")])   # the tilde read as a dash
def test_a_chosen_name_after_its_tilde(row, name):
    rows = [[(60, "+62 838-4016-4564")], [(60, row)], None, [(60, "Blokir " + name.split()[0])]]
    assert_covered(rows, [(1, name), (3, name.split()[0])])
    assert_visible(rows, [(3, "Blokir")])


@pytest.mark.parametrize("row", ["~ Grup Bidang Umum", "— Dinas Kesehatan", "- Simpan"])
def test_a_group_or_a_button_after_a_dash_is_no_chosen_name(row):
    assert_visible([[(60, row)]], [(0, row.split()[-1])])


def _read_unsurely(rows, unsure_row: int, conf: float):
    """`rows` as OCR words, those of `unsure_row` read with confidence `conf`."""
    layout = make_ocr(rows)
    top = sorted({w.box.top for w in layout.ocr.words})[unsure_row]
    words = tuple(replace(w, conf=conf) if w.box.top == top else w for w in layout.ocr.words)
    return layout, detect(replace(layout.ocr, words=words)).findings


# A chat app sets the chosen name small and in its own colour: Tesseract may read it right, unsure.
@pytest.mark.parametrize("row, name", [("~Krisna Mahendra", "Krisna Mahendra"), ("~ Tiara", "Tiara"),
                                       ("∼ Wahyu Saputra", "Wahyu Saputra"),
                                       ("—Budi Santoso", "Budi Santoso")])   # a dash: names on the lists
def test_a_chosen_name_read_with_little_confidence_is_covered(row, name):
    rows = [[(60, row)], [(60, "Selamat pagi semuanya, rapat jam 9 ya")]]
    layout, findings = _read_unsurely(rows, 0, 21.0)
    assert not uncovered_chars(layout, findings, name, 0)


@pytest.mark.parametrize("row, value", [("~ Ee", "Ee"),                       # a smudge made two letters
                                        ("~ Dinas Kesehatan", "Kesehatan"),     # an office after a tilde
                                        ("—Rnwa Ktpr", "Rnwa Ktpr")])          # letters of a picture after a dash
def test_an_unsure_reading_after_a_dash_or_a_tilde_that_names_no_one_stays_visible(row, value):
    rows = [[(60, row)], [(60, "Selamat pagi semuanya, rapat jam 9 ya")]]
    layout, findings = _read_unsurely(rows, 0, 21.0)
    assert len(uncovered_chars(layout, findings, value, 0)) == len(value.replace(" ", ""))


# OCR reads the tilde as an opening quote mark too ("“Ferdi"), alone in its cell or after the number.
@pytest.mark.parametrize("rows, where", [
    ([[(60, "+62 838-4016-4564")], [(60, "“Ferdi")]], (1, "Ferdi")),
    ([[(60, "+62 838-4016-4564"), (360, '"Rina Kurniasih')]], (0, "Rina Kurniasih")),
    ([[(60, "+62 838-4016-4564 “Ferdi")]], (0, "Ferdi")),
    ([[(60, "+62 838-4016-4564 ‘Wahyu Saputra")]], (0, "Wahyu Saputra")),
])
def test_a_chosen_name_after_a_tilde_read_as_a_quote_mark(rows, where):
    assert_covered(rows, [where])


@pytest.mark.parametrize("rows, where", [
    ([[(60, "“Melayani Dengan Hati")]], (0, "Melayani Dengan Hati")),      # a slogan wrapped over two lines
    ([[(60, "“Selamat Pagi")]], (0, "Selamat Pagi")),
    ([[(60, "“Dinas Kesehatan")]], (0, "Dinas Kesehatan")),
    ([[(60, "Call center 1500-567 “Siap Melayani”")]], (0, "Siap Melayani")),
    ([[(60, "Hotline 0800-1234-567 “Bersama Kita Bisa”")]], (0, "Bersama Kita Bisa")),
])
def test_a_quotation_after_a_quote_mark_is_no_chosen_name(rows, where):
    assert_visible(rows, [where])


def test_a_row_number_read_glued_to_the_next_cell_stays_in_its_own_column():
    """A spreadsheet's "No" column sets its numbers right, close to the next column: OCR of a photographed
    monitor reads "1 T712MPC" as one piece, and the plate under "Nopol" opened with a row number."""
    rows = [[(20, "No"), (110, "Nopol"), (260, "Merk"), (400, "Tahun")],
            [(86, "1 T712MPC"), (260, "Suzuki Ertiga"), (400, "2017")],
            [(86, "2 BE33FU"), (260, "Honda Vario"), (400, "2019")],
            [(86, "3 DD254MF"), (260, "Toyota Avanza"), (400, "2021")]]
    assert_covered(rows, [(1, "T712MPC"), (2, "BE33FU"), (3, "DD254MF")])
    assert_visible(rows, [(1, "2017"), (2, "Honda Vario")])


def _school_table(header_gap: str = "   ", pager: str = "Halaman 1 dari 23"):
    # A school database's student grid: narrow captions no recognizer knows ("NIPD", "JK") set close to the
    # NISN column's, which OCR reads as one piece across the cells' gaps; a pager under the last row.
    return [[(20, "No"), (60, "Nama"), (330, f"NIPD{header_gap}JK{header_gap}NISN"), (560, "Tempat Lahir"), (720, "Alamat")],
            [(20, "1"), (60, "AGNES HASIBUAN"), (330, "1061"), (400, "L"), (450, "3883577672"), (560, "MEDAN"), (720, "DUSUN KRAJAN RT 8/7")],
            [(20, "2"), (60, "DEWI MANURUNG"), (330, "1292"), (400, "P"), (450, "0041417845"), (560, "MAGELANG"), (720, "JL. MELATI NO. 84")],
            [(20, "3"), (60, "IKHSAN HIDAYAT"), (330, "1994"), (400, "L"), (450, "0044387269"), (560, "SLEMAN"), (720, "DUSUN WETAN RT 5/1")],
            [(20, pager), (720, "Menampilkan 1 - 20 dari 450")]]


@pytest.mark.parametrize("gap", ["   ", "    "])
def test_a_label_glued_to_narrow_captions_before_it_heads_its_own_column(gap):
    rows = _school_table(gap)
    assert_covered(rows, [(1, "3883577672"), (2, "0041417845"), (3, "0044387269"), (2, "DEWI MANURUNG")])
    assert_visible(rows, [(0, "NIPD"), (0, "NISN"), (2, "P")])
    # (reported as the student's number it is, not as a birth place of the column beside it)
    _, detection = run(rows)
    assert {f.preview[:3] for f in detection.findings if "0041417845"[-2:] in f.preview} == {"NIK"}


def test_narrow_captions_of_a_shrunk_copy_boxed_taller_than_they_are_head_their_own_columns():
    # On a chat app's shrunk copy the blurred bold captions are boxed taller than they are: the cells' gaps
    # ("NIPD   JK   NISN", 30 px) come out under 1.2 times the boxes' height (26 px), over once.
    layout = make_ocr(_school_table("   "))
    header_top = min(w.box.top for w in layout.ocr.words)
    words = tuple(replace(w, box=Box(w.box.left, w.box.top - 3, w.box.width, 26)) if w.box.top == header_top else w
                  for w in layout.ocr.words)
    layout.ocr = replace(layout.ocr, words=words)
    detection = detect(layout.ocr)
    for row, value in [(1, "3883577672"), (2, "0041417845"), (3, "0044387269")]:
        assert not uncovered_chars(layout, detection.findings, value, row), value
    # under their own caption: the students' numbers, not the birth places of the column beside them
    assert {f.preview[:3] for f in detection.findings if "0041417845"[-2:] in f.preview} == {"NIK"}


def _staff_list_read_small(scraps: list[str]):
    # A staff list whose "Nama / NIP" column prints each NIP in small grey type under the name; a chat app's
    # shrunk copy is read with those lines in scraps ("16an, 63106", "ww? 10001015"), the names whole.
    rows = [[(20, "No"), (60, "Nama / NIP"), (420, "Jabatan")]]
    for i, (name, scrap) in enumerate(zip(["Zaenal Hasibuan", "Setyo Lubis", "Irfan Wardhana"], scraps)):
        rows += [[(20, str(i + 1)), (60, name), (420, "Pranata Komputer")], [(60, scrap)]]
    layout = make_ocr(rows)
    small = {w.text for line in scraps for w in make_ocr([line]).ocr.words}
    tops = {w.box.top for w in layout.ocr.words if w.text in small}
    words = tuple(replace(w, box=Box(w.box.left, w.box.top, w.box.width, 12), conf=40.0)
                  if w.box.top in tops else w for w in layout.ocr.words)
    layout.ocr = replace(layout.ocr, words=words)
    return layout


def test_a_nip_printed_small_under_each_name_and_read_in_scraps_is_covered():
    scraps = ["16an, 63106", "» 1965112070 san", "ww? 10001015"]
    layout = _staff_list_read_small(scraps)
    detection = detect(layout.ocr)
    for row, scrap in zip((2, 4, 6), scraps):
        assert not uncovered_chars(layout, detection.findings, scrap, row), scrap
    assert len(uncovered_chars(layout, detection.findings, "Pranata Komputer", 1)) == len("PranataKomputer")


def test_words_or_a_date_printed_small_under_names_stay():
    # the second line of each cell is a unit or a date, not a number
    layout = _staff_list_read_small(["Bidang Umum", "Sejak 2019-03-01", "Subbag Keuangan"])
    detection = detect(layout.ocr)
    for row, text in [(2, "Bidang Umum"), (4, "Sejak 2019-03-01"), (6, "Subbag Keuangan")]:
        assert len(uncovered_chars(layout, [f for f in detection.findings if f.category == "nip"], text, row)) \
            == len(text.replace(" ", ""))


@pytest.mark.parametrize("pager", ["Halaman 1 dari 23", "« ‹ Halaman 1 dari 23 › »", "Showing 1 to 20 of 450 entries"])
def test_a_tables_pager_is_no_row_of_it(pager):
    rows = _school_table(pager=pager)
    assert_visible(rows, [(4, pager.split()[-4] if pager.startswith("Showing") else "Halaman"), (4, "Menampilkan")])
    assert_covered(rows, [(3, "IKHSAN HIDAYAT"), (3, "DUSUN WETAN RT 5/1")])


@pytest.mark.parametrize("box", ["Cari nama NISN", "Cari nama / NISN", "Cari nama atau NIK"])
def test_a_search_boxs_placeholder_names_no_one(box):
    assert_visible([[(20, "Tambah"), (100, "Ubah"), (600, box)]], [(0, box.split()[-1])])


@pytest.mark.parametrize("label", [["Tgl. Lahir /", "Umur"], ["Tgl. Lahir &", "Usia"], ["Tanggal Lahir /", "Umur"]])
def test_a_birth_date_beside_two_labels_wrapped_after_their_slash(label):
    # (the colons stand in a narrow cell of their own, too faint for OCR to read)
    rows = [[(20, "No. RM"), (180, "004182")],
            [(20, label[0]), (180, "10-08-1966 / 59 Th")],
            [(20, label[1])],
            [(20, "Jenis Kelamin"), (180, "Laki-laki")]]
    assert_covered(rows, [(1, "10-08-1966")])
    assert_visible(rows, [(1, label[0].split()[0]), (2, label[1])])


@pytest.mark.parametrize("row", [
    [(20, "Diagnosa Klinis"), (160, ":"), (180, "Dispepsia (K30)")],
    [(20, "Diagnosa Klinis"), (180, ": Dispepsia (K30)")],
    [(20, "DIAGNOSA KERJA"), (180, "Dispepsia (K30)")],
])
def test_a_diagnosis_in_a_forms_cell_is_covered_and_its_label_is_not(row):
    rows = [[(20, "No. Lab"), (160, ":"), (180, "LAB2510979558")], row]
    assert_covered(rows, [(1, "Dispepsia (K30)")])
    assert_visible(rows, [(1, row[0][1].split()[0])])


@pytest.mark.parametrize("line, name", [
    ("[BANDUNG] Paket telah diterima oleh YOHANES (Yang bersangkutan)", "YOHANES"),
    ("Pesanan tiba di alamat tujuan. diterima oleh RIZKY SETIAWAN WIBOWO", "RIZKY SETIAWAN WIBOWO"),
    ("Paket telah diterima oleh Dimas (Keluarga)", "Dimas"),
])
def test_who_took_a_parcel_is_covered(line, name):
    assert_covered([[(20, "Informasi Pengiriman")], [(20, "J&T Express: JP6190367393")], [(20, line)]], [(2, name)])
    assert_visible([[(20, "Informasi Pengiriman")], [(20, line)]], [(1, "Paket" if "Paket" in line else "Pesanan")])


def test_a_parcel_received_by_an_office_names_no_one():
    assert_visible([[(20, "Surat telah diterima oleh Bagian Umum Sekretariat Daerah")]], [(0, "Bagian Umum")])


@pytest.mark.parametrize("row", ["— Rincian Pesanan", "—Riwayat Transaksi", "- Pengaturan Akun"])
def test_a_heading_after_a_back_arrow_read_as_a_dash_is_no_chosen_name(row):
    assert_visible([[(30, row)], [(30, "Sedang Dikirim")]], [(0, row.lstrip("—- "))])


@pytest.mark.parametrize("row, name", [("—Krisna Mahendra", "Krisna Mahendra"), ("— Ferdi", "Ferdi"),
                                       ("- Bunda Nurul", "Bunda Nurul")])
def test_a_chosen_name_after_a_tilde_read_as_a_dash(row, name):
    assert_covered([[(60, "+62 838-4016-4564")], [(60, row)]], [(1, name)])


def _clipped_table(caption: str, cells: list[str]):
    # A resident table scrolled to the right: its last column cut off at the table's edge, every cell and the
    # header showing only their first letters, all ending at the same edge.
    people = ["HESTI RAHMAN", "TIARA SEMBIRING", "PURNOMO PRATAMA", "NURUL PRATAMA"]
    edge = 520
    return [[(20, "No"), (60, "Nama"), (300, "Jenis Kelamin"), (edge - 10 * len(caption), caption)]] + \
        [[(20, str(k + 1)), (60, people[k]), (300, "PEREMPUAN" if k % 2 else "LAKI-LAKI"), (edge - 10 * len(cell), cell)]
         for k, cell in enumerate(cells)]


@pytest.mark.parametrize("caption, cells", [
    ("Al", ["RT", "RT", "RT", "RT"]),                        # "Alamat" cut after two letters
    ("Alam", ["RT 0", "RT 1", "DUSU", "PERU"]),
    ("Nan", ["FER", "ARE", "SET", "PUF"]),                   # "Nam" of "Nama Ibu", its cut "m" read as "n"
    ("NIK", ["3527", "1216", "7303", "3305"]),
])
def test_a_sensitive_column_clipped_at_a_scrolled_tables_edge_is_covered(caption, cells):
    rows = _clipped_table(caption, cells)
    assert_covered(rows, [(k + 1, cell.strip()) for k, cell in enumerate(cells)])
    assert_visible(rows, [(0, caption), (0, "Jenis Kelamin")])


@pytest.mark.parametrize("caption, cells", [
    ("Ke", ["Ak", "Pi", "Ak", "Mu"]),                        # "Keterangan": Aktif, Pindah, Mutasi
    ("St", ["Ak", "Ak", "Me", "Ak"]),                        # "Status"
    ("Kelas", ["4A", "4B", "5A", "6C"]),                     # a class, no "Kel(urahan)"
    ("Ta", ["20", "20", "19", "20"]),                        # "Tanggal" of an activity, or "Tahun"
    ("Ni", ["85", "90", "78", "88"]),                        # "Nilai", though "NIK" opens so too
])
def test_a_harmless_column_clipped_at_a_scrolled_tables_edge_stays_visible(caption, cells):
    rows = _clipped_table(caption, cells)
    assert_visible(rows, [(k + 1, cell) for k, cell in enumerate(cells)])


@pytest.mark.parametrize("caption", ["TMT", "Tmt. Jabatan", "Tgl"])
def test_dates_of_one_length_under_a_whole_caption_are_no_clipped_column(caption):
    # A spreadsheet's last column of dates, all as wide, under a caption that ends well before them: nothing
    # is cut off there, however much the caption looks like the start of another label ("Tmp/Tgl Lahir").
    dates = ["07/12/1997", "12/11/2013", "03/04/1997", "21/11/2012"]
    rows = [[(20, "No"), (60, "Nama"), (300, "Jabatan"), (460, caption)]] + \
        [[(20, str(k + 1)), (60, name), (300, "Analis"), (460, date)]
         for k, (name, date) in enumerate(zip(["HESTI RAHMAN", "TIARA SEMBIRING", "PURNOMO PRATAMA", "NURUL PRATAMA"], dates))]
    assert_visible(rows, [(k + 1, date) for k, date in enumerate(dates)])


# A district's figures: "Penduduk" heads a count and "Jumlah Desa" a number of villages, so the table is
# about no one and its places and figures stay; a list of residents under the same caption is about people.
_FIGURES_PER_DISTRICT = [
    [(20, "No"), (80, "Kecamatan"), (300, "Jumlah Desa"), (500, "Penduduk"), (680, "Cakupan KTP-el")],
    [(80, "—"), (500, "—")],  # the marks OCR makes of the grid's line under the header
    [(20, "1"), (80, "Prambanan"), (300, "7"), (500, "130.442"), (680, "94,1 %")],
    [(20, "2"), (80, "Mlati"), (300, "12"), (500, "121.664"), (680, "74,8 Yo")],
    [(20, "3"), (80, "Godean"), (300, "9"), (500, "49.343"), (680, "99,0 %")],
]


def test_a_table_of_figures_per_district_stays():
    assert_visible(_FIGURES_PER_DISTRICT, [(2, "Prambanan"), (3, "12"), (3, "121.664"), (4, "49.343")])


def test_a_list_of_residents_headed_penduduk_is_about_people():
    rows = [[(20, "No"), (80, "Penduduk"), (320, "Dusun"), (500, "RT/RW")],
            [(20, "1"), (80, "Sri Wahyuni"), (320, "Krajan"), (500, "003/005")],
            [(20, "2"), (80, "Bambang Irawan"), (320, "Ngasem"), (500, "002/004")]]
    assert_covered(rows, [(1, "Krajan"), (1, "003/005"), (2, "Ngasem")])


def test_a_source_line_under_a_table_hides_no_column_edge():
    # Captions centred over their columns, the values starting well left of them; the source line under
    # the table runs across every column and must not hide the gap before the phones' column.
    rows = [
        [(20, "No"), (190, "Alamat"), (560, "Telepon")],
        [(20, "1"), (100, "Jl. Kenanga 12 Sleman"), (470, "0274 889123")],
        [(20, "2"), (100, "Jl. Melati 4 Bantul"), (470, "0274 771234")],
        [(20, "3"), (100, "Dusun Krajan RT 3"), (470, "0274 665432")],
        [(20, "Sumber: data warga per 30 Juni 2025 dari kantor desa setempat")],
    ]
    assert_covered(rows, [(1, "0274 889123"), (2, "0274 771234"), (3, "0274 665432")])


# Street addresses listed with no column naming an office or a business are homes, whether or not a column
# names who lives there; a list of offices, clinics or schools keeps its addresses.
_HOMES = [("Jl. Kenanga 12 Sleman", "0812 3344 5566"), ("Gg. Melati 4 Bantul", "0857 2211 0099"),
          ("Dusun Krajan RT 3", "0813 7788 1122")]


@pytest.mark.parametrize("caption", ["Alamat", "Alamat Rumah", "Domisili"])
def test_a_list_of_street_addresses_with_no_one_named_is_a_list_of_homes(caption):
    rows = [[(20, "No"), (100, caption), (470, "Telepon")]] + \
        [[(20, str(k + 1)), (100, street), (470, phone)] for k, (street, phone) in enumerate(_HOMES)]
    assert_covered(rows, [(k + 1, street) for k, (street, _) in enumerate(_HOMES)])


@pytest.mark.parametrize("place", ["Nama Puskesmas", "Kantor", "Unit Layanan", "Sekolah"])
def test_a_list_of_offices_keeps_their_addresses(place):
    offices = [("Puskesmas Depok I", "Jl. Kenanga No. 12, Sleman"), ("Puskesmas Mlati II", "Jl. Magelang Km 8"),
               ("Puskesmas Gamping", "Jl. Wates No. 5 Kab. Sleman")]
    rows = [[(20, "No"), (80, place), (320, "Alamat"), (700, "Jam Layanan")]] + \
        [[(20, str(k + 1)), (80, name), (320, street), (700, "08.00 - 14.00")]
         for k, (name, street) in enumerate(offices)]
    assert_visible(rows, [(k + 1, street) for k, (_, street) in enumerate(offices)]
                   + [(k + 1, name) for k, (name, _) in enumerate(offices)])


def test_a_business_classification_beside_a_home_address_names_no_place():
    # A tax profile's fields set as captions over values: "Klasifikasi Lapangan Usaha" classifies the
    # taxpayer's trade and names no business, so the address beside it is the taxpayer's home.
    rows = [[(40, "Klasifikasi Lapangan Usaha"), (700, "Alamat Domisili"), (1360, "NPWP (16 digit)")],
            [(40, "84111 - AKTIVITAS PEMERINTAHAN UMUM"), (700, "PERUM BUMI ASRI BLOK C6 NO. 27, RT 03/RW 11"),
             (1360, "3526060203761094")]]
    assert_covered(rows, [(1, "PERUM BUMI ASRI BLOK C6 NO. 27, RT 03/RW 11"), (1, "3526060203761094")])


@pytest.mark.parametrize("measure", ["Berat Badan", "Tinggi Badan"])
def test_a_body_measure_names_no_place(measure):
    rows = [[(20, "No"), (100, "Alamat"), (470, measure)]] + \
        [[(20, str(k + 1)), (100, street), (470, "52")] for k, (street, _) in enumerate(_HOMES)]
    assert_covered(rows, [(k + 1, street) for k, (street, _) in enumerate(_HOMES)])


def test_a_home_address_column_is_a_home_beside_a_business_name():
    # "Alamat Domisili" says where someone lives, even in a list of micro-businesses.
    rows = [[(20, "No"), (80, "Nama Usaha"), (320, "Alamat Domisili"), (700, "Telepon")]] + \
        [[(20, str(k + 1)), (80, shop), (320, street), (700, phone)]
         for k, (shop, (street, phone)) in enumerate(zip(["Warung Berkah", "Jahit Rapi", "Toko Sinar"], _HOMES))]
    assert_covered(rows, [(k + 1, street) for k, (street, _) in enumerate(_HOMES)])


def test_a_list_of_residents_and_their_offices_still_covers_the_homes():
    # A column about people outweighs one naming an office: the address beside a name is the person's.
    rows = [[(20, "No"), (80, "Nama"), (300, "Unit Kerja"), (520, "Alamat")],
            [(20, "1"), (80, "Sri Wahyuni"), (300, "Dinas Kesehatan"), (520, "Jl. Kenanga 12 Sleman")],
            [(20, "2"), (80, "Bambang Irawan"), (300, "Dinas Sosial"), (520, "Gg. Melati 4 Bantul")]]
    assert_covered(rows, [(1, "Jl. Kenanga 12 Sleman"), (2, "Gg. Melati 4 Bantul")])


def _family_card_fields(street: str) -> list:
    # A family card's header fields in two columns, each colon in a cell of its own and lost by OCR, over
    # the members' table.
    return [
        [(40, "Nomor KK"), (244, "3313150310634129"), (542, "Desa/Kelurahan"), (745, "TAMALANREA")],
        [(40, "Nama Kepala Keluarga"), (244, "YULIANI LUMBANTOBING"), (542, "Kecamatan"), (745, "TAMALANREA")],
        [(40, "Alamat"), (244, street), (542, "Provinsi"), (745, "SULAWESI SELATAN")],
        [(40, "RT/RW"), (244, "010/004"), (542, "Kode Pos"), (745, "48176")],
        [(40, "Daftar Anggota Keluarga")],
        [(40, "No"), (80, "NIK"), (300, "Nama Lengkap"), (540, "Jenis Kelamin")],
        [(40, "1"), (80, "3424042401698397"), (300, "YULIANI LUMBANTOBING"), (540, "PEREMPUAN")],
    ]


@pytest.mark.parametrize("street", ["DUSUN WETAN", "Dusun Kidul", "DESA SUKAMAJU"])
def test_a_family_cards_address_field_is_no_tables_header(street):
    # The row holding the address has no number and its value opens with a place's kind ("DUSUN"), so it
    # read as a table's header row: the hamlet stayed visible and the rows under "Alamat" were covered.
    rows = _family_card_fields(street)
    assert_covered(rows, [(2, street), (3, "010/004"), (6, "YULIANI LUMBANTOBING")])
    assert_visible(rows, [(3, "RT/RW"), (4, "Daftar Anggota Keluarga"), (2, "Provinsi")])


def test_a_table_header_under_a_form_is_still_a_header():
    # Fields side by side above a staff table whose captions do not start at the fields' edges: the
    # captions head their columns.
    rows = [[(40, "NIP"), (200, "198203142006041003"), (520, "Status"), (640, "Aktif")],
            [(40, "No"), (100, "Nama"), (330, "Alamat"), (620, "Telepon")],
            [(40, "1"), (100, "Sri Wahyuni"), (330, "Jl. Kenanga 12 Sleman"), (620, "0812 3344 5566")]]
    assert_covered(rows, [(2, "Sri Wahyuni"), (2, "Jl. Kenanga 12 Sleman"), (2, "0812 3344 5566")])


def test_a_profiles_next_card_under_its_address_column_stays():
    # A profile's cards set as a grid of captions over values: the next card's heading and fields stand
    # under "Alamat" but are no address.
    rows = [[(40, "Alamat"), (400, "NPWP"), (700, "No. BPJS")],
            [(40, "Jl. Cempaka Putih No. 131, RT 4/RW 7"), (400, "66.305.355.4-699.472"), (700, "0597838637462")],
            None,  # the gap between two cards
            [(40, "Data Jabatan")],
            [(40, "Jabatan"), (400, "Unit Organisasi"), (700, "Pangkat/Golongan")],
            [(40, "Pengelola Keuangan"), (400, "Bidang Data dan Informasi"), (700, "Penata Muda / III.a")]]
    assert_covered(rows, [(1, "Jl. Cempaka Putih No. 131, RT 4/RW 7")])
    assert_visible(rows, [(3, "Data Jabatan"), (5, "Pengelola Keuangan"), (4, "Jabatan")])


@pytest.mark.parametrize("start, year", [("02-08-", "1975"), ("17/08/", "1981"), ("12 Agustus", "1990")])
def test_a_birth_date_wrapped_in_its_cell_is_covered_whole(start, year):
    # A narrow "Tanggal Lahir" column wraps the date: its day and month alone on the line over its year.
    rows = [[(60, "Nama"), (400, "Tanggal Lahir"), (560, "Keterangan")],
            [(20, "1."), (60, "Indah Nainggolan"), (400, "13-11-1973"), (560, "Analis")],
            [(400, start)],
            [(20, "2."), (60, "Rofiq Susanti"), (560, "Pengemudi")],
            [(400, year)]]
    assert_covered(rows, [(2, start), (4, year), (1, "13-11-1973")])


def test_a_day_and_month_under_another_header_stays():
    rows = [[(60, "Nama"), (400, "Tanggal"), (560, "Keterangan")],
            [(20, "1."), (60, "Indah Nainggolan"), (400, "02-08-"), (560, "Rapat")],
            [(400, "2025")]]
    assert_visible(rows, [(1, "02-08-")])
