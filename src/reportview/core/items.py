"""The units a reviewer compares: problem statements, commitments, listed measures.

A section's items are, in order of preference: its sub-sections; an inline enumeration
(一是…二是…, 第一，…, （1）…, 首先…其次…); and, for problems and plans only, its
sentences, with parallel ``；`` clauses (进一步…；进一步…) split apart and lead-in
sentences (…如下：, 取得成绩的同时…还存在…) left out.
"""

from __future__ import annotations

import re
from collections import Counter

from .chars import count_ideographs
from .headings import ENUMERATIONS, SEQUENCE_WORDS, at_boundary, number_of
from .model import Item, Kind
from .shortcomings import shortcomings
from .structure import Node

_TRIM = " \t\n，,；;、：:"
_LEAD_IN = re.compile(
    r"[：:]$|^(?:下一步|今后|新的一年|明年|\d{4}年)[，,]|如下|以下几|现将|(?:取得|成绩|成效|努力).{0,40}(?:但|同时)|(?:但|同时|也).{0,30}(?:存在|仍有|还有|认识到).{0,20}(?:问题|不足|差距|困难)"
)
_LEADERS = (
    "进一步",
    "继续",
    "持续",
    "加强",
    "加大",
    "强化",
    "深入",
    "不断",
    "切实",
    "全面",
    "推进",
    "完善",
    "健全",
    "坚持",
    "着力",
    "提升",
    "提高",
    "落实",
    "优化",
)
#: Shortcomings listed with commas in one sentence are told apart from this many on.
LISTED_AT_LEAST = 3
_ETC = re.compile(r"等等?[。！]?$")
#: How a clause says something falls short, beyond the named kinds (有待加强, 不够规范).
_SHORTFALL = re.compile(
    r"(?:有待|亟待|亟需|尚需|还需|仍需)(?:进一步)?(?:提升|加强|增强|提高|完善|健全|规范|改进|强化)"
    r"|不足|不够|薄弱|欠缺|滞后|不高|不强|不到位|不完善|不健全|不规范|较弱|单一|缺乏|匮乏|短缺"
)
_SEQ_FOLLOW = {"首先": ("其次", "再次", "然后", "最后"), "一方面": ("另一方面",)}
#: A sentence after a list that speaks of the whole list, not of its last point: the causes
#: (究其原因…), a summing up, the remedy for all of it (针对上述问题…).
_CLOSER = re.compile(
    r"究其原因|分析(?:其)?原因|(?:主要)?原因(?:主要)?(?:是|在于)|(?:产生|出现)(?:这些|上述|以上)?问题的(?:主要)?原因"
    r"|(?:以上|上述|这些)(?:问题|不足)|总之|总的来看|针对(?:以上|上述|这些)(?:问题|不足)"
)


def make_item(text: str, start: int, end: int) -> Item | None:
    """An item over ``text[start:end]`` with surrounding whitespace and commas trimmed."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if count_ideographs(text[start:end]) < 4:
        return None
    return Item(text[start:end], start, end)


def _line_end(text: str, pos: int, limit: int) -> int:
    end = text.find("\n", pos, limit)
    return limit if end < 0 else end


def _runs(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Runs of numbered list markers 1, 2, 3… (as (marker_start, marker_end)), per pattern."""
    best: list[list[tuple[int, int]]] = []
    for pattern in ENUMERATIONS:
        runs: list[list[tuple[int, int]]] = []
        current: list[tuple[int, int]] = []
        last = 0
        for m in pattern.finditer(text, start, end):
            if m.start() != start and not at_boundary(text, m.start()):
                continue
            number = number_of(5 if pattern is ENUMERATIONS[4] else 3 if m.group(1).isdigit() else 1, m)
            if number == 1:
                if len(current) >= 2:
                    runs.append(current)
                current, last = [m.span()], 1
            elif (current and last < number <= last + 2) or (current and number == last):
                current.append(m.span())
                last = number
        if len(current) >= 2:
            runs.append(current)
        if sum(map(len, runs)) > sum(map(len, best)):
            best = runs
    return best or _word_runs(text, start, end)


