"""Text boxes widened to the ink of their word: the glyph Tesseract's box left out is covered too,
the next word after a space is not."""
from __future__ import annotations

import pytest
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from conftest import font
from redactor.findings import Box, Finding
from redactor.ink import trim_to_ink, trim_words_to_ink, widen_to_ink


def _line(words: list[str], size: int = 14, ink=(17, 27, 33), paper=(255, 255, 255)):
    """A screen line of words; returns the image and each word's pixel box."""
    image = Image.new("RGB", (1600, 80), paper)
    draw = ImageDraw.Draw(image)
    f = font(size)
    x, boxes = 20, []
    for word in words:
        left, top, right, bottom = draw.textbbox((x, 20), word, font=f)
        draw.text((x, 20), word, fill=ink, font=f)
        boxes.append(Box.from_edges(left, top, right, bottom))
        x = right + round(f.getlength(" "))
    return image, boxes


def _finding(box: Box) -> Finding:
    return Finding(category="credential", boxes=(box,), score=0.9, preview="Password ghp_••••")


@pytest.mark.parametrize("size", [12, 14, 20, 28])
@pytest.mark.parametrize("dark", [False, True])
def test_a_box_a_glyph_short_of_its_word_reaches_the_word_end_and_stops_at_the_space(size, dark):
    colours = {"ink": (233, 237, 239), "paper": (11, 20, 26)} if dark else {}
    image, (label, token, after) = _line(["token-nya", "ghp_cago6LGVgEa0wgCBotKTYBfAQAZOYpQMhXzS", "jangan"],
                                         size, **colours)
    short = Box.from_edges(token.left, token.top, token.right - round(0.7 * size), token.bottom)
    (widened,) = widen_to_ink(image, [_finding(short)])
    box = widened.boxes[0]
    assert box.right >= token.right - 0.15 * size, (box, token)   # (the faint antialiased edge is padded by the cover)
    assert box.right < after.left, (box, after)       # "jangan" stays as it was
    assert box.left > label.right                     # and so does the label before it


def test_a_box_that_already_holds_its_word_is_left_as_it_is():
    image, (_, token, _) = _line(["Nama", "Budi", "Santoso"])
    (same,) = widen_to_ink(image, [_finding(token)])
    assert same.boxes[0].left >= token.left - 1 and same.boxes[0].right <= token.right + 1


def test_growth_is_at_most_about_one_glyph():
    # A run of ink with no gaps (a rule, a bar) does not drag the box along with it.
    image = Image.new("RGB", (600, 60), "white")
    ImageDraw.Draw(image).rectangle((20, 22, 580, 36), fill="black")
    box = Box(200, 20, 40, 18)
    (widened,) = widen_to_ink(image, [_finding(box)])
    assert widened.boxes[0].left >= 200 - 19 and widened.boxes[0].right <= 240 + 19


def _photographed_value(noise: bool):
    """A small grey label over a bold value on off-white paper, blurred (and noisy) like a phone photo;
    returns the image, the label's and the value's ink boxes."""
    image = Image.new("RGB", (700, 140), (214, 218, 208))
    draw = ImageDraw.Draw(image)
    label = draw.textbbox((40, 20), "Date of birth / Tanggal lahir", font=font(16))
    draw.text((40, 20), "Date of birth / Tanggal lahir", fill=(90, 90, 110), font=font(16))
    value = draw.textbbox((40, 44), "17 APR 1963", font=font(26))
    draw.text((40, 44), "17 APR 1963", fill=(25, 25, 35), font=font(26))
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    if noise:
        rng = np.random.default_rng(7)
        pixels = np.asarray(image, dtype=np.int16) + rng.normal(0, 6, (140, 700, 3)).round().astype(np.int16)
        image = Image.fromarray(pixels.clip(0, 255).astype(np.uint8))
    return image, Box.from_edges(*label), Box.from_edges(*value)


