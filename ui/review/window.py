"""The review window: open or paste an image, review what was found, export a safe copy.

The window puts the parts together: the commands (`actions`), the widgets (`layout`), the image and
its background work (`session`), the edits (`editing`), the banner (`banner`) and the exports (`export`).
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from redactor.errors import OcrError

from ..categories import style_name
from ..dialogs import show_problem, titled_box
from ..icons import app_icon, icon
from ..image_convert import qimage_to_png
from ..messages import as_sentence, describe_error
from ..settings import Settings
from ..start_page import recent_labels
from ..toolbar_fit import ToolbarFitter
from ..analysis_process import AnalysisCancelled
from ..analysis_process import shared as shared_analysis
from ..worker import deliver
from . import layout
from .actions import create_actions, retranslate_actions, shortcut_rows, tint_action_icons
from .banner import ReviewBanner
from .editing import ReviewEditor
from .export import Exporter
from .session import ReviewSession

NEEDS_DOCUMENT = ("zoomIn", "zoomOut", "fit", "actualSize", "showOriginal", "showBoxes", "toolDraw", "toolEdit", "toolPan",
                  "selectAll", "closeImage", "delete")
NEEDS_READY = ("save", "saveAs", "copy", "watermark", "rescan")


class MainWindow(QMainWindow):
    """One image at a time; many files go to the batch window."""

    analysis_finished = Signal()   # tests and the screenshot script wait for this
    export_finished = Signal(str)
    export_failed = Signal(str)    # a save that wrote nothing (the user was told why)
    preview_ready = Signal()

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.session = ReviewSession(self.settings, self)
        self.editor = ReviewEditor(self)
        self.exporter = Exporter(self)
        self._batch_window = None
        self._tesseract_problem: str | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.ask_before_discarding = True  # unsaved edits: ask before another image replaces them

        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(1200, 800)
        self.setMinimumSize(1024, 600)  # the Save button must never fall into the toolbar overflow
        self.actions_by_name = create_actions(self)
        layout.build_menus(self)
        layout.build_toolbars(self)
        layout.build_central(self)
        layout.build_status(self)
        self.review_banner = ReviewBanner(self.banner, self.session, self, save_waiting=self.exporter.waiting_note)
        self.editor.connect_views()
        self._connect_session()
        self.toolbar_fitter = ToolbarFitter(self, self.file_toolbar, self.toolbar)
        self.retranslate()
        geometry = self.settings.get("window/geometry")
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = self.settings.get("window/state")
        if state:
            self.splitter.restoreState(QByteArray(state))
        self.update_actions()
        QTimer.singleShot(0, self.check_tesseract)

    def action(self, name: str) -> QAction:
        return self.actions_by_name[name]

    @property
    def doc(self):  # noqa: ANN201 - the ReviewDocument on screen, or None
        return self.session.doc

    def _connect_session(self) -> None:
        session = self.session
        session.busy_changed.connect(self._on_busy)
        session.document_changed.connect(self._on_document_changed)
        session.opened.connect(self._on_opened)
        session.open_failed.connect(self._on_open_failed)
        session.analysed.connect(self._on_analysed)
        session.analysis_failed.connect(self._on_analysis_failed)
        session.preview.ready.connect(self._show_pixmap)
        session.preview.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))

    # Text (every visible string is set here, so a language switch updates everything) -----------------

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:  # light or dark: icons drawn in the theme's colour
            tint_action_icons(self.actions_by_name)
            self.copy_button.setIcon(icon("copy"))
        super().changeEvent(event)

    def retranslate(self) -> None:
        retranslate_actions(self.actions_by_name)
        for title, menu in self.menus:
            menu.setTitle(QCoreApplication.translate("Actions", title))
        self.menu_recent.setTitle(self.tr("Open &recent"))
        self.canvas.setAccessibleName(self.tr("Image with covered areas"))
        self.style_combo.setToolTip(self.tr("How found data is covered in this image. A black box is the safest."))
        for i in range(self.style_combo.count()):
            self.style_combo.setItemText(i, style_name(self.style_combo.itemData(i), short=True))
            self.style_combo.setItemData(i, style_name(self.style_combo.itemData(i)), Qt.ItemDataRole.ToolTipRole)
        self.original_button.setText(self.tr("Before/after"))
        self.original_badge.set_text(self.tr("ORIGINAL"), self.tr(
            "The original image: nothing is covered here. Release Space (or press O) to see the safe copy."))
        self.copy_button.setText(self.tr("Copy"))
        self._explain_copy()
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.action("save").toolTip())
        self._update_title()
        self.schedule_refresh()

    def _update_title(self) -> None:
        if self.doc is None:
            self.setWindowTitle("Redactor")
            self.status_name.setText(self.tr("Ready"))
            self.status_zoom.clear()  # no image, no zoom
        else:
            self.setWindowTitle(f"{self.doc.name} — Redactor")
            width, height = self.doc.image.size
            self.status_name.setText(f"{self.doc.name}  ·  {width} × {height}")

    # Opening ----------------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open image"), str(self.settings.start_folder()),
            self.tr("Images and PDFs (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff *.heic *.heif *.pdf);;"
                    "All files (*)"))
        if files:
            self.open_files(files)

    def open_files(self, files: list[str]) -> None:
        """One image opens here; several files or a folder go to the batch window. Also what a second
        launch hands over (its files, or none when the app's icon was clicked): the window comes back even
        when it was closed while the guard goes on in the tray, where it stays hidden but alive."""
        files = [f for f in files if f]
        if files and (len(files) > 1 or os.path.isdir(files[0])):
            self.open_batch(files)  # the batch window comes to the front, not this one
            return
        if self.isMinimized() or not self.isVisible():
            self.showNormal()  # first: a question about unsaved edits needs the window on screen
        self.raise_()
        self.activateWindow()
        if files:
            self.open_path(files[0])

    def open_path(self, path: str) -> None:
        path = os.path.abspath(path)
        if self.pdf.open(path):
            return
        if self.confirm_discard():
            self._show_review_page()
            self.session.open_path(path)  # listed in Recent once it has opened

    def open_bytes(self, data: bytes, name: str = "clipboard") -> None:
        if self.confirm_discard():
            self._show_review_page()
            self.session.open_bytes(data, name)

    def _show_review_page(self) -> None:
        self.pages.setCurrentWidget(self.review_page)

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        if mime.hasUrls():
            files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if files:
                self.open_files(files)
                return
        if mime.hasImage():
            image = QGuiApplication.clipboard().image()
            if not image.isNull():
                self.open_bytes(qimage_to_png(image), self.tr("pasted image"))
                return
        self.statusBar().showMessage(self.tr("The clipboard holds no image. Copy a screenshot first."), 6000)

    def confirm_discard(self) -> bool:
        """True when the current edits may go: nothing unsaved, or the user saved or discarded them."""
        self.exporter.finish_saving()  # a copy being written is written before its image goes
        doc = self.doc
        if doc is None or not self.ask_before_discarding or doc.undo_stack.isClean() or self.session.busy:
            return True
        box = titled_box(
            self, QMessageBox.Icon.Question, self.tr("Unsaved changes"),
            self.tr("Your changes to “%s” are not saved yet. Save a safe copy first?") % doc.name,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            self.exporter.save()
            self.exporter.finish_saving()
            return doc.undo_stack.isClean()
        return answer == QMessageBox.StandardButton.Discard

    def close_image(self) -> None:
        if self.confirm_discard():
            self.session.close()
            self.pdf.end()

    # What the session reports -------------------------------------------------------------------------

    def _on_busy(self, busy: bool, text: str) -> None:
        self.panel.set_busy(busy)
        if busy:
            self.busy.start(text)
        else:
            self.busy.stop()
        self.update_actions()
        self.review_banner.refresh()

    def _on_opened(self, source: Path | None) -> None:
        if source is not None:
            self.settings.add_recent(str(source))
            self.start_page.set_recent(self.settings.recent_files())
        self.pdf.end()

    def _on_open_failed(self, source: Path | None, exc: BaseException) -> None:
        name = source.name if source else self.tr("pasted image")
        if source is not None and str(source) in self.settings.recent_files():
            self.settings.remove_recent(str(source))  # gone or broken since: no dead entry in the list
            self.start_page.set_recent(self.settings.recent_files())
        if self.doc is None:
            self.pages.setCurrentWidget(self.start_page)
        self.analysis_finished.emit()
        reason = as_sentence(describe_error(exc))
        show_problem(self, self.tr("Cannot open this file"),
                     self.tr("Redactor cannot open “%1”:\n%2").replace("%1", name).replace("%2", reason))

    def _on_document_changed(self, doc, previous) -> None:  # noqa: ANN001 - ReviewDocument or None
        # A PDF's pages stay while it is open; going from page to page keeps what its export said.
        paging = doc is not None and self.pdf.owns(doc) and self.pdf.owns(previous)
        if previous is not None and not self.pdf.owns(previous):
            previous.deleteLater()
        if not paging:
            self.exporter.forget()
            self.export_banner.hide()
            self.export_check.clear()
        self.editor.reset_original()
        self.original_badge.hide()
        if doc is not None:
            doc.changed.connect(self._on_doc_changed)
            doc.style_changed.connect(self.editor.on_doc_style)
            doc.undo_stack.canUndoChanged.connect(self.update_actions)
            doc.undo_stack.canRedoChanged.connect(self.update_actions)
            self.editor.on_doc_style(doc.style)
            self.pages.setCurrentWidget(self.review_page)
        else:
            self.pages.setCurrentWidget(self.start_page)
        self.canvas.set_document(doc)
        self.panel.set_document(doc)
        self.exporter.drag_copy.invalidate()
        self._update_title()
        self.refresh()

    def show_document(self, doc) -> None:  # noqa: ANN001 - ReviewDocument (a PDF page)
        self.session.set_document(doc)

    def _on_analysed(self) -> None:
        self.exporter.drag_copy.invalidate()  # the findings are final: a drag-out copy made from now on shows them
        self.refresh()
        self.canvas.setFocus()
        self.exporter.analysis_over(ok=True)
        self.analysis_finished.emit()

    def _on_analysis_failed(self, exc: BaseException) -> None:
        self.refresh()
        self.exporter.analysis_over(ok=False)
        if isinstance(exc, OcrError):
            self._show_tesseract_help(str(exc))
        self.analysis_finished.emit()

    def _show_tesseract_help(self, message: str) -> None:
        from redactor.ocr import install_hint

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Text recognition is not available"))
        box.setText(self.tr("Redactor needs the free Tesseract OCR program to find text such as NIK and "
                            "phone numbers."))
        box.setInformativeText(self.tr("To fix it: %s.\n\nUntil then you can still cover parts of the image "
                                       "by dragging boxes on it.") % install_hint())
        box.setDetailedText(message)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()

    def check_tesseract(self) -> None:
        """At start-up the analysis process checks Tesseract and loads the models, while the user looks for
        a picture; the start screen says so when text cannot be read."""
        def done(_result) -> None:  # noqa: ANN001
            self._tesseract_problem = None
            self.start_page.show_problem("")

        def failed(exc: BaseException) -> None:
            if isinstance(exc, AnalysisCancelled):
                return
            self._tesseract_problem = describe_error(exc)
            self.start_page.show_problem(self.tr("Text recognition (Tesseract OCR) is not ready, so NIK and phone "
                                                 "numbers cannot be found automatically.") + " " +
                                         self._tesseract_problem)

        deliver(shared_analysis().start(self.settings.engine_config()), done, failed, owner=self)

    # Refreshing the view ------------------------------------------------------------------------------

    def schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def _on_doc_changed(self) -> None:
        self.session.preview.invalidate()  # the covered preview in the cache is out of date
        self.exporter.drag_copy.invalidate()
        self.schedule_refresh()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        if self.doc is not None:
            self.canvas.sync()
            self.editor.toggle_boxes()
            self.panel.rebuild()
            self.panel.select_regions(self.canvas.selected_ids())
        self.refresh_pixmap()
        self.review_banner.refresh()
        self.update_actions()

    def refresh_pixmap(self) -> None:
        self.session.preview.show(self.editor.showing_original)

    def _show_pixmap(self, pixmap: QPixmap, original: bool) -> None:
        self.canvas.set_pixmap(pixmap)
        self.original_badge.setVisible(original)
        self.preview_ready.emit()

    def update_actions(self) -> None:
        has_doc = self.doc is not None
        ready = self.session.ready
        for name in NEEDS_READY:
            self.action(name).setEnabled(ready)
        for name in NEEDS_DOCUMENT:
            self.action(name).setEnabled(has_doc)
        # Save stays pressable while the image is read: it then saves as soon as the findings are covered.
        save_waits = self.session.busy and not self.pdf.active and (has_doc or self.session.opening)
        self.action("save").setEnabled(ready or save_waits)
        self.save_button.setEnabled(ready or save_waits)
        self.copy_button.setEnabled(ready)
        self._explain_copy()
        self.style_combo.setEnabled(has_doc)
        idle = has_doc and not self.session.busy
        self.action("undo").setEnabled(idle and self.doc.undo_stack.canUndo())
        self.action("redo").setEnabled(idle and self.doc.undo_stack.canRedo())
        self.toolbar.setVisible(has_doc)
        self.toolbar_fitter.set_reviewing(has_doc)

    def _explain_copy(self) -> None:
        """Copy and drag-out are greyed until the findings are covered: hovering them says so."""
        why = ""
        if self.doc is not None and not self.session.ready and not self.pdf.active:
            why = self.tr("Copy and drag out work once the personal data in the image is found and covered.")
        tip = self.action("copy").toolTip() + "\n" + self.tr(
            "Or drag this button into a chat, an e-mail or a folder to share the safe image as a file.")
        self.copy_button.setToolTip(tip + ("\n\n" + why if why else ""))
        for name in ("copy", "saveAs"):
            self.action(name).setStatusTip(why)

    def banner_action(self) -> None:
        if self.session.analysis_error:
            self.session.rescan()
        elif self.doc is not None and self.doc.verdict.kind == "identity_card":
            self.open_watermark()

    def open_watermark(self) -> None:
        """An ID-card copy for one recipient: the purpose written across it, chosen fields covered."""
        from ..watermark_dialog import WatermarkDialog

        if self.doc is not None and self.doc.analysed:
            dialog = WatermarkDialog(self.doc, self.settings, self)
            if dialog.exec() and dialog.saved_path is not None:
                self.statusBar().showMessage(self.tr("Saved to %s") % dialog.saved_path, 8000)

    # Exports (see `export.Exporter`) ------------------------------------------------------------------

    def save(self) -> None:
        self.exporter.save()

    def save_to(self, path: Path) -> bool:
        return self.exporter.save_to(path)

    def default_save_path(self) -> Path | None:
        return self.exporter.default_save_path()

    def copy_to_clipboard(self) -> None:
        self.exporter.copy_to_clipboard()

    def drag_mime(self) -> QMimeData | None:
        return self.exporter.drag_mime()

    def dragged_out(self, action: Qt.DropAction) -> None:
        """A drag of the safe copy ended: `action` is what the place it was dropped on did with it."""
        self.exporter.dragged_out(action)

    # Drag and drop --------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if event.source() is not None:
            # The safe copy dragged from this window and let go over it again: the user changed their mind.
            # Opened, the covered copy would replace the image under review; taken, it would count as shared.
            event.ignore()
            return
        if mime.hasUrls() or mime.hasImage():
            event.acceptProposedAction()
            self.start_page.set_drop_active(True)
            files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
            if len(files) == 1 and os.path.isfile(files[0]) and not self._is_pdf(files[0]):
                self.session.prefetch(files[0])  # the analysis starts while the hand is still moving

    @staticmethod
    def _is_pdf(path: str) -> bool:
        from redactor.pdf import is_pdf

        return is_pdf(path)

    def dragLeaveEvent(self, event) -> None:  # noqa: ANN001
        self.start_page.set_drop_active(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self.start_page.set_drop_active(False)
        self.handle_mime(event.mimeData())
        event.acceptProposedAction()

    def handle_mime(self, mime) -> None:  # noqa: ANN001
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if files:
            self.open_files(files)
        elif mime.hasImage() and not QImage(mime.imageData()).isNull():
            self.open_bytes(qimage_to_png(QImage(mime.imageData())), self.tr("dropped image"))
        elif mime.hasUrls():  # a web page's link: there is no file on this computer to open
            self.statusBar().showMessage(self.tr("That is a link to a page on the internet, not a file. Save the "
                                                 "image to this computer first, then drop the saved file."), 12000)

    # Other windows --------------------------------------------------------------------------------

    def open_batch(self, files: list[str]) -> None:
        from ..batch_window import BatchWindow

        if self._batch_window is None:
            self._batch_window = BatchWindow(self.settings)
            self._batch_window.open_for_review.connect(lambda path: self.open_files([path]))  # and come to the front
            self._batch_window.quit_requested.connect(self.action("quit").trigger)
        self._batch_window.show()
        self._batch_window.raise_()
        self._batch_window.activateWindow()
        if files:
            self._batch_window.add_paths(files)

    def open_settings(self) -> None:
        from ..settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            self.check_tesseract()

    def fill_recent_menu(self) -> None:
        self.menu_recent.clear()
        files = self.settings.recent_files()
        for path, label in zip(files, recent_labels(files)):
            action = self.menu_recent.addAction(label)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if files:
            self.menu_recent.addSeparator()
            self.menu_recent.addAction(self.tr("Clear list"), self.clear_recent)
        else:
            self.menu_recent.addAction(self.tr("No recent files")).setEnabled(False)

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        self.start_page.set_recent([])

    def remove_recent(self, path: str) -> None:
        self.settings.remove_recent(path)
        self.start_page.set_recent(self.settings.recent_files())

    def show_shortcuts(self) -> None:
        html = "<table cellspacing='6'>" + "".join(
            f"<tr><td><b>{keys}</b></td><td>{text}</td></tr>" for keys, text in shortcut_rows()) + "</table>"
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), html)

    def show_about(self) -> None:
        from redactor import __version__ as version  # noqa: PLC0415

        QMessageBox.about(self, self.tr("About Redactor"), self.tr(
            "<b>Redactor %s</b><br>Makes a screenshot or document photo safe to post: finds personal data, "
            "covers it for good and removes hidden details such as GPS location.<br><br>"
            "Everything happens on this computer.") % version)

    def closeEvent(self, event) -> None:  # noqa: ANN001
        if not self.exporter.may_quit() or not self.confirm_discard():
            event.ignore()
            return
        self.settings.set("window/geometry", bytes(self.saveGeometry().data()))
        self.settings.set("window/state", bytes(self.splitter.saveState().data()))
        self.settings.sync()
        if self._batch_window is not None:
            self._batch_window.close()
        self.session.stop_analysis()  # the app may live on in the tray: no analysis for a closed window
        super().closeEvent(event)
