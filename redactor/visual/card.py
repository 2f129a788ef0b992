"""Identity-card layouts (KTP-like cards, driving licences, staff cards).

When at least three field labels of an identity card are read, every personal
field value is covered, not only the values the text patterns recognise:
for each label, the band right of it up to the photo or the card edge,
stopping before a far-away word that belongs to another part of the layout
(issue place and date under the photo).  The holder's photo is found as a
portrait-shaped rectangle with few words in it.

Works on an upright card: for photos, run `rectify_document` first and map the
findings back with `Rectified.map_finding`.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from statistics import median
from typing import Iterable, Protocol, Sequence

import cv2
import numpy as np
from PIL import Image

from redactor.detect.lexicon import tables, words
from redactor.findings import Box, Finding

from ._util import analysis_copy, mask_payload

DETECTOR = "card-layout"
# How far past the last value word a field band reaches (in line heights), so
# a word OCR missed at the end of a value is still covered.
EXTEND = 3.0


class OcrWord(Protocol):
    text: str
    box: Box
    conf: float
    line_id: object


@dataclass(frozen=True)
class _Label:
    key: str            # first word of the label, lower case, as printed
    follow: tuple[str, ...]  # words that may continue the label
    field: str
    category: str


# Field labels, read from the word lists (patterns/lexicon.toml, [identity_card]).
_LABELS = tuple(_Label(f["key"], tuple(f["follow"]), f["name"], f["category"]) for f in tables("identity_card", "field"))
# Labels that only count as labels when followed by a specific word.
_NEEDS_FOLLOW = frozenset(words("identity_card", "field_needs_follow"))
# Labels printed in the middle of another field's line (KTP: "Jenis Kelamin: X   Gol. Darah: B").
_MID_LINE = frozenset(words("identity_card", "field_mid_line"))
# Fields whose values say nothing about the holder (citizenship, nationality): left readable.
_KEPT = frozenset(words("identity_card", "field_kept"))
# A card's validity ("SEUMUR HIDUP", or a date alone): no field of the holder's, whose label was not read.
_VALIDITY = frozenset(words("identity_card", "card_validity"))
# A citizenship ("WNI"): its field is kept, and so is the value where its label was not read.
_CITIZENSHIP = frozenset(words("identity_card", "citizenship_values"))
_LONE_DATE = re.compile(r"^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")
# Labels whose values are personal data on any identity card.
_CARD_HINTS = words("identity_card", "field_hints")


def _norm(text: str) -> str:
    t = re.sub(r"[:;,]+$", "", str(text).strip().lower())
    if re.fullmatch(r"r[t7]\W?[/|il1]?\W?r?w", t):  # RT/RW as OCR reads it: RTIRW, RT|RW, RTRW
        return "rt/rw"
    if re.fullmatch(r"kel\W?[/|il1]?\W?desa", t):
        return "kel/desa"
    return t


def _match(token: str, key: str) -> bool:
    if token == key or token.rstrip(".") == key.rstrip("."):
        return True
    if len(key) >= 6 and token.replace("rn", "m") == key.replace("rn", "m"):
        return True  # OCR reads "rn" as "m" on a photo: "Sumame" is "Surname"
    if len(key) >= 6 and len(token) >= 5:
        return difflib.SequenceMatcher(None, token, key).ratio() >= 0.8
    return False


def _follows(token: str, follow: tuple[str, ...]) -> bool:
    """`token` is one of the words that continue a label, read right or a letter off ("Lahi" for "Lahir"):
    left as the value, the misread word took the label's place and the value beyond it was not covered."""
    return token in follow or (len(token) >= 3 and any(
        len(word) >= 4 and difflib.SequenceMatcher(None, token, word).ratio() >= 0.8 for word in follow))


@dataclass
class _Row:
    label: _Label
    words: list          # label words
    box: Box             # label box
    lh: float            # typical word height on the line
    centre: float        # typical vertical centre of the line


def _rows(words: Sequence[OcrWord]) -> list[_Row]:
    by_line: dict[object, list[OcrWord]] = {}
    for w in words:
        by_line.setdefault(w.line_id, []).append(w)
    rows: list[_Row] = []
    for line in by_line.values():
        line.sort(key=lambda w: w.box.left)
        i = 0
        while i < len(line):
            tok = _norm(line[i].text)
            found = None
            for lab in _LABELS:
                if _match(tok, lab.key):
                    found = lab
                    break
            if found is None:
                i += 1
                continue
            j = i + 1
            while j < len(line) and _follows(_norm(line[j].text), found.follow):
                j += 1
            if found.key in _NEEDS_FOLLOW and j == i + 1:
                i += 1
                continue
            # A label starts its row: nothing but other label words to its left in this line.
            if i > 0 and found.key not in _MID_LINE and any(line[k].box.right > line[i].box.left - 3 * line[i].box.height
                             and _norm(line[k].text) not in (":",) for k in range(i)):
                i = j
                continue
            lw = line[i:j]
            hs = sorted(w.box.height for w in line if len(str(w.text).strip()) > 1) or [line[i].box.height]
            lh = float(np.median(hs))
            # Words much taller than the line (background patterns merged in) do not set its centre.
            regular = [w for w in line if w.box.height <= 1.4 * lh] or line
            centre = float(np.median([(w.box.top + w.box.bottom) / 2 for w in regular]))
            rows.append(_Row(found, lw, Box.union(w.box for w in lw), lh, centre))
            i = j
    # One row per label position (OCR may produce the same label twice).
    rows.sort(key=lambda r: (r.box.top, r.box.left))
    return [r for r in rows if not _in_a_table_header(r, rows)]


