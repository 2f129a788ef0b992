"""The pack format, checked strictly: a misspelt key, a value of the wrong type or a missing field is an
error naming the pack, the recognizer and the key, not a recognizer that silently matches nothing.

`problems(entry)` lists what is wrong with one `[[recognizer]]` table; the loader refuses a pack on the
first problem, `redactor packs check` reports them all.
"""
from __future__ import annotations

import difflib
from typing import Callable

from . import hooks
from .kinds import KINDS
from .page_kinds import PAGE_KINDS
from .validators import VALIDATORS

VALUE_SHAPES = {"name", "address", "date", "digits", "token", "text", "vocab", "passport", "plate", "email", "iban", "serial", "booking"}


def _text(v: object) -> bool:
    return isinstance(v, str)


def _flag(v: object) -> bool:
    return isinstance(v, bool)


def _number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _texts(v: object) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _counts(v: object) -> bool:
    return isinstance(v, list) and all(isinstance(x, int) and not isinstance(x, bool) and x > 0 for x in v)


def _tables(v: object) -> bool:
    return isinstance(v, list) and all(isinstance(x, dict) for x in v)


_TYPES: dict[str, tuple[Callable[[object], bool], str]] = {
    "text": (_text, "a text in quotes"), "flag": (_flag, "true or false"), "number": (_number, "a number"),
    "texts": (_texts, "a list of texts"), "counts": (_counts, "a list of whole numbers above 0"),
    "tables": (_tables, "a list of tables"),
}
EVERY = frozenset(KINDS)
_PATTERNS = frozenset({"regex", "terms"})

# key: (type, the kinds it has an effect on)
FIELDS: dict[str, tuple[str, frozenset[str]]] = {
    "id": ("text", EVERY), "category": ("text", EVERY), "kind": ("text", EVERY),
    "labels": ("texts", EVERY), "inline": ("flag", EVERY), "default_on": ("flag", EVERY),
    "score": ("number", EVERY), "replace": ("flag", EVERY),
    "example": ("tables", EVERY), "near_miss": ("tables", EVERY),
    "lengths": ("counts", frozenset({"digits"})), "label_required": ("flag", frozenset({"digits"})),
    "loose_with_label": ("flag", frozenset({"digits"})),
    "validator": ("text", frozenset({"digits", "regex", "terms"})),
    "pattern": ("text", frozenset({"regex"})), "flags": ("text", frozenset({"regex"})),
    "terms": ("texts", frozenset({"terms", "names", "name_slots", "known_names"})),
    "case_sensitive": ("flag", frozenset({"terms"})), "fuzzy": ("flag", frozenset({"terms"})),
    "value": ("text", frozenset({"labelled"})), "vocabulary": ("texts", frozenset({"labelled"})),
    "not_terms": ("texts", _PATTERNS | {"known_names"}), "uncommon": ("flag", _PATTERNS),
    "names_only": ("flag", _PATTERNS | {"labelled"}),
    # (a span's hooks act on kinds that match patterns; a page's hooks, `hooks.PAGE_EXTEND`, on any kind)
    "normalise": ("text", _PATTERNS), "extend": ("texts", EVERY), "page_kind": ("text", _PATTERNS | {"labelled"}),
    "reject_if": ("texts", _PATTERNS | {"digits", "names", "name_slots", "known_names", "labelled"}),
}
REQUIRED = {"digits": ("lengths",), "regex": ("pattern",), "terms": ("terms",), "labelled": ("labels",)}
EXAMPLE_FIELDS = {"example": {"text": True, "expect": True}, "near_miss": {"text": True}}
PACK_FIELDS = {"name", "description"}
TOP_FIELDS = {"pack", "recognizer", "category"}  # [[category]]: see redactor.categories


def _unknown(key: str, known) -> str:  # noqa: ANN001
    close = difflib.get_close_matches(key, list(known), n=1)
    return f"unknown key {key!r}" + (f" (did you mean {close[0]!r}?)" if close else "")


def pack_problems(data: dict) -> list[str]:
    """What is wrong outside the recognizers: unknown top-level tables or `[pack]` keys."""
    out = [_unknown(key, TOP_FIELDS) for key in data if key not in TOP_FIELDS]
    pack = data.get("pack", {})
    if not isinstance(pack, dict):
        out.append("'pack' must be a [pack] table")
    else:
        out.extend(f"[pack]: {_unknown(key, PACK_FIELDS)}" for key in pack if key not in PACK_FIELDS)
        out.extend(f"[pack]: key {key!r} must be a text in quotes" for key in PACK_FIELDS
                   if key in pack and not isinstance(pack[key], str))
    return out


