"""Rebuild reading structure from OCR word boxes.

Tesseract's own line grouping breaks on tables and UI chrome, so rows are
rebuilt from geometry: words whose vertical centres fall in one band form a
row; a wide horizontal gap (or a table rule read as '|') splits a row into
segments (cells, columns, chat bubbles).  Each segment keeps, per character, the
word it came from, so a match on any substring maps back to pixel boxes.
"""
from __future__ import annotations

import bisect
import difflib
import functools
from dataclasses import dataclass, field, replace
from statistics import median
from typing import Sequence

from ..findings import Box
from ..ocr import Word
from .text import normalise_digits

_NARROW = set("iljtfrI1!|.,:;'`()[]{}-/\\")
_WIDE = set("mwMW@%")
SEPARATOR_TOKENS = {"|", "||", "¦", "[", "]"}


def _char_weight(ch: str) -> float:
    if ch in _NARROW:
        return 0.55
    if ch in _WIDE:
        return 1.45
    if ch.isupper() or ch.isdigit():
        return 1.1
    return 1.0


@dataclass
class Segment:
    words: list[Word]
    row: int
    index: int  # position within the row
    text: str = ""
    after_rule: bool = False  # a rule read as "|" stands right before it ("SIPANDU | Kinerja Harian")
    _spans: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, word index)

    def __post_init__(self) -> None:
        parts, spans, pos = [], [], 0
        for i, word in enumerate(self.words):
            if parts:
                pos += 1
            parts.append(word.text)
            spans.append((pos, pos + len(word.text), i))
            pos += len(word.text)
        self.text = " ".join(parts)
        self._spans = spans

    @functools.cached_property
    def norm(self) -> str:
        """`text` with OCR look-alikes in numbers read as digits (same length); computed once."""
        return normalise_digits(self.text)

    @functools.cached_property
    def box(self) -> Box:
        return Box.union(w.box for w in self.words)

    @functools.cached_property
    def height(self) -> float:
        return median(w.box.height for w in self.words)

    def boxes_for(self, start: int, end: int) -> list[Box]:
        """Pixel boxes covering characters [start, end) of `text`, one per word touched."""
        boxes = []
        for w_start, w_end, i in self._spans:
            lo, hi = max(start, w_start), min(end, w_end)
            if lo >= hi:
                continue
            word = self.words[i]
            inside = [w for w in self.words[i + 1:] if word.box.left < w.box.left < word.box.right]
            if inside and _boxed_over(word, inside):
                # Tesseract boxed the word over the next ones' ink too ("DB_PASSWORD=Bromo!" over "2025"):
                # its characters end where the next word starts.
                word = replace(word, box=Box.from_edges(word.box.left, word.box.top, inside[0].box.left,
                                                        word.box.bottom))
            boxes.append(_sub_box(word, lo - w_start, hi - w_start))
        return _merge_on_line(boxes)

    def words_in(self, start: int, end: int) -> list[Word]:
        return [self.words[i] for s, e, i in self._spans if min(end, e) > max(start, s)]

    def start_of(self, word: Word) -> int | None:
        """Where this very OCR word (not an equal one) begins in `text`; None when it is not here."""
        for s, _, i in self._spans:
            if self.words[i] is word:
                return s
        return None

    def word_at(self, pos: int) -> tuple[int, int, Word] | None:
        """(start, end, word) of the OCR word holding character `pos` of `text`."""
        for s, e, i in self._spans:
            if s <= pos < e:
                return s, e, self.words[i]
        return None


def _boxed_over(word: Word, inside: list[Word]) -> bool:
    """`word`'s box runs on over the whole of the next words, words of their own that start well inside
    it and end with it.  (A later pass's reading of several words, "62 897 1444 876" over "62" "897" …,
    or of the word's own end, is no next word.)"""
    first = inside[0]
    return (word.box.left + 0.2 * word.box.width <= first.box.left
            and max(w.box.right for w in inside) >= word.box.right - 1
            and " " not in word.text.strip() and all(" " not in w.text.strip() for w in inside)
            and not any(reads_again(word, w) for w in inside))


