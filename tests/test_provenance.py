"""Every record is traceable: its quote is in the source, its numbers are in its quote."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml
from conftest import DATA

from reportcli.provenance import number_in_text, quote_in_source, squash_space, value_problems

KB = yaml.safe_load((DATA / "reports.yaml").read_text(encoding="utf-8"))
RECORDS = [(r["id"], rec) for r in KB["reports"] for rec in r["records"]]
SOURCES = {r["id"]: (DATA / r["source"]).read_text(encoding="utf-8") for r in KB["reports"]}


@pytest.mark.parametrize(("report", "rec"), RECORDS, ids=[rec["id"] for _, rec in RECORDS])
def test_quote_occurs_in_source(report, rec):
    assert quote_in_source(rec["quote"], SOURCES[report]), rec["quote"]


@pytest.mark.parametrize(("report", "rec"), [x for x in RECORDS if x[1]["kind"] in ("indicator", "target")],
                         ids=[rec["id"] for _, rec in RECORDS if rec["kind"] in ("indicator", "target")])
def test_numbers_occur_in_quote(report, rec):
    assert value_problems(rec) == []


@pytest.mark.parametrize(("report", "rec"), [x for x in RECORDS if x[1]["kind"] == "term"],
                         ids=[rec["id"] for _, rec in RECORDS if rec["kind"] == "term"])
def test_term_is_in_its_quote_and_report_definitions_are_verbatim(report, rec):
    assert rec["name"] in squash_space(rec["quote"]) or any(a in rec["quote"] for a in rec.get("aliases", []))
    if rec.get("definition_source") == "report":
        assert quote_in_source(rec["definition"], SOURCES[report])
    if rec.get("definition") is None:
        assert rec.get("definition_source") is None


def test_ids_are_unique():
    counts = Counter(rec["id"] for _, rec in RECORDS)
    assert [i for i, n in counts.items() if n > 1] == []


def test_every_indicator_and_target_has_a_figure():
    for _, rec in RECORDS:
        if rec["kind"] == "indicator":
            assert rec.get("value") is not None or rec.get("growth") is not None or rec.get("ratio"), rec["id"]
        if rec["kind"] == "target" and rec.get("value") is None and rec.get("growth") is None:
            assert "qualitative" in rec.get("note", ""), rec["id"]


def test_number_check_is_strict():
    # the checks can fail: a number inside a longer number does not count
    assert not number_in_text(50.2, "完成50.29亿元")
    assert not number_in_text(0.29, "完成50.29亿元")
    assert number_in_text(50.29, "完成50.29亿元")
    assert value_problems({"quote": "增长6%", "growth": 7}) == ["growth 7 is not in the quote"]


def test_a_unit_written_alone_is_one_of_it_and_only_then():
    assert value_problems({"quote": "财政收入突破万亿元", "value": 1, "unit": "万亿元"}) == []
    for written in ("财政收入突破2万亿元", "财政收入突破两万亿元"):
        assert value_problems({"quote": written, "value": 1, "unit": "万亿元"}) == ["value 1 is not in the quote"]


def _by(report, kind):
    return [rec for rid, rec in RECORDS if rid == report and rec["kind"] == kind]


def test_eerguna_38_tasks_with_categories_7_7_15_9():
    tasks = [t for t in _by("eerguna-2023", "task") if t.get("lead")]
    assert sorted(t["number"] for t in tasks) == list(range(1, 39))
    assert Counter(t["category"] for t in tasks) == {
        "促进群众就业增收": 7, "加强社会保障": 7, "优化基本公共服务": 15, "改善群众居住环境": 9}
    for task in tasks:
        for unit in task["lead"]:
            assert unit in task["quote"], (task["id"], unit)


def test_eerguna_11_glossary_terms():
    glossary = [t for t in _by("eerguna-2023", "term") if t["section"].startswith("附件2")]
    assert len(glossary) == 11
    assert all(t["definition_source"] == "report" and t["definition"] for t in glossary)


@pytest.mark.parametrize("report", ["eerguna-2023", "dongsheng-2020"])
def test_work_plan_sections_are_tasks(report):
    sections = [t for t in _by(report, "task") if not t.get("lead") and t.get("number")]
    assert sorted(t["number"] for t in sections) == [1, 2, 3, 4, 5, 6]


def test_a_doubling_in_words_may_say_it_is_done():
    assert value_problems({"quote": "财政收入五年翻了一番多", "growth": 100}) == []
    assert value_problems({"quote": "民航吞吐量比2007年翻了两番", "growth": 300}) == []
    assert value_problems({"quote": "民航吞吐量比2007年翻了两番", "growth": 100}) == ["growth 100 is not in the quote"]
