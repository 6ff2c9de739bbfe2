"""Expand the paths a user names (files and folders) into report files."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .ingest import SUPPORTED_SUFFIXES
from .limits import MAX_FOLDER_FILES


def report_files(folder: Path, limit: int = MAX_FOLDER_FILES + 1) -> list[Path]:
    """Supported files in ``folder`` and its subfolders (hidden ones skipped, symbolic links
    to folders not followed, so a link loop cannot trap the walk), sorted, at most ``limit``."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(Path(root) / name)
                if len(found) >= limit:
                    return found
    return found


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders replaced by the supported files in them and their subfolders.

    A folder with no report file, or with more than ``MAX_FOLDER_FILES``, is also listed
    itself, so that reading it says why (see ``ingest.read_source``).
    """
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = report_files(path)
            out.extend(files[:MAX_FOLDER_FILES])
            if not files or len(files) > MAX_FOLDER_FILES:
                out.append(path)
        else:
            out.append(path)
    return out
