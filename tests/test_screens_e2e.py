"""End to end with real Tesseract on screens people post, drawn the way apps draw them.

A staff system in a browser window (tab, internal address, bookmarks bar, the signed-in user in a
coloured top bar), a dark mobile group chat (coloured sender names, a password without a label, an
address wrapped in a narrow bubble) and a transfer proof (values right-aligned far from their labels,
the source account under the sender's name).  Each test checks that every value is unreadable in the
written file and that the bars, menus and headings around them are left exactly as drawn.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.config import Config
from redactor.pipeline import redact_file

pytestmark = pytest.mark.usefixtures("tesseract")


@dataclass
class Screen:
    image: Image.Image
    boxes: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)

    def text(self, key: str, xy, value: str, fill, size=14, bold=False, anchor="la"):
        draw = ImageDraw.Draw(self.image)
        f = font(size, bold=bold)
        draw.text(xy, value, fill=fill, font=f, anchor=anchor)
        self.boxes[key] = tuple(int(v) for v in draw.textbbox(xy, value, font=f, anchor=anchor))


def _redact(screen: Screen, tmp_path) -> np.ndarray:
    src = tmp_path / "screen.png"
    screen.image.save(src)
    out = tmp_path / "out.png"
    redact_file(src, out, config=Config(visual=False))
    return np.asarray(Image.open(out).convert("RGB")).astype(np.int16)


def assert_covered(screen: Screen, out: np.ndarray, *keys: str):
    """Each value's glyphs are gone: its box is uniform in the output, or no longer follows the original."""
    original = np.asarray(screen.image.convert("L")).astype(np.float64)
    grey = out[..., 0] * 0.299 + out[..., 1] * 0.587 + out[..., 2] * 0.114
    for key in keys:
        left, top, right, bottom = screen.boxes[key]
        before, after = original[top:bottom, left:right].ravel(), grey[top:bottom, left:right].ravel()
        assert before.std() > 4, f"test bug: no ink for {key}"
        if after.std() < 4:
            continue
        corr = abs(np.corrcoef(before, after)[0, 1])
        assert corr < 0.35, f"{key} still readable (correlation {corr:.2f} with the original)"


def assert_unchanged(screen: Screen, out: np.ndarray, *keys: str):
    original = np.asarray(screen.image.convert("RGB")).astype(np.int16)
    for key in keys:
        left, top, right, bottom = screen.boxes[key]
        assert np.array_equal(out[top:bottom, left:right], original[top:bottom, left:right]), f"{key} was covered"


def staff_system() -> Screen:
    s = Screen(Image.new("RGB", (1280, 560), (243, 244, 246)))
    d = ImageDraw.Draw(s.image)
    d.rectangle((0, 0, 1280, 38), fill=(222, 225, 230))                     # tab strip
    d.rounded_rectangle((8, 6, 300, 44), radius=8, fill=(255, 255, 255))
    s.text("tab", (22, 15), "e-Kinsatu | Kinerja Harian", (34, 34, 34), 13)
    d.rectangle((0, 38, 1280, 84), fill=(255, 255, 255))                    # address bar
    d.rounded_rectangle((90, 45, 1200, 77), radius=16, fill=(241, 243, 244))
    s.text("url", (110, 53), "https://kinerja.contohkab.go.id/harian/index.php?id=2291", (34, 34, 34), 14)
    d.rectangle((0, 84, 1280, 114), fill=(255, 255, 255))                   # bookmarks bar
    d.line((0, 114, 1280, 114), fill=(204, 204, 204))
    x = 16
    for name in ("Intranet", "Webmail", "JDIH", "LPSE", "Berita"):
        s.text(f"bookmark_{name}", (x, 92), name, (51, 51, 51), 13)
        x += 100
    d.rectangle((0, 115, 1280, 167), fill=(15, 118, 110))                  # the app's own top bar
    s.text("app", (18, 131), "e-Kinsatu", (255, 255, 255), 17, bold=True)
    d.ellipse((960, 126, 990, 156), fill=(253, 230, 138))
    s.text("user", (1002, 133), "Ruslan Hutapea", (255, 255, 255), 15)
    d.rounded_rectangle((1160, 127, 1240, 155), radius=5, outline=(200, 230, 226))
    s.text("logout", (1176, 133), "Keluar", (255, 255, 255), 13)
    y = 190
    for item in ("Dashboard", "Kinerja Harian", "Rekap Presensi", "Pengaturan Akun"):
        s.text(f"menu_{item}", (20, y), item, (55, 65, 81), 14)
        y += 36
    s.text("heading", (250, 190), "Kinerja Harian", (17, 24, 39), 20)
    s.text("activity", (250, 240), "Menyusun laporan kegiatan bulanan", (17, 24, 39), 14)
    return s


