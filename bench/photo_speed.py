"""Time per 12 MP photo: the whole pipeline, as a user runs it, on phone-sized document photos.

    .venv/bin/python bench/photo_speed.py [--images DIR] [--limit N] [--format png|jpg]

Photos: every *_photo.jpg in DIR (default: ../shared/bench/dev beside the checkout, letters and
ID cards photographed at an angle), else pages this script renders and "photographs"; each is
enlarged to 12 MP (4000 x 3000, either way up) and saved as a JPEG, as a phone would.

For each photo it prints the wall time of `redactor redact PHOTO` in a fresh process (start-up,
model loading and all), the peak memory of that process (GNU time), and the
stage times of the same photo run again inside this process. Then the median and the maximum.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from redactor.testing import isolate_user_settings, redactor_command

ROOT = Path(__file__).resolve().parents[1]

TWELVE_MP = (4000, 3000)


def source_photos(folder: Path | None, limit: int) -> list[Path]:
    if folder is None:
        candidate = ROOT.parent / "shared" / "bench" / "dev"
        folder = candidate if candidate.is_dir() else None
    if folder is None:
        return render_photos(min(limit, 4))
    return sorted(folder.glob("*_photo.jpg"))[:limit]


def render_photos(count: int) -> list[Path]:
    """Letters with personal data, warped onto a desk with uneven light and sensor noise."""
    import cv2
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 26)
    out = Path(tempfile.mkdtemp(prefix="redactor-photos-"))
    rng = np.random.default_rng(1)
    paths = []
    for i in range(count):
        page = Image.new("RGB", (900, 1200), (244, 242, 235))
        d = ImageDraw.Draw(page)
        lines = ["SURAT KETERANGAN", "", f"Nama : Pegawai Contoh {i}", f"NIK : 32730155078799{i:02d}",
                 f"NIP : 19850717 201001 1 0{i:02d}", f"Telp : 0812-3456-78{i:02d}", ""]
        lines += ["Yang bertanda tangan di bawah ini menerangkan bahwa pegawai",
                  "tersebut benar bekerja pada instansi kami sampai saat ini."] * 6
        for row, line in enumerate(lines):
            d.text((70, 70 + row * 42), line, fill=(15, 15, 15), font=font)
        w, h = page.size
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        dst = np.float32([[170, 140], [170 + w * 0.95, 95], [200 + w, 130 + h * 0.97], [140, 170 + h * 0.93]])
        table = np.full((h + 360, w + 420, 3), (58, 62, 70), np.uint8)
        photo = cv2.warpPerspective(np.asarray(page), cv2.getPerspectiveTransform(src, dst), (w + 420, h + 360),
                                    borderMode=cv2.BORDER_TRANSPARENT, dst=table)
        light = cv2.resize(rng.normal(0, 5, (photo.shape[0] // 24, photo.shape[1] // 24, 3)),
                           (photo.shape[1], photo.shape[0]), interpolation=cv2.INTER_CUBIC)
        photo = np.clip(photo + light + rng.normal(0, 3, photo.shape), 0, 255).astype(np.uint8)
        path = out / f"rendered_{i}_photo.jpg"
        Image.fromarray(photo).save(path, quality=90)
        paths.append(path)
    return paths


def twelve_mp(src: Path, folder: Path) -> Path:
    from PIL import Image, ImageOps

    with Image.open(src) as im:
        im = ImageOps.exif_transpose(im).convert("RGB")
        size = TWELVE_MP if im.width >= im.height else TWELVE_MP[::-1]
        path = folder / src.name
        im.resize(size, Image.Resampling.BICUBIC).save(path, "JPEG", quality=92)
    return path


def cli_run(photo: Path, out: Path, fmt: str) -> tuple[float, float | None]:
    """Wall seconds of `redactor redact` in a fresh process, and its peak RSS in MB (GNU time, if present)."""
    command = [*redactor_command(), "redact", str(photo), "-o", str(out), "--format", fmt]
    gnu_time = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    report = out.with_suffix(".rss")
    if gnu_time:
        command = [gnu_time, "-f", "%M", "-o", str(report)] + command
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"redactor failed on {photo.name}: {done.stderr.strip()}")
    peak = int(report.read_text().split()[-1]) / 1024 if gnu_time and report.exists() else None
    return seconds, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--images", type=Path)
    parser.add_argument("--limit", type=int, default=12)
    parser.add_argument("--format", default="png", choices=("png", "jpg", "webp"))
    args = parser.parse_args()
    isolate_user_settings()  # a user's own settings must not change a benchmark

    from redactor.config import Config
    from redactor.pipeline import redact_file

    sources = source_photos(args.images, args.limit)
    if not sources:
        print("no photos found", file=sys.stderr)
        return 2
    walls = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print(f"{len(sources)} photos at 12 MP, output {args.format}\n")
        for src in sources:
            photo = twelve_mp(src, tmp)
            seconds, peak_mb = cli_run(photo, tmp / f"{photo.stem}.cli.{args.format}", args.format)
            walls.append(seconds)
            result = redact_file(photo, tmp / f"{photo.stem}.out.{args.format}", config=Config(), fmt=args.format)
            stages = "  ".join(f"{k} {result.analysis.timings.get(k, 0):4.2f}"
                               for k in ("load", "ocr", "detect", "visual", "cover", "export"))
            memory = f"{peak_mb:5.0f} MB" if peak_mb else "   ? MB"
            print(f"{src.name:28} redact {seconds:5.2f} s  peak RSS {memory}  |  "
                  f"in process: {stages}", flush=True)
    print(f"\nper 12 MP photo (`redactor redact`, fresh process): median {statistics.median(walls):.2f} s, "
          f"max {max(walls):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
