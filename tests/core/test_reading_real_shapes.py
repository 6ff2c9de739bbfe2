"""Shapes met in real reports not seen before: part titles and headings glued to their
bodies, problems and plans without headings of their own, duties written inside the
measures, and sentences after a list that speak of the whole of it."""

from __future__ import annotations

from reportview.core.analysis import analyze_text
from reportview.core.model import Kind, Report


def read(text: str) -> Report:
    return analyze_text(text)


def texts(report: Report, kind: Kind) -> list[str]:
    return [i.text for i in report.items_of(kind)]


def test_the_duties_part_between_problems_and_plans_is_not_out_of_order() -> None:
    head = "青岚乡2023年法治政府建设年度报告\n一、主要举措和成效\n（一）加强组织领导。乡党委专题研究法治工作四次。\n"
    problems = "二、存在的问题\n（一）法治专业力量薄弱，专职法治人员不足。\n（二）普法宣传形式较为单一。\n"
    duties = "三、党政主要负责人履行推进法治建设第一责任人职责情况\n乡党委书记带头学法，全年主持研究法治工作三次。\n"
    plans = "四、下一步工作打算\n（一）充实基层法治力量。\n（二）创新普法宣传形式。\n"
    codes = lambda report: {n.code for n in report.warnings}  # noqa: E731
    assert "out_of_order" not in codes(read(head + problems + duties + plans))
    assert "out_of_order" in codes(
        read(head + plans.replace("四、", "二、") + problems.replace("二、", "三、") + duties)
    )


def test_a_duties_subsection_inside_the_measures_keeps_no_list_marker() -> None:
    text = (
        "青岚县农业农村局2023年法治政府建设年度报告\n"
        "一、2023年法治政府建设工作情况\n"
        "（一）主要负责人履行推进法治建设第一责任人职责情况\n"
        "局党组书记、局长切实履行第一责任人职责，全年主持召开专题会议3次。\n"
        "（二）加强执法监督。开展案卷评查2次，评查案卷40卷。\n"
        "二、存在的问题\n执法力量不足。\n三、下一步工作计划\n充实执法力量。\n"
    )
    duties = read(text).items_of(Kind.DUTIES)
    assert duties and duties[0].text.startswith("主要负责人履行推进法治建设第一责任人职责情况")


def test_a_part_title_glued_to_its_first_run_in_topic_keeps_that_topic_as_an_item() -> None:
    body = (
        "一、主要举措和成效（一）加强组织领导。县委县政府专题研究法治政府建设工作四次，印发年度工作要点。"
        "（二）规范行政执法。全面落实行政执法三项制度，评查执法案卷一百二十卷，整改问题十九个。"
        "二、存在问题与不足执法制度执行力有待提升。部分执法机关制度建设日趋完善，但落实仍有差距，部分制度落地无声。"
        "执法监督管理有待加强。少数单位对执法监督认识不到位，内部监督缺少合力，没有形成齐抓共管的格局。"
        "三、下一步工作计划进一步建立更加严密的执法监督管理机制。注重日常监督管理，对发现的问题坚持日清周报月结，"
        "把日常监督与执法质量考评紧密结合。进一步建设更加优秀的执法队伍。灵活运用警示教育、旁听庭审等方式，"
        "强化执法人员的法治意识和业务能力。"
    )
    report = read("青岚县2023年法治政府建设情况\n" + body)
    problems = texts(report, Kind.PROBLEMS)
    plans = texts(report, Kind.PLANS)
    assert [s.heading for s in report.sections if s.kind is Kind.PROBLEMS] == ["存在问题与不足"]
    assert problems[0].startswith("执法制度执行力有待提升") and len(problems) == 2
    assert plans[0].startswith("进一步建立更加严密的执法监督管理机制") and len(plans) == 2


def test_a_heading_glued_to_a_body_that_opens_with_we_or_the_past_year_ends_there() -> None:
    body = (
        "一、2023年法治政府建设工作情况过去一年，我们紧紧围绕县委县政府中心工作，扎实推进依法行政，各项工作取得新进展。"
        "（一）加强组织领导。局党组专题研究法治工作四次。（二）规范执法行为。评查案卷四十卷，整改问题九个。"
        "二、存在的问题执法力量不足，专业人才缺乏。三、下一步工作打算充实执法力量，引进专业人才。"
    )
    report = read("青岚县市场监督管理局2023年法治政府建设情况\n" + body)
    measures = [s for s in report.sections if s.kind is Kind.MEASURES]
    assert [s.heading for s in measures] == ["2023年法治政府建设工作情况"]
    assert measures[0].items  # the sub-sections are its items, not a preamble's text


def test_unheaded_problems_listed_with_commas_then_unheaded_plans_announced_by_the_year() -> None:
    body = (
        "一、加强组织领导县委常委会专题研究法治政府建设四次，印发年度工作要点。"
        "二、规范行政执法全面落实行政执法三项制度，评查案卷一百二十卷。"
        "一年来，全县法治政府建设取得良好成效，但也存在一些问题与不足，主要表现在：执法制度执行力有待提升，"
        "执法监督管理有待加强，法制队伍履职能力有待增强等等。"
        "2024年是实施十四五规划的关键一年，全县将持续推进法治政府建设。一是进一步加强党对法治政府建设的领导。"
        "落实第一责任人职责，强化考核评价。二是进一步建设更加优秀的执法队伍。灵活运用旁听庭审、以案释法等方式。"
        "三是进一步加强一体化行政执法平台建设。推广平台应用，实现线上办案全覆盖。\n"
        "青岚县人民政府\n2024年1月20日\n"
    )
    report = read("青岚县2023年法治政府建设情况\n" + body)
    assert texts(report, Kind.PROBLEMS) == [
        "执法制度执行力有待提升",
        "执法监督管理有待加强",
        "法制队伍履职能力有待增强",
    ]
    plans = texts(report, Kind.PLANS)
    assert len(plans) == 3 and plans[0].startswith("进一步加强党对法治政府建设的领导")
    assert Kind.PLANS not in report.missing_required


