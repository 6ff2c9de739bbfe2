"""The county overview as an Excel workbook: the overview sheet and the boilerplate sheet.

Headers in the reader's language, the header row frozen, columns sized to their content,
pages set to A4 landscape with the header row repeated, so the sheet prints as a table.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from typing import Any

from .boilerplate import Recurring
from .export_csv import inert
from .exporting import Translate, identity
from .follow import VERDICT_NAMES
from .follow_book import FollowBook
from .labels import KIND_NAMES, QT_TRANSLATE_NOOP, STATUS_NAMES
from .model import REQUIRED_KINDS, Report, Status
from .overview import OverviewRow
from .score_book import ScoreBook

COLUMNS = {
    "no": QT_TRANSLATE_NOOP("overview", "No."),
    "name": QT_TRANSLATE_NOOP("overview", "Body"),
    "year": QT_TRANSLATE_NOOP("overview", "Year"),
    "title": QT_TRANSLATE_NOOP("overview", "Title"),
    "file": QT_TRANSLATE_NOOP("overview", "File"),
    "warnings": QT_TRANSLATE_NOOP("overview", "Reading warnings"),
    "problems": QT_TRANSLATE_NOOP("overview", "Problems"),
    "plans": QT_TRANSLATE_NOOP("overview", "Plans"),
    "boilerplate": QT_TRANSLATE_NOOP("overview", "Text found in other reports"),
    "figures": QT_TRANSLATE_NOOP("overview", "Concrete figures"),
    "notes": QT_TRANSLATE_NOOP("overview", "Notes"),
    "followed": QT_TRANSLATE_NOOP("overview", "Last year's commitments carried out"),
    "overview": QT_TRANSLATE_NOOP("overview", "Overview"),
    "recurring": QT_TRANSLATE_NOOP("overview", "Boilerplate"),
    "reports": QT_TRANSLATE_NOOP("overview", "Reports"),
    "sentence": QT_TRANSLATE_NOOP("overview", "Sentence"),
    "carried_by": QT_TRANSLATE_NOOP("overview", "Carried by"),
    "scores": QT_TRANSLATE_NOOP("overview", "Scores"),
    "total": QT_TRANSLATE_NOOP("overview", "Total"),
    "rank": QT_TRANSLATE_NOOP("overview", "Rank"),
    "comments": QT_TRANSLATE_NOOP("overview", "Comments"),
    "follow": QT_TRANSLATE_NOOP("overview", "Follow-through"),
    "last": QT_TRANSLATE_NOOP("overview", "Last year's report"),
    "this": QT_TRANSLATE_NOOP("overview", "This year's report"),
    "commitment": QT_TRANSLATE_NOOP("overview", "Last year's commitment"),
    "verdict": QT_TRANSLATE_NOOP("overview", "Verdict"),
    "by": QT_TRANSLATE_NOOP("overview", "Judged by"),
    "measured": QT_TRANSLATE_NOOP("overview", "analysis"),
    "reviewer": QT_TRANSLATE_NOOP("overview", "reviewer"),
    "evidence": QT_TRANSLATE_NOOP("overview", "This year's evidence"),
    "legend": QT_TRANSLATE_NOOP(
        "overview", "Grey italics: a value suggested from the analysis, not yet confirmed by a reviewer."
    ),
}


def header(tx: Translate) -> list[str]:
    """The overview's column names, in the order of :func:`values`."""
    status_names = [tx("status", STATUS_NAMES[s]) for s in (Status.UNIQUE, Status.SIMILAR, Status.SHARED)]
    return [
        *(tx("overview", COLUMNS[k]) for k in ("no", "name", "year", "title", "file")),
        *(tx("kinds", KIND_NAMES[k]) for k in REQUIRED_KINDS),
        *(tx("overview", COLUMNS[k]) for k in ("warnings", "problems", "plans")),
        *status_names,
        *(tx("overview", COLUMNS[k]) for k in ("boilerplate", "figures", "followed", "notes")),
    ]


def values(row: OverviewRow) -> list[object]:
    """One overview row as cell values (numbers stay numbers, for sorting in the sheet)."""
    return [
        row.report + 1,
        row.name,
        row.year or "",
        row.title or "",
        row.file,
        *(mark for _, mark in row.parts),
        row.warnings,
        row.problems,
        row.plans,
        *(row.statuses.get(s) for s in (Status.UNIQUE, Status.SIMILAR, Status.SHARED)),
        round(row.boilerplate, 3),
        row.figures,
        f"{row.follow.done}/{row.follow.total}" if row.follow else "",
        sum(row.notes.values()),
    ]


