"""Double-clicking a file in the batch window brings the review window to the front with that file."""
from __future__ import annotations

from ui_support import make_settings, write_sample  # noqa: I001

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from redactor.ui import language as i18n
from redactor.ui.app import make_app
from redactor.ui.review import MainWindow


def double_click(qtbot, widget, pos) -> None:  # noqa: ANN001
    """Press, release, then the double-click event as Qt delivers it (QTest's own double click
    does not reach item views' cellDoubleClicked in Qt 6)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    point = QPointF(pos)
    QApplication.sendEvent(widget, QMouseEvent(QEvent.Type.MouseButtonDblClick, point, widget.mapToGlobal(point),
                                               Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                                               Qt.KeyboardModifier.NoModifier))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=pos)


def test_double_click_on_a_batch_row_opens_it_in_front(qtbot, tmp_path, tesseract):  # noqa: ANN001
    make_app()
    i18n.install("en")
    window = MainWindow(make_settings(tmp_path))
    window.ask_before_discarding = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    files = [write_sample(tmp_path / f"berkas{i}.png", with_metadata=False) for i in range(2)]
    window.open_files([str(p) for p in files])
    batch = window._batch_window
    qtbot.addWidget(batch)
    qtbot.waitExposed(batch)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is batch)

    table = batch.table
    qtbot.waitUntil(lambda: table.rowCount() == 2 and table.isVisible())
    rect = table.visualRect(table.model().index(1, 0))
    double_click(qtbot, table.viewport(), rect.center())
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy, timeout=60_000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    assert window.doc.source == files[1]
    assert batch.isVisible()  # the batch stays open behind, for the next file
