"""Background work: run a function on the thread pool, get the result back on the GUI thread.

The shape of Picard's `run_task` and Anki's `QueryOp`: `func` must not touch
any widget; `on_done(result)` or `on_error(exception)` run on the GUI thread.
"""
from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
_pending: set["_Relay"] = set()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.func = func
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.func()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI as a message
            if not isinstance(exc, Exception):
                log.exception("background task aborted")
            self._emit(self.relay.failed, exc)
        else:
            self._emit(self.relay.done, result)

    @staticmethod
    def _emit(signal, value: Any) -> None:  # noqa: ANN001
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down and the relay is gone
            pass


def run_task(func: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None], pool: QThreadPool | None = None,
             owner: QObject | None = None) -> None:
    """Run `func` in the pool; the callbacks are skipped when `owner` (a window) is gone by then."""
    relay = _connect(on_done, on_error, owner)
    (pool or QThreadPool.globalInstance()).start(_Task(func, relay))


def _connect(on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
             owner: QObject | None) -> _Relay:
    relay = _Relay()  # created on the GUI thread, so its signals are delivered there
    _pending.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _pending.discard(relay)
        relay.deleteLater()
        if owner is not None and not shiboken6.isValid(owner):
            return
        callback(value)

    # Queued even when the work ends on the GUI thread (a future settled at once): a callback never runs
    # inside the call that started the work.
    queued = Qt.ConnectionType.QueuedConnection
    relay.done.connect(lambda value: finish(on_done, value), queued)
    relay.failed.connect(lambda exc: finish(on_error, exc), queued)
    return relay


def deliver(future: Future, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
            owner: QObject | None = None) -> None:
    """`run_task` for work already under way elsewhere (another process): the callbacks of `future` on the
    GUI thread, skipped when `owner` is gone by then. No pool thread waits for it."""
    relay = _connect(on_done, on_error, owner)

    def settled(done: Future) -> None:  # on whichever thread settled it
        exc = done.exception()
        _Task._emit(relay.failed if exc is not None else relay.done, exc if exc is not None else done.result())

    future.add_done_callback(settled)


def busy() -> bool:
    return bool(_pending)


def wait_for_all(timeout_ms: int = 3000) -> bool:
    """At exit: let running tasks finish so no thread outlives the interpreter."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
