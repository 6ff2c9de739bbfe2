"""Saved comparisons: one JSON file with the reports' texts, their order, and the notes.

Format ``reportview-comparison``, version 1 (``.rvcmp``; UTF-8 JSON)::

    {"format": "reportview-comparison", "version": 1, "saved": "2026-11-23T10:00:00+08:00",
     "reports": [{"path", "fingerprint", "format", "encoding", "title", "text", "original"}],
     "notes": [{"report": 0, "start", "end", "quote", "prefix", "suffix", "kind", "heading",
                "body", "tags": [...], "created", "modified"}],
     "criteria": [{"key", "name", "points"}],
     "scores": [{"report": 0, "criterion", "value": number or null, "comment", "modified"}],
     "pairing": [{"last": 0, "this": 1, "paired": true}],
     "verdicts": [{"last": 0, "this": 1, "start", "end", "quote", "prefix", "suffix",
                   "verdict": "done" | "partial" | "none", "comment", "modified"}]}

``reports`` is in column order; ``criteria`` and ``scores`` (the scoring sheet), ``pairing``
(reports paired or unpaired by hand for the follow-through) and ``verdicts`` (the reviewer's
verdicts on last year's commitments, anchored in last year's text) may be absent. ``text`` is the normalised text every offset points into,
so the file opens even when the original files have moved; ``fingerprint`` lets a reader
check it. Writing is atomic: a temporary file beside the target, then a rename.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .analysis import analyze_normalized, fingerprint
from .atomic import write_atomic
from .clock import now
from .follow import VERDICTS, Override, Verdict
from .limits import MAX_SAVED_BYTES, MAX_SAVED_NOTES, MAX_SAVED_REPORTS
from .model import Report
from .notes import Anchor, Note
from .scoring import Criterion, Score
from .serialize import to_json

FORMAT = "reportview-comparison"
VERSION = 1
SUFFIX = ".rvcmp"


class SavedFileError(ValueError):
    """The file is not a comparison this version can open; the message says why."""


@dataclass(frozen=True)
class SavedComparison:
    reports: tuple[Report, ...]
    notes: tuple[tuple[int, Note], ...]  # (report index, note)
    criteria: tuple[Criterion, ...] = ()
    scores: tuple[tuple[int, Score], ...] = ()  # (report index, score)
    pairing: tuple[tuple[int, int, bool], ...] = ()  # (last, this, paired)
    verdicts: tuple[tuple[int, int, Override], ...] = ()  # (last, this, verdict)


def to_dict(comparison: SavedComparison) -> dict[str, Any]:
    reports, notes, criteria, scores = (
        comparison.reports,
        comparison.notes,
        comparison.criteria,
        comparison.scores,
    )
    pairing, verdicts = comparison.pairing, comparison.verdicts
    return {
        "format": FORMAT,
        "version": VERSION,
        "saved": now(),
        "reports": [
            {
                "path": r.path,
                "fingerprint": r.fingerprint,
                "format": r.fmt,
                "encoding": r.encoding,
                "title": r.title,
                "text": r.text,
                "original": r.original,
            }
            for r in reports
        ],
        "notes": [
            {
                "report": index,
                "start": n.anchor.start,
                "end": n.anchor.end,
                "quote": n.anchor.quote,
                "prefix": n.anchor.prefix,
                "suffix": n.anchor.suffix,
                "kind": n.anchor.kind,
                "heading": n.anchor.heading,
                "body": n.body,
                "tags": list(n.tags),
                "created": n.created,
                "modified": n.modified,
            }
            for index, n in notes
        ],
        "criteria": [{"key": c.key, "name": c.name, "points": c.points} for c in criteria],
        "scores": [
            {
                "report": i,
                "criterion": s.criterion,
                "value": s.value,
                "comment": s.comment,
                "modified": s.modified,
            }
            for i, s in scores
        ],
        "pairing": [{"last": a, "this": b, "paired": paired} for a, b, paired in pairing],
        "verdicts": [
            {
                "last": a,
                "this": b,
                **_anchor_dict(o.anchor),
                "verdict": o.verdict.value,
                "comment": o.comment,
                "modified": o.modified,
            }
            for a, b, o in verdicts
        ],
    }


def _anchor_dict(anchor: Anchor) -> dict[str, Any]:
    return {"start": anchor.start, "end": anchor.end, "quote": anchor.quote, "prefix": anchor.prefix,
            "suffix": anchor.suffix}  # fmt: skip


def save(path: str | Path, comparison: SavedComparison) -> None:
    """Write the comparison atomically: readers see the old file or the new one, never half."""
    raw = to_dict(comparison)
    write_atomic(path, to_json(raw))


WRONG_TYPE = "a value in the file has the wrong type"
OUTSIDE = "a note points outside its report's text"
TOO_LARGE = "the file is too large to be a saved comparison"
TOO_DEEP = "the file is damaged (nested too deeply)"
MESSAGES = (WRONG_TYPE, OUTSIDE, TOO_LARGE, TOO_DEEP)


def _need(value: Any, kind: type | tuple[type, ...], optional: bool = False) -> Any:
    """``value`` if it has the expected type (``bool`` is not an ``int`` here)."""
    if value is None and optional:
        return None
    if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
        raise SavedFileError(WRONG_TYPE)
    if not isinstance(value, kind):
        raise SavedFileError(WRONG_TYPE)
    return value


def _report(raw: Any) -> Report:
    raw = _need(raw, dict)
    text = _need(raw.get("text"), str)
    if fingerprint(text) != raw.get("fingerprint"):
        raise SavedFileError("a report's text does not match its fingerprint (the file was altered)")
    return analyze_normalized(
        text,
        _need(raw.get("path"), str),
        _need(raw.get("format", "text"), str),
        _need(raw.get("encoding"), str, optional=True),
        _need(raw.get("original", text), str),
        _need(raw.get("title"), str, optional=True),
    )


def _note(raw: Any, reports: tuple[Report, ...]) -> tuple[int, Note]:
    raw = _need(raw, dict)
    index = _index(raw.get("report"), reports)
    report = reports[index]
    start, end = _need(raw.get("start"), int), _need(raw.get("end"), int)
    quote = _need(raw.get("quote"), str)
    if not 0 <= start <= end <= len(report.text) or report.text[start:end] != quote:
        raise SavedFileError(OUTSIDE)
    tags = tuple(_need(t, str) for t in _need(raw.get("tags", []), list))
    anchor = Anchor(
        report.fingerprint,
        start,
        end,
        quote,
        _need(raw.get("prefix", ""), str),
        _need(raw.get("suffix", ""), str),
        _need(raw.get("kind", ""), str),
        _need(raw.get("heading", ""), str),
    )
    note = Note(
        0,
        anchor,
        _need(raw.get("body"), str),
        tags,
        report.path,
        report.title or "",
        _need(raw.get("created", ""), str),
        _need(raw.get("modified", ""), str),
    )
    return index, note


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1e6:
        raise SavedFileError(WRONG_TYPE)
    return float(value)


def _criterion(raw: Any) -> Criterion:
    raw = _need(raw, dict)
    return Criterion(_need(raw.get("key"), str), _need(raw.get("name"), str), _number(raw.get("points")))


def _score(raw: Any, reports: tuple[Report, ...]) -> tuple[int, Score]:
    raw = _need(raw, dict)
    index = _index(raw.get("report"), reports)
    value = raw.get("value")
    return index, Score(
        _need(raw.get("criterion"), str),
        None if value is None else _number(value),
        _need(raw.get("comment", ""), str),
        _need(raw.get("modified", ""), str),
    )


def _index(raw: Any, reports: tuple[Report, ...]) -> int:
    index = _need(raw, int)
    if not 0 <= index < len(reports):
        raise SavedFileError("the file is incomplete")
    return int(index)


def _pairing(raw: Any, reports: tuple[Report, ...]) -> tuple[int, int, bool]:
    raw = _need(raw, dict)
    return _index(raw.get("last"), reports), _index(raw.get("this"), reports), _need(raw.get("paired"), bool)


def _verdict(raw: Any, reports: tuple[Report, ...]) -> tuple[int, int, Override]:
    raw = _need(raw, dict)
    last, this = _index(raw.get("last"), reports), _index(raw.get("this"), reports)
    text = reports[last].text
    start, end = _need(raw.get("start"), int), _need(raw.get("end"), int)
    quote = _need(raw.get("quote"), str)
    if not 0 <= start <= end <= len(text) or text[start:end] != quote:
        raise SavedFileError(OUTSIDE)
    if raw.get("verdict") not in VERDICTS:
        raise SavedFileError(WRONG_TYPE)
    anchor = Anchor(reports[last].fingerprint, start, end, quote, _need(raw.get("prefix", ""), str),
                    _need(raw.get("suffix", ""), str))  # fmt: skip
    override = Override(anchor, Verdict(raw["verdict"]), _need(raw.get("comment", ""), str),
                        _need(raw.get("modified", ""), str))  # fmt: skip
    return last, this, override


def load(path: str | Path) -> SavedComparison:
    """Read and check a saved comparison; any fault raises :class:`SavedFileError` with a
    plain reason, and nothing of a faulty file is used."""
    try:
        if Path(path).stat().st_size > MAX_SAVED_BYTES:
            raise SavedFileError(TOO_LARGE)
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SavedFileError("cannot read the file") from exc
    except json.JSONDecodeError as exc:
        raise SavedFileError("the file is damaged (not valid JSON)") from exc
    except RecursionError as exc:
        raise SavedFileError(TOO_DEEP) from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise SavedFileError("not a reportview comparison file")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SavedFileError(WRONG_TYPE)
    if version > VERSION:
        raise SavedFileError("made by a newer version of reportview")
    raw_reports = _need(raw.get("reports"), list)
    raw_notes = _need(raw.get("notes", []), list)
    raw_criteria = _need(raw.get("criteria", []), list)
    raw_scores = _need(raw.get("scores", []), list)
    raw_pairing = _need(raw.get("pairing", []), list)
    raw_verdicts = _need(raw.get("verdicts", []), list)
    if not raw_reports:
        raise SavedFileError("the file is incomplete")
    if (
        len(raw_reports) > MAX_SAVED_REPORTS
        or len(raw_notes) > MAX_SAVED_NOTES
        or len(raw_scores) > MAX_SAVED_NOTES
        or len(raw_criteria) > MAX_SAVED_NOTES
        or len(raw_pairing) > MAX_SAVED_NOTES
        or len(raw_verdicts) > MAX_SAVED_NOTES
    ):
        raise SavedFileError(TOO_LARGE)
    try:
        reports = tuple(_report(r) for r in raw_reports)
        notes = tuple(_note(n, reports) for n in raw_notes)
        criteria = tuple(_criterion(c) for c in raw_criteria)
        scores = tuple(_score(s, reports) for s in raw_scores)
        pairing = tuple(_pairing(p, reports) for p in raw_pairing)
        verdicts = tuple(_verdict(v, reports) for v in raw_verdicts)
    except RecursionError as exc:
        raise SavedFileError(TOO_DEEP) from exc
    return SavedComparison(reports, notes, criteria, scores, pairing, verdicts)
