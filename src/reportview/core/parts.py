"""Parts a report writes without a heading: closing matter, and problems or plans embedded
in another part.

Closing matter (特此报告, the signature, the date, a closing exhortation) is cut off the
last part, so items end where the report's text does. A report that has no problems
part but says ``…但也存在一些问题和不足。一是…`` at the end of its measures has one all
the same: it is surfaced as an embedded part, marked as found inside another.
"""

from __future__ import annotations

import re

from .headings import HeadingText
from .items import sentences
from .kinds import announced_kind, nested_kind
from .model import Kind
from .structure import Node

_CN_DATE = r"[〇零一二三四五六七八九○]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月(?:\s*[一二三四五六七八九十]{1,3}\s*日)?"
_DATE = (
    rf"(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|{_CN_DATE})"
)
_BODY_SUFFIX = (
    r"(?:人民政府|政府|委员会|管委会|办公室|办事处|管理局|党工委|党委|街道|司法局|局|委|办|镇|乡|区|县|市)"
    r"(?:[（(][^）)\n]{1,12}[）)])?"
)
#: Closing units, each matched where it ends at ``pos`` (searched in a short window).
_UNITS = (
    # A date on its own, or right after the signature it is written under.
    re.compile(rf"(?:^|(?<=[\n。！？；：\s府局委办区县市镇乡道会室处]))\s*{_DATE}\s*$"),
    re.compile(rf"(?:^|(?<=[\n。！？]))\s*[^\s。！？；，：、]{{2,30}}?{_BODY_SUFFIX}\s*(?={_DATE}|$)"),
    re.compile(
        r"(?:^|(?<=[\n。！？]))\s*(?:特此|专此|谨此)(?:报告|汇报)[。.！!]?\s*$|(?:^|(?<=[\n。！？]))\s*以上报告[^。\n]{0,20}[。.]?\s*$"
    ),
)
#: A closing exhortation: the last paragraph, on its own line, rallying rather than reporting.
_EXHORTATION = re.compile(
    r"^(?:(?:站在|在)新(?:的)?(?:起点|征程)|新的一年|展望未来|总之|让我们|我们将以|今后，我们将以)[^\n]{0,300}$|^[^\n]{0,300}！$"
)
_TURN = re.compile(r"(?:[，,]?(?:比如|例如|主要(?:表现在|表现为|是|有)))[：:，,]?|[：:]")
#: A list point opening with a short heading sentence of its own: ``二是履行…职责。``.
_POINT = re.compile(
    r"(?:^|(?<=[。；：\n]))(?P<marker>[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.．、])?([^。；：\n]{6,40})[。；：]"
)
_POINT_END = re.compile(
    r"\n|(?<=[。；])(?:[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十\d]{1,2}[）)])"
)
#: The genre's own words for the leaders having done their duties, inside a sentence.
_DUTIES_DONE = re.compile(r"(?<!未)(?<!不)履行[^。；\n]{0,24}第一责任人职责")
_ITEM_MARK = re.compile(r"[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]{1,3}[）)]|^\d{1,2}[.．、]")


def closing_start(text: str, floor: int = 0) -> int:
    """Where the closing matter at the end of ``text`` begins (``len(text)`` if there is none)."""
    pos = len(text.rstrip())
    anchored = False  # a date or 特此报告 was found: a name right before it is the signature
    while pos > floor:
        window = max(floor, pos - 160)
        for number, unit in enumerate(_UNITS):
            m = unit.search(text, window, pos)
            if m is None or m.start() < floor or not text[m.start() : pos].strip():
                continue
            if number == 1 and not anchored and text[m.start() - 1 : m.start()] not in ("\n", ""):
                continue  # a sentence ending in 政府 or 区 is not a signature on its own
            anchored = True
            pos = m.start()
            while pos > floor and text[pos - 1] in " \n":
                pos -= 1
            break
        else:
            break
    line_start = text.rfind("\n", floor, pos) + 1
    if line_start > floor:
        last = text[line_start:pos].strip()
        if _EXHORTATION.match(last) and not _ITEM_MARK.search(last):
            pos = line_start - 1
    return max(pos, floor)


def _headings(node: Node) -> list[tuple[int, int]]:
    spans = [(node.start, node.head.body_start)] if node.head is not None else []
    for child in node.children:
        spans.extend(_headings(child))
    return spans


