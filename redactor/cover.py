"""Cover stage: paint over findings so that nothing of what was there survives.

Every style is content-independent: the pixels of a covered region in the
output depend only on the region's geometry and on pixels outside it.  Blur and
pixelate are therefore computed from a copy in which the region was first
replaced (blurring or pixelating the real text is reversible, see Depix).
"""
from __future__ import annotations

import random
from typing import Iterable, Sequence

import numpy as np
from PIL import Image

from .categories import category
from .config import STYLES  # noqa: F401  (kept beside the settings that name a style)
from .findings import Box, Finding

FILL_COLOUR = (0, 0, 0)
_RING = 3  # px of surroundings sampled to choose an erase colour


# Photos, faces, codes and whole card fields (the registry's region categories) are boxed generously by
# their detectors already, and a box drawn by hand is where its user wants it; only text boxes need a
# margin that grows with the text.
REGION_PAD = 3


def cover_padding(box: Box) -> tuple[int, int]:
    """Margin around a text box: anti-aliased fringes, descenders and OCR boxes that sit inside the ink."""
    pad = round(0.3 * box.height)
    return max(3, pad), max(2, pad)


def _short_side(polygon) -> float:
    sides = [((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
             for (x0, y0), (x1, y1) in zip(polygon, list(polygon[1:]) + [polygon[0]])]
    return min(sides) if sides else 0.0


# Room left between a grown cover and a neighbouring word, in the word's height: Tesseract's boxes hug
# the ink, and a cover touching a word's baseline or descenders leaves it hard to read.
NEIGHBOUR_GAP = 0.5
# How far a strip may grow beyond its own line, in the text's height.
MAX_GROWTH = 0.5
# How far a label's ink may reach under the box OCR drew round it, in the label's height: its descenders
# fade out under its box, and a photo blurs them a pixel or two lower.
INK_BEYOND_BOX = 0.25


def _span(polygon, a: float, b: float) -> tuple[float, float] | None:
    """The lowest and highest y of a convex polygon between x = a and x = b, or None outside it."""
    ys = [y for x, y in polygon if a <= x <= b]
    for x in (a, b):
        for (x0, y0), (x1, y1) in zip(polygon, list(polygon[1:]) + [polygon[0]]):
            if min(x0, x1) <= x <= max(x0, x1):
                ys.append(y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0))
    return (min(ys), max(ys)) if ys else None


def _strips(polygon, pad: int, step: float, neighbours=None) -> list[Box]:
    """Upright boxes that follow a tilted (convex) polygon in vertical strips about as wide as its text
    is high, each padded: one box around the whole of a tilted line would also cover the ends of
    the lines above and below it.

    With `neighbours` known (the other words around it, as polygons), each strip grows up and down
    to the upright box around the whole polygon, stopping short of any neighbour in its way.  A
    value on a tilted photo is then covered over most of its upright box, not only along its slope
    (a reader of the upright box, like a check that the value is gone, sees background beside a
    thin slanted strip), while the words of the lines above and below stay readable."""
    xs = [p[0] for p in polygon]
    ys_all = [p[1] for p in polygon]
    left, right = min(xs), max(xs)
    ceiling, floor = min(ys_all) - pad, max(ys_all) + pad
    count = max(1, min(64, int((right - left) / step + 0.999)))
    own = _short_side(polygon)
    # A word on the value's own row just before or after it ("DOB 03/14/1990" on a card): the margin at
    # that end gives way to it, as above and below.
    left_stop, right_stop = left - pad, right + pad
    for other in neighbours or ():
        ox = [x for x, _ in other]
        oy = [y for _, y in other]
        if not (min(oy) < max(ys_all) and max(oy) > min(ys_all)):
            continue
        if max(ox) <= left + 1:
            left_stop = max(left_stop, min(max(ox) + 1, left - 1))
        elif min(ox) >= right - 1:
            right_stop = min(right_stop, max(min(ox) - 1, right + 1))
    out = []
    for i in range(count):
        a, b = left + (right - left) * i / count, left + (right - left) * (i + 1) / count
        span = _span(polygon, a, b)
        if span is None:
            continue
        top, bottom = span[0] - pad, span[1] + pad
        if neighbours is not None:
            middle = (span[0] + span[1]) / 2
            up, down = ceiling, floor
            hard_up, hard_down = ceiling, floor
            for other in neighbours:
                near = _span(other, a - pad, b + pad)
                if near is None:
                    continue
                gap = max(2.0, NEIGHBOUR_GAP * _short_side(other))
                # (Only a label's: printed smaller than the value over it.  A line of the value's own size,
                # such as the previous line of a slip, is boxed down to its glyphs' feet.)
                clear = max(1.0, INK_BEYOND_BOX * _short_side(other)) if _short_side(other) < own else 1.0
                # Growth stops short of the neighbour's whole upright box, not only of its ink over this
                # strip: on a tilted photo a label's far end hangs lower than its near end, and a reader's
                # box around the label (a check's too) reaches down to it.
                other_ys = [y for _, y in other]
                if near[1] <= middle:
                    up = max(up, max(near[1], min(max(other_ys), middle)) + gap)
                    hard_up = max(hard_up, max(other_ys) + clear)  # a label over its value: its whole box
                elif near[0] >= middle:
                    down = min(down, min(near[0], max(min(other_ys), middle)) - gap)
                    hard_down = min(hard_down, min(other_ys) - 1)  # the next line: its whole box too
                else:  # a word on the same row (a label, a colon): it does not bound the strip
                    continue
            reach = MAX_GROWTH * step  # OCR may have missed a word in the way ("****" on a slip)
            top, bottom = min(top, max(up, top - reach)), max(bottom, min(down, bottom + reach))
            # Nor does the margin reach onto the whole upright box of a word printed close above or below
            # (on a tilted photo a label's far end hangs lower, and the next line's box reaches up beside
            # the value's low end, where a reader, or a check, looks for that line): it gives way to the
            # value's own outline, which is always covered.
            top, bottom = max(top, min(hard_up, span[0] - 1)), min(bottom, max(hard_down, span[1] + 1))
        out.append(Box.from_edges(max(a - pad, left_stop), top, min(b + pad, right_stop), bottom))
    return out


# Regions mapped back from a rectified page whose cover follows their outline rather than the upright box
# around it: a card's portrait and a signature, on a tilted photo, have print close under and beside them
# (the issue place and date) and nothing of theirs outside their outline.  Faces and codes keep the upright box.
TRACED_REGIONS = frozenset({"photo", "signature"})
# Strips per short side of such a region's outline: about the height of a line of the print around it.
TRACED_STRIPS = 12


def _is_region(finding: Finding) -> bool:
    return category(finding.category).region or finding.detector == "card-layout" or finding.category == "manual"


def regions_for(findings: Iterable[Finding], width: int, height: int) -> list[Box]:
    regions: list[Box] = []
    for finding in findings:
        if not finding.enabled:
            continue
        for box in finding.boxes:
            pad_x, pad_y = (REGION_PAD, REGION_PAD) if _is_region(finding) else cover_padding(box)
            region = box.padded(pad_x, pad_y).clipped(width, height)
            if region.area:
                regions.append(region)
        for polygon in finding.polygons:
            xs = [p[0] for p in polygon]
            ys = [p[1] for p in polygon]
            # A polygon maps a text box back from a rectified page: pad it like the box it came from,
            # by its short side (the text height, whichever way the page was turned).  The side itself,
            # not the upright box around it: on a tilted page that box is taller than the text, and its
            # margin would reach into the lines above and below (a letterhead's name under a stamp).
            # A card's field band with the words around it known follows the tilt like a text value,
            # stopping short of the labels above and below; without them it is one box.
            band = finding.detector == "card-layout" and not category(finding.category).region
            if finding.category in TRACED_REGIONS:
                # A portrait or a signature on a tilted card: followed in narrow strips.  The upright box
                # around it reached over the issue place and date printed just under the portrait.
                strips = _strips(polygon, REGION_PAD, max(8.0, _short_side(polygon) / TRACED_STRIPS))
            elif _is_region(finding) and not (band and finding.neighbours is not None):
                strips = [Box.from_edges(min(xs) - REGION_PAD, min(ys) - REGION_PAD, max(xs) + REGION_PAD,
                                         max(ys) + REGION_PAD)]
            else:
                side = _short_side(polygon)
                pad = REGION_PAD if band else max(3, round(0.3 * side))
                strips = _strips(polygon, pad, max(8.0, side), finding.neighbours)
            for region in strips:
                region = region.clipped(width, height)
                if region.area:
                    regions.append(region)
    return regions


def apply_cover(image: Image.Image, findings: Sequence[Finding], style: str = "box") -> Image.Image:
    """Return a new RGB image with every enabled finding covered in `style`."""
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; choose one of {', '.join(STYLES)}")
    pixels = np.array(image if image.mode == "RGB" else image.convert("RGB"), dtype=np.uint8)
    height, width = pixels.shape[:2]
    regions = regions_for(findings, width, height)
    if not regions:
        return Image.fromarray(pixels, "RGB")
    if style == "box":
        for r in regions:
            pixels[r.top:r.bottom, r.left:r.right] = FILL_COLOUR
        return Image.fromarray(pixels, "RGB")
    mask = np.zeros((height, width), dtype=bool)
    for r in regions:
        mask[r.top:r.bottom, r.left:r.right] = True

    # Erase-like base: each region takes the median colour of the ring around it,
    # sampled outside every covered region so that no covered pixel is read.
    base = pixels.copy()
    base[mask] = 0
    for r in regions:
        base[r.top:r.bottom, r.left:r.right] = _ring_colour(pixels, mask, r)
    if style == "erase":
        return Image.fromarray(base, "RGB")

    decoy = base.copy()
    for r in regions:
        _draw_decoy_text(decoy, r)
    if style == "blur":
        import cv2

        for r in regions:
            sigma = max(3.0, r.height / 3.0)
            window = _grown(r, int(3 * sigma), width, height)
            patch = decoy[window.top:window.bottom, window.left:window.right]
            blurred = cv2.GaussianBlur(patch, (0, 0), sigmaX=sigma, sigmaY=sigma)
            inner = blurred[r.top - window.top:r.bottom - window.top, r.left - window.left:r.right - window.left]
            pixels[r.top:r.bottom, r.left:r.right] = inner
    else:  # pixelate
        for r in regions:
            cell = max(8, r.height // 2)
            patch = decoy[r.top:r.bottom, r.left:r.right]
            small = Image.fromarray(patch).resize(
                (max(1, patch.shape[1] // cell), max(1, patch.shape[0] // cell)), Image.Resampling.BOX)
            pixels[r.top:r.bottom, r.left:r.right] = np.asarray(
                small.resize((patch.shape[1], patch.shape[0]), Image.Resampling.NEAREST))
    # Every covered pixel above was computed from `decoy`, in which all covered
    # regions (overlapping ones included) already hold content-free pixels.
    return Image.fromarray(pixels, "RGB")


def _grown(r: Box, margin: int, width: int, height: int) -> Box:
    return r.padded(margin).clipped(width, height)


def _ring_colour(pixels: np.ndarray, mask: np.ndarray, r: Box) -> np.ndarray:
    height, width = mask.shape
    outer = r.padded(_RING).clipped(width, height)
    window = pixels[outer.top:outer.bottom, outer.left:outer.right].reshape(-1, 3)
    outside = ~mask[outer.top:outer.bottom, outer.left:outer.right].reshape(-1)
    samples = window[outside]
    if len(samples) == 0:
        return np.array([128, 128, 128], dtype=np.uint8)
    return np.median(samples, axis=0).astype(np.uint8)


def _draw_decoy_text(canvas: np.ndarray, r: Box) -> None:
    """Scribble pseudo-text so that blur/pixelate look like blurred text, seeded by geometry only."""
    colour = canvas[r.top, r.left].astype(int)
    ink = np.array([255, 255, 255]) if colour.mean() < 128 else np.array([40, 40, 40])
    ink = ((colour + ink) // 2).astype(np.uint8)
    rng = random.Random(hash((r.left, r.top, r.width, r.height)) & 0xFFFFFFFF)
    line_h = max(2, r.height // 3)
    y0 = r.top + (r.height - line_h) // 2
    x = r.left + max(1, r.height // 5)
    while x < r.right - 2:
        w = rng.randint(max(2, r.height // 2), max(3, r.height * 2))
        canvas[y0:y0 + line_h, x:min(x + w, r.right - 1)] = ink
        x += w + max(2, r.height // 3)
