"""Words about the hidden details a file carries (GPS location first), shown as soon as it opens.

A photo can give away where it was taken while its pixels show nothing personal; the user must
learn that before deciding what to post, not only after saving the safe copy.
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication

from redactor.categories import known

from .categories import metadata_name

def ordered(kinds: Iterable[str]) -> list[str]:
    """Most revealing first (the registry's order: where, who, with what, when); the catch-all "exif" only
    when nothing more specific names it."""
    kinds = list(dict.fromkeys(kinds))
    if len(kinds) > 1 and "exif" in kinds:
        kinds.remove("exif")
    return sorted(kinds, key=known().metadata_order)


def names(kinds: Iterable[str]) -> str:
    return ", ".join(metadata_name(k) for k in ordered(kinds))


def carries_location(kinds: Iterable[str]) -> bool:
    return "gps" in set(kinds)


def opening_note(kinds: Iterable[str]) -> str:
    """One or two sentences for the banner while the file is under review; empty when it carries nothing."""
    kinds = ordered(kinds)
    if not kinds:
        return ""
    if "gps" in kinds:
        others = [k for k in kinds if k != "gps"]
        text = QCoreApplication.translate("MetadataNote", "The file records where it was taken (GPS location).")
        if others:
            text += " " + QCoreApplication.translate("MetadataNote", "It also carries: %s.") % names(others)
        return text + " " + QCoreApplication.translate(
            "MetadataNote", "The safe copy leaves all of this out: share the safe copy, never the original file.")
    return QCoreApplication.translate(
        "MetadataNote", "Hidden details in the file: %s. The safe copy leaves them out.") % names(kinds)


def removed_note(kinds: Iterable[str]) -> str:
    """After saving or copying: what the copy no longer carries."""
    kinds = ordered(kinds)
    if not kinds:
        return QCoreApplication.translate(
            "MetadataNote", "The copy holds only pixels: no location, camera or other hidden details.")
    return QCoreApplication.translate("MetadataNote", "Hidden details removed: %s.") % names(kinds)
