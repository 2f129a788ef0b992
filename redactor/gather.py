"""One automatic redaction at a time per user: later launches hand their files to it.

Windows Explorer starts one process per selected file for a file-manager verb, so "Redact
automatically" on twenty pictures would start twenty pipelines at once (twenty OCR engines fighting
for two cores and memory).  Instead every launch drops its request, the absolute paths of its files,
into a spool folder, then tries to take a lock:

* the process that gets the lock redacts the requests in the spool one by one, in arrival order,
  until the spool stays empty, then lets go of the lock and exits;
* every other process exits at once: its request is in the spool, and the lock holder takes it.

Each request is still redacted and reported on its own (its own notification and output), exactly as
its own process would have done.  Nothing is lost if the lock holder dies: the lock is the operating
system's (released with the process), and a request leaves the spool only once it is done, so the
next launch picks up what is left.  A request that was started twice and never finished (a file that
kills the process) is given up with a message instead of taking every later run down with it.

The spool is a private folder (see `private_dir`: this user's own, 0700, owner and links checked);
it holds file paths only, never image content.  Qt-free: it runs in `redactor redact --gather`
(`redact_gathered`); with --gather, `-o` is always a folder, as several launches write into it.
"""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from .errors import ExitCode
from .i18n import _
from .mask import printable
from .private_dir import PrivateDirError, ensure_private, private_dir

VERSION = 1
# A request that was taken this many times without finishing is given up (its file killed the process).
MAX_ATTEMPTS = 2
# After the spool runs dry, wait this long for requests from processes that are still starting: the
# file manager starts them all at once, and each later holder would pay the start-up again.
LINGER_S = 2.0
POLL_S = 0.1


@dataclass(frozen=True)
class Request:
    entry: Path
    files: tuple[str, ...]
    attempts: int


