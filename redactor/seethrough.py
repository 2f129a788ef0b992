"""A user's own "redaction" that did not redact, and text nobody can see but a level stretch can.

A box drawn over a number at 82-99 % opacity looks solid, yet stretching the
levels of that area brings the number back; so does text on a layer at alpha 5
or in a colour one level off its background.  Two readers find them:

* `find_see_through_boxes`: a dark, filled, faintly structured rectangle (the
  classic black box at 80-95 %) is covered whole.
* `find_faint_text`: any colour.  Ink that differs from its local background by
  only a few levels, far from any ordinary (high-contrast) ink and on an
  otherwise flat background, is read again with its contrast stretched; where
  that reading finds text, the area is covered, whatever the text says (hidden
  text is suspect by nature, and its category cannot be trusted to OCR).
"""
from __future__ import annotations

from typing import Callable

import numpy as np
from PIL import Image

from .components import components
from .findings import Box, Finding

DARK = 70          # grey level under which a pixel can belong to such a box
MAX_RANGE = 45     # a real dark theme's text spans far more than this inside a box
MIN_STD = 0.8      # below this the box is already solid

# Ink this close to its background is hard or impossible to see (a white box at 80 % over black text
# leaves ~47 levels, at 99 % 2-3; black at 82 % ~42) but a level stretch reads it.  Ordinary text, even pale grey
# placeholder text, differs by far more.
FAINT_MAX = 48
STROKE_KERNEL = 11   # wider than any stroke of faint text we expect (bold 40 px text is ~6 px)
MAX_CANDIDATES = 48
MIN_WORD_CONF = 75
MIN_LETTERS = 4
MAX_AREA_HEIGHT = 240  # a few lines; a taller 'area' is a background pattern
PREVIEW = "Kotak tembus pandang"


def find_see_through_boxes(image: Image.Image) -> list[Finding]:
    import cv2

    grey = np.asarray(image.convert("L"))
    dark = (grey < DARK).astype(np.uint8)
    if not dark.any():
        return []
    n, labels, stats = components(dark)
    height, width = grey.shape
    found = []
    for i in range(1, n):
        x, y, w, h, area = stats[i]
        if w < 16 or h < 8 or w * h > 0.5 * width * height:
            continue
        if area < 0.85 * w * h:
            continue  # not a filled rectangle
        inside = grey[y + 1:y + h - 1, x + 1:x + w - 1]
        if inside.size == 0:
            continue
        spread = int(inside.max()) - int(inside.min())
        if inside.std() < MIN_STD or spread > MAX_RANGE:
            continue
        found.append(_finding(Box(int(x), int(y), int(w), int(h))))
    return found


def _finding(box: Box) -> Finding:
    return Finding(category="masked_area", boxes=(box,), score=0.9, preview=PREVIEW, detector="see-through-box")


class FaintInk:
    """Where an image's faint ink is, and how far it stands out (darker and lighter than around it).

    Whole-image planes are kept as they are computed and combined only inside the areas asked for:
    on a 12 MP photo each combined plane would be another 12 MB.
    """

    def __init__(self, darker: np.ndarray, lighter: np.ndarray, inks: list[np.ndarray]):
        self.darker, self.lighter, self.inks = darker, lighter, inks

    def deviation(self, polarity: int, rows: slice, cols: slice) -> np.ndarray:
        """The ink's deviation from its background (0 off the ink) in one area; 0: darker, 1: lighter."""
        plane = self.darker if polarity == 0 else self.lighter
        return np.where(self.inks[polarity][rows, cols], plane[rows, cols], 0)

    def flat_share(self, rows: slice, cols: slice) -> float:
        """The share of an area that stands out neither way."""
        return float(((self.darker[rows, cols] == 0) & (self.lighter[rows, cols] == 0)).mean())


