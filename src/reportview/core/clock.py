"""Time as reportview writes it (ISO 8601 with the local offset) and as a reader reads it."""

from __future__ import annotations

from datetime import datetime


def now() -> str:
    """This moment, to the second, with this computer's offset: 2026-01-02T03:04:05+08:00."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def local_time(stamp: str) -> str:
    """An ISO timestamp as a reader writes it, in this computer's time zone: 2026-01-02 03:04."""
    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")
