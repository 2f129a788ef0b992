"""Batch window: many files or folders in, one row per file, every core busy, reports beside the outputs."""
from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QProgressBar, QPushButton, QSizePolicy, QStackedWidget, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from redactor.batch import (FileReport, collect_inputs, plan_outputs, report_location, run_batch, start_order,
                            write_reports)
from redactor.cover import STYLES
from redactor.findings import COVERED, NEEDS_REVIEW, NOTHING_FOUND
from redactor.messages import verdict_message

from . import language, metadata_note
from .categories import count_phrase, preview_text, style_name
from .messages import error_message
from .icons import app_icon, icon
from .settings import Settings

PATH_ROLE = Qt.ItemDataRole.UserRole
COL_FILE, COL_STATE, COL_FOUND, COL_DETAIL = range(4)
STATE_COLOURS = {"queued": "#6b7080", "working": "#2f6fde", "done": "#2e8b4e", "review": "#b7791f", "failed": "#c93c3c",
                 "clean": "#2f6fde", "cancelled": "#6b7080"}


class BatchThread(QThread):
    """Runs `run_batch` (one process per core) and reports each file as it finishes."""

    file_done = Signal(int, int, object)  # done, total, FileReport
    all_done = Signal(list, object)       # reports, error text or None

    def __init__(self, plan, config, style: str, jobs: int, order: list[int]) -> None:  # noqa: ANN001
        super().__init__()
        self.plan, self.config, self.style, self.jobs, self.order = plan, config, style, jobs, order
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            reports = run_batch(self.plan, config=self.config, style=self.style,
                                jobs=self.jobs, order=self.order,
                                progress=lambda done, total, report: self.file_done.emit(done, total, report),
                                cancelled=self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - shown in the window, never as a traceback
            self.all_done.emit([], f"{type(exc).__name__}: {exc}")
            return
        self.all_done.emit(reports, None)


class BatchWindow(QWidget):
    open_for_review = Signal(str)
    batch_finished = Signal()
    quit_requested = Signal()  # Ctrl+Q here quits the app, as it does in the main window

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.settings = settings
        self.setObjectName("batchWindow")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(980, 620)
        self.inputs: list[tuple[Path, Path]] = []
        self.rows: dict[str, int] = {}
        self.reports: list[FileReport] = []
        self.report_paths: tuple[Path, Path] | None = None
        self.output_dir: Path | None = None
        self.thread: BatchThread | None = None
        self.jobs: int | None = None  # None: every core
        self._pending: list[str] = []
        self._workers = 1

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 16)
        outer.setSpacing(12)
        self.title = QLabel()
        self.title.setObjectName("dropTitle")
        self.title.setStyleSheet("font-size: 16pt;")
        outer.addWidget(self.title)
        self.help = QLabel()
        self.help.setObjectName("dropHelp")
        self.help.setWordWrap(True)
        outer.addWidget(self.help)

        self.stack = QStackedWidget()
        self.drop_zone = QFrame()
        self.drop_zone.setObjectName("dropZone")
        zone = QVBoxLayout(self.drop_zone)
        zone.addStretch(1)
        drop_icon = QLabel()
        drop_icon.setPixmap(icon("batch", "#2f6fde", 48).pixmap(QSize(48, 48)))
        drop_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        zone.addWidget(drop_icon)
        self.drop_label = QLabel()
        self.drop_label.setObjectName("dropHelp")
        self.drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        zone.addWidget(self.drop_label)
        zone.addStretch(1)
        self.stack.addWidget(self.drop_zone)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("batchTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FOUND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setColumnWidth(COL_FILE, 240)
        self.table.setColumnWidth(COL_DETAIL, 330)
        self.table.setSortingEnabled(False)
        self.table.cellDoubleClicked.connect(self._on_double_click)
        self.stack.addWidget(self.table)
        outer.addWidget(self.stack, 1)

        options = QHBoxLayout()
        options.setSpacing(8)
        self.add_files_button = QPushButton()
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button = QPushButton()
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        options.addWidget(self.add_files_button)
        options.addWidget(self.add_folder_button)
        options.addWidget(self.clear_button)
        options.addStretch(1)
        self.style_label = QLabel()
        options.addWidget(self.style_label)
        self.style_combo = QComboBox()
        for style in STYLES:
            self.style_combo.addItem("", style)
        self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(settings.style)))
        options.addWidget(self.style_combo)
        self.output_label = QLabel()
        options.addWidget(self.output_label)
        self.output_combo = QComboBox()
        self.output_combo.addItem("", "beside")
        self.output_combo.addItem("", "folder")
        self.output_combo.activated.connect(self._on_output_choice)
        options.addWidget(self.output_combo)
        outer.addLayout(options)

        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.status = QLabel()
        self.status.setObjectName("privacyNote")
        # Wraps and never widens the window (a report's path is long): the window stays on the screen.
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(self.status)
        column.addWidget(self.progress)
        bottom.addLayout(column, 1)
        self.open_folder_button = QPushButton()
        self.open_folder_button.clicked.connect(self.open_output_folder)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.start_button = QPushButton(icon("shield", "#ffffff"), "")
        self.start_button.setObjectName("primaryButton")
        self.start_button.clicked.connect(self.start)
        bottom.addWidget(self.open_folder_button)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.start_button)
        outer.addLayout(bottom)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self, self.choose_files)
        QShortcut(QKeySequence("Ctrl+Shift+O"), self, self.choose_folder)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.start)
        QShortcut(QKeySequence("Esc"), self, self._escape)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.quit_requested.emit)

        rule = settings.get("export/output_rule")
        folder = settings.output_folder()
        if rule == "folder" and folder:
            self._set_output_dir(folder)
        self.tint_icons()
        self.retranslate()
        self._update_state()
        geometry = settings.get("batch/geometry")
        if geometry:
            self.restoreGeometry(geometry)

    # Text -------------------------------------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:  # light or dark: icons drawn in the theme's colour
            self.tint_icons()
        super().changeEvent(event)

    def tint_icons(self) -> None:
        for button, name in ((self.add_files_button, "image"), (self.add_folder_button, "open"),
                             (self.clear_button, "close"), (self.open_folder_button, "folder")):
            button.setIcon(icon(name))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Many files — Redactor"))
        self.title.setText(self.tr("Cover personal data in many files"))
        self.help.setText(self.tr("Each file gets a safe copy; the originals are never changed. "
                                  "Double-click a row to review that file yourself."))
        self.drop_label.setText(self.tr("Drop files or folders here, or add them with the buttons below."))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("State"), self.tr("Found"),
                                              self.tr("Result")])
        self.add_files_button.setText(" " + self.tr("Add files…"))
        self.add_folder_button.setText(" " + self.tr("Add folder…"))
        self.clear_button.setText(" " + self.tr("Clear"))
        self.style_label.setText(self.tr("Cover with:"))
        for i in range(self.style_combo.count()):
            self.style_combo.setItemText(i, style_name(self.style_combo.itemData(i)))
        self.output_label.setText(self.tr("Save to:"))
        self.output_combo.setItemText(0, self.tr("Beside each original"))
        self.output_combo.setItemText(1, str(self.output_dir) if self.output_dir else self.tr("A folder…"))
        self.open_folder_button.setText(" " + self.tr("Open output folder"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.start_button.setText(" " + self.tr("Make safe copies"))
        self._update_state()

    # Inputs -----------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        if self.running:
            return
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add files"), str(self.settings.start_folder()),
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff *.heic *.heif);;All files (*)"))
        if files:
            self.add_paths(files)

    def choose_folder(self) -> None:
        if self.running:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add folder"), str(self.settings.start_folder()))
        if folder:
            self.add_paths([folder])

    def add_paths(self, paths: list[str]) -> None:
        if self.running:
            return
        if self.reports:  # a finished batch: start a fresh list
            self.clear()
        known = {str(p) for p, _ in self.inputs}
        for src, root in collect_inputs([Path(p) for p in paths], recursive=True):
            if str(src) in known or ".redacted." in src.name:
                continue
            known.add(str(src))
            self.inputs.append((src, root))
            row = self.table.rowCount()
            self.table.insertRow(row)
            name = QTableWidgetItem(icon("image", "#6b7080"), src.name)
            name.setData(PATH_ROLE, str(src))
            name.setToolTip(str(src))
            self.table.setItem(row, COL_FILE, name)
            for col in (COL_STATE, COL_FOUND, COL_DETAIL):
                self.table.setItem(row, col, QTableWidgetItem(""))
            self._set_state(row, "queued")
            self.rows[str(src)] = row
        self._update_state()

    def clear(self) -> None:
        if self.running:
            return
        self.inputs.clear()
        self.rows.clear()
        self.reports = []
        self.report_paths = None
        self.table.setRowCount(0)
        self.progress.setValue(0)
        self._update_state()

    def _on_output_choice(self, index: int) -> None:
        if self.output_combo.itemData(index) == "folder":
            folder = QFileDialog.getExistingDirectory(self, self.tr("Save safe copies in"),
                                                      str(self.output_dir or Path.home()))
            if folder:
                self._set_output_dir(Path(folder))
            elif self.output_dir is None:
                self.output_combo.setCurrentIndex(0)
        else:
            self._set_output_dir(None)

    def _set_output_dir(self, folder: Path | None) -> None:
        self.output_dir = folder
        self.output_combo.setCurrentIndex(1 if folder else 0)
        self.output_combo.setItemText(1, str(folder) if folder else self.tr("A folder…"))

    # Running ----------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.thread is not None

    def start(self) -> None:
        if self.running or not self.inputs:
            return
        if self.reports:
            for src, _root in self.inputs:
                self._set_state(self.rows[str(src)], "queued")
            self.reports = []
        plan = plan_outputs(self.inputs, self.output_dir)  # a photo stays a JPEG, a screenshot a PNG
        self.planned = plan
        if self.output_dir is not None:
            self.output_dir.mkdir(parents=True, exist_ok=True)
        config = self.settings.engine_config()
        style = self.style_combo.currentData() or config.style
        self.progress.setRange(0, len(plan))
        self.progress.setValue(0)
        self._workers = self.jobs or os.cpu_count() or 1
        order = start_order(plan, self._workers)  # once: the rows marked as working follow the real order
        self._pending = [str(plan[i][0]) for i in order]
        self.thread = BatchThread(plan, config, style, self._workers, order)
        self.thread.file_done.connect(self._on_file_done)
        self.thread.all_done.connect(self._on_all_done)
        self.thread.start()
        self._mark_working()
        self.status.setText(self.tr("Working on %n file(s) with every processor core…", "", len(plan)))
        self._update_state()

    def cancel(self) -> None:
        if self.thread is not None:
            self.thread.cancel()
            self.status.setText(self.tr("Stopping after the files already in progress…"))
            self.cancel_button.setEnabled(False)

    def _escape(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.close()

    def _mark_working(self) -> None:
        """Files go to the workers in the engine's start order, one per core: show the next ones as being worked on."""
        working = [p for p in self._pending if self.state_of(p) == "working"]
        for path in [p for p in self._pending if self.state_of(p) == "queued"][:self._workers - len(working)]:
            self._set_state(self.rows[path], "working")

    def _on_file_done(self, done: int, total: int, report: FileReport) -> None:
        self.progress.setValue(done)
        if report.input in self._pending:
            self._pending.remove(report.input)
        self.status.setText(self.tr("%1 of %2 files done").replace("%1", str(done)).replace("%2", str(total)))
        row = self.rows.get(report.input)
        if row is None:
            return
        self._finish_row(row, report)
        if self.thread is not None and not self.thread.cancelled:
            self._mark_working()

    def _finish_row(self, row: int, report: FileReport) -> None:
        found = self.table.item(row, COL_FOUND)
        detail = self.table.item(row, COL_DETAIL)
        if not report.ok:
            self._set_state(row, "failed")
            found.setText("")
            detail.setText(error_message(report.error_code, report.error_params, report.error) if report.error
                           else self.tr("failed"))
            detail.setToolTip(report.error or "")
            detail.setForeground(QBrush(QColor(STATE_COLOURS["failed"])))
            return
        counts = Counter(report.categories)
        # A photo that shows nothing personal may still have told where it was taken: the row says the copy
        # left that out, as the review window does, rather than a bare "nothing found".
        removed = metadata_note.ordered(report.metadata_removed)
        hidden = (self.tr("location removed (GPS)") if metadata_note.carries_location(removed)
                  else self.tr("hidden details removed") if removed else "")
        found.setText("; ".join(part for part in (count_phrase(counts), hidden) if part) or "—")
        found.setToolTip("\n".join([*(preview_text(p) for p in report.previews),
                                     *([metadata_note.removed_note(removed)] if removed else [])]))
        if report.status == NEEDS_REVIEW:  # the engine's verdict, as the review window and the reports show it
            self._set_state(row, "review")
            detail.setText(verdict_message(report.verdict, "short", language.current()) or report.verdict)
        else:
            self._set_state(row, "done" if counts else "clean")
            detail.setText(Path(report.output).name if report.output else "")
        detail.setToolTip(report.output or "")

    def _on_all_done(self, reports: list, error: object) -> None:
        thread = self.thread
        self.thread = None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self.reports = reports
        finished = {r.input for r in reports}
        for src, _root in self.inputs:
            if str(src) not in finished:
                self._set_state(self.rows[str(src)], "cancelled")
        if error:
            self.status.setText(self.tr("The batch stopped: %s") % error)
        else:
            ok = sum(r.status in (COVERED, NOTHING_FOUND) for r in reports)
            review = sum(r.status == NEEDS_REVIEW for r in reports)
            failed = sum(not r.ok for r in reports)
            try:
                self.report_paths = write_reports(reports, *report_location(self.planned, self.output_dir)) \
                    if reports else None
            except Exception as exc:  # noqa: BLE001
                self.report_paths = None
                self.status.setText(self.tr("Could not write the report: %s") % exc)
            else:
                text = self.tr("%n safe copy(ies) made,", "", ok) + " " + self.tr("%n failed.", "", failed)
                if review:
                    text += " " + self.tr("%n copy(ies) need a look: better not posted at all.", "", review)
                if thread is not None and thread.cancelled:
                    text = self.tr("Cancelled.") + " " + text
                if self.report_paths:
                    text += " " + self.tr("Report: %s") % self.report_paths[1]
                self.status.setText(text)
        self._update_state()
        self.batch_finished.emit()

    def output_folder(self) -> Path | None:
        """Where the safe copies went (the reports, beside originals, are in the user's Redactor folder)."""
        if self.output_dir is not None:
            return self.output_dir
        folders = [str(Path(r.output).parent) for r in self.reports if r.output]
        return Path(os.path.commonpath(folders)) if folders else None

    def open_output_folder(self) -> None:
        folder = self.output_folder()
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _set_state(self, row: int, state: str) -> None:
        names = {"queued": self.tr("Waiting"), "working": self.tr("Working…"), "done": self.tr("Covered"), "review": self.tr("Needs a look"),
                 "failed": self.tr("Failed"), "clean": self.tr("Nothing found"), "cancelled": self.tr("Cancelled")}
        item = self.table.item(row, COL_STATE)
        item.setText(names[state])
        item.setData(PATH_ROLE, state)
        item.setForeground(QBrush(QColor(STATE_COLOURS[state])))
        font = item.font()
        font.setBold(state in ("failed", "review"))
        item.setFont(font)

    def state_of(self, path: str) -> str:
        return self.table.item(self.rows[path], COL_STATE).data(PATH_ROLE)

    def _update_state(self) -> None:
        running = self.running
        self.stack.setCurrentWidget(self.table if self.inputs else self.drop_zone)
        self.start_button.setEnabled(bool(self.inputs) and not running)
        self.cancel_button.setEnabled(running)
        self.cancel_button.setVisible(running)
        self.open_folder_button.setVisible(bool(self.reports) and not running)
        for widget in (self.add_files_button, self.add_folder_button, self.clear_button, self.style_combo,
                       self.output_combo):
            widget.setEnabled(not running)
        self.clear_button.setVisible(bool(self.inputs))
        self.progress.setVisible(running or bool(self.reports))
        if not running and not self.reports:
            n = len(self.inputs)
            self.status.setText(self.tr("%n file(s) ready.", "", n) if n else
                                self.tr("Files stay on this computer; every processor core is used."))

    def _on_double_click(self, row: int, _column: int) -> None:
        path = self.table.item(row, COL_FILE).data(PATH_ROLE)
        if path:
            self.open_for_review.emit(path)

    # Drag and drop --------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self.running:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.add_paths(files)
            event.acceptProposedAction()

    def closeEvent(self, event) -> None:  # noqa: ANN001
        if self.thread is not None:
            self.thread.cancel()
            self.thread.wait()
        self.settings.set("batch/geometry", bytes(self.saveGeometry().data()))
        super().closeEvent(event)
