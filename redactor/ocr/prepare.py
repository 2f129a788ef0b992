"""Image preparation for OCR.

Screenshot text is small and often light-on-dark, so the image is turned to
grey, inverted where its background is dark, flattened, cleared of rules, and
enlarged when its glyphs are small; the caller maps boxes back with the scale.
"""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageOps

from ..components import components

# Tesseract reads best when capitals are ~20-30 px tall; screenshots are ~10-16 px.
TARGET_GLYPH_HEIGHT = 22
MAX_UPSCALE = 2.0
MAX_OCR_PIXELS = 12_000_000  # larger photos are read at a reduced size


def prepare(image: Image.Image, *, screen: bool = True) -> tuple[Image.Image, float]:
    """Grey, light-on-dark areas inverted, background flattened, rules removed, glyphs brought to
    a size Tesseract reads well (enlarged on screenshots, reduced on zoomed text).

    `screen`: the image is a screenshot, whose mid-tone bubbles and buttons with light text are
    inverted too and whose dim text on dark areas is deepened; a photographed page is left to
    the plain steps (its shadows and portraits are not text areas).
    """
    arr = np.asarray(ImageOps.grayscale(image))
    first_guess = estimate_glyph_height(arr) or 12.0
    if screen:
        arr = _deepen_light_coloured_strokes(image, arr, first_guess)
    dark = _dark_areas(arr, first_guess, screen=screen)
    text_areas = None if dark is None else dark[0]
    if dark is not None and screen:
        arr, dark = _bars_by_their_ink(arr, dark, first_guess)
    if dark is not None and screen:
        dark = _to_their_edges(arr, dark, first_guess)
    inverted = arr if dark is None else _inverted(arr, *dark)
    # Light text on dark is invisible to the first estimate; measure again only when something was inverted.
    glyph = (estimate_glyph_height(inverted) or first_guess) if inverted is not arr else first_guess
    arr = inverted
    arr = _flatten_background(arr, glyph)
    if dark is not None and screen:
        arr = _darken_faint_ink(arr, dark[0], glyph, sharpness_from=text_areas)
    arr = remove_rules(arr, glyph)
    grey = Image.fromarray(arr, "L")
    pixels = grey.width * grey.height
    scale = 1.0
    if glyph < TARGET_GLYPH_HEIGHT * 0.75:
        scale = min(MAX_UPSCALE, TARGET_GLYPH_HEIGHT / glyph)
    elif glyph > TARGET_GLYPH_HEIGHT * 2.5:
        scale = TARGET_GLYPH_HEIGHT * 1.5 / glyph
    if pixels * scale * scale > MAX_OCR_PIXELS:
        scale = (MAX_OCR_PIXELS / pixels) ** 0.5
    if abs(scale - 1.0) > 0.05:
        size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
        grey = grey.resize(size, Image.Resampling.LANCZOS if scale > 1 else Image.Resampling.BOX)
    else:
        scale = 1.0
    return grey, scale


