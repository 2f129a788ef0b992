"""Masked previews: the only form in which a found value may be shown or logged."""
from __future__ import annotations

import unicodedata

BULLET = "\u2022"


def printable(text: str) -> str:
    """Control characters (from file names, OCR or hostile metadata) never reach a terminal or log raw."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in str(text))


# Unassigned and private code points, lone surrogates, symbols and the replacement character (bytes
# the OCR could not decode): a speck or a border read as text, never part of a value.
_NOT_TEXT = frozenset({"Cn", "Co", "Cs", "So", "Sk", "Mn", "Me", "Cf"})


def readable(value: str) -> str:
    """`value` as a preview may show it: the characters OCR reads off specks, icons and borders
    (`\ufffd`, `©`, an emoji, a stray `.` or `|` standing alone as a word) are dropped, so that a masked
    preview shows the shape of the value and nothing else."""
    kept = "".join(ch for ch in value if unicodedata.category(ch) not in _NOT_TEXT)
    return " ".join(w for w in kept.split() if any(ch.isalnum() for ch in w))


def mask_value(value: str) -> str:
    """`3171234567890001` -> `31••••••••••••01`; `Budi Santoso` -> `B••• S•••••`.

    At most 4 digits of any number are shown: 8 of a 16-digit NIK narrow it to a few people.  A value of
    more than 24 characters (spaces aside) shows its first and last ones: `R••••••••i`.
    """
    value = printable(readable(value)) or BULLET * 3
    compact = value.replace(" ", "")
    digits = sum(ch.isdigit() for ch in compact)
    if compact and digits >= 0.6 * len(compact):
        if len(compact) >= 8:
            return compact[:2] + BULLET * (len(compact) - 4) + compact[-2:]
        return compact[:1] + BULLET * (len(compact) - 1)
    if "@" in value and " " not in value:
        local, _, domain = value.partition("@")
        return (local[:1] + BULLET * max(1, len(local) - 1) + "@" + domain[:1]
                + BULLET * max(1, len(domain) - 1))
    if len(compact) > 24:
        # A long value (a name with its titles, a key, an address) shows its first and last characters
        # only, and always eight bullets: the word-by-word form would show many initials and every
        # word's length, and a longer head ("Rahm…") most of a given name.
        return value[:1] + BULLET * 8 + value[-1:]
    # (a one-letter word, an initial or "I", may show; a one-digit one is a house number or an RT)
    words = value.split(" ")
    return " ".join(w[:1] + BULLET * (len(w) - 1) if len(w) > 1 else (BULLET if w.isdigit() else w) for w in words)


def preview(label: str, value: str) -> str:
    return f"{label} {mask_value(value)}"
