"""Every command, every output format, region aliases and exit codes, run as a subprocess.

Expected figures are read from the source texts (quoted in comments), not from the program.
"""

from __future__ import annotations

import csv
import io
import json

import pytest


def test_search_tourism_income_puts_both_reports_on_top(run):
    # 额尔古纳: "旅游收入实现42.82亿元"; 东胜: "实现旅游收入140亿元"
    res = run("search", "旅游收入", "--json")
    assert res.code == 0, res.err
    top = res.json()[:2]
    got = {(r["region"], r["year"], r["value"], r["unit"]) for r in top}
    assert got == {("额尔古纳市", 2022, 42.82, "亿元"), ("东胜区", 2019, 140, "亿元")}
    assert all(r["kind"] == "indicator" and 0 <= r["score"] <= 100 for r in top)


def test_search_table_shows_the_figure(run):
    res = run("search", "旅游收入")
    assert res.code == 0
    assert "42.82" in res.out and "140" in res.out and "额尔古纳市" in res.out


def test_search_result_contract_fields(run):
    rec = run("search", "地区生产总值", "--region", "额尔古纳", "--kind", "indicator", "--json").json()[0]
    # "全年地区生产总值完成50.29亿元,同比增长6%"
    for key in ("id", "kind", "report", "region", "year", "name", "text", "quote", "section",
                "value", "unit", "growth", "qualifier", "base_value", "base_unit", "score"):
        assert key in rec
    assert (rec["value"], rec["unit"], rec["growth"]) == (50.29, "亿元", 6)
    assert rec["base_value"] == 5029000000 and rec["base_unit"] == "元"
    assert rec["report"] == "eerguna-2023" and rec["year"] == 2022


def test_output_is_utf8_not_ascii_escaped(run):
    res = run("search", "旅游收入", "--json", "--limit", "1")
    assert "旅游收入" in res.out and "\\u" not in res.out


@pytest.mark.parametrize("region", ["东胜", "东胜区", "dongsheng", "鄂尔多斯", "DongSheng", "鄂尔多斯市"])
def test_region_aliases_select_dongsheng(run, region):
    res = run("targets", "--region", region, "--json")
    assert res.code == 0, res.err
    assert {r["region"] for r in res.json()} == {"东胜区"}


@pytest.mark.parametrize("region", ["额尔古纳", "额尔古纳市", "eerguna", "呼伦贝尔"])
def test_region_aliases_select_eerguna(run, region):
    res = run("indicators", "--region", region, "--json")
    assert res.code == 0, res.err
    assert {r["region"] for r in res.json()} == {"额尔古纳市"}


def test_targets_dongsheng_main_targets(run):
    # "地区生产总值增长4%左右 … 社会消费品零售总额增长4%左右 … 城镇常住居民人均可支配收入增长6%左右"
    recs = run("targets", "--region", "东胜", "--json").json()
    by_name = {r["name"]: r for r in recs}
    gdp = by_name["地区生产总值"]
    assert (gdp["growth"], gdp["qualifier"], gdp["value"], gdp["year"]) == (4, "左右", None, 2020)
    assert by_name["社会消费品零售总额"]["growth"] == 4
    assert by_name["城镇常住居民人均可支配收入"]["growth"] == 6
    # "确保城镇登记失业率控制在4.5%以内"
    assert (by_name["城镇登记失业率"]["value"], by_name["城镇登记失业率"]["qualifier"]) == (4.5, "以内")


def test_indicators_query_filters(run):
    # 东胜: "全年减免税费19.4亿元"
    recs = run("indicators", "减免税费", "--region", "东胜", "--json").json()
    assert recs[0]["value"] == 19.4 and recs[0]["unit"] == "亿元"


def test_listing_without_limit_lists_everything(run, raw_kb):
    recs = run("indicators", "--json").json()
    expected = sum(1 for r in raw_kb["reports"] for rec in r["records"] if rec["kind"] == "indicator")
    assert len(recs) == expected


def test_terms_glossary_definition(run):
    # 附件2 11.“七个摒弃”:指…要摒弃“我不如人”的念头…
    recs = run("terms", "七个摒弃", "--json").json()
    term = recs[0]
    assert term["name"] == "七个摒弃" and term["definition_source"] == "report"
    assert "摒弃“我不如人”的念头" in term["definition"]


