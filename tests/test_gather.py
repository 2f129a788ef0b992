"""`redact --gather`: the files of many launches redacted by one process (Windows Explorer's multi-select).

The end-to-end tests start real processes at once, as Explorer does, with real images and real
Tesseract, and check that one process ran the pipeline for every file, each file with its own
notification, and that a run killed half-way loses nothing.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from conftest import render_lines
from redactor import gather, integrate
from redactor.errors import ExitCode
from redactor.gather import Spool, run_gathered
from redactor.integrate import windows
from redactor.integrate.common import Launcher
from redactor.private_dir import PrivateDirError
from test_integrate_helpers import windows_argv

NIKS = ["3275011203870001", "3171024506920002", "3578031708850003", "3273016611990004"]


@pytest.fixture()
def session(tmp_path: Path) -> dict[str, str]:
    """The environment of a desktop session: its own private runtime folder, no user settings, and a
    notifier that records what it is asked to show."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    bindir = tmp_path / "bin"
    bindir.mkdir()
    log = tmp_path / "notifications.log"
    (bindir / "notify-send").write_text(f"#!/bin/sh\nprintf '%s\\037' \"$@\" >> '{log}'\necho >> '{log}'\n")
    (bindir / "notify-send").chmod(0o755)
    env = dict(os.environ)
    env.update(XDG_RUNTIME_DIR=str(runtime), XDG_CONFIG_HOME=str(tmp_path / "no-user-config"),
               PATH=f"{bindir}{os.pathsep}{env.get('PATH', '')}", LANG="C.UTF-8", OMP_THREAD_LIMIT="1")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "REDACTOR_CONFIG", "REDACTOR_NO_NOTIFY"):
        env.pop(variable, None)
    return env


def notifications(env: dict[str, str]) -> list[list[str]]:
    log = Path(env["PATH"].split(os.pathsep)[0]).parent / "notifications.log"
    if not log.exists():
        return []
    return [line.split("\037")[:-1] for line in log.read_text().splitlines()]


def screenshots(folder: Path, count: int):
    shots = []
    for i in range(count):
        rendered = render_lines([f"NIK: {NIKS[i]}", "Rapat jam 10.00 di ruang 3"], size=20)
        shots.append((rendered.save(folder / f"layar {i}.png"), rendered))
    return shots


def assert_nik_covered(shot: Path, rendered) -> None:
    output = shot.with_name(f"{shot.stem}.redacted.png")
    assert output.exists(), f"no output for {shot.name}"
    with Image.open(output) as image:
        area = image.convert("RGB").crop(rendered.bbox(0, rendered.lines[0].split()[-1]))
        assert all(low == high for low, high in area.getextrema()), f"the NIK in {shot.name} is not covered"


def spool_requests(env: dict[str, str]) -> list:
    folders = list((Path(env["XDG_RUNTIME_DIR"]) / "redactor" / "spool").glob("*"))
    return [r for folder in folders for r in Spool(folder).pending()]


def explorer_command() -> str:
    """The "Redact automatically" verb as installed in the registry, run by this interpreter."""
    ctx = integrate.make_context(platform="windows", out=lambda _m: None)
    ctx.launcher = Launcher((sys.executable, "-P", "-m", "redactor"))
    entries = {(e.key, e.name): e.value for e in windows.registry_entries(ctx, icon="x.ico")}
    return entries[(rf"{windows.SHELL_KEY}\{windows.VERBS['auto']}\command", "")]


