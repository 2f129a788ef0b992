"""The international pack (patterns/intl.toml): formats of other countries, on by default.

Each rule has values it must cover, look-alikes it must leave visible, and values as OCR
reads them (spaces around separators, letters for digits, a number wrapped onto the next line).
All values are fictitious (555 numbers, example IBANs from the ISO 13616 documentation).
"""
from __future__ import annotations

import pytest

from test_recognizers import assert_covered, assert_nothing, categories, run
from redactor.detect.validators import iban, phone_intl, ssn


# ------------------------------------------------------------------ phones
@pytest.mark.parametrize("row, value", [
    ("or call (415) 555-0192.", "(415) 555-0192"),
    ("Ph: 212-555-0177", "212-555-0177"),
    ("Phone on file: +1 (512) 555-0203.", "+1 (512) 555-0203"),
    ("Alt Phone  (650) 555.8765", "(650) 555.8765"),
    ("Phone: +1-800-555-0134 ext. 42", "+1-800-555-0134 ext. 42"),
    ("London office +44 20 7946 0958", "+44 20 7946 0958"),
    ("WhatsApp +65 6123 4567 ya", "+65 6123 4567"),
    ("Kontak Berlin +49 30 901820", "+49 30 901820"),
    ("phone number is listed as 555-1234, and", "555-1234"),
])
def test_foreign_phone_numbers(row, value):
    assert_covered([row], value, "phone")


@pytest.mark.parametrize("row, value", [
    ("call (415 ) 555-0192", "(415 ) 555-0192"),       # OCR space inside the brackets
    ("Phone: 617-555-O129", "617-555-O129"),            # O for 0, behind a label
    ("Mobile: +44 7700 9OO123", "+44 7700 9OO123"),
])
def test_foreign_phone_numbers_ocr_noise(row, value):
    assert_covered([row], value, "phone")


@pytest.mark.parametrize("row", [
    "Tanggal 2024-11-15 pukul 10.00",         # a date
    "Total Rp 1.250.000",                     # money
    "Call center 1500-537 atau 14000",        # Indonesian hotlines
    "Telp. (021) 3456789 Fax (021) 3456790",  # an office line with a 0 area code
    "NPWP kantor 02.079.744.5-007.000",       # not a phone (it is an NPWP)
    "Versi 2.1.0.13 build 4821",
    "Invoice 123-456-7890-A",                 # glued to more code
    "+62 21 3456 789 (kantor)",               # Indonesian office number: the Indonesian rules decide
])
def test_foreign_phone_near_misses(row):
    assert_nothing([row], among={"phone"})


# A signature block's numbers after "M:" and "T:", the small grey print OCR reads with its + as # or 4.
@pytest.mark.parametrize("row, value", [
    ("M: +31 6 1821 1759 | T: +1 602 820 5791", "+31 6 1821 1759"),
    ("M: #316 18211759 | T: #1 702 646 4258", "#316 18211759"),
    ("M: 433115 11 40 73 | T: (512) 787-8293", "433115 11 40 73"),
    ("T: +44 20 7946 0958", "+44 20 7946 0958"),
    ("C: 0812 3456 7890", "0812 3456 7890"),
])
def test_signature_block_numbers(row, value):
    assert_covered([row], value, "phone")


@pytest.mark.parametrize("row", ["F: 021 2026 1234", "Issue #4821 closed", "Ticket #20251104 resolved",
                                 "Ukuran M: 42", "Page #12"])
def test_signature_and_hash_near_misses(row):
    assert_nothing([row], among={"phone"})


def test_phone_validator_parses_both_forms():
    assert phone_intl("(303) 555-0187") and phone_intl("+33 1 42 68 53 00")
    assert not phone_intl("+62 812 3456 7890") and not phone_intl("(123) 456-7890")


# ------------------------------------------------------ national numbers
@pytest.mark.parametrize("rows, value", [
    (["SSN:       123-45-6789"], "123-45-6789"),
    (["SSN for HR form: 234-56-7890 - send via secure channel."], "234-56-7890"),
    (["That's right. My full SSN: 987-65-4321."], "987-65-4321"),
    (["Social Security Number 123 45 6789"], "123 45 6789"),
    (["His social security number is reported as 123-45-", "6789. John mentioned"], "6789"),  # wrapped
    (["NI number: AB 12 34 56 C"], "AB 12 34 56 C"),
    (["MyKad 900101-14-5678"], "900101-14-5678"),
    (["Member ID: XJH123456789"], "XJH123456789"),
    (["DL: D1234567  EXP 08/31/2029"], "D1234567"),
    (["Policy No. 4400-112-9087"], "4400-112-9087"),
    # a vaccination record card and a clinic's form
    (["Patient number (medical record or IIS record number): 88213456"], "88213456"),
    (["Medical Record Number", "00451239"], "00451239"),
])
def test_national_and_member_numbers(rows, value):
    assert_covered(rows, value, "national_id")


