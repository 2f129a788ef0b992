"""The app's watermark dialog and Guard switch, through real widgets, real files and real Tesseract."""
from __future__ import annotations

import io

import pytest

from ui_support import NIK, PHONE, make_settings, sample_image  # noqa: I001

from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from redactor.guard import WatchFolder
from redactor.ui import language as i18n
from redactor.ui.app import make_app
from redactor.ui.guard_controller import GuardController, install as install_guard
from redactor.ui.review import MainWindow, pil_to_qimage
from redactor.ui.watermark_dialog import WatermarkDialog
from test_watermark import FIELD_AREA, PURPOSE, draw_card, inside, purpose_words_found

ANALYSIS_TIMEOUT = 90_000
pytestmark = pytest.mark.usefixtures("tesseract")


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv("REDACTOR_NO_NOTIFY", "1")
    make_app()
    i18n.install("en")
    win = MainWindow(make_settings(tmp_path))
    win.ask_before_discarding = False
    qtbot.addWidget(win)
    win.show()
    yield win
    controller = getattr(win, "guard_controller", None)
    if controller is not None:
        controller.shutdown()
    i18n.install("en")


def wait_analysed(qtbot, win) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: win.doc is not None and win.doc.analysed and not win.session.busy, timeout=ANALYSIS_TIMEOUT)


def test_identity_card_offers_a_watermarked_copy_for_one_purpose(qtbot, window, tmp_path):  # noqa: ANN001
    card = tmp_path / "ktp.png"
    draw_card("light").save(card)
    window.open_path(str(card))
    wait_analysed(qtbot, window)
    assert window.doc.verdict.kind == "identity_card"
    assert window.banner.button.isVisible() and "Watermark" in window.banner.button.text()
    assert window.action("watermark").isEnabled()

    # The banner's button opens the dialog (closed again here: the dialog is driven directly below).
    opened = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(200, close_dialog)
    window.banner.button.click()
    assert opened == ["WatermarkDialog"]

    dialog = WatermarkDialog(window.doc, window.settings, window)
    qtbot.addWidget(dialog)
    ticked = {dialog.fields.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.fields.count())
              if dialog.fields.item(i).checkState() == Qt.CheckState.Checked}
    listed = {dialog.fields.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.fields.count())}
    assert {"address", "photo"} <= ticked and {"nik", "person_name"} <= listed - ticked
    dialog.purpose.setCurrentText(PURPOSE)
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull())
    out = tmp_path / "ktp-bkn.png"
    with qtbot.waitSignal(dialog.accepted, timeout=ANALYSIS_TIMEOUT):
        assert dialog.save(out)
    assert dialog.saved_path == out
    assert window.settings.get("watermark/recent_purposes") == [PURPOSE]

    marked = Image.open(out)
    assert not marked.getexif() and set(marked.info) <= {"dpi"}
    found = purpose_words_found(marked.convert("RGB"))
    assert len({(round(x / 60), round(y / 60)) for _, x, y in found}) >= 4, found
    assert any(inside(FIELD_AREA, x, y) for _, x, y in found), found
    import pytesseract

    assert "MERDEKA" not in pytesseract.image_to_string(marked, lang="ind+eng").upper()

    # The next copy starts from the purpose used last.
    again = WatermarkDialog(window.doc, window.settings, window)
    qtbot.addWidget(again)
    assert again.purpose.currentText() == PURPOSE


