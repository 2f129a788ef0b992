"""How far a value is from its label.

The label is looked for in four places, nearest first: earlier on the same segment (`NIK: 3171…`, glued
or not), the segment to its left (`Nama    : Budi`, also on a neighbouring row of a tilted photo), the
header of its table column, and the line just above (forms that stack label over value).
"""
from __future__ import annotations

import re

from .layout import SURE_MARK, Segment
from .lexicon import words
from .page import Page, misread_colon
from .recognizer import Recognizer, label_pattern

# What may stand between a label and its value: punctuation, and "No."/"Nomor" ("NIK No. 3171…").
# (a form's mark of a required field, "Nama *" or "Alamat * :", is no part of the value)
VALUE_LEAD = re.compile(r"^[\s:;.,=\-–>|]*(?:\*\s*(?::[\s:]*|$))?(?:(?:no|nomor|number|nr|num)\b[\s.:]*)?",
                        re.IGNORECASE)
# The second language of a bilingual label ("Surname / Nom", "Tanggal Lahir / Date of birth").
LABEL_TRANSLATION = re.compile(r"\s*/\s*[^\W\d_][^\W\d_'’.-]*\.?(?:\s[^\W\d_'’-]+\.?){0,3}\s*:?\s*")

# Labels that only name the value written right after them on the same line
# (chat greetings, "Pak Budi"), never a value to the right or below.
INLINE_ONLY = label_pattern(words("labels", "inline_only"))
# Words that end a labelled value: the next field's label on the same line.
STOP_LABELS = label_pattern(words("labels", "stop"))
# A form's field opening its line: a short label and its colon ("Ongkir: Rp18.000", "Jumlah: 16").
FIELD_START = r"[A-Za-z][\w ./-]{0,20}:"
# "Item Name", "SSID Name": the word before a name label makes it name a thing.
_THING_BEFORE_NAME = frozenset(words("names", "thing_before_name"))
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s:.-]*$")


_THING_COLUMNS = frozenset(words("names", "thing_columns"))


_PRICE_COLUMN = re.compile(r"\b(?:" + "|".join(map(re.escape, words("names", "price_columns"))) + r")\b")
_QUANTITY_COLUMN = re.compile(r"\b(?:" + "|".join(map(re.escape, words("names", "quantity_columns"))) + r")\b")


def is_item_header(text: str) -> bool:
    """A short line of an item table's column headers: a price column and a quantity column
    ("Item Name Qty Price Total", read as "(am Name aty Price Total")."""
    bare = " ".join(re.sub(r"[^\w\s]", " ", text).lower().split())
    return (len(bare.split()) <= 7 and bool(_PRICE_COLUMN.search(bare)) and bool(_QUANTITY_COLUMN.search(bare)))


def is_quantity_or_price(word: str) -> bool:
    """A quantity's or a price's column header ("Qty", as OCR reads it "Uty"; "Harga")."""
    bare = word.strip(" .,:;|").lower()
    return bool(_QUANTITY_COLUMN.fullmatch(bare) or _PRICE_COLUMN.fullmatch(bare))


def is_thing_column(header_text: str) -> bool:
    """A column header over things: "Item", "Nama Barang", "Item Name" or, as OCR reads it, "Iten Nane";
    also a whole header line that starts so ("Item Name  Qty  Price", read as one line), as long as the
    rest is short header words, not a sentence ("Item ini sudah dikirim"), or a line of an item table's
    price and quantity headers."""
    if is_item_header(header_text):
        return True
    bare = re.sub(r"[^\w\s]", " ", header_text).lower().split()
    for size in (2, 1):
        head, rest = bare[:size], bare[size:]
        if len(head) < size or len(rest) > 4 or any(len(w) > 5 for w in rest):
            continue
        if " ".join(head) in _THING_COLUMNS:
            return True
        if size == 2 and head[0] in _THING_BEFORE_NAME and re.fullmatch(r"n[ae][mn][ae]", head[1]):
            return True
    return False


_THING_LABEL_BEFORE = re.compile(r"(?i)(?:\b([^\W\d_]+)\s+(?:name|nane|nama)|\bnama\s+([^\W\d_]+))\s*[:.=-]?\s*$")


def after_thing_label(text: str, start: int) -> bool:
    """The value at `start` follows a thing's name label ("Product Name:", "Nama Barang:")."""
    m = _THING_LABEL_BEFORE.search(text[:start])
    if not m:
        return False
    word = (m.group(1) or m.group(2)).lower()
    return word in _THING_BEFORE_NAME or f"nama {word}" in _THING_COLUMNS


# A business's service line ("LAYANAN KONSUMEN SMS 0811 …", "Call Center 0812 …"): public, not a person's.
def _with_lost_first_letters(phrases: tuple[str, ...]) -> list[str]:
    """Each phrase, and those whose long first word lost its first one or two letters at a photo's seam or
    a receipt's torn edge ("YANAN KONSUMEN" for "LAYANAN KONSUMEN")."""
    out = list(phrases)
    for phrase in phrases:
        first, _, rest = phrase.partition(" ")
        if rest and len(first) >= 6:
            out += [f"{first[cut:]} {rest}" for cut in (1, 2)]
    return out


_PUBLIC_LINE = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                  for w in _with_lost_first_letters(words("values", "public_lines")))
                          + r")\b[^\d]{0,16}[\d\s().+-]*$")


def after_public_line(text: str, start: int) -> bool:
    """The number at `start` follows a business's service-line label ("Layanan Konsumen", "Call Center")."""
    return bool(_PUBLIC_LINE.search(text[max(0, start - 48):start]))


_STREET_BEFORE = re.compile(r"(?i)(?:^|[^\w.])(?:" + "|".join(map(re.escape, words("values", "street_kinds")))
                            + r")\.?\s*$")


# (an "m" read as "rn" too: "Kecarnatan")
_PLACE_BEFORE = re.compile(r"(?i)(?:^|[^\w.])(" + "|".join(re.escape(k).replace("m", "(?:m|rn)")
                                                           for k in words("values", "place_kinds"))
                           + r")\.?\s*$")
_OFFICE_WORD_BEFORE = re.compile(r"(?i)(?:^|\W)(?:" + "|".join(map(re.escape, words("labels", "office_before_place")))
                                 + r")\W*$")


def after_place_kind(text: str) -> bool:
    """`text` ends with a place's kind ("Kecamatan", "Desa", "Kab.") that is not an office's ("Kepala
    Desa"): the capitalised words after it name the place ("Kecamatan Lubuk Pakam"), not a person."""
    m = _PLACE_BEFORE.search(text[-40:])
    return bool(m) and not _OFFICE_WORD_BEFORE.search(text[-40:][:m.start(1)])


def after_street_word(text: str) -> bool:
    """`text` ends with a street's kind ("Jl.", "Gg", "Jl. Raya"): the capitalised words after it name a
    street, not a person."""
    return bool(_STREET_BEFORE.search(text[-16:]))


def names_a_thing(text: str, label_start: int) -> bool:
    """The name label at `label_start` of `text` names a thing: the word before it is "Item", "SSID"..."""
    m = _WORD_BEFORE.search(text[:label_start])
    return bool(m) and m.group(1).lower() in _THING_BEFORE_NAME


def label_runs_on(line: str) -> bool:
    """A line that ends in a label whose value runs on onto the next line: a label used in a sentence
    ("… a.n." / "NURUL HIDAYAT"), or any label with its colon ("Alamat:")."""
    tail = line.rstrip()[-16:]
    return tail.endswith(":") or any(m.end() >= len(tail) - 1 for m in INLINE_ONLY.finditer(tail))


# A transaction's own number: the bank's or the shop's record, not a person's number.
_REFERENCE_LABEL = label_pattern(words("labels", "reference"))


def reference_label_distance(page: Page, seg: Segment, start: int) -> float | None:
    """How far a transaction's reference label ("No. Ref", "ID Transaksi") is from a value at `start`."""
    return _distance(page, seg, start, _REFERENCE_LABEL)


def label_distance(page: Page, seg: Segment, start: int, rec: Recognizer) -> float | None:
    """How far the nearest of `rec`'s labels is from a value at `start` of `seg` (None: no label)."""
    return _distance(page, seg, start, rec.label_regex)


def _distance(page: Page, seg: Segment, start: int, regex) -> float | None:  # noqa: ANN001 (a label pattern)
    if regex is None:
        return None
    key = (id(seg), start, id(regex))
    known = page.label_distances.get(key)
    if known is None or known[0] is not seg or known[1] is not regex:
        known = page.label_distances[key] = (seg, regex, _measured_distance(page, seg, start, regex))
    return known[2]


