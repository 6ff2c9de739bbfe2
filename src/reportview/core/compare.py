"""Line up reports by section kind and match their items: the comparison the views draw."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from .collector import paused
from .genre import own_fields
from .matching import match_items
from .model import (
    KIND_ORDER,
    MARKED_KINDS,
    Cell,
    Comparison,
    ItemResult,
    Kind,
    Report,
    Row,
    Status,
    items_in,
)

#: What a reviewer reads first: a window has these matched before the rest.
FIRST_KINDS = frozenset((Kind.PROBLEMS, Kind.PLANS))


def compare(
    reports: Sequence[Report],
    match: bool | Collection[Kind] = True,
    progress: Callable[[int, int], None] | None = None,
) -> Comparison:
    """One row per kind present in any report (in reading order), one cell per report.

    With ``match=False`` only the alignment is built (statuses ``None``): it needs no
    word segmentation, so a window can show the columns before the matching is done.
    ``match`` may name the kinds to match (the others' statuses stay ``None``; see
    :func:`merged`). ``progress(done, total)`` is called as items are matched.
    """
    matched_kinds = frozenset(KIND_ORDER if match is True else () if match is False else match)
    rows = []
    parts = [r.by_kind() for r in reports]  # each report's tree walked once
    sections = {kind: [p.get(kind, ()) for p in parts] for kind in KIND_ORDER}
    total = sum(len(items_in(s)) for kind in matched_kinds for s in sections[kind])
    done = [0]

    def one_more() -> None:
        done[0] += 1
        if progress is not None:
            progress(done[0], total)

    own = [own_fields(r.writer) for r in reports]
    with paused():  # matching makes no reference cycles (:mod:`collector`)
        for kind in KIND_ORDER:
            if not any(sections[kind]):
                continue
            groups = [items_in(s) for s in sections[kind]]
            matched = (
                match_items(groups, one_more, kind is Kind.PROBLEMS, own)
                if kind in matched_kinds
                else [[(None, ())] * len(g) for g in groups]
            )
            cells = tuple(
                Cell(
                    idx,
                    sections[kind][idx],
                    tuple(
                        ItemResult(item, status, matches)
                        for item, (status, matches) in zip(groups[idx], matched[idx], strict=True)
                    ),
                )
                for idx in range(len(reports))
            )
            rows.append(Row(kind, cells))
    return Comparison(tuple(reports), tuple(rows))


def rows_of(comparison: Comparison, kinds: Collection[Kind]) -> Comparison:
    """The rows of ``kinds`` alone, without the reports: all :func:`merged` takes from an
    update, and all a worker or a helper process need send back of the kinds it matched."""
    return Comparison((), tuple(row for row in comparison.rows if row.kind in kinds))


def merged(base: Comparison, update: Comparison) -> Comparison:
    """``base`` with the rows ``update`` has matched (both of the same reports): statuses
    that arrive kind by kind make one comparison."""
    done = {
        row.kind: row for row in update.rows if any(r.status is not None for c in row.cells for r in c.items)
    }
    return Comparison(base.reports, tuple(done.get(row.kind, row) for row in base.rows))


def differences(comparison: Comparison) -> list[tuple[int, Kind, int]]:
    """(report, kind, item) of the unique and similar problems and commitments, in reading
    order (row by row, column by column): what a reviewer steps through."""
    out = []
    for row in comparison.rows:
        if row.kind not in MARKED_KINDS:
            continue
        for cell in row.cells:
            for index, result in enumerate(cell.items):
                if result.status in (Status.UNIQUE, Status.SIMILAR):
                    out.append((cell.report, row.kind, index))
    return out
