"""The workspace under the window: the open reports, their notes, scores and follow-through,
and the undo history of every change a reviewer makes to them (closing or moving a column
too). No Qt.

Each operation returns a :class:`~reportview.core.history.Changes` record; the window applies
it to its views and redraws only what it names. Operations keep the reports they concern,
not their columns, so undo still finds them after columns were moved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from . import saved
from .follow import Verdict
from .follow_book import FollowBook
from .history import NOTHING, Changes, History
from .labels import QT_TRANSLATE_NOOP
from .model import Comparison, Report
from .notebook import AddNote, DeleteNote, EditNote, NoteBook, ReattachNote, position_of
from .score_book import ScoreBook
from .scoring import Criterion, Score
from .store import NoteStore


class Arrangement(Protocol):
    """Who keeps the columns (the window's session): the workspace closes, reopens and moves
    reports through it, so those changes can be undone. The new order comes back through
    :meth:`Workspace.set_reports` once the arrangement has it."""

    def reports(self) -> list[Report]: ...

    def remove(self, index: int) -> None: ...

    def insert(self, index: int, report: Report) -> None: ...

    def move(self, index: int, delta: int) -> None: ...


class Workspace:
    def __init__(self, store: NoteStore, arrangement: Arrangement | None = None) -> None:
        self.store = store
        self.arrangement = arrangement
        self.notes = NoteBook(store)
        self.scores = ScoreBook(store)
        self.follow = FollowBook(store)
        self.history = History()
        self.reports: tuple[Report, ...] = ()
        self.comparison: Comparison | None = None

    def set_comparison(self, comparison: Comparison) -> Changes:
        """The comparison of the open reports (statuses may still be pending)."""
        self.comparison = comparison
        return self.set_reports(comparison.reports)

    def set_reports(self, reports: Sequence[Report]) -> Changes:
        """The open reports, in column order (after opening, closing or moving one)."""
        reports = tuple(reports)
        if [(r.path, r.fingerprint) for r in reports] == [(r.path, r.fingerprint) for r in self.reports]:
            return NOTHING
        self.reports = reports
        self.scores.set_reports(reports)
        self.follow.set_reports(reports)
        return self.notes.set_reports(reports) | Changes(reports=True, scores=True, follow=True)

    def close_report(self, column: int) -> Changes:
        """Close a report's column (undo opens it again, in its place, without re-reading it)."""
        return self.history.push(_Close(self, self.reports[column]))

    def move_report(self, column: int, delta: int) -> Changes:
        if not 0 <= column + delta < len(self.reports):
            return NOTHING
        return self.history.push(_Move(self, self.reports[column], delta))

    # notes ------------------------------------------------------------------------------------
    def add_note(self, column: int, start: int, end: int, body: str, tags: Sequence[str]) -> Changes:
        return self.history.push(AddNote(self.notes, self.reports[column], start, end, body, tuple(tags)))

    def edit_note(self, note_id: int, body: str, tags: Sequence[str]) -> Changes:
        return self.history.push(EditNote(self.notes, note_id, body, tuple(tags)))

    def delete_note(self, note_id: int) -> Changes:
        return self.history.push(DeleteNote(self.notes, note_id))

    def reattach_note(self, note_id: int, column: int, start: int, end: int) -> Changes:
        return self.history.push(ReattachNote(self.notes, note_id, self.reports[column], start, end))

    # scores and follow-through ----------------------------------------------------------------------
    def set_score(self, column: int, score: Score) -> Changes:
        return self.history.push(_SetScore(self, self.reports[column], score))

    def set_criteria(self, criteria: Sequence[Criterion]) -> Changes:
        return self.history.push(_SetCriteria(self, tuple(criteria), self.scores.criteria))

    def set_verdict(
        self, last: int, this: int, plan: int, verdict: Verdict | None, comment: str = ""
    ) -> Changes:
        view = self.follow.view(last, this)
        old = view.plans[plan].override if view else None
        before = (old.verdict, old.comment) if old else (None, "")
        op = _SetVerdict(self, self.reports[last], self.reports[this], plan, (verdict, comment), before)
        return self.history.push(op)

    def set_paired(self, last: int, this: int, paired: bool) -> Changes:
        was = (last, this) in self.follow.pairs()
        return self.history.push(_SetPaired(self, self.reports[last], self.reports[this], paired, was))

    # history ------------------------------------------------------------------------------------------
    def undo(self) -> Changes:
        return self.history.undo()

    def redo(self) -> Changes:
        return self.history.redo()

    # saved comparisons --------------------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write the comparison with its notes, scores, pairs and verdicts (atomically)."""
        scores, follow = self.scores, self.follow
        saved.save(path, saved.SavedComparison(
            self.reports, tuple(self.notes.saved_notes()), scores.criteria, tuple(scores.saved_scores()),
            tuple(follow.saved_pairing()), tuple(follow.saved_verdicts())))  # fmt: skip

    def import_saved(self, loaded: saved.SavedComparison) -> Changes:
        """Take what a saved comparison brings that the store lacks (its reports are open)."""
        changes = self.set_reports(loaded.reports)
        changes |= self.notes.import_notes(list(loaded.notes))
        self.scores.import_saved(loaded.criteria, loaded.scores)
        self.follow.import_saved(loaded.pairing, loaded.verdicts)
        return changes | Changes(scores=True, follow=True)


# operations on columns, scores and the follow-through (notes have theirs in notebook.py) ------------------
@dataclass
class _Close:
    space: Workspace
    report: Report
    label: str = QT_TRANSLATE_NOOP("history", "Close report")
    column: int = 0

    def do(self) -> Changes:
        keeper = self.space.arrangement
        column = position_of(keeper.reports(), self.report) if keeper else None
        if keeper is None or column is None:
            return NOTHING
        self.column = column
        keeper.remove(column)
        return Changes(reports=True)

    def undo(self) -> Changes:
        keeper = self.space.arrangement
        if keeper is None or position_of(keeper.reports(), self.report) is not None:
            return NOTHING
        keeper.insert(min(self.column, len(keeper.reports())), self.report)
        return Changes(reports=True)


@dataclass
class _Move:
    space: Workspace
    report: Report
    delta: int
    label: str = QT_TRANSLATE_NOOP("history", "Move column")

    def _shift(self, delta: int) -> Changes:
        keeper = self.space.arrangement
        column = position_of(keeper.reports(), self.report) if keeper else None
        if keeper is None or column is None or not 0 <= column + delta < len(keeper.reports()):
            return NOTHING
        keeper.move(column, delta)
        return Changes(reports=True)

    def do(self) -> Changes:
        return self._shift(self.delta)

    def undo(self) -> Changes:
        return self._shift(-self.delta)


# operations on scores and the follow-through ---------------------------------------------------------------
@dataclass
class _SetScore:
    space: Workspace
    report: Report
    score: Score
    label: str = QT_TRANSLATE_NOOP("history", "Score")
    old: Score | None = None

    def __post_init__(self) -> None:
        column = position_of(self.space.reports, self.report)
        self.old = self.space.scores.scores[column].get(self.score.criterion) if column is not None else None

    def _set(self, score: Score) -> Changes:
        column = position_of(self.space.reports, self.report)
        if column is None:
            self.space.store.set_score(self.report, score)
            return NOTHING
        self.space.scores.set(column, score)
        return Changes(scores=True)

    def do(self) -> Changes:
        return self._set(self.score)

    def undo(self) -> Changes:
        return self._set(self.old or Score(self.score.criterion, None))


@dataclass
class _SetCriteria:
    space: Workspace
    criteria: tuple[Criterion, ...]
    old: tuple[Criterion, ...]
    label: str = QT_TRANSLATE_NOOP("history", "Scoring criteria")

    def do(self) -> Changes:
        self.space.scores.set_criteria(self.criteria)
        return Changes(scores=True)

    def undo(self) -> Changes:
        self.space.scores.set_criteria(self.old)
        return Changes(scores=True)


@dataclass
class _SetVerdict:
    space: Workspace
    last: Report
    this: Report
    plan: int
    after: tuple[Verdict | None, str]
    before: tuple[Verdict | None, str]
    label: str = QT_TRANSLATE_NOOP("history", "Verdict")

    def _set(self, value: tuple[Verdict | None, str]) -> Changes:
        last, this = position_of(self.space.reports, self.last), position_of(self.space.reports, self.this)
        if last is None or this is None:
            return NOTHING  # one of the two was closed: nothing to place it on
        self.space.follow.set_verdict(last, this, self.plan, *value)
        return Changes(follow=True)

    def do(self) -> Changes:
        return self._set(self.after)

    def undo(self) -> Changes:
        return self._set(self.before)


@dataclass
class _SetPaired:
    space: Workspace
    last: Report
    this: Report
    paired: bool
    was: bool
    label: str = QT_TRANSLATE_NOOP("history", "Pairing")

    def _set(self, paired: bool) -> Changes:
        last, this = position_of(self.space.reports, self.last), position_of(self.space.reports, self.this)
        if last is None or this is None:
            return NOTHING
        self.space.follow.set_paired(last, this, paired)
        return Changes(follow=True)

    def do(self) -> Changes:
        return self._set(self.paired)

    def undo(self) -> Changes:
        return self._set(self.was)
