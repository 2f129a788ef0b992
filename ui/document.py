"""One image under review: its findings as editable regions, its style, one undo stack.

Every edit is a QUndoCommand; the whole automatic detection is a single command,
so Ctrl+Z after a scan removes all its boxes at once and Ctrl+Shift+Z restores them.
"""
from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from redactor.cover import STYLES, apply_cover
from redactor.findings import NO_VERDICT, Box, Finding, Verdict
from redactor.load import LoadedImage

_ids = itertools.count(1)
MIN_SIZE = 4


@dataclass
class Region:
    id: int
    category: str
    boxes: tuple[Box, ...]
    score: float = 1.0
    preview: str = ""
    detector: str = "manual"
    polygons: tuple = ()
    enabled: bool = True
    # A finding mapped back from a turned or photographed page has polygons only; its bounds are
    # kept as a box to draw and pick, but covering it is the polygons' job, padded as the engine does.
    bounds_only: bool = False
    # Where the detection found the value, one box per box: an edit may make a found box larger,
    # never uncover what it found (to show a found value, untick it or delete it).
    found: tuple[Box, ...] = ()
    # The words around a finding from a tilted page, which its grown cover leaves readable.
    neighbours: tuple | None = None

    @property
    def manual(self) -> bool:
        return self.category == "manual"

    @classmethod
    def from_finding(cls, finding: Finding) -> "Region":
        boxes = tuple(finding.boxes) or (finding.bounds,)
        return cls(id=next(_ids), category=finding.category, boxes=boxes, score=finding.score,
                   preview=finding.preview, detector=finding.detector, polygons=tuple(finding.polygons),
                   enabled=finding.enabled, bounds_only=not finding.boxes, found=boxes,
                   neighbours=finding.neighbours)

    def found_box(self, index: int) -> Box | None:
        """The area box `index` must keep covering, or None for a box the user drew."""
        return self.found[index] if index < len(self.found) else None

    def keeping_found(self, index: int, box: Box) -> Box:
        """`box` widened to cover what the detection found under box `index`."""
        found = self.found_box(index)
        return box if found is None else Box.union((box, found))

    def to_finding(self) -> Finding:
        boxes = () if self.bounds_only and self.polygons else self.boxes
        return Finding(category=self.category, boxes=boxes, score=self.score, preview=self.preview,
                       detector=self.detector, polygons=self.polygons, enabled=self.enabled,
                       neighbours=self.neighbours)


