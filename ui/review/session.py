"""The image under review and the work done on it in the background: load → analyse → render.

One piece of work at a time. Each start takes a new token; a result that comes back for an older
token (the user opened another image meanwhile) is dropped. Background functions touch no widget:
they get plain data and return plain data (`worker.run_task`, the shape of Anki's `QueryOp`).
The session fails closed: an analysis that fails leaves the document with no findings and the
error kept in `analysis_error`, so nothing calls the image safe.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

import redactor.pipeline  # noqa: F401 - see below
from redactor.load import LoadedImage, load_bytes, read_input

from ..analysis_process import AnalysisCancelled
from ..analysis_process import shared as shared_analysis
from ..document import ReviewDocument
from ..image_convert import pil_to_qimage
from ..messages import describe_error
from ..settings import Settings
from ..worker import deliver, run_task


# The engine's modules (not its models: those load in the analysis process) are imported here, once, on
# the GUI thread. Left to be imported on first use, the export check's thread and the settings dialog
# imported `redactor.detect` at the same moment, and Python's import of one package from two threads at
# once handed one of them a half-initialised module (ImportError: cannot import name 'Recognizer').


class ReviewSession(QObject):
    busy_changed = Signal(bool, str)        # busy, what the user is waiting for
    document_changed = Signal(object, object)  # the new document (or None), the one it replaces
    opened = Signal(object)                 # the source path (None: pasted) once its pixels are read
    open_failed = Signal(object, object)    # source path (None: pasted), the exception
    analysed = Signal()                     # findings applied to `doc`
    analysis_failed = Signal(object)        # the exception; `analysis_error` holds the words for it

    def __init__(self, settings: Settings, parent: QObject) -> None:
        super().__init__(parent)
        self.settings = settings
        self.doc: ReviewDocument | None = None
        self.token = 0
        self.busy = False
        self.busy_text = ""   # what the user is waiting for
        self.opening = False  # a file is being read; `doc` is still the previous one
        self.analysis_error: str | None = None
        self.preview = PreviewRenderer(self)
        self._prefetch: _Prefetch | None = None  # a file being dragged over the window, read ahead

    # State -----------------------------------------------------------------------------------------

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.busy_text = text if busy else ""
        self.busy_changed.emit(busy, text)

    def begin(self, busy_text: str) -> int:
        """A new piece of work that replaces whatever was running; returns its token."""
        self.token += 1
        self.set_busy(True, busy_text)
        return self.token

    def is_current(self, token: int) -> bool:
        return token == self.token

    def set_document(self, doc: ReviewDocument | None) -> None:
        previous, self.doc = self.doc, doc
        self.analysis_error = None
        self.preview.forget()
        self.document_changed.emit(doc, previous)

    def close(self) -> None:
        self._prefetch = None
        self.stop_analysis()
        self.token += 1
        self.opening = False
        self.set_busy(False)
        self.set_document(None)

    # Load → analyse ----------------------------------------------------------------------------------

    def open_path(self, path: str) -> None:
        prefetch, self._prefetch = self._prefetch, None
        if prefetch is not None and prefetch.ready_for(path):
            self._open_prefetched(prefetch)
            return
        self._open(lambda: read_input(Path(path)), Path(path).name, Path(path))

    def prefetch(self, path: str) -> None:
        """One image file is being dragged over the window: read it and start its analysis now, so that
        its drop finds the analysis under way. Nothing on screen changes. Opening anything else (or
        closing) ends it; a file changed since it was read is read again."""
        path = os.path.abspath(path)
        if self._image_work_under_way() or (self._prefetch is not None and self._prefetch.path == path):
            return
        prefetch = _Prefetch(path)
        self._prefetch = prefetch

        def read() -> bytes:
            return read_input(Path(path))

        def done(data: bytes) -> None:
            if self._prefetch is prefetch and not self._image_work_under_way():
                prefetch.data = data
                prefetch.pending = self._start_analysis(0, data, Path(path).name)

        run_task(read, done, lambda exc: None, owner=self)  # a file that cannot be read says so on its drop

    def _image_work_under_way(self) -> bool:
        """The image on screen is still being analysed, or its exported copy checked: that comes first."""
        return self.busy or shared_analysis().working

    def _open_prefetched(self, prefetch: "_Prefetch") -> None:
        self.opening = True
        token = self.begin(self.tr("Opening the image…"))
        prefetch.pending.token = token
        self._decode(token, prefetch.data, Path(prefetch.path).name, Path(prefetch.path), prefetch.pending)

    def open_bytes(self, data: bytes, name: str) -> None:
        self._open(lambda: data, name, None)

    def _open(self, read: Callable[[], bytes], name: str, source: Path | None) -> None:
        self.opening = True
        token = self.begin(self.tr("Opening the image…"))
        self.run(token, read, lambda data: self._read(token, data, name, source),
                 lambda exc: self.fail_open(token, exc, source))

    def _read(self, token: int, data: bytes, name: str, source: Path | None) -> None:
        # The analysis process decodes and analyses these bytes while this process decodes its own copy
        # for the screen: the findings do not wait for the picture, nor the picture for the findings.
        self._decode(token, data, name, source, self._start_analysis(token, data, name))

    def _decode(self, token: int, data: bytes, name: str, source: Path | None, pending: "_PendingAnalysis") -> None:
        self.run(token, lambda: load_bytes(data, name=name),
                 lambda loaded: self._loaded(token, loaded, source, pending),
                 lambda exc: self.fail_open(token, exc, source))

    def run(self, token: int, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None]) -> None:
        """`work` on the thread pool; `done` or `failed` on the GUI thread, only while `token` is current."""
        run_task(work, lambda result: self.is_current(token) and done(result),
                 lambda exc: self.is_current(token) and failed(exc), owner=self)

    def await_call(self, token: int, future, done: Callable[[Any], None],  # noqa: ANN001 - a Future
                   failed: Callable[[BaseException], None]) -> None:
        """`run` for work already sent to the analysis process (`AnalysisProcess.call`)."""
        deliver(future, lambda result: self.is_current(token) and done(result),
                lambda exc: self.is_current(token) and failed(exc), owner=self)

    def _loaded(self, token: int, loaded: LoadedImage, source: Path | None, pending: "_PendingAnalysis") -> None:
        self.opening = False
        self.opened.emit(source)
        self.set_document(ReviewDocument(loaded, source, style=self.settings.style, parent=self.parent()))
        self._await_analysis(pending)

    def fail_open(self, token: int, exc: BaseException, source: Path | None) -> None:
        """Reading the file failed: the previous document (if any) stays on screen.  Its analysis, if it was
        still under way, was ended for the new file: it starts again, or its findings would never come."""
        if not self.is_current(token):
            return
        self.opening = False
        self.set_busy(False)
        interrupted = self.doc is not None and not self.doc.analysed
        if interrupted:
            self.token += 1
            self.analyse(self.token)
        self.open_failed.emit(source, exc)

    def stop_analysis(self) -> None:
        """End an analysis under way (the image is closed, or the window): nothing waits for it."""
        process = shared_analysis()
        if process.working:
            process.stop()

    def _start_analysis(self, token: int, page: bytes | LoadedImage, name: str) -> "_PendingAnalysis":
        """Send `page` to the analysis process; an analysis still running there for an older image ends."""
        self.stop_analysis()  # its image is gone from the screen: waiting for it would only delay this one
        process = shared_analysis()
        pending = _PendingAnalysis(token)
        deliver(process.analyse(page, name, self.settings.engine_config()),
                pending.done, pending.failed, owner=self)
        return pending

    def _await_analysis(self, pending: "_PendingAnalysis") -> None:
        """Show the findings of `pending` on the document on screen, now or when they come."""
        doc = self.doc
        self.set_busy(True, self.tr("Looking for personal data…"))
        pending.deliver_to(lambda result: self.is_current(pending.token) and self._analysed(doc, result),
                           lambda exc: self.is_current(pending.token) and self._analysis_failed(doc, exc))

    def analyse(self, token: int) -> None:
        self._await_analysis(self._start_analysis(token, self.doc.loaded, self.doc.loaded.name))

    def rescan(self) -> None:
        if self.doc is not None and not self.busy:
            self.token += 1
            self.analyse(self.token)

    def _analysed(self, doc: ReviewDocument, result: tuple) -> None:
        if doc is not self.doc:
            return
        findings, verdict, first_pass = result
        self.set_busy(False)
        self.analysis_error = None
        doc.apply_detection(list(findings), verdict, first_pass)
        doc.undo_stack.setClean()  # nothing to lose yet: a rescan gives the same boxes
        self.analysed.emit()

    def _analysis_failed(self, doc: ReviewDocument, exc: BaseException) -> None:
        if doc is not self.doc:
            return
        self.set_busy(False)
        self.analysis_error = describe_error(exc)
        doc.analysed = True  # the user may still cover things by hand and export
        self.analysis_failed.emit(exc)

    @property
    def ready(self) -> bool:
        """A document is open, its analysis is over, and nothing runs: it may be exported."""
        return self.doc is not None and not self.busy and self.doc.analysed


def _stamp(path: str) -> tuple | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


class _Prefetch:
    """A file read (and sent to the analysis process) while it was dragged over the window."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.stamp = _stamp(path)
        self.data: bytes | None = None
        self.pending: _PendingAnalysis | None = None

    def ready_for(self, path: str) -> bool:
        """Its analysis is under way for `path`, as the file still is on disk."""
        return (self.pending is not None and not self.pending.cancelled and self.path == os.path.abspath(path)
                and self.stamp is not None and _stamp(self.path) == self.stamp)


