"""The county's boilerplate (套话): sentences that recur across the loaded reports.

A sentence recurs when another report carries it too, in any part, up to what does not
make a sentence a township's own: figures (4次 / 6次) and place names (青石镇 / 柳溪乡) are
masked before sentences are compared, as are spacing and punctuation. Sentences are grouped
by that masked key in one pass over all reports, so a county of hundreds costs little more
than reading it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .chars import IDEO, count_ideographs
from .likeness import core_text
from .model import Report, Section

#: A sentence needs this many ideographs to be worth calling a copy (not 加强组织领导).
MIN_IDEOGRAPHS = 12
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")
_FIGURE = re.compile(r"\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+(?=[次场期人个件项名])")
_PLACE = re.compile("[" + IDEO + r"]{2,8}?(?:镇|乡|街道|县|区|市)")


@dataclass(frozen=True, slots=True)
class Occurrence:
    report: int
    start: int  # offsets in the report's text
    end: int


@dataclass(frozen=True, slots=True)
class Recurring:
    """A sentence found in several reports: its first wording, and where it occurs."""

    text: str
    occurrences: tuple[Occurrence, ...]

    @property
    def reports(self) -> tuple[int, ...]:
        return tuple(sorted({o.report for o in self.occurrences}))


def _headings(sections: Sequence[Section], depth: int | None = None) -> list[tuple[int, int]]:
    """Heading spans of ``sections`` and (down to ``depth`` levels; all when ``None``) theirs."""
    spans = []
    for section in sections:
        if section.heading_end > section.heading_start:
            spans.append((section.heading_start, section.heading_end))
        if depth is None or depth > 1:
            spans += _headings(section.children, None if depth is None else depth - 1)
    return spans


#: Sentence spans by (fingerprint, sub_headings): one text always has the same ones, and the
#: overview asks for every open report's each time it is recomputed.
_SPANS: dict[tuple[str, bool], list[tuple[int, int]]] = {}
_SPANS_KEPT = 4096


def sentence_spans(report: Report, sub_headings: bool = False) -> list[tuple[int, int]]:
    """See :func:`_sentence_spans` (remembered per text)."""
    key = (report.fingerprint, sub_headings)
    found = _SPANS.get(key)
    if found is None:
        if len(_SPANS) >= _SPANS_KEPT:
            _SPANS.clear()
        found = _SPANS[key] = _sentence_spans(report, sub_headings)
    return list(found)


def _sentence_spans(report: Report, sub_headings: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the report's text long enough to be a copy; headings
    and the text before the first part (title, issuing body, date) are not sentences.
    ``sub_headings``: keep the headings below the parts' own (an item's first sentence, read
    as its heading, can be the deed it reports: （一）针对…的问题，制定…)."""
    if not report.sections:
        return []
    headings = sorted(_headings(report.sections, 1 if sub_headings else None))
    starts = [a for a, _ in headings]
    first = report.sections[0].start

    def in_heading(start: int, end: int) -> bool:
        # Headings do not overlap: the last one starting before ``end`` reaches furthest.
        at = bisect_left(starts, end) - 1
        return at >= 0 and headings[at][1] > start

    return [
        (m.start(), m.end())
        for m in _SENTENCE.finditer(report.text)
        if m.start() >= first
        and count_ideographs(m.group()) >= MIN_IDEOGRAPHS
        and not in_heading(m.start(), m.end())
    ]


def place_names(reports: Sequence[Report]) -> re.Pattern[str] | None:
    """The loaded reports' own place names (from their issuing bodies and titles), with and
    without 镇/乡/街道…, longest first: one township's copy of another's sentence names its own."""
    names: set[str] = set()
    for report in reports:
        for source in (report.body or "", report.title or ""):
            for name in _PLACE.findall(source):
                names.add(name)
                stem = name.rstrip("镇乡县区市").removesuffix("街道")
                if len(stem) >= 2:
                    names.add(stem)
    if not names:
        return None
    return re.compile("|".join(map(re.escape, sorted(names, key=lambda n: (-len(n), n)))))


def copy_key(sentence: str, places: re.Pattern[str] | None = None) -> str:
    """The sentence as compared: letters only, figures and the reports' place names masked."""
    masked = _FIGURE.sub("0", sentence)
    if places is not None:
        masked = places.sub("〇", masked)
    return core_text(masked)


def recurring(reports: Sequence[Report], min_reports: int = 2) -> list[Recurring]:
    """Sentences carried by at least ``min_reports`` reports, most widespread first."""
    found: dict[str, list[Occurrence]] = defaultdict(list)
    places = place_names(reports)
    for index, report in enumerate(reports):
        for start, end in sentence_spans(report):
            found[copy_key(report.text[start:end], places)].append(Occurrence(index, start, end))
    out = []
    for occurrences in found.values():
        if len({o.report for o in occurrences}) >= min_reports:
            first = occurrences[0]
            text = reports[first.report].text[first.start : first.end].strip()
            out.append(Recurring(text, tuple(occurrences)))
    out.sort(key=lambda r: (-len(r.reports), r.occurrences[0].report, r.occurrences[0].start))
    return out


def copied_share(reports: Sequence[Report], found: Sequence[Recurring]) -> list[float]:
    """Per report, the share of its sentences' characters that other loaded reports carry too."""
    copied = [0] * len(reports)
    for entry in found:
        for o in entry.occurrences:
            copied[o.report] += o.end - o.start
    totals = [sum(e - s for s, e in sentence_spans(r)) for r in reports]
    return [c / t if t else 0.0 for c, t in zip(copied, totals, strict=True)]
