"""Papers people photograph for an office: a birth certificate (kutipan akta kelahiran) that tells the birth
in a sentence, the date spelled out in words; a vehicle registration card (STNK) with its chassis, engine
and BPKB numbers; a savings book's owner page with its customer number (CIF).  End to end with real
Tesseract on drawn, photographed pages; the rules behind them are checked on synthetic OCR too (a date in
words on any other page, a heading in capitals, stay visible).
"""
from __future__ import annotations

import pytest
from PIL import Image

from conftest import count_uncovered, letters
from redactor.config import Config
from test_documents_e2e import Document, _photographed, assert_black, assert_visible, run




# --- synthetic OCR ---------------------------------------------------------------------------------------

BIRTH = ["KUTIPAN AKTA KELAHIRAN", "Nomor : 3273-LT-15072018-0012",
         "Bahwa di ........ BANDUNG", "pada tanggal ........ LIMA BELAS JULI DUA RIBU DELAPAN",
         "BELAS", "telah lahir ........ SITI AMINAH", "anak ke ........ KEDUA, PEREMPUAN",
         "dari ayah ........ BUDI SANTOSO", "dan ibu ........ SRI WAHYUNI",
         "Kutipan ini dikeluarkan di KOTA BANDUNG", "PENCATATAN SIPIL KOTA BANDUNG"]


@pytest.mark.parametrize("value, row", [("BANDUNG", 2), ("LIMA BELAS JULI DUA RIBU DELAPAN", 3),
                                        ("SITI AMINAH", 5), ("KEDUA, PEREMPUAN", 6), ("BUDI SANTOSO", 7),
                                        ("SRI WAHYUNI", 8)])
def test_a_birth_certificates_sentence_covers_place_date_child_and_parents(value, row):
    assert count_uncovered(BIRTH, value, row) == 0


def test_a_names_line_whose_leader_and_words_were_lost_is_covered_on_a_birth_record():
    rows = ["KUTIPAN AKTA KELAHIRAN", "pada tanggal ..... DUA DESEMBER SERIBU SEMBILAN", "RATUS SEMBILAN PULUH",
            "UMAR WIJAYANTI", "NANANG iman ae can", "JOKO WIJAYANTI"]
    for value, row in (("RATUS SEMBILAN PULUH", 2), ("UMAR WIJAYANTI", 3), ("JOKO WIJAYANTI", 5)):
        assert count_uncovered(rows, value, row) == 0


@pytest.mark.parametrize("rows, value, row", [
    # the headings and the civil registry's office on a birth certificate
    (BIRTH, "KUTIPAN AKTA KELAHIRAN", 0), (BIRTH, "PENCATATAN SIPIL", 10),
    # a date in words anywhere else is the date of an act or a meeting
    (["BERITA ACARA", "Pada hari ini Senin tanggal LIMA BELAS JULI DUA RIBU DUA PULUH LIMA"],
     "LIMA BELAS JULI DUA RIBU DUA PULUH LIMA", 1),
    (["Bahwa di Kota Bandung telah diadakan rapat koordinasi"], "Kota Bandung", 0),
    # a line of names in capitals off a birth record: a heading, a list
    (["DAFTAR HADIR RAPAT", "UMAR WIJAYANTI"], "UMAR WIJAYANTI", 1),
])
def test_what_only_a_birth_record_makes_a_birth_stays_visible_elsewhere(rows, value, row):
    assert count_uncovered(rows, value, row) == letters(value)


@pytest.mark.parametrize("rows, value", [
    (["NOMOR RANGKA/NIK/VIN : MHKM1S784FJ412576"], "MHKM1S784FJ412576"),
    (["NOMOR MESIN : 1NRF705548"], "1NRF705548"),
    (["NOMOR BPKB 1 J88949424"], "J88949424"),  # the colon read as a stroke
    (["NAMA PEMILIK : GALIH SAPUTRA"], "GALIH SAPUTRA"),
    (["Nama Nasabah : MULYADI SEMBIRING"], "MULYADI SEMBIRING"),
    (["Nomor CIF : 759387784"], "759387784"),
    # a savings book's printed transfer line names the other party after its code
    (["17/11/25 TRF WULAN SIREGAR 309,000.00 DB"], "WULAN SIREGAR"),
])
def test_vehicle_and_bank_book_fields_are_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["NAMA PEMILIK : GALIH SAPUTRA"], "PEMILIK"),  # the label's second word is no name
    (["Nomor mesin fotokopi rusak, mohon diganti"], "fotokopi"),
    (["MERK : TOYOTA  TYPE : AVANZA 1.3 G M/T"], "AVANZA"),
    (["21/11/25 TRF BIAYA ADM 2,500.00 DB"], "BIAYA ADM"),
])
def test_labels_and_a_vehicles_make_stay_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


