"""Matching through the index and the bounds links exactly what comparing every pair links."""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import pytest

from reportview.core import likeness, matching
from reportview.core.analysis import analyze_file, analyze_text
from reportview.core.dots import Dots
from reportview.core.genre import own_fields
from reportview.core.likeness import Prepared, likeness_bound, may_be_copied, pair, prepare
from reportview.core.matching import _linked, linked_pairs
from reportview.core.model import KIND_ORDER, Kind, Report

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
_SENTENCE = re.compile(r"[^。；\n]+[。；]?")


def _every_pair(prepared: list[list[Prepared]], problems: bool) -> dict:
    links = {}
    for r1 in range(len(prepared)):
        for r2 in range(r1 + 1, len(prepared)):
            measured = {
                (i, j): pair(a, b, problems=problems)
                for i, a in enumerate(prepared[r1])
                for j, b in enumerate(prepared[r2])
            }
            found = _linked(measured)
            if found:
                links[(r1, r2)] = found
    return links


def _assert_same_links(reports: list[Report]) -> int:
    total = 0
    for kind in KIND_ORDER:
        problems = kind is Kind.PROBLEMS  # a shortage both name is one idea shared
        prepared = [
            [prepare(item, problems, own_fields(r.writer)) for item in r.items_of(kind)] for r in reports
        ]
        fast = linked_pairs(prepared, problems=problems)
        assert fast == _every_pair(prepared, problems), kind
        total += sum(len(v) for v in fast.values())
    return total


def _county(texts: list[str], n: int, seed: int) -> list[Report]:
    """Variants of the given reports with sentences swapped among them and figures changed."""
    rng = random.Random(seed)
    pool = [s for t in texts for s in _SENTENCE.findall(t) if len(s) > 10]
    out = []
    for k in range(n):
        lines = []
        for line in texts[k % len(texts)].splitlines():
            parts = _SENTENCE.findall(line) if len(line) > 30 else [line]
            lines.append("".join(rng.choice(pool) if rng.random() < 0.2 else p for p in parts))
        text = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 3)), "\n".join(lines))
        out.append(analyze_text(text))
    return out


def test_the_index_links_what_every_pair_links_on_a_county_of_variants(samples: Path) -> None:
    texts = [analyze_file(p).text for p in sorted(samples.iterdir())]
    assert _assert_same_links(_county(texts, 14, seed=3)) > 50


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not beside the project")
def test_the_index_links_what_every_pair_links_on_real_reports(samples: Path) -> None:
    reports = [analyze_file(p) for p in sorted(CORPUS.glob("*.txt"))]
    reports += [analyze_file(p) for p in sorted(samples.iterdir())]
    assert _assert_same_links(reports) > 20


def test_the_bounds_never_fall_below_what_they_bound(samples: Path) -> None:
    reports = _county([analyze_file(p).text for p in sorted(samples.iterdir())], 6, seed=5)
    checked = 0
    for kind in KIND_ORDER:
        prepared = [prepare(item) for r in reports for item in r.items_of(kind)]
        dots = Dots(prepared)
        for u, a in enumerate(prepared):
            sums = dots.products(u, range(len(prepared)))
            for v, b in enumerate(prepared):
                if a is b:
                    continue
                measured = pair(a, b)
                assert measured.score <= likeness_bound(a, b)
                assert measured.score <= sums.bounds[v]  # the best pair of points, summed plainly
                if measured.shared:
                    assert may_be_copied(a, b, len(a.gram_set & b.gram_set))
                checked += 1
    assert checked > 500


def test_with_the_work_per_item_capped_no_link_is_made_that_every_pair_would_not_make(
    samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a large county an item meets only its likeliest counterparts; one that met too few
    in a report must not be linked there to a second best."""
    reports = _county([analyze_file(p).text for p in sorted(samples.iterdir())], 12, seed=11)
    prepared = [
        [prepare(item, False, own_fields(r.writer)) for item in r.items_of(Kind.MEASURES)] for r in reports
    ]
    full = _every_pair(prepared, False)
    monkeypatch.setattr(matching, "MAX_MEASURED", 2)
    monkeypatch.setattr(matching, "MAX_COUNTED", 3)
    capped = linked_pairs(prepared)
    made = {(k, ij): p for k, v in capped.items() for ij, p in v.items()}
    right = {(k, ij): p for k, v in full.items() for ij, p in v.items()}
    assert made.items() <= right.items()
    assert 20 < len(made) < len(right)  # the caps bound: some true links were not found


def _share_run_by_run(item: Prepared, other: Prepared) -> tuple[float, int | None]:
    """The definition of a copied share: each point's core, its runs looked up one by one."""
    best, where = 0.0, None
    for index, p in enumerate(item.points):
        if len(p.core) >= likeness.MIN_SHARED_CHARS:
            share = likeness.covered_chars(likeness._grams(p.core), other.gram_set) / len(p.core)
            if share > best:
                best, where = share, index
    return best, where


@pytest.mark.parametrize("masked_runs", [likeness.MASKED_RUNS, 40])  # 40: long points read as bytes
def test_copied_shares_read_from_bits_are_those_counted_run_by_run(
    samples: Path, monkeypatch: pytest.MonkeyPatch, masked_runs: int
) -> None:
    monkeypatch.setattr(likeness, "MASKED_RUNS", masked_runs)
    reports = _county([analyze_file(p).text for p in sorted(samples.iterdir())], 12, seed=11)
    prepared = [prepare(item) for r in reports for kind in KIND_ORDER for item in r.items_of(kind)]
    most, some = 0, 0  # pairs where most of an item's runs are in the other, and where some are
    for a, b in itertools.combinations(prepared, 2):
        common = a.gram_set & b.gram_set
        if not common:
            continue
        assert likeness.copies(a, b) == (*_share_run_by_run(a, b), *_share_run_by_run(b, a))
        mostly = 2 * len(common) > len(a.gram_set)
        most, some = most + mostly, some + (not mostly)
    assert most > 20 and some > 100
