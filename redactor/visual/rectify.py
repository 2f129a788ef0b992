"""Document photos: find the page, undo perspective, 90/180/270° rotation
(Tesseract OSD) and small skew, and map boxes found on the rectified page
back to polygons in the original photo.

Memory: the page is analysed on a copy of at most 1000 px; the rectified
image is produced from the full-resolution photo but capped at
`MAX_OUTPUT_SIDE` px on its long side (≈ 3000 × 2250 × 3 B ≈ 20 MB), so a
50 MP photo needs the decoded photo plus about 20 MB.
"""
from __future__ import annotations

import math
from itertools import combinations
from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

import cv2
import numpy as np
from PIL import Image

from redactor.errors import DetectorError, OcrError
from redactor.findings import Box, Finding, Point
from redactor.ocr.engine import Engine, get_engine

from ._util import analysis_copy

FIND_SIDE = 1000
MAX_OUTPUT_SIDE = 3000
OSD_SIDE = 1600
MIN_PAGE_FRACTION = 0.12      # page must cover at least this share of the photo
FULL_FRAME_FRACTION = 0.92    # a "page" this large is the whole frame: no perspective step


@dataclass(frozen=True)
class Rectified:
    """A rectified page and the way back to the original photo."""

    image: Image.Image
    to_original_matrix: np.ndarray = field(repr=False)   # 3x3, rectified -> original pixels
    rotation: int = 0                                    # degrees clockwise applied after warping
    skew: float = 0.0                                    # degrees of small deskew applied
    quad: tuple[Point, ...] = ()                         # page corners in the original (tl, tr, br, bl)
    upside_down_checked: bool = True                     # False: the page may still be upside down

    def turned_over(self) -> "Rectified":
        """The same page turned by 180 degrees, still mapping back onto the original photo."""
        w, h = self.image.size
        return replace(self, image=self.image.rotate(180), rotation=(self.rotation + 180) % 360,
                       to_original_matrix=self.to_original_matrix @ _rotation_matrix(180, w, h),
                       upside_down_checked=True)

    def quarter_turn(self, engine: Engine) -> "Rectified | None":
        """The page turned a quarter either way when it reads better so (single-block reads of its
        centre), else None.  For a page that reads as scraps: the ink profile that decides sideways
        before any reading can miss a receipt whose lines are short and ragged."""
        angle = _reads_better(np.asarray(self.image), [0, 90, 270], engine)
        if not angle:
            return None
        w, h = self.image.size
        # (the way back: the turned page is h x w, and turning it the rest of the way round undoes it)
        back = _rotation_matrix(360 - angle, h, w)
        return replace(self, image=self.image.rotate(-angle, expand=True), rotation=(self.rotation + angle) % 360,
                       to_original_matrix=self.to_original_matrix @ back)

    def map_points(self, points: list[Point]) -> tuple[Point, ...]:
        pts = np.asarray(points, dtype=np.float64).reshape(-1, 1, 2)
        out = cv2.perspectiveTransform(pts, self.to_original_matrix).reshape(-1, 2)
        return tuple((float(x), float(y)) for x, y in out)

    def map_box(self, box: Box) -> tuple[Point, ...]:
        """Polygon (4 corners) in the original photo covering `box` of the rectified page."""
        return self.map_points([(box.left, box.top), (box.right, box.top),
                                (box.right, box.bottom), (box.left, box.bottom)])

    @property
    def mapper(self) -> Callable[[Box], tuple[Point, ...]]:
        return self.map_box

    def map_finding(self, finding: Finding, words: Sequence[Box] | None = None) -> Finding:
        """The same finding expressed as polygons in the original photo (no boxes).

        `words`: the boxes of the page's words; those near the finding and not part of it become its
        `neighbours`, which its cover leaves readable when it grows to the upright box around a
        tilted value."""
        polys = tuple(self.map_box(b) for b in finding.boxes)
        polys += tuple(self.map_points(list(p)) for p in finding.polygons)
        bounds = Box.union(Box.from_edges(min(x for x, _ in p), min(y for _, y in p),
                                          max(x for x, _ in p), max(y for _, y in p)) for p in polys)
        neighbours = None
        if words is not None and finding.boxes:
            reach = Box.union(finding.boxes)
            # A tilted photo's upright box around the value takes in rows up to its width times the slope.
            reach = reach.padded(reach.height, round(reach.height + 0.35 * reach.width))
            tall = 2.5 * max(b.height for b in finding.boxes)  # taller "words" are OCR's reading of a picture
            near = [w for w in words if w.intersects(reach) and w.height <= tall
                    and not any(mostly_inside(w, b) for b in finding.boxes)]
            neighbours = tuple(self.map_box(run) for run in _runs(near))
        return replace(finding, boxes=(bounds,) if not polys else (), polygons=polys, neighbours=neighbours)


