"""The review window analyses in a process of its own: the same findings as `redactor redact`, ended at
once when the window closes, and a process that dies fails closed. Real widgets, real Tesseract."""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from PIL import Image

from ui_support import long_page, review_window, write_sample  # noqa: F401, I001 (review_window is the `window` fixture)

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from redactor.pipeline import redact_file
from redactor.ui.analysis_process import AnalysisCancelled, shared

TIMEOUT = 120_000


def alive(pid: int) -> bool:
    if not sys.platform.startswith("linux"):
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def analysing(window) -> bool:  # noqa: ANN001
    return window.doc is not None and window.session.busy and shared().working and shared().pid is not None


def test_the_window_shows_exactly_what_redact_finds(qtbot, window, tmp_path):  # noqa: ANN001
    sample = write_sample(tmp_path / "ktp.png")
    window.open_path(str(sample))
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy,
                    timeout=TIMEOUT)
    expected = redact_file(sample, tmp_path / "out.png").analysis
    shown = window.doc.findings()
    assert len(shown) >= 2
    assert [(f.category, f.boxes, f.polygons, f.enabled) for f in shown] == \
        [(f.category, f.boxes, f.polygons, f.enabled) for f in
         sorted(expected.findings, key=lambda f: (f.bounds.top, f.bounds.left))]
    assert window.doc.verdict == expected.verdict


def test_closing_the_window_during_an_analysis_ends_it_at_once(qtbot, window, tmp_path):  # noqa: ANN001
    window.open_path(str(long_page(tmp_path / "long.png")))
    qtbot.waitUntil(lambda: analysing(window), timeout=TIMEOUT)
    pid = shared().pid
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # File > Quit
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: not alive(pid), timeout=2000)  # not the seconds the page would still take
    assert not shared().working


def test_an_analysis_process_that_dies_fails_closed_and_the_next_image_is_analysed(  # noqa: ANN001
        qtbot, window, tmp_path):
    window.open_path(str(long_page(tmp_path / "long.png")))
    qtbot.waitUntil(lambda: analysing(window), timeout=TIMEOUT)
    os.kill(shared().pid, signal.SIGKILL)  # as the system's out-of-memory killer would
    qtbot.waitUntil(lambda: not window.session.busy, timeout=10_000)
    assert window.session.analysis_error and "stopped unexpectedly" in window.session.analysis_error
    assert window.banner.level == "warn" and not window.doc.regions  # nothing called safe
    window.open_path(str(write_sample(tmp_path / "next.png")))
    qtbot.waitUntil(lambda: window.doc.name == "next.png" and window.doc.analysed and not window.session.busy,
                    timeout=TIMEOUT)
    assert {r.category for r in window.doc.regions.values()} >= {"nik", "phone"}


