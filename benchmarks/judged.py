"""Hand-judged matching data, and how a comparison is scored against it.

A judged group is a set of reports compared together; each judged item names the items of
the same kind in the other reports that state the same problem or commitment (``same_as``)
and those only related (``partially_related``). Judged items are found again in a fresh
comparison by their text, so the scores survive changes to how items are cut.

Scores:
- *has counterpart*: an item is positive when it has a ``same_as``; the tool says so when
  it marks the item similar or shared. A tool link that only reaches partial counterparts
  is not counted against it.
- *links*: the pairs the tool links against the judged pairs; a link to a partial
  counterpart is neither right nor wrong.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from reportview.core.analysis import analyze_file
from reportview.core.compare import compare
from reportview.core.model import Comparison, Kind

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def resolve(name: str) -> Path:
    if name.startswith("samples/"):
        return ROOT / "sample_reports" / name[len("samples/") :]
    if name.startswith("pairs/"):  # judged pairs written for the benchmarks (invented bodies)
        return ROOT / "benchmarks" / "data" / "follow_pairs" / name[len("pairs/") :]
    if name.startswith("groups/"):  # judged groups written for the benchmarks (invented bodies)
        return ROOT / "benchmarks" / "data" / "matching_groups" / name[len("groups/") :]
    return SHARED / name


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.errors += other.errors

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def __str__(self) -> str:
        return f"P {self.precision:.2f} R {self.recall:.2f} (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _span(report_text: str, item: dict, kind_items: tuple) -> tuple[int, int] | None:
    """Where a judged item is in the report's normalised text: by its text (items of the
    samples), or by offsets checked against a hash of the text (items of real reports, whose
    text is not kept here), else by an extracted item with the same hash."""
    if "text" in item:
        start = report_text.find(item["text"])
        return (start, start + len(item["text"])) if start >= 0 else None
    start, end = item["start"], item["end"]
    if text_hash(report_text[start:end]) == item["sha1"]:
        return start, end
    for current in kind_items:
        if text_hash(current.text) == item["sha1"]:
            return current.start, current.end
    return None


def _locate(comparison: Comparison, files: list[str], item: dict) -> tuple[int, int] | None:
    """(report index, item index within its kind) of the current item holding a judged text."""
    report_index = files.index(item["file"])
    report = comparison.reports[report_index]
    kind = Kind(item["kind"])
    span = _span(report.text, item, report.items_of(kind))
    if span is None:
        return None
    start, end = span
    best, best_overlap = None, 0
    for index, current in enumerate(report.items_of(kind)):
        overlap = min(end, current.end) - max(start, current.start)
        if overlap > best_overlap:
            best, best_overlap = index, overlap
    return (report_index, best) if best is not None else None


def score_group(group: dict, comparison: Comparison | None = None) -> tuple[Counts, Counts, int]:
    """(has-counterpart counts, link counts, judged items not found) for one judged group."""
    files = group["files"]
    if comparison is None:
        comparison = compare([analyze_file(resolve(f)) for f in files])
    by_id = {}
    file_of = {}
    for item in group["items"]:
        file_of[item["id"]] = item.get("file") or next(
            f for f in files if Path(f).name.startswith(item["report"])
        )
    for item in group["items"]:
        item = dict(item, file=file_of[item["id"]])
        by_id[item["id"]] = (item, _locate(comparison, files, item))
    missing = sum(1 for _, where in by_id.values() if where is None)
    has, links = Counts(), Counts()
    at = {(item["kind"], *where): item_id for item_id, (item, where) in by_id.items() if where is not None}
    gold: set[tuple[str, str]] = set()
    partial: set[tuple[str, str]] = set()
    predicted: set[tuple[str, str]] = set()
    for item_id, (item, where) in by_id.items():
        if where is None:
            continue
        gold |= {_pair(item_id, o) for o in item["same_as"] if o in by_id}
        partial |= {_pair(item_id, o) for o in item["partially_related"] if o in by_id}
        row = comparison.row(Kind(item["kind"]))
        result = row.cells[where[0]].items[where[1]] if row else None
        keys = [(item["kind"], m.report, m.item) for m in result.matches] if result else []
        linked = {at[k] for k in keys if k in at}
        predicted |= {_pair(item_id, o) for o in linked}
        mine_partial = {o for o in item["partially_related"]}
        if item["same_as"]:
            if linked:
                has.tp += 1
            else:
                has.fn += 1
                has.errors.append(
                    f"no counterpart shown: {item_id} {item.get('text', item.get('note', ''))[:24]}"
                )
        elif linked and not linked <= mine_partial:
            has.fp += 1
            has.errors.append(
                f"counterpart shown, none judged: {item_id} {item.get('text', item.get('note', ''))[:24]}"
            )
    links.tp = len(predicted & gold)
    links.fn = len(gold - predicted)
    links.fp = len(predicted - gold - partial)
    links.errors += [f"missed link {a} ~ {b}" for a, b in sorted(gold - predicted)]
    links.errors += [f"false link {a} ~ {b}" for a, b in sorted(predicted - gold - partial)]
    return has, links, missing


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def load_groups(path: Path) -> dict[str, dict]:
    return json.loads(path.read_text(encoding="utf-8"))["groups"]
