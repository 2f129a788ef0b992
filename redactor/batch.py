"""Batch: redact many files with one process per core; one bad file never stops the rest."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .config import Config, data_dir
from .errors import DetectorError, ExitCode, RedactorError, exit_code_of
from .findings import COVERED, FAILED, NEEDS_REVIEW, NOTHING_FOUND
from .export import export_format_for, write_atomic
from .load import sniff_lossy
from .mask import printable
from .messages import report_note

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".jpe", ".webp", ".bmp", ".gif", ".tif", ".tiff", ".heic", ".heif",
                  ".avif", ".mpo", ".ppm", ".pgm", ".pbm", ".psd", ".jfif"}
PDF_SUFFIX = ".pdf"  # read by PDFium only; redacted into a PDF


# Our own outputs beside their inputs: NAME.redacted.png, NAME.redacted (2).png
_REDACTED_NAME = re.compile(r"\.redacted(?: \(\d+\))?\.")


@dataclass
class FileReport:
    """One file of a batch.  `ok`: a copy was written; `status`: the verdict on it (`findings.outcome_of`),
    "needs_review" for a copy written but better not posted."""

    input: str
    output: str | None = None
    ok: bool = False
    status: str = FAILED
    error: str | None = None        # the English message
    error_code: str = ""            # its code (README: "Errors"), for scripts and for translating the message
    error_params: dict[str, str] = field(default_factory=dict)
    categories: dict[str, int] = field(default_factory=dict)
    previews: list[str] = field(default_factory=list)
    verdict: str = "none"
    metadata_removed: list[str] = field(default_factory=list)
    seconds: float = 0.0
    verified: str = ""              # "" not checked, "clean", or "N still readable" (--verify)
    still_readable: list[str] = field(default_factory=list)  # masked previews of what the check read
    verify_seconds: float = 0.0


def collect_inputs(paths: Iterable[Path], recursive: bool = False) -> list[tuple[Path, Path]]:
    """(file, folder it was found under) for every image below the given files and folders."""
    found: list[tuple[Path, Path]] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            pattern = "**/*" if recursive else "*"
            for child in sorted(path.glob(pattern)):
                if (child.is_file() and child.suffix.lower() in IMAGE_SUFFIXES | {PDF_SUFFIX}
                        and not _REDACTED_NAME.search(child.name)):
                    found.append((child, path))
        else:
            found.append((path, path.parent))
    return found


def plan_outputs(inputs: list[tuple[Path, Path]], out_dir: Path | None,
                 fmt: str | None = None) -> list[tuple[Path, Path]]:
    """Output path for each input: OUT/NAME.EXT (keeping sub-folders), or NAME.redacted.EXT beside it.

    `fmt` None: each file's own default (a photo stays a JPEG, a screenshot a PNG; see `export_format_for`).
    """
    # Never write over an input (an output folder inside the tree being read: `batch tree -o tree/sub
    # --recursive`), over another planned output, or over a file already there (an earlier batch's).
    taken: set[Path] = {_real(src) for src, _ in inputs}
    plan = []
    for src, root in inputs:
        if src.suffix.lower() == PDF_SUFFIX:  # a PDF comes out as a PDF
            ext = "pdf"
        else:
            ext = ("jpg" if fmt in ("jpg", "jpeg") else fmt) if fmt else export_format_for(sniff_lossy(src))
        if out_dir is None or Path(out_dir).resolve() == src.parent.resolve():
            target = src.with_name(f"{src.stem}.redacted.{ext}")
            if _real(target) in taken:  # a.png and a.jpg side by side
                target = src.with_name(f"{src.name}.redacted.{ext}")
        else:
            relative = src.relative_to(root) if src.is_relative_to(root) else Path(src.name)
            target = Path(out_dir) / relative.parent / f"{relative.stem}.{ext}"
            if _real(target) in taken:
                target = target.with_name(f"{relative.name}.{ext}")
        target = _unused(target, taken)
        taken.add(_real(target))
        plan.append((src, target))
    return plan


def _real(path: Path) -> Path:
    """One spelling per file: through links, `..` and, on case-insensitive systems, case."""
    return Path(os.path.normcase(Path(path).resolve()))


def _unused(target: Path, taken: set[Path]) -> Path:
    """`target`, or `NAME (2).EXT`, `NAME (3).EXT`... when it is an input, planned, or already exists."""
    candidate, n = target, 1
    while _real(candidate) in taken or os.path.lexists(candidate):
        n += 1
        candidate = target.with_name(f"{target.stem} ({n}){target.suffix}")
    return candidate


def start_order(plan: list[tuple[Path, Path]], jobs: int) -> list[int]:
    """Indices of `plan` in the order `run_batch` starts them.

    Side by side, the largest files go first: a big file started last would keep one core
    busy while the others idle.
    """
    if jobs <= 1:
        return list(range(len(plan)))
    return sorted(range(len(plan)), key=lambda i: -_file_size(plan[i][0]))


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _pool_context():  # noqa: ANN202 - a multiprocessing context
    """Workers start from a fresh interpreter, never as a fork of this process.

    A fork copies this process as it is, with only the thread that forked: a lock held at that moment
    by another thread (Qt's, the app's analysis reader, a test runner's, OpenCV's) stays held for ever
    in the child, which then hangs on its first import or log line. The fork server is a small process
    started without threads, which imports only the program's main script; workers are forked from it
    on Linux. Elsewhere they are spawned, as Python does by default there (on macOS a fork of a process
    that loaded the system's frameworks may crash)."""
    import multiprocessing

    return multiprocessing.get_context("forkserver" if sys.platform.startswith("linux") else "spawn")


def _start_worker() -> None:
    """A pool worker has one core of its own: OpenCV's threads (one per core by default, used by the
    face network) would only take the other workers' cores, and the time spent switching between them.
    Safe here because no worker is a fork of a process whose OpenCV threads had started (`_pool_context`)."""
    from .heap import share_one_heap

    share_one_heap()
    import cv2

    cv2.setNumThreads(1)


def _work(src: str, dst: str, config: Config, style: str | None, fmt: str | None, verify: bool = False) -> FileReport:
    from .pipeline import redact_file

    report = FileReport(input=src)
    start = time.perf_counter()
    try:
        Path(dst).parent.mkdir(parents=True, exist_ok=True)
        # One core per file: the cores are shared out by the worker processes, --jobs N uses N cores.
        result = redact_file(Path(src), Path(dst), config=config, fmt=fmt, style=style, cores=1)
        findings = [f for f in result.analysis.findings if f.enabled]
        report.ok = True
        report.output = str(result.output.path)
        report.categories = dict(Counter(f.category for f in findings))
        report.previews = [f.preview for f in findings]
        report.verdict = result.analysis.verdict.kind
        report.status = result.analysis.outcome
        report.metadata_removed = list(result.analysis.metadata_removed)
        if verify:
            _check(report, result, config)
    except RedactorError as exc:
        _failed(report, exc)
    except MemoryError:
        _failed(report, DetectorError("out_of_memory"))
    except Exception as exc:  # never let one file end the batch; never call it safe either
        _failed(report, DetectorError(f"internal error ({type(exc).__name__}: {exc})"))
    report.seconds = round(time.perf_counter() - start, 3)
    return report


def _failed(report: FileReport, error: RedactorError) -> None:
    report.ok, report.status = False, FAILED
    report.error, report.error_code = str(error), error.code
    report.error_params = {k: str(v) for k, v in error.params.items()}


def exit_code(reports: list[FileReport]) -> ExitCode:
    """The exit code of the first file that failed; FINDINGS when a check read data in an output."""
    failed = [r for r in reports if not r.ok]
    if failed:
        return exit_code_of(failed[0].error_code)
    return ExitCode.FINDINGS if any(r.still_readable for r in reports) else ExitCode.OK


def _check(report: FileReport, result, config: Config) -> None:
    """Read the written output again; a check that cannot run fails the file (never called clean)."""
    from .verify import left_visible_boxes, original_of, verify_file

    try:
        check = verify_file(result.output.path, config, cores=1,
                            left_visible=[left_visible_boxes(result.analysis.findings)],
                            originals=[original_of(result.analysis)])
    except RedactorError as exc:
        _failed(report, DetectorError("check_failed", reason=exc))
        return
    report.verified = check.summary()
    report.still_readable = check.previews()
    if report.still_readable:  # not a safe copy to post, whatever the verdict on the image
        report.status = NEEDS_REVIEW
    report.verify_seconds = round(check.seconds, 3)


def run_batch(plan: list[tuple[Path, Path]], *, config: Config = Config(), style: str | None = None,
              fmt: str | None = None, jobs: int | None = None,
              progress: Callable[[int, int, FileReport], None] | None = None,
              cancelled: Callable[[], bool] | None = None, order: list[int] | None = None,
              verify: bool = False) -> list[FileReport]:
    """Redact every (input, output) of `plan`; `order`: `start_order(plan, jobs)` if the caller has it."""
    jobs = max(1, jobs or os.cpu_count() or 1)
    reports: dict[int, FileReport] = {}
    total = len(plan)
    from .detect.packs import know_categories

    know_categories(config.pattern_dirs)  # named in the reports, though the workers load the packs
    if jobs == 1:
        for i, (src, dst) in enumerate(plan):
            if cancelled and cancelled():
                break
            reports[i] = _work(str(src), str(dst), config, style, fmt, verify)
            if progress:
                progress(len(reports), total, reports[i])
    else:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, mp_context=_pool_context()) as pool:
            pending = {}
            queue = [(i, plan[i]) for i in (start_order(plan, jobs) if order is None else order)]
            while queue or pending:
                while queue and len(pending) < jobs * 2 and not (cancelled and cancelled()):
                    i, (src, dst) = queue.pop(0)
                    pending[pool.submit(_work, str(src), str(dst), config, style, fmt, verify)] = (i, src)
                if cancelled and cancelled():
                    queue.clear()
                if not pending:
                    break
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    i, src = pending.pop(future)
                    try:
                        reports[i] = future.result()
                    except Exception as exc:  # a worker that died (killed, out of memory)
                        reports[i] = FileReport(input=str(src))
                        _failed(reports[i], DetectorError(f"worker failed ({type(exc).__name__})"))
                    if progress:
                        progress(len(reports), total, reports[i])
    return [reports[i] for i in sorted(reports)]


