"""The follow-through of one body's two consecutive reports, in a window of its own: each of
last year's commitments with its verdict and the sentences of this year's report that carry
it out; then the problems that come back and the plans made again.

The reviewer confirms or overrides a verdict from a commitment's context menu (or by
double-clicking its verdict); double-clicking a sentence shows it in place in the columns.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.amounts import Against
from ..core.follow import VERDICT_NAMES, Evidence, Verdict
from ..core.follow_book import Judged, PairView
from ..core.model import Kind
from ..core.workspace import Workspace
from ..i18n import status_label, tr, translate

COLOURS = {Verdict.DONE: "#15803d", Verdict.PARTIAL: "#b45309", Verdict.NONE: "#b91c1c"}
PLAN_ROLE = Qt.ItemDataRole.UserRole + 1
EVIDENCE = 2  # the column of this year's sentences  # a commitment's item: its index among last year's plans


def _figures(e: Evidence) -> str:
    """The figures on both sides, when both give some: （承诺 4次；报告 6次）."""
    if not (e.promised and e.reported) or e.figures is Against.UNKNOWN:
        return ""  # figures in no shared unit say nothing of each other
    a, b = "、".join(e.promised), "、".join(e.reported)
    if e.figures is Against.SHORT:
        return translate("follow", "  ⚠ reported {b}, short of the promised {a}").format(a=a, b=b)
    return translate("follow", "  (promised {a}; reported {b})").format(a=a, b=b)


def verdict_text(judged: Judged) -> str:
    text = translate("follow", VERDICT_NAMES[judged.verdict])
    return text + translate("follow", " (reviewer)") if judged.override is not None else text


class FollowDialog(QDialog):
    #: (report index in the comparison, start, end) of a sentence to show in place
    sentenceActivated = Signal(int, int, int)
    #: a verdict or the pairing was changed here (the Changes record)
    changed = Signal(object)

    def __init__(self, workspace: Workspace, last: int, this: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.book, self.last, self.this = workspace, workspace.follow, last, this
        a, b = workspace.reports[last], workspace.reports[this]
        self.setWindowTitle(
            tr("Follow-through: {last} → {this}").format(
                last=f"{a.display_name} {a.year or ''}", this=f"{b.display_name} {b.year or ''}"
            )
        )
        self.resize(1180, 700)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("Last year's commitment"), tr("Verdict"), tr("This year's report")])
        self.tree.setColumnWidth(0, 430)
        self.tree.setColumnWidth(1, 170)
        self.tree.setColumnWidth(EVIDENCE, 540)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu_at)
        self.tree.itemDoubleClicked.connect(self._on_item)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        unpair = QPushButton(tr("Not the same body: unpair"), self)
        unpair.setToolTip(tr("These two reports are not one body's consecutive years"))
        buttons.addButton(unpair, QDialogButtonBox.ButtonRole.ResetRole)
        unpair.clicked.connect(self.unpair)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.view: PairView | None = None
        self.fill()

    # content ------------------------------------------------------------------------------
    def fill(self) -> None:
        view = self.view = self.book.view(self.last, self.this)
        self.tree.clear()
        if view is None:
            return
        tally = view.tally()
        text = tr(
            "{year}: {done} of {count} commitments carried out, by what this year's report says."
        ).format(year=self.book.reports[self.last].year or "", done=tally.done, count=tally.total)
        if tally.reviewed:
            text += " " + tr("{n} verdicts are the reviewer's.").format(n=tally.reviewed)
        self.summary.setText(text + " " + tr("Right-click a commitment to confirm or change its verdict."))
        bold = QFont()
        bold.setBold(True)
        this = self.book.reports[self.this]
        for index, judged in enumerate(view.plans):
            item = self._plan_item(index, judged, bold, this.text)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)  # only takes once the item is in the tree
        if view.unplaced:
            group = QTreeWidgetItem([tr("Verdicts whose commitment is no longer in last year's report:"), ""])
            group.setFont(0, bold)
            for o in view.unplaced:
                group.addChild(
                    QTreeWidgetItem([o.anchor.quote, translate("follow", VERDICT_NAMES[o.verdict])])
                )
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        self._repeats(view, bold)

    def _plan_item(self, index: int, judged: Judged, bold: QFont, text: str) -> QTreeWidgetItem:
        """Last year's commitment on the left, its verdict, this year's evidence on the right
        (the first sentence on the commitment's row, the others beneath it)."""
        check = judged.check
        top = QTreeWidgetItem([self._wrap(check.plan.text, 0), verdict_text(judged), ""])
        top.setData(0, PLAN_ROLE, index)
        top.setForeground(1, QColor(COLOURS[judged.verdict]))
        top.setFont(1, bold)
        tip = translate("follow", "The analysis finds: {verdict}").format(
            verdict=translate("follow", VERDICT_NAMES[check.verdict])
        )
        if judged.override is not None and judged.override.comment:
            tip += "\n" + translate("follow", "reviewer: {comment}").format(comment=judged.override.comment)
        top.setToolTip(1, tip)
        top.setToolTip(0, check.plan.text)
        if not check.evidence:
            top.setText(EVIDENCE, translate("follow", "(nothing in this year's report)"))
            top.setForeground(EVIDENCE, QColor("#6b7280"))
        for number, e in enumerate(check.evidence):
            line = text[e.start : e.end].strip()
            if e.as_problem:
                line += translate("follow", " (stated as a problem)")
            row = top if number == 0 else QTreeWidgetItem(["", "", ""])
            row.setText(EVIDENCE, self._wrap(line + _figures(e), EVIDENCE))
            row.setData(EVIDENCE, Qt.ItemDataRole.UserRole, (e.start, e.end))
            row.setToolTip(
                EVIDENCE,
                line + "\n" + translate("follow", "shared terms: {terms}").format(terms="、".join(e.terms)),
            )
            if e.figures is Against.SHORT:
                row.setForeground(EVIDENCE, QColor(COLOURS[Verdict.NONE]))
            if row is not top:
                top.addChild(row)
        return top

    def _repeats(self, view: PairView, bold: QFont) -> None:
        last, this = self.book.reports[self.last], self.book.reports[self.this]
        for title, repeats, kind in (
            (translate("follow", "Problems that come back:"), view.found.problems_back, Kind.PROBLEMS),
            (translate("follow", "Plans made again:"), view.found.plans_again, Kind.PLANS),
        ):
            group = QTreeWidgetItem([title, str(len(repeats)), ""])
            group.setFont(0, bold)
            for r in repeats:
                now = this.items_of(kind)[r.this]
                then = last.items_of(kind)[r.last].text
                child = QTreeWidgetItem(
                    [self._wrap(then, 0, 1), status_label(r.status.value), self._wrap(now.text, EVIDENCE)]
                )
                child.setData(EVIDENCE, Qt.ItemDataRole.UserRole, (now.start, now.end))
                group.addChild(child)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)

    def _wrap(self, text: str, column: int, depth: int = 0) -> str:
        """``text`` broken into lines that fit ``column`` at ``depth`` in the tree (a tree does
        not wrap Chinese itself)."""
        indent = self.tree.indentation() * (depth + 1) if column == 0 else 0
        metrics, width = self.tree.fontMetrics(), max(120, self.tree.columnWidth(column) - indent - 12)
        lines, line, used = [], "", 0
        for ch in text:
            advance = metrics.horizontalAdvance(ch)
            if used + advance > width and line:
                lines.append(line)
                line, used = "", 0
            line += ch
            used += advance
        return "\n".join([*lines, line])

    # the reviewer's verdicts ----------------------------------------------------------------
    def set_verdict(self, plan: int, verdict: Verdict | None, comment: str | None = None) -> None:
        """Confirm or override commitment ``plan``'s verdict (``None``: back to the analysis)."""
        assert self.view is not None
        earlier = self.view.plans[plan].override
        if comment is None:
            comment = earlier.comment if earlier else ""
        self.changed.emit(self.workspace.set_verdict(self.last, self.this, plan, verdict, comment))

    def _menu_at(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        plan = item.data(0, PLAN_ROLE) if item is not None else None
        if plan is None or self.view is None:
            return
        judged = self.view.plans[plan]
        menu = QMenu(self)
        for verdict in Verdict:
            chosen = menu.addAction(translate("follow", VERDICT_NAMES[verdict]))
            chosen.setCheckable(True)
            chosen.setChecked(judged.override is not None and judged.verdict is verdict)
            chosen.triggered.connect(lambda _=False, v=verdict: self.set_verdict(plan, v))
        menu.addSeparator()
        comment = menu.addAction(tr("Reviewer's comment…"))
        comment.triggered.connect(lambda: self._ask_comment(plan))
        back = menu.addAction(tr("Back to the analysis's verdict"))
        back.setEnabled(judged.override is not None)
        back.triggered.connect(lambda: self.set_verdict(plan, None))
        menu.exec(self.tree.viewport().mapToGlobal(point))

    def _ask_comment(self, plan: int) -> None:
        assert self.view is not None
        judged = self.view.plans[plan]
        text, ok = QInputDialog.getMultiLineText(
            self,
            tr("Reviewer's comment"),
            judged.check.plan.text[:80],
            judged.override.comment if judged.override else "",
        )
        if ok:
            self.set_verdict(plan, judged.verdict, text)

    def unpair(self) -> None:
        self.changed.emit(self.workspace.set_paired(self.last, self.this, False))
        self.accept()

    def _on_item(self, item: QTreeWidgetItem, column: int) -> None:
        plan = item.data(0, PLAN_ROLE)
        if plan is not None and column == 1:
            self.tree.customContextMenuRequested.emit(self.tree.visualItemRect(item).center())
            return
        span = item.data(EVIDENCE, Qt.ItemDataRole.UserRole)
        if span:
            self.sentenceActivated.emit(self.this, span[0], span[1])
