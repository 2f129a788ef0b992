"""Metadata: whatever the input carries, the output carries none of it and ends at its end marker.

The fixtures are built byte by byte so that they really hold each kind of
metadata (checked first): EXIF with a GPS IFD and an IFD1 thumbnail, XMP, ICC,
IPTC, a JPEG comment, PNG tEXt/iTXt/zTXt/eXIf/iCCP chunks, and data after the
end marker (aCropalypse-style leftovers).
"""
from __future__ import annotations

import io
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms, ImageDraw

from conftest import SHARED_TOOLS, font, jpeg_segments, png_chunks, png_end, run_cli, sha256
from redactor.load import load_path
from redactor.pipeline import redact_file, strip_file

NEEDLES = [b"078-05-1120", b"Jane Q. Example", b"Example Camera", b"-6.914744"]
MARKERS = [b"Exif", b"http://ns.adobe.com/xap", b"tEXt", b"iTXt", b"zTXt", b"iCCP", b"eXIf", b"ICC_PROFILE",
           b"Photoshop 3.0", b"8BIM", b"xpacket"]
XMP = ('<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
       '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
       'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
       '<dc:creator>Jane Q. Example</dc:creator><dc:description>SSN 078-05-1120 GPS -6.914744</dc:description>'
       '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>').encode()


# ------------------------------------------------------------------ builders
def picture() -> Image.Image:
    image = Image.new("RGB", (320, 60), "white")
    ImageDraw.Draw(image).text((10, 20), "Rapat koordinasi hari Senin", fill="black", font=font(16))
    return image


def jpeg_bytes(image: Image.Image, **kwargs) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, **kwargs)
    return buffer.getvalue()


def thumbnail_jpeg() -> bytes:
    return jpeg_bytes(Image.new("RGB", (16, 8), (200, 10, 10)))


def exif_tiff(thumbnail: bytes) -> bytes:
    """Little-endian TIFF: IFD0 (description, make, GPS pointer) -> GPS IFD; IFD1 with a JPEG thumbnail."""
    desc, make = b"SSN 078-05-1120\x00", b"Jane Q. Example Camera\x00"
    ifd0 = 8
    desc_at = ifd0 + 2 + 3 * 12 + 4
    make_at = desc_at + len(desc)
    gps_at = make_at + len(make) + (make_at + len(make)) % 2
    rationals_at = gps_at + 2 + 4 * 12 + 4
    ifd1 = rationals_at + 48
    thumb_at = ifd1 + 2 + 2 * 12 + 4

    def entry(tag, kind, count, value):
        return struct.pack("<HHI", tag, kind, count) + (value if isinstance(value, bytes) else struct.pack("<I", value))

    out = b"II*\x00" + struct.pack("<I", ifd0)
    out += struct.pack("<H", 3) + entry(0x010E, 2, len(desc), desc_at) + entry(0x010F, 2, len(make), make_at)
    out += entry(0x8825, 4, 1, gps_at) + struct.pack("<I", ifd1)
    out += desc + make + b"\x00" * ((make_at + len(make)) % 2)
    out += struct.pack("<H", 4) + entry(1, 2, 2, b"S\x00\x00\x00") + entry(2, 5, 3, rationals_at)
    out += entry(3, 2, 2, b"E\x00\x00\x00") + entry(4, 5, 3, rationals_at + 24) + struct.pack("<I", 0)
    out += struct.pack("<6I", 6, 1, 54, 1, 5328, 100) + struct.pack("<6I", 107, 1, 36, 1, 3507, 100)
    out += struct.pack("<H", 2) + entry(0x0201, 4, 1, thumb_at) + entry(0x0202, 4, 1, len(thumbnail))
    out += struct.pack("<I", 0) + thumbnail
    return out


def icc_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def dirty_jpeg() -> bytes:
    plain = jpeg_bytes(picture())
    iptc = b"\x1c\x02\x50" + struct.pack(">H", 15) + b"Jane Q. Example"
    photoshop = b"Photoshop 3.0\x00" + b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iptc)) + iptc + b"\x00"
    extra = (segment(0xE1, b"Exif\x00\x00" + exif_tiff(thumbnail_jpeg()))
             + segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + XMP)
             + segment(0xE2, b"ICC_PROFILE\x00\x01\x01" + icc_profile())
             + segment(0xED, photoshop)
             + segment(0xFE, b"Jane Q. Example comment"))
    hidden = jpeg_bytes(Image.new("RGB", (40, 20), (0, 0, 255)))  # a second image after EOI
    return plain[:2] + extra + plain[2:] + hidden


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def dirty_png() -> bytes:
    buffer = io.BytesIO()
    picture().save(buffer, "PNG")
    plain = buffer.getvalue()
    head = 8 + 25  # signature + IHDR
    chunks = (png_chunk(b"iCCP", b"ICC Profile\x00\x00" + zlib.compress(icc_profile()))
              + png_chunk(b"tEXt", b"Author\x00Jane Q. Example")
              + png_chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"SSN 078-05-1120"))
              + png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + XMP)
              + png_chunk(b"eXIf", exif_tiff(thumbnail_jpeg()))
              + png_chunk(b"tIME", struct.pack(">HBBBBB", 2026, 11, 27, 9, 0, 0)))
    leftover = b"IDAT" + b"old screenshot tail SSN 078-05-1120" * 4  # aCropalypse-style trailing data
    return plain[:head] + chunks + plain[head:] + leftover


