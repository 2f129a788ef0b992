"""Display names and colours for finding categories, metadata kinds and styles.

Names are marked with QT_TRANSLATE_NOOP so `pyside6-lupdate` collects them;
they are translated when shown, so a language switch takes effect at once.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

CTX = "Categories"

# One name for a single item; used in lists and in the verdict banner.
CATEGORY_NAMES: dict[str, str] = {
    "nik": QT_TRANSLATE_NOOP("Categories", "NIK"),
    "kk": QT_TRANSLATE_NOOP("Categories", "family card number (KK)"),
    "nip": QT_TRANSLATE_NOOP("Categories", "civil-servant number (NIP)"),
    "npwp": QT_TRANSLATE_NOOP("Categories", "tax number (NPWP)"),
    "bpjs": QT_TRANSLATE_NOOP("Categories", "BPJS number"),
    "passport": QT_TRANSLATE_NOOP("Categories", "passport number"),
    "national_id": QT_TRANSLATE_NOOP("Categories", "national ID number"),
    "phone": QT_TRANSLATE_NOOP("Categories", "phone number"),
    "email": QT_TRANSLATE_NOOP("Categories", "email address"),
    "address": QT_TRANSLATE_NOOP("Categories", "home address"),
    "person_name": QT_TRANSLATE_NOOP("Categories", "person's name"),
    "birth_date": QT_TRANSLATE_NOOP("Categories", "date of birth"),
    "bank_account": QT_TRANSLATE_NOOP("Categories", "bank account"),
    "card_number": QT_TRANSLATE_NOOP("Categories", "card number"),
    "plate": QT_TRANSLATE_NOOP("Categories", "number plate"),
    "classification": QT_TRANSLATE_NOOP("Categories", "classification mark"),
    "internal_system": QT_TRANSLATE_NOOP("Categories", "internal system"),
    "internal_url": QT_TRANSLATE_NOOP("Categories", "internal address (URL)"),
    "credential": QT_TRANSLATE_NOOP("Categories", "password or key"),
    "medical": QT_TRANSLATE_NOOP("Categories", "health information"),
    "personal_attribute": QT_TRANSLATE_NOOP("Categories", "identity-card field"),
    "id_field": QT_TRANSLATE_NOOP("Categories", "identity-card detail"),
    "id_number": QT_TRANSLATE_NOOP("Categories", "identity number"),
    "own_term": QT_TRANSLATE_NOOP("Categories", "your own term"),
    "face": QT_TRANSLATE_NOOP("Categories", "face"),
    "qr_code": QT_TRANSLATE_NOOP("Categories", "QR code"),
    "barcode": QT_TRANSLATE_NOOP("Categories", "barcode"),
    "signature": QT_TRANSLATE_NOOP("Categories", "signature or stamp"),
    "photo": QT_TRANSLATE_NOOP("Categories", "photo"),
    "civil_registry": QT_TRANSLATE_NOOP("Categories", "civil registry number"),
    "location": QT_TRANSLATE_NOOP("Categories", "location"),
    "username": QT_TRANSLATE_NOOP("Categories", "user name"),
    "masked_area": QT_TRANSLATE_NOOP("Categories", "see-through box"),
    "manual": QT_TRANSLATE_NOOP("Categories", "extra box"),
}

METADATA_NAMES: dict[str, str] = {
    "gps": QT_TRANSLATE_NOOP("Metadata", "GPS location"),
    "camera": QT_TRANSLATE_NOOP("Metadata", "camera make and model"),
    "datetime": QT_TRANSLATE_NOOP("Metadata", "date and time taken"),
    "maker_notes": QT_TRANSLATE_NOOP("Metadata", "maker notes"),
    "author": QT_TRANSLATE_NOOP("Metadata", "author and copyright"),
    "exif": QT_TRANSLATE_NOOP("Metadata", "other EXIF data"),
    "thumbnail": QT_TRANSLATE_NOOP("Metadata", "embedded thumbnail"),
    "xmp": QT_TRANSLATE_NOOP("Metadata", "XMP data"),
    "icc": QT_TRANSLATE_NOOP("Metadata", "colour profile"),
    "comment": QT_TRANSLATE_NOOP("Metadata", "comment"),
    "iptc": QT_TRANSLATE_NOOP("Metadata", "IPTC data"),
    "text_chunks": QT_TRANSLATE_NOOP("Metadata", "PNG text"),
    "extra_images": QT_TRANSLATE_NOOP("Metadata", "extra images"),
    "pdf_info": QT_TRANSLATE_NOOP("Metadata", "document properties (author, title, dates)"),
    "attachments": QT_TRANSLATE_NOOP("Metadata", "attached files"),
    "forms": QT_TRANSLATE_NOOP("Metadata", "form fields"),
    "scripts": QT_TRANSLATE_NOOP("Metadata", "scripts"),
    "annotations": QT_TRANSLATE_NOOP("Metadata", "annotations and links"),
    "text_layer": QT_TRANSLATE_NOOP("Metadata", "text layer"),
}

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

# Order in the findings panel: identity numbers first, then contact, then the rest.
ORDER = ["classification", "internal_system", "internal_url", "credential", "nik", "kk", "nip", "npwp", "bpjs",
         "passport", "national_id", "civil_registry", "person_name", "birth_date", "address", "location", "phone",
         "email", "username", "bank_account", "card_number", "medical", "personal_attribute", "id_field", "id_number",
         "plate", "face", "photo", "signature", "qr_code", "barcode", "masked_area", "own_term", "manual"]

_COLOURS = {
    "nik": "#e5484d", "kk": "#e5484d", "nip": "#d6409f", "npwp": "#d6409f", "bpjs": "#d6409f", "passport": "#e5484d",
    "national_id": "#e5484d",
    "phone": "#f76b15", "email": "#f76b15", "address": "#ab4aba", "person_name": "#8e4ec6", "birth_date": "#8e4ec6",
    "bank_account": "#12a594", "card_number": "#12a594", "plate": "#978365", "classification": "#dc3e42",
    "internal_system": "#0090ff", "internal_url": "#0090ff", "credential": "#dc3e42", "medical": "#29a383",
    "personal_attribute": "#8e4ec6", "own_term": "#3e63dd", "face": "#ffb224", "qr_code": "#46a758",
    "barcode": "#46a758", "signature": "#ffb224", "photo": "#ffb224", "manual": "#3e63dd",
    "civil_registry": "#e5484d", "id_field": "#8e4ec6", "id_number": "#e5484d", "location": "#ab4aba", "username": "#f76b15", "masked_area": "#dc3e42",
}


def category_name(category: str) -> str:
    source = CATEGORY_NAMES.get(category)
    if source is None:
        return category.replace("_", " ")
    return QCoreApplication.translate(CTX, source)


def metadata_name(kind: str) -> str:
    source = METADATA_NAMES.get(kind)
    return QCoreApplication.translate("Metadata", source) if source else kind.replace("_", " ")


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


def category_colour(category: str) -> QColor:
    return QColor(_COLOURS.get(category, "#6f6e77"))


# English plurals for the banner ("2 phone numbers"); Indonesian nouns do not change.
_PLURAL_EN = {"person_name": "people's names", "address": "home addresses", "credential": "passwords or keys",
              "own_term": "of your own terms", "signature": "signatures or stamps", "medical": "health information",
              "personal_attribute": "identity-card fields", "manual": "extra boxes", "kk": "family card numbers (KK)",
              "nip": "civil-servant numbers (NIP)", "npwp": "tax numbers (NPWP)", "internal_url":
              "internal addresses (URL)", "classification": "classification marks", "nik": "NIK", "email": "email addresses",
              "national_id": "national ID numbers",
              "birth_date": "dates of birth", "id_field": "identity-card details"}


def count_phrase(counts) -> str:  # noqa: ANN001 - Counter of category -> n
    """"2 NIK, 1 nomor HP" / "2 NIK, 1 phone number": numbers first, in panel order."""
    from . import language as i18n

    parts = []
    for category in sorted(counts, key=sort_key):
        n = counts[category]
        name = category_name(category)
        if i18n.current() == "en" and n != 1:
            name = _PLURAL_EN.get(category, name + "s")
        parts.append(f"{n} {name}")
    return ", ".join(parts)


def sort_key(category: str) -> tuple[int, str]:
    return (ORDER.index(category) if category in ORDER else len(ORDER), category)


# Engine messages are English one-liners; the common ones get a translated lead.
ENGINE_MESSAGES = [
    ("not an image Redactor can read", QT_TRANSLATE_NOOP("Errors", "not an image Redactor can read")),
    ("broken or truncated image", QT_TRANSLATE_NOOP("Errors", "the image is broken or cut off")),
    ("empty file", QT_TRANSLATE_NOOP("Errors", "the file is empty")),
    ("no such file", QT_TRANSLATE_NOOP("Errors", "the file no longer exists")),
    ("permission denied", QT_TRANSLATE_NOOP("Errors", "no permission to read the file")),
    ("is a folder, not an image", QT_TRANSLATE_NOOP("Errors", "this is a folder, not an image")),
    ("not an image (it is text)", QT_TRANSLATE_NOOP("Errors", "this is a text file, not an image")),
    ("image too large", QT_TRANSLATE_NOOP("Errors", "the image is too large")),
    ("Tesseract OCR is not installed", QT_TRANSLATE_NOOP("Errors", "Tesseract OCR is not installed")),
    ("output would overwrite the original", QT_TRANSLATE_NOOP("Errors", "this would overwrite the original; "
                                                              "choose another name")),
]


def engine_message(text: str) -> str:
    """The engine's message with a translated lead; details in brackets stay as they are."""
    for prefix, source in ENGINE_MESSAGES:
        if text.startswith(prefix):
            rest = text[len(prefix):]
            return QCoreApplication.translate("Errors", source) + rest
    return text
