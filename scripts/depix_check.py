#!/usr/bin/env python3
"""Adversaries against pixelate and blur: Depix and a brute-force (Unredacter-style) search.

A line of text (a 16-digit NIK in DejaVu Sans Mono, black on white, the way a
text editor shows it) is rendered, then treated five ways:

* `redactor redact --style pixelate` and `--style blur` (the tool; the secret is
  passed with --term so detection is not what is measured);
* for contrast, naive treatments of the raw text: box-mean mosaics of 5 px,
  8 px and the tool's own cell size (grid-aligned, what Depix assumes), and a
  Gaussian blur (sigma 3).

Attacks, with everything an attacker could know (font, size, colours,
position, grid, the tool's code):

1. Depix (spipm/Depix, CC BY 4.0): the PyPI release `depix` 1.0.2 is an old
   code-only sdist whose entry point is broken, so this script fetches it with
   `pip download` (unless depixlib is importable), and drives its own functions
   (depixlib.functions) in the order of its depix.py: same-colour rectangles,
   matching against a search image (a De Bruijn sequence of the digits, order
   2, rendered in the same font), single and geometric matches, write-out.
   Depix needs mosaic blocks; on blur it is reported as not applicable.
2. Brute force: coordinate descent over the 16 digits (3 sweeps x 16 positions x
   10 digits), re-rendering each candidate, applying the same treatment
   (the tool's own pixelate/blur code path as a naive tool would apply it to
   the text, or the naive mosaic/blur) and keeping the closest to the observed
   crop.  This is the Hill et al. / Unredacter idea for a known charset.

Recovered characters = matching characters (difflib) between the truth and the
attack's result (OCR of the Depix output; the brute-force string).  A random
guess scores about 1.6 of 16.  Also reports whether the tool's covered pixels
are identical for two different secrets (then no attack can learn anything).

    python scripts/depix_check.py [--json FILE] [--no-depix]
"""
from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from redactor.testing import isolate_user_settings, redactor_command

REPO = Path(__file__).resolve().parents[1]
FONT_PATH = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_SIZE = 22
ORIGIN = (24, 30)
CANVAS = (560, 90)
SECRET = "3171012345670001"
OTHER = "6408127788990002"
CACHE = Path(tempfile.gettempdir()) / "redactor-depix-1.0.2"


def font() -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_PATH, FONT_SIZE)


ADVANCE = 13  # whole-pixel advance: glyphs snapped to the pixel grid, as a text editor draws them


def draw_line(draw: ImageDraw.ImageDraw, origin: tuple[int, int], text: str) -> None:
    """Monospace text with every glyph at a whole-pixel position, so a glyph looks the same wherever
    it stands (Depix's README: sub-pixel positioning defeats it; this gives the attacker the best case)."""
    f = font()
    for i, ch in enumerate(text):
        draw.text((origin[0] + i * ADVANCE, origin[1]), ch, fill=(0, 0, 0), font=f)


def render(text: str) -> Image.Image:
    im = Image.new("RGB", CANVAS, (255, 255, 255))
    draw_line(ImageDraw.Draw(im), ORIGIN, text)
    return im


def de_bruijn(k: int, n: int) -> str:
    a = [0] * k * n
    seq: list[int] = []

    def db(t: int, p: int) -> None:
        if t > n:
            if n % p == 0:
                seq.extend(a[1:p + 1])
        else:
            a[t] = a[t - p]
            db(t + 1, p)
            for j in range(a[t - p] + 1, k):
                a[t] = j
                db(t + 1, t)
    db(1, 1)
    return "".join(str(d) for d in seq)


def search_image(path: Path) -> Path:
    """The De Bruijn sequence of the digits (order 2, wrapped), same font, size and colours."""
    text = de_bruijn(10, 2)
    text += text[:1]
    w = len(text) * ADVANCE + 2 * ORIGIN[0]
    im = Image.new("RGB", (w, CANVAS[1]), (255, 255, 255))
    draw_line(ImageDraw.Draw(im), ORIGIN, text)
    im.save(path)
    return path


# --- treatments ------------------------------------------------------------------------------------

