"""Shapes real reports arrive in, each written here for an invented place.

Every test is one way a report found in the wild is laid out; the reading must hold.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from reportview.core.analysis import analyze_text
from reportview.core.extract import unwrap
from reportview.core.model import Kind, Report
from reportview.core.normalize import normalize

BODY = (
    "2023年，云溪区坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下："
    "一、主要举措和成效（一）加强组织领导一是成立区法治政府建设领导小组，区长任组长。二是召开专题会议四次，研究解决重点难点问题。"
    "（二）规范行政执法一是推行行政执法公示制度，公开执法信息三百余条。二是开展执法案卷评查，评查案卷一百二十件。"
    "二、党政主要负责人履行推进法治建设第一责任人职责情况区委区政府主要负责人带头学法，全年主持研究法治工作六次。"
    "三、存在的问题（一）基层法治力量薄弱，专职法治人员不足。（二）普法宣传形式较为单一，针对性不强。"
    "四、下一步工作打算（一）加强法治队伍建设，充实基层法治力量。（二）创新普法宣传形式，提高普法实效。"
)


def read(text: str, path: str = "") -> Report:
    return analyze_text(text, path=path)


def kinds(report: Report) -> list[Kind]:
    return [s.kind for s in report.sections if s.kind not in (Kind.PREAMBLE, Kind.CLOSING)]


def texts(report: Report, kind: Kind) -> list[str]:
    return [i.text for i in report.items_of(kind)]


# 1. A one-line body behind a web breadcrumb: clutter is cut out of the line, the report kept.
def test_one_line_body_behind_a_breadcrumb_keeps_the_report() -> None:
    line = (
        "当前位置： 首页 › 政务公开 › 法治政府建设 云溪区2023年法治政府建设年度报告 时间：2024-02-03 10:21 "
        "来源：云溪区司法局 字号：大 中 小 微信 微博 QQ空间 "
        + BODY
        + " 来源：云溪区司法局 附件下载： 打印本页 关闭窗口"
    )
    report = read(line)
    assert report.title == "云溪区2023年法治政府建设年度报告"
    assert kinds(report) == [Kind.MEASURES, Kind.DUTIES, Kind.PROBLEMS, Kind.PLANS]
    assert len(texts(report, Kind.PROBLEMS)) == 2 and len(texts(report, Kind.PLANS)) == 2
    for clutter in ("当前位置", "QQ空间", "字号", "附件下载", "打印本页"):
        assert clutter not in report.text
    assert not report.read_failed


def test_clutter_removal_is_linear_on_a_huge_line() -> None:
    line = "当前位置：首页 › 政务公开 " + "法治政府建设不断深入推进" * 40000
    started = time.process_time()
    text, _, _ = normalize(line)
    elapsed = time.process_time() - started
    assert text.startswith("法治政府建设") and len(text) == 12 * 40000
    assert elapsed < 20  # quadratic cleaning of 480,000 characters would take hours


# 2. Archive headers with keys never seen before, closed by a 正文 rule.
def test_archive_header_with_unknown_keys_is_stripped_to_the_marker() -> None:
    header = (
        "标题: 云溪区2023年法治政府建设年度报告\n发布时间: 2024-01-18 10:02\n文号: \n发布机构: \n"
        "栏目: 年度报告\n原文链接: https://example.invalid/a.htm\n本地目录: zwgk/ndbg/a\n"
        "采集批次: 第七批\n页面链接与图片详见 links.tsv(同目录)\n==================== 正文 ====================\n"
    )
    report = read(header + BODY)
    assert report.title == "云溪区2023年法治政府建设年度报告"
    for clutter in ("原文链接", "本地目录", "采集批次", "links.tsv", "===="):
        assert clutter not in report.text
    assert report.text.split("\n")[1].startswith("2023年，云溪区")


# 3. Inline headings with no punctuation of their own end where the body begins.
def test_inline_headings_end_where_the_list_or_run_in_body_begins() -> None:
    report = read(BODY)
    measures = report.sections_of(Kind.MEASURES)[0]
    assert measures.heading == "主要举措和成效"
    assert [c.heading for c in measures.children] == ["加强组织领导", "规范行政执法"]
    glued = read(
        "一、工作开展情况（一）强化组织保障成立了以镇长为组长的领导小组，统筹推进各项工作。（二）严格规范执法1.开展执法培训两次。2.评查案卷三十件。"
    )
    assert [c.heading for c in glued.sections[-1].children] == ["强化组织保障", "严格规范执法"]


# 4. Numbering that restarts, skips, repeats or is faulty.
def test_plans_whose_numbering_restarts_after_an_announcing_sentence_are_their_own_part() -> None:
    text = (
        "2022年，云溪县认真落实法治政府建设各项任务。一、加强组织领导（一）健全工作机制。建立月调度制度。（二）强化督促检查。开展督查两次。"
        "二、规范行政执法（一）推行三项制度。全面公示执法信息。（二）加强执法监督。评查案卷五十件。"
        "2023年，我们将继续深入推进法治政府建设，重点做好以下工作：（一）深化依法决策。完善决策程序。（二）强化执法监督。开展专项评查。"
        "（三）加强普法宣传。落实普法责任制。"
    )
    report = read(text)
    assert kinds(report) == [Kind.MEASURES, Kind.MEASURES, Kind.PLANS]
    assert len(report.sections[-1].children) == 3
    assert len(report.sections_of(Kind.MEASURES)[-1].children) == 2
    assert any(w.code == "part_without_heading" for w in report.warnings)


def test_skipped_repeated_and_faulty_numbers_stay_in_their_part() -> None:
    text = (
        "三、存在的问题\n（一）执法力量不足。\n（二）普法形式单一。\n（四）信息化水平不高。\n（四）考核机制不完善。\n"
        "四、下一步工作打算\n（一）充实执法力量。\n（一）创新普法形式。\n（三）推进数字法治。\n"
    )
    report = read(text)
    assert kinds(report) == [Kind.PROBLEMS, Kind.PLANS]
    assert len(texts(report, Kind.PROBLEMS)) == 4 and len(texts(report, Kind.PLANS)) == 3


# 5. An inline sub-heading right after a closing bracket or quote.
def test_inline_subheading_after_a_closing_bracket() -> None:
    text = (
        "一、存在的问题（一）审查力量不足。（二）审批时限偏长。二、下一步工作打算（一）完善规范性文件审查机制，做到应审尽审。（责任单位：区司法局）"
        "（二）深化“放管服”改革，压缩审批时限。（责任单位：区行政审批局）（三）加强执法监督，开展案卷评查。"
    )
    report = read("2023年，云溪区扎实推进法治建设。" + text)
    assert len(texts(report, Kind.PLANS)) == 3


# 6. Heading text keeps its own comma and gives back the body's first words.
def test_heading_text_is_neither_cut_at_its_comma_nor_runs_into_the_body() -> None:
    report = read(
        "2023年，云溪区扎实推进法治建设。一、坚持依法决策，完善依法行政制度体系（一）健全决策机制我区制定了重大行政决策程序规定，"
        "全年审查决策事项十二件。二、存在的问题（一）法治力量薄弱。"
    )
    top = report.sections_of(Kind.MEASURES)[0]
    assert top.heading == "坚持依法决策，完善依法行政制度体系"
    assert top.children[0].heading == "健全决策机制"


def test_two_clause_headings_glued_to_their_body_end_where_the_body_opens() -> None:
    report = read(
        "2023年，云溪区统计局扎实推进法治建设，现将有关情况报告如下："
        "一、强化组织领导，夯实法治工作基础区统计局党组高度重视法治工作，将其摆在全局重要位置，制定了年度工作要点。"
        "二、健全工作机制，提升依法统计水平我局建立统计执法检查制度，全年检查企业四十家。"
        "三、坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神（一）强化理论武装。全年集中学习十二次。"
        "四、加大统计执法力度，规范执法程序一是开展专项检查，二是公开执法结果。"
    )
    assert [s.heading for s in report.sections_of(Kind.MEASURES)] == [
        "强化组织领导，夯实法治工作基础",
        "健全工作机制，提升依法统计水平",
        "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神",
        "加大统计执法力度，规范执法程序",
    ]


def test_an_archive_title_with_a_space_is_kept_whole() -> None:
    report = read(
        "标题: 云溪县统计局 2023年度法治政府建设情况\n发布时间: 2024-03-01 09:00\n==== 正文 ====\n" + BODY
    )
    assert report.title == "云溪县统计局2023年度法治政府建设情况"
    assert report.body == "云溪县统计局"


# 7. A salutation, an exclamation and 统一、运行高效 are not headings.
def test_salutations_and_exclamations_are_not_headings() -> None:
    text = (
        "各位代表：\n现将云溪镇2023年法治政府建设情况报告如下。\n"
        "同志们！\n一、主要举措和成效\n全年办理行政复议案件五件。职能体系权责统一、运行高效。\n"
        "让我们携手奋进！为建设法治云溪而努力。\n继续深化改革！确保各项任务落地。\n"
        "二、存在的问题\n执法力量不足。\n三、下一步工作打算\n充实执法力量。\n"
    )
    report = read(text)
    headings = [s.heading for s in report.all_parts()]
    assert "各位代表" not in str(headings) and "同志们" not in str(headings)
    assert kinds(report) == [Kind.MEASURES, Kind.PROBLEMS, Kind.PLANS]
    assert report.sections_of(Kind.MEASURES)[0].children == ()
    assert report.title != "各位代表："


# 8. Closing matter is not part of the last item of the last part.
def test_closing_matter_is_its_own_section() -> None:
    report = read(BODY + "特此报告。云溪区人民政府 2024年1月15日")
    plans = texts(report, Kind.PLANS)
    assert plans[-1] == "创新普法宣传形式，提高普法实效。"
    closing = report.sections_of(Kind.CLOSING)
    assert closing and report.text[closing[0].start : closing[0].end].startswith("特此报告")
    assert report.body == "云溪区人民政府"


def test_a_closing_exhortation_on_its_own_line_is_closing() -> None:
    text = (
        "一、存在的问题\n（一）执法力量不足。\n（二）普法形式单一。\n二、下一步工作打算\n（一）充实执法力量。\n（二）创新普法形式。\n"
        "新的一年，我们将在县委县政府的坚强领导下，奋力开创法治政府建设新局面！\n云溪县司法局\n2024年2月1日\n"
    )
    report = read(text)
    assert texts(report, Kind.PLANS)[-1] == "创新普法形式。"
    closing = report.sections_of(Kind.CLOSING)[0]
    assert report.text[closing.start :].startswith("新的一年")


# 9. Duties written as a sub-section, and a combined problems-and-plans heading.
def test_duties_as_a_sub_section_count_as_reported() -> None:
    text = (
        "一、主要举措和成效\n（一）党政主要负责人履行推进法治建设第一责任人职责\n镇党委书记带头学法，主持研究法治工作四次。\n"
        "（二）规范行政执法\n开展执法培训两次。\n二、存在的问题\n执法力量不足。\n三、下一步工作打算\n充实执法力量。\n"
    )
    report = read(text)
    assert Kind.DUTIES in report.kinds and report.missing_required == ()
    duties = report.sections_of(Kind.DUTIES)
    assert duties[0].found_in is Kind.MEASURES
    assert [i.text for i in report.items_of(Kind.MEASURES)] == ["规范行政执法\n开展执法培训两次。"]


def test_duties_written_as_a_point_of_a_list_count_as_reported() -> None:
    text = (
        "一、主要举措和成效\n（一）加强党的领导，压实法治责任。一是强化理论学习。全年集中学法六次。\n"
        "二是履行推进法治建设第一责任人职责。主要负责人主持研究法治工作三次，带头述法。\n"
        "三是健全考核机制。将法治建设纳入年度考核。\n（二）规范行政执法。开展执法培训。\n"
        "二、存在的问题\n执法力量不足。\n三、下一步工作打算\n充实执法力量。\n"
    )
    report = read(text)
    duties = report.sections_of(Kind.DUTIES)
    assert Kind.DUTIES not in report.missing_required and duties[0].found_in is Kind.MEASURES
    assert report.text[duties[0].start : duties[0].end].startswith("二是履行")
    assert "健全考核机制" not in report.text[duties[0].start : duties[0].end]


def test_a_combined_heading_holds_problems_and_plans() -> None:
    text = (
        "一、主要举措和成效\n（一）加强组织领导。成立领导小组。\n（二）规范行政执法。开展执法培训。\n"
        "二、存在问题及下一步打算\n（一）存在问题\n一是执法力量不足；二是普法形式单一。\n"
        "（二）下一步打算\n一是充实执法力量；二是创新普法形式；三是推进数字法治。\n"
    )
    report = read(text)
    assert report.missing_required == (Kind.DUTIES,)
    assert texts(report, Kind.PLANS) == ["充实执法力量", "创新普法形式", "推进数字法治。"]
    assert texts(report, Kind.PROBLEMS) == ["执法力量不足", "普法形式单一。"]


# 10. Problems stated at the end of the measures, without a heading.
def test_problems_embedded_at_the_end_of_measures_are_surfaced() -> None:
    text = (
        "一、加强组织领导\n（一）健全机制。建立月调度制度。\n（二）强化督查。开展督查两次，我们也清醒地认识到，工作中还存在一些问题和不足。"
        "一是基层执法人员法律素养有待提高；二是部门之间协作机制不够顺畅；三是普法宣传的针对性不强。\n"
        "二、下一步工作打算\n（一）加强培训。\n（二）完善协作机制。\n"
    )
    report = read(text)
    problems = report.sections_of(Kind.PROBLEMS)
    assert problems and problems[0].found_in is Kind.MEASURES
    assert len(texts(report, Kind.PROBLEMS)) == 3
    assert "法律素养" not in report.items_of(Kind.MEASURES)[-1].text


def test_a_measure_that_mentions_problems_is_not_a_problems_part() -> None:
    text = (
        "一、加强组织领导\n针对执法检查中发现的问题，及时督促整改到位。\n二、存在的问题\n执法力量不足。\n"
        "三、下一步工作打算\n充实执法力量。\n"
    )
    report = read(text)
    assert [s.found_in for s in report.sections_of(Kind.PROBLEMS)] == [None]


# 11. Run-in sub-topics inside one paragraph become items.
def test_run_in_topics_become_items_and_a_list_never_swallows_the_next_topic() -> None:
    text = (
        "一、存在的问题\n法治队伍建设滞后。镇村两级法治工作人员数量少，多为兼职，专业素养不高，难以满足工作需要。"
        "普法宣传实效不足。普法活动形式单一，以发放资料为主，一是群众参与度不高；二是覆盖面不广。"
        "执法规范程度不高。部分执法人员程序意识不强，执法文书制作不规范，案卷质量有待提高。\n"
        "二、下一步工作打算\n加强队伍建设。\n"
    )
    report = read(text)
    problems = texts(report, Kind.PROBLEMS)
    assert [p[:8] for p in problems] == ["法治队伍建设滞后", "普法宣传实效不足", "执法规范程度不高"]


# 12. The issuing body: districts, counties, bureaus, 片区 and townships; never a brand name.
def test_issuing_body_comes_from_the_title_then_the_signature_then_the_opening() -> None:
    assert read("云溪县市场监督管理局2023年法治政府建设年度报告\n" + BODY).body == "云溪县市场监督管理局"
    assert (
        read("关于2023年法治政府建设情况的报告\n" + BODY + "\n云溪区人民政府\n2024年1月15日").body
        == "云溪区人民政府"
    )
    opening = "2023年，东坪片区管理局坚持依法行政。一、主要举措和成效（一）加强组织领导。成立领导小组。"
    assert read(opening).body == "东坪片区管理局"
    brand = "依托“山溪乡音”宣讲团开展宣讲。“山溪乡音”深入人心。“山溪乡音”品牌入选全市十佳。一、主要举措和成效（一）开展宣讲。"
    assert read(brand).body is None


def test_a_file_named_after_its_report_gives_the_title() -> None:
    report = read(
        "2023年，局党组坚持依法行政。\n" + BODY,
        path="/r/云溪县水利局关于2023年法治政府建设情况的报告_2023.txt",
    )
    assert report.title == "云溪县水利局关于2023年法治政府建设情况的报告"
    assert report.body == "云溪县水利局"


# 13. PDF: wrapped lines are joined, but a line that opens an item starts anew.
def test_pdf_unwrap_keeps_numbered_items_apart() -> None:
    width = "法治政府建设工作的创新精神还不够强，习惯按照老办法处理问题，对新形势适应不"
    wrapped = (
        f"三、存在的问题\n（一）{width}\n够，创新还不够\n（二）治理工作力量薄弱，乡镇干部身兼数职，精力有限，难以兼顾\n法治工作。\n"
        * 1
    )
    joined = unwrap(wrapped)
    assert "创新还不够\n（二）治理工作力量薄弱" in joined
    assert f"{width}够，创新还不够" in joined
    report = read(joined)
    assert len(texts(report, Kind.PROBLEMS)) == 2


# 14. Determinism: the same files give the same JSON whatever the hash seed.
def test_compare_json_is_identical_across_hash_seeds(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(
        "三、存在的问题\n进一步完善机制；持续加强培训；进一步优化服务；持续深化改革。\n"
        "四、下一步工作打算\n加强队伍建设；完善考核机制；强化监督检查；深化普法宣传。\n",
        encoding="utf-8",
    )
    b.write_text(BODY, encoding="utf-8")
    outputs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run(
            [sys.executable, "-m", "reportview.cli", "compare", "--json", str(a), str(b)],
            capture_output=True,
            env=env,
            check=True,
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1


# The reading report: a report that lost most of its text says so, loudly.
def test_a_report_that_lost_most_of_its_text_says_so() -> None:
    furniture = "\n".join(
        f"首页 > 政务公开 > 通知公告 > 第{i}页 发布时间：2024-01-0{i % 9 + 1} 浏览次数：{i * 7}"
        for i in range(400)
    )
    report = read(furniture + "\n2023年，云溪镇扎实推进法治政府建设，取得明显成效。")
    codes = [w.code for w in report.warnings]
    assert "text_removed" in codes and "no_headings" in codes
    assert report.read_failed and report.part_mark(Kind.PROBLEMS) == "?"
    assert report.warnings[0].severe


def test_a_complete_report_reads_without_severe_warnings() -> None:
    report = read(BODY)
    assert not report.read_failed and report.part_mark(Kind.DUTIES) == "✓"
    assert [w.code for w in report.warnings if w.severe] == []


def test_the_one_line_web_sample_reads_every_part(samples: Path) -> None:
    from reportview.core.analysis import analyze_file

    report = analyze_file(samples / "东坪片区管理局2023年法治政府建设情况（网页一行）.txt")
    assert report.title == "云川县东坪片区管理局2023年法治政府建设情况"
    assert report.body == "云川县东坪片区管理局" and report.year == 2023
    assert report.missing_required == () and not report.read_failed
    assert [s.found_in for s in report.sections_of(Kind.PROBLEMS)] == [Kind.MEASURES]
    assert len(texts(report, Kind.PROBLEMS)) == 3 and len(texts(report, Kind.PLANS)) == 3
    assert report.sections[-1].kind is Kind.CLOSING
    assert "打印本页" not in report.text and "附件下载" not in report.text


def test_a_last_sentence_ending_in_a_body_name_is_not_a_signature() -> None:
    report = read("一、存在的问题\n执法力量不足。\n二、下一步工作打算\n一是完善机制。二是加快建设法治政府")
    assert Kind.CLOSING not in report.kinds
    assert texts(report, Kind.PLANS)[-1] == "加快建设法治政府"
