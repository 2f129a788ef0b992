"""A second look at faint print a photographed page's reading left out.

Thermal receipts fade: the shop's header (its company and tax number) and footer (a service address, a
chat number) come out pale grey while the items stay black, and a phone photo of a small receipt gives
them only a few pixels.  Tesseract reads the page's dark text and drops the pale lines whole, or returns
a few garbled words for them.  What it dropped is still ink on the paper: lines holding text-shaped ink
that no read word covers are cut out, enlarged, level-stretched and read again one line at a time.  The
words found where nothing was read join the page's own.  A word Tesseract was unsure of counts as
unread too: a line of such scraps (small thermal print whose strokes across the paper faded) is read
again stretched locally, and its new reading replaces the scraps where it is clearly surer.  Only photographed pages take this look (a
screenshot's text is never faded, and a screenshot pays nothing for it).
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

# At most this many unread lines are read again per page (each is a small Tesseract call, ~10-40 ms).
MAX_LINES = 12
# ... of which at most this many lines of scraps (each page has a few; a faded receipt's header and footer).
MAX_SCRAP_LINES = 6
SCRAP_PAGE = 0.5  # ... and none on a page more than this share of whose words are scraps
# An unread line is enlarged so its capitals stand this tall (Tesseract reads ~20-30 px capitals best).
TARGET_HEIGHT = 24
# Words read again count when Tesseract is this sure of them; a first reading's word under it is a scrap.
MIN_CONFIDENCE = 50.0
# A line of scraps takes its new reading when the new one's letters are this much surer on average.
SURER = 15.0
# Marks a pale line's specks are read as at a word's ends ("'”“18.393…", "‘Member").
SPECKS = "'\"“”‘’`~|"
# A long run of digits counts from this confidence: Tesseract doubts a pale digit it reads rightly (a "7"
# without its foot read as "/"), and what the number is the detectors decide from its shape and label.
NUMBER_CONFIDENCE = 25.0
# Ink is what stands this many levels darker than the paper around it.  Faded thermal print stands
# 25-60 levels off a photographed receipt's paper; paper grain and JPEG noise stay under ~12.
INK_LEVELS = 16
# A shape of ink taller than this many letters is a logo, a picture or the page's edge, never a letter.
TALL_SHAPE = 3.0
SOLID_SHAPE = 0.4  # ... and inked over this share of its bounding box (a block of print is about a quarter)
SINGLE_LINE = 7  # Tesseract's page segmentation mode for one line of text
LOCAL_LETTERS = 3  # a line's contrast is stretched over stretches about this many letters wide


def unread_lines(page: Image.Image, words: Sequence[Word], limit: int = MAX_LINES) -> list[Box]:
    """Boxes of whole lines holding text-shaped ink that no read word covers, top to bottom."""
    return [box for box, _ in _unread_lines(page, words, limit)]


def _unread_lines(page: Image.Image, words: Sequence[Word], limit: int = MAX_LINES) -> list[tuple[Box, bool]]:
    """Boxes of whole lines holding text-shaped ink that no surely read word covers, top to bottom, each
    with whether it holds ink no word at all was read on (else only the first reading's scraps stand there).

    A line is read again whole, its read words too: a number's label ("WA Chat :") tells what the number is.
    Lines with ink nothing was read on come first, then lines of scraps, each kind largest first.
    """
    import cv2

    glyph = _median_height(words)
    if glyph is None:
        return []
    grey = np.asarray(page.convert("L"))
    height, width = grey.shape
    paper = _paper(grey, glyph)
    all_ink = ((paper.astype(np.int16) - grey.astype(np.int16)) > INK_LEVELS).astype(np.uint8)
    unread = all_ink.copy()
    scraps = []
    # A page read mostly as scraps lies turned (it is read again turned) or holds no print: its lines of
    # scraps are not read one by one.
    lettered = [w for w in words if sum(ch.isalnum() for ch in str(w.text)) >= 2]
    mostly_scraps = sum(_scrap(w) for w in lettered) > SCRAP_PAGE * len(lettered)
    for w in words:  # a word read surely; a line of scraps is read again (its reading replaces them if surer)
        if not str(w.text).strip():
            continue
        b = w.box.padded(max(2, w.box.height // 3)).clipped(width, height)
        if _scrap(w) and not mostly_scraps:
            scraps.append(b)
            continue
        unread[b.top:b.bottom, b.left:b.right] = 0
    blank = unread.copy()  # ... and no scrap either
    for b in scraps:
        blank[b.top:b.bottom, b.left:b.right] = 0
    # Letters of a word, and words of a line, joined into one shape.
    bridge = cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(glyph * 0.8)), 1))
    joined = cv2.morphologyEx(unread, cv2.MORPH_CLOSE, bridge)
    count, _, stats = components(joined)
    pieces = []
    for i in range(1, count):
        x, y, w, h, _area = (int(v) for v in stats[i])
        if not (0.6 * glyph <= h <= 1.8 * glyph and w >= 3 * h):
            continue  # not text of the page's size: a rule, a logo, a barcode's bars, a shadow
        inked = unread[y:y + h, x:x + w]
        fill = float(inked.mean())
        if not 0.08 <= fill <= 0.55:
            continue  # a filled bar or the page's dark edge, or a few specks
        if x <= 1 or y <= 1 or x + w >= width - 1 or y + h >= height - 1:
            continue  # the page's own edge and the table beyond it
        pieces.append((Box(x, y, w, h), 2 * int(blank[y:y + h, x:x + w].sum()) >= int(inked.sum())))
    pieces.sort(key=lambda p: (not p[1], -p[0].area))
    letters = _letter_sized(all_ink, glyph) if pieces else all_ink
    lines: list[tuple[Box, bool]] = []
    scrap_lines = 0
    for piece, unread_ink in pieces:
        if any(_same_line(piece, line) for line, _ in lines):
            continue
        if not unread_ink:
            if scrap_lines >= MAX_SCRAP_LINES:
                break
            scrap_lines += 1
        lines.append((_whole_line(letters, piece, glyph), unread_ink))
        if len(lines) >= limit:
            break
    return sorted(lines, key=lambda line: (line[0].top, line[0].left))


def _letter_sized(ink: np.ndarray, glyph: float) -> np.ndarray:
    """`ink` without its solid shapes taller than a few letters: a logo printed beside a header's lines is no
    part of them (read with them, its black takes the level stretch and leaves the pale letters grey)."""
    import cv2

    count, labels, stats = components(ink)
    heights, widths = stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_WIDTH]
    # Mostly ink, too: lines of print set close touch one another and make a tall shape of thin strokes.
    solid = stats[:, cv2.CC_STAT_AREA] > SOLID_SHAPE * heights * widths
    tall = np.flatnonzero((heights > TALL_SHAPE * glyph) & solid)
    tall = tall[tall > 0]
    if not tall.size:
        return ink
    return np.where(np.isin(labels, tall), 0, ink).astype(np.uint8)


def _same_line(piece: Box, line: Box) -> bool:
    overlap = min(piece.bottom, line.bottom) - max(piece.top, line.top)
    return overlap > 0.5 * min(piece.height, line.height) and piece.left < line.right and piece.right > line.left


def _whole_line(ink: np.ndarray, piece: Box, glyph: float) -> Box:
    """The piece widened along its rows to the ink it runs on with, up to a gap of three letters.

    `ink` holds no shape much taller than a letter (see `_letter_sized`)."""
    band = ink[piece.top:piece.bottom].any(axis=0)
    gap = int(3 * glyph)
    left, right = piece.left, piece.right
    while True:
        before = np.flatnonzero(band[max(0, left - gap):left])
        if not before.size:
            break
        left = max(0, left - gap) + int(before[0])
    while True:
        after = np.flatnonzero(band[right:right + gap])
        if not after.size:
            break
        right = right + int(after[-1]) + 1
    return Box(left, piece.top, right - left, piece.height)


def reread_faint(page: Image.Image, ocr: OcrResult, engine, limit: int = MAX_LINES) -> OcrResult:  # noqa: ANN001
    """`ocr` plus the words of the faint lines it left out, each line read again enlarged and stretched.

    A word read again counts where nothing was read: two readings of one place would stand side by side
    on the rebuilt line and break both.  A line the first reading left in scraps (small, broken thermal
    print read as "thai boservicedcire") takes its new reading instead of them when the new one is
    clearly surer (`_surer`); its surely read words that the new reading does not cover stay.
    """
    words = [w for w in ocr.words if str(w.text).strip()]
    dropped: set[int] = set()
    extra: list[Word] = []
    next_id = max((w.line_id for w in ocr.words), default=-1) + 1
    for box, unread_ink in _unread_lines(page, ocr.words, limit):
        line = [(raw.text.strip(SPECKS), raw.conf, mapped)
                for raw, mapped in _read_line(page, box, engine, local=not unread_ink)]
        # A line with a word surely read is text: its numbers count however unsure (a pale digit's
        # confidence is low; whether the number matters the detectors decide from its shape and label).
        text_line = any(_sure(text, conf) for text, conf, _ in line)
        kept = [(text, conf, mapped) for text, conf, mapped in line
                if _sure(text, conf) or (text_line and _numeric(text))]
        # (A word boxed taller than two lines is a logo's or a code's scrap, no word of this line.)
        first = [i for i, w in enumerate(words) if i not in dropped and _on_line(w.box, box)]
        if first and _surer(line, [words[i] for i in first]):
            dropped.update(first[k] for k in _giving_way([words[i] for i in first], kept))
        elif first and not unread_ink:
            continue  # a line of scraps and no more keeps them: new words among them would break its reading
        read = [w.box for i, w in enumerate(words) if i not in dropped and w.box.height <= 2 * box.height]
        for text, conf, mapped in kept:
            if any(mapped.overlap(b) > 0.2 * mapped.area for b in read):
                continue
            extra.append(Word(text=text, box=mapped, conf=conf, line_id=next_id))
        next_id += 1
    if not extra:
        return ocr
    gone = {id(words[i]) for i in dropped}
    return replace(ocr, words=tuple(w for w in ocr.words if id(w) not in gone) + tuple(extra))


def _giving_way(old: Sequence[Word], new: Sequence[tuple[str, float, Box]]) -> set[int]:
    """Which of a line's first words give way to its new reading, word by word: those a new word stands on,
    when the new words standing on them are surer and hold about as many letters ("08179000053" for
    "UBI 7900005 3") and no fewer digits.  A surely read word the new reading has less of stays (".co.id"
    read again as "ad"), and so does one whose digits the new reading took for letters: a prescription's
    signa "S3dd1ecth" read again as "S3ddicth" was no longer a dose (numbers are what the values are made of)."""
    gone: set[int] = set()
    for olds, news in _overlapping(old, [box for _, _, box in new]):
        old_letters, old_conf = _letters((old[k].text, old[k].conf) for k in olds)
        new_letters, new_conf = _letters((new[k][0], new[k][1]) for k in news)
        old_digits = sum(ch.isdigit() for k in olds for ch in str(old[k].text))
        new_digits = sum(ch.isdigit() for k in news for ch in new[k][0])
        if new_letters >= 0.8 * old_letters and new_conf > old_conf and new_digits >= old_digits:
            gone.update(olds)
    return gone


def _overlapping(old: Sequence[Word], new: Sequence[Box]) -> list[tuple[list[int], list[int]]]:
    """The groups of old words and new boxes that stand on one another (each group holds both)."""
    parent = list(range(len(old) + len(new)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, w in enumerate(old):
        for j, b in enumerate(new):
            if w.box.overlap(b) > 0.2 * max(1, min(w.box.area, b.area)):
                parent[root(i)] = root(len(old) + j)
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for k in range(len(old) + len(new)):
        olds, news = groups.setdefault(root(k), ([], []))
        (olds if k < len(old) else news).append(k if k < len(old) else k - len(old))
    return [(olds, news) for olds, news in groups.values() if olds and news]


def _scrap(word: Word) -> bool:
    """A word the first reading was unsure of: as good as unread (the level the pass itself trusts)."""
    return word.conf < MIN_CONFIDENCE


def _on_line(word: Box, line: Box) -> bool:
    middle = word.top + word.height / 2
    return word.height <= 2 * line.height and line.top <= middle <= line.bottom and word.left < line.right and word.right > line.left


def _surer(new: Sequence[tuple[str, float, Box]], old: Sequence[Word]) -> bool:
    """The line's new reading is clearly surer than its first: its letters' confidence is higher by
    `SURER` and it is sure by itself, and it holds at least half as many letters (not one word of a line)."""
    new_letters, new_conf = _letters(((text, conf) for text, conf, _ in new))
    old_letters, old_conf = _letters(((w.text, w.conf) for w in old))
    return (new_letters >= 0.5 * old_letters and new_conf >= MIN_CONFIDENCE
            and new_conf >= old_conf + SURER)


def _letters(words) -> tuple[int, float]:  # noqa: ANN001 - (text, confidence) pairs
    """How many letters and digits the words hold, and their mean confidence (each word weighs its letters)."""
    count = total = 0.0
    for text, conf in words:
        n = sum(ch.isalnum() for ch in text)
        count += n
        total += n * conf
    return int(count), (total / count if count else 0.0)


def _sure(text: str, conf: float) -> bool:
    if text in (":", "="):
        return True  # a field's colon: it tells a label from its value ("Member : …")
    if sum(ch.isdigit() for ch in text) >= 6:
        return conf >= NUMBER_CONFIDENCE
    return conf >= MIN_CONFIDENCE and sum(ch.isalnum() for ch in text) >= 2


def _numeric(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return digits >= 3 and digits >= 0.6 * sum(ch.isalnum() for ch in text)


def _paper(grey: np.ndarray, glyph: float) -> np.ndarray:
    """The paper's level around every pixel: a median wider than a letter, taken at half size."""
    import cv2

    height, width = grey.shape
    small = cv2.resize(grey, (max(1, width // 2), max(1, height // 2)), interpolation=cv2.INTER_AREA)
    k = min(int(max(7, 1.5 * glyph)) | 1, 31)
    blurred = cv2.medianBlur(small, k)
    return cv2.resize(blurred, (width, height), interpolation=cv2.INTER_LINEAR)


def _read_line(page: Image.Image, box: Box, engine, local: bool = False) -> list[tuple[RawWord, Box]]:  # noqa: ANN001
    """The line's words read again, boxed on the page.  `local`: a line of scraps (see below)."""
    pad = max(4, box.height // 2)
    area = box.padded(pad, pad).clipped(page.width, page.height)
    crop = page.convert("L").crop((area.left, area.top, area.right, area.bottom))
    arr = np.asarray(crop)
    # A dark bar down the whole line (the page's edge, a shadow, a rule) would take the stretch's black and
    # leave the pale letters grey: it is painted the paper's level first.
    bars = (arr < np.median(arr) - 2 * INK_LEVELS).mean(axis=0) > 0.8
    if bars.any():
        arr = arr.copy()
        arr[:, bars] = np.uint8(np.median(arr))
        crop = Image.fromarray(arr, "L")
    if local:
        # Print the first reading left in scraps is uneven along its line (a thermal head's strokes across the
        # paper fade, those along it stay): its contrast is stretched in stretches a few letters wide (CLAHE).
        import cv2

        arr = np.ascontiguousarray(np.asarray(crop))
        tiles = max(1, round(arr.shape[1] / (LOCAL_LETTERS * max(1, box.height))))
        crop = Image.fromarray(cv2.createCLAHE(clipLimit=2.0, tileGridSize=(tiles, 1)).apply(arr))
    scale = min(4.0, max(1.0, TARGET_HEIGHT / max(1, box.height)))
    if scale > 1.05:
        crop = crop.resize((round(crop.width * scale), round(crop.height * scale)), Image.Resampling.LANCZOS)
    # The faint strokes stretched to black and the paper to white (a level stretch, kept smooth: a
    # threshold breaks a pale letter's thin strokes apart).
    crop = ImageOps.autocontrast(crop, cutoff=1)
    out = []
    for raw in engine.words(crop, psm=SINGLE_LINE, page_options=False):
        # Within the line's own ink: a pale word's box takes in the crop's margin and would reach the next line.
        slack = 0.15 * box.height
        mapped = Box.from_edges(area.left + raw.left / scale, max(box.top - slack, area.top + raw.top / scale),
                                area.left + (raw.left + raw.width) / scale,
                                min(box.bottom + slack, area.top + (raw.top + raw.height) / scale))
        out.append((raw, mapped))
    return out


def _median_height(words: Sequence[Word]) -> float | None:
    heights = sorted(w.box.height for w in words if w.text.isalnum() and len(w.text) >= 3 and w.conf >= 60)
    return float(heights[len(heights) // 2]) if len(heights) >= 5 else None
