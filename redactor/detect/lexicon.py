"""Word lists that tell a capitalised name from capitalised ordinary words.

A run of capitalised words is read as a person's name when at least one of its
words is not an ordinary dictionary word (Tesseract's own ind/eng word lists)
or is a known Indonesian name that doubles as a word ("Permata", "Rahayu").
Menu items, headings and place phrases ("Data Pegawai", "Dinas Kesehatan")
are made of dictionary words only, so they stay uncovered.
"""
from __future__ import annotations

import functools
import gzip
from importlib import resources


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    data = resources.files("redactor").joinpath("data/common_words.txt.gz").read_bytes()
    text = gzip.decompress(data).decode("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    text = resources.files("redactor").joinpath("data/names_id.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def looks_like_name_word(word: str) -> bool:
    bare = word.strip(",.'’").lower()
    if len(bare) < 3 or not bare.isalpha():
        return False
    return bare in name_words() or bare not in common_words()
