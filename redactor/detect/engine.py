"""Run the pattern packs over OCR rows and turn matches into findings.

Where a value's meaning comes from its label, the label is looked for in four
places, nearest first: earlier on the same segment (`NIK: 3171…`, glued or
not), the segment to its left (`Nama    : Budi`), the header of its table
column, and the line just above (forms that stack label over value).
"""
from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, field
from statistics import median
from typing import Iterable, Sequence

import phonenumbers

from ..categories import category
from ..findings import Box, Finding
from ..mask import preview
from . import text as T

from .layout import Row, Segment, build_rows
from .lexicon import common_words, is_ordinary_word, looks_like_name_word, name_words, place_words
from .packs import Recognizer, label_pattern, term_key
from .validators import VALIDATORS

# Digit runs: groups of digits separated by a space, dot, comma or dash (two when OCR adds a space: "901. 3").
_DIGIT_RUN = re.compile(r"\+?\d(?:[ .,\-–]{0,2}\d)*")
_GROUP = re.compile(r"\d+")
_PRICE_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?:Rp\.?|IDR|USD)|\$)\s*$", re.IGNORECASE)
_MOBILE = re.compile(r"(?<![\d+])(?:\+\s?62|0062|62|0)[\s.-]?8[1-35-9]\d{0,2}(?:[\s.\-]?\d){6,11}(?!\d)")
_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")
_CODE = re.compile(r"\d{1,2}(?:\.\d{1,2}){2,}")
_FULL_DATE = re.compile(r"(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}|\d{1,2}([-/.])\d{1,2}\2(?:19|20)\d{2}")


def _budget_code_label(before: str) -> bool:
    return bool(re.search(r"(?i)\bkode\s+(?:rekening|rek|akun|anggaran)\b[\s:.]*$", before[-40:]))


# The second language of a bilingual label ("Surname / Nom", "Tanggal Lahir / Date of birth").
_LABEL_TRANSLATION = re.compile(r"\s*/\s*[^\W\d_][^\W\d_'’.-]*\.?(?:\s[^\W\d_'’-]+\.?){0,3}\s*:?\s*")
_GLUED_CODE = re.compile(r"[A-Za-z]{2,}[-_/#]?$")
_PUNCT_ONLY = re.compile(r"^[\s:;.,=\-–>|]*$")
_VALUE_LEAD = re.compile(r"^[\s:;.,=\-–>|]*(?:(?:no|nomor|number|nr|num)\b[\s.:]*)?", re.IGNORECASE)

# Labels that only name the value written right after them on the same line
# (chat greetings, "Pak Budi"), never a value to the right or below.
_INLINE_ONLY = label_pattern([
    "Bapak", "Ibu", "Pak", "Bu", "Kak", "Mas", "Mbak", "Dari", "Kepada", "Pegawai", "Peserta", "Pasien", "Dokter",
    "Pengguna", "Operator", "Atasan", "Pejabat", "Halo", "Hai", "Selamat datang", "a.n.", "an.", "Anak", "Suami",
    "Istri", "Wali", "Saksi", "Penerima", "Pengirim", "Pemohon", "Lahir", "Kelahiran", "Bank", "BCA", "BNI", "BRI",
    "Mandiri", "BTN", "BSI", "Rek", "Rekening", "Transfer ke", "Key", "Token", "pass", "Sandi", "Kunci", "Desa",
    "Tinggal di", "KTP", "TIN", "VA", "JKN", "KIS", "CP", "Tel", "Kontak", "Hubungi", "Phone", "Mobile", "Visa",
])
# Words that end a labelled value: the next field's label on the same line.
_STOP_LABELS = label_pattern([
    "NIK", "NIP", "No. KK", "NPWP", "TTL", "Tempat/Tgl Lahir", "Tgl Lahir", "Tanggal Lahir", "Telp", "HP", "No. HP",
    "Email", "E-mail", "Jabatan", "Pangkat", "Unit Kerja", "Instansi", "Golongan", "Gol", "Agama", "Status",
    "Jenis Kelamin", "Pekerjaan", "Kewarganegaraan", "Berlaku Hingga", "No. Rek", "Alamat", "Nama", "Password",
    "Kata Sandi", "Username", "BPJS", "Paspor",
])


@dataclass
class Candidate:
    category: str
    segment: Segment
    start: int
    end: int
    score: float
    recognizer: str
    value: str
    extra: list[tuple[Segment, int, int]] = field(default_factory=list)


@dataclass
class _Page:
    rows: list[Row]
    columns: dict[int, dict[int, Segment]] = field(default_factory=dict)  # row -> {segment idx: header}
    header_rows: set[int] = field(default_factory=set)

    def left_of(self, seg: Segment) -> Segment | None:
        row = self.rows[seg.row]
        for i in range(seg.index - 1, -1, -1):
            other = row.segments[i]
            if not _PUNCT_ONLY.match(other.text):
                return other
        return None

    def right_of(self, seg: Segment) -> Segment | None:
        row = self.rows[seg.row]
        for other in row.segments[seg.index + 1:]:
            if not _PUNCT_ONLY.match(other.text):
                return other
        return None

    def beside(self, seg: Segment) -> Segment | None:
        """The value to the right of a label, also when a tilted photo put it on a neighbouring row."""
        direct = self.right_of(seg)
        if direct is not None:
            return direct
        box, best = seg.box, None
        centre = box.top + box.height / 2
        for index in (seg.row - 1, seg.row + 1):
            if not 0 <= index < len(self.rows):
                continue
            for other in self.rows[index].segments:
                ob = other.box
                if ob.left < box.right or ob.left - box.right > 15 * seg.height:
                    continue
                if abs(ob.top + ob.height / 2 - centre) > 0.9 * seg.height or _PUNCT_ONLY.match(other.text):
                    continue
                if best is None or ob.left < best.box.left:
                    best = other
        return best

    def below(self, seg: Segment) -> Segment | None:
        return self._stacked(seg, +1)

    def above(self, seg: Segment) -> Segment | None:
        return self._stacked(seg, -1)

    def _stacked(self, seg: Segment, step: int) -> Segment | None:
        box = seg.box
        # Side-by-side panels with different line spacing interleave their rows: the next line of
        # this column may be two or three rows on, below a line of the other panel.
        for index in range(seg.row + step, seg.row + 4 * step, step):
            if not 0 <= index < len(self.rows):
                return None
            best = None
            for other in self.rows[index].segments:
                ob = other.box
                gap = (ob.top - box.bottom) if step > 0 else (box.top - ob.bottom)
                if gap > 2.2 * max(seg.height, other.height) or gap < -0.5 * seg.height:
                    continue
                overlap = min(ob.right, box.right) - max(ob.left, box.left)
                if overlap > 0 or abs(ob.left - box.left) < 2 * seg.height:
                    if best is None or abs(ob.left - box.left) < abs(best.box.left - box.left):
                        best = other
            if best is not None:
                return best
            if any(_overlaps_x(other.box, box) for other in self.rows[index].segments):
                return None  # something else sits right below: the column does not go on
        return None

    def header_of(self, seg: Segment) -> Segment | None:
        return self.columns.get(seg.row, {}).get(seg.index)


def _overlaps_x(a, b) -> bool:
    return min(a.right, b.right) > max(a.left, b.left)


