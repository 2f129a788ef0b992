"""Display names and colours for finding categories, metadata kinds and styles.

Categories and metadata kinds come from the registry (`redactor.categories`), which holds their English
and Indonesian names, so a pack's own categories are named too.  Style names and previews are marked
with QT_TRANSLATE_NOOP so `pyside6-lupdate` collects them; everything is translated when shown, so a
language switch takes effect at once.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from redactor.categories import category, known

from . import language

STYLE_NAMES: dict[str, str] = {
    "box": QT_TRANSLATE_NOOP("Styles", "Black box (safest)"),
    "blur": QT_TRANSLATE_NOOP("Styles", "Blur"),
    "pixelate": QT_TRANSLATE_NOOP("Styles", "Pixelate"),
    "erase": QT_TRANSLATE_NOOP("Styles", "Fill with background colour"),
}

# Short names for the toolbar, where space is tight.
STYLE_SHORT_NAMES: dict[str, str] = {
    "box": QT_TRANSLATE_NOOP("Styles", "Black box"),
    "blur": QT_TRANSLATE_NOOP("Styles", "Blur"),
    "pixelate": QT_TRANSLATE_NOOP("Styles", "Pixelate"),
    "erase": QT_TRANSLATE_NOOP("Styles", "Background colour"),
}


def category_name(category_id: str) -> str:
    """The registry's name for the category, in the app's language (a pack's categories bring their own)."""
    return category(category_id).name(language.current())


def metadata_name(kind: str) -> str:
    return known().metadata_name(kind, language.current())


def ordered_categories(pattern_dirs=()) -> list[str]:  # noqa: ANN001 - folders of packs
    """Every category: the built-in ones and those of the packs in `pattern_dirs`, in list order."""
    from redactor.detect.packs import load_categories
    from redactor.errors import RedactorError

    try:
        registry = load_categories(pattern_dirs)
    except RedactorError:  # a broken pack is reported when an image is analysed; the list still opens
        registry = known()
    return [c.id for c in registry.ordered()]


def style_name(style: str, short: bool = False) -> str:
    source = (STYLE_SHORT_NAMES if short else STYLE_NAMES).get(style)
    return QCoreApplication.translate("Styles", source) if source else style


# The visual detectors describe a picture region in a few English words (no text was read there);
# these are shown translated. Text findings keep their masked preview ("NIK 32••••••••••••01").
PREVIEW_NAMES: dict[str, str] = {
    "ID photo": QT_TRANSLATE_NOOP("Previews", "ID photo"),
    "signature area": QT_TRANSLATE_NOOP("Previews", "Signature area"),
    "signature": QT_TRANSLATE_NOOP("Previews", "Signature"),
    "stamp": QT_TRANSLATE_NOOP("Previews", "Stamp"),
    "Kotak tembus pandang": QT_TRANSLATE_NOOP("Previews", "See-through box"),
}
PREVIEW_SUFFIXES: dict[str, str] = {
    "(not decoded)": QT_TRANSLATE_NOOP("Previews", "(not decoded)"),
    "(unread)": QT_TRANSLATE_NOOP("Previews", "(unread)"),
}
_FACE = re.compile(r"^face(?: \d+%)?$")


def preview_text(preview: str, category: str = "") -> str:
    """A finding's preview for the screen, in the UI's language where it is the engine's own words."""
    text = preview.strip()
    if _FACE.match(text):
        return QCoreApplication.translate("Previews", "Face")
    if text in PREVIEW_NAMES:
        return QCoreApplication.translate("Previews", PREVIEW_NAMES[text])
    for suffix, source in PREVIEW_SUFFIXES.items():
        if text.endswith(suffix):
            return text[: -len(suffix)] + QCoreApplication.translate("Previews", source)
    return text or category_name(category)


def category_colour(category_id: str) -> QColor:
    return QColor(category(category_id).colour)


def count_phrase(counts) -> str:  # noqa: ANN001 - Counter of category -> n
    """"2 NIK, 1 nomor HP" / "2 NIK, 1 phone number": numbers first, in panel order."""
    return ", ".join(category(c).counted(counts[c], language.current()) for c in sorted(counts, key=sort_key))


def sort_key(category_id: str) -> tuple[int, str]:
    return known().sort_key(category_id)
