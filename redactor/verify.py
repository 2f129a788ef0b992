"""Check an export: read the written output again, as a stranger would, and report what is still readable.

The output is decoded from its bytes (a PDF rendered page by page), read by OCR and passed through
the same detection as the input.  Covered areas hold no text, so every value found there is one
that escaped: a box that landed beside its value, the second line of a wrapped token, a repeat the
first pass missed.  Values the user chose to leave visible are not reported again.  QR codes and
barcodes that still decode count too; faces and signatures are left to the first pass (a cover box
is not a face, and the check should not cry wolf).

The copy is judged in the original's context (`Original`): covering takes labels and neighbouring
cells away, so detection can make something else of text it saw whole the first time (two salaries
on two lines read as one account number, a job title beside a covered name read as a name).  Text
the first pass read at the same place, outside every cover, and left visible is not reported again.
Never so for text read inside a cover, a remainder of a word a cover only partly hides, or a value
the first pass set out to cover (its box may have landed beside it): those are leaks.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Sequence

from PIL import Image

from .categories import category
from .config import Config
from .cover import regions_for
from .errors import fail_closed
from .findings import Box, Finding
from .load import LoadedImage, load_path
from .ocr.result import Word

# A value counts as left visible on purpose when this share of its box lies in a box the user left.
LEFT_VISIBLE_OVERLAP = 0.5
# Detectors that infer a value from its surroundings (the column it stands in, the names around it)
# rather than from the value and its label.  Covering removes those surroundings, so on an output they
# take a job title for a name, or the ragged edge of a cover box for an address: reported, they
# would cry wolf on correct copies.  Beside the first pass, what detection derives from such a value
# (its repeats elsewhere, its wrapped line: "person_name_column_part_repeat") is as unsure as the
# value, and counts only when the first pass set out to cover that value: then it is a leak, whatever
# read it.  Values matched by their own shape or by a label are always read.
CONTEXT_DETECTOR_PARTS = ("_column", "_unlabelled")
# OCR reads the edges of cover boxes as "I", "~" or "a"; no value worth reporting is that short.
MIN_VALUE_CHARS = 3
# A word of the copy is the text the first pass read at its place when it reads this alike (the
# same pixels read again beside black boxes: "2.74700," for "2.747.000").
SAME_READING = 0.8
# Characters in a row that a word of the copy shares with a covered word of the original: that much
# of the covered value is still readable.
LEAKED_RUN = 4
# A word of the copy this short, outside the covers where the first pass read words and left them all,
# is those words read again in pieces beside a cover's edge ("kirim" read "kiri" + "La", "3-G" read
# "5" + "G") or twice by two passes ("Kal" over "Kotak Masuk"): too short to carry a value of its own.
SHORT_PIECE = 3


@dataclass(frozen=True)
class Original:
    """What the first pass saw on a page, in the output's pixels: the words it read and its findings
    (the enabled ones were covered, with the cover's own padding)."""

    size: tuple[int, int]
    words: tuple[Word, ...]
    findings: tuple[Finding, ...]


def original_of(analysis) -> Original | None:  # noqa: ANN001 - pipeline.Analysis
    """The context of a written output: None when the first pass's words are not in the image's own
    pixels (a straightened photo, a PDF page whose words were let go); the check then judges alone."""
    ocr = analysis.ocr
    if ocr is None or (ocr.width, ocr.height) != tuple(analysis.image.size):
        return None
    return Original(size=(ocr.width, ocr.height), words=tuple(ocr.words), findings=tuple(analysis.findings))


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
                original: Original | None = None, cores: int | None = None) -> tuple[Finding, ...]:
    """Values still readable in the covered `image` (the decoded output). Fails closed like `analyse`.

    `original`: what the first pass saw (see `original_of`); text it saw there and left is not reported.
    """
    from .pipeline import analyse

    loaded = LoadedImage(image=image, source_format="PNG", metadata_found=(), name="output")
    # The same OCR and text detection as the first pass; no page finding or photo correction (the
    # output is the picture as it will be seen).
    analysis = analyse(loaded, config.with_changes(visual=False), cores=cores)
    words = analysis.ocr.words if analysis.ocr is not None else ()
    readable = [f for f in analysis.findings if _chars_under(f, words) >= MIN_VALUE_CHARS]
    if original is not None and original.size == image.size:  # else not the picture the first pass read
        covers = regions_for(original.findings, *image.size)
        text_found = [f for f in readable if _meant_to_be_covered(f, original) or (
            not inferred_from_context(f.detector) and not _seen_and_left(f, words, original, covers))]
    else:
        # Alone, only the inferring detectors' own findings are set aside: a repeat elsewhere of a value
        # one of them read means that value stands readable on the copy, and nothing tells it harmless.
        text_found = [f for f in readable if not f.detector.endswith(CONTEXT_DETECTOR_PARTS)]
    found = text_found + _codes(image, config)
    return tuple(f for f in found if f.enabled and not _left_visible(f, left_visible))


def inferred_from_context(detector: str) -> bool:
    """The detector, or the one its finding was derived from, read the value from its surroundings."""
    return any(part + "_" in detector + "_" for part in CONTEXT_DETECTOR_PARTS)


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


