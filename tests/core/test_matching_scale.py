"""Matching through the index and the bounds links exactly what comparing every pair links."""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import pytest

from reportview.core import likeness, matching
from reportview.core.analysis import analyze_file, analyze_text
from reportview.core.dots import Dots
from reportview.core.genre import own_fields
from reportview.core.likeness import Prepared, likeness_bound, may_be_copied, pair, prepare
from reportview.core.matching import _linked, linked_pairs
from reportview.core.model import KIND_ORDER, Kind, Report

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
_SENTENCE = re.compile(r"[^。；\n]+[。；]?")


def _every_pair(prepared: list[list[Prepared]], problems: bool) -> dict:
    links = {}
    for r1 in range(len(prepared)):
        for r2 in range(r1 + 1, len(prepared)):
            measured = {
                (i, j): pair(a, b, problems=problems)
                for i, a in enumerate(prepared[r1])
                for j, b in enumerate(prepared[r2])
            }
            found = _linked(measured)
            if found:
                links[(r1, r2)] = found
    return links


def _shown(links: dict) -> dict:
    """Each item's links as a reader is shown them: shared first, then the most alike, then
    by report and item; the first ``MAX_MATCHES`` (the first one gives the status)."""
    found: dict = {}
    for (r1, r2), pairs in links.items():
        for (i, j), p in pairs.items():
            value = (-2 if p.shared else -1, -max(round(p.score, 3), round(p.verbatim, 3)))
            found.setdefault((r1, i), []).append((*value, r2, j, p))
            found.setdefault((r2, j), []).append((*value, r1, i, p))
    return {k: sorted(v, key=lambda m: m[:4])[: matching.MAX_MATCHES] for k, v in found.items()}


def _assert_same_links(reports: list[Report]) -> tuple[int, int]:
    """Every link made is one comparing every pair makes, with the same values, and every
    item is shown the links comparing every pair shows it. (links made, links of every pair)"""
    made = every = 0
    for kind in KIND_ORDER:
        problems = kind is Kind.PROBLEMS  # a shortage both name is one idea shared
        prepared = [
            [prepare(item, problems, own_fields(r.writer)) for item in r.items_of(kind)] for r in reports
        ]
        fast, full = linked_pairs(prepared, problems=problems), _every_pair(prepared, problems)
        flat = {(k, ij): p for k, v in fast.items() for ij, p in v.items()}
        assert flat.items() <= {(k, ij): p for k, v in full.items() for ij, p in v.items()}.items(), kind
        assert _shown(fast) == _shown(full), kind
        made, every = made + len(flat), every + sum(len(v) for v in full.values())
    return made, every


def _county(texts: list[str], n: int, seed: int) -> list[Report]:
    """Variants of the given reports with sentences swapped among them and figures changed."""
    rng = random.Random(seed)
    pool = [s for t in texts for s in _SENTENCE.findall(t) if len(s) > 10]
    out = []
    for k in range(n):
        lines = []
        for line in texts[k % len(texts)].splitlines():
            parts = _SENTENCE.findall(line) if len(line) > 30 else [line]
            lines.append("".join(rng.choice(pool) if rng.random() < 0.2 else p for p in parts))
        text = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 3)), "\n".join(lines))
        out.append(analyze_text(text))
    return out


def test_the_index_links_what_every_pair_links_on_a_county_of_variants(samples: Path) -> None:
    texts = [analyze_file(p).text for p in sorted(samples.iterdir())]
    made, every = _assert_same_links(_county(texts, 14, seed=3))
    assert made == every > 50  # no item has a full list of whole copies: every link is made


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not beside the project")
def test_the_index_links_what_every_pair_links_on_real_reports(samples: Path) -> None:
    reports = [analyze_file(p) for p in sorted(CORPUS.glob("*.txt"))]
    reports += [analyze_file(p) for p in sorted(samples.iterdir())]
    made, every = _assert_same_links(reports)
    assert made == every > 20


