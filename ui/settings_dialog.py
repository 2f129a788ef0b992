"""Settings: default style, where safe copies go, categories on/off, own terms, language, right-click menu,
the user's own Tesseract language data."""
from __future__ import annotations

import importlib.util
import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QRadioButton, QTabWidget,
                               QVBoxLayout, QWidget)

from redactor.cover import STYLES

from . import language as i18n
from . import theme
from .categories import category_name, ordered_categories, style_name
from .settings import Settings


def integration_available() -> bool:
    try:
        return importlib.util.find_spec("redactor.integrate") is not None
    except (ImportError, ValueError):
        return False


def integration_installed() -> bool:
    try:
        from redactor.integrate import is_installed
        return bool(is_installed())
    except Exception:  # noqa: BLE001 - a status probe never blocks the dialog
        return False


def menu_label(language: str) -> str:
    """The words the right-click entry carries in `language` ("Redact…", "Sensor…")."""
    try:
        from redactor.integrate.common import labels
    except ImportError:
        return "Redact…"
    return labels(language)["review"]


def run_integration(install: bool, language: str = "en") -> tuple[int, str]:
    """Call `redactor.integrate.main(["install"|"uninstall"])`; returns (exit code, its output).

    The entries are written in the app's language, so Settings and the menu name the same words."""
    from redactor.integrate import main as integrate_main

    buffer = io.StringIO()
    with redirect_stdout(buffer), redirect_stderr(buffer):
        try:
            code = integrate_main(["install", "--lang", language] if install else ["uninstall"])
        except Exception as exc:  # noqa: BLE001
            buffer.write(str(exc))
            code = 1
    return int(code or 0), buffer.getvalue().strip()


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(14)
        tabs = QTabWidget()
        layout.addWidget(tabs)

        # General ---------------------------------------------------------------------------------
        general = QWidget()
        form = QFormLayout(general)
        form.setContentsMargins(16, 16, 16, 16)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the computer"), "auto")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("ui/language"))))
        form.addRow(self.tr("Language:"), self.language)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Same as the computer"), "auto")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get("ui/theme"))))
        form.addRow(self.tr("Appearance:"), self.theme)
        self.style = QComboBox()
        for style in STYLES:
            self.style.addItem(style_name(style), style)
        self.style.setCurrentIndex(max(0, self.style.findData(settings.style)))
        form.addRow(self.tr("Cover with:"), self.style)
        note = QLabel(self.tr("A black box is the safest choice. Blur and pixelate here never use the hidden "
                              "text, but they look as if something could be read."))
        note.setWordWrap(True)
        note.setObjectName("privacyNote")
        note.setMinimumWidth(420)
        form.addRow("", note)

        out_box = QGroupBox(self.tr("Save safe copies"))
        out = QVBoxLayout(out_box)
        out.setSpacing(8)
        self.beside = QRadioButton(self.tr("Beside the original, as NAME.redacted.png (a photo: .jpg)"))
        self.in_folder = QRadioButton(self.tr("In this folder:"))
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(settings.get("export/output_folder"))
        self.folder.setPlaceholderText(self.tr("Choose a folder"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.in_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        out.addWidget(self.beside)
        out.addLayout(folder_row)
        (self.in_folder if settings.get("export/output_rule") == "folder" else self.beside).setChecked(True)
        form.addRow(out_box)

        self.integration = QCheckBox(self.tr("Add “%s” to the right-click menu of image files")
                                     % menu_label(i18n.current()))
        if integration_available():
            self.integration.setChecked(integration_installed())
        else:
            self.integration.setEnabled(False)
            self.integration.setToolTip(self.tr("Not available in this installation."))
        self._integration_was = self.integration.isChecked()
        form.addRow(self.integration)
        tabs.addTab(general, self.tr("General"))

        # What to find ------------------------------------------------------------------------------
        detect = QWidget()
        detect_layout = QVBoxLayout(detect)
        detect_layout.setContentsMargins(16, 16, 16, 16)
        detect_layout.addWidget(QLabel(self.tr("Find and cover these kinds of data:")))
        self.categories = QListWidget()
        disabled = set(settings.get("detect/disabled_categories"))
        for category in ordered_categories(settings.engine_config().pattern_dirs):
            if category in ("manual", "masked_area"):  # the user's own boxes and see-through boxes: always covered
                continue
            item = QListWidgetItem(category_name(category))
            item.setData(Qt.ItemDataRole.UserRole, category)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if category in disabled else Qt.CheckState.Checked)
            self.categories.addItem(item)
        detect_layout.addWidget(self.categories)
        self.tesseract = QLineEdit(settings.get("detect/tesseract_cmd"))
        self.tesseract.setPlaceholderText(self.tr("Found automatically"))
        detect_layout.addLayout(self._path_row(self.tr("Tesseract program:"), self.tesseract,
                                               self._browse_tesseract))
        self.tessdata = QLineEdit(settings.get("detect/tessdata"))
        self.tessdata.setPlaceholderText(self.tr("The one that comes with Redactor"))
        self.tessdata.setAccessibleName(self.tr("Language data folder"))
        detect_layout.addLayout(self._path_row(self.tr("Language data folder:"), self.tessdata,
                                               self._browse_tessdata))
        self.tessdata_status = QLabel()
        self.tessdata_status.setObjectName("privacyNote")
        self.tessdata_status.setWordWrap(True)
        self.tessdata_status.setTextFormat(Qt.TextFormat.PlainText)
        detect_layout.addWidget(self.tessdata_status)
        self._ocr_lang = settings.engine_config().lang
        self.tessdata.textChanged.connect(self._check_tessdata)
        self._check_tessdata()
        self._detect_tab = detect
        self._tabs = tabs
        tabs.addTab(detect, self.tr("What to find"))

        terms = QWidget()
        terms_layout = QVBoxLayout(terms)
        terms_layout.setContentsMargins(16, 16, 16, 16)
        terms_layout.setSpacing(8)
        cover_title = QLabel(self.tr("Always cover"))
        cover_title.setObjectName("sectionTitle")
        terms_layout.addWidget(cover_title)
        label = QLabel(self.tr("Words always covered wherever they appear, one per line: your own name, your "
                               "office, internal server names."))
        label.setWordWrap(True)
        terms_layout.addWidget(label)
        self.own_terms = QPlainTextEdit("\n".join(settings.get("detect/own_terms")))
        self.own_terms.setPlaceholderText(self.tr("e.g. Budi Santoso\nBiro Umum\nintranet.kemenxyz.go.id"))
        self.own_terms.setAccessibleName(self.tr("Always cover"))
        terms_layout.addWidget(self.own_terms)
        visible_title = QLabel(self.tr("Always leave visible"))
        visible_title.setObjectName("sectionTitle")
        terms_layout.addWidget(visible_title)
        visible_label = QLabel(self.tr("Public details that may stay visible wherever they appear, one per line: "
                                       "your office's hotline, the agency's name, your own public contact. They "
                                       "are still listed after a scan, unticked. A word on both lists is covered."))
        visible_label.setWordWrap(True)
        terms_layout.addWidget(visible_label)
        self.visible_terms = QPlainTextEdit("\n".join(settings.get("detect/visible_terms")))
        self.visible_terms.setPlaceholderText(self.tr("e.g. 0811-1500-123\nhumas@kominfo.go.id\n"
                                                      "Dinas Komunikasi dan Informatika"))
        self.visible_terms.setAccessibleName(self.tr("Always leave visible"))
        terms_layout.addWidget(self.visible_terms)
        tabs.addTab(terms, self.tr("Your lists"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save safe copies in"),
                                                  self.folder.text() or str(Path.home()))
        if folder:
            self.folder.setText(folder)
            self.in_folder.setChecked(True)

    def _path_row(self, label: str, field: QLineEdit, browse) -> QHBoxLayout:  # noqa: ANN001 - slot
        """A label, a path field and its Browse… button on one row."""
        row = QHBoxLayout()
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(browse)
        row.addWidget(QLabel(label))
        row.addWidget(field, 1)
        row.addWidget(button)
        return row

    def _browse_tesseract(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Tesseract program"), self.tesseract.text() or "",
                                              self.tr("Programs (tesseract.exe tesseract);;All files (*)"))
        if path:
            self.tesseract.setText(path)

    def _tessdata_problem(self, folder: str) -> str | None:
        """Why `folder` cannot serve as the language data folder, or None when it holds every language."""
        from redactor.errors import OcrError
        from redactor.ocr import missing_languages

        if not Path(folder).is_dir():
            return self.tr("This folder does not exist.")
        try:
            missing = missing_languages(folder, self._ocr_lang)
        except OcrError as exc:
            return str(exc)
        if missing:
            return (self.tr("This folder has no %s. Choose the folder that holds the .traineddata files "
                            "(it is often called tessdata).") % ", ".join(f"{code}.traineddata" for code in missing))
        return None

    def _check_tessdata(self) -> bool:
        """Say under the field what the folder holds; False when it cannot be used."""
        folder = self.tessdata.text().strip()
        if not folder:
            self.tessdata_status.setText(self.tr("Text is read with the language data that comes with Redactor. "
                                                 "Choose a folder of your own to use other models or languages."))
            return True
        problem = self._tessdata_problem(folder)
        if problem:
            self.tessdata_status.setText(problem)
            return False
        self.tessdata_status.setText(self.tr("Ready: this folder holds the languages used (%s).")
                                     % self._ocr_lang.replace("+", ", "))
        return True

    def _browse_tessdata(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Language data folder"),
                                                  self.tessdata.text() or str(Path.home()))
        if folder:
            # The Tesseract program's own folder was chosen: its data sit in tessdata/ below it.
            inner = Path(folder) / "tessdata"
            if self._tessdata_problem(folder) and inner.is_dir() and not self._tessdata_problem(str(inner)):
                folder = str(inner)
            self.tessdata.setText(folder)

    def accept(self) -> None:
        if not self._check_tessdata():
            # An unusable folder would stop every reading: say so where it is set, and keep the dialog open.
            self._tabs.setCurrentWidget(self._detect_tab)
            self.tessdata.setFocus()
            return
        s = self.settings
        language = self.language.currentData()
        previous_language = s.get("ui/language")
        s.set("export/style", self.style.currentData())
        rule = "folder" if self.in_folder.isChecked() and self.folder.text().strip() else "beside"
        s.set("export/output_rule", rule)
        s.set("export/output_folder", self.folder.text().strip())
        disabled = [self.categories.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.categories.count())
                    if self.categories.item(i).checkState() != Qt.CheckState.Checked]
        s.set("detect/disabled_categories", disabled)
        s.set("detect/own_terms", [t.strip() for t in self.own_terms.toPlainText().splitlines() if t.strip()])
        s.set("detect/visible_terms", [t.strip() for t in self.visible_terms.toPlainText().splitlines() if t.strip()])
        s.set("detect/tesseract_cmd", self.tesseract.text().strip())
        s.set("detect/tessdata", self.tessdata.text().strip())
        s.save_engine_config()
        if self.theme.currentData() != s.get("ui/theme"):
            s.set("ui/theme", self.theme.currentData())
            app = QApplication.instance()
            if app is not None:
                theme.apply(app, self.theme.currentData())
        if language != s.get("ui/language"):
            s.set("ui/language", language)
            i18n.install(language)
        wanted = self.integration.isChecked()
        relabel = wanted and self._integration_was and language != previous_language  # the menu follows the app
        if self.integration.isEnabled() and (wanted != self._integration_was or relabel):
            code, output = run_integration(wanted, i18n.current())
            if code != 0:
                QMessageBox.warning(self, self.tr("Right-click menu"),
                                    self.tr("The right-click menu could not be changed:\n%s") % (output or code))
        s.sync()
        super().accept()
