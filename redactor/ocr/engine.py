"""The one place that finds, checks and calls Tesseract.

The OCR reader, the stamp reader and page orientation all go through an
`Engine`: words with boxes and line structure, plain text, or the page's
orientation.  Every way a call can fail becomes a one-line OcrError (fail closed).
"""
from __future__ import annotations

import functools
import os
import platform
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ..errors import OcrError

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import pytesseract  # noqa: E402  (after OMP_THREAD_LIMIT so child processes inherit it)

DEFAULT_LANG = "ind+eng"
DEFAULT_TIMEOUT_S = 120


@dataclass(frozen=True)
class RawWord:
    """One word as Tesseract reports it, in the pixels of the image it was given."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line_key: tuple[int, int, int]  # (block, paragraph, line) numbers


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


def get_engine(lang: str = DEFAULT_LANG, tesseract_cmd: str | None = None,
               timeout: int = DEFAULT_TIMEOUT_S) -> "Engine":
    """A checked engine for `lang` (raises OcrError when Tesseract or its language data is missing)."""
    return Engine(ensure_tesseract(lang, tesseract_cmd), lang, timeout)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:120] or type(exc).__name__


class Engine:
    """Tesseract as a program, called through pytesseract."""

    def __init__(self, cmd: str, lang: str, timeout: int = DEFAULT_TIMEOUT_S):
        self.cmd, self.lang, self.timeout = cmd, lang, timeout

    def words(self, image: Image.Image, *, psm: int, lang: str | None = None,
              page_options: bool = True) -> list[RawWord]:
        """Words of `image` (mode L or RGB). `page_options`: the settings for reading a screen page."""
        image = _as_bmp(image)
        config = f"--oem 1 --psm {psm}"
        if page_options:
            config += " -c preserve_interword_spaces=1 -c paragraph_text_based=0"
        data = self._call(pytesseract.image_to_data, image, lang=lang or self.lang, config=config,
                          output_type=pytesseract.Output.DICT)
        try:
            words = []
            for i, text in enumerate(data["text"]):
                text = (text or "").strip()
                conf = float(data["conf"][i])
                if not text or conf < 0:
                    continue
                key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
                words.append(RawWord(text, int(data["left"][i]), int(data["top"][i]), int(data["width"][i]),
                                     int(data["height"][i]), conf, key))
        except (KeyError, ValueError, IndexError, TypeError):
            raise OcrError("OCR failed (unreadable output from Tesseract)") from None
        return words

    def text(self, image: Image.Image, *, psm: int) -> str:
        return self._call(pytesseract.image_to_string, _as_bmp(image), lang=self.lang, config=f"--oem 1 --psm {psm}")

    def orientation(self, image: Image.Image, timeout: int = 30) -> tuple[int, float]:
        """(clockwise rotation that makes the page upright, confidence); (0, 0.0) when it sees too little text."""
        pytesseract.pytesseract.tesseract_cmd = self.cmd
        try:
            osd = pytesseract.image_to_osd(image, config="--psm 0", timeout=timeout)
        except pytesseract.TesseractNotFoundError:
            raise OcrError(f"Tesseract OCR is not installed; {install_hint()}") from None
        except pytesseract.TesseractError as exc:  # a RuntimeError subclass: handle before timeouts
            message = " ".join(str(exc).split()).lower()
            if "osd" in message and ("load" in message or "traineddata" in message):
                raise OcrError("Tesseract has no orientation data (osd.traineddata); "
                               "rotated document photos cannot be straightened.") from None
            return 0, 0.0  # too few characters to decide
        except RuntimeError as exc:  # pytesseract raises a bare RuntimeError on timeout
            raise OcrError(f"Orientation detection timed out after {timeout} s") from None
        rot = re.search(r"Rotate:\s*(\d+)", osd)
        conf = re.search(r"Orientation confidence:\s*([\d.]+)", osd)
        return (int(rot.group(1)) % 360 if rot else 0), (float(conf.group(1)) if conf else 0.0)

    def _call(self, func, image: Image.Image, **kwargs):
        # pytesseract keeps the binary in a global: set it on every call.
        pytesseract.pytesseract.tesseract_cmd = self.cmd
        try:
            return func(image, timeout=self.timeout, **kwargs)
        except pytesseract.TesseractNotFoundError:
            raise OcrError(f"Tesseract OCR is not installed; {install_hint()}") from None
        except pytesseract.TesseractError as exc:  # a subclass of RuntimeError: check it first
            status = getattr(exc, "status", None)
            if isinstance(status, int) and status < 0:
                raise OcrError(f"Tesseract crashed (signal {-status})") from None
            raise OcrError(f"OCR failed ({_short(exc)})") from None
        except RuntimeError as exc:
            if "timeout" in str(exc).lower():
                raise OcrError(f"OCR timed out after {self.timeout} s") from None
            raise OcrError(f"OCR failed ({_short(exc)})") from None
        except OSError as exc:
            raise OcrError(f"OCR could not run ({_short(exc)})") from None


def _as_bmp(image: Image.Image) -> Image.Image:
    image.format = "BMP"  # pytesseract hands Tesseract a temp file: BMP is written 100x faster than PNG
    return image
