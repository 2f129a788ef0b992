"""Load stage: bad and unusual inputs (safety reference section 5), as files the tests make.

For every refused input: a one-line `InputError`, no output or temp file left
behind, and the input byte-for-byte untouched. For every accepted odd format:
upright flat RGB with nothing hidden (no pixels under transparency).
"""
from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import leftovers, sha256
from redactor.errors import InputError
from redactor.load import load_bytes, load_path
from redactor.pipeline import redact_file, strip_file


# ------------------------------------------------------------------ builders
def png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def bomb_png(width: int, height: int) -> bytes:
    """A PNG whose IHDR claims width x height 8-bit grey, with a tiny IDAT (hand-built)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024, 9)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def noisy(width=120, height=80, seed=0) -> Image.Image:
    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 256, (height, width, 3), dtype=np.uint8))


def encoded(image: Image.Image, fmt: str, **kwargs) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **kwargs)
    return buffer.getvalue()


def frames(n=3, size=(40, 30)):
    return [Image.new("RGB", size, c) for c in [(255, 0, 0), (0, 255, 0), (0, 0, 255), (9, 9, 9)][:n]]


def animated(fmt: str) -> bytes:
    first, *rest = frames()
    if fmt == "GIF":
        return encoded(first, "GIF", save_all=True, append_images=rest, duration=100, loop=0)
    if fmt == "APNG":
        return encoded(first, "PNG", save_all=True, append_images=rest, duration=100, loop=0)
    return encoded(first, "WEBP", save_all=True, append_images=rest, duration=100, loop=0, lossless=True)


def corrupt_idat() -> bytes:
    """A PNG whose compressed pixel stream is damaged mid-way (CRC fixed, so only the decoder notices)."""
    data = bytearray(encoded(noisy(), "PNG"))
    at = data.find(b"IDAT")
    n = struct.unpack(">I", data[at - 4:at])[0]
    data[at + 4 + n // 2:at + 4 + n // 2 + 40] = b"\xff" * 40
    data[at + 4 + n:at + 8 + n] = struct.pack(">I", zlib.crc32(bytes(data[at:at + 4 + n])))
    return bytes(data)


BAD_INPUTS = {
    "corrupt_stream.png": (corrupt_idat, ""),
    "zero_bytes.png": (lambda: b"", "empty"),
    "text_named.png": (lambda: "NIK 3273015507879901\nthis is a note, not a picture\n".encode(), "not an image"),
    "truncated.png": (lambda: encoded(noisy(), "PNG")[:2000], "truncated"),
    "truncated.jpg": (lambda: encoded(noisy(), "JPEG", quality=90)[:1500], "truncated"),
    "bomb_header_65535x65535.png": (lambda: bomb_png(65535, 65535), "too large"),
    "bomb_header_6000x6000.png": (lambda: bomb_png(6000, 6000), "bomb"),
    "garbage_with_png_magic.png": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, ""),
    "random_binary.png": (lambda: bytes(np.random.default_rng(5).integers(0, 256, 4000, dtype=np.uint8)), ""),
    "drawing.svg.png": (lambda: b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', "SVG"),
    "animated.gif": (lambda: animated("GIF"), "animated"),
    "animated_apng.png": (lambda: animated("APNG"), "animated"),
    "animated.webp": (lambda: animated("WEBP"), "animated"),
    "multipage.tiff": (lambda: encoded(frames()[0], "TIFF", save_all=True, append_images=frames()[1:]), "multi-page"),
}


@pytest.fixture(params=sorted(BAD_INPUTS))
def bad_input(request, tmp_path):
    make, expected = BAD_INPUTS[request.param]
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / request.param
    path.write_bytes(make())
    return path, expected


def assert_one_line(message: str):
    assert message.strip(), "empty message"
    assert "\n" not in message and len(message) < 220, f"not one short line: {message!r}"
    assert "Traceback" not in message


def test_bad_input_is_refused_with_one_line(bad_input):
    path, expected = bad_input
    with pytest.raises(InputError) as info:
        load_path(path)
    assert_one_line(str(info.value))
    assert expected.lower() in str(info.value).lower()


def test_bad_input_leaves_no_output_and_is_untouched(bad_input, tmp_path):
    path, _ = bad_input
    before, mtime = sha256(path), path.stat().st_mtime_ns
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(InputError):
        strip_file(path, out_dir / "clean.png")
    with pytest.raises(InputError):
        redact_file(path)  # default output beside the input
    with pytest.raises(InputError):
        redact_file(path, out_dir / "redacted.png")
    assert leftovers(out_dir, []) == []
    assert leftovers(path.parent, [path.name]) == []
    assert sha256(path) == before and path.stat().st_mtime_ns == mtime


def test_load_bytes_refuses_the_same_way():
    with pytest.raises(InputError, match="empty"):
        load_bytes(b"")
    with pytest.raises(InputError, match="animated"):
        load_bytes(animated("GIF"))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_path(tmp_path / "nope.png")
    with pytest.raises(InputError, match="folder"):
        load_path(tmp_path)


def test_jpeg_named_png_is_decoded_by_content(tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(encoded(Image.new("RGB", (30, 20), (10, 200, 30)), "JPEG"))
    loaded = load_path(path)
    assert loaded.source_format == "JPEG"
    out = strip_file(path, tmp_path / "out.png").output.path
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# ------------------------------------------------------------- colour modes
def test_cmyk_jpeg_becomes_correct_rgb(tmp_path):
    image = Image.new("CMYK", (40, 20), (0, 255, 255, 0))        # pure red in CMYK
    image.paste((0, 0, 0, 255), (20, 0, 40, 20))                  # right half: key black
    path = tmp_path / "cmyk.jpg"
    image.save(path, "JPEG", quality=95)
    loaded = load_path(path).image
    assert loaded.mode == "RGB"
    left, right = np.asarray(loaded)[10, 5].astype(int), np.asarray(loaded)[10, 35].astype(int)
    assert left[0] > 200 and left[1] < 50 and left[2] < 50, left
    assert right.max() < 50, right


def test_16_bit_grey_png_is_scaled_without_overflow(tmp_path):
    values = np.array([[0, 257 * 64, 32896, 65535]], dtype=np.uint16).repeat(4, axis=0)
    path = tmp_path / "gray16.png"
    Image.fromarray(values).save(path)
    assert Image.open(path).mode.startswith("I")
    rgb = np.asarray(load_path(path).image)
    assert rgb.shape == (4, 4, 3)
    assert list(rgb[0, :, 0]) == [0, 64, 128, 255]
    assert (rgb[..., 0] == rgb[..., 1]).all() and (rgb[..., 1] == rgb[..., 2]).all()


def test_palette_with_transparency_is_flattened_not_revealed(tmp_path):
    hidden = (12, 34, 56)
    image = Image.new("P", (20, 10), 0)
    image.putpalette([*hidden, 0, 0, 0] + [0] * (254 * 3))
    image.paste(1, (10, 0, 20, 10))
    path = tmp_path / "palette_trns.png"
    image.save(path, transparency=0)
    rgb = np.asarray(load_path(path).image)
    assert tuple(rgb[5, 2]) == (255, 255, 255)
    assert tuple(rgb[5, 15]) == (0, 0, 0)
    assert not (rgb == hidden).all(axis=-1).any()


@pytest.mark.parametrize("mode", ["RGBA", "LA"])
def test_hidden_colour_under_alpha_zero_never_reaches_the_output(mode, tmp_path):
    hidden = (12, 34, 56) if mode == "RGBA" else (77,)
    array = np.zeros((20, 40, len(hidden) + 1), np.uint8)
    array[:, :20, :-1] = hidden          # left half: a colour under full transparency
    array[:, :20, -1] = 0
    array[:, 20:, :-1] = 200             # right half: opaque grey
    array[:, 20:, -1] = 255
    path = tmp_path / f"alpha_{mode}.png"
    Image.fromarray(array, mode).save(path)
    out = strip_file(path, tmp_path / "clean.png").output.path
    result = Image.open(out)
    assert result.mode == "RGB"
    rgb = np.asarray(result)
    hidden_rgb = hidden * 3 if len(hidden) == 1 else hidden
    assert not (rgb == hidden_rgb).all(axis=-1).any(), "hidden colour survived"
    assert (rgb[:, :20] == 255).all()
    assert (rgb[:, 20:] == 200).all()


def test_one_bit_and_grey_images_load_as_rgb(tmp_path):
    for mode, value in [("1", 1), ("L", 90), ("P", 3)]:
        path = tmp_path / f"m_{mode}.png"
        Image.new(mode, (8, 8), value).save(path)
        loaded = load_path(path).image
        assert loaded.mode == "RGB" and loaded.size == (8, 8)


# ------------------------------------------------------------- orientation
def upright_picture() -> Image.Image:
    """60 wide, 40 high; red block in the top-left corner, blue in the bottom-right."""
    image = Image.new("RGB", (60, 40), (255, 255, 255))
    image.paste((255, 0, 0), (0, 0, 20, 12))
    image.paste((0, 0, 255), (45, 30, 60, 40))
    return image


# Orientation tag -> how the camera stored the upright picture (the inverse of what a viewer applies).
STORED = {6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270, 3: Image.Transpose.ROTATE_180}


def write_oriented(path: Path, orientation: int, fmt: str) -> None:
    stored = upright_picture().transpose(STORED[orientation])
    exif = Image.Exif()
    exif[0x0112] = orientation
    stored.save(path, fmt, exif=exif.tobytes(), **({"quality": 95} if fmt == "JPEG" else {}))


def assert_upright(image: Image.Image):
    assert image.size == (60, 40)
    px = np.asarray(image).astype(int)
    assert px[3, 3][0] > 200 and px[3, 3][2] < 60, px[3, 3]          # red top-left
    assert px[36, 57][2] > 200 and px[36, 57][0] < 60, px[36, 57]    # blue bottom-right
    assert px[36, 3].min() > 200 and px[3, 57].min() > 200           # white elsewhere


@pytest.mark.parametrize("orientation", [6, 8, 3])
@pytest.mark.parametrize("fmt, ext", [("JPEG", "jpg"), ("PNG", "png")])
def test_exif_orientation_is_applied_and_output_is_upright(orientation, fmt, ext, tmp_path):
    path = tmp_path / f"orientation{orientation}.{ext}"
    write_oriented(path, orientation, fmt)
    assert Image.open(path).size != (60, 40) or orientation == 3
    assert_upright(load_path(path).image)
    out = strip_file(path, tmp_path / "clean.png").output.path
    result = Image.open(out)
    assert_upright(result)
    assert not result.getexif().get(0x0112)
    assert b"Exif" not in out.read_bytes()


def test_malformed_exif_does_not_stop_loading(tmp_path):
    path = tmp_path / "bad_exif.jpg"
    Image.new("RGB", (20, 10), (0, 128, 0)).save(path, "JPEG", exif=b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff")
    loaded = load_path(path)
    assert loaded.image.size == (20, 10)


def test_loaded_image_carries_no_info_dict(tmp_path):
    path = tmp_path / "with_meta.png"
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Budi Santoso")
    Image.new("RGB", (10, 10)).save(path, pnginfo=info, icc_profile=b"\x00" * 128)
    loaded = load_path(path)
    assert loaded.image.info == {}
    assert "text_chunks" in loaded.metadata_found


def test_heic_from_a_phone_loads_as_rgb(tmp_path):
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    path = tmp_path / "IMG_0001.HEIC"
    Image.new("RGB", (64, 32), (200, 0, 0)).save(path, "HEIF")
    loaded = load_path(path)
    assert loaded.image.mode == "RGB" and loaded.image.size == (64, 32)
    r, g, b = loaded.image.getpixel((32, 16))
    assert r > 150 and g < 60 and b < 60


def test_mpo_primary_image_only(tmp_path):
    """Stereo/MPF files: the primary picture is processed and the second image never reaches the output."""
    path = tmp_path / "stereo.mpo"
    Image.new("RGB", (64, 32), (200, 0, 0)).save(path, "MPO", save_all=True,
                                                   append_images=[Image.new("RGB", (64, 32), (0, 0, 200))])
    assert Image.open(path).n_frames == 2
    result = strip_file(path, tmp_path / "clean.png")
    out = Image.open(result.output.path)
    assert getattr(out, "n_frames", 1) == 1
    r, g, b = out.convert("RGB").getpixel((32, 16))
    assert r > 150 and b < 60
    data = result.output.path.read_bytes()
    assert data.count(b"IEND") == 1 and data.endswith(b"IEND\xaeB`\x82")
    assert "extra_images" in result.analysis.metadata_removed


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_is_refused_without_hanging(tmp_path):
    """A FIFO named like a picture must be refused at once, not read forever (safety: no hangs)."""
    import subprocess

    from conftest import run_cli

    os.mkfifo(tmp_path / "pipe.png")
    try:
        result = run_cli("strip", "pipe.png", cwd=tmp_path, timeout=10)
    except subprocess.TimeoutExpired:
        pytest.fail("redactor hung reading a named pipe")
    assert result.returncode == 4  # refused: not a regular file
    assert result.stderr.count("\n") == 1 and "pipe.png" in result.stderr


def test_character_device_is_refused(tmp_path):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    import subprocess
    import sys

    code = ("import resource; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
            "from redactor.load import load_path\nfrom redactor.errors import InputError\n"
            "try:\n    load_path('/dev/zero')\nexcept InputError as e:\n    print('refused:', e)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.startswith("refused:"), result.stdout + result.stderr[-300:]


def test_16_bit_grey_png_with_a_transparency_key_keeps_those_pixels_hidden(tmp_path):
    values = np.full((8, 16), 1000, np.uint16)
    values[:, :8] = 50000                      # the keyed level: transparent in every viewer
    path = tmp_path / "grey16_trns.png"
    Image.fromarray(values).save(path, transparency=50000)
    out = np.asarray(load_path(path).image)
    assert (out[:, :8] == 255).all(), "pixels under the transparency key were shown"
    assert (out[:, 8:] == 4).all()
