"""Words shared by the review window, the batch window and the export check: what an error means
for the user, and what a verdict on an image means (the engine's one table, `redactor.messages`)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from redactor.errors import RedactorError
from redactor.messages import verdict_message

from . import language
from .categories import engine_message


def verdict_warning(kind: str) -> str:
    """The sentence the review window shows above the image; empty for an ordinary image."""
    return verdict_message(kind, "banner", language.current())


def describe_error(exc: BaseException) -> str:
    """Words for the user; never a traceback."""
    if isinstance(exc, RedactorError):
        return engine_message(str(exc))
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("Errors", "The image is too large for the memory available.")
    return QCoreApplication.translate("Errors", "Something went wrong (%s). Please try again.") % type(exc).__name__
