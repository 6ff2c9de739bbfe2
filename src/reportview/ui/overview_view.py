"""The county overview tab: a sortable, filterable table of every report, and the county's
recurring sentences beneath it. Model/view: one model row per report, no widget per cell,
so fifty reports cost fifty rows of data."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.boilerplate import Recurring
from ..core.export_xlsx import header, values
from ..core.model import Report
from ..core.overview import OverviewRow
from ..i18n import tr, translate

_Index = QModelIndex | QPersistentModelIndex
#: What a row sorts by (numbers as numbers) and filters on (its text columns).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class OverviewModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OverviewRow] = []
        self._header: list[str] = []
        self._cells: list[list[object]] = []

    def set_rows(self, rows: Sequence[OverviewRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._header = header(translate)
        self._cells = [values(r) for r in self.rows]
        self._share = self._header.index(translate("overview", "Text found in other reports"))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._header[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._cells[index.row()][index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:.0%}" if index.column() == self._share else str(value)
        if role == SORT_ROLE:
            return value if isinstance(value, (int, float)) else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title or row.name}\n{row.file}"
        if role == Qt.ItemDataRole.ForegroundRole:
            if value == "✗":
                return QColor("#b91c1c")
            if value == "?" or (row.read_failed and index.column() < 5):
                return QColor("#b45309")
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OverviewView(QWidget):
    """Emits ``reportActivated(index)`` when a row is opened, and ``sentenceActivated(report,
    start, end)`` when a recurring sentence is opened (its first occurrence)."""

    reportActivated = Signal(int)
    sentenceActivated = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Filter by body, title or file…"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(splitter, 1)
        self.model = OverviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(splitter)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(64)
        self.table.doubleClicked.connect(self._on_row_opened)
        self.table.activated.connect(self._on_row_opened)
        below = QWidget(splitter)
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 0, 0, 0)
        self.recurring_label = QLabel(below)
        column.addWidget(self.recurring_label)
        self.recurring = QListWidget(below)
        self.recurring.setWordWrap(True)
        self.recurring.itemActivated.connect(self._on_sentence_opened)
        self.recurring.itemDoubleClicked.connect(self._on_sentence_opened)
        column.addWidget(self.recurring)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self._found: list[Recurring] = []

    def set_overview(
        self, reports: Sequence[Report], rows: Sequence[OverviewRow], found: Sequence[Recurring]
    ) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in (1, 3, 4):  # body, title, file: readable, not the whole title
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self._found = list(found)
        self.recurring.clear()
        self.recurring_label.setText(
            tr("Sentences carried by several reports: {count} (double-click to read one in place)").format(
                count=len(found)
            )
        )
        for entry in found:
            names = "、".join(reports[i].display_name for i in entry.reports)
            item = QListWidgetItem(
                tr("{n} of {total} reports").format(n=len(entry.reports), total=len(reports))
                + "  "
                + entry.text
            )
            item.setToolTip(names)
            self.recurring.addItem(item)

    def _on_row_opened(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self.reportActivated.emit(self.model.rows[source.row()].report)

    def _on_sentence_opened(self, item: QListWidgetItem) -> None:
        entry = self._found[self.recurring.row(item)]
        first = entry.occurrences[0]
        self.sentenceActivated.emit(first.report, first.start, first.end)
