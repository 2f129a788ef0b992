"""`kind = "name_slots"`: a line or cell that holds nothing but a person's name: a chat's sender, a chat
list's contact, the signed-in user.  The recognizer's `terms` are words that make such a run a group,
an office or a menu rather than a person."""
from __future__ import annotations

import re

from .. import text as T
from ..labels import after_street_word, is_quantity_or_price, is_thing_column
from ..layout import Segment
from ..lexicon import given_names, is_ordinary_word, looks_like_name_word, name_words, words
from ..page import PANEL_GAP, PUNCT_ONLY, Candidate, Page
from ..recognizer import Recognizer
from ..validators import VALIDATORS
from .base import EachRecognizer
from .names import (INTERFACE_WORDS, could_be_a_name, NAME_STOP_WORDS, NAME_TOKEN, NOT_A_NAME_PHRASE, in_thing_column,
                    is_establishment, is_personal_word, names_an_organisation, short_given_name, spoken_as_a_word)


class NameSlotFinder(EachRecognizer):
    kinds = ("name_slots",)

    def find(self, page: Page, seg: Segment, rec: Recognizer) -> list[Candidate]:
        return (_members(seg, rec, self.not_names)
                or _push_name(seg, rec, self.not_names)
                or _name_alone(page, seg, rec, self.not_names)
                or _card_title(page, seg, rec, self.not_names, self.headers)
                or _signer(page, seg, rec, self.not_names)
                or _over_its_number(page, seg, rec, self.not_names)
                or _centred_caps_name(page, seg, rec, self.not_names)
                or _certificate_holder(page, seg, rec, self.not_names)
                or _preview_sender(page, seg, rec, self.not_names, self.headers))

    def vouched_for(self, cand: Candidate) -> bool:
        return cand.recognizer.endswith(_CHOSEN)


# Avatar initials and icons that OCR reads in front of a name ("©)", "&", "JD", "e").
_NAME_HEADER = re.compile(r"(?i)\b(" + "|".join(map(re.escape, words("names", "column_headers"))) + r")\b")
_SLOT_JUNK = re.compile(r"^(?:(?:[^\w\s]+\w?[^\w\s]*|\w[^\w\s]+|[A-Za-z]|[A-Z]{2}|[OoQ0]{2}"
                        # (an avatar's initials read with its circle: "(C8", "CO}", "(CD")
                        r"|(?![A-Z]\.\s)(?=[^\sa-z]*[^\w\s])[^\sa-z]{2,4})\s+){1,2}")
# After the signed-in user's name in a top bar: the user's role in brackets ("(PPK)", "(Admin OPD)"), a menu
# caret (read as "v", "~", "▾") and a sign-out button.
_SLOT_CONTROLS = re.compile(r"(?:\s+\([A-Za-z][\w .&/-]{0,24}\))?(?:\s+(?:[^\w\s]{1,2}|[vVY~]))*"
                            r"(?:\s+(?:[^\w\s]{1,2}\s+)?(?:"
                            + "|".join(map(re.escape, words("names", "account_controls"))) + r")\W{0,2})?$")
# A user's icon before the name in a top bar, read as a mark glued to it ("@FERDI WIBOWO … Logout").
_GLUED_ICON = re.compile(r"[@©®&%]\s?(?=[A-Z])")
# A sign-out or account button itself, of those controls.
_CONTROL_WORD = re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, words("names", "account_controls"))) + r")(?!\w)")
_SLOT_RUN = re.compile(
    r"(?:[A-Z][a-z'’`-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’`-]+|[A-Z]\.|bin|binti)){0,4}"
    r"(?:,?\s*(?:[A-Z][a-z]{0,3}\.\s?){1,3}[A-Za-z]{0,4}\.?)*")
# A degree closing a name after its comma ("INDAH ISKANDAR, S.Pd"; the comma read as a dot: "HARAHAP. S.E.").
_CLOSING_DEGREE = re.compile(r"[,.]\s*(?:[A-Z][a-z]{0,3}\.\s?){1,3}[A-Za-z]{0,4}\.?$")
# The right end of the app's top bar (`Page.in_top_bar`): its right half.
_RIGHT_END = 0.5