class Spool:
    """A private folder of requests plus the lock that says who works through them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock_fd: int | None = None

    @classmethod
    def for_settings(cls, settings_key: str) -> "Spool":
        """The spool of this user for one set of options: only requests that would be redacted the same
        way are gathered into one run."""
        folder = private_dir("spool") / hashlib.sha256(settings_key.encode("utf-8")).hexdigest()[:16]
        ensure_private(folder)
        return cls(folder)

    # --- requests ------------------------------------------------------------------------------

    def drop(self, files: Sequence[str], attempts: int = 0, name: str | None = None) -> Path:
        """Write one request atomically (a reader sees all of it or nothing); returns its entry."""
        name = name or f"{time.time_ns():020d}-{os.getpid()}-{secrets.token_hex(4)}.json"
        entry = self.folder / name
        payload = json.dumps({"version": VERSION, "files": [str(f) for f in files], "attempts": attempts})
        temp = self.folder / f".{name}.{secrets.token_hex(4)}.tmp"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(temp, entry)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return entry

    def pending(self) -> list[Request]:
        """The requests waiting, oldest first; those already tried (a suspect file) after the others."""
        requests = []
        for entry in self.folder.glob("*.json"):
            if entry.name.startswith("."):
                continue
            request = self._read(entry)
            if request is not None:
                requests.append(request)
        return sorted(requests, key=lambda r: (r.attempts, r.entry.name))

    def _read(self, entry: Path) -> Request | None:
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
            files = tuple(str(f) for f in data["files"])
            attempts = int(data.get("attempts", 0))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            # Not a request this version can read: it names no file we could report on.
            entry.unlink(missing_ok=True)
            return None
        return Request(entry, files, attempts)

    def start(self, request: Request) -> None:
        """Count the attempt before the work starts, so a file that kills the process is known next time."""
        self.drop(request.files, attempts=request.attempts + 1, name=request.entry.name)

    def finish(self, request: Request) -> None:
        request.entry.unlink(missing_ok=True)

    # --- the lock ------------------------------------------------------------------------------

    def try_lock(self) -> bool:
        """Take the lock without waiting; False when another live process holds it.

        An operating-system lock (flock, or a byte-range lock on Windows): the kernel lets go of it
        when its process ends in any way, so a dead holder never blocks the spool.
        """
        fd = os.open(self.folder / "lock", os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._lock_fd = fd
        return True

    def unlock(self) -> None:
        if self._lock_fd is None:
            return
        fd, self._lock_fd = self._lock_fd, None
        try:
            if os.name == "nt":
                import msvcrt

                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(fd)  # closing also releases a flock


def run_gathered(
    files: Sequence[str],
    settings_key: str,
    redact: Callable[[Sequence[str]], int],
    give_up: Callable[[Sequence[str], BaseException | None], None],
    spool: Spool | None = None,
) -> int | None:
    """Hand `files` to this user's running redaction, or become it.

    Returns None when another process took the request over (exit at once), else the worst exit
    status of every request this process redacted: `redact(files)` runs once per request, and
    `give_up(files, error)` for a request that raised `error`, or never finished in MAX_ATTEMPTS
    tries (error None).
    """
    spool = spool or Spool.for_settings(settings_key)
    spool.drop([os.path.abspath(f) for f in files])
    status: int | None = None
    while spool.try_lock():
        try:
            status = _combined(status or 0, _work_through(spool, redact, give_up))
        finally:
            spool.unlock()
        # A request dropped after our last look but before the unlock: its process found the lock
        # taken and left it to us.  Look again now that the lock is free (or another holder has it).
        if not spool.pending():
            break
    return status


def _work_through(spool: Spool, redact, give_up) -> int:
    status = 0
    idle_since: float | None = None
    while True:
        requests = spool.pending()
        if not requests:
            now = time.monotonic()
            idle_since = idle_since or now
            if now - idle_since >= LINGER_S:
                return status
            time.sleep(POLL_S)
            continue
        idle_since = None
        request = requests[0]
        if request.attempts >= MAX_ATTEMPTS:
            give_up(request.files, None)
            spool.finish(request)
            status = _combined(status, ExitCode.ANALYSIS_FAILED)  # nothing was called safe
            continue
        spool.start(request)
        try:
            status = _combined(status, redact(request.files))
        except Exception as exc:  # noqa: BLE001 - one request's failure must not strand the others waiting
            give_up(request.files, exc)  # no traceback: its text could quote what was read from the image
            status = _combined(status, ExitCode.ANALYSIS_FAILED)
        spool.finish(request)


def _combined(status: int, new: int) -> int:
    """The run's exit status, as `redact` gives it for several files: the first error's code, and an
    error outranks findings."""
    return max(status, new) if status in (ExitCode.OK, ExitCode.FINDINGS) else status


def redact_gathered(args, redact_files: Callable[..., int]) -> int:
    """`redactor redact --gather`: `redact_files(args, files, used)` redacts one request as `redact`
    does (its own output lines and notification); `used` is every output this process wrote, so two
    requests never write the same name."""
    for option in ("config", "output"):  # the running process may have started in another folder
        if getattr(args, option, None):
            setattr(args, option, os.path.abspath(getattr(args, option)))
    if getattr(args, "patterns", None):
        args.patterns = [os.path.abspath(p) for p in args.patterns]
    options = {k: v for k, v in sorted(vars(args).items()) if k not in ("files", "func", "gather")}
    options["REDACTOR_CONFIG"] = os.environ.get("REDACTOR_CONFIG", "")
    used: set[Path] = set()

    def give_up(files: Sequence[str], error: BaseException | None) -> None:
        reason = (_("not redacted: the redaction stopped twice on this file; nothing was written for it")
                  if error is None else _("not redacted: internal error ({error}); nothing was written for it")
                  .format(error=type(error).__name__))
        for name in files:
            _say(f"redactor: {name}: {reason}", err=True)
        if args.notify:
            from .notify import notify

            notify("Redactor: " + _("not redacted"), ", ".join(Path(f).name for f in files))

    try:
        status = run_gathered(args.files, json.dumps(options, default=str),
                              lambda files: redact_files(args, files, used), give_up)
    except (PrivateDirError, OSError) as exc:  # no usable spool: redact here, on our own
        _say(f"redactor: {exc}", err=True)
        return redact_files(args, args.files, used)
    if status is None:
        for name in args.files:
            _say(_("{file}: handed over to the redaction already running").format(file=name))
        return ExitCode.OK
    return status


def _say(text: str, err: bool = False) -> None:
    import sys

    print(printable(text), file=sys.stderr if err else sys.stdout, flush=True)
