"""Visual detectors on rendered fixtures (and one shipped public-domain portrait)."""
from __future__ import annotations

import io
import math
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from redactor.errors import DetectorError
from redactor.findings import Box, Finding

zxingcpp = pytest.importorskip("zxingcpp")

from redactor.visual import (  # noqa: E402
    card_regions, detect_visual, is_identity_card, rectify_document, signature_columns, signature_regions,
)
from redactor.visual import faces as faces_mod  # noqa: E402
from redactor.visual.card import find_photo  # noqa: E402
from redactor.visual.signatures import detect_signatures  # noqa: E402
from conftest import font as receipt_font  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures_visual"
PAPER = (238, 236, 230)


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def symbol(text: str, fmt, scale: int) -> Image.Image:
    bc = zxingcpp.create_barcode(text, fmt)
    return Image.fromarray(np.asarray(zxingcpp.write_barcode_to_image(bc, scale=scale))).convert("RGB")


def dark_bbox(img: Image.Image) -> Box:
    a = np.asarray(img.convert("L")) < 128
    ys, xs = np.nonzero(a)
    return Box.from_edges(xs.min(), ys.min(), xs.max() + 1, ys.max() + 1)


def covers(outer: Box, inner: Box) -> bool:
    return (outer.left <= inner.left and outer.top <= inner.top
            and outer.right >= inner.right and outer.bottom >= inner.bottom)


# ---------------------------------------------------------------- codes

def test_generated_qr_code_is_found_covered_and_masked():
    payload = "https://example.org/pay?acct=1234567890&name=BUDI"
    qr = symbol(payload, zxingcpp.BarcodeFormat.QRCode, 5)
    canvas = Image.new("RGB", (900, 700), PAPER)
    canvas.paste(qr, (300, 200))
    found = [f for f in detect_visual(canvas, faces=False, signatures=False)]
    assert [f.category for f in found] == ["qr_code"]
    sym = dark_bbox(qr)
    sym = Box(sym.left + 300, sym.top + 200, sym.width, sym.height)
    assert covers(found[0].boxes[0], sym)
    assert payload not in found[0].preview and "acct" not in found[0].preview
    assert found[0].preview.startswith("QR ") and found[0].detector == "zxing-cpp"


def test_barcode_and_rotated_qr_in_a_large_photo_map_to_full_resolution():
    canvas = Image.new("RGB", (6000, 4000), PAPER)
    code128 = symbol("BOOKING-XY12Z9", zxingcpp.BarcodeFormat.Code128, 6)
    canvas.paste(code128, (4000, 3000))
    qr = symbol("tiket 000123", zxingcpp.BarcodeFormat.QRCode, 12).rotate(30, expand=True, fillcolor=PAPER)
    canvas.paste(qr, (800, 600))
    found = detect_visual(canvas, faces=False, signatures=False)
    cats = sorted(f.category for f in found)
    assert cats == ["barcode", "qr_code"]
    bar = next(f for f in found if f.category == "barcode")
    bars = dark_bbox(code128)
    assert covers(bar.boxes[0], Box(bars.left + 4000, bars.top + 3000, bars.width, bars.height))
    q = next(f for f in found if f.category == "qr_code")
    qs = dark_bbox(qr)
    assert covers(q.boxes[0], Box(qs.left + 800, qs.top + 600, qs.width, qs.height))


def test_pdf417_boarding_pass_code_is_a_barcode():
    canvas = Image.new("RGB", (1200, 600), PAPER)
    canvas.paste(symbol("M1DOE/JOHN EABC123 CGKDPSGA 0400 123Y012A0001 100",
                        zxingcpp.BarcodeFormat.PDF417, 3), (100, 100))
    found = detect_visual(canvas, faces=False, signatures=False)
    assert len(found) == 1 and found[0].category == "barcode"
    assert "DOE/JOHN" not in found[0].preview


def _boarding_code_shrunk(width: int = 150, height: int = 35) -> Image.Image:
    """A boarding pass's PDF417 as an e-ticket shows it: squeezed to a small box, its modules a pixel wide."""
    code = symbol("M1SIREGAR/ANDI MR EK7QX2M CGKKNOJT 0302 123Y012A0001 100", zxingcpp.BarcodeFormat.PDF417, 1)
    return code.resize((width, height), Image.Resampling.BILINEAR)


@pytest.mark.parametrize("jpeg", [False, True])
def test_a_boarding_code_too_small_to_decode_is_found_by_its_bars(jpeg):
    small = _boarding_code_shrunk()
    canvas = Image.new("RGB", (900, 400), (255, 255, 255))
    canvas.paste(small, (600, 120))
    ImageDraw.Draw(canvas).text((600, 165), "Tunjukkan saat check-in", fill=(90, 100, 110), font=receipt_font(13))
    if jpeg:  # as a chat app passes it on
        buf = io.BytesIO()
        canvas.save(buf, "JPEG", quality=70)
        canvas = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    assert not zxingcpp.read_barcodes(np.asarray(canvas.convert("L")))  # (no reader decodes it)
    found = detect_visual(canvas, faces=False, signatures=False)
    assert [(f.category, f.detector) for f in found] == [("barcode", "bar pattern")]
    assert covers(found[0].boxes[0], Box(600, 120, 150, 35))


def test_a_flat_boarding_code_is_covered_without_the_caption_under_it():
    # A PDF417 set flat (its height a fifth of its width) with its caption 4 px under it: a stacked code's
    # box is the whole symbol, not a linear code's line grown to a band.
    code = symbol("M1SIREGAR/ANDI MR EK7QX2M CGKKNOJT 0302 123Y012A0001 100", zxingcpp.BarcodeFormat.PDF417, 2)
    canvas = Image.new("RGB", (700, 300), (255, 255, 255))
    canvas.paste(code.resize((282, 56), Image.Resampling.NEAREST), (300, 100))
    sym = dark_bbox(canvas)
    ImageDraw.Draw(canvas).text((300, sym.bottom + 4), "Tunjukkan saat check-in", fill=(90, 100, 110),
                                font=receipt_font(13))
    found = detect_visual(canvas, faces=False, signatures=False)
    assert [(f.category, f.detector) for f in found] == [("barcode", "zxing-cpp")]
    assert covers(found[0].boxes[0], sym) and found[0].boxes[0].bottom < sym.bottom + 4


def test_a_decoded_code_is_not_found_twice_by_its_bars():
    canvas = Image.new("RGB", (1200, 600), PAPER)
    canvas.paste(symbol("M1DOE/JOHN EABC123 CGKDPSGA 0400 123Y012A0001 100",
                        zxingcpp.BarcodeFormat.PDF417, 2), (100, 100))
    found = detect_visual(canvas, faces=False, signatures=False)
    assert [f.detector for f in found] == ["zxing-cpp"]


@pytest.mark.parametrize("dark", [False, True])
def test_small_dense_text_striped_bars_and_a_checkerboard_have_no_bars(dark):
    paper, ink = ((30, 32, 36), (225, 225, 225)) if dark else ((255, 255, 255), (20, 20, 20))
    canvas = Image.new("RGB", (1000, 700), paper)
    draw = ImageDraw.Draw(canvas)
    y = 10
    for size in (9, 10, 11, 12, 13):
        for k in range(4):  # paragraphs set tight, bold words among them
            draw.text((10, y), "NIK 3273012304870005 mmmm wwww IIIIllll MMMMWWWW 12/05/2026 Rp1.250.000 ||||| "
                                "iiiiiiiiii nnnnnnnn #### |||| 0000 8888 Jl. Melati No. 9",
                      fill=ink, font=receipt_font(size, bold=k % 2 == 1))
            y += size + 2
    for x in range(10, 500, 8):  # a striped progress bar
        draw.rectangle((x, 560, x + 3, 590), fill=ink)
    for i in range(0, 400, 6):  # a transparency checkerboard
        for j in range(0, 60, 6):
            if (i // 6 + j // 6) % 2:
                draw.rectangle((550 + i, 600 + j, 555 + i, 605 + j), fill=ink)
    assert detect_visual(canvas, faces=False, signatures=False) == []


# ---------------------------------------------------------------- faces

def test_face_found_on_shipped_portrait():
    img = Image.open(FIXTURES / "astronaut.jpg").convert("RGB")
    faces = [f for f in detect_visual(img, codes=False, signatures=False) if f.category == "face"]
    assert len(faces) == 1
    box = faces[0].boxes[0]
    # The face of the 256 px portrait lies around x 90-140, y 25-95.
    assert covers(box, Box.from_edges(95, 30, 135, 90))
    assert box.area < 0.25 * 256 * 256
    assert faces[0].detector == "centerface"


def test_face_found_when_portrait_is_small_part_of_a_large_photo():
    face = Image.open(FIXTURES / "astronaut.jpg").convert("RGB")
    canvas = Image.new("RGB", (5000, 3500), (120, 130, 125))
    canvas.paste(face, (3900, 2600))
    faces = [f for f in detect_visual(canvas, codes=False, signatures=False) if f.category == "face"]
    assert len(faces) == 1
    assert covers(faces[0].boxes[0], Box.from_edges(3900 + 95, 2600 + 30, 3900 + 135, 2600 + 90))


def test_the_face_network_is_let_go_after_a_camera_photo_and_kept_after_a_screenshot():
    face = Image.open(FIXTURES / "astronaut.jpg").convert("RGB")
    screenshot = Image.new("RGB", (1920, 1080), PAPER)
    screenshot.paste(face, (100, 100))
    photo = Image.new("RGB", (4000, 3000), (120, 130, 125))
    photo.paste(face.resize((768, 768)), (1000, 800))
    assert len(faces_mod.detect_faces(screenshot, max_side=1280)) == 1
    assert faces_mod._net.cache_info().currsize == 1  # the next screenshot reuses it and its working memory
    found = faces_mod.detect_faces(photo, max_side=640)
    assert len(found) == 1 and covers(found[0].boxes[0], Box.from_edges(1000 + 95 * 3, 800 + 30 * 3, 1000 + 135 * 3, 800 + 90 * 3))
    assert faces_mod._net.cache_info().currsize == 0
    assert len(faces_mod.detect_faces(photo, max_side=640)) == 1  # loaded again when needed


def test_no_face_on_a_text_page():
    page = Image.new("RGB", (1200, 1600), PAPER)
    d = ImageDraw.Draw(page)
    for i in range(30):
        d.text((80, 80 + i * 48), f"Baris {i}: Sehubungan dengan pemutakhiran data pegawai 0{i}", fill=(20, 20, 20), font=font(26))
    assert [f for f in detect_visual(page, codes=False, signatures=False) if f.category == "face"] == []


def _screen(dark: bool) -> Image.Image:
    """A 1920x1080 staff table: a coloured top bar, flat areas and rows of text."""
    background, ink, bar = ((32, 33, 36), (230, 230, 230), (45, 45, 50)) if dark else (PAPER, (32, 33, 36), (26, 115, 232))
    page = Image.new("RGB", (1920, 1080), background)
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 1919, 63), fill=bar)
    for i in range(24):
        draw.text((80, 100 + i * 38), f"{i + 1}  Budi Santoso  1978021619990610{i:02d}  Staf Pelaksana  "
                  f"budi{i}@contoh.go.id", fill=ink, font=font(18))
    return page


