"""Helpers for the project's own checks: the tests, `scripts/` and `bench/` import them from here.

* `redactor_command()`: how to start the installed `redactor` program.
* `isolated_env()`, `isolate_user_settings()`: an environment in which no user setting can change a
  measurement (for the processes a check starts, or for the check's own process and its children).
* `png_chunks`, `png_end`, `jpeg_segments`, `structure_problems`: walkers over the container of an
  exported file (what a PNG, JPEG or WebP carries besides the picture).
* `seed_images()`: the small images the fuzzers mutate.
* `HangWatch`: tells an input that hangs from a machine that is busy.

None of this runs in the product itself.
"""
from __future__ import annotations

import atexit
import importlib.util
import io
import json
import os
import signal
import shutil
import struct
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path
from typing import Iterator, Mapping

# --- running the program -------------------------------------------------------------------------


def redactor_command() -> list[str]:
    """The installed `redactor` program of the interpreter running this (its venv's script), else
    `python -P -m redactor` (`-P`: the working folder never shadows a module)."""
    script = Path(sys.executable).with_name("redactor.exe" if os.name == "nt" else "redactor")
    return [str(script)] if script.exists() else [sys.executable, "-P", "-m", "redactor"]


def isolated_env(folder: Path, base: Mapping[str, str] | None = None, **extra: str) -> dict[str, str]:
    """A copy of the environment in which the user's own settings cannot change a result.

    The settings file is one that does not exist inside `folder` (`REDACTOR_CONFIG`, read on every
    platform), and on Linux the config and data folders are `folder`'s too, so batch reports do not
    land among the user's.  Messages are in English, notifications off.  A check that wants a
    setting passes `--config` with a file of its own.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ if base is None else base)
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(variable, None)
    env.update(REDACTOR_CONFIG=str(folder / "no-settings.toml"), XDG_CONFIG_HOME=str(folder / "config"),
               XDG_DATA_HOME=str(folder / "data"), LANG="C.UTF-8", REDACTOR_NO_NOTIFY="1")
    env.update(extra)
    return env


def isolate_user_settings(folder: Path | None = None) -> Path:
    """Make this process, and every process it starts, run with no user settings (see `isolated_env`).

    Called first by every script and benchmark: a user's own terms, style or disabled categories
    would otherwise change what a check sees and what a benchmark measures.  Returns the folder
    (a fresh temporary one, removed at exit, unless given).
    """
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="redactor-check-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    env = isolated_env(folder)
    for variable in set(os.environ) - set(env):
        del os.environ[variable]
    os.environ.update(env)
    return folder


# --- container walkers ---------------------------------------------------------------------------

PNG_SIG = b"\x89PNG\r\n\x1a\n"
PNG_ALLOWED = {b"IHDR", b"IDAT", b"IEND"}
JPEG_ALLOWED = {0xC0, 0xC1, 0xC2, 0xC4, 0xDB, 0xDD, 0xDA, 0xE0}  # SOF0-2, DHT, DQT, DRI, SOS, APP0
WEBP_ALLOWED = {b"VP8 ", b"VP8L"}
JPEG_NAMES = {0xFE: "COM (comment)", 0xE1: "APP1 (EXIF/XMP)", 0xE2: "APP2 (ICC/MPF/FlashPix)",
              0xED: "APP13 (Photoshop/IPTC)", 0xEE: "APP14 (Adobe)"}


class Broken(ValueError):
    """The container cannot be walked to its end marker."""


def sniff(data: bytes) -> str:
    if data.startswith(PNG_SIG):
        return "PNG"
    if data.startswith(b"\xff\xd8"):
        return "JPEG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    return "unknown"


def walk_png(data: bytes) -> tuple[list[tuple[bytes, bytes, bool]], int]:
    """(type, payload, CRC good) of every chunk up to and including IEND, and the offset past IEND."""
    if not data.startswith(PNG_SIG):
        raise Broken("not a PNG")
    chunks, pos = [], 8
    while True:
        if pos + 8 > len(data):
            raise Broken(f"PNG truncated at byte {pos} (no IEND)")
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 12 + length
        if end > len(data):
            raise Broken(f"PNG chunk {kind!r} runs past the end of the file")
        body = data[pos + 8:pos + 8 + length]
        crc_ok = zlib.crc32(kind + body) & 0xFFFFFFFF == struct.unpack(">I", data[end - 4:end])[0]
        chunks.append((kind, body, crc_ok))
        pos = end
        if kind == b"IEND":
            return chunks, pos


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, payload) of every chunk up to and including IEND; raises Broken on a broken stream."""
    return [(kind, body) for kind, body, _ok in walk_png(data)[0]]


def png_end(data: bytes) -> int:
    """Offset just past the IEND chunk."""
    return walk_png(data)[1]


