"""The cycle collector is paused while reports are matched, and always comes back: a
process that went on without it would keep every reference cycle made after."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reportview.core import compare as compare_module
from reportview.core.analysis import analyze_file
from reportview.core.collector import paused
from reportview.core.compare import compare


@pytest.fixture(autouse=True)
def collecting() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def _cycle() -> weakref.ref[_Node]:
    return weakref.ref(_Node())


def test_matching_pauses_the_collector_and_gives_it_back(
    samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    match_items = compare_module.match_items

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return match_items(*args, **kwargs)

    monkeypatch.setattr(compare_module, "match_items", watched)
    reports = [analyze_file(p) for p in sorted(samples.iterdir())[:3]]
    compare(reports)
    assert seen and not any(seen)  # no collection while items are matched
    assert gc.isenabled()
    left = _cycle()
    gc.collect()
    assert left() is None  # and cycles are freed again afterwards


def test_a_pause_ends_even_when_the_work_fails() -> None:
    with pytest.raises(ValueError), paused():
        raise ValueError("a report no rule foresaw")
    assert gc.isenabled()


def test_pauses_nest_and_a_collector_that_was_off_stays_off() -> None:
    with paused():
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause is still open
    assert gc.isenabled()
    gc.disable()
    with paused():
        pass
    assert not gc.isenabled()  # a pause never turns on what its caller turned off


def test_overlapping_pauses_on_two_threads() -> None:
    inside, leave_first, first_left = threading.Event(), threading.Event(), threading.Event()

    def first() -> None:
        with paused():
            inside.set()
            leave_first.wait(5)
        first_left.set()

    worker = threading.Thread(target=first)
    worker.start()
    assert inside.wait(5)
    with paused():
        leave_first.set()
        assert first_left.wait(5)
        assert not gc.isenabled()  # the other thread's pause ended, this one has not
    worker.join(5)
    assert gc.isenabled()
