"""Word-level differences between two matched items, for the side-by-side highlight.

diff-match-patch runs over words, not characters: each jieba word is mapped to one
private character (the library's own line-mode technique applied to words), diffed, and
mapped back. Chinese differences then start and end on word boundaries and read as
"配备法律顾问 → 聘请法律顾问" rather than scattered single characters.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from diff_match_patch import diff_match_patch

from .tokens import words

_TIMEOUT = 2.0  # seconds; items are short, so this is a guard, not a budget


class Op(str, Enum):
    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text: ``DELETE`` pieces come from ``a``, ``INSERT`` from ``b``, ``EQUAL`` from both.

    ``a_start``/``b_start`` are offsets into the texts given to :func:`word_diff`.
    """

    op: Op
    text: str
    a_start: int
    b_start: int


def _encode(tokens: list[str], table: dict[str, str]) -> str:
    out = []
    for token in tokens:
        if token not in table:
            table[token] = chr(0xE000 + len(table)) if len(table) < 6400 else chr(0xF0000 + len(table))
        out.append(table[token])
    return "".join(out)


@lru_cache(maxsize=512)
def word_diff(a: str, b: str) -> tuple[Piece, ...]:
    """The differences turning ``a`` into ``b``, on word boundaries (cached: views ask often)."""
    table: dict[str, str] = {}
    a_words, b_words = _words_with_space(a), _words_with_space(b)
    encoded_a, encoded_b = _encode(a_words, table), _encode(b_words, table)
    reverse = {v: k for k, v in table.items()}
    dmp = diff_match_patch()
    dmp.Diff_Timeout = _TIMEOUT
    diffs = dmp.diff_main(encoded_a, encoded_b, False)
    dmp.diff_cleanupSemantic(diffs)
    pieces = []
    a_pos = b_pos = 0
    for code, chunk in diffs:
        text = "".join(reverse[c] for c in chunk)
        op = Op.EQUAL if code == 0 else Op.DELETE if code < 0 else Op.INSERT
        pieces.append(Piece(op, text, a_pos, b_pos))
        if op is not Op.INSERT:
            a_pos += len(text)
        if op is not Op.DELETE:
            b_pos += len(text)
    return tuple(pieces)


def _words_with_space(text: str) -> list[str]:
    """jieba words that add up to ``text`` exactly (whitespace kept as its own tokens)."""
    out: list[str] = []
    pos = 0
    for word in words(text):
        found = text.find(word, pos)
        if found > pos:
            out.append(text[pos:found])
        out.append(word)
        pos = found + len(word)
    if pos < len(text):
        out.append(text[pos:])
    return out
