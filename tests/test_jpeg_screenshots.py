"""Screenshots saved or forwarded as JPEG (a phone that saves screenshots as JPEG, a chat that recompresses
them) are read as screenshots, not as photos of a page, and their colour bleeding is not read as stamps."""
from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.load import load_bytes
from redactor.pipeline import analyse, looks_like_photo
from redactor.visual.stamps import STAMP_CONFIDENCE, STAMP_WORDS, find_stamps
from test_photo_format import camera_photo

GIVEN = ["Hana", "Budi", "Siti", "Agus", "Rina", "Dewi", "Eko", "Wahyu", "Fitri", "Joko"]
FAMILY = ["Suartini", "Santoso", "Rahmawati", "Pratama", "Lestari", "Wulandari", "Saputra", "Hidayat"]
PLACES = ["Langsa", "Bandung", "Semarang", "Medan", "Makassar", "Padang", "Kediri"]
COLUMNS = [("No", 40), ("NIK", 160), ("Nama Lengkap", 190), ("Tempat Lahir", 120), ("Tgl Lahir", 100),
           ("Alamat", 260), ("No. HP", 140), ("Jabatan", 180)]


def staff_sheet(seed: int = 3) -> tuple[Image.Image, list[tuple[int, int]]]:
    """A spreadsheet of staff, dense enough to leave few empty areas, under a pink-tinted heading row; and
    where each birth date starts."""
    rng = random.Random(seed)
    image = Image.new("RGB", (1366, 768), "white")
    draw = ImageDraw.Draw(image)
    regular, bold = font(13), font(13, bold=True)
    draw.rectangle([0, 0, 1366, 40], fill=(33, 115, 70))
    draw.text((14, 12), "Rekap Data Pegawai.xlsx", font=bold, fill="white")
    y = 70
    draw.rectangle([10, y, 1356, y + 24], fill=(236, 200, 200))
    x = 14
    for name, width in COLUMNS:
        draw.text((x, y + 5), name, font=bold, fill=(40, 20, 20))
        x += width
    dates = []
    for number in range(1, 23):
        y += 26
        draw.line([10, y - 1, 1356, y - 1], fill=(220, 220, 220))
        row = [str(number), "3273" + "".join(str(rng.randint(0, 9)) for _ in range(12)),
               f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}".upper(), rng.choice(PLACES).upper(),
               f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1965, 1998)}",
               f"Jl. Melati No. {rng.randint(1, 99)} RT 0{rng.randint(1, 9)}/RW 0{rng.randint(1, 9)}",
               "08" + "".join(str(rng.randint(0, 9)) for _ in range(10)), "Analis Kepegawaian"]
        x = 14
        for (name, width), value in zip(COLUMNS, row):
            if name == "Tgl Lahir":
                dates.append((x, y + 5))
            draw.text((x, y + 5), value, font=regular, fill=(30, 30, 30))
            x += width
    return image, dates


def jpeg(image: Image.Image, quality: int, shrink: float = 1.0) -> bytes:
    if shrink != 1.0:
        image = image.resize((round(image.width * shrink), round(image.height * shrink)), Image.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


SAVED_AS = {"saved-as-jpeg": (60, 1.0), "forwarded-shrunk": (65, 0.7)}


@pytest.mark.parametrize("quality, shrink", SAVED_AS.values(), ids=SAVED_AS.keys())
def test_a_dense_sheet_screenshot_in_jpeg_is_no_photo(quality, shrink):
    assert not looks_like_photo(load_bytes(jpeg(staff_sheet()[0], quality, shrink), "sheet.jpg"))


@pytest.mark.parametrize("seed", [1, 2])
def test_a_camera_photo_of_a_page_stays_a_photo(seed):
    """The sensor's noise lies over the page too: no area of a photo is exactly flat."""
    photo = np.asarray(camera_photo(seed=seed), dtype=np.float32)
    photo += np.random.default_rng(seed).normal(0, 3, photo.shape)
    photo = Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8))
    assert looks_like_photo(load_bytes(jpeg(photo, 85), "photo.jpg"))


@pytest.mark.usefixtures("tesseract")
def test_a_sheet_screenshot_in_jpeg_keeps_its_birth_date_column_and_reads_no_stamps():
    """Read as a photo, the sheet's columns ran together; read as stamps, the dark heading's reddish JPEG
    fringes came back as scraps over 'Tgl Lahir', and the column lost its heading."""
    sheet, dates = staff_sheet()
    analysis = analyse(load_bytes(jpeg(sheet, 60), "sheet.jpg"))
    scraps = [w.text for w in analysis.ocr.words if w.conf == STAMP_CONFIDENCE and w.text not in STAMP_WORDS]
    assert scraps == []
    births = [b for f in analysis.findings if f.category == "birth_date" for b in f.boxes]
    missed = [(x, y) for x, y in dates
              if not any(b.left - 3 <= x <= b.right and b.top - 3 <= y + 5 <= b.bottom for b in births)]
    assert missed == []


def _stamped_over_text(image: Image.Image) -> Image.Image:
    stamp = Image.new("RGBA", (300, 70), (0, 0, 0, 0))
    ink = ImageDraw.Draw(stamp)
    ink.rectangle((2, 2, 297, 67), outline=(200, 20, 30, 255), width=4)
    ink.text((16, 18), "SANGAT RAHASIA", fill=(200, 20, 30, 255), font=font(28, bold=True))
    stamped = image.copy()
    stamped.paste(stamp, (560, 300), stamp)
    return stamped


@pytest.mark.usefixtures("tesseract")
def test_a_red_stamp_over_read_text_is_still_read():
    """The stamp lies over words the page pass reads; its own reading names a classification and stays."""
    buffer = io.BytesIO()
    _stamped_over_text(staff_sheet()[0]).save(buffer, "PNG")
    analysis = analyse(load_bytes(buffer.getvalue(), "sheet.png"))
    assert "classification" in {f.category for f in analysis.findings}
    assert any(w.conf == STAMP_CONFIDENCE and w.text == "SANGAT RAHASIA" for w in analysis.ocr.words)


def test_dark_print_with_reddish_jpeg_fringes_is_no_red_ink():
    heading = load_bytes(jpeg(staff_sheet()[0].crop((0, 60, 1366, 100)), 60), "heading.jpg").image
    assert find_stamps(heading) == []


def test_red_print_is_red_ink():
    """A licence's red labels ('DOB', 'EXP') are read by the stamp reader too: the page pass reads red
    print on a tinted card poorly."""
    card = Image.new("RGB", (500, 120), (236, 226, 210))
    ImageDraw.Draw(card).text((40, 40), "DOB", fill=(200, 30, 40), font=font(24, bold=True))
    ImageDraw.Draw(card).text((140, 40), "01/02/1985", fill=(20, 20, 20), font=font(24))
    stamps = find_stamps(load_bytes(jpeg(card, 80), "card.jpg").image)
    assert len(stamps) == 1 and stamps[0].left < 140
