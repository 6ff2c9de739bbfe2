"""Headings at every level, glued and inline headings, and the kinds of top-level parts."""

from __future__ import annotations

from reportview.core.analysis import analyze_text
from reportview.core.model import Report, Section


def outline(report: Report) -> list[tuple[str, str]]:
    return [(s.kind.value, s.heading) for s in report.sections if s.kind.value != "preamble"]


def walk(sections: tuple[Section, ...]) -> list[Section]:
    out = []
    for s in sections:
        out.append(s)
        out.extend(walk(s.children))
    return out


def test_all_numbered_levels_nest() -> None:
    report = analyze_text(
        "一、主要举措和成效\n（一）强化组织领导\n1.加强统筹。把法治建设摆在重要位置。\n"
        "（1）细化任务。制定计划。\n①召开会议\n2.深化联动。形成合力。\n(二)严格依法行政\n"
        "二、存在的问题\n（一）力量薄弱。人手少。\n"
    )
    headings = {s.heading: s.level for s in walk(report.sections)}
    assert headings == {
        "主要举措和成效": 1,
        "强化组织领导": 2,
        "加强统筹": 3,
        "细化任务": 4,
        "召开会议": 5,
        "深化联动": 3,
        "严格依法行政": 2,
        "存在的问题": 1,
        "力量薄弱": 2,
    }


def test_heading_glued_to_body_takes_the_first_sentence() -> None:
    report = analyze_text("二、存在主要问题\n（一）思想意识不够重视。对法治建设认识不足，重视不够。\n")
    child = report.sections[0].children[0]
    assert child.heading == "思想意识不够重视"
    assert report.text[child.start : child.end].endswith("重视不够。")


def test_heading_glued_to_next_subheading_is_split() -> None:
    report = analyze_text(
        "一、工作进展\n加强领导。\n二、创新经验及做法创新工作载体。塘坊镇探索以论坛为载体。"
        "\n创新工作机制。坚持包村制度。\n三、存在的问题\n一是创新不足；二是能力不强。"
    )
    assert outline(report) == [
        ("measures", "工作进展"),
        ("innovations", "创新经验及做法"),
        ("problems", "存在的问题"),
    ]
    assert [c.heading for c in report.sections[1].children] == ["创新工作载体", "创新工作机制"]


def test_unify_is_not_a_heading() -> None:
    report = analyze_text(
        "一、主要举措和成效\n坚持党组统一、运行高效的原则。\n统一、规范地开展执法。\n"
        "二、存在的问题\n一是力量不足；二是宣传不够。"
    )
    assert outline(report) == [("measures", "主要举措和成效"), ("problems", "存在的问题")]


def test_whole_report_on_one_line_with_inline_headings() -> None:
    report = analyze_text(
        "2023年，河口镇认真落实各项任务，现将有关情况报告如下：一、主要举措和成效（一）强化组织保障。"
        "全年召开专题会议3次。（二）规范执法行为。全镇持证执法人员17人。二、存在的问题（一）法治队伍力量薄弱。"
        "司法所仅有1人。（二）群众法治意识有待提升。部分群众遇事找关系。三、下一步工作打算（一）充实法治工作力量。"
        "（二）开展常态化普法。（三）建立案卷评查制度。"
    )
    assert outline(report) == [
        ("measures", "主要举措和成效"),
        ("problems", "存在的问题"),
        ("plans", "下一步工作打算"),
    ]
    assert [len(s.items) for s in report.sections[1:]] == [2, 2, 3]
    assert report.sections[2].items[0].text.startswith("法治队伍力量薄弱。司法所仅有1人")


def test_skipped_and_repeated_numbers_are_tolerated() -> None:
    report = analyze_text(
        "一、主要举措和成效\n加强领导。\n三、存在的问题\n（一）力量薄弱。\n（二）意识不强。\n"
        "（二）监督不力。\n三、下一步工作打算\n（一）充实力量。\n（三）加强宣传。\n"
    )
    assert outline(report) == [
        ("measures", "主要举措和成效"),
        ("problems", "存在的问题"),
        ("plans", "下一步工作打算"),
    ]
    assert [len(s.items) for s in report.sections[1:]] == [3, 2]


def test_unnumbered_heading_paragraphs_become_subsections() -> None:
    report = analyze_text(
        "四、下一年度推进法治政府建设的主要安排\n2024年，我镇将重点抓好以下方面的工作：\n"
        "进一步提升依法行政能力。结合工作实际，完善各项规章制度。\n"
        "进一步强化法治思维和法治观念。深入抓好领导干部学法用法，切实加强法律培训。\n"
        "进一步规范行政执法活动。加强执法队伍管理，严格实行持证上岗。\n"
    )
    plans = report.sections[-1]
    assert plans.kind.value == "plans"
    assert [c.heading for c in plans.children] == [
        "进一步提升依法行政能力",
        "进一步强化法治思维和法治观念",
        "进一步规范行政执法活动",
    ]
    assert len(plans.items) == 3


