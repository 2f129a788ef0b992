"""The app's Guard switch: watch screenshot and download folders and the clipboard, warn in the tray.

A thin shell over `redactor.guard.Guard`: the engine reads new images on its own
low-priority thread and reports here through a queued signal; the tray icon (shown
while the guard runs) carries the notification, and a click on it opens the image
for review in the main window.  Nothing leaves the computer.
"""
from __future__ import annotations

import hashlib
import logging
import threading
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from redactor.config import Config
from redactor.errors import RedactorError
from redactor.guard import Guard, GuardAlert, default_watch_folders
from redactor.messages import verdict_message

from . import language
from .icons import app_icon
from .settings import Settings

log = logging.getLogger(__name__)


class GuardController(QObject):
    """Owns the engine guard, the tray icon, the Guard menu and the clipboard watch."""

    alerted = Signal(object)        # GuardAlert, on the GUI thread
    failed = Signal(object, str)    # path or None, message
    state_changed = Signal(bool)
    alerted_click = Signal()        # a click on a desktop notification (when there is no tray)

    def __init__(self, window, settings: Settings | None = None, folders=None) -> None:  # noqa: ANN001
        super().__init__(window)
        self.window = window
        self.settings = settings or window.settings
        self._folders = folders           # None: the usual folders of this computer
        self.guard: Guard | None = None
        self.last_alert: GuardAlert | None = None
        self._clipboard_images: dict[str, bytes] = {}
        self._last_clipboard: str | None = None
        self.alerted.connect(self._show_alert, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._show_failure, Qt.ConnectionType.QueuedConnection)

        self.menu = QMenu(window)
        self.act_guard = QAction(self, checkable=True)
        self.act_guard.setObjectName("guard")
        self.act_guard.toggled.connect(self.set_enabled)
        self.act_auto = QAction(self, checkable=True)
        self.act_auto.setObjectName("guardAutoCopy")
        self.act_auto.setChecked(self.settings.get("guard/auto_copy"))
        self.act_auto.toggled.connect(self._set_auto)
        self.act_login = QAction(self, checkable=True)
        self.act_login.setObjectName("guardAtLogin")
        self.act_login.setChecked(_autostart_enabled())
        self.act_login.toggled.connect(self.set_start_at_login)
        for action in (self.act_guard, self.act_auto, self.act_login):
            self.menu.addAction(action)

        self.tray = QSystemTrayIcon(app_icon(), self)
        self.tray_menu = QMenu()
        self.act_open = self.tray_menu.addAction("", self.show_window)
        self.tray_menu.addAction(self.act_guard)
        self.tray_menu.addSeparator()
        self.act_quit = self.tray_menu.addAction("", QApplication.quit)
        self.tray.setContextMenu(self.tray_menu)
        self.tray.messageClicked.connect(self.open_last_alert)
        self.tray.activated.connect(self._tray_activated)
        window.installEventFilter(self)
        self.retranslate()

    # Texts ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Guard"))
        self.act_guard.setText(self.tr("Guard new screenshots and downloads"))
        self.act_guard.setToolTip(self.tr("Check new images in the screenshot and download folders and the "
                                          "clipboard, and warn when one holds personal data"))
        self.act_auto.setText(self.tr("Also save a covered copy beside each"))
        self.act_login.setText(self.tr("Start the guard at login"))
        self.act_open.setText(self.tr("Open Redactor"))
        self.act_quit.setText(self.tr("Quit"))
        self.tray.setToolTip(self.tr("Redactor guard is on"))

    # Switch ---------------------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        return self.guard is not None

    def set_enabled(self, on: bool) -> None:
        if on == self.enabled:
            return
        if on:
            folders = self._folders if self._folders is not None else default_watch_folders()
            guard = Guard(folders, self.alerted.emit, config=self.settings.engine_config(),
                          auto=self.act_auto.isChecked(), on_error=self.failed.emit,
                          config_source=_settings_as_they_are_now(self.settings))
            try:
                guard.start()
            except (RedactorError, OSError) as exc:
                self.act_guard.setChecked(False)
                self.window.statusBar().showMessage(self.tr("The guard could not start: %s") % exc, 10000)
                return
            self.guard = guard
            QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)
            self.tray.show()
            # The guard goes on working in the tray when the window is closed.
            QApplication.instance().setQuitOnLastWindowClosed(False)
            where = ", ".join(str(f.path) for f in folders) or self.tr("the clipboard only")
            self.window.statusBar().showMessage(self.tr("Guard on, watching %s") % where, 8000)
        else:
            guard, self.guard = self.guard, None
            QGuiApplication.clipboard().dataChanged.disconnect(self._clipboard_changed)
            guard.stop()
            self.tray.hide()
            QApplication.instance().setQuitOnLastWindowClosed(True)
        self.act_guard.blockSignals(True)
        self.act_guard.setChecked(on)
        self.act_guard.blockSignals(False)
        self.state_changed.emit(on)

    def _set_auto(self, on: bool) -> None:
        self.settings.set("guard/auto_copy", on)
        if self.guard is not None:
            self.guard.auto = on

    def set_start_at_login(self, on: bool) -> None:
        from redactor.integrate import autostart

        try:
            autostart.enable() if on else autostart.disable()
        except OSError as exc:
            self.window.statusBar().showMessage(self.tr("Start at login could not be changed: %s") % exc, 10000)
            self.act_login.blockSignals(True)
            self.act_login.setChecked(not on)
            self.act_login.blockSignals(False)

    def shutdown(self) -> None:
        if self.guard is not None:
            self.set_enabled(False)

    # Clipboard ------------------------------------------------------------------------------

    def _clipboard_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self.guard is None or clipboard.ownsClipboard():
            return  # our own Copy of a covered image is not news
        mime = clipboard.mimeData()
        if mime is None or not mime.hasImage() or mime.hasUrls():
            return  # copied files are in a watched folder or were chosen on purpose
        image = clipboard.image()
        if image.isNull():
            return
        from .image_convert import qimage_to_png

        data = qimage_to_png(image)
        digest = hashlib.sha256(data).hexdigest()
        if digest == self._last_clipboard:
            return
        self._last_clipboard = digest
        self._clipboard_images = {digest: data}  # only the latest, in memory, for "open on click"
        self.guard.submit_image_bytes(data)

    # Alerts ---------------------------------------------------------------------------------

    def _show_alert(self, alert: GuardAlert) -> None:
        self.last_alert = alert
        name = alert.path.name if alert.path is not None else self.tr("the copied image")
        verdict = verdict_message(alert.verdict, "alert", language.current())
        title = verdict.format(name=name) if verdict else self.tr("Personal data in %s") % name
        body = alert.summary()
        if alert.covered_copy is not None:
            body += "\n" + self.tr("Covered copy saved: %s") % alert.covered_copy.name
        body += "\n" + self.tr("Click to review.")
        if QSystemTrayIcon.isSystemTrayAvailable() and self.tray.isVisible():
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Warning, 15000)
        else:
            from redactor.notify import notify_clickable

            notify_clickable(title, body, lambda: self.alerted_click.emit(), self.tr("Review"))

    def _show_failure(self, path, message: str) -> None:  # noqa: ANN001
        name = Path(path).name if path else self.tr("the copied image")
        self.window.statusBar().showMessage(self.tr("Guard: %s was not checked (%s)") % (name, message), 10000)

    def open_last_alert(self) -> None:
        alert = self.last_alert
        if alert is None:
            return
        self.show_window()
        if alert.path is not None:
            self.window.open_files([str(alert.path)])
        else:
            data = next(iter(self._clipboard_images.values()), None)
            if data is not None:
                self.window.open_bytes(data, self.tr("copied image"))

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _tray_activated(self, reason) -> None:  # noqa: ANN001
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()


