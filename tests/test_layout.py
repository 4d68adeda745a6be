"""The plain-text table engine: widths in terminal cells, unbreakable atoms, column layout."""

from __future__ import annotations

import random
import re

import pytest

from reportcli.layout import UNITS, Column, atoms, cell_width, render, wrap

ANSI = re.compile(r"\x1b\[[0-9;]*m")
NB = "\u00a0"


def plain(line: str) -> str:
    return ANSI.sub("", line)


def texts(items: list[tuple[str, bool]]) -> list[str]:
    return [t for t, _ in items]


# --- cell_width --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "cells"), [
    ("", 0),
    ("abc", 3),
    ("旅游收入", 8),
    ("旅游abc", 7),
    ("增长6%左右", 10),
    ("42.82 亿元", 10),
    ("ＧＤＰ", 6),  # fullwidth
    ("，。（）％", 10),  # fullwidth punctuation
    ("2018—2022", 9),  # em dash is ambiguous: 1
    ("─" * 5, 5),  # box drawing is ambiguous: 1
    ("e\u0301", 1),  # combining acute: 0
    ("é中\u0301文", 5),
    ("eerguna-2023-i027", 17),
])
def test_cell_width(text, cells):
    assert cell_width(text) == cells


# --- atoms -------------------------------------------------------------------------------------


def test_atoms_keep_number_and_unit_together():
    assert texts(atoms("逾200亿元", UNITS)) == ["逾", "200亿元"]
    assert texts(atoms("2022年", ("年",))) == ["2022年"]
    assert texts(atoms("2018—2022年均", ("年",))) == ["2018—2022年", "均"]
    assert texts(atoms("提高1.5个百分点", ("个", "个百分点"))) == ["提", "高", "1.5个百分点"]  # longest unit wins
    assert texts(atoms("增长6%左右", UNITS)) == ["增", "长", "6%", "左", "右"]
    assert texts(atoms("下降2.3%", ())) == ["下", "降", "2.3%"]
    assert texts(atoms("增长6％", ())) == ["增", "长", "6％"]  # fullwidth percent without being asked


def test_atoms_units_only_after_numbers():
    assert texts(atoms("旅游收入亿元", UNITS)) == list("旅游收入亿元")
    assert texts(atoms("GDP亿元", UNITS)) == ["GDP", "亿", "元"]
    # without units, a unit is just characters
    assert texts(atoms("42.82亿元")) == ["42.82", "亿", "元"]


def test_atoms_no_break_space_glues():
    assert atoms(f"42.82{NB}亿元", UNITS) == [(f"42.82{NB}亿元", False)]
    assert atoms(f"42.82{NB}亿元") == [(f"42.82{NB}亿", False), ("元", False)]
    assert texts(atoms(f"GDP{NB}total rose")) == [f"GDP{NB}total", "rose"]


def test_atoms_ids_ratios_and_words():
    assert texts(atoms("dongsheng-2020-i022")) == ["dongsheng-2020-i022"]
    assert texts(atoms("7.4:34.8:57.8")) == ["7.4:34.8:57.8"]
    assert texts(atoms("-2.3")) == ["-2.3"]
    assert atoms("see eerguna-2023-i027 旅游") == [("see", False), ("eerguna-2023-i027", True), ("旅", True),
                                                   ("游", False)]
    assert texts(atoms("ＧＤＰ增长６．５％")) == ["ＧＤＰ", "增", "长", "６．５％"]


def test_atoms_whitespace():
    assert atoms("") == []
    assert atoms("  \t\n ") == []
    assert atoms("  a \t\n b  ") == [("a", False), ("b", True)]


def test_atoms_glue_punctuation():
    assert texts(atoms("旅游收入，增长6%。", UNITS)) == ["旅", "游", "收", "入，", "增", "长", "6%。"]
    assert texts(atoms("（2022年）", UNITS)) == ["（2022年）"]
    assert texts(atoms("《政府工作报告》", UNITS)) == ["《政", "府", "工", "作", "报", "告》"]
    assert texts(atoms("“旅游”、“收入”", UNITS)) == ["“旅", "游”、", "“收", "入”"]
    assert texts(atoms("旅游……收入")) == ["旅", "游……", "收", "入"]
    assert texts(atoms("income (旅游), total")) == ["income", "(旅", "游),", "total"]
    # a space before closing punctuation becomes unbreakable rather than let the comma start a line
    assert texts(atoms("增长 6% ，")) == ["增", "长", f"6%{NB}，"]


