"""Find the heading tree of a normalised report.

Numbered headings are found at line starts and, for bodies that arrive as one long line,
after sentence punctuation (ranks 1 and 2 only). A candidate is accepted only when its
number fits the sequence so far, which keeps ``统一、运行高效`` and inline lists out while
tolerating skipped and repeated numbers. Unnumbered headings, the short first sentence of
a paragraph, are accepted where at least two sibling paragraphs open that way.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .chars import count_ideographs
from .headings import (
    ENUMERATIONS,
    INLINE_RANKS,
    SALUTATION,
    HeadingText,
    at_boundary,
    heading_extent,
    match_marker,
)

_INLINE = re.compile(r"(?<=[。！？；：!?;:）)”」])\s*(?=[（(〇零一二三四五六七八九十百两第])")
Announces = Callable[[str], bool]
_NEXT_INLINE = re.compile(r"[（(]?[〇零一二三四五六七八九十百两]{1,4}[）)、．]")


@dataclass
class Node:
    """A heading being assembled into the tree (mutable while parsing only)."""

    start: int
    rank: float
    head: HeadingText | None
    number: int | None = None
    end: int = 0
    children: list[Node] = field(default_factory=list)
    glued: tuple[int, int] | None = None
    implicit: bool = False  # a part with no heading of its own: its head is a lead-in sentence

    @property
    def body_start(self) -> int:
        return self.head.body_start if self.head else self.start


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _inline_limit(text: str, start: int, line_end: int) -> int:
    """Where the next inline heading marker on the line begins, or the line's end."""
    for m in _NEXT_INLINE.finditer(text, start + 1, line_end):
        glued = at_boundary(text, m.start()) or text[m.start() - 1] not in "第统唯之"
        if glued and match_marker(text, m.start(), INLINE_RANKS) is not None:
            return m.start()
    return line_end


def _fits(rank: int, number: int, prev: int, top_seen: bool, inline: bool) -> bool:
    """Whether a marker's number continues its sequence (skips and repeats tolerated)."""
    if inline:
        restart = number == 1 and rank == 2 and top_seen
        return (prev <= number <= prev + 2 or restart) and number > 0 and (rank == 1 or top_seen or prev > 0)
    if rank == 1:
        return prev <= number <= prev + 3 if prev else number <= 10
    return number == 1 or prev <= number <= prev + 3


def numbered_headings(text: str) -> list[Node]:
    """All numbered headings whose numbers fit their sequence, in document order."""
    starts = {0} | {m.end() for m in re.finditer("\n", text)}
    queue = [(p, False) for p in starts] + [
        (m.end(), True) for m in _INLINE.finditer(text) if m.end() not in starts
    ]
    heapq.heapify(queue)
    last = dict.fromkeys(range(1, 6), 0)
    nodes: list[Node] = []
    done = -1
    while queue:
        pos, inline = heapq.heappop(queue)
        if pos <= done:
            continue
        hit = match_marker(text, pos, INLINE_RANKS if inline else (1, 2, 3, 4, 5))
        if hit is None:
            continue
        rank, number, marker_end = hit
        if not _fits(rank, number, last[rank], last[1] > 0, inline):
            continue
        line_end = _line_end(text, pos)
        limit = _inline_limit(text, marker_end, line_end)
        head = heading_extent(text, marker_end, limit, canonical=rank == 1)
        # Inline, a long "heading" is more often a sentence; a part's own (rank 1) may run longer.
        longest = 45 if rank == 1 else 30
        if head.text_end <= head.text_start or (inline and head.text_end - head.text_start > longest):
            continue
        done = pos
        nodes.append(Node(pos, rank, head, number, glued=head.glued_subheading))
        if limit < line_end and head.text_end >= limit:
            heapq.heappush(queue, (limit, True))
        last[rank] = number
        for lower in range(rank + 1, 6):
            last[lower] = 0
    return nodes


