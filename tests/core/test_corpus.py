"""The five real reports in ../shared/corpus: kinds and item counts match their labels."""

from __future__ import annotations

import pytest

from reportview.core.analysis import analyze_file
from reportview.core.model import Kind
from tests.conftest import CORPUS


def _key(heading: str) -> str:
    """Headings compared without punctuation: labels keep the source's half-width commas."""
    return "".join(ch for ch in heading if ch.isalnum())


def _count_ok(found: int, expected: int | None, note: str) -> bool:
    if expected is None:
        return found == 0
    # labels.json calls some counts a judgement and gives a range in its note ("4 to 6").
    if "to" in note and "fair reading" in note:
        low, high = (int(x) for x in note.split(" is a fair reading")[0].split()[-3::2])
        return low <= found <= high
    return found == expected


def test_corpus_kinds_items_and_years(corpus: list[dict]) -> None:
    for label in corpus:
        report = analyze_file(CORPUS / label["file"])
        kinds = [(_key(s.heading), s.kind.value) for s in report.sections if s.kind is not Kind.PREAMBLE]
        assert kinds == [(_key(s["heading"]), s["kind"]) for s in label["sections"]], label["file"]
        problems = len(report.items_of(Kind.PROBLEMS))
        plans = len(report.items_of(Kind.PLANS))
        assert _count_ok(problems, label["problem_items"], label["note"]), (label["file"], problems)
        assert _count_ok(plans, label["plan_items"], label["note"]), (label["file"], plans)
        assert report.year == label["year"], label["file"]


def test_corpus_traditional_report_reads_as_simplified(corpus: list[dict]) -> None:
    report = analyze_file(CORPUS / "001_3f39857a4f322939.txt")
    assert "关刀镇" in report.text and "關" not in report.text and "(guān)" not in report.text
    assert report.body == "关刀镇"


def test_corpus_incomplete_report_is_flagged(corpus: list[dict]) -> None:
    report = analyze_file(CORPUS / "004_53274d73b52dab04.txt")
    assert Kind.PROBLEMS in report.missing_required and Kind.PLANS in report.missing_required


def test_corpus_web_chrome_is_gone(corpus: list[dict]) -> None:
    for name in ("000_3f3f6b05990f65f3.txt", "003_e2223f1750aff14a.txt", "004_53274d73b52dab04.txt"):
        text = analyze_file(CORPUS / name).text
        for clutter in ("浏览量", "扫一扫", "您当前的位置", "字体", "相关附件"):
            assert clutter not in text, (name, clutter)


@pytest.mark.parametrize("name", ["000_3f3f6b05990f65f3.txt", "002_4243a0907fae4251.txt"])
def test_corpus_shared_boilerplate_is_found(corpus: list[dict], name: str) -> None:
    from reportview.core.compare import compare

    a = analyze_file(CORPUS / "000_3f3f6b05990f65f3.txt")
    b = analyze_file(CORPUS / "002_4243a0907fae4251.txt")
    row = compare([a, b]).row(Kind.PLANS)
    assert row is not None
    idx = 0 if name.startswith("000") else 1
    matched = [r for r in row.cells[idx].items if r.matches]
    assert matched, "the 牢固树立法律权威至上… commitment should meet its counterpart"
    assert all("牢固树立法律权威至上" in r.item.text for r in matched)
