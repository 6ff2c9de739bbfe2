"""Statuses can arrive kind by kind (problems and plans first): the pieces make exactly the
comparison matched all at once."""

from __future__ import annotations

from pathlib import Path

from reportview.core.analysis import analyze_file
from reportview.core.compare import FIRST_KINDS, compare, merged
from reportview.core.model import KIND_ORDER, Kind


def test_problems_and_plans_first_then_the_rest_make_the_whole(samples: Path) -> None:
    reports = [analyze_file(p) for p in sorted(samples.iterdir())[:5]]
    first = compare(reports, FIRST_KINDS)
    for row in first.rows:
        statuses = {r.status for c in row.cells for r in c.items}
        if row.kind in FIRST_KINDS:
            assert None not in statuses and statuses  # problems and plans are matched
        else:
            assert statuses <= {None}  # the rest waits
    rest = compare(reports, frozenset(KIND_ORDER) - FIRST_KINDS)
    aligned = compare(reports, match=False)
    assert merged(merged(aligned, first), rest) == compare(reports)
    assert merged(aligned, first).row(Kind.PROBLEMS) == compare(reports).row(Kind.PROBLEMS)


def test_a_worker_sends_back_only_the_rows_it_matched(samples: Path) -> None:
    import pickle

    from reportview.core.jobs import compare_reports

    reports = [analyze_file(p) for p in sorted(samples.iterdir())[:5]]
    rest = frozenset(KIND_ORDER) - FIRST_KINDS
    first, later = compare_reports(reports, FIRST_KINDS), compare_reports(reports, rest)
    assert not first.reports and {row.kind for row in first.rows} <= FIRST_KINDS  # the window has the reports
    whole = compare(reports)
    assert merged(merged(compare(reports, match=False), first), later) == whole
    assert len(pickle.dumps(first)) < len(pickle.dumps(whole)) / 2  # what travels between processes
    assert compare_reports(reports) == whole  # asked for everything, everything comes back
