"""Words shared by the review window, the batch window and the export check: what an error means
for the user, and what a verdict on an image means (the engine's one table, `redactor.messages`).

The engine raises an error by a code with parameters (`redactor.errors.MESSAGES`); the app words each
code itself (marked with QT_TRANSLATE_NOOP so `pyside6-lupdate` collects them) and fills in the same
parameters, so no message is matched by its English text.  An error raised with a plain sentence is
shown as it is.
"""
from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from redactor.errors import RedactorError
from redactor.messages import verdict_message

from . import language

CTX = "Errors"
ERROR_MESSAGES: dict[str, str] = {
    "no_such_file": QT_TRANSLATE_NOOP("Errors", "the file no longer exists"),
    "permission_denied": QT_TRANSLATE_NOOP("Errors", "no permission to read the file"),
    "empty_file": QT_TRANSLATE_NOOP("Errors", "the file is empty"),
    "is_folder": QT_TRANSLATE_NOOP("Errors", "this is a folder, not an image"),
    "cannot_read": QT_TRANSLATE_NOOP("Errors", "cannot read file ({reason})"),
    "unknown_format": QT_TRANSLATE_NOOP("Errors", "not an image Redactor can read (unknown or unsupported format)"),
    # The decoder's reason ("image file is truncated (64 bytes not processed)") is its own English: not shown.
    "broken_image": QT_TRANSLATE_NOOP("Errors", "the image is broken or cut off: open it and save it again, or "
                                                "take the screenshot again"),
    "broken_pdf": QT_TRANSLATE_NOOP("Errors", "broken or damaged PDF ({reason})"),
    "pdf_no_pages": QT_TRANSLATE_NOOP("Errors", "the PDF has no pages"),
    "page_not_rendered": QT_TRANSLATE_NOOP("Errors", "page {page} cannot be rendered ({reason})"),
    "no_pixels": QT_TRANSLATE_NOOP("Errors", "the image has no pixels"),
    "not_regular_file": QT_TRANSLATE_NOOP("Errors", "not a regular file (a pipe or a device); save the image to a "
                                                    "file first"),
    "file_too_large": QT_TRANSLATE_NOOP("Errors", "file too large ({size_mb} MB)"),
    "image_too_large": QT_TRANSLATE_NOOP("Errors", "the image is too large ({width}x{height}, limit {limit_mp} MP)"),
    "decompression_bomb": QT_TRANSLATE_NOOP("Errors", "image too large (possible decompression bomb)"),
    "header_bomb": QT_TRANSLATE_NOOP("Errors", "the file claims an image of {width}x{height} in only {size} bytes (a "
                                               "broken or hostile file)"),
    "too_elongated": QT_TRANSLATE_NOOP("Errors", "the image is {width}x{height}, more than {ratio} times longer than "
                                                 "wide; cut it into pages first"),
    "animated_image": QT_TRANSLATE_NOOP("Errors", "this is an animation ({frames} frames); Redactor covers still "
                                                  "images only: save the frame you want to post as PNG first"),
    "multi_page_image": QT_TRANSLATE_NOOP("Errors", "this image has {frames} pages; Redactor covers one page at a "
                                                    "time: save the page you want to post as PNG first"),
    "decode_timeout": QT_TRANSLATE_NOOP("Errors", "decoding took longer than {seconds} s (a broken or hostile file)"),
    "no_memory_to_decode": QT_TRANSLATE_NOOP("Errors", "image too large to decode in memory"),
    "text_file": QT_TRANSLATE_NOOP("Errors", "this is a text file, not an image"),
    "svg": QT_TRANSLATE_NOOP("Errors", "not supported: SVG is a drawing, not a photo or screenshot; export it as "
                                       "PNG first"),
    "pdf_encrypted": QT_TRANSLATE_NOOP("Errors", "the PDF is password-protected (encrypted): open it, save a copy "
                                                 "without the password, and redact that"),
    "pdf_too_many_pages": QT_TRANSLATE_NOOP("Errors", "the PDF has {count} pages; at most {limit} are redacted at "
                                                      "once"),
    "page_too_large": QT_TRANSLATE_NOOP("Errors", "page {page} is too large to render in memory"),
    "tesseract_missing": QT_TRANSLATE_NOOP("Errors", "Tesseract OCR is not installed; {hint}"),
    "language_data_missing": QT_TRANSLATE_NOOP("Errors", "Tesseract has no language data for {languages}; {hint}"),
    "ocr_failed": QT_TRANSLATE_NOOP("Errors", "OCR failed ({reason})"),
    "ocr_timeout": QT_TRANSLATE_NOOP("Errors", "OCR timed out after {seconds} s"),
    "detector_failed": QT_TRANSLATE_NOOP("Errors", "{what} failed ({reason})"),
    "detector_missing": QT_TRANSLATE_NOOP("Errors", "{what} is not installed ({reason})"),
    "analysis_timeout": QT_TRANSLATE_NOOP("Errors", "analysis took longer than {seconds} s and was stopped (nothing "
                                                    "was written; analysis_timeout in the settings allows more)"),
    "out_of_memory": QT_TRANSLATE_NOOP("Errors", "out of memory while processing this image"),
    "analysis_stopped": QT_TRANSLATE_NOOP("Errors", "the analysis stopped unexpectedly ({reason}); nothing was called "
                                                    "safe, try again"),
    "check_failed": QT_TRANSLATE_NOOP("Errors", "the output could not be checked ({reason})"),
    "would_overwrite": QT_TRANSLATE_NOOP("Errors", "this would overwrite the original; choose another name"),
    "output_folder_missing": QT_TRANSLATE_NOOP("Errors", "output folder does not exist: {folder}"),
    "output_not_writable": QT_TRANSLATE_NOOP("Errors", "cannot write to {folder} ({reason})"),
    "write_failed": QT_TRANSLATE_NOOP("Errors", "could not write {name} ({reason})"),
    "pdf_needs_pdf_output": QT_TRANSLATE_NOOP("Errors", "a PDF is redacted into a PDF: give an output name ending "
                                                        "in .pdf"),
    "saved_unreadable": QT_TRANSLATE_NOOP("Errors", "the saved file does not read back; it was not kept ({reason})"),
    "saved_has_metadata": QT_TRANSLATE_NOOP("Errors", "the saved file still carries metadata; it was not kept "
                                                      "({kinds})"),
    "saved_wrong_size": QT_TRANSLATE_NOOP("Errors", "the saved file has the wrong size; it was not kept ({size}, "
                                                    "not {expected})"),
    "saved_not_covered": QT_TRANSLATE_NOOP("Errors", "a covered area is not covered in the saved file; it was not "
                                                     "kept"),
    "saved_differs": QT_TRANSLATE_NOOP("Errors", "the saved file differs from what was written; it was not kept"),
    "saved_pdf_pages": QT_TRANSLATE_NOOP("Errors", "the saved PDF has the wrong number of pages; it was not kept "
                                                   "({count}, not {expected})"),
    "saved_pdf_extras": QT_TRANSLATE_NOOP("Errors", "the saved PDF still carries hidden details; it was not kept "
                                                    "({extras})"),
    "saved_pdf_unreadable": QT_TRANSLATE_NOOP("Errors", "the saved PDF does not read back; it was not kept "
                                                        "({reason})"),
    "pack_invalid": QT_TRANSLATE_NOOP("Errors", "{where}: {problem}"),
}


