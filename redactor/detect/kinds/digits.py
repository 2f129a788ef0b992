"""`kind = "digits"`: numbers of given lengths (NIK, KK, NIP, accounts, cards), checked by a validator or
vouched for by a label, also when OCR split them over cells or lines."""
from __future__ import annotations

import re
from typing import Sequence

from .. import text as T
from .. import hooks
from ..labels import label_distance, reference_label_distance
from ..layout import Segment
from ..page import Candidate, Page
from ..recognizer import Recognizer
from ..validators import VALIDATORS
from .base import Shared

# Digit runs: groups of digits separated by a space, dot, comma or dash (two when OCR adds a space: "901. 3").
_DIGIT_RUN = re.compile(r"\+?\d(?:[ .,\-–]{0,2}\d)*")
_GROUP = re.compile(r"\d+")
_PRICE_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?:Rp\.?|IDR|USD)|\$)\s*$", re.IGNORECASE)
_MASKED_BEFORE = re.compile(r"[*•●xX#]{2,}[\s-]*$")
_FULL_DATE = re.compile(r"(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}|\d{1,2}([-/.])\d{1,2}\2(?:19|20)\d{2}")


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(?:19|20)?\d{2}(?!\d)")
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})\s*" + T.MONTHS + r"(?![a-z])", re.IGNORECASE)


# After a validated number, this many digits more glued to it make another number read with it (a NIP's or an
# account's, at least part of it), not a digit or two OCR added.
GLUED_REST = 8
# The numbers whose validators check what the digits say (a region, a birth date, a hiring date), so that a
# long run opening with one is that number: a person's record's (NIK, KK, NIP).
_RECORD_VALIDATORS = frozenset({"nik", "kk", "nik_or_kk", "nip"})


# An amount in a statement's cell: thousands grouped, two decimals after the other separator
# ("820,000.00", "1.250.000,00").  No account or card number is printed so.
_AMOUNT_CELL = re.compile(r"\d{1,3}(?:([.,])\d{3})+(?!\1)[.,]\d{2}(?!\d)")


def _next_table_row(page: Page, seg: Segment, below: Segment) -> bool:
    """`below` is the same column's cell on the next row of a table, not the line `seg` wraps onto: both
    have a cell on their left starting at one left edge (a table's first columns: the date, the number).
    A wrapped line has nothing beside it where the row's other cells stand."""
    left, left_below = page.neighbour(seg, "left"), page.neighbour(below, "left")
    if left is None or left_below is None:
        return False
    return abs(left.box.left - left_below.box.left) <= 0.8 * max(seg.height, below.height)


def _starts_with_a_date(text: str) -> bool:
    """`text` opens with a day, a month and a year ("11.08.22-18:50", "03-09-2022"), or a day and a
    month's name ("21 Des 2025 15:06")."""
    m = _DAY_MONTH_YEAR.match(text) or _DAY_MONTH_NAME.match(text)
    return bool(m) and 1 <= int(m.group(1)) <= 31 and (m.re is _DAY_MONTH_NAME or 1 <= int(m.group(3)) <= 12)


