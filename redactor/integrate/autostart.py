"""Start the guard at login: opt-in, per user, removed again when switched off.

Linux: an XDG autostart entry, ~/.config/autostart/redactor-guard.desktop.
macOS: a LaunchAgent, ~/Library/LaunchAgents/id.redactor.guard.plist (RunAtLoad).
Windows: a value in HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run.

What starts is the app in the tray with the guard on (`redactor gui --guard`), so
its notifications open the review on click.  Every function takes a `Context`
(see `make_context`) so tests point it at a temporary home and a fake registry.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
from pathlib import Path

from redactor.integrate.common import APP_NAME, MARKER, Context, atomic_write, desktop_exec, keyfile_value, labels

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = f"{APP_NAME} Guard"
LAUNCH_AGENT_LABEL = "id.redactor.guard"
DESKTOP_FILE = "redactor-guard.desktop"

COMMENTS = {
    "en": "Warn about personal data in new screenshots and downloads",
    "id": "Peringatkan data pribadi di tangkapan layar dan unduhan baru",
}


def guard_argv(ctx: Context) -> list[str]:
    return [*ctx.launcher.argv, "gui", "--guard"]


def desktop_entry_path(ctx: Context) -> Path:
    return ctx.config_home / "autostart" / DESKTOP_FILE


def launch_agent_path(ctx: Context) -> Path:
    return ctx.home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def desktop_entry(ctx: Context) -> str:
    name = labels(ctx.language)["app_generic"]
    comment = COMMENTS.get(ctx.language, COMMENTS["en"])
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME} Guard",
        f"GenericName={keyfile_value(name)}",
        f"Comment={keyfile_value(comment)}",
        f"Exec={desktop_exec(guard_argv(ctx), field_code='').rstrip()}",
        "Icon=redactor",
        "Terminal=false",
        "NoDisplay=true",
        "X-GNOME-Autostart-enabled=true",
        f"{MARKER}=autostart",
        "",
    ])


def launch_agent(ctx: Context) -> dict:
    return {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": guard_argv(ctx),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }


def _registry(registry):  # noqa: ANN001, ANN202
    if registry is not None:
        return registry
    from redactor.integrate.windows import WinRegistry

    class RunKey(WinRegistry):
        def delete_value(self, key: str, name: str) -> None:
            w = self._w
            try:
                with w.OpenKey(w.HKEY_CURRENT_USER, key, 0, w.KEY_SET_VALUE) as handle:
                    w.DeleteValue(handle, name)
            except FileNotFoundError:
                pass

    return RunKey()


def enable(ctx: Context | None = None, registry=None) -> str:  # noqa: ANN001
    """Turn start-at-login on; returns where it was written (a file or a registry value)."""
    ctx = ctx or _default_context()
    if ctx.platform == "windows":
        _registry(registry).set_value(RUN_KEY, RUN_VALUE, subprocess.list2cmdline(guard_argv(ctx)))
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}"
    if ctx.platform == "macos":
        path = launch_agent_path(ctx)
        data = plistlib.dumps(launch_agent(ctx))
    else:
        path = desktop_entry_path(ctx)
        data = desktop_entry(ctx).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data, 0o644)
    return str(path)


def disable(ctx: Context | None = None, registry=None) -> bool:  # noqa: ANN001
    """Turn start-at-login off; True when something was removed."""
    ctx = ctx or _default_context()
    if ctx.platform == "windows":
        reg = _registry(registry)
        if reg.get_value(RUN_KEY, RUN_VALUE) is None:
            return False
        reg.delete_value(RUN_KEY, RUN_VALUE)
        return True
    path = launch_agent_path(ctx) if ctx.platform == "macos" else desktop_entry_path(ctx)
    try:
        os.unlink(path)
    except FileNotFoundError:
        return False
    return True


def is_enabled(ctx: Context | None = None, registry=None) -> bool:  # noqa: ANN001
    ctx = ctx or _default_context()
    if ctx.platform == "windows":
        return _registry(registry).get_value(RUN_KEY, RUN_VALUE) is not None
    return (launch_agent_path(ctx) if ctx.platform == "macos" else desktop_entry_path(ctx)).is_file()


def _default_context() -> Context:
    from redactor.integrate import make_context

    return make_context(out=lambda _message: None)
