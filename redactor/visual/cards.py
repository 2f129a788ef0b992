"""Cards laid on a page: ID cards photocopied onto an A4 sheet, a card beside a form on a scan.

The page is straightened as a whole, but each card was laid on the copier's glass by hand, a degree or
three askew of the page and of the other card.  Read with the page, a tilted card's rows run into each
other and the upright boxes of its portrait and signature reach over the issue place and date printed
beside them.  So each card-shaped rectangle on the page (an ID-1 card's outline, 85.6 x 54 mm, as a
copier or a camera shows its edge) is cut out, turned level on its own and read as its own card.

`find_cards` works on the rectified page and returns each card as a rectangle turned by a small angle;
`cut_card` makes its level image and the matrix from that image back to the page.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageFilter

from ._util import analysis_copy

FIND_SIDE = 1000
# An ID-1 card is 85.6 by 54 mm (1.585); its outline on a photographed page, blurred, with rounded corners
# and a shadow, measures between these.
CARD_ASPECT = (1.4, 1.8)
# A card on a page takes this share of the page's area: an ID card on an A4 sheet about 0.08, a card
# photographed on a table fills the picture and is the page itself (nothing to cut out).
CARD_AREA = (0.02, 0.5)
# Its outline closes round a rectangle: the hull fills nearly all of the turned rectangle around it.
CARD_FILL = 0.9
# Askew at most this much of the page (a card set by hand on the glass); more is no card's edge.
CARD_TILT = 8.0
MAX_CARDS = 4
# Read at least this wide: a card copied at two thirds of an A4 width prints its rows at about 20 px.
CARD_WIDTH = 1300
MAX_ENLARGE = 2.0
# Margin around the card when it is cut out (a share of its height): Tesseract drops text at the edge.
CUT_MARGIN = 0.04


@dataclass(frozen=True)
class Card:
    """A card's rectangle on the page: its centre, its long and short side, and how far it is turned
    (degrees, positive counter-clockwise as OpenCV turns)."""

    centre: tuple[float, float]
    size: tuple[float, float]
    angle: float

    def corners(self) -> list[tuple[float, float]]:
        """tl, tr, br, bl on the page."""
        points = cv2.boxPoints((self.centre, self.size, -self.angle))
        order = sorted(points.tolist(), key=lambda p: p[1])
        top, bottom = sorted(order[:2]), sorted(order[2:])
        return [tuple(top[0]), tuple(top[1]), tuple(bottom[1]), tuple(bottom[0])]


def _level(angle: float, width: float, height: float) -> tuple[float, float, float]:
    """OpenCV's rectangle angle as the turn of its long side from the horizontal, in (-90, 90]."""
    if width < height:
        width, height, angle = height, width, angle + 90
    angle = -(((angle + 90) % 180) - 90)  # counter-clockwise positive
    return angle, width, height


def find_cards(image: Image.Image) -> list[Card]:
    """Card-shaped rectangles on a page, largest first, each the outline of a card and not the page."""
    rgb, factor = analysis_copy(image, FIND_SIDE)
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    edges = cv2.Canny(cv2.GaussianBlur(grey, (5, 5), 0), 30, 90)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    page = float(grey.size)
    found: list[tuple[float, Card]] = []
    for contour in contours:
        (cx, cy), (w, h), angle = cv2.minAreaRect(contour)
        angle, w, h = _level(angle, w, h)
        area = w * h
        if not (CARD_AREA[0] * page <= area <= CARD_AREA[1] * page):
            continue
        if not (CARD_ASPECT[0] <= w / max(h, 1.0) <= CARD_ASPECT[1]) or abs(angle) > CARD_TILT:
            continue
        fill = cv2.contourArea(cv2.convexHull(contour)) / area
        if fill < CARD_FILL:
            continue
        found.append((fill, Card((cx * factor, cy * factor), (w * factor, h * factor), angle)))
    # The inner and outer edge of one outline, or the card and its shadow: the one that closes best.
    cards: list[Card] = []
    for _, card in sorted(found, key=lambda f: -f[0]):
        if any(_inside(card.centre, other) or _inside(other.centre, card) for other in cards):
            continue
        cards.append(card)
    return sorted(cards, key=lambda c: -c.size[0] * c.size[1])[:MAX_CARDS]


def _inside(point: tuple[float, float], card: Card) -> bool:
    polygon = np.float32(card.corners()).reshape(-1, 1, 2)
    return cv2.pointPolygonTest(polygon, (float(point[0]), float(point[1])), False) >= 0


def cut_card(page: Image.Image, card: Card) -> tuple[Image.Image, np.ndarray]:
    """The card turned level, enlarged to be read, with a margin of the page around it; and the 3x3 matrix
    from its pixels back to the page's."""
    w, h = card.size
    scale = min(MAX_ENLARGE, max(1.0, CARD_WIDTH / w))
    margin = CUT_MARGIN * h
    out_w, out_h = int(round((w + 2 * margin) * scale)), int(round((h + 2 * margin) * scale))
    # page -> card: about the card's centre, turned back by its angle, scaled, centred in the cut.
    turn = cv2.getRotationMatrix2D(card.centre, -card.angle, scale)
    turn[0, 2] += out_w / 2 - card.centre[0]
    turn[1, 2] += out_h / 2 - card.centre[1]
    cut = cv2.warpAffine(np.asarray(page.convert("RGB")), turn, (out_w, out_h), flags=cv2.INTER_CUBIC,
                         borderMode=cv2.BORDER_REPLICATE)
    to_page = np.linalg.inv(np.vstack([turn, [0.0, 0.0, 1.0]]))
    return Image.fromarray(cut), to_page


def card_outline_on(points) -> np.ndarray:
    """A card's corners (as mapped onto the photo) as a contour for `cv2.pointPolygonTest`."""
    return np.float32(points).reshape(-1, 1, 2)


def lies_within(finding, outline: np.ndarray) -> bool:
    """Every box and polygon of `finding` has its centre inside `outline`."""
    centres = [((b.left + b.right) / 2, (b.top + b.bottom) / 2) for b in finding.boxes]
    centres += [(sum(x for x, _ in p) / len(p), sum(y for _, y in p) / len(p)) for p in finding.polygons]
    return bool(centres) and all(cv2.pointPolygonTest(outline, (float(x), float(y)), False) >= 0 for x, y in centres)


# Two covers of one thing: the one takes in at least this share of the upright box around the other.
SAME_COVER = 0.3


def overlaps(finding, other) -> bool:
    """`other`'s cover takes in at least `SAME_COVER` of the upright box around `finding`'s."""
    a, b = finding.bounds, other.bounds
    width, height = min(a.right, b.right) - max(a.left, b.left), min(a.bottom, b.bottom) - max(a.top, b.top)
    return width > 0 and height > 0 and a.area > 0 and width * height >= SAME_COVER * a.area


def sharpened(image: Image.Image) -> Image.Image:
    """The card with its print's edges sharpened (an unsharp mask about a stroke wide)."""
    return image.filter(ImageFilter.UnsharpMask(radius=3, percent=150, threshold=2))
