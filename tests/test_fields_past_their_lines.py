"""Values that go on past their line or stop short of the next block: a decree's name whose degrees wrapped under
it while the row's next cell was read on its line; a form's grid of labels whose last values are followed,
well apart, by the next card's heading and fields; a vehicle registration's address whose village, district
and town stand on the next line at the fields' own spacing; a name wrapped in its cell with a side menu's item
read between its lines.  Synthetic OCR for the rules, real Tesseract on rendered pages for the layouts.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

import conftest
from conftest import CW, count_uncovered, font, letters, pixels_covered, pixels_unchanged, redacted_pixels


# --- a name's degrees wrapped under it, the row's next cell beside it --------------------------------------

@pytest.mark.parametrize("rows, value, row", [
    (["Dimas Syahputra Maharani,  Medan,", "S.H.", "NIP. 197702132014081006"], "S.H.", 1),
    (["Dimas Syahputra Maharani,  Medan,", "S.H., M.Si.", "NIP. 197702132014081006"], "S.H., M.Si.", 1),
    # (OCR read the degree's last dot away)
    (["Dimas Syahputra Maharani,  Medan,", "S.H", "NIP. 197702132014081006"], "S.H", 1),
])
def test_a_names_degrees_wrapped_under_it_beside_the_next_cell_are_covered(rows, value, row):
    assert count_uncovered(rows, value, row) == 0


@pytest.mark.parametrize("rows, value, row", [
    # the name has no comma: the line under it is another field's
    (["Dimas Syahputra Maharani  Medan,", "Kepala Bidang"], "Kepala Bidang", 1),
    # the next cell stands a space away, no cell's gap: the line is a sentence's, not a table's row
    (["Dimas Syahputra Maharani, Medan, Bandung", "Kepala Bidang"], "Kepala Bidang", 1),
])
def test_the_line_under_a_name_beside_its_cell_stays_visible_when_no_degree(rows, value, row):
    assert count_uncovered(rows, value, row) == letters(value)


@pytest.mark.usefixtures("tesseract")
def test_a_decrees_list_of_names_with_a_degree_wrapped_in_its_cell(tmp_path):
    """A decree's attachment table as a PDF viewer shows it, its captions not read: a name whose degree wrapped
    onto the cell's next line, the birth place in the next cell close beside it (OCR reads the two on one
    line); the degree is covered with the name, the position beside them stays."""
    serif = Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
    if not serif.exists():
        pytest.skip("Liberation Serif not installed (apt install fonts-liberation)")
    face = ImageFont.truetype(str(serif), 21)
    image = Image.new("RGB", (900, 260), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    beside = 76 + int(draw.textlength("Dimas Syahputra Maharani,", font=face)) + 18
    boxes = {}
    for text, xy in (("2.", (35, 72)), ("Dimas Syahputra Maharani,", (76, 72)), ("S.H.", (76, 104)),
                     ("NIP. 197702132014081006", (76, 136)), ("Medan,", (beside, 72)), ("13-02-1977", (beside, 104)),
                     ("Perawat Terampil", (beside + 160, 72))):
        draw.text(xy, text, fill=(0, 0, 0), font=face)
        boxes[text] = draw.textbbox(xy, text, font=face)
    for x in (20, 70, beside - 9, beside + 150, 880):
        draw.line((x, 20, x, 240), fill=(0, 0, 0), width=1)
    for y in (20, 60, 240):
        draw.line((20, y, 880, y), fill=(0, 0, 0), width=1)
    before, after = redacted_pixels(image, tmp_path)
    for text in ("Dimas Syahputra Maharani,", "S.H."):
        assert pixels_covered(before, after, boxes[text]), f"{text} left readable"
    assert pixels_unchanged(before, after, boxes["Perawat Terampil"]), "the position was covered"



# --- a form's grid of labels ends at the next card's heading -------------------------------------------------

LEAVE = [[(20, "Alamat Cuti"), (440, "No. HP")],
         [(20, "Komplek Griya Hijau Blok A-24, RT 06/RW 12,"), (440, "0851-3488-573")],
         [(20, "Kec. Cibeunying, Kota Bandung")], None, None,
         [(20, "Persetujuan")],
         [(20, "Atasan Langsung"), (440, "Pejabat Berwenang")]]


@pytest.mark.parametrize("value, row", [("Persetujuan", 5), ("Atasan Langsung", 6)])
def test_the_next_cards_heading_and_labels_under_a_grid_of_labels_stay_visible(value, row):
    assert count_uncovered(LEAVE, value, row) == letters(value)


@pytest.mark.parametrize("rows, value, row", [
    (LEAVE, "Kec. Cibeunying, Kota Bandung", 2),
    (LEAVE, "0851-3488-573", 1),
    # a table's next row at its rows' spacing, one cell filled: still the table's
    ([[(20, "Nama"), (300, "Alamat")], [(20, "Budi Santoso"), (300, "Jl. Melati No. 5 RT 02/RW 03")],
      [(20, "Siti Aminah"), (300, "Jl. Kenanga No. 8 RT 01/RW 04")], [(300, "Jl. Mawar No. 12 RT 03/RW 01")]],
     "Jl. Mawar No. 12 RT 03/RW 01", 3),
])
def test_the_grids_values_and_a_tables_one_cell_row_are_still_covered(rows, value, row):
    assert count_uncovered(rows, value, row) == 0


@pytest.mark.usefixtures("tesseract")
def test_a_leave_requests_approval_card_under_its_grid_of_fields(tmp_path):
    """A leave request's card of fields set as a grid (small labels over bold values), the address over two
    lines and the phone beside it, then the approval card: its heading, its labels and the buttons under it
    stay readable; the address and the phone are covered."""
    image = Image.new("RGB", (900, 420), (244, 246, 249))
    draw = ImageDraw.Draw(image)
    label, value, heading = font(11), font(13, bold=True), font(15, bold=True)
    boxes = {}

    def put(xy, text, face, fill=(31, 41, 55)):
        draw.text(xy, text, fill=fill, font=face)
        boxes[text] = draw.textbbox(xy, text, font=face)

    draw.rounded_rectangle((10, 10, 890, 150), radius=8, fill=(255, 255, 255), outline=(226, 230, 235))
    put((30, 30), "Jenis Cuti", label, (107, 114, 128))
    put((360, 30), "Lamanya", label, (107, 114, 128))
    put((30, 46), "Cuti Tahunan", value)
    put((360, 46), "12 hari kerja", value)
    put((30, 78), "Alamat Cuti", label, (107, 114, 128))
    put((360, 78), "No. HP", label, (107, 114, 128))
    put((30, 94), "Komplek Griya Hijau Blok A-24, RT 06/RW 12, Kel. Sukamaju,", value)
    put((360 + 120, 94), "0851-3488-5731", value)
    put((30, 112), "Kec. Cibeunying, Kota Bandung", value)
    draw.rounded_rectangle((10, 165, 890, 330), radius=8, fill=(255, 255, 255), outline=(226, 230, 235))
    put((30, 180), "Persetujuan", heading)
    put((30, 212), "Atasan Langsung", label, (107, 114, 128))
    put((360, 212), "Pejabat Berwenang", label, (107, 114, 128))
    put((30, 290), "Diajukan 19 Mei 2025 14:09", value)
    put((30, 350), "Setujui", value)
    put((120, 350), "Tangguhkan", value)
    put((250, 350), "Tolak", value)
    before, after = redacted_pixels(image, tmp_path)
    for text in ("Komplek Griya Hijau Blok A-24, RT 06/RW 12, Kel. Sukamaju,", "Kec. Cibeunying, Kota Bandung",
                 "0851-3488-5731"):
        assert pixels_covered(before, after, boxes[text]), f"{text} left readable"
    for text in ("Persetujuan", "Atasan Langsung", "Pejabat Berwenang", "Diajukan 19 Mei 2025 14:09", "Setujui",
                 "Tangguhkan", "Tolak"):
        assert pixels_unchanged(before, after, boxes[text]), f"{text} was covered"



# --- an address's town line at the fields' spacing ----------------------------------------------------------

@pytest.fixture
def card_spacing(monkeypatch):
    """Rows set as a card sets its fields: 48 px apart for words 20 px high, farther than a wrap's lines."""
    monkeypatch.setattr(conftest, "PITCH", 48)


