"""Word lists that tell a capitalised name from capitalised ordinary words.

A run of capitalised words is read as a person's name when at least one of its
words is not an ordinary dictionary word (Tesseract's own ind/eng word lists)
or is a known Indonesian name that doubles as a word ("Permata", "Rahayu").
Menu items, headings and place phrases ("Data Pegawai", "Dinas Kesehatan")
are made of dictionary words only, so they stay uncovered.
"""
from __future__ import annotations

import functools
import gzip
import re
import tomllib
from importlib import resources

from ..errors import RedactorError
from .confusions import READ_FOR_CAPITAL_I

LEXICON = "lexicon.toml"  # beside the pattern packs; see the comments in it for what each list does
# Every list the code reads: a missing one is an error when detection starts, not a rule that does nothing.
LEXICON_KEYS = {
    "names": ("stop_words", "not_a_person", "column_headers", "not_name_phrases", "thing_before_name",
              "thing_columns", "account_controls", "signer_lines", "signer_ids", "brand_endings", "not_someone",
              "price_columns", "quantity_columns", "honorifics", "organisation_endings",
              "everyday_words", "establishments", "interface_words", "particles", "payment_methods", "degrees", "small_letter_name_labels", "formal_titles", "addressee_labels", "sender_labels", "chat_recipients", "chat_recipient_words", "account_holder_labels", "group_words",
              "certificate_handed_to"),
    "labels": ("inline_only", "stop", "address_stop", "weak_secret", "personal_phone", "classification",
               "budget_code", "column_headers", "other_column_headers", "signature_columns", "address_columns", "attribute_columns", "pager_lines",
               "person_columns", "place_columns", "count_columns", "office_before_place", "network_address_kinds", "home_address_fields", "office_address_words",
               "institution_before_label", "subject_before_label", "prose_before_place", "person_roles", "reference", "residence_words",
               "address_note", "address_note_words", "home_note_words", "not_home"),
    "values": ("not_a_secret", "not_an_address_start", "not_an_email_prefix", "file_extensions", "office_contacts",
               "office_only_contacts", "public_lines", "address_parts", "address_line_ends", "address_line_starts",
               "days", "place_kinds", "region_kinds", "street_kinds", "public_logins", "health_words", "public_venues", "business_words",
               "business_header_labels", "office_heads", "control_words", "system_lead_ins", "domain_endings",
               "domain_endings_often_cut", "currencies", "money_transfer_words", "card_issuers",
               "business_number_labels"),
    "internal_url": ("host_words", "path_words", "account_labels"),
    "page_kinds": ("chat_lines", "post_controls", "internal_marks", "birth_record_marks", "medical_record_marks",
                   "prescription_marks", "patient_marks", "trip_marks", "certificate_marks"),
    "identity_card": ("labels", "card_only", "field_needs_follow", "field_mid_line", "field_kept", "card_validity",
                      "citizenship_values",
                      "field_hints", "health_card_headings", "card_relations", "card_statuses"),
    "driving_licence": ("headings", "sim_headings", "issuing_offices"),
    "verdict": ("login_words",),
    "classification": ("stamp_words",),
}
# Lists of tables: (section, key) -> the keys of each table (a list of texts where marked).
LEXICON_TABLES = {("identity_card", "field"): {"key": False, "follow": True, "name": False, "category": False},
                  ("driving_licence", "field"): {"number": False, "category": False},
                  ("driving_licence", "sim_field"): {"number": False, "category": False}}


def lexicon_problems(data: object) -> list[str]:
    """What is wrong with the word lists: every section a table, every key known and a list of texts."""
    if not isinstance(data, dict):
        return ["not a set of tables"]
    out = [f"unknown table [{section}]" for section in data if section not in LEXICON_KEYS]
    for section, keys in LEXICON_KEYS.items():
        table = data.get(section)
        if not isinstance(table, dict):
            out.append(f"lacks the table [{section}]")
            continue
        allowed = set(keys) | {k for s, k in LEXICON_TABLES if s == section}
        out.extend(f"[{section}]: unknown key {key!r}" for key in table if key not in allowed)
        for key in keys:
            value = table.get(key)
            if not (isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value)):
                out.append(f"[{section}]: key {key!r} must be a list of texts, none empty")
    for (section, key), fields in LEXICON_TABLES.items():
        rows = data.get(section, {}).get(key) if isinstance(data.get(section), dict) else None
        if not (isinstance(rows, list) and rows and all(isinstance(r, dict) for r in rows)):
            out.append(f"[{section}]: needs [[{section}.{key}]] tables")
            continue
        for number, row in enumerate(rows, 1):
            where = f"[[{section}.{key}]] {number}"
            out.extend(f"{where}: unknown key {k!r}" for k in row if k not in fields)
            for k, is_list in fields.items():
                value = row.get(k)
                ok = (isinstance(value, list) and all(isinstance(v, str) for v in value)) if is_list \
                    else (isinstance(value, str) and value.strip())
                if not ok:
                    out.append(f"{where}: key {k!r} must be " + ("a list of texts" if is_list else "a text"))
    return out


