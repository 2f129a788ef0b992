"""Resolution: values found once and repeated elsewhere, overlapping candidates merged, matches widened
to whole words, and candidates turned into findings."""
from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections import Counter
from typing import Callable, Sequence

from ..categories import category
from ..findings import Box, Finding
from ..mask import preview
from ..ocr import Word
from . import text as T
from .confusions import TO_CAPITALS, lookalike_class
from .labels import is_thing_column
from .lexicon import given_names, is_ordinary_word, name_words, place_words, words
from .kinds.base import SCRAP_CONFIDENCE
from .kinds.names import NAME_STOP_WORDS, could_be_a_name, has_a_name, is_personal_word
from .layout import Segment
from .page import Candidate, Page
from .shapes import PAYMENT_METHODS


def repeats(page: Page, candidates: list[Candidate]) -> list[Candidate]:
    """A value found once is covered wherever else it appears (a spreadsheet's formula bar, a page title)."""
    values: dict[str, Candidate] = {}
    for cand in candidates:
        key = re.sub(r"\s+", " ", cand.value.strip())
        if len(key) >= 6 and cand.category not in ("internal_system", "classification", "own_term"):
            if (cand.category == "address" or cand.recognizer.startswith("birth_place")) and not re.search(r"\d", key):
                continue  # a village, a regency, a birthplace ("CIANJUR") is public where else it stands (a heading)
            values.setdefault(key, cand)
    out = _name_part_repeats(page, candidates)
    if not values:
        return out
    # Longest first: where two values start at one place the longer is the one repeated.
    ordered = sorted(values, key=len, reverse=True)
    for seg, start, end in _occurrences(page, ordered):
        text = seg.text[start:end]
        source = values.get(text) or values[re.sub(r"\D", "", text)]
        out.append(Candidate(source.category, seg, start, end, source.score * 0.95,
                             source.recognizer + "_repeat", text))
    return out


def _occurrences(page: Page, values: list[str]) -> list[tuple[Segment, int, int]]:
    """Where `values` stand in the page's segments, as one search for any of them would find them left to
    right (at one place the first of `values` that stands there, then on after it). Searched value by value
    rather than as one pattern: a dense table's few hundred values made a pattern whose compilation alone
    took about 20 ms a page."""
    segments = [seg for row in page.rows for seg in row.segments]
    starts, offset = [], 0
    for seg in segments:
        starts.append(offset)
        offset += len(seg.text) + 1
    joined = "\0".join(seg.text for seg in segments)  # (no value holds a NUL, so none is found across two)
    found: dict[int, list[tuple[int, int, int]]] = {}  # segment -> (start, rank of the value, end)
    bare: list[str] = []  # each segment's text without spaces, dots and dashes: where a number may stand
    for rank, value in enumerate(values):
        if value.isdigit() and len(value) >= 8:
            bare = bare or [re.sub(r"[\s.-]", "", seg.text) for seg in segments]
            for i, seg in enumerate(segments):
                if value in bare[i]:
                    for start, end in _grouped_digits(seg.text, value):
                        found.setdefault(i, []).append((start, rank, end))
            continue
        at = joined.find(value)
        while at != -1:
            i = bisect.bisect_right(starts, at) - 1
            found.setdefault(i, []).append((at - starts[i], rank, at - starts[i] + len(value)))
            at = joined.find(value, at + 1)
    out = []
    for i in sorted(found):
        after = 0
        for start, _, end in sorted(found[i]):
            if start >= after:
                out.append((segments[i], start, end))
                after = end
    return out


def _grouped_digits(text: str, digits: str) -> list[tuple[int, int]]:
    """Every place a long number stands in `text`, also grouped another way (a card's "18.628.640554" is the
    "18628640554" found under its label): its digits in order, one space, dot or dash at most between two,
    the number not part of a longer one (no digit, dot or dash right before it; no digit, nor a dot or
    dash and a digit, right after it)."""
    out = []
    at = text.find(digits[0])
    while at != -1:
        if at == 0 or not (text[at - 1].isdecimal() or text[at - 1] in ".-"):
            end = at + 1
            for digit in digits[1:]:
                if end + 1 < len(text) and (text[end].isspace() or text[end] in ".-") and text[end + 1] == digit:
                    end += 2
                elif end < len(text) and text[end] == digit:
                    end += 1
                else:
                    break
            else:
                rest = text[end:end + 2]
                if not (rest[:1].isdecimal() or (rest[:1] in (".", "-") and rest[1:2].isdecimal())):
                    out.append((at, end))
        at = text.find(digits[0], at + 1)
    return out


# A plate as the page names it: its region's letters, its number, its last letters.
_PLATE_PARTS = re.compile(r"([A-Z]{1,2})[\s-]?(\d{3,4})[\s-]?([A-Z]{1,3})")


def framed_plates(read: Sequence[Word], candidates: list[Candidate]) -> list[Finding]:
    """A plate drawn as a plate (a vehicle-tax or traffic-ticket page's dark or framed chip): OCR reads its
    letters together with the frame's edges ("TBK 7244 JVL)", "rN 3192 Ul}", "(14198 AK" for "L 4198 AK"),
    words boxed taller than the text and read unsurely, which the page's lines leave out as picture marks or
    which no plate's shape fits.  When the page names the plate elsewhere (by its label or its shape), a short
    line of a few words side by side holding that plate's number as a run of its own (one stray digit before
    it, the region's letter misread) and letters after it, the first of its last letters or a frame's marks,
    is that plate: the line is covered whole, frame and all."""
    plates: dict[str, tuple[str, str]] = {}
    found = set()  # the words of the lines a plate was found on: covered already
    for cand in candidates:
        if cand.category == "plate" and (m := _PLATE_PARTS.fullmatch(cand.value.strip())):
            plates.setdefault(m.group(2), (cand.value.strip(), m.group(3)))
            found.update(id(w) for w in cand.segment.words)
    if not plates:
        return []
    lines: dict[int, list[Word]] = {}
    for word in read:
        lines.setdefault(word.line_id, []).append(word)
    out = []
    for line in lines.values():
        if not 2 <= len(line) <= 4 or any(id(w) in found for w in line):
            continue
        line.sort(key=lambda w: w.box.left)
        text = " ".join(w.text for w in line)
        joined = "".join(w.text for w in line)
        if len(joined) > 14 or any(0 > b.box.left - a.box.right or b.box.left - a.box.right > 2 * max(a.box.height, b.box.height)
                                   for a, b in zip(line, line[1:])):
            continue
        for number, (value, last) in plates.items():
            m = re.search(r"(?<!\d)\d?" + number + r"(?!\d)", joined)
            if m is None or text == value or re.search(r"\d", joined[:m.start()] + joined[m.end():]):
                continue
            after = joined[m.end():].upper()
            # (the last letters misread too, "vq)" for "JVL": a word read off the frame, boxed tall or read
            # unsurely, still says it is a chip)
            framed = any(w.conf < 60 or w.box.height > 1.5 * min(v.box.height for v in line) for w in line)
            if not re.search(r"[A-Z]", after) or (last[0] not in after and not framed):
                continue
            out.append(Finding(category="plate", boxes=tuple(w.box for w in line), score=0.75,
                               preview=preview(category("plate").label, value), detector="plate_framed"))
            break
    return out


# The word right before a value on its line, as OCR read it.
_WORD_BEFORE = re.compile(r"(?<![^\s])[\'’`‘]?([a-z]{3,})\s+$")


