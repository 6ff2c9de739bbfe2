"""The note store: every confirmed note survives restarts, crashes and kills."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reportview.core.analysis import analyze_text
from reportview.core.notes import Anchor
from reportview.core.store import MIGRATIONS, NoteStore
from tests.builders import REPORT


def anchor(report, quote: str) -> Anchor:
    start = report.text.index(quote)
    return Anchor.of(report.text, report.fingerprint, start, start + len(quote), "problems", "存在的问题")


def test_notes_survive_a_restart(tmp_path: Path) -> None:
    report = analyze_text(REPORT, path="/reports/a.txt")
    store = NoteStore(tmp_path / "n.db")
    note = store.add(report, anchor(report, "法治专业力量不足"), "与去年相同", ["套话/雷同", "需核实"])
    store.close()
    again = NoteStore(tmp_path / "n.db")
    [found] = again.notes_for(report)
    assert found.id == note.id and found.body == "与去年相同"
    assert found.tags == ("套话/雷同", "需核实") and found.anchor.quote == "法治专业力量不足"
    assert again.version() == len(MIGRATIONS) and again.integrity() == "ok"


def test_edit_delete_and_undo(tmp_path: Path) -> None:
    report = analyze_text(REPORT, path="/reports/a.txt")
    store = NoteStore(tmp_path / "n.db")
    note = store.add(report, anchor(report, "法治专业力量不足"), "初稿")
    edited = store.update(note.id, "改过", ["亮点"])
    assert edited.body == "改过" and edited.tags == ("亮点",)
    gone = store.delete(note.id)
    assert store.notes_for(report) == []
    back = store.restore(gone, report)
    assert back.id == note.id and back.body == "改过" and back.tags == ("亮点",)


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    store = NoteStore(tmp_path / "n.db")
    with pytest.raises(sqlite3.IntegrityError):
        store._db.execute(
            "INSERT INTO notes (document_id, start, end, quote, prefix, suffix, body, created, modified)"
            " VALUES (999, 0, 1, 'x', '', '', 'y', 'now', 'now')"
        )


def test_other_townships_do_not_lend_their_notes(tmp_path: Path) -> None:
    store = NoteStore(tmp_path / "n.db")
    mine = analyze_text(REPORT, path="/reports/青石镇.txt")
    store.add(mine, anchor(mine, "法治专业力量不足"), "套话")
    other = analyze_text(REPORT.replace("青石镇", "柳溪镇"), path="/reports/柳溪镇.txt")
    assert store.notes_for(other) == []
    edited = analyze_text(REPORT + "五、其他\n补充说明。\n", path="/reports/青石镇.txt")
    assert [n.body for n in store.notes_for(edited)] == ["套话"]


WRITER = """
import sys
from reportview.core.analysis import analyze_text
from reportview.core.notes import Anchor
from reportview.core.store import MIGRATIONS, NoteStore
report = analyze_text(sys.argv[2], path="/reports/a.txt")
store = NoteStore(__import__("pathlib").Path(sys.argv[1]))
start = report.text.index("法治专业力量不足")
for i in range(100000):
    note = store.add(report, Anchor.of(report.text, report.fingerprint, start, start + 8), f"note {i}", ["需核实"])
    print(note.id, flush=True)
"""


def test_kill_during_a_burst_loses_no_confirmed_note(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), REPORT], stdout=subprocess.PIPE, text=True, env={**os.environ}
    )
    assert proc.stdout is not None
    confirmed = []
    deadline = time.time() + 60
    while len(confirmed) < 200 and time.time() < deadline:
        line = proc.stdout.readline()
        if line:
            confirmed.append(int(line))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert len(confirmed) >= 200
    store = NoteStore(db)
    assert store.integrity() == "ok"
    ids = {n.id for n in store.all_notes()}
    assert set(confirmed) <= ids
    assert all(n.tags == ("需核实",) for n in store.all_notes())


TWO_WRITERS = """
import sys
from reportview.core.analysis import analyze_text
from reportview.core.notes import Anchor
from reportview.core.store import MIGRATIONS, NoteStore
report = analyze_text(sys.argv[2], path=f"/reports/{sys.argv[3]}.txt")
store = NoteStore(__import__("pathlib").Path(sys.argv[1]))  # both open the store at once
start = report.text.index("法治专业力量不足")
for i in range(int(sys.argv[4])):
    note = store.add(report, Anchor.of(report.text, report.fingerprint, start, start + 8), f"{sys.argv[3]} {i}", ["需核实"])
    print(note.id, flush=True)
