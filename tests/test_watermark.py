"""ID-card copy watermarked for one purpose: `redactor watermark` end to end with real Tesseract.

The test draws its own KTP-like card (light and dark), runs the command line, and reads the
output back with Tesseract turned to the watermark's slope: the purpose must be legible in
several places, one of them inside the card's field area.
"""
from __future__ import annotations

import datetime as dt
import io
import math
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageOps

from conftest import font, png_chunks, run_cli, sha256
from redactor.watermark import ANGLE, apply_watermark, expand_cover, layout_for, text_mask, watermark_text

PURPOSE = "Hanya untuk pendaftaran CPNS BKN"
PURPOSE_WORDS = ("hanya", "untuk", "pendaftaran", "cpns", "bkn")
OCR_CONFIG = "--psm 11 -c thresholding_method=2"  # Sauvola: adaptive, for text over printing
FIELDS = [("NIK", ": 3273012505900003"), ("Nama", ": SITI RAHAYU"), ("Tempat/Tgl Lahir", ": BANDUNG, 25-05-1990"),
          ("Jenis Kelamin", ": PEREMPUAN"), ("Alamat", ": JL. MERDEKA NO. 10"), ("RT/RW", ": 003/007"),
          ("Kel/Desa", ": CITARUM"), ("Kecamatan", ": BANDUNG WETAN"), ("Agama", ": ISLAM"),
          ("Pekerjaan", ": PEGAWAI NEGERI SIPIL"), ("Kewarganegaraan", ": WNI")]
# Where the printed fields sit on the card drawn below (labels and values, not the photo).
FIELD_AREA = (40, 125, 620, 590)
PHOTO = (760, 160, 960, 420)
CARDS = {"light": ((170, 205, 235), (20, 20, 20)), "dark": ((30, 40, 70), (235, 235, 235))}


def draw_card(theme: str) -> Image.Image:
    background, ink = CARDS[theme]
    card = Image.new("RGB", (1011, 638), background)
    draw = ImageDraw.Draw(card)
    draw.text((505, 30), "PROVINSI JAWA BARAT", font=font(32, bold=True), fill=ink, anchor="mt")
    draw.text((505, 70), "KOTA BANDUNG", font=font(30, bold=True), fill=ink, anchor="mt")
    for row, (label, value) in enumerate(FIELDS):
        y = 125 + row * 42
        draw.text((40, y), label, font=font(24), fill=ink)
        draw.text((290, y), value, font=font(24), fill=ink)
    draw.rectangle(PHOTO, fill=(120, 120, 130))
    return card


