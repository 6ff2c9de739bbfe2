"""Title, reporting body (township) and year, where the text says them."""

from __future__ import annotations

import re
from collections import Counter

from .chars import IDEO, count_ideographs
from .headings import CANONICAL_TITLES, SALUTATION

_BRACKET_PREFIX = re.compile(r"^[【\[][^】\]]{2,30}[】\]]\s*(?=\S{4})")
_DATE_LINE = re.compile(r"^\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?$")
_TITLE_WORDS = re.compile(r"报告|总结|情况|工作|法治")
_GLUED_TITLE = re.compile(
    r"^(?!现将|特此|专此|根据|按照)(.{6,60}?(?:年度报告|情况报告|工作报告|的报告|报告|工作总结))(?=\S)(?!如下)"
)
_PLACE = re.compile("([" + IDEO + r"]{2,3}?)(镇|乡|街道)(?:人民政府|党委|政府)?")
_NOT_PLACE = set("我本全该各乡城村市县区省每个个两三一此其和与及在为对的了是等")
_YEAR = re.compile(r"(20\d{2}|19\d{2})\s*年")


def _title_like(line: str) -> bool:
    line = line.strip()
    return (
        0 < len(line) <= 60
        and not SALUTATION.match(line)
        and not line.endswith(("！", "!"))
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


_SUFFIX = (
    r"(?:人民政府|政府|管委会|管理委员会|委员会|办公室|办事处|管理局|片区|党工委|党委|党政办|[局委办]|"
    r"街道|[镇乡区县市]|实验区|新区|开发区|高新区)"
)
#: A body named before the year or the subject in a title: ``XX区2023年…``, ``XX局关于…``.
_TITLE_BODY = re.compile(
    rf"^(?:关于)?([{IDEO}（）()]{{2,40}}?{_SUFFIX})(?=关于|\d{{4}}|二〇|法治|依法|年度|贯彻|推进)"
)
#: A signature: the closing's own line or unit naming a body.
_SIGNATURE = re.compile(
    rf"(?:^|[\n。！])\s*([{IDEO}（）()]{{2,30}}?{_SUFFIX})\s*(?=\d{{4}}|[〇零一二三四五六七八九○]{{4}}|$)",
    re.M,
)
#: The subject of the opening sentence: ``2023年，XX镇坚持…``.
_OPENING_BODY = re.compile(
    rf"^(?:\d{{4}}年(?:以来|度)?[，,]\s*)?(?:在[^，。]{{2,40}}[，,]\s*)?([{IDEO}]{{2,30}}?{_SUFFIX})"
    r"(?=坚持|深入|认真|全面|始终|紧紧|紧扣|聚焦|以|在|围绕|按照|积极|持续|扎实|立足|高度|严格)"
)
#: What follows a place name in a brand or compound rather than a body (岚台乡音, 乡镇船舶).
_COMPOUND_NEXT = set("音镇村贤愁情亲土间野船风韵味民里")


def find_body(title: str | None, closing: str, opening: str, text: str) -> str | None:
    """The body the report speaks for: from its title, else its signature, else its opening
    sentence, else a township named often (never a name inside a brand or compound)."""
    for source, pattern in (
        (title or "", _TITLE_BODY),
        (closing, _SIGNATURE),
        (opening.strip(), _OPENING_BODY),
    ):
        m = pattern.search(source)
        if m is not None and count_ideographs(m.group(1)) >= 3:
            return m.group(1)
    counts: Counter[str] = Counter()
    for m in _PLACE.finditer(text):
        name = m.group(1)
        if text[m.end() : m.end() + 1] in _COMPOUND_NEXT:
            continue
        if any(c in _NOT_PLACE for c in name[-1:]) or name[0] in _NOT_PLACE:
            name = name[1:]
            if len(name) < 2 or name[0] in _NOT_PLACE:
                continue
        counts[name + m.group(2)] += 1
    for name, count in sorted(counts.items()):
        if len(name) >= 4 and counts.get(name[1:], 0) >= count and name[1:] != name:
            counts[name[1:]] += count
            del counts[name]
    if not counts:
        return None
    name, count = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return name if count >= 3 else None


_STEM_TITLE = re.compile(r"^(.{8,80}?(?:报告|总结|情况|要点))(?:[_\-\s（(]?\d{4}[）)]?)?$")


def title_from_filename(path: str) -> str | None:
    """A file named after its report (``XX区关于2023年法治政府建设情况的报告_2023.txt``)."""
    stem = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0].strip()
    m = _STEM_TITLE.match(stem)
    return m.group(1) if m and count_ideographs(m.group(1)) >= 8 else None


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