def report_location(plan: list[tuple[Path, Path]], out_dir: Path | None) -> tuple[Path, str]:
    """(folder, file stem) for a batch's reports.

    In the chosen output folder as report.json/.csv; with the copies beside the originals, in the user's
    Redactor folder (`config.data_dir()`/reports, one dated pair per run), never among the user's own pictures.
    """
    beside = out_dir is None or any(Path(dst).parent.resolve() == Path(src).parent.resolve() for src, dst in plan)
    if not beside:
        return Path(out_dir), "report"
    return data_dir() / "reports", time.strftime("batch-%Y%m%d-%H%M%S")


def write_reports(reports: list[FileReport], out_dir: Path, stem: str = "report") -> tuple[Path, Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = {
        "files": len(reports),
        "redacted": sum(r.ok for r in reports),
        # Copies written and safe to post, and copies written of images better not posted at all.
        "safe_copies": sum(r.status in (COVERED, NOTHING_FOUND) for r in reports),
        "needs_review": [{"input": r.input, "verdict": r.verdict} for r in reports if r.status == NEEDS_REVIEW],
        "failed": [{"input": r.input, "error": r.error, "error_code": r.error_code} for r in reports if not r.ok],
        "categories": dict(sum((Counter(r.categories) for r in reports), Counter())),
        "results": [{**asdict(r), "note": report_note(r.status, r.verdict, bool(r.still_readable))} for r in reports],
    }
    json_path = write_atomic(json.dumps(summary, indent=2, ensure_ascii=False).encode("utf-8"),
                             out_dir / f"{stem}.json").path
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["input", "output", "status", "note", "error", "verdict", "findings", "categories", "previews",
                     "metadata_removed", "seconds", "verified", "still_readable", "error_code"])
    for r in reports:
        writer.writerow([printable(r.input), printable(r.output or ""), r.status,
                         report_note(r.status, r.verdict, bool(r.still_readable)),
                         r.error or "", r.verdict,
                         sum(r.categories.values()), "; ".join(f"{k}={v}" for k, v in sorted(r.categories.items())),
                         " | ".join(r.previews), ", ".join(r.metadata_removed), r.seconds, r.verified,
                         " | ".join(r.still_readable), r.error_code])
    csv_path = write_atomic(buffer.getvalue().encode("utf-8"), out_dir / f"{stem}.csv").path
    return json_path, csv_path
