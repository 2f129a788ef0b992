#!/usr/bin/env python3
"""Bad input: every case of the table in ../shared/reference/safety.md section 5, plus
output-path hazards (output == input, a larger file already at the output path,
read-only folder, full disk, folder deleted mid-run, no permission) and awkward
names (spaces, unicode, leading dash, newline, escape sequence, very long).

Each case runs the CLI (`redactor redact`, `strip` or `batch`) on files under
../shared/corpus/badinput/ (or on files it makes in a scratch folder) and checks
what safety.md expects:

* refusals: an error's exit code (2-8, README "Errors and exit codes"), exactly one line on stderr starting "redactor: ", no
  traceback, no output and no temp (.part) file left, the input unchanged;
* processed files: exit 0, the output is a fresh PNG/JPEG with only structural
  blocks, ending at its end marker, one frame, RGB, upright; where the case is
  about covering, the secret's ink is exact black (0,0,0) in the output;
* a batch over a folder mixing good and bad files goes on and lists each failure.

    python scripts/verify_badinput.py [--corpus ../shared/corpus] [--skip-big] [--only 5,19]

Prints one line per case and `cases passing / total`; exit 0 when all pass.
Root is needed for the tmpfs cases (read-only and full disk); they are skipped
with a note otherwise.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageOps

import safety_checks as sc
from redactor.testing import isolate_user_settings, redactor_command

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
SECRET_BOX = (15, 85, 470, 130)  # synthetic/CASES.md: where the secret is drawn, upright
SECRET_TERMS = ["078-05-1120", "555 0100"]
# Columns of the two numbers in the secret line (the "SSN " label and the "+1" between them are
# not passed as terms, so they are not required to be covered).
SECRET_SPANS = [(85, 280), (325, 470)]
TIMEOUT = 300
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

try:
    import pillow_heif

    pillow_heif.register_heif_opener()
except Exception:  # pragma: no cover
    pass


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@dataclass
class Result:
    case: str
    title: str
    passed: bool = True
    notes: list[str] = field(default_factory=list)
    skipped: str | None = None

    def fail(self, msg: str) -> None:
        self.passed = False
        self.notes.append(msg)


class Runner:
    def __init__(self, corpus: Path, scratch: Path, visual: bool) -> None:
        self.corpus = corpus
        self.scratch = scratch
        self.visual = visual
        self.n = 0

    def outdir(self) -> Path:
        self.n += 1
        d = self.scratch / f"out{self.n:03d}"
        d.mkdir(parents=True, exist_ok=True)
        return d

    def run(self, args: list[str], cwd: Path | None = None, user: str | None = None,
            timeout: int = TIMEOUT) -> subprocess.CompletedProcess:
        cmd = redactor_command() + args
        if user:
            cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", "--"] + cmd
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        try:
            return subprocess.run(cmd, capture_output=True, cwd=cwd, timeout=timeout, env=env)
        except subprocess.TimeoutExpired as exc:
            return subprocess.CompletedProcess(cmd, -999, exc.stdout or b"", (exc.stderr or b"") + b"TIMEOUT")

    def redact_args(self, extra: list[str] | None = None) -> list[str]:
        return ["redact"] + ([] if self.visual else ["--no-visual"]) + (extra or [])

    # --- expectations ------------------------------------------------------------------------

    def expect_refusal(self, r: Result, proc, out: Path | None, inputs: list[tuple[Path, str]], label: str = "") -> None:
        err = proc.stderr.decode("utf-8", "replace")
        lines = [ln for ln in err.splitlines() if ln.strip()]
        tag = f"{label}: " if label else ""
        if proc.returncode == -999:
            r.fail(f"{tag}hung (no answer in {TIMEOUT} s)")
        elif proc.returncode == 0:
            r.fail(f"{tag}accepted (exit 0), expected a refusal")
        elif not 2 <= proc.returncode <= 8:
            r.fail(f"{tag}exit {proc.returncode}, expected an error's exit code (2-8)")
        if "Traceback" in err:
            r.fail(f"{tag}traceback on stderr")
        if proc.returncode != 0 and (len(lines) != 1 or not lines[0].startswith("redactor: ")):
            r.fail(f"{tag}stderr is not one clear line: {err.strip()[:200]!r}")
        elif lines:
            r.notes.append(f"{tag}{lines[0][-110:]}")
        if out is not None and out.exists() and proc.returncode != 0:
            r.fail(f"{tag}output file left behind: {out.name}")
        self.no_temp(r, out.parent if out is not None else None, tag)
        for path, digest in inputs:
            if path.exists() and sha(path) != digest:
                r.fail(f"{tag}INPUT MODIFIED: {path.name}")

    def no_temp(self, r: Result, folder: Path | None, tag: str = "") -> None:
        if folder is None or not folder.is_dir():
            return
        left = [p.name for p in folder.iterdir() if p.name.endswith(".part") or p.name.startswith(".") and "part" in p.name]
        if left:
            r.fail(f"{tag}temp files left: {left[:3]}")

    def expect_output(self, r: Result, proc, out: Path, inputs: list[tuple[Path, str]], label: str = "",
                      upright_of: Path | None = None) -> np.ndarray | None:
        tag = f"{label}: " if label else ""
        err = proc.stderr.decode("utf-8", "replace")
        if proc.returncode != 0:
            r.fail(f"{tag}exit {proc.returncode}: {err.strip()[-200:]!r}")
            return None
        if not out.exists():
            r.fail(f"{tag}exit 0 but no output at {out.name}")
            return None
        data = out.read_bytes()
        probs = sc.structure_problems(data)
        rc = sc.shared_trailing_check(out, REPO, sys.executable)
        if rc not in (None, 0):
            probs.append(f"shared trailing_data_check exit {rc}")
        if sc.have_exiftool():
            probs += sc.exiftool_problems(out)
        for p in probs:
            r.fail(f"{tag}{p}")
        for path, digest in inputs:
            if sha(path) != digest:
                r.fail(f"{tag}INPUT MODIFIED: {path.name}")
        self.no_temp(r, out.parent, tag)
        with Image.open(out) as im:
            if getattr(im, "n_frames", 1) != 1:
                r.fail(f"{tag}{im.n_frames} frames in the output")
            if im.mode != "RGB":
                r.fail(f"{tag}output mode {im.mode}")
            arr = np.asarray(im.convert("RGB"))
        if upright_of is not None:
            with Image.open(upright_of) as src:
                w, h = ImageOps.exif_transpose(src).size
            if (arr.shape[1], arr.shape[0]) != (w, h):
                r.fail(f"{tag}output {arr.shape[1]}x{arr.shape[0]} is not the upright size {w}x{h}")
        return arr

    def expect_secret_covered(self, r: Result, out_arr: np.ndarray | None, upright: np.ndarray, label: str = "") -> None:
        """Ink of the secret's numbers (SECRET_SPANS inside SECRET_BOX, as displayed) is exact black in the output."""
        if out_arr is None:
            return
        _, y0, _, y1 = SECRET_BOX
        total = bad = 0
        worst = 0
        for x0, x1 in SECRET_SPANS:
            grey = upright[y0:y1, x0:x1].astype(int).mean(axis=2)
            ink = grey < 128
            region = out_arr[y0:y1, x0:x1][ink]
            black = (region == 0).all(axis=1)
            total += int(ink.sum())
            bad += int((~black).sum())
            if (~black).any():
                worst = max(worst, int(region[~black].max()))
        if not total:
            r.notes.append(f"{label}: no visible secret ink (nothing to cover)")
        elif bad:
            r.fail(f"{label}: {bad} of {total} secret ink pixels not exact black (max value {worst})")

    def upright(self, path: Path) -> np.ndarray:
        with Image.open(path) as im:
            im.load()
            up = ImageOps.exif_transpose(im)
            if up.mode.startswith("I;16") or up.mode == "I":
                arr = np.asarray(up, dtype=np.float64) * 255.0 / 65535.0
                g = np.clip(arr + 0.5, 0, 255).astype(np.uint8)
                return np.repeat(g[..., None], 3, axis=2)
            rgba = up.convert("RGBA")
            flat = Image.new("RGB", rgba.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            return np.asarray(flat)


# --- the cases ---------------------------------------------------------------------------------

def f(runner: Runner, rel: str) -> Path:
    return runner.corpus / rel


def refuse_each(runner: Runner, r: Result, files: list[Path], cmd: str = "redact") -> None:
    for path in files:
        if not path.exists():
            r.notes.append(f"{path.name}: not in corpus, skipped")
            continue
        out = runner.outdir() / "out.png"
        digest = sha(path)
        args = runner.redact_args() if cmd == "redact" else [cmd]
        t0 = time.monotonic()
        proc = runner.run(args + ["-o", str(out), "--", str(path)])
        runner.expect_refusal(r, proc, out, [(path, digest)], label=path.name)
        if time.monotonic() - t0 > 60:
            r.notes.append(f"{path.name}: took {time.monotonic() - t0:.0f} s")


def process_each(runner: Runner, r: Result, files: list[Path], extra: list[str] | None = None,
                 cover: bool = False, cmd: str = "redact", allow_refusal: bool = False) -> dict[str, np.ndarray]:
    outs = {}
    for path in files:
        if not path.exists():
            r.notes.append(f"{path.name}: not in corpus, skipped")
            continue
        out = runner.outdir() / "out.png"
        digest = sha(path)
        args = (runner.redact_args(extra) if cmd == "redact" else [cmd] + (extra or []))
        proc = runner.run(args + ["-o", str(out), "--", str(path)])
        if allow_refusal and proc.returncode != 0:
            runner.expect_refusal(r, proc, out, [(path, digest)], label=path.name + " (refused)")
            continue
        arr = runner.expect_output(r, proc, out, [(path, digest)], label=path.name, upright_of=path)
        if arr is not None:
            outs[path.name] = arr
            if cover:
                runner.expect_secret_covered(r, arr, runner.upright(path), label=path.name)
    return outs


def case1(runner, r):
    refuse_each(runner, r, [f(runner, "badinput/synthetic/zero_bytes.png")])


def case2(runner, r):
    files = [f(runner, "badinput/synthetic/text_named.png")]
    extra = runner.scratch / "wrong_ext"
    extra.mkdir(exist_ok=True)
    (extra / "notes.jpg").write_text("meeting notes\nNIK 3171012345670001\n")
    (extra / "page.webp").write_bytes(b"<html><body>hello</body></html>")
    (extra / "archive.png").write_bytes(b"PK\x03\x04" + bytes(200))
    (extra / "script.heic").write_bytes(b"#!/bin/sh\necho hi\n")
    refuse_each(runner, r, files + sorted(extra.iterdir()))


def case3(runner, r):
    outs = process_each(runner, r, [f(runner, "badinput/synthetic/jpeg_named.png")])
    out = runner.scratch / "jpeg_named_fmt"
    out.mkdir(exist_ok=True)
    src = f(runner, "badinput/synthetic/jpeg_named.png")
    proc = runner.run(runner.redact_args(["--format", "jpg"]) + ["-o", str(out / "x.jpg"), "--", str(src)])
    arr = runner.expect_output(r, proc, out / "x.jpg", [(src, sha(src))], label="--format jpg")
    if arr is not None and sc.sniff((out / "x.jpg").read_bytes()) != "JPEG":
        r.fail("--format jpg did not write a JPEG")
    if outs:
        r.notes.append("decoded by content; PNG written")


def case4(runner, r):
    names = ["badinput/synthetic/truncated.jpg", "badinput/pillow/truncated_jpeg.jpg",
             "badinput/pillow/truncated_image.png", "badinput/pillow/truncated_end_chunk.png",
             "badinput/pillow/broken.png", "badinput/pillow/broken_data_stream.png"]
    refuse_each(runner, r, [f(runner, n) for n in names])
    # exif-samples' invalid_*.jpg carry malformed EXIF but complete pixel data (their scans end at
    # EOI; the samples README's point is "no endless loop"), and corrupted.jpg decodes without
    # complaint (bad marker deep in the scan): refusing or processing are both acceptable, as long as
    # nothing hangs or crashes and a processed output is clean.
    process_each(runner, r, [f(runner, n) for n in (
        "badinput/exif-samples/invalid_image00971.jpg", "badinput/exif-samples/invalid_image01088.jpg",
        "badinput/exif-samples/invalid_image01137.jpg", "badinput/exif-samples/corrupted.jpg")],
        allow_refusal=True)


def case5(runner, r):
    names = ["badinput/synthetic/bomb_header_65535x65535.png", "badinput/synthetic/bomb_real_20000x20000_gray.png",
             "badinput/pillow/decompression_bomb.gif", "badinput/pillow/decompression_bomb_extents.gif"]
    refuse_each(runner, r, [f(runner, n) for n in names])


def case6(runner, r):
    if runner.skip_big:
        r.skipped = "--skip-big"
        return
    path = runner.scratch / "big_12000x9000.jpg"
    im = Image.new("RGB", (12000, 9000), (250, 250, 245))
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, 90)
    secret = "NIK 3171012345670001"
    draw.text((6000, 7000), secret, fill=(10, 10, 10), font=font)
    draw.text((800, 600), "Laporan kegiatan bulan Juni", fill=(10, 10, 10), font=font)
    bbox = draw.textbbox((6000, 7000), secret, font=font)
    im.save(path, "JPEG", quality=80)
    del im, draw
    out = runner.outdir() / "big.png"
    digest = sha(path)
    t0 = time.monotonic()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M"] + redactor_command() + runner.redact_args(
        ["--term", "3171012345670001"]) + ["-o", str(out), "--", str(path)], capture_output=True, timeout=900)
    took = time.monotonic() - t0
    rss = proc.stderr.decode().strip().splitlines()[-1] if proc.stderr else "?"
    proc.stderr = b"\n".join(ln for ln in proc.stderr.splitlines()[:-1])
    arr = runner.expect_output(r, proc, out, [(path, digest)], label="12000x9000", upright_of=path)
    r.notes.append(f"{took:.0f} s, peak RSS {int(rss) // 1024 if rss.isdigit() else rss} MB")
    if arr is not None:
        x0, y0, x1, y1 = bbox
        digits_x0 = x0 + (x1 - x0) * 4 // len(secret)  # skip "NIK "
        with Image.open(path) as src:
            region_in = np.asarray(src.crop((digits_x0, y0, x1, y1)).convert("L"))
        region_out = arr[y0:y1, digits_x0:x1]
        ink = region_in < 100
        if not (region_out[ink] == 0).all():
            r.fail(f"NIK at full resolution not covered: {int((region_out[ink] != 0).any(axis=1).sum())} ink px visible")


