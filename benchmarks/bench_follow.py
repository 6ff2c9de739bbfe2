"""Accuracy of follow-through verdicts and recurring problems against hand judgements.

    python benchmarks/bench_follow.py [--errors]

Judged pairs: benchmarks/data/follow-judged.json (P1 for tuning, P2 held out; criteria in
the file). Prints, per split: verdict accuracy over last year's plans (已落实 / 部分落实 /
未见落实), precision and recall of 已落实 and of 未见落实, how many 已落实 rest on no
evidence the judge accepted (a sentence overlapping a judged evidence span), and precision
and recall of recurring-problem links.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

from judged import Counts, _span, resolve  # noqa: E402

from reportview.core.analysis import analyze_file  # noqa: E402
from reportview.core.follow import follow  # noqa: E402
from reportview.core.model import Kind  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "follow-judged.json"


def _index(items: tuple, span: tuple[int, int] | None) -> int | None:
    if span is None:
        return None
    best, overlap = None, 0
    for i, item in enumerate(items):
        o = min(span[1], item.end) - max(span[0], item.start)
        if o > overlap:
            best, overlap = i, o
    return best


def score(pair: dict, errors: list[str]) -> dict[str, Counts | list[int]]:
    last, this = analyze_file(resolve(pair["last"])), analyze_file(resolve(pair["this"]))
    found = follow(last, this)
    plans = last.items_of(Kind.PLANS)
    out: dict[str, Counts | list[int]] = {
        "done": Counts(),
        "none": Counts(),
        "links": Counts(),
        "verdicts": [0, 0, 0],
    }
    for judged in pair["plans"]:
        index = _index(plans, _span(last.text, judged, plans))
        if index is None:
            errors.append(f"{pair['id']}: judged plan not found")
            continue
        check = found.plans[index]
        got, want = check.verdict.value, judged["verdict"]
        verdicts = out["verdicts"]
        assert isinstance(verdicts, list)
        verdicts[0] += got == want
        verdicts[1] += 1
        for name in ("done", "none"):
            counts = out[name]
            assert isinstance(counts, Counts)
            counts.tp += got == name and want == name
            counts.fp += got == name and want != name
            counts.fn += got != name and want == name
        if got == "done":
            spans = [s for e in judged["evidence"] if (s := _span(this.text, e, ())) is not None]
            accepted = any(min(b, e.end) - max(a, e.start) > 0 for e in check.evidence for a, b in spans)
            verdicts[2] += not accepted
        if got != want:
            errors.append(
                f"{pair['id']} plan {index + 1}: {got}, judged {want} — {judged.get('note', '')[:80]}"
            )
    problems_now, problems_then = this.items_of(Kind.PROBLEMS), last.items_of(Kind.PROBLEMS)
    gold = set()
    for judged in pair["problems"]:
        j = _index(problems_now, _span(this.text, judged, problems_now))
        for r in judged["recurs"]:
            i = _index(problems_then, _span(last.text, r, problems_then))
            if j is not None and i is not None:
                gold.add((j, i))
    predicted = {(r.this, r.last) for r in found.problems_back}
    links = out["links"]
    assert isinstance(links, Counts)
    links.tp, links.fp, links.fn = len(predicted & gold), len(predicted - gold), len(gold - predicted)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true", help="list every wrong verdict")
    args = parser.parse_args()
    data = json.loads(DATA.read_text(encoding="utf-8"))
    totals: dict[str, dict] = {}
    for pair in data["pairs"]:
        if not all(resolve(f).exists() for f in (pair["last"], pair["this"])):
            print(f"{pair['id']}: skipped (../shared missing)")
            continue
        errors: list[str] = []
        result = score(pair, errors)
        total = totals.setdefault(
            pair["split"], {"done": Counts(), "none": Counts(), "links": Counts(), "verdicts": [0, 0, 0]}
        )
        for key in ("done", "none", "links"):
            total[key].add(result[key])
        total["verdicts"] = [a + b for a, b in zip(total["verdicts"], result["verdicts"], strict=True)]
        right, n, unsupported = result["verdicts"]  # type: ignore[misc]
        print(
            f"{pair['id']} {pair['split']:<8} verdicts {right}/{n}  已落实 {result['done']}  recurring {result['links']}"
        )
        if args.errors:
            for line in errors:
                print("     " + line)
    print()
    for split, total in totals.items():
        right, n, unsupported = total["verdicts"]
        print(f"{split:<8} verdict accuracy {right}/{n} = {right / n if n else 1:.2f}")
        print(f"{'':<8} 已落实:   {total['done']}   (without accepted evidence: {unsupported})")
        print(f"{'':<8} 未见落实: {total['none']}")
        print(f"{'':<8} recurring problems: {total['links']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
