"""`kind = "labelled"`: a value named by a label printed before it, beside it, above it or over its
table column, cut to its shape (`value = name | address | date | token | …`)."""
from __future__ import annotations

import functools
import re
from typing import Sequence

from .. import hooks
from ..labels import (FIELD_START, INLINE_ONLY, LABEL_TRANSLATION, STOP_LABELS, VALUE_LEAD, is_a_control,
                      is_quantity_or_price, is_thing_column, names_a_thing)
from ...findings import Box
from ..layout import Segment
from .. import text as T
from ..lexicon import common_words, given_names, is_ordinary_word, name_words, words
from ..page import PANEL_GAP, Candidate, Page
from ..recognizer import Recognizer
from ..shapes import shape_value
from ..tables import ADDRESS_COLUMN, ATTRIBUTE_COLUMN, COUNT_COLUMN, HOME_COLUMN, RESIDENCE_COLUMN, header_text
from .base import SCRAP_CONFIDENCE, Shared
from .names import (NAME_STOP_WORDS, could_be_a_name, ends_as_an_organisation, has_a_name, is_establishment,
                    is_personal_word, spoken_as_a_word, vouches_for_small_letters)

# The next field's label after an address on the same line.
_ADDRESS_STOP = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, words("labels", "address_stop"))) + r")\b")
# An amount of money ("Rp3.432.000", "1.250.000,00"), never part of an address.
_MONEY = re.compile(r"(?i)(?:rp\.?\s?|idr\s?)\d|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$")
# A word of an address ("Jl.", "Dusun", "RT", "Kel.") or a number after a name ("Kenanga 12").
_ADDRESS_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(map(re.escape, sorted(set(
    words("values", "street_kinds") + words("values", "place_kinds") + words("values", "address_parts")
    + words("values", "address_line_ends")), key=len, reverse=True))) + r")(?![^\W\d_])|[^\W\d_]{3,}\.?\s+\d")


def _reads_as_an_address(text: str) -> bool:
    return _ADDRESS_WORD.search(text) is not None


def _headless_labels(rec: Recognizer) -> re.Pattern | None:
    """The labels of `rec` without their first letter, matched as a whole line: a label written with a
    capital and three lower-case letters at least ("Nama", "Alamat"; not "NIK", whose "IK" could be
    anything), that names a value by itself (not one that only leads into a sentence's value, "Dari")."""
    return None if rec.inline else _headless_pattern(tuple(rec.labels))


@functools.lru_cache(maxsize=None)
def _headless_pattern(labels: tuple[str, ...]) -> re.Pattern | None:
    rests = sorted({label[1:] for label in labels if re.match(r"[A-Z][a-z]{3}", label)
                    and not INLINE_ONLY.fullmatch(label)}, key=len, reverse=True)
    if not rests:
        return None
    return re.compile(r"(?:" + "|".join(r"\s+".join(map(re.escape, rest.split())) for rest in rests)
                      + r")(?=\s*:?\s*$)")


# A date's day and month, the year wrapped onto the next line ("02-08-", "17 Agu").
_DAY_AND_MONTH = re.compile(r"\d{1,2}\s?[-/.]\s?(?:\d{1,2}|[^\W\d_]{3,9})\s?[-/.]?|\d{1,2}\s[^\W\d_]{3,9}")


# A street's or a place's kind and a name after it ("DUSUN WETAN", "Jl. Melati 5"): an address, though a
# part of one ("Dusun") is also a label.
_ADDRESS_OPENING = re.compile(r"(?i)^\W{0,3}(?:" + hooks.STREET_OR_PLACE_KIND + r")\.?\s+[^\W_]")
# A word before a place's label that makes it an office ("Kepala Desa Sukamaju").
_OFFICE_BEFORE = re.compile(r"(?i)(?:^|\W)(?:" + "|".join(map(re.escape, words("labels", "office_before_place")
                                                           + words("labels", "prose_before_place"))) + r")\W*$")
# "Alamat IP", "Alamat email", "IP address": a network's or a mailbox's address, not a home's.
_NETWORK_ADDRESS = re.compile(r"(?i)\s*(?:" + "|".join(map(re.escape, words("labels", "network_address_kinds")))
                              + r")(?![\w-])")
# The same kinds before the label, in English word order ("IP Address", "MAC address", "Email Address").
_NETWORK_ADDRESS_BEFORE = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(map(re.escape, words("labels", "network_address_kinds")))
                                     + r")\s+$")
# The first word of an institution's name right before a label ("Dinas Pekerjaan Umum").
_INSTITUTION_BEFORE = re.compile(r"(?i)(?:^|\W)(?:" + "|".join(map(re.escape, words("labels", "institution_before_label")))
                                 + r")\s+$")
# A role's or a lesson's word right before a label ("Penyuluh Agama Islam", "Guru Agama Islam").
_SUBJECT_BEFORE = re.compile(r"(?i)(?:^|\W)(?:" + "|".join(map(re.escape, words("labels", "subject_before_label")))
                             + r")\s+$")
_ROW_NUMBER = re.compile(r"\d{1,3}\.?\s+(?=[^\W\d_])")
# Secret labels that are also ordinary words ("Key Performance Indicator").
_WEAK_SECRET_LABELS = frozenset(words("labels", "weak_secret"))


# A capitalised word right before a label ("Vaksinasi Anak", "Layanan Pasien"): the label is a word of a
# title, not a field's name (a label after a field or an abbreviation ends with ":" or ".").
# (a capital I read as l: "lmunisasi Anak Sehat")
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w.])[A-Zl][a-z]{2,}\s+$")


def _written_as_a_label(label: str, lead: str) -> bool:
    """A short label written as a field's, not as a word of a sentence: abbreviated with its dots or
    slash ("a.n.", "a/n") or followed by its colon ("Penerima:")."""
    return ":" in lead or bool(re.search(r"[a-z][./][a-z]", label, re.IGNORECASE))


