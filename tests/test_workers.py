"""The analysis worker: jobs from a fixed table, prefetched reads found by file."""

from __future__ import annotations

import os
import time
from concurrent.futures import Future
from pathlib import Path

import pytest

from reportview import workers
from reportview.core.model import Kind, Report

SAMPLES = Path(__file__).resolve().parent.parent / "sample_reports"


@pytest.fixture
def reader() -> object:
    yield
    workers.shutdown()


def test_a_folder_named_at_start_is_read_ahead_and_found_by_file(
    reader: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(SAMPLES.parent)
    workers.start(prefetch=["sample_reports/"], roles=("reader",))
    name = "柳溪乡2023年法治政府建设情况报告.txt"
    # the window asks by the path it expanded, or by another name for the same file
    future = workers.take_prefetched(os.path.join(".", "sample_reports", name))
    assert future is not None
    report = future.result(timeout=120)
    assert isinstance(report, Report) and report.body == "柳溪乡"
    assert workers.take_prefetched(str(SAMPLES / name)) is None  # taken once
    assert workers.take_prefetched(str(SAMPLES / "青石镇2023年法治政府建设年度报告.txt")) is not None


def test_jobs_run_from_the_table(reader: object) -> None:
    from reportview.core.jobs import JOBS

    assert set(JOBS) == set(workers.Job)  # every kind of job has its function
    pieces = workers.diff("为每个村配备法律顾问", "为每个村聘请法律顾问").result(timeout=120)
    assert any(p.text == "配备" for p in pieces) and any(p.text == "聘请" for p in pieces)
    # The follow-through of a body's two years, worked out in the matcher.
    from reportview.core.analysis import analyze_file
    from reportview.core.follow import follow

    last, this = (analyze_file(SAMPLES / f"青石镇{y}年法治政府建设年度报告.txt") for y in (2022, 2023))
    found = workers.follow_pair(last, this).result(timeout=120)
    assert len(found.plans) == len(last.items_of(Kind.PLANS)) and found == follow(last, this)
    with pytest.raises(ValueError):
        workers.pool("reader").submit(workers.run_job, "no_such_job").result(timeout=120)


class _Held:
    """A worker whose jobs wait until the test ends them."""

    def __init__(self) -> None:
        self.jobs: list[tuple[workers.Job, Future]] = []

    def submit(self, fn: object, job: workers.Job, *args: object) -> Future:
        future: Future = Future()
        self.jobs.append((job, future))
        return future


def test_files_opened_together_are_read_by_both_workers_unless_the_matcher_has_matching_to_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    matcher, reader = _Held(), _Held()
    monkeypatch.setattr(workers, "_pools", {"matcher": matcher, "reader": reader})
    monkeypatch.setattr(workers, "_waiting", {})
    for n in range(4):
        workers.load(f"{n}.txt")
    assert [job for job, _ in matcher.jobs] == [workers.Job.LOAD] * 2  # half the files each
    assert [job for job, _ in reader.jobs] == [workers.Job.LOAD] * 2
    for _, future in matcher.jobs + reader.jobs:
        future.set_result(None)
    workers.compare_reports([])  # the matcher has matching to do: every file goes to the reader
    for n in range(3):
        workers.load(f"more {n}.txt")
    assert [job for job, _ in matcher.jobs[2:]] == [workers.Job.COMPARE]
    assert [job for job, _ in reader.jobs[2:]] == [workers.Job.LOAD] * 3
    matcher.jobs[-1][1].set_result(None)  # matched: it reads again, while it has fewer waiting
    workers.load("last.txt")
    assert matcher.jobs[-1][0] is workers.Job.LOAD


def test_the_reader_loads_the_dictionary_after_the_files_named_at_start(
    reader: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(SAMPLES.parent)
    workers.start(prefetch=["sample_reports/"], roles=("reader",))
    assert not workers.warm("reader")
    future = workers.take_prefetched(str(SAMPLES / "柳溪乡2023年法治政府建设情况报告.txt"))
    assert future is not None and isinstance(future.result(timeout=120), Report)
    deadline = time.monotonic() + 120
    while not workers.warm("reader") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert workers.warm("reader")  # it can match beside the matcher at once
