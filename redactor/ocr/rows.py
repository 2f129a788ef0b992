"""A second reading of a table's header row that the sparse page reading read only in part.

Sparse reading (psm 11) finds each word on its own.  On a screenshot shrunk by a chat app or
photographed off a monitor, a table's bold header cells on a tinted row are blurred into each other
and some are left out or read as scraps ("Nama Lengkap" read "ate", "Tgl Lahir" read "Lahir" with a
box two rows tall): the whole column below them then has no header, and a column of names or birth
dates stays unlabelled.  Read alone as one strip, the same row is read whole: Tesseract finds the
line first and reads its words in their context.

So the row that opens a table (two cells or more read in it, a row of three cells or more just below
it, none just above) that still holds word-sized ink no confident word covers is cut from the prepared
page and read again as one block.  The strip's new words replace its old ones only when they hold more
confidently read letters.  At most `MAX_ROWS` strips are read per page.  Rows inside a table are left
as read: their cells have their header, and reading them again (a spreadsheet's rows hold a few
low-confidence words as drawn) cost a full-width strip each for little.
"""
from __future__ import annotations

from statistics import median
from typing import Sequence

import numpy as np
from PIL import Image

from ..findings import Box
from .result import Word

# At most this many rows are read again per page (each is a Tesseract call on one strip, ~60 ms of CPU
# for a full-width row of a 1920 px screenshot).
MAX_ROWS = 2
# A word read with less confidence than this is taken as unread (a scrap: "ate" for "Nama Lengkap").
CONFIDENT = 60.0
# A row counts as a table's when it holds this many cells (its header: two, the rest may be what was not
# read), and the next such row is this close below it.
MIN_CELLS = 3
MIN_HEADER_CELLS = 2
NEXT_ROW_GLYPHS = 3.0
# Ink left unread on a row, in glyph heights of width: a word of three or four letters.
MIN_UNREAD_GLYPHS = 2.5
# Ink in the prepared page (dark text on a flattened white ground).
INK_LEVEL = 150
ONE_BLOCK = 6  # Tesseract's page segmentation mode for one uniform block of text


class _Row:
    def __init__(self, word: Word):
        self.words = [word]

    @property
    def centre(self) -> float:
        return median(w.box.top + w.box.height / 2 for w in self.words)

    @property
    def top(self) -> float:
        return median(w.box.top for w in self.words)

    @property
    def bottom(self) -> float:
        return median(w.box.bottom for w in self.words)

    @property
    def left(self) -> int:
        return min(w.box.left for w in self.words)

    @property
    def right(self) -> int:
        return max(w.box.right for w in self.words)

    def cells(self, glyph: float) -> int:
        """Runs of words with less than two glyphs of space between them (a spreadsheet's column letters
        and a toolbar's icons, one sign each, are no cells)."""
        words = sorted((w for w in self.words if sum(ch.isalnum() for ch in w.text) >= 2), key=lambda w: w.box.left)
        if not words:
            return 0
        return 1 + sum(1 for a, b in zip(words, words[1:]) if b.box.left - a.box.right > 2 * glyph)


def _glyph(words: Sequence[Word]) -> float | None:
    heights = [w.box.height for w in words if w.conf >= CONFIDENT and w.text.isalnum() and len(w.text) >= 3]
    return float(median(heights)) if len(heights) >= 5 else None


def _rows(words: Sequence[Word], glyph: float) -> list[_Row]:
    rows: list[_Row] = []
    confident = [w for w in words if w.conf >= CONFIDENT and any(ch.isalnum() for ch in w.text)
                 and w.box.height <= 1.6 * glyph]  # a box two rows tall says nothing of its row
    for word in sorted(confident, key=lambda w: w.box.top + w.box.height / 2):
        centre = word.box.top + word.box.height / 2
        if rows and abs(centre - rows[-1].centre) < 0.5 * glyph:
            rows[-1].words.append(word)
        else:
            rows.append(_Row(word))
    return rows


def _strip(row: _Row, above: _Row | None, below: _Row, glyph: float, width: int, height: int) -> Box:
    """The row's band, half a glyph above and below it, never over the rows beside it, as wide as the
    row and the table row under it (a header's unread first and last cells)."""
    top = row.top - 0.5 * glyph
    bottom = row.bottom + 0.5 * glyph
    if above is not None:
        top = max(top, (above.bottom + row.top) / 2)
    if below is not None:
        bottom = min(bottom, (row.bottom + below.top) / 2)
    left = max(0.0, min(row.left, below.left) - 2 * glyph)
    right = min(float(width), max(row.right, below.right) + 2 * glyph)
    return Box.from_edges(left, max(0.0, top), right, min(float(height), bottom))


