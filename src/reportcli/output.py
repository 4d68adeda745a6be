"""Rendering of records for every command: rich tables, JSON, JSON Lines and CSV.

Only the table format imports rich. Table cells are plain `Text`, so markup in the data is
shown literally, and control characters (ANSI/OSC escapes) are made visible, never sent.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from typing import TextIO

FORMATS = ("table", "json", "jsonl", "csv")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: object) -> str:
    """Text safe for a terminal: control characters shown as \\xNN escapes."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", "" if text is None else str(text))


def fmt_number(value: float | int | None) -> str:
    """A number as the report writes it, blank for none (provenance is imported only for tables)."""
    if value is None:
        return ""
    from .provenance import format_number

    return format_number(value)


def figure(rec: dict) -> str:
    """Short figure for a mixed table: 42.82亿元, +6% 左右, 48.2:14.5:37.3."""
    parts = []
    if rec.get("ratio"):
        parts.append(":".join(fmt_number(p) for p in rec["ratio"]))
    if rec.get("value") is not None:
        parts.append(f"{fmt_number(rec['value'])}{rec.get('unit') or ''}")
    if rec.get("growth") is not None:
        parts.append(f"+{fmt_number(rec['growth'])}{rec.get('growth_unit') or '%'}")
    if rec.get("qualifier"):
        parts.append(rec["qualifier"])
    return " ".join(parts)


def detail(rec: dict) -> str:
    kind = rec.get("kind")
    if kind in ("indicator", "target"):
        return figure(rec)
    if kind == "term":
        return rec.get("definition") or ""
    if kind == "task":
        return "、".join(rec.get("lead") or [])
    return ""


# column title, getter, options — chosen by what the listing holds
def _columns(records: list[dict], scored: bool) -> list[tuple[str, object, dict]]:
    kinds = {r.get("kind") for r in records}
    cols: list[tuple[str, object, dict]] = []
    if scored:
        cols.append(("Score", lambda r: f"{r['score']:.0f}", {"justify": "right"}))
    if len(kinds) > 1:
        cols.append(("Kind", lambda r: r.get("kind"), {}))
    cols.append(("Region", lambda r: r.get("region"), {"no_wrap": True}))
    if kinds <= {"indicator", "target"}:
        cols += [("Year", lambda r: r.get("year"), {}), ("Name", lambda r: r.get("name"), {}),
                 ("Value", lambda r: fmt_number(r.get("value")), {"justify": "right"}),
                 ("Unit", lambda r: r.get("unit"), {}),
                 ("Growth %", lambda r: fmt_number(r.get("growth")), {"justify": "right"}),
                 ("Qualifier", lambda r: r.get("qualifier"), {})]
    elif kinds == {"term"}:
        cols += [("Term", lambda r: r.get("name"), {}), ("Definition", lambda r: r.get("definition"), {"ratio": 3}),
                 ("From", lambda r: r.get("definition_source") or "", {})]
    elif kinds == {"task"}:
        cols += [("No.", lambda r: r.get("number"), {"justify": "right"}),
                 ("Category", lambda r: r.get("category"), {}), ("Task", lambda r: r.get("name"), {"ratio": 2}),
                 ("Lead", lambda r: "、".join(r.get("lead") or []), {"ratio": 1})]
    else:
        cols += [("Year", lambda r: r.get("year"), {}), ("Name", lambda r: r.get("name"), {"ratio": 2}),
                 ("Detail", detail, {"ratio": 2})]
    if any(r.get("curated") is False for r in records):
        cols.append(("Curated", lambda r: "yes" if r.get("curated", True) else "draft", {}))
    cols.append(("ID", lambda r: r.get("id"), {"style": "dim", "no_wrap": True}))
    return cols


def _console(stream: TextIO):
    """A console that never truncates: on a pipe or file it is wide (COLUMNS, else 160)."""
    import os

    from rich.console import Console

    tty = hasattr(stream, "isatty") and stream.isatty()
    width = None if tty else int(os.environ.get("COLUMNS") or 160)
    return Console(file=stream, highlight=False, emoji=False, markup=False, soft_wrap=False, width=width)


