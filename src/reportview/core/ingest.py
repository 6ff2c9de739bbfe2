"""Read any supported file into a :class:`Source`, or raise a typed :class:`ReportError`."""

from __future__ import annotations

import zipfile
from pathlib import Path

from . import errors
from .decode import BinaryData, cjk_ratio, decode_bytes
from .limits import (
    HTML_TOO_DEEP,
    MARKUP_TOO_LARGE,
    MAX_FILE_BYTES,
    MAX_HTML_DEPTH,
    MAX_MARKUP_BYTES,
    MAX_TEXT_CHARS,
)
from .model import Notice, Source
from .reading import ENCODING_GUESS

#: Suffixes offered in file dialogs and picked up from folders.
SUPPORTED_SUFFIXES = (".txt", ".md", ".text", ".docx", ".html", ".htm", ".xhtml", ".shtml", ".pdf")

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff_format(path: Path, head: bytes) -> str:
    """``text``, ``html``, ``docx`` or ``pdf``, by content first and suffix second."""
    suffix = path.suffix.lower()
    if suffix == ".rvcmp" or b'"reportview-comparison"' in head[:512]:
        raise errors.SavedComparisonGiven(path)
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(_OLE):
        raise errors.UnsupportedFormat(path, "save it as .docx", suffix=suffix or "(.doc)")
    if suffix in (".docx", ".pdf"):
        return suffix[1:]
    lowered = head[:2048].lower()
    if suffix in (".html", ".htm", ".xhtml", ".shtml") or b"<html" in lowered or b"<!doctype html" in lowered:
        return "html"
    return "text"


def read_source(path: str | Path) -> Source:
    """Read ``path``; every failure is a :class:`errors.ReportError` with a plain reason."""
    path = Path(path)
    try:
        if not path.exists():
            raise errors.FileNotFound(path)
        if path.is_dir():
            from .files import report_files

            if not report_files(path, limit=1):
                raise errors.Unreadable(path, "the folder holds no report files")
            raise errors.Unreadable(
                path, "the folder holds more than 1,000 report files: the first 1,000 were opened"
            )
        size = path.stat().st_size
        if size == 0:
            raise errors.EmptyFile(path)
        if size > MAX_FILE_BYTES:
            raise errors.TooLarge(path, size=errors.human_size(size))
        with path.open("rb") as handle:
            head = handle.read(4096)
    except PermissionError as exc:
        raise errors.Unreadable(path, "permission denied") from exc
    except OSError as exc:
        raise errors.Unreadable(path, exc.strerror or "") from exc
    fmt = sniff_format(path, head)
    source = {"pdf": _read_pdf, "docx": _read_docx}.get(fmt, _read_text)(path, fmt)
    text = source.text
    if not text.strip():
        raise errors.EmptyFile(path, "no text in it")
    if len(text) > MAX_TEXT_CHARS:
        raise errors.TooLarge(path, size=f"{len(text):,} characters")
    if cjk_ratio(text) < 0.05:
        raise errors.NotAReport(path)
    return source


def _read_text(path: Path, fmt: str) -> Source:
    if path.stat().st_size > MAX_MARKUP_BYTES:
        raise errors.BeyondLimit(path, what=MARKUP_TOO_LARGE)
    data = path.read_bytes()
    try:
        decoded = decode_bytes(data)
    except BinaryData as exc:
        raise errors.NotText(path) from exc
    notices: tuple[Notice, ...] = ()
    if decoded.truncated:
        notices = (Notice("truncated", errors.TRUNCATED_TEMPLATE),)
    if decoded.guessed:
        notices += (Notice("encoding_guess", ENCODING_GUESS),)
    if fmt == "html":
        from .extract import flat_html_text, html_depth, html_text

        if html_depth(decoded.text) > MAX_HTML_DEPTH:
            # The parser would drop everything nested deeper: read the text without the layout.
            notices += (Notice("html_too_deep", HTML_TOO_DEEP),)
            return Source(str(path), "html", decoded.encoding, flat_html_text(decoded.text), None, notices)
        text, title = html_text(decoded.text)
        return Source(str(path), "html", decoded.encoding, text, title, notices)
    return Source(str(path), "text", decoded.encoding, decoded.text, None, notices)


def _read_docx(path: Path, fmt: str) -> Source:
    from .docx_text import DocxTooLarge, docx_text

    try:
        text = docx_text(path)
    except DocxTooLarge as exc:
        raise errors.BeyondLimit(path, what=str(exc)) from exc
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError, OSError) as exc:
        raise errors.DamagedDocument(path, kind="Word (.docx)") from exc
    except Exception as exc:  # lxml and python-docx raise many types on broken parts
        raise errors.DamagedDocument(path, kind="Word (.docx)") from exc
    return Source(str(path), "docx", None, text)


def _read_pdf(path: Path, fmt: str) -> Source:
    from .extract import pdf_text

    try:
        text, pages = pdf_text(path)
    except PermissionError as exc:
        raise errors.Encrypted(path) from exc
    except Exception as exc:  # pypdf raises many types on damaged files
        raise errors.DamagedDocument(path, kind="PDF") from exc
    if pages and len("".join(text.split())) < 10 * pages and cjk_ratio(text) < 0.5:
        raise errors.NoTextLayer(path)
    if not text.strip():
        raise errors.NoTextLayer(path)
    return Source(str(path), "pdf", None, text)
