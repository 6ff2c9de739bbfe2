"""The county overview: rows per report, the county's boilerplate, the Excel workbook."""

from __future__ import annotations

import io
from pathlib import Path

from reportview.core.analysis import analyze_file, analyze_text
from reportview.core.boilerplate import copied_share, recurring
from reportview.core.compare import compare
from reportview.core.export_xlsx import overview_xlsx
from reportview.core.model import Kind
from reportview.core.overview import figures, overview

COPIED = "坚持把法治政府建设摆在全局工作的突出位置，纳入经济社会发展总体规划统筹推进。"
HALF = "全镇共开展法治宣传活动{n}场，发放宣传资料{m}份，覆盖群众{k}人次。"


_OWN = {
    "青石镇": (
        "一是法治专业人才缺乏，合法性审查力量薄弱。",
        "（一）为每个村配备法律顾问，每月到村服务不少于4次。",
    ),
    "柳溪乡": (
        "一是调解员年龄偏大，调解技能培训明显不足。",
        "（一）开设普法微信专栏，每月推送两期典型案例解读。",
    ),
    "桃源镇": (
        "一是执法车辆和装备老化，难以满足执法需要。",
        "（一）更新执法记录仪二十台，实现执法全过程记录。",
    ),
    "河口镇": (
        "一是渔业执法跨区域协作机制仍然不够顺畅。",
        "（一）与邻近三镇签订渔业执法协作协议并定期会商。",
    ),
    "石门乡": ("一是山区村落分散，法律服务难以覆盖到户。", "（一）组建流动法律服务小分队，每季度进村一次。"),
}


def _report(place: str, own: str, copies: list[str]) -> str:
    body = "".join(copies)
    problem, plan = _OWN[place]
    return (
        f"{place}2023年法治政府建设年度报告\n"
        f"一、主要举措和成效\n{own}{body}\n"
        f"二、存在的问题\n{problem}\n"
        f"三、下一步工作打算\n{plan}\n"
    )


def _county():
    """Five townships; the copies are known: COPIED in four, HALF (with other figures and
    the township's own name around it) in three, every other sentence their own."""
    specs = [
        (
            "青石镇",
            "青石镇建成法治文化广场一处，占地约一千二百平方米。",
            [COPIED, HALF.format(n=6, m=300, k=900)],
        ),
        (
            "柳溪乡",
            "柳溪乡在集市日设立法律咨询摊位，请律师坐诊答疑。",
            [COPIED, HALF.format(n=9, m=420, k=1300)],
        ),
        (
            "桃源镇",
            "桃源镇编排普法小品在各村巡演，观众反响热烈而持久。",
            [COPIED, HALF.format(n=4, m=150, k=600)],
        ),
        ("河口镇", "河口镇组织渔民学习渔业法规并发放了防水版的宣传卡片。", [COPIED]),
        ("石门乡", "石门乡利用广播每天早晚各播放一次法律知识和典型案例。", []),
    ]
    return [analyze_text(_report(p, own, copies), path=f"{p}.txt") for p, own, copies in specs]


def test_recurring_sentences_are_counted_by_the_reports_that_carry_them() -> None:
    reports = _county()
    found = recurring(reports)
    by_text = {entry.text: entry.reports for entry in found}
    assert by_text[COPIED] == (0, 1, 2, 3)
    half = [reports_ for text, reports_ in by_text.items() if text.startswith("全镇共开展法治宣传活动")]
    assert half == [(0, 1, 2)]  # changed figures do not hide the copy
    assert found[0].text == COPIED  # most widespread first
    assert not any("法治文化广场" in t or "咨询摊位" in t for t in by_text)
    # every occurrence points at the sentence in its own report
    for entry in found:
        for o in entry.occurrences:
            assert reports[o.report].text[o.start : o.end].strip().startswith(entry.text[:6])


def test_a_township_naming_itself_in_a_copied_sentence_still_copies_it() -> None:
    line = "{p}将持续深化法治政府建设，推动各项工作在法治轨道上运行。"
    places = ("青石镇", "柳溪乡", "桃源镇")
    reports = [analyze_text(_report(p, line.format(p=p), []), path=f"{p}.txt") for p in places]
    assert [e.reports for e in recurring(reports) if "法治轨道" in e.text] == [(0, 1, 2)]


def test_the_boilerplate_share_is_the_share_of_sentences_found_elsewhere() -> None:
    reports = _county()
    shares = copied_share(reports, recurring(reports))
    assert shares[4] == 0.0  # 石门乡 copies nothing
    assert shares[0] > shares[3] > 0  # 青石镇 carries two copied sentences, 河口镇 one
    assert all(0 <= s <= 1 for s in shares)