def mosaic(crop: np.ndarray, block: int) -> np.ndarray:
    """Grid-aligned box mean with Depix's own integer truncation (linear average)."""
    out = crop.copy()
    h, w = crop.shape[:2]
    for y in range(0, h, block):
        for x in range(0, w, block):
            cell = crop[y:y + block, x:x + block].reshape(-1, 3).astype(int)
            out[y:y + block, x:x + block] = (cell.sum(axis=0) // len(cell)).astype(np.uint8)
    return out


def tool_pixelate_like(crop: np.ndarray) -> np.ndarray:
    """The tool's pixelate arithmetic (cover.py) applied straight to the text, as a naive tool would."""
    cell = max(8, crop.shape[0] // 2)
    small = Image.fromarray(crop).resize((max(1, crop.shape[1] // cell), max(1, crop.shape[0] // cell)),
                                         Image.Resampling.BOX)
    return np.asarray(small.resize((crop.shape[1], crop.shape[0]), Image.Resampling.NEAREST))


def naive_blur(crop: np.ndarray, sigma: float = 3.0) -> np.ndarray:
    return np.asarray(Image.fromarray(crop).filter(ImageFilter.GaussianBlur(sigma)))


def redactor_cover(image: Image.Image, style: str, work: Path, term: str = SECRET,
                   tag: str = "") -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """Run the real CLI; return the output and the covered region (where it differs from the input)."""
    src = work / f"line_{style}{tag}.png"
    out = work / f"line_{style}{tag}.redacted.png"
    image.save(src)
    cmd = redactor_command() + [
        "redact", "--no-visual", "--style", style, "--term", term, "-o", str(out), "--", str(src)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise SystemExit(f"depix_check: redactor failed: {proc.stderr.strip()}")
    got = np.asarray(Image.open(out).convert("RGB"))
    diff = (got != np.asarray(image)).any(axis=2)
    ys, xs = np.nonzero(diff)
    if not len(xs):
        raise SystemExit("depix_check: the tool covered nothing; is Tesseract installed?")
    return got, (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)


# --- Depix -------------------------------------------------------------------------------------------

def import_depixlib():
    try:
        import depixlib.functions  # noqa: F401
        return sys.modules["depixlib.functions"]
    except ImportError:
        pass
    root = CACHE / "depix-1.0.2"
    if not (root / "depixlib").is_dir():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "depix==1.0.2", "--no-deps", "--no-binary", ":all:",
                        "-d", str(CACHE), "-q"], check=True, timeout=300)
        with tarfile.open(CACHE / "depix-1.0.2.tar.gz") as tar:
            tar.extractall(CACHE, filter="data")
    sys.path.insert(0, str(root))
    import depixlib.functions  # noqa: F401
    return sys.modules["depixlib.functions"]


def run_depix(pixelated: Path, search: Path, output: Path, max_rects: int = 600) -> dict:
    """depix.py 1.0.2's main sequence, calling its own functions."""
    fn = import_depixlib()
    from depixlib.LoadedImage import LoadedImage
    from depixlib.Rectangle import Rectangle

    t0 = time.monotonic()
    pix = LoadedImage(str(pixelated))
    out = pix.getCopyOfLoadedPILImage()
    srch = LoadedImage(str(search))
    rects = fn.findSameColorSubRectangles(pix, Rectangle((0, 0), (pix.width - 1, pix.height - 1)))
    rects = fn.removeMootColorRectangles(rects)
    if len(rects) > max_rects:
        return {"applicable": False, "why": f"{len(rects)} same-colour rectangles: no mosaic blocks to match"}
    sizes = fn.findRectangleSizeOccurences(rects)
    matches = fn.findRectangleMatches(sizes, rects, srch)
    rects = fn.dropEmptyRectangleMatches(matches, rects)
    single, multi = fn.splitSingleMatchAndMultipleMatches(rects, matches)
    n_single_direct = len(single)
    for _ in range(2):
        single, multi = fn.findGeometricMatchesForSingleResults(single, multi, matches)
    fn.writeFirstMatchToImage(single, matches, srch, out)
    fn.writeAverageMatchToImage(multi, matches, srch, out)
    out.save(output)
    return {"applicable": True, "rectangles": len(rects) + 0, "sizes": len(sizes), "single_matches": n_single_direct,
            "after_geometry": len(single), "multi": len(multi), "seconds": round(time.monotonic() - t0, 1)}


def ocr_digits(path: Path) -> str:
    import pytesseract

    im = Image.open(path).convert("L")
    im = im.resize((im.width * 3, im.height * 3), Image.Resampling.LANCZOS)
    try:
        text = pytesseract.image_to_string(im, config="--psm 7 -c tessedit_char_whitelist=0123456789", timeout=60)
    except RuntimeError:
        return ""
    return "".join(ch for ch in text if ch.isdigit())


# --- brute force ---------------------------------------------------------------------------------------

def brute_force(observed: np.ndarray, region: tuple[int, int, int, int], treat) -> str:
    """Coordinate descent over the digits: the candidate whose treatment is closest to what is observed."""
    x0, y0, x1, y1 = region
    guess = list("0" * len(SECRET))
    target = observed.astype(float)

    def cost(s: str) -> float:
        crop = np.asarray(render(s))[y0:y1, x0:x1]
        return float(np.abs(treat(crop).astype(float) - target).mean())

    best = cost("".join(guess))
    for _ in range(3):
        changed = False
        for i in range(len(guess)):
            for d in "0123456789":
                if d == guess[i]:
                    continue
                cand = guess[:i] + [d] + guess[i + 1:]
                c = cost("".join(cand))
                if c < best - 1e-9:
                    best, guess, changed = c, cand, True
        if not changed:
            break
    return "".join(guess)


def recovered(guess: str) -> int:
    return sum(b.size for b in difflib.SequenceMatcher(None, SECRET, guess).get_matching_blocks())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", help="write the results here")
    ap.add_argument("--no-depix", action="store_true", help="brute force only (no Depix download)")
    ap.add_argument("--keep", help="keep images in this folder")
    args = ap.parse_args(argv)
    isolate_user_settings()  # a user's own settings must not change what this checks
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="depix-check-"))
    work.mkdir(parents=True, exist_ok=True)

    clean = render(SECRET)
    clean_arr = np.asarray(clean)
    search = search_image(work / "search_debruijn_digits.png")
    rows = []

    # The tool: real CLI runs, crop = the covered region.
    tool_out = {}
    for style in ("pixelate", "blur"):
        out, region = redactor_cover(clean, style, work)
        other, region2 = redactor_cover(render(OTHER), style, work, term=OTHER, tag="_other")
        x0, y0, x1, y1 = region
        same = region == region2 and bool((out[y0:y1, x0:x1] == other[y0:y1, x0:x1]).all())
        tool_out[style] = (out, region, same)

    treatments = []
    px_out, px_region, px_same = tool_out["pixelate"]
    bl_out, bl_region, bl_same = tool_out["blur"]
    # The attacker emulates the tool's arithmetic on candidate text (as if the tool pixelated/blurred the text).
    treatments.append(("redactor --style pixelate", px_region, px_out, tool_pixelate_like, px_same))

    def tool_blur_like(crop: np.ndarray) -> np.ndarray:
        import cv2

        sigma = max(3.0, crop.shape[0] / 3.0)
        return cv2.GaussianBlur(crop, (0, 0), sigmaX=sigma, sigmaY=sigma)
    treatments.append(("redactor --style blur", bl_region, bl_out, tool_blur_like, bl_same))

    # Naive contrasts on the raw text.  Depix wants the crop to hold the mosaic blocks only, so the
    # naive mosaics use the ink's bounding box grown to whole blocks, with the grid at its corner.
    ink = clean_arr.mean(axis=2) < 250
    ys, xs = np.nonzero(ink)
    ix0, iy0, ix1, iy1 = int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1

    def grid_region(block: int) -> tuple[int, int, int, int]:
        w = -(-(ix1 - ix0) // block) * block
        h = -(-(iy1 - iy0) // block) * block
        return ix0, iy0, ix0 + w, iy0 + h

    tool_cell = max(8, (px_region[3] - px_region[1]) // 2)
    for block, label in ((5, "naive mosaic 5 px"), (8, "naive mosaic 8 px"),
                         (tool_cell, f"naive mosaic {tool_cell} px (tool's cell)")):
        x0, y0, x1, y1 = region = grid_region(block)
        arr = clean_arr.copy()
        arr[y0:y1, x0:x1] = mosaic(clean_arr[y0:y1, x0:x1], block)
        treatments.append((label, region, arr, lambda c, b=block: mosaic(c, b), None))
    x0, y0, x1, y1 = bl_region
    arr = clean_arr.copy()
    arr[y0:y1, x0:x1] = naive_blur(clean_arr[y0:y1, x0:x1])
    treatments.append(("naive Gaussian blur sigma 3", bl_region, arr, naive_blur, None))

    depix_ok = not args.no_depix
    for name, region, arr, treat, same in treatments:
        x0, y0, x1, y1 = region
        crop = arr[y0:y1, x0:x1]
        truth_crop = clean_arr[y0:y1, x0:x1]
        slug = name.split("(")[0].strip().replace(" ", "_").replace("-", "").replace(",", "")
        crop_path = work / f"crop_{slug}.png"
        Image.fromarray(crop).save(crop_path)
        row = {"treatment": name, "region": region, "covered_identical_for_two_secrets": same}
        if depix_ok:
            try:
                out_path = work / f"depix_{slug}.png"
                info = run_depix(crop_path, search, out_path)
                row["depix"] = info
                if info.get("applicable"):
                    rec = np.asarray(Image.open(out_path).convert("RGB")).astype(float)
                    row["depix"]["mae_before"] = round(float(np.abs(crop.astype(float) - truth_crop).mean()), 1)
                    row["depix"]["mae_after"] = round(float(np.abs(rec - truth_crop).mean()), 1)
                    ink_t, ink_r = truth_crop.mean(axis=2) < 128, rec.mean(axis=2) < 128
                    union = (ink_t | ink_r).sum()
                    row["depix"]["text_iou"] = round(float((ink_t & ink_r).sum() / union), 2) if union else 0.0
                    # OCR the recovered line on a white canvas
                    page = Image.new("RGB", CANVAS, "white")
                    page.paste(Image.open(out_path).convert("RGB"), (x0, y0))
                    page.save(work / f"depix_page_{slug}.png")
                    digits = ocr_digits(work / f"depix_page_{slug}.png")
                    row["depix"]["ocr"] = digits
                    row["depix"]["recovered_chars"] = recovered(digits)
            except Exception as exc:  # noqa: BLE001 - report and go on (e.g. no network for pip download)
                row["depix"] = {"applicable": False, "why": f"Depix could not run: {type(exc).__name__}: {exc}"}
                if isinstance(exc, (subprocess.CalledProcessError, ImportError)):
                    depix_ok = False
        guess = brute_force(crop, region, treat)
        row["brute_force"] = {"guess_masked": guess[:2] + "…" + guess[-2:], "recovered_chars": recovered(guess),
                              "exact": guess == SECRET}
        rows.append(row)

    print(f"secret: 16-digit NIK in DejaVu Sans Mono {FONT_SIZE} px; the brute force starts from '0'*16, which "
          f"already scores {recovered('0' * len(SECRET))}/16 (the secret's zeros); random digits score ~1.6/16")
    print(f"{'treatment':38} {'Depix: single/geom, IoU, OCR chars':40} {'brute force chars':18} {'same for 2 secrets'}")
    for r in rows:
        d = r.get("depix", {})
        if d.get("applicable"):
            dep = (f"{d['single_matches']}/{d['after_geometry']} of {d['rectangles']}, IoU {d['text_iou']}, "
                   f"{d['recovered_chars']}/16")
        elif d:
            dep = "n/a: " + d.get("why", "")[:34]
        else:
            dep = "skipped"
        same = {True: "yes", False: "NO", None: "-"}[r["covered_identical_for_two_secrets"]]
        bf = r["brute_force"]
        print(f"{r['treatment'][:38]:38} {dep[:40]:40} {str(bf['recovered_chars']) + '/16' + (' exact' if bf['exact'] else ''):18} {same}")
    tool_rows = [r for r in rows if r["treatment"].startswith("redactor")]
    worst = max(max(r["brute_force"]["recovered_chars"], r.get("depix", {}).get("recovered_chars", 0))
                for r in tool_rows)
    print(f"\ntool outputs: at most {worst}/16 characters recovered by any attack; covered pixels identical for two "
          f"different secrets: {all(r['covered_identical_for_two_secrets'] for r in tool_rows)}")
    print(f"images in {work}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2))
    safe = all(r["covered_identical_for_two_secrets"] for r in tool_rows) and worst <= 4
    return 0 if safe else 1


if __name__ == "__main__":
    sys.exit(main())
