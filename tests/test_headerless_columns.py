"""Tables whose header OCR did not read, on synthetic OCR words.

On a copy of a screenshot that a chat app shrank, a table's captions (white on a coloured bar, or bold and
blurred) may come out as scraps, and with them the labels of its columns.  What still says what a cell is:
a person's NIK or NIP on the same row (the row is that person's record), and a column whose other cells are
e-mail addresses.  Each rule is checked with the values it must cover and look-alikes it must leave alone.
"""
from __future__ import annotations

from conftest import make_ocr, uncovered_chars
from redactor.detect import detect


def _uncovered(rows, value: str) -> list:
    lay = make_ocr(rows)
    return uncovered_chars(lay, detect(lay.ocr).findings, value)


# A staff table: row number, name, NIK, place and date of birth, JKN member number; its header read as scraps.
_RECORDS = [
    [(20, "Ni"), (60, "ama enghap"), (300, "Tgltanifl")],
    [(20, "1"), (60, "Siti Rahmawati"), (260, "3273015507879901"), (460, "Kota Bandung / 15 Juli 1987"),
     (760, "0001234567891")],
    [(20, "2"), (60, "Budi Santoso"), (260, "3174021203850004"), (460, "Padang, 03-06-1991"),
     (760, "0002345678912")],
]


def test_a_member_number_and_a_birth_place_and_date_beside_a_nik_are_covered():
    for value in ("0001234567891", "0002345678912", "Kota Bandung / 15 Juli 1987", "Padang, 03-06-1991"):
        assert not _uncovered(_RECORDS, value), f"{value} left readable on a row with a NIK"


def test_a_place_and_date_or_a_member_shaped_number_on_a_row_without_a_nik_stay_visible():
    rows = [
        [(20, "Jakarta, 15 Juli 2024")],
        [(20, "Nomor transaksi"), (300, "0001234567891")],
        [(20, "Bandung / 03-06-2025"), (300, "Rapat koordinasi")],
    ]
    for value in ("Jakarta, 15 Juli 2024", "0001234567891", "Bandung / 03-06-2025"):
        assert len(_uncovered(rows, value)) == len(value.replace(" ", "")), f"{value} covered without a record"


# A registration sheet's rows: e-mail, name (some in capitals), NIK, NIP, office; its header read as scraps.
_SIGNUPS = [
    [(20, "an"), (60, "Reo _|Alamat email"), (300, "pesenaacian")],
    [(20, "8:03:01"), (60, "arif.pardede@gmail.com"), (300, "ARIF PARDEDE"), (460, "3227045010773937"),
     (640, "197308272019122006"), (840, "DINAS KESEHATAN")],
    [(20, "14:48:28"), (60, "umar81@dinkes.contohkota.go.id"), (300, "Umar Prasetyo"), (460, "3223131712838667"),
     (640, "199301272016112003"), (840, "BAGIAN UMUM")],
    # (OCR glued the name to the e-mail address before it)
    [(20, "18:13:16"), (60, "dewi.lubis@bkpsdm.contohkab.go.id DEWI LUBIS"), (460, "7329206302817846"),
     (640, "-"), (840, "PUSKESMAS SAWANGAN")],
]


def test_a_name_in_capitals_beside_a_nik_is_covered():
    for value in ("ARIF PARDEDE", "DEWI LUBIS"):
        assert not _uncovered(_SIGNUPS, value), f"{value} left readable on a row with a NIK"


def test_offices_and_places_in_capitals_beside_a_nik_stay_visible():
    for value in ("DINAS KESEHATAN", "BAGIAN UMUM", "PUSKESMAS SAWANGAN"):
        assert len(_uncovered(_SIGNUPS, value)) == len(value.replace(" ", "")), f"{value} covered as a name"
    # A family card's row: the member's attributes in capitals beside the NIK are not names.
    row = [[(20, "1"), (60, "3273015507879901"), (260, "KOTA BANDUNG"), (420, "LAKI-LAKI"), (540, "BELUM KAWIN"),
            (680, "PEGAWAI NEGERI SIPIL"), (900, "JAWA BARAT"), (1050, "KEPALA KELUARGA"), (1250, "ANAK KANDUNG")]]
    for value in ("KOTA BANDUNG", "BELUM KAWIN", "PEGAWAI NEGERI SIPIL", "JAWA BARAT", "KEPALA KELUARGA"):
        assert len(_uncovered(row, value)) == len(value.replace(" ", "")), f"{value} covered as a name"