def test_staff_system_in_a_browser_window(tmp_path):
    screen = staff_system()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "url", "user")
    # the address is covered in its own bar: the bookmarks under it stay as they are
    assert_unchanged(screen, out, "logout", "heading", "activity", "menu_Dashboard", "menu_Rekap Presensi",
                     *[k for k in screen.boxes if k.startswith("bookmark_")])


def group_chat() -> Screen:
    s = Screen(Image.new("RGB", (760, 900), (11, 20, 26)))
    d = ImageDraw.Draw(s.image)
    y = 20

    def bubble(lines: list[tuple[str, str, tuple[int, int, int], bool]], colour=(32, 44, 51), right=False):
        nonlocal y
        height = 18 + 36 * len(lines)
        x0 = 300 if right else 20
        d.rounded_rectangle((x0, y, x0 + 430, y + height), radius=10, fill=colour)
        ty = y + 10
        for key, value, ink, bold in lines:
            s.text(key, (x0 + 14, ty), value, ink, 22, bold=bold)
            ty += 36
        y += height + 16

    text = (233, 237, 239)
    bubble([("sender1", "Theodora Sembiring", (31, 168, 85), True), ("line1", "sandinya Merapi_2024#", text, False)])
    bubble([("sender2", "Yohanes Pardede", (211, 102, 170), True), ("line2a", "kirim ke email", text, False),
            ("email_a", "yohanes.pardede@dinkes.", text, False), ("email_b", "contohkota.go.id", text, False)])
    bubble([("mine", "Siap, terima kasih", text, False)], colour=(0, 92, 75), right=True)
    return s


def test_dark_group_chat_with_coloured_senders_and_an_unlabelled_password(tmp_path):
    screen = group_chat()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "sender1", "sender2")
    line1 = screen.boxes["line1"]
    # "sandinya" is the label; the password after it must be covered
    password_box = (line1[0] + int(font(22).getlength("sandinya ")), line1[1], line1[2], line1[3])
    screen.boxes["password"] = password_box
    assert_covered(screen, out, "password")
    assert_unchanged(screen, out, "mine", "line2a")


def transfer_proof() -> Screen:
    s = Screen(Image.new("RGB", (780, 900), (255, 255, 255)))
    d = ImageDraw.Draw(s.image)
    d.rectangle((0, 0, 780, 70), fill=(0, 96, 175))
    s.text("bank", (24, 22), "BNI Mobile", (255, 255, 255), 24, bold=True)
    s.text("done", (390, 110), "Transfer Berhasil", (27, 27, 27), 22, anchor="ma")
    rows = [("Nama Penerima", "payee", "WULAN PARDEDE"), ("Bank Tujuan", "bank_name", "BANK MANDIRI"),
            ("No. Rekening", "account", "943-150-4558"), ("Nominal", "amount", "Rp6.807.000"),
            ("Sumber Dana", "sender", "DIMAS HARAHAP"), (None, "source", "433-125-0455"),
            ("No. Referensi", "reference", "404873784353"), ("Waktu", "when", "22 Feb 2025 19:57 WIB")]
    y = 180
    for label, key, value in rows:
        if label:
            s.text(f"label_{key}", (30, y), label, (120, 120, 120), 20)
        else:
            y -= 30
        s.text(key, (750, y), value, (27, 27, 27), 20, bold=True, anchor="ra")
        y += 62
    return s


def test_transfer_proof_values_far_from_their_labels(tmp_path):
    screen = transfer_proof()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "payee", "account", "sender", "source")
    assert_unchanged(screen, out, "reference", "amount", "when", "bank_name", "label_reference", "done")


