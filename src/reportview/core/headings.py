"""Heading and list markers of Chinese official writing, and where a heading's text ends.

Ranks, outermost first: ``一、`` (1), ``（一）`` (2), ``1.``/``1、`` (3), ``（1）`` (4),
``①`` (5). Unnumbered headings (a paragraph's short first sentence) are found later, in
:mod:`structure`, from the paragraphs around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chars import IDEO
from .numerals import chinese_to_int, circled_to_int

_CN = "〇零一二三四五六七八九十百两"
MARKERS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (
        1,
        re.compile(
            rf"(?:第([{_CN}]{{1,4}})(?:部分|章|篇)[、．.\s]?|([{_CN}]{{1,4}})\s*(?:[、．]|\.(?!\d))(?![、]))"
        ),
    ),
    (2, re.compile(rf"[（(]([{_CN}]{{1,4}})[）)][、．.]?")),
    (3, re.compile(r"(\d{1,2})\s*(?:[、．]|\.(?!\d))")),
    (4, re.compile(r"[（(](\d{1,2})[）)][、．.]?")),
    (5, re.compile(r"([①-⑳])")),
)
#: Markers that may open a heading in the middle of a line (single-line bodies).
INLINE_RANKS = (1, 2)
#: Sentence-level enumerations inside a paragraph: 一是…二是…, 第一，…, 首先…其次…
ENUMERATIONS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"([{_CN}]{{1,3}})是"),
    re.compile(rf"第([{_CN}]{{1,3}})[，,、：]"),
    re.compile(r"[（(](\d{1,2})[）)]"),
    re.compile(r"(\d{1,2})[.．、](?!\d)"),
    re.compile(r"([①-⑳])"),
    re.compile(rf"[（(]([{_CN}]{{1,3}})[）)]"),
)
SEQUENCE_WORDS = re.compile(r"(首先|其次|再次|然后|最后|另一方面|一方面)[，,]?")
#: Addresses to an audience, never headings or titles: 各位代表：, 同志们！, 尊敬的…
SALUTATION = re.compile(r"^(?:各位|尊敬的|亲爱的|同志们|朋友们|女士们)")
HEADING_TERMINATORS = "。！？；：!?;:"
MAX_HEADING = 50

#: The canonical part titles the regulation's template gives; a heading that starts with
#: one and runs on has had its first sub-heading or its body glued to it.
CANONICAL_TITLES: tuple[str, ...] = tuple(
    sorted(
        (
            "主要举措和成效",
            "主要举措及成效",
            "工作开展情况",
            "主要工作开展情况",
            "主要做法和成效",
            "工作任务进展及成效",
            "创新经验及做法",
            "创新经验和做法",
            "创新做法",
            "特色亮点",
            "工作亮点",
            "存在的问题",
            "存在问题",
            "存在的不足",
            "存在的不足和原因",
            "存在的问题和不足",
            "存在的问题与不足",
            "存在问题和不足",
            "存在问题与不足",
            "存在问题及不足",
            "存在的不足和问题",
            "存在的不足与问题",
            "问题与不足",
            "存在的主要问题",
            "存在主要问题",
            "困难和问题",
            "存在的困难和问题",
            "下一步工作打算",
            "下一步打算",
            "下一步工作计划",
            "下一步工作安排",
            "下一步工作思路",
            "下步工作打算",
            "工作思路",
            "工作计划",
            "其他需要报告的情况",
            "其他情况",
            "主要负责人履行推进法治建设第一责任人职责情况",
            "党政主要负责人履行推进法治建设第一责任人职责情况",
        ),
        key=len,
        reverse=True,
    )
)


_CONTINUATION = re.compile(r"[和及与的、，,之等（(]|情况|原因|工作|方面")
#: Where a run-in body begins inside a heading's line: the body's subject (我镇, 本局), a
#: time (2023年以来, 今年, 一年来) or a narrative verb (成立了, 印发了); headings have none.
_RUN_IN = re.compile(
    r"(?:我|本)(?:镇|乡|区|县|市|局|委|办|街道|单位|部门|中心|所|队)|我们"
    r"|(?:今年|年内|一年来|近年来|过去(?:的)?一年|\d{4}年(?:以来|度?[，,]|[1-9]))"
    r"|[" + IDEO + r"]{2}了(?![解然结])"
    r"|(?<!坚持)(?<!始终)(?<!要)以[^，,。；;]{2,16}为(?:抓手|重点|核心|主线|载体|契机|依托|牵引)"
    r"|(?:片区|[区县镇乡市局委办])[" + IDEO + r"]{0,8}?(?:党组|党委|党工委|管委会|政府)"
    r"(?=高度|始终|坚持|认真|把|将|深入|切实|严格|积极|全面|紧紧|以)"
)
_YEAR_PREFIX = re.compile(r"\d{4}年(?:度)?")
#: How a body paragraph opens: its subject (区行政审批局党组, 我局) or time, not a heading's verb.
_BODY_OPENING = re.compile(
    r"(?:我|本|全|各|该)(?:镇|乡|区|县|市|局|委|办|街道|单位|部门|片区|中心)"
    r"|(?:片区|[区县镇乡市局委办])[" + IDEO + r"]{0,8}?(?:党组|党委|党工委|政府|管委会)"
    r"|今年|年内|一年来|近年来|\d{4}年"
)
#: A first Arabic list marker glued to a heading: ``1.`` / ``1、`` / ``（1）``.
_FIRST_ARABIC = re.compile(r"(?:[（(]1[）)]|1[.．、](?!\d))")


def number_of(rank: int, match: re.Match[str]) -> int | None:
    """The ordinal a marker match stands for."""
    token = next((g for g in match.groups() if g), "")
    if rank == 5:
        return circled_to_int(token)
    if rank in (3, 4):
        return int(token)
    return chinese_to_int(token)


#: After an Arabic marker (3、 （3）), characters that make it a count (3、万余 …), not a heading:
#: only those no heading begins with. 人 (人民调解…), 个 (个别部门…), 多 (多元化解…), 项 (项目…),
#: 日 (日常监管…) and 年 (年度考核…) open headings of the genre.
_COUNTED = "月万余次号"


def match_marker(
    text: str, pos: int, ranks: tuple[int, ...] = (1, 2, 3, 4, 5)
) -> tuple[int, int, int] | None:
    """(rank, number, marker_end) if a heading marker starts at ``pos``."""
    for rank, pattern in MARKERS:
        if rank not in ranks:
            continue
        m = pattern.match(text, pos)
        if m is None:
            continue
        number = number_of(rank, m)
        after = text[m.end() : m.end() + 1]
        if number is None or not after or after in "，,。；;%）)":
            continue
        if rank in (3, 4) and after in _COUNTED:
            continue
        return rank, number, m.end()
    return None


@dataclass(frozen=True, slots=True)
class HeadingText:
    text_start: int
    text_end: int
    body_start: int
    glued_subheading: tuple[int, int] | None = None


def at_boundary(text: str, pos: int) -> bool:
    """True where a list item or inline heading may begin: line start or after punctuation."""
    return pos == 0 or text[pos - 1] in '\n。！？；：，,;:!? （(“"”'


def _enumeration_inside(text: str, start: int, end: int) -> int | None:
    """Position of a first list marker (一是, 第一，, 首先, 一方面) inside ``text[start:end]``."""
    found = []
    for pattern in (ENUMERATIONS[0], ENUMERATIONS[1]):
        for m in pattern.finditer(text, start + 1, end):
            glued = m.start() - start >= 4 and text[m.start() - 1] not in "统唯之第万"
            if chinese_to_int(m.group(1)) == 1 and (at_boundary(text, m.start()) or glued):
                found.append(m.start())
                break
    for m in SEQUENCE_WORDS.finditer(text, start + 1, end):
        if m.group(1) in ("首先", "一方面") and at_boundary(text, m.start()):
            found.append(m.start())
            break
    arabic = _FIRST_ARABIC.search(text, start + 2, end)
    if arabic is not None and not text[arabic.start() - 1 : arabic.start()].isdigit():
        found.append(arabic.start())
    return min(found) if found else None


def _run_in_start(text: str, start: int, end: int) -> int | None:
    """Where a body glued to its heading begins (``加强组织领导成立了…`` → ``成立了``)."""
    m = _RUN_IN.search(text, start + 4, end)
    if m is None:
        return None
    return m.start() if not m.group(0).endswith("了") or m.start() >= start + 4 else None


def _parallel_cut(text: str, start: int, end: int) -> int | None:
    """Where the body begins after a two-clause heading (强化组织领导，夯实法治工作基础区…).

    Headings of the genre are one clause or two parallel ones: the second is about as long
    as the first, so the body begins near that length, where a body's opening (区统计局党组…,
    我局…, 2023年…) stands.
    """
    comma = next((i for i in range(start + 2, min(end, start + 30)) if text[i] in "，,"), None)
    if comma is None:
        return None
    first = comma - start
    for pos in range(comma + 1 + max(2, first - 3), min(end, comma + 1 + first + 5)):
        if _BODY_OPENING.match(text, pos):
            return pos
    return None


def _unpunctuated_end(text: str, start: int, limit: int) -> tuple[int, int]:
    """(end, body start) of a heading glued to a body with no punctuation for a long way."""
    window = min(limit, start + MAX_HEADING)
    cut = _enumeration_inside(text, start, window)
    cut = cut if cut is not None else _parallel_cut(text, start, window)
    cut = cut if cut is not None else _run_in_start(text, start, window)
    if cut is not None:
        return cut, cut
    comma = next((i for i in range(start + 2, min(limit, start + 30)) if text[i] in "，,"), None)
    return (comma, comma + 1) if comma is not None else (start + 30, start + 30)


def heading_extent(text: str, start: int, limit: int, canonical: bool) -> HeadingText:
    """Where the heading text that begins at ``start`` ends, before ``limit`` (line end)."""
    while start < limit and text[start] in " \t":
        start += 1
    stop = next(
        (i for i in range(start, min(limit, start + MAX_HEADING + 1)) if text[i] in HEADING_TERMINATORS), None
    )
    if stop is not None:
        end, body = stop, stop + 1
    elif limit - start <= MAX_HEADING:
        end, body = limit, limit
    else:
        end, body = _unpunctuated_end(text, start, limit)
    cut = _enumeration_inside(text, start, end)
    if cut is None and end - start > 12:
        cut = _parallel_cut(text, start, end)
    if cut is None and end - start > 4:
        cut = _run_in_start(text, start, end)
    if cut is not None:
        end, body = cut, cut
    if canonical:
        head = text[start:end]
        year = _YEAR_PREFIX.match(head)
        skip = year.end() if year else 0
        title = next((t for t in CANONICAL_TITLES if head.startswith(t, skip)), None)
        if (
            title is not None
            and len(head) > skip + len(title) + 1
            and not _CONTINUATION.match(head, skip + len(title))
        ):
            rest_start = start + skip + len(title)
            glued = None
            if (
                text[end : end + 1] in "。！"
                and end - rest_start <= 25
                and _enumeration_inside(text, rest_start - 1, end) is None
            ):
                glued = (rest_start, end)
            return HeadingText(start, rest_start, rest_start, glued)
    return HeadingText(start, end, body)
