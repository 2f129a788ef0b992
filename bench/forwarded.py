#!/usr/bin/env python3
"""Screenshots as people pass them on: saved as JPEG, or shrunk and recompressed by a chat app, or
photographed off the monitor; written with their truth so that `score.py` scores them like the originals.

    .venv/bin/python bench/forwarded.py --truth ../shared/bench/dev_browser --out /tmp/fwd --way forwarded
    python ../shared/bench/score.py --truth /tmp/fwd --out /tmp/fwd_out \\
        --batch ".venv/bin/redactor batch {indir} -o {outdir}"

Ways (each image's settings drawn from `--seed` and its name):
- `jpeg`: the same size, JPEG quality 55-75 (a phone or a snipping tool that saves screenshots as JPEG);
- `forwarded`: shrunk to 55-80 % (INTER_AREA), then JPEG quality 55-75 (a chat app's "standard quality");
- `monitor`: a phone photo of the monitor: slight perspective on a dark surround, moire stripes, blur,
  sensor noise, JPEG quality 70-88;
- `dark`: the same page in a dark theme, as a phone or a browser in dark mode shows it: lightness
  inverted, hues kept (white paper turns black, black text white, a red banner stays red), saved as PNG.

The label map takes the same resize or warp (nearest neighbour); a character that no pixel of the new
label map shows is dropped from its item, and an item with none left is dropped.
"""
from __future__ import annotations

import argparse
import io
import json
import random
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

WAYS = ("jpeg", "forwarded", "monitor", "dark")


def pass_on(shot: np.ndarray, labels: np.ndarray, way: str, rng: random.Random) -> tuple[bytes, np.ndarray]:
    """The file bytes of the screenshot passed on `way` (PNG for `dark`, else JPEG), and its label map
    moved the same way."""
    h, w = labels.shape[:2]
    if way == "dark":
        hue, saturation, value = Image.fromarray(255 - shot).convert("HSV").split()
        dark = Image.merge("HSV", (hue.point(lambda x: (x + 128) % 256), saturation, value)).convert("RGB")
        buffer = io.BytesIO()
        dark.save(buffer, "PNG")
        return buffer.getvalue(), labels
    if way in ("jpeg", "forwarded"):
        factor = 1.0 if way == "jpeg" else rng.uniform(0.55, 0.8)
        size = (round(w * factor), round(h * factor))
        image = shot if factor == 1.0 else cv2.resize(shot, size, interpolation=cv2.INTER_AREA)
        moved = labels if factor == 1.0 else cv2.resize(labels, size, interpolation=cv2.INTER_NEAREST)
        quality = rng.randint(55, 75)
    else:
        scale = 1.3
        pad = int(0.08 * max(w, h) * scale)
        W, H = int(w * scale) + 2 * pad, int(h * scale) + 2 * pad

        def jitter() -> float:
            return rng.uniform(-0.03, 0.03) * max(w, h) * scale

        corners = np.float32([[pad + jitter(), pad + jitter()], [W - pad + jitter(), pad + jitter()],
                              [W - pad + jitter(), H - pad + jitter()], [pad + jitter(), H - pad + jitter()]])
        matrix = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), corners)
        surround = np.full((H, W, 3), 25, np.uint8)
        image = cv2.warpPerspective(shot, matrix, (W, H), flags=cv2.INTER_CUBIC,
                                    borderMode=cv2.BORDER_TRANSPARENT, dst=surround)
        moved = cv2.warpPerspective(labels, matrix, (W, H), flags=cv2.INTER_NEAREST)
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        period, angle = rng.uniform(5, 9), rng.uniform(0, np.pi)
        moire = 1 + 0.06 * np.sin((xx * np.cos(angle) + yy * np.sin(angle)) * 2 * np.pi / period)
        image = np.clip(image * moire[..., None] * rng.uniform(0.85, 1.0), 0, 255).astype(np.uint8)
        image = cv2.GaussianBlur(image, (0, 0), rng.uniform(0.7, 1.2))
        noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 5, image.shape)
        image = np.clip(image + noise, 0, 255).astype(np.uint8)
        quality = rng.randint(70, 88)
    buffer = io.BytesIO()
    Image.fromarray(image).save(buffer, "JPEG", quality=quality)
    return buffer.getvalue(), moved


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--truth", type=Path, required=True, help="a score.py truth folder (truth.json, label maps)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--way", choices=WAYS, default="forwarded")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    truth = json.loads((args.truth / "truth.json").read_text(encoding="utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    images = []
    for entry in truth["images"]:
        rng = random.Random(f"{args.seed}-{args.way}-{entry['name']}")
        shot = np.asarray(Image.open(args.truth / entry["image"]).convert("RGB"))
        labels = np.asarray(Image.open(args.truth / entry["labels"]))
        data, moved = pass_on(shot, labels, args.way, rng)
        name = f"{entry['name']}_{args.way}"
        ext = "png" if args.way == "dark" else "jpg"
        (args.out / f"{name}.{ext}").write_bytes(data)
        Image.fromarray(moved).save(args.out / f"{name}.labels.png")
        shown = set(np.unique(moved).tolist())
        items = []
        for item in entry["items"]:
            chars = [c for c in item["chars"] if c in shown]
            if not chars:
                continue
            ys, xs = np.nonzero(np.isin(moved, chars))
            kept = {k: v for k, v in item.items() if k != "rect"}
            items.append({**kept, "chars": chars, "bbox": [int(xs.min()), int(ys.min()),
                                                           int(np.ptp(xs) + 1), int(np.ptp(ys) + 1)]})
        images.append({**entry, "name": name, "image": f"{name}.{ext}", "labels": f"{name}.labels.png",
                       "width": moved.shape[1], "height": moved.shape[0], "items": items})
    (args.out / "truth.json").write_text(json.dumps({**truth, "images": images}), encoding="utf-8")
    print(f"{len(images)} images in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
