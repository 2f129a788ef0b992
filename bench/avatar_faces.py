#!/usr/bin/env python3
"""Faces pasted into screenshots: avatars of 48-64 px and photos on the page, found with the face
network reading only the photographic areas of a screenshot against reading all of it.

    .venv/bin/python bench/avatar_faces.py --skimage-data DIR [--shared ../shared] [--seed 1]

Faces: scikit-image's sample data (`lfw_subset.npy`: 100 tightly cropped faces, 100 non-faces;
`astronaut.png`), unzipped from `pip download --no-deps scikit-image` as in `bench/visual_bench.py`,
and two group photos of the shared metadata corpus.  Screenshots: every screenshot of the shared
browser and drawn benchmark sets (light and dark themes, 1366-1920 px wide).  Each page gets eight
avatars (round or square, 48, 56 or 64 px; an LFW face or the astronaut's head) at random places, some
pages a group photo, and every page is read both ways at the screenshot setting (1280 px copy).

Prints, per way (`whole`: the whole frame in tiles; `areas`: only around its photographic areas, as
`detect_faces` reads a screenshot): avatars found, photo faces found, other boxes, and the face network's
CPU seconds with the faces pasted in and on the screenshots as they are.
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageOps

from redactor.visual import faces as F
from redactor.visual._util import analysis_copy

SIDES = (48, 56, 64)
PER_PAGE = 8
SCREEN_SIDE = 1280


def avatar_faces(skd: Path, shared: Path) -> list[Image.Image]:
    """LFW's tight crops (grey, 25 px, enlarged), and profile-picture crops (the head with room around it)
    of every face the network finds at full size in the sample portraits and group photos."""
    lfw = np.load(skd / "lfw_subset.npy")[:100]
    faces = [Image.fromarray((f * 255).astype(np.uint8)).convert("RGB") for f in lfw]
    meta = shared / "corpus" / "metadata"
    sources = [skd / "astronaut.png", skd / "camera.png", meta / "pillow/hopper_orientation_6.jpg",
               meta / "exif-samples/jpg_exif-org_canon-ixus.jpg", meta / "exif-py/nikon_D3100_TypeError.jpg",
               shared / "corpus/real/ktp_specimens/mira_setiawan_specimen.jpg"]
    portraits = []
    for path in sources:
        if not path.exists():
            continue
        photo = ImageOps.exif_transpose(Image.open(path)).convert("RGB")
        for found in F.detect_faces(photo):
            box = found.boxes[0]
            cx, cy, side = box.left + box.width / 2, box.top + box.height / 2, 1.6 * max(box.width, box.height)
            portraits.append(photo.crop((round(cx - side / 2), round(cy - side / 2),
                                         round(cx + side / 2), round(cy + side / 2))))
    return faces + portraits * max(1, 100 // max(1, len(portraits)))  # as many portraits as LFW faces


def group_photos(shared: Path) -> list[tuple[Image.Image, int]]:
    meta = shared / "corpus" / "metadata"
    photos = []
    for name, faces in (("exif-samples/jpg_exif-org_canon-ixus.jpg", 4), ("exif-py/nikon_D3100_TypeError.jpg", 3)):
        path = meta / name
        if path.exists():
            photos.append((ImageOps.exif_transpose(Image.open(path)).convert("RGB"), faces))
    return photos


def screenshots(shared: Path) -> list[Path]:
    found = []
    for name in ("dev_browser", "dev"):
        for path in sorted((shared / "bench" / name).glob("*.png")):
            if ".labels." in path.name:
                continue
            with Image.open(path) as im:
                if im.width >= im.height and im.width >= 1200:  # desktop screens, not the drawn photos
                    found.append(path)
    return found


def compose(page: Image.Image, faces: list[Image.Image], photos, rng: random.Random):
    """The page with avatars (and maybe a photo) pasted in; their boxes and expected photo faces."""
    page = page.copy()
    taken: list[tuple[int, int, int, int]] = []
    photo_box, photo_faces = None, 0
    if photos and rng.random() < 0.5:
        photo, photo_faces = rng.choice(photos)
        width = rng.choice((420, 520, 640))
        photo = photo.resize((width, round(width * photo.height / photo.width)), Image.Resampling.LANCZOS)
        x, y = rng.randrange(0, page.width - photo.width), rng.randrange(0, page.height - photo.height)
        page.paste(photo, (x, y))
        photo_box = (x, y, x + photo.width, y + photo.height)
        taken.append(photo_box)
    avatars = []
    while len(avatars) < PER_PAGE:
        side = rng.choice(SIDES)
        x, y = rng.randrange(0, page.width - side), rng.randrange(0, page.height - side)
        box = (x, y, x + side, y + side)
        if any(box[0] < t[2] + 8 and t[0] < box[2] + 8 and box[1] < t[3] + 8 and t[1] < box[3] + 8 for t in taken):
            continue
        face = rng.choice(faces).resize((side, side), Image.Resampling.LANCZOS)
        mask = None
        if rng.random() < 0.6:  # most apps show avatars round
            mask = Image.new("L", (side, side), 0)
            ImageDraw.Draw(mask).ellipse((0, 0, side - 1, side - 1), fill=255)
        page.paste(face, (x, y), mask)
        taken.append(box)
        avatars.append(box)
    return page, avatars, photo_box, photo_faces


def inside(det, box) -> bool:
    cx, cy = (det[0] + det[2]) / 2, (det[1] + det[3]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


WAYS = {"whole": F.tiled_detect, "areas": F.detect_in_photographic_areas}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skimage-data", required=True, type=Path)
    parser.add_argument("--shared", default=Path(__file__).resolve().parents[2] / "shared", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    faces, photos = avatar_faces(args.skimage_data, args.shared), group_photos(args.shared)
    pages = screenshots(args.shared)[:args.limit or None]
    totals = {way: dict(avatars=0, photo_faces=0, other=0, cpu=0.0, plain_cpu=0.0) for way in WAYS}
    expected_avatars = expected_photo = differ = 0
    avatar_best: list[float] = []   # each avatar's most photographic window
    page_windows: list[np.ndarray] = []  # every window of the screenshots as they are
    F.tiled_detect(np.zeros((64, 64, 3), np.uint8))  # load the network outside the timings
    for path in pages:
        plain = Image.open(path).convert("RGB")
        page, avatars, photo_box, photo_faces = compose(plain, faces, photos, rng)
        expected_avatars += len(avatars)
        expected_photo += photo_faces
        rgb, factor = analysis_copy(page, SCREEN_SIDE)
        plain_rgb, _ = analysis_copy(plain, SCREEN_SIDE)
        shares = F.small_step_shares(rgb)
        page_windows.append(F.small_step_shares(plain_rgb).ravel())
        for box in avatars:
            x0, y0, x1, y1 = (int(v / factor) // F.BLOCK for v in box)
            avatar_best.append(float(shares[y0:y1 + 1, x0:x1 + 1].max()))
        seen = {}
        for way, detect in WAYS.items():
            start = time.process_time()
            found = [tuple(v * factor for v in d[:4]) for d in detect(rgb)]
            totals[way]["cpu"] += time.process_time() - start
            start = time.process_time()
            detect(plain_rgb)
            totals[way]["plain_cpu"] += time.process_time() - start
            hit = sum(1 for a in avatars if any(inside(d, a) for d in found))
            in_photo = sum(1 for d in found if photo_box and inside(d, photo_box))
            other = sum(1 for d in found if not any(inside(d, a) for a in avatars)
                        and not (photo_box and inside(d, photo_box)))
            totals[way]["avatars"] += hit
            totals[way]["photo_faces"] += min(in_photo, photo_faces)
            totals[way]["other"] += other
            seen[way] = (hit, in_photo, other)
        if seen["whole"] != seen["areas"]:
            differ += 1
            print(f"  {path.name}: whole {seen['whole']}, areas {seen['areas']} (avatars, photo boxes, other)")
    windows = np.concatenate(page_windows)
    print(f"{len(pages)} screenshots, {expected_avatars} avatars, {expected_photo} faces in pasted photos (seed {args.seed})")
    print(f"  avatars' best window: lowest {min(avatar_best):.2f}, 1st percentile {np.percentile(avatar_best, 1):.2f}; "
          f"screenshots' windows at or over {F.PHOTO_SHARE}: {(windows >= F.PHOTO_SHARE).mean():.1%}")
    for way, t in totals.items():
        print(f"  {way:6s} avatars {t['avatars']}/{expected_avatars}, photo faces {t['photo_faces']}/{expected_photo}, "
              f"other boxes {t['other']}; face CPU {t['cpu']:.1f} s with the faces, {t['plain_cpu']:.1f} s on the "
              f"screenshots as they are")
    print(f"  pages where the two ways differ: {differ}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
