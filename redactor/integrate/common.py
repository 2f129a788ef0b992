"""Shared pieces of the file-manager integration: labels, the launch command,
quoting for each file format, and the record of what an install wrote.

Nothing here imports Qt; every function takes the home directory and the
environment explicitly so tests can point them at a temporary tree.
"""

from __future__ import annotations

import importlib.util
import json
import locale
import os
import stat
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Mapping, Sequence

APP_ID = "redactor"
APP_NAME = "Redactor"
MARKER = "X-Redactor-Integration"

# Image types the actions are offered for. HEIC/HEIF are phone photos.
IMAGE_MIME_TYPES = (
    "image/png",
    "image/jpeg",
    "image/webp",
    "image/tiff",
    "image/bmp",
    "image/gif",
    "image/heic",
    "image/heif",
)
IMAGE_EXTENSIONS = ("png", "jpg", "jpeg", "webp", "tif", "tiff", "bmp", "gif", "heic", "heif")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "review": "Redact…",
        "auto": "Redact automatically",
        "review_tip": "Open the picture in Redactor to check and cover personal data",
        "auto_tip": "Cover personal data and strip metadata; saves NAME.redacted.png beside it",
        "app_generic": "Personal data redaction",
        "app_comment": "Cover personal data in screenshots and photos, and strip metadata",
    },
    "id": {
        "review": "Sensor…",
        "auto": "Sensor otomatis",
        "review_tip": "Buka gambar di Redactor untuk memeriksa dan menutup data pribadi",
        "auto_tip": "Tutup data pribadi dan hapus metadata; disimpan sebagai NAMA.redacted.png di sebelahnya",
        "app_generic": "Penyensor data pribadi",
        "app_comment": "Tutup data pribadi di tangkapan layar dan foto, dan hapus metadata",
    },
}


def detect_language(env: Mapping[str, str] | None = None) -> str:
    """'id' when the user's locale is Indonesian, otherwise 'en'."""
    env = os.environ if env is None else env
    candidates: list[str] = []
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "")
        if value:
            # LANGUAGE may hold a priority list such as "id:en_US".
            candidates.extend(value.split(":") if key == "LANGUAGE" else [value])
            break
    if not candidates and env is os.environ:
        try:
            current = locale.getlocale()[0] or ""
        except ValueError:
            current = ""
        candidates.append(current)
    first = (candidates[0] if candidates else "").strip().lower()
    if first.startswith("id") or first.startswith("indonesian") or first.startswith("in_id"):
        return "id"
    return "en"


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["en"])


# --------------------------------------------------------------------------
# The command file managers run
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Launcher:
    """The argument list that starts the `redactor` command-line program.

    `argv` is an absolute program path plus any fixed leading arguments, for
    example ["/home/u/.local/bin/redactor"] or ["/usr/bin/python3", "-P", "-m", "redactor"].
    """

    argv: tuple[str, ...]

    def review(self, files: Sequence[str] = ()) -> list[str]:
        return [*self.argv, "gui", "--", *files]

    def start_review(self, files: Sequence[str] = ()) -> None:
        """Open the review window on `files` in a process of its own (a notification clicked)."""
        import subprocess

        subprocess.Popen(self.review(files), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)

    def auto(self, files: Sequence[str] = (), gather: bool = False) -> list[str]:
        """`gather`: for a file manager that starts one process per selected file (Windows Explorer), the
        first process redacts every file and the others hand theirs over (see redactor.gather)."""
        return [*self.argv, "redact", "--notify", *(["--gather"] if gather else []), "--", *files]


# `python -m` puts the working folder first on sys.path, and a file manager starts the command in the
# image's folder: an `argparse.py` saved beside the image would run.  `-P` (Python 3.11+) leaves the
# working folder off the path and nothing else changes (user site-packages still load, unlike -I).
SAFE_PATH = "-P"


def _has_module_main() -> bool:
    try:
        return importlib.util.find_spec("redactor.__main__") is not None
    except (ImportError, ValueError):
        return False


