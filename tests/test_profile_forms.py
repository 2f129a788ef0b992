"""Profile pages of public portals, on synthetic OCR words: a tax portal's taxpayer profile (label and value
side by side under a bar of tabs, or a grid of labels over their values), an applicant's biodata whose last
line sets two fields side by side, and an attendance app's location.

Each rule is checked with the value it must cover, a look-alike it must leave alone, and the damage OCR
does to it (a colon dropped, a letter read for another, a minus read as a long dash).
"""
from __future__ import annotations

import pytest

from test_screen_layouts import assert_covered, assert_visible, run

TABS = [(20, "Data Utama"), (200, "Alamat"), (320, "Kontak"), (440, "Anggota Keluarga")]


def _tax_profile(name_label="Nama", below_name="EFIN Aktif"):
    # Label and value on each row, the colons dropped by OCR, under the page's tabs.
    return [
        TABS,
        [(20, "NPWP (15 digit)"), (300, "997295695822167")],
        [(20, "Jenis Wajib Pajak"), (300, "Orang Pribadi")],
        [(20, name_label), (300, "HESTI SURYANI HARAHAP")],
        [(20, below_name), (300, "7520926329")],
        [(20, "Status"), (300, "Aktif")],
        [(20, "KPP Terdaftar"), (300, "KPP Pratama Bantul")],
        [(20, "Email"), (300, "hesti89@yahoo.co.id")],
    ]


def test_a_tax_office_named_after_its_town_is_public():
    rows = _tax_profile()
    assert_visible(rows, [(6, "KPP Pratama Bantul"), (2, "Orang Pribadi"), (5, "Aktif")])
    # A person whose family name is a tax office's grade is still a person.
    assert_covered([[(20, "Nama"), (300, "Rizky Pratama")], [(20, "KPP"), (300, "KPP Madya Bandung")]],
                   [(0, "Rizky Pratama")])
    assert_visible([[(20, "Nama"), (300, "Rizky Pratama")], [(20, "KPP"), (300, "KPP Madya Bandung")]],
                   [(1, "KPP Madya Bandung")])


@pytest.mark.parametrize("line", ["Lat: -7.877192   Long: 113.836327", "Latitude -7.877192  Longitude 113.836327",
                                  "Lat: —7,877192  Lng: 113,836327"])
def test_a_position_under_its_labels_is_covered(line):
    rows = [[(20, "Lokasi Anda")], [(20, line)], [(20, "Kantor: Dinas Kesehatan Kota Bandung")]]
    layout, detection = run(rows)
    values = [v for v in line.replace(":", " ").split() if any(ch.isdigit() for ch in v)]
    assert_covered(rows, [(1, v) for v in values])
    assert_visible(rows, [(0, "Lokasi Anda"), (2, "Dinas Kesehatan")])


@pytest.mark.parametrize("line", ["Long weekend 1.5 hari", "Lama: 12.5000 jam", "Versi 4.1.0022"])
def test_figures_that_are_no_position_stay_visible(line):
    rows = [[(20, line)]]
    assert_visible(rows, [(0, line.split()[-2])])


@pytest.mark.parametrize("label", ["EFIN", "EFIN :", "Nomor EFIN", "EF1N", "EFlN"])
def test_an_efin_behind_its_label_is_covered(label):
    assert_covered([[(20, label), (300, "3790248688")]], [(0, "3790248688")])


def test_ten_digits_behind_another_label_are_no_efin():
    layout, detection = run([[(20, "Kode Billing"), (300, "3790248688")], [(20, "No. Referensi"), (300, "5917853726")]])
    assert not [f for f in detection.findings if f.category == "credential"]
