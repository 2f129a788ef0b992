"""Named rules a pack recognizer refers to, for what depends on the kind of value rather than on a pattern.

    normalise = "ocr_digits"        match in the text with OCR look-alikes read as digits (O→0, l→1)
    normalise = "mrz_joined"        a machine-readable line OCR split into words is matched joined up
    normalise = "glued_brackets"    brackets OCR read as letters glued to a word in capitals are put back
                                    ("IRAHASIAJ" is matched as "[RAHASIA]")
    extend    = ["email_prefix"]    OCR read `first_last@…` as `first last@…`: take the first part back
    extend    = ["url_tail"]        the pieces of a long address OCR broke at '/', '?', '=', and those on
                                    the next line when the address ends its line ("…go.id/aut" / "h/masuk")
    extend    = ["address_lines"]   an address stops before an office's phone and website, and goes on
                                    over the lines that continue it (", Kel. …", "Kec. …")
    extend    = ["app_title"]       a system's name opening an app's title covers the title's other words
                                    ("SIMPEG Kinerja", "e-Kinerja BKN"), not the smaller menu beside them
    extend    = ["trailing_time"]   a chat time stamp after the value is not part of it
    extend    = ["token_lines"]     a long token (JWT, Slack, GitHub, GitLab, OpenAI) wrapped over the following lines
    extend    = ["domain_lines"]    an e-mail domain's end wrapped onto the next line ("….contohkota." + "go.id")
    extend    = ["mrz_block"]       the whole machine-readable zone: the line to its end, its row, the
                                    MRZ line above, and every band of MRZ lines on the page
    extend    = ["record_member_numbers"]  a health-insurance member number on a row that holds a valid NIK
                                    or NIP (a person's record), also under a table header OCR did not read
    extend    = ["record_birth_dates"]     a place and a date on such a row: where and when the person was born
    extend    = ["record_names"]           a name in capitals on such a row (two words or more that could be a name)
    extend    = ["plate_wrapped_lines"]  a plate's region and number ending a line, its letters opening the next
                                    ("… · BK 376" / "AC" on a narrow phone screen)
    extend    = ["home_notes"]      a note's directions to a home wherever it stands ("Catatan: rumah pagar hijau"),
                                    its words naming a part of the home ("rumah", "gang", "lantai")
    extend    = ["card_last_digits_apart"]  a card's last four digits read as a cell of their own right of its
                                    brand ("Visa" | "3591"), the mask's dots between them lost
    extend    = ["numbers_under_names_read_as_scraps"]  under a caption holding the recognizer's label ("Nama / NIP"),
                                    the small line under each cell read as scraps with digits: the number
    reject_if = ["money"]           1.250.000 is an amount, not an account or a phone
    reject_if = ["budget_code"]     5.1.02.01.01, or a number after "Kode Rekening", is a budget code
    reject_if = ["public_url"]      an address on the public web (only intranet, private, odd-port and
                                    staff-system addresses are internal, and one given with an account's
                                    user name or password)
    reject_if = ["letterhead"]      an office's address on a letterhead (with its phone, fax, website)
    reject_if = ["not_standalone"]  a classification word inside an ordinary sentence, not a stamp
    reject_if = ["public_line"]     a number after a business's service-line label ("Layanan Konsumen",
                                    "Call Center"): the company's, not a person's
    reject_if = ["place_name"]      a word right after a place's kind ("Desa SIDOHARJO", "Kec. SIMPANG") is a place
    reject_if = ["office_contacts"] an address followed by a contact word only an office uses (its website,
                                    its fax; `office_only_contacts`): a letterhead line, never a home's
    reject_if = ["public_place"]    an address after a public place, an office or an institution on its line
                                    ("Alun-Alun Sleman, Jl. …", "© 2025 Dinas … · Jl. …", "Alamat kantor  Jl. …")
    reject_if = ["not_someone"]     a greeted name that is no one: an AI assistant ("Hi Claude!"), or "I" that
                                    OCR glued to its verb ("Hello, Ineed help")
    reject_if = ["public_login"]    a shared login that names no one ("freewifi" on a shop's receipt, "guest")
    reject_if = ["currency_on_row"] a currency ("Rp", "$") on the value's line: its numbers are amounts
    reject_if = ["office_word"]     a word of the value names an office, a unit or a place ("Kabid Umum",
                                    "Dana Desa"): no person holds the role named before it
    reject_if = ["public_occasion"] a date after a day's name that holds the label ("Hari Lahir Pancasila
                                    1 Juni 2026"): a public holiday, no one's birth
    reject_if = ["in_a_bar_of_captions"] the value's row is a bar of three or more short captions and
                                    no figure (a record's tabs: "Ringkasan | Catatan Dokter | Riwayat
                                    Kunjungan"): the label is a tab's, its neighbour the next tab
    reject_if = ["no_word"]         a value with no word of two letters or more ("14-03-2019"): no job, no religion
    reject_if = ["card_label"]      a value opening with an identity card's field label (Kewarganegaraan): the
                                    next row's label, taken for the value OCR did not read beside or under it
    reject_if = ["alone_in_its_column"] a value that fills its cell with no cell of the same kind stacked
                                    above or below it (two cells on at most): an address read without its
                                    dots counts only in a table's column of addresses

The packs name them; the tables at the end of this module are what the pack loader checks names against.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from statistics import median
from typing import Callable

from ..findings import Box, Finding
from ..mask import preview
from . import text as T
from .confusions import TO_CAPITALS, lookalike_class, unglue_brackets
from .layout import Row, Segment, reads_again
from .lexicon import common_words, name_words, place_words, words
from .labels import FIELD_START, STOP_LABELS, after_public_line
from .page import Page
from .shapes import trim_value
from .tables import COUNT_COLUMN, HOME_COLUMN, RESIDENCE_COLUMN, Headers, header_text
from .validators import VALIDATORS, private_ip_read_small

# An amount in English form with its cents ("6,250,000.00", a statement's or a passbook's balance; no account
# or network address is written so).
_ENGLISH_CENTS = r"\d{1,3}(?:,\d{3})+\.\d{2}"
# An amount with thousands separators: "1.250.000" or "1.250.000,00", or in English form with its cents.
AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|" + _ENGLISH_CENTS)
# An amount written with its cents: "1.250.000,00", "6,250,000.00" (a private address read small keeps a
# dot or two, read as commas now and then, "10.245, 78.66", but never three groups of three digits and two
# more after the other mark).
AMOUNT_WITH_CENTS = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{2}|" + _ENGLISH_CENTS)
# The English form, perhaps with a statement's debit or credit mark after it ("3,364,000.00 DB"), which OCR's
# look-alikes read as digits ("DB" as "08").
_ENGLISH_AMOUNT = re.compile(r"(?<![\d.,])" + _ENGLISH_CENTS + r"(?:\s?(?:DB|DR|CR|Db|Cr|D|K)\b)?(?![\d.,]\d)")

CODE = re.compile(r"\d{1,2}(?:\.\d{1,2}){2,}(?:\.\d{4})?")  # (its last part, a sub-object, may run to four digits: …01.0001)


def _in_an_amount(seg: Segment, start: int, end: int) -> bool:
    """The span is a piece of an amount in English form ("3,364,000" or "000.00 DB" of "3,364,000.00 DB")."""
    return any(m.start() <= start and end <= m.end() for m in _ENGLISH_AMOUNT.finditer(seg.text))


def budget_code_label(before: str) -> bool:
    return bool(_BUDGET_CODE_LABEL.search(before[-40:]))


def _alternatives(section: str, key: str) -> str:
    return "|".join(map(re.escape, words(section, key)))


# A wrapped address goes on when a line ends with one of its parts' words ("…, Kec.") or the next
# starts with one ("Kel. Sukamaju …", "Kode Pos 40123").
_ADDRESS_TAIL = re.compile(r"(?i)\b(" + _alternatives("values", "address_parts") + "|"
                           + _alternatives("values", "address_line_ends") + r")\.?$")
_ADDRESS_HEAD = re.compile(r"(?i)(" + _alternatives("values", "address_parts") + "|"
                           + _alternatives("values", "address_line_starts") + r")\b")
_ADDRESS_PART = re.compile(r"(?i)\b(" + _alternatives("values", "address_parts") + r")\b\.?\s")
_ADDRESS_NOTE = re.compile(r"(?i)(?:" + _alternatives("labels", "address_note") + r")\s*[:;]\s*(?=\S)")
_HOME_DIRECTIONS = re.compile(r"(?i)(?<![^\W\d_])(?:" + _alternatives("labels", "address_note_words") + r")(?![^\W\d_])")
# An identity card's field label opening a value (Kewarganegaraan): the next row's label, read under a field whose
# own value OCR did not read.
_CARD_LABEL_FIRST = re.compile(r"(?i)^\W*(?:" + "|".join(words("identity_card", "labels")) + r")\b")
_CLASSIFICATION_LABEL = re.compile(r"(?i)(" + _alternatives("labels", "classification") + r")\s*:?\s*$")
_BUDGET_CODE_LABEL = re.compile(r"(?i)\bkode\s+(?:" + _alternatives("labels", "budget_code") + r")\b[\s:.]*$")


def _a_word_of_a_message(word: str) -> bool:
    """A dictionary word as a message writes it ("disebar", or "Sudah" opening the next message), which no
    scrap of a token is; a capitalised one needs three letters, as OCR's scraps of a token are often two
    ("Ts", "Di")."""
    if not word.isalpha() or word.lower() not in common_words():
        return False
    return word.islower() or (len(word) >= 3 and word[0].isupper() and word[1:].islower())


def token_continuation(page: Page, seg: Segment) -> list[tuple[Segment, int, int]]:
    """A long token (JWT) wrapped onto the following lines of a chat bubble or log."""
    extra = []
    current = seg
    for _ in range(5):
        below = page.neighbour(current, "below")
        if below is None or not re.match(r"[A-Za-z0-9_\-!|¥.=]{2,}", below.text):
            break
        end = 0
        stopped = False
        for token in re.finditer(r"\S+", below.text):
            word = token.group()
            if T.TIME_TOKEN.match(word) or _a_word_of_a_message(word):
                stopped = True
                break
            end = token.end()
        if end:
            extra.append((below, 0, end))
        if stopped or end < len(below.text.rstrip()) or len(below.text) < 0.6 * len(current.text):
            break
        current = below
    return extra


# Tokens that chat apps break over lines: Slack, GitHub, GitLab, OpenAI.
# (OCR reads the l of "glpat-" as 1 or I, and may set its hyphen apart: "g1pat -p45U…")
WRAPPING_TOKEN = re.compile(r"xox[baprs]-|gh[pousr]_|g[l1I|]pat[-_\s]|github_pat_|sk-")
# (mixed case no word has: "aB", "AbC", or two capitals before a small letter, "WUtdpcjtdv")
_TOKEN_PIECE = re.compile(r"[A-Za-z0-9_\-]*(?:\d|[a-z][A-Z]|[A-Z][a-z]+[A-Z]|[A-Z]{2}[a-z])[A-Za-z0-9_\-]*[.,]?(?:\s|$)|[A-Za-z0-9_\-]{16,}")
# The next line of a settings file is the next setting ("QUEUE_CONNECTION=redis"), not more of a token.
_NEW_SETTING = re.compile(r"[A-Za-z][A-Za-z0-9_]*\s?[=:]")
# The end of a mail domain wrapped onto the next line: "go.id", ".co.uk", "com".
_DOMAIN_TAIL = re.compile(r"\.?(?:[a-z0-9-]+\.)*[a-z]{2,6}(?=[\s,;:!?)]|\.?$)")


def wrapped_token_continuation(page: Page, seg: Segment) -> list[tuple[Segment, int, int]]:
    """A token broken over the lines of a narrow message goes on below only when the next line
    starts token-like (digits or mixed case inside): "Tolong jangan disebar" is the next message."""
    below = page.neighbour(seg, "below")
    if below is None or not _TOKEN_PIECE.match(below.text.lstrip()) or _NEW_SETTING.match(below.text.lstrip()):
        return []
    return token_continuation(page, seg)


_TOKEN_CELL = re.compile(r"(?:[A-Za-z0-9_\-]{3,}\s?){1,3}")


def glued_token_cell(page: Page, seg: Segment) -> list[tuple[Segment, int, int]]:
    """The rest of a token that a table's column edge split off into the next cell ("GITLAB_TOKEN=glpat-"
    | "sGFjqhy428…"): right beside the line's end, no wider apart than a space, and token-like."""
    right = page.neighbour(seg, "right")
    if right is None or right.box.left - seg.box.right > 1.5 * seg.height:
        return []
    text = right.text.rstrip()
    if not _TOKEN_CELL.fullmatch(text) or not _TOKEN_PIECE.match(text):
        return []
    return [(right, 0, len(text))]


