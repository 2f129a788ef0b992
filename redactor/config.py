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


def cores_for_one_image() -> int:
    """The cores one image may use when nothing else shares them out (a single redaction, the app)."""
    return min(4, os.cpu_count() or 1)


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
    try:
        return config_from_dict(data, base=path.parent)
    except RedactorError as exc:
        raise RedactorError(f"settings file {path}: {exc}") from None


def config_from_dict(data: dict, base: Path | None = None) -> Config:
    """Settings from a TOML table; a value of the wrong type is a one-line RedactorError naming the key.

    A single text where a list is expected is that one item (`own_terms = "Budi Santoso"` covers
    the name, not its 12 letters one by one).
    """
    base = base or Path.cwd()
    pattern_dirs = tuple((base / p).expanduser() if not Path(p).expanduser().is_absolute() else Path(p).expanduser()
                         for p in _texts(data, "pattern_dirs"))
    style = _text(data, "style", "box")
    if style not in STYLES:
        raise RedactorError(f"style must be one of {', '.join(STYLES)}, not {style!r}")
    return Config(
        style=style,
        lang=_text(data, "lang", "ind+eng"),
        disabled_categories=frozenset(_texts(data, "disabled_categories")),
        own_terms=_texts(data, "own_terms"),
        visible_terms=_texts(data, "visible_terms"),
        pattern_dirs=pattern_dirs,
        tesseract_cmd=_text(data, "tesseract_cmd", "") or None,
        tessdata=_text(data, "tessdata", "") or None,
        visual=_flag(data, "visual", True),
        ocr_timeout=_seconds(data, "ocr_timeout", 120),
        analysis_timeout=_seconds(data, "analysis_timeout", 300),
    )


_TYPE_NAMES = {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "a table"}


def _kind(value) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _text(data: dict, key: str, default: str) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise RedactorError(f"{key} must be text in quotes, not {_kind(value)}")
    return value


def _texts(data: dict, key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise RedactorError(f"{key} must be a list of texts in quotes, like [\"one\", \"two\"], not {_kind(value)}")
    return tuple(item for item in value if item.strip())


def _flag(data: dict, key: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise RedactorError(f"{key} must be true or false, not {_kind(value)}")
    return value


def _seconds(data: dict, key: str, default: int) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise RedactorError(f"{key} must be a number of seconds above 0, not {value!r}")
    return int(value)


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
