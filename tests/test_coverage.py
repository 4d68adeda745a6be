"""Completeness: every Arabic numeral of the review and plan sections is a record's figure,
or is listed in data/coverage.yaml as deliberately not a figure (with its context and why)."""

from __future__ import annotations

import re

import pytest
import yaml
from conftest import DATA

from reportcli.provenance import format_number

KB = yaml.safe_load((DATA / "reports.yaml").read_text(encoding="utf-8"))
SKIPPED = yaml.safe_load((DATA / "coverage.yaml").read_text(encoding="utf-8"))
# the part of each text whose figures are curated: from the review heading to the end of the plan
SPANS = {"eerguna-2023": ("一、2022年工作回顾", "附件2 《政府工作报告》有关名词解释"),
         "dongsheng-2020": ("一、2019年工作回顾", "相关链接")}
NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")


def _spans(text: str, fragment: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(fragment)) for m in re.finditer(re.escape(fragment), text)]


def _numbers_of(rec: dict) -> set[str]:
    nums = [rec.get("value"), rec.get("growth"), *(rec.get("ratio") or []), *(rec.get("ratio_before") or []),
            rec.get("number") if rec["kind"] == "task" else None]
    return {format_number(n) for n in nums if n is not None}


def _uncovered(report: dict) -> list[str]:
    text = (DATA / report["source"]).read_text(encoding="utf-8")
    start_mark, end_mark = SPANS[report["id"]]
    start, end = text.index(start_mark), text.index(end_mark)
    covers: list[tuple[int, int, set[str]]] = []
    for rec in report["records"]:
        if rec["kind"] in ("indicator", "target", "task"):
            covers += [(a, b, _numbers_of(rec)) for a, b in _spans(text, rec["quote"])]
    for entry in SKIPPED[report["id"]]:
        spans = _spans(text, entry["context"])
        assert spans, f"skipped context not in source: {entry['context']}"
        covers += [(a, b, {entry["number"], *NUMBER.findall(entry["number"])}) for a, b in spans]
    missing = []
    for m in NUMBER.finditer(text, start, end):
        if not any(a <= m.start() and m.end() <= b and m.group() in nums for a, b, nums in covers):
            missing.append(f"{m.group()} in …{text[max(0, m.start() - 15):m.end() + 10]}…")
    return missing


@pytest.mark.parametrize("report", KB["reports"], ids=[r["id"] for r in KB["reports"]])
def test_every_numeral_is_a_figure_or_explained(report):
    assert _uncovered(report) == []


def test_every_skip_has_a_reason():
    for entries in SKIPPED.values():
        for entry in entries:
            assert entry.get("why"), entry
