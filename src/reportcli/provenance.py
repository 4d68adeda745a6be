"""Checks that tie a record to its source text: the quote occurs, the numbers occur in the quote.

These are the rules the knowledge base is held to (tests and `reportcli validate` call them).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

_SPACE = re.compile(r"\s+")
# the words of a fall, the one list: a negative growth's quote must hold one, and drafting reads a
# figure after one as a fall (降 alone as short reports write it: 同比降2.5%; 比降 for 比上年下降)
FALL_WORDS = ("下降", "同比下降", "同比降", "比降", "减少", "降低", "回落", "削减", "减排", "压减", "压缩", "缩短",
              "精简", "降幅收窄至", "降幅收窄到", "下降了", "降低了", "减少了", "减产",
              "负增长", "降")  # (the first is the word a fall is shown with when its quote holds none of them)
_RATIO = re.compile(r"\d+(?:\.\d+)?(?: ?[:∶] ?\d+(?:\.\d+)?)+")  # (∶, the ratio sign, is no colon to NFKC;
# a space may stand beside it as printed: 16.5 ∶44.7)

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}


def squash_space(text: str) -> str:
    """Fold every run of whitespace into one space (quotes may differ from the source only so)."""
    return _SPACE.sub(" ", text).strip()


def quote_in_source(quote: str, source: str, squashed: bool = False) -> bool:
    """True when the quote occurs verbatim in the source, whitespace normalised.

    Pass `squashed=True` with a source already through `squash_space` (to check many quotes).
    """
    q = squash_space(quote)
    return bool(q) and q in (source if squashed else squash_space(source))


def without_separators(text: str) -> str:
    """The text with thousands separators taken out of its numbers: 1,200 and 1 200 are 1200."""
    return re.sub(r"(?<=\d)[, ](?=\d{3}(?!\d))", "", text)


def format_number(value: float | int) -> str:
    """Render a number as a report writes it: 6 not 6.0, 50.29 not 50.290000001."""
    return format(Decimal(str(value)).normalize(), "f")


def number_in_text(value: float | int, text: str) -> bool:
    """True when the number stands in the text as a whole number token (not inside 150.29)."""
    token = format_number(value)
    start = text.find(token)
    while start != -1:
        end = start + len(token)
        # a report may write trailing zeros: 4.0%, 1.70万亿元 are 4 and 1.7
        zeros = re.match(r"0+" if "." in token else r"\.0+", text[end:])
        if zeros and not text[end + zeros.end():end + zeros.end() + 1].isdigit():
            end += zeros.end()
        before, after = text[start - 1:start], text[end:end + 2]
        inside_before = before.isdigit() or before == "."
        inside_after = after[:1].isdigit() or (after[:1] == "." and after[1:2].isdigit())
        if not inside_before and not inside_after:
            return True
        start = text.find(token, start + 1)
    return False


_POWERS = {"十": 10, "百": 100, "千": 1000}


def parse_chinese_number(text: str) -> int | None:
    """Parse a Chinese numeral (三, 九十九, 千, 两万, 一千二百, 首 as first); None when it is not one."""
    text = text.strip()
    if text == "首":
        return 1
    if not text or any(c not in _DIGITS and c not in _POWERS and c != "万" for c in text):
        return None
    high, _, low = text.rpartition("万")
    if "万" in high:
        return None
    total = (_section(high) or 1) * 10_000 if "万" in text else 0
    rest = _section(low) if low else 0
    return None if rest is None or ("万" in text and high and _section(high) is None) else total + rest


def _section(text: str) -> int | None:
    """一千二百三十四 and its shorter forms (below 万); None for digits in a row (一二)."""
    total, digit = 0, None
    for c in text:
        if c in _DIGITS:
            if digit is not None:
                return None
            digit = _DIGITS[c]
        else:
            total += (1 if digit is None else digit) * _POWERS[c]
            digit = None
    return total + (digit or 0)


# a growth written in words: 零增长 0%, 翻番 (翻一番, 翻了一番) 100%, 翻两番 300%, 翻三番 700%
def _unit_alone(record: dict, quote: str) -> bool:
    """Whether the quote writes the record's unit with no number before it, as one of it (突破万亿元: 1 万亿元)."""
    unit = record.get("unit") or ""
    return unit.startswith(("万亿", "千亿", "百亿")) and \
        re.search(rf"(?<![\d.一二两三四五六七八九十百千万]){re.escape(unit[:2])}", quote) is not None


