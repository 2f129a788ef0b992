"""The review window: open or paste an image, review what was found, export a safe copy."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import (QBuffer, QByteArray, QEvent, QIODevice, QMimeData, QObject, QPoint, QSize, Qt, QTimer,
                            QUrl, Signal)
from PySide6.QtGui import (QAction, QDesktopServices, QDrag, QDragEnterEvent, QDropEvent, QGuiApplication, QImage,
                           QKeySequence, QPixmap)
from PySide6.QtWidgets import (QApplication, QComboBox, QFileDialog, QLabel, QMainWindow, QMenu,
                               QMessageBox, QSplitter, QStackedWidget, QToolBar, QToolButton, QVBoxLayout, QWidget)

from redactor.cover import STYLES
from redactor.errors import OcrError, RedactorError
from redactor.export import covered_boxes, save_image
from redactor.load import LoadedImage, load_bytes, load_path
from redactor.messages import verdict_message
from redactor.pipeline import analyse
from redactor.private_dir import private_dir

from .canvas import ImageCanvas
from .compare import HoldSpaceToCompare, OriginalBadge
from . import language, metadata_note
from . import save_names
from .dialogs import show_problem
from .toolbar_fit import ToolbarFitter, icon_button
from .categories import count_phrase, engine_message, style_name
from .document import ReviewDocument
from .export_check import ExportCheck
from .icons import app_icon, icon
from .panel import FindingsPanel
from .settings import Settings
from .start_page import StartPage
from .widgets import Banner, BusyOverlay
from .worker import run_task

log = logging.getLogger(__name__)

SAVE_FORMATS = {".png": "png", ".jpg": "jpg", ".jpeg": "jpg", ".webp": "webp"}
def pil_to_qimage(image) -> QImage:  # noqa: ANN001 - PIL.Image
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    qimage = QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888)
    return qimage.copy()  # own the pixels; `data` goes away


def qimage_to_png(image: QImage) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data())


def describe_error(exc: BaseException) -> str:
    """Words for the user; never a traceback."""
    if isinstance(exc, RedactorError):
        return engine_message(str(exc))
    if isinstance(exc, MemoryError):
        return QApplication.translate("MainWindow", "The image is too large for the memory available.")
    return QApplication.translate("MainWindow", "Something went wrong (%s). Please try again.") % type(exc).__name__


class DragOutButton(QToolButton):
    """Press and drag: the safe image leaves the window as a file (chat apps, e-mail, folders)."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__()
        self.window_ = window
        self._press: QPoint | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event) -> None:  # noqa: ANN001
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001
        if self._press is None or (event.position().toPoint() - self._press).manhattanLength() < 6:
            return
        self._press = None
        self.setDown(False)
        mime = self.window_.drag_mime()
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.icon().pixmap(32, 32))
        drag.exec(Qt.DropAction.CopyAction)

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001
        self._press = None
        super().mouseReleaseEvent(event)


