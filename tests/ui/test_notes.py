"""Notes in the window: add, paint, list, edit, undo, survive restarts, save and reopen, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from reportview.core.model import Kind
from reportview.core.store import NoteStore
from reportview.ui import main_window as main_window_module
from reportview.ui.engine import Engine
from reportview.ui.main_window import MainWindow
from reportview.ui.note_dialog import NoteDialog, NoteInput, split_tags
from tests.ui.conftest import LIUXI, QINGSHI_2023, wait_matched

QUOTE = "村级法律顾问作用发挥不充分"


@pytest.fixture
def notes_db(tmp_path: Path) -> Path:
    return tmp_path / "notes.sqlite3"


def _window(qtbot: QtBot, engine: Engine, db: Path) -> MainWindow:
    win = MainWindow(engine=engine, store=NoteStore(db))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    return win


def _select(win: MainWindow, quote: str, kind: Kind = Kind.PROBLEMS, report: int = 0) -> None:
    cell = win.view.cells[(kind, report)]
    start = cell.cell.text.index(quote)
    cell.setFocus()
    cell.select_range(start, start + len(quote))


def _add(monkeypatch: pytest.MonkeyPatch, win: MainWindow, body: str, tags: tuple[str, ...]) -> None:
    monkeypatch.setattr(main_window_module, "ask_note", lambda *_a, **_k: NoteInput(body, tags))
    win.add_note()


def test_add_note_paints_lists_and_survives_restart(
    qtbot: QtBot, engine: Engine, notes_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = _window(qtbot, engine, notes_db)
    win.open_paths([str(QINGSHI_2023), str(LIUXI)])
    wait_matched(qtbot, win, 2)
    _select(win, QUOTE)
    _add(monkeypatch, win, "与2022年承诺对照：仍未兑现", ("承诺未兑现",))
    [shown] = win.notes.shown
    report = win.view.reports()[0]
    assert report.text[shown.start : shown.end] == QUOTE
    cell = win.view.cells[(Kind.PROBLEMS, 0)]
    assert any(s.format.underlineStyle().name == "WaveUnderline" for s in cell.extraSelections())
    group = win.notes_panel.tree.topLevelItem(0)
    assert group.child(0).text(0) == QUOTE and group.child(0).text(2) == "承诺未兑现"
    win.close()
    again = _window(qtbot, engine, notes_db)
    again.open_paths([str(QINGSHI_2023), str(LIUXI)])
    wait_matched(qtbot, again, 2)
    assert [s.note.body for s in again.notes.shown] == ["与2022年承诺对照：仍未兑现"]
    assert again.notes.shown[0].start == shown.start


def test_edit_delete_and_undo(
    qtbot: QtBot, engine: Engine, notes_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = _window(qtbot, engine, notes_db)
    win.open_paths([str(QINGSHI_2023)])
    qtbot.waitUntil(lambda: (Kind.PROBLEMS, 0) in win.view.cells, timeout=30000)
    _select(win, QUOTE)
    _add(monkeypatch, win, "初稿", ("需核实",))
    note_id = win.notes.shown[0].note.id
    win.apply(win.workspace.edit_note(note_id, "改稿", ("亮点",)))
    assert win.notes.shown[0].note.body == "改稿"
    assert win.undo_action.text() == "撤销修改批注(&U)"
    win.notes_panel.deleteRequested.emit(note_id)  # the panel's Delete
    assert win.notes.shown == []
    assert win.notes_panel.tree.topLevelItemCount() == 0
    win.undo_action.trigger()
    assert win.notes.shown[0].note.body == "改稿" and win.notes.shown[0].note.id == note_id
    assert win.notes_panel.tree.topLevelItemCount() == 1
    win.undo()
    assert win.notes.shown[0].note.body == "初稿"
    assert win.redo_action.isEnabled() and win.redo_action.text() == "重做修改批注(&R)"
    win.redo_action.trigger()
    assert win.notes.shown[0].note.tags == ("亮点",)
    assert NoteStore(notes_db).all_notes()[0].body == "改稿"


def test_note_on_an_edited_file_follows_or_goes_unplaced(
    qtbot: QtBot, engine: Engine, notes_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "青石镇.txt"
    path.write_text(QINGSHI_2023.read_text(encoding="utf-8"), encoding="utf-8")
    win = _window(qtbot, engine, notes_db)
    win.open_paths([str(path)])
    qtbot.waitUntil(lambda: (Kind.PROBLEMS, 0) in win.view.cells, timeout=30000)
    _select(win, QUOTE)
    _add(monkeypatch, win, "跟踪", ())
    _select(win, "普法宣传针对性不强")
    _add(monkeypatch, win, "会被删掉", ())
    win.close()
    text = path.read_text(encoding="utf-8")
    text = text.replace("2023年，青石镇", "2023年全年，青石镇").replace(
        "（三）普法宣传针对性不强。", "（三）"
    )
    path.write_text(text, encoding="utf-8")
    again = _window(qtbot, engine, notes_db)
    again.open_paths([str(path)])
    qtbot.waitUntil(lambda: bool(again.notes.shown or again.notes.unplaced), timeout=30000)
    [shown] = again.notes.shown
    assert again.view.reports()[0].text[shown.start : shown.end] == QUOTE
    assert [n.body for n, _ in again.notes.unplaced] == ["会被删掉"]
    assert "1" in again.notes_panel.tree.topLevelItem(1).text(0)
    _select(again, "普法形式仍以发放资料")
    again.reattach_note(again.notes.unplaced[0][0].id)
    assert again.notes.unplaced == [] and len(again.notes.shown) == 2
    again.undo()
    assert [n.body for n, _ in again.notes.unplaced] == ["会被删掉"]


def test_saved_comparison_reopens_exactly(
    qtbot: QtBot, engine: Engine, notes_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = _window(qtbot, engine, notes_db)
    win.open_paths([str(LIUXI), str(QINGSHI_2023)])
    wait_matched(qtbot, win, 2)
    _select(win, QUOTE, report=1)
    _add(monkeypatch, win, "保存前的批注", ("需核实",))
    target = tmp_path / "审阅.rvcmp"
    assert win.documents.save(target)
    other = _window(qtbot, engine, tmp_path / "elsewhere.sqlite3")  # another reviewer's machine
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    other.dropEvent(
        QDropEvent(
            QPointF(100, 100),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    wait_matched(qtbot, other, 2)
    assert [r.path for r in other.view.reports()] == [str(LIUXI), str(QINGSHI_2023)]
    assert [r.text for r in other.view.reports()] == [r.text for r in win.view.reports()]
    [shown] = other.notes.shown
    assert (shown.report, shown.note.body, shown.note.tags) == (1, "保存前的批注", ("需核实",))
    assert other.view.reports()[1].text[shown.start : shown.end] == QUOTE


def test_exports_from_the_window(
    qtbot: QtBot, engine: Engine, notes_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = _window(qtbot, engine, notes_db)
    win.open_paths([str(QINGSHI_2023), str(LIUXI)])
    wait_matched(qtbot, win, 2)
    _select(win, QUOTE)
    _add(monkeypatch, win, "<b>重点</b>", ())
    assert win.documents.export("html", tmp_path / "a.html")
    assert win.documents.export("docx", tmp_path / "a.docx")
    assert win.documents.export("csv", tmp_path / "a.csv")
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;重点&lt;/b&gt;" in page and "<b>重点</b>" not in page
    assert "存在问题" in page  # Chinese labels
    assert "&lt;b&gt;" not in (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    from docx import Document
    from openpyxl import load_workbook

    cells = [c.text for t in Document(str(tmp_path / "a.docx")).tables for r in t.rows for c in r.cells]
    assert any("柳溪乡" in c for c in cells) and any("<b>重点</b>" in c for c in cells)
    assert win.documents.export("xlsx", tmp_path / "a.xlsx")
    book = load_workbook(tmp_path / "a.xlsx")
    assert [s.title for s in book.worksheets] == ["总览", "套话", "评分"]
    overview = book.worksheets[0]
    header = [c.value for c in overview[1]]
    notes = [overview.cell(r, header.index("批注") + 1).value for r in range(2, 4)]
    assert sorted(notes) == [0, 1]  # the one note, on its report
    assert win.documents.export("summary", tmp_path / "s.docx")
    assert len(Document(str(tmp_path / "s.docx")).tables[0].rows) == 3


def test_note_dialog_returns_plain_values(qtbot: QtBot) -> None:
    dialog = NoteDialog("村级法律顾问", "旧批注", ("亮点", "自定义"))
    qtbot.addWidget(dialog)
    dialog.body.setPlainText("新批注")
    dialog.boxes[0].setChecked(True)
    dialog.free.setText("甲，乙、丙")
    value = dialog.value()
    assert value.body == "新批注"
    assert value.tags == ("套话/雷同", "亮点", "甲", "乙", "丙")
    assert split_tags("a, b，c、d;e") == ("a", "b", "c", "d", "e")


def test_a_damaged_saved_comparison_gets_one_plain_message(
    qtbot: QtBot, engine: Engine, notes_db: Path, tmp_path: Path
) -> None:
    win = _window(qtbot, engine, notes_db)
    bad = tmp_path / "坏文件.rvcmp"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    win.open_paths([str(bad), str(LIUXI)])
    qtbot.waitUntil(lambda: len(win.view.headers) == 1, timeout=30000)
    assert win.messages.failures == [(str(bad), "不是报告比对保存的文件")]


def test_a_damaged_store_is_set_aside_and_the_window_says_where(qtbot, engine) -> None:
    from reportview.core.paths import data_dir
    from reportview.ui.main_window import MainWindow

    db = data_dir() / "notes.sqlite3"
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"not a database at all\n" * 50)
    win = MainWindow(engine=engine)
    qtbot.addWidget(win)
    assert win.messages.failures and "damaged" in win.messages.failures[0][0]
    assert "已损坏" in win.messages.failures[0][1]
    assert win.notes.store.integrity() == "ok"


def test_right_click_add_note_and_delete_key_in_the_panel(
    qtbot: QtBot, engine: Engine, notes_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = _window(qtbot, engine, notes_db)
    win.open_paths([str(QINGSHI_2023)])
    qtbot.waitUntil(lambda: (Kind.PROBLEMS, 0) in win.view.cells, timeout=30000)
    _select(win, QUOTE)
    monkeypatch.setattr(main_window_module, "ask_note", lambda *_a, **_k: NoteInput("右键添加", ("需核实",)))
    menu = win.view.cells[(Kind.PROBLEMS, 0)].context_menu()
    add = next(a for a in menu.actions() if a.text().startswith("添加批注"))
    assert add.isEnabled()
    add.trigger()  # the reviewer picks 添加批注… in the right-click menu
    assert [s.note.body for s in win.notes.shown] == ["右键添加"]
    tree = win.notes_panel.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert win.notes.shown == [] and NoteStore(notes_db).all_notes() == []


def test_ctrl_s_saves_to_the_comparison_in_use_and_save_as_asks(
    qtbot: QtBot, engine: Engine, notes_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportview.ui import document_actions

    win = _window(qtbot, engine, notes_db)
    win.open_paths([str(LIUXI), str(QINGSHI_2023)])
    wait_matched(qtbot, win, 2)
    target = tmp_path / "审阅.rvcmp"
    asked: list[str] = []

    def choose(*_args: object, **_kw: object) -> tuple[str, str]:
        asked.append("asked")
        return str(target), ""

    monkeypatch.setattr(document_actions.QFileDialog, "getSaveFileName", choose)
    save = next(
        a for a in win.findChildren(type(win.menuBar().actions()[0])) if a.shortcut().toString() == "Ctrl+S"
    )
    save.trigger()  # the first time: where?
    assert asked == ["asked"] and target.exists() and win.windowTitle().startswith("审阅.rvcmp — ")
    first = target.stat().st_mtime_ns
    _select(win, QUOTE, report=1)
    _add(monkeypatch, win, "再次保存", ())
    save.trigger()  # the second time: to the same file, without asking
    assert asked == ["asked"] and target.stat().st_mtime_ns >= first
    assert "再次保存" in target.read_text(encoding="utf-8")
    save_as = next(a for a in win.findChildren(type(save)) if a.shortcut().toString() == "Ctrl+Shift+S")
    save_as.trigger()
    assert asked == ["asked", "asked"]
