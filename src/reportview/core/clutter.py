"""Remove what web pages and archives wrap around a report, keeping its real title.

Two kinds of clutter: an archive metadata header (``标题：… 发布时间：… ==== 正文 ====``,
whatever its keys, on its own lines or on one line with the body), and page furniture
(breadcrumbs, date and view counters, font-size widgets, share and print buttons, footers,
attachment lists). Furniture is cut *out of* a line, from its start and from its end; a
line is dropped only when it is short and nothing but furniture, so a body that arrives
as one line behind a breadcrumb keeps every sentence. Every pattern is anchored and
bounded, so cleaning stays linear on long lines.
"""

from __future__ import annotations

import re

from .chars import count_ideographs

_META_KEYS = (
    "标题|题名|文章标题|索引号|发布机构|发文机关|发文机构|发布单位|主题分类|主题词|文号|发文字号|"
    "成文日期|发布日期|发布时间|生效日期|有效性|信息来源|文章来源|来源|作者|责任编辑|编辑|"
    "浏览次数|浏览量|点击数|点击量|阅读次数|阅读量|访问量|时间|日期|分类|公开方式|公开范围|"
    "体裁分类|组配分类|服务对象分类|所属机构|文件编号|关键词|摘要|栏目|原文链接|链接|网址|本地目录"
)
_TITLE_KEYS = ("标题", "题名", "文章标题")
_FIELD = re.compile(rf"[\[【]?({_META_KEYS})[\]】]?[ \t]*[:：][ \t]*")
_DATE = (
    r"\d{4}[ \t]*[-/.年][ \t]*\d{1,2}[ \t]*[-/.月][ \t]*\d{1,2}[ \t]*日?"
    r"(?:[ \t]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
_RULE = r"[=＝\-—_*#~·]"
#: ``==== 正文 ====``, ``正文：`` or a bare rule: where an archive header hands over to the body.
_BODY_MARK = re.compile(
    rf"[ \t]*(?:{_RULE}{{2,}}[ \t]*)?正[ \t]*文[ \t]*[:：]?[ \t]*(?:{_RULE}{{2,}})?[ \t]*|[ \t]*{_RULE}{{4,}}[ \t]*"
)
_NAMED_MARK = re.compile(
    rf"(?:{_RULE}{{2,}}[ \t]*正[ \t]*文[ \t]*{_RULE}{{2,}}|^正[ \t]*文[ \t]*[:：]?[ \t]*$)", re.M
)
#: A header line: ``key: value`` with a short key, or a pointer such as ``页面链接与图片详见 …``.
_HEADER_LINE = re.compile(
    r"^[ \t]*(?:[\[【]?[^\s:：。，]{1,10}[\]】]?[ \t]*[:：].{0,300}|[^。，\n]{0,30}(?:详见|见附件|links?\.\w+).{0,100})?[ \t]*$"
)
_DATE_KEYS = {"成文日期", "发布日期", "发布时间", "生效日期", "时间", "日期"}
_COUNT_KEYS = {"浏览次数", "浏览量", "点击数", "点击量", "阅读次数", "阅读量", "访问量"}

_SEP = r"[>＞»›/→]"
_CRUMB = rf"[^\s>＞»›/→]{{1,16}}(?:[ \t]*{_SEP}+[ \t]*[^\s>＞»›/→]{{1,16}}){{0,12}}"
_BUTTON_WORDS = r"打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏|返回顶部|返回|保存|纠错|分享"
_SHARE = r"微信|微博|QQ空间|QQ好友|QQ|新浪微博|腾讯微博|朋友圈|人人网|豆瓣|复制链接|二维码"
#: Furniture that may open a line; each pattern is anchored where it is tried and bounded.
_FURNITURE = [
    re.compile(p)
    for p in (
        rf"(?:您?(?:当前|现在)?(?:所在)?的?位置|当前位置|所在位置)[ \t]*[:：]?[ \t]*(?:{_CRUMB})?",
        rf"(?:网站)?首页[ \t]*{_SEP}+[ \t]*{_CRUMB}",
        rf"(?:发布|更新|成文)?(?:时间|日期)[ \t]*[:：][ \t]*(?:{_DATE}|[\d\-/.: ]{{1,20}}(?![\d年月日至])|(?=[ \t]|$))",
        r"(?:浏览量|浏览次数|点击数|点击量|阅读量|阅读次数|访问量|访问次数|浏览)[ \t]*[:：]?[ \t]*\d{0,9}[ \t]*次?",
        r"(?:信息来源|文章来源|来源|作者|责任编辑|编辑|发布机构|审核|校对)[ \t]*[:：][ \t]*[^\s\d。，：:]{0,24}(?=[\s\d]|$)",
        r"字[体号]?[ \t]*[:：]?[ \t]*[\[【(（]?[ \t]*大[ \t]*[\]】)）]?[ \t]*[\[【(（]?[ \t]*中[ \t]*[\]】)）]?[ \t]*[\[【(（]?[ \t]*小[ \t]*[\]】)）]?",
        r"[\[【(（][ \t]*[大中小][ \t]*[\]】)）]",
        r"扫一扫(?:[ \t]*在?手机上?(?:查看|打开|浏览)?(?:当前|本)?页面?)?|[^\s。]{0,12}在手机上?(?:查看|打开|浏览)[^\s。]{0,8}|手机扫码[^\s。]{0,12}|微信扫[^\s。]{0,12}",
        rf"分享到[ \t]*[:：]?(?:[ \t]*(?:{_SHARE}))*|(?:{_SHARE})(?=[ \t]|$)",
        rf"[\[【]?(?:{_BUTTON_WORDS})[\]】]?(?=[ \t\[【]|$)",
        r"(?:相关)?附件(?:下载)?[ \t]*[:：]?[ \t]*$",
        r"(?:主办|承办|协办)单位[ \t]*[:：][^\n]{0,60}|版权所有[^\n]{0,60}|[^\s]{0,30}ICP[备证][^\n]{0,40}|网站标识码[^\n]{0,40}|[^\s]{0,20}公网安备[^\n]{0,40}|联系我们|网站地图|技术支持[ \t]*[:：][^\n]{0,40}",
        r"[\[【]?(?:上|下)一篇[\]】]?[ \t]*[:：]?[^\n]{0,60}",
        rf"(?:{_META_KEYS})[ \t]*[:：][ \t]*[^\s。，]{{0,40}}(?=\s|$)",
        rf"^{_RULE}{{3,}}[ \t]*(?:正[ \t]*文)?[ \t]*{_RULE}*$|^正[ \t]*文[ \t]*[:：]?$",
    )
]
#: Where a page's footer begins at the end of a line that carries the report.
_FOOTER = re.compile(
    rf"[ \t]*(?:(?:信息|文章)?来源[ \t]*[:：]|附件(?:下载)?[ \t]*[:：]|相关附件|责任编辑[ \t]*[:：]|"
    rf"[\[【]?(?:打印本页|打印此页|关闭窗口|关闭本页)|【(?:打印|关闭)】|分享到|扫一扫|"
    rf"[\[【]?(?:上|下)一篇|版权所有|(?:主办|承办)单位[ \t]*[:：]|(?:{_SHARE})[ \t]+(?:{_SHARE}))"
)
_SENTENCE_END = re.compile(r"[。！？!?]")
_TITLE_CANDIDATE = re.compile(r"[^\s。，；：:]{6,60}?(?:报告|总结|情况|工作要点|思路|通报)")
_ATTACHMENT_FILE = re.compile(r".{1,80}\.(?:docx?|xlsx?|pdf|wps|et|zip|rar|7z|jpe?g|png|ofd)\s*$", re.I)
_ATTACHMENT_HEAD = re.compile(r"^(?:相关)?附件(?:下载)?\s*[:：]?\s*$")
_ALWAYS = re.compile(
    r"扫一扫在手机上?(?:查看|打开)当前页面?|字体\s*[:：]\s*[\[【]\s*大\s*[\]】]\s*[\[【]\s*中\s*[\]】]\s*[\[【]\s*小\s*[\]】]"
    r"|【(?:打印本页|关闭窗口|打印|关闭)】"
)
#: A line longer than this carries report text: only its ends are searched for furniture.
_SHORT_LINE = 200
#: How far into a long line its opening furniture may reach, and how far back its footer.
_HEAD_REACH = 600
_TAIL_REACH = 600


def _value_end(text: str, key: str, start: int) -> int:
    """End of a metadata field's value: the next field, a line end or a fitting shape."""
    if key in _DATE_KEYS:
        m = re.compile(_DATE + r"|[\d\-/.: ]{1,25}").match(text, start)
        return m.end() if m else start
    if key in _COUNT_KEYS:
        m = re.compile(r"\d{0,9}[ \t]*次?").match(text, start)
        return m.end() if m else start
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    window = min(line_end, start + 300)
    nxt = _FIELD.search(text, start, window)
    mark = _BODY_MARK.search(text, start, window)
    stops = [window] + [m.start() for m in (nxt, mark) if m is not None]
    space = re.compile(r"\s{2,}|\s(?=\S)").search(text, start, min(stops))
    if space is not None and (key not in _TITLE_KEYS or space.start() - start >= 8):
        stops.append(space.start())
    return min(stops)


def _marked_header(text: str) -> tuple[str, str | None] | None:
    """A header of ``key: value`` lines, whatever the keys, closed by a ``正文`` rule."""
    mark = _NAMED_MARK.search(text, 0, 4000)
    if mark is None:
        return None
    head = text[: mark.start()]
    lines = [line for line in head.split("\n") if line.strip()]
    if not lines or not all(_HEADER_LINE.match(line) for line in lines):
        return None
    title = None
    for line in lines:
        m = _FIELD.match(line.strip())
        if m and m.group(1) in _TITLE_KEYS:
            # One field a line: the title is the rest of its line, spaces and all.
            one_per_line = _FIELD.search(line.strip(), m.end()) is None
            end = len(line.strip()) if one_per_line else _value_end(line.strip(), m.group(1), m.end())
            title = line.strip()[m.end() : end].strip() or None
            break
    return text[mark.end() :].lstrip(), title


def strip_header(text: str) -> tuple[str, str | None]:
    """Remove an archive metadata header at the top; return the rest and its title field."""
    marked = _marked_header(text)
    if marked is not None:
        rest, title = marked
    else:
        pos, fields, title = 0, 0, None
        while fields < 40:
            m = _FIELD.match(text, pos + len(text[pos : pos + 400]) - len(text[pos : pos + 400].lstrip()))
            if m is None:
                break
            key = m.group(1)
            end = _value_end(text, key, m.end())
            if key in _TITLE_KEYS and title is None:
                title = text[m.end() : end].strip() or None
            fields += 1
            pos = max(end, m.end())
        mark = _BODY_MARK.match(text, pos)
        if fields < 2 and not (fields == 1 and mark and "正" in mark.group(0)):
            return text, None
        if mark:
            pos = mark.end()
        rest = text[pos:].lstrip()
    if title and title not in rest[: len(title) + 200]:
        rest = title + "\n" + rest
    return rest, title


def _furniture_at(line: str, pos: int) -> int:
    """End of the furniture that starts at ``pos`` (after blanks), or ``pos`` if none does."""
    while pos < len(line) and line[pos] in " \t|｜":
        pos += 1
    for pattern in _FURNITURE:
        m = pattern.match(line, pos)
        if m is not None and m.end() > pos:
            return m.end()
    return pos


def _strip_opening(line: str) -> tuple[str, str | None]:
    """Cut breadcrumbs, counters and buttons off the start of a line; keep a title among them."""
    pos, title, reach = 0, None, min(len(line), _HEAD_REACH)
    while pos < reach:
        end = _furniture_at(line, pos)
        if end > pos:
            pos = end
            continue
        # A title sits between pieces of furniture: take it when furniture follows it.
        m = _TITLE_CANDIDATE.match(line, pos)
        if m is not None and title is None and m.end() < reach and _furniture_at(line, m.end()) > m.end():
            title, pos = m.group(0), m.end()
            continue
        break
    if pos == 0:
        return line, None
    rest = line[pos:].lstrip(" \t|｜")
    return ((title + "\n" + rest) if title else rest), title


def _strip_footer(line: str) -> str:
    """Cut a page footer (来源：… 附件下载 … 打印 关闭) off the end of a line of report text."""
    tail_start = max(0, len(line) - _TAIL_REACH)
    last_end = None
    for m in _SENTENCE_END.finditer(line, tail_start):
        last_end = m.end()
    m = _FOOTER.search(line, last_end if last_end is not None else tail_start)
    return line[: m.start()].rstrip() if m is not None and m.start() > 0 else line


def _is_furniture(line: str) -> bool:
    stripped, hit = line, False
    for pattern in _FURNITURE:
        stripped, n = pattern.subn(" ", stripped)
        hit = hit or n > 0
    return hit and count_ideographs(stripped) < 4


def strip_clutter(text: str) -> tuple[str, str | None]:
    """Drop metadata headers and page furniture; return the text and a metadata title."""
    text, title = strip_header(text)
    text = _ALWAYS.sub("", text)
    kept: list[str] = []
    in_attachments = False
    for raw in text.split("\n"):
        line = raw.strip()
        if _ATTACHMENT_HEAD.match(line):
            in_attachments = True
            continue
        if in_attachments and (not line or _ATTACHMENT_FILE.match(line)):
            continue
        in_attachments = False
        if not line:
            kept.append(line)
            continue
        if len(line) <= _SHORT_LINE and _is_furniture(line):
            continue
        if len(line) > 20:
            line, found = _strip_opening(line)
            title = title or found
            line = _strip_footer(line)
        if line:
            kept.append(line)
    return "\n".join(kept), title