_DOMAIN_ENDINGS = words("values", "domain_endings")
_ENDS_A_DOMAIN = re.compile(r"\.(?:" + "|".join(map(re.escape, _DOMAIN_ENDINGS)) + r")$", re.IGNORECASE)
_WHOLE_ENDING = re.compile("|".join(map(re.escape, _DOMAIN_ENDINGS)), re.IGNORECASE)
_ENDS_AS_IF_CUT = re.compile(r"\.(?:" + "|".join(map(re.escape, words("values", "domain_endings_often_cut"))) + r")$",
                             re.IGNORECASE)
# The first word of the next line as the rest of a domain: letters, digits, hyphens and dots.
_DOMAIN_PIECE = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*(?=[\s,;:!?)]|\.?$)")


def _domain_wrapped_in_a_label(before: str, below: Segment, head: str) -> list[tuple[Segment, int, int]]:
    """`budi@bkpsdm.contoh` + `kab.go.id saja`, `…contohkota.go.i` + `d`: a domain that does not end as
    domains end on its line goes on at the start of the next one, when the two together do."""
    domain = before.rsplit("@", 1)[-1].strip()
    if "@" not in before or not domain or _ENDS_A_DOMAIN.search(domain):
        return []
    m = _DOMAIN_PIECE.match(head)
    if m is None:
        return []
    # (the dot that opened the next line may be lost: "…contohkab.go" + "id saja" read for ".id saja")
    if not _ENDS_A_DOMAIN.search(domain + m.group()) and not (
            not domain.endswith(".") and _WHOLE_ENDING.fullmatch(m.group()) and _ENDS_A_DOMAIN.search(domain + "." + m.group())):
        return []  # "saja" after "…@bkpsdm.contoh" makes no domain's ending
    lead = len(below.text) - len(head)
    return [(below, lead, lead + m.end())]


# A line holding nothing but the rest of a host name ("ntohkab.go.id"): a dot inside it, no web address.
_HOST_REST = re.compile(r"(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}")


def _domain_broken_at_the_screen_edge(before: str, below: Segment) -> list[tuple[Segment, int, int]]:
    """`umar.simanjuntak@bkpsdm.co` + `ntohkab.go.id` on a phone's narrow screen: an address too long for
    the line broken where it reached the edge, inside its domain, with no hyphen.  Its first line ends as a
    domain may (".co"), so only a next line that holds nothing but the rest of a host, right under it at
    its left edge (`Page.next_line`), goes on with it; a sentence's next line ("or call …") does not.  Only an
    ending that opens more addresses than it ends counts (`domain_endings_often_cut`): "budi@gmail.com" over
    "kab.go.id" is two things."""
    domain = before.rsplit("@", 1)[-1].strip()
    piece = below.text.strip().rstrip(".")
    if "@" not in before or not _ENDS_AS_IF_CUT.search(domain) or not _HOST_REST.fullmatch(piece) \
            or not _ENDS_A_DOMAIN.search(domain + piece):
        return []
    lead = below.text.index(piece)
    return [(below, lead, lead + len(piece))]


def email_tail(page: Page, seg: Segment, end: int) -> list[tuple[Segment, int, int]]:
    """`budi@dinkes.contohkota.` + `go.id saja` in a narrow chat bubble: the domain goes on below,
    but only when the line ends in a dot or the next line starts with one."""
    rest = seg.text[end:].strip()
    below = page.neighbour(seg, "below")
    if below is not None and re.fullmatch(r"\.[a-z0-9-]", rest):
        # "…contohkota.go.i" + "d": the pattern stopped before a one-letter label the line ends with
        lead = seg.text.index(rest, end)
        tail = _domain_wrapped_in_a_label(seg.text[:lead + len(rest)], below, below.text.lstrip())
        return [(seg, lead, lead + len(rest))] + tail if tail else []
    if rest not in ("", ".") or below is None:
        return []
    head = below.text.lstrip()
    if not (rest == "." or head.startswith(".")):
        tail = _domain_wrapped_in_a_label(seg.text[:end], below, head)
        if not tail and not rest and page.next_line(seg) is below:
            tail = _domain_broken_at_the_screen_edge(seg.text[:end], below)
        return tail
    m = _DOMAIN_TAIL.match(head)
    if m is None:
        return []
    lead = len(below.text) - len(head)
    return [(below, lead, lead + m.end())]


def address_continuation(page: Page, seg: Segment, value: str, headers: Headers) -> list[tuple[Segment, int, int]]:
    """Lines that continue a wrapped address (inside a chat bubble or a table cell)."""
    extra = []
    current, current_value, current_line = seg, value, value
    # (a value in a column of values beside a column of labels: an identity card's, a profile's)
    beside_a_label = page.neighbour(seg, "left") is not None
    for _ in range(3):
        below = page.neighbour(current, "below")
        value_left = _value_left(current, current_value)
        # (at the value's left edge, or, in an app that sets its values flush right, at its right edge)
        if below is None or (min(abs(below.box.left - current.box.left),
                                 abs(below.box.left - value_left)) > 2.5 * current.height
                             and not _flush_right_under(page, current, below)):
            break
        if beside_a_label and _labelled_on_its_own(page, below, headers):
            break  # the next field, its own label beside it ("Kabupaten/Kota | KAB. MAGELANG"), not the address going on
        # (a continuation line as read: its trailing comma, which the trimmed value loses, says it goes on)
        tail = current_line.rstrip()
        head = below.text.lstrip()
        note = _ADDRESS_NOTE.match(head)
        if note and _HOME_DIRECTIONS.search(head[note.end():]):
            lead = len(below.text) - len(head) + note.end()
            extra.append((below, lead, len(below.text.rstrip(" ,;|"))))
            break
        continues = tail.endswith(",") or _ADDRESS_TAIL.search(tail) or _ADDRESS_HEAD.match(head) \
            or _ADDRESS_PART.search(head[:40])\
            or (re.search(r"\b[A-Z]{2}$", tail) and re.match(r"\d{5}(?:-\d{4})?\b", head)) \
            or _postal_code_under(current, below) \
            or (beside_a_label and _wrapped_in_its_cell(page, current, below)) \
            or (_PART_CUT.search(tail) and _part_goes_on(head) and page.wrapped_onto(current) is below)
        # ("…, IL" / "62705"; "… kota bandung" / "40121"; "…, Pasar" / "Baru": a part's name cut by the wrap)
        town_end = _town_line_of_its_field(page, current, below, value_left) if beside_a_label and not continues else 0
        if town_end:
            extra.append((below, 0, town_end))  # (its town ends the address)
            break
        if not continues or STOP_LABELS.match(head) or headers.starts_with_label(head) \
                or _ADDRESS_CAPTION_ALONE.fullmatch(head.rstrip()):
            break
        if re.match(FIELD_START + r"(?!\d\d)", head) and not _ADDRESS_HEAD.match(head):
            # the next field of a form or a receipt ("Ongkir: Rp18.000"), not the address going on; a
            # colon inside a time is none ("Medan 14:16": the city, then the message's time in a chat list)
            break
        trimmed = trim_value(below.text)
        extra.append((below, 0, len(trimmed)))
        current, current_value, current_line = below, trimmed, below.text
    return extra


# An address's last part cut by the wrap of its block ("…, Pasar" / "Baru", a marketplace's shipping address):
# one capitalised word after the line's last comma, and the next line one or two capitalised words (its comma
# and the next parts may follow), no word of a heading's or a menu's among them ("…, Makassar" / "Data Jabatan":
# the next section's heading).
_PART_CUT = re.compile(r",\s*[A-Z][\w.\x27-]*$")
_HEADING_WORDS = frozenset(words("names", "stop_words"))  # (never a name's first or last word: "Data", "Laporan")
_PART_GOES_ON = re.compile(r"([A-Z][a-zA-Z.\x27-]*(?:\s+[A-Z][a-zA-Z.\x27-]*)?)(?:,.*)?")


def _part_goes_on(head: str) -> bool:
    m = _PART_GOES_ON.fullmatch(head.rstrip())
    return bool(m) and not any(w.lower().strip(".") in _HEADING_WORDS for w in m.group(1).split())


# An address field's caption alone on its line, with no value ("RT/RW", "Kelurahan/Desa", "Kecamatan"): on a
# form whose labels stand over their values it is the next field's label, not the address going on.
# (the parts' whole names from the lexicon, and the captions forms pair them in)
_ADDRESS_CAPTION_ALONE = re.compile(r"(?i)(?:RT\s?/\s?RW|Kel(?:urahan)?\.?\s?/\s?Desa|Desa\s?/\s?Kel(?:urahan)?\.?|"
                                    r"Kabupaten\s?/\s?Kota|Kota\s?/\s?Kabupaten|Kode\s+Pos|"
                                    + "|".join(part for part in words("values", "address_parts") if len(part) > 4)
                                    + r")\s?:?")


def _labelled_on_its_own(page: Page, below: Segment, headers: Headers) -> bool:
    """`below` stands beside a label of its own in the label column: a field's caption with its colon, or a
    field's or an address part's caption ("Kabupaten/Kota", "Kecamatan :", "Telepon")."""
    left = page.neighbour(below, "left")
    if left is None:
        return False
    text = left.text.strip(" |")
    return (text.endswith(":") or bool(_ADDRESS_CAPTION_ALONE.fullmatch(text)) or bool(STOP_LABELS.match(text))
            or headers.opens_a_field(text))


def _wrapped_in_its_cell(page: Page, line: Segment, below: Segment) -> bool:
    """`below` goes on from `line` inside the value's column: it starts at the line's left edge, at line
    spacing, and the label column beside it is empty (a card's "Alamat : PERUM GRIYA" / "ASRI BLOK C4 NO" /
    "3"); the next field has its label there."""
    height = max(line.height, below.height)
    return (abs(below.box.left - line.box.left) <= 0.8 * height and page.neighbour(below, "left") is None
            and -0.2 * height <= below.box.top - line.box.bottom <= 1.2 * height)


def _town_line_of_its_field(page: Page, line: Segment, below: Segment, value_left: float) -> int:
    """Where the field's second line ends in `below` (0: it is none): a line set at the fields' own spacing
    rather than a wrap's, at the value's left edge, no farther under the line than the line stands under the
    row above, the label column beside it empty, its first run of words (up to a gap as wide as a column's)
    holding no colon and ending with a town on the lists: a vehicle registration's "ALAMAT : JL. MELATI NO.
    12" over "SUKAJADI JETIS MAKASSAR", its village, district and town, the next column's field beside it."""
    height = max(line.height, below.height)
    above = [row for row in page.rows[:line.row] if row.box.top <= line.box.top - 0.5 * height]
    if not above or abs(below.box.left - value_left) > 0.8 * height or page.neighbour(below, "left") is not None:
        return 0
    step, pitch = below.box.top - line.box.top, line.box.top - above[-1].box.top
    if not 0 < step <= 1.15 * pitch:
        return 0
    run = [below.words[0]]
    for word in below.words[1:]:
        if word.box.left - run[-1].box.right > 1.5 * height:
            break
        run.append(word)
    end = below.start_of(run[-1]) + len(run[-1].text)
    text = below.text[:end]
    names = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    # (the town's name OCR parted, "PONT IANAK", is its name still)
    town = bool(names) and (names[-1] in place_words() or len(names) > 1 and names[-2] + names[-1] in place_words())
    return end if town and ":" not in text else 0


