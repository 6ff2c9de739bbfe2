"""Follow-through: did last year's commitments happen, and which problems come back?

For a body's reports of two consecutive years:
- each of last year's plans is looked for in this year's report, outside this year's own
  plans (a plan repeated is not a plan carried out): every point of the plan against every
  sentence, by the likeness matching uses (:mod:`likeness`). A point is *carried out* where a
  sentence that reports a result (:func:`concrete`) reaches ``DONE_AT``, *mentioned* where a
  sentence outside this year's problems reaches ``MENTIONED_AT``; a problem sentence names
  what was not done and is shown, never counted. The verdict: 已落实 when two points (or a
  one-point plan's point) are carried out, no figure falls short of the promise
  (:mod:`amounts`) and the problems do not admit a point unfinished; 部分落实 when some point
  is at least mentioned; 未见落实 otherwise. The evidence is the best sentence of each sort
  per point, with the terms that tie them and the figures on each side (4次 promised, 6次 done).
- this year's problems that restate last year's, and this year's plans that repeat last
  year's, are the links matching finds between the two reports' problems and plans:
  同 (copied) or 似 (reworded).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from .amounts import Against, against
from .boilerplate import sentence_spans
from .genre import own_fields
from .labels import QT_TRANSLATE_NOOP
from .likeness import Pair, Prepared, pair, prepare
from .matching import match_items
from .model import Item, Kind, Report, Status
from .notes import Anchor
from .overview import FIGURE

#: Likeness at which a sentence carries a point out. Chosen on the first tuning pair (P1) of
#: benchmarks/data/follow-judged.json with benchmarks/bench_follow.py; on the whole tuning split
#: (P1, P3-P5) under the present rules, 0.30 to 0.36 give the same verdicts (14 of 21).
DONE_AT = 0.33
#: A plan is carried out when this many of its points are (or all, when it has fewer).
DONE_POINTS = 2
#: Likeness at which a sentence at least mentions a point: matching's own threshold.
MENTIONED_AT = 0.2
#: Deeds a sentence reports as done, and words that say a thing is only under way.
_DEED = re.compile(
    r"建成|完成|实现|签订|配备|聘请|出台|印发|制定|修订|建立|成立|设立|上线|开通|达到|覆盖|开展|举办|组织|培育|新增"
    r"|发放|审核|审查|召开|编印|购置|配发|纳入"
)
_UNDER_WAY = re.compile(
    r"有序推进|稳步推进|正在|加快推进|积极推进|持续推进|扎实推进|推进中|逐步|着力|力争|筹备"
)
_RECTIFIED = re.compile(r"针对.{0,30}(?:问题|不足|短板)|整改(?:到位|完成|落实)|已整改")
#: A plan's first sentence when it only names its theme (加强执法人员培训。), not a commitment
#: of its own: short, one clause.
_THEME = re.compile(r"^[^，,；;：:]{2,16}[。；;]")
_SUFFIX = re.compile(r"(?:人民政府|党委|党工委|管委会|管理委员会|政府|办事处)$")


class Verdict(Enum):
    DONE = "done"  # 已落实
    PARTIAL = "partial"  # 部分落实 / 提及
    NONE = "none"  # 未见落实


VERDICTS = frozenset(v.value for v in Verdict)

VERDICT_NAMES = {
    Verdict.DONE: QT_TRANSLATE_NOOP("follow", "carried out"),
    Verdict.PARTIAL: QT_TRANSLATE_NOOP("follow", "partly / mentioned"),
    Verdict.NONE: QT_TRANSLATE_NOOP("follow", "no trace"),
}


@dataclass(frozen=True, slots=True)
class Evidence:
    point: tuple[int, int]  # the plan's point, offsets in last year's text
    start: int  # the sentence, offsets in this year's text
    end: int
    score: float
    terms: tuple[str, ...]
    promised: tuple[str, ...]  # figures in the point (不少于4次)
    reported: tuple[str, ...]  # figures in the sentence (6次)
    as_problem: bool = False  # the sentence is among this year's problems: a mention, not a deed
    figures: Against = Against.UNKNOWN  # its figures against the plan's: met, short


@dataclass(frozen=True, slots=True)
class PlanCheck:
    plan: Item  # last year's
    verdict: Verdict
    evidence: tuple[Evidence, ...]  # best sentence per point that reached MENTIONED_AT


@dataclass(frozen=True, slots=True)
class Override:
    """The reviewer's verdict on one of last year's commitments, for one pair of reports; the
    commitment is anchored in last year's text like a note, so it survives re-analysis and edits."""

    anchor: Anchor
    verdict: Verdict
    comment: str = ""
    modified: str = ""
    id: int = 0


