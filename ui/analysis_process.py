"""The analysis of the image under review runs in a process of its own, started with the app and kept warm.

Why a process and not a thread:
- quitting ends it at once; an OCR call in a thread cannot be stopped, so the app used to run on,
  windowless, until the analysis ended;
- the window's event handling and the analysis' Python code each have an interpreter of their own,
  so neither waits for the other's lock;
- the OCR models, the face model and the word lists load while the window opens.

Requests are written to the pipe by a thread of their own: a page larger than the pipe's buffer waits
there until the process reads it, which it does only once the work before it (the start-up's model
loading, another page) is done, and the window must not wait with it.

The page crosses a pipe in memory: the file's bytes as read (the process decodes them exactly as
`redactor redact` does, while the window decodes its own copy for the screen), or the pixels of a page
made here. Nothing with image content touches disk. Qt-free: the window turns the futures into signals.

The other reading the window asks for runs here too (`call`): a PDF's pages, and the check of an exported
copy. So no OCR ever runs in a thread of the window's process, and quitting never waits for one.
"""
from __future__ import annotations

import atexit
import gc
import itertools
import logging
import multiprocessing
import multiprocessing.util  # its exit handler (which ends daemon processes) runs after ours: no false alarm
import pickle
import queue
import sys
import threading
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any, Callable

from redactor.config import Config
from redactor.errors import DetectorError
from redactor.load import LoadedImage

log = logging.getLogger(__name__)


class AnalysisCancelled(Exception):
    """The process was stopped while this piece of work was in it: another image replaced it, or the app quits."""


class AnalysisProcess:
    """One long-lived worker process; requests are answered in the order they were sent."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._process = None
        self._conn = None
        self._outbox: queue.SimpleQueue | None = None  # requests for the sender thread of the running process
        self._pending: dict[int, Future] = {}
        self._closed = False
        self._checked: tuple | None = None  # (process, config, future) of the last check

    # The process ------------------------------------------------------------------------------------

    def start(self, config: Config) -> Future:
        """Start the process (if it is not running) and check that its OCR works: the future's result is
        None, or the error that says why text cannot be read. The models load before it answers, unless
        an image is waiting. Asked again with the same settings, the same answer."""
        checked = self._checked
        if checked is not None and checked[0] is self._process and checked[1] == config \
                and not (checked[2].done() and checked[2].exception() is not None):
            return checked[2]
        future = self._request("check", None, "", config)
        self._checked = (self._process, config, future)
        return future

    def stop(self) -> None:
        """End the process now; what was in it fails with AnalysisCancelled. The next request starts another."""
        with self._lock:
            process, conn, pending, outbox = self._process, self._conn, self._pending, self._outbox
            self._process, self._conn, self._pending, self._outbox = None, None, {}, None
        if process is None:
            return
        outbox.put(None)  # its sender thread ends once the pipe is closed
        for future in pending.values():
            future.set_exception(AnalysisCancelled())
        process.kill()
        process.join(2)
        conn.close()

    def close(self) -> None:
        """At quit: end the process and start no other."""
        self._closed = True
        self.stop()

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None else None

    @property
    def working(self) -> bool:
        """Work for the window is under way (or waits): an image's analysis, a PDF's pages, an export's check.
        The start-up check of the OCR is not counted: a new image never ends it."""
        return any(getattr(f, "kind", "") != "check" for f in list(self._pending.values()))

    # Requests ---------------------------------------------------------------------------------------

    def analyse(self, page: bytes | LoadedImage, name: str, config: Config) -> Future:
        """Findings, verdict and what was read (`verify.original_of`) of `page` (a file's bytes, or a page
        already decoded), as `redactor redact` finds them; the future fails with the analysis' own error
        (fail closed)."""
        return self._request("analyse", page, name, config)

    def call(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Future:
        """`function(*args, **kwargs)` in the process; `function` is a module-level function of the engine (sent by
        name), its arguments and result cross the pipe. Fails closed like `analyse`."""
        return self._request("call", (function, args, kwargs), "", None)

    def _request(self, kind: str, page: Any, name: str, config: Config | None) -> Future:
        future: Future = Future()
        future.kind = kind  # type: ignore[attr-defined]
        if self._closed:
            future.set_exception(AnalysisCancelled())
            return future
        with self._lock:
            if self._process is None:
                self._spawn()
            job = next(self._ids)
            self._pending[job] = future
            self._outbox.put((kind, job, page, name, config))
        return future

    def _send_requests(self, process, conn, outbox: queue.SimpleQueue) -> None:  # noqa: ANN001
        """The sender thread of one process: writes its requests in order, each as soon as the pipe takes it."""
        while True:
            request = outbox.get()
            if request is None:
                return
            try:
                conn.send(request)
            except Exception as exc:  # noqa: BLE001 - the process died or was stopped; or the request cannot be sent
                with self._lock:
                    future = self._pending.pop(request[1], None) if self._process is process else None
                if future is not None:
                    future.set_exception(_ended(exc) if isinstance(exc, (OSError, ValueError)) else
                                         DetectorError("analysis_stopped", reason=type(exc).__name__))

    def _spawn(self) -> None:
        # spawn everywhere: a fork of a process running Qt's threads is unsafe, and Windows has no other.
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(target=serve, args=(theirs,), name="redactor-analysis", daemon=True)
        with _main_script_left_out():
            process.start()
        theirs.close()  # so that our end reads EOF when the process ends
        self._process, self._conn, self._outbox = process, ours, queue.SimpleQueue()
        threading.Thread(target=self._read_answers, args=(process, ours), name="redactor-analysis-answers",
                         daemon=True).start()
        threading.Thread(target=self._send_requests, args=(process, ours, self._outbox),
                         name="redactor-analysis-requests", daemon=True).start()

    def _read_answers(self, process, conn) -> None:  # noqa: ANN001
        while True:
            try:
                job, ok, value = conn.recv()
            except (EOFError, OSError, pickle.UnpicklingError) as exc:
                break
            with self._lock:
                future = self._pending.pop(job, None) if self._process is process else None
            if future is None:
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
        # The process ended. If `stop` ended it, its work was failed there; otherwise it died (killed by the
        # system, out of memory, a crash in a native library): fail closed and start afresh next time.
        with self._lock:
            if self._process is not process:
                return
            pending, self._pending = self._pending, {}
            outbox = self._outbox
            self._process, self._conn, self._outbox = None, None, None
        outbox.put(None)
        process.join(2)
        log.warning("the analysis process ended unexpectedly (exit code %s)", process.exitcode)
        for future in pending.values():
            future.set_exception(_ended(process.exitcode))


_MAIN_LOCK = threading.Lock()


@contextmanager
def _main_script_left_out():
    """Start a spawned process without running the program's main script in it again.

    `spawn` runs the parent's main script in the child (as `__mp_main__`) so that pickled functions
    defined there can be found. Ours need only `serve`, which comes by its module's name. Run again,
    the app's script imports Qt and the window's modules for nothing (0.1 s of CPU while the first image
    waits), and a script without the `if __name__ == "__main__"` guard would start a second app.
    What spawn reads of the main module (`__spec__`, `__file__`) is hidden while the process starts.
    """
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    with _MAIN_LOCK:
        saved = {name: main.__dict__[name] for name in ("__spec__", "__file__") if name in main.__dict__}
        main.__dict__["__spec__"] = None
        main.__dict__.pop("__file__", None)
        try:
            yield
        finally:
            main.__dict__.pop("__spec__", None)
            main.__dict__.update(saved)


def _ended(reason: object) -> DetectorError:
    return DetectorError("analysis_stopped", reason=reason)


_shared: AnalysisProcess | None = None


def shared() -> AnalysisProcess:
    """The app's one analysis process (every window, the tests too)."""
    global _shared
    if _shared is None:
        _shared = AnalysisProcess()
        atexit.register(_shared.close)
    return _shared