class Detector:
    def __init__(self, recognizers: Sequence[Recognizer], own_terms: Iterable[str] = (),
                 disabled: Iterable[str] = (), visible_terms: Iterable[str] = ()):
        disabled = set(disabled)
        self.recognizers = [r for r in recognizers if r.default_on and r.category not in disabled
                            and r.id not in disabled]
        self.digit_recs = [r for r in self.recognizers if r.kind == "digits"]
        self.digit_lengths = sorted({n for r in self.digit_recs for n in r.lengths})
        self._digit_length_set = set(self.digit_lengths)
        self._longest_digits = max(self.digit_lengths, default=0)
        self._short_lengths = {n for n in self.digit_lengths if n < 5}
        self.phone_recs = [r for r in self.recognizers if r.kind == "phone"]
        self.regex_recs = [r for r in self.recognizers if r.kind in ("regex", "terms") and r.regex is not None]
        self.labelled_recs = [r for r in self.recognizers if r.kind == "labelled" and r.label_regex is not None]
        self.header_recs = [r for r in self.recognizers if r.label_regex is not None and not r.inline]
        self.name_recs = [r for r in self.recognizers if r.kind == "names"]
        # Words that make a capitalised run a group, an office, a job or a menu rather than a person.
        self.not_names = frozenset(t.lower() for r in self.recognizers if r.kind in ("names", "name_slots")
                                   for t in r.terms)
        self.slot_recs = [(r, self.not_names) for r in self.recognizers if r.kind == "name_slots"]
        self.own_terms = _terms_regex(own_terms)
        visible = [t for t in visible_terms if t.strip()]
        self.visible_terms = _terms_regex(visible)
        # A number on the list (a hotline) matches however it is written: "(021) 500-123", "021500123".
        self.visible_numbers = {_number_key(t) for t in visible if len(_number_key(t)) >= 6}

    # ------------------------------------------------------------------ public
    def run(self, words) -> list[Finding]:
        page = _Page(rows=build_rows(words))
        self._find_table_columns(page)
        candidates: list[Candidate] = []
        for row in page.rows:
            for seg in row.segments:
                candidates.extend(self._segment_candidates(page, seg))
        candidates.extend(_repeats(page, candidates))
        candidates.extend(_system_name_echoes(page, candidates))
        findings = _to_findings(_dedupe(candidates), self._left_visible)
        if any(r.id == "passport_mrz" for r in self.recognizers):
            findings.extend(_mrz_bands(page))
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
        digits = _number_key(" ".join(seg.text[start:end] for seg, start, end in parts))
        return len(digits) >= 6 and digits in self.visible_numbers

    # ------------------------------------------------------------- candidates
    def _segment_candidates(self, page: _Page, seg: Segment) -> list[Candidate]:
        out: list[Candidate] = []
        out.extend(self._digit_candidates(page, seg))
        out.extend(self._phone_candidates(page, seg))
        for rec in self.regex_recs:
            out.extend(self._regex_candidates(page, seg, rec))
            if rec.fuzzy:
                out.extend(c for c in _fuzzy_terms(seg, rec)
                           if rec.category != "classification" or _stands_alone(seg, c.start, c.end))
        for rec in self.labelled_recs:
            out.extend(self._labelled_candidates(page, seg, rec))
        for rec in self.name_recs:
            out.extend(_name_runs(seg, rec, self.not_names))
        for rec, not_names in self.slot_recs:
            out.extend(_name_alone(page, seg, rec, not_names))
        header = page.header_of(seg)
        if header is not None:
            out.extend(self._column_candidates(page, seg, header))
        if self.own_terms is not None:
            for m in self.own_terms.finditer(seg.text):
                out.append(Candidate("own_term", seg, m.start(), m.end(), 1.0, "own_terms", m.group()))
        return out

    def _label_distance(self, page: _Page, seg: Segment, start: int, rec: Recognizer) -> float | None:
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
        left = page.left_of(seg)
        if left is not None and regex.search(left.text[-40:]):
            return 100.0
        left = self._label_left_nearby(page, seg)
        if left is not None and regex.search(left.text[-40:]):
            return 110.0
        header = page.header_of(seg)
        if header is not None and regex.search(header.text):
            return 200.0
        above = page.above(seg)
        if above is not None and len(above.text) <= 40:
            m = regex.search(above.text)
            # A label stacked over its value stands alone; a line that already holds its own value does not count.
            rest = (above.text[:m.start()] + above.text[m.end():]) if m else ""
            if m and not re.search(r"\d", rest) and len(rest.split()) <= 2:
                return 300.0
        return None

    @staticmethod
    def _label_left_nearby(page: _Page, seg: Segment) -> Segment | None:
        box = seg.box
        centre = box.top + box.height / 2
        best = None
        for index in (seg.row - 1, seg.row + 1):
            if not 0 <= index < len(page.rows):
                continue
            for other in page.rows[index].segments:
                ob = other.box
                if ob.right > box.left or box.left - ob.right > 15 * seg.height:
                    continue
                if abs(ob.top + ob.height / 2 - centre) > 0.9 * seg.height:
                    continue
                if best is None or ob.right > best.box.right:
                    best = other
        return best

    def _digit_candidates(self, page: _Page, seg: Segment) -> list[Candidate]:
        if not self.digit_recs:
            return []
        norm = seg.norm
        out = []
        for run in _DIGIT_RUN.finditer(norm):
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
            if _PRICE_BEFORE.search(before):
                continue
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
            out.extend(found)
        return out

    def _wrapped_digits(self, page: _Page, seg: Segment, run: re.Match) -> list[Candidate]:
        """A number split over cells: groups spaced far apart on one line, or wrapped onto the next."""
        digits = re.sub(r"\D", "", run.group())
        extra: list[tuple[Segment, int, int]] = []
        current = seg
        for _ in range(3):
            nxt = page.right_of(current)
            if nxt is not None and nxt.box.left - current.box.right > 6 * current.height:
                nxt = None
            nxt = nxt or page.below(current)
            if nxt is None:
                break
            tail = nxt.norm
            m = re.match(r"\d(?:[ .\-]?\d)*", tail)
            if not m:
                break
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
        chosen: list[Candidate] = []
        for _, _, _, cand in sorted(options, key=lambda o: (-o[0], -o[2])):
            overlapping = [c for c in chosen if not (cand.end <= c.start or cand.start >= c.end)]
            if not overlapping:
                chosen.append(cand)
            elif cand.score >= 0.8:
                # Two valid readings of one run (a card number and the NIK a shifted window forms):
                # cover both, so no group of either stays visible.
                first = overlapping[0]
                first.start, first.end = min(first.start, cand.start), max(first.end, cand.end)
        return chosen

    def _classify_digits(self, page, seg, start, end, digits, short: bool = False) -> Candidate | None:
        best: tuple[float, Candidate] | None = None
        # One number keeps one kind of separator ("3273 0155 0787 9901", "0812-3456-7890"); a run that
        # mixes them is usually a date, a time and a year side by side, so only a label makes it a number.
        span_text = seg.norm[start:end]
        separators = {sep.strip() or " " for sep in re.findall(r"\D+", span_text)}
        mixed = len(separators) > 1
        for rec in self.digit_recs:
            exact = len(digits) in rec.lengths
            near = any(abs(len(digits) - n) == 1 for n in rec.lengths)
            if short and not (exact and rec.label_required):
                continue
            if not exact and not near:
                continue
            valid = exact and (rec.validator is None or VALIDATORS[rec.validator](digits))
            distance = self._label_distance(page, seg, start, rec)
            labelled = distance is not None
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
            # Rank: a nearer label wins; a passing hard rule beats a loose match.
            if rec.category in ("bank_account", "phone", "card_number") and _AMOUNT.fullmatch(span_text):
                continue  # 1.250.000 is money
            if rec.category == "bank_account" and (_CODE.fullmatch(span_text) or _budget_code_label(seg.text[:start])):
                continue  # 5.1.02.01.01 under "Kode Rekening" is a budget account code
            rank = (1000.0 - distance if labelled else 0.0) + (50.0 if valid and rec.validator else 0.0) \
                + (5.0 if exact else 0.0) + rec.score
            score = min(1.0, rec.score + (0.1 if labelled else 0.0)) if valid or labelled else rec.score * 0.7
            cand = Candidate(rec.category, seg, start, end, score, rec.id, digits)
            if best is None or rank > best[0]:
                best = (rank, cand)
        return best[1] if best else None

    def _phone_candidates(self, page: _Page, seg: Segment) -> list[Candidate]:
        if not self.phone_recs:
            return []
        rec = self.phone_recs[0]
        norm = seg.norm
        out = []
        spans = set()
        try:
            matches = list(phonenumbers.PhoneNumberMatcher(norm, "ID", leniency=phonenumbers.Leniency.VALID))
        except Exception:
            matches = []
        for m in matches:
            ntype = phonenumbers.number_type(m.number)
            if ntype in (phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST,
                         phonenumbers.PhoneNumberType.UAN, phonenumbers.PhoneNumberType.PREMIUM_RATE):
                continue
            national = str(m.number.national_number)
            mobile = national.startswith("8")
            if not mobile:
                distance = self._label_distance(page, seg, m.start, rec)
                # Landlines are mostly offices and hotlines: only with a personal label right before them.
                if distance is None or distance > 20 or not re.search(r"(?i)\b(HP|WA|rumah|pribadi)\b",
                                                                      seg.text[max(0, m.start - 24):m.start]):
                    continue
            if _GLUED_CODE.search(norm[:m.start]):
                continue
            spans.add((m.start, m.end))
            out.append(Candidate("phone", seg, m.start, m.end, rec.score + 0.1, rec.id, m.raw_string))
        for m in _MOBILE.finditer(norm):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in spans):
                continue
            if _GLUED_CODE.search(norm[:m.start()]):
                continue  # INV-0812…, an order number, not a phone
            digits = re.sub(r"\D", "", m.group())
            national = digits[4:] if digits.startswith("0062") else digits[2:] if digits.startswith("62") else digits[1:]
            if 9 <= len(national) <= 13 and national[:2] in {f"8{d}" for d in "123456789"}:
                out.append(Candidate("phone", seg, m.start(), m.end(), rec.score, rec.id, m.group()))
        return out

    def _regex_candidates(self, page: _Page, seg: Segment, rec: Recognizer) -> list[Candidate]:
        text = seg.text
        source = seg.norm if rec.category in ("npwp", "bpjs") else text
        positions = None
        if rec.id == "passport_mrz" and " " in text.strip() and "<" in text and not rec.regex.search(text):
            # A machine-readable line has no spaces; OCR sometimes splits it into words. Match it
            # joined up ('<' keeps ordinary text out), and map the match back to the line.
            positions = [i for i, ch in enumerate(text) if ch != " "]
            source = "".join(text[i] for i in positions)
        out = []
        for m in rec.regex.finditer(source):
            if "value" in rec.regex.groupindex and m.group("value") is not None:
                start, end = m.span("value")
            else:
                start, end = m.span()
            if positions is not None:
                start, end = positions[start], positions[end - 1] + 1
            value = text[start:end].rstrip(" ,;")
            end = start + len(value)
            if not value.strip():
                continue
            if rec.validator and not VALIDATORS[rec.validator](_validator_input(rec.validator, value)):
                continue
            if rec.not_terms and term_key(value) in rec.not_terms:
                continue
            if rec.uncommon and _is_common_word(value):
                continue
            if rec.names_only and not any(_is_personal_word(w) for w in re.findall(r"[A-Za-z'’]{4,}", value)):
                continue  # (capitals give no hint: "BCA", "BRI" could be names, so short words do not count)
            if rec.category == "internal_url" and rec.id == "internal_url" and not _is_internal_url(value):
                continue
            if (rec.category == "classification" and rec.id != "classification_labelled"
                    and not _stands_alone(seg, start, end)):
                continue
            if rec.category == "email":
                start = _email_start(text, start)
            if rec.category == "internal_url":
                end = _url_end(text, end)
                value = text[start:end]
            if rec.category == "address":
                if _is_office_letterhead(text[start:]):
                    continue
                end = start + len(_trim_value(_cut_at_office_contacts(value)))
                extra = self._continuation(page, seg, text[start:end])
            else:
                extra = []
            if rec.category == "medical":
                end = start + len(_trim_value(value))
            if rec.id == "passport_mrz":
                end = len(text.rstrip())
                extra = [(other, 0, len(other.text)) for other in page.rows[seg.row].segments if other is not seg]
                above = page.above(seg)
                if above is not None and "<<" in above.text.replace("«", "<"):
                    extra.append((above, 0, len(above.text)))
            if rec.category == "credential" and value[:3] in ("eyJ", "eyj") and not text[end:].strip(" .,"):
                extra = self._token_continuation(page, seg)
            if end <= start:
                continue
            out.append(Candidate(rec.category, seg, start, end, rec.score, rec.id, text[start:end], extra))
        return out

    def _labelled_candidates(self, page: _Page, seg: Segment, rec: Recognizer) -> list[Candidate]:
        out = []
        if seg.row in page.header_rows:
            return out  # a header row holds labels only; its values are the cells below
        text = seg.text
        for m in rec.label_regex.finditer(text):
            inline_only = rec.inline or bool(_INLINE_ONLY.fullmatch(m.group()))
            lead = _VALUE_LEAD.match(text[m.end():])
            start = m.end() + lead.end()
            stop = _STOP_LABELS.search(text, start) if rec.value not in ("address",) else None
            if rec.value == "address":
                stop = re.compile(r"(?i)\b(?:Telp|HP|E-?mail|NIK|NIP|Agama|Status|Pekerjaan)\b").search(text, start)
            end = stop.start() if stop and stop.start() > start else len(text)
            target, t_start, t_end = seg, start, end
            if _LABEL_TRANSLATION.fullmatch(text[start:end]):
                t_start = end  # "Surname / Nom", "Nama / Name": a bilingual label, its value is beside or below
            if t_start >= len(text.rstrip()) or not text[t_start:t_end].strip():
                if inline_only or seg.row in page.header_rows:
                    continue  # a table header's values are its column's cells, not the next header
                neighbour = page.beside(seg) or page.below(seg)
                if neighbour is None or page.header_of(neighbour) is not None or self._is_header(neighbour):
                    continue  # the next cell of a header row is another label, not this label's value
                target, t_start = neighbour, _VALUE_LEAD.match(neighbour.text).end()
                t_end = len(neighbour.text)
            shaped = _shape_value(rec, target.text[t_start:t_end])
            if shaped is None and rec.value == "email" and "@" in target.text[t_start:t_end]:
                extra_email = self._wrapped_email(page, target, t_start, t_end)
                if extra_email:
                    out.append(extra_email)
                continue
            if shaped is None:
                continue
            offset, length = shaped
            s, e = t_start + offset, t_start + offset + length
            if rec.value == "token" and m.group().strip(" :").lower() in _WEAK_SECRET_LABELS:
                if target.text[s:e].strip(".,:;").lower() in common_words():
                    continue  # "Key Performance Indicator", "Secret Santa": ordinary words after the label
            extra = self._continuation(page, target, target.text[s:e]) if rec.value == "address" else []
            out.append(Candidate(rec.category, target, s, e, rec.score + 0.1, rec.id, target.text[s:e], extra))
        return out

    def _column_candidates(self, page: _Page, seg: Segment, header: Segment) -> list[Candidate]:
        """A table cell under a header such as `Nama`, `Alamat`, `No HP`: the header is its label."""
        out = []
        if re.match(r"[A-Za-z][\w ./-]{0,20}:\s", seg.text):
            return out  # "Jumlah: 16" is a field of its own (a status bar, a footer), not a cell value
        for rec in self.labelled_recs:
            if rec.inline:
                continue
            if rec.label_regex.search(header.text) and not _INLINE_ONLY.fullmatch(header.text.strip(" :")):
                shaped = _shape_value(rec, seg.text)
                if shaped:
                    s, e = shaped[0], shaped[0] + shaped[1]
                    out.append(Candidate(rec.category, seg, s, e, rec.score, rec.id + "_column", seg.text[s:e]))
        for rec in self.phone_recs:
            if rec.label_regex.search(header.text):
                norm = seg.norm
                m = re.search(r"\+?\d(?:[\s.\-]?\d){8,15}", norm)
                if m:
                    out.append(Candidate("phone", seg, m.start(), m.end(), rec.score, rec.id + "_column", m.group()))
        return out

    def _wrapped_email(self, page: _Page, seg: Segment, start: int, end: int) -> Candidate | None:
        """`siti.rahma@exam` + `ple.org` on the next line of a narrow bubble."""
        below = page.below(seg)
        if below is None or " " in below.text.strip():
            return None
        joined = seg.text[start:end].strip() + below.text.strip()
        if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", joined):
            return None
        lead = len(seg.text[start:end]) - len(seg.text[start:end].lstrip())
        return Candidate("email", seg, start + lead, end, 0.8, "email_wrapped", joined,
                         [(below, 0, len(below.text.rstrip()))])

    def _starts_with_label(self, text: str) -> bool:
        return any(r.label_regex.match(text) and r.category != "address" for r in self.header_recs)

    def _token_continuation(self, page: _Page, seg: Segment) -> list[tuple[Segment, int, int]]:
        """A long token (JWT) wrapped onto the following lines of a chat bubble or log."""
        extra = []
        current = seg
        for _ in range(5):
            below = page.below(current)
            if below is None or not re.match(r"[A-Za-z0-9_\-!|¥.=]{2,}", below.text):
                break
            end = 0
            stopped = False
            for token in re.finditer(r"\S+", below.text):
                word = token.group()
                if T.TIME_TOKEN.match(word) or (word.isalpha() and word.islower() and word in common_words()):
                    stopped = True
                    break
                end = token.end()
            if end:
                extra.append((below, 0, end))
            if stopped or end < len(below.text.rstrip()) or len(below.text) < 0.6 * len(current.text):
                break
            current = below
        return extra

    def _continuation(self, page: _Page, seg: Segment, value: str) -> list[tuple[Segment, int, int]]:
        """Lines that continue a wrapped address (inside a chat bubble or a table cell)."""
        extra = []
        current, current_value = seg, value
        for _ in range(3):
            below = page.below(current)
            value_left = _value_left(current, current_value)
            if below is None or min(abs(below.box.left - current.box.left),
                                    abs(below.box.left - value_left)) > 2.5 * current.height:
                break
            tail = current_value.rstrip()
            head = below.text.lstrip()
            continues = tail.endswith(",") or re.search(r"(?i)\b(Kel|Kec|Kab|Kota|Prov|RT|RW|No|Desa|Jl|Gg)\.?$", tail) \
                or re.match(r"(?i)(Kel|Kec|Kab|Kota|Prov|RT|RW|Desa|Kode\s?Pos)\b", head) \
                or re.search(r"(?i)\b(Kel|Kec|Kab|Kota|Prov|RT|RW|Desa)\b\.?\s", head[:40])\
                or (re.search(r"\b[A-Z]{2}$", tail) and re.match(r"\d{5}(?:-\d{4})?\b", head))  # "…, IL" / "62705"
            if not continues or _STOP_LABELS.match(head) or self._starts_with_label(head):
                break
            trimmed = _trim_value(below.text)
            extra.append((below, 0, len(trimmed)))
            current, current_value = below, trimmed
        return extra

    # ------------------------------------------------------------------ tables
    def _find_table_columns(self, page: _Page) -> None:
        """Find header rows (several cells that are labels) and give every cell below its header.

        Cells that OCR glued together across a column boundary are split at
        the boundary first, so each value meets its own header.
        """
        headers: list[Segment] = []
        last_bottom = 0
        for row in page.rows:
            labelled = [s for s in row.segments if self._is_header(s)]
            if len(labelled) >= 2 and len(labelled) >= 0.4 * len(row.segments):
                row.segments = self._split_header_cells(row)
                page.header_rows.add(row.index)
                headers, last_bottom = row.segments, row.box.bottom
                continue
            if not headers:
                continue
            height = median(s.height for s in row.segments)
            if row.box.top - last_bottom > 6 * max(height, headers[0].height):
                headers = []
                continue
            row.segments = _split_at_columns(row, headers)
            aligned = 0
            for seg in row.segments:
                header = _column_for(seg, headers)
                if header is not None and self._is_header(header):
                    page.columns.setdefault(row.index, {})[seg.index] = header
                    aligned += 1
            if aligned:
                last_bottom = row.box.bottom

    def _split_header_cells(self, row: Row) -> list[Segment]:
        """Header cells OCR glued together ("Tempat Lahir Tanggal Lahir Agama"): split after each leading label."""
        out: list[Segment] = []
        for seg in row.segments:
            words = list(seg.words)
            while words:
                text = " ".join(w.text for w in words)
                cut = max((m.end() for rec in self.header_recs if (m := rec.label_regex.match(text))), default=0)
                taken, pos = 0, 0
                for i, word in enumerate(words):
                    pos += len(word.text) + (1 if i else 0)
                    if pos >= cut:
                        taken = i + 1
                        break
                rest = " ".join(w.text for w in words[taken:])
                glued = 0 < taken < len(words) and (
                    any(rec.label_regex.match(rest) for rec in self.header_recs)
                    or words[taken].box.left - words[taken - 1].box.right > 1.2 * words[taken].box.height)
                if cut == 0 or not glued:
                    # "Alamat Pemegang" is one header: only a second label (or a cell gap) starts another.
                    out.append(Segment(words=words, row=row.index, index=len(out)))
                    break
                out.append(Segment(words=words[:taken], row=row.index, index=len(out)))
                words = words[taken:]
        return out

    def _is_header(self, seg: Segment) -> bool:
        text = seg.text.strip(" :.|")
        if not text or len(text) > 40:
            return False
        if len(text.split()) <= 4 and any((m := r.label_regex.match(text)) and len(text[m.end():].split()) <= 1
                                          for r in self.header_recs):
            return True
        return any(r.label_regex.fullmatch(text) for r in self.header_recs) or bool(
            re.fullmatch(r"(?i)(e-?mail|no\.?\s*hp|tempat\s*/\s*tgl\.?\s*lahir|alamat|nama(\s+lengkap)?|npwp|nik|nip)", text))


