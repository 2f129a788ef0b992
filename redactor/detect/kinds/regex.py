"""`kind = "regex"` and `kind = "terms"`: a pack's pattern, or its list of words, matched in a line."""
from __future__ import annotations

import re
from typing import Sequence

from .. import hooks
from ..labels import CONTROL_WORDS
from ..layout import Segment
from ..page import Candidate, Page
from ..recognizer import Recognizer, term_key
from ..lexicon import given_names, words
from ..validators import VALIDATORS
from .base import Shared
from .names import NAME_STOP_WORDS, has_a_name, is_personal_word
from .terms import fuzzy_terms


class PatternFinder:
    kinds = ("regex", "terms")

    def __init__(self, recognizers: Sequence[Recognizer], shared: Shared):
        self.recs = [r for r in recognizers if r.regex is not None]
        self.headers = shared.headers

    def candidates(self, page: Page, seg: Segment) -> list[Candidate]:
        out: list[Candidate] = []
        for rec in self.recs:
            out.extend(self._regex_candidates(page, seg, rec))
            if rec.fuzzy:
                out.extend(c for c in fuzzy_terms(seg, rec) if not hooks.rejected(rec.reject_if, page, seg, c.start, c.end))
        return out

    def _regex_candidates(self, page: Page, seg: Segment, rec: Recognizer) -> list[Candidate]:
        if rec.page_kind is not None and not rec.regex.search(seg.text):
            return []
        if rec.page_kind is not None and not page.is_kind(rec.page_kind):
            return []
        text = seg.text
        source, positions = hooks.NORMALISE[rec.normalise](seg, rec.regex) if rec.normalise else (text, None)
        out = []
        for m in rec.regex.finditer(source):
            if "value" in rec.regex.groupindex and m.group("value") is not None:
                start, end = m.span("value")
            else:
                start, end = m.span()
            # What the validator checks is the value as the pattern read it (OCR look-alikes as digits).
            read = source[start:end].rstrip(" ,;")
            if positions is not None:
                start, end = positions[start], positions[end - 1] + 1
            value = text[start:end].rstrip(" ,;")
            end = start + len(value)
            if not value.strip():
                continue
            if rec.validator and not VALIDATORS[rec.validator](_validator_input(rec.validator, read)):
                continue
            if rec.not_terms and term_key(value) in rec.not_terms:
                continue
            if rec.uncommon and hooks.is_common_word(value) and not _named_on_an_internal_page(page, seg, start, end):
                continue
            if rec.uncommon and _inside_a_garbled_word(seg, start, end):
                continue
            if rec.names_only and not (has_a_name(value) or _a_name_in_its_place(value)):
                continue
            if rec.names_only:
                cut, value = _names_of_a_list(value)
                start, end = start + cut, start + cut + len(value)
            if rec.category == "person_name":
                cut = _lead_in_words(value)
                if cut and not (has_a_name(value[cut:]) or _a_name_in_its_place(value[cut:])):
                    continue
                value, start = value[cut:], start + cut
            if hooks.rejected(rec.reject_if, page, seg, start, end):
                continue
            span = hooks.Span(seg, start, end)
            for name in rec.extend:
                if name in hooks.EXTEND:  # (a page's rules, `hooks.PAGE_EXTEND`, run once per page)
                    hooks.EXTEND[name](span, page, self.headers)
            if span.end <= span.start:
                continue
            out.append(Candidate(rec.category, seg, span.start, span.end, rec.score, rec.id, span.value, span.extra))
        return out


# Marks that join a guessed token to more letters in one OCR word only when the reading went wrong (a
# list separator or a hyphen may join two real names: "SIMPEG/SIASN", "SI-PEDAS").
_STRAY_MARKS = r"[^\w\s/,;:.()-]+"
_SEPARATORS = r"[/,;:.()-]*"
# Below this Tesseract confidence a word is a struggle (display type with a shadow, a busy background).
_UNSURE_CONFIDENCE = 60.0


def _inside_a_garbled_word(seg: Segment, start: int, end: int) -> bool:
    """A token guessed from its letters alone (an `SI…` acronym) that Tesseract read, unsure, inside a
    longer word running on through stray marks into more letters: "& PASAR RAKYAT" in a poster's shadowed
    headline read as one word "SIPASAR'!RAKYAT,".  A system's name in a header or a tab is read clean."""
    found = seg.word_at(start)
    if found is None:
        return False
    w_start, w_end, word = found
    if not 0 <= word.conf < _UNSURE_CONFIDENCE:
        return False
    after, before = seg.text[end:w_end], seg.text[w_start:start]
    # (a stray mark may stand beside a separator: "SIPASAR!/RAKYATj")
    return bool(re.match(_STRAY_MARKS + _SEPARATORS + r"[^\W\d_]{2}", after)
                or re.search(r"[^\W\d_]{2}" + _SEPARATORS + _STRAY_MARKS + "$", before))


