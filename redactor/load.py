"""Load stage: read one still image from disk or memory, upright, as flat RGB.

Everything downstream works on the pixels this returns; nothing of the file's
metadata travels further than the summary of what was there (shown to the user
as "removed: GPS location, camera model, ...").
"""
from __future__ import annotations

import contextlib
import functools
import importlib
import io
import os
import signal
import stat
import struct
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageFile, UnidentifiedImageError

from .errors import InputError, RefusedInput


# Pillow warns at 89 MP and refuses at 179 MP; a 12000x9000 photo (108 MP) is
# still a real camera file, anything beyond this is refused from the header.
MAX_PIXELS = 120_000_000
# A file that claims far more pixels than its size can plausibly encode is a
# decompression bomb even below MAX_PIXELS: a 75 kB WebP or AVIF can claim 100 MP
# and cost half a minute and gigabytes.  Any screen (a 5K one is 14.7 MP) passes
# however well it compresses; beyond that a real photo or scan carries far more
# than a byte per 250 pixels (a camera photo about one byte for every 1-4 pixels).
FREE_PIXELS = 16_000_000
MAX_PIXELS_PER_BYTE = 250
# The longest real pictures are scrolling captures of a chat or a web page
# (1080 x 30,000 is 28:1); a 1 x 1,000,000 strip is not a screenshot.
MAX_ASPECT = 50
MAX_FILE_BYTES = 512 * 1024 * 1024
# A decode never takes this long on a real file (a 108 MP JPEG: ~4 s on a loaded machine).
DECODE_TIMEOUT_S = 60
# The formats the README promises, each decoded by Pillow's own code or libraries linked into it.
# Never EPS/PS/PDF (Pillow hands those to Ghostscript), nor any other plugin Pillow happens to have.
ALLOWED_FORMATS = ("PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP", "AVIF", "HEIF", "PPM", "PSD")
# Alpha at or below this (3 %) is treated as fully transparent (see `_visible_alpha`).
ALPHA_INVISIBLE = 8

# Formats whose extra frames are previews or layers of the one picture: the
# primary (or composite) image is what the user sees, so it is what we process.
_PRIMARY_IS_WHOLE = {"MPO", "PSD"}

_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF87a", "GIF"), (b"GIF89a", "GIF"),
    (b"BM", "BMP"), (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"), (b"8BPS", "PSD"),
]

ImageFile.LOAD_TRUNCATED_IMAGES = False
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


@dataclass(frozen=True)
class LoadedImage:
    image: Image.Image            # upright, RGB, no alpha, no info dict
    source_format: str            # "PNG", "JPEG", ... as decoded from content
    metadata_found: tuple[str, ...]  # kinds of metadata present in the input (never values)
    name: str = ""
    lossy: bool = False           # stored with lossy compression: a camera photo (JPEG, HEIC, lossy WebP)


def load_path(path: str | os.PathLike) -> LoadedImage:
    path = Path(path)
    return load_bytes(read_input(path), name=path.name)


def read_input(path: Path) -> bytes:
    """The bytes of an input file, or a one-line InputError (folders, pipes, devices, huge files)."""
    try:
        info = path.stat()
        if path.is_dir():
            raise InputError("is_folder")
        if not stat.S_ISREG(info.st_mode):
            raise RefusedInput("not_regular_file")
        if info.st_size > MAX_FILE_BYTES:
            raise RefusedInput("file_too_large", size_mb=info.st_size // (1024 * 1024))
        data = path.read_bytes()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError("no_such_file") from None
    except PermissionError:
        raise InputError("permission_denied") from None
    except OSError as exc:
        raise InputError("cannot_read", reason=exc.strerror or exc) from None
    return data


def load_bytes(data: bytes, name: str = "") -> LoadedImage:
    _reject_non_images(data)
    try:
        with warnings.catch_warnings():
            # Decoder complaints (corrupt EXIF, odd APNG) are not for the user's terminal; bombs are errors.
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=_allowed_formats(data[:16]))
            _check_dimensions(im, len(data))
            fmt = im.format or "unknown"
            _check_single_frame(im, fmt)
            with _deadline(DECODE_TIMEOUT_S):
                im.load()  # decode first: a broken stream must refuse the file, not hide in the metadata probe
            metadata = _metadata_summary(im)
            upright = _apply_orientation(im)
            rgb = _to_flat_rgb(upright)
    except InputError:
        raise
    except _DecodeTimeout:
        raise RefusedInput("decode_timeout", seconds=DECODE_TIMEOUT_S) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise RefusedInput("decompression_bomb") from None
    except UnidentifiedImageError:
        raise InputError("unknown_format") from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError, AssertionError,
            ZeroDivisionError, struct.error) as exc:
        raise InputError("broken_image", reason=_short(exc)) from None
    except MemoryError:
        raise RefusedInput("no_memory_to_decode") from None
    except Exception as exc:  # AVIF/HEIF decoders raise RuntimeError and others on damaged files
        raise InputError("broken_image", reason=_short(exc)) from None
    return LoadedImage(image=rgb, source_format=fmt, metadata_found=metadata, name=name,
                       lossy=is_lossy(fmt, data[:_SNIFF_BYTES]))


