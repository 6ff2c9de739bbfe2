"""The genre's vocabulary: the words it uses interchangeably and how telling each word is.

Two tables ship with reportview (``resources/``): ``genre_terms.txt``, groups of the genre's
near-synonyms (缺乏/匮乏/不足, 专业/专职, 人才/力量/人员) and of the subjects a statement is
about (the public, cadres, enforcement staff, villages); and ``genre_df.json``, how many
sentences of real reports of the genre each word occurs in. Words common to every report
(法治, 有待, 加强) weigh little; the words that tell one problem from another weigh much.
Weights come from this background table only, never from the reports being compared, so
opening one more report never changes how two others are matched.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from .chars import IDEO
from .tokens import search_words

# fmt: off
STOPWORDS = frozenset((
    "的", "了", "和", "与", "及", "等", "在", "对", "为", "是", "将", "把", "被", "从", "以", "于",
    "并", "也", "都", "就", "而", "又", "或", "其", "之", "中", "上", "下", "我", "我们", "本", "该",
    "各", "有", "由", "向", "到", "要", "能", "会", "可", "不", "没有", "进行", "开展", "工作", "今年",
    "年度", "方面", "情况", "问题", "进一步", "加强", "不断", "切实", "积极", "认真", "深入", "持续",
    "一是", "二是", "三是", "四是", "五是", "一", "二", "三", "四", "五", "还", "仍", "较", "比较",
    "一些", "部分", "个别", "少数", "存在", "相关", "有关", "通过", "进一", "一步", "着力", "全面",
    "推动", "推进", "努力", "力度", "尚", "仅", "未", "偏", "已", "均", "主要", "较为", "等等", "镇", "乡", "全镇", "全乡", "我镇", "继续",
    "坚持", "做好", "抓好", "确保", "实现", "结合", "按照", "加大", "提升", "提高", "强化", "完善",
    "健全", "落实", "建立", "增强",
    # quantities and frequencies say how much, not what: 每月不少于4次, 全年, 年内
    "不少", "不少于", "少于", "每月", "每年", "每季度", "全年", "年内", "以上", "以下", "力争", "达到",
    "次", "个", "名", "人", "件", "场", "期", "学时", "小时", "万元", "元", "余", "多",
))
# fmt: on
_WORD = re.compile("[" + IDEO + "A-Za-z]")  # a token of digits alone is a figure, not a topic


#: The weight of a word every problem statement uses (有待, 不足, 重视).
WEAK_IDF = 0.7
#: Two points must share two words at least this telling, or one at least ``DISTINCT_IDF``
#: (行政执法责任制), to state the same thing.
SPECIFIC_IDF = 2.5
DISTINCT_IDF = 4.5


class _Terms(NamedTuple):
    """What ``genre_terms.txt`` says, line kind by line kind."""

    concepts: dict[str, str]  # word → its near-synonym group (#x)
    subjects: dict[str, str]  # word → whom a statement is about
    weak: frozenset[str]  # groups every problem statement uses
    actions: frozenset[str]  # actions jieba's dictionary does not tag as verbs
    fields: dict[str, str]  # word → the field of work it names
    offices: dict[str, set[str]]  # part of a body's name → its fields (市场监督管理: two)


@lru_cache(maxsize=1)
def _terms() -> _Terms:
    """The lines of ``genre_terms.txt``, read once."""
    terms = _Terms({}, {}, frozenset(), frozenset(), {}, defaultdict(set))
    weak: set[str] = set()
    actions: set[str] = set()
    text = resources.files("reportview.resources").joinpath("genre_terms.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        fields = line.split()
        if not fields or fields[0].startswith("#"):
            continue
        if fields[0] == "subject":
            terms.subjects.update(dict.fromkeys(fields[2:], fields[1]))
            continue
        if fields[0] == "field":
            terms.fields.update(dict.fromkeys(fields[2:], fields[1]))
            continue
        if fields[0] == "office":
            for name in fields[2:]:
                terms.offices[name].add(fields[1])
            continue
        if fields[0] == "action":
            actions.update(fields[1:])
            continue
        if fields[0] == "weak":
            fields = fields[1:]
            weak.add("#" + fields[0])
        terms.concepts.update(dict.fromkeys(fields[1:], "#" + fields[0]))
    return terms._replace(weak=frozenset(weak), actions=frozenset(actions))


def genre_words() -> list[str]:
    """Multi-character terms of the genre, for the segmenter to keep whole."""
    terms = _terms()
    return sorted(w for w in (*terms.concepts, *terms.subjects) if len(w) > 1)


@lru_cache(maxsize=1)
def _weights() -> tuple[dict[str, int], int, frozenset[str]]:
    data = json.loads(
        resources.files("reportview.resources").joinpath("genre_df.json").read_text(encoding="utf-8")
    )
    return data["df"], data["sentences"], frozenset(data.get("verbs", ()))


def is_action(token: str) -> bool:
    """Whether a token is a verb of the background table (加快, 充实, 配备, 培训) or an action
    ``genre_terms.txt`` lists (深化, which jieba's dictionary does not tag as a verb): an action
    two statements share says nothing of what they act on. Merged groups (``#执法``) are not."""
    return token in _weights()[2] or token in _terms().actions


_IDF: dict[str, float] = {}


def idf(token: str) -> float:
    """How telling a token is in this genre (smoothed; unseen tokens are the most telling)."""
    found = _IDF.get(token)
    if found is None:
        if token in _terms().weak:
            found = WEAK_IDF
        else:
            df, n, _ = _weights()
            found = math.log((n + 1) / (df.get(token, 0) + 1)) + 0.5
        if len(_IDF) < 200_000:
            _IDF[token] = found
    return found


@lru_cache(maxsize=20000)
def concept_spans(text: str) -> tuple[tuple[str, int], ...]:
    """Meaningful words of ``text`` (compounds and their parts) with their offsets,
    near-synonyms merged: one segmentation serves every point of an item."""
    found = []
    for w, at in search_words(text):
        concept = _CONCEPT.get(w, "")
        if concept == "":
            concept = _concept(w)
        if concept is not None:
            found.append((concept, at))
    return tuple(found)


_CONCEPT: dict[str, str | None] = {}  # word → its concept, None for no concept (a figure, 的)


def _concept(word: str) -> str | None:
    """The concept ``word`` stands for (a merged near-synonym group, else itself), or ``None``
    when it is no concept (a figure, a stopword); remembered, as a county repeats its words."""
    concept = _terms().concepts.get(word, word) if _WORD.search(word) and word not in STOPWORDS else None
    if len(_CONCEPT) < 200_000:
        _CONCEPT[word] = concept
    return concept


def concept_tokens(text: str) -> tuple[str, ...]:
    """The tokens of :func:`concept_spans` alone."""
    return tuple(t for t, _ in concept_spans(text))


def subjects(text: str) -> frozenset[str]:
    """Whom a statement is about (群众, 干部, 执法人员, 村级), as far as its words say."""
    table = _terms().subjects
    return frozenset(table[w] for w in table if w in text)


#: What a statement names only by the way: departments it works with (会同市场监管、生态环境等
#: 部门) and examples it lists (开展占道经营、餐饮油烟等专项整治; 青少年、农民工等重点对象).
#: Neither makes it a statement about their fields.
_BY_THE_WAY = re.compile(
    r"[\u4e00-\u9fff、和及与]{1,24}?等?部门|[^，。；：,;:！？]{1,40}?、[^，。；：,;:！？]{1,40}?等"
)


def fields_of_work(text: str) -> frozenset[str]:
    """The fields of work a statement names (旅游, 文物, 食品药品, 安全生产), as far as its
    words say: a general commitment (矛盾纠纷排查调处) is not one field's (旅游纠纷调处)."""
    table = _terms().fields
    if "部门" in text or "等" in text:  # all that _BY_THE_WAY can remove names one or the other
        text = _BY_THE_WAY.sub("", text)
    return frozenset(table[w] for w in table if w in text)


def own_fields(body: str) -> frozenset[str]:
    """The fields of work of the body called ``body`` (县人力资源和社会保障局 → 劳动): its
    statements name them as their setting. A government or a township has none."""
    offices = _terms().offices
    return frozenset(f for w in offices if w in body for f in offices[w]) | fields_of_work(body)
