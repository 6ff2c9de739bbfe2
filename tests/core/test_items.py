"""Problem statements and commitments: the units a reviewer compares."""

from __future__ import annotations

from reportview.core.analysis import analyze_text
from reportview.core.model import Kind


def items(text: str, kind: Kind) -> list[str]:
    return [i.text for i in analyze_text(text).items_of(kind)]


def test_inline_yishi_list() -> None:
    text = (
        "三、存在问题\n经过努力，工作取得了阶段性成效，但还存在一定的困难和问题。一是执法培训有待加强；"
        "二是部分单位学习流于形式，导致执法水平不高；三是存在重处罚轻管理现象。\n"
    )
    assert items(text, Kind.PROBLEMS) == [
        "执法培训有待加强",
        "部分单位学习流于形式，导致执法水平不高",
        "存在重处罚轻管理现象。",
    ]


def test_yishi_items_run_to_the_next_marker_across_sentences() -> None:
    text = (
        "四、下一步工作打算\n针对存在问题，采取下列改进措施：一是加强规范性文件审查。进一步加强合法性审查。"
        "二是加强培训工作。提高认识。\n"
    )
    assert items(text, Kind.PLANS) == [
        "加强规范性文件审查。进一步加强合法性审查。",
        "加强培训工作。提高认识。",
    ]


def test_parallel_jinyibu_clauses_and_following_sentences() -> None:
    text = (
        "六、下一步打算\n为进一步维护社会稳定，镇政府将继续深入贯彻上级精神，进一步加大宣传力度，深入推进法律六进活动；"
        "进一步加大矛盾纠纷排查调处力度；进一步推进雪亮工程建设。按要求认真制定行政执法责任制，切实做到公平与正义。\n"
    )
    found = items(text, Kind.PLANS)
    assert found[:3] == [
        "进一步加大宣传力度，深入推进法律六进活动",
        "进一步加大矛盾纠纷排查调处力度",
        "进一步推进雪亮工程建设。",
    ]
    assert found[3].startswith("按要求认真制定行政执法责任制")
    assert len(found) == 4


def test_lead_in_sentence_is_not_an_item() -> None:
    text = (
        "四、下一步工作打算\n下一步，柳溪乡将进一步提高政治站位，持续推进法治政府建设。"
        "进一步充实法治工作力量；进一步加强村干部法治培训。\n"
    )
    assert items(text, Kind.PLANS) == ["进一步充实法治工作力量", "进一步加强村干部法治培训。"]


def test_numbered_subsections_are_the_items_and_their_inner_lists_are_not() -> None:
    text = (
        "三、2024年工作思路\n2024年，我镇将继续加快法治建设。\n（一）继续加强法制培训。一是抓好学法用法；二是抓好普法教育。\n"
        "（二）着力源头治理。健全排查机制。\n"
    )
    found = items(text, Kind.PLANS)
    assert len(found) == 2 and found[0].startswith("继续加强法制培训。一是抓好学法用法")


def test_other_enumeration_styles() -> None:
    assert items("一、存在问题\n第一，队伍不强；第二，经费不足。", Kind.PROBLEMS) == [
        "队伍不强",
        "经费不足。",
    ]
    assert items("一、存在问题\n首先，队伍不强。其次，经费不足。最后，宣传不够。", Kind.PROBLEMS) == [
        "队伍不强。",
        "经费不足。",
        "宣传不够。",
    ]
    assert items("一、存在问题\n主要有：（1）队伍力量不强；（2）工作经费不足。", Kind.PROBLEMS) == [
        "队伍力量不强",
        "工作经费不足。",
    ]


def test_measures_without_enumeration_have_no_sentence_items() -> None:
    report = analyze_text(
        "一、加强组织领导\n成立领导小组。召开会议三次。\n二、存在问题\n队伍力量不强。经费保障不足。"
    )
    assert report.items_of(Kind.MEASURES) == ()
    assert [i.text for i in report.items_of(Kind.PROBLEMS)] == ["队伍力量不强。", "经费保障不足。"]


def test_the_causes_of_a_whole_list_are_not_its_last_point() -> None:
    text = (
        "三、存在的问题\n"
        "一是专业法治人才缺乏；二是普法形式较为单一；三是村级合同管理不够规范。"
        "究其原因，主要是对法治建设重视不够，经费投入不足。\n"
        "四、下一步工作打算\n"
        "一是充实法治工作力量；二是创新普法宣传形式。针对上述问题，我们将逐项整改。\n"
    )
    report = analyze_text("青岚乡2023年法治政府建设年度报告\n" + text)
    problems = [i.text for i in report.items_of(Kind.PROBLEMS)]
    assert problems[-1] == "村级合同管理不够规范。"  # the causes speak of all three
    assert not any("究其原因" in p for p in problems)
    assert [i.text for i in report.items_of(Kind.PLANS)][-1] == "创新普法宣传形式。"
