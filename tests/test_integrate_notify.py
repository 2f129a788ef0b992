"""Desktop notifications: best effort, never failing."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

from redactor import notify
from test_integrate_helpers import recorded, write_recorder


@pytest.fixture()
def fakebin(tmp_path: Path, monkeypatch) -> Path:
    bindir = tmp_path / "bin"
    bindir.mkdir()
    monkeypatch.setenv("PATH", str(bindir))  # nothing else: no real notifier
    monkeypatch.delenv("REDACTOR_NO_NOTIFY", raising=False)
    return bindir


def test_notify_send_gets_title_and_body(fakebin: Path, tmp_path: Path) -> None:
    log = tmp_path / "log"
    write_recorder(fakebin / "notify-send", log)
    title, body = "Redactor: 2 items covered", "-layar 1.png: email, phone\nsaved layar 1.redacted.png"
    assert notify.notify(title, body) is True
    assert recorded(log) == ["--app-name=Redactor", "--icon=redactor", "--", title, body]


def test_falls_back_to_gdbus(fakebin: Path, tmp_path: Path) -> None:
    (fakebin / "notify-send").write_text("#!/bin/sh\nexit 1\n")
    (fakebin / "notify-send").chmod(0o755)
    log = tmp_path / "log"
    write_recorder(fakebin / "gdbus", log)
    assert notify.notify("It's done", "ok") is True
    args = recorded(log)
    assert args[:2] == ["call", "--session"]
    assert "'It\\'s done'" in args


def test_no_notifier_is_not_an_error(fakebin: Path) -> None:
    assert notify.notify("title", "body") is False


def test_a_hanging_notifier_does_not_hang(fakebin: Path, monkeypatch) -> None:
    (fakebin / "notify-send").write_text("#!/bin/sh\nexec sleep 30\n")
    (fakebin / "notify-send").chmod(0o755)
    monkeypatch.setattr(notify, "TIMEOUT_S", 0.5)
    assert notify.notify("title", "body") is False


def test_can_be_turned_off(fakebin: Path, tmp_path: Path, monkeypatch) -> None:
    log = tmp_path / "log"
    write_recorder(fakebin / "notify-send", log)
    monkeypatch.setenv("REDACTOR_NO_NOTIFY", "1")
    assert notify.notify("t", "b") is False
    assert not log.exists()


def test_macos_passes_text_as_arguments() -> None:
    [attempt] = notify.attempts('Say "hi"', "a\\b", platform="darwin")
    assert attempt.argv[0] == "osascript"
    assert attempt.argv[-2:] == ['Say "hi"', "a\\b"]


def test_windows_toast_passes_text_through_the_environment() -> None:
    [attempt] = notify.attempts("Judul'; rm", "Isi $(x)", platform="win32")
    assert attempt.argv[0] == "powershell.exe"
    script = base64.b64decode(attempt.argv[-1]).decode("utf-16-le")
    assert "ToastNotificationManager" in script
    assert "Judul" not in script and "Isi" not in script
    assert attempt.env == {"REDACTOR_TOAST_TITLE": "Judul'; rm", "REDACTOR_TOAST_BODY": "Isi $(x)"}
