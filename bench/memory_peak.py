"""Where one fresh redaction's resident memory peaks, line by line.

    .venv/bin/python bench/memory_peak.py PHOTO [--cores N] [--top 20]

Redacts PHOTO in this process as `redactor redact` does (one malloc heap for every thread, the user's
settings left out), while a thread reads the resident size (`/proc/self/statm`) every millisecond and
notes it against the line the main thread is on (the innermost four Redactor frames).  Prints the
highest resident size seen at each place, highest first, and the process's own peak (`VmHWM`).
Linux only.  The output goes to a private temporary folder, removed at the end.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path


def resident_mb() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 // (1 << 20)


def peak_mb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) // 1024
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("image", type=Path)
    parser.add_argument("--cores", type=int, help="cores for the one image (default: as `redact` chooses)")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()

    from redactor.heap import share_one_heap
    from redactor.testing import isolate_user_settings

    share_one_heap()  # as the command line does, before any thread starts
    isolate_user_settings()
    from redactor.config import Config
    from redactor.pipeline import redact_file

    main_thread = threading.get_ident()
    highest: dict[str, int] = {}
    running = True

    def place() -> str:
        frame = sys._current_frames().get(main_thread)
        lines = [f"{f.f_code.co_filename.split('/redactor/')[-1]}:{f.f_lineno}({f.f_code.co_name})"
                 for f, _ in traceback.walk_stack(frame) if "/redactor/" in f.f_code.co_filename]
        return " < ".join(lines[:4]) or "(outside Redactor)"

    def sample() -> None:
        while running:
            size, where = resident_mb(), place()
            if size > highest.get(where, 0):
                highest[where] = size
            time.sleep(0.001)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    with tempfile.TemporaryDirectory(prefix="redactor-memory-peak-") as tmp:
        redact_file(args.image, Path(tmp) / f"out{args.image.suffix or '.png'}", config=Config(), cores=args.cores)
    running = False
    sampler.join()
    for where, size in sorted(highest.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"{size:6d} MB  {where}")
    print(f"peak resident memory of this process (VmHWM): {peak_mb()} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
