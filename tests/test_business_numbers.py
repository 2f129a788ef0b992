"""A business's registration number (NIB, SIUP) beside its label on a supplier's profile is the company's, public in
the licensing register: thirteen digits that pass a payment card's check by chance are no card.  A card number
under its own label, or bare, is still covered.  On synthetic OCR words, then end to end with real Tesseract."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import count_uncovered, font, letters, pixels_covered, pixels_unchanged, redacted_pixels

NUMBER = "5182961402964"  # thirteen digits that pass the card check


@pytest.mark.parametrize("rows, row", [
    ([f"NIB: {NUMBER}"], 0),
    ([[(20, "NIB"), (200, NUMBER)]], 0),
    ([[(20, "Nomor Induk Berusaha"), (300, NUMBER)]], 0),
    # OCR noise: the label's colon read as a bar, the label run into "No.NIB"
    ([f"No.NIB | {NUMBER}"], 0),
    ([[(20, "Nama Perusahaan"), (300, "CV Abadi Jaya")], [(20, "SIUP :"), (300, NUMBER)]], 1),
])
def test_a_business_registration_number_beside_its_label_stays(rows, row):
    assert count_uncovered(rows, NUMBER, row) == letters(NUMBER)


@pytest.mark.parametrize("rows, row", [
    ([NUMBER], 0),                                  # a card number alone
    ([f"No. Kartu {NUMBER}"], 0),                   # under a card's label
    ([[(20, "NIB"), (200, "1234567")], [(20, "Kartu Kredit"), (200, NUMBER)]], 1),  # the label on the row above
    ([f"Pembayaran NIB lunas, kartu {NUMBER}"], 0),  # the label's word earlier in a sentence
])
def test_a_card_number_not_right_after_a_business_label_is_covered(rows, row):
    assert count_uncovered(rows, NUMBER, row) == 0


def test_a_suppliers_profile_drawn_in_a_browser(tmp_path, tesseract):
    """A procurement system's supplier profile: the company's NIB beside its label stays, the contact person's
    card number under its label is covered."""
    image = Image.new("RGB", (900, 260), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    small, value = font(20), font(22)
    boxes = {}
    for y, label, text, key in ((30, "Nama Perusahaan", "CV Abadi Jaya", "company"), (80, "NIB", NUMBER, "nib"),
                                (130, "No. Kartu Kredit", "4111 1111 1111 1111", "card")):
        draw.text((30, y), label, font=small, fill=(100, 100, 100), anchor="la")
        draw.text((260, y), text, font=value, fill=(20, 20, 20), anchor="la")
        left, top, right, bottom = draw.textbbox((260, y), text, font=value, anchor="la")
        boxes[key] = (int(left), int(top), int(right), int(bottom))
    before, after = redacted_pixels(image, tmp_path)
    assert pixels_unchanged(before, after, boxes["nib"])
    assert pixels_unchanged(before, after, boxes["company"])
    assert pixels_covered(before, after, boxes["card"])