def _with_avatar(page: Image.Image, side: int, at: tuple[int, int]) -> Image.Image:
    """A round profile picture of `side` px: the portrait's face (x 80-150, y 20-90) filling it."""
    avatar = Image.open(FIXTURES / "astronaut.jpg").convert("RGB").crop((80, 20, 150, 90))
    avatar = avatar.resize((side, side), Image.Resampling.LANCZOS)
    mask = Image.new("L", (side, side), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, side - 1, side - 1), fill=255)
    page = page.copy()
    page.paste(avatar, at, mask)
    return page


def _screen_copy(page: Image.Image) -> np.ndarray:
    return np.asarray(page.resize((1280, 720), Image.Resampling.BILINEAR))


@pytest.mark.parametrize("dark", [False, True])
def test_a_screen_of_text_and_flat_areas_has_nowhere_a_face_could_be(dark):
    assert faces_mod.photographic_areas(_screen_copy(_screen(dark))) == []


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("side, at", [(48, (1800, 4)), (64, (20, 300))])
def test_an_avatar_on_a_screen_of_text_is_found_reading_only_around_it(dark, side, at):
    page = _with_avatar(_screen(dark), side, at)
    areas = faces_mod.photographic_areas(_screen_copy(page))
    assert areas and sum((x1 - x0) * (y1 - y0) for x0, y0, x1, y1 in areas) < 0.05 * 1280 * 720
    found = faces_mod.detect_faces(page, max_side=1280)
    assert len(found) == 1
    assert covers(found[0].boxes[0], Box(at[0] + side // 3, at[1] + side // 3, side // 3, side // 3))


def test_a_photo_on_a_screen_is_read_with_its_faces():
    page = _screen(False)
    page.paste(Image.open(FIXTURES / "astronaut.jpg").convert("RGB").resize((420, 420)), (1300, 400))
    found = faces_mod.detect_faces(page, max_side=1280)
    assert len(found) == 1 and covers(found[0].boxes[0], Box.from_edges(1300 + 160, 400 + 55, 1300 + 225, 400 + 150))


def test_a_frame_photographic_all_over_is_read_whole():
    photo = Image.open(FIXTURES / "astronaut.jpg").convert("RGB").resize((1280, 720))
    assert faces_mod.photographic_areas(np.asarray(photo)) is None


def test_face_model_failure_raises_detector_error(monkeypatch):
    faces_mod._net.cache_clear()
    monkeypatch.setattr(faces_mod, "MODEL_NAME", "missing-model.onnx")
    try:
        with pytest.raises(DetectorError):
            detect_visual(Image.new("RGB", (64, 64), PAPER))
    finally:
        faces_mod._net.cache_clear()


def test_non_image_input_raises_detector_error():
    with pytest.raises(DetectorError):
        detect_visual(np.zeros((10, 10, 3), np.uint8))  # type: ignore[arg-type]


# ---------------------------------------------------------------- signatures

def squiggle(draw: ImageDraw.ImageDraw, x: int, y: int, w: int, h: int, colour=(20, 30, 90)) -> None:
    pts = [(x + t * w / 60, y + h / 2 + (h / 2) * math.sin(t / 3.0) * (0.6 + 0.4 * math.cos(t / 7)))
           for t in range(61)]
    draw.line(pts, fill=colour, width=3, joint="curve")


def letter_with_signature() -> tuple[Image.Image, Box]:
    page = Image.new("RGB", (1240, 1754), PAPER)
    d = ImageDraw.Draw(page)
    f = font(22)
    for i in range(12):
        d.text((120, 200 + i * 40), f"Dengan hormat, kami sampaikan data pegawai nomor {i} berikut.", fill=(15, 15, 15), font=f)
    # a table grid, which must not look like a signature
    for k in range(6):
        d.line([(120, 760 + k * 40), (1100, 760 + k * 40)], fill=(30, 30, 30), width=2)
    for k in range(5):
        d.line([(120 + k * 245, 760), (120 + k * 245, 960)], fill=(30, 30, 30), width=2)
    d.text((700, 1100), "Kepala Biro SDM,", fill=(15, 15, 15), font=f)
    squiggle(d, 690, 1160, 260, 70)
    d.text((700, 1270), "Baktiadi Irawan, S.T.", fill=(15, 15, 15), font=f)
    return page, Box(690, 1160, 260, 70)


def test_drawn_signature_is_found_and_table_grid_is_not():
    page, sig = letter_with_signature()
    found = detect_signatures(page)
    sigs = [f for f in found if f.preview == "signature"]
    assert len(sigs) == 1
    b = sigs[0].boxes[0]
    assert b.intersects(sig) and covers(b.padded(6), Box.from_edges(sig.left + 4, sig.top + 4, sig.right - 4, sig.bottom - 4))
    assert b.bottom < 1270  # not the grid nor the name


@pytest.mark.parametrize("word, size, blur", [("MALANG", 19, 1.5), ("MALANG", 22, 1.5), ("SEMARANG", 19, 1.0),
                                               ("SEMARANG", 26, 1.0)])
def test_a_blurred_word_on_a_tilted_photo_is_no_signature(word, size, blur):
    # An ATM slip photographed askew: the word's letters run together into one shape whose upright box is
    # tall only by the line's slope.
    page = Image.new("RGB", (520, 240), PAPER)
    ImageDraw.Draw(page).text((40, 100), f"CAB. {word}", fill=(60, 60, 70), font=receipt_font(size, mono=True))
    photo = page.rotate(11, resample=Image.Resampling.BICUBIC, fillcolor=PAPER).filter(ImageFilter.GaussianBlur(blur))
    assert detect_signatures(photo) == []


@pytest.mark.parametrize("angle", [-11, 6, 11, 15])
def test_a_signature_on_a_tilted_photo_is_still_found(angle):
    page, _sig = letter_with_signature()
    photo = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=PAPER).filter(ImageFilter.GaussianBlur(1.5))
    sigs = [f for f in detect_signatures(photo) if f.preview == "signature"]
    assert len(sigs) == 1 and sigs[0].boxes[0].height > 70


def test_blue_stamp_ring_is_found():
    page = Image.new("RGB", (1000, 800), PAPER)
    d = ImageDraw.Draw(page)
    d.text((100, 100), "Kepala Dinas", fill=(10, 10, 10), font=font(22))
    d.ellipse((500, 300, 680, 480), outline=(60, 50, 170), width=5)
    d.ellipse((530, 330, 650, 450), outline=(60, 50, 170), width=3)
    d.text((545, 380), "CAP DINAS", fill=(60, 50, 170), font=font(16))
    stamps = [f for f in detect_signatures(page) if f.preview == "stamp"]
    assert len(stamps) == 1 and stamps[0].boxes[0].intersects(Box(500, 300, 180, 180))


@dataclass
class Word:
    text: str
    box: Box
    conf: float = 95.0
    line_id: object = 0


def test_signature_area_between_signing_line_and_name():
    page, sig = letter_with_signature()
    words = [Word("Kepala", Box(700, 1100, 70, 24), line_id=1), Word("Biro", Box(778, 1100, 45, 24), line_id=1),
             Word("SDM,", Box(830, 1100, 55, 24), line_id=1),
             Word("Baktiadi", Box(700, 1270, 90, 24), line_id=2), Word("Irawan,", Box(798, 1270, 80, 24), line_id=2)]
    regions = signature_regions(page, words)
    assert len(regions) == 1
    r = regions[0].boxes[0]
    assert r.top >= 1124 and r.bottom <= 1270 and covers(r, Box.from_edges(700, 1165, 940, 1225))


@pytest.mark.parametrize("opening, found", [
    ("a.n. Kepala Dinas", True), ("an. Bupati Sleman", True), ("AN KEPALA BADAN", True),
    ("an", False),              # two letters OCR read in a receipt's torn edge
    ("an apple a day", False),  # a word, not "atas nama"
])
def test_signing_line_on_behalf_of_needs_its_dots_or_its_office(opening, found):
    page = Image.new("RGB", (1000, 1400), PAPER)
    squiggle(ImageDraw.Draw(page), 700, 1160, 240, 70)
    words = [Word(w, Box(700 + 80 * i, 1100, 70, 24), line_id=1) for i, w in enumerate(opening.split())]
    words += [Word("Baktiadi", Box(700, 1270, 90, 24), line_id=2), Word("Irawan", Box(798, 1270, 80, 24), line_id=2)]
    assert bool(signature_regions(page, words)) is found


def _signing_foot(page: Image.Image, opening: str) -> list[Word]:
    words = [Word(w, Box(700 + 80 * i, 1100, 70, 24), line_id=1) for i, w in enumerate(opening.split())]
    return words + [Word("Baktiadi", Box(700, 1270, 90, 24), line_id=2), Word("Irawan", Box(798, 1270, 80, 24), line_id=2)]


def test_a_signing_lines_blank_space_is_no_signature_area():
    # A form's foot left unsigned, or a photo of one with grain and JPEG noise: nothing there to cover.
    page = Image.new("RGB", (1000, 1400), PAPER)
    ImageDraw.Draw(page).text((700, 1100), "Kepala Dinas", fill=(15, 15, 15), font=font(22))
    assert signature_regions(page, _signing_foot(page, "Kepala Dinas")) == []
    noisy = np.clip(np.asarray(page, dtype=np.int16) + np.random.default_rng(3).normal(0, 6, (1400, 1000, 3)), 0, 255)
    photo = io.BytesIO()
    Image.fromarray(noisy.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8)).save(photo, "JPEG", quality=60)
    assert signature_regions(Image.open(photo).convert("RGB"), _signing_foot(page, "Kepala Dinas")) == []


