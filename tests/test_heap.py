"""A redaction's threads (model loaders, OCR bands, the face network) share one malloc heap (glibc):
memory one stage frees is there for the next, instead of every thread's arena keeping its own peak."""
from __future__ import annotations

import subprocess
import sys

import pytest
from PIL import Image, ImageDraw

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc arenas")

# Redacts argv[2] to argv[3] through the command line (argv[1] == "cli") or the pipeline alone, then
# glibc lists its arenas ("Arena 0:", "Arena 1:", ...) on stderr.
REDACT_THEN_LIST_ARENAS = """
import ctypes, sys
from pathlib import Path
if sys.argv[1] == "cli":
    from redactor.cli import main
    assert main(["redact", sys.argv[2], "-o", sys.argv[3]]) == 0
else:
    from redactor.pipeline import redact_file
    redact_file(Path(sys.argv[2]), Path(sys.argv[3]), cores=2)
ctypes.CDLL(None).malloc_stats()
"""


def _arenas_after_redacting(how: str, tmp_path) -> int:
    page = Image.new("RGB", (900, 300), "white")
    ImageDraw.Draw(page).text((20, 40), "Email: budi.santoso@example.co.id", fill="black", font_size=28)
    page.save(tmp_path / "page.png")
    done = subprocess.run([sys.executable, "-c", REDACT_THEN_LIST_ARENAS, how, str(tmp_path / "page.png"),
                           str(tmp_path / f"{how}.png")], capture_output=True, text=True, timeout=120, check=True)
    return sum(1 for line in done.stderr.splitlines() if line.startswith("Arena "))


def test_a_redaction_from_the_command_line_allocates_from_one_heap(tmp_path):
    assert _arenas_after_redacting("cli", tmp_path) == 1


def test_without_the_setting_the_same_redaction_spreads_over_several_heaps(tmp_path):
    # The control: glibc's default gives the threads arenas of their own, which the setting prevents.
    assert _arenas_after_redacting("pipeline", tmp_path) > 1
