"""Command line: `redactor redact|scan|batch|strip|watermark|guard|gui|integrate`.

Exit codes: 0 done, 1 findings (scan, --verify), 2 usage, 3 and up an error of its kind (`ExitCode`,
README "Errors"); with several files, the first file's error.  Only masked previews are ever printed.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import __version__
from .config import STYLES, Config, cores_for_one_image, load_config
from .cli_args import dash_files_as_paths, translate_argparse
from .errors import ExitCode, RedactorError
from .findings import NEEDS_REVIEW
from .i18n import _
from .mask import printable
from .messages import batch_summary, batch_table, category_name, describe, error_text, metadata_line, status_text
from .messages import verdict_text

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = ExitCode.OK, ExitCode.FINDINGS, ExitCode.USAGE


def _say(*parts: str, err: bool = False) -> None:
    stream = sys.stderr if err else sys.stdout
    print(*(printable(p) for p in parts), file=stream, flush=True)


def _fail(path: object, message: str) -> None:
    _say(f"redactor: {path}: {message}", err=True)


def _failed(status: int, error: RedactorError, path: object) -> int:
    """Say what went wrong; the run exits with the first error's code (an error outranks findings)."""
    _fail(path, describe(error))
    return error.exit_code if status in (EXIT_OK, EXIT_FINDINGS) else status


def _settings(args) -> Config:
    config = _own_settings(args)
    from .detect.packs import know_categories

    know_categories(config.pattern_dirs)  # the packs' own categories are named in what is printed
    return config


def _own_settings(args) -> Config:
    """The settings file with this command's options applied (no pattern pack read yet)."""
    config = load_config(Path(args.config) if getattr(args, "config", None) else None)
    changes = {}
    if getattr(args, "style", None):
        changes["style"] = args.style
    if getattr(args, "no_visual", False):
        changes["visual"] = False
    if getattr(args, "patterns", None):
        changes["pattern_dirs"] = tuple(config.pattern_dirs) + tuple(Path(p) for p in args.patterns)
    if getattr(args, "term", None):
        changes["own_terms"] = tuple(config.own_terms) + tuple(args.term)
    if getattr(args, "off", None):
        changes["disabled_categories"] = frozenset(config.disabled_categories) | set(args.off)
    return config.with_changes(**changes) if changes else config


def cmd_redact(args) -> int:
    if getattr(args, "gather", False):
        from .gather import redact_gathered

        return redact_gathered(args, _redact_files)
    return _redact_files(args, args.files, set())


def _redact_files(args, files, used: set[Path]) -> int:
    _start_loading_ocr(_own_settings(args))
    from .export import redacted_name
    from .pipeline import redact_file  # here, not at the top: `redactor gui` and `integrate` start without it

    config = _settings(args)
    status = EXIT_OK
    summaries = []
    for name in files:
        path = Path(name)
        several = len(args.files) > 1 or getattr(args, "gather", False)  # gathered launches share one folder
        out = redacted_name(path, args.output, several=several, fmt=args.format, used=used)
        try:
            result = redact_file(path, out, config=config, fmt=args.format, style=args.style)
        except RedactorError as exc:
            status = _failed(status, exc, path)
            continue
        findings = [f for f in result.analysis.findings if f.enabled]
        for f in findings:
            _say(_("{file}: covered {preview}").format(file=path, preview=f.preview))
        _say(_("{file}: wrote {output} ({count} covered; metadata removed: {metadata})").format(
            file=path, output=result.output.path, count=len(findings),
            metadata=metadata_line(result.analysis.metadata_removed)))
        if result.analysis.outcome == NEEDS_REVIEW:
            _say(f"{path}: {status_text(NEEDS_REVIEW)}: {verdict_text(result.analysis.verdict.kind)}")
        if args.verify and not _report_check(path, result, config):
            status = status if status > EXIT_FINDINGS else EXIT_FINDINGS
        summaries.append((path, findings))
    if getattr(args, "notify", False):
        from .notify import notify_summary

        notify_summary(summaries, failed=status > EXIT_FINDINGS)
    return status


def _start_loading_ocr(config: Config) -> None:
    """Start loading the OCR models of every core before the detectors are imported: a fresh process
    (the right-click "Redact automatically") would otherwise load them after its imports, one after
    the other, instead of beside them on the core the imports leave free."""
    from .ocr import get_engine

    try:
        get_engine(config.lang, config.tesseract_cmd, config.ocr_timeout, config.tessdata).warm(cores_for_one_image())
    except RedactorError:
        pass  # said for each file, with its name, when the file is read