def _deepen_light_coloured_strokes(image: Image.Image, grey: np.ndarray, glyph: float = 12.0) -> np.ndarray:
    """Words drawn in a light colour on a light page (a chat app's orange, cyan or pink sender names)
    brought to their darkest channel.

    By brightness such strokes stand only 25-70 levels off the page (orange 250,167,116 is 186 grey),
    and Tesseract's one global threshold drops them whole; their darkest channel stands 130-140 off.
    The trigger is narrow, so that every other page is read as before (a grey for every coloured
    pixel turned coloured cards, buttons and the colour fringes of ordinary text into noise that
    Tesseract read into the numbers beside them): only light-coloured strokes (thin features whose ink
    takes much more of one channel than of another), not the colour fringes of sub-pixel smoothing,
    gathered as densely and as wide as a word, touching no dark pixel (text in a dark colour is read
    already; the light rim of a blue link's letters is not a light letter), on a light neighbourhood
    (not a coloured card or bar), lined up into words of one colour (`_light_words`).
    """
    import cv2

    if image.mode != "RGB":
        return grey
    rgb = np.asarray(image)
    channels = cv2.split(rgb)
    darkest = cv2.min(cv2.min(channels[0], channels[1]), channels[2])
    brightest = cv2.max(cv2.max(channels[0], channels[1]), channels[2])
    light_coloured = (cv2.subtract(brightest, darkest) > COLOURED) & (grey >= LIGHT_INK)
    if np.count_nonzero(light_coloured) < _MIN_LIGHT_INK:
        return grey
    # A stroke's ink, channel by channel: how much darker it is than the ground around it.  Coloured ink
    # takes much more of one channel than of another; grey text on a tinted bubble (a time on a green
    # chat bubble) takes about as much of each, although its smoothed pixels are tinted by the bubble.
    k = int(max(3, glyph * 0.5)) | 1
    ink = cv2.morphologyEx(rgb, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    inks = cv2.split(ink)
    deepest = cv2.max(cv2.max(inks[0], inks[1]), inks[2])
    shallowest = cv2.min(cv2.min(inks[0], inks[1]), inks[2])
    candidates = light_coloured & (deepest > LIGHT_STROKE) & (cv2.subtract(deepest, shallowest) > deepest // 2)
    if np.count_nonzero(candidates) < _MIN_LIGHT_INK:
        return grey
    candidates &= ~_fringes(ink, candidates)
    out = grey
    for box in _word_sized_clusters(candidates, glyph):
        deepen = _light_letters(rgb[box], grey[box], candidates[box], light_coloured[box], glyph)
        if deepen.any():
            if out is grey:
                out = grey.copy()
            area = out[box]
            area[deepen] = np.minimum(area[deepen], darkest[box][deepen])
    return out


def _word_sized_clusters(candidates: np.ndarray, glyph: float) -> list[tuple[slice, slice]]:
    """Boxes around the candidates that gather as densely and as wide as a word, each with room around
    it for the neighbourhood's measure.  Found on a coarse grid: on most pages the candidates left are
    stray pixels, and the finer steps are done only inside these boxes."""
    import cv2

    cell = max(2, int(glyph // 3))
    height, width = candidates.shape
    rows, cols = -(-height // cell), -(-width // cell)
    # (each cell's count: the box sum right and below its corner pixel, nothing counted past the page)
    counts = cv2.boxFilter(candidates.view(np.uint8), cv2.CV_16U, (cell, cell), anchor=(0, 0), normalize=False,
                           borderType=cv2.BORDER_CONSTANT)[::cell, ::cell]
    inked = (counts >= 3).astype(np.uint8)  # a stroke crossing the cell, not a stray pixel
    reach = max(1, round(glyph / cell))
    joined = cv2.dilate(inked, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * reach + 1, 1)))
    count, _, stats = components(joined)
    margin = _NEIGHBOURHOOD // 2 + int(glyph)
    boxes = []
    for left, top, box_w, box_h, _ in stats[1:]:
        if (box_w - 2 * reach) * cell < WORD_GLYPHS * glyph:
            continue
        y0, x0 = max(0, top * cell - margin), max(0, left * cell - margin)
        y1, x1 = min(height, (top + box_h) * cell + margin), min(width, (left + box_w) * cell + margin)
        boxes.append((slice(y0, y1), slice(x0, x1)))
    return boxes


def _light_letters(rgb: np.ndarray, grey: np.ndarray, candidates: np.ndarray, light_coloured: np.ndarray,
                   glyph: float) -> np.ndarray:
    """Inside one box: the candidates that are light letters on a light neighbourhood, lined up in words."""
    import cv2

    # The neighbourhood: a window a few glyphs wide, mostly light where text stands on the page, coloured
    # or mid-grey on a card, a button or a bar (half its pixels light: its median is light).
    light = (grey >= LIGHT_PAPER).astype(np.float32)
    candidates = candidates & (cv2.boxFilter(light, -1, (_NEIGHBOURHOOD, _NEIGHBOURHOOD),
                                             borderType=cv2.BORDER_REPLICATE) >= 0.5)
    if np.count_nonzero(candidates) < _MIN_LIGHT_INK:
        return np.zeros_like(candidates)
    # Touching strokes (a letter, or a few) that touch a dark pixel are the rim of a dark letter; taller
    # than a line of text, they are a bar (a quoted reply's coloured edge) or a picture.
    count, letters, stats = components(cv2.dilate(candidates.view(np.uint8), np.ones((3, 3), np.uint8)))
    not_letters = stats[:, cv2.CC_STAT_HEIGHT] > 2 * glyph
    not_letters[letters[grey < LIGHT_INK]] = True
    not_letters[0] = False
    candidates = candidates & ~not_letters[letters]
    return _light_words(rgb, candidates, light_coloured, glyph)


_NEIGHBOURHOOD = 31  # px: a few glyphs of a screenshot's text


def _fringes(ink: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """The coloured fringes of grey or black text drawn with sub-pixel smoothing: orange on a stroke's
    left, blue on its right, a few pixels apart.  Each candidate's ink is compared with its neighbours'
    in the row; a fringe has one of the opposite colour nearby, a light-coloured letter's smoothed edge
    only lighter ink of its own colour."""
    rows, cols = np.nonzero(candidates)
    colour = _opponent(ink[rows, cols].astype(np.float32))
    fringe = np.zeros(rows.size, bool)
    width = candidates.shape[1]
    for shift in (-3, -2, -1, 1, 2, 3):
        beside = np.clip(cols + shift, 0, width - 1)
        other = _opponent(ink[rows, beside].astype(np.float32))
        fringe |= (colour * other).sum(axis=1) < -FRINGE_OPPOSITION
    out = np.zeros_like(candidates)
    out[rows[fringe], cols[fringe]] = True
    return out


def _opponent(colours: np.ndarray) -> np.ndarray:
    """Colours (n x RGB) on two opponent axes: red against green, yellow against blue."""
    return np.stack([colours[:, 0] - colours[:, 1], (colours[:, 0] + colours[:, 1]) * 0.5 - colours[:, 2]], axis=1)


def _light_words(rgb: np.ndarray, strokes: np.ndarray, coloured: np.ndarray, glyph: float) -> np.ndarray:
    """The strokes that line up into words of one colour on the page, as a name or a label does.

    Strokes a glyph apart or less are one line.  A line is kept whole or left whole (a word half
    deepened reads worse than either) when it is wider than a short word and no taller than text
    (an icon, a tick or a reply's coloured bar is not); when its colours point one way (what is left of
    the fringes of sub-pixel smoothing, orange and blue, cancels out); when it holds three pieces at
    least (letters stand apart; an avatar's coloured band between its white head and shoulders is one
    piece); and when colour fills at most BADGE_FILL of its box grown by half a glyph (the coloured
    gaps between white letters on a badge or an avatar and the colour around them filled 0.34-0.41,
    coloured letters and the page around them 0.12-0.18).
    """
    import cv2

    gap = int(max(3, glyph))
    joined = cv2.dilate(strokes.view(np.uint8), cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 3)))
    count, lines, stats = components(joined)
    left, top = stats[:, cv2.CC_STAT_LEFT], stats[:, cv2.CC_STAT_TOP]
    width, height = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    keep = (width - gap >= WORD_GLYPHS * glyph) & (height <= 2 * glyph)
    keep[0] = False
    if not keep.any():
        return np.zeros_like(strokes)
    labels = lines[strokes]
    pixels = rgb[strokes].astype(np.float32)
    red_green, yellow_blue = _opponent(pixels).T
    mean_colour = np.hypot(np.bincount(labels, red_green, count), np.bincount(labels, yellow_blue, count))
    keep &= mean_colour >= ONE_HUE * np.bincount(labels, np.hypot(red_green, yellow_blue), count)
    keep &= np.bincount(labels, minlength=count) >= _MIN_LIGHT_INK
    pieces, piece_labels = cv2.connectedComponents(strokes.view(np.uint8), connectivity=8)
    first_pixel = np.unique(piece_labels[strokes], return_index=True)[1]
    keep &= np.bincount(labels[first_pixel], minlength=count) >= WORD_LETTERS
    grow = int(glyph // 2)
    for label in np.flatnonzero(keep):
        box = (slice(max(0, top[label] - grow), top[label] + height[label] + grow),
               slice(max(0, left[label] - grow), left[label] + width[label] + grow))
        keep[label] = np.count_nonzero(coloured[box]) <= BADGE_FILL * coloured[box].size
    return strokes & keep[lines]


# A pixel whose channels differ by more than COLOURED is coloured; a light one is at least LIGHT_INK grey,
# lighter than the text Tesseract separates from a white page (pink 238,122,174 is 161, red 225,112,118
# 146), and a light stroke's ink (how much darker it is than around it) is over LIGHT_STROKE in its
# deepest channel and under half of that in its shallowest.
COLOURED = 60
LIGHT_INK = 140
LIGHT_STROKE = 60
LIGHT_PAPER = 215  # the neighbourhood's median grey: white, or a light grey or tinted chat background
FRINGE_OPPOSITION = 400  # (20 levels of colour each way)
ONE_HUE = 0.8  # a line's mean colour against its pixels' mean strength of colour
BADGE_FILL = 0.3
WORD_GLYPHS = 2.5  # glyph heights: a short word
WORD_LETTERS = 3


def _to_their_edges(grey: np.ndarray, areas: tuple[np.ndarray, np.ndarray, np.ndarray],
                    glyph: float = 12.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The dark areas of a gallery of tiles brought to the edges of their own ground.

    The closing that finds the dark areas fills the narrow gaps between tiles standing side by side (a video
    call's gallery, a dashboard's cards), and the median rounds each tile's corners off: the gaps' light page,
    inverted, and the corners left dark turned into black bars and wedges beside the text, which Tesseract
    read as scraps ("J", "i", "ha") glued to a tile's name or to the next line of a chat beside the tiles.  So:
    - light pixels inside the areas that join, four-connected, the light page outside them by more than a
      letter's worth of pixels, and that have the areas' own dark ground on two opposite sides within the
      closing's reach (a gap), are page, not text, and are left as they are, where such a gap holds more
      than a letter's worth of them;
    - in an area that holds such a gap, dark pixels outside it, within the median's reach of it, that join a
      dark ground inside the areas of more than a letter's worth of pixels are that ground, and are
      inverted with it.
    A lone panel (a code box, a sidebar) is left as before: the light sliver its soft edge leaves inside the
    areas on a shrunk JPEG is no gap, and its corners brought back, however right, changed how Tesseract read
    the lines elsewhere on such a page (a token, a system's name lost).
    """
    import cv2

    dark, mid, level = areas
    left, top, box_w, box_h = cv2.boundingRect(np.ascontiguousarray(dark).view(np.uint8))
    if box_w == 0:
        return areas
    reach = _MEDIAN_WINDOW // 2
    y0, x0 = max(0, top - reach), max(0, left - reach)
    y1, x1 = min(grey.shape[0], top + box_h + reach), min(grey.shape[1], left + box_w + reach)
    crop, inside = grey[y0:y1, x0:x1], dark[y0:y1, x0:x1]
    letter = EDGE_GLYPHS * glyph * glyph
    light = cv2.compare(crop, EDGE_LIGHT, cv2.CMP_GE)
    count, parts = cv2.connectedComponents(light, connectivity=4)
    page = np.bincount(parts[~inside & (light > 0)], minlength=count) > letter
    page[0] = False
    spilled = page[parts] & inside
    if np.count_nonzero(spilled) <= letter:
        return areas  # (the page's light reaches into no area: the areas' ground need not be labelled)
    ground = cv2.compare(crop, DARK_GROUND, cv2.CMP_LT)
    count, parts = cv2.connectedComponents(ground, connectivity=4)
    own = np.bincount(parts[inside & ~mid[y0:y1, x0:x1] & (ground > 0)], minlength=count) > letter
    own[0] = False
    own_ground = own[parts]
    # Only a gap: light page with the areas' own ground on two opposite sides within the closing's reach,
    # more than a letter of it (not a shrunk JPEG's light sliver or notch along a panel's soft edge).
    across = _CLOSE_WINDOW * max(1, int(glyph // 12))
    left, top, box_w, box_h = cv2.boundingRect(spilled.view(np.uint8))
    near_them = (slice(max(0, top - across), top + box_h + across), slice(max(0, left - across), left + box_w + across))
    spilled[near_them] &= _on_both_sides(own_ground[near_them], across)
    count, parts = cv2.connectedComponents(spilled.view(np.uint8), connectivity=8)
    gap = np.bincount(parts[spilled], minlength=count) > letter
    gap[0] = False
    spilled = gap[parts]
    if not spilled.any():
        return areas
    # The corners the median rounded off, of the areas that hold such gaps (a gallery of tiles).
    count, parts = cv2.connectedComponents(inside.view(np.uint8), connectivity=8)
    gallery = np.bincount(parts[spilled], minlength=count) > 0
    gallery[0] = False
    near = cv2.dilate(gallery[parts].view(np.uint8), np.ones((2 * reach + 1, 2 * reach + 1), np.uint8)) > 0
    rounded = own_ground & near & ~inside
    dark, mid = dark.copy(), mid.copy()
    dark[y0:y1, x0:x1] = (inside & ~spilled) | rounded
    mid[y0:y1, x0:x1] &= ~spilled
    return dark, mid, level


def _on_both_sides(mask: np.ndarray, reach: int) -> np.ndarray:
    """The pixels with `mask` within `reach` on two opposite sides of them: left and right, above and below,
    or across a diagonal (where two gaps cross, between four tiles' corners)."""
    import cv2

    m = np.ascontiguousarray(mask).view(np.uint8)
    row, column = np.ones((1, reach + 1), np.uint8), np.ones((reach + 1, 1), np.uint8)
    falling, rising = np.eye(reach + 1, dtype=np.uint8), np.eye(reach + 1, dtype=np.uint8)[::-1].copy()
    across = np.zeros(m.shape, np.uint8)
    for kernel, one_side, other_side in ((row, (reach, 0), (0, 0)), (column, (0, reach), (0, 0)),
                                         (falling, (reach, reach), (0, 0)), (rising, (0, reach), (reach, 0))):
        across |= cv2.dilate(m, kernel, anchor=one_side) & cv2.dilate(m, kernel, anchor=other_side)
    return across > 0


EDGE_LIGHT = 200  # a light page: its own level, far lighter than the dark areas' (under 165)
EDGE_GLYPHS = 4  # pixels of a ground or a page, in squares of a glyph's height: more than a letter has


def _inverted(grey: np.ndarray, dark: np.ndarray, mid: np.ndarray, level: np.ndarray) -> np.ndarray:
    """Dark areas inverted; a mid-tone area also stretched so its own level turns white (not the
    grey that 255 - level would leave, which frames it against the inverted page around it)."""
    out = grey.copy()
    out[dark] = 255 - out[dark]
    if mid.any():
        lift = 255.0 / np.maximum(255.0 - level[mid].astype(np.float32), 1.0)
        out[mid] = np.clip((255.0 - grey[mid].astype(np.float32)) * lift, 0, 255).astype(np.uint8)
    return out


def _bars_by_their_ink(grey: np.ndarray, areas: tuple[np.ndarray, np.ndarray, np.ndarray],
                       glyph: float = 12.0) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Bars of one flat colour that the dark areas take in whole or in part, inverted or left as drawn
    whole, as their own letters ask.

    The dark areas are found by a median a few glyphs wide, which decides by the page around a bar:
    - a bright bar with dark letters inside a dark page (a bright blue table header with black
      captions, a salmon "CONFIDENTIAL" strip narrower than half the window) was inverted with the
      page; its letters turned white on a grey bar and were read as scraps, and a dark table lost the
      headers of its columns.  Such a bar is now left out of the inversion and stretched so that it
      turns white under its dark letters.
    - a coloured header band with white letters on a light page (a spreadsheet's, an admin table's)
      was inverted only where its letters leave the median dark: the rows above and below a caption
      of two lines stayed dark, glued to the letters ("Wamatengkap").  Such a bar is now inverted whole.
    The decision is taken per bar, never per pixel (letters half flipped read worse than either way): a
    bar is a connected area of flat pixels with its letters (holes no taller than a line) filled in,
    rectangular, at least a line of text tall and a few glyphs wide, that the dark areas hold mostly.
    """
    import cv2

    dark, mid, level = areas
    # Work around the dark areas: on most pages they are a title bar or a few buttons.
    left, top, box_w, box_h = cv2.boundingRect(np.ascontiguousarray(dark).view(np.uint8))
    if box_h < glyph or box_w < BAR_GLYPHS * glyph:
        return grey, areas
    margin = int(glyph)
    y0, x0 = max(0, top - margin), max(0, left - margin)
    y1, x1 = min(grey.shape[0], top + box_h + margin), min(grey.shape[1], left + box_w + margin)
    crop, inside = grey[y0:y1, x0:x1], dark[y0:y1, x0:x1]
    spread = cv2.morphologyEx(crop, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
    flat = ((spread <= BAR_FLAT) & (crop >= BAR_LEVEL)).astype(np.uint8)
    count, parts, stats, _ = cv2.connectedComponentsWithStats(flat, connectivity=4)
    held = np.bincount(parts[inside], minlength=count)
    kept_out = np.zeros_like(inside)
    labels = np.zeros_like(inside)
    taken_in = np.zeros_like(inside)
    levels = np.zeros(crop.shape, np.float32)
    for label in range(1, count):
        x, y, w, h, size = (int(v) for v in stats[label])
        if h < glyph or w < BAR_GLYPHS * glyph or held[label] < BAR_HELD * size:
            continue
        box = (slice(y, y + h), slice(x, x + w))
        part = parts[box] == label
        holes, hole = _holes(part, 2 * glyph)
        bar = part | hole[holes]
        bar_size = np.count_nonzero(bar)
        if bar_size < BAR_SHAPE * w * h:
            continue  # not a bar or a button (a round avatar fills 0.79 of its box)
        if size < BAR_FILL * bar_size:
            continue  # strokes and their smoothing, not a filled bar
        values = crop[box]
        bar_level = float(np.median(values[part]))
        # Ink is what is not flat: letters' strokes, not the far end of a gradient the bar shades into.
        ink = bar & ~part
        darker_ink = ink & (values < bar_level - BAR_INK)
        lighter_ink = ink & (values > bar_level + BAR_INK)
        # A dark label with light letters inside the bar (a name on a video tile, a caption on a photo's
        # dark strip) is a hole that holds both, its ground the most of it; a dark letter holds no ink
        # lighter than the bar.  Its ground is not the bar's ink: counted as such, a dark tile was kept
        # out of the inversion with its label, whose light letters were then read as nothing.
        label_dark = np.bincount(holes[darker_ink], minlength=len(hole))
        label_light = np.bincount(holes[lighter_ink], minlength=len(hole))
        nested = hole & (label_light > _MIN_LIGHT_INK) & (label_dark > label_light)
        if nested.any():
            inner = nested[holes]
            labels[box] |= inner
            darker_ink &= ~inner
            lighter_ink &= ~inner
        darker = np.count_nonzero(darker_ink)
        lighter = np.count_nonzero(lighter_ink)
        if darker > 2 * lighter and darker > _MIN_LIGHT_INK:
            # A heading's letters are holes taller than a line of text: their dark pixels go with the bar.
            heading = _filled(part, HEADING_GLYPHS * glyph) & ~bar & (values < bar_level - BAR_INK // 2)
            kept_out[box] |= (bar | heading) & ~labels[box]
            levels[box][bar | heading] = bar_level
        elif lighter > 2 * darker and lighter > _MIN_LIGHT_INK and not inside[box][bar].all():
            taken_in[box] |= bar
            levels[box][bar] = bar_level
    if not kept_out.any() and not taken_in.any():
        return grey, areas
    dark, mid = dark.copy(), mid.copy()
    # A dark label inside a bar kept out is inverted on its own, as the page around the bar is.
    dark[y0:y1, x0:x1] |= labels & ~taken_in
    # A bar's smoothed rim (not flat, so outside it) goes with it where nearer its level than the page's
    # (its page is light where its letters are, dark where they are dark): left apart, it was a faint
    # frame, and the deepening of dim ink turned it into brackets or lines glued to the letters.
    rim = np.ones((2 * BAR_RIM + 1, 2 * BAR_RIM + 1), np.uint8)
    if taken_in.any():
        rim_levels = cv2.dilate(np.where(taken_in, levels, 0).astype(np.float32), rim)
        taken_in |= (crop < (rim_levels + 255) / 2) & (rim_levels > 0) & ~kept_out
        levels = np.maximum(levels, rim_levels * taken_in)
        # Stretched by its own level as it is inverted, as a mid-tone area is (`_inverted`), so that the
        # bar turns white and its edge leaves no grey band for the flattening to darken.
        level = level.copy()
        dark[y0:y1, x0:x1] |= taken_in
        mid[y0:y1, x0:x1] |= taken_in
        level[y0:y1, x0:x1][taken_in] = levels[taken_in].astype(level.dtype)
    if not kept_out.any():
        return grey, (dark, mid, level)
    rim_levels = cv2.dilate(np.where(kept_out, levels, 0).astype(np.float32), rim)
    kept_out |= inside & (crop >= rim_levels / 2) & (rim_levels > 0) & ~taken_in & ~labels
    rim_levels = np.maximum(rim_levels, 1.0)
    out = grey.copy()
    stretched = crop[kept_out].astype(np.float32) * 255.0 / rim_levels[kept_out]
    out[y0:y1, x0:x1][kept_out] = np.clip(stretched, 0, 255).astype(np.uint8)
    dark[y0:y1, x0:x1] &= ~kept_out
    mid[y0:y1, x0:x1] &= ~kept_out
    return out, (dark, mid, level)


def _filled(area: np.ndarray, hole_height: float) -> np.ndarray:
    """A connected area with its letters filled in: its holes (what of its box does not reach the box's
    edge) no taller than `hole_height`.  A larger hole is a card or a picture the area frames."""
    parts, hole = _holes(area, hole_height)
    return area | hole[parts]


def _holes(area: np.ndarray, hole_height: float) -> tuple[np.ndarray, np.ndarray]:
    """The labelled parts of what is not `area` in its box, and which of them are holes `_filled` fills."""
    import cv2

    count, parts, stats, _ = cv2.connectedComponentsWithStats((~area).view(np.uint8), connectivity=4)
    hole = stats[:, cv2.CC_STAT_HEIGHT] <= hole_height
    for side in (parts[0], parts[-1], parts[:, 0], parts[:, -1]):
        hole[side] = False
    hole[0] = False  # (label 0: the area itself)
    return parts, hole


def _dark_areas(grey: np.ndarray, glyph: float = 12.0, *,
                screen: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Dark themes, title bars and coloured chat bubbles: make every text dark on light.

    The background is a median over a window a few glyphs wide, whose edges
    follow the real bar and bubble edges; a mask from a box blur spills over
    the edge and inverts a strip of the light area, which Tesseract then reads
    as a line of noise glued to the text beside it.  Large text is measured on
    a reduced copy so the window still spans more than a stroke.  A mid-tone
    area (a blue chat bubble, a grey button) is inverted when its ink is
    lighter than it; a dim photo of a page keeps its dark text.  Returns the areas to invert,
    the mid-tone ones among them (none on a photo: `screen` False), and the background level.
    """
    import cv2

    factor = max(1, int(glyph // 12))
    small = np.ascontiguousarray(grey[::factor, ::factor] if factor > 1 else grey)
    # (a photo's glared screen is told by the level of its mid tones up to GLARED_GROUND: there the median is
    # taken everywhere)
    background = _median_where_dark(small) if screen else cv2.medianBlur(small, _MEDIAN_WINDOW)
    dark = (background < DARK_GROUND).astype(np.uint8)
    if screen:
        mid = _light_ink_areas(small, background)
        dark |= mid
    else:
        # A photographed dark screen under a lamp's glare: the glare lifts its ground into the mid tones and
        # past them, where its light letters still stand lighter than it.  Inverted plainly, like the dark
        # around it (no seam where the glare begins); the background's flattening then evens the glare out.
        dark |= _light_ink_neighbourhoods(small, background)
        mid = np.zeros_like(dark)
    if not dark.any():
        return None
    # Bold light text can outweigh its own background in the median window: fill those holes.
    close = cv2.getStructuringElement(cv2.MORPH_RECT, (_CLOSE_WINDOW, _CLOSE_WINDOW))
    dark = cv2.morphologyEx(dark, cv2.MORPH_CLOSE, close)
    if mid.any():
        mid = cv2.morphologyEx(mid, cv2.MORPH_CLOSE, close)
    if factor > 1:
        size = (grey.shape[1], grey.shape[0])
        dark = cv2.resize(dark, size, interpolation=cv2.INTER_NEAREST)
        mid = cv2.resize(mid, size, interpolation=cv2.INTER_NEAREST)
        background = cv2.resize(background, size, interpolation=cv2.INTER_NEAREST)
    return dark.astype(bool), mid.astype(bool) & dark.astype(bool), background


def _median_where_dark(grey: np.ndarray) -> np.ndarray:
    """The median over a _MEDIAN_WINDOW-wide window, where it is under _MID_GROUND (dark and mid-tone
    areas) and around those areas; MID_GROUND elsewhere.

    Only there is the level itself asked for (the inversion stretches a mid-tone area by it, its closing
    reaches a few pixels out); elsewhere it is only told apart from the dark and mid tones.  The median
    of a window is under a level exactly when more than half its pixels are, which a box sum counts at a
    fraction of the median's cost (a fifth of the preparation's time on a 1920x1080 screenshot); on a
    light page the median is then taken only in boxes around its dark or mid-tone areas, each with the
    window's reach around it (the same values as over the whole page: the median repeats the page's
    edge pixels, as the box sum does).
    """
    import cv2

    reach = _MEDIAN_WINDOW // 2
    darker = cv2.boxFilter(cv2.compare(grey, _MID_GROUND, cv2.CMP_LT) // 255, cv2.CV_16U, (_MEDIAN_WINDOW, _MEDIAN_WINDOW),
                           normalize=False, borderType=cv2.BORDER_REPLICATE)
    under = cv2.compare(darker, _MEDIAN_WINDOW * _MEDIAN_WINDOW // 2, cv2.CMP_GT)
    background = np.full_like(grey, _MID_GROUND)
    if not under.any():
        return background
    # Around the areas: as far as their closing (`_dark_areas`) reaches, and the median's window around that.
    # The areas are gathered on a grid of cells: on most pages they are a few bars and buttons.
    cell, near = 16, -(-2 * _CLOSE_WINDOW // 16)
    height, width = grey.shape
    # (each cell: the most of its own pixels, those right and below its corner pixel)
    grid = cv2.dilate(under, np.ones((cell, cell), np.uint8), anchor=(0, 0))[::cell, ::cell]
    grid = cv2.dilate(grid, np.ones((2 * near + 1, 2 * near + 1), np.uint8))
    count, _, stats = components(grid)
    for left, top, box_w, box_h, _ in stats[1:]:
        x0, y0 = left * cell, top * cell
        x1, y1 = min(width, (left + box_w) * cell), min(height, (top + box_h) * cell)
        # (the median's window must see the page around the box, not the copy's repeated edge)
        wx0, wy0 = max(0, x0 - reach), max(0, y0 - reach)
        window = np.ascontiguousarray(grey[wy0:min(height, y1 + reach), wx0:min(width, x1 + reach)])
        background[y0:y1, x0:x1] = cv2.medianBlur(window, _MEDIAN_WINDOW)[y0 - wy0:y1 - wy0, x0 - wx0:x1 - wx0]
    return background


_MEDIAN_WINDOW = 31
_MID_GROUND = 165  # a mid-tone background is lighter than DARK_GROUND and darker than this
_CLOSE_WINDOW = 15


def _light_ink_neighbourhoods(small: np.ndarray, background: np.ndarray) -> np.ndarray:
    """On a photo: the mid-tone pixels (up to GLARED_GROUND) whose neighbourhood, a few glyphs wide, holds
    mostly strokes lighter than their ground (their ink at least GLARED_STROKE levels).  Measured around each
    pixel, not over a connected area as on a screenshot: a glare's patch of a dark screen joins the table, a
    hand or the phone's case in one mid-tone area, whose edges outweigh its letters.  A page in a shadow keeps
    its dark ink."""
    import cv2

    candidates = (background >= DARK_GROUND) & (background < GLARED_GROUND)
    if not candidates.any():
        return np.zeros(small.shape, np.uint8)
    window = cv2.getStructuringElement(cv2.MORPH_RECT, (_STROKE_WINDOW, _STROKE_WINDOW))
    ink = small.astype(np.int16) - background.astype(np.int16)
    lighter = ((cv2.morphologyEx(small, cv2.MORPH_TOPHAT, window) > GLARED_STROKE) & (ink > GLARED_STROKE)
               & candidates).astype(np.float32)
    darker = ((cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, window) > GLARED_STROKE) & (ink < -GLARED_STROKE)
              & candidates).astype(np.float32)
    around = (_NEIGHBOURHOOD * 2 + 1, _NEIGHBOURHOOD * 2 + 1)
    lighter = cv2.boxFilter(lighter, -1, around, normalize=False)
    darker = cv2.boxFilter(darker, -1, around, normalize=False)
    return (candidates & (lighter > 2 * darker) & (lighter > _MIN_LIGHT_INK)).astype(np.uint8)


def _light_ink_areas(small: np.ndarray, background: np.ndarray) -> np.ndarray:
    """Mid-tone areas (each connected area taken whole) whose text is lighter than the background.

    Each area is measured inside its own bounding box: on most pages the mid-tone areas are a few
    buttons and bubbles, and the page around them holds nothing to measure.
    """
    import cv2

    mid = cv2.inRange(background, DARK_GROUND, _MID_GROUND - 1)
    flipped = np.zeros_like(mid)
    if not mid.any():
        return flipped
    # Labelled inside the areas' bounding box and what the strokes' window sees around it: on most pages
    # that is a small part of the page (the same areas and boxes as on the whole page).
    left, top, box_w, box_h = cv2.boundingRect(mid)
    x0, y0 = max(0, left - _STROKE_REACH), max(0, top - _STROKE_REACH)
    box = (slice(y0, top + box_h + _STROKE_REACH), slice(x0, left + box_w + _STROKE_REACH))
    small, background, mid, page = small[box], background[box], mid[box], flipped
    flipped = page[box]
    count, areas, stats, _ = cv2.connectedComponentsWithStats(mid, connectivity=4)
    # Strokes lighter or darker than the area: thin (a dark gap between two bubbles is wider than
    # the window) and away from the area's level (the counter of a light letter is not dark ink).
    window = cv2.getStructuringElement(cv2.MORPH_RECT, (_STROKE_WINDOW, _STROKE_WINDOW))
    height, width = mid.shape
    for label in range(1, count):
        left, top, box_w, box_h, size = (int(v) for v in stats[label])
        if size <= _MIN_LIGHT_INK:
            continue  # fewer pixels than the light ink a flip needs
        # The opening and closing of the window see _STROKE_REACH px around a pixel: with that margin
        # the strokes found in the box are the ones found on the whole page.
        x0, y0 = max(0, left - _STROKE_REACH), max(0, top - _STROKE_REACH)
        x1, y1 = min(width, left + box_w + _STROKE_REACH), min(height, top + box_h + _STROKE_REACH)
        crop = small[y0:y1, x0:x1]
        inside = areas[y0:y1, x0:x1] == label
        ink = crop.astype(np.int16) - background[y0:y1, x0:x1].astype(np.int16)
        lighter = np.count_nonzero((cv2.morphologyEx(crop, cv2.MORPH_TOPHAT, window) > 40) & (ink > 40) & inside)
        darker = np.count_nonzero((cv2.morphologyEx(crop, cv2.MORPH_BLACKHAT, window) > 40) & (ink < -40) & inside)
        if lighter > 2 * darker and lighter > _MIN_LIGHT_INK:
            flipped[y0:y1, x0:x1][inside] = 1
    return page


DARK_GROUND = 110  # a background darker than this is inverted; up to 165, when its text is lighter than it
# On a photo, up to 215: a lamp's glare on a dark screen lifts its ground that far (the letters' own
# brightness in a median window of a few glyphs too), and its light letters still stand lighter than it.
GLARED_GROUND = 215
GLARED_STROKE = 25  # levels: the glare washes its letters out to 30-50 levels over their ground
# A bright bar: pixels that differ from their neighbours by at most BAR_FLAT levels, at least BAR_LEVEL grey
# (the ground of dark themes is darker: 0-45), filling BAR_FILL of the area around them once its letters are
# filled in, that area filling BAR_SHAPE of its box, as wide as BAR_GLYPHS glyphs; its letters stand BAR_INK
# levels off it.
BAR_FLAT = 12
BAR_LEVEL = 50
BAR_FILL = 0.4
BAR_HELD = 0.5  # of its flat pixels inside the dark areas
BAR_SHAPE = 0.9  # of its bounding box: a rectangle, its corners rounded at most
BAR_GLYPHS = 3
BAR_INK = 40
BAR_RIM = 2  # px
HEADING_GLYPHS = 5  # a heading's letters, as tall as this many glyphs of the page's text

_STROKE_WINDOW = 5
_STROKE_REACH = 2 * (_STROKE_WINDOW // 2)  # an opening or closing: one erosion and one dilation
_MIN_LIGHT_INK = 20


def _flatten_background(grey: np.ndarray, glyph: float = 12.0) -> np.ndarray:
    """Divide by the local background so grey bars, buttons and shadows turn white.

    Tesseract thresholds the page globally; on a mid-grey header bar the text
    would otherwise vanish into black.  The window must be wider than a stroke.
    """
    import cv2

    k = int(max(15, glyph * 0.6)) | 1
    background = cv2.dilate(grey, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    background = cv2.blur(background, (9, 9))
    # Divided a strip of rows at a time: whole-page float32 copies are 3 x 48 MB on a 12 MP photo.
    flat = np.empty_like(grey)
    for top in range(0, grey.shape[0], _STRIP_ROWS):
        rows = slice(top, top + _STRIP_ROWS)
        ratio = grey[rows].astype(np.float32) * 255.0 / np.maximum(background[rows].astype(np.float32), 1.0)
        flat[rows] = np.clip(ratio, 0, 255).astype(np.uint8)
    return flat


_STRIP_ROWS = 256


def _darken_faint_ink(grey: np.ndarray, dark: np.ndarray, glyph: float = 12.0, *,
                      sharpness_from: np.ndarray | None = None) -> np.ndarray:
    """Bring dim text of dark areas to black: a coloured sender name on a dark chat bubble.

    Once inverted and flattened such text is light grey on white, and Tesseract's one global
    threshold drops it beside black text.  Inside the areas that were dark, faint strokes
    (features thinner than a glyph, darker than around them) are deepened up to threefold, so
    dim text reaches near black; broad shades (a bubble's edge) and a blank area's faint
    noise are left as they are.

    `sharpness_from`: the areas whose text tells whether the page is drawn sharp (the dark areas and
    the bright bars among them, whose dark letters were kept as drawn); by default the dark areas.
    """
    import cv2

    sharpness_from = dark if sharpness_from is None else sharpness_from

    # Narrower than a bubble's shaded rim (a band as wide as the flattening window), wider than a stroke.
    k = int(max(3, glyph * 0.3)) | 1
    reach = int(max(5, glyph)) | 1
    # Only the dark areas change: work in their bounding box, with a margin as wide as what the
    # closing and the spread below see around a pixel (the same strokes as on the whole page).
    left, top, box_w, box_h = cv2.boundingRect(np.ascontiguousarray(sharpness_from).view(np.uint8))
    margin = 2 * (k // 2) + reach // 2
    y0, x0 = max(0, top - margin), max(0, left - margin)
    y1, x1 = min(grey.shape[0], top + box_h + margin), min(grey.shape[1], left + box_w + margin)
    area = grey[y0:y1, x0:x1]
    strokes = cv2.morphologyEx(area, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    if glyph < SHARP_ONLY_BELOW and _blurred(strokes, sharpness_from[y0:y1, x0:x1]):
        return grey
    deepest = cv2.dilate(strokes, cv2.getStructuringElement(cv2.MORPH_RECT, (reach, reach))).astype(np.float32)
    gain = np.clip(200.0 / np.maximum(deepest, 1.0), 1.0, 3.0)
    # Text that already stands out (white, or syntax colours in a code box) is left as drawn:
    # thicker strokes turn a monospace 0 into @.
    gain[(deepest < 35) | (deepest > 110) | ~dark[y0:y1, x0:x1]] = 1.0
    if (gain <= 1.05).all():
        return grey
    gain[_thin_lines(strokes, glyph)] = 1.0  # (searched for only where something is to be deepened)
    if (gain <= 1.05).all():
        return grey
    out = grey.copy()
    deepened = area.astype(np.float32) - (gain - 1.0) * strokes.astype(np.float32)
    out[y0:y1, x0:x1] = np.clip(deepened, 0, 255).astype(np.uint8)
    return out


def _thin_lines(strokes: np.ndarray, glyph: float) -> np.ndarray:
    """Straight lines a pixel or two thick and longer than any letter's stroke: a dark table's grid.

    Once inverted such a line is as faint as dim text, but only its stretches beside text would be
    deepened (their `deepest` comes from the letters); the dashes left glue to the header words, and a
    dark sheet's "NIK" header was read as a tall scrap, which lost the table its headers."""
    import cv2

    faint = ((strokes > _LINE_INK) & (strokes < _LINE_INK_MAX)).astype(np.uint8)
    span = int(2 * glyph) | 1
    # (a row of letters closes into a band as tall as they are: thicker than a line)
    return _straight_runs(faint, span, span, _LINE_THICK) > 0


# A grid line's ink once inverted: a few levels (24 on the sheets measured), up to 53 where two lines
# cross.  Letters, even dim ones, have deeper strokes: a monitor photo's blurred text, crossed by the
# screen's moire, kept its reading only with those left out of the lines.
_LINE_INK, _LINE_INK_MAX = 8, 64
_LINE_THICK = 2


# Small text (glyphs under this many pixels) in dark areas is deepened only when drawn sharp.  A screenshot
# shrunk by a chat app and recompressed blurs its 1-2 px strokes into their neighbours and JPEG's ringing:
# deepened, those turn into blots ("APP_KEY=base64:969d…" read "‘A0P_KEY=base6s }902dcS61", a dark table's
# names lost).  Larger blurred text (a photo of a monitor) still gains from it: its strokes are wider than
# the ringing.
SHARP_ONLY_BELOW = 12.0
# Sharp text on a dark area has a tenth of its stroke pixels at least this deep once inverted (190-230 on the
# browser screenshots); a shrunk, recompressed copy's reach 100-130, and never 150.
SHARP_STROKES = 150


def _blurred(strokes: np.ndarray, dark: np.ndarray) -> bool:
    """The text of the dark areas is blurred: the deepest tenth of its stroke pixels is still shallow."""
    ink = strokes[::2, ::2][dark[::2, ::2]]
    ink = ink[ink > 20]  # (the ground between strokes)
    return ink.size >= 200 and float(np.percentile(ink, 90)) < SHARP_STROKES


def remove_rules(grey: np.ndarray, glyph: float = 12.0) -> np.ndarray:
    """Paint over long thin straight lines (table grids, stamp frames) that Tesseract reads as '|' or noise.

    A line counts as a rule only when it is much longer than a glyph is tall
    and thin, so the strokes of large letters stay.
    """
    import cv2

    ink = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 10)
    h, w = grey.shape
    reach = int(max(40, 3 * glyph))
    thin = max(3, int(glyph * 0.2))
    # Thick bars are strokes of big letters or filled shapes, not rules: what is thicker than `thin` stays.
    lines = _straight_runs(ink, max(reach, w // 25), max(reach, h // 25), thin) | _dotted_rules(ink, glyph, reach, thin)
    rules = cv2.dilate(lines, np.ones((3, 3), np.uint8)) > 0
    if not rules.any():
        return grey
    out = grey.copy()
    out[rules] = 255
    return out


def _straight_runs(binary: np.ndarray, across: int, down: int, thick: int) -> np.ndarray:
    """The horizontal runs of a binary image at least `across` long and the vertical ones at least
    `down` long, where no thicker than `thick`: rules and grid lines rather than the strokes of letters."""
    import cv2

    out = np.zeros_like(binary)
    for along, thickness in (((across, 1), (1, thick + 1)), ((1, down), (thick + 1, 1))):
        run = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, along))
        run &= ~cv2.morphologyEx(run, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, thickness))
        out |= run
    return out


def _dotted_rules(ink: np.ndarray, glyph: float, reach: int, thin: int) -> np.ndarray:
    """Dotted and dashed rules: rows (or columns) of thin marks a few pixels apart, as long as a rule.

    A form's answer line drawn dotted under the answer ("Nama Lengkap *" over "Budi" over "·········")
    made Tesseract drop the answer with it.  Only marks no taller (no wider) than a rule is thick take
    part, so letters never join one; the gaps between them are bridged, then the run must be long."""
    import cv2

    n, labels, stats = components(ink)
    if n <= 1:
        return np.zeros_like(ink)
    # (odd lengths: an even kernel's anchor shifts an opening by a pixel and drops the run's first mark)
    gap, reach = max(3, int(glyph * 0.3)) | 1, reach | 1
    out = np.zeros_like(ink)
    # Each component's kind, looked up once for the page's pixels: 1 no taller than `thin`, 2 no wider.
    kind = np.zeros(n, np.uint8)
    kind[1:] = (stats[1:, cv2.CC_STAT_HEIGHT] <= thin) | (stats[1:, cv2.CC_STAT_WIDTH] <= thin) << 1
    if not kind.any():
        return out
    kinds = np.take(kind, labels, mode="clip")  # (labels are 0..n-1: no index is clipped)
    for bit, kernel, bridge in ((1, (reach, 1), (gap, 1)), (2, (1, reach), (1, gap))):
        if not (kind & bit).any():
            continue
        marks = cv2.compare(kinds & bit, 0, cv2.CMP_GT)  # (255 where the kind has the bit)
        joined = cv2.morphologyEx(marks, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, bridge))
        out |= cv2.morphologyEx(joined, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel)) & marks
    return out


# A component this many times as tall as it is wide and twice the letters' height is a bar, not a glyph.
BARCODE_BAR = 6


def estimate_glyph_height(grey: np.ndarray) -> float | None:
    """Median height of dark connected components shaped like glyphs."""
    import cv2

    small = grey
    ink = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    n, _, stats = components(ink)
    if n <= 1:
        return None
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    widths = stats[1:, cv2.CC_STAT_WIDTH]
    keep = (heights >= 5) & (heights <= 200) & (widths <= heights * 2.5) & (widths >= 1)
    if keep.sum() < 20:
        return None
    # A barcode's bars are no glyphs: a parcel label's hundred bars, each several lines tall, made its text
    # look five times its size, and the page was shrunk until nothing could be read.  A bar is far narrower
    # than tall (an "l" or a "1" is narrow too, but no taller than the other letters).
    shaped = keep & (heights < BARCODE_BAR * widths)
    if shaped.sum() >= 20:
        keep &= ~((heights >= BARCODE_BAR * widths) & (heights >= 2 * np.median(heights[shaped])))
    return float(np.percentile(heights[keep], 75))
