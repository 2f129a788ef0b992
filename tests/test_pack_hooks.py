"""Named hooks: a pack recognizer borrows a rule tied to a kind of value (`normalise`, `extend`,
`reject_if`) by naming it; without the name the rule does not apply."""
from __future__ import annotations

import pytest

from conftest import make_ocr, uncovered_chars
from redactor.detect.engine import Detector
from redactor.detect.packs import load_recognizers, read_pack
from redactor.errors import RedactorError


def pack(kind: str, body: str, hooks: str = "") -> str:
    return f'[pack]\nname = "agency"\n\n[[recognizer]]\nid = "agency_rule"\ncategory = "own_term"\n' \
           f'kind = "{kind}"\n{body}\n{hooks}\n'


def findings(text: str, row: str):
    layout = make_ocr([row])
    return layout, Detector(read_pack(text, "agency.toml")).run(layout.ocr.words)


def covered(text: str, row: str, value: str) -> bool:
    layout, found = findings(text, row)
    return bool(found) and not uncovered_chars(layout, found, value)


@pytest.mark.parametrize("kind, body, hook, row, value", [
    # OCR read the underscore of `siti_rahma@…` as a space: the first part belongs to the address.
    ("regex", "pattern = '(?P<value>[a-z]+@dinas\\.example)'", 'extend = ["email_prefix"]',
     "tulis ke siti.rahma wulan@dinas.example", "siti.rahma"),
    # OCR broke the address at '?': the query is part of it.
    ("regex", "pattern = '(?P<value>https?://intra\\.example/\\S*)'", 'extend = ["url_tail"]',
     "buka http://intra.example/app ?id=7 sekarang", "?id=7"),
    # A line read with O for 0: the pattern sees digits.
    ("regex", "pattern = '(?P<value>\\d{2}\\.\\d{3}\\.\\d{3})'", 'normalise = "ocr_digits"',
     "Kode 12.3O4.567", "12.3O4.567"),
])
def test_a_named_hook_extends_or_normalises_only_when_the_pack_names_it(kind, body, hook, row, value):
    assert covered(pack(kind, body, hook), row, value)
    assert not covered(pack(kind, body), row, value)


def test_trailing_time_hook_leaves_a_chat_time_stamp_visible():
    body = "pattern = 'Catatan:\\s*(?P<value>.+)'"
    row = "Catatan: kontrol ulang 10:45"
    assert covered(pack("regex", body), row, "10:45")
    assert covered(pack("regex", body, 'extend = ["trailing_time"]'), row, "kontrol ulang")
    assert not covered(pack("regex", body, 'extend = ["trailing_time"]'), row, "10:45")


@pytest.mark.parametrize("kind, body, hook, row", [
    ("regex", "pattern = '(?P<value>https?://\\S+)'", 'reject_if = ["public_url"]',
     "lihat https://www.example.com/berita"),
    ("digits", 'lengths = [7]\nlabel_required = true\nlabels = ["Nomor"]', 'reject_if = ["money"]',
     "Nomor 1.250.000"),
    ("digits", 'lengths = [7]\nlabel_required = true\nlabels = ["Rekening"]', 'reject_if = ["budget_code"]',
     "Kode Rekening 5.1.02.01.01"),
    ("terms", 'terms = ["RAHASIA"]', 'reject_if = ["not_standalone"]', "ini bukan rahasia lagi kok"),
    ("regex", "pattern = 'Jl\\.\\s(?:\\w+\\s?)+'", 'reject_if = ["letterhead"]',
     "Jl. Merdeka 5 Telepon 021 555 Laman www.dinas.example"),
])
def test_reject_if_drops_what_its_rule_says_is_not_a_value(kind, body, hook, row):
    assert findings(pack(kind, body), row)[1], "test bug: the recognizer should match without the hook"
    assert not findings(pack(kind, body, hook), row)[1]


def test_public_url_hook_keeps_an_intranet_address():
    text = pack("regex", "pattern = '(?P<value>https?://\\S+)'", 'reject_if = ["public_url"]')
    assert covered(text, "buka http://10.2.3.4:8080/simpeg", "http://10.2.3.4:8080/simpeg")


@pytest.mark.parametrize("hook, key", [('extend = ["emial_prefix"]', "extend"),
                                       ('reject_if = ["mony"]', "reject_if"),
                                       ('normalise = "digits"', "normalise")])
def test_an_unknown_hook_name_is_an_error_naming_pack_recognizer_and_key(hook, key, tmp_path):
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "agency.toml").write_text(pack("regex", "pattern = 'x'", hook))
    with pytest.raises(RedactorError) as info:
        load_recognizers([folder])
    message = str(info.value)
    assert "agency.toml" in message and "'agency_rule'" in message and key in message


@pytest.mark.parametrize("line, names", [
    ("P<IDNSANTOSO<<BUDI<<<<<<<<<<<<<<<<<<<<<<<<<<", {"SANTOSO", "BUDI"}),
    # OCR put a space inside a name and read the filler after the surname as a zero.
    ("P<IDNWIBOWO0<<RATNA<KART IKA<<<<<<<<<<<<<<<<<<", {"WIBOWO", "RATNA", "KARTIKA"}),
])
def test_the_names_a_passports_zone_spells_out_survive_ocrs_spaces_and_misread_fillers(line, names):
    from redactor.detect.hooks import _mrz_names
    assert names <= _mrz_names(line)


def test_a_zones_second_line_with_its_nationality_read_as_digits_still_gives_the_date_of_birth():
    from redactor.detect.hooks import _MRZ_LINE2
    found = _MRZ_LINE2.match("X4821937<91DN8808143F3308143<<<<<<<<<<<<<<00")
    assert found and found.group(3) == "880814"
    assert not _MRZ_LINE2.match("X4821937<91DN88O8143F3308143")  # a birth date must be digits
