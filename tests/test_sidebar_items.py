"""A hospital system's sidebar whose item spells a label ("Rekam Medis" between "IGD" and "Farmasi"),
level with a form's row ("Nama Lengkap | Sdr. ROBERT MARPAUNG"): the item heads no table column, so the
patient's name beside it is covered and the form's labels under it stay visible.  Synthetic OCR words
(conftest.make_ocr)."""
from __future__ import annotations

from conftest import count_uncovered, letters

_SIDEBAR = ["Dashboard", "Pendaftaran", "Rawat Jalan", "Rawat Inap", "IGD", "Rekam Medis", "Farmasi", "Kasir",
            "Laporan"]
# the form's two columns of fields: (label, value, label, value)
_FORM = [("No. RM", "611914", "JK", "L"), ("NIK / No. KTP", "3330075412887414", "Agama", "Islam"),
         ("Nomor Kartu", "0008160332635", "Pekerjaan", "Wiraswasta"),
         ("Jenis Kelamin", "Laki-laki", "Status", "Kawin"), ("Golongan Darah", "O", "Pendidikan", "SMA"),
         ("Nama Lengkap", "Sdr. ROBERT MARPAUNG", "No. HP/WA", "+62 838 9421 189"),
         ("Tempat, Tanggal Lahir", "Surabaya, 15-08-1998", "Pj. Pasien", "Fajar Manurung (Orang Tua)"),
         ("Umur", "27 Th 11 Bln", "", ""), ("Poliklinik", "Poli Bedah Umum", "", ""), ("Penjamin", "JKN Mandiri", "", "")]


def _page():
    rows = []
    for k in range(max(len(_SIDEBAR), len(_FORM))):
        row = []
        if k < len(_SIDEBAR):
            row.append((20, _SIDEBAR[k]))
        if k < len(_FORM):
            label, value, label2, value2 = _FORM[k]
            row += [(300, label), (560, value)] + ([(1000, label2), (1220, value2)] if label2 else [])
        rows.append(row)
    return rows


def test_a_sidebar_item_that_spells_a_label_heads_no_column():
    rows = _page()
    assert count_uncovered(rows, "ROBERT MARPAUNG") == 0
    for label in ("Tempat, Tanggal Lahir", "Umur", "Poliklinik", "Penjamin", "Rekam Medis"):
        assert count_uncovered(rows, label) == letters(label), f"{label} was covered"


def test_a_tables_first_caption_under_a_title_still_heads_its_column():
    # a breadcrumb and a title at the table's left edge, its first caption far from the next: a header row
    # of captions only, whatever stands above it
    rows = [[(20, "Beranda")], [(20, "Data Pegawai")], [(20, "Daftar ASN Bidang Umum")],
            [(20, "Nama Pegawai"), (400, "NIP"), (700, "Jabatan")],
            [(20, "Budi Santoso"), (400, "198702142010011003"), (700, "Analis")],
            [(20, "Siti Aminah"), (400, "199001012015022001"), (700, "Pengelola")]]
    assert count_uncovered(rows, "Budi Santoso") == 0
    assert count_uncovered(rows, "Siti Aminah") == 0