def jpeg_segments(data: bytes) -> tuple[list[tuple[int, bytes]], int]:
    """Marker segments of the primary image (entropy-coded data skipped) and the offset past its EOI."""
    if not data.startswith(b"\xff\xd8"):
        raise Broken("not a JPEG")
    segments, pos, n = [], 2, len(data)
    while True:
        if pos >= n:
            raise Broken("JPEG truncated (no EOI)")
        if data[pos] != 0xFF:
            raise Broken(f"JPEG: expected a marker at byte {pos}")
        while pos < n and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= n:
            raise Broken("JPEG truncated (no EOI)")
        marker = data[pos]
        pos += 1
        if marker == 0xD9:
            return segments, pos
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            continue
        if pos + 2 > n:
            raise Broken("JPEG truncated in a segment header")
        length = struct.unpack(">H", data[pos:pos + 2])[0]
        segments.append((marker, data[pos + 2:pos + length]))
        pos += length
        if marker == 0xDA:  # entropy-coded data follows: skip to the next real marker
            while pos < n:
                following = data[pos + 1] if pos + 1 < n else None
                if data[pos] == 0xFF and following not in (None, 0x00, 0xFF) and not 0xD0 <= following <= 0xD7:
                    break
                pos += 1


def structure_problems(data: bytes) -> list[str]:
    """What an exported file carries besides one 8-bit RGB picture (empty: nothing).

    PNG chunks other than IHDR/IDAT/IEND (CRC checked), JPEG segments other than JFIF/DQT/SOF/DHT/
    SOS (and a JFIF thumbnail), WebP chunks other than VP8/VP8L; bytes after the end marker.
    """
    kind = sniff(data)
    try:
        if kind == "PNG":
            return _png_problems(data)
        if kind == "JPEG":
            return _jpeg_problems(data)
        if kind == "WEBP":
            return _webp_problems(data)
    except Broken as exc:
        return [str(exc)]
    return [f"output is not PNG, JPEG or WebP ({kind})"]


def trailing_data_problems(data: bytes) -> list[str]:
    return [p for p in structure_problems(data) if "trailing" in p or "truncated" in p or "no IEND" in p]


def _png_problems(data: bytes) -> list[str]:
    problems: list[str] = []
    chunks, end = walk_png(data)
    for kind, body, crc_ok in chunks:
        name = kind.decode("latin1")
        if not crc_ok:
            problems.append(f"PNG chunk {name} has a bad CRC")
        if kind not in PNG_ALLOWED:
            problems.append(f"PNG chunk {name} present (metadata or extra frame)")
        if kind == b"IHDR":
            _, _, depth, colour = struct.unpack(">IIBB", body[:10])
            if colour != 2 or depth != 8:
                problems.append(f"PNG is not 8-bit RGB (colour type {colour}, depth {depth})")
    if end != len(data):
        problems.append(f"{len(data) - end} bytes after IEND (trailing data)")
    if chunks[0][0] != b"IHDR":
        problems.append("PNG does not start with IHDR")
    return problems


def _jpeg_problems(data: bytes) -> list[str]:
    problems: list[str] = []
    segments, end = jpeg_segments(data)
    for marker, body in segments:
        if marker not in JPEG_ALLOWED:
            problems.append(f"JPEG segment {JPEG_NAMES.get(marker, f'0xFF{marker:02X}')} present")
        if marker == 0xE0 and not body.startswith(b"JFIF\x00"):
            problems.append("JPEG APP0 that is not JFIF (JFXX thumbnail?)")
        if marker == 0xE0 and body.startswith(b"JFIF\x00") and len(body) >= 14 and body[12:14] != b"\x00\x00":
            problems.append("JFIF header carries a thumbnail")
    frames = sum(marker in (0xC0, 0xC1, 0xC2) for marker, _body in segments)
    if frames != 1:
        problems.append(f"JPEG has {frames} frames")
    if end != len(data):
        problems.append(f"{len(data) - end} bytes after EOI (trailing data)")
    return problems


def _webp_problems(data: bytes) -> list[str]:
    problems: list[str] = []
    size = struct.unpack("<I", data[4:8])[0]
    if size + 8 != len(data):
        problems.append(f"WebP RIFF size {size + 8} != file size {len(data)} (trailing data or truncation)")
    pos = 12
    while pos + 8 <= min(len(data), size + 8):
        kind, length = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        if kind not in WEBP_ALLOWED:
            problems.append(f"WebP chunk {kind.decode('latin1')!r} present")
        pos += 8 + length + (length & 1)
    return problems


# --- fuzzing -------------------------------------------------------------------------------------


