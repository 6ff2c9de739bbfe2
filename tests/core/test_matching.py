"""Shared, similar and unique items; word-level differences between a matched pair."""

from __future__ import annotations

from reportview.core.analysis import analyze_text
from reportview.core.compare import compare
from reportview.core.diffing import Op, word_diff
from reportview.core.likeness import verbatim_share
from reportview.core.model import Kind, Status

A = """甲镇2023年法治政府建设年度报告
一、主要举措和成效
（一）加强组织领导。全年召开专题会议4次。
二、存在的问题
一是法治专业人才缺乏，合法性审查力量薄弱；二是普法宣传形式单一，群众参与的积极性不高；三是镇村两级调解员年龄偏大，调解技能培训不足。
三、下一步工作打算
（一）为每个村（社区）配备法律顾问，每月到村服务不少于4次。
（二）牢固树立法治意识，自觉运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定。
（三）在集镇建设法治文化广场1处。
"""
B = """乙乡2023年法治政府建设情况报告
一、主要举措和成效
加强组织领导。
二、存在的不足
一是普法宣传形式单一，群众参与的积极性不高；二是执法车辆和装备老化，难以满足执法需要。
三、下一步工作打算
（一）牢固树立法治意识，自觉运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定。
（二）推动村级法律顾问全覆盖，确保法律顾问每个月到村里服务4次以上。
（三）开设普法微信专栏，每月推送2期。
"""
C = """丙镇2023年法治政府建设年度报告
一、主要举措和成效
加强组织领导。
"""


def _statuses(kind: Kind, cell: int, *texts: str) -> list[Status]:
    comparison = compare([analyze_text(t) for t in texts])
    row = comparison.row(kind)
    assert row is not None
    return [r.status for r in row.cells[cell].items]


def test_copied_boilerplate_is_shared() -> None:
    assert _statuses(Kind.PLANS, 0, A, B)[1] is Status.SHARED
    assert _statuses(Kind.PLANS, 1, A, B)[0] is Status.SHARED
    assert _statuses(Kind.PROBLEMS, 1, A, B)[0] is Status.SHARED


def test_reworded_commitment_is_similar() -> None:
    assert _statuses(Kind.PLANS, 0, A, B)[0] is Status.SIMILAR
    assert _statuses(Kind.PLANS, 1, A, B)[1] is Status.SIMILAR


def test_own_commitments_and_problems_are_unique() -> None:
    assert _statuses(Kind.PLANS, 0, A, B)[2] is Status.UNIQUE
    assert _statuses(Kind.PROBLEMS, 0, A, B)[2] is Status.UNIQUE
    assert _statuses(Kind.PROBLEMS, 1, A, B)[1] is Status.UNIQUE


def test_matches_point_at_the_counterpart() -> None:
    comparison = compare([analyze_text(A), analyze_text(B)])
    row = comparison.row(Kind.PLANS)
    assert row is not None
    best = row.cells[0].items[1].matches[0]
    assert (best.report, best.item) == (1, 0)
    assert best.verbatim > 0.9
    assert row.cells[0].items[2].matches == ()


def test_missing_kind_is_an_explicit_gap() -> None:
    comparison = compare([analyze_text(A), analyze_text(C), analyze_text(B)])
    row = comparison.row(Kind.PROBLEMS)
    assert row is not None
    assert [c.missing for c in row.cells] == [False, True, False]
    assert [c.report for c in row.cells] == [0, 1, 2]
    assert comparison.row(Kind.DUTIES) is None


def test_many_reports_compare() -> None:
    texts = [A.replace("甲镇", f"第{i}镇") for i in range(12)] + [B]
    comparison = compare([analyze_text(t) for t in texts])
    row = comparison.row(Kind.PLANS)
    assert row is not None and len(row.cells) == 13
    assert all(r.status is Status.SHARED for cell in row.cells[:12] for r in cell.items)


def test_verbatim_share_ignores_punctuation_and_changed_figures() -> None:
    assert (
        verbatim_share("普法宣传形式单一，群众参与的积极性不高", "普法宣传形式单一群众参与的积极性不高。")
        == 1.0
    )
    share = verbatim_share(
        "全镇持证执法人员17人，全年办理行政处罚案件21件", "全镇持证执法人员19人，全年办理行政处罚案件29件"
    )
    assert 0.8 < share < 1.0


