#!/usr/bin/env python3
"""Fail closed: when OCR or a detector breaks, no file may come out looking safe.

Faults, each injected into a fresh process:

* Tesseract missing: the in-process engine (tesserocr) cannot be imported and a
  private mount namespace (`unshare -m`) hides
  /usr/bin/tesseract behind /dev/null and PATH has no other copy (the engine
  also looks in standard places, so PATH alone is not enough); skipped with a
  note when unshare is not permitted;
* a fake `tesseract` named by REDACTOR_TESSERACT (the real one answers
  --list-langs/--version, so the fault hits the recognition call itself):
  exits 1, crashes (SIGSEGV, SIGABRT), hangs (exec sleep; the engine's
  `ocr_timeout`, set to 5 s in a config TOML passed with --config, must kill
  it), runs out of memory (ulimit -v: std::bad_alloc), exits 0 without writing
  a result, writes garbage, or fails already at --list-langs;
* a detector raising: the text detector (RuntimeError, MemoryError) and the
  visual detector (ValueError), patched in before the CLI starts (batch
  workers are forked and inherit the patch).

Each fault goes through three paths: `redactor redact`, `redactor batch --jobs 2`
and the desktop app's worker (`redactor.ui.worker.run_task` running
`pipeline.analyse`, plus the main window: the analysis must fail with a
message and no file is written).  Survived = non-zero exit, one clear line
naming the file, no output and no temp file, batch report lists the failure,
no Tesseract or sleep process left behind, and the app gets an OcrError/
DetectorError with a one-line message.

    python scripts/verify_faults.py [--only hang,segv] [--no-app]

Prints `faults survived / total`; exit 0 when all survive.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from redactor.testing import isolate_user_settings

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable  # the interpreter running this, with its installed redactor
REAL = shutil.which("tesseract") or "/usr/bin/tesseract"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HANG_MARK = "3607"  # `sleep 3607`: how leftover hung children are recognised
OCR_TIMEOUT = 5

FAKE_HEAD = f"""#!/bin/sh
for a in "$@"; do
  case "$a" in --list-langs|--version|--help*) exec {REAL} "$@";; esac