@pytest.mark.parametrize("blur, quality", [(0, 95), (1.2, 55)])
def test_a_faint_or_blurred_signature_still_makes_its_area(blur, quality):
    page = Image.new("RGB", (1000, 1400), PAPER)
    d = ImageDraw.Draw(page)
    squiggle(d, 720, 1170, 90, 40, colour=(120, 130, 185))  # a short paraph in pale blue ink
    shot = io.BytesIO()
    (page.filter(ImageFilter.GaussianBlur(blur)) if blur else page).save(shot, "JPEG", quality=quality)
    found = signature_regions(Image.open(shot).convert("RGB"), _signing_foot(page, "Kepala Dinas"))
    assert len(found) == 1 and covers(found[0].boxes[0], Box(720, 1170, 90, 40))


@pytest.mark.parametrize("speck, conf, found", [
    ("‘", 55.0, True),    # a speck of toner read as a quote mark before the line, unsurely
    (".,", 20.0, True),
    ("•", 96.0, False),   # a bullet printed surely: a list's item ("• Kepala Dinas"), not a letter's foot
    ("Ka", 40.0, False),       # letters: a word before the position, no signing line
])
def test_a_specks_scrap_before_a_signing_line_is_read_past(speck, conf, found):
    """On a photocopy a stamp's "Kepala Desa ..." was read after a speck's scrap ("‘ Kepala Desa Sidoharjo") and
    the signature under it was left as it was."""
    page = Image.new("RGB", (1000, 1400), PAPER)
    squiggle(ImageDraw.Draw(page), 700, 1160, 240, 70)
    words = [Word(speck, Box(672, 1102, 12, 14), conf=conf, line_id=1)] + _signing_foot(page, "Kepala Desa Sidoharjo")
    assert bool(signature_regions(page, words)) is found


@pytest.mark.parametrize("opening, found", [
    ("a.n. Budi Santoso", False),       # whose account: "No. Rek 1234 5678 9012" / "a.n. Budi Santoso"
    ("a.n. BUDI SANTOSO", False),
    ("an. Rahmat Hidayat", False),
    ("a.n. Kepala Dinas", True),        # signing for an office
    ("a.n. Plt. Sekretaris Daerah", True),
    ("a.n. BUPATI SLEMAN", True),
    ("a.n.", True),                     # the office on the next line
])
def test_on_behalf_of_a_person_is_no_signing_line(opening, found):
    page = Image.new("RGB", (1000, 1400), PAPER)
    squiggle(ImageDraw.Draw(page), 700, 1160, 240, 70)
    assert bool(signature_regions(page, _signing_foot(page, opening))) is found


# ---------------------------------------------------------------- identity cards

CARD_FIELDS = [
    ("NIK", "3277015509870003"), ("Nama", "SITI RAHAYU"), ("Tempat/Tgl Lahir", "BANDUNG, 15-09-1987"),
    ("Jenis Kelamin", "PEREMPUAN"), ("Alamat", "JL. MERDEKA NO. 12"), ("RT/RW", "004/007"),
    ("Kel/Desa", "SUKAJADI"), ("Kecamatan", "CIBEUNYING"), ("Agama", "ISLAM"),
    ("Status Perkawinan", "KAWIN"), ("Pekerjaan", "PEGAWAI NEGERI SIPIL"), ("Kewarganegaraan", "WNI"),
]


def render_card() -> tuple[Image.Image, list[Word], dict[str, Box], Box, Box]:
    """A KTP-like card and the OCR words a reader would return for it."""
    card = Image.new("RGB", (1000, 640), (214, 230, 240))
    d = ImageDraw.Draw(card)
    f = font(20)
    words: list[Word] = []
    values: dict[str, Box] = {}

    def put(x, y, text, line):
        d.text((x, y), text, fill=(20, 20, 20), font=f)
        for tok in text.split():
            l, t, r, b = d.textbbox((x, y), tok, font=f)
            words.append(Word(tok, Box.from_edges(l, t, r, b), line_id=line))
            x = r + d.textlength(" ", font=f)

    d.text((330, 20), "PROVINSI JAWA BARAT", fill=(20, 20, 20), font=font(26))
    for i, (label, value) in enumerate(CARD_FIELDS):
        y = 90 + i * 40
        put(30, y, label, i)
        put(230, y, ":", i)
        put(250, y, value, i)
        l, t, r, b = d.textbbox((250, y), value, font=f)
        values[label] = Box.from_edges(l, t, r, b)
    photo = Box(760, 110, 180, 230)
    d.rectangle((photo.left, photo.top, photo.right, photo.bottom), fill=(30, 90, 190))
    d.ellipse((810, 150, 890, 230), fill=(225, 200, 170))
    put(770, 390, "BANDUNG", 100)
    put(770, 416, "01-02-2020", 101)
    issued = words[-1].box
    return card, words, values, photo, issued


def test_card_layout_covers_every_field_and_the_photo_but_not_the_issue_date_or_citizenship():
    card, words, values, photo, issued = render_card()
    assert is_identity_card(words)
    found = card_regions(card, words)
    boxes = [b for f in found for b in f.boxes]
    citizenship = values.pop("Kewarganegaraan")  # "WNI" says nothing about the holder
    for label, vbox in values.items():
        assert any(covers(b, vbox) for b in boxes), f"{label} value not covered"
    assert not any(b.intersects(citizenship) for b in boxes)
    photos = [f for f in found if f.category == "photo"]
    assert len(photos) == 1 and covers(photos[0].boxes[0], photo)
    assert not any(b.intersects(issued) for b in boxes)
    assert all("3277015509870003" not in f.preview for f in found)
    assert {f.category for f in found} >= {"nik", "person_name", "birth_date", "address", "photo"}


def test_card_signature_under_the_issue_place_and_date_is_covered():
    card, words, _values, photo, issued = render_card()
    ImageDraw.Draw(card).line([(790, 470), (820, 452), (840, 480), (870, 455), (905, 470)], fill=(20, 20, 20),
                              width=2)  # a thin scribble, as people sign a card
    scribble = Box.from_edges(790, 452, 905, 480)
    found = card_regions(card, words + [Word("Ae", Box.from_edges(788, 450, 906, 482), conf=8.0, line_id=102)])
    signatures = [b for f in found if f.category == "signature" for b in f.boxes]
    assert len(signatures) == 1 and covers(signatures[0], scribble)
    assert not signatures[0].intersects(issued) and not signatures[0].intersects(photo)
    # The place printed above the date (OCR read over the card's pattern at no confidence) stays too.
    place = next(w.box for w in words if w.text == "BANDUNG")
    assert not signatures[0].intersects(place)


