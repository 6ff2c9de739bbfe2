"""Match items of one kind across reports and say which are shared, similar or unique.

How alike two items are is :mod:`likeness`. Within each pair of reports, an item is linked to
the item it is most alike when that one is most alike it too, and the likeness reaches
``SIMILAR_AT``; a clause copied nearly verbatim is always linked, and makes the pair
*shared*. Decisions are made per pair of reports with fixed weights, so opening another
report never changes a link between two others, and every link holds both ways.

The pairs worth measuring are found from one index over all the reports (telling word →
items, copied run → items: :mod:`postings`) in one pass per item, bounded with the word
products of every pair of points at once (:mod:`dots`), and a pair is measured only when the
bounds leave it a chance: no pair they set aside could have been linked, so the links are
those of comparing every pair (``tests/core/test_matching_scale.py``). Where a county is so
large that an item meets only its likeliest counterparts, an item is linked in a report only
once it has met every item there that could beat the link: a cap can lose a link, never make
a wrong one.

A reader is shown an item's first ``MAX_MATCHES`` links, copies first, the most alike first,
then in report order. So an item meets its possible copies first, report by report, and
stops once it has that many whole copies (likeness or copied share 1.000): no other link
would be shown for it. Links that no one is shown are not made; where no cap binds, every
item is shown the links that comparing every pair shows it.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING

from .likeness import (
    Copies,
    Pair,
    Prepared,
    best_points,
    copies,
    is_copy,
    may_be_copied,
    moved,
    pair,
    prepare,
)
from .model import Item, Match, Status
from .postings import Held, postings
from .tokens import expect

if TYPE_CHECKING:
    import numpy as np

    from .dots import Dots

#: Likeness of the best pair of points at which two items state the same thing. Chosen with
#: benchmarks/bench_matching.py as the value that gives the best F1 of links while keeping
#: the precision of "has a counterpart" at 0.90 or more, on the tuning groups of
#: benchmarks/data/matching-judged.json and ../shared/matching-dev.json; H1 is held out.
SIMILAR_AT = 0.2
MAX_MATCHES = 12
#: Work per item in a large comparison (a county, a province). An item is measured against
#: every item of other reports it may be a copy of (shown first), and at most
#: ``MAX_MEASURED`` others: those the bounds leave a chance, the likeliest first, among the
#: ``MAX_COUNTED`` that share the most telling words and copied runs with it (the index
#: lists a word or run under its first holders only: :data:`postings.MAX_HOLDERS`). Set from
#: benchmarks/bench_scale.py so that none binds on the corpus, the wild reports and the
#: samples opened together (18 reports: at most 95 items counted and 76 measured for one
#: item), where the links are those of measuring every pair.
MAX_MEASURED = 96
MAX_COUNTED = 192
_PRODUCTS_AT_ONCE = 48  # candidates whose point products are taken in one call, reports whole

_Links = dict[tuple[int, int], dict[tuple[int, int], Pair]]


def _may_copy(a: Prepared, ids: np.ndarray, shared: np.ndarray, dots: Dots) -> np.ndarray:
    """:func:`likeness.may_be_copied` of item ``a`` with every item of ``ids`` at once
    (``shared``: the runs each has in common with ``a``)."""
    import numpy as np  # not before matching: a window or a command that only reads never loads it

    return (shared > 0) & (shared >= np.minimum(dots.copy_needs[ids], a.copy_needs))


def _possible_copies(a: Prepared, mine: range, runs: Held, dots: Dots) -> list[int]:
    """The items of other reports that item ``a`` may be a copy of (:func:`likeness.may_be_copied`,
    for every item at once), in order. ``runs``: the items holding its copied runs; ``mine``:
    the items of ``a``'s report."""
    elsewhere = (runs.ids < mine.start) | (runs.ids >= mine.stop)
    ids, shared = runs.ids[elsewhere], runs.counts[elsewhere]
    return ids[_may_copy(a, ids, shared, dots)].tolist()


