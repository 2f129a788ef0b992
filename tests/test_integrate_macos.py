"""macOS Finder Quick Actions, written into a temporary home."""

from __future__ import annotations

import plistlib
import subprocess
from pathlib import Path

from redactor import integrate
from redactor.integrate import macos
from test_integrate_helpers import recorded, snapshot, write_recorder


def ctx(home: Path, command: str, language: str = "en"):
    return integrate.make_context(
        home=home, platform="macos", command=command, language=language, out=lambda _m: None
    )


def test_quick_actions_are_written(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    prog = "/Applications/Redactor.app/Contents/MacOS/redactor"
    assert integrate.install(ctx(home, prog)) == 0
    services = home / "Library/Services"
    assert sorted(p.name for p in services.iterdir()) == [
        "Redact automatically.workflow",
        "Redact….workflow",
    ]
    for which, label in (("review", "Redact…"), ("auto", "Redact automatically")):
        contents = services / f"{label}.workflow" / "Contents"
        info = plistlib.loads((contents / "Info.plist").read_bytes())
        service = info["NSServices"][0]
        assert service["NSMenuItem"] == {"default": label}
        assert service["NSMessage"] == "runWorkflowAsService"
        assert service["NSSendFileTypes"] == ["public.image"]
        assert service["NSRequiredContext"] == {"NSApplicationIdentifier": "com.apple.finder"}
        flow = plistlib.loads((contents / "document.wflow").read_bytes())
        meta = flow["workflowMetaData"]
        assert meta["workflowTypeIdentifier"] == "com.apple.Automator.servicesMenu"
        assert meta["serviceInputTypeIdentifier"] == "com.apple.Automator.fileSystemObject.image"
        params = flow["actions"][0]["action"]["ActionParameters"]
        assert params["inputMethod"] == 1
        assert params["shell"] == "/bin/zsh"
        sub = "gui --" if which == "review" else "redact --notify --"
        assert params["COMMAND_STRING"].endswith(f'{prog} {sub} "$@"\n')


def test_command_string_passes_files_as_arguments(tmp_path: Path) -> None:
    prog = tmp_path / "Apps dir" / "Redactor's.app" / "redactor"
    record = tmp_path / "argv.bin"
    write_recorder(prog, record)
    home = tmp_path / "home"
    integrate.install(ctx(home, str(prog)))
    flow = plistlib.loads(
        (home / "Library/Services/Redact automatically.workflow/Contents/document.wflow").read_bytes()
    )
    script = flow["actions"][0]["action"]["ActionParameters"]["COMMAND_STRING"]
    files = ["/Users/budi/Desktop/Screen Shot 1.png", "/Users/budi/-x ünï $HOME.png"]
    # Automator with "pass input as arguments" runs: shell -c script -- files.
    subprocess.run(["/bin/sh", "-c", script, "sh", *files], check=True, timeout=30)
    assert recorded(record) == ["redact", "--notify", "--", *files]


def test_uninstall_restores_the_tree(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "Library/Services/Other.workflow/Contents").mkdir(parents=True)
    (home / "Library/Services/Other.workflow/Contents/Info.plist").write_bytes(b"x")
    before = snapshot(home)
    c = ctx(home, "/usr/local/bin/redactor")
    integrate.install(c)
    assert [r[1] for r in integrate.status(c)] == ["installed", "installed"]
    integrate.uninstall(c)
    assert snapshot(home) == before
    assert [r[1] for r in integrate.status(c)] == ["missing", "missing"]


def test_uninstall_from_empty_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    c = ctx(home, "/usr/local/bin/redactor", language="id")
    integrate.install(c)
    assert (home / "Library/Services/Sensor….workflow").is_dir()
    integrate.uninstall(c)
    assert list(home.iterdir()) == []


def test_a_foreign_workflow_with_our_name_stays(tmp_path: Path) -> None:
    home = tmp_path / "home"
    info = home / "Library/Services/Redact….workflow/Contents/Info.plist"
    info.parent.mkdir(parents=True)
    info.write_bytes(plistlib.dumps({"CFBundleIdentifier": "com.example.other"}))
    integrate.uninstall(ctx(home, "/usr/local/bin/redactor"))
    assert info.exists()


def test_refresh_runs_pbs_flush(tmp_path: Path) -> None:
    calls = []
    c = ctx(tmp_path, "/usr/local/bin/redactor")
    c.run = calls.append
    macos.install(c)
    assert calls == [["/System/Library/CoreServices/pbs", "-flush"]]