def case7(runner, r):
    names = ["badinput/synthetic/orientation5_transpose.jpg", "badinput/synthetic/orientation6_text.jpg",
             "badinput/synthetic/orientation8_text.jpg"]
    process_each(runner, r, [f(runner, n) for n in names], extra=_terms(), cover=True)
    more = ["badinput/pillow/hopper_orientation_5.jpg", "badinput/pillow/hopper_orientation_8.jpg",
            "badinput/pillow/hopper_orientation_8.webp", "metadata/exif-samples/jpg_orientation_landscape_6.jpg",
            "metadata/exif-samples/jpg_orientation_portrait_8.jpg", "metadata/pillow/xmp_tags_orientation.png",
            "metadata/exif-samples/heic_mobile_iphone_13_pro_max.HEIC"]
    process_each(runner, r, [f(runner, n) for n in more], cmd="strip")
    for path in [f(runner, n) for n in names]:
        out = runner.outdir() / "o.png"
        runner.run(["strip", "-o", str(out), "--", str(path)])
        if out.exists():
            got = np.asarray(Image.open(out).convert("RGB")).astype(int)
            ref = runner.upright(path).astype(int)
            if got.shape != ref.shape or np.abs(got - ref).max() > 0:
                r.fail(f"{path.name}: strip output is not the upright image")


