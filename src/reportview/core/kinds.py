"""Which of the regulation's parts a top-level heading introduces.

Rules follow how the genre names its parts: specific phrases first
(第一责任人, 其他需要报告), then problems and plans, then innovations; anything else
under a heading is a measure, since topical headings (强化组织领导…) report measures.
"""

from __future__ import annotations

import re

from .model import Kind

_RULES: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (
        Kind.DUTIES,
        re.compile(r"第一责任人|主要负责人.{0,12}(?:职责|责任)|党政主要负责人|履行.{0,10}职责情况"),
    ),
    (Kind.OTHER, re.compile(r"^其他(?:需要|应当)?(?:报告|说明)?的?(?:情况|事项)")),
    (
        Kind.PLANS,
        re.compile(
            r"^(?:下一步|下步|下一阶段|下阶段|下一年|明年|今后|未来)|^\d{4}年(?:度)?(?:工作|法治)?.{0,12}(?:思路|打算|计划|安排|重点|目标)"
        ),
    ),
    (
        Kind.PROBLEMS,
        re.compile(
            r"存在的?(?:主要)?(?:问题|不足|困难|短板|薄弱)|^(?:主要|当前|目前)?(?:问题|不足|困难|短板|差距)|(?:问题|不足)(?:和|与|及)(?:不足|原因|差距|困难)|困难和问题|不足之处"
        ),
    ),
    (Kind.PLANS, re.compile(r"工作思路$|打算|努力方向|展望|(?:工作|主要)(?:计划|安排)$|下一步|下一年|明年")),
    (
        Kind.INNOVATIONS,
        re.compile(r"创新(?:经验|做法|举措|亮点)|特色(?:亮点|做法|工作)|亮点(?:工作)?|经验做法|典型经验"),
    ),
)
_YEAR = re.compile(r"(\d{4})年")


def classify(heading: str, report_year: int | None = None) -> Kind:
    """The kind of a top-level section from its heading text."""
    text = heading.strip()
    for kind, pattern in _RULES:
        if pattern.search(text):
            return kind
    year = _YEAR.match(text)
    if year and report_year and int(year.group(1)) > report_year:
        return Kind.PLANS
    return Kind.MEASURES


#: Sub-section headings that name a required part of their own (duties written under
#: measures; 存在问题 and 下一步打算 under a combined heading).
_NESTED: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (Kind.DUTIES, _RULES[0][1]),
    (
        Kind.PROBLEMS,
        re.compile(r"^(?:存在的?(?:主要)?|主要|当前)?(?:问题|不足|困难|短板)(?:和|与|及|$)|^存在"),
    ),
    (
        Kind.PLANS,
        re.compile(r"^(?:下一步|下步|下一阶段|今后|明年|\d{4}年(?:度)?工作(?:打算|计划|思路|安排))"),
    ),
)
_PLANS_LEAD = re.compile(
    r"^(?:下一步|下步|下一阶段|今后|新的一年|明年|来年)|工作(?:打算|计划|思路|安排)(?:如下|是)|(?:我们|我[镇乡区县市局委办]).{0,6}将(?:重点)?(?:抓好|做好|从以下)"
)
_YEAR_LEAD = re.compile(r"^(?:展望)?(\d{4})年(?:度)?(?:[，,]|是)")
_PROBLEMS_LEAD = re.compile(
    r"(?:存在|仍有|还有|面临|暴露出|反映出)[^。；]{0,24}(?:问题|不足|差距|短板|困难|弱项|薄弱环节|短处)"
)
_PROBLEMS_TURN = re.compile(r"但|然而|不过|同时|清醒|看到|认识到|比如|例如|主要(?:表现|是|有)|如下|[：:]$")
_NOT_PROBLEMS = re.compile(r"针对|整改|解决了|梳理出|排查出|查找|发现的|化解")


def nested_kind(heading: str) -> Kind | None:
    """The required part a sub-section heading names on its own, if it clearly names one."""
    text = heading.strip()
    return next((kind for kind, pattern in _NESTED if pattern.search(text)), None)


def announced_kind(sentence: str, report_year: int | None) -> Kind | None:
    """The part a lead-in sentence announces where a report gives it no heading.

    ``2022年，我们将继续…`` (a later year than the report's) and ``下一步，…`` announce
    plans; ``…但仍存在一定差距，比如：`` announces problems.
    """
    text = sentence.strip()
    year = _YEAR_LEAD.match(text)
    if year and report_year and int(year.group(1)) > report_year:
        return Kind.PLANS
    if _PLANS_LEAD.search(text) and ("将" in text or "要" in text or text.startswith(("下一步", "下步"))):
        return Kind.PLANS
    if _PROBLEMS_LEAD.search(text) and _PROBLEMS_TURN.search(text) and not _NOT_PROBLEMS.search(text):
        return Kind.PROBLEMS
    return None
