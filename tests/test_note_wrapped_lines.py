"""A labelled note of health data wrapped in its box goes on with its lines: a hospital system's "Catatan"
over "Kontrol rutin, gula darah puasa masih tinggi, lanjut" / "metformin 2x500 mg" left the medicine
readable.  The next field, beside its own label or opening with one, is no part of it.  Synthetic OCR words
(conftest.make_ocr) and a registration form read by real Tesseract."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import count_uncovered, font, letters, pixels_covered, pixels_unchanged, redacted_pixels

_NOTE = [[(20, "No. RM"), (200, "02-47-11-12")],
         [(20, "Keluhan Utama :"), (200, "Batuk berdahak satu minggu, sesak saat")],
         [(200, "malam hari dan demam tinggi")],
         [(20, "Dokter :"), (200, "Poli Paru")]]


def test_the_wrapped_lines_of_a_note_are_covered():
    assert count_uncovered(_NOTE, "Batuk berdahak satu minggu, sesak saat") == 0
    assert count_uncovered(_NOTE, "malam hari dan demam tinggi") == 0


def test_the_next_field_beside_its_label_is_no_line_of_the_note():
    assert count_uncovered(_NOTE, "Poli Paru") == letters("Poli Paru")


def test_a_line_that_opens_with_a_label_ends_the_note():
    rows = [[(20, "Keluhan Utama :"), (200, "Batuk berdahak satu minggu, sesak saat")],
            [(200, "Status: Menunggu antrean poli")]]
    assert count_uncovered(rows, "Status: Menunggu antrean poli") == letters("Status: Menunggu antrean poli")


def test_a_wrapped_line_read_with_misread_letters_is_covered():
    rows = [[(20, "Keluhan Utama:"), (200, "Kontrol rutin, gula darah puasa tinggi, lanjut")],
            [(200, "metforrnin 2x5OO rng")],
            [(20, "Dokter :"), (200, "Poli Paru")]]
    assert count_uncovered(rows, "metforrnin 2x5OO rng") == 0


@pytest.mark.usefixtures("tesseract")
def test_a_registration_forms_note_wrapped_in_its_box_is_covered(tmp_path):
    """A hospital system's registration form: captions over boxed values, the visit's note over two lines."""
    image = Image.new("RGB", (760, 330), (238, 241, 245))
    draw = ImageDraw.Draw(image)
    label, value = font(13), font(16)
    boxes = {}
    draw.text((30, 20), "No. RM", fill=(100, 110, 120), font=label)
    draw.rectangle((30, 40, 360, 74), fill=(255, 255, 255), outline=(210, 214, 220))
    draw.text((42, 48), "02471112", fill=(30, 30, 30), font=value)
    draw.text((30, 100), "Keluhan Utama", fill=(100, 110, 120), font=label)
    draw.rectangle((30, 120, 600, 190), fill=(255, 255, 255), outline=(210, 214, 220))
    for key, (y, line) in {"first": (128, "Kontrol rutin, gula darah puasa masih tinggi, lanjut"),
                           "second": (154, "metformin 2x500 mg sehari dua kali")}.items():
        draw.text((42, y), line, fill=(30, 30, 30), font=value)
        boxes[key] = draw.textbbox((42, y), line, font=value)
    draw.text((30, 220), "Poli Tujuan", fill=(100, 110, 120), font=label)
    draw.rectangle((30, 240, 360, 274), fill=(255, 255, 255), outline=(210, 214, 220))
    draw.text((42, 248), "Poli Penyakit Dalam", fill=(30, 30, 30), font=value)
    boxes["clinic"] = draw.textbbox((42, 248), "Poli Penyakit Dalam", font=value)
    before, after = redacted_pixels(image, tmp_path, "registration.png")
    assert pixels_covered(before, after, boxes["first"])
    assert pixels_covered(before, after, boxes["second"]), "the note's second line is still readable"
    assert pixels_unchanged(before, after, boxes["clinic"])
