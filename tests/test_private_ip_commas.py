"""A private address OCR read with commas for its dots ("192,168,1,10"), on synthetic OCR words (see
conftest.make_ocr) and end to end with real Tesseract.  A comma also separates thousands and list items:
only four groups that make a private address count, never one of a longer list, never beside a currency."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import make_ocr, uncovered_chars
from redactor.detect import detect
from test_names_addresses_e2e import Screen
from test_screens_e2e import _redact, assert_covered, assert_unchanged


def _uncovered(rows, value: str) -> int:
    layout = make_ocr(rows)
    detection = detect(layout.ocr)
    assert layout.value_boxes(value), f"test bug: {value!r} not in {rows!r}"
    return len(uncovered_chars(layout, detection.findings, value))


@pytest.mark.parametrize("rows, value", [
    (["IP Address: 192,168,1,10"], "192,168,1,10"),
    (["server 10,20,0,15 tidak bisa diakses"], "10,20,0,15"),
    ([[(20, "Gateway"), (300, "172,16,0,1")]], "172,16,0,1"),
    (["proxy di 192,168,100,200:3128"], "192,168,100,200:3128"),   # with its port
])
def test_a_private_address_read_with_commas_is_covered(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["IP 192.168,1,10"], "192.168,1,10"),          # some dots read right, some as commas
    (["IP 192,168,1.10"], "192,168,1.10"),
    (["Host: 192,168,1O,25"], "192,168,1O,25"),    # a zero read as the letter O
])
def test_a_private_address_read_with_commas_and_ocr_noise_is_covered(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Total Rp 10,100,200,250"], "10,100,200,250"),                       # an amount, its currency before it
    ([[(20, "Saldo"), (300, "192,168,100,200 IDR")]], "192,168,100,200"),
    ([[(20, "$"), (60, "172,100,200,250")]], "172,100,200,250"),           # the sign in a cell of its own
    (["Nilai 10,20,30,40,50 per triwulan"], "10,20,30,40,50"),             # a list of five
    (["DNS publik 8,8,8,8"], "8,8,8,8"),                                   # an address on the public web
    (["Skor 192,300,1,10"], "192,300,1,10"),                               # 300 is no group of an address
])
def test_numbers_with_commas_that_are_no_private_address_stay_visible(rows, value):
    assert _uncovered(rows, value) == len(value)


@pytest.mark.usefixtures("tesseract")
def test_a_settings_page_with_an_address_written_with_commas(tmp_path):
    screen = Screen(Image.new("RGB", (900, 420), "white"))
    ImageDraw.Draw(screen.image).rectangle((0, 0, 900, 70), fill=(30, 60, 110))
    screen.text((30, 20), "Pengaturan Jaringan", (255, 255, 255), 28, True, title="Pengaturan Jaringan")
    screen.text((30, 110), "Alamat IP server:  192,168,1,10", size=26, ip="192,168,1,10", label="Alamat IP server")
    screen.text((30, 170), "Gateway:  10,20,0,1", size=26, gateway="10,20,0,1")
    screen.text((30, 250), "Biaya langganan:  Rp 10,100,200,250", size=26, amount="10,100,200,250")
    screen.text((30, 310), "DNS:  8,8,8,8", size=26, dns="8,8,8,8")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "ip", "gateway")
    assert_unchanged(screen, out, "title", "label", "amount", "dns")


@pytest.mark.parametrize("rows, value", [
    (["Alamat IP: 36.80.12.4"], "36.80.12.4"),                  # a network's address is no one's home
    (["Alamat website: www.contoh.go.id"], "www.contoh.go.id"),
    (["Alamat IP server: 192,168,1,10"], "server"),
])
def test_an_ip_or_web_address_after_alamat_is_no_home(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


def test_a_home_address_after_alamat_is_still_covered():
    assert _uncovered(["Alamat: Jl. Melati No. 9, Bandung"], "Jl. Melati No. 9, Bandung") == 0
    assert _uncovered(["Alamat Ipung: Jl. Melati No. 9"], "Jl. Melati No. 9") == 0   # a word that only opens with "ip"
