"""The analysis processes, started as early as possible and shared by every window.

``cli.main`` calls :func:`start` before it even imports Qt, and hands it the files named
on the command line: the workers boot, and the reader reads those files, while the window
is still being built. Jobs are sent by kind (:class:`Job`) and looked up in the worker's
table (:data:`reportview.core.jobs.JOBS`), so starting a worker costs this process nothing but
the spawn; the typed functions at the end (:func:`load`, :func:`compare_reports`, :func:`diff`,
:func:`follow_pair`) are the only way to send one. Prefetched reads are keyed by :func:`~reportview.core.paths.file_key`,
the key the window asks with. No Qt here: workers import this module.

Both workers load the dictionary before they are asked to match: the matcher at once, the
reader once the files named at start are read (at the matcher's low priority), so that when
a reviewer opens a county the reader matches beside the matcher without first spending half
a second loading it (:mod:`core.parallel`). Files opened together are read by both workers
while the matcher has nothing to match.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import threading
import time
from collections.abc import Collection, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .core.diffing import Piece
    from .core.errors import ReportError
    from .core.follow import FollowThrough
    from .core.model import Comparison, Kind, Report

ROLES = ("reader", "matcher")
#: How much lower than the window each worker runs when both want the processor: the
#: matcher lowest, so that on a two-core machine its second of dictionary loading and its
#: matching never slow the window or the reading. A worker that matches runs at the
#: matcher's from then on (:func:`run_job`).
NICENESS = {"reader": 5, "matcher": 15}


class Job(str, Enum):
    """The kinds of work a worker does; :data:`reportview.core.jobs.JOBS` maps each to its
    function (a test checks that every kind has one)."""

    READY = "ready"
    WARM = "warm"
    LOAD = "load"
    COMPARE = "compare_reports"
    DIFF = "diff"
    FOLLOW = "follow_pair"


_pools: dict[str, ProcessPoolExecutor] = {}
_prefetched: dict[str, Future[Any]] = {}
#: Each worker's jobs sent and not done: [all, those that are not reads].
_waiting: dict[ProcessPoolExecutor, list[int]] = {}
_count_lock = threading.Lock()
_warming: dict[str, Future[Any]] = {}  # each worker's loading of the dictionary


def run_job(job: Job, *args: Any) -> Any:
    """Runs in the worker: ``job``'s function in :data:`reportview.core.jobs.JOBS`. Matching
    runs at the matcher's priority in any worker (the reader matches too, once every file
    is read), and so does loading the dictionary: neither takes the processor from the window."""
    if job in (Job.COMPARE, Job.WARM):
        _yield_to(NICENESS["matcher"])
    jobs = importlib.import_module("reportview.core.jobs")
    return jobs.JOBS[Job(job)](*args)


def _yield_to(niceness: int) -> None:
    """Lower this process's priority to ``niceness`` if it is higher (a priority is only
    ever lowered: raising it again needs privileges)."""
    with contextlib.suppress(OSError, AttributeError):  # no os.nice on Windows
        current = os.nice(0)
        if current < niceness:
            os.nice(niceness - current)


def worker_started(parent: int, niceness: int) -> None:
    """Runs in the worker: yield the processor to the window when both want it (reading
    fifty reports never makes the window stutter), and exit as soon as the process that
    started it (the window's, or a command's: :mod:`core.parallel`) is gone (killed,
    crashed), so no worker is ever left behind."""
    _yield_to(niceness)

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def pool(role: str) -> ProcessPoolExecutor:
    """The running worker for ``role`` (``reader`` or ``matcher``), started if need be."""
    found = _pools.get(role)
    if found is None:
        found = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=worker_started,
            initargs=(os.getpid(), NICENESS.get(role, 0)),
        )
        _pools[role] = found
        if role == "matcher":
            _warming[role] = _counted(found, Job.WARM)
        else:
            _counted(found, Job.READY)
    return found


def submit(role: str, job: Job, *args: Any) -> Future[Any]:
    return _counted(pool(role), job, *args)


def _counted(worker: ProcessPoolExecutor, job: Job, *args: Any) -> Future[Any]:
    """Send ``job`` to ``worker``, counted among its jobs waiting until it is done."""
    future = worker.submit(run_job, job, *args)
    other = job is not Job.LOAD
    with _count_lock:
        counts = _waiting.setdefault(worker, [0, 0])
        counts[0] += 1
        counts[1] += other

    def done(_: Future[Any]) -> None:
        with _count_lock:
            counts[0] -= 1
            counts[1] -= other

    future.add_done_callback(done)
    return future


def _reading_role() -> str:
    """Who reads the next file: the reader, or the matcher while it is running, has nothing
    but reads waiting (no matching, no warming up), and fewer of them."""
    matcher, reader = _pools.get("matcher"), _pools.get("reader")
    if matcher is None or reader is None:
        return "reader"
    with _count_lock:
        (waiting, matching), (reading, _) = _waiting.get(matcher, [0, 0]), _waiting.get(reader, [0, 0])
    return "matcher" if matching == 0 and waiting < reading else "reader"


def start(prefetch: Iterable[str] = (), roles: Iterable[str] = ROLES) -> None:
    """Boot workers; begin reading ``prefetch`` files, folders expanded as the window will
    expand them (the window collects the results)."""
    for role in roles:
        pool(role)
    names = list(prefetch)
    if names:
        from .core.files import expand_paths
        from .core.paths import file_key

        for path in expand_paths(names):
            key = file_key(path)
            if key not in _prefetched:
                _prefetched[key] = submit("reader", Job.LOAD, str(path))
    if "reader" in _pools and "reader" not in _warming:  # after the files named at start
        _warming["reader"] = submit("reader", Job.WARM)


def warm(role: str) -> bool:
    """Whether the worker for ``role`` has its dictionary loaded (it matches at once)."""
    found = _warming.get(role)
    return found is not None and found.done() and not found.cancelled() and found.exception() is None


def take_prefetched(path: str) -> Future[Any] | None:
    """The read started for ``path`` at start-up, if any (by file, however it is named)."""
    if not _prefetched:
        return None
    from .core.paths import file_key

    return _prefetched.pop(file_key(path), None)


def discard(role: str) -> None:
    """Forget a worker; the next request starts a new one. Its process is ended at once:
    waiting for a job in progress could hold up quitting."""
    broken = _pools.pop(role, None)
    if broken is not None:
        with _count_lock:
            _waiting.pop(broken, None)
        _warming.pop(role, None)
        end(broken)


def end(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool`` and end its processes at once, a job in progress or not."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()


def shutdown() -> None:
    _prefetched.clear()
    for role in list(_pools):
        discard(role)


def _send(role: str, job: Job, *args: Any) -> Future[Any]:
    """Send a job; a worker found dead is replaced once."""
    try:
        return submit(role, job, *args)
    except (BrokenProcessPool, RuntimeError):
        discard(role)
        return submit(role, job, *args)


def load(path: str) -> Future[Report | ReportError]:
    """Read and analyse ``path`` (a prefetched read when there is one), in whichever worker
    is free to read (:func:`_reading_role`)."""
    return take_prefetched(path) or _send(_reading_role(), Job.LOAD, path)


def compare_reports(
    reports: Sequence[Report], kinds: Collection[Kind] | None = None, role: str = "matcher"
) -> Future[Comparison]:
    """Match ``reports`` in ``kinds`` (all when ``None``), in the worker for ``role``."""
    return _send(role, Job.COMPARE, list(reports), None if kinds is None else frozenset(kinds))


def diff(a: str, b: str) -> Future[tuple[Piece, ...]]:
    return _send("matcher", Job.DIFF, a, b)


def follow_pair(last: Report, this: Report) -> Future[FollowThrough]:
    return _send("matcher", Job.FOLLOW, last, this)
