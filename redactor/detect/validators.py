"""Hard rules for structured identifiers (see the pattern packs for where each applies).

Each validator takes the digits (or the raw value) of a candidate and returns
True when it can be that identifier.  They cut false positives; they must
never reject a real value, so soft facts (tables that go out of date) stay out.
"""
from __future__ import annotations

import datetime as _dt
import ipaddress
import re
from typing import Callable

PROVINCES = {
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36",
    "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82",
    "91", "92", "93", "94", "95", "96",
}


def _today() -> _dt.date:
    return _dt.date.today()


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        return _dt.date(year, month, day) <= _today()
    except ValueError:
        return False


def _two_digit_year(yy: int) -> list[int]:
    now = _today().year
    years = [2000 + yy, 1900 + yy]
    return [y for y in years if y <= now]


def _region_ok(digits: str) -> bool:
    kab = int(digits[2:4])
    return digits[:2] in PROVINCES and 1 <= kab <= 99 and kab != 70 and digits[4:6] != "00"


def nik(digits: str) -> bool:
    if len(digits) != 16 or not digits.isdigit() or not _region_ok(digits) or digits[12:] == "0000":
        return False
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    if day > 40:
        day -= 40
    return any(_real_date(y, month, day) for y in _two_digit_year(yy))


def kk(digits: str) -> bool:
    if len(digits) != 16 or not digits.isdigit() or not _region_ok(digits) or digits[12:] == "0000":
        return False
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    return day <= 31 and any(_real_date(y, month, day) for y in _two_digit_year(yy))


def nik_or_kk(digits: str) -> bool:
    return nik(digits) or kk(digits)


def nip(digits: str) -> bool:
    """NIP PNS (YYYYMMDD YYYYMM G SSS) or NI PPPK (YYYYMMDD YYYY 2F G SSS)."""
    if len(digits) != 18 or not digits.isdigit():
        return False
    by, bm, bd = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
    ty = int(digits[8:12])
    now = _today().year
    if not (1940 <= by <= now - 17 and _real_date(by, bm, bd)):
        return False
    if not (1960 <= ty <= now + 1 and 17 <= ty - by <= 60):
        return False
    tm = digits[12:14]
    pns = 1 <= int(tm) <= 12
    pppk = tm[0] == "2" and tm[1] in "123456789"
    return (pns or pppk) and digits[14] in "12" and digits[15:] != "000"


def luhn(digits: str) -> bool:
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(digits: str) -> bool:
    """Luhn and a major network's IIN (Visa, Mastercard, Amex, JCB).

    Domestic GPN and UnionPay cards (6…) share their prefix with many
    reference numbers; those are covered when a card label is near.
    """
    if not (13 <= len(digits) <= 19 and luhn(digits)):
        return False
    two, four = int(digits[:2]), int(digits[:4])
    return digits[0] == "4" or 51 <= two <= 55 or 2221 <= four <= 2720 or two in (34, 37) or 3528 <= four <= 3589


