"""A chat's time stamp set a hair after its sender's name, and amounts in English form ("6,250,000.00",
"TRF BCA 100,000.00") in a statement or a passbook: none of them is personal, and none is covered with the
name or the account beside it.  Synthetic OCR words (conftest.make_ocr) and a chat read by real Tesseract."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import count_uncovered, font, letters, pixels_covered, pixels_unchanged, redacted_pixels


@pytest.mark.usefixtures("tesseract")
def test_a_time_stamp_tight_after_a_senders_name_stays_readable(tmp_path):
    """A team chat's message header at 100 %: the sender's name in bold, the time right after it in a
    smaller grey font, two pixels apart (Tesseract's boxes of the two overlap); the name is covered, the
    time is not."""
    image = Image.new("RGB", (760, 150), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    name_font, time_font, body = font(15, bold=True), font(11), font(15)
    boxes = {}
    y = 20
    for name, stamp, message in [("Pierre Taylor", "9:49 AM", "Customer called again about the refund"),
                                 ("Sophie Murphy", "10:02 AM", "I will call her back this afternoon")]:
        draw.text((70, y), name, fill=(29, 28, 29), font=name_font)
        right = draw.textbbox((70, y), name, font=name_font)[2]
        boxes[name] = draw.textbbox((70, y), name, font=name_font)
        draw.text((right + 2, y + 4), stamp, fill=(97, 96, 97), font=time_font)
        left, top, end, bottom = draw.textbbox((right + 2, y + 4), stamp, font=time_font)
        # (Tesseract may box the name over the first digit, and the cover's margin round it grazes the next
        # glyph; the rest must stay as it was)
        boxes[stamp] = (left + round(time_font.getlength(stamp[:2])), top, end, bottom)
        draw.text((70, y + 24), message, fill=(29, 28, 29), font=body)
        y += 64
    before, after = redacted_pixels(image, tmp_path, "chat.png")
    for name in ("Pierre Taylor", "Sophie Murphy"):
        assert pixels_covered(before, after, boxes[name]), f"{name} still readable"
    for stamp in ("9:49 AM", "10:02 AM"):
        assert pixels_unchanged(before, after, boxes[stamp]), f"{stamp} was covered"


@pytest.mark.parametrize("rows, value", [
    # a transfer's line in a statement: the bank's name is the account's label, the amount is no account,
    # with its debit mark after it either (OCR reads "DB" as "08")
    ([[(20, "14/07"), (140, "TRF BCA 100,000.00"), (700, "6,250,000.00")]], "100,000.00"),
    ([[(20, "Tanggal"), (140, "Keterangan"), (500, "Mutasi"), (700, "Saldo")],
      [(20, "14/07"), (140, "Transfer ke BANK JATIM"), (500, "3,364,000.00 DB"), (700, "19,782,000.00")]],
     "3,364,000.00"),
    # a passbook's balances in English form, one under the other: no private network addresses read small
    ([[(20, "12-05-24"), (200, "SETORAN"), (500, "1,500,000.00"), (700, "10,250,000.00")],
      [(20, "13-05-24"), (200, "TARIK TUNAI"), (500, "500,000.00"), (700, "10,172,500.00")],
      [(20, "20-05-24"), (200, "BUNGA"), (500, "2,500.00"), (700, "10,175,000.00")]], "10,172,500.00"),
])
def test_an_amount_in_english_form_is_no_account_or_address(rows, value):
    assert count_uncovered(rows, value) == letters(value)


@pytest.mark.parametrize("rows, value", [
    (["TRF BCA 7730125590"], "7730125590"),
    # a private address read small, a dot read as a comma, under one read whole
    (["10.245, 78.66", "10.14.6213"], "10.245, 78.66"),
])
def test_an_account_or_an_address_beside_such_amounts_is_still_covered(rows, value):
    assert count_uncovered(rows, value) == 0
