"""`layout.build_rows` tries for each word only the lines whose last word overlaps it in height, and
`layout.without_picture_marks` compares a mark only with the words overlapping it (both filed by bands of
rows): on any layout they must give what trying every line and every word gives."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect import layout
from redactor.findings import Box
from redactor.ocr import Word


def _every_line_tried(words, folds=()):
    """The lines as they were chained before the bands: each word tried against every line."""
    import bisect

    def side(word):
        return bisect.bisect(folds, word.box.left + word.box.width / 2)

    lines, last_lettered = [], []
    for word in sorted(words, key=lambda w: (w.box.left, w.box.top)):
        best, best_score = None, 0.0
        lettered_word = layout._has_letters(word.text)
        mark = not lettered_word and word.conf >= layout.SURE_MARK
        for index, line in enumerate(lines):
            last = line[-1]
            if folds and side(last) != side(word):
                continue
            gap = word.box.left - last.box.right
            if gap < -0.5 * last.box.height and not layout._past_its_letters(word, last) or gap > 60 * last.box.height:
                continue
            overlap = min(word.box.bottom, last.box.bottom) - max(word.box.top, last.box.top)
            score = overlap / max(1, min(word.box.height, last.box.height))
            if score < 0.5:
                continue
            lettered = last_lettered[index]
            size = lettered.box.height if lettered is not None else last.box.height
            ratio = 1.0 if mark else word.box.height / max(1, size)
            if 0.4 <= ratio <= 2.5 and score - gap / (100.0 * last.box.height) > best_score:
                best, best_score = index, score - gap / (100.0 * last.box.height)
        if best is None:
            lines.append([word])
            last_lettered.append(word if lettered_word else None)
        else:
            lines[best].append(word)
            if lettered_word:
                last_lettered[best] = word
    return lines


_WORD = st.tuples(st.sampled_from(["Nama", "Budi", ":", "|", "3273015507870001", "-", "x"]),
                  st.integers(0, 600), st.integers(0, 300), st.integers(1, 120), st.integers(1, 60),
                  st.sampled_from([20.0, 60.0, 96.0]))


@given(st.lists(_WORD, max_size=40), st.sampled_from([(), (300.0,)]))
@settings(max_examples=300, deadline=None)
def test_the_rows_are_those_trying_every_line_gives(specs, folds):
    words = [Word(text=f"{text}{i}" if text.isalpha() else text, box=Box(left, top, width, height), conf=conf,
                  line_id=0) for i, (text, left, top, width, height, conf) in enumerate(specs)]
    seen = []
    real = layout._merge_rows
    layout._merge_rows = lambda lines, side=None: seen.append([list(line) for line in lines]) or real(lines, side)
    try:
        rows = layout.build_rows(words, folds)
    finally:
        layout._merge_rows = real
    expected = _every_line_tried(words, folds)
    expected.sort(key=lambda line: (layout.median(w.box.top for w in line), line[0].box.left))
    assert seen == ([expected] if words else [])  # the lines the rows are then made of
    assert sum(len(seg.words) for row in rows for seg in row.segments) <= len(words)


def _marks_left_by_trying_every_word(words):
    sure = [w for w in words if w.conf >= layout.MARK_CONFIDENCE]
    out = []
    for word in words:
        text = word.text.strip()
        lettered = any(ch.isalpha() for ch in text)
        if text and word.conf < layout.MARK_CONFIDENCE and len(text) <= 4 and not any(ch.isdigit() for ch in text):
            box = word.box
            beside = [w.box.height for w in sure
                      if min(w.box.bottom, box.bottom) - max(w.box.top, box.top) > 0.3 * w.box.height
                      and abs(w.box.left - box.right) < 6 * box.height]
            tall = layout.MARK_HEIGHT if lettered else layout.PUNCTUATION_MARK_HEIGHT \
                if not set(text) <= layout._STROKES else None
            if tall is not None and beside and box.height >= tall * max(beside) \
                    and not layout._goes_on_from_the_left(word, words):
                continue
        out.append(word)
    return out


_MARK = st.tuples(st.sampled_from(["co", "@", "(sn)", "Budi", "|", "Nama"]), st.integers(0, 600), st.integers(0, 300),
                  st.integers(1, 120), st.integers(1, 90), st.sampled_from([20.0, 60.0, 90.0, 96.0]))


@given(st.lists(_MARK, max_size=30))
@settings(max_examples=300, deadline=None)
def test_the_picture_marks_left_out_are_those_comparing_every_sure_word_gives(specs):
    words = [Word(text=text, box=Box(left, top, width, height), conf=conf, line_id=0)
             for text, left, top, width, height, conf in specs]
    assert layout.without_picture_marks(words) == _marks_left_by_trying_every_word(words)


def test_a_neighbour_asked_for_a_segment_made_for_a_moment_is_not_handed_to_the_next():
    """Detection reads two wrapped lines as one segment made for a moment and asks for its neighbours; once
    it is freed, the next such segment may take its id.  Each must get its own neighbours, or a page's
    findings would depend on where in memory its segments happened to lie."""
    from redactor.detect.page import Page

    def word(text, left, top, line):
        return Word(text=text, box=Box(left, top, 10 * len(text), 16), conf=95.0, line_id=line)

    # Three columns of three lines each: what stands under a line depends on its column.
    words = [word(f"c{c}r{r}", 20 + 300 * c, 20 + 30 * r, 3 * r + c) for r in range(3) for c in range(3)]
    page = Page(rows=layout.build_rows(words))
    for _ in range(3):
        for c in range(3):
            moment = layout.Segment(words=[words[c]], row=0, index=c)  # a new object each time, freed at once
            below = page.neighbour(moment, "below")
            assert below is not None and below.text == f"c{c}r1"
            del moment
