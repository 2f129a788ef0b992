"""What the command line and the reports call things, in the user's language (see `redactor.i18n`).

Engine keys (categories, verdicts, statuses, metadata kinds) stay English in JSON; people read these.
"""
from __future__ import annotations

from .findings import COVERED, FAILED, NEEDS_REVIEW, NOTHING_FOUND
from .i18n import N_, _

VERDICT_TEXT = {
    "internal_system": N_("screenshot of an internal system: better not posted at all, even redacted"),
    "classified_document": N_("classified document: do not post it, even redacted"),
    "identity_card": N_("identity document: better not posted at all, even redacted"),
}
# The verdict on each file, in the same words in the batch table, the per-file lines and the reports' notes.
STATUS_TEXT = {COVERED: N_("covered"), NOTHING_FOUND: N_("nothing found"), NEEDS_REVIEW: N_("needs checking"),
               FAILED: N_("FAILED")}
CATEGORY_NAMES = {
    "nik": N_("NIK"), "kk": N_("family card number"), "nip": N_("NIP"), "npwp": N_("NPWP"), "bpjs": N_("BPJS"),
    "passport": N_("passport"), "phone": N_("phone"), "email": N_("e-mail"), "address": N_("address"),
    "person_name": N_("name"), "birth_date": N_("birth date"), "bank_account": N_("bank account"),
    "card_number": N_("card number"), "plate": N_("number plate"), "classification": N_("classification marking"),
    "internal_system": N_("internal system"), "internal_url": N_("internal address"),
    "credential": N_("password or key"), "medical": N_("medical data"), "personal_attribute": N_("ID card field"),
    "own_term": N_("own term"), "civil_registry": N_("civil registry number"), "location": N_("location"),
    "masked_area": N_("see-through box"), "face": N_("face"), "qr_code": N_("QR code"), "barcode": N_("barcode"),
    "signature": N_("signature"), "photo": N_("ID photo"), "username": N_("user name"),
    "national_id": N_("national ID number"),
}


def category_name(category: str) -> str:
    return _(CATEGORY_NAMES[category]) if category in CATEGORY_NAMES else category.replace("_", " ")


def verdict_text(kind: str) -> str:
    return _(VERDICT_TEXT[kind]) if kind in VERDICT_TEXT else kind


def status_text(status: str) -> str:
    return _(STATUS_TEXT[status]) if status in STATUS_TEXT else status


METADATA_NAMES = {
    "gps": N_("GPS location"), "camera": N_("camera make and model"), "datetime": N_("date and time taken"),
    "maker_notes": N_("maker notes"), "author": N_("author and copyright"), "exif": N_("EXIF data"),
    "thumbnail": N_("embedded thumbnail"), "xmp": N_("XMP data"), "icc": N_("colour profile"),
    "comment": N_("comment"), "iptc": N_("IPTC data"), "text_chunks": N_("PNG text"),
    "extra_images": N_("extra images"), "pdf_info": N_("document properties (author, title, dates)"),
    "attachments": N_("attached files"), "forms": N_("form fields"), "scripts": N_("scripts"),
    "annotations": N_("annotations and links"), "text_layer": N_("text layer"),
}


def metadata_line(kinds) -> str:
    names = [_(METADATA_NAMES[k]) if k in METADATA_NAMES else k for k in kinds if k != "exif" or len(kinds) == 1]
    return ", ".join(names) if names else _("none found")


def report_note(status: str, verdict: str, still_readable: bool = False) -> str:
    """A report row's verdict for people, with the reason a copy needs checking."""
    if status == NEEDS_REVIEW:
        reason = verdict_text(verdict) if verdict != "none" else ""
        if still_readable:
            reason = "; ".join(filter(None, [reason, _("data still readable in the output")]))
        return f"{status_text(status)}: {reason}"
    return status_text(status)


# The engine's errors start with one of these; the rest (a size, a reason in brackets) stays as it is.
ENGINE_MESSAGES = [
    N_("not an image Redactor can read"),
    N_("broken or truncated image"),
    N_("empty file"),
    N_("no such file"),
    N_("permission denied"),
    N_("is a folder, not an image"),
    N_("not an image (it is text)"),
    N_("image too large"),
    N_("file too large"),
    N_("not a regular file"),
    N_("cannot read file"),
    N_("output would overwrite the original"),
    N_("output folder does not exist"),
    N_("cannot write to"),
    N_("could not write"),
    N_("Tesseract OCR is not installed"),
    N_("OCR timed out after"),
    N_("OCR failed"),
    N_("broken or damaged PDF"),
    N_("the PDF is password-protected"),
    N_("not supported: SVG is a drawing, not a photo or screenshot; export it as PNG first"),
    N_("out of memory while processing this image"),
    N_("the output could not be checked"),
]


def engine_message(text: str) -> str:
    """An engine error in the user's language: its known start translated, its details as they are."""
    for prefix in ENGINE_MESSAGES:
        if text.startswith(prefix):
            return _(prefix) + text[len(prefix):]
    return text
