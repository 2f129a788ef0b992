"""End to end with real Tesseract on what a communication team posts and a shop prints for everyone.

A shop's receipt (its street, its consumer service line, its free Wi-Fi login, its item table, its till
program's version) and an agency's public service page (its office address with its website, a menu of
the language, a regency's name, an institution's name holding a field label).  What is public must come
out exactly as drawn; the one personal item written into each (a member's name and mobile number, a
contact person) must be unreadable.
"""
from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.config import Config
from test_screens_e2e import Screen, _redact, assert_covered, assert_unchanged

pytestmark = pytest.mark.usefixtures("tesseract")


def receipt() -> Screen:
    s = Screen(Image.new("RGB", (520, 860), (253, 253, 248)))
    ink, x, y = (30, 30, 30), 24, 20

    def line(key: str, value: str, step: int = 26, left: int = x):
        nonlocal y
        s.text(key, (left, y), value, ink, 17)
        y += step

    line("store", "TOKO SUMBER REJEKI", left=140)
    line("street", "Jl. Tukad Pakerisan No. 42", left=110)
    line("city", "Denpasar - Bali", left=170)
    line("stamp", "11.08.22-18:50/KSR01/0042", 34)
    line("header", "Item Name      Qty  Price   Total")
    line("item1", "INDOMIE GORENG   2  3.100   6.200")
    line("item2", "TEH BOTOL SOSRO  1  4.500   4.500")
    line("item3", "KANZLER SINGLES  1  8.800   8.800", 34)
    line("total", "TOTAL : 19.500")
    line("member_name", "MEMBER : BUDI SANTOSO")
    line("member_phone", "HP MEMBER : 0812-3456-7890", 34)
    line("wifi", "*** FREE LOGIN PAGE ***", left=120)
    line("user", "USER ID : freewifi")
    line("service", "KONSUMEN SMS 0811 1500 280")
    line("thanks", "TERIMA KASIH ATAS KUNJUNGAN ANDA", 30)
    line("version", "POS Kasir Ver. 2.1.0.14", left=130)
    return s


def test_a_shops_receipt_keeps_what_it_prints_for_everyone(tmp_path):
    screen = receipt()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "member_phone")
    assert_unchanged(screen, out, "store", "street", "header", "item1", "item2", "item3", "wifi", "user",
                     "service", "thanks", "version")


def test_a_members_name_on_a_receipt_is_covered(tmp_path):
    screen = receipt()
    out = _redact(screen, tmp_path)
    left, top, right, bottom = screen.boxes["member_name"]
    name_box = (left + 110, top, right, bottom)  # "BUDI SANTOSO" after "MEMBER : "
    screen.boxes["member_value"] = name_box
    assert_covered(screen, out, "member_value")


def service_page() -> Screen:
    s = Screen(Image.new("RGB", (1100, 520), (250, 250, 250)))
    d = ImageDraw.Draw(s.image)
    d.rectangle((0, 0, 240, 520), fill=(7, 55, 99))
    y = 24
    for item in ("Profil", "Visi dan Misi", "Maklumat Pelayanan", "Standar Pelayanan", "Hubungi Kami"):
        s.text(f"menu_{item}", (18, y), item, (255, 255, 255), 16)
        y += 40
    black = (34, 34, 34)
    s.text("title", (270, 24), "Layanan Akta Kelahiran", black, 26, bold=True)
    s.text("region", (270, 70), "Pemerintah Kabupaten Deli Serdang", black, 17)
    s.text("office", (270, 120), "Alamat kantor  Jl. Diponegoro No. 12, Kecamatan Lubuk Pakam", black, 16)
    s.text("site", (270, 150), "Telepon (061) 7951234  Laman disdukcapil.deliserdangkab.go.id", black, 16)
    s.text("builder", (270, 200), "Gedung dibangun oleh Dinas Pekerjaan Umum dan Penataan Ruang", black, 16)
    s.text("hours", (270, 250), "Jam Pelayanan: Senin - Kamis 08.00 - 15.30 WIB", black, 16)
    s.text("contact_label", (270, 300), "Narahubung:", black, 16)
    s.text("contact_name", (392, 300), "Rahmat Hidayat", black, 16)
    s.text("contact_phone", (540, 300), "0812-3456-7890", black, 16)
    return s


