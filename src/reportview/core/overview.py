"""The county at a glance: one row per loaded report, everything a reviewer ranks them by.

Per report: its name, year and file; each required part ✓/✗/? (found at any depth); its
reading warnings; how many problems and plans it states and how many of those are its own
(独), reworded from another report (似) or copied (同); the share of its sentences that other
loaded reports carry too (:mod:`boilerplate`); how many concrete figures it gives (numbers
with a unit: 6场, 120人次, 95%, 30万元); and its notes per tag.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .boilerplate import Recurring, copied_share, recurring
from .model import MARKED_KINDS, REQUIRED_KINDS, Comparison, Kind, Report, Status
from .notes import Note

_UNIT = (
    r"(?:%|％|‰|万元|亿元|元|人次|余人|余次|余件|余场|余个|场次|场|次|人|件|个|期|家|户|份|篇|条|项|名|"
    r"小时|学时|天|个月|平方米|公里|米|册|本|块|处|所|套|台|辆|起|宗|批|类|轮|课时)"
)
#: A concrete figure: a number with a unit (6场, 120人次, 95%, 30万元, 两次).
FIGURE = re.compile(
    r"(?<![\d.])\d+(?:\.\d+)?\s*" + _UNIT + r"|[两三四五六七八九十百千万]+" + r"(?:场|次|期|轮|批)"
)


def figures(text: str) -> int:
    """How many concrete figures ``text`` gives: numbers with a unit."""
    return len(FIGURE.findall(text))


@dataclass(frozen=True, slots=True)
class Tally:
    """How far a report's last-year commitments were carried out (verdicts as they stand)."""

    done: int
    partial: int
    none: int
    reviewed: int  # verdicts given by the reviewer

    @property
    def total(self) -> int:
        return self.done + self.partial + self.none

    @property
    def share(self) -> float:
        """Carried out, counting a partial one as half."""
        return (self.done + self.partial / 2) / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class OverviewRow:
    report: int  # index in the comparison
    name: str
    year: int | None
    title: str | None
    file: str
    parts: tuple[tuple[Kind, str], ...]  # each required kind and its mark ✓ ✗ ?
    warnings: int
    read_failed: bool
    problems: int
    plans: int
    statuses: dict[Status, int]  # over problems and plans; empty while they are being matched
    boilerplate: float  # share of its sentences other reports carry
    figures: int
    notes: dict[str, int] = field(default_factory=dict)  # tag → count ('' for untagged)
    follow: Tally | None = None  # last year's commitments, when last year's report is open

    @property
    def missing(self) -> int:
        return sum(1 for _, mark in self.parts if mark != "✓")


def _figures_in_body(report: Report) -> int:
    """Figures from the first part on (not the title's year or the date line above it)."""
    return figures(report.text[report.sections[0].start :]) if report.sections else 0


def overview(
    comparison: Comparison,
    notes: Sequence[Sequence[Note]] | None = None,
    found: Sequence[Recurring] | None = None,
) -> list[OverviewRow]:
    """One row per report of ``comparison``; ``notes`` per report (same order) when known;
    ``found``: the recurring sentences, when already computed."""
    reports = comparison.reports
    found = recurring(reports) if found is None else found
    shares = copied_share(reports, found)
    rows = []
    for index, report in enumerate(reports):
        statuses: Counter[Status] = Counter()
        unknown = False  # not matched yet: no count is shown rather than a count of 0
        for row in comparison.rows:
            if row.kind in MARKED_KINDS:
                statuses.update(r.status for r in row.cells[index].items if r.status is not None)
                unknown = unknown or any(r.status is None for r in row.cells[index].items)
        tags: Counter[str] = Counter()
        for note in notes[index] if notes is not None else ():
            tags.update(note.tags or ("",))
        rows.append(
            OverviewRow(
                report=index,
                name=report.display_name,
                year=report.year,
                title=report.title,
                file=report.path.replace("\\", "/").rsplit("/", 1)[-1],
                parts=tuple((kind, report.part_mark(kind)) for kind in REQUIRED_KINDS),
                warnings=len(report.warnings),
                read_failed=report.read_failed,
                problems=len(report.items_of(Kind.PROBLEMS)),
                plans=len(report.items_of(Kind.PLANS)),
                statuses={} if unknown else {s: statuses.get(s, 0) for s in Status},
                boilerplate=shares[index],
                figures=_figures_in_body(report),
                notes=dict(sorted(tags.items())),
            )
        )
    return rows