def _column_bounds(headers: list[Segment]) -> list[tuple[float, float, Segment]]:
    # A column ends a little before the next header starts: values are often wider than their
    # header ("No. HP" over "62 855 1518 6124") and may start a few pixels left of it.
    ordered = sorted(headers, key=lambda h: h.box.left)
    bounds = []
    for i, h in enumerate(ordered):
        left = ordered[i].box.left - 1.5 * h.height if i else float("-inf")
        right = ordered[i + 1].box.left - 1.5 * ordered[i + 1].height if i + 1 < len(ordered) else float("inf")
        bounds.append((left, right, h))
    return bounds


def _split_at_columns(row: Row, headers: list[Segment]) -> list[Segment]:
    bounds = _column_bounds(headers)

    def column(word) -> int:
        for i, (lo, hi, _) in enumerate(bounds):
            if word.box.left < hi:
                return i
        return len(bounds) - 1

    out: list[Segment] = []
    for seg in row.segments:
        groups: list[list] = []
        current = None
        for word in seg.words:
            c = column(word)
            if c != current:
                groups.append([])
                current = c
            groups[-1].append(word)
        for group in groups:
            out.append(Segment(words=group, row=row.index, index=len(out)))
    return out


def _column_for(seg: Segment, headers: list[Segment]) -> Segment | None:
    left = seg.words[0].box.left
    for lo, hi, header in _column_bounds(headers):
        if left < hi:
            return header if left >= lo else None
    return None


