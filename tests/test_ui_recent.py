"""Recent files hold only files that opened, can be cleared; problem dialogs show their whole title."""
from __future__ import annotations

import pytest

from ui_support import make_settings, on_next_modal, write_sample, show_review_window  # noqa: I001

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from redactor.ui import language as i18n
from redactor.ui.app import make_app
from redactor.ui.dialogs import problem_box


@pytest.fixture
def window(qtbot, tmp_path):  # noqa: ANN001, ANN201
    win = show_review_window(qtbot, make_settings(tmp_path), size=None)
    yield win
    i18n.install("en")


def close_box(box: QMessageBox) -> str:
    text = box.informativeText()
    box.button(QMessageBox.StandardButton.Ok).click()
    return text


def test_only_files_that_opened_are_recent_and_the_list_can_be_cleared(qtbot, window, tmp_path, tesseract):  # noqa: ANN001
    good = write_sample(tmp_path / "baik.png", with_metadata=False)
    window.open_path(str(good))
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy, timeout=60_000)
    assert window.settings.recent_files() == [str(good)]

    missing = tmp_path / "hilang.png"
    shown = on_next_modal(close_box)
    window.open_path(str(missing))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "hilang.png" in shown[0]
    assert window.settings.recent_files() == [str(good)]

    # A recent file deleted since: trying it once removes it from the list.
    good.unlink()
    shown = on_next_modal(close_box)
    window.open_path(str(good))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert window.settings.recent_files() == []

    other = write_sample(tmp_path / "lain.png", with_metadata=False)
    window.open_path(str(other))
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.source == other and window.doc.analysed
                    and not window.session.busy, timeout=60_000)
    window.close_image()
    page = window.start_page
    assert page.recent.count() == 1 and page.clear_recent.isVisible()
    qtbot.mouseClick(page.clear_recent, Qt.MouseButton.LeftButton)
    assert window.settings.recent_files() == [] and page.recent.count() == 0
    assert not page.clear_recent.isVisible() and page.no_recent.isVisible()


def test_problem_dialog_shows_its_whole_title_in_indonesian(qtbot):  # noqa: ANN001
    make_app()
    i18n.install("id")
    title = "Tidak dapat membuka berkas ini"
    box = problem_box(None, title, "Redactor tidak dapat membuka “x.png”:\nberkas kosong")
    qtbot.addWidget(box)
    box.show()
    assert box.windowTitle() == title and title in box.text()
    assert box.width() >= box.fontMetrics().horizontalAdvance(title) + 120  # room for a title bar's buttons
    i18n.install("en")
