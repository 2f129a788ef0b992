"""Phone photos of identity and money documents, drawn with known boxes, then scored box by box.

    .venv/bin/python bench/photos.py --scorer ../shared/bench/score_real.py [--seed 1] [--per-kind 2]
        [--kind transfer ...] [--out DIR] [--list]
    sudo apt install fonts-liberation fonts-urw-base35   # the typefaces the pages are drawn in

Kinds (each value drawn at random from made-up lists; every number is made up):
transfer proofs of Indonesian banks and e-wallets (label beside or above the value, names in capitals),
an ATM slip, a passport data page with its machine-readable zone (other countries), the Indonesian
driving licence (SIM), a US-style driver licence, and a foreign identity card with English labels; then
office documents: a family card (Kartu Keluarga), a KIS/BPJS health card (number and name with or without
labels), a vaccination certificate, a form filled in by hand, a letter to "Yth." a position or a person,
and a disposition sheet with handwritten notes; a shop's thermal receipt whose print has faded and a clinic's
laboratory result with a diagnosis (both written before the engine was run on them); a clinic's sick note
(surat keterangan sakit) with the patient's NIP, age and diagnosis (written so too); a savings book opened on
its owner's page and a printed page of transactions, a birth certificate (kutipan akta kelahiran) with the date
of birth in words, a vehicle registration card (STNK) and a taxpayer card (NPWP), written so too; a parcel's
shipping label (sometimes crumpled, under a plastic bag's glare) and a doctor's prescription or a pharmacy's label
on the medicine, written so too; an identity card (KTP) held in a hand or lying on a table, turned, under the
laminate's glare, a thumb over a corner; a civil servant's card on a lanyard (name, NIP, a QR code or barcode); an
envelope or an invitation addressed to a person at home, typed or written by hand, written so too; an A4
photocopy of one or two KTPs under an office's "fotokopi sesuai dengan aslinya" stamp with the signer's name and
NIP, and a phone's photo of an office monitor showing a staff system's list of employees or an e-Kinerja page
(moiré, a reflection, the bezel), written so too; a printed attendance list (daftar hadir) of a meeting signed
by hand (names with titles and degrees, NIP, mobile numbers, signatures) and a phone held in a hand or lying on a
desk showing a WhatsApp-like chat in which someone shares their data or a transfer's proof, written so too.
Headings, labels, positions, office lines, dates of issue and letter numbers are labelled harmless, so covering them counts as a false positive.

Each page is drawn flat, then photographed: laid on a table, seen in perspective, lit unevenly, a
little out of focus, with sensor noise and JPEG compression.  Every drawn text is a box (sensitive or
harmless); its corners go through the same perspective.  The pipeline runs in-process with the
default settings; a box counts as covered by the corpus scorer's own test (`destroyed`).

Prints, per kind and per category, sensitive boxes covered; harmless boxes covered (a false positive);
and with `--list` one masked line per miss.  `--out DIR` keeps each photo and its redacted copy.
"""
from __future__ import annotations

import argparse
import io
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from redactor.config import Config
from redactor.cover import regions_for
from redactor.load import load_path
from redactor.mask import mask_value
from redactor.pipeline import analyse, render
from redactor.testing import isolate_user_settings, load_scorer

FONTS = Path("/usr/share/fonts/truetype")
FACES = {
    "sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "narrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "mono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "ocrb": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    # Values written by hand on a printed form: a chancery italic where the machine has one.
    "hand": ("../opentype/urw-base35/Z003-MediumItalic.otf", "../opentype/urw-base35/Z003-MediumItalic.otf"),
}
if not (FONTS / FACES["hand"][0]).exists():
    FACES["hand"] = ("dejavu/DejaVuSans-Oblique.ttf", "dejavu/DejaVuSans-BoldOblique.ttf")

GIVEN = ["Ayu", "Bayu", "Citra", "Dimas", "Eko", "Fitri", "Galih", "Hesti", "Irfan", "Joko", "Kartika", "Lestari",
         "Mulyadi", "Nuraini", "Puspa", "Rahmat", "Rina", "Sutrisno", "Tiara", "Umar", "Wulan", "Yogi", "Zaenal",
         "Bambang", "Dewi", "Fajar", "Handoko", "Indah", "Krisna", "Marlina", "Novita", "Ratna", "Teguh", "Wahyu"]
FAMILY = ["Saputra", "Wijayanti", "Hidayat", "Pratama", "Nugroho", "Lubis", "Siregar", "Harahap", "Wibowo",
          "Kusuma", "Rahayu", "Setiawan", "Susanti", "Firmansyah", "Manurung", "Tanjung", "Sinaga", "Purba",
          "Kurniawan", "Permana", "Sembiring", "Ginting", "Prasetyo", "Handayani", "Iskandar", "Maharani"]
WESTERN_GIVEN = ["Jordan", "Emily", "Michael", "Sarah", "Daniel", "Olivia", "Thomas", "Hannah", "Lucas", "Chloe"]
WESTERN_FAMILY = ["Morgan", "Fischer", "Bennett", "Larsen", "Okafor", "Novak", "Castillo", "Whitaker", "Brandt"]
CITIES = ["BANDUNG", "SEMARANG", "MAKASSAR", "PALEMBANG", "MALANG", "PADANG", "DENPASAR", "PONTIANAK"]
STREETS = ["JL. MELATI NO. 12", "JL. KENANGA RAYA NO. 21", "GG. MAWAR III NO. 7", "JL. DIPONEGORO NO. 45",
           "PERUM GRIYA ASRI BLOK C-9", "JL. VETERAN NO. 3A"]


@dataclass
class Item:
    box: tuple[int, int, int, int]
    text: str
    sensitive: bool
    category: str


@dataclass
class Sheet:
    """A flat document being drawn, with a box for every text on it."""
    image: Image.Image
    items: list[Item] = field(default_factory=list)
    turn: float = 0.0  # degrees the page lies turned in the photo (a card held in a hand), beside the jitter

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.image)

    def text(self, xy, text: str, size: int = 22, face: str = "sans", bold: bool = False, fill=(30, 30, 30),
             category: str | None = None, sensitive: bool = False, align: str = "left") -> tuple[int, int, int, int]:
        font = ImageFont.truetype(str(FONTS / FACES[face][int(bold)]), size)
        x, y = xy
        width = font.getlength(text)
        if align == "right":
            x -= width
        elif align == "centre":
            x -= width / 2
        self.draw.text((x, y), text, font=font, fill=fill)
        box = self.draw.textbbox((x, y), text, font=font)
        if category:
            self.items.append(Item(box, text, sensitive, category))
        return box

    def s(self, xy, text, category, **kw):
        return self.text(xy, text, category=category, sensitive=True, **kw)

    def h(self, xy, text, category="ui_text", **kw):
        return self.text(xy, text, category=category, sensitive=False, **kw)


# ----------------------------------------------------------------------------------------- values
def person(rng: random.Random, caps: bool = True) -> str:
    name = " ".join([rng.choice(GIVEN)] + rng.sample(FAMILY, rng.choice([1, 1, 2])))
    return name.upper() if caps else name


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def account(rng: random.Random) -> str:
    raw = digits(rng, rng.choice([10, 10, 13, 15]))
    style = rng.random()
    if style < 0.4:
        return raw
    if style < 0.7:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return "-".join([raw[:3], raw[3:6], raw[6:]])


def mobile(rng: random.Random) -> str:
    raw = "08" + rng.choice("1235789") + digits(rng, rng.choice([8, 9]))
    return rng.choice([raw, f"{raw[:4]}-{raw[4:8]}-{raw[8:]}", f"{raw[:4]} {raw[4:8]} {raw[8:]}"])


def amount(rng: random.Random) -> str:
    return "Rp " + f"{rng.randint(10, 5000) * 1000:,}".replace(",", ".")


def when(rng: random.Random) -> str:
    month = rng.choice(["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"])
    return f"{rng.randint(1, 28):02d} {month} 2025  {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} WIB"


def birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28)


# ----------------------------------------------------------------------------------------- pages
BANK_STYLES = [("BCA", (0, 82, 155), "m-Transfer"), ("BRImo", (0, 83, 159), "Transaksi Berhasil"),
               ("Livin' by Mandiri", (0, 56, 118), "Transfer Berhasil"), ("BNI Mobile", (242, 101, 34), "Transfer Berhasil"),
               ("BSI Mobile", (0, 150, 136), "Transaksi Berhasil"), ("DANA", (17, 141, 234), "Kirim Uang Berhasil"),
               ("GoPay", (0, 170, 19), "Transfer berhasil"), ("OVO", (76, 49, 148), "Transfer Berhasil")]


def transfer(rng: random.Random) -> Sheet:
    bank, colour, title = rng.choice(BANK_STYLES)
    sheet = Sheet(Image.new("RGB", (720, 1280), (255, 255, 255)))
    sheet.draw.rectangle((0, 0, 720, 120), fill=colour)
    sheet.h((40, 40), bank, "bank", size=34, bold=True, fill=(255, 255, 255))
    sheet.h((360, 170), title, size=30, bold=True, fill=(20, 140, 60), align="centre")
    sheet.h((360, 230), amount(rng), "price", size=44, bold=True, align="centre")
    sheet.h((360, 300), when(rng), "date", size=20, fill=(110, 110, 110), align="centre")
    sender, receiver = person(rng, caps=rng.random() < 0.7), person(rng, caps=rng.random() < 0.7)
    wallet = bank in ("DANA", "GoPay", "OVO")
    rows = [("Sumber Dana" if rng.random() < 0.5 else "Dari", sender, "person_name"),
            ("Rekening Sumber" if not wallet else "No. HP Pengirim", account(rng) if not wallet else mobile(rng),
             "bank_account" if not wallet else "phone"),
            ("Penerima" if rng.random() < 0.5 else "Nama Penerima", receiver, "person_name"),
            ("Bank Tujuan", rng.choice(["BCA", "BRI", "BNI", "Mandiri", "BSI", "Bank Jatim"]), None),
            ("Rekening Tujuan" if rng.random() < 0.5 else "No. Rekening", account(rng), "bank_account"),
            ("Berita", rng.choice(["bayar arisan", "uang kos", "titipan", "-"]), None),
            ("Biaya Admin", "Rp 0", None),
            ("No. Referensi", digits(rng, 12), "reference_no")]
    stacked = rng.random() < 0.4  # e-wallets and newer apps put the label over its value
    y = 380
    for label, value, category in rows:
        sheet.h((50, y), label, size=22, fill=(120, 120, 120))
        if stacked:
            y += 34
            x, align = 50, "left"
        else:
            x, align = 670, "right"
        if category in (None, "reference_no"):
            sheet.h((x, y), value, category or "ui_text", size=24, bold=True, align=align)
        else:
            sheet.s((x, y), value, category, size=24, bold=True, align=align)
        y += 60 if stacked else 70
    sheet.h((360, y + 30), "Simpan bukti transfer ini", size=18, fill=(120, 120, 120), align="centre")
    return sheet


