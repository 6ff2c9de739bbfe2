"""Put notes back on a report that may have changed since they were written.

Order of trust: the same text (fingerprint) puts a note exactly where it was; otherwise
the exact quote, if it occurs once, or if its surrounding text picks one occurrence out
clearly; otherwise a fuzzy match (diff-match-patch's Bitap, from the quote's ends)
accepted only when both the quote and its context still look alike. Anything less
certain is returned unplaced, with a reason: a note is never silently moved.
"""

from __future__ import annotations

from diff_match_patch import diff_match_patch

from .model import Report
from .notes import Anchor, Note, Placement, Placements

MIN_QUOTE_SIMILARITY = 0.75
MIN_CONTEXT_SIMILARITY = 0.5
MARGIN = 8  # characters of matching context by which the best occurrence must lead


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def similarity(a: str, b: str) -> float:
    """1 − Levenshtein distance / longer length, via diff-match-patch."""
    if not a and not b:
        return 1.0
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.5
    return 1 - dmp.diff_levenshtein(dmp.diff_main(a, b, False)) / max(len(a), len(b))


def _section_at(report: Report, offset: int) -> tuple[str, str]:
    for section in report.sections:
        if section.start <= offset < section.end:
            return section.kind.value, section.heading
    return "", ""


def _context_score(report: Report, start: int, end: int, anchor: Anchor) -> int:
    text = report.text
    score = _common_suffix(text[max(0, start - len(anchor.prefix)) : start], anchor.prefix)
    score += _common_prefix(text[end : end + len(anchor.suffix)], anchor.suffix)
    kind, heading = _section_at(report, start)
    if anchor.kind and kind == anchor.kind:
        score += 4 + (4 if heading == anchor.heading else 0)
    return score


def _exact(report: Report, anchor: Anchor) -> tuple[Placement | None, str]:
    quote, starts, pos = anchor.quote, [], report.text.find(anchor.quote)
    while pos >= 0:
        starts.append(pos)
        pos = report.text.find(quote, pos + 1)
    if not starts:
        return None, "not_found"
    if len(starts) == 1:
        return Placement(Note(0, anchor, ""), starts[0], starts[0] + len(quote), False), ""
    scored = sorted(((_context_score(report, s, s + len(quote), anchor), s) for s in starts), reverse=True)
    if scored[0][0] - scored[1][0] < MARGIN:
        return None, "ambiguous"
    start = scored[0][1]
    return Placement(Note(0, anchor, ""), start, start + len(quote), False), ""


def _mapped_end(diffs: list[tuple[int, str]], length: int) -> int:
    """Where the end of the first text (``length``) falls in the second, through ``diffs``."""
    pos1 = pos2 = 0
    for op, data in diffs:
        if op == 1:
            if pos1 >= length:
                break
            pos2 += len(data)
            continue
        step = min(len(data), length - pos1)
        pos1 += len(data)
        if op == 0:
            pos2 += step
        if pos1 >= length:
            break
    return pos2


def _fuzzy(report: Report, anchor: Anchor) -> Placement | None:
    text, quote = report.text, anchor.quote
    dmp = diff_match_patch()
    dmp.Match_Threshold = 0.35
    dmp.Match_Distance = max(1000, len(text))
    dmp.Diff_Timeout = 0.5
    head = quote[: dmp.Match_MaxBits]
    start = dmp.match_main(text, head, min(anchor.start, max(0, len(text) - 1)))
    if start < 0:
        return None
    if len(quote) > dmp.Match_MaxBits:
        tail = quote[-dmp.Match_MaxBits :]
        tail_at = dmp.match_main(text, tail, start + len(quote) - len(tail))
        if tail_at < start:
            return None
        end = tail_at + len(tail)
    else:
        # Short quote: map its end through a diff against the text where it starts.
        window = text[start : start + 2 * len(quote) + 8]
        end = start + _mapped_end(dmp.diff_main(quote, window, False), len(quote))
    if not (0.5 * len(quote) <= end - start <= 1.5 * len(quote) + 10):
        return None
    if similarity(quote, text[start:end]) < MIN_QUOTE_SIMILARITY:
        return None
    before = (
        similarity(anchor.prefix, text[max(0, start - len(anchor.prefix)) : start]) if anchor.prefix else 1.0
    )
    after = similarity(anchor.suffix, text[end : end + len(anchor.suffix)]) if anchor.suffix else 1.0
    if max(before, after) < MIN_CONTEXT_SIMILARITY:
        return None
    return Placement(Note(0, anchor, ""), start, end, False)


def place_note(report: Report, note: Note) -> tuple[Placement | None, str]:
    """Where ``note`` belongs in ``report`` now, or ``(None, reason)``."""
    anchor = note.anchor
    text = report.text
    if anchor.fingerprint == report.fingerprint and text[anchor.start : anchor.end] == anchor.quote:
        return Placement(note, anchor.start, anchor.end, True), ""
    found, reason = _exact(report, anchor)
    if found is None and reason == "not_found" and len(anchor.quote) >= 4:
        found = _fuzzy(report, anchor)
        reason = "" if found else "changed"
    if found is None:
        return None, reason
    return Placement(note, found.start, found.end, False), ""


def place_notes(report: Report, notes: list[Note]) -> Placements:
    placed, unplaced, reasons = [], [], {}
    for note in notes:
        where, reason = place_note(report, note)
        if where is None:
            unplaced.append(note)
            reasons[note.id] = reason
        else:
            placed.append(where)
    return Placements(tuple(placed), tuple(unplaced), reasons)