def test_a_name_in_capitals_on_a_row_without_a_valid_number_stays_to_the_other_rules():
    # (a 16-digit number that is no NIK, its date impossible: the row is no one's record)
    rows = [[(20, "1"), (60, "RAPAT KOORDINASI"), (300, "3273019913879901"), (500, "Ruang Melati")]]
    assert len(_uncovered(rows, "RAPAT KOORDINASI")) == len("RAPATKOORDINASI")


# A clinic's queue: its header read as scraps, its patients' names some in mixed case, some in capitals.
_QUEUE = [
    [(20, "Antrian"), (120, "Jam"), (200, "Nema Pasien"), (420, "‘Tol. Late"), (560, "Poli")],
    [(20, "U-001"), (120, "07:51"), (200, "Vina Susanti"), (420, "20-11-1951"), (560, "Poli Umum")],
    [(20, "M-002"), (120, "07:55"), (200, "Citra Purba Gunadi"), (420, "04-07-1951"), (560, "Poli MTBS")],
    [(20, "L-003"), (120, "07:59"), (200, "ARDIANSYAH ROSYIDAH"), (420, "01-07-1958"), (560, "Poli Lansia")],
    [(20, "U-004"), (120, "08:07"), (200, "Yuliani Prasetya"), (420, "01-06-1972"), (560, "Poli Umum")],
    [(20, "G-005"), (120, "08:11"), (200, "DEWI SIREGAR"), (420, "01-04-1973"), (560, "Poli Gigi")],
    [(20, "G-006"), (120, "08:19"), (200, "Yohanes Kusuma"), (420, "14-04-1992"), (560, "Poli Gigi")],
    # (past the last name found by its shape; one read glued to the time before it)
    [(20, "L-007"), (120, "08:23"), (200, "VINA ROSYIDAH"), (420, "07-11-2002"), (560, "Poli Lansia")],
    [(20, "K-008"), (140, "08:27 MARLINA HANDAYANI"), (420, "18-01-1945"), (560, "Poli KIA")],
    [(20, "Total"), (200, "SELESAI DILAYANI"), (560, "8 PASIEN")],
]


def test_names_in_capitals_in_a_column_of_names_are_covered():
    for value in ("ARDIANSYAH ROSYIDAH", "DEWI SIREGAR", "VINA ROSYIDAH", "MARLINA HANDAYANI"):
        assert not _uncovered(_QUEUE, value), f"{value} left readable in a column of names"


def test_capitals_that_name_no_one_under_a_column_of_names_stay_visible():
    for value in ("SELESAI DILAYANI", "Poli KIA", "8 PASIEN"):
        assert len(_uncovered(_QUEUE, value)) == len(value.replace(" ", "")), f"{value} covered as a name"


def test_names_in_capitals_at_the_edge_of_two_names_found_make_no_column():
    # (two names found are no column; an agency's units in capitals at the same edge stay visible)
    rows = [
        [(20, "1"), (200, "Vina Susanti"), (420, "Ketua")],
        [(20, "2"), (200, "BAGIAN UMUM"), (420, "Unit")],
        [(20, "3"), (200, "Citra Purba Gunadi"), (420, "Anggota")],
        [(20, "4"), (200, "DEWI SIREGAR"), (420, "Anggota")],
    ]
    assert len(_uncovered(rows, "DEWI SIREGAR")) == len("DEWISIREGAR")
    assert len(_uncovered(rows, "BAGIAN UMUM")) == len("BAGIANUMUM")


# A sheet's rows whose name cells wrapped onto a second line, beside the row's time and e-mail address; its
# header read as scraps.
_WRAPPED = [
    [(20, "Instansi Unit")],
    [(20, "2/6/2025"), (400, "Umar Prasetyo")],
    [(20, "8:03:01"), (120, "umar81@contoh.go.id"), (400, "Dinas Kesehatan")],
    [(20, "15/5/2025"), (400, "Setyo Ramadhan")],
    [(20, "14:48:28"), (120, "setyo70@gmail.com"), (400, "Hasibuan")],
    [(20, "28/5/2025"), (400, "Indah Gunadi")],
    [(20, "7:18:33"), (120, "igunadi@yahoo.co.id"), (400, "Puskesmas Sawangan")],
    [(20, "20/6/2025"), (400, "YOHANES PANGARIBUAN")],
    [(20, "17:28:22"), (120, "yohanes@contoh.go.id"), (400, "HASIBUAN")],
    [(20, "21/6/2025"), (400, "Rahmat Rahman")],
    [(20, "9:01:12"), (120, "rahmat@contoh.go.id"), (400, "Rapat Koordinasi")],
]


