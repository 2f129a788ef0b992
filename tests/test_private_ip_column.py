"""A table's column of private addresses read in small type: some dots lost, or read as commas or as a
space after a comma ("19216821148", "172.25.238251", "10.245, 78.66").  Such a number is an address only
among addresses: the text over or under it holds one too, one of the two with a dot of it read.  Account
numbers, postal codes, amounts and dates in a column stay visible.  On synthetic OCR words (see
conftest.make_ocr) and end to end with real Tesseract."""
from __future__ import annotations

import pytest
from PIL import Image

from conftest import make_ocr, uncovered_chars
from redactor.detect import detect
from test_names_addresses_e2e import Screen
from test_screens_e2e import _redact, assert_covered, assert_unchanged


def _uncovered(rows, value: str) -> int:
    layout = make_ocr(rows)
    detection = detect(layout.ocr)
    assert layout.value_boxes(value), f"test bug: {value!r} not in {rows!r}"
    return len(uncovered_chars(layout, detection.findings, value))


def _login_table(ips: list[str]) -> list:
    names = ["Budi Santoso", "Siti Rahayu", "Agus Wibowo", "Dewi Lestari", "Rina Marlina"]
    rows: list = [[(20, "Nama"), (260, "Login Terakhir"), (460, "IP")]]
    for name, ip in zip(names, ips):
        rows.append([(20, name), (260, "2025-10-18 17:00"), (460, ip)])
    return rows


@pytest.mark.parametrize("ips, value", [
    (["10.146.101.122", "19216821148", "192.168.6.144"], "19216821148"),     # every dot lost
    (["172.25.238251", "1921682168", "10.27.39.32"], "172.25.238251"),       # the last dot lost
    (["172.25.238251", "1921682168", "10.27.39.32"], "1921682168"),          # its column-mate kept a dot
    (["10.245, 78.66", "10.27.39.32", "10.14.6213"], "10.245, 78.66"),       # a comma and a space for a dot
    (["10.27.39.32", "172.227.119", "10.14.6213"], "172.227.119"),           # an amount's shape, among addresses
    (["10.27.39.32", "1O.14.62l3", "10.14.6213"], "1O.14.62l3"),             # a zero read O, a one read l
    (["172205222", "1921682168", "101a6101.122", "1921686.144"], "172205222"),  # an unreadable cell between
])
def test_an_address_read_without_its_dots_in_a_column_of_addresses_is_covered(ips, value):
    assert _uncovered(_login_table(ips), value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Nomor tiket 19216821148"], "19216821148"),                        # a number alone
    (["1022016258", "1098765432", "1045678912"], "1098765432"),          # account numbers: no dots
    (["10110", "10120", "10130"], "10120"),                              # postal codes
    (["10.250.000", "10.250.500", "17.200.000"], "10.250.500"),          # amounts
    (["10.11.2024", "10.12.2024", "10.01.2025"], "10.12.2024"),          # dates
    (["8.8.8.8", "1.1.1.1"], "1.1.1.1"),                                 # addresses on the public web
    (["Versi 10.2.31", "Versi 10.2.4"], "10.2.4"),                       # versions under each other
])
def test_numbers_in_a_column_that_are_no_private_address_stay_visible(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


@pytest.mark.usefixtures("tesseract")
def test_a_login_table_whose_addresses_lost_their_dots(tmp_path):
    screen = Screen(Image.new("RGB", (1000, 330), "white"))
    screen.text((30, 30), "Nama", size=24, bold=True, head_name="Nama")
    for i, name in enumerate(["Budi Santoso", "Siti Rahayu", "Agus Wibowo"]):
        screen.text((30, 100 + 70 * i), name, size=24)
    screen.text((420, 30), "Login Terakhir", size=24, bold=True, head_login="Login Terakhir")
    screen.text((720, 30), "IP", size=24, bold=True, head_ip="IP")
    rows = [("2025-10-18 17:00", "10.146.101.122"), ("2025-10-19 08:12", "19216821148"),
            ("2025-10-20 09:40", "192.168.6.144")]
    for i, (when, ip) in enumerate(rows):
        y = 100 + 70 * i
        screen.text((420, y), when, size=24, **{f"when{i}": when})
        screen.text((720, y), ip, size=24, **{f"ip{i}": ip})
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "ip0", "ip1", "ip2")
    assert_unchanged(screen, out, "head_ip", "when0", "when1", "when2")