def test_atoms_nothing_lost():
    text = "城镇常住居民人均可支配收入 增长6%左右（2018—2022年均），达到42.82亿元; see dongsheng-2020-i022"
    assert "".join(texts(atoms(text, UNITS))) == text.replace(" ", "").replace(NB, "")


# --- wrap --------------------------------------------------------------------------------------


def test_wrap_keeps_atoms_that_fit():
    lines = wrap(f"城镇常住居民人均可支配收入增长6%左右，达到42.82{NB}亿元", 10, UNITS)
    assert all(cell_width(line) <= 10 for line in lines)
    assert any("42.82 亿元" in line for line in lines)
    assert any("6%左" in line for line in lines)
    assert "".join(lines).replace(" ", "") == "城镇常住居民人均可支配收入增长6%左右，达到42.82亿元"


def test_wrap_spaces_between_atoms_and_at_edges():
    assert wrap("", 10) == [""]
    assert wrap("   ", 10) == [""]
    assert wrap("alpha beta gamma", 10) == ["alpha beta", "gamma"]
    assert wrap("  alpha   beta  ", 40) == ["alpha beta"]
    assert wrap("旅游收入", 5) == ["旅游", "收入"]  # never more than 5 cells, a wide char is not cut
    assert wrap("旅游收入，", 4) == ["旅游", "收", "入，"]
    assert wrap("旅游收入，", 6) == ["旅游收", "入，"]  # the comma does not start a line


def test_wrap_folds_only_atoms_wider_than_the_line():
    assert wrap("dongsheng-2020-i022 x", 21) == ["dongsheng-2020-i022 x"]
    assert wrap("dongsheng-2020-i022 x", 20) == ["dongsheng-2020-i022", "x"]
    assert wrap("x dongsheng-2020-i022", 19) == ["x", "dongsheng-2020-i022"]  # moved, not folded
    assert wrap("dongsheng-2020-i022", 8) == ["dongshen", "g-2020-i", "022"]  # last resort
    assert wrap(f"42.82{NB}亿元", 12, UNITS) == ["42.82 亿元"]
    # combining marks stay with their base
    assert wrap("a e\u0301e\u0301e\u0301", 2) == ["a", "e\u0301e\u0301", "e\u0301"]


def test_wrap_never_exceeds_width_fuzz():
    rng = random.Random(20240601)
    alphabet = ["旅", "游", "收", "入", "，", "。", "（", "）", "42.82", "亿元", "年", "6%", " ", " ", NB, "—",
                "dongsheng-2020-i022", "7.4:34.8:57.8", "a", "-", "“", "”", "e\u0301", "ＧＤＰ", "％"]
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        width = rng.randint(2, 40)
        lines = wrap(text, width, UNITS)
        assert lines, text
        assert all(cell_width(line) <= width for line in lines), (text, width, lines)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace(NB, "")
        for atom, _ in atoms(text, UNITS):
            shown = atom.replace(NB, " ")
            if cell_width(shown) <= width:
                assert any(shown in line for line in lines), (text, width, atom, lines)


# --- render ------------------------------------------------------------------------------------