def _terms() -> list[str]:
    out = []
    for t in SECRET_TERMS:
        out += ["--term", t]
    return out


def case8(runner, r):
    process_each(runner, r, [f(runner, "badinput/synthetic/cmyk.jpg")], extra=_terms(), cover=True)
    process_each(runner, r, [f(runner, "badinput/pillow/pil_sample_cmyk.jpg"),
                             f(runner, "badinput/pillow/tiff_strip_cmyk_jpeg.tif")])


def case9(runner, r):
    process_each(runner, r, [f(runner, "badinput/synthetic/gray16.png")], extra=_terms(), cover=True)
    process_each(runner, r, [f(runner, "badinput/pillow/i_trns.png"), f(runner, "badinput/pillow/hopper_16bit.pgm")])
    refuse_or = [f(runner, "badinput/pillow/apng_mode_16bit.png")]
    process_each(runner, r, refuse_or, allow_refusal=True)  # animated: refusal is fine


def case10(runner, r):
    process_each(runner, r, [f(runner, "badinput/synthetic/palette_trns.png")], extra=_terms(), cover=True)
    process_each(runner, r, [f(runner, "badinput/pillow/p_trns_single.png"), f(runner, "badinput/pillow/1_trns.png"),
                             f(runner, "badinput/pillow/tRNS_null_1x1.png")])


