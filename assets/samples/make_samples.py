"""Render the sample images shipped in assets/samples (all values are made up).

Run from the repository root:  .venv/bin/python assets/samples/make_samples.py
Needs the DejaVu fonts (Debian: fonts-dejavu-core).
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size)


def chat() -> Image.Image:
    im = Image.new("RGB", (1080, 1500), (17, 27, 33))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, 1080, 190), fill=(32, 44, 51))
    d.ellipse((40, 60, 150, 170), fill=(120, 180, 140))
    d.text((180, 85), "Dewi Anggraeni Putri", font=font(34, True), fill=(233, 237, 239))
    d.text((180, 132), "online", font=font(24), fill=(140, 160, 170))
    messages = [
        ("in", "Pak, ini NIK saya 3171046208950003 untuk update data ya"),
        ("out", "Baik Bu, nomor HP-nya berapa?"),
        ("in", "HP 0813-2255-9071, email rahma.dewi@example.com"),
        ("out", "Transfer honor ke rek BNI 0274519933 a.n. Dewi Anggraeni"),
        ("in", "Login e-Kinerja pakai NIP, password: Kinerja#2025"),
        ("out", "Siap, rapat jam 10:30 di ruang 3 ya"),
    ]
    y = 240
    f = font(30)
    for side, text in messages:
        w = int(d.textlength(text, font=f)) + 48
        x = 30 if side == "in" else 1080 - 30 - w
        colour = (32, 44, 51) if side == "in" else (0, 92, 75)
        d.rounded_rectangle((x, y, x + w, y + 74), radius=18, fill=colour)
        d.text((x + 24, y + 18), text, font=f, fill=(233, 237, 239))
        y += 120
    return im


def internal_system() -> Image.Image:
    im = Image.new("RGB", (1600, 720), (245, 246, 248))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, 1600, 44), fill=(222, 225, 230))
    d.text((20, 12), "e-Kinerja - Data Pegawai", font=font(18), fill=(30, 30, 30))
    d.rectangle((0, 44, 1600, 92), fill=(250, 250, 250))
    d.text((20, 58), "http://10.12.0.5/ekinerja/pegawai?unit=12", font=font(18), fill=(60, 60, 60))
    d.rectangle((0, 92, 1600, 150), fill=(28, 84, 160))
    d.text((24, 106), "e-Kinerja", font=font(28, True), fill=(255, 255, 255))
    d.text((1180, 112), "Login sebagai: Bambang Sutrisno", font=font(18), fill=(255, 255, 255))
    headers = ["No", "Nama", "NIP", "NIK", "No HP", "Alamat"]
    xs = [30, 90, 420, 680, 920, 1140]
    d.rectangle((20, 180, 1580, 220), fill=(226, 232, 240))
    for x, h in zip(xs, headers):
        d.text((x, 190), h, font=font(18, True), fill=(20, 20, 20))
    rows = [
        ("Rizky Pratama, S.Kom.", "199104122019031004", "3273011204910002", "0812-4410-2837", "Jl. Cempaka No. 12, Bandung"),
        ("Hj. Sri Wahyuningsih", "197809232005012011", "3578106309780004", "0857 3321 9045", "Gg. Melati No. 4, Surabaya"),
        ("Agus Setiawan", "198612052010011007", "3404070512860001", "+62 811 2870 554", "Jl. Kaliurang Km 5, Sleman"),
        ("Nur Aini Lestari, S.E.", "199303172020122015", "6471055703930002", "0896-7702-1136", "Perum Griya Asri Blok C2, Balikpapan"),
    ]
    y = 236
    for i, row in enumerate(rows, 1):
        d.text((xs[0], y), str(i), font=font(18), fill=(40, 40, 40))
        for x, value in zip(xs[1:], row):
            d.text((x, y), value, font=font(18), fill=(40, 40, 40))
        d.line((20, y + 34, 1580, y + 34), fill=(220, 220, 220))
        y += 48
    d.text((30, 660), "Menampilkan 1 sampai 4 dari 312 data", font=font(16), fill=(110, 110, 110))
    return im


def letter() -> Image.Image:
    im = Image.new("RGB", (1240, 1100), (255, 255, 255))
    d = ImageDraw.Draw(im)
    serif = lambda size, bold=False: ImageFont.truetype(  # noqa: E731
        str(FONT_DIR / ("DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf")), size)
    d.rectangle((930, 60, 1150, 120), outline=(200, 30, 30), width=4)
    d.text((955, 72), "RAHASIA", font=serif(34, True), fill=(200, 30, 30))
    d.text((340, 150), "PEMERINTAH KABUPATEN CONTOH", font=serif(30, True), fill=(20, 20, 20))
    d.text((420, 195), "BADAN KEPEGAWAIAN DAERAH", font=serif(24, True), fill=(20, 20, 20))
    d.line((100, 250, 1140, 250), fill=(20, 20, 20), width=4)
    d.text((520, 290), "NOTA DINAS", font=serif(28, True), fill=(20, 20, 20))
    fields = [("Nama", "Yohanes Bintoro Sitompul"), ("NIP", "19780412 200312 1 009"),
              ("NIK", "1271031204780005"), ("Tempat/Tgl Lahir", "Medan, 12-04-1978"),
              ("Alamat", "Jl. Sisingamangaraja No. 45 RT 003/RW 002, Kel. Teladan, Kec. Medan Kota"),
              ("No. Rekening", "BRI 0123-01-009876-50-3")]
    y = 380
    for label, value in fields:
        d.text((120, y), label, font=serif(22), fill=(20, 20, 20))
        d.text((380, y), ": " + value, font=serif(22), fill=(20, 20, 20))
        y += 48
    d.text((120, y + 30), "Demikian disampaikan untuk ditindaklanjuti.", font=serif(22), fill=(20, 20, 20))
    return im


def photo_with_gps() -> Image.Image:
    im = Image.new("RGB", (1200, 800))
    px = im.load()
    for y in range(800):
        for x in range(0, 1200, 4):
            c = (90 + x // 12, 120 + y // 10, 150)
            for k in range(4):
                px[x + k, y] = c
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((200, 180, 1000, 640), radius=20, fill=(246, 244, 236))
    d.text((240, 220), "KARTU KELUARGA", font=font(40, True), fill=(30, 30, 30))
    d.text((240, 300), "No. 3273012305180006", font=font(34), fill=(30, 30, 30))
    d.text((240, 370), "Kepala Keluarga: Budi Hartono", font=font(30), fill=(30, 30, 30))
    d.text((240, 430), "Alamat: Jl. Dago No. 7, Bandung", font=font(30), fill=(30, 30, 30))
    return im


def save_photo_with_gps(im: Image.Image, path: Path) -> None:
    from PIL import ExifTags

    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "ExampleCam"
    exif[ExifTags.Base.Model] = "Model 7"
    exif[ExifTags.Base.DateTime] = "2026:05:17 09:41:00"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "S"
    gps[ExifTags.GPS.GPSLatitude] = (6.0, 54.0, 52.9)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (107.0, 36.0, 35.1)
    im.save(path, "JPEG", quality=90, exif=exif)


def main() -> None:
    chat().save(HERE / "chat_dark.png")
    internal_system().save(HERE / "ekinerja_table.png")
    letter().save(HERE / "nota_dinas_rahasia.png")
    save_photo_with_gps(photo_with_gps(), HERE / "photo_with_gps.jpg")
    print("samples written to", HERE)


if __name__ == "__main__":
    main()
