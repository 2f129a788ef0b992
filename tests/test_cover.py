"""Cover stage: every style is content-independent and leaves nothing of what was there.

The central property: two images that differ only inside covered regions give
byte-identical encoded outputs, for every style (a blur or pixelation of the
real text would differ, and is reversible -- see Depix).
"""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from conftest import font
from redactor.cover import FILL_COLOUR, STYLES, apply_cover, regions_for
from redactor.export import encode
from redactor.findings import Box, Finding


def finding(*boxes: Box, polygons=(), enabled=True, category="nik") -> Finding:
    return Finding(category=category, boxes=tuple(boxes), score=0.9, preview="NIK 3273••••9901",
                   polygons=tuple(polygons), enabled=enabled)


def background(width=240, height=120, seed=1) -> np.ndarray:
    """A busy but deterministic picture: gradients plus noise, so 'outside' really varies."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    base = np.stack([(x * 255 // max(1, width - 1)), (y * 255 // max(1, height - 1)),
                     ((x + y) * 3) % 256], axis=-1).astype(np.int16)
    noise = rng.integers(-20, 21, size=base.shape)
    return np.clip(base + noise, 0, 255).astype(np.uint8)


def with_inside(pixels: np.ndarray, regions: list[Box], content: np.ndarray) -> np.ndarray:
    """Copy of `pixels` whose covered regions hold `content` (same shape as pixels)."""
    out = pixels.copy()
    for r in regions:
        out[r.top:r.bottom, r.left:r.right] = content[r.top:r.bottom, r.left:r.right]
    return out


def text_layer(width, height, text, ink=(0, 0, 0), paper=(255, 255, 255), xy=(4, 4)) -> np.ndarray:
    im = Image.new("RGB", (width, height), paper)
    ImageDraw.Draw(im).text(xy, text, fill=ink, font=font(16))
    return np.asarray(im)


BOX = Box(40, 40, 150, 18)


# ------------------------------------------------------------- independence
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("fmt", ["png", "jpg", "webp"])
def test_different_secrets_give_byte_identical_outputs(style, fmt):
    base = background()
    findings = [finding(BOX)]
    regions = regions_for(findings, base.shape[1], base.shape[0])
    w, h = base.shape[1], base.shape[0]
    a = with_inside(base, regions, text_layer(w, h, "3273015507879901", xy=(BOX.left, BOX.top)))
    b = with_inside(base, regions, text_layer(w, h, "9671024503249903", ink=(200, 0, 0), xy=(BOX.left, BOX.top)))
    assert not np.array_equal(a, b)
    out_a = encode(apply_cover(Image.fromarray(a), findings, style), fmt)
    out_b = encode(apply_cover(Image.fromarray(b), findings, style), fmt)
    assert out_a == out_b


@pytest.mark.parametrize("style", STYLES)
def test_overlapping_and_border_regions_are_independent(style):
    base = background(200, 100, seed=7)
    findings = [finding(Box(0, 0, 60, 14)), finding(Box(40, 5, 80, 20)),        # overlapping, at the corner
                finding(Box(150, 80, 60, 30)),                                   # runs off the right/bottom
                finding(polygons=[((20, 60), (90, 55), (95, 75), (25, 82))])]    # a tilted quadrilateral
    regions = regions_for(findings, 200, 100)
    rng = np.random.default_rng(3)
    outs = set()
    for _ in range(3):
        noise = rng.integers(0, 256, size=base.shape, dtype=np.uint8)
        outs.add(encode(apply_cover(Image.fromarray(with_inside(base, regions, noise)), findings, style)))
    assert len(outs) == 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    style=st.sampled_from(STYLES),
    width=st.integers(24, 160),
    height=st.integers(16, 96),
    boxes=st.lists(st.tuples(st.integers(-10, 150), st.integers(-10, 90), st.integers(1, 80), st.integers(1, 40)),
                   min_size=1, max_size=4),
    text_a=st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ@.-", min_size=1, max_size=20),
    text_b=st.text(alphabet="0123456789abcdefghijklmnopqrstuvwxyz@.-", min_size=1, max_size=20),
    seed=st.integers(0, 2**16),
)
def test_property_covered_pixels_never_depend_on_what_was_under_them(style, width, height, boxes, text_a,
                                                                     text_b, seed):
    base = background(width, height, seed=seed)
    findings = [finding(Box(x, y, w, h)) for x, y, w, h in boxes]
    regions = regions_for(findings, width, height)
    rng = np.random.default_rng(seed)
    content_a = text_layer(width, height, text_a, ink=tuple(int(v) for v in rng.integers(0, 256, 3)))
    content_b = np.asarray(Image.fromarray(rng.integers(0, 256, (height, width, 3), dtype=np.uint8)))
    content_b = np.maximum(content_b, text_layer(width, height, text_b))
    a = with_inside(base, regions, content_a)
    b = with_inside(base, regions, content_b)
    out_a = apply_cover(Image.fromarray(a), findings, style)
    out_b = apply_cover(Image.fromarray(b), findings, style)
    assert encode(out_a) == encode(out_b)
    # and nothing outside the covered regions changed
    mask = np.zeros((height, width), dtype=bool)
    for r in regions:
        mask[r.top:r.bottom, r.left:r.right] = True
    assert np.array_equal(np.asarray(out_a)[~mask], a[~mask])


# ------------------------------------------------------------------ box style
def test_box_fill_is_exact_black_and_nothing_else_changes():
    base = background()
    findings = [finding(BOX)]
    out = np.asarray(apply_cover(Image.fromarray(base), findings, "box"))
    (region,) = regions_for(findings, base.shape[1], base.shape[0])
    inside = out[region.top:region.bottom, region.left:region.right]
    assert FILL_COLOUR == (0, 0, 0)
    assert (inside == 0).all()
    mask = np.zeros(base.shape[:2], bool)
    mask[region.top:region.bottom, region.left:region.right] = True
    assert np.array_equal(out[~mask], base[~mask])


def test_cover_padding_reaches_past_the_ocr_box():
    (region,) = regions_for([finding(BOX)], 1000, 1000)
    assert region.left < BOX.left and region.right > BOX.right
    assert region.top < BOX.top and region.bottom > BOX.bottom


def test_disabled_findings_are_not_covered():
    base = background()
    out = np.asarray(apply_cover(Image.fromarray(base), [finding(BOX, enabled=False)], "box"))
    assert np.array_equal(out, base)


def test_no_findings_returns_an_equal_copy():
    base = background()
    image = Image.fromarray(base)
    out = apply_cover(image, [], "blur")
    assert out is not image
    assert np.array_equal(np.asarray(out), base)


def test_unknown_style_is_refused():
    with pytest.raises(ValueError, match="unknown style"):
        apply_cover(Image.fromarray(background()), [finding(BOX)], "swirl")


def test_cover_accepts_non_rgb_input_and_returns_rgb():
    grey = Image.fromarray(background()).convert("L")
    out = apply_cover(grey, [finding(BOX)], "box")
    assert out.mode == "RGB"


# ------------------------------------------------------------ erase, blur, pixelate
def test_erase_fills_with_the_surrounding_colour():
    page = np.full((80, 200, 3), (250, 248, 240), np.uint8)
    secret = text_layer(200, 80, "3273015507879901", xy=(12, 30))
    findings = [finding(Box(10, 30, 150, 16))]
    (region,) = regions_for(findings, 200, 80)
    image = with_inside(page, [region], secret)
    out = np.asarray(apply_cover(Image.fromarray(image), findings, "erase"))
    inside = out[region.top:region.bottom, region.left:region.right].reshape(-1, 3)
    assert (inside == (250, 248, 240)).all()


def test_erase_on_dark_theme_is_dark():
    page = np.full((60, 200, 3), (30, 31, 34), np.uint8)
    findings = [finding(Box(10, 20, 150, 16))]
    (region,) = regions_for(findings, 200, 60)
    image = with_inside(page, [region], text_layer(200, 60, "0812-3456-7890", ink=(230, 230, 230),
                                                    paper=(30, 31, 34), xy=(12, 20)))
    out = np.asarray(apply_cover(Image.fromarray(image), findings, "erase"))
    assert out[region.top:region.bottom, region.left:region.right].max() <= 40


@pytest.mark.parametrize("style", ["blur", "pixelate", "erase"])
def test_no_residual_correlation_with_the_secret(style):
    """Over many secrets in one place, the covered pixels carry no information about them."""
    page = np.full((60, 260, 3), 255, np.uint8)
    findings = [finding(Box(10, 20, 220, 18))]
    (region,) = regions_for(findings, 260, 60)
    rng = np.random.default_rng(11)
    secrets, outputs = [], []
    for _ in range(12):
        value = "".join(str(d) for d in rng.integers(0, 10, 16))
        image = with_inside(page, [region], text_layer(260, 60, value, xy=(12, 20)))
        covered = np.asarray(apply_cover(Image.fromarray(image), findings, style))
        secrets.append(image[region.top:region.bottom, region.left:region.right].astype(float).ravel())
        outputs.append(covered[region.top:region.bottom, region.left:region.right].astype(float).ravel())
    secrets, outputs = np.array(secrets), np.array(outputs)
    assert secrets.std(axis=0).max() > 0            # the secrets really differ
    assert outputs.std(axis=0).max() == 0           # the outputs do not vary at all with them
    # and the output is not simply a blur/pixelation of one of the secrets
    for s in secrets:
        if outputs[0].std() and s.std():
            assert abs(np.corrcoef(s, outputs[0])[0, 1]) < 0.5


@pytest.mark.parametrize("style", ["blur", "pixelate"])
def test_blur_and_pixelate_change_every_covered_pixel_region(style):
    """They must not leave the text visible: the covered region differs from the input."""
    page = np.full((60, 260, 3), 255, np.uint8)
    findings = [finding(Box(10, 20, 220, 18))]
    (region,) = regions_for(findings, 260, 60)
    image = with_inside(page, [region], text_layer(260, 60, "3273015507879901", xy=(12, 20)))
    out = np.asarray(apply_cover(Image.fromarray(image), findings, style))
    before = image[region.top:region.bottom, region.left:region.right]
    after = out[region.top:region.bottom, region.left:region.right]
    assert not np.array_equal(before, after)
    # no pixel as dark as the original ink survives in a white page
    assert after.min() > before.min()




def test_a_tilted_line_is_covered_along_its_slope_not_as_one_upright_box():
    # A 300 px line tilted by about 8 degrees, 20 px high, from a photographed page.  One upright box
    # around it would also cover the ends of the lines just above and below; the strips follow it.
    line = ((100.0, 100.0), (400.0, 58.0), (403.0, 78.0), (103.0, 120.0))
    regions = regions_for([finding(polygons=[line])], 600, 300)
    covered = np.zeros((300, 600), bool)
    for r in regions:
        covered[r.top:r.bottom, r.left:r.right] = True
    # Every pixel of the line itself is covered …
    grid = np.mgrid[0:300, 0:600]
    ys, xs = grid[0].ravel(), grid[1].ravel()
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = line

    def side(ax, ay, bx, by):
        return (bx - ax) * (ys - ay) - (by - ay) * (xs - ax)

    inside = ((side(x0, y0, x1, y1) >= 0) & (side(x1, y1, x2, y2) >= 0) & (side(x2, y2, x3, y3) >= 0)
              & (side(x3, y3, x0, y0) >= 0))
    assert inside.sum() > 4000 and covered.ravel()[inside].all()
    # … while the upright box's corners (text of the neighbouring lines at the ends) stay untouched.
    assert not covered[62:72, 110:140].any()   # above the left end, where the line is still low
    assert not covered[105:115, 360:395].any()  # below the right end, where the line has risen


def test_a_region_polygon_is_still_covered_as_one_box():
    card = ((10.0, 10.0), (200.0, 30.0), (190.0, 150.0), (5.0, 130.0))
    regions = regions_for([finding(polygons=[card], category="face")], 300, 200)
    assert len(regions) == 1 and regions[0].top <= 7 and regions[0].bottom >= 153


def _filled(polygon, width, height) -> np.ndarray:
    import cv2
    mask = np.zeros((height, width), np.uint8)
    cv2.fillPoly(mask, [np.round(np.array(polygon)).astype(np.int32)], 1)
    return mask.astype(bool)


# A card's portrait turned by about 12 degrees, and the issue date printed just under it, turned alike.
TURNED_PORTRAIT = ((100.0, 40.0), (300.0, 82.0), (255.0, 302.0), (55.0, 260.0))
ISSUE_DATE = ((85.0, 282.0), (215.0, 309.0), (211.0, 329.0), (81.0, 302.0))


@pytest.mark.parametrize("category", ["photo", "signature"])
def test_a_turned_portrait_or_signature_is_covered_along_its_outline(category):
    """The upright box around a turned portrait reached over the issue place and date printed just under it;
    its cover follows the outline, all of which is covered, and the date's own outline stays clear."""
    covered = _covered_mask([finding(polygons=[TURNED_PORTRAIT], category=category)], 400, 400)
    assert covered[_filled(TURNED_PORTRAIT, 400, 400)].all()
    assert not covered[_filled(ISSUE_DATE, 400, 400)].any()
    # The upright box's corners, outside the outline, stay as they were.
    assert not covered[280:300, 270:300].any() and not covered[40:60, 55:80].any()


