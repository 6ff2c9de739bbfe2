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
