"""Leaks through the file: metadata, hidden images, trailing data, orientation, alpha, overwrite.

Fixtures are made here (Pillow can write EXIF with GPS, ICC, XMP, comments,
PNG text chunks, MPO second images, appended data); when ../shared/corpus is
present the real files are checked too (no OCR: load + export only).
"""
from __future__ import annotations

import errno
import io
import os
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageCms, ImageDraw, ImageOps, PngImagePlugin

from redactor.errors import ExportError, InputError
from redactor.export import encode, write_atomic
from redactor.load import load_bytes, load_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import safety_checks as sc  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
NEEDLES = ["Jane Q. Example", "SN-4471-XY", "Kantor Pusat", "secret comment", "48.8583"]


def picture(size=(160, 90), mode="RGB") -> Image.Image:
    im = Image.new("RGB", size, (230, 230, 230))
    d = ImageDraw.Draw(im)
    d.rectangle((5, 5, 60, 40), fill=(200, 30, 30))
    d.text((70, 50), "NIK 3171", fill=(0, 0, 0))
    return im.convert(mode) if mode != "RGB" else im


def exif_with_gps(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Kantor Pusat"          # Make
    exif[0x013B] = "Jane Q. Example"       # Artist
    exif[0x0112] = orientation
    exif.get_ifd(0x8769)[0xA431] = "SN-4471-XY"   # BodySerialNumber
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (48.0, 51.0, 29.88)
    gps[3], gps[4] = "E", (2.0, 17.0, 40.2)
    return exif


def srgb_icc() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Jane Q. Example" '
       b'exif:GPSLatitude="48.8583"/></rdf:RDF></x:xmpmeta>')


def jpeg_dirty() -> bytes:
    buf = io.BytesIO()
    picture().save(buf, "JPEG", exif=exif_with_gps(), icc_profile=srgb_icc(), comment=b"secret comment",
                   xmp=XMP, quality=90)
    return buf.getvalue()


def png_dirty() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "secret comment")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    info.add_text("Author", "Jane Q. Example", zip=True)
    buf = io.BytesIO()
    picture(mode="RGBA").save(buf, "PNG", pnginfo=info, exif=exif_with_gps(), icc_profile=srgb_icc())
    return buf.getvalue()


def webp_dirty() -> bytes:
    buf = io.BytesIO()
    picture().save(buf, "WEBP", exif=exif_with_gps(), icc_profile=srgb_icc(), xmp=XMP, quality=90)
    return buf.getvalue()


def gif_dirty() -> bytes:
    buf = io.BytesIO()
    picture().convert("P").save(buf, "GIF", comment=b"secret comment")
    return buf.getvalue()


def mpo_two_frames() -> bytes:
    second = Image.new("RGB", (160, 90), (0, 0, 0))
    ImageDraw.Draw(second).text((5, 5), "SN-4471-XY", fill=(255, 255, 255))
    buf = io.BytesIO()
    picture().save(buf, "MPO", save_all=True, append_images=[second], exif=exif_with_gps())
    return buf.getvalue()


def appended(data: bytes) -> bytes:
    """aCropalypse-style: a valid image followed by the tail of another one."""
    hidden = io.BytesIO()
    Image.new("RGB", (40, 40), (9, 9, 9)).save(hidden, "PNG")
    return data + hidden.getvalue() + b"Jane Q. Example"


DIRTY = {
    "jpeg": jpeg_dirty, "png": png_dirty, "webp": webp_dirty, "gif": gif_dirty, "mpo": mpo_two_frames,
    "png+tail": lambda: appended(png_dirty()), "jpeg+tail": lambda: appended(jpeg_dirty()),
}