def _autostart_enabled() -> bool:
    try:
        from redactor.integrate import autostart

        return autostart.is_enabled()
    except Exception:  # noqa: BLE001 - a broken registry or home must not stop the app
        return False


def install(window, settings: Settings | None = None) -> GuardController:  # noqa: ANN001
    """Add the Guard menu to `window` (before Help) and return its controller."""
    controller = GuardController(window, settings)
    bar = window.menuBar()
    help_menu = getattr(window, "menu_help", None)
    if help_menu is not None:
        bar.insertMenu(help_menu.menuAction(), controller.menu)
    else:
        bar.addMenu(controller.menu)
    controller.alerted_click.connect(controller.open_last_alert)
    window.guard_controller = controller
    return controller


def _settings_as_they_are_now(settings: Settings) -> Callable[[], Config]:
    """The engine settings for each image the guard reads, taken as the window takes them for its own: the
    app's choices, and config.toml's values again once the file was edited by hand.  Asked on the guard's
    thread, so through a `Settings` of that thread's own on the same files (one QSettings object is not to be
    used from two threads; two on one file share its values)."""
    ini, config_path = settings.file_name(), settings.config_path
    local = threading.local()

    def current() -> Config:
        own = getattr(local, "settings", None)
        if own is None:
            own = local.settings = Settings(ini, config_path=config_path)
        return own.engine_config()

    return current
