"""`reportcli validate`: the bundled knowledge base passes; each broken fixture fails, with the
line of the problem; a bad user knowledge base is refused whole, never half-loaded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT

FIXTURES = Path(__file__).parent / "fixtures" / "kb"
BROKEN = FIXTURES / "broken"

# fixture → (what the message says, text on the line the message must point at)
CASES = {
    "syntax.yaml": ("expected", "growth: [6"),
    "unknown_field.yaml": ("unknown field 'valeu'", "valeu: 3"),
    "missing_quote.yaml": ("missing 'quote'", "id: sample-2023-k001"),
    "wrong_type.yaml": ("field 'value' has the wrong type", "value: fifty"),
    "duplicate_id.yaml": ("duplicate id 'sample-2023-i001'", "id: sample-2023-i001"),
    "unknown_kind.yaml": ("unknown kind 'figure'", "kind: figure"),
    "unknown_unit.yaml": ("unknown unit '斤两'", "unit: 斤两"),
    "quote_not_in_source.yaml": ("quote does not occur in the source", "quote: 深化“放管服”改革不停步"),
    "value_not_in_quote.yaml": ("value 50.2 is not in the quote", "value: 50.2"),
    "growth_not_in_quote.yaml": ("growth 7 is not in the quote", "growth: 7"),
    "task_without_lead.yaml": ("task without lead", "id: sample-2023-w001"),
    "report_without_source.yaml": ("missing 'source'", "id: sample-2023"),
    "missing_source_file.yaml": ("source file '../sources/gone.txt' is missing", "source: ../sources/gone.txt"),
    "python_tag.yaml": ("unsafe or unknown YAML tag refused", "!!python/object"),
    "not_a_kb.yaml": ("expected a mapping with a 'reports' list", "- just"),
    "duplicate_key.yaml": ("duplicate key 'value'", "value: 7"),
}


def _line_of(path: Path, marker: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    hits = [n for n, line in enumerate(lines, 1) if marker in line]
    return hits[-1] if "duplicate" in path.name else hits[0]


def test_every_broken_fixture_is_covered():
    assert sorted(p.name for p in BROKEN.glob("*.yaml")) == sorted(CASES)


def test_bundled_knowledge_base_passes(run):
    res = run("validate")
    assert res.code == 0, res.out + res.err
    assert re.match(r"ok: \d+ records", res.out)


def test_valid_fixture_passes(run):
    res = run("validate", str(FIXTURES / "valid.yaml"))
    assert res.code == 0 and "ok: 4 records" in res.out


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_fixture_fails_with_its_line(run, name):
    path = BROKEN / name
    message, marker = CASES[name]
    res = run("validate", str(path))
    assert res.code == 2, res.out
    assert "Traceback" not in res.err
    found = [line for line in res.out.splitlines() if message in line]
    assert found, res.out
    file, line, column, _ = found[0].split(":", 3)
    assert Path(file).name == name and column.isdigit()
    assert int(line) == _line_of(path, marker), found[0]


def test_unsafe_tag_is_not_executed(run, tmp_path):
    run("validate", str(BROKEN / "python_tag.yaml"))
    run("--data", str(BROKEN / "python_tag.yaml"), "reports")
    assert not Path("/tmp/reportcli-pwned").exists()


@pytest.mark.parametrize("name", ["value_not_in_quote.yaml", "syntax.yaml", "unknown_kind.yaml"])
def test_bad_user_knowledge_base_is_refused_whole(run, name):
    res = run("--data", str(BROKEN / name), "search", "地区生产总值", "--json")
    assert res.code == 2 and res.out == ""
    assert res.err.startswith(f"reportcli: {BROKEN / name}:") and len(res.err.strip().splitlines()) == 1


def test_good_user_knowledge_base_is_added(run):
    res = run("--data", str(FIXTURES / "valid.yaml"), "search", "地区生产总值", "--region", "示例", "--json")
    assert res.code == 0
    assert {r["report"] for r in res.json()} == {"sample-2023"}
    both = run("--data", str(FIXTURES / "valid.yaml"), "reports", "--json").json()
    assert {r["id"] for r in both} == {"eerguna-2023", "dongsheng-2020", "sample-2023"}


def test_environment_variable_names_the_knowledge_base(run):
    res = run("reports", "--json", env={"REPORTCLI_DATA": str(FIXTURES / "valid.yaml")})
    assert "sample-2023" in {r["id"] for r in res.json()}


def test_cli_never_writes_to_a_knowledge_base(run):
    before = {p: p.stat().st_mtime_ns for p in [*(ROOT / "data").rglob("*"), *FIXTURES.rglob("*")] if p.is_file()}
    run("--data", str(FIXTURES / "valid.yaml"), "index", "--rebuild")
    run("--data", str(FIXTURES / "valid.yaml"), "search", "放管服")
    run("validate", str(FIXTURES / "valid.yaml"))
    after = {p: p.stat().st_mtime_ns for p in before}
    assert before == after


def test_a_unit_per_another_is_known_only_when_both_are():
    from reportcli.kb import load_vocabulary
    from reportcli.locations import bundled_data_dir

    vocab = load_vocabulary(bundled_data_dir())
    assert vocab.known_unit("万元/人") and vocab.known_unit("公里/百平方公里") and vocab.known_unit("微克/立方米")
    assert not vocab.known_unit("万元/斤两") and not vocab.known_unit("斤两/人")
