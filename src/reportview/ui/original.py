"""The text as the file had it, before normalisation: so a reviewer can check the source."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..core.model import Report
from ..i18n import tr


class OriginalTextDialog(QDialog):
    def __init__(self, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Original text — {name}").format(name=report.full_name))
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        facts = tr("File: {path}   Format: {fmt}   Encoding: {enc}").format(
            path=report.path, fmt=report.fmt, enc=report.encoding or "—"
        )
        label = QLabel(facts, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(report.original)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
