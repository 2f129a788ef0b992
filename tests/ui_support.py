"""Shared helpers for the desktop-app tests (imported by tests/test_ui*.py)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

NIK = "3273015507879901"
PHONE = "0812-3456-7890"


def font(size: int = 40) -> ImageFont.FreeTypeFont:
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "arial.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def sample_image() -> Image.Image:
    """A white page with a NIK line and a phone line in a large clear font."""
    image = Image.new("RGB", (1000, 420), "white")
    draw = ImageDraw.Draw(image)
    f = font(40)
    draw.text((40, 40), f"NIK: {NIK}", fill="black", font=f)
    draw.text((40, 160), f"HP {PHONE}", fill="black", font=f)
    draw.text((40, 290), "Rapat koordinasi hari Senin", fill="black", font=f)
    return image


def write_sample(path: Path, with_metadata: bool = True) -> Path:
    image = sample_image()
    if with_metadata:
        from PIL import PngImagePlugin

        exif = Image.Exif()
        exif[271] = "Canon"          # camera make
        exif[272] = "Canon EOS 80D"  # camera model
        info = PngImagePlugin.PngInfo()
        info.add_text("Author", "Budi Santoso")
        image.save(path, "PNG", exif=exif.tobytes(), pnginfo=info)
    else:
        image.save(path, "PNG")
    return path


def long_page(path: Path) -> Path:
    """150 lines with a NIK and a phone number on each: seconds of OCR on any machine, so that a test can
    act while an analysis is still running."""
    image = Image.new("RGB", (3000, 4540), "white")
    draw = ImageDraw.Draw(image)
    for i in range(150):
        draw.text((20, 20 + 30 * i), f"Baris {i:03d}: Budi Santoso NIK 3273015507879{i:03d} HP 0812-3456-{i:04d} "
                  "rapat koordinasi Senin pagi di kantor kecamatan", fill="black", font=font(20))
    image.save(path)
    return path


def ink_fraction(image: Image.Image, box: tuple[int, int, int, int], dark: int = 60) -> float:
    """Share of near-black pixels inside (left, top, right, bottom)."""
    region = np.asarray(image.convert("L").crop(box))
    return float((region < dark).mean())


def make_settings(tmp_path: Path):  # noqa: ANN201
    from redactor.ui.settings import Settings

    return Settings(tmp_path / "redactor-ui.ini", config_path=tmp_path / "config.toml")


def show_review_window(qtbot, settings, size: tuple[int, int] | None = (1200, 800)):  # noqa: ANN001, ANN201
    """A review window in English, shown, closed with the test; it never asks about unsaved edits."""
    from redactor.ui import language as i18n
    from redactor.ui.app import make_app
    from redactor.ui.review import MainWindow

    make_app()
    i18n.install("en")
    win = MainWindow(settings)
    win.ask_before_discarding = False  # tests close windows with edits in them
    qtbot.addWidget(win)
    if size:
        win.resize(*size)
    win.show()
    return win


@pytest.fixture(name="window")
def review_window(qtbot, tmp_path, tesseract):  # noqa: ANN001, ANN201
    """The `window` fixture of the tests that read real images: a review window in English with
    settings of its own; English is put back after the test. Import it by this name."""
    from redactor.ui import language as i18n

    win = show_review_window(qtbot, make_settings(tmp_path))
    yield win
    i18n.install("en")


def analysed(window) -> bool:  # noqa: ANN001
    """The window's image is read and its findings are shown."""
    return window.doc is not None and window.doc.analysed and not window.session.busy


def view_point(win, x: float, y: float):  # noqa: ANN001, ANN201 - QPoint
    """The canvas viewport's point over image pixel (x, y)."""
    from PySide6.QtCore import QPointF

    return win.canvas.mapFromScene(QPointF(x, y))


def mouse_drag(win, start: tuple[float, float], end: tuple[float, float], steps: int = 4) -> None:  # noqa: ANN001
    """Press, move in steps and release on the canvas's viewport (image coordinates), as a hand on a
    mouse does."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    viewport = win.canvas.viewport()
    p0, p1 = view_point(win, *start), view_point(win, *end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
    for step in range(1, steps + 1):
        QTest.mouseMove(viewport, QPoint(p0.x() + (p1.x() - p0.x()) * step // steps,
                                         p0.y() + (p1.y() - p0.y()) * step // steps))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p1)


def on_next_modal(handle):  # noqa: ANN001, ANN201
    """Run `handle(dialog)` on the next modal dialog, from inside its own event loop; returns a list
    that receives what `handle` returned."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    got: list = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        got.append(handle(dialog))

    QTimer.singleShot(0, poll)
    return got