def _in_capitals(body: str) -> bool:
    """Two words or more in capitals, and maybe a degree after them ("DIMAS SIREGAR", "INDAH ISKANDAR, S.Pd")."""
    degree = _CLOSING_DEGREE.search(body)
    name = body[:degree.start()] if degree else body
    return name.isupper() and len(re.findall(r"[A-Z]{2,}", name)) >= 2


def _users_corner(page: Page, seg: Segment) -> bool:
    """`seg` stands last on its row, in the right half of the top bar, where an app shows who is signed in."""
    return (page.in_top_bar(seg) and seg.box.left >= _RIGHT_END * page.extent[0]
            and page.neighbour(seg, "right") is None)


_SLOT_TIME = re.compile(r"\s+(?:\d{1,2}[.:]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?|\d{1,2}\s?[AaPp][Mm])$")
_DAY_OR_TIME = re.compile(r"(?i)^(?:\d{1,2}[.:]\d{2}(?:\s?[AP]M)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|"
                          + "|".join(words("values", "days")) + r")\W{0,2}$")


# A chat group's members as a chat app lists them, the reader first ("Anda, Rofiq, Marlina", "You, Oki, Tiara").
_MEMBERS = re.compile(r"^\W{0,2}(?:Anda|You|Kamu)\s*,\s*(?=\S)")
_MEMBER = re.compile(r"[^,]+")


def _members(seg: Segment, rec: Recognizer, not_names: frozenset[str]) -> list[Candidate]:
    """Each member named in a group's member list: one or two capitalised words between commas."""
    lead = _MEMBERS.match(seg.text)
    if not lead:
        return []
    out = []
    for part in _MEMBER.finditer(seg.text, lead.end()):
        piece = part.group().strip().rstrip(".…")
        if not piece:
            continue
        start = seg.text.index(piece, part.start())
        words_ = piece.split()
        if len(words_) > 3 or not _SLOT_RUN.fullmatch(piece) or _a_word_of_no_name(words_, not_names):
            continue
        out.append(Candidate(rec.category, seg, start, start + len(piece), rec.score, rec.id, piece))
    return out


def _a_word_of_no_name(words_: list[str], not_names: frozenset[str]) -> bool:
    """One of `words_` is never part of a name: a listed non-name, a stop word or an interface word."""
    return any(w.lower() in not_names or w.lower() in NAME_STOP_WORDS or w.lower() in INTERFACE_WORDS for w in words_)


# The name a chat app's user chose, shown after a tilde beside a number no one saved ("~Krisna Mahendra");
# OCR reads the tilde as a dash glued to the name ("—Krisna") or as an opening quote mark ("“Ferdi").
_PUSH_NAME = re.compile(r"^(?P<mark>[~∼—–-]|[“”„\"'‘’`])\s?(?=[A-Z])")
_QUOTE_MARKS = "“”„\"'‘’`"
_TILDES = "~∼"
_CHOSEN = "_chosen"  # a chosen name after its mark: see `_push_name`


def _push_name(seg: Segment, rec: Recognizer, not_names: frozenset[str]) -> list[Candidate]:
    """The chosen name after its tilde, alone on its line or cell."""
    lead = _PUSH_NAME.match(seg.text)
    if not lead:
        return []
    body = seg.text[lead.end():].rstrip(" .,:;")
    words_ = body.split()
    if (not _SLOT_RUN.fullmatch(body) or len(words_) > 4 or _a_word_of_no_name(words_, not_names)
            or words_[0].lower() in T.NOT_A_PERSON):
        return []
    # A quote mark also opens a quotation ("“Melayani Dengan Hati”", a slogan wrapped over two lines):
    # only a run of name words counts after it.
    if lead.group("mark") in _QUOTE_MARKS and not all(looks_like_name_word(w) for w in words_):
        return []
    # A dash is also an app bar's back arrow read by OCR ("← Rincian Pesanan"): a heading of words of the
    # language follows it, where a chosen name holds a name's word.
    if lead.group("mark") in "—–-" and not any(is_personal_word(w) for w in words_):
        return []
    # A chat app sets the chosen name in its own colour, small, often on a tinted bubble: Tesseract may
    # read it right with little confidence.  The tilde vouches for it as a label would (when a word of it
    # could be a name, not two letters made of a smudge); after a mark OCR may have made of something
    # else (a dash, a quote mark), every word must be a given or a family name.
    vouched = (lead.group("mark") in _TILDES and any(looks_like_name_word(w) for w in words_)) \
        or all(w.lower() in name_words() or w.lower() in given_names() for w in words_)
    return [Candidate(rec.category, seg, lead.end(), lead.end() + len(body), rec.score,
                      rec.id + _CHOSEN if vouched else rec.id, body)]


