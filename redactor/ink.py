"""Text boxes widened to the ink they belong to.

Tesseract's box for a word it half-read (a token of random letters, a degree after a name) can stop a
glyph short of the word's end: the last letter stays readable beside the cover.  On a screenshot the
glyphs of one word touch or nearly touch and the next word starts after a clear gap, so a box is
widened, left and right, for as long as its line's band holds ink with no gap as wide as a space.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import numpy as np
from PIL import Image

from .cover import cover_padding
from .findings import Box, Finding

# A blank stretch this wide (in line heights) ends a word: a space in screen fonts is 0.25-0.35 of the
# line's height, the gap between two glyphs of one word about 0.1 (a j or a y reaches back under its neighbour).
WORD_GAP = 0.15
# The narrowest space between two words, in line heights (a box's height holds the descenders too).
SPACE = 0.25
# A box grows by at most this much (in line heights) on each side: about one glyph.
MAX_GROWTH = 1.0
# ... and a classification mark OCR read in part ("CONFIDEN" on a small banner) by this much: the rest
# of its word.  Such a mark stands apart from other text (its recognizers reject one inside a sentence).
DAMAGED_MARK_GROWTH = 6.0
# ... and a name whose first letters OCR lost beside an avatar ("a Kusuma Susanti" for "Vina …") by this
# much: the three or four letters before the scrap it read.  Their glyphs may stand as far apart as this
# (in line heights: "V" beside "i" leaves a quarter of one blank, more than WORD_GAP) and still be one word;
# a space between two words leaves half a line height or more.
CLIPPED_NAME_GROWTH = 3.0
CLIPPED_NAME_GAP = 0.35
# A number's first digit a "1": its wide side bearings leave a blank of up to 0.4 line heights between it and
# the next digit, and Tesseract's box may start at that next digit ("Long: 1|19.468474").  The box of a
# number grows left over such a blank (not over a space after a label's colon, 0.5 or more; and never into a
# word OCR read before it, `_kept_off_the_word_before`).
NUMBER_CATEGORIES = frozenset({"location", "nik", "kk", "nip", "npwp", "bpjs", "bank_account", "card_number"})
DIGIT_GAP = 0.45
# A pixel is ink when it differs this much from the band's background.
INK_CONTRAST = 60


# Values whose first word OCR may skip, unread, at the start of a cell: the street's "Jl." or "Gg." set
# tight against a spreadsheet cell's edge.
LEADING_WORD_CATEGORIES = frozenset({"address"})
# The skipped word sits at most this far before the value (a space, in line heights), is at most this
# wide (about four glyphs) and stands clear of anything before it by at least this much, and by twice the
# space after it (a cell's border aside).
LEAD_GAP = 0.7
LEAD_WIDTH = 2.5
LEAD_CLEAR = 0.5


def ink_plane(image: Image.Image | np.ndarray) -> np.ndarray:
    """The page's grey levels as signed integers (differences of two levels stay exact).  A plane made
    once can be handed to each function below in place of the image: a photo's page is 12 MP."""
    if isinstance(image, np.ndarray):
        return image
    return np.asarray(image.convert("L"), dtype=np.int16)


def widen_to_ink(image: Image.Image | np.ndarray, findings: Sequence[Finding], words: Sequence[Box] = (),
                 times: Sequence[Box] = ()) -> list[Finding]:
    """`findings` with each text box's left and right edges moved out to the end of the ink they cut.

    With the boxes of the words OCR read (`words`), an address's box also takes in a short word just
    before it that OCR did not read at all: ink where no word was read, then a space, then the value.
    A time OCR read right after a value (`times`: a chat's sender and the time, set a hair apart in a
    smaller size, "Pierre Taylor 9:49 AM") is no glyph of the value: a box grows up to it, not over it."""
    if not findings:
        return list(findings)
    grey = ink_plane(image)
    out = []
    for f in findings:
        if f.polygons:
            out.append(f)
            continue
        growth = DAMAGED_MARK_GROWTH if f.category == "classification" and f.detector.endswith("_damaged") \
            else CLIPPED_NAME_GROWTH if f.category == "person_name" and f.detector.endswith("_clipped") \
            else MAX_GROWTH
        clipped = f.category == "person_name" and f.detector.endswith("_clipped")
        gap = CLIPPED_NAME_GAP if clipped else WORD_GAP
        boxes = [_kept_off_the_word_before(grey, _with_first_digit(grey, _widened(grey, box, growth, gap), box)
                                           if f.category in NUMBER_CATEGORIES else _widened(grey, box, growth, gap),
                                           box, words) for box in f.boxes]
        if times:
            boxes = [_stopped_at_a_time(grown, box, times) for grown, box in zip(boxes, f.boxes)]
        if words and f.category in LEADING_WORD_CATEGORIES:
            boxes = [_with_unread_word_before(grey, box, words) for box in boxes]
        out.append(replace(f, boxes=tuple(boxes)))
    return out


