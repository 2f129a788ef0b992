"""QR codes and barcodes with zxing-cpp (Apache-2.0): locates and decodes
QR, Micro QR, DataMatrix, Aztec, PDF417 (boarding passes, IDs), EAN/UPC,
Code128/39/93, ITF, Codabar and DataBar.

The whole symbol plus its quiet zone is covered, whatever it decodes to.  A symbol too small to decode (a
boarding pass's PDF417 shrunk on an e-ticket, its modules a pixel wide) is found by its bars: a block where
every row, across a stretch of the page, alternates dark and light as often as bars do and no text does.
"""
from __future__ import annotations

import math

import cv2
import numpy as np
from PIL import Image

from redactor.components import components
from redactor.errors import DetectorError, fail_closed
from redactor.findings import Box, Finding

from ._util import analysis_copy, mask_payload

DETECTOR = "zxing-cpp"
BAR_DETECTOR = "bar pattern"
# Long side of the analysis copy.  zxing also tries its own downscales; 2400 px
# keeps the modules of a QR code that fills 1/10 of a 12 MP photo at >= 2 px.
MAX_SIDE = 2400

_MATRIX = {"QRCode", "MicroQRCode", "RMQRCode", "DataMatrix", "Aztec", "MaxiCode", "QRCodeModel1", "QRCodeModel2"}
_SHORT = {"QRCode": "QR", "MicroQRCode": "QR", "RMQRCode": "QR", "DataMatrix": "DataMatrix",
          "Aztec": "Aztec", "PDF417": "PDF417", "MaxiCode": "MaxiCode"}


def _zxing():
    try:
        import zxingcpp
    except Exception as exc:
        raise DetectorError("detector_missing", what="barcode reader (zxing-cpp)", reason=str(exc).splitlines()[0]) from exc
    return zxingcpp


def _format_name(barcode) -> str:
    fmt = barcode.format
    name = getattr(fmt, "name", None) or str(fmt)
    return name.split(".")[-1]


# Codes stacked in rows (a boarding pass's PDF417): their position is the whole symbol, however flat; a caption
# set a few pixels under one ("Tunjukkan saat check-in") is no part of it.
_STACKED = {"PDF417", "MicroPDF417"}


def _quad_box(barcode, factor: float, size: tuple[int, int], quiet: float) -> Box:
    pos = barcode.position
    pts = [(p.x, p.y) for p in (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)]
    xs = [p[0] * factor for p in pts]
    ys = [p[1] * factor for p in pts]
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    if _format_name(barcode) in _STACKED:
        return _stacked_box(min(xs), min(ys), max(xs), max(ys), size, quiet)
    # Linear barcodes report a thin line through the bars; grow them to a band.
    if h < 0.25 * w:
        grow_y = max(0.35 * w, 12 * factor)
        ys = [min(ys) - grow_y / 2, max(ys) + grow_y / 2]
        h = max(ys) - min(ys)
    if w < 0.25 * h:
        grow_x = max(0.35 * h, 12 * factor)
        xs = [min(xs) - grow_x / 2, max(xs) + grow_x / 2]
        w = max(xs) - min(xs)
    pad = quiet * max(w, h)
    return Box.from_edges(
        max(0, math.floor(min(xs) - pad)), max(0, math.floor(min(ys) - pad)),
        min(size[0], math.ceil(max(xs) + pad)), min(size[1], math.ceil(max(ys) + pad)),
    )


def _stacked_box(left: float, top: float, right: float, bottom: float, size: tuple[int, int], quiet: float) -> Box:
    """A stacked code's box with its quiet zone: a share of its width at its sides, a little above and below
    (its quiet zone there is two modules: a flat code's share of its width would reach into the line under it)."""
    pad_x, pad_y = max(3.0, quiet * (right - left)), max(2.0, 0.05 * (bottom - top))
    return Box.from_edges(max(0, math.floor(left - pad_x)), max(0, math.floor(top - pad_y)),
                          min(size[0], math.ceil(right + pad_x)), min(size[1], math.ceil(bottom + pad_y)))


