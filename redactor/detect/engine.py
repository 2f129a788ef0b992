"""Run the pattern packs over OCR rows and turn matches into findings.

The page is rebuilt from word boxes (`layout`, `page`, `tables`); each kind of recognizer looks at every
segment in turn (`kinds`); candidates found once are looked for again elsewhere, merged and turned into
findings (`resolve`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Sequence

from ..categories import category
from ..findings import Box, Finding
from ..ocr.result import Word
from . import hooks
from .kinds import FINDERS, Shared, column_candidates
from .kinds.digits import DigitFinder
from .kinds.labelled import LabelledFinder
from .kinds.names import has_a_name, is_personal_word
from .lexicon import words as word_list
from .labels import after_street_word, label_runs_on
from .kinds.regex import PatternFinder
from .kinds.terms import terms_regex
from .layout import Segment, build_rows, with_lead_ins, without_picture_marks
from .page import Candidate, Page
from .recognizer import Recognizer
from .resolve import (
    account_holders, accounts_under_holders, birth_date_columns, clipped_first_words, dedupe, degrees_after_names,
    framed_plates, glued_secret_rests, holders_above, member_lists, name_continuations, names_of_things,
    names_with_lost_letters, names_wrapped_in_lists, number_key, number_tails, recipient_lists, repeats,
    system_name_echoes, to_findings, wrapped_birth_places,
)
from .tables import Headers, cell_lines, clipped_column, value_columns


# Labels that only name the value written right after them on the same line


class Detector:
    def __init__(self, recognizers: Sequence[Recognizer], own_terms: Iterable[str] = (),
                 disabled: Iterable[str] = (), visible_terms: Iterable[str] = ()):
        disabled = set(disabled)
        self.recognizers = [r for r in recognizers if r.default_on and r.category not in disabled
                            and r.id not in disabled]
        self.headers = Headers(self.recognizers)
        # Words that make a capitalised run a group, an office, a job or a menu rather than a person.
        not_names = frozenset(t.lower() for r in self.recognizers if r.kind in ("names", "name_slots")
                              for t in r.terms)
        shared = Shared(headers=self.headers, not_names=not_names)
        self.finders = [finder([r for r in self.recognizers if r.kind in finder.kinds], shared)
                        for finder in FINDERS]
        # Text wrapped over two lines is read whole by the finders whose values run on in a sentence.
        # A number wrapped away from its label ("… ke rek BNI" / "2391689800 a.n. …") is read that way too,
        # but never pieced together from the ends of two lines.
        self.wrap_finders = [f for f in self.finders if isinstance(f, (PatternFinder, LabelledFinder, DigitFinder))]
        self.labelled_ids = {r.id for r in self.recognizers if r.kind in ("labelled", "digits")}
        self.digit_ids = {r.id for r in self.recognizers if r.kind == "digits"}
        self.labelled_recs = [r for r in self.recognizers if r.kind == "labelled" and r.label_regex is not None]
        self.phone_recs = [r for r in self.recognizers if r.kind == "phone"]
        # A bank's or a transfer's word anywhere on a page (the labels of its account numbers): a page about
        # money sent, where an account number may stand with no label under its holder's name.
        bank_labels = [r.label_regex.pattern for r in self.recognizers
                       if r.category == "bank_account" and r.kind == "digits" and r.label_regex is not None]
        bank_words = bank_labels + list(word_list("values", "money_transfer_words"))
        self.bank_words = re.compile("|".join(f"(?:{p})" for p in bank_words), re.IGNORECASE) if bank_labels else None
        self.own_terms = terms_regex(own_terms)
        visible = [t for t in visible_terms if t.strip()]
        self.visible_terms = terms_regex(visible)
        # A number on the list (a hotline) matches however it is written: "(021) 500-123", "021500123".
        self.visible_numbers = {number_key(t) for t in visible if len(number_key(t)) >= 6}

    def run(self, words, folds: Sequence[float] = ()) -> list[Finding]:
        page = Page(rows=build_rows(without_picture_marks(words), folds))
        self.headers.find_table_columns(page)
        candidates: list[Candidate] = []
        in_cells: set[int] = set()  # the lines a cell's value wraps onto, read with its first line
        for row in page.rows:
            for seg in row.segments:
                own = self._segment_candidates(page, seg)
                candidates.extend(own)
                below = page.wrapped_onto(seg)
                if below is not None:
                    candidates.extend(self._wrapped_candidates(page, seg, below, own))
                if id(seg) not in in_cells:
                    lines = cell_lines(page, seg)
                    in_cells.update(id(line) for line in lines[1:])
                    if len(lines) > 1:
                        candidates.extend(self._cell_candidates(page, lines))
        candidates.extend(accounts_under_holders(page, candidates, self.bank_words))
        candidates.extend(account_holders(page, candidates))
        candidates.extend(holders_above(page, candidates))
        candidates = names_of_things(page, candidates)
        degrees_after_names(candidates)
        name_continuations(page, candidates, self.headers)
        number_tails(page, candidates)
        glued_secret_rests(candidates)
        candidates.extend(clipped_column(page, self.headers.recs))
        columns = value_columns(page, candidates)
        # (a name in capitals its column vouched for goes on over its wrapped cell's next lines like any other)
        name_continuations(page, [c for c in columns if c.category == "person_name"], self.headers,
                           among=[*candidates, *columns])
        candidates.extend(columns)
        candidates.extend(member_lists(candidates))
        candidates.extend(recipient_lists(candidates))
        candidates.extend(names_wrapped_in_lists(page, candidates))
        candidates.extend(repeats(page, candidates))
        clipped_first_words(candidates)
        candidates.extend(names_with_lost_letters(page, candidates))
        candidates.extend(birth_date_columns(page, candidates))
        candidates.extend(wrapped_birth_places(page))
        candidates.extend(system_name_echoes(page, candidates))
        findings = [replace(f, boxes=tuple(with_lead_ins(f.boxes, words)))
                    for f in to_findings(dedupe(candidates), self._left_visible)]
        for rec in self.recognizers:
            for name in rec.extend:
                if name in hooks.PAGE_EXTEND:
                    findings.extend(hooks.PAGE_EXTEND[name](page, rec.category, rec.id, category(rec.category).label,
                                                            rec.label_regex))
        findings.extend(framed_plates(words, candidates))
        return findings

    def _left_visible(self, cand: Candidate) -> bool:
        """On the user's "always leave visible" list: the whole finding lies inside one of its terms,
        or its digits are a listed number. Own terms are always covered."""
        if cand.category == "own_term" or (self.visible_terms is None and not self.visible_numbers):
            return False
        parts = [(cand.segment, cand.start, cand.end), *cand.extra]
        if self.visible_terms is not None and all(
                any(m.start() <= start and end <= m.end() for m in self.visible_terms.finditer(seg.text))
                for seg, start, end in parts):
            return True
        digits = number_key(" ".join(seg.text[start:end] for seg, start, end in parts))
        return len(digits) >= 6 and digits in self.visible_numbers

    def _wrapped_candidates(self, page: Page, seg: Segment, below: Segment, own: list[Candidate]) -> list[Candidate]:
        """Values that a line wrap cuts in two, or whose label ends the line above them ("… a.n." /
        "NURUL HIDAYAT", "Akun X: budi /" / "Garuda_2019"): the two lines are read as one, and what is
        found is handed back to the real lines; what lies on one line alone was found there already.
        A value the first line already holds up to its end was whole there (`budi@contoh.go.id.` /
        `Terima kasih`): the next line does not go on with it."""
        joint = Segment(words=seg.words + below.words, row=seg.row, index=seg.index)
        cut = len(seg.text) + 1
        line_end = len(seg.text.rstrip(" .,;:"))
        # (a line ending in a joiner, "Garuda_" / "2019#", breaks a value in the middle)
        whole = set() if seg.text.rstrip().endswith(("_", "-", "/", "@", "=")) else \
            {c.category for c in own if c.end >= line_end}
        out = []
        for finder in self.wrap_finders:
            for cand in finder.candidates(page, joint):
                if cand.end <= cut - 1:
                    continue
                if cand.start >= cut:
                    if cand.category == "person_name" and not has_a_name(cand.value):
                        continue  # "Halo" / "Data Pegawai": the label's line ends, a heading follows
                    if cand.recognizer in self.labelled_ids and not label_runs_on(seg.text):
                        continue  # "ASN Kecamatan" / "34 anggota": a title ending in a label word
                    out.append(Candidate(cand.category, below, cand.start - cut, cand.end - cut, cand.score,
                                         cand.recognizer + "_wrapped", cand.value, cand.extra))
                elif cand.recognizer not in self.digit_ids and not _a_heading_over_a_condition(cand, seg, below) \
                        and (cand.category not in whole or _name_runs_on(cand, below, cut)
                             or _street_runs_on(cand, seg) or _condition_runs_on(cand, below)):
                    out.append(Candidate(cand.category, seg, cand.start, len(seg.text), cand.score,
                                         cand.recognizer + "_wrapped", cand.value,
                                         [(below, 0, cand.end - cut), *cand.extra]))
        return out

    def _cell_candidates(self, page: Page, lines: list[Segment]) -> list[Candidate]:
        """Values a narrow table cell wraps over several lines, read whole: between words ("Theresia" /
        "Rahman", "19770423 200501" / "1 005") or in the middle of one ("rahman.th" / "eresia@g" / "mail.com",
        "199211072017081" / "016").  The lines are read once joined by spaces and once glued; what is found
        across a line's end is handed back to the lines it lies on (what lies on one line was found there)."""
        out = []
        for glued in (False, True):
            words: list[Word] = []
            offsets, pos = [], 0
            for k, line in enumerate(lines):
                line_words = list(line.words)
                if glued and words:
                    last, first = words.pop(), line_words.pop(0)
                    line_words.insert(0, Word(last.text + first.text, Box.union([last.box, first.box]),
                                              min(last.conf, first.conf), last.line_id))
                else:
                    pos += 1 if k else 0
                offsets.append(pos)
                pos += len(line.text)
                words.extend(line_words)
            joint = Segment(words=words, row=lines[0].row, index=lines[0].index)
            header = page.header_of(lines[0])
            found = [c for f in self.finders for c in f.candidates(page, joint)]
            found += column_candidates(page, joint, header, self.labelled_recs, self.phone_recs)
            for cand in found:
                parts = [(line, max(cand.start, off) - off, min(cand.end, off + len(line.text)) - off)
                         for line, off in zip(lines, offsets) if cand.start < off + len(line.text) and cand.end > off]
                # (a label in the cell is none of it: "BPJS" over its card's number, "NIP" under a name before the NIP)
                if len(parts) < 2 or any(r.label_regex.fullmatch(line.text[start:end].strip(" :.|,"))
                                         for line, start, end in parts for r in self.headers.recs):
                    continue
                (first, start, end), rest = parts[0], parts[1:]
                out.append(Candidate(cand.category, first, start, end, cand.score, cand.recognizer + "_cell",
                                     cand.value, [*rest, *[e for e in cand.extra if e[0] is not joint]]))
        return out

    def _segment_candidates(self, page: Page, seg: Segment) -> list[Candidate]:
        out: list[Candidate] = []
        for finder in self.finders:
            out.extend(finder.candidates(page, seg))
        header = page.header_of(seg)
        if header is not None:
            out.extend(column_candidates(page, seg, header, self.labelled_recs, self.phone_recs))
        if self.own_terms is not None:
            for m in self.own_terms.finditer(seg.text):
                out.append(Candidate("own_term", seg, m.start(), m.end(), 1.0, "own_terms", m.group()))
        return out


