"""What every export shows: the comparison laid out cell by cell, items and notes marked.

Exports are pure Python (no Qt). Their fixed strings are English, marked for Qt's
``lupdate`` (see :mod:`labels`), and translated by whoever calls (the window, the command
line) through the ``tx`` argument.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .cells import cell_text
from .labels import KIND_NAMES, QT_TRANSLATE_NOOP
from .model import MARKED_KINDS, REQUIRED_KINDS, Comparison, Kind, Report, Status
from .notes import Note

Translate = Callable[[str, str], str]


TEXTS = {
    "title": QT_TRANSLATE_NOOP("export", "Report comparison"),
    "saved": QT_TRANSLATE_NOOP("export", "Exported {date}"),
    "legend": QT_TRANSLATE_NOOP(
        "export",
        "Problems and commitments are marked: unique (no counterpart in another report), similar (reworded), shared (copied nearly word for word).",
    ),
    "missing": QT_TRANSLATE_NOOP("export", "Not reported"),
    "required": QT_TRANSLATE_NOOP("export", "required"),
    "notes": QT_TRANSLATE_NOOP("export", "Notes"),
    "report": QT_TRANSLATE_NOOP("export", "Report"),
    "part": QT_TRANSLATE_NOOP("export", "Part"),
    "quote": QT_TRANSLATE_NOOP("export", "Quote"),
    "note": QT_TRANSLATE_NOOP("export", "Note"),
    "tags": QT_TRANSLATE_NOOP("export", "Tags"),
    "none": QT_TRANSLATE_NOOP("export", "No notes."),
    "parts_check": QT_TRANSLATE_NOOP("export", "Required parts"),
    "township": QT_TRANSLATE_NOOP("export", "Body"),
    "year": QT_TRANSLATE_NOOP("export", "Year"),
    "created": QT_TRANSLATE_NOOP("export", "Created"),
    "modified": QT_TRANSLATE_NOOP("export", "Modified"),
}


def identity(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Segment:
    """A run of a cell's text with the same marks: the item (and its status) and the notes over it."""

    text: str
    item: int | None
    status: Status | None
    notes: tuple[int, ...]  # numbers (1-based, export-wide) of the notes covering this run
    item_start: bool  # first run of its item: where the status badge goes
    note_ends: tuple[int, ...]  # notes that end with this run: where their numbers go


@dataclass(frozen=True)
class CellLayout:
    report: int
    headings: tuple[str, ...]
    segments: tuple[Segment, ...]
    missing: bool


def number_notes(notes: Sequence[tuple[int, Note]]) -> list[tuple[int, int, Note]]:
    """(number, report index, note) in report and text order, numbered from 1."""
    ordered = sorted(notes, key=lambda pair: (pair[0], pair[1].anchor.start, pair[1].anchor.end))
    return [(n, index, note) for n, (index, note) in enumerate(ordered, start=1)]


def layout_cell(
    comparison: Comparison, kind: Kind, report_index: int, numbered: Sequence[tuple[int, int, Note]]
) -> CellLayout:
    row = comparison.row(kind)
    assert row is not None
    cell = row.cells[report_index]
    report = comparison.reports[report_index]
    if cell.missing:
        return CellLayout(report_index, (), (), True)
    shown = cell_text(report, cell.sections)
    marks: list[tuple[int, int, str, int]] = []  # (start, end, what, which)
    for i, result in enumerate(cell.items if kind in MARKED_KINDS else ()):
        rng = shown.range_to_cell(result.item.start, result.item.end)
        if rng:
            marks.append((rng[0], rng[1], "item", i))
    for number, index, note in numbered:
        if index != report_index:
            continue
        rng = shown.range_to_cell(note.anchor.start, note.anchor.end)
        if rng and rng[1] > rng[0]:
            marks.append((rng[0], rng[1], "note", number))
    cuts = sorted({0, len(shown.text)} | {m[0] for m in marks} | {m[1] for m in marks})
    segments = []
    for a, b in itertools.pairwise(cuts):
        if b <= a:
            continue
        item = next((m[3] for m in marks if m[2] == "item" and m[0] <= a and b <= m[1]), None)
        status = cell.items[item].status if item is not None else None
        covering = tuple(m[3] for m in marks if m[2] == "note" and m[0] <= a and b <= m[1])
        item_start = item is not None and any(m[2] == "item" and m[3] == item and m[0] == a for m in marks)
        ends = tuple(m[3] for m in marks if m[2] == "note" and m[1] == b)
        segments.append(Segment(shown.text[a:b], item, status, covering, item_start, ends))
    return CellLayout(report_index, tuple(s.heading for s in cell.sections), tuple(segments), False)


def report_label(report: Report) -> str:
    return report.full_name


def required_check(report: Report, tx: Translate) -> str:
    return "  ".join(report.part_mark(k) + tx("kinds", KIND_NAMES[k]) for k in REQUIRED_KINDS)
