"""Guard: watch the folders where screenshots and downloads appear, and say when one holds personal data.

A new image is read at low priority, one at a time, on this machine only.  Images
without findings produce nothing; an image with personal data, or a screenshot of
an internal system, produces one `GuardAlert` (category and masked preview only).
With `auto`, a covered copy NAME.redacted.png is written beside it; the guard never
looks at its own outputs.

Files still being written are waited for (size and time stable, then the image
must decode); a burst of files queues up and is worked through in order; the same
picture saved twice is read once.

Nothing here imports Qt: `redactor guard` and the app's Guard switch both drive it.
"""
from __future__ import annotations

import hashlib
import os
import queue
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping

from .config import Config
from .errors import InputError, RedactorError
from .findings import Finding
from .messages import verdict_message

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif", ".tif", ".tiff", ".heic", ".heif"})
# What Redactor itself writes: covered, watermarked and stripped copies (NAME.redacted.png, and batch's
# NAME.redacted (2).png when that name is taken), and
# the app's safe copies of pasted pictures (redacted-2026-12-05-081502.png in Pictures).
OWN_OUTPUT = re.compile(r"\.(redacted|watermarked|clean)(?: \(\d+\))?$|^redacted-\d{4}-\d\d-\d\d", re.IGNORECASE)
# WhatsApp Desktop's media folders (the Microsoft Store app and the Mac app); other platforms save to Downloads.
WHATSAPP_WINDOWS = "Packages/5319275A.WhatsAppDesktop_cv1g1gvanyjgm/LocalState/shared/transfers"
WHATSAPP_MACOS = "Library/Group Containers/group.net.whatsapp.WhatsApp.shared/Message/Media"

SETTLE_S = 0.4          # a file must keep its size and time this long before it is read
READY_TIMEOUT_S = 120   # a file that never becomes a whole image is given up on (a failed download)
MAX_SEEN = 10_000       # pictures remembered for de-duplication


@dataclass(frozen=True)
class WatchFolder:
    path: Path
    recursive: bool = False


@dataclass(frozen=True)
class GuardAlert:
    """One image that should not be shared as it is."""

    path: Path | None              # None for an image from the clipboard
    verdict: str                   # "internal_system", "identity_card", ... or "none"
    findings: tuple[Finding, ...]
    covered_copy: Path | None = None
    seconds: float = 0.0           # from the first sign of the file to this alert

    def summary(self, limit: int = 3) -> str:
        """Categories with masked previews, never a raw value."""
        previews = [f.preview for f in self.findings][:limit]
        more = len(self.findings) - len(previews)
        text = ", ".join(previews)
        if more > 0:
            text += f" (+{more})"
        return text


def is_candidate(path: Path) -> bool:
    """An image the guard should look at: not hidden or temporary, not one of Redactor's own outputs."""
    name = path.name
    if name.startswith((".", "~")) or path.suffix.lower() not in IMAGE_SUFFIXES:
        return False
    return not OWN_OUTPUT.search(path.stem)


def needs_attention(findings: Iterable[Finding], verdict: str) -> bool:
    return any(f.enabled for f in findings) or verdict not in ("none", "")


# --------------------------------------------------------------------------- where to watch


def default_watch_folders(platform: str | None = None, home: Path | None = None,
                          env: Mapping[str, str] | None = None,
                          run: Callable[[list[str]], str | None] | None = None) -> list[WatchFolder]:
    """The folders where new screenshots and downloads appear on this computer, those that exist."""
    from .integrate.common import current_platform

    platform = platform or current_platform()
    home = Path(home) if home is not None else Path.home()
    env = os.environ if env is None else env
    run = run or _command_output
    found: list[WatchFolder] = []
    if platform == "windows":
        profile = Path(env.get("USERPROFILE") or home)
        pictures = [profile / "Pictures"]
        if env.get("OneDrive"):
            pictures.append(Path(env["OneDrive"]) / "Pictures")
        found += [WatchFolder(p / "Screenshots") for p in pictures]
        found.append(WatchFolder(profile / "Downloads"))
        local = Path(env.get("LOCALAPPDATA") or profile / "AppData" / "Local")
        found.append(WatchFolder(local / WHATSAPP_WINDOWS, recursive=True))
    elif platform == "macos":
        location = run(["defaults", "read", "com.apple.screencapture", "location"])
        screenshots = Path(location.strip()).expanduser() if location and location.strip() else home / "Desktop"
        found.append(WatchFolder(screenshots))
        found.append(WatchFolder(home / "Downloads"))
        found.append(WatchFolder(home / WHATSAPP_MACOS, recursive=True))
    else:
        user_dirs = _xdg_user_dirs(home, env)
        pictures = user_dirs.get("PICTURES", home / "Pictures")
        found.append(WatchFolder(home / "Pictures" / "Screenshots"))
        found.append(WatchFolder(pictures / "Screenshots"))
        found.append(WatchFolder(pictures))  # GNOME before 42, KDE Spectacle and Flameshot save here
        found.append(WatchFolder(user_dirs.get("DOWNLOAD", home / "Downloads")))
    unique: list[WatchFolder] = []
    for folder in found:
        if folder.path.is_dir() and all(_resolved(folder.path) != _resolved(u.path) for u in unique):
            unique.append(folder)
    return unique


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