def case11(runner, r):
    path = f(runner, "badinput/synthetic/alpha_erased_secret.png")
    outs = process_each(runner, r, [path], extra=_terms())
    arr = outs.get(path.name)
    if arr is None:
        return
    with Image.open(path) as im:
        rgba = np.asarray(im.convert("RGBA"))
    hidden = rgba[..., 3] == 0
    leaked = hidden & ~((arr == 255).all(axis=2) | (arr == 0).all(axis=2))
    if leaked.any():
        r.fail(f"{int(leaked.sum())} pixels under alpha=0 are neither white (flattened) nor fill")
    else:
        r.notes.append(f"{int(hidden.sum())} alpha=0 pixels flattened to white or fill; hidden RGB gone")


def case12(runner, r):
    path = f(runner, "badinput/synthetic/box_92pct_opacity.png")
    ctrl = f(runner, "badinput/synthetic/rgba_box_ok.png")
    outs = process_each(runner, r, [path, ctrl], extra=_terms())
    for name, arr in outs.items():
        fill = (arr == 0).all(axis=2)
        if fill.any():
            # our own cover: every pure-black pixel run is the fill; stretch the levels inside its bounding rows
            ys, xs = np.nonzero(fill)
            region = arr[fill]
            if region.std() != 0:
                r.fail(f"{name}: fill has variance")
        x0, y0, x1, y1 = SECRET_BOX
        box = arr[y0:y1, 85:x1].astype(float)
        stretched = (box - box.min()) / max(1.0, box.max() - box.min())
        r.notes.append(f"{name}: secret area after level stretch: std {stretched.std():.3f} "
                       f"({'zero variance' if stretched.std() == 0 else 'still has structure'})")
        if stretched.std() != 0:
            with Image.open(path if name == path.name else ctrl) as src:
                src_box = np.asarray(src.convert("RGB"))[y0:y1, 85:x1].astype(float)
            covered = (arr[y0:y1, 85:x1] == 0).all(axis=2)
            ink_like = src_box.mean(axis=2) < src_box.mean()  # the darker half of the original: text under the box
            visible = ink_like & ~covered
            if visible.sum() > 0.02 * ink_like.size:
                r.fail(f"{name}: secret region not fully covered; level stretch recovers text")


def case13(runner, r):
    names = ["badinput/synthetic/anim_secret_in_frame2.gif", "badinput/synthetic/anim_secret_in_frame2.webp",
             "badinput/synthetic/anim_secret_in_frame2.apng", "badinput/pillow/dispose_bgnd.gif",
             "badinput/pillow/apng_delay.png", "metadata/mat2/dirty.gif"]
    for path in [f(runner, n) for n in names]:
        if not path.exists():
            continue
        n_frames = getattr(Image.open(path), "n_frames", 1)
        if n_frames > 1:
            refuse_each(runner, r, [path])
        else:  # a GIF with one frame is a still image
            process_each(runner, r, [path])


def case14(runner, r):
    refuse_each(runner, r, [f(runner, "badinput/synthetic/multipage_secret_p2.tiff"),
                            f(runner, "badinput/pillow/multipage.tiff")])
    process_each(runner, r, [f(runner, "metadata/exiftool/Photoshop.psd"), f(runner, "metadata/exiftool/GIMP.xcf")],
                 cmd="strip", allow_refusal=True)