def atm_slip(rng: random.Random) -> Sheet:
    sheet = Sheet(Image.new("RGB", (440, 900), (246, 244, 236)))
    bank = rng.choice(["BANK BRI", "BANK BNI", "BANK MANDIRI", "BANK BCA"])
    y = 30
    mono = dict(face="mono", size=19, fill=(60, 60, 70))
    sheet.h((220, y), bank, "bank", align="centre", **mono)
    y += 40
    for line in [f"ATM {digits(rng, 5)}  CAB. {rng.choice(CITIES)}", f"TGL {rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/25  JAM "
                 f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", "TRANSFER ANTAR BANK"]:
        sheet.h((30, y), line, **mono)
        y += 34
    y += 10
    fields = [("NO. KARTU", "5221 84** **** " + digits(rng, 4), None), ("DARI REK", account(rng).replace(" ", ""), "bank_account"),
              ("KE REK", account(rng).replace(" ", ""), "bank_account"), ("NAMA", person(rng), "person_name"),
              ("JUMLAH", amount(rng).upper(), None), ("NO. REF", digits(rng, 6), "reference_no")]
    for label, value, category in fields:
        sheet.h((30, y), f"{label:<10}:", **mono)
        if category in (None, "reference_no"):
            sheet.h((180, y), value, category or "price", **mono)
        else:
            sheet.s((180, y), value, category, **mono)
        y += 36
    y += 20
    sheet.h((220, y), "SIMPAN SLIP INI", align="centre", **mono)
    sheet.h((220, y + 34), "SEBAGAI BUKTI TRANSAKSI", align="centre", **mono)
    return sheet


def _mrz_check(text: str) -> str:
    values = {**{str(d): d for d in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}
    return str(sum(values[c] * w for c, w in zip(text, [7, 3, 1] * 20)) % 10)


PASSPORTS = [("REPUBLIC OF THE PHILIPPINES", "PHL", "FILIPINO"), ("MALAYSIA", "MYS", "MALAYSIA"),
             ("AUSTRALIA", "AUS", "AUSTRALIAN"), ("REPUBLIK INDONESIA", "IDN", "INDONESIA"),
             ("FEDERAL REPUBLIC OF GERMANY", "D<<", "DEUTSCH"), ("KINGDOM OF THE NETHERLANDS", "NLD", "NEDERLANDSE")]


def passport(rng: random.Random) -> Sheet:
    country, code, nationality = rng.choice(PASSPORTS)
    sheet = Sheet(Image.new("RGB", (1250, 880), (226, 232, 222)))
    d = sheet.draw
    for x in range(0, 1250, 24):  # the guilloche a data page is printed on
        d.line([(x, 0), (x + 300, 880)], fill=(214, 224, 214), width=2)
    d.rectangle((40, 150, 330, 520), fill=(190, 190, 200))
    d.ellipse((110, 200, 260, 370), fill=(214, 184, 160))
    d.rectangle((90, 370, 280, 520), fill=(60, 60, 80))
    sheet.h((640, 30), country, size=30, bold=True, fill=(40, 40, 90), align="centre")
    sheet.h((640, 75), "PASSPORT / PASPOR", size=24, fill=(40, 40, 90), align="centre")
    surname = rng.choice(FAMILY + WESTERN_FAMILY).upper()
    given = rng.choice(GIVEN + WESTERN_GIVEN).upper() + (" " + rng.choice(GIVEN).upper() if rng.random() < 0.4 else "")
    number = rng.choice("ABCEKPX") + digits(rng, 7)
    year, month, day = birth(rng)
    months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    place = rng.choice(["MANILA", "KUALA LUMPUR", "SYDNEY", "JAKARTA", "BERLIN", "ROTTERDAM", "CEBU CITY"])
    issue_year = rng.randint(2016, 2024)
    small = dict(size=16, fill=(90, 90, 110))
    value = dict(size=24, bold=True, face=rng.choice(["sans", "dejavu"]), fill=(25, 25, 35))
    col = 370
    sheet.h((col, 130), "Type / Tipe", **small)
    sheet.h((col, 150), "P", **value)
    sheet.h((col + 170, 130), "Country code / Kode negara", **small)
    sheet.h((col + 170, 150), code.replace("<", ""), **value)
    sheet.h((col + 520, 130), "Passport No. / No. Paspor", **small)
    sheet.s((col + 520, 150), number, "passport", **value)
    rows = [("Surname / Nama keluarga", surname, "person_name"), ("Given names / Nama depan", given, "person_name"),
            ("Nationality / Kewarganegaraan", nationality, None),
            ("Date of birth / Tanggal lahir", f"{day:02d} {months[month - 1]} {year}", "birth_date"),
            ("Sex / Jenis kelamin", rng.choice("MF"), None),
            ("Place of birth / Tempat lahir", place, "birth_date"),
            ("Date of issue / Tanggal dikeluarkan", f"{rng.randint(1, 28):02d} {rng.choice(months)} {issue_year}", None),
            ("Date of expiry / Tanggal habis berlaku", f"{rng.randint(1, 28):02d} {rng.choice(months)} {issue_year + 10}", None)]
    y = 200
    for label, text, category in rows:
        sheet.h((col, y), label, **small)
        if category:
            sheet.s((col, y + 20), text, category, **value)
        else:
            sheet.h((col, y + 20), text, "date" if "Date" in label else "ui_text", **value)
        y += 62
    line1 = f"P<{code}{surname.replace(' ', '<')}<<{given.replace(' ', '<')}"
    line1 = (line1 + "<" * 44)[:44]
    birth_field = f"{year % 100:02d}{month:02d}{day:02d}"
    expiry = f"{(issue_year + 10) % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    part = (number + "<" * 9)[:9]
    line2 = (f"{part}{_mrz_check(part)}{code}{birth_field}{_mrz_check(birth_field)}{rng.choice('MF')}"
             f"{expiry}{_mrz_check(expiry)}" + "<" * 14)
    line2 = line2[:42] + "0" + _mrz_check(line2[:42] + "0")
    mrz = dict(size=30, face="ocrb", fill=(20, 20, 20))
    sheet.s((40, 740), line1, "passport", **mrz)
    sheet.s((40, 790), line2, "passport", **mrz)
    return sheet


def sim(rng: random.Random) -> Sheet:
    sheet = Sheet(Image.new("RGB", (1000, 630), (232, 226, 206)))
    d = sheet.draw
    sheet.h((330, 24), "SURAT IZIN MENGEMUDI", size=30, bold=True, fill=(30, 40, 110))
    sheet.h((330, 64), "INDONESIA", size=20, bold=True, fill=(30, 40, 110))
    d.rectangle((40, 150, 260, 430), fill=(200, 40, 40))
    d.ellipse((100, 190, 200, 300), fill=(225, 195, 165))
    d.rectangle((80, 300, 220, 430), fill=(40, 40, 50))
    sheet.s((330, 110), f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 6)}", "id_number", size=26, bold=True, face="mono")
    year, month, day = birth(rng)
    street = rng.choice(STREETS)
    fields = [("1.", person(rng), "person_name"), ("2.", f"{rng.choice(CITIES)}, {day:02d}-{month:02d}-{year}", "birth_date"),
              ("3.", rng.choice(["A", "B", "O", "AB"]) + " - " + rng.choice(["PRIA", "WANITA"]), None),
              ("4.", street, "address"), (None, f"KEL. SUKAJADI KEC. {rng.choice(['CICENDO', 'COBLONG', 'LOWOKWARU'])}", "address"),
              (None, f"KOTA {rng.choice(CITIES)}", "address"),
              ("5.", rng.choice(["KARYAWAN SWASTA", "PNS", "WIRASWASTA", "PELAJAR/MAHASISWA"]), None),
              ("6.", f"POLRES {rng.choice(CITIES)}", None)]
    y = 165
    for number, text, category in fields:
        if number:
            sheet.h((330, y), number, size=22, bold=True)
        if category:
            sheet.s((370, y), text, category, size=22, bold=True)
        else:
            sheet.h((370, y), text, size=22, bold=True)
        y += 42
    sheet.h((680, 560), f"Berlaku s/d {day:02d}-{month:02d}-{rng.randint(2026, 2030)}", "date", size=18)
    return sheet


def us_licence(rng: random.Random) -> Sheet:
    sheet = Sheet(Image.new("RGB", (1010, 640), (236, 240, 248)))
    d = sheet.draw
    state = rng.choice(["CALIFORNIA", "TEXAS", "OREGON", "NEW YORK", "OHIO"])
    d.rectangle((0, 0, 1010, 90), fill=(40, 70, 140))
    sheet.h((30, 18), state, "ui_text", size=40, bold=True, fill=(255, 255, 255))
    sheet.h((620, 30), "DRIVER LICENSE", size=30, bold=True, fill=(255, 255, 255))
    d.rectangle((30, 130, 290, 470), fill=(150, 160, 180))
    d.ellipse((100, 170, 220, 300), fill=(220, 190, 165))
    d.rectangle((70, 300, 250, 470), fill=(70, 60, 60))
    year, month, day = birth(rng)
    small = dict(size=18, fill=(170, 30, 30), bold=True)
    big = dict(size=26, bold=True, face=rng.choice(["sans", "narrow"]))
    x = 320
    sheet.h((x, 110), "DL", **small)
    sheet.s((x + 40, 106), rng.choice("ABDFX") + digits(rng, 7), "id_number", **big)
    sheet.h((x + 330, 110), "EXP", **small)
    sheet.h((x + 385, 106), f"{month:02d}/{day:02d}/{rng.randint(2026, 2031)}", "date", **big)
    sheet.h((x, 160), "LN", **small)
    sheet.s((x + 40, 156), rng.choice(WESTERN_FAMILY).upper(), "person_name", **big)
    sheet.h((x, 200), "FN", **small)
    sheet.s((x + 40, 196), rng.choice(WESTERN_GIVEN).upper() + " " + rng.choice("ABCDEJKLMR"), "person_name", **big)
    sheet.s((x, 245), f"{rng.randint(100, 9999)} {rng.choice(['MAIN ST', 'OAK AVE', 'PINE RD', 'ELM ST'])}", "address", **big)
    sheet.s((x, 282), f"{rng.choice(['SPRINGFIELD', 'AUSTIN', 'SALEM', 'DAYTON'])}, {state[:2]} {digits(rng, 5)}", "address", **big)
    sheet.h((x, 335), "DOB", **small)
    sheet.s((x + 55, 331), f"{month:02d}/{day:02d}/{year}", "birth_date", **big)
    sheet.h((x + 330, 335), "CLASS", **small)
    sheet.h((x + 410, 331), "C", **big)
    sheet.h((x, 380), "SEX", **small)
    sheet.h((x + 55, 376), rng.choice("MF"), **big)
    sheet.h((x + 120, 380), "HGT", **small)
    sheet.h((x + 180, 376), f"5'-{rng.randint(1, 11):02d}\"", **big)
    sheet.h((x + 330, 380), "ISS", **small)
    sheet.h((x + 385, 376), f"{month:02d}/{day:02d}/{rng.randint(2018, 2024)}", "date", **big)
    sheet.h((x, 440), "DD", **small)
    sheet.h((x + 45, 436), digits(rng, 10), "reference_no", size=20)
    return sheet


def foreign_id(rng: random.Random) -> Sheet:
    sheet = Sheet(Image.new("RGB", (1000, 630), (232, 238, 230)))
    d = sheet.draw
    sheet.h((500, 24), rng.choice(["REPUBLIC OF SINGAPORE", "MALAYSIA", "REPUBLIC OF KENYA", "KINGDOM OF THAILAND"]),
            size=30, bold=True, fill=(40, 80, 60), align="centre")
    sheet.h((500, 66), "IDENTITY CARD", size=24, bold=True, fill=(40, 80, 60), align="centre")
    d.rectangle((700, 130, 950, 430), fill=(170, 180, 175))
    d.ellipse((760, 170, 890, 300), fill=(215, 185, 160))
    d.rectangle((730, 300, 920, 430), fill=(50, 50, 60))
    year, month, day = birth(rng)
    small = dict(size=18, fill=(90, 100, 90))
    big = dict(size=26, bold=True)
    number = "S" + digits(rng, 7)
    number += "JZIHGFEDCBA"[sum(int(d) * w for d, w in zip(number[1:], (2, 7, 6, 5, 4, 3, 2))) % 11]
    rows = [("Identity No.", number, "id_number"),
            ("Name", person(rng), "person_name"),
            ("Date of Birth", f"{day:02d}-{month:02d}-{year}", "birth_date"),
            ("Sex", rng.choice(["M", "F"]), None), ("Country of Birth", rng.choice(["SINGAPORE", "MALAYSIA"]), None),
            ("Address", f"BLK {rng.randint(1, 999)} {rng.choice(['TAMPINES ST 21', 'JURONG WEST AVE 1', 'BEDOK NORTH RD'])}", "address"),
            ("Date of Issue", f"{rng.randint(1, 28):02d}-0{rng.randint(1, 9)}-20{rng.randint(10, 24)}", None)]
    y = 120
    for label, text, category in rows:
        sheet.h((40, y), label, **small)
        if category:
            sheet.s((40, y + 22), text, category, **big)
        else:
            sheet.h((40, y + 22), text, "date" if "Date" in label else "ui_text", **big)
        y += 68
    return sheet


def nik(rng: random.Random, born: tuple[int, int, int] | None = None, female: bool = False) -> str:
    """A made-up NIK of valid shape: region codes, birth date (day + 40 for women), serial."""
    year, month, day = born or birth(rng)
    region = f"{rng.choice([11, 12, 13, 31, 32, 33, 34, 35, 36, 51, 52, 61, 64, 71, 73])}{rng.randint(1, 20):02d}{rng.randint(1, 20):02d}"
    return f"{region}{day + 40 * female:02d}{month:02d}{year % 100:02d}{rng.randint(1, 999):04d}"


def nip(rng: random.Random) -> str:
    year, month, day = rng.randint(1960, 1998), rng.randint(1, 12), rng.randint(1, 28)  # a civil servant's birth
    start = max(year + 20, 1990)  # appointed at 20 at the earliest, by 2018 at the latest
    return f"{year}{month:02d}{day:02d} {rng.randint(start, 2022)}{rng.randint(1, 12):02d} {rng.randint(1, 2)} {rng.randint(1, 20):03d}"


ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
REGENCIES = ["KABUPATEN CIANJUR", "KABUPATEN MAGELANG", "KABUPATEN BANTUL", "KOTA SEMARANG", "KABUPATEN SLEMAN",
             "KABUPATEN BONDOWOSO", "KOTA MALANG"]
VILLAGES = ["SUKAJADI", "TEGALREJO", "SUMBERAGUNG", "MARGODADI", "BANYUURIP", "JATIMULYO", "SIDOHARJO"]
DISTRICTS = ["CIBEBER", "SAWANGAN", "JETIS", "PAKEM", "TEMPURAN", "GRABAG", "SEWON"]


def family_card(rng: random.Random) -> Sheet:
    """A Kartu Keluarga: the head of family and address above, a table of members, officials below."""
    sheet = Sheet(Image.new("RGB", (1400, 900), (250, 246, 236)))
    d = sheet.draw
    small = dict(size=15, fill=(40, 40, 40))
    sheet.h((700, 20), "KARTU KELUARGA", size=30, bold=True, align="centre")
    sheet.h((620, 58), "No.", size=22, bold=True)
    sheet.s((665, 58), nik(rng), "id_number", size=22, bold=True)
    head = person(rng)
    regency = rng.choice(REGENCIES)
    left = [("Nama Kepala Keluarga", head, "person_name"), ("Alamat", rng.choice(STREETS), "address"),
            ("RT/RW", f"{rng.randint(1, 12):03d}/{rng.randint(1, 9):03d}", "address"),
            ("Kode Pos", digits(rng, 5), None)]
    right = [("Desa/Kelurahan", rng.choice(VILLAGES), "address"), ("Kecamatan", rng.choice(DISTRICTS), "address"),
             ("Kabupaten/Kota", regency.split(" ", 1)[1], None), ("Provinsi", "JAWA TENGAH", None)]
    for column, rows in ((40, left), (760, right)):
        y = 110
        for label, value, category in rows:
            sheet.h((column, y), label, **small)
            sheet.text((column + 190, y), ":", **small)  # a lone colon is too small a box to score
            if category:
                sheet.s((column + 205, y), value, category, **small)
            else:
                sheet.text((column + 205, y), value, **small)  # a public region: neither covered nor kept
            y += 26
    headers = ["No", "Nama Lengkap", "NIK", "Jenis Kelamin", "Tempat Lahir", "Tanggal Lahir", "Agama", "Pendidikan",
               "Jenis Pekerjaan"]
    xs = [40, 80, 320, 520, 640, 790, 920, 1020, 1200, 1380]
    top = 240
    d.rectangle((xs[0], top, xs[-1], top + 36 + 5 * 34), outline=(60, 60, 60), width=2)
    for x in xs[1:-1]:
        d.line([(x, top), (x, top + 36 + 5 * 34)], fill=(60, 60, 60), width=1)
    for x0, x1, header in zip(xs, xs[1:], headers):
        sheet.h(((x0 + x1) / 2, top + 9), header, size=14, bold=True, align="centre")
    d.line([(xs[0], top + 36), (xs[-1], top + 36)], fill=(60, 60, 60), width=2)
    family = head.split(" ", 1)[1] if " " in head else head
    for n in range(rng.randint(3, 5)):
        y = top + 44 + n * 34
        female = n == 1 or rng.random() < 0.4
        born = (rng.randint(1965, 1985) if n < 2 else rng.randint(2000, 2020), rng.randint(1, 12), rng.randint(1, 28))
        name = head if n == 0 else f"{rng.choice(GIVEN).upper()} {family}"
        sheet.h((xs[0] + 12, y), str(n + 1), **small)
        sheet.s((xs[1] + 6, y), name, "person_name", **small)
        sheet.s((xs[2] + 6, y), nik(rng, born, female), "id_number", **small)
        # Every cell of a member's row is about that person, as every field of a KTP is.
        sheet.s((xs[3] + 6, y), "PEREMPUAN" if female else "LAKI-LAKI", "personal_attribute", **small)
        sheet.s((xs[4] + 6, y), rng.choice(CITIES), "birth_date", **small)
        sheet.s((xs[5] + 6, y), f"{born[2]:02d}-{born[1]:02d}-{born[0]}", "birth_date", **small)
        sheet.s((xs[6] + 6, y), rng.choice(["ISLAM", "KRISTEN", "KATHOLIK", "HINDU"]), "personal_attribute", **small)
        sheet.s((xs[7] + 6, y), rng.choice(["SLTA/SEDERAJAT", "DIPLOMA IV/STRATA I", "TAMAT SD/SEDERAJAT"]),
                "personal_attribute", size=12, fill=(40, 40, 40))
        sheet.s((xs[8] + 6, y), rng.choice(["PELAJAR/MAHASISWA", "WIRASWASTA", "PETANI/PEKEBUN", "KARYAWAN SWASTA"]),
                "personal_attribute", size=12, fill=(40, 40, 40))
    y = top + 36 + 5 * 34 + 50
    sheet.h((40, y), "Dikeluarkan Tanggal :", **small)
    sheet.h((220, y), f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(2015, 2024)}", "date", **small)
    sheet.h((120, y + 40), "KEPALA KELUARGA", size=15, bold=True)
    sheet.s((120, y + 140), head, "person_name", **small)
    sheet.h((900, y + 40), f"KEPALA DINAS KEPENDUDUKAN DAN", size=15, bold=True)
    sheet.h((900, y + 60), f"PENCATATAN SIPIL {regency}", size=15, bold=True)
    sheet.s((900, y + 140), person(rng) + ", S.Sos", "person_name", size=15, bold=True)
    sheet.h((900, y + 162), "NIP.", **small)
    sheet.s((940, y + 162), nip(rng).replace(" ", ""), "id_number", **small)
    return sheet


def health_card(rng: random.Random) -> Sheet:
    """A KIS / BPJS Kesehatan card: number and name often printed with no label at all."""
    sheet = Sheet(Image.new("RGB", (1000, 630), (236, 244, 238)))
    d = sheet.draw
    d.rectangle((0, 0, 1000, 110), fill=(0, 120, 80))
    sheet.h((40, 22), "BPJS Kesehatan", size=36, bold=True, fill=(255, 255, 255))
    sheet.h((40, 70), "Badan Penyelenggara Jaminan Sosial", size=18, fill=(230, 240, 230))
    sheet.h((960, 40), rng.choice(["KARTU INDONESIA SEHAT", "KARTU JKN-KIS"]), size=26, bold=True, fill=(255, 255, 255),
            align="right")
    born = birth(rng)
    number = "000" + digits(rng, 10)
    name = person(rng)
    big = dict(size=30, bold=True, face=rng.choice(["sans", "dejavu"]), fill=(20, 30, 40))
    small = dict(size=20, fill=(50, 60, 60))
    faskes = rng.choice(["PUSKESMAS JETIS", "KLINIK PRATAMA SEHAT SENTOSA", "PUSKESMAS TEMPURAN", "PUSKESMAS PAKEM"])
    if rng.random() < 0.5:  # the plain card: no labels for number and name
        sheet.s((60, 170), " ".join([number[:4], number[4:8], number[8:]]), "id_number", **big)
        sheet.s((60, 230), name, "person_name", **big)
        rows = [("NIK", nik(rng, born), "id_number"), ("Tgl. Lahir", f"{born[2]:02d}-{born[1]:02d}-{born[0]}", "birth_date"),
                ("Faskes Tingkat I", faskes, "address")]
        y = 310
    else:
        rows = [("No. Kartu", number, "id_number"), ("Nama", name, "person_name"), ("NIK", nik(rng, born), "id_number"),
                ("Tanggal Lahir", f"{born[2]:02d}-{born[1]:02d}-{born[0]}", "birth_date"), ("Faskes Tingkat I", faskes, "address")]
        y = 150
    for label, value, category in rows:
        sheet.h((60, y + 4), label, **small)
        sheet.h((260, y + 4), ":", **small)
        sheet.s((280, y), value, category, size=24, bold=True, fill=(20, 30, 40))
        y += 52
    sheet.h((60, 560), "Kartu ini berlaku selama peserta membayar iuran", size=16, fill=(90, 100, 90))
    return sheet


def vaccination(rng: random.Random) -> Sheet:
    sheet = Sheet(Image.new("RGB", (900, 1200), (255, 255, 255)))
    d = sheet.draw
    sheet.h((450, 40), "SERTIFIKAT VAKSINASI COVID-19", size=32, bold=True, fill=(30, 60, 120), align="centre")
    sheet.h((450, 86), "COVID-19 Vaccination Certificate", size=22, fill=(80, 90, 110), align="centre")
    dose = rng.choice([("Dosis Pertama", "First Dose"), ("Dosis Kedua", "Second Dose"), ("Dosis Ketiga", "Booster")])
    sheet.h((450, 130), f"{dose[0]} / {dose[1]}", size=22, bold=True, align="centre")
    born = birth(rng)
    female = rng.random() < 0.5
    small = dict(size=18, fill=(100, 100, 110))
    value = dict(size=26, bold=True, fill=(20, 20, 30))
    rows = [("Nomor Sertifikat / Certificate Number", "V" + digits(rng, 9), None),
            ("Nama / Name", person(rng, caps=rng.random() < 0.6), "person_name"),
            ("Tanggal Lahir / Date of Birth", f"{born[2]} {ID_MONTHS[born[1] - 1]} {born[0]}", "birth_date"),
            ("NIK / National ID Number", nik(rng, born, female), "id_number"),
            ("Tanggal Vaksinasi / Vaccination Date", f"{rng.randint(1, 28)} {rng.choice(ID_MONTHS)} 2021", "date"),
            ("Vaksin / Vaccine", rng.choice(["Sinovac", "AstraZeneca", "Pfizer", "Moderna"]), "ui_text")]
    y = 210
    for label, text, category in rows:
        sheet.h((90, y), label, **small)
        if category in ("person_name", "birth_date", "id_number"):
            sheet.s((90, y + 26), text, category, **value)
        elif category:
            sheet.h((90, y + 26), text, category, **value)
        else:
            sheet.text((90, y + 26), text, **value)
        y += 90
    d.rectangle((330, 780, 570, 1020), outline=(20, 20, 20), width=3)
    for _ in range(160):  # a QR-like square; its content is not scored
        x, yq = rng.randrange(340, 550, 10), rng.randrange(790, 1000, 10)
        d.rectangle((x, yq, x + 10, yq + 10), fill=(20, 20, 20))
    sheet.h((450, 1060), "Kementerian Kesehatan Republik Indonesia", size=20, align="centre")
    return sheet


def handwritten_form(rng: random.Random) -> Sheet:
    """A printed form filled in by hand: numbered labels, written values on dotted lines."""
    sheet = Sheet(Image.new("RGB", (1000, 1100), (252, 252, 248)))
    d = sheet.draw
    sheet.h((500, 40), rng.choice(["FORMULIR PENDAFTARAN", "FORMULIR PERMOHONAN BANTUAN", "BIODATA PESERTA"]),
            size=30, bold=True, align="centre")
    born = birth(rng)
    ink = rng.choice([(20, 40, 140), (25, 25, 30)])
    rows = [("Nama Lengkap", person(rng, caps=rng.random() < 0.3), "person_name"),
            ("NIK", nik(rng, born), "id_number"),
            ("Tempat/Tgl. Lahir", f"{rng.choice(CITIES).title()}, {born[2]:02d}-{born[1]:02d}-{born[0]}", "birth_date"),
            ("Alamat", rng.choice(STREETS).title(), "address"),
            ("No. HP", mobile(rng), "phone"),
            ("Pekerjaan", rng.choice(["Petani", "Wiraswasta", "Guru", "Ibu Rumah Tangga"]), "personal_attribute")]
    y = 140
    for n, (label, value, category) in enumerate(rows, 1):
        sheet.h((60, y + 10), f"{n}. {label}", size=22)
        sheet.h((330, y + 10), ":", size=22)
        for x in range(350, 940, 8):
            d.point((x, y + 42), fill=(120, 120, 120))
        angle_y = y + rng.randint(-4, 4)
        sheet.s((360, angle_y), value, category, size=34, face="hand", fill=ink)
        y += 80
    sheet.h((600, y + 60), f"{rng.choice(CITIES).title()}, {rng.randint(1, 28)} {rng.choice(ID_MONTHS)} 2025", "date",
            size=20)
    sheet.h((640, y + 90), "Pemohon,", size=20)
    sheet.s((620, y + 200), person(rng, caps=False), "person_name", size=30, face="hand", fill=ink)
    return sheet


OFFICES = ["DINAS PENDIDIKAN DAN KEBUDAYAAN", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM", "DINAS KESEHATAN",
           "DINAS KOMUNIKASI DAN INFORMATIKA"]
POSITIONS = ["Sekretaris Jenderal Kementerian Dalam Negeri", "Kepala Badan Kepegawaian Negara", "Bupati Sleman",
             "Kepala Dinas Kesehatan Provinsi", "Direktur Jenderal Otonomi Daerah", "Camat Pakem"]


def letter(rng: random.Random) -> Sheet:
    """An official letter: letterhead, number and subject, 'Yth.' to a position or a person, a signer with NIP."""
    sheet = Sheet(Image.new("RGB", (1000, 1400), (255, 255, 255)))
    d = sheet.draw
    regency = rng.choice(REGENCIES)
    office = rng.choice(OFFICES)
    sheet.h((540, 30), f"PEMERINTAH {regency}", size=24, bold=True, align="centre")
    sheet.h((540, 64), office, size=26, bold=True, align="centre")
    sheet.h((540, 102), f"Jalan Raya No. {rng.randint(1, 200)} Telp. (0274) {digits(rng, 6)}", "public_phone", size=16,
            align="centre")
    d.line([(40, 132), (960, 132)], fill=(0, 0, 0), width=3)
    small = dict(size=20)
    sheet.h((600, 160), f"{rng.choice(CITIES).title()}, {rng.randint(1, 28)} {rng.choice(ID_MONTHS)} 2025", "date", **small)
    rows = [("Nomor", f"{rng.randint(0, 900):03d}/{rng.randint(1, 999)}/{office.split()[1][:6]}/2025"),
            ("Sifat", rng.choice(["Biasa", "Segera", "Penting"])), ("Lampiran", "-"),
            ("Perihal", rng.choice(["Undangan Rapat Koordinasi", "Permohonan Data Pegawai", "Laporan Kegiatan"]))]
    y = 200
    for label, value in rows:
        sheet.h((60, y), label, **small)
        sheet.h((170, y), ":", **small)
        sheet.h((190, y), value, **small)
        y += 30
    y += 30
    sheet.h((60, y), "Kepada", **small)
    y += 30
    if rng.random() < 0.5:
        sheet.h((60, y), "Yth.", **small)
        sheet.h((110, y), rng.choice(POSITIONS), **small)
    else:
        sheet.h((60, y), "Yth.", **small)
        sheet.h((110, y), rng.choice(["Bapak", "Ibu", "Sdr."]), **small)
        sheet.s((180, y), person(rng, caps=False), "person_name", **small)
    sheet.h((60, y + 30), "di", **small)
    sheet.h((100, y + 60), "Tempat", **small)
    y += 130
    body = ["Dengan hormat, sehubungan dengan pelaksanaan kegiatan tahun anggaran 2025,",
            "bersama ini kami mohon kehadiran Bapak/Ibu pada rapat koordinasi yang akan",
            "dilaksanakan di Aula Kantor. Atas perhatian dan kerja samanya diucapkan terima kasih."]
    for line in body:
        sheet.h((60, y), line, **small)
        y += 32
    y += 60
    sheet.h((600, y), f"KEPALA {office.split(' DAN')[0]},", size=18, bold=True)
    sheet.s((600, y + 110), person(rng) + ", S.T., M.M.", "person_name", size=20, bold=True)
    sheet.h((600, y + 136), rng.choice(["Pembina Tk. I", "Pembina Utama Muda"]), **small)
    sheet.h((600, y + 162), "NIP.", **small)
    sheet.s((650, y + 162), nip(rng), "id_number", **small)
    y += 230
    sheet.h((60, y), "Tembusan:", size=18)
    sheet.h((60, y + 26), f"1. Bupati {regency.split(' ', 1)[1].title()}", size=18)
    sheet.h((60, y + 52), "2. Arsip", size=18)
    return sheet


def disposition(rng: random.Random) -> Sheet:
    """A disposition sheet: a printed grid with the letter's particulars, notes written by hand."""
    sheet = Sheet(Image.new("RGB", (1000, 1100), (250, 250, 246)))
    d = sheet.draw
    office = rng.choice(OFFICES)
    sheet.h((500, 30), office, size=24, bold=True, align="centre")
    sheet.h((500, 80), "LEMBAR DISPOSISI", size=30, bold=True, align="centre")
    d.rectangle((40, 130, 960, 1000), outline=(20, 20, 20), width=2)
    small = dict(size=20)
    classified = rng.random() < 0.4
    rows = [("Surat dari", rng.choice(["Badan Kepegawaian Negara", "Sekretariat Daerah", "Kementerian Dalam Negeri"]), "ui_text"),
            ("No. Surat", f"{rng.randint(100, 999)}/{rng.randint(1, 999)}/SJ/2025", "ui_text"),
            ("Tgl. Surat", f"{rng.randint(1, 28)} {rng.choice(ID_MONTHS)} 2025", "date"),
            ("Diterima Tgl.", f"{rng.randint(1, 28)} {rng.choice(ID_MONTHS)} 2025", "date"),
            ("No. Agenda", str(rng.randint(100, 999)), "ui_text"),
            ("Sifat", "Rahasia" if classified else rng.choice(["Segera", "Biasa"]), "classification" if classified else "ui_text"),
            ("Perihal", rng.choice(["Usulan Kenaikan Pangkat", "Undangan Sosialisasi", "Permohonan Narasumber"]), "ui_text")]
    y = 150
    for label, value, category in rows:
        sheet.h((60, y), label, **small)
        sheet.h((240, y), ":", **small)
        if category == "classification":
            sheet.s((260, y), value, category, **small)
        else:
            sheet.h((260, y), value, category, **small)
        y += 40
    d.line([(40, y + 10), (960, y + 10)], fill=(20, 20, 20), width=2)
    d.line([(500, y + 10), (500, 1000)], fill=(20, 20, 20), width=2)
    sheet.h((60, y + 24), "Diteruskan kepada Sdr.:", size=20, bold=True)
    sheet.h((520, y + 24), "Dengan hormat harap:", size=20, bold=True)
    ink = (20, 40, 140)
    for n, who in enumerate(rng.sample(["Sekretaris", "Kabid Mutasi", "Kasubbag Umum", "Kabid Pengadaan"], 2)):
        sheet.h((60, y + 70 + n * 44), f"{n + 1}. {who}", size=30, face="hand", fill=ink)
    for n, ask in enumerate(["Tanggapan dan saran", "Proses lebih lanjut", "Koordinasi / konfirmasi"]):
        sheet.h((520, y + 70 + n * 36), f"[  ] {ask}", size=18)
    note_y = y + 250
    sheet.h((60, note_y), "Catatan :", size=20, bold=True)
    staff = person(rng, caps=False).split()
    sheet.h((60, note_y + 40), "Mohon dihadiri oleh", size=30, face="hand", fill=ink)
    sheet.s((340, note_y + 40), f"Sdr. {staff[0]} {staff[1]}", "person_name", size=30, face="hand", fill=ink)
    sheet.h((60, note_y + 84), "dan dilaporkan hasilnya", size=30, face="hand", fill=ink)
    return sheet


STORES = [("TOKO SERBA MURAH", "PT. SINAR ABADI RITELINDO"), ("MINIMARKET HARAPAN JAYA", "PT. HARAPAN JAYA MANDIRI"),
          ("SWALAYAN SEGAR", "PT. SEGAR PANGAN NUSANTARA"), ("APOTEK SEHAT SELALU", "PT. SEHAT SELALU FARMA")]
GOODS = ["GULA PASIR 1KG", "MINYAK GORENG 2L", "BERAS PREMIUM 5KG", "SUSU UHT 1L", "TELUR AYAM 1KG", "KOPI SACHET 10S",
         "SABUN MANDI 85G", "MIE INSTAN GORENG", "AIR MINERAL 600ML", "TEH CELUP 25S"]


def npwp(rng: random.Random) -> str:
    raw = digits(rng, 15)
    return f"{raw[:2]}.{raw[2:5]}.{raw[5:8]}.{raw[8]}-{raw[9:12]}.{raw[12:]}"


def thermal_receipt(rng: random.Random) -> Sheet:
    """A shop's thermal receipt whose print has faded: the header (the company's NPWP) and the member's lines
    printed lighter than the items, as a receipt kept in a wallet for weeks looks."""
    sheet = Sheet(Image.new("RGB", (460, 1000), (250, 249, 245)))
    store, company = rng.choice(STORES)
    body = rng.randint(40, 90)
    faint = rng.randint(150, 185)
    mono = dict(face="mono", size=rng.choice([16, 17, 18]))
    dark = dict(mono, fill=(body, body, body))
    pale = dict(mono, fill=(faint, faint, faint + 4))
    y = 30
    sheet.h((230, y), store, "store", align="centre", **pale)
    sheet.h((230, y + 24), company, "store", align="centre", **pale)
    label = sheet.h((60, y + 48), "NPWP", **pale)
    colon = sheet.text((label[2], y + 48), " : ", **pale)  # a colon alone is neither sensitive nor a text to keep
    sheet.s((colon[2], y + 48), npwp(rng), "id_number", **pale)
    sheet.h((230, y + 72), f"JL. {rng.choice(['RAYA', 'PAHLAWAN', 'SUDIRMAN'])} NO. {rng.randint(1, 200)} "
            f"{rng.choice(CITIES)}", "store_address", align="centre", **pale)
    y += 120
    sheet.h((20, y), f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/25 {rng.randint(7, 22):02d}:"
            f"{rng.randint(0, 59):02d}  No.{digits(rng, 6)}", "date", **dark)
    y += 40
    for good in rng.sample(GOODS, rng.randint(3, 6)):
        sheet.h((20, y), good, "item", **dark)
        price = f"{rng.randint(2, 90) * 1000:,}"
        sheet.h((440, y), price, "price", align="right", **dark)
        y += 26
    y += 14
    for label_text in ("TOTAL", "TUNAI", "KEMBALI"):
        sheet.h((20, y), label_text, "ui_text", **dark)
        sheet.h((440, y), f"{rng.randint(10, 300) * 1000:,}", "price", align="right", **dark)
        y += 26
    y += 20
    label = sheet.h((20, y), "Member", **pale)
    colon = sheet.text((label[2], y), "  : ", **pale)
    sheet.s((colon[2], y), person(rng), "person_name", **pale)
    label = sheet.h((20, y + 24), "No. HP", **pale)
    colon = sheet.text((label[2], y + 24), "  : ", **pale)
    sheet.s((colon[2], y + 24), mobile(rng).replace(" ", "-"), "phone", **pale)
    sheet.h((20, y + 48), f"Poin    : {rng.randint(10, 900)}", "ui_text", **pale)
    y += 100
    sheet.h((230, y), "TERIMA KASIH ATAS KUNJUNGAN ANDA", "ui_text", align="centre", **pale)
    sheet.h((230, y + 24), "Barang yang sudah dibeli tidak", "ui_text", align="centre", **pale)
    sheet.h((230, y + 48), "dapat ditukar/dikembalikan", "ui_text", align="centre", **pale)
    return sheet


TESTS = [("Hemoglobin", "g/dL", "13.0 - 17.0", (9.0, 17.5)), ("Leukosit", "10^3/uL", "4.0 - 10.0", (3.0, 14.0)),
         ("Trombosit", "10^3/uL", "150 - 400", (90, 450)), ("Glukosa Darah Puasa", "mg/dL", "70 - 100", (70, 240)),
         ("Kolesterol Total", "mg/dL", "< 200", (140, 290)), ("Asam Urat", "mg/dL", "3.4 - 7.0", (3.0, 10.0)),
         ("SGPT", "U/L", "< 41", (10, 90))]
DIAGNOSES = ["Diabetes Melitus Tipe 2", "Hipertensi Esensial", "Dislipidemia", "Demam Berdarah Dengue",
             "Tuberkulosis Paru", "Gagal Ginjal Kronik"]


def lab_result(rng: random.Random) -> Sheet:
    """A clinic's laboratory result: the patient's particulars in two columns, a table of tests, the diagnosis."""
    sheet = Sheet(Image.new("RGB", (1000, 1300), (255, 255, 255)))
    d = sheet.draw
    lab = rng.choice(["LABORATORIUM KLINIK PRATAMA MEDIKA", "INSTALASI LABORATORIUM RSUD KOTA", "LAB. KLINIK SEHAT UTAMA"])
    sheet.h((500, 40), lab, size=28, bold=True, align="centre", fill=(20, 60, 110))
    sheet.h((500, 80), f"Jl. {rng.choice(['Kesehatan', 'Merdeka', 'Ahmad Yani'])} No. {rng.randint(1, 99)}, "
            f"{rng.choice(CITIES).title()}", "clinic_address", size=18, align="centre")
    d.line([(40, 115), (960, 115)], fill=(20, 20, 20), width=3)
    sheet.h((500, 135), "HASIL PEMERIKSAAN LABORATORIUM", size=26, bold=True, align="centre")
    born = birth(rng)
    female = rng.random() < 0.5
    small = dict(size=19)
    left = [("Nama Pasien", person(rng, caps=rng.random() < 0.5), "person_name"),
            ("No. RM", f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}", "id_number"),
            ("Tgl. Lahir", f"{born[2]:02d}-{born[1]:02d}-{born[0]}", "birth_date"),
            ("Alamat", f"{rng.choice(STREETS).title()}, {rng.choice(CITIES).title()}", "address")]
    right = [("No. Lab", f"L{digits(rng, 7)}", "reference_no"),
             ("Tgl. Periksa", f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-2025", "date"),
             ("No. HP", mobile(rng), "phone"),
             ("Jenis Kelamin", "Perempuan" if female else "Laki-laki", "personal_attribute")]
    y = 195
    for (llabel, lvalue, lcat), (rlabel, rvalue, rcat) in zip(left, right):
        sheet.h((50, y), llabel, **small)
        sheet.text((190, y), ":", **small)
        sheet.s((205, y), lvalue, lcat, **small)
        sheet.h((560, y), rlabel, **small)
        sheet.text((700, y), ":", **small)
        if rcat in ("reference_no", "date"):
            sheet.h((715, y), rvalue, rcat, **small)
        else:
            sheet.s((715, y), rvalue, rcat, **small)
        y += 34
    sheet.h((50, y), "Dokter Pengirim", **small)
    sheet.h((190, y), ":", **small)
    sheet.text((205, y), f"dr. {rng.choice(GIVEN)} {rng.choice(FAMILY)}, Sp.PD", **small)
    y += 60
    d.rectangle((40, y - 8, 960, y + 28), fill=(225, 232, 240))
    for x, head in ((50, "Pemeriksaan"), (430, "Hasil"), (580, "Satuan"), (740, "Nilai Rujukan")):
        sheet.h((x, y), head, size=19, bold=True)
    y += 46
    for name, unit, reference, (lo, hi) in rng.sample(TESTS, 5):
        sheet.h((50, y), name, "test_name", **small)
        value = rng.uniform(lo, hi)
        sheet.text((430, y), f"{value:.1f}" if hi < 20 else str(int(value)), **small)
        sheet.h((580, y), unit, "unit", **small)
        sheet.h((740, y), reference, "reference_range", **small)
        y += 36
    y += 30
    label = sheet.h((50, y), "Diagnosa / Kesimpulan", size=20, bold=True)
    colon = sheet.text((label[2], y), " : ", size=20, bold=True)
    sheet.s((colon[2] + 4, y), rng.choice(DIAGNOSES), "medical", size=20)
    y += 90
    sheet.h((700, y), f"{rng.choice(CITIES).title()}, {rng.randint(1, 28)} {rng.choice(ID_MONTHS)} 2025", "date", size=18)
    sheet.h((700, y + 30), "Penanggung Jawab Lab.", size=18)
    return sheet


ILLNESSES = ["Infeksi Saluran Pernapasan Akut", "Gastroenteritis Akut", "Demam Tifoid", "Febris", "Vertigo",
             "Faringitis Akut"]


def sick_note(rng: random.Random) -> Sheet:
    """A clinic's or a health centre's sick note (surat keterangan sakit) that a civil servant hands to the
    office: the patient's particulars after labels (with the NIP), the days of rest, sometimes the
    diagnosis, the doctor's signature block.  Written before the engine was run on it."""
    sheet = Sheet(Image.new("RGB", (1000, 1300), (255, 255, 255)))
    d = sheet.draw
    clinic = rng.choice(["PUSKESMAS KECAMATAN " + rng.choice(DISTRICTS), "KLINIK PRATAMA SEHAT SENTOSA",
                         "RUMAH SAKIT UMUM DAERAH " + rng.choice(CITIES)])
    sheet.h((500, 40), clinic, size=27, bold=True, align="centre")
    sheet.h((500, 78), f"Jl. {rng.choice(['Pemuda', 'Sudirman', 'Pahlawan'])} No. {rng.randint(1, 120)} "
            f"{rng.choice(CITIES).title()} - Telp. (0{rng.randint(21, 79)}) {digits(rng, 6)}", "clinic_address", size=17,
            align="centre")
    d.line([(50, 110), (950, 110)], fill=(20, 20, 20), width=3)
    sheet.h((500, 135), "SURAT KETERANGAN SAKIT", size=26, bold=True, align="centre")
    sheet.h((500, 170), f"Nomor : 445/{rng.randint(10, 999)}/{rng.choice(['PKM', 'KL', 'RSUD'])}/"
            f"{rng.choice(['IX', 'X', 'XI'])}/2025", "reference_no", size=18, align="centre")
    body = dict(size=20)
    sheet.text((60, 225), "Yang bertanda tangan di bawah ini menerangkan bahwa :", **body)
    born = birth(rng)
    female = rng.random() < 0.5
    fields = [("Nama", person(rng, caps=rng.random() < 0.6), "person_name"),
              ("Umur", f"{2025 - born[0]} tahun", "personal_attribute"),
              ("Jenis Kelamin", "Perempuan" if female else "Laki-laki", "personal_attribute")]
    if rng.random() < 0.6:
        fields.append(("NIP", nip(rng), "id_number"))
    fields.append(("Pekerjaan", rng.choice(["PNS", "Guru", "Pegawai Negeri Sipil", "Karyawan Swasta"]), None))
    fields.append(("Alamat", f"{rng.choice(STREETS).title()}, {rng.choice(CITIES).title()}", "address"))
    y = 275
    for label, value, category in fields:
        sheet.h((90, y), label, **body)
        sheet.text((260, y), ":", **body)
        if category:
            sheet.s((280, y), value, category, **body)
        else:
            sheet.text((280, y), value, **body)
        y += 38
    y += 20
    days = rng.randint(2, 5)
    start = rng.randint(1, 20)
    month = rng.choice(ID_MONTHS)
    sheet.text((60, y), f"Berdasarkan hasil pemeriksaan, yang bersangkutan perlu istirahat karena sakit", **body)
    sheet.text((60, y + 34), f"selama {days} hari, terhitung mulai tanggal", **body)
    sheet.h((60, y + 68), f"{start} {month} 2025 s.d. {start + days - 1} {month} 2025.", "date", **body)
    y += 120
    if rng.random() < 0.6:
        label = sheet.h((60, y), "Diagnosa", **body)
        colon = sheet.text((label[2] + 8, y), ":", **body)
        sheet.s((colon[2] + 10, y), rng.choice(ILLNESSES), "medical", **body)
        y += 50
    sheet.text((60, y), "Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.", size=18)
    y += 80
    sheet.h((640, y), f"{rng.choice(CITIES).title()}, {start} {month} 2025", "date", size=19)
    sheet.h((640, y + 32), "Dokter Pemeriksa,", size=19)
    d.line([(650, y + 110), (760, y + 85), (820, y + 120)], fill=(20, 30, 120), width=3)
    sheet.text((640, y + 150), f"dr. {rng.choice(GIVEN)} {rng.choice(FAMILY)}", size=19, bold=True)
    sheet.h((640, y + 180), f"SIP. 503/{rng.randint(100, 999)}/DPMPTSP/2024", "reference_no", size=17)
    return sheet


BANKS_BOOK = [("BANK RAKYAT INDONESIA", "BRI", "TABUNGAN BritAma", (0, 83, 159)),
              ("BANK NEGARA INDONESIA", "BNI", "TAPLUS", (242, 101, 34)),
              ("BANK MANDIRI", "mandiri", "TABUNGAN MANDIRI", (0, 56, 118)),
              ("BANK CENTRAL ASIA", "BCA", "TAHAPAN BCA", (0, 82, 155)),
              ("BANK PEMBANGUNAN DAERAH", "bank bjb", "TANDAMATA", (20, 110, 160))]
BRANCHES = ["KC BANDUNG ASIA AFRIKA", "KCP SLEMAN", "KANTOR CABANG MAGELANG", "UNIT TEGALREJO", "KCP CIANJUR",
            "KC SEMARANG PEMUDA", "KCP MALANG KAYUTANGAN"]
TX_CODES = [("SETORAN TUNAI", "CR"), ("TARIK TUNAI ATM", "DB"), ("BIAYA ADM", "DB"), ("BUNGA", "CR"),
            ("PAJAK BUNGA", "DB"), ("TRSF E-BANKING", "DB"), ("GAJI", "CR"), ("BYR LISTRIK", "DB")]


def _money(value: int) -> str:
    return f"{value:,}.00"


def passbook(rng: random.Random) -> Sheet:
    """A savings book opened flat: the owner's page (name, account and CIF numbers, address; the branch is
    public) beside a page of transactions printed by a passbook printer (dot-matrix, a little crooked),
    whose transfers sometimes name the other party.  Written before the engine was run on it."""
    sheet = Sheet(Image.new("RGB", (1500, 900), (244, 240, 228)))
    d = sheet.draw
    d.line([(750, 0), (750, 900)], fill=(200, 195, 180), width=3)  # the fold between the two pages
    full, short, product, colour = rng.choice(BANKS_BOOK)
    d.rectangle((0, 0, 749, 100), fill=colour)
    sheet.h((40, 22), short, "bank", size=40, bold=True, fill=(255, 255, 255))
    sheet.h((710, 34), product, "bank", size=26, bold=True, fill=(255, 255, 255), align="right")
    sheet.h((40, 120), full, "bank", size=18, fill=(90, 90, 90))
    face = rng.choice(["mono", "ocrb", "sans"])
    size = rng.choice([20, 22, 24])
    value = dict(face=face, size=size, bold=face == "sans")
    label = dict(size=rng.choice([17, 18, 20]), fill=(80, 80, 90))
    raw = digits(rng, rng.choice([10, 13, 15]))
    number = rng.choice([raw, "-".join([raw[:4], raw[4:6], raw[6:-2], raw[-2:]]) if len(raw) > 10 else raw,
                         " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))])
    name = person(rng, caps=rng.random() < 0.8)
    street = rng.choice(STREETS)
    town = f"{rng.choice(['KEL.', 'DESA'])} {rng.choice(VILLAGES)} KEC. {rng.choice(DISTRICTS)}"
    rows = [(rng.choice(["Nama", "Nama Nasabah", "NAMA"]), name, "person_name"),
            (rng.choice(["No. Rekening", "Nomor Rekening", "NO. REK"]), number, "bank_account"),
            (rng.choice(["No. CIF", "CIF", "Nomor CIF"]), rng.choice(["", "C"]) + digits(rng, rng.choice([8, 9, 10])),
             "id_number"),
            (rng.choice(["Alamat", "ALAMAT"]), street, "address"),
            (None, town, "address"),
            (rng.choice(["Kantor Cabang", "Unit Kerja", "Cabang"]), rng.choice(BRANCHES), None),
            (rng.choice(["Tgl. Buka", "Tanggal Pembukaan"]),
             f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(2005, 2024)}", "date")]
    stacked = rng.random() < 0.3  # some books print the label over the value
    y = 180
    for text, val, category in rows:
        if text:
            sheet.h((50, y), text, **label)
            if not stacked:
                sheet.text((250, y), ":", **label)
        x = 50 if stacked else 270
        if text and stacked:
            y += 28
        if category in (None, "date"):
            sheet.h((x, y), val, category or "branch", **value)
        else:
            sheet.s((x, y), val, category, **value)
        y += size + (22 if stacked else 20)
    sheet.h((50, 820), "Simpanlah buku ini di tempat yang aman", size=16, fill=(110, 110, 110))
    # The transactions page, printed through a ribbon: mono, grey-black, each line a little off.
    ink = rng.randint(40, 90)
    dot = dict(face="mono", size=rng.choice([15, 16, 17]), fill=(ink, ink, ink + 10))
    columns = [(790, "TGL"), (870, "KETERANGAN"), (1080, "MUTASI"), (1250, "SALDO"), (1410, "PARAF")]
    for x, head in columns:
        sheet.h((x, 40), head, size=15, bold=True, fill=(90, 80, 70))
    d.line([(770, 66), (1480, 66)], fill=(150, 140, 130), width=1)
    balance = rng.randint(200, 9000) * 1000
    y = 90
    month = rng.randint(1, 12)
    day = 1
    for _ in range(rng.randint(8, 14)):
        day = min(28, day + rng.randint(0, 4))
        what, kind = rng.choice(TX_CODES)
        small_fee = what in ("BIAYA ADM", "BUNGA", "PAJAK BUNGA")
        sum_ = rng.randint(1, 20) * 500 if small_fee else rng.randint(5, 900) * 1000
        balance += sum_ if kind == "CR" else -sum_
        drift = rng.randint(-2, 2)  # the book moves a little under the print head
        sheet.h((790, y + drift), f"{day:02d}/{month:02d}/25", "date", **dot)
        if what in ("TRSF E-BANKING", "SETORAN TUNAI") and rng.random() < 0.6:
            # A transfer or a deposit names the other party after a short code, cut where the column ends.
            code = sheet.h((870, y + drift), "TRF" if what.startswith("TRSF") else "STR", "ui_text", **dot)
            who = person(rng)[:16].rstrip()
            sheet.s((code[2] + 10, y + drift), who, "person_name", **dot)
        else:
            sheet.h((870, y + drift), what, "ui_text", **dot)
        sheet.h((1080, y + drift), f"{_money(sum_)} {kind}", "price", **dot)
        sheet.h((1250, y + drift), _money(balance), "price", **dot)
        sheet.h((1410, y + drift), rng.choice(["ADM", "SYS", f"T{rng.randint(10, 99)}"]), "ui_text", **dot)
        y += 30
    return sheet


SPELLED = ["", "SATU", "DUA", "TIGA", "EMPAT", "LIMA", "ENAM", "TUJUH", "DELAPAN", "SEMBILAN", "SEPULUH", "SEBELAS"]


def _spelled(n: int) -> str:
    """A number in Indonesian words, as a birth certificate writes the date of birth."""
    if n < 12:
        return SPELLED[n]
    if n < 20:
        return f"{SPELLED[n - 10]} BELAS"
    for unit, one, word in ((1000, "SERIBU", "RIBU"), (100, "SERATUS", "RATUS"), (10, None, "PULUH")):
        if n >= unit:
            head, rest = divmod(n, unit)
            lead = one if head == 1 and one else f"{_spelled(head)} {word}"
            return f"{lead} {_spelled(rest)}".strip()
    return ""


def birth_certificate(rng: random.Random) -> Sheet:
    """A Kutipan Akta Kelahiran: the registration number, then the birth told in a sentence cut by dotted
    leaders (place, the date in words, the child, the order and sex, father and mother), the office that
    issued it and the head of the civil registry's signature.  Written before the engine was run on it."""
    sheet = Sheet(Image.new("RGB", (1000, 1400), rng.choice([(250, 248, 240), (244, 246, 236), (252, 250, 246)])))
    d = sheet.draw
    for inset in (20, 30):  # the printed guilloche border, as two frames
        d.rectangle((inset, inset, 1000 - inset, 1400 - inset), outline=(150, 170, 140), width=2)
    face = rng.choice(["serif", "sans", "dejavu"])
    body = dict(face=face, size=rng.choice([20, 21, 22]))
    value = dict(face=rng.choice(["sans", "mono", face]), size=body["size"] + 1, bold=True)
    d.ellipse((460, 60, 540, 140), outline=(160, 130, 60), width=4)  # the Garuda, as a seal
    regency = rng.choice(REGENCIES)
    sheet.h((500, 160), "REPUBLIK INDONESIA", size=26, bold=True, align="centre", face=face)
    sheet.h((500, 196), "PENCATATAN SIPIL", size=22, bold=True, align="centre", face=face)
    y = 250
    if rng.random() < 0.6:
        sheet.h((80, y), rng.choice(["WARGA NEGARA", "KEWARGANEGARAAN"]), **body)
        sheet.h((380, y), ": INDONESIA", **body)
        y += 36
    sheet.h((500, y + 20), "KUTIPAN AKTA KELAHIRAN", size=30, bold=True, align="centre", face=face)
    y += 80
    born = (rng.randint(1975, 2023), rng.randint(1, 12), rng.randint(1, 28))
    female = rng.random() < 0.5
    code = f"{rng.randint(11, 76)}{rng.randint(1, 79):02d}"
    registration = f"{code}-LT-{born[2]:02d}{born[1]:02d}{born[0] + rng.randint(0, 2)}-{rng.randint(1, 9999):04d}"
    if rng.random() < 0.6:  # newer certificates print the child's NIK above the number
        label = sheet.h((80, y), "NIK", **body)
        sheet.text((label[2] + 10, y), ":", **body)
        sheet.s((label[2] + 30, y), nik(rng, born, female), "id_number", **value)
        y += 40
    label = sheet.h((80, y), rng.choice(["Nomor", "No. Akta", "Nomor Akta"]), **body)
    sheet.text((label[2] + 10, y), ":", **body)
    sheet.s((label[2] + 30, y), registration, "id_number", **value)
    y += 70
    place = rng.choice(CITIES)
    child = person(rng)
    family = child.split(" ", 1)[1]
    father = f"{rng.choice(GIVEN).upper()} {family}"
    mother = person(rng)
    month_word = ID_MONTHS[born[1] - 1].upper()
    date_words = f"{_spelled(born[2])} {month_word} {_spelled(born[0])}"
    order = rng.choice(["PERTAMA", "KEDUA", "KETIGA", "KESATU"])
    sex = "PEREMPUAN" if female else "LAKI-LAKI"
    lines = [("Bahwa di", place, "birth_date"), ("pada tanggal", date_words, "birth_date"),
             ("telah lahir", child, "person_name"), ("anak ke", f"{order}, {sex}", "personal_attribute"),
             ("dari ayah", father, "person_name"), ("dan ibu", mother, "person_name")]
    leader = rng.random() < 0.7  # dotted leaders between the words and the value, or a plain gap
    for words, val, category in lines:
        box = sheet.h((80, y), words, **body)
        start = 330
        if leader:
            dot_width = ImageFont.truetype(str(FONTS / FACES[face][0]), body["size"]).getlength(".")
            sheet.text((box[2] + 8, y), "." * int((start - box[2] - 24) / dot_width), **body)
        if len(val) > 34 and category == "birth_date":  # a long date in words runs onto a second line
            cut = val.rfind(" ", 0, 34)
            sheet.s((start, y), val[:cut], category, **value)
            y += body["size"] + 14
            sheet.s((start, y), val[cut + 1:], category, **value)
        else:
            sheet.s((start, y), val, category, **value)
        y += body["size"] + 24
    y += 30
    sheet.text((80, y), "Kutipan ini dikeluarkan di", **body)
    sheet.h((420, y), regency.split(" ", 1)[1], "office", **value)
    y += body["size"] + 16
    sheet.text((80, y), "pada tanggal", **body)
    issued = f"{rng.randint(1, 28):02d} {rng.choice(ID_MONTHS)} {born[0] + rng.randint(0, 3)}"
    sheet.h((420, y), issued, "date", **value)
    y += 90
    sheet.h((560, y), "KEPALA DINAS KEPENDUDUKAN DAN", size=17, bold=True, face=face)
    sheet.h((560, y + 24), f"PENCATATAN SIPIL {regency}", size=17, bold=True, face=face)
    d.ellipse((600, y + 60, 720, y + 160), outline=(90, 80, 160), width=3)  # the stamp
    sheet.s((560, y + 180), person(rng, caps=False) + rng.choice([", S.Sos", ", S.H., M.Si", ", SE"]), "person_name",
            size=18, bold=True, face=face)
    label = sheet.h((560, y + 206), "NIP.", size=17, face=face)
    sheet.s((label[2] + 8, y + 206), nip(rng), "id_number", size=17, face=face)
    return sheet


VEHICLES = [("HONDA", "NF11B1D M/T", "SEPEDA MOTOR", "SOLO", "MH1JF", "JFA1E", 110),
            ("YAMAHA", "B65 A/T", "SEPEDA MOTOR", "SOLO", "MH3SE", "E3R2E", 125),
            ("TOYOTA", "AVANZA 1.3 G M/T", "MB. PENUMPANG", "MINIBUS", "MHKM1", "1NRF", 1329),
            ("DAIHATSU", "S402RP-PMREJJ KJ", "MOBIL BEBAN", "PICK UP", "MHKP3", "3SZ", 1495),
            ("SUZUKI", "ERTIGA GL 1.5", "MB. PENUMPANG", "MINIBUS", "MHYKZ", "K15BN", 1462)]
COLOURS = ["HITAM", "PUTIH", "MERAH", "ABU-ABU METALIK", "BIRU", "SILVER METALIK"]
PLATE_AREAS = {"BANDUNG": "D", "SEMARANG": "H", "MAKASSAR": "DD", "PALEMBANG": "BG", "MALANG": "N", "PADANG": "BA",
               "DENPASAR": "DK", "PONTIANAK": "KB"}


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def vehicle_registration(rng: random.Random) -> Sheet:
    """An STNK (vehicle registration card): the plate, the owner's name and address, then the vehicle's
    make, type, year, colour (public) and its chassis, engine and BPKB numbers; two columns of numbered
    fields on a pale green security print.  Written before the engine was run on it."""
    sheet = Sheet(Image.new("RGB", (1300, 820), rng.choice([(226, 238, 222), (236, 240, 226), (230, 236, 236)])))
    d = sheet.draw
    for x in range(0, 1300, 26):  # the security print's fine wavy lines
        d.arc((x - 40, -20, x + 40, 840), 80, 100, fill=(205, 222, 200), width=1)
    face = rng.choice(["sans", "mono", "narrow"])
    label = dict(size=rng.choice([15, 16, 17]), fill=(60, 80, 70))
    value = dict(size=rng.choice([19, 20, 22]), face=face, bold=face != "mono", fill=(20, 20, 30))
    sheet.h((650, 24), "KEPOLISIAN NEGARA REPUBLIK INDONESIA", size=20, bold=True, align="centre", fill=(40, 60, 50))
    sheet.h((650, 54), "SURAT TANDA NOMOR KENDARAAN BERMOTOR", size=26, bold=True, align="centre", fill=(40, 60, 50))
    city = rng.choice(CITIES)
    plate = f"{PLATE_AREAS[city]} {rng.randint(1, 9999)} {_letters(rng, rng.choice([1, 2, 3]))}"
    make, model, kind, body, vin, engine, cc = rng.choice(VEHICLES)
    year = rng.randint(2008, 2024)
    owner = person(rng)
    if rng.random() < 0.2:
        owner = rng.choice(["PT. ", "CV. "]) + owner.split(" ")[-1] + " JAYA"  # a company's car is still its owner
    street = rng.choice(STREETS)
    rt = f"RT {rng.randint(1, 12):03d} RW {rng.randint(1, 9):03d}"
    left = [("NOMOR REGISTRASI", plate, "plate"), ("NAMA PEMILIK", owner, "person_name"),
            ("ALAMAT", f"{street} {rt}" if rng.random() < 0.5 else street, "address"),
            (None, f"{rng.choice(VILLAGES)} {rng.choice(DISTRICTS)} {city}", "address"),
            ("MERK", make, None), ("TYPE", model, None), ("JENIS", kind, None), ("MODEL", body, None),
            ("TAHUN PEMBUATAN", str(year), None), ("ISI SILINDER", f"{cc} CC", None)]
    right = [("NOMOR RANGKA/NIK/VIN", vin + _letters(rng, 1) + digits(rng, 3) + _letters(rng, 2) + digits(rng, 6),
              "id_number"),
             ("NOMOR MESIN", engine + digits(rng, rng.choice([6, 7])), "id_number"),
             ("WARNA", rng.choice(COLOURS), None), ("BAHAN BAKAR", rng.choice(["BENSIN", "SOLAR"]), None),
             ("WARNA TNKB", "PUTIH" if year > 2022 else "HITAM", None), ("TAHUN REGISTRASI", str(year), None),
             ("NOMOR BPKB", _letters(rng, 1) + digits(rng, 8), "id_number"),
             ("KODE LOKASI", f"{PLATE_AREAS[city]}{rng.randint(1, 9)}A", None),
             ("NO. URUT PENDAFTARAN", f"{rng.randint(1, 9999):04d}", None)]
    numbered = rng.random() < 0.5
    for column, rows, x_value in ((40, left, 290), (680, right, 960)):
        y = 120
        for n, (text, val, category) in enumerate(rows, 1):
            if text:
                sheet.h((column, y + 3), f"{n}. {text}" if numbered else text, **label)
                sheet.text((x_value - 16, y + 3), ":", **label)
            if category:
                sheet.s((x_value, y), val, category, **value)
            else:
                sheet.h((x_value, y), val, "vehicle", **value)
            y += 46
    valid = f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(2026, 2029)}"
    sheet.h((680, 560), "BERLAKU SAMPAI", **label)
    sheet.h((960, 557), valid, "date", **value)
    sheet.h((900, 640), f"{city}, {rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(2021, 2025)}", "date",
            size=16)
    sheet.h((900, 664), f"KEPALA KEPOLISIAN DAERAH", size=15, bold=True)
    d.ellipse((930, 690, 1050, 790), outline=(90, 80, 160), width=3)
    return sheet


KPP = ["KPP PRATAMA BANDUNG CICADAS", "KPP PRATAMA SLEMAN", "KPP PRATAMA SEMARANG CANDISARI", "KPP PRATAMA MALANG UTARA",
       "KPP PRATAMA MAKASSAR SELATAN", "KPP MADYA DENPASAR", "KPP PRATAMA PADANG SATU"]


def npwp_card(rng: random.Random) -> Sheet:
    """A taxpayer card (kartu NPWP): the tax number in 15 digits (older cards) or 16 (the NIK, newer ones),
    the name, the NIK, the address on one or two lines; the tax office and the date of registration are
    public.  Written before the engine was run on it."""
    sheet = Sheet(Image.new("RGB", (1000, 630), rng.choice([(236, 242, 250), (244, 246, 248), (250, 250, 245)])))
    d = sheet.draw
    blue = rng.choice([(10, 60, 140), (20, 80, 160), (0, 45, 110)])
    d.rectangle((0, 0, 1000, 120), fill=blue)
    d.ellipse((30, 20, 110, 100), fill=(235, 200, 60))  # the ministry's emblem
    sheet.h((130, 26), "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", size=22, bold=True, fill=(255, 255, 255))
    sheet.h((130, 62), "DIREKTORAT JENDERAL PAJAK", size=26, bold=True, fill=(255, 255, 255))
    born = birth(rng)
    female = rng.random() < 0.5
    identity = nik(rng, born, female)
    new_card = rng.random() < 0.4
    face = rng.choice(["sans", "ocrb", "dejavu", "narrow"])
    big = dict(size=rng.choice([28, 30, 32]), bold=True, face=face, fill=(15, 20, 40))
    small = dict(size=rng.choice([18, 19, 20]), face=face, bold=face != "ocrb", fill=(30, 35, 50))
    y = 160
    label = sheet.h((50, y + 6), rng.choice(["NPWP", "NPWP :", "NPWP16"]) if new_card else rng.choice(["NPWP", "NPWP :"]),
                    size=20, bold=True, fill=(60, 70, 90))
    number = identity if new_card else npwp(rng)
    sheet.s((max(label[2] + 24, 170), y), number, "id_number", **big)
    y += 70
    sheet.s((50, y), person(rng), "person_name", **big)
    y += 56
    if new_card or rng.random() < 0.5:
        label = sheet.h((50, y), "NIK", **small)
        sheet.text((label[2] + 8, y), ":", **small)
        sheet.s((label[2] + 26, y), identity, "id_number", **small)
        y += 38
    street = rng.choice(STREETS)
    lines = [f"{street} RT {rng.randint(1, 12):03d} RW {rng.randint(1, 9):03d}",
             f"{rng.choice(VILLAGES)}, {rng.choice(DISTRICTS)}, {rng.choice(REGENCIES)}"]
    for line in lines:
        sheet.s((50, y), line, "address", **small)
        y += 32
    y += 20
    sheet.h((50, y), rng.choice(KPP), "office", **small)
    label = sheet.h((50, y + 40), rng.choice(["Tanggal Terdaftar", "Terdaftar", "TGL TERDAFTAR"]), **small)
    sheet.h((label[2] + 14, y + 40), f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2001, 2024)}",
            "date", **small)
    d.rectangle((780, 420, 950, 590), outline=(120, 130, 150), width=2)  # the hologram
    sheet.h((60, 590), "www.pajak.go.id", size=15, fill=(90, 100, 120))
    return sheet


COURIERS = [("J&T EXPRESS", (200, 20, 30), "EZ", "JP"), ("JNE", (0, 60, 140), "REG", "CGK"),
            ("SiCepat", (180, 20, 30), "REG", "0049"), ("AnterAja", (120, 40, 140), "Reguler", "10000"),
            ("SPX Express", (238, 77, 45), "Standard", "SPXID0"), ("ID Express", (220, 30, 40), "STD", "IDE"),
            ("Ninja Xpress", (190, 20, 40), "Standard", "NVIDSHP")]
PROVINCES = ["JAWA BARAT", "JAWA TENGAH", "DI YOGYAKARTA", "JAWA TIMUR", "SUMATERA UTARA", "SULAWESI SELATAN"]
SHOPS = ["Toko Berkah Jaya", "Rumah Batik Official", "Gadget Murah Store", "Dapur Bunda Shop", "Sepatu Lokal ID"]
GOODS = ["Pakaian", "Sepatu", "Aksesoris HP", "Buku", "Kosmetik", "Peralatan Dapur", "Mainan Anak"]


def _tracking(rng: random.Random, prefix: str) -> str:
    if prefix.isdigit():
        return prefix + digits(rng, 16 - len(prefix))
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([10, 12])))


