"""What surrounds a cell's text: the placeholder for a part a report lacks, and the note on a
part the report wrote inside another part."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.model import REQUIRED_KINDS, Kind
from ..i18n import kind_label, tr


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
