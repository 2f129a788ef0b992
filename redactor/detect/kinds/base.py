"""What every kind of recognizer may consult besides its own recognizers."""
from __future__ import annotations

from dataclasses import dataclass

from .. import hooks
from ..tables import Headers


@dataclass(frozen=True)
class Shared:
    headers: Headers  # every label that may head a column or stand before a value
    not_names: frozenset[str]  # words that make a capitalised run a group, an office or a menu


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
            found = self.find(page, seg, rec)
            if rec.reject_if:
                found = [c for c in found if not hooks.rejected(rec.reject_if, c.segment, c.start, c.end)]
            out.extend(found)
        return out

    def find(self, page, seg, rec) -> list:  # noqa: ANN001
        raise NotImplementedError