def purpose_words_found(image: Image.Image) -> list[tuple[str, float, float]]:
    """Purpose words Tesseract reads, with their centres mapped back into the image's coordinates.

    The watermark slopes by ANGLE, so the image is turned level first; light ink on a dark card is
    read from the negative, as dark-on-light is what Tesseract expects.
    """
    import pytesseract

    found = []
    width, height = image.size
    turn = math.radians(ANGLE)
    for variant in (image, ImageOps.invert(image)):
        level = variant.rotate(-ANGLE, expand=True, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
        data = pytesseract.image_to_data(level, lang="ind+eng", config=OCR_CONFIG,
                                         output_type=pytesseract.Output.DICT)
        cx, cy = level.width / 2, level.height / 2
        for i, word in enumerate(data["text"]):
            if float(data["conf"][i]) < 60 or word.strip().lower().strip(".,") not in PURPOSE_WORDS:
                continue
            x = data["left"][i] + data["width"][i] / 2 - cx
            y = data["top"][i] + data["height"][i] / 2 - cy
            found.append((word.lower(), x * math.cos(turn) + y * math.sin(turn) + width / 2,
                          -x * math.sin(turn) + y * math.cos(turn) + height / 2))
    return found


def inside(box, x, y) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


@pytest.mark.usefixtures("tesseract")
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_purpose_readable_in_several_places_including_the_fields(theme, tmp_path):
    source = tmp_path / "ktp.png"
    draw_card(theme).save(source)
    before = sha256(source)
    result = run_cli("watermark", str(source), "--purpose", PURPOSE, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "ktp.watermarked.png"
    assert f"wrote {out}" in result.stdout
    assert dt.date.today().strftime("%d-%m-%Y") in result.stdout
    assert sha256(source) == before  # the original is never modified

    found = purpose_words_found(Image.open(out).convert("RGB"))
    places = {(round(x / 60), round(y / 60)) for _, x, y in found}
    assert len(places) >= 4, found
    assert {w for w, _, _ in found} >= {"hanya", "cpns"}, found
    assert any(inside(FIELD_AREA, x, y) for _, x, y in found), found
    # Nothing readable without the watermark: the plain card carries none of these words.
    assert not purpose_words_found(draw_card(theme))


@pytest.mark.parametrize("size", [(1011, 638), (638, 1011), (3000, 1900), (400, 250)])
def test_no_field_sized_window_is_left_clean(size):
    """No field can be cut out clean: every window the size of a short KTP value holds watermark ink."""
    import numpy as np

    width, height = size
    mask = np.asarray(text_mask(size, watermark_text(PURPOSE), layout_for(width, height))) > 128
    window_w, window_h = round(min(size) / 7), round(min(size) / 23)  # "WNI" on a card this size
    sums = np.pad(mask.cumsum(0).cumsum(1), ((1, 0), (1, 0)))
    ink = (sums[window_h:, window_w:] - sums[:-window_h, window_w:] - sums[window_h:, :-window_w]
           + sums[:-window_h, :-window_w])
    assert ink.min() > 0


@pytest.mark.usefixtures("tesseract")
def test_cover_chosen_fields_and_keep_the_others(tmp_path):
    import numpy as np
    import pytesseract

    source = tmp_path / "ktp.jpg"
    card = draw_card("light")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x8825] = {1: "S", 2: (6.0, 54.0, 0.0), 3: "E", 4: (107.0, 36.0, 0.0)}  # GPS
    card.save(source, "JPEG", quality=95, exif=exif)
    out = tmp_path / "for-bkn.png"
    result = run_cli("watermark", str(source), "--purpose", PURPOSE, "--cover", "address", "photo",
                     "-o", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "MERDEKA" not in result.stdout and "covered Alamat" in result.stdout
    assert "GPS location" in result.stdout

    data = out.read_bytes()
    assert [kind for kind, _ in png_chunks(data)] == [b"IHDR", b"IDAT", b"IEND"] or \
        {kind for kind, _ in png_chunks(data)} <= {b"IHDR", b"IDAT", b"IEND"}
    marked = Image.open(io.BytesIO(data))
    assert not marked.getexif() and not marked.info.get("exif")

    text = pytesseract.image_to_string(marked, lang="ind+eng").upper()
    assert "MERDEKA" not in text and "CITARUM" not in text
    pixels = np.asarray(marked.convert("L"), dtype=np.int16)
    # The photo is covered: its grey is gone under the box (the watermark on top is all that varies).
    photo = pixels[PHOTO[1] + 10:PHOTO[3] - 10, PHOTO[0] + 10:PHOTO[2] - 10]
    assert np.median(photo) < 40
    # The name stays for the recipient: its row differs from the card only by the translucent watermark.
    original = np.asarray(card.convert("L"), dtype=np.int16)
    name_row = np.s_[167:195, 290:460]
    assert np.median(np.abs(pixels[name_row] - original[name_row])) < 20


def test_watermark_text_adds_the_date_once():
    day = dt.date(2026, 12, 5)
    assert watermark_text("Hanya untuk  pendaftaran CPNS BKN", day) == "Hanya untuk pendaftaran CPNS BKN — 05-12-2026"
    assert watermark_text("Only for bank X, 01-02-2026", day) == "Only for bank X, 01-02-2026"
    assert watermark_text("Only for bank X", day, add_date=False) == "Only for bank X"
    with pytest.raises(ValueError):
        watermark_text("   ")


def test_choosing_the_photo_covers_the_face_found_in_it_too():
    assert expand_cover(["photo"]) == {"photo", "face"}
    assert expand_cover(["address"]) == {"address"}


def test_command_line_errors_are_one_line_and_exit_2(tmp_path):
    card = tmp_path / "ktp.png"
    draw_card("light").save(card)
    unknown = run_cli("watermark", str(card), "--purpose", PURPOSE, "--cover", "shoe_size", cwd=tmp_path)
    assert unknown.returncode == 2 and "unknown category" in unknown.stderr
    missing = run_cli("watermark", str(tmp_path / "none.png"), "--purpose", PURPOSE, cwd=tmp_path)
    assert missing.returncode == 3 and len(missing.stderr.strip().splitlines()) == 1
    empty = run_cli("watermark", str(card), "--purpose", "  ", cwd=tmp_path)
    assert empty.returncode == 2
    assert not (tmp_path / "ktp.watermarked.png").exists()


def test_the_output_name_chooses_the_format_unless_format_is_given(tmp_path):
    card = tmp_path / "ktp.png"
    draw_card("light").save(card)
    named = run_cli("watermark", str(card), "--purpose", PURPOSE, "-o", str(tmp_path / "ktp-bpjs.jpg"), cwd=tmp_path)
    assert named.returncode == 0, named.stderr
    assert Image.open(tmp_path / "ktp-bpjs.jpg").format == "JPEG"
    chosen = run_cli("watermark", str(card), "--purpose", PURPOSE, "--format", "webp", cwd=tmp_path)
    assert chosen.returncode == 0, chosen.stderr
    assert Image.open(tmp_path / "ktp.watermarked.webp").format == "WEBP"
    plain = run_cli("watermark", str(card), "--purpose", PURPOSE, cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    assert Image.open(tmp_path / "ktp.watermarked.png").format == "PNG"
