"""Find text across every report at once (Ctrl+F): hits painted, next and previous."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ..core.model import KIND_ORDER, Kind
from ..i18n import tr
from . import theme
from .comparison_view import ComparisonView


@dataclass(frozen=True)
class Hit:
    kind: Kind
    report: int
    start: int
    end: int


def find_hits(view: ComparisonView, needle: str) -> list[Hit]:
    """Every occurrence of ``needle`` in the cells, row by row, column by column."""
    hits: list[Hit] = []
    if not needle:
        return hits
    for kind in KIND_ORDER:
        for report in range(len(view.reports())):
            cell = view.cells.get((kind, report))
            if cell is None:
                continue
            text = cell.cell.text
            pos = text.find(needle)
            while pos >= 0:
                hits.append(Hit(kind, report, pos, pos + len(needle)))
                pos = text.find(needle, pos + max(1, len(needle)))
    return hits


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, view: ComparisonView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.hits: list[Hit] = []
        self.current = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(tr("Find:")))
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("Text to find in all reports"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(self.next)
        layout.addWidget(self.edit, 1)
        for text, tip, slot in (
            ("▲", tr("Previous match (Shift+F3)"), self.previous),
            ("▼", tr("Next match (F3)"), self.next),
            ("✕", tr("Close (Esc)"), self.close_bar),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            layout.addWidget(button)
        self.count = QLabel(self)
        layout.addWidget(self.count)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)

    def open(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self.search(self.edit.text())

    def close_bar(self) -> None:
        self.edit.clear()
        self.hide()
        self.closed.emit()

    def search(self, needle: str) -> None:
        self.hits = find_hits(self.view, needle)
        self.current = 0 if self.hits else -1
        self._paint()

    def next(self) -> None:
        if self.hits:
            self.current = (self.current + 1) % len(self.hits)
            self._paint()

    def previous(self) -> None:
        if self.hits:
            self.current = (self.current - 1) % len(self.hits)
            self._paint()

    def _paint(self) -> None:
        by_cell: dict[tuple[Kind, int], list[tuple[int, int]]] = {}
        for hit in self.hits:
            by_cell.setdefault((hit.kind, hit.report), []).append((hit.start, hit.end))
        current = self.hits[self.current] if self.current >= 0 else None
        strong = QColor(theme.find_colour())
        strong.setAlpha(255)
        for key, view in self.view.cells.items():
            view.mark_ranges("find", by_cell.get(key, []), theme.find_colour())
            here = current is not None and key == (current.kind, current.report)
            view.mark_ranges("find_current", [(current.start, current.end)] if here else [], strong)
        if current is not None:
            self.view.scroll_to(self.view.cells[(current.kind, current.report)], current.start, centre=False)
            self.count.setText(tr("{n} of {total}").format(n=self.current + 1, total=len(self.hits)))
        else:
            self.count.setText(tr("No matches") if self.edit.text() else "")
