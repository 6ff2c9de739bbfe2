"""How well reports are read, against hand labels: parts, item counts, bodies, years.

    python benchmarks/bench_reading.py [--extra FOLDER]

Scores ../shared/corpus (labels.json) and ../shared/wild (tests/data/wild_labels.json);
``--extra`` adds a folder of other real reports with a labels.json in the same form.
Prints, per set: parts exact (every top-level heading and kind), problem and plan counts
within the labelled range and within ±1 of it, body and year right, and what was found
for every file that misses.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.labels import Score, load, score  # noqa: E402

from reportview.core.analysis import analyze_file  # noqa: E402

SHARED = ROOT.parent / "shared"


def _corpus_label(label: dict) -> dict:
    """labels.json of the corpus in the common form (place → body, 'N to M' notes → ranges)."""
    out = dict(label, body=label["place"].split(" (")[0])
    m = re.search(r"(\d+) to (\d+) is a fair reading", label.get("note", ""))
    for field in ("problem_items", "plan_items"):
        if m and label[field] is not None:
            out[field] = [int(m.group(1)), int(m.group(2))]
    return out


def _sets(extra: Path | None) -> list[tuple[str, Path, list[dict]]]:
    sets = []
    if (SHARED / "corpus" / "labels.json").exists():
        sets.append(
            ("corpus", SHARED / "corpus", [_corpus_label(x) for x in load(SHARED / "corpus" / "labels.json")])
        )
    if (SHARED / "wild").exists():
        sets.append(("wild", SHARED / "wild", load(ROOT / "tests" / "data" / "wild_labels.json")))
    if extra is not None:
        sets.append((extra.name, extra, load(extra / "labels.json")))
    return sets


def _line(name: str, scores: list[Score]) -> str:
    n = len(scores)

    def share(attr: str) -> str:
        return f"{sum(getattr(s, attr) for s in scores)}/{n}"

    counts = sum(s.problems_in_range and s.plans_in_range for s in scores)
    near = sum(s.problems_within_one and s.plans_within_one for s in scores)
    return (
        f"{name:<14} files {n:>2}  parts exact {share('kinds_exact'):>5}  counts in range {counts}/{n}"
        f"  counts ±1 {near}/{n}  body {share('body_right'):>5}  year {share('year_right'):>5}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--extra", type=Path, help="a folder of real reports with a labels.json")
    args = parser.parse_args()
    misses = []
    for name, folder, labels in _sets(args.extra):
        scores = [score(analyze_file(folder / label["file"]), label) for label in labels]
        print(_line(name, scores))
        for s in scores:
            if not (
                s.kinds_exact and s.problems_in_range and s.plans_in_range and s.body_right and s.year_right
            ):
                misses.append(f"  {name}/{s.file}: {s.found}")
    if misses:
        print("\nmisses:")
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
