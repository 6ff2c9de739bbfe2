"""Column headers (title, body, year, the required-parts check, column actions) and kind bands."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragLeaveEvent, QDropEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.model import REQUIRED_KINDS, Kind, Report
from ..i18n import kind_label, notice_message, tr, translate

SHORT_KIND = {
    Kind.MEASURES: QT_TRANSLATE_NOOP("ColumnHeader", "measures"),
    Kind.DUTIES: QT_TRANSLATE_NOOP("ColumnHeader", "duties"),
    Kind.PROBLEMS: QT_TRANSLATE_NOOP("ColumnHeader", "problems"),
    Kind.PLANS: QT_TRANSLATE_NOOP("ColumnHeader", "plans"),
}


COLUMN_MIME = "application/x-reportview-column"  # what a dragged header carries: its column's index


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with … to fit, the full text in its tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setToolTip(text)
        self.setMinimumWidth(10)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(
            self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(10, self.width()))
        )


class _Grip(QWidget):
    """The right edge of a column header: drag it to change the column's width."""

    dragged = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFixedWidth(6)
        self.setCursor(Qt.CursorShape.SizeHorCursor)
        self._x: float | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._x = event.globalPosition().x()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._x is not None:
            dx = int(event.globalPosition().x() - self._x)
            if dx:
                self._x = event.globalPosition().x()
                self.dragged.emit(dx)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._x = None