def _slot_start(text: str) -> int:
    """Where a slot's name may start: after the avatar initials and icons OCR read in front of it
    and the user's icon read as a mark glued to the name when a sign-out button follows it."""
    junk = _SLOT_JUNK.match(text)
    start = junk.end() if junk else 0
    icon = _GLUED_ICON.match(text, start)
    if icon and _CONTROL_WORD.search(text, icon.end()):
        start = icon.end()
    return start


def _name_alone(page: Page, seg: Segment, rec: Recognizer, not_names: frozenset[str]) -> list[Candidate]:
    """A line or cell that holds nothing but a person's name (see the `name_slots` kind)."""
    if seg.row in page.header_rows or is_thing_column(seg.text) or in_thing_column(page, seg):
        return []  # a header; a product under "Item Name" or "Nama Barang"
    if seg.row in page.columns:
        # A table row: only a column headed as a name holds names (a car model under "Merk/Tipe", a
        # country under "Negara Tujuan" and a product in a price list do not).
        header = page.header_of(seg)
        if header is None or not _NAME_HEADER.search(header.text):
            return []
    text = seg.text
    start = _slot_start(text)
    body = text[start:].rstrip(" .,:;")
    controls = _SLOT_CONTROLS.search(body)
    beside_a_control = False
    if controls and controls.start() > 0:
        beside_a_control = _CONTROL_WORD.search(controls.group()) is not None
        body = body[:controls.start()]
    if not beside_a_control:
        right = page.neighbour(seg, "right")  # the button set apart, read as a cell of its own
        beside_a_control = right is not None and _CONTROL_WORD.fullmatch(right.text.strip(" |.,:;")) is not None
    if _in_capitals(body) and (beside_a_control or _users_corner(page, seg)):  # (the page's extent last: it reads every line)
        # The signed-in user beside the sign-out button, or alone at the right end of the app's top bar, in
        # the capitals the records keep ("DIMAS SIREGAR Keluar", "INDAH ISKANDAR, S.Pd"): read as the same
        # name in its case (as long, so that its place in the line holds).
        body = re.sub(r"[A-Z]{2,}", lambda w: w.group()[0] + w.group()[1:].lower(), body)
        degree = _CLOSING_DEGREE.search(body)
        if degree:  # (its comma as read, a dot or a comma: as long)
            body = body[:degree.start()] + "," + body[degree.start() + 1:]
    stamp = _SLOT_TIME.search(body)
    if stamp:
        body = body[:stamp.start()]  # a team chat's message header: the sender, then the time it was sent
    body = _capital_read_small(body, not_names, after_an_avatar=_SLOT_JUNK.match(text) is not None)
    m = _SLOT_RUN.fullmatch(body)
    if not m:
        return []
    tokens = list(NAME_TOKEN.finditer(body))
    # (the first word also in capitals, not an avatar's initials: "RS Islam Sultan Agung" names a hospital)
    first_word = text.split()[0].strip(".,:") if text.split() else ""
    if not tokens or NOT_A_NAME_PHRASE.search(body) or tokens[0].group().lower() in T.NOT_A_PERSON \
            or is_establishment(tokens[0].group()) or (first_word.isupper() and is_establishment(first_word)) \
            or (len(tokens) > 1 and is_establishment(f"{tokens[0].group()} {tokens[1].group()}")):
        # holiday greetings; "Kementerian …", "Dinas …", "Warung Bu Siti", "Rawat Inap Melati" name an institution,
        # a shop or a ward
        return []
    # Greetings and sentence openers around a name ("Terima Kasih", "Halo") are not part of it; a word
    # that is also a common given name ("Hari") is kept.
    stop = NAME_STOP_WORDS - name_words()
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
    # An institution's, a place's or a field's word anywhere in the run ("Diterima Tgl.", "Rina Toko"), or
    # a button's ("Ga Ie Ekspor Exel": a toolbar's "Tambah / Ekspor Excel" garbled)
    if not words or any(w.lower() in not_names or is_quantity_or_price(w) or w.lower().strip(".") in T.NOT_A_PERSON
                        or w.lower() in INTERFACE_WORDS for w in words):
        return []  # a group, an office, a menu; an item table's header ("Uty Pre": "Qty Price")
    if names_an_organisation(words):
        return []  # an app's name in its top bar ("Fabrikam Benefits")
    if len(words) == 1 and not _chat_slot(page, seg):
        return []  # one word alone is a menu item or a heading as often as a name
    if not any(is_personal_word(w) for w in words):
        return []
    left = page.neighbour(seg, "left")
    if after_street_word(text[:start]) or (not text[:start].strip() and left is not None and after_street_word(left.text)):
        return []  # "Jl. Raya | Jatinegara Barat No. 124": a street on a shop's or an office's header
    end = start + len(body)
    return [Candidate(rec.category, seg, start, end, rec.score, rec.id, text[start:end])]