def problems(entry: dict) -> list[str]:
    """Every problem of one recognizer table, each naming the key."""
    out = [f"lacks {key!r}" for key in ("id", "category", "kind") if key not in entry]
    kind = entry.get("kind")
    if kind is not None and kind not in KINDS:
        out.append(f"has unknown kind {kind!r} (one of: {', '.join(sorted(KINDS))})")
        kind = None
    for key, value in entry.items():
        if key not in FIELDS:
            out.append(_unknown(key, FIELDS))
            continue
        type_name, kinds = FIELDS[key]
        check, wanted = _TYPES[type_name]
        if not check(value):
            out.append(f"key {key!r} must be {wanted}")
        elif kind is not None and kind not in kinds:
            out.append(f"key {key!r} has no effect on kind {kind!r} (only on: {', '.join(sorted(kinds))})")
    if kind is not None:
        out.extend(f"lacks {key!r}, which kind {kind!r} needs" for key in REQUIRED.get(kind, ())
                   if key not in entry)
    out.extend(_value_problems(entry))
    return out


def _value_problems(entry: dict) -> list[str]:
    out = []
    if _text(entry.get("validator")) and entry["validator"] not in VALIDATORS:
        out.append(f"names unknown validator {entry['validator']!r}")
    if _text(entry.get("value")) and entry["value"] not in VALUE_SHAPES:
        out.append(f"has unknown value shape {entry['value']!r} (one of: {', '.join(sorted(VALUE_SHAPES))})")
    if entry.get("value") == "vocab" and not entry.get("vocabulary"):
        out.append("lacks 'vocabulary', which value = \"vocab\" needs")
    if _number(entry.get("score")) and not 0 < entry["score"] <= 1:
        out.append("key 'score' must be above 0 and at most 1")
    if _text(entry.get("flags")) and set(entry["flags"]) - {"i"}:
        out.append("key 'flags' may only be \"i\" (ignore case)")
    if _text(entry.get("page_kind")) and entry["page_kind"] not in PAGE_KINDS:
        out.append(f"key 'page_kind' names unknown kind {entry['page_kind']!r} (one of: {', '.join(sorted(PAGE_KINDS))})")
    if _text(entry.get("normalise")) and entry["normalise"] not in hooks.NORMALISE:
        out.append(f"key 'normalise' names unknown rule {entry['normalise']!r} "
                   f"(one of: {', '.join(sorted(hooks.NORMALISE))})")
    if _texts(entry.get("extend")) and entry.get("kind") in KINDS and entry["kind"] not in _PATTERNS:
        out.extend(f"key 'extend': rule {name!r} has no effect on kind {entry['kind']!r} (only on: "
                   f"{', '.join(sorted(_PATTERNS))}; a page's rules on any: {', '.join(sorted(hooks.PAGE_EXTEND))})"
                   for name in entry["extend"] if name in hooks.EXTEND and name not in hooks.PAGE_EXTEND)
    if _texts(entry.get("extend")) and entry.get("kind") in KINDS and entry["kind"] != "labelled":
        out.extend(f"key 'extend': rule {name!r} has no effect on kind {entry['kind']!r} (only on: labelled)"
                   for name in entry["extend"] if name in hooks.LABELLED_EXTEND)
    for key, table in (("extend", {**hooks.EXTEND, **hooks.PAGE_EXTEND, **hooks.LABELLED_EXTEND}),
                       ("reject_if", hooks.REJECT_IF)):
        if _texts(entry.get(key)):
            out.extend(f"key {key!r} names unknown rule {name!r} (one of: {', '.join(sorted(table))})"
                       for name in entry[key] if name not in table)
    for key in ("labels", "terms"):
        if _texts(entry.get(key)) and entry[key] and not any(t.strip() for t in entry[key]):
            out.append(f"key {key!r} holds only empty texts")
    for key, fields in EXAMPLE_FIELDS.items():
        if not _tables(entry.get(key)):
            continue
        for number, example in enumerate(entry[key], 1):
            where = f"{key} {number}"
            out.extend(f"{where}: {_unknown(k, fields)}" for k in example if k not in fields)
            out.extend(f"{where}: lacks {k!r}" for k in fields if k not in example)
            out.extend(f"{where}: key {k!r} must be a text in quotes" for k in fields
                       if k in example and not isinstance(example[k], str))
            if isinstance(example.get("text"), str) and isinstance(example.get("expect"), str) \
                    and example["expect"] not in example["text"]:
                out.append(f"{where}: expect {example['expect']!r} is not part of its text")
    return out