def test_duties_reported_in_a_sentence_of_the_measures_are_found() -> None:
    body = (
        "一、主要举措和成效\n（一）注重示范引领。县委县政府主要负责同志切实履行推进法治建设第一责任人职责，"
        "全年主持研究法治工作四次，带头讲授法治课。\n（二）规范行政执法。评查案卷四十卷，整改问题九个。\n"
        "二、存在的问题\n执法力量不足，专业人才缺乏。\n三、下一步工作打算\n不履行第一责任人职责的，严肃问责。\n"
    )
    report = read("青岚县2023年法治政府建设情况\n" + body)
    assert Kind.DUTIES in report.kinds and Kind.DUTIES not in report.missing_required
    duties = texts(report, Kind.DUTIES)
    assert duties and "主要负责同志切实履行推进法治建设第一责任人职责" in duties[0]


def test_a_heading_glued_to_a_body_opening_with_taking_x_as_the_lever_ends_there() -> None:
    body = (
        "一、全面加强党对法治政府建设的领导以县委理论学习中心组为抓手，全年集体学法四次，带动各部门学法用法。"
        "二、存在的问题执法力量不足，专业人才缺乏。三、下一步工作打算充实执法力量，引进专业人才。"
    )
    report = read("青岚县2023年法治政府建设情况\n" + body)
    assert [s.heading for s in report.sections if s.kind is Kind.MEASURES] == [
        "全面加强党对法治政府建设的领导"
    ]


def test_the_duties_title_glued_to_its_body_ends_at_the_title() -> None:
    body = (
        "一、主要举措和成效（一）加强组织领导。街道党工委专题研究法治工作四次，印发年度工作要点。"
        "二、党政主要负责人履行推进法治建设第一责任人职责情况党工委书记和办事处主任带头学法，全年主持研究法治工作三次。"
        "三、存在的问题执法力量不足，专业人才缺乏。四、下一步工作打算充实执法力量，引进专业人才。"
    )
    report = read("青岚街道2021年法治政府建设年度报告\n" + body)
    duties = [s.heading for s in report.sections if s.kind is Kind.DUTIES]
    assert duties == ["党政主要负责人履行推进法治建设第一责任人职责情况"]


def test_a_causes_paragraph_after_numbered_problems_is_not_the_last_problem() -> None:
    text = (
        "青岚镇2023年法治政府建设年度报告\n一、主要举措和成效\n（一）加强组织领导。镇党委专题研究法治工作四次。\n"
        "二、存在的问题\n（一）法治专业人才缺乏。全镇仅有法律专业人员一名。\n"
        "（二）普法宣传实效性不强。普法活动仍以集中宣讲为主。\n"
        "究其原因，主要是部分干部对法治建设重视不够，经费投入不足。\n"
        "三、下一步工作打算\n（一）充实法治工作力量。\n（二）创新普法宣传形式。\n"
    )
    problems = texts(read(text), Kind.PROBLEMS)
    assert problems[-1] == "普法宣传实效性不强。普法活动仍以集中宣讲为主。"


def test_the_outline_shows_a_part_found_deep_inside_another() -> None:
    from reportview.cli import render_report

    text = (
        "青岚镇2023年法治政府建设年度报告\n一、主要举措和成效\n（一）加强组织领导\n"
        "一是健全工作机制，镇党委专题研究法治工作四次，印发年度工作要点。"
        "二是推进法治建设第一责任人职责严格压实。镇党委书记带头学法，全年主持研究法治工作三次。\n"
        "（二）规范行政执法\n全面落实行政执法三项制度，评查案卷四十卷。\n"
        "二、存在的问题\n执法力量不足，专业人才缺乏。\n三、下一步工作打算\n充实执法力量，引进专业人才。\n"
    )
    report = analyze_text(text)
    assert Kind.DUTIES in report.kinds
    assert "[第一责任人职责]" in render_report(report)  # shown, not only counted


def test_numbered_headings_opening_with_a_word_that_can_count_are_still_headings() -> None:
    # 人民调解…, 个别部门…, 多元化解…: the marker is a heading, not a count (3人, 5个).
    problems = [
        "法治建设推进还不够平衡。部分乡镇认识不足。",
        "人民调解队伍专业化程度不高。调解员年龄偏大。",
        "个别部门执法不够规范。案卷制作粗糙。",
        "多元化解机制衔接不畅。诉调对接不够顺畅。",
    ]
    text = (
        "青岚县2025年法治政府建设年度报告\n一、主要举措和成效\n（一）强化组织领导。全年召开会议5次。\n"
        "二、存在的不足\n"
        + "".join(f"{n}．{p}\n" for n, p in enumerate(problems, 1))
        + "三、下一步工作打算\n一是加强法治乡村建设。深入开展民主法治示范村创建。\n"
    )
    assert texts(read(text), Kind.PROBLEMS) == problems
