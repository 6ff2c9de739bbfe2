"""Time to a usable window, and the longest GUI-thread stall while loading ten reports.

    xvfb-run -a python benchmarks/bench_ui.py [--runs 5]     (or with DISPLAY set)

1. Launch: wall time from starting a fresh interpreter to the window showing two reports
   aligned by kind, and to their statuses painted; beside it, the same two files opened
   in Meld (a common line-diff viewer, when installed), timed to its window appearing.
2. Stall: with 10 and 50 reports of a synthetic county loading and being matched, a timer on the GUI thread ticks
   every 5 ms; the longest gap between ticks is the longest time the window froze. Also when
   every report has been read, the first statuses are painted (problems and plans, matched
   first) and every status.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_reports"
PAIR = [SAMPLES / "青石镇2023年法治政府建设年度报告.txt", SAMPLES / "柳溪乡2023年法治政府建设情况报告.txt"]

LAUNCH = """
import json, sys, time
from reportview import workers
workers.start(prefetch=sys.argv[1:], roles=("reader",))  # as cli.main does before importing Qt
from reportview.ui.app import create_app
app, window = create_app([])
marks = {}
def on_change(comparison):
    if len(comparison.reports) == 2 and "aligned" not in marks:
        app.processEvents()
        marks["aligned"] = time.time()
    if any(r.status is not None for row in comparison.rows for c in row.cells for r in c.items):
        app.processEvents()
        marks["matched"] = time.time()
        print(json.dumps(marks), flush=True)
        window.close()
        app.quit()
window.session.comparisonChanged.connect(on_change)
window.show()
window.open_paths(sys.argv[1:])
app.exec()
"""

STALL = """
import json, sys, time
from PySide6.QtCore import QTimer
from reportview.ui.app import create_app
app, window = create_app([])
window.show()
gaps, last = [], [0.0]
def tick():
    now = time.perf_counter()
    if last[0]:
        gaps.append(now - last[0])
    last[0] = now
timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(tick)
def start():
    window.session.comparisonChanged.connect(done)
    timer.start()
    t0[0] = time.perf_counter()
    window.open_paths(sys.argv[1:])
t0 = [0.0]
first = []
read = []
def done(comparison):
    statuses = [r.status for row in comparison.rows for c in row.cells for r in c.items]
    if len(comparison.reports) != len(sys.argv) - 1:
        return
    if not read:
        read.append(time.perf_counter() - t0[0])  # every report read: matching may begin
    if not first and any(s is not None for s in statuses):
        first.append(time.perf_counter() - t0[0])  # problems and plans: matched first
    if statuses and all(s is not None for s in statuses):
        timer.stop()
        print(json.dumps({"max_gap": max(gaps), "p99": sorted(gaps)[int(len(gaps) * 0.99)],
                          "read": read[0], "total": first[0], "all": time.perf_counter() - t0[0]}), flush=True)
        window.close()
        app.quit()
QTimer.singleShot(1500, start)  # after the worker has warmed up, as in real use
app.exec()
"""


def _run(script: str, files: list[Path], timeout: int) -> dict[str, float]:
    """Run a driver script in a fresh interpreter; its last stdout line is JSON."""
    out = subprocess.run([sys.executable, "-c", script, *map(str, files)], capture_output=True, text=True,
                         check=True, timeout=timeout)  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def launch_once(files: list[Path]) -> dict[str, float]:
    start = time.time()
    return {k: v - start for k, v in _run(LAUNCH, files, 120).items()}


def _meld_windows() -> set[str]:
    out = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--class", "meld"], capture_output=True, text=True
    )
    return set(out.stdout.split())


def meld_once(files: list[Path]) -> float | None:
    """Seconds until a new Meld window is on screen (polled every 10 ms)."""
    if not shutil.which("meld") or not shutil.which("xdotool"):
        return None
    before = _meld_windows()
    start = time.time()
    proc = subprocess.Popen(["meld", *map(str, files)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.time() - start < 60:
            if _meld_windows() - before:
                return time.time() - start
            time.sleep(0.01)
        return None
    finally:
        proc.kill()
        proc.wait(timeout=10)


def stall(files: list[Path]) -> dict[str, float]:
    return _run(STALL, files, 300)


def county(folder: Path, n: int) -> list[Path]:
    """``n`` reports of a synthetic county (benchmarks/county.py, from the real reports beside
    the project and the samples)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from county import build

    return build(n, folder)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 50])
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("needs a display: run under xvfb-run", file=sys.stderr)
        return 2
    os.environ.setdefault("REPORTVIEW_HOME", tempfile.mkdtemp(prefix="rv-bench-"))
    runs = [launch_once(PAIR) for _ in range(args.runs)]
    print(f"two reports, median of {args.runs} cold launches (seconds)")
    print(
        f"  reportview: window with both reports aligned by kind   {statistics.median(r['aligned'] for r in runs):6.2f}"
    )
    print(
        f"  reportview: statuses painted (unique/similar/shared)  {statistics.median(r['matched'] for r in runs):6.2f}"
    )
    meld = [m for m in (meld_once(PAIR) for _ in range(args.runs)) if m is not None]
    if meld:
        print(f"  meld: window shown with the two files                 {statistics.median(meld):6.2f}")
    else:
        print("  meld: not installed, no line-diff baseline")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            files = county(Path(tmp), n)
            stalls = [stall(files) for _ in range(max(1, args.runs // 2))]
        print(f"\n{n} reports loading and matching ({len(stalls)} runs)")
        print(f"  longest GUI-thread stall  {max(s['max_gap'] for s in stalls) * 1000:6.0f} ms (worst run)")
        print(f"  99th percentile tick gap  {statistics.median(s['p99'] for s in stalls) * 1000:6.0f} ms")
        print(
            f"  every report read         {statistics.median(s['read'] for s in stalls):6.2f} s (columns shown)\n"
            f"  first statuses painted    {statistics.median(s['total'] for s in stalls):6.2f} s (problems and plans)"
        )
        print(f"  every status painted      {statistics.median(s['all'] for s in stalls):6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
