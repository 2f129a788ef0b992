"""Several files redacted at once from the file manager: one process each, or gathered into one.

Windows Explorer starts one process per selected file.  This starts N `redactor redact --notify`
processes at the same moment, as Explorer does, once as separate pipelines and once with `--gather`
(one process redacts them all, the others hand over), and prints for each: the wall time until every
output is written and the peak memory of all the redactor processes together (RSS summed, sampled
from /proc every 0.1 s; Linux).

    python bench/gather.py [-n 8]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from redactor.testing import isolate_user_settings, redactor_command


def screenshot(path: Path, i: int) -> None:
    image = Image.new("RGB", (900, 420), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 20)
    lines = [f"Nama: Budi Santoso {i}", f"NIK: 32750{i % 10}1203870001", f"HP: 0812-3456-78{i % 10}0",
             "Rapat jam 10.00 di ruang 3", f"Email: budi.{i}@example.co.id"]
    for row, text in enumerate(lines):
        draw.text((30, 30 + row * 60), text, font=font, fill="black")
    image.save(path)


def tree_rss_mb(marker: str) -> float:
    """Resident memory of every process whose command line names `marker`, in MB."""
    total = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if marker not in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"):
                continue
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def run(files: list[Path], gather: bool) -> tuple[float, float]:
    extra = ["--gather"] if gather else []
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_mb(str(files[0].parent)))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    procs = [subprocess.Popen([*redactor_command(), "redact", "--notify", *extra, "--", str(f)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for f in files]
    for proc in procs:
        proc.wait()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    missing = [f.name for f in files if not f.with_name(f"{f.stem}.redacted.png").exists()]
    if missing:
        raise SystemExit(f"no output for {missing}")
    return seconds, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=8, help="files selected at once (default 8)")
    args = parser.parse_args()
    isolate_user_settings()  # a user's own settings must not change a benchmark
    print(f"{args.n} files started at once, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    for gather in (False, True):
        with tempfile.TemporaryDirectory(prefix="redactor-gather-bench-") as tmp:
            files = [Path(tmp) / f"layar {i}.png" for i in range(args.n)]
            for i, path in enumerate(files):
                screenshot(path, i)
            seconds, peak = run(files, gather)
        label = "one process (--gather)" if gather else "one process per file"
        print(f"{label:<24} wall {seconds:6.1f} s   peak memory of all processes {peak:7.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
