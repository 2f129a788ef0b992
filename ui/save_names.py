"""Where a safe copy goes and what it is called when the user has not said.

A file opened from disk gets NAME.redacted.EXT beside it (or in the chosen folder). A pasted or dropped
picture has no name and no folder: it gets a dated name in the user's Pictures folder, so a second
paste never proposes the same file and never asks to overwrite the first.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from redactor.export import default_export_format, default_output_path


def pictures_folder() -> Path:
    """The user's Pictures folder (localised, e.g. "Gambar"), else the home folder."""
    for location in (QStandardPaths.StandardLocation.PicturesLocation, QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def file_save_path(source: Path, loaded, folder: Path | None) -> Path:  # noqa: ANN001 - LoadedImage
    """NAME.redacted.EXT beside `source` or in `folder`: a photo stays a JPEG, a screenshot a PNG."""
    return default_output_path(source, default_export_format(loaded), folder if folder and folder.is_dir() else None)


def unnamed_stem_word() -> str:
    """The word a pasted picture's name starts with, in the app's language ("disensor" in Indonesian).

    Kept to plain letters, digits and dashes so the name is valid on every file system (Windows included)
    whatever a translation holds; English when nothing is left."""
    # Translator: the start of the file name of a pasted picture's safe copy ("redacted-2026-12-05-081502.png").
    word = QCoreApplication.translate("SaveNames", "redacted")
    ascii_word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")
    ascii_word = re.sub(r"[^A-Za-z0-9]+", "-", ascii_word).strip("-").lower()
    return ascii_word or "redacted"


def unnamed_save_path(loaded, folder: Path | None, now: datetime | None = None) -> Path:  # noqa: ANN001
    """redacted-2026-12-05-081502.png (in the app's language) in `folder` (or Pictures), never the name of a
    file already there."""
    folder = folder if folder and folder.is_dir() else pictures_folder()
    ext = "jpg" if default_export_format(loaded) == "jpg" else "png"
    stem = f"{unnamed_stem_word()}-{(now or datetime.now()).strftime('%Y-%m-%d-%H%M%S')}"
    candidate = folder / f"{stem}.{ext}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.{ext}"
        number += 1
    return candidate
