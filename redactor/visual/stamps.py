"""Stamps and classification marks: red ink blobs, read on their own.

Classification marks (SANGAT RAHASIA, RAHASIA) are stamped in red and are
often tilted inside a frame, which the page pass cannot read: each blob is
found by colour, turned level and read as one block of text.
"""
from __future__ import annotations

import difflib
import re
from typing import Iterable

import cv2
import numpy as np
from PIL import Image

from redactor.components import components
from redactor.detect.lexicon import words
from redactor.findings import Box
from redactor.ocr.engine import Engine
from redactor.ocr.prepare import remove_rules

MAX_STAMPS = 4  # read per page
STAMP_CONFIDENCE = 50.0  # given to the (snapped) words of a stamp
STAMP_WORDS = tuple(words("classification", "stamp_words"))


def find_stamps(image: Image.Image) -> list[Box]:
    """Boxes of red ink blobs the size of a stamp or a classification mark, largest first."""
    factor = max(1, int(max(image.size) / 1600))
    small = _every_nth_pixel(image, factor)
    hsv = cv2.cvtColor(small, cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    red = ((hue < 10) | (hue > 165)) & (sat > 90) & (val > 70)
    if not red.any():
        return []  # most screens: no red ink, nothing to grow and label
    mask = cv2.dilate(red.astype(np.uint8) * 255, np.ones((9, 9), np.uint8))
    n, _, stats = components(mask)
    boxes = []
    for i in range(1, n):
        x, y, w, h, area = stats[i]
        if w < 40 or h < 12 or w > small.shape[1] * 0.8 or h > small.shape[0] * 0.6:
            continue
        if red[y:y + h, x:x + w].sum() < 0.03 * w * h:
            continue
        if _red_share_of_ink(small[y:y + h, x:x + w], red[y:y + h, x:x + w]) < RED_INK_SHARE:
            continue
        boxes.append(Box(int(x * factor), int(y * factor), int(w * factor), int(h * factor)))
    boxes.sort(key=lambda b: -b.area)
    outer: list[Box] = []
    for b in boxes:  # a frame and the letters inside it are one stamp
        if not any(o.left <= b.left and o.top <= b.top and o.right >= b.right and o.bottom >= b.bottom for o in outer):
            outer.append(b)
    return outer[:8]


def _every_nth_pixel(image: Image.Image, factor: int) -> np.ndarray:
    """`np.asarray(image)[::factor, ::factor]`, copied from the image a strip of rows at a time: the whole
    page as one array would be another 25-36 MB of a photographed page."""
    if factor == 1:
        return np.asarray(image)
    step = factor * 256
    strips = [np.asarray(image.crop((0, top, image.width, min(image.height, top + step))))[::factor, ::factor]
              for top in range(0, image.height, step)]
    return np.ascontiguousarray(np.concatenate(strips))


# Of a blob's ink, the share that is red, under which it is dark print with reddish fringes (LCD smoothing,
# a JPEG's colour bleeding on a tinted table heading), not red ink.  Fringes on the benchmark screens were
# 0.12-0.19 of their print; stamps 0.75 and more, a licence's red labels photographed 0.67 and more.
RED_INK_SHARE = 0.4


def _red_share_of_ink(rgb: np.ndarray, red: np.ndarray) -> float:
    grey = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY).astype(np.int16)
    ink = grey < int(np.median(grey)) - 50
    return float(red.sum()) / max(1, int((ink | red).sum()))


def correct_stamp(text: str) -> str:
    """Stamps OCR poorly (ink texture, tilt); snap near-misses onto the words stamps carry."""
    cleaned = " ".join(re.sub(r"[^A-Za-z ]", " ", text).split()).upper()
    if not cleaned:
        return text
    best = max(STAMP_WORDS, key=lambda w: difflib.SequenceMatcher(None, cleaned, w).ratio())
    return best if difflib.SequenceMatcher(None, cleaned, best).ratio() >= 0.7 else text


