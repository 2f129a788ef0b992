"""redactor.testing, the helpers of the checks and benchmarks: the fuzzers' hang measure (an input that
hangs is caught, a busy machine is not a hang) and the isolation from the user's settings."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from redactor.testing import Hang, HangWatch, redactor_command

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="schedstat and taskset are Linux")


def spin(seconds_of_cpu: float) -> None:
    end = time.thread_time() + seconds_of_cpu
    while time.thread_time() < end:
        pass


@linux_only
def test_an_input_that_spins_or_blocks_is_a_hang() -> None:
    watch = HangWatch(0.5)
    with pytest.raises(Hang):
        with watch.timing():
            spin(5)
    with pytest.raises(Hang):  # blocked on a child (Ghostscript's `{} loop` was one): its time counts
        with watch.timing():
            subprocess.run(["sleep", "8"], check=False)


@linux_only
def test_time_spent_waiting_for_a_cpu_is_not_a_hang() -> None:
    """Pinned to one CPU shared with four busy processes, 0.6 s of work takes about 3 s of wall time."""
    cpu = sorted(os.sched_getaffinity(0))[0]
    busy = [subprocess.Popen(["taskset", "-c", str(cpu), sys.executable, "-c", "while True: pass"])
            for _ in range(4)]
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {cpu})
    try:
        time.sleep(0.3)
        watch = HangWatch(1.5)
        start = time.monotonic()
        with watch.timing():
            spin(0.6)
        wall = time.monotonic() - start
    finally:
        os.sched_setaffinity(0, before)
        for process in busy:
            process.kill()
            process.wait()
    assert wall > 1.5, f"the machine was not busy enough to tell ({wall:.1f} s)"


def test_checks_and_benchmarks_never_see_the_users_settings(tmp_path) -> None:
    """A user's own settings (here: cover nothing but one term, in blur) must not change a measurement."""
    home_config = tmp_path / "config" / "redactor"
    home_config.mkdir(parents=True)
    (home_config / "config.toml").write_text('style = "blur"\nown_terms = ["Budi"]\ndisabled_categories = ["nik"]\n')
    explicit = tmp_path / "explicit.toml"
    explicit.write_text('style = "pixelate"\n')
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), REDACTOR_CONFIG=str(explicit))
    code = ("from redactor.testing import isolate_user_settings; isolate_user_settings(); "
            "import subprocess, sys; from redactor.config import load_config; c = load_config(); "
            "print(c.style, list(c.own_terms), sorted(c.disabled_categories)); "
            "subprocess.run([sys.executable, '-c', 'from redactor.config import load_config; print(load_config().style)'])")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["box [] []", "box"]  # the defaults, in the check and its children


def test_the_command_is_the_installed_program_of_this_interpreter() -> None:
    command = redactor_command()
    assert command[0] in (str(Path(sys.executable).with_name("redactor")), sys.executable)
    result = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.startswith("redactor ")
