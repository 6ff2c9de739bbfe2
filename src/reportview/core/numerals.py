"""Chinese and Arabic ordinal numbers as used in heading markers (一、 十一、 （二十）)."""

from __future__ import annotations

DIGITS = "零一二三四五六七八九"
_VALUES = {c: i for i, c in enumerate(DIGITS)} | {
    "〇": 0,
    "两": 2,
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese_to_int(text: str) -> int | None:
    """Parse 一 … 九十九 (and 百 up to 999); ``None`` if ``text`` is not such a number."""
    if not text:
        return None
    total, current = 0, 0
    for ch in text:
        if ch in _VALUES:
            current = _VALUES[ch]
        elif ch in "十拾":
            total += (current or 1) * 10
            current = 0
        elif ch in "百佰":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    value = total + current
    return value or None


def int_to_chinese(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一 (for 1 ≤ n < 1000)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        return DIGITS[n // 10] + "十" + (DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    head = DIGITS[n // 100] + "百"
    if not rest:
        return head
    return head + (
        "零" + DIGITS[rest]
        if rest < 10
        else int_to_chinese(rest)
        if rest >= 20
        else "一" + int_to_chinese(rest)
    )


def circled_to_int(ch: str) -> int | None:
    idx = CIRCLED.find(ch)
    return idx + 1 if idx >= 0 else None


def to_roman(n: int) -> str:
    parts = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ]
    out = []
    for value, sym in parts:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def to_letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out
