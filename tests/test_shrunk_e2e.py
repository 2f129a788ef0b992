"""Screenshots passed on through a chat app: shrunk to 60 % and saved as JPEG, then read by real Tesseract.

Small text blurred that way is read with its small signs changed (a "+" before 62 read as a 4); what is
covered must still be the numbers themselves.
"""
from __future__ import annotations

import io

from PIL import Image, ImageDraw

from conftest import font, render_lines
from redactor.cover import cover_padding
from redactor.findings import Box
from redactor.load import load_bytes
from redactor.pipeline import analyse

SHRUNK_TO = 0.6


def _passed_on(lines, size=12):
    rendered = render_lines(lines, size=size, pitch=1.8)
    small = rendered.image.resize((round(rendered.image.width * SHRUNK_TO), round(rendered.image.height * SHRUNK_TO)),
                                  Image.Resampling.BOX)
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=60)
    return rendered, load_bytes(buffer.getvalue())


def _shrunk_box(rendered, line, sub) -> Box:
    left, top, right, bottom = rendered.bbox(line, sub)
    return Box.from_edges(left * SHRUNK_TO, top * SHRUNK_TO, right * SHRUNK_TO, bottom * SHRUNK_TO)


def _covered(findings, category, box: Box) -> bool:
    """Every column of the value's box lies under a cover of a finding of `category` (its box padded as
    the cover pads it)."""
    covers = [b.padded(*cover_padding(b)) for f in findings if f.category == category for b in f.boxes]
    spans = [(b.left, b.right) for b in covers if b.top <= box.top + box.height / 2 <= b.bottom]
    return all(any(lo <= x + 0.5 <= hi for lo, hi in spans) for x in range(box.left + 1, box.right - 1))


def test_a_mobile_number_and_a_card_number_on_a_shrunk_screenshot_are_covered(tesseract):
    lines = ["Kontak peserta studi banding", "Nama: Budi Santoso", "No. HP: +62 812 4477 9031",
             "Hubungi +62 857 2210 4468 sore ini", "Kartu: 5292 7638 4853 2122"]
    rendered, loaded = _passed_on(lines)
    analysis = analyse(loaded, cores=1)
    found = [(f.category, f.preview) for f in analysis.findings]
    read = [line.text for line in analysis.ocr.lines()]
    for line, value, category in [(2, "+62 812 4477 9031", "phone"), (3, "+62 857 2210 4468", "phone"),
                                  (4, "5292 7638 4853 2122", "card_number")]:
        assert _covered(analysis.findings, category, _shrunk_box(rendered, line, value)), (value, found, read)


def test_a_dark_settings_file_on_a_shrunk_screenshot_is_read_and_covered(tesseract):
    # A code editor's dark theme: keys in grey, values in orange, 13 px monospace shrunk to 8 px and
    # recompressed.  Its blurred strokes deepened as dim ink turn into blots; left as they are, they read.
    lines = [("APP_NAME=", "simpeg"), ("APP_URL=", "http://192.168.2.100:8080/simpeg/pegawai"),
             ("DB_HOST=", "10.193.54.58"), ("DB_USERNAME=", "root"), ("DB_PASSWORD=", "Bkd*2025!"),
             ("GITLAB_TOKEN=", "glpat-pISYOqTWzV6wJKqSuiPp"), ("REDIS_HOST=", "192.168.12.161")]
    mono = font(13, mono=True)
    image = Image.new("RGB", (760, 30 + len(lines) * 24), (30, 30, 30))
    draw = ImageDraw.Draw(image)
    boxes = {}
    for i, (key, value) in enumerate(lines):
        x, y = 16 + mono.getlength(key), 14 + i * 24
        draw.text((16, y), key, fill=(190, 200, 215), font=mono, anchor="la")
        draw.text((x, y), value, fill=(214, 157, 100), font=mono, anchor="la")
        top, bottom = mono.getbbox(value, anchor="la")[1::2]
        boxes[value] = Box.from_edges(x * SHRUNK_TO, (y + top) * SHRUNK_TO, (x + mono.getlength(value)) * SHRUNK_TO,
                                      (y + bottom) * SHRUNK_TO)
    small = image.resize((round(image.width * SHRUNK_TO), round(image.height * SHRUNK_TO)), Image.Resampling.BOX)
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=60)
    analysis = analyse(load_bytes(buffer.getvalue()), cores=1)
    read = [line.text for line in analysis.ocr.lines()]
    for value, category in [("10.193.54.58", "internal_url"), ("192.168.12.161", "internal_url"),
                            ("glpat-pISYOqTWzV6wJKqSuiPp", "credential")]:
        assert _covered(analysis.findings, category, boxes[value]), (value, read)


def _settings_form(label: str, value_lines: list[str], shrink: float):
    """A settings form's row: a grey label on the left, a long value wrapped over lines in a tinted box in
    monospace on the right; shrunk and recompressed as a chat app passes it on.  Returns the loaded copy and
    each value line's box in it."""
    sans, mono = font(13), font(13, mono=True)
    image = Image.new("RGB", (900, 60 + 20 * len(value_lines)), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((190, 16, 880, 40 + 20 * len(value_lines)), 6, fill=(243, 245, 248))
    middle = 28 + 10 * len(value_lines)
    draw.text((24, middle), label, fill=(100, 110, 125), font=sans, anchor="lm")
    boxes = []
    for i, line in enumerate(value_lines):
        x, y = 204, 28 + i * 20
        draw.text((x, y), line, fill=(40, 40, 40), font=mono, anchor="la")
        top, bottom = mono.getbbox(line, anchor="la")[1::2]
        boxes.append(Box.from_edges(x * shrink, (y + top) * shrink, (x + mono.getlength(line)) * shrink,
                                    (y + bottom) * shrink))
    small = image.resize((round(image.width * shrink), round(image.height * shrink)), Image.Resampling.BOX)
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=60)
    return load_bytes(buffer.getvalue()), boxes


def test_a_wrapped_access_token_read_as_scraps_on_a_shrunk_settings_form_is_covered_whole(tesseract):
    # A signed token wrapped over three lines of a form's box, 13 px monospace shrunk to 65 % and recompressed:
    # OCR reads it as scraps, its start ("eyJ") among them or not; the label beside it says what it is.
    token = ["eyJhbGciOiJSUzI1NiIsImtpZCI6InF3ZXJ0eSJ9.eyJzdWIiOiJ1c2VyLTQ0MTIiLCJu",
             "YW1lIjoiUmFoYXJqbyIsImlhdCI6MTcwMDAwMDAwMH0.Qm9reWFrYV9Ta2lyaXNfOTk4N",
             "zZfVHJvcGljYWxfUmFpbl8xMjM"]
    loaded, boxes = _settings_form("Access Token", token, 0.65)
    analysis = analyse(loaded, cores=1)
    read = [line.text for line in analysis.ocr.lines()]
    for line, box in zip(token, boxes):
        assert _covered(analysis.findings, "credential", box), (line, read)
