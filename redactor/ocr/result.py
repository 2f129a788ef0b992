"""What the OCR stage hands to detection: words with boxes, confidences and line structure."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable

from ..findings import Box


@dataclass(frozen=True)
class Word:
    text: str
    box: Box
    conf: float
    line_id: int


@dataclass
class Line:
    line_id: int
    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def box(self) -> Box:
        return Box.union(w.box for w in self.words)


@dataclass(frozen=True)
class OcrResult:
    words: tuple[Word, ...]
    width: int
    height: int
    scale: float = 1.0
    # Where a fold or a gutter split the page into columns read apart (x in image pixels): a line never
    # runs across one (an opened savings book's two pages).
    folds: tuple[float, ...] = ()

    def lines(self) -> list[Line]:
        by_id: dict[int, Line] = {}
        for word in self.words:
            by_id.setdefault(word.line_id, Line(word.line_id)).words.append(word)
        return sorted(by_id.values(), key=lambda ln: (ln.box.top, ln.box.left))

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines())

    def with_lines(self, texts: Iterable[tuple[str, Box, float]]) -> "OcrResult":
        """This result plus one-word lines read elsewhere (stamps), each on a line of its own."""
        words = list(self.words)
        next_id = max((w.line_id for w in words), default=-1) + 1
        for text, box, conf in texts:
            words.append(Word(text=text, box=box, conf=conf, line_id=next_id))
            next_id += 1
        return replace(self, words=tuple(words))
