"""Colours, marks and fonts: legible in light and dark palettes, never colour alone.

Each status has a colour (translucent, so it tints light and dark backgrounds alike), an
underline style and a one-character badge painted in the cell margin.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication

from ..core.labels import BADGES, QT_TRANSLATE_NOOP
from ..core.model import Status
from ..i18n import translate

CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "SimHei",
    "Noto Serif CJK SC",
    "SimSun",
    "Droid Sans Fallback",
)


@dataclass(frozen=True)
class StatusStyle:
    colour: QColor
    underline: QTextCharFormat.UnderlineStyle
    tip: str  # translatable explanation (the name and badge are core.labels')


STYLES: dict[Status, StatusStyle] = {
    Status.UNIQUE: StatusStyle(
        QColor(245, 158, 11, 90),
        QTextCharFormat.UnderlineStyle.SingleUnderline,
        QT_TRANSLATE_NOOP("theme", "Unique: no other report says this"),
    ),
    Status.SIMILAR: StatusStyle(
        QColor(59, 130, 246, 80),
        QTextCharFormat.UnderlineStyle.DashUnderline,
        QT_TRANSLATE_NOOP("theme", "Similar: another report says the same in other words"),
    ),
    Status.SHARED: StatusStyle(
        QColor(148, 163, 184, 80),
        QTextCharFormat.UnderlineStyle.DotLine,
        QT_TRANSLATE_NOOP("theme", "Shared: copied nearly word for word from another report"),
    ),
}


def badge(status: Status) -> str:
    """The status's one-character mark in the reader's language (独, 似, 同)."""
    return translate("theme", BADGES[status])


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def selection_colour() -> QColor:
    colour = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
    colour.setAlpha(120)
    return colour


def counterpart_colour() -> QColor:
    return QColor(16, 185, 129, 80)


def find_colour() -> QColor:
    return QColor(250, 204, 21, 150) if not is_dark() else QColor(250, 204, 21, 110)


def cjk_font(point_size: float | None = None) -> QFont:
    """The application font with a Chinese face first where one is installed."""
    font = QFont(QApplication.font())
    installed = set(QFontDatabase.families())
    families = [f for f in CJK_FAMILIES if f in installed]
    if families:
        font.setFamilies([*families, *font.families()])
    if point_size:
        font.setPointSizeF(point_size)
    return font
