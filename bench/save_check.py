"""What reading every saved copy back costs: encode, atomic write, and the read-back check
(`redactor.export.check_saved_image`) for a screenshot-sized PNG and a 12 MP camera-sized JPEG,
each with 40 covered areas.  Pictures are made here; nothing is read from outside.

    python bench/save_check.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

from redactor.cover import apply_cover
from redactor.export import check_saved_image, encode, write_atomic
from redactor.findings import Box, Finding


def screenshot() -> Image.Image:
    image = Image.new("RGB", (1600, 900), "white")
    draw = ImageDraw.Draw(image)
    for row in range(40):
        draw.text((40, 20 + row * 21), f"Pegawai {row:02d}  NIP 19870512 201001 1 0{row:02d}  HP 0812-3456-{row:04d}",
                  fill="black")
    return image


def photo() -> Image.Image:
    return Image.effect_noise((4000, 3000), 40).convert("RGB")  # camera noise: the costliest to encode


def measure(name: str, original: Image.Image, fmt: str, repeat: int, folder: Path) -> None:
    boxes = tuple(Box(100 + 30 * i, 20 + 21 * i, 300, 18) for i in range(40))
    covered = apply_cover(original, [Finding("nik", boxes, 1.0, "x")], "box")
    best = [float("inf")] * 3
    for _ in range(repeat):
        out = folder / f"out.{fmt}"
        t0 = time.perf_counter()
        data = encode(covered, fmt, photo=fmt == "jpg")
        t1 = time.perf_counter()
        write_atomic(data, out)
        t2 = time.perf_counter()
        check_saved_image(out, covered, boxes, original)
        t3 = time.perf_counter()
        best = [min(b, t) for b, t in zip(best, (t1 - t0, t2 - t1, t3 - t2))]
    print(f"{name}: encode {best[0]:.3f} s, write {best[1]:.3f} s, read-back check {best[2]:.3f} s "
          f"(best of {repeat})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="redactor-save-check-") as folder:
        measure("screenshot 1600x900 PNG", screenshot(), "png", args.repeat, Path(folder))
        measure("photo 4000x3000 JPEG", photo(), "jpg", args.repeat, Path(folder))


if __name__ == "__main__":
    main()
