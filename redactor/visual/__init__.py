"""Visual detectors: faces, QR codes and barcodes, signatures and stamps,
identity-card layouts and document-photo rectification.

All functions take an upright RGB PIL image (EXIF orientation already
applied), analyse a reduced copy and return boxes in full-resolution pixels.
A detector that cannot run raises `redactor.errors.DetectorError`; none
returns an empty list on failure.
"""
from __future__ import annotations

from PIL import Image

from redactor.errors import DetectorError, fail_closed
from redactor.findings import Finding

from .card import DETECTOR as CARD_DETECTOR, card_regions, is_identity_card, licence_fields
from .codes import detect_codes
from .faces import detect_faces
from .rectify import Rectified, rectify_document
from .signatures import detect_signatures, signature_columns, signature_regions, within_columns

__all__ = [
    "detect_visual", "layout_findings", "detect_faces", "detect_codes", "detect_signatures",
    "signature_regions", "signature_columns", "within_columns", "card_regions", "is_identity_card", "licence_fields", "rectify_document", "Rectified",
]


def detect_visual(image: Image.Image, *, faces: bool = True, codes: bool = True,
                  signatures: bool = True, face_max_side: int | None = None) -> list[Finding]:
    """Faces, QR codes / barcodes and signatures / stamps in `image`.

    Categories: "face", "qr_code", "barcode", "signature".  Raises
    DetectorError (one-line message) when a requested detector fails.
    """
    if not isinstance(image, Image.Image):
        raise DetectorError("Visual detectors need a decoded image.")
    if image.mode != "RGB":
        image = image.convert("RGB")
    findings: list[Finding] = []
    with fail_closed("visual detection"):  # an unexpected error must not read as "nothing found"
        if faces:
            findings += detect_faces(image) if face_max_side is None else detect_faces(image, max_side=face_max_side)
        if codes:
            findings += detect_codes(image)
        if signatures:
            findings += detect_signatures(image)
    return findings


def layout_findings(page: Image.Image, ocr_words, *, rectified: Rectified | None = None,
                    signatures: bool = True, card_fields: bool = True) -> list[Finding]:
    """Findings that need the text layout: identity-card fields and photo, signature areas.

    `page` is the image the OCR words were read from: the original image, or
    `rectified.image` for a document photo, in which case the findings are
    returned mapped back to the original photo as polygons.  On a rectified
    page the pixel signature detector runs again, as strokes are easier to
    separate from the paper once the perspective is undone.  `card_fields=False` skips the
    identity-card layout (for a page that is not a card).
    """
    words = list(ocr_words)
    with fail_closed("layout detection"):
        found = card_regions(page, words) if card_fields else []
        found += licence_fields(page, words)  # numbered, unlabelled fields: found by the licence's heading
        if signatures:
            found += signature_regions(page, words)
            found += signature_columns(page, words)
            if rectified is not None:
                found += detect_signatures(page)
            found = within_columns(found)
    if rectified is not None:
        # A card's field bands keep the words around them, so that their covers follow a tilted photo's
        # rows without reaching into the labels above and below (see `cover.regions_for`).
        boxes = [w.box for w in words if str(w.text).strip()]
        found = [rectified.map_finding(f, boxes if f.detector == CARD_DETECTOR else None) for f in found]
    return found
