"""Command line: ``reportview analyze``, ``reportview compare``; bare ``reportview`` opens the app.

Several files, some unreadable: each bad one gets one line on stderr (``path: reason``),
the rest are still processed, and the exit status is 1. Usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .core.collector import paused
from .core.compare import compare
from .core.errors import ReportError
from .core.files import expand_paths
from .core.model import MARKED_KINDS, Comparison, Kind, Report, Section
from .core.parallel import Helper, compare_all, compare_json, helper, read_all
from .core.serialize import report_dict, to_json
from .i18n import error_message, kind_label, notice_message, status_label, translate
from .progress import Progress

COMMANDS = ("analyze", "compare", "overview", "follow", "export")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("reportview")
    except PackageNotFoundError:
        return "unknown"


def _parser() -> argparse.ArgumentParser:
    from .cli_words import install

    install()  # argparse's own words in the user's language
    parser = argparse.ArgumentParser(
        prog="reportview",
        description=translate("cli", "Compare annual rule-of-law government reports."),
        epilog=translate("cli", "reportview [FILE|FOLDER ...] without a command opens the window."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"reportview {_version()}",
        help=translate(
            "argparse", "show program's version number and exit"
        ),  # argparse's own is never looked up
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, minimum, help_text in (
        ("analyze", 1, translate("cli", "find the parts and items of each report")),
        ("compare", 2, translate("cli", "compare reports part by part")),
        ("overview", 1, translate("cli", "one row per report: parts, statuses, boilerplate, figures")),
        ("follow", 2, translate("cli", "last year's commitments (first file) against this year's report")),
    ):
        cmd = sub.add_parser(name, help=help_text)
        cmd.add_argument("files", nargs="+", metavar="FILE", help=translate("cli", "report files or folders"))
        cmd.add_argument("--json", action="store_true", help=translate("cli", "print JSON instead of text"))
        if name == "analyze":
            cmd.add_argument(
                "--with-text",
                action="store_true",
                help=translate(
                    "cli", "with --json: include each report's normalised text (the offsets point into it)"
                ),
            )
        if name == "compare":
            cmd.add_argument(
                "--save",
                metavar="OUT",
                help=translate("cli", "also write the comparison, with its notes, as a .rvcmp file"),
            )
        if name == "overview":
            cmd.add_argument(
                "--xlsx", metavar="OUT", help=translate("cli", "also write the overview as an Excel workbook")
            )
            cmd.add_argument(
                "--docx",
                metavar="OUT",
                help=translate("cli", "also write a county summary as a Word document"),
            )
        cmd.set_defaults(minimum=minimum, save=None, with_text=False, xlsx=None, docx=None)
    export = sub.add_parser("export", help=translate("cli", "write a saved comparison as HTML, Word or CSV"))
    export.add_argument(
        "comparison", metavar="COMPARISON", help=translate("cli", "a saved comparison (.rvcmp)")
    )
    export.add_argument("--html", metavar="OUT", help=translate("cli", "self-contained HTML page"))
    export.add_argument("--docx", metavar="OUT", help=translate("cli", "Word table (对照表)"))
    export.add_argument("--csv", metavar="OUT", help=translate("cli", "the notes as CSV"))
    return parser


def run_export(args: argparse.Namespace) -> int:
    from .core import saved
    from .core.export_csv import notes_csv
    from .core.export_docx import comparison_docx
    from .core.export_html import comparison_html

    if not (args.html or args.docx or args.csv):
        sys.stderr.write(translate("cli", "export needs at least one of --html, --docx, --csv") + "\n")
        return 2
    try:
        loaded = saved.load(args.comparison)
    except saved.SavedFileError as exc:
        sys.stderr.write(f"{args.comparison}: {translate('core', str(exc))}\n")
        return 1
    comparison = compare(loaded.reports)
    notes = list(loaded.notes)
    try:
        if args.html:
            Path(args.html).write_text(comparison_html(comparison, notes, translate), encoding="utf-8")
        if args.docx:
            comparison_docx(args.docx, comparison, notes, translate)
        if args.csv:
            Path(args.csv).write_text(notes_csv(loaded.reports, notes, translate), encoding="utf-8")
    except OSError as exc:
        sys.stderr.write(f"{exc.filename}: {exc.strerror}\n")
        return 1
    return 0


def load_reports(
    files: Sequence[Path], progress: Progress | None = None, helping: Helper | None = None
) -> tuple[list[Report], list[ReportError]]:
    """The reports of ``files`` (folders already expanded) and the files that could not be
    read; ``helping``: a helper process that reads beside this one (:mod:`core.parallel`)."""
    found = read_all(files, helping, progress.reading if progress is not None else None)
    reports = [r for r in found if isinstance(r, Report)]
    return reports, [r for r in found if isinstance(r, ReportError)]


def _outline(section: Section, depth: int, out: list[str]) -> None:
    label = f"[{kind_label(section.kind)}] " if depth == 0 or section.found_in else ""
    if section.found_in is not None:
        label += translate("cli", "(inside {k}) ").format(k=kind_label(section.found_in))
    heading = section.heading or (
        translate("cli", "(closing)") if section.kind is Kind.CLOSING else translate("cli", "(preamble)")
    )
    count = translate("cli", " — {n} items").format(n=len(section.items)) if section.items else ""
    out.append(f"{'  ' * depth}{label}{heading}{count}")
    for item in section.items:
        out.append(
            f"{'  ' * depth}    · {item.text[:60].replace(chr(10), ' ')}{'…' if len(item.text) > 60 else ''}"
        )
    for child in section.children:
        # A part's sub-headings are already its items: print them again only if they are not,
        # but a part found inside one of them, however deep, is always shown.
        if child.found_in is not None or (depth < 1 and not section.items):
            _outline(child, depth + 1, out)
        else:
            _parts_inside(child, depth + 1, out)


def _parts_inside(section: Section, depth: int, out: list[str]) -> None:
    for child in section.children:
        if child.found_in is not None:
            _outline(child, depth, out)
        else:
            _parts_inside(child, depth, out)


def render_report(report: Report) -> str:
    out = [
        f"== {report.path}",
        translate("cli", "Title: {t}").format(t=report.title or "—"),
        translate("cli", "Body: {b}   Year: {y}").format(b=report.body or "—", y=report.year or "—"),
    ]
    if report.missing_required:
        out.append(
            translate("cli", "Missing required parts: {k}").format(
                k="、".join(kind_label(k) for k in report.missing_required)
            )
        )
    out += [f"! {notice_message(n)}" for n in report.warnings]
    for section in report.sections:
        _outline(section, 0, out)
    return "\n".join(out)


def render_comparison(comparison: Comparison) -> str:
    """Reports numbered [1], [2]…; per part, each report's items numbered #1, #2… as the
    counterpart references (``↔ [2]#1``) name them; status counts where statuses matter."""
    out = []
    for i, r in enumerate(comparison.reports):
        out.append(f"[{i + 1}] {r.full_name}  ({r.path})")
    for row in comparison.rows:
        if row.kind in (Kind.PREAMBLE, Kind.CLOSING):
            continue  # no items to compare: the window and the JSON show them
        out.append("")
        out.append(f"## {kind_label(row.kind)}")
        for cell in row.cells:
            name = f"[{cell.report + 1}]"
            if cell.missing:
                out.append(f"  {name} " + translate("cli", "not reported"))
                continue
            headings = "；".join(h for h in (s.heading for s in cell.sections) if h)
            line = f"  {name} {headings}".rstrip()
            if row.kind in MARKED_KINDS:
                statuses = [i.status.value for i in cell.items if i.status is not None]
                counts = {s: statuses.count(s) for s in ("unique", "similar", "shared")}
                line += "  " + "  ".join(f"{status_label(s)} {n}" for s, n in counts.items())
            out.append(line)
            for number, res in enumerate(cell.items, start=1):
                where = ", ".join(f"[{m.report + 1}]#{m.item + 1}" for m in res.matches[:3])
                label = status_label(res.status.value) if res.status is not None else ""
                text = " ".join(res.item.text.split())
                out.append(f"      #{number} {label}  {text[:50]}" + (f"  ↔ {where}" if where else ""))
    return "\n".join(out)


def _print(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def run_command(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    if args.command == "export":
        return run_export(args)
    files = expand_paths(args.files)
    with helper(len(files)) as helping, paused():  # a command makes no reference cycles worth collecting
        return _run_on_files(args, files, helping)


def _run_on_files(args: argparse.Namespace, files: list[Path], helping: Helper | None) -> int:
    progress = Progress()
    reports, failures = load_reports(files, progress, helping)
    progress.clear()
    for failure in failures:
        sys.stderr.write(f"{failure.path}: {error_message(failure)}\n")
    if args.command == "compare" and len(reports) + len(failures) < args.minimum:
        sys.stderr.write(translate("cli", "compare needs at least two reports") + "\n")
        return 2
    if args.command == "follow":
        from .cli_follow import run_follow

        return run_follow(args, reports) or (1 if failures else 0)
    if args.command == "overview":
        from .cli_overview import run_overview

        return run_overview(args, reports, progress, helping) or (1 if failures else 0)
    if args.command == "analyze":
        if args.json:
            _print(to_json({"reports": [report_dict(r, notice_message, args.with_text) for r in reports]}))
        else:
            _print("\n\n".join(render_report(r) for r in reports))
    else:
        if args.json:
            text = compare_json(reports, helping, notice_message, progress.matching)
        else:
            text = render_comparison(compare_all(reports, helping, progress.matching))
        progress.clear()
        if args.save and not _save(args.save, reports):
            return 1
        _print(text)
    return 1 if failures else 0


def _save(out: str, reports: Sequence[Report]) -> bool:
    """Write the comparison as the window saves it, with what the store has on these reports:
    notes, scores, pairs made by hand and verdicts."""
    from .core import saved
    from .core.anchoring import anchor_at, place_notes
    from .core.follow_book import FollowBook
    from .core.score_book import ScoreBook
    from .core.store_file import existing_store

    notes = []
    store = existing_store()
    sheet: dict = {}
    if store is not None:
        seen: set[int] = set()
        for index, report in enumerate(reports):
            found = place_notes(
                report, [n for n in store.notes_for(report) if n.id not in seen], store.text_of
            )
            for placed in found.placed:
                notes.append((index, placed.note.moved(anchor_at(report, placed.start, placed.end))))
                seen.add(placed.note.id)
        scores, follow = ScoreBook(store), FollowBook(store)
        scores.set_reports(reports)
        follow.set_reports(reports)
        sheet = {"criteria": scores.criteria, "scores": tuple(scores.saved_scores()),
                 "pairing": tuple(follow.saved_pairing()), "verdicts": tuple(follow.saved_verdicts())}  # fmt: skip
        store.close()
    try:
        saved.save(out, saved.SavedComparison(tuple(reports), tuple(notes), **sheet))
    except OSError as exc:
        sys.stderr.write(f"{out}: {exc.strerror or exc}\n")
        return False
    return True


def _refuse_window(argv: list[str]) -> str | None:
    """Why the window cannot open, said before any worker starts: a mistyped command
    (``reportview anlyze …``) or no display to open it on."""
    first = argv[0] if argv else ""
    if (
        first
        and not first.startswith("-")
        and not Path(first).exists()
        and "." not in first
        and "/" not in first
    ):
        close = difflib.get_close_matches(first, COMMANDS, n=1)
        hint = translate("cli", " (did you mean {c}?)").format(c=close[0]) if close else ""
        return translate("cli", "unknown command or file: {a}").format(a=first) + hint
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        return translate(
            "cli",
            "no display to open the window on; the commands analyze, compare and export work without one",
        )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    if argv and argv[0] in COMMANDS:
        try:
            return run_command(argv)
        except KeyboardInterrupt:  # Ctrl+C: stop quietly, as a shell command does
            sys.stderr.write("\n" + translate("cli", "interrupted") + "\n")
            return 130
    if argv and argv[0] in ("-h", "--help"):
        _parser().print_help()
        return 0
    if argv and argv[0] == "--version":
        print(f"reportview {_version()}")
        return 0
    refusal = _refuse_window(argv)
    if refusal is not None:
        sys.stderr.write(refusal + "\n")
        return 2
    from . import workers

    workers.start(
        prefetch=[a for a in argv if not a.startswith("-")], roles=("reader",)
    )  # read while Qt loads
    from .ui.app import run_app

    return run_app(argv)
