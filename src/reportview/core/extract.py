"""Text out of HTML pages and PDF files, through well-kept libraries."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from .decode import cjk_ratio

logging.getLogger("pypdf").setLevel(logging.ERROR)
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_SITE_SUFFIX = re.compile(r"\s*[_|｜—–-]+\s*[^_|｜—–-]{2,30}$")


def html_text(markup: str) -> tuple[str, str | None]:
    """Main text of a saved web page (navigation, scripts and footers dropped) and its title."""
    import trafilatura

    text = (
        trafilatura.extract(
            markup, favor_recall=True, include_comments=False, include_tables=True, deduplicate=False
        )
        or ""
    )
    meta = trafilatura.extract_metadata(markup)
    title = meta.title.strip() if meta is not None and meta.title else None
    fallback = _plain_html_text(markup)
    if len(text) < 0.3 * len(fallback) or cjk_ratio(text) < 0.2 <= cjk_ratio(fallback):
        text = fallback
    if title:
        title = _SITE_SUFFIX.sub("", title) if len(title) > 12 else title
        if title and title not in text[:400]:
            text = title + "\n" + text
    return text, title


def _plain_html_text(markup: str) -> str:
    """All visible text, for pages too short or unusual for main-text extraction."""
    import lxml.html

    try:
        root = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//nav|//header|//footer|//iframe"):
        bad.drop_tree()
    for block in root.xpath("//p|//div|//br|//li|//h1|//h2|//h3|//h4|//tr|//td"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(/?)>")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_SKIPPED = ("script", "style", "noscript")


def html_depth(markup: str) -> int:
    """The deepest element nesting in ``markup``, counted from its tags in one pass."""
    depth = deepest = 0
    for m in _TAG.finditer(markup):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def flat_html_text(markup: str) -> str:
    """The text of a page read without its layout: tags become line breaks, scripts and
    styles are dropped. Linear in the page, whatever its nesting."""
    import html

    out, pos, lowered = [], 0, markup.lower()
    while True:
        starts = [(lowered.find(f"<{tag}", pos), tag) for tag in _SKIPPED]
        start, tag = min(((s, t) for s, t in starts if s >= 0), default=(-1, ""))
        if start < 0:
            out.append(markup[pos:])
            break
        out.append(markup[pos:start])
        end = lowered.find(f"</{tag}", start)
        if end < 0:
            break
        close = lowered.find(">", end)
        pos = len(markup) if close < 0 else close + 1
    text = _TAG.sub("\n", "".join(out))
    return "\n".join(line.strip() for line in html.unescape(text).splitlines() if line.strip())


_END = "。！？；：”’」』）)…"
#: A line that opens a heading or list item starts anew, however full the line before it.
_OPENS_ITEM = re.compile(
    r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．]|\d{1,2}[.．、](?!\d)"
    r"|[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,3}[，、]|[①-⑳])"
)


def pdf_text(path: Path) -> tuple[str, int]:
    """Text layer of a PDF (hard-wrapped lines joined) and its page count."""
    import pypdf

    reader = pypdf.PdfReader(str(path), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise PermissionError("encrypted")
    pages = [page.extract_text() or "" for page in reader.pages]
    return unwrap("\n".join(pages)), len(pages)


def unwrap(text: str) -> str:
    """Join lines that a page layout broke in mid-sentence."""
    lines = [line.rstrip() for line in text.splitlines()]
    lengths = sorted(len(line) for line in lines if line.strip())
    if not lengths:
        return text
    full = lengths[int(len(lengths) * 0.8)] if len(lengths) > 4 else lengths[-1]
    out: list[str] = []
    for line in lines:
        if (
            out
            and out[-1]
            and line.strip()
            and not _OPENS_ITEM.match(line.strip())
            and not out[-1].endswith(tuple(_END))
            and len(out[-1]) >= 0.85 * full
        ):
            out[-1] += line.strip()
        else:
            out.append(line.strip())
    return "\n".join(out)
