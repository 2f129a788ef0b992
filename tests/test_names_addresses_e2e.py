"""End to end with real Tesseract: names and addresses as a phone chat and a transfer proof show them.

A chat whose messages give a delivery address typed in lower case and an account's holder after "a.n."
in capitals, a shop named after its owner that stays visible; a transfer proof that prints each
holder's name in capitals over the account number (the payee's with no label at all); a form whose name OCR reads with a stray colon.
Each test checks the values are unreadable in the written file and the words around them untouched.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PIL import Image, ImageDraw

from conftest import font
from test_screens_e2e import _redact, assert_covered, assert_unchanged  # the same pixel checks as every rendered screen

pytestmark = pytest.mark.usefixtures("tesseract")


@dataclass
class Screen:
    image: Image.Image
    boxes: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)

    def text(self, xy, line: str, fill=(20, 20, 20), size=24, bold=False, **parts: str):
        """Draw `line`; remember the box of each named part of it."""
        draw = ImageDraw.Draw(self.image)
        f = font(size, bold=bold)
        draw.text(xy, line, fill=fill, font=f, anchor="la")
        for key, part in parts.items():
            start = line.index(part)
            left = xy[0] + f.getlength(line[:start])
            top, bottom = f.getbbox(line, anchor="la")[1::2]
            self.boxes[key] = (int(left), xy[1] + top, int(left + f.getlength(part)) + 1, xy[1] + bottom)


def _bubble(screen: Screen, y: int, line: str, mine: bool, **parts: str) -> None:
    width = int(font(24).getlength(line)) + 40
    x = 720 - 30 - width if mine else 30
    ImageDraw.Draw(screen.image).rounded_rectangle((x, y, x + width, y + 64), 10,
                                                   fill=(220, 248, 198) if mine else (255, 255, 255))
    screen.text((x + 20, y + 18), line, **parts)


def test_chat_with_a_typed_address_and_a_holder_in_capitals(tmp_path):
    screen = Screen(Image.new("RGB", (720, 900), (236, 229, 221)))
    ImageDraw.Draw(screen.image).rectangle((0, 0, 720, 110), fill=(7, 94, 84))
    screen.text((90, 22), "Oki Purba", (255, 255, 255), 30, True, contact="Oki Purba")
    screen.text((90, 64), "online", (220, 240, 235), 20, status="online")
    _bubble(screen, 150, "kak paketnya dikirim ke mana?", True, question="dikirim ke mana")
    _bubble(screen, 240, "jl. melati no 12 rt 3 rw 5 kel. sukamaju", False, street="melati no 12 rt 3 rw 5")
    _bubble(screen, 330, "patokannya depan Warung Bu Siti", False, shop="Warung Bu Siti")
    _bubble(screen, 420, "rt 02 rw 04 cibubur, jakarta timur", False, rt_rw="rt 02 rw 04 cibubur")
    _bubble(screen, 510, "nanti transfer ke BCA 1234567890", True, account="1234567890")
    _bubble(screen, 600, "a.n. OKI PURBA ya", False, holder="OKI PURBA")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "contact", "street", "rt_rw", "account", "holder")
    assert_unchanged(screen, out, "status", "question", "shop")


def test_transfer_proof_with_holders_over_their_numbers(tmp_path):
    screen = Screen(Image.new("RGB", (720, 820), "white"))
    grey = (110, 110, 110)
    screen.text((200, 60), "Transfer Berhasil", (0, 110, 60), 34, True, title="Transfer Berhasil")
    screen.text((250, 130), "Rp 150.000", size=40, bold=True)
    screen.text((60, 230), "06 Des 2026  09:41 WIB", grey, 22, label="WIB")
    screen.text((60, 360), "OKI PURBA", size=28, bold=True, payee="OKI PURBA")
    screen.text((60, 404), "Mandiri - 1320012345678", (60, 60, 60), payee_account="1320012345678")
    screen.text((60, 480), "Sumber Dana", grey, 22, source="Sumber Dana")
    screen.text((60, 520), "HANDOKO SETIAWAN", size=28, bold=True, payer="HANDOKO SETIAWAN")
    screen.text((60, 564), "Mandiri - 1370098765432", (60, 60, 60), payer_account="1370098765432")
    screen.text((60, 660), "Berita", grey, 22)
    screen.text((60, 700), "bayar arisan", size=26, note="bayar arisan")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "payee", "payee_account", "payer", "payer_account")
    assert_unchanged(screen, out, "title", "label", "source", "note")


def test_form_name_read_with_a_stray_colon(tmp_path):
    screen = Screen(Image.new("RGB", (900, 330), "white"))
    screen.text((40, 30), "DATA PENERIMA BANTUAN", size=28, bold=True, title="DATA PENERIMA BANTUAN")
    screen.text((40, 100), "Nama")
    screen.text((260, 100), ": HANDOKO: SETIAWAN", name="HANDOKO: SETIAWAN")
    screen.text((40, 150), "Alamat")
    screen.text((260, 150), ": jl. kenanga no 3 rt 1 rw 2", street="kenanga no 3 rt 1 rw 2")
    screen.text((40, 240), "Petugas: Dinas Sosial Kota Medan", size=22, office="Dinas Sosial Kota Medan")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "name", "street")
    assert_unchanged(screen, out, "title", "office")


def test_transfer_proof_with_an_unlabelled_account_under_its_holder(tmp_path):
    screen = Screen(Image.new("RGB", (720, 760), "white"))
    grey = (110, 110, 110)
    ImageDraw.Draw(screen.image).rectangle((0, 0, 720, 90), fill=(0, 82, 160))
    screen.text((40, 26), "m-BCA", (255, 255, 255), 34, True, logo="m-BCA")
    screen.text((200, 130), "Transfer Berhasil", (0, 110, 60), 34, True, title="Transfer Berhasil")
    screen.text((250, 200), "Rp 250.000", size=40, bold=True, amount="Rp 250.000")
    screen.text((60, 320), "SITI RAHMAWATI", size=28, bold=True, holder="SITI RAHMAWATI")
    screen.text((60, 364), "1234 5678 90", (60, 60, 60), account="1234 5678 90")
    screen.text((60, 420), "KC Surabaya Darmo", grey, 22, branch="Surabaya Darmo")
    screen.text((60, 520), "Berita", grey, 22)
    screen.text((60, 560), "Turan Wajib Pegawai", size=26, deduction="Turan Wajib Pegawai")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "holder", "account")
    assert_unchanged(screen, out, "title", "amount", "branch", "deduction")


def test_admin_table_with_logins_holding_given_names(tmp_path):
    screen = Screen(Image.new("RGB", (1000, 260), "white"))
    ImageDraw.Draw(screen.image).rectangle((0, 40, 1000, 80), fill=(240, 242, 245))
    for x, head in ((30, "Nama"), (330, "NIP"), (620, "Username")):
        screen.text((x, 50), head, size=20, bold=True, **{f"head_{head}": head})
    rows = [("Elisa Palastri", "199510292023022183", "operator_elisa"),
            ("Opung Pranowo", "199305312024121224", "opd.pranowo"),
            ("Nova Zulaika", "199104202022041092", "operator_zulaika")]
    for i, (name, nip, login) in enumerate(rows):
        y = 100 + 34 * i
        screen.text((30, y), name, size=20, **{f"name{i}": name})
        screen.text((330, y), nip, size=20, **{f"nip{i}": nip})
        screen.text((620, y), login, size=20, **{f"login{i}": login})
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, *(f"{kind}{i}" for kind in ("name", "nip", "login") for i in range(3)))
    assert_unchanged(screen, out, "head_Username", "head_Nama")


def test_post_naming_the_bank_at_a_lines_end_and_the_account_on_the_next(tmp_path):
    screen = Screen(Image.new("RGB", (1100, 200), "white"))
    screen.text((30, 30), "Kadir Sihotang", size=22, bold=True, author="Kadir Sihotang")
    screen.text((30, 80), "Mohon doa dan bantuannya untuk biaya operasi adik kami. Donasi bisa ke CIMB Niaga",
                size=22, first_line="biaya operasi adik kami")
    screen.text((30, 112), "9718216338801 a.n. Vera Kania Susanti. Terima kasih orang baik", size=22,
                account="9718216338801", holder="Vera Kania Susanti", thanks="Terima kasih orang baik")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "author", "account", "holder")
    assert_unchanged(screen, out, "first_line", "thanks")


def test_chat_telling_a_relatives_illness_and_a_campaign_line(tmp_path):
    screen = Screen(Image.new("RGB", (720, 520), (236, 229, 221)))
    _bubble(screen, 40, "Pak, izin tidak masuk hari ini", False, leave="izin tidak masuk")
    _bubble(screen, 130, "anak saya sakit demam berdarah", False, illness="demam berdarah")
    _bubble(screen, 220, "nama: siti aminah, kelas 4B", False, child="siti aminah")
    _bubble(screen, 310, "Cegah DBD dengan 3M Plus ya Bu", True, campaign="Cegah DBD dengan 3M Plus")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "illness", "child")
    assert_unchanged(screen, out, "leave", "campaign")