def _card(second: str, gap_rows: int = 0) -> list:
    rows = [[(20, "NAMA PEMILIK"), (200, ": GALIH SAPUTRA")], [(20, "ALAMAT"), (200, ": JL. MELATI NO. 12")]]
    rows += [None] * gap_rows
    rows += [[(200 + 2 * CW, second)], [(20, "MERK"), (200, ": HONDA")]]
    return rows


@pytest.mark.parametrize("second", ["SUKAJADI JETIS MAKASSAR", "SIDOHARJO CIBEBER PALEMBANG",
                                    "TEGALREJO SEWON PONT IANAK"])  # (the town OCR parted)
def test_an_address_town_line_at_the_fields_spacing_is_covered(card_spacing, second):
    assert count_uncovered(_card(second), second, 2) == 0


def test_the_town_line_beside_the_next_columns_field_is_covered_up_to_the_gap(card_spacing):
    rows = _card("SUKAJADI JETIS MAKASSAR                    BAHAN BAKAR : BENSIN")
    assert count_uncovered(rows, "SUKAJADI JETIS MAKASSAR", 2) == 0
    assert count_uncovered(rows, "BENSIN", 2) == letters("BENSIN")


@pytest.mark.parametrize("rows, value, row", [
    (_card("SEPEDA MOTOR"), "SEPEDA MOTOR", 2),  # no town: the vehicle's kind, whose label OCR lost
    (_card("SUKAJADI JETIS MAKASSAR", gap_rows=1), "MAKASSAR", 3),  # farther than the fields' spacing
    (_card("BERLAKU : MAKASSAR"), "MAKASSAR", 2),  # a colon: a field of its own
])
def test_a_line_under_an_address_that_is_no_town_line_stays_visible(card_spacing, rows, value, row):
    assert count_uncovered(rows, value, row) == letters(value)


