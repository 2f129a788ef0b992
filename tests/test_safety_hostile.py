"""Hostile and odd files: no helper program started, no unbounded work.

Each case is from an adversarial review of the installed tool: an EPS named
`.png` made Pillow start Ghostscript, a 2 kB PNG of 1 x 1,000,000 pixels ran
for minutes, small WebP/AVIF files claiming ~100 MP cost gigabytes, and a
JPEG header claiming 10,950 x 10,950 pixels over a few bytes of data was
exported as a grey picture.
"""
from __future__ import annotations

import io
import os
import struct
import time
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import run_cli
from redactor import load, pipeline
from redactor.config import Config
from redactor.errors import AnalysisTimeout, InputError
from redactor.load import load_bytes, load_path

EPS = (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 64 64\n%\xff not UTF-8\n"
       b"/Helvetica findfont 12 scalefont setfont 10 10 moveto (NIK 3171012345670001) show\n{} loop\n")


def test_eps_named_png_never_starts_ghostscript(tmp_path):
    marker = tmp_path / "gs-ran"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("gs", "gswin32c", "gswin64c"):
        fake = bin_dir / name
        fake.write_text(f"#!/bin/sh\ntouch {marker}\nexec sleep 30\n")
        fake.chmod(0o755)
    src = tmp_path / "shot.png"
    src.write_bytes(EPS)
    env = {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    started = time.monotonic()
    result = run_cli("strip", str(src), cwd=tmp_path, env=env, timeout=60)
    assert result.returncode == 3, result.stderr  # unreadable: a format Redactor does not open
    assert len(result.stderr.strip().splitlines()) == 1
    assert not marker.exists(), "Ghostscript was started for a file named .png"
    assert time.monotonic() - started < 20
    assert not (tmp_path / "shot.clean.png").exists()


@pytest.mark.parametrize("fmt", ["EPS", "PDF", "XBM", "ICO", "TGA", "PCX", "SGI", "QOI"])
def test_formats_outside_the_allow_list_are_refused(fmt):
    im = Image.new("RGB", (32, 32), "white")
    buffer = io.BytesIO()
    try:
        (im.convert("1") if fmt == "XBM" else im).save(buffer, fmt)
    except (OSError, KeyError, ValueError):
        pytest.skip(f"this Pillow cannot write {fmt}")
    with pytest.raises(InputError):
        load_bytes(buffer.getvalue())


def test_formats_the_readme_promises_still_load():
    im = Image.new("RGB", (48, 32), (200, 30, 30))
    for fmt in ("PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP", "PPM"):
        buffer = io.BytesIO()
        im.save(buffer, fmt)
        assert load_bytes(buffer.getvalue()).image.size == (48, 32), fmt


def png_bytes(width: int, height: int, row) -> bytes:
    """A valid grey PNG from filtered rows (one repeated, or `row(i)`), without holding the picture."""
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    compressor = zlib.compressobj(6)
    rows = (row(i) if callable(row) else row for i in range(height))
    data = b"".join(compressor.compress(r) for r in rows) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def test_a_one_pixel_wide_strip_is_refused_at_once():
    data = png_bytes(1, 1_000_000, b"\x00\xff")
    assert len(data) < 5_000
    started = time.monotonic()
    with pytest.raises(InputError, match="longer than wide"):
        load_bytes(data)
    assert time.monotonic() - started < 2


def test_long_scrolling_captures_still_load():
    rng = np.random.default_rng(1)
    lines = [b"\x00" + np.where(rng.random(1080) < 0.08, 30, 255).astype(np.uint8).tobytes() for _ in range(997)]
    data = png_bytes(1080, 24_000, lambda i: lines[i % 997])   # a 22:1 chat capture, text on every line
    assert load_bytes(data).image.size == (1080, 24_000)


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "TIFF", "GIF"])
def test_pixel_count_is_checked_against_file_size_for_every_format(fmt):
    im = Image.new("L", (5200, 5200), 255)     # 27 MP of one colour: a few kB in any lossless format
    buffer = io.BytesIO()
    im.save(buffer, fmt, **({"lossless": True} if fmt == "WEBP" else {"compression": "tiff_deflate"}
                            if fmt == "TIFF" else {}))
    data = buffer.getvalue()
    assert len(data) < 27_000_000 // load.MAX_PIXELS_PER_BYTE
    with pytest.raises(InputError, match="decompression bomb"):
        load_bytes(data)


def test_screen_sized_images_pass_however_well_they_compress():
    buffer = io.BytesIO()
    Image.new("RGB", (5120, 2880), "white").save(buffer, "PNG")      # an empty 5K screenshot, ~40 kB
    assert load_bytes(buffer.getvalue()).image.size == (5120, 2880)


def test_jpeg_header_claiming_far_more_than_its_data_is_refused():
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), "white").save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5:sof + 9] = struct.pack(">HH", 10_950, 10_950)
    with pytest.raises(InputError, match="decompression bomb"):
        load_bytes(bytes(data))


def test_a_decode_past_its_deadline_is_stopped(monkeypatch):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "PNG")
    monkeypatch.setattr(load, "DECODE_TIMEOUT_S", 0.5)
    from PIL import PngImagePlugin
    original = PngImagePlugin.PngImageFile.load

    def slow_load(self):
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:   # a decoder that never finishes, in Python as Pillow's feed loop is
            pass
        return original(self)

    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", slow_load)
    started = time.monotonic()
    with pytest.raises(InputError, match="decoding took longer"):
        load_bytes(buffer.getvalue())
    assert time.monotonic() - started < 3


@pytest.mark.usefixtures("tesseract")
def test_the_whole_analysis_has_a_deadline(tmp_path, monkeypatch):
    Image.new("RGB", (300, 80), "white").save(tmp_path / "in.png")

    from redactor.detect import detect as real_detect

    monkeypatch.setattr(pipeline, "detect", lambda *a, **k: time.sleep(9) or real_detect(*a, **k))
    out = tmp_path / "out.png"
    with pytest.raises(AnalysisTimeout) as err:
        pipeline.redact_file(tmp_path / "in.png", out, config=Config(visual=False, analysis_timeout=8))
    assert "\n" not in str(err.value)
    assert not out.exists()


def test_analysis_timeout_is_a_setting(tmp_path):
    from redactor.config import config_from_dict, config_to_toml
    import tomllib

    config = config_from_dict({"analysis_timeout": 45})
    assert config.analysis_timeout == 45
    assert tomllib.loads(config_to_toml(config))["analysis_timeout"] == 45
