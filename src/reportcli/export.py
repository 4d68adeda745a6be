"""Export the whole knowledge base: CSV, JSON Lines, or a SQLite database for datasette,
pandas and DuckDB (one typed table per kind, a `reports` table, foreign keys, and a trigram
full-text index that works for Chinese)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from .errors import UsageError

EXPORT_FORMATS = ("csv", "jsonl", "sqlite")

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


def write_text(records: list[dict], fmt: str, out: Path) -> dict[str, int]:
    """CSV or JSON Lines of every record, through the same renderers as the listings."""
    from .output import render

    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as stream:
        render(records, fmt, stream)
    os.replace(tmp, out)
    return {"records": len(records)}
