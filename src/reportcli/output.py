"""Every rendering of every command: width-aware tables, plain lines for pipes, TSV, CSV, JSON, JSON Lines.

The output options are one piece, `Output`, which every listing command takes whole. Tables are
laid out by `layout` (no rich: it cannot keep 42.82亿元 or a record id on one line), styled
only on a terminal without NO_COLOR. Control characters in the data (ANSI/OSC escapes) are
made visible, never sent.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from typing import TextIO

from .model import NUMERIC_KINDS, columns_for, when

FORMATS = ("table", "plain", "tsv", "csv", "json", "jsonl")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
UNITS = (
    "万亿元", "亿元", "万元", "亿美元", "万美元", "美元", "元", "个百分点", "%", "万人次", "人次", "万人", "人",
    "万户", "户", "万亩", "亩", "公顷", "平方公里", "万平方米", "平方米", "万立方米", "立方米", "公里", "万吨", "吨",
    "亿斤", "万斤", "斤", "年", "位", "倍", "个", "项", "家", "所", "座", "条", "处", "名", "件", "套", "辆", "月",
    "日")


def visible(text: object) -> str:
    """Text safe for a terminal: control characters shown as \\xNN escapes."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", "" if text is None else str(text))


def one_line(text: object) -> str:
    """A cell for a line-oriented format: visible, no tabs or line breaks, no-break spaces plain."""
    from .layout import NBSP, WJ

    return " ".join(visible(text).replace(NBSP, " ").replace(WJ, "").split()) if text is not None else ""


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


class Output:
    """Where and how a command writes: the format, the stream, the width, and styling."""

    __slots__ = ("fmt", "stream", "styled", "width")

    def __init__(self, fmt: str, stream: TextIO, styled: bool, width: int) -> None:
        self.fmt, self.stream, self.styled, self.width = fmt, stream, styled, width

    @classmethod
    def choose(cls, fmt: str | None, force_table: bool = False, no_color: bool = False,
               stream: TextIO | None = None) -> Output:
        """`fmt` None means a table on a terminal and plain tab-separated lines on a pipe (as gh
        does); `force_table` draws the table on a pipe too. NO_COLOR, TERM=dumb and `no_color`
        turn styling off."""
        stream = stream or sys.stdout
        tty = hasattr(stream, "isatty") and stream.isatty()
        if fmt is None:
            fmt = "table" if tty or force_table else "plain"
        styled = (fmt == "table" and tty and not no_color and "NO_COLOR" not in os.environ
                  and os.environ.get("TERM") != "dumb")
        return cls(fmt, stream, styled, terminal_width(tty))

    @property
    def structured(self) -> bool:
        return self.fmt in ("json", "jsonl", "csv", "tsv")

    def write(self, text: str) -> None:
        self.stream.write(text)

    def lines(self, lines: Iterable[str]) -> None:
        self.stream.writelines(line + "\n" for line in lines)


def terminal_width(tty: bool) -> int:
    """The terminal's width ($COLUMNS first); 80 when there is no terminal to ask."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if tty:
        import shutil

        return shutil.get_terminal_size((80, 24)).columns
    return 80


# --- records as data: JSON, JSON Lines, CSV, TSV ---------------------------------------------------

def cell(value: object) -> str:
    """A field as one CSV/TSV cell: lists of names joined with 、, ratios with :, booleans true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (float, int)):
        from .provenance import format_number

        return format_number(value)
    if isinstance(value, list):
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
            return ":".join(cell(v) for v in value)
        if all(isinstance(v, str) for v in value):
            return "、".join(value)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_rows(rows: Iterable[dict], columns: tuple[str, ...] | list[str], fmt: str, stream: TextIO) -> None:
    """Rows as JSON (a list, [] when empty), JSON Lines, or CSV/TSV with a header even when empty."""
    if fmt == "json":  # written row by row, so a long listing streams
        first = True
        for row in rows:
            stream.write(("[\n  " if first else ",\n  ") + dumps(row).replace("\n", "\n  "))
            first = False
        stream.write("[]\n" if first else "\n]\n")
    elif fmt == "jsonl":
        stream.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    elif fmt == "csv":
        import csv

        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(columns)
        writer.writerows([cell(row.get(c)) for c in columns] for row in rows)
    elif fmt == "tsv":
        stream.write("\t".join(columns) + "\n")
        stream.writelines("\t".join(one_line(cell(row.get(c))) for c in columns) + "\n" for row in rows)
    else:  # pragma: no cover - callers check the format
        raise ValueError(fmt)