def _in_capitals(text: str) -> bool:
    """Written in capitals, as OCR reads them (an I read as l now and then)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.75 * len(letters)


# Values found beside a label wrapped onto two lines: a date or a place and date ("Tempat / Tanggal" over
# "Lahir").  (A name has its own checks beside its label, and an address its own continuation.)
_WRAPPED_LABEL_VALUES = ("date",)
# ... and a word of the recognizer's own list ("Tingkat" over "Keamanan", "Rahasia" beside the first line).
_BESIDE_A_WRAPPED_LABEL = _WRAPPED_LABEL_VALUES + ("vocab",)


def _in_another_column(page: Page, label: Segment, value: Segment, rec: Recognizer) -> bool:
    """`value` is a cell of a table's column the label is no cell of: its own header's value, not the
    label's.  Under the label's own header too, unless the label names its value only on one kind of page
    (a note under "Catatan" on a patient's record): a form that stacks each label over its value reads as a
    table, but in a list's column of values a cell that is a label's word ("Pengemudi" over "Analis" in a
    column of roles) is one value over the next."""
    header = page.header_of(value)
    return header is not None and (header is not page.header_of(label) or rec.page_kind is None)


def _secret_read_as_scraps(seg: Segment, start: int, end: int) -> tuple[int, int] | None:
    """What follows a secret's label where OCR read only scraps of it ("pass: J@t@yu34" read "TA at", at 23 and
    40 %): the label says a secret stands there, and the scraps say it could not be read; covered whole.
    A short word read surely ("PIN: -", "Token: ok") stays as it is."""
    words = [w for w in seg.words if seg.start_of(w) >= start and seg.start_of(w) < end and w.text.strip(" :")]
    if not words or any(w.conf > SCRAP_CONFIDENCE for w in words):
        return None
    first = seg.start_of(words[0])
    last = seg.start_of(words[-1]) + len(words[-1].text)
    return first - start, last - first


def _date_wrapped_below(page: Page, target: Segment, start: int, rec: Recognizer) -> Candidate | None:
    """A place and a date that a narrow cell wrapped after the place's comma or before the year ("MAKASSAR,"
    over "20/10/2013", "BANDUNG, 16 Desember" over "2019"): the line right under the value, at its left
    edge, goes on with it, and only the two together are a date."""
    if not target.text.rstrip().endswith(",") and not re.search(r"\d{1,2}\s+[^\W\d_]{3,9}\s*$", target.text):
        return None
    below = page.next_line(target)
    if below is None or len(below.text.split()) > 4:
        return None
    cut = len(target.text) + 1
    joined = target.text + " " + below.text
    shaped = shape_value(rec, joined[start:])
    if shaped is None:
        return None
    s, e = start + shaped[0], start + shaped[0] + shaped[1]
    if e <= cut or s >= len(target.text):
        return None  # the date is whole on one of the lines
    if rec.reject_if and hooks.rejected(rec.reject_if, page, target, s, len(target.text)):
        return None
    return Candidate(rec.category, target, s, len(target.text), rec.score + 0.1, rec.id + "_wrapped",
                     joined[s:e], [(below, 0, e - cut)])


class LabelledFinder:
    kinds = ("labelled",)

    def __init__(self, recognizers: Sequence[Recognizer], shared: Shared):
        self.recs = [r for r in recognizers if r.label_regex is not None]
        self.headers = shared.headers
        self._headless = {r.id: pattern for r in self.recs if (pattern := _headless_labels(r)) is not None}

    def candidates(self, page: Page, seg: Segment) -> list[Candidate]:
        out: list[Candidate] = []
        for rec in self.recs:
            out.extend(self._labelled_candidates(page, seg, rec))
        return out

    def _headless_label(self, page: Page, seg: Segment, rec: Recognizer) -> list[re.Match]:
        """A label that OCR read without its first letter ("ama" for "Nama", "lamat" for "Alamat"), alone
        on its row with nothing after it but a colon: the label of a value stacked under it or beside it.
        Tesseract drops the first letter of a small grey label over its value now and then (a bill's
        payment proof stacks every field so)."""
        pattern = self._headless.get(rec.id)
        if pattern is None or not 0 <= seg.row < len(page.rows) or len(page.rows[seg.row].segments) != 1:
            return []
        m = pattern.match(seg.text)
        return [m] if m is not None else []

    def _labelled_candidates(self, page: Page, seg: Segment, rec: Recognizer) -> list[Candidate]:
        out = []
        if seg.row in page.header_rows:
            return out  # a header row holds labels only; its values are the cells below
        if rec.page_kind is not None and not page.is_kind(rec.page_kind):
            return out  # a label that names this value only on such a page ("Catatan" on a patient's record)
        text = seg.text
        if rec.value in _BESIDE_A_WRAPPED_LABEL and not rec.label_regex.search(text):
            wrapped = self._beside_a_wrapped_label(page, seg, rec)
            if wrapped is not None:
                out.append(wrapped)
        # (every label's rest opens with a lower-case letter: most lines need no look for one)
        for m in list(rec.label_regex.finditer(text)) or (self._headless_label(page, seg, rec) if text[:1].islower() else ()):
            if rec.value == "name" and names_a_thing(text, m.start()):
                continue  # "Item Name" over a receipt's items, "SSID Name": a thing's name
            inline_only = rec.inline or bool(INLINE_ONLY.fullmatch(m.group()))
            if rec.value == "name" and _honorific_in_a_business_name(text[:m.start()], m.group()):
                continue  # "Warung Bu Siti", "Bengkel Pak Slamet": a shop's name, posted to be found
            if rec.value == "address" and (_names_an_office(text, m, rec.label_regex) or _place_in_a_sentence(text, m)
                                           or _regions_alone(text, m) or _NETWORK_ADDRESS.match(text, m.end())
                                           or _NETWORK_ADDRESS_BEFORE.search(text[:m.start()])):
                continue
            if _INSTITUTION_BEFORE.search(text[:m.start()]):
                continue  # "Dinas Pekerjaan Umum dan Penataan Ruang": an office's name, not an occupation
            if _SUBJECT_BEFORE.search(text[:m.start()]) and not text[m.end():].lstrip().startswith(":"):
                continue  # "Penyuluh Agama Islam Ahli Muda": a position's name, not the holder's religion
            lead = VALUE_LEAD.match(text[m.end():])
            if _inside_a_heading(text, m, lead.group()):
                continue
            start = m.end() + lead.end()
            if rec.value == "name":
                start += _whose_name(text[start:], rec)
            stop = STOP_LABELS.search(text, start) if rec.value not in ("address",) else None
            if rec.value == "name" and stop and stop.start() == start:
                continue  # a search box's "Cari nama / NISN" (its slash lost): another field's label, no one's name
            if rec.value == "address":
                stop = _ADDRESS_STOP.search(text, start)
            end = stop.start() if stop and stop.start() > start else len(text)
            # The label's translation with its slash too faint to be read on a photo ("Place of birth
            # Tempat lahir"): the value, beside or below, comes after both.
            if rec.value != "address":  # a part of an address is also a label ("di Kecamatan Genteng")
                start += self._leading_label(text[start:end], rec)
            label_words = seg.words_in(m.start(), m.end())
            if label_words:
                start = _after_second_reading(seg, start, label_words)
            target, t_start, t_end = seg, start, end
            if LABEL_TRANSLATION.fullmatch(text[start:end]):
                t_start = end  # "Surname / Nom", "Nama / Name": a bilingual label, its value is beside or below
            elif LABEL_TRANSLATION.fullmatch(text[m.end():]):
                t_start = t_end = len(text)  # the translation is itself a label ("Given names / Nama depan")
            elif re.fullmatch(r"\s*[/&]\s*", text[start:end]) and end == len(text):
                t_start = t_end = len(text)  # two labels in one, wrapped after the slash ("Tgl. Lahir /" over "Umur")
            stacked_name = False
            # (a form's mark of a required field after its label, "Nama *", is no value)
            if t_start >= len(text.rstrip()) or not text[t_start:t_end].strip(" *"):
                if seg.row in page.header_rows:
                    continue  # a table header's values are its column's cells, not the next header
                if rec.value == "token":
                    token = _token_beside(page, seg, rec)
                    if token is not None:
                        out.append(token)
                        continue
                if _ends_a_title(text[:m.start()]) and ":" not in text[m.end():]:
                    continue  # a label word ending a title ("ASN Kecamatan" over "34 anggota") labels nothing
                if inline_only:
                    # "Dari" or "Penerima" alone on its line over a name in capitals (a transfer proof that
                    # stacks label over value) names it; anywhere else such a word names what follows it.
                    below = page.neighbour(seg, "below")
                    if (rec.value != "name" or text[:m.start()].strip(" :") or below is None
                            or not _in_capitals(below.text) or page.beside(seg) is not None):
                        if rec.value == "name" and _stands_alone(text, m):
                            # "Dari | KRISNA PERMANA" on a receipt's key-value row; "2. Penerima :" over the name
                            beside = page.beside(seg)
                            out.extend(self._whole_name(beside, rec) if beside is not None
                                       else self._name_under(page, seg, rec))
                        continue
                    stacked_name = True
                if len(re.findall(r"[^\W\d_]{3,}", text[:m.start()])) >= 2:
                    continue  # the last word of a heading ("SURAT KETERANGAN DOMISILI") labels nothing below it
                beside = page.beside(seg)
                if beside is not None and (rec.label_regex.fullmatch(beside.text.strip(" /|:"))
                                           or self._translation(beside.text, rec)):
                    beside = None  # the label's translation in a cell of its own ("Place of birth | Tempat lahir")
                under = page.neighbour(seg, "below")
                if (beside is not None and beside.row == seg.row and under is not None
                        and beside.box.left - seg.box.right > PANEL_GAP * max(seg.height, beside.height)
                        and (self.headers.is_header(beside) or self.headers.starts_with_label(beside.text))
                        and page.neighbour(beside, "right") is not None
                        and not (self.headers.is_header(under) or self.headers.starts_with_label(under.text))):
                    # the next panel's field far across the page, its own value beside it ("No. Pendaftaran ...
                    # Alamat Tempat Tinggal : Perum …"), is not this label's value: that stands under it (a form's
                    # next label under it keeps the value beside it, "Kecamatan | Desa Wringin")
                    beside = None
                neighbour = page.neighbour(seg, "below") if stacked_name else beside or page.neighbour(seg, "below")
                if neighbour is None or _in_another_column(page, seg, neighbour, rec) or (
                        self.headers.is_header(neighbour)
                        and not (rec.value == "address" and _ADDRESS_OPENING.match(neighbour.text))):
                    # the next cell of a header row is another label, not this label's value; but beside
                    # "Alamat", "DUSUN WETAN" is the address, its kind a label only where it is alone
                    continue
                if not stacked_name and self.headers.is_empty_field(neighbour.text):
                    continue  # an empty field over the next one ("USER ID :" over "USER PASS :")
                target, t_start = neighbour, VALUE_LEAD.match(neighbour.text).end()
                t_end = len(neighbour.text)
                t_start = _after_second_reading(neighbour, t_start, seg.words)
            shaped = shape_value(rec, target.text[t_start:t_end],
                                 small_letters=rec.value == "name" and vouches_for_small_letters(m.group()))
            if shaped is None and rec.value in _WRAPPED_LABEL_VALUES and t_end == len(target.text):
                wrapped = _date_wrapped_below(page, target, t_start, rec)
                if wrapped is not None:
                    out.append(wrapped)
                    continue
            if shaped is None and rec.value == "email" and "@" in target.text[t_start:t_end]:
                extra_email = self._wrapped_email(page, target, t_start, t_end)
                if extra_email:
                    out.append(extra_email)
                continue
            if shaped is None and rec.value == "token" and (m.group().strip(" :").lower() not in _WEAK_SECRET_LABELS
                                                            or ":" in m.group() or text[m.end():].lstrip()[:1] == ":"):
                shaped = _secret_read_as_scraps(target, t_start, t_end)  # (a weak label only as a field's: "pass:")
            if shaped is None:
                continue
            offset, length = shaped
            s, e = t_start + offset, t_start + offset + length
            if (rec.names_only or stacked_name) and not has_a_name(target.text[s:e]) \
                    and not _name_wraps_on(page, target, e):
                continue
            if rec.reject_if and hooks.rejected(rec.reject_if, page, target, s, e):
                continue  # "USER ID : freewifi" on a shop's receipt: a login shared with every customer
            if rec.value == "name" and ends_as_an_organisation(target.text[s:e]):
                continue  # "Pengirim: SHOPEE EXPRESS": a courier sent it, not a person
            if rec.value == "name" and _opens_with_a_business(target.text[s:e]):
                continue  # "Diambil dari Warung Makan Bu Tini": an order picked up from a shop, not a person
            if (rec.value == "name" and target is not seg and target.row == seg.row and not target.text[s:e].isupper()
                    and _one_word_of_the_language(target.text[s:e])):
                # "Nama Pelapor" over its name, beside it a status in the next panel ("Didisposisikan"); a word in
                # capitals under or beside its label may be a family name all the same ("Surname" / "TANJUNG")
                continue
            if rec.value == "name" and _opens_as_no_one(target.text[s:e]):
                continue  # "Ditanggapi oleh Admin Dinas", "Dari: Bidang Umum": an office's account, not a person
            if rec.value == "name" and is_quantity_or_price(target.text[s:e].split()[0]):
                continue  # "Name  Qty  Price" (read "Name Uty Pre"): the label heads an item table's column
            if stacked_name and any(w in T.NOT_A_PERSON for w in target.text[s:e].lower().split()):
                continue  # "BKPSDM KABUPATEN", "BANK JATIM": an office or a bank under the label
            if (inline_only and rec.value == "name" and _in_capitals(target.text[s:e]) and not has_a_name(target.text[s:e])
                    and not (target is seg and _written_as_a_label(m.group(), lead.group())
                             and could_be_a_name(target.text[s:e]))
                    and not (target is seg and _after_a_formal_title(text[:m.start()], m.group(), target.text[s:e]))
                    and not (target is seg
                             and _after_an_account_holder_label(m.group(), text[m.end():s], target.text[s:e]))):
                # "THANK YOU FOR SHOPPING AT …", "AN KAB BULELENG" on a receipt: after a greeting or a short
                # label that is also a word, capitals give no hint of a name; one of its words must be one.
                # A label written as one ("a.n. OKI PURBA", "Penerima: OKI PURBA") names a person all the same.
                continue
            if (inline_only and rec.value == "name" and target is seg and _TITLE_WORD_BEFORE.search(text[:m.start()])
                    and not has_a_name(target.text[s:e])):
                # "Vaksinasi Anak Serentak di 37 Puskesmas": a label word inside a headline in title case is a
                # word of the headline; what follows it is a person only if one of its words is a name.
                continue
            if (inline_only and rec.value == "name" and target is seg and _one_word_of_the_language(target.text[s:e])
                    and m.group().strip(" :.,").lower() not in _HONORIFICS
                    and not _addressed_by_name(m.group(), lead.group(), target.text[s:e])
                    and not (target is seg
                             and _after_an_account_holder_label(m.group(), text[m.end():s], target.text[s:e]))):
                continue  # "Dokter Pemeriksa", "Peserta Didik", "Pasien Umum": a role, not the person holding it
            if (inline_only and rec.value == "name" and target is seg and "." in lead.group()
                    and all(w.lower() in common_words() for w in target.text[s:e].split())):
                continue  # "Selamat pagi Bapak/Ibu. Berikut daftar …": the sentence ended, the next one opens
            if inline_only and rec.value == "name" and target is seg and _names_a_programme(target.text[s:e]):
                continue  # "Penerima PKH Tahap 3", "Peserta BPJS Kesehatan": a programme's beneficiaries
            if rec.value == "token" and m.group().strip(" :").lower() in _WEAK_SECRET_LABELS:
                if target.text[s:e].strip(".,:;").lower() in common_words():
                    continue  # "Key Performance Indicator", "Secret Santa": ordinary words after the label
            extra = (hooks.address_continuation(page, target, target.text[s:e], self.headers)
                     if rec.value == "address" else [])
            for name in rec.extend:
                if name in hooks.LABELLED_EXTEND:
                    extra = extra + hooks.LABELLED_EXTEND[name](page, target, s, e, self.headers)
            out.append(Candidate(rec.category, target, s, e, rec.score + 0.1, rec.id, target.text[s:e], extra))
        return out

    def _beside_a_wrapped_label(self, page: Page, seg: Segment, rec: Recognizer) -> Candidate | None:
        """A label a narrow column wrapped onto a second line ("Tempat / Tanggal" over "Lahir"), its value
        beside the first line: the two lines make the label whole, and only then is the value its.  The
        value may wrap in its own column the same way ("BANTUL," over "10/09/1991"): what stands beside the
        label's second line, at the value's left edge, goes on with it."""
        below = page.neighbour(seg, "below")
        if (below is None or abs(below.box.left - seg.box.left) > seg.height
                or below.box.top - seg.box.bottom > seg.height or len(below.text.split()) > 2
                or re.search(r"\d", below.text)):
            return None
        joined = f"{seg.text.rstrip()} {below.text.strip()}"
        m = rec.label_regex.search(joined)
        if m is None or m.start() > 0 or m.end() <= len(seg.text.rstrip()) or joined[m.end():].strip(" :"):
            return None  # the label must open the first line and end the second
        beside = page.beside(seg)
        if beside is None or page.header_of(beside) is not None or self.headers.is_header(beside):
            return None
        rest = page.beside(below)
        if rest is not None and rest.box.left > beside.box.right + beside.height:
            rest = None  # a field of the form's next column, right of where the value ends ("Lahir | Program Studi")
        if rest is not None and (abs(rest.box.left - beside.box.left) > beside.height
                                 or page.header_of(rest) is not None or self.headers.is_header(rest)):
            return None  # something else beside the label's second line: another field's value
        t_start = VALUE_LEAD.match(beside.text).end()
        value = beside.text[t_start:] + (" " + rest.text if rest is not None else "")
        shaped = shape_value(rec, value)
        if shaped is None:
            return None
        s, e = t_start + shaped[0], t_start + shaped[0] + shaped[1]
        cut = len(beside.text)
        extra = [(rest, 0, e - cut - 1)] if rest is not None and e > cut + 1 else []
        e = min(e, cut)
        if s >= e or (rec.reject_if and hooks.rejected(rec.reject_if, page, beside, s, e)):
            return None
        return Candidate(rec.category, beside, s, e, rec.score + 0.1, rec.id, beside.text[s:e], extra)

    def _leading_label(self, text: str, rec: Recognizer) -> int:
        """How long a label for the same kind of value opening `text` is, with what leads to the value
        after it (0 when `text` opens with a value)."""
        for r in self.recs:
            if r.category != rec.category:
                continue
            m = r.label_regex.match(text)
            if m and m.end() > 0 and (m.end() == len(text) or not text[m.end()].isalnum()):
                return m.end() + VALUE_LEAD.match(text[m.end():]).end()
        return 0

    def _translation(self, text: str, rec: Recognizer) -> bool:
        """A short caption opening with another pack's label for the same kind of value: the label in the
        other language ("Surname | Nama keluarga" when OCR put the slash between them on a line of its own)."""
        text = text.strip(" /|:")
        return (len(text.split()) <= 3 and not re.search(r"\d", text)
                and any(r.category == rec.category and r is not rec and r.label_regex.match(text) for r in self.recs))

    def _name_under(self, page: Page, seg: Segment, rec: Recognizer) -> list[Candidate]:
        """A form's field label alone on its line ("2. Penerima :"), a name in any case under it."""
        below = page.neighbour(seg, "below")
        if below is None or page.header_of(below) is not None or self.headers.is_header(below):
            return []
        return self._whole_name(below, rec)

    def _whole_name(self, cell: Segment, rec: Recognizer) -> list[Candidate]:
        """The cell a lone label names, when the whole cell is a person's name (not an office or a bank)."""
        if self.headers.is_header(cell):
            return []
        value = cell.text.strip(" :|")
        if any(w in T.NOT_A_PERSON for w in value.lower().split()):
            return []
        n = T.name_extent(value)
        if n < 2 or value[n:].strip(" ,.") or not has_a_name(value[:n]):
            return []  # the whole line is the name: under "Dari" a chat goes on with a sentence
        s = cell.text.index(value)
        return [Candidate(rec.category, cell, s, s + n, rec.score, rec.id, value[:n])]

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



