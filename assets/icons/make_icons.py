"""Draw the Redactor app icon: SVG source plus PNG, ICO and ICNS renderings.

Run from the repository root:  python assets/icons/make_icons.py
Writes into assets/icons/ and copies the set the installer needs into
redactor/integrate/icons/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
PACKAGE_ICONS = HERE.parent.parent / "redactor" / "integrate" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Geometry on a 256-unit canvas, shared by the SVG and the raster drawing.
BACKGROUND = "#1F6FEB"
PAGE = "#FFFFFF"
FOLD = "#C9D6EA"
LINE = "#9AA8BC"
BAR = "#111111"

SVG = f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Redactor</title>
  <rect x="8" y="8" width="240" height="240" rx="52" ry="52" fill="{BACKGROUND}"/>
  <path d="M68 40 H156 L196 80 V216 H68 Z" fill="{PAGE}"/>
  <path d="M156 40 V80 H196 Z" fill="{FOLD}"/>
  <rect x="88" y="96" width="88" height="12" rx="6" fill="{LINE}"/>
  <rect x="84" y="124" width="100" height="28" rx="4" fill="{BAR}"/>
  <rect x="88" y="168" width="72" height="12" rx="6" fill="{LINE}"/>
  <rect x="88" y="192" width="52" height="12" rx="6" fill="{LINE}"/>
</svg>
"""


def render(size: int) -> Image.Image:
    """Draw the icon at 4x the target size and downscale, for clean edges."""
    scale = size * 4 / 256
    big = Image.new("RGBA", (size * 4, size * 4), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, ...]:
        return (x0 * scale, y0 * scale, x1 * scale, y1 * scale)

    draw.rounded_rectangle(box(8, 8, 248, 248), radius=52 * scale, fill=BACKGROUND)
    page = [(68, 40), (156, 40), (196, 80), (196, 216), (68, 216)]
    draw.polygon([(x * scale, y * scale) for x, y in page], fill=PAGE)
    fold = [(156, 40), (156, 80), (196, 80)]
    draw.polygon([(x * scale, y * scale) for x, y in fold], fill=FOLD)
    if size >= 32:
        draw.rounded_rectangle(box(88, 96, 176, 108), radius=6 * scale, fill=LINE)
        draw.rounded_rectangle(box(88, 168, 160, 180), radius=6 * scale, fill=LINE)
        draw.rounded_rectangle(box(88, 192, 140, 204), radius=6 * scale, fill=LINE)
    draw.rounded_rectangle(box(84, 124, 184, 152), radius=4 * scale, fill=BAR)
    return big.resize((size, size), Image.LANCZOS)


def main() -> None:
    (HERE / "redactor.svg").write_text(SVG, encoding="utf-8")
    images = {size: render(size) for size in SIZES}
    for size, image in images.items():
        image.save(HERE / f"redactor-{size}.png", optimize=True)
    images[256].save(
        HERE / "redactor.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    )
    images[512].save(HERE / "redactor.icns")

    PACKAGE_ICONS.mkdir(parents=True, exist_ok=True)
    for name in ["redactor.svg", "redactor.ico"] + [f"redactor-{s}.png" for s in SIZES]:
        shutil.copyfile(HERE / name, PACKAGE_ICONS / name)


if __name__ == "__main__":
    main()
