"""The one place that finds, checks and calls Tesseract.

The OCR reader, the stamp reader and page orientation all go through an
`Engine`: words with boxes and line structure, plain text, or the page's
orientation.  Every way a call can fail becomes a one-line OcrError (fail closed).

Two engines give the same words:

* `LibraryEngine`: libtesseract in this process, through `tesserocr` (its
  Linux and Windows wheels bundle Tesseract 5.5) and the language data shipped
  in `redactor/ocr/tessdata`.  Models load once per API object; API objects
  are kept and reused for every band and image; pages go over in memory.
  Nothing is written to disk.
* `ProgramEngine`: the `tesseract` program, where `tesserocr` cannot be
  imported (macOS) or the user named a program.  The page goes in on stdin
  and the words come back on stdout; the child runs in a private 0700 folder
  (its working folder and temp folder) that is removed after every call and
  on SIGTERM/SIGHUP, which also end the child.
"""
from __future__ import annotations

import csv
import functools
import io
import os
import platform
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ..errors import OcrError

# One thread per Tesseract call: a batch runs one process per core, a single image one band per core.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

DEFAULT_LANG = "ind+eng"
DEFAULT_TIMEOUT_S = 120
ORIENTATION_TIMEOUT_S = 30
BUNDLED_TESSDATA = Path(__file__).resolve().parent / "tessdata"
# Settings for reading a screen page (the words and their lines; paragraphs by geometry only).
PAGE_VARIABLES = {"preserve_interword_spaces": "1", "paragraph_text_based": "0"}
PLAIN_VARIABLES = {"preserve_interword_spaces": "0", "paragraph_text_based": "1"}
# The resolution a page declares (a BMP from Pillow says 96 dpi): Tesseract's layout analysis
# scales some of its limits by it, so both engines declare the same.
PAGE_DPI = 96


@dataclass(frozen=True)
class RawWord:
    """One word as Tesseract reports it, in the pixels of the image it was given."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line_key: tuple[int, int, int]  # (block, paragraph, line) numbers, as in Tesseract's TSV


def install_hint() -> str:
    system = platform.system()
    if system == "Windows":
        return ("reinstall Redactor, or install Tesseract from the UB-Mannheim installer "
                "(github.com/UB-Mannheim/tesseract/wiki) and tick 'Indonesian' under additional languages")
    if system == "Darwin":
        return "install it with: brew install tesseract tesseract-lang"
    return "install it with: sudo apt install tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng"


def _short(exc: BaseException | str) -> str:
    text = " ".join(str(exc).split())
    return text[:120] or type(exc).__name__


def _codes(lang: str) -> list[str]:
    codes = [code for code in lang.split("+") if code]
    if not codes or any(not re.fullmatch(r"[A-Za-z0-9_]+", code) for code in codes):
        raise OcrError(f"'{lang}' is not a Tesseract language list (codes joined by '+', e.g. ind+eng)")
    return codes


class Engine:
    """What the OCR stage needs from Tesseract."""

    name = "tesseract"

    def __init__(self, lang: str, timeout: int):
        self.lang, self.timeout = lang, timeout

    def words(self, image: Image.Image, *, psm: int, lang: str | None = None,
              page_options: bool = True) -> list[RawWord]:
        """Words of `image` (mode L or RGB). `page_options`: the settings for reading a screen page."""
        raise NotImplementedError

    def text(self, image: Image.Image, *, psm: int) -> str:
        """Plain text of `image`, read with Tesseract's own settings."""
        raise NotImplementedError

    def orientation(self, image: Image.Image) -> tuple[int, float]:
        """(clockwise rotation that makes the page upright, confidence); (0, 0.0) when it sees too little text."""
        raise NotImplementedError

    def warm(self, count: int = 1, lang: str | None = None) -> None:
        """Get ready for `count` calls at once (nothing to load ahead for a program)."""

    def check(self) -> None:
        """Raise OcrError now if reading cannot work (a program is checked when the engine is made)."""


