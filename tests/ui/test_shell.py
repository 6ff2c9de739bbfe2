"""Rough edges of the window a first-time reader meets: Qt's own dialogs in Chinese, a small
differences panel at first start, the place in the text kept through a resize, every badge
visible when two items share a line."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from pytestqt.qtbot import QtBot

from reportview.core.model import Comparison, Kind
from reportview.ui.engine import Engine
from reportview.ui.main_window import MainWindow
from tests.ui.conftest import LIUXI, QINGSHI_2023, wait_matched


def test_qt_standard_dialogs_speak_chinese(window: MainWindow) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert QCoreApplication.translate("QFileDialog", "File &name:").startswith("文件名")


def test_the_differences_panel_starts_small(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: 0 < window.diff_dock.height() <= 200)
    assert window.diff_dock.height() < window.height() / 4


def _text_at_top(window: MainWindow) -> tuple[object, int]:
    """The first column's cell at the top of the view and the text position shown there."""
    view = window.view
    body, top = view.body_area.widget(), view.body_area.verticalScrollBar().value()
    for (_, report), cell in view.cells.items():
        corner = cell.mapTo(body, QPoint(0, 0))
        if report == 0 and corner.y() <= top < corner.y() + cell.height():
            return cell, cell.cursorForPosition(QPoint(4, top - corner.y())).position()
    raise AssertionError("no cell at the top")


