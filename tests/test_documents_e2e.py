"""End to end with real Tesseract on documents people photograph and post: a bank transfer proof with
values right-aligned far from their labels, a passport-like data page with a machine-readable zone,
and an English (US-style) form.  The tests draw the documents themselves; every value must come out
black, and the amounts, dates and headings around them must stay as they were.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from conftest import font
from redactor.config import Config
from redactor.pipeline import redact_file

pytestmark = pytest.mark.usefixtures("tesseract")


@dataclass
class Document:
    image: Image.Image
    boxes: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)

    def text(self, xy, value, size=18, bold=False, mono=False, right=False, fill=(25, 25, 25), key=None):
        draw = ImageDraw.Draw(self.image)
        f = font(size, bold=bold, mono=mono)
        x, y = xy
        if right:  # right-aligned at x, as banking apps lay out their values
            x -= int(f.getlength(value))
        draw.text((x, y), value, font=f, fill=fill, anchor="la")
        self.boxes[key or value] = draw.textbbox((x, y), value, font=f, anchor="la")


def run(doc: Document, tmp_path, name="doc.png", config=Config(visual=False), **save):
    path = tmp_path / name
    doc.image.save(path, **save)
    result = redact_file(path, tmp_path / "out.png", config=config)
    out = np.asarray(Image.open(result.output.path).convert("RGB")).astype(int)
    return result, out


def ink(doc: Document, box) -> np.ndarray:
    left, top, right, bottom = box
    area = np.asarray(doc.image.convert("RGB")).astype(int)[top:bottom, left:right]
    background = np.median(area.reshape(-1, 3), axis=0)
    return np.abs(area - background).sum(axis=-1) > 120


def assert_black(doc: Document, out: np.ndarray, key: str):
    left, top, right, bottom = doc.boxes[key]
    mask = ink(doc, doc.boxes[key])
    assert mask.any(), f"test bug: no ink for {key!r}"
    covered = (out[top:bottom, left:right] == 0).all(axis=-1)
    share = covered[mask].mean()
    assert share == 1.0, f"{key!r}: only {share:.0%} of its ink is covered"


def assert_visible(doc: Document, out: np.ndarray, key: str):
    left, top, right, bottom = doc.boxes[key]
    covered = (out[top:bottom, left:right] == 0).all(axis=-1)
    assert covered[ink(doc, doc.boxes[key])].mean() < 0.2, f"{key!r} was covered"


def transfer_proof() -> Document:
    doc = Document(Image.new("RGB", (720, 980), (255, 255, 255)))
    ImageDraw.Draw(doc.image).rectangle((0, 0, 720, 90), fill=(0, 96, 175))
    doc.text((40, 30), "Bukti Transfer", size=26, bold=True, fill=(255, 255, 255))
    doc.text((40, 130), "Transfer Berhasil", size=24, bold=True, fill=(20, 140, 60))
    doc.text((40, 180), "Rp 1.250.000", size=34, bold=True, key="amount")
    doc.text((40, 235), "12 Mar 2025  14:32 WIB", size=18, fill=(110, 110, 110), key="date")
    rows = [("Dari Rekening", "0123 4567 89", "src"), ("Nama Pengirim", "SITI RAHMAWATI", "sender"),
            ("Ke Rekening", "0987654321", "dst"), ("Nama Penerima", "BUDI SANTOSO", "receiver"),
            ("Berita", "bayar arisan maret", "note"), ("Biaya Admin", "Rp 0", "fee")]
    y = 320
    for label, value, key in rows:
        doc.text((40, y), label, size=19, fill=(110, 110, 110), key=label)
        doc.text((680, y), value, size=19, bold=True, right=True, key=key)
        if key == "dst":  # the bank's name before the number stays readable
            doc.text((doc.boxes[key][0] - 12, y), "BNI", size=19, bold=True, right=True, key="bank")
        y += 64
    doc.text((40, y + 20), "Simpan bukti ini sebagai tanda terima yang sah.", size=16, fill=(110, 110, 110),
             key="footer")
    return doc


def test_transfer_proof_values_right_aligned_far_from_their_labels(tmp_path):
    doc = transfer_proof()
    _, out = run(doc, tmp_path)
    for key in ("src", "sender", "dst", "receiver"):
        assert_black(doc, out, key)
    for key in ("amount", "date", "Dari Rekening", "Nama Penerima", "footer", "bank"):
        assert_visible(doc, out, key)


def test_transfer_proof_photographed_as_jpeg(tmp_path):
    doc = transfer_proof()
    doc.image = doc.image.filter(ImageFilter.GaussianBlur(0.7))
    _, out = run(doc, tmp_path, name="proof.jpg", quality=60)
    for key in ("src", "sender", "dst", "receiver"):
        assert_black(doc, out, key)
    assert_visible(doc, out, "amount")


MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def passport_page() -> Document:
    doc = Document(Image.new("RGB", (1000, 640), (236, 240, 232)))
    draw = ImageDraw.Draw(doc.image)
    doc.text((40, 20), "PASSPORT / PASSEPORT", size=20, bold=True, fill=(40, 40, 90))
    draw.rectangle((40, 70, 250, 330), fill=(205, 210, 200))          # the portrait, a ghost of a face
    draw.ellipse((95, 100, 195, 220), fill=(170, 170, 165))
    draw.rectangle((80, 220, 210, 330), fill=(170, 170, 165))
    doc.boxes["photo"] = (40, 70, 251, 331)
    fields = [("Passport No. / No. du passeport", "L898902C3"), ("Surname / Nom", "ERIKSSON"),
              ("Given names / Prénoms", "ANNA MARIA"), ("Nationality / Nationalité", "UTOPIAN"),
              ("Date of birth / Date de naissance", "12 AUG 1974"), ("Place of birth / Lieu de naissance", "ZENITH"),
              ("Date of expiry / Date d'expiration", "15 APR 2027")]
    y = 75
    for label, value in fields:
        doc.text((280, y), label, size=13, fill=(90, 90, 110))
        doc.text((280, y + 16), value, size=17, bold=True)
        y += 44
    doc.text((40, 545), MRZ[0], size=26, mono=True)
    doc.text((40, 585), MRZ[1], size=26, mono=True)
    return doc


def test_passport_data_page_fields_mrz_band_and_portrait(tmp_path):
    doc = passport_page()
    doc.image = doc.image.filter(ImageFilter.GaussianBlur(0.6))
    result, out = run(doc, tmp_path, name="passport.jpg", config=Config(), quality=75)
    assert result.analysis.verdict.kind == "identity_card"
    for key in ("L898902C3", "ERIKSSON", "ANNA MARIA", "12 AUG 1974", "ZENITH", MRZ[0], MRZ[1]):
        assert_black(doc, out, key)
    left, top, right, bottom = doc.boxes["photo"]
    assert (out[top + 10:bottom - 10, left + 10:right - 10] == 0).all(axis=-1).mean() > 0.95, "portrait visible"
    assert_visible(doc, out, "15 APR 2027")  # the expiry date says nothing about the holder


def test_english_form_with_ssn_dob_phone_and_address(tmp_path):
    doc = Document(Image.new("RGB", (900, 560), (255, 255, 255)))
    doc.text((40, 24), "PATIENT REGISTRATION FORM", size=22, bold=True, key="title")
    rows = [("Full Name:", "Jordan A. Kim"), ("Date of Birth:", "04/22/1988"), ("SSN:", "219-09-9999"),
            ("Phone:", "(415) 555-0192"), ("Address:", "500 Main Street, Austin, TX 78701"),
            ("Email:", "jordan.kim@example.com"), ("Member ID:", "XJH123456789"), ("Visit date:", "03/12/2025")]
    y = 90
    for label, value in rows:
        doc.text((40, y), label, size=17, fill=(80, 80, 80), key=label)
        doc.text((240, y), value, size=17)
        y += 52
    _, out = run(doc, tmp_path)
    for key in ("Jordan A. Kim", "04/22/1988", "219-09-9999", "(415) 555-0192", "500 Main Street, Austin, TX 78701",
                "jordan.kim@example.com", "XJH123456789"):
        assert_black(doc, out, key)
    for key in ("title", "Full Name:", "03/12/2025", "Visit date:"):
        assert_visible(doc, out, key)


def receipt_photo() -> Document:
    """A shop's thermal receipt photographed on a table: one narrow column of monospaced lines, the
    store's contacts in the footer, a little tilt, blur and sensor noise."""
    doc = Document(Image.new("RGB", (430, 900), (246, 244, 238)))
    lines = [("TOKO SEJAHTERA MAKMUR", "store"), ("JL. MERPATI RAYA NO. 12", "street"),
             ("2025-03-12 19:42  KSR:03", "when"), ("-" * 32, None), ("GULA PASIR 1KG      17,500", "item1"),
             ("MINYAK GORENG 2L     38,900", "item2"), ("ROTI TAWAR           15,000", "item3"), ("-" * 32, None),
             ("TOTAL                71,400", "total"), ("TUNAI               100,000", "cash"),
             ("KEMBALI              28,600", "change"), ("-" * 32, None), ("KRITIK & SARAN:", "ask"),
             ("0812-3300-4455", "wa"), ("layanan@tokosejahtera.co.id", "email"), ("TERIMA KASIH", "thanks")]
    y = 40
    for text, key in lines:
        x = 30
        if key == "wa":  # the messaging app's name before the number stays readable
            doc.text((x, y), "WA", size=19, mono=True, key="wa_label")
            x += int(font(19, mono=True).getlength("WA "))
        doc.text((x, y), text, size=19, mono=True, key=key)
        y += 48
    table = Image.new("RGB", (620, 1100), (120, 100, 80))
    table.paste(doc.image, (95, 100))
    doc.boxes = {k: (l + 95, t + 100, r + 95, b + 100) for k, (l, t, r, b) in doc.boxes.items()}
    rng = np.random.default_rng(7)
    noisy = np.asarray(table.filter(ImageFilter.GaussianBlur(0.8))).astype(np.int16)
    noisy = np.clip(noisy + rng.normal(0, 6, noisy.shape), 0, 255).astype(np.uint8)
    doc.image = Image.fromarray(noisy)
    return doc


