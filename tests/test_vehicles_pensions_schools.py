"""Vehicle papers, pension apps and school records: a vehicle's chassis and engine numbers, a driving licence's
newer fourteen-digit number, a pension fund's participant and pension numbers, the owner or offender on a
traffic ticket and a greeted user are covered; the vehicle's colour, year and dates under the same captions in
a form's grid, and the police, registration and justice offices named on the page, stay visible.  Synthetic
OCR words (conftest.make_ocr) and one vehicle-tax page read by real Tesseract."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import font, make_ocr, uncovered_chars
from redactor.config import Config
from redactor.detect import detect


def _uncovered(rows, value: str, row: int | None = None) -> int:
    layout = make_ocr(rows)
    assert layout.value_boxes(value, row), f"test bug: {value!r} not in {rows!r}"
    return len(uncovered_chars(layout, detect(layout.ocr).findings, value, row))


def _letters(value: str) -> int:
    return len(value.replace(" ", ""))


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
    assert _uncovered(rows, value) == 0


GRID = [[(20, "No. Rangka/NIK"), (320, "Nomor Mesin"), (620, "Tahun")],
        [(20, "MHYW3CG8F93287906"), (320, "KF41E-2685483"), (620, "2022")],
        [(20, "Warna"), (320, "Masa Berlaku Pajak")],
        [(20, "MERAH"), (320, "05-04-2025")]]


@pytest.mark.parametrize("value", ["MHYW3CG8F93287906", "KF41E-2685483"])
def test_in_a_forms_grid_the_numbers_under_their_captions_are_covered(value):
    assert _uncovered(GRID, value) == 0


@pytest.mark.parametrize("value", ["Warna", "MERAH", "05-04-2025", "2022"])
def test_in_a_forms_grid_the_next_fields_under_those_captions_stay_visible(value):
    assert _uncovered(GRID, value) == _letters(value)


@pytest.mark.parametrize("rows, value", [
    (["Nomor Mesin : belum diisi"], "belum diisi"),
    (["Mesin cuci rusak sejak kemarin"], "rusak"),
])
def test_words_after_an_engine_label_stay_visible(rows, value):
    assert _uncovered(rows, value) == _letters(value)


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
    assert _uncovered(rows, value) == 0


# --- owners, offenders, greetings ------------------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    ([[(20, "Nama Pemilik"), (260, "NURAINI HASIBUAN")]], "NURAINI HASIBUAN"),
    (["Pelanggar : DEWI ISKANDAR"], "DEWI ISKANDAR"),
    (["Nama Pengemudi", "MULYADI PRATAMA"], "MULYADI PRATAMA"),
    (["Selamat pagi,", "RIZKY HANDAYANI PURBA"], "RIZKY HANDAYANI PURBA"),
    ([[(20, "Nama Peserta Didik"), (260, "Krisna Fajar Suryani")]], "Krisna Fajar Suryani"),
])
def test_an_owner_an_offender_a_pupil_and_a_greeted_user_are_covered(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    ([[(20, "Unit Penindak"), (260, "Satlantas Polres Magelang")]], "Satlantas Polres Magelang"),
    ([[(20, "Unit Penindak"), (260, "Ditlantas Polda Sumut")]], "Ditlantas Polda Sumut"),
    ([[(20, "Kantor"), (260, "Samsat Bantul")]], "Samsat Bantul"),
    ([[(20, "Sidang"), (260, "Kejaksaan Negeri Bantul")]], "Kejaksaan Negeri Bantul"),
])
def test_police_registration_and_justice_offices_stay_visible(rows, value):
    assert _uncovered(rows, value) == _letters(value)


# --- read by real Tesseract ------------------------------------------------------------------------------

@pytest.mark.usefixtures("tesseract")
def test_a_vehicle_tax_grid_read_by_tesseract(tmp_path):
    """A vehicle-tax page's grid of captions over values, as a browser draws it: the owner, the NIK, the
    chassis and engine numbers are covered; the make, the colour, the year and the Samsat office stay."""
    import numpy as np

    from redactor.pipeline import redact_file

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
    src, out = tmp_path / "pajak.png", tmp_path / "out.png"
    image.save(src)
    redact_file(src, out, config=Config(visual=False))
    before = np.asarray(image.convert("L")).astype(np.float64)
    after = np.asarray(Image.open(out).convert("L")).astype(np.float64)

    def unchanged(key):
        left, top, right, bottom = boxes[key]
        return np.array_equal(before[top:bottom, left:right], after[top:bottom, left:right])

    def covered(key):
        left, top, right, bottom = boxes[key]
        a, b = before[top:bottom, left:right].ravel(), after[top:bottom, left:right].ravel()
        return b.std() < 4 or abs(np.corrcoef(a, b)[0, 1]) < 0.35

    for key in ("owner", "nik", "chassis", "engine"):
        assert covered(key), f"{key} still readable"
    for key in ("year", "make", "colour", "office"):
        assert unchanged(key), f"{key} was covered"
