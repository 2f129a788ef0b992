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
* `ProgramEngine` (in `program`): the `tesseract` program, where `tesserocr`
  cannot be imported (macOS) or the user named a program.  The page goes in on
  stdin and the words come back on stdout, inside a private folder.

The interface and what both share are in `base`; this module chooses.
"""
from __future__ import annotations

import os
import queue
import sys
import threading
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path

from PIL import Image

from ..errors import OcrError, TesseractMissing
from .base import (BUNDLED_TESSDATA, DEFAULT_LANG, DEFAULT_TIMEOUT_S, ORIENTATION_TIMEOUT_S, PAGE_DPI,
                   PAGE_VARIABLES, PLAIN_VARIABLES, Engine, RawWord, _codes, _short, install_hint)
from .program import ProgramEngine, _program_languages, find_tesseract, private_folder

__all__ = [
    "BUNDLED_TESSDATA", "DEFAULT_LANG", "DEFAULT_TIMEOUT_S", "ORIENTATION_TIMEOUT_S", "PAGE_DPI", "PAGE_VARIABLES",
    "PLAIN_VARIABLES", "Engine", "LibraryEngine", "OcrError", "ProgramEngine", "RawWord", "ensure_tesseract",
    "find_tessdata", "find_tesseract", "forget_engines", "get_engine", "install_hint", "library_available",
    "missing_languages", "private_folder", "tessdata_candidates",
]


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


def missing_languages(folder: str | os.PathLike, lang: str = DEFAULT_LANG) -> list[str]:
    """The codes of `lang` that have no `<code>.traineddata` in `folder` (all of them when it is no folder)."""
    return [code for code in _codes(lang) if not (Path(folder) / f"{code}.traineddata").is_file()]


def find_tessdata(lang: str, configured: str | None = None) -> Path | None:
    """The first folder holding every language in `lang`. A configured folder must hold them itself."""
    candidates = [Path(configured)] if configured else tessdata_candidates()
    for folder in candidates:
        if not missing_languages(folder, lang):
            return folder
    return None


class LibraryEngine(Engine):
    """libtesseract in this process (tesserocr): models loaded once, pages handed over in memory."""

    name = "tesserocr"

    def __init__(self, tessdata: Path, lang: str, timeout: int = DEFAULT_TIMEOUT_S):
        super().__init__(lang, timeout)
        import tesserocr

        _quiet_leptonica(tesserocr)
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
            raise TesseractMissing(f"Tesseract could not load its language data for {lang} from {self.tessdata} "
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
            raise OcrError("ocr_failed", reason=_short(exc)) from None
        if not done:
            raise OcrError("ocr_timeout", seconds=f"{timeout:.0f}")

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



def _quiet_leptonica(tesserocr) -> None:  # noqa: ANN001
    """Keep Leptonica's own messages off the user's terminal.

    Tesseract's image library prints lines such as "Error in boxClipToRectangle: box outside
    rectangle" on stderr while it reads some photos normally; a user reads "Error" as a failed
    redaction.  Whatever really fails reaches the user as an OcrError from the call that failed.
    Process-wide, and set before any API object exists (the setting is not for parallel changes).
    """
    tesserocr.set_leptonica_log_level(tesserocr.LeptLogLevel.NONE)


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
            missing = missing_languages(tessdata, lang)
            raise TesseractMissing(f"the language data folder {tessdata} has no {', '.join(missing)} "
                           "(.traineddata files): install them there, or remove the tessdata setting")
    cmd = find_tesseract(tesseract_cmd)
    if cmd is None:
        if library_available():
            missing = missing_languages(BUNDLED_TESSDATA, lang)
            raise TesseractMissing(f"Tesseract has no language data for {', '.join(missing or _codes(lang))}; "
                           f"{install_hint()}, or name a folder holding it (tessdata setting)")
        raise TesseractMissing("tesseract_missing", hint=install_hint())
    return ProgramEngine(cmd, lang, timeout)


def ensure_tesseract(lang: str = DEFAULT_LANG, configured: str | None = None,
                     tessdata: str | None = None) -> str | None:
    """Check that OCR can run for `lang` (raises OcrError). Returns the program's path when a program
    reads, None when libtesseract reads in process: either way, the `tesseract_cmd` to go on with.
    `tessdata`: the user's own language data folder (the in-process engine must find `lang` there)."""
    engine = get_engine(lang, configured, tessdata=tessdata)
    if isinstance(engine, ProgramEngine):
        return engine.cmd
    engine.check()
    return None