def test_the_bounds_never_fall_below_what_they_bound(samples: Path) -> None:
    reports = _county([analyze_file(p).text for p in sorted(samples.iterdir())], 6, seed=5)
    checked = 0
    for kind in KIND_ORDER:
        prepared = [prepare(item) for r in reports for item in r.items_of(kind)]
        dots = Dots(prepared)
        for u, a in enumerate(prepared):
            sums = dots.products(u, range(len(prepared)))
            for v, b in enumerate(prepared):
                if a is b:
                    continue
                measured = pair(a, b)
                assert measured.score <= likeness_bound(a, b)
                assert measured.score <= sums.bounds[v]  # the best pair of points, summed plainly
                if measured.shared:
                    assert may_be_copied(a, b, len(a.gram_set & b.gram_set))
                checked += 1
    assert checked > 500


def test_with_the_work_per_item_capped_no_link_is_made_that_every_pair_would_not_make(
    samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a large county an item meets only its likeliest counterparts; one that met too few
    in a report must not be linked there to a second best."""
    reports = _county([analyze_file(p).text for p in sorted(samples.iterdir())], 12, seed=11)
    prepared = [
        [prepare(item, False, own_fields(r.writer)) for item in r.items_of(Kind.MEASURES)] for r in reports
    ]
    full = _every_pair(prepared, False)
    monkeypatch.setattr(matching, "MAX_MEASURED", 2)
    monkeypatch.setattr(matching, "MAX_COUNTED", 3)
    capped = linked_pairs(prepared)
    made = {(k, ij): p for k, v in capped.items() for ij, p in v.items()}
    right = {(k, ij): p for k, v in full.items() for ij, p in v.items()}
    assert made.items() <= right.items()
    assert 20 < len(made) < len(right)  # the caps bound: some true links were not found


def _share_run_by_run(item: Prepared, other: Prepared) -> tuple[float, int | None]:
    """The definition of a copied share: each point's core, its runs looked up one by one."""
    best, where = 0.0, None
    for index, p in enumerate(item.points):
        if len(p.core) >= likeness.MIN_SHARED_CHARS:
            share = likeness.covered_chars(likeness._grams(p.core), other.gram_set) / len(p.core)
            if share > best:
                best, where = share, index
    return best, where


@pytest.mark.parametrize("masked_runs", [likeness.MASKED_RUNS, 40])  # 40: long points read as bytes
def test_copied_shares_read_from_bits_are_those_counted_run_by_run(
    samples: Path, monkeypatch: pytest.MonkeyPatch, masked_runs: int
) -> None:
    monkeypatch.setattr(likeness, "MASKED_RUNS", masked_runs)
    reports = _county([analyze_file(p).text for p in sorted(samples.iterdir())], 12, seed=11)
    prepared = [prepare(item) for r in reports for kind in KIND_ORDER for item in r.items_of(kind)]
    most, some = 0, 0  # pairs where most of an item's runs are in the other, and where some are
    for a, b in itertools.combinations(prepared, 2):
        common = a.gram_set & b.gram_set
        if not common:
            continue
        assert likeness.copies(a, b) == (*_share_run_by_run(a, b), *_share_run_by_run(b, a))
        mostly = 2 * len(common) > len(a.gram_set)
        most, some = most + mostly, some + (not mostly)
    assert most > 20 and some > 100


_PLACES = "云岗镇 石桥乡 梅溪镇 竹林乡 白沙镇 龙泉乡 清河镇 松岭乡 枫林镇 杏花乡 金湾镇 马坪乡 凤栖镇 芦塘乡 花溪镇 鹤鸣乡 沙洲镇 柏树乡"
_ROTATING = (
    "推行行政执法公示制度，执法全过程记录覆盖率达到百分之百。",
    "聘请法律顾问参与重大行政决策合法性审查，全年审查规范性文件若干件。",
    "开展矛盾纠纷排查化解专项行动，调解成功率保持在较高水平。",
    "组织执法人员参加行政执法资格考试，持证上岗率稳步提升。",
    "完善政务公开目录，主动公开财政预决算和重大项目信息。",
)


def _boilerplate_county() -> list[Report]:
    """Eighteen townships: every one opens its measures and its plans with the same sentence
    (a full list of whole copies for each), beside statements some of them share."""
    out = []
    for k, place in enumerate(_PLACES.split()):
        out.append(
            analyze_text(
                f"{place}2023年法治政府建设年度报告\n一、主要举措和成效\n"
                f"（一）深入学习贯彻习近平法治思想，把法治政府建设摆在全局工作的突出位置。"
                f"全年组织班子集中学法{k + 3}次，{place}村干部轮训{k + 20}人次。\n"
                f"（二）{_ROTATING[k % 5]}\n（三）{_ROTATING[(k + 2) % 5]}\n"
                f"（四）{place}在第{k + 1}村建成法治文化阵地，开展送法下乡{k + 2}场。\n"
                f"二、下一步工作打算\n（一）牢固树立法治意识，自觉运用法治思维和法治方式推动发展、维护稳定。"
                f"计划新建{place}法治广场{k + 1}处。\n（二）{_ROTATING[(k + 1) % 5]}\n"
            )
        )
    return out


def test_an_item_with_a_full_list_of_whole_copies_is_shown_what_every_pair_shows_it() -> None:
    made, every = _assert_same_links(_boilerplate_county())
    assert made < every  # links no one is shown were never made


def test_a_copy_whole_only_by_its_likeness_counts_toward_the_full_list_and_a_partial_one_does_not() -> None:
    """Townships open with one statement: word for word (whole copies), with its last
    clauses reordered (the same words, so likeness 1.000, but a copied share of 0.815), or
    with another ending (a copy of 0.778, not whole). The first item meets the reordered ones
    before its twelfth whole copy: counted too early or too late, it would stop before a
    whole copy that comparing every pair shows it, or after."""
    opening = "（一）深入推进村居法律顾问工作，实现法律顾问全覆盖，"
    endings = ("建立工作台账。", "开展入户走访。", "编印法律手册。", "组建调解队伍。", "设立咨询窗口。")
    out = []
    for k, place in enumerate(_PLACES.split()):
        ending = ("到村到户到人。", "到户到人到村。", endings[k // 4], "到村到户到人。")[k % 4]
        out.append(
            analyze_text(
                f"{place}2023年法治政府建设年度报告\n一、主要举措和成效\n{opening}{ending}\n"
                f"（二）{_ROTATING[k % 5]}{place}全年办理{k + 3}件。\n"
            )
        )
    whole = [p for p in (prepare(r.items_of(Kind.MEASURES)[0]) for r in out[1:])]
    first = prepare(out[0].items_of(Kind.MEASURES)[0])
    values = [pair(first, p) for p in whole]
    assert sum(round(v.verbatim, 3) >= 1.0 for v in values) == 8  # word for word
    assert sum(round(v.score, 3) >= 1.0 > round(v.verbatim, 3) for v in values) == 5  # reordered
    made, every = _assert_same_links(out)
    assert made < every


def test_a_statement_prepared_once_is_the_same_wherever_it_stands() -> None:
    """A county repeats its statements: each text is prepared once, then moved to each item."""
    said = "深入学习贯彻习近平法治思想，把法治政府建设摆在全局工作的突出位置。全年组织集中学法4次。"
    report = analyze_text(
        f"柏树乡2023年法治政府建设年度报告\n一、主要举措和成效\n（一）{said}\n（二）开展送法下乡3场。\n"
        f"二、下一步工作打算\n（一）完善政务公开目录。\n（二）{said}\n"
    )
    first, second = report.items_of(Kind.MEASURES)[0], report.items_of(Kind.PLANS)[1]
    assert first.text == second.text and first.start != second.start
    for problems in (False, True):
        moved = likeness.moved(prepare(first, problems), second)
        assert moved == prepare(second, problems)
        assert [(p.start, p.end) for p in moved.points][-1] == (second.start, second.end)