@pytest.mark.parametrize("noise", [False, True])
def test_a_photographed_value_boxed_twice_its_height_is_trimmed_to_its_ink_and_no_further(noise):
    image, label, value = _photographed_value(noise)
    tall = Box.from_edges(value.left, value.top - value.height // 2, value.right, value.bottom + value.height // 2)
    (trimmed,) = trim_to_ink(image, [_finding(tall)])
    box = trimmed.boxes[0]
    assert box.top <= value.top and box.bottom >= value.bottom, (box, value)  # all of its ink stays covered
    assert box.height < 0.75 * tall.height, (box, tall)                        # the empty rows are gone
    assert box.left == tall.left and box.right == tall.right


def test_a_box_that_hugs_its_ink_or_holds_no_ink_is_left_as_it_is():
    image, _, value = _photographed_value(noise=True)
    snug = value.padded(0, 2)
    blank = Box(600, 60, 80, 60)
    (found,) = trim_to_ink(image, [Finding("person_name", (snug, blank), 0.9, "Nama B•••")])
    assert found.boxes == (snug, blank)


@pytest.mark.parametrize("noise", [False, True])
def test_a_word_boxed_from_the_label_above_down_to_its_own_glyphs_is_trimmed_to_its_own_line(noise):
    image, label, value = _photographed_value(noise)
    # Tesseract's box of the value's first word, reaching up over the label printed above it.
    first = Box.from_edges(value.left, label.top, value.left + value.width // 4, value.bottom)
    (trimmed,) = trim_words_to_ink(image, [first])
    assert trimmed.top > label.bottom, (trimmed, label)                              # off the label's line
    assert trimmed.top <= value.top + 1 and trimmed.bottom >= value.bottom, (trimmed, value)  # all its ink kept
    assert (trimmed.left, trimmed.right) == (first.left, first.right)


def test_a_word_boxed_with_room_for_its_ascenders_or_holding_no_ink_is_left_as_read():
    image, label, value = _photographed_value(noise=True)
    roomy = Box.from_edges(value.left, value.top - value.height // 3, value.right, value.bottom + value.height // 3)
    blank = Box(600, 60, 80, 60)
    assert trim_words_to_ink(image, [roomy, blank, label]) == [roomy, blank, label]


# ------------------------------------------------ a street's first word OCR skipped at a cell's edge
def _address_cell(first="Jl.", rest=("Veteran", "No.", "90"), size=14, dark=False, border=True):
    """A spreadsheet cell: its left border, then an address whose first word OCR did not read."""
    colours = {"ink": (233, 237, 239), "paper": (32, 33, 36)} if dark else {}
    image, boxes = _line([first, *rest], size, **colours)
    if border:
        ImageDraw.Draw(image).line((boxes[0].left - 5, 0, boxes[0].left - 5, 79), fill=(120, 120, 120), width=1)
    return image, boxes


def _address(boxes) -> Finding:
    return Finding(category="address", boxes=(Box.union(boxes),), score=0.9, preview="Alamat V•••")


@pytest.mark.parametrize("size", [12, 14, 20])
@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("first", ["Jl.", "Gg.", "JL."])
def test_an_address_takes_in_the_short_word_ocr_skipped_before_it(size, dark, first):
    image, (lead, *value) = _address_cell(first, size=size, dark=dark)
    (widened,) = widen_to_ink(image, [_address(value)], words=value)
    # (a "J" hooks below the value's band, left of where its stem starts: the cover's padding takes that in)
    assert widened.boxes[0].left <= lead.left + 0.2 * size, (widened.boxes[0], lead)


def test_a_word_ocr_read_before_an_address_is_left_to_detection():
    # "Alamat" was read and not taken as part of the value: a label stays readable.
    image, (label, *value) = _address_cell("Alamat", border=False)
    (same,) = widen_to_ink(image, [_address(value)], words=[label, *value])
    assert same.boxes[0].left >= value[0].left - 1


def test_long_unread_text_and_other_categories_are_left_alone():
    # A whole phrase OCR skipped is no short leading word; a name's box never grows over unread ink.
    image, (lead, *value) = _address_cell("Kantor-Kecamatan-Lama", border=False)
    (same,) = widen_to_ink(image, [_address(value)], words=value)
    assert same.boxes[0].left >= value[0].left - 1
    image, (lead, *value) = _address_cell()
    name = Finding(category="person_name", boxes=(Box.union(value),), score=0.9, preview="Nama V•••")
    (same,) = widen_to_ink(image, [name], words=value)
    assert same.boxes[0].left >= value[0].left - 1


def test_an_unread_word_with_more_text_close_before_it_is_left_alone():
    # "Tinggal di Jl. …" read without "di": the unread word is not at the start of its cell.
    image, (w1, w2, *value) = _line(["Tinggal", "di", "Veteran", "No.", "90"])
    (same,) = widen_to_ink(image, [_address(value)], words=[*value])
    assert same.boxes[0].left >= value[0].left - 1


def _banner(text: str, spacing: int = 1):
    """A small red confidentiality banner, its mark in white capitals spaced out; returns the image and
    the box of each letter."""
    image = Image.new("RGB", (700, 40), (180, 35, 24))
    draw = ImageDraw.Draw(image)
    f = font(12, bold=True)
    x, boxes = 300, []
    for ch in text:
        if ch != " ":
            left, top, right, bottom = draw.textbbox((x, 12), ch, font=f)
            draw.text((x, 12), ch, fill="white", font=f)
            boxes.append(Box.from_edges(left, top, right, bottom))
        x += round(f.getlength(ch)) + spacing
    return image, boxes


def _mark(box: Box, detector: str) -> Finding:
    return Finding(category="classification", boxes=(box,), score=0.75, preview="Klasifikasi C•••••••",
                   detector=detector)


@pytest.mark.parametrize("text, read", [("CONFIDENTIAL", 8), ("CONFIDENTIAL", 9), ("STRICTLY CONFIDENTIAL", 16)])
def test_a_mark_ocr_read_in_part_on_a_banner_is_covered_to_its_last_letter(text, read):
    image, letters = _banner(text)
    part = Box.from_edges(letters[0].left, min(b.top for b in letters), letters[read - 1].right,
                          max(b.bottom for b in letters))
    (widened,) = widen_to_ink(image, [_mark(part, "classification_en_damaged")])
    assert widened.boxes[0].right >= letters[-1].right - 1


def test_a_whole_mark_and_other_findings_grow_by_a_glyph_at_most():
    image, letters = _banner("CONFIDENTIAL")
    part = Box.from_edges(letters[0].left, min(b.top for b in letters), letters[7].right,
                          max(b.bottom for b in letters))
    (exact,) = widen_to_ink(image, [_mark(part, "classification_en")])
    assert exact.boxes[0].right < letters[-1].right - 1
    (other,) = widen_to_ink(image, [_finding(part)])
    assert other.boxes[0].right < letters[-1].right - 1


def test_a_damaged_mark_stops_at_the_space_before_the_next_word():
    image, (mark, after) = _line(["CONFIDEN", "Payroll"], 14)
    (widened,) = widen_to_ink(image, [_mark(mark, "classification_en_damaged")])
    assert widened.boxes[0].right < after.left


@pytest.mark.parametrize("size", [14, 20, 28])
@pytest.mark.parametrize("blur", [0.0, 0.8])                 # a phone photo's softness too
def test_a_value_starting_at_a_word_does_not_grow_into_the_label_ocr_read_before_it(size, blur):
    image, (label, value, after) = _line(["Alamat:", "Jl.", "Dago"], size)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    space = value.left - label.right
    # Tesseract boxed both words a little wide, into the space between them, so they overlap.
    label_read = Box.from_edges(label.left, label.top, value.left + 2, label.bottom)
    value_read = Box.from_edges(value.left - round(0.6 * space), value.top, after.right, value.bottom)
    (widened,) = widen_to_ink(image, [_finding(value_read)], [label_read, value_read])
    assert widened.boxes[0].left >= value_read.left, (widened.boxes[0], label)   # the label's colon stays apart
    assert widened.boxes[0].right >= after.right - 1


def test_a_value_starting_inside_a_word_still_grows_over_the_rest_of_it():
    # "+62 888…" read as one word "4-62": the value "62…" starts inside it, and the "+" is its own.
    image, (word, _) = _line(["+62888951966902", "Terima"], 20)
    inside = Box.from_edges(word.left + 14, word.top, word.right, word.bottom)
    (widened,) = widen_to_ink(image, [_finding(inside)], [word])
    assert widened.boxes[0].left <= word.left + 2


def test_a_value_whose_word_ocr_split_with_no_space_still_grows_over_the_part_before():
    # "rahmi_handayani@…" read as "«rahmi." and "handayani@…": the mail found from the second word only.
    size = 14
    image, (word, _) = _line(["rahmi_handayani@kemenkeu.go.id", "Kepada"], size)
    split = word.left + round(font(size).getlength("rahmi_"))
    first, second = Box.from_edges(word.left, word.top, split, word.bottom), \
        Box.from_edges(split, word.top, word.right, word.bottom)
    (widened,) = widen_to_ink(image, [_finding(second)], [first, second])
    assert widened.boxes[0].left < split - 2    # it reaches back over the underscore as before


# ------------------------------------------------------------- a name whose first letters OCR lost

def _name(box: Box, detector: str) -> Finding:
    return Finding(category="person_name", boxes=(box,), score=0.6, preview="Nama a K•••••", detector=detector)


@pytest.mark.parametrize("size", [14, 20, 28])
@pytest.mark.parametrize("bold", [False, True])
def test_a_name_read_without_its_first_letters_is_covered_from_its_first_glyph(size, bold):
    # "Vina Kusuma Susanti" beside an avatar read "a Kusuma Susanti": the box starts at the first word's "a".
    image = Image.new("RGB", (900, 80), "white")
    draw = ImageDraw.Draw(image)
    f = font(size, bold=bold)
    draw.ellipse((10, 5, 70, 65), fill=(150, 165, 185))                  # the avatar
    left, top, right, bottom = draw.textbbox((100, 20), "Vina Kusuma Susanti", font=f)
    draw.text((100, 20), "Vina Kusuma Susanti", fill=(17, 27, 33), font=f)
    read_from = 100 + round(f.getlength("Vin"))
    read = Box.from_edges(read_from, top, right, bottom)
    (widened,) = widen_to_ink(image, [_name(read, "person_name_unlabelled_clipped")])
    assert widened.boxes[0].left <= left + 1, (widened.boxes[0], left)
    assert widened.boxes[0].left > 70                                    # not over the avatar
    (plain,) = widen_to_ink(image, [_name(read, "person_name_unlabelled")])
    assert plain.boxes[0].left > left + 1                                # other names grow by a glyph at most


def test_a_clipped_name_stops_at_the_space_before_it():
    image, (before, name, rest) = _line(["Kepada", "Budi", "Santoso"], 20)
    read = Box.from_edges(name.left + 12, name.top, rest.right, rest.bottom)
    (widened,) = widen_to_ink(image, [_name(read, "person_name_clipped")])
    assert widened.boxes[0].left > before.right


# ------------------------------------------------------------- a number's first digit "1" set apart by its bearings

def _number(box: Box, category: str = "location") -> Finding:
    return Finding(category=category, boxes=(box,), score=0.8, preview="Lokasi 11••••74")


@pytest.mark.parametrize("size", [14, 20, 28])
@pytest.mark.parametrize("label", ["Long:", "NIK", "Lokasi"])
def test_a_numbers_first_one_its_box_left_out_is_covered_and_the_label_stays(size, label):
    image = Image.new("RGB", (900, 80), "white")
    draw = ImageDraw.Draw(image)
    f = font(size)
    draw.text((20, 20), label, fill=(17, 27, 33), font=f)
    label_right = draw.textbbox((20, 20), label, font=f)[2]
    x = 20 + round(f.getlength(label + " "))
    left, top, right, bottom = draw.textbbox((x, 20), "119.468474", font=f)
    draw.text((x, 20), "119.468474", fill=(17, 27, 33), font=f)
    read = Box.from_edges(x + round(f.getlength("1")) + 1, top, right, bottom)   # the box starts at the second "1"
    columns = (np.asarray(image.convert("L"))[top:bottom, left:read.left] < 128).any(axis=0)
    first_ink = left + int(np.flatnonzero(columns)[0])                   # the first "1"'s left edge
    (widened,) = widen_to_ink(image, [_number(read)])
    assert widened.boxes[0].left <= first_ink, (widened.boxes[0], first_ink)
    assert widened.boxes[0].left > label_right, (widened.boxes[0], label_right)
