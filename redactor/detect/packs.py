"""Pattern packs: declarative recognizers kept as data in TOML files.

The packs shipped in `redactor.patterns` are read first, then every `*.toml`
in the folders the user configured (an agency's own hostnames and system
names), so adding a pack needs no code.  A pack is a `[pack]` table and a list
of `[[recognizer]]` tables:

    id            unique name, e.g. "nik"
    category      what is covered: nik, kk, nip, npwp, phone, person_name, ...
    kind          digits | regex | terms | labelled | phone | names (capitalised runs
                  that are not made of dictionary words only) | name_slots (a line or cell
                  that holds nothing but a capitalised run: a chat's sender, a chat list's
                  contact, the signed-in user; `terms` lists the words that make such a run
                  a group, an office or a menu rather than a person) | known_names (a person's
                  name in running text told by lists of given names and surnames; `terms` are
                  given names whose everyday sense is rare, `not_terms` words that make a run a
                  place or a thing)
    labels        words printed next to the value (case-insensitive)
    label_required  only flag when one of the labels is near
    inline        the labels name only the value written right after them on the same line
                  (greetings, introductions), never a value beside, below or in a column
    validator     name of a hard rule in redactor.detect.validators
    lengths       digit counts (kind = digits)
    loose_with_label  with a label present, OCR-damaged values that fail the
                  validator are still covered
    pattern       a Python regex (kind = regex); a group named `value` is what
                  is covered, otherwise the whole match
    terms         literal words (kind = terms); `case_sensitive` for acronyms; `fuzzy`
                  also accepts OCR-damaged spellings that are not dictionary words
    value         shape of a labelled value: name | address | date | digits | token | text | vocab |
                  passport | plate | email | iban
    vocabulary    allowed values (value = vocab)
    not_terms     values that match the pattern but are not findings (public e-services such as
                  `e-KTP`, `e-Faktur`), compared without case, spaces or hyphens
    uncommon      skip a match that is an ordinary dictionary word (`SIMPAN` is a button, `SIMANTAP`
                  a system)
    names_only    keep a match only when one of its words is a name rather than a word of the
                  language (`BUDI SANTOSO` after `KE:`, not `REKENING BCA`)
    page_kind     only on a page of this kind: "chat" (messages under their sender and time, a chat's
                  title); a handle `@drew` is a person there and a public account in a social post
                  or "birth_record" (a birth certificate's title or "telah lahir"): a date in words
                  is a birth there and the date of an act anywhere else; "medical_record" (a
                  patient's record): a note under a bare "Catatan" is the patient's there; or
                  "prescription" (a pharmacy's or a prescription's marks and whom it is for): a
                  medicine and its strength are what that person is treated with
    default_on    whether the recognizer runs unless the user turns it on
    score         base confidence 0..1
    normalise, extend, reject_if
                  named rules for what depends on the kind of value (see redactor.detect.hooks)
    example       [[recognizer.example]] tables: `text` and the part of it, `expect`, that the
                  recognizer must cover; [[recognizer.near_miss]] tables: a `text` it must leave
                  alone.  `redactor packs check DIR` runs them.
    replace       true: this recognizer replaces the one already loaded with the same id
                  (a warning says so); without it a reused id is an error, so a pack can
                  add recognizers but never silently switch a shipped one off

A pack may also declare categories of its own in `[[category]]` tables (id, label, group, names in
English and Indonesian; see `redactor.categories`); a recognizer naming a category nobody declares is
an error.

Keys are checked strictly (redactor.detect.schema): an unknown or misspelt key, a value of the wrong
type, a key that has no effect on the recognizer's kind, or a missing field is an error naming the
pack, the recognizer and the key.

Packs are data from wherever the user points: a pattern is compiled by the
`regex` module and every search runs under a time limit, and a pattern that
backtracks catastrophically on ordinary text is refused when the pack loads.
"""
from __future__ import annotations

import logging
import tomllib
from importlib import resources
from pathlib import Path
from typing import Iterable

import regex as timed_re

from ..categories import BUILTIN, Registry, remember
from ..errors import PackError, RedactorError
from . import schema
from .kinds.terms import compile_terms
from .lexicon import LEXICON
from .recognizer import Recognizer, label_pattern, term_key

__all__ = ["Recognizer", "label_pattern", "term_key", "read_pack", "pack_problems", "load_recognizers",
           "builtin_pack_texts"]

log = logging.getLogger(__name__)

# One search of one OCR line; ordinary patterns take microseconds.
PATTERN_TIMEOUT_S = 1.0
# Text a pattern must get through quickly when its pack loads: long runs of digits, letters and words
# ending in something the pattern may want, where nested quantifiers blow up.
_PROBES = ("1" * 3000 + "x!", "a" * 3000 + "!", "ab " * 1000 + "!", "1 " * 1500 + "x!", "-." * 1500 + "@")
_PROBE_TIMEOUT_S = 0.5


