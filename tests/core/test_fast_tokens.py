"""The optional fast segmenter (rjieba, the ``fast`` extra) gives exactly jieba's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportview.core import tokens
from reportview.core.analysis import analyze_file

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def _texts() -> list[str]:
    files = sorted((ROOT / "sample_reports").iterdir()) + sorted(
        (ROOT / "benchmarks/data/follow_pairs").iterdir()
    )
    for folder in ("corpus", "wild"):
        if (SHARED / folder).is_dir():
            files += sorted(p for p in (SHARED / folder).iterdir() if p.suffix in (".txt", ".docx", ".html"))
    return [analyze_file(p).text for p in files]


def test_rjieba_given_jiebas_dictionary_cuts_every_report_alike() -> None:
    pytest.importorskip("rjieba")
    import jieba

    tokens.warm_up()
    cut = tokens._fast()
    assert cut is not None
    texts = _texts()
    assert len(texts) >= 20
    for text in texts:
        assert list(cut(text, False)) == jieba.lcut(text, HMM=False)
    # and so do the words matching is built on, once the fast path has taken over
    before = tokens._segmented[0]
    tokens._segmented[0] = tokens.FAST_AFTER + 1
    try:
        fast = [tokens.search_words(t) for t in texts[:5]]
    finally:
        tokens._segmented[0] = before
    assert fast == [tokens.search_words(t) for t in texts[:5]]


def test_a_job_said_to_be_large_is_segmented_fast_from_its_first_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def spy(text: str, hmm: bool) -> list[str]:
        calls.append(text)
        return [text]

    tokens.warm_up()
    monkeypatch.setattr(tokens, "_fast_cut", [spy])
    monkeypatch.setattr(tokens, "_segmented", [0])
    monkeypatch.setattr(tokens, "_fast_now", [False])
    for _ in range(3):  # small jobs, however many: jieba, as before (a job is not counted twice)
        tokens.expect(tokens.FAST_AFTER // 4)
        tokens.segment("法" * (tokens.FAST_AFTER // 4))
    assert tokens.segment("法治政府建设") == ["法治", "政府", "建设"] and calls == []
    tokens.expect(tokens.FAST_AFTER // 2)  # past the threshold with what was done: fast from its start
    assert tokens.segment("法治政府建设") == ["法治政府建设"] and calls == ["法治政府建设"]
