"""A decree's attachment listing civil servants, end to end with real Tesseract: each person's name (in
capitals, or titled with degrees that wrap) stacked over their NIP in one cell, and their birth place over
their birth date in a narrow column; the rank, the position and the unit beside them stay readable.  The
rules are checked on synthetic OCR in `tests/test_civil_service_records.py`."""
from __future__ import annotations

from PIL import Image, ImageDraw

from conftest import font
from test_documents_e2e import Document, assert_black, assert_visible, run

COLUMNS = [(20, "NO"), (70, "NAMA / NIP"), (380, "TEMPAT/TGL LAHIR"), (580, "PANGKAT/GOL"), (760, "JABATAN"),
           (960, "UNIT KERJA")]
PEOPLE = [
    (["MARLINA TANJUNG", "197807032006032001"], ["Sleman,", "03-07-1978"], ["Pembina", "IV/a"], "Kepala Seksi", "Inspektorat"),
    (["WAHYU MARPAUNG, S.T.,", "M.Si.", "19810321 201611 2 017"], ["Bantul,", "21-03-1981"], ["Penata", "III/c"],
     "Perencana Ahli Muda", "Bappeda"),
    (["Agnes Handayani", "197302272019031018"], ["Klaten,", "27-02-1973"], ["Pengatur", "II/c"], "Lurah", "Kecamatan Jetis"),
]


def decree_attachment() -> Document:
    doc = Document(Image.new("RGB", (1160, 470), (255, 255, 255)))
    draw = ImageDraw.Draw(doc.image)
    for x, caption in COLUMNS:
        doc.text((x + 6, 22), caption, size=15, bold=True, key="head " + caption)
    top, line = 56, 24
    for n, (name_lines, birth_lines, rank_lines, post, unit) in enumerate(PEOPLE):
        draw.line((10, top - 8, 1150, top - 8), fill=(0, 0, 0), width=1)
        doc.text((26, top), f"{n + 1}.", size=16)
        for k, text in enumerate(name_lines):
            doc.text((76, top + k * line), text, size=16, key=f"name{n}.{k}")
        for k, text in enumerate(birth_lines):
            doc.text((386, top + k * line), text, size=16, key=f"birth{n}.{k}")
        for k, text in enumerate(rank_lines):
            doc.text((586, top + k * line), text, size=16, key=f"rank{n}.{k}")
        doc.text((766, top), post, size=16, key=f"post{n}")
        doc.text((966, top), unit, size=16, key=f"unit{n}")
        top += line * len(name_lines) + 22
    for x, _ in COLUMNS[1:]:
        draw.line((x, 14, x, top - 8), fill=(0, 0, 0), width=1)
    draw.line((10, top - 8, 1150, top - 8), fill=(0, 0, 0), width=1)
    return doc


def test_names_over_their_nips_and_wrapped_birth_places_in_a_decrees_table(tmp_path):
    doc = decree_attachment()
    _, out = run(doc, tmp_path)
    for n, (name_lines, birth_lines, _rank, _post, _unit) in enumerate(PEOPLE):
        assert_black(doc, out, f"name{n}.0")
        assert_black(doc, out, f"name{n}.{len(name_lines) - 1}")  # the NIP
        assert_black(doc, out, f"birth{n}.0")
        assert_black(doc, out, f"birth{n}.1")
        for key in (f"rank{n}.0", f"rank{n}.1", f"post{n}", f"unit{n}"):
            assert_visible(doc, out, key)
    assert_visible(doc, out, "head NAMA / NIP")


# A digital ID card's fields in a narrow column: the birth place and the date's day and month on one line, the
# year wrapped alone under the place; the labels beside them stay readable.
CARD = [("NIK", ["3174051206900003"]), ("Nama", ["DIMAS HASIBUAN"]),
        ("Tempat, Tanggal Lahir", ["JAKARTA, 08 SEPTEMBER", "2004"]), ("Jenis Kelamin", ["LAKI-LAKI"]),
        ("Agama", ["ISLAM"])]


def id_card_fields() -> Document:
    doc = Document(Image.new("RGB", (460, 260), (255, 255, 255)))
    # the values' column starts right after the longest label, as close as a card sets it: OCR reads the
    # label and the value as one piece ("Tempat, Tanggal Lahir JAKARTA, 08 SEPTEMBER")
    column = 20 + round(ImageDraw.Draw(doc.image).textlength("Tempat, Tanggal Lahir", font=font(16))) + 14
    top = 20
    for label, lines in CARD:
        doc.text((20, top), label, size=16, key="label " + label)
        for k, text in enumerate(lines):
            doc.text((column, top), text, size=16, key=f"{label}.{k}")
            top += 24
        top += 10
    return doc


def test_a_birth_place_and_day_over_the_wrapped_year_on_an_id_card(tmp_path):
    doc = id_card_fields()
    _, out = run(doc, tmp_path)
    assert_black(doc, out, "Tempat, Tanggal Lahir.0")
    assert_black(doc, out, "Tempat, Tanggal Lahir.1")
    for key in ("label Tempat, Tanggal Lahir", "label Jenis Kelamin", "label Agama"):
        assert_visible(doc, out, key)
