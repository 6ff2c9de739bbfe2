"""Match items of one kind across reports and say which are shared, similar or unique.

Two measures per pair. *Similarity* is the cosine of TF-IDF weighted jieba word vectors
(weights from jieba's background corpus), so a reworded commitment still meets its
counterpart. *Verbatim* is the share of an
item's characters covered by runs of six or more characters that also occur in the other
item, so copied boilerplate scores near 1 even when the copy sits inside a longer item,
while a changed figure only uncovers itself. An item is ``shared`` when most of it was
copied, ``similar`` when it says the same thing in other words, ``unique`` otherwise.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Item, Match, Status
from .tokens import content_tokens, idf

SIMILAR_AT = 0.45
VERBATIM_SIMILAR_AT = 0.50
SHARED_AT = 0.75
MIN_SHARED_CHARS = 12
MAX_MATCHES = 12
RUN = 6
_KEEP = re.compile(r"[\u3400-\u9fffA-Za-z0-9]+")


def core_text(text: str) -> str:
    """Letters, digits and ideographs only: punctuation and spacing do not make a copy."""
    return "".join(_KEEP.findall(text))


@dataclass(frozen=True, slots=True)
class _Prepared:
    core: str
    grams: tuple[str, ...]
    gram_set: frozenset[str]
    vector: dict[str, float]


def covered_chars(a: _Prepared, b: _Prepared) -> int:
    """How many of ``a``'s characters lie in a run of ``RUN`` characters found in ``b``."""
    covered = 0
    reach = -1
    for i, gram in enumerate(a.grams):
        if gram in b.gram_set:
            covered += min(RUN, i + RUN - 1 - reach)
            reach = i + RUN - 1
    return covered


def verbatim_share(a_text: str, b_text: str) -> float:
    """Share of ``a_text`` copied verbatim (in runs of six or more characters) from ``b_text``."""
    a, b = _prepare(a_text, {}), _prepare(b_text, {})
    return covered_chars(a, b) / len(a.core) if a.core else 0.0


def _prepare(text: str, vector: dict[str, float]) -> _Prepared:
    core = core_text(text)
    grams = tuple(core[i : i + RUN] for i in range(len(core) - RUN + 1))
    return _Prepared(core, grams, frozenset(grams), vector)


def _vector(item: Item) -> dict[str, float]:
    """Unit-length TF-IDF vector of an item's content words."""
    counts = Counter(content_tokens(item.text))
    vec = {w: (1 + math.log(c)) * idf(w) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {w: v / norm for w, v in vec.items()}


def classify(score: float, verbatim: float, copied_chars: int) -> Status:
    """The status one counterpart would give an item."""
    if verbatim >= SHARED_AT and copied_chars >= MIN_SHARED_CHARS:
        return Status.SHARED
    if score >= SIMILAR_AT or (verbatim >= VERBATIM_SIMILAR_AT and copied_chars >= MIN_SHARED_CHARS):
        return Status.SIMILAR
    return Status.UNIQUE


_RANK = {Status.SHARED: 2, Status.SIMILAR: 1, Status.UNIQUE: 0}


def match_items(groups: Sequence[Sequence[Item]]) -> list[list[tuple[Status, tuple[Match, ...]]]]:
    """For each report's items (all of one kind), their status and counterparts elsewhere."""
    prepared = [[_prepare(item.text, _vector(item)) for item in items] for items in groups]
    postings: dict[str, list[tuple[int, int, float]]] = defaultdict(list)
    grams: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for r, report in enumerate(prepared):
        for i, prep in enumerate(report):
            for word, weight in prep.vector.items():
                postings[word].append((r, i, weight))
            for gram in prep.gram_set:
                grams[gram].add((r, i))
    results = []
    for r, report in enumerate(prepared):
        out = []
        for prep in report:
            scores: dict[tuple[int, int], float] = defaultdict(float)
            for word, weight in prep.vector.items():
                for r2, i2, w2 in postings[word]:
                    if r2 != r:
                        scores[(r2, i2)] += weight * w2
            for gram in prep.gram_set:
                for key in grams[gram]:
                    if key[0] != r:
                        scores.setdefault(key, 0.0)
            status, matches = Status.UNIQUE, []
            for (r2, i2), score in scores.items():
                copied = covered_chars(prep, prepared[r2][i2])
                verbatim = copied / len(prep.core) if prep.core else 0.0
                pair = classify(score, verbatim, copied)
                if pair is Status.UNIQUE:
                    continue
                matches.append(Match(r2, i2, round(min(score, 1.0), 3), round(verbatim, 3)))
                if _RANK[pair] > _RANK[status]:
                    status = pair
            matches.sort(key=lambda m: (-max(m.score, m.verbatim), m.report, m.item))
            out.append((status, tuple(matches[:MAX_MATCHES])))
        results.append(out)
    return results
