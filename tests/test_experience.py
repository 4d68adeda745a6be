"""reportcli as a user meets it: tables at real widths, figures as the reports say them, pipes,
styling on a terminal, queries as people type them, counts, messages, JSON/CSV contracts, help
and export.

Expected values come from data/reports.yaml and the two source texts in data/sources/ (the
sentences are quoted in comments), never from the program's own output.
"""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import select
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reportcli.layout import cell_width

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "kb"
SOURCES = ROOT / "data" / "sources"
ERGUN_SOURCE = SOURCES / "000_c7f09e0d5707841b.txt"  # 2023年额尔古纳市政府工作报告
DONGSHENG_SOURCE = SOURCES / "003_95a7a6371f2d122b.txt"  # 东胜区政府工作报告（2020年）

RULE = "\u2500"
ANSI = re.compile(r"\x1b\[")
RECORD_ID = re.compile(r"^[a-z]+-\d{4}(-[a-z]\d{3})?$")
FOOTER = re.compile(r"^\d+ (of \d+ )?(records?|targets?|reports?)( shown \(.*\))?$")
HEADER_TITLES = {"Score", "Kind", "Region", "Year", "Name", "Figure", "Figure / lead", "Lead", "Term", "No.",
                 "Category", "Task", "Src", "ID", "Parent", "Title", "Date", "Years", "Records", "Baseline",
                 "Target", ""}


# --- helpers -------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def cli(run):
    """`run`, remembered: the same command line with the same environment runs once per session."""
    seen: dict = {}

    def _cli(*args: str, env: dict | None = None):
        key = (args, tuple(sorted((env or {}).items())))
        if key not in seen:
            seen[key] = run(*args, env=env)
        return seen[key]

    return _cli


@pytest.fixture(scope="session")
def records(raw_kb) -> list[dict]:
    """Every record of data/reports.yaml with its report id and region."""
    return [{**rec, "report": rep["id"], "region": rep["region"]} for rep in raw_kb["reports"]
            for rec in rep["records"]]


