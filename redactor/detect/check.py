"""`redactor packs check [DIR]`: what an agency runs before it deploys its pattern pack.

Every pack in DIR (the shipped packs without DIR) is read strictly (see `schema`), its ids are checked
against the shipped ones, and every recognizer's examples are run: each `[[recognizer.example]]` must be
covered where its `expect` says, each `[[recognizer.near_miss]]` left alone, and each word of a `terms`
recognizer found when written on its own.  One line per problem; exit 1 when there is any.
"""
from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path
from typing import Sequence

from ..errors import RedactorError
from ..findings import Box, Finding
from ..i18n import _
from ..ocr import OcrResult, Word
from .engine import Detector
from .lexicon import LEXICON, lexicon_problems, read_lexicon_text
from .packs import _categories_of, builtin_pack_texts, pack_problems
from .recognizer import Recognizer

# A monospace page: every character CHAR_W wide, lines LINE_PITCH apart.  Runs of three or more spaces
# leave a gap wide enough to make a separate cell ("Nama      Budi"), as on a form.
CHAR_W, LINE_H, LINE_PITCH, MARGIN = 10, 20, 34, 20


def _page(text: str) -> OcrResult:
    words = []
    lines = text.split("\n")
    for row, line in enumerate(lines):
        y = MARGIN + row * LINE_PITCH
        pos = 0
        for token in line.split(" "):
            if token:
                words.append(Word(text=token, box=Box(MARGIN + pos * CHAR_W, y, len(token) * CHAR_W, LINE_H),
                                  conf=95.0, line_id=row))
            pos += len(token) + 1
    width = MARGIN * 2 + CHAR_W * max((len(line) for line in lines), default=1)
    return OcrResult(words=tuple(words), width=width, height=MARGIN * 2 + LINE_PITCH * len(lines))


def _char_centres(text: str, part: str) -> list[tuple[float, float]]:
    """Centres of the (non-space) characters of the first `part` in `text`, on the page `_page` draws."""
    start = text.find(part)
    centres = []
    for i in range(start, start + len(part)):
        if text[i].isspace():
            continue
        before = text[:i]
        row, col = before.count("\n"), i - (before.rfind("\n") + 1)
        centres.append((MARGIN + col * CHAR_W + CHAR_W / 2, MARGIN + row * LINE_PITCH + LINE_H / 2))
    return centres


def _covers(findings: Sequence[Finding], point: tuple[float, float]) -> bool:
    x, y = point
    return any(b.left <= x <= b.right and b.top <= y <= b.bottom for f in findings for b in f.boxes)


def run_recognizer(rec: Recognizer, text: str) -> list[Finding]:
    """What `rec`, running alone, finds in `text` drawn as a clean screenshot."""
    return Detector([rec]).run(_page(text).words)


def example_problems(rec: Recognizer, where: str) -> list[str]:
    out = []
    for number, (text, expect) in enumerate(rec.examples, 1):
        found = run_recognizer(rec, text)
        missed = [c for c in _char_centres(text, expect) if not _covers(found, c)]
        if missed:
            got = "nothing" if not found else ", ".join(f.preview for f in found)
            out.append(f"{where}: example {number} {text!r} should cover {expect!r}; found {got}")
    for number, text in enumerate(rec.near_misses, 1):
        found = run_recognizer(rec, text)
        if found:
            out.append(f"{where}: near_miss {number} {text!r} should find nothing; found "
                       + ", ".join(f.preview for f in found))
    if rec.kind == "terms":
        for term in rec.terms:
            if term.strip() and not run_recognizer(rec, term.strip()):
                out.append(f"{where}: term {term!r} is not found when written on its own")
    return out


def check_packs(folder: Path | None = None) -> list[str]:
    """One line per problem of the packs in `folder` (the shipped packs when None)."""
    shipped = builtin_pack_texts()
    if folder is None:
        packs = shipped
    else:
        if not folder.is_dir():
            raise RedactorError(f"pattern folder {folder} does not exist")
        packs = []
        for path in sorted(folder.glob("*.toml")):
            try:
                packs.append((str(path), path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError) as exc:
                packs.append((f"pattern pack {path} cannot be read ({exc})", None))
        if not packs:
            return [f"{folder}: no pattern packs (*.toml) in this folder"]
    taken: dict[str, str] = {}
    if folder is not None:
        for name, text in shipped:
            for rec, _replace in pack_problems(text, name)[0]:
                taken[rec.id] = f"shipped pack {rec.pack}"
    out: list[str] = []
    readable = [(source, text) for source, text in packs if text is not None]
    try:
        categories = _categories_of((shipped if folder is not None else []) + readable)
    except RedactorError as exc:
        out.append(str(exc))
        categories = None
    if folder is None:
        out.extend(_lexicon_problems())
    for source, text in packs:
        if text is None:
            out.append(source)
            continue
        entries, problems = pack_problems(text, source)
        out.extend(problems)
        for rec, may_replace in entries:
            where = f"pattern pack {source}: recognizer {rec.id!r}"
            if categories is not None and rec.category not in categories:
                out.append(f"{where}: names category {rec.category!r}, which no pack declares; add a "
                           "[[category]] table for it")
                continue
            if rec.id in taken and not may_replace:
                out.append(f"{where}: id already used by {taken[rec.id]}; choose another id, or add "
                           "replace = true to replace that recognizer")
            taken.setdefault(rec.id, f"pack {rec.pack}")
            try:
                out.extend(example_problems(rec, where))
            except RedactorError as exc:
                out.append(f"{where}: {exc}")
    return out


def _lexicon_problems() -> list[str]:
    try:
        data = tomllib.loads(read_lexicon_text())
    except tomllib.TOMLDecodeError as exc:
        return [f"word lists {LEXICON} are not valid TOML ({exc})"]
    return [f"word lists {LEXICON}: {problem}" for problem in lexicon_problems(data)]


def cmd_packs_check(args: argparse.Namespace) -> int:
    folder = Path(args.folder) if args.folder else None
    problems = check_packs(folder)
    for line in problems:
        print(line)
    what = str(folder) if folder else _("the shipped packs")
    if problems:
        print(_("{count} problem(s) in {what}").format(count=len(problems), what=what), file=sys.stderr)
        return 1
    print(_("pattern packs in {what}: OK").format(what=what), file=sys.stderr)
    return 0

