"""Watermark an identity-card copy for one purpose: purpose text, fields to cover, live preview, save.

Offered beside redaction when the verdict is "identity card": the recipient needs the
card readable, so instead of covering everything the user writes the purpose across it
(`redactor.watermark`) and covers only the fields the recipient does not need.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout, QWidget)

from redactor.cover import apply_cover
from redactor.errors import RedactorError
from redactor.export import save_image
from redactor.watermark import apply_watermark, expand_cover, watermark_text

from .categories import category_name
from .messages import describe_error
from .settings import Settings
from .worker import run_task

MAX_RECENT_PURPOSES = 8
PREVIEW_SIDE = 560
# Fields a recipient rarely needs; they start ticked when the card has them.
SUGGESTED_COVER = ("address", "photo", "face", "signature", "qr_code", "barcode")


def marked_copy(image, findings: list, text: str | None):  # noqa: ANN001, ANN201 - PIL images
    """`image` with `findings` covered and `text` written across it; touches no widget."""
    covered = apply_cover(image, findings, "box")
    return apply_watermark(covered, text) if text else covered


class WatermarkDialog(QDialog):
    save_ended = Signal()  # a save on the pool ended, written or not

    def __init__(self, doc, settings: Settings, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.doc = doc
        self.settings = settings
        self.saved_path: Path | None = None
        self.saving = False
        self.setWindowTitle(self.tr("Watermark for one purpose"))
        layout = QHBoxLayout(self)

        side = QVBoxLayout()
        intro = QLabel(self.tr("Write who this copy is for and why. The text is repeated across the whole card, "
                               "so a leaked copy cannot be used for anything else."))
        intro.setWordWrap(True)
        side.addWidget(intro)
        form = QFormLayout()
        self.purpose = QComboBox()
        self.purpose.setEditable(True)
        self.purpose.setObjectName("purpose")
        self.purpose.addItems(self.settings.get("watermark/recent_purposes"))
        self.purpose.setCurrentText(self.purpose.itemText(0) if self.purpose.count() else self.tr("Only for "))
        self.purpose.lineEdit().setPlaceholderText(self.tr("e.g. Only for CPNS registration at BKN"))
        form.addRow(self.tr("Purpose:"), self.purpose)
        self.add_date = QCheckBox(self.tr("Add today's date (%s)") % dt.date.today().strftime("%d-%m-%Y"))
        self.add_date.setChecked(True)
        form.addRow("", self.add_date)
        side.addLayout(form)
        side.addWidget(QLabel(self.tr("Also cover:")))
        self.fields = QListWidget()
        self.fields.setObjectName("coverFields")
        categories = sorted({r.category for r in doc.regions.values()}, key=lambda c: (c not in SUGGESTED_COVER, c))
        for category in categories:
            item = QListWidgetItem(category_name(category))
            item.setData(Qt.ItemDataRole.UserRole, category)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if category in SUGGESTED_COVER else Qt.CheckState.Unchecked)
            self.fields.addItem(item)
        side.addWidget(self.fields, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        side.addWidget(self.status)
        side.addWidget(self.buttons)
        layout.addLayout(side, 1)

        self.preview = QLabel()
        self.preview.setObjectName("watermarkPreview")
        self.preview.setMinimumSize(PREVIEW_SIDE, round(PREVIEW_SIDE * 0.63))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.preview, 2)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.update_preview)
        self.purpose.currentTextChanged.connect(lambda _t: self._timer.start())
        self.add_date.toggled.connect(lambda _on: self._timer.start())
        self.fields.itemChanged.connect(lambda _i: self._timer.start())
        self.update_preview()

    # State ------------------------------------------------------------------------------------

    def text(self) -> str | None:
        purpose = self.purpose.currentText().strip()
        if len(purpose) < 3:
            return None
        return watermark_text(purpose, add_date=self.add_date.isChecked())

    def chosen_categories(self) -> set[str]:
        items = (self.fields.item(i) for i in range(self.fields.count()))
        return {i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked}

    def render(self, image=None):  # noqa: ANN001, ANN201 - PIL images
        """The card with the chosen fields covered and the purpose written across it."""
        image = image if image is not None else self.doc.image
        return marked_copy(image, self.covered_findings(image.width / self.doc.image.width), self.text())

    def covered_findings(self, scale: float = 1.0) -> list:
        """The findings the chosen fields cover, at `scale` of the card (read from the widgets)."""
        wanted = expand_cover(self.chosen_categories())
        # Ticked here means covered, whatever the review had left visible.
        findings = [replace(r.to_finding(), enabled=True) for r in self.doc.regions.values() if r.category in wanted]
        if scale != 1:  # the preview works on a smaller copy
            findings = [replace(f, boxes=tuple(b.scaled(scale) for b in f.boxes),
                                polygons=tuple(tuple((x * scale, y * scale) for x, y in p) for p in f.polygons),
                                neighbours=None if f.neighbours is None else
                                tuple(tuple((x * scale, y * scale) for x, y in p) for p in f.neighbours))
                        for f in findings]
        return findings

    def update_preview(self) -> None:
        from PIL import Image

        from .image_convert import pil_to_qimage

        small = self.doc.image.copy()
        small.thumbnail((PREVIEW_SIDE * 2, PREVIEW_SIDE * 2), Image.Resampling.LANCZOS)
        pixmap = QPixmap.fromImage(pil_to_qimage(self.render(small)))
        self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.text() is not None)

    def default_path(self) -> Path:
        source = self.doc.source
        folder = self.settings.output_folder() or (source.parent if source else Path.home())
        stem = source.stem if source else "kartu"
        return folder / f"{stem}.watermarked.png"

    # Save -------------------------------------------------------------------------------------

    def save(self, path: Path | None = None) -> bool:
        """Start writing the watermarked copy on the pool (a 12 MP photo takes a second or two); the dialog
        closes once it is written and read back, and stays open saying why when it is not. False when
        nothing was started."""
        if self.text() is None or self.saving:
            return False
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the watermarked copy"), str(self.default_path()),
                                                  self.tr("PNG image (*.png);;JPEG image (*.jpg)"))
            if not name:
                return False
            path = Path(name)
        fmt = "jpg" if path.suffix.lower() in (".jpg", ".jpeg") else "png"
        # Taken now: what the dialog shows when Save is pressed is what gets written.
        image, findings, text, protect = self.doc.image, self.covered_findings(), self.text(), self.doc.source
        purpose = self.purpose.currentText().strip()

        def write():  # noqa: ANN202 - on the pool: pixels and files only, no widgets
            return save_image(marked_copy(image, findings, text), path, fmt, protect=protect)

        self.saving = True
        self.setEnabled(False)  # one save at a time, and no field changed under it
        self.status.setText(self.tr("Saving the watermarked copy…"))
        run_task(write, lambda result: self._written(result.path, purpose), self._not_written, owner=self)
        return True

    def _written(self, path: Path, purpose: str) -> None:
        self.saving = False
        self.setEnabled(True)
        self._remember(purpose)
        self.saved_path = path
        self.save_ended.emit()
        self.accept()

    def _not_written(self, exc: BaseException) -> None:  # fail closed: no copy, and the user is told why
        self.saving = False
        self.setEnabled(True)
        self.status.setText("")
        self.save_ended.emit()
        text = describe_error(exc) if isinstance(exc, RedactorError) or not isinstance(exc, OSError) else \
            (exc.strerror or str(exc))
        QMessageBox.warning(self, self.tr("Could not save"), text)

    def reject(self) -> None:
        if not self.saving:  # a copy being written is finished (or fails) before the dialog goes
            super().reject()

    def _remember(self, purpose: str) -> None:
        recent = [purpose] + [p for p in self.settings.get("watermark/recent_purposes") if p != purpose]
        self.settings.set("watermark/recent_purposes", recent[:MAX_RECENT_PURPOSES])