def num(value: float | int) -> str:
    """A number as the reports write it: 42.82, 9000 (no trailing .0)."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def cut(line: str, spans: list[tuple[int, int]]) -> list[str]:
    """The text of each column of a table line, by terminal cell position."""
    placed, pos = [], 0
    for ch in line:
        placed.append((pos, ch))
        pos += cell_width(ch)
    return ["".join(ch for p, ch in placed if start <= p < end).strip() for start, end in spans]


class Row:
    def __init__(self, rid: str, line: str, cells: list[str]) -> None:
        self.id, self.lines, self.cells, self.details = rid, [line], [cells], []

    def column(self, k: int) -> list[str]:
        return [cells[k] for cells in self.cells]

    def on_one_line(self, text: str, k: int | None = None) -> bool:
        """Whether `text` appears whole on one line of this row (in column k when given)."""
        if k is None:
            return any(text in line for line in self.lines)
        return any(text in cell for cell in self.column(k))


class Table:
    """A table as printed: title lines, one header line, the rule, rows (by record id), footer."""

    def __init__(self, text: str, terms: bool = False) -> None:
        self.lines = text.rstrip("\n").split("\n")
        self.rule = next(i for i, line in enumerate(self.lines) if line and set(line) <= {RULE, " "})
        self.spans = [(m.start(), m.end()) for m in re.finditer(f"{RULE}+", self.lines[self.rule])]
        self.header = cut(self.lines[self.rule - 1], self.spans)
        self.footer = self.lines[-1]
        id_col = self.header.index("ID")
        self.rows: list[Row] = []
        for line in self.lines[self.rule + 1:-1]:
            if not line.strip():
                continue
            cells = cut(line, self.spans)
            if RECORD_ID.match(cells[id_col]):
                self.rows.append(Row(cells[id_col], line, cells))
            elif terms and re.match(r"^ {4}\S", line):
                self.rows[-1].details.append(line)
            else:
                assert self.rows, f"a line before the first row: {line!r}"
                assert not self.rows[-1].details, f"a table line after a row's detail: {line!r}"
                self.rows[-1].lines.append(line)
                self.rows[-1].cells.append(cells)

    def col(self, title: str) -> int | None:
        return self.header.index(title) if title in self.header else None


def table(cli, *args: str, width: int = 200) -> tuple[Table, object]:
    res = cli(*args, "--table", env={"COLUMNS": str(width)})
    assert res.code == 0, res.err
    return Table(res.out, terms="term" in res.out or "terms" in args[0]), res


# --- 1. table layout on real data -----------------------------------------------------------------

LAYOUT_COMMANDS = [
    ("search", "旅游收入"),
    ("targets", "--region", "东胜"),
    ("indicators", "--region", "额尔古纳"),
    ("tasks", "--region", "额尔古纳"),
    ("terms", "五大"),
    ("search", "东胜", "--all"),  # every kind of record: the first ten alone are all indicators
    ("compare", "地区生产总值"),
    ("targets", "--with-baseline", "--region", "额尔古纳"),
    ("reports",),
]
TITLES = {"search": "search", "targets": "targets", "indicators": "indicators", "tasks": "tasks", "terms": "terms",
          "compare": "compare: 地区生产总值", "reports": "reports"}


def _numbers(rec: dict) -> list[str]:
    """The figures of a numeric record as its quote writes them (ranks written in words excluded)."""
    found = []
    for field in ("value", "growth"):
        value = rec.get(field)
        if value is None or (field == "value" and rec.get("value_text")):
            continue
        text = num(abs(value))
        if text in (rec.get("quote") or ""):
            found.append(text)
    return found


@pytest.mark.parametrize("width", [80, 100, 120, 200])
@pytest.mark.parametrize("args", LAYOUT_COMMANDS, ids=lambda a: " ".join(a))
def test_table_layout_on_real_data(cli, args, width):
    tab, res = table(cli, *args, width=width)
    listed = cli(*args, "--json").json()
    assert listed, "the JSON answer of the same command is empty"

    # no line wider than the terminal
    for line in tab.lines:
        assert cell_width(line) <= width, f"{cell_width(line)} > {width}: {line!r}"
    # the header is one line: the line above the rule holds every column title whole, the title is above it
    assert tab.rule == 2, tab.lines[:tab.rule + 1]
    expected_title = "targets against their baseline" if "--with-baseline" in args else TITLES[args[0]]
    assert tab.lines[0].startswith(expected_title)
    for title in tab.header:
        assert title in HEADER_TITLES or re.fullmatch(r"(Value|Growth) \(.+\)", title), tab.header
    assert "ID" in tab.header
    assert FOOTER.match(tab.footer), tab.footer

    # every record of the JSON answer is a row, in the same order, its id whole on its first line
    assert [row.id for row in tab.rows] == [rec["id"] for rec in listed]
    id_col = tab.col("ID")
    for row in tab.rows:
        assert all(cell == "" for cell in row.column(id_col)[1:]), f"{row.id}: the id column wraps"
        # no number split across lines in any column: 42.8|2, 20|22 …
        for k in range(len(tab.header)):
            column = row.column(k)
            for above, below in zip(column, column[1:], strict=False):
                if above and below:
                    assert not (re.search(r"[\d.]$", above) and re.match(r"[\d.%]", below)), \
                        f"{row.id}: a number split across lines: {above!r} / {below!r}"

    rows = {row.id: row for row in tab.rows}
    name_col = next((tab.col(t) for t in ("Name", "Term", "Task") if tab.col(t) is not None), None)
    region_col = tab.col("Region")
    for rec in listed:
        row = rows[rec["id"]]
        if args[0] == "reports":
            # "2023年额尔古纳市政府工作报告": review year 2022, plan year 2023, each year whole
            assert row.on_one_line(f"{rec['review_year']}→{rec['plan_year']}"), row.lines
            assert len(rec["region"]) > 8 or row.on_one_line(rec["region"], region_col), row.lines
            continue
        # years whole on one line (a table with a Year column, or the baseline table's "2023: …")
        # (a record about a period shows the years of its period: 2020年以来, 2018—2022年均)
        if rec.get("year") is not None and (tab.col("Year") is not None or "--with-baseline" in args):
            for year in re.findall(r"(?:19|20)\d\d", rec.get("period") or "") or [str(rec["year"])]:
                assert row.on_one_line(year), (year, row.lines)
        # figures whole on one line, as the quote writes them: 42.82, 712.6
        for figure in _numbers(rec):
            assert row.on_one_line(figure), (rec["id"], figure, row.lines)
        baseline = rec.get("baseline")
        if baseline:
            assert row.on_one_line(str(baseline["year"])), row.lines
            for figure in _numbers(baseline):
                assert row.on_one_line(figure), (rec["id"], "baseline", figure, row.lines)
        # names of up to 8 characters whole on one line
        if name_col is not None and len(rec["name"]) <= 8:
            assert row.on_one_line(rec["name"], name_col), (rec["name"], row.lines)
        if region_col is not None and len(rec["region"]) <= 8:
            assert row.on_one_line(rec["region"], region_col), (rec["region"], row.lines)

    if args == ("search", "旅游收入") and width == 80:
        assert all(len(row.lines) <= 2 for row in tab.rows), [row.lines for row in tab.rows]


def test_known_figures_are_whole_in_narrow_tables(cli):
    """Spot checks that do not depend on the generic parser: numbers people look for."""
    # "旅游收入实现42.82亿元"; "实现旅游收入140亿元"
    out = cli("search", "旅游收入", "--table", env={"COLUMNS": "80"}).out
    assert any("42.82" in line and "eerguna-2023-i027" in line for line in out.splitlines())
    assert any("140" in line and "dongsheng-2020-i022" in line for line in out.splitlines())
    # "全年地区生产总值实现712.6亿元,增长4.3%"
    out = cli("compare", "地区生产总值", "--table", env={"COLUMNS": "80"}).out
    assert any("712.6" in line and "dongsheng-2020-i001" in line for line in out.splitlines())
    # at 80 columns the header is one line of whole titles; the category, of least value, gives way
    lines = cli("tasks", "--region", "额尔古纳", "--table", env={"COLUMNS": "80"}).out.splitlines()
    assert lines[1].split() == ["Region", "No.", "Task", "Lead", "ID"] and set(lines[2]) <= {RULE, " "}


@pytest.mark.parametrize("width", [80, 100, 120, 150, 200])
def test_task_categories_and_lead_units_keep_short_names_whole(cli, records, width):
    """The names in the tasks table besides the task's own: its category (附件1: 一、促进群众就业增收(7件))
    and its lead units (市残疾人联合会), each of up to 8 characters, whole on one line. At 80 columns
    the category column is dropped (the column of least value), never squeezed."""
    tab, _ = table(cli, "tasks", "--region", "额尔古纳", width=width)
    category, lead = tab.col("Category"), tab.col("Lead")
    assert lead is not None and (category is not None or width == 80)
    by_id = {r["id"]: r for r in records}
    for row in tab.rows:
        rec = by_id[row.id]
        if category is not None and rec.get("category") and len(rec["category"]) <= 8:
            assert row.on_one_line(rec["category"], category), (rec["category"], row.column(category))
        for unit in rec.get("lead") or []:
            if len(unit) <= 8:
                assert row.on_one_line(unit, lead), (unit, row.column(lead))


# --- 2. figures as the report says them -----------------------------------------------------------

def _row(tab: Table, rid: str) -> Row:
    return next(row for row in tab.rows if row.id == rid)


@pytest.mark.parametrize("width", [80, 200])
def test_targets_read_as_the_report_says_them(cli, width):
    source = DONGSHENG_SOURCE.read_text(encoding="utf-8")
    tab, _ = table(cli, "targets", "--region", "东胜", width=width)
    figure = tab.col("Figure")
    # "全区经济社会发展的主要预期目标是:地区生产总值增长4%左右,一般公共预算收入增长5%左右"
    assert "地区生产总值增长4%左右" in source
    assert "增长4%左右" in _row(tab, "dongsheng-2020-t001").column(figure)
    # "力争全年煤炭产销量突破9000万吨": the qualifier 突破 comes before the number
    assert "煤炭产销量突破9000万吨" in source
    assert _row(tab, "dongsheng-2020-t007").column(figure)[0] == "突破9000 万吨"


def test_structure_ratio_and_ranks_as_written(cli):
    source = ERGUN_SOURCE.read_text(encoding="utf-8")
    tab, _ = table(cli, "indicators", "--region", "额尔古纳", width=200)
    figure = tab.col("Figure")
    # "三次产业结构由47:11.9:41.1演进为48.2:14.5:37.3"
    assert "三次产业结构由47:11.9:41.1演进为48.2:14.5:37.3" in source
    assert _row(tab, "eerguna-2023-i013").column(figure) == ["47:11.9:41.1 → 48.2:14.5:37.3"]
    # "增速位居各旗市区第三位"; "第二产业增加值增速跃居各旗市区首位"
    assert "增速位居各旗市区第三位" in source and "第二产业增加值增速跃居各旗市区首位" in source
    assert _row(tab, "eerguna-2023-i003").column(figure) == ["第三位"]
    assert _row(tab, "eerguna-2023-i004").column(figure) == ["首位"]
    # at 80 columns the ratio keeps its numbers whole, wherever it breaks
    narrow, _ = table(cli, "indicators", "--region", "额尔古纳", width=80)
    cells = _row(narrow, "eerguna-2023-i013").column(narrow.col("Figure"))
    assert any("47:11.9:41.1" in c for c in cells) and any("48.2:14.5:37.3" in c for c in cells)


def test_terms_show_the_definition_or_else_the_quote(cli, records):
    by_id = {r["id"]: r for r in records}
    five = by_id["eerguna-2023-k054"]  # 附件2: 1.“五大任务”:指习近平总书记交给内蒙古的…
    assert five["name"] == "五大任务" and five["definition"].startswith("指习近平总书记交给内蒙古的")
    tab, _ = table(cli, "terms", "五大", width=80)
    row = _row(tab, "eerguna-2023-k054")
    assert row.details and all(line.startswith("    ") for line in row.details)
    assert squash("".join(row.details)) == squash(five["definition"])
    # 半拉子 has `definition: null`: its sentence, "“半拉子”工程完成销号", is shown instead
    half = by_id["eerguna-2023-k004"]
    assert half["definition"] is None and half["quote"] == "“半拉子”工程完成销号"
    assert half["quote"] in ERGUN_SOURCE.read_text(encoding="utf-8")
    tab, _ = table(cli, "terms", "半拉子", width=80)
    row = _row(tab, "eerguna-2023-k004")
    assert row.details and squash("".join(row.details)) == "「“半拉子”工程完成销号」"


# --- 3. piped output ------------------------------------------------------------------------------

def test_piped_output_is_one_line_per_record(cli, records):
    # a listing cut by the default limit of search: 10 of every 东胜区 record
    dongsheng = [r for r in records if r["report"] == "dongsheng-2020"]
    res = cli("search", "东胜", env={"COLUMNS": "80"})
    assert res.code == 0
    lines = res.out.splitlines()
    assert len(lines) == 10 and "\x1b" not in res.out
    assert len({line.count("\t") for line in lines}) == 1 and lines[0].count("\t") >= 4
    assert [line.split("\t")[-1] for line in lines] == [r["id"] for r in dongsheng[:10]]
    assert res.err == f"reportcli: 10 of {len(dongsheng)} records shown (--limit N, --all)\n"

    # not cut: nothing on stderr
    res = cli("indicators", "--region", "额尔古纳", env={"COLUMNS": "80"})
    ergun_indicators = [r for r in records if r["report"] == "eerguna-2023" and r["kind"] == "indicator"]
    assert res.out.count("\n") == len(ergun_indicators) and res.err == ""
    assert "\x1b" not in res.out and all("\t" in line for line in res.out.splitlines())

    # terms: the definition at the end of the record's own line, never wrapped at 80 columns
    res = cli("terms", "五大", env={"COLUMNS": "80"})
    lines = res.out.splitlines()
    assert res.err == "" and len(lines) == len(cli("terms", "五大", "--json").json())
    five = next(line for line in lines if "eerguna-2023-k054" in line)
    assert five.endswith("国家向北开放重要桥头堡。") and cell_width(five) > 80


# --- 4. styling -----------------------------------------------------------------------------------

def run_in_terminal(cache_dir: Path, *args: str, env: dict | None = None) -> str:
    """Run reportcli with stdout on a pseudo-terminal; what the terminal received."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("REPORTCLI_DATA", "NO_COLOR")}
    full_env.update({"REPORTCLI_CACHE": str(cache_dir), "PYTHONIOENCODING": "utf-8", "COLUMNS": "100",
                     "TERM": "xterm-256color"})
    full_env.update(env or {})
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "reportcli", *args], stdin=slave, stdout=slave,
                            stderr=subprocess.PIPE, env=full_env, close_fds=True)
    os.close(slave)
    chunks, deadline = [], time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:  # the child closed the terminal
                    break
                if not data:
                    break
                chunks.append(data)
            elif proc.poll() is not None:
                break
        proc.wait(timeout=60)
    finally:
        os.close(master)
    assert proc.returncode == 0, proc.stderr.read()
    return b"".join(chunks).decode("utf-8", "replace")