def _barcode(sheet: Sheet, rng: random.Random, x: int, y: int, width: int, height: int) -> None:
    d, cursor = sheet.draw, x
    while cursor < x + width:
        bar = rng.choice([2, 2, 3, 4, 6])
        d.rectangle((cursor, y, cursor + bar - 1, y + height), fill=(15, 15, 15))
        cursor += bar + rng.choice([2, 3, 4, 5])


def _crumple_and_glare(sheet: Sheet, rng: random.Random) -> None:
    """A label on a parcel: creases as light and dark streaks, and the glare of the plastic bag over it."""
    page = np.asarray(sheet.image).astype(np.float32)
    h, w = page.shape[:2]
    shade = np.ones((h, w), np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(rng.randint(2, 5)):  # a crease: a line across the label, darker on one side
        angle = rng.uniform(0, np.pi)
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        dist = (xx - cx) * np.sin(angle) - (yy - cy) * np.cos(angle)
        shade *= 1 - rng.uniform(0.06, 0.16) * np.exp(-np.abs(dist) / rng.uniform(6, 20)) * np.sign(dist).clip(0, 1)
    if rng.random() < 0.7:  # the glare of a plastic bag: a bright patch that washes the print out
        gx, gy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
        glare = np.exp(-(((xx - gx) / (rng.uniform(0.1, 0.3) * w)) ** 2 + ((yy - gy) / (rng.uniform(0.05, 0.15) * h)) ** 2))
        strength = rng.uniform(0.35, 0.65)
        page = page * (1 - strength * glare[..., None]) + 255 * strength * glare[..., None]
    page = np.clip(page * shade[..., None], 0, 255)
    sheet.image = Image.fromarray(page.astype(np.uint8))


def shipping_label(rng: random.Random) -> Sheet:
    """A parcel's printed shipping label (resi): the courier's name, a barcode and the tracking number (public),
    the recipient's name, phone and full address, the sender's name and phone (a shop's name is public),
    weight, COD amount and contents (public); sometimes crumpled, under a plastic bag's glare.  Written
    before the engine was run on it."""
    courier, colour, service, prefix = rng.choice(COURIERS)
    sheet = Sheet(Image.new("RGB", (800, 1200), (252, 252, 250)))
    d = sheet.draw
    face = rng.choice(["sans", "dejavu", "narrow"])
    d.rectangle((20, 20, 780, 1180), outline=(20, 20, 20), width=3)
    sheet.h((40, 40), courier, "brand", size=rng.choice([38, 44]), bold=True, face=face,
            fill=colour if rng.random() < 0.4 else (20, 20, 20))
    sheet.h((760, 50), service, size=34, bold=True, face=face, align="right")
    d.line([(20, 110), (780, 110)], fill=(20, 20, 20), width=2)
    _barcode(sheet, rng, 80, 130, 640, 110)
    tracking = _tracking(rng, prefix)
    sheet.h((400, 250), tracking, "reference_no", size=28, bold=True, face=face, align="centre")
    d.line([(20, 300), (780, 300)], fill=(20, 20, 20), width=2)
    sort_code = f"{rng.choice(['BDO', 'SRG', 'SUB', 'JOG', 'MKS', 'MDN'])}-{rng.choice(['CBR', 'KTA', 'TMB', 'SLM'])} {rng.randint(1, 30):02d}"
    sheet.h((40, 315), sort_code, size=30, bold=True, face=face)
    cod = rng.random() < 0.5
    sheet.h((760, 315), "COD" if cod else "NON COD", size=30, bold=True, face=face, align="right")
    d.line([(20, 365), (780, 365)], fill=(20, 20, 20), width=2)
    label = dict(size=rng.choice([18, 20]), face=face, fill=(60, 60, 60))
    big = dict(size=rng.choice([24, 26, 28]), face=face, bold=True)
    body = dict(size=rng.choice([20, 22]), face=face)
    recipient = person(rng, caps=rng.random() < 0.6)
    phone_r = mobile(rng) if rng.random() < 0.7 else "+62 " + mobile(rng)[1:]
    village, district = rng.choice(VILLAGES).title(), rng.choice(DISTRICTS).title()
    street = rng.choice(STREETS).title() + rng.choice(["", f" RT {rng.randint(1, 15):02d}/RW {rng.randint(1, 12):02d}"])
    town = f"Kel. {village}, Kec. {district}" if rng.random() < 0.6 else f"{village}, {district}"
    city = f"{rng.choice(REGENCIES).title()}, {rng.choice(PROVINCES).title()} {rng.randint(10, 99)}{digits(rng, 3)}"
    y = 380
    inline = rng.random() < 0.4  # some labels write "Penerima: NAME | phone" on one line
    head = rng.choice(["Penerima", "PENERIMA", "Kepada"])
    if inline:
        colon = sheet.h((40, y), head + " :", **label)
        sheet.s((colon[2] + 12, y - 2), recipient, "person_name", **big)
        y += 40
        sheet.s((40, y), phone_r, "phone", **body)
        y += 36
    else:
        sheet.h((40, y), head, **label)
        y += 30
        sheet.s((40, y), recipient, "person_name", **big)
        y += 40
        sheet.s((40, y), phone_r, "phone", **body)
        y += 36
    for line in (street, town, city):
        sheet.s((40, y), line, "address", **body)
        y += 32
    d.line([(20, y + 10), (780, y + 10)], fill=(20, 20, 20), width=1)
    y += 24
    shop = rng.random() < 0.5
    sheet.h((40, y), rng.choice(["Pengirim", "PENGIRIM", "Dari"]), **label)
    y += 30
    if shop:
        sheet.h((40, y), rng.choice(SHOPS), "shop", **body)
    else:
        sheet.s((40, y), person(rng, caps=rng.random() < 0.5), "person_name", **body)
    y += 32
    sheet.s((40, y), mobile(rng), "phone", **body)
    y += 32
    sheet.h((40, y), f"{rng.choice(REGENCIES).title()}", "city", **body)
    y += 44
    d.line([(20, y), (780, y)], fill=(20, 20, 20), width=2)
    y += 16
    weight = rng.choice([f"{rng.randint(1, 30) * 100} gr", f"{rng.randint(1, 5)} kg", f"{rng.uniform(0.2, 4.8):.2f} kg"])
    sheet.h((40, y), f"Berat: {weight}", "weight", **body)
    sheet.h((420, y), f"{'COD' if cod else 'Ongkir'}: {amount(rng)}", "price", **body)
    y += 36
    sheet.h((40, y), f"Isi paket: {rng.choice(GOODS)}", **body)
    sheet.h((420, y), f"Qty: {rng.randint(1, 4)}", **body)
    y += 36
    order = f"{rng.randint(23, 25)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + "".join(
        rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    sheet.h((40, y), f"No. Pesanan: {order}", "reference_no", **body)
    y += 36
    sheet.h((40, y), f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-2025", "date", **body)
    if rng.random() < 0.6:
        _crumple_and_glare(sheet, rng)
    return sheet


CLINICS = ["KLINIK PRATAMA SEHAT MEDIKA", "PRAKTIK DOKTER UMUM", "KLINIK UTAMA PERMATA HATI", "RUMAH SAKIT UMUM DAERAH",
           "PUSKESMAS KECAMATAN SUKAJADI", "KLINIK KELUARGA BUNDA"]
PHARMACIES = ["APOTEK KIMIA FARMA", "APOTEK SEHAT SENTOSA", "APOTEK K-24", "APOTEK BUNDA FARMA", "INSTALASI FARMASI RSUD"]
MEDICINES = [("Amoxicillin", "500 mg"), ("Paracetamol", "500 mg"), ("Metformin", "500 mg"), ("Amlodipine", "10 mg"),
             ("Omeprazole", "20 mg"), ("Cetirizine", "10 mg"), ("Simvastatin", "20 mg"), ("Ibuprofen", "400 mg"),
             ("Captopril", "25 mg"), ("Ambroxol", "30 mg"), ("Salbutamol", "2 mg"), ("Glimepiride", "2 mg")]
ROMAN = ["V", "X", "XV", "XX", "XXX"]


def prescription(rng: random.Random) -> Sheet:
    """A doctor's prescription (resep: the clinic and the doctor's name and licence at the top, public; the
    medicines after "R/" with how to take them, the patient's name, age and address, all medical or personal),
    or a pharmacy's label on the medicine (etiket: the pharmacy public; the patient, the medicine and its
    dosage).  Written before the engine was run on it."""
    if rng.random() < 0.55:
        return _prescription_sheet(rng)
    return _pharmacy_label(rng)


def _prescription_sheet(rng: random.Random) -> Sheet:
    sheet = Sheet(Image.new("RGB", (900, 1300), rng.choice([(255, 255, 255), (250, 250, 242), (244, 248, 252)])))
    d = sheet.draw
    face = rng.choice(["sans", "serif", "dejavu"])
    ink = rng.choice([(20, 40, 110), (20, 20, 20), (0, 90, 60)])
    clinic = rng.choice(CLINICS)
    sheet.h((450, 40), clinic, "clinic", size=30, bold=True, face=face, align="centre", fill=ink)
    doctor = f"dr. {rng.choice(GIVEN)} {rng.choice(FAMILY)}" + rng.choice(["", ", Sp.PD", ", Sp.A", ", M.Kes"])
    sheet.h((450, 84), doctor, "doctor", size=24, face=face, align="centre", fill=ink)
    sheet.h((450, 118), f"SIP. 446/{rng.randint(100, 999)}/DINKES/{rng.randint(2019, 2024)}", "licence", size=18,
            face=face, align="centre", fill=ink)
    sheet.h((450, 146), f"Jl. {rng.choice(['Kesehatan', 'Merdeka', 'Ahmad Yani', 'Sudirman'])} No. {rng.randint(1, 99)}, "
            f"{rng.choice(CITIES).title()}", "clinic_address", size=18, face=face, align="centre", fill=ink)
    d.line([(40, 180), (860, 180)], fill=ink, width=3)
    sheet.h((560, 200), f"{rng.choice(CITIES).title()}, {rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-2025", "date",
            size=20, face=face)
    hand = rng.random() < 0.5  # the doctor writes the medicines by hand, or the clinic's system prints them
    item_face = dict(face="hand", size=rng.choice([30, 34])) if hand else dict(face=face, size=rng.choice([22, 24]))
    y = 270
    for name, strength in rng.sample(MEDICINES, rng.randint(2, 4)):
        sheet.h((60, y), "R/", size=30, bold=True, face="serif")
        sheet.s((130, y), f"{name} {strength} No. {rng.choice(ROMAN)}", "medical", **item_face)
        y += int(item_face["size"] * 1.5)
        sheet.s((170, y), f"S {rng.choice([1, 2, 3])} dd {rng.choice(['1', '1/2', 'I'])} {rng.choice(['tab', 'caps', 'cth'])}"
                + rng.choice(["", " p.c.", " a.c.", " prn"]), "medical", **item_face)
        y += int(item_face["size"] * 2.2)
    y = max(y + 40, 900)
    d.line([(40, y - 20), (860, y - 20)], fill=(150, 150, 150), width=1)
    field = dict(size=22, face=face)
    labels = [(rng.choice(["Pro", "Nama Pasien", "Nama"]), rng.choice(["Tn. ", "Ny. ", "An. ", ""]) + person(rng, caps=False),
               "person_name"),
              (rng.choice(["Umur", "Usia"]), f"{rng.randint(2, 80)} {rng.choice(['th', 'tahun', 'thn'])}", "age"),
              ("Alamat", f"{rng.choice(STREETS).title()}, {rng.choice(CITIES).title()}", "address")]
    for text, value, category in labels:
        sheet.h((60, y), text, **field)
        sheet.text((230, y), ":", **field)
        sheet.s((250, y), value, category, **(dict(face="hand", size=28) if hand else field))
        y += 44
    return sheet


def _pharmacy_label(rng: random.Random) -> Sheet:
    colour = rng.choice([(255, 255, 255), (235, 244, 255)])
    sheet = Sheet(Image.new("RGB", (760, 480), colour))
    d = sheet.draw
    face = rng.choice(["sans", "narrow", "dejavu"])
    accent = rng.choice([(0, 90, 170), (0, 130, 70), (20, 20, 20)])
    d.rectangle((8, 8, 752, 472), outline=accent, width=4)
    sheet.h((380, 22), rng.choice(PHARMACIES), "pharmacy", size=28, bold=True, face=face, align="centre", fill=accent)
    sheet.h((380, 58), f"apt. {rng.choice(GIVEN)} {rng.choice(FAMILY)}, S.Farm", "pharmacist", size=18, face=face,
            align="centre")
    sheet.h((380, 82), f"SIPA: {rng.randint(100, 999)}/{rng.randint(10, 99)}/SIPA/{rng.randint(2019, 2024)}", "licence",
            size=16, face=face, align="centre")
    d.line([(20, 110), (740, 110)], fill=accent, width=2)
    small = dict(size=20, face=face)
    sheet.h((30, 124), f"No. {rng.randint(1, 999):03d}", "reference_no", **small)
    sheet.h((730, 124), f"Tgl. {rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-2025", "date", align="right", **small)
    label = sheet.h((30, 162), rng.choice(["Nama", "Nama Pasien", "Untuk"]), **small)
    colon = sheet.text((label[2] + 4, 162), ":", **small)
    sheet.s((colon[2] + 10, 160), rng.choice(["Bp. ", "Ibu ", "An. ", ""]) + person(rng, caps=rng.random() < 0.4),
            "person_name", size=24, bold=True, face=face)
    name, strength = rng.choice(MEDICINES)
    sheet.s((380, 215), f"{name} {strength}", "medical", size=24, bold=True, face=face, align="centre")
    sheet.s((380, 262), f"{rng.choice([1, 2, 3])} x sehari {rng.choice(['1', '1/2', '2'])} "
            f"{rng.choice(['tablet', 'kapsul', 'sendok teh'])}", "medical", size=34, bold=True, face=face, align="centre")
    sheet.s((380, 318), rng.choice(["Sesudah makan", "Sebelum makan", "Bila perlu", "Dihabiskan"]), "medical",
            size=24, face=face, align="centre")
    if rng.random() < 0.5:
        sheet.h((380, 380), "Semoga lekas sembuh", size=18, face=face, align="centre")
    sheet.h((380, 420), rng.choice(["OBAT LUAR", "OBAT DALAM"]), size=20, bold=True, face=face, align="centre",
            fill=accent)
    return sheet


# ----------------------------------------------------------------------------------------- cards and envelopes
PROVINCE_REGENCY = [("JAWA BARAT", "KABUPATEN BANDUNG"), ("JAWA TENGAH", "KOTA SEMARANG"),
                    ("DAERAH ISTIMEWA YOGYAKARTA", "KABUPATEN SLEMAN"), ("JAWA TIMUR", "KABUPATEN BONDOWOSO"),
                    ("SUMATERA UTARA", "KOTA MEDAN"), ("SULAWESI SELATAN", "KOTA MAKASSAR")]
JOBS = ["KARYAWAN SWASTA", "PEGAWAI NEGERI SIPIL", "WIRASWASTA", "PELAJAR/MAHASISWA", "MENGURUS RUMAH TANGGA",
        "PETANI/PEKEBUN", "GURU"]


def _portrait(sheet: Sheet, rng: random.Random, box: tuple[int, int, int, int]) -> None:
    """A pass photo: a red or blue backdrop, a head and shoulders (drawn, not scored: no face network finds it)."""
    x0, y0, x1, y1 = box
    d = sheet.draw
    d.rectangle(box, fill=rng.choice([(200, 40, 45), (40, 80, 170), (30, 60, 140)]))
    w, h = x1 - x0, y1 - y0
    d.ellipse((x0 + 0.25 * w, y0 + 0.12 * h, x0 + 0.75 * w, y0 + 0.6 * h), fill=rng.choice([(225, 190, 160), (190, 150, 115)]))
    d.ellipse((x0 + 0.22 * w, y0 + 0.05 * h, x0 + 0.78 * w, y0 + 0.3 * h), fill=(30, 25, 25))  # hair
    d.rectangle((x0 + 0.1 * w, y0 + 0.62 * h, x1 - 0.1 * w, y1), fill=rng.choice([(40, 40, 50), (240, 240, 240)]))


def _signature(sheet: Sheet, rng: random.Random, x: int, y: int, width: int, height: int) -> None:
    """A scrawled signature, scored as one box: the engine covers it as a signature."""
    points = []
    for i in range(rng.randint(14, 22)):
        points.append((x + width * i / 20 + rng.uniform(-6, 6), y + height * (0.5 + 0.45 * np.sin(i * rng.uniform(1.1, 2.3)))))
    sheet.draw.line(points, fill=(20, 25, 70), width=rng.choice([2, 3]), joint="curve")
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    sheet.items.append(Item((int(min(xs)) - 2, int(min(ys)) - 2, int(max(xs)) + 3, int(max(ys)) + 3), "signature", True,
                            "signature"))


def _thumb(sheet: Sheet, rng: random.Random, corner: str) -> None:
    """A thumb over one of the card's lower corners, holding it: what lies under it is unreadable, so it is no
    longer scored."""
    w, h = sheet.image.size
    cx = rng.uniform(0.0, 0.08) * w if corner == "left" else w - rng.uniform(0.0, 0.08) * w
    cy = h - rng.uniform(0.0, 0.06) * h
    rx, ry = rng.uniform(0.09, 0.13) * w, rng.uniform(0.16, 0.22) * h
    skin = rng.choice([(214, 168, 130), (188, 140, 104), (230, 190, 160)])
    sheet.draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=skin)
    sheet.draw.ellipse((cx - 0.55 * rx, cy - 0.9 * ry, cx + 0.55 * rx, cy - 0.25 * ry),
                       fill=tuple(min(255, c + 25) for c in skin))  # the nail
    sheet.items = [it for it in sheet.items
                   if not (it.box[0] < cx + rx and it.box[2] > cx - rx and it.box[1] < cy + ry and it.box[3] > cy - ry)]


def _glare(sheet: Sheet, rng: random.Random) -> None:
    """A lamp's or a window's reflection on the laminate: a bright patch that washes part of the print out."""
    page = np.asarray(sheet.image).astype(np.float32)
    h, w = page.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = rng.uniform(0.15, 0.85) * w, rng.uniform(0.15, 0.85) * h
    glare = np.exp(-(((xx - gx) / (rng.uniform(0.08, 0.2) * w)) ** 2 + ((yy - gy) / (rng.uniform(0.1, 0.25) * h)) ** 2))
    strength = rng.uniform(0.3, 0.6)
    page = page * (1 - strength * glare[..., None]) + 255 * strength * glare[..., None]
    sheet.image = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8))


