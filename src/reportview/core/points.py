"""The points an item makes: its run-in headline, its 一是/二是 points, its sentences.

An item that bundles several points (``加强执法队伍建设。一是…；二是…``) is matched point by
point, so one shared commitment is not diluted by the others around it.
"""

from __future__ import annotations

import re

from .chars import count_ideographs

_BREAK = re.compile(
    r"[。；;！？!?\n]|(?=[一二三四五六七八九十]是)|(?=[（(]\d{1,2}[）)])|(?=第[一二三四五六七八九十][，、])"
)
#: A point needs this many ideographs to say something of its own.
MIN_POINT = 5
#: Points compared per item at most: a longer item's sentences are taken in this many runs,
#: so an item that is a whole unsplit chapter cannot make matching quadratic in its length.
MAX_POINTS = 24


def points(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each point in ``text``, in order; the whole text when it has one."""
    spans, pos = [], 0
    for m in _BREAK.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.end() if m.end() > m.start() else m.start()))
        pos = max(pos, m.end())
    if pos < len(text):
        spans.append((pos, len(text)))
    kept = [(s, e) for s, e in spans if count_ideographs(text[s:e]) >= MIN_POINT]
    if len(kept) > MAX_POINTS:
        size = -(-len(kept) // MAX_POINTS)
        kept = [(kept[i][0], kept[min(i + size, len(kept)) - 1][1]) for i in range(0, len(kept), size)]
    return tuple(kept) or ((0, len(text)),)
