"""Hold Space to see the original: one key for the whole review window, and a badge that says so.

The key is caught before any widget sees it. Left to the focused widget, Space ticks or unticks
the current row of the findings list (uncovering a finding) or presses a focused button; here
it only ever changes what is *shown*, never what will be covered.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit,
                               QWidget)

_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


class HoldSpaceToCompare(QObject):
    """An application event filter: Space pressed or held anywhere in `window` calls `hold(True)`,
    released (or the window losing focus) calls `hold(False)`. `active()` says whether a document
    is open; without one, Space keeps its usual meaning (pressing the start page's buttons)."""

    def __init__(self, window: QWidget, hold: Callable[[bool], None], active: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._hold = hold
        self._active = active
        self.held = False
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.ApplicationDeactivate or (
                kind == QEvent.Type.WindowDeactivate and watched is self._window):
            self.release()
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return False
        if event.key() != Qt.Key.Key_Space or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window or isinstance(watched, _TEXT_INPUTS):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Ctrl+Space and the like are not ours
        if not self._active() and not self.held:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # a plain key: claim it before any shortcut does
            return True
        if kind == QEvent.Type.KeyPress and not event.isAutoRepeat() and not self.held:
            self.held = True
            self._hold(True)
        elif kind == QEvent.Type.KeyRelease and not event.isAutoRepeat():
            self.release()
        return True  # auto-repeats too: the widget under focus never sees Space

    def release(self) -> None:
        if self.held:
            self.held = False
            self._hold(False)


class OriginalBadge(QLabel):
    """A red tag on the top edge of the image view while the uncovered original is shown."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.setObjectName("originalBadge")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setStyleSheet("QLabel#originalBadge { background: #c93c3c; color: white; font-weight: 700;"
                           " font-size: 13pt; letter-spacing: 2px; padding: 6px 16px; border-radius: 6px; }")
        view.installEventFilter(self)
        self.hide()

    def set_text(self, text: str, tip: str) -> None:
        self.setText(text)
        self.setToolTip(tip)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        self.adjustSize()
        parent = self.parentWidget()
        self.move((parent.width() - self.width()) // 2, 14)
        self.raise_()
