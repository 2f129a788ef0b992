"""End to end with real Tesseract on office documents the tests draw themselves: a village's list of aid
recipients (centred headers, address parts alone in their cells) under a letterhead, and a certificate of
residence.  Every personal value must come out black; the letterhead, the village head's office, the
amounts and the reference number must stay as they were.
"""
from __future__ import annotations

import pytest
from PIL import ImageDraw

from conftest import font
from test_documents_e2e import Document, assert_black, assert_visible, run

pytestmark = pytest.mark.usefixtures("tesseract")


def centred(doc: Document, cell: tuple[int, int], y: int, text: str, size: int, **kw) -> None:
    left, right = cell
    width = font(size, bold=kw.get("bold", False)).getlength(text)
    doc.text((int((left + right - width) / 2), y), text, size=size, **kw)


def letterhead(doc: Document, width: int) -> None:
    for y, line, size in ((30, "PEMERINTAH KABUPATEN MAGELANG", 22), (62, "KECAMATAN PAKEM", 24),
                          (96, "DESA SIDOHARJO", 24)):
        centred(doc, (0, width), y, line, size, bold=True)
    ImageDraw.Draw(doc.image).line((40, 136, width - 40, 136), fill=(0, 0, 0), width=3)


def recipient_list() -> Document:
    from PIL import Image

    width = 1240
    doc = Document(Image.new("RGB", (width, 520), (255, 255, 255)))
    letterhead(doc, width)
    centred(doc, (0, width), 160, "DAFTAR PENERIMA BANTUAN LANGSUNG TUNAI", 20, bold=True, key="title")
    cells = [(40, 90), (90, 350), (350, 570), (570, 700), (700, 810), (810, 950), (950, 1080), (1080, 1200)]
    draw = ImageDraw.Draw(doc.image)
    for i, header in enumerate(["No", "Nama", "NIK", "Dusun", "RT/RW", "Desa", "Kecamatan", "Jumlah"]):
        centred(doc, cells[i], 222, header, 18, bold=True, key="h_" + header)
    rows = [("1", "Galih Wibowo", "3522125104875673", "Gondang", "007/005", "Wringin", "Grabag", "Rp3.432.000"),
            ("2", "Indah Sembiring", "1216120609841635", "Krajan", "002/001", "Sukamaju", "Cibeber", "Rp735.000"),
            ("3", "Marlina Ginting", "7314036005913159", "Sukorejo", "006/006", "Jatimulyo", "Tempuran",
             "Rp2.162.000")]
    for r, row in enumerate(rows):
        y = 272 + 50 * r
        for c, value in enumerate(row):
            doc.text((cells[c][0] + 8, y), value, size=18, key=f"{r}_{c}")
    for x, _ in cells + [(1200, 0)]:
        draw.line((x, 210, x, 410), fill=(0, 0, 0), width=1)
    for y in (210, 256, 310, 360, 410):
        draw.line((40, y, 1200, y), fill=(0, 0, 0), width=1)
    return doc


def test_a_village_aid_list_covers_each_resident_and_the_parts_of_their_address(tmp_path):
    doc = recipient_list()
    result, out = run(doc, tmp_path)
    for r in range(3):
        for c in range(1, 7):  # name, NIK, hamlet, RT/RW, village, district
            assert_black(doc, out, f"{r}_{c}")
        assert_visible(doc, out, f"{r}_7")  # the amount
    for key in ("PEMERINTAH KABUPATEN MAGELANG", "KECAMATAN PAKEM", "DESA SIDOHARJO", "title", "h_Dusun",
                "h_Kecamatan", "h_Jumlah"):
        assert_visible(doc, out, key)


