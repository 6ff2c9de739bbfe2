"""User settings: a dataclass saved as JSON, tolerant of a missing or damaged file.

Only what the user changed is worth keeping, but every field has a default, so a file
from an older or newer version, or a half-written one, never stops the app from starting.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .atomic import write_atomic
from .paths import config_dir

MAX_RECENT = 12


@dataclass
class Settings:
    language: str = ""  # "" = follow the system; "zh_CN" or "en"
    geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""
    column_widths: list[int] = field(default_factory=list)  # empty = fit the window
    recent_files: list[str] = field(default_factory=list)

    def add_recent(self, paths: list[str]) -> None:
        for path in reversed(paths):
            if path in self.recent_files:
                self.recent_files.remove(path)
            self.recent_files.insert(0, path)
        del self.recent_files[MAX_RECENT:]


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    settings = Settings()
    for f in fields(Settings):
        value = raw.get(f.name)
        default = getattr(settings, f.name)
        if isinstance(value, type(default)):
            setattr(settings, f.name, value)
    settings.recent_files = [p for p in settings.recent_files if isinstance(p, str)][:MAX_RECENT]
    settings.column_widths = [w for w in settings.column_widths if isinstance(w, int) and 40 <= w <= 4000]
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # settings are a convenience: a read-only home must not stop the app
        write_atomic(path, json.dumps(asdict(settings), ensure_ascii=False, indent=1))