def drag_and_drop(window, path: Path, drop: bool = True) -> None:  # noqa: ANN001
    """A file from the file manager enters the window (and is dropped on it), as Qt delivers it."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = window.rect().center()
    QApplication.sendEvent(window, QDragEnterEvent(where, Qt.DropAction.CopyAction, mime,
                                                   Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    if drop:
        QApplication.sendEvent(window, QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime,
                                                  Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_a_file_dragged_over_the_window_is_analysed_before_it_is_dropped(qtbot, window, tmp_path):  # noqa: ANN001
    sample = write_sample(tmp_path / "ktp.png")
    qtbot.waitUntil(lambda: not shared().working, timeout=TIMEOUT)
    drag_and_drop(window, sample, drop=False)
    qtbot.waitUntil(lambda: shared().working, timeout=10_000)  # under way while the hand still moves
    assert window.doc is None and not window.session.busy  # nothing on screen has changed
    drag_and_drop(window, sample)
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy,
                    timeout=TIMEOUT)
    expected = redact_file(sample, tmp_path / "out.png").analysis
    assert sorted((f.category, f.boxes) for f in window.doc.findings()) == \
        sorted((f.category, f.boxes) for f in expected.findings)


def test_a_file_changed_between_drag_and_drop_is_read_and_analysed_again(qtbot, window, tmp_path):  # noqa: ANN001
    path = tmp_path / "layar.png"
    Image.new("RGB", (900, 200), "white").save(path)  # nothing on it yet: a screenshot tool still writing
    drag_and_drop(window, path, drop=False)
    qtbot.waitUntil(lambda: window.session._prefetch is not None and window.session._prefetch.pending is not None,
                    timeout=10_000)
    write_sample(path, with_metadata=False)  # the real picture, with a NIK and a phone number
    drag_and_drop(window, path)
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy,
                    timeout=TIMEOUT)
    assert window.doc.image.size == (1000, 420)
    assert {r.category for r in window.doc.regions.values()} >= {"nik", "phone"}


def test_the_window_imports_the_engine_modules_on_its_own_thread_before_any_worker_does():
    """Worker threads (the export check, a PDF) and the settings dialog all import parts of the engine;
    imported first by two threads at once, a package can come back half-initialised."""
    import subprocess

    out = subprocess.run([sys.executable, "-c", "import sys, redactor.ui.review.window; print(all(m in sys.modules "
                          "for m in ('redactor.pipeline', 'redactor.detect', 'redactor.detect.packs')))"],
                         capture_output=True, text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "True", out.stderr[-2000:]


def test_ctrl_s_while_the_image_is_read_says_so_and_saves_once_the_findings_are_covered(  # noqa: ANN001
        qtbot, window, tmp_path):
    import numpy as np

    window.open_path(str(long_page(tmp_path / "long.png")))
    qtbot.waitUntil(lambda: analysing(window), timeout=TIMEOUT)
    target = window.default_save_path()
    written_while_reading: list[bool] = []
    window.session.busy_changed.connect(lambda busy, _text: busy or written_while_reading.append(target.exists()))

    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.session.busy and not target.exists()  # nothing is written before the data is known
    assert "will be saved as soon as" in window.statusBar().currentMessage()
    assert "will be saved as soon as" in window.banner.text.text()

    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT):
        pass
    assert written_while_reading == [False]
    assert target.exists() and window.doc.undo_stack.isClean()
    assert {f.category for f in window.doc.findings() if f.enabled} >= {"nik", "phone"}
    with Image.open(target) as saved:
        assert np.array_equal(np.asarray(saved.convert("RGB")), np.asarray(window.doc.render().convert("RGB")))
    assert window.export_banner.isVisible()


def test_save_clicked_while_the_image_is_read_writes_nothing_when_the_analysis_fails(  # noqa: ANN001
        qtbot, window, tmp_path):
    window.open_path(str(long_page(tmp_path / "long.png")))
    qtbot.waitUntil(lambda: analysing(window), timeout=TIMEOUT)
    target = window.default_save_path()
    assert window.save_button.isEnabled()
    QTest.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert "will be saved as soon as" in window.statusBar().currentMessage()
    os.kill(shared().pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=10_000)
    qtbot.wait(200)
    assert not target.exists()  # fail closed: no detector looked at it, so it is not saved as safe
    assert window.statusBar().currentMessage().startswith("Not saved")
    assert window.banner.level == "warn"


def test_a_page_handed_over_while_the_process_is_busy_does_not_hold_the_window(tmp_path):  # noqa: ANN001
    """A page larger than the pipe's buffer waits until the process reads it, which it does only once the
    work before it is done (at start-up, the models loading). The window hands it over and goes on."""
    import time

    from redactor.config import Config
    from redactor.ui.analysis_process import AnalysisProcess

    process = AnalysisProcess()
    try:
        busy = process.call(time.sleep, 30)  # work that holds the process, as a start-up or a long page does
        page = write_sample(tmp_path / "surat.png").read_bytes() + bytes(8 << 20)  # 8 MB more than the image
        start = time.monotonic()
        analysis = process.analyse(page, "surat.png", Config())
        # Handed over at once, not after the 30 s the process is busy for.
        assert time.monotonic() - start < 15 and not busy.done() and not analysis.done()
    finally:
        process.close()
    assert isinstance(analysis.exception(timeout=10), AnalysisCancelled)


def test_ok_in_settings_during_an_analysis_lets_it_finish_in_the_same_process(qtbot, window, tmp_path):  # noqa: ANN001
    """OK in Settings asks the analysis process to check the OCR with the new settings. That check waits
    behind the analysis under way: the analysis is neither ended nor mixed with the new settings, the
    process is not started again, and the check then answers."""
    from ui_support import analysed, on_next_modal

    from redactor.ui.settings_dialog import SettingsDialog

    window.open_path(str(long_page(tmp_path / "long.png")))
    qtbot.waitUntil(lambda: analysing(window), timeout=TIMEOUT)
    pid = shared().pid

    def switch_email_off(dialog: SettingsDialog) -> None:
        for i in range(dialog.categories.count()):
            item = dialog.categories.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == "email":
                item.setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()

    answered = on_next_modal(switch_email_off)
    window.open_settings()
    assert answered and "email" in window.settings.engine_config().disabled_categories
    check = shared().start(window.settings.engine_config())  # the check OK asked for
    assert window.session.busy and shared().working and not check.done()  # it waits behind the analysis

    qtbot.waitUntil(lambda: analysed(window), timeout=TIMEOUT)
    assert window.session.analysis_error is None and window.banner.level != "warn"
    counts = window.doc.enabled_counts()
    assert counts["nik"] >= 100 and counts["phone"] >= 100  # the whole page, read with the settings it began with
    qtbot.waitUntil(check.done, timeout=TIMEOUT)
    assert check.exception() is None and shared().pid == pid
    assert window._tesseract_problem is None and not window.start_page.problem.isVisibleTo(window.start_page)
