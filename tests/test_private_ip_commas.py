"""A private address OCR read with commas for its dots ("192,168,1,10"), on synthetic OCR words (see
conftest.make_ocr) and end to end with real Tesseract.  A comma also separates thousands and list items:
only four groups that make a private address count, never one of a longer list, never beside a currency."""
from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw

from conftest import make_ocr, uncovered_chars
from redactor.detect import detect
from redactor.load import load_bytes
from redactor.pipeline import analyse
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


def _categories(rows) -> set[str]:
    return {f.category for f in detect(make_ocr(rows).ocr).findings}


@pytest.mark.parametrize("rows", [
    ["IP Address: 192.168.1.10"],                     # English word order: the kind before "Address"
    ["IP address 10.12.0.5"],
    ["IP Address: 192,168,1,10"],                     # its dots read as commas
    [[(20, "IP Address"), (300, "172.16.0.1")]],      # label and value in cells of their own
])
def test_an_ip_address_label_in_english_word_order_names_no_home(rows):
    assert _categories(rows) == {"internal_url"}


@pytest.mark.parametrize("rows, value", [
    (["IP Address: 36.80.12.4"], "36.80.12.4"),      # a public address: no one's home either
    (["MAC Address: 00:1A:2B:3C:4D:5E"], "00:1A:2B:3C:4D:5E"),
])
def test_a_network_address_before_address_is_no_home(rows, value):
    assert _uncovered(rows, value) == len(value)


def test_a_home_address_in_english_is_still_covered():
    assert _uncovered(["Home Address: Jl. Melati No. 9, Bandung"], "Jl. Melati No. 9, Bandung") == 0
    assert _uncovered(["Address: Jl. Melati No. 9"], "Jl. Melati No. 9") == 0
    assert _uncovered(["Shipping Address: Jl. Melati No. 9"], "Jl. Melati No. 9") == 0
    assert _uncovered(["Zip Address: Jl. Melati No. 9"], "Jl. Melati No. 9") == 0   # no network word before it


@pytest.mark.usefixtures("tesseract")
def test_a_router_page_reports_its_ip_address_as_an_internal_address():
    screen = Screen(Image.new("RGB", (900, 300), "white"))
    screen.text((30, 40), "Router Status", size=30, bold=True)
    screen.text((30, 110), "IP Address:  192.168.1.10", size=26, ip="192.168.1.10", label="IP Address")
    screen.text((30, 170), "Address:  Jl. Melati No. 9, Bandung", size=26, home="Jl. Melati No. 9")
    buffer = io.BytesIO()
    screen.image.save(buffer, "PNG")
    analysis = analyse(load_bytes(buffer.getvalue(), "router.png"))
    by_category: dict[str, list[str]] = {}
    for f in analysis.findings:
        by_category.setdefault(f.category, []).append(f.preview)
    assert "internal_url" in by_category
    assert len(by_category.get("address", [])) == 1, by_category   # the home's line only
