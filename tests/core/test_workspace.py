"""The workspace without a window: every change says what it changed, and undo/redo reverse
notes, scores, verdicts and pairs, still on the right report after columns moved."""

from __future__ import annotations

from pathlib import Path

from reportview.core import saved
from reportview.core.analysis import analyze_text
from reportview.core.follow import Verdict
from reportview.core.history import Changes
from reportview.core.scoring import Criterion, Score
from reportview.core.store import NoteStore
from reportview.core.workspace import Workspace
from tests.builders import REPORT
from tests.core.test_follow import LAST, THIS


def _space(tmp_path: Path, name: str = "n.db") -> Workspace:
    return Workspace(NoteStore(tmp_path / name))


def _two():
    return (
        analyze_text(REPORT, path="/r/one.txt"),
        analyze_text(REPORT.replace("法治专业力量不足", "法治专业人才匮乏"), path="/r/two.txt"),
    )


def test_a_note_change_names_only_the_report_it_touched(tmp_path: Path) -> None:
    one, two = _two()
    space = _space(tmp_path)
    assert space.set_reports([one, two]) == Changes(True, frozenset({0, 1}), True, True)
    assert not space.set_reports([one, two])  # the same reports again: nothing to redraw
    start = two.text.index("法治专业人才匮乏")
    changes = space.add_note(1, start, start + 8, "与去年相同", ["套话/雷同"])
    assert changes == Changes(notes=frozenset({1}))
    [shown] = space.notes.shown
    assert (shown.report, shown.note.anchor.quote) == (1, "法治专业人才匮乏")
    assert space.edit_note(shown.note.id, "改稿", ["亮点"]) == Changes(notes=frozenset({1}))
    assert space.notes.shown[0].note.body == "改稿"
    assert space.delete_note(shown.note.id) == Changes(notes=frozenset({1}))
    assert space.notes.shown == []
    # Undo all three, redo one.
    space.undo()
    assert space.notes.shown[0].note.body == "改稿"
    space.undo()
    assert space.notes.shown[0].note.body == "与去年相同"
    space.undo()
    assert space.notes.shown == [] and space.history.undo_label() is None
    space.redo()
    assert [s.note.body for s in space.notes.shown] == ["与去年相同"]
    assert space.history.redo_label() == "Edit note"


def test_undo_after_the_columns_moved_lands_on_the_same_report(tmp_path: Path) -> None:
    one, two = _two()
    space = _space(tmp_path)
    space.set_reports([one, two])
    start = two.text.index("法治专业人才匮乏")
    space.add_note(1, start, start + 8, "记在第二份上", [])
    space.set_reports([two, one])  # the columns swapped
    assert space.notes.shown[0].report == 0
    assert space.undo() == Changes(notes=frozenset({0}))  # its column now
    assert space.notes.shown == []
    space.set_reports([one])  # its report closed: redo changes the store alone
    assert not space.redo()
    space.set_reports([one, two])
    assert [s.note.body for s in space.notes.shown] == ["记在第二份上"]


def test_scores_rubric_verdicts_and_pairs_are_undone(tmp_path: Path) -> None:
    last = analyze_text(LAST.format(body="青石镇"), path="/r/a.txt")
    this = analyze_text(THIS.format(body="青石街道"), path="/r/b.txt")  # a new name: not paired
    space = _space(tmp_path)
    space.set_reports([last, this])
    assert space.set_score(1, Score("parts", 18.0, "简略")) == Changes(scores=True)
    space.set_score(1, Score("parts", 15.0))
    space.undo()
    assert space.scores.scores[1]["parts"].value == 18.0
    space.undo()
    assert "parts" not in space.scores.scores[1]
    rubric = (Criterion("parts", "部分齐全", 50.0),)
    space.set_criteria(rubric)
    assert space.scores.criteria == rubric
    space.undo()
    assert len(space.scores.criteria) == 5  # the default rubric back
    assert space.follow.pairs() == []
    assert space.set_paired(0, 1, True) == Changes(follow=True)
    assert space.follow.pairs() == [(0, 1)]
    space.set_verdict(0, 1, 1, Verdict.DONE, "现场查看已建成")
    view = space.follow.view(0, 1)
    assert view is not None and view.plans[1].verdict is Verdict.DONE
    space.undo()
    view = space.follow.view(0, 1)
    assert view is not None and view.plans[1].override is None
    space.undo()
    assert space.follow.pairs() == []
    space.redo()
    space.redo()
    view = space.follow.view(0, 1)
    assert view is not None and view.plans[1].override is not None
    assert view.plans[1].override.comment == "现场查看已建成"


