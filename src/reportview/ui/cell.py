"""One cell of the comparison: a report's sections of one kind, with painted marks.

Nothing is written into the text: headings, item statuses, the selected item, its
counterparts and search hits are extra selections (painted over the text), and status
badges are painted in a left margin, so the text stays the report's own and offsets
stay valid.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QToolTip, QWidget

from ..core.cells import CellText
from ..core.model import Item, Section, Status
from ..i18n import tr, translate
from . import theme

MARGIN = 20


class _BadgeArea(QWidget):
    def __init__(self, cell: CellView) -> None:
        super().__init__(cell)
        self._cell = cell
        self.setMouseTracking(True)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        for rect, status, index in self._cell.badge_rects():
            style = theme.STYLES[status]
            colour = QColor(style.colour)
            colour.setAlpha(200)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            if index in self._cell.selected_items:
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, theme.badge(status))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        for rect, status, index in self._cell.badge_rects():
            if rect.contains(event.position().toPoint()):
                tip = translate("theme", theme.STYLES[status].tip)
                evidence = self._cell.evidence[index] if index < len(self._cell.evidence) else ""
                QToolTip.showText(event.globalPosition().toPoint(), f"{tip}\n{evidence}".strip(), self)
                return
        QToolTip.hideText()


class _Headings(QSyntaxHighlighter):
    """Bold headings through the layout's formats: the document text itself is untouched."""

    def __init__(self, document: QTextDocument, ranges: list[tuple[int, int]]) -> None:
        self._ranges = ranges
        self._bold = QTextCharFormat()
        self._bold.setFontWeight(QFont.Weight.Bold)
        super().__init__(document)

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        start, end = block.position(), block.position() + len(text)
        for a, b in self._ranges:
            if a < end and b > start:
                self.setFormat(max(a, start) - start, min(b, end) - max(a, start), self._bold)


