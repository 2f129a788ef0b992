"""Hold Space to see the original, whichever widget has the keyboard focus."""
from __future__ import annotations

import pytest

from ui_support import make_settings, write_sample, show_review_window  # noqa: I001

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from redactor.ui import language as i18n


@pytest.fixture
def window(qtbot, tmp_path):  # noqa: ANN001, ANN201
    win = show_review_window(qtbot, make_settings(tmp_path))
    qtbot.waitExposed(win)
    yield win
    i18n.install("en")


def centre_is_black(win, box) -> bool:  # noqa: ANN001
    shown = win.canvas._pixmap_item.pixmap().toImage()
    if shown.isNull():
        return False
    c = shown.pixelColor(box.left + box.width // 2, box.top + box.height // 2)
    return max(c.red(), c.green(), c.blue()) < 10


def space(widget, kind: QEvent.Type, repeat: bool = False) -> None:  # noqa: ANN001
    """A Space key event delivered the way the window system delivers it (through the application)."""
    QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", repeat))


def test_space_on_the_findings_list_shows_the_original_and_never_uncovers(qtbot, window, tmp_path, tesseract):  # noqa: ANN001
    window.open_files([str(write_sample(tmp_path / "space.png", with_metadata=False))])
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy, timeout=60_000)
    nik = next(r for r in window.doc.regions.values() if r.category == "nik")
    qtbot.waitUntil(lambda: centre_is_black(window, nik.boxes[0]), timeout=10_000)
    steps = window.doc.undo_stack.count()

    tree = window.panel.tree
    row = window.panel.finding_item(nik.id)
    tree.setFocus()
    tree.setCurrentItem(row)
    assert QApplication.focusWidget() is tree

    qtbot.keyPress(tree, Qt.Key.Key_Space)
    for _ in range(5):  # holding the key: the system repeats it
        space(tree, QEvent.Type.KeyPress, repeat=True)
        space(tree, QEvent.Type.KeyRelease, repeat=True)
    assert window.editor.showing_original
    qtbot.waitUntil(lambda: window.original_badge.isVisible() and not centre_is_black(window, nik.boxes[0]),
                    timeout=10_000)
    assert window.original_badge.text() == "ORIGINAL"
    assert row.checkState(0) == Qt.CheckState.Checked
    assert window.doc.regions[nik.id].enabled

    qtbot.keyRelease(tree, Qt.Key.Key_Space)
    assert not window.editor.showing_original
    qtbot.waitUntil(lambda: centre_is_black(window, nik.boxes[0]) and not window.original_badge.isVisible(),
                    timeout=10_000)
    assert window.doc.regions[nik.id].enabled
    assert window.panel.finding_item(nik.id).checkState(0) == Qt.CheckState.Checked
    assert window.doc.undo_stack.count() == steps  # nothing was edited

    # A focused button is not pressed by Space either: Save writes nothing.
    window.save_button.setFocus()
    qtbot.keyClick(window.save_button, Qt.Key.Key_Space)
    assert not (tmp_path / "space.redacted.png").exists()
    assert not window.editor.showing_original

    # The before/after button keeps the original up until pressed again; Space does not end it.
    qtbot.keyClick(window.canvas, Qt.Key.Key_O)
    assert window.editor.showing_original
    qtbot.keyClick(window.canvas, Qt.Key.Key_Space)
    assert window.editor.showing_original
    qtbot.keyClick(window.canvas, Qt.Key.Key_O)
    assert not window.editor.showing_original


def test_the_original_badge_speaks_indonesian(qtbot, window, tmp_path, tesseract):  # noqa: ANN001
    i18n.install("id")
    qtbot.waitUntil(lambda: window.original_badge.text() == "ASLI")
    window.open_files([str(write_sample(tmp_path / "asli.png", with_metadata=False))])
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy, timeout=60_000)
    window.panel.tree.setFocus()
    qtbot.keyPress(window.panel.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(window.original_badge.isVisible, timeout=10_000)
    qtbot.keyRelease(window.panel.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.original_badge.isVisible(), timeout=10_000)
