"""A county summary in Word: one table of the reports (parts, counts, boilerplate share,
figures, scores), then the sentences most of them carry. A4 landscape, the header row
repeated on every page."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Mm

from .boilerplate import Recurring
from .clock import now
from .export_docx import chinese_font, repeat_header
from .export_xlsx import COLUMNS, header, values
from .exporting import Translate, identity
from .labels import QT_TRANSLATE_NOOP
from .model import Report
from .overview import OverviewRow
from .score_book import ScoreBook

TEXTS = {
    "title": QT_TRANSLATE_NOOP("overview", "County summary"),
    "made": QT_TRANSLATE_NOOP("overview", "{count} reports · made {date}"),
    "top": QT_TRANSLATE_NOOP("overview", "Sentences most reports carry"),
    "none": QT_TRANSLATE_NOOP("overview", "No sentence is carried by more than one report."),
}
#: Recurring sentences listed in the summary (the workbook lists them all).
TOP = 20


def summary_docx(
    path: str | Path,
    reports: Sequence[Report],
    rows: Sequence[OverviewRow],
    found: Sequence[Recurring],
    tx: Translate = identity,
    book: ScoreBook | None = None,
) -> None:
    document = Document()
    chinese_font(document, 9)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)  # A4 landscape
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(12))
    document.add_heading(tx("overview", TEXTS["title"]), level=0)
    document.add_paragraph(tx("overview", TEXTS["made"]).format(count=len(reports), date=now()[:10]))
    names = [n for i, n in enumerate(header(tx)) if i not in (3, 4)]  # title and file: too wide
    totals = book.totals() if book is not None else None
    ranks = book.ranks() if book is not None else None
    if book is not None:
        names += [tx("overview", COLUMNS["total"]), tx("overview", COLUMNS["rank"])]
    table = document.add_table(rows=1, cols=len(names))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, names, strict=True):
        run = cell.paragraphs[0].add_run(name)
        run.bold = True
    repeat_header(table.rows[0])
    share_at = header(tx).index(tx("overview", COLUMNS["boilerplate"]))
    for row in rows:
        cells = values(row)
        cells[share_at] = f"{row.boilerplate:.0%}"
        cells = [c for i, c in enumerate(cells) if i not in (3, 4)]
        if totals is not None and ranks is not None:
            total, rank = totals[row.report], ranks[row.report]
            cells += ["" if total is None else f"{total:g}", "" if rank is None else rank]
        for cell, value in zip(table.add_row().cells, cells, strict=True):
            cell.text = "" if value is None else str(value)
    document.add_heading(tx("overview", TEXTS["top"]), level=1)
    if not found:
        document.add_paragraph(tx("overview", TEXTS["none"]))
    for entry in found[:TOP]:
        carried = "、".join(reports[i].display_name for i in entry.reports)
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(f"{len(entry.reports)}/{len(reports)}  ").bold = True
        paragraph.add_run(entry.text)
        paragraph.add_run(f"（{carried}）").italic = True
    document.save(str(path))
