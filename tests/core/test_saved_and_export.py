"""Saved comparisons round-trip exactly; exports escape markup and carry notes and statuses."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from reportview.core import saved
from reportview.core.analysis import analyze_file, analyze_text
from reportview.core.compare import compare
from reportview.core.export_csv import notes_csv
from reportview.core.export_docx import comparison_docx
from reportview.core.export_html import comparison_html
from reportview.core.notes import Anchor, Note
from tests.builders import REPORT

SAMPLES = Path(__file__).resolve().parents[2] / "sample_reports"
EVIL = "<script>alert('x')</script><b>粗</b>&amp;"


def _note(report, quote: str, body: str, tags=("需核实",)) -> Note:
    start = report.text.index(quote)
    return Note(
        0,
        Anchor.of(report.text, report.fingerprint, start, start + len(quote), "problems", "存在的问题"),
        body,
        tuple(tags),
        report.path,
        report.title or "",
        "2026-01-02T03:04:05+08:00",
        "2026-01-02T03:04:05+08:00",
    )


def _reports():
    return [
        analyze_file(SAMPLES / "青石镇2023年法治政府建设年度报告.txt"),
        analyze_file(SAMPLES / "柳溪乡2023年法治政府建设情况报告.txt"),
        analyze_file(SAMPLES / "鳳鳴鎮2023年法治政府建設工作總結.txt"),
    ]


def test_saved_comparison_round_trips_exactly(tmp_path: Path) -> None:
    reports = _reports()
    notes = [
        (0, _note(reports[0], "村级法律顾问作用发挥不充分", "与2022年承诺对照")),
        (1, _note(reports[1], "普法宣传形式单一", "套话", ("套话/雷同",))),
    ]
    path = tmp_path / "审阅.rvcmp"
    saved.save(path, saved.SavedComparison(tuple(reports), tuple(notes)))
    loaded = saved.load(path)
    assert [r.path for r in loaded.reports] == [r.path for r in reports]
    assert [r.text for r in loaded.reports] == [r.text for r in reports]
    assert [r.fingerprint for r in loaded.reports] == [r.fingerprint for r in reports]
    assert [r.sections for r in loaded.reports] == [r.sections for r in reports]
    assert [r.title for r in loaded.reports] == [r.title for r in reports]
    assert [(i, n.anchor, n.body, n.tags, n.created) for i, n in loaded.notes] == [
        (i, n.anchor, n.body, n.tags, n.created) for i, n in notes
    ]
    assert loaded.reports[2].original.startswith("鳳(fèng)")


def test_saved_file_opens_when_originals_are_gone(tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(REPORT, encoding="utf-8")
    report = analyze_file(source)
    saved.save(tmp_path / "c.rvcmp", saved.SavedComparison((report,), ()))
    source.unlink()
    assert saved.load(tmp_path / "c.rvcmp").reports[0].text == report.text


def test_saving_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.rvcmp"
    reports = _reports()[:1]
    saved.save(path, saved.SavedComparison(tuple(reports), ()))
    before = path.read_bytes()

    def fail(*_args, **_kwargs):
        raise OSError("disk full")

    from reportview.core import atomic

    monkeypatch.setattr(atomic.os, "replace", fail)
    with pytest.raises(OSError):
        saved.save(path, saved.SavedComparison(tuple(_reports()), ()))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["c.rvcmp"]


@pytest.mark.parametrize(
    "content,reason",
    [
        (b"{not json", "damaged"),
        (json.dumps({"format": "other"}).encode(), "not a reportview"),
        (json.dumps({"format": "reportview-comparison", "version": 99, "reports": []}).encode(), "newer"),
        (
            json.dumps(
                {
                    "format": "reportview-comparison",
                    "version": 1,
                    "reports": [{"path": "a", "fingerprint": "0", "text": "改过的正文"}],
                }
            ).encode(),
            "altered",
        ),
    ],
)
def test_bad_saved_files_are_refused_plainly(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.rvcmp"
    path.write_bytes(content)
    with pytest.raises(saved.SavedFileError) as caught:
        saved.load(path)
    assert reason in str(caught.value)


def _evil_comparison():
    text = REPORT.replace("一是法治专业力量不足", f"一是法治专业力量不足{EVIL}")
    report = analyze_text(text, path="/r/<evil>.txt")
    # The other report shares all but one problem: that one is the first report's own.
    own = REPORT.replace("青石镇", "柳溪乡").replace("三是普法宣传针对性不强", "三是执法车辆装备老化")
    other = analyze_text(own, path="/r/b.txt")
    comparison = compare([report, other])
    notes = [(0, _note(report, "法治专业力量不足", f"批注{EVIL}", (f"标签{EVIL}",)))]
    return comparison, notes


def test_html_export_escapes_report_and_note_text() -> None:
    comparison, notes = _evil_comparison()
    page = comparison_html(comparison, notes)
    assert "<script>" not in page and "<b>粗</b>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&amp;amp;" in page
    assert page.count("<script") == 0 and "http" not in page.split("<body>")[0]
    assert "批注" in page and "[1]" in page


def test_html_export_marks_statuses_and_gaps() -> None:
    reports = _reports()
    page = comparison_html(compare(reports), [])
    assert page.count("class='missing'") >= 2  # Fengming lacks duties and problems
    assert "class='u'" in page or "class='u note'" in page
    assert "class='badge'" in page


def test_docx_export_has_the_table_and_notes(tmp_path: Path) -> None:
    comparison, notes = _evil_comparison()
    out = tmp_path / "对照表.docx"
    comparison_docx(out, comparison, notes)
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "&lt;script&gt;" in xml and "<script>" not in xml
    assert "【unique】" in xml and "w:highlight" in xml
    assert "批注" in xml


def test_csv_export_of_notes() -> None:
    comparison, notes = _evil_comparison()
    data = notes_csv(comparison.reports, notes)
    assert data.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(data[1:])))
    assert rows[0] == [
        "report",
        "township",
        "year",
        "kind",
        "quote",
        "note",
        "tags",
        "created",
        "modified",
        "kind_code",
    ]
    assert rows[1][4] == "法治专业力量不足" and rows[1][5] == f"批注{EVIL}" and rows[1][3] == "problems"


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_inert() -> None:
    text = REPORT.replace("三是普法宣传针对性不强", "三是-普法宣传针对性不强")
    report = analyze_text(text, path="/r/=cmd.txt")
    notes = [
        (0, _note(report, "-普法宣传针对性不强", '=HYPERLINK("http://x","点我")', ("+SUM(A1)", "@危险"))),
        (0, _note(report, "法治专业力量不足", "\t=1+1", ("－全角",))),
    ]
    rows = list(csv.reader(io.StringIO(notes_csv([report], notes)[1:])))
    cells = [cell for row in rows[1:] for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r", "－")) for cell in cells)
    assert rows[1][4] == "'-普法宣传针对性不强" and rows[1][5].startswith("'=HYPERLINK")
    assert rows[1][6] == "'+SUM(A1)；@危险"


def test_csv_in_chinese_has_local_times_and_keeps_the_kind_code() -> None:
    from reportview.i18n import translate

    comparison, notes = _evil_comparison()
    rows = list(csv.reader(io.StringIO(notes_csv(comparison.reports, notes, translate)[1:])))
    assert rows[0] == [
        "报告",
        "单位",
        "年度",
        "部分",
        "引文",
        "批注",
        "标签",
        "创建时间",
        "修改时间",
        "kind_code",
    ]
    assert rows[1][3] == "存在问题" and rows[1][-1] == "problems"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", rows[1][7])


def test_word_table_is_a4_and_names_the_reports_on_every_page(tmp_path: Path) -> None:
    out = tmp_path / "对照表.docx"
    comparison_docx(out, compare(_reports()), [])
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert 'w:w="16838"' in xml and 'w:h="11906"' in xml  # A4 landscape, in twentieths of a point
    rows = len(compare(_reports()).rows)
    assert xml.count('<w:tblHeader w:val="true"/>') == rows


def test_the_scoring_sheet_is_saved_with_the_comparison(tmp_path: Path) -> None:
    from reportview.core.scoring import Criterion, Score

    path = tmp_path / "c.rvcmp"
    reports = _reports()[:2]
    rubric = (Criterion("parts", "必需部分齐全", 20.0), Criterion("c1", "亮点", 5.0))
    scores = ((0, Score("parts", 17.5, "缺职责细节", "t")), (1, Score("c1", None, "待议", "t")))
    saved.save(path, saved.SavedComparison(tuple(reports), (), tuple(rubric), tuple(scores)))
    back = saved.load(path)
    assert back.criteria == rubric and back.scores == scores
    damaged = json.loads(path.read_text(encoding="utf-8"))
    damaged["scores"][0]["value"] = "很高"
    path.write_text(json.dumps(damaged, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(saved.SavedFileError):
        saved.load(path)


def test_json_is_laid_out_by_level_and_reads_back_as_written() -> None:
    from reportview.core.serialize import to_json

    values = [
        {},
        [],
        {"a": {}},
        {"a": [{}], "b": [[1, [2]]]},
        {
            "rows": [
                {
                    "cells": [
                        {
                            "items": [
                                {"text": "依法行政\n“制度”", "matches": [{"score": 0.5, "clause": [1, 2]}]}
                            ]
                        }
                    ]
                }
            ]
        },
        "鳳鳴鎮",
        1.5,
        None,
    ]
    for value in values:
        assert json.loads(to_json(value)) == value
    text = to_json(values[4])
    assert '        {"score": 0.5, "clause": [1, 2]}' in text.splitlines()  # a record, one line
    assert text.startswith('{\n "rows": [\n  {\n   "cells"')  # the levels above it indented


def test_a_record_is_written_as_the_json_module_writes_it() -> None:
    from reportview.core.model import Kind
    from reportview.core.serialize import to_json

    records = [
        {"kind": Kind.PLANS, "clause": (3, 9), "terms": ["法治", "“督察”\t"], "score": float("nan")},
        {"n": True, "m": None, "x": -0.0, "big": 10**20, "far": float("inf")},
    ]
    for record in records:  # a value no plainer than these stays one line, as json.dumps gives it
        assert to_json(record) == json.dumps(record, ensure_ascii=False)
    assert (
        to_json({"matches": records}).splitlines()[2]
        == "  " + json.dumps(records[0], ensure_ascii=False) + ","
    )
