"""Where notes land after their report changes: the perturbation suite of tests/perturb.py.

    python benchmarks/bench_anchoring.py [--fallback] [--extra FOLDER]

Runs over the bundled samples, ../shared/corpus and ../shared/wild (and FOLDER): about
twenty notes a report, six changes each. Prints cases, right, unplaced, wrong (must be 0)
and the share placed right where the quote survives. ``--fallback`` forgets the text the
notes were written on, to test the quote-and-context search alone.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.perturb import Tally, run  # noqa: E402

from reportview.core.analysis import analyze_file  # noqa: E402
from reportview.core.files import expand_paths  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fallback", action="store_true")
    parser.add_argument("--extra", type=Path)
    args = parser.parse_args()
    folders = [ROOT / "sample_reports", ROOT.parent / "shared" / "corpus", ROOT.parent / "shared" / "wild"]
    folders += [args.extra] if args.extra else []
    paths = [p for p in expand_paths([f for f in folders if f.exists()]) if p.suffix != ".md"]
    total = Tally()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for seed, path in enumerate(paths):
            tally = run(analyze_file(path), seed, Path(tmp), with_old_text=not args.fallback)
            total.add(tally)
            print(
                f"{path.name[:40]:<40} cases {tally.cases:>4} right {tally.right:>4} unplaced {tally.unplaced:>3} wrong {tally.wrong}"
            )
    share = total.right_when_survived / total.survived if total.survived else 1.0
    print(
        f"\n{len(paths)} reports, {total.cases} cases: right {total.right}, unplaced {total.unplaced}, "
        f"wrong {total.wrong}, skipped {total.skipped}; right where the quote survives {share:.1%}"
    )
    print("by change:", dict(total.by_change))
    for line in total.wrong_cases[:30]:
        print("  WRONG", line)
    print(f"{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