class ColumnHeader(QFrame):
    """Title, township and year of one report, whether its required parts are there, actions."""

    removeRequested = Signal()
    moveRequested = Signal(int)
    originalRequested = Signal()
    resized = Signal(int)
    pairDropped = Signal(int)  # another column's header (its index) dropped on this one: pair them

    def __init__(
        self, report: Report, index: int, count: int, label: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("columnHeader")
        self.index = index
        self._pressed: QPoint | None = None
        self.setAcceptDrops(True)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(6, 4, 0, 4)
        outer.setSpacing(0)
        text = QVBoxLayout()
        text.setSpacing(2)
        outer.addLayout(text, 1)
        name = label or report.full_name  # short and unique among the columns (青石镇 2023)
        top = QHBoxLayout()
        top.setSpacing(0)
        text.addLayout(top)
        self.title = ElidedLabel(f"{index + 1}. {name}")
        self.title.setToolTip(
            f"{report.full_name}\n{report.path}\n"
            + tr("Drag onto another column's header to pair the two as one body's consecutive years")
        )
        self.title.setStyleSheet("font-weight: bold")
        top.addWidget(self.title, 1)
        stated = report.body and report.year
        self.facts = ElidedLabel(report.full_name if stated else tr("(township and year not stated)"))
        self.facts.setToolTip(f"{report.full_name}\n{report.path}")
        text.addWidget(self.facts)
        self.check = QLabel(self._check_text(report))
        self.check.setTextFormat(Qt.TextFormat.RichText)
        self.check.setWordWrap(True)
        self.check.setToolTip(tr("The parts the regulation requires: ✓ reported, ✗ missing, ? unknown"))
        text.addWidget(self.check)
        self.reading = QLabel(self._reading_text(report))
        self.reading.setObjectName("readingReport")
        self.reading.setTextFormat(Qt.TextFormat.RichText)
        self.reading.setWordWrap(True)
        self.reading.setToolTip("\n".join(f"⚠ {notice_message(n)}" for n in report.warnings))
        self.reading.setVisible(bool(report.warnings))
        text.addWidget(self.reading)
        style = self.style()
        self._name = name
        self._buttons: list[QToolButton] = []
        for icon, tip, slot, enabled in (
            (
                QStyle.StandardPixmap.SP_ArrowLeft,
                tr("Move column left"),
                lambda: self.moveRequested.emit(-1),
                index > 0,
            ),
            (
                QStyle.StandardPixmap.SP_ArrowRight,
                tr("Move column right"),
                lambda: self.moveRequested.emit(1),
                index < count - 1,
            ),
            (
                QStyle.StandardPixmap.SP_FileDialogContentsView,
                tr("Show the original text"),
                self.originalRequested.emit,
                True,
            ),
            (
                QStyle.StandardPixmap.SP_DialogCloseButton,
                tr("Remove this report from the comparison"),
                self.removeRequested.emit,
                True,
            ),
        ):
            button = QToolButton(self)
            button.setIcon(style.standardIcon(icon))
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            top.addWidget(button)
            self._buttons.append(button)
        self.grip = _Grip(self)
        self.grip.dragged.connect(lambda dx: self.resized.emit(self.width() + dx))
        outer.addWidget(self.grip)

    def set_position(self, index: int, count: int, label: str | None = None) -> None:
        """Renumber after columns were added or moved (``label``: the column's name again, when
        a new column made it ambiguous); arrows only where a move is possible."""
        self.index = index
        if label is not None:
            self._name = label
        self.title.full_text = f"{index + 1}. {self._name}"
        self.title._elide()
        self._buttons[0].setEnabled(index > 0)
        self._buttons[1].setEnabled(index < count - 1)

    # drag one header onto another to pair the two reports ------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = event.position().toPoint() if event.button() == Qt.MouseButton.LeftButton else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None:
            return
        if (event.position().toPoint() - self._pressed).manhattanLength() < QApplication.startDragDistance():
            return
        self._pressed = None
        data = QMimeData()
        data.setData(COLUMN_MIME, QByteArray(str(self.index).encode()))
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.setPixmap(self.grab().scaledToWidth(min(240, self.width())))
        drag.exec(Qt.DropAction.LinkAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pressed = None

    def _source(self, event: QDragEnterEvent | QDropEvent) -> int | None:
        raw = event.mimeData().data(COLUMN_MIME)
        source = int(bytes(raw.data()).decode() or -1) if event.mimeData().hasFormat(COLUMN_MIME) else -1
        return source if source >= 0 and source != self.index else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._source(event) is not None:
            event.setDropAction(Qt.DropAction.LinkAction)
            event.accept()
            self.setStyleSheet("QFrame#columnHeader { border: 2px dashed #2563eb; }")

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.setStyleSheet("")

    def dropEvent(self, event: QDropEvent) -> None:
        self.setStyleSheet("")
        source = self._source(event)
        if source is not None:
            event.setDropAction(Qt.DropAction.LinkAction)
            event.accept()
            self.pairDropped.emit(source)

    @staticmethod
    def _reading_text(report: Report) -> str:
        """⚠ and the first notice; in red and bold when the reading itself may have failed."""
        if not report.warnings:
            return ""
        first = report.warnings[0]
        more = tr(" (+{n} more)").format(n=len(report.warnings) - 1) if len(report.warnings) > 1 else ""
        style = "color:#b91c1c; font-weight:bold" if first.severe else "color:#b45309"
        return f"<span style='{style}'>⚠ {html.escape(notice_message(first))}</span>{html.escape(more)}"

    @staticmethod
    def _check_text(report: Report) -> str:
        parts = []
        for kind in REQUIRED_KINDS:
            mark = report.part_mark(kind)
            colour = {"✓": "#15803d", "✗": "#b91c1c"}.get(mark, "#6b7280")
            name = translate("ColumnHeader", SHORT_KIND[kind])
            parts.append(f"<span style='color:{colour}'>{mark}</span>{name}")
        return "&nbsp; ".join(parts)


class KindBand(QLabel):
    """The full-width label above a row: the kind's name and a summary of its statuses."""

    clicked = Signal()

    def __init__(self, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("kindBand")
        self.setContentsMargins(8, 6, 8, 6)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.set_summary("")

    def set_summary(self, summary: str) -> None:
        required = tr(" (required)") if self.kind in REQUIRED_KINDS else ""
        self.setText(f"<b>{kind_label(self.kind)}</b>{required}&nbsp;&nbsp;<span>{summary}</span>")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
