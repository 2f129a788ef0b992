"""Irreversibility: covered pixels must not depend on what was under them.

Property (hypothesis): two images that differ only inside the covered regions
give identical outputs, for every style, random text, colours and geometry
(overlapping and edge-touching regions included).  If any output pixel moved
with the hidden content, an attacker could learn something from it.
"""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from PIL import Image, ImageDraw, ImageFont

from redactor.cover import FILL_COLOUR, STYLES, apply_cover, regions_for
from redactor.findings import Box, Finding

FONT_PATHS = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVuSans.ttf"]


def _font(size: int):
    for path in FONT_PATHS:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default()


def _finding(box: Box) -> Finding:
    return Finding(category="nik", boxes=(box,), score=1.0, preview="31**...01")


def _mask(findings, width, height) -> np.ndarray:
    mask = np.zeros((height, width), bool)
    for r in regions_for(findings, width, height):
        mask[r.top:r.bottom, r.left:r.right] = True
    return mask


text_st = st.text(alphabet=st.sampled_from("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.-+ "),
                  min_size=1, max_size=24)
colour_st = st.tuples(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255))


@st.composite
def scenes(draw):
    width = draw(st.integers(60, 260))
    height = draw(st.integers(40, 160))
    n = draw(st.integers(1, 3))
    boxes = []
    for _ in range(n):
        w = draw(st.integers(4, max(4, width // 2)))
        h = draw(st.integers(4, max(4, min(40, height // 2))))
        left = draw(st.integers(-3, width - 2))
        top = draw(st.integers(-3, height - 2))
        boxes.append(Box(left, top, w, h))
    background = draw(colour_st)
    seed = draw(st.integers(0, 2**32 - 1))
    texts = (draw(text_st), draw(text_st))
    inks = (draw(colour_st), draw(colour_st))
    return width, height, boxes, background, seed, texts, inks


def _base(width: int, height: int, background, seed: int) -> np.ndarray:
    """A busy background outside the regions: gradient plus noise plus a few strokes."""
    rng = np.random.default_rng(seed)
    arr = np.empty((height, width, 3), np.uint8)
    arr[:] = background
    noise = rng.integers(-40, 40, (height, width, 3))
    ramp = (np.arange(width)[None, :, None] * 60 // max(1, width))
    return np.clip(arr.astype(int) + noise + ramp, 0, 255).astype(np.uint8)


def _with_secret(base: np.ndarray, mask: np.ndarray, text: str, ink, seed: int) -> Image.Image:
    """Base image whose covered pixels are replaced by text (and noise) of the secret."""
    height, width = mask.shape
    secret = Image.new("RGB", (width, height), tuple(int(c) for c in 255 - np.array(ink)))
    d = ImageDraw.Draw(secret)
    ys, xs = np.nonzero(mask)
    size = max(6, int((ys.max() - ys.min() + 1) * 0.7)) if len(ys) else 10
    d.text((int(xs.min()) if len(xs) else 0, int(ys.min()) if len(ys) else 0), text * 3, fill=tuple(ink), font=_font(size))
    secret_arr = np.asarray(secret).copy()
    rng = np.random.default_rng(seed ^ 0xABCDEF)
    secret_arr = np.clip(secret_arr.astype(int) + rng.integers(-30, 30, secret_arr.shape), 0, 255).astype(np.uint8)
    out = base.copy()
    out[mask] = secret_arr[mask]
    return Image.fromarray(out, "RGB")


@pytest.mark.parametrize("style", STYLES)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scene=scenes())
def test_covered_pixels_do_not_depend_on_hidden_content(style, scene):
    width, height, boxes, background, seed, texts, inks = scene
    findings = [_finding(b) for b in boxes]
    mask = _mask(findings, width, height)
    if not mask.any():
        return
    base = _base(width, height, background, seed)
    a = _with_secret(base, mask, texts[0], inks[0], seed)
    b = _with_secret(base, mask, texts[1], inks[1], seed + 1)
    out_a = np.asarray(apply_cover(a, findings, style))
    out_b = np.asarray(apply_cover(b, findings, style))
    assert out_a.shape == out_b.shape == (height, width, 3)
    differ = (out_a != out_b).any(axis=2)
    assert not differ.any(), f"{style}: {int(differ.sum())} output pixels depend on the covered content"
    # Outside the covered regions nothing changes.
    assert (out_a[~mask] == np.asarray(a)[~mask]).all()
    if style == "box":
        assert (out_a[mask] == FILL_COLOUR).all()


@pytest.mark.parametrize("style", STYLES)
def test_no_covered_pixel_keeps_its_value_by_chance_of_content(style):
    """Pure-noise secrets: covered output is the same for 5 different secrets (a brute-force attacker's view)."""
    width, height = 200, 80
    findings = [_finding(Box(30, 20, 120, 24)), _finding(Box(100, 30, 60, 30))]
    mask = _mask(findings, width, height)
    base = _base(width, height, (240, 240, 240), 7)
    outs = []
    for k in range(5):
        rng = np.random.default_rng(k)
        arr = base.copy()
        arr[mask] = rng.integers(0, 256, (int(mask.sum()), 3), dtype=np.uint8)
        outs.append(np.asarray(apply_cover(Image.fromarray(arr), findings, style)))
    for other in outs[1:]:
        assert (other == outs[0]).all()


def test_box_fill_is_exact_and_opaque_with_zero_variance():
    img = Image.new("RGB", (120, 60), (250, 250, 250))
    ImageDraw.Draw(img).text((10, 20), "3171012345670001", fill=(1, 1, 1), font=_font(14))
    findings = [_finding(Box(8, 18, 100, 20))]
    out = np.asarray(apply_cover(img, findings, "box")).astype(float)
    region = out[_mask(findings, 120, 60)]
    stretched = (region - region.min()) / max(1.0, region.max() - region.min())
    assert stretched.std() == 0 and (region == 0).all()


def test_disabled_findings_are_not_covered_and_enabled_ones_are():
    img = Image.new("RGB", (80, 40), (200, 200, 200))
    on = _finding(Box(5, 5, 20, 10))
    off = Finding(category="nik", boxes=(Box(40, 5, 20, 10),), score=1.0, preview="x", enabled=False)
    out = np.asarray(apply_cover(img, [on, off], "box"))
    assert (out[10, 15] == 0).all() and (out[10, 50] == 200).all()