def ktp_held(rng: random.Random) -> Sheet:
    """An Indonesian identity card (KTP-el) photographed held in a hand or lying on a table, turned, with the
    laminate's glare and a thumb over a lower corner: the NIK, name, birth place and date, sex, address with
    RT/RW, village and district, religion, marital status, job, nationality (every field of a KTP is about its
    holder), the portrait and the signature; the province, the regency, the labels, "Berlaku Hingga" and the
    date of issue are public.  Written before the engine was run on it."""
    base = rng.choice([(150, 200, 225), (170, 210, 230), (140, 190, 220)])
    sheet = Sheet(Image.new("RGB", (1012, 638), base))
    d = sheet.draw
    for i in range(0, 638, 6):  # the card's guilloche: faint waves of a lighter blue
        d.line([(x, i + 8 * np.sin(x / 40 + i / 25)) for x in range(0, 1012, 24)], fill=tuple(min(255, c + 18) for c in base))
    province, regency = rng.choice(PROVINCE_REGENCY)
    dark = (15, 20, 30)
    sheet.h((506, 18), f"PROVINSI {province}", size=rng.choice([28, 30]), bold=True, fill=dark, align="centre")
    sheet.h((506, 54), regency, size=rng.choice([28, 30]), bold=True, fill=dark, align="centre")
    face = rng.choice(["sans", "dejavu", "narrow"])
    label = dict(size=rng.choice([19, 20, 21]), face=face, fill=dark)
    value = dict(size=rng.choice([19, 20, 21]), face=face, fill=dark, bold=rng.random() < 0.3)
    born = birth(rng)
    female = rng.random() < 0.5
    nik_label = sheet.h((30, 104), "NIK", size=30, bold=True, fill=dark)
    sheet.text((nik_label[2] + 40, 104), ":", size=30, bold=True, fill=dark)
    sheet.s((nik_label[2] + 62, 102), nik(rng, born, female), "id_number", size=rng.choice([32, 34]), bold=True,
            face=rng.choice(["ocrb", "mono", "sans"]), fill=dark)
    year, month, day = born
    street = rng.choice(STREETS)
    rows = [("Nama", person(rng), "person_name"),
            ("Tempat/Tgl Lahir", f"{rng.choice(CITIES)}, {day:02d}-{month:02d}-{year}", "birth_date"),
            ("Jenis Kelamin", "PEREMPUAN" if female else "LAKI-LAKI", "personal_attribute"),
            ("Alamat", street, "address"),
            ("RT/RW", f"{rng.randint(1, 15):03d}/{rng.randint(1, 12):03d}", "address"),
            ("Kel/Desa", rng.choice(VILLAGES), "address"),
            ("Kecamatan", rng.choice(DISTRICTS), "address"),
            ("Agama", rng.choice(["ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA"]), "personal_attribute"),
            ("Status Perkawinan", rng.choice(["KAWIN", "BELUM KAWIN", "CERAI HIDUP"]), "personal_attribute"),
            ("Pekerjaan", rng.choice(JOBS), "personal_attribute"),
            # (the project keeps a card's citizenship readable: nearly every holder's is the same)
            ("Kewarganegaraan", "WNI", None),
            ("Berlaku Hingga", "SEUMUR HIDUP", None)]
    colon_x = rng.choice([225, 235, 245])
    y, pitch = 152, rng.choice([33, 34, 35])
    for text, val, category in rows:
        sheet.h((30, y), text, **label)
        sheet.text((colon_x, y), ":", **label)
        if category:
            sheet.s((colon_x + 16, y), val, category, **value)
        else:
            sheet.h((colon_x + 16, y), val, "date" if text.startswith("Berlaku") else "ui_text", **value)
        if text == "Jenis Kelamin":  # the blood group beside the sex, on the same line
            sheet.h((colon_x + 230, y), "Gol. Darah", **label)
            sheet.text((colon_x + 360, y), ":", **label)
            sheet.s((colon_x + 376, y), rng.choice(["A", "B", "O", "AB"]), "personal_attribute", **value)
        y += pitch
    _portrait(sheet, rng, (770, 130, 980, 400))
    sheet.h((875, 420), regency.replace("KABUPATEN", "KAB.").replace("KOTA ", ""), size=17, fill=dark, align="centre")
    sheet.h((875, 444), f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(2012, 2024)}", "date", size=17,
            fill=dark, align="centre")
    _signature(sheet, rng, 800, 480, 150, 60)
    _glare(sheet, rng)
    held = rng.random() < 0.6
    if held:
        _thumb(sheet, rng, rng.choice(["left", "right"]))
    sheet.turn = rng.uniform(-18, 18) if held else rng.uniform(-8, 8)
    return sheet


