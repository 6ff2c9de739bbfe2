"""The window's link to the analysis process: requests out, results back as signals.

Two worker processes (started with ``spawn``, so no Qt state is copied into them): a
reader that reads and analyses files, and a matcher that loads jieba at start-up and then
compares and diffs; once every file of many is read, the reader matches the kinds a
reviewer reads after problems and plans, beside the matcher. Reading never waits behind
jieba's dictionary, so the first columns appear as soon as the files are read. Results
arrive on a pool thread and are re-emitted as Qt signals, which Qt queues to the GUI
thread. If a process dies, the engine starts a new one and reports the file that was being
read as unreadable.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from .. import workers
from ..core.compare import FIRST_KINDS
from ..core.diffing import Piece
from ..core.errors import ReportError
from ..core.model import KIND_ORDER, Comparison, Report
from ..core.parallel import SHARED_FROM, processors


def _emit(signal: Any, *args: Any) -> None:
    """Deliver a result as a queued signal, whichever thread it arrives on.

    A future that was already done (a prefetched file) runs its callback at once, in the
    caller's thread; deferring keeps the order "request recorded, then answered".
    A window closed meanwhile is not an error.
    """

    def send() -> None:
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)

    if threading.current_thread() is threading.main_thread():
        QTimer.singleShot(0, send)
    else:
        send()


class Engine(QObject):
    """Asynchronous facade over :mod:`reportview.core.jobs`."""

    reportLoaded = Signal(int, object)  # request id, Report
    reportFailed = Signal(int, object)  # request id, ReportError
    comparisonReady = Signal(int, object, bool)  # generation, Comparison, whether the last stage
    comparisonFailed = Signal(int)  # generation: the matcher died; statuses stay unknown
    diffReady = Signal(object, object)  # key, tuple[Piece, ...]
    followReady = Signal(object, object, object)  # last year's Report, this year's, FollowThrough

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._next_id = 0
        self._stages: list[Future[Any]] = []

    def start(self) -> None:
        """Make sure both workers are running (normally ``cli.main`` started them already)."""
        workers.start()

    def load(self, path: str) -> int:
        """Read and analyse ``path``; the answer comes as reportLoaded or reportFailed."""
        self._next_id += 1
        request = self._next_id
        future = workers.load(path)

        def done(f: Future[Any]) -> None:
            try:
                result = f.result()
            except BrokenProcessPool:  # the next job sent replaces the worker
                result = ReportError(path, "the analysis process stopped")
            except Exception as exc:  # pickling or similar: still one clear message
                result = ReportError(path, type(exc).__name__)
            signal = self.reportLoaded if isinstance(result, Report) else self.reportFailed
            _emit(signal, request, result)

        future.add_done_callback(done)
        return request

    def compare(self, generation: int, reports: Sequence[Report]) -> None:
        """Match ``reports`` in stages: problems and plans (what a reviewer reads first, and
        all the overview counts) in the matcher, then the other kinds; each arrives as
        comparisonReady, the one that completes the comparison marked last (with two
        workers, either may finish first). The other kinds go to the reader, idle once every
        file is read, so that two processors share the work, when it has loaded its
        dictionary (it does once the files named at start are read) or there are enough
        reports to repay loading it first (``SHARED_FROM``).
        Stages of an earlier request not yet begun are dropped: their answer would be thrown
        away."""
        for stale in self._stages:
            stale.cancel()
        beside = processors() > 1 and (workers.warm("reader") or len(reports) >= SHARED_FROM)
        stages = (
            (FIRST_KINDS, "matcher"),
            (frozenset(KIND_ORDER) - FIRST_KINDS, "reader" if beside else "matcher"),
        )
        waiting = [len(stages)]
        lock = threading.Lock()
        self._stages = []
        for kinds, role in stages:
            future = workers.compare_reports(reports, kinds, role)
            self._stages.append(future)

            def done(f: Future[Any], role: str = role) -> None:
                if f.cancelled():
                    return
                try:
                    comparison: Comparison = f.result()
                except Exception:
                    workers.discard(role)
                    _emit(self.comparisonFailed, generation)
                    return
                with lock:  # answers arrive on each worker's own thread: the last is sent last
                    waiting[0] -= 1
                    _emit(self.comparisonReady, generation, comparison, waiting[0] == 0)

            future.add_done_callback(done)

    def diff(self, key: object, a: str, b: str) -> None:
        future = workers.diff(a, b)

        def done(f: Future[Any]) -> None:
            try:
                pieces: tuple[Piece, ...] = f.result()
            except Exception:
                return
            _emit(self.diffReady, key, pieces)

        future.add_done_callback(done)

    def follow(self, last: Report, this: Report) -> None:
        """The follow-through of two reports; a failure leaves it unanalysed (the dialog
        computes it when opened)."""
        future = workers.follow_pair(last, this)

        def done(f: Future[Any]) -> None:
            try:
                found = f.result()
            except Exception:
                return
            _emit(self.followReady, last, this, found)

        future.add_done_callback(done)

    def shutdown(self) -> None:
        workers.shutdown()
