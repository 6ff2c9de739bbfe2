"""The analysis processes, started as early as possible and shared by every window.

``cli.main`` calls :func:`start` before it even imports Qt, and hands it the files named
on the command line: the workers boot, and the reader reads those files, while the window
is still being built. Jobs are sent by name (see :mod:`reportview.core.jobs`), so starting
a worker costs this process nothing but the spawn. No Qt here: workers import this module.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import threading
import time
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

ROLES = ("reader", "matcher")
_pools: dict[str, ProcessPoolExecutor] = {}
_prefetched: dict[str, Future[Any]] = {}


def run_job(name: str, *args: Any) -> Any:
    """Runs in the worker: call ``reportview.core.jobs.<name>``."""
    jobs = importlib.import_module("reportview.core.jobs")
    return getattr(jobs, name)(*args)


def _watch_parent(parent: int) -> None:
    """Runs in the worker: exit as soon as the window's process is gone (killed, crashed),
    so no worker is ever left behind."""

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
            initializer=_watch_parent,
            initargs=(os.getpid(),),
        )
        _pools[role] = found
        found.submit(run_job, "warm" if role == "matcher" else "ready")
    return found


def submit(role: str, name: str, *args: Any) -> Future[Any]:
    return pool(role).submit(run_job, name, *args)


def start(prefetch: Iterable[str] = (), roles: Iterable[str] = ROLES) -> None:
    """Boot workers; begin reading ``prefetch`` files (the window collects the results)."""
    for role in roles:
        pool(role)
    for path in prefetch:
        if path not in _prefetched:
            _prefetched[path] = submit("reader", "load", path)


def take_prefetched(path: str) -> Future[Any] | None:
    return _prefetched.pop(path, None)


def discard(role: str) -> None:
    """Forget a worker; the next request starts a new one. Its process is ended at once:
    waiting for a job in progress could hold up quitting."""
    broken = _pools.pop(role, None)
    if broken is not None:
        processes = list((getattr(broken, "_processes", None) or {}).values())
        broken.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()


def shutdown() -> None:
    _prefetched.clear()
    for role in list(_pools):
        discard(role)
