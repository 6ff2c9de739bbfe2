"""Notes survive edits before, inside and after their quote; doubt means unplaced, never moved."""

from __future__ import annotations

from reportview.core.analysis import analyze_text
from reportview.core.anchoring import place_note, place_notes
from reportview.core.model import Report
from reportview.core.notes import Anchor, Note
from tests.builders import REPORT

QUOTE = "村级法律顾问作用发挥不充分"


def note_on(report: Report, quote: str = QUOTE, occurrence: int = 0) -> Note:
    start = -1
    for _ in range(occurrence + 1):
        start = report.text.index(quote, start + 1)
    return Note(
        1,
        Anchor.of(report.text, report.fingerprint, start, start + len(quote), "problems", "存在的问题"),
        "承诺未兑现",
    )


def test_same_text_places_exactly() -> None:
    report = analyze_text(REPORT)
    where, _ = place_note(report, note_on(report))
    assert where is not None and where.exact
    assert report.text[where.start : where.end] == QUOTE


def test_edit_before_the_quote() -> None:
    old = analyze_text(REPORT)
    new = analyze_text(
        REPORT.replace("扎实推进法治政府建设。", "扎实推进法治政府建设，全面完成年度目标任务。")
    )
    where, _ = place_note(new, note_on(old))
    assert where is not None and not where.exact
    assert new.text[where.start : where.end] == QUOTE and where.start > note_on(old).anchor.start


def test_edit_after_the_quote() -> None:
    old = analyze_text(REPORT)
    new = analyze_text(
        REPORT.replace("每月到村服务不少于4次", "每月到村服务不少于6次，年底群众知晓率达到90%")
    )
    where, _ = place_note(new, note_on(old))
    assert where is not None and new.text[where.start : where.end] == QUOTE


def test_edit_inside_the_quote() -> None:
    old = analyze_text(REPORT)
    new = analyze_text(REPORT.replace(QUOTE, "村级法律顾问作用发挥很不充分"))
    where, reason = place_note(new, note_on(old))
    assert where is not None, reason
    assert new.text[where.start : where.end] == "村级法律顾问作用发挥很不充分"


def test_reencoded_and_reformatted_copy_places_exactly_by_quote(tmp_path) -> None:
    from reportview.core.analysis import analyze_file

    old = analyze_text(REPORT)
    path = tmp_path / "copy.txt"
    path.write_bytes(REPORT.replace("\n", "\r\n  ").encode("gb18030"))
    new = analyze_file(path)
    where, _ = place_note(new, note_on(old))
    assert where is not None and new.text[where.start : where.end] == QUOTE


def test_deleted_quote_is_unplaced() -> None:
    old = analyze_text(REPORT)
    new = analyze_text(REPORT.replace("二是村级法律顾问作用发挥不充分；", ""))
    placements = place_notes(new, [note_on(old)])
    assert placements.placed == () and placements.unplaced[0].id == 1
    assert placements.reasons[1] in ("not_found", "changed")


def test_ambiguous_quote_is_unplaced_not_guessed() -> None:
    old = analyze_text(REPORT)
    note = note_on(old, quote="法律顾问")
    # The sentence was rewritten: the quote now occurs twice in the same section, and
    # neither occurrence keeps the words that surrounded the note.
    new = analyze_text(
        REPORT.replace(
            "二是村级法律顾问作用发挥不充分", "二是部分村的法律顾问履职不到位；三是镇法律顾问数量不足"
        )
    )
    placements = place_notes(new, [note])
    assert placements.placed == () and placements.reasons[1] in ("ambiguous", "context")


def test_repeated_quote_is_told_apart_by_its_context() -> None:
    text = REPORT + "五、其他需要报告的情况\n今年村级法律顾问作用发挥不充分的问题已列入整改清单。\n"
    report = analyze_text(text)
    second = note_on(report, occurrence=1)
    edited = analyze_text("说明：本报告已经镇党委会审议。\n" + text)
    where, _ = place_note(edited, second)
    assert where is not None
    assert edited.text[where.end : where.end + 4] == "的问题已"