def test_a_certificate_of_residence_leaves_the_office_and_its_number_visible(tmp_path):
    from PIL import Image

    doc = Document(Image.new("RGB", (1000, 760), (255, 255, 255)))
    letterhead(doc, 1000)
    centred(doc, (0, 1000), 160, "SURAT KETERANGAN DOMISILI", 22, bold=True)
    centred(doc, (0, 1000), 194, "Nomor: 470/88/PEM/2025", 18, key="number")
    doc.text((60, 240), "Yang bertanda tangan di bawah ini Kepala Desa Sidoharjo, Kecamatan Pakem,", size=18,
             key="opening")
    doc.text((60, 268), "menerangkan dengan sebenarnya bahwa:", size=18)
    fields = [("Nama", "Ayu Sitorus"), ("NIK", "3501040205679127"), ("Pekerjaan", "Wiraswasta"),
              ("Alamat", "Dusun Kebonagung RT 002 RW 008")]
    for i, (label, value) in enumerate(fields):
        y = 320 + 34 * i
        doc.text((100, y), label, size=18)
        doc.text((300, y), ":", size=18)
        doc.text((320, y), value, size=18, key=label)
    doc.text((320, 320 + 34 * 4), "Desa Sidoharjo, Kec. Pakem, Kab. Magelang", size=18, key="address2")
    result, out = run(doc, tmp_path)
    for key in ("Nama", "NIK", "Alamat", "address2"):
        assert_black(doc, out, key)
    for key in ("number", "opening", "KECAMATAN PAKEM", "DESA SIDOHARJO"):
        assert_visible(doc, out, key)


def test_a_parcel_receipt_covers_the_names_under_their_labels(tmp_path):
    from PIL import Image

    doc = Document(Image.new("RGB", (640, 560), (255, 255, 255)))
    doc.text((30, 24), "TANDA TERIMA PENGIRIMAN", size=22, bold=True, key="title")
    doc.text((30, 64), "No. Resi: JP4471902286", size=18, mono=True, key="resi")
    lines = [("Pengirim", None), ("ANDI WIJAYA", "sender"), ("0812-3456-7890", "phone"), (None, None),
             ("Nama Penerima", None), ("RATNA HASIBUAN", "receiver"), ("Alamat", None),
             ("Gg. Mawar No. 52", "street"), ("Kel. Pasar Baru, Kec. Medan Kota", "kel")]
    y = 110
    for text, key in lines:
        if text:
            doc.text((30, y), text, size=18, mono=True, bold=key is None, key=key or text)
        y += 34
    doc.text((30, y + 10), "Ongkir: Rp18.000", size=18, mono=True, key="fee")
    result, out = run(doc, tmp_path)
    for key in ("sender", "phone", "receiver", "street", "kel"):
        assert_black(doc, out, key)
    for key in ("title", "Pengirim", "Nama Penerima", "fee"):
        assert_visible(doc, out, key)


def test_a_disposition_sheet_covers_the_home_line_the_marking_and_the_signer(tmp_path):
    from PIL import Image

    width = 1000
    doc = Document(Image.new("RGB", (width, 640), (255, 255, 255)))
    for y, line, size in ((24, "PEMERINTAH KABUPATEN SLEMAN", 22), (56, "DINAS KOMUNIKASI DAN INFORMATIKA", 24)):
        centred(doc, (0, width), y, line, size, bold=True)
    doc.text((120, 92), "Jl. Parasamya No. 1 Telp. (0274) 868405 Faks. (0274) 868945 Laman sleman.go.id", size=15,
             key="office")
    centred(doc, (0, width), 140, "LEMBAR DISPOSISI", 22, bold=True)
    draw = ImageDraw.Draw(doc.image)
    cells = [("Surat dari", "Vina Kusuma", "sender"), ("Telp. Rumah", "(022) 992 4524", "home"),
             ("Sifat", "Rahasia", "marking"), ("Perihal", "Permohonan informasi publik", "subject")]
    for i, (label, value, key) in enumerate(cells):
        y = 200 + 44 * i
        draw.rectangle((60, y - 10, 940, y + 34), outline=(0, 0, 0))
        draw.line((300, y - 10, 300, y + 34), fill=(0, 0, 0))
        doc.text((72, y), label, size=18, key="l_" + key)
        doc.text((312, y), value, size=18, key=key)
    doc.text((600, 420), "Kepala Dinas", size=18, key="position")
    doc.text((600, 510), "HENDRA WIJAYA", size=18, bold=True, key="signer")
    result, out = run(doc, tmp_path)
    for key in ("sender", "home", "marking", "signer"):
        assert_black(doc, out, key)
    for key in ("office", "subject", "position", "l_home"):
        assert_visible(doc, out, key)
