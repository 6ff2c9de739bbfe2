"""Amounts promised and amounts reported: "培训不少于4期" against "开展培训2期".

A plan's figures are counts of things to do (sessions, hours, people, places); a report's
sentence that carries the plan out gives its own. Where both count in the same unit, the
report either meets the promise or falls short of it. A rate (%) is compared only with a
rate of the same name (调解成功率 90% against 调解成功率 84.6%, not against 审查率).
"""

from __future__ import annotations

import re
from enum import Enum

from .chars import CJK
from .numerals import chinese_to_int
from .overview import FIGURE

#: Units that count things done, as a plan and a report both write them.
_SAME = {"余人": "人", "余次": "次", "余件": "件", "余场": "场", "余个": "个", "场次": "场", "课时": "学时"}
_COUNTED = frozenset(
    [
        "次",
        "期",
        "场",
        "轮",
        "批",
        "学时",
        "小时",
        "天",
        "名",
        "人",
        "人次",
        "件",
        "个",
        "处",
        "册",
        "份",
        "篇",
        "条",
        "项",
        "家",
        "户",
        "所",
    ]
)
_RATE = re.compile(f"({CJK}{{2}})率" + r"[^0-9%％。；，,]{0,6}?(\d+(?:\.\d+)?)\s*[%％]")
_SPLIT = re.compile(r"^(\d+(?:\.\d+)?|[两三四五六七八九十百千万]+)\s*(.+)$")


class Against(Enum):
    MET = "met"  # every figure in the plan's unit reaches the promise
    SHORT = "short"  # some figure in the plan's unit falls below it
    UNKNOWN = "unknown"  # no figure in a shared unit


def amounts(text: str) -> list[tuple[float, str]]:
    """The counted figures of ``text``: (value, unit), rates and money left out."""
    found = []
    for figure in FIGURE.findall(text):
        match = _SPLIT.match(figure.strip())
        if match is None:
            continue
        number, unit = match.groups()
        unit = _SAME.get(unit, unit)
        if unit not in _COUNTED:
            continue
        value = float(number) if number[0].isdigit() else chinese_to_int(number.replace("两", "二"))
        if value:
            found.append((float(value), unit))
    found += [(float(number), f"{name}率") for name, number in _RATE.findall(text)]
    return found


def against(promised: str, reported: str) -> Against:
    """Whether the figures of ``reported`` meet those ``promised``, unit by unit."""
    given = amounts(reported)
    verdict = Against.UNKNOWN
    for value, unit in amounts(promised):
        same = [v for v, u in given if u == unit]
        if not same:
            continue
        if min(same) < value:
            return Against.SHORT
        verdict = Against.MET
    return verdict
