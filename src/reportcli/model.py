"""The record contract: kinds, fields, and the fields derived when a knowledge base is loaded."""

from __future__ import annotations

from typing import Any

KINDS = ("indicator", "target", "term", "task")
NUMERIC_KINDS = ("indicator", "target")

REPORT_FIELDS = {
    "id": str, "region": str, "short": str, "aliases": list, "parent": (str, type(None)),
    "province": (str, type(None)), "level": str, "title": str, "date": (str, type(None)),
    "meeting": (str, type(None)),
    "speaker": (str, type(None)), "speaker_title": (str, type(None)), "review_year": int,
    "plan_year": int, "source": str, "records": list, "curated": bool, "note": str,
}
REPORT_REQUIRED = ("id", "region", "short", "title", "review_year", "plan_year", "source", "records")

_NUM = (int, float, type(None))
_STR = (str, type(None))
RECORD_FIELDS: dict[str, Any] = {
    "id": str, "kind": str, "name": str, "year": int, "period": str, "section": str,
    "quote": str, "aliases": list, "note": str, "curated": bool, "confidence": (int, float),
    "value": _NUM, "unit": _STR, "value_text": str, "growth": _NUM, "growth_unit": str,
    "qualifier": _STR, "ratio": list, "ratio_before": list, "growth_max": _NUM, "hedge": str,
    "definition": _STR, "definition_source": _STR,
    "number": (int, type(None)), "category": str, "lead": list, "parts": list, "text": str,
}
RECORD_REQUIRED = ("id", "kind", "name", "section", "quote")
KIND_FIELDS = {
    "indicator": ("value", "unit", "value_text", "growth", "growth_unit", "qualifier", "ratio",
                  "ratio_before", "growth_max", "hedge"),
    "target": ("value", "unit", "value_text", "growth", "growth_unit", "qualifier", "ratio",
               "ratio_before", "growth_max", "hedge"),
    "term": ("definition", "definition_source"),
    "task": ("number", "category", "lead", "parts", "text"),
}
COMMON_FIELDS = ("id", "kind", "name", "year", "period", "section", "quote", "aliases", "note",
                 "curated", "confidence")
DEFINITION_SOURCES = ("report", "general", None)

# Field order of the JSON contract; optional fields follow when present.
CONTRACT = ("id", "kind", "report", "region", "year", "name", "text", "quote", "section")
CONTRACT_NUMERIC = ("value", "unit", "growth", "qualifier", "base_value", "base_unit")
CONTRACT_TERM = ("definition", "definition_source")
CONTRACT_TASK = ("number", "category", "lead")
OPTIONAL = ("period", "value_text", "growth_unit", "growth_max", "hedge", "ratio", "ratio_before", "parts",
            "aliases", "note", "curated", "confidence")


def split_unit(unit: str | None, multipliers: dict[str, int]) -> tuple[int, str | None]:
    """Split 亿元 into (100000000, 元); a unit without a multiplier prefix keeps factor 1."""
    if not unit:
        return 1, unit
    for prefix in sorted(multipliers, key=len, reverse=True):
        rest = unit[len(prefix):]
        if unit.startswith(prefix) and rest:
            return multipliers[prefix], rest
    return 1, unit


def base_value(value: float | int | None, unit: str | None,
               multipliers: dict[str, int]) -> tuple[float | int | None, str | None]:
    """The value in base units, exact in decimal: 50.29 亿元 → 5029000000 元."""
    from decimal import Decimal

    factor, base_unit = split_unit(unit, multipliers)
    if value is None:
        return None, base_unit
    exact = Decimal(str(value)) * factor
    return (int(exact) if exact == exact.to_integral_value() else float(exact)), base_unit



# Words that name a kind inside a query (东胜 目标 → kind target), the one list of them.
KIND_WORDS = {
    "indicator": ("指标", "数据", "indicator", "indicators", "figures"),
    "target": ("目标", "预期目标", "target", "targets", "goal", "goals"),
    "term": ("名词解释", "名词", "术语", "提法", "term", "terms"),
    "task": ("任务", "民生实事", "task", "tasks"),
}
KIND_LETTERS = {"indicator": "i", "target": "t", "term": "k", "task": "w"}  # in record ids: eerguna-2023-i001
KIND_LABELS = {"indicator": "指标", "target": "目标", "term": "名词", "task": "任务"}

# Administrative levels of the reporting government, and the words that name them (--level).
LEVELS = {
    "national": ("national", "国家", "国家级", "国务院", "全国"),
    "province": ("province", "provincial", "省", "省级", "省自治区", "省部级"),
    "city": ("city", "prefecture", "市", "地级", "地级市", "地市", "市级"),
    "county": ("county", "县", "县级", "区县", "县区", "县市区"),
}


def level_key(word: str | None) -> str | None:
    """The level a word names (县级 → county), or None."""
    if not word:
        return None
    folded = word.strip().casefold()
    return next((level for level, words in LEVELS.items() if folded in words), None)


