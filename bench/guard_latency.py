"""Guard latency: from a screenshot written into a watched folder to its notification.

    .venv/bin/python bench/guard_latency.py [--count 8] [--size 1920x1080] [--auto]

Renders screenshot-like images (a few lines of text, one with a NIK and a phone number),
starts a real guard on a temporary folder, and writes them one at a time the way
screenshot tools do (a temporary name, then a rename), waiting for each alert before the
next.  Prints, per image, the seconds from the rename to the alert (when the notification
is sent), and the median and maximum; then the same image's plain analysis time in this
process, the floor the guard's wait-for-a-whole-file adds to.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from redactor.testing import isolate_user_settings



def screenshot(size: tuple[int, int], n: int):
    from PIL import Image, ImageDraw

    from redactor.watermark import load_font

    image = Image.new("RGB", size, (246, 247, 249))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0], 56), fill=(38, 84, 160))
    draw.text((24, 14), "Aplikasi Kepegawaian", font=load_font(26), fill="white")
    lines = ["Rapat koordinasi program kerja", f"Nomor surat 800/{n:03d}/2026",
             f"NIK: 3273015507879{n:03d}", f"HP 0812-3456-7{n:03d}", "Terima kasih atas perhatiannya"]
    for i, line in enumerate(lines):
        draw.text((48, 110 + i * 52), line, font=load_font(24), fill=(30, 30, 30))
    return image


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=8)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--auto", action="store_true", help="also write covered copies")
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.lower().split("x"))
    isolate_user_settings()  # no user settings, no notifications

    from redactor.guard import Guard, WatchFolder, alert_message
    from redactor.load import load_bytes
    from redactor.notify import notify_clickable
    from redactor.pipeline import analyse

    import io

    arrived = threading.Event()
    stamps: list[float] = []

    def alerted(alert) -> None:
        title, body = alert_message(alert)
        notify_clickable(title, body, lambda: None)
        stamps.append(time.perf_counter())
        arrived.set()

    latencies = []
    with tempfile.TemporaryDirectory(prefix="redactor-guard-bench-") as folder:
        guard = Guard([WatchFolder(Path(folder))], alerted, auto=args.auto)
        guard.start()
        try:
            for n in range(args.count):
                buffer = io.BytesIO()
                screenshot(size, n).save(buffer, "PNG")
                partial = Path(folder) / f".shot-{n}.png.part"
                partial.write_bytes(buffer.getvalue())
                arrived.clear()
                written = time.perf_counter()
                os.replace(partial, Path(folder) / f"Screenshot {n:02d}.png")
                if not arrived.wait(120):
                    print(f"image {n}: no alert within 120 s")
                    return 1
                latencies.append(stamps[-1] - written)
                print(f"image {n}: {latencies[-1]:.2f} s from written to notification")
        finally:
            guard.stop()

    buffer = io.BytesIO()
    screenshot(size, 99).save(buffer, "PNG")
    started = time.perf_counter()
    analyse(load_bytes(buffer.getvalue()), cores=1)
    floor = time.perf_counter() - started
    print(f"guard latency over {len(latencies)} screenshots {size[0]}x{size[1]}: "
          f"median {statistics.median(latencies):.2f} s, max {max(latencies):.2f} s "
          f"(analysis alone, one core: {floor:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
