"""The command line's argument words: argparse in the user's language, and file names that start with a dash."""
from __future__ import annotations

import argparse
import os

from .i18n import N_, _


def translate_argparse() -> None:
    """argparse's own words ("usage:", "options", its error messages) from our catalogue.

    argparse looks its `_` and `ngettext` up at call time, in the global gettext domain that this
    program does not otherwise use; pointing them at our catalogue keeps the help in one language.
    """
    from . import i18n

    argparse._ = i18n._
    argparse.ngettext = i18n.ngettext


def dash_files_as_paths(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
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


# `redactor integrate`: its arguments live here so that building the parser does not import the integration.
INTEGRATE_PLATFORMS = ("linux", "windows", "macos")
INTEGRATE_DESCRIPTION = N_("Add or remove the right-click Redact entries in your file manager "
                           "(current user only, no administrator rights needed).")


def add_integrate_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of `redactor integrate`, on its own parser or on the main command's sub-parser."""
    parser.add_argument("action", choices=("install", "uninstall", "status"),
                        help=_("install: add the entries; uninstall: remove exactly those; status: show them"))
    parser.add_argument(
        "--desktop",
        default="auto",
        metavar="auto|all|gnome,kde,xfce,cinnamon",
        help=_("Linux: which file managers to add entries to (default: auto, the ones found)"),
    )
    parser.add_argument("--home", metavar="PATH", help=_("act on this home directory instead of yours"))
    parser.add_argument("--dry-run", action="store_true", help=_("show what would change, change nothing"))
    parser.add_argument(
        "--export-reg",
        metavar="FILE",
        help=_("Windows: write a .reg file with the entries (or their removal) instead of changing the registry"),
    )
    parser.add_argument("--platform", choices=("auto", *INTEGRATE_PLATFORMS), default="auto", help=argparse.SUPPRESS)
    parser.add_argument(
        "--command",
        dest="launcher_command",  # not "command": the main parser keeps its sub-command there
        metavar="PROGRAM",
        help=_("the redactor program the entries run (default: this installation's)"),
    )
    parser.add_argument("--lang", choices=("auto", "en", "id"), default="auto", help=_("menu label language"))
    return parser
