"""End to end with real Tesseract on images the tests render.

Each test draws screenshot-like text (light and dark themes, 12-14 px glyphs
that the OCR stage must upscale, labels glued to values, values split into
several words), runs the real pipeline, and checks the written file: every
pixel where the value was drawn is covered, the rest of the picture is
untouched, and OCR of the output no longer reads the value.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import Rendered, render_lines, sha256, upscale
from redactor.config import Config
from redactor.detect.text import normalise_digits
from redactor.load import load_path
from redactor.ocr import run_ocr
from redactor.pipeline import analyse, redact_file

pytestmark = pytest.mark.usefixtures("tesseract")

FAST = Config(visual=False)

SCREEN = [
    "NIK:3273015507879901",                 # label glued to the value
    "Telp.0812-3456-7890",                  # glued, with dashes
    "HP 0812 3456 7890",                    # value across three words
    "Email: siti.rahma@example.org",
    "Rapat koordinasi hari Senin",          # nothing sensitive: must stay as it is
]
VALUES = [(0, "3273015507879901"), (1, "0812-3456-7890"), (2, "0812 3456 7890"), (3, "siti.rahma@example.org")]


def redact(rendered: Rendered, tmp_path, name="shot.png", **kwargs):
    path = rendered.save(tmp_path / name)
    before = sha256(path)
    result = redact_file(path, config=kwargs.pop("config", FAST), **kwargs)
    assert sha256(path) == before, "input changed"
    out = np.asarray(Image.open(result.output.path).convert("RGB"))
    return result, out


def region(out: np.ndarray, box) -> np.ndarray:
    left, top, right, bottom = box
    return out[top:bottom, left:right]


def ink_mask(rendered: Rendered, box) -> np.ndarray:
    """Pixels inside `box` where the input shows text rather than its background."""
    area = region(np.asarray(rendered.image), box).astype(int)
    return np.abs(area - np.array(rendered.background)).sum(axis=-1) > 60


def assert_black(out, rendered, line, value):
    box = rendered.bbox(line, value)
    ink = ink_mask(rendered, box)
    assert ink.any(), f"test bug: no ink for {value!r}"
    covered = (region(out, box) == 0).all(axis=-1)
    share = covered[ink].mean()
    assert share == 1.0, f"{value!r}: only {share:.0%} of its ink is covered"


def assert_unchanged(out, rendered, line):
    box = rendered.bbox(line)
    assert np.array_equal(region(out, box), region(np.asarray(rendered.image), box)), \
        f"line {rendered.lines[line]!r} was changed"


def ocr_digits(path) -> tuple[str, str]:
    stat = Path(path).stat()
    return _ocr_digits(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _ocr_digits(path: str, mtime_ns: int, size: int) -> tuple[str, str]:
    """One OCR per output file, however many values a test checks in it."""
    text = run_ocr(Image.open(path).convert("RGB")).text
    return re.sub(r"\D", "", normalise_digits(text)), text


def assert_not_readable(path, value):
    digits, text = ocr_digits(path)
    value_digits = re.sub(r"\D", "", value)
    if value_digits:
        for i in range(len(value_digits) - 5):
            assert value_digits[i:i + 6] not in digits, f"OCR of the output still reads {value!r}: {text!r}"
    assert value not in text


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("size", [12, 14])
def test_screenshot_values_are_covered(theme, size, tmp_path):
    rendered = render_lines(SCREEN, size=size, theme=theme)
    result, out = redact(rendered, tmp_path)
    assert result.output.path == tmp_path / "shot.redacted.png"
    cats = {f.category for f in result.analysis.findings}
    assert {"nik", "phone", "email"} <= cats, cats
    for line, value in VALUES:
        assert_black(out, rendered, line, value)
    assert_unchanged(out, rendered, 4)
    for _, value in VALUES:
        assert_not_readable(result.output.path, value)


def test_upscaled_small_text_maps_boxes_back(tmp_path):
    """2x nearest-neighbour copy of 12 px text: boxes must land on the enlarged glyphs."""
    rendered = upscale(render_lines(SCREEN[:3], size=12), 2)
    result, out = redact(rendered, tmp_path)
    for line, value in VALUES[:3]:
        assert_black(out, rendered, line, value)


def test_form_with_labels_names_and_numbers(tmp_path):
    lines = ["Nama        : Budi Santoso",
             "NIP         : 19850717 201001 1 901",
             "Tempat/Tgl Lahir : Bandung, 17-07-1985",
             "No. Rek BRI : 0123-01-009999-50-9",
             "Jabatan     : Analis Kepegawaian"]
    rendered = render_lines(lines, size=14)
    result, out = redact(rendered, tmp_path)
    for line, value in [(0, "Budi Santoso"), (1, "19850717 201001 1 901"), (2, "17-07-1985"),
                        (3, "0123-01-009999-50-9")]:
        assert_black(out, rendered, line, value)
    assert_not_readable(result.output.path, "198507172010011901")


def test_label_on_the_line_above(tmp_path):
    rendered = render_lines(["NIK", "3273015507879901", "Nomor HP", "0812-3456-7890"], size=14, pitch=1.6)
    result, out = redact(rendered, tmp_path)
    assert_black(out, rendered, 1, "3273015507879901")
    assert_black(out, rendered, 3, "0812-3456-7890")


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("style", ["erase", "blur", "pixelate"])
def test_other_styles_leave_the_value_unreadable(style, theme, tmp_path):
    rendered = render_lines(SCREEN, size=14, theme=theme)
    result, out = redact(rendered, tmp_path, style=style)
    paper, ink = np.array(rendered.background), np.array(rendered.ink)
    for line, value in VALUES:
        area = region(out, rendered.bbox(line, value)).astype(int)
        # no pixel as close to the ink colour as the text itself
        distance = np.abs(area - ink).sum(axis=-1)
        assert distance.min() > 60, f"{style}: ink of {value!r} survives"
        assert_not_readable(result.output.path, value)
    if style == "erase":
        for line, value in VALUES:
            area = region(out, rendered.bbox(line, value))
            assert (area == paper).all(), "erase must take the paper colour"
    assert_unchanged(out, rendered, 4)


@pytest.mark.parametrize("orientation, stored_as", [(6, Image.Transpose.ROTATE_90), (8, Image.Transpose.ROTATE_270),
                                                    (3, Image.Transpose.ROTATE_180)])
def test_rotated_phone_photo_is_covered_upright(orientation, stored_as, tmp_path):
    """EXIF orientation 6, 8, 3: the boxes are found and drawn on the upright picture."""
    rendered = render_lines(["NIK: 3273015507879901", "Rapat koordinasi hari Senin"], size=16)
    stored = rendered.image.transpose(stored_as)
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / "photo.jpg"
    stored.save(path, "JPEG", quality=95, exif=exif.tobytes())
    # PNG out: the exact-black check needs lossless pixels (a photo defaults to JPEG).
    result = redact_file(path, config=FAST, fmt="png")
    out = np.asarray(Image.open(result.output.path).convert("RGB"))
    assert out.shape[:2] == (rendered.image.height, rendered.image.width)
    assert_black(out, rendered, 0, "3273015507879901")
    assert_not_readable(result.output.path, "3273015507879901")


def test_jpeg_output_format(tmp_path):
    rendered = render_lines(SCREEN[:1], size=14)
    path = rendered.save(tmp_path / "shot.png")
    result = redact_file(path, config=FAST, fmt="jpg")
    assert result.output.path == tmp_path / "shot.redacted.jpg"
    out = np.asarray(Image.open(result.output.path).convert("RGB")).astype(int)
    assert region(out, rendered.bbox(0, "3273015507879901")).max() < 16  # JPEG ringing only


def test_clean_image_has_no_findings_and_is_unchanged(tmp_path):
    rendered = render_lines(["Rapat koordinasi hari Senin", "Agenda: evaluasi program kerja"], size=14)
    result, out = redact(rendered, tmp_path)
    assert result.analysis.findings == []
    assert result.analysis.verdict.kind == "none"
    assert np.array_equal(out, np.asarray(rendered.image))


def test_default_config_with_visual_detectors(tmp_path):
    rendered = render_lines(SCREEN[:2], size=14)
    result, out = redact(rendered, tmp_path, config=Config())
    assert_black(out, rendered, 0, "3273015507879901")
    assert_black(out, rendered, 1, "0812-3456-7890")


def test_internal_system_screen_verdict(tmp_path):
    rendered = render_lines(["SIMPEG - Data Pegawai", "Nama : Siti Rahmawati", "NIP : 198507172010011901"],
                            size=14)
    analysis = analyse(load_path(rendered.save(tmp_path / "s.png")), FAST)
    assert analysis.verdict.kind == "internal_system"


def test_classified_document_verdict(tmp_path):
    rendered = render_lines(["SANGAT RAHASIA", "NOTA DINAS", "Nomor : ND-99/BKPSDM/2026"], size=16)
    analysis = analyse(load_path(rendered.save(tmp_path / "c.png")), FAST)
    assert analysis.verdict.kind == "classified_document"
    assert "classification" in {f.category for f in analysis.findings}


SCENES = {
    "login_and_form": dict(
        lines=["https://10.12.0.5:8080/simpeg/pegawai?id=991", "Password: Garuda2020!",
               "NPWP: 09.999.901.3-407.000", "No. Rek BCA 9912345678 a.n. Siti Rahmawati",
               "Alamat: Jl. Sukajadi No. 12 RT 003/RW 005,", "Kel. Sukarasa, Kec. Sukasari, Kota Bandung 40152"],
        values=[(0, "https://10.12.0.5:8080/simpeg/pegawai?id=991"), (1, "Garuda2020!"), (2, "09.999.901.3-407.000"),
                (3, "9912345678"), (3, "Siti Rahmawati"), (4, "Jl. Sukajadi No. 12 RT 003/RW 005,"),
                (5, "Kel. Sukarasa, Kec. Sukasari, Kota Bandung 40152")],
        kwargs=dict(size=14), verdict="internal_system"),
    "table": dict(
        lines=["Nama                NIK                      No HP",
               "Budi Santoso        3273015507879901         081234567890",
               "Siti Rahmawati      3578106412019902         085712345678"],
        values=[(1, "Budi Santoso"), (1, "3273015507879901"), (1, "081234567890"), (2, "Siti Rahmawati"),
                (2, "3578106412019902"), (2, "085712345678")],
        kwargs=dict(size=14, mono=True), verdict=None),
    "dark_official_letter": dict(
        lines=["SANGAT RAHASIA", "NIP 19850717 201001 1 901", "Tempat/Tgl Lahir: Bandung, 17-07-1985",
               "Sifat : Rahasia"],
        values=[(0, "SANGAT RAHASIA"), (1, "19850717 201001 1 901"), (2, "Bandung, 17-07-1985"), (3, "Rahasia")],
        kwargs=dict(size=13, theme="dark"), verdict="classified_document"),
}


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_scenes(scene, tmp_path):
    spec = SCENES[scene]
    rendered = render_lines(spec["lines"], **spec["kwargs"])
    result, out = redact(rendered, tmp_path)
    for line, value in spec["values"]:
        assert_black(out, rendered, line, value)
    if spec["verdict"]:
        assert result.analysis.verdict.kind == spec["verdict"]


def _as_mode(image: Image.Image, kind: str, path):
    if kind == "gray16":
        arr = np.asarray(image.convert("L")).astype(np.uint16) * 257
        Image.fromarray(arr).save(path)
    elif kind == "cmyk_jpeg":
        image.convert("CMYK").save(path, "JPEG", quality=95)
    elif kind == "palette_trns":
        image.convert("P", palette=Image.Palette.ADAPTIVE, colors=16).save(path, transparency=0)
    elif kind == "rgba":
        rgba = image.convert("RGBA")
        rgba.putalpha(255)
        rgba.save(path)
    return path


@pytest.mark.parametrize("kind, ext", [("gray16", "png"), ("cmyk_jpeg", "jpg"), ("palette_trns", "png"),
                                       ("rgba", "png")])
def test_colour_modes_are_covered_with_exact_black(kind, ext, tmp_path):
    rendered = render_lines(["NIK: 3273015507879901", "Rapat koordinasi"], size=16)
    path = _as_mode(rendered.image, kind, tmp_path / f"shot.{ext}")
    result = redact_file(path, config=FAST, fmt="png")  # lossless, for the exact-black check
    out = np.asarray(Image.open(result.output.path))
    assert out.ndim == 3 and out.shape[2] == 3
    assert_black(out, rendered, 0, "3273015507879901")


@pytest.mark.parametrize("size, colours", [
    (10, "light"), (11, "dark"),
    (14, ((255, 255, 255), (150, 150, 150))),   # low-contrast grey text
    (14, ((0, 120, 255), (255, 255, 255))),     # white on a blue chat bubble
    (14, ((200, 200, 200), (30, 30, 30))),      # dark text on a grey bar
    (14, ((220, 248, 198), (20, 20, 20))),      # WhatsApp-style light green bubble
    (14, ((18, 140, 126), (255, 255, 255))),    # white on a teal header
], ids=["10px", "11px-dark", "low-contrast", "blue-bubble", "grey-bar", "green-bubble", "teal-header"])
def test_small_and_coloured_text(size, colours, tmp_path):
    rendered = render_lines(["NIK: 3273015507879901", "HP 0812-3456-7890"], size=size, theme=colours)
    _, out = redact(rendered, tmp_path)
    assert_black(out, rendered, 0, "3273015507879901")
    assert_black(out, rendered, 1, "0812-3456-7890")


JWT_HEAD = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlIn0"


@pytest.mark.parametrize("lines, values", [
    (["NIK                                   3273015507879901", "Nomor HP                          0812-3456-7890"],
     [(0, "3273015507879901"), (1, "0812-3456-7890")]),                                   # label far from value
    (["Bearer token:", JWT_HEAD, ".c2lnbmF0dXJlLWZha2U"], [(1, JWT_HEAD), (2, ".c2lnbmF0dXJlLWZha2U")]),  # wrapped JWT
    (["Alamat kirim: Jl. Sukajadi No. 12 RT 003/RW 005,", "Kel. Sukarasa, Kec. Sukasari, Kota Bandung"],
     [(0, "Jl. Sukajadi No. 12 RT 003/RW 005,"), (1, "Kel. Sukarasa, Kec. Sukasari, Kota Bandung")]),
    (["Kartu: 4111 1111 1111 1111", "Email: budi.santoso99@example.com", "Plat B 1234 ABC"],
     [(0, "4111 1111 1111 1111"), (1, "budi.santoso99@example.com"), (2, "B 1234 ABC")]),
], ids=["wide-gap", "wrapped-jwt", "wrapped-address", "card-email-plate"])
def test_values_spread_over_a_line_or_two(lines, values, tmp_path):
    rendered = render_lines(lines, size=14)
    _, out = redact(rendered, tmp_path)
    for line, value in values:
        assert_black(out, rendered, line, value)


def test_low_quality_jpeg_and_slightly_tilted_photo(tmp_path):
    rendered = render_lines(["NIK: 3273015507879901", "HP 0812-3456-7890"], size=14)
    path = tmp_path / "lowq.jpg"
    rendered.image.save(path, quality=40)
    out = np.asarray(Image.open(redact_file(path, config=FAST, fmt="png").output.path).convert("RGB"))
    assert_black(out, rendered, 0, "3273015507879901")
    assert_black(out, rendered, 1, "0812-3456-7890")
    tilted = render_lines(["NIK: 3273015507879901", "HP 0812-3456-7890"], size=28).image
    path = tmp_path / "tilted.png"
    tilted.rotate(3, expand=True, fillcolor="white").save(path)
    result = redact_file(path, config=FAST)
    assert {"nik", "phone"} <= {f.category for f in result.analysis.findings}
    assert_not_readable(result.output.path, "3273015507879901")
    assert_not_readable(result.output.path, "0812-3456-7890")


def _letter_with_stamp(height: int, angle: float) -> Image.Image:
    from conftest import font

    page = Image.new("RGB", (700, height), "white")
    draw = ImageDraw.Draw(page)
    for i, y in enumerate(range(150, height - 20, 40)):
        draw.text((40, y), "Nomor : 800/12/BKPSDM/2026 perihal undangan rapat" if i == 0 else
                  "Dengan hormat, kami mengundang Bapak/Ibu hadir", fill="black", font=font(16))
    stamp = Image.new("RGBA", (260, 70), (0, 0, 0, 0))
    ink = ImageDraw.Draw(stamp)
    ink.rectangle((2, 2, 257, 67), outline=(200, 20, 30, 255), width=4)
    ink.text((14, 18), "SANGAT RAHASIA", fill=(200, 20, 30, 255), font=font(26, bold=True))
    stamp = stamp.rotate(angle, expand=True)
    page.paste(stamp, (380, 20), stamp)
    return page


def _red_ink(pixels: np.ndarray) -> int:
    px = pixels.astype(int)
    return int(((px[..., 0] > 150) & (px[..., 1] < 80) & (px[..., 2] < 80)).sum())


@pytest.mark.parametrize("height, angle", [(700, 0), (700, 12), (260, 0), (260, 8)],
                         ids=["page-straight", "page-tilted", "crop-straight", "crop-tilted"])
def test_red_classification_stamp_is_found_and_covered(height, angle, tmp_path):
    """A tilted red SANGAT RAHASIA stamp, on a full page and on a crop of the letter head."""
    path = tmp_path / "letter.png"
    _letter_with_stamp(height, angle).save(path)
    result = redact_file(path, config=FAST)
    assert "classification" in {f.category for f in result.analysis.findings}
    assert result.analysis.verdict.kind == "classified_document"
    assert _red_ink(np.asarray(Image.open(result.output.path).convert("RGB"))) == 0


@pytest.mark.parametrize("cores", [2, 4])
def test_ocr_bands_never_cut_a_value(cores, tmp_path):
    """A tall page read in parallel bands: values near every band edge are still covered."""
    lines, values = [], []
    for i in range(24):
        if i % 4 == 1:
            lines.append("NIK: 3273015507879901")
            values.append((i, "3273015507879901"))
        elif i % 4 == 3:
            lines.append("HP 0812-3456-7890")
            values.append((i, "0812-3456-7890"))
        else:
            lines.append("Rapat koordinasi hari Senin pukul 09.00")
    rendered = render_lines(lines, size=14, pitch=1.6)
    result, out = redact(rendered, tmp_path, cores=cores)
    for line, value in values:
        assert_black(out, rendered, line, value)


def test_bands_share_the_text_not_the_height():
    """Text only in the lower third: halving the height would leave one Tesseract process all the work."""
    from redactor.ocr.reader import _band_edges

    page = Image.new("L", (800, 1500), 255)
    d = ImageDraw.Draw(page)
    for i in range(20):
        d.text((40, 1000 + i * 24), f"Baris teks nomor {i} dengan isi yang cukup panjang", fill=0)
    (top_a, cut), (cut_b, bottom) = _band_edges(page, 2)
    assert (top_a, cut_b, bottom) == (0, cut, 1500)
    assert 1150 < cut < 1350
    row = np.asarray(page)[cut]
    assert (row == 255).all(), "the cut runs through a line of text"


@pytest.mark.parametrize("size", [40, 70, 100])
def test_large_text_from_zoomed_screens_and_document_photos(size, tmp_path):
    """Glyph strokes taller than a table rule must not be erased as 'rules' before OCR."""
    rendered = render_lines(["NIK: 3273015507879901", "HP 0812-3456-7890"], size=size)
    _, out = redact(rendered, tmp_path)
    assert_black(out, rendered, 0, "3273015507879901")
    assert_black(out, rendered, 1, "0812-3456-7890")


def test_table_with_grid_lines(tmp_path):
    from conftest import font

    f = font(14)
    rows = [["No", "Nama", "NIK", "No HP"],
            ["1", "Budi Santoso", "3273015507879901", "081234567890"],
            ["2", "Siti Rahmawati", "3578106412019902", "085712345678"],
            ["3", "Agus Wijaya", "9671024503249903", "081398765432"]]
    image = Image.new("RGB", (720, 40 + 32 * len(rows)), "white")
    draw = ImageDraw.Draw(image)
    cells = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            xy = ([25, 60, 230, 400][c], 28 + 32 * r)
            draw.text(xy, text, fill="black", font=f)
            if r and c:
                cells.append(draw.textbbox(xy, text, font=f))
    for r in range(len(rows) + 1):
        draw.line((15, 20 + 32 * r, 560, 20 + 32 * r), fill=(120, 120, 120), width=1)
    for x in (15, 50, 220, 390, 560):
        draw.line((x, 20, x, 20 + 32 * len(rows)), fill=(120, 120, 120), width=1)
    path = tmp_path / "table.png"
    image.save(path)
    out = np.asarray(Image.open(redact_file(path, config=FAST).output.path).convert("RGB"))
    for left, top, right, bottom in cells:
        assert (out[top:bottom, left:right] == 0).all(), (left, top)
    # the header row and the row numbers stay readable
    header = draw.textbbox((60, 28), "Nama", font=f)
    assert not (out[header[1]:header[3], header[0]:header[2]] == 0).all()


def test_identity_card_every_field_covered(tmp_path):
    lines = ["PROVINSI JAWA BARAT", "KOTA BANDUNG", "NIK : 3273015507879901", "Nama : SITI RAHMAWATI",
             "Tempat/Tgl Lahir : BANDUNG, 15-07-1987", "Jenis Kelamin : PEREMPUAN   Gol. Darah : O",
             "Alamat : JL. SUKAJADI NO. 12", "RT/RW : 003/005", "Kel/Desa : SUKARASA", "Kecamatan : SUKASARI",
             "Agama : ISLAM", "Status Perkawinan : KAWIN", "Pekerjaan : PEGAWAI NEGERI SIPIL",
             "Kewarganegaraan : WNI", "Berlaku Hingga : SEUMUR HIDUP"]
    rendered = render_lines(lines, size=14, pitch=1.7)
    result, out = redact(rendered, tmp_path)
    assert result.analysis.verdict.kind == "identity_card"
    for line, value in [(2, "3273015507879901"), (3, "SITI RAHMAWATI"), (4, "BANDUNG, 15-07-1987"),
                        (5, "PEREMPUAN"), (6, "JL. SUKAJADI NO. 12"), (7, "003/005"), (8, "SUKARASA"),
                        (9, "SUKASARI"), (10, "ISLAM"), (11, "KAWIN"), (12, "PEGAWAI NEGERI SIPIL")]:
        assert_black(out, rendered, line, value)


def test_passport_mrz_both_lines_covered(tmp_path):
    """Line 1 of the MRZ holds the holder's name; line 2 the number, birth date and expiry."""
    lines = ["REPUBLIK INDONESIA  PASPOR", "P<IDNRAHMAWATI<<SITI<<<<<<<<<<<<<<<<<<<<<<<<",
             "X9912345<6IDN8707154F3107140<<<<<<<<<<<<<<<4"]
    rendered = render_lines(lines, size=16, mono=True)
    result, out = redact(rendered, tmp_path)
    assert result.analysis.verdict.kind == "identity_card"
    assert_black(out, rendered, 2, lines[2])
    assert_black(out, rendered, 1, "RAHMAWATI<<SITI")