def _xdg_user_dirs(home: Path, env: Mapping[str, str]) -> dict[str, Path]:
    """XDG_PICTURES_DIR and friends from ~/.config/user-dirs.dirs (what `xdg-user-dir` reads)."""
    config_home = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    dirs: dict[str, Path] = {}
    try:
        text = (config_home / "user-dirs.dirs").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return dirs
    for match in re.finditer(r'^XDG_(\w+)_DIR="([^"]*)"', text, re.MULTILINE):
        value = match.group(2).replace("$HOME", str(home))
        if value and Path(value) != home:
            dirs[match.group(1)] = Path(value)
    return dirs


def _command_output(argv: list[str]) -> str | None:
    try:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


# --------------------------------------------------------------------------- priority


def lower_priority(whole_process: bool) -> None:
    """Make this thread (Linux: and the Tesseract it starts) or the whole process yield to the user's work."""
    try:
        if sys.platform.startswith("win"):
            import ctypes

            kernel = ctypes.windll.kernel32
            if whole_process:  # children (Tesseract) inherit a below-normal class
                kernel.SetPriorityClass(kernel.GetCurrentProcess(), 0x00004000)
            else:
                kernel.SetThreadPriority(kernel.GetCurrentThread(), -1)
        elif sys.platform.startswith("linux") and not whole_process:
            # On Linux a nice value belongs to the thread, and processes it starts inherit it.
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        elif whole_process:
            os.nice(10)
    except (OSError, AttributeError):
        pass


# --------------------------------------------------------------------------- the guard


@dataclass
class _Job:
    path: Path | None
    first_seen: float
    data: bytes | None = None   # an image from the clipboard, already in memory


