"""Handing out the safe copy: Save, Save as, Copy and dragging it out of the window.

Files are written by the engine's `save_image` / `save_pdf`, which read the file back before it
takes its name; after every export the copy is read again by OCR (`ExportCheck`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QMimeData, QObject, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from redactor.errors import RedactorError
from redactor.export import covered_boxes, save_image
from redactor.private_dir import private_dir

from .. import metadata_note, save_names
from ..dialogs import show_problem
from ..image_convert import pil_to_qimage
from ..messages import describe_error

SAVE_FORMATS = {".png": "png", ".jpg": "jpg", ".jpeg": "jpg", ".webp": "webp"}


class Exporter(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.window = window
        self.last_export: Path | None = None
        self.note: tuple[str, str, str] | None = None  # (title, text, button) of the last export's banner
        # Save pressed while the image was still being read: the session token of the analysis it waits for.
        self._save_after: int | None = None

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
            self.window.statusBar().showMessage(self.tr(
                "Not saved: the image could not be checked for personal data. Cover it by hand, then save."))

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
        """Encode the covered pixels into a new file; never over the original."""
        win = self.window
        if win.pdf.active:
            return win.pdf.save_to(path)
        if not self._exportable():
            return False
        doc = win.doc
        fmt = SAVE_FORMATS.get(path.suffix.lower(), "png")
        try:
            result = save_image(doc.render(), path, fmt, photo=doc.loaded.lossy, protect=doc.source,
                                covered=covered_boxes(doc.findings()), original=doc.image)
        except RedactorError as exc:
            show_problem(win, self.tr("Could not save"), describe_error(exc))
            return False
        except OSError as exc:
            show_problem(win, self.tr("Could not save"), exc.strerror or str(exc))
            return False
        self.saved(result.path, [doc], lambda: self.save_to(result.path))
        return True

    def saved(self, path: Path, docs: Sequence, export_again: Callable[[], None]) -> None:
        """A file was written (an image, or a PDF of `docs`): say so, and read it again."""
        win = self.window
        for doc in docs:
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
        self.note = (self.tr("Copied — paste it into your chat or post"), self.metadata_sentence(), "")
        win.export_banner.show_message("ok", *self.note)
        win.export_banner.show()
        win.export_check.check_image(image, win.doc, self.copy_to_clipboard, export_note=self.note)
        win.export_finished.emit("")

    def drag_mime(self) -> QMimeData | None:
        """The safe image as a PNG file in a private folder plus the pixels, for dragging into other apps."""
        win = self.window
        if not self._exportable():
            return None
        if win.pdf.active:
            return win.pdf.drag_mime()
        doc = win.doc
        try:
            folder = private_dir("share")  # never a shared /tmp folder another user could read or fill
        except RedactorError as exc:
            win.statusBar().showMessage(describe_error(exc), 8000)
            return None
        stem = doc.source.stem if doc.source else "redacted"
        image = doc.render()
        try:
            result = save_image(image, folder / f"{stem}.redacted.png", "png", protect=doc.source,
                                covered=covered_boxes(doc.findings()))
        except (RedactorError, OSError) as exc:
            win.statusBar().showMessage(describe_error(exc), 8000)
            return None
        win.export_check.check_image(image, doc, self.dragged_again)
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(result.path))])
        mime.setImageData(pil_to_qimage(image))
        return mime

    def dragged_again(self) -> None:
        self.window.statusBar().showMessage(self.tr("Covered. Drag the safe copy out again."), 8000)

    def metadata_sentence(self) -> str:
        doc = self.window.doc
        return metadata_note.removed_note(doc.loaded.metadata_found if doc else ())

    def show_in_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))