def _report_check(path: Path, result, config: Config) -> bool:
    """Read the written output again and say what is still readable; True when nothing is."""
    from .verify import left_visible_boxes, original_of, verify_file

    try:
        check = verify_file(result.output.path, config,
                            left_visible=[left_visible_boxes(result.analysis.findings)],
                            originals=[original_of(result.analysis)])
    except RedactorError as exc:
        _fail(path, error_text("check_failed", {"reason": describe(exc)}, str(exc)))
        return False
    if check.clean:
        _say(_("{file}: checked: no data still readable ({seconds:.1f} s)").format(file=path, seconds=check.seconds))
        return True
    for preview in check.previews():
        _say(_("{file}: warning: still readable in the output: {preview}").format(file=path, preview=preview))
    return False


def cmd_scan(args) -> int:
    from .load import load_path
    from .pipeline import analyse

    config = _settings(args)
    status = EXIT_OK
    results = []
    for name in args.files:
        path = Path(name)
        try:
            analysis = analyse(load_path(path), config)
        except RedactorError as exc:
            status = _failed(status, exc, path)
            results.append({"file": str(path), "status": "failed", "error": exc.to_dict()})
            continue
        findings = [f for f in analysis.findings if f.enabled]
        # The file as it is would also give away where it was taken.
        location = "gps" in analysis.metadata_removed
        if (findings or location) and status == EXIT_OK:
            status = EXIT_FINDINGS
        results.append({
            "file": str(path),
            "status": analysis.outcome,
            "verdict": analysis.verdict.kind,
            "verdict_reasons": list(analysis.verdict.reasons),
            "metadata": list(analysis.metadata_removed),
            "findings": [f.to_dict() for f in findings],
        })
        if not args.json:
            for f in findings:
                _say(f"{path}: {f.preview} ({category_name(f.category)}, {f.score:.2f})")
            if analysis.outcome == NEEDS_REVIEW:
                _say(f"{path}: {status_text(NEEDS_REVIEW)}: {verdict_text(analysis.verdict.kind)}")
            if analysis.metadata_removed:
                _say(_("{file}: metadata: {metadata}").format(file=path,
                                                             metadata=metadata_line(analysis.metadata_removed)))
            if location:
                _say(_("{file}: the file carries its GPS location (redact or strip removes it)").format(file=path))
            if not findings and not location:
                _say(_("{file}: nothing sensitive found").format(file=path))
    if args.json:  # JSON escapes control characters itself; its newlines are layout
        print(json.dumps(results, indent=2, ensure_ascii=False), flush=True)
    return status


def cmd_batch(args) -> int:
    from .batch import collect_inputs, exit_code, plan_outputs, report_location, run_batch, write_reports

    config = _settings(args)
    source = Path(args.folder)
    if not source.exists():
        _fail(source, _("no such file or folder"))
        return ExitCode.INPUT_UNREADABLE
    out_dir = Path(args.output) if args.output else None  # None: beside each original, as `redact` does
    plan = plan_outputs(collect_inputs([source], recursive=args.recursive), out_dir, args.format)
    if not plan:
        deeper = not args.recursive and source.is_dir() and collect_inputs([source], recursive=True)
        _fail(source, _("no images found; the images in its sub-folders are included with --recursive")
              if deeper else _("no images found"))
        return ExitCode.INPUT_UNREADABLE
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int, report) -> None:
        if interactive:
            filled = int(30 * done / total)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total} "
                             f"{printable(Path(report.input).name[:30]):30}")
            sys.stderr.flush()
        elif not report.ok:
            _fail(report.input, error_text(report.error_code, report.error_params, report.error or ""))

    reports = run_batch(plan, config=config, style=args.style, fmt=args.format, jobs=args.jobs, progress=progress,
                        verify=args.verify)
    if interactive:
        sys.stderr.write("\n")
        for r in reports:
            if not r.ok:
                _fail(r.input, error_text(r.error_code, r.error_params, r.error or ""))
    json_path, csv_path = write_reports(reports, *report_location(plan, out_dir))
    for line in batch_table(reports):
        _say(line)
    for r in reports:
        for preview in r.still_readable if r.ok else ():
            _say(_("{file}: warning: still readable in the output: {preview}").format(file=r.input, preview=preview))
    _say(batch_summary(reports, out_dir))
    _say(_("reports: {csv}, {json}").format(csv=csv_path, json=json_path.name))
    return exit_code(reports)