COLUMNS = [
    Column("地区"),
    Column("年份", wrap=False),
    Column("名称"),
    Column("数值"),
    Column("编号", wrap=False, style="dim"),
    Column("得分", priority=2, wrap=False, align="right"),
    Column("类型", priority=1),
]
ROWS = [
    ["东胜区", "2020", "旅游收入", f"42.82{NB}亿元", "dongsheng-2020-i022", "0.873", "指标"],
    ["额尔古纳市", "2023", "呼伦贝尔市排名", "第3位，较上年提升2位", "eerguna-2023-i027", "0.512", "预期性指标"],
    ["鄂尔多斯市", "2022", "地区生产总值", "增长6%左右", "ordos-2022-t003", "0.401", "目标"],
    ["东胜区", "2021", "城镇常住居民人均可支配收入", "2018—2022年均增长7.5%", "dongsheng-2021-i105", "0.333", "指标"],
    ["额尔古纳市", "2023", "三次产业结构", "7.4:34.8:57.8", "eerguna-2023-i031", "0.2", "约束性指标"],
    ["鄂尔多斯市", "2022", "固定资产投资", "逾200亿元，下降2.3%", "ordos-2022-i010", "0.1", "指标"],
]
TITLES = [c.title for c in COLUMNS]


def cut(line: str, start: int, end: int) -> str:
    """The part of a line between two cell offsets."""
    out, pos = [], 0
    for ch in line:
        w = cell_width(ch)
        if start <= pos and pos + w <= end:
            out.append(ch)
        pos += w
    return "".join(out)


def parse(lines: list[str]) -> tuple[list[str], list[dict[str, list[str]]]]:
    """Titles of the columns shown, and each row as {title: the column's pieces, one per line}."""
    lines = [plain(x) for x in lines]
    rule = next(k for k, x in enumerate(lines) if x and set(x) <= {"─", " "})
    spans, pos = [], 0
    for seg in lines[rule].split("  "):
        spans.append((pos, pos + len(seg)))
        pos += len(seg) + 2
    titles = ["".join(cut(x, a, b).strip() for x in lines[:rule]) for a, b in spans]
    rows: list[dict[str, list[str]]] = []
    for line in lines[rule + 1:]:
        parts = [cut(line, a, b) for a, b in spans]
        if parts[0].strip():
            rows.append({t: [] for t in titles})
        for t, p in zip(titles, parts, strict=True):
            rows[-1][t].append(p)
    return titles, rows


def joined(pieces: list[str]) -> str:
    """A cell's text from its pieces, without spaces."""
    return "".join(p.strip() for p in pieces).replace(" ", "")


@pytest.mark.parametrize("width", [80, 100, 120, 200])
@pytest.mark.parametrize("styled", [False, True])
def test_table_fits_and_never_splits_atoms(width, styled):
    lines = render(COLUMNS, ROWS, width, styled=styled, units=UNITS)
    assert all(cell_width(plain(x)) <= width for x in lines)
    titles, rows = parse(lines)
    assert len(rows) == len(ROWS)
    for got, row in zip(rows, ROWS, strict=True):
        cells = dict(zip(TITLES, row, strict=True))
        for title in titles:
            # nothing lost or reordered
            assert joined(got[title]) == cells[title].replace(NB, "").replace(" ", "")
        for title in ("年份", "数值", "编号", "得分"):
            if title in titles:
                for atom, _ in atoms(cells[title], UNITS):
                    assert any(atom.replace(NB, " ") in p for p in got[title]), (title, atom, got[title])
        for title in ("年份", "编号"):
            assert [p.strip() for p in got[title] if p.strip()] == [cells[title]]
        if len(cells["名称"]) <= 8:
            assert [p.strip() for p in got["名称"] if p.strip()] == [cells["名称"]]
        assert len(got["地区"]) <= 2


def test_table_at_80_drops_low_priority_first_and_rows_take_two_lines():
    lines = render(COLUMNS, ROWS, 80, units=UNITS)
    titles, rows = parse(lines)
    assert titles == ["地区", "年份", "名称", "数值", "编号"]
    assert all(len(r["地区"]) <= 2 for r in rows)
    assert max(cell_width(x) for x in lines) <= 80
    # the name column keeps room for 8 Chinese characters
    rule = lines[1].split("  ")
    assert len(rule[2]) >= 16


def test_table_at_100_drops_only_what_it_must():
    titles, rows = parse(render(COLUMNS, ROWS, 100, units=UNITS))
    assert titles == TITLES
    titles, _ = parse(render(COLUMNS, ROWS, 88, units=UNITS))
    assert titles == ["地区", "年份", "名称", "数值", "编号", "类型"]  # 得分 (priority 2) goes before 类型 (1)