def test_styling_on_a_terminal(cache_dir):
    styled = run_in_terminal(cache_dir, "search", "旅游收入")
    assert RULE in styled and "eerguna-2023-i027" in styled  # a table, not plain lines
    assert ANSI.search(styled)
    for args, env in [(("search", "旅游收入"), {"NO_COLOR": "1"}),
                      (("--no-color", "search", "旅游收入"), None),
                      (("search", "旅游收入", "--no-color"), None),
                      (("targets", "--region", "东胜", "--no-color"), None)]:
        plain = run_in_terminal(cache_dir, *args, env=env)
        assert RULE in plain and "dongsheng-2020" in plain, args
        assert "\x1b" not in plain, (args, env)


# --- 5. queries as people type them ---------------------------------------------------------------

def test_region_words_in_the_query(cli, records):
    # "力争全年煤炭产销量突破9000万吨" (东胜); unquoted words: 东胜 is the region, 煤炭 the text
    found = cli("search", "东胜", "煤炭", "--json").json()
    assert found and {r["region"] for r in found} == {"东胜区"}
    assert "煤炭产销量" in {r["name"] for r in found}
    # written together: "粮食产量" of 额尔古纳
    found = cli("search", "额尔古纳粮食", "--json").json()
    assert {r["region"] for r in found} == {"额尔古纳市"}
    assert any(r["name"] == "粮食产量" for r in found)
    # GDP (an alias of 地区生产总值), also with the region in traditional characters
    for region in ("东胜", "東勝"):
        first = cli("search", region, "GDP", "--json").json()[0]
        assert (first["region"], first["name"]) == ("东胜区", "地区生产总值"), region


