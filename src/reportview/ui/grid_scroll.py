"""How the grid scrolls: a column brought to the left, a kind's band to the top, a span of a
report to mid-view, and the text at the top kept there when the cells re-wrap. A mixin of
:class:`ComparisonView`, which owns ``cells``, ``headers``, ``bands`` and the scroll areas."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QScrollArea

from ..core.model import Kind
from .cell import CellView
from .header import ColumnHeader, KindBand


class GridScroll:
    cells: dict[tuple[Kind, int], CellView]
    headers: list[ColumnHeader]
    bands: dict[Kind, KindBand]
    body_area: QScrollArea
    header_area: QScrollArea
    _wanted_column: int | None

    def reveal_range(self, report: int, start: int, end: int) -> bool:
        """Scroll to and select a span of a report (a note's text), the span in mid-view."""
        for (_, index), view in self.cells.items():
            rng = view.cell.range_to_cell(start, end) if index == report else None
            if rng is None:
                continue
            view.select_range(*rng)
            self.scroll_to(view, rng[0])
            return True
        return False

    def scroll_to(self, view: CellView, position: int, centre: bool = True) -> None:
        """Bring a cell position into view: sideways just enough, vertically mid-view or just enough."""
        point = view.mapTo(self.body_area.widget(), view.point_of(position))
        self.body_area.ensureVisible(point.x(), point.y(), 40, 0 if centre else 60)
        if centre:
            middle = point.y() - self.body_area.viewport().height() // 2
            self.body_area.verticalScrollBar().setValue(max(0, middle))

    def _top_text(self) -> tuple[CellView, int] | None:
        """The first column's cell at the top of the view, and the text position there."""
        body, top = self.body_area.widget(), self.body_area.verticalScrollBar().value()
        if top == 0:
            return None
        for (_, report), view in self.cells.items():
            corner = view.mapTo(body, QPoint(0, 0))
            if report == 0 and corner.y() <= top < corner.y() + view.height():
                return view, view.cursorForPosition(QPoint(4, top - corner.y())).position()
        return None

    def _scroll_to_top_text(self, view: CellView, position: int) -> None:
        point = view.mapTo(self.body_area.widget(), view.point_of(position))
        self.body_area.verticalScrollBar().setValue(point.y())

    def show_column(self, index: int, tries: int = 20) -> None:
        """Scroll sideways so that report ``index``'s column is in view, at the left (once it
        is built, when its slice is still to come)."""
        self._wanted_column = index
        if 0 <= index < len(self.headers):
            self.header_area.widget().adjustSize()
            target, bar = max(0, self.headers[index].x() - 4), self.body_area.horizontalScrollBar()
            bar.setValue(target)
            placed = index == 0 or self.headers[index].x() > 0
            if (not placed or bar.value() < target) and tries > 0:  # columns just built: not laid out yet
                QTimer.singleShot(30, lambda: self.show_column(index, tries - 1))
                return
            self._wanted_column = None

    def jump_to_kind(self, kind: Kind) -> None:
        band = self.bands.get(kind)
        if band is not None:
            self.body_area.verticalScrollBar().setValue(max(0, band.y() - 4))
