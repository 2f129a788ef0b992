"""End to end with real Tesseract: two KTPs photocopied side by side on an A4 page, each laid a little askew
on the glass, the page photographed on a table.  Each card is found by its outline and read as a card of
its own: both portraits are covered (the page holds two, and a page's layout takes one), and so is each
card's NIK; the provinces printed over them stay readable."""
from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.config import Config
from test_documents_e2e import Document, _photographed, assert_visible, run

pytestmark = pytest.mark.usefixtures("tesseract")

ROWS = [("Nama", "{name}"), ("Tempat/Tgl Lahir", "BANDUNG, 12-08-1987"), ("Jenis Kelamin", "PEREMPUAN"),
        ("Alamat", "JL. MERPATI NO. 12"), ("RT/RW", "004/009"), ("Kel/Desa", "SUKAMAJU"), ("Kecamatan", "CIBEUNYING"),
        ("Agama", "ISLAM"), ("Status Perkawinan", "KAWIN"), ("Pekerjaan", "WIRASWASTA"),
        ("Kewarganegaraan", "WNI"), ("Berlaku Hingga", "SEUMUR HIDUP")]


def _card(nik: str, name: str, province: str) -> tuple[Image.Image, dict[str, tuple[int, int, int, int]]]:
    """A KTP-like card at its size on the copier's glass, and the boxes of its portrait, NIK and province."""
    card = Image.new("RGB", (1012, 638), (212, 220, 226))
    d = ImageDraw.Draw(card)
    d.rounded_rectangle((2, 2, 1009, 635), radius=30, outline=(60, 60, 60), width=4)
    boxes = {}
    f = font(30, bold=True)
    d.text((506, 20), province, font=f, fill=(15, 15, 15), anchor="ma")
    boxes["province"] = d.textbbox((506, 20), province, font=f, anchor="ma")
    d.text((506, 56), "KOTA BANDUNG", font=f, fill=(15, 15, 15), anchor="ma")
    big = font(34, bold=True, mono=True)
    d.text((30, 100), "NIK", font=font(34, bold=True), fill=(15, 15, 15))
    d.text((130, 100), ":", font=big, fill=(15, 15, 15))
    d.text((160, 100), nik, font=big, fill=(15, 15, 15))
    boxes["nik"] = d.textbbox((160, 100), nik, font=big)
    small = font(21)
    for i, (label, value) in enumerate(ROWS):
        y = 152 + 36 * i
        d.text((30, y), label, font=small, fill=(15, 15, 15))
        boxes[f"label {label}"] = d.textbbox((30, y), label, font=small)
        d.text((250, y), ": " + value.format(name=name), font=small, fill=(15, 15, 15))
        boxes[f"value {label}"] = d.textbbox((270, y), value.format(name=name), font=small)
    boxes["portrait"] = (770, 130, 980, 400)
    d.rectangle(boxes["portrait"], fill=(90, 90, 95))
    d.ellipse((820, 170, 930, 300), fill=(200, 200, 200))
    d.text((875, 420), "KOTA BANDUNG", font=font(18), fill=(15, 15, 15), anchor="ma")
    boxes["issue place"] = d.textbbox((875, 420), "KOTA BANDUNG", font=font(18), anchor="ma")
    d.text((875, 446), "14-03-2019", font=font(18), fill=(15, 15, 15), anchor="ma")
    boxes["issue date"] = d.textbbox((875, 446), "14-03-2019", font=font(18), anchor="ma")
    d.line([(820, 520), (850, 495), (870, 530), (900, 500), (930, 520)], fill=(20, 20, 20), width=3)
    return card, boxes


