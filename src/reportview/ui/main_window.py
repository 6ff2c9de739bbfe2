"""The main window: menus, drag and drop, docks, and the wiring between them."""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import saved
from ..core.history import Changes
from ..core.ingest import SUPPORTED_SUFFIXES
from ..core.model import Comparison
from ..core.notes import Note
from ..core.settings import Settings, save_settings
from ..core.store import NoteStore
from ..core.store_file import open_store
from ..core.workspace import Workspace
from ..i18n import status_label, tr, translate
from . import theme
from .comparison_view import ComparisonView, ItemRef
from .county_tabs import ReportTabs
from .diff_panel import DiffPanel
from .document_actions import DocumentActions
from .engine import Engine
from .find_bar import FindBar
from .menus import action, build_menus
from .messages import MessageBar
from .note_dialog import ask_note
from .notes_panel import NotesPanel
from .original import OriginalTextDialog
from .outline import Outline
from .session import Session

#: How often the count of reports read is brought up to date while many arrive.
PROGRESS_EVERY_MS = 150


def file_filter() -> str:
    patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
    reports, comparisons, everything = tr("Reports and comparisons"), tr("Comparisons"), tr("All files")
    return f"{reports} ({patterns} *{saved.SUFFIX});;{comparisons} (*{saved.SUFFIX});;{everything} (*)"