def detect_codes(image: Image.Image, *, max_side: int = MAX_SIDE) -> list[Finding]:
    zxingcpp = _zxing()
    rgb, factor = analysis_copy(image, max_side)
    # OpenCV's integer conversion: a float64 dot product made a 138 MB temporary of a 2400 px copy.
    grey = cv2.cvtColor(np.ascontiguousarray(rgb[..., :3]), cv2.COLOR_RGB2GRAY)
    with fail_closed("barcode reader"):
        results = zxingcpp.read_barcodes(grey, try_rotate=True, try_downscale=True, try_invert=True)
    findings: list[Finding] = []
    seen: list[Box] = []
    for bc in results:
        name = _format_name(bc)
        category = "qr_code" if name in _MATRIX else "barcode"
        box = _quad_box(bc, factor, image.size, quiet=0.12 if category == "qr_code" else 0.08)
        if any(box.intersects(b) and _iou(box, b) > 0.6 for b in seen):
            continue
        seen.append(box)
        label = _SHORT.get(name, name)
        text = bc.text or ""
        preview = f"{label} {mask_payload(text)}" if text else f"{label} (not decoded)"
        findings.append(Finding(category, (box,), 1.0, preview, DETECTOR))
    findings += _undecoded_bars(grey, factor, image.size, seen)
    return findings


# The bars of a code too small to decode.  Along a row, a window this wide ...
BAR_WINDOW = 24
# ... changes between dark and light at least this often per pixel (a code's one-pixel modules: about one
# change in two pixels; text at its densest, through its x-height, has fewer, and none in the rows of its
# ascenders), its dark share between these bounds (bars are half dark; a dark or light panel is not).
BAR_CHANGES = 0.3
BAR_DARK_SHARE = (0.25, 0.75)
# Dark and light against the neighbourhood's mean grey (a box this wide) by this many levels.
BAR_CONTRAST_BOX = 31
BAR_CONTRAST = 30
# The block: at least this wide and this tall (analysis pixels: taller than a line of small text's x-height
# band, which is all a line of text that dense could fill), and that full of such rows.
BAR_MIN_SIZE = (60, 16)
BAR_FILL = 0.6


def bar_patterns(grey: np.ndarray) -> list[tuple[int, int, int, int]]:
    """(left, top, right, bottom) of each block of bars in `grey` (uint8), decoded or not."""
    if grey.shape[0] < BAR_MIN_SIZE[1] or grey.shape[1] < BAR_MIN_SIZE[0]:
        return []
    level = grey.astype(np.int16)
    mean = cv2.blur(grey, (BAR_CONTRAST_BOX, BAR_CONTRAST_BOX)).astype(np.int16)
    dark = level < mean - BAR_CONTRAST
    changes = cv2.blur((dark[:, 1:] != dark[:, :-1]).astype(np.float32), (BAR_WINDOW, 1))
    share = cv2.blur(dark.astype(np.float32), (BAR_WINDOW, 1))[:, 1:]
    rows = ((changes >= BAR_CHANGES) & (share >= BAR_DARK_SHARE[0]) & (share <= BAR_DARK_SHARE[1])).astype(np.uint8)
    rows = cv2.morphologyEx(rows, cv2.MORPH_CLOSE, np.ones((1, 9), np.uint8))  # a wide bar inside the code
    count, _labels, stats = components(rows)
    found = []
    for left, top, width, height, area in stats[1:count]:
        if width >= BAR_MIN_SIZE[0] and height >= BAR_MIN_SIZE[1] and area >= BAR_FILL * width * height:
            found.append((int(left), int(top), int(left + width), int(top + height)))
    return found


def _undecoded_bars(grey: np.ndarray, factor: float, size: tuple[int, int], seen: list[Box]) -> list[Finding]:
    findings = []
    for left, top, right, bottom in bar_patterns(grey):
        # (its rows are the bars' own rows: a caption under it stays; at its sides, the window's blur may have
        # left out a bar or two)
        box = _stacked_box(left * factor, top * factor, right * factor, bottom * factor, size, 0.04)
        if any(box.intersects(b) for b in seen):
            continue  # decoded: covered already
        seen.append(box)
        findings.append(Finding("barcode", (box,), 0.9, "barcode (not decoded)", BAR_DETECTOR))
    return findings


def _iou(a: Box, b: Box) -> float:
    x0, y0 = max(a.left, b.left), max(a.top, b.top)
    x1, y1 = min(a.right, b.right), min(a.bottom, b.bottom)
    inter = max(0, x1 - x0) * max(0, y1 - y0)
    return inter / max(1, a.area + b.area - inter)