def seed_images() -> dict[str, bytes]:
    """Small images in every format the loader takes, with the parts a mutation should reach: EXIF
    (orientation, owner), a comment, transparency, progressive and lossless variants."""
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (48, 32), (240, 240, 240))
    draw = ImageDraw.Draw(im)
    draw.rectangle((2, 2, 20, 14), fill=(200, 20, 20))
    draw.text((4, 16), "NIK 31", fill=(0, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x013B] = "Jane Q. Example"
    made = {
        "seed.png": ("PNG", im, {"exif": exif}),
        "seed_rgba.png": ("PNG", im.convert("RGBA"), {}),
        "seed_p.png": ("PNG", im.convert("P"), {"transparency": 0}),
        "seed.jpg": ("JPEG", im, {"exif": exif, "quality": 80, "comment": b"hi"}),
        "seed_prog.jpg": ("JPEG", im, {"progressive": True, "quality": 70}),
        "seed.gif": ("GIF", im.convert("P"), {}),
        "seed.webp": ("WEBP", im, {"exif": exif, "quality": 80}),
        "seed_lossless.webp": ("WEBP", im, {"lossless": True}),
        "seed.tif": ("TIFF", im, {"compression": "tiff_deflate"}),
        "seed.bmp": ("BMP", im, {}),
        "seed.avif": ("AVIF", im, {"quality": 60}),
    }
    seeds = {}
    for name, (fmt, image, options) in made.items():
        buffer = io.BytesIO()
        try:
            image.save(buffer, fmt, **options)
        except (KeyError, OSError, ValueError):  # a Pillow built without this format (AVIF)
            continue
        seeds[name] = buffer.getvalue()
    return seeds


class Hang(BaseException):
    """One input took too long.  A BaseException: code under test that catches Exception cannot
    swallow it and turn a hang into a refusal."""


class HangWatch:
    """Tells an input that hangs from a machine that is busy.

    An input's time is counted as an idle machine would give it: wall time minus the time the
    thread was ready to run but waiting for a CPU (Linux `/proc/…/schedstat`).  Time blocked on a
    child process or a pipe still counts, as it would in a real hang; time lost to other people's
    work does not.  Without schedstat: the thread's CPU time, with a wall-clock backstop of
    `BACKSTOP` times the limit for hangs that block.

        watch = HangWatch(10)            # in the main thread
        with watch.timing():             # raises Hang after 10 s of the input's own time
            work()

    An input stuck in native code never returns to Python to receive the Hang; with `hard_exit`
    the process then exits (status 70) after three times the limit, so a fuzzer's parent can keep
    the input and restart.
    """

    BACKSTOP = 10
    POLL_S = 0.2

    def __init__(self, limit_s: float, hard_exit: bool = False) -> None:
        self.limit_s = limit_s
        self.hard_exit = hard_exit
        self._thread = threading.main_thread()
        self._start: tuple[float, float | None, float] | None = None
        self._fired = False
        self.detail = ""
        signal.signal(signal.SIGUSR1, self._on_signal)
        threading.Thread(target=self._watch, name="hang-watch", daemon=True).start()

    def _now(self) -> tuple[float, float | None, float]:
        """(wall, seconds spent waiting for a CPU or None, CPU seconds) of the watched thread."""
        waited = None
        try:
            with open(f"/proc/self/task/{self._thread.native_id}/schedstat", encoding="ascii") as fh:
                waited = int(fh.read().split()[1]) / 1e9
        except (OSError, ValueError, IndexError):
            pass
        try:
            cpu = time.clock_gettime(time.pthread_getcpuclockid(self._thread.ident))
        except (AttributeError, OSError):
            cpu = time.process_time()
        return time.monotonic(), waited, cpu

    def elapsed(self) -> tuple[float, str]:
        """The current input's own time so far, and a description for a finding."""
        start = self._start
        if start is None:
            return 0.0, ""
        wall, waited, cpu = self._now()
        wall -= start[0]
        cpu -= start[2]
        if waited is not None and start[1] is not None:
            own = wall - (waited - start[1])
        else:
            own = max(cpu, wall / self.BACKSTOP)
        return own, f"{own:.1f} s of its own time (CPU {cpu:.1f} s, wall {wall:.1f} s)"

    def timing(self) -> "HangWatch":
        return self

    def __enter__(self) -> "HangWatch":
        self._fired = False
        self._start = self._now()
        return self

    def __exit__(self, *exc) -> None:
        self._start = None

    def _on_signal(self, signum, frame) -> None:  # noqa: ANN001
        if self._start is not None and self._fired:
            self._start = None
            raise Hang(self.detail)

    def _watch(self) -> None:
        while True:
            time.sleep(self.POLL_S)
            own, detail = self.elapsed()
            if self._start is None:
                continue
            if not self._fired and own > self.limit_s:
                self.detail, self._fired = detail, True
                signal.pthread_kill(self._thread.ident, signal.SIGUSR1)
            elif self._fired and self.hard_exit and own > 3 * self.limit_s:
                sys.stderr.write(f"hang in native code: {detail}\n")
                sys.stderr.flush()
                os._exit(70)


def load_scorer(path: Path):  # noqa: ANN201 (a module loaded from a file)
    """The real-corpus scorer (`score_real.py`) loaded as a module: the bench scripts use its own box
    selection and its test of a destroyed box, so their figures agree with it."""
    spec = importlib.util.spec_from_file_location("score_real", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_entries(corpus: Path, sets: list[str] | None = None) -> Iterator[tuple[str, Path, dict]]:
    """(set name, set folder, ground-truth entry) for every image of the real corpus, set by set."""
    for truth in sorted(corpus.glob("*/ground_truth.json")):
        if sets and truth.parent.name not in sets:
            continue
        data = json.loads(truth.read_text(encoding="utf-8"))
        for entry in data if isinstance(data, list) else data.get("images", []):
            yield truth.parent.name, truth.parent, entry
