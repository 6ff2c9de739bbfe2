"""Where the note store lives, and opening it: a damaged store file is set aside, never lost."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from .paths import data_dir
from .store import NoteStore


def default_path() -> Path:
    return data_dir() / "notes.sqlite3"


def open_store(path: Path | None = None) -> tuple[NoteStore, Path | None]:
    """The note store, and where a damaged store file was set aside (``None`` if it was fine).

    A store file that is not a database, or is corrupt, is renamed beside itself (never
    deleted: its notes may still be recovered) and a fresh store is started.
    """
    path = path or default_path()
    try:
        store = NoteStore(path)
        if store.integrity() == "ok":
            return store, None
        store.close()
    except sqlite3.DatabaseError:
        pass
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    path.replace(aside)
    for extra in ("-wal", "-shm"):
        side = path.with_name(path.name + extra)
        if side.exists():
            side.replace(aside.with_name(aside.name + extra))
    return NoteStore(path), aside


def existing_store() -> NoteStore | None:
    """The reviewer's store when there is one and it opens (the command line reads the
    reviewer's notes and choices but never creates a store or sets one aside)."""
    path = default_path()
    if not path.exists():
        return None
    try:
        return NoteStore(path)
    except (OSError, sqlite3.DatabaseError):
        return None
