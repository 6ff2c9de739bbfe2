"""The scoring sheet of the open reports: the rubric and each report's scores, read from and
written to the store, carried into and out of saved comparisons."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Report
from .overview import OverviewRow
from .scoring import Criterion, Score, ranks, suggest, total
from .store import NoteStore


class ScoreBook:
    def __init__(self, store: NoteStore) -> None:
        self.store = store
        self.reports: tuple[Report, ...] = ()
        self.criteria: tuple[Criterion, ...] = store.criteria()
        self.scores: list[dict[str, Score]] = []

    def set_reports(self, reports: Sequence[Report]) -> None:
        self.reports = tuple(reports)
        self.criteria = self.store.criteria()
        self.scores = [self.store.scores_for(r) for r in self.reports]

    def set(self, report: int, score: Score) -> None:
        stored = self.store.set_score(self.reports[report], score)
        if stored.value is None and not stored.comment:
            self.scores[report].pop(stored.criterion, None)
        else:
            self.scores[report][stored.criterion] = stored

    def set_criteria(self, criteria: Sequence[Criterion]) -> None:
        self.store.set_criteria(criteria)
        self.criteria = self.store.criteria()

    def totals(self) -> list[float | None]:
        return [total(s, self.criteria) for s in self.scores]

    def ranks(self) -> list[int | None]:
        return ranks(self.totals())

    def suggestions(self, rows: Sequence[OverviewRow]) -> list[dict[str, float]]:
        """Per report, the measured suggestion for each criterion that has one."""
        out = []
        for row in rows:
            found = {c.key: suggest(row, c) for c in self.criteria}
            out.append({k: v for k, v in found.items() if v is not None})
        return out

    def saved_scores(self) -> list[tuple[int, Score]]:
        return [(i, s) for i, scores in enumerate(self.scores) for _, s in sorted(scores.items())]

    def import_saved(self, criteria: Sequence[Criterion], scores: Sequence[tuple[int, Score]]) -> None:
        """Take a saved comparison's sheet: its rubric, and each score the store lacks (a
        score given here since is kept)."""
        if criteria:
            self.set_criteria(criteria)
        for index, score in scores:
            if 0 <= index < len(self.scores) and score.criterion not in self.scores[index]:
                self.set(index, score)