def test_word_diff_snaps_to_words_and_rebuilds_both_texts() -> None:
    a = "为每个村配备法律顾问，每月到村服务不少于4次。"
    b = "为每个村聘请法律顾问，每月到村服务不少于2次，群众满意。"
    pieces = word_diff(a, b)
    assert "".join(p.text for p in pieces if p.op is not Op.INSERT) == a
    assert "".join(p.text for p in pieces if p.op is not Op.DELETE) == b
    changed = [p.text for p in pieces if p.op is not Op.EQUAL]
    assert "配备" in changed and "聘请" in changed
    for p in pieces:
        if p.op is Op.DELETE:
            assert a[p.a_start : p.a_start + len(p.text)] == p.text
        if p.op is Op.INSERT:
            assert b[p.b_start : p.b_start + len(p.text)] == p.text


def _links(comparison, first: int, second: int) -> set[tuple[str, int, int, str]]:
    """The links between two reports in a comparison: (kind, item, counterpart, status)."""
    found = set()
    for row in comparison.rows:
        for index, result in enumerate(row.cells[first].items):
            for m in result.matches:
                if m.report == second:
                    found.add((row.kind.value, index, m.item, m.status.value))
    return found


def test_links_hold_both_ways_and_carry_their_evidence() -> None:
    comparison = compare([analyze_text(A), analyze_text(B)])
    there = _links(comparison, 0, 1)
    back = {(k, j, i, s) for k, i, j, s in _links(comparison, 1, 0)}
    assert there and there == back
    row = comparison.row(Kind.PLANS)
    assert row is not None
    copied = row.cells[0].items[1].matches[0]
    report = comparison.reports[0]
    assert copied.status is Status.SHARED and copied.clause is not None and copied.other_clause is not None
    assert "牢固树立法治意识" in report.text[copied.clause[0] : copied.clause[1]]
    reworded = row.cells[0].items[0].matches[0]
    assert reworded.status is Status.SIMILAR and "法律顾问" in reworded.terms


def test_opening_another_report_never_changes_the_links_between_two_others(samples) -> None:
    from reportview.core.analysis import analyze_file

    a = analyze_file(samples / "青石镇2023年法治政府建设年度报告.txt")
    b = analyze_file(samples / "柳溪乡2023年法治政府建设情况报告.txt")
    pair = _links(compare([a, b]), 0, 1)
    assert pair
    for extra in sorted(samples.iterdir()):
        if extra.name.startswith(("青石镇2023", "柳溪乡")):
            continue
        c = analyze_file(extra)
        assert _links(compare([a, c, b]), 0, 2) == pair, extra.name
        assert _links(compare([c, a, b]), 1, 2) == pair, extra.name


def test_a_copied_clause_inside_a_longer_item_is_shared_both_ways() -> None:
    left = A.replace(
        "（二）牢固树立法治意识，自觉运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定。",
        "（二）提升干部法治素养。组织机关干部集中学法6次，开展旁听庭审1次，年底前完成全员法律知识测试。"
        "牢固树立法治意识，自觉运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定。",
    )
    comparison = compare([analyze_text(left), analyze_text(B)])
    row = comparison.row(Kind.PLANS)
    assert row is not None
    assert row.cells[0].items[1].status is Status.SHARED and row.cells[1].items[0].status is Status.SHARED


def test_statements_about_different_subjects_are_not_the_same_problem() -> None:
    public = "一、存在的问题\n一是群众法治意识有待提升，遇事习惯找关系而不是依法维权。\n二、下一步工作打算\n（一）加强普法。\n"
    staff = "一、存在的问题\n一是部分干部法治意识不强，依法办事能力有待提高。\n二、下一步工作打算\n（一）加强培训。\n"
    comparison = compare([analyze_text(public), analyze_text(staff)])
    row = comparison.row(Kind.PROBLEMS)
    assert row is not None and row.cells[0].items[0].status is Status.UNIQUE


def test_an_item_of_thousands_of_sentences_is_compared_in_a_bounded_number_of_points() -> None:
    from itertools import pairwise

    from reportview.core.points import MAX_POINTS, points

    huge = "执法人员培训不足，业务水平有待提高。" * 5000
    spans = points(huge)
    assert len(spans) <= MAX_POINTS
    assert spans[0][0] == 0 and spans[-1][1] == len(huge)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