def _in_a_table_header(row: _Row, rows: list[_Row]) -> bool:
    """Three or more labels side by side on one line are a table's header ("No  Nama Lengkap  NIK  Jenis
    Kelamin …" over a family card's members), not fields: a card prints at most two labels on a line
    ("Jenis Kelamin: X   Gol. Darah: B"), and the values stand under a header, not beside it."""
    lh = max(6.0, row.lh)
    beside = {other.label.key for other in rows
              if other is not row and abs(other.centre - row.centre) <= 0.6 * lh}
    return len(beside - {row.label.key}) >= 2


def _card_keys(rows: list[_Row]) -> set[str]:
    """Card labels that form a label column: stacked on different lines, left edges aligned.

    A table header ("No  Nama  NIK  Alamat") has the same words side by side on
    one line and is not a card.
    """
    hinted = [r for r in rows if r.label.key in _CARD_HINTS]
    best: set[str] = set()
    for anchor in hinted:
        tol = 2.5 * max(6.0, anchor.lh)
        column = [r for r in hinted if abs(r.box.left - anchor.box.left) <= tol]
        lines = {round(r.centre / max(6.0, r.lh)) for r in column}
        keys = {r.label.key for r in column}
        if len(lines) >= 3 and len(keys) > len(best):
            best = keys
    return best


def _in_a_label_column(row: _Row, rows: list[_Row]) -> bool:
    """Another label starts at this one's left edge, on another line: a card stacks its labels in a column.  A
    label word alone at its own edge is a menu's or a step bar's item ("Data Pribadi  Data Keluarga  Jabatan
    Harta" over a profile form): the items after it are no value of it, nor is the gap under it a row unread."""
    tol = 2.5 * max(6.0, row.lh)
    return any(other is not row and abs(other.box.left - row.box.left) <= tol
               and abs(other.centre - row.centre) > 0.6 * max(6.0, row.lh) for other in rows)


def is_identity_card(ocr_words: Iterable[OcrWord]) -> bool:
    rows = _rows([w for w in ocr_words if str(w.text).strip()])
    return len(_card_keys(rows)) >= 3


# A portrait is at least this many printed lines tall and wide (a KTP's is about 13 by 10 of its lines);
# measured on the words when this many of them were read surely.
PORTRAIT_LINES = 7
PORTRAIT_WORDS = 12


