"""An identity card photographed turned, under the laminate's glare, held by a thumb: OCR misreads or misses
some of its print.  The NIK read as a garble at 0 % with its label read "MX", labels too small or too washed
out to be read at all beside their values, and a label's last word read a letter short ("Lahi") were each a
field left readable."""
from __future__ import annotations

from dataclasses import replace

from redactor.findings import Box
from redactor.ocr import Word
from redactor.visual.card import card_regions
from test_visual import covers, render_card

LOWER_LABELS = ("Kel/Desa", "Kecamatan", "Agama", "Status", "Perkawinan", "Pekerjaan", "Kewarganegaraan")


def _covered(found, box) -> bool:
    return any(covers(b, box) for f in found for b in f.boxes)


def test_a_garbled_card_number_under_a_misread_label_is_covered():
    card, words, values, _photo, _issued = render_card()
    garbled = {"NIK": "MX", "3277015509870003": "3277O155O987OOO3"}
    words = [replace(w, text=garbled[w.text], conf=0.0) if w.text in garbled else w for w in words]
    found = card_regions(card, words)
    assert _covered(found, values["NIK"])
    assert not any("3277" in f.preview for f in found)  # masked in the report


def test_a_letters_number_beside_a_card_like_block_stays():
    card, words, _values, _photo, _issued = render_card()
    number = replace(words[0], text="440/1234/PKM/2025", line_id=200)
    found = card_regions(card, words + [number])
    assert not any(f.preview.startswith("card number") for f in found)


def test_values_whose_labels_were_not_read_are_covered_where_the_colons_stand():
    card, words, values, _photo, issued = render_card()
    words = [w for w in words if w.text not in LOWER_LABELS]  # the lower labels not read at all
    found = card_regions(card, words)
    for label in ("Kel/Desa", "Kecamatan", "Agama", "Status Perkawinan", "Pekerjaan"):
        assert _covered(found, values[label]), label
    assert not any(b.intersects(issued) for f in found for b in f.boxes)  # right of the photo's edge: kept


def test_a_colon_in_another_column_opens_no_field():
    card, words, values, _photo, _issued = render_card()
    kept = [w for w in words if w.text not in LOWER_LABELS]
    # The colons of the lower rows stand a column further right than the colons read beside labels.
    moved = [replace(w, box=Box(w.box.left + 200, w.box.top, w.box.width, w.box.height)) if w.text == ":" and w.box.top > values["Kel/Desa"].top - 5
             else w for w in kept]
    found = card_regions(card, moved)
    assert not _covered(found, values["Agama"])


def test_a_labels_last_word_read_a_letter_short_is_still_the_label():
    card, words, values, _photo, _issued = render_card()
    words = [replace(w, text="Lahi") if w.text == "Lahir" else w for w in words]
    found = card_regions(card, words)
    assert _covered(found, values["Tempat/Tgl Lahir"])


def test_a_validity_date_read_in_two_pieces_stays():
    # "Berlaku Hingga : 22-02- 2017", its label not read: OCR parts the date after its second dash, and a date
    # alone under the fields is the card's validity, no field of the holder's.
    card, words, values, _photo, _issued = render_card()
    below = max(v.bottom for v in values.values()) + 18
    line = [(":", 230), ("22-02-", 250), ("2017", 318)]
    words = words + [Word(text, Box(x, below, 12 * len(text), 20), conf=90.0, line_id=300) for text, x in line]
    found = card_regions(card, words)
    assert not any(b.intersects(Box(250, below, 110, 20)) for f in found for b in f.boxes)


def _rows_of(words, *labels):
    lines = {w.line_id for w in words if w.text in labels}
    return [w for w in words if w.line_id not in lines]


def test_rows_ocr_read_nothing_of_between_rows_read_are_covered():
    # Under the laminate's glare two whole rows (label, colon and value) were not read at all.
    card, words, values, _photo, issued = render_card()
    found = card_regions(card, _rows_of(words, "Kecamatan", "Agama"))
    assert _covered(found, values["Kecamatan"]) and _covered(found, values["Agama"])
    assert not any(b.intersects(issued) for f in found for b in f.boxes)
    # The labels, left of the values' column, stay readable.
    label = next(w for w in words if w.text == "Kecamatan").box
    assert not any(b.intersects(label) for f in found for b in f.boxes)


def test_a_missed_row_beside_misread_labels_is_still_covered():
    card, words, values, _photo, _issued = render_card()
    noisy = {"Kel/Desa": "KelDesa", "Pekerjaan": "Pekerjaar", ":": "1"}
    words = [replace(w, text=noisy.get(w.text, w.text), conf=45.0) for w in _rows_of(words, "Agama")]
    found = card_regions(card, words)
    assert _covered(found, values["Agama"])


def test_a_gap_with_print_read_in_it_or_too_wide_holds_no_missed_row():
    card, words, values, _photo, _issued = render_card()
    # Four rows gone: a break in the layout rather than rows OCR missed.
    found = card_regions(card, _rows_of(words, "Kel/Desa", "Kecamatan", "Agama", "Status"))
    assert not _covered(found, values["Kecamatan"])
    # One row gone but a word read where it stood (a note printed there, not a field's row): left alone.
    card, words, values, _photo, _issued = render_card()
    kept = _rows_of(words, "Agama")
    note = Word("CATATAN", Box(values["Agama"].left + 300, values["Agama"].top, 90, values["Agama"].height),
                conf=90.0, line_id=400)
    found = card_regions(card, kept + [note])
    assert not _covered(found, values["Agama"])


def test_a_citizenship_whose_label_was_not_read_stays_readable():
    # The lower labels washed out: each value where the colons stand is covered, which field it is not
    # known; "WNI" says which (a citizenship, a field kept readable) and stays.
    card, words, values, _photo, _issued = render_card()
    words = [w for w in words if w.text not in LOWER_LABELS]
    found = card_regions(card, words)
    for label in ("Kel/Desa", "Agama", "Pekerjaan"):
        assert _covered(found, values[label]), label
    citizenship = values["Kewarganegaraan"]
    assert not any(b.intersects(citizenship) for f in found for b in f.boxes)
    # Read with a scrap before it, the value is no citizenship alone: covered.
    scrap = next(w for w in words if w.text == "WNI")
    words = [replace(w, text="WNI-7") if w is scrap else w for w in words]
    assert _covered(card_regions(card, words), citizenship)