# "Nama Balita: Rizky", "Nama Wali Murid: Hendra": one or two words naming whose name it is, and the
# field's colon, between a name label and the name; or a comma, when a wrapped heading and the name below
# were read as one line ("Dokter Pemeriksa," / "dr. Andi Wijaya").
_WHOSE_NAME = re.compile(r"([^\W\d_]{3,}(?:\s[^\W\d_]{3,})?)\s?[:;,]\s*(?=[^\W\d_])")
_PERSON_ROLES = frozenset(words("labels", "person_roles"))


def _after_second_reading(seg: Segment, start: int, label_words: Sequence) -> int:
    """Where the value starts when the word at `start` is another OCR word lying mostly on the label's own
    ink: a small coloured label read twice, once as a word of the value's line ("DOB" and "bos 05/05/1986")."""
    first = seg.word_at(start)
    if first is None or any(first[2] is w for w in label_words):
        return start  # (a value glued to its label, "Nama:Ali", is one word with it)
    word, label = first[2].box, Box.union(w.box for w in label_words)
    w = min(word.right, label.right) - max(word.left, label.left)
    h = min(word.bottom, label.bottom) - max(word.top, label.top)
    if w <= 0 or h <= 0 or w * h < 0.6 * max(1, word.area):
        return start
    return first[1] + VALUE_LEAD.match(seg.text[first[1]:]).end()


