"""Phone photos of identity and money documents, drawn with known boxes, then scored box by box.

    .venv/bin/python bench/photos.py --scorer ../shared/bench/score_real.py [--seed 1] [--per-kind 2]
        [--kind transfer ...] [--out DIR] [--list]

Kinds (each value drawn at random from made-up lists; every number is made up):
transfer proofs of Indonesian banks and e-wallets (label beside or above the value, names in capitals),
an ATM slip, a passport data page with its machine-readable zone (other countries), the Indonesian
driving licence (SIM), a US-style driver licence, and a foreign identity card with English labels.

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
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from redactor.config import Config
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
}

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


KINDS = {"transfer": transfer, "atm_slip": atm_slip, "passport": passport, "sim": sim, "us_licence": us_licence,
         "foreign_id": foreign_id}


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
    for kind in args.kind or sorted(KINDS):
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
                        lines.append(f"  harmless {name} {item.category} {mask_value(item.text)} at {x0},{y0}")
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
