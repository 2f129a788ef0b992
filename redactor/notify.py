"""Desktop notifications, best effort.

notify(title, body) tells the user what an automatic redaction did when no
window is open (the file manager's "Redact automatically"). It never raises
and never blocks for long: a missing or broken notifier only means no
notification, never a failed redaction.

Linux: notify-send, else gdbus to org.freedesktop.Notifications.
macOS: osascript "display notification".
Windows: a toast through PowerShell's Windows.UI.Notifications.
Set REDACTOR_NO_NOTIFY=1 to turn notifications off.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field

APP_NAME = "Redactor"
ICON_NAME = "redactor"
TIMEOUT_S = 10.0
# PowerShell's own AppUserModelID: registered on every Windows 10/11, so a
# toast shows without the app registering a Start-menu shortcut of its own.
POWERSHELL_APP_ID = r"{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\WindowsPowerShell\v1.0\powershell.exe"

_TOAST_SCRIPT = r"""
$ErrorActionPreference = 'Stop'
[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] > $null
[Windows.Data.Xml.Dom.XmlDocument, Windows.Data.Xml.Dom.XmlDocument, ContentType = WindowsRuntime] > $null
$title = [Environment]::GetEnvironmentVariable('REDACTOR_TOAST_TITLE')
$body = [Environment]::GetEnvironmentVariable('REDACTOR_TOAST_BODY')
$xml = New-Object Windows.Data.Xml.Dom.XmlDocument
$xml.LoadXml('<toast><visual><binding template="ToastGeneric"><text></text><text></text></binding></visual></toast>')
$texts = $xml.GetElementsByTagName('text')
$texts.Item(0).AppendChild($xml.CreateTextNode($title)) > $null
$texts.Item(1).AppendChild($xml.CreateTextNode($body)) > $null
$toast = [Windows.UI.Notifications.ToastNotification]::new($xml)
[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('__APP_ID__').Show($toast)
""".replace("__APP_ID__", POWERSHELL_APP_ID)


@dataclass(frozen=True)
class Attempt:
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)


def _gvariant_string(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def attempts(title: str, body: str, platform: str | None = None) -> list[Attempt]:
    """The commands to try, in order, for this platform."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        encoded = base64.b64encode(_TOAST_SCRIPT.encode("utf-16-le")).decode("ascii")
        return [
            Attempt(
                [
                    "powershell.exe",
                    "-NoProfile",
                    "-NonInteractive",
                    "-ExecutionPolicy",
                    "Bypass",
                    "-WindowStyle",
                    "Hidden",
                    "-EncodedCommand",
                    encoded,
                ],
                # Text goes through the environment: no quoting to get wrong.
                {"REDACTOR_TOAST_TITLE": title, "REDACTOR_TOAST_BODY": body},
            )
        ]
    if platform == "darwin":
        return [
            Attempt(
                [
                    "osascript",
                    "-e",
                    "on run argv",
                    "-e",
                    "display notification (item 2 of argv) with title (item 1 of argv)",
                    "-e",
                    "end run",
                    title,
                    body,
                ]
            )
        ]
    return [
        Attempt(["notify-send", f"--app-name={APP_NAME}", f"--icon={ICON_NAME}", "--", title, body]),
        Attempt(
            [
                "gdbus",
                "call",
                "--session",
                "--dest=org.freedesktop.Notifications",
                "--object-path=/org/freedesktop/Notifications",
                "--method=org.freedesktop.Notifications.Notify",
                _gvariant_string(APP_NAME),
                "0",
                _gvariant_string(ICON_NAME),
                _gvariant_string(title),
                _gvariant_string(body),
                "[]",
                "{}",
                "-1",
            ]
        ),
    ]


def notify(title: str, body: str) -> bool:
    """Show a desktop notification. True if a notifier accepted it; never raises."""
    try:
        if os.environ.get("REDACTOR_NO_NOTIFY", "").strip() not in ("", "0"):
            return False
        for attempt in attempts(title, body):
            if shutil.which(attempt.argv[0]) is None:
                continue
            env = dict(os.environ, **attempt.env)
            kwargs: dict = {}
            if sys.platform.startswith("win"):
                kwargs["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
            try:
                result = subprocess.run(
                    attempt.argv,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    timeout=TIMEOUT_S,
                    check=False,
                    **kwargs,
                )
            except (OSError, subprocess.SubprocessError):
                continue
            if result.returncode == 0:
                return True
        return False
    except Exception:  # noqa: BLE001 - a notification must never fail the redaction
        return False


def notify_clickable(title: str, body: str, on_click, action_label: str = "Open") -> bool:
    """A notification whose click calls `on_click()`, where the desktop offers that; never raises.

    Linux (libnotify 0.7.10 and later): `notify-send --action --wait` in a background thread prints the
    chosen action.  Elsewhere, and with an older notify-send, a plain notification is shown.
    """
    try:
        if os.environ.get("REDACTOR_NO_NOTIFY", "").strip() not in ("", "0"):
            return False
        program = shutil.which("notify-send")
        if sys.platform.startswith("linux") and program and _notify_send_has_actions(program):
            import threading

            argv = [program, f"--app-name={APP_NAME}", f"--icon={ICON_NAME}", f"--action=open={action_label}",
                    "--wait", "--", title, body]

            def wait_for_click() -> None:
                try:
                    result = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                                            timeout=3600, check=False)
                except (OSError, subprocess.SubprocessError):
                    return
                if result.stdout.strip() == "open":
                    try:
                        on_click()
                    except Exception:  # noqa: BLE001
                        pass

            threading.Thread(target=wait_for_click, name="redactor-notification", daemon=True).start()
            return True
        return notify(title, body)
    except Exception:  # noqa: BLE001
        return False


def _notify_send_has_actions(program: str) -> bool:
    try:
        result = subprocess.run([program, "--help"], capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return "--action" in result.stdout and "--wait" in result.stdout


def notify_summary(summaries, failed: bool) -> None:  # noqa: ANN001 - (path, findings) pairs
    """One notification for a `redact --notify` run: how many files, and what was covered in them."""
    from collections import Counter

    from .i18n import _, ngettext
    from .messages import category_name

    counts = Counter(f.category for _path, found in summaries for f in found)
    body = ", ".join(f"{n} {category_name(c)}" for c, n in counts.most_common()) or _("nothing sensitive found")
    title = "Redactor: " + ngettext("{n} file redacted", "{n} files redacted", len(summaries)).format(
        n=len(summaries)) + (" " + _("(some failed)") if failed else "")
    try:
        notify(title, body)
    except Exception:
        pass
