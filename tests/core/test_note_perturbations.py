"""Notes never land on the wrong words: the perturbation suite of tests/perturb.py.

Every bundled sample (and, when ../shared is present, every real report there) gets about
twenty notes and six changes per note. No note may land anywhere but its true place; where
the quote survives, at least 95 % must be put back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportview.core.analysis import analyze_file
from reportview.core.files import expand_paths
from tests.conftest import CORPUS, SAMPLES, WILD
from tests.perturb import Tally, run


def _suite(folders: list[Path], tmp_path: Path) -> Tally:
    total = Tally()
    paths = [p for p in expand_paths(folders) if p.suffix != ".md"]
    for seed, path in enumerate(paths):
        total.add(run(analyze_file(path), seed, tmp_path))
    return total


def _check(total: Tally) -> None:
    assert total.cases > 300
    assert total.wrong == 0, total.wrong_cases
    assert total.right_when_survived / total.survived >= 0.95
    # The quoted sentence deleted: never placed anywhere.
    assert total.by_change["delete quoted sentence"] > 0


def test_notes_on_the_samples_survive_every_change_or_wait_unplaced(tmp_path: Path) -> None:
    _check(_suite([SAMPLES], tmp_path))


def test_notes_on_real_reports_survive_every_change_or_wait_unplaced(tmp_path: Path) -> None:
    folders = [f for f in (CORPUS, WILD) if f.exists()]
    if not folders:
        pytest.skip("../shared is not present")
    _check(_suite(folders, tmp_path))
