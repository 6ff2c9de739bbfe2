"""Title, reporting body (township) and year, where the text says them."""

from __future__ import annotations

import re
from collections import Counter

from .chars import count_ideographs
from .headings import CANONICAL_TITLES

_BRACKET_PREFIX = re.compile(r"^[【\[][^】\]]{2,30}[】\]]\s*(?=\S{4})")
_DATE_LINE = re.compile(r"^\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?$")
_TITLE_WORDS = re.compile(r"报告|总结|情况|工作|法治")
_GLUED_TITLE = re.compile(
    r"^(?!现将|特此|专此|根据|按照)(.{6,60}?(?:年度报告|情况报告|工作报告|的报告|报告|工作总结))(?=\S)(?!如下)"
)
_PLACE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(镇|乡|街道)(?:人民政府|党委|政府)?")
_NOT_PLACE = set("我本全该各乡城村市县区省每个个两三一此其和与及在为对的了是等")
_YEAR = re.compile(r"(20\d{2}|19\d{2})\s*年")


def _title_like(line: str) -> bool:
    line = line.strip()
    return (
        0 < len(line) <= 60
        and count_ideographs(line) >= 4
        and not line.endswith(("。", "：", ":", "；", "，"))
        and "，" not in line
    )


def title_lines(text: str, first_heading: int) -> tuple[str | None, int]:
    """The title and the offset where the preamble begins (after title and date lines)."""
    pos, title = 0, None
    while pos < min(first_heading, len(text)):
        end = text.find("\n", pos)
        end = len(text) if end < 0 or end > first_heading else end
        line = text[pos:end].strip()
        if line.startswith(CANONICAL_TITLES):
            break  # an unnumbered part heading ("存在的问题"), not a title line
        if _DATE_LINE.match(line) or (_title_like(line) and end < first_heading):
            if title is None and not _DATE_LINE.match(line):
                title = _BRACKET_PREFIX.sub("", line)
            pos = end + 1
            continue
        if title is None and pos == 0:
            glued = _GLUED_TITLE.match(line)
            if glued and len(line) > 120:
                return glued.group(1), glued.end()
        break
    return title, min(pos, len(text))


def find_body(text: str) -> str | None:
    """The township (or other body) the report speaks for: its most frequent name."""
    counts: Counter[str] = Counter()
    for m in _PLACE.finditer(text):
        name = m.group(1)
        if any(c in _NOT_PLACE for c in name[-1:]) or name[0] in _NOT_PLACE:
            name = name[1:]
            if len(name) < 2 or name[0] in _NOT_PLACE:
                continue
        counts[name + m.group(2)] += 1
    for name, count in list(counts.items()):
        if len(name) >= 4 and counts.get(name[1:], 0) >= count and name[1:] != name:
            counts[name[1:]] += count
            del counts[name]
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    return name if count >= 2 else None


def find_year(title: str | None, preamble: str, text: str) -> int | None:
    """The year reported on: from the title, else the preamble, else a year said often."""
    for source in (title or "", preamble[:300]):
        m = _YEAR.search(source)
        if m and not source[m.end() : m.end() + 2].startswith("以来"):
            return int(m.group(1))
    counts = Counter(int(y) for y in _YEAR.findall(text))
    if counts:
        year, n = counts.most_common(1)[0]
        if n >= 3:
            return year
    return None