def reads_again(word: Word, later: Word) -> bool:
    """`later` lies over the end of `word`'s ink and spells its end again: a second reading of the same
    characters (a later pass over the line), not a word of its own."""
    if not (word.box.left <= later.box.left and later.box.right <= word.box.right + 0.5 * word.box.height):
        return False
    tail = word.text[-len(later.text):]
    return difflib.SequenceMatcher(None, tail, later.text).ratio() >= 0.6


def _sub_box(word: Word, lo: int, hi: int) -> Box:
    text = word.text
    if lo <= 0 and hi >= len(text):
        return word.box
    weights = [_char_weight(ch) for ch in text]
    total = sum(weights) or 1.0
    x0 = word.box.left + word.box.width * sum(weights[:lo]) / total
    x1 = word.box.left + word.box.width * sum(weights[:hi]) / total
    # The font is not known: in a monospace one (a settings file, a terminal) every character is as wide
    # as the next, and a value glued to a label in capitals ("DB_PASSWORD=Bromo!2025") starts well left
    # of the proportional estimate.  Cover what either estimate holds.
    x0 = min(x0, word.box.left + word.box.width * lo / len(text))
    x1 = max(x1, word.box.left + word.box.width * hi / len(text))
    # Proportional split is an estimate: widen by a third of a character each side.
    slack = word.box.width / max(1, len(text)) / 3
    return Box.from_edges(max(word.box.left, x0 - slack), word.box.top,
                          min(word.box.right, x1 + slack), word.box.bottom)


def _merge_on_line(boxes: list[Box]) -> list[Box]:
    """Join boxes of consecutive words so the gap between them is covered too."""
    if len(boxes) <= 1:
        return boxes
    boxes = sorted(boxes, key=lambda b: b.left)
    merged = [boxes[0]]
    for b in boxes[1:]:
        last = merged[-1]
        gap = b.left - last.right
        if gap <= 2.5 * max(last.height, b.height):
            merged[-1] = Box.union([last, b])
        else:
            merged.append(b)
    return merged


@dataclass
class Row:
    index: int
    segments: list[Segment]

    @property
    def box(self) -> Box:
        return Box.union(s.box for s in self.segments)

    @property
    def text(self) -> str:
        return "  ".join(s.text for s in self.segments)


