"""Match items of one kind across reports and say which are shared, similar or unique.

How alike two items are is :mod:`likeness`. Within each pair of reports, an item is linked to
the item it is most alike when that one is most alike it too, and the likeness reaches
``SIMILAR_AT``; a clause copied nearly verbatim is always linked, and makes the pair
*shared*. Decisions are made per pair of reports with fixed weights, so opening another
report never changes a link between two others, and every link holds both ways.

The pairs worth measuring are found from one index over all the reports (telling word →
items, copied run → items) in one pass per item, and a pair is measured only when the cheap
bounds of :mod:`likeness` leave it a chance: no pair they set aside could have been linked,
so the links are those of comparing every pair (``tests/core/test_matching_scale.py``).
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from .likeness import (
    Copies,
    Pair,
    Prepared,
    copies,
    is_copy,
    likeness_bound,
    may_be_copied,
    pair,
    point_bound,
    prepare,
)
from .model import Item, Match, Status

#: Likeness of the best pair of points at which two items state the same thing. Chosen with
#: benchmarks/bench_matching.py as the value that gives the best F1 of links while keeping
#: the precision of "has a counterpart" at 0.90 or more, on the tuning groups of
#: benchmarks/data/matching-judged.json and ../shared/matching-dev.json; H1 is held out.
SIMILAR_AT = 0.2
MAX_MATCHES = 12
#: Work per item in a large comparison (a county, a province). An item is measured against
#: at most ``MAX_MEASURED`` items of other reports: those the bounds leave a chance, the
#: likeliest first, among the ``MAX_COUNTED`` that share the most telling words and copied
#: runs with it; a word or run held by more than ``MAX_HOLDERS`` items (or ``MAX_PER_REPORT``
#: of one report: an unsplit chapter cut into hundreds of items) ranks nothing beyond its
#: first holders. Set from benchmarks/bench_scale.py so that none binds on the corpus,
#: the wild reports and the samples opened together (18 reports: at most 95 items counted
#: and 76 measured for one item), where the links are those of measuring every pair.
MAX_MEASURED = 96
MAX_COUNTED = 192
MAX_HOLDERS = 512
MAX_PER_REPORT = 16

_Links = dict[tuple[int, int], dict[tuple[int, int], Pair]]


def _postings(
    flat: list[Prepared], first: list[int], owner: list[tuple[int, int]]
) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Telling word → items holding it, copied run → items holding it (ascending ids). A
    report lists at most ``MAX_PER_REPORT`` items under one key, and a key at most
    ``MAX_HOLDERS`` items in all: the index finds candidates, it does not decide links."""
    words: dict[str, list[int]] = defaultdict(list)
    runs: dict[str, list[int]] = defaultdict(list)
    for u, p in enumerate(flat):
        start = first[owner[u][0]]
        for keys, index in ((p.telling, words), (p.gram_set, runs)):
            for key in keys:
                holders = index[key]
                if len(holders) < MAX_HOLDERS and (
                    len(holders) < MAX_PER_REPORT or holders[-MAX_PER_REPORT] < start
                ):
                    holders.append(u)
    return words, runs


def _candidates(
    a: Prepared, mine: range, flat: list[Prepared], index: tuple, problems: bool
) -> list[tuple[float, int, bool]]:
    """(bound on likeness, item, may be a copy) for each item of another report that the
    bounds leave a chance of a link with ``a``; among many (a county), the likeliest. The
    counts are exact unless a key's holders were cut at ``MAX_HOLDERS`` or
    ``MAX_PER_REPORT``, which happens only where the caps bind anyway."""
    words, runs = index
    telling: Counter[int] = Counter()
    for word in a.telling:
        telling.update(words[word])
    common: Counter[int] = Counter()
    for run in a.gram_set:
        common.update(runs[run])
    found = {v for v in telling.keys() | common.keys() if v not in mine}  # not the item's own report
    if len(found) > MAX_COUNTED:  # rank by what the index counted
        found = set(heapq.nlargest(MAX_COUNTED, found, key=lambda v: (telling[v], common[v], -v)))
    kept: list[tuple[float, int, bool]] = []
    for v in found:
        b = flat[v]
        bound = 0.0
        if telling[v] >= 2 or (problems and telling[v]) or not a.distinct.isdisjoint(b.telling):
            bound = likeness_bound(a, b)
        copy = bool(common[v]) and may_be_copied(a, b, common[v])
        if copy or bound >= SIMILAR_AT:
            kept.append((bound, v, copy))
    if len(kept) > MAX_MEASURED:
        kept = heapq.nlargest(MAX_MEASURED, kept, key=lambda k: (k[2], k[0], -k[1]))
    return kept


