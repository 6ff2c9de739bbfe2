"""Python's cycle collector, paused while work makes millions of short-lived records.

Matching a county builds and drops millions of tuples, sets and small records, none of them
in a reference cycle. Every few hundred of them start a collection, and some of those walk
all that is alive (the reports, the prepared items, the pairs measured): at 400 reports
1.5–1.8 s of a command's 14–19 s (benchmarks/bench_scale.py). Reference counting still frees
everything at once; only cycles, which this work does not make, wait until the pause ends.
:func:`compare.compare` pauses it while it matches (in the window's workers too), and a
command of the command line for all its work.

Pauses may nest and overlap across threads: the collector runs again when the last ends, and
only if it ran before the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
_paused = [0, False]  # pauses open; whether the collector ran before the first


@contextmanager
def paused() -> Iterator[None]:
    """No cycle collection inside the block (one collection may follow, if it is due)."""
    with _LOCK:
        if not _paused[0]:
            _paused[1] = gc.isenabled()
            gc.disable()
        _paused[0] += 1
    try:
        yield
    finally:
        with _LOCK:
            _paused[0] -= 1
            if not _paused[0] and _paused[1]:
                gc.enable()
