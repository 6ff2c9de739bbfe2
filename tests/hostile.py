"""Hostile files, built on the spot, and a reading of each under a memory cap and a timeout.

Each builder writes the file and checks that it really is what it claims (the bomb really
inflates, the loop really loops). :func:`read_capped` runs ``reportview`` on it in a child
process limited to ``CAP_BYTES`` of address space, and reports exit code, stderr, peak
memory and time. Used by tests and ``benchmarks/bench_hostile.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CAP_BYTES = 1536 * 1024 * 1024
TIMEOUT = 120
REPORT_LINES = [
    "云溪镇2023年法治政府建设年度报告",
    "一、主要举措和成效",
    "（一）加强组织领导。全年召开专题会议4次。",
    "二、存在的问题",
    "一是法治专业力量不足；二是普法宣传形式单一。",
    "三、下一步工作打算",
    "（一）充实法治力量。（二）创新普法形式。",
]

RUNNER = """
import atexit, resource, sys
cap, peak_file = int(sys.argv[1]), sys.argv[2]
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
atexit.register(lambda: open(peak_file, "w").write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)))
from reportview.cli import main
sys.exit(main(sys.argv[3:]))
"""


@dataclass(frozen=True)
class Reading:
    code: int
    stdout: str
    stderr: str
    peak_mb: float
    seconds: float


def read_capped(*args: str) -> Reading:
    """``reportview ARGS`` in a child process under the memory cap and the timeout."""
    import os
    import tempfile

    env = {**os.environ, "REPORTVIEW_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    with tempfile.TemporaryDirectory() as tmp:
        peak_file = Path(tmp) / "peak"
        started = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-c", RUNNER, str(CAP_BYTES), str(peak_file), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env,
            timeout=TIMEOUT,
        )
        seconds = time.perf_counter() - started
        peak_kb = int(peak_file.read_text()) if peak_file.exists() else -1
    return Reading(run.returncode, run.stdout, run.stderr, peak_kb / 1024, seconds)


def _plain_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    for line in REPORT_LINES:
        document.add_paragraph(line)
    document.save(str(path))


def style_loop_docx(folder: Path) -> Path:
    """A .docx whose paragraph style inherits in a loop: A → B → A, and C from itself."""
    plain, path = folder / "plain.docx", folder / "style-loop.docx"
    _plain_docx(plain)
    loop = (
        '<w:style w:type="paragraph" w:styleId="LoopA"><w:name w:val="LoopA"/><w:basedOn w:val="LoopB"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="LoopB"><w:name w:val="LoopB"/><w:basedOn w:val="LoopA"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Self"><w:name w:val="Self"/><w:basedOn w:val="Self"/></w:style>'
    )
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/styles.xml":
                data = data.replace(b"</w:styles>", loop.encode() + b"</w:styles>")
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                text = text.replace("<w:p>", '<w:p><w:pPr><w:pStyle w:val="LoopA"/></w:pPr>', 3)
                text = text.replace("<w:p>", '<w:p><w:pPr><w:pStyle w:val="Self"/></w:pPr>', 2)
                data = text.encode("utf-8")
            target.writestr(item, data)
    with zipfile.ZipFile(path) as archive:
        styles = archive.read("word/styles.xml").decode()
        body = archive.read("word/document.xml").decode()
    assert 'w:styleId="LoopA"' in styles and '<w:basedOn w:val="LoopA"/>' in styles and "LoopA" in body
    return path


def zip_bomb_docx(folder: Path) -> Path:
    """A small .docx whose document part inflates to 400 MB."""
    plain, path = folder / "plain.docx", folder / "bomb.docx"
    _plain_docx(plain)
    size = 400 * 1024 * 1024
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                target.writestr(item, source.read(item.filename))
        with target.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b" " * (1024 * 1024)
            for _ in range(size // len(chunk)):
                part.write(chunk)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    assert info.file_size == size and path.stat().st_size < 2 * 1024 * 1024
    return path


def many_parts_docx(folder: Path) -> Path:
    """A .docx with 30,000 parts."""
    plain, path = folder / "plain.docx", folder / "many-parts.docx"
    _plain_docx(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        for i in range(30_000):
            target.writestr(f"word/media/part{i}.xml", b"<x/>")
    with zipfile.ZipFile(path) as archive:
        assert len(archive.infolist()) > 30_000
    return path


def huge_numbering_docx(folder: Path) -> Path:
    """A .docx whose numbering part is 150 MB of (valid, repetitive) XML."""
    plain, path = folder / "plain.docx", folder / "numbering.docx"
    _plain_docx(plain)
    abstract = b'<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>'
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename != "word/numbering.xml":
                target.writestr(item, source.read(item.filename))
        with target.open("word/numbering.xml", "w", force_zip64=True) as part:
            part.write(
                b'<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            )
            for _ in range(150 * 1024 * 1024 // len(abstract)):
                part.write(abstract)
            part.write(b"</w:numbering>")
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("word/numbering.xml").file_size > 150 * 1000 * 1000
    return path


def deep_html(folder: Path) -> Path:
    """A page nested 5,000 levels deep, the report at the bottom."""
    path = folder / "deep.html"
    depth = 5_000
    body = "".join(f"<p>{line}</p>" for line in REPORT_LINES)
    path.write_text(
        "<html><head><title>云溪镇报告</title></head><body>"
        + "<div>" * depth
        + body
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )
    from reportview.core.extract import html_depth

    assert html_depth(path.read_text(encoding="utf-8")) > depth
    return path


def huge_html(folder: Path) -> Path:
    """A 50 MB web page on one line."""
    path = folder / "huge.html"
    line = "<p>" + "法治政府建设" * 20 + "</p>"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("<html><body>")
        written = 0
        while written < 50 * 1024 * 1024:
            handle.write(line)
            written += len(line.encode("utf-8"))
        handle.write("</body></html>")
    assert path.stat().st_size > 50 * 1024 * 1024 and path.read_bytes().count(b"\n") == 0
    return path


def deep_saved(folder: Path) -> Path:
    """A saved comparison nested 100,000 levels deep."""
    path = folder / "deep.rvcmp"
    path.write_text(
        '{"format": "reportview-comparison", "version": 1, "reports": ' + "[" * 100_000 + "]" * 100_000 + "}",
        encoding="utf-8",
    )
    return path


def huge_saved(folder: Path) -> Path:
    """A 143 MB saved comparison (one report text of 143 MB)."""
    path = folder / "huge.rvcmp"
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"format": "reportview-comparison", "version": 1, "reports": [{"path": "a", "text": "')
        chunk = "法" * (1024 * 1024)
        for _ in range(48):  # 48 Mi characters of three bytes: 144 MB
            handle.write(chunk)
        handle.write('"}], "notes": []}')
    assert path.stat().st_size > 143 * 1000 * 1000
    json.loads('{"ok": 1}')
    return path


#: (class, builder, command): each builder's file, read as a reviewer would.
CASES: tuple[tuple[str, Callable[[Path], Path], str], ...] = (
    (".docx with a style inheritance loop", style_loop_docx, "analyze"),
    (".docx zip bomb (400 MB part)", zip_bomb_docx, "analyze"),
    (".docx with 30,000 parts", many_parts_docx, "analyze"),
    (".docx with a 150 MB numbering part", huge_numbering_docx, "analyze"),
    ("HTML nested 5,000 levels", deep_html, "analyze"),
    ("50 MB single-line HTML", huge_html, "analyze"),
    ("saved comparison nested 100,000 levels", deep_saved, "export"),
    ("143 MB saved comparison", huge_saved, "export"),
)