# A postal code alone, or after its town's name ("Malang 26393", "KOTA BANDUNG - 40121"), as an envelope or
# a letter sets the last line of an address (a total or an amount is no town: "Total 25000", "Rp 25000").
_POSTAL_LINE = re.compile(r"(?:(?:[A-Z][a-z]+|[A-Z]{2,})(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,})){0,2}\s*[-,]?\s*)?[1-9]\d{4}")


def _postal_code_under(line: Segment, below: Segment) -> bool:
    """A postal code, alone or after its town, on the line right under an address's line, at line spacing."""
    text = below.text.strip(" .,|")
    return bool(_POSTAL_LINE.fullmatch(text)) and not COUNT_COLUMN.match(text) and not _CURRENCY.search(text) \
        and below.box.top - line.box.bottom <= 1.2 * max(line.height, below.height)


def _flush_right_under(page: Page, current: Segment, below: Segment) -> bool:
    """`below` ends where `current` ends, starts right of `current`'s start and has nothing left of it on
    its row: the next line of a value set flush right ("Magelang, 23514" under "08, Desa Tegalrejo, …")."""
    return (abs(below.box.right - current.box.right) <= current.height and below.box.left > current.box.left
            and page.neighbour(below, "left") is None)


def _value_left(seg: Segment, value: str) -> float:
    index = seg.text.find(value) if value else -1
    if index < 0:
        return seg.box.left
    boxes = seg.boxes_for(index, index + 1)
    return boxes[0].left if boxes else seg.box.left


_OFFICE_CONTACTS = re.compile(r"(?i)\b(" + "|".join(map(re.escape, words("values", "office_contacts"))) + r")\b")
_OFFICE_ONLY = re.compile(r"(?i)\b(" + "|".join(map(re.escape, words("values", "office_only_contacts"))) + r")\b")


# The kind of place a name follows: "Desa", "Kel.", "Kecamatan", "Kab.", "Jl." (see `values.place_kinds`).
_PLACE_WORDS = "|".join(map(re.escape, words("values", "public_venues") + words("labels", "office_address_words")
                             + words("labels", "institution_before_label")))
# The place's name, then a separator right before the address ("Alun-Alun Sleman, Jl. …"; the label of a
# part of the address may follow it: "…, Kecamatan Tamalanrea"): a place word
# in the middle of a table row ("Pegawai Toko  Jl. Melati …") is someone's job, not where the address is.
_PUBLIC_PLACE = re.compile(r"(?i)(?:©|\(c\)\s*\d{4}).*$|(?<![\w-])(?:" + _PLACE_WORDS + r")(?![\w-])[^,·•|\"]*[,·•|\"]\s*(?:[^\W\d_]+\.?\s+)?$"
                           r"|\balamat\s+(?:" + _PLACE_WORDS + r")\s*:?\s*$")
# A street's or a place's kind ("Jl.", "Gg.", "Dusun", "Perum"), as alternatives of a pattern.
STREET_OR_PLACE_KIND = "|".join(map(re.escape, words("values", "street_kinds") + words("values", "place_kinds")))
_ADDRESS_LINE = re.compile(r"(?i)^\W{0,3}(?:" + STREET_OR_PLACE_KIND + r")\b")
# Where an address begins on its line: its field's label ("Alamat:", "Address:") or its first part.
_ADDRESS_BEGINS = re.compile(r"(?i)(?<![\w-])(?:(?:" + STREET_OR_PLACE_KIND + r")\b"
                             r"|(?:[^\W\d_]+\.?\s+){0,2}[^\W\d_]+\.?\s*:)")
_BUSINESS_NAME = re.compile(r"(?i)^\W{0,3}(?:" + "|".join(map(re.escape, words("values", "business_words"))) + r")\b")
# The long ones, whose end alone still names them when OCR loses a tilted line's first letters at a seam
# of the photo ("NIMARKET BERKAH JAYA" for "MINIMARKET …").
_LONG_BUSINESS_WORDS = tuple(w for w in words("values", "business_words") if len(w) >= 7 and " " not in w)


def _opens_with_business(text: str) -> bool:
    """`text` opens with a business's kind ("TOKO …", "APOTEK …"), or with the end of a long one."""
    if _BUSINESS_NAME.match(text):
        return True
    # (the lost letters may come back as one or two stray pieces before the rest: "M Ii NIMARKET …")
    first = re.match(r"\W{0,3}(?:\S{1,2}\s+){0,2}([^\W\d_]{5,})\b", text)
    if not first:
        return False
    word = first.group(1).lower()
    return any(long.endswith(word) and len(word) >= 0.7 * len(long) for long in _LONG_BUSINESS_WORDS)


# A business's tax number or phone on its own line of the business's head ("NPWP : 01.234…", "Telp. 0274…").
_BUSINESS_HEADER_LINE = re.compile(r"(?i)^\W{0,3}(?:" + "|".join(map(re.escape, words("values", "business_header_labels")))
                                   + r")\b\.?\s*[:.;,]{0,2}\s*[\d(+]")  # (its colon read ".:" or ";" on a photo)


_OFFICE_HEAD_WORD = re.compile(r"(?i)^\W{0,3}(?:" + "|".join(map(re.escape, words("values", "office_heads")))
                               + r")\b")


def _office_head(text: str) -> bool:
    """`text` opens with an office's name; in capitals OCR reads an I as l now and then ("DlNAS")."""
    return bool(_OFFICE_HEAD_WORD.match(re.sub(r"\b[A-Zl]+\b", lambda w: w.group().replace("l", "I"), text)))


def public_place_on_page(page: Page, seg: Segment, start: int) -> bool:
    """The address at `start` is a public place's (see `_PUBLIC_PLACE`), also when the place stands in the
    cell to its left ("Alamat kantor | Jl. …") or names the business on the line above the address
    ("TOKO SUMBER REJEKI" / "Jl. Tukad Pakerisan No. 42"), or when an unlabelled street line sits under an
    office's name at the head of a letter ("DINAS KESEHATAN" / "Jl. Veteran No. 18 … Telp. …").  A part
    of an address ("Kecamatan Cibadak") is judged by where its address begins on the line: at its field's
    label or at its first part."""
    seg, start = _own_line(page, seg, start)
    if _in_a_list_of_places(page, seg):
        return True
    begins = [start] + [m.start() for m in _ADDRESS_BEGINS.finditer(seg.text, 0, start)]
    return any(_public_before(page, seg, begin) for begin in begins)


def _in_a_list_of_places(page: Page, seg: Segment) -> bool:
    """`seg` is a cell under the address column of a table that lists offices or businesses and no one
    ("No | Nama Puskesmas | Alamat | Telepon"): the place's address on its row."""
    header = page.columns.get(seg.row, {}).get(seg.index)
    if header is None or header.row not in page.place_header_rows:
        return False
    caption = header_text(header.text)
    return HOME_COLUMN.match(caption) is not None and RESIDENCE_COLUMN.search(caption) is None


def _own_line(page: Page, seg: Segment, start: int) -> tuple[Segment, int]:
    """A value found in two lines read as one (a wrapped value, see `Detector._wrapped_candidates`) that
    begins on the second line is judged on that line of the page, with what stands above it."""
    row = page.rows[seg.row].segments if 0 <= seg.row < len(page.rows) else []
    at = seg.word_at(start)
    if at is None or (seg.index < len(row) and row[seg.index] is seg):
        return seg, start
    s, _, word = at
    for other_row in page.rows:
        for other in other_row.segments:
            other_start = other.start_of(word)
            if other_start is not None:
                return other, other_start + start - s
    return seg, start


def _public_before(page: Page, seg: Segment, start: int) -> bool:
    before = seg.text[:start]
    if _PUBLIC_PLACE.search(before) or (_opens_with_business(before) and len(before.split()) <= 5):
        return True  # (a business's name and its street read as one line: "TOKO SUMBER REJEKI Jl. …")
    if _office_head(before) and len(before.split()) <= 8 and _ADDRESS_LINE.match(seg.text[start:]):
        return True  # an office's name and its street read as one line (a letterhead wrapped)
    if before.strip():
        return False
    left = page.neighbour(seg, "left")
    if left is not None:
        return bool(_PUBLIC_PLACE.search(left.text.rstrip() + " "))
    above = page.neighbour(seg, "above")
    # over the address's own lines above ("Jl. …" over "Kecamatan …, KABUPATEN …") and the business's tax
    # number or phone printed between its name and its street
    for _ in range(3):
        if above is None:
            return False
        if _opens_with_business(above.text):
            return True
        if _office_head(above.text) and _ADDRESS_LINE.match(seg.text[start:]):
            return True  # not for a labelled field ("Alamat: …") on a form under an office's heading
        if not (_ADDRESS_LINE.match(above.text) or _BUSINESS_HEADER_LINE.match(_row_text(page, above))):
            return False
        above = page.neighbour(above, "above")
    return False


def _row_text(page: Page, seg: Segment) -> str:
    """The text of the whole row `seg` stands on: a faded tax number set apart from its label ("NPWP:" and
    "386,084. 3-249-145" two pieces of one line) is read with it."""
    return page.rows[seg.row].text if 0 <= seg.row < len(page.rows) else seg.text


_NOT_SOMEONE = frozenset(words("names", "not_someone"))
# A currency as a word of its own ("Rp", "IDR") or a sign glued to the number ("$1,250,000", "Rp1.500").
_CURRENCY = re.compile(r"(?i)(?:(?<![A-Za-z])(?:" + "|".join(map(re.escape, words("values", "currencies")))
                       + r")(?![A-Za-z]))")


def currency_on_row(page: Page, seg: Segment) -> bool:
    """A currency stands on the line of `seg`, in it or in another cell of its row: its numbers are amounts."""
    return any(_CURRENCY.search(other.text) for other in page.rows[seg.row].segments) \
        if 0 <= seg.row < len(page.rows) else bool(_CURRENCY.search(seg.text))
_PUBLIC_LOGIN = re.compile(r"(?i)(?:" + "|".join(words("values", "public_logins")) + r")")
# Words that tell an illness, an injury or a treatment ("rawat inap", "patah tulang", "pasca operasi").
_HEALTH_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(words("values", "health_words")) + r")(?![^\W\d_])")
_PLACE_KIND = re.compile(r"(?i)(?:^|\W)(?:" + "|".join(map(re.escape, words("values", "place_kinds")))
                         + r")\.?\s*:?\s*$")


def is_office_letterhead(text: str) -> bool:
    """An office address on a letterhead comes with the office's phone, fax and website."""
    return len(_OFFICE_CONTACTS.findall(text)) >= 2 or bool(_OFFICE_ONLY.search(text))


def cut_at_office_contacts(value: str) -> str:
    m = _OFFICE_CONTACTS.search(value)
    return value[:m.start()] if m else value


def url_end(text: str, end: int) -> int:
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


def _url_tail(span: Span, page: Page) -> None:
    _set_end(span, url_end(span.text, span.end))
    if not span.extra and not span.text[span.end:].strip() and "/" in span.value:
        span.extra = url_next_line(page, span.seg)


def url_next_line(page: Page, seg: Segment) -> list[tuple[Segment, int, int]]:
    """A web address that ends its line where the line was full goes on at the start of the next line of
    the same block ("https://esidak.contohkab.go.id/aut" / "h/masuk"): the pieces there that still look
    like parts of an address, one with a slash, '?', '=' or '&' among them; a sentence's words are not, nor
    a setting's key ("DB_HOST=10.12.4.20" / "DB_DATABASE=laravel_prod")."""
    below = page.neighbour(seg, "below")
    if below is not None and _SETTING_LINE.match(below.text):
        return []
    if below is None or not page.opens_its_line(below):
        return []
    if below.row != seg.row + 1 and not page.only_other_panels_between(seg, below):
        return []
    # the size of the line's words, not of a one-letter scrap before them (a tile's edge read as "J")
    below_height = median([w.box.height for w in below.words if len(w.text) > 1] or [below.height])
    height = max(seg.height, below_height)
    gap = below.box.top - seg.box.bottom
    if not (-0.2 * height <= gap <= 1.2 * height and 0.75 <= below_height / max(1.0, seg.height) <= 1.33):
        return []
    if _WORD_BROKEN_OFF.search(seg.text) and _ADDRESS_WORD_REST.fullmatch(below.text) \
            and below.text.lower() not in common_words():
        return [(below, 0, len(below.text))]  # the rest of the address's last word ("…/simpaten/d" / "ashboard")
    end = url_end(" " + below.text, 0) - 1
    if end <= 0 or not re.search(r"[/?=&]", below.text[:end]):
        return []
    return [(below, 0, end)]