def case15(runner, r):
    names = ["metadata/pillow/frozenpond.mpo", "metadata/pillow/sugarshack.mpo",
             "metadata/exif-samples/jpg_tests_45-gps_ifd.jpg", "metadata/exiftool/Google.jpg",
             "metadata/exif-samples/heic_mobile_iphone_13_pro_max.HEIC", "badinput/synthetic/jpeg_plus_hidden_jpeg.jpg",
             "badinput/pillow/sugarshack_bad_mpo_header.jpg"]
    process_each(runner, r, [f(runner, n) for n in names], cmd="strip")
    process_each(runner, r, [f(runner, "badinput/synthetic/jpeg_plus_hidden_jpeg.jpg")], extra=_terms(), cover=True)


def case16(runner, r):
    names = ["badinput/synthetic/gps_thumb_mismatch.jpg", "metadata/exif-samples/jpg_exif-org_canon-ixus.jpg",
             "metadata/pillow/xmp_test.jpg", "metadata/pillow/flower.webp"]
    for fmt in ("png", "jpg"):
        for path in [f(runner, n) for n in names]:
            out = runner.outdir() / f"o.{fmt}"
            proc = runner.run(["strip", "--format", fmt, "-o", str(out), "--", str(path)])
            arr = runner.expect_output(r, proc, out, [(path, sha(path))], label=f"{path.name} -> {fmt}")
            if arr is not None:
                hits = sc.needle_hits(out.read_bytes(), sc.needles_for(path))
                if hits:
                    r.fail(f"{path.name}: needles {hits[:3]}")


def case17(runner, r):
    folder = runner.corpus / "metadata"
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() not in (".md", ".txt"))
    clean = refused = 0
    for path in files:
        out = runner.outdir() / "o.png"
        digest = sha(path)
        proc = runner.run(["strip", "-o", str(out), "--", str(path)])
        if proc.returncode != 0:
            runner.expect_refusal(r, proc, out, [(path, digest)], label=path.name)
            refused += 1
            continue
        before = len(r.notes), r.passed
        arr = runner.expect_output(r, proc, out, [(path, digest)], label=path.name)
        if arr is not None:
            hits = sc.needle_hits(out.read_bytes(), sc.needles_for(path))
            if hits:
                r.fail(f"{path.name}: needles {hits[:3]}")
            else:
                clean += 1
    r.notes = [n for n in r.notes if not n.endswith("(refused)")]
    r.notes.append(f"strip: {clean} clean outputs, {refused} clean refusals of {len(files)} "
                   "(full check: scripts/verify_metadata.py)")


def case18(runner, r):
    names = ["badinput/synthetic/acropalypse_sim.png", "badinput/synthetic/html_polyglot.png",
             "metadata/exiftool/ExifTool.jpg"]
    process_each(runner, r, [f(runner, n) for n in names])


def _copy_input(runner: Runner, name: str = "input.png") -> Path:
    d = runner.scratch / f"in{runner.n:03d}_{int(time.monotonic() * 1000) % 100000}"
    d.mkdir(parents=True, exist_ok=True)
    p = d / name
    shutil.copyfile(f(runner, "badinput/synthetic/palette_trns.png"), p)
    return p


def case19(runner, r):
    src = _copy_input(runner)
    digest = sha(src)
    proc = runner.run(runner.redact_args() + ["-o", str(src), "--", str(src)])
    runner.expect_refusal(r, proc, None, [(src, digest)], label="-o INPUT")
    link = src.with_name("link.png")
    link.symlink_to(src)
    proc = runner.run(runner.redact_args() + ["-o", str(link), "--", str(src)])
    runner.expect_refusal(r, proc, None, [(src, digest)], label="-o symlink to input")
    if not link.is_symlink():
        r.fail("symlink to the input was replaced")
    hard = src.with_name("hard.png")
    os.link(src, hard)
    proc = runner.run(runner.redact_args() + ["-o", str(hard), "--", str(src)])
    runner.expect_refusal(r, proc, None, [(src, digest)], label="-o hard link to input")
    proc = runner.run(["strip", "-o", str(src), "--", str(src)])
    runner.expect_refusal(r, proc, None, [(src, digest)], label="strip -o INPUT")
    dotted = src.parent / "." / src.name
    proc = runner.run(runner.redact_args() + ["-o", str(dotted), "--", str(src)])
    runner.expect_refusal(r, proc, None, [(src, digest)], label="-o DIR/./INPUT")
    # batch whose output folder is the input folder writes NAME.redacted.png beside it
    proc = runner.run(["batch", str(src.parent), "-o", str(src.parent), "--jobs", "1"] +
                      ([] if runner.visual else ["--no-visual"]))
    if sha(src) != digest:
        r.fail("batch -o SAME_FOLDER modified the input")


def case20(runner, r):
    src = _copy_input(runner)
    digest = sha(src)
    out_dir = runner.outdir()
    out = out_dir / "out.png"
    big = os.urandom(2_000_000)
    out.write_bytes(big)
    proc = runner.run(runner.redact_args() + ["-o", str(out), "--", str(src)])
    arr = runner.expect_output(r, proc, out, [(src, digest)], label="over a 2 MB file")
    if arr is not None:
        size = out.stat().st_size
        if size >= len(big):
            r.fail(f"output size {size} >= the old file's {len(big)}")
        r.notes.append(f"output {size} bytes, old file 2000000 bytes; ends at IEND")
    out2 = out_dir / "out2.png"
    out2.write_bytes(big)
    proc = runner.run(["strip", "-o", str(out2), "--", str(src)])
    runner.expect_output(r, proc, out2, [(src, digest)], label="strip over a 2 MB file")


