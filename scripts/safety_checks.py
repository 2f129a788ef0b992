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
import subprocess
from pathlib import Path

# --- structure and trailing data: the walkers shared with the tests and benchmarks ------------------

from redactor.testing import (  # noqa: E402,F401 - part of this module's interface
    JPEG_ALLOWED,
    PNG_ALLOWED,
    PNG_SIG,
    WEBP_ALLOWED,
    sniff,
    structure_problems,
    trailing_data_problems,
)


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
