"""What the user does to the boxes: draw, move, switch off, delete, select, nudge with the keys, and
look at the original (before/after). Every change goes through the document's undo stack."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

from redactor.findings import Box

ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


class ReviewEditor(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.window = window
        self.showing_original = False
        self.held_original = False  # Space is down

    def connect_views(self) -> None:
        win = self.window
        win.canvas.box_drawn.connect(self.on_box_drawn)
        win.canvas.boxes_edited.connect(self.on_boxes_edited)
        win.canvas.selection_changed.connect(self.on_canvas_selection)
        win.canvas.zoom_changed.connect(lambda factor: win.status_zoom.setText(f"{round(factor * 100)} %"))
        win.canvas.found_box_held.connect(self.explain_found_boxes)
        win.canvas.installEventFilter(self)
        win.panel.enabled_requested.connect(self.on_enabled_requested)
        win.panel.selection_changed.connect(self.on_panel_selection)
        win.panel.zoom_requested.connect(self.zoom_to_region)

    @property
    def doc(self):  # noqa: ANN201 - ReviewDocument or None
        return self.window.doc

    # Edits from the view and the panel ------------------------------------------------------------

    def on_box_drawn(self, box: Box) -> None:
        if self.doc is None or self.window.session.busy:
            return
        region = self.doc.add_box(box)
        if region is not None:
            self.window.refresh()
            self.window.canvas.select_regions([region.id])
            self.window.panel.select_regions([region.id])

    def on_boxes_edited(self, edits: list) -> None:
        if self.doc is None:
            return
        # A found box may grow, never uncover its value: that takes an explicit untick or Delete.
        edits = [(rid, index, self.doc.regions[rid].keeping_found(index, box)) for rid, index, box in edits
                 if rid in self.doc.regions]
        if len(edits) > 1:
            self.doc.undo_stack.beginMacro(self.tr("Move boxes"))
        for region_id, index, box in edits:
            self.doc.set_box(region_id, index, box)
        if len(edits) > 1:
            self.doc.undo_stack.endMacro()

    def on_enabled_requested(self, ids: list, enabled: bool) -> None:
        if self.doc is not None:
            self.doc.set_enabled(ids, enabled)

    def on_canvas_selection(self, ids: list) -> None:
        self.window.panel.select_regions(ids)
        self.window.update_actions()

    def on_panel_selection(self, ids: list) -> None:
        self.window.canvas.select_regions(ids)
        self.window.update_actions()

    def undo(self) -> None:
        if self.doc is not None:
            self.doc.undo_stack.undo()

    def redo(self) -> None:
        if self.doc is not None:
            self.doc.undo_stack.redo()

    def delete_selected(self) -> None:
        if self.doc is not None:
            ids = self.window.canvas.selected_ids() or self.window.panel.selected_ids()
            self.doc.remove(ids)

    def select_all(self) -> None:
        if self.doc is not None:
            ids = list(self.doc.regions)
            self.window.canvas.select_regions(ids)
            self.window.panel.select_regions(ids)

    def zoom_to_region(self, region_id: int) -> None:
        items = self.window.canvas.items_for(region_id)
        if items:
            rect = items[0].sceneBoundingRect()
            for item in items[1:]:
                rect = rect.united(item.sceneBoundingRect())
            self.window.canvas.zoom_to(rect)

    def select_next(self, direction: int = 1) -> None:
        """Tab / Shift+Tab: jump to the next box, in reading order."""
        ids = list(self.doc.regions) if self.doc else []
        if not ids:
            return
        current = self.window.canvas.selected_ids()
        index = (ids.index(current[0]) + direction) % len(ids) if current and current[0] in ids else 0
        self.window.canvas.select_regions([ids[index]])
        self.window.panel.select_regions([ids[index]])

    def nudge_selected(self, dx: int, dy: int) -> None:
        """Arrow keys move the selected boxes you drew by 1 px (Shift: 10 px), one undo step; found
        boxes stay over their values."""
        edits = []
        selected = [self.doc.regions[rid] for rid in self.window.canvas.selected_ids()]
        for region in selected:
            if region.found:
                continue
            for index, box in enumerate(region.boxes):
                edits.append((region.id, index, Box(box.left + dx, box.top + dy, box.width, box.height)))
        if len(edits) < sum(len(region.boxes) for region in selected):
            self.explain_found_boxes()
        self.on_boxes_edited(edits)

    def explain_found_boxes(self) -> None:
        self.window.statusBar().showMessage(self.tr(
            "A found box stays over its value. With Edit, drag its edges to make it larger; "
            "to leave the value visible, untick it in the list."), 10000)

    def set_tool(self, tool: str) -> None:
        self.window.canvas.set_tool(tool)
        for name, value in (("toolDraw", "draw"), ("toolEdit", "edit"), ("toolPan", "pan")):
            self.window.action(name).setChecked(tool == value)

    def on_style_combo(self, index: int) -> None:
        style = self.window.style_combo.itemData(index)
        if self.doc is not None and style:
            self.doc.set_style(style)

    def on_doc_style(self, style: str) -> None:
        combo = self.window.style_combo
        index = combo.findData(style)
        if index >= 0 and index != combo.currentIndex():
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    # Before/after ---------------------------------------------------------------------------------

    def toggle_original(self) -> None:
        self.apply_original()

    def show_original(self, on: bool) -> None:
        """Before/after as a lasting choice (the O key and the toolbar button)."""
        if self.window.action("showOriginal").isChecked() != on:
            self.window.action("showOriginal").setChecked(on)
        self.apply_original()

    def hold_original(self, on: bool) -> None:
        """While Space is held; releasing it goes back to the lasting choice."""
        self.held_original = on
        self.apply_original()

    def apply_original(self) -> None:
        win = self.window
        on = self.doc is not None and (win.action("showOriginal").isChecked() or self.held_original)
        if on == self.showing_original:
            return
        self.showing_original = on
        self.toggle_boxes()
        win.refresh_pixmap()

    def reset_original(self) -> None:
        """A new document starts on the safe copy."""
        self.window.action("showOriginal").setChecked(False)
        self.showing_original = False

    def boxes_visible(self) -> bool:
        return self.window.action("showBoxes").isChecked() and not self.showing_original

    def toggle_boxes(self) -> None:
        self.window.canvas.set_boxes_visible(self.boxes_visible())

    # Keys on the image ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        canvas = self.window.canvas
        if watched is not canvas or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if event.key() == Qt.Key.Key_Escape:
            if not canvas.cancel_drawing():
                canvas.scene().clearSelection()
            return True
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.doc is not None:
            self.select_next(-1 if event.key() == Qt.Key.Key_Backtab else 1)
            return True
        if event.key() in ARROWS and self.doc is not None and canvas.selected_ids():
            step = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            dx, dy = ARROWS[event.key()]
            self.nudge_selected(dx * step, dy * step)
            return True
        return super().eventFilter(watched, event)
