"""Map offsets from one version of a report's text to another, through a diff of the two.

Texts are compared without their line breaks and spaces (a re-wrapped copy is the same
text), first sentence by sentence (each sentence one symbol, the way diff-match-patch's
line mode works), then character by character inside the stretches that changed only. So
the diff never meets diff-match-patch's time limit on a whole report, which would turn it
into "delete everything, insert everything", and an offset follows its words.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from diff_match_patch import diff_match_patch

_SENTENCE = re.compile(r"[^。！？；]*[。！？；]?")
_BLANK = " \n\t"


def _squeeze(text: str) -> tuple[str, list[int]]:
    """The text without blanks, and for each kept character its offset in ``text``."""
    keep = [i for i, c in enumerate(text) if c not in _BLANK]
    return "".join(text[i] for i in keep), keep


def _units(text: str) -> list[str]:
    return [m.group(0) for m in _SENTENCE.finditer(text) if m.group(0)]


def _encode(units: list[str], table: dict[str, str]) -> str:
    out = []
    for unit in units:
        if unit not in table:
            table[unit] = chr(0xF0000 + len(table))
        out.append(table[unit])
    return "".join(out)


def char_diff(old: str, new: str) -> list[tuple[int, str]]:
    """A character diff of two texts, computed sentence by sentence, then inside changes."""
    table: dict[str, str] = {}
    old_units, new_units = _units(old), _units(new)
    coded_old, coded_new = _encode(old_units, table), _encode(new_units, table)
    reverse = {code: unit for unit, code in table.items()}
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # symbols are sentences: a few hundred at most
    coarse = dmp.diff_main(coded_old, coded_new, False)
    fine: list[tuple[int, str]] = []
    pending_old, pending_new = [], []

    def flush() -> None:
        if pending_old or pending_new:
            a, b = "".join(pending_old), "".join(pending_new)
            inner = diff_match_patch()
            inner.Diff_Timeout = 2.0  # one changed stretch, not a whole report
            fine.extend(inner.diff_main(a, b, False) if a and b else [(-1, a)] if a else [(1, b)])
            pending_old.clear()
            pending_new.clear()

    for op, codes in coarse:
        text = "".join(reverse[c] for c in codes)
        if op == 0:
            flush()
            fine.append((0, text))
        elif op < 0:
            pending_old.append(text)
        else:
            pending_new.append(text)
    flush()
    return fine


def map_span(old: str, new: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``old[start:end]`` is in ``new``, or ``None`` when nothing of it is left."""
    squeezed_old, kept_old = _squeeze(old)
    squeezed_new, kept_new = _squeeze(new)
    s, e = bisect_left(kept_old, start), bisect_left(kept_old, end)
    if e <= s:
        return None
    diffs = char_diff(squeezed_old, squeezed_new)
    dmp = diff_match_patch()
    ns = dmp.diff_xIndex(diffs, s)
    ne = dmp.diff_xIndex(diffs, e - 1) + 1
    if ne <= ns or ns >= len(kept_new):
        return None
    return kept_new[ns], kept_new[min(ne, len(kept_new)) - 1] + 1