def clipped_first_words(candidates: list[Candidate]) -> None:
    """A name whose first letter OCR lost, on a dark caption chip or beside an avatar ("alih Ginting, M.M."
    for "Galih Ginting, M.M.", "vita Hidayat"): when the page names the person in full elsewhere, the
    lower-case scrap left before the name's other words is the end of its first word, and is covered
    with them.  A scrap that ends no known first name (an ordinary word before a name) stays."""
    firsts: dict[str, set[str]] = {}
    for cand in candidates:
        if cand.category == "person_name":
            found = re.findall(r"[A-Za-z'’-]+", cand.value)
            if len(found) >= 2 and found[0][:1].isupper():
                firsts.setdefault(_read_alike(found[1]), set()).add(found[0].lower())
    if not firsts:
        return
    for cand in candidates:
        if cand.category != "person_name":
            continue
        found = re.findall(r"[A-Za-z'’-]+", cand.value)
        m = _WORD_BEFORE.search(cand.segment.text[:cand.start])
        if not found or m is None:
            continue
        scrap = m.group(1)
        # (the letter left at the chip's edge read as an "l" for an "i": "lara" for "Tiara")
        endings = {scrap, "i" + scrap[1:]} if scrap[0] == "l" else {scrap}
        if any(first != scrap and any(first.endswith(end) for end in endings) and len(first) - len(scrap) <= 2
               for first in firsts.get(_read_alike(found[0]), ())):
            cand.start = m.start()
            cand.value = cand.segment.text[cand.start:cand.end]


# A line that holds a name alone, beside an avatar or on a card, its first word's first letters lost: perhaps
# the avatar read as a scrap of its own ("NX.", "ia)"), the end of the first word in lower case ("uliani",
# "a"), the name's other words, and perhaps a rating after them ("x 4.8" for "★ 4.8").
_CLIPPED_NAME_LINE = re.compile(r"(?:(?P<avatar>\S{1,3})\s)?(?P<scrap>[a-z]{1,12})\s(?P<rest>[A-Z][a-z'’-]{2,}(?:\s[A-Z][a-z'’-]{2,}){0,2})"
                                r"(?P<tail>\s*[|]?|\s\S{1,2}\s?\d[.,]\d)$")


def names_with_lost_letters(page: Page, candidates: list[Candidate]) -> list[Candidate]:
    """A name alone on its line whose first letters OCR lost beside an avatar ("a Kusuma Susanti" for "Vina
    Kusuma Susanti", "NX. uliani Pangaribuan x 4.8" for a driver's "Yuliani Pangaribuan ★ 4.8"): the scrap in
    lower case opening the line is the end of the name's first word.  The name found without it is taken
    from the scrap on; a scrap of four letters or more that is no word of the language makes a name with
    the capitalised word after it even where that word alone was not taken for one.  Either is marked
    `_clipped`, and its cover grows over the unread letters before it (`ink.widen_to_ink`).  An ordinary
    word ("kepada Hidayat", "oleh Budi Santoso") and an avatar's scrap that is a word stay as they are."""
    found: dict[int, list[Candidate]] = {}
    for cand in candidates:
        found.setdefault(id(cand.segment), []).append(cand)
    out = []
    for row in page.rows:
        for seg in row.segments:
            m = _CLIPPED_NAME_LINE.fullmatch(seg.text)
            avatar = m and m.group("avatar")
            if m is None or (avatar and avatar.isalpha() and is_ordinary_word(avatar.lower())):
                continue  # a sentence's word before the scrap, not an avatar read as letters
            if not page.opens_its_line(seg):
                continue  # the end of a longer line (a receipt's "… tvatisa Ks"), not a name alone on it
            scrap, rest = m.group("scrap"), m.group("rest")
            if len(scrap) == 2 or (len(scrap) > 2 and is_ordinary_word(scrap)):
                continue  # "di Jakarta", "oleh Budi": a word, not the end of one
            own = [c for c in found.get(id(seg), ()) if c.category == "person_name"
                   and c.start <= m.start("rest") < c.end]
            if own:
                for cand in own:
                    cand.start = m.start("scrap")
                    cand.value = seg.text[cand.start:cand.end]
                    cand.recognizer += "_clipped"
            elif len(scrap) >= 4 and could_be_a_name(f"{scrap.capitalize()} {rest}") \
                    and any(is_personal_word(w) and len(w) >= 4 for w in rest.split()) \
                    and not any(w.lower() in NAME_STOP_WORDS for w in rest.split()):
                out.append(Candidate("person_name", seg, m.start("scrap"), m.end("rest"), 0.6,
                                     "person_name_clipped", seg.text[m.start("scrap"):m.end("rest")]))
    return out


# No career and no list of dealings spans this many years: the dates of one column that lie further apart,
# on rows that name people, are when those people were born (a clinic's queue, a school's or a village's
# register), also where a shrunk copy's header no longer says so.  A staff list's appointment dates
# (at most some 35 years of a working life) and a ledger's dates stay visible.
LIFETIME_SPREAD = 45
# A whole date, day, month and a year of four digits ("20-11-1951", "04/07/1951").
_WHOLE_DATE = re.compile(r"(?<![\d/.-])(?:0?[1-9]|[12]\d|3[01])\s?[-/.]\s?(?:0?[1-9]|1[0-2])\s?[-/.]\s?((?:19|20)\d\d)(?![\d/.-])")


def birth_date_columns(page: Page, candidates: list[Candidate]) -> list[Candidate]:
    """Dates in one column, three or more, most of them level with a person's name, whose years lie
    `LIFETIME_SPREAD` years apart or more and none ahead of this year: birth dates."""
    names = [Box.union(c.segment.boxes_for(c.start, c.end)) for c in candidates if c.category == "person_name"]
    if len(names) < 3:
        return []
    columns: list[list[tuple[Segment, re.Match, Box]]] = []
    for row in page.rows:
        for seg in row.segments:
            for m in _WHOLE_DATE.finditer(seg.text):
                box = Box.union(seg.boxes_for(m.start(), m.end()))
                for column in columns:
                    last = column[-1][2]
                    if abs(last.left - box.left) <= 2 * seg.height or abs(last.right - box.right) <= 2 * seg.height:
                        column.append((seg, m, box))
                        break
                else:
                    columns.append([(seg, m, box)])
    this_year = datetime.date.today().year
    out = []
    for column in columns:
        years = [int(m.group(1)) for _, m, _ in column]
        if len(column) < 3 or max(years) - min(years) < LIFETIME_SPREAD or max(years) > this_year:
            continue
        level = sum(any(abs((n.top + n.bottom) - (box.top + box.bottom)) <= 3 * box.height
                        for n in names) for _, _, box in column)
        if level < max(3, 0.6 * len(column)):
            continue
        out.extend(Candidate("birth_date", seg, m.start(), m.end(), 0.7, "birth_date_column", m.group())
                   for seg, m, _ in column)
    return out



# A birth place ending in its comma, alone on its line ("Sleman,", "Kota Bandung,").
_PLACE_AND_COMMA = re.compile(r"\W{0,2}([A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2}),")
# People are born some years before any paper names them; a letter's own place and date are recent.
YOUNGEST_ON_RECORD = 10


# A place, then a date's day and month whose year a narrow cell wrapped onto the next line, at the end of its line
# after the field's label ("Tempat, Tanggal Lahir  JAKARTA, 08 SEPTEMBER" over "2004" on a digital ID card).
_PLACE_DAY_AND_MONTH = re.compile(r"(?<![\w.'’-])([A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2},\s*(?:0?[1-9]|[12]\d|3[01])\s+"
                                  r"(?i:" + T.MONTHS + r"))\W{0,2}$")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")


