"""What a person meets using the app: where dialogs open, windows that stay on the screen. Real
widgets, real files, real Tesseract."""
from __future__ import annotations

from pathlib import Path

import pytest

from ui_support import make_settings, on_next_modal, show_review_window, write_sample  # noqa: I001

from PySide6.QtWidgets import QFileDialog

from redactor.ui import language as i18n
from redactor.ui.batch_window import BatchWindow


@pytest.fixture
def window(qtbot, tmp_path):  # noqa: ANN001, ANN201
    win = show_review_window(qtbot, make_settings(tmp_path))
    yield win
    i18n.install("en")


def folder_shown_by_open_dialog(qtbot, window) -> Path:  # noqa: ANN001
    def read_and_cancel(dialog: QFileDialog) -> Path:
        folder = Path(dialog.directory().absolutePath())
        dialog.reject()
        return folder

    shown = on_next_modal(read_and_cancel)
    window.action("open").trigger()
    qtbot.waitUntil(lambda: bool(shown))
    return shown[0]


def test_the_open_dialog_starts_where_pictures_are_then_in_the_last_folder_used(qtbot, window, tmp_path):  # noqa: ANN001
    first = folder_shown_by_open_dialog(qtbot, window)
    assert first == window.settings.start_folder()
    assert first != Path.home().parent  # not the folder of every user's home, as it once did
    assert first.is_dir() and (first == Path.home() or Path.home() in first.parents)

    inbox = tmp_path / "kiriman"
    inbox.mkdir()
    window.settings.add_recent(str(write_sample(inbox / "ktp.png", with_metadata=False)))
    assert folder_shown_by_open_dialog(qtbot, window) == inbox


def test_a_finished_batch_with_a_long_report_path_keeps_its_window_on_a_laptop_screen(  # noqa: ANN001
        qtbot, tmp_path, own_data_folder, tesseract):
    from redactor.ui.app import make_app

    make_app()
    i18n.install("id")
    folder = tmp_path / "berkas_yang_akan_dikirim_ke_dinas_komunikasi_dan_informatika_provinsi"
    folder.mkdir()
    write_sample(folder / "surat.png", with_metadata=False)
    win = BatchWindow(make_settings(tmp_path))
    qtbot.addWidget(win)
    win.jobs = 1
    win.show()
    win.add_paths([str(folder)])
    qtbot.wait(50)  # let the layout settle, as it does on screen
    width = win.width()
    assert width <= 1366 - 100  # room to spare on the most common laptop screen
    with qtbot.waitSignal(win.batch_finished, timeout=180_000):
        win.start()
    assert "Laporan:" in win.status.text() and len(win.status.text()) > 100
    qtbot.wait(50)
    assert win.minimumSizeHint().width() <= width
    assert win.width() == width
    i18n.install("en")


def test_an_animation_is_refused_in_the_users_language_in_the_window_and_in_a_batch(  # noqa: ANN001
        qtbot, window, tmp_path, own_data_folder):
    from PIL import Image
    from PySide6.QtWidgets import QMessageBox

    frames = [Image.new("RGB", (320, 120), colour) for colour in ("white", "black", "white")]
    gif = tmp_path / "stiker.gif"
    frames[0].save(gif, save_all=True, append_images=frames[1:], duration=200, loop=0)
    i18n.install("id")
    qtbot.waitUntil(lambda: window.action("open").text().replace("&", "") == "Buka gambar…")

    def read_and_close(box: QMessageBox) -> str:
        text = box.informativeText()
        box.button(QMessageBox.StandardButton.Ok).click()
        return text

    shown = on_next_modal(read_and_close)
    window.open_path(str(gif))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "ini gambar animasi (3 bingkai)" in shown[0] and "frames" not in shown[0]

    batch = BatchWindow(window.settings)
    qtbot.addWidget(batch)
    batch.jobs = 1
    batch.add_paths([str(gif)])
    with qtbot.waitSignal(batch.batch_finished, timeout=120_000):
        batch.start()
    assert batch.state_of(str(gif)) == "failed"
    assert batch.table.item(batch.rows[str(gif)], 3).text().startswith("ini gambar animasi (3 bingkai)")


def icon_ink_lightness(qicon) -> int:  # noqa: ANN001
    """The lightness of an icon's strokes (its most opaque pixels)."""
    image = qicon.pixmap(20, 20).toImage()
    best = max(((image.pixelColor(x, y).alpha(), image.pixelColor(x, y).lightness())
                for x in range(image.width()) for y in range(image.height())))
    return best[1]