def test_year_kind_and_section_words_in_the_query(cli, records):
    found = cli("search", "2022年旅游收入", "--json").json()
    assert found and {r["year"] for r in found} == {2022}
    assert "eerguna-2023-i027" in {r["id"] for r in found}  # "旅游收入实现42.82亿元" (2022)
    found = cli("search", "GDP", "目标", "--json").json()
    assert found and {r["kind"] for r in found} == {"target"}
    # "主要预期目标是:地区生产总值增长6%左右" / "主要预期目标是:地区生产总值增长4%左右"
    assert {"eerguna-2023-t001", "dongsheng-2020-t001"} <= {r["id"] for r in found}
    main_targets = [r["id"] for r in records if "主要预期目标" in r["section"]]
    found = cli("search", "主要预期目标", "--all", "--json").json()
    assert sorted(r["id"] for r in found) == sorted(main_targets)
    found = cli("targets", "--section", "主要预期目标", "--region", "东胜", "--json").json()
    assert [r["id"] for r in found] == [r["id"] for r in records if r["report"] == "dongsheng-2020"
                                        and r["kind"] == "target" and "主要预期目标" in r["section"]]


def test_the_38_livelihood_tasks(cli, records):
    # "附件1 额尔古纳市2023年38件民生重点工作 及牵头责任单位 一、促进群众就业增收(7件)…
    #  二、加强社会保障(7件) 三、优化基本公共服务(15件) 四、改善群众居住环境(9件)"
    source = ERGUN_SOURCE.read_text(encoding="utf-8")
    counts = dict(re.findall(r"[一二三四]、(\S{2,10})\((\d+)件\)", source))
    assert {k: int(v) for k, v in counts.items()} == {"促进群众就业增收": 7, "加强社会保障": 7,
                                                      "优化基本公共服务": 15, "改善群众居住环境": 9}
    tasks = cli("tasks", "--section", "民生重点工作", "--json").json()
    assert len(tasks) == 38
    by_category: dict[str, set[int]] = {}
    for task in tasks:
        by_category.setdefault(task["category"], set()).add(task["number"])
    expected: dict[str, set[int]] = {}
    for rec in records:
        if rec["kind"] == "task" and "民生重点工作" in rec["section"]:
            expected.setdefault(rec["category"], set()).add(rec["number"])
    assert by_category == expected
    assert {k: len(v) for k, v in by_category.items()} == {k: int(v) for k, v in counts.items()}
    assert set().union(*by_category.values()) == set(range(1, 39))


