"""Handing out the safe copy: Save, Save as, Copy and dragging it out of the window.

Files are written by the engine's `save_image` / `save_pdf`, which read the file back before it
takes its name; after every export the copy is read again by OCR (`ExportCheck`).

A save (cover, encode, atomic write, read-back; an image's or a PDF's) runs on the thread pool: a 12 MP PNG is more
than a second of CPU, and the window must keep answering meanwhile. The pixels and boxes are taken on
the window's thread when Save is pressed, so later edits never reach a copy already being written.
Quitting waits for a save under way, and asks about one still waiting for the findings.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

import shiboken6
from PySide6.QtCore import QEventLoop, QMimeData, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from redactor.errors import RedactorError
from redactor.export import covered_boxes, save_image, write_encoded
from redactor.messages import verdict_message
from redactor.private_dir import private_dir

from .. import language, metadata_note, save_names
from ..dialogs import show_problem, titled_box
from ..image_convert import pil_to_qimage
from ..messages import describe_error
from ..worker import run_task
from .drag_out import DragOutCopy, image_job, pdf_job

SAVE_FORMATS = {".png": "png", ".jpg": "jpg", ".jpeg": "jpg", ".webp": "webp"}


class Exporter(QObject):
    save_ended = Signal()  # a save on the pool ended, written or not

    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.window = window
        self.last_export: Path | None = None
        self.note: tuple[str, str, str] | None = None  # (title, text, button) of the last export's banner
        # Save pressed while the image was still being read: the session token of the analysis it waits for.
        self._save_after: int | None = None
        self.saving: Path | None = None  # the file a save on the pool is writing
        # Quit was asked while a save waited: the window closes once the copy is saved and checked.
        self.quit_after_save = False
        self.drag_copy = DragOutCopy(window, self._drag_job)
        self._dragging: list[tuple[object, int]] = []  # the documents in a drag's copy, with their undo index

    def _exportable(self) -> bool:
        return self.window.session.ready

    def forget(self) -> None:
        self.last_export = None
        self.note = None

    def default_save_path(self) -> Path | None:
        win = self.window
        if win.pdf.active:
            return win.pdf.default_save_path()
        if win.doc is None or win.doc.source is None:
            return None
        return save_names.file_save_path(win.doc.source, win.doc.loaded, win.settings.output_folder())

    @property
    def save_waiting(self) -> bool:
        """Save was pressed while this image was still being read: it is saved once its findings are covered."""
        return self._save_after is not None and self._save_after == self.window.session.token

    def save_when_analysed(self) -> None:
        """Save pressed before the analysis ended. Nothing is written yet, since the personal data is not
        known, let alone covered; the copy is saved the moment it is (`analysis_over`), and the user is
        told so now: a key that seems to do nothing reads as a broken app, or as a file saved."""
        self._save_after = self.window.session.token
        self.window.statusBar().showMessage(self.tr(
            "Still reading the image. The safe copy will be saved as soon as the personal data in it is covered."))
        self.window.review_banner.refresh()

    def analysis_over(self, ok: bool) -> None:
        """The analysis of the image on screen ended: a Save that waited for it goes ahead, or (failed) not."""
        if not self.save_waiting:
            return
        self._save_after = None
        if ok:
            self.save()
        else:  # fail closed: a copy no detector looked at is never written as the safe one
            self.quit_after_save = False  # the user wanted a saved copy: stay, and say why there is none
            self.window.statusBar().showMessage(self.tr(
                "Not saved: the image could not be checked for personal data. Cover it by hand, then save."))

    def waiting_note(self) -> str:
        """What the banner adds while the image is read and a save waits for it."""
        if not self.save_waiting:
            return ""
        if self.quit_after_save:
            return self.tr("The safe copy will be saved as soon as the personal data is covered, "
                           "then Redactor will quit.")
        return self.tr("The safe copy will be saved as soon as the personal data is covered.")

    def may_quit(self) -> bool:
        """The window is closing. A save under way is finished first; a save still waiting for the findings
        is the user's to decide: save and then quit, quit without it, or stay."""
        self.finish_saving()
        if not self.save_waiting:
            return True
        win = self.window
        if not win.ask_before_discarding:
            self._save_after = None
            return True
        checked = self.tr("“%s” is still being checked for personal data.") % win.doc.name if win.doc else ""
        box = titled_box(win, QMessageBox.Icon.Question, self.tr("The safe copy is not saved yet"),
                         "\n".join(filter(None, [checked, self.tr(
                             "Save it as soon as the data is covered and then quit, or quit without saving?")])),
                         QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard |
                         QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save, then quit"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Quit without saving"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Discard:
            self._save_after = None
            return True
        if answer == QMessageBox.StandardButton.Save and self.save_waiting:
            self.quit_after_save = True
            win.statusBar().showMessage(self.waiting_note())
            win.review_banner.refresh()
        return False

    def finish_saving(self) -> None:
        """Wait for a save under way (at quit, or before another image replaces this one). The window is
        still painted meanwhile; what the user types waits until the file is written."""
        if self.saving is None:
            return
        loop = QEventLoop()
        self.save_ended.connect(loop.quit)
        if self.saving is not None:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.save_ended.disconnect(loop.quit)

    def save(self) -> None:
        win = self.window
        if not win.pdf.active and win.session.busy and not win.session.ready:
            self.save_when_analysed()
            return
        target = self.default_save_path()
        if target is None:
            self.save_as()
            return
        self.save_to(target)

    def save_as(self) -> None:
        win = self.window
        if win.doc is None:
            return
        if win.pdf.active:
            win.pdf.save_as()
            return
        suggestion = self.default_save_path() or save_names.unnamed_save_path(win.doc.loaded,
                                                                              win.settings.output_folder())
        filters = [self.tr("PNG image (*.png)"), self.tr("JPEG image (*.jpg)"), self.tr("WebP image (*.webp)")]
        chosen = filters[1] if suggestion.suffix == ".jpg" else filters[0]
        path, _ = QFileDialog.getSaveFileName(win, self.tr("Save safe copy as"), str(suggestion),
                                              ";;".join(filters), chosen)
        if path:
            if Path(path).suffix.lower() not in SAVE_FORMATS:
                path += ".png"
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Start writing the covered pixels into a new file, never over the original; False when nothing
        was started. `export_finished` follows once the file is written, `export_failed` if it is not."""
        win = self.window
        if win.pdf.active:
            return win.pdf.save_to(path)
        if not self._exportable():
            return False
        if self.busy_saving():
            return False
        doc = win.doc
        fmt = SAVE_FORMATS.get(path.suffix.lower(), "png")
        # Taken now: what is on screen when Save is pressed is what gets written.
        image, findings, style = doc.image, [f for f in doc.findings() if f.enabled], doc.style
        photo, protect, edit = doc.loaded.lossy, doc.source, doc.undo_stack.index()

        def write():  # noqa: ANN202 - on the pool: pixels and files only, no widgets
            from redactor.cover import apply_cover

            return save_image(apply_cover(image, findings, style), path, fmt, photo=photo, protect=protect,
                              covered=covered_boxes(findings), original=image)

        return self.write_in_background(path, write, [(doc, edit)], lambda: self.save_to(path))

    def busy_saving(self) -> bool:
        """A save is under way: say so rather than start a second one over it."""
        if self.saving is None:
            return False
        self.window.statusBar().showMessage(self.tr("Still saving “%s”…") % self.saving.name)
        return True

    def write_in_background(self, path: Path, write: Callable[[], object], docs: Sequence[tuple[object, int]],
                            export_again: Callable[[], None]) -> bool:
        """Run `write` (an image's or a PDF's save, touching no widget) on the pool. `docs`: each document
        written, with its undo index when Save was pressed. `export_finished` follows once the file is
        written and named, `export_failed` (after the user is told why) if it is not."""
        if self.busy_saving():
            return False
        self.saving = path
        self.window.statusBar().showMessage(self.tr("Saving the safe copy…"))
        run_task(write, lambda result: self._written(docs, result.path, export_again),
                 lambda exc: self._not_written(path, exc), owner=self.window)
        return True

    def _written(self, docs: Sequence[tuple[object, int]], path: Path, export_again: Callable[[], None]) -> None:
        self.saving = None
        win = self.window
        shown = {id(win.doc)} | {id(doc) for doc in (win.pdf.docs if win.pdf.active else [])}
        if any(not shiboken6.isValid(doc) or id(doc) not in shown for doc, _ in docs):
            self.save_ended.emit()  # closed meanwhile (only ever at quit)
            return
        self.saved(path, [doc for doc, _ in docs], export_again,
                   clean=all(doc.undo_stack.index() == edit for doc, edit in docs))
        self.save_ended.emit()
        if self.quit_after_save:
            win.export_check.finished.connect(self._quit_if_clean)

    def _not_written(self, path: Path, exc: BaseException) -> None:
        self.saving = None
        self.quit_after_save = False  # nothing saved: the user stays to see why
        self.save_ended.emit()
        win = self.window
        text = describe_error(exc) if isinstance(exc, RedactorError) else \
            (exc.strerror or str(exc)) if isinstance(exc, OSError) else describe_error(exc)
        show_problem(win, self.tr("Could not save"), text)
        win.export_failed.emit(str(path))

    def _quit_if_clean(self, check) -> None:  # noqa: ANN001 - the Verification, or the exception
        """Save and quit: the copy was read again. Quit if nothing is readable in it, else stay and show it."""
        self.window.export_check.finished.disconnect(self._quit_if_clean)
        if not self.quit_after_save:
            return
        self.quit_after_save = False
        if getattr(check, "clean", False):
            QTimer.singleShot(0, self.window.close)
        else:  # the user asked to quit: say why the window stays
            self.window.statusBar().showMessage(self.tr(
                "Saved, but not quit: the check of the copy needs you. See the message above the image."))

    def saved(self, path: Path, docs: Sequence, export_again: Callable[[], None], clean: bool = True) -> None:
        """A file was written (an image, or a PDF of `docs`): say so, and read it again. `clean`: the file
        holds the document as it is now (no edit came after Save was pressed)."""
        win = self.window
        for doc in docs:
            if clean:
                doc.undo_stack.setClean()
        self.last_export = path
        self.note = (self.tr("Saved “%s”") % path.name, self.metadata_sentence(), self.tr("Show in folder"))
        win.export_banner.show_message("ok", *self.note)
        win.export_banner.show()
        win.statusBar().showMessage(self.tr("Saved to %s") % path, 8000)
        win.export_check.check_file(path, list(docs), export_again, export_note=self.note)
        win.export_finished.emit(str(path))

    def copy_to_clipboard(self) -> None:
        win = self.window
        if not self._exportable():
            return
        image = win.doc.render()
        QGuiApplication.clipboard().setImage(pil_to_qimage(image))
        win.doc.undo_stack.setClean()
        # An image better not posted at all (a classified letter, an internal system) is copied when asked,
        # but the banner must not invite posting it under the red warning that says the opposite.
        short = verdict_message(win.doc.verdict.kind, "short", language.current())
        title = self.tr("Copied — %s") % short if short else self.tr("Copied — paste it into your chat or post")
        self.note = (title, self.metadata_sentence(), "")
        win.export_banner.show_message("ok", *self.note)
        win.export_banner.show()
        win.export_check.check_image(image, win.doc, self.copy_to_clipboard, export_note=self.note)
        win.export_finished.emit("")

    def drag_mime(self) -> QMimeData | None:
        """The safe copy as a file in a private folder (an image's also as pixels), for dragging into other
        apps. The file is written now, from bytes made ready on the pool (`DragOutCopy`)."""
        win = self.window
        if not self._exportable():
            return None
        docs, source = (list(win.pdf.docs), win.pdf.source) if win.pdf.active else ([win.doc], win.doc.source)
        try:
            copy = self.drag_copy.take()
            if copy is None:
                return None
            folder = private_dir("share")  # never a shared /tmp folder another user could read or fill
            result = write_encoded(copy.data, folder / copy.name, protect=source)
        except (RedactorError, OSError) as exc:
            win.statusBar().showMessage(describe_error(exc), 8000)
            return None
        win.export_check.check_file(result.path, docs, self.dragged_again)
        self._dragging = [(doc, doc.undo_stack.index()) for doc in docs]
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(result.path))])
        if copy.pixels is not None:
            mime.setImageData(copy.pixels)
        return mime

    def dragged_out(self, action: Qt.DropAction) -> None:
        """A drag of the copy ended. Dropped into a chat, a mail or a folder, the safe copy is handed out, as
        a Copy hands it out: quitting does not ask to save it again. Dropped nowhere (Esc, or back on the
        window), nothing was handed out, and the edits still count as unsaved."""
        dragging, self._dragging = self._dragging, []
        if action == Qt.DropAction.IgnoreAction:
            return
        for doc, edit in dragging:
            if shiboken6.isValid(doc) and doc.undo_stack.index() == edit:
                doc.undo_stack.setClean()

    def _drag_job(self):  # noqa: ANN202 - the work that makes the drag copy of what is on screen, or None
        win = self.window
        if not self._exportable():
            return None
        if win.pdf.active:
            return pdf_job(win.pdf.docs, win.pdf.sizes, win.pdf.source)
        return image_job(win.doc)

    def dragged_again(self) -> None:
        self.window.statusBar().showMessage(self.tr("Covered. Drag the safe copy out again."), 8000)

    def metadata_sentence(self) -> str:
        doc = self.window.doc
        return metadata_note.removed_note(doc.loaded.metadata_found if doc else ())

    def show_in_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))