def _a_heading_over_a_condition(cand: Candidate, seg: Segment, below: Segment) -> bool:
    """A medical condition taken from a whole line down into the next, where the first line ends without a
    comma and the next opens a new item in capitals ("Problem list" / "Generalized anxiety disorder (F41.1)"):
    the heading over a problem list, not the condition's first words (those wrap after a comma or mid-phrase,
    "Chronic kidney disease," / "stage 3 (N18.30)")."""
    return (cand.category == "medical" and cand.start == 0 and not seg.text.rstrip().endswith((",", "-", "/"))
            and below.text[:1].isupper())


def _street_runs_on(cand: Candidate, seg: Segment) -> bool:
    """An address whose first line ends with the street's kind ("alamat baru saya jln." /
    "sisingamangaraja gg. mawar no 12a"): the street's name is on the next line."""
    return cand.category == "address" and after_street_word(seg.text.rstrip(" ,"))


def _condition_runs_on(cand: Candidate, below: Segment) -> bool:
    """A diagnosis or a note that a narrow card wraps mid-phrase ("Diagnosa: Diabetes melitus tipe 2 tanpa" /
    "komplikasi"): the next line opens in lower case, so it goes on with the words above, not a new field."""
    return cand.category == "medical" and bool(re.match(r"[a-z]", below.text.lstrip()))


def _name_runs_on(cand: Candidate, below: Segment, cut: int) -> bool:
    """A person's name whose last words wrapped onto the next line ("… @Wulan" / "Pardede jam 9 …"): the
    first line's part was found whole there, but every word the name takes from the next line is a name,
    not a word of the sentence ("Siap @Wulan" / "Terima kasih")."""
    if cand.category != "person_name":
        return False
    taken = below.text[:max(0, cand.end - cut)].split()
    return bool(taken) and all(is_personal_word(w.strip(",.;:")) for w in taken)
