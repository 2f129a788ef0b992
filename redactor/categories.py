"""The category registry: one table of what every kind of finding is called, looks like and means.

The built-in categories are data (`redactor/data/categories.toml`); a pattern pack may add its own with
the same `[[category]]` tables, so an agency's new kind of number needs no code:

    [[category]]
    id = "student_id"
    label = "NIM"
    group = "identity"
    name_en = "student number"
    name_id = "nomor induk mahasiswa"
    personal = true

The engine reads the short label and whether a category is personal data or a picture region; the
command line, the reports and the app read the names (English or Indonesian), the order and the colour.
Metadata kinds (GPS location, camera, ...) are named in the same file.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Mapping

from .errors import PackError

LANGUAGES = ("en", "id")
DEFAULT_COLOUR = "#6f6e77"
# A pack's categories come after the built-in ones unless they give an order of their own.
PACK_ORDER = 10_000

_FIELDS = {"id": str, "label": str, "group": str, "name_en": str, "name_id": str, "plural_en": str, "colour": str,
           "personal": bool, "region": bool, "order": int}
_REQUIRED = ("id", "label", "name_en")


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    group: str = "other"
    name_en: str = ""
    name_id: str = ""
    plural_en: str = ""
    colour: str = DEFAULT_COLOUR
    personal: bool = False
    region: bool = False
    order: int = PACK_ORDER
    pack: str = "built-in"

    def name(self, language: str = "en") -> str:
        return (self.name_id or self.name_en) if language == "id" else self.name_en

    def counted(self, n: int, language: str = "en") -> str:
        """"2 phone numbers" / "2 nomor HP": Indonesian nouns do not change in the plural."""
        if language == "id" or n == 1:
            return f"{n} {self.name(language)}"
        return f"{n} {self.plural_en or self.name_en + 's'}"


@dataclass(frozen=True)
class MetadataKind:
    id: str
    name_en: str
    name_id: str
    order: int

    def name(self, language: str = "en") -> str:
        return self.name_id if language == "id" else self.name_en


def _unknown(category_id: str) -> Category:
    """A category nobody declared (an old report, a settings file): its id in words, listed last."""
    words = category_id.replace("_", " ")
    return Category(id=category_id, label=category_id, name_en=words, name_id=words, order=PACK_ORDER * 10)


def _read_table(entry: object, where: str, order: int, group_colours: Mapping[str, str]) -> Category:
    if not isinstance(entry, dict):
        raise PackError(where, "'category' must be a list of [[category]] tables")
    cid = entry.get("id")
    where = f"{where}: category {cid!r}" if isinstance(cid, str) else where
    for key, value in entry.items():
        if key not in _FIELDS:
            raise PackError(where, f"unknown key {key!r} (known: {', '.join(_FIELDS)})")
        if not isinstance(value, _FIELDS[key]) or (_FIELDS[key] is int and isinstance(value, bool)):
            raise PackError(where, f"{key!r} must be {_FIELDS[key].__name__}, not {type(value).__name__}")
    for key in _REQUIRED:
        if not entry.get(key, "").strip():
            raise PackError(where, f"lacks {key!r}")
    group = entry.get("group", "other")
    return Category(
        id=cid, label=entry["label"], group=group, name_en=entry["name_en"], name_id=entry.get("name_id", ""),
        plural_en=entry.get("plural_en", ""), colour=entry.get("colour", group_colours.get(group, DEFAULT_COLOUR)),
        personal=entry.get("personal", False), region=entry.get("region", False),
        order=entry.get("order", order), pack=where.split(": category")[0])


class Registry(Mapping[str, Category]):
    """Categories by id.  Looking up an id nobody declared gives a stand-in named after the id."""

    def __init__(self, categories: Iterable[Category], metadata: Iterable[MetadataKind] = ()):
        self._by_id = {c.id: c for c in categories}
        self.metadata = {m.id: m for m in metadata}

    def __getitem__(self, category_id: str) -> Category:
        return self._by_id[category_id]

    def __iter__(self):
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def of(self, category_id: str) -> Category:
        return self._by_id.get(category_id) or _unknown(category_id)

    def ordered(self) -> list[Category]:
        return sorted(self._by_id.values(), key=lambda c: (c.order, c.id))

    def sort_key(self, category_id: str) -> tuple[int, str]:
        return (self.of(category_id).order, category_id)

    def metadata_name(self, kind: str, language: str = "en") -> str:
        known = self.metadata.get(kind)
        return known.name(language) if known else kind.replace("_", " ")

    def metadata_order(self, kind: str) -> int:
        known = self.metadata.get(kind)
        return known.order if known else len(self.metadata)

    def with_packs(self, packs: Iterable[tuple[str, dict]]) -> "Registry":
        """This registry and the `[[category]]` tables of the packs, given as (source, parsed TOML)."""
        added: dict[str, Category] = {}
        group_colours: dict[str, str] = {}
        for c in self.ordered():
            group_colours.setdefault(c.group, c.colour)
        for source, data in packs:
            entries = data.get("category", [])
            if not isinstance(entries, list):
                raise PackError(f"pattern pack {source}", "'category' must be a list of [[category]] tables")
            for entry in entries:
                category = _read_table(entry, f"pattern pack {source}", PACK_ORDER + len(added), group_colours)
                earlier = self._by_id.get(category.id) or added.get(category.id)
                if earlier is not None:
                    raise PackError(f"pattern pack {source}: category {category.id!r}",
                                    f"is already declared by {earlier.pack}; choose another id")
                added[category.id] = category
        if not added:
            return self
        return Registry([*self._by_id.values(), *added.values()], self.metadata.values())


def _builtin() -> Registry:
    text = (resources.files("redactor") / "data" / "categories.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    categories = []
    for i, entry in enumerate(data["category"]):
        categories.append(_read_table(entry, "built-in categories", 10 * (i + 1), {}))
    metadata = [MetadataKind(m["id"], m["name_en"], m["name_id"], i) for i, m in enumerate(data["metadata"])]
    return Registry(categories, metadata)


BUILTIN = _builtin()
# Every category known in this process: the built-in ones and those of every pack loaded so far, so that
# a finding, a report row or a setting is named wherever it is shown.
_known = BUILTIN


def remember(registry: Registry) -> None:
    """Add the categories of `registry` (the engine's, after it loaded packs) to those names are looked up in."""
    global _known
    new = [c for c in registry.values() if c.id not in _known]
    if new:
        _known = Registry([*_known.values(), *new], _known.metadata.values())


def known() -> Registry:
    return _known


def category(category_id: str) -> Category:
    return _known.of(category_id)
