"""Long command-line work: progress on a terminal only, redrawn in place, cleared at the end;
Ctrl+C stops it with a word, not a traceback."""

from __future__ import annotations

import io

import pytest

from reportview.progress import Progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_on_a_terminal_and_cleared() -> None:
    out = _Terminal()
    progress = Progress(out)
    progress.reading(1, 3)
    progress.matching(9800, 9800)  # the last step is always drawn
    progress.clear()
    text = out.getvalue()
    assert "1/3" in text and "9,800/9,800" in text
    assert "\n" not in text and text.endswith("\r")


def test_progress_never_reaches_a_pipe() -> None:
    out = io.StringIO()
    progress = Progress(out)
    progress.reading(1, 3)
    progress.matching(3, 3)
    progress.clear()
    assert out.getvalue() == ""


def test_compare_reports_its_progress_item_by_item(samples) -> None:
    from reportview.core.analysis import analyze_file
    from reportview.core.compare import compare

    reports = [analyze_file(p) for p in sorted(samples.glob("*.txt"))[:3]]
    seen: list[tuple[int, int]] = []
    compare(reports, progress=lambda done, total: seen.append((done, total)))
    total = seen[-1][1]
    assert total > 10 and [d for d, _ in seen] == list(range(1, total + 1))


def test_ctrl_c_stops_long_work_with_a_word_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reportview import cli

    def interrupted(argv: list[str]) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "run_command", interrupted)
    assert cli.main(["compare", "a.txt", "b.txt"]) == 130
    err = capsys.readouterr().err
    assert "已中断" in err and "Traceback" not in err
