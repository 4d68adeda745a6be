"""compare, targets --with-baseline, structure bars, export and completion.

Expected figures are the reports' own (quoted in comments)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "kb"


def test_compare_gdp_across_reports(run):
    rows = run("compare", "地区生产总值", "--json").json()
    got = {r["id"]: r for r in rows}
    # 额尔古纳 "地区生产总值完成50.29亿元,同比增长6%" / target "增长6%左右";
    # 东胜 "地区生产总值实现712.6亿元,增长4.3%" / target "增长4%左右"
    assert set(got) == {"eerguna-2023-i001", "eerguna-2023-t001", "dongsheng-2020-i001", "dongsheng-2020-t001"}
    assert got["dongsheng-2020-i001"]["value_bar"] == 1.0
    assert got["eerguna-2023-i001"]["value_bar"] == pytest.approx(50.29 / 712.6, abs=1e-6)
    assert got["eerguna-2023-t001"]["value_bar"] is None  # a growth target has no level
    assert got["eerguna-2023-i001"]["growth_bar"] == 1.0
    assert got["dongsheng-2020-t001"]["growth_bar"] == pytest.approx(4 / 6, abs=1e-6)


def test_compare_goes_through_aliases(run):
    by_alias = {r["id"] for r in run("compare", "GDP", "--json").json()}
    assert by_alias == {r["id"] for r in run("compare", "地区生产总值", "--json").json()}
    shelling = {r["id"] for r in run("compare", "社零", "--kind", "indicator", "--json").json()}
    # 额尔古纳 writes 社会销售品零售总额 13.1亿元; 东胜 社会消费品零售总额 260.9亿元
    assert shelling == {"eerguna-2023-i012", "dongsheng-2020-i005"}


def test_compare_scales_in_base_units_and_shows_mixed_units(run):
    rows = run("--data", str(FIXTURES / "compare.yaml"), "compare", "地区生产总值", "--kind", "indicator",
               "--json").json()
    got = {r["id"]: r for r in rows}
    # 8000万元 = 0.8亿元 against 712.6亿元, compared in 元
    assert got["duibi-2023-i001"]["value_bar"] == pytest.approx(8000e4 / 712.6e8, abs=1e-6)
    assert got["duibi-2023-i002"]["value_bar"] is None and got["duibi-2023-i002"]["comparable"] is False
    table = run("--data", str(FIXTURES / "compare.yaml"), "compare", "地区生产总值", "--kind", "indicator", "--table")
    assert "unit differs" in table.out and "█" in table.out


def test_compare_unknown_metric(run):
    res = run("compare", "量子纠缠")
    assert res.code == 1 and res.err.startswith("reportcli: no indicator or target named")


def test_targets_with_baseline(run):
    pairs = {p["name"]: p for p in run("targets", "--region", "额尔古纳", "--with-baseline", "--json").json()}
    # 规上工业增加值增长31.7% (2022) → 规模以上工业增加值增长8%以上 (2023)
    gy = pairs["规模以上工业增加值"]
    assert (gy["growth"], gy["qualifier"]) == (8, "以上")
    assert (gy["baseline"]["growth"], gy["baseline"]["year"]) == (31.7, 2022)
    # 城镇登记失业率3.8% → 控制在4%以内
    unemployment = pairs["城镇登记失业率"]
    assert unemployment["baseline"]["value"] == 3.8
    assert (unemployment["value"], unemployment["qualifier"]) == (4, "以内")
    # the slip: 社会销售品零售总额 is the baseline of 社会消费品零售总额
    assert pairs["社会消费品零售总额"]["baseline"]["name"] == "社会销售品零售总额"
    assert pairs["居民收入增长"]["baseline"] is None
    table = run("targets", "--region", "额尔古纳", "--with-baseline")
    assert "31.7" in table.out and "█" in table.out


def test_structure_ratios_as_stacked_bars(run):
    rows = {r["id"]: r for r in run("compare", "三次产业结构", "--json").json()}
    # "三次产业结构由47:11.9:41.1演进为48.2:14.5:37.3"; 东胜 "三次产业结构比例演进为0.2:36.5:63.3"
    assert rows["eerguna-2023-i013"]["ratio_before"] == [47, 11.9, 41.1]
    assert rows["eerguna-2023-i013"]["ratio"] == [48.2, 14.5, 37.3]
    assert rows["dongsheng-2020-i007"]["ratio"] == [0.2, 36.5, 63.3]
    out = run("compare", "三次产业结构", "--table").out
    assert "earlier" in out and "47:11.9:41.1" in out and "▓" in out and "░" in out


def test_export_sqlite(run, tmp_path):
    out = tmp_path / "kb.sqlite"
    res = run("export", "--format", "sqlite", str(out))
    assert res.code == 0, res.err
    conn = sqlite3.connect(out)
    conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"reports", "indicators", "targets", "terms", "tasks", "records_fts"} <= tables
    listed = {kind: len(run(f"{kind}s", "--json").json()) for kind in ("indicator", "target", "term", "task")}
    for kind, n in listed.items():
        assert conn.execute(f"SELECT COUNT(*) FROM {kind}s").fetchone()[0] == n
    # typed columns: 旅游收入实现42.82亿元
    value, year, base = conn.execute(
        "SELECT value, year, base_value FROM indicators WHERE id = 'eerguna-2023-i027'").fetchone()
    assert (value, year, base) == (42.82, 2022, 4282000000)
    assert conn.execute("SELECT typeof(value), typeof(year) FROM indicators WHERE id = 'eerguna-2023-i027'"
                        ).fetchone() == ("real", "integer")
    # a Chinese full-text query
    hits = {r[0] for r in conn.execute("SELECT id FROM records_fts WHERE records_fts MATCH '放管服'")}
    assert {"eerguna-2023-k021", "dongsheng-2020-k012"} <= hits
    leads = json.loads(conn.execute("SELECT lead FROM tasks WHERE id = 'eerguna-2023-w006'").fetchone()[0])
    assert leads == ["市人力资源和社会保障局", "市教育和科技局", "市农牧局"]
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO indicators (id, report_id, name, quote) VALUES ('x', 'no-such-report', 'n', 'q')")


def test_export_csv_and_jsonl(run, tmp_path):
    total = sum(len(run(f"{k}s", "--json").json()) for k in ("indicator", "target", "term", "task"))
    assert run("export", "--format", "jsonl", str(tmp_path / "kb.jsonl")).code == 0
    lines = (tmp_path / "kb.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == total and json.loads(lines[0])["id"]
    assert run("export", "--format", "csv", str(tmp_path / "kb.csv")).code == 0
    import csv

    with open(tmp_path / "kb.csv", encoding="utf-8", newline="") as f:
        assert len(list(csv.DictReader(f))) == total


def test_export_never_overwrites_unasked(run, tmp_path):
    out = tmp_path / "kb.sqlite"
    out.write_text("precious")
    res = run("export", str(out))
    assert res.code == 2 and "exists" in res.err and out.read_text() == "precious"
    assert run("export", str(out), "--force").code == 0
    assert run("export", "--format", "xml", str(tmp_path / "x")).code == 2


def test_bash_completion_installs_and_completes(tmp_path, cache_dir):
    script_dir = Path(sys.executable).parent
    if not (script_dir / "reportcli").exists():
        pytest.skip("the console script is not installed beside this interpreter")
    env = {**os.environ, "PATH": f"{script_dir}:{os.environ['PATH']}", "HOME": str(tmp_path),
           "REPORTCLI_CACHE": str(cache_dir), "SHELL": "/bin/bash"}
    # Typer finds the shell to install for among the process's ancestors, as when a user types it; run it from
    # bash (`&& true` keeps bash from exec'ing it away) so the test does not depend on how pytest was started
    installed = subprocess.run(["bash", "-c", "reportcli --install-completion && true"], capture_output=True,
                               text=True, env=env)
    assert installed.returncode == 0, installed.stderr
    assert "reportcli" in (tmp_path / ".bashrc").read_text()
    probe = ('source <(reportcli --show-completion bash); COMP_WORDS=(reportcli targets --region ""); COMP_CWORD=3; '
             '_reportcli_completion reportcli; printf "%s\\n" "${COMPREPLY[@]}"; '
             'COMP_WORDS=(reportcli sea); COMP_CWORD=1; _reportcli_completion reportcli; '
             'printf "%s\\n" "${COMPREPLY[@]}"')
    done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, env=env)
    words = done.stdout.split()
    assert {"东胜", "额尔古纳"} <= set(words) and "search" in words


def test_panel_gives_regions_by_years_in_long_form(run):
    # 额尔古纳 "地区生产总值完成50.29亿元,同比增长6%" (2022), target "增长6%左右" (2023);
    # 东胜 "地区生产总值实现712.6亿元,增长4.3%" (2019), target "增长4%左右" (2020)
    rows = run("panel", "GDP", "--kind", "target", "--json").json()
    assert {(r["region"], r["year"], r["growth"], r["qualifier"], r["id"]) for r in rows} == {
        ("额尔古纳市", 2023, 6, "左右", "eerguna-2023-t001"), ("东胜区", 2020, 4, "左右", "dongsheng-2020-t001")}
    rows = run("panel", "地区生产总值", "--years", "2019-2022", "--json").json()
    assert {(r["region"], r["year"], r["value"]) for r in rows} == {
        ("额尔古纳市", 2022, 50.29), ("东胜区", 2019, 712.6), ("东胜区", 2020, None)}  # 2020: the growth target
    table = run("panel", "地区生产总值", "--table", env={"COLUMNS": "120"}).out
    assert "增长6%左右" in table and "2019" in table and "2023" in table
    csv_header = run("panel", "地区生产总值", "--csv").out.splitlines()[0]
    assert csv_header.startswith("region,year,kind,value,unit,growth")


@pytest.mark.parametrize(("args", "says"), [
    (("--years", "twenty"), "--years takes a year or a span"),
    (("--level", "galaxy"), "unknown level"),
    (("--level", "province"), "no report is of the province level"),  # both seeds are county-level
    (("--kind", "term"), "panel takes --kind indicator or --kind target"),
])
def test_panel_refuses_bad_options(run, args, says):
    res = run("panel", "地区生产总值", *args)
    assert res.code == 2 and says in res.err and "Traceback" not in res.err


def test_a_panel_cell_shows_a_level_of_the_year_before_a_change_in_points_or_a_period():
    from reportcli.analysis import _headline_first

    level = {"curated": False, "section": "一、2016年工作回顾", "value": 52.1, "unit": "%", "growth": None}
    change = {**level, "value": 1.5, "unit": "个百分点"}
    five_years = {**level, "value": 50, "period": "五年"}
    assert sorted([change, five_years, level], key=_headline_first) == [level, five_years, change]
