"""The core's front door: a file or a text in, an analysed :class:`Report` out."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .ingest import read_source
from .items import section_items
from .kinds import classify
from .meta import find_body, find_year, title_lines
from .model import Kind, Notice, Report, Section, Source
from .normalize import normalize
from .structure import Node, numbered_headings, parse_tree

_STRIP = " \t\n。：:；;，,"


def fingerprint(text: str) -> str:
    """Content fingerprint of a normalised text: stable across encodings and formats."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _heading(text: str, node: Node) -> tuple[str, int, int]:
    assert node.head is not None
    start, end = node.head.text_start, node.head.text_end
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return text[start:end], start, end


def _section(text: str, node: Node, kind: Kind, level: int) -> Section:
    heading, hs, he = _heading(text, node)
    end = node.end
    while end > node.start and text[end - 1] in " \n":
        end -= 1
    children = tuple(_section(text, c, kind, level + 1) for c in node.children)
    items = section_items(text, node, kind) if level == 1 else ()
    return Section(heading, kind, level, node.start, end, hs, he, items, children)


def analyze_text(
    text: str,
    path: str = "",
    fmt: str = "text",
    encoding: str | None = None,
    original: str | None = None,
    title_hint: str | None = None,
    notices: tuple[Notice, ...] = (),
) -> Report:
    """Analyse an already extracted text (normalisation included)."""
    normalized, norm_notices, meta_title = normalize(text)
    return analyze_normalized(
        normalized,
        path,
        fmt,
        encoding,
        text if original is None else original,
        meta_title,
        title_hint,
        notices + norm_notices,
    )


def analyze_normalized(
    normalized: str,
    path: str = "",
    fmt: str = "text",
    encoding: str | None = None,
    original: str = "",
    title: str | None = None,
    title_hint: str | None = None,
    notices: tuple[Notice, ...] = (),
) -> Report:
    """Find the structure of an already normalised text (as saved in a comparison file).

    ``title`` (from archive metadata) beats a title line in the text, which beats
    ``title_hint`` (a web page's title).
    """
    numbered = numbered_headings(normalized)
    found_title, preamble_start = title_lines(normalized, numbered[0].start if numbered else len(normalized))
    title = title or found_title or title_hint
    root = parse_tree(normalized, preamble_start, numbered)
    first = root.children[0].start if root.children else len(normalized)
    preamble = normalized[preamble_start:first]
    year = find_year(title, preamble, normalized)
    sections: list[Section] = []
    if preamble.strip():
        end = preamble_start + len(preamble.rstrip())
        sections.append(Section("", Kind.PREAMBLE, 1, preamble_start, end, preamble_start, preamble_start))
    for node in root.children:
        heading = normalized[node.head.text_start : node.head.text_end] if node.head else ""
        sections.append(_section(normalized, node, classify(heading, year), 1))
    return Report(
        path=path,
        fmt=fmt,
        encoding=encoding,
        original=original,
        text=normalized,
        fingerprint=fingerprint(normalized),
        title=title,
        body=find_body(normalized),
        year=year,
        sections=tuple(sections),
        warnings=notices,
    )


def analyze_source(source: Source) -> Report:
    return analyze_text(
        source.text,
        source.path,
        source.fmt,
        source.encoding,
        title_hint=source.title_hint,
        notices=source.notices,
    )


def analyze_file(path: str | Path) -> Report:
    """Read and analyse one file; raises :class:`errors.ReportError` with a plain reason."""
    return analyze_source(read_source(path))