# An address broken inside a word of its path ("…/simpaten/d", "…/auth/masu"), and what can finish that word
# alone on the next line: lower-case letters and digits, perhaps with a hyphen or an underscore, no word of the
# language; as little as one letter ("k") where the line was full one letter short of the word's end.
_WORD_BROKEN_OFF = re.compile(r"/[\w-]*[a-z0-9]$")
_ADDRESS_WORD_REST = re.compile(r"[a-z0-9][a-z0-9_-]*")


# A line that opens with a setting's key ("DB_DATABASE=…", "APP_URL: …").
_SETTING_LINE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[_ .-][A-Za-z0-9]+)*\s?[=:]")


# A short abbreviation with its number and a full stop ("No.5.", "Hal.12."): a sentence's end, no address.
_NUMBERED = re.compile(r"[A-Za-z]{1,3}\.\d{1,4}\.")


def email_start(text: str, start: int) -> int:
    """OCR often reads the underscore of `first_last@…` as a space: take the lost first part back."""
    m = re.search(r"([a-z0-9][a-z0-9._-]*)\s$", text[:start])
    if m and _NUMBERED.fullmatch(text[:m.end(1)].split()[-1]):
        return start
    if m and re.search(r"[<«‹]$", text[:m.start(1)]):
        return m.start(1)  # the first part of a bracketed address in a mail header ("<ayu wijayanti@…>")
    if m and m.group(1) not in _COMMON_SHORT and len(m.group(1)) >= 2:
        # a sentence's last word keeps its full stop ("Sudah saya kirim. budi@…"), a version its digits
        # ("Versi 2.0."): neither starts an address
        core = m.group(1).rstrip(".")
        if not re.search(r"[a-z]", core):
            return start
        if core not in common_words() or "." in core or any(ch.isdigit() for ch in core):
            return m.start(1)
        if m.group(1).endswith(".") and not text[:m.start(1)].strip():
            return m.start(1)  # the address alone on its line, a space read after its dot ("pratama. kartika@…")
    return start


_COMMON_SHORT = frozenset(words("values", "not_an_email_prefix"))


_INTERNAL_HOST = re.compile(r"(?i)(?:^|[/.@])(?:" + "|".join(map(re.escape, words("internal_url", "host_words")))
                            + r")\b")
_INTERNAL_PATH = re.compile("(" + "|".join(map(re.escape, words("internal_url", "path_words"))) + ")")


# The start of an address as OCR reads it small: a colon lost or read ';', a slash read as 'I', 'l', '|' or
# '2', an 's' as '3', a 't' as 'e' or 'u', the 'h' as 'n' or 'b' ("http//10.28…", "http2/10,110…", "hitp3://…",
# "hups://…", "nttp://…").
# (its slashes read as "11" in small type: "http: 1110.39.68.201/…")
_SCHEME = re.compile(r"^[hnb]\s?\w{0,4}\s?(?:[:;]\s?(?-i:[/Il|\\]{1,3}|11)|//|(?<=p)2/)\s?(?:[Aa](?=vww))?", re.IGNORECASE)


# A field of an account's sign-in ("Username :", "Password =", "Kata sandi:").
_ACCOUNT_FIELD = re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(map(re.escape, words("internal_url", "account_labels")))
                            + r")\s?[:=]")


# A row that ends with a chat's time stamp ends a message ("… password: Bandung$2024# 12:51", OCR reading
# the ticks after it as a letter or a quote).
_MESSAGE_END = re.compile(r"(?<![\d.,:])\d{1,2}[:.][0-5]\d\s?(?:[^\w\s]{0,3}|[a-z]|[vVwW]{1,2})$")


def given_with_an_account(page: Page, seg: Segment) -> bool:
    """An address handed over with an account's user name or password, a few lines from it in the same
    message (a forwarded "User / Password / Link" message, a hand-over note): it is the door to that
    account, internal whatever its host.  A link sent in the next chat message is not."""
    near = 5 * seg.box.height
    for row in page.rows[max(0, seg.row - 5):seg.row + 4]:
        if row.index == seg.row or abs(row.box.top - seg.box.top) > near or not _ACCOUNT_FIELD.search(row.text):
            continue
        between = page.rows[min(row.index, seg.row):max(row.index, seg.row)]
        if not any(_MESSAGE_END.search(other.text.strip()) for other in between):
            return True
    return False


def is_internal_url(url: str) -> bool:
    scheme = _SCHEME.match(url)
    if scheme and scheme.group().rstrip()[-1] in "Il":
        # that last 'I' or 'l' is a slash or the host's first letter ("https:/Intranet…"): either reading
        return _is_internal_url(_SCHEME.sub("http://", url)) or _is_internal_url(
            "http://" + url[scheme.end() - (len(scheme.group()) - len(scheme.group().rstrip())) - 1:])
    return _is_internal_url(_SCHEME.sub("http://", url))


def _is_internal_url(url: str) -> bool:
    from urllib.parse import urlsplit

    url = re.sub(r"\s+", "", url)  # OCR spaces inside an address
    # … and reads a dot of its host as a comma, a port's colon as ';' or '}' ("bkn,go.id", "local}8443")
    url = re.sub(r"^(http://[^/]*)", lambda m: re.sub(r"[;}](?=\d{2,5}(?:/|$))", ":", m.group(1).replace(",", ".")),
                 url)
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
    return bool(re.search(r"/(?:api|v\d)\b", path) or _INTERNAL_PATH.search(path))


def is_common_word(value: str) -> bool:
    """An ordinary word however OCR or a UI spelled it ("SIMPAN", "Si-Kap" and "e-mail" are words)."""
    words = common_words()
    lower = value.strip(" .,:;()[]").lower()
    return lower in words or re.sub(r"[\s\-_.]+", "", lower) in words


# What follows a settings key's last word with no space: its '=' and the value, or the '_' joining it to the
# key's next word; after a '=' OCR read as '-' or ':', a value with a digit or in lower case (a subject line's
# "RAHASIA-Rekap gaji" goes on in words).
_SETTING_KEY_AFTER = re.compile(r"[=_]|[-:](?=[a-z0-9]|[^\s\-–]*\d)")


def in_a_bar_of_captions(page: Page, seg: Segment) -> bool:
    """`seg`'s row holds three or more cells of one to three words each and no digit: a bar of tabs or a
    menu, where a label's right neighbour is the next tab, not the label's value."""
    cells = page.rows[seg.row].segments
    return len(cells) >= 3 and all(1 <= len(c.text.split()) <= 3 and not re.search(r"\d", c.text) for c in cells)


def stands_alone(seg: Segment, start: int, end: int) -> bool:
    """Uppercase classification words count as a stamp or header, not inside a sentence in lowercase."""
    if _SETTING_KEY_AFTER.match(seg.text, end) or seg.text[:start].endswith("_"):
        return False  # a settings key's word ("CLIENT_SECRET=…", its '=' read as '-'; "SECRET_KEY")
    before = seg.text[:start].strip()
    after = seg.text[end:].strip()
    if not before and not after:
        return True
    letters = [ch for ch in seg.text if ch.isalpha()]
    upper_share = sum(ch.isupper() for ch in letters) / max(1, len(letters))
    if upper_share > 0.6 or _CLASSIFICATION_LABEL.search(before):
        return True
    # A subject line that opens or closes with the marker ("SANGAT RAHASIA - Data …", "[RAHASIA]", "… : RAHASIA").
    if not before or re.search(r"[\[(:|\-–]$", before) or not after or re.match(r"[\])\-–|:]", after):
        return True
    # The marker in brackets that OCR read as letters glued to it ("[RAHASIA]" read "IRAHASIAJ").
    unglued = unglue_brackets(seg.text)
    if unglued[start - 1:start] == "[" and unglued[end:end + 1] == "]":
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
    fillers = len(_MRZ_FILLERS.findall(compact))
    mrz = len(_MRZ_CHARS.findall(compact))
    if compact.count("<") >= 5:  # a run of fillers read as "ccc<<cc<c<": those letters are fillers too
        mrz += len(re.findall(r"[c#]", compact))
    share = mrz / len(compact)
    return share >= 0.85, fillers >= 3


# A health-insurance card (KIS, JKN, BPJS Kesehatan) prints its holder's number and name without labels.
_HEALTH_CARD = re.compile(r"(?i)(?<!\w)(?:" + _alternatives("identity_card", "health_card_headings") + r")(?!\w)")
_HEALTH_CARD_NUMBER = re.compile(r"\d(?:[\s.-]?\d){12}")  # 13 digits, grouped or not
# A national health-insurance (JKN) card number opens with three zeros: on a health card's page it is a
# member's number wherever it stands ("Anak • 0003329950427" in the family list of the same card).
_MEMBER_NUMBER = re.compile(r"(?<![\d.-])000(?:[\s.-]?\d){10}(?![\d])")
# A line of a health card's family list: a member's number and who the member is to the holder, either way
# round, with any separator between ("0001234567890 · Anak", "Istri • 0003329950427").
_RELATION = r"(?:" + _alternatives("identity_card", "card_relations") + r")"
_MEMBER_LINE = re.compile(r"(?i)(?:" + _RELATION + r"\W{0,4})?000(?:[\s.-]?\d){10}(?:\W{0,4}" + _RELATION + r")?"
                          r"(?:\W{0,4}(?:" + _alternatives("identity_card", "card_statuses") + r"))?\W*")
# A status chip beside a member's number or name ("Aktif", "(Tidak Aktif)"): no word of a name.
_STATUS_CHIP = re.compile(r"\W*(?:\w+\W*){1,2}")


def health_card_lines(page: Page, category: str, detector: str, label: str, _labels=None) -> list[Finding]:
    """On a health-insurance card (one of `identity_card.health_card_headings` on the page): the card number
    alone on its line, and the holder's name alone on the line right above or below it."""
    from .kinds.names import has_a_name  # (the finders import this module)
    if not any(_HEALTH_CARD.search(" ".join(seg.text for seg in row.segments)) for row in page.rows):
        return []
    out = []
    for row in page.rows:
        for seg in row.segments:
            for match in _MEMBER_NUMBER.finditer(seg.norm):
                out.append(Finding(category, tuple(seg.boxes_for(*match.span())), 0.85,
                                   preview(label, match.group()), detector))
        out.extend(_family_member_names(page, row, detector))
        if len(row.segments) != 1:
            continue
        seg = row.segments[0]
        number = seg.norm.strip(" :|")
        if not _HEALTH_CARD_NUMBER.fullmatch(number):
            continue
        out.append(Finding(category, tuple(seg.boxes_for(0, len(seg.text))), 0.85, preview(label, number), detector))
        for other in (page.rows[i] for i in (row.index - 1, row.index + 1) if 0 <= i < len(page.rows)):
            gap = max(other.box.top - row.box.bottom, row.box.top - other.box.bottom)
            if len(other.segments) != 1 or gap > 2 * seg.height:
                continue
            name = other.segments[0]
            text = name.text.strip(" :|")
            if T.name_extent(text) == len(text) and has_a_name(text):
                start = name.text.index(text)
                out.append(Finding("person_name", tuple(name.boxes_for(start, start + len(text))), 0.8,
                                   preview("Nama", text), detector))
    return out