AGENCIES = [("PEMERINTAH KABUPATEN SLEMAN", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM"),
            ("PEMERINTAH KOTA SEMARANG", "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN"),
            ("KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA KABUPATEN MAGELANG"),
            ("PEMERINTAH PROVINSI JAWA TIMUR", "DINAS PENDIDIKAN"),
            ("BADAN PUSAT STATISTIK", "BPS KABUPATEN BANTUL"),
            ("PEMERINTAH KABUPATEN CIANJUR", "SEKRETARIAT DAERAH")]
STAFF_POSITIONS = ["Analis Kepegawaian Ahli Muda", "Pranata Komputer Ahli Pertama", "Kepala Sub Bagian Umum",
             "Penyuluh Agama Islam Ahli Muda", "Statistisi Ahli Pertama", "Pengelola Keuangan", "Arsiparis Terampil",
             "Kepala Seksi Kurikulum"]


def _qr(sheet: Sheet, text: str, x: int, y: int, side: int, scored: bool) -> None:
    """A QR code of `text` with its quiet zone, scored (when `scored`) as one sensitive box."""
    code = cv2.QRCodeEncoder.create().encode(text)
    code = np.pad(code, 2, constant_values=255)
    tile = Image.fromarray(code).resize((side, side), Image.Resampling.NEAREST).convert("RGB")
    sheet.image.paste(tile, (x, y))
    if scored:
        sheet.items.append(Item((x, y, x + side, y + side), "qr", True, "qr_code"))


def employee_card(rng: random.Random) -> Sheet:
    """A civil servant's identity card (kartu identitas pegawai) hanging on a lanyard: the agency's emblem and
    name (public), the photo, the name with degrees, the NIP, the position and unit (public), and a QR code or
    a barcode of the NIP.  Portrait or landscape; the lanyard's strap crosses the top.  Written before the
    engine was run on it."""
    upright = rng.random() < 0.65
    size = (640, 1010) if upright else (1010, 640)
    colour = rng.choice([(0, 90, 60), (20, 60, 140), (140, 20, 30), (200, 120, 0), (60, 60, 60)])
    sheet = Sheet(Image.new("RGB", size, (250, 250, 248)))
    d = sheet.draw
    w, h = size
    d.rectangle((0, 0, w, 190 if upright else 150), fill=colour)
    d.rectangle((0, h - 60, w, h), fill=colour)
    d.rounded_rectangle((w / 2 - 60, 18, w / 2 + 60, 40), radius=10, fill=(250, 250, 248))  # the lanyard's slot
    top, unit = rng.choice(AGENCIES)
    white = (255, 255, 255)
    if upright:
        d.ellipse((w / 2 - 38, 50, w / 2 + 38, 126), fill=(235, 200, 60))  # the emblem
        sheet.h((w / 2, 134), top, size=17, bold=True, fill=white, align="centre")
        sheet.h((w / 2, 158), unit if len(unit) < 44 else unit[:unit.rfind(" ", 0, 44)], size=14, fill=white,
                align="centre")
        photo = (w / 2 - 110, 220, w / 2 + 110, 500)
        x_text, y, align = w / 2, 530, "centre"
    else:
        d.ellipse((30, 45, 100, 115), fill=(235, 200, 60))
        sheet.h((120, 52), top, size=20, bold=True, fill=white)
        sheet.h((120, 84), unit, size=15, fill=white)
        photo = (40, 180, 240, 450)
        x_text, y, align = 280, 190, "left"
    _portrait(sheet, rng, tuple(int(v) for v in photo))
    given = person(rng, caps=rng.random() < 0.5)
    degree = rng.choice(["", ", S.Kom", ", S.E.", ", S.H.", ", S.Pd", ", M.Si", ", A.Md"])
    if rng.random() < 0.25:
        given = rng.choice(["Drs. ", "Ir. ", "dr. "]) + given
    face = rng.choice(["sans", "dejavu", "narrow"])
    name_size = rng.choice([26, 28, 30]) if upright else rng.choice([28, 30])
    sheet.s((x_text, y), given + degree, "person_name", size=name_size, bold=True, face=face, fill=(20, 20, 25),
            align=align)
    y += name_size + 16
    number = nip(rng)
    spaced = rng.random() < 0.6
    nip_text = number if spaced else number.replace(" ", "")
    if rng.random() < 0.7:  # the label, then the number: only the number is scored
        label = rng.choice(["NIP.", "NIP", "NIP :"])
        number_size = rng.choice([20, 22])
        font = ImageFont.truetype(str(FONTS / FACES[face][0]), number_size)
        whole = font.getlength(label + " " + nip_text)
        left = x_text - whole / 2 if align == "centre" else x_text
        box = sheet.h((left, y), label, "label", size=number_size, face=face, fill=(30, 30, 35))
        sheet.s((box[2] + font.getlength(" "), y), nip_text, "id_number", size=number_size, face=face, fill=(30, 30, 35))
    else:
        sheet.s((x_text, y), nip_text, "id_number", size=rng.choice([20, 22]), face=face, fill=(30, 30, 35), align=align)
    y += 44
    sheet.h((x_text, y), rng.choice(STAFF_POSITIONS), "position", size=rng.choice([18, 20]), face=face, fill=(60, 60, 70),
            align=align)
    y += 34
    if rng.random() < 0.5:
        sheet.h((x_text, y), rng.choice(["Golongan III/b", "Penata Muda Tk. I / III/b", "Pengatur / II/c"]), "rank",
                size=16, face=face, fill=(80, 80, 90), align=align)
    digits_only = number.replace(" ", "")
    if rng.random() < 0.6:
        side = 150 if upright else 140
        qx, qy = (int(w / 2 - side / 2), h - 60 - side - 20) if upright else (w - side - 40, h - 60 - side - 20)
        _qr(sheet, digits_only, qx, qy, side, scored=True)
    else:
        bx, by = (int(w / 2 - 180), h - 140) if upright else (w - 420, h - 140)
        # (a Code 128 of the NIP, as a card's printer makes it: one a reader decodes, not bars at random)
        bars = zxingcpp.write_barcode_to_image(zxingcpp.create_barcode(digits_only, zxingcpp.BarcodeFormat.Code128))
        bars = Image.fromarray(np.asarray(bars)).convert("RGB").resize((360, 60), Image.Resampling.NEAREST)
        sheet.image.paste(bars, (bx, by))
        sheet.items.append(Item((bx, by, bx + 360, by + 60), "barcode", True, "barcode"))
    sheet.h((w / 2, h - 44), rng.choice(["KARTU IDENTITAS PEGAWAI", "ASN", "PEGAWAI NEGERI SIPIL"]), size=18, bold=True,
            fill=white, align="centre")
    # The lanyard's clip through the slot, up out of the picture.
    d.rectangle((w / 2 - 22, 0, w / 2 + 22, 34), fill=tuple(max(0, c - 40) for c in colour))
    d.rectangle((w / 2 - 10, 26, w / 2 + 10, 46), fill=(170, 170, 175))
    _glare(sheet, rng)
    sheet.turn = rng.uniform(-12, 12)
    return sheet


def envelope(rng: random.Random) -> Sheet:
    """A letter's envelope or an invitation addressed to a person: the sending agency's letterhead (public: its
    name, street, telephone and website), the letter's number and "SEGERA"/"RAHASIA" marks (public), then
    "Kepada Yth." with the person's name (Bapak/Ibu/Sdr., with titles) and full home address (street, RT/RW,
    kelurahan, kecamatan, city and postal code), typed or written by hand.  Written before the engine was run on it."""
    invitation = rng.random() < 0.35
    size = (1100, 520) if not invitation else (900, 620)
    paper = rng.choice([(246, 240, 222), (250, 250, 246), (236, 222, 190)]) if not invitation else (252, 248, 240)
    sheet = Sheet(Image.new("RGB", size, paper))
    d = sheet.draw
    w, h = size
    top, unit = rng.choice(AGENCIES)
    if not invitation:
        d.ellipse((30, 30, 110, 110), fill=(235, 200, 60))
        sheet.h((130, 32), top, size=20, bold=True, fill=(20, 20, 20))
        sheet.h((130, 58), unit if len(unit) < 50 else unit[:unit.rfind(" ", 0, 50)], size=17, bold=True, fill=(20, 20, 20))
        sheet.h((130, 84), f"Jl. {rng.choice(['Magelang KM 6', 'Pemuda No. 148', 'Parasamya No. 1', 'Pahlawan No. 110'])}"
                           f" Telp. (0274) {digits(rng, 6)}", "office", size=14, fill=(50, 50, 50))
        d.line([(30, 120), (w / 2 + 60, 120)], fill=(20, 20, 20), width=3)
        if rng.random() < 0.6:
            sheet.h((40, 150), "Nomor : " + f"{rng.choice(['800', '005', '090', '420'])}/{rng.randint(100, 999)}/"
                    f"{rng.choice(['BKPSDM', 'DISKOMINFO', 'SETDA', 'KEMENAG'])}/{rng.randint(2024, 2026)}", "reference_no",
                    size=16, fill=(40, 40, 40))
        if rng.random() < 0.5:
            mark = rng.choice(["SEGERA", "RAHASIA", "PENTING"])
            d.rectangle((40, 190, 40 + 18 * len(mark) + 20, 228), outline=(190, 30, 30), width=3)
            sheet.h((50, 196), mark, "mark", size=24, bold=True, fill=(190, 30, 30))
        x, y = rng.randint(520, 600), rng.randint(230, 270)
    else:
        sheet.h((w / 2, 40), "UNDANGAN", size=40, bold=True, fill=(120, 80, 20), align="centre")
        sheet.h((w / 2, 100), unit if len(unit) < 50 else unit[:unit.rfind(" ", 0, 50)], size=16, fill=(90, 60, 20),
                align="centre")
        x, y = 120, 200
    hand = rng.random() < 0.3
    face = "hand" if hand else rng.choice(["sans", "serif", "dejavu"])
    size_ = rng.choice([24, 26]) if hand else rng.choice([20, 22])
    ink = (20, 30, 90) if hand else (20, 20, 20)
    text = dict(size=size_, face=face, fill=ink)
    sheet.h((x, y), rng.choice(["Kepada Yth.", "Kepada Yth:", "Yth.", "Kepada"]), **text)
    y += size_ + 14
    honorific = rng.choice(["Bapak ", "Ibu ", "Bpk. ", "Sdr. ", "Sdri. ", "Bapak/Ibu "])
    given = person(rng, caps=rng.random() < 0.5)
    if rng.random() < 0.3:
        given += rng.choice([", S.Pd", ", S.T.", ", S.Kep", ", M.M."])
    head = sheet.h((x, y), honorific.strip(), **text) if rng.random() < 0.3 else None
    sheet.s((head[2] + 10 if head else x, y), given if head else honorific + given, "person_name", **text)
    y += size_ + 12
    street = rng.choice(STREETS)
    lines = [street.title() if rng.random() < 0.5 else street,
             f"RT {rng.randint(1, 12):02d} / RW {rng.randint(1, 9):02d}, {rng.choice(['Kel.', 'Desa', 'Kelurahan'])} "
             f"{rng.choice(VILLAGES).title()}",
             f"Kec. {rng.choice(DISTRICTS).title()}",
             f"{rng.choice(CITIES).title()} {rng.randint(20000, 69999)}"]
    if rng.random() < 0.4:
        lines = [lines[0] + " " + lines[1].split(",")[0], lines[1].split(", ", 1)[1] + ", " + lines[2]] + lines[3:]
    for line in lines:
        sheet.s((x, y), line, "address", **text)
        y += size_ + 10
    if rng.random() < 0.5:
        sheet.h((x, y + 6), rng.choice(["di -", "di Tempat", "di", "DI TEMPAT"]), **text)
    if invitation:
        sheet.h((w / 2, h - 70), rng.choice(["Acara: Rapat Koordinasi Kepegawaian", "Acara: Pelantikan Pejabat Fungsional",
                                             "Acara: Syukuran HUT Kabupaten"]), size=16, fill=(90, 60, 20), align="centre")
    else:  # a postage stamp in the corner
        d.rectangle((w - 130, 30, w - 40, 130), fill=rng.choice([(180, 60, 60), (60, 120, 80), (70, 90, 160)]))
    sheet.turn = rng.uniform(-10, 10)
    return sheet


# ----------------------------------------------------------------------------------------- copies and screens
def _ktp_front(rng: random.Random) -> Sheet:
    """A KTP-el's front drawn flat at the card's size, for a copy of it: every field about its holder is
    sensitive, the province, the regency, the labels and the card's validity are public."""
    sheet = Sheet(Image.new("RGB", (1012, 638), (205, 215, 222)))
    d = sheet.draw
    for i in range(0, 638, 7):  # the guilloche, which a copier turns into a grey mottle
        d.line([(x, i + 8 * np.sin(x / 37 + i / 23)) for x in range(0, 1012, 24)], fill=(175, 185, 195))
    d.rounded_rectangle((2, 2, 1009, 635), radius=30, outline=(60, 60, 60), width=4)  # the card's edge on the glass
    province, regency = rng.choice(PROVINCE_REGENCY)
    dark = (10, 10, 10)
    sheet.h((506, 18), f"PROVINSI {province}", size=30, bold=True, fill=dark, align="centre")
    sheet.h((506, 54), regency, size=30, bold=True, fill=dark, align="centre")
    face = rng.choice(["sans", "dejavu", "narrow"])
    size = rng.choice([21, 22, 23])
    label = dict(size=size, face=face, fill=dark)
    value = dict(size=size, face=face, fill=dark, bold=rng.random() < 0.3)
    born = birth(rng)
    female = rng.random() < 0.5
    nik_label = sheet.h((30, 100), "NIK", size=34, bold=True, fill=dark)
    sheet.text((nik_label[2] + 36, 100), ":", size=34, bold=True, fill=dark)
    sheet.s((nik_label[2] + 60, 98), nik(rng, born, female), "id_number", size=36, bold=True,
            face=rng.choice(["ocrb", "mono", "sans"]), fill=dark)
    year, month, day = born
    rows = [("Nama", person(rng), "person_name"),
            ("Tempat/Tgl Lahir", f"{rng.choice(CITIES)}, {day:02d}-{month:02d}-{year}", "birth_date"),
            ("Jenis Kelamin", "PEREMPUAN" if female else "LAKI-LAKI", "personal_attribute"),
            ("Alamat", rng.choice(STREETS), "address"),
            ("RT/RW", f"{rng.randint(1, 15):03d}/{rng.randint(1, 12):03d}", "address"),
            ("Kel/Desa", rng.choice(VILLAGES), "address"),
            ("Kecamatan", rng.choice(DISTRICTS), "address"),
            ("Agama", rng.choice(["ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA"]), "personal_attribute"),
            ("Status Perkawinan", rng.choice(["KAWIN", "BELUM KAWIN", "CERAI HIDUP"]), "personal_attribute"),
            ("Pekerjaan", rng.choice(JOBS), "personal_attribute"),
            ("Kewarganegaraan", "WNI", None),
            ("Berlaku Hingga", "SEUMUR HIDUP", None)]
    colon_x = rng.choice([240, 250, 260])
    y, pitch = 150, 36
    for text, val, category in rows:
        sheet.h((30, y), text, **label)
        sheet.text((colon_x, y), ":", **label)
        if category:
            sheet.s((colon_x + 16, y), val, category, **value)
        else:
            sheet.h((colon_x + 16, y), val, "date" if text.startswith("Berlaku") else "ui_text", **value)
        y += pitch
    _portrait(sheet, rng, (770, 130, 980, 400))
    sheet.h((875, 420), regency.replace("KABUPATEN", "KAB.").replace("KOTA ", ""), size=18, fill=dark, align="centre")
    sheet.h((875, 446), f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(2012, 2024)}", "date", size=18,
            fill=dark, align="centre")
    _signature(sheet, rng, 800, 490, 150, 60)
    return sheet


