"""Dialogs of the scoring sheet: one report's score on one criterion, and the rubric."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.scoring import Criterion, Score, clamp, new_key
from ..i18n import tr, translate

#: The spin box's value for "not scored" (shown as a word, not a number).
_UNSCORED = -0.5


def criterion_name(criterion: Criterion) -> str:
    """A default criterion's name in the reader's language; a reviewer's own as written."""
    return translate("scoring", criterion.name)


def ask_score(
    parent: QWidget, report: str, criterion: Criterion, current: Score | None, suggested: float | None
) -> Score | None:
    """The reviewer's score (``None``: cancelled). A value of ``None`` in the result clears it."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Score"))
    form = QFormLayout(dialog)
    form.addRow(QLabel(f"<b>{report}</b> — {criterion_name(criterion)}"))
    value = QDoubleSpinBox(dialog)
    value.setRange(_UNSCORED, criterion.points)
    value.setSingleStep(0.5)
    value.setDecimals(1)
    value.setSpecialValueText(tr("not scored"))
    value.setValue(current.value if current and current.value is not None else _UNSCORED)
    value.setSuffix(tr(" of {points:g}").format(points=criterion.points))
    row = QHBoxLayout()
    row.addWidget(value, 1)
    if suggested is not None:
        take = QPushButton(tr("Take the suggestion ({value:g})").format(value=suggested), dialog)
        take.clicked.connect(lambda: value.setValue(suggested))
        row.addWidget(take)
    form.addRow(tr("Score"), row)
    comment = QLineEdit(current.comment if current else "", dialog)
    comment.setPlaceholderText(tr("Why (optional)"))
    form.addRow(tr("Comment"), comment)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = None if value.value() <= _UNSCORED else clamp(value.value(), criterion)
    return Score(criterion.key, chosen, comment.text().strip())


class CriteriaDialog(QDialog):
    """Edit the rubric: criteria (name, points), in order; add and remove rows."""

    def __init__(self, criteria: tuple[Criterion, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Scoring criteria"))
        self.resize(520, 320)
        self._keys = [c.key for c in criteria]
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(criteria), 2, self)
        self.table.setHorizontalHeaderLabels([tr("Criterion"), tr("Points")])
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 380)
        for row, c in enumerate(criteria):
            self.table.setItem(row, 0, QTableWidgetItem(criterion_name(c)))
            self.table.setItem(row, 1, QTableWidgetItem(f"{c.points:g}"))
        layout.addWidget(self.table)
        row_buttons = QHBoxLayout()
        add = QPushButton(tr("Add criterion"), self)
        add.clicked.connect(self._add)
        remove = QPushButton(tr("Remove selected"), self)
        remove.clicked.connect(self._remove)
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        layout.addLayout(row_buttons)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._originals = {c.key: c for c in criteria}

    def _add(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(tr("New criterion")))
        self.table.setItem(row, 1, QTableWidgetItem("10"))
        self._keys.append("")

    def _remove(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
            del self._keys[row]

    def criteria(self) -> tuple[Criterion, ...]:
        """The rubric as edited: blank names dropped, points not a number read as 0."""
        out: list[Criterion] = []
        for row, key in enumerate(self._keys):
            name = (self.table.item(row, 0).text() if self.table.item(row, 0) else "").strip()
            try:
                points = max(0.0, float(self.table.item(row, 1).text()))
            except (AttributeError, ValueError):
                points = 0.0
            if not name:
                continue
            original = self._originals.get(key)
            if original is not None and name == criterion_name(original):
                name = original.name  # unchanged: keep the translatable default
            out.append(Criterion(key or new_key([*out, *self._originals.values()]), name, points))
        return tuple(out)