def _lead(text: str, top: Node, end: int, wanted: Kind, year: int | None) -> tuple[int, int] | None:
    """The first sentence in ``top`` (before ``end``) that announces ``wanted``."""
    heads = _headings(top)
    for start, stop in sentences(text, top.body_start, end):
        while start < stop and text[start] in " \n":
            start += 1
        if any(a < stop and start < b for a, b in heads):
            continue
        if announced_kind(text[start:stop], year) is wanted:
            return start, stop
    return None


def _lead_heading(text: str, start: int, stop: int) -> HeadingText:
    """A lead-in as a heading: up to ``比如：`` / ``主要是`` when the sentence runs on into the
    part's first items, else the whole sentence."""
    turn = _TURN.search(text, start, stop)
    if turn is not None and stop - turn.end() > 4:
        return HeadingText(start, turn.start(), turn.end())
    return HeadingText(start, stop - 1 if text[stop - 1] in "。！？；" else stop, stop)


def _cut(node: Node, pos: int) -> list[Node]:
    """Truncate ``node``'s descendants at ``pos``; return those that start at or after it."""
    moved = [c for c in node.children if c.start >= pos]
    node.children = [c for c in node.children if c.start < pos]
    for child in node.children:
        if child.end > pos:
            child.end = pos
            moved = _cut(child, pos) + moved
    return moved


def _nested_kinds(text: str, node: Node) -> set[Kind]:
    found = set()
    for child in node.children:
        if child.head is not None:
            kind = nested_kind(text[child.head.text_start : child.head.text_end])
            if kind is not None:
                found.add(kind)
        found |= _nested_kinds(text, child)
    return found


def _deepest(node: Node, pos: int) -> Node:
    for child in node.children:
        if child.start <= pos < child.end:
            return _deepest(child, pos)
    return node


def _duties_point(text: str, top: Node, limit: int) -> tuple[int, HeadingText, int] | None:
    """A point of a list (二是履行法治建设第一责任人职责。…) that reports the leaders' duties,
    before ``limit`` (where problems or plans found inside the part begin): (point start, its
    heading, where the point ends)."""
    for m in _POINT.finditer(text, top.body_start, limit):
        head_start, stop = m.start(2), m.end()
        if nested_kind(text[head_start : stop - 1]) is not Kind.DUTIES:
            continue
        nxt = _POINT_END.search(text, stop, top.end)
        end = nxt.start() + (1 if text[nxt.start()] in "。；\n" else 0) if nxt else top.end
        return m.start(), HeadingText(head_start, stop - 1, stop), end
    # else a sentence saying the leaders did them (主要负责同志切实履行推进法治建设第一责任人职责，…)
    m = _DUTIES_DONE.search(text, top.body_start, limit)
    if m is None:
        return None
    start = max(text.rfind(c, top.body_start, m.start()) for c in "。；\n") + 1
    start = max(start, top.body_start)
    stop = text.find("。", m.end(), top.end)
    return start, HeadingText(start, m.end(), m.end()), stop + 1 if stop >= 0 else top.end


def embed_parts(text: str, root: Node, kinds: list[Kind], year: int | None) -> dict[int, Kind]:
    """Add problems or plans found inside other top-level parts, as their last children.

    Only a kind the report lacks is looked for, and only after its announcing sentence.
    Returns ``{id(node): kind}`` for the embedded nodes.
    """
    found: dict[int, Kind] = {}
    present = set(kinds) | _nested_kinds(text, root)
    for top, kind in zip(root.children, kinds, strict=True):
        end = top.end
        for wanted in (Kind.PLANS, Kind.PROBLEMS):
            if wanted in present or kind in (Kind.PLANS, wanted, Kind.PREAMBLE):
                continue
            lead = _lead(text, top, end, wanted, year)
            if lead is None:
                continue
            start = lead[0]
            moved = _cut(top, start)
            head = _lead_heading(text, *lead)
            node = Node(start, top.rank + 1, head, end=end, children=[c for c in moved if c.start < end])
            # what lies after this part (the plans found before it) stays where it was
            top.children = sorted(
                [*top.children, node, *(c for c in moved if c.start >= end)], key=lambda c: c.start
            )
            found[id(node)] = wanted
            present.add(wanted)
            end = start
        # what was done, before any problems or plans found here: a commitment to do one's
        # duties (落实第一责任人职责) is a plan, not the report of them
        point = (
            _duties_point(text, top, end) if Kind.DUTIES not in present and kind is Kind.MEASURES else None
        )
        if point is not None:
            start, head, stop = point
            host = _deepest(top, start)
            node = Node(start, host.rank + 0.5, head, end=stop)
            host.children = sorted([*host.children, node], key=lambda c: c.start)
            found[id(node)] = Kind.DUTIES
            present.add(Kind.DUTIES)
    return found
