"""QR codes and barcodes with zxing-cpp (Apache-2.0): locates and decodes
QR, Micro QR, DataMatrix, Aztec, PDF417 (boarding passes, IDs), EAN/UPC,
Code128/39/93, ITF, Codabar and DataBar.

The whole symbol plus its quiet zone is covered, whatever it decodes to.
"""
from __future__ import annotations

import math

import cv2
import numpy as np
from PIL import Image

from redactor.errors import DetectorError, fail_closed
from redactor.findings import Box, Finding

from ._util import analysis_copy, mask_payload

DETECTOR = "zxing-cpp"
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


def _quad_box(barcode, factor: float, size: tuple[int, int], quiet: float) -> Box:
    pos = barcode.position
    pts = [(p.x, p.y) for p in (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)]
    xs = [p[0] * factor for p in pts]
    ys = [p[1] * factor for p in pts]
    w, h = max(xs) - min(xs), max(ys) - min(ys)
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
    return findings


def _iou(a: Box, b: Box) -> float:
    x0, y0 = max(a.left, b.left), max(a.top, b.top)
    x1, y1 = min(a.right, b.right), min(a.bottom, b.bottom)
    inter = max(0, x1 - x0) * max(0, y1 - y0)
    return inter / max(1, a.area + b.area - inter)
