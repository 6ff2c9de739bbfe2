"""Word tokens for similarity, from jieba, with punctuation and function words dropped.

jieba loads its dictionary (about a second) on first use; :func:`warm_up` lets a caller
pay that cost early and off the GUI thread. Its cache goes under the user cache folder.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache
from pathlib import Path

_LOCK = threading.Lock()
_READY = False
_WORD = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
# fmt: off
STOPWORDS = frozenset((
    "的", "了", "和", "与", "及", "等", "在", "对", "为", "是", "将", "把", "被", "从",
    "以", "于", "并", "也", "都", "就", "而", "又", "或", "其", "之", "中", "上", "下",
    "我", "我们", "我镇", "本", "该", "各", "有", "由", "向", "到", "要", "能", "会", "可",
    "不", "没有", "一", "二", "三", "四", "五", "一是", "二是", "三是", "四是", "五是", "进行", "开展",
    "工作", "镇", "乡", "全镇", "全乡", "今年", "今年以来", "年度", "方面", "情况", "问题", "进一步", "加强", "不断",
    "切实", "积极", "认真", "深入", "持续",
))
# fmt: on


def _configure() -> None:
    global _READY
    with _LOCK:
        if _READY:
            return
        import jieba

        jieba.setLogLevel(logging.WARNING)
        try:
            from .paths import cache_dir

            jieba.dt.tmp_dir = str(cache_dir())
        except OSError:
            pass
        jieba.initialize()
        _READY = True


def warm_up() -> None:
    """Load jieba's dictionary and word weights now (idempotent, thread-safe)."""
    _configure()
    _idf_table()


def words(text: str) -> list[str]:
    """jieba's segmentation of ``text``, whitespace dropped, punctuation kept."""
    _configure()
    import jieba

    return [w for w in jieba.lcut(text, HMM=False) if not w.isspace()]


@lru_cache(maxsize=1)
def _idf_table() -> tuple[dict[str, str], float]:
    """jieba's general-language inverse document frequencies (values parsed on lookup)."""
    import jieba

    path = Path(jieba.__file__).parent / "analyse" / "idf.txt"
    table = dict(line.split(" ", 1) for line in path.read_text(encoding="utf-8").splitlines() if " " in line)
    values = sorted(float(v) for v in list(table.values())[::97])
    return table, values[len(values) // 2]


def idf(word: str) -> float:
    """How telling a word is, from jieba's background corpus (the median for unknown words).

    A background table, not one computed from the reports being compared, keeps an item's
    status independent of which other reports happen to be open.
    """
    table, median = _idf_table()
    value = table.get(word)
    return float(value) if value is not None else median


@lru_cache(maxsize=20000)
def content_tokens(text: str) -> tuple[str, ...]:
    """The words that carry meaning: no punctuation, no function words."""
    return tuple(w for w in words(text) if _WORD.search(w) and w not in STOPWORDS)
