"""What every kind of recognizer may consult besides its own recognizers."""
from __future__ import annotations

from dataclasses import dataclass

from .. import hooks
from ..tables import Headers


@dataclass(frozen=True)
class Shared:
    headers: Headers  # every label that may head a column or stand before a value
    not_names: frozenset[str]  # words that make a capitalised run a group, an office or a menu


# Tesseract's confidence below which a word is what it made of a picture, a barcode or a torn edge
# ("Pete" in a QR code, "Src Dasa" in a smudged line), not a word it read.
NOISE_CONFIDENCE = 30.0
# A name of short words only ("Flo Ee") is a guess from a handful of letters: below this confidence they
# are as likely a smudge, a fold or a sideways line Tesseract made letters of.
SHORT_WORD_CONFIDENCE = 60.0
# Read at this confidence or less, a word is a scrap of something OCR could not read (a secret printed small,
# an avatar's circle), not a word of the text.
SCRAP_CONFIDENCE = 50


def read_as_noise(seg, start: int, end: int) -> bool:  # noqa: ANN001 - Segment
    """Every word of a name found with no label was read with almost no confidence, or with little
    confidence and of three letters at most.  A name a label vouches for is kept however it was read;
    a name with no label is only a guess from its letters."""
    found = seg.words_in(start, end)
    if not found:
        return False
    return (all(0 <= w.conf < NOISE_CONFIDENCE for w in found)
            or all(0 <= w.conf < SHORT_WORD_CONFIDENCE and len(w.text.strip(".,")) <= 3 for w in found))


class EachRecognizer:
    """A kind whose recognizers each look at a segment on their own (the name kinds): `find` gives one
    recognizer's candidates; the words that are never names come from `Shared`."""

    kinds: tuple[str, ...] = ()

    def __init__(self, recognizers, shared: Shared):  # noqa: ANN001 - Sequence[Recognizer]
        self.recs = list(recognizers)
        self.not_names = shared.not_names
        self.headers = shared.headers

    def candidates(self, page, seg) -> list:  # noqa: ANN001 - Page, Segment -> list[Candidate]
        out: list = []
        for rec in self.recs:
            found = [c for c in self.find(page, seg, rec)
                     if self.vouched_for(c) or not read_as_noise(c.segment, c.start, c.end)]
            if rec.reject_if:
                found = [c for c in found if not hooks.rejected(rec.reject_if, page, c.segment, c.start, c.end)]
            out.extend(found)
        return out

    def find(self, page, seg, rec) -> list:  # noqa: ANN001
        raise NotImplementedError

    def vouched_for(self, cand) -> bool:  # noqa: ANN001 - Candidate
        """Something beside the name says it is one, as a label would: it counts however unsurely read."""
        return False
