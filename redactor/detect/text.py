"""Text helpers for recognizers: OCR-confusion normalisation and value shapes."""
from __future__ import annotations

import re

from .confusions import DIGIT_LOOKALIKE_CHARS, TO_DIGITS
from .lexicon import common_words, words

# An @ only right after a digit ("14@"), not a mailbox's; a $ only before three digits ("$292 7638 …", a
# card number's 5), not a price's sign before "1,200".
_TOKEN = re.compile(r"(?:[A-Za-z0-9|!]|(?<=\d)@|\$(?=\d{3}))+")


_CONFUSABLE_ONLY = re.compile("^[0-9" + re.escape(DIGIT_LOOKALIKE_CHARS) + "]+$")


def normalise_digits(text: str) -> str:
    """Replace letters that OCR confuses with digits, inside mostly-digit tokens only.

    A token counts as a number when most of it is digits, or when it is made
    only of digits and look-alike letters and sits next to such a number
    (`2O1OO1` in `1985O717 2O1OO1 1 9O1`).  The result has the same length as
    `text`, so offsets map back one to one.
    """
    spans = []
    for m in _TOKEN.finditer(text):
        # A table rule read as '|' or '!' at a token's edge is a separator, not a 1.
        start, end = m.start(), m.end()
        while start < end and text[start] in "|!":
            start += 1
        while end > start and text[end - 1] in "|!":
            end -= 1
        token = text[start:end]
        digits = sum(ch.isdigit() for ch in token)
        numeric = len(token) >= 3 and digits >= 2 and digits >= 0.6 * len(token)
        # (a lone O between dots is a 0 of a dotted number: "10.O.3.7")
        candidate = bool(_CONFUSABLE_ONLY.match(token)) and (
            digits >= 1 or len(token) >= 2
            or (token in "Oo" and text[start - 1:start] == "." and text[end:end + 1] == "."))
        spans.append((start, end, numeric, candidate))
    numeric = [n for _, _, n, _ in spans]
    for _ in range(3):  # spread through chains such as "O9.999.9O1.3-4O7.OOO"
        changed = False
        for i, (start, end, _, candidate) in enumerate(spans):
            if numeric[i] or not candidate:
                continue
            token = text[start:end]
            if len(token) >= 3 and not set(token) <= set("OoIl|") and token.lower() in common_words():
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < len(spans):
                    continue
                gap = text[min(end, spans[j][1]):max(start, spans[j][0])]
                # short digit groups count as a number inside a dotted one ("10.O.3.7")
                if numeric[j] or (gap == "." and text[spans[j][0]:spans[j][1]].isdigit()):
                    if gap in ("", " ", ".", "-", ","):
                        numeric[i] = changed = True
                        break
        if not changed:
            break
    out = list(text)
    for (start, end, _, _), is_number in zip(spans, numeric):
        if is_number:
            out[start:end] = text[start:end].translate(TO_DIGITS)
    return "".join(out)





MONTHS = (r"(?:Jan(?:uari|uary)?|Feb(?:ruari|ruary)?|Peb(?:ruari)?|Mar(?:et|ch)?|Apr(?:il)?|Mei|May|"
          r"Jun(?:i|e)?|Jul(?:i|y)?|Agu(?:stus)?|Agt|Ags|Aug(?:ust)?|Sep(?:tember)?|Okt(?:ober)?|Oct(?:ober)?|"
          r"Nov(?:ember)?|Nop(?:ember)?|Des(?:ember)?|Dec(?:ember)?)\.?")
DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)?\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|"
    r"\d{1,2}\s+" + MONTHS + r"\s+(?:19|20)\d{2})(?!\d)", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
TRAILING_TIME = re.compile(r"\s+\d{1,2}[:.]\d{2}(?::\d{2})?\s*[^\w\s]{0,3}\s*$")
TIME_TOKEN = re.compile(r"^\d{1,2}[:.]\d{2}(?::\d{2})?\W*$")

TITLE = re.compile(r"^(?:Prof|Dr|dr|Drs|Dra|Ir|H|Hj|KH|drg|Ns|apt|Sdr|Sdri|Tn|Ny|Nn)\.?,?$")
DEGREE = re.compile(r"^,?(?:[A-Z][a-z]{0,3}\.){1,3}(?:[A-Za-z]{1,4}\.?)?,?$")
NAME_WORD = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'’`-]*[,.!?]?$")
INITIAL = re.compile(r"^[A-Z]\.,?$")
PARTICLES = frozenset(words("names", "particles"))  # inside a name, between its capitalised words
NOT_A_PERSON = frozenset(words("names", "not_a_person"))  # an institution, a place or a thing
TIME_OR_NUMBER = re.compile(r"\d")


