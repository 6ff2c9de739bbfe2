"""Refresh the translation catalogue from the sources and compile it.

    python scripts/update_translations.py

Runs ``pyside6-lupdate`` over ``src/reportview`` (new strings are added to the ``.ts``,
existing translations kept), then writes the finished translations as the ``.json`` table
the window and the command line read.
Translate new entries in ``resources/i18n/reportview_zh_CN.ts`` (Qt Linguist or any
editor) and run this again.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "reportview_zh_CN.ts"


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "src" / "reportview").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(TS)], check=True)
    TS.with_suffix(".json").write_text(
        json.dumps(table(TS), ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    messages = list(ET.parse(TS).getroot().iter("message"))
    finished = sum(len(v) for v in table(TS).values())
    print(f"{finished} of {len(messages)} strings translated")
    return 0


def table(ts: Path) -> dict[str, dict[str, str]]:
    """context → source → translation, for every finished translation in ``ts``."""
    found: dict[str, dict[str, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not translation.text:
                continue
            found.setdefault(name, {})[message.findtext("source") or ""] = translation.text
    return found


if __name__ == "__main__":
    sys.exit(main())
