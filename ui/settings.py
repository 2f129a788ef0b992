"""Settings that persist between sessions, in one declarative table.

UI-only values (language, recent files, window geometry, output-folder rule)
live in QSettings.  Engine values (style, categories off, own terms) live in
QSettings too and are mirrored into the shared TOML config (`redactor.config`)
so that the command line and the right-click entries use the same choices.
The TOML file may also be edited by hand, while the app runs or between runs:
whenever its content differs from what the app last read or wrote there, its
engine values are taken again (the file wins, as it does for the command line).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from redactor.config import Config, default_config_path, load_config, save_config
from redactor.config import STYLES
from redactor.errors import RedactorError

from .save_names import pictures_folder

ORGANIZATION = "Redactor"
APPLICATION = "Redactor"
VERSION = 1
MAX_RECENT = 8


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: type


OPTIONS = {o.key: o for o in [
    Option("ui/language", "auto", str),          # auto | id | en
    Option("ui/theme", "auto", str),             # auto (as the computer) | light | dark
    Option("export/style", "box", str),
    Option("export/output_rule", "beside", str),  # beside | folder
    Option("export/output_folder", "", str),
    Option("detect/disabled_categories", [], list),
    Option("detect/own_terms", [], list),
    Option("detect/visible_terms", [], list),  # found but left visible: public hotline, agency name
    Option("detect/tesseract_cmd", "", str),
    Option("detect/tessdata", "", str),  # the user's own Tesseract language data folder; empty: Redactor's own
    Option("recent/files", [], list),
    Option("window/geometry", b"", bytes),
    Option("window/state", b"", bytes),
    Option("batch/geometry", b"", bytes),
    Option("guard/auto_copy", False, bool),
    Option("watermark/recent_purposes", [], list),
]}


# The engine values the app keeps beside the TOML file, and how a loaded config gives them.
ENGINE_KEYS = frozenset({"export/style", "detect/disabled_categories", "detect/own_terms", "detect/visible_terms",
                         "detect/tesseract_cmd", "detect/tessdata"})
# The content (SHA-256) of the TOML file when the app last read or wrote its engine values.
CONFIG_FILE_STAMP = "meta/config_file_sha256"


def _engine_values(config: Config) -> dict[str, Any]:
    return {
        "export/style": config.style,
        "detect/disabled_categories": sorted(config.disabled_categories),
        "detect/own_terms": list(config.own_terms),
        "detect/visible_terms": list(config.visible_terms),
        "detect/tesseract_cmd": config.tesseract_cmd or "",
        "detect/tessdata": config.tessdata or "",
    }


class Settings(QObject):
    """Typed access to QSettings; `path` (an INI file) is for tests and portable use."""

    changed = Signal(str)

    def __init__(self, path: str | os.PathLike | None = None, parent: QObject | None = None,
                 config_path: str | os.PathLike | None = None) -> None:
        super().__init__(parent)
        if path is not None:
            self._q = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
        self.config_path = Path(config_path) if config_path else None
        # (modification time, size and inode of the TOML file when its content was last compared)
        self._config_file_seen: tuple[int, int, int] | None = None
        self._migrate()

    def _migrate(self) -> None:
        version = int(self._q.value("meta/version", 0) or 0)
        if version < 1:
            # First run: take engine choices from the shared TOML file if the command line wrote one.
            try:
                config = load_config(self.config_path)
            except RedactorError:
                config = Config()
            if self._q.value("export/style") is None:
                self._q.setValue("export/style", config.style)
            if self._q.value("detect/disabled_categories") is None:
                self._q.setValue("detect/disabled_categories", sorted(config.disabled_categories))
            if self._q.value("detect/own_terms") is None:
                self._q.setValue("detect/own_terms", list(config.own_terms))
            if self._q.value("detect/tesseract_cmd") is None and config.tesseract_cmd:
                self._q.setValue("detect/tesseract_cmd", config.tesseract_cmd)
        if self._q.value("detect/visible_terms") is None:  # added after version 1
            try:
                visible = list(load_config(self.config_path).visible_terms)
            except RedactorError:
                visible = []
            self._q.setValue("detect/visible_terms", visible)
        if self._q.value("detect/tessdata") is None:  # added after version 1
            try:
                tessdata = load_config(self.config_path).tessdata or ""
            except RedactorError:
                tessdata = ""
            self._q.setValue("detect/tessdata", tessdata)
        self._q.setValue("meta/version", VERSION)

    def _follow_config_file(self) -> None:
        """Take the engine values of the TOML file again when its content changed since the app last read or
        wrote it (a hand edit).  A file that does not read (half written, a typo) changes nothing until it does."""
        path = self.config_path or default_config_path()
        try:
            seen = path.stat()
            seen = (seen.st_mtime_ns, seen.st_size, seen.st_ino)
            if seen == self._config_file_seen:
                return  # the file as it was at the last look: no need to read it again for every value
            stamp = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return  # no file: the app's own choices stand
        if stamp == self._q.value(CONFIG_FILE_STAMP):
            self._config_file_seen = seen
            return
        try:
            config = load_config(path)
        except RedactorError:
            return
        self._q.setValue(CONFIG_FILE_STAMP, stamp)
        for key, value in _engine_values(config).items():
            self._store(key, value)
        self._config_file_seen = seen

    def get(self, key: str) -> Any:
        if key in ENGINE_KEYS:
            self._follow_config_file()
        return self._value(key)

    def _value(self, key: str) -> Any:
        option = OPTIONS[key]
        value = self._q.value(key, option.default)
        if option.kind is list:
            if value is None or value == "":
                return []
            return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
        if option.kind is bool:
            return value in (True, "true", "1", 1)
        if option.kind is bytes:
            return bytes(value) if value else b""
        return option.kind(value) if value is not None else option.default

    def set(self, key: str, value: Any) -> None:
        if key not in OPTIONS:
            raise KeyError(key)
        if key in ENGINE_KEYS:
            self._follow_config_file()  # a hand edit of another value made meanwhile is not lost
        self._store(key, value)

    def _store(self, key: str, value: Any) -> None:
        if self._value(key) == value:
            return
        self._q.setValue(key, value)
        self.changed.emit(key)

    def file_name(self) -> str:
        """The INI file these settings live in (another `Settings` on it, in another thread, sees the same values)."""
        return self._q.fileName()

    def sync(self) -> None:
        self._q.sync()

    # Convenience -------------------------------------------------------------------------------

    @property
    def style(self) -> str:
        style = self.get("export/style")
        return style if style in STYLES else "box"

    def recent_files(self) -> list[str]:
        return [f for f in self.get("recent/files") if f]

    def add_recent(self, path: str) -> None:
        path = os.path.abspath(path)
        files = [path] + [f for f in self.recent_files() if f != path]
        self.set("recent/files", files[:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self.set("recent/files", [f for f in self.recent_files() if f != path])

    def clear_recent(self) -> None:
        self.set("recent/files", [])

    def start_folder(self) -> Path:
        """Where a file dialog opens: the folder of the last file opened, else the Pictures folder
        (where screenshots land), else the home folder."""
        last = [Path(f).parent for f in self.recent_files()[:1]]
        return last[0] if last and last[0].is_dir() else pictures_folder()

    def output_folder(self) -> Path | None:
        """The folder outputs go to, or None for 'beside the original'."""
        if self.get("export/output_rule") != "folder":
            return None
        folder = self.get("export/output_folder")
        return Path(folder) if folder else None

    def engine_config(self) -> Config:
        """The shared engine config with this app's choices on top."""
        try:
            base = load_config(self.config_path)
        except RedactorError:
            base = Config()
        return base.with_changes(
            style=self.style,
            disabled_categories=frozenset(self.get("detect/disabled_categories")),
            own_terms=tuple(t for t in self.get("detect/own_terms") if t.strip()),
            visible_terms=tuple(t for t in self.get("detect/visible_terms") if t.strip()),
            tesseract_cmd=self.get("detect/tesseract_cmd").strip() or base.tesseract_cmd,
            tessdata=self.get("detect/tessdata").strip() or None,
        )

    def save_engine_config(self) -> Path | None:
        """Write the engine choices to the TOML file the command line reads; None when that fails."""
        try:
            path = save_config(self.engine_config(), self.config_path)
            self._q.setValue(CONFIG_FILE_STAMP, hashlib.sha256(path.read_bytes()).hexdigest())
            return path
        except (RedactorError, OSError):
            return None