done
"""
FAKES = {
    "exit1": "echo 'Error: fake tesseract failure' >&2\nexit 1\n",
    "segv": "kill -SEGV $$\n",
    "abort": "kill -ABRT $$\n",
    "hang": f"exec sleep {HANG_MARK}\n",
    "oom": f"ulimit -v 80000\nexec {REAL} \"$@\"\n",
    "silent": "exit 0\n",
    "garbage": 'for last; do :; done\nprintf "\\x00\\xffnot a tsv\\n1\\t2\\n" > "$2.tsv" 2>/dev/null\n'
               'printf "\\x00\\xffgarbage" > "$2.txt" 2>/dev/null\nexit 0\n',
}
LISTFAIL = "#!/bin/sh\necho 'tesseract: error while loading shared libraries' >&2\nexit 127\n"

INJECT = {
    "detector_runtime": ("redactor.pipeline", "detect", "RuntimeError('injected detector failure')"),
    "detector_memory": ("redactor.pipeline", "detect", "MemoryError()"),
    "visual_valueerror": ("redactor.visual", "detect_visual", "ValueError('injected visual failure')"),
}


def make_inputs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    font = ImageFont.truetype(FONT, 30)
    paths = []
    for i, lines in enumerate([["Nama: Budi Santoso", "NIK 3171012345670001", "HP 0812-3456-7890"],
                               ["Email: siti.rahayu@example.co.id", "Jl. Merdeka No. 12, Bandung"]]):
        im = Image.new("RGB", (760, 60 + 50 * len(lines)), "white")
        d = ImageDraw.Draw(im)
        for j, line in enumerate(lines):
            d.text((20, 20 + 50 * j), line, fill="black", font=font)
        p = folder / f"form_{i}.png"
        im.save(p)
        paths.append(p)
    return paths


def write_fake(folder: Path, mode: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "tesseract"
    path.write_text(LISTFAIL if mode == "listfail" else FAKE_HEAD + FAKES[mode])
    path.chmod(0o755)
    return path


def leftovers() -> list[int]:
    """PIDs of hung fake children still alive (ours: they carry HANG_MARK)."""
    out = subprocess.run(["pgrep", "-f", f"sleep {HANG_MARK}"], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def kill_leftovers(pids: list[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


class Fault:
    def __init__(self, name: str, env: dict[str, str], prefix: list[str], inject: str | None, note: str = ""):
        self.name, self.env, self.prefix, self.inject, self.note = name, env, prefix, inject, note


def python_entry(inject: str | None) -> list[str]:
    """`python -c` that optionally patches a detector to raise, then runs the CLI."""
    patch = ""
    if inject:
        module, attr, exc = INJECT[inject]
        patch = (f"import importlib; m = importlib.import_module({module!r})\n"
                 f"def boom(*a, **k):\n    raise {exc}\n"
                 f"setattr(m, {attr!r}, boom)\n")
    code = patch + "import sys\nfrom redactor.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    return [PY, "-c", code]


def run(fault: Fault, args: list[str], timeout: int = 600) -> tuple[subprocess.CompletedProcess, float]:
    env = dict(os.environ, **fault.env)
    cmd = fault.prefix + python_entry(fault.inject) + args
    t0 = time.monotonic()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        proc = subprocess.CompletedProcess(cmd, -999, exc.stdout or "", "TIMEOUT")
    return proc, time.monotonic() - t0


def check_cli(fault: Fault, inputs: list[Path], work: Path, config: Path) -> list[str]:
    problems = []
    out_dir = work / f"cli_{fault.name}"
    out_dir.mkdir()
    out = out_dir / "out.png"
    proc, took = run(fault, ["--config", str(config), "redact", "-o", str(out), "--", str(inputs[0])])
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    if proc.returncode == -999:
        problems.append("redact hung")
    elif proc.returncode == 0:
        problems.append("redact exit 0 (fault not noticed)")
    elif not 2 <= proc.returncode <= 8:  # an error's exit code (README: Errors and exit codes)
        problems.append(f"redact exit {proc.returncode}")
    if "Traceback" in proc.stderr:
        problems.append("traceback")
    if len(lines) != 1 or inputs[0].name not in lines[0]:
        problems.append(f"stderr not one line naming the file: {proc.stderr.strip()[:200]!r}")
    if out.exists() or any(out_dir.iterdir()):
        problems.append(f"files written: {[p.name for p in out_dir.iterdir()]}")
    if "wrote" in proc.stdout:
        problems.append("stdout says 'wrote'")
    msg = lines[-1] if lines else ""
    return problems, msg, took


def check_batch(fault: Fault, inputs: list[Path], work: Path, config: Path) -> list[str]:
    problems = []
    out_dir = work / f"batch_{fault.name}"
    proc, took = run(fault, ["--config", str(config), "batch", str(inputs[0].parent), "-o", str(out_dir),
                             "--jobs", "2"])
    if proc.returncode in (0, -999):
        problems.append(f"batch exit {proc.returncode}")
    report = out_dir / "report.json"
    if not report.exists():
        problems.append("no report.json")
        return problems, "", took
    rep = json.loads(report.read_text())
    if rep.get("redacted"):
        problems.append(f"{rep['redacted']} files reported redacted")
    if len(rep.get("failed", [])) != len(inputs):
        problems.append(f"{len(rep.get('failed', []))} of {len(inputs)} failures listed")
    images = [p.name for p in out_dir.iterdir() if p.suffix in (".png", ".jpg", ".webp") or p.name.endswith(".part")]
    if images:
        problems.append(f"images written: {images}")
    errors = [f["error"] or "" for f in rep.get("failed", [])]
    if any("\n" in e or not e for e in errors):
        problems.append("an error is empty or more than one line")
    return problems, (errors[0] if errors else ""), took


APP_SNIPPET = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
INJECT = {inject!r}
if INJECT:
    import importlib
    module, attr, exc = INJECT
    m = importlib.import_module(module)
    def boom(*a, **k):
        raise eval(exc)
    setattr(m, attr, boom)
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication.instance() or QApplication([])
from redactor.config import load_config
from redactor.load import load_path
from redactor.pipeline import analyse
from redactor.ui.worker import run_task
config = load_config(Path({config!r}))
got = []
run_task(lambda: analyse(load_path({image!r}), config), lambda r: got.append(("done", r)),
         lambda e: got.append(("error", e)))
t0 = time.monotonic()
while not got and time.monotonic() - t0 < 300:
    app.processEvents(); time.sleep(0.02)
res = {{"worker": None}}
if got:
    kind, val = got[0]
    if kind == "done":
        res["worker"] = {{"kind": "done", "findings": len(val.findings)}}
    else:
        res["worker"] = {{"kind": "error", "type": type(val).__name__, "message": str(val)}}
# The main window: open the file, wait for the analysis, look at what it says.
try:
    from redactor.ui.review import MainWindow
    from redactor.ui.settings import Settings
    tmp = Path({work!r})
    settings = Settings(tmp / "ui.ini", config_path=Path({config!r}))
    win = MainWindow(settings)
    win.ask_before_discarding = False
    win.show()
    win.open_path({image!r})
    t0 = time.monotonic()
    while time.monotonic() - t0 < 300:
        app.processEvents(); time.sleep(0.02)
        if win.doc is not None and win.doc.analysed and not win.session.busy:
            break
    res["window"] = {{"analysis_error": win.session.analysis_error,
                      "findings": len(win.doc.regions) if win.doc is not None else None,
                      "files": sorted(p.name for p in Path({image!r}).parent.iterdir())}}
    win.close()
except Exception as exc:
    res["window"] = {{"skipped": f"{{type(exc).__name__}}: {{exc}}"}}
from redactor.ui.worker import wait_for_all
wait_for_all(5000)
print("RESULT " + json.dumps(res))
"""