def test_caption_says_how_the_query_was_read(cli):
    tab, _ = table(cli, "search", "东胜", "煤炭", width=120)
    assert tab.lines[0] == "search: region=东胜区 · 煤炭"
    tab, _ = table(cli, "search", "GDP", "目标", width=120)
    assert tab.lines[0] == "search: kind=target · GDP"


def test_a_name_with_a_kind_word_is_found_by_its_name(cli):
    # 附件2: "1.“五大任务”:指习近平总书记交给内蒙古的…" — 任务 is also a kind word
    first = cli("search", "五大任务", "--json").json()[0]
    assert (first["id"], first["kind"], first["name"]) == ("eerguna-2023-k054", "term", "五大任务")


# --- 6. counts ------------------------------------------------------------------------------------

def test_search_footer_counts_every_match(cli):
    every = cli("search", "增长", "--all", "--json").json()
    tab, _ = table(cli, "search", "增长", width=120)
    # the tenth record's score is shared by the ones after it: the footer says how many
    tied = sum(1 for r in every[10:] if r["score"] == every[9]["score"])
    assert tied > 0
    assert tab.footer == (f"10 of {len(every)} records shown; {tied} more score the same as the last "
                          "(--limit N, --all)")
    assert len(tab.rows) == 10


def test_listing_footer_counts_every_match(cli, records):
    every = cli("search", "东胜", "--all", "--json").json()
    assert len(every) == sum(1 for r in records if r["report"] == "dongsheng-2020")
    tab, _ = table(cli, "search", "东胜", width=120)
    assert tab.footer == f"10 of {len(every)} records shown (--limit N, --all)" and len(tab.rows) == 10


