"""The analysis worker: jobs from a fixed table, prefetched reads found by file."""

from __future__ import annotations

import os
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
