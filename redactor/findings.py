"""Plain data passed between pipeline stages."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Iterable


@dataclass(frozen=True)
class Box:
    """Axis-aligned rectangle in pixels of the upright image."""

    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def area(self) -> int:
        return max(0, self.width) * max(0, self.height)

    @classmethod
    def from_edges(cls, left: float, top: float, right: float, bottom: float) -> "Box":
        left_i, top_i = int(left), int(top)
        return cls(left_i, top_i, max(0, int(round(right)) - left_i), max(0, int(round(bottom)) - top_i))

    @classmethod
    def union(cls, boxes: Iterable["Box"]) -> "Box":
        boxes = list(boxes)
        return cls.from_edges(
            min(b.left for b in boxes), min(b.top for b in boxes),
            max(b.right for b in boxes), max(b.bottom for b in boxes),
        )

    def padded(self, pad_x: int, pad_y: int | None = None) -> "Box":
        pad_y = pad_x if pad_y is None else pad_y
        return Box(self.left - pad_x, self.top - pad_y, self.width + 2 * pad_x, self.height + 2 * pad_y)

    def clipped(self, width: int, height: int) -> "Box":
        return Box.from_edges(max(0, self.left), max(0, self.top), min(width, self.right), min(height, self.bottom))

    def scaled(self, factor: float) -> "Box":
        return Box.from_edges(self.left * factor, self.top * factor, self.right * factor, self.bottom * factor)

    def overlap(self, other: "Box") -> int:
        """The area this box and `other` share (0 when apart)."""
        return (max(0, min(self.right, other.right) - max(self.left, other.left))
                * max(0, min(self.bottom, other.bottom) - max(self.top, other.top)))

    def intersects(self, other: "Box") -> bool:
        return not (other.left >= self.right or other.right <= self.left
                    or other.top >= self.bottom or other.bottom <= self.top)

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (self.left, self.top, self.width, self.height)


Point = tuple[float, float]


@dataclass(frozen=True)
class Finding:
    """One thing to cover.

    `preview` is already masked and is the only trace of the value that may
    reach a report, a log or the screen.  `polygons` is used by detectors that
    work on a rectified copy (document photos) and map a tilted region back;
    when present it is covered in addition to `boxes`.  `neighbours` are the
    other words around a finding mapped back from a tilted page, as polygons,
    or None when they are not known: its cover may grow toward the upright box
    around its polygons, but not over them.
    """

    category: str
    boxes: tuple[Box, ...]
    score: float
    preview: str
    detector: str = "text"
    polygons: tuple[tuple[Point, ...], ...] = ()
    enabled: bool = True
    neighbours: tuple[tuple[Point, ...], ...] | None = None

    @property
    def bounds(self) -> Box:
        boxes = list(self.boxes)
        for polygon in self.polygons:
            xs = [p[0] for p in polygon]
            ys = [p[1] for p in polygon]
            boxes.append(Box.from_edges(min(xs), min(ys), max(xs), max(ys)))
        return Box.union(boxes)

    def to_dict(self) -> dict:
        return {
            "category": self.category,
            "preview": self.preview,
            "score": round(self.score, 3),
            "detector": self.detector,
            "boxes": [b.as_tuple() for b in self.boxes],
        }


class VerdictKind(StrEnum):
    """What the image as a whole is; every kind but NONE is better not posted at all, redacted or not.

    Its words for people are in `redactor.messages.VERDICT_MESSAGES`, one table for every front end.
    """

    NONE = "none"
    INTERNAL_SYSTEM = "internal_system"
    CLASSIFIED_DOCUMENT = "classified_document"
    IDENTITY_CARD = "identity_card"
    # Not the image's kind but its reading: most of its words were read unsurely (a page blurred, faint, too small
    # or turned), so what was found may not be all there is.  Looked over before it is posted, like the others.
    POORLY_READ = "poorly_read"


@dataclass(frozen=True)
class Verdict:
    """Judgement on the image as a whole, e.g. an internal-system screenshot.

    The guidance discourages posting such images at all, redacted or not.
    """

    kind: VerdictKind
    reasons: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", VerdictKind(self.kind))  # "identity_card" from a report reads back

    @property
    def discouraged(self) -> bool:
        return self.kind != VerdictKind.NONE


NO_VERDICT = Verdict(VerdictKind.NONE)


# One verdict per image, the same in the command line, the batch reports and the app:
# "needs_review" whenever the image as a whole is better not posted (the review window's red banner),
# whatever was covered; a copy with that status was written but is not a safe copy to post.
COVERED, NOTHING_FOUND, NEEDS_REVIEW, FAILED = "covered", "nothing_found", "needs_review", "failed"


def outcome_of(verdict: Verdict, n_covered: int) -> str:
    if verdict.discouraged:
        return NEEDS_REVIEW
    return COVERED if n_covered else NOTHING_FOUND