def check_app(fault: Fault, inputs: list[Path], work: Path, config: Path) -> tuple[list[str], str, float]:
    app_dir = work / f"app_{fault.name}"
    app_dir.mkdir()
    image = app_dir / inputs[0].name
    shutil.copyfile(inputs[0], image)
    inject = INJECT[fault.inject] if fault.inject else None
    code = APP_SNIPPET.format(inject=inject, config=str(config), image=str(image), work=str(app_dir))
    env = dict(os.environ, **fault.env, QT_QPA_PLATFORM="offscreen", HOME=str(app_dir),
               XDG_CONFIG_HOME=str(app_dir), XDG_RUNTIME_DIR=str(app_dir))
    t0 = time.monotonic()
    try:
        proc = subprocess.run(fault.prefix + [PY, "-c", code], capture_output=True, text=True, env=env, timeout=700)
    except subprocess.TimeoutExpired:
        return ["app path hung"], "", time.monotonic() - t0
    took = time.monotonic() - t0
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if not line:
        tail = (proc.stderr.strip().splitlines() or [""])[-1]
        if "PySide6" in proc.stderr and "No module" in proc.stderr:
            return [], "skipped: PySide6 not importable", took
        return [f"app snippet failed: {tail[:200]}"], "", took
    res = json.loads(line[0][7:])
    problems = []
    worker = res.get("worker") or {}
    if worker.get("kind") != "error":
        problems.append(f"worker: analysis did not fail ({worker})")
    elif worker.get("type") not in ("OcrError", "DetectorError"):
        problems.append(f"worker: {worker.get('type')} instead of OcrError/DetectorError")
    elif "\n" in worker.get("message", "") or not worker.get("message"):
        problems.append("worker: message empty or more than one line")
    window = res.get("window") or {}
    if "skipped" in window:
        msg_w = f"window skipped ({window['skipped'][:80]})"
    else:
        if not window.get("analysis_error"):
            problems.append("window: no analysis error shown")
        written = [n for n in window.get("files", []) if n != image.name and not n.endswith(".ini")]
        if written:
            problems.append(f"window: files written {written}")
        msg_w = f"window says: {window.get('analysis_error')!r}"
    return problems, f"{worker.get('type')}: {worker.get('message', '')[:90]}; {msg_w[:120]}", took


EXPECTED_WORDS = {"missing": "not installed", "hang": "timed out", "listfail": "does not run"}


def message_problems(name: str, msg: str) -> list[str]:
    """The message must give the right reason: a crash reported as a timeout misleads the user."""
    if not msg or msg.startswith("skipped"):
        return []
    want = EXPECTED_WORDS.get(name)
    if want and want not in msg:
        return [f"message does not say {want!r}"]
    if name not in ("hang",) and "timed out" in msg:
        return ["misleading message: reports a timeout for a fault that is not one"]
    return []


