"""``reportview follow LAST THIS``: last year's commitments against this year's report."""

from __future__ import annotations

import argparse
import sys

from .core.follow import VERDICT_NAMES, body_key
from .core.follow_book import FollowBook, PairView
from .core.model import Kind, Report
from .core.serialize import to_json
from .core.store_file import existing_store
from .i18n import status_label, translate


def follow_dict(last: Report, this: Report, view: PairView) -> dict:
    found = view.found
    return {
        "last": {"path": last.path, "body": last.body, "year": last.year},
        "this": {"path": this.path, "body": this.body, "year": this.year},
        "plans": [
            {
                "text": check.plan.text,
                "start": check.plan.start,
                "end": check.plan.end,
                "verdict": judged.verdict.value,
                "measured": check.verdict.value,
                "reviewer": None
                if judged.override is None
                else {"comment": judged.override.comment, "modified": judged.override.modified},
                "evidence": [
                    {
                        "point": list(e.point),
                        "start": e.start,
                        "end": e.end,
                        "text": this.text[e.start : e.end],
                        "score": e.score,
                        "terms": list(e.terms),
                        "promised": list(e.promised),
                        "reported": list(e.reported),
                        "as_problem": e.as_problem,
                        "figures": e.figures.value,
                    }
                    for e in check.evidence
                ],
            }
            for judged in view.plans
            for check in (judged.check,)
        ],
        "unplaced_verdicts": [
            {"quote": o.anchor.quote, "verdict": o.verdict.value, "comment": o.comment} for o in view.unplaced
        ],
        "problems_back": [
            {"this": r.this, "last": r.last, "status": r.status.value, "score": r.score}
            for r in found.problems_back
        ],
        "plans_again": [
            {"this": r.this, "last": r.last, "status": r.status.value, "score": r.score}
            for r in found.plans_again
        ],
    }


def render_follow(last: Report, this: Report, view: PairView) -> str:
    found = view.found
    lines = [
        translate("follow", "Last year's commitments: {last} → {this}").format(
            last=last.display_name, this=this.display_name
        )
    ]
    for number, judged in enumerate(view.plans, 1):
        check, verdict = judged.check, translate("follow", VERDICT_NAMES[judged.verdict])
        if judged.override is not None:
            verdict += translate("follow", " (reviewer)")
        lines.append(f"{number}. [{verdict}] {check.plan.text}")
        if judged.override is not None and judged.override.comment:
            lines.append(
                "     " + translate("follow", "reviewer: {comment}").format(comment=judged.override.comment)
            )
        for e in check.evidence:
            mark = translate("follow", " (stated as a problem)") if e.as_problem else ""
            lines.append(f"     ← {this.text[e.start : e.end].strip()}{mark}")
            if e.promised or e.reported:
                lines.append(
                    "       "
                    + translate("follow", "figures: promised {a}; reported {b}").format(
                        a="、".join(e.promised) or "—", b="、".join(e.reported) or "—"
                    )
                )
    if view.unplaced:
        lines += ["", translate("follow", "Verdicts whose commitment is no longer in last year's report:")]
        lines += [
            f"  [{translate('follow', VERDICT_NAMES[o.verdict])}] {o.anchor.quote}" for o in view.unplaced
        ]
    for title, repeats, kind in (
        (translate("follow", "Problems that come back:"), found.problems_back, Kind.PROBLEMS),
        (translate("follow", "Plans made again:"), found.plans_again, Kind.PLANS),
    ):
        lines += ["", title]
        if not repeats:
            lines.append("  —")
        for r in repeats:
            now, then = this.items_of(kind)[r.this].text, last.items_of(kind)[r.last].text
            lines.append(f"  [{status_label(r.status.value)}] {now}")
            lines.append(f"     ≈ {then}")
    return "\n".join(lines)


def run_follow(args: argparse.Namespace, reports: list[Report]) -> int:
    if len(reports) != 2:
        sys.stderr.write(
            translate("follow", "follow needs two reports: last year's, then this year's") + "\n"
        )
        return 2
    last, this = reports
    if body_key(last) != body_key(this) or last.year is None or this.year != last.year + 1:
        sys.stderr.write(
            translate("follow", "! these do not look like one body's reports of consecutive years") + "\n"
        )
    book = FollowBook(existing_store())  # the reviewer's verdicts, when there is a store
    book.set_reports([last, this])
    view = book.view(0, 1)
    assert view is not None
    if args.json:
        sys.stdout.write(to_json(follow_dict(last, this, view)) + "\n")
    else:
        sys.stdout.write(render_follow(last, this, view) + "\n")
    return 0