def _card_copied_on_a_page(scale: float = 0.45) -> tuple[Image.Image, list[Word], Box, Box]:
    """The card photocopied on an A4 page, at its size on the glass, with a scribble in its signature strip:
    the page, the words read on it, the card's portrait and the scribble, in the page's pixels."""
    card, words, _values, photo, _issued = render_card()
    ImageDraw.Draw(card).line([(790, 470), (820, 452), (840, 480), (870, 455), (905, 470)], fill=(20, 20, 20),
                              width=3)
    page = Image.new("RGB", (1400, 1980), (236, 236, 232))
    x0, y0 = 160, 240
    page.paste(card.resize((round(card.width * scale), round(card.height * scale)), Image.Resampling.LANCZOS), (x0, y0))

    def moved(box: Box) -> Box:
        return Box.from_edges(x0 + box.left * scale, y0 + box.top * scale, x0 + box.right * scale, y0 + box.bottom * scale)
    return page, [replace(w, box=moved(w.box)) for w in words], moved(photo), moved(Box.from_edges(790, 452, 905, 480))


def test_a_cards_portrait_and_signature_are_found_on_a_page_it_was_photocopied_on():
    """A portrait is as large as the card's print says, not a share of the whole picture: on an A4 photocopy
    the card's portrait is under 1 % of the page."""
    page, words, photo, scribble = _card_copied_on_a_page()
    found = card_regions(page, words)
    photos = [f.boxes[0] for f in found if f.category == "photo"]
    assert len(photos) == 1 and covers(photos[0], photo)
    signatures = [f.boxes[0] for f in found if f.category == "signature"]
    assert len(signatures) == 1 and covers(signatures[0], scribble)


def test_a_small_rectangle_among_few_words_is_no_portrait():
    """With too few words read to measure the print by, a rectangle under a fortieth of the page stays none."""
    page, words, _photo, _scribble = _card_copied_on_a_page()
    assert find_photo(page, words[:8]) is None


def _rows_as_words(rows: list[str]) -> list[Word]:
    words = []
    for i, row in enumerate(rows):
        x = 40
        for token in row.split():
            words.append(Word(token, Box(x, 30 + 40 * i, 12 * len(token), 20), conf=90.0, line_id=i))
            x += 12 * len(token) + 12
    return words


def test_eu_licence_numbered_fields_covered_issue_expiry_and_authority_kept():
    from redactor.visual.card import licence_fields
    rows = ["DRIVING LICENCE", "1. MORGAN", "2. ALEXANDRA JANE", "3. 14.02.1990 LEEDS", "4a. 01.03.2020",
            "4b. 28.02.2030", "4c. DVLA", "5. MORGA902140AJ9XY", "8. 12 HIGH STREET, BATH", "9. AM/A/B"]
    words = _rows_as_words(rows)
    found = licence_fields(Image.new("RGB", (900, 500), "white"), words)
    boxes = [b for f in found for b in f.boxes]

    def covered(i):
        row = [w.box for w in words if w.line_id == i][1:]
        return all(any(covers(b, r) for b in boxes) for r in row)
    assert all(covered(i) for i in (1, 2, 3, 7, 8))
    assert not any(b.intersects(w.box) for b in boxes for w in words if w.line_id in (0, 4, 5, 6, 9))


def test_numbered_list_on_a_page_that_is_not_a_licence_is_left_alone():
    from redactor.visual.card import licence_fields
    words = _rows_as_words(["AGENDA RAPAT", "1. Pembukaan", "2. Laporan kegiatan", "3. Penutup"])
    assert licence_fields(Image.new("RGB", (900, 300), "white"), words) == []


def test_a_blank_signature_strip_is_left_visible():
    # A specimen or a mock card leaves the holder's signature blank: the strip hides nothing.
    card, words, _values, _photo, _issued = render_card()
    assert not [f for f in card_regions(card, words) if f.category == "signature"]
    # A faint grey scribble, lighter than print, still counts as written.
    ImageDraw.Draw(card).line([(790, 470), (820, 452), (840, 480), (870, 455)], fill=(150, 150, 150), width=1)
    assert [f for f in card_regions(card, words) if f.category == "signature"]


def test_card_without_a_photo_has_no_signature_area():
    card, words, _values, photo, _issued = render_card()
    ImageDraw.Draw(card).rectangle((photo.left, photo.top, photo.right, photo.bottom), fill=(214, 230, 240))
    assert not [f for f in card_regions(card, words) if f.category in ("photo", "signature")]


def test_card_value_that_ocr_missed_is_still_covered():
    card, words, values, _photo, _issued = render_card()
    lost = values["Alamat"]
    kept = [w for w in words if not (w.box.top >= lost.top - 2 and w.box.left >= 240 and w.box.bottom <= lost.bottom + 2)]
    found = card_regions(card, kept)
    assert any(covers(b, lost) for f in found for b in f.boxes)


def test_not_a_card():
    words = [Word("Nama", Box(10, 10, 50, 20), line_id=0), Word("Budi", Box(80, 10, 50, 20), line_id=0),
             Word("Halo", Box(10, 40, 50, 20), line_id=1)]
    assert not is_identity_card(words)
    assert card_regions(Image.new("RGB", (300, 100), "white"), words) == []


# ---------------------------------------------------------------- document photos



def render_page() -> Image.Image:
    page = Image.new("RGB", (850, 1100), (245, 243, 236))
    d = ImageDraw.Draw(page)
    d.text((80, 70), "NOTA DINAS", fill=(10, 10, 10), font=font(40))
    lines = ["Sehubungan dengan pemutakhiran data pegawai pada aplikasi",
             "kepegawaian, bersama ini kami sampaikan data yang perlu",
             "segera ditindaklanjuti sebagai berikut. Demikian disampaikan,",
             "atas perhatian dan kerja samanya diucapkan terima kasih."] * 4
    for i, line in enumerate(lines):
        d.text((80, 170 + i * 46), line, fill=(15, 15, 15), font=font(26))
    d.rectangle((80, 950, 300, 1000), fill=(200, 30, 30))  # marker to map back
    return page


def photograph(page: Image.Image, rotate: int) -> tuple[Image.Image, np.ndarray]:
    """Rotate the page by `rotate` degrees (multiple of 90), then perspective-warp it onto a dark table."""
    import cv2
    if rotate:
        page = page.rotate(rotate, expand=True)
    w, h = page.size
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[180, 140], [180 + w * 0.95, 90], [200 + w * 1.0, 120 + h * 0.97], [150, 170 + h * 0.93]])
    H = cv2.getPerspectiveTransform(src, dst)
    size = (int(w * 1.0) + 400, int(h * 0.97) + 350)
    table = np.full((size[1], size[0], 3), (55, 60, 66), np.uint8)
    warped = cv2.warpPerspective(np.asarray(page), H, size, borderMode=cv2.BORDER_TRANSPARENT, dst=table)
    return Image.fromarray(warped), H


@pytest.mark.usefixtures("tesseract")
@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_rectify_brings_a_photographed_page_back_so_tesseract_reads_it(rotate):
    import pytesseract
    photo, _H = photograph(render_page(), rotate)
    before = pytesseract.image_to_string(photo, lang="eng")
    r = rectify_document(photo)
    assert r is not None
    text = pytesseract.image_to_string(r.image, lang="eng")
    assert "NOTA DINAS" in text and "pemutakhiran" in text
    if rotate == 180:  # (Tesseract's page mode reads some sideways text by itself)
        assert "pemutakhiran" not in before
    assert r.rotation == rotate  # PIL turned the page counter-clockwise; rectify turns it back clockwise
    # The red marker found on the rectified page maps back onto the red marker in the photo.
    a = np.asarray(r.image).astype(int)
    red = (a[..., 0] > 150) & (a[..., 1] < 90) & (a[..., 2] < 90)
    ys, xs = np.nonzero(red)
    poly = r.map_box(Box.from_edges(xs.min(), ys.min(), xs.max() + 1, ys.max() + 1))
    p = np.asarray(photo).astype(int)
    pred = (p[..., 0] > 150) & (p[..., 1] < 90) & (p[..., 2] < 90)
    pys, pxs = np.nonzero(pred)
    cx, cy = np.mean([q[0] for q in poly]), np.mean([q[1] for q in poly])
    assert abs(cx - pxs.mean()) < 8 and abs(cy - pys.mean()) < 8


def render_receipt() -> Image.Image:
    from conftest import font as conftest_font  # monospaced, as receipt printers print

    """A shop receipt: short lines, prices right-aligned in a column, dashed tear edges down both sides.
    Its ink profile looks like lines of text running down the page."""
    page = Image.new("RGB", (520, 560), (244, 242, 236))
    d = ImageDraw.Draw(page)
    f = conftest_font(17, mono=True)
    rows = [("GULA PASIR 1KG", "17,500"), ("MINYAK GORENG 2L", "38,900"), ("ROTI TAWAR", "15,000"),
            ("SUSU UHT 1L", "18,200"), ("KOPI BUBUK 200G", "24,000"), ("TELUR 1KG", "29,000"),
            ("BERAS 5KG", "68,000"), ("SABUN MANDI", "4,500"), ("TOTAL", "215,100"), ("TUNAI", "250,000"),
            ("KEMBALI", "34,900")]
    for i, (name, price) in enumerate(rows):
        y = 30 + i * 44
        d.text((40, y), name, font=f, fill=(20, 20, 20))
        d.text((330, y), ":", font=f, fill=(20, 20, 20))
        d.text((480 - f.getlength(price), y), price, font=f, fill=(20, 20, 20))
    for x in (20, 500):
        for y in range(10, 550, 14):
            d.line((x, y, x, y + 7), fill=(40, 40, 40), width=2)
    return page


