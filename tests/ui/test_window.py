"""The real window, driven as a reviewer would: open, read, select, navigate, find."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from reportview.core.model import Kind, Status
from reportview.ui.comparison_view import ItemRef
from reportview.ui.main_window import MainWindow
from reportview.ui.original import OriginalTextDialog
from tests.ui.conftest import FENGMING, LIUXI, QINGSHI_2022, QINGSHI_2023, SAMPLES, wait_matched


def test_empty_window_says_what_to_do(window: MainWindow) -> None:
    assert window.stack.currentIndex() == 0
    assert "拖到这里" in window.empty_label.text()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "文件(&F)" and "视图(&V)" in menus


def test_reports_line_up_by_kind(qtbot: QtBot, window: MainWindow) -> None:
    window.open_paths([str(QINGSHI_2023), str(FENGMING), str(LIUXI)])
    wait_matched(qtbot, window, 3)
    view = window.view
    assert window.stack.currentIndex() == 1
    assert list(view.bands) == [Kind.PREAMBLE, Kind.MEASURES, Kind.DUTIES, Kind.PROBLEMS, Kind.PLANS]
    assert [h.title.full_text.split(". ", 1)[1] for h in view.headers] == [
        "云川县青石镇 2023",  # short labels that tell the columns apart; the full title below
        "凤鸣镇 2023",
        "柳溪乡 2023",
    ]
    assert view.headers[0].facts.full_text == "云川县青石镇2023年法治政府建设年度报告"
    assert view.headers[1].facts.full_text == "凤鸣镇2023年法治政府建设工作总结"
    assert "✗" in view.headers[1].check.text() and "✗" not in view.headers[0].check.text()
    # Fengming has no problems part: its cell says so instead of being blank.
    assert (Kind.PROBLEMS, 1) not in view.cells
    row = view.rows[Kind.PROBLEMS].layout_
    missing = row.itemAt(1).widget()
    assert "未报告" in missing.text() and "必需" in missing.text()
    # Same kind, same row: the cells of a row start at the same height.
    tops = {view.cells[(Kind.PLANS, r)].mapTo(view.body_area.widget(), QPoint(0, 0)).y() for r in range(3)}
    assert len(tops) == 1


def test_statuses_are_painted_with_badges(qtbot: QtBot, window: MainWindow) -> None:
    window.open_paths([str(QINGSHI_2023), str(LIUXI), str(QINGSHI_2022)])
    wait_matched(qtbot, window, 3)
    liuxi = window.view.cells[(Kind.PROBLEMS, 1)]
    old = window.view.cells[(Kind.PROBLEMS, 2)]
    # 普法宣传形式单一，群众参与…不高: the same sentence, nearly verbatim, shared both ways.
    assert liuxi.status_of(2) is Status.SHARED and old.status_of(2) is Status.SHARED
    # 法治专业力量不足 and 法治专业人才缺乏: the same shortage, in other words.
    assert window.view.cells[(Kind.PROBLEMS, 0)].status_of(0) is Status.SIMILAR
    assert len(liuxi.badge_rects()) == 3
    assert len(liuxi.extraSelections()) >= 3
    assert "独有" in window.view.bands[Kind.PROBLEMS].text()


def _click_item(qtbot: QtBot, window: MainWindow, ref: ItemRef) -> None:
    cell = window.view.cells[(ref.kind, ref.report)]
    start, _ = cell.item_range(ref.item)
    point = cell.point_of(start + 2) - cell.viewport().pos() + QPoint(0, cell.fontMetrics().height() // 2)
    qtbot.mouseClick(cell.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_selecting_an_item_shows_its_counterparts_and_differences(qtbot: QtBot, window: MainWindow) -> None:
    window.open_paths([str(QINGSHI_2023), str(LIUXI), str(QINGSHI_2022)])
    wait_matched(qtbot, window, 3)
    ref = ItemRef(2, Kind.PROBLEMS, 2)
    _click_item(qtbot, window, ref)
    assert window.view.selected == ref
    counterparts = window.view.matches_of(ref)
    assert ItemRef(1, Kind.PROBLEMS, 2) in counterparts
    assert window.view.cells[(Kind.PROBLEMS, 1)].extraSelections()  # counterpart painted
    qtbot.waitUntil(
        lambda: (
            "line-through" in window.diff_panel.toHtml() or "text-decoration" in window.diff_panel.toHtml()
        ),
        timeout=20000,
    )
    text = window.diff_panel.toPlainText()
    assert "群众参与度不高" in text and "群众参与的积极性不高" in text
    assert "柳溪乡2023年法治政府建设情况报告" in text


def test_next_difference_walks_unique_and_similar_items(qtbot: QtBot, window: MainWindow) -> None:
    window.open_paths([str(QINGSHI_2023), str(LIUXI), str(QINGSHI_2022)])
    wait_matched(qtbot, window, 3)
    from reportview.core.compare import differences as walk
    from reportview.ui.comparison_view import ItemRef

    assert window.view.comparison is not None
    differences = [ItemRef(*ref) for ref in walk(window.view.comparison)]
    assert differences and all(
        window.view.cells[(d.kind, d.report)].status_of(d.item) is not Status.SHARED for d in differences
    )
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.view.selected == differences[0]
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.view.selected == differences[1]
    qtbot.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.selected == differences[0]


def test_jump_to_kind_scrolls_every_column(qtbot: QtBot, window: MainWindow) -> None:
    window.open_paths([str(QINGSHI_2023), str(LIUXI)])
    wait_matched(qtbot, window, 2)
    bar = window.view.body_area.verticalScrollBar()
    bar.setValue(0)
    window.view.jump_to_kind(Kind.PLANS)
    assert bar.value() == min(window.view.bands[Kind.PLANS].y() - 4, bar.maximum()) > 0
    window.outline.kindActivated.emit(Kind.PREAMBLE)
    assert bar.value() == 0


def test_find_across_all_reports(qtbot: QtBot, window: MainWindow) -> None:
    window.open_paths([str(QINGSHI_2023), str(LIUXI)])
    wait_matched(qtbot, window, 2)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    window.find_bar.edit.setText("执法人员")  # QTest cannot type CJK characters
    expected = sum(cell.cell.text.count("执法人员") for cell in window.view.cells.values())
    assert expected >= 3 and len(window.find_bar.hits) == expected
    assert {h.report for h in window.find_bar.hits} == {0, 1}
    assert window.find_bar.count.text() == f"第 1 处，共 {expected} 处"
    window.find_bar.next()
    assert window.find_bar.count.text().startswith("第 2 处")


def test_bad_file_gets_one_message_and_the_rest_load(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    empty = tmp_path / "空文件.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "图片.txt"
    binary.write_bytes(bytes(range(256)) * 30)
    window.open_paths([str(empty), str(QINGSHI_2023), str(binary), str(LIUXI)])
    wait_matched(qtbot, window, 2)
    qtbot.waitUntil(lambda: len(window.messages.failures) == 2)
    assert window.messages.isVisible()
    text = window.messages.label.text()
    assert "空文件.txt" in text and "文件是空的" in text and "图片.txt" in text
    assert len(window.view.headers) == 2


def test_dropping_a_folder_loads_its_reports(qtbot: QtBot, window: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLES))])
    event = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    count = len([p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html", ".docx", ".pdf")])
    wait_matched(qtbot, window, count)
    # More reports than columns show at once: the overview is in front, and the columns are
    # built once the reader turns to them.
    assert window.tabs.currentWidget() is window.tabs.overview
    window.tabs.setCurrentWidget(window.view)
    qtbot.waitUntil(lambda: len(window.view.headers) == count)


def test_remove_and_reorder_columns(qtbot: QtBot, window: MainWindow) -> None:
    window.open_paths([str(QINGSHI_2023), str(LIUXI), str(FENGMING)])
    wait_matched(qtbot, window, 3)
    window.view.headers[0].moveRequested.emit(1)
    qtbot.waitUntil(lambda: window.view.headers[0].facts.text().startswith("柳溪乡"))
    qtbot.waitUntil(lambda: len(window.view.headers) == 3)  # columns are built a few per turn
    assert window.view.headers[1].facts.text().startswith("云川县青石镇")
    window.view.headers[2].removeRequested.emit()
    wait_matched(qtbot, window, 2)
    assert [h.title.full_text for h in window.view.headers] == ["1. 柳溪乡 2023", "2. 云川县青石镇 2023"]
    # Closing a column was a mistake: undo brings it back in its place, without reading it again.
    assert window.undo_action.text() == "撤销关闭报告(&U)"
    window.undo_action.trigger()
    wait_matched(qtbot, window, 3)
    assert [h.title.full_text for h in window.view.headers][2].startswith("3. ")
    assert window.view.reports()[2].path == str(FENGMING)
    window.undo()  # and the move before it
    qtbot.waitUntil(lambda: window.view.headers[0].facts.text().startswith("云川县青石镇"))


def test_original_text_is_one_action_away(qtbot: QtBot, window: MainWindow) -> None:
    window.open_paths([str(FENGMING)])
    qtbot.waitUntil(lambda: len(window.view.headers) == 1, timeout=30000)
    window.view.headers[0].originalRequested.emit()
    dialogs = [w for w in window.findChildren(OriginalTextDialog)]
    assert dialogs and "鳳(fèng)鳴(míng)鎮(zhèn)" in dialogs[-1].text.toPlainText()


def test_settings_remember_recent_files_and_geometry(qtbot: QtBot, window: MainWindow) -> None:
    from reportview.core.settings import load_settings

    window.open_paths([str(LIUXI)])
    qtbot.waitUntil(lambda: len(window.view.headers) == 1, timeout=30000)
    window.view.headers[0].resized.emit(400)
    window.close()
    saved = load_settings()
    assert saved.recent_files[0] == str(LIUXI)
    assert saved.geometry and saved.column_widths == [400]


def test_a_report_that_was_not_read_is_not_shown_as_missing_its_parts(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    lines = [f"首页 > 政务公开 > 第{i}页 发布时间：2024-01-0{i % 9 + 1} 浏览次数：{i}" for i in range(300)]
    lost = tmp_path / "lost.txt"
    lost.write_text("\n".join(lines) + "\n2023年，云溪镇扎实推进法治政府建设。", encoding="utf-8")
    window.open_paths([str(QINGSHI_2023), str(lost)])
    wait_matched(qtbot, window, 2)
    good, bad = window.view.headers
    assert "✗" not in bad.check.text() and "?" in bad.check.text()
    assert bad.reading.isVisibleTo(bad) and "⚠" in bad.reading.text() and "#b91c1c" in bad.reading.text()
    assert "报告可能没有被正确读取" in bad.reading.toolTip() and "没有找到任何标题" in bad.reading.toolTip()
    assert not good.reading.isVisibleTo(good) or "#b91c1c" not in good.reading.text()


def test_a_part_written_inside_another_is_labelled_in_its_cell(qtbot: QtBot, window: MainWindow) -> None:
    window.open_paths(
        [str(SAMPLES / "东坪片区管理局2023年法治政府建设情况（网页一行）.txt"), str(QINGSHI_2023)]
    )
    wait_matched(qtbot, window, 2)
    cell = window.view.cells[(Kind.PROBLEMS, 0)]
    note = cell.parent().findChild(type(window.empty_label), "foundInside")
    assert note is not None and "主要举措和成效" in note.text()
    assert len(window.view.comparison.row(Kind.PROBLEMS).cells[0].items) == 3


def test_the_panel_shows_the_aligned_points_and_the_shared_terms(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bundled = tmp_path / "甲镇.txt"
    bundled.write_text(
        "甲镇2023年法治政府建设年度报告\n一、存在的问题\n执法力量不足。\n二、下一步工作打算\n"
        "（一）加强法治队伍建设。一是通过公开招录新增法律专业人员1名；二是组织机关干部参加法治培训不少于40学时；"
        "三是建立干部学法档案。\n（二）开设普法微信专栏。\n",
        encoding="utf-8",
    )
    single = tmp_path / "乙乡.txt"
    single.write_text(
        "乙乡2023年法治政府建设情况报告\n一、存在的问题\n调解员年龄偏大。\n二、下一步工作打算\n"
        "（一）开展机关干部法治培训，全年培训时长达到40学时以上。\n（二）更新执法车辆。\n",
        encoding="utf-8",
    )
    window.open_paths([str(bundled), str(single)])
    wait_matched(qtbot, window, 2)
    _click_item(qtbot, window, ItemRef(0, Kind.PLANS, 0))
    qtbot.waitUntil(lambda: "共同词语" in window.diff_panel.toPlainText(), timeout=20000)
    text = window.diff_panel.toPlainText()
    aligned, whole = text.split("完整条目", 1)
    # The training point sits beside its counterpart; the other points only in the whole item.
    assert "二是组织机关干部参加法治培训" in aligned and "公开招录" not in aligned
    assert "公开招录" in whole
    assert "培训" in aligned.split("共同词语：", 1)[1]


def test_a_badge_says_what_its_links_rest_on(qtbot: QtBot, window: MainWindow) -> None:
    window.open_paths([str(QINGSHI_2023), str(LIUXI)])
    wait_matched(qtbot, window, 2)
    cell = window.view.cells[(Kind.PROBLEMS, 0)]
    index = next(
        i for i, r in enumerate(window.view.comparison.row(Kind.PROBLEMS).cells[0].items) if r.matches
    )
    assert cell.evidence[index].startswith("2. 柳溪乡") and "共同词语" in cell.evidence[index]


def test_many_columns_are_built_a_few_at_a_time_and_a_rebuild_wins(qtbot: QtBot, tmp_path: Path) -> None:
    """Fifty reports must not freeze the window: columns arrive over several turns of the
    event loop; reordering while they arrive leaves exactly the new order, once."""
    from reportview.core.analysis import analyze_text
    from reportview.core.compare import compare
    from reportview.ui.comparison_view import ComparisonView

    text = QINGSHI_2023.read_text(encoding="utf-8")
    reports = [
        analyze_text(text.replace("青石镇", f"第{i + 1}镇"), path=f"第{i + 1}镇.txt") for i in range(12)
    ]
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.set_comparison(compare(reports, match=False))
    assert 0 < len(view.headers) < 12  # the window is back in the event loop before all are built
    view.set_comparison(compare(reports[::-1], match=False))
    qtbot.waitUntil(lambda: len(view.headers) == 12)
    qtbot.wait(50)  # any slice of the first build would have run by now
    assert len(view.headers) == 12
    titles = [h.title.toolTip() for h in view.headers]
    assert all(f"第{12 - i}镇" in title for i, title in enumerate(titles)), titles
    assert {report for (_, report) in view.cells} == set(range(12))


def test_text_other_reports_carry_can_be_shaded(qtbot: QtBot, window: MainWindow) -> None:
    hekou = SAMPLES / "河口镇2023年法治政府建设情况报告（档案）.txt"
    window.open_paths([str(QINGSHI_2022), str(hekou)])
    wait_matched(qtbot, window, 2)
    window.tabs.set_show_copied(True)
    shaded = {key: [s for s in view._layers.get("copied", [])] for key, view in window.view.cells.items()}
    assert any(shaded.values())
    found = window.tabs.recurring()
    assert found and all(set(e.reports) == {0, 1} for e in found)
    # what is shaded is exactly a recurring sentence
    sel = next(v[0] for v in shaded.values() if v)
    text = sel.cursor.selectedText()
    assert any(text.strip() and (text.strip()[:8] in e.text) for e in found)
    window.tabs.set_show_copied(False)
    assert not any(view._layers.get("copied") for view in window.view.cells.values())


def test_the_first_screen_after_loading_shows_the_problems(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1400, 500)  # short enough that the preamble and measures fill a screen
    window.open_paths([str(QINGSHI_2023), str(LIUXI)])
    wait_matched(qtbot, window, 2)
    bar = window.view.body_area.verticalScrollBar()
    band = window.view.bands[Kind.PROBLEMS]
    qtbot.waitUntil(lambda: bar.value() > 0 and abs(bar.value() - (band.y() - 4)) <= 2)


def test_one_file_named_twice_is_read_once(qtbot: QtBot, window: MainWindow) -> None:
    again = str(LIUXI.parent / "." / LIUXI.name)
    window.open_paths([str(LIUXI), again, str(QINGSHI_2023)])
    wait_matched(qtbot, window, 2)
    assert len(window.session.entries) == 2


def test_the_follow_through_of_a_bodys_two_years_opens_and_leads_to_the_evidence(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportview.ui import county_tabs

    shown: list = []
    monkeypatch.setattr(county_tabs.FollowDialog, "show", lambda self: shown.append(self))
    window.open_paths([str(QINGSHI_2022), str(QINGSHI_2023), str(LIUXI)])
    wait_matched(qtbot, window, 3)
    window.tabs.show_follow()
    [dialog] = shown
    plans = [dialog.tree.topLevelItem(i) for i in range(3)]
    from reportview.core.follow import follow

    reports = window.view.reports()
    last = next(r for r in reports if r.year == 2022)
    now = next(r for r in reports if r.year == 2023 and r.body == last.body)
    names = {"done": "已落实", "partial": "部分落实/提及", "none": "未见落实"}
    assert [p.text(1) for p in plans] == [names[c.verdict.value] for c in follow(last, now).plans]
    assert dialog.tree.topLevelItem(3).text(0) == "重复出现的问题："
    evidence = next(p.child(0) for p in plans if p.childCount())
    dialog.tree.itemDoubleClicked.emit(evidence, 0)
    assert window.tabs.currentWidget() is window.view
    this = next(i for i, r in enumerate(window.view.reports()) if r.year == 2023 and r.body == "云川县青石镇")
    qtbot.waitUntil(
        lambda: any(
            view.textCursor().hasSelection() for (_, r), view in window.view.cells.items() if r == this
        )
    )


def test_a_revealed_span_lands_in_mid_view(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1400, 600)
    window.open_paths([str(QINGSHI_2023), str(LIUXI)])
    wait_matched(qtbot, window, 2)
    report = window.view.reports()[0]
    item = report.items_of(Kind.PROBLEMS)[0]
    assert window.view.reveal_range(0, item.start, item.end)
    view = window.view.cells[(Kind.PROBLEMS, 0)]
    rng = view.cell.range_to_cell(item.start, item.end)
    assert rng is not None
    y = view.mapTo(window.view.body_area.widget(), view.point_of(rng[0])).y()
    bar = window.view.body_area.verticalScrollBar()
    middle = window.view.body_area.viewport().height() // 2
    assert abs((y - bar.value()) - middle) <= 2 or bar.value() in (0, bar.maximum())
    assert bar.value() > 0
