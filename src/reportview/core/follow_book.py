"""The follow-through of the open reports: which are paired (by body and year, or by hand),
what each pair's analysis found, and the reviewer's verdicts over it.

The reviewer's choices are kept in the store when there is one (else for the session) and
carried in saved comparisons. A verdict is anchored on its commitment in last year's text
and placed again on every analysis; one whose commitment can no longer be found is kept
and listed as not placed, never moved onto another commitment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .anchoring import anchor_at, place_note
from .clock import now
from .follow import FollowThrough, Override, PlanCheck, Verdict, follow, pairs
from .model import Report
from .notes import Note
from .overview import OverviewRow, Tally
from .store import NoteStore

Key = tuple[str, str]  # (last year's fingerprint, this year's)


@dataclass(frozen=True, slots=True)
class Judged:
    check: PlanCheck
    override: Override | None = None

    @property
    def verdict(self) -> Verdict:
        """The reviewer's verdict when given, else the measured one."""
        return self.override.verdict if self.override else self.check.verdict


@dataclass(frozen=True, slots=True)
class PairView:
    last: int
    this: int
    found: FollowThrough
    plans: tuple[Judged, ...]
    unplaced: tuple[Override, ...]  # verdicts whose commitment is no longer in last year's text

    def tally(self) -> Tally:
        verdicts = [j.verdict for j in self.plans]
        return Tally(
            verdicts.count(Verdict.DONE),
            verdicts.count(Verdict.PARTIAL),
            verdicts.count(Verdict.NONE),
            sum(1 for j in self.plans if j.override is not None),
        )


def place_overrides(
    last: Report,
    found: FollowThrough,
    overrides: Sequence[Override],
    old_text: Callable[[str], str | None] = lambda _fingerprint: None,
) -> tuple[dict[int, Override], tuple[Override, ...]]:
    """Each verdict on the commitment it was given on (by plan index), and those whose
    commitment is gone. A verdict is placed only where its anchor lands on most of one plan;
    of two on one plan the later one counts."""
    placed: dict[int, Override] = {}
    lost = []
    spans = [(c.plan.start, c.plan.end) for c in found.plans]
    for override in sorted(overrides, key=lambda o: (o.modified, o.id)):
        where, _reason = place_note(last, Note(0, override.anchor, ""), old_text(override.anchor.fingerprint))
        plan = None
        if where is not None:
            length = max(1, where.end - where.start)
            for index, (start, end) in enumerate(spans):
                overlap = min(end, where.end) - max(start, where.start)
                if overlap * 2 > length and overlap * 2 > end - start:
                    plan = index
                    break
        if plan is None:
            lost.append(override)
        else:
            placed[plan] = override
    return placed, tuple(lost)


