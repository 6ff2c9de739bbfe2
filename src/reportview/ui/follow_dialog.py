"""The follow-through of one body's two consecutive reports, in a window of its own: each of
last year's commitments with its verdict and the sentences of this year's report that carry
it out; then the problems that come back and the plans made again. Double-clicking a
sentence shows it in place in the columns."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.follow import VERDICT_NAMES, FollowThrough, Verdict
from ..core.model import Kind, Report
from ..i18n import status_label, tr, translate

COLOURS = {Verdict.DONE: "#15803d", Verdict.PARTIAL: "#b45309", Verdict.NONE: "#b91c1c"}


class FollowDialog(QDialog):
    #: (report index in the comparison, start, end) of a sentence to show in place
    sentenceActivated = Signal(int, int, int)

    def __init__(
        self, last: Report, this: Report, this_index: int, found: FollowThrough, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            tr("Follow-through: {last} → {this}").format(last=last.display_name, this=this.display_name)
        )
        self.resize(900, 640)
        self._this_index = this_index
        layout = QVBoxLayout(self)
        done = sum(1 for c in found.plans if c.verdict is Verdict.DONE)
        layout.addWidget(
            QLabel(
                tr(
                    "{year}: {done} of {count} commitments carried out, by what this year's report says."
                ).format(year=last.year or "", done=done, count=len(found.plans)),
                self,
            )
        )
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("Last year's commitment / this year's evidence"), tr("Verdict")])
        self.tree.setColumnWidth(0, 700)
        self.tree.setWordWrap(True)
        self.tree.itemDoubleClicked.connect(self._on_item)
        layout.addWidget(self.tree, 1)
        bold = QFont()
        bold.setBold(True)
        for check in found.plans:
            top = QTreeWidgetItem([check.plan.text, translate("follow", VERDICT_NAMES[check.verdict])])
            top.setForeground(1, QColor(COLOURS[check.verdict]))
            top.setFont(1, bold)
            top.setToolTip(0, check.plan.text)
            for e in check.evidence:
                line = this.text[e.start : e.end].strip()
                if e.as_problem:
                    line += translate("follow", " (stated as a problem)")
                child = QTreeWidgetItem([line, "、".join(e.terms[:4])])
                child.setData(0, Qt.ItemDataRole.UserRole, (e.start, e.end))
                tip = line
                if e.promised or e.reported:
                    tip += "\n" + translate("follow", "figures: promised {a}; reported {b}").format(
                        a="、".join(e.promised) or "—", b="、".join(e.reported) or "—"
                    )
                child.setToolTip(0, tip)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        for title, repeats, kind in (
            (translate("follow", "Problems that come back:"), found.problems_back, Kind.PROBLEMS),
            (translate("follow", "Plans made again:"), found.plans_again, Kind.PLANS),
        ):
            group = QTreeWidgetItem([title, str(len(repeats))])
            group.setFont(0, bold)
            for r in repeats:
                now = this.items_of(kind)[r.this]
                child = QTreeWidgetItem([now.text, status_label(r.status.value)])
                child.setToolTip(0, "≈ " + last.items_of(kind)[r.last].text)
                child.setData(0, Qt.ItemDataRole.UserRole, (now.start, now.end))
                group.addChild(child)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_item(self, item: QTreeWidgetItem, _column: int) -> None:
        span = item.data(0, Qt.ItemDataRole.UserRole)
        if span:
            self.sentenceActivated.emit(self._this_index, span[0], span[1])