def name_extent(value: str) -> int:
    """Length of the leading part of `value` that reads as a person's name (0 if none)."""
    end = 0
    names = 0
    # ("HANDOKO: SETIAWAN": a speck between the words of a name in capitals read as a colon)
    for m in re.finditer(r"\S+", without_stray_colons(value)):
        token = m.group()
        bare = token.strip(",.;:!?")
        if TIME_OR_NUMBER.search(token):
            break
        if names == 0 and bare.lower() in NOT_A_PERSON:
            return 0
        if TITLE.match(token) or DEGREE.match(token) or INITIAL.match(token):
            end = m.end()
            continue
        if token == "I" and names == 0:
            end = m.end()  # the article opening Balinese names ("I Made Wirawan"), counted only before a name
            continue
        if bare.lower() in PARTICLES and names:
            continue  # part of the name only when a name word follows ("Budi di" ends at "Budi")
        if len(bare) == 1 and bare.isupper() and token == bare and names >= 2 and value[:m.start()].isupper() \
                and not value[m.end():].strip(" \t0123456789.,-"):
            end = m.end()  # a name in capitals cut to its field's width, the last word's initial left ("CITRA
            break  # WARDHANA W" in a bank statement's description; its amount or code may follow)
        if NAME_WORD.match(token) and len(bare) >= 2:
            names += 1
            end = m.end()
            if names >= 6:
                break
            if token.endswith(".") and not DEGREE.match(token) and len(bare) > 3:
                break
            if token[-1] in "!?":  # "Hi Morgan! I can see …": the sentence ends with the name
                break
            continue
        break
    if names == 0:
        return 0
    return len(value[:end].rstrip(" ,;:"))


# A field's label before its colon ("… STATUS: AKTIF"): the colon is the field's, and the name ends there.
_ONE_WORD_LABELS = frozenset(w.lower() for w in words("labels", "stop") if w.isalpha())


_COLON_IN_CAPITALS = re.compile(r"(?<![\w:])([A-Z]{2,}):(?=\s+[A-Z]{2,}(?![a-z]))")


def without_stray_colons(text: str) -> str:
    """`text` with the colons OCR read between the words of a name in capitals made spaces (the same
    length, so places in it stay places in `text`): "HANDOKO: SETIAWAN" -> "HANDOKO  SETIAWAN"."""
    return _COLON_IN_CAPITALS.sub(lambda m: m.group(1) + " " if m.group(1).lower() not in _ONE_WORD_LABELS
                                  else m.group(), text)


# The hour of a time stamp right after a number ("… 2970 16:52" in a chat bubble): not the number's last group.
_TIME_AFTER = re.compile(r"[:.][0-5]\d(?!\d)")
_TIME_AT_END = re.compile(r"\s\d{1,2}[:.][0-5]\d$")


def end_before_a_time(norm: str, start: int, end: int) -> int:
    """Where a number ends when its last group is the hour of a time that follows it, or when a time
    read with a dot for its colon ("16.52") was taken for its last groups."""
    whole = _TIME_AT_END.search(norm[start:end])
    if whole:
        return start + whole.start()
    if not _TIME_AFTER.match(norm, end):
        return end
    cut = re.search(r"[\s.\-]\d{1,2}$", norm[start:end])
    return start + cut.start() if cut else end


# An amount with thousands separators ("5.477.000", "1,250,000"): its first group is no phone's last.
_AMOUNT = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?![\d])")


def end_before_an_amount(norm: str, start: int, end: int) -> int:
    """Where a number ends when a group after a space begins an amount with thousands separators that
    the number itself does not use ("0812 3456 7890 5.477.000": the phone ends at 7890), or that goes on
    past the number's end."""
    for group in re.finditer(r"(?<=\s)\d", norm[start:end]):
        at = start + group.start()
        amount = _AMOUNT.match(norm, at)
        if amount and (amount.end() > end or amount.group(1) not in norm[start:at]):
            return len(norm[:at].rstrip())
    return end