def find_launcher(
    override: str | None = None,
    *,
    platform: str | None = None,
    windowed: bool = False,
) -> Launcher:
    """Locate the installed `redactor` program, as an absolute path.

    Order: an explicit override; the frozen app itself; the script beside the
    running interpreter (a venv or pipx); `redactor` on PATH; finally
    `python -m redactor`. On Windows `windowed` prefers a launcher that opens
    no console window.
    """
    platform = platform or current_platform()
    if override:
        # A path to a program; otherwise a command line such as "python3 -m redactor".
        if platform == "windows" or os.path.exists(override):
            parts = [override]
        else:
            parts = shlex.split(override)
        if platform != "windows":
            parts[0] = os.path.abspath(parts[0]) if os.sep in parts[0] else (
                shutil.which(parts[0]) or parts[0]
            )
        if parts[1:2] == ["-m"]:
            parts[1:1] = [SAFE_PATH]
        return Launcher(tuple(parts))

    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        if platform == "windows" and windowed:
            quiet = exe.with_name("redactorw.exe")
            if quiet.exists():
                return Launcher((str(quiet),))
        return Launcher((str(exe),))

    bindir = Path(sys.executable).parent
    if platform == "windows":
        if windowed and _has_module_main():
            pythonw = bindir / "pythonw.exe"
            if pythonw.exists():
                return Launcher((str(pythonw), SAFE_PATH, "-m", "redactor"))
        script = bindir / "redactor.exe"
        if not script.exists():
            script = bindir / "Scripts" / "redactor.exe"
    else:
        script = bindir / "redactor"
    if script.exists():
        return Launcher((os.path.abspath(script),))

    found = shutil.which("redactor")
    if found:
        return Launcher((os.path.abspath(found),))
    return Launcher((os.path.abspath(sys.executable), SAFE_PATH, "-m", "redactor"))


def current_platform() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


# --------------------------------------------------------------------------
# Quoting
# --------------------------------------------------------------------------

_DESKTOP_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def desktop_exec_arg(arg: str) -> str:
    """Quote one argument for an Exec key (Desktop Entry spec, "The Exec key").

    The result is already escaped for the key-file value level, so it can be
    written into the file as it is.
    """
    arg = arg.replace("%", "%%")
    if arg and not any(ch in _DESKTOP_RESERVED for ch in arg):
        quoted = arg
    else:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        quoted = f'"{inner}"'
    # Key-file string escaping: a backslash is written as two.
    return quoted.replace("\\", "\\\\")


def desktop_exec(argv: Sequence[str], field_code: str = "%F") -> str:
    return " ".join([desktop_exec_arg(a) for a in argv] + [field_code])


def keyfile_value(text: str) -> str:
    """Escape a plain string value for a .desktop-style key file."""
    return (
        text.replace("\\", "\\\\")
        .replace("\n", "\\n")
        .replace("\t", "\\t")
        .replace("\r", "\\r")
    )


def glib_command(argv: Sequence[str], field_code: str = "%F") -> str:
    """A command line parsed with g_shell_parse_argv (Thunar, Nemo).

    Single quotes keep every character literal there as in POSIX sh. A '%'
    inside an argument is doubled, which both programs read as a literal '%'.
    """
    return " ".join([shlex.quote(a).replace("%", "%%") for a in argv] + [field_code])


# --------------------------------------------------------------------------
# Files written by an install, and the record that lets uninstall undo it
# --------------------------------------------------------------------------


