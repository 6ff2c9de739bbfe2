"""Many reports on two processors: a helper process reads and matches beside this one, and
the reports, their order, the unreadable files and the comparison are those of one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reportview.core import parallel
from reportview.core.analysis import analyze_file
from reportview.core.compare import compare
from reportview.core.errors import ReportError
from reportview.core.model import KIND_ORDER, Report
from reportview.core.serialize import comparison_dict, to_json


@pytest.fixture
def folder(samples: Path, tmp_path: Path) -> list[Path]:
    """The samples, with an unreadable file in the second half (the helper's share)."""
    paths = []
    for i, source in enumerate(sorted(samples.iterdir())):
        paths.append(shutil.copy(source, tmp_path / f"{i:02d}_{source.name}"))
    broken = tmp_path / "99_坏文件.docx"
    broken.write_bytes(b"PK\x03\x04 not a real archive")
    return [Path(p) for p in paths] + [broken]


@pytest.fixture
def two_processors(monkeypatch: pytest.MonkeyPatch) -> None:
    """A helper however few the reports, on any machine."""
    monkeypatch.setattr(parallel, "SHARED_FROM", 2)
    monkeypatch.setattr(parallel, "processors", lambda: 2)


@pytest.fixture
def reports(samples: Path) -> list[Report]:
    return [analyze_file(p) for p in sorted(samples.iterdir())]


@pytest.mark.usefixtures("two_processors")
def test_the_helper_reads_the_same_reports_in_order(folder: list[Path]) -> None:
    seen: list[tuple[int, int]] = []
    with parallel.helper(len(folder)) as helping:
        assert helping is not None
        found = parallel.read_all(folder, helping, lambda done, total: seen.append((done, total)))
    assert [r.path if isinstance(r, Report) else None for r in found[:-1]] == [str(p) for p in folder[:-1]]
    assert [r.fingerprint for r in found[:-1]] == [analyze_file(p).fingerprint for p in folder[:-1]]
    assert isinstance(found[-1], ReportError) and found[-1].path == str(folder[-1])  # said, not raised
    assert seen[-1] == (len(folder), len(folder))


@pytest.mark.usefixtures("two_processors")
def test_the_helper_matches_its_share_of_the_kinds_to_the_same_comparison(reports: list[Report]) -> None:
    seen: list[tuple[int, int]] = []
    with parallel.helper(len(reports)) as helping:
        assert helping is not None
        shared = parallel.compare_all(reports, helping, lambda done, total: seen.append((done, total)))
    assert shared == compare(reports)
    total = sum(len(r.items_of(kind)) for r in reports for kind in KIND_ORDER)
    assert seen[-1] == (total, total)  # the helper's items counted too
    assert all(done <= total for done, _ in seen) and [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.usefixtures("two_processors")
def test_the_rows_the_helper_writes_join_the_same_json(reports: list[Report]) -> None:
    with parallel.helper(len(reports)) as helping:
        assert helping is not None
        text = parallel.compare_json(reports, helping, lambda notice: "※" + notice.code)
    assert parallel.shares(reports)[1]  # the helper wrote some of the rows
    assert text == to_json(comparison_dict(compare(reports), lambda notice: "※" + notice.code))


def test_few_reports_or_one_processor_need_no_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    with parallel.helper(parallel.SHARED_FROM - 1) as helping:
        assert helping is None
    monkeypatch.setattr(parallel, "processors", lambda: 1)
    with parallel.helper(parallel.SHARED_FROM * 10) as helping:
        assert helping is None


def test_the_kinds_are_dealt_out_so_that_neither_process_waits_long(reports: list[Report]) -> None:
    here, there = parallel.shares(reports)
    assert here.isdisjoint(there) and here | there == frozenset(KIND_ORDER)

    def work(kinds: frozenset) -> int:
        return sum(len(t) for k in kinds for t in {i.text for r in reports for i in r.items_of(k)})

    sizes = sorted(KIND_ORDER, key=lambda k: -work(frozenset({k})))
    assert sizes[0] in here  # the largest kind stays here (the helper's share also travels back)
    assert there  # the helper has a share
    # dealing the largest first to the lighter side leaves the sides at most one kind apart
    assert abs(work(here) - work(there)) <= work(frozenset({sizes[0]}))
