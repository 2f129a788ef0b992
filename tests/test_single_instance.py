"""Single-instance hand-over, with real separate processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

CHILD = r"""
import json, sys
from PySide6.QtCore import QCoreApplication, QTimer
from redactor.single_instance import SingleInstance

app = QCoreApplication(sys.argv)
key, expect, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
instance = SingleInstance(key)
if not instance.start(files):
    print("HANDED", flush=True)
    sys.exit(0)
print("PRIMARY", flush=True)
got = list(files)

def on_files(new):
    got.extend(new)
    print("GOT " + json.dumps(new), flush=True)
    if len(got) >= expect:
        app.quit()

instance.files_received.connect(on_files)
if len(got) >= expect:
    QTimer.singleShot(0, app.quit)
QTimer.singleShot(30000, app.quit)
app.exec()
instance.close()
print("DONE " + json.dumps(got), flush=True)
"""


def env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def spawn(key: str, expect: int, files: list[str], cwd: Path | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, key, str(expect), *files],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env(),
        cwd=cwd,
    )


def wait_line(proc: subprocess.Popen, prefix: str, timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith(prefix):
            return line.strip()
        if not line and proc.poll() is not None:
            break
    raise AssertionError(f"no {prefix!r} line; stderr: {proc.stderr.read()[-2000:]}")


@pytest.fixture()
def key() -> str:
    return f"test-{uuid.uuid4().hex[:8]}"


def test_second_launch_hands_its_files_to_the_first(tmp_path: Path, key: str) -> None:
    primary = spawn(key, 3, ["/pics/first.png"])
    try:
        wait_line(primary, "PRIMARY")
        names = ["layar 1.png", "KTP ünï\nbaris.png"]
        start = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-c", CHILD, key, "0", *names],
            capture_output=True, text=True, env=env(), cwd=tmp_path, timeout=30,
        )
        elapsed = time.monotonic() - start
        assert second.returncode == 0, second.stderr
        assert second.stdout.strip() == "HANDED"
        got = json.loads(wait_line(primary, "GOT ")[4:])
        # Relative names arrive as absolute paths, resolved where they were given.
        assert got == [str(tmp_path / n) for n in names]
        done = json.loads(wait_line(primary, "DONE ")[5:])
        assert done == ["/pics/first.png", *got]
        assert elapsed < 15
    finally:
        primary.kill()
        primary.wait()


def test_a_burst_of_launches_makes_one_window(tmp_path: Path, key: str) -> None:
    """Explorer starts one process per selected file, all at once."""
    n = 6
    procs = [spawn(key, n, [f"/pics/{i}.png"]) for i in range(n)]
    try:
        outputs = []
        for p in procs:
            out, err = p.communicate(timeout=60)
            assert p.returncode == 0, err
            outputs.append(out)
        primaries = [o for o in outputs if o.startswith("PRIMARY")]
        assert len(primaries) == 1
        assert sum(o.strip() == "HANDED" for o in outputs) == n - 1
        done = next(l for l in primaries[0].splitlines() if l.startswith("DONE "))
        assert sorted(json.loads(done[5:])) == sorted(f"/pics/{i}.png" for i in range(n))
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()


def test_a_crashed_primary_does_not_block_the_next_launch(key: str) -> None:
    first = spawn(key, 99, [])
    wait_line(first, "PRIMARY")
    first.send_signal(signal.SIGKILL)  # leaves its socket and lock file behind
    first.wait()
    second = spawn(key, 1, ["/pics/a.png"])
    try:
        assert wait_line(second, "PRIMARY", timeout=20) == "PRIMARY"
        done = json.loads(wait_line(second, "DONE ")[5:])
        assert done == ["/pics/a.png"]
    finally:
        second.kill()
        second.wait()


def test_different_keys_do_not_meet(key: str) -> None:
    first = spawn(key, 99, [])
    other = None
    try:
        wait_line(first, "PRIMARY")
        other = spawn(key + "-other", 1, ["/x.png"])
        assert wait_line(other, "PRIMARY") == "PRIMARY"
    finally:
        for p in (first, other):
            if p is not None:
                p.kill()
                p.wait()


def test_endpoint_is_per_user_and_private() -> None:
    from redactor.single_instance import endpoint

    name, lock = endpoint("redactor")
    assert name != endpoint("other")[0]
    if os.name != "nt" and os.environ.get("XDG_RUNTIME_DIR"):
        assert name.startswith(os.environ["XDG_RUNTIME_DIR"])


def test_a_repeated_message_is_delivered_once(key: str) -> None:
    """A sender that gave up waiting for the answer resends with the same id."""
    primary = spawn(key, 99, [])
    try:
        wait_line(primary, "PRIMARY")
        sender = (
            "import sys\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from redactor.single_instance import endpoint, send_files\n"
            "app = QCoreApplication([])\n"
            "name = endpoint(sys.argv[1])[0]\n"
            "ok = [send_files(name, ['/pics/once.png'], message_id='same') for _ in range(3)]\n"
            "ok.append(send_files(name, ['/pics/next.png']))\n"
            "print(ok)\n"
        )
        out = subprocess.run([sys.executable, "-c", sender, key], capture_output=True, text=True, env=env(), timeout=30)
        assert out.stdout.strip() == "[True, True, True, True]", out.stderr
        assert json.loads(wait_line(primary, "GOT ")[4:]) == ["/pics/once.png"]
        assert json.loads(wait_line(primary, "GOT ")[4:]) == ["/pics/next.png"]
    finally:
        primary.kill()
        primary.wait()


# ------------------------------------------------------------- private folders
def private_env(tmp_path: Path) -> dict:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    run = dict(os.environ, HOME=str(home), TMPDIR=str(tmp_path / "tmp"), QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_RUNTIME_DIR", "XDG_CACHE_HOME"):
        run.pop(name, None)
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return run


@pytest.mark.skipif(os.name == "nt", reason="POSIX folders")
def test_without_a_runtime_dir_the_socket_never_falls_back_to_a_shared_folder(tmp_path: Path) -> None:
    """XDG_RUNTIME_DIR missing and the temp folder's runtime-USER taken by someone else: the endpoint used
    to become a predictable /tmp/redactor-TAG that a squatter could listen on first."""
    run = private_env(tmp_path)
    squatted = tmp_path / "tmp" / f"runtime-{os.environ.get('USER') or 'root'}"
    squatted.mkdir()
    squatted.chmod(0o777)
    if os.getuid() == 0:
        os.chown(squatted, 65534, 65534)
    code = ("from PySide6.QtCore import QCoreApplication\n"
            "from redactor.single_instance import endpoint\n"
            "app = QCoreApplication([])\n"
            "print('\\n'.join(endpoint('redactor')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=run, timeout=60)
    assert out.returncode == 0, out.stderr
    name, lock = out.stdout.split()
    home = Path(run["HOME"]).resolve()
    for path in (Path(name), Path(lock)):
        assert path.is_absolute() and home in path.resolve().parents, path
        folder = os.stat(path.parent)
        assert folder.st_uid == os.getuid() and not folder.st_mode & 0o077


@pytest.mark.skipif(os.name == "nt", reason="POSIX folders")
def test_private_dir_checks_owner_mode_and_links(tmp_path: Path, monkeypatch) -> None:
    from redactor.private_dir import PrivateDirError, private_dir

    run = private_env(tmp_path)
    monkeypatch.setenv("HOME", run["HOME"])
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    shared = tmp_path / "shared-runtime"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))    # open to all: not used
    folder = private_dir("share")
    assert shared not in folder.parents and Path(run["HOME"]) in folder.parents
    assert not os.stat(folder).st_mode & 0o077

    folder.chmod(0o755)                                   # ours but opened up: closed again
    assert not os.stat(private_dir("share")).st_mode & 0o077

    os.rmdir(folder)
    os.symlink(tmp_path / "tmp", folder)                  # a link planted where the folder goes
    with pytest.raises(PrivateDirError):
        private_dir("share")
    os.unlink(folder)

    if os.getuid() == 0:
        folder.mkdir(mode=0o700)
        os.chown(folder, 65534, 65534)                    # someone else's
        with pytest.raises(PrivateDirError):
            private_dir("share")


LINGERING = r"""
import sys, time
from PySide6.QtCore import QCoreApplication
from redactor.single_instance import SingleInstance

app = QCoreApplication(sys.argv)
instance = SingleInstance(sys.argv[1])
print("PRIMARY" if instance.start([]) else "HANDED", flush=True)
instance.close()
print("CLOSED", flush=True)
time.sleep(20)  # the window is gone, an analysis still winds down
"""


def test_a_closing_primary_that_still_winds_down_lets_the_next_launch_open_at_once(key: str) -> None:
    first = subprocess.Popen([sys.executable, "-c", LINGERING, key], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env())
    try:
        assert wait_line(first, "PRIMARY") == "PRIMARY"
        wait_line(first, "CLOSED")
        from redactor.single_instance import endpoint

        # The lock is let go at once (on Windows a held lock file cannot be taken over while its process lives).
        assert not Path(endpoint(key)[1]).exists()
        start = time.monotonic()
        second = spawn(key, 1, ["/pics/next.png"])
        try:
            assert wait_line(second, "PRIMARY", timeout=30) == "PRIMARY"
            assert time.monotonic() - start < 6  # not the 10 s a launch waits for a starting primary
            assert json.loads(wait_line(second, "DONE ")[5:]) == ["/pics/next.png"]
        finally:
            second.kill()
            second.wait()
    finally:
        first.kill()
        first.wait()

