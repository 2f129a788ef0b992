"""Signatures and stamps.

Two complementary heuristics:

* `detect_signatures(image)`: pixels only.  A signature is a large, sparse,
  curvy connected ink stroke: much wider than a line of text, taller than a
  character, with little ink in its bounding box and little of that ink on long
  straight horizontal or vertical runs (which would be a table grid, a rule or
  an underline).  A stamp is a ring-like blob of coloured ink (blue, purple or
  red), round or rectangular, with sparse fill.
* `signature_regions(image, ocr_words)`: text layout.  On letters the
  signature sits between the signing line ("Kepala ...", "ttd", "Tanda
  tangan", "Hormat kami", ...) and the signer's name below it.
"""
from __future__ import annotations

import re
from typing import Iterable, Protocol, Sequence

import cv2
import numpy as np
from PIL import Image

from redactor.components import components
from redactor.detect.lexicon import words
from redactor.findings import Box, Finding

from ._util import analysis_copy, to_full

DETECTOR = "ink-heuristic"
LAYOUT_DETECTOR = "signature-layout"
MAX_SIDE = 1600


class OcrWord(Protocol):
    text: str
    box: Box
    conf: float
    line_id: object


def _text_height(ink: np.ndarray) -> float:
    n, _labels, stats = components(ink)
    hs = stats[1:, cv2.CC_STAT_HEIGHT]
    ws = stats[1:, cv2.CC_STAT_WIDTH]
    sel = hs[(hs >= 5) & (hs <= 80) & (ws <= 2.5 * hs)]
    return float(np.median(sel)) if len(sel) >= 5 else 14.0


def _straight_fraction(comp: np.ndarray, th: float) -> float:
    k = max(9, int(2.5 * th))
    horiz = cv2.morphologyEx(comp, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (k, 1)))
    vert = cv2.morphologyEx(comp, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, k)))
    total = max(1, int(np.count_nonzero(comp)))
    return float(np.count_nonzero(horiz | vert)) / total


