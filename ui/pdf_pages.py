"""A PDF in the review window: every page rendered and read in the background, one review document
per page, a page bar to go through them, and Save writing one image-only PDF of all pages.

The engine does the work (`redactor.pdf`): pages from PDFium, text from the page's own text layer
or OCR, the same covering as images, Pillow's PDF writer with no document properties.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (QBoxLayout, QFileDialog, QHBoxLayout, QLabel, QToolButton,
                               QWidget)

from redactor.load import LoadedImage

from .analysis_process import AnalysisCancelled
from .analysis_process import shared as shared_analysis
from .document import ReviewDocument


class PageBar(QWidget):
    """◀ Page 2 of 5 ▶"""

    page_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.previous = QToolButton()
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.next = QToolButton()
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.label = QLabel()
        layout.addStretch(1)
        layout.addWidget(self.previous)
        layout.addWidget(self.label)
        layout.addWidget(self.next)
        layout.addStretch(1)
        self.index, self.count = 0, 0
        self.previous.clicked.connect(lambda: self.page_requested.emit(self.index - 1))
        self.next.clicked.connect(lambda: self.page_requested.emit(self.index + 1))
        self.hide()

    def set_page(self, index: int, count: int) -> None:
        self.index, self.count = index, count
        self.label.setText(QCoreApplication.translate("PdfPages", "Page %1 of %2").replace(
            "%1", str(index + 1)).replace("%2", str(count)))
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(index < count - 1)
        self.previous.setToolTip(QCoreApplication.translate("PdfPages", "Previous page"))
        self.next.setToolTip(QCoreApplication.translate("PdfPages", "Next page"))
        self.setVisible(count > 0)


class PdfReview(QObject):
    """The PDF open in the window, if any. `active` tells the window to save a PDF instead of an image."""

    def __init__(self, window, layout: QBoxLayout) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.window = window
        self.source: Path | None = None
        self.docs: list[ReviewDocument] = []
        self.sizes: list[tuple[float, float]] = []
        self.bar = PageBar()
        self.bar.page_requested.connect(self.show_page)
        layout.addWidget(self.bar)

    @property
    def active(self) -> bool:
        return bool(self.docs)

    def owns(self, doc) -> bool:  # noqa: ANN001
        return any(doc is d for d in self.docs)

    # Opening ---------------------------------------------------------------------------------------

    def open(self, path: str) -> bool:
        """Start opening `path` if it is a PDF; False for anything else (the window opens it as an image)."""
        from redactor.pdf import is_pdf

        if not is_pdf(path):
            return False
        win = self.window
        if not win.confirm_discard():
            return True
        session = win.session
        session.opening = True  # the image on screen is still the previous one, and so is its banner
        token = session.begin(QCoreApplication.translate("PdfPages", "Opening the PDF…"))
        source = Path(path)
        win.pages.setCurrentWidget(win.review_page)
        from redactor.pdf import review_pages

        # Read in the analysis process, like an image: quitting or opening something else ends it at once.
        session.stop_analysis()
        session.await_call(token, shared_analysis().call(review_pages, source, win.settings.engine_config()),
                           lambda result: self._opened(source, result),
                           lambda exc: self._failed(token, exc, source))
        return True

    def _failed(self, token: int, exc: BaseException, source: Path) -> None:
        if isinstance(exc, AnalysisCancelled):
            return  # ended on purpose: the window closes, or the user opened something else
        self.window.session.fail_open(token, exc, source)

    def _opened(self, source: Path, result) -> None:  # noqa: ANN001
        win = self.window
        pages, found, extras = result
        win.settings.add_recent(str(source))
        win.start_page.set_recent(win.settings.recent_files())
        self.end()
        self.source = source
        self.sizes = [page.size for page in pages]
        for page, (findings, verdict) in zip(pages, found):
            loaded = LoadedImage(image=page.image, source_format="PDF", metadata_found=extras,
                                 name=f"{source.name} ({page.index + 1}/{len(pages)})")
            doc = ReviewDocument(loaded, source, style=win.settings.style, parent=self)
            doc.apply_detection(list(findings), verdict)
            doc.undo_stack.setClean()
            self.docs.append(doc)
        win.session.opening = False
        win.session.set_busy(False)
        self.show_page(0)
        win.canvas.setFocus()
        win.analysis_finished.emit()

    def end(self) -> None:
        """Leave the PDF (another file opened, or the image closed)."""
        docs, self.docs = self.docs, []
        for doc in docs:
            if doc is not self.window.doc:
                doc.deleteLater()
        self.source = None
        self.sizes = []
        self.bar.set_page(0, 0)

    def show_page(self, index: int) -> None:
        if not self.docs or not 0 <= index < len(self.docs):
            return
        self.window.show_document(self.docs[index])
        self.bar.set_page(index, len(self.docs))

    def step(self, delta: int) -> None:
        if self.docs:
            self.show_page(self.bar.index + delta)

    # Saving ----------------------------------------------------------------------------------------

    def default_save_path(self) -> Path:
        from redactor.pdf import output_path

        folder = self.window.settings.output_folder()
        return output_path(self.source, folder if folder and folder.is_dir() else None)

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("PdfPages", "Save safe PDF as"), str(self.default_save_path()),
                                              QCoreApplication.translate("PdfPages", "PDF document (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Start writing the covered pages into a new PDF on the pool, as an image's save is (`Exporter`);
        False when nothing was started."""
        from redactor.cover import apply_cover
        from redactor.pdf import save_pdf

        win = self.window
        if not self.docs or win.session.busy or not all(doc.analysed for doc in self.docs):
            return False
        # Taken now: what the pages show when Save is pressed is what gets written.
        pages = [(doc.image, [f for f in doc.findings() if f.enabled], doc.style, size)
                 for doc, size in zip(self.docs, self.sizes)]
        edits = [(doc, doc.undo_stack.index()) for doc in self.docs]
        protect = self.source

        def write():  # noqa: ANN202 - on the pool: pixels and files only, no widgets
            return save_pdf([(apply_cover(image, findings, style), size) for image, findings, style, size in pages],
                            path, protect=protect)

        return win.exporter.write_in_background(path, write, edits, lambda: self.save_to(path))
