"""The "always leave visible" list: an office's public hotline, the agency's name, one's own public contact.

Listed values are still found (the user sees them and may tick them) but are not covered; everything
else on the page is covered as before, and an own term ("always cover") wins over a visible one.
"""
from __future__ import annotations

from conftest import make_ocr, uncovered_chars

from redactor.config import Config, config_from_dict, load_config, save_config
from redactor.detect import detect

HOTLINE = "0811-2233-4455"
PAGE = [
    "HP pelapor: 0812-3456-7890",            # a citizen's mobile number: covered
    f"WhatsApp pengaduan Dinas: {HOTLINE}",   # the office's public hotline: listed
    "Email humas@kominfo.go.id",
    "Kontak pribadi budi.santoso@gmail.com",
]


def findings_of(rows, **kwargs):  # noqa: ANN001, ANN003, ANN201
    layout = make_ocr(rows)
    return layout, detect(layout.ocr, **kwargs).findings


def test_listed_values_are_found_but_left_visible():
    layout, found = findings_of(PAGE, visible_terms=["0811 2233 4455", "humas@kominfo.go.id"])
    visible = {f.preview for f in found if not f.enabled}
    assert len(visible) == 2, [(f.category, f.preview, f.enabled) for f in found]
    assert uncovered_chars(layout, found, "2233-4455")              # not covered
    assert uncovered_chars(layout, found, "humas@kominfo.go.id")
    assert not uncovered_chars(layout, found, "0812-3456-7890")   # the rest still is
    assert not uncovered_chars(layout, found, "budi.santoso@gmail.com")


def test_a_listed_number_matches_however_it_is_written():
    for written in ("+62 811-2233-4455", "081122334455", "0811 2233 4455"):
        _, found = findings_of([f"Hubungi {HOTLINE} untuk informasi"], visible_terms=[written])
        phones = [f for f in found if f.category == "phone"]
        assert phones and not any(f.enabled for f in phones), (written, phones)


def test_only_the_listed_part_stays_visible():
    # The agency's name is public; the official's name after it is not.
    _, found = findings_of(["Nama: Budi Santoso"], visible_terms=["Budi"])
    names = [f for f in found if f.category == "person_name"]
    assert names and all(f.enabled for f in names)  # "Budi Santoso" is more than the listed "Budi"


def test_own_term_wins_over_visible_term():
    layout, found = findings_of(["Laporan Biro Umum Kota Contoh"], own_terms=["Biro Umum"],
                                visible_terms=["Biro Umum"])
    assert not uncovered_chars(layout, found, "Biro Umum")


def test_visible_terms_round_trip_through_the_config_file(tmp_path):
    config = Config(own_terms=("Budi",), visible_terms=("WhatsApp 0811-2233-4455", 'Dinas "Kominfo"'))
    assert load_config(save_config(config, tmp_path / "config.toml")) == config
    assert config_from_dict({"visible_terms": ["  ", "Humas"]}).visible_terms == ("Humas",)
