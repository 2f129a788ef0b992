"""The image view: the covered preview, one outlined box per finding, zoom, pan and drawing."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QApplication, QGraphicsItem, QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsScene,
                               QGraphicsView, QStyleOptionGraphicsItem, QWidget)

from redactor.findings import Box

from .categories import category_colour, preview_text
from .document import Region, ReviewDocument

HANDLE_PX = 7  # grab distance for resizing, in screen pixels
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 16.0


def box_to_rect(box: Box) -> QRectF:
    return QRectF(box.left, box.top, box.width, box.height)


def rect_to_box(rect: QRectF) -> Box:
    rect = rect.normalized()
    return Box.from_edges(round(rect.left()), round(rect.top()), round(rect.right()), round(rect.bottom()))


class BoxItem(QGraphicsRectItem):
    """One box of one region. With the Edit tool it can be resized from its edges and corners, and a
    box the user drew can be moved; a found box stays over its value and can only grow."""

    def __init__(self, region: Region, index: int) -> None:
        super().__init__()
        self.region_id = region.id
        self.index = index
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(10)
        self.editable = False
        self._edges: tuple[bool, bool, bool, bool] | None = None  # left, top, right, bottom while resizing
        self._press_rect = QRectF()
        self.update_from(region)

    def update_from(self, region: Region) -> None:
        self.category = region.category
        self.enabled = region.enabled
        found = region.found_box(self.index)
        self.found_rect = box_to_rect(found) if found is not None else None
        self.setPos(0, 0)
        self.setRect(box_to_rect(region.boxes[self.index]))
        tip = preview_text(region.preview, region.category) + (
            f"  ({round(region.score * 100)} %)" if not region.manual else "")
        self.setToolTip(tip)
        self.set_editable(self.editable)
        self.update()

    @property
    def resizing(self) -> bool:
        return self._edges is not None

    @property
    def locked(self) -> bool:
        """A found box: it never moves off its value."""
        return self.found_rect is not None

    def set_editable(self, editable: bool) -> None:
        """Only the Edit tool moves and resizes boxes; drawing over a box never changes it."""
        self.editable = editable
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, editable and not self.locked)
        self.setAcceptHoverEvents(editable)
        if not editable:
            self.unsetCursor()
        self.update()

    # Painting ---------------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        colour = category_colour(self.category)
        selected = self.isSelected()
        pen = QPen(colour, 3 if selected else 2)
        pen.setCosmetic(True)
        if not self.enabled:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        fill = QColor(colour)
        fill.setAlpha(60 if selected else (0 if self.enabled else 25))
        painter.setBrush(QBrush(fill))
        painter.drawRect(self.rect())
        if selected and self.editable:  # handles only where they work
            scale = self._scale()
            size = HANDLE_PX / scale
            painter.setBrush(QBrush(QColor("white")))
            handle_pen = QPen(colour, 1.5)
            handle_pen.setCosmetic(True)
            painter.setPen(handle_pen)
            for point in self._handle_points():
                painter.drawRect(QRectF(point.x() - size / 2, point.y() - size / 2, size, size))

    def boundingRect(self) -> QRectF:
        margin = HANDLE_PX / self._scale()
        return self.rect().adjusted(-margin, -margin, margin, margin)

    def shape(self):  # noqa: ANN201 - QPainterPath
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        path.addRect(self.boundingRect())
        return path

    def _scale(self) -> float:
        views = self.scene().views() if self.scene() else []
        return views[0].transform().m11() if views else 1.0

    def _handle_points(self) -> list[QPointF]:
        r = self.rect()
        return [r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight(),
                QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()),
                QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y())]

    def _edges_at(self, pos: QPointF) -> tuple[bool, bool, bool, bool] | None:
        tol = HANDLE_PX / self._scale()
        r = self.rect()
        inside_x = r.left() - tol <= pos.x() <= r.right() + tol
        inside_y = r.top() - tol <= pos.y() <= r.bottom() + tol
        if not (inside_x and inside_y):
            return None
        edges = (abs(pos.x() - r.left()) <= tol, abs(pos.y() - r.top()) <= tol,
                 abs(pos.x() - r.right()) <= tol, abs(pos.y() - r.bottom()) <= tol)
        return edges if any(edges) else None

    # Interaction ------------------------------------------------------------------------------------

    def hoverMoveEvent(self, event) -> None:  # noqa: ANN001
        edges = self._edges_at(event.pos()) if self.isSelected() else None
        if edges is None:
            self.setCursor(Qt.CursorShape.ArrowCursor if self.locked else Qt.CursorShape.SizeAllCursor)
        else:
            left, top, right, bottom = edges
            if (left and top) or (right and bottom):
                self.setCursor(Qt.CursorShape.SizeFDiagCursor)
            elif (right and top) or (left and bottom):
                self.setCursor(Qt.CursorShape.SizeBDiagCursor)
            elif left or right:
                self.setCursor(Qt.CursorShape.SizeHorCursor)
            else:
                self.setCursor(Qt.CursorShape.SizeVerCursor)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: ANN001
        self._press_rect = self.sceneBoundingRectExact()
        self._edges = self._edges_at(event.pos()) if self.isSelected() and self.editable else None
        if self._edges is not None and event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001
        if self._edges is None:
            super().mouseMoveEvent(event)
            return
        left, top, right, bottom = self._edges
        r = QRectF(self.rect())
        p = event.pos()
        if left:
            r.setLeft(p.x())
        if top:
            r.setTop(p.y())
        if right:
            r.setRight(p.x())
        if bottom:
            r.setBottom(p.y())
        r = r.normalized()
        if self.found_rect is not None:  # larger, never smaller than what was found
            r = r.united(self.found_rect)
        self.prepareGeometryChange()
        self.setRect(r)

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001
        super().mouseReleaseEvent(event)
        self._edges = None

    def sceneBoundingRectExact(self) -> QRectF:
        return self.rect().translated(self.pos()).normalized()


class ImageCanvas(QGraphicsView):
    """Shows one ReviewDocument; emits what the user did, never edits the document itself."""

    box_drawn = Signal(object)            # Box
    boxes_edited = Signal(list)            # [(region id, box index, Box)] after a move or resize
    selection_changed = Signal(list)       # region ids
    zoom_changed = Signal(float)
    found_box_held = Signal()              # the user tried to drag a found box off its value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setBackgroundBrush(QColor("#2b2d31"))
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pixmap_item = QGraphicsPixmapItem()
        self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._pixmap_item.setZValue(0)
        self.scene().addItem(self._pixmap_item)
        self._items: dict[tuple[int, int], BoxItem] = {}
        self._doc: ReviewDocument | None = None
        self._fit = True
        self._tool = "draw"
        self._drawing: QGraphicsRectItem | None = None
        self._draw_origin = QPointF()
        self._press_point = QPoint()
        self._press_box: BoxItem | None = None  # the box under the last press, if any
        self._hinted = False
        self._pan_from: QPointF | None = None
        self._syncing = False
        self.boxes_visible = True
        self.scene().selectionChanged.connect(self._on_scene_selection)

    # Content ----------------------------------------------------------------------------------------

    def set_document(self, doc: ReviewDocument | None) -> None:
        self._doc = doc
        for item in self._items.values():
            self.scene().removeItem(item)
        self._items.clear()
        if doc is None:
            self._pixmap_item.setPixmap(QPixmap())
            return
        width, height = doc.image.size
        self.scene().setSceneRect(QRectF(0, 0, width, height))
        self._fit = True
        self.sync()

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self._pixmap_item.setPixmap(pixmap)
        if self._fit:
            self.fit()

    def sync(self) -> None:
        """Make the box items match the document's regions."""
        if self._doc is None:
            return
        self._syncing = True
        try:
            wanted: dict[tuple[int, int], Region] = {}
            for region in self._doc.regions.values():
                for index in range(len(region.boxes)):
                    wanted[(region.id, index)] = region
            for key in list(self._items):
                if key not in wanted:
                    self.scene().removeItem(self._items.pop(key))
            for key, region in wanted.items():
                item = self._items.get(key)
                if item is None:
                    item = BoxItem(region, key[1])
                    item.set_editable(self._tool == "edit")
                    self._items[key] = item
                    self.scene().addItem(item)
                else:
                    item.update_from(region)
                item.setVisible(self.boxes_visible)
        finally:
            self._syncing = False

    def set_boxes_visible(self, visible: bool) -> None:
        self.boxes_visible = visible
        for item in self._items.values():
            item.setVisible(visible)

    def items_for(self, region_id: int) -> list[BoxItem]:
        return [item for (rid, _i), item in self._items.items() if rid == region_id]

    def selected_ids(self) -> list[int]:
        return sorted({item.region_id for item in self._items.values() if item.isSelected()})

    def select_regions(self, ids: list[int]) -> None:
        self._syncing = True
        try:
            wanted = set(ids)
            for item in self._items.values():
                item.setSelected(item.region_id in wanted)
        finally:
            self._syncing = False
        selected = [item for item in self._items.values() if item.isSelected()]
        if selected:
            rect = selected[0].sceneBoundingRect()
            for item in selected[1:]:
                rect = rect.united(item.sceneBoundingRect())
            self.ensureVisible(rect, 40, 40)

    def _on_scene_selection(self) -> None:
        if not self._syncing:
            self.selection_changed.emit(self.selected_ids())

    # Zoom -------------------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.resetTransform()
        self.scale(factor, factor)
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self._fit = False
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._fit = False
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def actual_size(self) -> None:
        self._fit = False
        self.set_zoom(1.0)

    def fit(self) -> None:
        self._fit = True
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        margin = 24
        view = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
        factor = min(view.width() / rect.width(), view.height() / rect.height())
        self.set_zoom(min(factor, 1.0) if factor > 0 else 1.0)
        self.centerOn(rect.center())

    def zoom_to(self, rect: QRectF) -> None:
        """Show `rect` (scene coordinates) with room around it, never beyond 400 %."""
        self._fit = False
        view = self.viewport().rect()
        padded = rect.adjusted(-rect.width() * 0.6 - 20, -rect.height() * 2 - 20,
                               rect.width() * 0.6 + 20, rect.height() * 2 + 20)
        factor = min(view.width() / max(1.0, padded.width()), view.height() / max(1.0, padded.height()), 4.0)
        self.set_zoom(factor)
        self.centerOn(rect.center())

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def wheelEvent(self, event) -> None:  # noqa: ANN001
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # Shift+wheel scrolls
            return
        delta = event.angleDelta().y()
        if delta:
            self._fit = False
            self.set_zoom(self.zoom() * (ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP))
        event.accept()

    # Tools ------------------------------------------------------------------------------------------
    # Draw: a drag always draws a new box, wherever it starts (over a found box too); a click picks
    # the box under it. Edit: click to pick, drag to move a drawn box, drag edges to resize.
    # Pan: drag moves the view. The middle button pans with any tool.

    def set_tool(self, tool: str) -> None:
        self._tool = tool
        cursors = {"draw": Qt.CursorShape.CrossCursor, "edit": Qt.CursorShape.ArrowCursor}
        self.viewport().setCursor(cursors.get(tool, Qt.CursorShape.OpenHandCursor))
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag if tool == "edit" else QGraphicsView.DragMode.NoDrag)
        for item in self._items.values():
            item.set_editable(tool == "edit")

    def tool(self) -> str:
        return self._tool

    def box_at(self, point: QPoint) -> BoxItem | None:
        """The smallest visible box under a viewport point: the one a click most likely means."""
        boxes = [item for item in self.items(point) if isinstance(item, BoxItem) and item.isVisible()
                 and item.sceneBoundingRectExact().contains(self.mapToScene(point))]
        return min(boxes, key=lambda item: item.rect().width() * item.rect().height(), default=None)

    def mousePressEvent(self, event) -> None:  # noqa: ANN001
        if self._drawing is not None:  # another button while drawing: the box being drawn goes on
            event.accept()
            return
        pan = (event.button() == Qt.MouseButton.MiddleButton
               or (event.button() == Qt.MouseButton.LeftButton and self._tool == "pan"))
        if pan:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        point = event.position().toPoint()
        self._press_point = point
        if event.button() == Qt.MouseButton.LeftButton and self._tool == "draw" and self._doc is not None:
            self._press_box = self.box_at(point)
            self._draw_origin = self.mapToScene(point)
            self._drawing = QGraphicsRectItem(QRectF(self._draw_origin, self._draw_origin))
            pen = QPen(QColor("#3e63dd"), 2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self._drawing.setPen(pen)
            self._drawing.setBrush(QColor(62, 99, 221, 50))
            self._drawing.setZValue(20)
            self.scene().addItem(self._drawing)
            event.accept()
            return
        item = self.itemAt(point)
        self._press_box = item if isinstance(item, BoxItem) else None
        self._hinted = False
        super().mousePressEvent(event)

    def _is_click(self, event) -> bool:  # noqa: ANN001
        moved = (event.position().toPoint() - self._press_point).manhattanLength()
        return moved < QApplication.startDragDistance()

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        if self._drawing is not None:
            point = self.mapToScene(event.position().toPoint())
            self._drawing.setRect(QRectF(self._draw_origin, point).normalized().intersected(self.sceneRect()))
            event.accept()
            return
        box = self._press_box
        if (box is not None and box.locked and not self._hinted and event.buttons() & Qt.MouseButton.LeftButton
                and not box.resizing and not self._is_click(event)):
            self._hinted = True
            self.found_box_held.emit()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001
        if self._pan_from is not None:
            self._pan_from = None
            self.set_tool(self._tool)
            event.accept()
            return
        if self._drawing is not None:
            if event.button() != Qt.MouseButton.LeftButton:
                event.accept()
                return
            rect = self._drawing.rect()
            self.scene().removeItem(self._drawing)
            self._drawing = None
            if self._is_click(event):
                self.scene().clearSelection()
                if self._press_box is not None:
                    self._press_box.setSelected(True)
            elif rect.width() >= 3 and rect.height() >= 3:
                self.box_drawn.emit(rect_to_box(rect))
            self._press_box = None
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self._press_box = None
        self._emit_edits()

    def _emit_edits(self) -> None:
        if self._doc is None:
            return
        edits = []
        for (rid, index), item in self._items.items():
            region = self._doc.regions.get(rid)
            if region is None or index >= len(region.boxes):
                continue
            box = rect_to_box(item.sceneBoundingRectExact())
            if box != region.boxes[index]:
                edits.append((rid, index, box))
        if edits:
            self.boxes_edited.emit(edits)

    def cancel_drawing(self) -> bool:
        if self._drawing is None:
            return False
        self.scene().removeItem(self._drawing)
        self._drawing = None
        return True