@dataclass
class Guard:
    """Watches `folders`; calls `on_alert(GuardAlert)` from its worker thread.

    `on_error(path, message)` hears about files that could not be checked (fail closed: never
    silently called safe); `on_checked(path)` about every file read, findings or not (tests, status).
    `config_source`, when given, is asked for the settings before each image is read, on the guard's
    thread (the app's settings, which follow hand edits of config.toml); `config` is then the settings
    the guard starts with.
    """

    folders: list[WatchFolder]
    on_alert: Callable[[GuardAlert], None]
    config: Config = field(default_factory=Config)
    auto: bool = False
    on_error: Callable[[Path | None, str], None] | None = None
    on_checked: Callable[[Path | None], None] | None = None
    whole_process_priority: bool = False
    settle: float = SETTLE_S
    ready_timeout: float = READY_TIMEOUT_S
    config_source: Callable[[], Config] | None = None

    def __post_init__(self) -> None:
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._pending: set[Path] = set()
        self._lock = threading.Lock()
        self._seen: dict[str, tuple[tuple[Finding, ...], str]] = {}
        self._done: dict[Path, str] = {}  # file -> the picture last read from it
        self._own_outputs: set[Path] = set()
        self._observer = None
        self._worker: threading.Thread | None = None
        self._engine_checked: tuple | None = None  # (lang, tesseract_cmd, tessdata) as given, once checked
        self.checked = 0

    # Lifecycle ------------------------------------------------------------------------------

    def start(self) -> None:
        from watchdog.observers import Observer

        from .ocr import ensure_tesseract

        # Fail now, with a message, rather than on the first screenshot.
        engine = (self.config.lang, self.config.tesseract_cmd, self.config.tessdata)
        self.config = self.config.with_changes(tesseract_cmd=ensure_tesseract(*engine))
        self._engine_checked = engine
        observer = Observer()
        handler = _Handler(self)
        for folder in self.folders:
            observer.schedule(handler, str(folder.path), recursive=folder.recursive)
        self._worker = threading.Thread(target=self._work, name="redactor-guard", daemon=True)
        self._worker.start()
        observer.start()
        self._observer = observer

    def stop(self, timeout: float = 10.0) -> None:
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout)
            self._observer = None
        if self._worker is not None:
            self._queue.put(None)
            self._worker.join(timeout)
            self._worker = None

    @property
    def running(self) -> bool:
        return self._worker is not None

    def idle(self) -> bool:
        with self._lock:
            return not self._pending and self._queue.unfinished_tasks == 0

    # Input ----------------------------------------------------------------------------------

    def submit(self, path: str | os.PathLike) -> bool:
        """Queue one file (what the watcher calls); False when it is not for the guard or already queued."""
        path = Path(path)
        if not is_candidate(path):
            return False
        with self._lock:
            if path in self._pending or _resolved(path) in self._own_outputs:
                return False
            self._pending.add(path)
        self._queue.put(_Job(path, time.monotonic()))
        return True

    def submit_image_bytes(self, data: bytes) -> None:
        """Queue an image that is not a file (the clipboard); it is read like the others, in turn."""
        self._queue.put(_Job(None, time.monotonic(), data))

    def check_loaded(self, loaded, first_seen: float | None = None, path: Path | None = None) -> GuardAlert | None:
        """Read one loaded image; the alert when it needs attention, else None. Raises RedactorError."""
        from .pipeline import analyse

        started = first_seen if first_seen is not None else time.monotonic()
        analysis = analyse(loaded, self.config, cores=1)
        findings = tuple(f for f in analysis.findings if f.enabled)
        verdict = analysis.verdict.kind
        if not needs_attention(findings, verdict):
            return None
        copy = self._write_covered_copy(path, loaded.image, findings) if path is not None else None
        return GuardAlert(path, verdict, findings, copy, time.monotonic() - started)

    # Worker ---------------------------------------------------------------------------------

    def _work(self) -> None:
        lower_priority(self.whole_process_priority)
        while True:
            job = self._queue.get()
            try:
                if job is None:
                    return
                with self._lock:
                    self._pending.discard(job.path)
                try:
                    self._follow_config()
                except RedactorError as exc:  # the new settings' OCR cannot run: this image is not called safe
                    self._error(job.path, str(exc))
                    continue
                self._handle(job) if job.path is not None else self._handle_bytes(job)
            except Exception as exc:  # noqa: BLE001 - one bad file must never stop the guard
                self._error(job.path if job else None, f"could not be checked ({type(exc).__name__}: {exc})")
            finally:
                self._queue.task_done()

    def _follow_config(self) -> None:
        """Take the settings `config_source` gives now; an OCR choice not checked before is checked first."""
        if self.config_source is None:
            return
        config = self.config_source()
        engine = (config.lang, config.tesseract_cmd, config.tessdata)
        if engine == self._engine_checked:
            config = config.with_changes(tesseract_cmd=self.config.tesseract_cmd)
        else:
            from .ocr import ensure_tesseract

            config = config.with_changes(tesseract_cmd=ensure_tesseract(*engine))
            self._engine_checked = engine
        if config != self.config:
            self.config = config
            self._seen.clear()  # a picture read with other settings is read again, not answered from memory

    def _handle(self, job: _Job) -> None:
        from .load import load_bytes

        data = self._wait_until_whole(job.path)
        if data is None:
            return
        digest = hashlib.sha256(data).hexdigest()
        if self._done.get(job.path) == digest:
            return  # late events of a file already read: nothing new in it
        if len(self._done) >= MAX_SEEN:
            self._done.clear()
        self._done[job.path] = digest
        try:
            loaded = load_bytes(data, name=job.path.name)
        except InputError as exc:
            self._error(job.path, str(exc))
            return
        if digest in self._seen:
            # The same picture again (copied, re-downloaded): no second alert; a covered copy in auto mode.
            findings, verdict = self._seen[digest]
            if self.auto and needs_attention(findings, verdict):
                self._write_covered_copy(job.path, loaded.image, findings)
            self._checked(job.path)
            return
        try:
            alert = self.check_loaded(loaded, job.first_seen, job.path)
        except RedactorError as exc:
            self._error(job.path, str(exc))
            return
        if len(self._seen) >= MAX_SEEN:
            self._seen.clear()
        self._seen[digest] = (alert.findings, alert.verdict) if alert else ((), "none")
        self.checked += 1
        if alert is not None:
            self.on_alert(alert)
        self._checked(job.path)

    def _handle_bytes(self, job: _Job) -> None:
        from .load import load_bytes

        digest = hashlib.sha256(job.data).hexdigest()
        if digest in self._seen:
            return
        try:
            alert = self.check_loaded(load_bytes(job.data, name="clipboard"), job.first_seen)
        except RedactorError as exc:
            self._error(None, str(exc))
            return
        self._seen[digest] = (alert.findings, alert.verdict) if alert else ((), "none")
        self.checked += 1
        if alert is not None:
            self.on_alert(alert)
        self._checked(None)

    def _wait_until_whole(self, path: Path) -> bytes | None:
        """The file's bytes once it has stopped growing and decodes; None when it went away or never did."""
        from .load import load_bytes

        deadline = time.monotonic() + self.ready_timeout
        last: tuple[int, int] | None = None
        while True:
            try:
                info = path.stat()
            except FileNotFoundError:
                return None  # renamed or deleted meanwhile (its new name has its own event)
            except OSError as exc:
                self._error(path, f"cannot read file ({exc.strerror or exc})")
                return None
            state = (info.st_size, info.st_mtime_ns)
            # Unchanged since the last look, or untouched for the settle time already (a queued file).
            settled = state == last or time.time() - info.st_mtime >= self.settle
            if settled and info.st_size > 0:
                try:
                    data = path.read_bytes()
                    load_bytes(data, name=path.name)
                    return data
                except FileNotFoundError:
                    return None
                except (InputError, OSError) as exc:  # still being written (truncated) or locked by the writer
                    if time.monotonic() > deadline:
                        self._error(path, str(exc) if isinstance(exc, InputError) else "cannot read file")
                        return None
            elif time.monotonic() > deadline:
                self._error(path, "the file kept changing; not checked")
                return None
            last = state
            time.sleep(self.settle)

    def _write_covered_copy(self, path: Path | None, image, findings) -> Path | None:
        if not self.auto or path is None:
            return None
        from .cover import apply_cover
        from .export import covered_boxes, default_output_path, save_image

        target = default_output_path(path, "png")
        with self._lock:
            self._own_outputs.add(_resolved(target))
        try:
            save_image(apply_cover(image, findings, self.config.style), target, "png", protect=path,
                       covered=covered_boxes(findings), original=image)
        except RedactorError as exc:
            self._error(path, f"covered copy not written ({exc})")
            return None
        return target

    def _error(self, path: Path | None, message: str) -> None:
        if self.on_error is not None:
            try:
                self.on_error(path, message)
            except Exception:  # noqa: BLE001
                pass

    def _checked(self, path: Path | None) -> None:
        if self.on_checked is not None:
            self.on_checked(path)