def _stopped_at_a_time(widened: Box, box: Box, times: Sequence[Box]) -> Box:
    """`widened`'s right edge kept off a time that starts after the value's box (or inside its last glyph:
    Tesseract's boxes of two words set this tight overlap by a pixel or two), by the cover's margin too;
    never inside the value's own box."""
    right = widened.right
    margin = cover_padding(box)[0]
    for t in times:
        if (t.left + t.width / 2 > box.right and t.left - margin < right
                and min(t.bottom, box.bottom) - max(t.top, box.top) > 0.5 * min(t.height, box.height)):
            right = max(box.right, min(right, t.left - margin))
    return widened if right == widened.right else Box.from_edges(widened.left, widened.top, right, widened.bottom)


def _kept_off_the_word_before(grey: np.ndarray, widened: Box, box: Box, words: Sequence[Box]) -> Box:
    """`widened` kept out of the word OCR read just before the value, when the value starts where a word
    OCR read starts and a space's blank stands between its first glyph and that word: the ink grown into
    is the other word's ("Alamat:" before "Jl.", its box reaching over the space), not a glyph the value's
    box left out.  A value that starts inside a word ("4-62" read for "+62"), or a word OCR split where
    no space is ("«rahmi." | "handayani@…" for "rahmi_handayani@…"), grows as before."""
    if widened.left >= box.left or not words:
        return widened
    band = [w for w in words if min(w.bottom, box.bottom) - max(w.top, box.top) > 0.5 * min(w.height, box.height)]
    if not any(abs(w.left - box.left) <= 1 for w in band):
        return widened
    before = [w.right for w in band if w.left < box.left - 1 and w.right > widened.left]
    if not before:
        return widened
    height, width = grey.shape
    rows = grey[max(0, box.top):min(height, box.bottom)]
    background = int(np.median(np.concatenate([rows[0], rows[-1]])))
    ink_columns = (np.abs(rows - background) > INK_CONTRAST).any(axis=0)
    inked = np.flatnonzero(ink_columns[max(0, box.left):min(width, box.right)])
    if inked.size == 0:
        return widened
    first = max(0, box.left) + int(inked[0])
    left_ink = np.flatnonzero(ink_columns[max(0, widened.left - 1):first])
    blank = first - (max(0, widened.left - 1) + int(left_ink[-1]) + 1) if left_ink.size else first - widened.left
    if blank < max(3, round(SPACE * box.height)):
        return widened
    return Box.from_edges(min(box.left, max(widened.left, max(before))), widened.top, widened.right, widened.bottom)


def _with_unread_word_before(grey: np.ndarray, box: Box, words: Sequence[Box]) -> Box:
    height, width = grey.shape
    top, bottom = max(0, box.top), min(height, box.bottom)
    h = box.height
    if bottom - top < 6 or box.left <= 0:
        return box
    band = grey[top:bottom]
    background = int(np.median(np.concatenate([band[0], band[-1]])))
    ink = np.abs(band - background) > INK_CONTRAST
    # A cell's border runs through the whole band and beyond it: it is the cell's edge, not a glyph.
    pad = max(2, round(0.3 * h))
    tall = grey[max(0, top - pad):min(height, bottom + pad)]
    border = (np.abs(tall - background) > INK_CONTRAST).mean(axis=0) >= 0.95
    ink_columns = ink.any(axis=0) & ~border
    x = box.left - 1
    stop = max(-1, box.left - 1 - round(LEAD_GAP * h))
    while x > stop and not ink_columns[x]:
        x -= 1
    if x <= stop or box.left - 1 - x < max(2, round(WORD_GAP * h)):
        return box  # nothing before the value within a space, or ink touching it (`_widened`'s case)
    word_right = x + 1
    # The glyphs of the word stand closer together than the word stands to the value ("J l ." of "Jl.").
    space = box.left - word_right
    word_left = _edge(ink_columns, x, max(-1, x - round(LEAD_WIDTH * h) - 1), -1, space) + 1
    if word_right - word_left > LEAD_WIDTH * h or word_left <= 0:
        return box  # longer than a short word: text OCR left out for reasons of its own
    # Clear of more ink by twice the space after it: not a word inside a sentence ("Tinggal di Veteran").
    before = ink_columns[max(0, word_left - max(round(LEAD_CLEAR * h), 2 * space)):word_left]
    if before.any():
        return box  # more ink close before it: not a word standing at the start of its cell
    for w in words:
        if w.right > word_left and w.left < word_right and w.bottom > top and w.top < bottom:
            return box  # OCR read it: it was not taken as part of the value for a reason
    return Box.from_edges(word_left, box.top, box.right, box.bottom)


