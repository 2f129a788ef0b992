"""Fail closed (fast part; the full matrix is scripts/verify_faults.py).

A broken Tesseract (exits non-zero, crashes, hangs past the timeout, writes
garbage) or a detector that raises must make the file fail with an OcrError or
DetectorError carrying one line, and nothing may be written.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from redactor import pipeline
from redactor.batch import run_batch
from redactor.config import Config
from redactor.errors import DetectorError, OcrError

REAL = shutil.which("tesseract")

HEAD = """#!/bin/sh
for a in "$@"; do
  case "$a" in --list-langs|--version) exec {real} "$@";; esac
done
"""
BEHAVIOUR = {
    "exit1": "echo 'Error: broken' >&2\nexit 1\n",
    "segv": "kill -SEGV $$\n",
    "hang": "exec sleep 30\n",
    "garbage": 'for last; do :; done\nprintf "\\x00not a tsv\\n" > "$2.tsv"\nexit 0\n',
}


def sample(path: Path) -> Path:
    im = Image.new("RGB", (520, 120), "white")
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 28)
    except OSError:
        font = ImageFont.load_default()
    ImageDraw.Draw(im).text((20, 40), "NIK 3171012345670001", fill="black", font=font)
    im.save(path)
    return path


def fake(tmp_path: Path, mode: str) -> str:
    path = tmp_path / f"tesseract-{mode}"
    path.write_text(HEAD.format(real=REAL) + BEHAVIOUR[mode])
    path.chmod(0o755)
    return str(path)


@pytest.mark.usefixtures("tesseract")
@pytest.mark.parametrize("mode", sorted(BEHAVIOUR))
def test_broken_tesseract_fails_closed(tmp_path, mode):
    src = sample(tmp_path / "in.png")
    out = tmp_path / "out" / "in.png"
    out.parent.mkdir()
    config = Config(tesseract_cmd=fake(tmp_path, mode), ocr_timeout=3, visual=False)
    with pytest.raises(OcrError) as err:
        pipeline.redact_file(src, out, config=config)
    message = str(err.value)
    assert message and "\n" not in message
    if mode == "hang":
        assert "timed out" in message
    assert list(out.parent.iterdir()) == []


def test_missing_tesseract_fails_closed(tmp_path, monkeypatch):
    from redactor.ocr import engine

    monkeypatch.setattr(engine, "find_tesseract", lambda configured=None: None)
    monkeypatch.setattr(engine, "library_available", lambda: False)
    engine.forget_engines()
    src = sample(tmp_path / "in.png")
    with pytest.raises(OcrError, match="not installed"):
        pipeline.redact_file(src, tmp_path / "out.png", config=Config(visual=False))
    assert not (tmp_path / "out.png").exists()


@pytest.mark.usefixtures("tesseract")
@pytest.mark.parametrize("exc", [RuntimeError("boom"), MemoryError(), KeyError("x")])
def test_detector_raising_fails_closed(tmp_path, monkeypatch, exc):
    def boom(*args, **kwargs):
        raise exc

    monkeypatch.setattr(pipeline, "detect", boom)
    src = sample(tmp_path / "in.png")
    with pytest.raises(DetectorError) as err:
        pipeline.redact_file(src, tmp_path / "out.png", config=Config(visual=False))
    assert "\n" not in str(err.value)
    assert not (tmp_path / "out.png").exists()


@pytest.mark.usefixtures("tesseract")
def test_batch_lists_the_failure_and_writes_nothing(tmp_path, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("injected")

    monkeypatch.setattr(pipeline, "detect", boom)
    src = sample(tmp_path / "in.png")
    out = tmp_path / "out" / "in.png"
    reports = run_batch([(src, out)], config=Config(visual=False), jobs=1)
    assert len(reports) == 1 and not reports[0].ok and reports[0].output is None
    assert "detection failed" in reports[0].error
    assert not out.exists()
