"""Many reports on a machine with two processors or more: a second process shares the work.

Reading and matching a county or a province is pure Python, one processor's work at a time.
From ``SHARED_FROM`` reports (when there is a second processor to use) a helper process,
started with ``spawn``, reads files beside this one and then matches some kinds while this
one matches the others, the work split as evenly as whole kinds allow (:func:`shares`).
The result is the one :func:`compare.compare` gives: each kind is matched whole in one
process, and :func:`compare.merged` joins them (a test compares the two).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .analysis import read_report
from .compare import compare, merged, rows_of
from .errors import ReportError
from .model import KIND_ORDER, Comparison, Item, Kind, Report, Row, items_in
from .serialize import ROW_DEPTH, Describe, Written, comparison_dict, row_dict, to_json, written

#: From this many reports a second process is worth loading the dictionary (about half a
#: second), here and in the window while its reader has not loaded it yet (it does once the
#: files named at start are read; then it matches beside the matcher however few). From
#: benchmarks/bench_ui.py, every status painted: 10 reports 0.83–0.98 s by the matcher
#: alone, 1.15 s with the reader too; 20 reports 1.49 s and 1.38–1.55 s (even); 50 reports
#: 4.4–4.8 s and 3.3–3.6 s.
SHARED_FROM = 20

Progress = Callable[[int, int], None]


def processors() -> int:
    """Processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Helper:
    """A second process, and how many items it has matched so far (shared memory)."""

    pool: ProcessPoolExecutor
    matched: Any  # multiprocessing.Value("q")


_matched: Any = None  # in the helper: its Helper.matched


def _helper_started(parent: int, matched: Any) -> None:
    from ..workers import worker_started

    global _matched
    _matched = matched
    worker_started(parent, 0)  # ends itself as soon as the command's process is gone, however


def _matched_rows(reports: list[Report], kinds: frozenset[Kind]) -> tuple[Row, ...]:
    """In the helper: the rows of ``kinds`` in :func:`compare.compare`, counting the items
    matched where the command can read them."""

    def count(done: int, total: int) -> None:
        _matched.value = done

    return rows_of(compare(reports, kinds, count), kinds).rows


def _compare_rows(reports: list[Report], kinds: frozenset[Kind]) -> dict[Kind, Row]:
    """In the helper: :func:`_matched_rows`, by kind. Only they travel back (all
    :func:`compare.merged` takes), not the reports, which the command has."""
    return {row.kind: row for row in _matched_rows(reports, kinds)}


def _written_counted(reports: list[Report], kinds: frozenset[Kind]) -> dict[Kind, Written]:
    """In the helper: :func:`_matched_rows`, written as JSON here."""
    return _written(_matched_rows(reports, kinds))


def _written(rows: Iterable[Row]) -> dict[Kind, Written]:
    """Rows written as JSON for their place in a comparison's (:func:`serialize.written`)."""
    return {row.kind: written(row_dict(row), ROW_DEPTH) for row in rows}


@contextmanager
def helper(count: int) -> Iterator[Helper | None]:
    """A second process for the work on ``count`` reports, or ``None`` when one process
    does it sooner (few reports, one processor). Ended on leaving, whatever happens."""
    if count < SHARED_FROM or processors() < 2:
        yield None
        return
    from ..workers import end  # not before a helper is wanted (a usage error needs none)

    context = multiprocessing.get_context("spawn")
    matched = context.Value("q", 0)
    pool = ProcessPoolExecutor(
        max_workers=1, mp_context=context, initializer=_helper_started, initargs=(os.getpid(), matched)
    )
    try:
        yield Helper(pool, matched)
    finally:  # on an error or Ctrl+C too: the helper never goes on working alone
        end(pool)


