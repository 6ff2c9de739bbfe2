"""How alike two items are: the measure matching is built on.

Items are compared point by point (:mod:`points`): the headline, each 一是/二是 point, each
sentence. Two points are alike by the cosine of their genre-weighted word vectors
(:mod:`genre`: near-synonyms merged, compounds meeting their parts, weights from real
reports of the genre), lowered when they speak of different subjects (the public's
awareness is not the staff's) or when one is about a field of work the other does not name
(tourism disputes are not disputes in general; a department's own field is its setting).
A point copied nearly verbatim (runs of ``RUN`` characters found in the other item) makes
the pair *shared*.

Each prepared item also carries what the cheap bounds need (:func:`likeness_bound`,
:func:`may_be_copied`; :mod:`dots` bounds point by point), so most pairs of a large county
are proven unrelated without comparing their points.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from operator import mul

from .chars import IDEO
from .genre import DISTINCT_IDF, SPECIFIC_IDF, concept_spans, fields_of_work, idf, is_action, subjects
from .model import Item
from .points import points
from .shortcomings import shortcomings

#: Points about different subjects or objects (群众 vs 干部, 执法队伍 vs 调解队伍), or fields of work
#: (旅游纠纷 vs 纠纷 in general: :func:`_apart`), count this much
#: of their likeness. Chosen on the tuning groups with benchmarks/bench_matching.py: 0.25 and
#: 0.3 drop one false link there that 0.4 keeps, and no true one.
SUBJECT_PENALTY = 0.25
#: A rare word alone makes two points the same only when it has this many characters or more
#: (行政执法责任制, 合法性审查): two characters (办案, 年终) name too little. Chosen on the tuning
#: groups (benchmarks/bench_matching.py): it removes false links there and loses no true one.
NAMING_CHARS = 3
#: Share of a point copied verbatim (runs of ``RUN`` characters) that makes it boilerplate.
SHARED_AT = 0.75
MIN_SHARED_CHARS = 12
RUN = 6
#: Points of up to this many runs keep their run positions as bits (an OR of whole runs at
#: C speed); a longer point (an unsplit chapter) is walked run by run, in linear time.
MASKED_RUNS = 1024
_KEEP = re.compile("[" + IDEO + "A-Za-z0-9]+")
_KEPT_CHAR = re.compile("[" + IDEO + "A-Za-z0-9]")


def core_text(text: str) -> str:
    """Letters, digits and ideographs only: punctuation and spacing do not make a copy."""
    return "".join(_KEEP.findall(text))


@dataclass(frozen=True, slots=True)
class Point:
    start: int  # offsets in the report's text
    end: int
    vector: dict[str, float]
    telling: frozenset[str]  # tokens at least SPECIFIC_IDF
    distinct: frozenset[str]  # tokens at least DISTINCT_IDF
    ideas: frozenset[str]  # telling tokens that name something, not an action (加快, 充实, 配备)
    named: frozenset[str]  # ideas that alone say what a point is about (行政执法责任制, 合法性审查)
    kinds: frozenset[str]  # the kinds of shortcoming a problem's point names (:mod:`shortcomings`)
    subjects: frozenset[str]
    fields: frozenset[str]  # fields of work it names beyond its writer's own (旅游纠纷调处)
    core: str
    offset: int  # where its core begins in the core of the item's last point (the whole item)
    masks: dict[str, int]  # the last point's runs → the positions they start at, as bits
    grams: tuple[str, ...]  # the runs in order, for a point without bits (walked)
    repeats: int  # runs that occur more than once in the point, beyond their first


@dataclass(frozen=True, slots=True)
class Prepared:
    """An item ready to be compared: its points, and what the bounds need."""

    item: Item
    points: tuple[Point, ...]
    gram_set: frozenset[str]
    telling: frozenset[str]
    distinct: frozenset[str]
    weights: dict[str, float]  # each word's largest weight in any point
    copy_needs: float  # runs in common with another item below which no point can be a copy
    own: frozenset[str]  # its writer's fields of work (they set apart how it reads: :func:`_apart`)


def _vector(tokens: list[str]) -> dict[str, float]:
    counts = Counter(tokens)
    vec = {t: (1 + math.log(c)) * idf(t) for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _grams(core: str) -> tuple[str, ...]:
    return tuple(core[i : i + RUN] for i in range(len(core) - RUN + 1))


def prepare(item: Item, problems: bool = False, own: frozenset[str] = frozenset()) -> Prepared:
    """``item`` ready to compare; ``problems``: it states a problem, and each point carries
    the kinds of shortcoming it names (only problems are told apart by them); ``own``: the
    fields of work of the body that wrote it (:func:`genre.own_fields`), the setting of all
    it writes (a department's 环境执法队伍 is its enforcement team), not what a point is about."""
    spans = points(item.text)
    if len(spans) > 1:
        spans = (*spans, (0, len(item.text)))  # the item as a whole is a point too
    prepared = []
    kept = [m.start() for m in _KEPT_CHAR.finditer(item.text)]  # the core's characters in the text
    words = sorted(concept_spans(item.text), key=lambda w: w[1])  # by offset, in order
    starts = [at for _, at in words]
    # Every point's core and runs are a part of the last point's (the whole item, when there
    # are several): one set of strings serves them all.
    base = bisect_left(kept, spans[-1][0])
    whole = core_text(item.text[spans[-1][0] : spans[-1][1]])
    runs = _grams(whole)
    for n, (s, e) in enumerate(spans):
        text = item.text[s:e]
        offset = bisect_left(kept, s) - base
        core = whole[offset : offset + bisect_left(kept, e) - bisect_left(kept, s)]
        grams = runs[offset : offset + max(len(core) - RUN + 1, 0)]
        repeats = len(grams) - len(set(grams))
        masks: dict[str, int] = {}
        if n == len(spans) - 1 and len(grams) <= MASKED_RUNS:
            if repeats:
                for at, gram in enumerate(grams):
                    masks[gram] = masks.get(gram, 0) | 1 << at
            else:  # each run once: one bit each
                masks = {gram: 1 << at for at, gram in enumerate(grams)}
        vector = _vector([t for t, _ in words[bisect_left(starts, s) : bisect_left(starts, e)]])
        telling = frozenset(t for t in vector if idf(t) >= SPECIFIC_IDF)
        distinct = frozenset(t for t in telling if idf(t) >= DISTINCT_IDF)
        ideas = frozenset(t for t in telling if not is_action(t))
        prepared.append(
            Point(
                item.start + s,
                item.start + e,
                vector,
                telling,
                distinct,
                ideas,
                frozenset(t for t in distinct & ideas if t.startswith("#") or len(t) >= NAMING_CHARS),
                shortcomings(text) if problems else frozenset(),
                subjects(text),
                fields_of_work(text) - own,
                core,
                offset,
                masks,
                () if masks else grams,
                repeats,
            )
        )
    grams = frozenset(runs)  # every point's runs are among the last one's
    telling = frozenset(t for p in prepared for t in p.telling)
    distinct = frozenset(t for p in prepared for t in p.distinct)
    weights: dict[str, float] = {}
    for p in prepared:
        for t, w in p.vector.items():
            if w > weights.get(t, 0.0):
                weights[t] = w
    needs = min(
        (SHARED_AT * len(p.core) / RUN - p.repeats for p in prepared if len(p.core) >= MIN_SHARED_CHARS),
        default=math.inf,
    )
    return Prepared(item, tuple(prepared), grams, telling, distinct, weights, needs, own)


def moved(prepared: Prepared, item: Item) -> Prepared:
    """``prepared`` for ``item``, an item of the same text (elsewhere in its report or in
    another one): only the points' offsets differ."""
    shift = item.start - prepared.item.start
    points = tuple(replace(p, start=p.start + shift, end=p.end + shift) for p in prepared.points)
    return replace(prepared, item=item, points=points)


def covered_chars(grams: tuple[str, ...], other: frozenset[str]) -> int:
    """How many characters of a text (given as its ``RUN``-grams) lie in runs found in ``other``."""
    covered, reach = 0, -1
    for i, gram in enumerate(grams):
        if gram in other:
            covered += min(RUN, i + RUN - 1 - reach)
            reach = i + RUN - 1
    return covered


def _covered(item: Prepared, index: int, other: frozenset[str]) -> int:
    """:func:`covered_chars` of one of an item's points, from the positions of the item's
    last point (every point's runs lie within it)."""
    found, stride = _found(item, other)
    p = item.points[index]
    return _widened(found >> p.offset * stride, len(p.core), stride)


def verbatim_share(a_text: str, b_text: str) -> float:
    """Share of ``a_text`` copied verbatim (in runs of six or more characters) from ``b_text``."""
    a, b = core_text(a_text), core_text(b_text)
    return covered_chars(_grams(a), frozenset(_grams(b))) / len(a) if a else 0.0


@dataclass(frozen=True, slots=True)
class Pair:
    score: float
    verbatim: float  # the larger copied share of either item's best-copied point
    shared: bool
    a: int  # the aligned points, as indices into each item's points
    b: int
    terms: tuple[str, ...]


@functools.lru_cache(maxsize=1 << 16)  # the same few words meet again and again across a county
def _two_ideas(words: frozenset[str]) -> bool:
    """Whether ``words`` hold two ideas: two words neither part of another (法律顾问 with 法律
    and 顾问 is one idea; a merged near-synonym group ``#x`` counts as its own)."""
    if len(words) < 2:
        return False
    bare = [w.lstrip("#") for w in words]
    found = 0
    for w in bare:
        if not any(w != o and w in o for o in bare):
            found += 1
            if found == 2:
                return True
    return False


#: A plain sum is within rounding of the exactly rounded one: raised this much, a bound
#: never falls below the likeness it bounds (which :func:`point_likeness` sums exactly).
ABOVE = 1 + 1e-9


#: Groups of resources/genre_terms.txt that name a shortcoming (weak awareness, weak ability,
#: one form only), not what falls short: sharing one of them and its kind is sharing nothing.
_SHORTCOMING_WORDS = frozenset(("#意识", "#能力", "#形式"))


def _apart(x: Point, y: Point) -> bool:
    """Whether two points speak of different subjects (群众 vs 干部), or one of a field of
    work the other does not name and its writer does not work in (a township's 旅游纠纷调处
    is narrower than 矛盾纠纷排查调处; a department's own field is only its setting)."""
    if x.subjects and y.subjects and x.subjects.isdisjoint(y.subjects):
        return True
    return bool(x.fields or y.fields) and x.fields.isdisjoint(y.fields)


def point_likeness(x: Point, y: Point, problems: bool) -> float | None:
    """The likeness of two points, or ``None`` when they cannot state the same thing: they
    share only 法治, 有待, 不足, an action (加快) or one short word (办案). ``problems``: the
    points state problems, and a kind of shortcoming both name (too few hands: 法治队伍力量薄弱,
    法治专业人才缺乏) is one of the two ideas they must share."""
    ideas = x.ideas & y.ideas
    framed = problems and not ideas <= _SHORTCOMING_WORDS and not x.kinds.isdisjoint(y.kinds)
    if ideas.isdisjoint(x.named) and not _two_ideas(ideas) and not framed:
        return None
    xv, yv = x.vector, y.vector
    common = list(filter(xv.__contains__, yv)) if len(xv) > len(yv) else list(filter(yv.__contains__, xv))
    # fsum: exactly rounded whatever the order, so set order can never change a score.
    s = math.fsum(map(mul, map(xv.__getitem__, common), map(yv.__getitem__, common)))
    return s * SUBJECT_PENALTY if _apart(x, y) else s


def best_points(
    a: Prepared, b: Prepared, problems: bool, ranked: Iterable[tuple[float, int, int]]
) -> tuple[float, int, int]:
    """The likeness of the most alike points of ``a`` and ``b``, and those points (the first
    such pair in reading order), visiting ``ranked``: (plain sum of the word products, point
    of ``a``, point of ``b``) for every pair of points that share a word, largest sum first.
    A plain sum is within rounding of the exact one, so the visit ends once it falls below
    the best likeness found: no later pair can reach it."""
    score, ia, ib = 0.0, 0, 0
    for bound, i, j in ranked:
        if bound * ABOVE < score:
            break
        s = point_likeness(a.points[i], b.points[j], problems)
        if s is not None and (s > score or (s == score and s > 0 and (i, j) < (ia, ib))):
            score, ia, ib = s, i, j
    return score, ia, ib


def _best_points(a: Prepared, b: Prepared, problems: bool) -> tuple[float, int, int]:
    """:func:`best_points`, the plain sums taken here from the words the two items share."""
    sums: dict[tuple[int, int], float] = defaultdict(float)
    left, right = _by_word(a), _by_word(b)
    small, large = (left, right) if len(left) <= len(right) else (right, left)
    for t in filter(large.__contains__, small):
        for i, w in left[t]:
            for j, v in right[t]:
                sums[(i, j)] += w * v
    ranked = sorted(((s, i, j) for (i, j), s in sums.items()), key=lambda k: (-k[0], k[1], k[2]))
    return best_points(a, b, problems, ranked)


def _by_word(item: Prepared) -> dict[str, list[tuple[int, float]]]:
    """Each word of ``item``: (point, its weight there), in point order."""
    found: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for index, p in enumerate(item.points):
        for t, w in p.vector.items():
            found[t].append((index, w))
    return found


def _copied(item: Prepared, other: frozenset[str]) -> tuple[float, int | None]:
    """The largest share of one of the item's points copied from ``other`` (a run set), and
    that point (the first such). The runs of the item as a whole (its last point) are looked
    up once: each point's runs are those of the whole that lie within it."""
    found, stride = _found(item, other)
    best, where = 0.0, None
    for index, p in enumerate(item.points):
        size = len(p.core)
        if size < MIN_SHARED_CHARS:
            continue
        covered = _widened(found >> p.offset * stride, size, stride)
        if covered / size > best:
            best, where = covered / size, index
            if best >= 1.0:
                break  # no later point can beat a whole copy
    return best, where


def _found(item: Prepared, other: frozenset[str]) -> tuple[int, int]:
    """The positions in the item's last point of its runs in ``other`` (some of the item's
    runs): as bits, or for a point too long for bits per run as bytes (1 where found), and
    that stride."""
    whole = item.points[-1]
    if whole.masks:
        if not whole.repeats and 2 * len(other) > len(item.gram_set):
            # Most runs found (a copy): every run is one bit of its own, so mark those not found.
            missing = functools.reduce(operator.or_, map(whole.masks.__getitem__, item.gram_set - other), 0)
            return ((1 << len(whole.masks)) - 1) ^ missing, 1
        return functools.reduce(operator.or_, map(whole.masks.__getitem__, other), 0), 1
    return int.from_bytes(bytes(map(other.__contains__, whole.grams)), "little"), 8


def _widened(found: int, size: int, stride: int = 1) -> int:
    """Characters covered by the runs that start at the positions set in ``found`` (a bit
    each, or a byte each with ``stride`` 8) within a core of ``size`` characters (``RUN`` =
    6: each position widened by shifts 0 to 5)."""
    found &= (1 << max(size - RUN + 1, 0) * stride) - 1
    two = found | found << stride
    return (two | two << 2 * stride | two << 4 * stride).bit_count()


def _source(item: Prepared, index: int, other: Prepared) -> int:
    """The point of ``other`` that covers most of the item's point ``index`` (the first
    such). Every point's runs are among the item's, so one that covers as much as the whole
    item is the answer."""
    p = item.points[index]
    common = other.gram_set & item.gram_set if p.masks else other.gram_set.intersection(p.grams)
    most = _covered(item, index, common)
    best, where = -1, 0
    for at, q in enumerate(other.points):
        covered = _covered(item, index, common if q.masks else common.intersection(q.grams))
        if covered > best:
            best, where = covered, at
            if best >= most:
                break
    return where


Copies = tuple[float, int | None, float, int | None]


def copies(a: Prepared, b: Prepared, common: frozenset[str] | None = None) -> Copies:
    """(share, point) of ``a``'s most copied point from ``b``, and of ``b``'s from ``a``
    (``common``: the runs the two share, when known)."""
    common = a.gram_set & b.gram_set if common is None else common
    if not common:
        return 0.0, None, 0.0, None
    return (*_copied(a, common), *_copied(b, common))


def is_copy(found: Copies | None) -> bool:
    """Whether either item copied a point from the other (``None``: too few runs in common)."""
    return found is not None and max(found[0], found[2]) >= SHARED_AT


def pair(
    a: Prepared,
    b: Prepared,
    copied: Copies | None = None,
    problems: bool = False,
    best: tuple[float, int, int] | None = None,
) -> Pair:
    """How alike ``a`` and ``b`` are (``copied``: :func:`copies` of the two, when known;
    ``problems``: they state problems, see :func:`point_likeness`; ``best``: their
    :func:`best_points`, when known)."""
    score, ia, ib = best or _best_points(a, b, problems)
    copied_a, where_a, copied_b, where_b = copied or copies(a, b)
    shared = max(copied_a, copied_b) >= SHARED_AT
    if shared:  # align on the copied clause: that is what the reader should see side by side
        if copied_a >= copied_b and where_a is not None:
            ia, ib = where_a, _source(a, where_a, b)
        elif where_b is not None:
            ia, ib = _source(b, where_b, a), where_b
    pa, pb = a.points[ia], b.points[ib]
    ranked = sorted((t for t in pa.vector if t in pb.vector), key=lambda t: (-pa.vector[t] * pb.vector[t], t))
    words = [t.lstrip("#") for t in ranked]
    whole = (w for w in words if not any(w != o and w in o for o in words))  # 合法性 covers 合法
    return Pair(min(score, 1.0), max(copied_a, copied_b), shared, ia, ib, tuple(itertools.islice(whole, 6)))


def likeness_bound(a: Prepared, b: Prepared) -> float:
    """At least the likeness :func:`pair` finds between any points of ``a`` and ``b``: every
    weight in a point is at most the item's largest weight for that word. Summed in the
    smaller item's word order: never set order."""
    small, large = (a.weights, b.weights) if len(a.weights) <= len(b.weights) else (b.weights, a.weights)
    common = [t for t in small if t in large]
    return sum(map(mul, map(small.__getitem__, common), map(large.__getitem__, common))) * ABOVE


def may_be_copied(a: Prepared, b: Prepared, runs_in_common: int) -> bool:
    """False when no point of either item can be covered to ``SHARED_AT`` by the runs the two
    items have in common: a point's runs found in the other item cover at most ``RUN``
    characters each, and are among the runs in common (counted again where they repeat)."""
    return runs_in_common >= min(a.copy_needs, b.copy_needs)