_NAME_RUN = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:Prof|Dr|dr|Drs|Dra|Ir|H|Hj|KH|drg)\.\s?)*"
    r"(?:[A-Z][a-z'’`-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’`-]+|[A-Z]\.|bin|binti))+"
    r"(?:,?\s*(?:[A-Z][a-z]{0,3}\.\s?){1,3}[A-Za-z]{0,4}\.?)*")
_NAME_TOKEN = re.compile(r"[A-Z][a-z'’`-]+")


_NAME_STOP_WORDS = set("""
konfirmasi terima kasih hubungi dari untuk kepada bapak ibu pak bu yth halo hai selamat info mohon tolong dengan
humas kominfo diskominfo pemkab pemkot pemprov setda bkpsdm bkd bappeda inspektorat
oleh dan atau salam data nama sudah belum siap oke ok baik iya ya tidak bisa akan sedang telah mau ingin silakan
silahkan kirim transfer rek rekening bank via link aplikasi sistem login masuk keluar beranda dashboard menu profil
laporan rekap daftar tambah simpan hapus ubah edit cari lihat detail status aksi jumlah total catatan tanggal hari
jam waktu kota kabupaten provinsi jalan gang kelurahan kecamatan desa dinas badan kantor kementerian sekretariat
bagian bidang seksi unit kerja jabatan pangkat golongan instansi pegawai peserta pemohon penerima pengirim anda
kami kita saya dia mereka grup group admin operator verifikator pimpinan kepala sekretaris direktur the and for
from to of in on at by with dear hi hello thanks thank you mr mrs ms sir madam
""".split())