def _runs(words: Sequence[Box]) -> list[Box]:
    """Words side by side on one row joined into one box: a label of several words ("Date of birth /
    Tanggal lahir") is then one neighbour, whose upright box on a tilted photo reaches as low as its
    lowest word, as a reader's (or a check's) box around the label does."""
    runs: list[Box] = []
    for word in sorted(words, key=lambda w: w.left):
        for i, run in enumerate(runs):
            overlap = min(run.bottom, word.bottom) - max(run.top, word.top)
            if overlap >= 0.5 * min(run.height, word.height) and word.left - run.right <= 1.5 * word.height:
                runs[i] = Box.union((run, word))
                break
        else:
            runs.append(word)
    return runs


def mostly_inside(word: Box, box: Box) -> bool:
    """At least half of `word` lies in `box` (a finding's own word, however its box was padded)."""
    w = min(word.right, box.right) - max(word.left, box.left)
    h = min(word.bottom, box.bottom) - max(word.top, box.top)
    return w > 0 and h > 0 and w * h >= 0.5 * max(1, word.area)


def _order(pts: np.ndarray) -> np.ndarray:
    pts = pts.reshape(4, 2).astype(np.float64)
    s = pts.sum(axis=1)
    d = np.diff(pts, axis=1).ravel()
    return np.array([pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]])


