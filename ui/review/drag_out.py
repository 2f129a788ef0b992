"""The file a drag out of the window hands over, made ready before the drag starts.

A chat app, a mail client or a file manager opens the dropped file the moment the drop lands, and Qt
starts a drag on the window's thread: the file has to be written when the drag starts. Covering,
encoding and checking the bytes is the slow part (seconds for a 12 MP photo), so it runs on the thread
pool, and only once a drag is in sight: when the pointer comes onto the drag-out button (and again after
an edit made while it is there, once the edits pause). Made for every image as soon as it was read, the
copy took both cores from the analysis of the next image dropped, for a copy most images never need.
A drag then only writes bytes already checked (atomically; the file must hold exactly them). A drag
that comes before they are ready waits for them, the window still painted.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QImage

from ..worker import run_task

# Edits come in bursts (a box drawn, moved, nudged): the copy is made once they pause this long.
PREPARE_AFTER_MS = 400


@dataclass(frozen=True)
class DragCopy:
    """A file's name and checked bytes, and the picture itself for apps that take pixels (an image only)."""

    name: str
    data: bytes
    pixels: QImage | None = None


class DragOutCopy(QObject):
    """Keeps the drag-out copy of what is on screen ready; `take()` hands it over at drag time."""

    prepared = Signal()  # a copy, or the reason there is none, is ready for the state on screen

    def __init__(self, window, make_job: Callable[[], Callable[[], DragCopy] | None]) -> None:  # noqa: ANN001
        """`make_job()`, on the window's thread: takes what is on screen now and returns the work that
        makes its copy on the pool (touching no widget), or None when there is nothing to export yet."""
        super().__init__(window)
        self.window = window
        self._make_job = make_job
        self._state = 0       # bumped by every change of what a copy would show
        self._wanted = False  # the pointer is on the drag-out button: a drag may start any moment
        self._ready: tuple[int, DragCopy | BaseException | None] | None = None
        # One copy is made at a time: edits in a row on a large photo would otherwise fill the pool (and keep
        # the covered preview waiting) with copies already out of date. The latest state's copy follows.
        self._making = False
        self._again = False
        self._timer = QTimer(self, singleShot=True, interval=PREPARE_AFTER_MS)
        self._timer.timeout.connect(self._prepare)

    def invalidate(self) -> None:
        """What a copy would show changed (an edit, another page, new findings): the copy made is out of date;
        a new one is made once the edits pause if a drag is in sight, else when one comes."""
        self._state += 1
        self._ready = None
        if self._wanted:
            self._timer.start()
        else:
            self._timer.stop()

    def want(self, wanted: bool = True) -> None:
        """The pointer came onto the drag-out button (True) or left it: make the copy now, if it is not made."""
        self._wanted = wanted
        if wanted and not self.ready and not self._making:
            self._timer.stop()
            self._prepare()

    @property
    def ready(self) -> bool:
        return self._ready is not None and self._ready[0] == self._state

    def take(self) -> DragCopy | None:
        """The copy of what is on screen: made now if the pause has not come yet, waited for if it is being
        made (what the user types meanwhile waits). Raises what making it raised; None: nothing to export."""
        if not self.ready:
            self._timer.stop()
            if not self._prepare():
                return None
            loop = QEventLoop()
            self.prepared.connect(loop.quit)
            if not self.ready:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            self.prepared.disconnect(loop.quit)
        result = self._ready[1]
        if isinstance(result, BaseException):
            raise result
        return result

    def _prepare(self) -> bool:
        """Start on the copy of the state now (or once the copy being made is done); False: nothing to export."""
        if self._making:
            self._again = True
            return True
        job = self._make_job()
        if job is None:
            return False
        self._making, self._again = True, False
        state = self._state
        run_task(job, lambda copy: self._done(state, copy), lambda exc: self._done(state, exc), owner=self.window)
        return True

    def _done(self, state: int, result: DragCopy | BaseException) -> None:
        self._making = False
        if state == self._state:
            self._ready = (state, result)
            self.prepared.emit()
        elif self._again and not self._prepare():
            self._ready = (self._state, None)  # nothing to export any more: a drag waiting gets nothing
            self.prepared.emit()


def image_job(doc) -> Callable[[], DragCopy]:  # noqa: ANN001 - ReviewDocument
    """The work that makes an image's drag copy: a PNG of the covered pixels, as on screen now."""
    from redactor.cover import apply_cover
    from redactor.export import covered_boxes, encode_checked

    from ..image_convert import pil_to_qimage

    image, findings, style = doc.image, [f for f in doc.findings() if f.enabled], doc.style
    name = f"{doc.source.stem if doc.source else 'redacted'}.redacted.png"

    def make() -> DragCopy:
        covered = apply_cover(image, findings, style)
        data = encode_checked(covered, "png", covered=covered_boxes(findings))
        return DragCopy(name, data, pil_to_qimage(covered))

    return make


def pdf_job(docs, sizes, source: Path) -> Callable[[], DragCopy]:  # noqa: ANN001 - ReviewDocuments, page sizes
    """The work that makes a PDF's drag copy: every page covered as on screen now, in one PDF."""
    from redactor.cover import apply_cover
    from redactor.pdf import encode_pdf_checked

    pages = [(doc.image, [f for f in doc.findings() if f.enabled], doc.style, size) for doc, size in zip(docs, sizes)]

    def make() -> DragCopy:
        return DragCopy(f"{source.stem}.redacted.pdf", encode_pdf_checked(
            [(apply_cover(image, findings, style), size) for image, findings, style, size in pages]))

    return make