def _with_first_digit(grey: np.ndarray, widened: Box, box: Box) -> Box:
    """`widened` with its left edge moved over a number's first digit set apart by its side bearings."""
    left = _widened(grey, box, MAX_GROWTH, DIGIT_GAP).left
    return Box.from_edges(left, widened.top, widened.right, widened.bottom) if left < widened.left else widened


def _widened(grey: np.ndarray, box: Box, growth: float = MAX_GROWTH, word_gap: float = WORD_GAP) -> Box:
    height, width = grey.shape
    top, bottom = max(0, box.top), min(height, box.bottom)
    if bottom - top < 4 or box.width <= 0:
        return box
    band = grey[top:bottom]
    inside = band[:, max(0, box.left):min(width, box.right)]
    if inside.size == 0:
        return box
    background = int(np.median(np.concatenate([band[0], band[-1]])))
    ink_columns = (np.abs(band - background) > INK_CONTRAST).any(axis=0)
    gap = max(3, round(word_gap * box.height))
    reach = max(2, round(growth * box.height))
    right = _edge(ink_columns, box.right, min(width, box.right + reach), 1, gap)
    left = _edge(ink_columns, box.left - 1, max(-1, box.left - 1 - reach), -1, gap) + 1
    if left == box.left and right == box.right:
        return box
    return Box.from_edges(left, box.top, right, box.bottom)


def _edge(ink: np.ndarray, start: int, stop: int, step: int, gap: int) -> int:
    """From `start` towards `stop`, the column after the last ink before a blank run of `gap` columns."""
    edge, blank = start, 0
    for x in range(start, stop, step):
        if not 0 <= x < len(ink):
            break
        if ink[x]:
            edge, blank = x + step, 0
        else:
            blank += 1
            if blank >= gap:
                break
    return edge


# A text box taller than this many times its ink is trimmed to the ink's rows: on a photographed page
# OCR can box a word about twice as high as its capitals, and the cover, padded by the box's height,
# then also takes in the small label printed just above the value.
TALL_BOX = 1.5
# Ink is what differs from the box's background by at least this share of its strongest contrast, and
# a row holds ink when this share of its pixels are ink (a speck of sensor noise does not count).
INK_SHARE = 0.5
ROW_SHARE = 0.02
# Contrast under which a box is left alone: too faint to tell its ink from its paper.
LEAST_CONTRAST = 40


