"""The command line's argument words: argparse in the user's language, and file names that start with a dash."""
from __future__ import annotations

import argparse
import os


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