class MainWindow(QMainWindow):
    def __init__(
        self, settings: Settings | None = None, engine: Engine | None = None, store: NoteStore | None = None
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.engine = engine or Engine(self)
        self.session = Session(self.engine, self)
        aside = None
        if store is None:
            store, aside = open_store()
        self.workspace = Workspace(store, self.session)
        self.notes, self.scores, self.follow = (
            self.workspace.notes,
            self.workspace.scores,
            self.workspace.follow,
        )
        self.setWindowTitle(tr("reportview — compare rule-of-law government reports"))
        self.setAcceptDrops(True)
        self.resize(1280, 820)
        self._build_central()
        self.documents = DocumentActions(self, self.session, self.workspace, self.apply, self.messages.add)
        self._build_docks()
        self._build_status_bar()
        self.undo_action = action(self, self, tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = action(self, self, tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        build_menus(self)
        self.session.comparisonChanged.connect(self._on_session_comparison_changed)
        self.session.progressChanged.connect(self._on_session_progress_changed)
        self.session.matchingChanged.connect(self._on_session_matching_changed)
        self.session.fileFailed.connect(self.messages.add)
        if aside is not None:
            self.messages.add(
                str(aside),
                tr("the note store was damaged: it was set aside here and a new, empty one started"),
            )
        self.session.reportAdded.connect(self._on_session_report_added)
        self.view.itemSelected.connect(self._on_view_item_selected)
        self.view.removeRequested.connect(lambda column: self.apply(self.workspace.close_report(column)))
        self.view.moveRequested.connect(
            lambda column, delta: self.apply(self.workspace.move_report(column, delta))
        )
        self.view.originalRequested.connect(self.show_original)
        self.view.widthsChanged.connect(self._on_view_widths_changed)
        self.view.noteRequested.connect(self.add_note)
        self.notes_panel.noteActivated.connect(self.reveal_note)
        self.notes_panel.editRequested.connect(self.edit_note)
        self.notes_panel.deleteRequested.connect(
            lambda note_id: self.apply(self.workspace.delete_note(note_id))
        )
        self.notes_panel.reattachRequested.connect(self.reattach_note)
        self.engine.diffReady.connect(self.diff_panel.receive)
        self.engine.followReady.connect(self.tabs.follow_ready)
        self.tabs.followWanted.connect(self.engine.follow)
        self.view.pairRequested.connect(self.tabs.pair)
        self.tabs.changed.connect(self.apply)
        self.diff_panel.diffWanted.connect(self.engine.diff)
        self._restore()
        # The matcher loads jieba for a second of CPU: start it once the window is up.
        QTimer.singleShot(200, self.engine.start)

    # construction ----------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        self.messages = MessageBar(central)
        layout.addWidget(self.messages)
        self.stack = QStackedWidget(central)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(2)
        self.empty_label = QLabel(
            tr(
                "Drop report files or a folder here to compare them\n"
                "(.txt, .docx, .html, .pdf; two or more reports)"
            ),
            empty,
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setFont(theme.cjk_font(15))
        empty_layout.addWidget(self.empty_label)
        open_button = QPushButton(tr("Open reports…"), empty)
        open_button.clicked.connect(self.open_dialog)
        empty_layout.addWidget(open_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(3)
        self.stack.addWidget(empty)
        self.view = ComparisonView(self.stack)
        self.tabs = ReportTabs(self.view, self._notes_by_report, self.workspace, self.stack)
        self.stack.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        self.find_bar = FindBar(self.view, central)
        self.find_bar.hide()
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        self.outline = Outline(self)
        self.outline.kindActivated.connect(self.view.jump_to_kind)
        self.outline_dock = QDockWidget(tr("Outline"), self)
        self.outline_dock.setObjectName("outlineDock")
        self.outline_dock.setWidget(self.outline)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.diff_panel = DiffPanel(self)
        self.diff_dock = QDockWidget(tr("Counterparts and differences"), self)
        self.diff_dock.setObjectName("diffDock")
        self.diff_dock.setWidget(self.diff_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.diff_dock)
        self.notes_panel = NotesPanel(self.notes, self)
        self.notes_dock = QDockWidget(tr("Notes"), self)
        self.notes_dock.setObjectName("notesDock")
        self.notes_dock.setWidget(self.notes_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.notes_dock)
        self.resizeDocks([self.outline_dock], [260], Qt.Orientation.Horizontal)
        self.resizeDocks([self.diff_dock], [150], Qt.Orientation.Vertical)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(tr("Reading %v of %m"))
        self.progress.hide()
        # QProgressBar repaints at once on every new value: fifty reports arriving would each
        # stall the window, so the count shown is brought up to date a few times a second.
        self._progress_shown = QTimer(self, singleShot=True, interval=PROGRESS_EVERY_MS)
        self._progress_shown.timeout.connect(self._show_progress)
        self._progress = (0, 0)
        bar.addWidget(self.progress)
        self.phase = QLabel(self)
        bar.addWidget(self.phase)
        legend = QLabel(self)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setToolTip("\n".join(translate("theme", s.tip) for s in theme.STYLES.values()))
        legend.setText(
            "&nbsp;&nbsp;".join(
                f"<span style='background:rgba({s.colour.red()},{s.colour.green()},{s.colour.blue()},0.5)'>&nbsp;<b>"
                f"{theme.badge(status)}</b>&nbsp;</span> {status_label(status.value)}"
                for status, s in theme.STYLES.items()
            )
        )
        bar.addPermanentWidget(QLabel(tr("Legend:")))
        bar.addPermanentWidget(legend)

    # opening ----------------------------------------------------------------------
    def open_paths(self, paths: list[str]) -> int:
        """Open reports (files or folders); a saved comparison (.rvcmp) replaces the comparison."""
        comparisons = [p for p in paths if str(p).lower().endswith(saved.SUFFIX)]
        for path in comparisons:
            self.documents.open(path)
        added = self.session.add_paths([p for p in paths if p not in comparisons])
        self.tabs.expect(len(self.session.entries))
        return added

    def open_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Open reports"), "", file_filter())
        if paths:
            self.open_paths(paths)

    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Open a folder of reports"))
        if folder:
            self.open_paths([folder])

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            action(self, self.recent_menu, path, lambda _=False, p=path: self.open_paths([p]))
        if not self.settings.recent_files:
            self.recent_menu.addAction(tr("(none)")).setEnabled(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.open_paths(paths)
            event.acceptProposedAction()

    # session results ---------------------------------------------------------------
    def _on_session_comparison_changed(self, comparison: Comparison) -> None:
        changes = self.workspace.set_comparison(comparison)
        self.tabs.set_comparison(comparison)
        if not comparison.reports:
            self.apply(changes)
            self.stack.setCurrentIndex(0)
            self.outline.clear()
            self.diff_panel.show_hint()
            return
        self.stack.setCurrentIndex(1)
        self.view.set_comparison(comparison)
        # The columns were built anew: every report's notes are painted on them again.
        self.apply(changes | Changes.of_notes(range(len(comparison.reports))))
        self.outline.set_comparison(comparison)
        if self.view.selected is not None:
            self.diff_panel.show_item(comparison, self.view.selected)

    def _on_session_progress_changed(self, done: int, total: int) -> None:
        self._progress = (done, total)
        if done >= total:
            self._progress_shown.stop()
            self._show_progress()
        elif not self._progress_shown.isActive():
            self._progress_shown.start()

    def _show_progress(self) -> None:
        done, total = self._progress
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setVisible(done < total)

    def _on_session_matching_changed(self, busy: bool) -> None:
        self.phase.setText(tr("Matching problems and commitments…") if busy else "")

    def _on_session_report_added(self, path: str) -> None:
        self.settings.add_recent([path])

    def _on_view_item_selected(self, ref: ItemRef | None) -> None:
        if ref is None or self.session.comparison is None:
            self.diff_panel.show_hint()
        else:
            self.diff_panel.show_item(self.session.comparison, ref)

    # changes -------------------------------------------------------------------------
    def apply(self, changes: Changes) -> None:
        """Show what a workspace operation changed, and only that."""
        if changes.notes:
            spans: dict[int, list[tuple[int, int, str]]] = {}
            for shown in self.notes.shown:
                tags = "、".join(shown.note.tags)
                tip = f"{shown.note.body}（{tags}）" if tags else shown.note.body
                spans.setdefault(shown.report, []).append((shown.start, shown.end, tip))
            self.view.paint_notes(spans, changes.notes)
            self.notes_panel.rebuild()
            self.tabs.notes_changed()
        if changes.scores and changes.reports:
            self.tabs.refresh_later()  # once reports stop arriving, not for each of them
        elif changes.scores:
            self.tabs.refresh_now()  # the reviewer's own score or rubric: at once
        if changes.follow:
            self.tabs.follow_changed()
        history = self.workspace.history
        for act, label, text in (
            (self.undo_action, history.undo_label(), tr("&Undo {what}")),
            (self.redo_action, history.redo_label(), tr("&Redo {what}")),
        ):
            act.setEnabled(label is not None)
            act.setText(text.format(what=translate("history", label) if label else ""))

    def undo(self) -> None:
        self.apply(self.workspace.undo())

    def redo(self) -> None:
        self.apply(self.workspace.redo())

    def _notes_by_report(self, count: int) -> list[list[Note]]:
        found: list[list[Note]] = [[] for _ in range(count)]
        for shown in self.notes.shown:
            if shown.report < count:
                found[shown.report].append(shown.note)
        return found

    def add_note(self) -> None:
        selection = self.view.selection()
        if selection is None:
            self.statusBar().showMessage(tr("Select the text to annotate first."), 6000)
            return
        report, start, end = selection
        value = ask_note(self, self.view.reports()[report].text[start:end])
        if value is not None:
            self.apply(self.workspace.add_note(report, start, end, value.body, value.tags))

    def edit_note(self, note_id: int) -> None:
        note = self.notes.note(note_id)
        if note is None:
            return
        value = ask_note(self, note.anchor.quote, note.body, note.tags)
        if value is not None:
            self.apply(self.workspace.edit_note(note_id, value.body, value.tags))

    def reveal_note(self, note_id: int) -> None:
        shown = self.notes.find(note_id)
        if shown is not None:
            self.view.reveal_range(shown.report, shown.start, shown.end)

    def reattach_note(self, note_id: int) -> None:
        selection = self.view.selection()
        if selection is None:
            self.statusBar().showMessage(tr("Select the text the note belongs to, then attach it."), 6000)
            return
        self.apply(self.workspace.reattach_note(note_id, *selection))

    def _on_view_widths_changed(self, widths: list[int]) -> None:
        self.settings.column_widths = widths

    def show_original(self, index: int) -> None:
        reports = self.view.reports()
        if 0 <= index < len(reports):
            OriginalTextDialog(reports[index], self).show()

    def show_selected_original(self) -> None:
        self.show_original(self.view.selected.report if self.view.selected else 0)

    def set_language(self, code: str) -> None:
        self.settings.language = code
        QMessageBox.information(self, tr("Language"), tr("The new language is used from the next start."))

    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("About reportview"),
            tr(
                "reportview lines up annual rule-of-law government reports part by part and marks which "
                "problems and commitments are unique, reworded or copied.\nEverything runs on this computer."
            ),
        )

    # persistence ------------------------------------------------------------------
    def _restore(self) -> None:
        if self.settings.geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(self.settings.geometry)))
        if self.settings.window_state:
            self.restoreState(QByteArray(base64.b64decode(self.settings.window_state)))
        else:  # first start: a modest differences panel, once the window has its size
            QTimer.singleShot(0, lambda: self.resizeDocks([self.diff_dock], [140], Qt.Orientation.Vertical))
        if self.settings.column_widths:
            self.view.set_widths(self.settings.column_widths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode()
        self.settings.window_state = base64.b64encode(bytes(self.saveState().data())).decode()
        save_settings(self.settings)
        super().closeEvent(event)
