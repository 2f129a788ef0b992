"""Saving a pasted picture: a dated name in Pictures (or the chosen folder), never the last paste's name."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ui_support import make_settings, sample_image  # noqa: I001

from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from redactor.load import load_bytes
from redactor.ui import language as i18n
from redactor.ui.app import make_app
from redactor.ui.review import MainWindow, pil_to_qimage
from redactor.ui.save_names import file_save_path, pictures_folder, unnamed_save_path


@pytest.fixture
def window(qtbot, tmp_path):  # noqa: ANN001, ANN201
    make_app()
    i18n.install("en")
    settings = make_settings(tmp_path)
    settings.set("export/output_rule", "folder")
    settings.set("export/output_folder", str(tmp_path / "out"))
    (tmp_path / "out").mkdir()
    win = MainWindow(settings)
    win.ask_before_discarding = False
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win


def save_through_dialog(qtbot, window) -> tuple[str, list[str]]:  # noqa: ANN001
    """Click Save for a pasted picture; the file dialog is accepted as it comes.
    Returns the proposed path and the text of any question asked after accepting it."""
    proposed: list[str] = []
    questions: list[str] = []

    def answer_question() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):  # "already exists, replace it?"
            questions.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, poll)
            return
        proposed.append(dialog.selectedFiles()[0])
        QTimer.singleShot(300, answer_question)
        dialog.accept()

    QTimer.singleShot(0, poll)
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(proposed), timeout=10_000)
    qtbot.wait(400)
    return proposed[0], questions


def test_each_paste_gets_its_own_dated_name(qtbot, window, tmp_path, tesseract):  # noqa: ANN001
    saved = []
    for _ in range(2):
        QGuiApplication.clipboard().setImage(pil_to_qimage(sample_image()))
        window.action("paste").trigger()
        qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy, timeout=60_000)
        proposed, questions = save_through_dialog(qtbot, window)
        assert questions == []  # no "already exists, replace it?"
        path = Path(proposed)
        assert path.parent == tmp_path / "out"
        assert path.name.startswith(f"redacted-{datetime.now():%Y-%m-%d}") and path.suffix == ".png"
        qtbot.waitUntil(path.is_file, timeout=10_000)
        saved.append(path)
    assert saved[0] != saved[1]


def test_names_never_collide_and_photos_stay_jpeg(tmp_path):
    screenshot = load_bytes(_png(), name="pasted.png")
    now = datetime(2026, 12, 5, 8, 15, 2)
    first = unnamed_save_path(screenshot, tmp_path, now)
    assert first.name == "redacted-2026-12-05-081502.png"
    first.write_bytes(b"x")
    assert unnamed_save_path(screenshot, tmp_path, now).name == "redacted-2026-12-05-081502-2.png"
    photo = load_bytes(_jpeg(), name="kamera.jpg")
    assert unnamed_save_path(photo, tmp_path, now).suffix == ".jpg"
    assert file_save_path(tmp_path / "IMG_1.jpg", photo, None) == tmp_path / "IMG_1.redacted.jpg"
    assert file_save_path(tmp_path / "layar.png", screenshot, None) == tmp_path / "layar.redacted.png"
    assert pictures_folder().is_dir()


def _png() -> bytes:
    import io

    buffer = io.BytesIO()
    sample_image().save(buffer, "PNG")
    return buffer.getvalue()


def _jpeg() -> bytes:
    import io

    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (120, 160, 90)).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def test_a_paste_in_indonesian_is_named_in_indonesian(qtbot, window, tmp_path, tesseract):  # noqa: ANN001
    """The app in Bahasa Indonesia proposes 'disensor-….png', a plain ASCII name any file system takes."""
    i18n.install("id")
    try:
        qtbot.waitUntil(lambda: window.action("open").text().replace("&", "") == "Buka gambar…")
        QGuiApplication.clipboard().setImage(pil_to_qimage(sample_image()))
        window.action("paste").trigger()
        qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy,
                        timeout=60_000)
        proposed, _ = save_through_dialog(qtbot, window)
        path = Path(proposed)
        assert path.parent == tmp_path / "out"
        assert path.name.startswith(f"disensor-{datetime.now():%Y-%m-%d}") and path.suffix == ".png", path.name
        assert path.name.isascii() and "redacted" not in path.name
        qtbot.waitUntil(path.is_file, timeout=10_000)
    finally:
        i18n.install("en")
    assert unnamed_save_path(load_bytes(_png(), name="pasted.png"), tmp_path).name.startswith("redacted-")