_MRZ_VALUES = {**{str(i): i for i in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}


def mrz_check(field: str, check: str) -> bool:
    total = sum(_MRZ_VALUES.get(ch, 0) * (7, 3, 1)[i % 3] for i, ch in enumerate(field))
    return check.isdigit() and total % 10 == int(check)


def mrz_line2(line: str) -> bool:
    """TD3 line 2: at least three of the four check digits hold (OCR of '<' is noisy)."""
    line = line.replace(" ", "")
    if len(line) < 43:
        return False
    checks = [mrz_check(line[0:9], line[9]), mrz_check(line[13:19], line[19]),
              mrz_check(line[21:27], line[27]), mrz_check(line[28:42], line[42]) if len(line) > 42 else False]
    return sum(checks) >= 3


PLATE_REGIONS = set(
    "BL BB BK BA BM BP BG BN BE BD BH A B D E F T Z G H K R AA AD AB L M N P S W AE AG "
    "DK DR EA DH EB ED KB KH DA KT KU DB DL DM DN DD DP DW DT DC DE DG PA PB DS".split()
)


def plate(value: str) -> bool:
    m = re.fullmatch(r"([A-Z]{1,2})\s*-?\s*([1-9]\d{0,3})\s*-?\s*([A-Z]{0,3})", value.strip().upper())
    return bool(m) and m.group(1) in PLATE_REGIONS


def private_ip(value: str) -> bool:
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return False
    cgnat = ipaddress.ip_network("100.64.0.0/10")
    return ip.is_private or ip.is_loopback or ip.is_link_local or (ip.version == 4 and ip in cgnat)


def private_ip_read_small(value: str) -> bool:
    """A private address as OCR reads it in small type: some or all of its dots lost, read as commas or
    as spaces ("19216821148", "172.25.238251", "10.245, 78.66").  Its digits, split where the dots still
    stand and wherever else it takes, make four numbers of 0-255 that are a private address.  A date
    whose year ends it ("10.11.2024") is not one."""
    host = value.split(":")[0]
    groups = [g for g in re.split(r"[.,\s]+", host.strip(" .,")) if g]
    if not 1 <= len(groups) <= 4 or not all(g.isdigit() for g in groups):
        return False
    if not 5 <= sum(map(len, groups)) <= 12:
        return False
    if len(groups) == 3 and re.fullmatch(r"(?:19|20)\d\d", groups[-1]):
        return False
    return any(private_ip(".".join(octets)) for octets in _octets(groups, 4)) or _one_octet_misread(groups)


def _one_octet_misread(groups: list[str]) -> bool:
    """Four numbers with every dot read, opening a private range ("10.", "192.168.", "172.16-31."), one of
    the others over 255: a digit of it misread ("10.88,935.226" for 10.88.135.226)."""
    if len(groups) != 4 or any(len(g) > 3 or (g.startswith("0") and g != "0") for g in groups):
        return False  # (an amount's thousands, "10.250.500.000", are written with zeros an address has not)
    numbers = [int(g) for g in groups]
    private_start = numbers[0] == 10 or numbers[:2] == [192, 168] or (numbers[0] == 172 and 16 <= numbers[1] <= 31)
    return private_start and sum(n > 255 for n in numbers) == 1


def _octets(groups: list[str], count: int):
    """Every way to cut `groups` (digit runs, in order) into `count` numbers of 0-255 written without a
    leading zero, each run cut into one number or more."""
    if not groups:
        if count == 0:
            yield []
        return
    first, rest = groups[0], groups[1:]
    for pieces in range(1, min(count - len(rest), len(first)) + 1):
        for head in _cuts(first, pieces):
            for tail in _octets(rest, count - pieces):
                yield head + tail


def _cuts(run: str, pieces: int):
    if pieces == 1:
        if len(run) <= 3 and (run == "0" or not run.startswith("0")) and int(run) <= 255:
            yield [run]
        return
    for size in range(1, 4):
        head = run[:size]
        if len(run) - size < pieces - 1 or head.startswith("0") and size > 1 or int(head) > 255:
            continue
        for tail in _cuts(run[size:], pieces - 1):
            yield [head, *tail]


def hex_read_small(value: str) -> bool:
    """32 to 64 hexadecimal digits as OCR reads them in small type: its case mixed ('3F1941cbc99'), a few
    digits read as look-alike letters ('S' for 5, 'B' for 8, 'O' for 0, 'l' or 'I' for 1), at most one
    in eight; digits and letters of the key's own both in it."""
    hexdigits = sum(ch in "0123456789abcdefABCDEF" for ch in value)
    return (32 <= len(value) <= 64 and len(value) - hexdigits <= len(value) // 8
            and sum(ch.isdigit() for ch in value) >= 6 and sum(ch in "abcdefABCDEF" for ch in value) >= 4)


def npwp15(digits: str) -> bool:
    return len(digits) == 15 and digits.isdigit()


def ssn(digits: str) -> bool:
    """US Social Security number: area 001-899 but not 666, group 01-99, serial 0001-9999."""
    if len(digits) != 9 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "CH": 21,
    "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18,
    "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23,
    "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24,
    "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}


def iban_length_fits(value: str) -> bool:
    """As many letters and digits as an IBAN of its country has (no check digits looked at)."""
    code = re.sub(r"[\s-]", "", value).upper()
    return _IBAN_LENGTHS.get(code[:2]) == len(code)


def iban(value: str) -> bool:
    """IBAN: the country's length and the ISO 7064 mod-97 check.  A 0 that OCR read as O is tried as
    0, in the check digits ("FRO3 …") and then everywhere after the country; the check still decides."""
    code = re.sub(r"[\s-]", "", value).upper()
    if _IBAN_LENGTHS.get(code[:2]) != len(code) or not code.isalnum():
        return False
    readings = {code, code[:2] + code[2:4].replace("O", "0") + code[4:], code[:2] + code[2:].replace("O", "0")}
    return any(_iban_checks(reading) for reading in readings)


def _iban_checks(code: str) -> bool:
    if not code[2:4].isdigit():
        return False
    digits = "".join(str(int(ch, 36)) for ch in code[4:] + code[:4])
    return int(digits) % 97 == 1


def phone_intl(value: str) -> bool:
    """A telephone number of another country, written as people write it (NANP `(415) 555-0192`,
    or international `+44 20 7946 0958`).  Indonesian numbers (+62) are left to the Indonesian rules,
    which tell personal mobiles from office and hotline numbers."""
    import phonenumbers

    text = re.sub(r"(?i)\s*(?:ext|x)\.?\s*\d{1,5}$", "", value.strip())
    text = re.sub(r"^#(?=\s?\d)", "+", text)  # the + of "+1", "+31" read as #
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else "US")
    except phonenumbers.NumberParseException:
        return False
    return number.country_code != 62 and phonenumbers.is_valid_number(number)


def nric(value: str) -> bool:
    """Singapore NRIC/FIN (S1234567D): the check letter over the seven digits (weights 2765432;
    T and G numbers add 4)."""
    value = value.replace(" ", "").upper()
    if len(value) != 9 or value[0] not in "STFG" or not value[1:8].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(value[1:8], (2, 7, 6, 5, 4, 3, 2))) + (4 if value[0] in "TG" else 0)
    letters = "JZIHGFEDCBA" if value[0] in "ST" else "XWUTRQPNMLK"
    return letters[total % 11] == value[8]


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "nik": nik, "kk": kk, "nik_or_kk": nik_or_kk, "nip": nip, "luhn": luhn, "card": card,
    "mrz": mrz_line2, "plate": plate, "private_ip": private_ip,
    "private_ip_read_small": private_ip_read_small, "hex_read_small": hex_read_small,
    "npwp15": npwp15, "ssn": ssn, "iban": iban,
    "phone_intl": phone_intl, "nric": nric,
}
