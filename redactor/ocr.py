"""OCR stage: Tesseract words with boxes, confidences and line structure.

Screenshot text is small and often light-on-dark, so the image is turned to
grey, inverted when its background is dark, and enlarged when its glyphs are
small; boxes are mapped back to the original pixel grid.  A single image may be
split into horizontal bands read by parallel Tesseract processes (each one
thread: OMP_THREAD_LIMIT=1), which is how one redaction uses both cores while a
batch uses one process per file instead.
"""
from __future__ import annotations

import functools
import os
import re
import platform
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from .errors import OcrError
from .findings import Box

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import pytesseract  # noqa: E402  (after OMP_THREAD_LIMIT so child processes inherit it)

DEFAULT_LANG = "ind+eng"
DEFAULT_TIMEOUT_S = 120
# Tesseract reads best when capitals are ~20-30 px tall; screenshots are ~10-16 px.
TARGET_GLYPH_HEIGHT = 22
MAX_UPSCALE = 2.0
MAX_OCR_PIXELS = 12_000_000  # larger photos are read at a reduced size


@dataclass(frozen=True)
class Word:
    text: str
    box: Box
    conf: float
    line_id: int


@dataclass
class Line:
    line_id: int
    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def box(self) -> Box:
        return Box.union(w.box for w in self.words)


@dataclass(frozen=True)
class OcrResult:
    words: tuple[Word, ...]
    width: int
    height: int
    scale: float = 1.0

    def lines(self) -> list[Line]:
        by_id: dict[int, Line] = {}
        for word in self.words:
            by_id.setdefault(word.line_id, Line(word.line_id)).words.append(word)
        return sorted(by_id.values(), key=lambda ln: (ln.box.top, ln.box.left))

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines())


def install_hint() -> str:
    system = platform.system()
    if system == "Windows":
        return ("install Tesseract from the UB-Mannheim installer (github.com/UB-Mannheim/tesseract/wiki) "
                "and tick 'Indonesian' under additional languages")
    if system == "Darwin":
        return "install it with: brew install tesseract tesseract-lang"
    return "install it with: sudo apt install tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng"


_STANDARD_LOCATIONS = [
    r"C:\Program Files\Tesseract-OCR\tesseract.exe",
    r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe",
    os.path.expandvars(r"%LOCALAPPDATA%\Programs\Tesseract-OCR\tesseract.exe"),
    "/opt/homebrew/bin/tesseract",
    "/usr/local/bin/tesseract",
    "/usr/bin/tesseract",
]


def find_tesseract(configured: str | None = None) -> str | None:
    """The Tesseract binary: a configured path, $REDACTOR_TESSERACT, a bundled copy, PATH, standard places."""
    candidates = [configured, os.environ.get("REDACTOR_TESSERACT")]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(str(Path(bundle) / "tesseract" / ("tesseract.exe" if os.name == "nt" else "tesseract")))
    candidates.append(shutil.which("tesseract"))
    candidates.extend(_STANDARD_LOCATIONS)
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


@functools.lru_cache(maxsize=8)
def _check_ready(cmd: str, lang: str) -> None:
    pytesseract.pytesseract.tesseract_cmd = cmd
    try:
        available = set(pytesseract.get_languages(config=""))
    except Exception as exc:
        raise OcrError(f"Tesseract at {cmd} does not run ({_short(exc)}); {install_hint()}") from None
    missing = [code for code in lang.split("+") if code not in available]
    if missing:
        raise OcrError(f"Tesseract has no language data for {', '.join(missing)}; {install_hint()}")


def ensure_tesseract(lang: str = DEFAULT_LANG, configured: str | None = None) -> str:
    cmd = find_tesseract(configured)
    if cmd is None:
        raise OcrError(f"Tesseract OCR is not installed; {install_hint()}")
    _check_ready(cmd, lang)
    return cmd


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:120] or type(exc).__name__


