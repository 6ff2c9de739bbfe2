"""The reports being compared, in column order, and the comparison of them.

The window calls :meth:`add_paths`; the workspace :meth:`remove`, :meth:`insert` and
:meth:`move` (undoably); the session asks the
engine for the work and announces results. Columns appear as soon as each report is read
(aligned by kind, statuses pending); statuses follow when all pending files are in.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.compare import compare, merged
from ..core.errors import ReportError
from ..core.files import expand_paths
from ..core.model import Comparison, Report
from ..core.paths import file_key
from ..i18n import error_message
from .engine import Engine

#: Comparisons asked of the matcher are numbered across every session of the process, so an
#: answer that arrives late (in stages, for a session since closed) never passes for another's.
_GENERATIONS = itertools.count(1)


@dataclass
class _Entry:
    request: int
    path: str
    report: Report | None = None


class Session(QObject):
    comparisonChanged = Signal(object)  # Comparison (statuses None until matched)
    progressChanged = Signal(int, int)  # files done, files requested in this batch
    matchingChanged = Signal(bool)  # True while statuses are being computed
    fileFailed = Signal(str, str)  # path, plain-language reason
    reportAdded = Signal(str)  # path, for recent files

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.entries: list[_Entry] = []
        self.comparison: Comparison | None = None
        self._generation = next(_GENERATIONS)
        self._batch_total = 0
        self._batch_done = 0
        # Files often finish within milliseconds of each other: one redraw for the lot.
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(60)
        self._redraw.timeout.connect(self._publish)
        engine.reportLoaded.connect(self._on_engine_report_loaded)
        engine.reportFailed.connect(self._on_engine_report_failed)
        engine.comparisonReady.connect(self._on_engine_comparison_ready)
        engine.comparisonFailed.connect(self._on_engine_comparison_failed)

    # queries ---------------------------------------------------------------------
    def reports(self) -> list[Report]:
        return [e.report for e in self.entries if e.report is not None]

    def pending(self) -> int:
        return sum(1 for e in self.entries if e.report is None)

    # commands --------------------------------------------------------------------
    def add_paths(self, paths: Iterable[str]) -> int:
        """Start reading the files (folders expanded); returns how many were new."""
        known = {file_key(e.path) for e in self.entries}
        added = 0
        for path in map(str, expand_paths(paths)):
            if file_key(path) in known:
                continue  # the same file under another name (./x.txt and x.txt)
            known.add(file_key(path))
            if self.pending() == 0:
                self._batch_total = self._batch_done = 0
            self._batch_total += 1
            self.entries.append(_Entry(self.engine.load(path), path))
            added += 1
        if added:
            self.progressChanged.emit(self._batch_done, self._batch_total)
        return added

    def remove(self, index: int) -> None:
        loaded = [e for e in self.entries if e.report is not None]
        self.entries.remove(loaded[index])
        self._changed()

    def move(self, index: int, delta: int) -> None:
        loaded = [e for e in self.entries if e.report is not None]
        target = index + delta
        if not 0 <= target < len(loaded):
            return
        a, b = self.entries.index(loaded[index]), self.entries.index(loaded[target])
        self.entries[a], self.entries[b] = self.entries[b], self.entries[a]
        self._changed()

    def insert(self, index: int, report: Report) -> None:
        """Put a report that was read before back as column ``index`` (undoing its removal)."""
        loaded = [e for e in self.entries if e.report is not None]
        at = self.entries.index(loaded[index]) if index < len(loaded) else len(self.entries)
        self.entries.insert(at, _Entry(0, report.path, report))
        self._changed()

    def replace(self, reports: list[Report]) -> None:
        """Show exactly these reports (a reopened comparison), in this order."""
        self.entries = [_Entry(0, r.path, r) for r in reports]
        self._changed()

    def clear(self) -> None:
        self.entries.clear()
        self._changed()

    # engine results ----------------------------------------------------------------
    def _entry(self, request: int) -> _Entry | None:
        return next((e for e in self.entries if e.request == request and e.report is None), None)

    def _on_engine_report_loaded(self, request: int, report: Report) -> None:
        entry = self._entry(request)
        if entry is None:
            return
        entry.report = report
        self._batch_done += 1
        self.progressChanged.emit(self._batch_done, self._batch_total)
        self.reportAdded.emit(entry.path)
        self._changed()

    def _on_engine_report_failed(self, request: int, error: ReportError) -> None:
        entry = self._entry(request)
        if entry is None:
            return
        self.entries.remove(entry)
        self._batch_done += 1
        self.progressChanged.emit(self._batch_done, self._batch_total)
        self.fileFailed.emit(entry.path, error_message(error))
        if self.pending() == 0:
            self._changed()

    def _changed(self) -> None:
        """Publish soon, once: loads arriving together cause one redraw, not one each."""
        if self.pending() == 0:
            self._redraw.stop()
            self._publish()
        elif not self._redraw.isActive():
            self._redraw.start()

    def _publish(self) -> None:
        reports = self.reports()
        self._generation = next(_GENERATIONS)
        self.comparison = compare(reports, match=False)
        self.comparisonChanged.emit(self.comparison)
        if self.pending() == 0 and len(reports) >= 1:
            self.matchingChanged.emit(True)
            self.engine.compare(self._generation, reports)

    def _on_engine_comparison_failed(self, generation: int) -> None:
        if generation == self._generation:
            self.matchingChanged.emit(False)

    def _on_engine_comparison_ready(self, generation: int, comparison: Comparison, last: bool = True) -> None:
        if generation != self._generation or self.comparison is None:
            return
        self.comparison = merged(self.comparison, comparison)  # the rows matched (compare.rows_of)
        if last:
            self.matchingChanged.emit(False)
        self.comparisonChanged.emit(self.comparison)