def test_a_turned_face_or_code_keeps_the_upright_box():
    for category in ("face", "qr_code"):
        covered = _covered_mask([finding(polygons=[TURNED_PORTRAIT], category=category)], 400, 400)
        assert covered[40:300, 55:300].all(), category


def test_a_slightly_noisy_outline_is_still_covered_whole():
    # An outline with a corner a little off a rectangle's (a photo's perspective, a portrait found a pixel off).
    noisy = ((101.3, 39.2), (299.1, 83.4), (256.7, 301.1), (54.2, 262.8))
    covered = _covered_mask([finding(polygons=[noisy], category="photo")], 400, 400)
    assert covered[_filled(noisy, 400, 400)].all()


def _covered_mask(findings, width=600, height=300) -> np.ndarray:
    covered = np.zeros((height, width), bool)
    for r in regions_for(findings, width, height):
        covered[r.top:r.bottom, r.left:r.right] = True
    return covered


# A 300 px value tilted by about 8 degrees (20 px high), and the rows of a form around it, tilted alike.
TILTED_VALUE = ((100.0, 100.0), (400.0, 58.0), (403.0, 78.0), (103.0, 120.0))
LABEL_ABOVE = ((100.0, 62.0), (160.0, 54.0), (163.0, 72.0), (103.0, 80.0))        # "Penerima", above its left end
ROW_BELOW = ((300.0, 108.0), (400.0, 94.0), (403.0, 112.0), (303.0, 126.0))     # the next row, below its right end


