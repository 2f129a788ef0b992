"""Findings panel: one group per category, one checkable row per finding, selection synced with the view."""
from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from .categories import category_colour, category_name, preview_text, sort_key
from .document import ReviewDocument

ID_ROLE = Qt.ItemDataRole.UserRole
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 1


def swatch(colour: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class FindingsPanel(QWidget):
    """Emits what the user asked for; the document is changed by the window."""

    enabled_requested = Signal(list, bool)  # region ids, cover them?
    selection_changed = Signal(list)        # region ids
    zoom_requested = Signal(int)            # region id (double-click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: ReviewDocument | None = None
        self._updating = False
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        layout.addWidget(self.title)
        self.tree = QTreeWidget()
        self.tree.setObjectName("findingsTree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setIconSize(QSize(12, 12))
        self.tree.setHeaderHidden(True)  # the confidence column explains itself with "%" and a tooltip
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemSelectionChanged.connect(self._on_selection)
        self.tree.itemDoubleClicked.connect(self._on_double_click)
        layout.addWidget(self.tree, 1)
        self.empty = QLabel()
        self.empty.setObjectName("panelEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty, 1)
        self.hint = QLabel()
        self.hint.setObjectName("panelHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.retranslate()

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("What will be covered"))
        self.tree.setAccessibleName(self.tr("What will be covered"))
        self.tree.setHeaderLabels([self.tr("Finding"), "%"])  # hidden; "%" keeps the column narrow
        self._set_empty_text()
        self.hint.setText(self.tr("Untick what may stay visible. Drag on the image to add a box; "
                                  "Delete removes the selected box."))
        self.rebuild()

    def _set_empty_text(self) -> None:
        if self._busy:
            self.empty.setText(self.tr("Looking for personal data…"))
        elif self._doc is not None and self._doc.deleted_found():
            self.empty.setText(self.tr("You deleted every box: nothing will be covered. Undo (Ctrl+Z) brings them "
                                       "back."))
        else:
            self.empty.setText(self.tr("Nothing to cover was found. Drag on the image to cover anything yourself."))

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._set_empty_text()

    def set_document(self, doc: ReviewDocument | None) -> None:
        self._doc = doc
        self.rebuild()

    def rebuild(self) -> None:
        """The tree built again from the document. Items are made apart from the tree and added at once,
        with painting held: added one by one, each would tell the view it changed (most of the time of a
        rebuild over a page of findings)."""
        selected = set(self.selected_ids())
        collapsed = {self.tree.topLevelItem(i).data(0, CATEGORY_ROLE)
                     for i in range(self.tree.topLevelItemCount()) if not self.tree.topLevelItem(i).isExpanded()}
        self._updating = True
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clear()
            regions = list(self._doc.regions.values()) if self._doc else []
            groups: dict[str, list] = defaultdict(list)
            for region in regions:
                groups[region.category].append(region)
            bold = QFont(self.tree.font())
            bold.setBold(True)
            tops, picked = [], []
            for category in sorted(groups, key=sort_key):
                top = self._category_item(category, groups[category], bold)
                tops.append(top)
                picked += [top.child(j) for j in range(top.childCount()) if top.child(j).data(0, ID_ROLE) in selected]
            self.tree.addTopLevelItems(tops)
            self.tree.expandAll()  # once for all: opened one by one, each lays the tree out again
            for top in tops:  # only items in the tree can span, close and be selected
                top.setFirstColumnSpanned(True)
                if top.data(0, CATEGORY_ROLE) in collapsed:
                    top.setExpanded(False)
            for child in picked:
                child.setSelected(True)
            self.tree.setVisible(bool(regions))
            self._set_empty_text()
            self.empty.setVisible(not regions)
        finally:
            self.tree.setUpdatesEnabled(True)
            self._updating = False

    def _category_item(self, category: str, members: list, bold: QFont) -> QTreeWidgetItem:
        """A category's row with one row per finding under it, not yet in the tree."""
        top = QTreeWidgetItem()
        top.setData(0, CATEGORY_ROLE, category)
        title = self.tr("Drawn by you") if category == "manual" else category_name(category)
        top.setText(0, f"{title}  ({len(members)})")
        top.setFont(0, bold)
        top.setIcon(0, swatch(category_colour(category)))
        top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        on = sum(r.enabled for r in members)
        top.setCheckState(0, Qt.CheckState.Checked if on == len(members) else
                          Qt.CheckState.Unchecked if on == 0 else Qt.CheckState.PartiallyChecked)
        top.setToolTip(0, self.tr("Tick or untick all of these at once"))
        how_sure = self.tr("How sure the scan is that this is %s") % category_name(category)
        ticked = self.tr("Ticked: covered in the safe copy. Unticked: left visible.")
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        children = []
        for number, region in enumerate(members, 1):
            child = QTreeWidgetItem()
            child.setData(0, ID_ROLE, region.id)
            text = self.tr("Box %d") % number if region.manual else preview_text(region.preview, category)
            child.setText(0, text)
            child.setText(1, "" if region.manual else f"{round(region.score * 100)} %")
            child.setToolTip(1, how_sure)
            low = not region.manual and region.score < 0.7  # worth a second look
            child.setForeground(1, QBrush(QColor("#b7791f" if low else "#6b7080")))
            child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            child.setFlags(flags)
            child.setCheckState(0, Qt.CheckState.Checked if region.enabled else Qt.CheckState.Unchecked)
            if not region.enabled:
                child.setForeground(0, QBrush(QColor("#8b8d98")))
            child.setToolTip(0, f"{text}\n{ticked}")
            children.append(child)
        top.addChildren(children)
        return top

    def category_item(self, category: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, CATEGORY_ROLE) == category:
                return item
        return None

    def finding_item(self, region_id: int) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, ID_ROLE) == region_id:
                    return top.child(j)
        return None

    def selected_ids(self) -> list[int]:
        return [item.data(0, ID_ROLE) for item in self.tree.selectedItems() if item.data(0, ID_ROLE) is not None]

    def select_regions(self, ids: list[int]) -> None:
        self._updating = True
        try:
            self.tree.clearSelection()
            first = None
            for rid in ids:
                item = self.finding_item(rid)
                if item is not None:
                    item.setSelected(True)
                    first = first or item
            if first is not None:
                self.tree.scrollToItem(first)
        finally:
            self._updating = False

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != 0:
            return
        state = item.checkState(0)
        category = item.data(0, CATEGORY_ROLE)
        if category is not None:
            ids = [item.child(j).data(0, ID_ROLE) for j in range(item.childCount())]
            self.enabled_requested.emit(ids, state != Qt.CheckState.Unchecked)
        else:
            self.enabled_requested.emit([item.data(0, ID_ROLE)], state == Qt.CheckState.Checked)

    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        region_id = item.data(0, ID_ROLE)
        if region_id is not None:
            self.zoom_requested.emit(region_id)

    def _on_selection(self) -> None:
        if not self._updating:
            self.selection_changed.emit(self.selected_ids())
