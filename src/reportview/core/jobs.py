"""Work the app sends to its analysis process: plain functions over picklable records.

Analysis holds Python's global interpreter lock for long stretches (jieba's dictionary
alone takes most of a second), which would freeze a window if it ran on a thread of the
GUI process; in a separate process it cannot.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from ..workers import Job
from .analysis import read_report
from .compare import compare, rows_of
from .diffing import Piece, word_diff
from .follow import FollowThrough, follow
from .model import Comparison, Kind, Report
from .tokens import warm_up


def warm() -> bool:
    """Load the heavy parts (jieba's dictionary and weights, numpy) before the first request."""
    warm_up()
    from . import dots  # noqa: F401  # numpy, which matching loads on first use

    return True


def ready() -> bool:
    """Nothing to do: importing this module in the worker was the point."""
    return True


def compare_reports(reports: Sequence[Report], kinds: Collection[Kind] | None = None) -> Comparison:
    """The comparison of ``reports``, matched in ``kinds`` (all when ``None``). Matched in
    some kinds, only their rows come back (:func:`compare.rows_of`): the window has the
    reports, and merges the rows into what it shows."""
    if kinds is None:
        return compare(reports)
    return rows_of(compare(reports, kinds), kinds)


def diff(a: str, b: str) -> tuple[Piece, ...]:
    return word_diff(a, b)


def follow_pair(last: Report, this: Report) -> FollowThrough:
    return follow(last, this)


#: Each kind of job a worker runs, and its function (``workers.run_job`` looks it up here).
JOBS: dict[Job, Callable[..., object]] = {
    Job.READY: ready,
    Job.WARM: warm,
    Job.LOAD: read_report,  # never raises for a bad file: says why it could not be read
    Job.COMPARE: compare_reports,
    Job.DIFF: diff,
    Job.FOLLOW: follow_pair,
}
