"""Each class of hostile file, built on the spot and read under a memory cap: the outcome,
peak memory and time (see tests/hostile.py).

    python benchmarks/bench_hostile.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.hostile import CAP_BYTES, CASES, read_capped  # noqa: E402


def main() -> int:
    print(f"memory cap {CAP_BYTES // (1024 * 1024)} MB")
    for name, build, command in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            path = build(Path(tmp))
            extra = ["--csv", str(Path(tmp) / "out.csv")] if command == "export" else []
            r = read_capped(command, str(path), *extra)
            outcome = (
                "read" if r.code == 0 else (r.stderr.strip().splitlines() or ["?"])[-1].split(": ", 1)[-1]
            )
            print(f"{name:<42} {r.peak_mb:7.0f} MB {r.seconds:6.2f} s  exit {r.code}  {outcome[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