@pytest.mark.parametrize("rows, value", [
    (["SSN: 123-4S-6789"], "123-4S-6789"),       # S for 5
    (["SSN 123 - 45 - 6789"], "123 - 45 - 6789"),  # OCR spaces around dashes
    (["Patient No: 88 2134 56"], "88 2134 56"),      # grouped by OCR
])
def test_national_numbers_ocr_noise(rows, value):
    assert_covered(rows, value, "national_id")


@pytest.mark.parametrize("row", [
    "Order 666-12-3456 shipped",     # area 666 is never issued
    "Ref 000-12-3456",
    "Kode 912-34-5678",              # area 9xx is never issued
    "Dibuat 2021-06-01 oleh admin",
    "Surat 123/45/6789 tentang",
    "Patient number of visits: 3",
])
def test_ssn_near_misses(row):
    assert_nothing([row], among={"national_id"})


def test_ssn_validator():
    assert ssn("123456789") and not ssn("000123456") and not ssn("123006789") and not ssn("123450000")


# ------------------------------------------------------------ bank, card
@pytest.mark.parametrize("row, value", [
    ("IBAN: GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"),
    ("Überweisung an DE89370400440532013000 bitte", "DE89370400440532013000"),
    ("Account Number: 000123456789", "000123456789"),
    ("Routing No 021000021", "021000021"),
])
def test_foreign_bank_accounts(row, value):
    assert_covered([row], value, "bank_account")


@pytest.mark.parametrize("row", [
    "GB82 WEST 1234 5698 7654 33",           # check digits wrong
    "I see your account was created on 2021-06-01.",
    "Model DE12 ABCD rev 3",
])
def test_foreign_bank_account_near_misses(row):
    assert_nothing([row], among={"bank_account"})


def test_iban_validator():
    assert iban("GB82 WEST 1234 5698 7654 32") and iban("NL91ABNA0417164300")
    assert not iban("NL91ABNA0417164301") and not iban("XX00 1234")


@pytest.mark.parametrize("rows, value", [
    (["4111 1111 1111 1111, exp 12/28, CVV 456."], "456"),
    (["which includes the card number and CVV 1122. His social"], "1122"),
    (["Expiration    CVC", "12/28         123"], "123"),        # label stacked over the value
    (["Security code: 7391"], "7391"),
])
def test_card_security_code(rows, value):
    assert_covered(rows, value, "card_number")


@pytest.mark.parametrize("row", ["Pesanan 456 item", "CVV harus 3 digit", "Total 1122 poin", "Kode pos 123"])
def test_card_security_code_needs_its_label(row):
    assert_nothing([row], among={"card_number"})


@pytest.mark.parametrize("row, value", [
    ("Cell #1 (212) 414-1346", "#1 (212) 414-1346"),      # OCR: # for the + of +1
    ("Cell +1 (212) 414-1346", "+1 (212) 414-1346"),
])
def test_a_north_american_number_is_covered_with_its_country_code(row, value):
    assert_covered([row], value, "phone")


@pytest.mark.parametrize("row", ["Ranking #1 (212) points", "Order #1 1234-5678"])
def test_a_list_number_before_other_digits_is_no_phone(row):
    assert_nothing([row], among={"phone"})


# --------------------------------------------------- confidentiality marks
@pytest.mark.parametrize("row, value", [
    ("Customer Details (CONFIDENTIAL)", "CONFIDENTIAL"),
    ("STRICTLY CONFIDENTIAL", "STRICTLY CONFIDENTIAL"),
    ("Q3 roadmap - INTERNAL ONLY", "INTERNAL ONLY"),
    ("FOR INTERNAL USE ONLY", "FOR INTERNAL USE ONLY"),
    ("Sensitivity: Confidential", "Confidential"),
])
def test_english_classification_marks(row, value):
    detection = assert_covered([row], value, "classification")
    assert detection.verdict.kind == "classified_document"


@pytest.mark.parametrize("row, value", [
    ("CONFIDEN", "CONFIDEN"),                            # a banner's mark with its end lost
    ("SFT CONFIDENTIAL", "SFT CONFIDENTIAL"),            # STRICTLY misread
    ("STRICTLY CONFIDENTIA", "STRICTLY CONFIDENTIA"),
])
def test_english_classification_marks_ocr_damaged_on_a_banner(row, value):
    assert_covered([row], value, "classification")


@pytest.mark.parametrize("row", [
    "BE CONFIDENT",
    "CONFIDENCE LEVEL",
    "We are confident the CONFIDEN field is mistyped in the form",   # not standing alone
])
def test_words_like_the_damaged_mark_are_not_classification(row):
    assert_nothing([row], among={"classification"})