# Parameters the app leaves out of its words for a code: the decoder's reason is its own English sentence
# ("image file is truncated (64 bytes not processed)"), which tells the user nothing in any language.
LEFT_OUT: dict[str, tuple[str, ...]] = {"broken_image": ("reason",)}


def error_message(code: str | None, params: Mapping[str, object] | None, message: str) -> str:
    """The error in the app's language from its code and parameters; `message` (English) when it has none."""
    source = ERROR_MESSAGES.get(code or "")
    if source is None:
        return message
    try:
        return QCoreApplication.translate(CTX, source).format(**(params or {}))
    except (KeyError, IndexError, ValueError):  # a translation that lost a parameter: English is still right
        return message


def as_sentence(text: str) -> str:
    """`text` ending with a full stop, as a sentence of its own in a dialog needs; the error words above are
    also cells of the batch table and parts of longer lines, so they carry none themselves."""
    text = text.rstrip()
    return text if not text or text.endswith((".", "!", "?", "…")) else text + "."


def verdict_warning(kind: str) -> str:
    """The sentence the review window shows above the image; empty for an ordinary image."""
    return verdict_message(kind, "banner", language.current())


def describe_error(exc: BaseException) -> str:
    """Words for the user; never a traceback."""
    if isinstance(exc, RedactorError):
        return error_message(exc.code, exc.params, str(exc))
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("Errors", "The image is too large for the memory available.")
    return QCoreApplication.translate("Errors", "Something went wrong (%s). Please try again.") % type(exc).__name__