def _ink_mask(grey: np.ndarray) -> np.ndarray:
    block = max(15, (min(grey.shape) // 40) | 1)
    return cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 18)


def _on_paper(patch: np.ndarray, ink: np.ndarray) -> bool:
    """Ink lies on plain, light paper: the non-ink pixels are bright, flat and clearly lighter than the ink.

    Rejects strokes found in natural photos (branches, cables, folds of a
    receipt on a table) whose surroundings are textured or dark.
    """
    grey = cv2.cvtColor(patch, cv2.COLOR_RGB2GRAY).astype(np.float32)
    paper = ~cv2.dilate(ink.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    if paper.sum() < 0.3 * paper.size or not ink.any():
        return False
    bg = grey[paper]
    fg = grey[ink]
    # Measured (docs/visual.md): drawn signatures on dev letters/cards, flat and photographed, have
    # paper median 180-253, 10-90 % spread <= 11 and ink contrast 48-63; strokes in natural photos
    # fail on spread (>= 20) or contrast (<= 41).
    return bool(np.median(bg) >= 130 and np.percentile(bg, 90) - np.percentile(bg, 10) <= 25
                and np.median(bg) - np.median(fg) >= 40)


def _signature_boxes(rgb: np.ndarray, ink: np.ndarray, th: float) -> list[tuple[int, int, int, int, float]]:
    """`ink`: `_ink_mask` of the page; `th`: its text height (both shared with `_stamp_boxes`)."""
    joined = cv2.dilate(ink, np.ones((3, 3), np.uint8))
    n, labels, stats = components(joined)
    out = []
    for i in range(1, n):
        x, y, w, h, area = stats[i]
        if w < 3.5 * th or h < 1.3 * th or h > 12 * th or w > 40 * th:
            continue
        if w < 1.5 * h:  # round logos, avatar rings and photo outlines are not signatures
            continue
        comp = (labels[y:y + h, x:x + w] == i).astype(np.uint8) & (ink[y:y + h, x:x + w] > 0)
        comp = comp.astype(np.uint8) * 255
        if _across_its_slope(comp) < 1.3 * th:
            continue  # a word on a tilted line: its upright box is tall only by the line's slope
        inked = int(np.count_nonzero(comp))
        fill = inked / float(w * h)
        if not (0.015 < fill < 0.25):
            continue
        if _straight_fraction(comp, th) > 0.35:
            continue
        # A signature has few holes-in-letters structure: count sub-components of
        # the undilated ink; text clumps split into many pieces, a stroke into few.
        pieces, _ = cv2.connectedComponents(comp, connectivity=8)
        if pieces - 1 > max(4, 0.4 * w / th):
            continue
        if not _on_paper(rgb[y:y + h, x:x + w], joined[y:y + h, x:x + w] > 0):
            continue
        out.append((int(x), int(y), int(x + w), int(y + h), 0.6))
    return out


def _across_its_slope(comp: np.ndarray) -> float:
    """The shape's height measured across its own slope: the short side of the smallest turned rectangle round
    its ink.  A printed word on a photographed, tilted line is as tall as its letters that way; a signature's
    loops and sweeps stay tall at any slant."""
    (_cx, _cy), (width, height), _angle = cv2.minAreaRect(cv2.findNonZero(comp))
    return float(min(width, height))


def _stamp_boxes(rgb: np.ndarray, th: float) -> list[tuple[int, int, int, int, float]]:
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    coloured = (sat > 70) & (val > 50) & (val < 235)
    blue_purple = coloured & (hue >= 95) & (hue <= 165)
    red = coloured & ((hue <= 8) | (hue >= 170))
    out = []
    for mask in (blue_purple, red):
        if not mask.any():
            continue
        m = mask.astype(np.uint8) * 255
        m = cv2.morphologyEx(m, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
        n, labels, stats = components(m)
        for i in range(1, n):
            x, y, w, h, area = stats[i]
            if min(w, h) < 3 * th or max(w, h) > 25 * th:
                continue
            if not (0.5 < w / float(h) < 2.0):
                continue
            fill = area / float(w * h)
            if fill > 0.45:  # a filled shape (button, banner, photo background), not an ink ring
                continue
            # Ink on paper: the rest of the box must be light, unsaturated and plain.
            rest = labels[y:y + h, x:x + w] != i
            if not rest.any() or np.median(sat[y:y + h, x:x + w][rest]) > 60:
                continue
            if not _on_paper(rgb[y:y + h, x:x + w], ~rest):
                continue
            out.append((int(x), int(y), int(x + w), int(y + h), 0.5))
    return _drop_contained(out)


def _drop_contained(boxes: list[tuple[int, int, int, int, float]]) -> list[tuple[int, int, int, int, float]]:
    """Remove boxes lying inside another (inner ring or text of a stamp)."""
    keep = []
    for i, a in enumerate(boxes):
        inside = any(j != i and b[0] <= a[0] and b[1] <= a[1] and b[2] >= a[2] and b[3] >= a[3]
                     and (b[2] - b[0]) * (b[3] - b[1]) > (a[2] - a[0]) * (a[3] - a[1])
                     for j, b in enumerate(boxes))
        if not inside:
            keep.append(a)
    return keep


def detect_signatures(image: Image.Image, *, max_side: int = MAX_SIDE) -> list[Finding]:
    rgb, factor = analysis_copy(image, max_side)
    ink = _ink_mask(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
    th = _text_height(ink)  # measured once for both kinds
    findings = []
    for x0, y0, x1, y1, score in _signature_boxes(rgb, ink, th):
        box = to_full((x0, y0, x1, y1), factor, image.size, pad=0.08)
        findings.append(Finding("signature", (box,), score, "signature", DETECTOR))
    for x0, y0, x1, y1, score in _stamp_boxes(rgb, th):
        box = to_full((x0, y0, x1, y1), factor, image.size, pad=0.05)
        findings.append(Finding("signature", (box,), score, "stamp", DETECTOR))
    return findings


# "a.n." (on behalf of) opens a signing line with its dots, or before the office it signs for ("an Kepala
# Dinas"); a bare "an" is a word, or two letters OCR read in a receipt's torn edge.
_SIGN_LINE = re.compile(
    r"^(ttd\.?|tanda\s*tangan|kepala\b|hormat\s+kami|a\.\s*n\b\.?|a\s?n\.|(?-i:[Aa][Nn]\s+[A-Z])|plt\.?|plh\.?|"
    r"sekretaris\b|direktur\b|camat\b|lurah\b|bupati\b|walikota\b|gubernur\b|menteri\b|ketua\b)",
    re.IGNORECASE,
)


def _lines(words: Sequence[OcrWord]) -> list[list[OcrWord]]:
    groups: dict[object, list[OcrWord]] = {}
    for w in words:
        groups.setdefault(w.line_id, []).append(w)
    lines = [sorted(g, key=lambda w: w.box.left) for g in groups.values()]
    lines.sort(key=lambda g: min(w.box.top for w in g))
    return lines


# Pieces of text side by side on one row from which the row is a table's: a letter's foot holds one
# signing line, or two side by side ("Mengetahui, Kepala …" | "Pejabat Pembuat Komitmen").
TABLE_ROW_CELLS = 3


def _in_a_table_row(line: Sequence[OcrWord], lines: Sequence[Sequence[OcrWord]]) -> bool:
    """The line shares its row with two or more other pieces of text (the cells beside it)."""
    own = Box.union(w.box for w in line)
    middle = own.top + own.height / 2
    beside = 0
    for other in lines:
        if other is line:
            continue
        box = Box.union(w.box for w in other)
        if box.top <= middle <= box.bottom and (box.right <= own.left or box.left >= own.right):
            beside += 1
    return beside + 1 >= TABLE_ROW_CELLS


def signature_regions(image: Image.Image, ocr_words: Iterable[OcrWord]) -> list[Finding]:
    """Regions where a signature and stamp sit on a letter, from the text layout."""
    words = [w for w in ocr_words if str(w.text).strip()]
    lines = _lines(words)
    W, H = image.size
    findings = []
    for idx, line in enumerate(lines):
        text = " ".join(str(w.text) for w in _past_specks(line)).strip()
        if not _SIGN_LINE.match(text) and not re.search(r"\b(ttd|tanda tangan)\b", text, re.IGNORECASE):
            continue
        lb = Box.union(w.box for w in line)
        lh = max(8, int(np.median([w.box.height for w in line])))
        if len(text) > 60:  # a sentence, not a signing line
            continue
        if _in_a_table_row(line, lines):
            continue  # a job title in a staff table's cell ("Kepala Subbagian Umum"), not a letter's foot
        if len(_cells(line, lh)) >= TABLE_ROW_CELLS:
            continue  # a table's header row read as one line ("No  Nama  NIP  No. HP  TTD"), its cells far apart
        # The next line below that starts near the same column is the signer's name.
        below = [ln for ln in lines[idx + 1:]
                 if min(w.box.top for w in ln) > lb.bottom
                 and Box.union(w.box for w in ln).left < lb.right + 4 * lh
                 and Box.union(w.box for w in ln).right > lb.left - 4 * lh]
        limit = lb.bottom + 8 * lh
        bottom = min([min(w.box.top for w in ln) for ln in below] + [limit])
        if bottom - lb.bottom < 1.5 * lh:  # name directly below: no room for a signature
            continue
        if _on_behalf_of_a_person(line):
            continue  # "a.n. Budi Santoso" under an account number: whose account it is, not a letter's foot
        width = max(lb.width, 12 * lh)
        left = max(0, lb.left - 2 * lh)
        # (a little below the position's line: on a photo its descenders and blur reach past its word boxes)
        box = Box.from_edges(left, lb.bottom + 0.3 * lh, min(W, left + width + 4 * lh), min(H, bottom - 1))
        if box.width > 0 and box.height > 0 and _holds_ink(image, box, lh):
            findings.append(Finding("signature", (box,), 0.5, "signature area", LAYOUT_DETECTOR))
    return findings


# A speck of dust or toner before a line is read as a mark or two of no letter ("‘", ".,"), and unsurely.
SPECK_MARKS = 2
SPECK_CONFIDENCE = 60


def _past_specks(line: Sequence[OcrWord]) -> Sequence[OcrWord]:
    """The line without the specks' scraps OCR read before its first word ("‘ Kepala Desa …" on a photocopy)."""
    start = 0
    while (start < len(line) - 1 and len(str(line[start].text).strip()) <= SPECK_MARKS
           and not any(ch.isalnum() for ch in str(line[start].text)) and line[start].conf < SPECK_CONFIDENCE):
        start += 1
    return line[start:]


# "a.n." signs for an office ("a.n. Kepala Dinas", "an. Bupati Sleman", "a.n. Plt. Sekretaris Daerah"); in
# a transfer note or a form it names whose account or request it is ("a.n. Budi Santoso").
_ON_BEHALF = re.compile(r"(?i)^(?:a\.\s*n\b\.?|a\s?n\.|an(?=\s))\s*")
_OFFICES = frozenset(w.lower().strip(".") for key in ("signer_lines", "not_a_person")
                     for w in words("names", key)) | frozenset(words("labels", "office_before_place"))


def _on_behalf_of_a_person(line: Sequence[OcrWord]) -> bool:
    """An "a.n." line whose next word is no office or position: a person's name, not a signing line."""
    text = " ".join(str(w.text) for w in line).strip()
    m = _ON_BEHALF.match(text)
    if not m:
        return False
    rest = re.findall(r"[^\W\d_]+", text[m.end():])
    return bool(rest) and rest[0].lower() not in _OFFICES


# A signature area holds some ink: strokes darker than the paper around them, beyond the position line's
# descenders.  A blank space under a signing line ("a.n." read in a sentence, a form's empty foot) is left.
INK_CONTRAST = 40  # grey levels below the local paper: pen and stamp ink, not a photo's grain or JPEG noise
INK_SHARE = 0.002  # of the area's pixels (a short paraph in a wide area is still well above it)


def _holds_ink(image: Image.Image, box: Box, lh: int) -> bool:
    top = min(box.bottom - 1, box.top + 0.4 * lh)  # past the descenders of the line above
    ink = _darker_than_paper(image, (box.left, top, box.right, box.bottom), lh)
    return ink.size > 0 and int(np.count_nonzero(ink)) >= max(12, INK_SHARE * ink.size)


def _darker_than_paper(image: Image.Image, edges: tuple[float, float, float, float], lh: float) -> np.ndarray:
    """Where the crop of `image` at `edges` (left, top, right, bottom) is INK_CONTRAST darker than its paper
    around (a blur two line heights wide): ink, in a shadow or a photo's uneven light alike."""
    crop = image.crop(tuple(int(v) for v in edges)).convert("L")
    grey = np.asarray(crop, dtype=np.float32)
    if grey.size == 0:
        return np.zeros(grey.shape, bool)
    k = max(3, int(2 * lh) | 1)
    paper = cv2.blur(grey, (k, k), borderType=cv2.BORDER_REPLICATE)
    return (paper - grey) >= INK_CONTRAST


# ----------------------------------------------------------------------------------------- signature columns
# A table's header cell over its signatures ("Tanda Tangan", "TTD", "Paraf"): on an attendance list every
# row is signed in that column, the strokes crossing its grid and its row numbers, where the pixel detector
# sees no stroke apart from the grid.  The whole column under the header is covered, row by row down to the
# table's last row.
_SIGNATURE_HEADER = re.compile(r"(?i)(?:" + "|".join(words("labels", "signature_columns")) + ")")
CELL_GAP = 1.5  # line heights between two cells of a row; the words of one cell stand closer
HEADER_CELLS = 3  # cells in the header's row, its own among them: a table's, not a letter's "ttd" line
ROW_CELLS = 2  # cells that make a line a table's row (a wrapped cell's second line may hold two)
FIRST_ROW_GAP = 6.0  # line heights from the header to the first row at most
ROW_GAPS = 2.0  # times the table's row pitch: a wider gap ends the table


def _bands(words: Sequence[OcrWord], lh: float) -> list[list[OcrWord]]:
    """The words in rows across the page by their height (OCR's own lines split a table's row into its cells)."""
    bands: list[list[OcrWord]] = []
    for w in sorted(words, key=lambda w: w.box.top + w.box.height / 2):
        middle = w.box.top + w.box.height / 2
        if bands:
            last = bands[-1]
            centre = float(np.median([v.box.top + v.box.height / 2 for v in last]))
            if abs(middle - centre) <= 0.5 * lh:
                last.append(w)
                continue
        bands.append([w])
    return [sorted(b, key=lambda w: w.box.left) for b in bands]


def _cells(band: Sequence[OcrWord], lh: float) -> list[list[OcrWord]]:
    """A row's words in cells: runs of words no further apart than a cell's gap."""
    cells: list[list[OcrWord]] = []
    for w in band:
        if cells and w.box.left - cells[-1][-1].box.right <= CELL_GAP * lh:
            cells[-1].append(w)
        else:
            cells.append([w])
    return cells


def signature_columns(image: Image.Image, ocr_words: Iterable[OcrWord]) -> list[Finding]:
    """The signature column of a table (an attendance list's "Tanda Tangan"), from its header to its last row."""
    words_ = [w for w in ocr_words if str(w.text).strip()]
    if len(words_) < 2 * HEADER_CELLS:
        return []
    lh = float(np.median([w.box.height for w in words_]))
    bands = _bands(words_, lh)
    W, H = image.size
    findings = []
    for i, band in enumerate(bands):
        cells = _cells(band, lh)
        if len(cells) < HEADER_CELLS:
            continue
        for c, cell in enumerate(cells):
            text = " ".join(str(w.text) for w in cell).strip(" :.|")
            if not _SIGNATURE_HEADER.fullmatch(text):
                continue
            box = _column_below(image, bands[i + 1:], cells, c, lh)
            if box is not None and c + 1 == len(cells):
                box = _with_its_overflow(image, box, lh)
            if box is not None and box.width > 0 and box.height > 0 and _holds_ink(image, box, int(lh)):
                ink = _column_ink(image, box, lh)
                holes = [_hole(w.box, lh) for w in words_ if _row_number(w, box, lh)]
                holes += [_hole(mark, lh) for mark in _printed_marks(ink, box, lh)]
                holes = [hole for hole in holes if _shows_print_only(ink, box, hole, lh)]
                findings.append(Finding("signature", tuple(_without(box, holes)), 0.5, COLUMN, LAYOUT_DETECTOR))
    return findings


COLUMN = "signature column"  # the preview of a column's cover (see `within_columns`)
# A list's row number printed in the signature column's cell ("1.", "12", "3)"), beside or over its signature.
_ROW_NUMBER = re.compile(r"\d{1,3}[.,)]?")
NUMBER_CONFIDENCE = 60  # read this surely: print, not a stroke's scrap read as a digit
NUMBER_HEIGHT = (0.6, 1.5)  # line heights: the page's print (a stroke read as a digit stands taller)
HOLE_PAD = 0.4  # line heights of paper left open around a number: its glyphs' fringes, a photo's tilt


def _row_number(word: OcrWord, column: Box, lh: float) -> bool:
    """A row's number printed inside the column: digits read surely, as tall as the page's print."""
    box = word.box
    return (bool(_ROW_NUMBER.fullmatch(str(word.text).strip())) and word.conf >= NUMBER_CONFIDENCE
            and NUMBER_HEIGHT[0] * lh <= box.height <= NUMBER_HEIGHT[1] * lh
            and box.left >= column.left and box.right <= column.right
            and box.top >= column.top and box.bottom <= column.bottom)


def _hole(box: Box, lh: float) -> Box:
    pad = max(2, round(HOLE_PAD * lh))
    return box.padded(pad, pad)


MARK_HEIGHT = (0.45, 1.25)  # line heights: a printed number or word, shorter than a signature's 1.3 at least
MARK_WIDTH = 2.0  # line heights at most: "12.", "100." (a word written by hand, a name, runs wider)


# Line heights a straight run of ink goes on at least to be a rule of the table (a row's rule runs across the
# column, a column's down the table); a signature's straight strokes are shorter, and stay strokes.
RULE_RUN = 5.0


def _column_ink(image: Image.Image, column: Box, lh: float) -> np.ndarray:
    """The column's ink, darker than the paper around it, less its cell's rules (long straight runs)."""
    darker = _darker_than_paper(image, (column.left, column.top, column.right, column.bottom), lh)
    if darker.size == 0:
        return np.zeros((column.height, column.width), np.uint8)
    ink = (darker * 255).astype(np.uint8)
    run = max(3, int(RULE_RUN * lh))
    rules = (cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (run, 1)))
             | cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, run))))
    ink[cv2.dilate(rules, np.ones((5, 5), np.uint8)) > 0] = 0
    return ink


