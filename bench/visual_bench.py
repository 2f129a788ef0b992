#!/usr/bin/env python3
"""Measure the visual detectors: face recall / false positives, code reading,
signature hits, rectification, and time per 12 MP photo.

    .venv/bin/python bench/visual_bench.py [--skimage-data DIR] [--shared ../shared]

Face images: scikit-image's sample data (astronaut, camera, the 200-image LFW
subset: 100 faces + 100 non-faces), found through an installed scikit-image
or --skimage-data (e.g. unzip 'skimage/data/*' from `pip download --no-deps
scikit-image`).  Real photos and the dev benchmark come from --shared.
Everything runs on one thread-friendly pass; expect ~1-2 minutes on 2 cores.
"""
from __future__ import annotations

import argparse
import glob
import os
import random
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from redactor.visual import detect_visual, rectify_document
from redactor.visual import faces as F
from redactor.visual.codes import detect_codes
from redactor.visual.signatures import detect_signatures

THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.5)


def load(path: str) -> Image.Image:
    try:
        import pillow_heif
        pillow_heif.register_heif_opener()
    except ImportError:
        pass
    return ImageOps.exif_transpose(Image.open(path)).convert("RGB")


def faces_at(img: Image.Image) -> list[tuple[float, float, float, float, float]]:
    """Raw detections at the lowest threshold, in full-res pixels (same pipeline as detect_faces)."""
    from redactor.visual._util import analysis_copy
    rgb, factor = analysis_copy(img, F.MAX_SIDE)
    return [(x0 * factor, y0 * factor, x1 * factor, y1 * factor, s)
            for x0, y0, x1, y1, s in F.tiled_detect(rgb, min(THRESHOLDS))]


def skimage_dir(arg: str | None) -> Path | None:
    if arg:
        return Path(arg)
    try:
        import skimage
        return Path(skimage.__file__).parent / "data"
    except ImportError:
        return None