@pytest.mark.usefixtures("tesseract")
def test_an_upright_receipt_with_a_price_column_is_not_turned_sideways():
    from redactor.visual.rectify import _is_sideways
    photo, _H = photograph(render_receipt(), 0)
    r = rectify_document(photo)
    assert r is not None
    assert _is_sideways(np.asarray(render_receipt())), "test bug: the ink profile no longer mistakes this page"
    assert r.rotation == 0


def test_map_finding_returns_polygons_in_the_original():
    from redactor.findings import Finding
    from redactor.visual.rectify import Rectified
    m = np.array([[1, 0, 100], [0, 1, 50], [0, 0, 1]], dtype=float)  # rectified -> original: shift
    r = Rectified(Image.new("RGB", (10, 10)), m)
    f = r.map_finding(Finding("nik", (Box(10, 20, 30, 5),), 1.0, "NIK 32••••"))
    assert f.boxes == () and len(f.polygons) == 1
    assert f.polygons[0][0] == pytest.approx((110, 70)) and f.polygons[0][2] == pytest.approx((140, 75))
    assert f.bounds == Box(110, 70, 30, 5)


def test_map_finding_keeps_the_words_around_a_value_as_its_neighbours():
    from redactor.findings import Finding
    from redactor.visual.rectify import Rectified
    m = np.array([[1, 0, 100], [0, 1, 50], [0, 0, 1]], dtype=float)
    r = Rectified(Image.new("RGB", (10, 10)), m)
    value = Box(40, 100, 200, 20)
    label, below, far, own, picture = (Box(40, 70, 80, 16), Box(40, 132, 120, 20), Box(40, 400, 90, 20),
                                       Box(42, 101, 90, 18), Box(300, 0, 200, 300))
    f = r.map_finding(Finding("person_name", (value,), 1.0, "B••• S•••"), [label, below, far, own, picture])
    assert f.neighbours is not None
    # The label above and the row below, moved as the value was; not the value's own word, not a word
    # rows away, not a "word" as tall as a picture.
    assert sorted(p[0] for p in f.neighbours) == [(140.0, 120.0), (140.0, 182.0)]
    # Without the page's words nothing is known of the neighbours: the cover keeps to the slope.
    assert r.map_finding(Finding("person_name", (value,), 1.0, "B••• S•••")).neighbours is None


def test_a_turned_over_page_still_maps_onto_the_photo():
    from redactor.visual.rectify import Rectified
    m = np.array([[1, 0, 100], [0, 1, 50], [0, 0, 1]], dtype=float)  # rectified -> original: shift
    page = Image.new("RGB", (40, 20))
    page.putpixel((2, 3), (255, 0, 0))
    turned = Rectified(page, m, upside_down_checked=False).turned_over()
    assert turned.rotation == 180 and turned.upside_down_checked
    assert turned.image.getpixel((37, 16)) == (255, 0, 0)
    assert turned.map_points([(37, 16)])[0] == pytest.approx((102, 53))


@pytest.mark.usefixtures("tesseract")
def test_rectify_returns_none_for_a_flat_screenshot():
    shot = Image.new("RGB", (1080, 1920), (250, 250, 250))
    d = ImageDraw.Draw(shot)
    for i in range(20):
        d.text((40, 100 + i * 80), f"Pesan nomor {i}: rapat jam 10 di ruang 3", fill=(0, 0, 0), font=font(34))
    assert rectify_document(shot) is None


@pytest.mark.usefixtures("tesseract")
def test_layout_findings_on_a_photographed_card_map_back_to_the_photo():
    import pytesseract
    from redactor.visual import layout_findings
    card, _words, values, _photo, _issued = render_card()
    big = card.resize((2000, 1280))
    photo, H = photograph(big, 0)
    r = rectify_document(photo)
    assert r is not None
    d = pytesseract.image_to_data(r.image, lang="ind", output_type=pytesseract.Output.DICT)
    words = [Word(t, Box(d["left"][i], d["top"][i], d["width"][i], d["height"][i]), float(d["conf"][i]),
                  (d["block_num"][i], d["par_num"][i], d["line_num"][i])) for i, t in enumerate(d["text"]) if t.strip()]
    found = layout_findings(r.image, words, rectified=r)
    assert found and all(f.polygons and not f.boxes for f in found)
    nik = [f for f in found if f.category == "nik"]
    assert len(nik) == 1
    # The NIK value's centre, carried through the same perspective as the photo, lies inside the polygon.
    v = values["NIK"]
    cx, cy = (v.left + v.right) / 2 * 2, (v.top + v.bottom) / 2 * 2
    px, py, pw = H @ np.array([cx, cy, 1.0])
    import cv2
    poly = np.array(nik[0].polygons[0], dtype=np.float32)
    assert cv2.pointPolygonTest(poly, (float(px / pw), float(py / pw)), False) >= 0


@pytest.mark.usefixtures("tesseract")
def test_missing_orientation_data_fails_closed(tmp_path, monkeypatch):
    from redactor.ocr import engine as engine_mod, get_engine
    from redactor.visual import rectify as rectify_mod

    # Language data without osd.traineddata, for the library and for the program alike.
    for code in ("ind", "eng"):
        (tmp_path / f"{code}.traineddata").symlink_to(engine_mod.BUNDLED_TESSDATA / f"{code}.traineddata")
    monkeypatch.setenv("REDACTOR_TESSDATA", str(tmp_path))
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    engine_mod.forget_engines()
    photo, _H = photograph(render_page(), 90)
    try:
        with pytest.raises(DetectorError, match="orientation data"):
            rectify_mod.rectify_document(photo, engine=get_engine())
    finally:
        engine_mod.forget_engines()


@pytest.mark.usefixtures("tesseract")
def test_blank_page_osd_too_few_characters_is_not_an_error():
    from redactor.ocr import get_engine
    from redactor.visual.rectify import _osd
    assert _osd(np.full((300, 300, 3), 250, np.uint8), get_engine()) == (0, 0.0)


def test_table_header_with_card_words_is_not_a_card():
    header = ["No", "Nama", "NIK", "Alamat", "Agama", "Pekerjaan"]
    words, x = [], 10
    for t in header:
        words.append(Word(t, Box(x, 10, 12 * len(t), 20), line_id=0))
        x += 12 * len(t) + 120
    for i in range(3):
        words.append(Word(f"{i + 1}", Box(10, 40 + 30 * i, 10, 20), line_id=i + 1))
        words.append(Word("BUDI", Box(160, 40 + 30 * i, 50, 20), line_id=i + 1))
    assert not is_identity_card(words)
    assert card_regions(Image.new("RGB", (1400, 200), "white"), words) == []


def _sim_with_portrait(junk: list[Word]) -> tuple[Image.Image, list[Word]]:
    """A SIM drawn flat: a portrait on the left, the numbered fields right of it, and `junk` (what OCR
    reads in the portrait's edges) added to the words."""
    card = Image.new("RGB", (1000, 560), (236, 232, 220))
    draw = ImageDraw.Draw(card)
    draw.rectangle((40, 110, 260, 420), fill=(200, 40, 40))
    draw.ellipse((100, 150, 200, 250), fill=(240, 210, 190))
    draw.rectangle((80, 260, 230, 420), fill=(30, 30, 40))
    rows = ["SURAT IZIN MENGEMUDI", "1. WULAN PRASETYO", "2. DENPASAR, 16-11-1983", "3. AB - PRIA",
            "4. JL. VETERAN NO. 3A", "KEL. SUKAJADI KEC. CICENDO", "KOTA PALEMBANG", "5. WIRASWASTA",
            "6. POLRES SEMARANG"]
    words = []
    for i, row in enumerate(rows):
        x = 300 if i == 0 or row[0].isdigit() else 340
        for token in row.split():
            words.append(Word(token, Box(x, 30 + 55 * i, 12 * len(token), 20), conf=90.0, line_id=i))
            x += 12 * len(token) + 12
    return card, words + junk


def _address_covered(found, words) -> bool:
    boxes = [b for f in found for b in f.boxes]
    address = [w.box for w in words if w.line_id in (4, 5, 6) and w.text != "4."]
    return all(any(covers(b, r) for b in boxes) for r in address)


def test_sim_fields_after_the_portrait_are_read_in_their_rows():
    from redactor.visual.card import licence_fields
    card, words = _sim_with_portrait([])
    assert _address_covered(licence_fields(card, words), words)


