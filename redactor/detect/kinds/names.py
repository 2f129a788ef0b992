"""`kind = "names"`: capitalised runs of two or more words that are not all ordinary words, read as a
person's name; the word lists that tell a name from a heading, a greeting or an office."""
from __future__ import annotations

import re

from .. import text as T
from ..labels import after_place_kind, after_street_word, after_thing_label, is_item_header, is_thing_column
from ..layout import Segment
from ..lexicon import (is_brand_word, is_indonesian_word, is_ordinary_word, is_root, looks_like_name_word,
                       given_names, misread_capital_i, name_words, place_words, thin_stroke_readings, words)
from ..page import Candidate, Page
from ..recognizer import Recognizer
from ..tables import is_other_header
from .base import EachRecognizer

_NAME_RUN = re.compile(  # (never from inside a hyphenated word: "e-Lakip Beranda" is a system and a menu)
    r"(?<![A-Za-z0-9-])(?:(?:Prof|Dr|dr|Drs|Dra|Ir|H|Hj|KH|drg)\.\s?)*"
    r"(?:[A-Z][a-z'’`-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’`-]+|[A-Z]\.|bin|binti))+"
    # (a degree's last letters end at a word's end: "S.T. Keluar" is a degree and a button, not "S.T. Kelu")
    r"(?:,?\s*(?:[A-Z][a-z]{0,3}\.\s?){1,3}[A-Za-z]{0,4}(?![A-Za-z])\.?)*")
NAME_TOKEN = re.compile(r"[A-Z][a-z'’`-]+")
# A whole word after a run's degrees, not a degree's own part ("Sos" of "S.Sos."): a space before it.
_WORD_AFTER = re.compile(r"(?<=\s)[A-Z][a-z'’`-]+(?![.A-Za-z])")


# Words that open a sentence or a menu, greetings, offices and jobs: never the edge of a name.
NAME_STOP_WORDS = frozenset(words("names", "stop_words"))


# The last word of an organisation's or a product's name ("Contoso Payroll"): the run is no one's.
ORGANISATION_ENDINGS = frozenset(words("names", "organisation_endings"))


# Holidays and greetings: the most posted images of all, and no names.
NOT_A_NAME_PHRASE = re.compile(r"(?i)\b(?:" + "|".join(words("names", "not_name_phrases")) + r")\b")


class NameRunFinder(EachRecognizer):
    kinds = ("names",)

    def vouched_for(self, cand: Candidate) -> bool:
        """A video call's chat sender line vouches for its sender as a label would ("From … to Everyone"), also
        where the label was misread and left out of the name ("Dati Ardisngiyah Pangaribuan: … ke Semua")."""
        return sent_by(cand.segment.text, cand.start, cand.end)

    def find(self, page: Page, seg: Segment, rec: Recognizer) -> list[Candidate]:
        header = page.header_of(seg)
        if header is not None and is_other_header(header.text):
            return []  # a job, a status or an action under its own column header
        if is_thing_column(seg.text) or in_thing_column(page, seg):
            return []  # the header "Item Name" ("Iten Nane" as OCR reads it); "Frisian Flag" under it
        if seg.row in page.header_rows and any(r.label_regex.fullmatch(seg.text.strip(" :.|")) for r in self.headers.recs):
            return []  # a caption heading its column ("Diagnosa Utama", a word of it a name's): a label, no one
        return [c for c in _name_runs(seg, rec, self.not_names) + _small_first_capital(seg, rec, self.not_names)
                if not after_thing_label(seg.text, c.start) and not after_street_word(seg.text[:c.start])
                and not after_place_kind(seg.text[:c.start]) and not after_establishment(seg.text[:c.start])
                and not (not seg.text[:c.start].strip() and _street_word_ends_line_above(page, seg))]


# A given name whose capital OCR read small ("rina Kurniasih", "Nama: siti Rahmawati"), opening its line or
# right after a label's colon, before one to three capitalised words.
_SMALL_FIRST = re.compile(r"(?:^|(?<=:)|(?<=:\s))\s*([a-z][a-z'’-]{2,})((?:\s+[A-Z][a-z'’`-]+){1,3})")


