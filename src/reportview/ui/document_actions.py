"""File-level actions of the window: save and open comparisons, export HTML, Word and CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow

from ..core import saved
from ..core.atomic import write_atomic
from ..core.boilerplate import recurring
from ..core.export_csv import notes_csv
from ..core.export_docx import comparison_docx
from ..core.export_html import comparison_html
from ..core.export_summary import summary_docx
from ..core.export_xlsx import overview_xlsx
from ..core.history import Changes
from ..core.overview import overview
from ..core.workspace import Workspace
from ..i18n import tr, translate
from .session import Session


class DocumentActions:
    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        workspace: Workspace,
        apply: Callable[[Changes], None],
        failed: Callable[[str, str], None],
    ) -> None:
        """``apply`` shows what an opened comparison changed; ``failed(file, reason)`` reports
        a file that could not be opened."""
        self.window, self.session, self.workspace, self.apply = window, session, workspace, apply
        self.failed = failed
        self.current: Path | None = None

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _set_current(self, path: Path) -> None:
        """The comparison file in use: Ctrl+S writes to it, the window title names it."""
        self.current = path
        self.window.setWindowTitle(
            f"{path.name} — {tr('reportview — compare rule-of-law government reports')}"
        )

    def save(self, path: str | Path | None = None, ask: bool = False) -> bool:
        """Save the comparison: to ``path``, else to the file in use, else (or with ``ask``)
        where the reviewer chooses."""
        reports = self.session.reports()
        if not reports:
            return False
        if path is None and self.current is not None and not ask:
            path = self.current
        if path is None:
            name = tr("comparison")
            start = str(self.current or Path.home() / f"{name}{saved.SUFFIX}")
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, tr("Save comparison"), start, f"{tr('Comparisons')} (*{saved.SUFFIX})"
            )
            if not chosen:
                return False
            path = chosen if chosen.endswith(saved.SUFFIX) else chosen + saved.SUFFIX
        try:
            self.workspace.save(path)
        except OSError as exc:
            self._say(tr("Could not save {path}: {reason}").format(path=path, reason=exc.strerror or exc))
            return False
        self._set_current(Path(path))
        self._say(tr("Saved {path}").format(path=path))
        return True

    def open(self, path: str | Path) -> bool:
        """Replace the comparison with a saved one, and bring its notes into the local store."""
        try:
            loaded = saved.load(path)
        except saved.SavedFileError as exc:
            self.failed(str(path), translate("core", str(exc)))
            return False
        self.session.replace(loaded.reports)
        self.apply(self.workspace.import_saved(loaded))
        self._set_current(Path(path))
        return True

    def export(self, kind: str, path: str | Path | None = None) -> bool:
        comparison = self.session.comparison
        if comparison is None or not comparison.reports:
            return False
        suffix = {"html": ".html", "docx": ".docx", "csv": ".csv", "xlsx": ".xlsx", "summary": ".docx"}[kind]
        if path is None:
            names = {
                "html": tr("Web page"),
                "docx": tr("Word document"),
                "csv": tr("CSV table of notes"),
                "xlsx": tr("Excel workbook"),
                "summary": tr("Word document"),
            }
            base = (
                self.current.with_suffix(suffix)
                if self.current
                else Path.home() / f"{tr('comparison')}{suffix}"
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, tr("Export"), str(base), f"{names[kind]} (*{suffix})"
            )
            if not chosen:
                return False
            path = chosen
        notes = self.workspace.notes.saved_notes()
        scores, follow = self.workspace.scores, self.workspace.follow
        try:
            if kind == "html":
                Path(path).write_text(comparison_html(comparison, notes, translate), encoding="utf-8")
            elif kind == "docx":
                comparison_docx(path, comparison, notes, translate)
            elif kind in ("xlsx", "summary"):
                found = recurring(comparison.reports)
                by_report: list[list] = [[] for _ in comparison.reports]
                for index, note in notes:
                    by_report[index].append(note)
                rows = follow.with_follow(overview(comparison, by_report, found))
                if kind == "xlsx":
                    write_atomic(
                        path, overview_xlsx(comparison.reports, rows, found, translate, scores, follow)
                    )
                else:
                    summary_docx(path, comparison.reports, rows, found, translate, scores)
            else:
                Path(path).write_text(notes_csv(comparison.reports, notes, translate), encoding="utf-8")
        except OSError as exc:
            self._say(tr("Could not save {path}: {reason}").format(path=path, reason=exc.strerror or exc))
            return False
        self._say(tr("Exported {path}").format(path=path))
        return True