def _whose_name(after_label: str, rec: Recognizer) -> int:
    """Where the name starts in `after_label` when the label goes on with a person's role and its colon
    ("Nama Balita: Rizky"); not after a thing's ("Nama Barang: Kertas HVS", "Nama Kegiatan: …")."""
    m = _WHOSE_NAME.match(after_label)
    if m is None:
        return 0
    role = m.group(1)
    return m.end() if role.lower() in _PERSON_ROLES or rec.label_regex.fullmatch(role) else 0


_HONORIFICS = frozenset(words("names", "honorifics"))


def _one_word_of_the_language(value: str) -> bool:
    """A value of one word that is a word of the language and no one's name ("Pemeriksa", "Didik"), or of
    words of the language and acronyms only, none a name ("Negeri Sipil Daerah" after "Pegawai",
    "Pelatihan Dasar CPNS Tahun" after "Peserta"): a role or a programme, not the person holding it."""
    found = re.findall(r"[^\W\d_]+", value)
    if len(found) == 1:
        return is_ordinary_word(found[0]) and not has_a_name(found[0])
    spoken = [w for w in found if not _ACRONYM.fullmatch(w)]
    return bool(spoken) and all(is_ordinary_word(w) and w.lower() not in name_words() for w in spoken)


# The words of a business's name that may stand between its kind and the honorific ("Warung Makan Bu Siti",
# "Toko Kue Pak Budi", "Rumah Makan Pak Ndut").
_BUSINESS_LEAD = re.compile(r"([^\W\d_]+)(?:\s+([^\W\d_]+))?\s*$")