# ----------------------------------------------------------------- in process
def tessdata_candidates() -> list[Path]:
    """Folders with language data, in order: the user's own, the one shipped with Redactor, the system's."""
    own = [os.environ.get("REDACTOR_TESSDATA"), os.environ.get("TESSDATA_PREFIX")]
    found = [Path(p) for p in own if p]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "redactor" / "ocr" / "tessdata")
    found.append(BUNDLED_TESSDATA)
    system = [Path("/usr/share/tesseract-ocr/5/tessdata"), Path("/usr/share/tesseract-ocr/4.00/tessdata"),
              Path("/usr/share/tessdata"), Path("/usr/local/share/tessdata"), Path("/opt/homebrew/share/tessdata")]
    if os.name == "nt":
        for base in (os.environ.get("ProgramFiles"), os.environ.get("ProgramFiles(x86)"), os.environ.get("LOCALAPPDATA")):
            if base:
                system.append(Path(base) / "Tesseract-OCR" / "tessdata")
    return found + system


def find_tessdata(lang: str, configured: str | None = None) -> Path | None:
    """The first folder holding every language in `lang`. A configured folder must hold them itself."""
    codes = _codes(lang)
    candidates = [Path(configured)] if configured else tessdata_candidates()
    for folder in candidates:
        if all((folder / f"{code}.traineddata").is_file() for code in codes):
            return folder
    return None


class LibraryEngine(Engine):
    """libtesseract in this process (tesserocr): models loaded once, pages handed over in memory."""

    name = "tesserocr"

    def __init__(self, tessdata: Path, lang: str, timeout: int = DEFAULT_TIMEOUT_S):
        super().__init__(lang, timeout)
        import tesserocr

        self._tesserocr = tesserocr
        self.tessdata = Path(tessdata)
        self.version = tesserocr.tesseract_version().split()[1] if tesserocr.tesseract_version() else "?"
        # Idle API objects per language: a call takes one (or makes one, the first time a thread
        # needs it) and gives it back, so each worker thread has its own and none is loaded twice.
        self._idle: dict[str, queue.SimpleQueue] = {}
        # API objects being made in the background (`warm`), each handed to the first call that needs one.
        self._loading: dict[str, list[Future]] = {}
        self._made: dict[str, int] = {}
        self._lock = threading.Lock()

    def warm(self, count: int = 1, lang: str | None = None) -> None:
        """Start loading the models of `count` API objects in the background, so that loading overlaps
        with decoding and preparing the image (a fresh process would otherwise wait for it)."""
        lang = lang or self.lang
        with self._lock:
            wanted = count - self._made.get(lang, 0)
            for _ in range(max(0, wanted)):
                self._made[lang] = self._made.get(lang, 0) + 1
                future: Future = Future()
                self._loading.setdefault(lang, []).append(future)
                # Not a daemon: the interpreter waits for it before exiting. A process that stops early
                # (a missing file, a bad argument) would otherwise tear libtesseract down under a loader
                # still inside it, and crash instead of giving its one-line error and exit code.
                threading.Thread(target=self._load_into, args=(future, lang), daemon=False,
                                 name="redactor-ocr-load").start()

    def _load_into(self, future: Future, lang: str) -> None:
        try:
            future.set_result(self._new_api(lang))
        except BaseException as exc:  # handed to the call that claims it
            future.set_exception(exc)

    def check(self) -> None:
        """Load the models now: a missing or broken file fails here, with its message."""
        with self._api(self.lang):
            pass

    @contextmanager
    def _api(self, lang: str):
        with self._lock:
            idle = self._idle.setdefault(lang, queue.SimpleQueue())
        try:
            api = idle.get_nowait()
        except queue.Empty:
            with self._lock:
                loading = self._loading.get(lang)
                future = loading.pop(0) if loading else None
                if future is None:
                    self._made[lang] = self._made.get(lang, 0) + 1
            try:
                api = future.result() if future is not None else self._new_api(lang)
            except BaseException:
                with self._lock:
                    self._made[lang] -= 1
                raise
        try:
            yield api
        finally:
            api.Clear()  # drop the page and its results: nothing of it stays in memory between calls
            idle.put(api)

    def _new_api(self, lang: str):
        tesserocr = self._tesserocr
        oem = tesserocr.OEM.DEFAULT if lang == "osd" else tesserocr.OEM.LSTM_ONLY
        try:
            return tesserocr.PyTessBaseAPI(path=str(self.tessdata) + os.sep, lang=lang, oem=oem,
                                           psm=tesserocr.PSM.SPARSE_TEXT)
        except RuntimeError as exc:
            if lang == "osd":
                raise OcrError("Tesseract has no orientation data (osd.traineddata); "
                               "rotated document photos cannot be straightened.") from None
            raise OcrError(f"Tesseract could not load its language data for {lang} from {self.tessdata} "
                           f"({_short(exc)})") from None

    def _recognize(self, api, image: Image.Image, psm: int, variables: dict[str, str], timeout: int) -> None:
        grey = image if image.mode == "L" else image.convert("L")
        api.SetPageSegMode(psm)
        for key, value in variables.items():
            api.SetVariable(key, value)
        # Raw 8-bit rows: no encode, no file; the bytes outlive the call.
        data = grey.tobytes()
        api.SetImageBytes(data, grey.width, grey.height, 1, grey.width)
        api.SetSourceResolution(PAGE_DPI)
        try:
            done = api.Recognize(timeout=max(1, int(timeout * 1000)))
        except RuntimeError as exc:
            raise OcrError(f"OCR failed ({_short(exc)})") from None
        if not done:
            raise OcrError(f"OCR timed out after {timeout:.0f} s")

    def words(self, image: Image.Image, *, psm: int, lang: str | None = None,
              page_options: bool = True) -> list[RawWord]:
        RIL = self._tesserocr.RIL
        with self._api(lang or self.lang) as api:
            self._recognize(api, image, psm, PAGE_VARIABLES if page_options else PLAIN_VARIABLES, self.timeout)
            iterator = api.GetIterator()
            words: list[RawWord] = []
            if iterator is None:
                return words
            # Numbered the way Tesseract numbers its TSV rows, so both engines give the same lines.
            block = par = line = 0
            while not iterator.Empty(RIL.BLOCK):
                if iterator.Empty(RIL.WORD):
                    if not iterator.Next(RIL.WORD):
                        break
                    continue
                if iterator.IsAtBeginningOf(RIL.BLOCK):
                    block, par, line = block + 1, 0, 0
                if iterator.IsAtBeginningOf(RIL.PARA):
                    par, line = par + 1, 0
                if iterator.IsAtBeginningOf(RIL.TEXTLINE):
                    line += 1
                text = (iterator.GetUTF8Text(RIL.WORD) or "").strip()
                conf = float(iterator.Confidence(RIL.WORD))
                box = iterator.BoundingBox(RIL.WORD)
                if text and conf >= 0 and box is not None:
                    left, top, right, bottom = box
                    words.append(RawWord(text, left, top, right - left, bottom - top, conf, (block, par, line)))
                if not iterator.Next(RIL.WORD):
                    break
        return words

    def text(self, image: Image.Image, *, psm: int) -> str:
        with self._api(self.lang) as api:
            self._recognize(api, image, psm, PLAIN_VARIABLES, self.timeout)
            return api.GetUTF8Text() or ""

    def orientation(self, image: Image.Image) -> tuple[int, float]:
        with self._api("osd") as api:
            grey = image.convert("L")
            api.SetPageSegMode(self._tesserocr.PSM.OSD_ONLY)
            data = grey.tobytes()
            api.SetImageBytes(data, grey.width, grey.height, 1, grey.width)
            try:
                found = api.DetectOrientationScript()
            except RuntimeError:
                found = None
        if not found:
            return 0, 0.0  # too few characters to decide
        # Tesseract reports how the page is turned; the rotation that undoes it is the other way round.
        return (360 - int(found["orient_deg"])) % 360, float(found["orient_conf"])