_GROWTH_WORDS = {0: ("零增长",), 100: ("翻番", "翻一番"), 300: ("翻两番",), 700: ("翻三番",)}


def _fall_in(number: float | int, quote: str) -> bool:
    """Whether a negative number is in the quote as a fall: its size and a word of fall, or the
    number with its sign (增长-16.8%)."""
    return number_in_text(-number, quote) and any(w in quote for w in FALL_WORDS) or number_in_text(number, quote)


def value_problems(record: dict) -> list[str]:
    """Every way the record's numbers fail to appear in its quote (empty when all is well).

    Digits are compared after width normalisation (８ is 8), as the quote itself may not be.
    """
    quote = unicodedata.normalize("NFKC", squash_space(record.get("quote") or ""))
    quote = without_separators(quote)
    problems: list[str] = []
    value = record.get("value")
    value_text = record.get("value_text")
    if value_text is not None:
        if value_text not in quote:
            problems.append(f"value_text {value_text!r} is not in the quote")
        elif value is not None and parse_chinese_number(value_text) != value:
            problems.append(f"value_text {value_text!r} does not read as {value}")
    elif value is not None and value < 0 and record.get("unit") in ("个百分点", "%"):  # 下降3个百分点: -3 points
        if not _fall_in(value, quote):
            problems.append(f"value {format_number(value)} is not in the quote (as a fall)")
    elif value is not None and not number_in_text(value, quote) and not (value == 1 and _unit_alone(record, quote)):
        problems.append(f"value {format_number(value)} is not in the quote")
    growth = record.get("growth")
    if growth is not None and growth < 0:  # a fall: 下降2.3% is growth -2.3
        if not _fall_in(growth, quote):
            problems.append(f"growth {format_number(growth)} is not in the quote (as a fall)")
    elif growth is not None and not number_in_text(growth, quote) and \
            f"{format_number(growth / 100)}倍" not in quote and \
            not any(w in quote.replace("翻了", "翻") for w in _GROWTH_WORDS.get(growth, ())):  # (增长1.71倍: 171%)
        problems.append(f"growth {format_number(growth)} is not in the quote")
    ratios = [[float(x) for x in re.split(" ?[:∶] ?", r)] for r in _RATIO.findall(unicodedata.normalize("NFKC", quote))]
    for field in ("ratio", "ratio_before"):
        parts = record.get(field)
        if parts and [float(p) for p in parts] not in ratios:
            problems.append(f"{field} {':'.join(format_number(p) for p in parts)} is not in the quote")
    top = record.get("growth_max")
    if top is not None and not number_in_text(abs(top), quote):
        problems.append(f"growth_max {format_number(top)} is not in the quote")
    hedge = record.get("hedge")
    if hedge and hedge not in quote:
        problems.append(f"hedge {hedge!r} is not in the quote")
    qualifier = record.get("qualifier")
    if qualifier and qualifier not in quote:
        problems.append(f"qualifier {qualifier!r} is not in the quote")
    return problems


def quote_position(quote: str, source: str) -> tuple[int, int] | None:
    """(line, column) of the source where the quote starts, both from 1 (whitespace normalised
    as in `quote_in_source`; a column, as some reports are a few very long lines); None when the
    quote is not there."""
    wanted = squash_space(quote)
    squashed: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(source):
        if ch.isspace():
            if squashed and squashed[-1] != " ":
                squashed.append(" ")
                offsets.append(i)
        else:
            squashed.append(ch)
            offsets.append(i)
    found = "".join(squashed).find(wanted) if wanted else -1
    if found < 0:
        return None
    start = offsets[found]
    return source.count("\n", 0, start) + 1, start - source.rfind("\n", 0, start)
