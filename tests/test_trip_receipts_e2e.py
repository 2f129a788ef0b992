"""A ride's receipt on a phone, read by real Tesseract: the plate the screen wrapped beside the driver's rating,
a note's directions to a home under a pickup that is a public place, and a card named by its bank and kind with
its last four digits in a cell of their own are covered; the receipt's captions, the place and the car stay."""
from __future__ import annotations

from PIL import Image, ImageDraw

from test_screens_e2e import Screen, _redact, assert_covered, assert_unchanged


def ride_receipt() -> Screen:
    s = Screen(Image.new("RGB", (1000, 900), (255, 255, 255)))
    ink, grey = (30, 30, 30), (100, 110, 120)
    s.text("caption_pickup", (60, 30), "Titik jemput", grey, 26)
    s.text("place", (60, 75), "Alun-alun Bondowoso", ink, 30)
    s.text("note_label", (60, 125), "Catatan:", grey, 28)
    s.text("note", (190, 125), "masuk gang kedua kiri, rumah lantai", grey, 28)
    s.text("note_wrap", (60, 170), "2", grey, 28)
    s.text("caption_driver", (60, 260), "Pengemudi", grey, 26)
    ImageDraw.Draw(s.image).ellipse((60, 330, 170, 440), fill=(150, 165, 180))  # the driver's avatar
    s.text("driver", (200, 310), "Rizky Hidayat", ink, 32, bold=True)
    s.text("car", (200, 360), "Daihatsu Xenia Hitam", grey, 30)
    s.text("dot", (510, 360), "·", grey, 30)
    s.text("plate_head", (540, 360), "BK 376", grey, 30)
    s.text("rating", (700, 360), "★ 4.6", grey, 30)
    s.text("plate_tail", (200, 405), "AC", grey, 30)
    s.text("caption_pay", (60, 560), "Metode pembayaran", grey, 28)
    s.text("card_kind", (560, 560), "BCA Debit", ink, 28)
    s.text("card_dots", (715, 566), "••••", grey, 16)  # the mask's dots, small: OCR loses them
    s.text("card_digits", (790, 560), "8706", ink, 28)
    s.text("caption_total", (60, 620), "Total dibayar", grey, 28)
    s.text("total", (800, 620), "Rp31.000", ink, 28)
    return s


def test_a_wrapped_plate_a_note_to_the_home_and_a_cards_last_digits_are_covered(tmp_path):
    screen = ride_receipt()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "driver", "plate_head", "plate_tail", "note", "note_wrap", "card_digits")
    assert_unchanged(screen, out, "caption_pickup", "place", "note_label", "caption_driver", "car",
                     "caption_pay", "caption_total", "total")


def test_an_e_tickets_boarding_code_too_small_to_decode_is_covered(tmp_path):
    import numpy as np
    import zxingcpp

    from redactor.config import Config
    from redactor.pipeline import redact_file

    s = Screen(Image.new("RGB", (1000, 420), (255, 255, 255)))
    ink, grey = (30, 30, 30), (100, 110, 120)
    s.text("airline", (60, 40), "Indonesia AirAsia", ink, 24, bold=True)
    s.text("date", (60, 110), "Sabtu, 15 Agustus 2026", ink, 22)
    code = zxingcpp.create_barcode("M1NASUTION/RINA MS EK7QX2M CGKLOPQZ 0742 123Y012A0001 100",
                                   zxingcpp.BarcodeFormat.PDF417)
    small = Image.fromarray(np.asarray(zxingcpp.write_barcode_to_image(code, scale=1))).convert("RGB")
    s.image.paste(small.resize((150, 35), Image.Resampling.BILINEAR), (760, 100))
    s.boxes["code"] = (760, 100, 910, 135)
    s.text("caption", (770, 145), "Show at check-in", grey, 16)
    src, out = tmp_path / "ticket.png", tmp_path / "out.png"
    s.image.save(src)
    redact_file(src, out, config=Config())
    result = np.asarray(Image.open(out).convert("RGB")).astype(np.int16)
    assert_covered(s, result, "code")
    assert_unchanged(s, result, "airline", "date", "caption")


def e_ticket_mail() -> Screen:
    """A flight's e-ticket in web mail: the passengers' table, then the booker's contact, each value set far
    right of its label, under the table's columns."""
    s = Screen(Image.new("RGB", (1000, 420), (255, 255, 255)))
    ink, grey = (30, 30, 30), (100, 110, 120)
    s.text("heading", (40, 20), "Detail Penumpang", ink, 16, bold=True)
    for key, x, caption in (("c_no", 40, "No"), ("c_name", 90, "Nama Penumpang"), ("c_nik", 380, "NIK / Paspor"),
                            ("c_ticket", 620, "No. E-tiket")):
        s.text(key, (x, 55), caption, grey, 14)
    for k, (title_name, nik, ticket) in enumerate([("Tn. GALIH SAPUTRA", "3228032210651620", "9904725501417"),
                                                   ("MR UMAR TANJUNG", "3411136006630292", "9908695845019")]):
        y = 85 + 30 * k
        s.text(f"no_{k}", (40, y), str(k + 1), ink, 14)
        s.text(f"title_{k}", (90, y), title_name.split()[0], ink, 14)
        s.text(f"name_{k}", (90 + (40 if k == 0 else 36), y), " ".join(title_name.split()[1:]), ink, 14)
        s.text(f"nik_{k}", (380, y), nik, ink, 14)
        s.text(f"ticket_{k}", (620, y), ticket, ink, 14)
    s.text("contact", (40, 170), "Detail Kontak", ink, 16, bold=True)
    s.text("l_name", (40, 205), "Nama", grey, 14)
    s.text("booker", (540, 205), "Ardiansyah Sitorus", ink, 14)
    s.text("l_phone", (40, 230), "No. Ponsel", grey, 14)
    s.text("phone", (548, 230), "+62 831 7719 203", ink, 14)
    s.text("l_price", (40, 290), "Rincian Harga", ink, 16, bold=True)
    s.text("fare", (40, 320), "Tarif dasar x2", grey, 14)
    s.text("amount", (500, 320), "Rp 5.900.000", ink, 14)
    return s


def test_the_bookers_contact_far_right_of_its_labels_under_the_passengers_table_is_covered(tmp_path):
    screen = e_ticket_mail()
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "name_0", "name_1", "nik_0", "nik_1", "booker", "phone")
    assert_unchanged(screen, out, "heading", "c_name", "c_nik", "l_name", "l_phone", "l_price", "fare", "amount")