_NOT_A_NAME_PHRASE = re.compile(
    r"(?i)\b(?:idul\s+(?:fitri|adha)|hari\s+raya|minal\s+aidin|wal\s+faizin|tahun\s+baru|nyepi|waisak|imlek|"
    r"natal|kemerdekaan|isra\s+mi.?raj|maulid\s+nabi|ulang\s+tahun|dirgahayu|hari\s+jadi|hut\s+ri)\b")
_WEAK_SECRET_LABELS = {"key", "secret", "token", "kunci", "pass", "bearer", "authorization"}


def _name_runs(seg: Segment, rec: Recognizer, not_names: frozenset[str] = frozenset()) -> list[Candidate]:
    """Capitalised runs of two or more words that are not all ordinary words: a person's name."""
    out = []
    for m in _NAME_RUN.finditer(seg.text):
        tokens = list(_NAME_TOKEN.finditer(m.group()))
        # Words that open a sentence or a menu ("Konfirmasi Rahmi ...", "Data Pegawai"), and offices and
        # jobs around a name ("Kepala Subbag Budi Santoso"), are not part of it.
        while tokens and (tokens[0].group().lower() in _NAME_STOP_WORDS or tokens[0].group().lower() in not_names):
            tokens.pop(0)
        while tokens and (tokens[-1].group().lower() in _NAME_STOP_WORDS or tokens[-1].group().lower() in not_names):
            tokens.pop()
        if len(tokens) < 2 or not any(looks_like_name_word(t.group()) for t in tokens
                                      if t.group().lower() not in not_names):
            continue
        if _NOT_A_NAME_PHRASE.search(m.group()):
            continue  # greetings and holidays are the most posted images of all
        start = m.start() + tokens[0].start()
        end = m.end() if tokens[-1].end() >= len(m.group().rstrip(" ,.")) - 12 else m.start() + tokens[-1].end()
        value = seg.text[start:end].rstrip(" ,")
        out.append(Candidate(rec.category, seg, start, start + len(value), rec.score, rec.id, value))
    return out


# Avatar initials and icons that OCR reads in front of a name ("©)", "&", "JD", "e").
_SLOT_JUNK = re.compile(r"^(?:(?:[^\w\s]+\w?[^\w\s]*|\w[^\w\s]+|[A-Za-z]|[A-Z]{2})\s+){1,2}")
_SLOT_RUN = re.compile(
    r"(?:[A-Z][a-z'’`-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’`-]+|[A-Z]\.|bin|binti)){0,4}"
    r"(?:,?\s*(?:[A-Z][a-z]{0,3}\.\s?){1,3}[A-Za-z]{0,4}\.?)*")
_DAY_OR_TIME = re.compile(
    r"(?i)^(?:\d{1,2}[.:]\d{2}(?:\s?[AP]M)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|senin|selasa|rabu|kamis|jum.?at|sabtu|"
    r"minggu|kemarin|hari ini|yesterday|today|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\W{0,2}$")


def _name_alone(page: _Page, seg: Segment, rec: Recognizer, not_names: frozenset[str]) -> list[Candidate]:
    """A line or cell that holds nothing but a person's name (see the `name_slots` kind)."""
    if seg.row in page.header_rows:
        return []
    if seg.row in page.columns:
        # A table row: only a column headed as a name holds names (a car model under "Merk/Tipe", a
        # country under "Negara Tujuan" and a product in a price list do not).
        header = page.header_of(seg)
        if header is None or not re.search(
                r"(?i)\b(nama|name|pegawai|pemegang|penerima|pengirim|peserta|pemohon|pasien)\b", header.text):
            return []
    text = seg.text
    junk = _SLOT_JUNK.match(text)
    start = junk.end() if junk else 0
    body = text[start:].rstrip(" .,:;")
    m = _SLOT_RUN.fullmatch(body)
    if not m:
        return []
    tokens = list(_NAME_TOKEN.finditer(body))
    if not tokens or _NOT_A_NAME_PHRASE.search(body) or tokens[0].group().lower() in T.NOT_A_PERSON:
        return []  # holiday greetings; "Kementerian …", "Dinas …" name an institution
    # Greetings and sentence openers around a name ("Terima Kasih", "Halo") are not part of it; a word
    # that is also a common given name ("Hari") is kept.
    stop = _NAME_STOP_WORDS - name_words()
    first, last = 0, len(tokens)
    while first < last and tokens[first].group().lower() in stop:
        first += 1
    while last > first and tokens[last - 1].group().lower() in stop:
        last -= 1
    if first == last:
        return []
    body_end = len(body) if last == len(tokens) else tokens[last - 1].end()  # a trailing degree stays
    start, body = start + tokens[first].start(), body[tokens[first].start():body_end]
    tokens = tokens[first:last]
    # Degrees and titles ("M.Kom.", "Dr.") are not what makes a run a name.
    words = [t.group() for t in tokens if not T.TITLE.match(t.group() + ".")]
    if not words or any(w.lower() in not_names for w in words) or words[0].lower() in T.NOT_A_PERSON:
        return []
    if len(words) == 1 and not _chat_slot(page, seg):
        return []  # one word alone is a menu item or a heading as often as a name
    if not any(_is_personal_word(w) for w in words):
        return []
    end = start + len(body)
    return [Candidate(rec.category, seg, start, end, rec.score, rec.id, text[start:end])]