def test_table_at_200_uses_natural_widths():
    lines = render(COLUMNS, ROWS, 200, units=UNITS)
    titles, rows = parse(lines)
    assert titles == TITLES
    assert all(len(r["地区"]) == 1 for r in rows)  # one line per row
    natural = [max(cell_width(c.replace(NB, " ")) for c in [t] + [r[k] for r in ROWS]) for k, t in enumerate(TITLES)]
    assert lines[1] == "  ".join("─" * w for w in natural)  # not stretched to 200
    assert max(cell_width(x) for x in lines) == sum(natural) + 2 * (len(natural) - 1)


def test_ties_drop_the_rightmost():
    cols = [Column("name"), Column("aaaaaaaaaa", priority=1), Column("bbbbbbbbbb", priority=1)]
    titles, _ = parse(render(cols, [["旅游收入" * 3, "x", "y"]], 40))
    assert titles == ["name", "aaaaaaaaaa", "bbbbbbbbbb"]  # 16 + 10 + 10 + gaps fit
    titles, _ = parse(render(cols, [["旅游收入" * 3, "x", "y"]], 39))
    assert titles == ["name", "aaaaaaaaaa"]


def test_remaining_space_is_shared_by_missing_width():
    cols = [Column("id", wrap=False), Column("name"), Column("text")]
    row = ["eerguna-2023-i027", "城镇常住居民人均可支配收入", "旅游收入" * 10]
    lines = render(cols, [row], 80)
    widths = [len(seg) for seg in lines[1].split("  ")]
    assert sum(widths) + 4 == 80  # all the width is used
    assert widths[0] == 17 and widths[1] >= 16 and widths[2] > widths[1]


def test_unstyled_has_no_escape_codes_even_from_the_data():
    rows = [r[:] for r in ROWS]
    rows[0][2] = "旅游\x1b[31m收入"
    out = "\n".join(render(COLUMNS, rows, 80, title="标题", details=["说明\x1b[0m"], footer="脚注", units=UNITS))
    assert "\x1b" not in out
    assert "\\x1b" in out  # shown, not sent


def test_styled_codes():
    lines = render(COLUMNS, ROWS, 200, styled=True, title="旅游收入", footer="共 6 条", units=UNITS)
    assert lines[0] == "\x1b[3m旅游收入\x1b[0m"
    assert "\x1b[1m地区\x1b[0m" in lines[1]
    assert "\x1b[2mdongsheng-2020-i022\x1b[0m" in lines[3]
    assert lines[-1] == "\x1b[2m共 6 条\x1b[0m"
    assert "\x1b" not in lines[2]  # the rule is plain


def test_title_and_footer_wrap_to_width():
    long = "呼伦贝尔市额尔古纳市二〇二三年政府工作报告中的全部预期性指标与约束性指标（共42项）"
    lines = render(COLUMNS[:2], [ROWS[0][:2]], 30, title=long, footer=long)
    assert all(cell_width(x) <= 30 for x in lines)
    assert "".join(lines[:3]) == long
    assert "".join(lines[-3:]) == long


def test_details_indented_wrapped_and_spaced():
    cols = [Column("术语"), Column("地区"), Column("编号", wrap=False, style="dim")]
    rows = [["新质生产力", "东胜区", "dongsheng-2024-k001"], ["三北工程", "鄂尔多斯市", "ordos-2023-k004"],
            ["营商环境", "东胜区", "dongsheng-2022-k010"]]
    definition = ("由技术革命性突破、生产要素创新性配置、产业深度转型升级而催生的当代先进生产力，"
                  "以全要素生产率大幅提升为核心标志。")
    lines = render(cols, rows, 50, details=[definition, None, "营商环境是指市场主体的外部条件。"])
    assert all(cell_width(x) <= 50 for x in lines)
    body = lines[2:]
    assert body[0].startswith("新质生产力")
    para = []
    for line in body[1:]:
        if not line.startswith("    "):
            break
        para.append(line[4:])
    assert len(para) >= 3 and "".join(para) == definition
    assert all(cell_width(x) <= 46 for x in para)
    after = body[1 + len(para):]
    assert after[0] == "" and after[1].startswith("三北工程")
    assert after[2] == "" and after[3].startswith("营商环境")
    assert after[4] == "    营商环境是指市场主体的外部条件。"