def test_photographed_receipt_read_as_a_column_covers_the_footer_contacts(tmp_path):
    doc = receipt_photo()
    result, out = run(doc, tmp_path, name="receipt.jpg", config=Config(), quality=70)
    for key in ("wa", "email"):
        assert_black(doc, out, key)
    for key in ("total", "item1", "thanks", "wa_label"):
        assert_visible(doc, out, key)
    # Read as one column of lines, not as scattered text: a label and its value far to the right stay
    # on one line, which is what lets a label name the value beside it.
    lines = [line.text.replace(" ", "") for line in result.analysis.ocr.lines()]
    assert any("KEMBALI" in line and "28,600" in line for line in lines), lines
    assert any("GULAPASIR" in line and "17,500" in line for line in lines), lines


def driving_licence() -> Document:
    """An Indonesian SIM: numbered fields with no labels, the holder's portrait on the left."""
    doc = Document(Image.new("RGB", (1000, 630), (232, 226, 206)))
    draw = ImageDraw.Draw(doc.image)
    doc.text((300, 24), "SURAT IZIN MENGEMUDI", size=28, bold=True, fill=(30, 40, 110), key="heading")
    doc.text((300, 64), "INDONESIA", size=18, bold=True, fill=(30, 40, 110), key="country")
    draw.rectangle((40, 150, 250, 420), fill=(200, 40, 40))             # the portrait on red
    draw.ellipse((95, 185, 195, 300), fill=(225, 195, 165))
    draw.rectangle((80, 300, 210, 420), fill=(40, 40, 50))
    doc.text((300, 110), "1290-8812-004417", size=24, bold=True, mono=True, key="number")
    fields = [("1.", "RANI KUSUMAWATI", "name"), ("2.", "SEMARANG, 14-09-1991", "birth"),
              ("3.", "A - WANITA", "blood"), ("4.", "JL. KENANGA RAYA NO. 21", "address"),
              (None, "KEL. SUKAJADI KEC. CICENDO", "address2"), (None, "KOTA BANDUNG", "address3"),
              ("5.", "KARYAWAN SWASTA", "job"), ("6.", "POLRESTABES BANDUNG", "issuer")]
    y = 165
    for number, value, key in fields:
        if number:
            doc.text((300, y), number, size=20, bold=True, key=number)
        doc.text((340, y), value, size=20, bold=True, key=key)
        y += 40
    doc.text((700, 560), "Berlaku s/d 14-09-2029", size=16, key="expiry")
    return doc