def wrapping_chat() -> Screen:
    """A light phone chat whose narrow bubbles wrap values onto the next line, and @mentions."""
    s = Screen(Image.new("RGB", (760, 760), (239, 234, 226)))
    d = ImageDraw.Draw(s.image)
    ink = (17, 27, 33)
    y = 20

    def bubble(lines: list[tuple[str, str, tuple[int, int, int]]]):
        nonlocal y
        height = 18 + 34 * len(lines)
        d.rounded_rectangle((20, y, 560, y + height), radius=10, fill=(255, 255, 255))
        ty = y + 10
        for key, value, colour in lines:
            s.text(key, (34, ty), value, colour, 21)
            ty += 34
        y += height + 16

    bubble([("transfer", "Transfer ke BSI 5282817005 a.n.", ink), ("payee", "NURUL MAHARANI KURNIAWAN", ink)])
    bubble([("account", "Akun e-Perjadin: ardiansyah44 /", ink), ("password", "Kancil_2020", ink)])
    bubble([("mention", "@628974612465", (2, 126, 181)), ("mention_rest", "tolong dicek laporannya", ink)])
    bubble([("thanks", "Baik, terima kasih semuanya", ink)])
    return s


def test_chat_values_wrapped_onto_the_next_line_and_mentions(tmp_path):
    screen = wrapping_chat()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "payee", "password", "mention")
    assert_unchanged(screen, out, "thanks", "mention_rest")


def staff_table() -> Screen:
    """A staff system's employee table: the signed-in user beside an avatar and a menu caret in a blue
    bar, a name with its NIP under it, and job, status and action columns that must stay readable."""
    s = Screen(Image.new("RGB", (1280, 420), (241, 245, 249)))
    d = ImageDraw.Draw(s.image)
    d.rectangle((0, 0, 1280, 50), fill=(29, 78, 216))
    s.text("app", (18, 15), "SIMPATEN", (255, 255, 255), 17, bold=True)
    s.text("menu_home", (150, 17), "Beranda", (255, 255, 255), 14)
    s.text("menu_help", (240, 17), "Bantuan", (255, 255, 255), 14)
    d.ellipse((1010, 10, 1040, 40), fill=(249, 168, 212))
    s.text("user", (1050, 16), "Agnes Pangaribuan", (255, 255, 255), 15)
    s.text("caret", (1210, 14), "\u25be", (255, 255, 255), 15)
    d.rectangle((20, 70, 1260, 400), fill=(255, 255, 255))
    for key, x, label in (("h_no", 30, "No"), ("h_name", 80, "Nama / NIP"), ("h_job", 420, "Jabatan"),
                          ("h_contact", 720, "Kontak"), ("h_status", 1000, "Status"), ("h_action", 1160, "Aksi")):
        s.text(key, (x, 84), label, (15, 23, 42), 15, bold=True)
    rows = [("Nuraini Wibowo", "199003182016102007", "Pengadministrasi Umum", "+62 894-6489-314", "Cuti"),
            ("Oki Firmansyah", "199302162007112009", "Penata Laporan Keuangan", "0813-7939-768", "Tugas Belajar")]
    y = 124
    for k, (name, nip, job, phone, status) in enumerate(rows):
        s.text(f"no{k}", (30, y), str(k + 1), (15, 23, 42), 15)
        s.text(f"name{k}", (80, y), name, (15, 23, 42), 15)
        s.text(f"nip{k}", (80, y + 22), "NIP " + nip, (120, 120, 120), 12)
        s.text(f"job{k}", (420, y), job, (15, 23, 42), 15)
        s.text(f"phone{k}", (720, y), phone, (15, 23, 42), 15)
        s.text(f"status{k}", (1000, y), status, (15, 23, 42), 15)
        d.rounded_rectangle((1156, y - 3, 1216, y + 20), radius=4, fill=(37, 99, 235))
        s.text(f"action{k}", (1162, y), "Detail", (255, 255, 255), 14)
        y += 64
    return s


def test_staff_table_with_the_signed_in_user_and_its_job_and_status_columns(tmp_path):
    screen = staff_table()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "user", "name0", "name1", "phone0", "phone1")
    assert_unchanged(screen, out, "job0", "job1", "status0", "status1", "action0", "menu_home", "menu_help",
                     "h_job", "h_status")