def build_rows(words: Sequence[Word], folds: Sequence[float] = ()) -> list[Row]:
    """Chain words left to right into lines; following neighbours keeps tilted photo lines whole.
    `folds`: x where the page was read as separate columns (two pages of a book); no line crosses one."""
    words = [w for w in words if w.text.strip()]
    if not words:
        return []

    def side(word: Word) -> int:
        return bisect.bisect(folds, word.box.left + word.box.width / 2)

    lines: list[list[Word]] = []
    # Each line's last word with letters or digits (None: none yet), kept as the line grows: looked for
    # again in every line for every word, it made a dense page's rows cost as much as the rest of detection.
    last_lettered: list[Word | None] = []
    # The lines by the height their last word spans, in bands of _ROW_BAND px: a word can only go on a line
    # whose last word overlaps it, and those share a band with it (not every line of a dense page is tried).
    by_band: dict[int, set[int]] = {}

    def bands(word: Word) -> range:
        return range(word.box.top // _ROW_BAND, word.box.bottom // _ROW_BAND + 1)

    for word in sorted(words, key=lambda w: (w.box.left, w.box.top)):
        best, best_score = None, 0.0
        lettered_word = _has_letters(word.text)
        # (A mark Tesseract is unsure of may be a speck between an item and the prices beside it.)
        mark = not lettered_word and word.conf >= SURE_MARK
        near = sorted({index for band in bands(word) for index in by_band.get(band, ())})
        for index in near:  # in the order the lines were begun: the first of two as good is taken
            line = lines[index]
            last = line[-1]
            if folds and side(last) != side(word):
                continue
            gap = word.box.left - last.box.right
            if gap < -0.5 * last.box.height and not _past_its_letters(word, last) or gap > 60 * last.box.height:
                continue
            overlap = min(word.box.bottom, last.box.bottom) - max(word.box.top, last.box.top)
            score = overlap / max(1, min(word.box.height, last.box.height))
            if score < 0.5:
                continue
            # Sizes are compared between words: a field's colon is boxed a third as high as the label before
            # it ("RT/RW", its slash reaching past the capitals), and the value after the colon goes on the line.
            lettered = last_lettered[index]
            size = lettered.box.height if lettered is not None else last.box.height
            ratio = 1.0 if mark else word.box.height / max(1, size)
            if 0.4 <= ratio <= 2.5 and score - gap / (100.0 * last.box.height) > best_score:
                best, best_score = index, score - gap / (100.0 * last.box.height)
        if best is None:
            best = len(lines)
            lines.append([word])
            last_lettered.append(word if lettered_word else None)
        else:
            for band in bands(lines[best][-1]):
                by_band[band].discard(best)
            lines[best].append(word)
            if lettered_word:
                last_lettered[best] = word
        for band in bands(word):
            by_band.setdefault(band, set()).add(best)
    lines.sort(key=lambda line: (median(w.box.top for w in line), line[0].box.left))
    rows: list[Row] = []
    for line in _merge_rows(lines, side if folds else None):
        segments = _split_segments(line, len(rows))
        if segments:  # a row of table rules alone carries no text
            rows.append(Row(index=len(rows), segments=segments))
    return rows


# The height of the bands `build_rows` files its lines under (pixels): a few to a line of text.
_ROW_BAND = 16


# A glyph is at least this wide, in its line's heights (an i or an l aside, which are few in a word).
NARROW_GLYPH = 0.5


def _past_its_letters(word: Word, last: Word) -> bool:
    """`word` starts inside `last`'s box but past where `last`'s letters can end: OCR drew `last`'s box on
    over the next word ("INTERNAL" boxed over "USE ONLY", "PASSWORD=Merapi" over "_2018!"), which goes on
    the line all the same.  Both read surely: scraps OCR made of a logo overlap every which way."""
    return word.conf >= SURE_MARK and last.conf >= SURE_MARK \
        and word.box.left - last.box.left >= NARROW_GLYPH * len(last.text.strip()) * last.box.height


# A colon or a dash read at least this surely is the field's own mark, whatever its size.
SURE_MARK = 50


def _has_letters(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _merge_rows(lines: list[list[Word]], side=None) -> list[list[Word]]:
    """Lines at the same height (table cells far apart, interleaved chains) form one row; with `side`
    (which column of a folded page a word is in), only lines of one column."""
    rows: list[list[Word]] = []
    for line in lines:
        top = median(w.box.top for w in line)
        h = median(w.box.height for w in line)
        for row in rows[-4:]:
            if side is not None and side(row[0]) != side(line[0]):
                continue
            r_top = median(w.box.top for w in row)
            r_h = median(w.box.height for w in row)
            if abs(top - r_top) < 0.4 * min(h, r_h) and 0.6 < h / max(1, r_h) < 1.6:
                row.extend(line)
                row.sort(key=lambda w: w.box.left)
                break
        else:
            rows.append(list(line))
    return rows


def _split_segments(band: list[Word], row: int) -> list[Segment]:
    h = median(w.box.height for w in band)
    groups: list[list[Word]] = [[]]
    ruled = {0: False}  # group -> after a rule
    previous: Word | None = None
    for word in band:
        if word.text in SEPARATOR_TOKENS:
            if groups[-1]:
                groups.append([])
            ruled[len(groups) - 1] = True
            previous = None
            continue
        if previous is not None and word.box.left - previous.box.right > 1.6 * h and groups[-1]:
            groups.append([])
            ruled[len(groups) - 1] = False
        groups[-1].append(word)
        previous = word
    segments = [(g, ruled[i]) for i, g in enumerate(groups) if g]
    return [Segment(words=g, row=row, index=i, after_rule=r) for i, (g, r) in enumerate(segments)]


# A mark read off a picture is read unsurely ...
MARK_CONFIDENCE = 85.0
# ... and boxed at least this much taller than the words beside it.
MARK_HEIGHT = 1.6
# A mark of other signs alone only this much taller: an avatar's whole circle read as one "@" or "&" stands
# three to four lines high.  Rules, slashes, brackets and stops are kept however tall: they are tall by their
# shape, or a table's rule between its cells.
PUNCTUATION_MARK_HEIGHT = 2.5
_STROKES = frozenset("|¦/\\()[]{}!:;.,'\"-_")


def without_picture_marks(words: Sequence[Word]) -> list[Word]:
    """The words less the marks OCR read off a picture beside the text: an avatar's circle or an icon read
    as a few letters ("co", "Ney,", "(sn)") before a name or an account, which would stand in a line as a
    word of its own.  Such a mark is short, has no digit, is read unsurely and is boxed far
    taller than the words of the lines it stands beside; a word of the text's own size stays, however unsure,
    and so does a stroke, tall by its shape (the slash of "Nama / Name") or a table's rule; another sign only
    when it stands several lines high (the whole circle read as "@")."""
    sure: dict[int, list[Word]] = {}  # the surely read words by the bands of rows they span (see `build_rows`)
    for w in words:
        if w.conf >= MARK_CONFIDENCE:
            for band in range(w.box.top // _ROW_BAND, w.box.bottom // _ROW_BAND + 1):
                sure.setdefault(band, []).append(w)
    out = []
    for word in words:
        text = word.text.strip()
        lettered = any(ch.isalpha() for ch in text)
        if text and word.conf < MARK_CONFIDENCE and len(text) <= 4 and not any(ch.isdigit() for ch in text):
            box = word.box
            near = {id(w): w for band in range(box.top // _ROW_BAND, box.bottom // _ROW_BAND + 1)
                    for w in sure.get(band, ())}.values()  # (those overlapping it share a band with it)
            beside = [w.box.height for w in near
                      if min(w.box.bottom, box.bottom) - max(w.box.top, box.top) > 0.3 * w.box.height
                      and abs(w.box.left - box.right) < 6 * box.height]
            tall = MARK_HEIGHT if lettered else PUNCTUATION_MARK_HEIGHT if not set(text) <= _STROKES else None
            if tall is not None and beside and box.height >= tall * max(beside) and not _goes_on_from_the_left(word, words):
                continue
        out.append(word)
    return out


# A word this close after the word before it, in that word's heights, is the next word of its text.
WORD_SPACE = 0.5


def _goes_on_from_the_left(mark: Word, words: Sequence[Word]) -> bool:
    """A word of the same line ends a word's space before `mark`: the mark goes on with the text, however
    tall OCR boxed it (a plate's last letters in a spreadsheet's cell, "R91" then "VZ" boxed down to the
    cell's rule); a picture stands before its text or apart from it."""
    box = mark.box
    for w in words:
        if w is mark or min(w.box.bottom, box.bottom) - max(w.box.top, box.top) <= 0.3 * w.box.height:
            continue
        if w.box.right <= box.left + 1 and box.left - w.box.right <= WORD_SPACE * w.box.height:
            return True
    return False


def with_lead_ins(boxes: Sequence[Box], words: Sequence[Word]) -> list[Box]:
    """Each box, widened left over a stroke OCR read as a rule ("|") just before it, and a little further.

    The first letters of a value set right after a cell's rule or against a tight margin are often read
    as one bar and dropped ("Jl. Diponegoro" read "| Diponegoro"): the bar's ink, and the letter beside
    it, belong to the value.  The widening never reaches another word."""
    bars = [w for w in words if w.text in SEPARATOR_TOKENS]
    if not bars:
        return list(boxes)
    out = []
    for box in boxes:
        left = box.left
        for bar in bars:
            overlap = min(bar.box.bottom, box.bottom) - max(bar.box.top, box.top)
            if (overlap >= 0.5 * min(bar.box.height, box.height) and bar.box.right <= box.left + 1
                    and box.left - bar.box.right <= 1.2 * box.height):
                left = min(left, bar.box.left - 0.6 * box.height)
        if left < box.left:
            before = [w.box.right for w in words if w.text not in SEPARATOR_TOKENS and w.box.right <= box.left
                      and min(w.box.bottom, box.bottom) - max(w.box.top, box.top) >= 0.5 * min(w.box.height, box.height)]
            left = max([left, *(r + 1 for r in before)])
            box = Box.from_edges(max(0, left), box.top, box.right, box.bottom)
        out.append(box)
    return out