@pytest.mark.parametrize("row", [
    "Your data is kept confidential.",
    "Restricted parking after 5 pm",      # not in capitals: an ordinary word
    "Internal only? Ask HR.",
])
def test_english_classification_words_in_prose(row):
    assert_nothing([row], among={"classification"})


# ---------------------------------------------------------- US addresses
@pytest.mark.parametrize("rows, value", [
    (["500 Main Street, Austin, TX 78701."], "500 Main Street, Austin, TX 78701"),
    (["Old address was 22 Pine St, Denver CO 80203."], "22 Pine St, Denver CO 80203"),
    (['"John Doe, residing at 123 Maple Street, Springfield, IL 62704, recently'],
     "123 Maple Street, Springfield, IL 62704"),
    (["located at 456 Elm Street, Springfield, IL", "62705, and his employee ID"], "62705"),  # ZIP wrapped
    (["Ship to 1600 Amphitheatre Pkwy, Mountain View"], "1600 Amphitheatre Pkwy, Mountain View"),
])
def test_us_street_addresses(rows, value):
    assert_covered(rows, value, "address")


@pytest.mark.parametrize("row", ["Step 3 Drive carefully", "Gate 5 Terminal 2", "Top 10 Lane Changes", "Rp 500 Main"])
def test_us_address_near_misses(row):
    assert_nothing([row], among={"address"})


# ------------------------------------------------------------------ names
@pytest.mark.parametrize("rows, value", [
    (["Hi Claude! I'm Alex Rivera."], "Alex Rivera"),
    (["My name is Morgan Lee and I live at"], "Morgan Lee"),
    (["Hi Morgan! I can see your address."], "Morgan"),
    (["Cardholder Name: Jane Q. Public"], "Jane Q. Public"),
    (["Surname / Nom", "ERIKSSON"], "ERIKSSON"),
    (["Given names", "ANNA MARIA"], "ANNA MARIA"),
])
def test_english_name_labels(rows, value):
    assert_covered(rows, value, "person_name")


def test_a_name_given_once_is_covered_where_it_is_used_alone():
    rows = ["Hi, I'm Jordan Kim.", "Hello Jordan! I can help.", "Thanks, noted for Kim Jordan too"]
    layout, detection = run(rows)
    from conftest import uncovered_chars
    assert not uncovered_chars(layout, detection.findings, "Jordan", 1)
    assert not uncovered_chars(layout, detection.findings, "Kim", 2)


# Names in English text with no label, told by the lists of given and family names.
@pytest.mark.parametrize("row, value", [
    ("This project was started by Megan Turner and welcomes contributions.", "Megan Turner"),
    ("Rachel Collins lives in Denver.", "Rachel Collins"),
    ("Report prepared for Thomas Walker on Monday", "Thomas Walker"),
    ("\"Steven Doe, residing at 45 Oak Avenue, applied", "Steven Doe"),   # in a sentence: any surname
    ("SANCHEZ PATRICIA [F] 05.11.1962", "SANCHEZ PATRICIA"),               # a scan's overlay, in capitals
    ("Mark Kaufman approved the request", "Mark Kaufman"),                 # an everyday word before a surname
])
def test_english_names_in_running_text(row, value):
    assert_covered([row], value, "person_name")


@pytest.mark.parametrize("row, value", [
    ("Rachel Colllns lives in Denver.", "Rachel Colllns"),         # OCR doubles a letter of the surname
    ("created by Megan Turner, and welcomes", "Megan Turner"),
    ("Thomas Walker's account was closed", "Thomas Walker's"),
])
def test_english_names_in_running_text_ocr_noise(row, value):
    assert_covered([row], value, "person_name")


def test_a_name_found_in_a_sentence_is_covered_where_it_is_used_alone():
    rows = ["Born in 1980, Steven Doe moved here.", "Steven's phone is on file and Steven signed."]
    layout, detection = run(rows)
    from conftest import uncovered_chars
    assert not uncovered_chars(layout, detection.findings, "Steven's", 1)
    assert not uncovered_chars(layout, detection.findings, "Steven", 1)


@pytest.mark.parametrize("row", [
    "Grace Period ends on Friday",            # given names that are everyday words
    "Will Update the Report Tomorrow",
    "Mark Complete",
    "Austin Texas office",                    # a given name before a place
    "Meet at Victoria Street station",
    "Open Chase Bank account",
    "Contact Support for help",
    "Data Pegawai",
    "NEW YORK CITY",                           # capitals that are not names
    "TOTAL BELANJA",
])
def test_english_names_in_running_text_near_misses(row):
    assert_nothing([row], among={"person_name"})


@pytest.mark.parametrize("rows", [
    ["Hello", "Data Pegawai"],              # a greeting names only what follows it on its line
    ["Hello, I need help with my account."],
    ["Welcome to the dashboard"],
])
def test_greetings_are_not_labels_for_other_lines(rows):
    assert_nothing(rows, among={"person_name"})


