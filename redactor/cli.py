"""Command line: `redactor redact|scan|batch|strip|watermark|guard|gui|integrate`.

Exit codes: 0 done, 1 findings (scan only), 2 usage or input error.
Only masked previews are ever printed.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

from . import __version__
from .config import STYLES, Config, load_config
from .errors import InputError, OcrError, RedactorError
from .findings import COVERED, NEEDS_REVIEW, NOTHING_FOUND
from .i18n import _, ngettext
from .mask import printable
from .messages import category_name, engine_message, metadata_line, status_text, verdict_text

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

def _say(*parts: str, err: bool = False) -> None:
    stream = sys.stderr if err else sys.stdout
    print(*(printable(p) for p in parts), file=stream, flush=True)


def _fail(path: object, message: str) -> None:
    _say(f"redactor: {path}: {message}", err=True)


def _settings(args) -> Config:
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
    config = config.with_changes(**changes) if changes else config
    _know_pack_categories(config)
    return config


def _know_pack_categories(config: Config) -> None:
    from .detect.packs import load_categories

    try:
        load_categories(config.pattern_dirs)  # so that their names are printed
    except RedactorError:
        pass  # a broken pack fails each file with its own message


def cmd_redact(args) -> int:
    if getattr(args, "gather", False):
        from .gather import redact_gathered

        return redact_gathered(args, _redact_files)
    return _redact_files(args, args.files, set())


def _redact_files(args, files, used: set[Path]) -> int:
    from .pdf import is_pdf
    from .pipeline import redact_file  # here, not at the top: `redactor gui` and `integrate` start without it

    config = _settings(args)
    status = EXIT_OK
    summaries = []
    for name in files:
        path = Path(name)
        ext = "pdf" if is_pdf(path) else _output_ext(path, args.format)  # a PDF comes out as a PDF
        out = None
        if args.output:
            out = Path(args.output)
            if len(args.files) > 1 or out.is_dir() or getattr(args, "gather", False):
                out.mkdir(parents=True, exist_ok=True)
                out = out / f"{path.stem}.redacted.{ext}"
        else:
            out = path.with_name(f"{path.stem}.redacted.{ext}")
        if out in used:  # a.png and a.jpg in one run
            out = out.with_name(f"{path.name}.redacted.{ext}")
        used.add(out)
        try:
            result = redact_file(path, out, config=config, fmt=args.format, style=args.style)
        except RedactorError as exc:
            _fail(path, engine_message(str(exc)))
            status = EXIT_ERROR
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
            status = max(status, EXIT_FINDINGS)
        summaries.append((path, findings))
    if getattr(args, "notify", False):
        _notify_summary(summaries, status)
    return status


def _output_ext(path: Path, fmt: str | None) -> str:
    """The chosen format, or a photo stays a photo (JPEG) and a screenshot a PNG."""
    if fmt:
        return "jpg" if fmt in ("jpg", "jpeg") else fmt
    from .export import export_format_for
    from .load import sniff_lossy

    return export_format_for(sniff_lossy(path))


def _report_check(path: Path, result, config: Config) -> bool:
    """Read the written output again and say what is still readable; True when nothing is."""
    from .verify import left_visible_boxes, verify_file

    try:
        check = verify_file(result.output.path, config,
                            left_visible=[left_visible_boxes(result.analysis.findings)])
    except RedactorError as exc:
        _fail(path, _("the output could not be checked ({reason})").format(reason=exc))
        return False
    if check.clean:
        _say(_("{file}: checked: no data still readable ({seconds:.1f} s)").format(file=path, seconds=check.seconds))
        return True
    for preview in check.previews():
        _say(_("{file}: warning: still readable in the output: {preview}").format(file=path, preview=preview))
    return False


def _notify_summary(summaries, status: int) -> None:
    try:
        from .notify import notify
    except ImportError:
        return
    counts = Counter(f.category for _path, found in summaries for f in found)
    body = ", ".join(f"{n} {category_name(c)}" for c, n in counts.most_common()) or _("nothing sensitive found")
    title = "Redactor: " + ngettext("{n} file redacted", "{n} files redacted", len(summaries)).format(
        n=len(summaries)) + (" " + _("(some failed)") if status else "")
    try:
        notify(title, body)
    except Exception:
        pass


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
            _fail(path, engine_message(str(exc)))
            status = EXIT_ERROR
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
    from .batch import collect_inputs, plan_outputs, report_location, run_batch, write_reports

    config = _settings(args)
    source = Path(args.folder)
    if not source.exists():
        _fail(source, _("no such file or folder"))
        return EXIT_ERROR
    out_dir = Path(args.output) if args.output else None  # None: beside each original, as `redact` does
    plan = plan_outputs(collect_inputs([source], recursive=args.recursive), out_dir, args.format)
    if not plan:
        deeper = not args.recursive and source.is_dir() and collect_inputs([source], recursive=True)
        _fail(source, _("no images found; the images in its sub-folders are included with --recursive")
              if deeper else _("no images found"))
        return EXIT_ERROR
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
            _fail(report.input, engine_message(report.error or ""))

    reports = run_batch(plan, config=config, style=args.style, fmt=args.format, jobs=args.jobs, progress=progress,
                        verify=args.verify)
    if interactive:
        sys.stderr.write("\n")
        for r in reports:
            if not r.ok:
                _fail(r.input, engine_message(r.error or ""))
    json_path, csv_path = write_reports(reports, *report_location(plan, out_dir))
    _print_table(reports)
    readable = [r for r in reports if r.ok and r.still_readable]
    for r in readable:
        for preview in r.still_readable:
            _say(_("{file}: warning: still readable in the output: {preview}").format(file=r.input, preview=preview))
    _say(_batch_summary(reports, out_dir))
    _say(_("reports: {csv}, {json}").format(csv=csv_path, json=json_path.name))
    return EXIT_ERROR if any(not r.ok for r in reports) else EXIT_FINDINGS if readable else EXIT_OK


def _batch_summary(reports, out_dir: Path | None) -> str:
    safe = sum(r.status in (COVERED, NOTHING_FOUND) for r in reports)
    review = sum(r.status == NEEDS_REVIEW for r in reports)
    failed = sum(not r.ok for r in reports)
    where = (_("in {folder}").format(folder=out_dir) if out_dir is not None
             else _("beside the originals (NAME.redacted.EXT)"))
    parts = [ngettext("Safe copies: {safe} of {total} file, {where}", "Safe copies: {safe} of {total} files, {where}",
                      len(reports)).format(safe=safe, total=len(reports), where=where)]
    if review:
        parts.append(ngettext("{n} needs checking before it is posted, if at all (listed above)",
                              "{n} need checking before they are posted, if at all (listed above)",
                              review).format(n=review))
    if failed:
        parts.append(ngettext("{n} failed (listed above)", "{n} failed (listed above)", failed).format(n=failed))
    return "; ".join(parts)


def _print_table(reports) -> None:
    width = min(40, max((len(Path(r.input).name) for r in reports), default=4))
    statuses = {r.status: status_text(r.status) for r in reports}
    status_width = max([len(_("status")), *map(len, statuses.values())])
    file_word, status_word, found_word, details_word = _("file"), _("status"), _("found"), _("details")
    found_width = max(5, len(found_word))
    _say(f"{file_word:{width}}  {status_word:{status_width}}  {found_word:>{found_width}}  {details_word}")
    for r in reports:
        if not r.ok:
            details = engine_message(r.error or "")
        else:
            details = ", ".join(f"{category_name(k)} {v}" for k, v in sorted(r.categories.items()))
            if r.status == NEEDS_REVIEW:
                reason = verdict_text(r.verdict) if r.verdict != "none" else _("data still readable in the output")
                details = "; ".join(filter(None, [reason, details]))
        _say(f"{Path(r.input).name[:width]:{width}}  {statuses[r.status]:{status_width}}  "
             f"{sum(r.categories.values()):>{found_width}}  {details}")


def cmd_strip(args) -> int:
    from .pipeline import strip_file

    status = EXIT_OK
    for name in args.files:
        path = Path(name)
        out = Path(args.output) if args.output and len(args.files) == 1 else None
        try:
            result = strip_file(path, out, fmt=args.format)
        except RedactorError as exc:
            _fail(path, engine_message(str(exc)))
            status = EXIT_ERROR
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
        return EXIT_ERROR
    if not args.purpose.strip():
        _fail("--purpose", _("the purpose text is empty"))
        return EXIT_ERROR
    config = _settings(args)
    path = Path(args.file)
    try:
        result = watermark_file(path, args.output, purpose=args.purpose, cover=cover,
                                config=config, fmt=args.format, add_date=not args.no_date)
    except RedactorError as exc:
        _fail(path, engine_message(str(exc)))
        return EXIT_ERROR
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
            return EXIT_ERROR
    else:
        folders = default_watch_folders()
        if not folders:
            _fail("guard", _("none of the usual screenshot or download folders exists; name a folder to watch"))
            return EXIT_ERROR
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
            review = launcher.review([str(alert.path)])
            notify_clickable(title, body, lambda: _start_detached(review), ALERT_TEXTS[language]["open"])

    def failed(path, message: str) -> None:
        _fail(path or "guard", message)

    guard = Guard(folders, alerted, config=_settings(args), auto=args.auto, on_error=failed,
                  whole_process_priority=True)
    try:
        guard.start()
    except RedactorError as exc:
        _fail("guard", engine_message(str(exc)))
        return EXIT_ERROR
    except OSError as exc:
        _fail("guard", _("cannot watch the folders ({reason})").format(reason=exc.strerror or exc))
        return EXIT_ERROR
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


def _start_detached(argv: list[str]) -> None:
    import subprocess

    subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True)


def _set_start_at_login(on: bool) -> int:
    from .integrate import autostart

    try:
        changed = autostart.enable() if on else autostart.disable()
    except OSError as exc:
        _fail("guard", _("could not change start at login ({reason})").format(reason=exc.strerror or exc))
        return EXIT_ERROR
    _say(_("guard starts at login: {entry}").format(entry=changed) if on else _("guard no longer starts at login"))
    return EXIT_OK


def cmd_gui(args) -> int:
    try:
        from .ui.app import main as gui_main
    except ImportError as exc:
        _say(_("redactor: the desktop app is not available ({reason})").format(reason=exc), err=True)
        return EXIT_ERROR
    return gui_main([*args.files, *(["--guard"] if getattr(args, "guard", False) else [])])


def cmd_integrate(args) -> int:
    from .integrate import run

    return run(args, args.integrate_parser)


FORMAT_CHOICES = ["png", "jpg", "webp"]


def build_parser() -> argparse.ArgumentParser:
    _translate_argparse()
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

    from .integrate import DESCRIPTION, add_arguments

    p = sub.add_parser("integrate", help=_("add or remove the right-click 'Redact' action: install|uninstall|status"),
                       description=_(DESCRIPTION))
    add_arguments(p)
    p.set_defaults(func=cmd_integrate, integrate_parser=p)
    return parser


def _translate_argparse() -> None:
    """argparse's own words ("usage:", "options", its error messages) from our catalogue.

    argparse looks its `_` and `ngettext` up at call time, in the global gettext domain that this
    program does not otherwise use; pointing them at our catalogue keeps the help in one language.
    """
    from . import i18n

    argparse._ = i18n._
    argparse.ngettext = i18n.ngettext


def _dash_files_as_paths(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """A file name that starts with a dash is still a file when it exists ("-rf.png"): spell it as a path.

    Only where a file name can stand: never a word argparse would read as an option (exact, abbreviated,
    with `=value`, or a short option with its value attached), never the value of an option, never after
    `--` or inside `integrate`'s own arguments.  A file named `--term` must not turn `--term X` into a
    file name and a stray X.
    """
    subparsers = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
    current = parser
    takes_value: set[str] = set()
    out: list[str] = []
    expect_value = False
    for i, arg in enumerate(argv):
        if arg == "--" or (current is not parser and current.prog.endswith(" integrate")):
            return out + argv[i:]
        if expect_value:
            expect_value = False
            out.append(arg)
            continue
        options = current._option_string_actions
        takes_value = {s for s, a in options.items() if a.nargs != 0}
        if arg.startswith("-") and len(arg) > 1:
            head = arg.split("=", 1)[0]
            looks_like_option = (head in options or arg[:2] in options
                                 or (arg.startswith("--") and any(s.startswith(head) for s in options)))
            if looks_like_option:
                expect_value = arg in takes_value
                out.append(arg)
                continue
            out.append(f".{os.sep}{arg}" if os.path.isfile(arg) else arg)
            continue
        if current is parser and subparsers is not None and arg in subparsers.choices:
            current = subparsers.choices[arg]
        out.append(arg)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else argv
    argv = _dash_files_as_paths(parser, argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_ERROR if exc.code not in (0, None) else EXIT_OK
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_ERROR
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _say(_("redactor: interrupted"), err=True)
        return 130
    except RedactorError as exc:
        _say(f"redactor: {engine_message(str(exc))}", err=True)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