class MainWindow(QMainWindow):
    """One image at a time; many files go to the batch window."""

    analysis_finished = Signal()   # tests and the screenshot script wait for this
    export_finished = Signal(str)
    preview_ready = Signal()

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.doc: ReviewDocument | None = None
        self._token = 0
        self._busy = False
        self._batch_window = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh)
        self._showing_original = False
        self._held_original = False  # Space is down
        self._opening = False  # a file is being read; the shown document is still the previous one
        self._pixmap_cache: dict[bool, tuple] = {}  # original? -> (doc, edit generation, QPixmap)
        self._generation = 0
        self._last_export: Path | None = None
        self._export_note: tuple[str, str, str] | None = None
        self._analysis_error: str | None = None
        self._rendering = False
        self._render_again = False
        self.ask_before_discarding = True  # unsaved edits: ask before another image replaces them

        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(1200, 800)
        self.setMinimumSize(1024, 600)  # the Save button must never fall into the toolbar overflow
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status()
        self.toolbar_fitter = ToolbarFitter(self, self.file_toolbar, self.toolbar)
        self.retranslate()
        geometry = self.settings.get("window/geometry")
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = self.settings.get("window/state")
        if state:
            self.splitter.restoreState(QByteArray(state))
        self._update_actions()
        self._tesseract_problem: str | None = None
        QTimer.singleShot(0, self.check_tesseract)

    # Construction -----------------------------------------------------------------------------------

    def _action(self, name: str, slot, shortcut=None, icon_name: str | None = None,  # noqa: ANN001
                checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.act_open = self._action("open", self.open_dialog, K.Open, "open")
        self.act_paste = self._action("paste", self.paste, K.Paste, "paste")
        self.act_batch = self._action("batch", lambda: self.open_batch([]), "Ctrl+B", "batch")
        self.act_save = self._action("save", self.save, K.Save, "save")
        self.act_save_as = self._action("saveAs", self.save_as, "Ctrl+Shift+S")
        self.act_copy = self._action("copy", self.copy_to_clipboard, K.Copy, "copy")
        self.act_watermark = self._action("watermark", self.open_watermark)
        self.act_close = self._action("closeImage", self.close_image, K.Close)
        self.act_quit = self._action("quit", self.close, "Ctrl+Q")
        self.act_settings = self._action("settings", self.open_settings, "Ctrl+,", "settings")
        self.act_delete = self._action("delete", self.delete_selected, [QKeySequence.StandardKey.Delete, "Backspace"],
                                       "delete")
        self.act_select_all = self._action("selectAll", self.select_all, K.SelectAll)
        self.act_zoom_in = self._action("zoomIn", lambda: self.canvas.zoom_in(), ["Ctrl++", "Ctrl+="], "zoom_in")
        self.act_zoom_out = self._action("zoomOut", lambda: self.canvas.zoom_out(), "Ctrl+-", "zoom_out")
        self.act_fit = self._action("fit", lambda: self.canvas.fit(), "Ctrl+0", "fit")
        self.act_actual = self._action("actualSize", lambda: self.canvas.actual_size(), "Ctrl+1")
        self.act_draw = self._action("toolDraw", lambda: self.set_tool("draw"), "R", "draw", checkable=True)
        self.act_pan = self._action("toolPan", lambda: self.set_tool("pan"), "H", "pan", checkable=True)
        self.act_original = self._action("showOriginal", self._toggle_original, "O", "compare", checkable=True)
        self.act_boxes = self._action("showBoxes", self._toggle_boxes, "Ctrl+H", checkable=True)
        self.act_boxes.setChecked(True)
        self.act_rescan = self._action("rescan", self.rescan, "F5")
        self.act_shortcuts = self._action("shortcuts", self.show_shortcuts, "F1")
        self.act_about = self._action("about", self.show_about)
        self.act_draw.setChecked(True)
        self.undo_stack_actions()

    def undo_stack_actions(self) -> None:
        self.act_undo = self._action("undo", lambda: self.doc and self.doc.undo_stack.undo(),
                                     QKeySequence.StandardKey.Undo, "undo")
        self.act_redo = self._action("redo", lambda: self.doc and self.doc.undo_stack.redo(),
                                     ["Ctrl+Shift+Z", "Ctrl+Y"], "redo")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = QMenu(self)
        self.menu_recent.aboutToShow.connect(self._fill_recent_menu)
        for item in (self.act_open, self.act_paste, self.menu_recent, None, self.act_save, self.act_save_as,
                     self.act_copy, self.act_watermark, None, self.act_batch, None, self.act_close, self.act_quit):
            if item is None:
                self.menu_file.addSeparator()
            elif isinstance(item, QMenu):
                self.menu_file.addMenu(item)
            else:
                self.menu_file.addAction(item)
        self.menu_edit = bar.addMenu("")
        for item in (self.act_undo, self.act_redo, None, self.act_delete, self.act_select_all, None,
                     self.act_rescan, None, self.act_settings):
            self.menu_edit.addSeparator() if item is None else self.menu_edit.addAction(item)
        self.menu_view = bar.addMenu("")
        for item in (self.act_draw, self.act_pan, None, self.act_zoom_in, self.act_zoom_out, self.act_fit,
                     self.act_actual, None, self.act_original, self.act_boxes):
            self.menu_view.addSeparator() if item is None else self.menu_view.addAction(item)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_shortcuts)
        self.menu_help.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        files = QToolBar()
        files.setObjectName("fileToolbar")
        files.setMovable(False)
        files.setIconSize(QSize(20, 20))
        files.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)  # words, not riddles
        for action in (self.act_open, self.act_paste, self.act_batch, self.act_settings):
            files.addAction(action)
        self.addToolBar(files)
        self.file_toolbar = files
        tb = QToolBar()
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setIconSize(QSize(20, 20))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.addToolBar(tb)
        self.toolbar = tb
        tb.addAction(self.act_undo)
        tb.addAction(self.act_redo)
        tb.addSeparator()
        tb.addAction(self.act_draw)
        tb.addAction(self.act_pan)
        tb.addAction(self.act_delete)
        tb.addSeparator()
        for action in (self.act_zoom_out, self.act_zoom_in, self.act_fit):
            icon_button(tb, action)  # well-known icons; their words would push Save off the bar
        tb.addSeparator()
        self.style_combo = QComboBox()
        self.style_combo.setObjectName("styleCombo")
        self.style_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for style in STYLES:
            self.style_combo.addItem("", style)
        self.style_combo.currentIndexChanged.connect(self._on_style_combo)
        tb.addWidget(self.style_combo)
        tb.addSeparator()
        self.original_button = QToolButton()
        self.original_button.setDefaultAction(self.act_original)
        self.original_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        tb.addWidget(self.original_button)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        tb.addWidget(spacer)
        # Plain buttons with short labels (the actions keep their long menu texts).
        # Click copies; press and drag carries the safe image out as a file.
        self.copy_button = DragOutButton(self)
        self.drag_button = self.copy_button
        self.copy_button.setIcon(icon("copy"))
        self.copy_button.clicked.connect(self.act_copy.trigger)
        self.copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        tb.addWidget(self.copy_button)
        self.save_button = QToolButton()
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.act_save.trigger)
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_button.setIcon(icon("save", "#ffffff"))
        self.save_button.setCursor(Qt.CursorShape.PointingHandCursor)
        tb.addWidget(self.save_button)

    def _build_central(self) -> None:
        self.pages = QStackedWidget()
        self.start_page = StartPage()
        self.start_page.open_requested.connect(self.open_dialog)
        self.start_page.paste_requested.connect(self.paste)
        self.start_page.batch_requested.connect(lambda: self.open_batch([]))
        self.start_page.recent_requested.connect(self.open_path)
        self.start_page.clear_recent_requested.connect(self._clear_recent)
        self.start_page.shortcuts_requested.connect(self.show_shortcuts)
        self.start_page.remove_recent_requested.connect(self._remove_recent)
        self.start_page.set_recent(self.settings.recent_files())
        self.pages.addWidget(self.start_page)

        review = QWidget()
        outer = QVBoxLayout(review)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        banners = QWidget()
        banner_layout = QVBoxLayout(banners)
        banner_layout.setContentsMargins(12, 10, 12, 10)
        banner_layout.setSpacing(8)
        self.banner = Banner()
        self.banner.action_clicked.connect(self._banner_action)
        banner_layout.addWidget(self.banner)
        self.export_banner = Banner()
        self.export_banner.setObjectName("banner")
        self.export_banner.action_clicked.connect(self.show_in_folder)
        self.export_banner.hide()
        banner_layout.addWidget(self.export_banner)
        self.export_check = ExportCheck(self, banner_layout)  # "Checked: ..." after every export
        from .pdf_pages import PdfReview

        self.pdf = PdfReview(self, banner_layout)  # a PDF's pages, when one is open
        outer.addWidget(banners)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.canvas = ImageCanvas()
        self.canvas.set_tool("draw")
        self.canvas.box_drawn.connect(self._on_box_drawn)
        self.canvas.boxes_edited.connect(self._on_boxes_edited)
        self.canvas.selection_changed.connect(self._on_canvas_selection)
        self.canvas.zoom_changed.connect(self._on_zoom)
        self.canvas.installEventFilter(self)
        self.canvas.setAccessibleName(self.tr("Image with covered areas"))
        self.busy = BusyOverlay(self.canvas)
        self.original_badge = OriginalBadge(self.canvas)
        self.space_compare = HoldSpaceToCompare(self, self._hold_original, lambda: self.doc is not None)
        self.splitter.addWidget(self.canvas)
        side = QWidget()
        side.setObjectName("sidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(14, 12, 14, 12)
        self.panel = FindingsPanel()
        self.panel.enabled_requested.connect(self._on_enabled_requested)
        self.panel.selection_changed.connect(self._on_panel_selection)
        self.panel.zoom_requested.connect(self.zoom_to_region)
        side_layout.addWidget(self.panel)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([860, 340])
        self.splitter.setChildrenCollapsible(False)
        side.setMinimumWidth(300)
        outer.addWidget(self.splitter, 1)
        self.pages.addWidget(review)
        self.review_page = review
        self.setCentralWidget(self.pages)

    def _build_status(self) -> None:
        self.status_name = QLabel()
        self.status_zoom = QLabel()
        self.statusBar().addWidget(self.status_name, 1)
        self.statusBar().addPermanentWidget(self.status_zoom)
        self.statusBar().setSizeGripEnabled(False)

    # Text (every visible string is set here, so a language switch updates everything) -----------------

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {
            self.act_open: (self.tr("&Open image…"), self.tr("Open an image (Ctrl+O)")),
            self.act_paste: (self.tr("&Paste image"), self.tr("Paste a screenshot from the clipboard (Ctrl+V)")),
            self.act_batch: (self.tr("&Many files…"), self.tr("Cover personal data in many files at once (Ctrl+B)")),
            self.act_save: (self.tr("&Save safe copy"), self.tr("Save a safe copy beside the original (Ctrl+S)")),
            self.act_save_as: (self.tr("Save safe copy &as…"), self.tr("Choose where to save the safe copy")),
            self.act_copy: (self.tr("&Copy"), self.tr("Copy the safe image, to paste into a chat or post (Ctrl+C)")),
            self.act_watermark: (self.tr("&Watermark for one purpose…"),
                                 self.tr("Write who an ID-card copy is for across it, so it cannot be reused")),
            self.act_close: (self.tr("&Close image"), ""),
            self.act_quit: (self.tr("&Quit"), ""),
            self.act_settings: (self.tr("S&ettings…"), self.tr("Settings (Ctrl+,)")),
            self.act_delete: (self.tr("&Delete box"), self.tr("Delete the selected box (Delete)")),
            self.act_select_all: (self.tr("Select &all boxes"), ""),
            self.act_zoom_in: (self.tr("Zoom &in"), self.tr("Zoom in (Ctrl++)")),
            self.act_zoom_out: (self.tr("Zoom &out"), self.tr("Zoom out (Ctrl+-)")),
            self.act_fit: (self.tr("&Fit to window"), self.tr("Fit to window (Ctrl+0)")),
            self.act_actual: (self.tr("&Actual size"), ""),
            self.act_draw: (self.tr("&Draw boxes"), self.tr("Drag on the image to cover more (R)")),
            self.act_pan: (self.tr("&Move the view"), self.tr("Drag to move around the image (H)")),
            self.act_original: (self.tr("Before/after"), self.tr("Show the original; hold Space for a quick look (O)")),
            self.act_boxes: (self.tr("Show &outlines"), ""),
            self.act_rescan: (self.tr("&Scan again"), ""),
            self.act_shortcuts: (self.tr("&Keyboard shortcuts"), ""),
            self.act_about: (self.tr("&About Redactor"), ""),
            self.act_undo: (self.tr("&Undo"), self.tr("Undo (Ctrl+Z)")),
            self.act_redo: (self.tr("&Redo"), self.tr("Redo (Ctrl+Shift+Z)")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip or text.replace("&", ""))
        # The words under the toolbar icons: one or two short words each.
        icon_texts = {
            self.act_open: self.tr("Open"), self.act_paste: self.tr("Paste"), self.act_batch: self.tr("Many files"),
            self.act_settings: self.tr("Settings"), self.act_undo: self.tr("Undo"), self.act_redo: self.tr("Redo"),
            self.act_draw: self.tr("Draw"), self.act_pan: self.tr("Move"), self.act_delete: self.tr("Delete"),
            self.act_zoom_out: self.tr("Smaller"), self.act_zoom_in: self.tr("Larger"), self.act_fit: self.tr("Fit"),
        }
        for action, text in icon_texts.items():
            action.setIconText(text)
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("Open &recent"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.style_combo.setToolTip(self.tr("How found data is covered in this image. A black box is the safest."))
        for i in range(self.style_combo.count()):
            self.style_combo.setItemText(i, style_name(self.style_combo.itemData(i), short=True))
            self.style_combo.setItemData(i, style_name(self.style_combo.itemData(i)), Qt.ItemDataRole.ToolTipRole)
        self.original_button.setText(self.tr("Before/after"))
        self.original_badge.set_text(self.tr("ORIGINAL"), self.tr(
            "The original image: nothing is covered here. Release Space (or press O) to see the safe copy."))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.act_copy.toolTip() + "\n" + self.tr(
            "Or drag this button into a chat, an e-mail or a folder to share the safe image as a file."))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.act_save.toolTip())
        self._update_title()
        self._schedule_refresh()

    def _update_title(self) -> None:
        if self.doc is None:
            self.setWindowTitle("Redactor")
            self.status_name.setText(self.tr("Ready"))
        else:
            self.setWindowTitle(f"{self.doc.name} — Redactor")
            width, height = self.doc.image.size
            self.status_name.setText(f"{self.doc.name}  ·  {width} × {height}")

    # Opening ----------------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        start = self.settings.recent_files()[0] if self.settings.recent_files() else str(Path.home())
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open image"), str(Path(start).parent),
            self.tr("Images and PDFs (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff *.heic *.heif *.pdf);;"
                    "All files (*)"))
        if files:
            self.open_files(files)

    def open_files(self, files: list[str]) -> None:
        """One image opens here; several files or a folder go to the batch window."""
        files = [f for f in files if f]
        if not files:
            return
        if len(files) > 1 or os.path.isdir(files[0]):
            self.open_batch(files)  # the batch window comes to the front, not this one
            return
        self.open_path(files[0])
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def open_path(self, path: str) -> None:
        path = os.path.abspath(path)
        if self.pdf.open(path):
            return
        self._start_load(lambda: load_path(path), Path(path))  # listed in Recent once it has opened

    def open_bytes(self, data: bytes, name: str = "clipboard") -> None:
        self._start_load(lambda: load_bytes(data, name=name), None)

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
        if self.doc is None or not self.ask_before_discarding or self.doc.undo_stack.isClean() or self._busy:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Your changes to “%s” are not saved yet. Save a safe copy first?") % self.doc.name,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return self.doc.undo_stack.isClean()
        return answer == QMessageBox.StandardButton.Discard

    def _start_load(self, load, source: Path | None) -> None:  # noqa: ANN001
        if not self.confirm_discard():
            return
        self._token += 1
        token = self._token
        self._opening = True
        self._set_busy(True, self.tr("Opening the image…"))
        self.pages.setCurrentWidget(self.review_page)
        run_task(load, lambda loaded: self._on_loaded(token, loaded, source),
                 lambda exc: self._on_load_failed(token, exc, source), owner=self)

    def _on_loaded(self, token: int, loaded: LoadedImage, source: Path | None) -> None:
        if token != self._token:
            return
        self._opening = False
        if source is not None:
            self.settings.add_recent(str(source))
            self.start_page.set_recent(self.settings.recent_files())
        self._set_document(ReviewDocument(loaded, source, style=self.settings.style, parent=self))
        self.pdf.end()
        self._analyse(token)

    def _on_load_failed(self, token: int, exc: BaseException, source: Path | None) -> None:
        if token != self._token:
            return
        self._opening = False
        self._set_busy(False)
        name = source.name if source else self.tr("pasted image")
        if source is not None and str(source) in self.settings.recent_files():
            self.settings.remove_recent(str(source))  # gone or broken since: no dead entry in the list
            self.start_page.set_recent(self.settings.recent_files())
        if self.doc is None:
            self.pages.setCurrentWidget(self.start_page)
        self.analysis_finished.emit()
        show_problem(self, self.tr("Cannot open this file"),
                     self.tr("Redactor cannot open “%1”:\n%2").replace("%1", name).replace("%2", describe_error(exc)))

    def _set_document(self, doc: ReviewDocument | None) -> None:
        # A PDF's pages stay while it is open; going from page to page keeps what its export said.
        paging = doc is not None and self.pdf.owns(doc) and self.pdf.owns(self.doc)
        if self.doc is not None and not self.pdf.owns(self.doc):
            self.doc.deleteLater()
        self.doc = doc
        self._analysis_error = None
        if not paging:
            self._last_export = None
            self._export_note = None
            self.export_banner.hide()
            self.export_check.clear()
        self.act_original.setChecked(False)
        self._showing_original = False
        self._pixmap_cache.clear()
        self.original_badge.hide()
        if doc is not None:
            doc.changed.connect(self._on_doc_changed)
            doc.style_changed.connect(self._on_doc_style)
            doc.undo_stack.canUndoChanged.connect(self._update_actions)
            doc.undo_stack.canRedoChanged.connect(self._update_actions)
            self._on_doc_style(doc.style)
            self.pages.setCurrentWidget(self.review_page)
        else:
            self.pages.setCurrentWidget(self.start_page)
        self.canvas.set_document(doc)
        self.panel.set_document(doc)
        self._update_title()
        self._refresh()

    def close_image(self) -> None:
        if not self.confirm_discard():
            return
        self._token += 1
        self._opening = False
        self._set_busy(False)
        self._set_document(None)
        self.pdf.end()

    # Analysis ---------------------------------------------------------------------------------------

    def _analyse(self, token: int) -> None:
        doc = self.doc
        config = self.settings.engine_config()
        loaded = doc.loaded
        self._set_busy(True, self.tr("Looking for personal data…"))
        run_task(lambda: analyse(loaded, config), lambda result: self._on_analysed(token, result),
                 lambda exc: self._on_analysis_failed(token, exc), owner=self)

    def rescan(self) -> None:
        if self.doc is not None and not self._busy:
            self._token += 1
            self._analyse(self._token)

    def _on_analysed(self, token: int, analysis) -> None:  # noqa: ANN001
        if token != self._token or self.doc is None:
            return
        self._set_busy(False)
        self._analysis_error = None
        self.doc.apply_detection(list(analysis.findings), analysis.verdict)
        self.doc.undo_stack.setClean()  # nothing to lose yet: a rescan gives the same boxes
        self._refresh()
        self.canvas.setFocus()
        self.analysis_finished.emit()

    def _on_analysis_failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        self._set_busy(False)
        self._analysis_error = describe_error(exc)
        if self.doc is not None:
            self.doc.analysed = True  # the user may still cover things by hand and export
        self._refresh()
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
        """Probe for Tesseract in the background at start-up; the start screen says so when it is missing."""
        from redactor.ocr import ensure_tesseract

        config = self.settings.engine_config()

        def done(_result) -> None:  # noqa: ANN001
            self._tesseract_problem = None
            self.start_page.show_problem("")

        def failed(exc: BaseException) -> None:
            self._tesseract_problem = describe_error(exc)
            self.start_page.show_problem(self.tr("Text recognition (Tesseract OCR) is not ready, so NIK and phone "
                                                 "numbers cannot be found automatically.") + " " +
                                         self._tesseract_problem)

        run_task(lambda: ensure_tesseract(config.lang, config.tesseract_cmd, config.tessdata), done, failed,
                 owner=self)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.panel.set_busy(busy)
        if busy:
            self.busy.start(text)
        else:
            self.busy.stop()
        self._update_actions()
        self._refresh_banner()

    # Edits from the view and the panel --------------------------------------------------------------

    def _on_box_drawn(self, box) -> None:  # noqa: ANN001
        if self.doc is None or self._busy:
            return
        region = self.doc.add_box(box)
        if region is not None:
            self._refresh()
            self.canvas.select_regions([region.id])
            self.panel.select_regions([region.id])

    def _on_boxes_edited(self, edits: list) -> None:
        if self.doc is None:
            return
        if len(edits) > 1:
            self.doc.undo_stack.beginMacro(self.tr("Move boxes"))
        for region_id, index, box in edits:
            self.doc.set_box(region_id, index, box)
        if len(edits) > 1:
            self.doc.undo_stack.endMacro()

    def _on_enabled_requested(self, ids: list, enabled: bool) -> None:
        if self.doc is not None:
            self.doc.set_enabled(ids, enabled)

    def _on_canvas_selection(self, ids: list) -> None:
        self.panel.select_regions(ids)
        self._update_actions()

    def _on_panel_selection(self, ids: list) -> None:
        self.canvas.select_regions(ids)
        self._update_actions()

    def delete_selected(self) -> None:
        if self.doc is not None:
            ids = self.canvas.selected_ids() or self.panel.selected_ids()
            self.doc.remove(ids)

    def select_all(self) -> None:
        if self.doc is not None:
            ids = list(self.doc.regions)
            self.canvas.select_regions(ids)
            self.panel.select_regions(ids)

    def zoom_to_region(self, region_id: int) -> None:
        items = self.canvas.items_for(region_id)
        if items:
            rect = items[0].sceneBoundingRect()
            for item in items[1:]:
                rect = rect.united(item.sceneBoundingRect())
            self.canvas.zoom_to(rect)

    def select_next(self, direction: int = 1) -> None:
        """Tab / Shift+Tab: jump to the next box, in reading order."""
        ids = list(self.doc.regions) if self.doc else []
        if not ids:
            return
        current = self.canvas.selected_ids()
        index = (ids.index(current[0]) + direction) % len(ids) if current and current[0] in ids else 0
        self.canvas.select_regions([ids[index]])
        self.panel.select_regions([ids[index]])

    def nudge_selected(self, dx: int, dy: int) -> None:
        """Arrow keys move the selected boxes by 1 px (Shift: 10 px), one undo step."""
        from redactor.findings import Box

        edits = []
        for rid in self.canvas.selected_ids():
            region = self.doc.regions[rid]
            for index, box in enumerate(region.boxes):
                edits.append((rid, index, Box(box.left + dx, box.top + dy, box.width, box.height)))
        self._on_boxes_edited(edits)

    def set_tool(self, tool: str) -> None:
        self.canvas.set_tool(tool)
        self.act_draw.setChecked(tool == "draw")
        self.act_pan.setChecked(tool == "pan")

    def _on_style_combo(self, index: int) -> None:
        style = self.style_combo.itemData(index)
        if self.doc is not None and style:
            self.doc.set_style(style)

    def _on_doc_style(self, style: str) -> None:
        index = self.style_combo.findData(style)
        if index >= 0 and index != self.style_combo.currentIndex():
            self.style_combo.blockSignals(True)
            self.style_combo.setCurrentIndex(index)
            self.style_combo.blockSignals(False)

    def _on_zoom(self, factor: float) -> None:
        self.status_zoom.setText(f"{round(factor * 100)} %")

    # Before/after -----------------------------------------------------------------------------------

    def _toggle_original(self) -> None:
        self._apply_original()

    def show_original(self, on: bool) -> None:
        """Before/after as a lasting choice (the O key and the toolbar button)."""
        if self.act_original.isChecked() != on:
            self.act_original.setChecked(on)
        self._apply_original()

    def _hold_original(self, on: bool) -> None:
        """While Space is held; releasing it goes back to the lasting choice."""
        self._held_original = on
        self._apply_original()

    def _apply_original(self) -> None:
        on = self.doc is not None and (self.act_original.isChecked() or self._held_original)
        if on == self._showing_original:
            return
        self._showing_original = on
        self.canvas.set_boxes_visible(self.act_boxes.isChecked() and not on)
        self._refresh_pixmap()

    def _toggle_boxes(self) -> None:
        self.canvas.set_boxes_visible(self.act_boxes.isChecked() and not self._showing_original)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.canvas and event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            if event.key() == Qt.Key.Key_Escape:
                if not self.canvas.cancel_drawing():
                    self.canvas.scene().clearSelection()
                return True
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.doc is not None:
                self.select_next(-1 if event.key() == Qt.Key.Key_Backtab else 1)
                return True
            arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                      Qt.Key.Key_Down: (0, 1)}
            if event.key() in arrows and self.doc is not None and self.canvas.selected_ids():
                step = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
                dx, dy = arrows[event.key()]
                self.nudge_selected(dx * step, dy * step)
                return True
        return super().eventFilter(watched, event)

    # Refreshing the view ------------------------------------------------------------------------------

    def _schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def _on_doc_changed(self) -> None:
        self._generation += 1  # the covered preview in the cache is out of date
        self._schedule_refresh()

    def _refresh(self) -> None:
        self._refresh_timer.stop()
        if self.doc is not None:
            self.canvas.sync()
            self.canvas.set_boxes_visible(self.act_boxes.isChecked() and not self._showing_original)
            self.panel.rebuild()
            self.panel.select_regions(self.canvas.selected_ids())
        self._refresh_pixmap()
        self._refresh_banner()
        self._update_actions()

    def _refresh_pixmap(self) -> None:
        """Render the covered preview off the GUI thread; edits made meanwhile trigger one more render.

        The last original and covered pictures are kept, so flipping between them is instant and
        the ORIGINAL badge always matches the picture on screen."""
        if self.doc is None:
            return
        if self._rendering:
            self._render_again = True
            return
        doc = self.doc
        original = self._showing_original
        generation = self._generation
        cached = self._pixmap_cache.get(original)
        if cached is not None and cached[0] is doc and (original or cached[1] == generation):
            self._show_pixmap(cached[2], original)
            return
        findings = [f for f in doc.findings() if f.enabled]
        style = doc.style
        self._rendering = True
        self._render_again = False

        def render():  # noqa: ANN202 - runs on the pool: pixels only, no widgets
            from redactor.cover import apply_cover

            return pil_to_qimage(doc.image if original else apply_cover(doc.image, findings, style))

        def shown(image: QImage) -> None:
            self._rendering = False
            if doc is not self.doc:
                return
            pixmap = QPixmap.fromImage(image)
            self._pixmap_cache[original] = (doc, generation, pixmap)
            if not self._render_again:
                self._show_pixmap(pixmap, original)
            else:
                self._refresh_pixmap()

        def failed(exc: BaseException) -> None:
            self._rendering = False
            self.statusBar().showMessage(describe_error(exc), 8000)

        run_task(render, shown, failed, owner=self)

    def _show_pixmap(self, pixmap: QPixmap, original: bool) -> None:
        self.canvas.set_pixmap(pixmap)
        self.original_badge.setVisible(original)
        self.preview_ready.emit()

    def _refresh_banner(self) -> None:
        doc = self.doc
        if doc is None:
            return
        # What the file carries besides its pixels is known as soon as it opens; say it at once.
        meta = doc.loaded.metadata_found
        meta_note = metadata_note.opening_note(meta)
        location = metadata_note.carries_location(meta)
        if self._opening:  # `doc` is still the previous image
            self.banner.show_message("info", self.tr("Opening the image…"))
            return
        if self._busy or not doc.analysed:
            title = self.tr("Looking for personal data…") if self._busy else self.tr("Opening the image…")
            text = self.tr("This takes a moment. The image stays on this computer.")
            self.banner.show_message("warn" if location else "info", title, " ".join(filter(None, [meta_note, text])))
            return
        if self._analysis_error:
            self.banner.show_message("warn", self.tr("Automatic detection did not run"),
                                     self._analysis_error + "\n" +
                                     self.tr("Drag on the image to cover what must not be seen, then save.") +
                                     ("\n" + meta_note if meta_note else ""),
                                     self.tr("Try again"))
            return
        counts = doc.enabled_counts()
        left_visible = sum(1 for r in doc.regions.values() if not r.enabled)
        if counts:
            title = self.tr("Found: %s — covered") % count_phrase(counts)
        elif doc.regions:
            title = self.tr("Nothing will be covered")
        else:
            title = self.tr("No personal data found")
        extra = []
        if left_visible:
            extra.append(self.tr("%n item(s) left visible by you.", "", left_visible))
        kind = doc.verdict.kind
        if doc.verdict.discouraged:
            level = "danger"
            extra.insert(0, verdict_message(kind, "banner", language.current()))
        elif not counts:
            level = "warn" if location else "info"
            if location and not doc.regions:
                title = self.tr("The file records where it was taken")
                extra.append(self.tr("No personal data was found in the picture itself."))
            extra.append(self.tr("Check the image yourself before posting; drag on it to cover anything missed."))
        else:
            level = "ok"
            extra.append(self.tr("Check the result before sharing: hold Space to compare with the original."))
        if meta_note:
            # After the verdict's warning (if any), before the advice: location comes high up.
            extra.insert(1 if level == "danger" else 0, meta_note)
        self.banner.show_message(level, title, " ".join(extra),
                                 self.tr("Watermark for one purpose…") if kind == "identity_card" else "")

    def _update_actions(self) -> None:
        has_doc = self.doc is not None
        ready = has_doc and not self._busy and self.doc.analysed
        for action in (self.act_save, self.act_save_as, self.act_copy, self.act_watermark):
            action.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.copy_button.setEnabled(ready)
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_actual, self.act_original,
                       self.act_boxes, self.act_draw, self.act_pan, self.act_select_all, self.act_close):
            action.setEnabled(has_doc)
        self.style_combo.setEnabled(has_doc)
        self.act_rescan.setEnabled(ready)
        self.act_delete.setEnabled(has_doc)
        self.act_undo.setEnabled(has_doc and not self._busy and self.doc.undo_stack.canUndo())
        self.act_redo.setEnabled(has_doc and not self._busy and self.doc.undo_stack.canRedo())
        self.toolbar.setVisible(has_doc)
        self.toolbar_fitter.set_reviewing(has_doc)

    def _banner_action(self) -> None:
        if self._analysis_error:
            self.rescan()
        elif self.doc is not None and self.doc.verdict.kind == "identity_card":
            self.open_watermark()

    def open_watermark(self) -> None:
        """An ID-card copy for one recipient: the purpose written across it, chosen fields covered."""
        from .watermark_dialog import WatermarkDialog

        if self.doc is not None and self.doc.analysed:
            dialog = WatermarkDialog(self.doc, self.settings, self)
            if dialog.exec() and dialog.saved_path is not None:
                self.statusBar().showMessage(self.tr("Saved to %s") % dialog.saved_path, 8000)

    # Export -----------------------------------------------------------------------------------------

    def default_save_path(self) -> Path | None:
        if self.pdf.active:
            return self.pdf.default_save_path()
        if self.doc is None or self.doc.source is None:
            return None
        return save_names.file_save_path(self.doc.source, self.doc.loaded, self.settings.output_folder())

    def save(self) -> None:
        target = self.default_save_path()
        if target is None:
            self.save_as()
            return
        self.save_to(target)

    def save_as(self) -> None:
        if self.doc is None:
            return
        if self.pdf.active:
            self.pdf.save_as()
            return
        suggestion = self.default_save_path() or save_names.unnamed_save_path(self.doc.loaded,
                                                                              self.settings.output_folder())
        filters = [self.tr("PNG image (*.png)"), self.tr("JPEG image (*.jpg)"), self.tr("WebP image (*.webp)")]
        chosen = filters[1] if suggestion.suffix == ".jpg" else filters[0]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save safe copy as"), str(suggestion),
                                              ";;".join(filters), chosen)
        if path:
            if Path(path).suffix.lower() not in SAVE_FORMATS:
                path += ".png"
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Encode the covered pixels into a new file; never over the original."""
        if self.pdf.active:
            return self.pdf.save_to(path)
        if self.doc is None or not self.doc.analysed or self._busy:
            return False
        fmt = SAVE_FORMATS.get(path.suffix.lower(), "png")
        try:
            result = save_image(self.doc.render(), path, fmt, photo=self.doc.loaded.lossy, protect=self.doc.source,
                                covered=covered_boxes(self.doc.findings()))
        except RedactorError as exc:
            show_problem(self, self.tr("Could not save"), describe_error(exc))
            return False
        except OSError as exc:
            show_problem(self, self.tr("Could not save"), exc.strerror or str(exc))
            return False
        self._last_export = result.path
        self.doc.undo_stack.setClean()
        self._export_note = ("ok", self.tr("Saved “%s”") % result.path.name, self._metadata_sentence())
        self.export_banner.show_message("ok", self._export_note[1], self._export_note[2], self.tr("Show in folder"))
        self.export_banner.show()
        self.statusBar().showMessage(self.tr("Saved to %s") % result.path, 8000)
        self.export_check.check_file(result.path, [self.doc], lambda: self.save_to(result.path))
        self.export_finished.emit(str(result.path))
        return True

    def copy_to_clipboard(self) -> None:
        if self.doc is None or not self.doc.analysed or self._busy:
            return
        image = self.doc.render()
        QGuiApplication.clipboard().setImage(pil_to_qimage(image))
        self.doc.undo_stack.setClean()
        self.export_banner.show_message("ok", self.tr("Copied — paste it into your chat or post"),
                                        self._metadata_sentence())
        self.export_banner.show()
        self.export_check.check_image(image, self.doc, self.copy_to_clipboard)
        self.export_finished.emit("")

    def drag_mime(self) -> QMimeData | None:
        """The safe image as a PNG file in the temp folder plus the pixels, for dragging into other apps."""
        if self.doc is None or not self.doc.analysed or self._busy:
            return None
        if self.pdf.active:
            return self.pdf.drag_mime()
        try:
            folder = private_dir("share")  # never a shared /tmp folder another user could read or fill
        except RedactorError as exc:
            self.statusBar().showMessage(describe_error(exc), 8000)
            return None
        stem = self.doc.source.stem if self.doc.source else "redacted"
        image = self.doc.render()
        try:
            result = save_image(image, folder / f"{stem}.redacted.png", "png", protect=self.doc.source,
                                covered=covered_boxes(self.doc.findings()))
        except (RedactorError, OSError) as exc:
            self.statusBar().showMessage(describe_error(exc), 8000)
            return None
        self.export_check.check_image(image, self.doc, lambda: self.statusBar().showMessage(
            self.tr("Covered. Drag the safe copy out again."), 8000))
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(result.path))])
        mime.setImageData(pil_to_qimage(image))
        return mime

    def _metadata_sentence(self) -> str:
        return metadata_note.removed_note(self.doc.loaded.metadata_found if self.doc else ())

    def show_in_folder(self) -> None:
        if self._last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_export.parent)))

    # Drag and drop --------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage():
            event.acceptProposedAction()
            self.start_page.set_drop_active(True)

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
        elif mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                self.open_bytes(qimage_to_png(image), self.tr("dropped image"))

    # Other windows --------------------------------------------------------------------------------

    def open_batch(self, files: list[str]) -> None:
        from .batch_window import BatchWindow

        if self._batch_window is None:
            self._batch_window = BatchWindow(self.settings)
            self._batch_window.open_for_review.connect(lambda path: self.open_files([path]))  # and come to the front
        self._batch_window.show()
        self._batch_window.raise_()
        self._batch_window.activateWindow()
        if files:
            self._batch_window.add_paths(files)

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            self.check_tesseract()

    def _fill_recent_menu(self) -> None:
        self.menu_recent.clear()
        files = self.settings.recent_files()
        for path in files:
            action = self.menu_recent.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if files:
            self.menu_recent.addSeparator()
            self.menu_recent.addAction(self.tr("Clear list"), self._clear_recent)
        else:
            self.menu_recent.addAction(self.tr("No recent files")).setEnabled(False)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.start_page.set_recent([])

    def _remove_recent(self, path: str) -> None:
        self.settings.remove_recent(path)
        self.start_page.set_recent(self.settings.recent_files())

    def show_shortcuts(self) -> None:
        rows = [
            ("Ctrl+O", self.tr("Open an image")), ("Ctrl+V", self.tr("Paste a screenshot")),
            ("Ctrl+S", self.tr("Save the safe copy beside the original")), ("Ctrl+Shift+S", self.tr("Save as…")),
            ("Ctrl+C", self.tr("Copy the safe image")), ("Ctrl+Z", self.tr("Undo")),
            ("Ctrl+Shift+Z / Ctrl+Y", self.tr("Redo")), ("R", self.tr("Draw boxes")), ("H", self.tr("Move the view")),
            ("Delete", self.tr("Delete the selected box")), ("Tab", self.tr("Next box")),
            (self.tr("Arrow keys"), self.tr("Move the selected box (Shift: faster)")), (self.tr("Space (hold)"), self.tr("Show the original")),
            ("O", self.tr("Before/after")), ("Ctrl++ / Ctrl+-", self.tr("Zoom in / out")),
            ("Ctrl+0", self.tr("Fit to window")), ("Ctrl+1", self.tr("Actual size")),
            ("Ctrl+B", self.tr("Many files")), ("Ctrl+,", self.tr("Settings")), ("Esc", self.tr("Cancel drawing")),
        ]
        html = "<table cellspacing='6'>" + "".join(
            f"<tr><td><b>{key}</b></td><td>{text}</td></tr>" for key, text in rows) + "</table>"
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), html)

    def show_about(self) -> None:
        from redactor import __version__ as version  # noqa: PLC0415

        QMessageBox.about(self, self.tr("About Redactor"), self.tr(
            "<b>Redactor %s</b><br>Makes a screenshot or document photo safe to post: finds personal data, "
            "covers it for good and removes hidden details such as GPS location.<br><br>"
            "Everything happens on this computer.") % version)

    def closeEvent(self, event) -> None:  # noqa: ANN001
        if not self.confirm_discard():
            event.ignore()
            return
        self.settings.set("window/geometry", bytes(self.saveGeometry().data()))
        self.settings.set("window/state", bytes(self.splitter.saveState().data()))
        self.settings.sync()
        if self._batch_window is not None:
            self._batch_window.close()
        super().closeEvent(event)