# In the process ------------------------------------------------------------------------------------


def serve(conn) -> None:  # noqa: ANN001 - a multiprocessing Connection
    """The worker's loop: answer requests until the app closes its end of the pipe."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the app, which ends us
    from redactor.heap import share_one_heap

    share_one_heap()
    while True:
        try:
            kind, job, page, name, config = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if kind == "check":
                value = _check(conn, config)
            elif kind == "call":
                function, args, kwargs = page
                value = function(*args, **kwargs)
            else:
                value = _analyse(page, name, config)
        except Exception as exc:  # noqa: BLE001 - every failure goes back as the analysis' error
            conn.send((job, False, _sendable(exc)))
        else:
            conn.send((job, True, value))


def _check(conn, config: Config) -> None:  # noqa: ANN001
    from redactor.errors import RedactorError
    from redactor.ocr import ensure_tesseract
    from redactor.pipeline import warm_up

    ensure_tesseract(config.lang, config.tesseract_cmd, config.tessdata)
    if not conn.poll():  # an image already waits: its own analysis loads what it needs
        try:
            warm_up(config)
        except RedactorError:
            pass  # a detector that cannot start says so when an image is analysed
        # What is loaded now (modules, packs, word lists) stays for the process: the collector's full passes
        # need not walk it again during every image's analysis (one took 28 ms on the way to the findings).
        gc.collect()  # (the warm-up's own garbage first: frozen, it would never go)
        gc.freeze()


def _analyse(page: bytes | LoadedImage, name: str, config: Config) -> tuple:
    from redactor.load import load_bytes
    from redactor.pipeline import analyse

    from redactor.verify import original_of

    loaded = load_bytes(page, name=name) if isinstance(page, bytes) else page
    analysis = analyse(loaded, config)
    return list(analysis.findings), analysis.verdict, original_of(analysis)


def _sendable(exc: Exception) -> Exception:
    """The error itself when it crosses the pipe; else its kind only (its text might quote the image)."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001
        return DetectorError("analysis_stopped", reason=type(exc).__name__)