def faults(work: Path, only: set[str] | None) -> list[Fault]:
    found = []
    unshare = shutil.which("unshare")
    probe = subprocess.run([unshare, "-m", "--propagation", "private", "true"], capture_output=True) if unshare else None
    if probe is not None and probe.returncode == 0:
        # Every tesseract the engine could find (PATH, standard places) is hidden behind /dev/null,
        # which is not a regular executable file, inside a private mount namespace.
        spots = {"/usr/bin/tesseract", "/usr/local/bin/tesseract", "/opt/homebrew/bin/tesseract"}
        spots |= {str(Path(p) / "tesseract") for p in os.environ.get("PATH", "").split(":") if p}
        hide = "".join(f"mount --bind /dev/null {p} && " for p in sorted(spots) if Path(p).is_file())
        prefix = [unshare, "-m", "--propagation", "private", "/bin/sh", "-c", hide + 'exec "$@"', "--"]
        # OCR runs in process through tesserocr where it imports, so "missing" also hides that module:
        # a stand-in first on the path raises ImportError, as on a machine without the wheel.
        blocker = work / "no_tesserocr"
        blocker.mkdir(parents=True, exist_ok=True)
        (blocker / "tesserocr.py").write_text('raise ImportError("tesserocr hidden for the fault check")\n')
        found.append(Fault("missing", {"REDACTOR_TESSERACT": "", "PYTHONPATH": str(blocker)}, prefix, None,
                           "tesserocr and every tesseract on PATH and in standard places hidden"))
    else:
        found.append(Fault("missing", {}, [], None, "SKIP: unshare not permitted"))
    for mode in list(FAKES) + ["listfail"]:
        fake = write_fake(work / f"fake_{mode}", mode)
        found.append(Fault(mode, {"REDACTOR_TESSERACT": str(fake)}, [], None))
    for name in INJECT:
        found.append(Fault(name, {}, [], name))
    return [f for f in found if not only or f.name in only]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="comma-separated fault names")
    ap.add_argument("--no-app", action="store_true", help="skip the desktop-app path")
    ap.add_argument("--json", help="write results as JSON")
    args = ap.parse_args(argv)
    isolate_user_settings()  # a user's own settings must not change what this checks
    only = set(args.only.split(",")) if args.only else None
    results = []
    with tempfile.TemporaryDirectory(prefix="verify-faults-") as tmp:
        work = Path(tmp)
        inputs = make_inputs(work / "inputs")
        config = work / "config.toml"
        config.write_text(f"ocr_timeout = {OCR_TIMEOUT}\n")
        for fault in faults(work, only):
            if fault.note.startswith("SKIP"):
                print(f"[SKIP] {fault.name}: {fault.note}")
                continue
            before = set(leftovers())
            row = {"fault": fault.name, "paths": {}}
            survived = True
            paths = [("cli", check_cli), ("batch", check_batch)] + ([] if args.no_app else [("app", check_app)])
            for label, fn in paths:
                problems, msg, took = fn(fault, inputs, work, config)
                problems += message_problems(fault.name, msg)
                stray = [p for p in leftovers() if p not in before]
                if stray:
                    problems.append(f"{len(stray)} hung tesseract children left running")
                    kill_leftovers(stray)
                row["paths"][label] = {"problems": problems, "message": msg, "seconds": round(took, 1)}
                survived &= not problems
            row["survived"] = survived
            results.append(row)
            print(f"[{'ok' if survived else 'FAIL'}] {fault.name}" + (f"  ({fault.note})" if fault.note else ""),
                  flush=True)
            for label, info in row["paths"].items():
                print(f"      {label:5} {info['seconds']:6.1f} s  {info['message'][:150]}")
                for p in info["problems"]:
                    print(f"            PROBLEM: {p}")
    survived = sum(r["survived"] for r in results)
    print(f"\nfaults survived / total: {survived} / {len(results)}  (each through "
          f"{'CLI redact, batch --jobs 2 and the app worker/window' if not args.no_app else 'CLI redact and batch'})")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0 if survived == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
