"""Words under the toolbar icons wherever they fit.

New users read "Draw", "Move", "Save"; an icon alone is a riddle. The words cost width, though:
while an image is open the file buttons (Open, Paste, …) shrink to icons, and when the window is
too narrow for the words of the editing toolbar as well, it shrinks to icons too, so that Save
never falls into the toolbar's overflow menu.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

UNDER = Qt.ToolButtonStyle.ToolButtonTextUnderIcon
ICONS = Qt.ToolButtonStyle.ToolButtonIconOnly


def icon_button(toolbar: QToolBar, action) -> QToolButton:  # noqa: ANN001 - QAction
    """An icon-only button for `action` in `toolbar`, whatever the toolbar's style (zoom: known icons)."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(ICONS)
    button.setAutoRaise(True)
    toolbar.addWidget(button)
    return button


class ToolbarFitter(QObject):
    def __init__(self, window: QMainWindow, files: QToolBar, editing: QToolBar) -> None:
        super().__init__(window)
        self.window, self.files, self.editing = window, files, editing
        self.reviewing = False
        window.installEventFilter(self)

    def set_reviewing(self, reviewing: bool) -> None:
        self.reviewing = reviewing
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.LanguageChange,
                                                        QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        self.files.setToolButtonStyle(ICONS if self.reviewing else UNDER)
        if not self.reviewing:
            return
        self.editing.setToolButtonStyle(UNDER)
        needed = self.files.sizeHint().width() + self.editing.sizeHint().width() + 16
        if needed > self.window.width():
            self.editing.setToolButtonStyle(ICONS)
