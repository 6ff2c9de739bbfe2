"""The comparison grid: one column per report, one row per kind, rows aligned by construction.

Each kind is a row of cells sized to their text, so the same kind always lines up across
reports and one scroll bar moves them all; a frozen header row scrolls sideways with it.
(A diff viewer's per-pane scrolling mapped through chunks keeps only the current chunk
aligned; here every kind is, which is what a reviewer reading part against part needs.)
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from ..core.cells import cell_text
from ..core.compare import differences
from ..core.model import MARKED_KINDS, Cell, Comparison, Kind, Report, Status, column_labels
from ..i18n import status_label
from . import theme
from .cell import CellView
from .cell_frame import evidence, missing_cell, written_inside
from .grid_marks import GridMarks
from .grid_scroll import GridScroll
from .header import ColumnHeader, KindBand

MIN_WIDTH = 220
#: Up to ``AT_ONCE`` reports are built in one go (and are the first screen); beyond, the
#: overview is, and columns are built ``COLUMNS_PER_SLICE`` per turn of the event loop
#: (about 25 ms a column on a small machine) once the reader turns to them.
AT_ONCE = 6
COLUMNS_PER_SLICE = 2


@dataclass(frozen=True)
class ItemRef:
    """An item in the view: column (report index), kind and index among that cell's items."""

    report: int
    kind: Kind
    item: int


