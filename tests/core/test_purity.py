"""The core never imports Qt: it must run in scripts, servers and tests without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import reportview.core


def test_core_modules_do_not_load_qt() -> None:
    names = [f"reportview.core.{m.name}" for m in pkgutil.iter_modules(reportview.core.__path__)]
    assert len(names) > 10
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "from reportview.core.analysis import analyze_text\n"
        "from reportview.core.compare import compare\n"
        "compare([analyze_text('一、存在问题\\n一是力量不足；二是宣传不够。')] * 2)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'reportview.ui')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