def _measured_distance(page: Page, seg: Segment, start: int, regex) -> float | None:  # noqa: ANN001
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
    if left is not None and misread_colon(left, seg):
        left = page.neighbour(left, "left")  # "KE REK | 1 | 4608…": the colon between them read as a 1
    if left is not None and regex.search(left.text[-40:]):
        return 100.0
    left = page.tilted_neighbour(seg, "left", skip_punct=False)
    if left is not None and not any(ch.isalnum() for ch in left.text) and all(w.conf >= SURE_MARK for w in left.words):
        # the field's colon, read surely as a mark of its own ("'"); a speck read unsurely under an item's
        # last word is no colon, and the prices beside it are no value of that word
        left = page.tilted_neighbour(seg, "left")
    if left is not None and regex.search(left.text[-40:]):
        return 110.0
    header = page.header_of(seg)
    if header is not None and regex.search(header.text):
        return 200.0
    if page.neighbour(seg, "left") is None and _label_over_value_lines(page, seg, regex):
        return 250.0
    above = page.neighbour(seg, "above")
    if above is not None and len(above.text) <= 40 and not _after_own_label(page, seg, start):
        m = regex.search(above.text)
        # A label stacked over its value stands alone; a line that already holds its own value does not count.
        rest = (above.text[:m.start()] + above.text[m.end():]) if m else ""
        if m and not re.search(r"\d", rest) and len(rest.split()) <= 2:
            return 300.0
    # A sentence that ends its line with the label goes on with the value at the start of the next
    # ("… Donasi bisa ke CIMB Niaga" / "9718216338801 a.n. …").
    if above is not None and not seg.text[:start].strip() and page.wrapped_onto(above) is seg:
        tail = above.text.rstrip(" :,.")[-32:]
        if any(m.end() == len(tail) for m in regex.finditer(tail)):
            return 320.0
    return None


def _after_own_label(page: Page, seg: Segment, start: int) -> bool:
    """The value at `start` follows a field's label and its colon on its own line ("NO. KARTU : 5221 84** …",
    the colon read as a stroke, or as "25" boxed one glyph wide): it is that field's value, not the value of
    a heading that ends with a label over it ("TRANSFER ANTAR BANK")."""
    row = page.rows[seg.row]
    before = [w for other in row.segments[:seg.index] for w in other.words]
    before += seg.words_in(0, start)
    if not before:
        return False
    colon = before[-1]
    text = colon.text.strip()
    if not (text.endswith(":") or (len(text) <= 2 and colon.box.width <= 0.5 * seg.height)):
        return False
    label = before[:-1] if text in (":", "") or colon.box.width <= 0.5 * seg.height else before
    return any(sum(ch.isalpha() for ch in w.text) >= 2 for w in label)


def _label_over_value_lines(page: Page, seg: Segment, regex) -> bool:  # noqa: ANN001 (a label pattern)
    """The second or third line of a field's value (a proof's source account under the sender's name,
    which may itself wrap, right-aligned far from its label): the label is the one beside the first
    line, or the start of that line when OCR read label and value as one."""
    over = seg
    for _ in range(3):
        over = page.neighbour(over, "above")
        if over is None or min(abs(over.box.right - seg.box.right), abs(over.box.left - seg.box.left)) > seg.height:
            return False  # the lines of one value are aligned on one side
        label = page.neighbour(over, "left")
        if label is not None:
            return bool(regex.search(label.text[-40:])) and label.box.right < seg.box.left
        m = regex.match(over.text)
        if m and m.end() < len(over.text.rstrip()):
            label_boxes = over.boxes_for(m.start(), m.end())
            return bool(label_boxes) and label_boxes[-1].right < seg.box.left
    return False


# What buttons and links say ("Lihat", "Edit", "+ Tambah"), one list for every reader of a page's controls.
CONTROL_WORDS = frozenset(words("values", "control_words"))


def is_a_control(text: str, most_words: int | None = None) -> bool:
    """Text whose words are all what buttons and links say (icons and brackets read as marks aside), at most
    `most_words` of them when given (a heading's own buttons beside it, not a sentence of such words)."""
    found = re.findall(r"[^\W\d_]+", text.lower())
    return bool(found) and (most_words is None or len(found) <= most_words) and all(w in CONTROL_WORDS for w in found)
