"""Shared fixtures: the real corpus (skipped when absent) and builders for test files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REPORTVIEW_LANG", "zh_CN")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_reports"
CORPUS = ROOT.parent / "shared" / "corpus"
WILD = ROOT.parent / "shared" / "wild"
WILD_LABELS = ROOT / "tests" / "data" / "wild_labels.json"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test's data, cache and settings out of the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("REPORTVIEW_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def corpus() -> list[dict]:
    labels = CORPUS / "labels.json"
    if not labels.exists():
        pytest.skip("../shared/corpus is not present")
    return json.loads(labels.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def wild() -> list[dict]:
    if not WILD.exists():
        pytest.skip("../shared/wild is not present")
    return json.loads(WILD_LABELS.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES
