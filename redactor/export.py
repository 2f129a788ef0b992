"""Export stage: a fresh encode of pixels only, written atomically beside nothing else.

The output never shares bytes with the input: it is encoded from a new image
built from raw RGB, so no EXIF, XMP, IPTC, ICC, text chunk, comment, thumbnail
or second image can ride along, and it ends exactly at its end marker.
"""
from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
from PIL import Image

from .errors import ExportError, RedactorError
from .findings import Box

FORMATS = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG", "webp": "WEBP"}
_SIDE_LIMITS = {"WEBP": 16383, "JPEG": 65500}
LOSSLESS = {"PNG"}
# A lossy encoder moves a covered area's pixels by a few levels on average (ringing at its edges; at most
# 6.4 over 6,000 random boxes of 3-120 px on real screenshots and photos, every style and lossy format).
# Only fine coloured patterns that chroma subsampling cannot keep move them more, and then the area is
# still nearer the cover than the content it hides; content coming back is nearer the original.
LOSSY_COVER_TOLERANCE = 12.0


@dataclass(frozen=True)
class ExportResult:
    path: Path
    n_bytes: int
    format: str


def encode(image: Image.Image, fmt: str = "png", *, photo: bool = False) -> bytes:
    """Encode `image` as `fmt` from its pixels alone.

    `photo`: the pixels came from a lossy camera file.  Its JPEG then uses the camera's own settings
    (quality 90, colour at half resolution): full-resolution colour costs a fifth more bytes and only
    keeps coloured small text sharp, which screenshots have and photos do not.
    """
    pil_format = FORMATS.get(fmt.lower())
    if pil_format is None:
        raise ExportError(f"unknown output format {fmt!r} (use png, jpg or webp)")
    limit = _SIDE_LIMITS.get(pil_format)
    if limit and max(image.size) > limit:
        raise ExportError(f"image is {image.width}x{image.height}; {fmt.upper()} allows at most {limit} px a side "
                          "(long scrolling screenshots): use --format png")
    # A new image from the raw pixels: nothing of the input's info, chunks or profile can come along.
    clean = Image.frombytes("RGB", image.size, (image if image.mode == "RGB" else image.convert("RGB")).tobytes())
    buffer = io.BytesIO()
    if pil_format == "PNG":
        # zlib level 6 costs seconds on a 12 MP photo for a few percent of size; photos get level 1.  A
        # screenshot gets level 3: on the 1920x1080 benchmark screenshots 41 ms against 56 ms for files
        # 6 % larger (261 against 247 kB); below it the time hardly falls (level 1: 39 ms, 270 kB).
        clean.save(buffer, "PNG", compress_level=3 if clean.width * clean.height <= 4_000_000 else 1)
    elif pil_format == "JPEG":
        if photo:
            clean.save(buffer, "JPEG", quality=90, subsampling=2, optimize=False)
        else:
            clean.save(buffer, "JPEG", quality=92, subsampling=0, optimize=False)
    else:
        clean.save(buffer, "WEBP", quality=92, method=4)
    data = buffer.getvalue()
    _check_ends_at_marker(data, pil_format)
    return data


def _check_ends_at_marker(data: bytes, pil_format: str) -> None:
    ok = {
        "PNG": data.endswith(b"IEND\xaeB`\x82"),
        "JPEG": data.endswith(b"\xff\xd9"),
        "WEBP": data[:4] == b"RIFF" and int.from_bytes(data[4:8], "little") + 8 == len(data),
    }[pil_format]
    if not ok:
        raise ExportError("encoder produced a file that does not end at its end marker")


def default_export_format(loaded) -> str:
    """The format of a safe copy unless the user chooses one: a photo stays a photo, a screenshot a PNG.

    `loaded`: the `LoadedImage` being exported.  A camera photo (JPEG, HEIC, lossy WebP) becomes a fresh
    JPEG: as a PNG it would grow 4-7 times, too big for chat and e-mail, for no visible gain.
    Screenshots and scans (PNG, BMP, TIFF, lossless WebP) stay lossless, so small text stays sharp.
    """
    return export_format_for(loaded.lossy, loaded.image.size)


