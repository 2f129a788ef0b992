"""How legible the purpose watermark is to OCR, and what it costs on a 12 MP photo.

    .venv/bin/python bench/watermark_ocr.py

Draws a KTP-like card (light and dark), watermarks it, and reads it back with Tesseract
turned to the watermark's slope (the negative too, for light ink): prints how many purpose
words were read, in how many distinct places, how many inside the field area, and how many
on the plain card (must be 0).  Then times the watermark on a 4000x3000 image.
"""
from __future__ import annotations

import math
import sys
import time

from PIL import Image, ImageDraw, ImageOps

from redactor.watermark import ANGLE, apply_watermark, load_font, watermark_text

PURPOSE = "Hanya untuk pendaftaran CPNS BKN"
WORDS = ("hanya", "untuk", "pendaftaran", "cpns", "bkn")
FIELDS = ["NIK : 3273012505900003", "Nama : SITI RAHAYU", "Tempat/Tgl Lahir : BANDUNG, 25-05-1990",
          "Jenis Kelamin : PEREMPUAN", "Alamat : JL. MERDEKA NO. 10", "RT/RW : 003/007", "Kel/Desa : CITARUM",
          "Kecamatan : BANDUNG WETAN", "Agama : ISLAM", "Pekerjaan : PEGAWAI NEGERI SIPIL", "Kewarganegaraan : WNI"]
FIELD_AREA = (40, 125, 620, 590)


def card(background, ink) -> Image.Image:
    image = Image.new("RGB", (1011, 638), background)
    draw = ImageDraw.Draw(image)
    draw.text((505, 40), "PROVINSI JAWA BARAT", font=load_font(32), fill=ink, anchor="mt")
    for row, line in enumerate(FIELDS):
        draw.text((40, 125 + row * 42), line, font=load_font(22), fill=ink)
    draw.rectangle((760, 160, 960, 420), fill=(120, 120, 130))
    return image


def read_purpose(image: Image.Image) -> list[tuple[float, float]]:
    import pytesseract

    found = []
    turn = math.radians(ANGLE)
    for variant in (image, ImageOps.invert(image)):
        level = variant.rotate(-ANGLE, expand=True, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
        data = pytesseract.image_to_data(level, lang="ind+eng", config="--psm 11 -c thresholding_method=2",
                                         output_type=pytesseract.Output.DICT)
        for i, word in enumerate(data["text"]):
            if float(data["conf"][i]) >= 60 and word.strip().lower().strip(".,") in WORDS:
                x = data["left"][i] + data["width"][i] / 2 - level.width / 2
                y = data["top"][i] + data["height"][i] / 2 - level.height / 2
                found.append((x * math.cos(turn) + y * math.sin(turn) + image.width / 2,
                              -x * math.sin(turn) + y * math.cos(turn) + image.height / 2))
    return found


def main() -> int:
    text = watermark_text(PURPOSE)
    for name, colours in (("light card", ((170, 205, 235), (20, 20, 20))), ("dark card", ((30, 40, 70), (235,) * 3))):
        plain = card(*colours)
        found = read_purpose(apply_watermark(plain, text))
        places = {(round(x / 60), round(y / 60)) for x, y in found}
        in_fields = sum(FIELD_AREA[0] <= x <= FIELD_AREA[2] and FIELD_AREA[1] <= y <= FIELD_AREA[3] for x, y in found)
        print(f"{name}: {len(found)} purpose words read in {len(places)} places, {in_fields} inside the field "
              f"area; plain card: {len(read_purpose(plain))}")
    photo = Image.new("RGB", (4000, 3000), (200, 210, 230))
    started = time.perf_counter()
    apply_watermark(photo, text)
    print(f"watermark on 4000x3000: {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
