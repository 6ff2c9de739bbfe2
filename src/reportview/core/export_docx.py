"""A Word 对照表 for reviewers who work in Word or WPS: per part, the reports side by side.

Unique problems and commitments are highlighted and tagged 【独有】 (or the status in the
reader's language), so the table reads in black and white too; notes follow, with quotes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from .clock import now
from .exporting import (
    TEXTS,
    Translate,
    identity,
    layout_cell,
    number_notes,
    report_label,
    required_check,
)
from .labels import KIND_NAMES, STATUS_NAMES
from .model import Comparison, Report, Status
from .notes import Note

HIGHLIGHT = {
    Status.UNIQUE: WD_COLOR_INDEX.YELLOW,
    Status.SIMILAR: WD_COLOR_INDEX.TURQUOISE,
    Status.SHARED: WD_COLOR_INDEX.GRAY_25,
}


def chinese_font(document: Document, size: float = 10, name: str = "宋体") -> None:
    """The document's body text in a Chinese face, so Word and WPS do not fall back."""
    style = document.styles["Normal"]
    style.font.size = Pt(size)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def repeat_header(row: Any) -> None:
    """A table's first row repeated atop every page the table runs over."""
    properties = row._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)


def _name_columns(row: Any, reports: Sequence[Report]) -> None:
    """The reports' names atop a table, repeated on every page the table runs over."""
    for cell, report in zip(row.cells, reports, strict=True):
        run = cell.paragraphs[0].add_run(report_label(report))
        run.bold = True
        run.font.size = Pt(9)
    repeat_header(row)


def comparison_docx(
    path: str | Path, comparison: Comparison, notes: Sequence[tuple[int, Note]], tx: Translate = identity
) -> None:
    document = Document()
    chinese_font(document)
    reports = comparison.reports
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # A4, the paper reviewers print on
    if len(reports) > 2:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    document.add_heading(tx("export", TEXTS["title"]), level=0)
    document.add_paragraph(tx("export", TEXTS["saved"]).format(date=now()))
    document.add_paragraph(tx("export", TEXTS["legend"]))
    numbered = number_notes(notes)
    header = document.add_table(rows=1, cols=len(reports))
    header.style = "Table Grid"
    for i, report in enumerate(reports):
        cell = header.rows[0].cells[i]
        cell.paragraphs[0].add_run(report_label(report)).bold = True
        facts = " · ".join(str(x) for x in (report.body, report.year) if x)
        cell.add_paragraph(facts)
        cell.add_paragraph(f"{tx('export', TEXTS['parts_check'])}：{required_check(report, tx)}")
        for notice in report.warnings:
            cell.add_paragraph("⚠ " + tx("core", notice.template).format(count=notice.count))
    for row in comparison.rows:
        document.add_heading(tx("kinds", KIND_NAMES[row.kind]), level=1)
        table = document.add_table(rows=2, cols=len(reports))
        table.style = "Table Grid"
        _name_columns(table.rows[0], reports)
        for i in range(len(reports)):
            layout = layout_cell(comparison, row.kind, i, numbered)
            paragraph = table.rows[1].cells[i].paragraphs[0]
            if layout.missing:
                paragraph.add_run(tx("export", TEXTS["missing"])).italic = True
                continue
            for seg in layout.segments:
                if seg.item_start and seg.status is not None:
                    tag = paragraph.add_run(f"【{tx('status', STATUS_NAMES[seg.status])}】")
                    tag.bold = True
                pieces = seg.text.split("\n")
                for j, piece in enumerate(pieces):
                    if j:
                        paragraph = table.rows[1].cells[i].add_paragraph()
                    run = paragraph.add_run(piece)
                    if seg.status is Status.UNIQUE:
                        run.font.highlight_color = HIGHLIGHT[seg.status]
                    if seg.notes:
                        run.underline = True
                for number in seg.note_ends:
                    mark = paragraph.add_run(f"[{number}]")
                    mark.font.superscript = True
    document.add_heading(tx("export", TEXTS["notes"]), level=1)
    if not numbered:
        document.add_paragraph(tx("export", TEXTS["none"]))
    else:
        table = document.add_table(rows=1, cols=6)
        table.style = "Table Grid"
        for cell, key in zip(
            table.rows[0].cells[1:], ("report", "part", "quote", "note", "tags"), strict=True
        ):
            cell.paragraphs[0].add_run(tx("export", TEXTS[key])).bold = True
        table.rows[0].cells[0].text = "#"
        for number, index, note in numbered:
            cells = table.add_row().cells
            kind_name = next(
                (tx("kinds", v) for k, v in KIND_NAMES.items() if k.value == note.anchor.kind),
                note.anchor.kind,
            )
            values = (
                str(number),
                report_label(reports[index]),
                kind_name,
                note.anchor.quote,
                note.body,
                "、".join(note.tags),
            )
            for cell, value in zip(cells, values, strict=True):
                cell.text = value
    document.save(str(path))