# Formats that only store pictures lossily (AVIF and HEIF can be lossless, but phones and cameras never are).
LOSSY_FORMATS = {"JPEG", "MPO", "HEIF", "HEIC", "AVIF"}
_SNIFF_BYTES = 64 * 1024


def is_lossy(source_format: str, head: bytes) -> bool:
    """Whether the file's pixels were stored lossily; `head`: the file's first bytes (WebP is either)."""
    if source_format.upper() in LOSSY_FORMATS:
        return True
    return source_format.upper() == "WEBP" and _webp_is_lossy(head)


def _webp_is_lossy(head: bytes) -> bool:
    """A WebP's image chunk is 'VP8 ' (lossy) or 'VP8L' (lossless); an extended file lists other chunks first."""
    if head[:4] != b"RIFF" or head[8:12] != b"WEBP":
        return False
    offset = 12
    while offset + 8 <= len(head):
        kind, size = head[offset:offset + 4], int.from_bytes(head[offset + 4:offset + 8], "little")
        if kind == b"VP8 ":
            return True
        if kind in (b"VP8L", b"ANIM"):
            return False
        offset += 8 + size + (size & 1)
    return False


def sniff_lossy(path: str | os.PathLike) -> bool:
    """`is_lossy` from the file's first bytes, without decoding it (to name outputs before the work starts).

    False for anything unreadable: that file fails later with its own message.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False
    if head.startswith(b"\xff\xd8\xff"):
        return True
    if head[4:8] == b"ftyp":  # HEIC/HEIF/AVIF
        return head[8:12] in (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif",
                              b"avis")
    return _webp_is_lossy(head)


# Pillow's own plugin of each allowed format, imported alone: `Image.init()` imports all of Pillow's
# forty-odd plugins, about 40 ms of every fresh process's CPU.
_PILLOW_PLUGINS = {"PNG": "PngImagePlugin", "JPEG": "JpegImagePlugin", "GIF": "GifImagePlugin",
                   "BMP": "BmpImagePlugin", "TIFF": "TiffImagePlugin", "WEBP": "WebPImagePlugin",
                   "AVIF": "AvifImagePlugin", "PPM": "PpmImagePlugin", "PSD": "PsdImagePlugin"}


def _allowed_formats(head: bytes) -> list[str]:
    """The allowed formats Pillow can open here; HEIF's opener is registered for a file that can be one."""
    if head[4:8] == b"ftyp":  # HEIC/HEIF/AVIF (ISO media file); other files cannot be HEIF
        _register_heif()
    _import_pillow_plugins()
    return [f for f in ALLOWED_FORMATS if f in Image.OPEN]  # AVIF and HEIF only when their decoder is there


@functools.lru_cache(maxsize=1)
def _import_pillow_plugins() -> None:
    Image.preinit()
    for fmt, plugin in _PILLOW_PLUGINS.items():
        if fmt not in Image.OPEN:
            with contextlib.suppress(ImportError):  # a Pillow built without that format
                importlib.import_module(f"PIL.{plugin}")


@functools.lru_cache(maxsize=1)
def _register_heif() -> None:
    try:  # HEIC/HEIF from phones; optional so that a missing wheel only disables that format
        import pillow_heif

        pillow_heif.register_heif_opener()
    except Exception:  # pragma: no cover - depends on the platform wheel
        pass


class _DecodeTimeout(Exception):
    pass


@contextlib.contextmanager
def _deadline(seconds: float):
    """Stop a decode that runs past `seconds`.  Pillow feeds its decoders chunk by chunk from Python,
    so an alarm lands between chunks.  Only where a signal can be delivered (the main thread on
    POSIX: the command line and every batch worker) and no other alarm is pending; elsewhere the
    pixel budget above is the bound."""
    usable = (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
              and signal.getitimer(signal.ITIMER_REAL)[0] == 0)
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise _DecodeTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:80]


def _reject_non_images(data: bytes) -> None:
    if not data:
        raise InputError("empty_file")
    head = data[:64]
    if any(head.startswith(magic) for magic, _ in _MAGIC):
        return
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return
    if head[4:8] == b"ftyp":  # HEIC / AVIF containers
        return
    if head[:1] == b"P" and head[1:2] in b"1234567" and head[2:3] in b" \t\r\n#":
        return  # netpbm, including the plain-text P1-P3 variants
    sample = data[:4096]
    if b"<svg" in sample.lower():
        raise RefusedInput("svg")
    if b"\x00" not in sample:
        try:
            sample.decode("utf-8")
            raise RefusedInput("text_file")
        except UnicodeDecodeError:
            pass


