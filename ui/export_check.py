"""Every export checked ("Diperiksa"): after Save, Copy or a drag-out, the copy is read again in the
background, the way anyone receiving it could read it, and the window says whether any value is still
readable, offering to cover what was found and export again.

The reading is the engine's (`redactor.verify`), the same for the CLI, a batch and the app.
"""
from __future__ import annotations

from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from typing import Callable, Sequence

from PIL import Image
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout

from redactor.findings import Box

from .analysis_process import shared as shared_analysis
from .widgets import Banner
from .worker import deliver


def judged_beside(doc):  # noqa: ANN001, ANN201 - ReviewDocument -> verify.Original or None
    """What the analysis read on `doc`, with the boxes as they are now (found, edited, drawn by the user):
    the check reads the copy beside it, and text read there before and left outside every box is no alarm."""
    if doc.first_pass is None:
        return None
    return replace(doc.first_pass, findings=tuple(doc.findings()))


def left_visible(doc) -> list[Box]:  # noqa: ANN001 - ReviewDocument
    """What the user chose to show: boxes switched off, and found boxes deleted from the list."""
    boxes = [box for region in doc.regions.values() if not region.enabled for box in region.boxes]
    for region_id, found in getattr(doc, "detected", {}).items():
        if region_id not in doc.regions:
            boxes.extend(found)
    return boxes


class ExportCheck(QObject):
    """Owns the check's banner; one check at a time (a newer export makes an older result moot)."""

    finished = Signal(object)   # the Verification, or the exception; tests and scripts wait for it

    def __init__(self, window, layout: QBoxLayout) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.window = window
        self.banner = Banner()
        self.banner.setObjectName("banner")
        self.banner.hide()
        self.banner.action_clicked.connect(self.cover_found)
        layout.addWidget(self.banner)
        self._token = 0
        self._found: tuple[Sequence, object, Callable[[], None]] | None = None
        self._export_note: tuple[str, str, str] | None = None  # the export banner's words, while it hosts the check
        self._shown = 0  # found values the user chose to show in the copy being checked
        self.running = False

    # Starting a check ----------------------------------------------------------------------------

    def check_file(self, path: Path, docs: Sequence, export_again: Callable[[], None],
                   export_note: tuple[str, str, str] | None = None) -> None:
        """Read the written file (image or PDF) back from disk; `docs`: one review document per page;
        `export_note`: (title, text, button) of the export's own banner, which then also says how the check went."""
        from redactor.verify import verify_file

        config = self.window.settings.engine_config()
        visible = [left_visible(doc) for doc in docs]
        originals = [judged_beside(doc) for doc in docs]
        self._start(lambda: shared_analysis().call(verify_file, path, config, left_visible=visible,
                                                   originals=originals), docs, export_again, export_note)

    def check_image(self, image: Image.Image, doc, export_again: Callable[[], None],  # noqa: ANN001
                    export_note: tuple[str, str, str] | None = None) -> None:
        """Check pixels handed out without a file of ours (the clipboard, a drag)."""
        from redactor.verify import verify_image

        config = self.window.settings.engine_config()
        visible = left_visible(doc)
        self._start(lambda: shared_analysis().call(verify_image, image, config, left_visible=visible,
                                                   original=judged_beside(doc)), [doc], export_again, export_note)

    def clear(self) -> None:
        self._token += 1
        self._found = None
        self._export_note = None
        self.running = False
        self.banner.hide()

    def _start(self, send: Callable[[], Future], docs: Sequence, export_again: Callable[[], None],
               export_note: tuple[str, str, str] | None) -> None:
        """`send()` hands the reading to the analysis process: no OCR runs in the window's process, and
        quitting ends a check under way at once. A check still running for an older export is ended first."""
        self._token += 1
        token = self._token
        self._found = None
        self._export_note = export_note
        # (counted now: the user may edit the boxes while the copy is read)
        self._shown = sum(doc.shown_found() for doc in docs if hasattr(doc, "shown_found"))
        self.running = True
        if export_note is not None:  # one banner says "Saved" and how the check goes, not two stacked
            self.banner.hide()
            self._say_in_export_banner(self.tr("Checking the copy…"))
        else:
            self.banner.show_message("info", self.tr("Checking the copy…"),
                                     self.tr("Reading it again, as anyone receiving it could, to make sure no data "
                                             "is still readable."))
            self.banner.show()
        self.window.session.stop_analysis()
        deliver(send(), lambda result: self._done(token, result, list(docs), export_again),
                lambda exc: self._failed(token, exc), owner=self.window)

    def _say_in_export_banner(self, line: str) -> None:
        title, text, button = self._export_note
        self.window.export_banner.show_message("ok", title, "\n".join(filter(None, [text, line])), button)

    # Results ---------------------------------------------------------------------------------------

    def _done(self, token: int, check, docs: list, export_again: Callable[[], None]) -> None:  # noqa: ANN001
        if token != self._token:
            return
        self.running = False
        if check.clean and self._shown:
            # The check leaves alone what the user chose to show: it must not say that nothing is readable.
            title = self.tr("Checked: only what you chose to show is readable")
            text = self.tr("%n value(s) found on the image, switched off or deleted, can be read in the copy.", "",
                           self._shown)
            if self._export_note is not None:
                self._say_in_export_banner("")
            self.banner.show()
            self.banner.show_message("warn", title, text)
        elif check.clean:
            title = self.tr("Checked: no data still readable")
            text = self.tr("The copy was read again the way anyone could read it (%s s).") % f"{check.seconds:.1f}"
            if self._export_note is not None:
                self._say_in_export_banner(f"{title}. {text}")
            else:
                self.banner.show_message("ok", title, text)
        else:
            if self._export_note is not None:
                self._say_in_export_banner("")  # the loud banner below says what the check read
            self.banner.show()
            self._found = (docs, check, export_again)
            count = len(check.still_readable)
            self.banner.show_message(
                "danger", self.tr("Checked: %n item(s) still readable in the copy", "", count),
                ", ".join(check.previews()) + "\n" +
                self.tr("Cover them and export again, or delete the copy if it was already shared."),
                self.tr("Cover them"))
        self.finished.emit(check)

    def _failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        from .messages import describe_error

        self.running = False
        if self._export_note is not None:
            self._say_in_export_banner("")
        self.banner.show_message("warn", self.tr("The copy could not be checked"), describe_error(exc))
        self.banner.show()
        self.finished.emit(exc)

    def cover_found(self) -> None:
        """Add what the check read as boxes (one undo step per page), then export again the same way."""
        if self._found is None:
            return
        docs, check, export_again = self._found
        self._found = None
        for page in check.pages:
            if page.still_readable and page.index < len(docs):
                docs[page.index].add_found(list(page.still_readable),
                                           self.tr("Cover what the check found"))
        self.banner.hide()
        export_again()