def _mount_tmpfs(path: Path, opts: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(path)], capture_output=True).returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", str(path)], capture_output=True)


def case21(runner, r):
    src = _copy_input(runner)
    digest = sha(src)
    # read-only folder (a read-only tmpfs: root ignores permission bits)
    ro = runner.scratch / "ro_mount"
    if _mount_tmpfs(ro, "ro,size=64k"):
        try:
            out = ro / "out.png"
            proc = runner.run(runner.redact_args() + ["-o", str(out), "--", str(src)])
            runner.expect_refusal(r, proc, out, [(src, digest)], label="read-only folder")
        finally:
            _umount(ro)
    else:
        r.notes.append("read-only folder: mount not permitted, skipped")
    # full disk: a 64 kB tmpfs and a noisy image whose PNG is larger than that
    full = runner.scratch / "full_mount"
    noisy = src.with_name("noisy.png")
    rng = np.random.default_rng(1)
    Image.fromarray(rng.integers(0, 255, (300, 400, 3), dtype=np.uint8)).save(noisy)
    nd = sha(noisy)
    if _mount_tmpfs(full, "size=64k"):
        try:
            out = full / "out.png"
            proc = runner.run(["strip", "-o", str(out), "--", str(noisy)])
            runner.expect_refusal(r, proc, out, [(noisy, nd)], label="full disk (strip)")
            proc = runner.run(runner.redact_args() + ["-o", str(out), "--", str(noisy)])
            runner.expect_refusal(r, proc, out, [(noisy, nd)], label="full disk (redact)")
            left = list(full.iterdir())
            if left:
                r.fail(f"full disk: files left on the full volume: {[p.name for p in left]}")
        finally:
            _umount(full)
    else:
        r.notes.append("full disk: mount not permitted, skipped")
    # permission denied: run as nobody against a root-owned 0755 folder
    if os.geteuid() == 0 and shutil.which("setpriv"):
        pub = runner.scratch / "pub"
        pub.mkdir(exist_ok=True)
        os.chmod(runner.scratch, 0o755)
        os.chmod(pub, 0o755)
        readable = pub / "in.png"
        shutil.copyfile(src, readable)
        os.chmod(readable, 0o644)
        locked = runner.scratch / "locked"
        locked.mkdir(exist_ok=True)
        os.chmod(locked, 0o755)
        out = locked / "out.png"
        home = runner.scratch / "nobody_home"
        home.mkdir(exist_ok=True)
        os.chmod(home, 0o777)
        env_prefix = ["env", f"HOME={home}", f"XDG_CONFIG_HOME={home}", f"XDG_CACHE_HOME={home}"]
        cmd = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"] + env_prefix + redactor_command() + \
            ["strip", "-o", str(out), "--", str(readable)]
        proc = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT)
        if b"Permission denied" in proc.stderr and b"redactor:" not in proc.stderr:
            r.notes.append("permission denied: the venv is not readable by nobody, skipped")
        else:
            runner.expect_refusal(r, proc, out, [(readable, sha(readable))], label="permission denied")
        secret = pub / "secret.png"
        shutil.copyfile(src, secret)
        os.chmod(secret, 0o600)
        cmd = cmd[:-3] + ["-o", str(home / "x.png"), "--", str(secret)]
        proc = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT)
        if b"redactor:" in proc.stderr or proc.returncode == 0:
            runner.expect_refusal(r, proc, home / "x.png", [], label="unreadable input")
    # permission denied for root too: an immutable folder (chattr +i; ext4 and similar)
    locked = runner.scratch / "immutable"
    locked.mkdir(exist_ok=True)
    if shutil.which("chattr") and subprocess.run(["chattr", "+i", str(locked)], capture_output=True).returncode == 0:
        try:
            out = locked / "out.png"
            proc = runner.run(runner.redact_args() + ["-o", str(out), "--", str(src)])
            runner.expect_refusal(r, proc, out, [(src, digest)], label="immutable folder (EPERM)")
        finally:
            subprocess.run(["chattr", "-i", str(locked)], capture_output=True)
    else:
        r.notes.append("immutable folder: chattr not available here, skipped")
    # output folder deleted mid-run
    gone = runner.scratch / "deleted_mid_run"
    gone.mkdir(exist_ok=True)
    slow = src.with_name("slow.png")
    im = Image.new("RGB", (2400, 1800), "white")
    d = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, 28)
    for i in range(40):
        d.text((40, 40 + i * 42), f"Baris {i}: Nama Budi Santoso, HP 0812{i:04d}7788, NIK 3171{i:04d}12345678", fill="black", font=font)
    im.save(slow)
    sd = sha(slow)
    out = gone / "out.png"
    proc = subprocess.Popen(redactor_command() + runner.redact_args() + ["-o", str(out), "--", str(slow)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.5)
    shutil.rmtree(gone)
    stdout, stderr = proc.communicate(timeout=TIMEOUT)
    cp = subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)
    if proc.returncode == 0 and not out.exists():
        r.fail("folder deleted mid-run: exit 0 but nothing written")
    elif proc.returncode == 0:
        r.notes.append("folder deleted mid-run: finished before the deletion (timing), not tested")
    else:
        runner.expect_refusal(r, cp, out, [(slow, sd)], label="folder deleted mid-run")
        if gone.exists():
            r.fail("the deleted output folder was re-created")


