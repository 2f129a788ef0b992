#!/usr/bin/env python3
"""Longer fuzz run over loading and exporting (redactor.load.load_bytes + export.encode).

With atheris installed (`pip install atheris`) this is coverage-guided
(libFuzzer over the Python code of Pillow's plugins and redactor, Pillow's C
decoders run uninstrumented); otherwise a random-mutation loop with the same
mutations as tests/test_safety_fuzz.py.  Seeds: small PNG/JPEG/GIF/WebP/TIFF/BMP
files made here plus, when ../shared/corpus is present, its files under 200 kB.

Each input must load into flat RGB that exports to a clean file, or be refused
with a one-line InputError.  Anything else is a finding: an unexpected
exception (kept with its input), a hang (more than --hang seconds of the input's own time: CPU and
blocked time, not the time it waited for a CPU on a busy machine; see redactor.testing.HangWatch), or a
crash of the process (a native decoder fault or a hang inside native code; the child is restarted and
the input kept).

    python scripts/fuzz_long.py --seconds 600 [--engine auto|atheris|random] [--out DIR]

Prints iterations, findings by kind, and where the inputs are saved.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import time
import traceback
from pathlib import Path

from redactor.testing import Hang, HangWatch, seed_images, structure_problems

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"


# --- seeds -------------------------------------------------------------------------------------

def make_seeds(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    made = seed_images()
    for name, data in made.items():
        (folder / name).write_bytes(data)
    n = len(made)
    if SHARED.is_dir():
        for path in sorted(SHARED.rglob("*")):
            if path.is_file() and 0 < path.stat().st_size < 200_000 and path.suffix.lower() not in (".md", ".txt"):
                if path.name.startswith("bomb"):
                    continue
                (folder / f"shared_{n:03d}{path.suffix.lower()}").write_bytes(path.read_bytes())
                n += 1
    return n


# --- the target ----------------------------------------------------------------------------------

class Target:
    def __init__(self, out: Path, hang_s: int) -> None:
        from redactor.errors import InputError
        from redactor.export import encode
        from redactor.load import load_bytes

        self.InputError, self.encode, self.load_bytes = InputError, encode, load_bytes
        self.out = out
        self.hang_s = hang_s
        self.iterations = 0
        self.loaded = 0
        self.refused = 0
        self.findings: dict[str, dict] = {}
        self.stats_path = out / f"stats_{os.getpid()}.json"
        self.last_flush = time.monotonic()
        # The input's own time, not the wall clock: on a shared, loaded machine a wall-clock limit
        # reported inputs that take 0.1 s of CPU as hangs.
        self.watch = HangWatch(hang_s, hard_exit=True)

    def __call__(self, data: bytes) -> None:
        self.iterations += 1
        # Save the input first: if a native decoder kills the process, it is the last one.
        (self.out / "current.bin").write_bytes(data)
        try:
            with self.watch.timing():
                try:
                    loaded = self.load_bytes(data, name="fuzz")
                except self.InputError as exc:
                    self.refused += 1
                    if not str(exc) or "\n" in str(exc):
                        self._finding("InputError not one line", data, repr(str(exc)))
                    return
                self.loaded += 1
                if loaded.image.mode != "RGB":
                    self._finding(f"loaded mode {loaded.image.mode}", data, "")
                problems = structure_problems(self.encode(loaded.image, "png"))
                if problems:
                    self._finding("export problems", data, "; ".join(problems))
        except Hang as hang:
            self._finding("hang", data, f"> {self.hang_s} s: {hang}")
        except Exception as exc:  # noqa: BLE001
            tb = traceback.extract_tb(exc.__traceback__)
            where = f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else "?"
            self._finding(f"{type(exc).__name__} at {where}", data, str(exc)[:200])
        finally:
            if time.monotonic() - self.last_flush > 5:
                self.flush()

    def _finding(self, kind: str, data: bytes, detail: str) -> None:
        entry = self.findings.setdefault(kind, {"count": 0, "detail": detail, "input": None})
        entry["count"] += 1
        if entry["input"] is None:
            name = f"finding_{hashlib.sha1(data).hexdigest()[:12]}.bin"
            (self.out / name).write_bytes(data)
            entry["input"] = name

    def flush(self) -> None:
        self.last_flush = time.monotonic()
        self.stats_path.write_text(json.dumps({"iterations": self.iterations, "loaded": self.loaded,
                                               "refused": self.refused, "findings": self.findings}))


MUTATIONS = ("flip", "set", "truncate", "insert", "delete", "dup", "splice_int", "crossover")


def mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        if not buf:
            break
        op = rng.choice(MUTATIONS)
        pos = rng.randrange(len(buf))
        if op == "flip":
            buf[pos] ^= 1 << rng.randrange(8)
        elif op == "set":
            buf[pos] = rng.choice([0, 0xFF, 0x7F, 0x80, 1])
        elif op == "truncate":
            del buf[pos:]
        elif op == "insert":
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == "delete":
            del buf[pos:pos + rng.randint(1, 16)]
        elif op == "dup":
            buf[pos:pos] = buf[pos:pos + rng.randint(1, 64)]
        elif op == "splice_int":
            buf[pos:pos + 4] = rng.choice([b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x7f\xff\xff\xff",
                                           b"\x00\x01\x00\x00", b"\xff\xff\x00\x00"])
        else:
            other = rng.choice(pool)
            if other:
                cut = rng.randrange(len(other))
                buf[pos:] = other[cut:cut + rng.randint(1, 256)]
    return bytes(buf)


# --- child processes -----------------------------------------------------------------------------

def child_atheris(args) -> None:
    import atheris

    with atheris.instrument_imports(include=["PIL", "redactor"]):
        target = Target(Path(args.out), args.hang)

    def one(data: bytes) -> None:
        target(data)

    import atexit
    atexit.register(target.flush)
    argv = [sys.argv[0], str(Path(args.out) / "corpus"), str(Path(args.out) / "seeds"),
            f"-max_total_time={args.seconds}", f"-rss_limit_mb={args.rss_mb}", f"-timeout={max(120, 10 * args.hang)}",
            f"-artifact_prefix={args.out}/", "-print_final_stats=1", "-max_len=300000", f"-seed={args.seed}"]
    atheris.Setup(argv, one)
    try:
        atheris.Fuzz()
    finally:
        target.flush()


def child_random(args) -> None:
    target = Target(Path(args.out), args.hang)
    seeds = [p.read_bytes() for p in sorted((Path(args.out) / "seeds").iterdir())]
    rng = random.Random(args.seed)
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        target(mutate(rng, rng.choice(seeds), seeds))
    target.flush()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=int, default=600, help="total time budget (default 600)")
    ap.add_argument("--engine", choices=["auto", "atheris", "random"], default="auto")
    ap.add_argument("--out", default="/tmp/redactor-fuzz", help="findings, corpus and stats go here")
    ap.add_argument("--hang", type=int, default=10, help="seconds before one input counts as a hang")
    ap.add_argument("--rss-mb", type=int, default=3072)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        (child_atheris if args.engine == "atheris" else child_random)(args)
        return 0

    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
            engine = "atheris"
        except ImportError:
            engine = "random"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("stats_*.json"):
        old.unlink()
    (out / "corpus").mkdir(exist_ok=True)
    n_seeds = make_seeds(out / "seeds")
    print(f"fuzz_long: engine {engine}, {n_seeds} seeds, budget {args.seconds} s, output in {out}", flush=True)

    crashes: list[dict] = []
    end = time.monotonic() + args.seconds
    restarts = 0
    while True:
        left = int(end - time.monotonic())
        if left < 5:
            break
        cmd = [sys.executable, __file__, "--child", "--engine", engine, "--out", str(out), "--seconds", str(left),
               "--hang", str(args.hang), "--rss-mb", str(args.rss_mb), "--seed", str(args.seed + restarts)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        (out / f"child_{restarts}.log").write_text(proc.stdout + proc.stderr)
        if proc.returncode == 0:
            break
        # libFuzzer exits non-zero on a crash/timeout/oom and writes crash-*/timeout-*/oom-* files;
        # a signal kills the random engine outright.  Keep the input and go on.
        current = out / "current.bin"
        kept = None
        if current.exists():
            kept = out / f"crash_{hashlib.sha1(current.read_bytes()).hexdigest()[:12]}.bin"
            current.replace(kept)
        tail = (proc.stderr.strip().splitlines() or [""])[-3:]
        crashes.append({"exit": proc.returncode, "input": kept.name if kept else None, "tail": tail})
        restarts += 1
        if restarts > 20:
            break

    iterations = loaded = refused = 0
    findings: dict[str, dict] = {}
    for stats in out.glob("stats_*.json"):
        data = json.loads(stats.read_text())
        iterations += data["iterations"]
        loaded += data["loaded"]
        refused += data["refused"]
        for kind, entry in data["findings"].items():
            agg = findings.setdefault(kind, {"count": 0, "detail": entry["detail"], "input": entry["input"]})
            agg["count"] += entry["count"]
    summary = {"engine": engine, "seconds": args.seconds, "iterations": iterations, "loaded_and_exported": loaded,
               "refused_cleanly": refused, "findings": findings, "process_crashes": crashes, "out": str(out)}
    (out / "summary.json").write_text(json.dumps(summary, indent=2))
    print(f"iterations: {iterations}  (loaded+exported {loaded}, refused cleanly {refused})")
    print(f"findings: {sum(f['count'] for f in findings.values())} in {len(findings)} kinds; "
          f"process crashes: {len(crashes)}")
    for kind, entry in sorted(findings.items(), key=lambda kv: -kv[1]["count"]):
        print(f"  {entry['count']:6d}  {kind}: {entry['detail'][:100]}  (input {entry['input']})")
    for c in crashes:
        print(f"  crash exit {c['exit']}: input {c['input']}: {' | '.join(c['tail'])[:200]}")
    return 0 if not findings and not crashes else 1


if __name__ == "__main__":
    sys.exit(main())
