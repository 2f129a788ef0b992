"""Shared fixtures for the engine tests.

* Rendering: text images drawn with Pillow in DejaVu fonts (light and dark
  themes, small screenshot-sized text), with the pixel box of every line and of
  any substring, so end-to-end tests can check that exactly that area is covered.
* Synthetic OCR: `make_ocr` lays words out on a monospace grid and returns a real
  `redactor.ocr.OcrResult`, so recognizer tests run `redactor.detect.detect`
  without Tesseract and can still check which characters a finding covers.
* Byte-level helpers: walk PNG chunks and JPEG segments (metadata tests; from redactor.testing).
"""
from __future__ import annotations

import os

# The desktop-app tests share this conftest; keep Qt headless everywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Iterable, Sequence  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from redactor.findings import Box  # noqa: E402
from redactor.ocr import OcrResult, Word  # noqa: E402
from redactor.testing import jpeg_segments, png_chunks, png_end  # noqa: E402,F401 - the byte-level helpers

REPO = Path(__file__).resolve().parents[1]
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SHARED_TOOLS = REPO.parent / "shared" / "tools"

THEMES = {
    # name: (background, ink)
    "light": ((255, 255, 255), (20, 20, 20)),
    "dark": ((30, 31, 34), (225, 225, 225)),
}