def candidate_pairs(
    prepared: Sequence[Sequence[Prepared]], progress: Callable[[], None] | None = None, problems: bool = False
) -> _Links:
    """The pairs of items of different reports that may be linked, measured, grouped by pair
    of reports (the first report before the second).

    For each item and each other report, candidates are measured in order of their bound
    until the best likeness found beats the next bound: no later one can be the item's best
    there, so the mutual-best rule sees the same best scores as when measuring all. Every
    possible copy is measured (a copy is linked whatever else is alike)."""
    flat = [p for items in prepared for p in items]
    owner = [(r, i) for r, items in enumerate(prepared) for i in range(len(items))]
    first = [0]
    for items in prepared:
        first.append(first[-1] + len(items))
    index = _postings(flat, first, owner)
    cache: dict[tuple[str, str], Pair] = {}
    measured: dict[tuple[int, int], Pair] = {}
    copied: dict[tuple[int, int], Copies] = {}

    def copies_of(key: tuple[int, int]) -> Copies:
        found = copied.get(key)
        if found is None:
            found = copied[key] = copies(flat[key[0]], flat[key[1]])
        return found

    def measure(key: tuple[int, int]) -> Pair:
        found = measured.get(key)
        if found is None:
            a, b = flat[key[0]], flat[key[1]]
            text = (a.item.text, b.item.text)  # boilerplate recurs across a county: measured once
            found = cache.get(text)
            if found is None:
                found = cache[text] = pair(a, b, copies_of(key), problems)
            measured[key] = found
        return found

    for u, a in enumerate(flat):
        if progress is not None:
            progress()
        r = owner[u][0]
        by_report: dict[int, list[tuple[float, int, bool]]] = defaultdict(list)
        for bound, v, copy in _candidates(a, range(first[r], first[r + 1]), flat, index, problems):
            by_report[owner[v][0]].append((bound, v, copy))
        for candidates in by_report.values():
            best = -1.0
            for bound, v, copy in sorted(candidates, key=lambda c: (-c[0], c[1])):
                key = (min(u, v), max(u, v))
                if bound >= best and (best < 0 or point_bound(flat[u], flat[v]) >= best):
                    # may be the best here (an equal score is linked too)
                    best = max(best, measure(key).score)
                elif copy and is_copy(copies_of(key)):
                    measure(key)  # a copy is linked whatever else is alike
    found: _Links = defaultdict(dict)
    for (u, v), p in sorted(measured.items()):
        (r1, i), (r2, j) = owner[u], owner[v]
        found[(r1, r2)][(i, j)] = p
    return found


def _linked(pairs: dict[tuple[int, int], Pair]) -> dict[tuple[int, int], Pair]:
    """The links among the measured pairs of two reports: a copied clause, or mutual best
    likeness at ``SIMILAR_AT`` or more."""
    best_left: dict[int, float] = defaultdict(float)
    best_right: dict[int, float] = defaultdict(float)
    for (i, j), p in pairs.items():
        best_left[i] = max(best_left[i], p.score)
        best_right[j] = max(best_right[j], p.score)
    return {
        key: p
        for key, p in pairs.items()
        if p.shared
        or (p.score >= SIMILAR_AT and p.score >= best_left[key[0]] and p.score >= best_right[key[1]])
    }


_RANK = {Status.SHARED: 2, Status.SIMILAR: 1, Status.UNIQUE: 0}


def _other_shortcoming(a: Prepared, i: int, b: Prepared, j: int) -> bool:
    """Whether the aligned points (else the whole items) name different kinds of shortcoming."""

    def named(item: Prepared, point: int) -> frozenset[str]:
        return item.points[point].kinds or item.points[-1].kinds  # the last point is the whole item

    left, right = named(a, i), named(b, j)
    return bool(left) and bool(right) and left.isdisjoint(right)


def match_items(
    groups: Sequence[Sequence[Item]],
    progress: Callable[[], None] | None = None,
    problems: bool = False,
    own: Sequence[frozenset[str]] | None = None,
) -> list[list[tuple[Status, tuple[Match, ...]]]]:
    """For each report's items (all of one kind), their status and counterparts elsewhere
    (``progress`` is called once per item as it is matched). ``problems``: the items state
    problems, and two that name different kinds of shortcoming are not the same problem.
    ``own``: each report's writer's fields of work (:func:`genre.own_fields`)."""
    own = own or [frozenset()] * len(groups)
    prepared = [
        [prepare(item, problems, fields) for item in items] for items, fields in zip(groups, own, strict=True)
    ]
    found: list[list[list[Match]]] = [[[] for _ in items] for items in groups]
    measured = candidate_pairs(prepared, progress, problems)
    for r1, r2 in sorted(measured):
        for (i, j), p in sorted(_linked(measured[(r1, r2)]).items()):
            if problems and not p.shared and _other_shortcoming(prepared[r1][i], p.a, prepared[r2][j], p.b):
                continue
            status = Status.SHARED if p.shared else Status.SIMILAR
            score, verbatim = round(p.score, 3), round(p.verbatim, 3)
            pa, pb = prepared[r1][i].points[p.a], prepared[r2][j].points[p.b]
            found[r1][i].append(
                Match(r2, j, score, verbatim, status, (pa.start, pa.end), (pb.start, pb.end), p.terms)
            )
            found[r2][j].append(
                Match(r1, i, score, verbatim, status, (pb.start, pb.end), (pa.start, pa.end), p.terms)
            )
    results = []
    for per_report in found:
        out = []
        for matches in per_report:
            matches.sort(key=lambda m: (-_RANK[m.status], -max(m.score, m.verbatim), m.report, m.item))
            status = max((m.status for m in matches), key=_RANK.__getitem__, default=Status.UNIQUE)
            out.append((status, tuple(matches[:MAX_MATCHES])))
        results.append(out)
    return results
