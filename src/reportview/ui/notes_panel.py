"""The notes panel: every note, filterable by tag and report; unplaced notes listed apart."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.notebook import NoteBook
from ..i18n import tr

ROLE = Qt.ItemDataRole.UserRole


class NotesPanel(QWidget):
    noteActivated = Signal(int)  # note id: jump to it
    editRequested = Signal(int)
    deleteRequested = Signal(int)
    reattachRequested = Signal(int)

    def __init__(self, notes: NoteBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = notes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        filters = QHBoxLayout()
        self.tag_filter = QComboBox(self)
        self.report_filter = QComboBox(self)
        for combo in (self.tag_filter, self.report_filter):
            combo.currentIndexChanged.connect(self.rebuild)
            filters.addWidget(combo, 1)
        layout.addLayout(filters)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("Quote"), tr("Note"), tr("Tags")])
        self.tree.setColumnWidth(0, 140)
        self.tree.setColumnWidth(1, 140)
        self.tree.itemClicked.connect(self._on_tree_item_clicked)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self._emit(self.editRequested, item))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self._emit(self.deleteRequested, self.tree.currentItem()))
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        for text, signal in (
            (tr("Edit…"), self.editRequested),
            (tr("Delete"), self.deleteRequested),
            (tr("Attach to selected text"), self.reattachRequested),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, s=signal: self._emit(s, self.tree.currentItem()))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.rebuild()

    def _emit(self, signal: Signal, item: QTreeWidgetItem | None) -> None:
        if item is not None and item.data(0, ROLE) is not None:
            signal.emit(int(item.data(0, ROLE)))

    def _on_tree_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self._emit(self.noteActivated, item)

    def _fill_filters(self) -> None:
        tag, report = self.tag_filter.currentData(), self.report_filter.currentData()
        for combo in (self.tag_filter, self.report_filter):
            combo.blockSignals(True)
            combo.clear()
        self.tag_filter.addItem(tr("All tags"), None)
        for name in sorted(
            {t for s in self.notes.shown for t in s.note.tags}
            | {t for n, _ in self.notes.unplaced for t in n.tags}
        ):
            self.tag_filter.addItem(name, name)
        self.report_filter.addItem(tr("All reports"), None)
        for index, report in enumerate(self.notes.reports):
            self.report_filter.addItem(f"{index + 1}. {report.display_name}", index)
        for combo, value in ((self.tag_filter, tag), (self.report_filter, report)):
            found = combo.findData(value)
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)

    def rebuild(self) -> None:
        self._fill_filters()
        tag, report = self.tag_filter.currentData(), self.report_filter.currentData()
        self.tree.clear()
        groups: dict[object, QTreeWidgetItem] = {}
        for shown in self.notes.shown:
            if (tag is not None and tag not in shown.note.tags) or (
                report is not None and report != shown.report
            ):
                continue
            if shown.report not in groups:
                source = self.notes.reports[shown.report]
                groups[shown.report] = QTreeWidgetItem([f"{shown.report + 1}. {source.writer}"])
                self.tree.addTopLevelItem(groups[shown.report])
            groups[shown.report].addChild(
                self._item(shown.note.anchor.quote, shown.note.body, shown.note.tags, shown.note.id)
            )
        lost = [(n, r) for n, r in self.notes.unplaced if tag is None or tag in n.tags]
        if lost and report is None:
            group = QTreeWidgetItem([tr("Unplaced notes ({n})").format(n=len(lost))])
            group.setToolTip(
                0,
                tr(
                    "The text these notes were on changed too much or occurs more than once. "
                    "Select the right text and choose “Attach to selected text”, or delete them."
                ),
            )
            self.tree.addTopLevelItem(group)
            for note, _reason in lost:
                group.addChild(self._item(note.anchor.quote, note.body, note.tags, note.id))
        self.tree.expandAll()

    @staticmethod
    def _item(quote: str, body: str, tags: tuple[str, ...], note_id: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem([quote, body, "、".join(tags)])
        item.setData(0, ROLE, note_id)
        for column, text in enumerate((quote, body, "、".join(tags))):
            item.setToolTip(column, text)
        return item