def _family_member_names(page: Page, row: Row, detector: str) -> list[Finding]:
    """The family list of a health card's page: a member's name alone on its line (a status chip may stand
    beside it), right over the line with the member's number and relation to the holder.  A name too long for
    the list's width wraps: a second name line right over the first, at its left edge, belongs to it."""
    from .kinds.names import has_a_name  # (the finders import this module)
    first = row.segments[0] if row.segments else None
    if first is None or _MEMBER_LINE.fullmatch(first.norm.strip(" |")) is None \
            or not _chips_only(row.segments[1:]):
        return []
    lines: list[Segment] = []
    below, index = first, row.index - 1
    while index >= 0 and len(lines) < 2:
        over = page.rows[index]
        cell = over.segments[0] if over.segments else None
        if cell is not None and cell.box.left > first.box.left + 2 * cell.height and _chips_only(over.segments):
            index -= 1  # a chip drawn level with both lines, which OCR sorted onto a row between them
            continue
        spacing = 0.6 if lines else 1.0  # (a name's wrapped lines stand closer than the name to its number)
        if cell is None or abs(cell.box.left - first.box.left) > cell.height or cell.box.bottom > below.box.top \
                or below.box.top - cell.box.bottom > spacing * cell.height or not _chips_only(over.segments[1:]):
            break
        text = cell.text.strip(" :|")
        if not text or T.name_extent(text) != len(text):
            break
        lines.append(cell)
        below, index = cell, index - 1
    if not lines or not has_a_name(" ".join(c.text for c in lines)):
        return []
    out = []
    for cell in lines:
        text = cell.text.strip(" :|")
        start = cell.text.index(text)
        out.append(Finding("person_name", tuple(cell.boxes_for(start, start + len(text))), 0.8,
                           preview("Nama", text), detector))
    return out


def _chips_only(segments: list[Segment]) -> bool:
    return all(_STATUS_CHIP.fullmatch(s.text) and not re.search(r"\d", s.text) for s in segments)


def numbers_read_as_scraps(page: Page, category: str, detector: str, label: str,
                           labels: re.Pattern | None = None) -> list[Finding]:
    """A number printed small under its label, the label alone in its cell ("BPJS" over "0008918676631" in
    a queue's payer column, "NIP" over a card's number): on a copy a chat app shrank, or a photo, it is read
    as scraps of letters ("Gabe Pan", "opssizias7as") that no rule for digits finds.  The line right under
    such a label, at its left edge, in type no larger than the label's, holding no word of the language, no
    date or time and no label of its own, is that number."""
    if labels is None:
        return []
    out = []
    for row in page.rows:
        for seg in row.segments:
            m = labels.match(seg.text.strip(" |"))
            if m is None or seg.text.strip(" |")[m.end():].strip(" :"):
                continue  # not a label alone in its cell
            below = page.neighbour(seg, "below")
            if below is None or abs(below.box.left - seg.box.left) > seg.height \
                    or below.box.top - seg.box.bottom > 1.2 * seg.height or below.row in page.header_rows:
                continue  # (a row of captions under it: "BPJS Kesehatan" a payer's value over "Anamnesa")
            # (its smallest word: a bracket OCR read from a scrap's edge stands taller than the print)
            size = min(w.box.height for w in below.words)
            scraps = below.text.strip(" |()[]{}")
            if size <= 1.1 * seg.height and _read_as_scraps(scraps, small=size <= SMALL_PRINT * seg.height):
                out.append(Finding(category, tuple(below.boxes_for(0, len(below.text))), 0.7,
                                   preview(label, scraps), detector + "_scraps"))
    return out


# Type this much smaller than its label's (in heights) is small print: a number under its label, no field.
SMALL_PRINT = 0.8


def numbers_under_names_read_as_scraps(page: Page, category: str, detector: str, label: str,
                                       labels: re.Pattern | None = None) -> list[Finding]:
    """A column that stacks each person's number under the name (a staff list's "Nama / NIP": the name, and
    under it "NIP 19760612…" in small grey type): on a copy a chat app shrank, that line is read as scraps
    ("16an, 63106", "ww? 10001015") no rule for digits finds.  Under a caption that names the number, the
    line right under a cell, at its left edge, in smaller type than the cell's, holding four digits or more
    and no word of the language, no date, time or amount, is the number."""
    if labels is None:
        return []
    out = []
    for row in page.rows:
        for seg in row.segments:
            header = page.header_of(seg)
            if header is None or seg.row in page.header_rows or not labels.search(header.text):
                continue
            # (the next row's cells under the same caption: the scraps may stand apart, "16an, | 63106")
            line = [s for s in page.rows[seg.row + 1].segments if page.header_of(s) is header] \
                if seg.row + 1 < len(page.rows) else []
            # (at the cell's left edge, or a little into the cell where the line's first characters were lost)
            if not line or not -seg.height <= line[0].box.left - seg.box.left <= 0.5 * seg.box.width \
                    or line[0].box.top - seg.box.bottom > 0.8 * seg.height:
                continue
            text = " ".join(s.text for s in line)
            size = median(w.box.height for s in line for w in s.words)
            if size > SMALL_PRINT * median(w.box.height for w in seg.words) or re.search(r"\d{16,}", text) \
                    or len(re.findall(r"\d", text)) < 4 or _words_dates_or_amounts(text, small=True):
                continue  # (a number read whole is the rules' for digits; a date, a time, an amount or words are no number)
            # One box from the cell's left edge over every scrap: the characters between them were not read
            # either, and the line's first ones ("NIP 19…") are often the ones lost.
            read = Box.union(s.box for s in line)
            box = Box.from_edges(min(seg.box.left, read.left), read.top, read.right, read.bottom)
            out.append(Finding(category, (box,), 0.7, preview(label, text), detector + "_scraps"))
    return out


def _read_as_scraps(text: str, small: bool) -> bool:
    """Letters and digits OCR made of a number printed too small to read: six or more of them (three in
    small print, whose scraps are shorter), no word of the language (in small print, none of five letters
    or more: a scrap may spell "pan" or "rana" by chance, while what else is printed small under such a
    label is a word, "Kesehatan", "Mandiri", "Aktif", or an acronym, "PBI"), no label (no colon), no
    date, time or amount, and not a number read whole (the rules for digits judge that)."""
    if len(re.findall(r"[A-Za-z0-9]", text)) < (3 if small else 6) or ":" in text or re.search(r"\d{6,}", text):
        return False
    if re.fullmatch(r"[A-Z]{2,5}(?:[ -][A-Z]{2,5})?", text):
        return False  # an acronym ("PBI", "NON PBI")
    return not _words_dates_or_amounts(text, small)


def _words_dates_or_amounts(text: str, small: bool) -> bool:
    """`text` holds a date, a time, an amount or a word of the language (in small print one of five letters
    or more: a scrap may spell "pan" or "rana" by chance): it was read, not made of scraps."""
    if T.DATE.search(text) or re.search(r"\d[.:]\d\d\b", text) or _CURRENCY.search(text):
        return True
    return any(w.lower() in common_words() for w in re.findall(r"[A-Za-z]{5,}" if small else r"[A-Za-z]{3,}", text))


# A person's record in a table or a list: a row that holds a NIK or a NIP read whole and valid.
_RECORD_NUMBER = re.compile(r"(?<![\d.-])(?:\d{16}|\d{18})(?![\d])")
# A place and a date, as a record gives where and when someone was born ("Kota Bandung / 15 Juli 1987",
# "Padang, 03-06-1991"): a capitalised place of one to three words, a comma or a slash, a date.
_PLACE_AND_DATE = re.compile(r"(?<![\w])[^\w\s]?(?:[A-Z][A-Za-z.'’-]+)(?:\s[A-Z][A-Za-z.'’-]+){0,2}"
                             r"(?:,|\s/)\s*(?i:" + T.DATE.pattern + r")")


def _record_rows(page: Page) -> list:
    """The rows that hold a valid NIK or NIP: each one person's record (found once per page)."""
    if page.record_rows is None:
        page.record_rows = [row for row in page.rows
                            if any(VALIDATORS["nik"](m.group()) or VALIDATORS["nip"](m.group())
                                   for seg in row.segments for m in _RECORD_NUMBER.finditer(seg.norm))]
    return page.record_rows


def record_member_numbers(page: Page, category: str, detector: str, label: str, _labels=None) -> list[Finding]:
    """A national health-insurance (JKN) member number (three zeros and ten digits) on a row that holds
    someone's NIK or NIP is that person's: a table whose header OCR did not read still has its members'
    numbers beside their NIKs."""
    out = []
    for row in _record_rows(page):
        for seg in row.segments:
            for match in _MEMBER_NUMBER.finditer(seg.norm):
                out.append(Finding(category, tuple(seg.boxes_for(*match.span())), 0.8,
                                   preview(label, match.group()), detector))
    return out


def record_birth_dates(page: Page, category: str, detector: str, label: str, _labels=None) -> list[Finding]:
    """A place and a date ("Kota Bandung / 15 Juli 1987") on a row that holds someone's NIK or NIP is where
    and when that person was born; a letter's place and date stand on a line of their own."""
    out = []
    for row in _record_rows(page):
        for seg in row.segments:
            for match in _PLACE_AND_DATE.finditer(seg.norm):
                year = T.YEAR.search(match.group())
                if year is None or int(year.group()) > datetime.date.today().year:
                    continue
                out.append(Finding(category, tuple(seg.boxes_for(*match.span())), 0.75,
                                   preview(label, match.group()), detector))
    return out


# A run of two to five words in capitals, not inside an address or a longer word ("RINA MANURUNG").
_CAPITALS_RUN = re.compile(r"(?<![\w@.'’-])[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){1,4}(?![\w@.'’-])")


def record_names(page: Page, category: str, detector: str, label: str, _labels=None) -> list[Finding]:
    """A name in capitals on a row that holds someone's NIK or NIP is that person's ("RINA MANURUNG |
    1229… | 1967…"): a sheet whose header OCR did not read lists its members beside their numbers, and
    capitals, unlike a name in mixed case, are no sign of a name by themselves.  Kept when the run could
    be a name: two words or more, no office's or place's word, one of them no word of the language."""
    from .kinds.names import could_be_a_name  # (the finders import this module)
    out = []
    for row in _record_rows(page):
        for seg in row.segments:
            for match in _CAPITALS_RUN.finditer(seg.text):
                if could_be_a_name(match.group()):
                    out.append(Finding(category, tuple(seg.boxes_for(*match.span())), 0.75,
                                       preview(label, match.group()), detector))
    return out


def mrz_bands(page: Page, category: str, detector: str, label: str, _labels=None) -> list[Finding]:
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
    band = Finding(category=category, boxes=boxes, score=0.9, preview=preview(label, "MRZ"), detector=detector)
    return [band] + mrz_holder_fields(page, {i + step for i in taken for step in (-1, 0, 1)} & set(shapes),
                                      category, detector)


# The holder's fields a passport's machine-readable zone spells out (ICAO 9303, TD3): line 1 "P<" (a
# filler OCR may read as K, C or «), the issuing state, then SURNAME<<GIVEN<NAMES; line 2 the document
# number, its check digit, nationality, date of birth (YYMMDD) and its check digit.
_MRZ_NAMES_LINE = re.compile(r"^P[^A-Za-z0-9]?[A-Za-z]?[^A-Za-z0-9]?[A-Z]")
# The nationality's letters may be read as digits ("1DN" for IDN): the date of birth and its check digit
# and the sex after it keep the line specific.
_MRZ_LINE2 = re.compile(r"^([A-Z0-9<]{9})([0-9<])[A-Z0-9<]{3}(\d{6})(\d)[MF<]")
_MONTHS = ["JAN|JANUARI|JANUARY|JANVIER|ENE", "FEB|PEB|FEBRUARI|FEBRUARY|FEV|FEVRIER", "MAR|MARET|MARCH|MARS",
           "APR|APRIL|AVR|ABR", "MAY|MEI|MAI", "JUN|JUNI|JUNE|JUIN", "JUL|JULI|JULY|JUIL", "AUG|AGU|AGT|AGUSTUS|AUGUST|AOU|AGO",
           "SEP|SEPT|SEPTEMBER|SET", "OCT|OKT|OKTOBER|OCTOBER|OCTOBRE", "NOV|NOP|NOVEMBER|NOPEMBER",
           "DEC|DES|DESEMBER|DECEMBER|DECEMBRE|DIC"]


