"""A perturbation suite for notes: annotate a report, change it, see where each note lands.

About twenty notes per report (quotes inside items, headings, repeated boilerplate, 2–4
character quotes, random spans), and six changes per note with the true new place known:
a sentence inserted before it, a sentence deleted elsewhere, a character edited inside the
quote, the quoted sentence deleted (the note must then be unplaced), the whole report
re-wrapped at a fixed width and saved as traditional characters in GB18030, and the quoted
sentence duplicated elsewhere. A note is *right* on its true place (±1 character), *wrong*
anywhere else; unplaced is never wrong. Used by tests and ``benchmarks/bench_anchoring.py``.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reportview.core.analysis import analyze_file, analyze_text
from reportview.core.anchoring import place_note
from reportview.core.model import Report
from reportview.core.notes import Anchor, Note

INSERTED = "此外，我们还组织开展了专项检查活动，发现并整改问题若干。"
WIDTH = 29
_SENTENCE_END = re.compile(r"[。！？；\n]")


@dataclass
class Tally:
    cases: int = 0
    right: int = 0
    unplaced: int = 0
    wrong: int = 0
    skipped: int = 0
    survived: int = 0  # cases where the quote (or most of it) is still in the text
    right_when_survived: int = 0
    wrong_cases: list[str] = field(default_factory=list)
    by_change: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        for name in ("cases", "right", "unplaced", "wrong", "skipped", "survived", "right_when_survived"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.wrong_cases += other.wrong_cases
        self.by_change.update(other.by_change)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((pos, m.end()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _cjk_spans(text: str, length: int, rng: random.Random, count: int) -> list[tuple[int, int]]:
    found = []
    for _ in range(count * 20):
        if len(found) >= count or len(text) <= length:
            break
        start = rng.randrange(0, len(text) - length)
        piece = text[start : start + length]
        if re.fullmatch(r"[\u4e00-\u9fff，、]+", piece) and piece[0] != "，":
            found.append((start, start + length))
    return found


def anchors(report: Report, seed: int) -> list[tuple[str, int, int]]:
    """About twenty (category, start, end) spans to annotate in ``report``."""
    rng = random.Random(seed)
    text = report.text
    out: list[tuple[str, int, int]] = []
    items = [i for s in report.all_parts() for i in s.items]
    for item in rng.sample(items, min(6, len(items))):
        length = min(len(item.text), rng.randint(6, 20))
        start = item.start + rng.randrange(0, len(item.text) - length + 1)
        out.append(("item", start, start + length))
    headed = [s for s in report.all_parts() if s.heading_end > s.heading_start]
    for section in rng.sample(headed, min(3, len(headed))):
        out.append(("heading", section.heading_start, section.heading_end))
    repeats = [m for m in re.finditer(r"[\u4e00-\u9fff]{6}", text) if text.count(m.group(0)) >= 2]
    for m in rng.sample(repeats, min(3, len(repeats))):
        out.append(("repeated", m.start(), m.end()))
    for length in (2, 3, 4, 4):
        out += [("short", s, e) for s, e in _cjk_spans(text, length, rng, 1)]
    for _ in range(4):
        length = rng.randint(5, 30)
        out += [("random", s, e) for s, e in _cjk_spans(text, length, rng, 1)]
    return out


def _covering(text: str, start: int, end: int) -> tuple[int, int]:
    spans = _sentences(text)
    first = next(s for s, e in spans if e > start)
    last = next(e for s, e in spans if e >= end)
    return first, last


def _changes(
    text: str, start: int, end: int, rng: random.Random
) -> list[tuple[str, str, tuple[int, int] | None]]:
    """(change, new text, true new span or None when the quote is gone)."""
    out = []
    quote_first, quote_last = _covering(text, start, end)
    before = [e for s, e in _sentences(text) if e <= quote_first]
    if before:
        at = rng.choice(before)
        out.append(
            ("insert before", text[:at] + INSERTED + text[at:], (start + len(INSERTED), end + len(INSERTED)))
        )
    others = [(s, e) for s, e in _sentences(text) if (e <= quote_first or s >= quote_last) and e - s >= 6]
    if others:
        s, e = rng.choice(others)
        shift = e - s if e <= start else 0
        out.append(("delete elsewhere", text[:s] + text[e:], (start - shift, end - shift)))
    if end - start >= 2:
        at = start + (end - start) // 2
        out.append(("edit inside", text[:at] + "某" + text[at + 1 :], (start, end)))
    out.append(("delete quoted sentence", text[:quote_first] + text[quote_last:], None))
    elsewhere = [e for s, e in _sentences(text) if e <= quote_first or s >= quote_last]
    if elsewhere:
        at = rng.choice(elsewhere)
        copy = text[quote_first:quote_last]
        shift = len(copy) if at <= quote_first else 0
        out.append(("duplicate quote elsewhere", text[:at] + copy + text[at:], (start + shift, end + shift)))
    return out


def _rewrapped(text: str) -> tuple[str, list[int]]:
    """The text with a line break after every ``WIDTH`` characters of a line, and where each
    original offset went."""
    out, where, column = [], [], 0
    for ch in text:
        if ch != "\n" and column == WIDTH:
            out.append("\n")
            column = 0
        where.append(len(out))
        out.append(ch)
        column = 0 if ch == "\n" else column + 1
    where.append(len(out))
    return "".join(out), where


def _judge(
    report: Report, note: Note, old: str | None, truth: tuple[int, int] | None, change: str, tally: Tally
) -> None:
    tally.cases += 1
    tally.by_change[change] += 1
    where, _ = place_note(report, note, old)
    survived = truth is not None
    tally.survived += survived
    if where is None:
        tally.unplaced += 1
        return
    if truth is not None and abs(where.start - truth[0]) <= 1 and abs(where.end - truth[1]) <= 1:
        tally.right += 1
        tally.right_when_survived += 1
        return
    tally.wrong += 1
    tally.wrong_cases.append(
        f"{change}: {note.anchor.quote!r} → {report.text[where.start : where.end]!r} (truth {truth}, got {where.start, where.end})"
    )


def run(report: Report, seed: int, tmp: Path, with_old_text: bool = True) -> Tally:
    """The suite over one report; ``with_old_text=False`` tests the quote-search fallback."""
    import opencc

    tally = Tally()
    rng = random.Random(seed)
    text = report.text
    wrapped, where = _rewrapped(text)
    traditional = tmp / f"rewrapped-{seed}.txt"
    traditional.write_bytes(opencc.OpenCC("s2t").convert(wrapped).encode("gb18030"))
    rewrapped_report = analyze_file(traditional)
    round_trip = rewrapped_report.text == wrapped
    for category, start, end in anchors(report, seed):
        anchor = Anchor.of(text, report.fingerprint, start, end)
        note = Note(1, anchor, category)
        old = text if with_old_text else None
        for change, new_text, truth in _changes(text, start, end, rng):
            new = analyze_text(new_text)
            if new.text != new_text:
                tally.skipped += 1
                continue
            _judge(new, note, old, truth, change, tally)
        if round_trip:
            truth = (where[start], where[end - 1] + 1)
            _judge(rewrapped_report, note, old, truth, "re-wrap, traditional, GB18030", tally)
        else:
            tally.skipped += 1
    return tally
