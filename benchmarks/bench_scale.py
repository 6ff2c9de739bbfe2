"""How compare grows with the number of reports, against the work no implementation avoids.

    python benchmarks/bench_scale.py [--sizes 20 50 100 200 400] [--seed 7] [--repeat 1]

For each N, a synthetic county (benchmarks/county.py, seeded) is written to a temporary
folder, then, each in a fresh interpreter:
- ``reportview compare --json FOLDER`` (cold: imports, dictionaries, reading, matching, output);
- the floor: a process that reads the same files, converts them with OpenCC t2s and segments
  them with jieba (dictionary load included).
Prints wall time and peak memory of each (a compare and its helper process together), their
ratio, and the growth exponent between sizes. A shared machine's speed drifts by a quarter
within minutes: with ``--repeat R`` the two alternate R times, and the medians are printed,
with the median and the range of the ratios of each compare to the floor run beside it.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "benchmarks")]

from county import build  # noqa: E402

FLOOR = """
import sys, json, logging
from pathlib import Path
from reportview.core.ingest import read_source
paths = sorted(Path(sys.argv[1]).iterdir())
texts = [read_source(p).text for p in paths]
import opencc
cc = opencc.OpenCC("t2s")
converted = [cc.convert(t) for t in texts]
import jieba
jieba.setLogLevel(logging.WARNING)
for t in converted:
    jieba.lcut(t, HMM=False)
"""


def _rss_kib(pid: int) -> int:
    """Resident memory of ``pid`` and its children (a helper process), in KiB; 0 when gone."""
    total = 0
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            total = next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as children:
            total += sum(_rss_kib(int(child)) for child in children.read().split())
    except (OSError, ValueError):
        pass
    return total


def measure(argv: list[str]) -> tuple[float, float]:
    """(wall seconds, peak resident MiB of the process and its helpers together) of one
    child process: its own peak from the kernel, the sum sampled every 0.1 s."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampled = [0]
    ended = threading.Event()

    def sample() -> None:  # never waits for the child itself: wait4 below reaps it
        while not ended.wait(0.1):
            sampled[0] = max(sampled[0], _rss_kib(child.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    ended.set()
    sampler.join()
    if status != 0:
        raise SystemExit(f"{argv[:4]} failed: {child.stderr.read().decode()[-2000:] if child.stderr else ''}")
    return wall, max(usage.ru_maxrss, sampled[0]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 50, 100, 200, 400])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    rows = []
    print(f"{'N':>5} {'compare s':>10} {'peak MiB':>9} {'floor s':>8} {'ratio':>6}  growth  ratios")
    for n in args.sizes:
        walls, peaks, floors = [], [], []
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "county"
            build(n, folder, args.seed)
            for _ in range(args.repeat):
                wall, peak = measure([sys.executable, "-m", "reportview", "compare", "--json", str(folder)])
                floor, _ = measure([sys.executable, "-c", FLOOR, str(folder)])
                walls.append(wall)
                peaks.append(peak)
                floors.append(floor)
        wall, peak, floor = statistics.median(walls), max(peaks), statistics.median(floors)
        ratios = sorted(w / f for w, f in zip(walls, floors, strict=True))
        spread = f"{ratios[0]:.2f}–{ratios[-1]:.2f}" if len(ratios) > 1 else ""
        growth = ""
        if rows:
            n0, w0 = rows[-1][0], rows[-1][1]
            growth = f"n^{math.log(wall / w0) / math.log(n / n0):.2f}"
        rows.append((n, wall))
        ratio = statistics.median(ratios)
        print(
            f"{n:>5} {wall:>10.2f} {peak:>9.0f} {floor:>8.2f} {ratio:>6.2f}  {growth:6}  {spread}", flush=True
        )
    if len(rows) > 2:
        first = next((r for r in rows if r[0] >= 100), rows[0])
        last = rows[-1]
        if last[0] > first[0]:
            print(
                f"\ngrowth {first[0]}→{last[0]}: n^{math.log(last[1] / first[1]) / math.log(last[0] / first[0]):.2f}"
            )
    print(json.dumps({"sizes": [r[0] for r in rows], "seconds": [round(r[1], 2) for r in rows]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