@pytest.mark.parametrize("scene", ["chat", "url_bar", "salary_slip", "mail_header", "login"])
def test_everyday_screens(scene, tmp_path):
    lines, values, kwargs = {
        "chat": (["Budi Santoso", "online", "Pak, ini data saya ya", "NIK 3273015507879901",
                  "alamat Jl. Sukajadi No. 12 RT 003/RW 005 Bandung", "email budi.santoso99@example.com",
                  "wa 0857-1234-5678", "Ok siap, terima kasih 09:41"],
                 [(0, "Budi Santoso"), (3, "3273015507879901"), (4, "Jl. Sukajadi No. 12 RT 003/RW 005 Bandung"),
                  (5, "budi.santoso99@example.com"), (6, "0857-1234-5678")], dict(size=13, theme="dark")),
        "url_bar": (["kinerja.bkn.go.id/skp/pegawai/detail", "e-Kinerja BKN", "Pegawai yang Dinilai",
                     "Nama    SITI RAHMAWATI, S.Kom.", "NIP     198507172010011901", "Jabatan  Analis SDM Aparatur"],
                    [(0, "kinerja.bkn.go.id/skp/pegawai/detail"), (1, "e-Kinerja"), (3, "SITI RAHMAWATI, S.Kom."),
                     (4, "198507172010011901")], dict(size=13)),
        "salary_slip": (["SLIP GAJI BULAN NOVEMBER 2026", "Nama          : Agus Wijaya",
                         "NIP           : 19920315 201903 1 915", "NPWP          : 09.999.901.3-407.000",
                         "No. Rekening  : 0123-01-009999-50-9 (BRI)", "Gaji Pokok    : Rp 3.250.000"],
                        [(1, "Agus Wijaya"), (2, "19920315 201903 1 915"), (3, "09.999.901.3-407.000"),
                         (4, "0123-01-009999-50-9")], dict(size=13)),
        "mail_header": (["From: Budi Santoso <budi.santoso99@example.com>", "To: operator.bkpsdm@contoh.go.id",
                         "Subject: Berkas usulan kenaikan pangkat"],
                        [(0, "Budi Santoso"), (0, "budi.santoso99@example.com"), (1, "operator.bkpsdm@contoh.go.id")],
                        dict(size=13)),
        "login": (["SIMPEG Kota Contoh", "Username", "budi.santoso", "Kata Sandi", "Garuda2020!", "Masuk"],
                  [(0, "SIMPEG"), (2, "budi.santoso"), (4, "Garuda2020!")], dict(size=14)),
    }[scene]
    rendered = render_lines(lines, **kwargs)
    result, out = redact(rendered, tmp_path)
    for line, value in values:
        assert_black(out, rendered, line, value)
    if scene in ("url_bar", "login"):
        assert result.analysis.verdict.kind == "internal_system"