def _printed_marks(ink: np.ndarray, column: Box, lh: float) -> list[Box]:
    """Ink in the column standing apart, as small as print (a row's number OCR did not read: small print
    alone in a cell): its glyphs joined by a gap of less than a third of a line.  A signature stands taller
    (see `detect_signatures`: 1.3 text heights at least).  `ink`: the column's, less its rules."""
    joined = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(lh / 3) | 1), 3)))
    _n, _labels, stats = components(joined)
    marks = []
    for x, y, w, h, _area in stats[1:]:
        if MARK_HEIGHT[0] * lh <= h <= MARK_HEIGHT[1] * lh and w <= MARK_WIDTH * lh:
            marks.append(Box(column.left + int(x), column.top + int(y), int(w), int(h)))
    return _lined_up(marks, lh)


# Marks at least this many, their left edges within half a line of each other, one under the other: a list's
# numbers, printed at the same place of their cells (alternating rows each a file of their own).  A small
# initial written by hand stands where its writer put it, and stays under the column's cover.
LINED_UP = 2


def _lined_up(marks: list[Box], lh: float) -> list[Box]:
    """The marks that stand in a file of LINED_UP or more, one under the other at the same left edge (a
    list's row numbers; alternating halves each their own file)."""
    return [m for m in marks if sum(1 for o in marks if abs(o.left - m.left) <= 0.5 * lh
                                    and (o is m or abs(o.top - m.top) >= lh)) >= LINED_UP]


