"""Character classes shared by the text stages."""

from __future__ import annotations

import re

IDEO = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·"
CJK = f"[{IDEO}]"
CJK_ANY = f"[{IDEO}{CJK_PUNCT}]"

#: Punctuation that ends a sentence (or a heading glued to its body).
SENTENCE_END = "。！？!?"
#: Punctuation after which a new clause, list item or inline heading may start.
BOUNDARY = "。！？；：!?;:"

IDEO_RE = re.compile(CJK)


def is_ideograph(ch: str) -> bool:
    return bool(ch) and IDEO_RE.match(ch) is not None


def count_ideographs(text: str) -> int:
    return len(IDEO_RE.findall(text))
