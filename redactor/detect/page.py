"""The page as detection sees it: rows of segments, table columns, and each segment's neighbours.

A recognizer finds a value in a segment; where the value's meaning comes from its label, the label is
looked for among the segment's neighbours (see `labels.label_distance`).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Literal

from ..findings import Box
from .confusions import is_thin_stroke
from .layout import Row, Segment

# (with a form's mark of a required field, "*", which OCR may box apart from its label)
PUNCT_ONLY = re.compile(r"^[\s:;.,=\-–>|*]*$")

Side = Literal["left", "right", "above", "below"]

# How many rows above or below a tilted photo's label its value may stand (see `Page.tilted_neighbour`).
TILT_ROWS = 3


def misread_colon(cell: Segment, value: Segment) -> bool:
    """A cell of one narrow stroke between a label and its value: the colon of a receipt's or a slip's
    field, which OCR reads as a thin stroke ("1", "l", "i", "!") on a photo.  (A real digit in a cell of its
    own, a row's number, opens its row; there is a label to its left here.)"""
    return is_thin_stroke(cell.text.strip()) and cell.box.width <= 0.5 * value.height


@dataclass
class Candidate:
    """A value one recognizer found: characters [start, end) of `segment`, plus parts on other segments."""
    category: str
    segment: Segment
    start: int
    end: int
    score: float
    recognizer: str
    value: str
    extra: list[tuple[Segment, int, int]] = field(default_factory=list)


# An app's top bar is in the top fifth of what was read.
TOP_BAR = 0.2
# A mark alone whose ink is this share of its line's height at most, in both directions: a speck.
SPECK = 0.25


def _a_speck(other: Segment, seg: Segment) -> bool:
    """`other` is a mark alone ('.', ',', '-') far smaller than `seg`'s letters: no line of text."""
    return bool(PUNCT_ONLY.match(other.text)) and max(other.box.width, other.box.height) <= SPECK * seg.height


@dataclass
class Page:
    rows: list[Row]
    columns: dict[int, dict[int, Segment]] = field(default_factory=dict)  # row -> {segment idx: header}
    header_rows: set[int] = field(default_factory=set)
    person_header_rows: set[int] = field(default_factory=set)  # header rows of tables about people
    place_header_rows: set[int] = field(default_factory=set)  # of tables of offices or businesses, none about people
    # Neighbours found so far: every recognizer asks for the same ones, and the rows do not change.  Each entry
    # keeps the segment it was asked for: a segment made for a moment (two wrapped lines read as one) is freed,
    # and the next one may take its id.
    _near: dict[tuple, tuple[Segment, Segment | None]] = field(default_factory=dict, init=False, repr=False,
                                                                compare=False)
    # Whether any segment heads a column of things ("Item Name"): asked for every segment, found once.
    has_thing_column: bool | None = field(default=None, init=False, repr=False, compare=False)
    # The kinds of page it was judged to be or not to be (see `page_kinds`): judged once, when first asked.
    _kinds: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    # The rows holding a valid NIK or NIP (see `hooks.record_rows`): asked by two page rules, found once.
    record_rows: list | None = field(default=None, init=False, repr=False, compare=False)
    # How far a label is from a value (see `labels.label_distance`): a number's windows share their starts,
    # and every kind of number asks. Each entry keeps its segment and pattern, so no other takes their ids.
    label_distances: dict[tuple, tuple] = field(default_factory=dict, init=False, repr=False, compare=False)

    @functools.cached_property
    def extent(self) -> tuple[float, float]:
        """The right and the bottom edge of what was read on the page, measured once (a table's cells split
        later are the same words)."""
        boxes = [s.box for row in self.rows for s in row.segments]
        return max((b.right for b in boxes), default=0), max((b.bottom for b in boxes), default=0)

    def in_top_bar(self, seg: Segment) -> bool:
        """`seg` stands in the top fifth of what was read: an app's top bar."""
        return seg.box.top <= TOP_BAR * self.extent[1]

    def is_kind(self, kind: str) -> bool:
        """This page is a `kind` page ("chat"), where a recognizer's matches mean something only there."""
        if kind not in self._kinds:
            from .page_kinds import PAGE_KINDS

            self._kinds[kind] = PAGE_KINDS[kind](self)
        return self._kinds[kind]

    def neighbour(self, seg: Segment, side: Side) -> Segment | None:
        """The nearest segment on `side`: on the same row for left and right (punctuation-only cells
        skipped), in the same column for above and below."""
        if side in ("above", "below"):
            key = (id(seg), side)
            hit = self._near.get(key)
            if hit is None or hit[0] is not seg:
                hit = self._near[key] = (seg, self._stacked(seg, 1 if side == "below" else -1))
            return hit[1]
        row = self.rows[seg.row]
        others = reversed(row.segments[:seg.index]) if side == "left" else row.segments[seg.index + 1:]
        for other in others:
            if not PUNCT_ONLY.match(other.text):
                return other
        return None

    def opens_its_line(self, seg: Segment) -> bool:
        """Nothing stands left of `seg` on its row but, maybe, another panel's text far off: the next
        line of a chat beside a video tile shares its row with the tile's caption."""
        left = self.neighbour(seg, "left")
        return left is None or seg.box.left - left.box.right > PANEL_GAP * max(seg.height, left.height)

    def only_other_panels_between(self, seg: Segment, below: Segment) -> bool:
        """The rows between `seg` and the line `below` it hold only another panel's text, far off to the side:
        a video tile's caption beside a chat sorts between a message's two lines."""
        reach = PANEL_GAP * seg.height
        left, right = min(seg.box.left, below.box.left) - reach, max(seg.box.right, below.box.right) + reach
        return all(other.box.right < left or other.box.left > right
                   for row in self.rows[seg.row + 1:below.row] for other in row.segments)

    def tilted_neighbour(self, seg: Segment, side: Literal["left", "right"], *,
                         skip_punct: bool = True) -> Segment | None:
        """The nearest segment on `side` on the row just above or below, at the same height: a tilted
        photo puts a label and its value on neighbouring rows."""
        key = (id(seg), side, skip_punct)
        hit = self._near.get(key)
        if hit is None or hit[0] is not seg:
            hit = self._near[key] = (seg, self._tilted_neighbour(seg, side, skip_punct))
        return hit[1]

    def _tilted_neighbour(self, seg: Segment, side: Literal["left", "right"], skip_punct: bool) -> Segment | None:
        box, best, best_gap = seg.box, None, 0.0
        # At the same height where the two meet: on a tilted line the far end of a long value stands
        # higher or lower than its label, so each is measured by its word nearest the other.
        near = seg.words[-1].box if side == "right" else seg.words[0].box
        centre = near.top + near.height / 2
        # Beside another panel with other line spacing (an opened savings book's transactions beside its
        # owner's page) the rows interleave: the value's row may be two or three rows on.
        for index in (*range(seg.row - 1, seg.row - TILT_ROWS - 1, -1), *range(seg.row + 1, seg.row + TILT_ROWS + 1)):
            if not 0 <= index < len(self.rows):
                continue
            for other in self.rows[index].segments:
                ob = other.box
                gap = (ob.left - box.right) if side == "right" else (box.left - ob.right)
                if gap < 0 or gap > 15 * seg.height:
                    continue
                facing = other.words[0].box if side == "right" else other.words[-1].box
                if abs(facing.top + facing.height / 2 - centre) > 0.9 * max(near.height, facing.height):
                    continue
                if skip_punct and not any(ch.isalnum() for ch in other.text):
                    continue
                if best is None or gap < best_gap:
                    best, best_gap = other, gap
        return best

    def beside(self, seg: Segment) -> Segment | None:
        """The value to the right of a label, also when a tilted photo put it on a neighbouring row."""
        right = self.neighbour(seg, "right")
        if right is not None and misread_colon(right, seg):
            right = self.neighbour(right, "right") or right
        return right or self.tilted_neighbour(seg, "right")

    def _stacked(self, seg: Segment, step: int) -> Segment | None:
        box = seg.box
        # Side-by-side panels with different line spacing interleave their rows: the next line of
        # this column may be two or three rows on, below a line of the other panel.
        # A speck read as a mark alone ('.', a photo's grain or a bubble's edge) is the next line only when
        # no word follows it in the rows searched: an empty cell's '-' still ends a column.
        speck = None
        for index in range(seg.row + step, seg.row + 4 * step, step):
            if not 0 <= index < len(self.rows):
                return speck
            best = None
            for other in self.rows[index].segments:
                ob = other.box
                if _level_with(ob, box):
                    continue
                near = _part_over_or_under(other, box)
                gap = (near.top - box.bottom) if step > 0 else (box.top - near.bottom)
                if gap > 2.2 * max(seg.height, other.height) or gap < -0.5 * seg.height:
                    continue
                overlap = min(ob.right, box.right) - max(ob.left, box.left)
                if overlap > 0 or abs(ob.left - box.left) < 2 * seg.height:
                    if _a_speck(other, seg):
                        speck = speck or other
                    elif best is None or abs(ob.left - box.left) < abs(best.box.left - box.left):
                        best = other
            if best is not None:
                return best
            if any(_overlaps_x(other.box, box) and not _level_with(other.box, box) and not _a_speck(other, seg)
                   for other in self.rows[index].segments):
                return speck  # something else sits right below: the column does not go on
        return speck

    def wrapped_onto(self, seg: Segment) -> Segment | None:
        """The next line of the same block when `seg`'s text wraps onto it (a chat bubble, a mail body):
        directly below, starting at the same left edge, at line spacing, in the same type size, and
        outside tables.  Stacked menu items and table rows sit further apart."""
        if self.header_of(seg) is not None or seg.row in self.header_rows:
            return None
        if self.neighbour(seg, "right") is not None or len(seg.text.split()) < 2:
            return None  # a cell, or a heading or label standing alone, is not running text
        below = self.next_line(seg)
        return None if below is None or self.header_of(below) is not None else below

    def next_line(self, seg: Segment) -> Segment | None:
        """The line right under `seg` that goes on from it: at its left edge, at line spacing, in its type size,
        with nothing left of it on its row (a new row of a table has its first column there)."""
        below = self.neighbour(seg, "below")
        if below is None or below.row != seg.row + 1:
            return None
        height = max(seg.height, below.height)
        gap = below.box.top - seg.box.bottom
        if not (-0.2 * height <= gap <= 1.2 * height and abs(below.box.left - seg.box.left) <= 0.8 * height
                and 0.75 <= below.height / max(1.0, seg.height) <= 1.33):
            return None
        if self.neighbour(below, "left") is not None:
            return None
        return below

    def header_of(self, seg: Segment) -> Segment | None:
        return self.columns.get(seg.row, {}).get(seg.index)


# A gap between two pieces of one row wider than this many text heights parts two panels of a screen
# (a table's columns stand closer).
PANEL_GAP = 6.0


def _part_over_or_under(other: Segment, box: Box) -> Box:
    """The box of `other`'s words that stand over or under `box`: on a tilted photo a long line's far end
    rises level with the label over its start, and the whole line's box would start above the label's foot."""
    under = [w.box for w in other.words if w.box.left < box.right and w.box.right > box.left]
    return Box.union(under) if under else other.box


def _level_with(a: Box, b: Box) -> bool:
    """`a` lies within `b`'s line (a slash or a dot OCR boxed apart and sorted onto a row of its own),
    so it is not below or above `b`."""
    return a.top >= b.top and a.bottom <= b.bottom


def _overlaps_x(a, b) -> bool:
    return min(a.right, b.right) > max(a.left, b.left)
