"""Toolbar icons: small stroke SVGs in ui/resources, coloured for the current palette.

Falls back to QStyle standard icons when an SVG is missing, so a broken
install still shows something recognisable.
"""
from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

try:
    from PySide6.QtSvg import QSvgRenderer
except ImportError:  # pragma: no cover - QtSvg ships with PySide6-Essentials
    QSvgRenderer = None

_FALLBACK = {
    "open": QStyle.StandardPixmap.SP_DialogOpenButton, "save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "undo": QStyle.StandardPixmap.SP_ArrowBack, "redo": QStyle.StandardPixmap.SP_ArrowForward,
    "batch": QStyle.StandardPixmap.SP_DirIcon, "settings": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning, "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical, "folder": QStyle.StandardPixmap.SP_DirOpenIcon,
}


def resource_dir() -> Path:
    return Path(str(resources.files("redactor.ui") / "resources"))


def icon(name: str, colour: str | None = None, size: int = 20) -> QIcon:
    """`name`.svg drawn in `colour` (default: the theme's icon colour)."""
    from . import theme

    return _icon(name, colour or theme.colour("#3a3d45"), size, theme.colour("#b4b6be"))


@functools.lru_cache(maxsize=256)
def _icon(name: str, colour: str, size: int, disabled_colour: str) -> QIcon:
    path = resource_dir() / f"{name}.svg"
    if QSvgRenderer is not None and path.is_file():
        svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
        result = QIcon()
        for scale in (1, 2):
            renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            image = QImage(QSize(size * scale, size * scale), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(scale)
            result.addPixmap(pixmap)
        disabled = svg.replace(colour, disabled_colour)
        renderer = QSvgRenderer(QByteArray(disabled.encode("utf-8")))
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        result.addPixmap(QPixmap.fromImage(image), QIcon.Mode.Disabled)
        return result
    standard = _FALLBACK.get(name)
    if standard is not None and QApplication.instance() is not None:
        return QApplication.style().standardIcon(standard)
    return QIcon()


def app_icon() -> QIcon:
    """The Redactor icon from the integrate package data or the source tree's assets/icons."""
    candidates = []
    try:
        candidates.append(Path(str(resources.files("redactor.integrate") / "icons")))
    except (ModuleNotFoundError, TypeError):
        pass
    candidates.append(Path(__file__).resolve().parent.parent / "assets" / "icons")
    result = QIcon()
    for folder in candidates:
        for size in (16, 24, 32, 48, 64, 128, 256):
            png = folder / f"redactor-{size}.png"
            if png.is_file():
                result.addFile(str(png), QSize(size, size))
        if not result.isNull():
            return result
    return result
