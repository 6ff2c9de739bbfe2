"""The reading report: how well a file was read, said plainly with every report.

A report that lost most of its text to cleaning, or in which no heading was found, must
never look like a report that simply omitted its parts: such notices are *severe*, and
every surface shows them before the required-parts check.
"""

from __future__ import annotations

from itertools import pairwise

from .chars import count_ideographs
from .model import MARKED_KINDS, Kind, Notice, Section, missing_parts

TEXT_REMOVED = (
    "only {count}% of the file's text was kept after cleaning: the report may not have been read correctly"
)
LITTLE_TEXT = "the report has only {count} Chinese characters: it may be incomplete"
NO_HEADINGS = "no headings were found: the report's parts could not be told apart"
MISSING_PARTS = "{count} required part(s) not found"
OUT_OF_ORDER = "the parts are not in the usual order (measures, problems, plans)"
UNSPLIT_ITEMS = (
    "{count} problem or plan item(s) are very long and may hold several points that could not be split"
)
WITHOUT_HEADING = "{count} part(s) have no heading of their own and were recognised from their wording"
ENCODING_GUESS = "the text encoding was guessed with low confidence: some characters may be wrong"
TEMPLATES = (
    TEXT_REMOVED,
    LITTLE_TEXT,
    NO_HEADINGS,
    MISSING_PARTS,
    OUT_OF_ORDER,
    UNSPLIT_ITEMS,
    WITHOUT_HEADING,
    ENCODING_GUESS,
)

#: Below this share of the file's Chinese characters kept, cleaning removed too much.
KEPT_AT_LEAST = 0.6
#: A real report of the genre has a few thousand characters; fewer than this is a fragment.
FEW_CHARACTERS = 300
#: A problem or commitment longer than this has usually swallowed several.
LONG_ITEM = 400
#: The parts whose order the genre fixes: what was done, what fell short, what comes next.
#: The duties part and innovations stand anywhere (before the problems or after them).
_ORDER = {Kind.MEASURES: 0, Kind.PROBLEMS: 1, Kind.PLANS: 2}


def cleaning_notices(source_text: str, normalized: str) -> tuple[Notice, ...]:
    """Whether cleaning (clutter, headers) kept the file's text."""
    before, after = count_ideographs(source_text), count_ideographs(normalized)
    if before and after / before < KEPT_AT_LEAST:
        return (Notice("text_removed", TEXT_REMOVED, count=round(100 * after / before)),)
    return ()


def structure_notices(
    text: str, sections: tuple[Section, ...], parts: tuple[Section, ...], unheaded: int
) -> tuple[Notice, ...]:
    """What the structure says about the reading: too little text, no headings, parts missing,
    out of order, unsplit items, parts recognised without a heading."""
    notices = []
    chars = count_ideographs(text)
    if chars < FEW_CHARACTERS:
        notices.append(Notice("little_text", LITTLE_TEXT, count=chars))
    headed = [s for s in sections if s.kind not in (Kind.PREAMBLE, Kind.CLOSING)]
    if not headed:
        notices.append(Notice("no_headings", NO_HEADINGS))
    missing = missing_parts(p.kind for p in parts)
    if missing:
        notices.append(Notice("missing_parts", MISSING_PARTS, count=len(missing)))
    ranks = [_ORDER[p.kind] for p in parts if p.kind in _ORDER]
    if any(b < a for a, b in pairwise(ranks)):
        notices.append(Notice("out_of_order", OUT_OF_ORDER))
    long_items = [i for p in parts if p.kind in MARKED_KINDS for i in p.items if len(i.text) > LONG_ITEM]
    if long_items:
        first = long_items[0]
        notices.append(Notice("unsplit_items", UNSPLIT_ITEMS, first.start, first.end, len(long_items)))
    if unheaded:
        notices.append(Notice("part_without_heading", WITHOUT_HEADING, count=unheaded))
    return tuple(notices)