def overview_xlsx(
    reports: Sequence[Report],
    rows: Sequence[OverviewRow],
    found: Sequence[Recurring],
    tx: Translate = identity,
    book: ScoreBook | None = None,
    follow: FollowBook | None = None,
) -> bytes:
    """The workbook's bytes: the overview, the recurring sentences, (with ``book``) the
    scoring sheet and (with ``follow``, when reports are paired) the follow-through."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = tx("overview", COLUMNS["overview"])
    names = header(tx)
    sheet.append(names)
    for row in rows:
        sheet.append([inert(v) if isinstance(v, str) else v for v in values(row)])
    percent = names.index(tx("overview", COLUMNS["boilerplate"])) + 1
    for cell in sheet.iter_cols(min_col=percent, max_col=percent, min_row=2):
        for c in cell:
            c.number_format = "0%"
    second = workbook.create_sheet(tx("overview", COLUMNS["recurring"]))
    second.append([tx("overview", COLUMNS[k]) for k in ("reports", "sentence", "carried_by")])
    for entry in found:
        names = "、".join(reports[i].display_name for i in entry.reports)
        second.append([len(entry.reports), inert(entry.text), inert(names)])
    _as_printed_table(sheet, "A2")
    for index, column in enumerate(sheet.iter_cols(), 1):
        sheet.column_dimensions[get_column_letter(index)].width = min(
            40, max(6, *(_width(c.value) for c in column))
        )
    _as_printed_table(second, "A2")
    _wrapped_columns(second, (8, 80, 40))
    if book is not None:
        _score_sheet(workbook, rows, book, tx)
    if follow is not None and follow.pairs():
        _follow_sheet(workbook, follow, tx)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _as_printed_table(ws: Any, freeze: str) -> None:
    """A header row in bold, frozen and repeated on every page; A4 landscape, one page wide."""
    from openpyxl.styles import Alignment, Font

    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = freeze
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _score_sheet(workbook: Any, rows: Sequence[OverviewRow], book: ScoreBook, tx: Translate) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(tx("overview", COLUMNS["scores"]))
    names = [tx("scoring", c.name) for c in book.criteria]
    sheet.append([tx("overview", COLUMNS["no"]), tx("overview", COLUMNS["name"]), *names,
                  *(tx("overview", COLUMNS[k]) for k in ("total", "rank", "comments"))])  # fmt: skip
    suggestions = book.suggestions(rows)
    totals, ranks = book.totals(), book.ranks()
    for row in rows:
        i = row.report
        values_: list[object] = [i + 1, inert(row.name)]
        suggested_at = []
        for column, c in enumerate(book.criteria, start=3):
            score = book.scores[i].get(c.key)
            if score is not None and score.value is not None:
                values_.append(score.value)
            elif c.key in suggestions[i]:
                values_.append(suggestions[i][c.key])
                suggested_at.append(column)
            else:
                values_.append(None)
        comments = "；".join(
            f"{tx('scoring', c.name)}：{book.scores[i][c.key].comment}"
            for c in book.criteria
            if c.key in book.scores[i] and book.scores[i][c.key].comment
        )
        sheet.append([*values_, totals[i], ranks[i], inert(comments)])
        for column in suggested_at:
            sheet.cell(sheet.max_row, column).font = Font(italic=True, color="6B7280")
    sheet.append([])
    sheet.append([tx("overview", COLUMNS["legend"])])
    sheet.cell(sheet.max_row, 1).font = Font(italic=True, color="6B7280")
    _as_printed_table(sheet, "C2")
    widths = [6, 18, *([12] * len(book.criteria)), 8, 6, 50]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _follow_sheet(workbook: Any, follow: FollowBook, tx: Translate) -> None:
    """Every commitment of every pair: its verdict, whose verdict it is, and the evidence."""

    sheet = workbook.create_sheet(tx("overview", COLUMNS["follow"]))
    keys = ("last", "this", "commitment", "verdict", "by", "evidence", "comments")
    sheet.append([tx("overview", COLUMNS[k]) for k in keys])
    for last, this in follow.pairs():
        view = follow.view(last, this)
        if view is None:
            continue
        a, b = follow.reports[last], follow.reports[this]
        for judged in view.plans:
            evidence = "\n".join(b.text[e.start : e.end].strip() for e in judged.check.evidence)
            by = COLUMNS["reviewer"] if judged.override else COLUMNS["measured"]
            sheet.append([
                inert(f"{a.display_name} {a.year or ''}"), inert(f"{b.display_name} {b.year or ''}"),
                inert(judged.check.plan.text), tx("follow", VERDICT_NAMES[judged.verdict]), tx("overview", by),
                inert(evidence), inert(judged.override.comment if judged.override else ""),
            ])  # fmt: skip
    _as_printed_table(sheet, "D2")
    _wrapped_columns(sheet, (14, 14, 44, 13, 8, 44, 24))


def _wrapped_columns(ws: Any, widths: Sequence[int]) -> None:
    """Columns of these widths with text wrapped in them, and rows tall enough for it (a
    spreadsheet does not grow a row the file leaves at its default height)."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    for row in ws.iter_rows(min_row=2):
        lines = 1
        for c, width in zip(row, widths, strict=False):
            c.alignment = Alignment(wrap_text=True, vertical="top")
            parts = str(c.value or "").split("\n")
            lines = max(lines, sum(-(-_width(part) // max(1, width - 1)) or 1 for part in parts))
        ws.row_dimensions[row[0].row].height = 15 * lines


def _width(value: object) -> int:
    """Columns of a sheet a value needs: a Chinese character is two."""
    text = "" if value is None else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text) + 2
