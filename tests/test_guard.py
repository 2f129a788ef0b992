"""Guard: a real watched temporary folder receiving real files, read by real Tesseract.

Covers: an alert (masked) for personal data and silence for clean images, a file written
slowly, a burst of 100 files with duplicates, covered copies that never trigger the guard
again, the default folders per OS, start at login per OS, and `redactor guard` itself.
"""
from __future__ import annotations

import io
import os
import plistlib
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from conftest import render_lines
from redactor.config import Config
from redactor.guard import (Guard, GuardAlert, WatchFolder, alert_message, default_watch_folders, is_candidate)
from redactor.integrate import autostart, make_context

PHONE = "0812-3456-7890"
NIK = "3273015507879901"
SENSITIVE = [f"NIK: {NIK}", f"HP {PHONE}"]


def png_bytes(lines, size=16) -> bytes:
    buffer = io.BytesIO()
    render_lines(lines, size=size).image.save(buffer, "PNG")
    return buffer.getvalue()


class Recorder:
    """Collects what the guard reports, with a way to wait for it."""

    def __init__(self) -> None:
        self.alerts: list[GuardAlert] = []
        self.errors: list[tuple[Path | None, str]] = []
        self.checked: list[Path | None] = []
        self.alert_times: list[float] = []
        self._changed = threading.Condition()

    def alert(self, alert: GuardAlert) -> None:
        with self._changed:
            self.alerts.append(alert)
            self.alert_times.append(time.monotonic())
            self._changed.notify_all()

    def error(self, path, message: str) -> None:  # noqa: ANN001
        with self._changed:
            self.errors.append((path, message))
            self._changed.notify_all()

    def check(self, path) -> None:  # noqa: ANN001
        with self._changed:
            self.checked.append(path)
            self._changed.notify_all()

    def wait(self, condition, timeout: float = 120.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not condition():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
            return True


@pytest.fixture
def watched(tmp_path, tesseract):
    folder = tmp_path / "Screenshots"
    folder.mkdir()
    started: list[Guard] = []
    recorder = Recorder()

    def start(auto: bool = False, config: Config = Config()) -> Guard:
        guard = Guard([WatchFolder(folder)], recorder.alert, config=config, auto=auto, on_error=recorder.error,
                      on_checked=recorder.check, settle=0.2)
        guard.start()
        started.append(guard)
        return guard

    yield folder, recorder, start
    for guard in started:
        guard.stop()


def quiet_for(recorder: Recorder, guard: Guard, seconds: float = 1.5) -> None:
    """Wait until the guard has had nothing to do for `seconds` (events after a write arrive late)."""
    deadline = time.monotonic() + 60
    calm_since = None
    while time.monotonic() < deadline:
        if guard.idle():
            calm_since = calm_since or time.monotonic()
            if time.monotonic() - calm_since >= seconds:
                return
        else:
            calm_since = None
        time.sleep(0.1)
    raise AssertionError("the guard never went quiet")


def test_alert_names_what_was_found_masked_and_clean_images_stay_silent(watched):
    folder, recorder, start = watched
    guard = start()
    (folder / "meeting.png").write_bytes(png_bytes(["Rapat koordinasi hari Senin", "Agenda: evaluasi program"]))
    written = time.monotonic()
    (folder / "chat.png").write_bytes(png_bytes(SENSITIVE))
    assert recorder.wait(lambda: len(recorder.checked) >= 2), recorder.errors
    quiet_for(recorder, guard)
    assert not recorder.errors
    assert [a.path.name for a in recorder.alerts] == ["chat.png"]
    alert = recorder.alerts[0]
    assert {f.category for f in alert.findings} >= {"nik", "phone"}
    title, body = alert_message(alert, "id")
    assert title == "Data pribadi di chat.png"
    for raw in (NIK, PHONE, PHONE.replace("-", ""), "34567890"):
        assert raw not in body and raw not in alert.summary(limit=99)
    assert 0 < recorder.alert_times[0] - written < 60
    assert alert.covered_copy is None and sorted(p.name for p in folder.iterdir()) == ["chat.png", "meeting.png"]


def test_a_file_written_slowly_is_read_once_whole(watched):
    folder, recorder, start = watched
    guard = start()
    data = png_bytes(SENSITIVE + ["Jl. Merdeka No. 10, Bandung"])
    target = folder / "slow.png"
    with open(target, "wb") as handle:
        for i in range(0, len(data), len(data) // 8 + 1):
            handle.write(data[i:i + len(data) // 8 + 1])
            handle.flush()
            time.sleep(0.35)  # longer than the guard's settle time: it sees a growing, truncated file
    assert recorder.wait(lambda: recorder.alerts), recorder.errors
    quiet_for(recorder, guard)
    assert not recorder.errors, recorder.errors
    assert len(recorder.alerts) == 1 and recorder.alerts[0].path == target


def test_a_burst_of_100_files_is_queued_and_each_picture_read_once(watched):
    folder, recorder, start = watched
    guard = start(config=Config(visual=False))
    distinct = [png_bytes([f"Laporan kegiatan nomor {n}", "Status: selesai"]) for n in range(8)]
    distinct += [png_bytes([f"HP 0812-3456-78{n}0", f"NIK: 32730155078799{n}1"]) for n in range(2)]
    for copy in range(10):  # every picture saved ten times, as a burst of downloads or a synced folder does
        for n, data in enumerate(distinct):
            (folder / f"shot-{copy}-{n:02d}.png").write_bytes(data)
    assert recorder.wait(lambda: len(set(recorder.checked)) >= 100, timeout=300), (len(recorder.checked),
                                                                                   recorder.errors)
    quiet_for(recorder, guard)
    assert not recorder.errors, recorder.errors
    assert guard.checked == 10  # each distinct picture read once
    assert len(recorder.alerts) == 2  # one per distinct picture with personal data, no repeats


def test_auto_writes_a_covered_copy_and_never_triggers_on_it(watched):
    import pytesseract

    folder, recorder, start = watched
    guard = start(auto=True)
    (folder / "form.png").write_bytes(png_bytes(SENSITIVE, size=20))
    assert recorder.wait(lambda: recorder.alerts), recorder.errors
    quiet_for(recorder, guard, 2.5)
    assert len(recorder.alerts) == 1 and not recorder.errors
    copy = recorder.alerts[0].covered_copy
    assert copy == folder / "form.redacted.png"
    assert sorted(p.name for p in folder.iterdir()) == ["form.png", "form.redacted.png"]
    text = pytesseract.image_to_string(Image.open(copy), lang="ind+eng")
    assert NIK not in text and "3456" not in text
    assert recorder.checked == [folder / "form.png"]


@pytest.mark.parametrize("name, wanted", [
    ("Screenshot 2026-12-05 at 10.00.png", True), ("IMG_1234.JPG", True), ("photo.heic", True),
    ("shot.redacted.png", False), ("ktp.watermarked.png", False), ("a.clean.jpg", False),
    (".redactor-abc.part", False), (".hidden.png", False), ("notes.txt", False), ("video.mp4", False),
    ("download.png.crdownload", False), ("~tmp.png", False),
    ("redacted-2026-12-05-081502.png", False), ("redacted-2026-12-05-081502-2.jpg", False),
    ("redacted files.png", True),
    # batch's numbered copies when the plain name is taken (NAME.redacted (2).png)
    ("shot.redacted (2).png", False), ("ktp.watermarked (3).jpg", False), ("notes (2).png", True),
])
def test_which_files_the_guard_looks_at(name, wanted):
    assert is_candidate(Path("/x") / name) is wanted


def test_default_folders_per_platform(tmp_path):
    home = tmp_path / "home"
    for sub in ("Pictures/Screenshots", "Downloads", "Bilder", "Desktop", "Shots",
                "AppData/Local/Packages/5319275A.WhatsAppDesktop_cv1g1gvanyjgm/LocalState/shared/transfers"):
        (home / sub).mkdir(parents=True)
    (home / ".config").mkdir()
    (home / ".config" / "user-dirs.dirs").write_text('XDG_PICTURES_DIR="$HOME/Bilder"\nXDG_DOWNLOAD_DIR="$HOME/Downloads"\n')
    linux = default_watch_folders("linux", home, env={})
    assert [f.path for f in linux] == [home / "Pictures/Screenshots", home / "Bilder", home / "Downloads"]

    windows = default_watch_folders("windows", home, env={"USERPROFILE": str(home)})
    assert [f.path.relative_to(home).parts[0] for f in windows] == ["Pictures", "Downloads", "AppData"]
    assert windows[-1].recursive

    mac = default_watch_folders("macos", home, env={}, run=lambda argv: f"{home}/Shots\n")
    assert [f.path for f in mac] == [home / "Shots", home / "Downloads"]
    mac_default = default_watch_folders("macos", home, env={}, run=lambda argv: None)
    assert mac_default[0].path == home / "Desktop"


def test_start_at_login_linux_is_an_xdg_autostart_entry_removed_when_off(tmp_path):
    ctx = make_context(home=tmp_path, platform="linux", command="/opt/redactor/bin/redactor", language="id",
                       out=lambda _m: None)
    assert not autostart.is_enabled(ctx)
    where = Path(autostart.enable(ctx))
    assert where == tmp_path / ".config" / "autostart" / "redactor-guard.desktop"
    text = where.read_text()
    assert "Exec=/opt/redactor/bin/redactor gui --guard\n" in text and "X-GNOME-Autostart-enabled=true" in text
    assert "Peringatkan data pribadi" in text
    validator = subprocess.run(["which", "desktop-file-validate"], capture_output=True, text=True).stdout.strip()
    if validator:
        result = subprocess.run([validator, str(where)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    assert autostart.is_enabled(ctx)
    assert autostart.disable(ctx) and not where.exists() and not autostart.is_enabled(ctx)
    assert not autostart.disable(ctx)


def test_start_at_login_macos_is_a_launch_agent(tmp_path):
    ctx = make_context(home=tmp_path, platform="macos", command="/Applications/Redactor.app/Contents/MacOS/redactor",
                       out=lambda _m: None)
    path = Path(autostart.enable(ctx))
    assert path == tmp_path / "Library" / "LaunchAgents" / "id.redactor.guard.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["ProgramArguments"] == ["/Applications/Redactor.app/Contents/MacOS/redactor", "gui", "--guard"]
    assert agent["RunAtLoad"] is True
    assert autostart.disable(ctx) and not path.exists()


def test_start_at_login_windows_is_a_run_key_value(tmp_path):
    class FakeRegistry:
        def __init__(self) -> None:
            self.values: dict[tuple[str, str], str] = {}

        def set_value(self, key, name, value):  # noqa: ANN001
            self.values[(key, name)] = value

        def get_value(self, key, name):  # noqa: ANN001
            return self.values.get((key, name))

        def delete_value(self, key, name):  # noqa: ANN001
            self.values.pop((key, name), None)

    registry = FakeRegistry()
    ctx = make_context(home=tmp_path, platform="windows", command=r"C:\Program Files\Redactor\redactorw.exe",
                       out=lambda _m: None)
    autostart.enable(ctx, registry)
    assert registry.values == {(autostart.RUN_KEY, "Redactor Guard"):
                               r'"C:\Program Files\Redactor\redactorw.exe" gui --guard'}
    assert autostart.is_enabled(ctx, registry)
    assert autostart.disable(ctx, registry) and registry.values == {}


@pytest.mark.skipif(sys.platform.startswith("win"), reason="stops the guard with SIGINT")
def test_command_line_guard_prints_masked_alerts_and_writes_copies(tmp_path, tesseract):
    folder = tmp_path / "Downloads"
    folder.mkdir()
    env = dict(os.environ, REDACTOR_NO_NOTIFY="1", XDG_CONFIG_HOME=str(tmp_path / "cfg"), PYTHONUNBUFFERED="1")
    # (Ctrl+C reaches the guard as it does in a terminal, also when the tests themselves run in the
    # background, whose shell starts them with SIGINT ignored and so the guard too)
    process = subprocess.Popen([sys.executable, "-m", "redactor", "guard", str(folder), "--auto"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        first = process.stdout.readline()
        assert first.startswith("watching ") and str(folder) in first
        (folder / "clean.png").write_bytes(png_bytes(["Rapat koordinasi hari Senin"]))
        (folder / "chat.png").write_bytes(png_bytes(SENSITIVE))
        line = process.stdout.readline()
        assert "chat.png: personal data:" in line and "covered copy:" in line
        assert NIK not in line and PHONE not in line
        deadline = time.monotonic() + 30
        while not (folder / "chat.redacted.png").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert (folder / "chat.redacted.png").exists()
    finally:
        out, err = stop_guard(process)
    assert process.returncode == 0, err
    assert "clean.png" not in out and not err.strip()


def stop_guard(process: subprocess.Popen) -> tuple[str, str]:
    """Ctrl+C to a command-line guard; what it printed.  A guard deaf to Ctrl+C fails the test, and must not
    outlive it watching a deleted folder."""
    process.send_signal(signal.SIGINT)
    try:
        return process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise


class LineReader:
    """The lines a process prints, each waited for at most a given time (a missing line fails, never hangs)."""

    def __init__(self, stream) -> None:  # noqa: ANN001
        import queue

        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:  # noqa: ANN001
        for line in stream:
            self.lines.put(line)

    def next(self, timeout: float = 300.0) -> str:  # the guard reads at low priority: a busy machine slows it
        import queue

        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no line printed within {timeout:.0f} s") from None


@pytest.mark.skipif(sys.platform.startswith("win"), reason="stops the guard with SIGINT")
def test_command_line_guard_reads_each_new_image_with_the_settings_file_as_it_is_then(tmp_path, tesseract):
    folder = tmp_path / "Downloads"
    folder.mkdir()
    config = tmp_path / "config.toml"
    config.write_text('own_terms = ["Kantor Pusat"]\n', encoding="utf-8")
    env = dict(os.environ, REDACTOR_NO_NOTIFY="1", REDACTOR_CONFIG=str(config), PYTHONUNBUFFERED="1")
    process = subprocess.Popen([sys.executable, "-m", "redactor", "guard", str(folder)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    meeting = png_bytes(["Rapat di Dinas Kominfo hari ini"], size=20)
    try:
        out = LineReader(process.stdout)
        assert out.next().startswith("watching ")
        (folder / "rapat.png").write_bytes(meeting)  # no own term of the settings it started with
        time.sleep(1.0)
        (folder / "chat.png").write_bytes(png_bytes(SENSITIVE))  # read after it: its alert says both were read
        assert "chat.png: personal data:" in out.next()

        config.write_text('own_terms = ["Kantor Pusat", "Dinas Kominfo"]\n', encoding="utf-8")  # by hand
        (folder / "rapat-2.png").write_bytes(meeting)  # the same picture: read again, with the new term
        line = out.next()
        assert "rapat-2.png: personal data:" in line
        assert "Dinas Kominfo" not in line

        config.write_text('own_terms = ["Kantor Pusat", "Dinas Kominfo"\n', encoding="utf-8")  # half saved
        (folder / "besok.png").write_bytes(png_bytes(["Besok rapat lagi di Dinas Kominfo"], size=20))
        line = out.next()  # the settings read before stay: the term is still found
        assert "besok.png: personal data:" in line
    finally:
        _, err = stop_guard(process)
    assert process.returncode == 0, err
    assert "rapat.png:" not in err and err.count("the settings read before stay") == 1, err


def test_command_line_guard_refuses_a_missing_folder(tmp_path, cli):
    result = cli("guard", str(tmp_path / "nope"))
    assert result.returncode == 3 and "no such folder" in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux autostart entry")
def test_command_line_switches_start_at_login_on_and_off(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / ".config"))
    entry = tmp_path / ".config" / "autostart" / "redactor-guard.desktop"
    on = subprocess.run([sys.executable, "-m", "redactor", "guard", "--start-at-login", "on"], env=env,
                        capture_output=True, text=True, timeout=60)
    assert on.returncode == 0 and entry.is_file(), on.stderr
    assert " gui --guard" in entry.read_text()
    off = subprocess.run([sys.executable, "-m", "redactor", "guard", "--start-at-login", "off"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert off.returncode == 0 and not entry.exists(), off.stderr
