"""The five real reports in ../shared/corpus: kinds and item counts match their labels."""

from __future__ import annotations

import pytest

from reportview.core.analysis import analyze_file
from reportview.core.model import Kind, Status
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


def _corpus_comparison():
    from reportview.core.compare import compare

    names = sorted(p.name for p in CORPUS.glob("*.txt"))
    return compare([analyze_file(CORPUS / n) for n in names])


def _linked(comparison, kind: Kind, a: tuple[int, str], b: tuple[int, str]) -> bool:
    row = comparison.row(kind)
    assert row is not None
    (ra, ta), (rb, tb) = a, b
    ia = next(i for i, r in enumerate(row.cells[ra].items) if ta in r.item.text)
    ib = next(i for i, r in enumerate(row.cells[rb].items) if tb in r.item.text)
    forth = any((m.report, m.item) == (rb, ib) for m in row.cells[ra].items[ia].matches)
    back = any((m.report, m.item) == (ra, ia) for m in row.cells[rb].items[ib].matches)
    assert forth == back  # links hold both ways
    return forth


def test_corpus_counterparts_a_domain_reader_would_link_are_linked(corpus: list[dict]) -> None:
    comparison = _corpus_comparison()
    assert _linked(comparison, Kind.PROBLEMS, (0, "治理工作力量薄弱"), (2, "基层治理中法治专业力量"))
    assert _linked(
        comparison, Kind.PROBLEMS, (2, "运用法治思维和法治方式的能力"), (3, "依法行政能力有待进一步提高")
    )
    assert _linked(comparison, Kind.PLANS, (0, "健全和完善矛盾纠纷排查"), (1, "矛盾纠纷排查调处力度"))
    assert _linked(comparison, Kind.PLANS, (1, "认真制定行政执法责任制"), (2, "规范行政执法活动"))


def test_corpus_innovation_problem_is_not_linked_on_generic_words(corpus: list[dict]) -> None:
    comparison = _corpus_comparison()
    row = comparison.row(Kind.PROBLEMS)
    assert row is not None
    innovation = next(r for r in row.cells[3].items if "法治政府建设工作创新有待加强" in r.item.text)
    for m in innovation.matches:  # only the judged counterpart (000's 创新还不够) may be linked
        assert "创新" in row.cells[m.report].items[m.item].item.text


def test_corpus_copied_plan_is_shared_both_ways(corpus: list[dict]) -> None:
    comparison = _corpus_comparison()
    row = comparison.row(Kind.PLANS)
    assert row is not None
    copy = next(r for r in row.cells[2].items if "牢固树立法律权威至上" in r.item.text)
    source = next(r for r in row.cells[0].items if "牢固树立法律权威至上" in r.item.text)
    assert copy.status is Status.SHARED and source.status is Status.SHARED