@pytest.mark.parametrize("scene", ["driving_licence", "transfer_receipt", "group_chat", "spreadsheet", "news",
                                   "birthday_in_a_chat", "holiday_greeting"])
def test_values_covered_and_ordinary_lines_left_alone(scene, tmp_path):
    lines, values, untouched, kwargs = {
        "driving_licence": (["SURAT IZIN MENGEMUDI / DRIVING LICENSE", "Name: BUDI SANTOSO",
                             "Place & Date of Birth: BANDUNG, 15-07-1987", "No. SIM 9901-2345-6789"],
                            [(1, "BUDI SANTOSO"), (2, "BANDUNG, 15-07-1987"), (3, "9901-2345-6789")], [], dict(size=14)),
        "transfer_receipt": (["Transfer Berhasil", "Rekening Tujuan  9912345678", "Nama Penerima  SITI RAHMAWATI",
                              "Jumlah  Rp 1.000.000", "Berita  bayar arisan", "Tanggal  27 Nov 2026 09:41"],
                             [(1, "9912345678"), (2, "SITI RAHMAWATI")], [0, 3, 4, 5], dict(size=14)),
        "group_chat": (["~ Budi", "+62 812-3456-7890", "Rapat jam 9 ya", "+62 857-1234-5678", "Siap pak"],
                       [(1, "+62 812-3456-7890"), (3, "+62 857-1234-5678")], [2, 4], dict(size=14)),
        "spreadsheet": (["No   NIK                Nama", "1    3273015507879901   Budi", "2    3578106412019902   Siti",
                         "3    9671024503249903   Agus"],
                        [(1, "3273015507879901"), (2, "3578106412019902"), (3, "9671024503249903")], [],
                        dict(size=14, mono=True)),
        "news": (["Pemerintah Kota Bandung mengadakan rapat koordinasi", "pada Senin, 17 November 2026 pukul 09.00 WIB",
                  "di Gedung Sate. Anggaran Rp 1.250.000.000 untuk 2027.", "Info: www.bandung.go.id"],
                 [], [0, 1, 2, 3], dict(size=14)),
        # A birth date asked for in passing, in English and in Indonesian: no label opens the line.
        "birthday_in_a_chat": (["Hello! I'm here to help.", "Is your birthday still March 14, 1990?",
                                "Oke, tanggal lahirnya 3 Mei 1988 ya pak"],
                               [(1, "March 14, 1990"), (2, "3 Mei 1988")], [0], dict(size=14)),
        # The day's name holds the birth label; the date is a public holiday's.
        "holiday_greeting": (["Selamat Hari Lahir Pancasila 1 Juni 2026", "Dinas Komunikasi dan Informatika"],
                             [], [0, 1], dict(size=16)),
    }[scene]
    rendered = render_lines(lines, **kwargs)
    result, out = redact(rendered, tmp_path)
    for line, value in values:
        assert_black(out, rendered, line, value)
    for line in untouched:
        assert_unchanged(out, rendered, line)
    if scene == "news":
        assert result.analysis.findings == [] and result.analysis.verdict.kind == "none"