def export_format_for(lossy: bool, size: tuple[int, int] | None = None) -> str:
    """`default_export_format` from what is known before decoding (see `redactor.load.sniff_lossy`)."""
    if lossy and (size is None or max(size) <= _SIDE_LIMITS["JPEG"]):
        return "jpg"
    return "png"


def default_output_path(input_path: Path, fmt: str = "png", out_dir: Path | None = None) -> Path:
    ext = "jpg" if fmt.lower() in ("jpg", "jpeg") else fmt.lower()
    folder = out_dir if out_dir is not None else input_path.parent
    return folder / f"{input_path.stem}.redacted.{ext}"


def redacted_name(path: Path, output: str | None, *, several: bool, fmt: str | None, used: set[Path]) -> Path:
    """Where `redact` writes the copy of `path`: NAME.redacted.EXT beside it, the output file, or in the output
    folder (made if need be) when there are several inputs.  `used` holds this run's outputs: a.png and a.jpg
    side by side get a.png.redacted.EXT for the second.  A PDF comes out as a PDF, a photo as a JPEG."""
    from .load import sniff_lossy
    from .pdf import is_pdf

    if is_pdf(path):
        ext = "pdf"
    else:
        ext = ("jpg" if fmt in ("jpg", "jpeg") else fmt) if fmt else export_format_for(sniff_lossy(path))
    if output:
        out = Path(output)
        if several or out.is_dir():
            out.mkdir(parents=True, exist_ok=True)
            out = out / f"{path.stem}.redacted.{ext}"
    else:
        out = path.with_name(f"{path.stem}.redacted.{ext}")
    if out in used:
        out = out.with_name(f"{path.name}.redacted.{ext}")
    used.add(out)
    return out


def _process_umask() -> int:
    # os.umask can only be read by setting it; done once at import, before any worker thread starts.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_NEW_FILE_MODE = 0o666 & ~_process_umask()


def save_image(image: Image.Image, out_path: Path, fmt: str | None = None, *, photo: bool = False,
               protect: Path | None = None, covered: Sequence[Box] = (),
               original: Image.Image | None = None) -> ExportResult:
    """The one way a covered picture becomes a file (CLI, batch, app, guard, watermark).

    A fresh encode (see `encode`), written atomically (see `write_atomic`); before the file takes its
    name it is read back from disk and checked (see `check_saved_image`), so a file that fails the
    check never appears and an older file of that name stays as it was.
    `covered`: the areas `image` covers, checked to be covered in the file as well; `original`: the
    picture before covering (a lossy file's covered area must be nearer the cover than the original).
    """
    out_path = Path(out_path)
    fmt = (fmt or out_path.suffix.lstrip(".") or "png").lower()
    data = encode(image, fmt, photo=photo)
    return write_atomic(data, out_path, protect=protect,
                        check=lambda written: check_saved_image(written, image, covered, original))


def encode_checked(image: Image.Image, fmt: str = "png", *, photo: bool = False, covered: Sequence[Box] = (),
                   original: Image.Image | None = None) -> bytes:
    """`encode`, with the bytes decoded again and checked as `save_image` checks its file: for a copy
    made ready before its file is wanted (a drag out of the app, whose file must exist the moment the
    drop lands). `write_encoded` writes it."""
    from .load import load_bytes

    data = encode(image, fmt, photo=photo)
    try:
        decoded = load_bytes(data)
    except RedactorError as exc:
        raise ExportError("saved_unreadable", reason=exc) from None
    _check_decoded(decoded, image, covered, original)
    return data


def write_encoded(data: bytes, out_path: Path, *, protect: Path | None = None) -> ExportResult:
    """Write bytes already checked (`encode_checked`, `pdf.encode_pdf_checked`) atomically; the file takes
    its name only once it is read back holding exactly those bytes."""
    return write_atomic(data, out_path, protect=protect, check=_checked_before)


def _checked_before(path: Path) -> None:
    """Nothing more to check: the bytes were checked before they were written, and `write_atomic` has
    read the file back holding exactly them."""


def covered_boxes(findings) -> list[Box]:  # noqa: ANN001 - Finding objects
    """The areas the enabled findings cover."""
    return [box for f in findings if f.enabled for box in (f.boxes or (f.bounds,))]


