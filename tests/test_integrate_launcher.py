"""Which program the file-manager entries run."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from redactor.integrate import common


def test_script_beside_the_interpreter_wins(tmp_path: Path, monkeypatch) -> None:
    bindir = tmp_path / "venv" / "bin"
    bindir.mkdir(parents=True)
    (bindir / "python").write_text("")
    (bindir / "redactor").write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "executable", str(bindir / "python"))
    monkeypatch.setenv("PATH", "")
    assert common.find_launcher(platform="linux").argv == (str(bindir / "redactor"),)


def test_path_then_module_fallback(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    other = tmp_path / "other"
    other.mkdir()
    (other / "redactor").write_text("#!/bin/sh\n")
    (other / "redactor").chmod(0o755)
    monkeypatch.setenv("PATH", str(other))
    assert common.find_launcher(platform="linux").argv == (str(other / "redactor"),)
    monkeypatch.setenv("PATH", "")
    assert common.find_launcher(platform="linux").argv == (str(tmp_path / "python3"), "-m", "redactor")


def test_frozen_app_runs_itself(tmp_path: Path, monkeypatch) -> None:
    exe = tmp_path / "Redactor" / "redactor"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert common.find_launcher(platform="linux").argv == (str(exe),)


def test_frozen_windows_prefers_the_windowless_exe(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "Redactor"
    folder.mkdir()
    (folder / "redactor.exe").write_text("")
    (folder / "redactorw.exe").write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "redactor.exe"))
    launcher = common.find_launcher(platform="windows", windowed=True)
    assert launcher.argv == (str(folder / "redactorw.exe"),)


def test_override_accepts_a_command_line(tmp_path: Path) -> None:
    launcher = common.find_launcher(f"{sys.executable} -m redactor", platform="linux")
    assert launcher.argv == (os.path.abspath(sys.executable), "-m", "redactor")
    assert launcher.auto(["/a.png"]) == [*launcher.argv, "redact", "--notify", "--", "/a.png"]
    assert launcher.review(["/a.png"]) == [*launcher.argv, "gui", "--", "/a.png"]
