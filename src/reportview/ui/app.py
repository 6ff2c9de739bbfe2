"""Start the desktop application: language, fonts, icon, the window, files from the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import workers
from ..core.settings import load_settings
from ..i18n import choose_language, set_language
from . import theme
from .main_window import MainWindow


def app_icon() -> QIcon:
    with resources.as_file(resources.files("reportview.resources") / "reportview.svg") as path:
        return QIcon(str(path))


def install_translations(app: QApplication, language: str) -> None:
    """Our strings come from :mod:`reportview.i18n`'s table; Qt's own (standard dialogs and
    buttons) from Qt's ``qtbase`` catalogue."""
    set_language(language)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(
            QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)


def create_app(argv: Sequence[str] = ()) -> tuple[QApplication, MainWindow]:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("reportview")
    app.setApplicationDisplayName("报告比对 reportview")
    app.setDesktopFileName("reportview")
    app.setWindowIcon(app_icon())
    settings = load_settings()
    install_translations(app, choose_language(settings.language))
    app.setFont(theme.cjk_font())
    window = MainWindow(settings)
    return app, window


def run_app(argv: Sequence[str]) -> int:
    """``reportview [FILE|FOLDER ...]``: open the window, then start reading the files."""
    app, window = create_app(argv)
    window.show()
    paths = [a for a in argv if not a.startswith("-")]
    if paths:
        window.open_paths(paths)
    try:
        return app.exec()
    finally:
        workers.shutdown()