def _shows_print_only(ink: np.ndarray, column: Box, hole: Box, lh: float) -> bool:
    """The paper around the number holds no ink but the cell's rules: no stroke of a signature runs into it
    (then the number stays under the column's cover, stroke and all).  `ink`: the column's, less its rules."""
    pad = max(2, round(HOLE_PAD * lh))
    x0, y0 = hole.left - column.left, hole.top - column.top
    if x0 < 0 or y0 < 0 or hole.right > column.right or hole.bottom > column.bottom:
        return False  # (at the column's edge: what lies past it is not known)
    ring = ink[y0:y0 + hole.height, x0:x0 + hole.width] > 0
    # The number's own glyphs, with a pixel or two of a photo's blur round them.
    near = max(1, pad // 3)
    ring[max(0, pad - near):hole.height - pad + near, max(0, pad - near):hole.width - pad + near] = False
    return int(np.count_nonzero(ring)) <= STRAY_INK


STRAY_INK = 4  # pixels of ink around a number that are toner specks or noise, not a stroke


def _without(box: Box, holes: Sequence[Box]) -> list[Box]:
    """`box` less the holes in it, as upright boxes: bands between the holes' top and bottom edges, each cut
    where a hole stands across it (bands cut alike one under the other joined again)."""
    holes = [Box.from_edges(max(h.left, box.left), max(h.top, box.top), min(h.right, box.right),
                            min(h.bottom, box.bottom)) for h in holes]
    holes = [h for h in holes if h.area]
    if not holes:
        return [box]
    edges = sorted({box.top, box.bottom} | {h.top for h in holes} | {h.bottom for h in holes})
    pieces: list[Box] = []
    open_: dict[tuple[int, int], Box] = {}  # pieces still growing downward, by their left and right
    for top, bottom in zip(edges, edges[1:]):
        across = sorted((h.left, h.right) for h in holes if h.top < bottom and h.bottom > top)
        spans, x = [], box.left
        for left, right in across:
            if left > x:
                spans.append((x, left))
            x = max(x, right)
        if x < box.right:
            spans.append((x, box.right))
        grown = {}
        for span in spans:
            above = open_.pop(span, None)
            grown[span] = (Box.from_edges(span[0], above.top, span[1], bottom) if above is not None
                           else Box.from_edges(span[0], top, span[1], bottom))
        pieces += open_.values()
        open_ = grown
    return pieces + list(open_.values())


def _column_below(image: Image.Image, below: Sequence[Sequence[OcrWord]], cells: Sequence[Sequence[OcrWord]],
                  c: int, lh: float) -> Box | None:
    """The column of header cell `c` from under the header to the table's last row.  Its left side is where
    the column before it ends: past that column's values, or halfway between the two headers if they reach
    further; its right side halfway to the next header, or, for the last column, as far from the header's
    middle as its left side is.  Its foot is under the last row."""
    head = Box.union(w.box for w in cells[c])
    before = Box.union(w.box for w in cells[c - 1]) if c > 0 else None
    after = Box.union(w.box for w in cells[c + 1]) if c + 1 < len(cells) else None
    table_left = Box.union(w.box for w in cells[0]).left - lh
    table_right = Box.union(w.box for w in cells[-1]).right + 4 * lh
    last = head.bottom
    pitches: list[float] = []
    ends: list[float] = []  # the right ends of the values of the column before
    rows = printed = 0  # the table's rows, and those with a word printed and read surely in the column
    foot = None
    for band in below:
        inside = [w for w in band if w.box.right > table_left and w.box.left < table_right]
        if not inside:
            continue
        top = min(w.box.top for w in inside)
        limit = ROW_GAPS * float(np.median(pitches)) if pitches else FIRST_ROW_GAP * lh
        if top - last > max(limit, 2 * lh):
            break
        if len(_cells(inside, lh)) >= ROW_CELLS:
            bottom = max(w.box.bottom for w in inside)
            if last > head.bottom:
                pitches.append(bottom - last)
            last, foot = bottom, None
            rows += 1
            printed += any(_printed_word(w) for w in inside if (before is None or w.box.left > before.right)
                           and (after is None or w.box.right < after.left))
            if before is not None:
                ends += [w.box.right for w in inside if w.box.left < before.right and w.box.right > before.left]
        elif foot is None and any(head.left - 2 * lh < w.box.right and w.box.left < head.right + 2 * lh
                                  for w in inside):
            foot = top  # a line under the column that is no row: the table may end above it
    if last <= head.bottom or printed >= PRINTED_ROWS * rows:
        return None  # (a passbook's "Paraf" column holds the teller's printed code in every row: no one signed)
    centre = head.left + head.width / 2
    left = (before.right + head.left) / 2 if before is not None else None
    if left is not None and ends:
        left = min(left, max(ends) + 0.3 * lh)
    right = (head.right + after.left) / 2 if after is not None else None
    if left is None:
        left = centre - (right - centre)
    if right is None:
        right = centre + (centre - left)
    bottom = last + 0.6 * (float(np.median(pitches)) if pitches else 2 * lh)
    if foot is not None and foot > last:
        bottom = min(bottom, foot - 0.3 * lh)
    return Box.from_edges(max(0, left), head.bottom + 0.4 * lh, min(image.size[0], right), min(image.size[1], bottom))


# A word of two letters or digits or more, a letter among them, read this surely is printed (a teller's code,
# "ADM", "T66"); a signature's strokes are read as scraps ("wh", "“IM", "AN") with less confidence, a row's
# number as digits.
PRINTED_CONFIDENCE = 60  # a photographed passbook's teller codes read at 70-79 % ("ADM", "SYS", "T91"); scrawls below
PRINTED_ROWS = 0.5  # share of the rows with a printed word in the column that makes it a column of print


def _printed_word(word: OcrWord) -> bool:
    """A word printed in the cell: letters and digits read surely, with a letter or three digits at least (a
    teller's code "T64" read "164"; a list's row number, "10.", is no print of a column's own)."""
    letters = str(word.text).strip(" .,:;|'\"“”‘’")
    return (len(letters) >= 2 and letters.isalnum() and (any(ch.isalpha() for ch in letters) or len(letters) >= 3)
            and word.conf >= PRINTED_CONFIDENCE)


OVERFLOW = 4.0  # line heights a signature may run on past the last column's guessed edge, at most


def _with_its_overflow(image: Image.Image, box: Box, lh: float) -> Box:
    """The last column widened to the right as far as ink runs on without a gap of half a line's height: its
    edge is only guessed (as wide again as its header stands from the column before), and a signature in it
    runs on past it, over the table's edge."""
    right = min(image.size[0], int(box.right + OVERFLOW * lh))
    if right <= box.right:
        return box
    inked = _darker_than_paper(image, (box.right, box.top, right, box.bottom), lh).any(axis=0)
    last, gap = -1, 0
    for x, has in enumerate(inked):
        if has:
            last, gap = x, 0
        else:
            gap += 1
            if gap >= 0.5 * lh:
                break
    return Box.from_edges(box.left, box.top, box.right + last + 3, box.bottom) if last >= 0 else box


def within_columns(findings: Sequence[Finding]) -> list[Finding]:
    """The findings less the strokes the pixel detector found inside a signature column: the column's cover
    takes them in, and theirs, padded, would take in the row numbers it leaves out."""
    outlines = [cv2.convexHull(np.float32(_corners(f))) for f in findings
                if f.detector == LAYOUT_DETECTOR and f.preview == COLUMN]
    if not outlines:
        return list(findings)
    return [f for f in findings
            if not (f.detector == DETECTOR and f.preview == "signature"
                    and any(all(cv2.pointPolygonTest(o, (float(x), float(y)), False) >= 0 for x, y in _corners(f))
                            for o in outlines))]


def _corners(finding: Finding) -> list[tuple[float, float]]:
    points = [(x, y) for b in finding.boxes for x, y in ((b.left, b.top), (b.right, b.top), (b.right, b.bottom),
                                                          (b.left, b.bottom))]
    return points + [(float(x), float(y)) for p in finding.polygons for x, y in p]
