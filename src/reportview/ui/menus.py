"""The window's menus and their shortcuts, built in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from ..core.model import KIND_ORDER
from ..i18n import kind_label, tr

if TYPE_CHECKING:
    from .main_window import MainWindow


def action(
    window: MainWindow, menu: object, text: str, slot: object, shortcut: object = None, tip: str = ""
) -> QAction:
    """A menu entry with optional shortcut(s) and tip, added to ``menu``."""
    made = QAction(text, window)
    if shortcut is not None:
        shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
        made.setShortcuts([QKeySequence(s) for s in shortcuts])
    if tip:
        made.setStatusTip(tip)
        made.setToolTip(tip)
    made.triggered.connect(slot)
    menu.addAction(made)  # type: ignore[attr-defined]
    return made


def build_menus(window: MainWindow) -> None:
    menus = window.menuBar()
    file_menu = menus.addMenu(tr("&File"))
    action(
        window,
        file_menu,
        tr("&Open reports…"),
        window.open_dialog,
        QKeySequence.StandardKey.Open,
        tr("Add report files to the comparison"),
    )
    action(
        window,
        file_menu,
        tr("Open &folder…"),
        window.open_folder_dialog,
        "Ctrl+Shift+O",
        tr("Add every report in a folder"),
    )
    window.recent_menu = file_menu.addMenu(tr("Open &recent"))
    window.recent_menu.aboutToShow.connect(window.fill_recent)
    file_menu.addSeparator()
    action(
        window,
        file_menu,
        tr("&Save comparison"),
        lambda: window.documents.save(),
        QKeySequence.StandardKey.Save,
        tr("Save the reports, their order and the notes in one file"),
    )
    action(
        window,
        file_menu,
        tr("Save comparison &as…"),
        lambda: window.documents.save(ask=True),
        QKeySequence.StandardKey.SaveAs,
        tr("Save the comparison in another file"),
    )
    export = file_menu.addMenu(tr("&Export"))
    action(window, export, tr("Web page (&HTML)…"), lambda: window.documents.export("html"), "Ctrl+E")
    action(window, export, tr("&Word table (.docx)…"), lambda: window.documents.export("docx"))
    action(window, export, tr("Notes as &CSV…"), lambda: window.documents.export("csv"))
    action(window, export, tr("Overview and scores (E&xcel)…"), lambda: window.documents.export("xlsx"))
    action(window, export, tr("County &summary (Word)…"), lambda: window.documents.export("summary"))
    file_menu.addSeparator()
    action(window, file_menu, tr("&Close all reports"), window.session.clear, "Ctrl+Shift+W")
    file_menu.addSeparator()
    action(window, file_menu, tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
    edit = menus.addMenu(tr("&Edit"))
    edit.addAction(window.undo_action)
    edit.addAction(window.redo_action)
    edit.addSeparator()
    action(window, edit, tr("&Add note…"), window.add_note, "Ctrl+M", tr("Write a note on the selected text"))
    edit.addSeparator()
    action(window, edit, tr("&Find in all reports…"), window.find_bar.open, QKeySequence.StandardKey.Find)
    action(window, edit, tr("Find &next"), window.find_bar.next, QKeySequence.StandardKey.FindNext)
    action(
        window, edit, tr("Find &previous"), window.find_bar.previous, QKeySequence.StandardKey.FindPrevious
    )
    view = menus.addMenu(tr("&View"))
    action(
        window,
        view,
        tr("&Next difference"),
        lambda: window.view.step_difference(True),
        ["F7", "Alt+Down"],
        tr("Select the next unique or reworded problem or commitment"),
    )
    action(
        window,
        view,
        tr("&Previous difference"),
        lambda: window.view.step_difference(False),
        ["Shift+F7", "Alt+Up"],
    )
    jump = view.addMenu(tr("&Jump to part"))
    for number, kind in enumerate(KIND_ORDER, start=1):
        action(
            window,
            jump,
            kind_label(kind),
            lambda _=False, k=kind: window.view.jump_to_kind(k),
            f"Ctrl+{number}",
        )
    action(
        window,
        view,
        tr("Show &original text of the selected report"),
        window.show_selected_original,
        "Ctrl+U",
    )
    action(window, view, tr("&Fit columns to the window"), window.view.fit_columns, "Ctrl+0")
    copied = action(
        window,
        view,
        tr("Shade text &other reports carry too"),
        window.tabs.set_show_copied,
        "Ctrl+B",
        tr(
            "A grey ground under every sentence found in another open report: what is left is a report's own writing"
        ),
    )
    copied.setCheckable(True)
    action(window, view, tr("Scoring &criteria…"), window.tabs.edit_criteria)
    action(
        window,
        view,
        tr("&Follow-through of last year's commitments…"),
        window.tabs.show_follow,
        "Ctrl+L",
        tr("A body's report of one year against the next: each commitment carried out, mentioned or not"),
    )
    action(
        window,
        view,
        tr("&Pair reports…"),
        window.tabs.ask_pair,
        tip=tr(
            "Pair two open reports as one body's consecutive years (or drag one column's header onto the other's)"
        ),
    )
    view.addSeparator()
    view.addAction(window.outline_dock.toggleViewAction())
    view.addAction(window.diff_dock.toggleViewAction())
    language = view.addMenu(tr("&Language"))
    for code, name in (("zh_CN", "简体中文"), ("en", "English")):
        action(window, language, name, lambda _=False, c=code: window.set_language(c))
    help_menu = menus.addMenu(tr("&Help"))
    action(window, help_menu, tr("&About reportview"), window.about)
