"""Watermark an identity-card copy for one purpose.

A KTP, KK or NPWP photo sent for one registration should not be reusable for
another: the purpose, recipient and date are written across the whole card,
diagonally and repeated, so that no field can be cut out without a piece of
the text.  The ink follows the card: dark red on light areas, light pink on
dark ones, blended smoothly, at partial opacity so the recipient still reads
the fields underneath.

Optionally some fields are covered first (the cover stage does that, as for a
redaction); the watermark is drawn over the result.
"""
from __future__ import annotations

import datetime as _dt
import functools
import math
import re
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

# Tried in order: Pillow finds bare file names in the system font folders of
# Linux, Windows and macOS.  Pillow's own built-in font is the last resort,
# so a watermark never fails for want of a font.
FONT_CANDIDATES = (
    "DejaVuSans-Bold.ttf",       # Linux (fonts-dejavu-core)
    "LiberationSans-Bold.ttf",   # Linux
    "NotoSans-Bold.ttf",         # Linux, Android-derived desktops
    "arialbd.ttf",               # Windows
    "segoeuib.ttf",              # Windows
    "Arial Bold.ttf",            # macOS (Supplemental)
    "Arial.ttf",
)

DARK_INK = (150, 0, 20)      # on light paper and pale card backgrounds
LIGHT_INK = (255, 190, 200)  # on dark cards and photos
ANGLE = 30.0                 # degrees, counter-clockwise: the way text slopes on most watermarks
OPACITY = 0.5

# Choosing one of these covers its companions too: the card's photo is also found as a face, and the
# card's other fields are named by the text and the layout detector alike.
COVER_COMPANIONS = {
    "photo": {"face"},
    "face": {"photo"},
    "personal_attribute": {"id_field"},
    "id_field": {"personal_attribute"},
}

_DATE = re.compile(r"\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b")


@dataclass(frozen=True)
class WatermarkLayout:
    """How the text is laid out, in pixels of the image it is drawn on."""

    font_size: int
    line_spacing: int     # between the baselines of neighbouring rows, measured across the slope
    angle: float


def watermark_text(purpose: str, date: _dt.date | None = None, *, add_date: bool = True) -> str:
    """The text written on the card: the purpose plus today's date, unless it already names a date."""
    text = " ".join(purpose.split())
    if not text:
        raise ValueError("the purpose text is empty")
    if add_date and not _DATE.search(text):
        text = f"{text} — {(date or _dt.date.today()).strftime('%d-%m-%Y')}"
    return text


@functools.lru_cache(maxsize=16)
def load_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in FONT_CANDIDATES:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def layout_for(width: int, height: int, angle: float = ANGLE) -> WatermarkLayout:
    """Text size and row spacing for an image: dense enough that no field can be cut out clean.

    On a KTP the shortest printed values ("WNI", "003/007") are about a seventh of the card's
    height wide and a twenty-fifth high; letters a twentieth of the short side high, in rows 1.7
    letter sizes apart, leave no window of that size without ink.
    """
    short = min(width, height)
    font_size = max(12, round(short / 20))
    return WatermarkLayout(font_size=font_size, line_spacing=round(font_size * 1.7), angle=angle)


