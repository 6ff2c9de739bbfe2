"""The two ways to look at the open reports: side by side (对照) and the county at a glance
(总览). The overview is the first screen once more reports are open than columns can show,
until the reviewer picks a tab; it is recomputed only while it is in view, beside the window
(:mod:`background`) so that fifty reports arriving never freeze it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QElapsedTimer, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QTabWidget, QWidget

from ..core.boilerplate import Recurring, recurring
from ..core.follow import FollowThrough
from ..core.model import Comparison, Kind, Report
from ..core.notes import Note
from ..core.overview import OverviewRow, overview
from ..core.workspace import Workspace
from ..i18n import tr
from .background import Background
from .comparison_view import AT_ONCE, ComparisonView
from .follow_dialog import FollowDialog
from .overview_view import OverviewView, Sheet
from .score_dialog import CriteriaDialog, ask_score

#: Quiet time after the last change before the overview is recomputed.
REFRESH_MS = 250
#: Longest wait for the quiet time while changes keep coming.
REFRESH_AT_MOST_MS = 600


class ReportTabs(QTabWidget):
    #: a pair's follow-through is wanted (last year's Report, this year's): computed elsewhere
    followWanted = Signal(object, object)
    #: a score, the rubric, a pair or a verdict was changed here (the Changes record)
    changed = Signal(object)

    def __init__(
        self,
        view: ComparisonView,
        notes: Callable[[int], Sequence[Sequence[Note]]],
        workspace: Workspace,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.workspace = workspace
        self.book, self.follow = workspace.scores, workspace.follow
        self._dialogs: list[FollowDialog] = []  # open follow-through windows, refreshed on changes
        self._asked: set[tuple[str, str]] = set()  # pairs whose follow-through was asked for
        self.overview = OverviewView(self)
        self._notes = notes  # report count → notes per report
        self.addTab(view, tr("Side by side"))
        self.addTab(self.overview, tr("Overview"))
        self._comparison: Comparison | None = None
        self._stale = True
        self._chosen = False  # the reviewer picked a tab: never switch for them again
        self._expected = 0  # the most reports open or being read since the last were closed
        self.show_copied = False  # grey ground under text other open reports carry
        self._found: list[Recurring] | None = None
        self._background = Background(self)
        self._version = 0  # counts changes, so a late answer knows whether it is still current
        self._landed: tuple[str, ...] = ()  # the reports the first screen was last shown for
        # Reports arrive one by one while a county loads: the overview is recomputed once
        # they pause, not for each of them.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFRESH_MS)
        self._later.timeout.connect(self._refresh)
        self._waiting = QElapsedTimer()
        self.tabBarClicked.connect(self._on_tab_clicked)
        self.currentChanged.connect(lambda _index: self._refresh())
        self.overview.reportActivated.connect(self.show_report)
        self.overview.sentenceActivated.connect(self.show_sentence)
        self.overview.scoreRequested.connect(self.edit_score)
        self.overview.followRequested.connect(self.show_follow_of)

    def expect(self, count: int) -> None:
        """``count`` reports are open or being read: when more arrive than fit side by side,
        the overview is the first screen from the start, so no columns are built meanwhile.
        Statuses arriving for the same reports never switch the reader's tab."""
        grew, self._expected = count > self._expected, max(self._expected, count)
        if grew and not self._chosen and count > AT_ONCE and self.currentWidget() is self.view:
            self.setCurrentWidget(self.overview)

    def set_comparison(self, comparison: Comparison) -> None:
        """Show a comparison of the workspace's reports (the workspace has them already)."""
        self._comparison = comparison
        self._ask_follow()
        self._mark_stale()
        self._found = None
        if not comparison.reports:
            self._expected = 0
        self.expect(len(comparison.reports))
        self._land(comparison)
        self._soon()
        if self.show_copied:
            self.paint_copied()

    def recurring(self) -> list[Recurring]:
        """The open reports' recurring sentences (computed once per comparison)."""
        if self._found is None:
            self._found = recurring(self._comparison.reports) if self._comparison else []
        return self._found

    def set_show_copied(self, shown: bool) -> None:
        self.show_copied = shown
        self.paint_copied()

    def paint_copied(self) -> None:
        """Shade (or clear) the copied text in every column, built or still to come."""
        spans: dict[int, list[tuple[int, int]]] = {}
        if self.show_copied:
            for entry in self.recurring():
                for o in entry.occurrences:
                    spans.setdefault(o.report, []).append((o.start, o.end))
        self.view.paint_spans("copied", spans)

    def _land(self, comparison: Comparison) -> None:
        """Once the statuses of newly opened reports are in, and the reader has not scrolled,
        show the problems (else the plans): the differences, not the preamble."""
        keys = tuple(r.fingerprint for r in comparison.reports)
        matched = any(r.status is not None for row in comparison.rows for c in row.cells for r in c.items)
        if not matched or keys == self._landed:
            return
        self._landed = keys
        if self.view.body_area.verticalScrollBar().value() == 0:
            kind = next((k for k in (Kind.PROBLEMS, Kind.PLANS) if comparison.row(k) is not None), None)
            if kind is not None:
                QTimer.singleShot(0, lambda: self.view.jump_to_kind(kind))

    def _mark_stale(self) -> None:
        """What the overview shows is out of date (an answer being computed is too)."""
        self._stale = True
        self._version += 1

    def _soon(self) -> None:
        """Recompute once changes pause, or at the latest ``REFRESH_AT_MOST_MS`` after the
        first of them: fifty reports arriving fill the table as they come, not at the end."""
        if not self._later.isActive():
            self._waiting.start()
        elif self._waiting.elapsed() >= REFRESH_AT_MOST_MS:
            return  # let the running timer fire
        self._later.start()

    def refresh_later(self) -> None:
        """Recompute the overview once changes pause (notes, scores, reports arriving)."""
        self._mark_stale()
        self._soon()

    notes_changed = refresh_later

    def refresh_now(self) -> None:
        """Recompute the overview at once (after a score or the rubric changed)."""
        self._mark_stale()
        self._refresh(at_once=True)

    @property
    def refreshing(self) -> bool:
        """Whether the overview is being recomputed beside the window."""
        return self._background.busy

    def _refresh(self, at_once: bool = False) -> None:
        if not self._stale or self.currentWidget() is not self.overview or self._comparison is None:
            return
        comparison, version, found = self._comparison, self._version, self._found
        notes = self._notes(len(comparison.reports))

        def work() -> tuple[list[Recurring], list[OverviewRow]]:
            known = recurring(comparison.reports) if found is None else found
            return known, overview(comparison, notes, known)

        def then(result: tuple[list[Recurring], list[OverviewRow]]) -> None:
            current = self._comparison
            # While reports arrive (each appended), the rows so far are shown, and redone.
            if current is not None and current.reports[: len(comparison.reports)] == comparison.reports:
                self._show_overview(comparison, *result)
                self._stale = self._stale and version != self._version  # changed meanwhile: again

        if at_once:
            then(work())
        else:
            self._background.run(work, then)

    def _show_overview(self, comparison: Comparison, found: list[Recurring], rows: list[OverviewRow]) -> None:
        if comparison is self._comparison:  # not the rows so far of reports still arriving
            self._found = found
        rows = self.follow.with_follow(rows)
        book = self.book
        sheet = Sheet(book.criteria, book.scores, book.suggestions(rows), book.totals(), book.ranks())
        self.overview.set_overview(comparison.reports, rows, found, sheet)

    def edit_score(self, report: int, key: str) -> None:
        criterion = next(c for c in self.book.criteria if c.key == key)
        rows = self.overview.model.rows
        row = next(r for r in rows if r.report == report)
        suggested = self.book.suggestions([row])[0].get(key)
        chosen = ask_score(self, row.name, criterion, self.book.scores[report].get(key), suggested)
        if chosen is not None:
            self.changed.emit(self.workspace.set_score(report, chosen))

    def edit_criteria(self) -> None:
        dialog = CriteriaDialog(self.book.criteria, self)
        if dialog.exec():
            self.changed.emit(self.workspace.set_criteria(dialog.criteria()))

    def _on_tab_clicked(self, _index: int) -> None:
        self._chosen = True

    def show_report(self, index: int) -> None:
        """The report's column, at its problems (what a reviewer reads first)."""
        self._chosen = True
        self.setCurrentWidget(self.view)
        # Once the columns are laid out: they were hidden behind the overview until now.
        QTimer.singleShot(0, lambda: (self.view.show_column(index), self.view.jump_to_kind(Kind.PROBLEMS)))

    # follow-through --------------------------------------------------------------------------
    def _ask_follow(self) -> None:
        """Ask for the follow-through of every pair not analysed yet (once each)."""
        for last, this in self.follow.missing():
            a, b = self.follow.reports[last], self.follow.reports[this]
            if (a.fingerprint, b.fingerprint) not in self._asked:
                self._asked.add((a.fingerprint, b.fingerprint))
                self.followWanted.emit(a, b)

    def follow_ready(self, last: Report, this: Report, found: FollowThrough) -> None:
        self.follow.set_found(last, this, found)
        self.follow_changed()

    def follow_changed(self) -> None:
        """A pair or a verdict changed: the overview recounts, open follow windows redraw (one
        whose pair is undone closes)."""
        self._ask_follow()
        self._mark_stale()
        self._soon()
        pairs = self.follow.pairs()
        for dialog in list(self._dialogs):
            if (dialog.last, dialog.this) in pairs:
                dialog.fill()
            else:
                dialog.close()

    def pair(self, first: int, second: int) -> None:
        """Pair two reports by hand, the earlier year as last year's (the first one dragged
        when their years do not tell)."""
        reports = self.follow.reports
        if not (0 <= first < len(reports) and 0 <= second < len(reports)) or first == second:
            return
        a, b = reports[first].year, reports[second].year
        last, this = (second, first) if a is not None and b is not None and a > b else (first, second)
        self.changed.emit(self.workspace.set_paired(last, this, True))
        self.show_follow(last, this)

    def ask_pair(self) -> None:
        """Pick two open reports to pair as one body's consecutive years."""
        reports = self.follow.reports
        if len(reports) < 2:
            return
        names = [f"{i + 1}. {r.display_name} {r.year or ''}" for i, r in enumerate(reports)]
        last, ok = QInputDialog.getItem(self, tr("Pair reports"), tr("Last year's report:"), names, 0, False)
        if not ok:
            return
        this, ok = QInputDialog.getItem(self, tr("Pair reports"), tr("This year's report:"), names, 1, False)
        if ok and last != this:
            self.changed.emit(self.workspace.set_paired(names.index(last), names.index(this), True))
            self.show_follow(names.index(last), names.index(this))

    def show_follow_of(self, report: int) -> None:
        """The follow-through in which ``report`` is this year's."""
        pair = self.follow.pair_of(report)
        if pair is not None:
            self.show_follow(*pair)

    def show_follow(self, last: int | None = None, this: int | None = None) -> None:
        """The follow-through of a pair (asks which when there are several)."""
        found = self.follow.pairs()
        if last is None or this is None:
            if not found:
                QMessageBox.information(
                    self,
                    tr("Follow-through"),
                    tr("No two open reports are one body's reports of consecutive years.")
                    + "\n"
                    + tr(
                        "To pair two reports by hand, drag one column's header onto the other's, or use View ▸ Pair reports…"
                    ),
                )
                return
            last, this = found[0]
            if len(found) > 1:
                reports = self.follow.reports
                names = [f"{reports[a].display_name} {reports[a].year} → {reports[b].year}" for a, b in found]
                name, ok = QInputDialog.getItem(
                    self, tr("Follow-through"), tr("Which body?"), names, 0, False
                )
                if not ok:
                    return
                last, this = found[names.index(name)]
        dialog = FollowDialog(self.workspace, last, this, self)
        dialog.sentenceActivated.connect(self.show_range)
        dialog.changed.connect(self.changed)
        dialog.finished.connect(
            lambda _result, d=dialog: self._dialogs.remove(d) if d in self._dialogs else None
        )
        self._dialogs.append(dialog)
        dialog.show()

    def show_range(self, report: int, start: int, end: int) -> None:
        self._chosen = True
        self.setCurrentWidget(self.view)
        QTimer.singleShot(0, lambda: self.view.reveal_range(report, start, end))

    def show_sentence(self, entry: Recurring) -> None:
        """A recurring sentence marked in every report that carries it; the first in view."""
        self._chosen = True
        self.setCurrentWidget(self.view)
        spans: dict[int, list[tuple[int, int]]] = {}
        for o in entry.occurrences:
            spans.setdefault(o.report, []).append((o.start, o.end))
        self.view.paint_spans("sentence", spans)
        first = entry.occurrences[0]
        QTimer.singleShot(0, lambda: self.view.reveal_range(first.report, first.start, first.end))