def test_review_flow_unticked_finding_stays_visible(tmp_path):
    """The app analyses first, the user unticks one finding, then the picture is rendered."""
    from dataclasses import replace

    from redactor.export import encode
    from redactor.pipeline import render

    rendered = render_lines(SCREEN[:2], size=14)
    analysis = analyse(load_path(rendered.save(tmp_path / "s.png")), FAST)
    findings = [replace(f, enabled=f.category != "phone") for f in analysis.findings]
    assert any(not f.enabled for f in findings)
    out = np.asarray(render(analysis, "box", findings))
    assert_black(out, rendered, 0, "3273015507879901")
    assert_unchanged(out, rendered, 1)
    assert encode(render(analysis, "box", findings)) == encode(render(analysis, "box", findings))


def test_clipboard_bytes_are_analysed_like_files():
    import io

    from redactor.pipeline import analyse_bytes

    rendered = render_lines(SCREEN[:2], size=14)
    buffer = io.BytesIO()
    rendered.image.save(buffer, "PNG")
    analysis = analyse_bytes(buffer.getvalue(), FAST)
    assert {"nik", "phone"} <= {f.category for f in analysis.findings}
    assert analysis.loaded.name == "clipboard"


def test_internal_app_screen_with_sidebar_and_title_bar(tmp_path):
    from conftest import font

    page = Image.new("RGB", (900, 360), "white")
    draw = ImageDraw.Draw(page)
    f = font(13)
    draw.rectangle((0, 0, 180, 360), fill=(40, 44, 52))
    for i, item in enumerate(["Beranda", "Data Pegawai", "Riwayat Jabatan", "Usulan", "Laporan", "Keluar"]):
        draw.text((16, 20 + 30 * i), item, fill=(220, 220, 220), font=f)
    draw.rectangle((180, 0, 900, 36), fill=(18, 140, 126))
    title = "SIASN  |  https://siasn-instansi.bkn.go.id/profil/198507172010011901"
    draw.text((196, 11), title, fill="white", font=f)
    url_left = 196 + int(f.getlength("SIASN  |  "))
    url_box = draw.textbbox((url_left, 11), title[len("SIASN  |  "):], font=f)
    fields = [("Nama", "Siti Rahmawati, S.Kom."), ("NIP", "19850717 201001 2 901"), ("NIK", "3273015507879901"),
              ("Email", "siti.rahma@example.org"), ("No. HP", "0812-3456-7890")]
    boxes = []
    for i, (label, value) in enumerate(fields):
        y = 60 + 34 * i
        draw.text((200, y), label, fill="black", font=f)
        draw.text((330, y), ":  " + value, fill="black", font=f)
        boxes.append(draw.textbbox((330 + f.getlength(":  "), y), value, font=f))
    path = tmp_path / "app.png"
    page.save(path)
    result = redact_file(path, config=FAST)
    out = np.asarray(Image.open(result.output.path).convert("RGB"))
    assert result.analysis.verdict.kind == "internal_system"
    for left, top, right, bottom in boxes + [url_box]:
        assert (out[int(top):int(bottom), int(left):int(right)] == 0).all(), (left, top)
    assert np.array_equal(out[:, :180], np.asarray(page)[:, :180]), "the menu was changed"


