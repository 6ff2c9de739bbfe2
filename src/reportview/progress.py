"""Progress of long command-line work, on stderr when it is a terminal (never in a pipe or a log)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from .core.labels import QT_TRANSLATE_NOOP
from .i18n import translate

READING = QT_TRANSLATE_NOOP("cli", "reading")
MATCHING = QT_TRANSLATE_NOOP("cli", "matching")

#: Redraw at most this often: a county of 400 reports has thousands of items.
INTERVAL = 0.1


class Progress:
    """``reading 12/400`` and ``matching 3,100/9,800`` redrawn in place on one line."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.shown = self.stream.isatty()
        self._last = 0.0
        self._width = 0

    def step(self, what: str, done: int, total: int) -> None:
        if not self.shown or (time.monotonic() - self._last < INTERVAL and done < total):
            return
        self._last = time.monotonic()
        line = f"{translate('cli', what)} {done:,}/{total:,}"
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = max(self._width, len(line) + 2)

    def reading(self, done: int, total: int) -> None:
        self.step(READING, done, total)

    def matching(self, done: int, total: int) -> None:
        self.step(MATCHING, done, total)

    def clear(self) -> None:
        if self.shown and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