class FollowBook:
    def __init__(self, store: NoteStore | None = None) -> None:
        self.store = store
        self.reports: tuple[Report, ...] = ()
        self._by_hand: dict[Key, bool] = {}
        self._found: dict[Key, FollowThrough] = {}
        self._overrides: dict[Key, list[Override]] = {}  # without a store: this session's
        self._pairs: list[tuple[int, int]] | None = None  # until the reports or a choice change

    def set_reports(self, reports: Sequence[Report]) -> None:
        self.reports = tuple(reports)
        self._pairs = None
        if self.store is not None:
            self._by_hand = self.store.pairings(self.reports)

    def _key(self, last: int, this: int) -> Key:
        return self.reports[last].fingerprint, self.reports[this].fingerprint

    # pairing ------------------------------------------------------------------------------
    def pairs(self) -> list[tuple[int, int]]:
        if self._pairs is None:
            self._pairs = pairs(self.reports, self._by_hand)
        return list(self._pairs)

    def set_paired(self, last: int, this: int, paired: bool) -> None:
        """Pair ``last`` (last year's) with ``this`` by hand, or undo a pair."""
        automatic = (last, this) in pairs(self.reports)
        choice = None if paired == automatic else paired
        key = self._key(last, this)
        self._pairs = None
        if choice is None:
            self._by_hand.pop(key, None)
        else:
            self._by_hand[key] = choice
        if self.store is not None:
            self.store.set_pairing(self.reports[last], self.reports[this], choice)

    def pair_of(self, report: int) -> tuple[int, int] | None:
        """The pair in which ``report`` is this year's (the nearest last year when several)."""
        mine = [(a, b) for a, b in self.pairs() if b == report]
        return max(mine, key=lambda p: (self.reports[p[0]].year or 0, -p[0])) if mine else None

    # findings -----------------------------------------------------------------------------
    def missing(self) -> list[tuple[int, int]]:
        """Pairs whose analysis is still to be done."""
        return [p for p in self.pairs() if self._key(*p) not in self._found]

    def set_found(self, last: Report, this: Report, found: FollowThrough) -> None:
        self._found[last.fingerprint, this.fingerprint] = found

    def found(self, last: int, this: int, compute: bool = True) -> FollowThrough | None:
        key = self._key(last, this)
        if key not in self._found and compute:
            self._found[key] = follow(self.reports[last], self.reports[this])
        return self._found.get(key)

    def _stored(self, last: int, this: int) -> list[Override]:
        if self.store is not None:
            return self.store.overrides_for(self.reports[last], self.reports[this])
        return list(self._overrides.get(self._key(last, this), []))

    def view(self, last: int, this: int, compute: bool = True) -> PairView | None:
        found = self.found(last, this, compute)
        if found is None:
            return None
        old = self.store.text_of if self.store is not None else (lambda _f: None)
        placed, lost = place_overrides(self.reports[last], found, self._stored(last, this), old)
        plans = tuple(Judged(c, placed.get(i)) for i, c in enumerate(found.plans))
        return PairView(last, this, found, plans, lost)

    def tally(self, report: int) -> Tally | None:
        """How far the commitments of ``report``'s last year were carried out (``None``: no
        last year open, or not yet analysed)."""
        pair = self.pair_of(report)
        view = self.view(*pair, compute=False) if pair else None
        return view.tally() if view else None

    def with_follow(self, rows: Sequence[OverviewRow]) -> list[OverviewRow]:
        """Overview rows with each report's follow-through, as far as it is analysed."""
        return [replace(row, follow=self.tally(row.report)) for row in rows]

    # the reviewer's verdicts --------------------------------------------------------------
    def set_verdict(
        self, last: int, this: int, plan: int, verdict: Verdict | None, comment: str = ""
    ) -> None:
        """Confirm or override the verdict on commitment ``plan`` (``None`` returns it to the
        measured one)."""
        view = self.view(last, this)
        assert view is not None
        judged = view.plans[plan]
        earlier = judged.override
        override = None
        if verdict is not None:
            anchor = anchor_at(self.reports[last], judged.check.plan.start, judged.check.plan.end)
            override = Override(anchor, verdict, comment.strip(), now())
        self._put(last, this, override, earlier.id if earlier else 0)

    def _put(self, last: int, this: int, override: Override | None, replaces: int) -> None:
        if self.store is not None:
            self.store.set_override(self.reports[last], self.reports[this], override, replaces)
            return
        kept = [o for o in self._overrides.get(self._key(last, this), []) if o.id != replaces]
        if override is not None:
            kept.append(replace(override, id=max((o.id for o in kept), default=0) + 1))
        self._overrides[self._key(last, this)] = kept

    # saved comparisons ------------------------------------------------------------------------
    def saved_pairing(self) -> list[tuple[int, int, bool]]:
        index = {r.fingerprint: i for i, r in enumerate(self.reports)}
        return sorted(
            (index[a], index[b], paired)
            for (a, b), paired in self._by_hand.items()
            if a in index and b in index
        )

    def saved_verdicts(self) -> list[tuple[int, int, Override]]:
        """The placed verdicts of every pair, anchored on these texts."""
        out = []
        for last, this in self.pairs():
            view = self.view(last, this)
            for judged in view.plans if view else ():
                if judged.override is not None:
                    plan = judged.check.plan
                    anchor = anchor_at(self.reports[last], plan.start, plan.end)
                    out.append((last, this, replace(judged.override, anchor=anchor)))
        return out

    def import_saved(
        self, pairing: Sequence[tuple[int, int, bool]], verdicts: Sequence[tuple[int, int, Override]]
    ) -> None:
        """Take a saved comparison's pairs and each verdict on a commitment that has none here."""
        for last, this, paired in pairing:
            self.set_paired(last, this, paired)
        for last, this, override in verdicts:
            view = self.view(last, this)
            if view is None:
                continue
            placed, _lost = place_overrides(self.reports[last], view.found, [override])
            for plan in placed:
                if view.plans[plan].override is None:
                    self._put(last, this, override, 0)
