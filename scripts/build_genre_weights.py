"""Build ``resources/genre_df.json``: in how many sentences of real reports each word occurs.

    python scripts/build_genre_weights.py FOLDER [FOLDER ...]

Reads every report in the folders (any format reportview reads), splits each into sentences,
and counts, for every matching token (see ``core/genre.py``), the sentences holding it.
Only counts are written, never text; tokens seen in fewer than two sentences are left out
(an unseen token weighs as the rarest). Rebuild after changing ``resources/genre_terms.txt``.

The table also lists which of its tokens jieba's own dictionary tags as verbs (加快, 充实,
配备, 培训): an action shared by two statements says nothing of their object. ``--verbs``
re-tags the existing table without counting again.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reportview.core.analysis import analyze_file  # noqa: E402
from reportview.core.errors import ReportError  # noqa: E402
from reportview.core.files import expand_paths  # noqa: E402
from reportview.core.genre import concept_tokens  # noqa: E402

OUT = ROOT / "resources" / "genre_df.json"


def verbs(tokens: list[str]) -> list[str]:
    """The tokens jieba's dictionary (shipped with jieba) tags as verbs, verbal nouns included."""
    import jieba

    tags = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as lines:
        for line in lines:
            word, _, tag = line.split()
            tags[word] = tag
    return sorted(t for t in tokens if tags.get(t, "").startswith("v"))


def retag() -> int:
    data = json.loads(OUT.read_text(encoding="utf-8"))
    data["verbs"] = verbs(list(data["df"]))
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(data['verbs'])} verbs of {len(data['df'])} tokens → {OUT}")
    return 0


def main(folders: list[str]) -> int:
    if folders == ["--verbs"]:
        return retag()
    df: Counter[str] = Counter()
    sentences = reports = 0
    for path in (p for p in expand_paths(folders) if p.suffix.lower() != ".md"):  # notes, not reports
        try:
            text = analyze_file(path).text
        except ReportError as exc:
            print(exc, file=sys.stderr)
            continue
        reports += 1
        for sentence in re.split(r"[。；！？\n]", text):
            if len(sentence) >= 6:
                sentences += 1
                df.update(set(concept_tokens(sentence)))
    kept = {token: n for token, n in sorted(df.items()) if n >= 2}
    data = {
        "about": "Sentences of real 法治政府建设年度报告 holding each matching token; counts only.",
        "reports": reports,
        "sentences": sentences,
        "df": kept,
        "verbs": verbs(list(kept)),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{reports} reports, {sentences} sentences, {len(kept)} tokens → {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
