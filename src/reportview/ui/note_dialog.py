"""The note editor: text and tags; returns plain values so callers need no widgets to test."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.notes import STANDARD_TAGS
from ..i18n import tr


@dataclass(frozen=True)
class NoteInput:
    body: str
    tags: tuple[str, ...]


def split_tags(text: str) -> tuple[str, ...]:
    """Free tags typed by the reviewer, separated by commas (either width) or 、."""
    for sep in ("，", "、", ";", "；"):
        text = text.replace(sep, ",")
    return tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


class NoteDialog(QDialog):
    def __init__(
        self, quote: str, body: str = "", tags: tuple[str, ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Note"))
        self.resize(520, 360)
        layout = QVBoxLayout(self)
        shown = quote if len(quote) <= 160 else quote[:160] + "…"
        label = QLabel(tr("On: “{quote}”").format(quote=shown), self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(tr("What should the next reader know about this passage?"))
        self.body.setPlainText(body)
        layout.addWidget(self.body, 1)
        grid = QGridLayout()
        self.boxes: list[QCheckBox] = []
        for i, tag in enumerate(STANDARD_TAGS):
            box = QCheckBox(tag, self)
            box.setChecked(tag in tags)
            grid.addWidget(box, i // 3, i % 3)
            self.boxes.append(box)
        layout.addLayout(grid)
        self.free = QLineEdit(self)
        self.free.setPlaceholderText(tr("Other tags, separated by commas"))
        self.free.setText("，".join(t for t in tags if t not in STANDARD_TAGS))
        layout.addWidget(self.free)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> NoteInput:
        chosen = tuple(b.text() for b in self.boxes if b.isChecked())
        return NoteInput(
            self.body.toPlainText().strip(), tuple(dict.fromkeys(chosen + split_tags(self.free.text())))
        )


def ask_note(parent: QWidget, quote: str, body: str = "", tags: tuple[str, ...] = ()) -> NoteInput | None:
    """Show the editor; the note's values, or ``None`` if the reviewer cancelled."""
    dialog = NoteDialog(quote, body, tags, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    value = dialog.value()
    return value if value.body or value.tags else None