class _Handler:
    """watchdog's event sink: every sign of a new or changed file becomes a queued check."""

    def __init__(self, guard: Guard) -> None:
        self.guard = guard

    def dispatch(self, event) -> None:  # noqa: ANN001 - watchdog.events.FileSystemEvent
        if event.is_directory or event.event_type in ("deleted", "closed_no_write", "opened"):
            return
        target = getattr(event, "dest_path", "") or event.src_path
        self.guard.submit(os.fsdecode(target))


# --------------------------------------------------------------------------- what the user is told

ALERT_TEXTS = {
    "en": {
        "title": "Personal data in {name}",
        "copy": "Covered copy: {copy}",
        "open": "Review",
        "clipboard": "the copied image",
    },
    "id": {
        "title": "Data pribadi di {name}",
        "copy": "Salinan tertutup: {copy}",
        "open": "Periksa",
        "clipboard": "gambar yang disalin",
    },
}


def alert_message(alert: GuardAlert, language: str = "en") -> tuple[str, str]:
    """Notification title and body: what was found, masked, and where the covered copy went."""
    texts = ALERT_TEXTS.get(language, ALERT_TEXTS["en"])
    name = alert.path.name if alert.path is not None else texts["clipboard"]
    title = (verdict_message(alert.verdict, "alert", language) or texts["title"]).format(name=name)
    body = alert.summary()
    if alert.covered_copy is not None:
        body = (body + "\n" if body else "") + texts["copy"].format(copy=alert.covered_copy.name)
    return title, body
