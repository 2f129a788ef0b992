#!/usr/bin/env python3
"""Metadata and hidden-image leak check over a folder of real files.

For every file under the corpus (default ../shared/corpus/metadata/, relative
to the repository) it runs

    redactor redact FILE -o OUT/NAME.redacted.png
    redactor strip  FILE -o OUT/NAME.clean.png   (and --format jpg, --format webp)

and checks each output:

* exiftool -a -G1 -u -j lists only structural tags (File/PNG IHDR/JFIF/RIFF VP8);
  no GPS, EXIF, thumbnail, XMP, ICC, IPTC, comment, maker notes, MPF;
* the container walk: PNG chunks IHDR/IDAT/IEND only (CRC checked), JPEG segments
  SOI/APP0-JFIF/DQT/SOF/DHT/SOS/EOI only, WebP VP8/VP8L only; the file ends
  exactly at IEND/EOI/RIFF size (cross-checked with
  ../shared/tools/trailing_data_check.py --strict when present);
* one frame, mode RGB (no alpha);
* upright: the strip PNG output equals, pixel for pixel, the input decoded with
  exif_transpose (opaque pixels; transparent ones are flattened); redact and the
  lossy strip outputs have the upright size and match the upright picture;
* raw bytes contain none of the needles: the input's GPS values, serial numbers,
  owner/artist/author, comments, descriptions (read with exiftool), and the
  corpus secrets ("Jane Q. Example", "078-05-1120");
* the input is untouched (SHA-256 before and after).

An input Redactor cannot read must get a clear one-line refusal on stderr, exit
code 2, and no output or temp file; that counts as clean.

    python scripts/verify_metadata.py [--corpus DIR] [--jobs 2] [--no-visual] [--json FILE]

Prints a table and `files clean / total`; exit 0 when every file is clean.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

import safety_checks as sc
from redactor.testing import isolate_user_settings, redactor_command

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "metadata"
SKIP_SUFFIXES = {".md", ".txt", ".py", ".json"}

try:  # the same HEIC/AVIF support as the engine, for the reference decode
    import pillow_heif

    pillow_heif.register_heif_opener()
except Exception:  # pragma: no cover
    pass


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reference_upright(path: Path) -> tuple[np.ndarray, np.ndarray] | None:
    """The input as displayed: exif_transpose, RGB, plus a mask of fully opaque pixels."""
    try:
        with Image.open(path) as im:
            im.load()
            up = ImageOps.exif_transpose(im)
            mode = up.mode
            if mode.startswith("I;16") or mode in ("I", "F"):
                arr = np.asarray(up, dtype=np.float64)
                hi = 65535.0 if mode.startswith("I;16") or arr.max(initial=0) > 255 else 255.0
                if mode == "F":
                    hi = 1.0 if arr.max(initial=0) <= 1.0 else 255.0
                grey = np.clip(arr * (255.0 / hi) + (0.5 if mode != "F" else 0), 0, 255).astype(np.uint8)
                rgb = np.repeat(grey[..., None], 3, axis=2)
                return rgb, np.ones(grey.shape, bool)
            rgba = np.asarray(up.convert("RGBA"))
            return rgba[..., :3], rgba[..., 3] == 255
    except Exception:
        return None


def check_output(out: Path, kind: str, ref, needles: list[str], lossless: bool) -> list[str]:
    problems: list[str] = []
    data = out.read_bytes()
    problems += sc.structure_problems(data)
    rc = sc.shared_trailing_check(out, REPO, sys.executable)
    if rc not in (None, 0):
        problems.append(f"shared trailing_data_check.py exit {rc}")
    if sc.have_exiftool():
        problems += sc.exiftool_problems(out)
    hits = sc.needle_hits(data, needles)
    if hits:
        problems.append(f"needles in raw bytes: {hits[:4]}")
    try:
        with Image.open(io.BytesIO(data)) as im:
            frames = getattr(im, "n_frames", 1)
            if frames != 1:
                problems.append(f"{frames} frames")
            if im.mode != "RGB":
                problems.append(f"mode {im.mode} (expected RGB, no alpha)")
            if im.info.get("exif") or im.getexif():
                problems.append("EXIF readable by Pillow")
            got = np.asarray(im.convert("RGB"))
    except Exception as exc:
        return problems + [f"output does not decode ({exc})"]
    if ref is not None:
        rgb, opaque = ref
        if got.shape != rgb.shape:
            problems.append(f"size {got.shape[1]}x{got.shape[0]} != upright input {rgb.shape[1]}x{rgb.shape[0]}")
        elif kind == "strip" and lossless:
            diff = np.abs(got.astype(int) - rgb.astype(int)).max(axis=2)
            bad = int((diff[opaque] > 0).sum())
            if bad:
                problems.append(f"{bad} opaque pixels differ from the upright input")
        else:
            # Lossy or redacted: must look like the upright picture, not like a turned one.  A redacted
            # portrait may be mostly covered, so compare with the other orientations too: upright must
            # match best.
            share = _match_share(got, rgb, opaque)
            if kind == "redact":
                others = [_match_share(got, np.ascontiguousarray(alt), np.ones(alt.shape[:2], bool))
                          for alt in _other_orientations(rgb) if alt.shape == got.shape]
                if others and max(others) > share + 0.02:  # ties: blank or symmetric pictures
                    problems.append(f"output matches a turned or mirrored input better ({max(others):.0%}) "
                                    f"than the upright one ({share:.0%})")
                elif share < 0.2:
                    problems.append(f"only {share:.0%} of pixels match the upright input")
            elif share < 0.9 and got.shape[0] * got.shape[1] >= 1024:
                # (a lossy encode of a few saturated pixels, e.g. a 3x2 PPM, is far off by nature)
                problems.append(f"only {share:.0%} of pixels match the upright input")
    return problems


def _match_share(got: np.ndarray, ref: np.ndarray, opaque: np.ndarray) -> float:
    diff = np.abs(got.astype(int) - ref.astype(int)).mean(axis=2)
    return float((diff[opaque] <= 24).mean()) if opaque.any() else 1.0


def _other_orientations(rgb: np.ndarray) -> list[np.ndarray]:
    """The seven other ways the picture could have come out (rotations and mirror images)."""
    outs = [np.rot90(rgb, k) for k in (1, 2, 3)]
    flipped = rgb[:, ::-1]
    outs += [np.rot90(flipped, k) for k in (0, 1, 2, 3)]
    return outs


def run_cli(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(redactor_command() + args, capture_output=True, text=True, timeout=900)


def refusal_problems(proc: subprocess.CompletedProcess, out: Path) -> list[str]:
    problems = []
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    if not 3 <= proc.returncode <= 4:  # unreadable or refused input (README: Errors and exit codes)
        problems.append(f"exit {proc.returncode} (expected 3 or 4)")
    if len(lines) != 1 or not lines[0].startswith("redactor: "):
        problems.append(f"stderr not one clear line: {proc.stderr.strip()[:160]!r}")
    if "Traceback" in proc.stderr:
        problems.append("traceback on stderr")
    if out.exists():
        problems.append("output written despite the refusal")
    leftovers = [p.name for p in out.parent.iterdir() if p.name.endswith(".part")]
    if leftovers:
        problems.append(f"temp files left: {leftovers}")
    return problems


def verify_file(path: Path, corpus: Path, work: Path, visual: bool) -> dict:
    rel = path.relative_to(corpus)
    tag = str(rel).replace(os.sep, "__")
    outdir = work / tag
    outdir.mkdir(parents=True, exist_ok=True)
    before = sha256(path)
    needles = sc.needles_for(path) if sc.have_exiftool() else list(sc.FIXED_NEEDLES)
    ref = reference_upright(path)
    row = {"file": str(rel), "needles": len(needles), "outputs": {}, "problems": [], "refused": None}
    jobs = [("redact", "png", ["redact", "--format", "png"] + ([] if visual else ["--no-visual"]))]
    jobs += [("strip", fmt, ["strip", "--format", fmt]) for fmt in ("png", "jpg", "webp")]
    refusals = []
    for kind, fmt, cmd in jobs:
        out = outdir / f"{kind}.{fmt}"
        proc = run_cli(cmd + ["-o", str(out), "--", str(path)])
        label = f"{kind}:{fmt}"
        if proc.returncode == 0 and out.exists():
            probs = check_output(out, kind, ref, needles, lossless=(fmt == "png"))
            row["outputs"][label] = "clean" if not probs else "FAIL"
            row["problems"] += [f"{label}: {p}" for p in probs]
        elif proc.returncode == 0:
            row["outputs"][label] = "NO OUTPUT"
            row["problems"].append(f"{label}: exit 0 but no output file")
        else:
            probs = refusal_problems(proc, out)
            refusals.append(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "")
            row["outputs"][label] = "refused" if not probs else "BAD REFUSAL"
            row["problems"] += [f"{label}: {p}" for p in probs]
    states = set(row["outputs"].values())
    if states == {"refused"}:
        row["refused"] = refusals[0]
    elif "refused" in states:
        row["problems"].append("refused by some commands but not others: " + "; ".join(refusals)[:200])
    if sha256(path) != before:
        row["problems"].append("INPUT MODIFIED")
    row["clean"] = not row["problems"]
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="folder of input files (searched recursively)")
    ap.add_argument("--jobs", type=int, default=2, help="files checked in parallel")
    ap.add_argument("--no-visual", action="store_true", help="pass --no-visual to redact (faster)")
    ap.add_argument("--work", help="keep outputs here (default: a temporary folder)")
    ap.add_argument("--json", help="write the full results as JSON")
    ap.add_argument("--limit", type=int, default=0, help="only the first N files (smoke test)")
    ap.add_argument("--only", help="only files whose path contains this text")
    args = ap.parse_args(argv)
    isolate_user_settings()  # a user's own settings must not change what this checks

    corpus = Path(args.corpus).resolve()
    if not corpus.is_dir():
        print(f"verify_metadata: corpus folder not found: {corpus}", file=sys.stderr)
        return 2
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() not in SKIP_SUFFIXES
                   and not p.name.startswith("."))
    if args.only:
        files = [p for p in files if args.only in str(p.relative_to(corpus))]
    if args.limit:
        files = files[:args.limit]
    if not sc.have_exiftool():
        print("verify_metadata: warning: exiftool not found; tag checks skipped", file=sys.stderr)
    tmp = None
    if args.work:
        work = Path(args.work)
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="verify-metadata-")
        work = Path(tmp.name)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        rows = list(pool.map(lambda p: verify_file(p, corpus, work, not args.no_visual), files))

    width = min(48, max((len(r["file"]) for r in rows), default=4))
    cols = ["redact:png", "strip:png", "strip:jpg", "strip:webp"]
    print(f"{'file':{width}}  " + "  ".join(f"{c:11}" for c in cols) + "  result")
    for r in rows:
        cells = "  ".join(f"{r['outputs'].get(c, '-'):11}" for c in cols)
        result = "clean" if r["clean"] else "FAIL"
        if r["clean"] and r["refused"]:
            result = "clean (refused: " + r["refused"].split(": ", 2)[-1][:60] + ")"
        print(f"{r['file'][:width]:{width}}  {cells}  {result}")
    for r in rows:
        for p in r["problems"]:
            print(f"  {r['file']}: {p}")
    clean = sum(r["clean"] for r in rows)
    refused = sum(1 for r in rows if r["refused"])
    outputs = sum(1 for r in rows for v in r["outputs"].values() if v in ("clean", "FAIL"))
    print(f"\nfiles clean / total: {clean} / {len(rows)}  ({refused} refused cleanly; "
          f"{outputs} outputs checked)")
    if args.json:
        Path(args.json).write_text(json.dumps({"clean": clean, "total": len(rows), "refused": refused,
                                               "outputs_checked": outputs, "rows": rows}, indent=2))
    if tmp:
        tmp.cleanup()
    return 0 if clean == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