@pytest.mark.usefixtures("tesseract")
def test_photographed_vehicle_registrations_address_town_line(tmp_path):
    """An STNK's address over two lines at the card's own field spacing, the second with no label: its village,
    district and town are covered with the street; the vehicle's make under them stays."""
    from redactor.config import Config
    from test_documents_e2e import Document, _photographed, assert_black, assert_visible, run

    doc = Document(Image.new("RGB", (1300, 560), (226, 238, 222)))
    doc.text((300, 30), "SURAT TANDA NOMOR KENDARAAN BERMOTOR", size=26, bold=True, key="title")
    left = [("NOMOR REGISTRASI", "D 1234 ABC", "plate"), ("NAMA PEMILIK", "GALIH SAPUTRA", "owner"),
            ("ALAMAT", "JL. MELATI NO. 12", "street"), (None, "SUKAJADI JETIS MAKASSAR", "town line"),
            ("MERK", "TOYOTA", "make"), ("TYPE", "AVANZA 1.3 G M/T", "type")]
    right = [("NOMOR RANGKA/NIK/VIN", "MHKM1S784FJ412576", "chassis"), ("NOMOR MESIN", "1NRF705548", "engine"),
             ("WARNA", "SILVER METALIK", "colour"), ("BAHAN BAKAR", "BENSIN", "fuel"),
             ("TAHUN REGISTRASI", "2019", "year"), ("NOMOR BPKB", "R50681241", "bpkb")]
    for column, rows, x_value in ((40, left, 290), (680, right, 960)):
        y = 100
        for label, value, key in rows:
            if label:
                doc.text((column, y + 3), label, size=16, key=label)
                doc.text((x_value - 16, y + 3), ":", size=16)
            doc.text((x_value, y), value, size=20, bold=True, key=key)
            y += 46
    doc = _photographed(doc, seed=12)
    _, out = run(doc, tmp_path, name="stnk.jpg", config=Config(), quality=85)
    for key in ("owner", "street", "town line"):
        assert_black(doc, out, key)
    for key in ("title", "make", "type", "colour", "fuel", "MERK"):
        assert_visible(doc, out, key)



# --- a name wrapped in its cell, a side menu's item sorted between its lines -----------------------------