# ------------------------------------------------------------------ OCR stage
def test_one_tesseract_thread_per_process():
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    code = "import os, redactor.ocr; print(os.environ.get('OMP_THREAD_LIMIT'))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "1", out.stderr


def test_install_hint_names_the_command_for_this_system():
    import platform

    from redactor.ocr import install_hint

    hint = install_hint()
    if platform.system() == "Linux":
        assert "apt install tesseract-ocr tesseract-ocr-ind" in hint
    assert hint


def test_small_text_is_upscaled_and_boxes_map_back():
    from redactor.ocr import prepare

    rendered = render_lines(SCREEN, size=12)
    grey, scale = prepare(rendered.image)
    assert scale > 1.2 and grey.size[0] == round(rendered.image.width * scale)
    ocr = run_ocr(rendered.image)
    assert ocr.width == rendered.image.width and ocr.height == rendered.image.height
    nik = next(w for w in ocr.words if "3273015507879901" in w.text)
    left, top, right, bottom = rendered.bbox(0, "3273015507879901")
    assert nik.box.right >= right - 2 and nik.box.top <= top + 2 and nik.box.bottom >= bottom - 2
    assert nik.box.right <= rendered.image.width and nik.box.bottom <= rendered.image.height


def test_large_screenshots_are_not_upscaled():
    from redactor.ocr import prepare

    rendered = render_lines(SCREEN, size=26)
    _, scale = prepare(rendered.image)
    assert scale == 1.0


