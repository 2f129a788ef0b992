"""What OCR reads a character as, in one table.

Every rule that forgives a misread asks this module, so that a confusion learnt on one kind of image
(a 0 read as O on a photographed slip, a colon read as 1 on a receipt) holds for every rule at once.
"""
from __future__ import annotations

import re

# The digit, and what OCR reads it as.  A monospace 0 with a dot or slash inside, in a code box, is read
# as @; a thin upright stroke (a 1, a colon on a photo, a table rule) as I, l, |, i or !; a small 5 whose
# top bar and bowl run together (a screenshot shrunk and recompressed by a chat app) as $.
READ_FOR_DIGIT: dict[str, str] = {
    "0": "OoDQ@", "1": "Il|i!", "2": "Zz", "5": "Ss$", "6": "Gb", "7": "T", "8": "B", "9": "gq",
}
THIN_STROKE = READ_FOR_DIGIT["1"]
# What OCR reads a capital I opening a word as: its serifs make a T ("Iuran" read "Turan"), or a thin
# stroke alone.
READ_FOR_CAPITAL_I = "Tl1|"
# What OCR reads a small plus sign as: before a country code ("+62 812 …" read "462 812 …" or "162 812 …")
# on a shrunk screenshot its arms blur into a 4's or a 1's strokes.
READ_FOR_PLUS = "41"
# ... and, at a line's start or after a space, as a t (its cross read as a t's): "t62 811-9382-".
READ_FOR_PLUS_AS_A_LETTER = "tT"
# What OCR reads a small e opening a system's name as ("e-Presensi" read "@ Presensi" or "«-Presens|" on a
# shrunk screenshot): its bowl and its hyphen run together into a round sign.
READ_FOR_SMALL_E = "@«©®¢"
# ... and as a hash, with the hyphen after it read too ("e-Kinerja" read "#-Kingrja"): a hashtag has no hyphen.
READ_FOR_SMALL_E_BEFORE_HYPHEN = "#"

TO_DIGITS = str.maketrans({ch: digit for digit, chars in READ_FOR_DIGIT.items() for ch in chars})
# The look-alikes that are letters or signs of their own ("@" and "$" only count inside a number; see `text`).
DIGIT_LOOKALIKE_CHARS = "".join(ch for chars in READ_FOR_DIGIT.values() for ch in chars if ch not in "@$")


# A bracket glued to a word in capitals, which OCR reads as a letter: "[RAHASIA]" read "IRAHASIAJ" or
# "lSANGAT RAHASIAl".
READ_FOR_BRACKET = {"[": "Il|", "]": "JIl1|"}
# (one of the two may have been read right, or as a parenthesis: "lSANGAT RAHASIA]", "lSANGAT RAHASIA)")
_GLUED_PAIR = re.compile(r"(?:^|(?<=[\s(]))([" + re.escape("[" + READ_FOR_BRACKET["["]) + r"])([A-Z][A-Z ]*?[A-Z])(["
                         + re.escape("])" + READ_FOR_BRACKET["]"]) + r"])(?![A-Za-z])")


def unglue_brackets(text: str) -> str:
    """`text` with the brackets OCR read as letters glued to both ends of a run of capitals put back, at
    the same offsets ("IRAHASIAJ" → "[RAHASIA]"; "INFO" keeps its I)."""
    def put_back(m: re.Match) -> str:
        opening = "[" if m.group(1) in READ_FOR_BRACKET["["] else m.group(1)
        closing = "]" if m.group(3) in READ_FOR_BRACKET["]"] else m.group(3)
        return opening + m.group(2) + closing
    return _GLUED_PAIR.sub(put_back, text)


def is_thin_stroke(text: str) -> bool:
    """One thin upright stroke: a 1, or what OCR reads one as."""
    return len(text) == 1 and (text == "1" or text in THIN_STROKE)


# A letter for each digit that has one in capitals: a name holds no digits, so a digit OCR read in it
# was that letter ("SANT0SO").
TO_CAPITALS = str.maketrans({digit: next(ch for ch in chars if ch.isupper())
                             for digit, chars in READ_FOR_DIGIT.items() if any(ch.isupper() for ch in chars)})


def lookalike_class(ch: str) -> str:
    """A regular-expression class for a character and what OCR reads in its place.  A digit: its
    look-alikes ("1" → [1Il|i!]).  A letter: the digit it looks like and the other letters of its case
    that look like that digit ("i" → [iIl1], "O" → [ODQ0]).  Anything else stands for itself."""
    if ch in READ_FOR_DIGIT:
        return "[" + re.escape(ch + READ_FOR_DIGIT[ch].replace("@", "")) + "]"
    digit = next((d for d, chars in READ_FOR_DIGIT.items() if ch in chars), None)
    if digit is None or not ch.isalpha():
        return re.escape(ch)
    # (a thin stroke has no case: an I, an l and an i are read for one another)
    letters = [c for c in READ_FOR_DIGIT[digit] if c.isalpha() and (c.islower() == ch.islower() or digit == "1")]
    return "[" + ch + "".join(c for c in letters if c != ch) + digit + "]"
