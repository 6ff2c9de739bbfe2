"""The county overview in the real window: the first screen for many reports, filled as they
arrive, sorted, filtered, scored, and leading to a report or a shared sentence in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reportview.ui.main_window import MainWindow
from tests.ui.conftest import QINGSHI_2023, SAMPLES, wait_matched


def test_the_overview_sorts_filters_and_opens_a_report_in_place(qtbot: QtBot, window: MainWindow) -> None:

    from reportview.ui.overview_view import SORT_ROLE

    paths = [str(p) for p in sorted(SAMPLES.iterdir()) if p.is_file()]
    window.open_paths(paths)
    wait_matched(qtbot, window, len(paths))
    tabs = window.tabs
    assert tabs.currentWidget() is tabs.overview  # more reports than columns show at once
    qtbot.waitUntil(lambda: tabs.overview.model.rowCount() == len(paths))
    table, proxy = tabs.overview.table, tabs.overview.proxy
    header = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    figures = header.index("具体数据")
    table.sortByColumn(figures, Qt.SortOrder.DescendingOrder)
    shown = [proxy.data(proxy.index(r, figures), SORT_ROLE) for r in range(proxy.rowCount())]
    assert shown == sorted(shown, reverse=True) and shown[0] > shown[-1]
    tabs.overview.filter.setText("柳溪")
    assert proxy.rowCount() == 1
    name = proxy.data(proxy.index(0, 1))
    assert name == "柳溪乡"
    table.doubleClicked.emit(proxy.index(0, 1))
    assert tabs.currentWidget() is window.view
    liuxi = next(i for i, r in enumerate(window.view.reports()) if r.display_name == "柳溪乡")
    bar = window.view.body_area.horizontalScrollBar()
    qtbot.waitUntil(lambda: (len(window.view.headers) > liuxi and bar.value() > 0) or liuxi == 0)
    if liuxi:
        assert abs(bar.value() - window.view.headers[liuxi].x()) < 40 or bar.value() == bar.maximum()
    tabs.overview.filter.clear()
    assert tabs.overview.sentences.rowCount() >= 1  # the county's recurring sentences are listed


def test_scores_are_entered_in_the_overview_ranked_saved_and_kept(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    from reportview.core import saved
    from reportview.core.score_book import ScoreBook
    from reportview.core.scoring import Score
    from reportview.ui import county_tabs

    paths = [str(p) for p in sorted(SAMPLES.iterdir()) if p.is_file()]
    window.open_paths(paths)
    wait_matched(qtbot, window, len(paths))
    tabs, model = window.tabs, window.tabs.overview.model
    qtbot.waitUntil(lambda: model.rowCount() == len(paths))
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    parts = header.index("必需部分齐全")
    assert header[-2:] == ["总分", "名次"]
    assert model.data(model.index(0, parts)).startswith("≈")  # a suggestion, shown as one
    monkeypatch.setattr(county_tabs, "ask_score", lambda *_args: Score("parts", 18.0, "职责部分偏简略"))
    tabs.overview.scoreRequested.emit(1, "parts")
    row = next(r for r in range(model.rowCount()) if model.rows[r].report == 1)
    assert model.data(model.index(row, parts)) == "18"
    assert (
        model.data(model.index(row, len(header) - 2)) == "18"
        and model.data(model.index(row, len(header) - 1)) == "1"
    )
    assert "职责部分偏简略" in model.data(model.index(row, parts), Qt.ItemDataRole.ToolTipRole)
    out = tmp_path / "county.rvcmp"
    assert window.documents.save(out)
    assert [(i, s.criterion, s.value) for i, s in saved.load(out).scores] == [(1, "parts", 18.0)]
    again = ScoreBook(window.notes.store)  # what a restarted window reads
    again.set_reports(window.session.reports())
    assert again.scores[1]["parts"].value == 18.0


def test_opening_a_recurring_sentence_marks_it_in_every_report_that_carries_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    paths = [str(p) for p in sorted(SAMPLES.iterdir()) if p.is_file()]
    window.open_paths(paths)
    wait_matched(qtbot, window, len(paths))
    overview = window.tabs.overview
    qtbot.waitUntil(lambda: overview.sentences.rowCount() > 0)
    entry = overview._found[0]
    overview.recurring.activated.emit(overview.sentences.index(0, 0))
    assert window.tabs.currentWidget() is window.view
    carrying = set(entry.reports)
    qtbot.waitUntil(lambda: {r for (_, r) in window.view.cells} >= carrying)
    marked = {r for (_, r), view in window.view.cells.items() if view._layers.get("sentence")}
    assert marked == carrying and len(marked) >= 2


def test_the_overview_fills_as_reports_arrive_and_ends_with_all_of_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    from reportview.core.boilerplate import recurring

    paths = [str(p) for p in sorted(SAMPLES.iterdir()) if p.is_file()]
    window.open_paths(paths)
    tabs = window.tabs
    assert tabs.currentWidget() is tabs.overview  # more than fit side by side: the overview first
    wait_matched(qtbot, window, len(paths))
    statuses = lambda: [r.statuses for r in tabs.overview.model.rows]  # noqa: E731
    qtbot.waitUntil(lambda: len(statuses()) == len(paths) and all(statuses()) and not tabs.refreshing)
    # the sentences listed are those of every report, not of the first ones to arrive
    expected = recurring(window.session.comparison.reports)
    assert tabs.overview.sentences.rowCount() == len(expected)
    assert tabs.recurring() == expected


def test_statuses_arriving_later_never_switch_the_readers_tab(qtbot: QtBot, window: MainWindow) -> None:
    paths = [str(p) for p in sorted(SAMPLES.iterdir()) if p.is_file()]
    window.open_paths(paths)
    wait_matched(qtbot, window, len(paths))
    tabs = window.tabs
    assert tabs.currentWidget() is tabs.overview  # more reports than fit: the overview first
    tabs.setCurrentWidget(window.view)  # by keyboard, say: no tab was clicked
    tabs.set_comparison(window.session.comparison)  # the other parts' statuses arrive
    assert tabs.currentWidget() is window.view


def test_twenty_reports_scroll_sideways(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    text = QINGSHI_2023.read_text(encoding="utf-8")
    paths = []
    for i in range(20):
        path = tmp_path / f"第{i + 1:02d}镇.txt"
        path.write_text(text.replace("青石镇", f"第{i + 1}镇"), encoding="utf-8")
        paths.append(str(path))
    window.open_paths(paths)
    wait_matched(qtbot, window, 20)
    # Twenty columns do not fit: the first screen is the overview, one row per report.
    assert window.tabs.currentWidget() is window.tabs.overview
    qtbot.waitUntil(lambda: window.tabs.overview.model.rowCount() == 20)
    window.tabs.setCurrentWidget(window.view)
    qtbot.waitUntil(lambda: len(window.view.headers) == 20)
    qtbot.waitUntil(lambda: window.view.body_area.horizontalScrollBar().maximum() > 0)
    window.view.body_area.horizontalScrollBar().setValue(500)
    # the headers follow, once their own range has caught up with the last columns built
    qtbot.waitUntil(lambda: window.view.header_area.horizontalScrollBar().value() == 500)
    # each row's label moved along: still at the window's left edge
    assert all(band.contentsMargins().left() == 508 for band in window.view.bands.values())