def test_ties_at_the_cut_are_kept_and_said(cli):
    # "旅游收入实现42.82亿元" and "实现旅游收入140亿元": the same name, the same score
    top = cli("search", "旅游收入", "--limit", "1", "--json").json()
    every = cli("search", "旅游收入", "--all", "--json").json()
    assert {r["id"] for r in every[:2]} == {"eerguna-2023-i027", "dongsheng-2020-i022"}
    assert every[0]["score"] == every[1]["score"] == 100 and every[2]["score"] < 100
    assert [r["id"] for r in top] == [every[0]["id"]]  # the limit holds; the tie is said, not dropped silently
    tab, _ = table(cli, "search", "旅游收入", "--limit", "1", width=120)
    assert len(tab.rows) == 1
    assert tab.footer == f"1 of {len(every)} records shown; 1 more score the same as the last (--limit N, --all)"


# --- 7. messages and options ----------------------------------------------------------------------

def test_no_match_names_the_filter(cli, records):
    # 煤炭 is only in 东胜's report: "全年产销煤炭8540万吨", "力争全年煤炭产销量突破9000万吨",
    # "18家煤炭生产经营单位被评为自治区级绿色矿山"
    coal = [r for r in records if "煤炭" in r["name"] + r["quote"] + " ".join(r.get("aliases") or [])]
    assert {r["report"] for r in coal} == {"dongsheng-2020"}
    res = cli("search", "煤炭", "--region", "额尔古纳")
    assert res.code == 1 and res.out == ""
    assert res.err == f"reportcli: '煤炭' matches {len(coal)} records, none in 额尔古纳市\n"


def test_data_option_after_the_subcommand(cli):
    fixture = str(FIXTURES / "compare.yaml")  # 对比县: "全年地区生产总值完成8000万元,同比增长6%"
    after = cli("search", "地区生产总值", "--region", "对比", "--data", fixture, "--json")
    before = cli("--data", fixture, "search", "地区生产总值", "--region", "对比", "--json")
    assert after.code == 0, after.err
    assert {r["id"] for r in after.json()} == {"duibi-2023-i001", "duibi-2023-i002"}
    assert after.out == before.out
    rows = cli("compare", "地区生产总值", "--kind", "indicator", "--data", fixture, "--json").json()
    assert "duibi-2023-i001" in {r["id"] for r in rows}
    # without it, 对比县 is unknown
    assert cli("search", "地区生产总值", "--region", "对比").code == 2


def test_lead_unit_abbreviations_and_traditional_characters(cli, records):
    tasks = [r for r in records if r["kind"] == "task"]
    hrss = [r["id"] for r in tasks if any("市人力资源和社会保障局" in u for u in r.get("lead") or [])]
    assert len(hrss) >= 5  # 1. 离校未就业高校毕业生… 牵头单位: 市人力资源和社会保障局 …
    assert [r["id"] for r in cli("tasks", "--lead", "人社局", "--json").json()] == hrss
    civil = [r["id"] for r in tasks if any("民政局" in u for u in r.get("lead") or [])]
    assert civil and [r["id"] for r in cli("tasks", "--lead", "民政局", "--json").json()] == civil
    # category in traditional characters: 加強社會保障 = 加强社会保障
    social = [r["id"] for r in tasks if any("民政局" in u for u in r.get("lead") or [])
              and r.get("category") == "加强社会保障"]
    got = cli("tasks", "--lead", "民政局", "--category", "加強社會保障", "--json")
    assert got.code == 0, got.err
    assert social and [r["id"] for r in got.json()] == social


# --- 8. JSON, CSV and show contracts --------------------------------------------------------------

@pytest.mark.parametrize("args", [("search", "量子纠缠"), ("targets", "--with-baseline", "量子纠缠"),
                                  ("compare", "量子纠缠")], ids=lambda a: " ".join(a))
def test_json_is_an_empty_list_when_nothing_matches(cli, args):
    res = cli(*args, "--json")
    assert res.code == 1 and json.loads(res.out) == [] and res.err.count("\n") == 1