# A name's first word in small letters before capitalised ones ("kemal Wibowo", "mustika Situmorang").
_SMALL_FIRST = re.compile(r"([a-z]{3,})(?=(?:\s+[A-Z][a-z'’`-]+){1,3}$)")


def _capital_read_small(body: str, not_names: frozenset[str], *, after_an_avatar: bool) -> str:
    """`body` with its first word's capital restored when OCR read it small: a shrunk or blurred capital
    K, M, C or X looks like its small letter.  Only before capitalised words that are no words of the
    language, one of them a given or a family name, and the first word a name too, or any word but a
    sentence's after an avatar's initials or icon (a contact list's "(C8 kemal Wibowo"; "Cinta", "Kemal"
    are also words): not a wrapped sentence's line ("oleh Budi Santoso", "bersama Rina Wati")."""
    m = _SMALL_FIRST.match(body)
    if m is None:
        return body
    first, rest = m.group(1), body[m.end():].split()
    if first in NAME_STOP_WORDS or first in not_names or first in INTERFACE_WORDS or first in T.NOT_A_PERSON:
        return body
    if any(is_ordinary_word(w.lower()) and w.lower() not in name_words() for w in rest):
        return body
    if not (after_an_avatar or (is_personal_word(first) and any(is_personal_word(w) for w in rest))):
        return body
    return first.capitalize() + body[len(first):]


_SIGNER_LINE = re.compile(r"(?i)^\W*(?:" + "|".join(map(re.escape, words("names", "signer_lines"))) + r")(?![a-z])")
_SIGNER_ID = re.compile(r"(?i)^\W*(?:" + "|".join(map(re.escape, words("names", "signer_ids"))) + r")\b")
_CAPS_NAME = re.compile(r"[A-Z][A-Z'’`-]+(?:\s+(?:[A-Z][A-Z'’`-]+|[A-Z]\.)){1,4}"
                        r"(?:,?\s*(?:[A-Z][A-Za-z]{0,3}\.\s?){1,3}[A-Za-z]{0,4}\.?)*")


def _signer(page: Page, seg: Segment, rec: Recognizer, not_names: frozenset[str]) -> list[Candidate]:
    """The signer's name in capitals alone on its line at the foot of a letter: under their position
    ("Kepala Desa Sukamaju", past the space left for the signature) or over their NIP."""
    if seg.row in page.columns or seg.row in page.header_rows or len(page.rows[seg.row].segments) > 2:
        return []
    body = seg.text.strip(" .,:;|_")
    m = _CAPS_NAME.fullmatch(T.without_stray_colons(body))
    if not m:
        return []
    words_ = [w for w in re.findall(r"[A-Za-z'’`-]+", body.split(",")[0]) if len(w) > 1]
    if (any(w.lower() in not_names or w.lower() in NAME_STOP_WORDS for w in words_)
            or words_[0].lower() in T.NOT_A_PERSON or not any(is_personal_word(w) for w in words_)):
        return []
    below = page.neighbour(seg, "below")
    if not (below is not None and _SIGNER_ID.match(below.text)) and not _under_a_position(page, seg):
        return []
    start = seg.text.index(body)
    return [Candidate(rec.category, seg, start, start + len(body), rec.score, rec.id, body)]


