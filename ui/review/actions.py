"""Every command of the review window, written once: its slot, keys, icon and words.

The table feeds the menus, the tooltips (which name the key), the words under the toolbar icons and
the keyboard-shortcut list (F1), so a key changed here changes everywhere it is shown.
Keys that are not commands (Tab, the arrow keys, Space held down, Esc) are listed in `CANVAS_KEYS`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction, QKeySequence

from ..icons import icon

CTX = "Actions"
K = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str                      # object name; `MainWindow.action(name)` finds it
    slot: str                      # a window method, or a dotted path from the window ("canvas.fit")
    text: str                      # menu text, with its & mnemonic
    tip: str = ""                  # tooltip; the first key is added in brackets
    keys: tuple = ()               # QKeySequence.StandardKey or portable key strings
    icon: str | None = None
    icon_text: str = ""            # one or two words under a toolbar icon
    help: str = ""                 # the line in the shortcut list; empty: the tooltip, else the menu text
    checkable: bool = False
    checked: bool = False
    argument: object = None        # passed to the slot (set_tool("draw"))


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("open", "open_dialog", QT_TRANSLATE_NOOP("Actions", "&Open image…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Open an image"), keys=(K.Open,), icon="open",
               icon_text=QT_TRANSLATE_NOOP("Actions", "Open")),
    ActionSpec("paste", "paste", QT_TRANSLATE_NOOP("Actions", "&Paste image"),
               tip=QT_TRANSLATE_NOOP("Actions", "Paste a screenshot from the clipboard"), keys=(K.Paste,),
               icon="paste", icon_text=QT_TRANSLATE_NOOP("Actions", "Paste"),
               help=QT_TRANSLATE_NOOP("Actions", "Paste a screenshot")),
    ActionSpec("save", "exporter.save", QT_TRANSLATE_NOOP("Actions", "&Save safe copy"),
               tip=QT_TRANSLATE_NOOP("Actions", "Save a safe copy beside the original"), keys=(K.Save,), icon="save",
               help=QT_TRANSLATE_NOOP("Actions", "Save the safe copy beside the original")),
    ActionSpec("saveAs", "exporter.save_as", QT_TRANSLATE_NOOP("Actions", "Save safe copy &as…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Choose where to save the safe copy"), keys=("Ctrl+Shift+S",),
               help=QT_TRANSLATE_NOOP("Actions", "Save as…")),
    ActionSpec("copy", "exporter.copy_to_clipboard", QT_TRANSLATE_NOOP("Actions", "&Copy"),
               tip=QT_TRANSLATE_NOOP("Actions", "Copy the safe image, to paste into a chat or post"), keys=(K.Copy,),
               icon="copy", help=QT_TRANSLATE_NOOP("Actions", "Copy the safe image")),
    ActionSpec("watermark", "open_watermark", QT_TRANSLATE_NOOP("Actions", "&Watermark for one purpose…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Write who an ID-card copy is for across it, so it cannot be reused")),
    ActionSpec("batch", "open_batch", QT_TRANSLATE_NOOP("Actions", "&Many files…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Cover personal data in many files at once"), keys=("Ctrl+B",),
               icon="batch", icon_text=QT_TRANSLATE_NOOP("Actions", "Many files"),
               help=QT_TRANSLATE_NOOP("Actions", "Many files"), argument=()),
    ActionSpec("closeImage", "close_image", QT_TRANSLATE_NOOP("Actions", "&Close image"), keys=(K.Close,)),
    ActionSpec("quit", "close", QT_TRANSLATE_NOOP("Actions", "&Quit"), keys=("Ctrl+Q",)),
    # Edit
    ActionSpec("undo", "editor.undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), tip=QT_TRANSLATE_NOOP("Actions", "Undo"),
               keys=(K.Undo,), icon="undo", icon_text=QT_TRANSLATE_NOOP("Actions", "Undo")),
    ActionSpec("redo", "editor.redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), tip=QT_TRANSLATE_NOOP("Actions", "Redo"),
               keys=("Ctrl+Shift+Z", "Ctrl+Y"), icon="redo", icon_text=QT_TRANSLATE_NOOP("Actions", "Redo")),
    ActionSpec("delete", "editor.delete_selected", QT_TRANSLATE_NOOP("Actions", "&Delete box"),
               tip=QT_TRANSLATE_NOOP("Actions", "Delete the selected box"), keys=(K.Delete, "Backspace"),
               icon="delete", icon_text=QT_TRANSLATE_NOOP("Actions", "Delete")),
    ActionSpec("selectAll", "editor.select_all", QT_TRANSLATE_NOOP("Actions", "Select &all boxes"),
               keys=(K.SelectAll,)),
    ActionSpec("rescan", "session.rescan", QT_TRANSLATE_NOOP("Actions", "&Scan again"), keys=("F5",)),
    ActionSpec("settings", "open_settings", QT_TRANSLATE_NOOP("Actions", "S&ettings…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Settings"), keys=("Ctrl+,",), icon="settings",
               icon_text=QT_TRANSLATE_NOOP("Actions", "Settings")),
    # View
    ActionSpec("toolDraw", "editor.set_tool", QT_TRANSLATE_NOOP("Actions", "&Draw boxes"),
               tip=QT_TRANSLATE_NOOP("Actions", "Drag on the image to cover more"), keys=("R",), icon="draw",
               icon_text=QT_TRANSLATE_NOOP("Actions", "Draw"), help=QT_TRANSLATE_NOOP("Actions", "Draw boxes"),
               checkable=True, checked=True, argument="draw"),
    ActionSpec("toolEdit", "editor.set_tool", QT_TRANSLATE_NOOP("Actions", "&Edit boxes"),
               tip=QT_TRANSLATE_NOOP("Actions", "Click a box to pick it, drag its edges to make it larger, "
                                                "drag a box you drew to move it"),
               keys=("V",), icon="select", icon_text=QT_TRANSLATE_NOOP("Actions", "Edit"),
               help=QT_TRANSLATE_NOOP("Actions", "Edit boxes"), checkable=True, argument="edit"),
    ActionSpec("toolPan", "editor.set_tool", QT_TRANSLATE_NOOP("Actions", "&Move the view"),
               tip=QT_TRANSLATE_NOOP("Actions", "Drag to move around the image"), keys=("H",), icon="pan",
               icon_text=QT_TRANSLATE_NOOP("Actions", "Move"), help=QT_TRANSLATE_NOOP("Actions", "Move the view"),
               checkable=True, argument="pan"),
    ActionSpec("zoomIn", "canvas.zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"),
               tip=QT_TRANSLATE_NOOP("Actions", "Zoom in"), keys=("Ctrl++", "Ctrl+="), icon="zoom_in",
               icon_text=QT_TRANSLATE_NOOP("Actions", "Larger")),
    ActionSpec("zoomOut", "canvas.zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"),
               tip=QT_TRANSLATE_NOOP("Actions", "Zoom out"), keys=("Ctrl+-",), icon="zoom_out",
               icon_text=QT_TRANSLATE_NOOP("Actions", "Smaller")),
    ActionSpec("fit", "canvas.fit", QT_TRANSLATE_NOOP("Actions", "&Fit to window"),
               tip=QT_TRANSLATE_NOOP("Actions", "Fit to window"), keys=("Ctrl+0",), icon="fit",
               icon_text=QT_TRANSLATE_NOOP("Actions", "Fit")),
    ActionSpec("actualSize", "canvas.actual_size", QT_TRANSLATE_NOOP("Actions", "&Actual size"), keys=("Ctrl+1",)),
    ActionSpec("showOriginal", "editor.toggle_original", QT_TRANSLATE_NOOP("Actions", "Before/after"),
               tip=QT_TRANSLATE_NOOP("Actions", "Show the original; hold Space for a quick look"), keys=("O",),
               icon="compare", checkable=True),
    ActionSpec("showBoxes", "editor.toggle_boxes", QT_TRANSLATE_NOOP("Actions", "Show &outlines"), keys=("Ctrl+H",),
               checkable=True, checked=True),
    # Help
    ActionSpec("shortcuts", "show_shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), keys=("F1",)),
    ActionSpec("about", "show_about", QT_TRANSLATE_NOOP("Actions", "&About Redactor")),
)

# None: a separator; "recent": the Open recent submenu.
MENUS: tuple[tuple[str, tuple], ...] = (
    (QT_TRANSLATE_NOOP("Actions", "&File"), ("open", "paste", "recent", None, "save", "saveAs", "copy", "watermark",
                                             None, "batch", None, "closeImage", "quit")),
    (QT_TRANSLATE_NOOP("Actions", "&Edit"), ("undo", "redo", None, "delete", "selectAll", None, "rescan", None,
                                             "settings")),
    (QT_TRANSLATE_NOOP("Actions", "&View"), ("toolDraw", "toolEdit", "toolPan", None, "zoomIn", "zoomOut", "fit", "actualSize",
                                             None, "showOriginal", "showBoxes")),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), ("shortcuts", "about")),
)

# Keys the image view handles itself: (key, what it does), shown after the commands in the list.
CANVAS_KEYS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Actions", "Tab"), QT_TRANSLATE_NOOP("Actions", "Next box")),
    (QT_TRANSLATE_NOOP("Actions", "Arrow keys"), QT_TRANSLATE_NOOP("Actions", "Move the selected box you drew (Shift: faster)")),
    (QT_TRANSLATE_NOOP("Actions", "Space (hold)"), QT_TRANSLATE_NOOP("Actions", "Show the original")),
    (QT_TRANSLATE_NOOP("Actions", "Esc"), QT_TRANSLATE_NOOP("Actions", "Cancel drawing")),
)


def translate(text: str) -> str:
    return QCoreApplication.translate(CTX, text) if text else ""


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for key in spec.keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences.extend(QKeySequence.keyBindings(key)[:1] or [QKeySequence(key)])
        else:
            sequences.append(QKeySequence(key))
    return sequences


def key_text(spec: ActionSpec) -> str:
    """The keys as the menus show them on this system: 'Ctrl+Shift+Z / Ctrl+Y'."""
    return " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in key_sequences(spec))


def resolve_slot(window: QObject, spec: ActionSpec) -> Callable:
    target: object = window
    for part in spec.slot.split("."):
        target = getattr(target, part)
    return target


def create_actions(window: QObject) -> dict[str, QAction]:
    """One QAction per table row, added to the window (so its keys work with no menu open)."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(window)
        action.setObjectName(spec.name)
        action.setShortcuts(key_sequences(spec))
        action.setCheckable(spec.checkable)
        action.setChecked(spec.checked)
        action.triggered.connect(_caller(window, spec))
        window.addAction(action)
        actions[spec.name] = action
    tint_action_icons(actions)
    return actions


