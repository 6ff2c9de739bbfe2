"""What surrounds a cell's text: the placeholder for a part a report lacks, the note on a
part the report wrote inside another part, and what a badge's tooltip says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.model import REQUIRED_KINDS, Comparison, ItemResult, Kind
from ..i18n import kind_label, status_label, tr


def missing_cell(kind: Kind, parent: QWidget) -> QLabel:
    """The placeholder where a report has no part of ``kind`` (and says when it is required)."""
    label = QLabel(tr("Not reported") + (tr(" — a required part") if kind in REQUIRED_KINDS else ""), parent)
    label.setObjectName("missingCell")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMinimumHeight(40)
    label.setStyleSheet(
        "QLabel#missingCell { border: 1px dashed palette(mid); color: palette(placeholder-text); }"
    )
    return label


def written_inside(view: QWidget, inside: Kind, parent: QWidget) -> QWidget:
    """``view`` under a line saying the report wrote this part inside the part ``inside``,
    without a heading of its own."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    note = QLabel(tr("Written inside the part “{part}”").format(part=kind_label(inside)), box)
    note.setObjectName("foundInside")
    note.setWordWrap(True)
    note.setStyleSheet("QLabel#foundInside { color: #b45309; font-style: italic; }")
    column.addWidget(note)
    view.setParent(box)
    column.addWidget(view)
    return box


def evidence(comparison: Comparison, result: ItemResult) -> str:
    """What an item's links rest on, a line per counterpart: report, status, shared terms."""
    lines = []
    for m in result.matches[:3]:
        name = comparison.reports[m.report].display_name
        status = status_label(m.status.value)
        terms = tr("shared terms: {terms}").format(terms="、".join(m.terms)) if m.terms else ""
        lines.append(f"{m.report + 1}. {name}：{status}" + (f"（{terms}）" if terms else ""))
    return "\n".join(lines)
