"""End to end with real Tesseract on what a communication team posts and a shop prints for everyone.

A shop's receipt (its street, its consumer service line, its free Wi-Fi login, its item table, its till
program's version) and an agency's public service page (its office address with its website, a menu of
the language, a regency's name, an institution's name holding a field label).  What is public must come
out exactly as drawn; the one personal item written into each (a member's name and mobile number, a
contact person) must be unreadable.
"""
from __future__ import annotations

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
