"""Checks shared by the safety scripts and tests: what an exported file may contain.

Stdlib + Pillow + numpy only.  Every function takes bytes or a path and returns
a list of problems (empty = clean), so callers can print them as they are.

* `structure_problems(data)`: walks PNG chunks (CRC checked), JPEG marker
  segments (entropy-coded data skipped) or WebP RIFF chunks to the end marker;
  flags trailing data and any ancillary block that could carry metadata or a
  second image (PNG text/eXIf/iCCP/acTL, JPEG APPn other than JFIF, COM, MPF,
  WebP VP8X/EXIF/XMP/ICCP/ANIM/ALPH).
* `exiftool_problems(path)`: `exiftool -a -G1 -u -j` may list only structural
  tags (allow-list below).
* `needles_for(path)`: strings worth looking for in the output's raw bytes:
  GPS values, serial numbers, owner/artist/author names, comments... read from
  the input with exiftool, plus the fixed secrets of the shared corpus.
"""
from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

# --- structure and trailing data -------------------------------------------------------------

PNG_SIG = b"\x89PNG\r\n\x1a\n"
PNG_ALLOWED = {b"IHDR", b"IDAT", b"IEND"}
JPEG_ALLOWED = {0xC0, 0xC1, 0xC2, 0xC4, 0xDB, 0xDD, 0xDA, 0xE0}  # SOF0-2, DHT, DQT, DRI, SOS, APP0
WEBP_ALLOWED = {b"VP8 ", b"VP8L"}


def sniff(data: bytes) -> str:
    if data.startswith(PNG_SIG):
        return "PNG"
    if data.startswith(b"\xff\xd8"):
        return "JPEG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    return "unknown"


def structure_problems(data: bytes) -> list[str]:
    kind = sniff(data)
    if kind == "PNG":
        return _png(data)
    if kind == "JPEG":
        return _jpeg(data)
    if kind == "WEBP":
        return _webp(data)
    return [f"output is not PNG, JPEG or WebP ({kind})"]


def _png(data: bytes) -> list[str]:
    problems: list[str] = []
    pos, seen = 8, []
    while True:
        if pos + 8 > len(data):
            return problems + [f"PNG truncated at byte {pos} (no IEND)"]
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 12 + length
        if end > len(data):
            return problems + [f"PNG chunk {ctype!r} runs past the end of the file"]
        body = data[pos + 8:pos + 8 + length]
        crc = struct.unpack(">I", data[pos + 8 + length:end])[0]
        if zlib.crc32(ctype + body) & 0xFFFFFFFF != crc:
            problems.append(f"PNG chunk {ctype.decode('latin1')} has a bad CRC")
        seen.append(ctype)
        if ctype not in PNG_ALLOWED:
            problems.append(f"PNG chunk {ctype.decode('latin1')} present (metadata or extra frame)")
        if ctype == b"IHDR":
            _, _, depth, colour = struct.unpack(">IIBB", body[:10])
            if colour != 2 or depth != 8:
                problems.append(f"PNG is not 8-bit RGB (colour type {colour}, depth {depth})")
        pos = end
        if ctype == b"IEND":
            break
    if pos != len(data):
        problems.append(f"{len(data) - pos} bytes after IEND (trailing data)")
    if seen[:1] != [b"IHDR"]:
        problems.append("PNG does not start with IHDR")
    return problems


def _jpeg(data: bytes) -> list[str]:
    problems: list[str] = []
    pos, n = 2, len(data)
    frames = 0
    while True:
        # skip fill bytes
        if pos >= n:
            return problems + ["JPEG truncated (no EOI)"]
        if data[pos] != 0xFF:
            return problems + [f"JPEG: expected a marker at byte {pos}"]
        while pos < n and data[pos] == 0xFF:
            pos += 1
        if pos >= n:
            return problems + ["JPEG truncated (no EOI)"]
        marker = data[pos]
        pos += 1
        if marker == 0xD9:  # EOI
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            continue
        if pos + 2 > n:
            return problems + ["JPEG truncated in a segment header"]
        length = struct.unpack(">H", data[pos:pos + 2])[0]
        segment = data[pos + 2:pos + length]
        if marker not in JPEG_ALLOWED:
            name = {0xFE: "COM (comment)", 0xE1: "APP1 (EXIF/XMP)", 0xE2: "APP2 (ICC/MPF/FlashPix)",
                    0xED: "APP13 (Photoshop/IPTC)", 0xEE: "APP14 (Adobe)"}.get(marker, f"0xFF{marker:02X}")
            problems.append(f"JPEG segment {name} present")
        if marker == 0xE0 and not segment.startswith(b"JFIF\x00"):
            problems.append("JPEG APP0 that is not JFIF (JFXX thumbnail?)")
        if marker == 0xE0 and segment.startswith(b"JFIF\x00") and len(segment) >= 14 and segment[12:14] != b"\x00\x00":
            problems.append("JFIF header carries a thumbnail")
        if marker in (0xC0, 0xC1, 0xC2):
            frames += 1
        pos += length
        if marker == 0xDA:  # entropy-coded data follows: skip to the next real marker
            while pos < n:
                if data[pos] == 0xFF and pos + 1 < n and data[pos + 1] != 0x00 and not 0xD0 <= data[pos + 1] <= 0xD7 \
                        and data[pos + 1] != 0xFF:
                    break
                pos += 1
    if frames != 1:
        problems.append(f"JPEG has {frames} frames")
    if pos != n:
        problems.append(f"{n - pos} bytes after EOI (trailing data)")
    return problems