_FORMAL_TITLES = frozenset(words("names", "formal_titles"))
_ADDRESSEE_LABELS = frozenset(words("names", "addressee_labels"))
_GROUP_WORDS = frozenset(words("names", "group_words"))


def _addressed_by_name(label: str, lead: str, value: str) -> bool:
    """A message's sender or recipient field written as one, with its colon ("Kepada: Maria Purba"), followed
    by two to four capitalised words that can be said, none a group's, an office's or a stop word: a person,
    even when each word is also a word of the language."""
    if label.strip(" :,").lower() not in _ADDRESSEE_LABELS or ":" not in label + lead:
        return False
    words_ = value.split()
    return (2 <= len(words_) <= 4
            and all(re.fullmatch(r"[A-Z][^\W\d_]+", w) and spoken_as_a_word(w) for w in words_)
            and not any(w.lower() in T.NOT_A_PERSON or w.lower() in NAME_STOP_WORDS or w.lower() in _GROUP_WORDS
                        for w in words_)
            and not ends_as_an_organisation(value))


_ACCOUNT_HOLDER_LABELS = frozenset(words("names", "account_holder_labels"))


def _after_an_account_holder_label(label: str, between: str, value: str) -> bool:
    """`value` follows the label a transfer sets before its account's holder, written as a label ("3092835193
    a.n. AYU TANJUNG"), right after it (`between`: no word; "a.n. Pejabat Pembuat Komitmen" signs for a
    position): two to four words that can be said, none an office's, a position's, a group's or an
    organisation's, make a name even when each is also a word or a place."""
    if label.strip(" :,").lower() not in _ACCOUNT_HOLDER_LABELS or re.search(r"[^\W_]", between):
        return False
    words_ = value.split()
    return (2 <= len(words_) <= 4 and all(re.fullmatch(r"[^\W\d_]{2,}", w) and spoken_as_a_word(w) for w in words_)
            and not any(w.lower() in T.NOT_A_PERSON or w.lower() in NAME_STOP_WORDS or w.lower() in _GROUP_WORDS
                        for w in words_)
            and not ends_as_an_organisation(value))


