"""A calm theme on top of Fusion, light or dark as the computer is: one stylesheet, same on every OS.

The stylesheet is written in its light colours; the dark theme swaps each of them for its
counterpart in one pass (DARK), so the two can never drift apart in structure.
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#2f6fde"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: #f6f7f9; }}
QToolBar#mainToolbar, QToolBar#fileToolbar {{ background: #ffffff; border: none; border-bottom: 1px solid #e3e5ea;
    padding: 4px 8px; spacing: 2px; }}
QToolBar QToolButton {{ padding: 5px 7px; border-radius: 6px; color: #2b2e36; }}
QToolBar QToolButton:hover {{ background: #eef1f6; }}
QToolBar QToolButton:checked {{ background: #e1e9fb; color: {ACCENT}; }}
QToolBar QToolButton:disabled {{ color: #a9adb8; }}
QToolButton#primaryButton, QPushButton#primaryButton {{ background: {ACCENT}; color: white; font-weight: 600;
    border: none; border-radius: 6px; padding: 6px 14px; }}
QToolButton#primaryButton:hover, QPushButton#primaryButton:hover {{ background: #255fc7; }}
QToolButton#primaryButton:disabled, QPushButton#primaryButton:disabled {{ background: #b8c7e8; }}
QPushButton {{ padding: 6px 14px; border-radius: 6px; border: 1px solid #cfd3dc; background: #ffffff; }}
QPushButton:hover {{ background: #f0f3f8; }}
QPushButton:disabled {{ color: #a9adb8; }}
QPushButton#linkButton {{ border: none; background: transparent; color: {ACCENT}; padding: 2px 4px; }}
QPushButton#linkButton:hover {{ text-decoration: underline; }}
QComboBox {{ padding: 4px 26px 4px 8px; border-radius: 6px; border: 1px solid #cfd3dc; background: #ffffff;
    min-height: 20px; }}
QComboBox:hover {{ border-color: #9fb3d9; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 22px; border: none; }}
QComboBox::down-arrow {{ image: url(@RES@/chevron_down.svg); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{ border: 1px solid #cfd3dc; background: #ffffff; selection-background-color: #e1e9fb;
    selection-color: #1f2330; outline: none; }}
QStatusBar {{ background: #ffffff; border-top: 1px solid #e3e5ea; color: #5b5f6b; }}
QStatusBar QLabel {{ color: #5b5f6b; padding: 0 6px; }}

QScrollArea#startScroll, QWidget#startContent {{ background: transparent; border: none; }}
QFrame#dropZone {{ border: 2px dashed #b6c3dd; border-radius: 16px; background: #ffffff; }}
QFrame#dropZone[active="true"] {{ border-color: {ACCENT}; background: #eef3fd; }}
QLabel#dropTitle {{ font-size: 20pt; font-weight: 600; color: #1f2330; }}
QLabel#dropHelp {{ font-size: 11pt; color: #5b5f6b; }}
QLabel#privacyNote {{ color: #6b7080; }}
QFrame#stepCard {{ background: #ffffff; border: 1px solid #e3e5ea; border-radius: 10px; }}
QLabel#stepNumber {{ background: {ACCENT}; color: white; border-radius: 13px; font-weight: 700; }}
QLabel#stepTitle {{ font-weight: 600; color: #1f2330; }}
QLabel#stepText {{ color: #5b5f6b; }}
QLabel#sectionTitle {{ font-size: 10pt; font-weight: 600; color: #5b5f6b; text-transform: uppercase; }}
QListWidget#recentList {{ border: 1px solid #e3e5ea; border-radius: 10px; background: #ffffff; padding: 4px; }}
QListWidget#recentList::item {{ padding: 6px 8px; border-radius: 6px; }}
QListWidget#recentList::item:hover {{ background: #eef1f6; }}
QListWidget#recentList::item:selected {{ background: #e1e9fb; color: #1f2330; }}

QFrame#banner {{ border-radius: 10px; padding: 2px; }}
QFrame#banner[level="ok"] {{ background: #e9f6ec; border: 1px solid #b7dfc0; }}
QFrame#banner[level="info"] {{ background: #eef3fd; border: 1px solid #c6d6f5; }}
QFrame#banner[level="warn"] {{ background: #fff4e0; border: 1px solid #f3cf8c; }}
QFrame#banner[level="danger"] {{ background: #fdecec; border: 1px solid #f0b3b3; }}
QLabel#bannerTitle {{ font-size: 11pt; font-weight: 600; color: #1f2330; }}
QLabel#bannerText {{ color: #3a3d45; }}

QWidget#sidePanel {{ background: #ffffff; border-left: 1px solid #e3e5ea; }}
QLabel#panelTitle {{ font-size: 11pt; font-weight: 600; color: #1f2330; padding: 4px 2px; }}
QLabel#panelHint, QLabel#panelEmpty {{ color: #6b7080; }}
QTreeWidget#findingsTree {{ border: none; background: #ffffff; outline: 0; }}
QTreeWidget#findingsTree::item {{ padding: 3px 0; }}
QTreeWidget#findingsTree::item:selected {{ background: #e1e9fb; color: #1f2330; }}
QLabel#metaNote {{ color: #3a3d45; }}

QFrame#busyCard {{ background: rgba(255,255,255,235); border-radius: 12px; border: 1px solid #e3e5ea; }}
QLabel#busyText {{ font-size: 11pt; color: #1f2330; }}
QProgressBar {{ border: none; background: #e6e9ef; border-radius: 4px; height: 8px; text-align: center; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
QGroupBox {{ font-weight: 600; border: 1px solid #e3e5ea; border-radius: 8px; margin-top: 16px;
    padding: 12px 10px 8px 10px; background: #ffffff; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #3a3d45; }}
QGroupBox QRadioButton, QGroupBox QLineEdit, QGroupBox QPushButton {{ font-weight: normal; }}
QTabWidget::pane {{ border: 1px solid #e3e5ea; border-radius: 8px; background: #ffffff; top: -1px; }}
QTabBar::tab {{ padding: 7px 16px; border: 1px solid transparent; border-bottom: none; color: #5b5f6b;
    border-top-left-radius: 6px; border-top-right-radius: 6px; }}
QTabBar::tab:selected {{ background: #ffffff; border-color: #e3e5ea; color: #1f2330; font-weight: 600; }}
QLineEdit, QPlainTextEdit {{ border: 1px solid #cfd3dc; border-radius: 6px; padding: 5px 6px; background: #ffffff; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{ border-color: {ACCENT}; }}
QListWidget {{ border: 1px solid #e3e5ea; border-radius: 6px; background: #ffffff; outline: 0; }}
QListWidget::item {{ padding: 4px 4px; }}
QTableWidget {{ outline: 0; background: #ffffff; border: 1px solid #e3e5ea; border-radius: 8px; gridline-color: #eef0f3; }}
QHeaderView::section {{ background: #f6f7f9; border: none; border-bottom: 1px solid #e3e5ea; padding: 6px;
    font-weight: 600; color: #3a3d45; }}
"""