# ------------------------------------------------------------------ a program
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


class _Children:
    """Private folders and Tesseract processes alive right now, ended together on SIGTERM/SIGHUP."""

    def __init__(self):
        self.lock = threading.Lock()
        self.folders: set[str] = set()
        self.processes: set[subprocess.Popen] = set()
        self.handlers_installed = False

    def end_all(self) -> None:
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
        raise OcrError(f"Tesseract at {cmd} does not run ({_short(exc)}); {install_hint()}") from None
    text = (out.stdout or b"").decode("utf-8", "replace")
    if out.returncode != 0 and not text.strip():
        raise OcrError(f"Tesseract at {cmd} does not run ({_short(out.stderr.decode('utf-8', 'replace'))}); "
                       f"{install_hint()}")
    return frozenset(line.strip() for line in text.splitlines()[1:] if line.strip())


def _check_ready(cmd: str, lang: str) -> None:
    missing = [code for code in _codes(lang) if code not in _program_languages(cmd)]
    if missing:
        raise OcrError(f"Tesseract has no language data for {', '.join(missing)}; {install_hint()}")


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
                process = subprocess.Popen([self.cmd, "stdin", "stdout", *args], stdin=subprocess.PIPE,
                                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=folder, env=env)
            except OSError as exc:
                raise OcrError(f"OCR could not run ({_short(exc)})") from None
            with _CHILDREN.lock:
                _CHILDREN.processes.add(process)
            try:
                out, err = process.communicate(page.getvalue(), timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
                raise OcrError(f"OCR timed out after {timeout:.0f} s") from None
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
            raise OcrError(f"OCR failed ({_short(lines[-1] if lines else f'exit status {status}')})")
        return out

    def words(self, image: Image.Image, *, psm: int, lang: str | None = None,
              page_options: bool = True) -> list[RawWord]:
        args = ["--oem", "1", "--psm", str(psm), "-l", lang or self.lang]
        for key, value in (PAGE_VARIABLES if page_options else {}).items():
            args += ["-c", f"{key}={value}"]
        out = self._checked(image, args + ["tsv"])
        rows = list(csv.reader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE))
        if not rows or rows[0][:1] != ["level"] or "text" not in rows[0]:
            raise OcrError("OCR failed (unreadable output from Tesseract)")
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
            raise OcrError("OCR failed (unreadable output from Tesseract)") from None
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