def english_account_form() -> Screen:
    """An English account page: a menu down the left, and a form in two columns, each label over its
    value in a box (SSN, US and UK phones, a US address, an IBAN, an employee ID)."""
    s = Screen(Image.new("RGB", (1100, 600), (246, 247, 249)))
    d = ImageDraw.Draw(s.image)
    muted, ink = (102, 112, 133), (31, 35, 40)
    for k, item in enumerate(("Overview", "Personal information", "Benefits", "Documents", "Security")):
        s.text(f"menu_{item}", (24, 40 + 34 * k), item, ink, 15)
    d.rounded_rectangle((250, 20, 1080, 580), radius=10, fill=(255, 255, 255), outline=(220, 220, 220))
    s.text("heading", (276, 36), "Personal information", ink, 20, bold=True)
    fields = [("Full name", "name", "Hannah Schneider"), ("Date of birth", "dob", "04/20/1968"),
              ("Social Security Number", "ssn", "604-60-3569"), ("Email address", "email", "hschneider@outlook.com"),
              ("Mobile phone", "mobile", "(415) 605-1406"), ("Work phone", "work", "+44 20 7059 9734"),
              ("Street address", "street", "3018 Elm Court"), ("City, State, ZIP", "city", "Raleigh, NC 27601"),
              ("Bank account (IBAN)", "iban", "GB84 MIDL 7902 6811 3099 46"), ("Employee ID", "empid", "EMP-457001")]
    for k, (label, key, value) in enumerate(fields):
        x, y = 276 + 400 * (k % 2), 84 + 84 * (k // 2)
        s.text(f"label_{key}", (x, y), label, muted, 14)
        d.rounded_rectangle((x, y + 22, x + 370, y + 58), radius=6, outline=(200, 200, 200))
        s.text(key, (x + 10, y + 31), value, ink, 16)
    d.rounded_rectangle((276, 520, 410, 556), radius=6, fill=(37, 99, 235))
    s.text("save", (290, 529), "Save changes", (255, 255, 255), 15)
    return s


def test_english_account_form_laid_out_in_a_grid(tmp_path):
    screen = english_account_form()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "name", "dob", "ssn", "email", "mobile", "work", "street", "city", "iban", "empid")
    assert_unchanged(screen, out, "menu_Benefits", "menu_Documents", "menu_Security", "heading", "save",
                     "label_iban", "label_empid", "label_street")
    # The labels under "Email address" in its column: "address" there names no home.
    assert_unchanged(screen, out, "label_work", "label_city")


def desktop_chat_list() -> Screen:
    """A desktop chat list: contacts with the time beside them, and in groups the sender before the last
    message; a message with a phone number and the time it was sent."""
    s = Screen(Image.new("RGB", (900, 520), (255, 255, 255)))
    d = ImageDraw.Draw(s.image)
    muted, ink = (102, 119, 129), (17, 27, 33)
    chats = [("group1", "Grup Bidang Umum", "sender1", "Teguh", ": Besok jam 8 ya", "12:57"),
             ("contact1", "Purnomo Pangaribuan", None, None, "Terima kasih banyak", "11:02"),
             ("group2", "Info Dinas", "sender2", "Marlina", ": sudah saya kirim", "10:08")]
    for k, (key, title, skey, sender, preview, time) in enumerate(chats):
        y = 20 + 80 * k
        d.ellipse((16, y, 62, y + 46), fill=(136, 170, 170))
        s.text(key, (80, y + 2), title, ink, 17)
        s.text(f"time{k}", (380, y + 4), time, muted, 13)
        if sender:
            s.text(skey, (80, y + 28), sender, muted, 15)
            x = s.boxes[skey][2]
            s.text(f"preview{k}", (x, y + 28), preview, muted, 15)
        else:
            s.text(f"preview{k}", (80, y + 28), preview, muted, 15)
    d.rounded_rectangle((80, 300, 620, 340), radius=8, fill=(217, 253, 211))
    s.text("msg", (92, 311), "Nomor saya yang baru", ink, 16)
    s.text("phone", (s.boxes["msg"][2] + 6, 311), "+62 875-4120-2970", ink, 16)
    s.text("sent", (s.boxes["phone"][2] + 14, 314), "16:52", muted, 12)
    return s


def test_desktop_chat_list_senders_and_a_number_before_its_time(tmp_path):
    screen = desktop_chat_list()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "contact1", "sender1", "sender2", "phone")
    assert_unchanged(screen, out, "group1", "group2", "time0", "time2", "sent")


def dark_team_chat() -> Screen:
    """A team chat in a dark theme: each message under its sender and the time it was sent, one of them
    calling a colleague by handle."""
    s = Screen(Image.new("RGB", (900, 330), (27, 29, 33)))
    muted, ink, bold = (160, 164, 170), (209, 210, 211), (230, 230, 230)
    messages = [("Casey Park", "09:14 AM", [("line1", "Hey team, the review is moved to Friday."),
                                            ("handle_line", "cc @drew please")]),
                ("Drew Hoffman", "09:22 AM", [("line2", "Got it Casey! I'll update the directory.")])]
    y = 20
    for k, (sender, time, lines) in enumerate(messages):
        s.text(f"sender{k}", (30, y), sender, bold, 16, bold=True)
        s.text(f"time{k}", (s.boxes[f"sender{k}"][2] + 12, y + 2), time, muted, 13)
        y += 30
        for key, text in lines:
            s.text(key, (30, y), text, ink, 16)
            y += 28
        y += 24
    x = s.boxes["handle_line"][0] + int(font(16).getlength("cc "))
    s.boxes["handle"] = (x, s.boxes["handle_line"][1], x + int(font(16).getlength("@drew")), s.boxes["handle_line"][3])
    return s