def test_a_single_short_opening_sentence_is_not_a_heading() -> None:
    report = analyze_text(
        "一、加强组织领导落实到位\n建立起依法治镇工作领导小组。建立健全党委带头学法机制，落实学法考试。\n"
    )
    assert report.sections[0].children == ()


def test_kinds_of_typical_headings() -> None:
    text = "\n".join(
        f"{n}、{h}\n正文内容在这里，写了一些情况。"
        for n, h in zip(
            "一二三四五六七八",
            [
                "强化组织领导，压实法治建设责任",
                "主要负责人履行推进法治建设第一责任人职责情况",
                "特色亮点",
                "存在的不足和原因",
                "2024年工作思路",
                "其他需要报告的情况",
                "着力解决群众反映强烈的问题",
                "努力方向",
            ],
            strict=True,
        )
    )
    report = analyze_text("2023年法治政府建设年度报告\n" + text)
    assert [k for k, _ in outline(report)] == [
        "measures",
        "duties",
        "innovations",
        "problems",
        "plans",
        "other",
        "measures",
        "plans",
    ]


def test_title_year_and_body() -> None:
    report = analyze_text(
        "【云川县青石镇人民政府】青石镇2023年法治政府建设年度报告\n2024年1月\n"
        "2023年，青石镇扎实推进法治政府建设。青石镇党委高度重视。\n一、主要举措和成效\n加强领导。"
    )
    assert report.title == "青石镇2023年法治政府建设年度报告"
    assert report.year == 2023
    assert report.body == "青石镇"
    assert report.sections[0].kind.value == "preamble"
    assert report.text[report.sections[0].start :].startswith("2023年，青石镇扎实推进")


def test_missing_required_parts_are_reported() -> None:
    report = analyze_text("一、加强组织领导\n成立领导小组。\n二、依法全面履行政府职能\n提升办事效率。")
    assert [k.value for k in report.missing_required] == ["duties", "problems", "plans"]


def test_every_span_points_into_the_normalised_text() -> None:
    report = analyze_text(
        "一、存在问题\n一是执法培训有待加强；二是学用不能有效结合。\n二、下一步打算\n"
        "进一步加大宣传力度；进一步推进雪亮工程建设。"
    )
    for section in walk(report.sections):
        assert report.text[section.heading_start : section.heading_end] == section.heading
        for item in section.items:
            assert report.text[item.start : item.end] == item.text


def test_unnumbered_part_headings_on_their_own_lines() -> None:
    report = analyze_text(
        "某镇2023年法治政府建设情况报告\n今年以来，我镇扎实推进法治建设。\n主要举措和成效\n全年召开会议3次，办理案件12件。\n"
        "存在的问题\n一是力量不足；二是经费不足。\n下一步工作打算\n一是加强培训；二是完善制度。"
    )
    assert report.title == "某镇2023年法治政府建设情况报告"
    assert outline(report) == [
        ("measures", "主要举措和成效"),
        ("problems", "存在的问题"),
        ("plans", "下一步工作打算"),
    ]
    assert [len(s.items) for s in report.sections[2:]] == [2, 2]


def test_part_numbering_with_di_yi_bu_fen() -> None:
    report = analyze_text(
        "第一部分 主要举措和成效\n全年召开会议3次。\n第二部分 存在的问题\n一是力量不足；二是经费不足。\n"
        "第三部分 下一步工作计划\n一是加强培训；二是完善制度。"
    )
    assert outline(report) == [
        ("measures", "主要举措和成效"),
        ("problems", "存在的问题"),
        ("plans", "下一步工作计划"),
    ]


def test_column_labels_are_short_and_tell_the_reports_apart() -> None:
    from reportview.core.analysis import analyze_text
    from reportview.core.model import column_labels

    def report(title: str, path: str):
        return analyze_text(f"{title}\n一、主要举措和成效\n加强组织领导，全年召开专题会议4次。\n", path=path)

    reports = [
        report("青石镇2023年法治政府建设年度报告", "a/青石镇.txt"),
        report("柳溪乡2023年法治政府建设情况报告", "b/柳溪乡.txt"),
        report("青石镇2023年法治政府建设年度报告（修订稿）", "c/青石镇修订.docx"),
        report("关于法治政府建设情况的报告", "d/某单位.txt"),
    ]
    labels = column_labels(reports)
    assert labels[1] == "柳溪乡 2023"
    assert labels[0] != labels[2] and labels[0].startswith("青石镇 2023") and "青石镇修订.docx" in labels[2]
    assert len(set(labels)) == 4