def dirty_webp() -> bytes:
    buffer = io.BytesIO()
    picture().save(buffer, "WEBP", exif=b"Exif\x00\x00" + exif_tiff(thumbnail_jpeg()), xmp=XMP,
                   icc_profile=icc_profile(), quality=90)
    return buffer.getvalue()


BUILDERS = {"jpg": dirty_jpeg, "png": dirty_png, "webp": dirty_webp}


@pytest.fixture(params=sorted(BUILDERS))
def dirty(request, tmp_path) -> Path:
    path = tmp_path / f"dirty photo.{request.param}"
    path.write_bytes(BUILDERS[request.param]())
    return path


# ------------------------------------------------------------------- checks
def webp_chunks(data: bytes) -> list[bytes]:
    assert data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    kinds, i = [], 12
    while i < len(data):
        kind, size = data[i:i + 4], struct.unpack("<I", data[i + 4:i + 8])[0]
        kinds.append(kind)
        i += 8 + size + (size & 1)
    return kinds


def assert_clean(path: Path) -> None:
    data = Path(path).read_bytes()
    for needle in NEEDLES + MARKERS:
        assert needle not in data, f"{needle!r} found in {path.name}"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        kinds = {kind for kind, _ in png_chunks(data)}
        assert kinds <= {b"IHDR", b"PLTE", b"IDAT", b"IEND"}, kinds
        assert png_end(data) == len(data), "bytes after IEND"
    elif data[:2] == b"\xff\xd8":
        segments, end = jpeg_segments(data)
        markers = {m for m, _ in segments}
        assert 0xFE not in markers, "COM comment"
        assert not markers & {0xE1, 0xE2, 0xED, 0xEE}, [hex(m) for m in markers]
        for marker, payload in segments:
            if marker == 0xE0:
                assert payload.startswith(b"JFIF\x00") and len(payload) <= 14, "APP0 with a thumbnail"
        assert b"\xff\xfe" not in data[:data.find(b"\xff\xda")]
        assert end == len(data), "bytes after EOI"
    else:
        kinds = webp_chunks(data)
        assert set(kinds) <= {b"VP8 ", b"VP8L", b"VP8X", b"ALPH"}, kinds
        assert int.from_bytes(data[4:8], "little") + 8 == len(data)
    image = Image.open(path)
    assert getattr(image, "n_frames", 1) == 1
    assert not image.getexif()
    assert not {"exif", "icc_profile", "xmp", "XML:com.adobe.xmp", "comment", "photoshop"} & set(image.info)
    trailing_check = SHARED_TOOLS / "trailing_data_check.py"
    if trailing_check.is_file():
        result = subprocess.run([sys.executable, str(trailing_check), "--strict", str(path)], capture_output=True)
        assert result.returncode == 0, result.stdout + result.stderr


# ------------------------------------------------------------------- tests
def test_fixtures_really_carry_the_metadata(dirty):
    data = dirty.read_bytes()
    for needle in NEEDLES:
        assert needle in data
    found = set(load_path(dirty).metadata_found)
    assert {"gps", "exif", "xmp", "icc"} <= found, found
    if dirty.suffix != ".webp":
        assert "thumbnail" in found
    if dirty.suffix == ".jpg":
        assert {"comment", "iptc"} <= found
    if dirty.suffix == ".png":
        assert "text_chunks" in found


@pytest.mark.parametrize("fmt", ["png", "jpg", "webp"])
def test_strip_api_output_carries_nothing(dirty, fmt, tmp_path):
    before = sha256(dirty)
    result = strip_file(dirty, tmp_path / f"clean.{fmt}", fmt=fmt)
    assert_clean(result.output.path)
    assert result.output.n_bytes == result.output.path.stat().st_size
    assert sha256(dirty) == before


