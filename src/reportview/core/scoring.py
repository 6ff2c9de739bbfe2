"""Scoring reports against a rubric: criteria with points, a score per report and criterion.

The default rubric follows what the regulation asks of a report: every required part
present, problems stated specifically rather than in boilerplate, plans that answer the
problems, concrete figures, last year's commitments followed up. Where the analysis can
measure a criterion it suggests a value (:func:`suggest`); a suggestion is only ever shown
as one, and a reviewer's own value always replaces it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .labels import QT_TRANSLATE_NOOP
from .overview import OverviewRow


@dataclass(frozen=True, slots=True)
class Criterion:
    key: str  # stable within a rubric; the default criteria's keys are fixed words
    name: str
    points: float


@dataclass(frozen=True, slots=True)
class Score:
    criterion: str  # a Criterion.key
    value: float | None  # None: not scored (a comment alone)
    comment: str = ""
    modified: str = ""


DEFAULT_CRITERIA: tuple[Criterion, ...] = (
    Criterion("parts", QT_TRANSLATE_NOOP("scoring", "Required parts present"), 20),
    Criterion("specific", QT_TRANSLATE_NOOP("scoring", "Problems specific, not boilerplate"), 20),
    Criterion("answered", QT_TRANSLATE_NOOP("scoring", "Plans answer the problems"), 20),
    Criterion("figures", QT_TRANSLATE_NOOP("scoring", "Concrete figures"), 20),
    Criterion("followed", QT_TRANSLATE_NOOP("scoring", "Last year's commitments followed up"), 20),
)
#: Figures in a report at which the figures criterion is suggested in full.
FULL_FIGURES = 20


def suggest(row: OverviewRow, criterion: Criterion) -> float | None:
    """What the analysis measures for ``criterion`` on a report, in points; ``None`` where it
    cannot (or where reading may have failed, so absences prove nothing)."""
    if row.read_failed:
        return None
    if criterion.key == "parts":
        share = sum(1 for _, mark in row.parts if mark == "✓") / max(1, len(row.parts))
    elif criterion.key == "specific":
        if not row.problems:
            return 0.0
        share = 1.0 - row.boilerplate
    elif criterion.key == "figures":
        share = min(1.0, row.figures / FULL_FIGURES)
    elif criterion.key == "followed" and row.follow is not None and row.follow.total:
        share = row.follow.share
    else:
        return None
    return round(criterion.points * share * 2) / 2  # half points


def clamp(value: float, criterion: Criterion) -> float:
    return min(max(0.0, value), criterion.points)


def total(scores: Mapping[str, Score], criteria: Iterable[Criterion]) -> float | None:
    """The report's total over the criteria it has been scored on (``None``: none yet)."""
    values = [scores[c.key].value for c in criteria if c.key in scores and scores[c.key].value is not None]
    return sum(v for v in values if v is not None) if values else None


def ranks(totals: Sequence[float | None]) -> list[int | None]:
    """1 for the highest total; equal totals share a rank (1, 2, 2, 4); unscored: ``None``."""
    scored = sorted((t for t in totals if t is not None), reverse=True)
    return [None if t is None else scored.index(t) + 1 for t in totals]


def new_key(criteria: Iterable[Criterion]) -> str:
    """A key no criterion of the rubric uses yet (for one the reviewer adds)."""
    taken = {c.key for c in criteria}
    number = 1
    while f"c{number}" in taken:
        number += 1
    return f"c{number}"
