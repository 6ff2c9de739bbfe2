"""Match items of one kind across reports and say which are shared, similar or unique.

Two measures per pair. *Similarity* is the cosine of TF-IDF weighted jieba word vectors,
so a reworded commitment still meets its counterpart. *Verbatim* is the share of an
item's character 8-grams found in the other item: copied boilerplate scores near 1 even
when the copy sits inside a longer item. An item is ``shared`` when most of it was
copied, ``similar`` when it says the same thing in other words, ``unique`` otherwise.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from .model import Item, Match, Status
from .tokens import content_tokens

SIMILAR_AT = 0.30
SHARED_AT = 0.60
LIST_AT = 0.20
MAX_MATCHES = 12
_SHINGLE = 8
_KEEP = re.compile(r"[\u3400-\u9fffA-Za-z0-9]+")


def shingles(text: str, n: int = _SHINGLE) -> frozenset[str]:
    """Overlapping character n-grams of the text's letters, digits and ideographs."""
    core = "".join(_KEEP.findall(text))
    if len(core) < n:
        return frozenset([core]) if core else frozenset()
    return frozenset(core[i:i + n] for i in range(len(core) - n + 1))


def verbatim_share(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of ``a``'s n-grams that also occur in ``b``."""
    return len(a & b) / len(a) if a else 0.0


def _vectors(groups: Sequence[Sequence[Item]]) -> list[list[dict[str, float]]]:
    counts = [[Counter(content_tokens(item.text)) for item in items] for items in groups]
    df: Counter[str] = Counter()
    n_docs = 0
    for report in counts:
        for counter in report:
            df.update(counter.keys())
            n_docs += 1
    vectors = []
    for report in counts:
        out = []
        for counter in report:
            vec = {w: (1 + math.log(c)) * math.log(1 + n_docs / df[w]) for w, c in counter.items()}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            out.append({w: v / norm for w, v in vec.items()})
        vectors.append(out)
    return vectors


def match_items(groups: Sequence[Sequence[Item]]) -> list[list[tuple[Status, tuple[Match, ...]]]]:
    """For each report's items (same kind), their status and counterparts in other reports."""
    vectors = _vectors(groups)
    grams = [[shingles(item.text) for item in items] for items in groups]
    postings: dict[str, list[tuple[int, int, float]]] = defaultdict(list)
    for r, report in enumerate(vectors):
        for i, vec in enumerate(report):
            for word, weight in vec.items():
                postings[word].append((r, i, weight))
    gram_index: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r, report in enumerate(grams):
        for i, gs in enumerate(report):
            for g in gs:
                gram_index[g].append((r, i))
    results = []
    for r, report in enumerate(vectors):
        out = []
        for i, vec in enumerate(report):
            scores: dict[tuple[int, int], float] = defaultdict(float)
            for word, weight in vec.items():
                for r2, i2, w2 in postings[word]:
                    if r2 != r:
                        scores[(r2, i2)] += weight * w2
            overlap: Counter[tuple[int, int]] = Counter()
            for g in grams[r][i]:
                for key in gram_index[g]:
                    if key[0] != r:
                        overlap[key] += 1
            size = len(grams[r][i]) or 1
            matches = []
            for key in set(scores) | set(overlap):
                score, verbatim = min(scores.get(key, 0.0), 1.0), overlap.get(key, 0) / size
                if score >= LIST_AT or verbatim >= LIST_AT:
                    matches.append(Match(key[0], key[1], round(score, 3), round(verbatim, 3)))
            matches.sort(key=lambda m: (-max(m.score, m.verbatim), m.report, m.item))
            best_verbatim = max((m.verbatim for m in matches), default=0.0)
            best_score = max((m.score for m in matches), default=0.0)
            if best_verbatim >= SHARED_AT:
                status = Status.SHARED
            elif best_score >= SIMILAR_AT or best_verbatim >= SIMILAR_AT:
                status = Status.SIMILAR
            else:
                status = Status.UNIQUE
            out.append((status, tuple(matches[:MAX_MATCHES])))
        results.append(out)
    return results
