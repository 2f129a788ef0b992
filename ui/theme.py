"""A calm light theme on top of Fusion: one stylesheet, one palette, same on every OS."""
from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
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
QPushButton {{ padding: 6px 14px; border-radius: 6px; border: 1px solid #cfd3dc; background: white; }}
QPushButton:hover {{ background: #f0f3f8; }}
QPushButton:disabled {{ color: #a9adb8; }}
QPushButton#linkButton {{ border: none; background: transparent; color: {ACCENT}; padding: 2px 4px; }}
QPushButton#linkButton:hover {{ text-decoration: underline; }}
QComboBox {{ padding: 4px 26px 4px 8px; border-radius: 6px; border: 1px solid #cfd3dc; background: white;
    min-height: 20px; }}
QComboBox:hover {{ border-color: #9fb3d9; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 22px; border: none; }}
QComboBox::down-arrow {{ image: url(@RES@/chevron_down.svg); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{ border: 1px solid #cfd3dc; background: white; selection-background-color: #e1e9fb;
    selection-color: #1f2330; outline: none; }}
QStatusBar {{ background: #ffffff; border-top: 1px solid #e3e5ea; color: #5b5f6b; }}
QStatusBar QLabel {{ color: #5b5f6b; padding: 0 6px; }}

QFrame#dropZone {{ border: 2px dashed #b6c3dd; border-radius: 16px; background: #ffffff; }}
QFrame#dropZone[active="true"] {{ border-color: {ACCENT}; background: #eef3fd; }}
QLabel#dropTitle {{ font-size: 20pt; font-weight: 600; color: #1f2330; }}
QLabel#dropHelp {{ font-size: 11pt; color: #5b5f6b; }}
QLabel#privacyNote {{ color: #6b7080; }}
QLabel#sectionTitle {{ font-size: 10pt; font-weight: 600; color: #5b5f6b; text-transform: uppercase; }}
QListWidget#recentList {{ border: 1px solid #e3e5ea; border-radius: 10px; background: white; padding: 4px; }}
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
QLineEdit, QPlainTextEdit {{ border: 1px solid #cfd3dc; border-radius: 6px; padding: 5px 6px; background: white; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{ border-color: {ACCENT}; }}
QListWidget {{ border: 1px solid #e3e5ea; border-radius: 6px; background: white; outline: 0; }}
QListWidget::item {{ padding: 4px 4px; }}
QTableWidget {{ outline: 0; background: white; border: 1px solid #e3e5ea; border-radius: 8px; gridline-color: #eef0f3; }}
QHeaderView::section {{ background: #f6f7f9; border: none; border-bottom: 1px solid #e3e5ea; padding: 6px;
    font-weight: 600; color: #3a3d45; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f2330"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f2330"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1f2330"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#1f2330"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8b8d98"))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    from .icons import resource_dir

    app.setStyleSheet(STYLESHEET.replace("@RES@", resource_dir().as_posix()))