"""


@pytest.mark.parametrize("existing", [False, True], ids=["fresh store", "existing store"])
def test_two_windows_write_to_one_store_at_once(tmp_path: Path, existing: bool) -> None:
    db = tmp_path / "n.db"
    if existing:
        NoteStore(db).close()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", TWO_WRITERS, str(db), REPORT.replace("青石镇", name), name, "150"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("甲镇", "乙镇")
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err  # neither window crashes (locked, racing migration)
    confirmed = {int(line) for out, _ in outputs for line in out.split()}
    assert len(confirmed) == 300
    store = NoteStore(db)
    assert store.integrity() == "ok" and store.version() == len(MIGRATIONS)
    assert {n.id for n in store.all_notes()} == confirmed


@pytest.mark.parametrize("damage", ["not a database", "corrupt pages"])
def test_a_damaged_store_is_set_aside_and_a_fresh_one_started(tmp_path: Path, damage: str) -> None:
    from reportview.core.store_file import open_store

    db = tmp_path / "notes.sqlite3"
    if damage == "not a database":
        db.write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    else:
        store = NoteStore(db)
        report = analyze_text(REPORT, path="/reports/a.txt")
        start = report.text.index("法治专业力量不足")
        for i in range(200):
            store.add(report, Anchor.of(report.text, report.fingerprint, start, start + 8), f"note {i}", [])
        store.close()
        data = bytearray(db.read_bytes())
        data[4096 : 4096 * 3] = b"\x00\xff" * 4096  # overwrite two pages
        db.write_bytes(bytes(data))
    original = db.read_bytes()
    store, aside = open_store(db)
    assert aside is not None and aside.exists() and aside.read_bytes() == original  # kept, never deleted
    assert store.integrity() == "ok" and store.all_notes() == []
    assert "damaged" in aside.name


def test_scores_and_the_rubric_survive_a_restart(tmp_path: Path) -> None:
    from reportview.core.analysis import analyze_text
    from reportview.core.scoring import DEFAULT_CRITERIA, Criterion, Score
    from tests.builders import REPORT

    path = tmp_path / "notes.sqlite3"
    report = analyze_text(REPORT, path="甲镇.txt")
    store = NoteStore(path)
    assert store.criteria() == DEFAULT_CRITERIA  # an empty rubric is the default one
    rubric = (*DEFAULT_CRITERIA[:2], Criterion("c1", "亮点突出", 10))
    store.set_criteria(rubric)
    store.set_score(report, Score("parts", 18.5, "缺少职责部分的细节"))
    store.set_score(report, Score("c1", None, "待讨论"))
    store.close()
    again = NoteStore(path)
    assert again.criteria() == rubric
    scores = again.scores_for(report)
    assert scores["parts"].value == 18.5 and scores["parts"].comment == "缺少职责部分的细节"
    assert scores["c1"].value is None and scores["c1"].comment == "待讨论"
    again.set_score(report, Score("c1", None, ""))  # clearing a score removes it
    assert "c1" not in again.scores_for(report)
    other = analyze_text(REPORT + "\n另附说明一则。\n", path="乙乡.txt")
    assert again.scores_for(other) == {}  # scores belong to their report


def test_a_score_book_keeps_a_sheet_and_takes_a_saved_one_without_losing_newer_scores(tmp_path: Path) -> None:
    from reportview.core.analysis import analyze_text
    from reportview.core.score_book import ScoreBook
    from reportview.core.scoring import Criterion, Score
    from tests.builders import REPORT

    reports = [
        analyze_text(REPORT, path="甲镇.txt"),
        analyze_text(REPORT + "\n另附说明。\n", path="乙乡.txt"),
    ]
    book = ScoreBook(NoteStore(tmp_path / "s.sqlite3"))
    book.set_reports(reports)
    book.set(0, Score("parts", 20.0))
    book.set(1, Score("parts", 15.0))
    book.set(1, Score("figures", 5.0))
    assert book.totals() == [20.0, 20.0] and book.ranks() == [1, 1]
    book.import_saved((Criterion("parts", "部分齐全", 20.0), Criterion("figures", "数据", 20.0)),
                      [(0, Score("parts", 10.0)), (0, Score("figures", 12.0))])  # fmt: skip
    assert book.scores[0]["parts"].value == 20.0  # the score given here is kept
    assert book.scores[0]["figures"].value == 12.0  # the one missing here is taken
    assert [c.name for c in book.criteria] == ["部分齐全", "数据"]
    assert sorted((i, s.criterion, s.value) for i, s in book.saved_scores()) == [
        (0, "figures", 12.0), (0, "parts", 20.0), (1, "figures", 5.0), (1, "parts", 15.0)
    ]  # fmt: skip
