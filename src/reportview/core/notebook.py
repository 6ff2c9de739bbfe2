"""The notes of the open reports: placed on them, and changed by undoable operations.

Every change goes straight to the store (committed before the call returns); an operation
only remembers how to reverse it. When reports are opened, their notes are put back (see
:mod:`anchoring`); a note that moved with an edited text is saved at its new place, and one
that cannot be placed with confidence is listed as unplaced instead of being guessed. After
a change only the notes of the reports it touched are placed again. Operations name their
report by fingerprint, not by column, so an undo after columns moved or closed still lands
on the right report (or, when it is closed, changes the store alone).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from .anchoring import anchor_at, place_notes
from .history import Changes
from .labels import QT_TRANSLATE_NOOP
from .model import Report
from .notes import Anchor, Note
from .store import NoteStore


@dataclass(frozen=True, slots=True)
class Shown:
    """A placed note: which report (column) it is on and where."""

    report: int
    start: int
    end: int
    note: Note


def position_of(reports: Sequence[Report], report: Report) -> int | None:
    """Where ``report`` (this text) stands among ``reports``, if it is there."""
    return next((i for i, r in enumerate(reports) if r.fingerprint == report.fingerprint), None)


class NoteBook:
    def __init__(self, store: NoteStore) -> None:
        self.store = store
        self.reports: list[Report] = []
        self._placed: list[list[Shown]] = []
        self._unplaced: list[list[tuple[Note, str]]] = []

    # placing -------------------------------------------------------------------------------
    def set_reports(self, reports: Sequence[Report]) -> Changes:
        self.reports = list(reports)
        self._placed = [[] for _ in self.reports]
        self._unplaced = [[] for _ in self.reports]
        return self.place(range(len(self.reports)))

    def place(self, which: Collection[int]) -> Changes:
        """Put the notes of reports ``which`` where they belong now; persist moved anchors.
        A note another open report shows already is not shown twice."""
        for index in sorted(i for i in which if 0 <= i < len(self.reports)):
            report = self.reports[index]
            elsewhere = {s.note.id for i, shown in enumerate(self._placed) if i != index for s in shown}
            candidates = [n for n in self.store.notes_for(report) if n.id not in elsewhere]
            placements = place_notes(report, candidates, self.store.text_of)
            shown = []
            for p in placements.placed:
                note = p.note
                if not p.exact:
                    note = self.store.move(note.id, report, anchor_at(report, p.start, p.end))
                shown.append(Shown(index, p.start, p.end, note))
            self._placed[index] = shown
            self._unplaced[index] = [(n, placements.reasons.get(n.id, "")) for n in placements.unplaced]
        return Changes.of_notes(which)

    @property
    def shown(self) -> list[Shown]:
        return [s for shown in self._placed for s in shown]

    @property
    def unplaced(self) -> list[tuple[Note, str]]:
        placed = {s.note.id for s in self.shown}
        seen: set[int] = set()
        out = []
        for lost in self._unplaced:
            for note, reason in lost:
                if note.id not in placed and note.id not in seen:
                    seen.add(note.id)
                    out.append((note, reason))
        return out

    def find(self, note_id: int) -> Shown | None:
        return next((s for s in self.shown if s.note.id == note_id), None)

    def note(self, note_id: int) -> Note | None:
        shown = self.find(note_id)
        return shown.note if shown else next((n for n, _ in self.unplaced if n.id == note_id), None)

    def column_of(self, note_id: int) -> int | None:
        """The report whose column shows the note, or lists it as unplaced."""
        shown = self.find(note_id)
        if shown is not None:
            return shown.report
        return next(
            (i for i, lost in enumerate(self._unplaced) if any(n.id == note_id for n, _ in lost)), None
        )

    def index_of(self, report: Report) -> int | None:
        return position_of(self.reports, report)

    # saved comparisons ------------------------------------------------------------------------
    def import_notes(self, notes: Sequence[tuple[int, Note]]) -> Changes:
        """Add notes from a saved comparison, skipping ones the store already has."""
        touched = set()
        for index, note in notes:
            report = self.reports[index]
            known = {(n.anchor.quote, n.anchor.start, n.body) for n in self.store.notes_for(report)}
            if (note.anchor.quote, note.anchor.start, note.body) not in known:
                self.store.add(report, note.anchor, note.body, note.tags, note.created or None)
                touched.add(index)
        return self.place(touched)

    def saved_notes(self) -> list[tuple[int, Note]]:
        """The placed notes with anchors at their current places (for saving and export)."""
        return [
            (s.report, s.note.moved(anchor_at(self.reports[s.report], s.start, s.end))) for s in self.shown
        ]


# operations ---------------------------------------------------------------------------------
@dataclass
class AddNote:
    book: NoteBook
    report: Report
    start: int
    end: int
    body: str
    tags: tuple[str, ...]
    label: str = QT_TRANSLATE_NOOP("history", "Add note")
    note: Note | None = None

    def do(self) -> Changes:
        if self.note is None:
            anchor = anchor_at(self.report, self.start, self.end)
            self.note = self.book.store.add(self.report, anchor, self.body, self.tags)
        else:
            self.note = self.book.store.restore(self.note, self.report)
        return self.book.place(_columns(self.book, [self.report]))

    def undo(self) -> Changes:
        assert self.note is not None
        self.book.store.delete(self.note.id)
        return self.book.place(_columns(self.book, [self.report]))


@dataclass
class EditNote:
    book: NoteBook
    note_id: int
    body: str
    tags: tuple[str, ...]
    old: tuple[str, tuple[str, ...]] = ("", ())
    label: str = QT_TRANSLATE_NOOP("history", "Edit note")

    def __post_init__(self) -> None:
        note = self.book.note(self.note_id)
        if note is not None:
            self.old = (note.body, note.tags)

    def _set(self, body: str, tags: tuple[str, ...]) -> Changes:
        self.book.store.update(self.note_id, body, tags)
        return self.book.place([i for i in [self.book.column_of(self.note_id)] if i is not None])

    def do(self) -> Changes:
        return self._set(self.body, self.tags)

    def undo(self) -> Changes:
        return self._set(*self.old)


@dataclass
class DeleteNote:
    book: NoteBook
    note_id: int
    label: str = QT_TRANSLATE_NOOP("history", "Delete note")
    note: Note | None = None
    on: Report | None = None  # the report whose column shows it (or lists it as unplaced)
    placed: bool = False

    def __post_init__(self) -> None:
        column = self.book.column_of(self.note_id)
        self.on = self.book.reports[column] if column is not None else None
        self.placed = self.book.find(self.note_id) is not None

    def do(self) -> Changes:
        self.note = self.book.store.delete(self.note_id)
        return self.book.place(_columns(self.book, [self.on]))

    def undo(self) -> Changes:
        assert self.note is not None
        self.note = self.book.store.restore(self.note, self.on if self.placed else None)
        self.note_id = self.note.id
        return self.book.place(_columns(self.book, [self.on]))


@dataclass
class ReattachNote:
    book: NoteBook
    note_id: int
    report: Report
    start: int
    end: int
    label: str = QT_TRANSLATE_NOOP("history", "Re-attach note")
    old: Anchor | None = None
    was_on: Report | None = None

    def __post_init__(self) -> None:
        note, column = self.book.note(self.note_id), self.book.column_of(self.note_id)
        self.old = note.anchor if note else None
        self.was_on = self.book.reports[column] if column is not None else None

    def do(self) -> Changes:
        self.book.store.move(self.note_id, self.report, anchor_at(self.report, self.start, self.end))
        return self.book.place(_columns(self.book, [self.report, self.was_on]))

    def undo(self) -> Changes:
        if self.old is not None:
            self.book.store.restore_anchor(self.note_id, self.old)
        return self.book.place(_columns(self.book, [self.report, self.was_on]))


def _columns(book: NoteBook, reports: Sequence[Report | None]) -> list[int]:
    """The columns of those of ``reports`` still open."""
    return [i for r in reports if r is not None and (i := book.index_of(r)) is not None]