# ------------------------------------------------ passports of any country
MRZ_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
MRZ_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"


@pytest.mark.parametrize("line1, line2", [
    (MRZ_1, MRZ_2),
    ("P<UTOERIKSSON<<ANNA<MARI A<<<<<<<<<<<<<<c<<c<<<", "L898902C36UT07408122F1204159ZE184226B<<<<<10"),
    ("PKUTOERIKSSONKKANNAKMARIAKKKKKKKKKKKKKKKKKKK", "L898902C36UTO7408122F1204159ZE184226BKKKKK10"),  # '<' read as K
    ("P«UTOERIKSSON««ANNA«MARIA«««««««««««««««««««",
     "L898902C36UTO7408122F1204159ZE184226B«««««10"),
    ("P<UTOERIKSSON<<ANNA<MARIA <<<<<<<<<", "L898902C36UTO7408 122F1204159ZE18"),   # split and cut short
])
def test_mrz_band_covers_both_lines_even_when_ocr_misreads_fillers(line1, line2):
    rows = ["Passport No. / No. du passeport", "L898902C3", None, line1, line2]
    layout, detection = run(rows)
    from conftest import uncovered_chars
    for row, text in ((3, line1), (4, line2)):
        assert not uncovered_chars(layout, detection.findings, text, row), text
    assert detection.verdict.kind == "identity_card"


def test_td1_id_card_mrz_three_lines():
    rows = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
    layout, detection = run(rows)
    from conftest import uncovered_chars
    for row, text in enumerate(rows):
        assert not uncovered_chars(layout, detection.findings, text, row), text


@pytest.mark.parametrize("rows", [
    ["SELAMAT DATANG DI PORTAL LAYANAN PUBLIK KAMI"],           # a long line in capitals, no fillers
    ["ID-2024-000123-ABCDEF-XYZ-99887766"],
    ["<<<<< Kembali ke halaman sebelumnya"],
])
def test_mrz_look_alikes_are_not_a_band(rows):
    assert_nothing(rows, among={"passport"})


@pytest.mark.parametrize("rows, value", [
    (["Passport No. / No. du passeport", "L898902C3"], "L898902C3"),
    (["Passport Number: AB1234567"], "AB1234567"),
    (["No. Paspor : C1234567"], "C1234567"),
])
def test_passport_numbers_of_other_countries(rows, value):
    assert_covered(rows, value, "passport")


def test_name_lists_are_read_from_the_installed_data_sets():
    from redactor.detect import lexicon
    assert {"jessica", "david"} <= lexicon.given_names() and {"johnson", "smith"} <= lexicon.surnames()
    assert len(lexicon.given_names()) > 2000 and len(lexicon.surnames()) > 500
    assert "texas" in lexicon.foreign_places()


def test_missing_name_lists_fail_closed(monkeypatch, tmp_path):
    from redactor.detect import lexicon
    from redactor.errors import DetectorError
    monkeypatch.setattr(lexicon, "_name_dataset_dir", lambda: tmp_path)
    lexicon._foreign_names.cache_clear()
    try:
        with pytest.raises(DetectorError, match="name lists"):
            lexicon.given_names()
    finally:
        monkeypatch.undo()
        lexicon._foreign_names.cache_clear()


@pytest.mark.parametrize("rows, value", [
    (["NRIC S1234567D"], "S1234567D"),
    (["Identity No.", "T0066846F"], "T0066846F"),          # the label over its value, as on the card
    (["FIN: F1234567N"], "F1234567N"),
    (["Identity No. S1234567O"], "S1234567O"),             # OCR read the check letter D as O: the label holds
])
def test_singapore_identity_numbers(rows, value):
    assert_covered(rows, value, "national_id")


@pytest.mark.parametrize("row", ["Order S1234567A shipped", "Kode S7654321X", "Model T1000000Z"])
def test_letter_digit_codes_that_fail_the_check_letter_are_not_identity_numbers(row):
    assert_nothing([row], {"national_id"})


@pytest.mark.parametrize("rows, value", [
    (["9035 PINE RD", "DAYTON, OH 45402"], "9035 PINE RD"),          # a licence prints the address in capitals
    (["9035 PINE RD", "DAYTON, OH 45402"], "DAYTON, OH 45402"),
    (["500 Main Street", "Austin, TX 78701"], "Austin, TX 78701"),
    (["9035 PlNE RD"], "9035 PlNE RD"),                              # OCR read I as l
])
def test_us_street_and_city_lines_in_capitals(rows, value):
    assert_covered(rows, value, "address")


@pytest.mark.parametrize("row", ["Version 2, IN 12345 steps", "Total 12 ITEMS", "Chapter 3, OK 20000 words"])
def test_us_address_look_alikes(row):
    assert_nothing([row], {"address"})