def cmd_strip(args) -> int:
    from .pipeline import strip_file

    status = EXIT_OK
    for name in args.files:
        path = Path(name)
        out = Path(args.output) if args.output and len(args.files) == 1 else None
        try:
            result = strip_file(path, out, fmt=args.format)
        except RedactorError as exc:
            status = _failed(status, exc, path)
            continue
        _say(_("{file}: wrote {output} (metadata removed: {metadata})").format(
            file=path, output=result.output.path, metadata=metadata_line(result.analysis.metadata_removed)))
    return status


def cmd_watermark(args) -> int:
    from .categories import known as known_categories
    from .watermark import COVER_COMPANIONS, watermark_file

    cover = {c.strip() for group in (args.cover or []) for item in group for c in item.split(",") if c.strip()}
    known = set(known_categories()) | set(COVER_COMPANIONS)
    unknown = sorted(cover - known)
    if unknown:
        _fail(", ".join(unknown), _("unknown category (choose from {categories})").format(
            categories=", ".join(sorted(known))))
        return EXIT_USAGE
    if not args.purpose.strip():
        _fail("--purpose", _("the purpose text is empty"))
        return EXIT_USAGE
    config = _settings(args)
    path = Path(args.file)
    try:
        result = watermark_file(path, args.output, purpose=args.purpose, cover=cover,
                                config=config, fmt=args.format, add_date=not args.no_date)
    except RedactorError as exc:
        return _failed(EXIT_OK, exc, path)
    for f in result.covered:
        _say(_("{file}: covered {preview}").format(file=path, preview=f.preview))
    _say(_("{file}: wrote {output} (watermark: {text}; {count} covered; metadata removed: {metadata})").format(
        file=path, output=result.output.path, text=result.text, count=len(result.covered),
        metadata=metadata_line(result.metadata_removed)))
    return EXIT_OK


def cmd_guard(args) -> int:
    import threading
    import time as _time

    from .guard import ALERT_TEXTS, Guard, WatchFolder, alert_message, default_watch_folders
    from .integrate.common import detect_language, find_launcher

    if args.start_at_login is not None:
        return _set_start_at_login(args.start_at_login == "on")
    if args.folders:
        folders = [WatchFolder(Path(f)) for f in args.folders]
        missing = [f.path for f in folders if not f.path.is_dir()]
        if missing:
            _fail(missing[0], _("no such folder"))
            return ExitCode.INPUT_UNREADABLE
    else:
        folders = default_watch_folders()
        if not folders:
            _fail("guard", _("none of the usual screenshot or download folders exists; name a folder to watch"))
            return EXIT_USAGE
    language = detect_language()
    launcher = find_launcher()

    def alerted(alert) -> None:
        stamp = _time.strftime("%H:%M:%S")
        what = verdict_text(alert.verdict) if alert.verdict != "none" else _("personal data")
        _say(f"{stamp} {alert.path}: {what}: {alert.summary(limit=6)}"
             + ("; " + _("covered copy: {file}").format(file=alert.covered_copy) if alert.covered_copy else ""))
        if not args.no_notify:
            from .notify import notify_clickable

            title, body = alert_message(alert, language)
            notify_clickable(title, body, lambda: launcher.start_review([str(alert.path)]),
                             ALERT_TEXTS[language]["open"])

    def failed(path, message: str) -> None:
        _fail(path or "guard", message)

    config = _settings(args)
    guard = Guard(folders, alerted, config=config, auto=args.auto, on_error=failed,
                  whole_process_priority=True, config_source=_settings_as_they_are_now(args, config))
    try:
        guard.start()
    except RedactorError as exc:
        return _failed(EXIT_OK, exc, "guard")
    except OSError as exc:
        _fail("guard", _("cannot watch the folders ({reason})").format(reason=exc.strerror or exc))
        return ExitCode.INPUT_UNREADABLE
    _say((_("watching {folders} (covered copies on); press Ctrl+C to stop") if args.auto else
          _("watching {folders}; press Ctrl+C to stop")).format(folders=", ".join(str(f.path) for f in folders)))
    stop = threading.Event()
    try:
        while not stop.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        guard.stop()
    return EXIT_OK


