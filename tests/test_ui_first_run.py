"""A first-time user: three steps on the start page, words under the toolbar icons, the computer's dark theme."""
from __future__ import annotations

import pytest

from ui_support import make_settings, on_next_modal, write_sample, show_review_window  # noqa: I001

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from redactor.ui import language as i18n
from redactor.ui import theme
from redactor.ui.settings_dialog import SettingsDialog


@pytest.fixture
def window(qtbot, tmp_path):  # noqa: ANN001, ANN201
    win = show_review_window(qtbot, make_settings(tmp_path), size=(1280, 800))
    yield win
    i18n.install("en")
    theme.apply(QApplication.instance(), "light")


def test_on_a_laptop_screen_the_start_page_scrolls_instead_of_drawing_the_steps_over_its_buttons(  # noqa: ANN001
        qtbot, window, tmp_path):
    """A 1366 x 768 laptop leaves the window about 700 px; with six recent files the page is taller than
    that. The drop zone's buttons stay whole, above the step cards, and a click on one lands on it."""
    from PySide6.QtCore import QPoint, QRect

    window.resize(1280, 700)
    window.start_page.set_recent([str(tmp_path / f"surat-{i}.png") for i in range(6)])
    page = window.start_page
    qtbot.waitUntil(lambda: window.height() == 700 and page.recent.isVisible())
    qtbot.wait(100)  # the layout settles

    def on_page(widget) -> QRect:  # noqa: ANN001
        return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())

    zone = on_page(page.drop_zone)
    cards = [on_page(title.parentWidget()) for title, _text in page.steps]
    for button in (page.open_button, page.paste_button, page.batch_button):
        where = on_page(button)
        assert zone.contains(where), (button.text(), where, zone)
        assert not any(card.intersects(where) for card in cards), (button.text(), where, cards)
        assert page.childAt(where.center()) is button  # what a click there lands on
    assert not any(card.intersects(zone) for card in cards)


def test_start_page_shows_three_steps_and_opens_the_shortcuts(qtbot, window):  # noqa: ANN001
    page = window.start_page
    titles = [title.text() for title, _text in page.steps]
    assert titles == ["Drop or paste", "Check the boxes", "Save or copy"]
    assert all(text.isVisible() and text.text() for _title, text in page.steps)

    def read_and_close(box: QMessageBox) -> str:
        text = box.text()
        box.button(QMessageBox.StandardButton.Ok).click()
        return text

    shown = on_next_modal(read_and_close)
    qtbot.mouseClick(page.shortcuts_link, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert "Ctrl+V" in shown[0] and "Space" in shown[0]


def test_toolbar_words_under_icons_and_save_always_on_the_bar(qtbot, window, tmp_path, tesseract):  # noqa: ANN001
    assert window.file_toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    window.open_files([str(write_sample(tmp_path / "t.png", with_metadata=False))])
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy, timeout=60_000)
    draw = window.toolbar.widgetForAction(window.action("toolDraw"))
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    assert draw.text() == "Draw" and draw.isVisible()
    i18n.install("id")
    qtbot.waitUntil(lambda: draw.text() == "Kotak")
    window.resize(window.minimumWidth(), 700)
    qtbot.waitUntil(lambda: window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly)
    qtbot.waitUntil(lambda: window.save_button.isVisible() and window.copy_button.isVisible())
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon)


def test_dark_theme_from_settings_and_from_the_computer(qtbot, window):  # noqa: ANN001
    app = QApplication.instance()
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert window.settings.get("ui/theme") == "dark" and theme.current() == "dark"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert app.palette().color(QPalette.ColorRole.Text).lightness() > 200
    assert "#f6f7f9" not in app.styleSheet() and "#1e1f23" in app.styleSheet()
    assert theme.colour("#3a3d45") == "#d0d3da"  # icons are drawn light on dark

    theme.apply(app, "light")
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_same_as_the_computer_follows_the_platform(qapp):  # noqa: ANN001
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(Qt.ColorScheme.Dark)
    try:
        if hints.colorScheme() != Qt.ColorScheme.Dark:
            pytest.skip("this Qt platform does not report a colour scheme")
        assert theme.resolve("auto") == "dark"
    finally:
        hints.unsetColorScheme()
