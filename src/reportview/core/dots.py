"""Word-vector products of one item against many at once, for matching a large county.

Every point's genre-weighted word vector (:mod:`likeness`) is laid out in flat numpy arrays,
so the products of one item's points with all of its candidates' points are a few array
operations instead of a Python loop per pair. The sums are plain (not exactly rounded):
they rank and bound; :func:`likeness.point_likeness` still takes the exact score.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

from .likeness import ABOVE, Prepared

_INT = np.int64


def ranges(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The positions of every range [start, end) one after another, and each range's length."""
    lengths = ends - starts
    offsets = np.cumsum(lengths) - lengths
    return np.repeat(starts - offsets, lengths) + np.arange(int(lengths.sum()), dtype=_INT), lengths


class Dots:
    """The word vectors of a list of prepared items: per point (for point-by-point
    products) and per item (each word's largest weight, for the item's bound)."""

    def __init__(self, items: Sequence[Prepared]) -> None:
        vocabulary: dict[str, int] = {}
        word, weight, point_start, item_point = [], [], [0], [0]
        top_word, top_weight, top_start = [], [], [0]
        for prepared in items:
            for p in prepared.points:
                for t, w in p.vector.items():
                    word.append(vocabulary.setdefault(t, len(vocabulary)))
                    weight.append(w)
                point_start.append(len(word))
            item_point.append(len(point_start) - 1)
            for t, w in prepared.weights.items():
                top_word.append(vocabulary.setdefault(t, len(vocabulary)))
                top_weight.append(w)
            top_start.append(len(top_word))
        self.word = np.array(word, dtype=_INT)
        self.weight = np.array(weight, dtype=float)
        self.point_start = np.array(point_start, dtype=_INT)
        self.item_point = np.array(item_point, dtype=_INT)
        self.point_of = np.repeat(np.arange(len(point_start) - 1, dtype=_INT), np.diff(self.point_start))
        self.top_word = np.array(top_word, dtype=_INT)
        self.top_weight = np.array(top_weight, dtype=float)
        self.top_start = np.array(top_start, dtype=_INT)
        self._column = np.full(len(vocabulary) + 1, -1, dtype=_INT)  # word → column of one item
        #: Each item's :attr:`likeness.Prepared.copy_needs`.
        self.copy_needs = np.array([prepared.copy_needs for prepared in items], dtype=float)

    def bounds(self, u: int, ids: np.ndarray) -> np.ndarray:
        """For each item of ``ids``, a bound on its likeness with item ``u``: the sum over the
        words they share of the two items' largest weights (:func:`likeness.likeness_bound`)."""
        s, e = self.top_start[u], self.top_start[u + 1]
        mine = self.top_word[s:e]
        column = self._column
        column[mine] = np.arange(len(mine), dtype=_INT)
        weights = np.append(self.top_weight[s:e], 0.0)  # column -1: a word ``u`` lacks
        at, lengths = ranges(self.top_start[ids], self.top_start[ids + 1])
        found = weights[column[self.top_word[at]]] * self.top_weight[at]
        column[mine] = -1
        owner = np.repeat(np.arange(len(ids), dtype=_INT), lengths)
        return np.bincount(owner, weights=found, minlength=len(ids)) * ABOVE

    def products(self, u: int, others: Sequence[int]) -> PointSums:
        """The plain sums of word products of each point of item ``u`` with each point of
        each of ``others``."""
        ids = np.array(others, dtype=_INT)
        p0, p1 = int(self.item_point[u]), int(self.item_point[u + 1])
        s, e = self.point_start[p0], self.point_start[p1]
        mine, where = np.unique(self.word[s:e], return_inverse=True)
        rows = p1 - p0
        table = np.zeros((rows, len(mine) + 1))  # the last column: a word ``u`` lacks
        table[self.point_of[s:e] - p0, where] = self.weight[s:e]
        column = self._column
        column[mine] = np.arange(len(mine), dtype=_INT)
        first, last = self.item_point[ids], self.item_point[ids + 1]
        at, lengths = ranges(self.point_start[first], self.point_start[last])
        owner = np.repeat(np.arange(len(ids), dtype=_INT), lengths)
        columns = column[self.word[at]]
        column[mine] = -1
        shared = columns >= 0
        at, columns, owner = at[shared], columns[shared], owner[shared]
        counts = last - first
        start = np.cumsum(counts) - counts  # each item's first column in the result
        width = int(counts.sum())
        local = self.point_of[at] - first[owner] + start[owner]  # the entry's point's column, in order
        sums = np.zeros((rows, width))
        if len(local):
            begins = np.flatnonzero(np.diff(local, prepend=-1))  # where each point's entries begin
            sums[:, local[begins]] = np.add.reduceat(table[:, columns] * self.weight[at], begins, axis=1)
        return PointSums(sums, start.tolist(), counts.tolist())


class PointSums:
    """Plain sums of word products of one item's points (rows) with other items' points
    (columns, item after item: every item has at least one point)."""

    def __init__(self, sums: np.ndarray, start: list[int], counts: list[int]) -> None:
        self.sums = sums
        self._start = start
        self._counts = counts
        top = np.maximum.reduceat(sums.max(axis=0), start) if start else sums[0]
        #: For each other item, a bound on its likeness with the item: its largest sum.
        self.bounds: list[float] = (top * ABOVE).tolist()

    def of(self, n: int) -> np.ndarray:
        """The sums with the ``n``-th other item's points."""
        return self.sums[:, self._start[n] : self._start[n] + self._counts[n]]


def ranked(sums: np.ndarray) -> Iterator[tuple[float, int, int]]:
    """(sum, row, column) of each pair of points that share a word, largest sum first: the
    order :func:`likeness.best_points` visits them in."""
    flat = sums.ravel()
    width = sums.shape[1]
    for k in np.argsort(-flat, kind="stable").tolist():
        value = float(flat[k])
        if value <= 0.0:
            return
        i, j = divmod(k, width)
        yield value, i, j