@pytest.mark.slow
def test_108_megapixel_photo_is_covered_at_full_resolution(tmp_path):
    """Safety section 5 row 6: a 12000x9000 camera photo is read at a reduced size, covered at full size."""
    from conftest import font

    f = font(160)
    text = "NIK: 3273015507879901"
    photo = Image.new("RGB", (12000, 9000), (250, 250, 245))
    draw = ImageDraw.Draw(photo)
    draw.text((600, 4000), text, fill="black", font=f)
    left = 600 + int(f.getlength("NIK: "))
    _, top, right, bottom = draw.textbbox((600, 4000), text, font=f)
    path = tmp_path / "big.jpg"
    photo.save(path, quality=85)
    del photo, draw
    result = redact_file(path, config=FAST)
    assert "nik" in {f.category for f in result.analysis.findings}
    out = Image.open(result.output.path)
    assert out.size == (12000, 9000)
    # where the digits' ink was (re-drawn on a small canvas of the same geometry), the output is black
    mask = Image.new("L", (right - left, bottom - top), 0)
    ImageDraw.Draw(mask).text((600 - left, 4000 - top), text, fill=255, font=f)
    ink = np.asarray(mask) > 64
    assert ink.any()
    assert (np.asarray(out.crop((left, top, right, bottom)))[ink] == 0).all()


