"""``reportview overview``: the county at a glance, as text, JSON or an Excel workbook."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .core.boilerplate import recurring
from .core.export_xlsx import header, overview_xlsx, values
from .core.follow_book import FollowBook
from .core.model import Report, Status
from .core.overview import OverviewRow, overview
from .core.parallel import Helper, compare_all
from .core.score_book import ScoreBook
from .core.serialize import to_json
from .i18n import translate
from .progress import Progress

#: Recurring sentences printed under the table (the workbook and the JSON list them all).
SHOWN = 15


def overview_dict(reports: Sequence[Report], rows: Sequence[OverviewRow], found: Sequence) -> dict:
    return {
        "reports": [
            {
                "index": r.report,
                "name": r.name,
                "year": r.year,
                "title": r.title,
                "file": r.file,
                "parts": {kind.value: mark for kind, mark in r.parts},
                "warnings": r.warnings,
                "read_failed": r.read_failed,
                "problems": r.problems,
                "plans": r.plans,
                "statuses": {s.value: r.statuses.get(s) for s in Status},
                "boilerplate_share": round(r.boilerplate, 4),
                "figures": r.figures,
                "notes": r.notes,
                "followed": None
                if r.follow is None
                else {
                    "done": r.follow.done,
                    "partial": r.follow.partial,
                    "none": r.follow.none,
                    "by_reviewer": r.follow.reviewed,
                },
            }
            for r in rows
        ],
        "boilerplate": [
            {
                "text": entry.text,
                "reports": list(entry.reports),
                "occurrences": [[o.report, o.start, o.end] for o in entry.occurrences],
            }
            for entry in found
        ],
    }


def render_overview(reports: Sequence[Report], rows: Sequence[OverviewRow], found: Sequence) -> str:
    names = header(translate)
    lines = ["\t".join(names)]
    for row in rows:
        cells = values(row)
        at = names.index(translate("overview", "Text found in other reports"))
        cells[at] = f"{row.boilerplate:.0%}"
        lines.append("\t".join(str(c) for c in cells))
    if found:
        lines += [
            "",
            translate("cli", "Sentences carried by several reports ({count}):").format(count=len(found)),
        ]
        for entry in found[:SHOWN]:
            lines.append(
                translate("cli", "  {n} of {total} reports: {text}").format(
                    n=len(entry.reports), total=len(reports), text=entry.text
                )
            )
    return "\n".join(lines)


def run_overview(
    args: argparse.Namespace,
    reports: list[Report],
    progress: Progress,
    helping: Helper | None = None,
) -> int:
    comparison = compare_all(reports, helping, progress.matching)
    progress.clear()
    found = recurring(comparison.reports)
    book = _score_book(comparison.reports)
    notes = [book.store.notes_for(r) for r in comparison.reports] if book is not None else None
    follow = FollowBook(book.store if book is not None else None)
    follow.set_reports(comparison.reports)
    for pair in follow.pairs():
        follow.found(*pair)
    rows = follow.with_follow(overview(comparison, notes, found))
    if args.xlsx:
        from .core.atomic import write_atomic

        try:
            write_atomic(args.xlsx, overview_xlsx(comparison.reports, rows, found, translate, book, follow))
        except OSError as exc:
            sys.stderr.write(f"{args.xlsx}: {exc.strerror or exc}\n")
            return 1
    if args.docx:
        from .core.export_summary import summary_docx

        try:
            summary_docx(args.docx, comparison.reports, rows, found, translate, book)
        except OSError as exc:
            sys.stderr.write(f"{args.docx}: {exc.strerror or exc}\n")
            return 1
    if args.json:
        data = overview_dict(comparison.reports, rows, found)
        if book is not None:
            data["scoring"] = _scoring_dict(book, rows)
        text = to_json(data)
    else:
        text = render_overview(comparison.reports, rows, found)
    sys.stdout.write(text + "\n")
    return 0


def _score_book(reports: Sequence[Report]) -> ScoreBook | None:
    """The reviewer's rubric and scores from the local store, when there is one."""
    from .core.store_file import existing_store

    store = existing_store()
    if store is None:
        return None
    book = ScoreBook(store)
    book.set_reports(reports)
    return book


def _scoring_dict(book: ScoreBook, rows: Sequence[OverviewRow]) -> dict:
    suggestions, totals, ranks = book.suggestions(rows), book.totals(), book.ranks()
    return {
        "criteria": [{"key": c.key, "name": c.name, "points": c.points} for c in book.criteria],
        "reports": [
            {
                "index": i,
                "scores": {k: {"value": s.value, "comment": s.comment} for k, s in sorted(scores.items())},
                "suggested": suggestions[i],
                "total": totals[i],
                "rank": ranks[i],
            }
            for i, scores in enumerate(book.scores)
        ],
    }
