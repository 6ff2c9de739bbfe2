"""Which of the regulation's parts a top-level heading introduces.

Rules follow how the genre names its parts (DOMAIN.md): specific phrases first
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
