"""The index matching finds candidates in: telling word → items, copied run → items.

One index over every report of a comparison, laid out in flat numpy arrays, so that the
items sharing anything with one item are counted by a few gathers rather than by walking
tens of thousands of holders in Python. It finds candidates; it does not decide links
(:mod:`matching`).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import numpy as np

    from .likeness import Prepared

#: A word or run held by more than ``MAX_HOLDERS`` items (or ``MAX_PER_REPORT`` of one
#: report: an unsplit chapter cut into hundreds of items) ranks nothing beyond its first
#: holders. Set with the other limits of work per item (:data:`matching.MAX_MEASURED`) from
#: benchmarks/bench_scale.py, so that none binds on the corpus, the wild reports and the
#: samples opened together.
MAX_HOLDERS = 512
MAX_PER_REPORT = 16


class Held(NamedTuple):
    """The items that hold any of some keys, in order, and how many of the keys each holds."""

    ids: np.ndarray
    counts: np.ndarray


class Keys(NamedTuple):
    """Keys (telling words, or copied runs) and the items holding each, laid out flat."""

    row: dict[str, int]  # key → its row
    start: np.ndarray  # row → where its holders begin in ``holders`` (and one past the last row)
    holders: np.ndarray  # the items holding each key, row after row (ascending ids)

    def held(self, keys: frozenset[str], size: int) -> Held:
        """The items (of ``size`` in all) that hold any of ``keys``, and how many each holds."""
        import numpy as np

        from .dots import ranges

        rows = np.fromiter(map(self.row.__getitem__, keys), np.int64, len(keys))
        at, _ = ranges(self.start[rows], self.start[rows + 1])
        counts = np.bincount(self.holders[at], minlength=size)
        ids = np.flatnonzero(counts)
        return Held(ids, counts[ids])


class Index(NamedTuple):
    words: Keys  # telling word → items holding it
    runs: Keys  # copied run → items holding it
    cut: set[str]  # the words and runs whose holders were cut


def _keys(holding: dict[str, list[int]]) -> Keys:
    import numpy as np

    sizes = np.fromiter(map(len, holding.values()), np.int64, len(holding))
    start = np.concatenate((np.zeros(1, np.int64), np.cumsum(sizes)))
    holders = np.fromiter(itertools.chain.from_iterable(holding.values()), np.int64, int(start[-1]))
    return Keys({key: n for n, key in enumerate(holding)}, start, holders)


def postings(flat: Sequence[Prepared], first: Sequence[int], owner: Sequence[tuple[int, int]]) -> Index:
    """The index of the telling words and copied runs of ``flat`` (the items of every report,
    report after report; ``first``: where each report's items begin; ``owner``: each item's
    report and place there). A report lists at most ``MAX_PER_REPORT`` items under one key,
    and a key at most ``MAX_HOLDERS`` items in all."""
    words: dict[str, list[int]] = defaultdict(list)
    runs: dict[str, list[int]] = defaultdict(list)
    cut: set[str] = set()
    for u, p in enumerate(flat):
        start = first[owner[u][0]]
        for keys, holding in ((p.telling, words), (p.gram_set, runs)):
            for key in keys:
                holders = holding[key]
                if len(holders) < MAX_HOLDERS and (
                    len(holders) < MAX_PER_REPORT or holders[-MAX_PER_REPORT] < start
                ):
                    holders.append(u)
                else:
                    cut.add(key)
    return Index(_keys(words), _keys(runs), cut)