class _PendingAnalysis:
    """An analysis under way in the other process, whose result may come before its document is on screen."""

    def __init__(self, token: int) -> None:
        self.token = token
        self._outcome: tuple[bool, Any] | None = None
        self._callbacks: tuple[Callable, Callable] | None = None

    @property
    def cancelled(self) -> bool:
        """Ended before its result came (other work took the process): it must be started again."""
        return self._outcome is not None and isinstance(self._outcome[1], AnalysisCancelled)

    def done(self, result: tuple) -> None:
        self._settle((True, result))

    def failed(self, exc: BaseException) -> None:
        self._settle((False, exc))

    def _settle(self, outcome: tuple[bool, Any]) -> None:
        self._outcome = outcome
        self._hand_over()

    def deliver_to(self, done: Callable[[tuple], Any], failed: Callable[[BaseException], Any]) -> None:
        self._callbacks = (done, failed)
        self._hand_over()

    def _hand_over(self) -> None:
        if self._outcome is None or self._callbacks is None:
            return
        (ok, value), (done, failed) = self._outcome, self._callbacks
        self._callbacks = None
        (done if ok else failed)(value)


class PreviewRenderer(QObject):
    """Renders the covered preview off the GUI thread; edits made meanwhile trigger one more render.

    The last original and covered pictures are kept, so flipping between them is instant and the
    ORIGINAL badge always matches the picture on screen."""

    ready = Signal(QPixmap, bool)   # the picture, whether it is the original
    failed = Signal(str)

    def __init__(self, session: ReviewSession) -> None:
        super().__init__(session)
        self.session = session
        self.generation = 0       # counts edits: a covered picture of an older generation is stale
        self.rendering = False
        self._again = False
        self._wanted = False      # the picture asked for last: the original or the covered one
        self._cache: dict[bool, tuple] = {}  # original? -> (doc, generation, QPixmap)

    def forget(self) -> None:
        self._cache.clear()

    def invalidate(self) -> None:
        self.generation += 1

    def show(self, original: bool) -> None:
        doc = self.session.doc
        if doc is None:
            return
        self._wanted = original
        if self.rendering:
            self._again = True
            return
        generation = self.generation
        cached = self._cache.get(original)
        if cached is not None and cached[0] is doc and (original or cached[1] == generation):
            self.ready.emit(cached[2], original)
            return
        findings = [f for f in doc.findings() if f.enabled]
        style = doc.style
        self.rendering = True
        self._again = False

        def render() -> QImage:  # runs on the pool: pixels only, no widgets
            from redactor.cover import apply_cover

            return pil_to_qimage(doc.image if original else apply_cover(doc.image, findings, style))

        def shown(image: QImage) -> None:
            self.rendering = False
            if doc is not self.session.doc:
                return
            pixmap = QPixmap.fromImage(image)
            self._cache[original] = (doc, generation, pixmap)
            if self._again:
                self.show(self._wanted)
            else:
                self.ready.emit(pixmap, original)

        def failed(exc: BaseException) -> None:
            self.rendering = False
            self.failed.emit(describe_error(exc))

        run_task(render, shown, failed, owner=self)
