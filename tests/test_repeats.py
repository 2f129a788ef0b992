"""Where a value found once stands again: `resolve._occurrences` searches value by value, and must find
exactly what one search for any of the values (the longest first) finds, left to right."""
from __future__ import annotations

import re
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect.resolve import _occurrences


def _as_one_pattern(value: str) -> str:
    if value.isdigit() and len(value) >= 8:  # a long number, also grouped another way
        return r"(?<![\d.-])" + r"[\s.-]?".join(value) + r"(?![\d]|[.-]\d)"
    return re.escape(value)


def _page(texts: list[str]):
    segments = [SimpleNamespace(text=t) for t in texts]
    return SimpleNamespace(rows=[SimpleNamespace(segments=segments[:1]), SimpleNamespace(segments=segments[1:])])


def _found(texts: list[str], values: list[str]) -> list[tuple[str, int, int]]:
    return [(seg.text, start, end) for seg, start, end in _occurrences(_page(texts), values)]


def test_a_number_stands_again_grouped_otherwise_but_not_inside_a_longer_one():
    texts = ["KPJ 18.628.640554 dan 18628640554", "Ref 186286405549", "x-18628640554", "18628640554.5"]
    assert _found(texts, ["18628640554"]) == [(texts[0], 4, 17), (texts[0], 22, 33)]


def test_where_two_values_start_at_one_place_the_longer_is_taken_and_the_search_goes_on_after_it():
    texts = ["Budi Santoso Wijaya; Budi Santoso"]
    assert _found(texts, ["Budi Santoso Wijaya", "Budi Santoso"]) == [(texts[0], 0, 19), (texts[0], 21, 33)]
    assert _found(["abcabcabc"], ["abcabc"]) == [("abcabcabc", 0, 6)]


_TEXT = st.text(alphabet="0123456789 .-ab\t\u0663", max_size=30)


@given(st.lists(_TEXT, min_size=1, max_size=4), st.data())
@settings(max_examples=400, deadline=None)
def test_the_same_places_as_one_pattern_of_all_the_values(texts, data):
    values = set()
    for _ in range(data.draw(st.integers(1, 4))):
        if data.draw(st.booleans()):  # a number, or a piece of the page's own text (found there once at least)
            values.add(data.draw(st.text(alphabet="0123456789", min_size=6, max_size=12)))
        else:
            text = data.draw(st.sampled_from(texts))
            start = data.draw(st.integers(0, len(text)))
            values.add(re.sub(r"\s+", " ", text[start:start + data.draw(st.integers(6, 14))].strip()))
    values = sorted((v for v in values if len(v) >= 6), key=len, reverse=True) or ["123456789"]
    one = re.compile("|".join(_as_one_pattern(v) for v in values))
    expected = [(t, m.start(), m.end()) for t in texts for m in one.finditer(t)]
    assert _found(texts, values) == expected