def test_underlined_links_and_other_typefaces(tmp_path):
    from PIL import ImageFont

    from conftest import FONT_DIR, font

    regular, bold = font(14), font(14, bold=True)
    serif = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 14)
    italic = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Oblique.ttf"), 14)
    blue = (26, 13, 171)
    items = [("Email: ", "siti.rahma@example.org", regular, blue, True),
             ("Situs: ", "http://10.12.0.5/simpeg/index.php", regular, blue, True),
             ("NIK: ", "3273015507879901", bold, "black", False),
             ("NIP: ", "19850717 201001 1 901", serif, "black", False),
             ("HP: ", "0812-3456-7890", italic, "black", False),
             ("Nama: ", "Siti Rahmawati", serif, "black", False)]
    page = Image.new("RGB", (620, 40 + 34 * len(items)), "white")
    draw = ImageDraw.Draw(page)
    boxes = []
    for i, (label, value, f, colour, underline) in enumerate(items):
        y = 20 + 34 * i
        draw.text((16, y), label, fill="black", font=f)
        x = 16 + int(f.getlength(label))
        draw.text((x, y), value, fill=colour, font=f)
        box = draw.textbbox((x, y), value, font=f)
        if underline:
            draw.line((box[0], box[3] + 1, box[2], box[3] + 1), fill=colour, width=1)
        boxes.append((value, box))
    path = tmp_path / "links.png"
    page.save(path)
    out = np.asarray(Image.open(redact_file(path, config=FAST).output.path).convert("RGB"))
    for value, (left, top, right, bottom) in boxes:
        assert (out[top:bottom, left:right] == 0).all(), value


def test_terminal_screenshot_secrets(tmp_path):
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlIn0.c2lnbmF0dXJl"
    lines = ["budi@srv-simpeg:~$ ssh admin@10.12.0.5", "export API_KEY=sk-abcdefghijklmnopqrstuvwxyz123456",
             "mysql -u root -pGaruda2020! simpeg_db", "DB_PASSWORD=Garuda2020!",
             f'curl -H "Authorization: Bearer {jwt}"']
    rendered = render_lines(lines, size=13, theme=((12, 12, 12), (80, 250, 120)), mono=True)
    _, out = redact(rendered, tmp_path)
    for line, value in [(0, "10.12.0.5"), (1, "sk-abcdefghijklmnopqrstuvwxyz123456"), (2, "Garuda2020!"),
                        (3, "Garuda2020!"), (4, jwt)]:
        assert_black(out, rendered, line, value)


@pytest.mark.parametrize("size", [(1, 1), (3, 3), (2, 100), (100, 2)])
def test_tiny_and_extreme_shapes_do_not_crash(size, tmp_path):
    path = tmp_path / "odd.png"
    Image.new("RGB", size, "white").save(path)
    result = redact_file(path, config=Config())
    assert Image.open(result.output.path).size == size
    assert result.analysis.findings == []


@pytest.mark.parametrize("size", [(1, 3000), (3000, 2)])
def test_a_strip_beyond_the_aspect_limit_is_refused_in_one_line(size, tmp_path):
    from redactor.errors import InputError

    path = tmp_path / "strip.png"
    Image.new("RGB", size, "white").save(path)
    with pytest.raises(InputError, match="longer than wide") as caught:
        redact_file(path, config=Config())
    assert "\n" not in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["strip.png"]


def test_values_glued_inside_urls_and_ids(tmp_path):
    lines = ["https://layanan.contoh.go.id/cek?nik=3273015507879901&hp=081234567890",
             "ID:3273015507879901/berkas", "Mobile:+6281234567890(WA)"]
    rendered = render_lines(lines, size=14)
    _, out = redact(rendered, tmp_path)
    for line, value in [(0, "3273015507879901"), (0, "081234567890"), (1, "3273015507879901"), (2, "6281234567890")]:
        assert_black(out, rendered, line, value)


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_sideways_or_upside_down_scan_without_exif(rotation, tmp_path):
    """A digital page saved sideways (scanner, rotated screenshot) carries no orientation tag."""
    lines = ["SURAT KETERANGAN", "Yang bertanda tangan di bawah ini menerangkan bahwa:", "Nama : Budi Santoso",
             "NIK : 3273015507879901", "adalah benar pegawai pada instansi kami."]
    rendered = render_lines(lines, size=20)
    path = tmp_path / "scan.png"
    rendered.image.rotate(rotation, expand=True).save(path)
    result = redact_file(path, config=Config())
    out = np.asarray(Image.open(result.output.path).convert("RGB").rotate(-rotation, expand=True))
    assert_black(out, rendered, 3, "3273015507879901")
    assert_black(out, rendered, 2, "Budi Santoso")


def test_users_own_see_through_box_is_made_opaque(tmp_path):
    """Safety section 5 row 12: a 92 %-opacity black box over a NIK still shows it after a level stretch."""
    rendered = render_lines(["Data pegawai", "NIK: 3273015507879901", "Rapat koordinasi"], size=16)
    left, top, right, bottom = rendered.bbox(1, "3273015507879901")
    box = (left - 4, top - 4, right + 4, bottom + 4)
    pixels = np.asarray(rendered.image).astype(float)
    x0, y0, x1, y1 = box
    pixels[y0:y1, x0:x1] *= 0.08                      # black at 92 % opacity over the value
    path = tmp_path / "prior.png"
    Image.fromarray(pixels.round().astype(np.uint8)).save(path)
    area = np.asarray(Image.open(path))[y0:y1, x0:x1].astype(int)
    assert area.std() > 3                             # the secret is still in the pixels
    result = redact_file(path, config=FAST)
    out = np.asarray(Image.open(result.output.path).convert("RGB"))[y0:y1, x0:x1].astype(int)
    assert out.std() == 0, "after a level stretch the value under the see-through box is readable"


