"""Check an export: read the written output again, as a stranger would, and report what is still readable.

The output is decoded from its bytes (a PDF rendered page by page), read by OCR and passed through
the same detection as the input.  Covered areas hold no text, so every value found there is one
that escaped: a box that landed beside its value, the second line of a wrapped token, a repeat the
first pass missed.  Values the user chose to leave visible are not reported again.  QR codes and
barcodes that still decode count too; faces and signatures are left to the first pass (a cover box
is not a face, and the check should not cry wolf).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from PIL import Image

from .config import Config
from .errors import fail_closed
from .findings import Box, Finding
from .load import LoadedImage, load_path

# A value counts as left visible on purpose when this share of its box lies in a box the user left.
LEFT_VISIBLE_OVERLAP = 0.5
# Detectors that infer a value from its surroundings (the column it stands in, the names around it)
# rather than from the value and its label.  Covering removes those surroundings, so on an output they
# take a job title for a name, or the ragged edge of a cover box for an address: reported, they
# would cry wolf on correct copies.  Values matched by their own shape or by a label are still read.
CONTEXT_DETECTOR_SUFFIXES = ("_column", "_unlabelled")
# OCR reads the edges of cover boxes as "I", "~" or "a"; no value worth reporting is that short.
MIN_VALUE_CHARS = 3


@dataclass(frozen=True)
class PageCheck:
    """What is still readable on one page (an image has one page)."""

    index: int
    still_readable: tuple[Finding, ...]


@dataclass(frozen=True)
class Verification:
    pages: tuple[PageCheck, ...]
    seconds: float

    @property
    def still_readable(self) -> tuple[Finding, ...]:
        return tuple(f for page in self.pages for f in page.still_readable)

    @property
    def clean(self) -> bool:
        return not self.still_readable

    def summary(self) -> str:
        """One line for reports: 'clean' or 'N still readable'."""
        return "clean" if self.clean else f"{len(self.still_readable)} still readable"

    def previews(self) -> list[str]:
        multi = len(self.pages) > 1
        return [(f"page {page.index + 1}: " if multi else "") + f.preview
                for page in self.pages for f in page.still_readable]


def check_image(image: Image.Image, config: Config = Config(), *, left_visible: Sequence[Box] = (),
                cores: int | None = None) -> tuple[Finding, ...]:
    """Values still readable in the covered `image` (the decoded output). Fails closed like `analyse`."""
    from .pipeline import analyse

    loaded = LoadedImage(image=image, source_format="PNG", metadata_found=(), name="output")
    # The same OCR and text detection as the first pass; no page finding or photo correction (the
    # output is the picture as it will be seen).
    analysis = analyse(loaded, config.with_changes(visual=False), cores=cores)
    words = analysis.ocr.words if analysis.ocr is not None else ()
    text_found = [f for f in analysis.findings
                  if not f.detector.endswith(CONTEXT_DETECTOR_SUFFIXES) and _chars_under(f, words) >= MIN_VALUE_CHARS]
    found = text_found + _codes(image, config)
    return tuple(f for f in found if f.enabled and not _left_visible(f, left_visible))


def _chars_under(finding: Finding, words) -> float:
    """Letters and digits read inside the finding's boxes (a word's share by how much of it lies inside:
    a value glued to its label is one OCR word of which the finding covers a part)."""
    count = 0.0
    for word in words:
        for box in finding.boxes:
            if not word.box.intersects(box) or not word.box.width:
                continue
            inside = min(word.box.right, box.right) - max(word.box.left, box.left)
            count += sum(ch.isalnum() for ch in word.text) * inside / word.box.width
    return count


def _codes(image: Image.Image, config: Config) -> list[Finding]:
    if {"qr_code", "barcode"} <= config.disabled_categories or not config.visual:
        return []
    try:
        from .visual import detect_visual
    except ImportError:
        return []
    with fail_closed("checking the output"):
        found = detect_visual(image, faces=False, codes=True, signatures=False)
    return [f for f in found if f.category not in config.disabled_categories]


def _left_visible(finding: Finding, boxes: Sequence[Box]) -> bool:
    own = finding.bounds
    if not own.area or not boxes:
        return False
    shared = 0
    for box in boxes:
        left, top = max(own.left, box.left), max(own.top, box.top)
        right, bottom = min(own.right, box.right), min(own.bottom, box.bottom)
        shared += max(0, right - left) * max(0, bottom - top)
    return shared >= LEFT_VISIBLE_OVERLAP * own.area


def verify_image(image: Image.Image, config: Config = Config(), *, left_visible: Sequence[Box] = (),
                 cores: int | None = None) -> Verification:
    start = time.perf_counter()
    found = check_image(image, config, left_visible=left_visible, cores=cores)
    return Verification(pages=(PageCheck(0, found),), seconds=time.perf_counter() - start)


def verify_file(path: str | Path, config: Config = Config(), *,
                left_visible: Sequence[Sequence[Box]] = (), cores: int | None = None) -> Verification:
    """Read a written output (image or PDF) back from disk and check every page.

    `left_visible[i]`: boxes the user chose to leave visible on page i.
    """
    from . import pdf

    start = time.perf_counter()
    path = Path(path)
    pages: list[PageCheck] = []
    if pdf.is_pdf(path):
        with pdf.open_pdf(path) as document:
            for page in document.pages():
                keep = left_visible[page.index] if page.index < len(left_visible) else ()
                pages.append(PageCheck(page.index, check_image(page.image, config, left_visible=keep,
                                                               cores=cores)))
    else:
        image = load_path(path).image
        keep = left_visible[0] if left_visible else ()
        pages.append(PageCheck(0, check_image(image, config, left_visible=keep, cores=cores)))
    return Verification(pages=tuple(pages), seconds=time.perf_counter() - start)


def left_visible_boxes(findings: Sequence[Finding]) -> list[Box]:
    """Boxes of the findings switched off (left visible on purpose)."""
    return [box for f in findings if not f.enabled for box in (f.boxes or (f.bounds,))]
