"""Saved comparisons: one JSON file with the reports' texts, their order, and the notes.

Format ``reportview-comparison``, version 1 (``.rvcmp``; UTF-8 JSON)::

    {"format": "reportview-comparison", "version": 1, "saved": "2026-11-23T10:00:00+08:00",
     "reports": [{"path", "fingerprint", "format", "encoding", "title", "text", "original"}],
     "notes": [{"report": 0, "start", "end", "quote", "prefix", "suffix", "kind", "heading",
                "body", "tags": [...], "created", "modified"}]}

``reports`` is in column order. ``text`` is the normalised text every offset points into,
so the file opens even when the original files have moved; ``fingerprint`` lets a reader
check it. Writing is atomic: a temporary file beside the target, then a rename.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .analysis import analyze_normalized, fingerprint
from .model import Report
from .notes import Anchor, Note
from .store import now

FORMAT = "reportview-comparison"
VERSION = 1
SUFFIX = ".rvcmp"


class SavedFileError(ValueError):
    """The file is not a comparison this version can open; the message says why."""


@dataclass(frozen=True)
class SavedComparison:
    reports: tuple[Report, ...]
    notes: tuple[tuple[int, Note], ...]  # (report index, note)


def to_dict(reports: Sequence[Report], notes: Sequence[tuple[int, Note]]) -> dict[str, Any]:
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
    }


def save(path: str | Path, reports: Sequence[Report], notes: Sequence[tuple[int, Note]]) -> None:
    """Write the comparison atomically: readers see the old file or the new one, never half."""
    target = Path(path)
    data = json.dumps(to_dict(reports, notes), ensure_ascii=False, indent=1)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _report(raw: dict[str, Any]) -> Report:
    text = raw["text"]
    if fingerprint(text) != raw.get("fingerprint"):
        raise SavedFileError("a report's text does not match its fingerprint (the file was altered)")
    return analyze_normalized(
        text,
        raw["path"],
        raw.get("format", "text"),
        raw.get("encoding"),
        raw.get("original", text),
        raw.get("title"),
    )


def load(path: str | Path) -> SavedComparison:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SavedFileError("cannot read the file") from exc
    except json.JSONDecodeError as exc:
        raise SavedFileError("the file is damaged (not valid JSON)") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise SavedFileError("not a reportview comparison file")
    if not isinstance(raw.get("version"), int) or raw["version"] > VERSION:
        raise SavedFileError("made by a newer version of reportview")
    try:
        reports = tuple(_report(r) for r in raw["reports"])
        notes = []
        for n in raw.get("notes", []):
            report = reports[n["report"]]
            anchor = Anchor(
                report.fingerprint,
                n["start"],
                n["end"],
                n["quote"],
                n.get("prefix", ""),
                n.get("suffix", ""),
                n.get("kind", ""),
                n.get("heading", ""),
            )
            notes.append(
                (
                    n["report"],
                    Note(
                        0,
                        anchor,
                        n["body"],
                        tuple(n.get("tags", [])),
                        report.path,
                        report.title or "",
                        n.get("created", ""),
                        n.get("modified", ""),
                    ),
                )
            )
    except (KeyError, IndexError, TypeError) as exc:
        raise SavedFileError("the file is incomplete") from exc
    return SavedComparison(reports, tuple(notes))
