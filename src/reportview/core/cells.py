"""The text a comparison cell shows: one report's sections of one kind, with offset maps.

A cell shows the report's own normalised text, never a copy that drifts from it: a cell is
a list of spans of ``report.text``, joined by line breaks. Positions map both ways, so
items, annotations and search hits keep speaking in report offsets.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .model import Report, Section


@dataclass(frozen=True, slots=True)
class CellText:
    text: str
    spans: tuple[tuple[int, int], ...]  # (report_start, report_end), in order
    starts: tuple[int, ...]  # cell position where each span begins

    def to_cell(self, offset: int) -> int | None:
        """Cell position of a report offset, or ``None`` when the cell does not show it."""
        for (start, end), cell_start in zip(self.spans, self.starts, strict=True):
            if start <= offset <= end:
                return cell_start + offset - start
        return None

    def to_report(self, position: int) -> int:
        """Report offset of a cell position (a join break maps to the end of its span)."""
        index = max(0, bisect_right(self.starts, position) - 1)
        start, end = self.spans[index]
        return min(start + position - self.starts[index], end)

    def range_to_cell(self, start: int, end: int) -> tuple[int, int] | None:
        a, b = self.to_cell(start), self.to_cell(end)
        return (a, b) if a is not None and b is not None else None


def cell_text(report: Report, sections: tuple[Section, ...]) -> CellText:
    """Contiguous sections become one span; separate runs are joined by a line break."""
    merged: list[list[int]] = []
    for section in sections:
        if merged and report.text[merged[-1][1] : section.start].strip() == "":
            merged[-1][1] = max(merged[-1][1], section.end)  # a part found inside the one before
        else:
            merged.append([section.start, section.end])
    parts, starts, pos = [], [], 0
    for start, end in merged:
        starts.append(pos)
        parts.append(report.text[start:end])
        pos += end - start + 1
    return CellText("\n".join(parts), tuple((a, b) for a, b in merged), tuple(starts))
