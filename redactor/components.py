"""Connected components of a binary image, as the preparation and the detectors label them."""
from __future__ import annotations

import numpy as np


def components(binary: np.ndarray, ltype: int | None = None) -> tuple[int, np.ndarray, np.ndarray]:
    """Eight-connected components of `binary` (uint8, non-zero is set): their count, labels and stats,
    as `cv2.connectedComponentsWithStats(binary, connectivity=8)` gives them (no centroids).

    Found with OpenCV's block-based scan (BBDT): the same labels and stats as its default for eight
    neighbours (Spaghetti), in half its time with one thread (5 against 10 ms on a 1920x1080 page of
    text); a batch worker, and a single image's thread that reads while another finds faces, run one.
    `ltype`: the labels' type (cv2.CV_32S by default; cv2.CV_16U where they cannot outnumber it).
    """
    import cv2

    count, labels, stats, _ = cv2.connectedComponentsWithStatsWithAlgorithm(
        binary, 8, cv2.CV_32S if ltype is None else ltype, cv2.CCL_GRANA)
    return count, labels, stats