# A title before a name ("dr.", "Ir.", "Hj.") and a row's number before it in a table ("3.").
_LEAD_IN = re.compile(r"^\W{0,2}(?:\d{1,3}[.)]?\s+)?(?:(?:Dr|dr|drg|Ir|Drs|Dra|H|Hj|Prof)\.\s*)*")
# A line of academic degrees only, a titled name's tail that wrapped ("M.M.", "S.E., M.Si.").
_DEGREES_ONLY = re.compile(r"\W{0,2}(?:[A-Z][A-Za-z]{0,3}\.(?:[A-Z][A-Za-z]{0,3}\.?)?\s?,?\s?){1,3}\W{0,2}")
# A civil servant's number under their name: its label ("NIP", "NIP.", with or without the number) or the
# number alone, 18 digits, run together or spaced as decrees print it (19870512 201001 1 003).
_STAFF_NUMBER_LABEL = re.compile(r"(?i)^\W{0,2}(?:NIP|NRP|NIPPPK)\b")
_STAFF_NUMBER = re.compile(r"^\W{0,2}(\d{8}\s?\d{6}\s?\d\s?\d{3})\W{0,2}$")


def _over_its_number(page: Page, seg: Segment, rec: Recognizer, not_names: frozenset[str]) -> list[Candidate]:
    """A name alone in its cell or on its line, stacked over the person's NIP at the same left edge (the
    label "NIP" or the number itself on the next line, a wrapped line of degrees between): a decree's list
    ("Nama / NIP" in one cell), a signature block, a disposition's recipients, a profile's header.  Kept in a
    table's row as well, beside its other cells.  The run must read as a name: one to five capitalised words
    or words in capitals (titles and degrees aside), none an office's, a group's or a menu's word, one of
    them a name rather than a word of the language."""
    lead = _LEAD_IN.match(seg.text)
    start = lead.end() if lead else 0
    end = _first_cell_end(seg, start)
    body = seg.text[start:end].rstrip(" .,:;|_")
    if not body or not (_CAPS_NAME.fullmatch(body) or _SLOT_RUN.fullmatch(body)):
        return []
    name = body.split(",")[0]
    words_ = [w for w in re.findall(r"[A-Za-z'’`-]+", name) if len(w) > 1]
    if not 1 <= len(words_) <= 5 or any(
            w.lower() in not_names or w.lower() in NAME_STOP_WORDS or w.lower() in T.NOT_A_PERSON
            or w.lower() in INTERFACE_WORDS or is_establishment(w) for w in words_):
        return []
    listed = any(w.lower() in name_words() or w.lower() in given_names() for w in words_)
    if not (listed if len(words_) == 1 else (listed or could_be_a_name(name))):
        return []
    start = seg.text.index(body, start)
    left = min(box.left for box in seg.boxes_for(start, start + len(body)))  # (a row's number left of it aside)
    below, extra = page.neighbour(seg, "below"), []
    if below is not None and _DEGREES_ONLY.fullmatch(below.text) and abs(below.box.left - left) <= 1.5 * seg.height:
        extra.append((below, 0, len(below.text.rstrip(" ,"))))
        below = page.neighbour(below, "below")
    if below is None or abs(below.box.left - left) > 1.5 * seg.height \
            or below.box.top - seg.box.bottom > 2.5 * seg.height * (1 + len(extra)):
        return []
    number = _STAFF_NUMBER.match(below.text)
    if not (_STAFF_NUMBER_LABEL.match(below.text) or (number and VALIDATORS["nip"](re.sub(r"\s", "", number.group(1))))):
        return []
    return [Candidate(rec.category, seg, start, start + len(body), rec.score, rec.id + "_over_nip", body, extra)]


