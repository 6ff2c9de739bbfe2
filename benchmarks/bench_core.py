"""Time analyze and compare over the corpus and the sample reports.

    python benchmarks/bench_core.py [--runs 7]

Prints medians for cold runs (a fresh interpreter: imports, jieba's dictionary, everything)
and warm runs (same process, caches of file reading cleared), next to the cost of the work
no implementation can avoid: decoding the files, OpenCC on the traditional text, and jieba
(loading its dictionary and segmenting the text that gets compared).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def files() -> list[Path]:
    found = sorted(CORPUS.glob("*.txt")) if CORPUS.exists() else []
    return found + sorted(p for p in (ROOT / "sample_reports").iterdir() if p.is_file())


COLD = """
import sys, time, json
t0 = time.perf_counter()
from reportview.core.analysis import analyze_file
from reportview.core.compare import compare
paths = json.loads(sys.argv[1])
t1 = time.perf_counter()
reports = [analyze_file(p) for p in paths]
t2 = time.perf_counter()
compare(reports)
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "analyze": t2 - t1, "compare": t3 - t2, "total": t3 - t0}))
"""

UNAVOIDABLE = """
import sys, time, json, logging
paths = json.loads(sys.argv[1])
t0 = time.perf_counter()
from reportview.core.ingest import read_source
texts = [read_source(p).text for p in paths]
t1 = time.perf_counter()
import opencc
cc = opencc.OpenCC("t2s")
converted = [cc.convert(t) for t in texts]
t2 = time.perf_counter()
import jieba
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
t3 = time.perf_counter()
for t in converted:
    jieba.lcut(t, HMM=False)
t4 = time.perf_counter()
print(json.dumps({"decode": t1 - t0, "opencc": t2 - t1, "jieba_load": t3 - t2, "jieba_cut": t4 - t3,
                  "total": t4 - t0}))
"""


def run_cold(script: str, paths: list[Path], runs: int) -> dict[str, float]:
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", script, json.dumps([str(p) for p in paths])],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout))
    return {k: statistics.median(r[k] for r in results) for k in results[0]}


def run_warm(paths: list[Path], runs: int) -> dict[str, float]:
    from reportview.core.analysis import analyze_file
    from reportview.core.compare import compare
    from reportview.core.genre import concept_spans
    from reportview.core.tokens import warm_up

    warm_up()
    analyze, comp = [], []
    for _ in range(runs):
        concept_spans.cache_clear()
        t0 = time.perf_counter()
        reports = [analyze_file(p) for p in paths]
        t1 = time.perf_counter()
        compare(reports)
        t2 = time.perf_counter()
        analyze.append(t1 - t0)
        comp.append(t2 - t1)
    return {
        "analyze": statistics.median(analyze),
        "compare": statistics.median(comp),
        "total": statistics.median(a + c for a, c in zip(analyze, comp, strict=True)),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    paths = files()
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} files, {size / 1024:.0f} KB, median of {args.runs} runs\n")
    cold = run_cold(COLD, paths, args.runs)
    base = run_cold(UNAVOIDABLE, paths, args.runs)
    warm = run_warm(paths, args.runs)
    print("cold (fresh interpreter)        seconds")
    for key, value in cold.items():
        print(f"  reportview {key:<18}{value:8.3f}")
    print("unavoidable work (cold)")
    for key, value in base.items():
        print(f"  {key:<29}{value:8.3f}")
    print("warm (same process, jieba loaded)")
    for key, value in warm.items():
        print(f"  reportview {key:<18}{value:8.3f}")
    ratio = (cold["analyze"] + cold["compare"]) / (base["total"])
    print(f"\nanalyze+compare / unavoidable work (cold): {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