@pytest.mark.parametrize("junk", [
    # OCR's reading of the portrait: one "word" as tall as the portrait, whose centre falls on field 4's row,
    [Word("£", Box(42, 112, 216, 306), conf=50.0, line_id=20)],
    # and small marks in the portrait's edges on the rows of fields 4 and 5.
    [Word("A", Box(150, 235, 20, 20), conf=60.0, line_id=21), Word("=", Box(240, 415, 9, 9), conf=70.0, line_id=22)],
])
def test_what_ocr_reads_in_a_sim_portrait_does_not_end_the_holders_fields(junk):
    from redactor.visual.card import licence_fields
    card, words = _sim_with_portrait(junk)
    found = licence_fields(card, words)
    assert _address_covered(found, words)
    # The issuing office (field 6) stays readable.
    boxes = [b for f in found for b in f.boxes]
    assert not any(b.intersects(w.box) for b in boxes for w in words if w.line_id == 8)


SIM_ROWS = [("1.", "WULAN PRASETYO"), ("2.", "DENPASAR, 16-11-1983"), ("3.", "AB - PRIA"),
            ("4.", "JL. VETERAN NO. 3A"), (None, "KEL. SUKAJADI KEC. CICENDO"), (None, "KOTA PALEMBANG"),
            ("5.", "WIRASWASTA"), ("6.", "POLRES SEMARANG")]


def _printed_sim(unread: set[str], printed: bool = True) -> tuple[Image.Image, list[Word], dict[int, list[Box]]]:
    """A SIM printed in real glyphs, with the words OCR would read: every word but the field numbers in
    `unread`, which stay printed (`printed`) or are not on the card at all.  Returns the words' boxes per
    field row too."""
    from conftest import font
    card = Image.new("RGB", (1000, 560), (236, 232, 220))
    draw = ImageDraw.Draw(card)
    f = font(20, bold=True)
    words, values = [], {}
    def put(x, y, token, line):
        box = draw.textbbox((x, y), token, font=f)
        draw.text((x, y), token, font=f, fill=(30, 30, 30))
        words.append(Word(token, Box.from_edges(*box), conf=90.0, line_id=line))
        return box[2] + int(f.getlength(" "))
    put(300, 30, "SURAT", 0), put(390, 30, "IZIN", 0), put(450, 30, "MENGEMUDI", 0)
    for i, (number, value) in enumerate(SIM_ROWS, 1):
        y = 30 + 50 * i
        if number and (number not in unread or printed):
            put(300, y, number, i)
            if number in unread:
                words.pop()
        x = 340
        for token in value.split():
            x = put(x, y, token, i)
        values[i] = [w.box for w in words if w.line_id == i and w.text != number]
    return card, words, values


def _covered_rows(found, values) -> set[int]:
    boxes = [b for f in found for b in f.boxes]
    return {i for i, row in values.items() if all(any(covers(b, r) for b in boxes) for r in row)}


def _touched_rows(found, values) -> set[int]:
    boxes = [b for f in found for b in f.boxes]
    return {i for i, row in values.items() if any(b.intersects(r) for b in boxes for r in row)}


@pytest.mark.parametrize("unread", [set(), {"3.", "5.", "6."}, {"2.", "3.", "4.", "5.", "6."}])
def test_sim_name_birth_and_address_covered_blood_group_occupation_and_office_kept(unread):
    """A number OCR misses is still on the card: ink where the numbers stand, with paper before the value,
    makes its line a field of its own, not the line above's continuation."""
    from redactor.visual.card import licence_fields
    card, words, values = _printed_sim(unread)
    found = licence_fields(card, words)
    assert _covered_rows(found, values) >= {1, 2, 4, 5, 6}
    assert not _touched_rows(found, values) & {3, 7, 8}


def test_sim_fields_skipped_by_the_numbers_read_are_one_line_each_before_the_next_number():
    # "4." read, then three lines with no number on the card, then "6.": the last of them is field 5.
    from redactor.visual.card import licence_fields
    card, words, values = _printed_sim({"5."}, printed=False)
    found = licence_fields(card, words)
    assert _covered_rows(found, values) >= {1, 2, 4, 5, 6}
    assert not _touched_rows(found, values) & {3, 7, 8}


def test_an_address_line_over_a_field_ocr_did_not_read_at_all_stays_covered():
    # "4." read, its two lines, then the occupation's whole line unread, then "6.": the line before "6."
    # is not field 5 (the spacing shows a line more), so the address's last line stays covered.
    from redactor.visual.card import licence_fields
    card, words, values = _printed_sim(set())
    words = [w for w in words if w.line_id != 7]
    found = licence_fields(card, words)
    assert _covered_rows(found, values) >= {1, 2, 4, 5, 6}
    assert 8 not in _touched_rows(found, values)


def test_sim_lines_under_a_kept_field_with_no_number_left_are_covered_as_an_owned_field_may_be_them():
    # "3." read and "4." missing from the card: the address lines under the blood group may be field 4.
    from redactor.visual.card import licence_fields
    card, words, values = _printed_sim({"4.", "5.", "6."}, printed=False)
    found = licence_fields(card, words)
    assert _covered_rows(found, values) >= {1, 2, 4, 5, 6}
    assert 8 not in _touched_rows(found, values)  # "POLRES …" opens no address line


def test_an_issuing_office_line_with_no_number_ends_the_address():
    from redactor.visual.card import licence_fields
    card, words, values = _printed_sim({"5.", "6."}, printed=False)
    found = licence_fields(card, words)
    assert _covered_rows(found, values) >= {4, 5, 6}
    assert 8 not in _touched_rows(found, values)


def test_a_guessed_number_the_numbers_read_contradict_leaves_its_lines_covered():
    # Ink read as a number on the address's second line would make it field 5; the "5." read below
    # says otherwise, and the lines between stay covered.
    from redactor.visual.card import _LicenceRow, _placed_by_numbers
    rows = [_LicenceRow("4", [], "read"), _LicenceRow("5", [], "ink"), _LicenceRow("5", [], "wrap"),
            _LicenceRow("5", [], "read"), _LicenceRow("6", [], "read")]
    assert [r.how for r in _placed_by_numbers(rows)] == ["read", "unsure", "unsure", "read", "read"]


def test_a_tall_word_beside_a_numbered_list_on_a_licence_without_portrait_is_still_no_row():
    from redactor.visual.card import licence_fields
    words = _rows_as_words(["DRIVING LICENCE", "1. MORGAN", "2. ALEXANDRA JANE", "8. 12 HIGH STREET, BATH"])
    words.append(Word("|", Box(700, 20, 8, 160), conf=30.0, line_id=9))  # a card edge read as a bar
    found = licence_fields(Image.new("RGB", (900, 300), "white"), words)
    boxes = [b for f in found for b in f.boxes]
    for line in (1, 2, 3):
        assert all(any(covers(b, w.box) for b in boxes) for w in words if w.line_id == line and w.text[0].isalpha())


def test_a_job_title_in_a_staff_tables_cell_is_no_signing_line():
    # "Kepala Subbagian Umum" under "Jabatan", between a NIK and a unit, with the next row two lines below.
    page = Image.new("RGB", (1400, 600), PAPER)
    words = [Word("6208125806803165", Box(40, 100, 160, 14), line_id=1),
             Word("Kepala", Box(400, 100, 50, 14), line_id=2), Word("Subbagian", Box(456, 100, 80, 14), line_id=2),
             Word("Umum", Box(542, 100, 44, 14), line_id=2), Word("Inspektorat", Box(800, 100, 90, 14), line_id=3),
             Word("9303041312886681", Box(40, 160, 160, 14), line_id=4),
             Word("Pengelola", Box(400, 160, 80, 14), line_id=5), Word("Keuangan", Box(486, 160, 76, 14), line_id=5),
             Word("Inspektorat", Box(800, 160, 90, 14), line_id=6)]
    assert signature_regions(page, words) == []


def test_two_signing_lines_side_by_side_at_a_letters_foot_each_get_their_area():
    page = Image.new("RGB", (1400, 1400), PAPER)
    squiggle(ImageDraw.Draw(page), 100, 1160, 220, 70)
    squiggle(ImageDraw.Draw(page), 800, 1160, 220, 70)
    words = [Word("Mengetahui,", Box(100, 1060, 110, 24), line_id=1),
             Word("Kepala", Box(100, 1100, 70, 24), line_id=2), Word("Dinas", Box(178, 1100, 60, 24), line_id=2),
             Word("Ketua", Box(800, 1100, 60, 24), line_id=3), Word("Panitia", Box(868, 1100, 80, 24), line_id=3),
             Word("Baktiadi", Box(100, 1270, 90, 24), line_id=4), Word("Irawan", Box(198, 1270, 80, 24), line_id=4),
             Word("Sri", Box(800, 1270, 40, 24), line_id=5), Word("Wahyuni", Box(848, 1270, 90, 24), line_id=5)]
    regions = signature_regions(page, words)
    assert len(regions) == 2, [r.boxes for r in regions]