def _webp(data: bytes) -> list[str]:
    problems: list[str] = []
    size = struct.unpack("<I", data[4:8])[0]
    if size + 8 != len(data):
        problems.append(f"WebP RIFF size {size + 8} != file size {len(data)} (trailing data or truncation)")
    pos = 12
    while pos + 8 <= min(len(data), size + 8):
        ctype, length = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        if ctype not in WEBP_ALLOWED:
            problems.append(f"WebP chunk {ctype.decode('latin1')!r} present")
        pos += 8 + length + (length & 1)
    return problems


def trailing_data_problems(data: bytes) -> list[str]:
    return [p for p in structure_problems(data) if "trailing" in p or "truncated" in p or "no IEND" in p]


def shared_checker(repo: Path) -> Path | None:
    path = repo.parent / "shared" / "tools" / "trailing_data_check.py"
    return path if path.is_file() else None


def shared_trailing_check(path: Path, repo: Path, python: str) -> int | None:
    """Exit code of ../shared/tools/trailing_data_check.py (0 clean), or None when absent."""
    checker = shared_checker(repo)
    if checker is None:
        return None
    return subprocess.run([python, str(checker), "--", str(path)], capture_output=True).returncode


# --- exiftool --------------------------------------------------------------------------------

EXIF_ALLOWED = {
    "SourceFile", "ExifTool:ExifToolVersion",
    "File:FileType", "File:FileTypeExtension", "File:MIMEType", "File:ImageWidth", "File:ImageHeight",
    "File:EncodingProcess", "File:BitsPerSample", "File:ColorComponents", "File:YCbCrSubSampling",
    "PNG:ImageWidth", "PNG:ImageHeight", "PNG:BitDepth", "PNG:ColorType", "PNG:Compression", "PNG:Filter",
    "PNG:Interlace",
    "JFIF:JFIFVersion", "JFIF:ResolutionUnit", "JFIF:XResolution", "JFIF:YResolution",
    "RIFF:VP8Version", "RIFF:ImageWidth", "RIFF:HorizontalScale", "RIFF:ImageHeight", "RIFF:VerticalScale",
    "Composite:ImageSize", "Composite:Megapixels",
}


def have_exiftool() -> bool:
    return shutil.which("exiftool") is not None


def exiftool_json(path: Path, numeric: bool = False) -> dict:
    cmd = ["exiftool", "-a", "-G1", "-u", "-j"] + (["-n"] if numeric else []) + ["--", str(path)]
    out = subprocess.run(cmd, capture_output=True, timeout=120)
    try:
        return json.loads(out.stdout.decode("utf-8", "replace"))[0]
    except (ValueError, IndexError):
        return {}


def exiftool_problems(path: Path) -> list[str]:
    tags = exiftool_json(path)
    if not tags:
        return ["exiftool could not read the output"]
    extra = [f"{k}={str(v)[:40]}" for k, v in tags.items() if not k.startswith("System:") and k not in EXIF_ALLOWED]
    return [f"exiftool: {', '.join(extra[:6])}" + (f" (+{len(extra) - 6} more)" if len(extra) > 6 else "")] if extra else []


# --- needles ---------------------------------------------------------------------------------

FIXED_NEEDLES = ["Jane Q. Example", "078-05-1120", "555 0100"]
SENSITIVE_TAG = re.compile(
    r"(GPS(Latitude|Longitude|Position|Altitude|DateStamp|TimeStamp|Coordinates)|Serial|Owner|Artist|Author|Creator|"
    r"Copyright|Rights|Comment|Description|Caption|Title|Headline|By-line|Credit|Keywords|City|Location|Country|"
    r"Sublocation|Province|State|CameraModelName|^Model$|Make$|Software|LensModel|UniqueID|DocumentName|"
    r"HostComputer|PersonInImage|Contact|Email|Phone|Address|Name$)", re.I)
BORING = {"unknown", "none", "n/a", "default", "normal", "auto", "(binary data)", "yes", "no", "true", "false"}


def needles_for(path: Path) -> list[str]:
    """Distinctive strings from the input's metadata, to look for in the output's raw bytes."""
    found: list[str] = list(FIXED_NEEDLES)
    for numeric in (False, True):
        for key, value in exiftool_json(path, numeric=numeric).items():
            group, _, tag = key.partition(":")
            if group in ("System", "File", "ExifTool", "Composite") or not tag:
                continue
            if not SENSITIVE_TAG.search(tag):
                continue
            values = value if isinstance(value, list) else [value]
            for v in values:
                text = str(v).strip()
                if "binary data" in text.lower() or text.lower() in BORING:
                    continue
                if isinstance(v, float) or re.fullmatch(r"-?\d+\.\d+", text):
                    text = text[:8]  # decimal degrees: enough digits to be distinctive
                    if len(text.replace("-", "").replace(".", "")) < 6:
                        continue
                if len(text) < 6 or len(set(text)) < 4:
                    continue
                found.append(text[:60])
    return list(dict.fromkeys(found))


def needle_hits(data: bytes, needles: list[str]) -> list[str]:
    hits = []
    for needle in needles:
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            try:
                raw = needle.encode(enc)
            except UnicodeEncodeError:
                continue
            if raw in data:
                hits.append(needle)
                break
    return hits