@pytest.mark.parametrize("turned", [0, 180])
def test_photographed_page_upright_or_upside_down_has_its_values_covered(turned, tmp_path):
    """A phone photo of a letter, taken at an angle and, in one case, from the far side of the desk.

    The pipeline decides upside down from how well the page reads; the covered area must land on
    the value in the photo itself, through the turn and the perspective.
    """
    import cv2

    from conftest import font

    page = Image.new("RGB", (900, 1150), (244, 242, 235))
    d = ImageDraw.Draw(page)
    d.text((80, 70), "SURAT KETERANGAN", fill=(12, 12, 12), font=font(38))
    body = ["Yang bertanda tangan di bawah ini menerangkan bahwa pegawai",
            "tersebut di bawah ini benar bekerja pada instansi kami dan",
            "surat ini dibuat untuk dipergunakan sebagaimana mestinya."]
    for i, line in enumerate(body * 2):
        d.text((80, 160 + i * 44), line, fill=(15, 15, 15), font=font(26))
    nik_at = (80, 460)
    d.text(nik_at, "NIK : 3273015507879901", fill=(15, 15, 15), font=font(26))
    for i, line in enumerate(body * 2):
        d.text((80, 540 + i * 44), line, fill=(15, 15, 15), font=font(26))
    left, top, right, bottom = d.textbbox(nik_at, "NIK : 3273015507879901", font=font(26))
    value_left = d.textbbox(nik_at, "NIK : ", font=font(26))[2] + 8
    shown = page.rotate(turned, expand=True)
    w, h = shown.size
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[170, 140], [170 + w * 0.95, 95], [200 + w, 130 + h * 0.97], [140, 170 + h * 0.93]])
    homography = cv2.getPerspectiveTransform(src, dst)
    table = np.full((h + 360, w + 420, 3), (58, 62, 70), np.uint8)
    photo = cv2.warpPerspective(np.asarray(shown), homography, (w + 420, h + 360),
                                borderMode=cv2.BORDER_TRANSPARENT, dst=table)
    rng = np.random.default_rng(7)
    # A camera's sensor noise and uneven light: a screenshot would have neither.
    light = cv2.resize(rng.normal(0, 5, (photo.shape[0] // 24, photo.shape[1] // 24, 3)),
                       (photo.shape[1], photo.shape[0]), interpolation=cv2.INTER_CUBIC)
    photo = np.clip(photo + light + rng.normal(0, 3, photo.shape), 0, 255).astype(np.uint8)
    path = tmp_path / "letter.jpg"
    Image.fromarray(photo).save(path, "JPEG", quality=90)

    result = redact_file(path, config=Config())
    assert any(f.category == "nik" and f.polygons for f in result.analysis.findings)
    # Centre line of the value, on the page -> turned -> photographed.
    cy = (top + bottom) / 2
    points = np.float32([[x, cy] for x in np.linspace(value_left, right - 8, 12)])
    if turned == 180:
        points = np.float32([[page.width - 1 - x, page.height - 1 - y] for x, y in points])
    in_photo = cv2.perspectiveTransform(points.reshape(-1, 1, 2), homography).reshape(-1, 2)
    out = np.asarray(Image.open(result.output.path).convert("RGB")).astype(int)
    for x, y in in_photo:
        assert out[int(round(y)), int(round(x))].max() < 40, f"value at {(x, y)} is not covered"


def test_a_screenshot_saved_sideways_is_read_whole(tmp_path):
    """Turned by its text, not cut to a 'page': the header with the system's address is read too."""
    sample = Path(__file__).resolve().parents[1] / "assets" / "samples" / "ekinerja_table.png"
    path = tmp_path / "sideways.png"
    Image.open(sample).convert("RGB").rotate(90, expand=True).save(path)
    result = redact_file(path, config=Config())
    categories = {f.category for f in result.analysis.findings}
    assert {"internal_url", "internal_system", "nik"} <= categories
    assert result.analysis.verdict.kind == "internal_system"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_staff_list_with_names_and_email_phone_lines(theme, tmp_path):
    # A staff list as people post it: each name alone on its line, "email / phone" under it.
    lines = ["Daftar Pegawai Bidang Mutasi", "Gatot Emil Situmorang", "gatot.situmorang@contoh.go.id / 0812-3456-7890",
             "Hafshah Jane Handayani", "hafshah.h@contoh.go.id / 0857-1234-5678", "Kepala Subbag Umum"]
    rendered = render_lines(lines, size=14, theme=theme)
    _, out = redact(rendered, tmp_path)
    for line, value in [(1, "Gatot Emil Situmorang"), (2, "gatot.situmorang@contoh.go.id"), (2, "0812-3456-7890"),
                        (3, "Hafshah Jane Handayani"), (4, "hafshah.h@contoh.go.id"), (4, "0857-1234-5678")]:
        assert_black(out, rendered, line, value)
    for line in (0, 5):  # a heading and a job stay readable
        assert_unchanged(out, rendered, line)


def test_chat_with_an_account_and_an_unlabelled_password(tmp_path):
    lines = ["Nilam Safitri", "Akun SAPK: opung84 / Garuda_2019#", "Edi Samosir", "pw nya Jakarta!2020 ya pak",
             "Siap, terima kasih"]
    rendered = render_lines(lines, size=14, theme="dark")
    _, out = redact(rendered, tmp_path)
    for line, value in [(0, "Nilam Safitri"), (1, "opung84 / Garuda_2019#"), (2, "Edi Samosir"), (3, "Jakarta!2020")]:
        assert_black(out, rendered, line, value)
    assert_unchanged(out, rendered, 4)


def test_a_password_named_a_few_words_before_it_in_a_chat(tmp_path):
    lines = ["password email dinas sementara @dmin83 nanti diganti sendiri",
             "pw wifi ruang rapat Merdeka45 ya",
             "password minimal 8 karakter, diganti setiap 90 hari"]
    rendered = render_lines(lines, size=14, theme="light")
    _, out = redact(rendered, tmp_path)
    assert_black(out, rendered, 0, "@dmin83")
    assert_black(out, rendered, 1, "Merdeka45")
    assert_unchanged(out, rendered, 2)