def _mrz_names(line: str) -> set[str]:
    """SURNAME and GIVEN NAMES of a TD3 line 1, as OCR read it ("P<IDNSANTOSO<<BUDI<<<<", also "PxDx «PRATAMA
    ss MULYADI YOGI <<<<"): the capital runs before the fillers, the issuing state's code taken off the first."""
    head = re.split(r"<{3,}", line[1:], maxsplit=1)[0]
    found = list(re.finditer(r"[A-Z0-9]+", head))
    tokens = [m.group() for m in found]
    if tokens and re.match(r"^[^A-Za-z0-9]?" + re.escape(tokens[0]), head.lstrip()) and len(tokens[0]) > 3:
        tokens[0] = tokens[0][3:]  # "<IDNSANTOSO": the state's code glued to the surname
    elif tokens and len(tokens[0]) == 3 and re.match(r"^[^A-Za-z0-9]?" + tokens[0] + "<", head.lstrip()):
        tokens, found = tokens[1:], found[1:]
    # The zone has no spaces: a space OCR put inside a name ("KART IKA") splits one name in two.
    joined = [a + b for a, b, m, n in zip(tokens, tokens[1:], found, found[1:])
              if head[m.end():n.start()].isspace()]
    # Nor digits in a name: one at a name's end may be a filler misread ("WIBOWO0<<"), or a letter.
    bare = [t.rstrip("0123456789") for t in tokens + joined]
    return {t.translate(TO_CAPITALS) for t in tokens + joined + bare if len(t) >= 2 and not t.isdigit()}


def mrz_holder_fields(page: Page, mrz_rows: set[int], category: str, detector: str) -> list[Finding]:
    """The holder's name, document number and date of birth where the data page prints them again,
    found by what the machine-readable zone spells out: tiny bilingual labels on a photographed data
    page are often misread ("ate of birth", "Place of burt"), the values in large capitals are not."""
    names: set[str] = set()
    number = birth = None
    for index in sorted(mrz_rows):
        spaced = page.rows[index].text.replace("«", "<").replace("‹", "<")
        text = re.sub(r"\s+", "", spaced)
        if _MRZ_NAMES_LINE.match(text):
            names |= _mrz_names(spaced)
            continue
        found = _MRZ_LINE2.match(text)
        if found:
            # Covering the words equal to a misread number hides nothing wrongly: no check digit is needed.
            number, birth = found.group(1).strip("<"), found.group(3)
    wanted: list[tuple[str, re.Pattern]] = []
    for name in sorted(names):
        wanted.append(("person_name", re.compile(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])")))
    if number and len(number) >= 6:
        loose = "".join(lookalike_class(ch) for ch in number)
        wanted.append((category, re.compile(rf"(?<![A-Za-z0-9]){loose}(?![A-Za-z0-9])")))
    if birth:
        yy, mm, dd = birth[:2], int(birth[2:4]), int(birth[4:6])
        if 1 <= mm <= 12 and 1 <= dd <= 31:
            month = rf"(?:0?{mm}|{_MONTHS[mm - 1]})"
            day = rf"0?{dd}"
            year = rf"(?:(?:19|20){yy}|{yy})"
            sep = r"[\s./-]*(?:[A-Z]{3,9}[\s./-]+)?"  # "23 MAR/MAR 1970": a month printed twice
            wanted.append(("birth_date", re.compile(
                rf"(?<![0-9]){day}[\s./-]+{month}{sep}{year}(?![0-9])|(?<![0-9]){year}[\s./-]+{month}[\s./-]+{day}(?![0-9])",
                re.IGNORECASE)))
    out = []
    for row in page.rows:
        if _mrz_like(row.text)[0]:
            continue
        for seg in row.segments:
            upper = seg.text
            for kind, pattern in wanted:
                for m in pattern.finditer(upper if kind != "person_name" else upper.translate(TO_CAPITALS)):
                    printed = seg.text[m.start():m.end()]
                    if kind == "person_name" and not (printed.isupper() and any(ch.isalpha() for ch in printed)):
                        continue  # a name is printed in capitals on the data page; "Eko" in a sentence is not it
                    out.append(Finding(kind, tuple(seg.boxes_for(m.start(), m.end())), 0.85,
                                       preview("MRZ", seg.text[m.start():m.end()]), detector))
    return out



# ------------------------------------------------------------------- hook tables
Extra = list[tuple[Segment, int, int]]


@dataclass
class Span:
    """A regex match being shaped by `extend` hooks: characters [start, end) of `seg`, and parts elsewhere."""
    seg: Segment
    start: int
    end: int
    extra: Extra = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.seg.text

    @property
    def value(self) -> str:
        return self.seg.text[self.start:self.end]


def _mrz_joined(seg: Segment, regex) -> tuple[str, list[int] | None]:  # noqa: ANN001 (a pack's timed pattern)
    text = seg.text
    if " " in text.strip() and "<" in text and not regex.search(text):
        # A machine-readable line has no spaces; OCR sometimes splits it into words. Match it
        # joined up ('<' keeps ordinary text out), and map the match back to the line.
        positions = [i for i, ch in enumerate(text) if ch != " "]
        return "".join(text[i] for i in positions), positions
    return text, None


def _address_lines(span: Span, page: Page, headers: Headers) -> None:
    span.end = span.start + len(trim_value(cut_at_office_contacts(span.value)))
    span.extra = address_continuation(page, span.seg, span.value, headers)


def _mrz_line(span: Span, page: Page, headers: Headers) -> None:
    text, seg = span.text, span.seg
    span.end = len(text.rstrip())
    span.extra = [(other, 0, len(other.text)) for other in page.rows[seg.row].segments if other is not seg]
    above = page.neighbour(seg, "above")
    if above is not None and "<<" in above.text.replace("«", "<"):
        span.extra.append((above, 0, len(above.text)))


# A word of a token: letters, digits and the marks OCR makes of a token's letters.
_TOKEN_WORD = re.compile(r"[A-Za-z0-9_\-!|¥@.=+/]+")


def _token_rest(span: Span) -> int:
    """Where a prefixed token (a JWT, a GitLab, GitHub or Slack token) ends on its line when OCR split it
    into words or misread a letter in its middle ("g1pat -p45UodCDtf ThOZAb8ukx", "eyJ…uexT NhMBe"):
    each further word that is token-like (digits or mixed case inside) goes on it, up to the first
    word that is not (a word of the message, a time)."""
    end = span.end
    for word in re.finditer(r"\S+", span.text[span.end:]):
        piece = word.group().rstrip(".,")
        if not _TOKEN_WORD.fullmatch(piece) or not _TOKEN_PIECE.match(piece + " "):
            break
        end = span.end + word.start() + len(piece)
    return end


def _token_lines(span: Span, page: Page, headers: Headers) -> None:
    jwt = bool(JWT_START.match(span.value))
    prefixed = jwt or bool(WRAPPING_TOKEN.match(span.value))
    if prefixed:
        span.end = _token_rest(span)
    if jwt:
        # A JWT read small comes out as scraps ("eyJhbGci0i JTUZTINI Ts INRSCCIGIKpXVCIS."), its line's
        # pieces sorted apart now and then: its start is sure, so what follows it on its line and the
        # lines it wraps onto are the token while they read as scraps too.
        rest = scrap_run(span.text, span.end) if span.text[span.end:].strip(" .,") else span.end
        if rest is not None:
            span.end = rest
            span.extra = token_block(page, [span.seg], top=span.seg.box.top)
            return
    if span.text[span.end:].strip(" .,") and not _read_again(span):
        return
    glued = glued_token_cell(page, span.seg)
    if glued:
        span.extra = glued
        return
    if jwt:
        span.extra = token_continuation(page, span.seg)
    elif prefixed:
        span.extra = wrapped_token_continuation(page, span.seg)


# A JWT's first characters ('{"' in base64) as OCR reads them small: 'e' as '@', 'J' as '3' or 'I'.
JWT_START = re.compile(r"ey[Jj]|(?:@y[Jj3I]|ey[3I])(?=[A-Za-z0-9]{0,6}(?:\d|[a-z][A-Z]))")
# A scrap of a long token read small: letters, digits and the marks OCR makes of its letters.
_SCRAP = re.compile(r"[A-Za-z0-9_\-!|¥@.=+/~()\[\]{}$%&*#;:,'\"“”‘’]+")
# A sure piece of a token: mixed case or digits inside ("IzdWTiOLTXOOOYMCT", "ybXVWS_"), or a long run.
_SURE_SCRAP = re.compile(r"[^\s]*(?:\d[^\s]*[A-Za-z]|[A-Za-z][^\s]*\d|[a-z][A-Z]|[A-Z][a-z]+[A-Z]|[A-Z]{2}[a-z])[^\s]*"
                         r"|[A-Za-z0-9_\-]{12,}")
# A setting's key and its sign ("DB_PORT=5432", "DB_HOST«10…", "08. PORT-5432"): the next setting, not a token.
_SETTING_KEY = re.compile(r"(?<!\S)[A-Z][A-Z0-9]*(?:[_ .][A-Z0-9]+)*\s?[=«#~:@-]")


def _spoken(word: str) -> bool:
    """A word of the language or a person's name (four letters or more), which no token's scrap is."""
    bare = word.strip(".,;:!?()[]{}'\"“”‘’").lower()
    return len(bare) >= 4 and bare.isalpha() and (bare in common_words() or bare in name_words())


def is_scrap(text: str) -> bool:
    """Text that can be pieces of a long token read small, and is nothing else: every word made of a
    token's letters and OCR's marks, no time, no setting's key, and no word of the language or name but
    one in four beside a sure piece (OCR's guesses make words of scraps now and then: "SINI")."""
    parts = text.split()
    if not parts or _SETTING_KEY.search(text):
        return False
    if not all(_SCRAP.fullmatch(w) and not T.TIME_TOKEN.match(w) for w in parts):
        return False
    spoken = sum(_spoken(w) for w in parts)
    return spoken == 0 or (4 * spoken <= len(parts) and any(_SURE_SCRAP.fullmatch(w) for w in parts))


def is_sure_scrap(word: str) -> bool:
    return bool(_SURE_SCRAP.fullmatch(word))


def scrap_run(text: str, start: int) -> int | None:
    """Where a token's scraps end on their line from `start` (the line's end, trailing marks left out):
    None when something else follows (a word of a message, a time), or when no piece of it is sure."""
    rest = text[start:]
    if not rest.strip(" .,") or not is_scrap(rest) or not any(_SURE_SCRAP.fullmatch(w) for w in rest.split()):
        return None
    return len(text.rstrip(" .,"))


# At most this many lines to a token's block: a JWT in a settings form or a chat wraps over three to five.
_TOKEN_BLOCK_LINES = 6


def token_block(page: Page, anchors: list[Segment], *, top: float) -> list[tuple[Segment, int, int]]:
    """The other scraps of a long token whose place is sure (`anchors`): the segments beside them on
    their lines and on the lines the token wraps onto that read as scraps too, at line spacing, inside
    the token's box or starting where it starts, and reaching below `top` (the anchors' top for a
    token's start; a little over its label for a label set at the middle of a value three lines high).
    A line holding a word of a message, a time or a setting ends the block there."""
    block = list(anchors)
    height = median(w.box.height for seg in anchors for w in seg.words)
    rows = {seg.row for seg in anchors}
    first, last = min(rows), max(rows)
    candidates = [seg for r in range(max(0, first - _TOKEN_BLOCK_LINES), min(len(page.rows), last + _TOKEN_BLOCK_LINES + 1))
                  for seg in page.rows[r].segments if seg not in block]
    grown = True
    while grown:
        grown = False
        box = Box.union(seg.box for seg in block)
        for seg in candidates:
            if seg in block:
                continue
            b = seg.box
            if b.top > box.bottom + 1.5 * height or b.bottom < box.top - 1.5 * height or b.bottom <= top:
                continue
            # (the pieces of one line of a token may be sorted onto rows of their own: what shares its height)
            line = [s.box for s in block if s.row == seg.row or _side_by_side(s.box, b)]
            # inside the token's box, going on from its piece on the same line, or a wrapped line starting
            # where the token starts (never wider than the box: a settings panel may stand right of it)
            inside = box.left - 1.5 * height <= b.left and b.right <= box.right + 1.5 * height
            goes_on = bool(line) and abs(b.left - max(x.right for x in line)) <= 1.5 * height
            wraps = abs(b.left - box.left) <= 1.5 * height and len({s.row for s in block} | {seg.row}) <= _TOKEN_BLOCK_LINES
            if not (inside or goes_on or wraps):
                continue
            if not is_scrap(seg.text) or not re.search(r"[A-Za-z0-9]{2}", seg.text):
                continue
            block.append(seg)
            grown = True
    return [(seg, 0, len(seg.text.rstrip(" .,"))) for seg in block if seg not in anchors]


def _side_by_side(a: Box, b: Box) -> bool:
    """`a` and `b` stand on one line: they share at least half the height of the lower of them."""
    return min(a.bottom, b.bottom) - max(a.top, b.top) >= 0.5 * min(a.height, b.height)


def _read_again(span: Span) -> bool:
    """Every word after the span spells the end of the span's last word again over its ink: a second
    reading (a word read once more by a later pass), so nothing follows the span on its line."""
    found = span.seg.word_at(span.end - 1)
    after = span.seg.words_in(span.end, len(span.text))
    if found is None or not after:
        return False
    return all(reads_again(found[2], w) for w in after if w.text.strip(" .,"))


def _domain_lines(span: Span, page: Page, headers: Headers) -> None:
    if not span.extra:
        span.extra = email_tail(page, span.seg, span.end)
    span.extra = span.extra + local_part_above(page, span.seg, span.start)


# A run that can be the start of an address's local part: letters, digits, dots, underscores, hyphens.
_LOCAL_PIECE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]*")