def test_overview_rows_count_parts_items_statuses_and_figures() -> None:
    reports = _county()
    rows = overview(compare(reports))
    assert [r.name for r in rows] == ["青石镇", "柳溪乡", "桃源镇", "河口镇", "石门乡"]
    first = rows[0]
    assert dict(first.parts)[Kind.PROBLEMS] == "✓" and dict(first.parts)[Kind.DUTIES] == "✗"
    assert first.problems == 1 and first.plans == 1
    assert sum(first.statuses.values()) == 2
    assert first.figures >= 4  # 6场, 300份, 900人次, 4次


def test_figures_are_numbers_with_units() -> None:
    assert figures("开展培训6次，覆盖1200人次，满意率达95%，投入30万元。") == 4
    assert figures("一是加强领导，二是完善制度。2023年以来") == 0


def test_the_workbook_opens_with_chinese_headers_a_frozen_row_and_a4_landscape(samples: Path) -> None:
    from openpyxl import load_workbook

    from reportview.i18n import translate

    reports = [analyze_file(p) for p in sorted(samples.glob("*.txt"))]
    comparison = compare(reports)
    found = recurring(comparison.reports)
    data = overview_xlsx(comparison.reports, overview(comparison, found=found), found, translate)
    book = load_workbook(io.BytesIO(data))
    sheet, second = book.worksheets
    assert sheet.title == "总览" and second.title == "套话"
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["序号", "单位", "年度"] and "存在问题" in header
    assert sheet.max_row == len(reports) + 1
    assert sheet.freeze_panes == "A2"
    assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.column_dimensions["B"].width > 8
    assert second.max_row == len(found) + 1


def test_suggested_scores_follow_what_the_analysis_measures() -> None:
    from reportview.core.scoring import DEFAULT_CRITERIA, Score, ranks, suggest, total

    reports = _county()
    rows = overview(compare(reports))
    by_key = {c.key: c for c in DEFAULT_CRITERIA}
    parts = [suggest(r, by_key["parts"]) for r in rows]
    assert parts[0] == 15.0  # three of four required parts (no duties part)
    specific = [suggest(r, by_key["specific"]) for r in rows]
    assert specific[4] > specific[0]  # 石门乡 copies nothing, 青石镇 copies much
    assert suggest(rows[0], by_key["answered"]) is None  # not measured: left to the reviewer
    scores = {"parts": Score("parts", 20.0), "figures": Score("figures", 7.5), "c9": Score("c9", None, "x")}
    assert total(scores, DEFAULT_CRITERIA) == 27.5
    assert total({}, DEFAULT_CRITERIA) is None
    assert ranks([27.5, None, 30.0, 27.5]) == [2, None, 1, 2]


def test_the_workbook_carries_the_scoring_sheet_with_suggestions_marked(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from reportview.core.score_book import ScoreBook
    from reportview.core.scoring import Score
    from reportview.core.store import NoteStore
    from reportview.i18n import translate

    reports = _county()
    comparison = compare(reports)
    found = recurring(comparison.reports)
    rows = overview(comparison, found=found)
    book = ScoreBook(NoteStore(tmp_path / "s.sqlite3"))
    book.set_reports(comparison.reports)
    book.set(0, Score("parts", 19.0, "较完整"))
    data = overview_xlsx(comparison.reports, rows, found, translate, book)
    sheet = load_workbook(io.BytesIO(data)).worksheets[2]
    header = [c.value for c in sheet[1]]
    assert sheet.title == "评分" and header[2] == "必需部分齐全" and header[-3:] == ["总分", "名次", "评语"]
    assert sheet.cell(2, 3).value == 19.0 and not sheet.cell(2, 3).font.i  # the reviewer's own
    assert sheet.cell(3, 3).value == 15.0 and sheet.cell(3, 3).font.i  # a suggestion, in italics
    assert sheet.cell(2, len(header) - 1).value == 1 and "较完整" in sheet.cell(2, len(header)).value


def test_counts_wait_for_the_matching_rather_than_show_zero(samples: Path) -> None:
    reports = [analyze_file(p) for p in sorted(samples.iterdir())[:3]]
    waiting = overview(compare(reports, match=False))
    assert all(row.statuses == {} for row in waiting)  # not matched yet: no count, not 0
    matched = overview(compare(reports))
    assert all(sum(row.statuses.values()) == row.problems + row.plans for row in matched)
