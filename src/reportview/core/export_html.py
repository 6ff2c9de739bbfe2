"""A self-contained, printable HTML file of the comparison and its notes.

One file, no scripts, no external resources: styles inline in ``<style>``. Every piece
of report and note text goes through :func:`html.escape`, so a report that contains
``<script>`` shows it as text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from .clock import now
from .exporting import (
    TEXTS,
    CellLayout,
    Translate,
    identity,
    layout_cell,
    number_notes,
    report_label,
)
from .labels import BADGES, KIND_NAMES, STATUS_NAMES
from .model import REQUIRED_KINDS, Comparison, Status
from .notes import Note

STYLE = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif;
       margin: 24px; color: #111; background: #fff; line-height: 1.6; }
h1 { font-size: 22px; margin: 0 0 4px; } .meta, .legend { color: #555; font-size: 13px; }
table.cmp { border-collapse: collapse; width: 100%; table-layout: fixed; margin-top: 12px; }
table.cmp th, table.cmp td { border: 1px solid #bbb; padding: 6px 8px; vertical-align: top; font-size: 13px; }
table.cmp thead th { background: #eef2f7; text-align: left; }
tr.kind th { background: #f6f6f6; text-align: left; font-size: 14px; }
td.missing { color: #888; text-align: center; font-style: italic; }
.heading { font-weight: bold; }
.u { background: #fde7b0; border-bottom: 2px solid #d97706; }
.s { background: #dbe8fe; border-bottom: 2px dashed #2563eb; }
.h { background: #e5e7eb; border-bottom: 2px dotted #64748b; }
.badge { display: inline-block; font-weight: bold; font-size: 11px; border: 1px solid #666; border-radius: 3px;
         padding: 0 3px; margin-right: 3px; background: #fff; }
.note { background: #f3e8ff; outline: 1px dashed #9333ea; }
sup.n { color: #7e22ce; font-weight: bold; }
.ok { color: #15803d; } .no { color: #b91c1c; }
table.notes { border-collapse: collapse; width: 100%; margin-top: 8px; }
table.notes th, table.notes td { border: 1px solid #bbb; padding: 4px 6px; font-size: 13px; vertical-align: top; }
@media print { body { margin: 0; } @page { size: A4 landscape; margin: 12mm; }
               tr.kind { break-after: avoid; page-break-after: avoid; } table.notes tr { break-inside: avoid; }
               thead { display: table-header-group; } }
"""
CLASS = {Status.UNIQUE: "u", Status.SIMILAR: "s", Status.SHARED: "h"}


def _esc(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


def _cell(layout: CellLayout, tx: Translate) -> str:
    if layout.missing:
        return f"<td class='missing'>{_esc(tx('export', TEXTS['missing']))}</td>"
    parts = []
    for seg in layout.segments:
        classes = []
        if seg.status is not None:
            classes.append(CLASS[seg.status])
        if seg.notes:
            classes.append("note")
        badge = ""
        if seg.item_start and seg.status is not None:
            name = tx("status", STATUS_NAMES[seg.status])
            badge = f"<span class='badge' title='{_esc(name)}'>{_esc(tx('theme', BADGES[seg.status]))}</span>"
        text = _esc(seg.text)
        parts.append(f"{badge}<span class='{' '.join(classes)}'>{text}</span>" if classes else badge + text)
        parts.extend(f"<sup class='n'>[{n}]</sup>" for n in seg.note_ends)
    return "<td>" + "".join(parts) + "</td>"


def comparison_html(
    comparison: Comparison, notes: Sequence[tuple[int, Note]], tx: Translate = identity
) -> str:
    reports = comparison.reports
    numbered = number_notes(notes)
    head = ["<tr>"]
    for report in reports:
        check = "  ".join(
            f"<span class='{'ok' if k in report.kinds else 'no'}'>{report.part_mark(k)}</span>"
            f"{_esc(tx('kinds', KIND_NAMES[k]))}"
            for k in REQUIRED_KINDS
        )
        facts = " · ".join(str(x) for x in (report.body, report.year) if x)
        warnings = "".join(
            f"<br><span class='{'no' if n.severe else 'meta'}'>⚠ {_esc(tx('core', n.template).format(count=n.count))}</span>"
            for n in report.warnings
        )
        head.append(
            f"<th>{_esc(report_label(report))}<br><span class='meta'>{_esc(facts)}</span>"
            f"<br><span class='meta'>{check}</span>{warnings}</th>"
        )
    head.append("</tr>")
    body = []
    for row in comparison.rows:
        required = f" ({_esc(tx('export', TEXTS['required']))})" if row.kind in REQUIRED_KINDS else ""
        body.append(
            f"<tr class='kind'><th colspan='{len(reports)}'>{_esc(tx('kinds', KIND_NAMES[row.kind]))}"
            f"{required}</th></tr>"
        )
        body.append(
            "<tr>"
            + "".join(_cell(layout_cell(comparison, row.kind, i, numbered), tx) for i in range(len(reports)))
            + "</tr>"
        )
    notes_html = [f"<h2>{_esc(tx('export', TEXTS['notes']))}</h2>"]
    if numbered:
        notes_html.append(
            "<table class='notes'><tr><th>#</th>"
            + "".join(
                f"<th>{_esc(tx('export', TEXTS[k]))}</th>"
                for k in ("report", "part", "quote", "note", "tags")
            )
            + "</tr>"
        )
        for number, index, note in numbered:
            kind = note.anchor.kind
            kind_name = next((tx("kinds", v) for k, v in KIND_NAMES.items() if k.value == kind), kind)
            notes_html.append(
                f"<tr><td>{number}</td><td>{_esc(report_label(reports[index]))}</td><td>{_esc(kind_name)}</td>"
                f"<td>{_esc(note.anchor.quote)}</td><td>{_esc(note.body)}</td><td>{_esc('、'.join(note.tags))}</td></tr>"
            )
        notes_html.append("</table>")
    else:
        notes_html.append(f"<p class='meta'>{_esc(tx('export', TEXTS['none']))}</p>")
    title = _esc(tx("export", TEXTS["title"]))
    return (
        "<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width'><title>{title}</title><style>{STYLE}</style></head><body>"
        f"<h1>{title}</h1><p class='meta'>{_esc(tx('export', TEXTS['saved']).format(date=now()))}</p>"
        f"<p class='legend'>{_esc(tx('export', TEXTS['legend']))}</p>"
        f"<table class='cmp'><thead>{''.join(head)}</thead><tbody>{''.join(body)}</tbody></table>"
        f"{''.join(notes_html)}</body></html>\n"
    )