@dataclass
class Context:
    """Where and how an install runs; tests build one pointing at tmp_path."""

    home: Path
    env: Mapping[str, str]
    platform: str
    launcher: Launcher
    language: str
    dry_run: bool = False
    out: Callable[[str], None] = print
    run: Callable[[list[str]], None] | None = None
    # Filled while working: what happened, for the summary and the manifest.
    actions: list[str] = field(default_factory=list)

    def xdg(self, var: str, default: str) -> Path:
        value = self.env.get(var, "")
        if value and os.path.isabs(value):
            return Path(value)
        return self.home / default

    @property
    def data_home(self) -> Path:
        return self.xdg("XDG_DATA_HOME", ".local/share")

    @property
    def config_home(self) -> Path:
        return self.xdg("XDG_CONFIG_HOME", ".config")

    def note(self, message: str) -> None:
        self.actions.append(message)
        self.out(message)

    @property
    def roots(self) -> tuple[Path, ...]:
        """The folders an install may write into: the home and its XDG data and config folders."""
        return (self.home, self.data_home, self.config_home)

    def unsafe(self, path: Path) -> str | None:
        """Why writing or deleting `path` is not safe, or None.

        Run as root with `--home H`, every folder under H is H's user's to arrange: a link there
        (`~/.local/share/kio` -> `/etc`) would carry a write or a delete anywhere.  So the path must lie
        inside one of `roots`, and no folder below that root, nor the path itself, may be a link.
        """
        path = Path(os.path.abspath(path))
        root = next((r for r in (Path(os.path.abspath(r)) for r in self.roots) if path.is_relative_to(r)), None)
        if root is None:
            return "outside the integration folders"
        current = root
        for part in path.relative_to(root).parts:
            current = current / part
            try:
                if stat.S_ISLNK(os.lstat(current).st_mode):
                    return f"{current} is a symbolic link"
            except FileNotFoundError:
                break
            except OSError as exc:
                return f"{current} cannot be checked ({exc.strerror or exc})"
        return None

    def refresh(self, argv: list[str]) -> None:
        """Run a best-effort helper (cache refresh); never fails the install."""
        if self.dry_run:
            return
        if self.run is not None:
            self.run(argv)
            return
        if shutil.which(argv[0]) is None and not os.path.isabs(argv[0]):
            return
        if os.path.isabs(argv[0]) and not os.path.exists(argv[0]):
            return
        try:
            subprocess.run(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=30,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            pass


class Manifest:
    """JSON record of files and directories an install created.

    Directories are listed only if the install created them, so uninstall
    removes exactly those (and only when empty).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.files: dict[str, str] = {}  # path -> component
        self.created_dirs: list[str] = []
        self.flags: dict[str, bool] = {}
        if path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                self.files = dict(data.get("files", {}))
                self.created_dirs = list(data.get("created_dirs", []))
                self.flags = dict(data.get("flags", {}))
            except (OSError, ValueError, TypeError):
                pass

    def save(self) -> None:
        ensure_dir(self.path.parent, self)
        payload = {
            "files": self.files,
            "created_dirs": self.created_dirs,
            "flags": self.flags,
        }
        atomic_write(self.path, json.dumps(payload, indent=2, sort_keys=True) + "\n", 0o644)

    def remove_empty_dirs(self, ctx: "Context") -> None:
        """The folders the install created, when empty, and only inside the integration folders: the
        manifest lies in the user's home, where anyone running as that user can edit it."""
        for d in sorted(set(self.created_dirs), key=lambda p: p.count(os.sep), reverse=True):
            if ctx.unsafe(Path(d)) is not None or Path(os.path.abspath(d)) == Path(os.path.abspath(ctx.home)):
                continue
            try:
                os.rmdir(d)
            except OSError:
                pass  # not empty (the user put something there) or already gone


def ensure_dir(path: Path, manifest: Manifest | None) -> None:
    """mkdir -p, recording each directory this call created."""
    missing: list[Path] = []
    p = path
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for d in reversed(missing):
        d.mkdir()
        if manifest is not None and str(d) not in manifest.created_dirs:
            manifest.created_dirs.append(str(d))


def atomic_write(path: Path, data: str | bytes, mode: int) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as fh:
        fh.write(raw)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def icon_bytes(name: str) -> bytes:
    return resources.files("redactor.integrate").joinpath("icons", name).read_bytes()


def icon_path(name: str) -> Path:
    """A real file path to a packaged icon (used by Windows and macOS entries)."""
    return Path(str(resources.files("redactor.integrate").joinpath("icons", name)))
