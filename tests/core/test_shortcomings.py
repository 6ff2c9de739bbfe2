"""A problem is a subject and a shortcoming of it: two statements of one subject with
different kinds of shortcoming are not the same problem."""

from __future__ import annotations

from reportview.core.matching import match_items
from reportview.core.model import Item, Status
from reportview.core.shortcomings import differ, shortcomings


def items(*texts: str) -> list[Item]:
    """One report's items, each text after the last."""
    out, at = [], 0
    for text in texts:
        out.append(Item(text, at, at + len(text)))
        at += len(text) + 1
    return out


def test_the_kinds_of_shortcoming_the_genre_names() -> None:
    assert shortcomings("镇司法所仅有工作人员2名，法治专业力量薄弱") == {"lack"}
    assert shortcomings("法治专职人才匮乏") == {"lack"}
    assert shortcomings("村级法律顾问覆盖不全，仍有3个村未签订法律顾问合同") == {"reach"}
    assert "effect" in shortcomings("村级法律顾问作用发挥不充分")
    assert "form" in shortcomings("普法形式仍以发放资料、悬挂横幅为主")
    assert shortcomings("部分干部法治意识不强") == {"awareness"}
    assert "ability" in shortcomings("运用法治思维和法治方式的能力还有待提升")
    standard = shortcomings("执法规范化水平有待提高")
    assert "norms" in standard and "ability" not in standard
    assert shortcomings("法治政府建设工作有待加强") == frozenset()  # names no kind: never told apart
    # hands, or skills, not equal to the work: too few is not too weak
    assert shortcomings("执法力量与监管任务不匹配") == {"lack"}
    assert shortcomings("执法人员业务能力与新业态监管要求不相适应") == {"ability"}
    # too little money or equipment is not too few hands
    assert shortcomings("法治建设经费保障不足") == {"means"}
    assert shortcomings("基层执法装备不足") == {"means"}


def test_one_subject_with_another_shortcoming_is_another_problem() -> None:
    assert differ("村级法律顾问覆盖不全，仍有3个村未签订法律顾问合同", "村级法律顾问作用发挥不充分")
    assert differ("普法宣传覆盖面不广，对外出务工人员存在盲区", "普法宣传实效性不强")
    assert not differ("普法宣传形式单一", "普法形式仍以发放资料、悬挂横幅为主")
    assert not differ("法治专业力量薄弱", "合法性审查工作有待加强")  # one names no kind
    assert differ("基层所执法装备不足，执法记录仪配备率低", "基层所执法力量薄弱，在编人员偏少")


def test_problems_of_one_subject_and_another_shortcoming_are_not_linked() -> None:
    last = items("村级法律顾问覆盖不全，仍有3个村未签订法律顾问合同。", "普法宣传形式单一，群众参与度不高。")
    this = items("村级法律顾问作用发挥不充分，到村服务次数偏少。", "普法宣传形式单一，群众参与度仍然不高。")
    as_problems = match_items([last, this], problems=True)[1]
    assert as_problems[0][0] is Status.UNIQUE  # coverage then, effect now: not the same problem
    assert as_problems[1][0] in (Status.SIMILAR, Status.SHARED)


def test_one_action_on_another_object_is_another_commitment() -> None:
    a = items(
        "优化执法队伍结构。积极争取充实年轻执法人员。", "落实重大决策听证制度，对重大行政决策事项开展听证。"
    )
    b = items(
        "优化人民调解队伍结构。新招聘专职人民调解员不少于15名。", "对重大疑难行政复议案件实行听证审理。"
    )
    assert [status for status, _ in match_items([a, b])[0]] == [Status.UNIQUE, Status.UNIQUE]
    same = items("优化执法队伍结构，充实一线执法人员。")
    assert match_items([a[:1], same])[0][0][0] is not Status.UNIQUE  # the same object still meets


def test_how_far_a_process_has_come_is_not_a_persons_ability() -> None:
    # 数字化水平不高 and 信息化建设滞后 say one thing: the process lags; 专业化水平 is a team's
    assert not differ("执法数字化水平不高，移动执法终端配备不足", "执法信息化建设滞后，仍以纸质文书为主")
    assert "ability" in shortcomings("人民调解员队伍老龄化，专业化水平不高")
    assert "ability" not in shortcomings("基层治理法治化水平不高")


def test_an_action_alone_or_one_short_word_does_not_make_two_commitments_the_same() -> None:
    a = items(
        "加快法治文化阵地建设。启动镇区法治文化公园建设。",
        "提升复议办案质量。对重大疑难复议案件实行听证审理。",
    )
    b = items("加快推进数字化执法。年内移动执法办案率达到80%以上。")
    assert [status for status, _ in match_items([a, b])[0]] == [Status.UNIQUE, Status.UNIQUE]
    same = items("推进移动执法，年内移动执法办案率达到90%。")
    assert match_items([b, same])[0][0][0] is not Status.UNIQUE  # the same object still meets


def test_one_thing_short_in_the_same_way_is_the_same_problem() -> None:
    # too few hands, said in other words: the shortage is the second idea they share
    a = items("镇法治工作队伍力量薄弱。", "普法宣传形式较为单一。")
    b = items("专业法治人才缺乏。", "矛盾纠纷调解方式单一。")
    as_problems = match_items([a, b], problems=True)[0]
    assert as_problems[0][0] is Status.SIMILAR
    assert as_problems[1][0] is Status.UNIQUE  # only "one form" in common: 普法 is not 调解
    assert match_items([a[:1], b[:1]])[0][0][0] is Status.UNIQUE  # as commitments, too little