class TimedPattern:
    """A pack's pattern: `finditer` and friends as `re` has them, each under PATTERN_TIMEOUT_S.

    Running out of time is an error naming the pack and the recognizer (fail closed: an image whose
    text a recognizer could not search is not called safe).
    """

    def __init__(self, compiled, pack: str, rid: str):
        self._compiled, self._where = compiled, f"pattern pack {pack}: recognizer {rid!r}"
        self.pattern, self.groupindex, self.flags = compiled.pattern, compiled.groupindex, compiled.flags
        # Bound once: every OCR line meets every pattern (about 10 000 calls per screenshot).
        self._finditer, self._search = compiled.finditer, compiled.search
        self._match, self._fullmatch, self._findall = compiled.match, compiled.fullmatch, compiled.findall

    def _too_long(self) -> RedactorError:
        return RedactorError(f"{self._where}: its pattern ran longer than {PATTERN_TIMEOUT_S:g} s on one line "
                             "and was stopped; fix or remove that pattern")

    def finditer(self, string: str, *args):
        try:  # the matches are found while iterating
            return iter(list(self._finditer(string, *args, timeout=PATTERN_TIMEOUT_S)))
        except TimeoutError:
            raise self._too_long() from None

    def search(self, string: str, *args):
        try:
            return self._search(string, *args, timeout=PATTERN_TIMEOUT_S)
        except TimeoutError:
            raise self._too_long() from None

    def match(self, string: str, *args):
        try:
            return self._match(string, *args, timeout=PATTERN_TIMEOUT_S)
        except TimeoutError:
            raise self._too_long() from None

    def fullmatch(self, string: str, *args):
        try:
            return self._fullmatch(string, *args, timeout=PATTERN_TIMEOUT_S)
        except TimeoutError:
            raise self._too_long() from None

    def findall(self, string: str, *args):
        try:
            return self._findall(string, *args, timeout=PATTERN_TIMEOUT_S)
        except TimeoutError:
            raise self._too_long() from None


def _compile_pack_pattern(pattern: str, ignore_case: bool, pack: str, source: str, rid: str,
                          probe: bool = True) -> TimedPattern:
    """`probe`: search the probes to refuse a pattern that backtracks without end (see `load_recognizers`)."""
    flags = timed_re.V0 | (timed_re.IGNORECASE if ignore_case else 0)
    try:
        compiled = timed_re.compile(pattern, flags)
    except (timed_re.error, TypeError) as exc:
        raise RedactorError(f"pattern pack {source}: recognizer {rid!r} has a bad pattern ({exc})") from None
    for sample in _PROBES if probe else ():
        try:
            for _ in compiled.finditer(sample, timeout=_PROBE_TIMEOUT_S):
                pass
        except TimeoutError:
            raise RedactorError(f"pattern pack {source}: recognizer {rid!r} has a pattern that backtracks "
                                "without end on ordinary text (nested repeats such as (\\d+)+); rewrite it") from None
    return TimedPattern(compiled, pack, rid)


def _build(entry: dict, pack: str, source: str, probe: bool = True) -> Recognizer:
    """A recognizer from a table `schema.problems` found nothing wrong with."""
    rid, kind = entry["id"], entry["kind"]
    regex = None
    if kind == "regex":
        regex = _compile_pack_pattern(entry["pattern"], "i" in entry.get("flags", ""), pack, source, rid, probe)
    if kind == "terms":
        regex = compile_terms(entry.get("terms", []), bool(entry.get("case_sensitive", False)))
    labels = tuple(entry.get("labels", []))
    return Recognizer(
        id=rid, category=entry["category"], kind=kind, pack=pack, labels=labels,
        label_required=entry.get("label_required", False), inline=entry.get("inline", False),
        validator=entry.get("validator"), lengths=tuple(entry.get("lengths", [])),
        loose_with_label=entry.get("loose_with_label", False), pattern=entry.get("pattern"),
        flags=entry.get("flags", ""), terms=tuple(entry.get("terms", [])),
        case_sensitive=entry.get("case_sensitive", False), fuzzy=entry.get("fuzzy", False),
        value=entry.get("value", "text"), vocabulary=tuple(v.upper() for v in entry.get("vocabulary", [])),
        not_terms=frozenset(term_key(t) for t in entry.get("not_terms", [])),
        uncommon=entry.get("uncommon", False), names_only=entry.get("names_only", False),
        normalise=entry.get("normalise"), extend=tuple(entry.get("extend", [])),
        reject_if=tuple(entry.get("reject_if", [])), page_kind=entry.get("page_kind"),
        default_on=entry.get("default_on", True), score=float(entry.get("score", 0.8)),
        label_regex=label_pattern(labels), regex=regex,
        examples=tuple((e["text"], e["expect"]) for e in entry.get("example", [])),
        near_misses=tuple(e["text"] for e in entry.get("near_miss", [])),
    )


def read_pack(text: str, source: str) -> list[Recognizer]:
    return [rec for rec, _ in _read_entries(text, source)]


def _read_entries(text: str, source: str, probe: bool = True) -> list[tuple[Recognizer, bool]]:
    """(recognizer, whether it may replace one with its id) for every recognizer of a pack.

    The first problem `pack_problems` finds is raised as an error naming the pack, the recognizer and the key.
    """
    entries, found = pack_problems(text, source, probe)
    if found:
        where, _, problem = found[0].partition(": ")
        raise PackError(where, problem)
    return entries


