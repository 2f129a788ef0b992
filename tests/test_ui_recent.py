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


def test_two_recent_files_with_the_same_name_show_their_folders(qtbot, window, tmp_path, tesseract):  # noqa: ANN001
    """Two 'ktp.png' from different folders are two different rows; the full path is the tooltip."""
    paths = []
    for folder_name in ("Unduhan", "Dokumen"):
        folder = tmp_path / folder_name
        folder.mkdir()
        path = write_sample(folder / "ktp.png", with_metadata=False)
        window.open_path(str(path))
        qtbot.waitUntil(lambda p=path: window.doc is not None and window.doc.source == p and window.doc.analysed
                        and not window.session.busy, timeout=60_000)
        paths.append(path)
    single = write_sample(tmp_path / "surat.png", with_metadata=False)
    window.open_path(str(single))
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.source == single and window.doc.analysed
                    and not window.session.busy, timeout=60_000)
    window.close_image()

    page = window.start_page
    rows = {page.recent.item(i).toolTip(): page.recent.item(i).text() for i in range(page.recent.count())}
    assert set(rows) == {str(p) for p in [*paths, single]}
    assert rows[str(paths[0])] != rows[str(paths[1])]
    assert rows[str(paths[0])].startswith("ktp.png") and "Unduhan" in rows[str(paths[0])]
    assert rows[str(paths[1])].startswith("ktp.png") and "Dokumen" in rows[str(paths[1])]
    assert rows[str(single)] == "surat.png"  # a name of its own stays short

    window.fill_recent_menu()  # the File menu's Open recent lists them the same way
    menu = {a.toolTip(): a.text() for a in window.menu_recent.actions() if a.toolTip() in rows}
    assert menu == rows
