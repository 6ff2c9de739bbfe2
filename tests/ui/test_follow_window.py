"""The follow-through in the window: its column in the overview, the reviewer's verdicts in
the dialog (kept in the store and in the saved comparison), pairing by dragging a header."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from reportview.core import saved
from reportview.core.follow import Verdict
from reportview.core.follow_book import FollowBook
from reportview.ui import county_tabs
from reportview.ui.header import COLUMN_MIME
from reportview.ui.main_window import MainWindow
from tests.ui.conftest import LIUXI, QINGSHI_2022, QINGSHI_2023, wait_matched


def _index(window: MainWindow, body: str, year: int) -> int:
    return next(i for i, r in enumerate(window.view.reports()) if body in (r.body or "") and r.year == year)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list:
    shown: list = []
    monkeypatch.setattr(county_tabs.FollowDialog, "show", lambda self: shown.append(self))
    return shown


def test_the_overview_counts_last_years_commitments_and_opens_them(
    qtbot: QtBot, window: MainWindow, dialogs: list
) -> None:
    window.open_paths([str(QINGSHI_2022), str(QINGSHI_2023), str(LIUXI)])
    wait_matched(qtbot, window, 3)
    tabs = window.tabs
    tabs.setCurrentWidget(tabs.overview)
    model = tabs.overview.model
    this = _index(window, "青石镇", 2023)
    # The pair is analysed in the matcher process; the column fills in when it answers.
    qtbot.waitUntil(lambda: any(r.follow is not None for r in model.rows), timeout=60000)
    column = model.follow_column
    assert model.headerData(column, Qt.Orientation.Horizontal) == "上年承诺落实"
    row = next(r for r in range(model.rowCount()) if model.rows[r].report == this)
    tally = model.rows[row].follow
    assert tally is not None and tally.total == 3
    assert model.data(model.index(row, column)) == f"{tally.done}/3"
    assert "上年 3 项承诺" in model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
    others = [model.rows[r] for r in range(model.rowCount()) if r != row]
    assert all(r.follow is None for r in others)  # no last year open for them
    proxy = tabs.overview.proxy
    at = next(r for r in range(proxy.rowCount()) if proxy.mapToSource(proxy.index(r, 0)).row() == row)
    tabs.overview.table.doubleClicked.emit(proxy.index(at, column))
    [dialog] = dialogs
    assert (dialog.last, dialog.this) == (_index(window, "青石镇", 2022), this)


def test_a_verdict_changed_in_the_dialog_is_counted_kept_and_saved(
    qtbot: QtBot, window: MainWindow, dialogs: list, tmp_path: Path
) -> None:
    window.open_paths([str(QINGSHI_2022), str(QINGSHI_2023)])
    wait_matched(qtbot, window, 2)
    window.tabs.show_follow()
    [dialog] = dialogs
    first = dialog.tree.topLevelItem(0)
    measured = first.text(1)
    dialog.set_verdict(0, Verdict.DONE, "年度台账显示已全覆盖")
    first = dialog.tree.topLevelItem(0)
    assert first.text(1) == "已落实（评审人）"
    assert measured in first.toolTip(1) and "年度台账显示已全覆盖" in first.toolTip(1)
    assert "1 项为评审人判定" in dialog.summary.text()
    this = _index(window, "青石镇", 2023)
    tabs = window.tabs
    tabs.setCurrentWidget(tabs.overview)
    qtbot.waitUntil(
        lambda: any(r.follow is not None and r.follow.reviewed == 1 for r in tabs.overview.model.rows)
    )
    # Kept in the store: what a restarted window reads.
    again = FollowBook(window.notes.store)
    again.set_reports(window.session.reports())
    view = again.view(dialog.last, this)
    assert view is not None and view.plans[0].verdict is Verdict.DONE
    # And in the saved comparison.
    out = tmp_path / "pair.rvcmp"
    assert window.documents.save(out)
    [(last, now, override)] = saved.load(out).verdicts
    assert (last, now, override.verdict, override.comment) == (
        dialog.last,
        this,
        Verdict.DONE,
        "年度台账显示已全覆盖",
    )
    # Back to the analysis's verdict.
    dialog.set_verdict(0, None)
    assert dialog.tree.topLevelItem(0).text(1) == measured


def test_dropping_one_header_on_another_pairs_the_reports_and_the_dialog_can_undo_it(
    qtbot: QtBot, window: MainWindow, dialogs: list
) -> None:
    window.open_paths([str(QINGSHI_2023), str(LIUXI)])
    wait_matched(qtbot, window, 2)
    assert window.follow.pairs() == []
    liuxi, qingshi = _index(window, "柳溪乡", 2023), _index(window, "青石镇", 2023)
    data = QMimeData()
    data.setData(COLUMN_MIME, str(liuxi).encode())
    target = window.view.headers[qingshi]
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.LinkAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(drop)
    assert drop.isAccepted()
    assert window.follow.pairs() == [(liuxi, qingshi)]  # same year: the dragged one is last year's
    [dialog] = dialogs
    assert dialog.tree.topLevelItemCount() >= 2  # its commitments, then the problems and plans again
    dialog.unpair()
    assert window.follow.pairs() == []
    # A header dropped on itself does nothing.
    data.setData(COLUMN_MIME, str(qingshi).encode())
    itself = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.LinkAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(itself)
    assert window.follow.pairs() == [] and len(dialogs) == 1
