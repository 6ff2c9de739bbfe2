"""Notes as CSV: one row per note, for spreadsheets (UTF-8 with BOM, so Excel and WPS read it)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from .clock import local_time
from .exporting import TEXTS, Translate, identity
from .labels import KIND_NAMES
from .model import Report
from .notes import Note

#: Column keys (the header's English words) and, last, a stable machine-readable kind code.
COLUMNS = ("report", "township", "year", "part", "quote", "note", "tags", "created", "modified")
HEADER = (*COLUMNS[:3], "kind", *COLUMNS[4:], "kind_code")
#: What a spreadsheet reads as the start of a formula (OWASP's CSV-injection guidance).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def inert(value: object) -> str:
    """A cell a spreadsheet shows as text: a leading formula character is quoted away."""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def notes_csv(reports: Sequence[Report], notes: Sequence[tuple[int, Note]], tx: Translate = identity) -> str:
    """The notes as CSV, headers and part names in the reader's language (``tx``), times in
    local time; the last column keeps the part's stable code for scripts."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if tx is identity:
        writer.writerow(HEADER)
    else:
        writer.writerow([tx("export", TEXTS[c]) for c in COLUMNS] + ["kind_code"])
    names = {kind.value: name for kind, name in KIND_NAMES.items()}
    for index, note in notes:
        report = reports[index]
        kind = note.anchor.kind
        writer.writerow(
            inert(cell)
            for cell in (
                report.full_name,
                report.body or "",
                report.year or "",
                tx("kinds", names[kind]) if kind in names and tx is not identity else kind,
                note.anchor.quote,
                note.body,
                "；".join(note.tags),
                local_time(note.created) if tx is not identity else note.created,
                local_time(note.modified) if tx is not identity else note.modified,
                kind,
            )
        )
    return "\ufeff" + out.getvalue()
