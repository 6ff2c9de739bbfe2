"""Where reportview keeps its files: platformdirs, overridable for tests and portable use.

``REPORTVIEW_HOME`` puts data, cache and settings under one folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "reportview"


def _base(kind: str) -> Path:
    home = os.environ.get("REPORTVIEW_HOME")
    if home:
        path = Path(home) / kind
    elif kind == "data":
        path = Path(platformdirs.user_data_dir(APP, appauthor=False))
    elif kind == "cache":
        path = Path(platformdirs.user_cache_dir(APP, appauthor=False))
    else:
        path = Path(platformdirs.user_config_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return _base("data")


def cache_dir() -> Path:
    return _base("cache")


def config_dir() -> Path:
    return _base("config")


def file_key(path: str | Path) -> str:
    """One key per file on disk, however it was named (``./x.txt``, ``x.txt``, a link to it)."""
    return os.path.normcase(os.path.realpath(path))
