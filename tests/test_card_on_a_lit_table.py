"""An identity card photographed on a table lit unevenly: where the lamp falls, the table is nearly as light as
the card, and the paper's threshold took that part of the table in with the card.  Its quadrilateral, the
largest, was taken for the page, and the card was read still turned and sheared (values a line below their
labels, a blood group left readable).  The card's edges give a second outline of it whose edge parts card from
table more sharply; of two outlines of one page, the much sharper one is the page's."""
from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from redactor.visual import rectify
from redactor.visual.rectify import find_page


def card_on_lit_table(lamp: float) -> tuple[Image.Image, np.ndarray]:
    """A light-blue card 1012 x 638 turned on a brown table whose lower left is lit `lamp` levels lighter, and
    where its corners are (tl, tr, br, bl)."""
    card = Image.new("RGB", (1012, 638), (160, 205, 228))
    d = ImageDraw.Draw(card)
    for i in range(12):  # rows of print
        d.rectangle((30, 100 + 40 * i, 200, 118 + 40 * i), fill=(20, 25, 35))
        d.rectangle((260, 100 + 40 * i, 420 + 17 * (i % 5), 118 + 40 * i), fill=(20, 25, 35))
    d.rectangle((770, 130, 980, 400), fill=(200, 40, 45))
    src = np.float32([[0, 0], [1012, 0], [1012, 638], [0, 638]])
    dst = np.float32([[200, 60], [1650, 330], [1510, 1100], [110, 920]])
    matrix = cv2.getPerspectiveTransform(src, dst)
    h, w = 1240, 1820
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = lamp * np.clip(1.2 - np.hypot((xx - 0) / w, (yy - h) / h), 0, 1)  # brightest at the lower left
    table = np.clip(np.float32([120, 105, 90]) + light[..., None], 0, 255).astype(np.uint8)
    photo = cv2.warpPerspective(np.asarray(card), matrix, (w, h), borderMode=cv2.BORDER_TRANSPARENT, dst=table)
    noise = np.random.default_rng(3).normal(0, 3, photo.shape)
    return Image.fromarray(np.clip(photo + noise, 0, 255).astype(np.uint8)), dst


def test_a_card_on_a_table_lit_nearly_as_light_as_it_keeps_its_corners():
    photo, corners = card_on_lit_table(60.0)
    quad = find_page(photo)
    assert quad is not None
    assert np.abs(quad - corners).max() < 25, np.round(quad).tolist()


def test_the_largest_outline_was_taken_before(monkeypatch):
    # The same photo with the sharper outline never preferred: the threshold's outline, with the table in it.
    photo, corners = card_on_lit_table(60.0)
    monkeypatch.setattr(rectify, "SHARPER_OUTLINE", 1e9)
    quad = find_page(photo)
    assert quad is None or np.abs(quad - corners).max() >= 25


def test_an_evenly_lit_table_keeps_the_largest_outline():
    photo, corners = card_on_lit_table(0.0)
    quad = find_page(photo)
    assert quad is not None and np.abs(quad - corners).max() < 25
