"""What the grid marks on its columns' text: notes, copied sentences, a sentence opened from
the overview; and the reader's selection. A mixin of :class:`ComparisonView`, which owns
``cells`` (CellView by kind and column) and ``_spans`` (marks kept for columns to come)."""

from __future__ import annotations

from collections.abc import Collection

from ..core.model import Kind
from . import theme
from .cell import CellView


class GridMarks:
    cells: dict[tuple[Kind, int], CellView]
    _spans: dict[str, dict[int, list[tuple[int, int]]]]
    _notes: dict[int, list[tuple[int, int, str]]]

    def paint_notes(
        self, spans: dict[int, list[tuple[int, int, str]]], only: Collection[int] | None = None
    ) -> None:
        """``spans``: per report (column), (start, end, tooltip) of its notes in report offsets;
        ``only``: the columns to repaint (all when ``None``). Kept for columns built later."""
        for report in range(max([*spans, *self._notes, -1]) + 1):
            if only is None or report in only:
                self._notes[report] = list(spans.get(report, []))
        for (_, report), view in self.cells.items():
            if only is None or report in only:
                self._paint_notes_in(view, report)

    def _paint_notes_in(self, view: CellView, report: int) -> None:
        found = []
        for a, b, tip in self._notes.get(report, []):
            rng = view.cell.range_to_cell(a, b)
            if rng is not None:
                found.append((rng[0], rng[1], tip))
        view.set_notes(found)

    def paint_spans(self, layer: str, spans: dict[int, list[tuple[int, int]]]) -> None:
        """Mark spans (per report, in report offsets) in a layer of every column: "copied" for
        text other reports carry, "sentence" for a recurring sentence opened; kept for columns to come."""
        self._spans[layer] = spans
        for (_, report), view in self.cells.items():
            self._paint_spans_in(view, report, layer)

    def _paint_spans_in(self, view: CellView, report: int, layer: str) -> None:
        found = [r for a, b in self._spans[layer].get(report, []) if (r := view.cell.range_to_cell(a, b))]
        if layer == "copied":
            view.set_copied(found)
        else:
            view.mark_ranges(layer, found, theme.find_colour())

    def selection(self) -> tuple[int, int, int] | None:
        """(report, start, end) of the text selected in the focused cell, in report offsets."""
        for (_, report), view in self.cells.items():
            if view.hasFocus() or view.textCursor().hasSelection():
                found = view.selected_report_range()
                if found is not None and found[1] > found[0]:
                    return report, found[0], found[1]
        return None