def test_tasks_by_lead_unit(run):
    # 附件1: tasks 9, 10, 11 and 12 name 市民政局 as a lead unit
    recs = run("tasks", "--lead", "民政局", "--json").json()
    assert sorted(r["number"] for r in recs) == [9, 10, 11, 12]


def test_tasks_by_category(run):
    # "二、加强社会保障(7件)" holds tasks 8–14
    recs = run("tasks", "--category", "加强社会保障", "--json").json()
    assert sorted(r["number"] for r in recs) == list(range(8, 15))


def test_task_with_several_lead_units_keeps_them_all(run):
    recs = run("tasks", "--region", "额尔古纳", "--json").json()
    task6 = next(r for r in recs if r["number"] == 6 and r["category"] == "促进群众就业增收")
    assert task6["lead"] == ["市人力资源和社会保障局", "市教育和科技局", "市农牧局"]


def test_show_one_record(run):
    first = run("tasks", "--region", "额尔古纳", "--json").json()[0]
    res = run("show", first["id"], "--json")
    assert res.code == 0
    shown = res.json()  # one id: one object
    assert shown["id"] == first["id"] and shown["quote"] == first["quote"]
    table = run("show", first["id"], "--table")
    assert first["id"] in table.out and "quote" in table.out


def test_reports_command(run):
    reports = {r["id"]: r for r in run("reports", "--json").json()}
    assert reports["eerguna-2023"]["date"] == "2023-03-11"
    assert reports["eerguna-2023"]["speaker"] == "耿浩"
    assert reports["dongsheng-2020"]["speaker_title"] == "东胜区人民政府代区长"
    assert (reports["dongsheng-2020"]["review_year"], reports["dongsheng-2020"]["plan_year"]) == (2019, 2020)
    assert run("reports").code == 0


def test_format_jsonl(run):
    res = run("targets", "--region", "额尔古纳", "--format", "jsonl")
    lines = res.out.strip().splitlines()
    assert len(lines) > 5 and all(json.loads(line)["kind"] == "target" for line in lines)


def test_format_csv(run):
    res = run("terms", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(res.out)))
    assert rows and {"id", "kind", "name", "definition", "quote"} <= set(rows[0])
    assert any(r["name"] == "五大任务" for r in rows)


def test_unknown_format_is_usage_error(run):
    res = run("terms", "--format", "xml")
    assert res.code == 2 and "unknown format" in res.err and "Traceback" not in res.err


def test_no_match_exits_1_with_empty_json(run):
    res = run("search", "量子纠缠超导体", "--json")
    assert res.code == 1
    assert res.out.strip() == "[]"
    assert res.err.startswith("reportcli: nothing matched")


def test_unknown_region_exits_2_naming_known_ones(run):
    res = run("targets", "--region", "上海")
    assert res.code == 2
    assert "unknown region" in res.err and "东胜" in res.err and "额尔古纳" in res.err
    assert "Traceback" not in res.err and len(res.err.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [
    ("search", "旅游", "--kind", "figure"),
    ("show", "no-such-id"),
    ("search", "旅游", "--limit", "-3"),
    ("search", ""),
    ("nosuchcommand",),
])
def test_usage_errors_exit_2_without_traceback(run, args):
    res = run(*args)
    assert res.code == 2, (args, res.out, res.err)
    assert "Traceback" not in res.err and res.err.startswith("reportcli:")


def test_python_dash_m_and_version(run):
    res = run("--version")
    assert res.code == 0 and res.out.startswith("reportcli ")


@pytest.mark.parametrize(("args", "first"), [
    (("GDP", "--region", "东胜"), "dongsheng-2020-i001"),  # 地区生产总值实现712.6亿元
    (("旅遊收入", "--region", "東勝"), "dongsheng-2020-i022"),  # 实现旅游收入140亿元
    (("lvyoushouru",), "eerguna-2023-i027"),  # 旅游收入实现42.82亿元 (curated order: 额尔古纳 first)
    (("社会消费品零售总额", "--region", "额尔古纳"), "eerguna-2023-i012"),  # written 社会销售品零售总额
])
def test_search_examples_put_the_intended_record_first(run, args, first):
    res = run("search", *args, "--json")
    assert res.code == 0, res.err
    assert res.json()[0]["id"] == first