@pytest.mark.parametrize("rows, value, row", [
    # a taxpayer card: the holder's name under the number, no label of its own
    (["NPWP: 73.888.700.5-609.381", "KRISNA HANDAYANI SINAGA", "PERUM GRIYA ASRI BLOK C-9 RT 001 RW 005"],
     "KRISNA HANDAYANI SINAGA", 1),
    # the card's second address line names the village, the district and the regency, written out
    (["NPWP: 73.888.700.5-609.381", "KRISNA HANDAYANI SINAGA", "PERUM GRIYA ASRI BLOK C-9 RT 001 RW 005",
      "TEGALREJO, GRABAG, KABUPATEN MAGELANG"], "TEGALREJO, GRABAG, KABUPATEN MAGELANG", 3),
    # the photo lost "anak ke" and its leader: the order and the sex, on a birth record
    (["KUTIPAN AKTA KELAHIRAN", "MRK MO sanam ND KEDUA, PEREMPUAN"], "KEDUA, PEREMPUAN", 1),
    (["KUTIPAN AKTA KELAHIRAN", "Bahwa MALANG"], "MALANG", 1),
])
def test_a_cards_holder_and_a_birth_records_fields_as_a_photo_reads_them(rows, value, row):
    assert count_uncovered(rows, value, row) == 0


@pytest.mark.parametrize("rows, value, row", [
    (["NPWP: 73.888.700.5-609.381", "KPP PRATAMA SEMARANG CANDISARI"], "KPP PRATAMA SEMARANG CANDISARI", 1),
    (["NIK : 3273011507180012", "DATA KELUARGA"], "DATA KELUARGA", 1),
    (["Juara kedua, perempuan: Tim Sleman"], "kedua, perempuan", 0),
])
def test_an_office_or_a_heading_under_a_number_stays_visible(rows, value, row):
    assert count_uncovered(rows, value, row) == letters(value)


# --- real Tesseract on photographed pages ----------------------------------------------------------------

@pytest.mark.usefixtures("tesseract")
def test_photographed_birth_certificate(tmp_path):
    doc = Document(Image.new("RGB", (1000, 900), (250, 248, 240)))
    doc.text((330, 40), "KUTIPAN AKTA KELAHIRAN", size=28, bold=True, key="title")
    doc.text((60, 110), "Nomor : ", size=20, key="number label")
    doc.text((160, 110), "3273-LT-15072018-0012", size=21, bold=True, key="number")
    lines = [("Bahwa di", "BANDUNG", "place"), ("pada tanggal", "LIMA BELAS JULI DUA RIBU DELAPAN", "date"),
             (None, "BELAS", "date tail"), ("telah lahir", "SITI AMINAH", "child"),
             ("anak ke", "KEDUA, PEREMPUAN", "order"), ("dari ayah", "BUDI SANTOSO", "father"),
             ("dan ibu", "SRI WAHYUNI", "mother")]
    y = 180
    for words, value, key in lines:
        if words:
            doc.text((60, y), words + " " + "." * 12, size=20, key=f"{key} label")
        doc.text((330, y), value, size=21, bold=True, key=key)
        y += 52
    doc.text((60, y + 20), "Kutipan ini dikeluarkan di", size=20)
    doc.text((420, y + 20), "KOTA BANDUNG", size=21, bold=True, key="issued at")
    doc = _photographed(doc, seed=11)
    _, out = run(doc, tmp_path, name="akta.jpg", config=Config(), quality=85)
    for key in ("number", "place", "date", "date tail", "child", "order", "father", "mother"):
        assert_black(doc, out, key)
    for key in ("title", "issued at", "child label"):
        assert_visible(doc, out, key)


@pytest.mark.usefixtures("tesseract")
def test_photographed_vehicle_registration(tmp_path):
    doc = Document(Image.new("RGB", (1300, 620), (226, 238, 222)))
    doc.text((300, 30), "SURAT TANDA NOMOR KENDARAAN BERMOTOR", size=26, bold=True, key="title")
    left = [("NOMOR REGISTRASI", "D 1234 ABC", "plate"), ("NAMA PEMILIK", "GALIH SAPUTRA", "owner"),
            ("MERK", "TOYOTA", "make"), ("TYPE", "AVANZA 1.3 G M/T", "type")]
    # (in the card's own order: the colour, the fuel and the year between the engine and the BPKB numbers)
    right = [("NOMOR RANGKA/NIK/VIN", "MHKM1S784FJ412576", "chassis"), ("NOMOR MESIN", "1NRF705548", "engine"),
             ("WARNA", "SILVER METALIK", "colour"), ("BAHAN BAKAR", "BENSIN", "fuel"),
             ("TAHUN REGISTRASI", "2019", "year"), ("NOMOR BPKB", "R50681241", "bpkb")]
    for column, rows, x_value in ((40, left, 290), (680, right, 960)):
        y = 110
        for label, value, key in rows:
            doc.text((column, y + 3), label, size=16, key=label)
            doc.text((x_value - 16, y + 3), ":", size=16)
            doc.text((x_value, y), value, size=20, bold=True, key=key)
            y += 50
    doc = _photographed(doc, seed=12)
    _, out = run(doc, tmp_path, name="stnk.jpg", config=Config(), quality=85)
    for key in ("plate", "owner", "chassis", "engine", "bpkb"):
        assert_black(doc, out, key)
    for key in ("title", "make", "type", "colour", "fuel", "year", "NAMA PEMILIK", "NOMOR MESIN"):
        assert_visible(doc, out, key)