def _is_personal_word(word: str) -> bool:
    """A given name or family name rather than a word of the language or a place."""
    lower = word.lower()
    return len(lower) >= 3 and (lower in name_words() or (not is_ordinary_word(lower) and lower not in place_words()))


def _chat_slot(page: _Page, seg: Segment) -> bool:
    """A chat list's contact (a time, a date or a day beside it) or a message's sender (the message
    right below, at the same left edge)."""
    right = page.right_of(seg)
    if right is not None and _DAY_OR_TIME.match(right.text.strip()):
        return True
    below = page.below(seg)
    return (below is not None and abs(below.box.left - seg.box.left) < 1.5 * seg.height
            and len(below.text) > 2 * len(seg.text) and page.above(seg) is None)


@functools.lru_cache(maxsize=32)
def _term_keys(terms: tuple[str, ...]) -> frozenset[str]:
    """Terms of five characters or more as lower-case letters and digits only."""
    return frozenset(re.sub(r"[^a-z0-9]", "", t.lower()) for t in terms if len(t) >= 5)


def _fuzzy_terms(seg: Segment, rec: Recognizer) -> list[Candidate]:
    """System names OCR damaged ("e- @nerja"): close to a term, and not an ordinary word."""
    terms = _term_keys(rec.terms)
    tokens = list(re.finditer(r"\S+", seg.text))
    out = []
    for i in range(len(tokens)):
        for j in (i, i + 1):
            if j >= len(tokens):
                continue
            if j > i and tokens[i].group()[-1] in ",;/&":
                continue  # 'Sari, Andi': a list of words, not one name OCR broke in two ('SRIK ANDI')
            start, end = tokens[i].start(), tokens[j].end()
            raw = seg.text[start:end]
            key = re.sub(r"[^a-z0-9]", "", raw.lower())
            if len(key) < 5 or raw.strip(".,:;").lower() in common_words():
                continue
            if key in terms:
                if j > i:  # a name OCR broke in two ("SRIK ANDI"); whole it is the pattern's own match
                    out.append(Candidate(rec.category, seg, start, end, rec.score * 0.9, rec.id + "_fuzzy", raw))
                continue
            for term_key in terms:
                if (abs(len(term_key) - len(key)) <= 2 and key[0] == term_key[0]
                        and difflib.SequenceMatcher(None, key, term_key).ratio() >= 0.85):
                    out.append(Candidate(rec.category, seg, start, end, rec.score * 0.9, rec.id + "_fuzzy", raw))
                    break
    return out


@functools.lru_cache(maxsize=32)
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def _value_left(seg: Segment, value: str) -> float:
    index = seg.text.find(value) if value else -1
    if index < 0:
        return seg.box.left
    boxes = seg.boxes_for(index, index + 1)
    return boxes[0].left if boxes else seg.box.left


_OFFICE_CONTACTS = re.compile(r"(?i)\b(Telepon|Telp|Tlp|Faks|Faksimile|Fax|Laman|Website|Pos-?el|Surel|www)\b")


def _is_office_letterhead(text: str) -> bool:
    """An office address on a letterhead comes with the office's phone, fax and website."""
    return len(_OFFICE_CONTACTS.findall(text)) >= 2 or bool(re.search(r"(?i)\b(Laman|Faksimile|Pos-?el)\b", text))


def _cut_at_office_contacts(value: str) -> str:
    m = _OFFICE_CONTACTS.search(value)
    return value[:m.start()] if m else value


_URL_PART = re.compile(r"[/?=&#]")


def _url_end(text: str, end: int) -> int:
    """OCR breaks long URLs at '?', '=', '/' or inside the host ("http://1 72.19. 118.159/…"):
    take back the following pieces that still look like parts of an address.  A plain word is
    only taken when a piece with URL punctuation follows it."""
    best = end
    for token in list(re.finditer(r"\S+", text[end:]))[:4]:
        piece = token.group()
        if not re.fullmatch(r"[\w.,:/?=&#%+~—–-]+", piece):
            break
        if re.search(r"[/?=&#.:]", piece) or piece[0] in "—–-=":
            best = end + token.end()
        elif not piece.isalnum() or len(piece) > 12:
            break
    return best


def _email_start(text: str, start: int) -> int:
    """OCR often reads the underscore of `first_last@…` as a space: take the lost first part back."""
    m = re.search(r"([a-z0-9][a-z0-9._-]*)\s$", text[:start])
    if m and m.group(1) not in _COMMON_SHORT and len(m.group(1)) >= 2:
        if m.group(1) not in common_words() or "." in m.group(1) or any(ch.isdigit() for ch in m.group(1)):
            return m.start(1)
    return start


_COMMON_SHORT = {"ke", "di", "ya", "ini", "itu", "email", "e-mail", "surel", "via", "to", "at", "or", "and", "dan"}


def _validator_input(name: str, value: str) -> str:
    if name in ("plate", "mrz", "private_ip", "iban", "phone_intl"):
        return value.split(":")[0].split("/")[0] if name == "private_ip" else value
    return re.sub(r"\D", "", value)


_INTERNAL_HOST = re.compile(
    r"(?i)(?:^|[/.@])(?:intranet|internal|intra|dev|staging|stg|admin|vpn|mail|webmail|localhost|corp|local|lan|"
    r"simpeg|siasn|srikandi|sipd|ekinerja|e-kinerja|kinerja|eoffice|e-office|sakti|spanint|omspan|presensi|tte|"
    r"sso|portal-internal|apps?-internal)\b")


def _is_internal_url(url: str) -> bool:
    from urllib.parse import urlsplit

    url = re.sub(r"^h\s?\w{0,4}\s?:\s?[/Il|\\]{1,3}\s?(?:[Aa](?=vww))?", "http://", url, flags=re.IGNORECASE)
    url = re.sub(r"\s+", "", url)  # OCR spaces inside an address
    candidate = url if "://" in url else "http://" + url
    try:
        parts = urlsplit(candidate)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return True
    if VALIDATORS["private_ip"](host):
        return True
    if port and port not in (80, 443):
        return True
    if "." not in host:
        return True
    if re.search(r"(?i)\.(local|lan|intra|internal|corp|localdomain)$", host):
        return True
    if _INTERNAL_HOST.search(host):
        return True
    path = parts.path.lower()
    return bool(re.search(r"/(?:api|v\d)\b", path) or re.search(
        r"(admin|cpanel|phpmyadmin|adminer|dashboard|siasn|simpeg|srikandi|sipd|ekinerja|pegawai|laporan|presensi|"
        r"arsip)", path))