def _after_a_formal_title(before: str, label: str, value: str) -> bool:
    """`value` follows a title a booking sets before a passenger's or a customer's name ("1. MR UMAR TANJUNG",
    "Tn. BUDI SANTOSO"), the title opening its line or its list's item: two to four words that can be said,
    none an office's, a place's kind or an organisation's, make a name even when each is also a word."""
    if label.strip(" :,").lower() not in _FORMAL_TITLES or re.sub(r"^\s*\d{1,2}[.)]?\s*", "", before).strip():
        return False
    words_ = value.split()
    return (2 <= len(words_) <= 4 and all(re.fullmatch(r"[^\W\d_]{2,}", w) and spoken_as_a_word(w) for w in words_)
            and not any(w.lower() in T.NOT_A_PERSON or w.lower() in NAME_STOP_WORDS for w in words_)
            and not ends_as_an_organisation(value))


def _honorific_in_a_business_name(before_label: str, label: str) -> bool:
    """An honorific right after a shop's or a practice's kind, or one word past it ("Warung Bu Siti",
    "Rumah Makan Pak Ndut", "Bengkel Las Pak Slamet"): the honorific and the name after it are the
    business's own name, printed on its sign and posted to be found, not a person addressed."""
    if label.strip(" :.,").lower() not in _HONORIFICS:
        return False
    m = _BUSINESS_LEAD.search(before_label)
    if m is None:
        return False
    last, word_before = (m.group(2), m.group(1)) if m.group(2) else (m.group(1), None)
    if is_establishment(last) or (word_before and is_establishment(f"{word_before} {last}")):
        return True
    # one word of the name between, written like the kind ("Warung Makan", not "Warung milik Bu Siti")
    return bool(word_before) and is_establishment(word_before) and (last.islower() == word_before.islower())


def _opens_with_a_business(value: str) -> bool:
    """`value` opens with a place people go, in one word or two ("Warung Makan Bu Tini", "Apotek Sehat"):
    the words after it name the business, printed on its sign, even where they hold a person's name."""
    found = value.split()
    return bool(found) and (is_establishment(found[0].strip(".,:")) or
                            (len(found) > 1 and is_establishment(f"{found[0]} {found[1]}".strip(".,:"))))


def _opens_as_no_one(value: str) -> bool:
    """`value` opens with a word that opens no one's name: an office, a unit or an account's role ("Admin
    Dinas", "Bidang Umum", "Operator Desa")."""
    found = value.split()
    first = found[0].strip(".,:;").lower() if found else ""
    return first in T.NOT_A_PERSON or first in NAME_STOP_WORDS


# An acronym in capitals ("PKH", "BPJS", "KIP") opening a value.
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _names_a_programme(value: str) -> bool:
    """An acronym followed by capitalised words of the language ("PKH Tahap", "BPJS Kesehatan", "KIP
    Kuliah", "PPPK Paruh Waktu"): after a role such as "Penerima" or "Peserta" it names a programme or a
    scheme, not the person in that role; a name's word among them ("RT Budi") keeps it a person."""
    parts = value.split()
    if len(parts) < 2 or not _ACRONYM.fullmatch(parts[0]):
        return False
    rest = [w.strip(".,:;()") for w in parts[1:] if re.match(r"[A-Za-z]", w)]
    titled = [w for w in rest if re.fullmatch(r"[A-Z][a-z]+", w)]
    return bool(titled) and titled[0] == rest[0] and all(
        is_ordinary_word(w) and w.lower() not in name_words() for w in titled)


def _stands_alone(text: str, m: re.Match) -> bool:
    """The label is all its line holds, but for a number before it and a colon after it ("2. Pengirim :")."""
    return not re.search(r"[^\W\d_]", text[:m.start()]) and not re.search(r"\w", text[m.end():])


def _inside_a_heading(text: str, m: re.Match, lead: str) -> bool:
    """A label word in the middle of a heading in capitals ("DAFTAR PENERIMA BANTUAN LANGSUNG TUNAI"):
    a word comes before it and no colon after it, so it labels nothing."""
    letters = [ch for ch in text if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)  # OCR reads a capital I as l now and then
    return (len(letters) >= 8 and upper >= 0.9 * len(letters) and ":" not in lead
            and re.search(r"[^\W\d_]{3,}\W*$", text[:m.start()]) is not None
            and not _ITEM_NUMBER.match(text[:m.start()]))


_PLACE_KINDS = frozenset(w.lower() for w in words("values", "place_kinds"))
_PROSE_WORD_BEFORE = re.compile(r"(?<![\w.])([a-z]{3,})\s+$")
_PLACE_LABEL = re.compile(r"(?i)(?<![\w])(?:" + "|".join(map(re.escape, words("values", "place_kinds"))) + r")\b\.?")
# Words of a sentence that say someone lives at the place after them ("berdomisili Kelurahan Sukajadi").
_RESIDENCE_WORDS = frozenset(words("labels", "residence_words"))


def _place_in_a_sentence(text: str, m: re.Match) -> bool:
    """A place's kind used as a word of a sentence ("Banjir melanda Kecamatan Lubuk Pakam, Kabupaten Deli
    Serdang", "warga Desa Sukamaju"): a region named in the news, not a field of someone's address.  A
    field has its colon, or opens its line or cell; an address with a house, an RT/RW or a postcode
    carries digits, and is left to the rules that find it."""
    if re.search(r"\d", text[m.end():]):
        return False
    label = m.group().strip()
    first = re.match(r"[^\W\d_]+", label)
    if first is None or first.group().lower() not in _PLACE_KINDS or ":" in text[m.end():m.end() + 3]:
        return False
    before = text[:m.start()]
    word = _PROSE_WORD_BEFORE.search(before)
    if word is not None:
        return is_ordinary_word(word.group(1)) and word.group(1) not in _RESIDENCE_WORDS
    # the next place of a list the sentence began ("melanda Desa Sukamaju, Kecamatan Genteng")
    earlier = list(_PLACE_LABEL.finditer(before))
    return bool(earlier) and re.fullmatch(r"\W*[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,2}\s?,\s*",
                                          before[earlier[-1].end():]) is not None \
        and _place_in_a_sentence(text, earlier[-1])