def read_lexicon_text() -> str:
    return resources.files("redactor.patterns").joinpath(LEXICON).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict[str, dict[str, tuple[str, ...]]]:
    try:
        data = tomllib.loads(read_lexicon_text())
    except tomllib.TOMLDecodeError as exc:
        raise RedactorError(f"word lists {LEXICON} are not valid TOML ({exc})") from None
    problems = lexicon_problems(data)
    if problems:
        raise RedactorError(f"word lists {LEXICON}: {problems[0]}")
    return {section: {key: tuple(value) for key, value in table.items()} for section, table in data.items()}


def words(section: str, key: str) -> tuple[str, ...]:
    """One list of `patterns/lexicon.toml`, read once."""
    return _lexicon()[section][key]


def tables(section: str, key: str) -> tuple[dict, ...]:
    """One list of tables of `patterns/lexicon.toml` ([[section.key]]), read once."""
    return _lexicon()[section][key]


def _word_file(name: str) -> frozenset[str]:
    """The words of one file in `redactor/data` (gzipped or not): one per line, `#` lines are comments."""
    data = resources.files("redactor").joinpath("data", name).read_bytes()
    text = (gzip.decompress(data) if name.endswith(".gz") else data).decode("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    return _word_file("common_words.txt.gz")


@functools.lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    return _word_file("names_id.txt")


def looks_like_name_word(word: str) -> bool:
    bare = word.strip(",.'’").lower()
    if len(bare) < 3 or not bare.isalpha() or is_brand_word(bare):
        return False
    if bare in name_words():
        return True
    if bare in common_words():
        return False
    # a word with one thin letter misread ("Vaksinasl") is still the word
    return not (len(bare) >= 6 and any(v in common_words() for v in thin_stroke_readings(bare))) \
        and not misread_capital_i(word.strip(",.'’"))


def misread_capital_i(word: str) -> bool:
    """A word of the language whose opening capital I OCR read as a T or a thin stroke ("Iuran Wajib"
    read "Turan Wajib"): no word and no name as read, a word and no name with the I put back."""
    if len(word) < 4 or word[0] not in READ_FOR_CAPITAL_I or not (word[1:].isalpha() and word[1:].islower()):
        return False
    read, meant = word.lower(), "i" + word[1:]
    if read in common_words() or any(w in name_words() or w in given_names() or w in surnames() for w in (read, meant)):
        return False
    return meant in common_words() or is_ordinary_word(meant)


def is_brand_word(word: str) -> bool:
    """A brand's name by its ending ("Afterpay", "ShopeePay"): a payment option, not a person."""
    bare = word.lower()
    return any(bare.endswith(end) and len(bare) > len(end) + 1 for end in words("names", "brand_endings"))


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    return _word_file("english_words.txt.gz")


@functools.lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    return _word_file("places_id.txt")


@functools.lru_cache(maxsize=1)
def _indonesian():
    """KBBI root words and a stemmer that finds the root inside a derived word (Sastrawi)."""
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    class _RootSet(ArrayDictionary):  # the library keeps its 30,000 roots in a list: one look-up took 1 ms
        def __init__(self, words):
            self.words = words

    roots = frozenset(w for w in StemmerFactory().get_words() if w)
    return roots, Stemmer(_RootSet(roots))


@functools.lru_cache(maxsize=16384)
def is_ordinary_word(word: str) -> bool:
    """A word of the language rather than a name: a KBBI root or a word built on one
    ("pengadaan", "terlampir"), or an English dictionary word.

    Stricter than `common_words`: Tesseract's word lists were gathered from web text and hold
    thousands of names ("situmorang", "prabowo"); these two lists spell names with a capital or
    leave them out.  A stem only counts when a real affix came off ("di-mas" is a name, not "mas").
    """
    bare = word.strip(",.;:'’()").lower()
    if "-" in bare.strip("-"):
        # a compound or a doubled word ("pick-up", "check-in", "sehari-hari", "putus-putus"): every part a word
        parts = bare.split("-")
        return all(len(part) >= 2 and is_ordinary_word(part) for part in parts)
    if not bare.isalpha():
        return False
    if bare in english_words() or is_indonesian_word(bare) or bare in _everyday_words():
        return True
    # A thin stroke misread at one place ("Vaksinasl" for "Vaksinasi", "lmunisasi"): still the word.
    return len(bare) >= 6 and any(is_indonesian_word(v) or v in english_words() or v in _everyday_words()
                                  for v in thin_stroke_readings(bare))


def thin_stroke_readings(bare: str) -> list[str]:
    """`bare` with one thin letter read as the other (i for l, l for i): what OCR may have seen."""
    swap = {"l": "i", "i": "l"}
    return [bare[:k] + swap[ch] + bare[k + 1:] for k, ch in enumerate(bare) if ch in swap]


@functools.lru_cache(maxsize=1)
def _everyday_words() -> frozenset[str]:
    return frozenset(words("names", "everyday_words"))


@functools.lru_cache(maxsize=16384)
def is_root(bare: str) -> bool:
    """A KBBI root as spelled, no affix taken off."""
    return bare in _indonesian()[0]


@functools.lru_cache(maxsize=16384)
def is_indonesian_word(word: str) -> bool:
    """A KBBI root or a word built on one (see `is_ordinary_word`).  Kept for the process: taking a word's
    affixes off costs about half a millisecond, and a screen's menus and headers come back on every page."""
    bare = word.strip(",.;:'’()").lower()
    if not bare.isalpha():
        return False
    roots, stemmer = _indonesian()
    if bare in roots:
        return True
    stem = stemmer.stem(bare)
    removed = len(bare) - len(stem)
    return stem in roots and (removed >= 3 or (removed == 2 and len(stem) >= 4))


# Given names and family names of English-speaking countries, from the person data sets of `mimesis`
# (MIT; read as data, its code is never imported): they tell "Jessica Smith lives in ..." from
# "Contact Support", where both words are in the OCR dictionaries.  3,400 given names, 1,000 surnames.
NAME_LOCALES = ("en", "en-gb", "en-au", "en-ca")


def _name_dataset_dir():
    """The folder of mimesis' data sets, found without importing the library (a bundled app carries
    only the data files, under the same package folder)."""
    import importlib.util
    import sys
    from pathlib import Path

    spec = importlib.util.find_spec("mimesis")
    if spec is not None and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0]) / "datasets"
    return Path(getattr(sys, "_MEIPASS", "")) / "mimesis" / "datasets"