def case22(runner, r):
    synth = runner.corpus / "badinput" / "synthetic"
    uni = synth / "résumé 身分証 🪪 (copy).png"
    dash = synth / "-rf.png"
    process_each(runner, r, [uni, dash], extra=_terms(), cover=True)
    # leading dash without "--", from the file's folder
    out = runner.outdir()
    proc = runner.run(runner.redact_args() + ["-o", str(out / "x.png"), "-rf.png"], cwd=synth)
    if proc.returncode != 0:
        r.fail(f"'redactor redact -rf.png' (no --): exit {proc.returncode}: "
               f"{proc.stderr.decode('utf-8', 'replace').strip()[-160:]!r}")
    # names made here: spaces, newline, escape sequence, very long, long path
    d = runner.scratch / "names"
    d.mkdir(exist_ok=True)
    base = f(runner, "badinput/synthetic/palette_trns.png").read_bytes()
    names = ["with spaces and (brackets).png", "line\nbreak.png", "esc\x1b[31mred.png", "ümlaut-日本語-🪪.png",
             "--help.png", "a" * 236 + ".png"]
    long_dir = d / ("deep_" + "x" * 200) / ("y" * 200) / ("z" * 200)
    long_dir.mkdir(parents=True, exist_ok=True)
    made = [d / n for n in names] + [long_dir / "long_path.png"]
    for p in made:
        p.write_bytes(base)
    for p in made:
        label = repr(p.name if len(p.name) < 40 else p.name[:12] + f"...({len(p.name)} chars)")
        if p.parent == long_dir:
            label = f"path of {len(str(p))} chars"
        digest = sha(p)
        proc = runner.run(runner.redact_args() + ["--", str(p)])
        expected_out = p.with_name(f"{p.stem}.redacted.png")
        arr = runner.expect_output(r, proc, expected_out, [(p, digest)], label=label)
        text = proc.stdout + proc.stderr
        if b"\x1b" in text:
            r.fail(f"{label}: raw ESC written to the terminal (name not escaped)")
        if arr is not None:
            expected_out.unlink()
    # a batch over the same names goes through
    outb = runner.outdir()
    proc = runner.run(["batch", str(d), "-o", str(outb), "--jobs", "1"] + ([] if runner.visual else ["--no-visual"]))
    report = outb / "report.json"
    if not report.exists():
        r.fail("batch over awkward names wrote no report.json")
    else:
        rep = json.loads(report.read_text())
        r.notes.append(f"batch: {rep['redacted']}/{rep['files']} redacted")
        for fl in rep["failed"]:
            r.fail(f"batch: {Path(fl['input']).name[:40]!r} failed: {fl['error']}")


def case23(runner, r):
    path = f(runner, "metadata/mat2/control_chars.jpg")
    out = runner.outdir() / "o.png"
    for args in (runner.redact_args(), ["strip"], ["scan"]):
        o = [] if args == ["scan"] else ["-o", str(out)]
        proc = runner.run(args + o + ["--", str(path)])
        if proc.returncode not in (0, 1):
            r.fail(f"{args[0]}: exit {proc.returncode}: {proc.stderr.decode('utf-8', 'replace')[-160:]!r}")
        if b"\x1b" in proc.stdout + proc.stderr:
            r.fail(f"{args[0]}: control characters of the COM segment reached the terminal")
    proc = runner.run(["scan", "--json", "--", str(path)])
    if b"\x1b" in proc.stdout:
        r.fail("scan --json: raw ESC in the JSON")


def case24(runner, r):
    names = ["metadata/mat2/dirty.heic", "metadata/mat2/dirty.avif", "metadata/mat2/dirty.bmp",
             "metadata/mat2/dirty.ppm", "metadata/mat2/dirty.jxl", "metadata/mat2/dirty.svg",
             "metadata/mat2/weird.svg"]
    for path in [f(runner, n) for n in names]:
        if path.suffix in (".jxl", ".svg"):
            refuse_each(runner, r, [path], cmd="strip")
        else:
            process_each(runner, r, [path], cmd="strip", allow_refusal=True)


def case25(runner, r):
    names = ["badinput/pillow/seek_too_large.tif", "badinput/pillow/exif-ifd-offset.jpg",
             "badinput/pillow/hopper_bad_exif.jpg", "badinput/pillow/broken_exif_dpi.jpg",
             "badinput/pillow/multiple_exif.jpg", "badinput/pillow/empty_gps_ifd.jpg",
             "badinput/pillow/icc-after-SOF.jpg", "badinput/pillow/icc_profile_big.jpg",
             "badinput/pillow/zero_width.gif", "badinput/pillow/apng_syntax_num_frames_zero.png"]
    for path in [f(runner, n) for n in names]:
        process_each(runner, r, [path], allow_refusal=True)


