"""`kind = "labelled"`: a value named by a label printed before it, beside it, above it or over its
table column, cut to its shape (`value = name | address | date | token | …`)."""
from __future__ import annotations

import re
from typing import Sequence

from .. import hooks
from ..labels import INLINE_ONLY, LABEL_TRANSLATION, STOP_LABELS, VALUE_LEAD, names_a_thing
from ..layout import Segment
from .. import text as T
from ..lexicon import common_words, words
from ..page import Candidate, Page
from ..recognizer import Recognizer
from ..shapes import shape_value
from .base import Shared
from .names import has_a_name

# The next field's label after an address on the same line.
_ADDRESS_STOP = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, words("labels", "address_stop"))) + r")\b")
# Secret labels that are also ordinary words ("Key Performance Indicator").
_WEAK_SECRET_LABELS = frozenset(words("labels", "weak_secret"))


def _in_capitals(text: str) -> bool:
    """Written in capitals, as OCR reads them (an I read as l now and then)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.75 * len(letters)


class LabelledFinder:
    kinds = ("labelled",)

    def __init__(self, recognizers: Sequence[Recognizer], shared: Shared):
        self.recs = [r for r in recognizers if r.label_regex is not None]
        self.headers = shared.headers

    def candidates(self, page: Page, seg: Segment) -> list[Candidate]:
        out: list[Candidate] = []
        for rec in self.recs:
            out.extend(self._labelled_candidates(page, seg, rec))
        return out

    def _labelled_candidates(self, page: Page, seg: Segment, rec: Recognizer) -> list[Candidate]:
        out = []
        if seg.row in page.header_rows:
            return out  # a header row holds labels only; its values are the cells below
        text = seg.text
        for m in rec.label_regex.finditer(text):
            if rec.value == "name" and names_a_thing(text, m.start()):
                continue  # "Item Name" over a receipt's items, "SSID Name": a thing's name
            inline_only = rec.inline or bool(INLINE_ONLY.fullmatch(m.group()))
            lead = VALUE_LEAD.match(text[m.end():])
            start = m.end() + lead.end()
            stop = STOP_LABELS.search(text, start) if rec.value not in ("address",) else None
            if rec.value == "address":
                stop = _ADDRESS_STOP.search(text, start)
            end = stop.start() if stop and stop.start() > start else len(text)
            target, t_start, t_end = seg, start, end
            if LABEL_TRANSLATION.fullmatch(text[start:end]):
                t_start = end  # "Surname / Nom", "Nama / Name": a bilingual label, its value is beside or below
            stacked_name = False
            if t_start >= len(text.rstrip()) or not text[t_start:t_end].strip():
                if seg.row in page.header_rows:
                    continue  # a table header's values are its column's cells, not the next header
                if re.search(r"[^\W\d_]", text[:m.start()]) and ":" not in text[m.end():]:
                    continue  # a label word ending a title ("ASN Kecamatan" over "34 anggota") labels nothing
                if inline_only:
                    # "Dari" or "Penerima" alone on its line over a name in capitals (a transfer proof that
                    # stacks label over value) names it; anywhere else such a word names what follows it.
                    below = page.neighbour(seg, "below")
                    if (rec.value != "name" or text[:m.start()].strip(" :") or below is None
                            or not _in_capitals(below.text) or page.beside(seg) is not None):
                        continue
                    stacked_name = True
                neighbour = page.neighbour(seg, "below") if stacked_name else page.beside(seg) or page.neighbour(seg, "below")
                if neighbour is None or page.header_of(neighbour) is not None or self.headers.is_header(neighbour):
                    continue  # the next cell of a header row is another label, not this label's value
                target, t_start = neighbour, VALUE_LEAD.match(neighbour.text).end()
                t_end = len(neighbour.text)
            shaped = shape_value(rec, target.text[t_start:t_end])
            if shaped is None and rec.value == "email" and "@" in target.text[t_start:t_end]:
                extra_email = self._wrapped_email(page, target, t_start, t_end)
                if extra_email:
                    out.append(extra_email)
                continue
            if shaped is None:
                continue
            offset, length = shaped
            s, e = t_start + offset, t_start + offset + length
            if (rec.names_only or stacked_name) and not has_a_name(target.text[s:e]):
                continue
            if stacked_name and any(w in T.NOT_A_PERSON for w in target.text[s:e].lower().split()):
                continue  # "BKPSDM KABUPATEN", "BANK JATIM": an office or a bank under the label
            if inline_only and rec.value == "name" and _in_capitals(target.text[s:e]) and not has_a_name(target.text[s:e]):
                # "THANK YOU FOR SHOPPING AT …", "AN KAB BULELENG" on a receipt: after a greeting or a short
                # label that is also a word, capitals give no hint of a name; one of its words must be one.
                continue
            if rec.value == "token" and m.group().strip(" :").lower() in _WEAK_SECRET_LABELS:
                if target.text[s:e].strip(".,:;").lower() in common_words():
                    continue  # "Key Performance Indicator", "Secret Santa": ordinary words after the label
            extra = (hooks.address_continuation(page, target, target.text[s:e], self.headers)
                     if rec.value == "address" else [])
            out.append(Candidate(rec.category, target, s, e, rec.score + 0.1, rec.id, target.text[s:e], extra))
        return out

    def _wrapped_email(self, page: Page, seg: Segment, start: int, end: int) -> Candidate | None:
        """`siti.rahma@exam` + `ple.org` on the next line of a narrow bubble."""
        below = page.neighbour(seg, "below")
        if below is None or " " in below.text.strip():
            return None
        joined = seg.text[start:end].strip() + below.text.strip()
        if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", joined):
            return None
        lead = len(seg.text[start:end]) - len(seg.text[start:end].lstrip())
        return Candidate("email", seg, start + lead, end, 0.8, "email_wrapped", joined,
                         [(below, 0, len(below.text.rstrip()))])



def column_candidates(page: Page, seg: Segment, header: Segment, labelled: Sequence[Recognizer],
                      phones: Sequence[Recognizer]) -> list[Candidate]:
    """A table cell under a header such as `Nama`, `Alamat`, `No HP`: the header is its label."""
    out = []
    if re.match(r"[A-Za-z][\w ./-]{0,20}:\s", seg.text):
        return out  # "Jumlah: 16" is a field of its own (a status bar, a footer), not a cell value
    for rec in labelled:
        if rec.inline:
            continue
        found = rec.label_regex.search(header.text)
        if rec.value == "name" and found and names_a_thing(header.text, found.start()):
            continue  # an "Item Name" or "Product Name" column holds things
        if found and not INLINE_ONLY.fullmatch(header.text.strip(" :")):
            shaped = shape_value(rec, seg.text)
            if shaped:
                s, e = shaped[0], shaped[0] + shaped[1]
                out.append(Candidate(rec.category, seg, s, e, rec.score, rec.id + "_column", seg.text[s:e]))
    for rec in phones:
        if rec.label_regex.search(header.text):
            norm = seg.norm
            m = re.search(r"\+?\d(?:[\s.\-]?\d){8,15}", norm)
            if m:
                out.append(Candidate("phone", seg, m.start(), m.end(), rec.score, rec.id + "_column", m.group()))
    return out