def test_driving_licence_photographed_numbered_fields_without_labels(tmp_path):
    doc = driving_licence()
    rng = np.random.default_rng(3)
    grain = np.asarray(doc.image.filter(ImageFilter.GaussianBlur(0.6))).astype(np.int16) + rng.normal(0, 5, (630, 1000, 3))
    doc.image = Image.fromarray(np.clip(grain, 0, 255).astype(np.uint8))
    _, out = run(doc, tmp_path, name="sim.jpg", config=Config(), quality=80)
    for key in ("number", "name", "birth", "address", "address2", "address3"):
        assert_black(doc, out, key)
    # Blood group and sex, occupation and issuing office say no more than a KTP's, which stay readable.
    for key in ("heading", "blood", "job", "issuer", "expiry", "1.", "6."):
        assert_visible(doc, out, key)


def test_driving_licence_scanned_flat_keeps_its_fields_covered_when_ocr_misses_their_numbers(tmp_path):
    doc = driving_licence()
    _, out = run(doc, tmp_path, config=Config())
    for key in ("name", "birth", "address", "address2", "address3"):
        assert_black(doc, out, key)
    for key in ("heading", "blood", "job", "issuer", "expiry"):
        assert_visible(doc, out, key)


def test_driving_licence_with_worn_off_field_numbers_keeps_the_issuing_office_off_the_address(tmp_path):
    """Field numbers 5 and 6 rubbed off the card: nothing marks the police office's line as a field of
    its own, but a line opening with "POLRES…" is never the address's next line."""
    doc = driving_licence()
    for key in ("5.", "6."):
        ImageDraw.Draw(doc.image).rectangle(doc.boxes[key], fill=(232, 226, 206))
    _, out = run(doc, tmp_path, config=Config())
    for key in ("name", "birth", "address", "address2", "address3"):
        assert_black(doc, out, key)
    for key in ("heading", "blood", "issuer", "expiry"):
        assert_visible(doc, out, key)