def prepare(image: Image.Image) -> tuple[Image.Image, float]:
    """Grey, light-on-dark areas inverted, background flattened, rules removed, glyphs brought to
    a size Tesseract reads well (enlarged on screenshots, reduced on zoomed text)."""
    arr = np.asarray(ImageOps.grayscale(image))
    first_guess = estimate_glyph_height(arr) or 12.0
    inverted = _invert_dark_areas(arr, first_guess)
    # Light text on dark is invisible to the first estimate; measure again only when something was inverted.
    glyph = (estimate_glyph_height(inverted) or first_guess) if inverted is not arr else first_guess
    arr = inverted
    arr = _flatten_background(arr, glyph)
    arr = _remove_rules(arr, glyph)
    grey = Image.fromarray(arr, "L")
    pixels = grey.width * grey.height
    scale = 1.0
    if glyph < TARGET_GLYPH_HEIGHT * 0.75:
        scale = min(MAX_UPSCALE, TARGET_GLYPH_HEIGHT / glyph)
    elif glyph > TARGET_GLYPH_HEIGHT * 2.5:
        scale = TARGET_GLYPH_HEIGHT * 1.5 / glyph
    if pixels * scale * scale > MAX_OCR_PIXELS:
        scale = (MAX_OCR_PIXELS / pixels) ** 0.5
    if abs(scale - 1.0) > 0.05:
        size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
        grey = grey.resize(size, Image.Resampling.LANCZOS if scale > 1 else Image.Resampling.BOX)
    else:
        scale = 1.0
    return grey, scale


def _invert_dark_areas(grey: np.ndarray, glyph: float = 12.0) -> np.ndarray:
    """Dark themes, title bars and coloured chat bubbles: make every text dark on light.

    The background is a median over a window a few glyphs wide, whose edges
    follow the real bar and bubble edges; a mask from a box blur spills over
    the edge and inverts a strip of the light area, which Tesseract then reads
    as a line of noise glued to the text beside it.  Large text is measured on
    a reduced copy so the window still spans more than a stroke.
    """
    import cv2

    factor = max(1, int(glyph // 12))
    small = grey[::factor, ::factor] if factor > 1 else grey
    background = cv2.medianBlur(np.ascontiguousarray(small), 31)
    dark = (background < 110).astype(np.uint8)
    if not dark.any():
        return grey
    # Bold light text can outweigh its own background in the median window: fill those holes.
    dark = cv2.morphologyEx(dark, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 15)))
    if factor > 1:
        dark = cv2.resize(dark, (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_NEAREST)
    mask = dark.astype(bool)
    out = grey.copy()
    out[mask] = 255 - out[mask]
    return out


def _flatten_background(grey: np.ndarray, glyph: float = 12.0) -> np.ndarray:
    """Divide by the local background so grey bars, buttons and shadows turn white.

    Tesseract thresholds the page globally; on a mid-grey header bar the text
    would otherwise vanish into black.  The window must be wider than a stroke.
    """
    import cv2

    k = int(max(15, glyph * 0.6)) | 1
    background = cv2.dilate(grey, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    background = cv2.blur(background, (9, 9))
    flat = grey.astype(np.float32) * 255.0 / np.maximum(background.astype(np.float32), 1.0)
    return np.clip(flat, 0, 255).astype(np.uint8)


def _remove_rules(grey: np.ndarray, glyph: float = 12.0) -> np.ndarray:
    """Paint over long thin straight lines (table grids, stamp frames) that Tesseract reads as '|' or noise.

    A line counts as a rule only when it is much longer than a glyph is tall
    and thin, so the strokes of large letters stay.
    """
    import cv2

    ink = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 10)
    h, w = grey.shape
    reach = int(max(40, 3 * glyph))
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(reach, w // 25), 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(reach, h // 25))))
    thin = max(3, int(glyph * 0.2))
    # Thick bars are strokes of big letters or filled shapes, not rules: remove what is thicker than `thin`.
    horizontal &= ~cv2.morphologyEx(horizontal, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, thin + 1)))
    vertical &= ~cv2.morphologyEx(vertical, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (thin + 1, 1)))
    rules = cv2.dilate(cv2.bitwise_or(horizontal, vertical), np.ones((3, 3), np.uint8)) > 0
    if not rules.any():
        return grey
    out = grey.copy()
    out[rules] = 255
    return out