def test_a_tilted_value_with_known_neighbours_fills_most_of_its_upright_box():
    # A check of the value's upright box (a reader, a scorer) sees background beside a thin slanted
    # strip; with its neighbours known the cover grows toward that box.
    plain = finding(polygons=[TILTED_VALUE])
    grown = Finding(**{**plain.__dict__, "neighbours": ()})
    box = (slice(58, 120), slice(100, 403))
    assert _covered_mask([grown])[box].mean() > _covered_mask([plain])[box].mean() + 0.15
    assert _covered_mask([grown])[box].mean() > 0.75


def test_a_grown_cover_stops_short_of_the_words_around_it():
    plain = finding(polygons=[TILTED_VALUE])
    grown = Finding(**{**plain.__dict__, "neighbours": (LABEL_ABOVE, ROW_BELOW)})
    covered = _covered_mask([grown])
    ys, xs = np.mgrid[0:300, 0:600]
    for word in (LABEL_ABOVE, ROW_BELOW):
        inside = np.ones((300, 600), bool)
        for (ax, ay), (bx, by) in zip(word, word[1:] + word[:1]):
            inside &= (bx - ax) * (ys - ay) - (by - ay) * (xs - ax) >= 0
        assert inside.sum() > 500 and not covered[inside].any()
    # Still grown between them, where nothing is written (short of the row's upright box, from x = 300,
    # which the strips around x = 290 give way to).
    assert covered[84:100, 200:270].all()