def stamp_image(image: Image.Image, box: Box) -> Image.Image:
    """The stamp's red ink as black on white, turned level and enlarged for reading."""
    crop = np.asarray(image.crop((box.left, box.top, box.right, box.bottom)))
    hsv = cv2.cvtColor(crop, cv2.COLOR_RGB2HSV)
    ink = (((hsv[..., 0] < 10) | (hsv[..., 0] > 165)) & (hsv[..., 1] > 90)).astype(np.uint8) * 255
    points = cv2.findNonZero(ink)
    angle = 0.0
    if points is not None and len(points) > 20:
        (_, _), (w, h), angle = cv2.minAreaRect(points)
        if w < h:
            angle -= 90
        if abs(angle) > 45:
            angle = 0.0
    grey = 255 - ink
    grey = cv2.copyMakeBorder(grey, 20, 20, 20, 20, cv2.BORDER_CONSTANT, value=255)
    centre = (grey.shape[1] / 2, grey.shape[0] / 2)
    rotation = cv2.getRotationMatrix2D(centre, angle, 1.0)
    grey = cv2.warpAffine(grey, rotation, (grey.shape[1], grey.shape[0]), borderValue=255)
    grey = remove_rules(grey)
    scale = max(1.0, 40.0 / max(1, box.height / 2))
    return Image.fromarray(grey).resize((int(grey.shape[1] * min(scale, 3)), int(grey.shape[0] * min(scale, 3))))


def read_stamp(engine: Engine, image: Image.Image, box: Box) -> str:
    """The stamp's words, snapped onto a classification mark when close to one ('' when none)."""
    return correct_stamp(stamp_reading(engine, image, box))


def stamp_reading(engine: Engine, image: Image.Image, box: Box) -> str:
    """The stamp's words as read, not yet snapped onto a classification mark."""
    return " ".join(engine.text(stamp_image(image, box), psm=6).split())


# A word of the page's own reading counts as read surely from this confidence.
SURELY_READ = 80.0
# Two readings of a word are the same word from this likeness (one letter in seven read otherwise).
SAME_WORD = 0.85


def read_by_the_page(reading: str, box: Box, words: Iterable) -> Box | None:
    """Where the page's own reading read every word of a red blob's reading (`reading`, as read, before
    snapping) surely inside the blob's box (the union of those words' boxes), or None.  Such a blob is red
    or pink print rather than a stamp over the page: a chat app's sender name in its colour, an inbox's red
    "Rahasia" badge."""
    wanted = [t.lower() for t in re.findall(r"[^\W\d_]{2,}", reading)]
    if not wanted:
        return None
    found: list[tuple[str, Box]] = []
    for w in words:
        if w.conf >= SURELY_READ and w.box.overlap(box) >= 0.5 * max(1, w.box.area):
            found.extend((t.lower(), w.box) for t in re.findall(r"[^\W\d_]{2,}", str(w.text)))
    boxes = []
    for t in wanted:  # (a letter read otherwise in one of the two readings: "Gintinq")
        same = [b for word, b in found if difflib.SequenceMatcher(None, t, word).ratio() >= SAME_WORD]
        if not same:
            return None
        boxes.append(same[0])
    return Box.union(boxes)


def stamp_line(reading: str, box: Box, words: Iterable) -> tuple[str, Box] | None:
    """The line a red blob adds to the page's reading: its words snapped onto a classification mark, in its
    box (None: none).  Print the page read already adds a line only when it spells a mark itself (the badge's
    "Rahasia": its colour is what says it is one), boxed as the page read it, not as the blob around it
    (whose cover reached over the line under the badge).  Otherwise it adds a duplicate of what was read,
    snapped onto a mark it only resembles ("Ginting", a sender's name, made "PENTING": the name was no
    longer found)."""
    text = correct_stamp(reading)
    if not text:
        return None
    read = read_by_the_page(reading, box, words)
    if read is None:
        return text, box
    spelled = " ".join(re.sub(r"[^A-Za-z ]", " ", reading).split()).upper()
    spells_a_mark = text in STAMP_WORDS and difflib.SequenceMatcher(None, spelled, text).ratio() >= SAME_WORD
    return (text, read) if spells_a_mark else None