def wrapped_birth_places(page: Page) -> list[Candidate]:
    """A place and a date of birth wrapped in a narrow cell or column ("Sleman," over "22-03-1978", a decree's
    "Tempat/Tgl Lahir" column, a form's field): the place ends in its comma alone on its line, the date stands
    alone on the next, at the same left edge and line spacing, YOUNGEST_ON_RECORD years ago or more.  Both
    are the birth.  So are a place and a date's day and month ending their line ("JAKARTA, 08 SEPTEMBER")
    over the date's year alone at the place's left edge."""
    this_year = datetime.date.today().year
    out = []
    for row in page.rows:
        for seg in row.segments:
            text = seg.text.rstrip()
            place, tail = _PLACE_AND_COMMA.fullmatch(text.strip()), _WHOLE_DATE
            if place is not None:
                start = seg.text.index(place.group(1))
                end = start + len(place.group(1))
            else:
                place, tail = _PLACE_DAY_AND_MONTH.search(text), _YEAR_ALONE
                if place is None:
                    continue
                start, end = place.span(1)
            below = page.neighbour(seg, "below")
            if below is None or below.box.top - seg.box.bottom > 1.2 * seg.height:
                continue
            # (the place starts at the year's left edge: "JAKARTA", not a word of the label before it)
            starts = [start] + [start + m.end() for m in re.finditer(r"\s+", seg.text[start:end].split(",")[0])]
            starts = [i for i in starts if abs(below.box.left - seg.boxes_for(i, i + 1)[0].left) <= 1.5 * seg.height]
            if not starts:
                continue
            start = starts[0]
            date = tail.fullmatch(below.text.strip(" ,.|"))
            year = date.group(1) if tail is _WHOLE_DATE and date is not None else date.group() if date else None
            if year is None or int(year) > this_year - YOUNGEST_ON_RECORD:
                continue
            out.append(Candidate("birth_date", seg, start, end, 0.7, "birth_place_wrapped", seg.text[start:end]))
            lead = len(below.text) - len(below.text.lstrip(" ,.|"))
            out.append(Candidate("birth_date", below, lead, lead + len(date.group()), 0.7, "birth_place_wrapped",
                                 date.group()))
    return out


def _read_alike(word: str) -> str:
    """A name word as small print may be read: "rn" and "m" alike ("Kumiawan" for "Kurniawan")."""
    return word.lower().replace("rn", "m")


# A contact as a chat app lists a group's members: two or three capitalised words.
_LISTED_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}")


def member_lists(candidates: list[Candidate]) -> list[Candidate]:
    """A group's members as a chat app lists them under its name ("Dewi Lestari, +62 812-3456-7890, Rudi
    Hartono, Rahman Hakiman, Anda"): in a list of three items or more on one line, two of them found as
    phone numbers or names, every other item of two or three capitalised words that could be a name is a
    member's name, also when the names finder took one of its words for a word of the language built
    with an affix ("Hakiman": "hakim" and -an).  The reader's own "Anda", an office ("Kepala Dinas") and
    a meeting ("Rapat Koordinasi") stay visible."""
    found: dict[int, tuple[Segment, list[Candidate]]] = {}
    for cand in candidates:
        if cand.category in ("phone", "person_name"):
            found.setdefault(id(cand.segment), (cand.segment, []))[1].append(cand)
    out = []
    for seg, own in found.values():
        items = []
        for m in re.finditer(r"[^,]+", seg.text):
            text = m.group()
            start = m.start() + len(text) - len(text.lstrip(" :;|-"))
            end = m.end() - (len(text) - len(text.rstrip()))
            if start < end:
                items.append((start, end))
        if len(items) < 3:
            continue
        hit = [any(c.start < end and start < c.end for c in own) for start, end in items]
        if sum(hit) < 2:
            continue
        for (start, end), is_found in zip(items, hit):
            text = seg.text[start:end]
            if is_found or not _LISTED_NAME.fullmatch(text) or not could_be_a_name(text) \
                    or any(w.lower() in NAME_STOP_WORDS for w in text.split()):
                continue
            out.append(Candidate("person_name", seg, start, end, 0.6, "member_list", text))
    return out


# The capitalised words a list's item is made of, as the end or the start of a line.
_NAME_WORDS = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}")


# A mail's or a letter's recipients: the label opening the line ("Kepada:", "Cc:"), then names one after
# another, each after a ';' or a ',' (a ';' is often read ':').
# (the addressees' labels of the lexicon less those of a sender: "Dari", "From")
_SENDER_LABELS = frozenset(words("names", "sender_labels"))
_RECIPIENTS_LABEL = re.compile(r"(?i)^\W{0,2}(?:" + "|".join(
    re.escape(w) for w in words("names", "addressee_labels") if w not in _SENDER_LABELS) + r")\s?[:;]")
_NEXT_NAME = re.compile(r"\s?[;:,]\s?([A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,4})")


def recipient_lists(candidates: list[Candidate]) -> list[Candidate]:
    """Every name of a recipients' line ("Kepada: Setyo Saputra; Tiara Wardhana"), not only the first one the
    names finder took: each run of two to five capitalised words that could be a name right after the last
    name and its separator.  An office or a position after the comma ("…, Kepala Bidang") ends the list."""
    out = []
    for cand in candidates:
        seg = cand.segment
        if cand.category != "person_name" or not _RECIPIENTS_LABEL.match(seg.text):
            continue
        end = cand.end
        while m := _NEXT_NAME.match(seg.text, end):
            text = m.group(1)
            if not could_be_a_name(text) or any(w.lower() in NAME_STOP_WORDS for w in text.split()):
                break
            out.append(Candidate("person_name", seg, m.start(1), m.end(1), 0.6, "recipient_list", text))
            end = m.end(1)
    return out


def names_wrapped_in_lists(page: Page, candidates: list[Candidate]) -> list[Candidate]:
    """A list of names that wraps in a chat bubble or a mail ("Yang belum kirim data: Kornelius" / "Hasibuan
    Rahman, Handoko Kusuma, Joko" / "Gunadi"): the line's last item and the next line's first are one name cut
    by the wrap.  Taken where one of the two lines is a list of names (another item found as a name) and the
    two pieces together could be a name; an office ("Kepala" / "Dinas") stays visible."""
    named = {id(c.segment) for c in candidates if c.category == "person_name"}
    out = []
    for row in page.rows:
        for seg in row.segments:
            below = page.wrapped_onto(seg)
            if below is None:
                continue
            cut = max(seg.text.rfind(","), seg.text.rfind(":"))
            if cut < 0:
                # not a list: a sender's name over the message, running prose that ends on a capital; but a
                # given name and a family name of the lists, no word of the language either, are one name cut
                # by the wrap ("Akun SI-RANTI Theresia" / "Handayani"), a name found on either line or not
                out.extend(_name_cut_by_the_wrap(seg, below))
                continue
            if not ({id(seg), id(below)} & named):
                continue
            tail_at = cut + 1 + len(seg.text[cut + 1:]) - len(seg.text[cut + 1:].lstrip())
            tail = seg.text[tail_at:].rstrip()
            head_end = below.text.find(",")
            head = below.text[:head_end if head_end >= 0 else len(below.text)].rstrip()
            if not (_NAME_WORDS.fullmatch(tail) and _NAME_WORDS.fullmatch(head)):
                continue
            joined = f"{tail} {head}"
            if below.text[len(head):].lstrip(" ,")[:1].islower():
                continue  # "…, Joko" / "Betul, di tempat saya juga": the next line goes on as a sentence
            if len(joined.split()) > 4 or not could_be_a_name(joined) \
                    or any(w.lower() in NAME_STOP_WORDS for w in joined.split()):
                continue
            out.append(Candidate("person_name", seg, tail_at, tail_at + len(tail), 0.6, "member_list_wrapped",
                                 joined, [(below, 0, len(head))]))
    return out


def _a_names_word(word: str) -> bool:
    """A capitalised word on the lists of given or family names that is no word of the language."""
    lower = word.lower()
    return (word[:1].isupper() and (lower in name_words() or lower in given_names()) and not is_ordinary_word(lower)
            and lower not in NAME_STOP_WORDS and lower not in place_words())