def _small_first_capital(seg: Segment, rec: Recognizer, not_names: frozenset[str]) -> list[Candidate]:
    """The name whose first letter OCR read small: a given name on the lists (not a word that opens a
    sentence), followed by capitalised words one of which is no word of the language."""
    m = _SMALL_FIRST.search(seg.text)
    if m is None:
        return []
    first, rest = m.group(1), m.group(2).split()
    if first in NAME_STOP_WORDS or first in not_names or not (first in name_words() or first in given_names()):
        return []
    if any(w.lower() in NAME_STOP_WORDS or w.lower() in not_names or w.lower() in INTERFACE_WORDS for w in rest) \
            or not any((looks_like_name_word(w) or is_personal_word(w)) and not _only_a_place(w) for w in rest) \
            or names_an_organisation([first, *rest]):
        return []
    return [Candidate(rec.category, seg, m.start(1), m.end(2), rec.score, rec.id, seg.text[m.start(1):m.end(2)])]


def _street_word_ends_line_above(page: Page, seg: Segment) -> bool:
    """The sentence wrapped after a street's kind ("… dan Jl." / "Gatot Subroto mulai 8 Desember"): the
    words opening this line name the street."""
    above = page.neighbour(seg, "above")
    return above is not None and page.wrapped_onto(above) is seg and after_street_word(above.text.rstrip(" ,"))


def in_thing_column(page: Page, seg: Segment, depth: int = 40) -> bool:
    """`seg` stands in a column headed by "Item", "Nama Barang"...: walk up the column to its head,
    over the lines of the list (a receipt's lines may stand far apart), stopping at a wide gap."""
    if page.has_thing_column is None:  # most pages have no such column: looked for once per page
        page.has_thing_column = any(is_thing_column(other.text) for row in page.rows for other in row.segments) \
            or any(is_item_header(_row_text(row)) for row in page.rows)
    if not page.has_thing_column:
        return False
    box, height = seg.box, seg.height
    for index in range(seg.row - 1, max(-1, seg.row - 1 - depth), -1):
        above = [o for o in page.rows[index].segments
                 if min(o.box.right, box.right) > max(o.box.left, box.left) or abs(o.box.left - box.left) < 2 * height]
        if not above:
            continue
        nearest = min(above, key=lambda o: abs(o.box.left - box.left))
        if box.top - nearest.box.bottom > 4 * max(height, nearest.height):
            return False
        if is_thing_column(nearest.text) or is_item_header(_row_text(page.rows[index])):
            return True  # its header cell, or a header row of prices and quantities ("(am Name | aty | Price")
        box, height = nearest.box, nearest.height
    return False


def _row_text(row) -> str:  # noqa: ANN001 - a page's Row
    return " ".join(s.text for s in row.segments)


def _name_runs(seg: Segment, rec: Recognizer, not_names: frozenset[str] = frozenset()) -> list[Candidate]:
    """Capitalised runs of two or more words that are not all ordinary words: a person's name."""
    out = []
    for m in _NAME_RUN.finditer(seg.text):
        runs = _runs_apart(list(NAME_TOKEN.finditer(m.group())), not_names)
        for k, tokens in enumerate(runs):
            cand = _name_run(seg, rec, m, tokens, not_names, last=k == len(runs) - 1)
            if cand is not None:
                out.append(cand)
    return out


_STREET_KINDS = frozenset(w.lower() for w in words("values", "street_kinds"))
# A place people go ("Klinik", "Toko"): the capitalised words right after it are its own name.
ESTABLISHMENTS = frozenset(words("names", "establishments"))
# An office before such a place ("Kepala Puskesmas Budi Santoso"): the words after it name its holder.
_OFFICES_BEFORE_PLACE = frozenset(words("labels", "office_before_place"))
# A program's buttons and menus ("Tambah", "Ekspor Excel"): never inside a name.
INTERFACE_WORDS = frozenset(words("names", "interface_words"))


def after_establishment(text: str) -> bool:
    """`text` ends with a place people go written in capitals, which a name run never holds ("RSUD Dr.
    Pirngadi", "RS Islam Sultan Agung"): the words after it name the place, unless an office stands
    before it ("Kepala RSUD …")."""
    before = text.split()
    if not before or not before[-1].isupper() or not is_establishment(before[-1].strip(".,:")):
        return False
    return len(before) < 2 or before[-2].lower().strip(".,:") not in _OFFICES_BEFORE_PLACE


def is_establishment(word: str) -> bool:
    """A place people go ("klinik"), also with one thin letter misread ("Klinlk")."""
    lower = word.lower()
    return lower in ESTABLISHMENTS or (len(lower) >= 5 and any(v in ESTABLISHMENTS for v in thin_stroke_readings(lower)))