def start(argv: list[str], env: dict[str, str], cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_explorer_multi_select_is_redacted_by_one_process(tmp_path: Path, session, tesseract) -> None:
    shots = screenshots(tmp_path, 4)
    (tmp_path / "not an image.png").write_text("hello")
    files = [shot for shot, _r in shots] + [tmp_path / "not an image.png"]
    command = explorer_command()
    # Explorer starts one process per selected file, all at once, in the files' folder.
    procs = [start(windows_argv(command.replace("%1", str(f))), session, tmp_path) for f in files]
    results = [p.communicate(timeout=600) for p in procs]

    ran_pipeline = [i for i, (out, err) in enumerate(results) if ": wrote " in out]
    assert len(ran_pipeline) == 1, [r[0] for r in results]
    holder = ran_pipeline[0]
    holder_out, holder_err = results[holder]
    for i, (out, err) in enumerate(results):
        if i != holder:
            assert procs[i].returncode == 0 and "handed over to the redaction already running" in out, (out, err)
    for shot, rendered in shots:
        assert f"{shot}: wrote " in holder_out
        assert_nik_covered(shot, rendered)
    # Fail closed per file: the bad one is named, nothing is written for it, the others are done.
    assert "not an image.png" in holder_err and procs[holder].returncode == 4  # refused input (a text file)
    assert not list(tmp_path.glob("not an image*redacted*"))
    for nik in NIKS:
        assert nik not in holder_out + holder_err
    # Each launch still gets its own notification, as when each ran alone.
    shown = notifications(session)
    assert len(shown) == 5, shown
    assert sum("(some failed)" in n[3] for n in shown) == 1
    assert sum(n[3] == "Redactor: 1 file redacted" and "NIK" in n[4] for n in shown) == 4
    assert spool_requests(session) == []


def test_a_run_killed_half_way_loses_nothing(tmp_path: Path, session, tesseract) -> None:
    shots = screenshots(tmp_path, 4)
    gathered = [sys.executable, "-P", "-m", "redactor", "redact", "--notify", "--gather", "--"]
    first = start(gathered + [str(shots[0][0])], session, tmp_path)
    deadline = time.monotonic() + 300
    while not any(r.attempts for r in spool_requests(session)):  # it holds the lock and has begun
        assert first.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    for shot, _r in shots[1:3]:
        handed = start(gathered + [str(shot)], session, tmp_path)
        out, err = handed.communicate(timeout=300)
        assert handed.returncode == 0 and "handed over" in out, (out, err)
    output = shots[0][0].with_name("layar 0.redacted.png")
    while not output.exists():
        assert first.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    first.send_signal(signal.SIGKILL)  # the lock holder dies with two requests waiting
    first.communicate(timeout=60)
    left = spool_requests(session)
    assert left, "the killed run had nothing left: the test did not test recovery"

    last = start(gathered + [str(shots[3][0])], session, tmp_path)
    out, err = last.communicate(timeout=600)
    assert last.returncode == 0, (out, err)
    for shot, rendered in shots:
        assert_nik_covered(shot, rendered)
    for request in left:
        for name in request.files:
            assert f"{name}: wrote " in out
    assert spool_requests(session) == []


# --- the spool and the lock, without the pipeline ---------------------------------------------------

@pytest.fixture()
def spool(tmp_path: Path, monkeypatch) -> Spool:
    monkeypatch.setattr(gather, "LINGER_S", 0.0)
    folder = tmp_path / "spool"
    folder.mkdir(mode=0o700)
    return Spool(folder)


def test_requests_are_taken_in_arrival_order_and_a_repeat_killer_is_given_up(spool: Spool) -> None:
    spool.drop(["/p/poison.png"], attempts=gather.MAX_ATTEMPTS)  # started twice, never finished
    spool.drop(["/p/suspect.png"], attempts=1)
    spool.drop(["/p/a.png", "/p/b.png"])
    spool.drop(["/p/raises.png"])
    done, given_up = [], []

    def redact(files) -> int:
        if files == ("/p/raises.png",):
            raise RuntimeError("a bug")
        done.append(list(files))
        return 0

    status = run_gathered(["/p/c.png"], "", redact, lambda f, error: given_up.append((list(f), error)), spool=spool)
    # Fresh requests first (oldest first), a suspect after them, the repeat killer reported, not retried;
    # one that raises is reported and the others still done.
    assert done == [["/p/a.png", "/p/b.png"], ["/p/c.png"], ["/p/suspect.png"]]
    assert [(files, type(error).__name__) for files, error in given_up] == [
        (["/p/raises.png"], "RuntimeError"), (["/p/poison.png"], "NoneType")]
    assert status == ExitCode.ANALYSIS_FAILED  # the first error: nothing was called safe
    assert spool.pending() == []


def test_a_request_dropped_just_before_the_lock_is_let_go_is_still_redacted(spool: Spool, monkeypatch) -> None:
    """Another launch drops its request after the holder's last look, finds the lock taken and exits."""
    unlock = Spool.unlock
    late = []

    def unlock_after_a_late_drop(self) -> None:
        if not late:
            late.append(self.drop(["/p/late.png"]))
        unlock(self)

    monkeypatch.setattr(Spool, "unlock", unlock_after_a_late_drop)
    done = []
    run_gathered(["/p/a.png"], "", lambda f: done.append(list(f)) or 0, lambda f, e: None, spool=spool)
    assert done == [["/p/a.png"], ["/p/late.png"]]


def test_the_lock_is_let_go_when_its_process_dies(spool: Spool) -> None:
    code = ("import sys, time; from pathlib import Path; from redactor.gather import Spool; "
            "assert Spool(Path(sys.argv[1])).try_lock(); print('locked', flush=True); time.sleep(600)")
    holder = subprocess.Popen([sys.executable, "-c", code, str(spool.folder)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert not spool.try_lock()
        assert run_gathered(["/p/a.png"], "", lambda f: 0, lambda f, e: None, spool=spool) is None  # handed over
    finally:
        holder.kill()
        holder.wait()
    assert spool.try_lock()
    spool.unlock()
    assert [r.files for r in spool.pending()] == [("/p/a.png",)]  # still there for the next run


def test_requests_are_private(tmp_path: Path, monkeypatch) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    spool = Spool.for_settings("options")
    entry = spool.drop(["/home/budi/KTP.png"])
    assert entry.stat().st_mode & 0o777 == 0o600
    for folder in (spool.folder, spool.folder.parent):
        assert folder.stat().st_mode & 0o777 == 0o700
    assert Spool.for_settings("other options").folder != spool.folder  # other options, other run

    # A folder put in its place (a link to somewhere others can read) is refused, never used.
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir()
    spool.folder.rename(tmp_path / "moved")
    spool.folder.symlink_to(elsewhere)
    with pytest.raises(PrivateDirError):
        Spool.for_settings("options")