def _name_cut_by_the_wrap(seg: Segment, below: Segment) -> list[Candidate]:
    """A line that ends on a given name and wraps onto a line that opens with a family name, both on the lists
    and neither a word of the language: one person's name cut by the wrap of a chat's bubble."""
    tail = re.search(r"(?<![\w-])([A-Z][a-z'’]+)[.,]?\s*$", seg.text)  # (a speck after it read as a stop)
    head = re.match(r"\s*([A-Z][a-z'’]+)(?:\s+([A-Z][a-z'’]+))?(?=[\s,.!?]|$)", below.text)
    if not tail or not head or not _a_names_word(tail.group(1)) or not _a_names_word(head.group(1)):
        return []
    before = seg.text[:tail.start()].split()
    if before and _a_names_word(before[-1]):
        return []  # a name whole on the line already ("Theresia Handayani" / "Siregar"): its own rules
    end = head.end(2) if head.group(2) and _a_names_word(head.group(2)) else head.end(1)
    joined = f"{tail.group(1)} {below.text[head.start(1):end]}"
    if not could_be_a_name(joined):
        return []
    return [Candidate("person_name", seg, tail.start(1), tail.end(1), 0.6, "name_wrapped", joined,
                      [(below, head.start(1), end)])]


# One or two name words, perhaps with the degrees after their comma ("Nugroho, M.M.", "SAPUTRA, S.KOM.")
_NAME_LINE = re.compile(r"[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+)?(?:, ?(?:[A-Z][A-Za-z]{0,3}\. ?){1,3}[A-Za-z]{0,4}\.?)?")


# A degree after a name with its dots or its comma lost or misread ("Rahman MSi", "Nugroho “MM.", "TANJUNG
# S.KOM"): only the degrees of the pack's list count, so a word in capitals after a name is not taken.
def _degree_pattern(degree: str) -> str:
    forms = {degree, degree.upper()}
    # (a bachelor's S read as a dollar sign: "Indah Susanti, $.Kom.")
    return "|".join(re.sub(r"^S", "[S$]", r"\.?\s?".join(map(re.escape, form.split("."))))
                    for form in sorted(forms, key=len, reverse=True))


_DEGREE = r"[“”\"'‘’]?(?:" + "|".join(_degree_pattern(d) for d in words("names", "degrees")) + r")\.?"
_ONE_DEGREE = re.compile(_DEGREE + ",?")
_DEGREES_AFTER = re.compile(r"\s?,?\s?" + _DEGREE + r"(?:\s?,?\s?" + _DEGREE + r")*,?(?=\s|$)")


def names_of_things(page: Page, candidates: list[Candidate]) -> list[Candidate]:
    """A capitalised run whose field's label names a thing ("Produk | Biznet Home", "Product" over "Pulsa
    Telkomsel" on a payment proof) is a product, not a person: the label beside it on its line or, alone on
    its line, right above it.  A name a label of its own vouched for stays."""
    def label_of(seg: Segment) -> str | None:
        left = page.neighbour(seg, "left")
        if left is not None:
            return left.text
        above = page.neighbour(seg, "above")
        if above is not None and above.row == seg.row - 1 and page.neighbour(above, "right") is None \
                and abs(above.box.left - seg.box.left) <= seg.height:
            return above.text
        return None

    out = []
    for cand in candidates:
        if cand.category == "person_name" and not cand.segment.text[:cand.start].strip(" :"):
            label = label_of(cand.segment)
            if label is not None and is_thing_column(label.strip(" :").lower()):
                continue
        out.append(cand)
    return out


def degrees_after_names(candidates: list[Candidate]) -> None:
    """A person's name takes the degrees written after it on its line, however OCR read their dots: what a
    name's cover leaves of "Puspa Rahman, M.Si." should not be "MSi"."""
    for cand in candidates:
        if cand.category != "person_name":
            continue
        m = _DEGREES_AFTER.match(cand.segment.text, cand.end)
        if m:
            cand.end = m.end()
            cand.value = cand.segment.text[cand.start:cand.end]


def name_continuations(page: Page, candidates: list[Candidate], headers,  # noqa: ANN001 (Headers)
                       among: list[Candidate] | None = None) -> None:
    """A name a label vouched for that ends its line and goes on below, aligned with it: a narrow
    value column wraps "ZAENAL SETIAWAN" / "NAINGGOLAN", a large font "MARLINA" / "SUSANTI" /
    "WARDHANA".  One or two name-like words alone on each next line, in the same case, join the name,
    up to six words in all; a label, a value with digits or a lower-case word ends it.  A name in a column
    of names (judged `among` the page's names, by default `candidates`) takes its wrapped words as one a
    label vouched for."""
    names = [c for c in (candidates if among is None else among)
             if c.category == "person_name" and not c.recognizer.endswith("_repeat")]
    edges: dict[tuple[int, int, int], float | None] = {}  # a sheet holds hundreds of names: each edge found once
    for cand in candidates:
        if cand.category != "person_name" or cand.recognizer.endswith("_repeat"):
            continue
        weak = cand.score < 0.7  # a name no label vouched for takes only its degrees from below
        stacked = _in_a_column_of_names(cand, names, edges)
        seg, end = cand.segment, cand.end
        if cand.extra:  # a name already joined from the next line goes on from there
            seg, _, end = cand.extra[-1]
            if len(cand.extra) > 1 or seg.row != cand.segment.row + 1:
                continue
        # (a table's row OCR read as one line, "Dimas Maharani,  Medan,": the name still ends its cell, and only
        # its degrees wrapped under it go on)
        cell_ends = bool(seg.text[end:].strip(" ,.")) and not cand.extra and _ends_its_cell(seg, end)
        if seg.text[end:].strip(" ,.") and not cell_ends:
            continue
        ending = seg.text[:end] + re.match(r"\s*,?", seg.text[end:]).group() if cell_ends else seg.text
        words = len(cand.value.split())
        while words < 6:
            below = page.wrapped_onto(seg) or page.neighbour(seg, "below")
            if below is not None and not re.search(r"[A-Za-z0-9]", below.text):
                below = _text_under(page, seg, below.row)  # past a mark OCR made of a row's number ("1." read "*")
            # (an avatar beside the lines, read as "(N" or "O", may sort onto a row between them or stand
            # left of the next line: it is no cell of a table)
            before = below and page.neighbour(below, "left")
            if before is not None and _in_another_panel(page, seg, before):
                before = None
            # (the next line on a table's row, under the name: the row's other cells beside it are no text the
            # name runs into, and no sentence goes on in a cell)
            # (or under a name in a column of names, its header not read, on a row whose cells stand left of it: a
            # sheet's narrow cell, "Setyo Ramadhan" / "Hasibuan" beside the row's e-mail address; a chat list's
            # senders are stacked too, with their messages' first words alone under them)
            cells_before = before is not None and re.search(r"[A-Za-z0-9]{3}", before.text)
            one_column = below is not None and (below.row in page.columns or stacked and bool(cells_before)
                                                or _beside_a_cell_that_wraps_too(page, seg, below))
            if below is None or below.row != seg.row + 1 and not _only_marks_between(page, seg, below):
                break
            centre_offset = abs(below.box.left + below.box.right - seg.box.left - seg.box.right) / 2
            if below.box.top - seg.box.bottom > 0.9 * seg.height or min(
                    abs(below.box.right - seg.box.right), abs(below.box.left - seg.box.left), centre_offset) > seg.height:
                break
            line = below.text.strip(" ,")
            # A name's degrees after its comma, wrapped under it ("Zaenal Iskandar," / "S.H."), whatever its case;
            # a centred name sets its comma on the degrees' line (", S.H." under the name; the comma read as a dot).
            degree_words = below.text.strip().lstrip(",. ").split()
            degrees = (ending.rstrip().endswith(",") or below.text.lstrip()[:1] in (",", ".")
                       or _comma_before(page, below)) \
                and bool(degree_words) and all(T.DEGREE.match(w) or _ONE_DEGREE.fullmatch(w) for w in degree_words)
            if cell_ends and not degrees:
                break
            # (the degrees alone under the name also in a table's row whose other cells stand left of them: a
            # sheet's wrapped cell, "Kartika Iskandar," / "M.Si.", where the columns' header was not read)
            if cells_before and not one_column and not degrees:
                break
            case_differs = _in_capitals(cand.value) != _in_capitals(line) and not (
                _in_capitals(line) and _capitals_read_small(cand.value))
            # (a name no label vouched for takes its wrapped words too where both lines stand in one column of
            # a table, "Oki Hasibuan" / "Hidayat" in a spreadsheet's narrow cell: no sentence runs on there)
            if not (_NAME_LINE.fullmatch(line) or degrees) or (weak and not one_column or case_differs) and not degrees \
                    or headers.starts_with_label(line) or headers.is_header(below) \
                    or any(w.lower().strip(".") in T.NOT_A_PERSON or w.lower() in NAME_STOP_WORDS
                           for w in line.split()) \
                    or not degrees and not any(is_personal_word(w.strip(".,")) or w.lower().strip(".,") in place_words()
                                               for w in line.split()) \
                    or all(w.lower() in PAYMENT_METHODS for w in line.split()):
                # (words of the language only: a signature's position under the name, "Project Manager";
                # a place's word is also a family name: "JOKO PANGARIBUAN" / "TANJUNG";
                # an e-wallet's name under the payer's in a history list: "RATNA TARIGAN" / "OVO")
                break
            cand.extra.append((below, 0, len(below.text.rstrip(" ,"))))
            words += len(line.split())
            seg, ending, cell_ends = below, below.text, False