def read_all(
    paths: Sequence[Path], helping: Helper | None, progress: Progress | None = None
) -> list[Report | ReportError]:
    """Every file read, in order (a report, or the error saying why not). With a helper,
    it takes files from the end while this process takes them from the front; a file it
    has not begun when this process gets there is read here."""
    found: list[Report | ReportError | None] = [None] * len(paths)
    queued: dict[int, Future[Report | ReportError]] = {}
    if helping is not None:
        for index in range(len(paths) - 1, len(paths) // 2 - 1, -1):  # the second half, last first
            queued[index] = helping.pool.submit(read_report, str(paths[index]))

    def report() -> None:
        if progress is not None:
            there = sum(found[i] is None and f.done() and not f.cancelled() for i, f in queued.items())
            progress(sum(r is not None for r in found) + there, len(paths))

    for index, path in enumerate(paths):
        future = queued.get(index)
        if future is not None and not future.cancel():
            continue  # the helper has it
        found[index] = read_report(str(path))
        report()
    for index, future in queued.items():
        if found[index] is None:
            found[index] = future.result()
            report()
    return [r for r in found if r is not None]


def _items(reports: Sequence[Report]) -> dict[Kind, list[Item]]:
    """Every kind's items, report after report."""
    found: dict[Kind, list[Item]] = {kind: [] for kind in KIND_ORDER}
    for report in reports:
        for kind, sections in report.by_kind().items():
            found[kind] += items_in(sections)
    return found


def shares(reports: Sequence[Report]) -> tuple[frozenset[Kind], frozenset[Kind]]:
    """The kinds to match here and in the helper."""
    return _dealt(_items(reports))


def _dealt(items: dict[Kind, list[Item]]) -> tuple[frozenset[Kind], frozenset[Kind]]:
    """The work of matching a kind grows with the characters of its different items (a
    county repeats its statements; the same text is prepared once): the kinds are dealt out
    the largest first, each to the process with less so far, this one first (the helper's
    share also travels back)."""
    work = {kind: sum(map(len, dict.fromkeys(item.text for item in items[kind]))) for kind in KIND_ORDER}
    here: set[Kind] = set()
    there: set[Kind] = set()
    load = [0, 0]
    for kind in sorted(KIND_ORDER, key=lambda k: (-work[k], KIND_ORDER.index(k))):
        side = 0 if load[0] <= load[1] or not work[kind] else 1
        (here, there)[side].add(kind)
        load[side] += work[kind]
    return frozenset(here), frozenset(there)


def compare_all(
    reports: Sequence[Report], helping: Helper | None, progress: Progress | None = None
) -> Comparison:
    """:func:`compare.compare` of ``reports``; with a helper, it matches its share of the
    kinds meanwhile (:func:`shares`; ``progress`` counts the items of both)."""
    first, found = _shared(reports, helping, _compare_rows, progress)
    return merged(first, Comparison((), tuple(found.values())))


def compare_json(
    reports: Sequence[Report], helping: Helper | None, describe: Describe, progress: Progress | None = None
) -> str:
    """:func:`compare_all` as JSON (:func:`serialize.comparison_dict`); with a helper, it
    writes the rows it matched while this process is still matching its own, and this one
    writes its own while the helper may still be at it."""
    first, found = _shared(
        reports,
        helping,
        _written_counted,
        progress,
        lambda mine, kinds: _written(rows_of(mine, kinds).rows),
    )
    return to_json(comparison_dict(first, describe, found))


_Found = TypeVar("_Found")


def _shared(
    reports: Sequence[Report],
    helping: Helper | None,
    share: Callable[[list[Report], frozenset[Kind]], dict[Kind, _Found]],
    progress: Progress | None,
    meanwhile: Callable[[Comparison, frozenset[Kind]], dict[Kind, _Found]] | None = None,
) -> tuple[Comparison, dict[Kind, _Found]]:
    """The comparison of ``reports`` matched here in this process's share of the kinds (all
    of them without a helper), and by kind what ``share`` gives for the helper's share, if
    it has one, and ``meanwhile`` for this one's while the helper is still at work."""
    if helping is None:
        return compare(reports, progress=progress), {}
    items = _items(reports)
    here, there = _dealt(items)
    if not there:
        return compare(reports, progress=progress), {}
    total = sum(map(len, items.values()))
    later = helping.pool.submit(share, list(reports), there)

    def both(done: int, _mine: int) -> None:
        if progress is not None:
            progress(done + helping.matched.value, total)

    first = compare(reports, here, both)
    mine = sum(len(items[kind]) for kind in here)
    done = meanwhile(first, here) if meanwhile is not None else {}
    while True:  # the helper's share, if it is still at it
        try:
            found = later.result(timeout=0.2)
        except TimeoutError:
            both(mine, mine)
            continue
        if progress is not None:
            progress(total, total)
        return first, {**done, **found}