def test_a_handle_in_a_team_chat_is_covered_and_the_chat_stays_readable(tmp_path):
    screen = dark_team_chat()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "handle", "sender0", "sender1")
    assert_unchanged(screen, out, "line1", "line2", "time0", "time1")


def test_a_public_account_in_a_social_post_stays_readable(tmp_path):
    s = Screen(Image.new("RGB", (700, 200), (255, 255, 255)))
    ink, muted = (20, 20, 20), (101, 103, 107)
    s.text("title", (20, 20), "BKN Official", ink, 17, bold=True)
    s.text("post", (20, 56), "Info seleksi CASN 2025, pantau terus", ink, 16)
    s.text("follow", (20, 90), "Follow @bkn_ri", ink, 16)
    s.text("like", (20, 150), "Suka", muted, 15)
    s.text("comment", (200, 150), "Komentar", muted, 15)
    out = _redact(s, tmp_path)
    assert_unchanged(s, out, "follow", "post", "like", "comment")


def test_an_account_number_and_an_address_wrapped_before_their_end_are_covered_on_both_lines(tmp_path):
    """A narrow bubble wraps an account number after its second group and an e-mail address before its
    '@': both lines of each are covered, the amount and the sentence around them stay readable."""
    s = Screen(Image.new("RGB", (700, 420), (255, 255, 255)))
    ink = (20, 20, 20)
    lines = [("intro", "Mohon transfer ke"), ("account_line", "No. Rekening: 1234 5678"),
             ("account_rest", "9012 3456"), ("amount", "Rp 150.000 hari ini"), ("send", "Kirim berkas ke"),
             ("local_start", "siti.rahmawati.pertiwi."), ("address", "kusuma@kemenkeu.go.id"),
             ("deadline", "paling lambat Jumat")]
    for i, (key, text) in enumerate(lines):
        s.text(key, (20, 20 + 48 * i), text, ink, 30)
    x = s.boxes["account_line"][0] + int(font(30).getlength("No. Rekening: "))
    s.boxes["account_start"] = (x,) + s.boxes["account_line"][1:]
    out = _redact(s, tmp_path)
    assert_covered(s, out, "account_start", "account_rest", "local_start", "address")
    assert_unchanged(s, out, "intro", "amount", "send", "deadline")


def test_an_email_a_phone_screen_broke_inside_its_domain_is_covered_on_both_lines(tmp_path):
    """A phone's detail page sets each value in large bold type under a small grey label; an address too
    long for the screen breaks where it reaches the edge, inside its domain, with no hyphen.  Both lines are
    covered; the labels and the next field's label stay."""
    s = Screen(Image.new("RGB", (760, 330), (255, 255, 255)))
    grey, ink = (107, 114, 128), (17, 24, 39)
    s.text("label", (40, 30), "Email", grey, 26)
    s.text("first", (40, 72), "umar.simanjuntak@bkpsdm.co", ink, 36, bold=True)
    s.text("rest", (40, 120), "ntohkab.go.id", ink, 36, bold=True)
    s.text("next", (40, 200), "Diverifikasi oleh", grey, 26)
    out = _redact(s, tmp_path)
    assert_covered(s, out, "first", "rest")
    assert_unchanged(s, out, "label", "next")


def form_answers(dark: bool) -> Screen:
    """An online form's individual response: each question over its answer, the answer on a dotted line."""
    bg, card, ink, dots = ((31, 31, 31), (45, 46, 48), (227, 227, 227), (154, 160, 166)) if dark \
        else ((240, 235, 248), (255, 255, 255), (32, 33, 36), (95, 99, 104))
    s = Screen(Image.new("RGB", (900, 420), bg))
    d = ImageDraw.Draw(s.image)
    y = 20
    for key, question, answer in (("name", "Nama Lengkap *", "Marlina Pangaribuan Simanjuntak"),
                                  ("nik", "NIK (16 digit) *", "3207075009930164"),
                                  ("phone", "Nomor WhatsApp *", "0896 1715 4471")):
        d.rounded_rectangle((20, y, 860, y + 116), radius=8, fill=card)
        s.text(f"q_{key}", (44, y + 18), question, ink, 17)
        s.text(key, (44, y + 56), answer, ink, 16)
        for x in range(44, 620, 2):                         # the answer's dotted line, one dot in two
            d.point((x, y + 86), fill=dots)
        y += 132
    return s


