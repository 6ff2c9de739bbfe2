"""Character classes shared by the text stages."""

from __future__ import annotations

import re

IDEO = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·"
CJK = f"[{IDEO}]"
CJK_ANY = f"[{IDEO}{CJK_PUNCT}]"


IDEO_RE = re.compile(CJK)
_IDEO_RUNS = re.compile(CJK + "+")


def count_ideographs(text: str) -> int:
    """How many ideographs ``text`` holds (counted run by run: a list of every character
    of a whole report costs several times more)."""
    return sum(map(len, _IDEO_RUNS.findall(text)))
