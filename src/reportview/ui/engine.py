"""The window's link to the analysis process: requests out, results back as signals.

One worker process (started with ``spawn``, so no Qt state is copied into it) does all
reading, analysing, comparing and diffing. Results arrive on a pool thread and are
re-emitted as Qt signals, which Qt queues to the GUI thread. If the process dies, the
engine starts a new one and reports the file that was being read as unreadable.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core import jobs
from ..core.diffing import Piece
from ..core.errors import ReportError
from ..core.model import Comparison, Report


def _emit(signal: Any, *args: Any) -> None:
    """Emit from a pool thread; a window closed meanwhile is not an error."""
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


class Engine(QObject):
    """Asynchronous facade over :mod:`reportview.core.jobs`."""

    reportLoaded = Signal(int, object)  # request id, Report
    reportFailed = Signal(int, object)  # request id, ReportError
    comparisonReady = Signal(int, object)  # generation, Comparison
    diffReady = Signal(object, object)  # key, tuple[Piece, ...]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ProcessPoolExecutor | None = None
        self._next_id = 0

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            self._pool.submit(jobs.warm)
        return self._pool

    def start(self) -> None:
        """Start the worker and load jieba now, while the user looks at the window."""
        self._executor()

    def _submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        try:
            return self._executor().submit(fn, *args)
        except (BrokenProcessPool, RuntimeError):
            self._pool = None
            return self._executor().submit(fn, *args)

    def load(self, path: str) -> int:
        """Read and analyse ``path``; the answer comes as reportLoaded or reportFailed."""
        self._next_id += 1
        request = self._next_id
        future = self._submit(jobs.load, path)

        def done(f: Future[Any]) -> None:
            try:
                result = f.result()
            except BrokenProcessPool:
                self._pool = None
                result = ReportError(path, "the analysis process stopped")
            except Exception as exc:  # pickling or similar: still one clear message
                result = ReportError(path, type(exc).__name__)
            signal = self.reportLoaded if isinstance(result, Report) else self.reportFailed
            _emit(signal, request, result)

        future.add_done_callback(done)
        return request

    def compare(self, generation: int, reports: Sequence[Report]) -> None:
        future = self._submit(jobs.compare_reports, list(reports))

        def done(f: Future[Any]) -> None:
            try:
                comparison: Comparison = f.result()
            except Exception:
                self._pool = None
                return
            _emit(self.comparisonReady, generation, comparison)

        future.add_done_callback(done)

    def diff(self, key: object, a: str, b: str) -> None:
        future = self._submit(jobs.diff, a, b)

        def done(f: Future[Any]) -> None:
            try:
                pieces: tuple[Piece, ...] = f.result()
            except Exception:
                return
            _emit(self.diffReady, key, pieces)

        future.add_done_callback(done)

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