def _settings_as_they_are_now(args, start: Config):  # noqa: ANN202 - a function giving a Config
    """The guard's settings for each new image: the settings file as it is then (edited by hand, or by the
    app, while the guard runs), with this command's options on top, as the guard in the app's tray takes them.
    A file that does not read (saved half-way through an edit, a typo) changes nothing until it does; that is
    said once, not for every image."""
    last, said = start, None

    def current() -> Config:
        nonlocal last, said
        try:
            last, said = _settings(args), None
        except RedactorError as exc:
            if said != str(exc):
                said = str(exc)
                _fail("guard", _("{reason}; the settings read before stay until it reads").format(
                    reason=describe(exc)))
        return last

    return current


def _set_start_at_login(on: bool) -> int:
    from .integrate import autostart

    try:
        changed = autostart.enable() if on else autostart.disable()
    except OSError as exc:
        _fail("guard", _("could not change start at login ({reason})").format(reason=exc.strerror or exc))
        return ExitCode.OUTPUT_FAILED
    _say(_("guard starts at login: {entry}").format(entry=changed) if on else _("guard no longer starts at login"))
    return EXIT_OK


def cmd_gui(args) -> int:
    try:
        from .ui.app import main as gui_main
    except ImportError as exc:
        _say(_("redactor: the desktop app is not available ({reason})").format(reason=exc), err=True)
        return EXIT_USAGE
    return gui_main([*args.files, *(["--guard"] if getattr(args, "guard", False) else [])])


def cmd_integrate(args) -> int:
    from .integrate import run

    return run(args, args.integrate_parser)


FORMAT_CHOICES = ["png", "jpg", "webp"]


