"""The `tesseract` program, where libtesseract cannot be loaded in process (macOS) or the user named one.

The page goes in on stdin and the words come back on stdout; the child runs in
a private 0700 folder (its working folder and temp folder) that is removed
after every call and on SIGTERM/SIGHUP, which also end the child.
"""
from __future__ import annotations

import csv
import functools
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from PIL import Image

from ..errors import OcrError, TesseractMissing
from .base import (DEFAULT_TIMEOUT_S, ORIENTATION_TIMEOUT_S, PAGE_VARIABLES, Engine, RawWord, _codes, _short,
                   install_hint)


_STANDARD_LOCATIONS = [
    r"C:\Program Files\Tesseract-OCR\tesseract.exe",
    r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe",
    os.path.expandvars(r"%LOCALAPPDATA%\Programs\Tesseract-OCR\tesseract.exe"),
    "/opt/homebrew/bin/tesseract",
    "/usr/local/bin/tesseract",
    "/usr/bin/tesseract",
]


def find_tesseract(configured: str | None = None) -> str | None:
    """The Tesseract program: a configured path, $REDACTOR_TESSERACT, a bundled copy, PATH, standard places."""
    candidates = [configured, os.environ.get("REDACTOR_TESSERACT")]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(str(Path(bundle) / "tesseract" / ("tesseract.exe" if os.name == "nt" else "tesseract")))
    candidates.append(shutil.which("tesseract"))
    candidates.extend(_STANDARD_LOCATIONS)
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


STARTING_WAIT = 2.0  # s


class _Children:
    """Private folders and Tesseract processes alive right now, ended together on SIGTERM/SIGHUP."""

    def __init__(self):
        # (re-entrant: the handler runs on the main thread, which may hold the lock when the signal comes)
        self.lock = threading.RLock()
        self.folders: set[str] = set()
        self.processes: set[subprocess.Popen] = set()
        self.handlers_installed = False
        self.ending = False  # a signal came: no Tesseract may start any more
        self.starting = 0  # threads between asking to start a Tesseract and its being known here

    def start(self, *args, **kwargs) -> subprocess.Popen:
        """A Tesseract process, known here from the moment it runs (see `end_all`)."""
        with self.lock:
            if self.ending:
                raise OcrError("OCR stopped: Redactor is closing")
            self.starting += 1
        try:
            process = subprocess.Popen(*args, **kwargs)
        finally:
            with self.lock:
                self.starting -= 1
        with self.lock:
            self.processes.add(process)
        return process

    def end_all(self) -> None:
        with self.lock:
            self.ending = True
        # A band's thread may be starting a Tesseract right now: once it is known, it is ended with the others;
        # else it would outlive this process, which the signal ends next.  (Bounded: the signal's own thread may
        # be the one starting it.)
        deadline = time.monotonic() + STARTING_WAIT
        while self.starting and time.monotonic() < deadline:
            time.sleep(0.01)
        with self.lock:
            processes, folders = list(self.processes), list(self.folders)
        for process in processes:
            try:
                process.kill()
            except OSError:
                pass
        for process in processes:
            try:
                process.wait(timeout=2)
            except (subprocess.TimeoutExpired, OSError):
                pass
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)

    def install_handlers(self) -> None:
        """On SIGTERM/SIGHUP: end the children and remove their folders, then go on as before.

        Only the main thread may set handlers; elsewhere (a worker thread of the app) the
        folders are still removed after every call.
        """
        if self.handlers_installed or threading.current_thread() is not threading.main_thread():
            return
        self.handlers_installed = True
        for name in ("SIGTERM", "SIGHUP"):
            signum = getattr(signal, name, None)
            if signum is None:
                continue
            previous = signal.getsignal(signum)

            def handler(number, frame, previous=previous):
                self.end_all()
                if callable(previous):
                    previous(number, frame)
                elif previous != signal.SIG_IGN:
                    signal.signal(number, signal.SIG_DFL)
                    os.kill(os.getpid(), number)

            signal.signal(signum, handler)


_CHILDREN = _Children()


@contextmanager
def private_folder():
    """A folder only this user can enter (mkdtemp makes it 0700), removed on leaving, whatever happens."""
    folder = tempfile.mkdtemp(prefix="redactor-ocr-")
    with _CHILDREN.lock:
        _CHILDREN.folders.add(folder)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        with _CHILDREN.lock:
            _CHILDREN.folders.discard(folder)


@functools.lru_cache(maxsize=8)
def _program_languages(cmd: str) -> frozenset[str]:
    try:
        out = subprocess.run([cmd, "--list-langs"], capture_output=True, timeout=30, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError) as exc:
        raise TesseractMissing(f"Tesseract at {cmd} does not run ({_short(exc)}); {install_hint()}") from None
    text = (out.stdout or b"").decode("utf-8", "replace")
    if out.returncode != 0 and not text.strip():
        raise TesseractMissing(f"Tesseract at {cmd} does not run ({_short(out.stderr.decode('utf-8', 'replace'))}); "
                       f"{install_hint()}")
    return frozenset(line.strip() for line in text.splitlines()[1:] if line.strip())