def pack_problems(text: str, source: str, probe: bool = True) -> tuple[list[tuple[Recognizer, bool]], list[str]]:
    """The recognizers of a pack that are well formed, and one line for each problem of the others.
    `probe`: refuse patterns that backtrack without end on the probes (`_compile_pack_pattern`)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return [], [f"pattern pack {source} is not valid TOML ({exc})"]
    out = [f"pattern pack {source}: {problem}" for problem in schema.pack_problems(data)]
    pack = data.get("pack", {}).get("name", source) if isinstance(data.get("pack"), dict) else source
    entries = data.get("recognizer", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        return [], out + [f"pattern pack {source}: 'recognizer' must be a list of [[recognizer]] tables"]
    recognizers = []
    for number, entry in enumerate(entries, 1):
        rid = entry.get("id")
        name = f"recognizer {rid!r}" if isinstance(rid, str) else f"recognizer {number}"
        problems = schema.problems(entry)
        if problems:
            out.extend(f"pattern pack {source}: {name} {p}" if p.startswith(("lacks", "has", "names"))
                       else f"pattern pack {source}: {name}: {p}" for p in problems)
            continue
        try:
            recognizers.append((_build(entry, str(pack), source, probe), entry.get("replace") is True))
        except RedactorError as exc:
            out.append(str(exc))
    return recognizers, out


def builtin_pack_texts() -> list[tuple[str, str]]:
    folder = resources.files("redactor.patterns")
    return sorted((p.name, p.read_text(encoding="utf-8")) for p in folder.iterdir()
                  if p.name.endswith(".toml") and p.name != LEXICON)


def pack_texts(extra_dirs: Iterable[Path] = ()) -> list[tuple[str, str]]:
    """(source, TOML text) of the shipped packs, then of every `*.toml` in the user's folders."""
    return builtin_pack_texts() + own_pack_texts(extra_dirs)


def own_pack_texts(extra_dirs: Iterable[Path]) -> list[tuple[str, str]]:
    """(source, TOML text) of every `*.toml` in the user's folders."""
    packs: list[tuple[str, str]] = []
    for folder in extra_dirs:
        folder = Path(folder)
        if not folder.is_dir():
            raise RedactorError(f"pattern folder {folder} does not exist")
        for path in sorted(folder.glob("*.toml")):
            try:
                packs.append((str(path), path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError) as exc:
                raise RedactorError(f"pattern pack {path} cannot be read ({exc})") from None
    return packs


def load_categories(extra_dirs: Iterable[Path] = ()) -> Registry:
    """The built-in categories and those the packs declare (`[[category]]`, see redactor.categories)."""
    return _categories_of(pack_texts(extra_dirs))


def know_categories(extra_dirs: Iterable[Path] = ()) -> None:
    """Learn the packs' own categories (names, colours) where the packs themselves are loaded elsewhere
    (a batch's workers); a broken pack is left to fail each file with its own message."""
    try:
        load_categories(extra_dirs)
    except RedactorError:
        pass


def _categories_of(packs: list[tuple[str, str]]) -> Registry:
    parsed = []
    for source, text in packs:
        try:
            parsed.append((source, tomllib.loads(text)))
        except tomllib.TOMLDecodeError as exc:
            raise RedactorError(f"pattern pack {source} is not valid TOML ({exc})") from None
    registry = BUILTIN.with_packs(parsed)
    remember(registry)
    return registry


def load_recognizers(extra_dirs: Iterable[Path] = ()) -> list[Recognizer]:
    """The recognizers of the shipped packs, then of the user's (`extra_dirs`).

    Only the user's packs have their patterns probed for endless backtracking here: the shipped ones are
    the same in every process and are probed where they are checked (`redactor packs check`, the tests),
    which spares every start of a redaction, a batch worker and the window's analysis about 80 ms of CPU.
    """
    shipped = builtin_pack_texts()
    packs = shipped + own_pack_texts(extra_dirs)
    seen: dict[str, Recognizer] = {}
    for number, (source, text) in enumerate(packs):
        for rec, may_replace in _read_entries(text, source, probe=number >= len(shipped)):
            earlier = seen.get(rec.id)
            if earlier is not None:
                if not may_replace:
                    raise RedactorError(f"pattern pack {source}: recognizer id {rec.id!r} is already used by "
                                        f"pack {earlier.pack}; choose another id, or add replace = true to "
                                        "replace that recognizer")
                log.warning("pattern pack %s: recognizer %r replaces the one from pack %s", source, rec.id,
                            earlier.pack)
            seen[rec.id] = rec
    categories = _categories_of(packs)
    for rec in seen.values():
        if rec.category not in categories:
            raise PackError(f"pattern pack {rec.pack}: recognizer {rec.id!r}",
                            f"names category {rec.category!r}, which no pack declares; add a [[category]] "
                            "table for it (see redactor/data/categories.toml)")
    return list(seen.values())
