"""Synthetic county corpora built from real reports of the genre (for benchmarks only).

    python benchmarks/county.py N OUTDIR [--seed 7]

Each synthetic report starts from one real report (the corpus and wild reports in
``../shared``, and the bundled samples) and is changed the way neighbouring townships'
reports differ: some sentences are swapped for sentences of other reports, figures are
changed, some clauses dropped, and the issuing body is renamed to an invented township.
The same seed always gives the same files, so timings at different N compare like with like.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src")]
SHARED = ROOT.parent / "shared"

from reportview.core.ingest import read_source  # noqa: E402

_SENTENCE = re.compile(r"[^。；！？\n]+[。；！？]?")
_NUMBER = re.compile(r"\d+")
_SYLLABLES = "青石柳溪桃源云岭河口石门凤鸣白沙松林梅岭清水龙泉金塘银坑东坪西岙南湾北畈"


def sources() -> list[Path]:
    found = []
    for folder in (SHARED / "corpus", SHARED / "wild"):
        if folder.exists():
            found += sorted(p for p in folder.glob("*.txt"))
    found += sorted(p for p in (ROOT / "sample_reports").glob("*.txt"))
    return found


def _place(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = (
            "".join(rng.sample(_SYLLABLES, 2))
            + rng.choice("镇乡")
            + (rng.choice("东西南北") if len(taken) > 300 else "")
        )
        if name not in taken:
            taken.add(name)
            return name


def _mutate_line(line: str, rng: random.Random, pool: list[str]) -> str:
    out = []
    for sentence in _SENTENCE.findall(line):
        roll = rng.random()
        if roll < 0.08:
            continue  # clause dropped
        if roll < 0.23 and pool:
            sentence = rng.choice(pool)  # sentence taken from another report
        if rng.random() < 0.4:
            sentence = _NUMBER.sub(lambda m: str(max(1, int(m.group()) + rng.randint(-3, 9))), sentence)
        out.append(sentence)
    return "".join(out)


def build(n: int, out: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    texts = [read_source(p).text for p in sources()]
    pool = [
        s
        for t in texts
        for s in _SENTENCE.findall(t)
        if len(s) > 12 and not s.startswith(("一", "二", "三", "四", "五", "（"))
    ]
    out.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    written = []
    for k in range(n):
        base = texts[k % len(texts)]
        place = _place(rng, taken)
        lines = base.splitlines()
        if lines and "报告" in lines[0]:
            lines = lines[1:]  # the real title gives way to the invented body's
        body = [_mutate_line(line, rng, pool) if len(line) > 30 else line for line in lines]
        text = f"{place}{2020 + k % 5}年法治政府建设年度报告\n" + "\n".join(body)
        path = out / f"{k:04d}_{place}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(f"{len(build(args.n, args.out, args.seed))} reports in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