class CellView(QTextEdit):
    """Read-only, content-height text view of one report's part."""

    itemClicked = Signal(int)  # index of the item in this cell, -1 for none
    noteRequested = Signal()  # "add a note" on the current selection

    def __init__(
        self,
        cell: CellText,
        sections: tuple[Section, ...],
        items: tuple[Item, ...],
        marked: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cell = cell
        self.sections = sections
        self.items = items
        self.marked = marked
        self._statuses: list[Status | None] = [None] * len(items)
        self.evidence: list[str] = [""] * len(items)  # per item: what its links rest on (badge tooltip)
        self.selected_items: set[int] = set()
        self._notes: list[tuple[int, int, str]] = []
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._item_ranges = [cell.range_to_cell(i.start, i.end) for i in items]
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setPlainText(cell.text)
        self.setViewportMargins(MARGIN if marked else 4, 0, 0, 0)
        self._badges = _BadgeArea(self) if marked else None
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._paint_headings()

    # geometry -----------------------------------------------------------------
    def _fit_height(self, *_: object) -> None:
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 2
        if self._badges is not None and (rects := self.badge_rects()):
            height = max(height, rects[-1][0].bottom() + 2 * self.frameWidth() + 4)  # stacked badges
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(self.width(), int(self.document().size().height()) + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._badges is not None:
            rect = self.contentsRect()
            self._badges.setGeometry(QRect(rect.left(), rect.top(), MARGIN, rect.height()))
        self._fit_height()

    def badge_rects(self) -> list[tuple[QRect, Status, int]]:
        out = []
        for index, (rng, status) in enumerate(zip(self._item_ranges, self._statuses, strict=True)):
            if rng is None or status is None:
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(rng[0])
            top = self.cursorRect(cursor).top() + 1
            if out and top <= out[-1][0].bottom():  # two items on one line: the badges stack
                top = out[-1][0].bottom() + 2
            out.append((QRect(2, top, MARGIN - 4, self.fontMetrics().height()), status, index))
        return out

    def item_rect(self, index: int) -> QRect | None:
        """Where item ``index`` is drawn, in this widget's coordinates."""
        rng = self._item_ranges[index]
        if rng is None:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(rng[0])
        top = self.cursorRect(cursor).top()
        cursor.setPosition(rng[1])
        bottom = self.cursorRect(cursor).bottom()
        offset = self.viewport().pos()
        return QRect(0, top + offset.y(), self.width(), bottom - top)

    # painting -----------------------------------------------------------------
    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def set_layer(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        self._layers[name] = selections
        order = (
            "copied",
            "headings",
            "status",
            "counterparts",
            "selected",
            "notes",
            "sentence",
            "find",
            "find_current",
        )
        self.setExtraSelections([s for key in order for s in self._layers.get(key, [])])

    def _paint_headings(self) -> None:
        ranges = []
        stack = list(self.sections)
        while stack:
            section = stack.pop()
            rng = self.cell.range_to_cell(section.start, section.heading_end)
            if rng and rng[1] > rng[0]:
                ranges.append(rng)
            stack.extend(section.children)
        self._highlighter = _Headings(self.document(), ranges)

    def set_statuses(self, statuses: list[Status | None], evidence: list[str] | None = None) -> None:
        """Paint the items' statuses; ``evidence`` says, per item, what its links rest on."""
        self._statuses = list(statuses) if self.marked else [None] * len(self.items)
        self.evidence = list(evidence) if evidence is not None else [""] * len(self.items)
        out = []
        for rng, status in zip(self._item_ranges, self._statuses, strict=True):
            if rng is None or status is None:
                continue
            style = theme.STYLES[status]
            fmt = QTextCharFormat()
            fmt.setBackground(style.colour)
            fmt.setUnderlineStyle(style.underline)
            fmt.setUnderlineColor(QColor(style.colour.red(), style.colour.green(), style.colour.blue()))
            out.append(self._selection(rng[0], rng[1], fmt))
        self.set_layer("status", out)
        if self._badges is not None:
            self._badges.update()
            self._fit_height()  # badges stacked on a shared line may need more room

    def status_of(self, index: int) -> Status | None:
        return self._statuses[index]

    def mark_items(self, layer: str, indexes: list[int], colour: QColor) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        fmt.setProperty(QTextCharFormat.Property.OutlinePen, None)
        out = [self._selection(*self._item_ranges[i], fmt) for i in indexes if self._item_ranges[i]]
        self.set_layer(layer, out)
        if layer == "selected":
            self.selected_items = set(indexes)
            if self._badges is not None:
                self._badges.update()

    def mark_ranges(self, layer: str, ranges: list[tuple[int, int]], colour: QColor) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        self.set_layer(layer, [self._selection(a, b, fmt) for a, b in ranges])

    # interaction --------------------------------------------------------------
    def item_range(self, index: int) -> tuple[int, int]:
        """Where item ``index`` is in this cell's text."""
        rng = self._item_ranges[index]
        assert rng is not None
        return rng

    def item_at(self, position: int) -> int:
        for index, rng in enumerate(self._item_ranges):
            if rng and rng[0] <= position <= rng[1]:
                return index
        return -1

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            position = self.cursorForPosition(event.position().toPoint()).position()
            self.itemClicked.emit(self.item_at(position))

    def context_menu(self) -> QMenu:
        """The right-click menu: copy and select, then 添加批注 on the selection."""
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        action = menu.addAction(tr("Add note…"))
        action.setShortcut(QKeySequence("Ctrl+M"))
        action.setEnabled(self.textCursor().hasSelection())
        action.triggered.connect(self.noteRequested.emit)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu().exec(event.globalPos())

    def set_copied(self, spans: list[tuple[int, int]]) -> None:
        """A light grey ground under text that other open reports carry too."""
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(100, 116, 139, 70))
        self.set_layer("copied", [self._selection(a, b, fmt) for a, b in spans if b > a])

    def set_notes(self, notes: list[tuple[int, int, str]]) -> None:
        """Paint annotated text (wavy underline, violet tint); hovering shows the note."""
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(147, 51, 234))
        fmt.setBackground(QColor(168, 85, 247, 70))
        self._notes = [n for n in notes if n[1] > n[0]]
        self.set_layer("notes", [self._selection(a, b, fmt) for a, b, _ in self._notes])
        self.viewport().setMouseTracking(bool(self._notes))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if not self._notes:
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        tips = [text for a, b, text in self._notes if a <= position < b]
        if tips:
            QToolTip.showText(event.globalPosition().toPoint(), "\n—\n".join(tips), self)
        else:
            QToolTip.hideText()

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def selected_report_range(self) -> tuple[int, int] | None:
        """The user's text selection as report offsets (for annotations)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.cell.to_report(cursor.selectionStart()), self.cell.to_report(cursor.selectionEnd())

    def point_of(self, position: int) -> QPoint:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return self.cursorRect(cursor).topLeft() + self.viewport().pos()