def _runs_apart(tokens: list, not_names: frozenset[str]) -> list[list]:
    """A run broken at a word that is never part of a name ("Penduduk Desa Sukamaju": a heading, a
    village; "Kepala Desa Budi Santoso": an office, then a name; "Deli Serdang, Jl. Ahmad Yani": a
    region, then a street; "Maklumat Pelayanan": a menu of the language; "Ga Ie Ekspor Exel": a toolbar
    OCR garbled).  The words right after a place people go name that place ("Klinik Pratama Sehat
    Bersama"), so they are dropped, unless an office stands before it ("Kepala Puskesmas …")."""
    runs: list[list] = [[]]
    named_place = False  # the words being gathered name the place before them
    previous = ""
    for token in tokens:
        word = token.group().lower()
        # (a derived word of the language is never part of a name: "Maklumat | Pelayanan" is a menu, and
        # "Info Kehilangan | Tasikmalaya Dodo Napitupulu" a heading, then a name)
        place = is_establishment(word) or is_establishment(f"{previous} {word}")  # "Rumah Makan"
        if (word in not_names or word in _STREET_KINDS or word in INTERFACE_WORDS or place
                or _derived_word(token.group())):
            if named_place:
                runs[-1] = []
            named_place = place and previous not in _OFFICES_BEFORE_PLACE
            runs.append([])
        else:
            runs[-1].append(token)
        previous = word
    if named_place:
        runs[-1] = []
    return [run for run in runs if run]


def _name_run(seg: Segment, rec: Recognizer, m: re.Match, tokens: list, not_names: frozenset[str], *,
              last: bool) -> Candidate | None:
    """One run of capitalised words (`tokens` of the match `m`) as a name, or None."""
    # Words that open a sentence or a menu ("Konfirmasi Rahmi ...", "Data Pegawai"), and offices and
    # jobs around a name ("Kepala Subbag Budi Santoso"), are not part of it.
    def never_an_edge(token: re.Match) -> bool:
        word = token.group().lower()
        # (as read, and with an "m" OCR read as "rn": "Kecarnatan Lubuk Pakam")
        return any(w in NAME_STOP_WORDS or w in not_names for w in {word, word.replace("rn", "m")})

    while tokens and never_an_edge(tokens[0]):
        tokens.pop(0)
    while tokens and never_an_edge(tokens[-1]):
        tokens.pop()
    # A video call's chat: a sender line's "From" or "Dari" read with a letter or two wrong ("Fron Agnes
    # Suryani, S.H. to Everyone", "Dail Ayu Rahman ke Semua Orang") is the line's label, not the sender's
    # first word; the recipients ("ke Bemua Orang") are no one.
    if (len(tokens) > 2 and misread_sender_label(tokens[0].group())
            and addressed_to_recipients(seg.text[m.start() + tokens[-1].end():])):
        tokens.pop(0)
    if reads_as_recipients([t.group() for t in tokens]):
        return None
    # A region's name ("Deli Serdang", "Lubuk Pakam") is no one's: a word of a place's name does not
    # make a run a name, unless it is also a given name ("Jaya", "Bima").
    if len(tokens) < 2 or not any(looks_like_name_word(t.group()) and not _only_a_place(t.group()) for t in tokens):
        return None
    if names_an_organisation([t.group() for t in tokens]):
        return None  # an app's or a company's name in a top bar ("Fabrikam Benefits"), a town ("Bandar …")
    if NOT_A_NAME_PHRASE.search(m.group()):
        return None  # greetings and holidays are the most posted images of all
    start = m.start() + tokens[0].start()
    # The last run keeps what follows its last word (a degree: ", S.Kom.").
    whole = last and tokens[-1].end() >= len(m.group().rstrip(" ,.")) - 12
    end = m.end() if whole else m.start() + tokens[-1].end()
    if whole:
        # The degrees stay; a word standing after them does not (the sign-out button beside the signed-in
        # user: "Dimas Siregar, S.T. Keluar"), as the run was broken at it.
        word_after = _WORD_AFTER.search(m.group(), tokens[-1].end())
        if word_after:
            end = m.start() + word_after.start()
    value = seg.text[start:end].rstrip(" ,")
    return Candidate(rec.category, seg, start, start + len(value), rec.score, rec.id, value)



_SENDER_LABELS = tuple(w for w in words("names", "sender_labels") if len(w) >= 4)
_CHAT_RECIPIENTS = tuple(tuple(p.split()) for p in words("names", "chat_recipients"))
_CHAT_RECIPIENT_WORDS = frozenset(words("names", "chat_recipient_words"))
_RECIPIENT_WORDS = frozenset(w for phrase in _CHAT_RECIPIENTS for w in phrase if len(w) >= 4)


