"""Batch window and settings dialog, driven through their widgets with real Tesseract."""
from __future__ import annotations

import json

import pytest

from ui_support import make_settings, write_sample  # noqa: I001

from PIL import Image
from PySide6.QtCore import Qt

from redactor.ui import language as i18n
from redactor.ui.app import make_app
from redactor.ui.batch_window import BatchWindow
from redactor.ui.settings_dialog import SettingsDialog


@pytest.fixture
def settings(tmp_path):  # noqa: ANN001, ANN201
    make_app()
    i18n.install("en")
    yield make_settings(tmp_path)
    i18n.install("en")


def test_batch_folder_with_one_broken_file(qtbot, settings, tmp_path, own_data_folder):  # noqa: ANN001
    folder = tmp_path / "inbox"
    folder.mkdir()
    good = [write_sample(folder / f"scan{i}.png", with_metadata=(i == 0)) for i in range(2)]
    broken = folder / "rusak.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"not really a jpeg" * 10)
    win = BatchWindow(settings)
    qtbot.addWidget(win)
    win.jobs = 2
    win.show()
    assert win.stack.currentWidget() is win.drop_zone
    win.add_paths([str(folder)])
    assert win.table.rowCount() == 3
    assert win.stack.currentWidget() is win.table
    assert {win.state_of(str(p)) for p in [*good, broken]} == {"queued"}

    with qtbot.waitSignal(win.batch_finished, timeout=180_000):
        qtbot.mouseClick(win.start_button, Qt.MouseButton.LeftButton)
        assert win.running and not win.start_button.isEnabled() and win.cancel_button.isEnabled()
        assert [win.state_of(str(p)) for p in sorted([*good, broken])].count("working") == 2  # one per job

    assert win.state_of(str(broken)) == "failed"
    row = win.rows[str(broken)]
    assert win.table.item(row, 3).text()  # the error, in words
    for path in good:
        assert win.state_of(str(path)) == "done"
        found = win.table.item(win.rows[str(path)], 2).text()
        assert "NIK" in found and "phone" in found
        out = path.with_name(f"{path.stem}.redacted.png")
        assert out.is_file()
        assert not Image.open(out).getexif()
    assert win.progress.value() == 3
    # Copies beside the originals: the reports go to the user's Redactor folder, not among their pictures.
    assert not (folder / "report.json").exists() and not (folder / "report.csv").exists()
    json_path, csv_path = win.report_paths
    assert json_path.parent == own_data_folder / "reports" and csv_path.suffix == ".csv"
    assert str(csv_path) in win.status.text()
    report = json.loads(json_path.read_text(encoding="utf-8"))
    assert report["files"] == 3 and report["redacted"] == 2
    assert win.open_folder_button.isVisible()
    assert win.output_folder() == folder


def test_batch_cancel_stops_early(qtbot, settings, tmp_path):  # noqa: ANN001
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(6):
        write_sample(folder / f"f{i}.png", with_metadata=False)
    win = BatchWindow(settings)
    qtbot.addWidget(win)
    win.jobs = 1
    win.add_paths([str(folder)])
    with qtbot.waitSignal(win.batch_finished, timeout=180_000):
        win.start()
        qtbot.waitUntil(lambda: win.progress.value() >= 1, timeout=60_000)
        win.cancel()
    states = [win.state_of(str(folder / f"f{i}.png")) for i in range(6)]
    assert "cancelled" in states and "done" in states and "working" not in states
    assert "Cancelled" in win.status.text()


def test_batch_output_folder_rule(qtbot, settings, tmp_path):  # noqa: ANN001
    src = write_sample(tmp_path / "one.png", with_metadata=False)
    out_dir = tmp_path / "safe"
    settings.set("export/output_rule", "folder")
    settings.set("export/output_folder", str(out_dir))
    win = BatchWindow(settings)
    qtbot.addWidget(win)
    win.jobs = 1
    win.add_paths([str(src)])
    with qtbot.waitSignal(win.batch_finished, timeout=120_000):
        win.start()
    assert (out_dir / "one.png").is_file()
    assert (out_dir / "report.csv").is_file()
    assert not (tmp_path / "one.redacted.png").exists()


def test_settings_dialog_persists_and_feeds_engine(qtbot, settings, tmp_path):  # noqa: ANN001
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.style.setCurrentIndex(dialog.style.findData("pixelate"))
    for i in range(dialog.categories.count()):
        item = dialog.categories.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "email":
            item.setCheckState(Qt.CheckState.Unchecked)
    dialog.own_terms.setPlainText("Biro Umum\n\nintranet.kemenxyz.go.id\n")
    dialog.in_folder.setChecked(True)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    dialog.tesseract.setText("/usr/bin/tesseract")
    dialog.accept()

    again = make_settings(tmp_path)  # a fresh reader of the same file
    assert again.style == "pixelate"
    assert again.get("detect/disabled_categories") == ["email"]
    assert again.get("detect/own_terms") == ["Biro Umum", "intranet.kemenxyz.go.id"]
    assert again.get("export/output_rule") == "folder"
    assert again.get("ui/language") == "id"
    config = again.engine_config()
    assert config.style == "pixelate" and "email" in config.disabled_categories
    assert config.own_terms == ("Biro Umum", "intranet.kemenxyz.go.id")
    assert config.tesseract_cmd == "/usr/bin/tesseract"
    toml = (tmp_path / "config.toml").read_text(encoding="utf-8")
    assert 'style = "pixelate"' in toml and "Biro Umum" in toml
    assert i18n.current() == "id"