def case_batch(runner, r):
    """A batch over good and bad files goes on and lists every failure."""
    d = runner.scratch / "mixed"
    d.mkdir(exist_ok=True)
    picks = ["badinput/synthetic/zero_bytes.png", "badinput/synthetic/text_named.png",
             "badinput/synthetic/truncated.jpg", "badinput/synthetic/bomb_header_65535x65535.png",
             "badinput/synthetic/anim_secret_in_frame2.gif", "badinput/synthetic/multipage_secret_p2.tiff",
             "badinput/pillow/broken.png", "badinput/synthetic/palette_trns.png", "badinput/synthetic/cmyk.jpg",
             "badinput/synthetic/orientation6_text.jpg", "badinput/pillow/hopper.jpg"]
    good = {"palette_trns.png", "cmyk.jpg", "orientation6_text.jpg", "hopper.jpg"}
    for rel in picks:
        shutil.copyfile(f(runner, rel), d / Path(rel).name)
    out = runner.outdir()
    proc = runner.run(["batch", str(d), "-o", str(out), "--jobs", "2"] + ([] if runner.visual else ["--no-visual"]))
    if not 3 <= proc.returncode <= 8:
        r.fail(f"batch exit {proc.returncode}, expected the first failure's exit code (some failed)")
    report = out / "report.json"
    if not report.exists():
        r.fail("no report.json")
        return
    rep = json.loads(report.read_text())
    results = {Path(x["input"]).name: x for x in rep["results"]}
    for rel in picks:
        name = Path(rel).name
        x = results.get(name)
        if x is None:
            r.fail(f"{name}: missing from report.json")
        elif name in good and not (x["ok"] and Path(x["output"]).exists()):
            r.fail(f"{name}: good file not redacted: {x.get('error')}")
        elif name not in good and x["ok"]:
            r.fail(f"{name}: bad file reported ok")
        elif name not in good and "\n" in (x.get("error") or ""):
            r.fail(f"{name}: error is more than one line")
    runner.no_temp(r, out)
    r.notes.append(f"{rep['redacted']}/{rep['files']} redacted, {len(rep['failed'])} failures listed")


CASES = [
    ("1", "zero-byte file", case1), ("2", "non-images with image names", case2),
    ("3", "JPEG named .png: decoded by content", case3), ("4", "truncated and broken files", case4),
    ("5", "decompression bombs", case5), ("6", "12000x9000 photo", case6),
    ("7", "EXIF orientation 5/6/8, HEIC, XMP orientation", case7), ("8", "CMYK", case8),
    ("9", "16-bit", case9), ("10", "palette with tRNS", case10), ("11", "secret hidden by alpha=0", case11),
    ("12", "92% opacity box; our fill has zero variance", case12), ("13", "animations", case13),
    ("14", "multi-page TIFF, PSD, XCF", case14), ("15", "MPO/MPF, gain map, hidden second JPEG", case15),
    ("16", "thumbnails (IFD1, JFXX, APP13)", case16), ("17", "all of metadata/: strip", case17),
    ("18", "trailing data (aCropalypse, polyglot, trailer)", case18), ("19", "output path == input", case19),
    ("20", "larger file already at the output path", case20),
    ("21", "read-only folder, full disk, permission denied, folder deleted mid-run", case21),
    ("22", "names: unicode, spaces, leading dash, newline, ESC, long", case22),
    ("23", "control characters in metadata", case23), ("24", "HEIC, AVIF, BMP, PPM; JXL and SVG refused", case24),
    ("25", "malformed EXIF/ICC/TIFF", case25), ("B", "batch over good and bad files goes on", case_batch),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="folder holding badinput/ and metadata/")
    ap.add_argument("--only", help="comma-separated case numbers")
    ap.add_argument("--skip-big", action="store_true", help="skip case 6 (12000x9000 photo)")
    ap.add_argument("--visual", action="store_true", help="run redact with face/QR/signature detection too")
    ap.add_argument("--json", help="write results as JSON")
    args = ap.parse_args(argv)
    isolate_user_settings()  # a user's own settings must not change what this checks
    corpus = Path(args.corpus).resolve()
    if not (corpus / "badinput").is_dir():
        print(f"verify_badinput: {corpus}/badinput not found", file=sys.stderr)
        return 2
    only = set(args.only.split(",")) if args.only else None
    results = []
    with tempfile.TemporaryDirectory(prefix="verify-badinput-") as tmp:
        runner = Runner(corpus, Path(tmp), args.visual)
        runner.skip_big = args.skip_big
        for num, title, fn in CASES:
            if only and num not in only:
                continue
            r = Result(num, title)
            t0 = time.monotonic()
            try:
                fn(runner, r)
            except Exception as exc:  # the script's own failure is a failed case, not a crash
                r.fail(f"check crashed: {type(exc).__name__}: {exc}")
            status = "SKIP" if r.skipped else ("pass" if r.passed else "FAIL")
            print(f"[{status}] {num:>2}  {title}  ({time.monotonic() - t0:.0f} s)", flush=True)
            for note in r.notes:
                print(f"        {note}")
            results.append(r)
    counted = [r for r in results if not r.skipped]
    passing = sum(r.passed for r in counted)
    print(f"\ncases passing / total: {passing} / {len(counted)}"
          + (f"  ({len(results) - len(counted)} skipped)" if len(counted) != len(results) else ""))
    if args.json:
        Path(args.json).write_text(json.dumps([r.__dict__ for r in results], indent=2, ensure_ascii=False))
    return 0 if passing == len(counted) else 1


if __name__ == "__main__":
    sys.exit(main())
