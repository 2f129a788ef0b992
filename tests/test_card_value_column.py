"""An identity card photographed turned: a field's band ran from its label's end, so a short label's ("Nama")
band crossed the empty gap before the colons, which on a tilted photo lies inside the upright box of the
longer label under it ("Tempat/Tgl Lahir"), and that label was covered.  The bands start where the card's
values do: the column the first value words of its rows share."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
from PIL import Image

from conftest import font
from redactor.config import Config
from redactor.findings import Box
from redactor.ocr import Word
from redactor.pipeline import analyse, render
from redactor.load import load_bytes
from redactor.visual.card import card_regions
from test_visual import CARD_FIELDS, covers, render_card

VALUE_LEFT = 250  # where render_card prints every value


def _bands(found):
    return [b for f in found if f.category not in ("photo", "signature") for b in f.boxes]


def test_bands_start_at_the_values_column_not_at_a_short_labels_end():
    card, words, values, _photo, _issued = render_card()
    found = card_regions(card, words)
    for label, box in values.items():
        if label != "Kewarganegaraan":
            assert any(covers(b, box) for b in _bands(found)), label
    # "Nama" ends near x=80, "Agama" near x=90: their bands no longer reach back over the gap before the colons.
    assert all(b.left >= VALUE_LEFT - 20 for b in _bands(found))


def test_a_missed_first_value_word_is_still_covered_from_the_column():
    card, words, values, _photo, _issued = render_card()
    words = [w for w in words if w.text != "JL."]  # OCR lost the address's first word
    found = card_regions(card, words)
    assert any(covers(b, values["Alamat"]) for b in _bands(found))


def test_noisy_colons_and_a_misread_value_keep_the_column():
    card, words, values, _photo, _issued = render_card()
    noisy = {":": "1", "SUKAJADI": "SUKAJAD1", "PEREMPUAN": "PEREMPUAM"}
    words = [replace(w, text=noisy.get(w.text, w.text), conf=40.0) for w in words]
    found = card_regions(card, words)
    for label in ("Kel/Desa", "Jenis Kelamin", "Nama"):
        assert any(covers(b, values[label]) for b in _bands(found)), label


def test_without_a_shared_column_the_band_starts_at_the_label_as_before():
    # Each row's value (and colon) a step further right than the row above's: no column is shared, and each
    # band starts just past its label.
    card, words, values, _photo, _issued = render_card()
    labels = {w.line_id: w.box.right for w in words if w.box.left < 200}
    words = [replace(w, box=Box(w.box.left + 45 * w.line_id, w.box.top, w.box.width, w.box.height))
             if w.box.left >= 200 and w.line_id < 20 else w for w in words]
    nama = next(w for w in words if w.text == "Nama")
    found = card_regions(card, words)
    assert found and labels
    assert any(b.left < nama.box.right + 20 and b.top <= nama.box.top <= b.bottom for b in _bands(found))


INK = (25, 35, 130)


def _turned_card() -> tuple[Image.Image, dict[str, np.ndarray]]:
    """A KTP-like card turned 12 degrees on a dark table, and for each of some labels and values a mask of its ink."""
    from PIL import ImageDraw
    W, H = 1000, 640
    layers: dict[str, Image.Image] = {}
    card = Image.new("RGB", (W, H), (200, 222, 236))
    d = ImageDraw.Draw(card)
    f = font(22)
    d.text((300, 20), "PROVINSI JAWA BARAT", fill=(20, 20, 20), font=font(28))
    for i, (label, value) in enumerate(CARD_FIELDS):
        y = 80 + i * 42
        for key, x, text in ((label, 30, label), ("value " + label, 270, value)):
            d.text((x, y), text, fill=INK, font=f)
            layer = Image.new("L", (W, H), 0)
            ImageDraw.Draw(layer).text((x, y), text, fill=255, font=f)
            layers[key] = layer
        d.text((250, y), ":", fill=INK, font=f)
    d.rectangle((770, 110, 950, 340), fill=(30, 90, 190))
    table = Image.new("RGB", (1500, 1100), (60, 58, 62))
    angle = 12
    turned = card.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC, fillcolor=(60, 58, 62))
    box = Image.new("L", card.size, 255).rotate(angle, expand=True)
    offset = (150, 150)
    table.paste(turned, offset, box)
    masks = {}
    for key, layer in layers.items():
        full = Image.new("L", table.size, 0)
        full.paste(layer.rotate(angle, expand=True), offset)
        masks[key] = np.asarray(full) > 128
    return table, masks


def test_a_turned_cards_long_labels_stay_readable_and_its_values_covered():
    import io
    photo, masks = _turned_card()
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=92)
    analysis = analyse(load_bytes(buffer.getvalue(), "card.jpg"), Config())
    black = (np.asarray(render(analysis).convert("RGB")) < 12).all(axis=-1)  # the ink is blue, a cover black
    for label in ("Tempat/Tgl Lahir", "Jenis Kelamin", "Kecamatan", "Status Perkawinan"):
        # The label's upright box, as a reader (or a check) frames a tilted word: the gaps before the colons of
        # the short labels above it reached into it (10-24 % of it covered).
        ys, xs = np.nonzero(masks[label])
        assert black[ys.min():ys.max() + 1, xs.min():xs.max() + 1].mean() < 0.05, label
    for label in ("Nama", "Tempat/Tgl Lahir", "Alamat", "Agama"):
        assert black[masks["value " + label]].mean() > 0.9, label
