"""Hand labels of real reports, and how a reading is scored against them.

A label gives the top-level parts (heading and kind), the number of problem and plan items
(a number, or ``[low, high]`` when counting is a judgement call, or ``None`` when the report
states none), the issuing body and the year. Used by the corpus tests and by
``benchmarks/bench_reading.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from reportview.core.analysis import analyze_file
from reportview.core.model import Kind, Report


def key(heading: str) -> str:
    """Headings compared without punctuation: labels keep the source's half-width commas."""
    return "".join(ch for ch in heading if ch.isalnum())


def count_range(expected: int | list[int] | None) -> tuple[int, int]:
    if expected is None:
        return 0, 0
    if isinstance(expected, int):
        return expected, expected
    return expected[0], expected[1]


def heading_matches(found: str, label: str) -> bool:
    """Equal, or a part without a heading of its own whose lead-in the label quotes the start of."""
    return key(found) == key(label) or (len(key(label)) >= 4 and key(found).startswith(key(label)))


def body_matches(found: str | None, label: str | None) -> bool:
    """The body as the report names it: the label's full name, or a name it contains."""
    if not label:
        return found is None
    return found is not None and len(found) >= 3 and (found in label or label in found)


@dataclass(frozen=True)
class Score:
    file: str
    kinds_exact: bool
    problems_in_range: bool
    plans_in_range: bool
    problems_within_one: bool
    plans_within_one: bool
    body_right: bool
    year_right: bool
    found: dict[str, object]


def score(report: Report, label: dict) -> Score:
    parts = [s for s in report.sections if s.kind not in (Kind.PREAMBLE, Kind.CLOSING)]
    kinds_exact = len(parts) == len(label["sections"]) and all(
        s.kind.value == want["kind"] and heading_matches(s.heading, want["heading"])
        for s, want in zip(parts, label["sections"], strict=False)
    )
    counts = {}
    flags = {}
    for name, kind in (("problems", Kind.PROBLEMS), ("plans", Kind.PLANS)):
        n = len(report.items_of(kind))
        low, high = count_range(label[f"{name[:-1]}_items"])
        counts[name] = n
        flags[name] = (low <= n <= high, low - 1 <= n <= high + 1)
    return Score(
        label["file"],
        kinds_exact,
        flags["problems"][0],
        flags["plans"][0],
        flags["problems"][1],
        flags["plans"][1],
        body_matches(report.body, label.get("body")),
        report.year == label.get("year"),
        {
            "kinds": [(s.kind.value, s.heading[:20]) for s in parts],
            **counts,
            "body": report.body,
            "year": report.year,
        },
    )


def load(labels: Path) -> list[dict]:
    return json.loads(labels.read_text(encoding="utf-8"))


def score_all(labels: Path, folder: Path) -> list[Score]:
    return [score(analyze_file(folder / label["file"]), label) for label in load(labels)]
