"""Message boxes that read well in both languages.

Qt sizes a message box to its text, and the window manager then cuts a longer title short
("Tidak dapat membuka berk…"). The title is therefore also the box's bold first line, and the
box is never narrower than a sentence needs.
"""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

MIN_WIDTH = 460


def titled_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
               buttons: QMessageBox.StandardButton) -> QMessageBox:
    """A message box with `title` as its window title and its bold first line, `text` below it."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(f"<b>{escape(title)}</b>")
    box.setInformativeText(escape(text).replace("\n", "<br>"))
    box.setStandardButtons(buttons)
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        spacer = QSpacerItem(MIN_WIDTH, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
    return box


def problem_box(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    """A warning with `title` as its window title and its bold first line, `text` below it."""
    box = titled_box(parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
    if details:
        box.setDetailedText(details)
    return box


def show_problem(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Show `problem_box` and wait until the user has read it."""
    problem_box(parent, title, text, details).exec()