def test_a_public_service_page_keeps_its_office_and_menus_and_covers_its_contact_person(tmp_path):
    screen = service_page()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "contact_name", "contact_phone")
    assert_unchanged(screen, out, "menu_Maklumat Pelayanan", "menu_Standar Pelayanan", "title", "region",
                     "office", "site", "builder", "hours")


def transfer_proof() -> Screen:
    """A bank app's transfer proof at a large font scale: the app's name in its top bar, the transfer's
    reference number beside "No. Ref" and its date under it."""
    s = Screen(Image.new("RGB", (720, 900), (17, 17, 17)))
    d = ImageDraw.Draw(s.image)
    d.rectangle((0, 0, 720, 90), fill=(0, 94, 168))
    s.text("app", (30, 26), "Mandiri Mobile", (255, 255, 255), 34, bold=True)
    s.text("done", (220, 120), "Transfer Berhasil", (22, 163, 74), 30, bold=True)
    grey, white, y = (160, 160, 160), (238, 238, 238), 200
    for key, label, value in [("payee", "Penerima", "BUDI SANTOSO"), ("account", "Rekening Tujuan", "1234567890"),
                              ("amount", "Jumlah", "Rp1.250.000"), ("ref", "No. Ref", "24985901318484"),
                              ("date", "Tanggal", "21 Des 2025 15:06")]:
        s.text(f"{key}_label", (30, y), label, grey, 28)
        s.text(key, (690, y), value, white, 28, bold=True, anchor="ra")
        y += 90
    return s


def test_a_transfer_proof_keeps_its_apps_name_its_reference_and_its_date(tmp_path):
    screen = transfer_proof()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "payee", "account")
    assert_unchanged(screen, out, "app", "done", "ref_label", "ref", "date_label", "date", "amount")


def clinic_and_toolbar_page() -> Screen:
    """A health office's referral list: a clinic named with a given name's word, and a toolbar whose two
    buttons OCR may read as one line."""
    s = Screen(Image.new("RGB", (1100, 420), (250, 250, 250)))
    d = ImageDraw.Draw(s.image)
    black = (34, 34, 34)
    s.text("title", (30, 24), "Daftar Fasilitas Kesehatan Rujukan", black, 24, bold=True)
    for key, x, label in [("add", 30, "Tambah"), ("export", 150, "Ekspor Excel")]:
        d.rounded_rectangle((x - 10, 80, x + 12 * len(label) + 14, 116), radius=6, fill=(22, 101, 52))
        s.text(key, (x, 88), label, (255, 255, 255), 17)
    s.text("clinic", (30, 160), "Klinik Pratama Sehat Bersama", black, 18)
    s.text("clinic_street", (30, 190), "Jl. Kaliurang Km 5, Sleman", black, 18)
    s.text("contact_label", (30, 260), "Penanggung jawab:", black, 18)
    s.text("contact", (210, 260), "Rahmat Hidayat", black, 18)
    return s


def test_a_clinic_named_like_a_person_and_a_toolbar_stay_readable(tmp_path):
    screen = clinic_and_toolbar_page()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "contact")
    assert_unchanged(screen, out, "title", "add", "export", "clinic")


def test_no_signature_area_is_made_in_the_blank_space_under_an_account_holder(tmp_path):
    from redactor.pipeline import redact_file

    s = Screen(Image.new("RGB", (900, 520), (255, 255, 255)))
    black = (20, 20, 20)
    s.text("intro", (40, 40), "Mohon transfer biaya pelatihan ke rekening berikut:", black, 20)
    s.text("account_label", (40, 90), "No. Rekening:", black, 20)
    s.text("account", (200, 90), "1234 5678 9012", black, 20)
    s.text("holder", (40, 130), "a.n. Budi Santoso", black, 20)
    s.text("thanks", (40, 400), "Terima kasih.", black, 20)
    src, out = tmp_path / "note.png", tmp_path / "out.png"
    s.image.save(src)
    redact_file(src, out, config=Config())
    covered = np.asarray(Image.open(out).convert("RGB")).astype(np.int16)
    blank = covered[170:390, 20:700]
    assert (blank == 255).all(), "the blank space under 'a.n. Budi Santoso' was covered"
    assert_covered(s, covered, "account")