# A region's kind, as OCR may read it ("Kecarnatan": m read as rn), and its name in capitalised words.
_REGION_KIND = "|".join(re.escape(k).replace("m", "(?:m|rn)") for k in words("values", "region_kinds"))
_REGION = rf"(?i:{_REGION_KIND})\.?\s+[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){{0,3}}"
_REGIONS_ALONE = re.compile(rf"[\W_]*{_REGION}(?:\s*,\s*{_REGION})+"
                            r"(?:\s*,\s*[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){0,2})?[\s.]*")


def _regions_alone(text: str, m: re.Match) -> bool:
    """The label is on a line that lists two or more regions and nothing else ("Kecamatan Lubuk Pakam,
    Kabupaten Deli Serdang", a province's name after them): a public region, as a poster or a report
    names it, not a home (no street, RT/RW or house number; a line under a home's street is covered as
    that address's continuation)."""
    return _REGIONS_ALONE.fullmatch(text) is not None


def _names_an_office(text: str, m: re.Match, labels: re.Pattern) -> bool:
    """A place's label that names an office, not where someone lives: after "Kepala", "Pemerintah",
    "Kantor" ("Kepala Desa Sukamaju", and the places that follow it: "…, Kecamatan Cibeber"), or a
    heading in capitals that is the label and the place alone ("KECAMATAN PAKEM", "DESA SIDOHARJO"
    under a regency's name on a letterhead)."""
    before = text[:m.start()]
    if _OFFICE_BEFORE.search(before):
        return True
    earlier = [e for e in labels.finditer(before)]
    if earlier and re.fullmatch(r"\W*[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,2}\s?,\s*", before[earlier[-1].end():]):
        return _names_an_office(text, earlier[-1], labels)
    label = m.group().strip()
    rest = text[m.end():].strip()
    return (label.isupper() and rest.isupper() and not text[:m.start()].strip()
            and re.fullmatch(r"[A-Z][A-Z'-]*(?: [A-Z][A-Z'-]*){0,3}", rest) is not None)


# A login in a table's cell whose '_' or '.' OCR read as a space ("operator elisa" for "operator_elisa"),
# or as a dot or a comma set apart from the next piece ("operator. endah"): two or three lower-case
# pieces and nothing else.
_SPACED_LOGIN = re.compile(r"\s*([a-z0-9]+(?:[.,]? [a-z0-9]+){1,2})\s*")


def _token_beside(page: Page, seg: Segment, rec: Recognizer) -> Candidate | None:
    """A secret's label alone on its short line ("Access Token", "Client Secret", read small "Cliant
    Secret") with a long token beside it that OCR read as scraps: the whole token, over the lines it
    wraps onto (the label may stand at their middle).  A label ending a title has no such neighbour."""
    if len(seg.text.split()) > 3:
        return None
    beside = page.neighbour(seg, "right")
    if beside is None or not hooks.is_scrap(beside.text):
        return None
    block = hooks.token_block(page, [beside], top=min(beside.box.top, seg.box.top - seg.height))
    if block:
        # Lines over the label's belong to its value only when the label stands at the value's middle:
        # the value reaches about as far under it as over it (not the field above, "Client ID", over the
        # "Client Secret" beside its label).
        extent = Box.union([beside.box] + [part.box for part, _, _ in block])
        if seg.box.top - extent.top > extent.bottom - seg.box.bottom + seg.height:
            block = hooks.token_block(page, [beside], top=beside.box.top)
    pieces = " ".join([beside.text] + [part.text for part, _, _ in block]).split()
    if sum(len(p) for p in pieces) < 16 or not any(len(p) >= 8 and hooks.is_sure_scrap(p) for p in pieces):
        return None  # a short code or a word beside the label is left to the value's own shape
    end = len(beside.text.rstrip(" .,"))
    return Candidate(rec.category, beside, 0, end, rec.score + 0.1, rec.id + "_scraps", beside.text[:end], block)


def _login_read_with_spaces(cell: str) -> tuple[int, int] | None:
    """Where a login made of a role's word and a person's name ("operator elisa", "opd hidayanto") lies
    in a cell under a login's header: ordinary words alone ("super admin") are a role, not a login."""
    m = _SPACED_LOGIN.fullmatch(cell.rstrip(" .,;"))
    if m is None or not any(is_personal_word(w) or w in given_names() for w in m.group(1).split()):
        return None
    return m.start(1), len(m.group(1))


def _whole_cell(rec: Recognizer, seg: Segment) -> Candidate:
    """All of a table cell's text, its grid marks left out, as one value of `rec` under its column."""
    value = seg.text.strip(" |")
    s = seg.text.index(value)
    return Candidate(rec.category, seg, s, s + len(value), rec.score, rec.id + "_column", value)


