"""The review window's widgets: menus and toolbars from the action table, the banners, the image
view beside the findings panel, and the status bar. Words are set by `MainWindow.retranslate`."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import (QComboBox, QLabel, QMenu, QSplitter, QStackedWidget, QToolBar, QToolButton,
                               QVBoxLayout, QWidget)

from redactor.cover import STYLES

from ..canvas import ImageCanvas
from ..compare import HoldSpaceToCompare, OriginalBadge
from ..export_check import ExportCheck
from ..icons import icon
from ..panel import FindingsPanel
from ..pdf_pages import PdfReview
from ..start_page import StartPage
from ..toolbar_fit import icon_button
from ..widgets import Banner, BusyOverlay
from .actions import MENUS

FILE_TOOLBAR = ("open", "paste", "batch", "settings")
EDIT_TOOLBAR = ("undo", "redo", None, "toolDraw", "toolEdit", "toolPan", "delete", None)
ICON_ONLY = ("zoomOut", "zoomIn", "fit")  # well-known icons; their words would push Save off the bar


class DragOutButton(QToolButton):
    """Press and drag: the safe image leaves the window as a file (chat apps, e-mail, folders)."""

    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__()
        self.window_ = window
        self._press: QPoint | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def enterEvent(self, event) -> None:  # noqa: ANN001
        self.window_.exporter.drag_copy.want(True)  # a drag may follow: its copy is made from now on
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: ANN001
        self.window_.exporter.drag_copy.want(False)
        super().leaveEvent(event)

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
        self.window_.dragged_out(drag.exec(Qt.DropAction.CopyAction))

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001
        self._press = None
        super().mouseReleaseEvent(event)


def build_menus(win) -> None:  # noqa: ANN001 - MainWindow
    bar = win.menuBar()
    win.menu_recent = QMenu(win)
    win.menu_recent.aboutToShow.connect(win.fill_recent_menu)
    win.menus = []
    for title, items in MENUS:
        menu = bar.addMenu("")
        for name in items:
            if name is None:
                menu.addSeparator()
            elif name == "recent":
                menu.addMenu(win.menu_recent)
            else:
                menu.addAction(win.actions_by_name[name])
        win.menus.append((title, menu))


def build_toolbars(win) -> None:  # noqa: ANN001 - MainWindow
    act = win.actions_by_name
    win.file_toolbar = _toolbar("fileToolbar")
    for name in FILE_TOOLBAR:
        win.file_toolbar.addAction(act[name])
    win.addToolBar(win.file_toolbar)
    tb = win.toolbar = _toolbar("mainToolbar")
    win.addToolBar(tb)
    for name in EDIT_TOOLBAR:
        tb.addSeparator() if name is None else tb.addAction(act[name])
    for name in ICON_ONLY:
        icon_button(tb, act[name])
    tb.addSeparator()
    win.style_combo = QComboBox()
    win.style_combo.setObjectName("styleCombo")
    win.style_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for style in STYLES:
        win.style_combo.addItem("", style)
    win.style_combo.currentIndexChanged.connect(win.editor.on_style_combo)
    tb.addWidget(win.style_combo)
    tb.addSeparator()
    win.original_button = QToolButton()
    win.original_button.setDefaultAction(act["showOriginal"])
    win.original_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    tb.addWidget(win.original_button)
    spacer = QWidget()
    spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                         spacer.sizePolicy().verticalPolicy().Preferred)
    tb.addWidget(spacer)
    # Plain buttons with short labels (the actions keep their long menu texts).
    # Click copies; press and drag carries the safe image out as a file.
    win.copy_button = win.drag_button = DragOutButton(win)
    win.copy_button.setIcon(icon("copy"))
    win.copy_button.clicked.connect(act["copy"].trigger)
    win.copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    tb.addWidget(win.copy_button)
    win.save_button = QToolButton()
    win.save_button.setObjectName("primaryButton")
    win.save_button.clicked.connect(act["save"].trigger)
    win.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    win.save_button.setIcon(icon("save", "#ffffff"))
    win.save_button.setCursor(Qt.CursorShape.PointingHandCursor)
    tb.addWidget(win.save_button)


def _toolbar(name: str) -> QToolBar:
    bar = QToolBar()
    bar.setObjectName(name)
    bar.setMovable(False)
    bar.setIconSize(QSize(20, 20))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)  # words, not riddles
    return bar


def build_central(win) -> None:  # noqa: ANN001 - MainWindow
    win.pages = QStackedWidget()
    win.start_page = StartPage()
    win.start_page.open_requested.connect(win.open_dialog)
    win.start_page.paste_requested.connect(win.paste)
    win.start_page.batch_requested.connect(lambda: win.open_batch([]))
    win.start_page.recent_requested.connect(win.open_path)
    win.start_page.clear_recent_requested.connect(win.clear_recent)
    win.start_page.shortcuts_requested.connect(win.show_shortcuts)
    win.start_page.remove_recent_requested.connect(win.remove_recent)
    win.start_page.set_recent(win.settings.recent_files())
    win.pages.addWidget(win.start_page)

    review = QWidget()
    outer = QVBoxLayout(review)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    banners = QWidget()
    banner_layout = QVBoxLayout(banners)
    banner_layout.setContentsMargins(12, 10, 12, 10)
    banner_layout.setSpacing(8)
    win.banner = Banner()
    win.banner.action_clicked.connect(win.banner_action)
    banner_layout.addWidget(win.banner)
    win.export_banner = Banner()
    win.export_banner.setObjectName("banner")
    win.export_banner.action_clicked.connect(win.exporter.show_in_folder)
    win.export_banner.hide()
    banner_layout.addWidget(win.export_banner)
    win.export_check = ExportCheck(win, banner_layout)  # "Checked: ..." after every export
    win.pdf = PdfReview(win, banner_layout)  # a PDF's pages, when one is open
    outer.addWidget(banners)

    win.splitter = QSplitter(Qt.Orientation.Horizontal)
    win.canvas = ImageCanvas()
    win.canvas.set_tool("draw")
    win.canvas.installEventFilter(win)
    win.busy = BusyOverlay(win.canvas)
    win.original_badge = OriginalBadge(win.canvas)
    win.space_compare = HoldSpaceToCompare(win, win.editor.hold_original, lambda: win.doc is not None)
    win.splitter.addWidget(win.canvas)
    side = QWidget()
    side.setObjectName("sidePanel")
    side_layout = QVBoxLayout(side)
    side_layout.setContentsMargins(14, 12, 14, 12)
    win.panel = FindingsPanel()
    side_layout.addWidget(win.panel)
    win.splitter.addWidget(side)
    win.splitter.setStretchFactor(0, 3)
    win.splitter.setStretchFactor(1, 1)
    win.splitter.setSizes([860, 340])
    win.splitter.setChildrenCollapsible(False)
    side.setMinimumWidth(300)
    outer.addWidget(win.splitter, 1)
    win.pages.addWidget(review)
    win.review_page = review
    win.setCentralWidget(win.pages)


def build_status(win) -> None:  # noqa: ANN001 - MainWindow
    win.status_name = QLabel()
    win.status_zoom = QLabel()
    win.statusBar().addWidget(win.status_name, 1)
    win.statusBar().addPermanentWidget(win.status_zoom)
    win.statusBar().setSizeGripEnabled(False)