def test_a_saved_workspace_opens_in_another_store_with_everything(tmp_path: Path) -> None:
    last = analyze_text(LAST.format(body="青石镇"), path="/r/a.txt")
    this = analyze_text(THIS.format(body="青石镇"), path="/r/b.txt")
    space = _space(tmp_path)
    space.set_reports([last, this])
    start = this.text.index("法治文化广场")
    space.add_note(1, start, start + 6, "进度滞后", ["承诺未兑现"])
    space.set_score(1, Score("followed", 8.0))
    space.set_verdict(0, 1, 1, Verdict.NONE, "仍在计划中")
    out = tmp_path / "c.rvcmp"
    space.save(out)
    other = _space(tmp_path, "other.db")
    changes = other.import_saved(saved.load(out))
    assert changes.reports and changes.notes == frozenset({0, 1}) and changes.follow
    assert [s.note.body for s in other.notes.shown] == ["进度滞后"]
    assert other.scores.scores[1]["followed"].value == 8.0
    view = other.follow.view(0, 1)
    assert view is not None and view.plans[1].verdict is Verdict.NONE


class _Columns:
    """The columns as a list, standing in for the window's session."""

    def __init__(self, space: Workspace, reports: list) -> None:
        self.space, self.list = space, list(reports)
        space.set_reports(self.list)

    def reports(self) -> list:
        return list(self.list)

    def remove(self, index: int) -> None:
        del self.list[index]
        self.space.set_reports(self.list)

    def insert(self, index: int, report) -> None:
        self.list.insert(index, report)
        self.space.set_reports(self.list)

    def move(self, index: int, delta: int) -> None:
        self.list[index], self.list[index + delta] = self.list[index + delta], self.list[index]
        self.space.set_reports(self.list)


def test_closing_and_moving_columns_are_undone_with_their_notes(tmp_path: Path) -> None:
    one, two = _two()
    three = analyze_text(REPORT.replace("法治专业力量不足", "执法力量薄弱"), path="/r/three.txt")
    space = _space(tmp_path)
    columns = _Columns(space, [one, two, three])
    space.arrangement = columns
    start = two.text.index("法治专业人才匮乏")
    space.add_note(1, start, start + 8, "第二份的批注", [])
    assert space.close_report(1) == Changes(reports=True)
    assert [r.path for r in columns.list] == ["/r/one.txt", "/r/three.txt"] and space.notes.shown == []
    assert space.history.undo_label() == "Close report"
    space.undo()
    assert [r.path for r in columns.list] == ["/r/one.txt", "/r/two.txt", "/r/three.txt"]  # in its place
    assert [(s.report, s.note.body) for s in space.notes.shown] == [(1, "第二份的批注")]
    space.move_report(1, 1)
    assert [r.path for r in columns.list] == ["/r/one.txt", "/r/three.txt", "/r/two.txt"]
    assert not space.move_report(2, 1)  # no column beyond the last: nothing to undo either
    space.undo()
    assert [r.path for r in columns.list] == ["/r/one.txt", "/r/two.txt", "/r/three.txt"]
    space.redo()
    assert [r.path for r in columns.list][2] == "/r/two.txt"