def test_a_grown_cover_does_not_reach_past_half_a_line():
    # OCR may have missed a word in the way ("****" on a slip): growth is bounded even in empty space.
    plain = finding(polygons=[TILTED_VALUE])
    grown = Finding(**{**plain.__dict__, "neighbours": ()})
    rows = np.nonzero(_covered_mask([grown])[:, 110:120].any(axis=1))[0]
    assert rows.min() >= 100 - 1 - 6 - 0.5 * 20 - 8   # own top minus padding, minus at most half a line


def test_unknown_neighbours_keep_the_cover_along_the_slope():
    # A polygon from a PDF page or an edited region: nothing is known of what is around it.
    covered = _covered_mask([finding(polygons=[TILTED_VALUE])])
    assert not covered[62:72, 110:140].any()


def test_a_grown_cover_stays_content_independent():
    # Two photos that differ only under the grown cover give the same output, in every style.
    plain = finding(polygons=[TILTED_VALUE])
    grown = Finding(**{**plain.__dict__, "neighbours": (LABEL_ABOVE, ROW_BELOW)})
    covered = _covered_mask([grown])
    page = background(600, 300)
    other = page.copy()
    other[covered] = np.random.default_rng(7).integers(0, 256, (int(covered.sum()), 3), dtype=np.uint8)
    for style in STYLES:
        a = apply_cover(Image.fromarray(page), [grown], style)
        b = apply_cover(Image.fromarray(other), [grown], style)
        assert encode(a, "png") == encode(b, "png"), style