def _candidates(
    u: int,
    mine: range,
    flat: list[Prepared],
    counted: tuple[Held, Held],
    capped: bool,
    dots: Dots,
    problems: bool,
) -> tuple[list[tuple[int, bool]], bool]:
    """(item, may be a copy) for each item of another report that the bounds leave a chance
    of a link with item ``u``; among many (a county), the likeliest. ``counted``: the items
    holding ``u``'s telling words, and those holding its copied runs; ``capped``: a key's
    holders were cut (``MAX_HOLDERS``, ``MAX_PER_REPORT``). And whether a cap cut the list:
    those, the items counted or the items kept."""
    import numpy as np

    a = flat[u]
    words, runs = counted
    ids = np.union1d(words.ids, runs.ids)
    told, shared = np.zeros(len(ids), np.int64), np.zeros(len(ids), np.int64)
    told[np.searchsorted(ids, words.ids)] = words.counts
    shared[np.searchsorted(ids, runs.ids)] = runs.counts
    elsewhere = (ids < mine.start) | (ids >= mine.stop)  # not the item's own report
    ids, told, shared = ids[elsewhere], told[elsewhere], shared[elsewhere]
    copy = _may_copy(a, ids, shared, dots)
    if np.count_nonzero(~copy) > MAX_COUNTED:  # every possible copy, and the rest by what the index counted
        capped = True
        top = np.sort(np.lexsort((ids, -shared, -told, ~copy))[: MAX_COUNTED + np.count_nonzero(copy)])
        ids, told, shared, copy = ids[top], told[top], shared[top], copy[top]
    others = np.flatnonzero(~copy)  # a possible copy is measured whatever its bound
    bounds = dots.bounds(u, ids[others])
    # A pair that shares one telling word alone is alike only through a distinct one.
    for n in np.flatnonzero(told[others] < (1 if problems else 2)).tolist():
        if a.distinct.isdisjoint(flat[int(ids[others[n]])].telling):
            bounds[n] = 0.0
    chance = bounds >= SIMILAR_AT
    likely = others[chance]
    if len(likely) > MAX_MEASURED:  # the likeliest, by bound
        capped = True
        likely = likely[np.lexsort((ids[likely], -bounds[chance]))[:MAX_MEASURED]]
    keep = np.sort(np.concatenate((np.flatnonzero(copy), likely)))
    return list(zip(ids[keep].tolist(), copy[keep].tolist(), strict=True)), capped


