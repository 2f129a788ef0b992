"""The banded reader: a prepared page read in horizontal bands, words mapped back to the image.

One image may be split into bands read at once by parallel Tesseract calls
(each one thread), which is how one redaction uses both cores while a batch
uses one process per file instead.  Bands are cut at quiet rows, so no text
line is split; each band keeps its own line structure.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Callable

import numpy as np
from PIL import Image

from .engine import DEFAULT_LANG, DEFAULT_TIMEOUT_S, Engine, RawWord, get_engine
from .prepare import prepare
from .result import OcrResult, Word
from .rows import reread_rows
from .stacked import reread_stacked_cells
from ..findings import Box


def _band_edges(grey: Image.Image, bands: int) -> list[tuple[int, int]]:
    """Split rows into bands holding about the same amount of text, each cut at a quiet row.

    Tesseract's time follows the text, not the pixels: halving the height of a
    page whose lower half is blank would leave one process doing all the work.
    The horizontal gradient of each row stands in for its text.
    """
    height = grey.height
    if bands <= 1 or height < 400:
        return [(0, height)]
    import cv2

    arr = np.asarray(grey)
    energy = cv2.absdiff(arr[:, 1:], arr[:, :-1]).sum(axis=1, dtype=np.int64).astype(np.float64)
    cumulative = np.cumsum(energy)
    reach = max(20, height // (bands * 4))
    edges = [0]
    for k in range(1, bands):
        target = int(np.searchsorted(cumulative, cumulative[-1] * k / bands))
        lo, hi = max(edges[-1] + 50, target - reach), min(height - 50, target + reach)
        if hi <= lo:
            continue
        window = energy[lo:hi]
        quiet = np.flatnonzero(window <= window.min())  # no row is cut through a text line
        edges.append(lo + int(quiet[np.argmin(np.abs(quiet + lo - target))]))
    edges.append(height)
    return list(zip(edges[:-1], edges[1:]))


# A fold between two pages is at least this many glyphs wide, free of ink from the top of the text to its
# bottom, and lies in the middle part of the page, an opened book's two pages being about as wide (a form's
# gap between its labels and its values lies further left; a receipt's before its prices and an identity
# card's before its portrait further right: one card's at 0.67 of its width).
FOLD_WIDTH = 2.5
FOLD_REACH = (0.35, 0.65)
RULE_GLYPHS = 4
# Lines of text each side of a fold holds at least: two pages of a book are full of them; beside an identity
# card's values stand its portrait (one block far taller than a line) and a few lines under it.
FOLD_LINES = 4


def page_columns(grey: Image.Image) -> list[tuple[int, int]]:
    """The page's two halves when a fold or a wide gutter runs down its middle (an opened savings book:
    the owner's page beside the transactions), else the page whole, as spans of columns.

    Read as one column (a photo's reading), the lines of the two halves that stand at about the same
    height are joined across the fold into one line, and a label takes the other page's words as its value
    or OCR reads the joined line as scraps.  Each half is read as its own column instead."""
    import cv2

    from .prepare import estimate_glyph_height

    arr = np.asarray(grey)
    width = arr.shape[1]
    whole = [(0, width)]
    if width < 400:
        return whole
    # (the glyphs measured on a half-size copy: a quarter of the pixels, the same answer to a pixel or two)
    half = cv2.resize(arr, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    small_glyph = estimate_glyph_height(half)
    if small_glyph is None:
        return whole
    glyph = 2 * small_glyph
    ink = _without_rules(cv2.adaptiveThreshold(arr, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15),
                         glyph)
    # A column holding less ink than half a glyph's stroke is empty (a speck of the paper's grain aside).
    inked = (ink > 0).sum(axis=0)
    best = None
    for start, end in _bridged(_runs(inked <= 0.5 * glyph), inked, glyph):
        centre = (start + end) / 2
        if end - start < FOLD_WIDTH * glyph or not FOLD_REACH[0] * width <= centre <= FOLD_REACH[1] * width:
            continue
        if best is None or end - start > best[1] - best[0]:
            best = (int(start), int(end))
    if best is None:
        return whole
    cut = (best[0] + best[1]) // 2
    left, right = _lines(ink[:, :best[0]], glyph), _lines(ink[:, best[1]:], glyph)
    if _rows_go_on_across(left, right, glyph):
        return whole  # a table's or a form's rows, their cells far apart: one page
    if min(len(_text_lines(left, glyph)), len(_text_lines(right, glyph))) < FOLD_LINES:
        return whole  # an identity card's portrait, with its city, date and signature under it: one page
    return [(0, cut), (cut, width)]


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of True in `flags`."""
    edges = np.diff(np.concatenate([[0], flags.astype(np.int8), [0]]))
    return [(int(a), int(b)) for a, b in zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1))]


def _without_rules(ink: np.ndarray, glyph: float) -> np.ndarray:
    """`ink` less its lines drawn across or down the page (a book's crease, a gutter's rule, the page's own
    edge): no glyph runs RULE_GLYPHS tall or wide.  A crease inks in pieces: they are joined a glyph apart.
    Left in, a crease parted the gap between two pages into two gaps, each too narrow for a fold, and the
    page's top edge inked every column."""
    import cv2

    reach = max(3, int(RULE_GLYPHS * glyph))
    joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((max(1, int(glyph)), 1), np.uint8))
    rules = cv2.morphologyEx(joined, cv2.MORPH_OPEN, np.ones((reach, 1), np.uint8))
    rules |= cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, reach), np.uint8))
    return cv2.subtract(ink, cv2.dilate(rules, np.ones((3, 3), np.uint8)))