def _ends_its_cell(seg: Segment, end: int) -> bool:
    """The words after character `end` of `seg` stand a cell's gap from those before it: wider than twice the
    widest space between them and than half the line's height (the next cell of a table's row OCR read as
    one line with it)."""
    before = [w for w in seg.words if (seg.start_of(w) or 0) < end]
    after = [w for w in seg.words if (seg.start_of(w) or 0) >= end]
    if not before or not after:
        return False
    spaces = [b.box.left - a.box.right for a, b in zip(before, before[1:])]
    gap = after[0].box.left - before[-1].box.right
    return gap >= 0.5 * seg.height and gap >= 2 * max(spaces, default=0)


def _beside_a_cell_that_wraps_too(page: Page, seg: Segment, below: Segment) -> bool:
    """The cell right of `seg` goes on under itself on `below`'s row too ("Sutrisno Iskandar | 10 Des" over
    "Tarigan | 2025": a mail list's sender and date, both wrapped in a narrow column): the two lines are one
    row of cells, no sentence running on, and `below` is the rest of the name."""
    right, under = page.neighbour(seg, "right"), page.neighbour(below, "right")
    return (right is not None and under is not None and under.row == below.row
            and abs(under.box.left - right.box.left) <= 0.8 * max(right.height, 1)
            and 0 <= under.box.top - right.box.bottom <= 1.2 * max(right.height, 1))


def _in_a_column_of_names(cand: Candidate, names: list[Candidate],
                          edges: dict[tuple[int, int, int], float | None]) -> bool:
    """Two other names or more start at `cand`'s left edge on rows of their own: it is a cell of a column of
    names (a table's, whether or not its header was read).  `edges` keeps the left edges found so far, by
    candidate and span."""
    def left(c: Candidate) -> float | None:
        key = (id(c), c.start, c.end)
        if key not in edges:
            boxes = c.segment.boxes_for(c.start, c.end)
            edges[key] = min(b.left for b in boxes) if boxes else None
        return edges[key]

    edge = left(cand)
    if edge is None:
        return False
    rows = {c.segment.row for c in names if c.segment.row != cand.segment.row
            and (x := left(c)) is not None and abs(x - edge) <= 0.6 * cand.segment.height}
    return len(rows) >= 2


def _in_another_panel(page: Page, seg: Segment, other: Segment) -> bool:
    """`other`, left of the line under `seg`, ends left of the label beside `seg` ("Reporter | Umar Ramadhan"
    / "Wardhana", the ticket's own panel further left): a panel of its own, no cell of the name's row."""
    label = page.neighbour(seg, "left")
    return label is not None and other.box.right < label.box.left


# A long number printed in groups ("9387-56-221634-37-1", a BRI account) that a narrow screen wrapped:
# its last groups stand alone at the start of the next line.  A time there ("12.30") is a message's own.
_DIGIT_GROUPS = re.compile(r"\d{2,6}(?:[-. ]\d{1,6}){1,5}")
_NUMBER_TAIL = re.compile(r"\d{1,4}(?:[-.]\d{1,4}){0,2}")
TAIL_DIGITS = 6


def number_tails(page: Page, candidates: list[Candidate]) -> None:
    """A number in digit groups that ends its line takes the short run of digit groups that wrapped onto
    the next line of the same block, alone there: the rest of the number, however OCR read the hyphen at
    the break (often not at all).  Only a number read as groups: one long run is whole as it stands."""
    for cand in candidates:
        seg = cand.segment
        if cand.extra or seg.text[cand.end:].strip(" -.") or len(re.sub(r"\D", "", cand.value)) < 8 \
                or not _DIGIT_GROUPS.fullmatch(seg.text[cand.start:cand.end].strip(" -.")):
            continue
        below = page.wrapped_onto(seg)
        tail = below.text.strip(" -.") if below is not None else ""
        if not _NUMBER_TAIL.fullmatch(tail) or T.TIME_TOKEN.match(tail) or len(re.sub(r"\D", "", tail)) > TAIL_DIGITS:
            continue
        start = below.text.index(tail)
        cand.extra.append((below, start, start + len(tail)))


# A word that starts this close after a secret's last word (in the taller one's heights), or inside its box, is
# the rest of the same token: OCR cut it at a character it did not read ("Merapi_2018!" read "Merapi" and
# "2018!" boxed over each other).  A word space is 0.25-0.35 of a line's height.
GLUED = 0.2
_TOKEN_REST = re.compile(r"[^\s/]*[\d!@#$%^&*+=?~_][^\s/]*")


def glued_secret_rests(candidates: list[Candidate]) -> None:
    """A secret (a password, a key) ending at a word's end takes the next words glued to it with no space:
    the rest of the token, holding a digit or a symbol, that OCR read as words of their own."""
    for cand in candidates:
        if cand.category != "credential" or cand.extra:
            continue
        seg = cand.segment
        while (at := seg.word_at(cand.end - 1)) is not None and at[1] == cand.end:
            after = seg.word_at(cand.end + 1)
            if after is None or after[0] != cand.end + 1 or not _TOKEN_REST.fullmatch(after[2].text) \
                    or after[2].box.left - at[2].box.right > GLUED * max(at[2].box.height, after[2].box.height):
                break
            cand.end = after[1]
            cand.value = seg.text[cand.start:cand.end]


def _comma_before(page: Page, seg: Segment) -> bool:
    """A comma read on its own right before `seg`: set low on the line, OCR sorts it onto a row of its own."""
    return any(other.text.strip() in (",", ".") and other.box.right <= seg.box.left
               and seg.box.left - other.box.right <= seg.height
               and other.box.top < seg.box.bottom and other.box.bottom > seg.box.top
               for row in page.rows[max(0, seg.row - 1):seg.row + 2] for other in row.segments)


def _text_under(page: Page, seg, after: int):  # noqa: ANN001, ANN202 (Segments)
    """The first segment holding a letter or a digit under `seg` on the two rows after row `after`."""
    for row in page.rows[after + 1:after + 3]:
        for other in row.segments:
            if min(other.box.right, seg.box.right) > max(other.box.left, seg.box.left) \
                    and re.search(r"[A-Za-z0-9]", other.text):
                return other
    return None


