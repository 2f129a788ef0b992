"""A procurement system's list of tenders: a column of packages under "Nama Paket" (or a tender's, a project's,
an activity's name) holds things bought, not people, however their words read; a column under "Nama" beside
it still holds names.  On synthetic OCR words, then end to end with real Tesseract."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import count_uncovered, font, letters, pixels_covered, pixels_unchanged, redacted_pixels


def _tenders(caption="Nama Paket", package="Pengadaan Alat Tulis Kantor Sekretariat Daerah"):
    return [[(20, "Kode Tender"), (200, caption), (700, "Nilai HPS"), (900, "Status")],
            [(20, "56603996"), (200, package), (700, "Rp 8.940.191.000,00"), (900, "Pemenang")],
            [(20, "50142971"), (200, "Rehabilitasi Gedung Puskesmas Sawangan I"), (700, "Rp 1.200.000.000,00"),
             (900, "Selesai")]]


@pytest.mark.parametrize("caption", ["Nama Paket", "Nama Tender", "Nama Lelang", "Nama Kegiatan",
                                     "NAMA PAKET", "Nama Paket:"])  # (in capitals, with a stray colon)
@pytest.mark.parametrize("package", ["Pengadaan Alat Tulis Kantor Sekretariat Daerah",
                                     "Jasa Konsultansi Pengawasan Jembatan Kali Progo"])
def test_a_package_under_its_names_caption_stays(caption, package):
    assert count_uncovered(_tenders(caption, package), package, 1) == letters(package)


@pytest.mark.parametrize("caption, person", [("Nama", "Rahmat Setiawan Sitorus"),
                                             ("Nama Lengkap", "AYU RAMADHAN PANGARIBUAN")])
def test_a_person_under_a_name_caption_is_still_covered(caption, person):
    rows = [[(20, "No"), (200, caption), (700, "Jabatan")], [(20, "1"), (200, person), (700, "Direktur")],
            [(20, "2"), (200, "Bambang Tarigan"), (700, "Komisaris")]]
    assert count_uncovered(rows, person, 1) == 0


def test_a_tender_list_drawn_in_a_browser(tmp_path, tesseract):
    """The list of tenders a supplier joined: each package's name stays readable under "Nama Paket"."""
    image = Image.new("RGB", (1100, 200), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    caption, cell = font(18, bold=True), font(18)
    boxes = {}
    for x, text in ((20, "Kode Tender"), (180, "Nama Paket"), (720, "Nilai HPS"), (940, "Status")):
        draw.text((x, 20), text, font=caption, fill=(60, 60, 60), anchor="la")
    for y, cells in ((60, ("56603996", "Pengadaan Alat Tulis Kantor Sekretariat Daerah", "Rp 8.940.191.000", "Pemenang")),
                     (100, ("50142971", "Rehabilitasi Gedung Puskesmas Sawangan I", "Rp 1.200.000.000", "Selesai"))):
        for x, text in zip((20, 180, 720, 940), cells):
            draw.text((x, y), text, font=cell, fill=(20, 20, 20), anchor="la")
            left, top, right, bottom = draw.textbbox((x, y), text, font=cell, anchor="la")
            boxes[text] = (int(left), int(top), int(right), int(bottom))
    before, after = redacted_pixels(image, tmp_path)
    for key in ("Pengadaan Alat Tulis Kantor Sekretariat Daerah", "Rehabilitasi Gedung Puskesmas Sawangan I"):
        assert pixels_unchanged(before, after, boxes[key]), key


# ---------------------------------------------------------------- a supplier's profile: a field after the address
def _profile(next_label="Kabupaten/Kota"):
    return [[(20, "NIB"), (200, "7515793810803")],
            [(20, "Alamat"), (200, "JL. VETERAN NO. 8, DESA TEGALREJO, KEC.")],
            [(200, "SAWANGAN, KAB. MAGELANG")],
            [(20, next_label), (200, "KAB. MAGELANG")],
            [(20, "Telepon"), (200, "0274-512345")]]


@pytest.mark.parametrize("label", ["Kabupaten/Kota", "Kabupaten/Kota :", "Kab/Kota:"])  # (with OCR's stray colons)
def test_the_next_fields_value_under_a_wrapped_address_is_no_part_of_it(label):
    rows = _profile(label)
    assert count_uncovered(rows, "KAB. MAGELANG", 3) == letters("KAB. MAGELANG")
    assert count_uncovered(rows, "JL. VETERAN NO. 8", 1) == 0
    assert count_uncovered(rows, "SAWANGAN, KAB. MAGELANG", 2) == 0


def test_an_address_wrapped_with_the_label_column_empty_goes_on():
    rows = _profile()
    rows[3] = [(200, "KAB. MAGELANG 56172")]
    assert count_uncovered(rows, "KAB. MAGELANG 56172", 3) == 0


def test_a_suppliers_address_and_its_regency_field_drawn_in_a_browser(tmp_path, tesseract):
    image = Image.new("RGB", (900, 240), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    label, value = font(18), font(18, bold=True)
    boxes = {}
    for y, caption, text in ((20, "Alamat", "JL. VETERAN NO. 8, DESA TEGALREJO, KEC."), (46, None, "SAWANGAN, KAB. MAGELANG"),
                             (80, "Kabupaten/Kota", "KAB. MAGELANG"), (114, "Telepon", "0274-512345")):
        if caption:
            draw.text((180, y), caption, font=label, fill=(90, 90, 90), anchor="ra")
        draw.text((210, y), text, font=value, fill=(20, 20, 20), anchor="la")
        left, top, right, bottom = draw.textbbox((210, y), text, font=value, anchor="la")
        boxes[y] = (int(left), int(top), int(right), int(bottom))
    before, after = redacted_pixels(image, tmp_path)
    assert pixels_covered(before, after, boxes[20]) and pixels_covered(before, after, boxes[46])
    assert pixels_unchanged(before, after, boxes[80])
