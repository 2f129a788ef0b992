"""Entry point: `redactor-gui [FILE…]` and `redactor gui [FILE…]`."""
from __future__ import annotations

import logging
import sys
from typing import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from . import language as i18n
from . import theme
from .icons import app_icon
from .settings import APPLICATION, ORGANIZATION, Settings

log = logging.getLogger(__name__)


def make_app(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with name, icon, theme; reuses one that already exists (tests)."""
    app = QApplication.instance()
    if app is None and sys.platform == "win32":
        try:  # own taskbar group and icon instead of python.exe's
            import ctypes

            ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("Redactor.Redactor")
        except Exception:  # noqa: BLE001
            pass
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(["redactor", *(argv or [])])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Redactor")
    app.setWindowIcon(app_icon())
    theme.apply(app)
    return app


def prepare_processes() -> None:
    """Batch workers must not be forked from a process that runs Qt threads."""
    import multiprocessing

    multiprocessing.freeze_support()
    if sys.platform.startswith("linux"):
        try:
            multiprocessing.set_start_method("forkserver")
        except RuntimeError:  # already chosen by whoever embeds us
            pass


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window with `argv` (file paths; sys.argv[1:] when None); returns the exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    files = [a for a in args if not a.startswith("-")]
    start_guarding = "--guard" in args  # start at login: the tray only, the guard on
    prepare_processes()
    app = make_app()

    instance = None
    try:
        from redactor.single_instance import SingleInstance
    except ImportError:  # hook: without it every launch opens its own window
        SingleInstance = None  # noqa: N806
    if SingleInstance is not None:
        instance = SingleInstance()
        if not instance.start(files):
            return 0  # the running window took the files

    settings = Settings()
    # The analysis process starts first: it loads the engine while this one builds the window.
    from .analysis_process import shared as shared_analysis

    analysis = shared_analysis()
    analysis.start(settings.engine_config())
    app.aboutToQuit.connect(analysis.close)  # quitting ends an analysis under way at once
    i18n.install(settings.get("ui/language"))
    theme.apply(app, settings.get("ui/theme"))
    theme.follow_system(app, lambda: settings.get("ui/theme"))

    from .review import MainWindow

    window = MainWindow(settings)
    if instance is not None:
        instance.files_received.connect(window.open_files)
    from .guard_controller import install as install_guard

    guard = install_guard(window, settings)
    app.aboutToQuit.connect(guard.shutdown)
    if start_guarding:
        guard.set_enabled(True)
    if not (start_guarding and guard.enabled and guard.tray.isSystemTrayAvailable()):
        window.show()
    if files:
        window.open_files(files)
    try:
        return app.exec()
    finally:
        # The window is gone: the next launch must not hand its files to this process while the
        # background work still running (an analysis) winds down.
        if instance is not None:
            instance.close()
        from .worker import wait_for_all

        wait_for_all()


if __name__ == "__main__":
    sys.exit(main())