def faint_ink(image: Image.Image) -> tuple[FaintInk, list[tuple[Box, int]]]:
    """Faint ink of an RGB image: its deviation from the local background, darker and lighter, and
    the candidate areas with which of the two is their ink.

    The background is a morphological closing (for ink darker than it) or opening (lighter): a stroke
    thinner than the kernel vanishes, so the deviation is how far a pixel stands out, in its most
    different channel.  Within a line of text the gaps between strokes stand out the other way, so
    each area takes the sparser of the two as its ink.
    """
    import cv2

    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (STROKE_KERNEL, STROKE_KERNEL))
    # One channel at a time (the closing and opening of a colour image are those of its channels),
    # and each intermediate dropped as soon as it is used: on a 12 MP photo every plane is 12 MB.
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    darker = lighter = None
    for index in range(3):
        plane = np.asarray(rgb.getchannel(index))
        below = cv2.subtract(cv2.morphologyEx(plane, cv2.MORPH_CLOSE, kernel), plane)
        above = cv2.subtract(plane, cv2.morphologyEx(plane, cv2.MORPH_OPEN, kernel))
        darker = below if darker is None else cv2.max(darker, below)
        lighter = above if lighter is None else cv2.max(lighter, above)
    del plane, below, above
    strong = cv2.bitwise_or(cv2.compare(darker, FAINT_MAX, cv2.CMP_GT), cv2.compare(lighter, FAINT_MAX, cv2.CMP_GT))
    # The soft edges of ordinary text and shapes are faint too: only ink well away from them counts.
    calm = cv2.dilate(strong, np.ones((9, 9), np.uint8)) == 0
    del strong
    inks = [_without_rules((darker > 0) & calm), _without_rules((lighter > 0) & calm)]
    del calm
    found = FaintInk(darker, lighter, inks)
    words = cv2.dilate((inks[0] | inks[1]).view(np.uint8), np.ones((7, 25), np.uint8))
    n, _, stats = components(words, _label_type(words.shape))
    del words
    any_ink = inks[0] | inks[1]  # made again here: on a 12 MP photo it is 12 MB less beside the labels
    candidates: list[tuple[int, Box, int]] = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if w < 8 or h < 6:
            continue
        rows, cols = slice(y, y + h), slice(x, x + w)
        # Text leaves most of its box untouched; a photo, a gradient or noise leaves nothing flat.  (The
        # tests that need no polarity come first: a photo's whole page can be one area, whose crop
        # would be another 60 MB on a 12 MP photo.)
        if h > MAX_AREA_HEIGHT or found.flat_share(rows, cols) < 0.25:
            continue
        grey = np.asarray(rgb.crop((x, y, x + w, y + h)).convert("L"))
        polarity = _ink_polarity(grey, inks[0][rows, cols], inks[1][rows, cols])
        count = int(inks[polarity][rows, cols].sum())
        if count < 40 or count > 0.6 * w * h:
            continue
        if _glyph_count(inks[polarity][y:y + h, x:x + w]) < 3:
            continue  # a border, a shadow, an icon: text is a row of separate glyphs
        if _in_a_texture(any_ink, x, y, w, h, count):
            continue  # a faint wallpaper pattern (chat backgrounds) goes on all around; hidden text stands alone
        candidates.append((count, Box(int(x), int(y), int(w), int(h)), polarity))
    candidates.sort(key=lambda c: -c[0])
    return found, [(box, polarity) for _, box, polarity in candidates[:MAX_CANDIDATES]]


def _label_type(shape: tuple[int, int]) -> int:
    """16-bit labels where the areas cannot outnumber them: half the memory of 32-bit ones (24 MB on a
    12 MP photo).  Every area of the dilated ink holds one 7 x 25 footprint, clipped only where it
    touches the image's edge; grown by one pixel right and down these footprints cannot overlap
    (areas do not touch), so at most (H+1)(W+1)/208 areas have a whole one, and no more than
    (W+1)/14 lie along the top or the bottom, (H+1)/5 along the left or the right."""
    import cv2

    height, width = shape
    most = (height + 1) * (width + 1) // 208 + 2 * ((width + 1) // 14 + 1) + 2 * ((height + 1) // 5 + 1)
    return cv2.CV_16U if most + 1 < 65536 else cv2.CV_32S


def _without_rules(ink: np.ndarray) -> np.ndarray:
    """Faint table rules and borders are not text: drop long straight runs."""
    import cv2

    mask = ink.astype(np.uint8)
    rules = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((1, 25), np.uint8))
    rules |= cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((25, 1), np.uint8))
    if rules.any():
        mask &= cv2.dilate(rules, np.ones((3, 3), np.uint8)) ^ 1
    return mask.astype(bool)


