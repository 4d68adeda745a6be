"""Export the whole knowledge base: CSV, JSON Lines, a SQLite database for datasette, pandas and
DuckDB (one typed table per kind, a `reports` table, foreign keys, and a trigram full-text index
that works for Chinese), or one Parquet table for DuckDB, Spark and pandas (the `parquet` extra)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from .errors import UsageError

EXPORT_FORMATS = ("csv", "tsv", "json", "jsonl", "sqlite", "parquet")
EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
              ".sqlite": "sqlite", ".sqlite3": "sqlite", ".db": "sqlite", ".parquet": "parquet", ".pq": "parquet"}
BINARY = ("sqlite", "parquet")  # never to stdout

# The Parquet table: one row a record, every kind, with its report's place and years (the README
# documents it). Types by name, so pyarrow is imported only when Parquet is written.
PARQUET_COLUMNS = (
    ("id", "string"), ("kind", "string"), ("report", "string"), ("region", "string"), ("province", "string"),
    ("level", "string"), ("plan_year", "int32"), ("review_year", "int32"), ("year", "int32"), ("period", "string"),
    ("name", "string"), ("value", "float64"), ("unit", "string"), ("value_text", "string"),
    ("base_value", "float64"), ("base_unit", "string"), ("growth", "float64"), ("growth_max", "float64"),
    ("growth_unit", "string"), ("qualifier", "string"), ("hedge", "string"), ("ratio", "list<float64>"),
    ("ratio_before", "list<float64>"), ("definition", "string"), ("definition_source", "string"),
    ("number", "int32"), ("category", "string"), ("lead", "list<string>"), ("parts", "string"),
    ("text", "string"), ("quote", "string"), ("section", "string"), ("aliases", "list<string>"),
    ("note", "string"), ("curated", "bool"), ("confidence", "float64"),
)
_PARQUET_BATCH = 20_000  # rows held in memory while writing

_COMMON = [("id", "TEXT PRIMARY KEY"), ("report_id", "TEXT NOT NULL REFERENCES reports(id)"), ("region", "TEXT"),
           ("year", "INTEGER"), ("name", "TEXT NOT NULL"), ("text", "TEXT"), ("quote", "TEXT NOT NULL"),
           ("section", "TEXT")]
_TAIL = [("aliases", "TEXT"), ("note", "TEXT"), ("curated", "INTEGER")]
_NUMERIC = [("value", "REAL"), ("unit", "TEXT"), ("growth", "REAL"), ("qualifier", "TEXT"), ("base_value", "REAL"),
            ("base_unit", "TEXT"), ("period", "TEXT"), ("value_text", "TEXT"), ("growth_unit", "TEXT"),
            ("ratio", "TEXT"), ("ratio_before", "TEXT")]
TABLES = {
    "indicators": ("indicator", _COMMON + _NUMERIC + _TAIL),
    "targets": ("target", _COMMON + _NUMERIC + _TAIL),
    "terms": ("term", _COMMON + [("definition", "TEXT"), ("definition_source", "TEXT")] + _TAIL),
    "tasks": ("task", _COMMON + [("number", "INTEGER"), ("category", "TEXT"), ("lead", "TEXT"), ("parts", "TEXT")]
              + _TAIL),
}
REPORT_COLUMNS = [("id", "TEXT PRIMARY KEY"), ("region", "TEXT NOT NULL"), ("short", "TEXT"), ("parent", "TEXT"),
                  ("province", "TEXT"), ("level", "TEXT"), ("title", "TEXT"), ("date", "TEXT"), ("meeting", "TEXT"),
                  ("speaker", "TEXT"), ("speaker_title", "TEXT"), ("review_year", "INTEGER"),
                  ("plan_year", "INTEGER"), ("source", "TEXT"), ("curated", "INTEGER")]


def check_target(out: Path, force: bool) -> None:
    """Never overwrite a file unasked, nor write into a directory path."""
    if out.is_dir():
        raise UsageError(f"{out} is a directory; give a file name")
    if out.exists() and not force:
        raise UsageError(f"{out} exists; use --force to replace it")
    if not out.parent.exists():
        raise UsageError(f"no such directory: {out.parent}")


def _cell(value: object) -> object:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


def write_sqlite(reports: list[dict], records: list[dict], out: Path) -> dict[str, int]:
    """Write the SQLite file (to a temporary name, renamed into place); returns rows per table."""
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    counts: dict[str, int] = {}
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        cols = ", ".join(f"{n} {t}" for n, t in REPORT_COLUMNS)
        conn.execute(f"CREATE TABLE reports ({cols})")
        conn.executemany(f"INSERT INTO reports VALUES ({','.join('?' * len(REPORT_COLUMNS))})",
                         [[_cell(r.get(n)) for n, _ in REPORT_COLUMNS] for r in reports])
        counts["reports"] = len(reports)
        for table, (kind, columns) in TABLES.items():
            conn.execute(f"CREATE TABLE {table} ({', '.join(f'{n} {t}' for n, t in columns)})")
            conn.execute(f"CREATE INDEX {table}_report ON {table}(report_id)")
            rows = [[_cell(r.get("report") if n == "report_id" else r.get(n)) for n, _ in columns]
                    for r in records if r["kind"] == kind]
            conn.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(columns))})", rows)
            counts[table] = len(rows)
        conn.execute("CREATE VIRTUAL TABLE records_fts USING fts5(id UNINDEXED, kind UNINDEXED, report_id UNINDEXED, "
                     "name, text, quote, definition, lead, tokenize = 'trigram')")
        conn.executemany("INSERT INTO records_fts VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
            (r["id"], r["kind"], r["report"], r["name"], r.get("text"), r["quote"], r.get("definition"),
             "、".join(r.get("lead") or [])) for r in records])
        conn.commit()
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:  # pragma: no cover - the index guarantees every record's report exists
            raise UsageError(f"export failed its foreign-key check: {problems[:3]}")
    finally:
        conn.close()
    os.replace(tmp, out)
    return counts


def export_format(out: str, fmt: str | None) -> str:
    """The format to write: -f when given, else OUT's extension; refused when they disagree."""
    if fmt is not None and fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
    implied = None if out == "-" else EXTENSIONS.get(Path(out).suffix.lower())
    if fmt and implied and fmt != implied:
        raise UsageError(f"-f {fmt} disagrees with the file name {out!r} ({implied}); rename it or drop -f")
    chosen = fmt or implied
    if chosen is None:
        known = " ".join(EXTENSIONS)
        what = "stdout (-)" if out == "-" else repr(out)
        raise UsageError(f"cannot tell the format of {what}; give -f FORMAT or a file name ending in {known}")
    if out == "-" and chosen in BINARY:
        what = "SQLite" if chosen == "sqlite" else "Parquet"
        raise UsageError(f"{what} cannot be written to stdout; give a file name")
    return chosen


