"""What every Tesseract engine shares: the interface, the raw word, the settings both engines use.

`engine` holds the in-process engine and chooses one; `program` runs the
`tesseract` program where libtesseract cannot be loaded.
"""
from __future__ import annotations

import os
import platform
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ..errors import OcrError


# One thread per Tesseract call: a batch runs one process per core, a single image one band per core.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

DEFAULT_LANG = "ind+eng"
DEFAULT_TIMEOUT_S = 120
ORIENTATION_TIMEOUT_S = 30
BUNDLED_TESSDATA = Path(__file__).resolve().parent / "tessdata"
# Settings for reading a screen page (the words and their lines; paragraphs by geometry only).
PAGE_VARIABLES = {"preserve_interword_spaces": "1", "paragraph_text_based": "0"}
PLAIN_VARIABLES = {"preserve_interword_spaces": "0", "paragraph_text_based": "1"}
# The resolution a page declares (a BMP from Pillow says 96 dpi): Tesseract's layout analysis
# scales some of its limits by it, so both engines declare the same.
PAGE_DPI = 96


@dataclass(frozen=True)
class RawWord:
    """One word as Tesseract reports it, in the pixels of the image it was given."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line_key: tuple[int, int, int]  # (block, paragraph, line) numbers, as in Tesseract's TSV


def install_hint() -> str:
    system = platform.system()
    if system == "Windows":
        return ("reinstall Redactor, or install Tesseract from the UB-Mannheim installer "
                "(github.com/UB-Mannheim/tesseract/wiki) and tick 'Indonesian' under additional languages")
    if system == "Darwin":
        return "install it with: brew install tesseract tesseract-lang"
    return "install it with: sudo apt install tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng"


def _short(exc: BaseException | str) -> str:
    text = " ".join(str(exc).split())
    return text[:120] or type(exc).__name__


def _codes(lang: str) -> list[str]:
    codes = [code for code in lang.split("+") if code]
    if not codes or any(not re.fullmatch(r"[A-Za-z0-9_]+", code) for code in codes):
        raise OcrError(f"'{lang}' is not a Tesseract language list (codes joined by '+', e.g. ind+eng)")
    return codes


class Engine:
    """What the OCR stage needs from Tesseract."""

    name = "tesseract"

    def __init__(self, lang: str, timeout: int):
        self.lang, self.timeout = lang, timeout

    def words(self, image: Image.Image, *, psm: int, lang: str | None = None,
              page_options: bool = True) -> list[RawWord]:
        """Words of `image` (mode L or RGB). `page_options`: the settings for reading a screen page."""
        raise NotImplementedError

    def text(self, image: Image.Image, *, psm: int) -> str:
        """Plain text of `image`, read with Tesseract's own settings."""
        raise NotImplementedError

    def orientation(self, image: Image.Image) -> tuple[int, float]:
        """(clockwise rotation that makes the page upright, confidence); (0, 0.0) when it sees too little text."""
        raise NotImplementedError

    def warm(self, count: int = 1, lang: str | None = None) -> None:
        """Get ready for `count` calls at once (nothing to load ahead for a program)."""

    def check(self) -> None:
        """Raise OcrError now if reading cannot work (a program is checked when the engine is made)."""
