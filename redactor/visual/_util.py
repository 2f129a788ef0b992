"""Small shared helpers: reduced-size analysis copies and masked previews."""
from __future__ import annotations

import numpy as np
from PIL import Image

from redactor.findings import Box


def analysis_copy(image: Image.Image, max_side: int) -> tuple[np.ndarray, float]:
    """RGB uint8 array of `image` with its long side at most `max_side`.

    Returns the array and the factor that maps its coordinates back to the
    full-resolution image (full = reduced * factor).
    """
    image = image.convert("RGB") if image.mode != "RGB" else image
    w, h = image.size
    long_side = max(w, h)
    if long_side <= max_side:
        return np.asarray(image), 1.0
    factor = long_side / max_side
    size = (max(1, round(w / factor)), max(1, round(h / factor)))
    small = image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    return np.asarray(small), w / size[0]


def to_full(box_edges: tuple[float, float, float, float], factor: float,
            size: tuple[int, int], pad: float = 0.0) -> Box:
    """Map (x0, y0, x1, y1) in analysis coordinates to a padded, clipped full-res Box."""
    x0, y0, x1, y1 = (v * factor for v in box_edges)
    px, py = (x1 - x0) * pad, (y1 - y0) * pad
    import math
    return Box.from_edges(
        max(0, math.floor(x0 - px)), max(0, math.floor(y0 - py)),
        min(size[0], math.ceil(x1 + px)), min(size[1], math.ceil(y1 + py)),
    )


def mask_payload(text: str, keep: int = 6) -> str:
    """First few characters of a decoded payload, the rest masked.

    Never more than a third of the payload is shown, so a short code is
    mostly masked and a long one never appears in full.
    """
    text = " ".join(text.split())
    shown = min(keep, len(text) // 3)
    return text[:shown] + "\u2022\u2022\u2022\u2022"
