"""English pages: a patient portal's record (a record number under a label wrapped onto two lines, a
problem list whose conditions carry their ICD-10 codes) and a support team's chat (a customer's name before
the contact details pasted from a ticket, Irish and Italian names, a payment provider's secret key).  A
clinic's name, a form's label column under an "MRN" field and an identifier's caption stay visible.
Synthetic OCR words (conftest.make_ocr) and one page read by real Tesseract."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import count_uncovered, font, letters, pixels_covered, pixels_unchanged, redacted_pixels




# --- names ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    # a given name the lists do not hold before a listed family name, contact details after it
    (["Matteo Harris, (602) 976-1257, matteo.h@gmail.com"], "Matteo Harris"),
    # a family name of its own shape
    (["Emily O'Connor  11:27 AM", "Details pls"], "Emily O'Connor"),
    (["Giulia O'Connor"], "Giulia O'Connor"),
    (["Please forward it to Sarah McAllister today"], "Sarah McAllister"),
    # a given name that is also an everyday word ("grace", "mark") before a family name of its own shape
    (["Grace O'Connor  9:29 AM", "who has the deck?"], "Grace O'Connor"),
    (["Mark McAllister"], "Mark McAllister"),
    # OCR read the apostrophe as a right quote
    (["Liam O’Brien  9:12 AM"], "Liam O’Brien"),
])
def test_an_english_name_with_no_label_is_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Lakeview Medical Group   MyHealth   Log out"], "Lakeview Medical Group"),
    (["Bayside Community Health"], "Bayside Community Health"),
    (["Riverside Dental"], "Riverside Dental"),
    (["The Machine Learning team meets on Friday"], "Machine Learning"),
    (["Meeting at Lincoln Center on Monday"], "Lincoln Center"),
    (["Will Power"], "Will Power"),                         # an everyday given name before an everyday word
])
def test_a_clinic_or_a_heading_in_english_stays_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


# --- record numbers ---------------------------------------------------------------------------------------

def test_a_record_number_beside_a_label_wrapped_onto_two_lines_is_covered():
    rows = [[(20, "Birth date"), (220, "Dec 20, 1951")],
            [(20, "Medical record"), (220, "E9241748")],
            [(20, "number")],
            [(20, "Home phone"), (220, "(919) 940-4055")]]
    assert count_uncovered(rows, "E9241748") == 0


def test_the_label_column_under_an_mrn_field_is_no_column_of_identifiers():
    # "MRN | MRN E806608445" is a field and its value, not a table's header: the labels under it stay.
    rows = [[(20, "MRN"), (220, "MRN E806608445")],
            [(20, "Subscriber ID"), (220, "ZGP6441576601")],
            [(20, "Mobile"), (220, "503-948-4656")],
            [(20, "Address"), (220, "451 Elm Court")],
            [(20, "Problem list")]]
    assert count_uncovered(rows, "E806608445") == 0
    assert count_uncovered(rows, "ZGP6441576601") == 0
    for label in ("Subscriber", "Mobile", "Address", "Problem list"):
        assert count_uncovered(rows, label) == letters(label), label


@pytest.mark.parametrize("rows, value", [
    # an identifier's column whose cells are words: the next fields' labels, not numbers
    ([[(20, "Member ID"), (220, "Plan")], [(20, "Dependents"), (220, "Family")]], "Dependents"),
])
def test_words_under_an_identifiers_caption_stay_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


# --- conditions -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rows, value", [
    (["Problem list", "Generalized anxiety disorder (F41.1)", "Upcoming appointment"],
     "Generalized anxiety disorder (F41.1)"),
    (["Chronic kidney disease, stage 3 (N18.30)"], "Chronic kidney disease, stage 3 (N18.30)"),
    (["Riwayat: Dispepsia (K30)"], "Dispepsia (K30)"),
    # the code's letter read as a bracket
    (["Asthma, mild intermittent ()45.20)"], "Asthma, mild intermittent ()45.20)"),
    (["E11.9 - Type 2 diabetes mellitus"], "E11.9 - Type 2 diabetes mellitus"),
    # a condition split from its code by a form's value column
    ([[(20, "Major depressive disorder,"), (290, "single episode (F32.9)")]], "Major depressive disorder,"),
])
def test_a_condition_with_its_icd_code_is_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["Problem list", "Generalized anxiety disorder (F41.1)"], "Problem list"),
    (["Suplemen Vitamin (B12) 1000 mcg"], "Vitamin (B12)"),
    (["Lihat pasal A1.2 tentang tata cara"], "tata cara"),
])
def test_a_heading_or_a_vitamin_stays_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


# --- read by real Tesseract -------------------------------------------------------------------------------

@pytest.mark.usefixtures("tesseract")
def test_a_patient_record_read_by_tesseract(tmp_path):
    """A patient portal's record card as a browser draws it at 100 %: label column, value column, the
    problem list under it, the clinic's name above."""
    image = Image.new("RGB", (1000, 560), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    boxes = {}
    regular, bold = font(15), font(17, bold=True)
    draw.text((24, 18), "Lakeview Medical Group", fill=(20, 60, 160), font=bold)
    boxes["clinic"] = draw.textbbox((24, 18), "Lakeview Medical Group", font=bold)
    fields = [("Legal name", "Giulia O'Connor", "name"), ("Date of birth", "May 26, 1982", "dob"),
              ("MRN", "E34746603", "mrn"), ("Mobile", "(919) 940-4055", "phone"),
              ("Email", "giulia.oconnor@icloud.com", "email")]
    y = 70
    for label, value, key in fields:
        draw.text((24, y), label, fill=(100, 110, 120), font=regular)
        boxes["label_" + key] = draw.textbbox((24, y), label, font=regular)
        draw.text((230, y), value, fill=(20, 20, 20), font=regular)
        boxes[key] = draw.textbbox((230, y), value, font=regular)
        y += 32
    y += 20
    draw.text((24, y), "Problem list", fill=(20, 20, 20), font=bold)
    boxes["heading"] = draw.textbbox((24, y), "Problem list", font=bold)
    for k, line in enumerate(["Generalized anxiety disorder (F41.1)", "Chronic kidney disease, stage 3 (N18.30)"]):
        y += 32
        draw.text((24, y), line, fill=(20, 20, 20), font=regular)
        boxes[f"condition{k}"] = draw.textbbox((24, y), line, font=regular)
    before, after = redacted_pixels(image, tmp_path, "portal.png")

    def unchanged(key):
        return pixels_unchanged(before, after, boxes[key])

    def covered(key):
        return pixels_covered(before, after, boxes[key])

    for key in ("name", "dob", "mrn", "phone", "email", "condition0", "condition1"):
        assert covered(key), f"{key} still readable"
    for key in ("clinic", "heading", "label_name", "label_mrn", "label_phone"):
        assert unchanged(key), f"{key} was covered"