def _ktp_back() -> Sheet:
    """A KTP-el's back on the copier's glass: an empty card, only its edge and the chip's faint outline."""
    sheet = Sheet(Image.new("RGB", (1012, 638), (214, 222, 228)))
    d = sheet.draw
    d.rounded_rectangle((2, 2, 1009, 635), radius=30, outline=(60, 60, 60), width=4)
    d.rounded_rectangle((90, 250, 200, 340), radius=12, outline=(150, 150, 150), width=3)
    return sheet


def _paste(page: Sheet, sub: Sheet, x: float, y: float, width: float, angle: float) -> None:
    """Lay a drawn sheet onto a page, scaled to `width` and turned by `angle` degrees, as ink over the paper
    (white lets the page through); its boxes follow it."""
    scale = width / sub.image.width
    w, h = int(round(sub.image.width * scale)), int(round(sub.image.height * scale))
    small = np.asarray(sub.image.convert("RGB").resize((w, h), Image.Resampling.LANCZOS))
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(turn[0, 0]), abs(turn[0, 1])
    out_w, out_h = int(w * cos + h * sin) + 2, int(w * sin + h * cos) + 2
    turn[0, 2] += out_w / 2 - w / 2
    turn[1, 2] += out_h / 2 - h / 2
    turned = cv2.warpAffine(small, turn, (out_w, out_h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    base = np.asarray(page.image.convert("RGB")).astype(np.float32)
    x0, y0 = int(x), int(y)
    region = base[y0:y0 + out_h, x0:x0 + out_w]
    region *= turned[:region.shape[0], :region.shape[1]].astype(np.float32) / 255
    page.image = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    for item in sub.items:
        bx0, by0, bx1, by1 = item.box
        corners = np.float32([[bx0, by0], [bx1, by0], [bx1, by1], [bx0, by1]]) * scale
        moved = corners @ turn[:, :2].T + turn[:, 2]
        page.items.append(Item((int(moved[:, 0].min()) + x0, int(moved[:, 1].min()) + y0,
                                int(np.ceil(moved[:, 0].max())) + x0, int(np.ceil(moved[:, 1].max())) + y0),
                               item.text, item.sensitive, item.category))


def _photocopied(sheet: Sheet, rng: random.Random, toner: int) -> None:
    """What a tired office copier makes of a page: grey, washed out, a grey cast where the paper is, toner
    specks, a streak down the drum, a dark band along the lid's edge."""
    page = np.asarray(sheet.image.convert("L")).astype(np.float32)
    h, w = page.shape
    dark, light = rng.uniform(35, 85), rng.uniform(205, 232)
    page = dark + page / 255 * (light - dark)
    noise = np.random.default_rng(rng.randint(0, 9999))
    mottle = cv2.resize(noise.normal(0, rng.uniform(3, 8), (h // 12 + 1, w // 12 + 1)).astype(np.float32), (w, h))
    page += mottle
    for _ in range(toner):  # specks of toner, single or in small clusters
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        r = rng.choice([0.8, 1, 1.2, 1.5, 2, 3])
        cv2.circle(page, (int(cx), int(cy)), int(np.ceil(r)), rng.uniform(40, 120), -1)
    if rng.random() < 0.5:  # a streak down the page
        sx = rng.randint(0, w - 4)
        page[:, sx:sx + rng.randint(1, 3)] -= rng.uniform(15, 40)
    if rng.random() < 0.6:  # the lid's shadow along one edge
        band = rng.randint(10, 40)
        edge = rng.choice(["top", "left", "right"])
        if edge == "top":
            page[:band] *= 0.45
        elif edge == "left":
            page[:, :band] *= 0.45
        else:
            page[:, w - band:] *= 0.45
    grey = np.clip(page, 0, 255).astype(np.uint8)
    sheet.image = Image.fromarray(grey).convert("RGB")


STAMP_OFFICES = ["KANTOR KECAMATAN SEWON", "PEMERINTAH DESA SIDOHARJO", "BKPSDM KABUPATEN SLEMAN",
                 "DINAS PENDIDIKAN KOTA MALANG", "KELURAHAN TEGALREJO", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]
SIGNER_POSITIONS = ["Camat Sewon", "Lurah Tegalrejo", "Kepala Desa Sidoharjo", "Sekretaris Kecamatan",
                    "Kepala Sub Bagian Umum dan Kepegawaian", "Kepala Bidang Pendaftaran Penduduk", "a.n. Kepala Dinas"]


def _legalised_stamp(rng: random.Random) -> Sheet:
    """The "fotokopi sesuai dengan aslinya" rubber stamp in violet or blue ink, the signer's position, a
    signature across it, the name (sensitive) and the NIP (sensitive) under it, in the stamp's ink or by hand."""
    ink = rng.choice([(95, 60, 160), (40, 70, 170), (70, 50, 140)])
    sheet = Sheet(Image.new("RGB", (560, 330), (255, 255, 255)))
    d = sheet.draw
    face = rng.choice(["sans", "serif", "dejavu"])
    words = rng.choice([["FOTOKOPI SESUAI", "DENGAN ASLINYA"], ["FOTOCOPY SESUAI DENGAN ASLINYA"],
                        ["Fotokopi sesuai dengan aslinya"], ["TELAH DILEGALISIR", "SESUAI DENGAN ASLINYA"]])
    box_w = 520 if len(words) == 1 else 380
    if rng.random() < 0.6:
        d.rounded_rectangle((10, 8, 10 + box_w, 8 + 44 * len(words) + 20), radius=8, outline=ink, width=3)
    y = 18
    for line in words:
        sheet.h((20 + (box_w - 20) / 2, y), line, "mark", size=26, bold=True, face=face, fill=ink, align="centre")
        y += 44
    y += 12
    if rng.random() < 0.7:
        sheet.h((20, y), rng.choice(SIGNER_POSITIONS), "position", size=20, face=face, fill=ink)
    y += 30
    _signature(sheet, rng, rng.randint(60, 200), y, rng.randint(140, 220), 60)
    y += 80
    hand = rng.random() < 0.35
    name_face = "hand" if hand else face
    name = person(rng, caps=rng.random() < 0.5) + rng.choice(["", ", S.Sos", ", S.IP", ", S.E.", ", M.Si"])
    box = sheet.s((20, y), name, "person_name", size=24 if hand else 22, face=name_face, bold=not hand,
                  fill=(25, 30, 90) if hand else ink)
    if not hand and rng.random() < 0.6:
        d.line([(box[0], box[3] + 3), (box[2], box[3] + 3)], fill=ink, width=2)
    y += 34
    label = rng.choice(["NIP.", "NIP", "NIP :", "NIP."])
    lab = sheet.h((20, y), label, "label", size=21, face=name_face, fill=(25, 30, 90) if hand else ink)
    sheet.s((lab[2] + 10, y), nip(rng) if rng.random() < 0.6 else nip(rng).replace(" ", ""), "id_number", size=21,
            face=name_face, fill=(25, 30, 90) if hand else ink)
    return sheet


def ktp_photocopy(rng: random.Random) -> Sheet:
    """An A4 photocopy of one or two KTPs (a front; a front and its empty back; or two people's fronts, a
    married couple's), grey and washed out, with toner specks and a streak, each copy set a little askew,
    and over it the office's "fotokopi sesuai dengan aslinya" stamp with a signature, the signer's name and
    NIP; photographed on a desk.  Written before the engine was run on it."""
    sheet = Sheet(Image.new("RGB", (1400, 1980), (255, 255, 255)))
    layout = rng.choice(["one", "front_back", "couple", "couple"])
    width = rng.uniform(600, 680)
    cards = [_ktp_front(rng)]
    if layout == "front_back":
        cards.append(_ktp_back())
    elif layout == "couple":
        cards.append(_ktp_front(rng))
    side_by_side = len(cards) == 2 and rng.random() < 0.3
    if side_by_side:
        width = rng.uniform(590, 630)
    x, y = rng.uniform(80, 160), rng.uniform(140, 260)
    for i, card in enumerate(cards):
        if side_by_side:
            cx, cy = x + i * (width + rng.uniform(40, 70)), y + rng.uniform(-10, 10)
        else:
            cx, cy = x + rng.uniform(-30, 120), y + i * (width * 0.63 + rng.uniform(60, 140))
        _paste(sheet, card, cx, cy, width, rng.uniform(-2.5, 2.5))
    if rng.random() < 0.4:  # a note written on the page before it was copied
        sheet.h((120, 70), rng.choice(["Lampiran: Fotokopi KTP", "KTP Suami / Istri", "Lampiran 2", "Fotokopi KTP Pemohon"]),
                "ui_text", size=24, face="hand", fill=(20, 20, 20))
    _photocopied(sheet, rng, rng.randint(150, 900))
    stamp = _legalised_stamp(rng)
    lowest = max(item.box[3] for item in sheet.items)
    sx = rng.uniform(600, 800) if not side_by_side else rng.uniform(300, 780)
    sy = min(lowest + rng.uniform(-60, 60), 1980 - 420) if rng.random() < 0.7 else lowest - rng.uniform(120, 220)
    _paste(sheet, stamp, sx, max(60, sy), rng.uniform(480, 600), rng.uniform(-6, 6))
    sheet.turn = rng.uniform(-6, 6)
    return sheet


SYSTEMS = [("SIMPEG", "Sistem Informasi Manajemen Kepegawaian", (0, 102, 153)),
           ("SIASN", "Sistem Informasi ASN", (20, 60, 120)),
           ("SIMPEG Online", "Badan Kepegawaian Daerah", (0, 128, 96)),
           ("e-Office", "Aplikasi Perkantoran Elektronik", (120, 40, 40)),
           ("MySAPK", "Sistem Aplikasi Pelayanan Kepegawaian", (60, 60, 110))]
UNITS = ["Sekretariat", "Bidang Mutasi", "Bidang Pengembangan", "Subbag Umum", "Bidang Informasi", "UPT Puskesmas"]
RANKS = ["III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "II/c", "II/d"]
MONITORS = ["DELL", "LG", "acer", "SAMSUNG", "ASUS", "HP", ""]


def _titled(rng: random.Random) -> str:
    """A civil servant's name as a staff system shows it: mixed case, sometimes with a title and degrees."""
    name = person(rng, caps=rng.random() < 0.3)
    if rng.random() < 0.2:
        name = rng.choice(["Drs. ", "Dra. ", "Ir. ", "dr. "]) + name
    return name + rng.choice(["", "", ", S.Kom", ", S.E.", ", S.H.", ", S.Pd", ", M.Si", ", A.Md", ", S.T., M.T."])


def _staff_table(sheet: Sheet, rng: random.Random, x0: int, y0: int, x1: int, y1: int, accent) -> None:
    """A staff system's list of employees: a search box, a table with NIP, name, position, rank, unit and
    mobile number, and the pager under it."""
    face = rng.choice(["sans", "dejavu", "narrow"])
    size = rng.choice([15, 16, 17, 18])
    grey = (90, 90, 95)
    sheet.h((x0 + 20, y0 + 16), rng.choice(["Data Pegawai", "Daftar Pegawai", "Data ASN", "Pegawai Aktif"]), "heading",
            size=size + 8, bold=True, face=face, fill=(30, 30, 35))
    sheet.h((x0 + 20, y0 + 56), rng.choice(["Tampilkan 10 entri", "Show 10 entries", "Tampilkan 25 data"]), "ui_text",
            size=size - 1, face=face, fill=grey)
    sheet.draw.rectangle((x1 - 280, y0 + 50, x1 - 20, y0 + 80), outline=(180, 180, 185), width=1)
    sheet.h((x1 - 330, y0 + 56), "Cari:", "ui_text", size=size - 1, face=face, fill=grey)
    columns = [("No", 40), ("NIP", 200), ("Nama", 270), ("Jabatan", 260)]
    if rng.random() < 0.6:
        columns.append(("Gol.", 60))
    if rng.random() < 0.5:
        columns.append(("Unit Kerja", 200))
    columns.append((rng.choice(["No. HP", "No. Telp", "No. WA", "HP"]), 150))
    if rng.random() < 0.5:
        columns.append(("Aksi", 70))
    scale = (x1 - x0 - 40) / sum(w for _, w in columns)
    xs = [x0 + 20]
    for _, w in columns:
        xs.append(xs[-1] + w * scale)
    y = y0 + 100
    row_h = size + rng.choice([16, 20, 24])
    sheet.draw.rectangle((x0 + 20, y, x1 - 20, y + row_h), fill=rng.choice([accent, (235, 237, 240)]))
    head_fill = (255, 255, 255) if sheet.image.getpixel((x0 + 22, y + 2)) == accent else (30, 30, 35)
    for (title, _), cx in zip(columns, xs):
        sheet.h((cx + 6, y + (row_h - size) / 2), title, "label", size=size, bold=True, face=face, fill=head_fill)
    y += row_h
    ink = (35, 35, 40)
    for n in range(rng.randint(6, 11)):
        if y + row_h > y1 - 50:
            break
        if n % 2:
            sheet.draw.rectangle((x0 + 20, y, x1 - 20, y + row_h), fill=(242, 244, 247))
        sheet.draw.line([(x0 + 20, y + row_h), (x1 - 20, y + row_h)], fill=(215, 215, 220))
        ty = y + (row_h - size) / 2
        number = nip(rng)
        for (title, _), cx in zip(columns, xs):
            at = (cx + 6, ty)
            if title == "No":
                sheet.h(at, str(n + 1), "ui_text", size=size, face=face, fill=ink)
            elif title == "NIP":
                sheet.s(at, number.replace(" ", "") if rng.random() < 0.7 else number, "id_number", size=size, face=face,
                        fill=ink)
            elif title == "Nama":
                sheet.s(at, _titled(rng), "person_name", size=size, face=face, fill=ink)
            elif title == "Jabatan":
                sheet.h(at, rng.choice(STAFF_POSITIONS), "position", size=size - 1, face=face, fill=ink)
            elif title == "Gol.":
                sheet.h(at, rng.choice(RANKS), "rank", size=size, face=face, fill=ink)
            elif title == "Unit Kerja":
                sheet.h(at, rng.choice(UNITS), "office", size=size - 1, face=face, fill=ink)
            elif title == "Aksi":
                sheet.draw.rounded_rectangle((cx + 4, y + 3, cx + 60, y + row_h - 3), radius=4, fill=(40, 120, 200))
                sheet.h((cx + 10, ty), "Detail", "ui_text", size=size - 3, face=face, fill=(255, 255, 255))
            else:
                sheet.s(at, mobile(rng), "phone", size=size, face=face, fill=ink)
        y += row_h
    sheet.h((x0 + 20, y + 14), f"Menampilkan 1 sampai {min(10, n + 1)} dari {rng.randint(40, 900)} entri", "ui_text",
            size=size - 1, face=face, fill=grey)


def _kinerja_page(sheet: Sheet, rng: random.Random, x0: int, y0: int, x1: int, y1: int, accent) -> None:
    """An e-Kinerja page of a performance plan (SKP): the period, the employee assessed and the assessing
    official side by side (name and NIP sensitive; rank, position and unit public), the plan's table."""
    face = rng.choice(["sans", "dejavu"])
    size = rng.choice([15, 16, 17])
    ink, grey = (35, 35, 40), (100, 100, 105)
    sheet.h((x0 + 20, y0 + 14), rng.choice(["Sasaran Kinerja Pegawai (SKP)", "SKP Tahunan", "Rencana SKP",
                                            "Evaluasi Kinerja Pegawai"]), "heading", size=size + 8, bold=True, face=face,
            fill=(30, 30, 35))
    sheet.h((x0 + 20, y0 + 52), f"Periode Penilaian: 1 Januari {rng.choice([2024, 2025])} s.d. 31 Desember "
            f"{rng.choice([2024, 2025])}", "date", size=size, face=face, fill=grey)
    half = (x1 - x0 - 60) / 2
    top = y0 + 90
    captions = rng.choice([("PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA"), ("Pegawai yang Dinilai", "Pejabat Penilai")])
    pitch = size + rng.choice([12, 14, 16])
    for side, caption in enumerate(captions):
        px = x0 + 20 + side * (half + 20)
        sheet.draw.rectangle((px, top, px + half, top + 36 + 5 * pitch + 16), outline=(210, 210, 215), width=1)
        sheet.draw.rectangle((px, top, px + half, top + 32), fill=accent)
        sheet.h((px + 10, top + 7), caption, "label", size=size, bold=True, face=face, fill=(255, 255, 255))
        number = nip(rng)
        rows = [("Nama", _titled(rng), "person_name", True),
                ("NIP", number if rng.random() < 0.5 else number.replace(" ", ""), "id_number", True),
                ("Pangkat/Gol. Ruang", rng.choice(["Penata Muda / III/a", "Penata / III/c", "Pembina / IV/a",
                                                   "Penata Tk. I / III/d"]), "rank", False),
                ("Jabatan", rng.choice(STAFF_POSITIONS), "position", False),
                ("Unit Kerja", rng.choice(UNITS), "office", False)]
        y = top + 44
        for label, value, category, sensitive in rows:
            sheet.h((px + 10, y), label, "label", size=size, face=face, fill=grey)
            sheet.text((px + 175, y), ":", size=size, face=face, fill=grey)
            sheet.text((px + 190, y), value, size=size, face=face, fill=ink, category=category, sensitive=sensitive)
            y += pitch
    y = top + 36 + 5 * pitch + 40
    sheet.draw.rectangle((x0 + 20, y, x1 - 20, y + 32), fill=(235, 237, 240))
    for title, cx in [("No", x0 + 30), ("Rencana Hasil Kerja", x0 + 80), ("Indikator Kinerja", x0 + 480),
                      ("Target", x1 - 200)]:
        sheet.h((cx, y + 7), title, "label", size=size, bold=True, face=face, fill=ink)
    y += 40
    plans = ["Terlaksananya layanan administrasi kepegawaian", "Tersusunnya laporan kinerja bulanan",
             "Meningkatnya kualitas data pegawai", "Terselenggaranya rapat koordinasi", "Tersedianya dokumen anggaran",
             "Terpenuhinya standar pelayanan publik"]
    indicators = ["Persentase layanan tepat waktu", "Jumlah laporan yang disusun", "Persentase data valid",
                  "Jumlah rapat terlaksana", "Jumlah dokumen"]
    for n, plan in enumerate(rng.sample(plans, rng.randint(3, 5))):
        if y + pitch > y1 - 20:
            break
        sheet.h((x0 + 30, y), str(n + 1), "ui_text", size=size, face=face, fill=ink)
        sheet.h((x0 + 80, y), plan, "ui_text", size=size - 1, face=face, fill=ink)
        sheet.h((x0 + 480, y), rng.choice(indicators), "ui_text", size=size - 1, face=face, fill=ink)
        sheet.h((x1 - 200, y), rng.choice(["100 %", "12 laporan", "95 %", "4 kali", "1 dokumen"]), "ui_text", size=size - 1,
                face=face, fill=ink)
        y += pitch + 6


def _screen_look(sheet: Sheet, rng: random.Random, box: tuple[int, int, int, int]) -> None:
    """What a phone's camera makes of a lit screen: a cold cast, the pixel grid, moiré bands in colour where
    that grid beats against the sensor's, a window's reflection, a little out of focus."""
    x0, y0, x1, y1 = box
    img = np.asarray(sheet.image).astype(np.float32)
    screen = img[y0:y1, x0:x1]
    h, w = screen.shape[:2]
    screen *= np.float32(rng.choice([(0.9, 0.95, 1.0), (0.95, 0.95, 0.97), (0.88, 0.93, 1.0)]))
    screen[:] = 25 + screen * rng.uniform(0.82, 0.92)  # a screen's black is not black in a photo
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    grid = rng.choice([3, 4])
    screen *= (1 - rng.uniform(0.04, 0.1) * ((xx % grid) < 1))[..., None]  # the gaps between pixels' columns
    angle = np.radians(rng.uniform(-40, 40))
    period = rng.uniform(9, 30)
    beat = np.cos(2 * np.pi * (xx * np.cos(angle) + yy * np.sin(angle)) / period)
    beat2 = np.cos(2 * np.pi * (xx * np.cos(angle + 0.3) + yy * np.sin(angle + 0.3)) / (period * rng.uniform(1.05, 1.2)))
    strength = rng.uniform(0.05, 0.12)
    for c, phase in enumerate((0.0, 2.1, 4.2)):  # the colours of the bands drift apart
        screen[..., c] *= 1 + strength * beat * np.cos(phase + beat2)
    gx, gy = rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.9) * h
    glare = np.exp(-(((xx - gx) / (rng.uniform(0.1, 0.3) * w)) ** 2 + ((yy - gy) / (rng.uniform(0.15, 0.4) * h)) ** 2))
    shine = rng.uniform(0.15, 0.45)
    screen[:] = screen * (1 - shine * glare[..., None]) + 250 * shine * glare[..., None]
    img[y0:y1, x0:x1] = cv2.GaussianBlur(screen, (0, 0), rng.uniform(0.4, 1.0))
    sheet.image = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))


def screen_photo(rng: random.Random) -> Sheet:
    """A phone's photo of an office monitor showing a staff system's list of employees (NIP, names, mobile
    numbers; positions, ranks and units public) or an e-Kinerja performance plan (the employee's and the
    assessor's names and NIPs): the monitor's bezel around it, the browser's bar, the app's header with the
    signed-in user's name, moiré, a reflection, a little blur, seen at an angle.  Written before the engine
    was run on it."""
    sw, sh = rng.choice([(1440, 810), (1440, 900), (1366, 768)])
    bezel, chin = rng.randint(14, 34), rng.randint(30, 70)
    size = (sw + 2 * bezel, sh + bezel + chin)
    sheet = Sheet(Image.new("RGB", size, rng.choice([(20, 20, 22), (35, 35, 38), (50, 50, 55)])))
    d = sheet.draw
    x0, y0 = bezel, bezel
    x1, y1 = x0 + sw, y0 + sh
    d.rectangle((x0, y0, x1, y1), fill=(250, 250, 250))
    brand = rng.choice(MONITORS)
    if brand:
        d.text((size[0] / 2 - 20, y1 + chin / 2 - 8), brand, fill=(150, 150, 155),
               font=ImageFont.truetype(str(FONTS / FACES["sans"][1]), 16))
    # The browser's tab strip and address bar (not scored: the engine keeps an address readable or not by its own policy).
    d.rectangle((x0, y0, x1, y0 + 64), fill=(222, 225, 230))
    d.rounded_rectangle((x0 + 80, y0 + 34, x1 - 200, y0 + 58), radius=10, fill=(255, 255, 255))
    code, name, accent = rng.choice(SYSTEMS)
    host = rng.choice(["simpeg", "siasn", "kinerja", "eoffice", "sapk"]) + "." + rng.choice(
        ["slemankab.go.id", "semarangkota.go.id", "bkn.go.id", "jatimprov.go.id"])
    d.text((x0 + 100, y0 + 38), host + rng.choice(["/pegawai", "/skp", "/data-asn", "/index.php"]), fill=(60, 60, 60),
           font=ImageFont.truetype(str(FONTS / FACES["sans"][0]), 15))
    top = y0 + 64
    kinerja = rng.random() < 0.4
    if kinerja:
        code, name = rng.choice([("e-Kinerja", "Badan Kepegawaian Negara"), ("E-KINERJA", "Penilaian Kinerja ASN")])
    d.rectangle((x0, top, x1, top + 56), fill=accent)
    # (a staff system's name is an internal system's marker, covered by the project's policy)
    sheet.s((x0 + 20, top + 14), code, "internal_system", size=24, bold=True, fill=(255, 255, 255))
    sheet.h((x0 + 40 + 16 * len(code), top + 20), name, "heading", size=15, fill=(225, 230, 240))
    if rng.random() < 0.75:  # the signed-in user at the right of the header
        user = _titled(rng) if rng.random() < 0.5 else person(rng, caps=rng.random() < 0.5)
        font = ImageFont.truetype(str(FONTS / FACES["sans"][0]), 16)
        ux = x1 - 30 - font.getlength(user)
        d.ellipse((ux - 40, top + 14, ux - 12, top + 42), fill=(230, 230, 235))
        sheet.s((ux, top + 18), user, "person_name", size=16, fill=(255, 255, 255))
    left = x0
    if rng.random() < 0.6:  # the side menu
        left = x0 + rng.randint(190, 240)
        d.rectangle((x0, top + 56, left, y1), fill=rng.choice([(40, 44, 52), (245, 246, 248)]))
        dark_menu = sheet.image.getpixel((x0 + 2, top + 60))[0] < 100
        items = ["Dashboard", "Data Pegawai", "Kenaikan Pangkat", "Cuti", "Mutasi", "Laporan", "Pengaturan"]
        if kinerja:
            items = ["Beranda", "SKP", "Rencana Aksi", "Realisasi", "Penilaian", "Laporan"]
        for i, item in enumerate(items):
            sheet.h((x0 + 24, top + 80 + i * 40), item, "ui_text", size=16,
                    fill=(220, 220, 225) if dark_menu else (50, 50, 55))
    (_kinerja_page if kinerja else _staff_table)(sheet, rng, left, top + 56, x1, y1, accent)
    _screen_look(sheet, rng, (x0, y0, x1, y1))
    sheet.turn = rng.uniform(-7, 7)
    return sheet


# ----------------------------------------------------------------------------------------- sheets and chats
EVENTS = ["Rapat Koordinasi Penyusunan Rencana Kerja Tahun 2026", "Pelatihan Pengelolaan Arsip Dinamis",
          "Bimbingan Teknis Penyusunan Laporan Keuangan", "Sosialisasi Penilaian Kinerja Pegawai",
          "Rapat Evaluasi Program Kerja Triwulan III", "Workshop Pelayanan Publik Berbasis Digital"]
VENUES = ["Aula Lantai 2 Kantor {}", "Ruang Rapat Sekretariat {}", "Ruang Rapat Utama {}", "Hotel Grand Inna, Ruang Melati",
          "Aula Kecamatan {}"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat"]
SIGNER_TITLES = ["Kepala Bidang Pengembangan", "Sekretaris Dinas", "Kepala Sub Bagian Umum dan Kepegawaian",
                 "Ketua Panitia", "Kepala Bagian Organisasi", "Camat"]


def _participant(rng: random.Random) -> str:
    """A participant's name as an attendance list prints it: mixed case or capitals, often with a title before
    it and degrees after it."""
    name = person(rng, caps=rng.random() < 0.35)
    if rng.random() < 0.25:
        name = rng.choice(["Dr. ", "Drs. ", "Dra. ", "Ir. ", "dr. ", "H. ", "Hj. "]) + name
    return name + rng.choice(["", "", ", S.Kom", ", S.E.", ", S.H.", ", S.Pd", ", M.Si", ", S.Kom., M.Kom",
                              ", S.Sos., M.Si", ", A.Md", ", S.T., M.T.", ", S.I.P."])


def _wrapped(font: ImageFont.FreeTypeFont, text: str, width: float) -> list[str]:
    """`text` broken at spaces into lines no wider than `width` (a word longer than that stands alone)."""
    lines, line = [], ""
    for word in text.split(" "):
        candidate = f"{line} {word}".strip()
        if line and font.getlength(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + [line] if line else lines


def attendance_sheet(rng: random.Random) -> Sheet:
    """A printed attendance list (daftar hadir) of a meeting or a training, signed by hand and photographed on
    a desk: the event, its date and place (public), a table of No, name (mixed case, titles and degrees, a
    long one wrapped onto two lines), NIP, position or unit (public), mobile number and a signature, the
    signatures alternating left and right under the row's number, and the signer's block under it (the
    position public; the signature, name and NIP sensitive).  Written before the engine was run on it."""
    landscape = rng.random() < 0.4
    size = (1980, 1400) if landscape else (1400, 1980)
    sheet = Sheet(Image.new("RGB", size, rng.choice([(255, 255, 255), (250, 250, 245)])))
    d = sheet.draw
    w, h = size
    face = rng.choice(["sans", "serif", "dejavu", "narrow"])
    pt = rng.choice([20, 21, 22]) if landscape else rng.choice([18, 19, 20])
    ink = (25, 25, 25)
    y = 60
    sheet.h((w / 2, y), rng.choice(["DAFTAR HADIR", "DAFTAR HADIR PESERTA", "DAFTAR HADIR RAPAT"]), "heading",
            size=pt + 10, bold=True, face=face, fill=ink, align="centre")
    y += pt + 26
    event = rng.choice(EVENTS)
    sheet.h((w / 2, y), event.upper() if rng.random() < 0.5 else event, "heading", size=pt + 2, bold=True, face=face,
            fill=ink, align="centre")
    y += pt + 30
    top, unit = rng.choice(AGENCIES)
    day = rng.randint(1, 28)
    rows = [("Hari/Tanggal", f"{rng.choice(DAYS)}, {day} {rng.choice(ID_MONTHS)} {rng.choice([2025, 2026])}", "date"),
            ("Waktu", rng.choice(["09.00 WIB s.d. selesai", "08.30 - 12.00 WIB", "13.00 WIB - selesai"]), "time"),
            ("Tempat", rng.choice(VENUES).format(unit.split(" DAN")[0].title()), "office")]
    for label, value, category in rows:
        sheet.h((80, y), label, "label", size=pt, face=face, fill=ink)
        sheet.text((260, y), ":", size=pt, face=face, fill=ink)
        sheet.h((280, y), value, category, size=pt, face=face, fill=ink)
        y += pt + 14
    y += 16
    font = ImageFont.truetype(str(FONTS / FACES[face][0]), pt)
    columns = [("No", 50), ("Nama", 330), ("NIP", 270 if pt < 21 else 290), ("Jabatan/Unit Kerja", 270),
               ("No. HP", 190), ("Tanda Tangan", 240)]
    if rng.random() < 0.3:
        columns[3] = ("Jabatan", 270)
    scale = (w - 120) / sum(cw for _, cw in columns)
    xs = [60.0]
    for _, cw in columns:
        xs.append(xs[-1] + cw * scale)
    head_h = pt + 24
    if rng.random() < 0.5:
        d.rectangle((xs[0], y, xs[-1], y + head_h), fill=(225, 225, 225))
    for (title, _), cx, nx in zip(columns, xs, xs[1:]):
        sheet.h(((cx + nx) / 2, y + 12), title, "label", size=pt, bold=True, face=face, fill=ink, align="centre")
    grid = [y]
    y += head_h
    grid.append(y)
    line_h = pt + 6
    row_h = 2 * line_h + rng.choice([14, 20, 26])
    n, count = 0, rng.randint(8, 14)
    while y + row_h < h - 330 and n < count:
        n += 1
        ty = y + (row_h - 2 * line_h) / 2
        name = _participant(rng)
        name_lines = _wrapped(font, name, xs[2] - xs[1] - 16)
        position = rng.choice(STAFF_POSITIONS + UNITS) if columns[3][0] == "Jabatan" else \
            f"{rng.choice(STAFF_POSITIONS)} / {rng.choice(UNITS)}" if rng.random() < 0.4 else rng.choice(STAFF_POSITIONS + UNITS)
        position_lines = _wrapped(font, position, xs[4] - xs[3] - 16)[:2]
        sheet.h((xs[0] + (xs[1] - xs[0]) / 2, ty), f"{n}.", "ui_text", size=pt, face=face, fill=ink, align="centre")
        for k, line in enumerate(name_lines[:2]):
            sheet.s((xs[1] + 8, ty + k * line_h), line, "person_name", size=pt, face=face, fill=ink)
        if rng.random() < 0.88:
            number = nip(rng)
            sheet.s((xs[2] + 8, ty), number if rng.random() < 0.5 else number.replace(" ", ""), "id_number", size=pt,
                    face=face, fill=ink)
        else:  # a contract worker: no NIP
            sheet.h((xs[2] + (xs[3] - xs[2]) / 2, ty), "-", "ui_text", size=pt, face=face, fill=ink, align="centre")
        for k, line in enumerate(position_lines):
            sheet.h((xs[3] + 8, ty + k * line_h), line, "position", size=pt, face=face, fill=ink)
        sheet.s((xs[4] + 8, ty), mobile(rng), "phone", size=pt, face=face, fill=ink)
        half = (xs[6] - xs[5]) / 2
        left = n % 2 == 1
        sx = xs[5] + (0 if left else half)
        sheet.h((sx + 6, y + 6), f"{n}.", "ui_text", size=pt - 3, face=face, fill=ink)
        if rng.random() < 0.9:  # one participant has not signed yet
            _signature(sheet, rng, int(sx + 30), int(y + 8), int(half - 44), int(row_h - 18))
        y += row_h
        grid.append(y)
    for gy in grid:
        d.line([(xs[0], gy), (xs[-1], gy)], fill=ink, width=2)
    for gx in xs:
        d.line([(gx, grid[0]), (gx, grid[-1])], fill=ink, width=2)
    y += 40
    bx = w - rng.randint(520, 600)
    sheet.h((bx, y), f"{rng.choice(CITIES).title()}, {day} {rng.choice(ID_MONTHS)} {rng.choice([2025, 2026])}", "date",
            size=pt, face=face, fill=ink)
    y += pt + 12
    if rng.random() < 0.5:
        sheet.h((bx, y), "Mengetahui,", "ui_text", size=pt, face=face, fill=ink)
        y += pt + 10
    sheet.h((bx, y), rng.choice(SIGNER_TITLES) + ",", "position", size=pt, face=face, fill=ink)
    y += pt + 14
    _signature(sheet, rng, bx + rng.randint(10, 80), y, rng.randint(140, 220), 70)
    y += 100
    signer = sheet.s((bx, y), _participant(rng), "person_name", size=pt, bold=True, face=face, fill=ink)
    if rng.random() < 0.6:
        d.line([(signer[0], signer[3] + 3), (signer[2], signer[3] + 3)], fill=ink, width=2)
    y += pt + 12
    label = sheet.h((bx, y), rng.choice(["NIP.", "NIP", "NIP :"]), "label", size=pt, face=face, fill=ink)
    number = nip(rng)
    sheet.s((label[2] + 10, y), number if rng.random() < 0.6 else number.replace(" ", ""), "id_number", size=pt,
            face=face, fill=ink)
    if rng.random() < 0.5:  # the paper lies in a desk lamp's light, a shadow over one edge
        _glare(sheet, rng)
    sheet.turn = rng.uniform(-5, 5)
    return sheet


CHAT_OPENERS = ["Selamat pagi Pak, mohon maaf mengganggu", "Assalamualaikum Bu, izin menyampaikan",
                "Pak, berikut data saya untuk pendaftaran", "Siang Bu, ini bukti transfernya ya",
                "Baik Pak, segera saya kirim datanya"]
CHAT_REPLIES = ["Baik, terima kasih", "Oke Pak, sudah saya terima", "Siap Bu, nanti saya cek dulu",
                "Mohon dikirim juga fotokopi KTP nya ya", "Terima kasih, berkas segera kami proses", "Sama-sama Pak"]
BANK_NAMES = ["BCA", "BRI", "BNI", "Mandiri", "BSI", "Bank Jateng", "Bank Jatim"]


def _chat_lines(rng: random.Random) -> list[list[tuple[str, str | None, bool]]]:
    """The messages of a chat in which someone shares their data or a transfer's particulars: each message
    a list of (text, category, sensitive) pieces, a piece with no category left unscored."""
    name = person(rng, caps=rng.random() < 0.4)
    street = rng.choice(STREETS)
    street = street.title() if rng.random() < 0.6 else street
    address = f"{street} RT {rng.randint(1, 12):02d}/RW {rng.randint(1, 9):02d} Kel. {rng.choice(VILLAGES).title()}"
    messages = [
        [("Nama", "label", False), (": ", None, False), (name, "person_name", True), ("\n", None, False),
         ("NIK", "label", False), (": ", None, False), (nik(rng), "id_number", True), ("\n", None, False),
         ("Alamat", "label", False), (": ", None, False), (address, "address", True), ("\n", None, False),
         ("No HP", "label", False), (": ", None, False), (mobile(rng), "phone", True)],
        [("Sudah saya transfer ke rek", "ui_text", False), (rng.choice(BANK_NAMES), "bank", False),
         (account(rng), "bank_account", True), ("a.n.", "ui_text", False),
         (person(rng, caps=rng.random() < 0.7), "person_name", True)],
        [("Ini nomor WA saya Pak", "ui_text", False), (mobile(rng), "phone", True)],
        [("NIK saya", "ui_text", False), (nik(rng), "id_number", True), ("untuk data BPJS ya Bu", "ui_text", False)],
        [("No rek", "ui_text", False), (account(rng), "bank_account", True), (rng.choice(BANK_NAMES), "bank", False),
         ("atas nama", "ui_text", False), (person(rng, caps=rng.random() < 0.6), "person_name", True)],
        [("Alamat kirim", "ui_text", False), (f"{rng.choice(STREETS).title()}, Kec. {rng.choice(DISTRICTS).title()}",
                                              "address", True)],
    ]
    rng.shuffle(messages)
    return messages[:rng.randint(2, 4)]


def _bubble(sheet: Sheet, font_face: str, pt: int, pieces, x: float, y: float, width: float, mine: bool,
            colours, rng: random.Random, screen_w: int) -> float:
    """A chat bubble of `pieces` laid out word by word within `width`, a time at its lower right; each scored
    piece's part on each line is its own box.  Returns the bubble's bottom."""
    font = ImageFont.truetype(str(FONTS / FACES[font_face][0]), pt)
    words: list[tuple[str, int]] = []  # (word, piece index), "\n" breaks the line
    for i, (text, _, _) in enumerate(pieces):
        if text == "\n":
            words.append(("\n", i))
            continue
        for word in text.split():
            words.append((word, i))
    lines: list[list[tuple[str, int]]] = [[]]
    used = 0.0
    for word, i in words:
        if word == "\n":
            lines.append([])
            used = 0.0
            continue
        wide = font.getlength(word + " ")
        if lines[-1] and used + wide > width - 24:
            lines.append([])
            used = 0.0
        lines[-1].append((word, i))
        used += wide
    line_h = pt + 10
    stamp = f"{rng.randint(7, 21):02d}.{rng.randint(0, 59):02d}"
    longest = max((font.getlength(" ".join(w for w, _ in line)) for line in lines), default=0)
    bubble_w = min(width, max(longest + 28, 120))
    height = len(lines) * line_h + pt + 10
    bx = screen_w - 18 - bubble_w if mine else x
    sheet.draw.rounded_rectangle((bx, y, bx + bubble_w, y + height), radius=14, fill=colours[1] if mine else colours[0])
    ty = y + 8
    for line in lines:
        cx = bx + 12
        k = 0
        while k < len(line):  # runs of the same piece, drawn and scored together
            j = k
            while j < len(line) and line[j][1] == line[k][1]:
                j += 1
            text = " ".join(w for w, _ in line[k:j])
            _, category, sensitive = pieces[line[k][1]]
            box = sheet.text((cx, ty), text, size=pt, face=font_face, fill=colours[2], category=category,
                             sensitive=sensitive)
            cx = box[2] + font.getlength(" ")
            k = j
        ty += line_h
    small = max(12, pt - 8)
    sheet.h((bx + bubble_w - 12 - (28 if mine else 0), y + height - small - 6), stamp, "time", size=small,
            face=font_face, fill=(110, 120, 125), align="right")
    if mine:  # the read ticks
        sheet.draw.line([(bx + bubble_w - 36, y + height - 12), (bx + bubble_w - 30, y + height - 7),
                         (bx + bubble_w - 20, y + height - 18)], fill=(50, 160, 220), width=2)
    return y + height


def _chat_screen(rng: random.Random) -> Sheet:
    """A phone's screen showing a WhatsApp-like chat: the status bar, the contact's name (or a group's), the
    messages with someone's data and sometimes a transfer's proof as a picture, the input bar."""
    sw, sh = 720, rng.choice([1480, 1520, 1560])
    dark = rng.random() < 0.25
    wall, inc, out, ink = ((11, 20, 26), (32, 44, 51), (0, 92, 75), (233, 237, 239)) if dark else \
        ((239, 234, 226), (255, 255, 255), (217, 253, 211), (17, 27, 33))
    head = (32, 44, 51) if dark else (0, 128, 105)
    sheet = Sheet(Image.new("RGB", (sw, sh), wall))
    d = sheet.draw
    face = rng.choice(["sans", "dejavu"])
    d.rectangle((0, 0, sw, 44), fill=head)
    sheet.h((22, 10), f"{rng.randint(7, 21):02d}.{rng.randint(0, 59):02d}", "time", size=20, face=face,
            fill=(255, 255, 255))
    sheet.h((sw - 22, 10), f"{rng.randint(12, 99)}%", "ui_text", size=20, face=face, fill=(255, 255, 255), align="right")
    for i in range(4):  # the signal's bars
        d.rectangle((sw - 150 + i * 9, 32 - 5 * i, sw - 144 + i * 9, 34), fill=(255, 255, 255))
    d.rectangle((0, 44, sw, 140), fill=head)
    d.text((18, 64), "←", fill=(255, 255, 255), font=ImageFont.truetype(str(FONTS / FACES["dejavu"][0]), 34))
    d.ellipse((64, 62, 124, 122), fill=(170, 185, 190))
    group = rng.random() < 0.3
    if group:
        sheet.h((140, 66), rng.choice(["Peserta Bimtek 2025", "Grup Bidang Umum", "Info Kepegawaian", "Panitia Rakor"]),
                "heading", size=28, face=face, fill=(255, 255, 255))
    else:
        contact = person(rng, caps=False)
        if rng.random() < 0.4:
            contact = rng.choice(["Pak ", "Bu "]) + contact.split()[0] + rng.choice([" Kantor", " BKD", " Dinas", ""])
        sheet.s((140, 66), contact, "person_name", size=28, face=face, fill=(255, 255, 255))
    sheet.h((140, 104), rng.choice(["online", "mengetik...", f"terakhir dilihat hari ini pukul {rng.randint(7, 21):02d}.{rng.randint(10, 59)}"]),
            "ui_text", size=18, face=face, fill=(220, 235, 230))
    y = 160
    sheet.draw.rounded_rectangle((sw / 2 - 60, y, sw / 2 + 60, y + 36), radius=10, fill=(24, 34, 40) if dark else (255, 255, 255))
    sheet.h((sw / 2, y + 7), rng.choice(["Hari ini", "Kemarin", "Senin"]), "date", size=18, face=face,
            fill=(140, 150, 155), align="centre")
    y += 56
    pt = rng.choice([24, 25, 26])
    colours = (inc, out, ink)
    messages = _chat_lines(rng)
    proof = rng.random() < 0.5
    sender_mine = rng.random() < 0.5  # whether the data is sent by the phone's owner (right) or to them (left)
    script = [("opener", sender_mine)] + [(m, sender_mine) for m in messages] + [("reply", not sender_mine)]
    if proof:
        script.insert(rng.randint(1, len(script) - 1), ("proof", sender_mine))
    for what, mine in script:
        if y > sh - 200:
            break
        if what == "proof":
            receipt = transfer(rng)
            width = rng.uniform(360, 440)
            height = width * receipt.image.height / receipt.image.width
            if y + height > sh - 120:
                continue
            bx = sw - 18 - width - 12 if mine else 18
            d = sheet.draw
            d.rounded_rectangle((bx - 6, y - 6, bx + width + 6, y + height + 34), radius=12, fill=out if mine else inc)
            d.rectangle((bx, y, bx + width, y + height), fill=(255, 255, 255))  # the picture, not the bubble, under it
            _paste(sheet, receipt, bx, y, width, 0.0)
            sheet.h((bx + width - (28 if mine else 0), y + height + 6), f"{rng.randint(7, 21):02d}.{rng.randint(0, 59):02d}",
                    "time", size=16, face=face, fill=(110, 120, 125), align="right")
            y += height + 50
            continue
        if what == "opener":
            pieces = [(rng.choice(CHAT_OPENERS), "ui_text", False)]
        elif what == "reply":
            pieces = [(rng.choice(CHAT_REPLIES), "ui_text", False)]
        else:
            pieces = what
        if group and not mine:
            sender = person(rng, caps=False)
            pieces = [(sender, "person_name", True), ("\n", None, False)] + pieces
        y = _bubble(sheet, face, pt, pieces, 18, y, sw * 0.8, mine, colours, rng, sw) + 14
    d = sheet.draw
    d.rectangle((0, sh - 90, sw, sh), fill=wall)
    d.rounded_rectangle((12, sh - 80, sw - 90, sh - 18), radius=30, fill=(32, 44, 51) if dark else (255, 255, 255))
    sheet.h((70, sh - 64), "Ketik pesan", "ui_text", size=22, face=face, fill=(140, 150, 155))
    d.ellipse((sw - 80, sh - 80, sw - 18, sh - 18), fill=(0, 168, 132))
    sheet.items = [it for it in sheet.items if it.box[3] < sh - 90 or it.text == "Ketik pesan"]
    return sheet


def phone_chat_photo(rng: random.Random) -> Sheet:
    """A phone held in a hand or lying on a desk, photographed, its screen showing a WhatsApp-like chat in
    which someone shares their name, NIK, address, mobile number or account number, or a transfer's proof as
    a picture: the status bar, the times and the dates are public, the contact's name is a person's (a
    group's name is public); the phone's body around it, a thumb over its edge, the screen's glare and
    moiré, seen at an angle.  Written before the engine was run on it."""
    screen = _chat_screen(rng)
    bezel = rng.randint(18, 34)
    pw, ph = screen.image.width + 2 * bezel, screen.image.height + 2 * bezel + 40
    margin = rng.randint(60, 160)
    desk = rng.choice([(120, 96, 72), (70, 70, 75), (160, 150, 130), (200, 198, 190)])
    sheet = Sheet(Image.new("RGB", (pw + 2 * margin, ph + 2 * margin), desk))
    d = sheet.draw
    d.rounded_rectangle((margin, margin, margin + pw, margin + ph), radius=60,
                        fill=rng.choice([(15, 15, 18), (40, 40, 45), (200, 200, 205)]))
    sx, sy = margin + bezel, margin + bezel + 20
    base = np.asarray(sheet.image).copy()
    base[sy:sy + screen.image.height, sx:sx + screen.image.width] = np.asarray(screen.image.convert("RGB"))
    sheet.image = Image.fromarray(base)
    for item in screen.items:
        x0, y0, x1, y1 = item.box
        sheet.items.append(Item((x0 + sx, y0 + sy, x1 + sx, y1 + sy), item.text, item.sensitive, item.category))
    _screen_look(sheet, rng, (sx, sy, sx + screen.image.width, sy + screen.image.height))
    held = rng.random() < 0.6
    if held:  # the hand: fingers round one long edge, the thumb over the screen's edge low down
        skin = rng.choice([(214, 168, 130), (188, 140, 104), (230, 190, 160)])
        right = rng.random() < 0.5
        edge = margin + pw if right else margin
        for k in range(4):
            fy = margin + ph * (0.45 + 0.12 * k)
            d = sheet.draw
            d.ellipse((edge - 30, fy - 28, edge + 40, fy + 28) if right else (edge - 40, fy - 28, edge + 30, fy + 28),
                      fill=skin)
        ty = margin + ph * rng.uniform(0.7, 0.85)
        tx = edge - 30 if right else edge + 30
        rx, ry = rng.uniform(50, 80), rng.uniform(110, 150)
        d.ellipse((tx - rx, ty - ry, tx + rx, ty + ry), fill=skin)
        d.rectangle((tx - rx, ty, tx + rx, sheet.image.height), fill=skin)
        sheet.items = [it for it in sheet.items
                       if not (it.box[0] < tx + rx and it.box[2] > tx - rx and it.box[3] > ty - ry)]
    sheet.turn = rng.uniform(-12, 12) if held else rng.uniform(-6, 6)
    return sheet


# In the order they are drawn: identity and money documents first (so their random draws, and so their
# figures, stay comparable with runs from before the office documents were added), then office documents.
KINDS = {"atm_slip": atm_slip, "foreign_id": foreign_id, "passport": passport, "sim": sim, "transfer": transfer,
         "us_licence": us_licence, "disposition": disposition, "family_card": family_card,
         "handwritten_form": handwritten_form, "health_card": health_card, "letter": letter,
         "vaccination": vaccination, "thermal_receipt": thermal_receipt, "lab_result": lab_result,
         "sick_note": sick_note, "passbook": passbook, "birth_certificate": birth_certificate,
         "vehicle_registration": vehicle_registration, "npwp_card": npwp_card, "shipping_label": shipping_label,
         "prescription": prescription, "ktp_held": ktp_held, "employee_card": employee_card, "envelope": envelope,
         "ktp_photocopy": ktp_photocopy, "screen_photo": screen_photo, "attendance_sheet": attendance_sheet,
         "phone_chat_photo": phone_chat_photo}


# ----------------------------------------------------------------------------------------- the photo
def photograph(sheet: Sheet, rng: random.Random) -> tuple[Image.Image, list[tuple[Item, tuple[int, int, int, int]]]]:
    """Lay the page on a table, photograph it in perspective, unevenly lit, a little blurred, noisy."""
    page = np.asarray(sheet.image.convert("RGB"))
    h, w = page.shape[:2]
    scale = rng.uniform(1.1, 1.6)
    out_w, out_h = int(w * scale * 1.25), int(h * scale * 1.35)
    margin_x, margin_y = (out_w - w * scale) / 2, (out_h - h * scale) / 2
    jitter = 0.06
    dst = []
    for cx, cy in ((0, 0), (w, 0), (w, h), (0, h)):
        dst.append([margin_x + cx * scale + rng.uniform(-jitter, jitter) * w * scale,
                    margin_y + cy * scale + rng.uniform(-jitter, jitter) * h * scale])
    if sheet.turn:
        centre_x, centre_y = out_w / 2, out_h / 2
        cos, sin = np.cos(np.radians(sheet.turn)), np.sin(np.radians(sheet.turn))
        dst = [[centre_x + (x - centre_x) * cos - (y - centre_y) * sin, centre_y + (x - centre_x) * sin + (y - centre_y) * cos]
               for x, y in dst]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    matrix = cv2.getPerspectiveTransform(src, np.float32(dst))
    table = np.zeros((out_h, out_w, 3), np.uint8)
    table[:] = rng.choice([(120, 96, 72), (70, 70, 75), (160, 150, 130), (40, 60, 90)])
    table = cv2.add(table, np.random.default_rng(rng.randint(0, 999)).integers(0, 12, table.shape, dtype=np.uint8))
    warped = cv2.warpPerspective(page, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT,
                                 dst=table)
    # Uneven light: brighter where the lamp is, a shadow across one side.
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    lx, ly = rng.uniform(0, out_w), rng.uniform(0, out_h)
    light = 1.05 - 0.35 * np.hypot(xx - lx, yy - ly) / np.hypot(out_w, out_h)
    photo = np.clip(warped.astype(np.float32) * light[..., None], 0, 255)
    photo = cv2.GaussianBlur(photo, (0, 0), rng.uniform(0.6, 1.3))
    # Sensor noise as a phone leaves it: demosaiced and denoised into grains of a few pixels, not
    # independent per pixel (which JPEG and any downscaling would wipe out).
    noise_rng = np.random.default_rng(rng.randint(0, 999))
    grain = noise_rng.normal(0, rng.uniform(3, 6), (out_h // 3 + 1, out_w // 3 + 1, 1)).astype(np.float32)
    grain = cv2.resize(grain, (out_w, out_h), interpolation=cv2.INTER_LINEAR)[..., None]
    photo = np.clip(photo + grain + noise_rng.normal(0, 2, photo.shape), 0, 255)
    image = Image.fromarray(photo.astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=rng.randint(60, 85))
    image = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    boxes = []
    for item in sheet.items:
        x0, y0, x1, y1 = item.box
        corners = cv2.perspectiveTransform(np.float32([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]]), matrix)[0]
        boxes.append((item, (int(corners[:, 0].min()), int(corners[:, 1].min()),
                             int(np.ceil(corners[:, 0].max())), int(np.ceil(corners[:, 1].max())))))
    return image, boxes


def _covered_by(findings, box, size) -> str:
    """Which findings' covers reach into a box: the detector and category of each (for a harmless box)."""
    x0, y0, x1, y1 = box
    names = []
    for finding in findings:
        for r in regions_for([finding], *size):
            if r.left < x1 and r.right > x0 and r.top < y1 and r.bottom > y0:
                names.append(f"{finding.detector}/{finding.category}")
    return ",".join(sorted(set(names))) or "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scorer", required=True, type=Path, help="score_real.py (its test of a destroyed box)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-kind", type=int, default=2)
    ap.add_argument("--kind", action="append", choices=sorted(KINDS), default=[])
    ap.add_argument("--out", type=Path, help="keep each photo and its redacted copy here")
    ap.add_argument("--list", action="store_true", help="one masked line per miss and per harmless box covered")
    args = ap.parse_args(argv)
    isolate_user_settings()
    scorer = load_scorer(args.scorer)
    rng = random.Random(args.seed)
    # Fixtures are drawn, not anyone's data, but the scratch folder still goes when the run ends.
    work = Path(tempfile.mkdtemp(prefix="redactor-photos-"))
    try:
        return _score_photos(args, scorer, rng, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _score_photos(args, scorer, rng, work: Path) -> int:
    per_kind: dict[str, Counter] = {}
    images = 0
    per_category: dict[str, Counter] = {}
    lines = []
    t0 = time.time()
    for kind in args.kind or list(KINDS):
        for n in range(args.per_kind):
            image, boxes = photograph(KINDS[kind](rng), rng)
            name = f"{kind}_{n}"
            path = (args.out or work) / f"{name}.jpg"
            path.parent.mkdir(parents=True, exist_ok=True)
            image.save(path, quality=95)
            analysis = analyse(load_path(path), Config())
            redacted = render(analysis)
            if args.out:
                redacted.save(args.out / f"{name}_redacted.png")
            a, b = scorer.grey(image), scorer.grey(redacted)
            images += 1
            tally = per_kind.setdefault(kind, Counter())
            for item, (x0, y0, x1, y1) in boxes:
                hit = scorer.destroyed(a[y0:y1, x0:x1], b[y0:y1, x0:x1])
                if item.sensitive:
                    tally["sensitive"] += 1
                    tally["covered"] += hit
                    cat = per_category.setdefault(item.category, Counter())
                    cat["sensitive"] += 1
                    cat["covered"] += hit
                    if not hit:
                        lines.append(f"  miss     {name} {item.category} {mask_value(item.text)} at {x0},{y0}")
                else:
                    tally["harmless"] += 1
                    tally["harmless_covered"] += hit
                    if hit:
                        lines.append(f"  harmless {name} {item.category} {mask_value(item.text)} at {x0},{y0}"
                                     f" by {_covered_by(analysis.findings, (x0, y0, x1, y1), image.size)}")
            print(f"{name}: {tally['covered']}/{tally['sensitive']} so far", flush=True)
    total = Counter()
    print(f"{'kind':14} {'recall':>14} {'harmless covered':>18}")
    for kind, tally in per_kind.items():
        total.update(tally)
        print(f"{kind:14} {tally['covered']:4}/{tally['sensitive']:<4} {tally['covered'] / max(1, tally['sensitive']):.3f}"
              f" {tally['harmless_covered']:8}/{tally['harmless']}")
    for category, tally in sorted(per_category.items()):
        print(f"  {category:18} {tally['covered']:4}/{tally['sensitive']:<4} {tally['covered'] / tally['sensitive']:.3f}")
    if args.list:
        print("\n".join(lines))
    print(f"time: {time.time() - t0:.1f}s")
    print(f"photo_recall={total['covered'] / max(1, total['sensitive']):.3f} boxes={total['sensitive']} "
          f"harmless_covered={total['harmless_covered']}/{total['harmless']} images={images}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
