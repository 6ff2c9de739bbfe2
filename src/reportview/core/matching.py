"""Match items of one kind across reports and say which are shared, similar or unique.

Items are compared point by point (:mod:`points`): the headline, each 一是/二是 point, each
sentence. Two points are alike by the cosine of their genre-weighted word vectors
(:mod:`genre`: near-synonyms merged, compounds meeting their parts, weights from real
reports of the genre), lowered when they speak of different subjects (the public's
awareness is not the staff's). Within each pair of reports, an item is linked to the item it
is most alike when that one is most alike it too, and the likeness reaches
``SIMILAR_AT``; a clause copied nearly verbatim is always linked, and makes the pair
*shared*. Decisions are made per pair of reports with fixed weights, so opening another
report never changes a link between two others, and every link holds both ways.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .genre import DISTINCT_IDF, SPECIFIC_IDF, concept_spans, idf, subjects
from .model import Item, Match, Status
from .points import points

#: Likeness of the best pair of points at which two items state the same thing. Chosen with
#: benchmarks/bench_matching.py as the value that gives the best F1 of links while keeping
#: the precision of "has a counterpart" at 0.90 or more, on the tuning groups of
#: benchmarks/data/matching-judged.json and ../shared/matching-dev.json; H1 is held out.
SIMILAR_AT = 0.2
#: Points about different subjects (群众 vs 干部) count this much of their likeness.
SUBJECT_PENALTY = 0.4
#: Share of a point copied verbatim (runs of ``RUN`` characters) that makes it boilerplate.
SHARED_AT = 0.75
MIN_SHARED_CHARS = 12
MAX_MATCHES = 12
RUN = 6
_KEEP = re.compile(r"[\u3400-\u9fffA-Za-z0-9]+")


def core_text(text: str) -> str:
    """Letters, digits and ideographs only: punctuation and spacing do not make a copy."""
    return "".join(_KEEP.findall(text))


@dataclass(frozen=True, slots=True)
class _Point:
    start: int  # offsets in the report's text
    end: int
    vector: dict[str, float]
    telling: frozenset[str]  # tokens at least SPECIFIC_IDF
    distinct: frozenset[str]  # tokens at least DISTINCT_IDF
    subjects: frozenset[str]
    core: str
    grams: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Prepared:
    item: Item
    points: tuple[_Point, ...]
    gram_set: frozenset[str]
    telling: frozenset[str]
    distinct: frozenset[str]


def _vector(tokens: list[str]) -> dict[str, float]:
    counts = Counter(tokens)
    vec = {t: (1 + math.log(c)) * idf(t) for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _grams(core: str) -> tuple[str, ...]:
    return tuple(core[i : i + RUN] for i in range(len(core) - RUN + 1))


def _prepare(item: Item) -> _Prepared:
    spans = points(item.text)
    if len(spans) > 1:
        spans = (*spans, (0, len(item.text)))  # the item as a whole is a point too
    prepared = []
    words = concept_spans(item.text)
    for s, e in spans:
        text = item.text[s:e]
        core = core_text(text)
        vector = _vector([t for t, at in words if s <= at < e])
        telling = frozenset(t for t in vector if idf(t) >= SPECIFIC_IDF)
        distinct = frozenset(t for t in telling if idf(t) >= DISTINCT_IDF)
        prepared.append(
            _Point(
                item.start + s, item.start + e, vector, telling, distinct, subjects(text), core, _grams(core)
            )
        )
    grams = frozenset(g for p in prepared for g in p.grams)
    telling = frozenset(t for p in prepared for t in p.telling)
    distinct = frozenset(t for p in prepared for t in p.distinct)
    return _Prepared(item, tuple(prepared), grams, telling, distinct)


def covered_chars(grams: tuple[str, ...], other: frozenset[str]) -> int:
    """How many characters of a text (given as its ``RUN``-grams) lie in runs found in ``other``."""
    covered, reach = 0, -1
    for i, gram in enumerate(grams):
        if gram in other:
            covered += min(RUN, i + RUN - 1 - reach)
            reach = i + RUN - 1
    return covered


def verbatim_share(a_text: str, b_text: str) -> float:
    """Share of ``a_text`` copied verbatim (in runs of six or more characters) from ``b_text``."""
    a, b = core_text(a_text), core_text(b_text)
    return covered_chars(_grams(a), frozenset(_grams(b))) / len(a) if a else 0.0


@dataclass(frozen=True, slots=True)
class _Pair:
    score: float
    verbatim: float  # the larger copied share of either item's best-copied point
    shared: bool
    a: int  # the aligned points, as indices into each item's points
    b: int
    terms: tuple[str, ...]


def _likeness(x: _Point, y: _Point) -> float:
    telling = x.telling & y.telling
    if len(telling) < 2 and not telling & x.distinct:
        return 0.0  # only 法治, 有待, 不足 or one common word in common: not the same point
    # fsum: exactly rounded whatever the order, so set order can never change a score.
    score = math.fsum(x.vector[t] * y.vector[t] for t in x.vector.keys() & y.vector.keys())
    if x.subjects and y.subjects and not x.subjects & y.subjects:
        score *= SUBJECT_PENALTY
    return score


def _copied(points_of: tuple[_Point, ...], other: frozenset[str]) -> tuple[float, int | None]:
    """The largest share of one point copied from ``other`` (its run set), and that point."""
    best, where = 0.0, None
    for index, p in enumerate(points_of):
        if len(p.core) < MIN_SHARED_CHARS:
            continue
        share = covered_chars(p.grams, other) / len(p.core)
        if share > best:
            best, where = share, index
    return best, where


def _pair(a: _Prepared, b: _Prepared) -> _Pair:
    score, ia, ib = 0.0, 0, 0
    for i, x in enumerate(a.points):
        for j, y in enumerate(b.points):
            s = _likeness(x, y)
            if s > score:
                score, ia, ib = s, i, j
    if a.gram_set.isdisjoint(b.gram_set):
        copied_a, where_a, copied_b, where_b = 0.0, None, 0.0, None
    else:
        copied_a, where_a = _copied(a.points, b.gram_set)
        copied_b, where_b = _copied(b.points, a.gram_set)
    shared = max(copied_a, copied_b) >= SHARED_AT
    if shared:  # align on the copied clause: that is what the reader should see side by side
        if copied_a >= copied_b and where_a is not None:
            ia = where_a
            ib = max(
                range(len(b.points)),
                key=lambda j: covered_chars(a.points[ia].grams, frozenset(b.points[j].grams)),
            )
        elif where_b is not None:
            ib = where_b
            ia = max(
                range(len(a.points)),
                key=lambda i: covered_chars(b.points[ib].grams, frozenset(a.points[i].grams)),
            )
    pa, pb = a.points[ia], b.points[ib]
    ranked = sorted((t for t in pa.vector if t in pb.vector), key=lambda t: (-pa.vector[t] * pb.vector[t], t))
    words = [t.lstrip("#") for t in ranked]
    terms = [w for w in words if not any(w != o and w in o for o in words)]  # 合法性 covers 合法
    return _Pair(min(score, 1.0), max(copied_a, copied_b), shared, ia, ib, tuple(terms[:6]))


@dataclass(frozen=True, slots=True)
class _Index:
    """One report's items by telling word and by copied run (built once per report)."""

    words: dict[str, list[int]]
    runs: dict[str, list[int]]