def _word_runs(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    opener = ""
    for m in SEQUENCE_WORDS.finditer(text, start, end):
        word = m.group(1)
        if word in _SEQ_FOLLOW and at_boundary(text, m.start()):
            if len(current) >= 2:
                runs.append(current)
            current, opener = [m.span()], word
        elif current and word in _SEQ_FOLLOW.get(opener, ()) and at_boundary(text, m.start()):
            current.append(m.span())
    if len(current) >= 2:
        runs.append(current)
    return runs


def _closing_sentence(text: str, start: int, end: int) -> int:
    """Where a sentence about the whole list begins in the last point ``text[start:end]``
    (else ``end``): its causes or remedy are not part of that point."""
    for sentence_start, _ in sentences(text, start, end)[1:]:
        if _CLOSER.match(text, sentence_start):
            return sentence_start
    return end


def _closing_paragraph(text: str, start: int, end: int) -> int:
    """Where a paragraph about the whole list begins after its last numbered point (a new
    line opening with 究其原因…), else ``end``."""
    pos = text.find("\n", start, end)
    while pos >= 0:
        if _CLOSER.match(text, pos + 1):
            return pos
        pos = text.find("\n", pos + 1, end)
    return end


def enumerated_items(text: str, start: int, end: int) -> list[Item]:
    items: list[Item] = []
    for run in _runs(text, start, end):
        for i, (_, marker_end) in enumerate(run):
            if i + 1 < len(run):
                stop = run[i + 1][0]
            else:
                stop = _closing_sentence(text, marker_end, _line_end(text, marker_end, end))
            item = make_item(text, marker_end, stop)
            if item is not None:
                items.append(item)
    return items


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, its terminator included."""
    spans, pos = [], start
    for m in re.finditer(r"[。！？!?\n]", text[start:end]):
        stop = start + m.end()
        spans.append((pos, stop))
        pos = stop
    if pos < end:
        spans.append((pos, end))
    return spans


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a sentence at ``；`` when its clauses are parallel commitments or problems."""
    parts, pos = [], start
    for m in re.finditer(r"[；;]", text[start:end]):
        parts.append((pos, start + m.start()))
        pos = start + m.end()
    parts.append((pos, end))
    if len(parts) < 2:
        return _listed_shortcomings(text, start, end) or parts
    leads = [next((w for w in _LEADERS if text.startswith(w, s)), None) for s, _ in parts[1:]]
    # The most frequent opening word; a tie goes to the one met first (never to set order).
    found = Counter(lead for lead in leads if lead is not None).most_common(1)
    common = found[0][0] if found else None
    first_start, first_end = parts[0]
    if common is not None:
        inner = text.rfind("，" + common, first_start, first_end)
        if inner >= 0:
            parts[0] = (inner + 1, first_end)
    return parts


def _listed_shortcomings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Three or more shortcomings listed in one sentence with commas (执法制度执行力有待提升，
    执法监督管理有待加强，法制队伍履职能力有待增强等等。): each its own problem."""
    parts, pos = [], start
    for m in re.finditer(r"[，,]", text[start:end]):
        parts.append((pos, start + m.start()))
        pos = start + m.end()
    parts.append((pos, end))
    if len(parts) < LISTED_AT_LEAST or not all(
        shortcomings(text[s:e]) or _SHORTFALL.search(text, s, e) for s, e in parts
    ):
        return []
    last_start, last_end = parts[-1]
    tail = _ETC.search(text, last_start, last_end)
    parts[-1] = (last_start, tail.start() if tail else last_end)
    return parts


def sentence_items(text: str, start: int, end: int) -> list[Item]:
    items = []
    spans = [(s, e) for s, e in sentences(text, start, end) if text[s:e].strip()]
    for i, (s, e) in enumerate(spans):
        sentence = text[s:e].strip()
        if (i == 0 and _LEAD_IN.search(sentence.rstrip("。"))) or sentence.endswith(("：", ":")):
            continue
        for cs, ce in _clauses(text, s, e):
            item = make_item(text, cs, ce)
            if item is not None:
                items.append(item)
    return items


#: A run-in topic: a short sentence of its own (组织建设深化拓展。, 进一步建立更加严密的执法监督管理机制。)
#: that heads what follows.
_TOPIC_MIN, _TOPIC_MAX, _ELABORATION = 4, 20, 20


def _topic_starts(text: str, start: int, end: int) -> list[int]:
    """Starts of run-in topics in ``text[start:end]``: short sentences, each followed by a
    longer elaboration; the first within the opening two sentences. Fewer than two: none."""
    spans = [(s, e) for s, e in sentences(text, start, end) if text[s:e].strip()]
    starts: list[int] = []
    for i, (s, e) in enumerate(spans):
        while s < e and text[s] in " \n":
            s += 1
        sentence = text[s:e].rstrip("。！!\n ")
        if text[e - 1 : e] != "。" or re.search("[，,；;：:]", sentence):
            continue
        if not _TOPIC_MIN <= count_ideographs(sentence) <= _TOPIC_MAX or any(
            p.match(text, s) for p in ENUMERATIONS
        ):
            continue
        following = spans[i + 1] if i + 1 < len(spans) else None
        if following is None or count_ideographs(text[following[0] : following[1]]) < _ELABORATION:
            continue
        starts.append(s)
    if len(starts) < 2 or starts[0] > (spans[1][1] if len(spans) > 1 else end):
        return []
    return starts


def topic_items(text: str, start: int, end: int) -> list[Item]:
    """Run-in topics as items, each up to the next (an enumeration inside stays inside)."""
    starts = _topic_starts(text, start, end)
    found = [make_item(text, s, starts[i + 1] if i + 1 < len(starts) else end) for i, s in enumerate(starts)]
    return [i for i in found if i is not None]


def section_items(
    text: str, node: Node, kind: Kind, children: list[Node] | None = None, end: int | None = None
) -> tuple[Item, ...]:
    """The items of a part of ``kind``: its ``children`` (default: all), else its body's list
    or sentences, up to ``end`` (default: the node's end)."""
    children = node.children if children is None else children
    end = node.end if end is None else end
    if children:
        found = [
            make_item(
                text,
                c.head.text_start if c.head else c.start,
                c.end if c is not children[-1] else _closing_paragraph(text, c.start, c.end),
            )
            for c in children
        ]
        return tuple(i for i in found if i is not None)
    items = topic_items(text, node.body_start, end) or enumerated_items(text, node.body_start, end)
    if not items and kind in (Kind.PROBLEMS, Kind.PLANS):
        items = sentence_items(text, node.body_start, end)
    return tuple(items)