def _check_ready(cmd: str, lang: str) -> None:
    missing = [code for code in _codes(lang) if code not in _program_languages(cmd)]
    if missing:
        raise TesseractMissing("language_data_missing", languages=", ".join(missing), hint=install_hint())


class ProgramEngine(Engine):
    """The `tesseract` program: page on stdin, words on stdout, run inside a private folder."""

    name = "tesseract-program"

    def __init__(self, cmd: str, lang: str, timeout: int = DEFAULT_TIMEOUT_S):
        super().__init__(lang, timeout)
        _check_ready(cmd, lang)
        self.cmd = cmd
        _CHILDREN.install_handlers()

    def _run(self, image: Image.Image, args: list[str], timeout: int) -> tuple[int, str, str]:
        page = io.BytesIO()
        # BMP: Leptonica decodes it straight from memory on every system (PNG needs a temp file
        # where there is no fmemopen, as on Windows).
        (image if image.mode in ("L", "RGB") else image.convert("RGB")).save(page, format="BMP")
        with private_folder() as folder:
            env = {**os.environ, "OMP_THREAD_LIMIT": "1", "TMPDIR": folder, "TMP": folder, "TEMP": folder}
            try:
                process = _CHILDREN.start([self.cmd, "stdin", "stdout", *args], stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=folder, env=env)
            except OSError as exc:
                raise OcrError(f"OCR could not run ({_short(exc)})") from None
            try:
                out, err = process.communicate(page.getvalue(), timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
                raise OcrError("ocr_timeout", seconds=f"{timeout:.0f}") from None
            finally:
                if process.poll() is None:
                    process.kill()
                    process.wait()
                with _CHILDREN.lock:
                    _CHILDREN.processes.discard(process)
        return process.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")

    def _checked(self, image: Image.Image, args: list[str]) -> str:
        status, out, err = self._run(image, args, self.timeout)
        if status < 0:
            raise OcrError(f"Tesseract crashed (signal {-status})")
        if status != 0:
            lines = [line for line in err.splitlines() if line.strip() and "Warning" not in line]
            raise OcrError("ocr_failed", reason=_short(lines[-1] if lines else f"exit status {status}"))
        return out

    def words(self, image: Image.Image, *, psm: int, lang: str | None = None,
              page_options: bool = True) -> list[RawWord]:
        args = ["--oem", "1", "--psm", str(psm), "-l", lang or self.lang]
        for key, value in (PAGE_VARIABLES if page_options else {}).items():
            args += ["-c", f"{key}={value}"]
        out = self._checked(image, args + ["tsv"])
        rows = list(csv.reader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE))
        if not rows or rows[0][:1] != ["level"] or "text" not in rows[0]:
            raise OcrError("ocr_failed", reason="unreadable output from Tesseract")
        header = rows[0]
        try:
            col = {name: header.index(name) for name in ("block_num", "par_num", "line_num", "left", "top",
                                                          "width", "height", "conf", "text")}
            words = []
            for row in rows[1:]:
                if not row:
                    continue
                text = row[col["text"]].strip() if len(row) > col["text"] else ""
                conf = float(row[col["conf"]])
                if not text or conf < 0:
                    continue
                words.append(RawWord(text, int(row[col["left"]]), int(row[col["top"]]), int(row[col["width"]]),
                                     int(row[col["height"]]), conf,
                                     (int(row[col["block_num"]]), int(row[col["par_num"]]), int(row[col["line_num"]]))))
        except (ValueError, IndexError):
            raise OcrError("ocr_failed", reason="unreadable output from Tesseract") from None
        return words

    def text(self, image: Image.Image, *, psm: int) -> str:
        return self._checked(image, ["--oem", "1", "--psm", str(psm), "-l", self.lang])

    def orientation(self, image: Image.Image) -> tuple[int, float]:
        try:
            status, out, err = self._run(image, ["--psm", "0"], ORIENTATION_TIMEOUT_S)
        except OcrError as exc:
            if "timed out" in str(exc):
                raise OcrError(f"Orientation detection timed out after {ORIENTATION_TIMEOUT_S} s") from None
            raise
        message = " ".join(err.split()).lower()
        if "osd" in message and ("load" in message or "traineddata" in message):
            raise OcrError("Tesseract has no orientation data (osd.traineddata); "
                           "rotated document photos cannot be straightened.")
        if status != 0:
            return 0, 0.0  # too few characters to decide
        rot = re.search(r"Rotate:\s*(\d+)", out)
        conf = re.search(r"Orientation confidence:\s*([\d.]+)", out)
        return (int(rot.group(1)) % 360 if rot else 0), (float(conf.group(1)) if conf else 0.0)