def _seen_and_left(finding: Finding, words: Sequence[Word], original: Original, covers: Sequence[Box]) -> bool:
    """The first pass read this text at this place with the whole page around it and did not cover it.

    Every word of the copy under the finding must be explained: outside the covers, by the original's
    words at its place, none of which a cover hides in part (a remainder of a partly covered word is a
    leak), read alike, or read as a part of them or a short piece; inside a cover, as the cover's own
    edges read as letters, sharing no run of characters with the covered words there.  And the value is
    none the first pass set out to cover.
    """
    if _meant_to_be_covered(finding, original):
        return False
    under = [w for w in words if _share_inside(w.box, finding.boxes) >= 0.3 and _letters(w.text)]
    if not under:
        return False
    for word in under:
        text = _letters(word.text)
        there = [w for w in original.words if _same_place(w.box, word.box) and _letters(w.text)]
        covered = [w for w in there if _hidden_in_part(w, covers)]
        if any(_longest_run(text, _letters(w.text)) >= min(LEAKED_RUN, len(_letters(w.text))) for w in covered):
            return False
        if _share_inside(word.box, covers) >= 0.5:
            continue  # a cover's edge read as letters
        seen = "".join(_letters(w.text) for w in sorted(there, key=lambda w: w.box.left) if w not in covered)
        if not seen:
            return False
        if text in seen or (len(text) <= SHORT_PIECE and not covered):
            continue  # the same words read with other word breaks, or a short piece of them
        if SequenceMatcher(None, text, seen).ratio() < SAME_READING:
            return False
    return True


def _meant_to_be_covered(finding: Finding, original: Original) -> bool:
    """The first pass found this value and covered it: read again on the copy, its cover missed it (or
    another place where it stands)."""
    masked = _masked(finding)
    return any(f.enabled and f.category == finding.category and _masked(f) == masked for f in original.findings)


def _hidden_in_part(word: Word, covers: Sequence[Box]) -> bool:
    """A cover hides at least half a character of the word (a cover's margin that only touches the
    word's edge hides none of it: "token-nya" beside the covered token after it)."""
    char = word.box.width / max(1, len(str(word.text)))
    for cover in covers:
        across = min(word.box.right, cover.right) - max(word.box.left, cover.left)
        down = min(word.box.bottom, cover.bottom) - max(word.box.top, cover.top)
        if down > 0 and across >= 0.5 * char:
            return True
    return False


def _masked(finding: Finding) -> str:
    """The preview without its category's label: the same value gives the same masked text."""
    return finding.preview.removeprefix(category(finding.category).label).strip()


def _letters(text: str) -> str:
    return "".join(ch for ch in str(text).casefold() if ch.isalnum())


def _share_inside(box: Box, boxes: Sequence[Box]) -> float:
    """Share of `box`'s area inside `boxes` (summed; the boxes compared here do not overlap much)."""
    if not box.area:
        return 0.0
    inside = 0
    for other in boxes:
        width = min(box.right, other.right) - max(box.left, other.left)
        height = min(box.bottom, other.bottom) - max(box.top, other.top)
        inside += max(0, width) * max(0, height)
    return min(1.0, inside / box.area)


def _same_place(a: Box, b: Box) -> bool:
    """On the same line and overlapping across it."""
    across = min(a.right, b.right) - max(a.left, b.left)
    down = min(a.bottom, b.bottom) - max(a.top, b.top)
    return across > 0 and down >= 0.5 * min(a.height, b.height)


def _longest_run(a: str, b: str) -> int:
    if not a or not b:
        return 0
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


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
                 original: Original | None = None, cores: int | None = None) -> Verification:
    start = time.perf_counter()
    found = check_image(image, config, left_visible=left_visible, original=original, cores=cores)
    return Verification(pages=(PageCheck(0, found),), seconds=time.perf_counter() - start)


def verify_file(path: str | Path, config: Config = Config(), *,
                left_visible: Sequence[Sequence[Box]] = (), originals: Sequence[Original | None] = (),
                cores: int | None = None) -> Verification:
    """Read a written output (image or PDF) back from disk and check every page.

    `left_visible[i]`: boxes the user chose to leave visible on page i; `originals[i]`: what the first
    pass saw on page i (see `original_of`).
    """
    from . import pdf

    start = time.perf_counter()
    path = Path(path)
    pages: list[PageCheck] = []
    if pdf.is_pdf(path):
        with pdf.open_pdf(path) as document:
            for page in document.pages():
                keep = left_visible[page.index] if page.index < len(left_visible) else ()
                seen = originals[page.index] if page.index < len(originals) else None
                pages.append(PageCheck(page.index, check_image(page.image, config, left_visible=keep,
                                                               original=seen, cores=cores)))
    else:
        image = load_path(path).image
        keep = left_visible[0] if left_visible else ()
        seen = originals[0] if originals else None
        pages.append(PageCheck(0, check_image(image, config, left_visible=keep, original=seen, cores=cores)))
    return Verification(pages=tuple(pages), seconds=time.perf_counter() - start)


def left_visible_boxes(findings: Sequence[Finding]) -> list[Box]:
    """Boxes of the findings switched off (left visible on purpose)."""
    return [box for f in findings if not f.enabled for box in (f.boxes or (f.bounds,))]
