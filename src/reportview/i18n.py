"""Translations: Simplified Chinese by default, English on request.

Source strings are English; ``resources/i18n/reportview_zh_CN.ts`` holds the Chinese, compiled
by ``scripts/update_translations.py`` into a ``.json`` table that the window and the command
line both read (so the command line never loads Qt); Qt's own dialogs use Qt's catalogue. The language is the
``REPORTVIEW_LANG`` variable, else the saved setting, else the system locale when it is
English, else Chinese.
"""

from __future__ import annotations

import json
import locale
import os
from functools import lru_cache
from importlib import resources

from .core import errors, limits, reading, saved
from .core.labels import KIND_NAMES, QT_TRANSLATE_NOOP, STATUS_NAMES
from .core.model import Kind, Notice

KIND_LABELS = KIND_NAMES
STATUS_LABELS = {status.value: name for status, name in STATUS_NAMES.items()}
#: Core strings (no Qt there), listed here so that lupdate collects them.
CORE_STRINGS = (
    QT_TRANSLATE_NOOP("core", "file not found"),
    QT_TRANSLATE_NOOP("core", "the file could not be read"),
    QT_TRANSLATE_NOOP("core", "the file could not be opened"),
    QT_TRANSLATE_NOOP("core", "the file is empty"),
    QT_TRANSLATE_NOOP("core", "this is not a text report (it looks like a binary file)"),
    QT_TRANSLATE_NOOP("core", "no Chinese report text was found in this file"),
    QT_TRANSLATE_NOOP("core", "unsupported file type {suffix}"),
    QT_TRANSLATE_NOOP("core", "the {kind} file is damaged or incomplete"),
    QT_TRANSLATE_NOOP("core", "the PDF has no text layer (it is a scanned image); run OCR on it first"),
    QT_TRANSLATE_NOOP("core", "the document is password-protected"),
    QT_TRANSLATE_NOOP("core", "the file is too large to be a report ({size})"),
    QT_TRANSLATE_NOOP("core", "the file ends in the middle of a character: it may be cut off"),
    QT_TRANSLATE_NOOP("core", "{count} character(s) lost in the source and shown as '?'"),
    QT_TRANSLATE_NOOP("core", "permission denied"),
    QT_TRANSLATE_NOOP("core", "save it as .docx"),
    QT_TRANSLATE_NOOP("core", "no text in it"),
    QT_TRANSLATE_NOOP("core", "the analysis process stopped"),
    QT_TRANSLATE_NOOP("core", "cannot read the file"),
    QT_TRANSLATE_NOOP("core", "the file is damaged (not valid JSON)"),
    QT_TRANSLATE_NOOP("core", "not a reportview comparison file"),
    QT_TRANSLATE_NOOP("core", "made by a newer version of reportview"),
    QT_TRANSLATE_NOOP("core", "a report's text does not match its fingerprint (the file was altered)"),
    QT_TRANSLATE_NOOP("core", "the file is incomplete"),
    QT_TRANSLATE_NOOP(
        "core",
        "only {count}% of the file's text was kept after cleaning: the report may not have been read correctly",
    ),
    QT_TRANSLATE_NOOP("core", "the report has only {count} Chinese characters: it may be incomplete"),
    QT_TRANSLATE_NOOP("core", "no headings were found: the report's parts could not be told apart"),
    QT_TRANSLATE_NOOP("core", "{count} required part(s) not found"),
    QT_TRANSLATE_NOOP("core", "the parts are not in the usual order (measures, problems, plans)"),
    QT_TRANSLATE_NOOP(
        "core",
        "{count} problem or plan item(s) are very long and may hold several points that could not be split",
    ),
    QT_TRANSLATE_NOOP(
        "core", "{count} part(s) have no heading of their own and were recognised from their wording"
    ),
    QT_TRANSLATE_NOOP(
        "core", "the text encoding was guessed with low confidence: some characters may be wrong"
    ),
    QT_TRANSLATE_NOOP("core", "refused to read it: {what}"),
    QT_TRANSLATE_NOOP("core", "the folder holds no report files"),
    QT_TRANSLATE_NOOP("core", "the folder holds more than 1,000 report files: the first 1,000 were opened"),
    QT_TRANSLATE_NOOP("core", "the Word file has more than 2,000 parts"),
    QT_TRANSLATE_NOOP("core", "a part of the Word file unpacks to more than 48 MB"),
    QT_TRANSLATE_NOOP("core", "the Word file unpacks to more than 160 MB"),
    QT_TRANSLATE_NOOP(
        "core", "the Word file is packed like a zip bomb (a part would unpack to over 200 times its size)"
    ),
    QT_TRANSLATE_NOOP("core", "text files and web pages are read whole, up to 16 MB"),
    QT_TRANSLATE_NOOP(
        "core", "the page is nested too deeply for a web page; its text was read without its layout"
    ),
    QT_TRANSLATE_NOOP("core", "a value in the file has the wrong type"),
    QT_TRANSLATE_NOOP("core", "a note points outside its report's text"),
    QT_TRANSLATE_NOOP("core", "the file is too large to be a saved comparison"),
    QT_TRANSLATE_NOOP("core", "the file is damaged (nested too deeply)"),
    QT_TRANSLATE_NOOP(
        "core", "this is a saved comparison, not a report: open it with reportview or export it"
    ),
)
assert errors.TRUNCATED_TEMPLATE in CORE_STRINGS and errors.DAMAGE_TEMPLATE in CORE_STRINGS
assert set(reading.TEMPLATES) <= set(CORE_STRINGS) and set(saved.MESSAGES) <= set(CORE_STRINGS)
assert set(limits.REFUSALS) <= set(CORE_STRINGS)


def choose_language(setting: str | None = None) -> str:
    wanted = os.environ.get("REPORTVIEW_LANG") or setting
    if wanted:
        return "en" if wanted.lower().startswith("en") else "zh_CN"
    system = os.environ.get("LC_ALL") or os.environ.get("LANG") or (locale.getlocale()[0] or "")
    return "en" if system.lower().startswith("en") else "zh_CN"


@lru_cache(maxsize=4)
def catalogue(language: str) -> dict[str, dict[str, str]]:
    """context → English source → translation (empty for English, the source language)."""
    if language == "en":
        return {}
    table = resources.files("reportview.resources") / "i18n" / f"reportview_{language}.json"
    try:
        loaded = json.loads(table.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


_current: list[str] = []


def set_language(language: str) -> None:
    """Fix the language for this process (the app calls this once at start-up)."""
    _current[:] = [language]


def current_language() -> str:
    return _current[0] if _current else choose_language()


def translate(context: str, text: str, language: str | None = None) -> str:
    """``text`` in the chosen language (falls back to the English source)."""
    return catalogue(language or current_language()).get(context, {}).get(text) or text


def error_message(error: errors.ReportError, language: str | None = None) -> str:
    """The plain-language reason for a failed file, in the user's language."""
    params = {k: translate("core", str(v), language) for k, v in error.params.items()}
    text = translate("core", error.template, language).format(**params)
    if error.detail:
        text += f"（{translate('core', error.detail, language)}）"
    return text


def notice_message(notice: Notice, language: str | None = None) -> str:
    return translate("core", notice.template, language).format(count=notice.count)


def tr(text: str) -> str:
    """Translate a window string (lupdate files bare ``tr()`` calls under the empty context)."""
    return translate("", text)


def kind_label(kind: Kind, language: str | None = None) -> str:
    return translate("kinds", KIND_LABELS[kind], language)


def status_label(status: str, language: str | None = None) -> str:
    return translate("status", STATUS_LABELS[status], language)
