"""Text of a .docx file, with the list numbers Word keeps outside the paragraph text.

Word stores "一、" or "（二）" of an automatically numbered heading in ``numbering.xml``,
not in the run text, so reading runs alone loses every heading marker. This module
re-creates the labels from the numbering definitions and the paragraph order.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn

from .limits import (
    DOCX_TOO_LARGE,
    MAX_DOCX_ENTRIES,
    MAX_DOCX_PART_BYTES,
    MAX_DOCX_RATIO,
    MAX_DOCX_TOTAL_BYTES,
    MAX_STYLE_DEPTH,
    PART_TOO_LARGE,
    TOO_MANY_PARTS,
    ZIP_BOMB,
)
from .numerals import CIRCLED, int_to_chinese, to_letters, to_roman

_CHINESE_FORMATS = {
    "chineseCounting",
    "chineseCountingThousand",
    "ideographTraditional",
    "taiwaneseCounting",
    "taiwaneseCountingThousand",
    "chineseLegalSimplified",
    "ideographLegalTraditional",
    "japaneseCounting",
    "koreanCounting",
}


def format_number(n: int, fmt: str) -> str:
    """Render ``n`` in one of Word's ``w:numFmt`` styles."""
    if fmt in _CHINESE_FORMATS:
        return int_to_chinese(n)
    if fmt == "ideographDigital":
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return CIRCLED[n - 1] if 0 < n <= len(CIRCLED) else str(n)
    if fmt == "decimalFullWidth":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "lowerLetter":
        return to_letters(n)
    if fmt == "upperLetter":
        return to_letters(n).upper()
    if fmt == "lowerRoman":
        return to_roman(n)
    if fmt == "upperRoman":
        return to_roman(n).upper()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


def _val(el: Any, tag: str) -> str | None:
    child = el.find(qn(tag)) if el is not None else None
    return child.get(qn("w:val")) if child is not None else None


class Numbering:
    """Counters for every list in the document, advanced paragraph by paragraph."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self._counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract: dict[str, Any] = {
            a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))
        }
        for num in root.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            abs_id = _val(num, "w:abstractNumId")
            if num_id is None or abs_id not in abstract:
                continue
            overrides = {int(o.get(qn("w:ilvl"), "0")): o for o in num.findall(qn("w:lvlOverride"))}
            for lvl in abstract[abs_id].findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                start = int(_val(lvl, "w:start") or "1")
                if ilvl in overrides and _val(overrides[ilvl], "w:startOverride"):
                    start = int(_val(overrides[ilvl], "w:startOverride") or start)
                fmt = _val(lvl, "w:numFmt") or "decimal"
                text = _val(lvl, "w:lvlText") or ""
                self._levels[(num_id, ilvl)] = (fmt, text, start)

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance list ``num_id`` at level ``ilvl`` and return the rendered label."""
        if (num_id, ilvl) not in self._levels:
            return ""
        counters = self._counters.setdefault(num_id, [0] * 9)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = 0
        text = self._levels[(num_id, ilvl)][1]

        def render(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            level_fmt, _, start = self._levels.get((num_id, level), ("decimal", "", 1))
            value = counters[level] + start - 1 if level < len(counters) else 0
            return format_number(max(value, start), level_fmt)

        return re.sub(r"%(\d)", render, text)


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """The paragraph's list (numId, level), directly or through its style chain."""
    ppr = paragraph._p.pPr
    candidates = [ppr.find(qn("w:numPr")) if ppr is not None else None]
    style = paragraph.style
    seen: set[int] = set()
    while style is not None and id(style.element) not in seen and len(seen) < MAX_STYLE_DEPTH:
        seen.add(id(style.element))  # basedOn may loop (A → B → A): follow each style once
        sppr = style.element.pPr
        candidates.append(sppr.find(qn("w:numPr")) if sppr is not None else None)
        style = style.base_style
    num_id, ilvl = None, None
    for numpr in candidates:
        if numpr is None:
            continue
        num_id = num_id or _val(numpr, "w:numId")
        ilvl = ilvl if ilvl is not None else _val(numpr, "w:ilvl")
    if num_id is None or num_id == "0":
        return None
    return num_id, int(ilvl or 0)


def _blocks(document: Any) -> Iterator[Any]:
    """Paragraphs in body order, table cells included."""
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            yield docx.text.paragraph.Paragraph(child, document)
        elif child.tag == qn("w:tbl"):
            table = docx.table.Table(child, document)
            for row in table.rows:
                for cell in row.cells:
                    yield from cell.paragraphs


class DocxTooLarge(ValueError):
    """The zip directory declares more than a report could hold (the reason names the limit)."""


def check_zip(path: Path) -> None:
    """Refuse a .docx whose zip directory declares too many parts, too large a part, too much
    in all, or a compression no document has (a zip bomb): before anything is inflated.
    (Reading a part never yields more than its declared size: zipfile enforces it.)"""
    with zipfile.ZipFile(path) as archive:
        entries = archive.infolist()
    if len(entries) > MAX_DOCX_ENTRIES:
        raise DocxTooLarge(TOO_MANY_PARTS)
    for entry in entries:
        if entry.file_size > MAX_DOCX_PART_BYTES:
            raise DocxTooLarge(PART_TOO_LARGE)
        if entry.file_size > 1024 * 1024 and entry.file_size > MAX_DOCX_RATIO * max(1, entry.compress_size):
            raise DocxTooLarge(ZIP_BOMB)
    if sum(e.file_size for e in entries) > MAX_DOCX_TOTAL_BYTES:
        raise DocxTooLarge(DOCX_TOO_LARGE)


def docx_text(path: Path) -> str:
    """All paragraph text of the document, one paragraph a line, with list labels restored."""
    check_zip(path)
    document = docx.Document(str(path))
    numbering = Numbering(document)
    lines = []
    for paragraph in _blocks(document):
        text = paragraph.text
        numpr = _num_pr(paragraph)
        if numpr is not None and text.strip():
            text = numbering.label(*numpr) + text
        lines.append(text)
    return "\n".join(lines)