def _first_sentence(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(text_end, body_start) if the paragraph at ``start`` opens with a heading sentence."""
    if match_marker(text, start) is not None or any(p.match(text, start) for p in ENUMERATIONS[:2]):
        return None
    stop = next((i for i in range(start, min(end, start + 31)) if text[i] in "。！？；：，,!?;:"), None)
    if stop is None:
        if end - start > 30 or end >= len(text) or text[end : end + 1] != "\n":
            return None
        stop, body = end, end + 1
    else:
        # An exclamation rallies, it does not head a paragraph (同志们！ 让我们…！).
        if text[stop] != "。" or stop + 1 >= end:
            return None
        body = stop + 1
    head = text[start:stop]
    if count_ideographs(head) < 4 or re.match(r"\d{4}年", head) or SALUTATION.match(head):
        return None
    return stop, body


def unnumbered_headings(text: str, start: int, end: int, forced: tuple[int, int] | None) -> list[Node]:
    """Paragraph-opening heading sentences in ``text[start:end]``, if two or more agree."""
    found: list[Node] = []
    if forced is not None:
        found.append(Node(forced[0], 0, HeadingText(forced[0], forced[1], forced[1] + 1)))
    pos = start
    while pos < end:
        line_end = min(_line_end(text, pos), end)
        if pos > start or text[pos - 1 : pos] in ("\n", ""):
            hit = _first_sentence(text, pos, line_end)
            if hit is not None:
                found.append(Node(pos, 0, HeadingText(pos, hit[0], hit[1])))
        pos = line_end + 1
    return found if len(found) >= 2 else []


def _close(node: Node, end: int) -> None:
    node.end = end
    for i, child in enumerate(node.children):
        nxt = node.children[i + 1].start if i + 1 < len(node.children) else end
        _close(child, nxt)


def _add_unnumbered(text: str, node: Node) -> None:
    for child in node.children:
        _add_unnumbered(text, child)
    if node.head is None:
        return
    region_end = node.children[0].start if node.children else node.end
    extra = unnumbered_headings(text, node.body_start, region_end, node.glued)
    for child in extra:
        child.rank = node.rank + 0.5
    if extra:
        node.children[:0] = extra
        _close(node, node.end)


def _sentence_before(text: str, pos: int, floor: int) -> tuple[int, int] | None:
    """The sentence that ends right before ``pos`` (a lead-in such as ``2024年，我们将…：``)."""
    end = pos
    while end > floor and text[end - 1] in " \n":
        end -= 1
    if end - floor < 6:
        return None
    start = max(text.rfind(c, floor, end - 1) for c in "。！？\n") + 1
    return (max(start, floor), end) if end - max(start, floor) >= 6 else None


def _implicit_part(text: str, parent: Node, node: Node, announces: Announces) -> Node | None:
    """A top-level part with no heading of its own, where sub-numbering restarts at （一）.

    ``（一）…（五）`` that begin again after a sentence announcing another part
    (``2022年，我们将…``) are that part's items, not more items of the part before.
    """
    if node.rank != 2 or node.number != 1:
        return None
    last = next((c for c in reversed(parent.children) if c.rank == node.rank), None)  # no list: long bodies
    if last is None or (last.number or 0) < 2:
        return None
    floor = last.head.text_end if last.head else last.start
    lead = _sentence_before(text, node.start, floor)
    if lead is None or not announces(text[lead[0] : lead[1]]):
        return None
    start, end = lead
    stop = end - 1 if text[end - 1] in "。！？：；，" else end
    if stop - start > 40:
        comma = text.rfind("，", start, start + 40)
        stop = comma if comma > start else start + 40
    return Node(start, 1, HeadingText(start, stop, end), implicit=True)


def parse_tree(
    text: str,
    body_start: int = 0,
    numbered: list[Node] | None = None,
    body_end: int | None = None,
    announces: Announces | None = None,
) -> Node:
    """The heading tree below a root covering ``text[:body_end]``; the root's body is the preamble.

    ``numbered`` may pass in :func:`numbered_headings` already computed for ``text``;
    ``announces`` tells whether a sentence announces a part (see :func:`_implicit_part`).
    """
    body_end = len(text) if body_end is None else body_end
    root = Node(0, 0, None)
    stack = [root]
    for node in numbered if numbered is not None else numbered_headings(text):
        if node.start < body_start or node.start >= body_end:
            continue
        while stack[-1].rank >= node.rank:
            stack.pop()
        implicit = _implicit_part(text, stack[-1], node, announces) if announces else None
        if implicit is not None:
            stack[1:] = []
            root.children.append(implicit)
            stack.append(implicit)
        stack[-1].children.append(node)
        stack.append(node)
    if not root.children:
        root.children = unnumbered_headings(text, body_start, body_end, None)
        for child in root.children:
            child.rank = 1
    _close(root, body_end)
    _add_unnumbered(text, root)
    return root