def test_a_name_wrapped_in_a_column_of_names_is_covered_whole():
    for value in ("Hasibuan", "HASIBUAN", "YOHANES PANGARIBUAN"):
        assert not _uncovered(_WRAPPED, value), f"{value} left readable in a column of names"


def test_what_stands_under_a_name_in_its_column_that_is_no_name_stays_visible():
    for value in ("Dinas Kesehatan", "Puskesmas Sawangan", "Rapat Koordinasi"):
        assert len(_uncovered(_WRAPPED, value)) == len(value.replace(" ", "")), f"{value} covered as a name"


def test_a_word_under_a_sender_in_a_chat_list_stays_visible():
    # (the senders' names stacked at one edge, each over its message's first word, here a misread "Oke")
    rows = [[(20, "Hesti Handayani"), (400, "09:12")], [(20, "Siap bu")], None,
            [(20, "Fajar Kusuma"), (400, "09:14")], [(20, "Baik pak")], None,
            [(20, "Ratna Nugroho"), (400, "09:20")], [(20, "Ove")], None,
            [(20, "Indah Rahman"), (400, "09:31")], [(20, "Terima kasih")]]
    assert len(_uncovered(rows, "Ove")) == len("Ove")


def test_a_word_under_a_name_alone_at_its_edge_stays_visible():
    # (one name at that edge is no column: a chat's sender over a message's name-like word)
    rows = [[(20, "08:01"), (400, "Setyo Ramadhan")], [(20, "08:02"), (120, "oke"), (400, "Nainggolan")]]
    assert len(_uncovered(rows, "Nainggolan")) == len("Nainggolan")


# A sheet's e-mail column: most addresses read whole, two with their @ read as a letter.
_MAILS = [
    [(20, "Rahmat Hidayat"), (300, "rahmat.h@contoh.go.id")],
    [(20, "Dewi Lestari"), (300, "dewilestarigcontoh.goid")],
    [(20, "Agus Wibowo"), (300, "agus.wibowo@contoh.go.id")],
    [(20, "Maya Sari"), (300, "mayasari@contoh.go.id")],
    [(20, "Yudi Pratama"), (300, "yudipratamaacontoh go id")],
    [(20, "Nur Aini"), (300, "nur.aini@contoh.go.id")],
]


def test_cells_of_a_column_of_email_addresses_are_covered_whole():
    for value in ("dewilestarigcontoh.goid", "yudipratamaacontoh go id", "rahmat.h@contoh.go.id"):
        assert not _uncovered(_MAILS, value), f"{value} left readable in a column of e-mail addresses"


def test_a_sentence_at_the_edge_of_a_column_of_addresses_stays_visible():
    # A mail's header: its From, To and Cc set at one edge, its subject under them at the same edge.
    rows = [
        [(20, "Dari"), (120, "rahmat.h@contoh.go.id")],
        [(20, "Kepada"), (120, "agus.wibowo@contoh.go.id")],
        [(20, "Perihal"), (120, "Undangan rapat koordinasi anggaran")],
        [(20, "Cc"), (120, "nur.aini@contoh.go.id")],
    ]
    assert len(_uncovered(rows, "Undangan rapat koordinasi anggaran")) == len("Undanganrapatkoordinasianggaran")


def test_addresses_here_and_there_at_one_edge_make_no_column():
    # A profile's fields: three addresses among other values at the same edge.
    rows = [
        [(20, "Email"), (200, "rahmat.h@contoh.go.id")],
        [(20, "Kode"), (200, "KX7-2231")],
        [(20, "Ruang"), (200, "Lt3B Barat")],
        [(20, "Email kantor"), (200, "umum@contoh.go.id")],
        [(20, "Kode unit"), (200, "QZ-991")],
        [(20, "Unit"), (200, "Bagian Umum")],
        [(20, "Email lain"), (200, "rahmat@contoh.com")],
    ]
    for value in ("KX7-2231", "QZ-991"):
        assert len(_uncovered(rows, value)) == len(value), f"{value} covered as an e-mail address"