@pytest.mark.parametrize("dark", [False, True])
def test_a_forms_answers_over_dotted_lines_are_read(dark, tmp_path):
    screen = form_answers(dark)
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "name", "nik", "phone")
    assert_unchanged(screen, out, "q_name", "q_nik")


def appraisal_top_bar(second: str, ink: tuple[int, int, int]) -> Screen:
    """A performance system's top bar: its name in bold with the title's other word in a second colour, the
    menu in a smaller type a margin away, the signed-in user on the right; a page of the form below."""
    s = Screen(Image.new("RGB", (1280, 520), (238, 241, 245)))
    d = ImageDraw.Draw(s.image)
    d.rectangle((0, 0, 1280, 58), fill=(255, 255, 255))
    s.text("name", (22, 17), "SIMPEG" if second == "Kinerja" else "e-Kinerja", (30, 58, 138), 20, bold=True)
    s.text("second", (s.boxes["name"][2] + 8, 17), second, ink, 20, bold=True)
    x = s.boxes["second"][2] + 28
    for item in ("Dashboard", "SKP", "Evaluasi"):
        s.text(f"menu_{item}", (x, 22), item, (55, 65, 81), 14)
        x = s.boxes[f"menu_{item}"][2] + 22
    s.text("user", (1040, 12), "Ratna Simanjuntak", (17, 24, 39), 14)
    s.text("user_nip", (1040, 32), "198703152010122003", (107, 114, 128), 12)
    s.text("heading", (24, 90), "Evaluasi Kinerja Pegawai", (17, 24, 39), 18)
    y = 140
    for label in ("Periode Penilaian", "Rating Hasil Kerja", "Rating Perilaku Kerja", "Catatan Pejabat Penilai"):
        s.text(f"label_{label}", (24, y), label, (75, 85, 99), 14)
        y += 40
    return s


@pytest.mark.parametrize("second, ink", [("Kinerja", (22, 163, 74)), ("BKN", (220, 38, 38))])
def test_a_systems_title_in_two_colours_is_covered_and_its_menu_is_not(second, ink, tmp_path):
    screen = appraisal_top_bar(second, ink)
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "name", "second", "user", "user_nip")
    assert_unchanged(screen, out, "menu_Dashboard", "menu_SKP", "menu_Evaluasi", "heading",
                     "label_Rating Hasil Kerja")


def clipped_resident_table() -> Screen:
    """A village system's resident table scrolled to the right inside its box: the address column is cut off
    at the box's edge, so its header shows "Al" and every cell its first two letters."""
    s = Screen(Image.new("RGB", (1000, 330), (236, 240, 245)))
    d = ImageDraw.Draw(s.image)
    ink, edge = (51, 51, 51), 960
    d.rectangle((20, 20, 980, 310), fill=(255, 255, 255))
    s.text("title", (30, 30), "Data Penduduk", ink, 18)
    columns = [(34, "No"), (80, "NIK"), (260, "Nama"), (520, "Jenis Kelamin"), (690, "Pekerjaan"), (942, "Alamat")]
    rows = [("1", "3527031502907574", "HESTI RAHMAN", "PEREMPUAN", "PETANI/PEKEBUN", "RT 009 / RW 006 DUSUN KIDUL"),
            ("2", "3526041202807319", "TIARA SEMBIRING", "PEREMPUAN", "WIRASWASTA", "RT 002 / RW 003 DUSUN WETAN"),
            ("3", "3305116705715564", "PURNOMO PRATAMA", "LAKI-LAKI", "PEDAGANG", "RT 004 / RW 005 DUSUN KRAJAN"),
            ("4", "1216152604630350", "NURUL PRATAMA", "PEREMPUAN", "KARYAWAN SWASTA", "RT 004 / RW 004 DUSUN NGASEM")]
    for x, caption in columns:
        s.text(f"h_{caption}", (x, 72), caption, ink, 16, bold=True)
    for k, row in enumerate(rows):
        for (x, _), value in zip(columns, row):
            s.text(f"{x}_{k}", (x, 110 + 42 * k), value, ink, 16)
    d.rectangle((edge, 60, 980, 300), fill=(255, 255, 255))      # the box clips what lies past its edge
    d.rectangle((981, 0, 1000, 330), fill=(236, 240, 245))
    for key in list(s.boxes):
        left, top, right, bottom = s.boxes[key]
        s.boxes[key] = (left, top, min(right, edge), bottom)
    return s


