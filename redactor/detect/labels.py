"""How far a value is from its label.

The label is looked for in four places, nearest first: earlier on the same segment (`NIK: 3171…`, glued
or not), the segment to its left (`Nama    : Budi`, also on a neighbouring row of a tilted photo), the
header of its table column, and the line just above (forms that stack label over value).
"""
from __future__ import annotations

import re

from .layout import Segment
from .lexicon import words
from .page import Page
from .recognizer import Recognizer, label_pattern

# What may stand between a label and its value: punctuation, and "No."/"Nomor" ("NIK No. 3171…").
VALUE_LEAD = re.compile(r"^[\s:;.,=\-–>|]*(?:(?:no|nomor|number|nr|num)\b[\s.:]*)?", re.IGNORECASE)
# The second language of a bilingual label ("Surname / Nom", "Tanggal Lahir / Date of birth").
LABEL_TRANSLATION = re.compile(r"\s*/\s*[^\W\d_][^\W\d_'’.-]*\.?(?:\s[^\W\d_'’-]+\.?){0,3}\s*:?\s*")

# Labels that only name the value written right after them on the same line
# (chat greetings, "Pak Budi"), never a value to the right or below.
INLINE_ONLY = label_pattern(words("labels", "inline_only"))
# Words that end a labelled value: the next field's label on the same line.
STOP_LABELS = label_pattern(words("labels", "stop"))


def label_distance(page: Page, seg: Segment, start: int, rec: Recognizer) -> float | None:
    """How far the nearest of `rec`'s labels is from a value at `start` of `seg` (None: no label)."""
    regex = rec.label_regex
    if regex is None:
        return None
    lo = max(0, start - 48)
    while lo > 0 and not seg.text[lo - 1].isspace():
        lo -= 1  # never start the window inside a word ("halam|an" is not the label "an.")
    prefix = seg.text[lo:start]
    best = None
    for m in regex.finditer(prefix):
        best = len(prefix) - m.end()
    if best is not None:
        return float(best)
    left = page.neighbour(seg, "left")
    if left is not None and regex.search(left.text[-40:]):
        return 100.0
    left = page.tilted_neighbour(seg, "left", skip_punct=False)
    if left is not None and regex.search(left.text[-40:]):
        return 110.0
    header = page.header_of(seg)
    if header is not None and regex.search(header.text):
        return 200.0
    if page.neighbour(seg, "left") is None:
        # The second line of a field's value (a proof's source account under the sender's name,
        # right-aligned far from its label): the label is the one beside the line above.
        over = page.neighbour(seg, "above")
        label = page.neighbour(over, "left") if over is not None else None
        if label is not None and regex.search(label.text[-40:]) and label.box.right < seg.box.left:
            return 250.0
    above = page.neighbour(seg, "above")
    if above is not None and len(above.text) <= 40:
        m = regex.search(above.text)
        # A label stacked over its value stands alone; a line that already holds its own value does not count.
        rest = (above.text[:m.start()] + above.text[m.end():]) if m else ""
        if m and not re.search(r"\d", rest) and len(rest.split()) <= 2:
            return 300.0
    return None
