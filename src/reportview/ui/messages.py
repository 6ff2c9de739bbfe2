"""A dismissable bar for files that could not be read: one line per file, never a dialog."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from ..i18n import tr


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setStyleSheet(
            "QFrame#messageBar { background: rgba(220, 38, 38, 40); border: 1px solid rgba(220, 38, 38, 120);"
            " border-radius: 4px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(tr("Dismiss"))
        close.clicked.connect(self.clear)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.failures: list[tuple[str, str]] = []
        self.hide()

    def add(self, path: str, reason: str) -> None:
        self.failures.append((path, reason))
        lines = "".join(f"<li><b>{html.escape(p)}</b>：{html.escape(r)}</li>" for p, r in self.failures)
        title = tr("{n} file(s) could not be opened; the others were loaded:").format(n=len(self.failures))
        self.label.setText(f"{html.escape(title)}<ul style='margin:0'>{lines}</ul>")
        self.show()

    def clear(self) -> None:
        self.failures.clear()
        self.hide()
