"""What every kind of recognizer may consult besides its own recognizers."""
from __future__ import annotations

from dataclasses import dataclass

from ..tables import Headers


@dataclass(frozen=True)
class Shared:
    headers: Headers  # every label that may head a column or stand before a value
    not_names: frozenset[str]  # words that make a capitalised run a group, an office or a menu
