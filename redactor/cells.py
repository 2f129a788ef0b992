"""Cells of a sensitive column that OCR left unread.

On a photographed table (a family card's members, a card's column of values) Tesseract now and then reads
nothing at all in one cell: a religion "HINDU" between the read birth date and schooling of its row, under
"ISLAM", "ISLAM", "KRISTEN" that were read and covered.  Detection never sees that cell, so its ink stays
readable while the rest of its column is black.  Here a column is what detection found in it: text findings
stacked on different rows at one left edge (or one centre); a row is a line of words OCR read across the page.
A row of the column's span whose cell holds no read word, no finding, but ink of text (not a table's rules,
not a blank cell) has that ink covered as the column's category; so has a cell of a table's column of one
kind whose words OCR read but misread past finding (a NIK's "5" read as "%").
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from statistics import median
from typing import Sequence

import numpy as np
from PIL import Image

from .categories import category as category_of
from .components import components
from .findings import Box, Finding
from .ink import ink_plane
from .ocr import Word

DETECTOR = "unread_cell"
# Columns are made of what text detection found; region findings (faces, stamps) stand in no column.
TEXT_DETECTORS_ONLY = frozenset({"face", "qr_code", "barcode", "signature", "photo"})
# Two cells are in one column when their left edges or their centres are this close (in text heights).
ALIGN = 0.75
# The rows of a table or a form's block stand at most this many text heights apart (two marks at the head
# and the foot of a letter, at one centre, make no column).
MOST_PITCH = 4.0
# Two cells of a column are at most this many row pitches apart (two rows unread between them); a larger
# gap parts two blocks that happen to share a left edge (a letter's data block and its signer's name).
MOST_ROWS_APART = 3.2
# Beyond the column's first or last cell, a row goes on with the table only this close to the previous one
# (in pitches), and only when at least this share of the words read on it beside the column were found, or
# when it holds a cell of another table's column of one kind found on `MISREAD_CELLS` rows or more (a staff
# list's column of names beside its positions and units): the table's row is sensitive too (a header row
# is not, even with a heading taken for a value).
NEXT_ROW = 1.6
SENSITIVE_ROW = 0.5
# A word read confidently in the cell was judged by detection (a dash, a harmless value): it stays, unless
# the cell is in a table's column of one kind found in this many cells or more: there what was read and not
# found is the same kind of value misread ("3%10031802060350" for a NIK under three NIKs).
READ_CONFIDENCE = 50
MISREAD_CELLS = 3
# A word boxed taller than this many text heights is a scrap of something else (a picture's mark, a smudge
# read as "ee" across two rows), and one boxed lower than this a speck of grain read as "1": neither is the
# cell's reading.
SCRAP_HEIGHT = 1.6
SPECK_HEIGHT = 0.5
# Ink is what differs from the cell's paper by this share of the read cells' strongest contrast.
INK_SHARE = 0.15
# Text is at least this tall and this wide (in text heights): a dash, a dot, a speck of grain is not.
LEAST_INK_HEIGHT = 0.45
LEAST_INK_WIDTH = 0.6
# Ink at most this far apart (in text heights) is one value: a word space is about 0.3, a cell's own
# neighbour starts past its column's rule and padding.
VALUE_GAP = 1.0
# A piece of ink as tall as this share of the cell, or as wide, is a table's rule crossing it.
RULE_SHARE = 0.85
# A glyph is at least this tall (in text heights) and holds this much ink (in squared text heights).
GLYPH_HEIGHT = 0.35
GLYPH_AREA = 0.03
# Under this contrast (grey levels) the read cells themselves are too faint to judge ink by.
LEAST_CONTRAST = 40
# The paper under a pixel is the median of a square this many text heights wide around it: wider than a
# glyph's strokes, narrower than a row's shading.
PAPER_WINDOW = 2.0


@dataclass
class _Column:
    category: str
    boxes: list[Box]
    one_kind: bool  # every cell found of one category: a table's column, not a form's column of values

    @property
    def left(self) -> int:
        return min(b.left for b in self.boxes)

    @property
    def right(self) -> int:
        return max(b.right for b in self.boxes)


def unread_cells(page: Image.Image | np.ndarray, findings: Sequence[Finding], words: Sequence[Word]) -> list[Finding]:
    """Findings for the ink of unread cells in the columns `findings` make on `page` (the page OCR read, or
    its `ink_plane`; see the module)."""
    heights = [w.box.height for w in words if w.box.height > 0 and any(ch.isalnum() for ch in w.text)]
    if not heights:
        return []
    text_height = float(median(heights))
    text_boxes = [(f.category, box) for f in findings if not f.polygons and f.category not in TEXT_DETECTORS_ONLY
                  for box in f.boxes if box.width > 0 and box.height > 0]
    read = [w for w in words if w.conf >= READ_CONFIDENCE and any(ch.isalnum() for ch in w.text)
            and SPECK_HEIGHT * text_height <= w.box.height <= SCRAP_HEIGHT * text_height]
    rows = _rows(read, text_height)
    columns = _columns([(c, b) for c, b in text_boxes if b.height >= SPECK_HEIGHT * text_height], text_height)
    if not columns or not rows:
        return []
    grey = ink_plane(page)
    every_box = [box for _, box in text_boxes]
    out = []
    for column in columns:
        others = [c for c in columns if c is not column and c.one_kind and len(c.boxes) >= MISREAD_CELLS]
        for row in _rows_of(column, rows, read, every_box, text_height, others):
            crossing = _cell(column, row, read, every_box, text_height, grey.shape)
            if crossing is None:
                continue
            cell, misread = crossing
            ink = _ink(grey, cell, column, text_height)
            if ink is not None and misread:
                # What OCR read of a misread value is the value too: its ink may part in pieces wider apart than
                # a word's space (a monitor's moiré between a NIP's groups), and only the first would be taken.
                ink = Box.union([ink] + _read_in(column, row, read))
            if ink is not None:
                label = category_of(column.category).label
                out.append(Finding(column.category, (ink,), 0.6,
                                   f"{label} ({'misread' if misread else 'unread'})", DETECTOR))
    return out


def _rows(words: Sequence[Word], text_height: float) -> list[Box]:
    """Bands of words that stand on one line across the page, top to bottom."""
    rows: list[list[Box]] = []
    for word in sorted(words, key=lambda w: w.box.top + w.box.height / 2):
        centre = word.box.top + word.box.height / 2
        if rows:
            last = rows[-1]
            last_centre = median(b.top + b.height / 2 for b in last)
            if abs(centre - last_centre) <= 0.5 * text_height:
                last.append(word.box)
                continue
        rows.append([word.box])
    return [Box.union(r) for r in rows]


def _columns(boxes: list[tuple[str, Box]], text_height: float) -> list[_Column]:
    """Findings' boxes aligned at one left edge or centre, on two rows or more; each gap between them at most
    `MOST_ROWS_APART` of the column's pitch."""
    tolerance = ALIGN * text_height
    parent = list(range(len(boxes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (_, a) in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            b = boxes[j][1]
            if abs((a.top + a.bottom) - (b.top + b.bottom)) / 2 < 0.5 * text_height:
                continue  # one row: two cells beside each other, or two words of one value
            if min(a.right, b.right) <= max(a.left, b.left):
                continue  # no overlap: two columns
            if abs(a.left - b.left) <= tolerance or abs((a.left + a.right) - (b.left + b.right)) / 2 <= tolerance:
                parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(boxes)):
        groups.setdefault(root(i), []).append(i)
    out = []
    for members in groups.values():
        cells = sorted((boxes[i] for i in members), key=lambda cb: cb[1].top)
        for run in _runs(cells, text_height):
            centres = sorted((b.top + b.bottom) / 2 for _, b in run)
            steps = [b - a for a, b in zip(centres, centres[1:]) if b - a >= 0.5 * text_height]
            if steps and min(steps) <= MOST_PITCH * text_height:
                categories = Counter(c for c, _ in run)
                out.append(_Column(categories.most_common(1)[0][0], [b for _, b in run], len(categories) == 1))
    return out


def _runs(cells: list[tuple[str, Box]], text_height: float) -> list[list[tuple[str, Box]]]:
    """The column's cells parted where two stand too far apart for one table."""
    centres = [(b.top + b.bottom) / 2 for _, b in cells]
    steps = [b - a for a, b in zip(centres, centres[1:]) if b - a >= 0.5 * text_height]
    if not steps:
        return [cells]
    pitch = min(steps)
    runs = [[cells[0]]]
    for cell, before, centre in zip(cells[1:], centres, centres[1:]):
        if centre - before > MOST_ROWS_APART * pitch:
            runs.append([])
        runs[-1].append(cell)
    return runs


def _rows_of(column: _Column, rows: list[Box], read: Sequence[Word], finding_boxes: list[Box],
             text_height: float, others: Sequence[_Column] = ()) -> list[Box]:
    """The page's rows in the column's span that hold none of its cells: between its first and last cell,
    and, for a table's column (cells of one kind), past them as long as each next row follows within
    `NEXT_ROW` pitches and most of what was read on it, outside the column, was found (a table's row,
    sensitive beside the unread cell; not its header)."""
    centres = sorted((b.top + b.bottom) / 2 for b in column.boxes)
    steps = [b - a for a, b in zip(centres, centres[1:]) if b - a >= 0.5 * text_height]
    if not steps:
        return []
    pitch = min(steps)

    def centre(box: Box) -> float:
        return (box.top + box.bottom) / 2

    def holds_cell(row: Box) -> bool:
        return any(abs(centre(row) - c) < 0.5 * text_height for c in centres)

    def sensitive(row: Box) -> bool:
        beside = [w.box for w in read if abs(centre(w.box) - centre(row)) < 0.5 * text_height
                  and (w.box.right <= column.left or w.box.left >= column.right)]
        found = [b for b in beside if any(f.intersects(b) for f in finding_boxes)]
        if any(abs(centre(row) - centre(b)) < 0.5 * text_height for other in others for b in other.boxes):
            return True  # a cell of another table's column on the row: the table's row
        return bool(found) and len(found) >= SENSITIVE_ROW * len(beside)

    out = [r for r in rows if centres[0] < centre(r) < centres[-1] and not holds_cell(r)]
    if not column.one_kind:
        return out  # a form's column of values of several kinds: what stands past its ends may be anything
    for direction, start in ((1, centres[-1]), (-1, centres[0])):
        last = start
        for row in sorted(rows, key=centre, reverse=direction < 0):
            gap = (centre(row) - last) * direction
            if gap < 0.5 * text_height:
                continue
            if gap > NEXT_ROW * pitch or not sensitive(row):
                break
            out.append(row)
            last = centre(row)
    return out


def _cell(column: _Column, row: Box, read: Sequence[Word], finding_boxes: list[Box], text_height: float,
          shape: tuple[int, int]) -> tuple[Box, bool] | None:
    """The cell where `column` crosses `row`, from the nearest read word or finding on the row's left to the
    nearest on its right, and whether OCR read words in it; None when a finding stands in it, or a read word
    in a column that is not a table's column of one kind found `MISREAD_CELLS` times or more."""
    height, width = shape
    top, bottom = row.top, row.bottom
    left_edge, right_edge = column.left, column.right
    before, after = 0, width
    misread = False
    # (a finding boxed as low as a speck is a scrap of the cell's reading, "EDER" of a pale "SD/SEDERAJAT")
    found = [b for b in finding_boxes if b.height >= SPECK_HEIGHT * text_height]
    for box, is_finding in [(w.box, False) for w in read] + [(b, True) for b in found]:
        if min(box.bottom, bottom) - max(box.top, top) < 0.3 * min(box.height, bottom - top):
            continue
        if box.right > left_edge and box.left < right_edge:
            if is_finding or not (column.one_kind and len(column.boxes) >= MISREAD_CELLS):
                return None  # found, or read where what was read may well be harmless
            misread = True
        elif box.right <= left_edge:
            before = max(before, box.right)
        elif box.left >= right_edge:
            after = min(after, box.left)
    pad = round(0.3 * text_height)
    cell = Box.from_edges(max(0, before + 1), max(0, top - pad), min(width, after - 1), min(height, bottom + pad))
    return cell, misread


def _read_in(column: _Column, row: Box, read: Sequence[Word]) -> list[Box]:
    """The boxes of the words read on `row` within the column's span."""
    return [w.box for w in read if w.box.right > column.left and w.box.left < column.right
            and min(w.box.bottom, row.bottom) - max(w.box.top, row.top) >= 0.3 * min(w.box.height, row.height)]


def _ink(grey: np.ndarray, cell: Box, column: _Column, text_height: float) -> Box | None:
    """The box of the text ink in `cell` that meets the column's span, or None (a blank cell, a rule, a dash)."""
    import cv2

    if cell.width < 2 or cell.height < 4:
        return None
    area = grey[cell.top:cell.bottom, cell.left:cell.right]
    # (a read cell's box is tight round its glyphs: its lightest tenth is the paper, or its light letters)
    strongest = max(float(np.percentile(np.abs(box - np.percentile(box, 90)), 99))
                    for b in column.boxes if b.width > 0 and b.height > 0
                    for box in [grey[b.top:b.bottom, b.left:b.right]] if box.size)
    if strongest < LEAST_CONTRAST:
        return None
    # The paper around each pixel, not the cell's one level: a photographed screen's glare and moiré, a
    # table's shaded rows and a dark side menu beside the cell make one level wrong by more than the ink's
    # share, and the whole row turned into one piece of "ink" as wide as a rule.
    window = int(PAPER_WINDOW * text_height) | 1
    paper = cv2.medianBlur(np.clip(area, 0, 255).astype(np.uint8), min(window, 255)).astype(np.int16)
    # Smoothed a little first: a camera's grain is a pixel or two, a glyph's stroke wider.
    smooth = cv2.GaussianBlur(np.abs(area - paper).astype(np.float32), (0, 0), 1.0)
    ink = (smooth > INK_SHARE * strongest).astype(np.uint8)
    count, _, stats = components(ink)
    glyphs = []
    for i in range(1, count):
        x, y, w, h, pixels = (int(v) for v in stats[i])
        if h >= RULE_SHARE * cell.height or w >= RULE_SHARE * cell.width:
            continue  # a table's rule crossing the cell, or the cell's edge
        if h < GLYPH_HEIGHT * text_height or pixels < GLYPH_AREA * text_height ** 2:
            continue  # grain, a dot, a dash
        glyphs.append((x, y, x + w, y + h))
    if not glyphs:
        return None
    # Glyphs parted by less than a value's gap are one value; the values that meet the column's span are the cell's.
    glyphs.sort()
    gap = max(3, round(VALUE_GAP * text_height))
    groups = [[glyphs[0]]]
    for glyph in glyphs[1:]:
        if glyph[0] - max(g[2] for g in groups[-1]) > gap:
            groups.append([])
        groups[-1].append(glyph)
    # (every such value: a glare or a moiré band across a pale value parts its ink wider than a word's space)
    values = []
    for group in groups:
        x0, x1 = cell.left + min(g[0] for g in group), cell.left + max(g[2] for g in group)
        y0, y1 = cell.top + min(g[1] for g in group), cell.top + max(g[3] for g in group)
        if x1 <= column.left or x0 >= column.right:
            continue
        if y1 - y0 < LEAST_INK_HEIGHT * text_height or x1 - x0 < LEAST_INK_WIDTH * text_height:
            continue
        values.append(Box.from_edges(x0 - 1, y0 - 1, x1 + 1, y1 + 1))
    return Box.union(values) if values else None