# An admin panel's log: who signed in, when, and from which machine; its IP column's caption read as scraps.
_LOG = [
    [(20, "Pengguna"), (200, "Waktu"), (400, "Aiarat 1P")],
    [(20, "opd.rahmat"), (200, "2025-07-10 11:52"), (400, "172.10.4.20")],
    [(20, "opd.sari"), (200, "2025-07-11 08:03"), (400, "10.20.31.42")],
    [(20, "opd.yudi"), (200, "2025-07-12 09:41"), (400, "172.18.7.9")],
    [(20, "opd.maya"), (200, "2025-07-13 10:15"), (400, "10.41-72.18")],
    [(20, "opd.nur"), (200, "2025-07-14 13:27"), (400, "192.168.3.14")],
    [(20, "opd.dewi"), (200, "2025-07-15 15:09"), (400, "10.7.66,12")],
]


def test_cells_of_a_column_of_network_addresses_are_covered_also_misread():
    # (a digit misread made the first a public address, 172.10… for 172.19…; a dot read as a dash broke the fourth)
    for value in ("172.10.4.20", "10.41-72.18", "10.20.31.42"):
        assert not _uncovered(_LOG, value), f"{value} left readable in a column of network addresses"


def test_the_times_beside_a_column_of_network_addresses_and_its_caption_stay_visible():
    for value in ("2025-07-10 11:52", "Aiarat 1P", "opd.rahmat"):
        assert len(_uncovered(_LOG, value)) == len(value.replace(" ", "")), f"{value} covered as an address"


# ------------------------------------------------------------- a member number read as scraps under its label

def _queue(under: str, label: str = "BPJS"):
    # A clinic's queue: the payer's column holds "BPJS" over the member number in small print.
    return [
        [(20, "U-001"), (100, "Vina Susanti"), (400, "Poli Umum"), (600, label)],
        [(600, under)],
        [(20, "M-002"), (100, "Citra Purba"), (400, "Poli Gigi"), (600, "Umum")],
    ]


def test_a_member_number_read_as_scraps_under_its_label_is_covered():
    for scraps in ("opssizias7as", "Ganasonngen", "(nsersas raxa"):
        assert not _uncovered(_queue(scraps), scraps.strip("()")), scraps


def test_words_or_acronyms_under_such_a_label_or_scraps_under_another_stay_visible():
    for under in ("Kesehatan", "Mandiri", "PBI", "20-11-1951", "Kelas 1"):
        lay = make_ocr(_queue(under))
        assert len(uncovered_chars(lay, detect(lay.ocr).findings, under)) == len(under.replace(" ", "")), under
    lay = make_ocr(_queue("opssizias7as", label="Penjamin"))
    assert len(uncovered_chars(lay, detect(lay.ocr).findings, "opssizias7as")) == len("opssizias7as")


# ------------------------------------------------------------- a column of birth dates whose caption was lost

def _patients(dates):
    rows = [[(20, "Antrian"), (120, "Nama Pasien"), (400, "KK Tol. Late"), (560, "Poli")]]
    names = ["Vina Susanti", "Citra Purba Gunadi", "ARDIANSYAH ROSYIDAH", "EKO RAHMAN SYAHPUTRA", "Yuliani Prasetyo"]
    for i, (name, date) in enumerate(zip(names, dates)):
        rows.append([(20, f"U-00{i + 1}"), (120, name), (400, date), (560, "Poli Umum")])
    return rows


def test_dates_a_lifetime_apart_beside_names_are_birth_dates():
    dates = ["20-11-1951", "04-07-1951", "01-07-1958", "11-11-1945", "26-06-2015"]
    for date in dates:
        assert not _uncovered(_patients(dates), date), date


def test_dates_of_a_working_life_or_of_dealings_beside_names_stay_visible():
    for dates in (["01-03-1990", "01-02-2005", "01-12-2019", "01-01-1995", "01-04-2010"],  # appointments
                  ["02-01-2025", "15-03-2025", "20-06-2025", "03-09-2025", "11-11-2025"]):  # visits
        lay = make_ocr(_patients(dates))
        findings = detect(lay.ocr).findings
        for date in dates:
            assert len(uncovered_chars(lay, findings, date)) == len(date), date
