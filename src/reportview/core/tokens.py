"""Words from jieba: plain segmentation for diffs, search-mode segmentation for matching.

jieba loads its dictionary (about a second) on first use; :func:`warm_up` lets a caller
pay that cost early and off the GUI thread. Its cache goes under the user cache folder.

With the optional ``fast`` extra (``rjieba``), long work is segmented by rjieba instead,
about twenty times faster, with the same words: it is given jieba's own dictionary, genre
words and total (see :func:`_fast`), and a test holds the two to identical output. It takes
over only once a process has segmented ``FAST_AFTER`` characters, or is about to (see
:func:`expect`), so short jobs never pay for building it.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

_LOCK = threading.Lock()
_READY = False
#: Characters segmented by jieba before rjieba (when installed) takes over.
FAST_AFTER = 200_000
_segmented = [0]
_fast_now = [False]  # a job said to be large (:func:`expect`) is segmented fast from its start
_fast_cut: list[Any] = []  # [rjieba's cut], once built; [None] when not installed or not wanted


def _load_cache(tokenizer: Any) -> bool:
    """Load jieba's cached dictionary in one read (``marshal.loads`` on the whole file is
    several times faster than ``marshal.load`` on the open file), with jieba's own freshness
    check; ``False`` leaves the work to ``jieba.initialize``, which also builds the cache."""
    import marshal

    import jieba

    if tokenizer.initialized or tokenizer.cache_file or tokenizer.dictionary != jieba.DEFAULT_DICT:
        return False
    cache = Path(tokenizer.tmp_dir or tempfile.gettempdir()) / "jieba.cache"
    try:
        freq, total = marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return False
    if not isinstance(freq, dict) or not freq:
        return False
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
    return True


def _import_jieba() -> Any:
    """jieba, imported without ``pkg_resources`` (about 0.2 s of setuptools that jieba uses
    only to find its own files, which it then finds beside itself)."""
    import sys

    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import fails: jieba's fallback
    try:
        import jieba
    finally:
        if blocked:
            del sys.modules["pkg_resources"]
    return jieba


def _configure() -> None:
    global _READY
    with _LOCK:
        if _READY:
            return
        jieba = _import_jieba()

        jieba.setLogLevel(logging.WARNING)
        try:
            from .paths import cache_dir

            jieba.dt.tmp_dir = str(cache_dir())
        except OSError:
            pass
        if not _load_cache(jieba.dt):
            jieba.initialize()
        from .genre import genre_words

        for word in genre_words():  # the genre's terms stay whole (合法性审查, 法律明白人)
            jieba.add_word(word, 2000)
        _READY = True


def warm_up() -> None:
    """Load jieba's dictionary and the genre's word weights now (idempotent, thread-safe)."""
    from .genre import idf

    _configure()
    idf("")


def _fast() -> Any:
    """rjieba's ``cut`` over jieba's dictionary as it stands (genre words included), or
    ``None``. jieba adds a word's frequency to its total even when the word was already in
    the dictionary; one word no text holds carries that difference, so both weigh every
    route alike."""
    with _LOCK:
        return _build_fast()


def _build_fast() -> Any:
    if not _fast_cut:
        cut = None
        if os.environ.get("REPORTVIEW_TOKENIZER", "") != "jieba":
            try:
                import rjieba
            except ImportError:
                rjieba = None
            if rjieba is not None:
                import jieba

                fast = rjieba.Jieba.empty()
                counted = 0
                for word, freq in jieba.dt.FREQ.items():
                    if freq:
                        fast.add_word(word, freq, None)
                        counted += freq
                if jieba.dt.total > counted:
                    fast.add_word(_NO_TEXT, jieba.dt.total - counted, None)
                cut = fast.cut
        _fast_cut.append(cut)
    return _fast_cut[0]


_NO_TEXT = "\ue000\ue001"  # private-use characters: in no report once it is normalised


def expect(chars: int) -> None:
    """Say that about ``chars`` characters are to be segmented now: when that takes the
    process past ``FAST_AFTER``, rjieba (when installed) takes over from the first of them,
    instead of after jieba has done the first ``FAST_AFTER`` (building it costs what jieba
    takes for about 120,000 characters; it segments them some twenty times faster)."""
    if _segmented[0] + chars > FAST_AFTER:
        _fast_now[0] = True


def segment(text: str) -> list[str]:
    """jieba's words of ``text`` (no HMM for unknown words), whitespace included."""
    _configure()
    _segmented[0] += len(text)
    if (_fast_now[0] or _segmented[0] > FAST_AFTER) and (cut := _fast()) is not None:
        return list(cut(text, False))
    import jieba

    return jieba.lcut(text, HMM=False)


def words(text: str) -> list[str]:
    """jieba's segmentation of ``text``, whitespace dropped, punctuation kept."""
    return [w for w in segment(text) if not w.isspace()]


def search_words(text: str) -> list[tuple[str, int]]:
    """jieba's words with their offsets, each followed by the dictionary words that begin or
    end it, so ``法治专业力量`` meets ``专业力量`` and ``力量`` (but not an infix such as 作人
    in 工作人员)."""
    _configure()
    import jieba

    freq = jieba.dt.FREQ
    out = []
    pos = 0
    for word in segment(text):
        start, pos = pos, pos + len(word)
        if word.isspace():
            continue
        out.append((word, start))
        for size in range(len(word) - 1, 1, -1):
            for at in dict.fromkeys((0, len(word) - size)):  # ordered: never set order
                if freq.get(word[at : at + size]):
                    out.append((word[at : at + size], start + at))
    return out