def linked_pairs(
    prepared: Sequence[Sequence[Prepared]], progress: Callable[[], None] | None = None, problems: bool = False
) -> _Links:
    """The linked pairs of items of different reports (:func:`_linked`) that a reader may be
    shown, grouped by pair of reports (the first report before the second).

    For each item and each other report, candidates are measured in order of their bound
    (the largest plain sum of word products over their pairs of points) until the best
    likeness found beats the next bound: no later one can be the item's best there, so the
    mutual-best rule sees the same best scores as when measuring all. Every possible copy is
    measured (a copy is linked whatever else is alike), up to a full list of whole copies."""
    from .dots import Dots, ranked  # numpy: not before matching

    flat = [p for items in prepared for p in items]
    owner = [(r, i) for r, items in enumerate(prepared) for i in range(len(items))]
    first = [0]
    for items in prepared:
        first.append(first[-1] + len(items))
    index = postings(flat, first, owner)
    dots = Dots(flat)
    cache: dict[tuple[str, frozenset[str], str, frozenset[str]], Pair] = {}
    measured: dict[tuple[int, int], Pair] = {}
    copied: dict[tuple[str, str], Copies | None] = {}  # by the two texts: a county repeats its statements
    best_in: dict[tuple[int, int], float] = {}  # (item, report) → the best score it met there
    fresh: list[tuple[int, int]] = []  # the pairs measured since last looked at
    copied_with: dict[int, int] = defaultdict(int)  # item → the copies of it measured

    def copies_of(u: int, v: int) -> Copies | None:
        """What each of the two items copied from the other (the lower-numbered first), or
        ``None`` when too few runs are in common for any point to be a copy (found once per
        pair of texts)."""
        a, b = flat[min(u, v)], flat[max(u, v)]
        texts = (a.item.text, b.item.text)
        if texts not in copied:
            common = a.gram_set & b.gram_set
            copied[texts] = copies(a, b, common) if may_be_copied(a, b, len(common)) else None
        return copied[texts]

    def measure(u: int, v: int, sums: np.ndarray) -> Pair:
        key = (min(u, v), max(u, v))
        found = measured.get(key)
        if found is None:
            a, b = flat[key[0]], flat[key[1]]
            # Boilerplate recurs across a county: measured once for writers of the same fields.
            text = (a.item.text, a.own, b.item.text, b.own)
            found = cache.get(text)
            if found is None:
                best = best_points(a, b, problems, ranked(sums if u < v else sums.T))
                found_copies = copies_of(*key)
                if found_copies is not None:
                    found = pair(a, b, found_copies, problems, best)
                else:  # not a copy: what was copied and the terms are only wanted if it is linked
                    found = Pair(min(best[0], 1.0), math.nan, False, best[1], best[2], ())
                cache[text] = found
            measured[key] = found
            fresh.append(key)
            if found.shared:
                copied_with[key[0]] += 1
                copied_with[key[1]] += 1
            for x, y in (key, key[::-1]):
                at = (x, owner[y][0])
                best_in[at] = max(best_in.get(at, 0.0), found.score)
        return found

    def whole_copies(u: int, possible: list[int]) -> bool:
        """Measure ``u`` against those of ``possible`` that are copies, report by report in
        order, until it has ``MAX_MATCHES`` whole ones in the reports so far (True). A copy
        whose copied share is whole is a whole copy whatever its likeness, so the point
        products (wanted only to measure it) are taken a few dozen copies at a time; those of
        a copy that is whole only if its likeness is are taken at once when the count
        depends on it."""
        by_report: dict[int, list[int]] = defaultdict(list)
        for v in possible:
            by_report[owner[v][0]].append(v)
        pending: list[int] = []  # copies found, not measured yet
        unsure: set[int] = set()  # of those, the ones whole only if their likeness is

        def measure_pending() -> int:
            """Measure the pending copies; how many of the unsure ones are whole."""
            more = 0
            for at in range(0, len(pending), _PRODUCTS_AT_ONCE):
                some = pending[at : at + _PRODUCTS_AT_ONCE]
                sums = dots.products(u, some)
                for n, v in enumerate(some):
                    p = measure(u, v, sums.of(n))
                    more += v in unsure and round(p.score, 3) >= 1.0
            pending.clear()
            unsure.clear()
            return more

        whole = 0
        for r in sorted(by_report):
            for v in by_report[r]:
                found = copies_of(u, v)
                if found is not None and is_copy(found):
                    pending.append(v)
                    if round(max(found[0], found[2]), 3) >= 1.0:
                        whole += 1
                    else:
                        unsure.add(v)
            if whole < MAX_MATCHES <= whole + len(unsure):
                whole += measure_pending()
            if whole >= MAX_MATCHES:
                break
        measure_pending()
        return whole >= MAX_MATCHES

    def meet(u: int, candidates: list[tuple[int, bool]]) -> None:
        """Measure ``u`` against ``candidates``, report by report in order, the products taken
        a few reports at a time: in each report in order of their bound until the best
        likeness found beats the next bound, and every copy."""
        by_report: dict[int, list[tuple[int, bool]]] = defaultdict(list)
        for v, copy in candidates:
            by_report[owner[v][0]].append((v, copy))
        reports = sorted(by_report)
        at = 0
        while at < len(reports):
            ahead = at
            members: list[tuple[int, bool]] = []
            while ahead < len(reports) and len(members) < _PRODUCTS_AT_ONCE:
                members += by_report[reports[ahead]]
                ahead += 1
            found = dots.products(u, [v for v, _ in members])
            chunk: dict[int, list[tuple[float, int, bool, int]]] = defaultdict(list)
            for n, ((v, copy), bound) in enumerate(zip(members, found.bounds, strict=True)):
                r = owner[v][0]
                if copy or bound >= best_in.get((u, r), 0.0):  # else it cannot beat a score met there
                    chunk[r].append((bound, v, copy, n))
            for r in reports[at:ahead]:
                each, best = chunk[r], -1.0
                for bound, v, copy, n in sorted(each, key=lambda c: (-c[0], c[1])) if len(each) > 1 else each:
                    if bound >= best:  # may be the best here (an equal score is linked too)
                        best = max(best, measure(u, v, found.of(n)).score)
                    elif copy and is_copy(copies_of(u, v)):
                        measure(u, v, found.of(n))  # a copy is linked whatever else is alike
            at = ahead

    # Each item meets its possible copies first, report by report in order: once it has
    # MAX_MATCHES whole copies in the reports so far, it ends there. A reader is shown no
    # other link for it (a whole copy of a report before comes first), so the bounds of its
    # other candidates are not taken; a link it may be shown for the other item is settled
    # when it is found (below).
    capped: set[int] = set()
    left = Counter(p.item.text for p in flat)  # a county repeats its statements: counted once
    runs: dict[str, Held] = {}
    words: dict[str, Held] = {}
    for u in range(len(flat)):
        if progress is not None:
            progress()
        r, a = owner[u][0], flat[u]
        mine, text = range(first[r], first[r + 1]), a.item.text
        if text not in runs:
            runs[text] = index.runs.held(a.gram_set, len(flat))
        possible = _possible_copies(a, mine, runs[text], dots)
        if len(possible) >= MAX_MATCHES and whole_copies(u, possible):
            capped.add(u)  # it ended among its whole copies
        else:
            if text not in words:
                words[text] = index.words.held(a.telling, len(flat))
            cut = not (index.cut.isdisjoint(a.telling) and index.cut.isdisjoint(a.gram_set))
            candidates, cut = _candidates(u, mine, flat, (words[text], runs[text]), cut, dots, problems)
            meet(u, candidates)
            if cut:
                capped.add(u)
        left[text] -= 1
        if not left[text]:
            runs.pop(text)
            words.pop(text, None)

    # An item whose candidates were cut, or that ended early, may not have met its best in a
    # report: before it is linked there, it meets every item of that report that may beat the
    # link. Meeting more only raises the best scores, so a pair that is not a link now never
    # becomes one: only the pairs measured since are looked at again. A likeness between two
    # items that each have a full list of copies is shown to no one: it is not a link.
    def shown(key: tuple[int, int]) -> bool:
        return copied_with[key[0]] < MAX_MATCHES or copied_with[key[1]] < MAX_MATCHES

    settled: set[tuple[int, int]] = set()
    while fresh:
        todo = set()
        for key in fresh:
            p, (u, v) = measured[key], key
            if p.shared or p.score < max(SIMILAR_AT, best_in[(u, owner[v][0])], best_in[(v, owner[u][0])]):
                continue  # a copy is linked anyway; this pair is not a link
            if not shown(key):
                continue
            for x, y in (key, key[::-1]):
                if x in capped and (x, owner[y][0]) not in settled:
                    todo.add((x, owner[y][0]))
        fresh.clear()
        settled.update(todo)
        for u, reports in itertools.groupby(sorted(todo), key=itemgetter(0)):
            meet(u, [(v, False) for _, r in reports for v in range(first[r], first[r + 1])])

    def complete(a: Prepared, b: Prepared, p: Pair) -> Pair:
        """A link kept without its copied share and terms, with them."""
        return pair(a, b, copies(a, b), problems, (p.score, p.a, p.b)) if math.isnan(p.verbatim) else p

    links: _Links = {}
    for (r1, r2), pairs in _by_reports(measured, owner).items():
        kept = {
            (i, j): complete(prepared[r1][i], prepared[r2][j], p)
            for (i, j), p in _linked(pairs).items()
            if p.shared or shown((first[r1] + i, first[r2] + j))
        }
        if kept:
            links[(r1, r2)] = kept
    return links


def _by_reports(measured: dict[tuple[int, int], Pair], owner: list[tuple[int, int]]) -> _Links:
    """The measured pairs (of items numbered across all reports) grouped by pair of reports."""
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
    done: dict[tuple[str, frozenset[str]], Prepared] = {}  # a county repeats its statements

    def prepared_of(item: Item, fields: frozenset[str]) -> Prepared:
        found = done.get((item.text, fields))
        if found is None:
            found = done[(item.text, fields)] = prepare(item, problems, fields)
        return found if found.item is item else moved(found, item)

    expect(sum(map(len, dict.fromkeys(item.text for items in groups for item in items))))
    prepared = [
        [prepared_of(item, fields) for item in items] for items, fields in zip(groups, own, strict=True)
    ]
    found: list[list[list[Match]]] = [[[] for _ in items] for items in groups]
    links = linked_pairs(prepared, progress, problems)
    for r1, r2 in sorted(links):
        for (i, j), p in sorted(links[(r1, r2)].items()):
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