def test_no_blank_lines_without_details():
    lines = render(COLUMNS, ROWS, 80, details=[None] * len(ROWS), units=UNITS)
    assert "" not in lines


@pytest.mark.parametrize("width", [5, 20, 30, 50, 60])
def test_narrow_widths_never_overflow(width):
    for styled in (False, True):
        lines = render(COLUMNS, ROWS, width, styled=styled, title="旅游收入 — 6 条结果", units=UNITS,
                       details=["说明" * 30] + [None] * 5)
        assert all(cell_width(plain(x)) <= max(width, 20) for x in lines), width
    for row in ROWS:  # one row at a time, so that row boundaries are known: nothing is lost
        lines = render(COLUMNS, [row], width, units=UNITS)
        rule = next(k for k, x in enumerate(lines) if set(x) <= {"─", " "})
        spans, pos = [], 0
        for seg in lines[rule].split("  "):
            spans.append((pos, pos + len(seg)))
            pos += len(seg) + 2
        shown = [joined([cut(x, a, b) for x in lines[rule + 1:]]) for a, b in spans]
        assert shown == [c.replace(NB, "").replace(" ", "") for c in row][:len(shown)]


def test_narrow_width_lowers_wrapping_columns_before_folding_ids():
    cols = [Column("名称"), Column("编号", wrap=False)]
    lines = render(cols, [["城镇常住居民人均可支配收入", "dongsheng-2020-i022"]], 30)
    assert all(cell_width(x) <= 30 for x in lines)
    assert sum("dongsheng-2020-i022" in x for x in lines) == 1


def test_right_alignment():
    cols = [Column("名称"), Column("数值", align="right", wrap=False)]
    lines = render(cols, [["旅游收入", "42.82"], ["地区生产总值", "7"], ["逾", "200亿元"]], 80, units=UNITS)
    assert lines == [
        "名称" + " " * 13 + "数值",
        "────────────  ───────",
        "旅游收入" + " " * 8 + "42.82",
        "地区生产总值" + " " * 8 + "7",
        "逾" + " " * 12 + "200亿元",
    ]


def test_left_alignment_strips_trailing_spaces():
    lines = render([Column("名称"), Column("备注")], [["旅游收入", ""], ["地区生产总值", "x"]], 80)
    assert lines[2] == "旅游收入"
    assert lines[3] == "地区生产总值  x"


def test_cells_are_single_line_and_rows_are_padded():
    lines = render([Column("a"), Column("b"), Column("c")], [["x\ny", "1\t2"], ["z", "3", "4", "extra"]], 80)
    assert lines[2] == "x y  1 2"
    assert lines[3] == "z    3    4"


def test_empty_table():
    assert render([Column("名称"), Column("编号")], [], 80) == ["名称  编号", "────  ────"]
    assert render([], [], 80, title="t", footer="f") == ["t", "f"]


def test_column_checks_its_options():
    with pytest.raises(ValueError):
        Column("x", align="center")
    with pytest.raises(ValueError):
        Column("x", style="italic")
    col = Column("x", priority=3, wrap=False, keep=8, align="right", style="dim")
    assert (col.title, col.priority, col.wrap, col.keep, col.align, col.style) == ("x", 3, False, 8, "right", "dim")
    with pytest.raises(AttributeError):
        col.other = 1  # __slots__


def test_an_optional_column_goes_before_any_other_column_wraps():
    cols = [Column("Score", optional=True, wrap=False, align="right"), Column("Name"), Column("ID", wrap=False)]
    rows = [["100", "旅游收入在呼伦贝尔市排名", "eerguna-2023-i029"]]
    wide = render(cols, rows, 80)
    assert wide[0].split() == ["Score", "Name", "ID"]  # everything fits: the score is shown
    narrow = render(cols, rows, 45)
    assert narrow[0].split() == ["Name", "ID"] and any("旅游收入在呼伦贝尔市排名" in line for line in narrow)