def figure(record: dict, prefix_qualifiers: frozenset[str] = frozenset(), spaced: bool = False) -> str:
    """The record's figure in one short phrase as the report says it: 突破200亿元, 增长6%左右, 下降2.3%,
    47:11.9:41.1 → 48.2:14.5:37.3. `spaced` puts a space between a number and its unit
    (42.82 亿元), as tables and the Python API show it.

    The qualifier binds to the value when there is one, else to the growth. A negative growth is
    written with the fall word its quote uses (下降, 减少 …).
    """
    from .provenance import FALL_WORDS
    from .provenance import format_number as fmt

    qualifier = record.get("qualifier") or ""
    pre, post = (qualifier, "") if qualifier in prefix_qualifiers else ("", qualifier)
    parts = []
    if record.get("ratio"):
        ratio = ":".join(fmt(p) for p in record["ratio"])
        if record.get("ratio_before"):
            ratio = ":".join(fmt(p) for p in record["ratio_before"]) + " → " + ratio
        parts.append(ratio)
    if record.get("value") is not None:
        unit = record.get("unit") or ""
        gap = " " if spaced and unit and unit != "%" else ""
        shown = record.get("value_text") or fmt(record["value"])
        if record.get("value_text") and unit == "位":  # a rank as written: 第三位, 首位
            parts.append(f"{pre}{shown}位{post}" if shown == "首" else f"{pre}第{shown}位{post}")
        else:
            parts.append(f"{pre}{shown}{gap}{unit}{post}")
        pre = post = ""
    if record.get("growth") is not None:
        unit = record.get("growth_unit") or "%"
        growth = record["growth"]
        word = "增长"
        if growth < 0:
            quote = record.get("quote") or ""
            word = next((w for w in FALL_WORDS if w in quote), FALL_WORDS[0])
            growth = -growth
        parts.append(f"{word}{pre}{fmt(growth)}{unit}{post}")
    elif pre or post:  # a qualifier with no figure to bind to
        parts.append(f"{pre}{post}")
    return "，".join(parts)


def when(record: dict) -> str:
    """The time a record is about: its period as the report words it (2020年以来, 2018—2022年均),
    else its year."""
    period = record.get("period") or ""
    year = record.get("year")
    if not period:
        return "" if year is None else str(year)
    return period if any(c.isdigit() for c in period) else f"{year}{period}"


def ordered(record: dict) -> dict:
    """The record with its fields in contract order, kind-specific ones after the common ones."""
    keys = list(CONTRACT)
    kind = record.get("kind")
    if kind in NUMERIC_KINDS:
        keys += CONTRACT_NUMERIC
    elif kind == "term":
        keys += CONTRACT_TERM
    elif kind == "task":
        keys += CONTRACT_TASK
    out = {k: record.get(k) for k in keys}
    for key in OPTIONAL:
        if record.get(key) not in (None, [], ""):
            out[key] = record[key]
    if "score" in record:
        out["score"] = record["score"]
    return out


# The columns of CSV and TSV output, one fixed order per kind (README: "Output formats"); a
# listing of several kinds uses ALL_COLUMNS, and a text query adds `score` at the end.
_HEAD = ("id", "kind", "report", "region", "year", "period", "name")
_NUMERIC_COLUMNS = ("value", "unit", "value_text", "growth", "growth_max", "growth_unit", "qualifier", "hedge",
                    "ratio", "ratio_before", "base_value", "base_unit")
_TERM_COLUMNS = ("definition", "definition_source")
_TASK_COLUMNS = ("number", "category", "lead", "text")
_TAIL = ("section", "quote", "note", "curated", "confidence")
COLUMNS = {
    "indicator": _HEAD + _NUMERIC_COLUMNS + _TAIL,
    "target": _HEAD + _NUMERIC_COLUMNS + _TAIL,
    "term": _HEAD + _TERM_COLUMNS + _TAIL,
    "task": _HEAD + _TASK_COLUMNS + _TAIL,
}
ALL_COLUMNS = _HEAD + _NUMERIC_COLUMNS + _TERM_COLUMNS + _TASK_COLUMNS + _TAIL


def columns_for(kind: str | None, scored: bool) -> tuple[str, ...]:
    """The CSV/TSV columns of a listing: fixed by its kind filter and whether it was a text query."""
    cols = COLUMNS.get(kind or "", ALL_COLUMNS)
    return cols + ("score",) if scored else cols


class Record(dict):
    """A record as the knowledge base holds it (a dict of its JSON fields, in contract order),
    with typed access to the common fields and `figure`, its figure as a table shows it."""

    __slots__ = ("figure",)

    def __init__(self, fields: dict, figure: str = "") -> None:
        super().__init__(fields)
        self.figure = figure

    @property
    def id(self) -> str:
        return self["id"]

    @property
    def kind(self) -> str:
        return self["kind"]

    @property
    def name(self) -> str:
        return self["name"]

    @property
    def region(self) -> str:
        return self["region"]

    @property
    def year(self) -> int | None:
        return self.get("year")

    @property
    def value(self) -> float | int | None:
        return self.get("value")

    @property
    def unit(self) -> str | None:
        return self.get("unit")

    @property
    def growth(self) -> float | int | None:
        return self.get("growth")

    @property
    def quote(self) -> str:
        return self["quote"]

    @property
    def score(self) -> float | None:
        return self.get("score")