def edits(a: str, b: str) -> int:
    """How many letters must be changed, added or dropped to make `a` of `b` (Levenshtein)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _reads_as(word: str, meant: str) -> bool:
    """`word` is `meant` as OCR read it: the same, or one letter wrong in a word of four letters or more."""
    return word == meant or (len(meant) >= 4 and edits(word, meant) <= 1)


def misread_sender_label(word: str) -> bool:
    """`word` is a sender's label of a message ("From", "Dari") read with one or two letters wrong ("Fron",
    "Dail"): its first letter right, its length within one, and no given or family name ("Dani")."""
    lower = word.lower()
    if lower in _SENDER_LABELS or lower in name_words() or lower in given_names():
        return False
    return any(lower[:1] == label[0] and abs(len(lower) - len(label)) <= 1 and edits(lower, label) <= 2
               for label in _SENDER_LABELS)


def addressed_to_recipients(after: str) -> bool:
    """Within the first four words of `after` stands "to"/"ke"/"kepada" or whom a call's chat message goes to
    ("Everyone", "Semua Orang", one letter read wrong at most): `after` ends a chat's sender line."""
    found = [w.lower() for w in re.findall(r"[^\W\d_]+", after)[:4]]
    return any(w in _CHAT_RECIPIENT_WORDS or any(_reads_as(w, r) for r in _RECIPIENT_WORDS) for w in found)


def sent_by(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is the sender of a call's chat line: after its label ("From", "Dari", also misread)
    and before its recipients ("to Everyone", "ke Semua Orang")."""
    before = re.findall(r"[^\W\d_]+", text[:start])
    return (bool(before) and (before[-1].lower() in _SENDER_LABELS or misread_sender_label(before[-1]))
            and addressed_to_recipients(text[end:]))


def reads_as_recipients(words_: list[str]) -> bool:
    """The words are those of a call's chat recipients ("Semua Orang", "Bemua Orang" as OCR read it)."""
    lower = [w.lower() for w in words_]
    return any(len(phrase) == len(lower) and all(_reads_as(w, p) for w, p in zip(lower, phrase))
               for phrase in _CHAT_RECIPIENTS)


def names_an_organisation(words: list[str]) -> bool:
    """A run of capitalised words that opens with an institution's, a place's or a thing's word ("Bandar
    Puchong Jaya", "Toko Sumber Rejeki") or ends with an organisation's or a product's ("Contoso Payroll")."""
    return bool(words) and (words[0].lower().strip(".") in T.NOT_A_PERSON
                            or words[-1].lower().strip(".,") in ORGANISATION_ENDINGS)


def ends_as_an_organisation(value: str) -> bool:
    """The last word of `value` ends an organisation's or a product's name ("SHOPEE EXPRESS", "Mandiri
    Mobile"): a company, whatever label stands before it."""
    found = re.findall(r"[^\W\d_]+", value)
    return len(found) >= 2 and found[-1].lower() in ORGANISATION_ENDINGS


def _derived_word(word: str) -> bool:
    """A word built on a KBBI root with an affix ("Pelayanan", "Kepegawaian"): names are rarely made so,
    and those that are ("Permadi") are on the list of names that double as words."""
    lower = word.lower()
    return len(lower) >= 7 and lower not in name_words() and is_indonesian_word(lower) and not is_root(lower)


def _only_a_place(word: str) -> bool:
    lower = word.lower()
    return lower in place_words() and lower not in name_words()


def has_a_name(value: str) -> bool:
    """One word of `value` is a person's name rather than a word, a place or an acronym ("APBD", "BCA":
    capitals give no hint, so words under four letters and four capitals do not count).  An acronym beside
    capitalised words ("APBD Murni", "DAK Fisik") names a budget or a programme, not a person."""
    if re.search(r"\b[A-Z]{2,}\b", value) and re.search(r"\b[A-Z][a-z]", value):
        return False
    if any(is_personal_word(w) and not re.fullmatch(r"[A-Z]{4}", w) for w in re.findall(r"[A-Za-z'’]{4,}", value)):
        return True
    # A short given name beside a family name that is also a word ("Oki Purba": "purba" means ancient)
    words_ = re.findall(r"[A-Za-z'’]+", value)
    return len(words_) >= 2 and any(re.fullmatch(r"[A-Z][a-z]{2}", w) and short_given_name(w) for w in words_)


def is_personal_word(word: str) -> bool:
    """A given name or family name rather than a word of the language or a place."""
    lower = word.lower()
    if is_brand_word(lower) or misread_capital_i(word):
        return False
    return len(lower) >= 3 and (lower in name_words() or (not is_ordinary_word(lower) and lower not in place_words()))


# Academic degrees as a name typed in small letters carries them ("s.pd.", "a.md.", "s.kom"), without their dots.
_DEGREE_KEYS = frozenset(d.lower().replace(".", "") for d in words("names", "degrees"))
_SMALL_WORD = re.compile(r"[a-z][a-z'’-]*")


def _degree_in_small_letters(token: str) -> bool:
    bare = token.strip(",")
    return "." in bare and bare.lower().replace(".", "") in _DEGREE_KEYS


_SMALL_LETTER_LABELS = tuple(words("names", "small_letter_name_labels"))
_LOGIN_LABEL = re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(map(re.escape, words("internal_url", "account_labels")))
                          + r")(?![^\W\d_])")