# --- tables --------------------------------------------------------------------------------------

class Col:
    """A table column: its title, how to get its text from a record, and its layout."""

    __slots__ = ("title", "get", "options")

    def __init__(self, title: str, get: Callable[[dict], object], **options) -> None:
        self.title, self.get, self.options = title, get, options


def figure_of(rec: dict) -> str:
    """The figure as the report says it (precomputed in the index: 42.82 亿元，增长6%左右), each
    of its parts glued so that a table breaks it only after a comma."""
    from .layout import NBSP, WJ

    parts = (getattr(rec, "figure", "") or "").split("，")
    return "，".join(WJ.join(part.replace(" ", NBSP)) for part in parts)


def _lead(rec: dict) -> str:
    """Lead units, each of up to 8 characters kept on one line in a table."""
    from .layout import WJ

    return "、".join(WJ.join(unit) if len(unit) <= 8 else unit for unit in rec.get("lead") or [])


def _detail(rec: dict) -> str:
    kind = rec.get("kind")
    if kind in NUMERIC_KINDS:
        return figure_of(rec)
    if kind == "task":
        return _lead(rec)
    return ""


def _kind_label(rec: dict) -> str:
    return rec.get("kind", "")


def term_text(rec: dict) -> str:
    """A term's definition, or the sentence that uses it when the report gives none."""
    if rec.get("definition"):
        source = "" if rec.get("definition_source") in (None, "report") else " (a general definition, not the report's)"
        return f"{rec['definition']}{source}"
    return f"「{rec.get('quote', '')}」"


def record_columns(kind: str | None, scored: bool, kinds: set[str], drafts: bool) -> list[Col]:
    # scored: the records carry a score (a table shows it; CSV has the column whenever a text was asked)
    """The columns of a listing: by its kind filter, or by the kinds it holds when it has none."""
    shown = kind or (next(iter(kinds)) if len(kinds) == 1 else None)
    detail = "Figure" if kinds <= set(NUMERIC_KINDS) else "Lead" if kinds <= {"task", "term"} else "Figure / lead"
    cols: list[Col] = []
    if scored:
        cols.append(Col("Score", lambda r: f"{r.get('score', 0):.0f}", optional=True, wrap=False, align="right"))
    if shown is None:
        cols.append(Col("Kind", _kind_label, priority=5, wrap=False))
    cols.append(Col("Region", lambda r: r.get("region"), priority=4, keep=10))
    if shown in NUMERIC_KINDS:
        cols += [Col("Year", when, wrap=False), Col("Name", lambda r: r.get("name")),
                 Col("Figure", figure_of, keep=16)]
    elif shown == "term":
        cols += [Col("Term", lambda r: r.get("name"), keep=20)]
    elif shown == "task":
        cols += [Col("No.", lambda r: r.get("number") or "", wrap=False, align="right", priority=3),
                 Col("Category", lambda r: r.get("category") or "", priority=6),
                 Col("Task", lambda r: r.get("name"), keep=20), Col("Lead", _lead, priority=2)]
    else:
        cols += [Col("Year", when, wrap=False, priority=3), Col("Name", lambda r: r.get("name")),
                 Col(detail, _detail, keep=16)]
    if drafts:
        cols.append(Col("Src", lambda r: "curated" if r.get("curated", True) else "draft", priority=7, wrap=False))
    cols.append(Col("ID", lambda r: r.get("id"), wrap=False, style="dim", priority=1))
    return cols


