"""Indonesian everywhere in the app: Qt's own dialogs, every category, the engine's picture words, styles."""
from __future__ import annotations

import pytest

from ui_support import make_settings, write_sample  # noqa: I001

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton

from redactor.ui import language as i18n
from redactor.ui.app import make_app
from redactor.ui.categories import category_name, preview_text, style_name
from redactor.ui.review import MainWindow


@pytest.fixture
def indonesian(qapp):  # noqa: ANN001, ANN201
    make_app()
    i18n.install("id")
    yield
    i18n.install("en")


def when_modal(qtbot, handle) -> list:  # noqa: ANN001
    """Run `handle(dialog)` on the next modal dialog, from inside its own event loop; returns what it gave."""
    got: list = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        got.append(handle(dialog))

    QTimer.singleShot(0, poll)
    return got


def test_unsaved_changes_question_has_indonesian_buttons(qtbot, indonesian, tmp_path, tesseract):  # noqa: ANN001
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.open_files([str(write_sample(tmp_path / "a.png", with_metadata=False))])
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy, timeout=60_000)
    window.doc.set_enabled(list(window.doc.regions)[:1], False)  # an unsaved edit

    def read_and_cancel(box: QMessageBox) -> list[str]:
        texts = sorted(b.text().replace("&", "") for b in box.buttons())
        box.button(QMessageBox.StandardButton.Cancel).click()
        return texts

    got = when_modal(qtbot, read_and_cancel)
    assert window.confirm_discard() is False  # cancelled: the edits stay
    assert got == [["Batal", "Jangan simpan", "Simpan"]]
    window.ask_before_discarding = False


def test_qt_file_dialog_and_its_overwrite_question_speak_indonesian(qtbot, indonesian, tmp_path):  # noqa: ANN001
    existing = tmp_path / "hasil.png"
    existing.write_bytes(b"x")
    dialog = QFileDialog(None, "Simpan", str(tmp_path), "PNG (*.png)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own dialog, as on a bare X11 desktop
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "&Nama berkas:" in labels and "&Jenis berkas:" in labels
    box = dialog.findChild(QDialogButtonBox)
    assert {b.text().replace("&", "") for b in box.findChildren(QPushButton)} >= {"Simpan", "Batal"}

    def read_and_refuse(question: QMessageBox) -> str:
        text = question.text()
        question.button(QMessageBox.StandardButton.No).click()
        return text

    got = when_modal(qtbot, read_and_refuse)
    dialog.selectFile(str(existing))
    dialog.accept()
    qtbot.waitUntil(lambda: bool(got))
    assert "sudah ada" in got[0] and "menggantinya" in got[0]


def test_every_category_and_picture_word_is_translated(indonesian):  # noqa: ANN001
    from redactor.categories import BUILTIN
    from redactor.visual import card

    categories = set(BUILTIN) | {label.category for label in card._LABELS} | {"face", "photo", "signature"}
    untranslated = [c for c in categories if category_name(c) in (c, c.replace("_", " "))]
    assert not untranslated
    assert category_name("id_field") == "data kartu identitas"
    assert preview_text("face 87%", "face") == "Wajah"
    assert preview_text("ID photo", "photo") == "Pas foto"
    assert preview_text("signature area", "signature") == "Area tanda tangan"
    assert preview_text("stamp", "signature") == "Stempel"
    assert preview_text("QR (not decoded)", "qr_code") == "QR (tidak terbaca)"
    assert preview_text("Agama: IS••M", "id_field") == "Agama: IS••M"  # text read from the image stays as it is


def test_erase_style_is_not_called_delete(indonesian):  # noqa: ANN001
    for short in (True, False):
        name = style_name("erase", short=short)
        assert "hapus" not in name.lower() and "warna latar" in name.lower()


def test_settings_name_the_right_click_entry_as_the_menu_does(qtbot, tmp_path):  # noqa: ANN001
    from redactor.ui.settings_dialog import SettingsDialog

    make_app()
    for language, words in (("id", "“Sensor…”"), ("en", "“Redact…”")):
        i18n.install(language)
        dialog = SettingsDialog(make_settings(tmp_path))
        qtbot.addWidget(dialog)
        assert words in dialog.integration.text()
