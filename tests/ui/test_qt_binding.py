"""The Qt binding must not leak references on signal emission (a window emits thousands)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_signals_keeps_reference_counts() -> None:
    emitter = _Emitter()
    emitter.changed.connect(lambda _value: None)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.changed.emit(None)
    assert (sys.getrefcount(True), sys.getrefcount(None)) == before
