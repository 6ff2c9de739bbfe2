"""The outline: kinds with per-report counts; clicking one jumps every column to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ..core.model import REQUIRED_KINDS, Comparison, Kind, Status
from ..i18n import kind_label, tr


class Outline(QTreeWidget):
    kindActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([tr("Part"), tr("Items")])
        self.setRootIsDecorated(True)
        self.setColumnWidth(0, 150)
        self.itemClicked.connect(self._on_item_clicked)

    def set_comparison(self, comparison: Comparison) -> None:
        self.clear()
        for row in comparison.rows:
            counts = [len(cell.items) if not cell.missing else None for cell in row.cells]
            if row.kind in (Kind.PROBLEMS, Kind.PLANS):
                shown = " · ".join("—" if c is None else str(c) for c in counts)
            else:
                shown = " · ".join("—" if c is None else "✓" for c in counts)
            top = QTreeWidgetItem([kind_label(row.kind), shown])
            top.setData(0, Qt.ItemDataRole.UserRole, row.kind.value)
            if row.kind in REQUIRED_KINDS and any(c is None for c in counts):
                top.setToolTip(0, tr("Some reports do not report this required part"))
                top.setText(0, "⚠ " + kind_label(row.kind))
            for cell in row.cells:
                report = comparison.reports[cell.report]
                name = report.display_name
                if cell.missing:
                    detail = tr("not reported")
                else:
                    unique = sum(1 for r in cell.items if r.status is Status.UNIQUE)
                    detail = tr("{n} items").format(n=len(cell.items))
                    if row.kind in (Kind.PROBLEMS, Kind.PLANS) and any(r.status for r in cell.items):
                        detail += tr(", {u} unique").format(u=unique)
                child = QTreeWidgetItem([f"{cell.report + 1}. {name}", detail])
                child.setData(0, Qt.ItemDataRole.UserRole, row.kind.value)
                top.addChild(child)
            self.addTopLevelItem(top)

    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, Qt.ItemDataRole.UserRole)
        if value:
            self.kindActivated.emit(Kind(value))
