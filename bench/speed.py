"""Speed benchmark: per-stage times, batch throughput, and a plain Tesseract pass as the floor.

    .venv/bin/python bench/speed.py [--images DIR] [--limit N] [--size 1920x1080]

Images: every PNG/JPEG in DIR (default: ../shared/bench/dev beside the checkout, else
screenshots rendered by this script) whose size matches --size (use --size any for all).
Prints one row per image with load / ocr / detect / visual / cover / export seconds, the
median and total, the time of one plain `tesseract IMAGE - -l ind+eng` per image, then batch
throughput for --jobs 1 and --jobs 2 over up to --batch-limit images of any size from DIR.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pick_images(folder: Path | None, size: str, limit: int) -> list[Path]:
    from PIL import Image

    if folder is None:
        candidate = ROOT.parent / "shared" / "bench" / "dev"
        folder = candidate if candidate.is_dir() else None
    if folder is None:
        return _rendered(limit)
    wanted = None if size == "any" else tuple(int(v) for v in size.lower().split("x"))
    picked = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".png", ".jpg", ".jpeg") or ".labels." in path.name:
            continue
        with Image.open(path) as im:
            if wanted is None or im.size == wanted:
                picked.append(path)
    return picked[:limit]


_RENDERED: list[Path] = []


def _rendered(count: int) -> list[Path]:
    """Rendered screenshots, made once for the stage timings and the batch runs alike."""
    if len(_RENDERED) < count:
        _RENDERED[:] = render_screenshots(count)
    return _RENDERED[:count]


def render_screenshots(count: int) -> list[Path]:
    from PIL import Image, ImageDraw, ImageFont

    out = Path(tempfile.mkdtemp(prefix="redactor-speed-"))
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 14)
    paths = []
    for i in range(count):
        im = Image.new("RGB", (1920, 1080), (246, 247, 249))
        d = ImageDraw.Draw(im)
        for row in range(40):
            y = 40 + row * 25
            d.text((40, y), f"{row + 1}  Pegawai Contoh {i}-{row}", font=font, fill=(30, 30, 30))
            d.text((420, y), f"19850717201001{(row % 2) + 1}{row:03d}", font=font, fill=(30, 30, 30))
            d.text((700, y), f"0812-{3000 + row}-{4000 + i}", font=font, fill=(30, 30, 30))
            d.text((950, y), f"Jl. Contoh No. {row}, Bandung", font=font, fill=(30, 30, 30))
        path = out / f"shot_{i:02d}.png"
        im.save(path)
        paths.append(path)
    return paths


def stage_times(paths: list[Path]) -> list[dict[str, float]]:
    from redactor.config import Config
    from redactor.pipeline import redact_file

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths:
            start = time.perf_counter()
            result = redact_file(path, Path(tmp) / (path.stem + ".png"), config=Config())
            timings = dict(result.analysis.timings)
            timings["total"] = time.perf_counter() - start
            timings["findings"] = len(result.analysis.findings)
            rows.append(timings)
            print(f"{path.name:32} " + "  ".join(f"{k} {timings.get(k, 0):6.2f}" for k in
                                                 ("load", "ocr", "detect", "visual", "cover", "export", "total"))
                  + f"  findings {timings['findings']}", flush=True)
    return rows


def batch_seconds(paths: list[Path], jobs: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for p in paths:
            shutil.copy(p, src / p.name)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "redactor", "batch", str(src), "-o", str(Path(tmp) / "out"),
                        "--jobs", str(jobs)], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start


def tesseract_floor(paths: list[Path]) -> list[float]:
    times = []
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    for p in paths:
        start = time.perf_counter()
        subprocess.run(["tesseract", str(p), "-", "-l", "ind+eng"], env=env, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--images", type=Path)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--limit", type=int, default=12)
    parser.add_argument("--batch-limit", type=int, default=48,
                        help="images of any size for the batch runs (a few files would measure start-up and the "
                             "last straggler rather than throughput)")
    args = parser.parse_args()
    if args.images is None and not (ROOT.parent / "shared" / "bench" / "dev").is_dir():
        _rendered(max(args.limit, args.batch_limit))  # one set, sliced for both parts
    paths = pick_images(args.images, args.size, args.limit)
    if not paths:
        print("no images matched", file=sys.stderr)
        return 2
    print(f"{len(paths)} images, {os.cpu_count()} cores\n")
    rows = stage_times(paths)
    totals = [r["total"] for r in rows]
    print(f"\nper image: median {statistics.median(totals):.2f} s, mean {statistics.mean(totals):.2f} s, "
          f"max {max(totals):.2f} s")
    for stage in ("load", "ocr", "detect", "visual", "cover", "export"):
        values = [r.get(stage, 0.0) for r in rows]
        print(f"  {stage:7} median {statistics.median(values):.3f} s")
    floor = tesseract_floor(paths)
    print(f"plain tesseract (one thread, no preprocessing): median {statistics.median(floor):.2f} s")
    batch = pick_images(args.images, "any", args.batch_limit) if args.batch_limit else paths
    one = batch_seconds(batch, 1)
    two = batch_seconds(batch, 2)
    print(f"batch of {len(batch)} images, --jobs 1: {one:.1f} s ({len(batch) / one:.2f} images/s)")
    print(f"batch of {len(batch)} images, --jobs 2: {two:.1f} s ({len(batch) / two:.2f} images/s)  "
          f"speed-up {one / two:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