def test_batch_window_in_indonesian(qtbot, settings):  # noqa: ANN001
    i18n.install("id")
    win = BatchWindow(settings)
    qtbot.addWidget(win)
    assert win.start_button.text().strip() == "Buat salinan aman"
    assert win.table.horizontalHeaderItem(0).text() == "Berkas"


def test_indonesian_is_default_on_an_indonesian_system(tmp_path):  # noqa: ANN001
    import os
    import subprocess
    import sys

    code = ("from redactor.ui import language as i18n; from redactor.ui.app import make_app; make_app(); "
            "print(i18n.resolve('auto'), i18n.install('auto'))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "id_ID.UTF-8", "LC_ALL": "id_ID.UTF-8",
           "LANGUAGE": "id"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["id", "id"], out.stderr
    env.update(LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8", LANGUAGE="en")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["en", "en"], out.stderr


def test_start_screen_warns_when_tesseract_is_missing(qtbot, settings, tmp_path):  # noqa: ANN001
    from redactor.ui.review import MainWindow

    # The analysis process checks OCR when the window opens; the language folder the user chose is empty.
    (tmp_path / "no-language-data").mkdir()
    settings.set("detect/tessdata", str(tmp_path / "no-language-data"))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.start_page.problem.isVisible(), timeout=10_000)
    assert "Tesseract" in win.start_page.problem.title.text()


def test_right_click_menu_checkbox_calls_integration(qtbot, settings, monkeypatch):  # noqa: ANN001
    import redactor.integrate as integrate
    from redactor.ui import settings_dialog

    calls = []
    monkeypatch.setattr(integrate, "main", lambda argv: calls.append(list(argv)) or 0)
    monkeypatch.setattr(settings_dialog, "integration_installed", lambda: False)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.integration.isEnabled()
    dialog.integration.setChecked(True)
    dialog.accept()
    assert calls == [["install", "--lang", "en"]]  # the menu speaks the app's language

    monkeypatch.setattr(settings_dialog, "integration_installed", lambda: True)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.integration.isChecked()
    dialog.integration.setChecked(False)
    dialog.accept()
    assert calls == [["install", "--lang", "en"], ["uninstall"]]

    # Installed, and the app switched to Indonesian: the entries are written again as "Sensor…".
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    dialog.accept()
    from redactor.ui import language as i18n

    i18n.install("en")
    assert calls[-1] == ["install", "--lang", "id"]


def test_ctrl_q_in_the_batch_window_quits_like_in_the_main_window(qtbot, tmp_path):  # noqa: ANN001
    from PySide6.QtTest import QTest

    from ui_support import show_review_window

    window = show_review_window(qtbot, make_settings(tmp_path))
    window.open_batch([])
    batch = window._batch_window
    qtbot.addWidget(batch)
    batch.activateWindow()
    qtbot.waitUntil(batch.isActiveWindow, timeout=5_000)
    QTest.keyClick(batch, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible() and not batch.isVisible(), timeout=5_000)


@pytest.mark.parametrize("lang, words", [("en", "1 safe copy made, 1 failed."), ("id", "1 salinan aman dibuat, 1 gagal.")])
def test_one_copy_made_is_said_in_the_singular(qtbot, settings, tmp_path, own_data_folder, lang, words):  # noqa: ANN001
    folder = tmp_path / "inbox"
    folder.mkdir()
    write_sample(folder / "scan.png", with_metadata=False)
    (folder / "broken.png").write_bytes(b"not an image")
    i18n.install(lang)
    win = BatchWindow(settings)
    qtbot.addWidget(win)
    win.jobs = 1
    win.add_paths([str(folder)])
    with qtbot.waitSignal(win.batch_finished, timeout=180_000):
        win.start()
    assert win.status.text().startswith(words), win.status.text()


def test_a_photo_that_shows_nothing_personal_says_its_location_was_left_out(qtbot, settings, tmp_path,  # noqa: ANN001
                                                                            own_data_folder):
    from test_metadata import dirty_jpeg, jpeg_bytes, picture

    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "kebun.jpg").write_bytes(dirty_jpeg())        # GPS, camera, a thumbnail; nothing personal shown
    (folder / "polos.jpg").write_bytes(jpeg_bytes(picture()))  # the same picture carrying nothing
    win = BatchWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.add_paths([str(folder)])
    with qtbot.waitSignal(win.batch_finished, timeout=180_000):
        qtbot.mouseClick(win.start_button, Qt.MouseButton.LeftButton)
    located, plain = (win.rows[str(folder / name)] for name in ("kebun.jpg", "polos.jpg"))
    assert win.state_of(str(folder / "kebun.jpg")) == win.state_of(str(folder / "polos.jpg")) == "clean"
    assert win.table.item(located, 2).text() == "location removed (GPS)"
    assert "GPS" in win.table.item(located, 2).toolTip()
    assert win.table.item(plain, 2).text() == "—"
    assert not Image.open(folder / "kebun.redacted.jpg").getexif()
