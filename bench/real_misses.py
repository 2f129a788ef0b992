"""Why a box of the real-image corpus stays readable: OCR never read it, or it was read and not found.

    .venv/bin/python bench/real_misses.py --corpus ../shared/corpus/real \\
        --scorer ../shared/bench/score_real.py [--set NAME ...] [--list]

Runs the pipeline in-process on every image of the corpus that has sensitive boxes (the scorer's
own selection of boxes and its test of "destroyed"), then sorts every box that is still readable:

* not read   -- no stretch of the OCR text resembles the box's text (low contrast, small, tilted,
                photographed or stylised text): a reading problem, no recognizer can help;
* read       -- the OCR text holds it (closest match shown masked), but no recognizer took it:
                a detection problem.

Per set it prints covered / read-not-found / not-read; `--list` adds one masked line per box.
Values are never printed in clear.
"""
from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from redactor.config import Config
from redactor.load import load_path
from redactor.mask import mask_value
from redactor.pipeline import analyse, render
from redactor.testing import corpus_entries, load_scorer


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def closest_reading(target: str, ocr_text: str) -> tuple[float, str]:
    """Best similarity (0..1) of `target` to a run of OCR words of about its length, and that run."""
    want = _key(target)
    if not want:
        return 0.0, ""
    best, best_text = 0.0, ""
    for line in ocr_text.splitlines():
        words = line.split()
        for i in range(len(words)):
            joined = ""
            for j in range(i, min(len(words), i + 8)):
                joined += _key(words[j])
                if len(joined) > 2 * len(want):
                    break
                ratio = difflib.SequenceMatcher(None, want, joined).ratio()
                if ratio > best:
                    best, best_text = ratio, " ".join(words[i:j + 1])
    return best, best_text


READ_THRESHOLD = 0.75


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, type=Path)
    ap.add_argument("--scorer", required=True, type=Path, help="score_real.py (its box selection is used)")
    ap.add_argument("--set", action="append", default=[], help="only these sets")
    ap.add_argument("--list", action="store_true", help="one masked line per readable box")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.scorer)
    counts: dict[str, Counter] = {}
    lines = []
    t0 = time.time()
    for setname, folder, entry in corpus_entries(args.corpus, args.set):
        boxes = scorer.boxes_for(setname, entry)
        if not boxes:
            continue
        src = folder / entry["file"]
        analysis = analyse(load_path(src), Config())
        out = render(analysis)
        orig = Image.open(src)
        if (entry.get("width"), entry.get("height")) != orig.size:
            orig = ImageOps.exif_transpose(orig)
        a, b = scorer.grey(orig), scorer.grey(out.resize(orig.size) if out.size != orig.size else out)
        text = analysis.ocr.text if analysis.ocr else ""
        tally = counts.setdefault(setname, Counter())
        for box in boxes:
            x, y, w, h = (int(box[k]) for k in ("x", "y", "w", "h"))
            kind = box.get("label", box.get("type"))
            if w > 1 and h > 1 and scorer.destroyed(a[y:y + h, x:x + w], b[y:y + h, x:x + w]):
                tally["covered"] += 1
                continue
            target = box.get("text") or ""
            ratio, reading = closest_reading(target, text) if target else (0.0, "")
            verdict = "read" if ratio >= READ_THRESHOLD else "not read"
            tally[verdict] += 1
            lines.append(f"  {verdict:8} {setname}/{entry['file']} {kind} {mask_value(target) if target else '-'}"
                         f" at {x},{y} {w}x{h}  OCR {ratio:.2f} {mask_value(reading) if reading else '-'}")
    print(f"{'set':36} {'boxes':>5} {'covered':>8} {'read':>5} {'not read':>9}")
    total = Counter()
    for setname, tally in counts.items():
        n = sum(tally.values())
        total.update(tally)
        print(f"{setname:36} {n:5} {tally['covered']:8} {tally['read']:5} {tally['not read']:9}")
    n = sum(total.values())
    print(f"{'all':36} {n:5} {total['covered']:8} {total['read']:5} {total['not read']:9}")
    if args.list:
        print("readable boxes (read = OCR has it, no recognizer took it; not read = OCR never read it):")
        print("\n".join(lines))
    print(f"time: {time.time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
