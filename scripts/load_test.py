#!/usr/bin/env python3
"""Load test: a batch of N small images with fake personal data through `redactor batch`.

Generates N varied images (PNG, JPEG, WebP, BMP, GIF; light and dark; a few
broken on purpose), runs `redactor batch IN -o OUT --jobs J`, samples the
resident memory of the whole process tree from /proc while it runs, and checks
that nothing is lost: every input has an output file or is listed as failed in
report.json, and every deliberately broken file is among the failures.

    python scripts/load_test.py                 # 500 images, --jobs 2
    python scripts/load_test.py -n 50 --jobs 2  # quick

Exit 0 when nothing was lost and memory stayed flat (in the last quarter of
the run, the median tree RSS and the largest single process are no more than
1.3x those of the second quarter), 1 otherwise.  The samples are kept in
WORKDIR/rss_samples.json as (seconds, tree kB, largest process kB, processes).
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from redactor.testing import isolate_user_settings, redactor_command

REPO = Path(__file__).resolve().parents[1]
FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf",
]
FIRST = ["Budi", "Siti", "Agus", "Dewi", "Rina", "Joko", "Sri", "Eko", "Wahyu", "Putri"]
LAST = ["Santoso", "Rahayu", "Wijaya", "Hidayat", "Lestari", "Saputra", "Kurniawan", "Nugroho"]


def _font(rng: random.Random, size: int) -> ImageFont.ImageFont:
    for path in rng.sample(FONTS, len(FONTS)):
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


def fake_lines(rng: random.Random) -> list[str]:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    nik = "".join(str(rng.randint(0, 9)) for _ in range(16))
    phone = "08" + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(9, 11)))
    email = f"{name.split()[0].lower()}.{rng.randint(1, 99)}@example.co.id"
    pool = [f"Nama: {name}", f"NIK: {nik}", f"HP: {phone}", f"Email: {email}",
            f"Jl. Merdeka No. {rng.randint(1, 200)}, Bandung", "Rapat jam 10.00 di ruang 3",
            f"Total Rp {rng.randint(10, 999)}.000", "Terima kasih, sampai besok"]
    rng.shuffle(pool)
    return pool[:rng.randint(2, 6)]


def make_image(rng: random.Random) -> Image.Image:
    width, height = rng.randint(320, 900), rng.randint(180, 600)
    dark = rng.random() < 0.25
    bg = tuple(rng.randint(0, 60) for _ in range(3)) if dark else tuple(rng.randint(200, 255) for _ in range(3))
    ink = (235, 235, 235) if dark else (20, 20, 20)
    im = Image.new("RGB", (width, height), bg)
    draw = ImageDraw.Draw(im)
    size = rng.randint(14, 26)
    font = _font(rng, size)
    y = rng.randint(5, 20)
    for line in fake_lines(rng):
        if y + size * 1.5 > height:
            break
        draw.text((rng.randint(5, 30), y), line, fill=ink, font=font)
        y += int(size * rng.uniform(1.4, 2.0))
    return im


BROKEN_KINDS = ("zero", "truncated_png", "truncated_jpg", "text", "bomb_header", "garbage")


def broken_bytes(kind: str, rng: random.Random, good: bytes) -> tuple[str, bytes]:
    if kind == "zero":
        return "png", b""
    if kind == "truncated_png":
        return "png", good[: len(good) // 2]
    if kind == "truncated_jpg":
        buf = io.BytesIO()
        make_image(rng).save(buf, "JPEG", quality=85)
        return "jpg", buf.getvalue()[: buf.tell() // 3]
    if kind == "text":
        return "png", b"this is not an image, it is a note\n"
    if kind == "bomb_header":
        import struct
        import zlib

        def chunk(tag: bytes, body: bytes) -> bytes:
            return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))
        ihdr = struct.pack(">IIBBBBB", 65535, 65535, 8, 0, 0, 0, 0)
        return "png", b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    return "jpg", b"\xff\xd8\xff\xe0" + bytes(rng.randrange(256) for _ in range(300))


def generate(folder: Path, n: int, seed: int, broken_every: int) -> dict[str, str]:
    """Write n files; returns {file name: 'ok' | broken kind}."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}
    for i in range(n):
        im = make_image(rng)
        if broken_every and i % broken_every == broken_every - 1:
            kind = BROKEN_KINDS[(i // broken_every) % len(BROKEN_KINDS)]
            buf = io.BytesIO()
            im.save(buf, "PNG")
            ext, data = broken_bytes(kind, rng, buf.getvalue())
            name = f"img_{i:04d}_broken_{kind}.{ext}"
            (folder / name).write_bytes(data)
            expected[name] = kind
            continue
        fmt = rng.choice(["PNG", "PNG", "JPEG", "JPEG", "WEBP", "BMP", "GIF"])
        ext = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "BMP": "bmp", "GIF": "gif"}[fmt]
        name = f"img_{i:04d}.{ext}"
        if fmt == "GIF":
            im = im.convert("P", palette=Image.Palette.ADAPTIVE)
        kwargs = {"quality": rng.randint(70, 95)} if fmt in ("JPEG", "WEBP") else {}
        im.save(folder / name, fmt, **kwargs)
        expected[name] = "ok"
    return expected


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out.extend(int(p) for p in fh.read().split())
    except OSError:
        pass
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreeSampler(threading.Thread):
    """Sum of VmRSS over a process and all its descendants, every `interval` seconds."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.samples: list[tuple[float, int, int, int]] = []  # (t, total kB, max single kB, n procs)
        self.stop = threading.Event()

    def run(self) -> None:
        t0 = time.monotonic()
        while not self.stop.is_set():
            todo, seen = [self.pid], []
            while todo:
                p = todo.pop()
                seen.append(p)
                todo.extend(_children(p))
            rss = [_rss_kb(p) for p in seen]
            self.samples.append((time.monotonic() - t0, sum(rss), max(rss, default=0), len(seen)))
            self.stop.wait(self.interval)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=500, help="number of images (default 500)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--broken-every", type=int, default=25, help="every Nth file is broken on purpose (0: none)")
    ap.add_argument("--workdir", default="/tmp/redactor-load", help="scratch folder (emptied first)")
    ap.add_argument("--json", help="also write the summary here")
    args = ap.parse_args(argv)
    isolate_user_settings()  # a user's own settings must not change what this checks

    work = Path(args.workdir)
    if work.exists():
        shutil.rmtree(work)
    src, out = work / "in", work / "out"
    t0 = time.monotonic()
    expected = generate(src, args.n, args.seed, args.broken_every)
    print(f"generated {len(expected)} images ({sum(v != 'ok' for v in expected.values())} broken on purpose) "
          f"in {time.monotonic() - t0:.1f} s", flush=True)

    cmd = redactor_command() + ["batch", str(src), "-o", str(out), "--jobs", str(args.jobs)]
    t1 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.monotonic() - t1
    sampler.stop.set()
    sampler.join()
    (work / "batch.stdout").write_text(stdout)
    (work / "batch.stderr").write_text(stderr)

    problems: list[str] = []
    report_path = out / "report.json"
    if not report_path.exists():
        problems.append("no report.json")
        report = {"results": [], "failed": []}
    else:
        report = json.loads(report_path.read_text())
    by_name = {Path(r["input"]).name: r for r in report.get("results", [])}
    failed_listed = {Path(f["input"]).name for f in report.get("failed", [])}
    ok = failed = lost = wrong = 0
    for name, kind in sorted(expected.items()):
        r = by_name.get(name)
        if r is None:
            lost += 1
            problems.append(f"{name}: not in report.json")
            continue
        if r["ok"]:
            if not r.get("output") or not Path(r["output"]).is_file():
                lost += 1
                problems.append(f"{name}: reported ok but output missing")
                continue
            ok += 1
            if kind != "ok":
                wrong += 1
                problems.append(f"{name}: broken ({kind}) but reported ok")
        else:
            if name not in failed_listed:
                lost += 1
                problems.append(f"{name}: failed but not in the failed list")
                continue
            failed += 1
            if kind == "ok":
                problems.append(f"{name}: good image failed: {r.get('error')}")
    leftovers = [p.name for p in out.rglob("*") if p.name.endswith(".part")]
    if leftovers:
        problems.append(f"temp files left: {leftovers[:5]}")

    samples = sampler.samples
    peak_total = max((s[1] for s in samples), default=0)
    peak_single = max((s[2] for s in samples), default=0)
    # Flat: compare the second quarter with the last one (the first is start-up).  Peaks are
    # noisy (a Tesseract child of one file overlapping another's), so the test uses the
    # median of the tree total and the largest single process; a leak raises both.
    quarter = max(1, len(samples) // 4)

    def _median(values: list[int]) -> float:
        values = sorted(values)
        return float(values[len(values) // 2]) if values else 0.0

    q2, q4 = samples[quarter:2 * quarter], samples[-quarter:]
    first_q = max((s[1] for s in q2), default=0)
    last_q = max((s[1] for s in q4), default=0)
    med2, med4 = _median([s[1] for s in q2]), _median([s[1] for s in q4])
    single2, single4 = max((s[2] for s in q2), default=0), max((s[2] for s in q4), default=0)
    flat = med4 <= 1.3 * max(med2, 1) and single4 <= 1.3 * max(single2, 1)
    (work / "rss_samples.json").write_text(json.dumps(samples))
    summary = {
        "images": len(expected), "broken_on_purpose": sum(v != "ok" for v in expected.values()),
        "ok": ok, "failed_listed": failed, "lost": lost, "broken_reported_ok": wrong,
        "wall_s": round(wall, 1), "per_image_s": round(wall / max(1, len(expected)), 3),
        "peak_rss_tree_mb": round(peak_total / 1024, 1), "peak_rss_single_mb": round(peak_single / 1024, 1),
        "second_quarter_peak_mb": round(first_q / 1024, 1), "last_quarter_peak_mb": round(last_q / 1024, 1),
        "median_rss_q2_mb": round(med2 / 1024, 1), "median_rss_q4_mb": round(med4 / 1024, 1),
        "single_peak_q2_mb": round(single2 / 1024, 1), "single_peak_q4_mb": round(single4 / 1024, 1),
        "memory_flat": flat, "samples": len(samples), "batch_exit": proc.returncode,
        "command": " ".join(cmd), "problems": problems[:50],
    }
    print(json.dumps(summary, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2))
    print(f"load: {ok + failed}/{len(expected)} accounted for ({ok} redacted, {failed} listed failures, {lost} lost); "
          f"peak RSS {summary['peak_rss_tree_mb']} MB (tree), {summary['peak_rss_single_mb']} MB (one process); "
          f"wall {summary['wall_s']} s")
    return 0 if lost == 0 and wrong == 0 and flat else 1


if __name__ == "__main__":
    sys.exit(main())