class _Row(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        self.layout_.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class ComparisonView(GridMarks, GridScroll, QWidget):
    """Draws a :class:`Comparison`; reports its user's requests as signals."""

    itemSelected = Signal(object)  # ItemRef or None
    removeRequested = Signal(int)
    moveRequested = Signal(int, int)
    originalRequested = Signal(int)
    widthsChanged = Signal(list)
    noteRequested = Signal()
    pairRequested = Signal(int, int)  # a column's header dropped on another's: (dragged, target)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None  # the one shown
        self._pending: Comparison | None = None  # a newer one, for when the columns are shown
        self.cells: dict[tuple[Kind, int], CellView] = {}
        self.bands: dict[Kind, KindBand] = {}
        self.rows: dict[Kind, _Row] = {}
        self.headers: list[ColumnHeader] = []
        self.selected: ItemRef | None = None
        self._widths: list[int] = []
        self._fit = True
        self._built = 0  # columns built so far
        self._generation = 0  # a rebuild stops the slices of the build before it
        self._wanted_column: int | None = None
        self._spans: dict[str, dict[int, list[tuple[int, int]]]] = {}
        self._notes: dict[int, list[tuple[int, int, str]]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header_area = QScrollArea(self)
        self.header_area.setFrameShape(QFrame.Shape.NoFrame)
        self.header_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header_area.setWidgetResizable(True)
        layout.addWidget(self.header_area)
        self.body_area = QScrollArea(self)
        self.body_area.setWidgetResizable(True)
        self.body_area.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.body_area, 1)
        self.body_area.horizontalScrollBar().valueChanged.connect(
            self.header_area.horizontalScrollBar().setValue
        )
        # The headers' range can grow after the body's (laid out a turn later): follow again.
        self.header_area.horizontalScrollBar().rangeChanged.connect(self._headers_follow)
        self.body_area.horizontalScrollBar().valueChanged.connect(self._keep_row_labels)

    def _headers_follow(self, _low: int = 0, _high: int = 0) -> None:
        with contextlib.suppress(RuntimeError):  # the window is closing: its areas are gone
            self.header_area.horizontalScrollBar().setValue(self.body_area.horizontalScrollBar().value())

    # building -------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison) -> None:
        """Show ``comparison``; while the columns are hidden (the overview in front), only
        once they are shown: fifty reports arriving build no widgets nobody sees."""
        if self.isVisible():
            self._pending = None
            self._show(comparison)
        else:
            self._pending = comparison

    @property
    def latest(self) -> Comparison | None:
        """The newest comparison given, shown or waiting to be."""
        return self._pending or self.comparison

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._show(pending)

    def _show(self, comparison: Comparison) -> None:
        """Show ``comparison``, doing as little as the change needs.

        Same reports: repaint statuses. Reports added at the end (files arriving while
        loading) with no new kind: append columns. Anything else: rebuild.
        """
        old = self.comparison
        self.comparison = comparison
        keys = [(r.path, r.fingerprint) for r in comparison.reports]
        old_keys = [(r.path, r.fingerprint) for r in old.reports] if old else []
        same_rows = old is not None and [r.kind for r in old.rows] == [r.kind for r in comparison.rows]
        if keys == old_keys:
            pass
        elif old_keys and same_rows and keys[: len(old_keys)] == old_keys:
            if self._built >= len(old_keys):  # else the slices being built reach the new ones
                self._append_columns(len(old_keys))
        else:
            self._rebuild()
        self._apply_statuses()

    def reports(self) -> tuple[Report, ...]:
        latest = self.latest
        return latest.reports if latest else ()

    def _rebuild(self) -> None:
        assert self.comparison is not None
        selected = self.selected
        self.selected = None
        self._generation += 1
        self.cells.clear()
        self.bands.clear()
        self.rows.clear()
        self.headers = []
        header_strip = QWidget()
        self._header_layout = QHBoxLayout(header_strip)
        self._header_layout.setContentsMargins(4, 4, 4, 2)
        self._header_layout.setSpacing(6)
        self._header_layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.header_area.setWidget(header_strip)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(4, 2, 4, 8)
        body_layout.setSpacing(4)
        for row in self.comparison.rows:
            band = KindBand(row.kind, body)
            band.clicked.connect(lambda k=row.kind: self.jump_to_kind(k))
            body_layout.addWidget(band)
            self.bands[row.kind] = band
            self.rows[row.kind] = _Row(body)
            body_layout.addWidget(self.rows[row.kind])
        body_layout.addStretch(1)
        self.body_area.setWidget(body)
        self._append_columns(0)
        if selected is not None and (selected.kind, selected.report) in self.cells:
            self.select(selected)

    def _append_columns(self, first: int) -> None:
        """Add headers and cells for reports ``first`` onwards (rows already exist): a few
        columns now, the rest one slice per turn of the event loop, so that opening fifty
        reports never freezes the window."""
        self._built = first
        self._build_slice(self._generation)

    def _build_slice(self, generation: int) -> None:
        if generation != self._generation or self.comparison is None:
            return  # rebuilt since: that build carries on instead
        reports = self.comparison.reports
        step = len(reports) if len(reports) <= AT_ONCE else COLUMNS_PER_SLICE
        first, end = self._built, min(len(reports), self._built + step)
        labels = column_labels(reports)
        for index in range(first, end):
            header = ColumnHeader(
                reports[index], index, len(reports), labels[index], self.header_area.widget()
            )
            header.removeRequested.connect(lambda i=index: self.removeRequested.emit(i))
            header.moveRequested.connect(lambda delta, i=index: self.moveRequested.emit(i, delta))
            header.originalRequested.connect(lambda i=index: self.originalRequested.emit(i))
            header.resized.connect(lambda width, i=index: self._resize_column(i, width))
            header.pairDropped.connect(lambda source, i=index: self.pairRequested.emit(source, i))
            self._header_layout.addWidget(header)
            self.headers.append(header)
        for position, header in enumerate(self.headers[:first]):
            header.set_position(position, len(reports), labels[position])
        for row in self.comparison.rows:
            layout = self.rows[row.kind].layout_
            for cell in row.cells[first:end]:
                layout.addWidget(
                    self._cell_widget(row.kind, cell, reports[cell.report]), 0, Qt.AlignmentFlag.AlignTop
                )
        self._built = end
        default = self._widths[-1] if self._widths else MIN_WIDTH
        self._widths = self._widths[: len(reports)]
        self._widths += [default] * max(0, len(reports) - len(self._widths))
        self._apply_widths()
        if first:
            self._apply_statuses()
        if end < len(reports):  # a real timer, not a queued call: input and painting go first
            QTimer.singleShot(1, lambda: self._build_slice(generation))
        if self._wanted_column is not None and self._wanted_column < end:
            QTimer.singleShot(0, lambda: self.show_column(self._wanted_column or 0))

    def _cell_widget(self, kind: Kind, cell: Cell, report: Report) -> QWidget:
        parent = self.rows[kind]
        if cell.missing:
            return missing_cell(kind, parent)
        items = tuple(r.item for r in cell.items)
        view = CellView(cell_text(report, cell.sections), cell.sections, items, kind in MARKED_KINDS, parent)
        view.itemClicked.connect(
            lambda i, k=kind, r=cell.report: self.select(ItemRef(r, k, i) if i >= 0 else None)
        )
        view.noteRequested.connect(self.noteRequested)  # right-click ▸ 添加批注
        self.cells[(kind, cell.report)] = view
        for layer in self._spans:
            self._paint_spans_in(view, cell.report, layer)
        self._paint_notes_in(view, cell.report)
        inside = next((s.found_in for s in cell.sections if s.found_in is not None), None)
        return view if inside is None else written_inside(view, inside, parent)

    def _apply_statuses(self) -> None:
        assert self.comparison is not None
        for row in self.comparison.rows:
            counts = {status: 0 for status in Status}
            for cell in row.cells:
                view = self.cells.get((row.kind, cell.report))
                if view is None:
                    continue
                statuses = [r.status for r in cell.items]
                view.set_statuses(statuses, [evidence(self.comparison, r) for r in cell.items])
                for status in statuses:
                    if status is not None:
                        counts[status] += 1
            if row.kind in self.bands:
                summary = ""
                if row.kind in MARKED_KINDS and any(counts.values()):
                    order = (Status.UNIQUE, Status.SIMILAR, Status.SHARED)
                    summary = " · ".join(f"{status_label(s.value)} {counts[s]}" for s in order)
                self.bands[row.kind].set_summary(summary)

    # widths ---------------------------------------------------------------------
    def set_widths(self, widths: list[int]) -> None:
        self._fit = not widths
        self._widths = list(widths)
        self._apply_widths()

    def fit_columns(self) -> None:
        self._fit = True
        self._apply_widths()
        self.widthsChanged.emit([])

    def _resize_column(self, index: int, width: int) -> None:
        self._fit = False
        self._widths[index] = max(MIN_WIDTH // 2, width)
        self._apply_widths()
        self.widthsChanged.emit(list(self._widths))

    def _apply_widths(self) -> None:
        count = len(self.headers)
        if not count:
            return
        if self._fit:  # shared among all the columns, those still to be built too: none narrows later
            total = max(count, len(self.comparison.reports) if self.comparison else 0)
            scrollbar = self.body_area.verticalScrollBar().sizeHint().width()
            available = self.body_area.width() - scrollbar - 10 - 6 * (total - 1)
            self._widths = [max(MIN_WIDTH, available // total)] * total
        for index, header in enumerate(self.headers):
            header.setFixedWidth(self._widths[index])
        strip = self.header_area.widget()
        if strip is not None:
            strip.adjustSize()
            heights = [
                max(h.heightForWidth(w), h.sizeHint().height())
                for h, w in zip(self.headers, self._widths[:count], strict=True)
            ]
            self.header_area.setFixedHeight(max(heights) + 8)
        for row in self.rows.values():
            for index in range(row.layout_.count()):
                widget = row.layout_.itemAt(index).widget()
                if widget is not None and index < count:
                    widget.setFixedWidth(self._widths[index])
        for band in self.bands.values():
            band.setMinimumWidth(sum(self._widths) + 6 * (count - 1))

    def widths(self) -> list[int]:
        return list(self._widths)

    def resizeEvent(self, event: QResizeEvent) -> None:
        anchor = self._top_text()
        super().resizeEvent(event)
        if self._fit:
            self._apply_widths()
        if anchor is not None:  # the text at the top stays at the top once cells re-wrap
            QTimer.singleShot(0, lambda: self._scroll_to_top_text(*anchor))

    # selection and navigation ----------------------------------------------------
    def matches_of(self, ref: ItemRef) -> list[ItemRef]:
        if self.comparison is None or (row := self.comparison.row(ref.kind)) is None:
            return []
        result = row.cells[ref.report].items[ref.item]
        return [ItemRef(m.report, ref.kind, m.item) for m in result.matches]

    def select(self, ref: ItemRef | None) -> None:
        for view in self.cells.values():
            view.set_layer("selected", [])
            view.set_layer("counterparts", [])
        self.selected = ref
        if ref is not None and (ref.kind, ref.report) in self.cells:
            self.cells[(ref.kind, ref.report)].mark_items("selected", [ref.item], theme.selection_colour())
            counterparts = self.matches_of(ref)
            by_cell: dict[tuple[Kind, int], list[int]] = {}
            for other in counterparts:
                by_cell.setdefault((other.kind, other.report), []).append(other.item)
            for key, indexes in by_cell.items():
                if key in self.cells:
                    self.cells[key].mark_items("counterparts", indexes, theme.counterpart_colour())
            self._reveal(ref, counterparts[:1])
        self.itemSelected.emit(ref)

    def item_rect(self, ref: ItemRef) -> QRect | None:
        """Where an item is, in the scrolled body's coordinates."""
        view = self.cells.get((ref.kind, ref.report))
        if view is None or (rect := view.item_rect(ref.item)) is None:
            return None
        body = self.body_area.widget()
        top_left = view.mapTo(body, rect.topLeft())
        return QRect(top_left, rect.size())

    def _reveal(self, ref: ItemRef, others: list[ItemRef]) -> None:
        rect = self.item_rect(ref)
        if rect is None:
            return
        union = QRect(rect)
        for other in others:
            other_rect = self.item_rect(other)
            if (
                other_rect is not None
                and union.united(other_rect).height() < self.body_area.viewport().height() - 20
            ):
                union = union.united(other_rect)
        self.body_area.ensureVisible(
            union.center().x(), union.center().y(), union.width() // 2 + 10, union.height() // 2 + 10
        )
        self.body_area.ensureVisible(rect.left() + 10, rect.top() + 10, 20, 20)

    def _keep_row_labels(self, offset: int) -> None:
        """A row's label (存在问题 · 独有 2 …) stays at the window's left edge, whatever the
        columns scrolled sideways."""
        for band in self.bands.values():
            band.setContentsMargins(8 + offset, 6, 8, 6)

    def step_difference(self, forward: bool) -> ItemRef | None:
        found = [ItemRef(*ref) for ref in differences(self.comparison)] if self.comparison else []
        if not found:
            return None
        if self.selected in found:
            position = found.index(self.selected) + (1 if forward else -1)
        else:
            position = 0 if forward else len(found) - 1
        target = found[position % len(found)]
        self.select(target)
        return target