def draw(cols: list[Col], rows: list[dict], out: Output, title: str | None = None, footer: str | None = None,
         details: Callable[[dict], str | None] | None = None) -> None:
    """Rows as a table (or, for `plain`, one tab-separated line per row with the same columns)."""
    texts = [[visible(c.get(r)) for c in cols] for r in rows]
    extra = [visible(details(r)) if details and details(r) else None for r in rows]
    if out.fmt == "plain":
        out.lines("\t".join(one_line(x) for x in row + ([e] if details else [])) for row, e in zip(
            texts, extra, strict=True))
        return
    from .layout import Column, render

    columns = [Column(c.title, **c.options) for c in cols]
    out.lines(render(columns, texts, out.width, title=visible(title) if title else None, footer=footer,
                     details=extra if details else None, styled=out.styled, units=UNITS))


def footer_of(result) -> str:
    """10 of 18 shown (--limit N, --all) · or 18 records."""
    shown, total = len(result.records), result.total
    noun = "record" if total == 1 else "records"
    if getattr(result, "at_least", False):
        return f"{shown} of at least {total} {noun} shown (--all counts and lists every match)"
    if shown >= total:
        return f"{total} {noun}"
    tied = f"; {result.tied} more score the same as the last" if result.tied else ""
    return f"{shown} of {total} {noun} shown{tied} (--limit N, --all)"


def listing(result, out: Output, title: str) -> None:
    """A query's records in the chosen format; the table says how the query was read and how many matched."""
    if out.structured:
        write_rows(result.records, columns_for(result.kind, result.scored), out.fmt, out.stream)
        return
    drafts = any(r.get("curated") is False for r in result.records)
    kinds = {r["kind"] for r in result.records}
    cols = record_columns(result.kind, any("score" in r for r in result.records), kinds, drafts)
    caption = result.caption()
    details = (lambda r: term_text(r) if r.get("kind") == "term" else None) if "term" in kinds else None
    if out.fmt == "plain":
        draw(cols, result.records, out, details=details)
        if len(result.records) < result.total or getattr(result, "at_least", False):
            sys.stderr.write(f"reportcli: {footer_of(result)}\n")
        return
    heading = f"{title}: {caption}" if caption else title
    draw(cols, result.records, out, heading, footer_of(result), details)


def empty(out: Output, kind: str | None = None, scored: bool = False) -> None:
    """What a structured format prints when nothing matched: [] for JSON, a header for CSV/TSV."""
    if out.structured:
        write_rows([], columns_for(kind, scored), out.fmt, out.stream)


# --- one record in full --------------------------------------------------------------------------

def show(records: list[dict], out: Output) -> None:
    """Records in full: every field, nothing cut (JSON: one object, or a list for several)."""
    if out.fmt in ("json", "jsonl"):
        if out.fmt == "jsonl":
            out.lines(json.dumps(r, ensure_ascii=False) for r in records)
        else:
            out.write(dumps(records[0] if len(records) == 1 else records) + "\n")
        return
    if out.fmt in ("csv", "tsv"):
        kinds = {r["kind"] for r in records}
        write_rows(records, columns_for(kinds.pop() if len(kinds) == 1 else None, False), out.fmt, out.stream)
        return
    from .layout import wrap

    for i, rec in enumerate(records):
        if i:
            out.write("\n")
        fields = [(k, "—" if v is None else _field_text(v)) for k, v in rec.items()]
        if out.fmt == "plain":
            out.lines(f"{k}\t{one_line(v)}" for k, v in fields)
            continue
        key_width = max(len(k) for k, _ in fields)
        for key, value in fields:
            lines = wrap(visible(value), max(20, out.width - key_width - 2), UNITS) or [""]
            label = f"\x1b[1m{key.ljust(key_width)}\x1b[0m" if out.styled else key.ljust(key_width)
            out.write(f"{label}  {lines[0]}\n")
            out.lines(" " * (key_width + 2) + line for line in lines[1:])


