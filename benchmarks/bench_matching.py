"""Precision and recall of matching against hand judgements.

    python benchmarks/bench_matching.py [--errors]

Judged groups: ../shared/matching-dev.json (G1, G5) and benchmarks/data/matching-judged.json.
Each group is compared on its own, as a reviewer would open it. Groups are split into those
used while tuning and those held out (the ``split`` of each group; matching-dev.json is tuning).
Prints, per split, "has a counterpart" (item level) and links (pair level).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "src"), str(ROOT / "benchmarks")]

from judged import SHARED, Counts, resolve, score_group  # noqa: E402

OURS = ROOT / "benchmarks" / "data" / "matching-judged.json"


def groups() -> list[tuple[str, str, dict]]:
    found = []
    dev = SHARED / "matching-dev.json"
    if dev.exists():
        for name, group in json.loads(dev.read_text(encoding="utf-8"))["groups"].items():
            found.append((name, "tune", group))
    for name, group in json.loads(OURS.read_text(encoding="utf-8"))["groups"].items():
        found.append((name, group.get("split", "tune"), group))
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true", help="list every miss and false link")
    args = parser.parse_args()
    totals: dict[str, tuple[Counts, Counts]] = {}
    started = time.perf_counter()
    for name, split, group in groups():
        if not all(resolve(f).exists() for f in group["files"]):
            print(f"{name}: skipped (../shared missing)")
            continue
        has, links, missing = score_group(group)
        n = len(group["items"])
        print(f"{name:<4} {split:<8} items {n:>3} (not found {missing})  counterpart {has}  links {links}")
        if args.errors:
            for line in has.errors + links.errors:
                print("     " + line)
        total = totals.setdefault(split, (Counts(), Counts()))
        total[0].add(has)
        total[1].add(links)
    print()
    for split, (has, links) in totals.items():
        print(f"{split:<8} has a counterpart: {has}")
        print(f"{'':<8} links:             {links}")
    print(f"\n{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
