"""Civil servants' own records, on synthetic OCR words (see conftest.make_ocr): the family list of a
personal-data app (each member's relation and birth date under their name), an e-leave form's reason when it
tells an illness, under a numbered section label ("III. ALASAN CUTI"), beside it or in a table's column."""
from __future__ import annotations

import pytest

from conftest import assert_value_covered as assert_covered, assert_value_visible as assert_visible



# ====================================================== a family list: relation and birth date under a name
@pytest.mark.parametrize("line, date", [("Istri · 07-06-1961", "07-06-1961"), ("Anak - 3 Februari 2023", "3 Februari 2023"),
                                        ("Pasangan : 1997-01-13", "1997-01-13"), ("Suami - 24/09/1972", "24/09/1972"),
                                        # (OCR reads the middle dot as a stray mark or loses it)
                                        ("Anak Kandung « 11 Juni 2020", "11 Juni 2020"), ("Istri 07-06-1961", "07-06-1961")])
def test_a_family_members_birth_date_under_their_name_is_covered(line, date):
    assert_covered(["Data Keluarga", "Robert Sembiring", line, "Wulan Kusuma", "Anak - 22/04/2007"], date)


@pytest.mark.parametrize("line, date", [("Istri saya ulang tahun 12 Mei 2025 ya", "12 Mei 2025"),
                                        ("Anak-anak libur 12-06-2025", "12-06-2025")])
def test_a_date_in_a_sentence_about_the_family_stays_visible(line, date):
    assert_visible(["Pesan", line], date)


# ====================================================== a leave's reason that tells an illness
SICK = "Gejala tipes dan maag kronis"
FORM = ["II. JENIS CUTI YANG DIAMBIL", [(20, "1. Cuti Tahunan"), (400, "2. Cuti Besar")],
        [(20, "3. Cuti Sakit"), (400, "4. Cuti Melahirkan")], [(20, "5. Cuti Alasan Penting"), (400, "6. Cuti di Luar Tanggungan Negara")],
        "III. ALASAN CUTI", SICK, "IV. LAMANYA CUTI"]


@pytest.mark.parametrize("number", ["III.", "Ill.", "3.", "C."])
def test_a_sick_leaves_reason_under_its_numbered_section_is_covered(number):
    rows = [FORM[0], *FORM[1:4], f"{number} ALASAN CUTI", SICK, FORM[-1]]
    assert_covered(rows, SICK)


@pytest.mark.parametrize("reason", ["Mudik Lebaran ke kampung halaman", "Menghadiri pernikahan saudara kandung"])
def test_a_leaves_reason_that_tells_no_illness_stays_visible(reason):
    assert_visible([*FORM[:5], reason, FORM[-1]], reason)


def test_the_leave_types_beside_the_reason_label_stay_visible():
    assert_visible(FORM, "Penting")


@pytest.mark.parametrize("reason", ["Rawat inap karena Demam Berdarah Dengue", "Patah tulang lengan kanan akibat kecelakaan",
                                    "Pemulihan pasca operasi usus buntu"])
def test_a_sick_leaves_reason_beside_its_label_is_covered(reason):
    assert_covered([[(20, "Jenis Cuti"), (260, "Cuti Sakit")], [(20, "Alasan Cuti"), (260, reason)],
                    [(20, "Lama Cuti"), (260, "4 hari kerja")]], reason)


def test_a_leaves_reason_beside_its_label_that_tells_no_illness_stays_visible():
    rows = [[(20, "Jenis Cuti"), (260, "Cuti Alasan Penting")], [(20, "Alasan Cuti"), (260, "Orang tua meninggal dunia")]]
    assert_visible(rows, "Orang tua meninggal dunia")


# ====================================================== a decree's list: name and NIP stacked in one cell
def decree(name_lines, number_lines):
    """A decree attachment's table: the name (and its wrapped degrees) over the NIP in one cell, the rank,
    position and unit in the cells beside the name's first line."""
    rows = [[(20, "NO"), (70, "NAMA / NIP"), (420, "PANGKAT/GOL"), (620, "JABATAN"), (860, "UNIT KERJA")],
            [(20, "1."), (70, name_lines[0]), (420, "Pembina"), (620, "Kepala Seksi"), (860, "Inspektorat")]]
    rows += [[(70, line)] for line in name_lines[1:] + number_lines]
    return rows


@pytest.mark.parametrize("name_lines, number_lines", [
    (["MARLINA TANJUNG"], ["197807032006032001"]),
    (["WAHYU MARPAUNG, S.T.,", "M.Si."], ["NIP. 19810321 201611 2 017"]),
    (["Agnes Handayani"], ["NIP", "19730227 201903 1 018"]),
    # (read small: the NIP's label with a stray mark, the number spaced)
    (["dr. ROBERT GINTING"], ["NIP: 19920504 201311 2 020"]),
])
def test_a_name_over_its_nip_in_a_decrees_table_is_covered(name_lines, number_lines):
    name = name_lines[0].replace("dr. ", "").rstrip(",")
    assert_covered(decree(name_lines, number_lines), name.split(",")[0])


