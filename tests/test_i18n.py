"""Chinese first: every message the program can show has a Simplified Chinese translation."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reportview.core import errors
from reportview.core.model import Kind
from reportview.i18n import CORE_STRINGS, choose_language, kind_label, translate

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "reportview_zh_CN.ts"


def test_every_catalogue_entry_is_translated() -> None:
    tree = ET.parse(TS)
    untranslated = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert untranslated == []


def test_every_error_reason_reads_in_chinese() -> None:
    templates = {
        cls.template
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.ReportError)
    }
    for text in templates | set(CORE_STRINGS):
        assert translate("core", text, "zh_CN") != text, text


def test_language_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REPORTVIEW_LANG", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    assert choose_language() == "zh_CN"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert choose_language() == "en"
    assert choose_language("zh_CN") == "zh_CN"  # the reviewer's own choice beats the system's
    monkeypatch.setenv("REPORTVIEW_LANG", "zh_CN")
    assert choose_language("en") == "zh_CN"
    assert kind_label(Kind.PROBLEMS, "zh_CN") == "存在问题"
    assert kind_label(Kind.PROBLEMS, "en") == "Problems"


def test_the_command_lines_table_says_what_the_catalogue_says() -> None:
    """The .json the command line reads is the .ts compiled, not a stale copy."""
    import importlib.util
    import json

    script = TS.parents[2] / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = json.loads(TS.with_suffix(".json").read_text(encoding="utf-8"))
    assert shipped == module.table(TS)
    assert shipped["core"]["the file is empty"] == translate("core", "the file is empty", "zh_CN")


def test_the_command_line_never_loads_qt() -> None:
    import subprocess
    import sys

    probe = (
        "import sys; from reportview.cli import main; "
        "main(['analyze', sys.argv[1]]); print('QT' if 'PySide6' in sys.modules else 'NO QT', file=sys.stderr)"
    )
    sample = TS.parents[2] / "sample_reports" / "青石镇2023年法治政府建设年度报告.txt"
    done = subprocess.run(
        [sys.executable, "-c", probe, str(sample)], capture_output=True, text=True, timeout=120
    )
    assert done.stderr.strip().endswith("NO QT"), done.stderr[-500:]
    assert "存在问题" in done.stdout
