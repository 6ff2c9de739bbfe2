"""How compare grows with one report's length, against the work no implementation avoids.

    python benchmarks/bench_long.py [--sizes 200000 1000000 1950000]

A long report is built from a bundled sample: its measures part repeated (figures varied)
until the report has the given number of characters. Each size is compared with one other
sample in a fresh interpreter (``reportview compare --json``), and timed against the floor:
a process that reads the same two files, converts them with OpenCC t2s and segments them with
jieba. Prints wall time of each, their ratio, and the growth exponent between sizes.
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_reports" / "青石镇2023年法治政府建设年度报告.txt"
OTHER = ROOT / "sample_reports" / "柳溪乡2023年法治政府建设情况报告.txt"
FLOOR = """
import sys, logging
from reportview.core.ingest import read_source
texts = [read_source(p).text for p in sys.argv[1:]]
import opencc
cc = opencc.OpenCC("t2s")
converted = [cc.convert(t) for t in texts]
import jieba
jieba.setLogLevel(logging.WARNING)
for t in converted:
    jieba.lcut(t)
"""


def build(size: int, folder: Path) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    start, end = text.index("（一）"), text.index("二、")
    parts, n = [text[:start]], 0
    while sum(map(len, parts)) < size:
        parts.append(text[start:end].replace("3次", f"{n % 97 + 2}次").replace("22人", f"{n % 50 + 5}人"))
        n += 1
    parts.append(text[end:])
    path = folder / f"长报告{size}.txt"
    path.write_text("".join(parts), encoding="utf-8")
    return path


def timed(args: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[200_000, 1_000_000, 1_950_000])
    args = parser.parse_args()
    previous: tuple[int, float] | None = None
    print(f"{'chars':>10} {'compare':>9} {'floor':>7} {'ratio':>6} {'growth':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = build(size, Path(tmp))
            ours = timed([sys.executable, "-m", "reportview", "compare", "--json", str(path), str(OTHER)])
            floor = timed([sys.executable, "-c", FLOOR, str(path), str(OTHER)])
            growth = ""
            if previous is not None:
                growth = f"n^{math.log(ours / previous[1]) / math.log(size / previous[0]):.2f}"
            print(f"{size:>10} {ours:8.1f}s {floor:6.1f}s {ours / floor:5.1f}× {growth:>7}")
            previous = (size, ours)
    return 0


if __name__ == "__main__":
    sys.exit(main())