@dataclass(frozen=True, slots=True)
class Repeat:
    """An item of this year's restating one of last year's (a problem back, a plan again)."""

    this: int  # index among this year's items of the kind
    last: int
    status: Status  # SHARED: copied; SIMILAR: reworded
    score: float


@dataclass(frozen=True, slots=True)
class FollowThrough:
    plans: tuple[PlanCheck, ...]
    problems_back: tuple[Repeat, ...]
    plans_again: tuple[Repeat, ...]


def body_key(report: Report) -> str:
    """The issuing body as named across years (某某镇人民政府 and 某某镇 are one)."""
    return _SUFFIX.sub("", (report.body or "").strip())


def pairs(
    reports: Sequence[Report], by_hand: Mapping[tuple[str, str], bool] | None = None
) -> list[tuple[int, int]]:
    """(last, this) indices of reports of one body in consecutive years, with the reviewer's
    choices ``by_hand`` (by the two reports' fingerprints: ``True`` paired, ``False`` unpaired)."""
    by_hand = by_hand or {}
    keys = [body_key(r) for r in reports]  # once each: a county has hundreds of pairs to try
    found = []
    for i, last in enumerate(reports):
        for j, this in enumerate(reports):
            chosen = by_hand.get((last.fingerprint, this.fingerprint)) if i != j else False
            if chosen is None:
                chosen = (
                    last.year is not None
                    and this.year == last.year + 1
                    and bool(keys[i])
                    and keys[i] == keys[j]
                )
            if chosen:
                found.append((i, j))
    return found


def _evidence_sentences(this: Report) -> tuple[list[Item], set[int]]:
    """This year's sentences outside its plans (and its closing), as items to compare, and
    which of them state problems (a problem names what was *not* done)."""

    def within(kinds: tuple[Kind, ...]) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in this.all_parts() if s.kind in kinds]

    left_out, problems = within((Kind.PLANS, Kind.CLOSING)), within((Kind.PROBLEMS,))
    plain = set(sentence_spans(this))
    sentences = [
        Item(this.text[a:b], a, b)
        for a, b in sentence_spans(this, sub_headings=True)
        if not any(p <= a < q for p, q in left_out) and ((a, b) in plain or concrete(this.text[a:b]))
    ]  # an item's heading counts when it reports a deed (（一）针对…的问题，制定…12名), not a theme
    stated = {i for i, s in enumerate(sentences) if any(p <= s.start < q for p, q in problems)}
    # A rectification reported under a problems heading (针对“…”的问题，制定…) is a deed.
    return sentences, {
        i for i in stated if not (_RECTIFIED.search(sentences[i].text) and concrete(sentences[i].text))
    }


def concrete(text: str) -> bool:
    """Whether a sentence reports something done: a figure, or a deed not said to be under way
    (认真落实…进一步规范 and 有序推进 tell of effort, not of a result)."""
    return bool(FIGURE.search(text)) or (bool(_DEED.search(text)) and not _UNDER_WAY.search(text))


def sorts_of(candidates: Sequence[Prepared], problems: Collection[int]) -> list[str]:
    """Each sentence's sort: a problem (names what was not done), a deed (reports a result) or
    a mention (effort or a theme, outside the problems)."""
    return ["problem" if k in problems else "deed" if concrete(c.item.text) else "mention"
            for k, c in enumerate(candidates)]  # fmt: skip