def test_map_finding_joins_the_words_of_a_label_into_one_neighbour():
    # "Date of birth / Tanggal lahir" over the value: one neighbour, so that on a tilted photo the cover
    # keeps out of the upright box around the whole label, not only around each of its words.
    from redactor.findings import Finding
    from redactor.visual.rectify import Rectified
    m = np.array([[1, 0, 100], [0, 1, 50], [0, 0, 1]], dtype=float)
    r = Rectified(Image.new("RGB", (10, 10)), m)
    value = Box(40, 100, 200, 20)
    words = [Box(40, 70, 40, 16), Box(88, 71, 20, 15), Box(116, 70, 44, 16),   # one label, word by word
             Box(40, 132, 120, 20),                                           # the row below
             Box(230, 70, 40, 16)]                                            # a word further along the row
    f = r.map_finding(Finding("birth_date", (value,), 1.0, "21•••••99"), words)
    spans = sorted((min(y for _, y in p), min(x for x, _ in p), max(x for x, _ in p)) for p in f.neighbours)
    assert spans == [(120.0, 140.0, 260.0), (120.0, 330.0, 370.0), (182.0, 140.0, 260.0)]


def _passport_page(values: dict[str, str], under: int = 24) -> tuple[Image.Image, list[Word], dict[str, Box],
                                                                     dict[str, Box]]:
    """A passport's data page whose values under their labels OCR did not read: only the labels (with
    their translations) come back as words.  Each value is drawn `under` px below its label's top."""
    page = Image.new("RGB", (900, 520), (236, 240, 232))
    d = ImageDraw.Draw(page)
    small, big = font(15), font(24)
    words: list[Word] = []
    labels: dict[str, Box] = {}
    drawn: dict[str, Box] = {}
    y = 40
    for line, (label, value) in enumerate(values.items()):
        x = 60
        for tok in label.split():
            d.text((x, y), tok, fill=(70, 70, 80), font=small)
            l, t, r, b = d.textbbox((x, y), tok, font=small)
            words.append(Word(tok, Box.from_edges(l, t, r, b), line_id=line))
            x = r + d.textlength(" ", font=small)
        labels[label] = Box.union(w.box for w in words if w.line_id == line)
        if value:
            d.text((60, y + under), value, fill=(20, 20, 20), font=big)
            drawn[label] = Box.from_edges(*d.textbbox((60, y + under), value, font=big))
        y += 90
    return page, words, labels, drawn


def test_an_unread_value_under_a_passport_label_is_covered_where_its_ink_is_not_over_the_labels_width():
    """The band of a value OCR did not read follows the value's own line of ink: it starts under the label's
    descenders, ends where the value ends, and runs on when the value is wider than its label; mapped back
    onto a tilted photo, a band as wide as the label would reach into the label's far end."""
    page, words, labels, drawn = _passport_page({
        "Surname / Nama keluarga": "LUBIS",
        "Given names / Nama depan": "FITRI KARTIKA MAHARANI SETIAWATI",
        "Nationality / Kewarganegaraan": "FILIPINO",
        "Date of birth / Tanggal lahir": "14 MAR 2003"})
    assert is_identity_card(words)
    bands = {f.preview.split(":")[0]: f.boxes[0] for f in card_regions(page, words) if "(unread)" in f.preview}
    surname, given = bands["Surname"], bands["Given names"]
    assert covers(surname, drawn["Surname / Nama keluarga"])
    assert surname.right < drawn["Surname / Nama keluarga"].right + 20  # not on to the label's end
    assert covers(given, drawn["Given names / Nama depan"])  # wider than its label
    for label, box in labels.items():
        assert not any(band.intersects(box) for band in bands.values()), label



@pytest.mark.usefixtures("tesseract")
def test_the_band_of_a_value_read_under_its_label_starts_at_the_values_own_top():
    """The band of a value read under its label takes margins at its ends and under it, none up toward the
    label: the label's descenders and (on a tilted photo) its low end's upright box come down close to the
    value's capitals, and a margin there covered the foot of the label."""
    from redactor.ocr import run_ocr
    page, _words, labels, drawn = _passport_page({
        "Surname / Nama keluarga": "FISCHER",
        "Given names / Nama depan": "MICHAEL MARLINA",
        "Nationality / Kewarganegaraan": "FILIPINO",
        "Date of birth / Tanggal lahir": "14 MAR 2003"}, under=18)
    read = run_ocr(page, psm=11).words
    values = [w for w in read if w.text in ("FISCHER", "MICHAEL", "MARLINA")]
    assert len(values) == 3, [w.text for w in read]
    bands = {f.preview.split(":")[0]: f.boxes[0] for f in card_regions(page, list(read))}
    for field, label, words in (("Surname", "Surname / Nama keluarga", values[:1]),
                                ("Given names", "Given names / Nama depan", values[1:])):
        band, value = bands[field], Box.union(w.box for w in words)
        assert covers(band, value) and covers(band, drawn[label].padded(0, -2))
        assert band.top == value.top                 # none up toward the label …
        assert band.left < value.left and band.bottom > value.bottom   # … the other margins kept
        assert not band.intersects(labels[label])

def test_a_band_with_no_line_of_ink_under_its_label_is_still_covered_whole():
    page, words, labels, _drawn = _passport_page({
        "Surname / Nama keluarga": "",
        "Given names / Nama depan": "SUTRISNO",
        "Nationality / Kewarganegaraan": "FILIPINO",
        "Date of birth / Tanggal lahir": "14 MAR 2003"})
    bands = {f.preview.split(":")[0]: f.boxes[0] for f in card_regions(page, words) if "(unread)" in f.preview}
    label = labels["Surname / Nama keluarga"]
    assert bands["Surname"].width >= 0.9 * label.width  # where the value would stand, under the whole label
    assert label.bottom - 3 <= bands["Surname"].top and bands["Surname"].bottom > label.bottom + 15


# What OCR made of a photographed portrait's hair and shadows on a card photo taken at 1.5x its size.
PORTRAIT_TEXTURE_READINGS = [('"AN', 67.0), ("eer", 56.0), ("Hi 2 33 k , aS ay", 50.0), ("Pat", 17.0)]


def test_a_portrait_read_as_scraps_is_still_the_cards_photo():
    card, words, _values, photo, _issued = render_card()
    scraps = [Word(text, Box(photo.left + 20 + 30 * i, photo.top + 40 + 40 * i, 60, 22), conf=conf, line_id=200 + i)
              for i, (text, conf) in enumerate(PORTRAIT_TEXTURE_READINGS)]
    photos = [f for f in card_regions(card, words + scraps) if f.category == "photo"]
    assert len(photos) == 1 and covers(photos[0].boxes[0], photo)


def test_a_rectangle_holding_printed_words_is_no_photo():
    card, words, _values, photo, _issued = render_card()
    printed = [Word(text, Box(photo.left + 20, photo.top + 40 + 40 * i, 120, 22), conf=91.0, line_id=200 + i)
               for i, text in enumerate(["Golongan", "Darah", "Berlaku"])]
    assert not [f for f in card_regions(card, words + printed) if f.category == "photo"]


@pytest.mark.usefixtures("tesseract")
def test_the_orientation_check_turns_a_page_only_when_turned_it_reads_better():
    from redactor.ocr.engine import get_engine
    from redactor.visual.rectify import _reads_better
    engine = get_engine()
    # Paper with toner specks and no text readable at the check's size (an A4 copy of two small ID cards):
    # every way round reads nothing, and the page stays as it lies.
    rng = np.random.default_rng(7)
    paper = np.full((1400, 1000, 3), 236, np.uint8)
    for y, x in rng.integers(0, (1400, 1000), size=(300, 2)):
        paper[y:y + 4, x:x + 4] = 40
    assert _reads_better(paper, [90, 270, 0], engine) == 0
    # A page lying on its side is still turned.
    sideways = np.asarray(render_receipt().rotate(90, expand=True))
    assert _reads_better(sideways, [90, 270, 0], engine) == 90


# ---------------------------------------------------------------- a table's column of signatures

SIGN_X = 900  # the signature column's header starts here; the row numbers and strokes below it


def attendance_page(header: str = "Tanda Tangan", rows: int = 5, signed: bool = True) -> tuple[Image.Image, list[Word]]:
    """An attendance list's table as OCR reads it: a header row of cells, a row per participant (number, name,
    NIP, mobile number), a signature crossing each row's cell, and a signer's block under the table."""
    page = Image.new("RGB", (1240, 1400), PAPER)
    d = ImageDraw.Draw(page)
    words: list[Word] = []
    line = 0

    def say(x: int, y: int, text: str) -> None:
        nonlocal line
        line += 1
        for k, w in enumerate(text.split()):
            words.append(Word(w, Box(x + 80 * k, y, 12 * len(w), 22), line_id=line))

    for x, text in [(60, "No"), (160, "Nama"), (420, "NIP"), (700, "No. HP"), (SIGN_X, header)]:
        say(x, 200, text)
    for r in range(rows):
        y = 260 + 70 * r
        say(60, y, f"{r + 1}.")
        say(160, y, "Ayu Lestari")
        say(420, y, "198701122010012003")
        say(700, y, "081234567890")
        if signed:
            squiggle(d, SIGN_X - 20 + (0 if r % 2 else 90), y - 14, 110, 56)  # under the centred header
    foot = 260 + 70 * rows + 80
    say(760, foot, "Kepala Bidang Umum,")
    say(760, foot + 140, "Budi Santoso")
    return page, words