def find_photo(image: Image.Image, words: Sequence[OcrWord] = ()) -> Box | None:
    """The holder's photo: a portrait rectangle with (almost) no text in it."""
    rgb, factor = analysis_copy(image, 1000)
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    h, w = grey.shape
    # A card photographed alone fills the picture and its portrait a share of it; a card photocopied on a
    # page is a small part of it, and its portrait is as large as the card's print says: so many lines of it.
    printed = sorted(wd.box.height for wd in words if _printed(wd))
    least = 0.025 * w * h
    if len(printed) >= PORTRAIT_WORDS:
        least = min(least, PORTRAIT_LINES ** 2 * (printed[len(printed) // 2] / factor) ** 2)
    edges = cv2.Canny(cv2.GaussianBlur(grey, (3, 3), 0), 40, 120)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    best, best_area = None, 0.0
    for c in contours:
        x, y, bw, bh = cv2.boundingRect(c)
        area = bw * bh
        if not (least <= area <= 0.3 * w * h):
            continue
        if not (1.05 <= bh / float(bw) <= 1.75):
            continue
        if cv2.contourArea(cv2.convexHull(c)) < 0.8 * area:
            continue
        full = Box.from_edges(x * factor, y * factor, (x + bw) * factor, (y + bh) * factor)
        inside = sum(1 for wd in words if full.intersects(wd.box) and wd.box.area > 0
                     and _overlap(wd.box, full) > 0.6 and _printed(wd))
        if inside > 2:
            continue
        if area > best_area:
            best, best_area = full, area
    return best


# A word of print is read with this confidence at least.  What OCR makes of a portrait's hair, collar and
# shadows ("eer", "Hi 2 33 k , aS ay", '"AN') scores 17-67, and more of it is read the larger the photo is.
PRINTED_CONFIDENCE = 70.0


def _printed(word: OcrWord) -> bool:
    """A printed word (three letters or digits or more, confidently read), not a reading of a picture's texture."""
    return word.conf >= PRINTED_CONFIDENCE and sum(ch.isalnum() for ch in str(word.text)) >= 3


# Under the portrait a card prints where and when it was issued, and below that the holder signs
# (KTP, SIM, many driving licences and staff cards).  The scribble is faint and thin and often missed
# by the ink detector, so the place itself is covered, as deep as half the portrait.
SIGNATURE_DEPTH = 0.5


def _signature_area(photo: Box, words: Sequence[OcrWord], W: int, H: int) -> Box | None:
    """The holder's signature: the strip under the portrait, below the issue place and date printed
    there (those stay readable), reaching a little wider than the portrait."""
    pad = 0.15 * photo.width
    left, right = photo.left - pad, photo.right + pad
    top = float(photo.bottom)
    reach = 0.35 * photo.height  # the issue block may stand a little apart from the portrait
    for w in sorted(words, key=lambda w: w.box.top):
        centre = (w.box.left + w.box.right) / 2
        # Printed words, however poorly read over the card's guilloche; a scribble read as letters is
        # taller than a line of print.
        printed = sum(ch.isalnum() for ch in str(w.text)) >= 3 and w.box.height <= 0.15 * photo.height
        # Lines printed under the portrait, one after the other: the issue place and date.
        if printed and left <= centre <= right and top - 0.5 * w.box.height <= w.box.top <= top + reach:
            top, reach = max(top, float(w.box.bottom)), 1.2 * w.box.height
    top += 0.05 * photo.height
    bottom = min(float(H), top + SIGNATURE_DEPTH * photo.height)
    if bottom - top < 0.15 * photo.height:
        return None
    return Box.from_edges(max(0.0, left), top, min(float(W), right), bottom)


# A stroke is this much darker than the strip's paper (out of 255); a card's guilloche pattern is fainter.
STROKE_CONTRAST = 45
# The share of the strip a signature's strokes take, at the least (a thin scribble takes about 1 %).
STROKE_SHARE = 0.001


def _holds_strokes(image: Image.Image, area: Box) -> bool:
    """Something is written in the signature strip: pixels well darker than its paper.  A specimen or a
    mock card leaves the strip blank, and a blank strip hides nothing.  The bar is low on purpose: a
    faint scribble the ink detector misses still counts."""
    grey = np.asarray(image.crop((area.left, area.top, area.right, area.bottom)).convert("L"), dtype=np.int16)
    if grey.size == 0:
        return False
    paper = int(np.median(grey))
    return np.count_nonzero(grey < paper - STROKE_CONTRAST) >= STROKE_SHARE * grey.size


def _overlap(a: Box, b: Box) -> float:
    """The share of `a` that `b` covers."""
    return a.overlap(b) / max(1, a.area)


def card_regions(image: Image.Image, ocr_words: Iterable[OcrWord]) -> list[Finding]:
    """Every personal field value and the photo of an identity card; [] if not a card."""
    words = [w for w in ocr_words if str(w.text).strip()]
    rows = _rows(words)
    if len(_card_keys(rows)) < 3:
        return []
    # (a label alone at its edge is no field to cover, but its words still end the field beside them)
    label_ids = {id(w) for r in rows for w in r.words}
    rows = [r for r in rows if r.label.key in _MID_LINE or _in_a_label_column(r, rows)]
    W, H = image.size
    photo = find_photo(image, words)
    findings: list[Finding] = []
    grey = None  # the page in grey, made when a value under its label was not read
    if photo is not None:
        findings.append(Finding("photo", (photo.padded(4).clipped(W, H),), 0.8, "ID photo", DETECTOR))
        signature = _signature_area(photo, words, W, H)
        if signature is not None and _holds_strokes(image, signature):
            findings.append(Finding("signature", (signature,), 0.6, "holder's signature", DETECTOR))
    column = _value_column(rows, words, label_ids)
    for r in rows:
        if r.label.key in _KEPT:
            continue
        lh = max(6.0, r.lh)
        band_top, band_bottom = r.centre - 0.95 * lh, r.centre + 0.95 * lh
        start = r.box.right + 0.25 * lh
        cands = _beside(r, words, label_ids)
        limit = float(photo.left - 3) if photo is not None and photo.left > start else float(W)
        run: list[OcrWord] = []
        prev_right = start
        for w in cands:
            gap = w.box.left - prev_right
            allowed = (16 if not run else 4) * lh
            if gap > allowed or w.box.left >= limit or run and gap >= COLUMN_GAP * lh and _opens_a_column(w, words, lh):
                limit = min(limit, w.box.left - 0.5 * lh)
                break
            run.append(w)
            prev_right = w.box.right
        if not run or _translated(r, words, run[0]):
            # Nothing beside the label but its translation ("Surname / Nom"): a passport or an ID card
            # that prints the value under its label.
            below = _value_below(r, words, rows, label_ids, limit)
            if below:
                # Margins at the ends and under it, none up to the label: the label's descenders and, on a
                # tilted photo, its low end's upright box reach down close to the value's capitals.
                read = Box.union(w.box for w in below)
                pad = round(0.25 * lh)
                box = Box.from_edges(read.left - pad, read.top, read.right + pad, read.bottom + pad).clipped(W, H)
                value = " ".join(str(w.text) for w in below)
                findings.append(Finding(r.label.category, (box,), 0.7,
                                        f"{r.label.field}: {mask_payload(value, keep=2)}", DETECTOR))
                continue
            if run:  # the translation, and the value under it not read: cover where it would stand
                if r.label.category != "id_field":
                    # A line's spacing under the label first: the band starts where the value's capitals do,
                    # not on the label's descenders.
                    box = Box.from_edges(r.box.left - 0.25 * lh, r.box.bottom + 0.25 * lh,
                                         min(W, max(w.box.right for w in run)), r.box.bottom + 2.05 * lh).clipped(W, H)
                    box = _unread_value_ink(grey if grey is not None else (grey := _grey(image)), box, lh, limit) or box
                    findings.append(Finding(r.label.category, (box,), 0.7, f"{r.label.field}: (unread)", DETECTOR))
                continue
        if column is not None:
            # The band starts where the values do, not at a short label's end: on a tilted photo the gap
            # before the colons lies inside the upright box of the longer label under it.
            start = max(start, min([column] + [w.box.left for w in run[:1]]) - VALUE_MARGIN * lh)
        if run:
            # Words much taller than the line (a background pattern merged in) do not stretch the band.
            regular = [w for w in run if w.box.height <= 1.6 * lh]
            top = min([band_top] + [w.box.top - 0.25 * lh for w in regular])
            bottom = max([band_bottom] + [w.box.bottom + 0.25 * lh for w in regular])
            right = min(limit, max(w.box.right for w in run) + EXTEND * lh)
            value = " ".join(str(w.text) for w in run if str(w.text).strip() not in (":",)).lstrip(": ")
        else:  # value not read: cover the band all the same
            top, bottom = band_top, band_bottom
            right = min(limit, start + 25 * lh)
            value = ""
        right = max(right, start + lh)
        box = Box.from_edges(max(0, start), max(0, top), min(W, right), min(H, bottom))
        if box.width <= 0 or box.height <= 0:
            continue
        preview = f"{r.label.field}: {mask_payload(value, keep=2)}" if value else f"{r.label.field}: (unread)"
        findings.append(Finding(r.label.category, (box,), 0.7, preview, DETECTOR))
    findings.extend(f for f in _garbled_numbers(words, photo, W, H)
                    if not any(_overlap(f.boxes[0], b) >= 0.8 for g in findings for b in g.boxes))
    findings.extend(_values_of_unread_labels(words, rows, label_ids, photo, W, H))
    findings.extend(_unread_rows(words, rows, findings, column, photo, W, H))
    return findings


# A card's fields stand one pitch apart down its label column.  A gap of two or three pitches between the rows
# read, with nothing read in it, holds one or two rows OCR read nothing of (washed out under the laminate's
# glare); a wider gap is a break in the layout.
UNREAD_ROWS = 2
# How far a row's centre may stand off the pitch, in pitches, for the gap to be counted in rows.
PITCH_SLACK = 0.3


def _unread_rows(words: Sequence[OcrWord], rows: list[_Row], findings: list[Finding], column: float | None,
                 photo: Box | None, W: int, H: int) -> list[Finding]:
    """Bands where field rows stand that OCR read nothing of, label or value, between rows it read: covered
    from the values' column as a value not read is (which field is not known)."""
    if column is None or not rows:
        return []
    lh = float(median([max(6.0, r.lh) for r in rows]))
    centres = [r.centre for r in rows if r.label.key not in _MID_LINE]
    centres += [(f.boxes[0].top + f.boxes[0].bottom) / 2 for f in findings
                if f.detector == DETECTOR and f.category not in ("photo", "signature") and f.boxes
                and abs(f.boxes[0].left - column) <= 1.5 * lh]
    lines: list[float] = []
    for c in sorted(centres):
        if not lines or c - lines[-1] > 0.6 * lh:
            lines.append(c)
    steps = [b - a for a, b in zip(lines, lines[1:])]
    if len(steps) < 3:
        return []
    pitch = float(median(steps))
    if pitch <= lh:
        return []
    limit = float(photo.left - 3) if photo is not None and photo.left > column else float(W)
    left = column - VALUE_MARGIN * lh
    found = []
    for a, b in zip(lines, lines[1:]):
        count = round((b - a) / pitch)
        if not 2 <= count <= UNREAD_ROWS + 1 or abs((b - a) - count * pitch) > PITCH_SLACK * pitch:
            continue
        for k in range(1, count):
            centre = a + k * (b - a) / count
            band = Box.from_edges(max(0.0, left), max(0.0, centre - 0.95 * lh), min(float(W), limit, column + 25 * lh),
                                  min(float(H), centre + 0.95 * lh))
            if band.width <= 0 or any(
                    any(ch.isalnum() for ch in str(w.text)) and abs((w.box.top + w.box.bottom) / 2 - centre) <= 0.5 * lh
                    and w.box.right > band.left and w.box.left < band.right for w in words):
                continue  # something was read there: not a row OCR missed
            found.append(Finding("id_field", (band,), 0.6, "card field: (unread)", DETECTOR))
    return found


# A word set this many line heights after the value's last may open another column of fields (a gap inside a
# value is a space, a third of a line) ...
COLUMN_GAP = 2.0
# ... which it does when the lines over or under it hold this many words more at its left edge, each after a
# gap as wide or first on its line: a second column of labels one under the other.
COLUMN_LINES = 2


def _opens_a_column(word: OcrWord, words: Sequence[OcrWord], lh: float) -> bool:
    """`word` stands at the left edge of a column of words one under the other, each set apart from what is
    left of it on its line: the labels of a second column of fields, whatever they say (a family card's page:
    "Alamat : PERUM GRIYA ASRI …" beside the province's label, under the village's and the district's), not
    the value going on."""
    by_line: dict[object, list[OcrWord]] = {}
    for w in words:
        by_line.setdefault(w.line_id, []).append(w)
    starts = 0
    for line in by_line.values():
        if word in line:
            continue
        line = sorted(line, key=lambda w: w.box.left)
        for i, w in enumerate(line):
            if abs(w.box.left - word.box.left) <= 0.5 * lh and abs(w.box.top - word.box.top) > 0.5 * lh and (
                    i == 0 or w.box.left - line[i - 1].box.right >= COLUMN_GAP * lh):
                starts += 1
                break
    return starts >= COLUMN_LINES


def _beside(row: _Row, words: Sequence[OcrWord], label_ids: set[int]) -> list[OcrWord]:
    """The words on a label's line right of it that may be its value, left to right."""
    lh = max(6.0, row.lh)
    return sorted(
        (w for w in words
         if id(w) not in label_ids and w.box.left >= row.box.right - 0.5 * lh
         and any(ch.isalnum() for ch in str(w.text))  # a lone ':' or '|' is not a value
         and abs((w.box.top + w.box.bottom) / 2 - row.centre) <= 0.6 * lh
         and w.box.height <= 4 * lh),
        key=lambda w: w.box.left)


# Values start in one column, past the longest label and the colons; it is known when this many rows' values
# start within a line's height of it.
VALUE_COLUMN_ROWS = 3
# A field's band starts this many line heights before its value's column.
VALUE_MARGIN = 0.5


def _value_column(rows: list[_Row], words: Sequence[OcrWord], label_ids: set[int]) -> float | None:
    """Where the card's values start (the left edge shared by the first value words of its label column's
    rows), or None when too few rows agree.  Labels printed mid-line (a blood group beside the sex) have
    their own."""
    firsts = []
    for r in rows:
        if r.label.key in _MID_LINE:
            continue
        near = [w for w in _beside(r, words, label_ids) if w.box.left - r.box.right <= 16 * max(6.0, r.lh)]
        if near:
            firsts.append((near[0].box.left, max(6.0, r.lh)))
    if len(firsts) < VALUE_COLUMN_ROWS:
        return None
    column = float(median(left for left, _ in firsts))
    if sum(1 for left, lh in firsts if abs(left - column) <= lh) < VALUE_COLUMN_ROWS:
        return None
    return column


# A card's number OCR read garbled, figures taken for letters ("1307005611E82E24" at 0 %), with its label
# misread too ("MX" for "NIK"): a run of this many figures and letters, most of them figures, is a number no
# label is needed for on an identity card (its NIK, card or document number; its dates are shorter).
CARD_NUMBER_LENGTH = 12
CARD_NUMBER_FIGURES = 0.6


def _garbled_numbers(words: Sequence[OcrWord], photo: Box | None, W: int, H: int) -> list[Finding]:
    found = []
    for w in _card_text(words, photo):
        raw = str(w.text).strip(".,:;")
        token = re.sub(r"[^0-9A-Za-z]", "", raw)
        if "/" in raw:
            continue  # a letter's number ("440/123/PKM/2025"), parted by its slashes, is no card's
        if len(token) >= CARD_NUMBER_LENGTH and sum(ch.isdigit() for ch in token) >= CARD_NUMBER_FIGURES * len(token):
            pad = round(0.2 * w.box.height)
            found.append(Finding("id_field", (w.box.padded(pad).clipped(W, H),), 0.6,
                                 f"card number: {mask_payload(str(w.text), keep=2)}", DETECTOR))
    return found


def _values_of_unread_labels(words: Sequence[OcrWord], rows: list[_Row], label_ids: set[int], photo: Box | None,
                             W: int, H: int) -> list[Finding]:
    """Values whose labels OCR did not read (small print under glare, a thumb beside them): each line that
    holds a field's colon in the column of the colons read beside the labels, under the card's first labelled
    row and level with none, holds a field of the card.  Which field is not known, so it is covered (a kept
    field's too, unless its value says which: the card's validity, a citizenship)."""
    colons = [w for w in words if str(w.text).strip() == ":" and any(
        abs((w.box.top + w.box.bottom) / 2 - r.centre) <= 0.6 * r.lh and w.box.left > r.box.right for r in rows)]
    if len(colons) < 3 or not rows:
        return []
    column = float(median([w.box.left for w in colons]))
    lh = float(median([r.lh for r in rows]))
    top = min(r.centre for r in rows)
    labelled = [r.centre for r in rows]
    lines: dict[object, list[OcrWord]] = {}
    for w in _card_text(words, photo):
        if id(w) not in label_ids and (w.box.top + w.box.bottom) / 2 > top + 0.6 * lh:
            lines.setdefault(w.line_id, []).append(w)
    found = []
    for line in lines.values():
        line.sort(key=lambda w: w.box.left)
        marks = [w for w in line if len(str(w.text).strip()) == 1 and abs(w.box.left - column) <= 1.0 * lh]
        if not marks:
            continue  # no field's colon (read as ':', '>', '1' or '|') where the colons stand
        first = marks[0]
        centre = (first.box.top + first.box.bottom) / 2
        if any(abs(centre - c) <= 0.6 * lh for c in labelled):
            continue  # a labelled row's own value
        value: list[OcrWord] = []
        for w in line:
            if w.box.left <= first.box.left or not any(ch.isalnum() for ch in str(w.text)):
                continue
            if w.box.left - (value[-1] if value else first).box.right > (2 if value else 4) * lh \
                    or (photo is not None and w.box.right > photo.left):
                break
            value.append(w)
        text = " ".join(str(w.text) for w in value)
        # (a date OCR parted after a dash, "22-02- 2017", is still a date alone)
        if not value or text.lower() in _VALIDITY | _CITIZENSHIP or _LONE_DATE.match(text.replace(" ", "")):
            continue
        read = Box.union(w.box for w in value)
        pad = round(0.25 * lh)
        box = Box.from_edges(first.box.right, read.top - pad, read.right + pad, read.bottom + pad).clipped(W, H)
        found.append(Finding("id_field", (box,), 0.6, f"card field: {mask_payload(text, keep=2)}", DETECTOR))
    return found


def _grey(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L"), dtype=np.float32)


def _unread_value_ink(grey: np.ndarray, band: Box, lh: float, limit: float) -> Box | None:
    """Where a value OCR did not read stands in the band under its label: the first line of ink below the
    label's own descenders, as wide as its ink runs (a value may be longer than its label).  None when the
    band holds no clear line of ink (then the whole band is covered).

    On a tilted photo the band follows the rows of the rectified page; a band reaching up to the label
    would, mapped back, also cover the label's far end, which hangs over the value's line."""
    H, W = grey.shape
    top, bottom = int(max(0, band.top - 0.2 * lh)), int(min(H, band.bottom + 2 * lh))
    left, right = int(max(0, band.left)), int(min(W, band.right))
    if bottom - top < lh or right - left < lh:
        return None
    area = grey[top:bottom, left:right]
    paper = float(np.median(area))
    strength = float(np.percentile(np.abs(area - paper), 99))
    if strength < 30:
        return None  # too faint to tell ink from paper
    ink = np.abs(area - paper) > 0.5 * strength
    share = ink.mean(axis=1)
    # (the label's descenders touching the band's top are a few sparse rows, not a line)
    inked = np.concatenate([[False], share >= max(0.02, 0.15 * float(share.max())), [False]])
    edges = np.flatnonzero(np.diff(inked.astype(np.int8)))
    lines = [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2]) if b - a >= 0.5 * lh]
    if not lines:
        return None
    start, end = lines[0]
    if end >= len(share) or top + start > band.bottom:
        return None  # a line that runs on past the band, or one starting below it
    # As wide as the value's ink, which may end before the label's width or run on past it: followed
    # along its line while the gaps between its words stay small.
    far = int(min(W, limit))
    line = np.abs(grey[top + start:top + end, left:far] - paper) > 0.5 * strength
    columns = np.flatnonzero(line.sum(axis=0) >= 2)
    if not len(columns) or columns[0] > 2 * lh:
        return None  # the value does not start under its label
    last = int(columns[0])
    for c in columns:
        if c > last + 2 * lh:
            break
        last = int(c)
    pad = 0.25 * lh
    return Box.from_edges(band.left, max(0, top + start - pad), min(W, left + last + 2 * pad),
                          min(H, top + end + pad))


def _translated(row: _Row, words: Sequence[OcrWord], first: OcrWord) -> bool:
    """The words beside a label are its translation: a '/' stands between ("Surname / Nama keluarga"), or
    they open with a field's label themselves (the slash printed too faint for OCR: "Surname Nama keluarga")."""
    if str(first.text).startswith("/"):
        return True
    if any(_match(_norm(first.text), label.key) for label in _LABELS):
        return True
    lh = max(6.0, row.lh)
    # OCR's box of a slash may reach back over the label's last letter.
    return any(str(w.text).strip() in ("/", "|") and row.box.right - lh <= w.box.left and w.box.right >= row.box.right - 1
               and w.box.right <= first.box.left + 2
               and abs((w.box.top + w.box.bottom) / 2 - row.centre) <= 0.8 * lh for w in words)


def _value_below(row: _Row, words: Sequence[OcrWord], rows: list[_Row], label_ids: set[int],
                 limit: float) -> list[OcrWord]:
    """The value printed under a label: the line right below it, starting at the label's left edge,
    when that line is not the next label."""
    lh = max(6.0, row.lh)
    under = [w for w in words
             if id(w) not in label_ids and any(ch.isalnum() for ch in str(w.text))
             and row.box.bottom - 0.2 * lh <= (w.box.top + w.box.bottom) / 2 <= row.box.bottom + 1.8 * lh
             and row.box.left - 1.5 * lh <= w.box.left < limit]
    if not under:
        return []
    top = min((w.box.top + w.box.bottom) / 2 for w in under)
    first = min((w for w in under if (w.box.top + w.box.bottom) / 2 - top < 0.6 * lh), key=lambda w: w.box.left)
    if abs(first.box.left - row.box.left) > 1.5 * lh:
        return []
    if any(other is not row and abs(other.centre - (first.box.top + first.box.bottom) / 2) < 0.6 * lh
           and other.box.left < first.box.right for other in rows):
        return []  # the next label's line
    line = sorted((w for w in under if w.line_id == first.line_id), key=lambda w: w.box.left)
    out, right = [], first.box.left
    for w in line:
        if w.box.left - right > 4 * lh:
            break
        out.append(w)
        right = w.box.right
    return out


# Driving licences number their fields instead of labelling them: the Indonesian SIM (1 name, 2 place
# and date of birth, 3 blood group and sex, 4 address, 5 occupation, 6 issuing office) and the EU and
# US (AAMVA) licences (1 surname, 2 given names, 3 date of birth, 4a/4b issue and expiry, 4c authority,
# 4d personal or licence number, 5 licence number, 8 address, 9 categories).  The fields that say
# who the holder is are covered; on a SIM, blood group, sex, occupation and issuing office stay, as they
# do on a KTP; issue, expiry, authority and categories stay.
# All read from the word lists (patterns/lexicon.toml, [driving_licence]).
_LICENCE_HEADING = re.compile("|".join(words("driving_licence", "headings")), re.IGNORECASE)
_LICENCE_FIELDS = {f["number"]: f["category"] for f in tables("driving_licence", "field")}
_SIM_HEADING = re.compile("|".join(words("driving_licence", "sim_headings")), re.IGNORECASE)
_SIM_FIELDS = {f["number"]: f["category"] for f in tables("driving_licence", "sim_field")}
_ISSUING_OFFICES = frozenset(words("driving_licence", "issuing_offices"))
_FIELD_NUMBER = re.compile(r"^([1-9][a-d]?)[.,:]?$", re.IGNORECASE)
# The licence's own number printed on a line of its own (SIM: 1234-5678-123456).
_LICENCE_NUMBER = re.compile(r"^\d[\d\s-]{9,20}\d$")


def _visual_rows(words: Sequence[OcrWord]) -> list[list[OcrWord]]:
    """Words grouped by height on the page, left to right.  Sparse reading puts a field's number and its
    value on separate OCR lines; on the card they share a row."""
    rows: list[list[OcrWord]] = []
    for w in sorted(words, key=lambda w: (w.box.top + w.box.bottom) / 2):
        centre = (w.box.top + w.box.bottom) / 2
        if rows:
            last = rows[-1]
            # statistics.median: the same value as numpy's on a few numbers, without an array per word
            last_centre = float(median([(x.box.top + x.box.bottom) / 2 for x in last]))
            if abs(centre - last_centre) <= 0.5 * max(w.box.height, float(median([x.box.height for x in last]))):
                last.append(w)
                continue
        rows.append([w])
    return [sorted(r, key=lambda w: w.box.left) for r in rows]


def _card_text(words: Sequence[OcrWord], photo: Box | None) -> list[OcrWord]:
    """The card's printed words: what OCR read in the portrait's edges ("£", "A", "=") and a "word" as
    tall as several lines is no text, and sorted into a row it would pull the next field's number
    into the row before."""
    if not words:
        return []
    line = float(median([w.box.height for w in words]))
    def in_photo(w: OcrWord) -> bool:
        x, y = (w.box.left + w.box.right) / 2, (w.box.top + w.box.bottom) / 2
        return photo is not None and photo.left <= x <= photo.right and photo.top <= y <= photo.bottom

    return [w for w in words if w.box.height <= 2.5 * line and not in_photo(w)]


@dataclass
class _LicenceRow:
    key: str | None        # the field's number; None for an issuing office's line
    value: list[OcrWord]
    how: str               # "read" (OCR read the number), "ink" (a number OCR did not read), "wrap"
                           # (a line under its field), "gap" (placed by the numbers around it), "office",
                           # "unsure" (a guessed number the numbers read contradict)


def licence_fields(image: Image.Image, ocr_words: Iterable[OcrWord]) -> list[Finding]:
    """The holder's numbered fields on a driving licence; [] when the page is not one.

    After the first numbered field, every row whose value starts in the value column belongs to a field:
    the one whose number OCR read on it, or one whose number OCR missed (ink where the numbers stand, or
    a field the numbers read around it skip), or else the field above it, as its value's next line.  An
    issuing office's line ("POLRES …") is never another field's next line.  What OCR cannot place errs
    toward covering: a line under a field the holder does not own, when a field the holder owns comes
    later, is covered, as it may be that field with its number unread.
    """
    words = [w for w in ocr_words if str(w.text).strip() and str(w.text).strip() not in (":", "|", "\\", "-")]
    headings = [" ".join(str(w.text) for w in row) for row in _visual_rows(words)]
    if not any(_LICENCE_HEADING.search(text) for text in headings):
        return []
    owned = _SIM_FIELDS if any(_SIM_HEADING.search(text) for text in headings) else _LICENCE_FIELDS
    W, H = image.size
    photo = find_photo(image, words)
    findings: list[Finding] = []
    rows = _licence_rows(_visual_rows(_card_text(words, photo)), image, photo, owned, findings)
    for row in rows:
        if row.key in owned and row.how != "office":
            category = owned[row.key]
        elif row.how in ("wrap", "unsure") and row.key is not None and _owned_field_follows(row.key, owned):
            category = "id_field"
        else:
            continue
        findings.append(_licence_band(category, row.value, photo, W, H))
    return findings


def _licence_rows(rows: list[list[OcrWord]], image: Image.Image, photo: Box | None, owned: dict[str, str],
                  findings: list[Finding]) -> list[_LicenceRow]:
    """The numbered fields' rows, each with the number of its field (see `licence_fields`); the licence's
    own number, printed before the first field, goes into `findings`."""
    W, H = image.size
    grey: np.ndarray | None = None
    column: float | None = None      # left edge of the values, once the first numbered field is seen
    number_box: Box | None = None    # where the last number OCR read stands
    out: list[_LicenceRow] = []
    for row in rows:
        text = " ".join(str(w.text) for w in row)
        number = _FIELD_NUMBER.match(str(row[0].text).strip())
        value = row[1:] if number else row
        if number is None and column is None:
            if _LICENCE_NUMBER.match(text.strip()):
                findings.append(_licence_band("id_number", row, photo, W, H))
            continue
        if not value:
            continue
        lh = float(np.median([w.box.height for w in value]))
        if number is not None:
            key = number.group(1).lower()
            column, number_box = value[0].box.left, row[0].box
            out.append(_LicenceRow(key, value, "read"))
            if key not in owned and not _owned_field_follows(key, owned):
                column = None  # issue and expiry dates, authority, categories: the holder's fields end
            continue
        if abs(value[0].box.left - column) > 2.0 * lh:
            column = None
            continue
        if str(value[0].text).strip(".,:;").lower() in _ISSUING_OFFICES:
            out.append(_LicenceRow(None, value, "office"))
            column = None
            continue
        if grey is None:
            grey = np.asarray(image.convert("L"), dtype=np.int16)
        if number_box is not None and _unread_number(grey, number_box, value):
            out.append(_LicenceRow(_next_number(out[-1].key if out else None), value, "ink"))
        else:
            out.append(_LicenceRow(out[-1].key if out else None, value, "wrap"))
    return _placed_by_numbers(out)


def _next_number(key: str | None) -> str | None:
    return str(int(key) + 1) if key is not None and key.isdigit() else None


def _owned_field_follows(key: str, owned: dict[str, str]) -> bool:
    """Whether a field the holder owns comes after field `key` (plain numbers only: 4a–4c end the fields)."""
    return key.isdigit() and any(k.isdigit() and int(k) > int(key) for k in owned)


def _placed_by_numbers(rows: list[_LicenceRow]) -> list[_LicenceRow]:
    """Rows checked against the numbers OCR read.  A number guessed from ink that the next number read
    contradicts is unsure (covered when a field the holder owns may be it); when the numbers read skip
    some ("4." then "6."), the lines just before the later one are the skipped fields, one line each, unless
    the spacing shows more lines there than OCR read (a skipped field's whole line unread)."""
    numbered = [i for i, r in enumerate(rows) if r.how == "read" and r.key is not None and r.key.isdigit()]
    tops = [_top(r) for r in rows]
    steps = [b - a for a, b in zip(tops, tops[1:]) if a is not None and b is not None and b > a]
    pitch = float(np.median(steps)) if steps else 0.0  # from one line to the next
    for before, after in zip([-1] + numbered, numbered):
        stop = int(rows[after].key)
        between = range(before + 1, after)
        guessed = [i for i in between if rows[i].how == "ink"]
        if any(rows[i].key is None or int(rows[i].key) >= stop for i in guessed):
            for i in between:
                if rows[i].how in ("ink", "wrap"):
                    rows[i].how = "unsure"
            continue
        if before < 0 or guessed or not rows[before].key.isdigit():
            continue
        skipped = stop - int(rows[before].key) - 1
        wraps = [i for i in between if rows[i].how == "wrap"]
        if pitch and tops[after] is not None and tops[before] is not None \
                and round((tops[after] - tops[before]) / pitch) - 1 > len(between):
            continue  # more lines stand there than OCR read: which one a skipped field is, nobody can say
        if 0 < skipped <= len(wraps):
            for n, i in enumerate(wraps[len(wraps) - skipped:]):
                rows[i].key, rows[i].how = str(int(rows[before].key) + 1 + n), "gap"
    return rows


def _top(row: _LicenceRow) -> float | None:
    return min((w.box.top for w in row.value), default=None)


def _unread_number(grey: np.ndarray, number_box: Box, value: Sequence[OcrWord]) -> bool:
    """Whether this row holds a field number OCR did not read: ink where the numbers read above stand, as
    dark as the row's own text, with paper between it and the value (a card's printed pattern runs on)."""
    lh = float(np.median([w.box.height for w in value]))
    top, bottom = int(min(w.box.top for w in value)), int(max(w.box.bottom for w in value))
    left, right = int(number_box.left - 0.3 * lh), int(value[0].box.left - 0.15 * lh)
    gap_left = int(number_box.right + 0.15 * lh)
    if top < 0 or left < 0 or bottom > grey.shape[0] or right - gap_left < 2 or bottom - top < 4:
        return False
    band = grey[top:bottom, left:right]
    paper = float(np.median(band))  # a number is a few glyphs in a wider band: mostly paper
    text = grey[top:bottom, int(value[0].box.left):int(value[0].box.right)]
    strength = float(np.percentile(np.abs(text - paper), 95))
    if strength < 30:
        return False  # the row's own text too faint to tell ink from paper
    ink = np.abs(band - paper) > 0.5 * strength
    columns = ink.sum(axis=0) >= 2
    digit = columns[:max(1, gap_left - left)]
    # The number's full stop may stand past the box of a number read without it: paper is looked for
    # only just before the value.
    between = columns[max(gap_left, right - int(0.4 * lh)) - left:]
    tall = ink[:, :max(1, gap_left - left)].any(axis=1).sum()
    return digit.mean() >= 0.25 and tall >= 0.5 * (bottom - top) and not between.any()


def _licence_band(category: str, value: Sequence[OcrWord], photo: Box | None, W: int, H: int) -> Finding:
    lh = float(np.median([w.box.height for w in value]))
    left = min(w.box.left for w in value) - 0.25 * lh
    right = max(w.box.right for w in value) + EXTEND * lh
    if photo is not None and photo.left > left:
        right = min(right, photo.left - 3)
    top = min(w.box.top for w in value) - 0.25 * lh
    bottom = max(w.box.bottom for w in value) + 0.25 * lh
    box = Box.from_edges(max(0.0, left), max(0.0, top), min(float(W), right), min(float(H), bottom))
    text = " ".join(str(w.text) for w in value)
    return Finding(category, (box,), 0.7, f"licence field: {mask_payload(text, keep=2)}", DETECTOR)