def _check_dimensions(im: Image.Image, n_bytes: int) -> None:
    width, height = im.size
    pixels = width * height
    if width <= 0 or height <= 0:
        raise InputError("no_pixels")
    if pixels > MAX_PIXELS:
        raise RefusedInput("image_too_large", width=width, height=height, limit_mp=MAX_PIXELS // 1_000_000)
    if pixels > FREE_PIXELS and pixels > n_bytes * MAX_PIXELS_PER_BYTE:
        raise RefusedInput("header_bomb", width=width, height=height, size=n_bytes)
    if max(width, height) > MAX_ASPECT * min(width, height) and max(width, height) > 2000:
        raise RefusedInput("too_elongated", width=width, height=height, ratio=MAX_ASPECT)


def _check_single_frame(im: Image.Image, fmt: str) -> None:
    frames = getattr(im, "n_frames", 1) or 1
    if frames > 1 and fmt not in _PRIMARY_IS_WHOLE:
        animated = getattr(im, "is_animated", False) and fmt != "TIFF"
        raise RefusedInput("animated_image" if animated else "multi_page_image", frames=frames)


def _metadata_summary(im: Image.Image) -> tuple[str, ...]:
    """Kinds of metadata the input carries, to tell the user what export removes."""
    found: list[str] = []
    try:
        exif = im.getexif()
        if exif:
            if 0x8825 in exif and exif.get_ifd(0x8825):
                found.append("gps")
            if 271 in exif or 272 in exif:
                found.append("camera")
            if 306 in exif or 36867 in exif or 0x8769 in exif:
                found.append("datetime")
            try:
                if exif.get_ifd(0x8769).get(0x927C):
                    found.append("maker_notes")
            except Exception:
                pass
            if 315 in exif or 33432 in exif:
                found.append("author")
            found.append("exif")
    except Exception:
        found.append("exif")  # unreadable EXIF is still EXIF, and still dropped
    info = im.info or {}
    if info.get("exif") and "exif" not in found:
        found.append("exif")
    if isinstance(info.get("exif"), bytes) and b"\xff\xd8" in info["exif"][8:]:
        found.append("thumbnail")
    if "xmp" in info or "XML:com.adobe.xmp" in info:
        found.append("xmp")
    if "icc_profile" in info:
        found.append("icc")
    if "comment" in info:
        found.append("comment")
    if "photoshop" in info or "iptc" in info:
        found.append("iptc")
    try:
        text_keys = set(getattr(im, "text", {}) or {}) if im.format == "PNG" else set()
    except Exception:
        text_keys = {"unreadable"}
    if text_keys - {"XML:com.adobe.xmp"}:
        found.append("text_chunks")
    if getattr(im, "n_frames", 1) > 1:
        found.append("extra_images")
    return tuple(dict.fromkeys(found))


_TRANSPOSE = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
              4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
              6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
              8: Image.Transpose.ROTATE_90}


def _apply_orientation(im: Image.Image) -> Image.Image:
    """Upright by the EXIF orientation tag, as Pillow's exif_transpose turns it, without its copy
    of an upright image and its rewrite of tags that are dropped anyway; malformed EXIF: as it is."""
    try:
        method = _TRANSPOSE.get(im.getexif().get(0x0112, 1))
    except Exception:
        return im
    return im.transpose(method) if method is not None else im  # (FLIP_LEFT_RIGHT is 0)


def _visible_alpha(alpha: Image.Image) -> Image.Image:
    """Alpha with nearly transparent pixels made fully transparent.  A layer at alpha 1-8 is invisible
    on any screen, yet composited it leaves its text 1-8 levels off the background, where a level
    stretch reads it: content nobody can see must not travel into the output."""
    return alpha.point(lambda a: 0 if a <= ALPHA_INVISIBLE else a)


def _to_flat_rgb(im: Image.Image) -> Image.Image:
    """RGB with alpha composited on white, so no hidden pixels survive under transparency."""
    mode = im.mode
    key_alpha = None
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        arr = np.asarray(im, dtype=np.float64)
        key = im.info.get("transparency")
        if isinstance(key, int):  # a 16-bit grey PNG's tRNS key names one 16-bit level: those pixels are see-through
            key_alpha = np.where(np.asarray(im) == key, 0, 255).astype(np.uint8)
        hi = 65535.0 if mode.startswith("I;16") or arr.max(initial=0) > 255 else 255.0
        im = Image.fromarray(np.clip(arr * (255.0 / hi) + 0.5, 0, 255).astype(np.uint8), "L")
        if key_alpha is not None:
            im = im.convert("RGBA")
            im.putalpha(Image.fromarray(key_alpha, "L"))
    elif mode == "F":
        arr = np.asarray(im, dtype=np.float64)
        top = 1.0 if arr.max(initial=0) <= 1.0 else 255.0
        im = Image.fromarray(np.clip(arr * (255.0 / top), 0, 255).astype(np.uint8), "L")
    if im.mode in ("P", "PA"):
        im = im.convert("RGBA")
    if im.mode in ("RGBA", "LA", "La", "RGBa") or "transparency" in im.info:
        rgba = im.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=_visible_alpha(rgba.getchannel("A")))
        im = flat
    if im.mode != "RGB":
        im = im.convert("RGB")
    # A fresh image holding only the pixels: no info dict, no palette, nothing from the file rides along.
    # (Pasted, not rebuilt from `tobytes()`, whose copy is another 36 MB of a 12 MP photo at once.)
    fresh = Image.new("RGB", im.size)
    fresh.paste(im)
    return fresh