def crowd(lfw: np.ndarray, idx: range, seed: int, size=(2400, 1600)) -> tuple[Image.Image, list]:
    """Paste LFW crops (25x25, tight) at 28-120 px onto a mottled background; return GT boxes."""
    rnd = random.Random(seed)
    rs = np.random.default_rng(seed)
    bg = rs.normal(128, 30, (size[1] // 40, size[0] // 40, 3)).clip(0, 255).astype(np.uint8)
    canvas = Image.fromarray(bg).resize(size, Image.Resampling.BICUBIC)
    placed: list[tuple[int, int, int, int]] = []
    for i in idx:
        face = Image.fromarray((lfw[i] * 255).astype(np.uint8)).convert("RGB")
        s = rnd.randint(28, 120)
        face = face.resize((s, s), Image.Resampling.BICUBIC)
        for _ in range(200):
            x, y = rnd.randint(0, size[0] - s), rnd.randint(0, size[1] - s)
            if all(x + s + 20 < a or a + c + 20 < x or y + s + 20 < b or b + d + 20 < y for a, b, c, d in placed):
                break
        placed.append((x, y, s, s))
        canvas.paste(face, (x, y))
    return canvas, placed


def match(dets, gts) -> int:
    """Ground-truth faces whose centre lies in a detection whose centre lies in the (1.6x grown) truth box."""
    hit = 0
    used = set()
    for (x, y, w, h) in gts:
        cx, cy = x + w / 2, y + h / 2
        for k, (x0, y0, x1, y1, _s) in enumerate(dets):
            if k in used:
                continue
            dx, dy = (x0 + x1) / 2, (y0 + y1) / 2
            if x0 <= cx <= x1 and y0 <= cy <= y1 and abs(dx - cx) < 0.8 * w and abs(dy - cy) < 0.8 * h:
                used.add(k)
                hit += 1
                break
    return hit


def bench_faces(skd: Path | None, shared: Path) -> None:
    print("== faces (CenterFace, analysis copy <= %d px)" % F.MAX_SIDE)
    rows = []   # (name, expected_faces or None, dets, gts)
    if skd and (skd / "lfw_subset.npy").exists():
        lfw = np.load(skd / "lfw_subset.npy")
        img, gts = crowd(lfw, range(0, 100), 1)
        rows.append(("lfw crowd (100 faces, 28-120 px)", img, gts))
        img, _ = crowd(lfw, range(100, 200), 2)
        rows.append(("lfw non-faces (100 crops)", img, []))
    if skd and (skd / "astronaut.png").exists():
        astro = load(str(skd / "astronaut.png"))
        canvas = Image.new("RGB", (2400, 1200), (90, 110, 120))
        gts, x = [], 10
        for w in (48, 72, 110, 160, 240, 360):
            a = astro.resize((w, w))
            canvas.paste(a, (x, 600 - w // 2))
            # face of the astronaut: ~ (0.33..0.56, 0.07..0.40) of the frame
            gts.append((x + 0.33 * w, 600 - w / 2 + 0.07 * w, 0.23 * w, 0.33 * w))
            x += w + 40
        rows.append(("astronaut at 6 sizes", canvas, gts))
    single = []
    if skd:
        single += [(str(skd / "astronaut.png"), 1), (str(skd / "camera.png"), 1)]
    meta = shared / "corpus" / "metadata"
    single += [(str(meta / "pillow/hopper_orientation_6.jpg"), 1),
               (str(meta / "exif-py/nikon_D3100_TypeError.jpg"), 3),
               (str(meta / "exif-samples/jpg_exif-org_canon-ixus.jpg"), 4)]
    neg = [str(meta / p) for p in (
        "exif-py/spring_1440x960.heic", "exif-samples/heic_IMG_5195.HEIC",
        "exif-samples/heic_mobile_iphone_13_pro_max.HEIC", "exif-samples/jpg_Reconyx_HC500_Hyperfire.jpg",
        "exif-samples/jpg_exif-org_fujifilm-dx10.jpg", "exif-samples/jpg_gps_DSCN0010.jpg",
        "exif-samples/jpg_hdr_iphone_hdr_YES.jpg", "exif-samples/jpg_mobile_HMD_Nokia_8.3_5G.jpg",
        "exif-samples/jpg_mobile_jolla.jpg", "exif-samples/jpg_orientation_landscape_6.jpg",
        "exif-samples/jpg_orientation_portrait_8.jpg", "exif-samples/jpg_tests_45-gps_ifd.jpg",
        "mat2/dirty.jpg", "pillow/flower.webp", "pillow/flower2.webp", "pillow/xmp_test.jpg", "pillow/iptc.jpg")]
    if skd:
        neg += [str(skd / n) for n in ("coffee.png", "chelsea.png", "rocket.jpg", "coins.png", "grass.png",
                                         "gravel.png", "brick.png", "motorcycle_left.png", "page.png", "text.png")]
    neg += sorted(glob.glob(str(shared / "corpus/real/*/*.jpg")) + glob.glob(str(shared / "corpus/real/*/*.png")))
    dev = sorted(p for p in glob.glob(str(shared / "bench/dev/*")) if p.endswith((".png", ".jpg")) and ".labels." not in p)

    for name, img, gts in rows:
        t = time.perf_counter()
        dets = faces_at(img)
        dt = time.perf_counter() - t
        parts = []
        for th in THRESHOLDS:
            d = [x for x in dets if x[4] >= th]
            if gts:
                parts.append(f"@{th}: recall {match(d, gts)}/{len(gts)}, extra {len(d) - match(d, gts)}")
            else:
                parts.append(f"@{th}: false positives {len(d)}")
        print(f"  {name:36s} {img.size[0]}x{img.size[1]} {dt * 1000:5.0f} ms  " + "; ".join(parts))
    tot = {th: [0, 0] for th in THRESHOLDS}
    for path, expected in single:
        if not os.path.exists(path):
            continue
        dets = faces_at(load(path))
        counts = {th: sum(1 for x in dets if x[4] >= th) for th in THRESHOLDS}
        for th in THRESHOLDS:
            tot[th][0] += min(expected, counts[th])
            tot[th][1] += expected
        print(f"  {Path(path).name:36s} expected {expected}: " + ", ".join(f"@{th}: {counts[th]}" for th in THRESHOLDS))
    print("  real portraits/groups found (count-capped): " + ", ".join(f"@{th}: {a}/{b}" for th, (a, b) in tot.items()))
    for label, paths in (("no-face photos/scans", neg), ("dev benchmark (no real faces)", dev)):
        fp = {th: 0 for th in THRESHOLDS}
        imgs = {th: 0 for th in THRESHOLDS}
        n = 0
        for p in paths:
            try:
                img = load(p)
            except Exception:
                continue
            n += 1
            dets = faces_at(img)
            for th in THRESHOLDS:
                k = sum(1 for x in dets if x[4] >= th)
                fp[th] += k
                imgs[th] += k > 0
        print(f"  {label} ({n} images): " + ", ".join(f"@{th}: {fp[th]} boxes on {imgs[th]} images" for th in THRESHOLDS))


def bench_codes() -> None:
    import zxingcpp
    print("== QR codes / barcodes (zxing-cpp)")

    def sym(text, fmt, scale):
        return Image.fromarray(np.asarray(zxingcpp.write_barcode_to_image(zxingcpp.create_barcode(text, fmt), scale=scale))).convert("RGB")

    canvas = Image.new("RGB", (4000, 3000), (235, 232, 225))
    items = [
        (sym("https://example.org/t/ABC123", zxingcpp.BarcodeFormat.QRCode, 8), (200, 200), 0),
        (sym("https://example.org/t/ABC123", zxingcpp.BarcodeFormat.QRCode, 3), (1400, 300), 30),
        (sym("899123456789", zxingcpp.BarcodeFormat.EAN13, 4), (2200, 300), 0),
        (sym("M1DOE/JOHN EABC123 CGKDPSGA 0400 123Y012A0001 100", zxingcpp.BarcodeFormat.PDF417, 3), (300, 1500), 0),
        (sym("BOOKING-REF-XY12Z9", zxingcpp.BarcodeFormat.Code128, 3), (2000, 1500), 90),
        (sym("3171234567890001", zxingcpp.BarcodeFormat.DataMatrix, 6), (3000, 2300), 0),
        (sym("AZTEC-PAYLOAD-0001", zxingcpp.BarcodeFormat.Aztec, 6), (1200, 2400), 15),
    ]
    for im, pos, rot in items:
        if rot:
            im = im.rotate(rot, expand=True, fillcolor=(235, 232, 225))
        canvas.paste(im, pos)
    t = time.perf_counter()
    found = detect_codes(canvas)
    dt = time.perf_counter() - t
    print(f"  rendered 12 MP sheet with {len(items)} symbols (QR x2 one rotated 30°, EAN-13, PDF417, Code128 rotated 90°, "
          f"DataMatrix, Aztec rotated 15°): found {len(found)} in {dt * 1000:.0f} ms")
    for f in found:
        print(f"    {f.category:8s} {f.preview}")


def bench_signatures(shared: Path) -> None:
    print("== signatures / stamps (ink heuristic, pixels only)")
    dev = sorted(p for p in glob.glob(str(shared / "bench/dev/*")) if p.endswith((".png", ".jpg")) and ".labels." not in p)
    by_kind: dict[str, list[int]] = {}
    for p in dev:
        kind = Path(p).stem.split("_", 2)[2]
        n = len(detect_signatures(load(p)))
        by_kind.setdefault(kind, []).append(n)
    for kind, ns in sorted(by_kind.items()):
        print(f"  {kind:14s} images {len(ns):2d}, with >=1 detection {sum(1 for n in ns if n):2d}, detections {sum(ns)}")
    print("  (letters and ID cards each carry one drawn signature; chat/web/social/sheet carry none)")


def bench_time(shared: Path) -> None:
    print("== time per 12 MP photo (4000x3000, upscaled dev letter photo)")
    src = shared / "bench/dev/dev_004_letter_photo.jpg"
    img = load(str(src)).resize((3000, 4000), Image.Resampling.BICUBIC)
    for label, fn in (("detect_visual (faces+codes+signatures)", lambda: detect_visual(img)),
                      ("faces", lambda: F.detect_faces(img)),
                      ("codes", lambda: detect_codes(img)),
                      ("signatures", lambda: detect_signatures(img)),
                      ("rectify_document (page+OSD+deskew)", lambda: rectify_document(img))):
        t, c = time.perf_counter(), os.times()
        fn()
        c2 = os.times()
        cpu = (c2.user - c.user) + (c2.system - c.system) + (c2.children_user - c.children_user) \
            + (c2.children_system - c.children_system)
        print(f"  {label:40s} wall {time.perf_counter() - t:6.2f} s   cpu {cpu:6.2f} s")
    print(f"  (load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: wall time grows with other jobs)")


class _Word:
    __slots__ = ("text", "box", "conf", "line_id")

    def __init__(self, text, box, conf, line_id):
        self.text, self.box, self.conf, self.line_id = text, box, conf, line_id


def ocr_words(img: Image.Image) -> list:
    """Plain Tesseract words (stand-in for the engine's OCR stage)."""
    import pytesseract
    from redactor.findings import Box
    d = pytesseract.image_to_data(img, lang="ind", output_type=pytesseract.Output.DICT)
    return [_Word(t, Box(d["left"][i], d["top"][i], d["width"][i], d["height"][i]), float(d["conf"][i]),
                  (d["block_num"][i], d["par_num"][i], d["line_num"][i]))
            for i, t in enumerate(d["text"]) if t.strip()]


def visual_redact(img: Image.Image) -> tuple[Image.Image, list]:
    """Visual stage alone: detect_visual + (rectified) card layout + signature layout, painted black."""
    from PIL import ImageDraw
    from redactor.visual import layout_findings
    findings = list(detect_visual(img))
    rect = rectify_document(img)
    page = rect.image if rect else img
    findings += layout_findings(page, ocr_words(page), rectified=rect)
    out = img.copy()
    d = ImageDraw.Draw(out)
    for f in findings:
        for b in f.boxes:
            d.rectangle((b.left, b.top, b.right - 1, b.bottom - 1), fill=(0, 0, 0))
        for poly in f.polygons:
            d.polygon(poly, fill=(0, 0, 0))
    return out, findings


def bench_dev_score(shared: Path, kinds: tuple[str, ...], out_dir: Path) -> None:
    import json
    import subprocess
    import tempfile
    print(f"== dev benchmark, visual stage alone on {'/'.join(kinds)} images (score.py)")
    truth = json.loads((shared / "bench/dev/truth.json").read_text())
    sel = [im for im in truth["images"] if any(im["name"].endswith("_" + k) for k in kinds)]
    tdir = Path(tempfile.mkdtemp(prefix="visual_truth_"))
    out_dir.mkdir(parents=True, exist_ok=True)
    (tdir / "truth.json").write_text(json.dumps({**truth, "images": sel}))
    t_all = 0.0
    for im in sel:
        for key in ("image", "labels"):
            os.symlink(shared / "bench/dev" / im[key], tdir / im[key])
        img = load(str(shared / "bench/dev" / im["image"]))
        t = time.perf_counter()
        red, _f = visual_redact(img)
        t_all += time.perf_counter() - t
        red.save(out_dir / f"{im['name']}.png")
    print(f"  {len(sel)} images, visual stage incl. rectify + OCR: {t_all / max(1, len(sel)):.2f} s per image")
    r = subprocess.run([sys.executable, str(shared / "bench/score.py"), "--truth", str(tdir), "--out", str(out_dir)],
                       capture_output=True, text=True)
    print("  " + "\n  ".join(r.stdout.strip().splitlines()[-30:]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--skimage-data", help="folder with scikit-image sample data (astronaut.png, lfw_subset.npy)")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--only", choices=("faces", "codes", "signatures", "time", "dev"))
    ap.add_argument("--dev-kinds", default="idcard,idcard_photo",
                    help="dev image kinds for --only dev (comma list, e.g. idcard,idcard_photo,letter_photo)")
    ap.add_argument("--dev-out", default="/tmp/visual_bench_out", help="where --only dev writes redacted images")
    a = ap.parse_args()
    shared = Path(a.shared)
    skd = skimage_dir(a.skimage_data)
    if a.only in (None, "faces"):
        bench_faces(skd, shared)
    if a.only in (None, "codes"):
        bench_codes()
    if a.only in (None, "signatures"):
        bench_signatures(shared)
    if a.only in (None, "time"):
        bench_time(shared)
    if a.only in (None, "dev"):
        bench_dev_score(shared, tuple(a.dev_kinds.split(",")), Path(a.dev_out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
