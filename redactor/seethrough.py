"""A user's own "redaction" that did not redact: a dark box that still shows what is under it.

A black box at 90 % opacity looks solid, yet stretching the levels brings the
text back.  Such a box is dark, rectangular and faintly structured inside; the
pipeline covers it fully so the output of that area is one flat colour.
"""
from __future__ import annotations

import numpy as np
from PIL import Image

from .findings import Box, Finding

DARK = 70          # grey level under which a pixel can belong to such a box
MAX_RANGE = 45     # a real dark theme's text spans far more than this inside a box
MIN_STD = 0.8      # below this the box is already solid


def find_see_through_boxes(image: Image.Image) -> list[Finding]:
    import cv2

    grey = np.asarray(image.convert("L"))
    dark = (grey < DARK).astype(np.uint8)
    if not dark.any():
        return []
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    height, width = grey.shape
    found = []
    for i in range(1, n):
        x, y, w, h, area = stats[i]
        if w < 16 or h < 8 or w * h > 0.5 * width * height:
            continue
        if area < 0.85 * w * h:
            continue  # not a filled rectangle
        inside = grey[y + 1:y + h - 1, x + 1:x + w - 1]
        if inside.size == 0:
            continue
        spread = int(inside.max()) - int(inside.min())
        if inside.std() < MIN_STD or spread > MAX_RANGE:
            continue
        found.append(Finding(category="masked_area", boxes=(Box(int(x), int(y), int(w), int(h)),), score=0.9,
                             preview="Kotak tembus pandang", detector="see-through-box"))
    return found