def _is_common_word(value: str) -> bool:
    """An ordinary word however OCR or a UI spelled it ("SIMPAN", "Si-Kap" and "e-mail" are words)."""
    words = common_words()
    lower = value.strip(" .,:;()[]").lower()
    return lower in words or re.sub(r"[\s\-_.]+", "", lower) in words


def _stands_alone(seg: Segment, start: int, end: int) -> bool:
    """Uppercase classification words count as a stamp or header, not inside a sentence in lowercase."""
    before = seg.text[:start].strip()
    after = seg.text[end:].strip()
    if not before and not after:
        return True
    letters = [ch for ch in seg.text if ch.isalpha()]
    upper_share = sum(ch.isupper() for ch in letters) / max(1, len(letters))
    if upper_share > 0.6 or re.search(r"(?i)(sifat|klasifikasi)\s*:?\s*$", before):
        return True
    # A subject line that opens or closes with the marker ("SANGAT RAHASIA - Data …", "[RAHASIA]", "… : RAHASIA").
    if not before or re.search(r"[\[(:|\-–]$", before) or not after or re.match(r"[\])\-–|:]", after):
        return True
    return _set_apart(seg, start, end)


def _set_apart(seg: Segment, start: int, end: int) -> bool:
    """Words drawn as a badge or tag beside a line (a smaller or bigger size, a wide gap), which OCR read
    as part of that line's text."""
    inside = seg.words_in(start, end)
    if not inside:
        return False
    first, last = seg.words.index(inside[0]), seg.words.index(inside[-1])
    height = median(w.box.height for w in inside)
    for index, gap_side in ((first - 1, "before"), (last + 1, "after")):
        if not 0 <= index < len(seg.words):
            continue
        other = seg.words[index]
        ratio = other.box.height / max(1.0, height)
        gap = (inside[0].box.left - other.box.right) if gap_side == "before" else (other.box.left - inside[-1].box.right)
        tall = bool(re.search(r"[A-Z0-9bdfhklt]", other.text))  # x-height-only words are short anyway
        if (tall and (ratio > 1.35 or ratio < 0.74)) or gap > 1.2 * height:
            return True
    return False


def _trim_value(value: str) -> str:
    value = T.TRAILING_TIME.sub("", value)
    return value.rstrip(" ,;|")


def _shape_value(rec: Recognizer, value: str) -> tuple[int, int] | None:
    """(offset, length) of the part of `value` that is the field's value, or None."""
    lead = len(value) - len(value.lstrip(" :;.=-–>|"))
    body = value[lead:]
    if not body.strip():
        return None
    shape = rec.value
    if shape == "name":
        n = T.name_extent(body)
        return (lead, n) if n >= 2 else None
    if shape == "address":
        trimmed = _trim_value(body)
        if trimmed.split(" ", 1)[0].lower().strip(",.") in _NOT_AN_ADDRESS_START:
            return None  # "alamat kami di …" in prose is not a field
        return (lead, len(trimmed)) if len(trimmed) >= 3 and re.search(r"[A-Za-z0-9]", trimmed) else None
    if shape == "date":
        m = T.DATE.search(body) or T.YEAR.search(body)
        if not m or m.start() > 48:
            return None
        return (lead, m.end())
    if shape == "token":
        m = re.match(r"\S+", body)
        token = m.group().rstrip(",;.") if m else ""
        if len(token) < 3 or re.fullmatch(r"[•*●xX.·]+", token):
            return None
        if token.rstrip(":").lower() in _NOT_A_SECRET or (token.isalpha() and token.islower()
                                                            and token.lower() in common_words()):
            return None  # "token listrik", "token kamu": prose, not a secret
        end = len(token)
        # OCR reads '_' as a space: "Garuda 2020!" is one password; a time stamp after it is not.
        for piece in list(re.finditer(r"\s(\S+)", body[end:]))[:2]:
            text = piece.group(1)
            if piece.start() != 0 or T.TIME_TOKEN.match(text) or not re.search(r"[\d_!@#$%^&*+=]", text):
                break
            end += piece.end()
        return (lead, end)
    if shape == "passport":
        # The series letter must stay a letter: only the digit part is normalised.  OCR reads a small
        # serif E as a pound or euro sign.
        m = re.match(r"([A-Z£€]{0,2})(\s?)([0-9OIlSB]{6,8})(?![0-9A-Za-z])", body)
        if m and sum(ch.isdigit() for ch in m.group(3)) >= 5:
            return (lead, m.end())
        # Other countries mix letters into the number (L898902C3, AB1234567): mostly digits, one word.
        m = re.match(r"[A-Z0-9]{7,10}(?![0-9A-Za-z])", body)
        if m and sum(ch.isdigit() for ch in m.group()) >= 5:
            return (lead, m.end())
        return None
    if shape == "email":
        m = re.match(r"(?:\S+\s){0,2}?\S*?[.,]\s?(?:com|id|net|org|co|go|ac|sch|or|my|info|biz|io|gov|edu)\b\S*", body)
        return (lead, len(m.group().rstrip(" ,;"))) if m else None
    if shape == "plate":
        m = re.match(r"[A-Z]{1,2}\s?-?\s?[1-9]\d{0,3}\s?-?\s?[A-Z]{0,3}(?![A-Za-z0-9])", body)
        return (lead, len(m.group().rstrip(" -"))) if m else None
    if shape == "digits":
        m = re.match(r"\d(?:[\s.\-]?\d){4,}", T.normalise_digits(body))
        return (lead, m.end()) if m else None
    if shape == "vocab":
        upper = body.upper()
        for word in _longest_first(rec.vocabulary):
            if upper.startswith(word) and (len(upper) == len(word) or not upper[len(word)].isalpha()):
                return (lead, len(word))
        return None
    trimmed = _trim_value(body)
    return (lead, len(trimmed)) if trimmed.strip() else None