def _watermark_dialog_on_a_card(qtbot, window, tmp_path) -> WatermarkDialog:  # noqa: ANN001
    """The watermark dialog over an identity card opened and analysed in the window, its purpose chosen."""
    card = tmp_path / "ktp.png"
    draw_card("light").save(card)
    window.open_path(str(card))
    wait_analysed(qtbot, window)
    dialog = WatermarkDialog(window.doc, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.purpose.setCurrentText(PURPOSE)
    return dialog


def test_the_watermarked_copy_is_saved_off_the_window_thread_and_the_window_answers_keys_meanwhile(  # noqa: ANN001
        qtbot, window, tmp_path, monkeypatch):
    import threading

    from PySide6.QtTest import QTest

    from redactor import export

    dialog = _watermark_dialog_on_a_card(qtbot, window, tmp_path)
    real_encode, entered, release, threads = export.encode, threading.Event(), threading.Event(), []

    def held_encode(image, fmt="png", **kwargs):  # noqa: ANN001, ANN202 - a large photo's encode, caught midway
        threads.append(threading.current_thread())
        entered.set()
        release.wait(5)
        return real_encode(image, fmt, **kwargs)

    monkeypatch.setattr(export, "encode", held_encode)
    out = tmp_path / "ktp-bkn.png"
    assert dialog.save(out)
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    assert threads[0] is not threading.main_thread() and not out.exists()
    assert "Saving" in dialog.status.text() and not dialog.save(out)  # one save at a time
    dialog.reject()  # closing waits for the copy under way
    assert not dialog.result() and dialog.saving
    before = window.status_zoom.text()
    QTest.keyClick(window.canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.status_zoom.text() != before, timeout=2000)
    with qtbot.waitSignal(dialog.accepted, timeout=ANALYSIS_TIMEOUT):
        release.set()
    assert dialog.saved_path == out and out.is_file()


def test_a_watermarked_copy_that_fails_its_read_back_is_not_kept_and_the_dialog_says_why(  # noqa: ANN001
        qtbot, window, tmp_path, monkeypatch):
    from redactor import export
    from redactor.errors import ExportError

    dialog = _watermark_dialog_on_a_card(qtbot, window, tmp_path)

    def unreadable(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - the file on disk does not decode
        raise ExportError("saved_unreadable", reason="truncated")

    monkeypatch.setattr(export, "check_saved_image", unreadable)
    told: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box is dialog:
            QTimer.singleShot(20, read_and_close)
            return
        told.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    out = tmp_path / "ktp-bkn.png"
    with qtbot.waitSignal(dialog.save_ended, timeout=ANALYSIS_TIMEOUT):
        assert dialog.save(out)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "not kept" in told[0] and not out.exists() and dialog.saved_path is None and not dialog.result()
    assert dialog.isEnabled() and window.settings.get("watermark/recent_purposes") == []


def test_guard_switch_warns_about_a_new_screenshot_and_opens_it_on_click(qtbot, window, tmp_path):  # noqa: ANN001
    folder = tmp_path / "Screenshots"
    folder.mkdir()
    controller = install_guard(window, window.settings)
    controller._folders = [WatchFolder(folder)]
    assert controller.menu.menuAction() in window.menuBar().actions()
    controller.act_guard.setChecked(True)
    assert controller.enabled and not QApplication.instance().quitOnLastWindowClosed()

    (folder / "clean.png").write_bytes(_png(Image.new("RGB", (400, 120), "white")))
    shot = folder / "chat.png"
    shot.write_bytes(_png(sample_image()))
    qtbot.waitUntil(lambda: controller.last_alert is not None, timeout=ANALYSIS_TIMEOUT)
    alert = controller.last_alert
    assert alert.path == shot and {"nik", "phone"} <= {f.category for f in alert.findings}
    assert NIK not in alert.summary() and PHONE not in alert.summary()

    controller.open_last_alert()  # what a click on the notification does
    wait_analysed(qtbot, window)
    assert window.doc.source == shot

    controller.act_guard.setChecked(False)
    assert not controller.enabled and controller.guard is None
    assert QApplication.instance().quitOnLastWindowClosed()


def test_guard_checks_an_image_copied_to_the_clipboard(qtbot, window, tmp_path):  # noqa: ANN001
    controller = GuardController(window, window.settings, folders=[])
    controller.set_enabled(True)
    QGuiApplication.clipboard().setImage(pil_to_qimage(sample_image()))
    qtbot.waitUntil(lambda: controller.last_alert is not None, timeout=ANALYSIS_TIMEOUT)
    assert controller.last_alert.path is None
    controller.open_last_alert()
    wait_analysed(qtbot, window)
    assert window.doc.source is None and "nik" in {r.category for r in window.doc.regions.values()}
    controller.shutdown()


def test_a_second_launch_brings_back_the_window_closed_to_the_tray_with_or_without_a_file(  # noqa: ANN001
        qtbot, window, tmp_path):
    """The guard is on and the window was closed: the app goes on in the tray. Clicking the app's icon
    (a launch with no file) or choosing "Redact" on a file hands over to this process, which must show
    its window again, with the file open."""
    import subprocess
    import sys
    import uuid

    from redactor.single_instance import SingleInstance

    key = f"test-{uuid.uuid4().hex[:8]}"
    primary = SingleInstance(key)
    assert primary.start([])
    primary.files_received.connect(window.open_files)  # as the app wires its first process
    controller = GuardController(window, window.settings, folders=[])
    controller.set_enabled(True)
    window.close()
    assert not window.isVisible() and controller.enabled

    launch = ("import sys; from PySide6.QtCore import QCoreApplication; "
              "from redactor.single_instance import SingleInstance; app = QCoreApplication(sys.argv); "
              "sys.exit(0 if not SingleInstance(sys.argv[1]).start(sys.argv[2:]) else 3)")
    env = dict(__import__("os").environ, QT_QPA_PLATFORM="offscreen")
    try:
        second = subprocess.Popen([sys.executable, "-c", launch, key], env=env)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20_000)
        assert second.returncode == 0  # handed over, not a second window
        qtbot.waitUntil(window.isVisible, timeout=5_000)

        window.close()
        src = tmp_path / "surat.png"
        sample_image().save(src)
        second = subprocess.Popen([sys.executable, "-c", launch, key, str(src)], env=env)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20_000)
        assert second.returncode == 0
        qtbot.waitUntil(window.isVisible, timeout=5_000)
        wait_analysed(qtbot, window)
        assert window.doc.source == src
    finally:
        controller.shutdown()
        primary.close()


def test_guard_menu_in_indonesian(qtbot, window):  # noqa: ANN001
    controller = GuardController(window, window.settings, folders=[])
    i18n.install("id")
    qtbot.waitUntil(lambda: controller.menu.title().replace("&", "") == "Penjaga")
    assert controller.act_guard.text() == "Jaga tangkapan layar dan unduhan baru"
    assert window.action("watermark").text().replace("&", "") == "Watermark untuk satu keperluan…"


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
