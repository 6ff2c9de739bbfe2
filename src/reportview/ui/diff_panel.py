"""The selected item beside its counterparts, with word-level differences marked.

Deleted words are struck through and tinted, inserted words underlined and tinted: the
marks survive printing in grey and colour-blind reading. All report text is escaped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..core.diffing import Op, Piece
from ..core.model import Comparison, Item, Match, Status
from ..i18n import status_label, tr
from .comparison_view import ItemRef


def _side(pieces: tuple[Piece, ...], keep: Op) -> str:
    out = []
    for piece in pieces:
        text = html.escape(piece.text).replace("\n", "<br>")
        if piece.op is Op.EQUAL:
            out.append(text)
        elif piece.op is keep is Op.DELETE:
            out.append(
                f"<span style='background:#fecaca;color:#7f1d1d;text-decoration:line-through'>{text}</span>"
            )
        elif piece.op is keep is Op.INSERT:
            out.append(
                f"<span style='background:#bbf7d0;color:#14532d;text-decoration:underline'>{text}</span>"
            )
    return "".join(out)


class DiffPanel(QTextBrowser):
    """Shows what the window asks for; asks the engine for diffs it does not have yet."""

    diffWanted = Signal(object, str, str)  # (key, a, b): the word diff of two texts is wanted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self._cache: dict[tuple[str, str], tuple[Piece, ...]] = {}
        self._asked: set[tuple[str, str]] = set()
        self._shown: tuple[Comparison, ItemRef] | None = None
        self.show_hint()

    def show_hint(self) -> None:
        self._shown = None
        hint = tr("Click a problem or commitment to see its counterparts and how their wording differs.")
        self.setHtml(f"<p style='color:gray'>{html.escape(hint)}</p>")

    def receive(self, key: object, pieces: tuple[Piece, ...]) -> None:
        if isinstance(key, tuple) and len(key) == 2:
            self._cache[(str(key[0]), str(key[1]))] = pieces
            if self._shown is not None:
                self.show_item(*self._shown)

    def _diff(self, a: str, b: str) -> tuple[str, str]:
        """Both sides with word differences marked, once the engine has sent the diff."""
        key = (a, b)
        pieces = self._cache.get(key)
        if pieces is None and key not in self._asked:
            self._asked.add(key)
            self.diffWanted.emit(key, a, b)
        if pieces is None:
            return html.escape(a), html.escape(b)
        return _side(pieces, Op.DELETE), _side(pieces, Op.INSERT)

    def _pair_html(self, comparison: Comparison, ref: ItemRef, item: Item, match: Match, other: Item) -> str:
        """The aligned points side by side with their word differences, then the whole items.

        An item that bundles several points is matched on one of them: the reader sees that
        point beside its counterpart, not two long blocks marked red and green throughout.
        """
        reports = comparison.reports
        mine, theirs = reports[ref.report], reports[match.report]
        status = status_label(match.status.value)
        facts = [
            status,
            tr("wording {score:.0%} alike, {copied:.0%} copied").format(
                score=match.score, copied=match.verbatim
            ),
        ]
        if match.terms:
            facts.append(tr("shared terms: {terms}").format(terms="、".join(match.terms)))
        clause = mine.text[match.clause[0] : match.clause[1]] if match.clause else item.text
        other_clause = (
            theirs.text[match.other_clause[0] : match.other_clause[1]] if match.other_clause else other.text
        )
        left, right = self._diff(clause.strip(), other_clause.strip())
        name = lambda r: html.escape(r.full_name)  # noqa: E731
        table = (
            "<table width='100%' cellspacing='0' cellpadding='6' border='1' style='border-collapse:collapse'>"
            f"<tr><th width='50%' align='left'>{name(mine)}</th>"
            f"<th width='50%' align='left'>{name(theirs)} <span style='font-weight:normal'>"
            f"({html.escape('；'.join(facts))})</span></th></tr>"
            f"<tr><td valign='top'>{left}</td><td valign='top'>{right}</td></tr>"
        )
        if clause.strip() != item.text.strip() or other_clause.strip() != other.text.strip():
            whole = html.escape(tr("Whole items"))
            table += (
                f"<tr><td valign='top' style='color:gray'><small>{whole}：{html.escape(item.text)}</small></td>"
                f"<td valign='top' style='color:gray'><small>{whole}：{html.escape(other.text)}</small></td></tr>"
            )
        return table + "</table><br>"

    def show_item(self, comparison: Comparison, ref: ItemRef) -> None:
        self._shown = (comparison, ref)
        row = comparison.row(ref.kind)
        if row is None:
            return self.show_hint()
        result = row.cells[ref.report].items[ref.item]
        reports = comparison.reports
        name = lambda i: html.escape(reports[i].full_name)  # noqa: E731
        status = status_label(result.status.value) if result.status else tr("not matched yet")
        parts = [f"<p><b>{name(ref.report)}</b> — {html.escape(status)}</p>"]
        if not result.matches:
            parts.append(f"<p>{html.escape(result.item.text)}</p>")
            if result.status is Status.UNIQUE:
                none = tr("No other report has a matching item.")
                parts.append(f"<p style='color:gray'>{html.escape(none)}</p>")
        for match in result.matches:
            other = row.cells[match.report].items[match.item]
            parts.append(self._pair_html(comparison, ref, result.item, match, other.item))
        self.setHtml("".join(parts))
        return None
