"""The first screen: a large drop zone, one line of help, recent files."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMenu, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from .icons import icon
from .widgets import Banner


def recent_labels(paths: list[str]) -> list[str]:
    """What the recent-files lists show for `paths`: the file name, and for files that share a name the
    folders above it ("ktp.png — Unduhan") until the rows differ; the full path stays in the tooltip."""
    labels = [Path(path).name for path in paths]
    for depth in range(1, max((len(Path(path).parts) for path in paths), default=0)):
        clashing = {label for label in labels if labels.count(label) > 1}
        if not clashing:
            break
        for index, path in enumerate(paths):
            if labels[index] in clashing:
                folders = Path(path).parent.parts[-depth:]
                where = "/".join(part.rstrip("/\\") for part in folders)
                labels[index] = f"{Path(path).name} — {where}" if where else Path(path).name
    return labels


class StartPage(QWidget):
    open_requested = Signal()
    paste_requested = Signal()
    batch_requested = Signal()
    recent_requested = Signal(str)
    clear_recent_requested = Signal()
    shortcuts_requested = Signal()
    remove_recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The page scrolls when the window is lower than the page (a 1366 x 768 laptop with six recent
        # files): squeezed instead, the step cards were drawn over the drop zone's buttons.
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("startScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        content.setObjectName("startContent")
        self.scroll.setWidget(content)
        page.addWidget(self.scroll)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(48, 36, 48, 28)
        outer.setSpacing(18)

        self.problem = Banner()
        self.problem.hide()
        outer.addWidget(self.problem)

        self.drop_zone = QFrame()
        self.drop_zone.setObjectName("dropZone")
        self.drop_zone.setMinimumHeight(300)
        zone = QVBoxLayout(self.drop_zone)
        zone.setContentsMargins(32, 40, 32, 40)
        zone.setSpacing(10)
        zone.addStretch(1)
        self.drop_icon = QLabel()
        self.drop_icon.setPixmap(icon("drop", "#2f6fde", 56).pixmap(QSize(56, 56)))
        self.drop_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        zone.addWidget(self.drop_icon)
        self.title = QLabel()
        self.title.setObjectName("dropTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        zone.addWidget(self.title)
        self.help = QLabel()
        self.help.setObjectName("dropHelp")
        self.help.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.help.setWordWrap(True)
        zone.addWidget(self.help)
        zone.addSpacing(14)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(icon("open", "#ffffff"), "")
        self.open_button.setObjectName("primaryButton")
        self.open_button.clicked.connect(self.open_requested)
        self.paste_button = QPushButton()
        self.paste_button.clicked.connect(self.paste_requested)
        self.batch_button = QPushButton()
        self.batch_button.clicked.connect(self.batch_requested)
        for button in (self.open_button, self.paste_button, self.batch_button):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            buttons.addWidget(button)
        buttons.addStretch(1)
        zone.addLayout(buttons)
        zone.addStretch(1)
        outer.addWidget(self.drop_zone, 4)

        # Three steps for someone who has never used the app; the whole job in one glance.
        steps = QHBoxLayout()
        steps.setSpacing(12)
        self.steps: list[tuple[QLabel, QLabel]] = []
        for number in (1, 2, 3):
            card = QFrame()
            card.setObjectName("stepCard")
            row = QHBoxLayout(card)
            row.setContentsMargins(12, 10, 12, 10)
            row.setSpacing(10)
            badge = QLabel(str(number))
            badge.setObjectName("stepNumber")
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setFixedSize(26, 26)
            row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
            texts = QVBoxLayout()
            texts.setSpacing(2)
            title, text = QLabel(), QLabel()
            title.setObjectName("stepTitle")
            text.setObjectName("stepText")
            text.setWordWrap(True)
            texts.addWidget(title)
            texts.addWidget(text)
            texts.addStretch(1)
            row.addLayout(texts, 1)
            steps.addWidget(card, 1)
            self.steps.append((title, text))
        outer.addLayout(steps)
        self.shortcuts_link = QPushButton()
        self.shortcuts_link.setObjectName("linkButton")
        self.shortcuts_link.setFlat(True)
        self.shortcuts_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.shortcuts_link.clicked.connect(self.shortcuts_requested)
        outer.addWidget(self.shortcuts_link, 0, Qt.AlignmentFlag.AlignLeft)

        recent_head = QHBoxLayout()
        self.recent_title = QLabel()
        self.recent_title.setObjectName("sectionTitle")
        recent_head.addWidget(self.recent_title)
        recent_head.addStretch(1)
        self.clear_recent = QPushButton()
        self.clear_recent.setObjectName("linkButton")
        self.clear_recent.setFlat(True)
        self.clear_recent.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear_recent.clicked.connect(self.clear_recent_requested)
        recent_head.addWidget(self.clear_recent)
        outer.addLayout(recent_head)
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.setIconSize(QSize(18, 18))
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent.itemClicked.connect(lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent.customContextMenuRequested.connect(self._recent_menu)
        outer.addWidget(self.recent)
        self.no_recent = QLabel()
        self.no_recent.setObjectName("privacyNote")
        outer.addWidget(self.no_recent)
        outer.addStretch(1)
        self.privacy = QLabel()
        self.privacy.setObjectName("privacyNote")
        self.privacy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.privacy)
        self._files: list[str] = []
        self.tint_icons()
        self.retranslate()

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:  # light or dark: icons drawn in the theme's colour
            self.tint_icons()
        super().changeEvent(event)

    def tint_icons(self) -> None:
        self.paste_button.setIcon(icon("paste"))
        self.batch_button.setIcon(icon("batch"))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Drop a screenshot or photo here"))
        self.help.setText(self.tr("Redactor finds personal data and covers it. Paste with Ctrl+V, or open a file."))
        self.open_button.setText(" " + self.tr("Open image…"))
        self.paste_button.setText(" " + self.tr("Paste"))
        self.batch_button.setText(" " + self.tr("Many files…"))
        words = [(self.tr("Drop or paste"), self.tr("Drag a screenshot or photo here, or paste one with Ctrl+V.")),
                 (self.tr("Check the boxes"), self.tr("Black boxes cover what was found. Untick what may stay; "
                                                      "drag on the image to cover more.")),
                 (self.tr("Save or copy"), self.tr("Save the safe copy, or copy it straight into a chat. "
                                                   "The original file is never changed."))]
        for (title, text), (head, line) in zip(self.steps, words):
            title.setText(head)
            text.setText(line)
        self.shortcuts_link.setText(self.tr("Keyboard shortcuts (F1)"))
        self.recent_title.setText(self.tr("Recent files"))
        self.clear_recent.setText(self.tr("Clear list"))
        self.clear_recent.setToolTip(self.tr("Forget the recent files (the files themselves stay where they are)"))
        self.no_recent.setText(self.tr("Files you open will be listed here."))
        self.privacy.setText(self.tr("Everything happens on this computer. Nothing is uploaded."))

    def set_recent(self, files: list[str]) -> None:
        self._files = files
        self.recent.clear()
        for path, label in zip(files, recent_labels(files)):
            item = QListWidgetItem(icon("image", "#6b7080"), label)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            item.setSizeHint(QSize(0, 34))
            if not os.path.exists(path):
                item.setForeground(Qt.GlobalColor.gray)
            self.recent.addItem(item)
        rows = max(1, min(len(files), 6))
        self.recent.setFixedHeight(rows * 34 + 12)
        self.recent.setVisible(bool(files))
        self.clear_recent.setVisible(bool(files))
        self.no_recent.setVisible(not files)

    def _recent_menu(self, pos) -> None:  # noqa: ANN001 - QPoint
        item = self.recent.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        path = item.data(Qt.ItemDataRole.UserRole)
        menu.addAction(self.tr("Open"), lambda: self.recent_requested.emit(path))
        menu.addAction(self.tr("Remove from list"), lambda: self.remove_recent_requested.emit(path))
        menu.addSeparator()
        menu.addAction(self.tr("Clear list"), self.clear_recent_requested.emit)
        menu.popup(self.recent.viewport().mapToGlobal(pos))

    def show_problem(self, text: str) -> None:
        """A warning above the drop zone (e.g. Tesseract missing); empty text hides it."""
        if text:
            self.problem.show_message("warn", text)
        self.problem.setVisible(bool(text))

    def set_drop_active(self, active: bool) -> None:
        self.drop_zone.setProperty("active", "true" if active else "false")
        self.drop_zone.style().unpolish(self.drop_zone)
        self.drop_zone.style().polish(self.drop_zone)
