"""A photo stays a photo: camera files export as a fresh JPEG, screenshots as PNG, unless the user chooses."""
from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageCms

from conftest import jpeg_segments, leftovers, png_end, render_lines, run_cli
from redactor.batch import collect_inputs, plan_outputs
from redactor.export import default_export_format, encode
from redactor.load import load_bytes, load_path, sniff_lossy

NIK = "3273015507879901"
LINES = ["SURAT KETERANGAN", f"NIK: {NIK}", "Nama: Siti Rahmawati", "Alamat: Jl. Melati No. 12 Bandung"]


def camera_photo(width: int = 1600, height: int = 1200, seed: int = 1, text: bool = True) -> Image.Image:
    """A page photographed under uneven light: a brightness gradient and sensor noise, text in the middle."""
    rng = np.random.default_rng(seed)
    ramp = np.linspace(175, 225, width)[None, :, None] + np.linspace(-15, 15, height)[:, None, None]
    pixels = ramp + rng.normal(0, 5, (height, width, 3))
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    if text:
        page = render_lines(LINES, size=30).image
        image.paste(page, ((width - page.width) // 2, (height - page.height) // 2))
    return image


def jpeg_bytes_with_metadata(image: Image.Image) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Phone 12"
    gps = exif.get_ifd(0x8825)
    gps.update({1: "S", 2: (6.0, 54.0, 51.0), 3: "E", 4: (107.0, 36.0, 35.0)})
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, exif=exif, icc_profile=icc)
    return buffer.getvalue() + b"trailing bytes a phone app left behind"


def encoded(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


# ------------------------------------------------------------------ engine
@pytest.mark.parametrize("fmt, options, expected", [
    ("JPEG", {"quality": 90}, "jpg"),
    ("WEBP", {"quality": 80}, "jpg"),            # a lossy WebP is a photo
    ("WEBP", {"lossless": True}, "png"),         # a lossless WebP is a screenshot
    ("PNG", {}, "png"),
    ("BMP", {}, "png"),
    ("TIFF", {}, "png"),
])
def test_default_export_format_keeps_photos_jpeg_and_screenshots_png(fmt, options, expected, tmp_path):
    data = encoded(camera_photo(320, 240, text=False), fmt, **options)
    loaded = load_bytes(data)
    assert default_export_format(loaded) == expected
    path = tmp_path / f"input.{fmt.lower()}"
    path.write_bytes(data)
    assert sniff_lossy(path) is loaded.lossy  # names planned before decoding agree with the decoded file


def test_heic_photo_exports_as_jpeg(tmp_path):
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    path = tmp_path / "IMG_0001.HEIC"
    camera_photo(640, 480, text=False).save(path, "HEIF", quality=80)
    loaded = load_path(path)
    assert sniff_lossy(path) and default_export_format(loaded) == "jpg"
    result = run_cli("strip", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "IMG_0001.clean.jpg"
    data = out.read_bytes()
    assert jpeg_segments(data)[1] == len(data)
    assert Image.open(io.BytesIO(data)).size == (640, 480)


def test_a_very_long_lossy_image_falls_back_to_png():
    loaded = load_bytes(encoded(Image.new("RGB", (20, 300), "white"), "JPEG"))
    assert default_export_format(loaded) == "jpg"
    from redactor.export import export_format_for

    assert export_format_for(True, (100, 70000)) == "png"


def test_photo_jpeg_is_smaller_than_png_and_much_smaller_than_before():
    image = camera_photo()
    as_photo = encode(image, "jpg", photo=True)
    as_png = encode(image, "png")
    assert jpeg_segments(as_photo)[1] == len(as_photo)
    assert len(as_photo) * 4 < len(as_png)


# --------------------------------------------------------------------- CLI
@pytest.mark.usefixtures("tesseract")
def test_redact_camera_photo_writes_clean_jpeg_with_the_number_covered(tmp_path):
    import pytesseract

    original = jpeg_bytes_with_metadata(camera_photo())
    src = tmp_path / "IMG_20240105.jpg"
    src.write_bytes(original)
    assert "gps" in load_path(src).metadata_found
    result = run_cli("redact", "--no-visual", str(src), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "IMG_20240105.redacted.jpg"
    assert f"wrote {out}" in result.stdout and "GPS location" in result.stdout
    assert NIK not in result.stdout
    data = out.read_bytes()
    segments, end = jpeg_segments(data)
    assert end == len(data), "bytes after the end of the image"
    markers = {marker for marker, _ in segments}
    assert not markers & {0xE1, 0xE2, 0xED, 0xFE}, "EXIF, ICC, IPTC or a comment came along"
    assert b"PhoneMaker" not in data and b"Exif" not in data
    assert len(data) < 1.5 * len(original), (len(data), len(original))
    text = pytesseract.image_to_string(Image.open(out), lang="eng")
    assert "KETERANGAN" in text, text  # the page is still readable ...
    assert NIK not in text.replace(" ", "")  # ... and its number is not
    assert leftovers(tmp_path, [src.name, out.name, ".no-user-config"]) == []


@pytest.mark.usefixtures("tesseract")
def test_format_option_still_chooses(tmp_path):
    src = tmp_path / "photo.jpg"
    src.write_bytes(jpeg_bytes_with_metadata(camera_photo(800, 600)))
    result = run_cli("redact", "--no-visual", "--format", "png", str(src), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = (tmp_path / "photo.redacted.png").read_bytes()
    assert png_end(data) == len(data)
    shot = tmp_path / "shot.png"
    render_lines(LINES, size=14).image.save(shot)
    result = run_cli("redact", "--no-visual", "--format", "jpg", "-o", str(tmp_path / "out"), str(shot), str(src),
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["photo.redacted.jpg", "shot.redacted.jpg"]


@pytest.mark.usefixtures("tesseract")
def test_output_name_sets_the_format(tmp_path):
    src = tmp_path / "photo.jpg"
    src.write_bytes(jpeg_bytes_with_metadata(camera_photo(800, 600)))
    result = run_cli("redact", "--no-visual", "-o", str(tmp_path / "safe.png"), str(src), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = (tmp_path / "safe.png").read_bytes()
    assert png_end(data) == len(data)


def test_batch_plan_keeps_each_file_its_kind(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "photo.jpg").write_bytes(jpeg_bytes_with_metadata(camera_photo(200, 150, text=False)))
    (folder / "photo.heic").write_bytes(encoded(camera_photo(200, 150, text=False), "JPEG"))  # misnamed JPEG
    render_lines(LINES).image.save(folder / "screen.png")
    (folder / "chat.webp").write_bytes(encoded(render_lines(LINES).image, "WEBP", lossless=True))
    beside = {src.name: dst.name for src, dst in plan_outputs(collect_inputs([folder]), None)}
    assert beside == {"chat.webp": "chat.redacted.png", "photo.heic": "photo.redacted.jpg",
                      "photo.jpg": "photo.jpg.redacted.jpg", "screen.png": "screen.redacted.png"}
    elsewhere = {src.name: dst.name for src, dst in plan_outputs(collect_inputs([folder]), tmp_path / "out")}
    assert elsewhere["photo.jpg"] != elsewhere["photo.heic"]
    assert elsewhere["screen.png"] == "screen.png"
    chosen = {src.name: dst.name for src, dst in plan_outputs(collect_inputs([folder]), None, "webp")}
    assert set(chosen.values()) == {"chat.redacted.webp", "photo.redacted.webp", "photo.jpg.redacted.webp",
                                    "screen.redacted.webp"}
