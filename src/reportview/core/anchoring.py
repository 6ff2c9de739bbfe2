"""Put notes back on a report that may have changed since they were written.

Order of trust: the same text (fingerprint) puts a note exactly where it was. Otherwise,
when the text the note was written on is known (the store keeps it), the note's offsets
are mapped through a diff of that text to the new one (:mod:`remap`) and the words found
there must still read like the quote. Only without the old text is the quote searched
for: an exact occurrence, or a fuzzy one (diff-match-patch's Bitap), and every placement
must agree with the words around the note, whether the quote occurs once or often.
Anything less certain is returned unplaced, with a reason: a note is never silently moved.
"""

from __future__ import annotations

from collections.abc import Callable

from diff_match_patch import diff_match_patch

from .model import Report
from .notes import Anchor, Note, Placement, Placements
from .remap import map_span

MIN_QUOTE_SIMILARITY = 0.75
MIN_CONTEXT_SIMILARITY = 0.5
#: Without the old text, a found quote's surroundings must agree ``SOMEWHAT`` on both sides
#: and ``WELL`` on one (``WELL`` on both for a quote shorter than ``SHORT_QUOTE``).
SOMEWHAT = 0.5
WELL = 0.75
SHORT_QUOTE = 6
MARGIN = 8  # characters of matching context by which the best occurrence must lead
#: A repeated quote is told apart by this much of the old text around it, on each side,
#: whose similarity must favour the chosen occurrence by this margin (of 2).
WIDE = 120
WIDE_MARGIN = 0.2


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
    # Unique or not, an occurrence is taken only where the words around it still agree.
    agreeing = [s for s in starts if _context_agrees(report.text, s, s + len(quote), anchor)]
    if not agreeing:
        return None, "context"
    if len(starts) > 1:
        # The quote recurs: only an occurrence whose surroundings are intact on both sides
        # can be told from a copy of its sentence elsewhere.
        agreeing = [s for s in agreeing if _context_intact(report.text, s, s + len(quote), anchor)]
        if not agreeing:
            return None, "ambiguous"
    if len(agreeing) == 1:
        return Placement(Note(0, anchor, ""), agreeing[0], agreeing[0] + len(quote), False), ""
    scored = sorted(((_context_score(report, s, s + len(quote), anchor), s) for s in agreeing), reverse=True)
    if scored[0][0] - scored[1][0] < MARGIN:
        return None, "ambiguous"
    start = scored[0][1]
    return Placement(Note(0, anchor, ""), start, start + len(quote), False), ""


def _context_intact(text: str, start: int, end: int, anchor: Anchor) -> bool:
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    return "".join(before.split()).endswith("".join(anchor.prefix.split())) and "".join(
        after.split()
    ).startswith("".join(anchor.suffix.split()))


def _context_agrees(text: str, start: int, end: int, anchor: Anchor) -> bool:
    """Whether the text on both sides of a span still reads like the note's context.

    Both sides must agree somewhat and one well (both well for a quote of a few characters,
    which recurs by chance). A side the note had no context on (the very start or end of
    the text) agrees only if the span sits at that edge again.
    """
    sides = []
    for context, around, at_edge in (
        (anchor.prefix, text[max(0, start - len(anchor.prefix)) : start], start == 0),
        (anchor.suffix, text[end : end + len(anchor.suffix)], end == len(text)),
    ):
        if context.strip():
            sides.append(similarity("".join(context.split()), "".join(around.split())))
        else:
            sides.append(1.0 if at_edge else 0.0)
    if len(anchor.quote) < SHORT_QUOTE:
        return min(sides) >= WELL
    return min(sides) >= SOMEWHAT and max(sides) >= WELL


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


def _squeezed_similarity(a: str, b: str) -> float:
    return similarity("".join(a.split()), "".join(b.split()))


def _mapped(report: Report, anchor: Anchor, old_text: str) -> tuple[Placement | None, str]:
    """The note's span carried through a diff of the text it was written on."""
    if old_text[anchor.start : anchor.end] != anchor.quote:
        return None, "changed"  # the stored text does not hold the quote: trust neither
    span = map_span(old_text, report.text, anchor.start, anchor.end)
    if span is None:
        return None, "deleted"
    start, end = span
    if _squeezed_similarity(anchor.quote, report.text[start:end]) < MIN_QUOTE_SIMILARITY:
        return None, "changed"
    if not _singled_out(report.text, start, end, old_text, anchor):
        return None, "ambiguous"
    return Placement(Note(0, anchor, ""), start, end, False), ""


def _singled_out(text: str, start: int, end: int, old_text: str, anchor: Anchor) -> bool:
    """When the words found occur more than once (a sentence copied elsewhere), a diff may
    follow either copy: the one it chose must also be the one whose surroundings, read
    widely in the old text, agree best, by a clear margin."""
    found = text[start:end]
    others = [m for m in _occurrences(text, found) if abs(m - start) > 1]
    if not others:
        return True
    before = old_text[max(0, anchor.start - WIDE) : anchor.start]
    after = old_text[anchor.end : anchor.end + WIDE]

    def agreement(at: int) -> float:
        return _squeezed_similarity(before, text[max(0, at - len(before)) : at]) + _squeezed_similarity(
            after, text[at + len(found) : at + len(found) + len(after)]
        )

    mine = agreement(start)
    return all(mine - agreement(at) >= WIDE_MARGIN for at in others)


def _occurrences(text: str, piece: str) -> list[int]:
    found, pos = [], text.find(piece)
    while pos >= 0 and piece:
        found.append(pos)
        pos = text.find(piece, pos + 1)
    return found


def place_note(report: Report, note: Note, old_text: str | None = None) -> tuple[Placement | None, str]:
    """Where ``note`` belongs in ``report`` now, or ``(None, reason)``.

    ``old_text`` is the normalised text the note was written on, when known.
    """
    anchor = note.anchor
    text = report.text
    if anchor.fingerprint == report.fingerprint and text[anchor.start : anchor.end] == anchor.quote:
        return Placement(note, anchor.start, anchor.end, True), ""
    if old_text is not None:
        found, reason = _mapped(report, anchor, old_text)
        return (Placement(note, found.start, found.end, False), "") if found else (None, reason)
    found, reason = _exact(report, anchor)
    if found is None and reason == "not_found" and len(anchor.quote) >= 4:
        found = _fuzzy(report, anchor)
        reason = "" if found else "changed"
    if found is None:
        return None, reason
    return Placement(note, found.start, found.end, False), ""


def anchor_at(report: Report, start: int, end: int) -> Anchor:
    """A fresh anchor for ``report.text[start:end]``, with the part it lies in."""
    section = next((s for s in report.sections if s.start <= start < max(s.end, s.start + 1)), None)
    kind, heading = (section.kind.value, section.heading) if section else ("", "")
    return Anchor.of(report.text, report.fingerprint, start, end, kind, heading)


def place_notes(
    report: Report, notes: list[Note], old_texts: Callable[[str], str | None] | None = None
) -> Placements:
    """Place every note; ``old_texts`` gives the text a fingerprint stands for, when known."""
    placed, unplaced, reasons = [], [], {}
    for note in notes:
        old = old_texts(note.anchor.fingerprint) if old_texts else None
        where, reason = place_note(report, note, old)
        if where is None:
            unplaced.append(note)
            reasons[note.id] = reason
        else:
            placed.append(where)
    return Placements(tuple(placed), tuple(unplaced), reasons)