@pytest.mark.parametrize("kind", sorted(DIRTY))
@pytest.mark.parametrize("fmt", ["png", "jpg", "webp"])
def test_export_carries_nothing_but_pixels(kind, fmt):
    data = DIRTY[kind]()
    assert sc.needle_hits(data, NEEDLES) or kind.startswith("gif") or kind == "mpo"  # the fixture is dirty
    loaded = load_bytes(data, name=f"x.{kind}")
    out = encode(loaded.image, fmt)
    assert sc.structure_problems(out) == []
    assert sc.needle_hits(out, NEEDLES) == []
    with Image.open(io.BytesIO(out)) as im:
        assert im.mode == "RGB" and getattr(im, "n_frames", 1) == 1
        assert not im.getexif() and "icc_profile" not in im.info and "comment" not in im.info
        assert "xmp" not in im.info and not getattr(im, "text", None) if im.format == "PNG" else True


def test_metadata_kinds_are_reported_not_kept():
    loaded = load_bytes(jpeg_dirty())
    assert {"gps", "camera", "author", "icc", "comment", "xmp"} <= set(loaded.metadata_found)
    assert loaded.image.info == {}


@pytest.mark.parametrize("orientation", [1, 2, 3, 4, 5, 6, 7, 8])
def test_orientation_is_applied_and_dropped(orientation):
    buf = io.BytesIO()
    base = picture((120, 60))
    base.save(buf, "PNG", exif=exif_with_gps(orientation))  # PNG: lossless, exact comparison
    with Image.open(io.BytesIO(buf.getvalue())) as im:
        expected = np.asarray(ImageOps.exif_transpose(im).convert("RGB"))
    loaded = load_bytes(buf.getvalue())
    got = np.asarray(loaded.image)
    assert got.shape == expected.shape and (got == expected).all()
    out = encode(loaded.image, "png")
    with Image.open(io.BytesIO(out)) as im:
        assert im.getexif().get(0x0112) is None


def test_alpha_zero_secret_is_flattened_away():
    rgba = Image.new("RGBA", (100, 40), (255, 255, 255, 255))
    ImageDraw.Draw(rgba).text((5, 10), "078-05-1120", fill=(0, 0, 0, 255))
    arr = np.asarray(rgba).copy()
    arr[..., 3] = np.where(arr[..., 0] < 255, 0, 255)  # "erase" the text (and its fringe) by alpha only
    buf = io.BytesIO()
    Image.fromarray(arr, "RGBA").save(buf, "PNG")
    out = np.asarray(load_bytes(buf.getvalue()).image)
    assert (out == 255).all()  # composited on white: the RGB under alpha 0 is gone


def test_sixteen_bit_and_palette_transparency_convert_cleanly():
    grey16 = Image.fromarray((np.arange(64 * 32).reshape(32, 64) * 30).astype(np.uint16))
    buf = io.BytesIO()
    grey16.save(buf, "PNG")
    im = load_bytes(buf.getvalue()).image
    assert im.mode == "RGB" and np.asarray(im).max() <= 255
    pal = Image.new("P", (20, 20), 0)
    pal.putpalette([0, 0, 0, 255, 255, 255] + [0] * 762)
    buf = io.BytesIO()
    pal.save(buf, "PNG", transparency=0)
    assert (np.asarray(load_bytes(buf.getvalue()).image) == 255).all()


def _png_bytes(size=(64, 64)) -> bytes:
    buf = io.BytesIO()
    picture(size).save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"hello, this is a note\n", "text"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "SVG"),
    (b"PK\x03\x04" + bytes(100), "not an image"),
])
def test_non_images_are_refused_clearly(data, words):
    with pytest.raises(InputError) as err:
        load_bytes(data)
    assert words.lower() in str(err.value).lower() and "\n" not in str(err.value)


def test_truncated_and_bomb_files_are_refused():
    png = _png_bytes()
    with pytest.raises(InputError):
        load_bytes(png[: len(png) // 2])
    buf = io.BytesIO()
    picture((400, 300)).save(buf, "JPEG")
    with pytest.raises(InputError):
        load_bytes(buf.getvalue()[: buf.tell() // 2])
    import struct
    import zlib

    def chunk(tag, body):
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))
    bomb = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 65535, 65535, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 100)) + chunk(b"IEND", b""))
    with pytest.raises(InputError, match="too large|bomb"):
        load_bytes(bomb)