# --------------------------------------------------------------------------- fonts
def font(size: int = 14, *, bold: bool = False, mono: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans" + ("Mono" if mono else "") + ("-Bold" if bold else "") + ".ttf"
    for candidate in (FONT_DIR / name, Path(name)):
        try:
            return ImageFont.truetype(str(candidate), size)
        except OSError:
            continue
    pytest.skip(f"font {name} not installed (apt install fonts-dejavu-core)")


# ----------------------------------------------------------------------- rendering
@dataclass
class Rendered:
    """A rendered text image and where each line's text sits in it."""

    image: Image.Image
    lines: list[str]
    origins: list[tuple[int, int]]          # (x, y) passed to draw.text for each line
    fonts: list[ImageFont.FreeTypeFont]
    background: tuple[int, int, int]
    ink: tuple[int, int, int]

    def bbox(self, line: int, sub: str | None = None, occurrence: int = 0) -> tuple[int, int, int, int]:
        """Pixel box (left, top, right, bottom) of `sub` (default: the whole line) on `line`."""
        text = self.lines[line]
        f = self.fonts[line]
        x, y = self.origins[line]
        if sub is None:
            start, end = 0, len(text)
        else:
            start = -1
            for _ in range(occurrence + 1):
                start = text.index(sub, start + 1)
            end = start + len(sub)
        left = x + f.getlength(text[:start])
        right = x + f.getlength(text[:end])
        # vertical extent of the actual glyphs of the substring
        box = f.getbbox(text[start:end], anchor="la")
        return int(left), int(y + box[1]), int(round(right)), int(round(y + box[3]))

    def save(self, path: Path, **kwargs) -> Path:
        self.image.save(path, **kwargs)
        return path


def render_lines(lines: Sequence[str], *, size: int = 14, theme="light", width: int | None = None,
                 margin: int = 12, pitch: float = 2.0, bold: bool = False, mono: bool = False,
                 x_offsets: Sequence[int] | None = None) -> Rendered:
    """Draw `lines` top to bottom; `pitch` is the line advance in multiples of the font size.

    `theme` is a name from THEMES or a (background, ink) pair of RGB colours.
    """
    background, ink = THEMES[theme] if isinstance(theme, str) else theme
    f = font(size, bold=bold, mono=mono)
    fonts = [f] * len(lines)
    offsets = list(x_offsets) if x_offsets is not None else [0] * len(lines)
    needed = max((int(f.getlength(t)) + offsets[i] for i, t in enumerate(lines)), default=0)
    width = width or needed + 2 * margin
    height = int(margin * 2 + pitch * size * max(1, len(lines)))
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    origins = []
    for i, text in enumerate(lines):
        xy = (margin + offsets[i], int(margin + i * pitch * size))
        draw.text(xy, text, fill=ink, font=f, anchor="la")
        origins.append(xy)
    return Rendered(image, list(lines), origins, fonts, background, ink)


@pytest.fixture
def render():
    return render_lines


def upscale(rendered: Rendered, factor: int) -> Rendered:
    """Same picture, `factor` times larger (nearest neighbour keeps the box maths exact)."""
    im = rendered.image.resize((rendered.image.width * factor, rendered.image.height * factor),
                               Image.Resampling.NEAREST)
    return Rendered(im, rendered.lines, [(x * factor, y * factor) for x, y in rendered.origins],
                    [font(f.size * factor) for f in rendered.fonts], rendered.background, rendered.ink)


# ---------------------------------------------------------------- synthetic OCR
CW = 10      # character advance of the synthetic monospace layout
LH = 20      # word box height
PITCH = 34   # row advance


@dataclass
class Layout:
    """Synthetic OCR output plus the character grid it came from."""

    ocr: OcrResult
    rows: list[list[tuple[int, int, str]]] = field(default_factory=list)  # per row: (x, y, cell text)

    def char_box(self, row: int, cell: int, index: int) -> Box:
        x, y, _ = self.rows[row][cell]
        return Box(x + index * CW, y, CW, LH)

    def value_boxes(self, value: str, row: int | None = None) -> list[Box]:
        """Per-character boxes of every occurrence of `value` (in a cell of `row`, or anywhere)."""
        boxes = []
        for r, cells in enumerate(self.rows):
            if row is not None and r != row:
                continue
            for c, (_, _, text) in enumerate(cells):
                start = text.find(value)
                while start >= 0:
                    boxes.extend(self.char_box(r, c, i) for i in range(start, start + len(value))
                                 if not text[i].isspace())
                    start = text.find(value, start + 1)
        return boxes


def make_ocr(rows: Sequence, *, x0: int = 20, y0: int = 20, conf: float = 91.0) -> Layout:
    """Build OCR words from rows.

    Each row is a string (one cell at `x0`), a list of `(x, text)` cells on that
    row, or None for an empty row. Words are split at spaces; runs of spaces
    widen the gap. Every cell gets its own Tesseract line id, as for a table.
    """
    words: list[Word] = []
    grid: list[list[tuple[int, int, str]]] = []
    line_id = 0
    for r, row in enumerate(rows):
        y = y0 + r * PITCH
        cells: list[tuple[int, int, str]] = []
        if row is None:
            grid.append(cells)
            continue
        if isinstance(row, str):
            row = [(x0, row)]
        for x, text in row:
            cells.append((x, y, text))
            pos = 0
            for token in text.split(" "):
                if token:
                    words.append(Word(text=token, box=Box(x + pos * CW, y, len(token) * CW, LH),
                                      conf=conf, line_id=line_id))
                pos += len(token) + 1
            line_id += 1
        grid.append(cells)
    width = max((w.box.right for w in words), default=100) + x0
    height = y0 * 2 + PITCH * max(1, len(rows))
    return Layout(OcrResult(words=tuple(words), width=width, height=height), grid)


@pytest.fixture
def ocr_of():
    return make_ocr


def covered_regions(findings, width: int = 10_000, height: int = 10_000) -> list[Box]:
    """What the cover stage would paint for these findings (padding included)."""
    from redactor.cover import regions_for

    return regions_for(findings, width, height)


def uncovered_chars(layout: Layout, findings, value: str, row: int | None = None) -> list[Box]:
    """Character cells of `value` whose centre no cover region contains."""
    regions = covered_regions(findings, layout.ocr.width, layout.ocr.height)
    missing = []
    for b in layout.value_boxes(value, row):
        cx, cy = b.left + b.width / 2, b.top + b.height / 2
        if not any(r.left <= cx <= r.right and r.top <= cy <= r.bottom for r in regions):
            missing.append(b)
    return missing


def count_uncovered(rows: Sequence, value: str, row: int | None = None) -> int:
    """How many characters of `value` the engine leaves uncovered on the synthetic page made of `rows`."""
    from redactor.detect import detect

    layout = make_ocr(rows)
    assert layout.value_boxes(value, row), f"test bug: {value!r} not in {rows!r}"
    return len(uncovered_chars(layout, detect(layout.ocr).findings, value, row))


def assert_value_covered(rows: Sequence, value: str, row: int | None = None) -> None:
    """Every character of `value` (on `row`, or anywhere) is covered on the synthetic page made of `rows`."""
    from redactor.detect import detect

    layout = make_ocr(rows)
    assert layout.value_boxes(value, row), f"test bug: {value!r} not in {rows!r}"
    findings = detect(layout.ocr).findings
    missing = uncovered_chars(layout, findings, value, row)
    found = [(f.category, f.preview) for f in findings]
    assert not missing, f"{len(missing)} character(s) of {value!r} left uncovered; found {found}"


def assert_value_visible(rows: Sequence, value: str, row: int | None = None) -> None:
    """No character of `value` (on `row`, or anywhere) is covered on the synthetic page made of `rows`."""
    from redactor.detect import detect

    layout = make_ocr(rows)
    assert layout.value_boxes(value, row), f"test bug: {value!r} not in {rows!r}"
    findings = detect(layout.ocr).findings
    missing = uncovered_chars(layout, findings, value, row)
    assert len(missing) == len(value.replace(" ", "")), f"{value!r} was covered: {findings}"


def letters(value: str) -> int:
    """The characters of `value` a finding would cover, spaces left out."""
    return len(value.replace(" ", ""))


def pixels_unchanged(before, after, box) -> bool:
    """The (left, top, right, bottom) box of two grey images, as arrays, holds the same pixels."""
    left, top, right, bottom = box
    return bool(np.array_equal(before[top:bottom, left:right], after[top:bottom, left:right]))


def pixels_covered(before, after, box) -> bool:
    """The box was painted over: flat now, or no longer following the text that was there."""
    left, top, right, bottom = box
    a, b = before[top:bottom, left:right].ravel(), after[top:bottom, left:right].ravel()
    return bool(b.std() < 4 or abs(np.corrcoef(a, b)[0, 1]) < 0.35)


def redacted_pixels(image: Image.Image, tmp_path: Path, name: str = "page.png"):
    """Save `image`, redact it as `redactor redact` does (the text detectors only), and give its grey pixels
    before and after as arrays, for `pixels_covered` and `pixels_unchanged`."""
    from redactor.config import Config
    from redactor.pipeline import redact_file

    src, out = tmp_path / name, tmp_path / "out.png"
    image.save(src)
    redact_file(src, out, config=Config(visual=False))
    before = np.asarray(image.convert("L")).astype(np.float64)
    after = np.asarray(Image.open(out).convert("L")).astype(np.float64)
    return before, after


# ------------------------------------------------------------------- Tesseract
def tesseract_ready() -> bool:
    try:
        from redactor.ocr import ensure_tesseract

        ensure_tesseract()
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def tesseract():
    """Real Tesseract with ind+eng. Missing on a developer machine: skip; missing in CI: fail."""
    if not tesseract_ready():
        message = "Tesseract with ind+eng language data is required (apt install tesseract-ocr tesseract-ocr-ind)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return shutil.which("tesseract")


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path_factory, monkeypatch) -> Path:
    """The user's Redactor folder (batch reports beside originals go there) is a fresh one per test."""
    folder = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder / "redactor"


# ---------------------------------------------------------------------- files
def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def run_cli(*args: str, cwd: Path | None = None, timeout: int = 180, env: dict | None = None):
    """`python -m redactor ARGS` as a subprocess (no shell)."""
    full_env = dict(os.environ)
    full_env.setdefault("OMP_THREAD_LIMIT", "1")
    # Never let a developer's own settings file change what the tests see.
    full_env["XDG_CONFIG_HOME"] = str(Path(cwd or ".").resolve() / ".no-user-config")
    full_env["XDG_DATA_HOME"] = os.environ["XDG_DATA_HOME"]  # batch reports: see own_data_folder
    # The command line speaks the system's language: English here unless a test asks for another.
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        full_env.pop(variable, None)
    full_env["LANG"] = "C.UTF-8"
    full_env.pop("REDACTOR_CONFIG", None)
    if env:
        full_env.update(env)
    return subprocess.run([sys.executable, "-m", "redactor", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def cli():
    return run_cli


def leftovers(folder: Path, keep: Iterable[str]) -> list[str]:
    """Files in `folder` other than `keep` (temp files, partial outputs)."""
    keep = set(keep)
    return sorted(p.name for p in Path(folder).iterdir() if p.name not in keep)