def export(kb, filters, fmt: str, out: str, force: bool = False, bom: bool = False) -> dict[str, int]:
    """Write the records the filters leave to OUT (or stdout for -): rows per table or in all."""
    import sys

    from .model import columns_for
    from .output import write_rows

    if bom and fmt not in ("csv", "tsv"):
        raise UsageError("--bom is for CSV and TSV (Excel and WPS)")
    if out == "-":
        if bom:
            sys.stdout.write("\ufeff")
        return {"records": _count_rows(kb.iter_records(filters), lambda rows: write_rows(
            rows, columns_for(filters.kind, False), fmt, sys.stdout))}
    target = Path(out)
    check_target(target, force)
    if fmt == "sqlite":
        return write_sqlite(kb.reports(), list(kb.iter_records(filters)), target)
    if fmt == "parquet":
        return write_parquet(kb.reports(), kb.iter_records(filters), target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as stream:
            count = _count_rows(kb.iter_records(filters), lambda rows: write_rows(
                rows, columns_for(filters.kind, False), fmt, stream))
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return {"records": count}


def _count_rows(rows, write) -> int:
    """Hand `rows` to `write` as they come, counting them."""
    count = 0

    def counted():
        nonlocal count
        for row in rows:
            count += 1
            yield row

    write(counted())
    return count


def _arrow_schema():
    import pyarrow as pa

    def arrow(name: str):
        if name.startswith("list<"):
            return pa.list_(arrow(name[5:-1]))
        return {"string": pa.string(), "int32": pa.int32(), "float64": pa.float64(), "bool": pa.bool_()}[name]

    return pa.schema([(name, arrow(kind)) for name, kind in PARQUET_COLUMNS])


def _parquet_row(record: dict, report: dict) -> dict:
    row = {name: record.get(name) for name, _ in PARQUET_COLUMNS}
    for key in ("province", "level", "plan_year", "review_year"):
        row[key] = report.get(key)
    for key in ("value", "base_value", "growth", "growth_max", "confidence"):
        row[key] = None if row[key] is None else float(row[key])
    for key in ("ratio", "ratio_before"):
        row[key] = None if row[key] is None else [float(x) for x in row[key]]
    row["parts"] = None if record.get("parts") is None else json.dumps(record["parts"], ensure_ascii=False)
    return row


def write_parquet(reports: list[dict], records, out: Path) -> dict[str, int]:
    """Write one Parquet table (PARQUET_COLUMNS) as the records come, a batch at a time: memory does not
    grow with the number of records. Needs pyarrow (pip install 'reportcli[parquet]')."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError("Parquet export needs pyarrow: pip install 'reportcli[parquet]'") from None
    by_id = {r["id"]: r for r in reports}
    schema = _arrow_schema()
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    count = 0
    try:
        with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
            batch: list[dict] = []
            for record in records:
                batch.append(_parquet_row(record, by_id.get(record.get("report"), {})))
                if len(batch) == _PARQUET_BATCH:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    count, batch = count + len(batch), []
            if batch or not count:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return {"records": count}