# A label of a few words over the value, tilted alike: its left end hangs lowest, and the upright box
# around the whole label (a reader's, a check's) reaches down to there.
LABEL_RUN = ((100.0, 50.0), (250.0, 29.0), (253.0, 47.0), (103.0, 68.0))


def test_a_grown_cover_stays_out_of_the_upright_box_of_a_tilted_label_above():
    plain = finding(polygons=[TILTED_VALUE])
    grown = Finding(**{**plain.__dict__, "neighbours": (LABEL_RUN,)})
    covered = _covered_mask([grown])
    assert not covered[29:69, 100:254].any()
    # The value is still covered over most of its upright box.
    assert covered[58:120, 100:403].mean() > 0.6


def test_a_label_far_to_the_side_does_not_hold_the_cover_back():
    # A neighbour beside the value, not over it: the strips under nothing grow as before.
    plain = finding(polygons=[TILTED_VALUE])
    aside = ((460.0, 20.0), (560.0, 6.0), (563.0, 24.0), (463.0, 38.0))
    grown = Finding(**{**plain.__dict__, "neighbours": (aside,)})
    alone = Finding(**{**plain.__dict__, "neighbours": ()})
    assert (_covered_mask([grown]) == _covered_mask([alone])).all()



def _inside(polygon, grow=0.0, width=600, height=300) -> np.ndarray:
    """Pixels of a convex polygon (clockwise on screen), its sides moved out by `grow` px."""
    ys, xs = np.mgrid[0:height, 0:width]
    inside = np.ones((height, width), bool)
    for (ax, ay), (bx, by) in zip(polygon, polygon[1:] + polygon[:1]):
        length = ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5
        inside &= (bx - ax) * (ys - ay) - (by - ay) * (xs - ax) >= -grow * length
    return inside


# The next line of a letter, tilted alike, 8 px under the value: the doctor's licence number under the
# name.  Its left end hangs lowest, so its upright box (a reader's, a check's) reaches up beside the
# value's own left end.
LINE_BELOW = ((100.0, 128.0), (400.0, 86.0), (403.0, 104.0), (103.0, 146.0))


def test_the_margin_stays_out_of_the_upright_box_of_a_tilted_line_below():
    plain = finding(polygons=[TILTED_VALUE])
    known = Finding(**{**plain.__dict__, "neighbours": (LINE_BELOW,)})
    covered = _covered_mask([known])
    # The value's own outline is covered whole (its ink is under it) …
    assert covered[_inside(TILTED_VALUE)].all()
    # … and under it, inside the line's upright box, nothing more than that outline and the steps of the
    # upright strips that follow its slope (a strip is as wide as the text is high, on a 1:7 slope).
    # Without the words around it known, the margin reaches there.
    ys, xs = np.mgrid[0:300, 0:600]
    under = (ys * 300 > 120 * 300 - 42 * (xs - 103)) & (ys >= 86) & (ys < 146) & (xs >= 100) & (xs < 403)
    assert not (covered & under & ~_inside(TILTED_VALUE, grow=4)).any()
    assert (_covered_mask([plain]) & under & ~_inside(TILTED_VALUE, grow=4)).any()
    # Above, where nothing is written, the cover still grows toward the value's upright box.
    assert covered[62:90, 330:403].mean() > 0.6