def _laid(doc: Document, card: Image.Image, boxes: dict, key: str, x: int, y: int, width: int, angle: float) -> None:
    """Lay the card on the page (ink over paper), `width` wide, turned `angle` degrees; each box becomes the
    upright box around its turned corners."""
    scale = width / card.width
    turn = cv2.getRotationMatrix2D((card.width / 2, card.height / 2), angle, scale)
    turn[0, 2] += x + width / 2 - card.width / 2
    turn[1, 2] += y + card.height * scale / 2 - card.height / 2
    page = np.asarray(doc.image).astype(np.float32)
    ink = cv2.warpAffine(np.asarray(card), turn, (page.shape[1], page.shape[0]), flags=cv2.INTER_AREA,
                         borderValue=(255, 255, 255)).astype(np.float32)
    doc.image = Image.fromarray((page * ink / 255).astype(np.uint8))
    for name, (left, top, right, bottom) in boxes.items():
        corners = np.array([[left, top, 1], [right, top, 1], [right, bottom, 1], [left, bottom, 1]], float) @ turn.T
        doc.boxes[f"{key}_{name}"] = (int(corners[:, 0].min()), int(corners[:, 1].min()),
                                      int(np.ceil(corners[:, 0].max())), int(np.ceil(corners[:, 1].max())))


def _covered(doc: Document, out: np.ndarray, key: str) -> float:
    left, top, right, bottom = doc.boxes[key]
    return float((out[top:bottom, left:right] == 0).all(axis=-1).mean())


def test_two_ktps_copied_askew_side_by_side_have_both_portraits_and_numbers_covered(tmp_path):
    doc = Document(Image.new("RGB", (1400, 1000), (236, 236, 232)))
    first, first_boxes = _card("3273015208870004", "SITI AMINAH", "PROVINSI JAWA BARAT")
    second, second_boxes = _card("3273011511850002", "AGUS SETIAWAN", "PROVINSI JAWA BARAT")
    _laid(doc, first, first_boxes, "first", 50, 250, 620, 2.0)
    _laid(doc, second, second_boxes, "second", 730, 260, 620, -1.5)
    doc = _photographed(doc, seed=4)
    _, out = run(doc, tmp_path, name="copy.jpg", config=Config(), quality=88)
    for key in ("first", "second"):
        # (the upright box around a turned portrait holds a sliver of the card beside its corners)
        assert _covered(doc, out, f"{key}_portrait") > 0.9, f"{key} card's portrait"
        assert _covered(doc, out, f"{key}_nik") > 0.8, f"{key} card's NIK"
        assert_visible(doc, out, f"{key}_province")


def test_two_ktps_copied_one_over_the_other_keep_their_labels_citizenship_and_issue_dates(tmp_path):
    """The page's own reading, level with the page and not with either card, puts one row's label beside
    the next row's words: "Tempat/Tgl Lahir" read "Tempat/Tgi Lahir" gave a name "Tgi Lahir", the issue date
    under a portrait read on the job's line was taken for the job, and "WNI" under a job read alone was
    covered as a field whose label was not read.  Each card's fields are covered, its labels, citizenship,
    validity and issue place and date stay readable."""
    doc = Document(Image.new("RGB", (900, 1100), (236, 236, 232)))
    first, first_boxes = _card("3273015208870004", "SITI AMINAH", "PROVINSI JAWA BARAT")
    second, second_boxes = _card("3273011511850002", "AGUS SETIAWAN", "PROVINSI JAWA BARAT")
    _laid(doc, first, first_boxes, "first", 80, 60, 640, 2.5)
    _laid(doc, second, second_boxes, "second", 120, 560, 640, -2.0)
    doc = _photographed(doc, seed=4)
    _, out = run(doc, tmp_path, name="copy.jpg", config=Config(), quality=88)
    for key in ("first", "second"):
        assert _covered(doc, out, f"{key}_portrait") > 0.9, f"{key} card's portrait"
        assert _covered(doc, out, f"{key}_nik") > 0.8, f"{key} card's NIK"
        assert _covered(doc, out, f"{key}_value Nama") > 0.8, f"{key} card's name"
        assert _covered(doc, out, f"{key}_value Pekerjaan") > 0.8, f"{key} card's job"
        for kept in ("label Tempat/Tgl Lahir", "label Pekerjaan", "value Kewarganegaraan", "value Berlaku Hingga",
                     "issue place", "issue date"):
            assert_visible(doc, out, f"{key}_{kept}")