def estimate_glyph_height(grey: np.ndarray) -> float | None:
    """Median height of dark connected components shaped like glyphs."""
    import cv2

    small = grey
    ink = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if n <= 1:
        return None
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    widths = stats[1:, cv2.CC_STAT_WIDTH]
    keep = (heights >= 5) & (heights <= 200) & (widths <= heights * 2.5) & (widths >= 1)
    if keep.sum() < 20:
        return None
    return float(np.percentile(heights[keep], 75))


def _band_edges(grey: Image.Image, bands: int) -> list[tuple[int, int]]:
    """Split rows into bands holding about the same amount of text, each cut at a quiet row.

    Tesseract's time follows the text, not the pixels: halving the height of a
    page whose lower half is blank would leave one process doing all the work.
    The horizontal gradient of each row stands in for its text.
    """
    height = grey.height
    if bands <= 1 or height < 400:
        return [(0, height)]
    arr = np.asarray(grey, dtype=np.int16)
    energy = np.abs(np.diff(arr, axis=1)).sum(axis=1).astype(np.float64)
    cumulative = np.cumsum(energy)
    reach = max(20, height // (bands * 4))
    edges = [0]
    for k in range(1, bands):
        target = int(np.searchsorted(cumulative, cumulative[-1] * k / bands))
        lo, hi = max(edges[-1] + 50, target - reach), min(height - 50, target + reach)
        if hi <= lo:
            continue
        window = energy[lo:hi]
        quiet = np.flatnonzero(window <= window.min())  # no row is cut through a text line
        edges.append(lo + int(quiet[np.argmin(np.abs(quiet + lo - target))]))
    edges.append(height)
    return list(zip(edges[:-1], edges[1:]))


def _read_band(grey: Image.Image, top: int, bottom: int, lang: str, psm: int, timeout: int):
    crop = grey.crop((0, top, grey.width, bottom))
    crop.format = "BMP"  # pytesseract hands Tesseract a temp file: BMP is written 100x faster than PNG
    config = f"--oem 1 --psm {psm} -c preserve_interword_spaces=1 -c paragraph_text_based=0"
    data = _call_tesseract(pytesseract.image_to_data, crop, timeout, lang=lang, config=config,
                           output_type=pytesseract.Output.DICT)
    try:
        words = []
        for i, text in enumerate(data["text"]):
            text = (text or "").strip()
            conf = float(data["conf"][i])
            if not text or conf < 0:
                continue
            key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
            words.append((key, text, int(data["left"][i]), int(data["top"][i]) + top, int(data["width"][i]),
                          int(data["height"][i]), conf))
    except (KeyError, ValueError, IndexError, TypeError):
        raise OcrError("OCR failed (unreadable output from Tesseract)") from None
    return words


def find_stamps(image: Image.Image) -> list[Box]:
    """Boxes of red or blue ink blobs the size of a stamp or a classification mark.

    Classification marks (SANGAT RAHASIA, RAHASIA) are stamped in red and are
    often tilted inside a frame, which the page pass cannot read.
    """
    import cv2

    rgb = np.asarray(image)
    factor = max(1, int(max(rgb.shape[:2]) / 1600))
    small = rgb[::factor, ::factor]
    hsv = cv2.cvtColor(small, cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    red = ((hue < 10) | (hue > 165)) & (sat > 90) & (val > 70)
    mask = cv2.dilate(red.astype(np.uint8) * 255, np.ones((9, 9), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    boxes = []
    for i in range(1, n):
        x, y, w, h, area = stats[i]
        if w < 40 or h < 12 or w > small.shape[1] * 0.8 or h > small.shape[0] * 0.6:
            continue
        if red[y:y + h, x:x + w].sum() < 0.03 * w * h:
            continue
        boxes.append(Box(int(x * factor), int(y * factor), int(w * factor), int(h * factor)))
    boxes.sort(key=lambda b: -b.area)
    outer: list[Box] = []
    for b in boxes:  # a frame and the letters inside it are one stamp
        if not any(o.left <= b.left and o.top <= b.top and o.right >= b.right and o.bottom >= b.bottom for o in outer):
            outer.append(b)
    return outer[:8]


_STAMP_WORDS = ("SANGAT RAHASIA", "RAHASIA", "TERBATAS", "CONFIDENTIAL", "SECRET", "BIASA", "SEGERA", "PENTING")


def _correct_stamp(text: str) -> str:
    """Stamps OCR poorly (ink texture, tilt); snap near-misses onto the words stamps carry."""
    import difflib

    cleaned = " ".join(re.sub(r"[^A-Za-z ]", " ", text).split()).upper()
    if not cleaned:
        return text
    best = max(_STAMP_WORDS, key=lambda w: difflib.SequenceMatcher(None, cleaned, w).ratio())
    return best if difflib.SequenceMatcher(None, cleaned, best).ratio() >= 0.7 else text


def _read_stamp(image: Image.Image, box: Box, lang: str, timeout: int) -> str:
    import cv2

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
    grey = _remove_rules(grey)
    scale = max(1.0, 40.0 / max(1, box.height / 2))
    pil = Image.fromarray(grey).resize((int(grey.shape[1] * min(scale, 3)), int(grey.shape[0] * min(scale, 3))))
    pil.format = "BMP"
    return _call_tesseract(pytesseract.image_to_string, pil, timeout, lang=lang, config="--oem 1 --psm 6").strip()


def _call_tesseract(func, image: Image.Image, timeout: int, **kwargs):
    """Run one pytesseract call; every way it can fail becomes a one-line OcrError (fail closed)."""
    try:
        return func(image, timeout=timeout, **kwargs)
    except pytesseract.TesseractNotFoundError:
        raise OcrError(f"Tesseract OCR is not installed; {install_hint()}") from None
    except pytesseract.TesseractError as exc:  # a subclass of RuntimeError: check it first
        status = getattr(exc, "status", None)
        if isinstance(status, int) and status < 0:
            raise OcrError(f"Tesseract crashed (signal {-status})") from None
        raise OcrError(f"OCR failed ({_short(exc)})") from None
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise OcrError(f"OCR timed out after {timeout} s") from None
        raise OcrError(f"OCR failed ({_short(exc)})") from None
    except OSError as exc:
        raise OcrError(f"OCR could not run ({_short(exc)})") from None


def run_ocr(image: Image.Image, *, lang: str = DEFAULT_LANG, bands: int = 1, psm: int = 11,
            timeout: int = DEFAULT_TIMEOUT_S, tesseract_cmd: str | None = None) -> OcrResult:
    """Read `image` (upright RGB) and return words in its own pixel coordinates.

    `bands` is how many Tesseract processes read at once, each its own band of the page.
    """
    # pytesseract keeps the binary in a global: set it on every call, a cached check must not leave
    # an earlier (other) binary in place.
    pytesseract.pytesseract.tesseract_cmd = ensure_tesseract(lang, tesseract_cmd)
    grey, scale = prepare(image)
    # Tesseract's paragraph and result iterators restart from the top of the page for every
    # word, so a dense page read in two pieces costs less than read whole, even one after the other.
    spans = _band_edges(grey, max(2, bands))
    stamps = find_stamps(image)[:4]
    tasks = [functools.partial(_read_band, grey, top, bottom, lang, psm, timeout) for top, bottom in spans]
    tasks += [functools.partial(_read_stamp, image, stamp, lang, timeout) for stamp in stamps]
    if bands <= 1:
        results = [task() for task in tasks]
    else:
        with ThreadPoolExecutor(max_workers=bands) as pool:  # stamps are read by whichever band ends first
            results = list(pool.map(lambda task: task(), tasks))
    words: list[Word] = []
    line_ids: dict[tuple, int] = {}
    for band_index, band in enumerate(results[:len(spans)]):
        for key, text, left, top, width, height, conf in band:
            line_id = line_ids.setdefault((band_index, *key), len(line_ids))
            box = Box(left, top, width, height)
            if scale != 1.0:
                box = box.scaled(1.0 / scale)
            words.append(Word(text=text, box=box, conf=conf, line_id=line_id))
    for stamp, raw_text in zip(stamps, results[len(spans):]):
        text = _correct_stamp(" ".join(raw_text.split()))
        if text:
            words.append(Word(text=text, box=stamp, conf=50.0, line_id=len(line_ids) + len(words)))
    return OcrResult(words=tuple(words), width=image.width, height=image.height, scale=scale)