def test_an_address_column_clipped_at_a_scrolled_tables_edge_is_covered(tmp_path):
    screen = clipped_resident_table()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, *(f"942_{k}" for k in range(4)), *(f"80_{k}" for k in range(4)))
    assert_unchanged(screen, out, "title", "h_Jenis Kelamin", "h_Pekerjaan", "h_Alamat", "h_Nama")


def travel_order_followers() -> Screen:
    """An official travel order open in a PDF viewer: the file is named after the traveller, and the table of
    the people travelling along has a birth date caption wrapped over two lines ("Tanggal" / "Lahir") with the
    other captions centred beside it, names wrapped in their narrow cell and the row's other cells centred on
    the name's two lines."""
    s = Screen(Image.new("RGB", (900, 330), (255, 255, 255)))
    d = ImageDraw.Draw(s.image)
    ink = (17, 17, 17)
    d.rectangle((0, 0, 900, 40), fill=(50, 54, 57))
    s.text("bar_kind", (20, 12), "SPPD_", (241, 241, 241), 14)
    s.text("file_name", (20 + int(font(14).getlength("SPPD_")), 12), "Joko_Gunadi", (241, 241, 241), 14)
    s.text("bar_ext", (20 + int(font(14).getlength("SPPD_Joko_Gunadi")), 12), ".pdf", (241, 241, 241), 14)
    s.text("bar_page", (420, 12), "1 / 2", (241, 241, 241), 14)
    s.text("label", (20, 80), "Pengikut: Nama", ink, 15)
    s.text("h_nama", (300, 90), "Nama", ink, 15)
    s.text("h_tanggal", (520, 80), "Tanggal", ink, 15)
    s.text("h_lahir", (520, 100), "Lahir", ink, 15)
    s.text("h_ket", (660, 90), "Keterangan", ink, 15)
    for k, (first, second, born, job, job2) in enumerate([("Maria Hidayat", "Kusuma", "01-10-1972", "Pranata", "Komputer"),
                                                         ("Puspa Wardhana", "Ginting", "09-04-1969", "Staf", "")]):
        y = 140 + 64 * k
        s.text(f"no_{k}", (272, y + 10), f"{k + 1}.", ink, 15)
        s.text(f"name_{k}", (300, y), first, ink, 15)
        s.text(f"name2_{k}", (300, y + 20), second, ink, 15)
        s.text(f"born_{k}", (520, y + 10), born, ink, 15)
        s.text(f"job_{k}", (660, y if job2 else y + 10), job, ink, 15)
        if job2:
            s.text(f"job2_{k}", (660, y + 20), job2, ink, 15)
    return s


def test_a_travel_orders_followers_under_a_caption_wrapped_over_two_lines(tmp_path):
    screen = travel_order_followers()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "file_name", "name_0", "name2_0", "born_0", "name_1", "name2_1", "born_1")
    assert_unchanged(screen, out, "bar_page", "label", "h_nama", "h_tanggal", "h_lahir", "h_ket", "job_0",
                     "job2_0", "job_1")


