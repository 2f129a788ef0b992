"""Background tasks: results and errors come back on the GUI thread; a closed window gets nothing."""
from __future__ import annotations

import threading

import ui_support  # noqa: F401 - offscreen platform

from PySide6.QtWidgets import QWidget

from redactor.ui.worker import run_task


def test_result_arrives_on_gui_thread(qtbot):  # noqa: ANN001
    got = []
    main = threading.get_ident()

    def work() -> int:
        assert threading.get_ident() != main
        return 42

    run_task(work, lambda value: got.append((value, threading.get_ident())), lambda exc: got.append(exc))
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(42, main)]


def test_error_arrives_as_exception(qtbot):  # noqa: ANN001
    got = []

    def work() -> None:
        raise ValueError("broken")

    run_task(work, got.append, got.append)
    qtbot.waitUntil(lambda: bool(got))
    assert isinstance(got[0], ValueError)


def test_no_callback_after_owner_is_gone(qtbot):  # noqa: ANN001
    owner = QWidget()
    gate = threading.Event()
    got = []
    run_task(lambda: gate.wait(5), got.append, got.append, owner=owner)
    owner.deleteLater()
    qtbot.wait(50)
    gate.set()
    qtbot.wait(200)
    assert got == []


def test_a_future_settled_already_is_delivered_later_not_inside_the_call(qtbot):  # noqa: ANN001
    from concurrent.futures import Future

    from redactor.ui.worker import deliver

    done: Future = Future()
    done.set_result(7)
    got = []
    deliver(done, got.append, got.append)
    assert got == []  # the caller finishes what it was doing (say, showing that it is busy) first
    qtbot.waitUntil(lambda: got == [7])
