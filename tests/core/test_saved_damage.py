"""Damaged saved comparisons: every kind of damage is one plain reason, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from reportview.core import saved
from reportview.core.analysis import analyze_text
from reportview.core.limits import MAX_SAVED_BYTES
from reportview.core.notes import Anchor, Note
from reportview.core.store import NoteStore
from tests.builders import REPORT

Damage = Callable[[dict], object]


def _valid() -> dict:
    report = analyze_text(REPORT, path="/r/青石镇.txt")
    start = report.text.index("法治专业力量不足")
    note = Note(
        0, Anchor.of(report.text, report.fingerprint, start, start + 8, "problems"), "需核实", ("需核实",)
    )
    return saved.to_dict(saved.SavedComparison((report,), ((0, note),)))


def _set(path: str, value: object) -> Damage:
    def damage(data: dict) -> dict:
        target = data
        keys = path.split(".")
        for key in keys[:-1]:
            target = target[int(key)] if key.isdigit() else target[key]
        last = keys[-1]
        if value is _DELETE:
            del target[last]
        elif last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value
        return data

    return damage


_DELETE = object()

JSON_DAMAGE: dict[str, Damage] = {
    "array at the top": lambda d: [d],
    "wrong format": _set("format", "something-else"),
    "no version": _set("version", _DELETE),
    "version as text": _set("version", "1"),
    "newer version": _set("version", 99),
    "negative version": _set("version", -1),
    "version true": _set("version", True),
    "no reports": _set("reports", _DELETE),
    "reports not a list": _set("reports", {"a": 1}),
    "no report at all": _set("reports", []),
    "text a number": _set("reports.0.text", 12345),
    "text altered": lambda d: _set("reports.0.text", d["reports"][0]["text"] + "多出的字")(d),
    "path null": _set("reports.0.path", None),
    "notes not a list": _set("notes", "none"),
    "note on a report that does not exist": _set("notes.0.report", 5),
    "negative report index": _set("notes.0.report", -1),
    "report index as text": _set("notes.0.report", "0"),
    "negative start": _set("notes.0.start", -3),
    "reversed offsets": lambda d: _set("notes.0.start", d["notes"][0]["end"] + 1)(d),
    "end beyond the text": _set("notes.0.end", 10**9),
    "quote not in the text there": _set("notes.0.quote", "别的文字"),
    "tag a number": _set("notes.0.tags", ["需核实", 7]),
    "body a list": _set("notes.0.body", ["批注"]),
    "a note that is a string": _set("notes.0", "note"),
}
BYTE_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda b: b[: len(b) // 2],
    "empty": lambda b: b"",
    "binary": lambda b: bytes(range(256)) * 8,
    "invalid UTF-8": lambda b: b[:40] + b"\xff\xfe\xfa" + b[40:],
    "nested two hundred thousand deep": lambda b: (
        b'{"format": "reportview-comparison", "version": 1, "reports": '
        + b"[" * 200_000
        + b"]" * 200_000
        + b"}"
    ),
}


@pytest.mark.parametrize("name", sorted(JSON_DAMAGE))
def test_damaged_content_is_refused_with_a_reason(tmp_path: Path, name: str) -> None:
    path = tmp_path / "c.rvcmp"
    path.write_text(json.dumps(JSON_DAMAGE[name](_valid()), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(saved.SavedFileError) as caught:
        saved.load(path)
    assert str(caught.value) and "Traceback" not in str(caught.value)


@pytest.mark.parametrize("name", sorted(BYTE_DAMAGE))
def test_damaged_bytes_are_refused_with_a_reason(tmp_path: Path, name: str) -> None:
    path = tmp_path / "c.rvcmp"
    path.write_bytes(BYTE_DAMAGE[name](json.dumps(_valid(), ensure_ascii=False).encode("utf-8")))
    with pytest.raises(saved.SavedFileError):
        saved.load(path)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.rvcmp"
    with path.open("wb") as handle:
        handle.truncate(MAX_SAVED_BYTES + 1)  # sparse: no 32 MB written
    with pytest.raises(saved.SavedFileError, match="too large"):
        saved.load(path)


def test_the_valid_file_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "c.rvcmp"
    path.write_text(json.dumps(_valid(), ensure_ascii=False), encoding="utf-8")
    loaded = saved.load(path)
    assert len(loaded.reports) == 1 and loaded.notes[0][1].body == "需核实"


def test_export_of_a_damaged_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "c.rvcmp"
    path.write_text(json.dumps(JSON_DAMAGE["reversed offsets"](_valid())), encoding="utf-8")
    env = {**os.environ, "REPORTVIEW_LANG": "zh_CN", "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run(
        [sys.executable, "-m", "reportview", "export", str(path), "--html", str(tmp_path / "o.html")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert run.returncode == 1
    assert run.stderr.strip() == f"{path}: 有批注指向报告正文以外的位置"
    assert not (tmp_path / "o.html").exists()


def test_analyze_given_a_saved_comparison_says_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "c.rvcmp"
    path.write_text(json.dumps(_valid(), ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "REPORTVIEW_LANG": "zh_CN", "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run(
        [sys.executable, "-m", "reportview", "analyze", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert run.returncode == 1 and "这是保存的比对文件，不是报告" in run.stderr


def test_nothing_of_a_damaged_file_reaches_the_store(tmp_path: Path) -> None:
    data = _valid()
    data["notes"].append(dict(data["notes"][0], start=-1))  # the second note is damaged
    path = tmp_path / "c.rvcmp"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    store = NoteStore(tmp_path / "n.db")
    with pytest.raises(saved.SavedFileError):
        saved.load(path)
    assert store.all_notes() == []
