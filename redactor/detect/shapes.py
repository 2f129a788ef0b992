"""Value shapes: the part of the text after a label that is the field's value (`value = …` in a pack)."""
from __future__ import annotations

import functools
import re

from . import text as T
from .lexicon import common_words, is_ordinary_word, thin_stroke_readings, words
from .recognizer import Recognizer
from .validators import iban_length_fits

# The labels domains end with ("go", "id", "com"), from the lexicon's list of domain endings.
_DOMAIN_LABELS = "|".join(sorted({label for ending in words("values", "domain_endings") for label in ending.split(".")},
                                 key=len, reverse=True))

# The country's two letters, two check characters, then groups of up to four letters and digits.
_IBAN_SHAPE = re.compile(r"[A-Z]{2}[0-9A-Z]{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?(?![A-Za-z0-9])")
NOT_A_SECRET = frozenset(words("values", "not_a_secret"))
NOT_AN_ADDRESS_START = frozenset(words("values", "not_an_address_start"))
HONORIFICS = frozenset(words("names", "honorifics"))
# A code of digits after a token's first word and at most one of the words that say whose it is (in groups of
# four too).
_WHOSE_CODE = ("kamu", "anda", "mu", "nya", "adalah", "is", "your")
_CODE_AFTER = re.compile(r"(?:\s+(?i:" + "|".join(_WHOSE_CODE) + r"))?\s*:?\s+"
                         r"(?:\d{4}(?:[\s-]\d{4}){1,4}|\d{3}[\s-]\d{3}|\d{4,8})(?=[.,]?(?:\s|$))")
PAYMENT_METHODS = frozenset(words("names", "payment_methods"))


@functools.lru_cache(maxsize=32)
def longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def trim_value(value: str) -> str:
    value = T.TRAILING_TIME.sub("", value)
    return value.rstrip(" ,;|")


def _a_payment_method(word: str) -> bool:
    """"Tunai", "QRIS", also with one thin letter misread ("Tunal")."""
    bare = word.strip(".,:;").lower()
    return bare in PAYMENT_METHODS or any(v in PAYMENT_METHODS for v in thin_stroke_readings(bare))


