"""Turn the bytes of a plain-text file into text: BOMs, UTF-8, UTF-16, GB18030, Big5.

Detection is charset-normalizer's; GB2312 and GBK answers are widened to GB18030, their
superset, so that rarer characters in place names survive.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .chars import count_ideographs

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WIDEN = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "hz": "gb18030",
    "cp936": "gb18030",
    "big5hkscs": "big5hkscs",
    "cp950": "big5",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    truncated: bool = False
    guessed: bool = False  # detection was unsure: the text may hold wrong characters


class BinaryData(ValueError):
    """The bytes are not text in any encoding a report could be in."""


def cjk_ratio(text: str) -> float:
    """Share of non-space characters that are CJK ideographs."""
    visible = sum(map(len, text.split()))  # str.split cuts at exactly what str.isspace is
    return count_ideographs(text) / visible if visible else 0.0


def _strict(data: bytes, encoding: str) -> Decoded | None:
    """Decode strictly; a multibyte character cut off at the very end counts as truncation."""
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 4 and exc.reason in (
            "unexpected end of data",
            "incomplete multibyte sequence",
            "truncated data",
        ):
            try:
                return Decoded(data[: exc.start].decode(encoding), encoding, truncated=True)
            except UnicodeDecodeError:
                return None
        return None
    except LookupError:
        return None


def _utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark: the byte order whose text reads as Chinese."""
    best: Decoded | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        found = _strict(data[: len(data) - len(data) % 2], encoding)
        if found is None:
            continue
        sample = found.text[:20000]
        if (
            len(_CONTROL.findall(sample)) <= len(sample) // 100
            and cjk_ratio(sample) > 0.3
            and (best is None or cjk_ratio(sample) > cjk_ratio(best.text[:20000]))
        ):
            best = found
    return best


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` or raise :class:`BinaryData`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            found = _strict(data[len(bom) :], encoding)
            if found is not None:
                return _checked(found)
    if b"\x00" in data[:65536]:
        found = _utf16(data)
        if found is None:
            raise BinaryData("NUL bytes")
        return _checked(found)
    found = _strict(data, "utf-8")
    if found is not None:
        return _checked(found)
    import charset_normalizer  # only files that are not UTF-8 need detection

    best = charset_normalizer.from_bytes(data).best()
    candidates = []
    if best is not None:
        name = best.encoding.lower().replace("_", "-")
        candidates.append(_WIDEN.get(name.replace("-", ""), _WIDEN.get(name, name)))
    candidates += ["gb18030", "big5"]
    for rank, encoding in enumerate(candidates):
        found = _strict(data, encoding)
        if found is not None and cjk_ratio(found.text[:20000]) > 0.2:
            sure = rank == 0 and best is not None and best.chaos < 0.2
            return _checked(Decoded(found.text, found.encoding, found.truncated, guessed=not sure))
    if best is not None:
        return _checked(Decoded(str(best), best.encoding, guessed=True))
    raise BinaryData("no text encoding fits")


def _checked(decoded: Decoded) -> Decoded:
    sample = decoded.text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise BinaryData("control characters")
    return decoded