def vouches_for_small_letters(label: str) -> bool:
    """`label` ("Nama Lengkap", "a.n.") may stand before a name typed in small letters (`name_in_small_letters`)."""
    lower = " ".join(label.lower().strip(" :").split())
    return (any(lower == opening or lower.startswith(opening + " ") for opening in _SMALL_LETTER_LABELS)
            and _LOGIN_LABEL.search(lower) is None)


def name_in_small_letters(value: str) -> int:
    """Length of the leading part of `value` that is a name typed in small letters, as people type their own
    in a chat or a form ("budi santoso", "teguh wijayanti, s.pd.", "yohana br sitepu"), or 0.

    Only where a label or a column of names vouches for it: small letters say nothing of a name by
    themselves.  Up to five words, ending at the last that is a name or no word of the language ("muhammad",
    a word of the dictionary, opens "muhammad rizki"; "siti aminah ya kak" ends at "aminah"), with the degrees
    after it; one at least reads as a given or a family name (see `could_be_a_name`), so "sesuai ktp", "admin"
    or "saya sendiri" after "Nama:" are no one's name."""
    end, words_, sure = 0, 0, False
    comma = False  # after a name's comma come its degrees or nothing of it
    for m in re.finditer(r"[^\s,]+,?|,", value):  # (a degree glued to the comma, "wijayanti,s.pd", apart)
        token = m.group()
        bare = token.strip(",.;:")
        if token == "," and end and not comma:
            continue  # a comma set apart from the name ("teguh wijayanti , s.pd")
        if end and _degree_in_small_letters(token) and (comma or value[end:m.start()].strip() == ","):
            end, comma = m.end(), True
            continue
        if comma or not _SMALL_WORD.fullmatch(bare) or bare in T.NOT_A_PERSON or bare in NAME_STOP_WORDS:
            break
        words_ += 1
        if words_ > 5:
            break
        if bare in T.PARTICLES:
            continue  # inside the name only when a name word follows it
        if bare in name_words() or is_personal_word(bare):
            end = m.end() - (len(token) - len(token.rstrip(",.;:")))
            sure = sure or bare in name_words() or (spoken_as_a_word(bare) if len(bare) >= 4 else short_given_name(bare))
        if token[-1] in ",;:":
            comma = token.endswith(",") and end == m.end() - 1
            if not comma:
                break
    return len(value[:end].rstrip(" ,;:")) if sure else 0


def could_be_a_name(value: str) -> bool:
    """Two words or more, none an institution's or a place's, and one of them no word of the language
    ("OKI PURBA": "purba" is a word, "oki" none); a word of three letters only when shaped as a given
    name (see `short_given_name`), a longer one only when it can be said as a word ("APBD" cannot)."""
    words_ = re.findall(r"[^\W\d_]+", value)
    return (len(words_) >= 2 and not any(w.lower() in T.NOT_A_PERSON for w in words_)
            and any(is_personal_word(w) and (spoken_as_a_word(w) if len(w) >= 4 else short_given_name(w))
                    for w in words_))


# Three consonants in a row, h and y aside ("Mochtar", "Christian", "Wahyu" pass): an acronym spelled out
# letter by letter ("APBD", "UMKM", "BPJS"), not a name.
_CONSONANT_RUN = re.compile(r"[b-df-gj-np-tv-xz]{3}")


def spoken_as_a_word(word: str) -> bool:
    lower = word.lower()
    return any(ch in "aeiouy" for ch in lower) and not _CONSONANT_RUN.search(lower)


def short_given_name(word: str) -> bool:
    """A three-letter word shaped as a given name, vowel, consonant, vowel ("Oki", "Edi", "Ayu"), and no
    word of the language; "PKH", "ASN", "Kec" and "Wib" are acronyms and abbreviations."""
    shape = "".join("v" if ch in "aeiou" else "c" for ch in word.lower())
    return shape == "vcv" and is_personal_word(word)