def test_receipt_items_greeting_and_service_line_stay_readable_the_buyers_contact_is_covered(tmp_path):
    """A minimarket receipt: products under "Item Name", the store's thanks in capitals and its customer
    service line are the shop's own and stay readable; a personal WhatsApp number in the footer is covered."""
    doc = Document(Image.new("RGB", (520, 720), (250, 250, 246)))
    lines = [("Item Name       Qty   Price", "header"), ("Frisian Flag     2   14,000", "item1"),
             ("Kanzler Singles  1   10,800", "item2"), ("TOTAL               24,800", "total"),
             ("THANK YOU FOR SHOPPING AT", "thanks"), ("TOKO SENTOSA JAYA", "store"),
             ("LAYANAN KONSUMEN SMS 0811 1500 280", "service"), ("WA Kasir: 0812-7788-2301", "wa")]
    y = 40
    for text, key in lines:
        doc.text((30, y), text, size=19, mono=True, key=key)
        y += 60
    rng = np.random.default_rng(11)
    noisy = np.asarray(doc.image.filter(ImageFilter.GaussianBlur(0.6))).astype(np.int16)
    doc.image = Image.fromarray(np.clip(noisy + rng.normal(0, 5, noisy.shape), 0, 255).astype(np.uint8))
    _, out = run(doc, tmp_path, name="receipt.png")
    doc.boxes["wa_number"] = doc.boxes["wa"]
    left, top, right, bottom = doc.boxes["wa"]
    doc.boxes["wa_number"] = (left + int(font(19, mono=True).getlength("WA Kasir: ")), top, right, bottom)
    assert_black(doc, out, "wa_number")
    for key in ("header", "item1", "item2", "thanks", "store", "service"):
        assert_visible(doc, out, key)


