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
    assert common.find_launcher(platform="linux").argv == (str(tmp_path / "python3"), "-P", "-m", "redactor")


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
    assert launcher.argv == (os.path.abspath(sys.executable), "-P", "-m", "redactor")
    assert launcher.auto(["/a.png"]) == [*launcher.argv, "redact", "--notify", "--", "/a.png"]
    assert launcher.review(["/a.png"]) == [*launcher.argv, "gui", "--", "/a.png"]


def test_windows_pythonw_verb_keeps_the_working_folder_off_the_path(tmp_path: Path, monkeypatch) -> None:
    bindir = tmp_path / "Python311"
    bindir.mkdir()
    (bindir / "python.exe").write_text("")
    (bindir / "pythonw.exe").write_text("")
    monkeypatch.setattr(sys, "executable", str(bindir / "python.exe"))
    launcher = common.find_launcher(platform="windows", windowed=True)
    assert launcher.argv == (str(bindir / "pythonw.exe"), "-P", "-m", "redactor")


def test_a_module_beside_the_image_never_runs(tmp_path: Path, monkeypatch) -> None:
    """The right-click verb runs in the image's folder; an `argparse.py` (or `redactor.py`) saved there
    used to run with the user's rights, since `python -m` puts the working folder first on sys.path.
    Linux analogue of the Windows verb: the `python -m redactor` launcher, run in that folder."""
    import subprocess

    folder = tmp_path / "Downloads"
    folder.mkdir()
    marker = tmp_path / "hijacked"
    for name in ("argparse.py", "redactor.py", "json.py"):
        (folder / name).write_text(f"open({str(marker)!r}, 'w').write({name!r})\nraise SystemExit(0)\n")
    monkeypatch.setattr(sys, "executable", sys.executable)
    monkeypatch.setenv("PATH", "")
    launcher = common.find_launcher(f"{sys.executable} -m redactor", platform="linux")
    env = dict(os.environ, PATH=os.environ.get("PATH", ""))
    env.pop("PYTHONPATH", None)
    result = subprocess.run([*launcher.argv, "--version"], cwd=folder, env=env, capture_output=True, text=True,
                            timeout=60)
    assert not marker.exists(), f"{marker.read_text()} from the image's folder ran"
    assert result.returncode == 0 and "redactor" in result.stdout, result.stderr