_SYSTEM_LEAD_IN = re.compile(r"(?i)(?<![A-Za-z])(?:" + "|".join(map(re.escape, words("values", "system_lead_ins")))
                             + r")\s*:?\s*$")


def _named_on_an_internal_page(page: Page, seg: Segment, start: int, end: int) -> bool:
    """An ordinary word spelled in capitals among words in lower case, on a staff system's screen, names
    the system ("SIMPEL" in a tab beside "Kinerja Harian", "Konfigurasi Server SIMPEL").  A button
    ("SIMPAN"), a short word ("SIAP") and a line or a row all in capitals (a heading, a shop's name) stay
    ordinary words.  So does the word alone at the head of the screen, the app's name over its menu
    ("SIMPEL" over "Beranda", "Profil Pegawai"), unless it is a menu's own word ("BERANDA").  On any page,
    the word right after a sign-in's word names the system too ("login SIMPEL pakai …")."""
    value = seg.text[start:end]
    if len(value) < 5 or not value.isupper() or value.lower() in CONTROL_WORDS:
        return False
    if _SYSTEM_LEAD_IN.search(seg.text[:start]):
        return True  # "login SIMPEL pakai …" in a chat
    others = [s.text for s in page.rows[seg.row].segments if s is not seg] + [seg.text[:start], seg.text[end:]]
    heads_the_screen = seg.row == 0 and len(page.rows[0].segments) == 1 and not seg.text[:start].strip() \
        and not seg.text[end:].strip() and value.lower() not in NAME_STOP_WORDS
    return (heads_the_screen or any(re.search(r"[a-z]{2}", t) for t in others)) and page.is_kind("internal")


def _validator_input(name: str, value: str) -> str:
    if name in ("private_ip_read_small", "hex_read_small"):
        return value  # (where its dots stand tells how its digits are cut)
    if name in ("plate", "mrz", "private_ip", "iban", "phone_intl", "nric"):
        # (an address OCR read with commas for its dots, "192,168,1,10", is checked as the address)
        return value.split(":")[0].split("/")[0].replace(",", ".") if name == "private_ip" else value
    return re.sub(r"\D", "", value)


# The first and the last piece of a list, made of capitalised words only ("Sistem", "Bidang Umum").
# (or a file name's pieces, joined by an underscore or a hyphen: "Ijazah-Nurul-Sembiring", the paper's kind first)
_LAST_PIECE = re.compile(r"(?:,\s*|[_-])([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\s*$")
_FIRST_PIECE = re.compile(r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)(?:\s*,\s*|[_-])(?=\S)")


def _names_of_a_list(value: str) -> tuple[int, str]:
    """A list of names whose first or last pieces name no one ("Admin: Wahyu, Sistem": a person and the
    system that also posts): those pieces are cut off and stay visible.  Returns where the rest starts
    in `value`, and the rest.  A degree after a comma ("S.Kom") is no such piece: it goes with the name."""
    def no_one(piece: str) -> bool:
        return not (has_a_name(piece) or _a_name_in_its_place(piece))

    while (m := _LAST_PIECE.search(value)) and no_one(m.group(1)):
        value = value[:m.start()].rstrip(" ,")
    cut = 0
    while (m := _FIRST_PIECE.match(value, cut)) and no_one(m.group(1)):
        cut = m.end()
    return cut, value[cut:]


# A capitalised word before a name that a pattern took for its first word: a chat's "From" or "Dari"
# ("10:34 From Agnes Suryani, S.H. to Everyone"), a letter's "Kepada".
_LEAD_IN_WORD = re.compile(r"([A-Z][a-z]*)\.?\s+(?=\S)")


def _lead_in_words(value: str) -> int:
    """How many characters of `value` are words that open a sentence or a message, never a name's."""
    cut = 0
    while (m := _LEAD_IN_WORD.match(value, cut)) and m.group(1).lower() in NAME_STOP_WORDS:
        cut = m.end()
    return cut


def _a_name_in_its_place(value: str) -> bool:
    """A given name written with one capital, where the pattern itself placed a person (a mention "@Ayu",
    a chat's sender "Maria: …"): on the list of names, no word of the language, or a given name that
    is also a word ("Maria").  `has_a_name` is stricter because it judges words found anywhere."""
    return any((is_personal_word(w) or w.lower() in given_names()) and w.lower() not in NAME_STOP_WORDS
               for w in re.findall(r"\b[A-Z][a-z]{2,}\b", value))
