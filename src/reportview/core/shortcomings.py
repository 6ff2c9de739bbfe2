"""What kind of shortcoming a problem statement names: too few hands, too little money or
equipment, too narrow a reach, one form only, little effect, weak awareness, weak ability,
irregular practice, missing rules, little participation, slow progress.

A problem in this genre is a subject and a shortcoming of it (普法宣传 | 形式单一). Two problems
of one subject with different shortcomings are different problems (普法宣传覆盖面不广 is not
普法宣传实效性不强), though they share most of their words; two statements whose shortcomings
are named and share no kind are not linked as the same problem.
"""

from __future__ import annotations

import re

_GAP = r"[^。；;，,]{0,6}?"
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "lack",  # too few hands: people named with their shortage
        re.compile(
            r"(?:力量|人员|人才|队伍|编制|人手|专职|专业人|法律顾问)"
            + _GAP
            + r"(?:不足|缺乏|匮乏|薄弱|偏少|紧缺|短缺|欠缺|不够)"
            r"|(?:缺乏|匮乏|缺少|短缺)" + _GAP + r"(?:专业|专职|人才|人员|力量)"
            # hands not equal to the work: 执法力量与监管任务不匹配
            r"|(?:力量|人员|人手|编制)与[^。；;，,]{0,12}?不(?:相)?(?:匹配|适应|相适应|适配)"
        ),
    ),
    (
        "means",  # too little money or equipment: not too few hands (经费保障不足, 执法装备不足)
        re.compile(r"(?:经费|资金|装备|设备|设施)" + _GAP + r"(?:不足|缺乏|匮乏|短缺|欠缺|不够|紧张|不到位)"),
    ),
    ("reach", re.compile(r"覆盖(?:面)?(?:不广|不全|不够|有限)|盲区|空白|未(?:实现)?全覆盖|未签订|尚未配备")),
    (
        "form",
        re.compile(
            r"(?:形式|方式|载体|手段|渠道|内容)(?:较为|比较|相对)?(?:单一|不多|较少|老化)|以[^。；]{0,12}为主"
            r"|(?:形式|方式|载体|内容)" + _GAP + r"(?:有待|需要|需)?(?:进一步)?丰富|不够丰富"
        ),
    ),
    (
        "effect",
        re.compile(
            r"针对性不强|实效性?不(?:强|高|明显)|效果不(?:明显|好|佳|理想)|作用(?:发挥)?不(?:够|太)?(?:充分|明显|大)|"
            r"质效不高|成效不(?:明显|突出)|流于形式|发挥有限|不深"
        ),
    ),
    (
        "awareness",
        re.compile(
            r"(?:意识|观念|认识|重视)" + _GAP + r"(?:不强|淡薄|不够|有待|不足|薄弱|不到位|滞后|不充分)"
        ),
    ),
    (
        "ability",
        re.compile(
            r"(?:能力|素养|素质|本领|专业化水平|(?<!化)水平)"
            + _GAP
            + r"(?:不强|不足|有待|欠缺|较弱|不够|不高|较低|提升|提高)"
            r"|参差不齐|(?:能力|素质|素养|水平)与[^。；;，,]{0,12}?不(?:相)?(?:匹配|适应|相适应|适配)"
        ),
    ),
    (
        "norms",
        re.compile(
            r"不(?:够|太)?规范|规范化(?:水平|程度|建设)?" + _GAP + r"(?:不高|有待|不够|加强)|随意|瑕疵"
        ),
    ),
    (
        "rules",
        re.compile(r"(?:机制|制度|体系)(?:尚)?(?:不健全|不完善|不够健全|有待健全|缺失)|尚未建立|尚未制定"),
    ),
    (
        "participation",
        re.compile(r"参与(?:度)?(?:不高|不足|不充分|较少|不够)|(?:积极性|主动性|热情)不(?:高|强|足)"),
    ),
    (
        "pace",  # also how far a process has come: 数字化水平不高 is not a person's ability
        # (专业化水平 is: a team's), nor lack of norms (规范化水平)
        re.compile(
            r"滞后|进度(?:慢|缓慢|较慢)|推进(?:缓慢|较慢|不快)"
            r"|(?<!规范|专业)化(?:水平|程度)" + _GAP + r"(?:不高|较低|不够|有待)"
        ),
    ),
)


def shortcomings(text: str) -> frozenset[str]:
    """The kinds of shortcoming ``text`` names (empty when it names none of them)."""
    return frozenset(name for name, pattern in _KINDS if pattern.search(text))


def differ(a: str, b: str) -> bool:
    """Whether two problem statements name shortcomings, and none of the same kind."""
    left, right = shortcomings(a), shortcomings(b)
    return bool(left) and bool(right) and left.isdisjoint(right)
