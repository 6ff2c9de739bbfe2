"""Remove what web pages and archives wrap around a report, keeping its real title.

Two kinds of clutter: an archive metadata header (``标题：… 发布时间：… ==== 正文 ====``),
which may sit on one line with the whole body, and page furniture lines (breadcrumbs,
date and view counters, font-size widgets, QR prompts, share and print buttons, footers,
attachment lists). A line is dropped only when, once its furniture is removed, fewer than
four Chinese characters remain, so report sentences that mention a date survive.
"""

from __future__ import annotations

import re

from .chars import count_ideographs

_META_KEYS = (
    "标题|题名|文章标题|索引号|发布机构|发文机关|发文机构|发布单位|主题分类|主题词|文号|发文字号|"
    "成文日期|发布日期|发布时间|生效日期|有效性|信息来源|文章来源|来源|作者|责任编辑|编辑|"
    "浏览次数|浏览量|点击数|点击量|阅读次数|阅读量|访问量|时间|日期|分类|公开方式|公开范围|"
    "体裁分类|组配分类|服务对象分类|所属机构|文件编号|关键词|摘要"
)
_FIELD = re.compile(rf"[\[【]?({_META_KEYS})[\]】]?[ \t]*[:：][ \t]*")
_DATE = (
    r"\d{4}[ \t]*[-/.年][ \t]*\d{1,2}[ \t]*[-/.月][ \t]*\d{1,2}[ \t]*日?"
    r"(?:[ \t]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
_BODY_MARK = re.compile(
    r"\s*(?:[=＝\-—_*#]{2,}\s*)?正\s*文\s*[:：]?\s*(?:[=＝\-—_*#]{2,})?\s*|\s*[=＝\-—_*#]{4,}\s*"
)
_DATE_KEYS = {"成文日期", "发布日期", "发布时间", "生效日期", "时间", "日期"}
_COUNT_KEYS = {"浏览次数", "浏览量", "点击数", "点击量", "阅读次数", "阅读量", "访问量"}

_FURNITURE = [
    re.compile(p)
    for p in (
        r"(?:您?(?:当前|现在)?(?:所在)?的?位置|当前位置|所在位置)\s*[:：]?.*",
        r"^首页\s*[>＞»›/].*",
        rf"(?:发布|更新)?(?:时间|日期)\s*[:：]\s*(?:{_DATE}|[\d\-/. :]+)?",
        r"(?:浏览量|浏览次数|点击数|点击量|阅读量|阅读次数|访问量|访问次数|浏览)\s*[:：]?\s*\d*\s*次?",
        r"(?:信息来源|文章来源|来源|作者|责任编辑|编辑|发布机构|审核|校对)\s*[:：]\s*\S{0,30}",
        r"字[体号]?\s*[:：]?\s*[\[【(（]?\s*大\s*[\]】)）]?\s*[\[【(（]?\s*中\s*[\]】)）]?\s*[\[【(（]?\s*小\s*[\]】)）]?",
        r"[\[【(（]\s*[大中小]\s*[\]】)）]",
        r"扫一扫.*|.*在手机上?(?:查看|打开|浏览).*|.*手机扫码.*|.*微信扫.*",
        r"分享到\s*[:：]?.*|[\[【]?(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏|返回顶部|返回|保存|纠错)[\]】]?",
        r"(?:相关)?附件\s*[:：]?\s*$",
        r"(?:主办|承办|协办)单位\s*[:：].*|版权所有.*|.*ICP[备证].*|网站标识码.*|.*公网安备.*|联系我们|网站地图|技术支持\s*[:：].*",
        r"[\[【]?(?:上|下)一篇[\]】]?\s*[:：]?.*",
        rf"(?:{_META_KEYS})\s*[:：]\s*\S{{0,40}}",
        r"^[=＝\-—_*#~·]{3,}\s*(?:正\s*文)?\s*[=＝\-—_*#~·]*$|^正\s*文\s*[:：]?$",
    )
]
_ATTACHMENT_FILE = re.compile(r".{1,80}\.(?:docx?|xlsx?|pdf|wps|et|zip|rar|7z|jpe?g|png|ofd)\s*$", re.I)
_ATTACHMENT_HEAD = re.compile(r"^(?:相关)?附件\s*[:：]?\s*$")
_ALWAYS = re.compile(
    r"扫一扫在手机上?(?:查看|打开)当前页面?|字体\s*[:：]\s*[\[【]\s*大\s*[\]】]\s*[\[【]\s*中\s*[\]】]\s*[\[【]\s*小\s*[\]】]"
    r"|【(?:打印本页|关闭窗口|打印|关闭)】"
)


def _value_end(text: str, key: str, start: int) -> int:
    """End of a metadata field's value: the next field, a line end or a fitting shape."""
    if key in _DATE_KEYS:
        m = re.compile(_DATE + r"|[\d\-/.: ]+").match(text, start)
        return m.end() if m else start
    if key in _COUNT_KEYS:
        m = re.compile(r"\d*[ \t]*次?").match(text, start)
        return m.end() if m else start
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    nxt = _FIELD.search(text, start, line_end)
    mark = _BODY_MARK.search(text, start, line_end)
    stops = [line_end] + [m.start() for m in (nxt, mark) if m is not None]
    space = re.compile(r"\s{2,}|\s(?=\S)").search(text, start, min(stops))
    if space is not None and (key != "标题" or space.start() - start >= 8):
        stops.append(space.start())
    return min(stops)


def strip_header(text: str) -> tuple[str, str | None]:
    """Remove an archive metadata header at the top; return the rest and its title field."""
    pos, fields, title = 0, 0, None
    while True:
        m = _FIELD.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))
        if m is None:
            break
        key = m.group(1)
        end = _value_end(text, key, m.end())
        if key in ("标题", "题名", "文章标题") and title is None:
            title = text[m.end() : end].strip() or None
        fields += 1
        pos = end
    marked = _BODY_MARK.match(text, pos)
    if fields < 2 and not (fields == 1 and marked and "正" in marked.group(0)):
        return text, None
    if marked:
        pos = marked.end()
    rest = text[pos:].lstrip()
    if title and title not in rest[: len(title) + 200]:
        rest = title + "\n" + rest
    return rest, title


def _is_furniture(line: str) -> bool:
    stripped = line
    hit = False
    for pattern in _FURNITURE:
        stripped, n = pattern.subn(" ", stripped)
        hit = hit or n > 0
    return hit and count_ideographs(stripped) < 4


def strip_clutter(text: str) -> tuple[str, str | None]:
    """Drop metadata headers and page-furniture lines; return text and a metadata title."""
    text, title = strip_header(text)
    text = _ALWAYS.sub("", text)
    kept: list[str] = []
    in_attachments = False
    for line in text.split("\n"):
        if _ATTACHMENT_HEAD.match(line.strip()):
            in_attachments = True
            continue
        if in_attachments and (not line.strip() or _ATTACHMENT_FILE.match(line.strip())):
            continue
        in_attachments = False
        if line.strip() and _is_furniture(line):
            continue
        kept.append(line)
    return "\n".join(kept), title
