"""Folders only this user can enter, for what must not be shared: the app's hand-over socket and lock,
and the copy of a redacted image dragged into another app.

Never a predictable name in the shared temp folder: another local user could create it first and
receive the file paths sent to the window, read the names, or swap the dragged file.  On POSIX the
folder lives in `$XDG_RUNTIME_DIR` when that is this user's own 0700 folder, else in the user's cache
folder; every folder on the way is checked (a real folder, not a link, owned by this user, closed to
everyone else) before use, and refused if it is not.  On Windows it is under `%LOCALAPPDATA%`, which
only its user (and administrators) can open.
"""
from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from .errors import RedactorError


class PrivateDirError(RedactorError):
    """The private folder exists but is not safe to use (another owner, a link, open to others)."""


def private_dir(purpose: str) -> Path:
    """This user's private folder for `purpose` ("run", "share"), created 0700 if missing."""
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "redactor"
        folder = base / purpose
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isabs(runtime) and _is_private(Path(runtime)):
        root = Path(runtime) / "redactor"
    else:
        cache = os.environ.get("XDG_CACHE_HOME")
        if not cache or not os.path.isabs(cache):
            cache = str(Path.home() / ("Library/Caches" if sys.platform == "darwin" else ".cache"))
        Path(cache).mkdir(parents=True, exist_ok=True, mode=0o700)
        root = Path(cache) / "redactor-private"
    ensure_private(root)
    folder = root / purpose
    ensure_private(folder)
    return folder


def _is_private(folder: Path) -> bool:
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def ensure_private(folder: Path) -> None:
    """Create `folder` 0700, or check that the one there is a real folder of this user's, closed to others."""
    if os.name == "nt":
        folder.mkdir(parents=True, exist_ok=True)  # under %LOCALAPPDATA%: private to its user already
        return
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        raise PrivateDirError(f"cannot create the private folder {folder} ({exc.strerror or exc})") from None
    info = os.lstat(folder)
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise PrivateDirError(f"{folder} is not a folder (a link or a file put there); remove it")
    if info.st_uid != os.getuid():
        raise PrivateDirError(f"{folder} belongs to another user; remove it")
    if info.st_mode & 0o077:
        os.chmod(folder, 0o700)  # ours, but opened up: close it before anything goes in