def _only_marks_between(page: Page, seg, below) -> bool:  # noqa: ANN001 (Segments)
    """The rows between `seg` and `below` hold only marks OCR made of an icon ("(N", "O", "@") or text
    beside the name's column (an amount, a time), none of it under the name.  In a table, the cells of
    its other columns may hold words too: a row's date and role, set at the middle of a name wrapped over
    two lines ("Indah Hasibuan," / "S.Kom."), sort between the name's lines.  So may a side menu's item left
    of the name's label, in a panel of its own ("Persetujuan" beside "Nama | Sutrisno" / "Ramadhan")."""
    column = page.columns.get(seg.row, {}).get(seg.index)
    for row in page.rows[seg.row + 1:below.row]:
        for other in row.segments:
            overlaps = min(other.box.right, seg.box.right) > max(other.box.left, seg.box.left)
            elsewhere = column is not None and page.columns.get(row.index, {}).get(other.index) not in (None, column) \
                or _in_another_panel(page, seg, other)
            if overlaps and re.search(r"[A-Za-z0-9]", other.text) or re.search(r"[A-Za-z]{3}", other.text) and not elsewhere:
                return False
    return True


# (OCR reads an O in capitals as 0: "EK0 TANJUNG")
_HOLDER_LINE = re.compile(r"[A-Z][A-Za-z0'’.-]+(?: [A-Z][A-Za-z0'’.-]+){1,3}")
# "… 4308036658 a.n." / "EKO TANJUNG": "atas nama" (in the name of) after the number says the next line
# is its holder's name.
_ON_BEHALF = re.compile(r"(?i)a\s?\.?\s?n\s?\.?|a/n|atas\s+nama")


def account_holders(page: Page, candidates: list[Candidate]) -> list[Candidate]:
    """The account holder's name on the line under a bank account number that ends its line, in the
    same block of running text ("Transfer ke Mandiri 4308…" / "EKO TANJUNG"): two to four capitalised
    words alone on that line, one of them a name rather than a word of the language (unless "a.n.",
    "in the name of", ends the number's line), none a word that opens a message or names an office, a
    bank or a place ("Terima Kasih", "Bank Mandiri")."""
    out = []
    for cand in candidates:
        if cand.category != "bank_account" or cand.recognizer.endswith("_repeat"):
            continue
        seg, end = cand.segment, cand.end
        if cand.extra:
            seg, _, end = cand.extra[-1]
        tail = seg.text[end:].strip(" ,)")
        named = bool(_ON_BEHALF.fullmatch(tail))
        if tail.strip(".") and not named:
            out.extend(_holder_after(page, seg, end, tail))
            continue
        below = page.wrapped_onto(seg)
        if below is None:
            continue
        line = below.text.strip(" ,.")
        words = [w.strip(".,") for w in line.split()]
        if not _HOLDER_LINE.fullmatch(line) or not (named or any(is_personal_word(w) for w in words)) \
                or any(w.lower() in T.NOT_A_PERSON or w.lower() in NAME_STOP_WORDS for w in words):
            continue
        start = below.text.index(line)
        out.append(Candidate("person_name", below, start, start + len(line), 0.7, "account_holder", line))
    return out


# The words after an account number that may be its holder's name: one to four words in capitals or
# capitalised, nothing after them on the line.
_HOLDER_TAIL = re.compile(r"[A-Z][A-Za-z0'’.-]*(?: [A-Z][A-Za-z0'’.-]*){0,3}")


def _holder_after(page: Page, seg: Segment, end: int, tail: str) -> list[Candidate]:
    """The holder's name right after an account number on its line, as an account statement (mutasi
    rekening) prints the other party: "TRSF E-BANKING DB BNI 6390106947 AGNES LUMBANTOBING", "TRF BIFAST DARI
    MANDIRI 2562252044491 GALIH" with the family name wrapped onto the next line of its cell.  The tail must
    be in capitals (a name a bank prints) or be two capitalised words or more, and read as a name as
    `account_holders` judges one; a word wrapped under it at the cell's left edge joins the name when it is
    a name's word too."""
    if not _HOLDER_TAIL.fullmatch(tail) or not (_in_capitals(tail) or len(tail.split()) >= 2):
        return []
    words = [w.strip(".,") for w in tail.split()]
    below = page.next_line(seg)
    more = []
    if below is not None and len(words) < 4:
        rest = below.text.strip(" ,.")
        if _HOLDER_TAIL.fullmatch(rest) and _in_capitals(rest) == _in_capitals(tail) \
                and len(words) + len(rest.split()) <= 5:
            more = [w.strip(".,") for w in rest.split()]
    every = words + more
    if len(every) < 2 or not any(is_personal_word(w) for w in every) \
            or any(w.lower() in T.NOT_A_PERSON or w.lower() in NAME_STOP_WORDS for w in every):
        return []
    start = seg.text.index(tail, end)
    out = [Candidate("person_name", seg, start, start + len(tail), 0.7, "account_holder", tail)]
    if more:
        rest = below.text.strip(" ,.")
        begin = below.text.index(rest)
        out.append(Candidate("person_name", below, begin, begin + len(rest), 0.7, "account_holder", rest))
    return out


def holders_above(page: Page, candidates: list[Candidate]) -> list[Candidate]:
    """The account holder's name in capitals on the line right over an account number that stands alone
    on its line, or after its bank's name (a transfer proof's "OKI PURBA" / "Mandiri - 1320012345678", a
    passbook's or a card's holder over the number, an e-wallet's owner over the phone number that is its
    account): two to four words alone on that line, at the same left edge, none a bank's, an office's or
    a label's word, and one of them no word of the language."""
    out = []
    for cand in candidates:
        if cand.category not in ("bank_account", "card_number", "phone") or cand.recognizer.endswith("_repeat") or cand.extra:
            continue
        seg = cand.segment
        before, after = seg.text[:cand.start], seg.text[cand.end:]
        first = seg  # the line's first cell: the bank's name may stand apart ("Mandiri" | "-" | "1320…")
        while (left := page.neighbour(first, "left")) is not None:
            before, first = left.text + " " + before, left
        # (the avatar's circle beside the lines, read as a scrap that opens the line: "ND BANK MANDIRI • 8740…")
        scraps = [w for w in itertools.takewhile(_a_scrap_of_a_circle, first.words)]
        if scraps and first is seg and seg.start_of(scraps[-1]) < cand.start:
            before = seg.text[seg.start_of(scraps[-1]) + len(scraps[-1].text):cand.start]
        if after.strip(" .,") or T.TIME_OR_NUMBER.search(before) or len(before.split()) > 3 \
                or page.neighbour(seg, "right") is not None:
            continue  # the number inside a sentence or a table row
        over = _line_over(page, first)
        if over is None or _beside_more_than_an_avatar(page, over[0]) or page.neighbour(over[0], "right") is not None:
            continue
        above, begin = over
        line = above.text[begin:].strip(" ,.|")
        read = T.without_stray_colons(line)
        words = [w.strip(".,") for w in read.split()]
        if not _HOLDER_LINE.fullmatch(" ".join(read.split())) or not _in_capitals(line) \
                or any(w.lower() in NAME_STOP_WORDS for w in words) or not could_be_a_name(read):
            continue
        start = above.text.index(line, begin)
        out.append(Candidate("person_name", above, start, start + len(line), 0.7, "account_holder_above", line))
    return out


# An account number as a transfer proof prints it alone on its line: one run of 10-16 digits, or groups of
# three to four digits kept apart by one kind of separator ("1234 5678 90", "123-456-7890"), or BRI's own
# grouping of its 15 digits ("0123-01-012345-50-1").  Dots and commas are left out: they separate thousands
# in an amount.
_ACCOUNT_SHAPE = re.compile(r"\d{10,16}|\d{3,4}([ -])\d{3,4}(?:\1\d{2,4}){1,3}|\d{4}-\d{2}-\d{6}-\d{2}-\d")
_ACCOUNT_DIGITS = range(10, 17)


