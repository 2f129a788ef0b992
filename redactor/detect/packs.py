"""Pattern packs: declarative recognizers kept as data in TOML files.

The packs shipped in `redactor.patterns` are read first, then every `*.toml`
in the folders the user configured (an agency's own hostnames and system
names), so adding a pack needs no code.  A pack is a `[pack]` table and a list
of `[[recognizer]]` tables:

    id            unique name, e.g. "nik"
    category      what is covered: nik, kk, nip, npwp, phone, person_name, ...
    kind          digits | regex | terms | labelled | phone | names (capitalised runs
                  that are not made of dictionary words only)
    labels        words printed next to the value (case-insensitive)
    label_required  only flag when one of the labels is near
    validator     name of a hard rule in redactor.detect.validators
    lengths       digit counts (kind = digits)
    loose_with_label  with a label present, OCR-damaged values that fail the
                  validator are still covered
    pattern       a Python regex (kind = regex); a group named `value` is what
                  is covered, otherwise the whole match
    terms         literal words (kind = terms); `case_sensitive` for acronyms; `fuzzy`
                  also accepts OCR-damaged spellings that are not dictionary words
    value         shape of a labelled value: name | address | date | digits | token | text | vocab |
                  passport | plate
    vocabulary    allowed values (value = vocab)
    default_on    whether the recognizer runs unless the user turns it on
    score         base confidence 0..1
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable

from ..errors import RedactorError
from .validators import VALIDATORS

KINDS = {"digits", "regex", "terms", "labelled", "phone", "names"}
VALUE_SHAPES = {"name", "address", "date", "digits", "token", "text", "vocab", "passport", "plate", "email"}


@dataclass(frozen=True)
class Recognizer:
    id: str
    category: str
    kind: str
    pack: str
    labels: tuple[str, ...] = ()
    label_required: bool = False
    validator: str | None = None
    lengths: tuple[int, ...] = ()
    loose_with_label: bool = False
    pattern: str | None = None
    flags: str = ""
    terms: tuple[str, ...] = ()
    case_sensitive: bool = False
    fuzzy: bool = False
    value: str = "text"
    vocabulary: tuple[str, ...] = ()
    default_on: bool = True
    score: float = 0.8
    label_regex: re.Pattern | None = field(default=None, compare=False, repr=False)
    regex: re.Pattern | None = field(default=None, compare=False, repr=False)


def label_pattern(labels: Iterable[str]) -> re.Pattern | None:
    """One regex for a label list: dots, colons and spaces inside labels are optional (OCR drops them)."""
    alternatives = []
    for label in sorted(set(labels), key=len, reverse=True):
        parts = []
        for ch in label.strip():
            if ch in ". :":
                parts.append(r"[\s.:]*")
            elif ch == "/":
                parts.append(r"\s*/\s*")
            elif ch == "-":
                parts.append(r"[\s-]*")
            else:
                parts.append(re.escape(ch))
        alternatives.append("".join(parts))
    if not alternatives:
        return None
    return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(alternatives) + r")(?![A-Za-z])", re.IGNORECASE)


def _build(entry: dict, pack: str, source: str) -> Recognizer:
    try:
        rid, category, kind = entry["id"], entry["category"], entry["kind"]
    except KeyError as exc:
        raise RedactorError(f"pattern pack {source}: a recognizer lacks {exc.args[0]!r}") from None
    if kind not in KINDS:
        raise RedactorError(f"pattern pack {source}: recognizer {rid!r} has unknown kind {kind!r}")
    validator = entry.get("validator")
    if validator and validator not in VALIDATORS:
        raise RedactorError(f"pattern pack {source}: recognizer {rid!r} names unknown validator {validator!r}")
    value = entry.get("value", "text")
    if value not in VALUE_SHAPES:
        raise RedactorError(f"pattern pack {source}: recognizer {rid!r} has unknown value shape {value!r}")
    regex = None
    if kind == "regex":
        flags = re.IGNORECASE if "i" in entry.get("flags", "") else 0
        try:
            regex = re.compile(entry["pattern"], flags)
        except (KeyError, re.error) as exc:
            raise RedactorError(f"pattern pack {source}: recognizer {rid!r} has a bad pattern ({exc})") from None
    if kind == "terms":
        terms = [t for t in entry.get("terms", []) if t.strip()]
        body = "|".join(_term_regex(t) for t in sorted(terms, key=len, reverse=True))
        flags = 0 if entry.get("case_sensitive", False) else re.IGNORECASE
        regex = re.compile(r"(?<![A-Za-z0-9])(?:" + body + r")(?![A-Za-z0-9])", flags) if body else None
    labels = tuple(entry.get("labels", []))
    return Recognizer(
        id=rid, category=category, kind=kind, pack=pack, labels=labels,
        label_required=bool(entry.get("label_required", False)), validator=validator,
        lengths=tuple(entry.get("lengths", [])), loose_with_label=bool(entry.get("loose_with_label", False)),
        pattern=entry.get("pattern"), flags=entry.get("flags", ""), terms=tuple(entry.get("terms", [])),
        case_sensitive=bool(entry.get("case_sensitive", False)), fuzzy=bool(entry.get("fuzzy", False)), value=value,
        vocabulary=tuple(v.upper() for v in entry.get("vocabulary", [])),
        default_on=bool(entry.get("default_on", True)), score=float(entry.get("score", 0.8)),
        label_regex=label_pattern(labels), regex=regex,
    )


def _term_regex(term: str) -> str:
    """Literal term; hyphens and spaces inside it are optional (e-Kinerja, eKinerja, E KINERJA)."""
    out = []
    for ch in term.strip():
        if ch in "- ":
            out.append(r"[\s-]?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def read_pack(text: str, source: str) -> list[Recognizer]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RedactorError(f"pattern pack {source} is not valid TOML ({exc})") from None
    pack = data.get("pack", {}).get("name", source)
    return [_build(entry, pack, source) for entry in data.get("recognizer", [])]


def builtin_pack_texts() -> list[tuple[str, str]]:
    folder = resources.files("redactor.patterns")
    return sorted((p.name, p.read_text(encoding="utf-8")) for p in folder.iterdir() if p.name.endswith(".toml"))


def load_recognizers(extra_dirs: Iterable[Path] = ()) -> list[Recognizer]:
    recognizers: list[Recognizer] = []
    for name, text in builtin_pack_texts():
        recognizers.extend(read_pack(text, name))
    for folder in extra_dirs:
        folder = Path(folder)
        if not folder.is_dir():
            raise RedactorError(f"pattern folder {folder} does not exist")
        for path in sorted(folder.glob("*.toml")):
            recognizers.extend(read_pack(path.read_text(encoding="utf-8"), str(path)))
    seen: dict[str, Recognizer] = {}
    for rec in recognizers:
        seen[rec.id] = rec  # a later pack may redefine a shipped recognizer by id
    return list(seen.values())
