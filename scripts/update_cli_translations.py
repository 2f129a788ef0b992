"""Refresh the command line's translations: collect its messages, merge them into each .po, compile the .mo.

    .venv/bin/python scripts/update_cli_translations.py          # after changing or adding messages
    .venv/bin/python scripts/update_cli_translations.py --check  # exit 1 if anything is stale or untranslated

Messages are the `_()`, `N_()` and `ngettext()` calls in redactor/ (the app in ui/ has Qt's own
catalogue) plus argparse's own words ("usage:", its error messages), which the command line shows
through the same catalogue.  Translate in redactor/locale/id/LC_MESSAGES/redactor.po with any .po
editor (Poedit, Lokalize) or a text editor, then run this again so the shipped .mo matches.

Babel does the extracting, merging and compiling (plural forms, fuzzy entries, the .mo format),
the same work as GNU gettext's xgettext/msgmerge/msgfmt but installable with pip on every system.
"""
from __future__ import annotations

import argparse
import io
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from redactor import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "redactor"
LOCALE = PACKAGE / "locale"
DOMAIN = "redactor"
LANGUAGES = ("id",)
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "locale" not in p.parts)


def template() -> Catalog:
    catalog = Catalog(project="redactor", version=__version__, domain=DOMAIN, charset="utf-8")
    files = [(path, path.relative_to(ROOT).as_posix()) for path in sources()]
    files.append((Path(argparse.__file__), "argparse.py"))  # the stdlib's own words, shown through our catalogue
    for path, name in files:
        for line, message, comments, context in extract_from_file("python", str(path), keywords=KEYWORDS,
                                                                  comment_tags=("TRANSLATORS:",)):
            catalog.add(message, locations=[(name, line)], auto_comments=comments, context=context)
    return catalog


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def as_bytes(writer, catalog: Catalog, **options) -> bytes:
    buffer = io.BytesIO()
    writer(buffer, catalog, **options)
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when a file is out of date")
    check = parser.parse_args().check
    pot = template()
    pot.header_comment = "# Messages of the redactor command line.\n# Distributed under the same license as redactor."
    outputs: dict[Path, bytes] = {LOCALE / f"{DOMAIN}.pot": as_bytes(write_po, pot, omit_header=False, width=100,
                                                                      sort_output=True, include_lineno=False)}
    problems: list[str] = []
    for language in LANGUAGES:
        path = po_path(language)
        with path.open("rb") if path.exists() else io.BytesIO(b"") as handle:
            catalog = read_po(handle, locale=language, domain=DOMAIN) if path.exists() else \
                Catalog(locale=language, domain=DOMAIN, charset="utf-8")
        catalog.update(pot, no_fuzzy_matching=True)
        catalog.project, catalog.version = "redactor", __version__
        catalog.header_comment = (f"# {language} translations of the redactor command line.\n"
                                  "# Distributed under the same license as redactor.")
        catalog.fuzzy = False  # a fuzzy header would be left out of the .mo, and its plural rule with it
        missing = [m.id for m in catalog if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple)
                                                                         else [m.string]))]
        problems += [f"{language}: not translated: {m!r}" for m in missing if not _is_argparse_only(pot, m)]
        outputs[path] = as_bytes(write_po, catalog, width=100, sort_output=True, include_lineno=False,
                                 ignore_obsolete=True)
        outputs[path.with_suffix(".mo")] = as_bytes(write_mo, catalog)
    stale = [p for p, data in outputs.items() if not p.exists() or _dateless(p.read_bytes()) != _dateless(data)]
    if check:
        for path in stale:
            problems.append(f"out of date: {path.relative_to(ROOT)} (run scripts/update_cli_translations.py)")
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(outputs[path])
        print(f"wrote {path.relative_to(ROOT)}")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 0


def _dateless(data: bytes) -> bytes:
    """The file without its creation and revision dates, which change on every run (.po, .pot and .mo alike)."""
    return re.sub(rb"(POT-Creation-Date|PO-Revision-Date): [^\\\n\"]*", b"", data)


def _is_argparse_only(pot: Catalog, message_id) -> bool:
    """argparse has words the command line never shows (its developer errors): they may stay English."""
    message = pot.get(message_id)
    return message is not None and all(name == "argparse.py" for name, _line in message.locations)


if __name__ == "__main__":
    sys.exit(main())