def local_part_above(page: Page, seg: Segment, start: int) -> list[tuple[Segment, int, int]]:
    """`siti.rahmawati.pertiwi.` + `kusuma@kemenkeu.go.id`: an address that opens its line may have
    started on the line above, wrapped before its '@'. The last run of that line is the local part's start
    when it ends in a dot, an underscore or a hyphen (and, ending in a dot, is no sentence's last word: it
    has a dot, an underscore or a digit inside), or when it is the whole line, right above the address,
    with a dot, an underscore or a digit inside. A web address or a domain above stays apart."""
    if seg.text[:start].strip():
        return []
    above = page.neighbour(seg, "above")
    if above is None:
        return []
    line = above.text.rstrip()
    words = line.split()
    if not words:
        return []
    piece = words[-1]
    if not _LOCAL_PIECE.fullmatch(piece) or _ENDS_A_DOMAIN.search(piece.rstrip(".")) \
            or piece.lower().startswith("www."):
        return []
    if _NUMBERED.fullmatch(piece):
        return []  # "Ruang No.5.", "Hal.12.": an abbreviation and its number end a sentence
    inner = re.search(r"[._\d]", piece[:-1]) is not None and re.search(r"[A-Za-z]", piece) is not None
    if piece[-1] in "_-" or (piece[-1] == "." and inner):
        pass
    elif len(words) == 1 and inner and piece[-1].isalnum():
        address_left = seg.boxes_for(start, start + 1)
        left = address_left[0].left if address_left else seg.box.left
        if abs(above.box.left - left) > 2 * seg.height:
            return []
    else:
        return []
    begin = len(line) - len(piece)
    return [(above, begin, len(line))]


def _app_title(span: Span, page: Page, _headers: Headers) -> None:
    """A system's name that opens a short title of its own ("SIMPEG Kinerja", "e-Kinerja BKN" in an app's top
    bar) is the whole title.  Read alone with one more capitalised word and nothing before it, the segment is
    the title.  In the top bar, the title goes on over the capitalised words set right after it in its own
    size, also where OCR read the menu on the same line ("SIMPEG Kinerja Dashboard SKP", the menu smaller and
    further off) or the title's other word, in a second colour, as a segment of its own."""
    if span.text[:span.start].strip():
        return
    after = span.text[span.end:].split()
    if len(after) == 1 and re.fullmatch(TITLE_WORD, after[0]):
        span.end = len(span.text.rstrip())
        return
    if not page.in_top_bar(span.seg):
        return
    name = span.seg.words_in(span.start, span.end)
    if not name:
        return
    size = max(_body_height(w) for w in name)
    right = max(w.box.right for w in name)
    # The words after the name on its row: the rest of its segment, then the next segment's.
    row = page.rows[span.seg.row].segments
    last = next(i for i, w in enumerate(span.seg.words) if w is name[-1])
    following = [(span.seg, i) for i in range(last + 1, len(span.seg.words))]
    if span.seg.index + 1 < len(row) and not row[span.seg.index + 1].after_rule:
        # (past a rule, "SIPANDU | Kinerja Harian" in a browser's tab, stands the page's own name)
        following += [(row[span.seg.index + 1], i) for i in range(len(row[span.seg.index + 1].words))]
    taken = 0
    for group in _same_ink(following):
        words = [seg.words[i] for seg, i in group]
        gap = min(w.box.left for w in words) - right
        apart = group[0][0] is not span.seg
        if taken == TITLE_WORDS or gap > (TITLE_GAP_APART if apart else TITLE_GAP) * size or not any(
                re.fullmatch(TITLE_WORD, w.text) and 1 / TITLE_SIZE <= _body_height(w) / size <= TITLE_SIZE
                for w in words):
            break
        taken += 1
        right = max(right, *(w.box.right for w in words))
        for seg, i in group:
            end = _word_end(seg, i)
            if seg is span.seg:
                span.end = max(span.end, end)
            else:
                span.extra = [part for part in span.extra if part[0] is not seg] + [(seg, 0, end)]


# A title's word: capitalised, or an acronym ("Kinerja", "BKN").
TITLE_WORD = r"[A-Z][A-Za-z0-9-]*"
# At most this many words go on a system's name in a title ("SIMPEG Kinerja Daerah").
TITLE_WORDS = 2
# A title's next word sits at most this far from the last (in its capitals' heights: one space is about half
# of one; an app's menu starts a margin away) ...
TITLE_GAP = 0.9
# ... or this far where OCR set it apart, in a segment of its own.  A gap that splits a row is over 1.6 times
# the row's usual word height, so it is taken only when the title is set larger than the rest of its row: a
# logo's second word in a span of its own beside a smaller menu.
TITLE_GAP_APART = 1.5
# ... in the same size, within this ratio (the menu beside it is set smaller).
TITLE_SIZE = 1.18
# Letters that reach below the line (a capital J or Q too, in many typefaces): a word holding one is boxed
# about a quarter taller than its capitals.
_DESCENDERS = re.compile(r"[gjpqyJQ,;]")


def _body_height(word) -> float:  # noqa: ANN001 - an OCR Word
    """A word's height above its line: its capitals' height, the descenders left out."""
    return word.box.height * (0.78 if _DESCENDERS.search(word.text) else 1.0)


def _same_ink(following: list[tuple[Segment, int]]) -> list[list[tuple[Segment, int]]]:
    """The words in reading order, those whose boxes overlap grouped: a word read twice (a top bar read again
    puts its words beside the first reading) is one place on the line."""
    groups: list[list[tuple[Segment, int]]] = []
    for seg, i in following:
        box = seg.words[i].box
        if groups and box.left < max(s.words[j].box.right for s, j in groups[-1]):
            groups[-1].append((seg, i))
        else:
            groups.append([(seg, i)])
    return groups


def _word_end(seg: Segment, index: int) -> int:
    """Where word `index` of `seg` ends in its text."""
    return len(" ".join(w.text for w in seg.words[:index + 1]))


def _set_start(span: Span, start: int) -> None:
    span.start = start


def _set_end(span: Span, end: int) -> None:
    span.end = end


NORMALISE: dict[str, Callable[[Segment, object], tuple[str, list[int] | None]]] = {
    "ocr_digits": lambda seg, _regex: (seg.norm, None),
    "mrz_joined": _mrz_joined,
    "glued_brackets": lambda seg, _regex: (unglue_brackets(seg.text), None),
}
EXTEND: dict[str, Callable[[Span, Page, Headers], None]] = {
    "email_prefix": lambda span, _page, _headers: _set_start(span, email_start(span.text, span.start)),
    "url_tail": lambda span, page, _headers: _url_tail(span, page),
    "address_lines": _address_lines,
    "app_title": _app_title,
    "trailing_time": lambda span, _page, _headers: _set_end(span, span.start + len(trim_value(span.value))),
    "token_lines": _token_lines,
    "domain_lines": _domain_lines,
    "mrz_block": _mrz_line,  # the page's bands are added once per page (see `PAGE_EXTEND`)
}
# A note runs over at most this many lines under its first (a clinical note, a leave's reason).
NOTE_LINES = 4


def text_lines(page: Page, seg: Segment, start: int, end: int, headers: Headers) -> list[tuple[Segment, int, int]]:
    """The lines a labelled note wraps onto in its box (a hospital system's "Catatan" over "Kontrol rutin, gula
    darah puasa masih tinggi, lanjut" / "metformin 2x500 mg"): while the note, last on its row, reaches its
    line's end, the line right under it goes on with it: at the note's left edge (the value's, when its label
    shares its line), at line spacing, in its size, nothing left of it on its row, and opening no other field
    (a label, "Status: …")."""
    extra: list[tuple[Segment, int, int]] = []
    if seg.text[end:].strip(" .,;") or page.neighbour(seg, "right") is not None or seg.row in page.header_rows:
        return extra  # the note ended on its line, or it is a cell of a row
    first = seg.boxes_for(start, start + 1)
    left = first[0].left if first else seg.box.left
    current = seg
    for _ in range(NOTE_LINES):
        below = page.neighbour(current, "below")
        if below is None or below.row != current.row + 1 or page.neighbour(below, "left") is not None:
            break
        height = max(current.height, below.height)
        if not (-0.2 * height <= below.box.top - current.box.bottom <= 1.2 * height
                and abs(below.box.left - left) <= 0.8 * height and 0.75 <= below.height / max(1.0, current.height) <= 1.33):
            break
        head = below.text.lstrip(" |")
        if STOP_LABELS.match(head) or headers.starts_with_label(head) or re.match(FIELD_START, head) \
                or headers.is_header(below):
            break
        extra.append((below, len(below.text) - len(head), len(below.text.rstrip(" |"))))
        current, left = below, below.box.left
        if page.neighbour(below, "right") is not None:
            break
    return extra


# The rules a labelled recognizer's value may take (`extend` of a labelled kind): each gives the other lines
# of the value found at [start, end) of its segment.
LABELLED_EXTEND: dict[str, Callable[[Page, Segment, int, int, Headers], list[tuple[Segment, int, int]]]] = {
    "text_lines": text_lines,
}


# A plate's region and number ending a line after a separator or alone on it ("Honda Beat Merah · D 183"), and
# the letters that open the next line ("LMG"): a narrow phone screen wraps a driver's line inside the plate.
# The driver's rating may close the line, its star read as a mark or a letter ("… · BK 376 * 4.6").
# (the separator before it may be lost, "Daihatsu Xenia Hitam BK 376", on the line of a rating only)
_PLATE_HEAD_AT_END = re.compile(r"(?:^|(?P<sep>[·•:|,\-–]\s?)|\s)(?P<value>[A-Z]{1,2}[ -][1-9]\d{0,3})"
                                r"(?P<rating>\s+[*★☆xX+#]?\s?[1-5][.,]\d)?\s*$")
_RATING = re.compile(r"[*★☆xX+#]?\s?[1-5][.,]\d")
_PLATE_LETTERS_OPEN = re.compile(r"[A-Z]{1,3}(?![A-Za-z0-9])")  # (alone on their line)
_ADDRESS_PART_WORDS = frozenset(part.upper() for part in words("values", "address_parts"))


