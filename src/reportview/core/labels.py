"""Names of kinds and statuses as every surface shows them (English; translated by callers).

Pure Python, so the core's exports can use them; marked for Qt's ``lupdate`` with the
no-op :func:`QT_TRANSLATE_NOOP` below, and translated where Qt is at hand.
"""

from __future__ import annotations

from .model import Kind, Status


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it."""
    return text


KIND_NAMES: dict[Kind, str] = {
    Kind.PREAMBLE: QT_TRANSLATE_NOOP("kinds", "Preamble"),
    Kind.MEASURES: QT_TRANSLATE_NOOP("kinds", "Measures and results"),
    Kind.DUTIES: QT_TRANSLATE_NOOP("kinds", "Leaders' duties"),
    Kind.INNOVATIONS: QT_TRANSLATE_NOOP("kinds", "Innovations"),
    Kind.PROBLEMS: QT_TRANSLATE_NOOP("kinds", "Problems"),
    Kind.PLANS: QT_TRANSLATE_NOOP("kinds", "Next year's plans"),
    Kind.OTHER: QT_TRANSLATE_NOOP("kinds", "Other"),
    Kind.CLOSING: QT_TRANSLATE_NOOP("kinds", "Closing"),
}
STATUS_NAMES: dict[Status, str] = {
    Status.UNIQUE: QT_TRANSLATE_NOOP("status", "unique"),
    Status.SIMILAR: QT_TRANSLATE_NOOP("status", "similar"),
    Status.SHARED: QT_TRANSLATE_NOOP("status", "shared"),
}
#: One-character marks for statuses (translated to 独, 似, 同).
BADGES: dict[Status, str] = {
    Status.UNIQUE: QT_TRANSLATE_NOOP("theme", "U"),
    Status.SIMILAR: QT_TRANSLATE_NOOP("theme", "S"),
    Status.SHARED: QT_TRANSLATE_NOOP("theme", "="),
}