UPRIGHT_VALUE = ((100.0, 100.0), (300.0, 100.0), (300.0, 120.0), (100.0, 120.0))


def test_the_margin_gives_way_to_a_label_printed_close_above():
    close = ((100.0, 82.0), (200.0, 82.0), (200.0, 97.0), (100.0, 97.0))    # 3 px over the value
    plain = finding(polygons=[UPRIGHT_VALUE])
    known = Finding(**{**plain.__dict__, "neighbours": (close,)})
    covered = _covered_mask([known])
    assert not covered[82:97, 100:200].any()
    assert covered[99:121, 100:300].all()          # the value itself, and a pixel round it, still covered
    assert _covered_mask([plain])[94:97, 100:200].all()   # without the words around it: the full margin



def test_the_margin_leaves_room_under_a_labels_box_for_its_fading_descenders():
    # OCR's box round a small grey label stops where its descenders fade; a photo blurs them a pixel or two
    # lower still.  The value's margin stops a quarter of the label's height under the box.
    label = ((100.0, 78.0), (200.0, 78.0), (200.0, 94.0), (100.0, 94.0))    # 16 px high, 6 px over the value
    plain = finding(polygons=[UPRIGHT_VALUE])
    covered = _covered_mask([Finding(**{**plain.__dict__, "neighbours": (label,)})])
    assert not covered[78:98, 100:200].any()
    assert covered[99:121, 100:300].all()          # the value itself, and a pixel round it, still covered
    assert covered[94:99, 230:300].all()           # the full margin where no label is over it
    # A line of the value's own size over it (the previous line of a slip) is boxed down to its glyphs' feet:
    # the margin reaches up to a pixel under its box.
    line = ((100.0, 74.0), (200.0, 74.0), (200.0, 94.0), (100.0, 94.0))
    covered = _covered_mask([Finding(**{**plain.__dict__, "neighbours": (line,)})])
    assert not covered[74:95, 100:200].any() and covered[95:99, 100:200].all()

def test_the_margin_stays_where_nothing_is_close():
    far = ((100.0, 40.0), (200.0, 40.0), (200.0, 56.0), (100.0, 56.0))
    plain = finding(polygons=[UPRIGHT_VALUE])
    known = Finding(**{**plain.__dict__, "neighbours": (far,)})
    assert _covered_mask([known])[94:100, 100:300].all()


def test_a_card_field_band_on_a_tilted_photo_follows_the_tilt_clear_of_the_label_above():
    band = Finding("person_name", (), 0.7, "Given names: (unread)", "card-layout", polygons=(TILTED_VALUE,))
    known = Finding(**{**band.__dict__, "neighbours": (LABEL_RUN,)})
    assert not _covered_mask([known])[29:69, 100:254].any()
    assert _covered_mask([known])[58:120, 100:403].mean() > 0.6
    # Without the words around it (a card found on a flat scan) it is one box, as before.
    assert _covered_mask([band])[58:120, 100:403].all()


def test_the_margin_gives_way_to_a_label_just_before_the_value_on_its_row():
    label = ((70.0, 102.0), (97.0, 102.0), (97.0, 118.0), (70.0, 118.0))    # "DOB", 3 px before the value
    plain = finding(polygons=[UPRIGHT_VALUE])
    known = Finding(**{**plain.__dict__, "neighbours": (label,)})
    covered = _covered_mask([known])
    assert not covered[102:118, 70:97].any()
    assert covered[100:120, 99:300].all()
    assert covered[100:120, 300:306].all()        # the other end keeps its margin
    assert _covered_mask([plain])[102:118, 94:97].all()