def _wrapped_beside_a_menu(menu: str, menu_left: int = 27) -> tuple:
    from redactor.findings import Box
    from redactor.ocr import OcrResult, Word

    def word(text, left, top, line):
        return Word(text=text, box=Box(left, top, 10 * len(text), 16), conf=95.0, line_id=line)

    words = (word("Nama", 325, 161, 0), word("Sutrisno", 573, 160, 1), word("NIP", 787, 161, 2),
             word("197909192006061017", 1035, 160, 3), word(menu, menu_left, 170, 4), word("Ramadhan", 574, 184, 5),
             word("Jabatan", 325, 220, 6), word("Guru", 573, 220, 7), word("Ahli", 620, 220, 7))
    return OcrResult(words=words, width=1400, height=300), words[5].box


def _covered(ocr, box) -> bool:
    from redactor.detect import detect

    regions = conftest.covered_regions(detect(ocr).findings, ocr.width, ocr.height)
    cx, cy = box.left + box.width / 2, box.top + box.height / 2
    return any(r.left <= cx <= r.right and r.top <= cy <= r.bottom for r in regions)


def test_a_names_second_line_past_a_side_menus_item_is_covered():
    ocr, box = _wrapped_beside_a_menu("Persetujuan")
    assert _covered(ocr, box)


def test_a_line_under_a_name_past_words_in_the_names_own_panel_stays_visible():
    # (the word between stands right of the label, in the form's own panel: the name's line ends there)
    ocr, box = _wrapped_beside_a_menu("Persetujuan", menu_left=420)
    assert not _covered(ocr, box)


@pytest.mark.usefixtures("tesseract")
def test_a_leave_forms_name_wrapped_in_its_cell_beside_a_side_menu(tmp_path):
    """A leave request's official form beside the app's side menu: the applicant's name wrapped in its narrow
    cell ("Sutrisno" / "Ramadhan"), a menu item read on a row between its two lines; both lines are covered,
    the menu and the form's labels stay."""
    image = Image.new("RGB", (1300, 260), (26, 30, 35))
    draw = ImageDraw.Draw(image)
    regular, bold = font(16), font(16, bold=True)
    boxes = {}

    def put(xy, text, face, fill=(227, 230, 234)):
        draw.text(xy, text, fill=fill, font=face)
        boxes[text] = draw.textbbox(xy, text, font=face)

    draw.rectangle((0, 0, 230, 260), fill=(30, 34, 40))
    for n, item in enumerate(["Dashboard", "Pengajuan Cuti", "Persetujuan", "Riwayat Cuti", "Rekap"]):
        put((20, 24 + n * 42), item, bold if item == "Persetujuan" else regular)
    put((320, 60), "I. DATA PEGAWAI", bold)
    put((325, 100), "Nama", regular, (154, 161, 169))
    put((573, 100), "Sutrisno", regular)
    put((573, 100 + bold.size + 3), "Ramadhan", regular)
    put((787, 100), "NIP", regular, (154, 161, 169))
    put((1035, 100), "197909192006061017", regular)
    put((325, 162), "Jabatan", regular, (154, 161, 169))
    put((573, 162), "Guru Ahli Pertama", regular)
    before, after = redacted_pixels(image, tmp_path)
    for text in ("Sutrisno", "Ramadhan", "197909192006061017"):
        assert pixels_covered(before, after, boxes[text]), f"{text} left readable"
    for text in ("Persetujuan", "Nama", "Jabatan", "Guru Ahli Pertama"):
        assert pixels_unchanged(before, after, boxes[text]), f"{text} was covered"


def test_a_scrap_of_a_photos_noise_is_no_heading_that_ends_the_table():
    """A photographed sheet: OCR missed rows, and read a few pixels of noise as "atm." in the gap they left;
    that scrap is no heading, so the rows under it keep their columns. A heading as tall as the text ends it."""
    from redactor.detect.layout import Row, Segment
    from redactor.detect.tables import Headers
    from redactor.findings import Box
    from redactor.ocr import Word

    def lone(text, top, height):
        return Row(index=9, segments=[Segment(words=[Word(text, Box(40, top, 60, height), 80.0, 0)], row=9, index=0)])

    assert not Headers._a_heading_past(lone("atm.", 227, 3), 200, 0.0, 3, 3, 13)
    assert Headers._a_heading_past(lone("Persetujuan", 260, 13), 200, 8.0, 3, 13, 13)
    assert not Headers._a_heading_past(lone("Persetujuan", 215, 13), 200, 8.0, 3, 13, 13)  # at the rows' spacing

