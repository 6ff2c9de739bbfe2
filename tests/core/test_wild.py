"""Real reports from outside the corpus (../shared/wild), labelled by hand in tests/data."""

from __future__ import annotations

import pytest

from reportview.core.analysis import analyze_file
from reportview.core.model import Kind
from tests.conftest import WILD
from tests.labels import key, score


def _report(name: str):
    return analyze_file(WILD / name)


def test_wild_parts_counts_bodies_and_years_match_the_labels(wild: list[dict]) -> None:
    for label in wild:
        if not (WILD / label["file"]).exists():
            continue
        result = score(_report(label["file"]), label)
        assert result.kinds_exact, (label["file"], result.found["kinds"])
        assert result.problems_in_range and result.plans_in_range, (label["file"], result.found)
        assert result.body_right and result.year_right, (label["file"], result.found)


def test_wild_problems_without_a_heading_are_surfaced_as_found_inside_measures(wild: list[dict]) -> None:
    for label in wild:
        if not label["embedded_problems"] or not (WILD / label["file"]).exists():
            continue
        report = _report(label["file"])
        embedded = [s for s in report.sections_of(Kind.PROBLEMS) if s.found_in is Kind.MEASURES]
        assert embedded, label["file"]
        starts = [key(i.text) for s in embedded for i in s.items]
        for prefix in label["embedded_problems"]:
            assert any(text.startswith(key(prefix)) for text in starts), (label["file"], prefix)
        assert any(w.code == "part_without_heading" for w in report.warnings)


def test_wild_duties_written_as_a_point_count_as_reported(wild: list[dict]) -> None:
    for label in wild:
        if label["duties_subsection"] is None or not (WILD / label["file"]).exists():
            continue
        report = _report(label["file"])
        assert Kind.DUTIES in report.kinds and Kind.DUTIES not in report.missing_required
        assert any(key(label["duties_subsection"]) in key(s.heading) for s in report.sections_of(Kind.DUTIES))


def test_wild_closing_matter_is_not_part_of_the_last_item(wild: list[dict]) -> None:
    for label in wild:
        if label["closing"] is None or not (WILD / label["file"]).exists():
            continue
        report = _report(label["file"])
        closing = report.sections_of(Kind.CLOSING)
        assert closing and report.text[closing[0].start :].startswith(label["closing"])
        assert all(label["closing"] not in i.text for i in report.items_of(Kind.PLANS))


@pytest.mark.parametrize("name", ["02_pingtan_county_2021.txt", "03_pingtan_county_2022.txt"])
def test_wild_archive_header_is_gone_and_title_kept(wild: list[dict], name: str) -> None:
    report = _report(name)
    for clutter in ("原文链接", "本地目录", "links.tsv", "栏目", "===="):
        assert clutter not in report.text
    assert report.title is not None and report.title.endswith("法治政府建设情况")