def text_mask(size: tuple[int, int], text: str, layout: WatermarkLayout, stroke: int = 0) -> Image.Image:
    """An L-mode mask (255 = ink) of `text` repeated in rows over `size`, sloped by `layout.angle`.

    `stroke`: letters grown by this many pixels (the outline's mask).
    """
    width, height = size
    diagonal = int(math.hypot(width, height)) + 2 * layout.font_size
    font = load_font(layout.font_size)
    unit = text + "  •  "
    unit_width = max(1, int(font.getlength(unit)))
    canvas = Image.new("L", (diagonal, diagonal), 0)
    draw = ImageDraw.Draw(canvas)
    repeats = diagonal // unit_width + 2
    row = unit * repeats
    for index, y in enumerate(range(0, diagonal, layout.line_spacing)):
        # Neighbouring rows are shifted by half a unit, so the gaps between repeats never line up
        # into a clean diagonal channel.
        shift = -((index * unit_width) // 2 % unit_width)
        draw.text((shift, y), row, font=font, fill=255, stroke_width=stroke, stroke_fill=255)
    # Turned about the canvas centre straight into the image's frame: only the pixels kept are computed.
    turn = math.radians(layout.angle)
    a, b, d, e = math.cos(turn), -math.sin(turn), math.sin(turn), math.cos(turn)
    centre = diagonal / 2
    dx, dy = (diagonal - width) // 2 - centre, (diagonal - height) // 2 - centre
    matrix = (a, b, a * dx + b * dy + centre, d, e, d * dx + e * dy + centre)
    return canvas.transform((width, height), Image.Transform.AFFINE, matrix, resample=Image.Resampling.BILINEAR)


def apply_watermark(image: Image.Image, text: str, *, opacity: float = OPACITY,
                    layout: WatermarkLayout | None = None) -> Image.Image:
    """A new RGB image with `text` tiled diagonally over all of `image`.

    Pillow's 8-bit compositing throughout, no float copies of the image: a 12 MP photo peaks near
    330 MB instead of 1.2 GB.
    """
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    size = rgb.size
    layout = layout or layout_for(*size)
    mask = text_mask(size, text, layout)
    outline = max(1, round(layout.font_size / 16))
    halo = ImageChops.subtract(text_mask(size, text, layout, stroke=outline), mask)
    # The ink depends on the card's brightness around each letter, not on single pixels, so a word
    # keeps one colour while crossing printed text; measured on a small copy, it is smooth anyway.
    factor = max(1, layout.font_size // 8)
    small = rgb.convert("L").reduce(factor)
    surroundings = small.filter(ImageFilter.BoxBlur(max(1, layout.font_size // factor))).resize(
        size, Image.Resampling.BILINEAR)
    # A short smooth step around mid luminance (0.42-0.52): 255 = dark ink (light area), 0 = light ink.
    light_area = surroundings.point([min(255, max(0, round((v / 255 - 0.42) / 0.1 * 255))) for v in range(256)])
    ink = Image.composite(Image.new("RGB", size, DARK_INK), Image.new("RGB", size, LIGHT_INK), light_area)
    # A thin outline in the opposite tone keeps each letter apart from the card's own printing where
    # they cross, for the eye and for OCR alike.
    halo_ink = Image.merge("RGB", (light_area, light_area, light_area))
    scale = [round(v * opacity) for v in range(256)]
    outlined = Image.composite(halo_ink, rgb, halo.point(scale))
    return Image.composite(ink, outlined, mask.point(scale))


def expand_cover(categories) -> frozenset[str]:
    """The categories to cover for a choice, with their companions (the photo's face, ...)."""
    chosen = set(categories)
    for category in list(chosen):
        chosen |= COVER_COMPANIONS.get(category, set())
    return frozenset(chosen)


@dataclass(frozen=True)
class WatermarkResult:
    output: object                    # redactor.export.ExportResult
    covered: tuple                    # the findings covered before watermarking
    text: str                         # the text written across the card
    metadata_removed: tuple[str, ...]


def watermark_file(path, out_path=None, *, purpose: str, cover=frozenset(), config=None, fmt: str | None = None,
                   add_date: bool = True) -> WatermarkResult:
    """Load, optionally cover the chosen categories, watermark, export (no metadata) atomically.

    `fmt`: png, jpg or webp; by default the output name's own (a PNG when it names none).

    Covering needs OCR and detection; like a redaction it fails closed when they fail.
    """
    from pathlib import Path

    from .config import Config
    from .cover import apply_cover
    from .export import covered_boxes, save_image
    from .load import load_path

    path = Path(path)
    text = watermark_text(purpose, add_date=add_date)
    loaded = load_path(path)
    image = loaded.image
    covered = []
    if cover:
        from .pipeline import analyse

        analysis = analyse(loaded, config or Config())
        wanted = expand_cover(cover)
        covered = [f for f in analysis.findings if f.enabled and f.category in wanted]
        image = apply_cover(image, covered, (config or Config()).style)
    marked = apply_watermark(image, text)
    if fmt is None:
        named = Path(out_path).suffix.lower().lstrip(".") if out_path else ""
        fmt = named if named in ("png", "jpg", "jpeg", "webp") else "png"
    ext = "jpg" if fmt in ("jpg", "jpeg") else fmt
    target = Path(out_path) if out_path else path.with_name(f"{path.stem}.watermarked.{ext}")
    output = save_image(marked, target, fmt, protect=path, covered=covered_boxes(covered),
                        original=loaded.image)
    return WatermarkResult(output=output, covered=tuple(covered), text=text, metadata_removed=loaded.metadata_found)
