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


@pytest.mark.parametrize("name_label", ["Nama", "Nama WP", "Nama Wajib Pajak"])
def test_a_tax_profile_under_tabs_covers_the_name_the_npwp_and_the_efin(name_label):
    rows = _tax_profile(name_label)
    assert_covered(rows, [(1, "997295695822167"), (3, "HESTI SURYANI HARAHAP"), (4, "7520926329"),
                          (7, "hesti89@yahoo.co.id")])


@pytest.mark.parametrize("below_name", ["EFIN Aktif", "EF1N", "Kode Unik"])
def test_the_labels_under_a_name_field_stay_labels(below_name):
    # A field whose label no recognizer knows sits under the name: the form goes on, so "Nama" heads no
    # column of names ("Status", "KPP Terdaftar" are labels, not people).
    rows = _tax_profile(below_name=below_name)
    assert_covered(rows, [(3, "HESTI SURYANI HARAHAP")])
    assert_visible(rows, [(4, below_name), (5, "Status"), (6, "KPP Terdaftar"), (0, "Anggota Keluarga")])


def test_a_tax_office_named_after_its_town_is_public():
    rows = _tax_profile()
    assert_visible(rows, [(6, "KPP Pratama Bantul"), (2, "Orang Pribadi"), (5, "Aktif")])
    # A person whose family name is a tax office's grade is still a person.
    assert_covered([[(20, "Nama"), (300, "Rizky Pratama")], [(20, "KPP"), (300, "KPP Madya Bandung")]],
                   [(0, "Rizky Pratama")])
    assert_visible([[(20, "Nama"), (300, "Rizky Pratama")], [(20, "KPP"), (300, "KPP Madya Bandung")]],
                   [(1, "KPP Madya Bandung")])


def test_a_grid_of_labels_over_values_still_heads_its_columns():
    # Labels over values, three to a row: each value under its own caption, the 16-digit NPWP too.
    rows = [
        TABS,
        [(20, "NPWP (15 digit)"), (300, "NPWP 16 Digit"), (600, "Nomor Identitas (NIK)")],
        [(20, "93.176.738.2-377.821"), (300, "0931767382377821"), (600, "3320074912739883")],
        [(20, "Nama WP"), (300, "Alamat Tempat Tinggal"), (600, "Alamat Email")],
        [(20, "DIMAS FIRMANSYAH"), (300, "GG. MAWAR NO 76, RT 9/RW 9"), (600, "dfirmansyah@gmail.com")],
    ]
    assert_covered(rows, [(2, "93.176.738.2-377.821"), (2, "0931767382377821"), (2, "3320074912739883"),
                          (4, "DIMAS FIRMANSYAH"), (4, "dfirmansyah@gmail.com")])
    assert_visible(rows, [(1, "NPWP 16 Digit"), (1, "Nomor Identitas"), (3, "Nama WP"), (3, "Alamat Email")])


def test_a_biodata_whose_last_line_holds_two_fields_side_by_side_covers_the_mothers_name():
    rows = [
        [(20, "Agama"), (200, "Islam"), (500, "Program Studi"), (680, "S-1 Ilmu Hukum")],
        [(20, "Status Perkawinan"), (200, "Kawin"), (500, "IPK"), (680, "3,20")],
        [(20, "Kelurahan"), (200, "Sukamaju"), (500, "Nama Ibu"), (680, "IRFAN WIBOWO")],
    ]
    assert_covered(rows, [(2, "IRFAN WIBOWO")])
    assert_visible(rows, [(2, "Kelurahan"), (2, "Nama Ibu"), (1, "Status Perkawinan")])


def test_a_table_header_over_its_rows_is_still_a_header():
    # The captions head the rows under them: a name in the "Nama" column is covered, its header is not.
    rows = [
        [(20, "No"), (80, "Nama"), (320, "Jabatan"), (560, "Unit Kerja")],
        [(20, "1"), (80, "Wulan Pardede"), (320, "Analis Kepegawaian"), (560, "Bidang Mutasi")],
        [(20, "2"), (80, "Teguh Gunadi"), (320, "Pranata Komputer"), (560, "Bidang Umum")],
    ]
    assert_covered(rows, [(1, "Wulan Pardede"), (2, "Teguh Gunadi")])
    assert_visible(rows, [(0, "Nama"), (0, "Jabatan"), (1, "Analis Kepegawaian")])


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


# ---------------------------------------------------------------- a label wrapped onto two lines

@pytest.mark.parametrize("first,second", [("Tempat / Tanggal", "Lahir"), ("Tempat/Tgl.", "Lahir"),
                                          ("Tanggal", "Lahir"), ("Tempat,Tanggal", "Lahir :")])  # OCR: a space lost
def test_a_birth_date_beside_its_label_wrapped_onto_two_lines_is_covered(first, second):
    rows = [[(20, first), (300, "KLATEN, 02/01/1997"), (600, "Program Studi"), (800, "S-1 Ilmu Hukum")],
            [(20, second)],
            [(20, "Jenis Kelamin"), (300, "PRIA")]]
    assert_covered(rows, [(0, "KLATEN, 02/01/1997")])
    assert_visible(rows, [(0, "Program Studi"), (0, "S-1 Ilmu Hukum")])


def test_a_birth_date_beside_its_wrapped_label_with_the_next_columns_field_beside_the_second_line():
    # The form's right-hand column has its own field on the label's second line ("Lahir | Program Studi").
    rows = [[(20, "Tempat / Tanggal"), (300, "Bantul, 05/10/2000")],
            [(20, "Lahir"), (600, "Program Studi"), (800, "S-1 Akuntansi")],
            [(20, "Jenis Kelamin"), (300, "PRIA")]]
    assert_covered(rows, [(0, "Bantul, 05/10/2000")])
    assert_visible(rows, [(1, "Program Studi"), (1, "S-1 Akuntansi")])


@pytest.mark.parametrize("first,second,value", [("Hari / Tanggal", "Rapat", "Senin, 02/01/2025"),
                                                ("Tempat / Tanggal", "Rapat", "Aula, 12 Mei 2025"),
                                                ("Tanggal", "Kegiatan", "02/01/2025")])
def test_a_date_beside_another_wrapped_label_stays_visible(first, second, value):
    rows = [[(20, first), (300, value)], [(20, second)], [(20, "Agenda"), (300, "Koordinasi")]]
    assert_visible(rows, [(0, value)])


@pytest.mark.parametrize("first,second", [("Tempat, Tanggal", "Lahir"), ("Tempat / Tanggal", "Lahir :")])
@pytest.mark.parametrize("place,date", [("BANTUL,", "10/09/1991"), ("Kota Bandung,", "15 Juli 1987")])
def test_a_birth_date_wrapped_beside_its_wrapped_label_is_covered_on_both_lines(first, second, place, date):
    rows = [[(20, first), (300, place), (600, "Program Studi"), (800, "S-1 Ilmu Hukum")],
            [(20, second), (300, date), (600, "IPK"), (800, "3,70")],
            [(20, "Jenis Kelamin"), (300, "WANITA")]]
    assert_covered(rows, [(0, place), (1, date)])
    assert_visible(rows, [(1, "IPK"), (1, "3,70"), (0, "Program Studi")])


def test_a_date_wrapped_beside_another_wrapped_label_stays_visible():
    rows = [[(20, "Hari / Tanggal"), (300, "Senin,")], [(20, "Rapat"), (300, "02/01/2025")]]
    assert_visible(rows, [(1, "02/01/2025")])
