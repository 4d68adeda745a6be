"""The record contract: kinds, fields, and the fields derived when a knowledge base is loaded."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .provenance import format_number as fmt

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
    "quote": str, "aliases": list, "note": str, "curated": bool,
    "value": _NUM, "unit": _STR, "value_text": str, "growth": _NUM, "growth_unit": str,
    "qualifier": _STR, "ratio": list, "ratio_before": list,
    "definition": _STR, "definition_source": _STR,
    "number": (int, type(None)), "category": str, "lead": list, "parts": list, "text": str,
}
RECORD_REQUIRED = ("id", "kind", "name", "section", "quote")
KIND_FIELDS = {
    "indicator": ("value", "unit", "value_text", "growth", "growth_unit", "qualifier", "ratio",
                  "ratio_before"),
    "target": ("value", "unit", "value_text", "growth", "growth_unit", "qualifier", "ratio",
               "ratio_before"),
    "term": ("definition", "definition_source"),
    "task": ("number", "category", "lead", "parts", "text"),
}
COMMON_FIELDS = ("id", "kind", "name", "year", "period", "section", "quote", "aliases", "note",
                 "curated")
DEFINITION_SOURCES = ("report", "general", None)

# Field order of the JSON contract; optional fields follow when present.
CONTRACT = ("id", "kind", "report", "region", "year", "name", "text", "quote", "section")
CONTRACT_NUMERIC = ("value", "unit", "growth", "qualifier", "base_value", "base_unit")
CONTRACT_TERM = ("definition", "definition_source")
CONTRACT_TASK = ("number", "category", "lead")
OPTIONAL = ("period", "value_text", "growth_unit", "ratio", "ratio_before", "parts", "aliases",
            "note", "curated")


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
    factor, base_unit = split_unit(unit, multipliers)
    if value is None:
        return None, base_unit
    exact = Decimal(str(value)) * factor
    return (int(exact) if exact == exact.to_integral_value() else float(exact)), base_unit


def figure(record: dict, prefix_qualifiers: frozenset[str] = frozenset()) -> str:
    """The record's figure in one short phrase: 突破200亿元, 增长6%左右, 47:11.9:41.1 → 48.2:14.5:37.3.

    The qualifier binds to the value when there is one, else to the growth.
    """
    qualifier = record.get("qualifier") or ""
    pre, post = (qualifier, "") if qualifier in prefix_qualifiers else ("", qualifier)
    parts = []
    if record.get("ratio"):
        ratio = ":".join(fmt(p) for p in record["ratio"])
        if record.get("ratio_before"):
            ratio = ":".join(fmt(p) for p in record["ratio_before"]) + " → " + ratio
        parts.append(ratio)
    if record.get("value") is not None:
        shown = fmt(record["value"])
        parts.append(f"{pre}{shown}{record.get('unit') or ''}{post}")
        pre = post = ""
    if record.get("growth") is not None:
        unit = record.get("growth_unit") or "%"
        parts.append(f"增长{pre}{fmt(record['growth'])}{unit}{post}")
    return "，".join(parts)


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