def test_animation_and_multipage_are_refused():
    frames = [picture(), Image.new("RGB", (160, 90), (0, 0, 0))]
    for fmt in ("GIF", "PNG", "WEBP", "TIFF"):
        buf = io.BytesIO()
        frames[0].save(buf, fmt, save_all=True, append_images=frames[1:])
        with pytest.raises(InputError, match="frames"):
            load_bytes(buf.getvalue())


# --- writing ---------------------------------------------------------------------------------

def test_write_refuses_the_input_itself_and_links_to_it(tmp_path):
    src = tmp_path / "in.png"
    src.write_bytes(_png_bytes())
    before = src.read_bytes()
    link = tmp_path / "link.png"
    link.symlink_to(src)
    hard = tmp_path / "hard.png"
    os.link(src, hard)
    for target in (src, link, hard, tmp_path / "." / "in.png"):
        with pytest.raises(ExportError):
            write_atomic(b"new", target, protect=src)
    assert src.read_bytes() == before and link.is_symlink()


def test_write_over_a_larger_file_truncates_it(tmp_path):
    out = tmp_path / "out.png"
    out.write_bytes(os.urandom(500_000))
    data = encode(picture(), "png")
    result = write_atomic(data, out)
    assert out.stat().st_size == len(data) == result.n_bytes
    assert sc.structure_problems(out.read_bytes()) == []


def test_disk_full_leaves_no_partial_file(tmp_path, monkeypatch):
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="disk full"):
        write_atomic(b"x" * 1000, tmp_path / "out.png")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert list(tmp_path.iterdir()) == []


def test_missing_output_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write_atomic(b"x", tmp_path / "gone" / "out.png")
    assert list(tmp_path.iterdir()) == []


def test_cli_strip_end_to_end(tmp_path, capsys):
    from redactor.cli import main

    src = tmp_path / "-dash name ü.jpg"
    src.write_bytes(jpeg_dirty())
    before = src.read_bytes()
    out = tmp_path / "clean.png"
    assert main(["strip", "-o", str(out), "--", str(src)]) == 0
    data = out.read_bytes()
    assert sc.structure_problems(data) == [] and sc.needle_hits(data, NEEDLES) == []
    assert src.read_bytes() == before
    bad = tmp_path / "zero.png"
    bad.write_bytes(b"")
    assert main(["strip", "-o", str(tmp_path / "z.png"), "--", str(bad)]) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("redactor: ") and not (tmp_path / "z.png").exists()


# --- the shared corpus, when present -----------------------------------------------------------

def _corpus(folder: str) -> list[Path]:
    root = SHARED / folder
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() not in (".md", ".txt"))


@pytest.mark.skipif(not (SHARED / "metadata").is_dir(), reason="../shared/corpus not present")
@pytest.mark.parametrize("path", _corpus("metadata"), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_shared_metadata_corpus_exports_clean(path):
    try:
        loaded = load_path(path)
    except InputError as exc:
        assert "\n" not in str(exc)  # a clean refusal (JXL, SVG, XCF, multi-frame)
        return
    out = encode(loaded.image, "png")
    assert sc.structure_problems(out) == []
    assert sc.needle_hits(out, sc.FIXED_NEEDLES) == []
    with Image.open(path) as im:
        try:
            upright = ImageOps.exif_transpose(im).size
        except Exception:
            upright = loaded.image.size
    assert loaded.image.size == upright


@pytest.mark.skipif(not (SHARED / "badinput").is_dir(), reason="../shared/corpus not present")
@pytest.mark.parametrize("path", _corpus("badinput"), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_shared_badinput_loads_or_refuses_cleanly(path):
    try:
        loaded = load_path(path)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    out = encode(loaded.image, "png")
    assert sc.structure_problems(out) == []