# ------------------------------------------------------------------ choosing
def library_available() -> bool:
    """Whether libtesseract can be used in this process (tesserocr imports)."""
    try:
        import tesserocr  # noqa: F401
    except Exception:  # ImportError, or a wheel whose bundled libraries do not load
        return False
    return True


_ENGINES: dict[tuple, Engine] = {}
_ENGINES_LOCK = threading.Lock()


def forget_engines() -> None:
    """Drop the engines made so far (after the settings or the installed Tesseract changed)."""
    with _ENGINES_LOCK:
        _ENGINES.clear()
    _program_languages.cache_clear()


def get_engine(lang: str = DEFAULT_LANG, tesseract_cmd: str | None = None,
               timeout: int = DEFAULT_TIMEOUT_S, tessdata: str | None = None) -> Engine:
    """A checked engine for `lang`, made once per process and settings (raises OcrError when none can read).

    A program named by the user (setting or $REDACTOR_TESSERACT) is used as asked; otherwise
    libtesseract in process with the first language data that has `lang`; otherwise the
    `tesseract` program found on this system.
    """
    key = (lang, tesseract_cmd, timeout, tessdata, os.environ.get("REDACTOR_TESSERACT"),
           os.environ.get("REDACTOR_TESSDATA"), os.environ.get("TESSDATA_PREFIX"))
    with _ENGINES_LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            engine = _ENGINES[key] = _make_engine(lang, tesseract_cmd, timeout, tessdata)
    return engine


def _make_engine(lang: str, tesseract_cmd: str | None, timeout: int, tessdata: str | None) -> Engine:
    _codes(lang)
    named = tesseract_cmd or os.environ.get("REDACTOR_TESSERACT")
    if not named and library_available():
        folder = find_tessdata(lang, tessdata)
        if folder is not None:
            return LibraryEngine(folder, lang, timeout)
        if tessdata:
            missing = [c for c in _codes(lang) if not (Path(tessdata) / f"{c}.traineddata").is_file()]
            raise OcrError(f"the language data folder {tessdata} has no {', '.join(missing)} "
                           "(.traineddata files): install them there, or remove the tessdata setting")
    cmd = find_tesseract(tesseract_cmd)
    if cmd is None:
        if library_available():
            missing = [c for c in _codes(lang) if not (BUNDLED_TESSDATA / f"{c}.traineddata").is_file()]
            raise OcrError(f"Tesseract has no language data for {', '.join(missing or _codes(lang))}; "
                           f"{install_hint()}, or name a folder holding it (tessdata setting)")
        raise OcrError(f"Tesseract OCR is not installed; {install_hint()}")
    return ProgramEngine(cmd, lang, timeout)


def ensure_tesseract(lang: str = DEFAULT_LANG, configured: str | None = None) -> str | None:
    """Check that OCR can run for `lang` (raises OcrError). Returns the program's path when a program
    reads, None when libtesseract reads in process: either way, the `tesseract_cmd` to go on with."""
    engine = get_engine(lang, configured)
    if isinstance(engine, ProgramEngine):
        return engine.cmd
    engine.check()
    return None