def _first_cell_end(seg: Segment, start: int) -> int:
    """Where the first cell of `seg`'s text from `start` ends: at a gap between two words wider than the
    line's height (OCR joins a narrow table's neighbouring cells into one line, "FAJAR WIBOWO, M.SI., Bantul,")."""
    previous = None
    for word in seg.words:
        at = seg.start_of(word)
        if at < start:
            previous = word
            continue
        if previous is not None and at > start and word.box.left - previous.box.right > 1.2 * seg.height:
            return at
        previous = word
    return len(seg.text)


def _centred_caps_name(page: Page, seg: Segment, rec: Recognizer, not_names: frozenset[str]) -> list[Candidate]:
    """A name in capitals alone on its line and centred: under a signature whatever stands above it
    ("Yang bersangkutan," / … / "AHMAD FAUZI"), on a member card, a certificate, a name tag.  A heading
    in capitals is centred too ("SURAT PERNYATAAN", "PEMERINTAH KABUPATEN BOGOR"), so every word must
    be a name rather than a word of the language (one of them on the lists of names, unless the page is a
    certificate made out to someone), and none a word that names a group, an office, a place or a thing."""
    if seg.row in page.columns or seg.row in page.header_rows \
            or any(o is not seg and not PUNCT_ONLY.match(o.text) for o in page.rows[seg.row].segments):
        return []
    body = seg.text.strip(" .,:;|_")
    if not _CAPS_NAME.fullmatch(T.without_stray_colons(body)) or not _centred(page, seg):
        return []
    words_ = [w for w in re.findall(r"[A-Za-z'’`-]+", body.split(",")[0]) if len(w) > 1]
    if not 2 <= len(words_) <= 5 or NOT_A_NAME_PHRASE.search(body) or any(
            w.lower() in not_names or w.lower() in NAME_STOP_WORDS or w.lower() in T.NOT_A_PERSON
            or w.lower() in INTERFACE_WORDS or is_establishment(w) for w in words_):
        return []
    listed = [w for w in words_ if w.lower() in name_words() or w.lower() in given_names()]
    named = [w for w in words_ if w in listed or (is_personal_word(w) and (
        spoken_as_a_word(w) if len(w) >= 4 else short_given_name(w)))]
    if len(named) < len(words_) or not (listed or page.is_kind("certificate")):
        return []  # (a shop's header centres its address too: "TAMAN SRI PUTRA", a park's word first)
    start = seg.text.index(body)
    return [Candidate(rec.category, seg, start, start + len(body), rec.score, rec.id + "_centred", body)]


# The words that hand a certificate to its holder, ending their line (regular expressions): "diberikan kepada".
_HANDED_TO = re.compile(r"(?i)(?:" + "|".join(words("names", "certificate_handed_to")) + r")\W{0,3}$")
# A holder's name as typed into a form, in any case, its degrees after a comma: "umar wardhana lubis, s.t., s.pd.".
_HOLDER = re.compile(r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,4}")


def _certificate_holder(page: Page, seg: Segment, rec: Recognizer, not_names: frozenset[str]) -> list[Candidate]:
    """The line alone under a certificate's words that hand it over ("diberikan kepada", "awarded to") is its
    holder's name, in whatever case the holder typed it into the form ("umar wardhana lubis, s.t., s.pd."):
    two to five words, every one a person's rather than a word of the language, degrees after a comma, alone
    on its line or a panel's gap off a list beside the certificate.  A course's or an event's words under them
    ("sebagai PESERTA dalam kegiatan") are no name."""
    if not page.is_kind("certificate") or page.header_of(seg) is not None or seg.row in page.header_rows:
        return []
    gap = PANEL_GAP * seg.height  # (a certificate's preview beside a list: the list's cells on its rows are apart)
    if any(o is not seg and not PUNCT_ONLY.match(o.text) and o.box.left < seg.box.right + gap
           and o.box.right > seg.box.left - gap for o in page.rows[seg.row].segments):
        return []
    above = page.neighbour(seg, "above")
    if above is None or not _HANDED_TO.search(above.text) or seg.box.top - above.box.bottom > 3 * above.height:
        return []
    text = seg.text.strip(" .,:;|_")
    lead = re.match(r"(?:\S+\.\s+)*", text)  # a title before the name ("Drs.", "dr.", "H.")
    name = text[lead.end():].split(",")[0].strip()
    if not _HOLDER.fullmatch(name):
        return []
    words_ = name.split()
    if any(w.lower() in not_names or w.lower() in NAME_STOP_WORDS or w.lower() in T.NOT_A_PERSON
           or w.lower() in INTERFACE_WORDS or is_establishment(w) or not is_personal_word(w) for w in words_):
        return []
    start = seg.text.index(text)
    return [Candidate(rec.category, seg, start, start + len(text), rec.score, rec.id + "_holder", text)]