def _dataset(locale: str, name: str) -> dict:
    import json

    from ..errors import DetectorError

    path = _name_dataset_dir() / locale / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        # Fail closed: without the lists, names in English text would silently stay readable.
        raise DetectorError(f"name lists are missing or damaged ({name} of {locale}: {exc}); "
                            "reinstall Redactor") from None


@functools.lru_cache(maxsize=1)
def _foreign_names() -> tuple[frozenset[str], frozenset[str]]:
    given: set[str] = set()
    family: set[str] = set()
    for locale in NAME_LOCALES:
        data = _dataset(locale, "person.json")
        names = data.get("names", {})
        for group in (names.values() if isinstance(names, dict) else [names]):
            given.update(n.lower() for n in group if isinstance(n, str) and n.isalpha())
        surnames = data.get("surnames", [])
        for group in (surnames.values() if isinstance(surnames, dict) else [surnames]):
            family.update(n.lower() for n in group if isinstance(n, str) and n.isalpha())
    return frozenset(given), frozenset(family)


@functools.lru_cache(maxsize=1)
def foreign_places() -> frozenset[str]:
    """Lower-case one-word cities, states and countries of the same countries ("Austin", "Texas"), from
    the same data sets: a given name before one of them is a place ("Austin Texas"), not a person."""
    places: set[str] = set()
    for locale in NAME_LOCALES:
        data = _dataset(locale, "address.json")
        for key in ("city", "state", "country"):
            value = data.get(key, [])
            groups = [v for k, v in value.items() if k != "current_locale"] if isinstance(value, dict) else [value]
            for group in groups:
                group = [group] if isinstance(group, str) else group
                places.update(p.lower() for p in group if isinstance(p, str) and p.isalpha())
    return frozenset(places)


