"""The reviewer's side of the follow-through: pairing by hand, confirming or overriding a
verdict; both kept in the store and in saved comparisons, and surviving re-analysis and edits."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from reportview.core import saved
from reportview.core.analysis import analyze_text
from reportview.core.follow import Verdict
from reportview.core.follow_book import FollowBook
from reportview.core.store import NoteStore
from tests.core.test_follow import LAST, THIS

PLAZA = "建设法治文化广场"


def _reports(last_body: str = "青石镇", this_body: str = "青石镇人民政府"):
    return (
        analyze_text(LAST.format(body=last_body), path="/r/a.txt"),
        analyze_text(THIS.format(body=this_body), path="/r/b.txt"),
    )


def _plaza(book: FollowBook) -> int:
    view = book.view(0, 1)
    assert view is not None
    return next(i for i, j in enumerate(view.plans) if PLAZA in j.check.plan.text)


def test_an_override_replaces_the_measured_verdict_and_survives_a_restart(tmp_path: Path) -> None:
    last, this = _reports()
    book = FollowBook(NoteStore(tmp_path / "n.db"))
    book.set_reports([last, this])
    plaza = _plaza(book)
    measured = book.view(0, 1).plans[plaza].verdict  # type: ignore[union-attr]
    assert measured is not Verdict.DONE  # the plaza is still only a plan this year
    book.set_verdict(0, 1, plaza, Verdict.NONE, "广场未建成，见问题部分")
    assert book.tally(1).reviewed == 1  # type: ignore[union-attr]

    again = FollowBook(NoteStore(tmp_path / "n.db"))
    again.set_reports([last, this])
    judged = again.view(0, 1).plans[plaza]  # type: ignore[union-attr]
    assert judged.verdict is Verdict.NONE and judged.override is not None
    assert judged.override.comment == "广场未建成，见问题部分"
    assert judged.check.verdict is measured  # the measured verdict is still shown beside it
    # Back to the measured verdict: the override is gone from the store too.
    again.set_verdict(0, 1, plaza, None)
    third = FollowBook(NoteStore(tmp_path / "n.db"))
    third.set_reports([last, this])
    assert third.view(0, 1).plans[plaza].override is None  # type: ignore[union-attr]


def test_an_override_follows_its_commitment_through_an_edit_or_is_listed_unplaced(tmp_path: Path) -> None:
    last, this = _reports()
    store = NoteStore(tmp_path / "n.db")
    book = FollowBook(store)
    book.set_reports([last, this])
    book.set_verdict(0, 1, _plaza(book), Verdict.DONE)
    # Last year's report edited: a plan added before the plaza, so every offset moves.
    edited_text = LAST.format(body="青石镇").replace(
        "（二）建设法治文化广场", "（二）完善行政复议工作。规范复议案件办理流程。\n（三）建设法治文化广场"
    )
    edited = analyze_text(edited_text, path="/r/a.txt")
    book.set_reports([edited, this])
    view = book.view(0, 1)
    assert view is not None
    placed = [j for j in view.plans if j.override is not None]
    assert len(placed) == 1 and PLAZA in placed[0].check.plan.text
    assert view.unplaced == ()
    # The commitment deleted: the verdict is kept and listed, never put on another plan.
    gone = analyze_text(
        LAST.format(body="青石镇").replace(
            "（二）建设法治文化广场。在集镇新建法治文化广场1处，设置宪法宣传长廊。\n", ""
        ),
        path="/r/a.txt",
    )
    book.set_reports([gone, this])
    view = book.view(0, 1)
    assert view is not None
    assert all(j.override is None for j in view.plans)
    assert len(view.unplaced) == 1 and view.unplaced[0].verdict is Verdict.DONE


def test_pairing_and_unpairing_by_hand_are_kept(tmp_path: Path) -> None:
    last, this = _reports(this_body="青石街道")  # the township became a street office
    other = analyze_text(LAST.format(body="柳溪乡"), path="/r/c.txt")
    book = FollowBook(NoteStore(tmp_path / "n.db"))
    book.set_reports([last, this, other])
    assert book.pairs() == []  # different names: no automatic pair
    book.set_paired(0, 1, True)
    assert book.pairs() == [(0, 1)] and book.pair_of(1) == (0, 1)
    again = FollowBook(NoteStore(tmp_path / "n.db"))
    again.set_reports([other, this, last])  # another order: the choice belongs to the reports
    assert again.pairs() == [(2, 1)]
    # An automatic pair undone by hand stays undone.
    a, b = _reports()
    again.set_reports([a, b])
    assert again.pairs() == [(0, 1)]
    again.set_paired(0, 1, False)
    third = FollowBook(NoteStore(tmp_path / "n.db"))
    third.set_reports([a, b])
    assert third.pairs() == [] and third.tally(1) is None


def test_a_saved_comparison_carries_pairs_and_verdicts_to_another_store(tmp_path: Path) -> None:
    last, this = _reports(this_body="青石街道")
    book = FollowBook(NoteStore(tmp_path / "one.db"))
    book.set_reports([last, this])
    book.set_paired(0, 1, True)
    book.set_verdict(0, 1, _plaza(book), Verdict.PARTIAL, "只建成长廊")
    path = tmp_path / "c.rvcmp"
    comparison = saved.SavedComparison(book.reports, (), pairing=tuple(book.saved_pairing()))
    saved.save(path, replace(comparison, verdicts=tuple(book.saved_verdicts())))

    loaded = saved.load(path)
    other = FollowBook(NoteStore(tmp_path / "two.db"))
    other.set_reports(loaded.reports)
    assert other.pairs() == []
    other.import_saved(loaded.pairing, loaded.verdicts)
    assert other.pairs() == [(0, 1)]
    judged = other.view(0, 1).plans[_plaza(other)]  # type: ignore[union-attr]
    assert judged.verdict is Verdict.PARTIAL and judged.override.comment == "只建成长廊"  # type: ignore[union-attr]
    # Importing again does not stack a second verdict on the same commitment.
    other.import_saved(loaded.pairing, loaded.verdicts)
    assert sum(1 for j in other.view(0, 1).plans if j.override) == 1  # type: ignore[union-attr]


def test_without_a_store_choices_last_the_session() -> None:
    last, this = _reports()
    book = FollowBook()
    book.set_reports([last, this])
    plaza = _plaza(book)
    book.set_verdict(0, 1, plaza, Verdict.DONE)
    book.set_verdict(0, 1, plaza, Verdict.NONE)  # changed the mind: one verdict, the last
    view = book.view(0, 1)
    assert view is not None and view.plans[plaza].verdict is Verdict.NONE
    assert sum(1 for j in view.plans if j.override) == 1


@pytest.mark.parametrize(
    "fault",
    [
        {"verdict": "maybe"},  # not a verdict
        {"quote": "别的文字"},  # does not match last year's text there
        {"last": 7},  # no such report
    ],
)
def test_a_damaged_verdict_in_a_saved_file_is_refused(tmp_path: Path, fault: dict) -> None:
    last, this = _reports()
    book = FollowBook()
    book.set_reports([last, this])
    book.set_verdict(0, 1, _plaza(book), Verdict.DONE)
    raw = saved.to_dict(saved.SavedComparison(book.reports, (), verdicts=tuple(book.saved_verdicts())))
    raw["verdicts"][0].update(fault)
    path = tmp_path / "c.rvcmp"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(saved.SavedFileError):
        saved.load(path)
