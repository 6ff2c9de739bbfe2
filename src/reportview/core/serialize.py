"""Plain dictionaries for JSON: the command line's contract with scripts and tests."""

from __future__ import annotations

import json.encoder
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .model import Comparison, Item, Kind, Notice, Report, Row, Section

#: How a notice is worded for the reader (the command line passes its translation).
Describe = Callable[[Notice], str]


def to_json(value: Any) -> str:
    """``value`` as JSON, laid out as ``json.dumps(indent=1)`` lays it out down to the
    records that hold nothing but plain values and lists of them (a match, a notice, an
    item's text and offsets): each of those is one line. Those lines are written by the
    json module's C encoder, which the indented layout never uses, so the comparison of a
    province (hundreds of thousands of matches) is written several times faster."""
    out: list[str] = []
    _write(value, 0, out)
    return "".join(out)


def _encoder() -> Callable[[Any], str]:
    """The json module's C encoder for one compact value (``ensure_ascii=False``), made once:
    ``JSONEncoder.encode`` sets one up for every value it is given. Where the accelerator is
    missing or differs, the encoder's own ``encode``."""
    encoder = json.JSONEncoder(ensure_ascii=False)
    try:
        one = json.encoder.c_make_encoder(  # type: ignore[misc]
            {}, encoder.default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True
        )
        probe = {"文": [1, 2.5, None, True, 'a\n"b']}
        if "".join(one(probe, 0)) == encoder.encode(probe):
            return lambda value: "".join(one(value, 0))
    except (TypeError, ValueError):
        pass
    return encoder.encode


_encode = _encoder()
_SCALARS = frozenset((str, int, float, bool, type(None)))


def _plain(value: Any) -> bool:
    """Whether ``value`` holds no record: not a dict, nor a list that holds a dict or a list."""
    kind = type(value)
    if kind in _SCALARS:
        return True
    if kind is list and _SCALARS.issuperset(map(type, value)):
        return True
    return not isinstance(value, dict | list | Written) or (
        isinstance(value, list) and not any(isinstance(v, dict | list | Written) for v in value)
    )


def _write(value: Any, depth: int, out: list[str]) -> None:
    pad, end = "\n" + " " * (depth + 1), "\n" + " " * depth
    if isinstance(value, Written):
        out.append(value.text)
    elif isinstance(value, dict) and not all(map(_plain, value.values())):
        out.append("{")
        for n, (key, inner) in enumerate(value.items()):
            out.append(("," if n else "") + pad + _encode(str(key)) + ": ")
            _write(inner, depth + 1, out)
        out.append(end + "}")
    elif isinstance(value, list) and value and not _plain(value):
        out.append("[")
        for n, inner in enumerate(value):
            out.append(("," if n else "") + pad)
            _write(inner, depth + 1, out)
        out.append(end + "]")
    else:
        out.append(_encode(value))


def item_dict(item: Item) -> dict[str, Any]:
    return {"text": item.text, "start": item.start, "end": item.end}


def notice_dict(notice: Notice, describe: Describe | None = None) -> dict[str, Any]:
    return {
        "code": notice.code,
        "message": describe(notice) if describe else notice.message,
        "severe": notice.severe,
        "count": notice.count,
        "start": notice.start,
        "end": notice.end,
    }


def section_dict(section: Section) -> dict[str, Any]:
    return {
        "heading": section.heading,
        "kind": section.kind.value,
        "found_in": section.found_in.value if section.found_in else None,
        "start": section.start,
        "end": section.end,
        "items": [item_dict(i) for i in section.items],
        "children": [section_dict(c) for c in section.children],
    }


def report_dict(report: Report, describe: Describe | None = None, text: bool = False) -> dict[str, Any]:
    """A report for JSON; ``text`` adds the normalised text every offset points into."""
    found = {
        "path": report.path,
        "title": report.title,
        "body": report.body,
        "year": report.year,
        "format": report.fmt,
        "encoding": report.encoding,
        "fingerprint": report.fingerprint,
        "missing": [k.value for k in report.missing_required],
        "read_failed": report.read_failed,
        "warnings": [notice_dict(n, describe) for n in report.warnings],
        "sections": [section_dict(s) for s in report.sections],
    }
    if text:
        found["text"] = report.text
    return found


@dataclass(frozen=True)
class Written:
    """JSON already laid out for its place in a larger value (:func:`written`): written as it
    is, so a part made elsewhere (a helper process's rows) joins the rest unchanged."""

    text: str


#: How deep a row of :func:`comparison_dict` lies (the value, its "rows", a row).
ROW_DEPTH = 2


def written(value: Any, depth: int) -> Written:
    """``value`` as :func:`to_json` writes it at ``depth`` within a larger value."""
    out: list[str] = []
    _write(value, depth, out)
    return Written("".join(out))


def comparison_dict(
    comparison: Comparison, describe: Describe | None = None, rows: Mapping[Kind, Written] | None = None
) -> dict[str, Any]:
    """A comparison for JSON; ``rows``: rows already written (:func:`row_dict` at
    ``ROW_DEPTH``), by kind, taken as they are."""
    done = rows or {}
    return {
        "reports": [
            {
                "path": r.path,
                "title": r.title,
                "body": r.body,
                "year": r.year,
                "read_failed": r.read_failed,
                "warnings": [notice_dict(n, describe) for n in r.warnings],
            }
            for r in comparison.reports
        ],
        "rows": [done[row.kind] if row.kind in done else row_dict(row) for row in comparison.rows],
    }


def row_dict(row: Row) -> dict[str, Any]:
    return {
        "kind": row.kind.value,
        "cells": [
            {
                "missing": cell.missing,
                "headings": [s.heading for s in cell.sections],
                "items": [
                    {
                        **item_dict(res.item),
                        "status": res.status.value,
                        "matches": [
                            {
                                "report": m.report,
                                "item": m.item,
                                "score": m.score,
                                "verbatim": m.verbatim,
                                "status": m.status.value,
                                "clause": list(m.clause) if m.clause else None,
                                "other_clause": list(m.other_clause) if m.other_clause else None,
                                "terms": list(m.terms),
                            }
                            for m in res.matches
                        ],
                    }
                    for res in cell.items
                ],
            }
            for cell in row.cells
        ],
    }
