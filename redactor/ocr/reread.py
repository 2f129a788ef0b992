"""A second look at the text the page reading left out in a screenshot's top bars.

Sparse reading of a whole screenshot drops a word now and then: light text on a coloured bar beside
an avatar (the signed-in user's name), small text on a tinted button.  What it dropped is still ink
on the page.  Text-shaped ink on a coloured ground near the top that no confident word covers is cut
out, enlarged, and read again as one line; the words found join the page's own (the garbled words
read there before stay too).  At most two such reads are made per page.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import numpy as np
from PIL import Image, ImageOps

from ..components import components
from ..findings import Box
from .base import RawWord
from .result import OcrResult, Word

# At most this many unread lines are read again per page (each read is a small Tesseract call).
MAX_REREADS = 2
# An unread line is enlarged to this glyph height (Tesseract reads ~20-30 px capitals best).
TARGET_HEIGHT = 30
# Words read again count only when Tesseract is this sure of them.
MIN_CONFIDENCE = 60.0
# Only the top of the page is looked at again (its app bar and tabs), where the signed-in user's name sits
# on a coloured bar beside an avatar; the rest of the page is read well enough, and each look costs.
TOP_BAND = 0.25
# Only text on a coloured or dark ground (a top bar, a button, a bubble) is looked at again.
LIGHT_BACKGROUND = 180
SINGLE_LINE = 7  # Tesseract's page segmentation mode for one line of text


def unread_lines(image: Image.Image, words: Sequence[Word], limit: int = MAX_REREADS) -> list[Box]:
    """Boxes of text-shaped ink that no read word covers, largest first."""
    import cv2

    grey = np.asarray(image.convert("L"))
    height, width = grey.shape
    glyph = _median_height(words)
    if glyph is None:
        return []
    # Only lines starting in the top band, at most 1.8 glyphs tall, are kept: the maps are made for the
    # rows down to the lowest such line's end (+2), the same there as made over the whole page.  A shape
    # cut by that edge starts in the band and reaches below it, so it is too tall either way.
    rows = min(height, int(TOP_BAND * height) + int(np.ceil(1.8 * glyph)) + 2)
    k = int(max(15, 3 * glyph)) | 1
    small = cv2.resize(grey, (max(1, width // 2), max(1, height // 2)), interpolation=cv2.INTER_AREA)
    ksize = min(k // 2 | 1, 31)
    # The small rows the kept rows come from (nearest neighbour, as below), and the median's reach past them.
    needed = min(small.shape[0], int((rows - 1) * small.shape[0] / height) + 2)
    reach = min(small.shape[0], needed + ksize // 2)
    blurred = np.zeros_like(small)
    blurred[:needed] = cv2.medianBlur(np.ascontiguousarray(small[:reach]), ksize)[:needed]
    background = cv2.resize(blurred, (width, height), interpolation=cv2.INTER_NEAREST)[:rows]
    grey = grey[:rows]
    ink = (np.abs(grey.astype(np.int16) - background.astype(np.int16)) > 60).astype(np.uint8)
    for w in words:  # what was read already (a garbled low-confidence word counts as unread)
        if w.conf < MIN_CONFIDENCE:
            continue
        b = w.box.padded(max(2, w.box.height // 3))
        ink[max(0, b.top):max(0, b.bottom), max(0, b.left):max(0, b.right)] = 0
    # Letters of one word, and words of one line, joined into one shape.
    joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE,
                              cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(glyph * 0.5)), 1)))
    count, _, stats = components(joined)
    found = []
    for i in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[i])
        if y > TOP_BAND * height:
            continue  # only the page's bars: the signed-in user, the app's and the page's names
        if not (0.6 * glyph <= h <= 1.8 * glyph and w >= 2.5 * h):
            continue  # not a line of text of the page's size: a rule, an icon, a picture
        fill = float(ink[y:y + h, x:x + w].mean())
        if not 0.08 <= fill <= 0.6 or w > 40 * h:
            continue  # a filled bar, a faint smudge, a rule
        if np.median(background[y:y + h, x:x + w]) > LIGHT_BACKGROUND:
            continue  # dark text on a light page is read well the first time
        found.append(Box(x, y, w, h))
    found.sort(key=lambda b: -b.area)
    return found[:limit]


def reread(image: Image.Image, ocr: OcrResult, engine, limit: int = MAX_REREADS) -> OcrResult:  # noqa: ANN001
    """`ocr` plus the words of the text it left out, each line read again enlarged."""
    extra: list[Word] = []
    next_id = max((w.line_id for w in ocr.words), default=-1) + 1
    for box in unread_lines(image, ocr.words, limit):
        for raw, mapped in _read_line(image, box, engine):
            if raw.conf < MIN_CONFIDENCE or sum(ch.isalnum() for ch in raw.text) < 2 or _known(raw.text, mapped, ocr):
                continue
            extra.append(Word(text=raw.text, box=mapped, conf=raw.conf, line_id=next_id))
        next_id += 1
    if not extra:
        return ocr
    # The page's own words all stay: a garbled word may still hold what matters ("_Dinas_SIPD_2025.xlsx").
    return replace(ocr, words=ocr.words + tuple(extra))


def _known(text: str, box: Box, ocr: OcrResult) -> bool:
    """The page reading already has this word where it stands (inside a longer word read there)."""
    key = text.lower().strip(".,:;")
    return any(w.box.intersects(box) and key in w.text.lower() for w in ocr.words)


def _read_line(image: Image.Image, box: Box, engine) -> list[tuple[RawWord, Box]]:  # noqa: ANN001
    pad = max(4, box.height // 2)
    area = box.padded(pad, pad).clipped(image.width, image.height)
    crop = image.crop((area.left, area.top, area.right, area.bottom)).convert("L")
    arr = np.asarray(crop)
    if np.median(arr) < 128:  # light text on a dark or coloured bar
        crop = ImageOps.invert(crop)
    scale = min(4.0, max(1.0, TARGET_HEIGHT / max(1, box.height)))
    if scale > 1.05:
        crop = crop.resize((round(crop.width * scale), round(crop.height * scale)), Image.Resampling.LANCZOS)
    crop = ImageOps.autocontrast(crop)
    out = []
    for raw in engine.words(crop, psm=SINGLE_LINE, page_options=False):
        mapped = Box.from_edges(area.left + raw.left / scale, area.top + raw.top / scale,
                                area.left + (raw.left + raw.width) / scale, area.top + (raw.top + raw.height) / scale)
        out.append((raw, mapped))
    return out


def _median_height(words: Sequence[Word]) -> float | None:
    heights = sorted(w.box.height for w in words if w.text.isalnum() and len(w.text) >= 3)
    return float(heights[len(heights) // 2]) if len(heights) >= 5 else None
