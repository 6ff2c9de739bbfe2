"""Hostile files: refused in one plain line, or read sanely, within a memory cap and a timeout."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile import CASES, REPORT_LINES, read_capped


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_a_hostile_file_is_refused_or_read_sanely(tmp_path: Path, name: str) -> None:
    _, build, command = next(c for c in CASES if c[0] == name)
    path = build(tmp_path)
    args = [command, str(path)] + (["--csv", str(tmp_path / "out.csv")] if command == "export" else [])
    reading = read_capped(*args)
    assert "Traceback" not in reading.stderr and "Error" not in reading.stderr.split(":", 1)[0]
    assert reading.peak_mb < 800, reading.peak_mb  # a few hundred MB at most, far under the cap
    if reading.code == 0:  # read: the report's text is there, not an emptied page
        assert REPORT_LINES[4][:8] in reading.stdout or "法治专业力量不足" in reading.stdout
    else:
        assert reading.code == 1
        lines = reading.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"{path}: ")