# Light colour -> dark counterpart. Accent, warning and danger hues stay; surfaces and text invert.
DARK = {
    "#f6f7f9": "#1e1f23", "#ffffff": "#2a2c31", "#e3e5ea": "#3b3e46", "#2b2e36": "#e3e5ea", "#eef1f6": "#34373e",
    "#e1e9fb": "#23375e", "#a9adb8": "#6b7080", "#255fc7": "#4a82ea", "#b8c7e8": "#34466b", "#cfd3dc": "#4a4e57",
    "#f0f3f8": "#34373e", "#9fb3d9": "#5a77b0", "#1f2330": "#eceef2", "#5b5f6b": "#a9adb8", "#b6c3dd": "#4a5a7a",
    "#eef3fd": "#1f2b44", "#6b7080": "#8b90a0", "#e9f6ec": "#1c3324", "#b7dfc0": "#2f5a3a", "#c6d6f5": "#2f4470",
    "#fff4e0": "#3a2e17", "#f3cf8c": "#6b5326", "#fdecec": "#3d1f21", "#f0b3b3": "#6e3434", "#3a3d45": "#d0d3da",
    "#e6e9ef": "#3b3e46", "#eef0f3": "#33363c", "#8b8d98": "#7d8190", "#b4b6be": "#5b5f6b",
    "rgba(255,255,255,235)": "rgba(42,44,49,235)",
}
_DARK_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(DARK, key=len, reverse=True)), re.IGNORECASE)
THEMES = ("auto", "light", "dark")
_current = "light"


def colour(light: str) -> str:
    """`light` as the current theme shows it (widgets that paint their own colours use this)."""
    return DARK.get(light.lower(), light) if _current == "dark" else light


def current() -> str:
    return _current


def system_is_dark() -> bool:
    """The computer's own light/dark choice (Windows, macOS, GNOME/KDE through Qt's platform theme)."""
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str = "auto") -> str:
    if choice in ("light", "dark"):
        return choice
    return "dark" if system_is_dark() else "light"


def _palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#f6f7f9", QPalette.ColorRole.WindowText: "#1f2330",
        QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f6f7f9",
        QPalette.ColorRole.Text: "#1f2330", QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#1f2330", QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#8b8d98",
    }
    for role, light in roles.items():
        palette.setColor(role, QColor(light if role == QPalette.ColorRole.HighlightedText else colour(light)))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#1f2330"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#ffffff"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour("#a9adb8")))
    return palette


def apply(app: QApplication, choice: str = "auto") -> str:
    """Style `app` light or dark (`choice`: auto follows the computer); returns the theme in effect."""
    global _current
    _current = resolve(choice)
    if app.property("redactor_theme") == _current:
        # Already styled so: re-applying a style sheet re-polishes every widget alive, for nothing
        # (and, in a test run, under widgets of earlier tests that are being torn down).
        return _current
    app.setProperty("redactor_theme", _current)
    app.setStyle("Fusion")
    app.setPalette(_palette())
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    from .icons import resource_dir

    sheet = STYLESHEET.replace("@RES@", resource_dir().as_posix())
    if _current == "dark":
        sheet = _DARK_PATTERN.sub(lambda m: DARK[m.group(0).lower()], sheet)
    app.setStyleSheet(sheet)
    return _current


def follow_system(app: QApplication, choice_of) -> None:  # noqa: ANN001 - () -> str
    """Re-style when the computer switches between light and dark while the app runs (choice "auto")."""
    hints = QGuiApplication.styleHints()
    if hints is not None:
        hints.colorSchemeChanged.connect(lambda _scheme: choice_of() == "auto" and apply(app, "auto"))
