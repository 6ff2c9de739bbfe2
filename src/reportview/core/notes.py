"""Annotations: what a reviewer wrote about a span of a report, and where it is now.

A note is anchored three ways (W3C-annotation style): the exact quote, the text just
before and after it, and its offsets, all in the report's normalised text, plus the
fingerprint of that text and the section it was in.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

CONTEXT = 32

#: Tags a reviewer can pick without typing (free tags are allowed too).
STANDARD_TAGS: tuple[str, ...] = ("套话/雷同", "缺少数据", "亮点", "需核实", "承诺未兑现")


@dataclass(frozen=True, slots=True)
class Anchor:
    fingerprint: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    kind: str = ""
    heading: str = ""

    @classmethod
    def of(
        cls, text: str, fingerprint: str, start: int, end: int, kind: str = "", heading: str = ""
    ) -> Anchor:
        return cls(
            fingerprint,
            start,
            end,
            text[start:end],
            text[max(0, start - CONTEXT) : start],
            text[end : end + CONTEXT],
            kind,
            heading,
        )


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    anchor: Anchor
    body: str
    tags: tuple[str, ...] = ()
    report_path: str = ""
    report_title: str = ""
    created: str = ""
    modified: str = ""

    def moved(self, anchor: Anchor) -> Note:
        return replace(self, anchor=anchor)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a note sits in a report now (``start``/``end`` in its normalised text)."""

    note: Note
    start: int
    end: int
    exact: bool


@dataclass(frozen=True, slots=True)
class Placements:
    placed: tuple[Placement, ...] = ()
    unplaced: tuple[Note, ...] = ()
    reasons: dict[int, str] = field(default_factory=dict)