def test_a_resize_keeps_the_text_that_was_at_the_top(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1400, 500)
    window.open_paths([str(QINGSHI_2023), str(LIUXI)])
    wait_matched(qtbot, window, 2)
    bar = window.view.body_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 300)
    bar.setValue(bar.maximum() // 2)
    cell, position = _text_at_top(window)
    window.resize(900, 500)  # narrower: every cell wraps to more lines
    qtbot.wait(100)

    def kept() -> None:
        now = _text_at_top(window)
        assert now[0] is cell and abs(now[1] - position) <= 30  # the same cell, the same place

    qtbot.waitUntil(kept)


def test_two_items_on_one_line_each_get_a_visible_badge(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    text = QINGSHI_2023.read_text(encoding="utf-8")
    start = text.index("三、存在的问题")
    end = text.index("四、", start)
    inline = text[:start] + "三、存在的问题\n一是力量不足。二是形式单一。三是作用不够。\n" + text[end:]
    path = tmp_path / "一行问题.txt"
    path.write_text(inline, encoding="utf-8")
    window.open_paths([str(path), str(LIUXI)])
    wait_matched(qtbot, window, 2)
    column = next(i for i, r in enumerate(window.view.reports()) if r.path == str(path))
    cell = window.view.cells[(Kind.PROBLEMS, column)]
    rects = [rect for rect, _status, _index in cell.badge_rects()]
    assert len(rects) == 3
    assert all(a.bottom() < b.top() for a, b in itertools.pairwise(rects))  # none hidden
    qtbot.waitUntil(lambda: cell.height() > rects[-1].bottom())  # the cell grows to show them all


def test_with_many_reports_the_columns_wait_for_the_reader_and_carry_their_notes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from reportview.core.anchoring import anchor_at

    text = QINGSHI_2023.read_text(encoding="utf-8")
    paths = []
    for i in range(9):
        path = tmp_path / f"第{i + 1:02d}镇.txt"
        path.write_text(text.replace("青石镇", f"第{i + 1}镇"), encoding="utf-8")
        paths.append(path)
    from reportview.core.analysis import analyze_file

    last = analyze_file(paths[-1])  # a note on the last report, written in an earlier session
    start = last.text.index("法治专业力量不足")
    window.notes.store.add(last, anchor_at(last, start, start + 8), "最后一列的批注", [])
    window.open_paths([str(p) for p in paths])
    wait_matched(qtbot, window, 9)
    assert window.tabs.currentWidget() is window.tabs.overview
    assert len(window.view.headers) < 9  # the hidden columns were not all built for nobody
    window.tabs.setCurrentWidget(window.view)
    qtbot.waitUntil(lambda: len(window.view.headers) == 9)
    column = next(i for i, r in enumerate(window.view.reports()) if r.path == str(paths[-1]))
    cell = window.view.cells[(Kind.PROBLEMS, column)]
    assert any(s.format.underlineStyle().name == "WaveUnderline" for s in cell.extraSelections())


def test_a_late_answer_for_another_session_never_lands_in_this_one(qtbot: QtBot, engine: Engine) -> None:
    from reportview.core.analysis import analyze_file
    from reportview.core.compare import compare
    from reportview.ui.session import Session

    closed, open_now = Session(engine), Session(engine)  # one engine serves both, as in a test run
    for session in (closed, open_now):
        session.add_paths([str(QINGSHI_2023)])
    qtbot.waitUntil(
        lambda: all(s.comparison is not None and s.comparison.reports for s in (closed, open_now))
    )
    shown = open_now.comparison
    # the matcher answers, late, for the other session's comparison of two other reports
    foreign = compare([analyze_file(LIUXI), analyze_file(QINGSHI_2023)])
    engine.comparisonReady.emit(closed._generation, foreign, True)
    now = open_now.comparison
    assert now.reports == shown.reports
    assert all(len(row.cells) == len(now.reports) for row in now.rows)  # no other session's rows


def test_many_reports_are_matched_by_both_workers_to_the_same_statuses(
    qtbot: QtBot, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportview.core.analysis import analyze_file
    from reportview.core.compare import compare, merged
    from reportview.ui import engine as engine_module
    from tests.ui.conftest import FENGMING, QINGSHI_2022

    monkeypatch.setattr(engine_module, "SHARED_FROM", 2)  # as with twenty reports and more
    monkeypatch.setattr(engine_module, "processors", lambda: 2)
    from reportview import workers

    reports = [analyze_file(p) for p in (QINGSHI_2023, LIUXI, QINGSHI_2022, FENGMING)]
    answers: list[tuple[object, bool]] = []
    roles: list[str] = []
    send = workers.compare_reports

    def compare_reports(reports: list, kinds: frozenset, role: str = "matcher") -> object:
        roles.append(role)
        return send(reports, kinds, role)

    monkeypatch.setattr(workers, "compare_reports", compare_reports)

    def answered(generation: int, found: Comparison, last: bool) -> None:
        if generation == -7:
            answers.append((found, last))

    engine.comparisonReady.connect(answered)
    engine.compare(-7, reports)
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=60000)
    engine.comparisonReady.disconnect(answered)
    assert roles == ["matcher", "reader"]  # the later kinds came from the reader
    got = merged(compare(reports, match=False), answers[0][0])
    got = merged(got, answers[1][0])
    whole = compare(reports)

    def statuses(c: Comparison) -> list:
        return [(row.kind, r.status, r.matches) for row in c.rows for cell in row.cells for r in cell.items]

    assert statuses(got) == statuses(whole)
    assert [last for _, last in answers] == [False, True]  # whichever worker ends first


def test_the_answer_that_completes_the_comparison_is_the_one_marked_last(
    qtbot: QtBot, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures import Future

    from reportview import workers
    from reportview.core.analysis import analyze_file
    from reportview.core.compare import FIRST_KINDS, compare
    from reportview.core.model import KIND_ORDER

    reports = [analyze_file(p) for p in (QINGSHI_2023, LIUXI)]
    sent: dict[frozenset, Future] = {}

    def compare_reports(reports: list, kinds: frozenset, role: str = "matcher") -> Future:
        sent[frozenset(kinds)] = Future()
        return sent[frozenset(kinds)]

    monkeypatch.setattr(workers, "compare_reports", compare_reports)
    answers: list[bool] = []

    def answered(generation: int, found: Comparison, last: bool) -> None:
        if generation == -8:
            answers.append(last)

    engine.comparisonReady.connect(answered)
    engine.compare(-8, reports)
    rest = frozenset(KIND_ORDER) - FIRST_KINDS
    sent[rest].set_result(compare(reports, rest))  # the later kinds happen to finish first
    sent[FIRST_KINDS].set_result(compare(reports, FIRST_KINDS))
    qtbot.waitUntil(lambda: len(answers) == 2)
    engine.comparisonReady.disconnect(answered)
    assert answers == [False, True]
