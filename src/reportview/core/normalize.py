"""From extracted text to the one normalised text every later span points into.

Steps, in order: line endings and invisible characters; pinyin glued after characters
(``關(guān)`` → ``關``); traditional → simplified (OpenCC); full-width letters and digits;
half-width punctuation among Chinese text made full-width; stray spaces; web and archive
clutter (see :mod:`clutter`). Damage (``?`` standing in for lost characters) is reported,
not repaired.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .chars import CJK, CJK_ANY, CJK_PUNCT, IDEO, IDEO_RE
from .clutter import strip_clutter
from .errors import DAMAGE_TEMPLATE
from .model import Notice

_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
_SPACES = re.compile("[ \t\u00a0\u3000\u2002-\u200a\u202f\u205f]+")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN = re.compile(f"(?<=[{IDEO}])[(（]([a-zü{_TONED}]{{1,7}})[)）]")
_HAS_TONE = re.compile(f"[{_TONED}ü]")
_FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_HALF_PUNCT = {",": "，", ";": "；", ":": "：", "!": "！"}
_PUNCT_RE = re.compile(r"(?<=(.))([,;:!])(?=(.?))", re.S)
_PARENS = re.compile(r"\(([^()\n]{1,80})\)")
_GAP = re.compile(
    f"(?<={CJK_ANY})[ ]+(?={CJK_ANY})|(?<=[{CJK_PUNCT}])[ ]+|[ ]+(?=[{CJK_PUNCT}])|(?<=[.、．])[ ]+(?={CJK})|(?<={CJK})[ ]+(?=[0-9])|(?<=[0-9%])[ ]+(?={CJK})"
)
#: A list marker a conversion broke over lines: ``一\n是\n强化…`` → ``一是强化…``.
_SPLIT_MARKER = re.compile(r"(?m)(^|[。；：！？])([一二三四五六七八九十]{1,3})\n?(是)\n(?=\S)")
_DAMAGE = re.compile(f"[?？]{{2,}}|(?<=[{IDEO}])\\?+(?=[{IDEO}])")


@lru_cache(maxsize=1)
def _converter() -> object:
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional_only() -> frozenset[str]:
    """Characters that OpenCC changes when converting to simplified."""
    import opencc

    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    chars = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if key and values and values.split()[0] != key:
            chars.add(key)
    return frozenset(chars)


def has_traditional(text: str) -> bool:
    return not _traditional_only().isdisjoint(text)


def to_simplified(text: str) -> str:
    return _converter().convert(text) if has_traditional(text) else text  # type: ignore[attr-defined]


def strip_pinyin(text: str) -> str:
    """Drop romanisation a conversion site glued after characters: ``关(guān)`` → ``关``.

    Toneless syllables (``(de)``) are dropped only when the text has toned ones too,
    so that a genuine ``(app)`` in an ordinary report survives.
    """
    matches = list(_PINYIN.finditer(text))
    toned = sum(1 for m in matches if _HAS_TONE.search(m.group(1)))
    if toned == 0:
        return text
    return _PINYIN.sub(lambda m: "" if toned >= 3 or _HAS_TONE.search(m.group(1)) else m.group(0), text)


def _fullwidth_punct(text: str) -> str:
    def punct(m: re.Match[str]) -> str:
        before, mark, after = m.group(1), m.group(2), m.group(3)
        cjk_near = bool(re.match(CJK_ANY, before)) or bool(after and re.match(CJK_ANY, after))
        if not cjk_near or (mark == ":" and before.isdigit() and after.isdigit()):
            return mark
        return _HALF_PUNCT[mark]

    text = _PUNCT_RE.sub(punct, text)

    def parens(m: re.Match[str]) -> str:
        start, end = m.span()
        inner = m.group(1)
        near = text[start - 1 : start] + text[end : end + 1]
        if IDEO_RE.search(inner) or IDEO_RE.search(near):
            return f"（{inner}）"
        return m.group(0)

    return _PARENS.sub(parens, text)


def _clean_lines(text: str, gaps: bool = True) -> str:
    """Fold runs of blanks and drop empty lines; ``gaps`` also drops spaces between Chinese.

    Clutter is cut before gaps are closed: the spaces between a breadcrumb, a page title
    and a date are what tells them apart.
    """
    lines = []
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if gaps:
            line = _GAP.sub("", line)
        if line:
            lines.append(line)
    return "\n".join(lines)


def normalize(text: str) -> tuple[str, tuple[Notice, ...], str | None]:
    """Return the normalised text, notices about it, and a title found in metadata if any."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _INVISIBLE.sub("", text)
    text = strip_pinyin(text)
    text = to_simplified(text)
    text = _FULLWIDTH_ALNUM.sub(lambda m: chr(ord(m.group(0)) - 0xFEE0), text)
    text = _clean_lines(text, gaps=False)
    text = _SPLIT_MARKER.sub(r"\1\2\3", text)
    text = _fullwidth_punct(text)
    text, title = strip_clutter(text)
    text = _clean_lines(text)
    title = _clean_lines(title) or None if title else None
    notices = tuple(
        Notice("damaged_characters", DAMAGE_TEMPLATE, m.start(), m.end(), len(m.group(0)))
        for m in list(_DAMAGE.finditer(text))[:50]
    )
    return text, notices, title