def plate_wrapped_lines(page: Page, category: str, detector: str, label: str, _labels=None) -> list[Finding]:
    """A number plate wrapped over two lines: the region and number at the end of one line, the letters alone
    on the line right under it in the same block ("… · BK 376" / "AC").  A driver's line has the rating beside
    it, so the wrap is no sentence read whole (`Page.wrapped_onto`).  The joined plate must be one (its
    region letters a region's), and the letters no address's part ("RT", "RW")."""
    out = []
    for row in page.rows:
        for seg in row.segments:
            head = _PLATE_HEAD_AT_END.search(seg.text)
            if head is None:
                continue
            if head.start("value") > 0 and head.group("sep") is None and head.group("rating") is None:
                right = page.neighbour(seg, "right")
                if right is None or not _RATING.fullmatch(right.text.strip()):
                    continue
            below = page.next_line(seg)
            if below is not None:
                tail = _PLATE_LETTERS_OPEN.match(below.text.lstrip())
                if tail is None or tail.group() in _ADDRESS_PART_WORDS or below.text.strip(" ·•|,") != tail.group():
                    continue
                letters = tail.group()
                lead = len(below.text) - len(below.text.lstrip())
                tail_boxes = tuple(below.boxes_for(lead, lead + len(letters)))
            else:
                scrap = _plate_letters_misread(page, seg)
                if scrap is None:
                    continue
                letters, tail_boxes = scrap
            plate = f"{head.group('value')} {letters}"
            if not VALIDATORS["plate"](plate):
                continue
            boxes = tuple(seg.boxes_for(*head.span("value"))) + tail_boxes
            out.append(Finding(category, boxes, 0.75, preview(label, plate), detector))
    return out


def _plate_letters_misread(page: Page, seg: Segment) -> tuple[str, tuple[Box, ...]] | None:
    """The plate's letters misread on the line under its driver's line and glued there to what OCR made of the
    avatar at its left ("KA vi" for "VH"): the last word on the next row, one to three letters in any case,
    standing at the driver's line's left edge at line spacing.  (The letters' reading is no plate's: the head
    above was, and these cover where its letters stand.)"""
    if seg.row + 1 >= len(page.rows):
        return None
    height = seg.height
    for other in page.rows[seg.row + 1].segments:
        last = other.words[-1]
        text = last.text.strip()
        if not re.fullmatch(r"[A-Za-z]{1,3}", text) or text.upper() in _ADDRESS_PART_WORDS:
            continue
        gap = last.box.top - seg.box.bottom
        if abs(last.box.left - seg.box.left) <= 0.8 * height and -0.2 * height <= gap <= 1.2 * height \
                and 0.75 <= last.box.height / max(1.0, height) <= 1.33:
            return text.upper(), (last.box,)
    return None


# A payment card's brand at the end of a cell ("Visa", "Mastercard ••••").
# (a card's kind alone, "Debit", also ends a statement's description beside its amount: only a brand counts)
# (or a card's kind after the bank that issued it: "BCA Debit", "BNI Kredit")
_CARD_BRAND_AT_END = re.compile(r"(?i)\b(?:visa|mastercard|master\s?card|jcb|amex|american\s+express|gpn|(?:"
                                + _alternatives("values", "card_issuers") + r")\s+(?:debit|kredit|credit))\W{0,8}$")


def card_last_digits_apart(page: Page, category: str, detector: str, label: str, _labels=None) -> list[Finding]:
    """A card's last four digits read as a cell of their own, right of its brand: the mask's dots between
    them ("Visa •••• 3591") were read as a speck on a line of their own or not at all, and left a gap that
    parts the two cells.  The gap is no wider than the dots were (a few text heights)."""
    out = []
    for row in page.rows:
        for seg in row.segments:
            digits = seg.text.strip()
            if not re.fullmatch(r"\d{4}", digits):
                continue
            left = page.neighbour(seg, "left")
            if left is None or not _CARD_BRAND_AT_END.search(left.text) \
                    or seg.box.left - left.box.right > 5 * max(seg.height, left.height):
                continue
            start = seg.text.index(digits)
            out.append(Finding(category, tuple(seg.boxes_for(start, start + 4)), 0.75, preview(label, digits), detector))
    return out


# A note's words that name a part of a home ("rumah", "pagar", "gang"), not a house of another kind ("rumah sakit").
_HOME_NOTE_WORDS = re.compile(r"(?i)(?<![^\W\d_])(?:" + _alternatives("labels", "home_note_words") + r")(?![^\W\d_])")
_NOT_HOME = re.compile(r"(?i)(?<![^\W\d_])(?:" + _alternatives("labels", "not_home") + r")(?![^\W\d_])")


def home_notes(page: Page, category: str, detector: str, label: str, _labels=None) -> list[Finding]:
    """A note's directions to a home wherever the note stands ("Catatan: masuk gang kedua kiri, rumah lantai" /
    "2"): under a pickup that is a public place, no address goes before it (`address_continuation` takes the
    note under an address).  Its words name a part of the home itself, so a form's other notes stay visible;
    the line it wraps onto goes with it.  Only on a ride's or a delivery's page (`page_kinds.is_trip`): on any
    other page a note far from an address ("Catatan: pintu depan tutup jam 16" under an office's phone) finds
    no one's home."""
    if not page.is_kind("trip"):
        return []
    out = []
    for row in page.rows:
        for seg in row.segments:
            head = seg.text.lstrip()
            note = _ADDRESS_NOTE.match(head)
            if note is None:
                continue
            lead = len(seg.text) - len(head) + note.end()
            value = seg.text[lead:].rstrip(" ,;|")
            if not _HOME_NOTE_WORDS.search(_NOT_HOME.sub(" ", value)):
                continue
            boxes = tuple(seg.boxes_for(lead, lead + len(value)))
            below = page.wrapped_onto(seg)
            if below is not None and not STOP_LABELS.match(below.text.lstrip()) and len(below.text.split()) <= 6:
                boxes += tuple(below.boxes_for(0, len(below.text.rstrip())))
            out.append(Finding(category, boxes, 0.75, preview(label, value), detector))
    return out


# Hooks that also look at the whole page once: (hook, function of the page and the recognizer's label).
PAGE_EXTEND = {"plate_wrapped_lines": plate_wrapped_lines, "card_last_digits_apart": card_last_digits_apart,
               "home_notes": home_notes,
               "mrz_block": mrz_bands, "health_card_lines": health_card_lines,
               "record_member_numbers": record_member_numbers, "record_birth_dates": record_birth_dates,
               "record_names": record_names, "numbers_read_as_scraps": numbers_read_as_scraps,
               "numbers_under_names_read_as_scraps": numbers_under_names_read_as_scraps}


def alone_in_its_column(page: Page, seg: Segment, start: int, end: int) -> bool:
    """No text standing under or over the value (in the next three rows each way that have any there)
    is a private address, one of the two with a dot of it read: a number that can be cut into an
    address is one only in a column of addresses ("19216821148" under "1921686.144").  A column of
    account numbers or postal codes has no dots; one of amounts has no address."""
    box = Box.union(seg.boxes_for(start, end))
    dotted = "." in seg.norm[start:end]
    for step in (-1, 1):
        index, looked = seg.row + step, 0
        while 0 <= index < len(page.rows) and looked < 3:
            row = page.rows[index]
            if abs(row.box.top - box.top) > 8 * box.height:
                break  # the table has ended
            under = [w for s in row.segments for w in s.words if w.box.left < box.right and w.box.right > box.left]
            if under:
                looked += 1
                texts = [" ".join(w.text for w in under), *(w.text for w in under)]
                if any(_an_address(T.normalise_digits(t).strip(" .,"), dotted) for t in texts):
                    return False
            index += step
    return True


def _an_address(text: str, dotted: bool) -> bool:
    """A private address read whole, or read without some dots (not an amount) when it or the value it
    vouches for kept a dot."""
    return VALIDATORS["private_ip"](text) or (dotted or "." in text) and not AMOUNT.fullmatch(text) \
        and private_ip_read_small(text)


# "Hari Lahir Pancasila", "Hari Kelahiran Kota …", "HUT": a day whose name holds a birth label, ending
# right where the value begins.
_OCCASION = re.compile(r"\b(?:hari|HUT)\s+(?:ulang\s+tahun|lahir|kelahiran)\s*[:.]?\s*$", re.IGNORECASE)


# Each reject hook sees the page as well as the value's line: whether a place is public can be told by
# the cell to its left or the lines above it.
# A business's registration number's label ("NIB"), ending the text before a number.
_BUSINESS_NUMBER_LABEL = re.compile(r"(?i)(?<![\w.])(?:" + "|".join(words("values", "business_number_labels")) + r")\W{0,3}$")


def after_a_business_number_label(page: Page, seg: Segment, start: int) -> bool:
    """The number follows a label of a business's registration number, on its line ("NIB: 5182961402964") or
    alone in the cell right before it ("NIB | 5182961402964"): the company's number in a public register."""
    before = seg.text[:start]
    if before.strip(" :|"):
        return bool(_BUSINESS_NUMBER_LABEL.search(before))
    left = page.neighbour(seg, "left")
    return left is not None and bool(_BUSINESS_NUMBER_LABEL.search(left.text))


REJECT_IF: dict[str, Callable[[Page, Segment, int, int], bool]] = {
    "money": lambda _page, seg, start, end: bool(AMOUNT.fullmatch(seg.norm[start:end])) or _in_an_amount(seg, start, end),
    "amount_with_cents": lambda _page, seg, start, end: bool(AMOUNT_WITH_CENTS.fullmatch(seg.norm[start:end])),
    "currency_on_row": lambda page, seg, start, end: currency_on_row(page, seg),
    "budget_code": lambda _page, seg, start, end: bool(CODE.fullmatch(seg.norm[start:end])
                                                        or budget_code_label(seg.text[:start])),
    "public_url": lambda page, seg, start, end: not is_internal_url(seg.text[start:end])
    and not given_with_an_account(page, seg),
    "letterhead": lambda _page, seg, start, end: is_office_letterhead(seg.text[start:]),
    "not_standalone": lambda _page, seg, start, end: not stands_alone(seg, start, end),
    "public_line": lambda _page, seg, start, end: after_public_line(seg.norm, start),
    "place_name": lambda _page, seg, start, end: bool(_PLACE_KIND.search(seg.text[max(0, start - 24):start])),
    "office_contacts": lambda _page, seg, start, end: bool(_OFFICE_ONLY.search(seg.text[start:])),
    "public_place": lambda page, seg, start, end: public_place_on_page(page, seg, start),
    "not_someone": lambda _page, seg, start, end: seg.text[start:end].strip(" !?,.;:").lower() in _NOT_SOMEONE,
    # (an office, a unit or a fund after a role's colon, "Koordinator: Kabid Umum", "Bendahara: Dana Desa")
    "office_word": lambda _page, seg, start, end: any(w.lower() in T.NOT_A_PERSON
                                                      for w in re.findall(r"[^\W\d_]+", seg.text[start:end])),
    "public_login": lambda _page, seg, start, end: bool(_PUBLIC_LOGIN.fullmatch(seg.text[start:end].strip(" .,:;"))),
    # A field's label is a word or two; three words or more before the value are a sentence that mentions
    # the label's word ("Vaksinasi anak usia 6 tahun ke atas"), not a field.
    "in_a_sentence": lambda _page, seg, start, end: len(re.findall(r"[^\W\d_]{2,}", seg.text[:start])) >= 3,
    "public_occasion": lambda _page, seg, start, end: bool(_OCCASION.search(seg.text[:start])),
    "alone_in_its_column": alone_in_its_column,
    "in_a_bar_of_captions": lambda page, seg, start, end: in_a_bar_of_captions(page, seg),
    # A leave's or an absence's reason that tells no illness ("Keperluan keluarga") is no one's health.
    "no_health_word": lambda _page, seg, start, end: not _HEALTH_WORD.search(seg.text[start:end]),
    # A field that only a birth certificate's sentence makes ("Bahwa di …": the town of birth).
    "off_a_birth_record": lambda page, seg, start, end: not page.is_kind("birth_record"),
    "business_number": lambda page, seg, start, end: after_a_business_number_label(page, seg, start),
    # A value with no word in it ("14-03-2019", "3"): a field named by words (a job, a religion) holds none
    # (a card's issue date under its portrait, read on the job's line of a tilted copy).
    "no_word": lambda _page, seg, start, end: not re.search(r"[^\W\d_]{2}", seg.text[start:end]),
    "card_label": lambda _page, seg, start, end: bool(_CARD_LABEL_FIRST.match(seg.text[start:end])),
}


def rejected(rec_reject_if: tuple[str, ...], page: Page, seg: Segment, start: int, end: int) -> bool:
    return any(REJECT_IF[name](page, seg, start, end) for name in rec_reject_if)
