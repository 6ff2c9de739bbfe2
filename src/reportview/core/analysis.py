"""The core's front door: a file or a text in, an analysed :class:`Report` out."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .errors import ReportError
from .ingest import read_source
from .items import make_item, section_items
from .kinds import announced_kind, classify, nested_kind
from .meta import find_body, find_year, title_from_filename, title_lines
from .model import Kind, Notice, Report, Section, Source, parts_in
from .normalize import normalize
from .parts import closing_start, embed_parts
from .reading import cleaning_notices, structure_notices
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


def _section(
    text: str, node: Node, kind: Kind, level: int, embedded: dict[int, Kind], found_in: Kind | None = None
) -> Section:
    """A section and its children; a child naming a part of its own becomes that part."""
    heading, hs, he = _heading(text, node) if node.head is not None else ("", node.start, node.start)
    end = node.end
    while end > node.start and text[end - 1] in " \n":
        end -= 1
    children = []
    plain: list[Node] = []
    owns = [
        embedded.get(id(c)) or (nested_kind(_heading(text, c)[0]) if c.head else None) for c in node.children
    ]
    # Under a combined heading (存在问题及下一步打算), a child naming the part's own kind is a part too.
    combined = any(own not in (None, kind) for own in owns)
    for child, own in zip(node.children, owns, strict=True):
        if own is not None and (own is not kind or combined):
            children.append(_section(text, child, own, level + 1, embedded, kind))
        else:
            children.append(_section(text, child, kind, level + 1, embedded))
            plain.append(child)
    is_part = level == 1 or found_in is not None
    items = section_items(text, node, kind, plain, min(end, _first_part(node, plain))) if is_part else ()
    if found_in is not None and not items:
        # The announcing sentence is itself the statement (但在…方面还存在不足。); a numbered
        # sub-section's own marker (（一）) is not part of it.
        item = make_item(text, node.head.text_start if node.head else node.start, end)
        items = (item,) if item is not None else ()
    return Section(heading, kind, level, node.start, end, hs, he, items, tuple(children), found_in)


def _first_part(node: Node, plain: list[Node]) -> int:
    """Where the first child that is a part of another kind begins (the body ends there)."""
    kept = {id(c) for c in plain}  # by identity: nodes compared by value cost a tree walk each
    return next((c.start for c in node.children if id(c) not in kept), node.end)


def _kind(text: str, node: Node, year: int | None) -> Kind:
    heading = text[node.head.text_start : node.head.text_end] if node.head else ""
    if node.implicit:
        assert node.head is not None
        return announced_kind(text[node.start : node.head.body_start], year) or Kind.MEASURES
    return classify(heading, year)


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
        notices + cleaning_notices(text, normalized) + norm_notices,
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
    title = title or found_title or title_hint or title_from_filename(path)
    year = find_year(title, normalized[preamble_start : preamble_start + 300], normalized)
    body_end = closing_start(normalized, preamble_start)
    root = parse_tree(
        normalized, preamble_start, numbered, body_end, lambda s: announced_kind(s, year) is not None
    )
    first = root.children[0].start if root.children else body_end
    preamble = normalized[preamble_start:first]
    year = find_year(title, preamble, normalized)
    sections: list[Section] = []
    if preamble.strip():
        end = preamble_start + len(preamble.rstrip())
        sections.append(Section("", Kind.PREAMBLE, 1, preamble_start, end, preamble_start, preamble_start))
    kinds = [_kind(normalized, node, year) for node in root.children]
    embedded = embed_parts(normalized, root, kinds, year)
    sections += [_section(normalized, n, k, 1, embedded) for n, k in zip(root.children, kinds, strict=True)]
    if normalized[body_end:].strip():
        start = body_end + len(normalized[body_end:]) - len(normalized[body_end:].lstrip())
        end = len(normalized.rstrip())
        sections.append(Section("", Kind.CLOSING, 1, start, end, start, start))
    parts = parts_in(tuple(sections))
    unheaded = len(embedded) + sum(1 for n in root.children if n.implicit)
    found = structure_notices(normalized, tuple(sections), parts, unheaded) + notices
    # Severe first, and among them the cause (text removed) before its effect (no headings).
    notices = tuple(sorted(found, key=lambda n: (not n.severe, n.code != "text_removed")))
    return Report(
        path=path,
        fmt=fmt,
        encoding=encoding,
        original=original,
        text=normalized,
        fingerprint=fingerprint(normalized),
        title=title,
        body=find_body(title, normalized[body_end:], preamble, normalized),
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


def read_report(path: str | Path) -> Report | ReportError:
    """A report, or the error that says why it could not be read: never raises for a bad
    file (one no rule foresaw gets its exception's name as the reason)."""
    try:
        return analyze_file(path)
    except ReportError as exc:
        return exc
    except Exception as exc:  # a file no rule foresaw must not end the whole run
        return ReportError(str(path), f"{type(exc).__name__}: {exc}")
