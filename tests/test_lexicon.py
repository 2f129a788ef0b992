"""Word lists are data: `patterns/lexicon.toml`, read once, checked by `redactor packs check`."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from redactor.detect import check, lexicon
from redactor.detect.check import check_packs

ROOT = Path(__file__).resolve().parents[1]


def python_sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for folder in ("redactor", "ui")
                     for p in sorted((ROOT / folder).rglob("*.py")))


@pytest.mark.parametrize("section, key", [(s, k) for s, keys in lexicon.LEXICON_KEYS.items() for k in keys])
def test_each_word_list_is_read_from_the_lexicon_and_written_nowhere_in_code(section, key):
    words = lexicon.words(section, key)
    assert words, (section, key)
    code = python_sources()
    # A list copied into code repeats its words as string literals, or as a regular expression's alternatives.
    # (Short words such as "NIK" or "di" are category names and ordinary words all over the code.)
    quoted = [w for w in words if len(w) >= 5 and (f'"{w}"' in code or f"'{w}'" in code)]
    assert len(quoted) <= max(2, len(words) // 5), f"[{section}] {key}: also written in code: {quoted[:6]}"
    alternatives = ["|".join(words[i:i + 3]) for i in range(len(words) - 2)]
    copied = [a for a in alternatives if a.lower() in code.lower()]
    assert not copied, f"[{section}] {key}: also written in code as a pattern: {copied[:3]}"


def test_the_shipped_lists_hold_the_words_the_rules_rely_on():
    assert {"kepala", "dinas", "terima"} <= set(lexicon.words("names", "stop_words"))
    assert "Kewarganegaraan" in lexicon.words("identity_card", "labels")
    assert "simpeg" in lexicon.words("internal_url", "host_words")
    from redactor.detect import hooks

    assert hooks.is_internal_url("https://simpeg.kotacontoh.go.id/login")
    assert not hooks.is_internal_url("https://www.kotacontoh.go.id/berita")


@pytest.mark.parametrize("text, problem", [
    ("[names]\nstop_words = ['a']\n", "lacks the table [labels]"),
    ("[nmaes]\n", "unknown table [nmaes]"),
])
def test_a_broken_lexicon_is_reported_by_the_check(text, problem, monkeypatch):
    monkeypatch.setattr(check, "read_lexicon_text", lambda: text)
    problems = check_packs()
    assert problems and all(line.startswith("word lists lexicon.toml") for line in problems), problems
    assert any(problem in line for line in problems), problems


def test_lexicon_problems_name_the_table_and_the_key():
    data = tomllib.loads(lexicon.read_lexicon_text())
    assert lexicon.lexicon_problems(data) == []
    data["values"]["not_a_secret"] = "listrik"
    data["values"]["typo"] = ["x"]
    problems = lexicon.lexicon_problems(data)
    assert "[values]: key 'not_a_secret' must be a list of texts, none empty" in problems
    assert "[values]: unknown key 'typo'" in problems
