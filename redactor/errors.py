"""Errors the pipeline raises, each with a code, its parameters and the exit code of the command line.

An error is raised by its code: `InputError("file_too_large", size_mb=80)`.  The code names the message
(`MESSAGES`, English, marked for translation), the parameters fill it in, and the class says how the
command line exits.  The command line translates the message through its catalogue, the app maps the
code to its own words (`ui/errors.py`), and the JSON reports carry the code for scripts.  An error raised
with a plain sentence instead of a known code carries its class's code and is shown as it is.
"""
from __future__ import annotations

import contextlib
from enum import IntEnum
from typing import Iterator

from .i18n import N_


class ExitCode(IntEnum):
    """What `redactor` returns; documented in the README."""

    OK = 0
    FINDINGS = 1             # scan found something; --verify read something in the output
    USAGE = 2                # bad arguments, settings file or pattern pack
    INPUT_UNREADABLE = 3     # missing, empty, broken, no permission
    INPUT_REFUSED = 4        # readable but refused: too large, a drawing or text, a locked PDF
    OCR_MISSING = 5          # Tesseract or its language data is not installed
    OCR_FAILED = 6           # Tesseract crashed, timed out or gave unreadable output
    ANALYSIS_FAILED = 7      # a detector failed or the analysis ran out of time: nothing called safe
    OUTPUT_FAILED = 8        # the output could not be written (folder missing, not writable, encoder)
    INTERRUPTED = 130


# code -> the message in English; `{name}` parts are the error's parameters.
MESSAGES = {
    # unreadable input
    "no_such_file": N_("no such file"),
    "permission_denied": N_("permission denied"),
    "empty_file": N_("empty file (0 bytes)"),
    "is_folder": N_("is a folder, not an image"),
    "cannot_read": N_("cannot read file ({reason})"),
    "unknown_format": N_("not an image Redactor can read (unknown or unsupported format)"),
    "broken_image": N_("broken or truncated image ({reason})"),
    "broken_pdf": N_("broken or damaged PDF ({reason})"),
    "pdf_no_pages": N_("the PDF has no pages"),
    "page_not_rendered": N_("page {page} cannot be rendered ({reason})"),
    "no_pixels": N_("image has no pixels"),
    # refused input
    "not_regular_file": N_("not a regular file (a pipe or a device); save the image to a file first"),
    "file_too_large": N_("file too large ({size_mb} MB)"),
    "image_too_large": N_("image too large ({width}x{height}, limit {limit_mp} MP)"),
    "decompression_bomb": N_("image too large (possible decompression bomb)"),
    "header_bomb": N_("image header claims {width}x{height} in a {size}-byte file (decompression bomb)"),
    "too_elongated": N_("image is {width}x{height}, more than {ratio} times longer than wide; cut it into pages first"),
    "animated_image": N_("animated image with {frames} frames: Redactor covers single still images only; save the "
                         "frame you want to post as PNG first"),
    "multi_page_image": N_("multi-page image with {frames} frames: Redactor covers single still images only; save "
                           "the frame you want to post as PNG first"),
    "decode_timeout": N_("decoding took longer than {seconds} s (a broken or hostile file)"),
    "no_memory_to_decode": N_("image too large to decode in memory"),
    "text_file": N_("not an image (it is text)"),
    "svg": N_("not supported: SVG is a drawing, not a photo or screenshot; export it as PNG first"),
    "pdf_encrypted": N_("the PDF is password-protected (encrypted): open it, save a copy without the password, "
                        "and redact that"),
    "pdf_too_many_pages": N_("the PDF has {count} pages; at most {limit} are redacted at once"),
    "page_too_large": N_("page {page} is too large to render in memory"),
    # OCR
    "tesseract_missing": N_("Tesseract OCR is not installed; {hint}"),
    "language_data_missing": N_("Tesseract has no language data for {languages}; {hint}"),
    "ocr_failed": N_("OCR failed ({reason})"),
    "ocr_timeout": N_("OCR timed out after {seconds} s"),
    # analysis
    "detector_failed": N_("{what} failed ({reason})"),
    "detector_missing": N_("{what} is not installed ({reason})"),
    "analysis_timeout": N_("analysis took longer than {seconds} s and was stopped (nothing was written; "
                           "analysis_timeout in the settings allows more)"),
    "out_of_memory": N_("out of memory while processing this image"),
    "analysis_stopped": N_("the analysis stopped unexpectedly ({reason}); nothing was called safe, try again"),
    "check_failed": N_("the output could not be checked ({reason})"),
    # output
    "would_overwrite": N_("output would overwrite the original; choose another name"),
    "output_folder_missing": N_("output folder does not exist: {folder}"),
    "output_not_writable": N_("cannot write to {folder} ({reason})"),
    "write_failed": N_("could not write {name} ({reason})"),
    "pdf_needs_pdf_output": N_("a PDF is redacted into a PDF: give an output name ending in .pdf"),
    # a written copy that failed its read-back check (export.save_image, pdf.save_pdf): nothing was kept
    "saved_unreadable": N_("the saved file does not read back; it was not kept ({reason})"),
    "saved_has_metadata": N_("the saved file still carries metadata; it was not kept ({kinds})"),
    "saved_wrong_size": N_("the saved file has the wrong size; it was not kept ({size}, not {expected})"),
    "saved_not_covered": N_("a covered area is not covered in the saved file; it was not kept"),
    "saved_differs": N_("the saved file differs from what was written; it was not kept"),
    "saved_pdf_pages": N_("the saved PDF has the wrong number of pages; it was not kept ({count}, not {expected})"),
    "saved_pdf_extras": N_("the saved PDF still carries hidden details; it was not kept ({extras})"),
    "saved_pdf_unreadable": N_("the saved PDF does not read back; it was not kept ({reason})"),
    # settings and packs
    "pack_invalid": N_("{where}: {problem}"),
}