def accounts_under_holders(page: Page, candidates: list[Candidate], bank_words: re.Pattern | None) -> list[Candidate]:
    """An account number with no bank's name before it, alone on its line under its holder's name (a
    transfer proof, an e-wallet's linked account: "SITI RAHMAWATI" / "1234 5678 90"), on a page that
    names a bank or a transfer somewhere (its logo's word, "Transfer Berhasil").  The line above must
    hold a name and nothing else (see `_holder_over`); the number nothing but the digits of an account,
    not yet found as anything else.  The number and its holder are both covered."""
    if bank_words is None or not any(bank_words.search(seg.text) for row in page.rows for seg in row.segments):
        return []
    taken = {id(c.segment) for c in candidates}
    out = []
    for row in page.rows:
        if len(row.segments) != 1:
            continue  # a table's row or a line with more beside the number
        seg = row.segments[0]
        body = seg.norm.strip(" .,|")  # (with OCR's look-alikes read as digits: "1234 5678 9O")
        if id(seg) in taken or not _ACCOUNT_SHAPE.fullmatch(body) or len(re.sub(r"\D", "", body)) not in _ACCOUNT_DIGITS:
            continue
        holder = _holder_over(page, seg)
        if holder is None:
            continue
        start = seg.norm.index(body)
        out.append(Candidate("bank_account", seg, start, start + len(body), 0.7, "account_under_holder",
                             re.sub(r"\D", "", body)))
        out.append(holder)
    return out


def _holder_over(page: Page, seg: Segment) -> Candidate | None:
    """The name alone on the line right over `seg`, at its left edge: two to four words in capitals that
    could be a name, or capitalised words one of which is a name rather than a word of the language;
    never a label's, a bank's, an office's or a heading's words ("REKENING TUJUAN", "Transfer Berhasil")."""
    over = _line_over(page, seg)
    if over is None or len(page.rows[over[0].row].segments) != 1:
        return None
    above, begin = over
    line = above.text[begin:].strip(" ,.|")
    read = " ".join(T.without_stray_colons(line).split())
    if _in_capitals(line):
        read = read.translate(TO_CAPITALS)  # a name holds no digits: "S1TI" is "SITI"
    words = [w.strip(".,") for w in read.split()]
    if not _HOLDER_LINE.fullmatch(read) or any(w.lower() in NAME_STOP_WORDS or w.lower() in T.NOT_A_PERSON
                                               for w in words):
        return None
    if not (could_be_a_name(read) if _in_capitals(line) else has_a_name(read) and could_be_a_name(read)):
        return None
    start = above.text.index(line, begin)
    return Candidate("person_name", above, start, start + len(line), 0.7, "account_holder_above", line)


# What OCR reads off an avatar's circle before a holder's name: its initials ("PF"), the circle's edges
# read as brackets ("( PF )"), or a scrap ("(su").
_INITIALS = re.compile(r"[^\w\s]{0,2}[A-Za-z]{0,2}[^\w\s]{0,2}")


def _line_over(page: Page, seg: Segment) -> tuple[Segment, int] | None:
    """The text on the row right over `seg`, no header, within a line and a half of it and at its left edge
    (where a holder's name stands over an account number), and where in it that text begins: after an
    avatar's initials that OCR read into the line, left of that edge."""
    # The line's own text may open after a scrap OCR made of the same avatar's circle ("NC ShopeePay • +62…").
    left = next((w.box.left for w in seg.words if not _a_scrap_of_a_circle(w)), seg.box.left)
    above, rows_up = page.neighbour(seg, "above"), 1
    if (above is not None and above.row == seg.row - 1 and above.box.right <= left
            and not any(ch.isalnum() for ch in above.text)):
        # the circle's edge read as a mark on a row of its own between the two lines ("("): the line over it
        above = next((s for s in page.rows[seg.row - 2].segments if s.box.right > left), None) if seg.row >= 2 else None
        rows_up = 2
    if above is None or above.row != seg.row - rows_up or page.header_of(above) is not None:
        return None
    beside = page.neighbour(above, "right")
    if beside is not None and _INITIALS.fullmatch(above.text.strip()):
        above = beside  # the initials read as a cell of their own ("LS" | "LESTARI SITORUS PRATAMA")
    height = max(seg.height, above.height)
    if seg.box.top - above.box.bottom > 1.5 * height:
        return None
    begin = 0
    for word in above.words:
        text = word.text.strip()
        if _INITIALS.fullmatch(text) and (word.box.right <= left - 0.5 * height
                                          or not any(ch.isalnum() for ch in text)):
            begin = above.start_of(word) + len(word.text)
            continue
        return (above, begin) if abs(word.box.left - left) <= height else None
    return None


def _a_scrap_of_a_circle(word) -> bool:  # noqa: ANN001 - an OCR word
    return word.conf < SCRAP_CONFIDENCE and bool(_INITIALS.fullmatch(word.text.strip()))


def _beside_more_than_an_avatar(page: Page, seg: Segment) -> bool:
    """Something stands left of `seg` on its line other than an avatar's initials read as a cell of their own."""
    left = page.neighbour(seg, "left")
    return left is not None and not (_INITIALS.fullmatch(left.text.strip()) and page.neighbour(left, "left") is None)