def _ink_polarity(grey: np.ndarray, darker: np.ndarray, lighter: np.ndarray) -> int:
    """0 when the area's ink is darker than its background, 1 when lighter.  The gaps between the
    strokes stand out too, the other way, but they are the background: the area's commonest level."""
    background = int(np.bincount(grey.ravel(), minlength=256).argmax())
    share = [float((grey[ink] == background).mean()) if ink.any() else 2.0 for ink in (darker, lighter)]
    return 0 if share[0] <= share[1] else 1


def _in_a_texture(ink: np.ndarray, x: int, y: int, w: int, h: int, count: int) -> bool:
    margin = max(h, 24)
    height, width = ink.shape
    x0, y0, x1, y1 = max(0, x - margin), max(0, y - margin), min(width, x + w + margin), min(height, y + h + margin)
    ring_area = (x1 - x0) * (y1 - y0) - w * h
    if ring_area <= 0:
        return False
    ring = int(ink[y0:y1, x0:x1].sum()) - int(ink[y:y + h, x:x + w].sum())
    return ring / ring_area > 0.25 * count / (w * h)


def _glyph_count(ink: np.ndarray) -> int:
    import cv2

    n, _, stats = components(ink.astype(np.uint8))
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    # Glyphs stand about as tall as their line; specks and dashes left by anti-aliasing do not.
    tall = max(5, 0.4 * min(ink.shape[0], 40))
    return int(((heights >= tall) & (heights <= 80)).sum())


def stretched_sheet(faint: FaintInk, areas: list[tuple[Box, int]], pad: int = 6):
    """The candidate areas, their faint ink stretched to black on white, stacked in one image for one
    OCR call; with the sheet row where each area starts."""
    height, width = faint.darker.shape
    crops = []
    for box, polarity in areas:
        x0, y0 = max(0, box.left - pad), max(0, box.top - pad)
        x1, y1 = min(width, box.right + pad), min(height, box.bottom + pad)
        ink = faint.deviation(polarity, slice(y0, y1), slice(x0, x1)).astype(np.float32)
        top = float(np.percentile(ink[ink > 0], 95)) if (ink > 0).any() else 1.0
        crop = Image.fromarray((255 - np.clip(ink * (255.0 / max(1.0, top)), 0, 255)).astype(np.uint8), "L")
        scale = min(3.0, max(1.0, 36.0 / max(1, box.height)))
        if scale > 1.0:
            crop = crop.resize((round(crop.width * scale), round(crop.height * scale)), Image.Resampling.BICUBIC)
        crops.append(crop)
    gap = 24
    sheet = Image.new("L", (max(c.width for c in crops) + 2 * gap, sum(c.height + gap for c in crops) + gap), 255)
    rows, y = [], gap
    for crop in crops:
        sheet.paste(crop, (gap, y))
        rows.append(y)
        y += crop.height + gap
    return sheet.convert("RGB"), rows


def find_faint_text(image: Image.Image, read: Callable[[Image.Image], "object"]) -> list[Finding]:
    """Areas whose faint ink reads as text once stretched.  `read` is the OCR (an `OcrResult`)."""
    faint, areas = faint_ink(image)
    if not areas:
        return []
    sheet, rows = stretched_sheet(faint, areas)
    del faint  # the OCR call below needs the room more
    ocr = read(sheet)
    letters = [0] * len(areas)
    for word in ocr.words:
        text = "".join(ch for ch in word.text if ch.isalnum())
        # A faint pattern reads as scattered two-letter guesses ("AA", "of") at low confidence;
        # hidden text reads as words.
        if len(text) < 3 or word.conf < MIN_WORD_CONF:
            continue
        middle = word.box.top + word.box.height / 2
        index = max((i for i, top in enumerate(rows) if top <= middle), default=None)
        if index is not None:
            letters[index] += len(text)
    found = []
    for count, (box, _) in zip(letters, areas):
        if count >= MIN_LETTERS:
            found.append(_finding(Box(max(0, box.left - 2), max(0, box.top - 2), box.width + 4, box.height + 4)))
    return found
