"""Small shared widgets: the verdict banner and the busy overlay."""
from __future__ import annotations

from PySide6.QtCore import QBasicTimer, QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget)

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
        self.bar = Pulse()
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


class Pulse(QWidget):
    """A slim bar with a segment sliding along it: the app is working, for how long is not known.

    It paints its own background and moves ten times a second. A busy QProgressBar animates at the
    screen's rate, and every frame repainted the translucent overlay and the image under it: about an
    eighth of a core taken from the analysis the user is waiting for, on a two-core laptop."""

    FRAME_MS = 100
    STEPS = 24  # frames for the segment to cross the bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)  # nothing under it is repainted
        self.setFixedHeight(8)
        self.setMinimumWidth(120)
        self.frame = 0
        self._timer = QBasicTimer()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        self._timer.start(self.FRAME_MS, self)
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802
        self._timer.stop()
        super().hideEvent(event)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def timerEvent(self, event) -> None:  # noqa: ANN001, N802
        self.frame = (self.frame + 1) % self.STEPS
        self.update()

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802
        from . import theme

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.colour("#ffffff")))  # the card's colour
        track = QRectF(self.rect())
        radius = track.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.colour("#e3e5ea")))
        painter.drawRoundedRect(track, radius, radius)
        width = track.width() / 3
        left = -width + (track.width() + width) * self.frame / (self.STEPS - 1)
        segment = QRectF(max(0.0, left), 0, min(track.width(), left + width) - max(0.0, left), track.height())
        if segment.width() > 0:
            painter.setBrush(self.palette().highlight())
            painter.drawRoundedRect(segment, radius, radius)
        painter.end()
