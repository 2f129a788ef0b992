"""Speed benchmark: per-stage times, batch throughput, and a plain Tesseract pass as the floor.

    .venv/bin/python bench/speed.py [--images DIR] [--limit N] [--size 1920x1080]
    .venv/bin/python bench/speed.py --only fresh,peer,memory --peer /tmp/presidio-venv/bin/python --rounds 3

Images: every PNG/JPEG in DIR (default: ../shared/bench/dev beside the checkout, else
screenshots rendered by this script) whose size matches --size (use --size any for all).
Prints one row per image with load / ocr / detect / visual / cover / export seconds, the
median and total, the time of one plain `tesseract IMAGE - -l ind+eng` per image, then batch
throughput for --jobs 1 and --jobs 2 over up to --batch-limit images of any size from DIR (with the CPU
seconds of all their processes on Linux, and the speed-up two fully busy cores would give). The
stages part also gives the extra time of the export check (`--verify`: the output read again)
and PDF seconds per page for a memo with a text layer and a scan (--pdf-pages each; 0 skips).

`--only` picks parts: stages, batch (the default pair), and
  fresh   a fresh `redactor redact` process against one plain single-thread `tesseract IMAGE - -l ind+eng`,
          alternated --rounds times, on each of --dense typical dense 1920x1080 screenshots: spread
          evenly over the denser half of the screenshots (text edges per pixel), named in the output;
          medians per screenshot and over the set (`--dense 0`: every screenshot, the light ones too, for a
          page of typical density);
  peer    `redactor batch --jobs 1` against the peer (Presidio's image redactor, set up with
          ../shared/anchors/README.md; --peer names its Python) on the same 1920x1080 screenshots,
          alternated --rounds times, and the ratio;
  memory  peak resident memory of the largest process of `redactor batch --jobs 2` (a worker);
  app     from a drop to the findings shown, in the real window (Qt offscreen) opened and left to get
          ready as a user's would, per screenshot; beside it load_path + analyse alone, the CPU seconds
          of the window's and the analysis process's part, and a fresh app's first drop made at once.
Timing is shared with whatever else runs: the load average is printed beside every figure.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from redactor.testing import isolate_user_settings, redactor_command

ROOT = Path(__file__).resolve().parents[1]
# The shared benchmark folder beside the checkout (or beside the folder of worktrees holding it).
SHARED = next((base / "shared" for base in ROOT.parents if (base / "shared" / "bench").is_dir()),
              ROOT.parent / "shared")


def pick_images(folder: Path | None, size: str, limit: int) -> list[Path]:
    from PIL import Image

    if folder is None:
        candidate = SHARED / "bench" / "dev"
        folder = candidate if candidate.is_dir() else None
    if folder is None:
        return _rendered(limit)
    wanted = None if size == "any" else tuple(int(v) for v in size.lower().split("x"))
    picked = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".png", ".jpg", ".jpeg") or ".labels." in path.name:
            continue
        with Image.open(path) as im:
            if wanted is None or im.size == wanted:
                picked.append(path)
    return picked[:limit]


_RENDERED: list[Path] = []


def _rendered(count: int) -> list[Path]:
    """Rendered screenshots, made once for the stage timings and the batch runs alike."""
    if len(_RENDERED) < count:
        _RENDERED[:] = render_screenshots(count)
    return _RENDERED[:count]


def render_screenshots(count: int) -> list[Path]:
    from PIL import Image, ImageDraw, ImageFont

    out = Path(tempfile.mkdtemp(prefix="redactor-speed-"))
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 14)
    paths = []
    for i in range(count):
        im = Image.new("RGB", (1920, 1080), (246, 247, 249))
        d = ImageDraw.Draw(im)
        for row in range(40):
            y = 40 + row * 25
            d.text((40, y), f"{row + 1}  Pegawai Contoh {i}-{row}", font=font, fill=(30, 30, 30))
            d.text((420, y), f"19850717201001{(row % 2) + 1}{row:03d}", font=font, fill=(30, 30, 30))
            d.text((700, y), f"0812-{3000 + row}-{4000 + i}", font=font, fill=(30, 30, 30))
            d.text((950, y), f"Jl. Contoh No. {row}, Bandung", font=font, fill=(30, 30, 30))
        path = out / f"shot_{i:02d}.png"
        im.save(path)
        paths.append(path)
    return paths


def stage_times(paths: list[Path]) -> list[dict[str, float]]:
    from redactor.config import Config
    from redactor.pipeline import redact_file
    from redactor.verify import verify_file

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths:
            start = time.perf_counter()
            result = redact_file(path, Path(tmp) / (path.stem + ".png"), config=Config())
            timings = dict(result.analysis.timings)
            timings["total"] = time.perf_counter() - start
            timings["findings"] = len(result.analysis.findings)
            check = verify_file(result.output.path, Config())
            timings["verify"] = check.seconds
            timings["readable"] = len(check.still_readable)
            rows.append(timings)
            print(f"{path.name:32} " + "  ".join(f"{k} {timings.get(k, 0):6.2f}" for k in
                                                 ("load", "ocr", "detect", "visual", "cover", "export", "total",
                                                  "verify"))
                  + f"  findings {timings['findings']}  still readable {timings['readable']}", flush=True)
    return rows


def pdf_seconds_per_page(pages: int) -> dict[str, float]:
    """Seconds per page of `redact_pdf` on a memo with a text layer and on a scan, both made here."""
    from PIL import Image, ImageDraw, ImageFont

    from redactor.config import Config
    from redactor.pdf import RENDER_DPI, redact_pdf

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 28)
    scans = []
    for n in range(pages):
        page = Image.new("RGB", (1654, 2339), "white")
        draw = ImageDraw.Draw(page)
        for row in range(30):
            draw.text((150, 200 + row * 64), f"{row + 1}. Pegawai Contoh {n}-{row}  NIP 19850717201001{row % 2 + 1}"
                      f"{row:03d}  Telp 0812-{3000 + row}-{4000 + n}", font=font, fill=(20, 20, 20))
        scans.append(page)
    results = {}
    with tempfile.TemporaryDirectory(prefix="redactor-speed-pdf-") as tmp:
        scan = Path(tmp) / "scan.pdf"
        scans[0].save(scan, "PDF", save_all=True, append_images=scans[1:], resolution=float(RENDER_DPI))
        inputs = {"scanned (OCR)": scan}
        try:
            from reportlab.pdfgen import canvas
        except ImportError:
            print("(reportlab not installed: the text-layer PDF is skipped; pip install -e '.[test]')")
        else:
            memo = Path(tmp) / "memo.pdf"
            c = canvas.Canvas(str(memo), pagesize=(595.2756, 841.8898))
            for n in range(pages):
                c.setFont("Helvetica", 10)
                for row in range(30):
                    c.drawString(54, 780 - row * 23, f"{row + 1}. Pegawai Contoh {n}-{row}  NIP 19850717201001"
                                 f"{row % 2 + 1}{row:03d}  Telp 0812-{3000 + row}-{4000 + n}")
                c.showPage()
            c.save()
            inputs = {"text layer": memo, **inputs}
        for kind, path in inputs.items():
            result = redact_pdf(path, Path(tmp) / f"{path.stem}.redacted.pdf", config=Config())
            results[kind] = result.seconds_per_page
            print(f"PDF, {kind}: {pages} pages, {result.seconds_per_page:.2f} s per page, "
                  f"{len(result.analysis.findings)} findings", flush=True)
    return results


def batch_seconds(paths: list[Path], jobs: int) -> float:
    return batch_run(paths, jobs)[0]


def batch_run(paths: list[Path], jobs: int) -> tuple[float, float | None]:
    """Wall seconds of `redactor batch --jobs N` over `paths`, and the CPU seconds (user + system) of every
    process it ran (None where they cannot be counted)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for p in paths:
            shutil.copy(p, src / p.name)
        wall = []

        def run() -> None:
            start = time.perf_counter()
            subprocess.run([*redactor_command(), "batch", str(src), "-o", str(Path(tmp) / "out"), "--jobs", str(jobs)],
                           check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wall.append(time.perf_counter() - start)

        cpu = tree_cpu_seconds(run)
        return wall[0], cpu


_PR_SET_CHILD_SUBREAPER = 36


def _our_children() -> set[int]:
    found: set[int] = set()
    for task in os.listdir("/proc/self/task"):
        try:
            found |= {int(pid) for pid in Path(f"/proc/self/task/{task}/children").read_text().split()}
        except OSError:
            pass
    return found


def tree_cpu_seconds(run) -> float | None:  # noqa: ANN001 - a callable that runs child processes and waits for them
    """CPU seconds of the processes `run()` starts and of theirs (Linux; None elsewhere).

    A batch's workers are children of the pool's fork server, which outlives the batch's own process for a moment:
    this process takes such orphans in (a child subreaper) and waits for them, so that their time and their
    workers' is counted with the rest. Wall time on a shared machine is noisy; CPU time says what the work cost."""
    if not sys.platform.startswith("linux"):
        run()
        return None
    import ctypes
    import resource

    try:
        adopted = ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        adopted = False
    if not adopted:
        run()
        return None
    before, known = resource.getrusage(resource.RUSAGE_CHILDREN), _our_children()
    run()
    end = time.monotonic() + 30
    while time.monotonic() < end and (orphans := _our_children() - known):
        for pid in orphans:
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
        time.sleep(0.05)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def tesseract_floor(paths: list[Path]) -> list[float]:
    times = []
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    for p in paths:
        start = time.perf_counter()
        subprocess.run(["tesseract", str(p), "-", "-l", "ind+eng"], env=env, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def load() -> str:
    return "load %.1f" % os.getloadavg()[0]


def screenshots(limit: int) -> list[Path]:
    """1920x1080 screenshots from the browser and the drawn benchmark sets."""
    found: list[Path] = []
    for name in ("dev_browser", "dev"):
        folder = SHARED / "bench" / name
        if folder.is_dir():
            found += pick_images(folder, "1920x1080", limit)
    return found[:limit] or _rendered(limit)


def ink_edges(path: Path) -> float:
    """Share of pixels at a strong horizontal edge: stands in for how much text a screenshot holds."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(Image.open(path).convert("L"), dtype=np.int16)
    return float((np.abs(np.diff(grey, axis=1)) > 40).mean())


def dense_set(paths: list[Path], count: int) -> list[Path]:
    """`count` screenshots spread evenly over the denser half of `paths`, densest first: typical dense
    pages, not only the single densest one."""
    ranked = sorted(paths, key=ink_edges, reverse=True)
    half = ranked[:max(1, (len(ranked) + 1) // 2)]
    if count >= len(half):
        return half
    if count == 1:
        return half[:1]
    return [half[round(i * (len(half) - 1) / (count - 1))] for i in range(count)]


def fresh_process(paths: list[Path], rounds: int) -> None:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    ours: dict[Path, list[float]] = {p: [] for p in paths}
    plain: dict[Path, list[float]] = {p: [] for p in paths}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(rounds):
            for path in paths:
                start = time.perf_counter()
                subprocess.run(redactor_command() + ["redact", str(path), "-o", str(Path(tmp) / "out.png")],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                ours[path].append(time.perf_counter() - start)
                start = time.perf_counter()
                subprocess.run(["tesseract", str(path), "-", "-l", "ind+eng"], env=env, check=False,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                plain[path].append(time.perf_counter() - start)
                print(f"  {path.name:28} fresh redact {ours[path][-1]:.2f} s, plain tesseract {plain[path][-1]:.2f} s "
                      f"({load()})", flush=True)
    for path in paths:
        mine, floor = statistics.median(ours[path]), statistics.median(plain[path])
        print(f"fresh `redactor redact` on {path.name}: median {mine:.2f} s; plain single-thread tesseract "
              f"-l ind+eng: median {floor:.2f} s; ratio {mine / floor:.2f}")
    mine = statistics.median(statistics.median(v) for v in ours.values())
    floor = statistics.median(statistics.median(v) for v in plain.values())
    print(f"fresh `redactor redact` over {len(paths)} screenshots ({', '.join(p.name for p in paths)}): "
          f"median of medians {mine:.2f} s; plain tesseract {floor:.2f} s; ratio {mine / floor:.2f} ({load()})")


def peer_seconds(peer_python: str, folder: Path, out: Path) -> float:
    script = SHARED / "anchors" / "run_presidio.py"
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    start = time.perf_counter()
    subprocess.run([peer_python, str(script), str(folder), str(out), "--tess-threads", "1"], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def peer_comparison(paths: list[Path], peer_python: str, rounds: int) -> None:
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for p in paths:
            shutil.copy(p, src / p.name)
        for r in range(rounds):
            ours = batch_seconds(paths, 1)
            peer = peer_seconds(peer_python, src, Path(tmp) / f"peer{r}")
            ratios.append(ours / peer)
            print(f"  redactor batch --jobs 1: {ours:.1f} s; peer: {peer:.1f} s; ratio {ours / peer:.2f} "
                  f"({load()})", flush=True)
    print(f"{len(paths)} screenshots: redactor / peer median ratio {statistics.median(ratios):.2f} "
          f"over {rounds} rounds ({load()})")


def peak_worker_mb(paths: list[Path]) -> float:
    """Largest resident set of any process under `redactor batch --jobs 2` (the workers).  The workers
    start from a fork server, so they are no children the batch waits for and `RUSAGE_CHILDREN` never
    sees them: every process below the batch is polled for its high-water mark (`VmHWM`) instead."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for p in paths:
            shutil.copy(p, src / p.name)
        batch = subprocess.Popen([*redactor_command(), "batch", str(src), "-o", str(Path(tmp) / "out"),
                                  "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peak_kb = 0
        while batch.poll() is None:
            for pid in [batch.pid, *_descendants(batch.pid)]:
                peak_kb = max(peak_kb, _high_water_kb(pid))
            time.sleep(0.1)
        if batch.returncode != 0:
            raise SystemExit(f"redactor batch failed with exit code {batch.returncode}")
    return peak_kb / 1024


def _descendants(root: int) -> list[int]:
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # the process ended while the table was read
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [], [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


def _high_water_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def app_seconds(paths: list[Path]) -> None:
    """Drop to findings in the real window (Qt offscreen): open_path until `analysis_finished`, per screenshot,
    beside `load_path` + `analyse` alone in this process (what the window adds is the difference), with the
    CPU seconds the drop took in the window's process and in its analysis process. Then the first drop of a
    fresh app, made as soon as its window is shown."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from redactor.config import Config
    from redactor.load import load_path
    from redactor.pipeline import analyse, warm_up
    from redactor.ui import language as i18n
    from redactor.ui.analysis_process import shared as shared_analysis
    from redactor.ui.app import make_app
    from redactor.ui.review import MainWindow
    from redactor.ui.settings import Settings

    warm_up(Config())  # for the runs alone, before the window's own process starts
    app = make_app()
    i18n.install("en")
    with tempfile.TemporaryDirectory(prefix="redactor-speed-app-") as tmp:
        settings = Settings(Path(tmp) / "ui.ini", config_path=Path(tmp) / "config.toml")
        window = MainWindow(settings)
        window.ask_before_discarding = False
        window.resize(1400, 900)
        window.show()

        def wait_for(signal, seconds: float = 120.0) -> None:
            loop = QEventLoop()
            signal.connect(loop.quit)
            QTimer.singleShot(int(seconds * 1000), loop.quit)
            loop.exec()
            signal.disconnect(loop.quit)

        # The window gets ready when it opens (OCR checked, models warmed): give it the time a user would.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not window_ready(window, settings):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        times, alone, cpu = [], [], []
        for path in paths:
            worker_cpu = process_cpu(shared_analysis().pid)
            start, start_cpu = time.perf_counter(), time.process_time()
            window.open_path(str(path))
            wait_for(window.analysis_finished)
            times.append(time.perf_counter() - start)
            cpu.append((time.process_time() - start_cpu, process_cpu(shared_analysis().pid) - worker_cpu))
            wait_for(window.preview_ready, 10)  # the covered picture follows; let it land before the next drop
            start = time.perf_counter()
            analyse(load_path(path), Config())
            alone.append(time.perf_counter() - start)
            print(f"  {path.name:32} drop to findings {times[-1]:.2f} s (CPU: window {cpu[-1][0]:.2f} s, analysis "
                  f"{cpu[-1][1]:.2f} s); load_path + analyse alone {alone[-1]:.2f} s ({load()})", flush=True)
        # A hand dragging a file from a file manager passes over the window before it lets go: the window
        # starts on the file as it enters. The time from the drop, with the file over the window 0.3 s first.
        dragged = []
        for path in paths:
            drag_over(window, path)
            settle = time.monotonic() + 0.3
            while time.monotonic() < settle:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            start = time.perf_counter()
            drag_over(window, path, drop=True)
            wait_for(window.analysis_finished)
            dragged.append(time.perf_counter() - start)
            wait_for(window.preview_ready, 10)
        window.close()
    print(f"app, drop to findings: median {statistics.median(times):.2f} s (first drop {times[0]:.2f} s; "
          f"load_path + analyse alone: median {statistics.median(alone):.2f} s) over {len(times)} screenshots "
          f"({load()})")
    print(f"app, CPU per drop: window median {statistics.median(c[0] for c in cpu):.2f} s, analysis process "
          f"median {statistics.median(c[1] for c in cpu):.2f} s")
    print(f"app, drop to findings with the file dragged over the window 0.3 s before the drop: median "
          f"{statistics.median(dragged):.2f} s ({load()})")
    firsts = [first_drop_of_a_fresh_app(paths[0]) for _ in range(3)]
    print(f"app, a fresh app's first drop, made as its window shows ({paths[0].name}): median "
          f"{statistics.median(firsts):.2f} s over {len(firsts)} starts ({load()})")


def drag_over(window, path: Path, drop: bool = False) -> None:  # noqa: ANN001
    """The events Qt delivers when a file manager's drag enters the window (and is dropped on it)."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = window.rect().center()
    if drop:
        event = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
    else:
        event = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)


def process_cpu(pid: int | None) -> float:
    """CPU seconds (user + system) a process has used so far; Linux only, 0.0 elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


_FIRST_DROP = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from redactor.ui import language as i18n
from redactor.ui.analysis_process import shared
from redactor.ui.app import make_app
from redactor.ui.review import MainWindow
from redactor.ui.settings import Settings

def main():
    app = make_app()
    settings = Settings(Path(sys.argv[2]) / "ui.ini", config_path=Path(sys.argv[2]) / "config.toml")
    shared().start(settings.engine_config())  # as redactor.ui.app.main does, before the window
    i18n.install("en")
    window = MainWindow(settings)
    window.show()
    app.processEvents()
    start = time.perf_counter()
    window.open_path(sys.argv[1])
    loop = QEventLoop()
    window.analysis_finished.connect(loop.quit)
    QTimer.singleShot(120000, loop.quit)
    loop.exec()
    print(time.perf_counter() - start)
    shared().close()

if __name__ == "__main__":
    main()
"""


def first_drop_of_a_fresh_app(path: Path) -> float:
    """A user starts the app and drops an image on it at once: seconds from the drop to the findings."""
    with tempfile.TemporaryDirectory(prefix="redactor-speed-first-") as tmp:
        script = Path(tmp) / "first_drop.py"
        script.write_text(_FIRST_DROP)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run([sys.executable, str(script), str(path), tmp], capture_output=True, text=True,
                             check=True, env=env)
    return float(out.stdout.split()[-1])


def window_ready(window, settings) -> bool:  # noqa: ANN001
    """The window's start-up check of the OCR has finished, with its model warm-up. (The window asks for the
    check once its event loop runs: until then nothing is pending, and it is asked here in its place.)"""
    from redactor.ui.analysis_process import shared
    from redactor.ui.worker import busy

    return shared().start(settings.engine_config()).done() and not busy()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--images", type=Path)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--limit", type=int, default=12)
    parser.add_argument("--batch-limit", type=int, default=48,
                        help="images of any size for the batch runs (a few files would measure start-up and the "
                             "last straggler rather than throughput)")
    parser.add_argument("--only", default="stages,batch", help="parts: stages,batch,fresh,peer,memory,app")
    parser.add_argument("--peer", default="/tmp/presidio-venv/bin/python", help="the peer's Python")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dense", type=int, default=4,
                        help="dense screenshots for the fresh-process part (0: every screenshot, dense or light)")
    parser.add_argument("--pdf-pages", type=int, default=3, help="pages of each test PDF (0: no PDF timing)")
    args = parser.parse_args()
    isolate_user_settings()  # a user's own settings must not change a benchmark
    parts = set(args.only.split(","))
    if parts & {"fresh", "peer", "memory", "app"}:
        shots = screenshots(args.limit)
        print(f"{len(shots)} screenshots, {os.cpu_count()} cores, {load()}\n")
        if "fresh" in parts:
            fresh_process(dense_set(shots, args.dense) if args.dense else shots, args.rounds)
        if "peer" in parts:
            peer_comparison(shots, args.peer, args.rounds)
        if "app" in parts:
            app_seconds(shots)
        if "memory" in parts:
            print(f"peak memory of the largest batch process (--jobs 2): {peak_worker_mb(shots):.0f} MB")
    if not parts & {"stages", "batch"}:
        return 0
    if args.images is None and not (SHARED / "bench" / "dev").is_dir():
        _rendered(max(args.limit, args.batch_limit))  # one set, sliced for both parts
    paths = pick_images(args.images, args.size, args.limit)
    if not paths:
        print("no images matched", file=sys.stderr)
        return 2
    print(f"{len(paths)} images, {os.cpu_count()} cores\n")
    if "stages" not in parts:
        return _batch(args, paths)
    rows = stage_times(paths)
    totals = [r["total"] for r in rows]
    print(f"\nper image: median {statistics.median(totals):.2f} s, mean {statistics.mean(totals):.2f} s, "
          f"max {max(totals):.2f} s")
    for stage in ("load", "ocr", "detect", "visual", "cover", "export"):
        values = [r.get(stage, 0.0) for r in rows]
        print(f"  {stage:7} median {statistics.median(values):.3f} s")
    checks = [r["verify"] for r in rows]
    print(f"export check (--verify, extra per image): median {statistics.median(checks):.2f} s, "
          f"max {max(checks):.2f} s; outputs with data still readable: {sum(r['readable'] > 0 for r in rows)}"
          f" of {len(rows)}")
    if args.pdf_pages:
        pdf_seconds_per_page(args.pdf_pages)
    floor = tesseract_floor(paths)
    print(f"plain tesseract (one thread, no preprocessing): median {statistics.median(floor):.2f} s")
    return _batch(args, paths) if "batch" in parts else 0


def _batch(args, paths: list[Path]) -> int:
    batch = pick_images(args.images, "any", args.batch_limit) if args.batch_limit else paths
    one, one_cpu = batch_run(batch, 1)
    two, two_cpu = batch_run(batch, 2)

    def cpu(wall: float, seconds: float | None) -> str:
        return "" if seconds is None else f", CPU {seconds:.1f} s ({seconds / wall:.2f} cores)"

    print(f"batch of {len(batch)} images, --jobs 1: {one:.1f} s ({len(batch) / one:.2f} images/s){cpu(one, one_cpu)}")
    print(f"batch of {len(batch)} images, --jobs 2: {two:.1f} s ({len(batch) / two:.2f} images/s){cpu(two, two_cpu)}  "
          f"speed-up {one / two:.2f}x ({load()})")
    if two_cpu is not None:
        # --jobs 1 already keeps part of the second core busy (OpenCV's threads): what two cores could do at best.
        print(f"--jobs 2 with both cores busy all the time would take {two_cpu / 2:.1f} s: speed-up at most "
              f"{one / (two_cpu / 2):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
