"""Windows Explorer: two verbs for every image, for the current user only.

Keys live under HKCU\\Software\\Classes\\SystemFileAssociations\\image\\shell,
which applies to every file whose PerceivedType is image and survives a
change of default viewer. No elevation is needed.

All registry access goes through the small Registry interface so the same
code runs in tests (a dictionary) and for the .reg export.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from redactor.integrate.common import APP_ID, APP_NAME, Context, icon_path, labels

SHELL_KEY = r"Software\Classes\SystemFileAssociations\image\shell"
VERBS = {"review": f"{APP_NAME}.Redact", "auto": f"{APP_NAME}.RedactAuto"}
ROOT_NAME = "HKEY_CURRENT_USER"


class Registry(Protocol):
    """The registry operations the installer needs, all under HKEY_CURRENT_USER.

    A value name of "" means the key's (Default) value.
    """

    def set_value(self, key: str, name: str, value: str) -> None: ...

    def get_value(self, key: str, name: str) -> str | None: ...

    def delete_tree(self, key: str) -> None: ...

    def notify_shell(self) -> None: ...


class WinRegistry:
    """The real registry, through winreg (Windows only)."""

    def __init__(self) -> None:
        import winreg  # noqa: PLC0415 - Windows-only module

        self._w = winreg

    def set_value(self, key: str, name: str, value: str) -> None:
        w = self._w
        with w.CreateKeyEx(w.HKEY_CURRENT_USER, key, 0, w.KEY_WRITE) as handle:
            w.SetValueEx(handle, name, 0, w.REG_SZ, value)

    def get_value(self, key: str, name: str) -> str | None:
        w = self._w
        try:
            with w.OpenKey(w.HKEY_CURRENT_USER, key) as handle:
                value, _kind = w.QueryValueEx(handle, name)
                return str(value)
        except OSError:
            return None

    def delete_tree(self, key: str) -> None:
        w = self._w
        try:
            with w.OpenKey(w.HKEY_CURRENT_USER, key, 0, w.KEY_ALL_ACCESS) as handle:
                while True:
                    try:
                        child = w.EnumKey(handle, 0)
                    except OSError:
                        break
                    self.delete_tree(key + "\\" + child)
            w.DeleteKey(w.HKEY_CURRENT_USER, key)
        except FileNotFoundError:
            pass

    def notify_shell(self) -> None:
        import ctypes  # noqa: PLC0415

        SHCNE_ASSOCCHANGED = 0x08000000
        SHCNF_IDLIST = 0x0000
        ctypes.windll.shell32.SHChangeNotify(SHCNE_ASSOCCHANGED, SHCNF_IDLIST, None, None)


class MemoryRegistry:
    """A registry held in a dict: {key: {name: value}}. Used for dry runs and exports."""

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, str]] = {}
        self.deleted: list[str] = []
        self.notified = 0

    def set_value(self, key: str, name: str, value: str) -> None:
        self.keys.setdefault(key, {})[name] = value

    def get_value(self, key: str, name: str) -> str | None:
        return self.keys.get(key, {}).get(name)

    def delete_tree(self, key: str) -> None:
        self.deleted.append(key)
        for k in [k for k in self.keys if k == key or k.startswith(key + "\\")]:
            del self.keys[k]

    def notify_shell(self) -> None:
        self.notified += 1


@dataclass(frozen=True)
class Entry:
    key: str
    name: str  # "" is (Default)
    value: str


def command_line(argv: list[str]) -> str:
    """The command value: program and fixed arguments quoted the way
    CommandLineToArgvW reads them, then the selected file as "%1"."""
    return subprocess.list2cmdline(argv) + ' "%1"'


def default_icon() -> str:
    if getattr(sys, "frozen", False):
        return f"{sys.executable},0"
    return str(icon_path(f"{APP_ID}.ico"))


def registry_entries(ctx: Context, icon: str | None = None) -> list[Entry]:
    """Every value an install writes, in order."""
    icon = icon or default_icon()
    table = labels(ctx.language)
    out: list[Entry] = []
    for which, verb in VERBS.items():
        key = f"{SHELL_KEY}\\{verb}"
        argv = ctx.launcher.review() if which == "review" else ctx.launcher.auto(gather=True)
        out += [
            Entry(key, "MUIVerb", table[which]),
            Entry(key, "Icon", icon),
            # Player: the verb shows for any number of selected files.  Explorer starts one process
            # per file: the window gathers them into one batch, `redact --gather` into one run.
            Entry(key, "MultiSelectModel", "Player"),
            Entry(key + "\\command", "", command_line(argv)),
        ]
    return out


def verb_keys() -> list[str]:
    return [f"{SHELL_KEY}\\{verb}" for verb in VERBS.values()]


def install(ctx: Context, registry: Registry, icon: str | None = None) -> int:
    entries = registry_entries(ctx, icon)
    for key in verb_keys():
        if not ctx.dry_run:
            registry.delete_tree(key)  # start clean: no stale values from an older version
    for entry in entries:
        shown = "(Default)" if entry.name == "" else entry.name
        if ctx.dry_run:
            ctx.note(f"would set HKCU\\{entry.key} {shown} = {entry.value}")
            continue
        registry.set_value(entry.key, entry.name, entry.value)
        ctx.note(f"set HKCU\\{entry.key} {shown}")
    if not ctx.dry_run:
        registry.notify_shell()
    return 0


def uninstall(ctx: Context, registry: Registry) -> int:
    for key in verb_keys():
        if ctx.dry_run:
            ctx.note(f"would delete HKCU\\{key}")
            continue
        registry.delete_tree(key)
        ctx.note(f"deleted HKCU\\{key}")
    if not ctx.dry_run:
        registry.notify_shell()
    return 0


def status(ctx: Context, registry: Registry, icon: str | None = None) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    entries = registry_entries(ctx, icon)
    for key in verb_keys():
        mine = [e for e in entries if e.key == key or e.key.startswith(key + "\\")]
        values = [registry.get_value(e.key, e.name) for e in mine]
        if all(v is None for v in values):
            state = "missing"
        elif all(v == e.value for v, e in zip(values, mine)):
            state = "installed"
        else:
            state = "outdated"
        rows.append(("explorer", state, f"HKCU\\{key}"))
    return rows


# --------------------------------------------------------------------------
# .reg export
# --------------------------------------------------------------------------


def _reg_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def reg_text(ctx: Context, remove: bool = False, icon: str | None = None) -> str:
    """A .reg file a user can read, and double-click to import."""
    lines = ["Windows Registry Editor Version 5.00", ""]
    table = labels(ctx.language)
    if remove:
        lines.append(f"; Removes the {APP_NAME} entries from the Explorer menu for images.")
        lines.append("")
        for key in verb_keys():
            lines += [f"[-{ROOT_NAME}\\{key}]", ""]
    else:
        lines.append(
            f'; Adds "{table["review"]}" and "{table["auto"]}" to the Explorer menu for images'
        )
        lines.append("; (current user only). Undo with the matching uninstall .reg file or")
        lines.append("; with: redactor integrate uninstall")
        lines.append("")
        current: str | None = None
        for entry in registry_entries(ctx, icon):
            if entry.key != current:
                if current is not None:
                    lines.append("")
                lines.append(f"[{ROOT_NAME}\\{entry.key}]")
                current = entry.key
            name = "@" if entry.name == "" else _reg_string(entry.name)
            lines.append(f"{name}={_reg_string(entry.value)}")
        lines.append("")
    return "\r\n".join(lines) + "\r\n"


def write_reg(path: Path, text: str) -> None:
    """UTF-16 LE with a byte-order mark and CRLF, as regedit itself exports."""
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