def _candidate_quads(grey: np.ndarray) -> list[np.ndarray]:
    h, w = grey.shape
    blur = cv2.GaussianBlur(grey, (5, 5), 0)
    masks = []
    _t, otsu = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    masks.append(cv2.morphologyEx(otsu, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8)))
    edges = cv2.Canny(blur, 30, 90)
    masks.append(cv2.dilate(edges, np.ones((5, 5), np.uint8)))
    quads = []
    for m in masks:
        contours, _ = cv2.findContours(m, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for c in sorted(contours, key=cv2.contourArea, reverse=True)[:3]:
            area = cv2.contourArea(c)
            if area < MIN_PAGE_FRACTION * w * h:
                continue
            hull = cv2.convexHull(c)
            peri = cv2.arcLength(hull, True)
            quad = None
            for eps in (0.02, 0.03, 0.05):
                approx = cv2.approxPolyDP(hull, eps * peri, True)
                if len(approx) == 4:
                    quad = approx
                    break
            if quad is None:  # rounded corners (cards) or a torn edge: fall back to the rotated rectangle
                quad = cv2.boxPoints(cv2.minAreaRect(hull))
            quad = _order(np.asarray(quad))
            if _reach_outside(hull, quad) > CUT_CORNER * math.sqrt(area):
                # A corner of the page as dark as the table (a savings book's coloured band across its top)
                # is cut off the region: the hull runs diagonally past it, and four of its points make a
                # page sheared across that corner.  The page's own sides, run on, still meet at the corner.
                enclosing = _enclosing_quad(hull, peri)
                quad = quad if enclosing is None else enclosing
            if cv2.contourArea(quad.astype(np.float32)) < 0.85 * area:
                continue
            quads.append(quad)
    return quads


# Share of the region's size (the root of its area) by which its hull may stand outside the four corners found
# before the corners are taken from the hull's sides instead (a rounded card's corners stand out by less).
CUT_CORNER = 0.02
# The quadrilateral run along the hull's sides adds at most this share of its area (the corner cut off).
ENCLOSING_AREA = 1.25
# A side of the page is at least this share of the hull's perimeter, and a corner found by running two sides
# on lies at most this share of the region's size (the root of its area) outside the hull (a cut corner's
# band is a tenth of the page high).
PAGE_SIDE = 0.1
CORNER_REACH = 0.15


def _reach_outside(hull: np.ndarray, quad: np.ndarray) -> float:
    """How far the hull's farthest point lies outside `quad` (0 when all lie inside)."""
    contour = quad.astype(np.float32).reshape(-1, 1, 2)
    return max(0.0, max(-cv2.pointPolygonTest(contour, (float(x), float(y)), True)
                        for x, y in hull.reshape(-1, 2)))


def _line_meet(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> np.ndarray | None:
    """Where the line through segment `a` meets the line through segment `b` (None: parallel)."""
    (p, q), (r, s) = a, b
    d1, d2 = q - p, s - r
    cross = d1[0] * d2[1] - d1[1] * d2[0]
    if abs(cross) < 1e-9:
        return None
    t = ((r - p)[0] * d2[1] - (r - p)[1] * d2[0]) / cross
    return p + t * d1


def _direction(side: tuple[np.ndarray, np.ndarray]) -> float:
    """The side's direction in degrees, 0-180 (a line's, whichever way it is walked)."""
    (p, q) = side
    return math.degrees(math.atan2(q[1] - p[1], q[0] - p[0])) % 180.0


def _bend(a: float, b: float) -> float:
    """Degrees between two line directions."""
    d = abs(a - b) % 180.0
    return min(d, 180.0 - d)


def _enclosing_quad(hull: np.ndarray, peri: float) -> np.ndarray | None:
    """A quadrilateral holding the hull whose sides run along four of the hull's sides, chosen where its
    opposite sides stand nearest to parallel (ordered tl, tr, br, bl), or None.  A photographed page's
    opposite edges converge only a little; a corner cut off it is a side running diagonally, parallel to
    none, that the quadrilateral runs past."""
    simple, slack = hull, 0.0
    for eps in (0.005, 0.01, 0.02):
        slack = eps * peri  # (how far the simplified outline may stray from the hull)
        simple = cv2.approxPolyDP(hull, slack, True)
        if len(simple) <= 10:
            break
    points = simple.reshape(-1, 2).astype(np.float64)
    if not 4 <= len(points) <= 10:
        return None
    sides = [(points[i], points[(i + 1) % len(points)]) for i in range(len(points))]
    # (a page's edge is a long side; a rounded corner's or a torn edge's short ones run off anywhere)
    long_sides = [i for i, (p, q) in enumerate(sides) if np.hypot(*(q - p)) >= PAGE_SIDE * peri]
    hull_area = cv2.contourArea(hull)
    reach = CORNER_REACH * math.sqrt(hull_area)
    best, best_bend = None, math.inf
    for chosen in combinations(long_sides, 4):
        corners = [_line_meet(sides[chosen[k - 1]], sides[chosen[k]]) for k in range(4)]
        if any(c is None for c in corners) \
                or any(-cv2.pointPolygonTest(hull, (float(x), float(y)), True) > reach for x, y in corners):
            continue
        quad = np.array(corners)
        contour = quad.astype(np.float32).reshape(-1, 1, 2)
        if not hull_area <= cv2.contourArea(contour) <= ENCLOSING_AREA * hull_area \
                or not cv2.isContourConvex(contour) or _reach_outside(hull, quad) > slack:
            continue
        angles = [_direction(sides[i]) for i in chosen]
        bend = _bend(angles[0], angles[2]) + _bend(angles[1], angles[3])
        if bend < best_bend:
            best, best_bend = quad, bend
    return None if best is None else _order(best)


def find_page(image: Image.Image) -> np.ndarray | None:
    """Corners (tl, tr, br, bl) of the page or card in full-resolution pixels, or None."""
    rgb, factor = analysis_copy(image, FIND_SIDE)
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    h, w = grey.shape
    contrasts = [(q, _outline_contrast(grey, q)) for q in _candidate_quads(grey)]
    quads = [(q, c) for q, c in contrasts if c >= MIN_OUTLINE_CONTRAST]
    if not quads:
        return None
    quad, contrast = max(quads, key=lambda qc: cv2.contourArea(qc[0].astype(np.float32)))
    for other, sharper in quads:
        # Two outlines of the same page: the larger took in some of a lighter table (the paper's threshold
        # reached past a card's edge where the light falls on the table), and its inner band holds table
        # as well as paper.  The outline that parts paper from table more sharply is the page's.
        if sharper >= SHARPER_OUTLINE * contrast and _same_page(quad, other):
            quad, contrast = other, sharper
    if cv2.contourArea(quad.astype(np.float32)) > FULL_FRAME_FRACTION * w * h:
        return None
    return quad * factor


# A page's outline parts paper from what it lies on: the grey just inside its edges and just outside differ
# (46-180 levels on the photographed documents of the benchmark, 110-116 for receipts on a wooden table).
# The hull of a wooden table's grain or a cloth's pattern, which the edge mask also makes into a quadrilateral
# larger than the page, has the same grain on both sides (0-1 levels); taken for the page, a receipt lying
# sideways on the table was never turned and read as scraps.
MIN_OUTLINE_CONTRAST = 15


# Of two outlines of one page, one whose edge contrast is this many times the other's is taken instead of the
# larger one (the same page's outlines from the paper's threshold and from its edges differ by a few per cent).
SHARPER_OUTLINE = 1.3
# Two quadrilaterals are outlines of one page when they overlap by this share of the larger one's area at least.
SAME_PAGE_OVERLAP = 0.8


def _same_page(a: np.ndarray, b: np.ndarray) -> bool:
    inter, _ = cv2.intersectConvexConvex(a.astype(np.float32), b.astype(np.float32))
    larger = max(cv2.contourArea(a.astype(np.float32)), cv2.contourArea(b.astype(np.float32)))
    return larger > 0 and inter >= SAME_PAGE_OVERLAP * larger


def _outline_contrast(grey: np.ndarray, quad: np.ndarray) -> float:
    """Grey levels between a band just inside `quad`'s edges and a band just outside them (inf when the
    quad fills the frame and nothing lies outside it)."""
    side = max(5, int(0.02 * min(grey.shape)))
    kernel = np.ones((2 * side + 1, 2 * side + 1), np.uint8)
    inside = np.zeros(grey.shape, np.uint8)
    cv2.fillPoly(inside, [np.round(quad).astype(np.int32)], 255)
    inner = (inside > 0) & (cv2.erode(inside, kernel) == 0)
    outer = (cv2.dilate(inside, kernel) > 0) & (inside == 0)
    if not inner.any() or not outer.any():
        return float("inf")
    return abs(float(np.median(grey[inner])) - float(np.median(grey[outer])))


# Around a photographed page lies a table, a hand or a bed: few sharp edges.  Around a photo shown on a
# screen (a chat's photo viewer saved as a JPEG screenshot) lie the screen's text and lines.
EDGE_MARGIN = 15  # px of the analysis copy around the page left out (its own border and shadow)


def edge_share_outside(image: Image.Image, quad: np.ndarray) -> float:
    """The share of the image outside the page `quad` (full-resolution corners) and a margin round it
    that is a sharp edge; 0.0 when the page fills the image."""
    rgb, factor = analysis_copy(image, FIND_SIDE)
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    page = np.zeros(grey.shape, np.uint8)
    cv2.fillPoly(page, [np.round(np.asarray(quad, np.float64) / factor).astype(np.int32)], 255)
    page = cv2.dilate(page, np.ones((2 * EDGE_MARGIN + 1, 2 * EDGE_MARGIN + 1), np.uint8))
    outside = page == 0
    if not outside.any():
        return 0.0
    return float((cv2.Canny(grey, 80, 200)[outside] > 0).mean())


def _osd(rgb: np.ndarray, engine: Engine) -> tuple[int, float]:
    """(clockwise rotation, confidence) from Tesseract OSD; (0, 0.0) when it sees too little text."""
    img = Image.fromarray(rgb)
    img.thumbnail((OSD_SIDE, OSD_SIDE))
    try:
        return engine.orientation(img)
    except OcrError as exc:
        raise DetectorError(str(exc)) from None


def _is_sideways(rgb: np.ndarray) -> bool:
    """Text lines run vertically: the column ink profile is sharper than the row profile.

    On the warped dev photos (12 pages x 4 rotations) this was right 48/48 times.
    """
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    scale = 800.0 / max(grey.shape)
    if scale < 1:
        grey = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    ink = ink.astype(np.float64) / 255.0
    if ink.mean() < 0.002:
        return False
    rows = float(np.var(np.diff(ink.mean(axis=1))))
    cols = float(np.var(np.diff(ink.mean(axis=0))))
    return cols > 1.25 * rows


def _reads_better(rgb: np.ndarray, candidates: list[int], engine: Engine) -> int:
    """Rotation under which Tesseract (single-block mode) reads the most confident words in the centre.

    Single-block mode matters: the default page mode turns vertical text lines
    itself and scores a sideways page as well as an upright one.
    """
    h, w = rgb.shape[:2]
    img = Image.fromarray(rgb[int(h * 0.2):int(h * 0.8), int(w * 0.1):int(w * 0.9)])
    img.thumbnail((VERIFY_SIDE, VERIFY_SIDE))
    # The page as it lies is tried first and wins a tie: a turn must read better, not as badly.  Text too
    # small to read at the check's size (two ID cards copied on an A4 page) reads no word any way round,
    # and taking the first turn offered then laid the whole page on its side.
    best, best_score = (0 if 0 in candidates else candidates[0]), -1
    for angle in sorted(dict.fromkeys(candidates), key=lambda a: a != 0):
        arr = np.asarray(img)
        if angle:
            arr = cv2.rotate(arr, _CV_ROT[angle])
        try:
            words = engine.words(Image.fromarray(arr), psm=6, lang="eng", page_options=False)
        except OcrError as exc:
            if "timed out" in str(exc):
                raise DetectorError(f"Orientation check {exc}") from None
            continue
        score = sum(1 for word in words if word.conf >= 70 and sum(ch.isalnum() for ch in word.text) >= 3)
        if score > best_score:
            best, best_score = angle, score
    return best


# OSD below this confidence is checked by reading: on the warped dev pages its
# two wrong 0/180 verdicts (of 24) had confidence < 0.4, the right ones mostly > 1.
OSD_TRUST = 1.0
VERIFY_SIDE = 700
_CV_ROT = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}


def _rotation_matrix(angle: int, w: int, h: int) -> np.ndarray:
    """Pixel mapping of a clockwise rotation by `angle` of a w x h image."""
    if angle == 90:
        return np.array([[0, -1, h - 1], [1, 0, 0], [0, 0, 1]], dtype=np.float64)
    if angle == 180:
        return np.array([[-1, 0, w - 1], [0, -1, h - 1], [0, 0, 1]], dtype=np.float64)
    if angle == 270:
        return np.array([[0, 1, 0], [-1, 0, w - 1], [0, 0, 1]], dtype=np.float64)
    return np.eye(3)


def _orient(page: np.ndarray, M: np.ndarray, found_page: bool,
            engine: Engine, check_upside_down: bool = True) -> tuple[np.ndarray, np.ndarray, int]:
    """Turn the page upright; returns (page, updated matrix, clockwise degrees applied)."""
    total = 0
    # The ink profile alone takes a receipt's right-aligned price column and dashed rules for
    # vertical lines of text: a page it calls sideways must also read better turned (either way).
    if found_page and _is_sideways(page) and _reads_better(page, [90, 270, 0], engine) != 0:
        h, w = page.shape[:2]
        page = cv2.rotate(page, _CV_ROT[90])
        M = _rotation_matrix(90, w, h) @ M
        total = 90
    if found_page and not check_upside_down:
        return page, M, total
    angle, conf = _osd(page, engine)
    if found_page:
        # Lines now run horizontally: only 0 or 180 remain.
        if angle in (0, 180) and conf >= OSD_TRUST:
            flip = angle
        else:
            flip = _reads_better(page, [0, 180], engine)
    else:
        # A frame-filling image (scan, screenshot): turn it only when OSD says so and reading agrees.
        flip = 0 if angle == 0 or conf < OSD_TRUST else _reads_better(page, [0, angle], engine)
    if flip:
        h, w = page.shape[:2]
        page = cv2.rotate(page, _CV_ROT[flip])
        M = _rotation_matrix(flip, w, h) @ M
        total = (total + flip) % 360
    return page, M, total


def _estimate_skew(grey: np.ndarray) -> float:
    """Small skew in degrees (positive = text rises to the right) by projection profiles."""
    small = grey
    scale = 800.0 / max(grey.shape)
    if scale < 1:
        small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    if np.count_nonzero(ink) < 200:
        return 0.0
    h, w = ink.shape
    centre = (w / 2, h / 2)

    def sharpness(angle: float) -> float:
        m = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rot = cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_NEAREST)
        return float(np.var(np.diff(rot.sum(axis=1, dtype=np.float64))))

    best, best_score = 0.0, -1.0
    for angle in np.arange(-SMALL_SKEW, SMALL_SKEW + 0.01, 0.25):
        score = sharpness(float(angle))
        if score > best_score:
            best, best_score = float(angle), score
    # A phone held turned in the hand stands further askew (10-15 degrees) with no page found around its
    # screen: looked for by the degree, and taken only when its lines come out clearly sharper.
    far = [(sharpness(float(a)), float(a)) for a in np.arange(SMALL_SKEW + 1, FAR_SKEW + 0.01, 1.0)
           for a in (a, -a)]
    far_score, far_angle = max(far)
    if far_score > FAR_SHARPER * best_score:
        fine = [(sharpness(float(a)), float(a)) for a in np.arange(far_angle - 0.75, far_angle + 0.76, 0.25)]
        best = max(fine)[1]
    return best