def stacked_fields(doc: Document, rows, top: int, value_size: int) -> None:  # noqa: ANN001
    """A transfer proof's fields as banking apps lay them out: a grey label over its value in bold, each
    drawn with its key (the label's own text for the label)."""
    for i, (label, value, key) in enumerate(rows):
        y = top + 110 * i
        doc.text((40, y), label, size=21, fill=(120, 120, 120), key=label)
        doc.text((40, y + 32), value, size=value_size, bold=True, key=key)


def _photographed(doc: Document, seed: int) -> Document:
    """The page on a dark table as a phone shoots it: a margin of table, soft focus, grainy sensor noise."""
    rng = np.random.default_rng(seed)
    table = Image.new("RGB", (doc.image.width + 240, doc.image.height + 300), (52, 62, 84))
    table.paste(doc.image, (120, 150))
    doc.boxes = {k: (l + 120, t + 150, r + 120, b + 150) for k, (l, t, r, b) in doc.boxes.items()}
    pixels = np.asarray(table.filter(ImageFilter.GaussianBlur(0.9))).astype(np.float32)
    grain = rng.normal(0, 5, (pixels.shape[0] // 3 + 1, pixels.shape[1] // 3 + 1)).astype(np.float32)
    grain = np.kron(grain, np.ones((3, 3), np.float32))[:pixels.shape[0], :pixels.shape[1], None]
    doc.image = Image.fromarray(np.clip(pixels + grain + rng.normal(0, 2, pixels.shape), 0, 255).astype(np.uint8))
    return doc


def test_photographed_transfer_proof_with_each_label_over_its_value(tmp_path):
    """E-wallets and newer banking apps stack the label over the value: "Dari" over the sender's name in
    capitals.  The names and accounts are covered; the bank, the amount and the labels stay readable."""
    doc = Document(Image.new("RGB", (640, 1100), (255, 255, 255)))
    ImageDraw.Draw(doc.image).rectangle((0, 0, 640, 100), fill=(0, 83, 159))
    doc.text((40, 32), "BRImo", size=32, bold=True, fill=(255, 255, 255))
    doc.text((40, 140), "Transaksi Berhasil", size=28, bold=True, fill=(20, 140, 60), key="title")
    doc.text((40, 195), "Rp 1.250.000", size=40, bold=True, key="amount")
    rows = [("Dari", "JOKO RAHAYU", "sender"), ("Rekening Sumber", "0123 4567 8901", "src"),
            ("Penerima", "SITI RAHMAWATI", "receiver"), ("Bank Tujuan", "BANK JATIM", "bank"),
            ("Rekening Tujuan", "0987654321", "dst"), ("Biaya Admin", "Rp 0", "fee")]
    stacked_fields(doc, rows, top=300, value_size=24)
    doc = _photographed(doc, seed=5)
    _, out = run(doc, tmp_path, name="proof.jpg", config=Config(), quality=80)
    for key in ("sender", "src", "receiver", "dst"):
        assert_black(doc, out, key)
    for key in ("amount", "bank", "fee", "Dari", "Penerima", "Bank Tujuan"):
        assert_visible(doc, out, key)


def test_passport_data_page_values_printed_under_translated_labels(tmp_path):
    """A bilingual data page prints each value under "Surname / Nama keluarga": the value below is
    covered, the label line and the nationality stay readable."""
    doc = Document(Image.new("RGB", (1100, 760), (226, 232, 222)))
    draw = ImageDraw.Draw(doc.image)
    draw.rectangle((40, 120, 300, 460), fill=(190, 190, 200))
    draw.ellipse((100, 170, 240, 320), fill=(214, 184, 160))
    draw.rectangle((80, 320, 260, 460), fill=(60, 60, 80))
    doc.text((550, 30), "PASSPORT / PASPOR", size=26, bold=True, fill=(40, 40, 90))
    fields = [("Passport No. / No. Paspor", "X4821937", "number"), ("Surname / Nama keluarga", "WIBOWO", "surname"),
              ("Given names / Nama depan", "RATNA KARTIKA", "given"),
              ("Nationality / Kewarganegaraan", "INDONESIA", "nationality"),
              ("Date of birth / Tanggal lahir", "14 AUG 1988", "birth")]
    y = 110
    for label, value, key in fields:
        doc.text((340, y), label, size=16, fill=(90, 90, 110), key=label)
        doc.text((340, y + 22), value, size=24, bold=True, key=key)
        y += 66
    lines = ["P<IDNWIBOWO<<RATNA<KARTIKA<<<<<<<<<<<<<<<<<<", "X48219370IDN8808146F3308140<<<<<<<<<<<<<<04"]
    for i, line in enumerate(lines):
        doc.text((40, 620 + 48 * i), line, size=26, mono=True, key=f"mrz{i}")
    result, out = run(doc, tmp_path, config=Config())
    assert result.analysis.verdict.kind == "identity_card"
    for key in ("number", "surname", "given", "birth", "mrz0", "mrz1"):
        assert_black(doc, out, key)
    for key in ("Surname / Nama keluarga", "Given names / Nama depan", "nationality"):
        assert_visible(doc, out, key)


def test_us_driver_licence_fields_covered_dates_of_issue_and_expiry_readable(tmp_path):
    """A US licence labels its fields with short codes (DL, LN, FN, DOB, EXP, ISS) and prints the address
    with no label under the name."""
    doc = Document(Image.new("RGB", (1010, 640), (236, 240, 248)))
    draw = ImageDraw.Draw(doc.image)
    draw.rectangle((0, 0, 1010, 90), fill=(40, 70, 140))
    doc.text((30, 20), "OREGON", size=40, bold=True, fill=(255, 255, 255))
    doc.text((620, 30), "DRIVER LICENSE", size=30, bold=True, fill=(255, 255, 255))
    draw.rectangle((30, 130, 290, 470), fill=(150, 160, 180))
    draw.ellipse((100, 170, 220, 300), fill=(220, 190, 165))
    draw.rectangle((70, 300, 250, 470), fill=(70, 60, 60))
    rows = [((320, 110), "DL", None), ((360, 106), "B8341207", "number"), ((650, 110), "EXP", None),
            ((705, 106), "08/14/2031", "expiry"), ((320, 160), "LN", None), ((360, 156), "WHITAKER", "surname"),
            ((320, 200), "FN", None), ((360, 196), "EMILY R", "given"), ((320, 245), "2210 OAK AVE", "street"),
            ((320, 282), "SALEM, OR 97301", "city"), ((320, 335), "DOB", None), ((375, 331), "08/14/1990", "dob"),
            ((320, 380), "SEX", None), ((375, 376), "F", None), ((650, 380), "ISS", None),
            ((705, 376), "08/14/2023", "issued")]
    for xy, text, key in rows:
        if key is None:
            doc.text(xy, text, size=18, bold=True, fill=(170, 30, 30))
        else:
            doc.text(xy, text, size=26, bold=True, key=key)
    result, out = run(doc, tmp_path, config=Config())
    assert result.analysis.verdict.kind == "identity_card"
    for key in ("number", "surname", "given", "street", "city", "dob"):
        assert_black(doc, out, key)
    for key in ("expiry", "issued"):
        assert_visible(doc, out, key)


def test_sick_note_the_patients_age_after_its_label_is_covered_an_age_in_a_sentence_stays(tmp_path):
    """A clinic's sick note lists the patient's particulars after labels, the age among them ("Umur : 34
    tahun"); the note's own prose may speak of an age that is no one's ("anak usia 6 tahun ke atas")."""
    doc = Document(Image.new("RGB", (1000, 520), (255, 255, 255)))
    doc.text((330, 30), "SURAT KETERANGAN SAKIT", size=26, bold=True, key="title")
    y = 100
    for label, value, key in (("Nama", "RATNA KUSUMA", "name"), ("Umur", "34 tahun", "age"),
                              ("Jenis Kelamin", "Perempuan", "sex")):
        doc.text((60, y), label, size=20, key=label)
        doc.text((240, y), ":", size=20)
        doc.text((260, y), value, size=20, key=key)
        y += 40
    doc.text((60, y + 30), "Vaksinasi anak usia 6 tahun ke atas", size=20, key="prose")
    _, out = run(doc, tmp_path, config=Config())
    for key in ("name", "age", "sex"):
        assert_black(doc, out, key)
    for key in ("title", "Umur", "prose"):
        assert_visible(doc, out, key)


def _pharmacy_page(patient: bool) -> Document:
    """A pharmacy's label on a medicine (the pharmacy, whom the medicine is for, the medicine and its strength,
    how to take it), or without the patient the pharmacy's price list of the same medicine."""
    doc = Document(Image.new("RGB", (900, 420), (255, 255, 255)))
    doc.text((300, 24), "APOTEK SEHAT SENTOSA", size=26, bold=True, key="pharmacy")
    doc.text((330, 62), "SIPA: 503/21/SIPA/2023", size=16, key="licence")
    if patient:
        doc.text((40, 120), "Nama", size=20, key="label")
        doc.text((110, 120), ":", size=20)
        doc.text((130, 118), "Ibu", size=22, bold=True, key="title")
        doc.text((178, 118), "Ratna Kusuma", size=22, bold=True, key="patient")
        doc.text((300, 180), "Amlodipine 10 mg", size=24, bold=True, key="medicine")
        doc.text((260, 230), "1 x sehari 1 tablet", size=28, bold=True, key="dosage")
        doc.text((380, 330), "OBAT DALAM", size=20, bold=True, key="route")
    else:
        doc.text((40, 130), "Harga minggu ini", size=20, key="heading")
        doc.text((40, 180), "Amlodipine 10 mg", size=22, key="medicine")
        doc.text((600, 180), "Rp 12.500", size=22, key="price")
    return doc


def test_a_medicine_on_a_pharmacys_label_is_covered_on_its_price_list_it_stays(tmp_path):
    """On the label the medicine and its strength are what the named patient is treated with; the same medicine
    on the pharmacy's price list is for no one."""
    doc = _pharmacy_page(patient=True)
    _, out = run(doc, tmp_path, config=Config())
    for key in ("patient", "medicine", "dosage"):
        assert_black(doc, out, key)
    for key in ("pharmacy", "route"):
        assert_visible(doc, out, key)
    doc = _pharmacy_page(patient=False)
    _, out = run(doc, tmp_path, name="list.png", config=Config())
    for key in ("medicine", "price", "pharmacy"):
        assert_visible(doc, out, key)
