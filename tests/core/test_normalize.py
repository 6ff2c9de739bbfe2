"""Normalisation: what a reviewer would otherwise have to clean up by hand."""

from __future__ import annotations

import pytest

from reportview.core.normalize import normalize


def norm(text: str) -> str:
    return normalize(text)[0]


def test_pinyin_glued_after_traditional_characters_is_removed() -> None:
    assert norm("今年以來,關(guān)刀鎮(zhèn)法治政府建設(shè)工作") == "今年以来，关刀镇法治政府建设工作"


def test_toneless_parentheses_survive_in_ordinary_text() -> None:
    assert "（app）" in norm("开发政务服务(app)一个，上线运行。") or "(app)" in norm(
        "开发政务服务(app)一个，上线运行。"
    )


def test_traditional_converted_to_simplified() -> None:
    assert norm("存在問題：執法隊伍建設有待加強。") == "存在问题：执法队伍建设有待加强。"


def test_half_width_punctuation_between_chinese_becomes_full_width() -> None:
    assert (
        norm("2023年,金井镇在市委领导下;调处成功率达100%,效果好:群众满意!")
        == "2023年，金井镇在市委领导下；调处成功率达100%，效果好：群众满意！"
    )


def test_numbers_and_times_keep_their_punctuation() -> None:
    text = norm("共投入1,500万元,时间为15:38,比例3.5%。")
    assert "1,500" in text and "15:38" in text and "3.5%" in text


def test_parenthesised_chinese_uses_full_width_brackets() -> None:
    assert norm("(一)强化组织领导") == "（一）强化组织领导"
    assert norm("《纲要(2021-2025年)》") == "《纲要（2021-2025年）》"


def test_stray_spaces_and_blank_lines_are_folded() -> None:
    assert norm("  一 是法治 建设\u3000创新。\n\n\n  二是 培训。 \n") == "一是法治建设创新。\n二是培训。"


def test_fullwidth_digits_become_ascii() -> None:
    assert norm("全年办理案件３７件") == "全年办理案件37件"


@pytest.mark.parametrize(
    "clutter",
    [
        "您当前的位置:首页>街镇>塘坊镇人民政府>政务公开>法治政府建设年度报告",
        "当前位置：首页 > 政务公开 > 工作报告",
        "时间:2024-03-30 15:38 浏览量:",
        "发布时间：2024-02-20 09:30 来源：桃源镇人民政府 浏览次数：268",
        "日期:2023-02-08",
        "字体:[大] [中] [小]",
        "【字体：大 中 小】",
        "扫一扫在手机上查看当前页面",
        "扫一扫在手机打开当前页",
        "分享到：微信 微博 QQ空间",
        "【打印本页】 【关闭窗口】",
        "主办单位：云川县人民政府办公室",
        "网站标识码：0000000000 云ICP备00000000号",
        "上一篇：关于做好春节期间安全工作的通知",
        "索引号：11500238MB1234567X/2024-00012",
    ],
)
def test_web_clutter_lines_are_removed(clutter: str) -> None:
    body = "2023年，青石镇扎实推进法治政府建设，取得明显成效。"
    assert norm(f"{clutter}\n{body}\n{clutter}") == body


def test_attachment_list_is_removed() -> None:
    text = norm("一、存在问题\n执法力量不足。\n相关附件:\n1.2023年报告.docx\n统计表.xls\n")
    assert text == "一、存在问题\n执法力量不足。"


def test_report_sentence_mentioning_a_date_is_kept() -> None:
    line = "日期：2023年3月至12月，全镇共开展普法宣传活动115场，覆盖群众两万余人次。"
    assert norm(line) == line


def test_archive_metadata_header_is_removed_and_title_kept() -> None:
    text, _, title = normalize(
        "标题：河口镇2023年法治政府建设情况报告\n发布时间：2024-01-18 10:02\n来源：河口镇人民政府\n"
        "==== 正文 ====\n2023年，河口镇认真落实法治政府建设各项任务。"
    )
    assert title == "河口镇2023年法治政府建设情况报告"
    assert text == "河口镇2023年法治政府建设情况报告\n2023年，河口镇认真落实法治政府建设各项任务。"


def test_archive_metadata_header_on_one_line_with_the_body() -> None:
    text, _, title = normalize(
        "标题：河口镇2023年法治政府建设情况报告 发布时间：2024-01-18 10:02 来源：河口镇人民政府 "
        "浏览次数：96 ==== 正文 ==== 2023年，河口镇认真落实各项任务。一、主要举措和成效"
    )
    assert title == "河口镇2023年法治政府建设情况报告"
    assert text.startswith("河口镇2023年法治政府建设情况报告\n2023年，河口镇认真落实")
    assert "浏览次数" not in text and "====" not in text


def test_question_marks_standing_for_lost_characters_are_flagged() -> None:
    text, notices, _ = normalize("关刀??法治政府建设工作在县委?县政府的领导下开展。是否满意？是。")
    damage = [n for n in notices if n.code == "damaged_characters"]
    assert [text[n.start : n.end] for n in damage] == ["??", "?"]
    assert damage[0].count == 2


def test_ideographs_and_the_share_of_cjk_count_every_character_whatever_surrounds_it() -> None:
    from reportview.core.chars import count_ideographs
    from reportview.core.decode import cjk_ratio

    text = "一、法治\u3000政府 建设（2023年）\n\t㐀丽豈 abc\u00a0，。\u2003落实"
    ideographs = [
        c for c in text if "\u3400" <= c <= "\u4dbf" or "\u4e00" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"
    ]
    assert count_ideographs(text) == len(ideographs) == 13
    visible = [c for c in text if not c.isspace()]  # the no-break and em spaces are spaces too
    assert cjk_ratio(text) == 13 / len(visible)
    assert count_ideographs("") == 0 and cjk_ratio(" \n\u3000") == 0.0
