"""Settings: the user's own Tesseract language data folder, chosen and checked in the dialog, then read with."""
from __future__ import annotations

import shutil

import pytest

from ui_support import make_settings, sample_image  # noqa: I001

from PySide6.QtWidgets import QDialog, QFileDialog

from redactor.ocr import engine as engine_mod
from redactor.load import load_path
from redactor.pipeline import analyse
from redactor.ui import language as i18n
from redactor.ui.app import make_app
from redactor.ui.settings_dialog import SettingsDialog


@pytest.fixture
def settings(tmp_path):  # noqa: ANN001, ANN201
    make_app()
    i18n.install("en")
    engine_mod.forget_engines()
    yield make_settings(tmp_path)
    i18n.install("en")
    engine_mod.forget_engines()


def own_folder(path, codes=("ind", "eng")):  # noqa: ANN001, ANN201
    """A real language data folder: copies of the model files, as a user would put them."""
    path.mkdir(parents=True)
    for code in codes:
        shutil.copy(engine_mod.BUNDLED_TESSDATA / f"{code}.traineddata", path)
    return path


def test_own_folder_is_checked_saved_and_read_with(qtbot, settings, tmp_path):  # noqa: ANN001
    folder = own_folder(tmp_path / "my tessdata")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert "comes with Redactor" in dialog.tessdata_status.text()  # nothing chosen yet: the shipped data
    dialog.tessdata.setText(str(folder))
    assert dialog.tessdata_status.text().startswith("Ready")
    assert "ind, eng" in dialog.tessdata_status.text()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    again = make_settings(tmp_path)  # a fresh reader of the same files
    assert again.get("detect/tessdata") == str(folder)
    config = again.engine_config()
    assert config.tessdata == str(folder)
    assert f'tessdata = "{folder}"' in (tmp_path / "config.toml").read_text(encoding="utf-8")

    # The engine reads with the chosen folder's models, and finds the NIK on a real page.
    image_path = tmp_path / "page.png"
    sample_image().save(image_path)
    analysis = analyse(load_path(image_path), config.with_changes(visual=False), cores=1)
    engine = engine_mod.get_engine(config.lang, config.tesseract_cmd, config.ocr_timeout, config.tessdata)
    assert isinstance(engine, engine_mod.LibraryEngine) and engine.tessdata == folder
    assert "nik" in {finding.category for finding in analysis.findings}

    # Emptying the field goes back to the shipped data.
    dialog = SettingsDialog(again)
    qtbot.addWidget(dialog)
    dialog.tessdata.setText("")
    dialog.accept()
    assert make_settings(tmp_path).engine_config().tessdata is None


def test_folder_without_a_language_is_refused_with_its_name(qtbot, settings, tmp_path):  # noqa: ANN001
    folder = own_folder(tmp_path / "only english", codes=("eng",))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.tessdata.setText(str(folder))
    message = dialog.tessdata_status.text()
    assert "ind.traineddata" in message and "eng.traineddata" not in message
    dialog.accept()  # refused: the dialog stays open on the field, nothing saved
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert make_settings(tmp_path).get("detect/tessdata") == ""

    dialog.tessdata.setText(str(tmp_path / "nowhere"))
    assert "does not exist" in dialog.tessdata_status.text()


def test_message_in_indonesian(qtbot, settings, tmp_path):  # noqa: ANN001
    folder = own_folder(tmp_path / "only english", codes=("eng",))
    i18n.install("id")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.tessdata.setText(str(folder))
    message = dialog.tessdata_status.text()
    assert "ind.traineddata" in message
    assert "folder ini tidak" in message.lower()
    dialog.tessdata.setText(str(own_folder(tmp_path / "lengkap")))
    assert dialog.tessdata_status.text().startswith("Siap")


def test_choosing_the_tesseract_folder_takes_its_tessdata(qtbot, settings, tmp_path, monkeypatch):  # noqa: ANN001
    program_folder = tmp_path / "Tesseract-OCR"
    own_folder(program_folder / "tessdata")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(program_folder))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog._browse_tessdata()
    assert dialog.tessdata.text() == str(program_folder / "tessdata")
    assert dialog.tessdata_status.text().startswith("Ready")
