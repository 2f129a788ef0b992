"""A cell of two lines that a photographed page's reading read as one line of scraps.

A photographed page is read as one column of lines (psm 4).  In a table whose cells hold two lines
beside cells of one (an official staff list's "Nama / NIP" cell: the name over the NIP, the rank and
the position beside them on one line each), Tesseract's line finder may join both lines of the cell
into one line and read it as scraps: "NIP. 100011112006002013" for the name over "NIP.
198011112006092013", with each scrap's box two lines tall.  Read alone as one block, the same cell is
read line by line, as a screenshot's sparse reading reads it.

So the words a photo's reading read unsurely whose boxes stand two lines tall are taken together per
line, widened to the ink of their cell, cut from the prepared page and read again as one block.  The
new words replace the old ones there only when they hold more confidently read letters.  At most
`MAX_CELLS` cells are read per page.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
from PIL import Image

from ..findings import Box
from .result import Word
from .rows import CONFIDENT, INK_LEVEL, _glyph, read_again_as_blocks

# At most this many cells are read again per page (each a small Tesseract call).
MAX_CELLS = 8
# A word box this many glyphs tall holds two lines (a word of one line, its capitals and descenders
# included, stands about 1.3 glyphs tall).
TWO_LINES = 1.8
# ... and no more than this many (taller is a picture, a stamp or a signature read as letters).
AT_MOST_LINES = 3.5
# Such a word is read unsurely: under this confidence (a cell's two lines read as one come out as scraps
# read at 11-64; a heading set twice as large as the text is read at 90 or more).
UNSURE = 70.0
# A cell read again replaces its scraps only when this share of its new letters at least is read surely: a
# two-line cell read alone comes out clean (90 and more), a receipt's crumpled line read again as more scraps
# ("Up Yennpr", 5 sure letters of 24) is no better reading, and read as a name.
SURE_SHARE = 0.5
# A gap without ink this many glyphs wide ends the cell's line (a word space is about half a glyph).
CELL_GAP = 1.5


def stacked_cells(grey: Image.Image, scale: float, words: Sequence[Word], limit: int = MAX_CELLS) -> list[Box]:
    """Areas (in page pixels) of two-line cells read as one line of scraps, widest first."""
    glyph = _glyph(words)
    if glyph is None:
        return []
    by_line: dict[int, Box] = {}
    for w in words:
        if _two_lines(w, glyph):
            by_line[w.line_id] = Box.union([by_line[w.line_id], w.box]) if w.line_id in by_line else w.box
    if not by_line:
        return []
    arr = np.asarray(grey)
    width, height = round(grey.width / scale), round(grey.height / scale)
    areas: list[Box] = []
    for box in by_line.values():
        area = _widened(arr, scale, box, words, glyph, width).padded(max(2, int(0.3 * glyph)))
        area = area.clipped(width, height)
        # Cells of rows one above the other that overlap once padded are read together, as one block.
        while any(a.intersects(area) for a in areas):
            area = Box.union([area, *(a for a in areas if a.intersects(area))])
            areas = [a for a in areas if not a.intersects(area)]
        areas.append(area)
    areas.sort(key=lambda a: -a.width)
    return areas[:limit]


def _two_lines(word: Word, glyph: float) -> bool:
    """A word read unsurely whose box stands two lines tall."""
    return (word.conf < UNSURE and any(ch.isalnum() for ch in word.text)
            and TWO_LINES * glyph <= word.box.height <= AT_MOST_LINES * glyph)


def _widened(arr: np.ndarray, scale: float, box: Box, words: Sequence[Word], glyph: float, width: int) -> Box:
    """`box` widened left and right along the ink of its rows, up to a gap of CELL_GAP glyphs, a rule of the
    table (ink from the top of the rows to their bottom) or a word read surely beside it (the next cell's)."""
    y0, y1 = int(box.top * scale), int(np.ceil(box.bottom * scale))
    ink = arr[y0:y1] < INK_LEVEL
    if ink.size == 0:
        return box
    inked = ink.sum(axis=0)
    rule = inked >= 0.9 * ink.shape[0]
    # Columns a surely read word of another line fills (one standing level with the box's rows).
    taken = np.zeros(arr.shape[1], bool)
    for w in words:
        if w.conf < CONFIDENT or w.box.intersects(box) or w.box.height >= TWO_LINES * glyph:
            continue
        centre = w.box.top + w.box.height / 2
        if box.top <= centre <= box.bottom:
            taken[max(0, int(w.box.left * scale)):max(0, int(np.ceil(w.box.right * scale)))] = True
    gap = int(CELL_GAP * glyph * scale)
    left, right = int(box.left * scale), int(np.ceil(box.right * scale))
    limit_right = min(arr.shape[1], int(width * scale))

    def reach(start: int, step: int, end: int) -> int:
        edge, blank = start, 0
        x = start + step
        while (x < end) if step > 0 else (x > end):
            if rule[x] or taken[x]:
                break
            if inked[x] > 0:
                edge, blank = x, 0
            else:
                blank += 1
                if blank > gap:
                    break
            x += step
        return edge

    right = reach(right, 1, limit_right)
    left = reach(left, -1, -1)
    return Box.from_edges(left / scale, box.top, (right + 1) / scale, box.bottom)


def reread_stacked_cells(grey: Image.Image, scale: float, words: Sequence[Word], engine,  # noqa: ANN001
                         limit: int = MAX_CELLS) -> list[Word]:
    """`words` with the two-line cells read as one line read again, each as one block of `grey` (the
    prepared page, `scale` times the page's size)."""
    return read_again_as_blocks(grey, scale, words, stacked_cells(grey, scale, words, limit), engine,
                                sure_share=SURE_SHARE)
