"""What an operation on the workspace changed, and the undo history of those operations.

Every operation returns a :class:`Changes` record (the way a collection's operations tell a
user interface what to refresh): the window redraws what it names and nothing else. An
undoable operation is an :class:`Op`; :class:`History` runs it and keeps it for undo/redo.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

#: How many operations can be undone.
LIMIT = 500


@dataclass(frozen=True, slots=True)
class Changes:
    reports: bool = False  # the open reports or their order
    notes: frozenset[int] = frozenset()  # reports (by column) whose notes changed
    scores: bool = False  # the rubric or a score
    follow: bool = False  # a pair or a verdict

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.reports or other.reports,
            self.notes | other.notes,
            self.scores or other.scores,
            self.follow or other.follow,
        )

    def __bool__(self) -> bool:
        return self.reports or bool(self.notes) or self.scores or self.follow

    @staticmethod
    def of_notes(reports: Iterable[int | None]) -> Changes:
        return Changes(notes=frozenset(r for r in reports if r is not None))


NOTHING = Changes()


class Op(Protocol):
    """An undoable operation: ``do`` (again after an undo) and ``undo``, each saying what changed."""

    label: str  # for the Edit menu: 撤销添加批注

    def do(self) -> Changes: ...

    def undo(self) -> Changes: ...


class History:
    def __init__(self, limit: int = LIMIT) -> None:
        self._done: list[Op] = []
        self._undone: list[Op] = []
        self.limit = limit

    def push(self, op: Op) -> Changes:
        """Run ``op`` and keep it for undo (anything undone before is no longer redoable)."""
        changes = op.do()
        self._done.append(op)
        del self._done[: -self.limit]
        self._undone.clear()
        return changes

    def undo(self) -> Changes:
        if not self._done:
            return NOTHING
        op = self._done.pop()
        self._undone.append(op)
        return op.undo()

    def redo(self) -> Changes:
        if not self._undone:
            return NOTHING
        op = self._undone.pop()
        self._done.append(op)
        return op.do()

    def undo_label(self) -> str | None:
        return self._done[-1].label if self._done else None

    def redo_label(self) -> str | None:
        return self._undone[-1].label if self._undone else None

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