def _header(res, fmt: str) -> list[str]:
    first = res.out.splitlines()[0]
    return next(csv.reader([first])) if fmt == "csv" else first.split("\t")


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
@pytest.mark.parametrize("empty,full", [
    (("search", "量子纠缠"), ("search", "旅游收入")),
    (("targets", "量子纠缠"), ("targets", "GDP")),
    (("indicators", "量子纠缠"), ("indicators", "旅游收入")),
    (("terms", "量子纠缠"), ("terms", "五大")),
    (("tasks", "量子纠缠"), ("tasks", "零工")),
    (("targets", "--with-baseline", "量子纠缠"), ("targets", "--with-baseline", "GDP")),
    (("compare", "量子纠缠"), ("compare", "地区生产总值")),
    (("targets", "--region", "东胜", "--year", "2023"), ("targets", "--region", "东胜", "--year", "2020")),
], ids=lambda a: " ".join(a))
def test_csv_header_even_when_nothing_matches(cli, empty, full, fmt):
    none, some = cli(*empty, f"--{fmt}"), cli(*full, f"--{fmt}")
    assert none.code == 1 and some.code == 0, (none.err, some.err)
    assert len(none.out.splitlines()) == 1 and len(some.out.splitlines()) > 1
    assert _header(none, fmt) == _header(some, fmt) and "id" in _header(none, fmt)


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_header_of_a_filter_word_query(cli, fmt):
    none = cli("targets", "东胜", "--year", "2023", f"--{fmt}")  # 东胜's report plans 2020, not 2023
    some = cli("targets", "东胜", "--year", "2020", f"--{fmt}")
    assert none.code == 1 and some.code == 0
    assert _header(none, fmt) == _header(some, fmt)


def test_csv_columns_are_fixed_whatever_the_query(cli):
    answers = [cli("targets", *words, "--csv") for words in (("GDP",), ("煤炭",), ("额尔古纳", "GDP"))]
    assert all(a.code == 0 for a in answers)
    headers = [_header(a, "csv") for a in answers]
    assert headers[0] == headers[1] == headers[2]
    rows = list(csv.DictReader(io.StringIO(answers[1].out)))
    # "力争全年煤炭产销量突破9000万吨"
    coal = next(r for r in rows if r["id"] == "dongsheng-2020-t007")
    assert (coal["value"], coal["unit"], coal["qualifier"]) == ("9000", "万吨", "突破")


def test_csv_columns_are_fixed_when_the_query_is_a_region(cli):
    assert _header(cli("targets", "东胜", "--csv"), "csv") == _header(cli("targets", "GDP", "--csv"), "csv")


def test_show_one_or_several(cli, records):
    one = cli("show", "dongsheng-2020-t007", "--json")
    assert one.code == 0 and isinstance(one.json(), dict) and one.json()["id"] == "dongsheng-2020-t007"
    several = cli("show", "dongsheng-2020-t007", "eerguna-2023-i027", "--json").json()
    assert isinstance(several, list) and [r["id"] for r in several] == ["dongsheng-2020-t007", "eerguna-2023-i027"]


def test_show_prints_everything_with_its_source_line(cli, records):
    rec = next(r for r in records if r["id"] == "dongsheng-2020-k013")
    # "深化“放管服”改革,实现“最多跑一次”420项、“零次跑”51项"
    source = DONGSHENG_SOURCE.read_text(encoding="utf-8")
    assert rec["quote"] in source and rec["definition"]
    line = source[:source.index(rec["quote"])].count("\n") + 1
    res = cli("show", "dongsheng-2020-k013", "--table", env={"COLUMNS": "80"})
    assert res.code == 0 and "…" not in res.out
    fields: dict[str, str] = {}
    key = None
    for text in res.out.splitlines():
        if text and not text.startswith(" "):
            key, _, value = text.partition(" ")
            fields[key] = value.strip()
        elif key:
            fields[key] += text.strip()
    assert squash(fields["quote"]) == squash(rec["quote"])
    assert squash(fields["definition"]) == squash(rec["definition"])
    assert fields["section"] == rec["section"]
    # the source as installed (a wheel carries its own copy of data/sources): the same file
    shown = Path(fields["source_file"])
    assert shown.name == DONGSHENG_SOURCE.name and shown.read_bytes() == DONGSHENG_SOURCE.read_bytes()
    assert fields["source_line"] == str(line)
    assert all(cell_width(text) <= 80 for text in res.out.splitlines())


def test_index_info_and_json(cli, records, raw_kb):
    info = cli("index", "--info")
    assert info.code == 0
    facts = dict(line.split(": ", 1) for line in info.out.splitlines())
    assert {"path", "records", "reports"} <= facts.keys()
    assert facts["records"] == str(len(records)) and facts["reports"] == str(len(raw_kb["reports"]))
    as_json = cli("index", "--json").json()
    assert isinstance(as_json, dict)
    assert (as_json["records"], as_json["reports"]) == (len(records), len(raw_kb["reports"]))


# --- 9. help --------------------------------------------------------------------------------------