class DigitFinder:
    kinds = ("digits",)

    def __init__(self, recognizers: Sequence[Recognizer], shared: Shared):
        self.digit_recs = list(recognizers)
        self.digit_lengths = sorted({n for r in self.digit_recs for n in r.lengths})
        self._digit_length_set = set(self.digit_lengths)
        self._longest_digits = max(self.digit_lengths, default=0)
        self._short_lengths = {n for n in self.digit_lengths if n < 5}
        # Each recognizer with the lengths it takes exactly and those a digit off (a digit lost or added by OCR).
        self._by_length = [(r, frozenset(r.lengths), frozenset(n + d for n in r.lengths for d in (-1, 1)))
                           for r in self.digit_recs]

    def candidates(self, page: Page, seg: Segment) -> list[Candidate]:
        if not self.digit_recs:
            return []
        norm = seg.norm
        out = []
        for run in _DIGIT_RUN.finditer(norm):
            end = T.end_before_an_amount(norm, run.start(), T.end_before_a_time(norm, run.start(), run.end()))
            if end != run.end():
                run = _DIGIT_RUN.match(norm, run.start(), end)  # "0812-3456-789 16.52": a time after the number
            ends_segment = not norm[run.end():].strip(" -.,–")
            continues = ends_segment and bool(norm[run.end():].strip())  # "0812-3456-" goes on below
            before = norm[:run.start()]
            if len(run.group()) < 5:
                if self._short_lengths and run.group().isdigit() and len(run.group()) in self._short_lengths:
                    # A card's security code: three or four digits, only behind its own label.
                    cand = self._classify_digits(page, seg, run.start(), run.end(), run.group(), short=True)
                    if cand is not None:
                        out.append(cand)
                        continue
                if not (ends_segment and len(run.group()) >= 3):
                    continue
            if _PRICE_BEFORE.search(before) or _MASKED_BEFORE.search(before):
                continue  # an amount; the last digits a masked card number shows ("5221 84** **** 8066")
            if before and before[-1].isalpha():
                glued = re.search(r"[^\W\d_]+$", before)
                word = glued.group() if glued else before[-1]
                if not any(r.label_regex and r.label_regex.fullmatch(word) for r in self.digit_recs):
                    continue
            groups = [(run.start() + g.start(), run.start() + g.end(), g.group()) for g in _GROUP.finditer(run.group())]
            found = self._wrapped_digits(page, seg, run) if continues else []
            if not found:
                found = self._pick_digit_spans(page, seg, norm, groups) if len(run.group()) >= 5 else []
            if not found and ends_segment and not continues:  # (with `continues` it was tried above)
                found = self._wrapped_digits(page, seg, run)
            elif found and ends_segment and not continues and len(groups) >= 2:
                self._same_groups_below(page, seg, found, groups, norm[groups[0][1]:groups[1][0]])
            out.extend(found)
        return out

    def _wrapped_digits(self, page: Page, seg: Segment, run: re.Match) -> list[Candidate]:
        """A number split over cells: groups spaced far apart on one line, or wrapped onto the next."""
        digits = re.sub(r"\D", "", run.group())
        extra: list[tuple[Segment, int, int]] = []
        current = seg
        for _ in range(3):
            nxt = page.neighbour(current, "right")
            if nxt is not None and (nxt.box.left - current.box.right > 6 * current.height
                                    or _AMOUNT_CELL.match(nxt.norm) or _starts_with_a_date(nxt.norm)):
                # too far, or the next cell an amount ("0312 | 820,000.00 DB") or a date (a decree's "NIP.
                # 19811115 202011 1 | 15-11-1981", its last group wrapped under it): no group of the number
                nxt = None
            if nxt is None:
                nxt = page.neighbour(current, "below")
                if nxt is not None and self._after_its_own_label(page, nxt):
                    break  # "DARI REK : 328-303-…" under a card's garbled line: a field of its own
                if nxt is not None and _next_table_row(page, current, nxt):
                    break  # a column of short codes ("0312" over "0998"): each its own row's cell
            if nxt is None:
                break
            tail = nxt.norm
            m = re.match(r"\d(?:[ .\-]?\d)*", tail)
            if not m or _starts_with_a_date(tail[m.start():]):
                break  # a receipt's date and time start the next line: a postal code does not go on there
            digits += re.sub(r"\D", "", m.group())
            extra.append((nxt, 0, m.end()))
            cand = self._classify_digits(page, seg, run.start(), run.end(), digits)
            if cand is not None:
                cand.extra.extend(extra)
                cand.value = digits
                return [cand]
            if tail[m.end():].strip():
                break
            current = nxt
        return []

    def _after_its_own_label(self, page: Page, seg: Segment) -> bool:
        """`seg` stands right after a label on its own line (a colon, or a number's label such as "No.
        Rek"): the value of that field, not the end of a number wrapped from the line above."""
        if seg.index == 0:
            return False
        before = page.rows[seg.row].segments[seg.index - 1].text.strip()
        return before.endswith(":") or any(r.label_regex is not None and r.label_regex.fullmatch(before.rstrip(" :"))
                                           for r in self.digit_recs)

    def _same_groups_below(self, page: Page, seg: Segment, found: list[Candidate],
                           groups: list[tuple[int, int, str]], separator: str) -> None:
        """`No. Rekening: 1234 5678` + `9012 3456 (BNI)`: a number already whole on its line goes on at
        the start of the next one when that line opens with groups of the same length and separator and
        the two together still make a number of the kind, under the same label. An amount, a date, a
        time or a row number on the next line has another shape, so it stays apart."""
        last = found[-1]
        width = len(groups[-1][2])
        if last.end != groups[-1][1] or width < 3 or separator.strip(" .-") or len(separator) > 2:
            return
        below = page.neighbour(seg, "below")
        if below is None:
            return
        head = below.norm
        lead = len(head) - len(head.lstrip())
        sep = re.escape(separator)
        m = re.compile(rf"\d{{{width}}}(?:{sep}\d{{{width}}})*(?:{sep}\d{{2,{width}}})?"
                       r"(?![\d:/]|[.,\-]\d)").match(head, lead)
        if m is None or _starts_with_a_date(head[m.start():]):
            return
        digits = last.value + re.sub(r"\D", "", m.group())
        cand = self._classify_digits(page, seg, last.start, last.end, digits)
        if cand is None or cand.category != last.category:
            return
        last.value = digits
        last.extra.append((below, m.start(), m.end()))

    def _pick_digit_spans(self, page, seg, norm, groups) -> list[Candidate]:
        options: list[tuple[float, int, int, Candidate]] = []
        lengths = self._digit_length_set
        if groups and _FULL_DATE.fullmatch(norm[groups[0][0]:groups[-1][1]]):
            return []  # "2021-06-01": a date, not a number made of its parts
        for i in range(len(groups)):
            total = 0
            for j in range(i, len(groups)):
                total += len(groups[j][2])
                if total > self._longest_digits:
                    break
                if total not in lengths and total - 1 not in lengths and total + 1 not in lengths:
                    continue
                start, end = groups[i][0], groups[j][1]
                digits = "".join(g[2] for g in groups[i:j + 1])
                if T.DATE.fullmatch(norm[start:end]):
                    continue
                cand = self._classify_digits(page, seg, start, end, digits)
                if cand is not None:
                    options.append((cand.score, j - i, total, cand))
        if not options and len(groups) == 1 and len(groups[0][2]) > self._longest_digits:
            glued = self._numbers_glued(page, seg, groups[0])
            if glued is not None:
                return [glued]
        chosen: list[Candidate] = []
        for _, _, _, cand in sorted(options, key=lambda o: (-o[0], -o[2])):
            overlapping = [c for c in chosen if not (cand.end <= c.start or cand.start >= c.end)]
            if not overlapping:
                chosen.append(cand)
            elif round(cand.score, 6) >= 0.8:  # (a labelled loose match scores 0.7 + 0.1, a hair under 0.8)
                # Two sure readings of one run (a card number and the NIK a shifted window forms, or two
                # windows of a labelled run longer than any phone): cover both, so no group of either stays
                # visible.
                first = overlapping[0]
                first.start, first.end = min(first.start, cand.start), max(first.end, cand.end)
        return chosen

    def _numbers_glued(self, page: Page, seg: Segment, group: tuple[int, int, str]) -> Candidate | None:
        """A run of digits longer than any number that opens with a number its validator passes (a sheet's
        NIK and NIP in cells side by side read as one word, "35010941108562119770724201812101"): two numbers
        of a record OCR read as one.  The whole run is covered as the first one's kind; no amount or code runs
        to so many digits ungrouped."""
        start, end, digits = group
        for rec, lengths, _near in self._by_length:
            if rec.validator not in _RECORD_VALIDATORS:
                continue  # (a check digit alone, Luhn's, passes one run in ten: a long reference's first digits)
            for n in sorted(lengths, reverse=True):
                if len(digits) - n < GLUED_REST or not VALIDATORS[rec.validator](digits[:n]):
                    continue
                cand = self._classify_digits(page, seg, start, start + n, digits[:n])
                if cand is not None and cand.recognizer == rec.id:
                    cand.end, cand.value = end, digits
                    return cand
        return None

    def _classify_digits(self, page, seg, start, end, digits, short: bool = False) -> Candidate | None:
        best: tuple[float, Candidate] | None = None
        # One number keeps one kind of separator ("3273 0155 0787 9901", "0812-3456-7890"); a run that
        # mixes them is usually a date, a time and a year side by side, so only a label makes it a number.
        span_text = seg.norm[start:end]
        separators = {sep.strip() or " " for sep in re.findall(r"\D+", span_text)}
        mixed = len(separators) > 1
        # A transaction's reference ("No. Ref 2498 5901 3184 84") is the bank's record of the payment: only
        # a nearer label of a person's number makes it one.
        reference = reference_label_distance(page, seg, start)
        count = len(digits)
        for rec, lengths, near_lengths in self._by_length:
            exact = count in lengths
            near = count in near_lengths
            if short and not (exact and rec.label_required):
                continue
            if not exact and not near:
                continue
            valid = exact and (rec.validator is None or VALIDATORS[rec.validator](digits))
            distance = label_distance(page, seg, start, rec)
            labelled = distance is not None
            if reference is not None and (distance is None or reference < distance):
                continue
            if rec.label_required and not labelled:
                continue
            if mixed and not labelled:
                continue
            if not valid and not (labelled and rec.loose_with_label):
                continue
            if not exact and not labelled:
                continue
            if rec.validator is None and not labelled:
                continue
            if rec.reject_if and hooks.rejected(rec.reject_if, page, seg, start, end):
                continue  # 1.250.000 is money; 5.1.02.01.01 under "Kode Rekening" a budget account code
            # Rank: a nearer label wins; a passing hard rule beats a loose match.
            rank = (1000.0 - distance if labelled else 0.0) + (50.0 if valid and rec.validator else 0.0) \
                + (5.0 if exact else 0.0) + rec.score
            score = min(1.0, rec.score + (0.1 if labelled else 0.0)) if valid or labelled else rec.score * 0.7
            cand = Candidate(rec.category, seg, start, end, score, rec.id, digits)
            if best is None or rank > best[0]:
                best = (rank, cand)
        return best[1] if best else None