def column_candidates(page: Page, seg: Segment, header: Segment, labelled: Sequence[Recognizer],
                      phones: Sequence[Recognizer]) -> list[Candidate]:
    """A table cell under a header such as `Nama`, `Alamat`, `No HP`: the header is its label."""
    out = []
    if re.match(FIELD_START + r"\s", seg.text):
        return out  # "Jumlah: 16" is a field of its own (a status bar, a footer), not a cell value
    caption = header_text(header.text)
    if COUNT_COLUMN.match(caption):
        return out  # "Jumlah Desa", "Jumlah Penduduk": figures about a place or a group, no one's particulars
    if is_a_control(seg.text):
        return out  # "Lihat Peta" under "Alamat", "Ubah | Hapus": the row's buttons, not its values
    place_column = bool(ADDRESS_COLUMN.fullmatch(caption))
    if _DAY_AND_MONTH.fullmatch(seg.text.strip(" |")):
        # A birth date wrapped in a narrow column ("02-08-" over "1975"): its first line is no date's shape,
        # but under a birth date's header it is the day and the month of one.
        rec = next((r for r in labelled if r.category == "birth_date" and not r.inline
                    and r.label_regex.search(header.text)), None)
        if rec is not None:
            return [_whole_cell(rec, seg)]
    if ATTRIBUTE_COLUMN.fullmatch(caption) and header.row in page.person_header_rows:
        # A member's sex, religion, schooling or work in a table about people (a family card): the whole cell.
        rec = next((r for r in labelled if r.category == "personal_attribute"), None)
        if rec is not None and re.search(r"[^\W\d_]{2}", seg.text.strip(" |")):
            return [_whole_cell(rec, seg)]
    # Whole addresses in a table that lists no offices or businesses ("No | Alamat | Telepon") are homes,
    # whether or not a column names the people living there; a caption that says someone lives there
    # ("Alamat Domisili", "Alamat Rumah") makes them homes even beside a business's name.
    # (with no column naming them, a cell must read as an address itself: a form's grid of cards set under
    # the column may run on into the next card's fields, "Data Jabatan" / "Jenis Pegawai")
    homes = (bool(HOME_COLUMN.fullmatch(caption)) and _reads_as_an_address(seg.text)
             and (header.row not in page.place_header_rows or RESIDENCE_COLUMN.search(caption) is not None))
    if place_column and (header.row in page.person_header_rows or homes):
        # A part of a resident's address alone in its cell: "Krajan" under "Dusun", "003/005" under "RT/RW".
        value = seg.text.strip(" |")
        rec = next((r for r in labelled if r.category == "address" and r.value == "address"), None)
        if rec is not None and re.search(r"[A-Za-z0-9]{2}", value) and not _MONEY.match(value):
            return [_whole_cell(rec, seg)]
    found_in_header = {rec.id: rec.label_regex.search(header.text) for rec in labelled if not rec.inline}
    for rec in labelled:
        if rec.inline or (place_column and rec.category == "address"):
            continue  # in a table of figures per district or village, the places are public
        found = found_in_header[rec.id]
        if found and _inside_a_longer_label(found, rec, labelled, found_in_header):
            continue  # "Email address" heads e-mails: its "address" names no home
        if rec.value == "name" and found and (names_a_thing(header.text, found.start()) or is_thing_column(caption)):
            continue  # an "Item Name" or "Product Name" column holds things, so does a "Nama Paket" one
        if rec.value == "name" and STOP_LABELS.match(seg.text.lstrip(" |")):
            continue  # a cell's line that opens with a field's label ("NIP. 1980…" under the name) is that field
        if found and not INLINE_ONLY.fullmatch(header.text.strip(" :")):
            # Under a header OCR glued to the row-number column ("No Nama Lengkap"), the cell may hold the
            # row's number too ("2 SRI WAHYUNI").
            number = _ROW_NUMBER.match(seg.text) if header_text(header.text) != header.text.strip(" :.|") else None
            skip = number.end() if number else 0
            shaped = (rec.value == "token" and _login_read_with_spaces(seg.text[skip:])) or shape_value(
                rec, seg.text[skip:], small_letters=rec.value == "name" and vouches_for_small_letters(found.group()))
            if shaped:
                s, e = skip + shaped[0], skip + shaped[0] + shaped[1]
                if rec.value == "text" and rec.reject_if and hooks.rejected(rec.reject_if, page, seg, s, e):
                    continue  # free text takes any cell's shape: the recognizer's own rules judge it
                out.append(Candidate(rec.category, seg, s, e, rec.score, rec.id + "_column", seg.text[s:e]))
    for rec in phones:
        if rec.label_regex.search(header.text):
            norm = seg.norm
            m = re.search(r"\+?\d(?:[\s.\-]?\d){8,15}", norm)
            if m:
                out.append(Candidate("phone", seg, m.start(), m.end(), rec.score, rec.id + "_column", m.group()))
    return out


def _inside_a_longer_label(found: re.Match, rec: Recognizer, labelled: Sequence[Recognizer],
                           found_in_header: dict) -> bool:
    """`rec`'s label in a header is part of a longer label of another category ("address" in "Email
    address", "IP address"): the header is that other label, and its cells are not `rec`'s."""
    for other in labelled:
        match = found_in_header.get(other.id)
        if (match and other.category != rec.category and match.start() <= found.start() and match.end() >= found.end()
                and match.end() - match.start() > found.end() - found.start()):
            return True
    return False


# A form's section or item number before its label ("III. ALASAN CUTI", read "Ill."; "B. Nama"; "2)"):
# it numbers the field, it does not make the label the end of a title.
_ITEM_NUMBER = re.compile(r"^\s*(?:[IVXl1|]{1,4}|[A-Ha-h]|\d{1,2})[.)]\s*$")


def _ends_a_title(before_label: str) -> bool:
    """Words before a label make it the end of a title ("ASN Kecamatan"), unless they are the same label
    in another language ("Given names / Nama depan", the slash often read as a bar) or the field's
    number in a form."""
    before = before_label.rstrip()
    if _ITEM_NUMBER.match(before):
        return False
    return bool(re.search(r"[^\W\d_]", before)) and not before.endswith(("/", "|"))


def _name_wraps_on(page: Page, seg: Segment, end: int) -> bool:
    """A value in capitals that ends its line and wraps onto the next, whose words make a name together:
    "Kirim ke JOKO" / "HANDAYANI" (four capitals alone may be an acronym, "DANA"; with a family name under
    them they are a given name)."""
    if seg.text[end:].strip() or not _in_capitals(seg.text[:end].split()[-1] if seg.text[:end].split() else ""):
        return False
    below = page.wrapped_onto(seg) or page.neighbour(seg, "below")
    # (the nearest text under it, close at line spacing: an avatar beside the two lines may sort onto a row
    # between them)
    if below is None or below.box.top - seg.box.bottom > 0.9 * seg.height \
            or abs(below.box.left - seg.box.left) > seg.height:
        return False  # not the next line of the same block, starting where it starts
    before = page.neighbour(below, "left")
    if before is not None and re.search(r"[A-Za-z0-9]{3}", before.text):
        return False  # a table's next row (an avatar OCR read as "(N" or "O" is no cell)
    line = below.text.strip(" ,.")
    return bool(re.fullmatch(r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}", line)) and has_a_name(line)
