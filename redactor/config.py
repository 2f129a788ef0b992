"""User settings shared by the command line and the app.

A TOML file in the user's config folder; the app writes the same keys through
its settings dialog.  Own terms (own name, office, internal hostnames) are
always covered wherever they appear; visible terms (an office's public hotline,
the agency's name) are found but left visible, so the user can still tick them.
An own term wins over a visible term.
"""
from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import RedactorError

# Cover styles (redactor.cover draws them); here so the command line can list them without numpy.
STYLES = ("box", "blur", "pixelate", "erase")


@dataclass(frozen=True)
class Config:
    style: str = "box"
    lang: str = "ind+eng"
    disabled_categories: frozenset[str] = frozenset()
    own_terms: tuple[str, ...] = ()
    visible_terms: tuple[str, ...] = ()
    pattern_dirs: tuple[Path, ...] = ()
    tesseract_cmd: str | None = None
    tessdata: str | None = None  # a folder of the user's own Tesseract language data
    visual: bool = True
    ocr_timeout: int = 120
    analysis_timeout: int = 300    # the whole analysis of one image (a 108 MP photo takes ~20 s)

    def with_changes(self, **changes) -> "Config":
        return replace(self, **changes)


def config_dir() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "redactor"


def data_dir() -> Path:
    """The user's own Redactor folder for files it makes for the user (batch reports), not settings."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "redactor"


def default_config_path() -> Path:
    return Path(os.environ.get("REDACTOR_CONFIG") or config_dir() / "config.toml")


def load_config(path: Path | None = None) -> Config:
    path = Path(path) if path else default_config_path()
    if not path.is_file():
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RedactorError(f"settings file {path} is not valid TOML ({exc})") from None
    return config_from_dict(data, base=path.parent)


def config_from_dict(data: dict, base: Path | None = None) -> Config:
    base = base or Path.cwd()
    pattern_dirs = tuple((base / p).expanduser() if not Path(p).expanduser().is_absolute() else Path(p).expanduser()
                         for p in data.get("pattern_dirs", []))
    return Config(
        style=str(data.get("style", "box")),
        lang=str(data.get("lang", "ind+eng")),
        disabled_categories=frozenset(data.get("disabled_categories", [])),
        own_terms=tuple(str(t) for t in data.get("own_terms", []) if str(t).strip()),
        visible_terms=tuple(str(t) for t in data.get("visible_terms", []) if str(t).strip()),
        pattern_dirs=pattern_dirs,
        tesseract_cmd=data.get("tesseract_cmd") or None,
        tessdata=data.get("tessdata") or None,
        visual=bool(data.get("visual", True)),
        ocr_timeout=int(data.get("ocr_timeout", 120)),
        analysis_timeout=int(data.get("analysis_timeout", 300)),
    )


def config_to_toml(config: Config) -> str:
    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = [
        f"style = {q(config.style)}",
        f"lang = {q(config.lang)}",
        "disabled_categories = [" + ", ".join(q(c) for c in sorted(config.disabled_categories)) + "]",
        "own_terms = [" + ", ".join(q(t) for t in config.own_terms) + "]",
        "visible_terms = [" + ", ".join(q(t) for t in config.visible_terms) + "]",
        "pattern_dirs = [" + ", ".join(q(str(p)) for p in config.pattern_dirs) + "]",
        f"visual = {'true' if config.visual else 'false'}",
        f"ocr_timeout = {config.ocr_timeout}",
        f"analysis_timeout = {config.analysis_timeout}",
    ]
    if config.tesseract_cmd:
        lines.append(f"tesseract_cmd = {q(config.tesseract_cmd)}")
    if config.tessdata:
        lines.append(f"tessdata = {q(config.tessdata)}")
    return "\n".join(lines) + "\n"


def save_config(config: Config, path: Path | None = None) -> Path:
    from .export import write_atomic

    path = Path(path) if path else default_config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(config_to_toml(config).encode("utf-8"), path)
    return path