def test_a_tables_signature_column_is_covered_from_its_header_to_its_last_row():
    page, words = attendance_page()
    found = signature_columns(page, words)
    assert len(found) == 1
    box = found[0].boxes[0]
    assert box.top >= 222 and box.left <= SIGN_X - 20 and box.right >= SIGN_X + 180  # every stroke of the column
    assert box.bottom >= 260 + 70 * 4 + 42 and box.bottom < 260 + 70 * 5 + 80  # not the signer's position


@pytest.mark.parametrize("header", ["TTD", "Paraf", "TANDA TANGAN", "Tanda tangan", "Tandatangan"])
def test_a_signature_column_by_any_of_its_names(header):
    page, words = attendance_page(header)
    assert len(signature_columns(page, words)) == 1


def test_a_signature_column_read_noisily_with_grid_marks_and_a_stroke_read_as_letters():
    page, words = attendance_page("Tanda Tangan:")
    words += [Word("|", Box(880, 262, 4, 22), conf=30, line_id=90), Word("~wh", Box(1010, 330, 40, 22), conf=20, line_id=91)]
    found = signature_columns(page, words)
    assert len(found) == 1 and found[0].boxes[0].bottom >= 260 + 70 * 4 + 42


@pytest.mark.parametrize("header", ["Tanda Tangan Elektronik Pejabat", "Keterangan", "Status"])
def test_no_signature_column_under_another_header(header):
    page, words = attendance_page(header)
    assert signature_columns(page, words) == []


def test_a_ttd_line_alone_or_an_unsigned_column_is_no_signature_column():
    # a letter's "ttd" line: no header row of three cells around it
    page = Image.new("RGB", (1000, 1400), PAPER)
    squiggle(ImageDraw.Draw(page), 700, 1160, 240, 70)
    assert signature_columns(page, _signing_foot(page, "ttd")) == []
    # a printed list not yet signed: nothing to cover
    page, words = attendance_page(signed=False)
    assert signature_columns(page, [w for w in words if not w.text.endswith(".")]) == []


@pytest.mark.parametrize("codes, found", [(["ATM", "TLR", "SYS", "ATM", "TLR"], False),  # a passbook's teller codes
                                          (["T66", "ADM", "T14", None, "TS7"], False),
                                          (["ATM", None, None, None, "TLR"], True),  # two rows of five: still signed
                                          (["“WA", "AN", None, "wh", None], True)])  # strokes read as scraps
def test_a_column_of_printed_codes_is_no_signature_column(codes, found):
    page, words = attendance_page("Paraf")
    for r, code in enumerate(codes):
        if code:
            sure = 95.0 if code.isupper() and code.isalnum() and len(code) == 3 else 55.0
            words.append(Word(code, Box(SIGN_X + 40, 262 + 70 * r, 40, 22), conf=sure, line_id=200 + r))
    assert bool(signature_columns(page, words)) is found


@pytest.mark.parametrize("codes, found", [
    ([("SYS", 81.0), ("164", 79.0), ("137", 62.0), ("124", 68.0), ("T95", 92.0)], False),  # codes read as numbers
    ([("10", 95.0), ("11", 95.0), ("12", 95.0), ("13", 95.0), ("14", 95.0)], True),  # a list's row numbers
])
def test_teller_codes_read_as_numbers_are_print_and_row_numbers_are_not(codes, found):
    page, words = attendance_page("Paraf")
    for r, (code, conf) in enumerate(codes):
        words.append(Word(code, Box(SIGN_X + 40, 262 + 70 * r, 40, 22), conf=conf, line_id=200 + r))
    assert bool(signature_columns(page, words)) is found


def test_a_photographed_passbooks_teller_codes_read_unsurely_are_no_signature_column():
    # OCR noise: a phone's photo of a passbook reads the codes at 70-79 % and one as a number ("128")
    page, words = attendance_page("Paraf")
    for r, (code, conf) in enumerate([("ADM", 70.0), ("SYS", 74.0), ("128", 88.0), ("T91", 78.0), ("sys", 73.0)]):
        words.append(Word(code, Box(SIGN_X + 40, 262 + 70 * r, 40, 22), conf=conf, line_id=200 + r))
    assert signature_columns(page, words) == []


def numbered_attendance_page(crossed: int | None = None) -> tuple[Image.Image, list[Word], list[Box], list[Box]]:
    """`attendance_page` with each row's number printed in the signature column's cell and the signature
    beside it, clear of the number (row `crossed`: the stroke runs over its number).  Returns the page, the
    words, the numbers' ink boxes and the strokes' boxes."""
    page, words = attendance_page(signed=False)
    d = ImageDraw.Draw(page)
    numbers, strokes = [], []
    for r in range(5):
        y = 260 + 70 * r
        x = SIGN_X - 20 + (0 if r % 2 else 120)
        d.text((x, y - 12), f"{r + 1}.", fill=(25, 25, 25), font=font(16))
        numbers.append(Box.from_edges(*d.textbbox((x, y - 12), f"{r + 1}.", font=font(16))))
        left = x - 10 if r == crossed else x + 30
        squiggle(d, left, y - 4, 110, 50)
        strokes.append(Box.from_edges(left - 2, y - 6, left + 112, y + 48))
    return page, words, numbers, strokes


def _covered(boxes, box: Box) -> bool:
    return any(b.left <= box.left and b.top <= box.top and b.right >= box.right and b.bottom >= box.bottom
               for b in boxes)


def _touched(boxes, box: Box) -> bool:
    return any(b.intersects(box) for b in boxes)


def _ink_covered(page: Image.Image, boxes, area: Box) -> bool:
    grey = np.asarray(page.convert("L"), dtype=np.int16)
    covered = np.zeros(grey.shape, bool)
    for b in boxes:
        covered[b.top:b.bottom, b.left:b.right] = True
    ink = grey[area.top:area.bottom, area.left:area.right] < 150
    return bool(covered[area.top:area.bottom, area.left:area.right][ink].all())


def test_a_signature_columns_cover_leaves_out_the_row_numbers_printed_beside_the_signatures():
    page, words, numbers, strokes = numbered_attendance_page()
    found = signature_columns(page, words)  # the numbers not read (small print alone in a cell): found by their ink
    assert len(found) == 1
    boxes = found[0].boxes
    for number, stroke in zip(numbers, strokes):
        assert not _touched(boxes, number)
        assert _ink_covered(page, boxes, stroke)


def test_a_row_number_read_noisily_is_left_out_too():
    page, words, numbers, strokes = numbered_attendance_page()
    words += [Word(text, number.padded(1), conf=conf, line_id=300 + r)
              for r, (number, (text, conf)) in enumerate(zip(numbers, [("1.", 91.0), ("2,", 64.0), ("3", 88.0),
                                                                      ("4)", 72.0), ("S.", 40.0)]))]
    boxes = signature_columns(page, words)[0].boxes
    for number, stroke in zip(numbers, strokes):
        assert not _touched(boxes, number) and _ink_covered(page, boxes, stroke)


def test_a_row_number_a_stroke_runs_over_stays_covered():
    page, words, numbers, strokes = numbered_attendance_page(crossed=2)
    boxes = signature_columns(page, words)[0].boxes
    assert _covered(boxes, numbers[2]) and _ink_covered(page, boxes, strokes[2])
    assert not _touched(boxes, numbers[1])


def test_a_small_initial_standing_alone_in_the_column_stays_covered():
    # a paraf as small as print, written where its writer put it: no other mark stands in its file, so it is
    # no list's number and the column's cover keeps it
    page, words, numbers, strokes = numbered_attendance_page()
    d = ImageDraw.Draw(page)
    x, y = SIGN_X + 190, 260 + 70 * 3 - 10
    squiggle(d, x, y, 22, 14)
    boxes = signature_columns(page, words)[0].boxes
    assert _ink_covered(page, boxes, Box.from_edges(x - 2, y - 2, x + 24, y + 16))
    assert not _touched(boxes, numbers[1])


def test_strokes_inside_a_signature_column_give_way_to_its_cover():
    from redactor.visual.signatures import DETECTOR, within_columns
    page, words, numbers, strokes = numbered_attendance_page()
    column = signature_columns(page, words)[0]
    inside = Finding("signature", (strokes[0],), 0.6, "signature", DETECTOR)
    outside = Finding("signature", (Box(100, 900, 200, 60),), 0.6, "signature", DETECTOR)
    assert within_columns([column, inside, outside]) == [column, outside]


def test_a_signatures_long_straight_stroke_is_no_rule_and_its_hook_stays_covered():
    # a stroke down the cell, two and a half lines long, with a hook at its top: taken for a rule, the hook
    # would stand apart as small as print
    page, words, numbers, strokes = numbered_attendance_page()
    d = ImageDraw.Draw(page)
    x, y = SIGN_X + 150, 260 + 70 * 2 - 20
    d.line([(x, y), (x, y + 55)], fill=(20, 30, 90), width=3)
    d.line([(x, y), (x + 14, y + 9), (x + 20, y + 2)], fill=(20, 30, 90), width=3)
    boxes = signature_columns(page, words)[0].boxes
    assert _ink_covered(page, boxes, Box.from_edges(x - 3, y - 3, x + 24, y + 58))
    assert not _touched(boxes, numbers[1])
