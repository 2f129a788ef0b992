#!/usr/bin/env python3
"""Re-OCR check: can any sensitive value of the benchmark be read back from the redacted outputs?

    .venv/bin/redactor batch ../shared/bench/dev -o OUT
    python scripts/reocr_check.py OUT [--truth ../shared/bench/dev] [--scale 3] [--jobs 2]

For every image of truth.json, the output OUT/NAME.png is read by Tesseract
twice, the way an attacker would try:

* the whole page, upscaled (default x2, Lanczos), `--psm 11` and `--psm 6`;
* every sensitive item's own area (its bbox plus a margin), upscaled (default x3),
  `--psm 7`.

Values are normalised (case, spaces and punctuation removed); values with five
or more digits are compared as digit strings (so "0812-3456 7890" matches
"081234567890").  As a control, the item crops of the ORIGINAL images are read
the same way: that is how many values OCR can read when nothing is covered.

Prints counts (items, readable in the originals, read back from the outputs by
page and by crop) and the read-back items with masked values; exit 0 when
nothing is read back.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytesseract
from PIL import Image, ImageOps

REPO = Path(__file__).resolve().parents[1]
DEFAULT_TRUTH = REPO.parent / "shared" / "bench" / "dev"
LANG = "ind+eng"


def norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def mask(text: str) -> str:
    keep = 2 if len(text) > 6 else 1
    return text[:keep] + "•" * max(0, len(text) - 2 * keep) + text[-keep:] if len(text) > 2 else "••"


def comparable(value: str) -> tuple[str, str] | None:
    """('digits', d) for numbers, ('text', t) for words; None when too short to judge."""
    d = digits(value)
    if len(d) >= 5 and len(d) >= 0.6 * len(norm(value)):
        return "digits", d
    t = norm(value)
    return ("text", t) if len(t) >= 4 else None


def found_in(key: tuple[str, str], lines: list[str]) -> bool:
    kind, needle = key
    for line in lines:
        hay = digits(line) if kind == "digits" else norm(line)
        if needle in hay:
            return True
    # values wrapped over two OCR lines
    joined = [a + " " + b for a, b in zip(lines, lines[1:])]
    return any(needle in (digits(j) if kind == "digits" else norm(j)) for j in joined)


def ocr_lines(image: Image.Image, psm: int) -> list[str]:
    try:
        text = pytesseract.image_to_string(image, lang=LANG, config=f"--oem 1 --psm {psm}", timeout=180)
    except RuntimeError:
        return []
    return [ln for ln in text.splitlines() if ln.strip()]


def upscale(image: Image.Image, factor: float) -> Image.Image:
    grey = ImageOps.grayscale(image)
    return grey.resize((max(1, int(grey.width * factor)), max(1, int(grey.height * factor))),
                       Image.Resampling.LANCZOS)


def crop_lines(image: Image.Image, bbox, factor: float) -> list[str]:
    x, y, w, h = bbox
    m = max(4, h // 2)
    box = (max(0, x - m), max(0, y - m), min(image.width, x + w + m), min(image.height, y + h + m))
    crop = upscale(image.crop(box), factor)
    out = []
    for im in (crop, ImageOps.invert(crop)):  # light-on-dark text too
        out += ocr_lines(ImageOps.expand(im, 20, fill=255 if im is crop else 0), 7)
    return out


def check_image(entry: dict, truth_dir: Path, out_dir: Path, page_scale: float, crop_scale: float,
                control: bool) -> dict:
    items = [it for it in entry["items"] if it["kind"] == "sensitive"]
    result = {"name": entry["name"], "items": 0, "control_readable": 0, "page_leaks": [], "crop_leaks": [],
              "missing_output": False}
    out_path = out_dir / f"{entry['name']}.png"
    if not out_path.exists():
        cands = list(out_dir.glob(f"{entry['name']}.*"))
        out_path = cands[0] if cands else out_path
    if not out_path.exists():
        result["missing_output"] = True
        return result
    with Image.open(out_path) as im:
        out_img = im.convert("RGB")
    page = upscale(out_img, page_scale)
    page_lines = ocr_lines(page, 11) + ocr_lines(page, 6)
    original = None
    if control:
        with Image.open(truth_dir / entry["image"]) as im:
            original = ImageOps.exif_transpose(im).convert("RGB")
    for it in items:
        key = comparable(it["text"])
        if key is None:
            continue
        result["items"] += 1
        label = f"{it['category']} {mask(it['text'])}"
        if original is not None and found_in(key, crop_lines(original, it["bbox"], crop_scale)):
            result["control_readable"] += 1
        if found_in(key, page_lines):
            result["page_leaks"].append(label)
        if found_in(key, crop_lines(out_img, it["bbox"], crop_scale)):
            result["crop_leaks"].append(label)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="folder written by `redactor batch ../shared/bench/dev -o OUT`")
    ap.add_argument("--truth", default=str(DEFAULT_TRUTH), help="folder with truth.json and the originals")
    ap.add_argument("--page-scale", type=float, default=2.0)
    ap.add_argument("--scale", type=float, default=3.0, help="upscale factor for item crops")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-control", action="store_true", help="skip reading the originals")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--only", help="comma-separated image names (e.g. dev_003_sheet,dev_032_web)")
    ap.add_argument("--json", help="write per-image results here")
    args = ap.parse_args(argv)
    truth_dir, out_dir = Path(args.truth), Path(args.out)
    truth = json.loads((truth_dir / "truth.json").read_text())
    entries = truth["images"]
    if args.only:
        wanted = set(args.only.split(","))
        entries = [e for e in entries if e["name"] in wanted]
    entries = entries[: args.limit or None]
    def one(e: dict) -> dict:
        r = check_image(e, truth_dir, out_dir, args.page_scale, args.scale, not args.no_control)
        leaks = len(set(r["page_leaks"]) | set(r["crop_leaks"]))
        print(f"  {r['name']}: {r['items']} items, {r['control_readable']} readable in the original, "
              f"{leaks} read back", flush=True)
        return r

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(one, entries))
    items = sum(r["items"] for r in results)
    control = sum(r["control_readable"] for r in results)
    page = sum(len(r["page_leaks"]) for r in results)
    crop = sum(len(r["crop_leaks"]) for r in results)
    either = sum(len(set(r["page_leaks"]) | set(r["crop_leaks"])) for r in results)
    missing = [r["name"] for r in results if r["missing_output"]]
    for r in results:
        leaks = sorted(set(r["page_leaks"]) | set(r["crop_leaks"]))
        if leaks:
            print(f"{r['name']}: {len(leaks)} read back: {', '.join(leaks)}")
    print(f"\nimages: {len(results)} ({len(missing)} without output{': ' + ', '.join(missing) if missing else ''})")
    print(f"sensitive items checked: {items} (values of 4+ characters)")
    if not args.no_control:
        print(f"readable in the ORIGINALS (item crops x{args.scale:g}): {control} / {items}")
    print(f"read back from the OUTPUTS: page x{args.page_scale:g} OCR {page}, item crops x{args.scale:g} {crop}; "
          f"either {either} / {items}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False))
    return 0 if either == 0 and not missing else 1


if __name__ == "__main__":
    sys.exit(main())
