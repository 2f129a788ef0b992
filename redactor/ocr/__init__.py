"""OCR stage: Tesseract words with boxes, confidences and line structure.

`engine` finds, checks and calls Tesseract; `prepare` makes a page easy to
read; `reader` reads it in bands and maps the words back.  Detection gets an
`OcrResult`.
"""
from .engine import (DEFAULT_LANG, DEFAULT_TIMEOUT_S, Engine, ensure_tesseract, find_tesseract, forget_engines,
                     get_engine, install_hint, missing_languages)
from .prepare import estimate_glyph_height, prepare
from .reader import run_ocr
from .result import Line, OcrResult, Word

__all__ = [
    "DEFAULT_LANG", "DEFAULT_TIMEOUT_S", "Engine", "Line", "OcrResult", "Word", "ensure_tesseract",
    "estimate_glyph_height", "find_tesseract", "forget_engines", "get_engine", "install_hint", "missing_languages",
    "prepare", "run_ocr",
]