def _repeats(page: _Page, candidates: list[Candidate]) -> list[Candidate]:
    """A value found once is covered wherever else it appears (a spreadsheet's formula bar, a page title)."""
    values: dict[str, Candidate] = {}
    for cand in candidates:
        key = re.sub(r"\s+", " ", cand.value.strip())
        if len(key) >= 6 and cand.category not in ("internal_system", "classification", "own_term"):
            values.setdefault(key, cand)
    out = _name_part_repeats(page, candidates)
    if not values:
        return out
    pattern = re.compile("|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)))
    for row in page.rows:
        for seg in row.segments:
            for m in pattern.finditer(seg.text):
                source = values[m.group()]
                out.append(Candidate(source.category, seg, m.start(), m.end(), source.score * 0.95,
                                     source.recognizer + "_repeat", m.group()))
    return out


def _system_name_echoes(page: _Page, candidates: list[Candidate]) -> list[Candidate]:
    """A system named once on the page is covered where OCR damaged its prefix: the browser tab's
    "¢-Presensi" or "--SPPD" once the header says e-Presensi or e-SPPD.  Only a hyphenated piece counts,
    so the ordinary word "Presensi" in a menu stays visible."""
    keys = set()
    for cand in candidates:
        if cand.category == "internal_system":
            key = re.sub(r"[^a-z0-9]", "", cand.value.lower())
            key = key[1:] if re.match(r"(?i)e\W", cand.value.strip()) else key
            if len(key) >= 4:
                keys.add(key)
    if not keys:
        return []
    pattern = re.compile(r"(?<![A-Za-z0-9])\S{0,2}[-–]\s?(?:" + "|".join(sorted(keys, key=len, reverse=True))
                         + r")(?![A-Za-z0-9])", re.IGNORECASE)
    out = []
    for row in page.rows:
        for seg in row.segments:
            for m in pattern.finditer(seg.text):
                out.append(Candidate("internal_system", seg, m.start(), m.end(), 0.6, "internal_system_echo",
                                     m.group()))
    return out


def _name_part_repeats(page: _Page, candidates: list[Candidate]) -> list[Candidate]:
    """A person named in full once ("I'm Alex Rivera", "Nama: Budi Santoso") is then called by one of
    the names alone ("Hi Alex", "Pak Budi"): cover those words too, capitalised and whole.

    Only names a label vouched for count (score >= 0.7); a capitalised run found without a label may be a
    heading, and its words would spread over the page.
    """
    parts: dict[str, Candidate] = {}
    for cand in candidates:
        if cand.category != "person_name" or cand.score < 0.7 or cand.recognizer.endswith("_repeat"):
            continue
        for token in re.findall(r"[A-Z][a-z'’-]{2,}|[A-Z]{3,}", cand.value):
            if token.lower() not in _NAME_STOP_WORDS and token.lower() not in T.NOT_A_PERSON \
                    and not T.TITLE.match(token):
                parts.setdefault(token, cand)
    if not parts:
        return []
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
                         + r")(?![\w'’-])")
    out = []
    for row in page.rows:
        for seg in row.segments:
            for m in pattern.finditer(seg.text):
                source = parts[m.group()]
                if seg is source.segment and source.start <= m.start() < source.end:
                    continue
                out.append(Candidate("person_name", seg, m.start(), m.end(), source.score * 0.9,
                                     source.recognizer + "_part_repeat", m.group()))
    return out


_NOT_A_SECRET = {"listrik", "pln", "kwh", "prabayar", "pulsa", "kamu", "anda", "saya", "baru", "lama", "sudah",
                 "belum", "tidak", "expired", "kadaluarsa", "salah", "benar", "berhasil", "gagal"}


_NOT_AN_ADDRESS_START = {"kami", "saya", "anda", "kita", "ini", "itu", "yang", "di", "ke", "dari", "untuk", "dan",
                         "email", "e-mail", "surel", "lengkap", "sesuai", "akan", "sudah", "belum", "tidak", "our",
                         "your", "the", "is", "are"}


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """Drop candidates contained in a stronger one on the same segment; merge same-category overlaps."""
    out: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), -c.score)):
        keep = True
        for other in out:
            if other.segment is not cand.segment:
                continue
            if other.start <= cand.start and cand.end <= other.end:
                if other.category == cand.category or other.score >= cand.score:
                    keep = False
                    break
            elif other.category == cand.category and cand.start < other.end and other.start < cand.end:
                other.start, other.end = min(other.start, cand.start), max(other.end, cand.end)
                other.value = other.segment.text[other.start:other.end]
                other.extra.extend(cand.extra)
                keep = False
                break
        if keep:
            out.append(cand)
    return out


def _snap_to_words(seg: Segment, start: int, end: int) -> tuple[int, int]:
    """Widen a match to whole OCR words when it covers most of a word, so no edge glyph leaks."""
    for w_start, w_end, _ in seg._spans:
        if w_end <= start or w_start >= end:
            continue
        word = seg.text[w_start:w_end]
        covered = min(end, w_end) - max(start, w_start)
        rest = word[:max(0, start - w_start)] + word[max(0, end - w_start):]
        if not re.search(r"[A-Za-z0-9]", rest) or covered >= 0.6 * len(word):
            start, end = min(start, w_start), max(end, w_end)
    return start, end


def _terms_regex(terms: Iterable[str]) -> re.Pattern | None:
    """One pattern for a list of words, longest first, any case, any spacing between the words."""
    terms = [t for t in terms if t.strip()]
    if not terms:
        return None
    return re.compile("|".join(r"\s*".join(re.escape(part) for part in t.split())
                               for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)


def _number_key(text: str) -> str:
    """The digits of a phone-like number, with the country code +62 read as the trunk 0."""
    digits = re.sub(r"\D", "", text)
    return "0" + digits[2:] if digits.startswith("62") and len(digits) >= 9 else digits


_MRZ_CHARS = re.compile(r"[A-Z0-9<«‹(\[{]")
_MRZ_FILLERS = re.compile(r"[<«‹]|(?<=[<«‹])[cC(\[{L]|[KC]{4,}")


def _mrz_like(text: str) -> tuple[bool, bool]:
    """(looks like a machine-readable line, has the filler characters of one).

    The OCR-B fillers `<` are read as `<`, `«`, `K`, `C`, `c` or `(`; the letters and digits around them
    survive better.  A line counts when it is long, nearly all capitals, digits and fillers.
    """
    compact = re.sub(r"\s+", "", text)
    if len(compact) < 24:
        return False, False
    share = len(_MRZ_CHARS.findall(compact)) / len(compact)
    fillers = len(_MRZ_FILLERS.findall(compact))
    return share >= 0.85, fillers >= 3


def _mrz_bands(page: _Page) -> list[Finding]:
    """The two (passport) or three (ID card) machine-readable lines, covered whole as one band each.

    A line is taken when it has MRZ fillers, and its neighbours when they have the MRZ shape even
    without fillers (line 2 of a passport may hold none); the rows are covered from the band's
    leftmost to its rightmost glyph, so a stretch OCR split off or misread stays covered too.
    """
    shapes = {}
    for row in page.rows:
        text = " ".join(seg.text for seg in row.segments)
        shapes[row.index] = _mrz_like(text)
    taken: set[int] = set()
    for index, (shape, fillers) in shapes.items():
        if shape and fillers:
            taken.add(index)
            box = page.rows[index].box
            for step in (-1, 1, -2, 2):
                other = index + step
                if other not in shapes:
                    continue
                o_shape, o_fillers = shapes[other]
                near = abs(page.rows[other].box.top - box.top) <= 2.5 * abs(step) * box.height
                if o_shape and near and (abs(step) == 1 or o_fillers):
                    taken.add(other)
    if not taken:
        return []
    rows = [page.rows[i] for i in sorted(taken)]
    left = min(r.box.left for r in rows)
    right = max(r.box.right for r in rows)
    boxes = tuple(Box.from_edges(left, r.box.top, right, r.box.bottom) for r in rows)
    return [Finding(category="passport", boxes=boxes, score=0.9, preview=preview(category("passport").label, "MRZ"),
                    detector="passport_mrz")]


def _to_findings(candidates: list[Candidate], left_visible=lambda _cand: False) -> list[Finding]:  # noqa: ANN001
    findings = []
    for cand in candidates:
        start, end = _snap_to_words(cand.segment, cand.start, cand.end)
        boxes = list(cand.segment.boxes_for(start, end))
        value = cand.value
        for seg, s, e in cand.extra:
            boxes.extend(seg.boxes_for(s, e))
            value += " " + seg.text[s:e]
        if not boxes:
            continue
        label = category(cand.category).label
        findings.append(Finding(category=cand.category, boxes=tuple(boxes), score=round(cand.score, 3),
                                preview=preview(label, value), detector=cand.recognizer,
                                enabled=not left_visible(cand)))
    findings.sort(key=lambda f: (f.bounds.top, f.bounds.left))
    return findings