def build_parser() -> argparse.ArgumentParser:
    translate_argparse()
    parser = argparse.ArgumentParser(prog="redactor", description=_(
        "Cover personal data and internal-system markers in screenshots and document photos, "
        "and strip all metadata, so the image is safe to post."))
    parser.add_argument("--version", action="version", version=f"redactor {__version__}")
    parser.add_argument("--config", help=_("settings file (default: the user's redactor/config.toml)"))
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    format_help = _("output format (default: JPEG for a photo, PNG for a screenshot or scan)")

    def common(p, style=True):
        p.add_argument("--patterns", action="append", metavar="DIR", help=_("extra folder of pattern packs (*.toml)"))
        p.add_argument("--term", action="append", metavar="TEXT", help=_("always cover this text (repeatable)"))
        p.add_argument("--off", action="append", metavar="CATEGORY",
                       help=_("do not cover this category (repeatable)"))
        p.add_argument("--no-visual", action="store_true", help=_("skip faces, QR codes and signatures"))
        if style:
            p.add_argument("--style", choices=STYLES, help=_("how to cover (default: box, a solid fill)"))
            p.add_argument("--format", choices=FORMAT_CHOICES, help=format_help)

    verify_help = _("read each output again (OCR and detection) and report any value still readable; "
                    "exit 1 when one is")
    p = sub.add_parser("redact", help=_("cover what is found and write NAME.redacted.EXT (NAME.redacted.pdf for a "
                                        "PDF) beside each file"))
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("-o", "--output", metavar="OUT", help=_("output file (one input) or folder"))
    p.add_argument("--notify", action="store_true", help=_("show a desktop notification with the summary"))
    p.add_argument("--verify", action="store_true", help=verify_help)
    p.add_argument("--gather", action="store_true", help=_(
        "hand the files to this user's redaction already running with the same options, or redact them "
        "and every file handed over meanwhile in this one process (for file managers that start one "
        "process per file)"))
    common(p)
    p.set_defaults(func=cmd_redact)

    p = sub.add_parser("scan", help=_("report only; exit 1 when anything sensitive is found"))
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help=_("machine-readable report"))
    common(p, style=False)
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser("batch", help=_("redact every image and PDF in a folder"))
    p.add_argument("folder", metavar="DIR")
    p.add_argument("-o", "--output", metavar="OUTDIR", help=_(
        "folder for the safe copies (default: beside each original as NAME.redacted.EXT)"))
    p.add_argument("--verify", action="store_true", help=verify_help + " " + _("(a column in report.csv/json)"))
    p.add_argument("--recursive", action="store_true", help=_("include sub-folders"))
    p.add_argument("--jobs", type=int, default=None, help=_("files at once, one core each (default: every core)"))
    common(p)
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser("strip", help=_("remove metadata only (no OCR)"))
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("-o", "--output", metavar="OUT", help=_("output file (one input)"))
    p.add_argument("--format", choices=FORMAT_CHOICES, help=format_help)
    p.set_defaults(func=cmd_strip)

    p = sub.add_parser("watermark", help=_("write a purpose across an ID-card copy (KTP, KK, NPWP) so it "
                                           "cannot be reused; writes NAME.watermarked.png"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--purpose", required=True, metavar="TEXT",
                   help=_('e.g. "Hanya untuk pendaftaran CPNS BKN"; today\'s date is added unless the text has one'))
    p.add_argument("--cover", action="append", nargs="+", metavar="CATEGORY",
                   help=_("also cover these fields, e.g. --cover address photo (needs OCR)"))
    p.add_argument("--no-date", action="store_true", help=_("do not add today's date"))
    p.add_argument("-o", "--output", metavar="OUT", help=_("output file"))
    p.add_argument("--format", choices=["png", "jpg", "webp"], help=_("output format"))
    p.add_argument("--style", choices=STYLES, help=_("how to cover the chosen fields (default: box)"))
    common(p, style=False)
    p.set_defaults(func=cmd_watermark)

    p = sub.add_parser("guard", help=_("watch screenshot and download folders and warn about personal data"))
    p.add_argument("folders", nargs="*", metavar="FOLDER",
                   help=_("folders to watch (default: the screenshot, download and WhatsApp folders that exist)"))
    p.add_argument("--auto", action="store_true", help=_("also write a covered copy NAME.redacted.png beside each"))
    p.add_argument("--no-notify", action="store_true", help=_("print only, no desktop notifications"))
    p.add_argument("--start-at-login", choices=["on", "off"], help=_("start the guard (in the app's tray) at login"))
    p.add_argument("--style", choices=STYLES, help=_("how covered copies are covered (default: box)"))
    common(p, style=False)
    p.set_defaults(func=cmd_guard)

    p = sub.add_parser("gui", help=_("open the desktop app"))
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument("--guard", action="store_true", help=_("start in the tray with the guard on (start at login)"))
    p.set_defaults(func=cmd_gui)

    from .cli_args import INTEGRATE_DESCRIPTION, add_integrate_arguments

    p = sub.add_parser("integrate", help=_("add or remove the right-click 'Redact' action: install|uninstall|status"),
                       description=_(INTEGRATE_DESCRIPTION))
    add_integrate_arguments(p)
    p.set_defaults(func=cmd_integrate, integrate_parser=p)

    # `redactor packs check [DIR]`
    packs = sub.add_parser("packs", help=_("check pattern packs before deploying them"))
    commands = packs.add_subparsers(dest="packs_command", metavar="check", required=True)
    check = commands.add_parser("check", help=_("read every pack in DIR strictly and run its examples; "
                                                "exit 1 on any problem (without DIR: the shipped packs)"))
    check.add_argument("folder", nargs="?", metavar="DIR")
    check.set_defaults(func=cmd_packs_check)
    return parser


def cmd_packs_check(args) -> int:
    from .detect.check import cmd_packs_check  # here: building the parser must not load the detectors

    return cmd_packs_check(args)


def main(argv: list[str] | None = None) -> int:
    from .heap import share_one_heap

    share_one_heap()  # before the OCR models start loading on threads of their own
    parser = build_parser()
    as_program = argv is None
    argv = sys.argv[1:] if argv is None else argv
    argv = dash_files_as_paths(parser, argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        status = args.func(args)
    except KeyboardInterrupt:
        _say(_("redactor: interrupted"), err=True)
        return ExitCode.INTERRUPTED
    except RedactorError as exc:
        _say(f"redactor: {describe(exc)}", err=True)
        return exc.exit_code
    if as_program and args.command in QUICK_EXIT_COMMANDS:
        _end_process(status)
    return status


# Commands whose process ends as soon as their work is done (run as a program, not called from Python): taking
# apart the OCR models and the imported modules one by one took a tenth of a second after a redaction, which a
# right-click "Redact automatically" waits for.
QUICK_EXIT_COMMANDS = frozenset({"redact"})


def _end_process(status: int) -> None:
    """End this process now, with `status`: its exit handlers run and its output is flushed; what the
    interpreter would free on the way out is left to the system.  Every file is written and closed by now."""
    import atexit

    atexit._run_exitfuncs()  # noqa: SLF001 - the handlers the interpreter would run (logging, temporary folders)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed or broken pipe: nothing more can be said on it
    os._exit(int(status))


if __name__ == "__main__":
    sys.exit(main())
