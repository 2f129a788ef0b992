"""The fuzzers' hang measure: an input that hangs is caught, a busy machine is not a hang."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from redactor.testing import Hang, HangWatch

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="schedstat and taskset are Linux")


def spin(seconds_of_cpu: float) -> None:
    end = time.thread_time() + seconds_of_cpu
    while time.thread_time() < end:
        pass


def test_an_input_that_spins_or_blocks_is_a_hang() -> None:
    watch = HangWatch(0.5)
    with pytest.raises(Hang):
        with watch.timing():
            spin(5)
    with pytest.raises(Hang):  # blocked on a child (Ghostscript's `{} loop` was one): its time counts
        with watch.timing():
            subprocess.run(["sleep", "5"], check=False)


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
