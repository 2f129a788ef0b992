"""Errors the pipeline raises. Each carries a one-line message meant for the user."""


class RedactorError(Exception):
    """Base class: the message is shown to the user as it is."""


class InputError(RedactorError):
    """The input cannot be read as a single still image (broken, hostile, unsupported)."""


class OcrError(RedactorError):
    """Tesseract is missing, crashed, timed out or lacks language data."""


class DetectorError(RedactorError):
    """A detector failed; the image must not be called safe."""


class ExportError(RedactorError):
    """The output could not be written safely."""


class AnalysisTimeout(RedactorError):
    """The analysis of one image ran past its deadline; nothing is written or called safe."""


class PackError(RedactorError):
    """A pattern pack is wrong; the message names the pack, the entry and the problem."""

    def __init__(self, where: str, problem: str):
        super().__init__(f"{where}: {problem}")
