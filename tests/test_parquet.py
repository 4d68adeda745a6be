"""Export to Parquet (the optional `parquet` extra) and back through DuckDB: every record, every
column of the documented schema, the values as the knowledge base holds them. Skipped when
pyarrow or duckdb is not installed."""

from __future__ import annotations

import pytest
import yaml
from conftest import DATA

pytest.importorskip("pyarrow")
duckdb = pytest.importorskip("duckdb")


def test_parquet_round_trips_through_duckdb(run, tmp_path):
    out = tmp_path / "kb.parquet"
    res = run("export", str(out))
    assert res.code == 0, res.err
    from reportcli.export import PARQUET_COLUMNS

    con = duckdb.connect()
    columns = [row[0] for row in con.sql(f"DESCRIBE SELECT * FROM '{out}'").fetchall()]
    assert columns == [name for name, _ in PARQUET_COLUMNS]
    curated = yaml.safe_load((DATA / "reports.yaml").read_text(encoding="utf-8"))["reports"]
    expected = {r["id"]: (rep, r) for rep in curated for r in rep["records"]}
    rows = con.sql(f"SELECT id, kind, report, region, plan_year, name, value, unit, growth, quote, lead "
                   f"FROM '{out}'").fetchall()
    assert len(rows) == len(expected) and {r[0] for r in rows} == set(expected)
    for rid, kind, report, region, plan_year, name, value, unit, growth, quote, lead in rows:
        rep, rec = expected[rid]
        assert (kind, report, region, plan_year, name, quote) == (
            rec["kind"], rep["id"], rep["region"], rep["plan_year"], rec["name"], rec["quote"])
        assert (value, unit, growth) == (rec.get("value"), rec.get("unit"), rec.get("growth"))
        assert lead == rec.get("lead")
    query = f"SELECT region, year, value, unit FROM '{out}' WHERE name = '旅游收入' ORDER BY value"
    tourism = con.sql(query).fetchall()
    assert tourism == [("额尔古纳市", 2022, 42.82, "亿元"), ("东胜区", 2019, 140.0, "亿元")]


def test_parquet_export_takes_the_filters_and_refuses_stdout(run, tmp_path):
    out = tmp_path / "targets.parquet"
    assert run("export", str(out), "--kind", "target", "--region", "东胜").code == 0
    kinds = duckdb.sql(f"SELECT DISTINCT kind, region FROM '{out}'").fetchall()
    assert kinds == [("target", "东胜区")]
    res = run("export", "-", "-f", "parquet")
    assert res.code == 2 and "Parquet cannot be written to stdout" in res.err