def _centred(page: Page, seg: Segment) -> bool:
    """`seg` is set in the middle of the page's text, or of the line right above or below it (a
    signature block's position, a card's title), with its left edge clear of theirs."""
    box, slack = seg.box, 1.5 * seg.height
    centre = box.left + box.width / 2
    for side in ("above", "below"):
        other = page.neighbour(seg, side)
        if other is not None and abs(other.box.left + other.box.width / 2 - centre) < slack \
                and abs(other.box.left - box.left) > slack:
            return True
    lefts = [s.box.left for row in page.rows for s in row.segments]
    rights = [s.box.right for row in page.rows for s in row.segments]
    left, right = min(lefts), max(rights)
    # (a line of left-aligned text as wide as the page is centred too, but starts where the others do)
    return box.left - left > seg.height and abs((left + right) / 2 - centre) < max(slack, 0.03 * (right - left))


def _under_a_position(page: Page, seg: Segment) -> bool:
    """The nearest line above, across a signature's space (a few rows), opens with a position."""
    box = seg.box
    for index in range(seg.row - 1, max(-1, seg.row - 5), -1):
        over = [o for o in page.rows[index].segments
                if min(o.box.right, box.right) > max(o.box.left, box.left) or abs(o.box.left - box.left) < 2 * seg.height]
        if not over:
            continue
        nearest = over[-1]
        if box.top - nearest.box.bottom > 8 * seg.height:
            return False
        if _SIGNER_LINE.match(nearest.text):
            return True
        if len(nearest.text.strip()) > 3:
            return False  # a line of text (not a scribble the OCR read in the signature) stands between
    return False


def _chat_slot(page: Page, seg: Segment) -> bool:
    """A chat list's contact (a time, a date or a day beside it) or a message's sender (the message
    right below, at the same left edge)."""
    right = page.neighbour(seg, "right")
    if right is not None and _DAY_OR_TIME.match(right.text.strip()):
        return True
    below = page.neighbour(seg, "below")
    return (below is not None and abs(below.box.left - seg.box.left) < 1.5 * seg.height
            and len(below.text) > 2 * len(seg.text) and page.neighbour(seg, "above") is None)



_PREVIEW_SENDER = re.compile(r"(?:[^\w\s]{1,2}\s)?([A-Z][a-z'’`-]+(?:\s[A-Z][a-z'’`-]+)?)\s?:\s+\S")


def _preview_sender(page: Page, seg: Segment, rec: Recognizer, not_names: frozenset[str], headers) -> list[Candidate]:
    """The sender before the last message of a group in a chat list ("Teguh: besok jam 8 ya"): the line
    under the chat's name, which has its time beside it.  A field's label before a colon is no sender."""
    words, skip = seg.words, 0
    if len(words) > 1 and len(words[0].text) <= 2 and words[0].box.width > 1.5 * words[1].box.height * len(words[0].text):
        skip = len(words[0].text) + 1  # the round avatar before it read as a letter, far too wide for one ("O Teguh: …")
    m = _PREVIEW_SENDER.match(seg.text, skip)
    if not m or seg.row in page.header_rows or headers.opens_a_field(seg.text[skip:]):
        return []
    names = m.group(1).split()
    if any(w.lower() in not_names or w.lower() in T.NOT_A_PERSON or w.lower() in NAME_STOP_WORDS for w in names) \
            or not all(is_personal_word(w) for w in names):
        return []
    line = Segment(words=words[1:], row=seg.row, index=seg.index) if skip else seg
    above = page.neighbour(line, "above")
    if above is None or abs(above.box.left - line.box.left) > 1.5 * seg.height or not _chat_slot(page, above):
        return []
    return [Candidate(rec.category, seg, m.start(1), m.end(1), rec.score, rec.id + "_preview", m.group(1))]


