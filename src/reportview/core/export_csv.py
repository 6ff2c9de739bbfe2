"""Notes as CSV: one row per note, for spreadsheets (UTF-8 with BOM, so Excel and WPS read it)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from .model import Report
from .notes import Note

HEADER = ("report", "township", "year", "kind", "quote", "note", "tags", "created", "modified")
#: What a spreadsheet reads as the start of a formula (OWASP's CSV-injection guidance).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def inert(value: object) -> str:
    """A cell a spreadsheet shows as text: a leading formula character is quoted away."""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def notes_csv(reports: Sequence[Report], notes: Sequence[tuple[int, Note]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for index, note in notes:
        report = reports[index]
        writer.writerow(
            inert(cell)
            for cell in (
                report.title or report.path,
                report.body or "",
                report.year or "",
                note.anchor.kind,
                note.anchor.quote,
                note.body,
                "；".join(note.tags),
                note.created,
                note.modified,
            )
        )
    return "\ufeff" + out.getvalue()
