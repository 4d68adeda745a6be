"""Property-based tests (hypothesis, fixed budget, derandomised so CI runs the same cases):
no input makes a traceback; a mutated knowledge base is loaded whole or rejected with lines."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportcli.errors import DataError
from reportcli.kb import load, load_vocabulary, validate
from reportcli.locations import bundled_data_dir

FIXTURES = Path(__file__).parent / "fixtures" / "kb"
BUDGET = settings(max_examples=200, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


class _Capture(io.TextIOWrapper):
    def __init__(self) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8", errors="surrogateescape")

    def text(self) -> str:
        self.flush()
        return self.buffer.getvalue().decode("utf-8", "replace")


def run_in_process(argv: list[str], monkeypatch) -> tuple[int, str, str]:
    from reportcli.cli import main

    out, err = _Capture(), _Capture()
    monkeypatch.setattr(sys, "argv", ["reportcli", *argv])
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0
    return code, out.text(), err.text()


@pytest.fixture(scope="module", autouse=True)
def _cache(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("REPORTCLI_CACHE", str(tmp_path_factory.mktemp("prop-cache")))
    mp.delenv("REPORTCLI_DATA", raising=False)
    yield
    mp.undo()


queries = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.sampled_from(["旅游收入", "GDP", "lvyoushouru", "旅遊收入", "ＧＤＰ", "\x00", "[bold]", "\x1b[31m",
                     "%", ".", "_"]),
)
options = st.lists(st.one_of(
    st.tuples(st.just("--region"), st.one_of(st.text(max_size=8), st.sampled_from(["东胜", "dongsheng", "鄂尔多斯"]))),
    st.tuples(st.just("--kind"), st.one_of(st.text(max_size=8), st.sampled_from(["indicator", "term", "task"]))),
    st.tuples(st.just("--year"), st.one_of(st.integers(-5, 3000).map(str), st.text(max_size=4))),
    st.tuples(st.just("--limit"), st.integers(-3, 50).map(str)),
    st.tuples(st.just("--format"), st.sampled_from(["table", "json", "jsonl", "csv", "xml", ""])),
), max_size=3)


@BUDGET
@given(command=st.sampled_from(["search", "indicators", "targets", "terms", "tasks"]), query=queries, opts=options)
def test_no_input_makes_a_traceback(monkeypatch, command, query, opts):
    argv = [command, query]
    if command == "terms":  # terms has no --kind or --year
        opts = [o for o in opts if o[0] not in ("--kind", "--year")]
    if command != "search":
        opts = [o for o in opts if o[0] != "--kind"]
    for name, value in opts:
        argv += [name, value]
    code, out, err = run_in_process(argv, monkeypatch)
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in err and "Traceback" not in out
    if code != 0:
        assert err.startswith("reportcli: ") and err.count("\n") == 1, (argv, err)


# --- mutations of a valid knowledge base ------------------------------------------------------

VALID = (FIXTURES / "valid.yaml").read_text(encoding="utf-8")
LINES = VALID.splitlines(keepends=True)


@st.composite
def mutated(draw) -> str:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["delete", "duplicate", "swap", "edit", "insert", "indent"]))
        if how == "delete":
            del lines[i]
        elif how == "duplicate":
            lines.insert(i, lines[i])
        elif how == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif how == "edit" and lines[i].strip():
            pos = draw(st.integers(0, max(0, len(lines[i]) - 2)))
            char = draw(st.sampled_from(list("0123456789:-[]{}'\"#&*!|>% 亿元x") + ["\t", "\u3000"]))
            lines[i] = lines[i][:pos] + char + lines[i][pos + 1:]
        elif how == "insert":
            lines.insert(i, draw(st.sampled_from(["        extra: 1\n", "  - junk\n", "        value: 7\n",
                                                  "        unit: 斤两\n", "        kind: figure\n", "\n"])))
        elif how == "indent":
            lines[i] = "  " + lines[i]
        if not lines:
            lines = ["\n"]
    return "".join(lines)


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary(bundled_data_dir())


@BUDGET
@given(text=mutated())
def test_mutated_knowledge_base_is_loaded_whole_or_rejected_with_lines(tmp_path, vocab, text):
    folder = tmp_path / "kb"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "sources").mkdir(parents=True)
    shutil.copy(FIXTURES / "sources" / "sample.txt", folder / "sources" / "sample.txt")
    path = folder / "kb.yaml"
    path.write_text(text, encoding="utf-8")
    problems, _ = validate(path, bundled_data_dir())
    try:
        kb = load([path], vocab)
    except DataError:
        assert problems, "load refused what validate accepts"
        assert all(p.line >= 1 and p.column >= 1 and p.file == str(path) for p in problems)
        return
    assert not problems, problems
    raw = yaml.safe_load(text)
    written = [rec for report in raw["reports"] for rec in report["records"]]
    assert len(kb.records) == len(written)  # nothing dropped
    assert [r["id"] for r in kb.records] == [r["id"] for r in written]