def _field_text(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    if isinstance(value, list) and value and not all(isinstance(v, (str, int, float)) for v in value):
        return json.dumps(value, ensure_ascii=False)
    return cell(value)


# --- reports -------------------------------------------------------------------------------------

REPORT_FIELDS = ("id", "region", "short", "parent", "province", "level", "title", "date", "meeting", "speaker",
                 "speaker_title", "review_year", "plan_year", "source", "curated", "counts")


def report_rows(reports: Iterable[dict]) -> list[dict]:
    """Report metadata as flat rows for listing."""
    return [{k: r.get(k) for k in REPORT_FIELDS} for r in reports]


def reports_listing(reports: list[dict], out: Output) -> None:
    if out.structured:
        write_rows(reports, REPORT_FIELDS, out.fmt, out.stream)
        return
    cols = [Col("ID", lambda r: r["id"], wrap=False), Col("Region", lambda r: r["region"], keep=10),
            Col("Parent", lambda r: r.get("parent") or "", priority=5),
            Col("Title", lambda r: r["title"], priority=3),
            Col("Date", lambda r: r.get("date") or "", wrap=False, priority=4),
            Col("Years", lambda r: f"{r['review_year']}→{r['plan_year']}", wrap=False),
            Col("Records", lambda r: " ".join(f"{k} {v}" for k, v in (r.get("counts") or {}).items()), keep=12,
                priority=2)]
    draw(cols, reports, out, "reports", f"{len(reports)} report{'s' * (len(reports) != 1)}")


# --- bars: compare and targets against their baseline ------------------------------------------

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


def _bar_width(out: Output, fixed: int) -> int:
    """Bars share what the other columns leave, between 6 and 24 cells each."""
    return max(6, min(24, (out.width - fixed) // 2))


COMPARE_COLUMNS = ("id", "kind", "report", "region", "year", "period", "name", "value", "unit", "growth",
                   "growth_unit", "qualifier", "base_value", "base_unit", "value_bar", "growth_bar", "comparable",
                   "curated", "quote")


def comparison(result: dict | None, out: Output) -> None:
    """One row per record of the metric, value and growth bars; structure ratios as stacked bars."""
    rows = result["rows"] if result else []
    if out.structured:
        write_rows(rows, COMPARE_COLUMNS, out.fmt, out.stream)
        return
    width = _bar_width(out, 62)
    cols = [Col("Region", lambda r: r["region"], keep=10), Col("Year", when, wrap=False),
            Col("Kind", _kind_label, wrap=False, priority=4),
            Col("Figure", lambda r: figure_of(r) + ("" if r.get("comparable", True) else " (unit differs: not scaled)"),
                keep=16),
            Col(f"Value ({result['value_unit'] or '—'})", lambda r: bar(r.get("value_bar"), width), wrap=False,
                priority=2),
            Col(f"Growth ({result['growth_unit'] or '—'})", lambda r: bar(r.get("growth_bar"), width), wrap=False,
                priority=2),
            Col("ID", lambda r: r["id"], wrap=False, style="dim")]
    draw(cols, rows, out, f"compare: {result['metric']}", f"{len(rows)} record{'s' * (len(rows) != 1)}")
    structures = [r for r in rows if r.get("ratio")]
    if structures and out.fmt == "table":
        out.write("\n")
        structure_table(structures, out)


def structure_table(records: list[dict], out: Output) -> None:
    """Structure ratios (三次产业结构) as stacked bars, the earlier structure first."""
    from .provenance import format_number

    rows = []
    for r in records:
        if r.get("ratio_before"):
            rows.append({"region": r["region"], "when": "earlier", "parts": r["ratio_before"]})
        rows.append({"region": r["region"], "when": when(r), "parts": r["ratio"]})
    width = max(10, min(40, out.width - 40))
    cols = [Col("Region", lambda r: r["region"], keep=10), Col("Year", lambda r: r["when"], wrap=False),
            Col("Structure", lambda r: ":".join(format_number(p) for p in r["parts"]), wrap=False),
            Col("Bar", lambda r: stacked(r["parts"], width), wrap=False, priority=2)]
    draw(cols, rows, out, f"structure ({STACK[0]} {STACK[1]} {STACK[2]} = parts in order)")


def _figure_cell(rec: dict | None) -> str:
    if not rec:
        return "—"
    return f"{when(rec)}: {figure_of(rec) or '—'}"


BASELINE_COLUMNS = columns_for("target", False) + ("baseline_id", "baseline_year", "baseline_value",
                                                   "baseline_unit", "baseline_growth", "baseline_quote")


def baseline(pairs: list[dict], out: Output, title: str = "targets against their baseline") -> None:
    """Targets beside the review-year figure they build on, each pair on one scale."""
    if out.fmt in ("json", "jsonl"):
        write_rows(pairs, (), out.fmt, out.stream)
        return
    if out.structured:
        flat = [{**p, **{f"baseline_{k}": (p.get("baseline") or {}).get(k)
                         for k in ("id", "year", "value", "unit", "growth", "quote")}} for p in pairs]
        write_rows(flat, BASELINE_COLUMNS, out.fmt, out.stream)
        return
    width = _bar_width(out, 64)

    def bars(t: dict) -> tuple[str, str]:
        b = t.get("baseline")
        if b:
            for field, unit in (("base_value", "base_unit"), ("growth", "growth_unit")):
                if t.get(field) is not None and b.get(field) is not None and t.get(unit) == b.get(unit):
                    top = max(abs(t[field]), abs(b[field])) or 1
                    return bar(abs(b[field]) / top, width), bar(abs(t[field]) / top, width)
        return "", ""

    cols = [Col("Region", lambda r: r["region"], keep=10, priority=3), Col("Name", lambda r: r["name"]),
            Col("Baseline", lambda r: _figure_cell(r.get("baseline")), keep=14),
            Col("", lambda r: bars(r)[0], wrap=False, priority=6),
            Col("Target", _figure_cell, keep=14), Col(" ", lambda r: bars(r)[1], wrap=False, priority=6),
            Col("ID", lambda r: r["id"], wrap=False, style="dim")]
    draw(cols, pairs, out, title, f"{len(pairs)} target{'s' * (len(pairs) != 1)}")


PANEL_COLUMNS = ("region", "year", "kind", "value", "unit", "growth", "growth_max", "qualifier", "period", "id",
                 "report", "curated", "quote")


def panel(result: dict | None, out: Output) -> None:
    """Regions × years, each cell the figure as the report says it (long form for CSV and JSON)."""
    rows = result["rows"] if result else []
    if out.structured or out.fmt == "plain":
        write_rows(rows, PANEL_COLUMNS, "tsv" if out.fmt == "plain" else out.fmt, out.stream)
        return
    from .layout import cell_width

    cells = {(r["region"], r["year"]): figure_of(r) or "—" for r in rows}
    region_width = max(cell_width(r) for r in result["regions"])
    widest = max([cell_width(c) for c in cells.values()] + [4])  # the glue characters take no width
    fit = max(1, (out.width - region_width - 2) // (widest + 2))
    years = result["years"][-fit:]  # the most recent years that fit; CSV and JSON hold them all
    cols = [Col("Region", lambda r: r, keep=10)] + [
        Col(str(y), (lambda year: lambda region: cells.get((region, year), ""))(y), wrap=False) for y in years]
    left_out = len(result["years"]) - len(years)
    footer = f"{len(result['regions'])} regions × {len(years)} years"
    if left_out:
        footer += f"; {left_out} earlier years left out at this width (--csv, --json or a wider terminal)"
    draw(cols, result["regions"], out, f"panel: {result['metric']}", footer)
