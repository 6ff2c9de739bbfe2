"""Typed, plain-language errors for files that cannot be read as reports.

Each error carries a stable ``code`` (for the UI's translations and for tests) and an
English ``reason`` template; ``str(error)`` gives ``path: reason``.
"""

from __future__ import annotations

from pathlib import Path

#: Notices about a file that was read (see ``model.Notice``); English, translated by the UI.
TRUNCATED_TEMPLATE = "the file ends in the middle of a character: it may be cut off"
DAMAGE_TEMPLATE = "{count} character(s) lost in the source and shown as '?'"


class ReportError(Exception):
    """A file could not be turned into a report. Never carries a traceback to the user."""

    code = "unreadable"
    template = "the file could not be read"

    def __init__(self, path: str | Path, detail: str = "", **params: object) -> None:
        self.path = str(path)
        self.detail = detail
        self.params = params
        super().__init__(f"{self.path}: {self.reason}")

    def __reduce__(self) -> tuple[object, ...]:
        """Errors cross process boundaries (the analysis worker) intact."""
        return (_rebuild, (type(self), self.path, self.detail, self.params))

    @property
    def reason(self) -> str:
        text = self.template.format(**self.params) if self.params else self.template
        return f"{text} ({self.detail})" if self.detail else text


class FileNotFound(ReportError):
    code = "not_found"
    template = "file not found"


class Unreadable(ReportError):
    code = "unreadable"
    template = "the file could not be opened"


class EmptyFile(ReportError):
    code = "empty"
    template = "the file is empty"


class NotText(ReportError):
    code = "binary"
    template = "this is not a text report (it looks like a binary file)"


class NotAReport(ReportError):
    code = "not_report"
    template = "no Chinese report text was found in this file"


class UnsupportedFormat(ReportError):
    code = "unsupported"
    template = "unsupported file type {suffix}"


class DamagedDocument(ReportError):
    code = "damaged"
    template = "the {kind} file is damaged or incomplete"


class NoTextLayer(ReportError):
    code = "no_text_layer"
    template = "the PDF has no text layer (it is a scanned image); run OCR on it first"


class Encrypted(ReportError):
    code = "encrypted"
    template = "the document is password-protected"


class BeyondLimit(ReportError):
    """A file refused before reading, naming the limit it went past (see :mod:`limits`)."""

    code = "limit"
    template = "refused to read it: {what}"


class SavedComparisonGiven(ReportError):
    code = "saved_comparison"
    template = "this is a saved comparison, not a report: open it with reportview or export it"


class TooLarge(ReportError):
    code = "too_large"
    template = "the file is too large to be a report ({size})"


def _rebuild(cls: type[ReportError], path: str, detail: str, params: dict[str, object]) -> ReportError:
    return cls(path, detail, **params)


def human_size(n: int) -> str:
    """Format a byte count the way people read it."""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"