def clinic_queue() -> Screen:
    """A health centre's registration queue in its web system: the birth date's caption wraps under its slash
    ("Tgl. Lahir /" over "Umur") with the other captions centred beside it, and every row's two-line cells
    (the date over the age, the payer over the card's number) start higher than its one-line cells."""
    s = Screen(Image.new("RGB", (1300, 300), (255, 255, 255)))
    ink, muted = (33, 37, 41), (108, 117, 125)
    s.text("h_tgl", (600, 20), "Tgl. Lahir /", ink, 13, bold=True)
    for x, caption in [(20, "Antrian"), (110, "No. RM"), (220, "Nama Pasien"), (560, "JK"), (760, "Alamat"),
                       (960, "Poli"), (1080, "Penjamin"), (1200, "Status")]:
        s.text(f"h_{caption}", (x, 30), caption, ink, 13, bold=True)
    s.text("h_umur", (600, 40), "Umur", ink, 13, bold=True)
    for k, (rm, name, born, age, addr, card) in enumerate([
            ("06.11.39", "HANDOKO MAHARANI", "03-08-1962", "63 th", "Dusun Krajan RT 07/01", "0006120337732"),
            ("02.53.04", "FAJAR TANJUNG RAMADHAN", "19-12-2006", "19 th", "Jl. Melati No. 88", "0007564380143"),
            ("04.75.39", "MARLINA SIREGAR", "24-05-1988", "37 th", "Dsn. Kidul RT 04", "0007110925239")]):
        y = 80 + 62 * k
        s.text(f"born_{k}", (600, y), born, ink, 15)
        s.text(f"age_{k}", (600, y + 22), age, muted, 12)
        s.text(f"payer_{k}", (1080, y), "BPJS", ink, 15)
        s.text(f"card_{k}", (1080, y + 22), card, muted, 12)
        s.text(f"poli_{k}", (960, y + 10), "Poli Umum" if k != 1 else "Poli Gigi", ink, 15)
        s.text(f"no_{k}", (20, y + 10), f"U-00{k + 1}", ink, 15)
        s.text(f"rm_{k}", (110, y + 10), rm, ink, 15)
        s.text(f"name_{k}", (220, y + 10), name, ink, 15)
        s.text(f"addr_{k}", (760, y + 10), addr, ink, 15)
        s.text(f"status_{k}", (1200, y + 10), "Menunggu", ink, 13)
    return s


def test_a_clinic_queue_under_a_caption_wrapped_at_its_slash(tmp_path):
    screen = clinic_queue()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, *(f"{key}_{k}" for key in ("born", "name", "card", "addr") for k in range(3)))
    assert_unchanged(screen, out, "h_tgl", "h_umur", "h_Nama Pasien", "h_Penjamin", "h_Status",
                     *(f"{key}_{k}" for key in ("payer", "poli", "status", "no") for k in range(3)))


def mail_and_sheet() -> Screen:
    """A web mail's open message (the sender, "kepada saya, Rizky", an attachment named after its owner) over
    a spreadsheet of registrations whose name column has no caption OCR can read: a long name wraps in its
    narrow cell, the row's other cells stand beside its last line, and a name in capitals sits right
    before the registrant's NIK."""
    s = Screen(Image.new("RGB", (1200, 420), (255, 255, 255)))
    ink, muted = (31, 31, 31), (95, 99, 104)
    s.text("sender", (40, 20), "Lestari Rahayu", ink, 15, bold=True)
    s.text("sender_mail", (180, 21), "<lestari78@contohkab.go.id>", muted, 13)
    s.text("to_me", (40, 44), "kepada saya,", muted, 13)
    s.text("recipient", (40 + int(font(13).getlength("kepada saya, ")), 44), "Rizky", muted, 13)
    s.text("greeting", (40, 80), "Yth. Bapak/Ibu, berikut rekap pendaftaran peserta.", ink, 15)
    for x, caption in [(20, "No"), (70, "Email"), (620, "NIK"), (820, "Instansi")]:
        s.text(f"h_{caption}", (x, 130), caption, ink, 14, bold=True)
    rows = [("1", "oki86@gmail.com", ("Oki Hasibuan", "Hidayat"), "3520130804826639", "Puskesmas Jetis"),
            ("2", "hnugroho@gmail.com", ("Handoko Rahman", "Nugroho, M.M."), "7326054710945224", "Dinas Kesehatan")]
    for k, (no, mail, (first, second), nik, office) in enumerate(rows):
        y = 170 + 60 * k
        s.text(f"name_{k}", (330, y), first, ink, 14)
        s.text(f"name2_{k}", (330, y + 20), second, ink, 14)
        s.text(f"no_{k}", (20, y + 20), no, ink, 14)
        s.text(f"mail_{k}", (70, y + 20), mail, ink, 14)
        s.text(f"nik_{k}", (620, y + 20), nik, ink, 14)
        s.text(f"office_{k}", (820, y + 20), office, ink, 14)
    return s


def test_a_mails_recipient_and_names_wrapped_in_a_spreadsheets_cell(tmp_path):
    screen = mail_and_sheet()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "sender", "sender_mail", "recipient", "name_0", "name2_0", "name_1", "name2_1",
                   "nik_0", "nik_1", "mail_0", "mail_1")
    assert_unchanged(screen, out, "to_me", "greeting", "h_Email", "h_NIK", "h_Instansi", "office_0", "office_1")