def tint_action_icons(actions: dict[str, QAction]) -> None:
    """Draw the icons in the current theme's colour (again after a switch between light and dark)."""
    for spec in ACTIONS:
        if spec.icon:
            actions[spec.name].setIcon(icon(spec.icon))


def _caller(window: QObject, spec: ActionSpec) -> Callable[[], None]:
    # Resolved when triggered: the canvas is built after the actions.
    if spec.argument is None:
        return lambda _checked=False: resolve_slot(window, spec)()
    argument = list(spec.argument) if isinstance(spec.argument, tuple) else spec.argument
    return lambda _checked=False: resolve_slot(window, spec)(argument)


def retranslate_actions(actions: dict[str, QAction]) -> None:
    for spec in ACTIONS:
        action = actions[spec.name]
        text = translate(spec.text)
        action.setText(text)
        tip = translate(spec.tip) or text.replace("&", "")
        keys = key_text(spec) if spec.tip else ""
        action.setToolTip(f"{tip} ({keys.split(' / ')[0]})" if keys else tip)
        if spec.icon_text:
            action.setIconText(translate(spec.icon_text))


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for every command with a key, then the image view's own keys."""
    rows = [(key_text(spec), translate(spec.help or spec.tip) or translate(spec.text).replace("&", ""))
            for spec in ACTIONS if spec.keys]
    rows += [(translate(key), translate(text)) for key, text in CANVAS_KEYS]
    return rows