def test_switching_to_the_dark_theme_redraws_the_icons_light_and_back(qtbot, window, tmp_path):  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from redactor.ui import theme

    app = QApplication.instance()
    window.open_path(str(write_sample(tmp_path / "gelap.png", with_metadata=False)))
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy,
                    timeout=120_000)
    batch = BatchWindow(window.settings)
    qtbot.addWidget(batch)
    try:
        assert icon_ink_lightness(window.action("toolDraw").icon()) < 100
        theme.apply(app, "dark")
        qtbot.waitUntil(lambda: icon_ink_lightness(window.action("toolDraw").icon()) > 150)
        others = {"open": lambda: window.action("open").icon(), "copy": window.copy_button.icon,
                  "start page paste": window.start_page.paste_button.icon, "batch": batch.add_folder_button.icon}
        for name, qicon in others.items():  # light strokes on the dark bars, not dark on dark
            qtbot.waitUntil(lambda get=qicon: icon_ink_lightness(get()) > 150, timeout=2000)
    finally:
        theme.apply(app, "light")
    qtbot.waitUntil(lambda: icon_ink_lightness(window.action("toolDraw").icon()) < 100)
    assert icon_ink_lightness(batch.add_folder_button.icon()) < 100


def test_a_cut_off_photo_is_refused_in_indonesian_words_only(qtbot, window, tmp_path):  # noqa: ANN001
    """Opened with Ctrl+O and the path typed in: the refusal carries no decoder sentence in English."""
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QMessageBox

    photo = tmp_path / "foto_ktp.jpg"
    Image.new("RGB", (800, 600), "lightblue").save(photo, quality=90)
    photo.write_bytes(photo.read_bytes()[:-400])  # a download that stopped early
    i18n.install("id")
    qtbot.waitUntil(lambda: window.action("open").text().replace("&", "") == "Buka gambar…")

    def type_path(dialog: QFileDialog) -> None:
        QTest.qWaitForWindowExposed(dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setCompleter(None)  # its popup would take the Return key
        QTest.keyClicks(name, str(photo))
        QTest.keyClick(name, Qt.Key.Key_Return)

    def read_and_close(box: QMessageBox) -> str:
        text = box.text() + "\n" + box.informativeText()
        QTest.keyClick(box, Qt.Key.Key_Return)
        return text

    on_next_modal(type_path)
    window.setFocus()
    QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    shown = on_next_modal(read_and_close)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "foto_ktp.jpg" in shown[0] and "rusak atau terpotong" in shown[0], shown[0]
    assert "truncated" not in shown[0] and "bytes" not in shown[0], shown[0]


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_refused_file_is_explained_in_a_whole_sentence(qtbot, window, tmp_path, language):  # noqa: ANN001
    """A cut-off photo, an empty file and an animation: each refusal ends with a full stop, in both languages."""
    from PIL import Image
    from PySide6.QtWidgets import QMessageBox

    cut_off = tmp_path / "foto_ktp.jpg"
    Image.new("RGB", (800, 600), "lightblue").save(cut_off, quality=90)
    cut_off.write_bytes(cut_off.read_bytes()[:-400])
    cut_png = tmp_path / "layar.png"
    Image.new("RGB", (800, 600), "white").save(cut_png)
    cut_png.write_bytes(cut_png.read_bytes()[:-30])
    empty = tmp_path / "kosong.png"
    empty.write_bytes(b"")
    animation = tmp_path / "stiker.gif"
    frames = [Image.new("RGB", (320, 120), colour) for colour in ("white", "black")]
    frames[0].save(animation, save_all=True, append_images=frames[1:], duration=200, loop=0)
    i18n.install(language)
    opened = "Buka gambar…" if language == "id" else "Open image…"
    qtbot.waitUntil(lambda: window.action("open").text().replace("&", "") == opened)

    def read_and_close(box: QMessageBox) -> str:
        text = box.informativeText()
        box.button(QMessageBox.StandardButton.Ok).click()
        return text

    for path in (cut_off, cut_png, empty, animation):
        shown = on_next_modal(read_and_close)
        window.open_path(str(path))
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        assert path.name in shown[0], shown[0]
        assert shown[0].endswith("."), shown[0]
        assert not shown[0].endswith(".."), shown[0]