def check_plan(
    plan: Item,
    candidates: Sequence[Prepared],
    problems: Collection[int] = (),
    sorts: Sequence[str] | None = None,
    own: frozenset[str] = frozenset(),
) -> PlanCheck:
    """The verdict on one of last year's plans; ``candidates``: this year's sentences,
    prepared (:func:`_evidence_sentences`), ``problems`` the indices of those among problems,
    ``sorts`` their :func:`sorts_of` when already known, ``own`` the fields of work of the
    plan's writer (:func:`genre.own_fields`)."""
    prepared = prepare(plan, own=own)
    points = prepared.points[:-1] if len(prepared.points) > 1 else prepared.points  # not the whole
    if len(points) > 1 and _THEME.match(plan.text[points[0].start - plan.start : points[0].end - plan.start]):
        points = points[1:]  # the theme is matched within the whole plan's other points' words
    texts = [plan.text[p.start - plan.start : p.end - plan.start] for p in points]
    sort = sorts if sorts is not None else sorts_of(candidates, problems)  # per point, the best of each
    best: dict[str, list[tuple[float, Pair | None, int]]] = {"deed": [], "mention": [], "problem": []}
    for point, text in zip(points, texts, strict=True):
        one = prepare(Item(text, point.start, point.end), own=own)
        top: dict[str, tuple[float, Pair | None, int]] = {key: (0.0, None, -1) for key in best}
        for k, sentence in enumerate(candidates):
            if not one.telling.isdisjoint(sentence.telling):
                measured = pair(one, sentence)
                if measured.score > top[sort[k]][0]:
                    top[sort[k]] = (measured.score, measured, k)
        for key, found in top.items():
            best[key].append(found)
    evidence: dict[int, Evidence] = {}  # one per sentence: the points it serves share it
    for key in ("deed", "mention", "problem"):
        for point, text, (score, measured, k), deed in zip(
            points, texts, best[key], best["deed"], strict=True
        ):
            if measured is None or score < MENTIONED_AT or (key != "deed" and score <= deed[0]):
                continue
            sentence, promised = candidates[k].item, tuple(FIGURE.findall(text))
            if k in evidence:
                seen = evidence[k]
                evidence[k] = replace(
                    seen, promised=seen.promised + promised, score=max(seen.score, round(score, 3))
                )
                continue
            evidence[k] = Evidence((point.start, point.end), sentence.start, sentence.end, round(score, 3),
                                   measured.terms, promised, tuple(FIGURE.findall(sentence.text)), k in problems,
                                   against(plan.text, sentence.text))  # fmt: skip
    return PlanCheck(plan, _verdict(best, candidates, plan.text), tuple(evidence.values()))


def _verdict(
    best: dict[str, list[tuple[float, Pair | None, int]]], candidates: Sequence[Prepared], plan: str
) -> Verdict:
    """已落实 when enough points are carried out by sentences that report a result, no figure
    falls short of the promise and no point is spoken of more closely by this year's problems
    (admitted unfinished); 部分落实 when a point is at least mentioned outside the problems;
    else 未见落实."""
    deeds, mentions, said = best["deed"], best["mention"], best["problem"]
    carried = [k for score, _, k in deeds if score >= DONE_AT]
    shown = [k for score, _, k in deeds + mentions if k >= 0 and score >= MENTIONED_AT]
    short = any(against(plan, candidates[k].item.text) is Against.SHORT for k in shown)
    admitted = any(p[0] >= DONE_AT and p[0] > d[0] for d, p in zip(deeds, said, strict=True))
    if carried and len(carried) >= min(DONE_POINTS, len(deeds)) and not short and not admitted:
        return Verdict.DONE
    return Verdict.PARTIAL if shown else Verdict.NONE


def _repeats(
    last: Sequence[Item], this: Sequence[Item], own: list[frozenset[str]], problems: bool = False
) -> tuple[Repeat, ...]:
    found = []
    for j, (_, matches) in enumerate(match_items([last, this], problems=problems, own=own)[1]):
        found += [Repeat(j, m.item, m.status, m.score) for m in matches if m.report == 0]
    return tuple(found)


def follow(last: Report, this: Report) -> FollowThrough:
    sentences, problems = _evidence_sentences(this)
    own = [own_fields(r.writer) for r in (last, this)]  # paired by hand: two bodies
    candidates = [prepare(s, own=own[1]) for s in sentences]  # once for all of last year's plans
    sorts = sorts_of(candidates, problems)
    return FollowThrough(
        tuple(check_plan(plan, candidates, problems, sorts, own[0]) for plan in last.items_of(Kind.PLANS)),
        _repeats(last.items_of(Kind.PROBLEMS), this.items_of(Kind.PROBLEMS), own, problems=True),
        _repeats(last.items_of(Kind.PLANS), this.items_of(Kind.PLANS), own),
    )