def _index(items: list[_Prepared]) -> _Index:
    words: dict[str, list[int]] = defaultdict(list)
    runs: dict[str, list[int]] = defaultdict(list)
    for j, b in enumerate(items):
        for word in sorted(b.telling):
            words[word].append(j)
        for run in b.gram_set:
            runs[run].append(j)
    return _Index(words, runs)


def _candidates(a: _Prepared, index: _Index) -> list[int]:
    """The items that can be linked to ``a``: sharing two telling words, or one very telling
    word, or a copied run. No other pair can score (see :func:`_likeness`), so looking at
    these alone changes nothing but the time."""
    shared: Counter[int] = Counter()
    found: set[int] = set()
    for word in a.telling:
        holders = index.words.get(word, ())
        shared.update(holders)
        if word in a.distinct:
            found.update(holders)
    found.update(j for j, n in shared.items() if n >= 2)
    for run in a.gram_set:
        found.update(index.runs.get(run, ()))
    return sorted(found)


def _links(
    left: list[_Prepared],
    right: list[_Prepared],
    index: _Index,
    cache: dict[tuple[str, str], _Pair],
) -> dict[tuple[int, int], _Pair]:
    """Links between the items of two reports: mutual best likeness above the threshold, or
    a clause copied verbatim. ``index`` is :func:`_index` of ``right``."""
    pairs: dict[tuple[int, int], _Pair] = {}
    for i, a in enumerate(left):
        for j in _candidates(a, index):
            # The same two texts (boilerplate recurs across a county) are compared once.
            key = (a.item.text, right[j].item.text)
            found = cache.get(key)
            if found is None:
                found = cache[key] = _pair(a, right[j])
            pairs[(i, j)] = found
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


def match_items(groups: Sequence[Sequence[Item]]) -> list[list[tuple[Status, tuple[Match, ...]]]]:
    """For each report's items (all of one kind), their status and counterparts elsewhere."""
    prepared = [[_prepare(item) for item in items] for items in groups]
    indexes = [_index(items) for items in prepared]
    cache: dict[tuple[str, str], _Pair] = {}
    found: list[list[list[Match]]] = [[[] for _ in items] for items in groups]
    for r1 in range(len(prepared)):
        for r2 in range(r1 + 1, len(prepared)):
            for (i, j), p in _links(prepared[r1], prepared[r2], indexes[r2], cache).items():
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