_CAPS_RUN = re.compile(r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,4}")
# An identity number as a card prints it over its holder's name ("NPWP: 73.888.700.5-609.381", "NIK 3273…").
_ID_NUMBER = re.compile(r"\d(?:[\s.-]?\d){9,}")


def _field_at_its_edge(page: Page, seg: Segment, side: str, headers, number: bool = False) -> bool:
    """The line on `side` of `seg`, at its left edge, opens with a field's label (and, with `number`,
    holds an identity number: a taxpayer or member card prints its holder's name under the number, often
    in a larger type than its label, a cell of its own)."""
    other = page.neighbour(seg, side)
    if other is None:
        return False
    label, value = other, other
    if number:
        left = page.neighbour(other, "left")
        label = left if left is not None else other
        value = other if left is not None else page.neighbour(other, "right")
    if abs(label.box.left - seg.box.left) > 1.5 * seg.height or not headers.opens_a_field(label.text):
        return False
    return not number or bool(_ID_NUMBER.search(label.text)
                              or value is not None and _ID_NUMBER.match(value.text.strip(" :")))


# How a family list says who a member is to the holder, on the line under the member's name ("Orang Tua",
# "Anak · 14 Maret 2014", "Istri, 07-06-1961").
_RELATION_LINE = re.compile(r"(?i)(?:" + "|".join(re.escape(w) for w in sorted(words("identity_card", "card_relations"),
                                                                             key=len, reverse=True))
                            + r")(?:\s?(?:ke-?\s?\d+|[IV]+))?(?:\s?[·•,:|-].*)?$")


def _relation_at_its_edge(page: Page, seg: Segment) -> bool:
    """The line right under `seg`, at its left edge, tells who a family member is to the holder."""
    other = page.neighbour(seg, "below")
    return other is not None and abs(other.box.left - seg.box.left) <= 1.5 * seg.height \
        and other.box.top - seg.box.bottom <= seg.height and bool(_RELATION_LINE.match(other.text.strip()))


def _card_title(page: Page, seg: Segment, rec: Recognizer, not_names: frozenset[str], headers) -> list[Candidate]:
    """A name in capitals heading a card of personal fields (a village app's resident, a member list):
    the line holds nothing else, and the card's next line, at the same left edge, opens with a field's
    label ("NIK: …", "NIP …", "Alamat …") or tells who the member is to the holder ("Orang Tua",
    "Anak · 14-03-2014": an insurance's heirs, a family list), or the line over it is the holder's number after its label
    (a taxpayer card's "NPWP: 73.888.700.5-609.381" over the name).  Two of its words must be names rather than words or places,
    so a card's heading ("DATA PENDUDUK", "BPJS KESEHATAN") stays."""
    if seg.row in page.header_rows or page.header_of(seg) is not None or page.neighbour(seg, "right") is not None:
        return []
    text = seg.text
    start = _slot_start(text)
    body = text[start:].rstrip(" .,:;")
    if not _CAPS_RUN.fullmatch(T.without_stray_colons(body)):
        return []
    if not (_field_at_its_edge(page, seg, "below", headers) or _field_at_its_edge(page, seg, "above", headers, number=True)
            or _relation_at_its_edge(page, seg)):
        return []
    tokens = body.split()
    if any(t.lower() in not_names or t.lower() in T.NOT_A_PERSON for t in tokens):
        return []
    if sum(1 for t in tokens if is_personal_word(t.strip(".'’-")) or t.lower() in name_words()) < 2:
        return []
    return [Candidate(rec.category, seg, start, start + len(body), rec.score, rec.id + "_card", body)]
