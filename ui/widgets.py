"""Small shared widgets: the verdict banner and the busy overlay."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from .icons import icon

_LEVEL_ICON = {"ok": ("shield", "#2e8b4e"), "info": ("info", "#2f6fde"), "warn": ("warning", "#b7791f"),
               "danger": ("warning", "#c93c3c")}


class Banner(QFrame):
    """A coloured strip with an icon, a bold line, a plain line and an optional button."""

    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        self.icon = QLabel()
        self.icon.setFixedSize(24, 24)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = QLabel()
        self.title.setObjectName("bannerTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QLabel()
        self.text.setObjectName("bannerText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        layout.addLayout(texts, 1)
        self.button = QPushButton()
        self.button.setVisible(False)
        self.button.clicked.connect(self.action_clicked)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.level = ""
        self.show_message("info", "", "")

    def show_message(self, level: str, title: str, text: str = "", button: str = "") -> None:
        self.level = level
        self.setProperty("level", level)
        name, colour = _LEVEL_ICON.get(level, _LEVEL_ICON["info"])
        self.icon.setPixmap(icon(name, colour, 24).pixmap(QSize(24, 24)))
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.button.setText(button)
        self.button.setVisible(bool(button))
        self.style().unpolish(self)
        self.style().polish(self)


class BusyOverlay(QWidget):
    """Covers its parent with a card that says what is happening; the parent stays responsive."""

    cancel_clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("busyOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        from . import theme

        self.setStyleSheet("QWidget#busyOverlay { background: rgba(20, 22, 28, 110); }"
                           f"QFrame#busyCard {{ background: {theme.colour('#ffffff')}; border-radius: 12px;"
                           f" border: 1px solid {theme.colour('#e3e5ea')}; }}"
                           f"QLabel#busyText {{ background: transparent; color: {theme.colour('#1f2330')};"
                           " font-size: 11pt; }")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.card = QFrame()
        self.card.setObjectName("busyCard")
        self.card.setMinimumWidth(320)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(24, 20, 24, 20)
        card.setSpacing(12)
        self.label = QLabel()
        self.label.setObjectName("busyText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        card.addWidget(self.bar)
        row.addWidget(self.card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parent().rect())
        return False

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.setGeometry(self.parent().rect())
        self.raise_()
        self.show()

    def stop(self) -> None:
        self.hide()