def _unread_width(grey: np.ndarray, scale: float, strip: Box, words: Sequence[Word], glyph: float) -> float:
    """Columns of the strip (in page pixels) with ink that no confident word covers."""
    y0, y1 = int(strip.top * scale), int(np.ceil(strip.bottom * scale))
    x0, x1 = int(strip.left * scale), int(np.ceil(strip.right * scale))
    ink = grey[y0:y1, x0:x1] < INK_LEVEL
    if not ink.any():
        return 0.0
    ink = ink.copy()
    pad = 0.3 * glyph
    for w in words:
        if w.conf < CONFIDENT or not any(ch.isalnum() for ch in w.text):
            continue
        if w.box.bottom < strip.top or w.box.top > strip.bottom:
            continue
        a = int((w.box.left - pad) * scale) - x0
        b = int(np.ceil((w.box.right + pad) * scale)) - x0
        ink[:, max(0, a):max(0, b)] = False
    columns = ink.sum(axis=0) >= 2  # a column of a glyph's stroke, not one stray pixel
    return float(columns.sum()) / scale


def partly_read_rows(grey: Image.Image, scale: float, words: Sequence[Word],
                     limit: int = MAX_ROWS) -> list[Box]:
    """Strips (in page pixels) of the header rows of tables that still hold unread word-sized ink, the most
    unread first."""
    glyph = _glyph(words)
    if glyph is None:
        return []
    rows = _rows(words, glyph)
    arr = np.asarray(grey)
    width, height = round(grey.width / scale), round(grey.height / scale)
    cells = [r.cells(glyph) for r in rows]
    table = [n >= MIN_CELLS for n in cells]
    found: list[tuple[float, Box]] = []
    for i, row in enumerate(rows):
        if cells[i] < MIN_HEADER_CELLS:
            continue
        below = rows[i + 1] if i + 1 < len(rows) else None
        if below is None or not table[i + 1] or below.centre - row.centre > NEXT_ROW_GLYPHS * glyph:
            continue  # no more of a table under it
        above = rows[i - 1] if i > 0 else None
        if above is not None and table[i - 1] and row.centre - above.centre <= NEXT_ROW_GLYPHS * glyph:
            continue  # a row inside the table: its cells have their header
        strip = _strip(row, above, below, glyph, width, height)
        unread = _unread_width(arr, scale, strip, words, glyph)
        if unread >= MIN_UNREAD_GLYPHS * glyph:
            found.append((unread, strip))
    found.sort(key=lambda f: -f[0])
    return [strip for _, strip in found[:limit]]


def _letters(words: Sequence[Word]) -> int:
    return sum(sum(ch.isalnum() for ch in w.text) for w in words if w.conf >= CONFIDENT)


def _all_letters(words: Sequence[Word]) -> int:
    return sum(sum(ch.isalnum() for ch in w.text) for w in words)


def reread_rows(grey: Image.Image, scale: float, words: Sequence[Word], engine,  # noqa: ANN001
                limit: int = MAX_ROWS) -> list[Word]:
    """`words` with the table header rows read only in part read again, each as one strip of `grey` (the
    prepared page, `scale` times the page's size)."""
    return read_again_as_blocks(grey, scale, words, partly_read_rows(grey, scale, words, limit), engine)


def read_again_as_blocks(grey: Image.Image, scale: float, words: Sequence[Word], areas: Sequence[Box],
                         engine, sure_share: float = 0.0) -> list[Word]:  # noqa: ANN001
    """`words` with each of `areas` (page pixels) read again as one block of `grey` (the prepared page,
    `scale` times the page's size): the area's new words replace those standing in it when they hold more
    confidently read letters, and at least `sure_share` of their letters are read so; else the area keeps
    its first reading."""
    words = list(words)
    next_id = max((w.line_id for w in words), default=-1) + 1
    for strip in areas:
        area = (int(strip.left * scale), int(strip.top * scale),
                int(np.ceil(strip.right * scale)), int(np.ceil(strip.bottom * scale)))
        line_ids: dict[tuple, int] = {}
        new = []
        for raw in engine.words(grey.crop(area), psm=ONE_BLOCK):
            box = Box.from_edges((area[0] + raw.left) / scale, (area[1] + raw.top) / scale,
                                 (area[0] + raw.left + raw.width) / scale, (area[1] + raw.top + raw.height) / scale)
            line_id = line_ids.setdefault(raw.line_key, next_id + len(line_ids))
            new.append(Word(text=raw.text, box=box, conf=raw.conf, line_id=line_id))
        old = [w for w in words if _inside(w.box, strip)]
        if _letters(new) <= _letters(old) or _letters(new) < sure_share * _all_letters(new):
            continue
        next_id += len(line_ids)
        words = [w for w in words if not _inside(w.box, strip)] + new
    return words


def _inside(box: Box, strip: Box) -> bool:
    """The box's centre lies in the strip."""
    cx, cy = box.left + box.width / 2, box.top + box.height / 2
    return strip.left <= cx <= strip.right and strip.top <= cy <= strip.bottom