class RedactorError(Exception):
    """Base class.  `code` names the message, `params` fill it in; `str()` is the English sentence.

    A class's own code (`input_unreadable`, ...) is never a key of MESSAGES: an error raised with a plain
    sentence is shown as it is, one raised by a MESSAGES code can be worded anew in any language.
    """

    code = "error"
    exit_code = ExitCode.USAGE

    def __init__(self, code_or_message: str, **params: object):
        if code_or_message in MESSAGES:
            self.code = code_or_message
            message = MESSAGES[code_or_message].format(**params)
        else:
            message = code_or_message
        self.params = params
        super().__init__(message)

    def to_dict(self) -> dict:
        """For the JSON reports: the code, the English message and the parameters (never image content)."""
        return {"code": self.code, "message": str(self), "params": {k: str(v) for k, v in self.params.items()}}


class InputError(RedactorError):
    """The input cannot be read as a single still image (missing, broken, unsupported)."""

    code = "input_unreadable"
    exit_code = ExitCode.INPUT_UNREADABLE


class RefusedInput(InputError):
    """The input could be read but is refused: too large, hostile, a drawing or text, a locked PDF."""

    code = "input_refused"
    exit_code = ExitCode.INPUT_REFUSED


class OcrError(RedactorError):
    """Tesseract crashed, timed out or gave output that cannot be read."""

    code = "ocr_error"
    exit_code = ExitCode.OCR_FAILED


class TesseractMissing(OcrError):
    """Tesseract or the language data it needs is not installed."""

    code = "ocr_missing"
    exit_code = ExitCode.OCR_MISSING


class DetectorError(RedactorError):
    """A detector failed; the image must not be called safe."""

    code = "analysis_failed"
    exit_code = ExitCode.ANALYSIS_FAILED


class AnalysisTimeout(DetectorError):
    """The analysis of one image ran past its deadline; nothing is written or called safe."""


class ExportError(RedactorError):
    """The output could not be written safely."""

    code = "output_failed"
    exit_code = ExitCode.OUTPUT_FAILED


class PackError(RedactorError):
    """A pattern pack or the settings file is wrong; the message names the file and the entry."""

    code = "pack_invalid"

    def __init__(self, where: str, problem: str):
        super().__init__("pack_invalid", where=where, problem=problem)


# Which class each code belongs to, for an error known only by its code (a batch worker's report).
_CLASS_OF_CODE = {
    **{c: InputError for c in ("no_such_file", "permission_denied", "empty_file", "is_folder", "cannot_read",
                               "unknown_format", "broken_image", "broken_pdf", "pdf_no_pages", "page_not_rendered",
                               "no_pixels", "input_unreadable")},
    **{c: RefusedInput for c in ("not_regular_file", "file_too_large", "image_too_large", "decompression_bomb",
                                 "header_bomb", "too_elongated", "animated_image", "multi_page_image", "decode_timeout", "no_memory_to_decode", "text_file", "svg", "pdf_encrypted",
                                 "pdf_too_many_pages", "page_too_large", "input_refused")},
    **{c: TesseractMissing for c in ("tesseract_missing", "language_data_missing", "ocr_missing")},
    **{c: OcrError for c in ("ocr_failed", "ocr_timeout", "ocr_error")},
    **{c: DetectorError for c in ("detector_failed", "detector_missing", "analysis_timeout", "out_of_memory", "analysis_stopped",
                                  "check_failed", "analysis_failed", "internal_error")},
    **{c: ExportError for c in ("would_overwrite", "output_folder_missing", "output_not_writable", "write_failed",
                                "pdf_needs_pdf_output", "output_failed", "saved_unreadable", "saved_has_metadata",
                                "saved_wrong_size", "saved_not_covered", "saved_differs", "saved_pdf_pages",
                                "saved_pdf_extras", "saved_pdf_unreadable")},
    "pack_invalid": PackError,
}


def exit_code_of(code: str | None) -> ExitCode:
    """The exit code for an error known by its code; unknown codes exit as a usage error."""
    return _CLASS_OF_CODE.get(code or "", RedactorError).exit_code


@contextlib.contextmanager
def fail_closed(what: str) -> Iterator[None]:
    """Run a detector or a reader so that any failure of it ends in a clear error, never in a safe verdict.

    Our own errors pass as they are; anything else (a bug in a recognizer, a library's exception)
    becomes `DetectorError("detector_failed")` naming `what` ("text detection", "face detector").
    """
    try:
        yield
    except RedactorError:
        raise
    except MemoryError as exc:
        raise DetectorError("out_of_memory") from exc
    except Exception as exc:
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
        raise DetectorError("detector_failed", what=what, reason=reason) from exc
