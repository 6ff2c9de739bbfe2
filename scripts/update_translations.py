"""Refresh the translation catalogue from the sources and compile it.

    python scripts/update_translations.py

Runs ``pyside6-lupdate`` over ``src/reportview`` (new strings are added to the ``.ts``,
existing translations kept), then ``pyside6-lrelease`` to build the ``.qm`` the app loads.
Translate new entries in ``resources/i18n/reportview_zh_CN.ts`` (Qt Linguist or any
editor) and run this again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "reportview_zh_CN.ts"


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "src" / "reportview").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(TS)], check=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