def test_help_shows_readable_metavars(cli):
    res = cli("search", "--help", env={"COLUMNS": "100"})
    assert res.code == 0
    usage = res.out.splitlines()[0]
    # QUERY... (or [QUERY]... when the words may be left out), never {QUERY...} or <str>
    assert re.fullmatch(r"Usage: .*reportcli search \[OPTIONS\] (QUERY|\[QUERY\])\.\.\.", usage), usage
    assert re.search(r"^  \[?QUERY\]?\.\.\.  ", res.out, re.M)
    assert "--region REGION" in res.out and "--limit N" in res.out and "--lead UNIT" in res.out
    for wrong in ("<str>", "{QUERY", "TEXT...", "INTEGER"):
        assert wrong not in res.out, wrong


# --- 10. export -----------------------------------------------------------------------------------

def test_export_format_from_the_extension(run, tmp_path, records):
    for name in ("kb.csv", "kb.tsv", "kb.json", "kb.jsonl", "kb.sqlite", "kb.db"):
        res = run("export", str(tmp_path / name), "--region", "东胜", "--kind", "target")
        assert res.code == 0, (name, res.err)
    targets = [r["id"] for r in records if r["report"] == "dongsheng-2020" and r["kind"] == "target"]
    with open(tmp_path / "kb.csv", encoding="utf-8", newline="") as f:
        assert [row["id"] for row in csv.DictReader(f)] == targets
    tsv = (tmp_path / "kb.tsv").read_text(encoding="utf-8").splitlines()
    assert tsv[0].split("\t")[0] == "id" and [line.split("\t")[0] for line in tsv[1:]] == targets
    assert [r["id"] for r in json.loads((tmp_path / "kb.json").read_text(encoding="utf-8"))] == targets
    jsonl = (tmp_path / "kb.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in jsonl] == targets
    for name in ("kb.sqlite", "kb.db"):
        conn = sqlite3.connect(tmp_path / name)
        try:
            assert [r[0] for r in conn.execute("SELECT id FROM targets ORDER BY rowid")] == targets
            assert conn.execute("SELECT count(*) FROM indicators").fetchone()[0] == 0
        finally:
            conn.close()


def test_export_format_option(run, tmp_path):
    unknown = tmp_path / "kb.txt"
    res = run("export", str(unknown))
    assert res.code == 2 and res.err.count("\n") == 1 and not unknown.exists()
    res = run("export", "-f", "jsonl", str(unknown), "--region", "额尔古纳", "--kind", "term")
    assert res.code == 0, res.err
    assert all(json.loads(line)["kind"] == "term" for line in unknown.read_text(encoding="utf-8").splitlines())
    clash = tmp_path / "kb.csv"
    res = run("export", "-f", "json", str(clash))
    assert res.code == 2 and res.err.count("\n") == 1 and res.err.startswith("reportcli: ")
    assert not clash.exists()


def test_export_to_stdout(run, records):
    res = run("export", "-", "-f", "csv", "--region", "东胜", "--kind", "target")
    assert res.code == 0, res.err
    rows = list(csv.DictReader(io.StringIO(res.out)))
    expected = [r for r in records if r["report"] == "dongsheng-2020" and r["kind"] == "target"]
    assert [r["id"] for r in rows] == [r["id"] for r in expected]
    assert {r["region"] for r in rows} == {"东胜区"} and {r["kind"] for r in rows} == {"target"}
    res = run("export", "-", "-f", "sqlite")
    assert res.code == 2 and res.out == "" and res.err.count("\n") == 1


def test_export_bom_for_excel(run, tmp_path):
    out = tmp_path / "excel.csv"
    assert run("export", str(out), "--bom", "--region", "东胜", "--kind", "target").code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    # "力争全年煤炭产销量突破9000万吨"
    coal = next(r for r in rows if r["id"] == "dongsheng-2020-t007")
    assert (coal["region"], coal["name"], coal["unit"]) == ("东胜区", "煤炭产销量", "万吨")


def test_export_never_overwrites_and_writes_a_header_when_empty(run, tmp_path):
    out = tmp_path / "kept.csv"
    out.write_text("precious", encoding="utf-8")
    res = run("export", str(out))
    assert res.code == 2 and res.err.count("\n") == 1 and out.read_text(encoding="utf-8") == "precious"
    assert run("export", str(out), "--force", "--kind", "term").code == 0
    assert out.read_text(encoding="utf-8").startswith("id,kind,")
    # 东胜's report is about 2019 and 2020: nothing about 2023, still a header
    empty = tmp_path / "empty.csv"
    res = run("export", str(empty), "--region", "东胜", "--year", "2023")
    assert res.code == 0, res.err
    lines = empty.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith("id,kind,report,region,year")
