"""Harmless boxes covered on the real-image corpus: how many covered areas hide nothing personal.

    .venv/bin/python bench/real_fp.py --corpus ../shared/corpus/real \\
        --scorer ../shared/bench/score_real.py [--set NAME ...] [--list] [--out DIR]

Runs the pipeline in-process on every image of the corpus, those with no sensitive box too (a shop
receipt, a camera photo, a phone's settings page: anything covered there is harmless unless the ground
truth marks it personal), and sorts every finding the output covers (one finding however many boxes it is
drawn with); the scorer's own selection of boxes says which are sensitive:

* needed   -- it overlaps a sensitive ground-truth box;
* grey     -- it overlaps only a box the ground truth marks as personal but the scorer does not count
              (a date or ZIP code in a chat, a location, an organisation, a card's expiry);
* harmless -- it overlaps no such box: a heading, a store name, a total, a public region name...

The figure to watch is harmless / covered (the goal is at most 1 in 20).  `--list` adds one line per
harmless area: its category, detector, masked preview and the ground-truth labels it lies on.
`--out DIR` writes each redacted image there, to look at.  Values are never printed in clear.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from PIL import Image

from redactor.config import Config
from redactor.cover import regions_for
from redactor.findings import Box
from redactor.load import load_path
from redactor.pipeline import analyse, render
from redactor.testing import corpus_entries, isolate_user_settings, load_scorer

# Ground-truth labels that mark personal data the scorer does not count; covering them is not harmless.
GREY_LABELS = {
    "DATE", "ZIP", "CARD_EXPIRY", "INTERNAL_ID", "PARTIAL_ID", "LOCATION", "ORGANIZATION", "EMPLOYEE_ID",
    "COUNTRY", "URL", "SEX", "other",
    # identity-card fields that are personal but outside the scorer's list
    "religion", "marital_status", "occupation", "blood_type", "sex",
}
GREY_HINTS = {"company_reg_no", "tax_id"}


# Where a point (x, y) of a W x H raw image lands once its EXIF orientation is applied.
_ORIENT = {
    2: lambda x, y, w, h: (w - x, y), 3: lambda x, y, w, h: (w - x, h - y), 4: lambda x, y, w, h: (x, h - y),
    5: lambda x, y, w, h: (y, x), 6: lambda x, y, w, h: (h - y, x), 7: lambda x, y, w, h: (h - y, w - x),
    8: lambda x, y, w, h: (y, w - x),
}


def _box(entry: dict, frame: tuple[int, int, int], size: tuple[int, int]) -> Box:
    """A ground-truth box in the pipeline's upright image: the truth may be drawn on the raw pixels
    of a photo whose EXIF orientation turns it, and on another scale."""
    raw_w, raw_h, orientation = frame
    x0, y0, x1, y1 = entry["x"], entry["y"], entry["x"] + entry["w"], entry["y"] + entry["h"]
    turn = _ORIENT.get(orientation)
    if turn:
        corners = [turn(x, y, raw_w, raw_h) for x in (x0, x1) for y in (y0, y1)]
        x0, y0 = min(c[0] for c in corners), min(c[1] for c in corners)
        x1, y1 = max(c[0] for c in corners), max(c[1] for c in corners)
        if orientation >= 5:
            raw_w, raw_h = raw_h, raw_w
    sx, sy = size[0] / raw_w, size[1] / raw_h
    return Box.from_edges(x0 * sx, y0 * sy, max(x1 * sx, x0 * sx + 1), max(y1 * sy, y0 * sy + 1))


def _overlaps(region: Box, box: Box) -> bool:
    """The covered area takes a real part of the box (not just a padding's edge)."""
    width = min(region.right, box.right) - max(region.left, box.left)
    height = min(region.bottom, box.bottom) - max(region.top, box.top)
    if width <= 0 or height <= 0:
        return False
    return width * height >= 0.25 * min(region.area, box.area)


def truth_boxes(setname: str, entry: dict, scorer) -> tuple[list[dict], list[dict], list[dict]]:
    """(sensitive, grey, other) ground-truth boxes of one image."""
    sensitive = scorer.boxes_for(setname, entry)
    ids = {id(b) for b in sensitive}
    grey, other = [], []
    for b in entry.get("boxes", []):
        subs = b.get("pii") or []
        if subs:  # a chat line: its own parts are labelled
            grey += [p for p in subs if p["type"] not in scorer.ATHAL]
            other.append(b)
            continue
        if id(b) in ids:
            continue
        label = b.get("label", "")
        if label.upper() in GREY_LABELS or label in GREY_LABELS or b.get("pii_hint") in GREY_HINTS:
            grey.append(b)
        else:
            other.append(b)
    return sensitive, grey, other


def _truth_frame(source: Path, entry: dict) -> tuple[int, int, int]:
    """(width, height, EXIF orientation still to apply) of the pixels the ground truth was drawn on."""
    with Image.open(source) as image:
        raw = image.size
        orientation = image.getexif().get(0x0112, 1)
    truth = (entry.get("width", raw[0]), entry.get("height", raw[1]))
    if orientation in _ORIENT and truth == raw:
        return raw[0], raw[1], orientation
    if orientation in _ORIENT and orientation >= 5:
        return truth[0], truth[1], 1  # drawn on the upright picture already
    return truth[0], truth[1], 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, type=Path)
    ap.add_argument("--scorer", required=True, type=Path, help="score_real.py (its box selection is used)")
    ap.add_argument("--set", action="append", default=[], help="only these sets")
    ap.add_argument("--list", action="store_true", help="one masked line per harmless covered area")
    ap.add_argument("--list-grey", action="store_true", help="one masked line per grey covered area")
    ap.add_argument("--out", type=Path, help="write each redacted image here")
    args = ap.parse_args(argv)
    isolate_user_settings()
    scorer = load_scorer(args.scorer)
    per_set: dict[str, Counter] = {}
    lines, grey_lines = [], []
    t0 = time.time()
    for setname, folder, entry in corpus_entries(args.corpus, args.set):
        sensitive, grey, other = truth_boxes(setname, entry, scorer)
        source = folder / entry["file"]
        analysis = analyse(load_path(source), Config())
        width, height = analysis.image.size
        frame = _truth_frame(source, entry)
        needed_boxes = [_box(b, frame, (width, height)) for b in sensitive]
        grey_boxes = [_box(b, frame, (width, height)) for b in grey]
        other_boxes = [(_box(b, frame, (width, height)), b) for b in other]
        tally = per_set.setdefault(setname, Counter())
        image_tally = Counter()
        for finding in analysis.findings:
            # One finding is one covered item, however many boxes or mapped polygons it is drawn with.
            regions = regions_for([finding], width, height)
            if not regions:
                continue
            if any(_overlaps(r, b) for r in regions for b in needed_boxes):
                kind = "needed"
            elif any(_overlaps(r, b) for r in regions for b in grey_boxes):
                kind = "grey"
                if args.list_grey:
                    under = sorted({b.get("label", "?") for b in grey
                                    if any(_overlaps(r, _box(b, frame, (width, height))) for r in regions)})
                    grey_lines.append(f"  {setname}/{entry['file']} {finding.category} ({finding.detector})"
                                      f" {finding.preview!r} on {','.join(under)}")
            else:
                kind = "harmless"
                region = Box.union(regions)
                under = sorted({b.get("label", "?") for box, b in other_boxes
                                if any(_overlaps(r, box) for r in regions)})
                lines.append(f"  {setname}/{entry['file']} {finding.category} ({finding.detector})"
                             f" {finding.preview!r} at {region.left},{region.top} {region.width}x"
                             f"{region.height} on {','.join(under) or 'no labelled text'}")
            image_tally[kind] += 1
        tally.update(image_tally)
        covered = sum(image_tally.values())
        print(f"{setname}/{entry['file']}: covered {covered}, harmless {image_tally['harmless']}", flush=True)
        if args.out:
            target = args.out / setname / (Path(entry["file"]).stem + ".png")
            target.parent.mkdir(parents=True, exist_ok=True)
            render(analysis).save(target)
    print(f"{'set':36} {'covered':>8} {'needed':>7} {'grey':>5} {'harmless':>9} {'share':>6}")
    total = Counter()
    for setname, tally in per_set.items():
        covered = sum(tally.values())
        total.update(tally)
        print(f"{setname:36} {covered:8} {tally['needed']:7} {tally['grey']:5} {tally['harmless']:9}"
              f" {tally['harmless'] / covered if covered else 0:6.3f}")
    covered = sum(total.values())
    if args.list:
        print("harmless covered areas:")
        print("\n".join(lines))
    if args.list_grey:
        print("grey covered areas:")
        print("\n".join(grey_lines))
    print(f"time: {time.time() - t0:.1f}s")
    print(f"real_harmless={total['harmless']} covered={covered} share={total['harmless'] / covered if covered else 0:.3f}"
          f" (1 in {covered / total['harmless'] if total['harmless'] else float('inf'):.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