def test_strip_cli_names_what_it_removed(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(dirty_jpeg())
    result = run_cli("strip", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "photo.clean.jpg"  # a photo stays a photo
    assert_clean(out)
    for words in ["GPS location", "embedded thumbnail", "XMP", "colour profile", "comment"]:
        assert words in result.stdout, result.stdout
    for needle in NEEDLES:
        assert needle.decode() not in result.stdout + result.stderr


def test_redact_pipeline_output_carries_nothing(dirty, tesseract, tmp_path):
    from redactor.config import Config

    result = redact_file(dirty, tmp_path / "out.png", config=Config(visual=False))
    assert_clean(result.output.path)
    assert "gps" in result.analysis.metadata_removed


@pytest.mark.parametrize("fmt", ["jpg", "webp"])
def test_redact_cli_output_carries_nothing(fmt, tesseract, tmp_path):
    path = tmp_path / "photo.png"
    path.write_bytes(dirty_png())
    result = run_cli("redact", str(path), "--format", fmt, "--no-visual", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / f"photo.redacted.{fmt}"
    assert_clean(out)
    assert "GPS location" in result.stdout


def test_batch_outputs_and_reports_carry_nothing(tesseract, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for ext, build in BUILDERS.items():
        (src / f"photo_{ext}.{ext}").write_bytes(build())
    out = tmp_path / "out"
    result = run_cli("batch", str(src), "-o", str(out), "--jobs", "2", "--no-visual", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    outputs = sorted(p.name for p in out.glob("photo_*"))
    # the photos stay photos (a fresh JPEG), the PNG stays a PNG: all equally clean
    assert outputs == ["photo_jpg.jpg", "photo_png.png", "photo_webp.jpg"]
    for path in (out / name for name in outputs):
        assert_clean(path)
    reports = (out / "report.json").read_bytes() + (out / "report.csv").read_bytes()
    for needle in NEEDLES:
        assert needle not in reports
    assert b"gps" in (out / "report.json").read_bytes()


# ------------------------------------------------------- malformed metadata
def _insert_after_soi(jpeg: bytes, *segments: bytes) -> bytes:
    return jpeg[:2] + b"".join(segments) + jpeg[2:]


def _insert_after_sof(jpeg: bytes, extra: bytes) -> bytes:
    at = jpeg.find(b"\xff\xc0")
    length = struct.unpack(">H", jpeg[at + 2:at + 4])[0]
    return jpeg[:at + 2 + length] + extra + jpeg[at + 2 + length:]


def _bad_gps_pointer() -> bytes:
    tiff = bytearray(exif_tiff(thumbnail_jpeg()))
    # point the GPS IFD far beyond the end of the blob
    at = tiff.find(struct.pack("<HHI", 0x8825, 4, 1))
    tiff[at + 8:at + 12] = struct.pack("<I", 0x7FFFFF00)
    return bytes(tiff)


MALFORMED = {
    "gps_pointer_out_of_range": lambda: _insert_after_soi(jpeg_bytes(picture()),
                                                          segment(0xE1, b"Exif\x00\x00" + _bad_gps_pointer())),
    "two_exif_segments": lambda: _insert_after_soi(jpeg_bytes(picture()),
                                                   segment(0xE1, b"Exif\x00\x00" + exif_tiff(thumbnail_jpeg())),
                                                   segment(0xE1, b"Exif\x00\x00" + exif_tiff(b"\xff\xd8\xff\xd9"))),
    "truncated_exif": lambda: _insert_after_soi(jpeg_bytes(picture()),
                                                segment(0xE1, b"Exif\x00\x00" + exif_tiff(thumbnail_jpeg())[:40])),
    "icc_after_sof": lambda: _insert_after_sof(jpeg_bytes(picture()),
                                               segment(0xE2, b"ICC_PROFILE\x00\x01\x01" + icc_profile())),
    "garbage_icc_and_control_chars_comment": lambda: _insert_after_soi(
        jpeg_bytes(picture()), segment(0xE2, b"ICC_PROFILE\x00\x01\x01" + b"\x00" * 64),
        segment(0xFE, b"\x1bGQ Jane Q. Example \x07")),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_metadata_never_crashes_and_never_survives(name, tmp_path):
    path = tmp_path / f"{name}.jpg"
    path.write_bytes(MALFORMED[name]())
    from redactor.errors import InputError

    try:
        result = strip_file(path, tmp_path / "clean.png")
    except InputError as exc:  # refusing is acceptable; crashing is not
        assert "\n" not in str(exc)
        assert not (tmp_path / "clean.png").exists()
        return
    assert_clean(result.output.path)
    assert Image.open(result.output.path).size == picture().size
