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


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    data = resources.files("redactor").joinpath("data/english_words.txt.gz").read_bytes()
    text = gzip.decompress(data).decode("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    text = resources.files("redactor").joinpath("data/places_id.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def _indonesian():
    """KBBI root words and a stemmer that finds the root inside a derived word (Sastrawi)."""
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    class _RootSet(ArrayDictionary):  # the library keeps its 30,000 roots in a list: one look-up took 1 ms
        def __init__(self, words):
            self.words = words

    roots = frozenset(w for w in StemmerFactory().get_words() if w)
    return roots, Stemmer(_RootSet(roots))


@functools.lru_cache(maxsize=16384)
def is_ordinary_word(word: str) -> bool:
    """A word of the language rather than a name: a KBBI root or a word built on one
    ("pengadaan", "terlampir"), or an English dictionary word.

    Stricter than `common_words`: Tesseract's word lists were gathered from web text and hold
    thousands of names ("situmorang", "prabowo"); these two lists spell names with a capital or
    leave them out.  A stem only counts when a real affix came off ("di-mas" is a name, not "mas").
    """
    bare = word.strip(",.;:'’()").lower()
    if not bare.isalpha():
        return False
    roots, stemmer = _indonesian()
    if bare in roots or bare in english_words():
        return True
    stem = stemmer.stem(bare)
    removed = len(bare) - len(stem)
    return stem in roots and (removed >= 3 or (removed == 2 and len(stem) >= 4))
