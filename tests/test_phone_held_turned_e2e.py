"""A phone held turned in the hand, photographed: its dark chat stands 10-15 degrees askew with no page found
around its screen.  The skew search looked only six degrees either way, so the photo was read unturned and
came out as no word at all, its NIK and phone number readable under a verdict of nothing found."""
from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.config import Config
from redactor.pipeline import redact_file
from redactor.visual.rectify import _estimate_skew

pytestmark = pytest.mark.usefixtures("tesseract")

LINES = ["Bu Sutrisno BKD", "Siang Bu, ini bukti transfernya ya", "Nama : Dewi Sembiring",
         "NIK : 3206170606990482", "Alamat : Gg. Mawar No. 7 RT 12/RW 06", "Kel. Banyuurip",
         "No HP : 08284704386", "Mohon dikirim juga fotokopi KTP nya ya", "Baik Bu, nanti sore saya kirim"]


def _chat(turn: float, seed: int = 4) -> tuple[Image.Image, dict[str, tuple[int, int, int, int]]]:
    """A dark chat screen with light letters, turned by `turn` degrees in a dark frame (no page edge to
    find), lit a little unevenly, with a camera's grain; and where each key line's ink lies after the turn."""
    screen = Image.new("RGB", (1000, 1500), (32, 38, 44))
    draw = ImageDraw.Draw(screen)
    keys = {}
    for i, line in enumerate(LINES):
        y = 120 + 120 * i
        draw.text((80, y), line, fill=(226, 232, 236), font=font(38))
        if line.startswith(("NIK", "No HP")):  # the value after the colon, its label left readable
            label, value = line.split(": ")
            x = 80 + font(38).getlength(label + ": ")
            keys[label.strip()] = draw.textbbox((x, y), value, font=font(38))
    turned = screen.rotate(turn, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(32, 38, 44))
    rng = np.random.default_rng(seed)
    pixels = np.asarray(turned).astype(np.float32)
    height, width = pixels.shape[:2]
    grain = rng.normal(0, 6, (height // 3 + 1, width // 3 + 1)).astype(np.float32)
    pixels += np.kron(grain, np.ones((3, 3), np.float32))[:height, :width, None] + rng.normal(0, 2, pixels.shape)
    pixels *= np.linspace(0.9, 1.08, width)[None, :, None]
    # Each key line's box after the turn (the turn is about the centre; `expand` adds the margins).
    w, h = screen.size
    a = np.radians(turn)
    boxes = {}
    for key, (l, t, r, b) in keys.items():
        corners = np.array([[l, t], [r, t], [r, b], [l, b]], float) - (w / 2, h / 2)
        rot = corners @ np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
        rot += (turned.width / 2, turned.height / 2)
        boxes[key] = (int(rot[:, 0].min()), int(rot[:, 1].min()), int(rot[:, 0].max()) + 1, int(rot[:, 1].max()) + 1)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), boxes


@pytest.mark.parametrize("turn", [12.0, -11.0])
def test_the_skew_of_a_phone_held_turned_is_found(turn):
    image, _ = _chat(turn)
    assert abs(_estimate_skew(np.asarray(image.convert("L"))) + turn) <= 0.75


def test_a_page_standing_nearly_level_keeps_its_small_skew():
    image, _ = _chat(2.0)
    assert abs(_estimate_skew(np.asarray(image.convert("L"))) + 2.0) <= 0.5


def test_a_chat_photographed_on_a_phone_held_turned_has_its_nik_and_phone_covered(tmp_path):
    image, boxes = _chat(12.0)
    path = tmp_path / "chat.jpg"
    image.save(path, quality=88)
    result = redact_file(path, tmp_path / "out.png", config=Config())
    out = np.asarray(Image.open(result.output.path).convert("L")).astype(int)
    before = np.asarray(image.convert("L")).astype(int)
    for key, (left, top, right, bottom) in boxes.items():
        light = before[top:bottom, left:right] > 150  # the line's letters
        covered = out[top:bottom, left:right] < 10
        assert light.sum() > 500 and covered[light].mean() > 0.97, key