def given_names() -> frozenset[str]:
    """Lower-case given names of English-speaking countries."""
    return _foreign_names()[0]


def surnames() -> frozenset[str]:
    """Lower-case family names of English-speaking countries."""
    return _foreign_names()[1]


# A family name's own shape, whatever the lists hold: an Irish or Italian elided article or a Scottish
# "Mac" before a capital ("O'Connor", "D'Angelo", "McAllister", "MacKenzie"; not "Machine").
_FAMILY_NAME_SHAPE = re.compile(r"(?:[OD]['’]|Ma?c)[A-Z][a-z]{2,}")


def _bare_name(word: str) -> str:
    bare = word.strip(",.;:!?\"“”()[]").lower()
    return bare[:-2] if bare.endswith(("'s", "’s")) else bare


def known_full_name(words: list[str], *, in_sentence: bool, also_names: frozenset[str] = frozenset(),
                    stop_words: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Where capitalised `words` hold a person's name by the lists of given and family names: the
    (first, end) word indices of the name, or None.

    "Jessica Smith", "David Johnson": a known given name, then a known family or given name, or a
    word that is not a word of the language ("Jessica Smlth" as OCR reads it).  In a sentence
    (`in_sentence`: lower-case text around the run) a known given name before any capitalised
    word is a name ("John Doe, residing at ...").  A given name that is also an everyday word
    ("Will", "Mark", "Grace") only counts before a family name that is not one ("Mark Kaufman"),
    and a place after a given name makes a place ("Austin Texas", "Victoria Street": `stop_words`).
    All-capital runs ("KAUFMAN SCOTT" on a scan's overlay) count when every word is a known name
    and one of them is not a word of the language.
    """
    bare = [_bare_name(w) for w in words]
    if len(bare) >= 2 and all(w.isupper() for w in words if w.isalpha()) and all(b.isalpha() for b in bare):
        if (len(bare) <= 3 and all(b in given_names() or b in surnames() for b in bare)
                and any(not is_ordinary_word(b) for b in bare)):
            return 0, len(bare)
        return None

    def place(word: str) -> bool:
        return word in foreign_places() and word not in given_names() and word not in surnames()

    shaped = [bool(_FAMILY_NAME_SHAPE.fullmatch(w.strip(",.;:!?\"“”()[]"))) for w in words]

    def name_like(k: int) -> bool:
        word = bare[k]
        return ((word.isalpha() or shaped[k]) and word not in stop_words and not place(word)
                and (word in given_names() or word in surnames() or shaped[k] or not is_ordinary_word(word)))

    for i, (first, second) in enumerate(zip(bare, bare[1:])):
        if not (second.isalpha() or shaped[i + 1]) or second in stop_words or place(second):
            continue
        if first not in given_names():
            # A given name the lists do not hold ("Matteo", "Giulia"), no word of the language, before a
            # family name they hold that is none either ("Harris") or one of a family name's own shape
            # ("O'Connor", "McAllister").
            if (first.isalpha() and words[i][:1].isupper() and first not in stop_words and not place(first)
                    and not is_ordinary_word(first)
                    and (shaped[i + 1] or (second in surnames() and not is_ordinary_word(second)))):
                end = i + 2
                while end < len(bare) and name_like(end):
                    end += 1
                if end < len(bare) and bare[end] in stop_words:
                    continue  # "Lakeview Harris Group": a run that goes on into an office's word names the office
                return i, end
            continue
        if first in also_names:
            first_kind = "name"
        elif first in english_words():
            first_kind = "english"     # "Will", "Mark", "Grace": a name only before a true surname
        elif is_indonesian_word(first):
            first_kind = "indonesian"  # "Dana", "Megan": a name before a listed name only
        else:
            first_kind = "name"
        if first_kind == "english":
            # (or one of a family name's own shape: "Grace O'Connor", "Mark McAllister")
            found = (second in surnames() or shaped[i + 1]) and not is_ordinary_word(second)
        elif first_kind == "indonesian":
            found = (second in surnames() or second in given_names()) and not is_indonesian_word(second)
        else:
            # In a sentence a given name before any capitalised word that is not Indonesian ("John Doe,
            # residing"); Indonesian text capitalises its programmes and offices ("Dana Hibah").
            found = name_like(i + 1) or (in_sentence and words[i + 1][:1].isupper()
                                          and not is_indonesian_word(second))
        if found:
            end = i + 2
            while end < len(bare) and name_like(end):
                end += 1
            return i, end
    return None
