"""A statement about one field of work (tourism disputes) is narrower than a general one
(disputes), unless the field is its writer's own: a department's field is the setting of
all it writes. Partner departments and listed examples do not make a statement a field's."""

from __future__ import annotations

from reportview.core.genre import fields_of_work, own_fields
from reportview.core.matching import match_items
from reportview.core.model import Item, Status
from tests.core.test_shortcomings import items


def statuses(*groups: list[Item], own: list[frozenset[str]] | None = None, problems: bool = False) -> list:
    return [[status for status, _ in report] for report in match_items(groups, problems=problems, own=own)]


def test_a_general_commitment_is_not_one_fields() -> None:
    general = items("持续抓好矛盾纠纷排查调处，确保小事不出村。")
    tourism = items("完善旅游纠纷快速调处机制，在景区设立调解点。")
    reworded = items("深化矛盾纠纷排查调处，做到早发现早化解。")
    assert statuses(general, tourism) == [[Status.UNIQUE], [Status.UNIQUE]]
    assert statuses(general, reworded)[0] == [Status.SIMILAR]


def test_a_departments_own_field_is_only_its_setting() -> None:
    labour = items("劳动保障监察执法力量薄弱，监察员人手不足，难以覆盖全县用人单位。")
    land = items("执法力量与监管任务不相适应，执法监察大队在编执法人员偏少。")
    # Written by the labour bureau and the natural resources bureau: one problem, too few hands.
    own = [own_fields("滗川县人力资源和社会保障局"), own_fields("滗川县自然资源局")]
    assert statuses(labour, land, own=own, problems=True) == [[Status.SIMILAR], [Status.SIMILAR]]
    # Written by a township, 劳动保障 names a field the other statement does not speak of.
    assert statuses(labour, land, problems=True) == [[Status.UNIQUE], [Status.UNIQUE]]


def test_the_fields_a_body_and_a_statement_name() -> None:
    assert own_fields("青川县市场监督管理局") >= {"知识产权", "食品药品"}
    assert own_fields("青川县人民政府") == frozenset()
    assert own_fields("青石镇") == frozenset()
    assert fields_of_work("完善旅游纠纷快速调处机制") == {"旅游"}
    assert fields_of_work("强化文物安全执法") == {"文物"}
    # partners and examples are named by the way
    assert fields_of_work("会同市场监管、生态环境等部门开展联合检查") == frozenset()
    assert fields_of_work("全年开展占道经营、餐饮油烟等专项联合执法行动6次") == frozenset()
    assert fields_of_work("加强青少年、农民工等重点对象的法治教育") == frozenset()


def test_one_statement_by_two_departments_is_read_in_each_ones_setting() -> None:
    """The tourism bureau's 旅游市场执法人员 is its own staff; the labour bureau writing the same
    words names a field beyond its own. Opening the tourism bureau's report beside the labour
    bureau's and a township's never changes how alike the last two are."""
    said = "旅游市场执法人员数量不足，执法力量薄弱，难以满足监管需要。"
    township = items("执法人员数量不足，执法力量薄弱，难以满足执法需要。")
    tourism, labour = items(said), items(said)
    own = [own_fields("滗川县文化和旅游局"), own_fields("滗川县人力资源和社会保障局"), frozenset()]
    three = match_items([tourism, labour, township], problems=True, own=own)
    two = match_items([labour, township], problems=True, own=own[1:])
    assert [m.score for m in three[1][0][1] if m.report == 2] == [m.score for m in two[0][0][1]]
    assert [m.score for m in three[2][0][1] if m.report == 1] == [m.score for m in two[1][0][1]]
    assert three[0][0][1][-1].score > two[0][0][1][0].score  # in its own setting, the closer one