# The skew search's reach in degrees: every quarter degree this far, then by the degree to FAR_SKEW; a far
# angle is taken only when its lines' profile is this many times sharper than the best near one.
SMALL_SKEW = 6.0
FAR_SKEW = 15.0
FAR_SHARPER = 1.15


def _median_colour(page: np.ndarray) -> tuple[int, int, int]:
    """Per-channel median of an RGB page, as `np.median` gives it, from histograms instead of a sort."""
    colour = []
    for channel in range(3):
        cumulative = np.bincount(page[..., channel].ravel(), minlength=256).cumsum()
        n = int(cumulative[-1])
        low = int(np.searchsorted(cumulative, (n - 1) // 2 + 1))
        high = int(np.searchsorted(cumulative, n // 2 + 1))
        colour.append(int((low + high) / 2))
    return tuple(colour)


_FIND_IT = object()


def rectify_document(image: Image.Image, *, engine: Engine | None = None,
                     check_upside_down: bool = True, quad=_FIND_IT) -> Rectified | None:
    """Rectify a photographed (or rotated) page; None when there is nothing to undo.

    `engine` reads the page's orientation (the OCR stage's; by default one for the default languages).
    With `check_upside_down=False` a page found in a photo is turned from
    sideways to level but not checked for upside down (Tesseract's orientation
    detection takes most of a second on a page): the caller decides that from
    how well the page reads, and calls `turned_over()` when it reads badly.
    `quad` is what `find_page(image)` returned, when the caller has already looked.
    """
    if image.mode != "RGB":
        image = image.convert("RGB")
    W, H = image.size
    if quad is _FIND_IT:
        quad = find_page(image)
    full = np.asarray(image)
    if quad is not None:
        tl, tr, br, bl = quad
        pw = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
        ph = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
        s = min(1.0, MAX_OUTPUT_SIDE / max(pw, ph))
        ow, oh = max(1, int(round(pw * s))), max(1, int(round(ph * s)))
        dst = np.array([[0, 0], [ow - 1, 0], [ow - 1, oh - 1], [0, oh - 1]], dtype=np.float64)
        M = cv2.getPerspectiveTransform(quad.astype(np.float32), dst.astype(np.float32)).astype(np.float64)
        page = cv2.warpPerspective(full, M, (ow, oh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        quad_t = tuple((float(x), float(y)) for x, y in quad)
    else:
        s = min(1.0, MAX_OUTPUT_SIDE / max(W, H))
        M = np.diag([s, s, 1.0])
        page = full if s == 1.0 else cv2.resize(full, (round(W * s), round(H * s)), interpolation=cv2.INTER_AREA)
        quad_t = ((0.0, 0.0), (float(W), 0.0), (float(W), float(H)), (0.0, float(H)))
    del full  # the photo's own array copy (36 MB at 12 MP) is not needed while the page is turned and read

    page, M, rotation = _orient(page, M, quad is not None, engine or get_engine(), check_upside_down)

    grey = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    skew = _estimate_skew(grey)
    if abs(skew) >= 0.3:
        h, w = grey.shape
        A = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        page = cv2.warpAffine(page, A, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        M = np.vstack([A, [0, 0, 1]]) @ M
    else:
        skew = 0.0

    if quad is None and rotation == 0 and skew == 0.0:
        return None
    if quad is not None:
        # Tesseract drops text that touches the image edge: give the page a margin of its own colour.
        m = max(8, int(0.03 * max(page.shape[:2])))
        colour = _median_colour(page)
        page = cv2.copyMakeBorder(page, m, m, m, m, cv2.BORDER_CONSTANT, value=colour)
        M = np.array([[1, 0, m], [0, 1, m], [0, 0, 1]], dtype=np.float64) @ M
    return Rectified(Image.fromarray(page), np.linalg.inv(M), rotation, skew, quad_t,
                     upside_down_checked=check_upside_down or quad is None)