def table(records: list[dict], stream: TextIO, title: str | None = None) -> None:
    from rich.table import Table
    from rich.text import Text

    scored = bool(records) and "score" in records[0]
    tbl = Table(title=visible(title) if title else None, show_lines=False, header_style="bold")
    columns = _columns(records, scored)
    for name, _, opts in columns:
        tbl.add_column(name, overflow="fold", **opts)
    for rec in records:
        tbl.add_row(*(Text(visible(get(rec))) for _, get, _ in columns))
    _console(stream).print(tbl)


def record_panel(rec: dict, stream: TextIO) -> None:
    """One record in full: every field on its own row."""
    from rich.table import Table
    from rich.text import Text

    tbl = Table(show_header=False, box=None, padding=(0, 1))
    tbl.add_column(style="bold", no_wrap=True)
    tbl.add_column()
    for key, value in rec.items():
        shown = "、".join(map(str, value)) if isinstance(value, list) and all(isinstance(v, str) for v in value) else (
            json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else fmt_number(value)
            if isinstance(value, float) else value)
        tbl.add_row(Text(key), Text(visible(shown)))
    _console(stream).print(tbl)


def csv_cell(value: object) -> object:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def write_csv(records: list[dict], stream: TextIO) -> None:
    import csv

    fields: list[str] = []
    for rec in records:
        fields += [k for k in rec if k not in fields]
    writer = csv.DictWriter(stream, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for rec in records:
        writer.writerow({k: csv_cell(v) for k, v in rec.items()})


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def render(records: list[dict], fmt: str, stream: TextIO | None = None, title: str | None = None) -> None:
    """Write records in the chosen format (table, json, jsonl, csv)."""
    stream = stream or sys.stdout
    if fmt == "json":
        stream.write(dumps(records) + "\n")
    elif fmt == "jsonl":
        stream.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    elif fmt == "csv":
        write_csv(records, stream)
    else:
        table(records, stream, title)


def render_one(rec: dict, fmt: str, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    if fmt == "table":
        record_panel(rec, stream)
    else:
        render([rec], fmt, stream)


def report_rows(reports: Iterable[dict]) -> list[dict]:
    """Report metadata as flat rows for listing."""
    keep = ("id", "region", "short", "parent", "province", "title", "date", "meeting", "speaker",
            "speaker_title", "review_year", "plan_year", "source", "curated", "counts")
    return [{k: r.get(k) for k in keep} for r in reports]


def reports_table(reports: list[dict], stream: TextIO | None = None) -> None:
    from rich.table import Table
    from rich.text import Text

    tbl = Table(header_style="bold")
    for name in ("ID", "Region", "Parent", "Title", "Date", "Speaker", "Years", "Records"):
        tbl.add_column(name, overflow="fold")
    for r in reports:
        counts = r.get("counts") or {}
        tbl.add_row(*(Text(visible(x)) for x in (
            r["id"], r["region"], r.get("parent") or "", r["title"], r.get("date") or "",
            f"{r.get('speaker_title') or ''} {r.get('speaker') or ''}".strip(),
            f"{r['review_year']}→{r['plan_year']}",
            " ".join(f"{k} {v}" for k, v in counts.items()))))
    _console(stream or sys.stdout).print(tbl)


# --- bars ------------------------------------------------------------------------------------

_EIGHTHS = " ▏▎▍▌▋▊▉"
STACK = ("█", "▓", "░")  # primary, secondary, tertiary: readable without colour


def bar(fraction: float | None, width: int = 24) -> str:
    """A horizontal bar of `fraction` × width cells, to an eighth of a cell."""
    if fraction is None:
        return ""
    eighths = round(max(0.0, min(1.0, fraction)) * width * 8)
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def stacked(parts: list[float], width: int = 40) -> str:
    """A stacked bar of shares (三次产业结构 48.2:14.5:37.3), one character style per part."""
    total = sum(parts) or 1
    cells = [round(p / total * width) for p in parts]
    cells[-1] = max(0, width - sum(cells[:-1]))
    return "".join(STACK[i % len(STACK)] * n for i, n in enumerate(cells))


def _figure_cell(rec: dict | None) -> str:
    if not rec:
        return "—"
    return f"{rec.get('year')}: {figure(rec) or '(no figure)'}"


def compare_table(result: dict, stream: TextIO | None = None) -> None:
    """One row per record, value and growth bars; structure ratios as stacked bars."""
    console = _console(stream or sys.stdout)
    for renderable in compare_renderables(result):
        console.print(renderable)


def compare_renderables(result: dict) -> list:
    """The rich tables of a comparison (also used to draw the README picture)."""
    from rich.table import Table
    from rich.text import Text

    rows = result["rows"]
    tbl = Table(title=visible(f"compare: {result['metric']}"), header_style="bold")
    for name, opts in (("Region", {}), ("Year", {}), ("Kind", {}), ("Figure", {}),
                       (f"Value ({result['value_unit'] or '—'})", {"no_wrap": True}),
                       (f"Growth ({result['growth_unit'] or '—'})", {"no_wrap": True}),
                       ("ID", {"style": "dim", "no_wrap": True})):
        tbl.add_column(name, overflow="fold", **opts)
    for r in rows:
        mark = "" if r.get("comparable", True) else " (unit differs: not scaled)"
        kind = r["kind"] if r.get("curated", True) else f"{r['kind']} (draft)"
        tbl.add_row(*(Text(visible(x)) for x in (
            r["region"], str(r["year"]), kind, figure(r) + mark, bar(r.get("value_bar")),
            bar(r.get("growth_bar")), r["id"])))
    structures = [r for r in rows if r.get("ratio")]
    return [tbl, structure_renderable(structures)] if structures else [tbl]


def structure_renderable(records: list[dict]):
    """Structure ratios (三次产业结构) as stacked bars, the earlier structure first."""
    from rich.table import Table
    from rich.text import Text

    tbl = Table(title=f"structure ({STACK[0]} {STACK[1]} {STACK[2]} = parts in order)", header_style="bold")
    for name in ("Region", "Year", "Structure", "Bar"):
        tbl.add_column(name, overflow="fold")
    for r in records:
        if r.get("ratio_before"):
            tbl.add_row(Text(visible(r["region"])), Text("earlier"),
                        Text(":".join(fmt_number(p) for p in r["ratio_before"])), Text(stacked(r["ratio_before"])))
        tbl.add_row(Text(visible(r["region"])), Text(str(r["year"])),
                    Text(":".join(fmt_number(p) for p in r["ratio"])), Text(stacked(r["ratio"])))
    return tbl


def baseline_table(pairs: list[dict], stream: TextIO | None = None) -> None:
    """Targets beside the review-year figure they build on, each pair on one scale."""
    from rich.table import Table
    from rich.text import Text

    tbl = Table(title="targets against their baseline", header_style="bold")
    for name, opts in (("Region", {}), ("Name", {}), ("Baseline", {}), ("", {"no_wrap": True, "min_width": 16}),
                       ("Target", {}), (" ", {"no_wrap": True, "min_width": 16}),
                       ("ID", {"no_wrap": True, "style": "dim"})):
        tbl.add_column(name, overflow="fold", **opts)
    for t in pairs:
        b = t.get("baseline")
        base_bar = target_bar = ""
        if b:
            for field, unit in (("base_value", "base_unit"), ("growth", "growth_unit")):
                if t.get(field) is not None and b.get(field) is not None and t.get(unit) == b.get(unit):
                    top = max(abs(t[field]), abs(b[field])) or 1
                    base_bar, target_bar = bar(abs(b[field]) / top, 16), bar(abs(t[field]) / top, 16)
                    break
        tbl.add_row(*(Text(visible(x)) for x in (t["region"], t["name"], _figure_cell(b), base_bar,
                                                  _figure_cell(t), target_bar, t["id"])))
    _console(stream or sys.stdout).print(tbl)