def _in_capitals(text: str) -> bool:
    """Written in capitals, allowing a letter OCR read small ("SUSANTl")."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


# Small letters shaped like their capitals: in a large bold font OCR reads "JOKO" as "Joko".
_SMALL_LIKE_CAPITALS = frozenset("ckopsuvwxz")


def _capitals_read_small(text: str) -> bool:
    """A word in capitals that OCR may have read in small letters: its small letters are all shaped
    like their capitals ("Joko" for JOKO; not "Budi", whose d and i differ)."""
    small = [ch for ch in text if ch.isalpha() and ch.islower()]
    return bool(small) and all(ch in _SMALL_LIKE_CAPITALS for ch in small)


def _lookalike(key: str) -> str:
    return "".join(lookalike_class(ch) for ch in key)


def system_name_echoes(page: Page, candidates: list[Candidate]) -> list[Candidate]:
    """A system named once on the page is covered where OCR damaged its prefix: the browser tab's
    "¢-Presensi" or "--SPPD" once the header says e-Presensi or e-SPPD.  Only a hyphenated piece counts,
    so the ordinary word "Presensi" in a menu stays visible; a name in capitals counts where it stands again
    in the same capitals ("SIMPEL" in the tab, then alone on the app's bar), not in small letters."""
    keys = set()
    capitals = set()
    for cand in candidates:
        if cand.category == "internal_system":
            key = re.sub(r"[^a-z0-9]", "", cand.value.lower())
            key = key[1:] if re.match(r"(?i)e\W", cand.value.strip()) else key
            if len(key) >= 4:
                keys.add(key)
            if re.fullmatch(r"[A-Z]{4,}", cand.value.strip()):
                capitals.add(cand.value.strip())
    if not keys:
        return []
    # (OCR reads "e-" in a small tab title as "«" or "¢", and a round o as 0: "(«Presensi", "-0ffice")
    looks = "|".join(_lookalike(k) for k in sorted(keys, key=len, reverse=True))
    pattern = re.compile(r"(?<![A-Za-z0-9])\S{0,2}[-–«»¢]\s?(?:" + looks + r")(?![A-Za-z0-9])", re.IGNORECASE)
    # ... and where its name opens an identifier of its own: a database, a client id, a bucket
    # ("DB_DATABASE=simpeg_prod", "simpeg-timur-172"); the settings say which system runs there.
    # OCR reads a setting's "=" as "-z" or "=z" and its underscore as a space ("DB DATABASE-zsimpeg prod").
    identifier = re.compile(r"(?<![A-Za-z0-9])(?P<value>(?:" + looks + r")[_-][A-Za-z0-9_-]*[A-Za-z0-9])"
                            r"|(?-i:[A-Z][A-Z0-9_]+)\s?(?:=z?|-z|:)\s?(?P<setting>(?:" + looks + r")(?:[_-][A-Za-z0-9]+)*(?:\s[a-z0-9]+)?)"
                            r"(?![A-Za-z0-9])", re.IGNORECASE)
    # ... and a name spelled in capitals ("SIMPEL", an ordinary word too) wherever it stands again as written:
    # the app's own header over its menu, read as a row of its own, is the system the tab named.
    spelled = re.compile(r"(?<![\w@./-])(?:" + "|".join(re.escape(c) for c in sorted(capitals, key=len, reverse=True))
                         + r")(?![\w@])") if capitals else None
    out = []
    for row in page.rows:
        for seg in row.segments:
            for m in spelled.finditer(seg.text) if spelled is not None else ():
                out.append(Candidate("internal_system", seg, m.start(), m.end(), 0.6, "internal_system_echo",
                                     m.group()))
            for m in pattern.finditer(seg.text):
                out.append(Candidate("internal_system", seg, m.start(), m.end(), 0.6, "internal_system_echo",
                                     m.group()))
            for m in identifier.finditer(seg.text):
                group = "value" if m.group("value") else "setting"
                out.append(Candidate("internal_system", seg, m.start(group), m.end(group), 0.6,
                                     "internal_system_echo", m.group(group)))
    return out


def _spaced(value: str) -> str:
    return " ".join(value.split())


def _name_part_repeats(page: Page, candidates: list[Candidate]) -> list[Candidate]:
    """A person named in full once ("I'm Alex Rivera", "Nama: Budi Santoso") is then called by one of
    the names alone ("Hi Alex", "Pak Budi"): cover those words too, capitalised and whole.

    Names a label vouched for count (score >= 0.7).  A capitalised run found without a label may be a
    heading, and its words would spread over the page; it counts only when found whole in two places or
    more (a chat's sender over two messages and in the list of direct messages: "Got it Casey!"), and
    then only its words that are given or family names, not words of the language.
    """
    unlabelled = Counter(_spaced(c.value) for c in candidates
                         if c.category == "person_name" and c.score < 0.7 and not c.recognizer.endswith("_repeat"))
    parts: dict[str, Candidate] = {}
    for cand in candidates:
        if cand.category != "person_name" or cand.recognizer.endswith("_repeat"):
            continue
        vouched = cand.score >= 0.7
        if not vouched and unlabelled[_spaced(cand.value)] < 2:
            continue
        for token in re.findall(r"[A-Z][a-z'’-]{2,}|[A-Z]{3,}", cand.value):
            if token.lower() not in NAME_STOP_WORDS and token.lower() not in T.NOT_A_PERSON \
                    and not T.TITLE.match(token) and (vouched or is_personal_word(token)):
                parts.setdefault(token, cand)
    if not parts:
        return []
    # The possessive is the same person ("John's phone number").
    pattern = re.compile(r"(?<![\w'’-])(?P<name>" + "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
                         + r")(?:['’]s)?(?![\w'’-])")
    out = []
    for row in page.rows:
        for seg in row.segments:
            for m in pattern.finditer(seg.text):
                source = parts[m.group("name")]
                if seg is source.segment and source.start <= m.start() < source.end:
                    continue
                out.append(Candidate("person_name", seg, m.start(), m.end(), source.score * 0.9,
                                     source.recognizer + "_part_repeat", m.group()))
    return out


def dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """Drop candidates contained in a stronger one on the same segment; merge same-category overlaps."""
    out: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), -c.score)):
        keep = True
        for other in out:
            if other.segment is not cand.segment:
                continue
            if other.start <= cand.start and cand.end <= other.end:
                if other.category == cand.category or other.score >= cand.score:
                    if other.category == cand.category:  # its pieces on other lines (a wrapped token) stay
                        other.extra.extend(part for part in cand.extra if part not in other.extra)
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


def _snap_to_words(seg: Segment, start: int, end: int, a_name: bool = False) -> tuple[int, int]:
    """Widen a match to whole OCR words when it covers most of a word, so no edge glyph leaks.  A person's
    name (`a_name`) is not widened over a file name's other pieces set off by an underscore or a
    hyphen, nor over its extension ("Ijazah-" and ".png" of "Ijazah-Nurul-Sembiring.png"): the mark between
    is no glyph of the name, and the cover's edge grows to the ink it cuts (`ink.widen_to_ink`)."""
    for w_start, w_end, _ in seg._spans:
        if w_end <= start or w_start >= end:
            continue
        word = seg.text[w_start:w_end]
        covered = min(end, w_end) - max(start, w_start)
        before, after = word[:max(0, start - w_start)], word[max(0, end - w_start):]
        rest = before + after
        if not re.search(r"[A-Za-z0-9]", rest) or covered >= 0.6 * len(word):
            if not (a_name and before[-1:] in ("_", "-") and re.search(r"[A-Za-z]", before)):
                start = min(start, w_start)
            if not (a_name and (after[:1] in ("_", "-") and re.search(r"[A-Za-z0-9]", after)
                                        or _FILE_EXTENSION.fullmatch(after))):
                end = max(end, w_end)
    return start, end


# A file's extension, as a file name ends ("….pdf", "….JPG").
_FILE_EXTENSION = re.compile(r"(?i)\.(?:" + "|".join(map(re.escape, words("values", "file_extensions"))) + r")")


def number_key(text: str) -> str:
    """The digits of a phone-like number, with the country code +62 read as the trunk 0."""
    digits = re.sub(r"\D", "", text)
    return "0" + digits[2:] if digits.startswith("62") and len(digits) >= 9 else digits


def to_findings(candidates: list[Candidate],
                left_visible: Callable[[Candidate], bool] = lambda _cand: False) -> list[Finding]:
    findings = []
    for cand in candidates:
        start, end = _snap_to_words(cand.segment, cand.start, cand.end, cand.category == "person_name")
        boxes = list(cand.segment.boxes_for(start, end))
        for seg, s, e in cand.extra:
            boxes.extend(seg.boxes_for(s, e))
        value = _value_in_text_order(cand, start, end) if cand.extra else cand.value
        if not boxes:
            continue
        label = category(cand.category).label
        findings.append(Finding(category=cand.category, boxes=tuple(boxes), score=round(cand.score, 3),
                                preview=preview(label, value), detector=cand.recognizer,
                                enabled=not left_visible(cand)))
    findings.sort(key=lambda f: (f.bounds.top, f.bounds.left))
    return findings


# A piece ending so ("0812-" / "3456", "Garuda_" / "2019") or one opening so goes on without a space; so
# does a word ending in a dot ("siti.rahmawati." / "kusuma@…"), where a line of words ("No. 5.") does not.
_JOINS_ON = ("_", "-", "@", "/", "=")


def _value_in_text_order(cand: Candidate, start: int, end: int) -> str:
    """A value found in pieces (its start on the line above, its end wrapped below, a cell further on),
    read as the text runs: line by line, left to right, so its masked preview reads as the value does.
    An e-mail address has no spaces: its pieces are one word."""
    pieces = sorted([(cand.segment, start, end), *cand.extra], key=lambda p: (p[0].row, p[0].box.left, p[1]))
    value, last = "", ""
    for seg, s, e in pieces:
        text = seg.text[s:e].strip()
        if not text:
            continue
        glued = (not value or cand.category == "email" or value.endswith(_JOINS_ON) or text.startswith(("@", "."))
                 or (last.endswith(".") and " " not in last))
        value += text if glued else " " + text
        last = text
    return value
