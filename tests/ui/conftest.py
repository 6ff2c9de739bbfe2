"""Qt fixtures: one analysis engine for the whole run, windows in Simplified Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reportview.core.model import Status
from reportview.ui.app import install_translations
from reportview.ui.engine import Engine
from reportview.ui.main_window import MainWindow

SAMPLES = Path(__file__).resolve().parents[2] / "sample_reports"
QINGSHI_2023 = SAMPLES / "青石镇2023年法治政府建设年度报告.txt"
LIUXI = SAMPLES / "柳溪乡2023年法治政府建设情况报告.txt"
QINGSHI_2022 = SAMPLES / "青石镇2022年法治政府建设年度报告.txt"
FENGMING = SAMPLES / "鳳鳴鎮2023年法治政府建設工作總結.txt"


@pytest.fixture(scope="session")
def engine(qapp: QApplication) -> Iterator[Engine]:
    install_translations(qapp, "zh_CN")
    shared = Engine()
    shared.start()
    yield shared
    shared.shutdown()


@pytest.fixture
def window(qtbot: QtBot, engine: Engine) -> Iterator[MainWindow]:
    win = MainWindow(engine=engine)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    yield win
    win.session.clear()


def wait_matched(qtbot: QtBot, win: MainWindow, count: int) -> None:
    """Until ``count`` reports are shown with all their statuses."""

    def done() -> bool:
        comparison = win.session.comparison
        assert comparison is not None and len(comparison.reports) == count
        assert win.session.pending() == 0
        # every stage of the matching arrived: a late one would move the text under a test
        assert all(r.status is not None for row in comparison.rows for c in row.cells for r in c.items)
        assert win.view.latest is comparison  # shown, or waiting behind the overview
        # columns are built one per turn of the event loop: all of them, when in view
        assert not win.view.isVisible() or len(win.view.headers) == count

    qtbot.waitUntil(done, timeout=60000)
    QApplication.processEvents()  # and laid out: the last column's widths reach every cell


STATUSES = Status


@pytest.fixture(scope="session", autouse=True)
def _collect_before_qt_goes(qapp: QApplication) -> Iterator[None]:
    """Drop widgets and Qt wrappers while the application object still exists."""
    yield
    import gc

    for widget in qapp.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    qapp.processEvents()
    gc.collect()
    qapp.processEvents()