# (OCR reads the row's number and the name as one line; the header's second line, "RUANG", under its first)
LIST = [[(20, "NO"), (70, "NAMA DAN NIP"), (420, "PANGKAT/GOL."), (620, "JABATAN"), (860, "UNIT KERJA"), (1100, "KET")],
        [(420, "RUANG")],
        [(20, "1."), (70, "Kartika Setiawan"), (420, "Penata"), (620, "Perawat Terampil"), (860, "Bappeda")],
        [(70, "NIP 196501132008101020")],
        [(20, "2."), (70, "MARLINA TANJUNG"), (420, "Pembina"), (620, "Kepala Seksi"), (860, "Inspektorat"), (1100, "Reguler")],
        [(70, "197807032006032001"), (420, "IV/a"), (620, "Pemerintahan")],
        [(20, "3."), (70, "WAHYU MARPAUNG"), (420, "Pengatur Tk. I"), (620, "Auditor Ahli Muda"), (860, "Dinas Pendidikan")],
        [(70, "19810321 201611 2 017"), (420, "II/d")]]


@pytest.mark.parametrize("name", ["MARLINA TANJUNG", "WAHYU MARPAUNG", "Kartika Setiawan"])
def test_a_name_in_capitals_over_its_bare_nip_beside_its_row_number_is_covered(name):
    assert_covered(LIST, name)


def test_the_rank_position_and_unit_beside_a_stacked_name_stay_visible():
    rows = decree(["MARLINA TANJUNG"], ["NIP. 197807032006032001"])
    for public in ("Pembina", "Kepala Seksi", "Inspektorat"):
        assert_visible(rows, public)


@pytest.mark.parametrize("line", ["KEPALA BIDANG MUTASI", "Pembina Utama Muda", "SEKRETARIS DAERAH", "Dinas Kesehatan"])
def test_a_position_rank_or_office_over_a_nip_stays_visible(line):
    assert_visible(["a.n. BUPATI MAGELANG", line, "NIP. 196803222006042018"], line)


# ====================================================== a birth place and date wrapped in a narrow cell
@pytest.mark.parametrize("place, date", [("Sleman,", "22-03-1978"), ("Kota Bandung,", "15/07/1987"), ("MAKASSAR,", "09-12-1998")])
def test_a_birth_place_over_its_date_in_a_narrow_cell_is_covered(place, date):
    rows = [[(20, "1."), (70, "Arif Kusuma Harahap"), (420, place), (620, "Penata Tk. I")],
            [(70, "NIP 197302272019031018"), (420, date), (620, "III/d")]]
    assert_covered(rows, place.rstrip(","))
    assert_covered(rows, date)


def test_a_letters_recent_place_and_date_stay_visible():
    rows = ["Demikian untuk menjadi perhatian.", [(600, "Magelang,")], [(600, "12-05-2025")], [(600, "KEPALA DINAS")]]
    assert_visible(rows, "Magelang")


# A digital ID card's field: the place and the date's day and month, its year wrapped alone under the place.
@pytest.mark.parametrize("label, place, year", [
    ("Tempat, Tanggal Lahir", "JAKARTA, 08 SEPTEMBER", "2004"),
    ("Tempat/Tgl Lahir", "KOTA BANDUNG, 5 Juli", "1987"),
    ("TTL", "Sleman, 22 Agt.", "1978"),
])
def test_a_birth_place_and_day_over_the_years_line_are_covered(label, place, year):
    rows = [[(20, "Nama"), (300, "DIMAS HASIBUAN")], [(20, label), (300, place)], [(300, year)],
            [(20, "Jenis Kelamin"), (300, "LAKI-LAKI")]]
    assert_covered(rows, place.split(",")[0], 1)
    assert_covered(rows, year, 2)


def test_a_birth_day_glued_to_its_label_over_the_year_is_covered():
    # OCR read the label and the value as one piece: the place starts where the year does, not at "Tanggal"
    rows = ["Tempat, Tanggal Lahir JAKARTA, 08 SEPTEMBER", [(20 + 22 * 10, "2004")]]
    assert_covered(rows, "JAKARTA, 08 SEPTEMBER", 0)
    assert_covered(rows, "2004", 1)
    assert_visible(rows, "Tempat", 0)


@pytest.mark.parametrize("rows, value", [
    # a letter's own place and day over this year's number
    ([[(600, "Magelang, 12 Mei")], [(600, "2025")], [(600, "KEPALA DINAS")]], "Magelang"),
    # a year that stands elsewhere, not under the place
    ([[(20, "Jakarta, 08 September")], [(400, "1998")]], "Jakarta"),
    # a day and a month with no place before them
    ([[(20, "Rapat 08 September")], [(20, "1998")]], "Rapat"),
])
def test_a_place_and_day_not_over_an_old_years_line_stay(rows, value):
    assert_visible(rows, value)