def shape_value(rec: Recognizer, value: str, *, small_letters: bool = False) -> tuple[int, int] | None:
    """(offset, length) of the part of `value` that is the field's value, or None.  `small_letters`: the label
    vouches for a name typed in small letters (`kinds.names.vouches_for_small_letters`)."""
    lead = len(value) - len(value.lstrip(" :;.=-–>|"))
    body = value[lead:]
    if not body.strip():
        return None
    shape = rec.value
    if shape == "name":
        # The field's colon read as a stroke on a photo ("NAMA 1 GALIH …"); never a capital I, which opens
        # Balinese names ("I Made Wirawan").
        if m := re.match(r"[1l!|]\s+(?=[^\W\d_])", body):
            lead, body = lead + m.end(), body[m.end():]
        # A form of address after the label ("Yth. Ibu", "Kepada Sdr.") announces the name; the name is
        # what follows it, and with nothing after it there is no name on this line.
        while (m := re.match(r"(\S+)\s*", body)) and m.group(1).lower().rstrip(",") in HONORIFICS:
            lead, body = lead + m.end(), body[m.end():]
        n = T.name_extent(body)
        if n == 0 and small_letters and body[:1].islower():
            from .kinds.names import name_in_small_letters  # (the kinds import this module)

            n = name_in_small_letters(body)
        if n >= 2 and all(_a_payment_method(w) for w in body[:n].split()):
            return None  # "Pelanggan: Tunai", "Nama: Cash": how the bill was paid, not who paid it
        if n >= 2 and any(w.strip(",.").lower() in T.NOT_A_PERSON for w in body[:n].split()[1:]):
            return None  # "Atas Nama: PN YANG BERSANGKUTAN": the official the report is of, not named
        return (lead, n) if n >= 2 else None
    if shape == "address":
        trimmed = trim_value(body)
        if trimmed.split(" ", 1)[0].lower().strip(",.") in NOT_AN_ADDRESS_START:
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
        # A one-time code or a PIN after the word that says whose it is ("Kode verifikasi WhatsApp kamu 123-456",
        # "OTP BCA Anda: 482913", "pin atm 123456", "kode otp nya 482913"): the code, and the words before it.
        # A prepaid voucher's number ("token listrik 5523 1234 …") is no secret.
        word = token.rstrip(":").lower()
        if word.isalpha() and (word not in NOT_A_SECRET or word in _WHOSE_CODE) \
                and (code := _CODE_AFTER.match(body, len(token))):
            return (lead, code.end())
        if token.rstrip(":").lower() in NOT_A_SECRET or (token.isalpha() and token.islower()
                                                            and token.lower() in common_words()):
            return None  # "token listrik", "token kamu": prose, not a secret
        if rec.category == "national_id" and not re.search(r"\d", token):
            # An identity or member number holds digits (D1234567, S1234567A); a login name or a password
            # need not.  Under an "MRN" caption that heads a form's label column, "Subscriber" and "Mobile"
            # are the next fields' labels.
            return None
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
    if shape == "iban":
        # An IBAN as OCR may damage it ("NLOS ABNA 3000 6658 13", a 9 of the check digits read as S): the
        # country, two check characters and groups of four, as long as that country's IBAN, mostly digits.
        # The label vouches for it where the damaged check digits cannot.
        m = _IBAN_SHAPE.match(body)
        if m and iban_length_fits(m.group()) and sum(ch.isdigit() for ch in m.group()) >= 8:
            return (lead, m.end())
        return None
    if shape == "email":
        m = re.match(r"(?:\S+\s){0,2}?\S*?[.,]\s?(?:" + _DOMAIN_LABELS + r")\b\S*", body)
        return (lead, len(m.group().rstrip(" ,;"))) if m else None
    if shape == "serial":
        # A machine's own number (a vehicle's engine or chassis number, "JBK1E142173", "KF41E-2685483"): one
        # word of capitals and digits with both in it.  A word, a colour, a date or an amount under the same
        # caption in a form's grid ("Warna", "05-04-2025") is no serial number.
        # The field's colon read as a stroke on a photo ("NOMOR BPKB 1 J88949424") is no part of it.
        if m := re.match(r"[1l!|]\s+(?=[A-Z0-9]{7})", body):
            lead, body = lead + m.end(), body[m.end():]
        m = re.match(r"[A-Z0-9](?:-?[A-Z0-9]){6,19}(?![A-Za-z0-9])", body)
        if m and re.search(r"[A-Z]", m.group()) and sum(ch.isdigit() for ch in m.group()) >= 4:
            return (lead, m.end())
        return None
    if shape == "booking":
        # A booking's code (an airline's PNR "K7QX2M", a travel site's "1287917366"): one word of five to
        # ten capitals and digits.  A word of the language in capitals ("LUNAS", "AKTIF") is a status.
        m = re.match(r"[A-Z0-9]{5,10}(?![A-Za-z0-9])", body)
        if m and (re.search(r"\d", m.group()) or not (m.group().lower() in common_words() or is_ordinary_word(m.group()))):
            return (lead, m.end())
        return None
    if shape == "plate":
        m = re.match(r"[A-Z]{1,2}\s?-?\s?[1-9]\d{0,3}\s?-?\s?[A-Z]{0,3}(?![A-Za-z0-9])", body)
        return (lead, len(m.group().rstrip(" -"))) if m else None
    if shape == "digits":
        m = re.match(r"\d(?:[\s.\-]?\d){4,}", T.normalise_digits(body))
        return (lead, m.end()) if m else None
    if shape == "vocab":
        upper = body.upper()
        for word in longest_first(rec.vocabulary):
            if upper.startswith(word) and (len(upper) == len(word) or not upper[len(word)].isalpha()):
                return (lead, len(word))
        return None
    trimmed = trim_value(body)
    # A stray mark after a label ("Faskes Tingkat !", its roman I misread) is no value.
    return (lead, len(trimmed)) if re.search(r"[^\W_]", trimmed) else None


