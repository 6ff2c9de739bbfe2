"""Work that would stall the window, done on a thread beside it.

Only pure computations over immutable records go here (the county overview of fifty
reports: their recurring sentences and one row each); the answer is handed back on the GUI
thread. Python runs one thread at a time, but it switches every few milliseconds, so the
window keeps answering while the work goes on.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal


class Background(QObject):
    """One computation at a time beside the window; a newer request overtakes an older one
    (its answer is dropped)."""

    _finished = Signal(int, object)  # ticket, Future

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reportview-background")
        self._ticket = 0
        self._then: Callable[[Any], None] | None = None
        self._finished.connect(self._deliver)  # queued: emitted on the pool's thread

    def run(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Run ``work()`` beside the window, then ``then(result)`` on the GUI thread."""
        self._ticket += 1
        ticket, self._then = self._ticket, then

        def finished(future: Future[Any]) -> None:
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                self._finished.emit(ticket, future)

        self._pool.submit(work).add_done_callback(finished)

    @property
    def busy(self) -> bool:
        """Whether an answer is still to come."""
        return self._then is not None

    def _deliver(self, ticket: int, future: Future[Any]) -> None:
        if ticket != self._ticket or self._then is None:
            return  # overtaken by a newer request
        then, self._then = self._then, None
        then(future.result())  # an error in the work surfaces here, on the GUI thread
