"""Immutable records that flow from a file to the comparison view.

Every span is a ``start``/``end`` pair of offsets into one report's normalised text, so the
UI, the exporters and the annotations all speak in the same coordinates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum


class Kind(str, Enum):
    """The kind of a top-level section, after the regulation's five required parts."""

    PREAMBLE = "preamble"
    MEASURES = "measures"
    DUTIES = "duties"
    INNOVATIONS = "innovations"
    PROBLEMS = "problems"
    PLANS = "plans"
    OTHER = "other"
    CLOSING = "closing"  # 特此报告, signature, date, a closing exhortation: no items


#: Display order of kinds in a comparison: the order reports are written in.
KIND_ORDER: tuple[Kind, ...] = tuple(Kind)

#: The parts a complete report must contain (preamble and innovations are optional).
REQUIRED_KINDS: tuple[Kind, ...] = (Kind.MEASURES, Kind.DUTIES, Kind.PROBLEMS, Kind.PLANS)

#: The kinds whose items are marked unique / similar / shared for the reader: the problem
#: statements and the commitments, the units a reviewer compares.
MARKED_KINDS: tuple[Kind, ...] = (Kind.PROBLEMS, Kind.PLANS)


#: Notice codes that mean reading may have failed: every surface shows them first.
SEVERE_NOTICES = frozenset({"text_removed", "no_headings"})


class Status(str, Enum):
    """How an item relates to the items of the same kind in the other reports."""

    SHARED = "shared"  # near-verbatim in another report: boilerplate
    SIMILAR = "similar"  # the same point, worded differently
    UNIQUE = "unique"  # no counterpart


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the reader should know about how a file was read (not an error).

    ``template`` is English with an optional ``{count}``; the UI translates it.
    """

    code: str
    template: str
    start: int | None = None
    end: int | None = None
    count: int = 0

    @property
    def severe(self) -> bool:
        """The report itself may not have been read (most text removed, no headings…)."""
        return self.code in SEVERE_NOTICES

    @property
    def message(self) -> str:
        return self.template.format(count=self.count)


@dataclass(frozen=True, slots=True)
class Item:
    """One problem statement, commitment or measure: ``text == report.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the text it governs; ``start``/``end`` cover heading and body."""

    heading: str
    kind: Kind
    level: int
    start: int
    end: int
    heading_start: int
    heading_end: int
    items: tuple[Item, ...] = ()
    children: tuple[Section, ...] = ()
    #: For a part written inside another part (duties as a sub-section of measures,
    #: problems at the end of measures with no heading): the kind of that other part.
    found_in: Kind | None = None

    def parts(self) -> tuple[Section, ...]:
        """This section and the parts found inside it (``found_in`` set), at any depth."""
        return (self, *(p for c in self.children for p in c.parts() if p.found_in is not None))


def items_in(sections: tuple[Section, ...]) -> tuple[Item, ...]:
    """The items of ``sections``, in order."""
    return tuple(i for s in sections for i in s.items)


def parts_in(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """Top-level ``sections`` and the parts written inside them, in document order."""
    return tuple(sorted((p for s in sections for p in s.parts()), key=lambda p: (p.start, p.level)))


@dataclass(frozen=True, slots=True)
class Source:
    """A file's text as extracted, before normalisation."""

    path: str
    fmt: str
    encoding: str | None
    text: str
    title_hint: str | None = None
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """One analysed report."""

    path: str
    fmt: str
    encoding: str | None
    original: str
    text: str
    fingerprint: str
    title: str | None
    body: str | None
    year: int | None
    sections: tuple[Section, ...]
    warnings: tuple[Notice, ...] = ()

    def all_parts(self) -> tuple[Section, ...]:
        """Top-level sections and the parts written inside them, in document order."""
        return parts_in(self.sections)

    @property
    def file_name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def writer(self) -> str:
        """Who wrote the report, as far as it says: its issuing body, else its title."""
        return self.body or self.title or ""

    @property
    def display_name(self) -> str:
        """What the report is called where there is room for one name: its issuing body,
        else its title, else its file's name."""
        return self.writer or self.file_name

    @property
    def full_name(self) -> str:
        """What the report is called in full: its title, else its file's name."""
        return self.title or self.file_name

    def by_kind(self) -> dict[Kind, tuple[Section, ...]]:
        """:meth:`sections_of` for every kind the report covers, its sections walked once."""
        found: dict[Kind, list[Section]] = {}
        for part in self.all_parts():
            found.setdefault(part.kind, []).append(part)
        return {kind: tuple(parts) for kind, parts in found.items()}

    def sections_of(self, kind: Kind) -> tuple[Section, ...]:
        """The sections reporting ``kind``: top-level ones and those found inside others."""
        return tuple(s for s in self.all_parts() if s.kind is kind)

    def items_of(self, kind: Kind) -> tuple[Item, ...]:
        return items_in(self.sections_of(kind))

    @property
    def kinds(self) -> frozenset[Kind]:
        """Every kind the report covers, at any depth."""
        return frozenset(s.kind for s in self.all_parts())

    @property
    def read_failed(self) -> bool:
        """Reading may have failed (most text removed, no headings): absences prove nothing."""
        return any(n.severe for n in self.warnings)

    def part_mark(self, kind: Kind) -> str:
        """✓ reported, ✗ not reported, ? unknown because the reading may have failed."""
        return "✓" if kind in self.kinds else "?" if self.read_failed else "✗"

    @property
    def missing_required(self) -> tuple[Kind, ...]:
        return missing_parts(self.kinds)


@dataclass(frozen=True, slots=True)
class Match:
    """A counterpart of an item: ``item`` indexes the other report's items of the same kind.

    The evidence: ``clause`` and ``other_clause`` are the aligned points (offsets into each
    report's text), ``terms`` the genre terms they share, ``verbatim`` the copied share.
    """

    report: int
    item: int
    score: float
    verbatim: float
    status: Status = Status.SIMILAR
    clause: tuple[int, int] | None = None
    other_clause: tuple[int, int] | None = None
    terms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ItemResult:
    """An item with its status; ``status`` is ``None`` until the reports have been matched."""

    item: Item
    status: Status | None
    matches: tuple[Match, ...] = ()


@dataclass(frozen=True, slots=True)
class Cell:
    """One report's share of a row; empty ``sections`` means the kind was not reported."""

    report: int
    sections: tuple[Section, ...]
    items: tuple[ItemResult, ...]

    @property
    def missing(self) -> bool:
        return not self.sections


@dataclass(frozen=True, slots=True)
class Row:
    kind: Kind
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Comparison:
    reports: tuple[Report, ...]
    rows: tuple[Row, ...] = field(default_factory=tuple)

    def row(self, kind: Kind) -> Row | None:
        return next((r for r in self.rows if r.kind is kind), None)


def missing_parts(kinds: Iterable[Kind]) -> tuple[Kind, ...]:
    """The parts the regulation requires that ``kinds`` (a report's, at any depth) lack."""
    found = set(kinds)
    return tuple(k for k in REQUIRED_KINDS if k not in found)


def column_labels(reports: Sequence[Report]) -> list[str]:
    """Short labels that tell the reports apart: issuing body and year (青石镇 2023), else the
    title or file name; where two would read the same, the file's name is added."""
    short = [f"{r.body} {r.year}" if r.body and r.year else r.display_name for r in reports]
    seen: dict[str, int] = {}
    for label in short:
        seen[label] = seen.get(label, 0) + 1
    return [
        f"{label}（{r.file_name}）" if seen[label] > 1 else label
        for label, r in zip(short, reports, strict=True)
    ]