def trim_to_ink(image: Image.Image | np.ndarray, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with each text box much taller than its ink trimmed to the rows that hold the ink
    (never less: every row with ink in the box stays in it)."""
    if not findings:
        return list(findings)
    grey = ink_plane(image)
    return [replace(f, boxes=tuple(_trimmed(grey, box) for box in f.boxes)) for f in findings]


def trim_words_to_ink(image: Image.Image | np.ndarray, boxes: Sequence[Box]) -> list[Box]:
    """Word boxes OCR drew much taller than their ink, trimmed to the band of rows that holds the word.

    On a photographed card Tesseract can box a word from the small label printed just above it down to
    its own bold glyphs (and a label word down into the paper's pattern under it): the value then seems to
    stand on the label's line, and a label's value is not found below it.  One word is one line of ink, so
    when a box holds bands of ink rows apart, the band with the most ink is the word's."""
    if not boxes:
        return list(boxes)
    grey = ink_plane(image)
    return [_trimmed(grey, box, one_line=True) for box in boxes]


# A word box at least this many times as tall as its one band of ink is trimmed to it.
TALL_WORD = 2.0
# Blank rows (in the box's height, at least two) that part two bands of ink in one word's box: the gap
# between a label's line and its value's; an i's dot or an accent stands closer to its letter.
BAND_GAP = 0.08


def _trimmed(grey: np.ndarray, box: Box, one_line: bool = False) -> Box:
    height, width = grey.shape
    top, bottom = max(0, box.top), min(height, box.bottom)
    left, right = max(0, box.left), min(width, box.right)
    if bottom - top < 8 or right - left < 2:
        return box
    inside = grey[top:bottom, left:right]
    contrast = np.abs(inside - int(np.median(inside)))
    strongest = float(np.percentile(contrast, 99))
    if strongest < LEAST_CONTRAST:
        return box
    ink_rows = np.flatnonzero((contrast > INK_SHARE * strongest).mean(axis=1) >= ROW_SHARE)
    if ink_rows.size == 0:
        return box
    first, last = int(ink_rows[0]), int(ink_rows[-1])
    if one_line:
        band = _main_band(ink_rows, (contrast > INK_SHARE * strongest).sum(axis=1),
                          max(2, round(BAND_GAP * (bottom - top))))
        if band == (first, last) and TALL_WORD * (last - first + 1) >= bottom - top:
            # One band of ink in a box not twice its height: a word boxed with room for its ascenders and
            # descenders, as the other words of its line are, is left as OCR drew it.
            return box
        first, last = band
    if TALL_BOX * (last - first + 1) >= bottom - top:
        return box
    # One row more on each side: the blurred edge of the glyphs, under the contrast the rows were cut at.
    return Box.from_edges(left, top + max(0, first - 1), right, top + min(bottom - top, last + 2))


def _main_band(ink_rows: np.ndarray, ink: np.ndarray, gap: int) -> tuple[int, int]:
    """First and last row of the tallest band of `ink_rows` (bands parted by more than `gap` blank rows; of
    two as tall, the one with more ink).  Tallest, not inkiest: a table's rule under a word is a thin band
    of much ink."""
    breaks = np.flatnonzero(np.diff(ink_rows) > gap + 1)
    starts = np.concatenate([[0], breaks + 1])
    ends = np.concatenate([breaks, [len(ink_rows) - 1]])
    best = max(range(len(starts)), key=lambda i: (int(ink_rows[ends[i]] - ink_rows[starts[i]]),
                                                   int(ink[ink_rows[starts[i]]:ink_rows[ends[i]] + 1].sum())))
    return int(ink_rows[starts[best]]), int(ink_rows[ends[best]])


# Ink close above or below a value that OCR did not read as a word: on a photographed card the small
# label printed over each value ("Surname / Nama keluarga") is often not read at all.  It is looked for
# within this many of the value's heights, past at least one row of paper, and counts as ink at this share
# of the value's own strongest contrast (a label is printed smaller and greyer than its value).
UNREAD_REACH = 1.0
UNREAD_SHARE = 0.2
UNREAD_GAP = 0.15  # rows of paper a label's small print may break into bands with (in value heights)


def unread_ink_around(image: Image.Image | np.ndarray, findings: Sequence[Finding]) -> list[list[Box]]:
    """For each finding, the boxes of ink close over and under its boxes that OCR did not read (see
    `_unread_ink_beside`)."""
    if not findings:
        return []
    grey = ink_plane(image)
    return [[ink for box in f.boxes for ink in _unread_ink_beside(grey, box)] for f in findings]


def _unread_ink_beside(grey: np.ndarray, box: Box) -> list[Box]:
    """Boxes of the ink just above and just below `box` (on the page OCR read) that is not the value's
    own: past a row of paper, within `UNREAD_REACH` of its height.  A cover's margin keeps clear of them,
    as it does of the words OCR read around it."""
    height, width = grey.shape
    top, bottom = max(0, box.top), min(height, box.bottom)
    left, right = max(0, box.left), min(width, box.right)
    h = bottom - top
    if h < 6 or right - left < 2:
        return []
    reach = max(3, round(UNREAD_REACH * h))
    lo, hi = max(0, top - reach), min(height, bottom + reach)
    around = np.concatenate([grey[lo:top, left:right].ravel(), grey[bottom:hi, left:right].ravel()])
    if around.size == 0:
        return []
    paper = int(np.median(around))  # a tight box around bold capitals holds more ink than paper
    strongest = float(np.percentile(np.abs(grey[top:bottom, left:right] - paper), 99))
    if strongest < LEAST_CONTRAST:
        return []
    rows = ((np.abs(grey[lo:hi, left:right] - paper) > UNREAD_SHARE * strongest).mean(axis=1) >= ROW_SHARE)
    out = []
    for start, step, stop in ((top - 1, -1, lo - 1), (bottom, 1, hi)):
        y = start
        while y != stop and rows[y - lo] and abs(y - start) < 0.3 * h:
            y += step  # the value's own ink past its box (an accent, a descender)
        if y == stop or rows[y - lo]:
            continue  # no paper between: one block with the value
        while y != stop and not rows[y - lo]:
            y += step
        if y == stop:
            continue
        near = far = y
        blank = 0
        while y != stop and blank <= max(2, round(UNREAD_GAP * h)):  # small print breaks into bands of rows
            if rows[y - lo]:
                far, blank = y, 0
            else:
                blank += 1
            y += step
        # One row more on each side: the blurred edge of the glyphs, under the contrast the rows were cut at.
        y0, y1 = max(0, min(near, far) - 1), min(height, max(near, far) + 2)
        # The whole label, not only its part over the value: on a tilted photo its far end hangs lower.
        columns = (np.abs(grey[y0:y1] - paper) > UNREAD_SHARE * strongest).any(axis=0)
        space = max(3, round(0.5 * h))  # a small label's word spaces are under half its value's height
        out.append(Box.from_edges(_edge(columns, left - 1, -1, -1, space) + 1, y0,
                                  _edge(columns, right, width, 1, space), y1))
    return out