def check_saved_image(path: Path, expected: Image.Image, covered: Sequence[Box] = (),
                      original: Image.Image | None = None) -> None:
    """Read a written image back as anyone receiving it would, and raise ExportError unless it is safe:
    it decodes to one still picture of the expected size, carries no metadata of any kind, and every
    covered area shows the cover: exactly for PNG; for a lossy file within the encoder's error, or else
    nearer the cover than what `original` had there."""
    from .load import load_path

    try:
        saved = load_path(path)
    except RedactorError as exc:
        raise ExportError("saved_unreadable", reason=exc) from None
    _check_decoded(saved, expected, covered, original)


def _check_decoded(saved, expected: Image.Image, covered: Sequence[Box],  # noqa: ANN001 - load.LoadedImage
                   original: Image.Image | None) -> None:
    if saved.metadata_found:
        raise ExportError("saved_has_metadata", kinds=", ".join(saved.metadata_found))
    if saved.image.size != expected.size:
        raise ExportError("saved_wrong_size", size=f"{saved.image.width}x{saved.image.height}",
                          expected=f"{expected.width}x{expected.height}")
    if not covered:
        return
    exact = saved.source_format in LOSSLESS
    for box in covered:
        area = box.clipped(expected.width, expected.height)
        if not area.area:
            continue
        # Only the covered areas are compared, each on its own: a 12 MP photo is never copied whole.
        edges = (area.left, area.top, area.right, area.bottom)
        if exact:
            leaked = _rgb_bytes(saved.image, edges) != _rgb_bytes(expected, edges)
        else:
            written = _pixels(saved.image, edges)
            off = np.abs(written - _pixels(expected, edges)).mean()
            leaked = off > LOSSY_COVER_TOLERANCE and (
                original is None or original.size != expected.size
                or np.abs(written - _pixels(original, edges)).mean() <= off)
        if leaked:
            raise ExportError("saved_not_covered")


def _rgb_bytes(image: Image.Image, edges: tuple[int, int, int, int]) -> bytes:
    area = image.crop(edges)
    return (area if area.mode == "RGB" else area.convert("RGB")).tobytes()


def _pixels(image: Image.Image, edges: tuple[int, int, int, int]) -> np.ndarray:
    area = image.crop(edges)
    return np.asarray(area if area.mode == "RGB" else area.convert("RGB"), dtype=np.int16)


def write_atomic(data: bytes, out_path: Path, *, protect: Path | None = None,
                 check: Callable[[Path], None] | None = None) -> ExportResult:
    """Write `data` to a temp file in the target folder, fsync, then rename into place.

    `protect` is the input file: writing over it is refused even through a link.
    `check(temp_path)` runs on the written file before it is renamed; if it raises, the file is removed.
    """
    out_path = Path(out_path)
    if protect is not None and _same_file(out_path, Path(protect)):
        raise ExportError("would_overwrite")
    folder = out_path.parent if str(out_path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError("output_folder_missing", folder=folder)
    try:
        # A short temp name: the output's own name may already be near the 255-byte limit.
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".redactor-", suffix=".part")
    except PermissionError:
        raise ExportError("output_not_writable", folder=folder, reason="permission denied") from None
    except OSError as exc:
        raise ExportError("output_not_writable", folder=folder, reason=exc.strerror or exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                # mkstemp makes the file private (0600); the safe copy is meant to be shared, so it
                # gets the mode any newly saved file of the user's gets (umask), like an editor's save.
                os.fchmod(handle.fileno(), _NEW_FILE_MODE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if check is not None:
            _check_bytes_on_disk(Path(tmp_name), data)
            check(Path(tmp_name))
        os.replace(tmp_name, out_path)
    except OSError as exc:
        _remove_quietly(tmp_name)
        reason = "disk full" if getattr(exc, "errno", None) == 28 else (exc.strerror or str(exc))
        raise ExportError("write_failed", name=out_path.name, reason=reason) from None
    except BaseException:
        _remove_quietly(tmp_name)
        raise
    return ExportResult(path=out_path, n_bytes=len(data), format=out_path.suffix.lstrip("."))


def _check_bytes_on_disk(path: Path, data: bytes) -> None:
    """The file holds exactly the encoded bytes: nothing lost, nothing after the end marker."""
    with open(path, "rb") as handle:
        if handle.read() != data:
            raise ExportError("saved_differs")


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.abspath(a) == os.path.abspath(b)


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
