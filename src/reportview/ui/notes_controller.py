"""The window's notes: placed on the reports being compared, changed through an undo stack.

Every change goes straight to the SQLite store (committed before the call returns); the
undo stack only records how to reverse it. When reports are opened, their notes are put
back (see :mod:`reportview.core.anchoring`); a note that moved with an edited text is
saved at its new place, and one that cannot be placed with confidence goes to the list of
unplaced notes instead of being guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.anchoring import anchor_at, place_notes
from ..core.model import Report
from ..core.notes import Note
from ..core.store import NoteStore
from ..i18n import tr


@dataclass(frozen=True)
class Shown:
    """A placed note: which report (column) it is on and where."""

    report: int
    start: int
    end: int
    note: Note


class NotesController(QObject):
    notesChanged = Signal()

    def __init__(self, store: NoteStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo = QUndoStack(self)
        self.reports: list[Report] = []
        self.shown: list[Shown] = []
        self.unplaced: list[tuple[Note, str]] = []

    # placing -------------------------------------------------------------------------
    def set_reports(self, reports: Sequence[Report]) -> None:
        """Put every note of these reports where it belongs now; persist moved anchors."""
        self.reports = list(reports)
        self.refresh()

    def refresh(self) -> None:
        shown, unplaced, seen = [], [], set()
        for index, report in enumerate(self.reports):
            candidates = [n for n in self.store.notes_for(report) if n.id not in seen]
            placements = place_notes(report, candidates, self.store.text_of)
            for placement in placements.placed:
                note = placement.note
                if not placement.exact:
                    note = self.store.move(note.id, report, anchor_at(report, placement.start, placement.end))
                shown.append(Shown(index, placement.start, placement.end, note))
                seen.add(note.id)
            unplaced.extend((n, placements.reasons.get(n.id, "")) for n in placements.unplaced)
        placed_ids = {s.note.id for s in shown}
        self.shown = shown
        self.unplaced = [(n, r) for n, r in unplaced if n.id not in placed_ids]
        self.notesChanged.emit()

    def find(self, note_id: int) -> Shown | None:
        return next((s for s in self.shown if s.note.id == note_id), None)

    # changes (undoable) --------------------------------------------------------------------
    def add(self, report: int, start: int, end: int, body: str, tags: Sequence[str]) -> None:
        self.undo.push(_Add(self, report, start, end, body, tuple(tags)))

    def edit(self, note_id: int, body: str, tags: Sequence[str]) -> None:
        self.undo.push(_Edit(self, note_id, body, tuple(tags)))

    def delete(self, note_id: int) -> None:
        self.undo.push(_Delete(self, note_id))

    def reattach(self, note_id: int, report: int, start: int, end: int) -> None:
        self.undo.push(_Reattach(self, note_id, report, start, end))

    def import_notes(self, notes: Sequence[tuple[int, Note]]) -> int:
        """Add notes from a saved comparison, skipping ones the store already has."""
        added = 0
        for index, note in notes:
            report = self.reports[index]
            known = {(n.anchor.quote, n.anchor.start, n.body) for n in self.store.notes_for(report)}
            if (note.anchor.quote, note.anchor.start, note.body) in known:
                continue
            self.store.add(report, note.anchor, note.body, note.tags, note.created or None)
            added += 1
        self.refresh()
        return added

    def saved_notes(self) -> list[tuple[int, Note]]:
        """The placed notes with anchors at their current places (for saving and export)."""
        return [
            (s.report, s.note.moved(anchor_at(self.reports[s.report], s.start, s.end))) for s in self.shown
        ]


class _Add(QUndoCommand):
    def __init__(
        self, owner: NotesController, report: int, start: int, end: int, body: str, tags: tuple[str, ...]
    ) -> None:
        super().__init__(tr("Add note"))
        self.owner, self.report, self.start, self.end, self.body, self.tags = (
            owner,
            report,
            start,
            end,
            body,
            tags,
        )
        self.note: Note | None = None

    def redo(self) -> None:
        report = self.owner.reports[self.report]
        if self.note is None:
            self.note = self.owner.store.add(
                report, anchor_at(report, self.start, self.end), self.body, self.tags
            )
        else:
            self.note = self.owner.store.restore(self.note, report)
        self.owner.refresh()

    def undo(self) -> None:
        assert self.note is not None
        self.owner.store.delete(self.note.id)
        self.owner.refresh()


class _Edit(QUndoCommand):
    def __init__(self, owner: NotesController, note_id: int, body: str, tags: tuple[str, ...]) -> None:
        super().__init__(tr("Edit note"))
        shown = owner.find(note_id)
        old = shown.note if shown else next(n for n, _ in owner.unplaced if n.id == note_id)
        self.owner, self.note_id, self.new, self.old = owner, note_id, (body, tags), (old.body, old.tags)

    def redo(self) -> None:
        self.owner.store.update(self.note_id, *self.new)
        self.owner.refresh()

    def undo(self) -> None:
        self.owner.store.update(self.note_id, *self.old)
        self.owner.refresh()


class _Delete(QUndoCommand):
    def __init__(self, owner: NotesController, note_id: int) -> None:
        super().__init__(tr("Delete note"))
        self.owner, self.note_id = owner, note_id
        self.note: Note | None = None
        shown = owner.find(note_id)
        self.report = shown.report if shown else None

    def redo(self) -> None:
        self.note = self.owner.store.delete(self.note_id)
        self.owner.refresh()

    def undo(self) -> None:
        assert self.note is not None
        index, reports = self.report, self.owner.reports
        self.owner.store.restore(
            self.note, reports[index] if index is not None and index < len(reports) else None
        )
        self.owner.refresh()


class _Reattach(QUndoCommand):
    def __init__(self, owner: NotesController, note_id: int, report: int, start: int, end: int) -> None:
        super().__init__(tr("Re-attach note"))
        self.owner, self.note_id, self.report, self.start, self.end = owner, note_id, report, start, end
        self.old = next((n for n, _ in owner.unplaced if n.id == note_id), None)

    def redo(self) -> None:
        report = self.owner.reports[self.report]
        self.owner.store.move(self.note_id, report, anchor_at(report, self.start, self.end))
        self.owner.refresh()

    def undo(self) -> None:
        if self.old is not None:
            self.owner.store.restore_anchor(self.note_id, self.old.anchor)
        self.owner.refresh()
