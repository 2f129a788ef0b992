"""Vehicle papers, pension apps and school records: a vehicle's chassis and engine numbers, a driving licence's
newer fourteen-digit number, a pension fund's participant and pension numbers, the owner or offender on a
traffic ticket and a greeted user are covered; the vehicle's colour, year and dates under the same captions in
a form's grid, and the police, registration and justice offices named on the page, stay visible.  Synthetic
OCR words (conftest.make_ocr) and one vehicle-tax page read by real Tesseract."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import count_uncovered, font, letters, pixels_covered, pixels_unchanged, redacted_pixels
from redactor.detect import detect
from redactor.findings import Box
from redactor.ocr import OcrResult, Word




# --- a vehicle's numbers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    (["No. Rangka : MH1JFZ113KK123456"], "MH1JFZ113KK123456"),
    # a chassis number has the VIN's shape wherever it stands
    (["MHFW2BP8355486251"], "MHFW2BP8355486251"),
    (["Nomor Mesin : JBK1E142173"], "JBK1E142173"),
    (["No Mesin", "KF41E-2685483"], "KF41E-2685483"),
    (["Engine number 1NR2250727"], "1NR2250727"),
])
def test_a_vehicles_chassis_and_engine_numbers_are_covered(rows, value):
    assert count_uncovered(rows, value) == 0


GRID = [[(20, "No. Rangka/NIK"), (320, "Nomor Mesin"), (620, "Tahun")],
        [(20, "MHYW3CG8F93287906"), (320, "KF41E-2685483"), (620, "2022")],
        [(20, "Warna"), (320, "Masa Berlaku Pajak")],
        [(20, "MERAH"), (320, "05-04-2025")]]


@pytest.mark.parametrize("value", ["MHYW3CG8F93287906", "KF41E-2685483"])
def test_in_a_forms_grid_the_numbers_under_their_captions_are_covered(value):
    assert count_uncovered(GRID, value) == 0


@pytest.mark.parametrize("value", ["Warna", "MERAH", "05-04-2025", "2022"])
def test_in_a_forms_grid_the_next_fields_under_those_captions_stay_visible(value):
    assert count_uncovered(GRID, value) == letters(value)


# A vehicle tax page's grid: a caption no recognizer knows ("Jenis Kendaraan") beside the owner's caption is the
# grid's next caption, not the owner's value; the owner under "Atas Nama" is covered.
TAX_GRID = [[(20, "No. Pol"), (320, "Atas Nama"), (620, "Jenis Kendaraan")],
            [(20, "L 8391 AC"), (320, "SETYO PARDEDE"), (620, "SEPEDA MOTOR")],
            [(20, "Merk - Tipe"), (320, "No. Mesin"), (620, "No. KTP")],
            [(20, "HONDA SCOOPY"), (320, "JFZ1E2224566"), (620, "3323052306899462")]]


@pytest.mark.parametrize("value", ["SETYO PARDEDE", "JFZ1E2224566", "3323052306899462"])
def test_in_a_vehicle_tax_grid_the_owner_under_its_caption_is_covered(value):
    assert count_uncovered(TAX_GRID, value) == 0


@pytest.mark.parametrize("value", ["Jenis Kendaraan", "SEPEDA MOTOR", "Merk - Tipe", "HONDA SCOOPY"])
def test_in_a_vehicle_tax_grid_the_vehicles_particulars_stay_visible(value):
    assert count_uncovered(TAX_GRID, value) == letters(value)


@pytest.mark.parametrize("rows, value", [
    (["Nomor Mesin : belum diisi"], "belum diisi"),
    (["Mesin cuci rusak sejak kemarin"], "rusak"),
])
def test_words_after_an_engine_label_stay_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


# --- licences, pension funds ------------------------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    ([[(20, "SIM Pengemudi"), (260, "472931246592")]], "472931246592"),
    (["No. SIM : 4729 3124 659210"], "4729 3124 659210"),
    (["NOTAS", "40.5986.78566"], "40.5986.78566"),
    ([[(20, "NOTAS"), (260, "1875484178941")]], "1875484178941"),
    (["Nomor Pensiun", "7513179614"], "7513179614"),
    (["NOPEN : 527689843290"], "527689843290"),
])
def test_a_licence_and_a_pension_funds_numbers_are_covered(rows, value):
    assert count_uncovered(rows, value) == 0


# --- owners, offenders, greetings ------------------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    ([[(20, "Nama Pemilik"), (260, "NURAINI HASIBUAN")]], "NURAINI HASIBUAN"),
    (["Pelanggar : DEWI ISKANDAR"], "DEWI ISKANDAR"),
    (["Nama Pengemudi", "MULYADI PRATAMA"], "MULYADI PRATAMA"),
    (["Selamat pagi,", "RIZKY HANDAYANI PURBA"], "RIZKY HANDAYANI PURBA"),
    ([[(20, "Nama Peserta Didik"), (260, "Krisna Fajar Suryani")]], "Krisna Fajar Suryani"),
])
def test_an_owner_an_offender_a_pupil_and_a_greeted_user_are_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    ([[(20, "Unit Penindak"), (260, "Satlantas Polres Magelang")]], "Satlantas Polres Magelang"),
    ([[(20, "Unit Penindak"), (260, "Ditlantas Polda Sumut")]], "Ditlantas Polda Sumut"),
    ([[(20, "Kantor"), (260, "Samsat Bantul")]], "Samsat Bantul"),
    ([[(20, "Sidang"), (260, "Kejaksaan Negeri Bantul")]], "Kejaksaan Negeri Bantul"),
])
def test_police_registration_and_justice_offices_stay_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


# --- a plate drawn as a plate -----------------------------------------------------------------------------

def _chip_page(chip: list[tuple[str, float, int]]) -> OcrResult:
    """A page naming a plate in its field ("No. Polisi  BK 7244 JVL"), and above it a plate chip read as
    OCR reads a framed plate: `chip` holds (text, confidence, box height) for its words, side by side on one
    line, the frame's edges boxed tall."""
    words, x = [], 40
    for text, conf, height in chip:
        width = 14 * len(text)
        words.append(Word(text=text, box=Box(x, 60 - (height - 16) // 2, width, height), conf=conf, line_id=0))
        x += width + 10
    x = 40
    for text in ["No.", "Polisi"]:
        words.append(Word(text=text, box=Box(x, 160, 12 * len(text), 16), conf=95, line_id=1))
        x += 12 * len(text) + 8
    x = 300
    for text in ["BK", "7244", "JVL"]:
        words.append(Word(text=text, box=Box(x, 160, 12 * len(text), 16), conf=95, line_id=2))
        x += 12 * len(text) + 8
    return OcrResult(words=tuple(words), width=700, height=240)


def _covered(ocr: OcrResult, box: Box) -> bool:
    cx, cy = box.left + box.width / 2, box.top + box.height / 2
    return any(f.bounds.left <= cx <= f.bounds.right and f.bounds.top <= cy <= f.bounds.bottom
               for f in detect(ocr).findings)


@pytest.mark.parametrize("chip", [
    [("TBK", 45, 36), ("7244", 97, 16), ("JVL)", 62, 35)],   # the frame's edges read as "T" and ")"
    [("rBK", 60, 40), ("7244", 97, 16), ("Jl}", 45, 40)],    # a letter misread beside the frame
    [("(17244", 30, 48), ("JVL", 70, 20)],                  # the region glued to the number, "BK" read as "1"
    [("BK", 86, 18), ("7244", 82, 16), ("vq)", 40, 30)],    # the last letters misread, boxed with the frame
])
def test_a_plate_chip_read_with_its_frame_is_covered_when_the_page_names_the_plate(chip):
    ocr = _chip_page(chip)
    for word in ocr.words:
        if word.line_id == 0:
            assert _covered(ocr, word.box), f"{word.text!r} of the chip left visible"


@pytest.mark.parametrize("chip", [
    [("Total", 96, 16), ("7244", 97, 16), ("item", 96, 16)],   # the same digits, no plate's letters after them
    [("Rp", 96, 16), ("17.244", 97, 16), ("JVL", 96, 16)],    # an amount
    [("Kode", 96, 16), ("872440", 97, 16), ("JVL", 96, 16)],  # a longer number
])
def test_the_plates_number_in_another_line_stays_visible(chip):
    ocr = _chip_page(chip)
    assert not any(_covered(ocr, w.box) for w in ocr.words if w.line_id == 0)


# --- read by real Tesseract ------------------------------------------------------------------------------

@pytest.mark.usefixtures("tesseract")
def test_a_plate_chip_read_by_tesseract(tmp_path):
    """A vehicle-tax page's plate drawn as a plate, white on a black chip in a grey frame, above the field
    that names it: both are covered; the page's heading stays."""
    image = Image.new("RGB", (900, 300), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    heading = font(22, bold=True)
    draw.text((30, 20), "Informasi Pajak Kendaraan", fill=(30, 30, 30), font=heading)
    boxes = {"heading": draw.textbbox((30, 20), "Informasi Pajak Kendaraan", font=heading)}
    chip = font(30, bold=True)
    text_box = draw.textbbox((50, 90), "BK 7244 JVL", font=chip)
    # (the frame close around the letters, as a page draws a plate: OCR reads its edges into them)
    frame = (text_box[0] - 8, text_box[1] - 4, text_box[2] + 8, text_box[3] + 4)
    draw.rounded_rectangle(frame, radius=4, fill=(17, 17, 17), outline=(85, 85, 85), width=3)
    draw.text((50, 90), "BK 7244 JVL", fill=(255, 255, 255), font=chip)
    boxes["chip"] = text_box
    small, value = font(20), font(24, bold=True)
    draw.text((30, 200), "No. Polisi", fill=(110, 110, 110), font=small)
    draw.text((220, 198), "BK 7244 JVL", fill=(25, 25, 25), font=value)
    boxes["field"] = draw.textbbox((220, 198), "BK 7244 JVL", font=value)
    before, after = redacted_pixels(image, tmp_path, "plat.png")
    for key in ("chip", "field"):
        assert pixels_covered(before, after, boxes[key]), f"{key} still readable"
    assert pixels_unchanged(before, after, boxes["heading"])


@pytest.mark.usefixtures("tesseract")
def test_a_vehicle_tax_grid_read_by_tesseract(tmp_path):
    """A vehicle-tax page's grid of captions over values, as a browser draws it: the owner, the NIK, the
    chassis and engine numbers are covered; the make, the colour, the year and the Samsat office stay."""
    image = Image.new("RGB", (1100, 420), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    cells = [[("Nama Pemilik", None), ("No. Identitas", None), ("Tahun", None)],
             [("INDAH PANGARIBUAN", "owner"), ("3273015507870001", "nik"), ("2022", "year")],
             [("No. Rangka/NIK", None), ("Nomor Mesin", None), ("Merk / Type", None)],
             [("MHYW3CG8F93287906", "chassis"), ("KF41E-2685483", "engine"), ("HONDA / SCOOPY", "make")],
             [("Warna", None), ("Kantor Samsat", None), ("", None)],
             [("MERAH", "colour"), ("Samsat Bantul", "office"), ("", None)]]
    boxes = {}
    y = 24
    for r, row in enumerate(cells):
        caption = r % 2 == 0
        f = font(20 if caption else 24, bold=not caption)
        for c, (text, key) in enumerate(row):
            x = 30 + c * 360
            if text:
                draw.text((x, y), text, fill=(110, 110, 110) if caption else (25, 25, 25), font=f)
            if key:
                boxes[key] = draw.textbbox((x, y), text, font=f)
        y += 40 if caption else 72
    before, after = redacted_pixels(image, tmp_path, "pajak.png")

    def unchanged(key):
        return pixels_unchanged(before, after, boxes[key])

    def covered(key):
        return pixels_covered(before, after, boxes[key])

    for key in ("owner", "nik", "chassis", "engine"):
        assert covered(key), f"{key} still readable"
    for key in ("year", "make", "colour", "office"):
        assert unchanged(key), f"{key} was covered"