def _bridged(gaps: list[tuple[int, int]], inked: np.ndarray, glyph: float) -> list[tuple[int, int]]:
    """Empty spans of columns joined across a sliver of ink between them narrower than half a glyph and holding
    less ink than one glyph's square (what is left of a crease, a speck): no column of text is so thin and
    so bare."""
    joined: list[tuple[int, int]] = []
    for start, end in gaps:
        if joined:
            prev_start, prev_end = joined[-1]
            if start - prev_end < 0.5 * glyph and inked[prev_end:start].sum() < glyph * glyph:
                joined[-1] = (prev_start, end)
                continue
        joined.append((start, end))
    return joined


# Share of one side's lines that stand level with a line of the other side, at or above which the two sides
# are one page's rows (a family card's table, a card's values beside its portrait).
LEVEL_LINES = 0.6


def _lines(ink: np.ndarray, glyph: float) -> list[tuple[int, int]]:
    """(top, bottom) of each band of rows holding ink, at least 0.4 glyph tall."""
    return [(a, b) for a, b in _runs((ink > 0).sum(axis=1) > 0.5 * glyph) if b - a >= 0.4 * glyph]


def _text_lines(lines: list[tuple[int, int]], glyph: float) -> list[tuple[int, int]]:
    """The bands of `_lines` no taller than a line of text (a portrait or a stamp is taller)."""
    return [(a, b) for a, b in lines if b - a <= 2.5 * glyph]


def _rows_go_on_across(ours: list[tuple[int, int]], theirs: list[tuple[int, int]], glyph: float) -> bool:
    """The lines left of the gap (`_lines`) stand level with the lines right of it: a table's or a form's rows
    that go on across a wide gap between cells.  Two pages of a book are set each to its own line spacing,
    and their lines interleave."""
    if not ours or not theirs:
        return False
    centres = np.array([(a + b) / 2 for a, b in theirs])
    level = sum(1 for a, b in ours if np.any(np.abs(centres - (a + b) / 2) <= 0.3 * glyph))
    return level >= LEVEL_LINES * min(len(ours), len(theirs))


def _read_band(engine: Engine, grey: Image.Image, left: int, top: int, right: int, bottom: int,
               psm: int) -> list[RawWord]:
    return engine.words(grey.crop((left, top, right, bottom)), psm=psm)


def run_ocr(image: Image.Image, *, lang: str = DEFAULT_LANG, bands: int = 1, psm: int = 11,
            timeout: int = DEFAULT_TIMEOUT_S, tesseract_cmd: str | None = None,
            engine: Engine | None = None, after_bands: Callable[[], object] | None = None) -> OcrResult:
    """Read `image` (upright RGB) and return words in its own pixel coordinates.

    `bands` is how many Tesseract calls read at once, each its own band of the page.
    `after_bands`: more reading of the same page that does not need its words (its stamps), run on the
    first band's thread that is free again, with that band's reader, while the other bands are still read
    (after the bands, when they are read one after the other); its error is raised here.
    """
    engine = engine or get_engine(lang, tesseract_cmd, timeout)
    # Sparse reading (psm 11) is for screens: only there are colour areas (chat bubbles, bars) read apart.
    grey, scale = prepare(image, screen=psm == 11)
    # Tesseract's paragraph and result iterators restart from the top of the page for every
    # word, so a dense page read in two pieces costs less than read whole, even one after the other.
    # A photographed page (read as one column) with a fold down its middle is read as two columns.
    columns = [(0, grey.width)] if psm == 11 else page_columns(grey)
    if len(columns) == 1:
        spans = [(0, top, grey.width, bottom) for top, bottom in _band_edges(grey, max(2, bands))]
    else:  # (each half a band of its own: the halves hold about the same text)
        spans = [(left, 0, right, grey.height) for left, right in columns]
    if bands <= 1 or len(spans) == 1:
        results = [_read_band(engine, grey, *span, psm) for span in spans]
        if after_bands is not None:
            after_bands()
    else:
        with ThreadPoolExecutor(max_workers=bands) as pool:
            reading = [pool.submit(_read_band, engine, grey, *span, psm) for span in spans]
            # Submitted after the bands, so it waits for a band's thread and reader instead of loading its own.
            after = pool.submit(after_bands) if after_bands is not None else None
            results = [band.result() for band in reading]
            if after is not None:
                after.result()
    words: list[Word] = []
    line_ids: dict[tuple, int] = {}
    for band_index, ((left, top, _right, _bottom), band) in enumerate(zip(spans, results)):
        for raw in band:
            line_id = line_ids.setdefault((band_index, *raw.line_key), len(line_ids))
            box = Box(raw.left + left, raw.top + top, raw.width, raw.height)
            if scale != 1.0:
                box = box.scaled(1.0 / scale)
            words.append(Word(text=raw.text, box=box, conf=raw.conf, line_id=line_id))
    # A table row read only in part (a shrunk screenshot's blurred header cells) is read again whole.
    words = reread_rows(grey, scale, words, engine)
    if psm != 11:
        # A photographed page's table cell of two lines joined into one line of scraps is read again alone.
        words = reread_stacked_cells(grey, scale, words, engine)
    folds = tuple(left / scale for left, _right in columns[1:])
    return OcrResult(words=tuple(words), width=image.width, height=image.height, scale=scale, folds=folds)
