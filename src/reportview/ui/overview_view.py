"""The county overview tab: a sortable, filterable table of every report, and the county's
recurring sentences beneath it. Model/view: one model row per report and per sentence, no
widget per cell, so fifty reports and their hundreds of shared sentences cost rows of data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.boilerplate import Recurring
from ..core.export_xlsx import header, values
from ..core.model import Report
from ..core.overview import OverviewRow
from ..core.scoring import Criterion, Score
from ..i18n import tr, translate
from .score_dialog import criterion_name

_Index = QModelIndex | QPersistentModelIndex
#: What a row sorts by (numbers as numbers) and filters on (its text columns).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Rows measured when the columns are first sized.
SIZED_ON_ROWS = 24


#: The roles the overview's cells answer (the scoring sheet's columns, :meth:`Sheet.data`, too).
_SERVED = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        SORT_ROLE,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
    )
)


class OverviewModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OverviewRow] = []
        self._header: list[str] = []
        self._cells: list[list[object]] = []

    def set_rows(self, rows: Sequence[OverviewRow], sheet: Sheet | None = None) -> None:
        """``sheet``: the scoring sheet's columns (criteria, then total and rank)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.sheet = sheet
        self._header = header(translate)
        self._cells = [values(r) for r in self.rows]
        self._share = self._header.index(translate("overview", "Text found in other reports"))
        self.follow_column = self._header.index(translate("overview", "Last year's commitments carried out"))
        self.first_score = len(self._header)
        if sheet is not None:
            self._header += [criterion_name(c) for c in sheet.criteria] + [tr("Total"), tr("Rank")]
            for index, cells in enumerate(self._cells):
                report = self.rows[index].report
                cells += [sheet.shown(report, c.key) for c in sheet.criteria]
                cells += [sheet.totals[report], sheet.ranks[report]]
        self.endResetModel()

    def criterion_at(self, column: int) -> str | None:
        """The criterion key of a score column, else ``None``."""
        if self.sheet is None or not self.first_score <= column < self.first_score + len(self.sheet.criteria):
            return None
        return self.sheet.criteria[column - self.first_score].key

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
        if role not in _SERVED or not index.isValid():  # a view asks seven roles of each cell it paints
            return None
        value = self._cells[index.row()][index.column()]
        row = self.rows[index.row()]
        key = self.criterion_at(index.column())
        if key is not None and self.sheet is not None:
            return self.sheet.data(row.report, key, role)
        if index.column() == self.follow_column and role in (SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            return _follow_data(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            return (
                f"{value:.0%}"
                if index.column() == self._share
                else f"{value:g}"
                if isinstance(value, float)
                else str(value)
            )
        if role == SORT_ROLE:
            return value if isinstance(value, (int, float)) else -1 if value is None else str(value)
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


def _follow_data(row: OverviewRow, role: int) -> Any:
    """The follow-through column sorts by the share carried out; its tip gives the counts."""
    tally = row.follow
    if role == SORT_ROLE:
        return -1.0 if tally is None else tally.share
    if tally is None:
        return tr(
            "Last year's report of this body is not open (pair two reports by dragging one header onto another)"
        )
    tip = tr(
        "Of last year's {total} commitments: {done} carried out, {partial} partly or mentioned, {none} no trace"
    ).format(total=tally.total, done=tally.done, partial=tally.partial, none=tally.none)
    if tally.reviewed:
        tip += "\n" + tr("{n} verdicts are the reviewer's.").format(n=tally.reviewed)
    return tip + "\n" + tr("Ctrl+L shows each commitment with its evidence.")


@dataclass(frozen=True)
class Sheet:
    """What the overview shows of the scoring sheet: per report (by index in the comparison)
    its scores and the measured suggestions, the totals and ranks."""

    criteria: tuple[Criterion, ...]
    scores: list[dict[str, Score]]
    suggestions: list[dict[str, float]]
    totals: list[float | None]
    ranks: list[int | None]

    def shown(self, report: int, key: str) -> float | None:
        score = self.scores[report].get(key)
        if score is not None and score.value is not None:
            return score.value
        return self.suggestions[report].get(key)

    def data(self, report: int, key: str, role: int) -> Any:
        score = self.scores[report].get(key)
        given = score is not None and score.value is not None
        suggested = self.suggestions[report].get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if given:
                return f"{score.value:g}"  # type: ignore[union-attr]
            return f"≈{suggested:g}" if suggested is not None else ""
        if role == SORT_ROLE:
            shown = self.shown(report, key)
            return -1.0 if shown is None else shown
        if role == Qt.ItemDataRole.FontRole and not given and suggested is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not given:
            return QColor("#6b7280")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = (
                [tr("Suggested from the analysis: double-click to score")]
                if not given and suggested is not None
                else []
            )
            if score is not None and score.comment:
                lines.append(score.comment)
            return "\n".join(lines) or tr("Double-click to score")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OverviewView(QWidget):
    """Emits ``reportActivated(index)`` when a row is opened, ``sentenceActivated(entry)`` when
    a recurring sentence is, ``scoreRequested(report, key)`` for a score cell and
    ``followRequested(report)`` for a follow-through cell."""

    reportActivated = Signal(int)
    sentenceActivated = Signal(object)  # a Recurring
    scoreRequested = Signal(int, str)  # report, criterion key
    followRequested = Signal(int)  # report: its follow-through of last year's commitments

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
        self.recurring = QListView(below)
        self.sentences = RecurringModel(self)
        self.recurring.setModel(self.sentences)
        # One line a sentence (the whole of it and its reports in the tooltip): hundreds of
        # sentences then cost one measured line, not a wrapped layout each.
        self.recurring.setUniformItemSizes(True)
        self.recurring.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recurring.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recurring.activated.connect(self._on_sentence_opened)
        self.recurring.doubleClicked.connect(self._on_sentence_opened)
        column.addWidget(self.recurring)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

    def set_overview(
        self,
        reports: Sequence[Report],
        rows: Sequence[OverviewRow],
        found: Sequence[Recurring],
        sheet: Sheet | None = None,
    ) -> None:
        sized = self.model.rowCount() > 0
        columns = self.model.columnCount()
        self.model.set_rows(rows, sheet)
        if not sized or columns != self.model.columnCount():  # size once, then leave the reader's widths
            self._size_columns()
        shown = self.sentences
        if list(found) == shown.found and [r.fingerprint for r in reports] == [
            r.fingerprint for r in shown.reports
        ]:
            return  # the same sentences (notes or scores changed): the list stays as it is
        shown.set_found(list(found), reports)
        self.recurring_label.setText(
            tr("Sentences carried by several reports: {count} (double-click to read one in place)").format(
                count=len(found)
            )
        )

    def _size_columns(self) -> None:
        """Each column as wide as its header and its first rows' text (body, title and file
        readable, not whole): measured from the strings, not through the view, which would
        lay out every cell of fifty reports."""
        cells = self.table.fontMetrics()
        heads = self.table.horizontalHeader().fontMetrics()
        model = self.model
        shown = range(min(model.rowCount(), SIZED_ON_ROWS))
        for column in range(model.columnCount()):
            texts = [str(model.data(model.index(row, column)) or "") for row in shown]
            width = heads.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal))) + 24
            width = max([width, *(cells.horizontalAdvance(t) + 16 for t in texts)])
            self.table.setColumnWidth(column, min(width, 220 if column in (1, 3, 4) else 400))

    @property
    def _found(self) -> list[Recurring]:
        """The recurring sentences listed."""
        return self.sentences.found

    def _on_row_opened(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if not source.isValid():
            return
        report = self.model.rows[source.row()].report
        key = self.model.criterion_at(source.column())
        if key is not None:
            self.scoreRequested.emit(report, key)
        elif source.column() == self.model.follow_column and self.model.rows[source.row()].follow is not None:
            self.followRequested.emit(report)
        else:
            self.reportActivated.emit(report)

    def _on_sentence_opened(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sentenceActivated.emit(self.sentences.found[index.row()])


class RecurringModel(QAbstractListModel):
    """The recurring sentences, one row each: how many reports carry it, then the sentence
    (the whole of it and the reports' names as its tooltip), worded only when shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: list[Recurring] = []
        self.reports: Sequence[Report] = ()

    def set_found(self, found: list[Recurring], reports: Sequence[Report]) -> None:
        self.beginResetModel()
        self.found, self.reports = found, reports
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.found)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.found[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            n, total = len(entry.reports), len(self.reports)
            return tr("{n} of {total} reports").format(n=n, total=total) + "  " + entry.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.text + "\n\n" + "、".join(self.reports[i].display_name for i in entry.reports)
        return None
