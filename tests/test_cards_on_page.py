"""Cards laid on a page (`redactor.visual.cards`): each ID card's outline on a photocopied or scanned page is
found with its own tilt, and cut out level; a page with no card, or a card that is the whole picture, gives
none."""
from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import font
from redactor.visual.cards import cut_card, find_cards

CARD = (856, 540)  # an ID-1 card at 10 px per mm


def _card(rows: int = 10) -> Image.Image:
    card = Image.new("RGB", CARD, (200, 208, 214))
    d = ImageDraw.Draw(card)
    d.rounded_rectangle((2, 2, CARD[0] - 3, CARD[1] - 3), radius=26, outline=(60, 60, 60), width=4)
    f = font(19)
    for i in range(rows):
        d.text((30, 90 + 38 * i), "Label", fill=(20, 20, 20), font=f)
        d.text((220, 90 + 38 * i), ": VALUE OF THE ROW", fill=(20, 20, 20), font=f)
    d.rectangle((650, 110, 820, 340), fill=(70, 70, 70))
    return card


def _laid(page: np.ndarray, card: Image.Image, centre: tuple[float, float], angle: float, width: float) -> None:
    """Lay `card` on `page` (ink over paper) at `centre`, `width` wide, turned `angle` degrees counter-clockwise."""
    scale = width / card.width
    turn = cv2.getRotationMatrix2D((card.width / 2, card.height / 2), angle, scale)
    turn[0, 2] += centre[0] - card.width / 2
    turn[1, 2] += centre[1] - card.height / 2
    ink = cv2.warpAffine(np.asarray(card), turn, (page.shape[1], page.shape[0]), flags=cv2.INTER_LINEAR,
                         borderValue=(255, 255, 255))
    page[:] = (page.astype(np.float32) * ink / 255).astype(np.uint8)


def _a4(cards: list[tuple[tuple[float, float], float]], specks: int = 0, seed: int = 0) -> Image.Image:
    page = np.full((1980, 1400, 3), 238, np.uint8)
    for centre, angle in cards:
        _laid(page, _card(), centre, angle, 620)
    rng = np.random.default_rng(seed)
    for _ in range(specks):  # a tired copier's toner specks
        cv2.circle(page, (int(rng.uniform(0, 1400)), int(rng.uniform(0, 1980))), int(rng.integers(1, 4)), (60, 60, 60), -1)
    return Image.fromarray(page)


def test_two_cards_copied_askew_are_each_found_with_their_own_tilt():
    page = _a4([((480, 520), 2.2), ((560, 1150), -1.6)])
    cards = sorted(find_cards(page), key=lambda c: c.centre[1])
    assert len(cards) == 2
    for card, (centre, angle) in zip(cards, [((480, 520), 2.2), ((560, 1150), -1.6)]):
        assert card.angle == pytest.approx(angle, abs=0.6)
        assert np.hypot(card.centre[0] - centre[0], card.centre[1] - centre[1]) < 12
        assert card.size[0] / card.size[1] == pytest.approx(CARD[0] / CARD[1], abs=0.12)


def test_a_card_is_cut_out_level_and_its_pixels_map_back_onto_the_page():
    page = _a4([((700, 800), 2.5)])
    [card] = find_cards(page)
    image, to_page = cut_card(page, card)
    # The portrait's dark block stands upright in the cut: its left edge is at one column, top to bottom.
    dark = np.asarray(image.convert("L")) < 110
    run = cv2.erode(dark.astype(np.uint8), np.ones((1, 101), np.uint8))  # rows of 101 dark pixels or more
    edges = [int(np.flatnonzero(r)[0]) for r in run if r.any()]
    assert len(edges) > 200
    assert max(edges[5:-5]) - min(edges[5:-5]) <= 3
    # The cut's centre is the card's centre on the page.
    back = to_page @ [image.width / 2, image.height / 2, 1.0]
    assert back[0] == pytest.approx(card.centre[0], abs=2) and back[1] == pytest.approx(card.centre[1], abs=2)


def test_a_card_on_a_speckled_grey_copy_is_still_found():
    page = _a4([((480, 520), -2.0), ((1050, 520), 1.0)], specks=600, seed=3)
    page = Image.fromarray(cv2.GaussianBlur(np.asarray(page), (0, 0), 1.2))
    assert len(find_cards(page)) == 2


def test_a_letter_with_a_table_and_a_card_photographed_alone_have_no_cards_on_them():
    page = Image.new("RGB", (1400, 1980), (245, 245, 245))
    d = ImageDraw.Draw(page)
    f = font(22)
    for i in range(30):
        d.text((120, 120 + 34 * i), "Dengan hormat, bersama ini kami sampaikan laporan kegiatan", fill=(20, 20, 20), font=f)
    d.rectangle((120, 1200, 1280, 1700), outline=(30, 30, 30), width=3)  # a table, wider than a card
    for y in range(1250, 1700, 50):
        d.line((120, y, 1280, y), fill=(30, 30, 30), width=2)
    assert find_cards(page) == []
    # A card photographed alone is the page itself: nothing on it to cut out again.
    alone = np.full((600, 940, 3), 90, np.uint8)
    _laid(alone, _card(), (470, 300), 0.0, 900)
    assert find_cards(Image.fromarray(alone)) == []
