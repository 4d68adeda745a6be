"""Putting figures side by side: one metric across reports, and targets against their baseline.

Records are matched by name through the alias vocabulary (GDP, 地区生产总值 and 生产总值 are one
metric), exactly, never fuzzily: a comparison of near-misses would mislead.
"""

from __future__ import annotations

from collections import Counter

from .errors import NoMatch
from .index import SEP, Index
from .model import Record
from .normalize import expand, grams
from .query import Filters, KnowledgeBase
from .search import prepare, suggestions


def canonical(index: Index, metric: str) -> str:
    """The normalised canonical name of a metric (社零 → 社会消费品零售总额)."""
    q = prepare(index, metric)
    aliases = index.aliases()
    return aliases.get(q) or expand(q, aliases)[-1]


def _rows_named(index: Index, name: str, filters: Filters) -> list[tuple[int, str, str, str]]:
    """(rid, names, json, figure) of every indicator and target with `name` among its names."""
    keys = sorted(grams(name))
    found = index.postings(keys)
    if len(found) < len(keys):
        return []
    rids = sorted(set.intersection(*(set(ids) for ids in found.values())))
    where, args = filters.sql()
    out = []
    for start in range(0, len(rids), 900):
        chunk = rids[start:start + 900]
        out += index.conn.execute(
            f"SELECT r.rid, r.names, r.json, r.figure FROM records r JOIN reports p ON p.id = r.report "
            f"WHERE r.rid IN ({','.join('?' * len(chunk))}) AND r.kind IN ('indicator', 'target') AND {where} "
            f"ORDER BY r.curated DESC, p.ord, r.kind, r.rank", [*chunk, *args]).fetchall()
    return [row for row in out if name in row[1].split(SEP)]


def _fractions(records: list[dict], field: str, unit_field: str) -> tuple[list[float | None], str | None]:
    """Each record's `field` as a fraction of the largest, among records of the commonest unit.

    Records in another unit get None: shown, never silently compared.
    """
    units = Counter(r.get(unit_field) for r in records if r.get(field) is not None)
    if not units:
        return [None] * len(records), None
    unit = units.most_common(1)[0][0]
    top = max(abs(r[field]) for r in records if r.get(field) is not None and r.get(unit_field) == unit) or 1
    return [abs(r[field]) / top if r.get(field) is not None and r.get(unit_field) == unit else None
            for r in records], unit


def compare(kb: KnowledgeBase, metric: str, filters: Filters) -> dict:
    """One row per record of the metric (indicators and targets), with bar fractions:
    `value_bar` scaled on base units (亿元 and 万元 compare), `growth_bar` on growth rates."""
    index = kb.index
    name = canonical(index, metric)
    rows = [Record(index.unpack(raw), fig) for _, _, raw, fig in _rows_named(index, name, filters)]
    rows = [r for r in rows if filters.kind is None or r["kind"] == filters.kind]
    if not rows:
        where = kb.describe(filters)
        if where and _rows_named(index, name, Filters()):
            raise NoMatch(f"{metric!r} names indicators or targets, none {where}")
        raise NoMatch(f"no indicator or target named {metric!r}", suggestions(index, name))
    for r in rows:
        r.setdefault("growth_unit", "%")
    value_bars, value_unit = _fractions(rows, "base_value", "base_unit")
    growth_bars, growth_unit = _fractions(rows, "growth", "growth_unit")
    for r, vb, gb in zip(rows, value_bars, growth_bars, strict=True):
        r["value_bar"] = None if vb is None else round(vb, 6)
        r["growth_bar"] = None if gb is None else round(gb, 6)
        r["comparable"] = (r.get("base_value") is None or r.get("base_unit") == value_unit) and (
            r.get("growth") is None or r.get("growth_unit") == growth_unit)
    return {"metric": metric, "canonical": name, "value_unit": value_unit, "growth_unit": growth_unit,
            "rows": rows}


def with_baseline(kb: KnowledgeBase, targets: list[dict]) -> list[dict]:
    """Each target with `baseline`: the same report's review-year indicator of the same metric."""
    if not targets:
        return []
    index = kb.index
    reports = sorted({t["report"] for t in targets})
    marks = ",".join("?" * len(reports))
    indicators = index.conn.execute(
        f"SELECT names, json, figure FROM records WHERE kind = 'indicator' AND report IN ({marks}) ORDER BY rank",
        reports).fetchall()
    by_name: dict[tuple[str, str], dict] = {}
    for names, raw, fig in indicators:
        rec = Record(index.unpack(raw), fig)
        for n in names.split(SEP):
            by_name.setdefault((rec["report"], n), rec)
    target_names = dict(index.conn.execute(
        f"SELECT id, names FROM records WHERE kind = 'target' AND report IN ({marks})", reports).fetchall())
    out = []
    for t in targets:
        names = target_names.get(t["id"], "").split(SEP)
        base = next((by_name[(t["report"], n)] for n in names if (t["report"], n) in by_name), None)
        pair = Record(t, getattr(t, "figure", ""))
        pair["baseline"] = base
        out.append(pair)
    return out


def _headline_first(rec: dict) -> tuple:
    """Which of several records of one region and year a panel cell shows: curated first, then the
    主要预期目标 (or the review's summary) over a figure from a later paragraph, then a level or rate of
    the year over a change in points (第三产业比重 53%, not its rise of 1.5 个百分点) and over a figure of
    several years (年均, 五年), then a growth rate."""
    headline = any(w in (rec.get("section") or "") for w in ("预期目标", "主要目标"))
    return (not rec.get("curated", True), not headline, rec.get("unit") == "个百分点",
            rec.get("period") is not None, rec.get("growth") is None)


def panel(kb: KnowledgeBase, metric: str, filters: Filters, years: tuple[int, int] | None = None) -> dict:
    """The metric for regions × years (the research panel): long-form rows, one per region and year
    (see `_headline_first` for which when several give it), with the years and regions in order."""
    chosen = compare(kb, metric, filters)["rows"]
    rows = [r for r in chosen if years is None or years[0] <= (r.get("year") or 0) <= years[1]]
    if not rows:
        where = kb.describe(filters)
        raise NoMatch(f"{metric!r} has no record of {years[0]}–{years[1]}" + (f", {where}" if where else ""))
    cells: dict[tuple[str, int], dict] = {}
    for r in sorted(rows, key=_headline_first):
        cells.setdefault((r["region"], r["year"]), r)
    regions = list(dict.fromkeys(region for region, _ in cells))
    return {"metric": metric, "canonical": canonical(kb.index, metric), "years": sorted({y for _, y in cells}),
            "regions": regions, "rows": list(cells.values())}