class ReviewDocument(QObject):
    """The state the review window shows; change it only through the methods below."""

    changed = Signal()
    style_changed = Signal(str)

    def __init__(self, loaded: LoadedImage, source: Path | None = None, style: str = "box",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loaded = loaded
        self.source = Path(source) if source else None
        self.style = style if style in STYLES else "box"
        self.regions: dict[int, Region] = {}
        self.verdict: Verdict = NO_VERDICT
        self.analysed = False
        # Boxes of each region the automatic detection found, kept when the user deletes one: a value
        # deleted from the list was left visible on purpose, and the export check does not report it.
        self.detected: dict[int, tuple[Box, ...]] = {}
        # What the analysis read on this image (`redactor.verify.Original`): the export check judges the copy
        # beside it, so text the analysis saw and left (a salary, a job title) is not reported once the covers
        # around it have taken away its context.
        self.first_pass = None
        self.undo_stack = QUndoStack(self)

    # Queries ----------------------------------------------------------------------------------

    @property
    def image(self) -> Image.Image:
        return self.loaded.image

    @property
    def name(self) -> str:
        return self.source.name if self.source else (self.loaded.name or "clipboard")

    def findings(self) -> list[Finding]:
        return [r.to_finding() for r in self.regions.values()]

    def deleted_found(self) -> int:
        """Values the detection found whose boxes the user deleted: they stay visible in the copy."""
        return sum(1 for region_id in self.detected if region_id not in self.regions)

    def shown_found(self) -> int:
        """Values the detection found that the copy shows: their boxes deleted or switched off."""
        return sum(1 for region_id in self.detected
                   if region_id not in self.regions or not self.regions[region_id].enabled)

    def enabled_counts(self) -> Counter:
        return Counter(r.category for r in self.regions.values() if r.enabled)

    def render(self, style: str | None = None) -> Image.Image:
        return apply_cover(self.image, [f for f in self.findings() if f.enabled], style or self.style)

    def clip(self, box: Box) -> Box:
        width, height = self.image.size
        return box.clipped(width, height)

    # Edits (each one undoable) ---------------------------------------------------------------------

    def apply_detection(self, findings: list[Finding], verdict: Verdict, first_pass=None) -> None:  # noqa: ANN001
        self.first_pass = first_pass
        regions = [Region.from_finding(f) for f in findings]
        self.detected = {r.id: r.boxes for r in regions}
        command = _ApplyDetection(self, regions, verdict)
        if self.undo_stack.count():
            self.undo_stack.push(command)  # a scan again, after edits: undone, the earlier boxes come back
        else:
            # The document's first findings are where editing starts, not an edit: one Ctrl+Z too many would
            # otherwise uncover every one of them.
            command.redo()
        self.analysed = True

    def add_found(self, findings: list[Finding], text: str) -> list[Region]:
        """Cover more findings (what the export check still read), as one undoable step."""
        regions = [Region.from_finding(replace(f, enabled=True)) for f in findings]
        if regions:
            command = _AddRegions(self, regions)
            command.setText(text)
            self.undo_stack.push(command)
        return regions

    def add_box(self, box: Box) -> Region | None:
        box = self.clip(box)
        if box.width < MIN_SIZE or box.height < MIN_SIZE:
            return None
        region = Region(id=next(_ids), category="manual", boxes=(box,),
                        preview=QCoreApplication.translate("Document", "Box drawn by you"))
        self.undo_stack.push(_AddRegions(self, [region]))
        return region

    def remove(self, ids: list[int]) -> None:
        regions = [self.regions[i] for i in ids if i in self.regions]
        if regions:
            self.undo_stack.push(_RemoveRegions(self, regions))

    def set_enabled(self, ids: list[int], enabled: bool) -> None:
        ids = [i for i in ids if i in self.regions and self.regions[i].enabled != enabled]
        if ids:
            self.undo_stack.push(_SetEnabled(self, ids, enabled))

    def set_box(self, region_id: int, index: int, box: Box) -> None:
        region = self.regions.get(region_id)
        if region is None:
            return
        box = self.clip(box)
        if box.width < MIN_SIZE or box.height < MIN_SIZE or region.boxes[index] == box:
            self.changed.emit()  # let the view snap back
            return
        self.undo_stack.push(_SetBox(self, region_id, index, box))

    def set_style(self, style: str) -> None:
        if style in STYLES and style != self.style:
            self.undo_stack.push(_SetStyle(self, style))

    # Used by the commands only ---------------------------------------------------------------------

    def _insert(self, regions: list[Region]) -> None:
        for region in regions:
            self.regions[region.id] = region
        self.regions = dict(sorted(self.regions.items(), key=lambda kv: (kv[1].boxes[0].top, kv[1].boxes[0].left)))
        self.changed.emit()

    def _drop(self, regions: list[Region]) -> None:
        for region in regions:
            self.regions.pop(region.id, None)
        self.changed.emit()


class _ApplyDetection(QUndoCommand):
    """Adds every finding of a scan; a second scan replaces the first one's regions (boxes you drew stay)."""

    def __init__(self, doc: ReviewDocument, regions: list[Region], verdict: Verdict) -> None:
        super().__init__(QCoreApplication.translate("Document", "Automatic detection"))
        self.doc, self.new, self.verdict, self.old_verdict = doc, regions, verdict, doc.verdict
        self.old = [r for r in doc.regions.values() if not r.manual]

    def redo(self) -> None:
        self.doc.verdict = self.verdict
        for region in self.old:
            self.doc.regions.pop(region.id, None)
        self.doc._insert(self.new)

    def undo(self) -> None:
        self.doc.verdict = self.old_verdict
        for region in self.new:
            self.doc.regions.pop(region.id, None)
        self.doc._insert(self.old)


class _AddRegions(QUndoCommand):
    def __init__(self, doc: ReviewDocument, regions: list[Region]) -> None:
        super().__init__(QCoreApplication.translate("Document", "Draw box"))
        self.doc, self.regions = doc, regions

    def redo(self) -> None:
        self.doc._insert(self.regions)

    def undo(self) -> None:
        self.doc._drop(self.regions)


class _RemoveRegions(_AddRegions):
    def __init__(self, doc: ReviewDocument, regions: list[Region]) -> None:
        super().__init__(doc, regions)
        self.setText(QCoreApplication.translate("Document", "Delete box"))

    def redo(self) -> None:
        super().undo()

    def undo(self) -> None:
        super().redo()


class _SetEnabled(QUndoCommand):
    def __init__(self, doc: ReviewDocument, ids: list[int], enabled: bool) -> None:
        super().__init__(QCoreApplication.translate("Document", "Cover") if enabled else QCoreApplication.translate("Document", "Leave visible"))
        self.doc, self.ids, self.enabled = doc, ids, enabled

    def _apply(self, value: bool) -> None:
        for i in self.ids:
            region = self.doc.regions.get(i)
            if region is not None:
                region.enabled = value
        self.doc.changed.emit()

    def redo(self) -> None:
        self._apply(self.enabled)

    def undo(self) -> None:
        self._apply(not self.enabled)


class _SetBox(QUndoCommand):
    def __init__(self, doc: ReviewDocument, region_id: int, index: int, box: Box) -> None:
        super().__init__(QCoreApplication.translate("Document", "Move or resize box"))
        region = doc.regions[region_id]
        # Not `self.id`: QUndoCommand.id() is virtual, and the binding would call the int as its override.
        self.doc, self.region_id, self.index = doc, region_id, index
        self.old = (region.boxes, region.polygons)
        boxes = list(region.boxes)
        boxes[index] = box
        self.new = (tuple(boxes), ())  # an edited region is covered by its boxes only

    def _apply(self, value: tuple) -> None:
        region = self.doc.regions.get(self.region_id)
        if region is not None:
            region.boxes, region.polygons = value
        self.doc.changed.emit()

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class _SetStyle(QUndoCommand):
    def __init__(self, doc: ReviewDocument, style: str) -> None:
        super().__init__(QCoreApplication.translate("Document", "Change style"))
        self.doc, self.old, self.new = doc, doc.style, style

    def _apply(self, style: str) -> None:
        self.doc.style = style
        self.doc.style_changed.emit(style)
        self.doc.changed.emit()

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)
