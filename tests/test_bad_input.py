"""Bad input: each case ends with one clear line on stderr, its documented exit code, and no
traceback (README, "Exit codes" and "Bad input")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "kb"

# (case, arguments, exit code, what stderr says)
TABLE = [
    ("empty query", ["search", ""], 2, "the query is empty"),
    ("blank query", ["search", "   "], 2, "the query is empty"),
    ("100,000-character query", ["search", "x" * 100_000], 2, "the query is too long"),
    ("control characters only", ["search", "\x01\x02\x1b"], 2, "no letters, digits or characters"),
    ("unknown region", ["targets", "--region", "火星"], 2, "unknown region '火星'"),
    ("unknown kind", ["search", "旅游", "--kind", "figure"], 2, "unknown kind 'figure'"),
    ("unknown year", ["indicators", "--year", "1999"], 2, "no record is about the year 1999"),
    ("unknown id", ["show", "no-such-record"], 2, "unknown record id 'no-such-record'"),
    ("--limit -1", ["search", "旅游", "--limit", "-1"], 2, "-1 is not in the range"),
    ("negative --limit", ["targets", "--limit", "-5"], 2, "-5 is not in the range"),
    ("unknown format", ["targets", "--format", "xml"], 2, "unknown format 'xml'"),
    ("missing --data", ["--data", "/nonexistent/kb.yaml", "reports"], 2, "no such knowledge base"),
    ("empty --data value", ["--data", "", "reports"], 2, "--data / REPORTCLI_DATA is empty"),
    ("nothing matched", ["search", "量子纠缠超导体"], 1, "nothing matched"),
]


@pytest.mark.parametrize(("case", "args", "code", "says"), TABLE, ids=[t[0] for t in TABLE])
def test_bad_input_table(run, case, args, code, says):
    res = run(*args)
    assert res.code == code, (case, res.err)
    assert says in res.err, res.err
    assert "Traceback" not in res.err
    assert res.err.startswith("reportcli: ") and len(res.err.strip().splitlines()) == 1


def _run_bytes(args: list[bytes], cache: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "REPORTCLI_CACHE": str(cache), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable.encode(), b"-m", b"reportcli", *args], capture_output=True, env=env,
                          timeout=120)


@pytest.mark.parametrize("raw", [b"\xff\xfe\xfd", b"\xed\xa0\x80", "旅游".encode() + b"\xc3"],
                         ids=["invalid UTF-8", "encoded lone surrogate", "truncated UTF-8"])
def test_invalid_utf8_arguments(cache_dir, raw):
    proc = _run_bytes([b"search", raw], cache_dir)
    assert proc.returncode == 2
    assert proc.stderr.decode("utf-8") == "reportcli: argument 2 is not valid UTF-8\n"


def _data_case(run, tmp_path, name: str, content: bytes | None):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    return run("--data", str(path), "reports")


def test_empty_knowledge_base_file(run, tmp_path):
    res = _data_case(run, tmp_path, "empty.yaml", b"")
    assert res.code == 2 and "the file is empty" in res.err and "Traceback" not in res.err


def test_invalid_utf8_knowledge_base_file(run, tmp_path):
    res = _data_case(run, tmp_path, "bad.yaml", b"reports:\n  - id: x\n    region: \xff\xfe\n")
    assert res.code == 2 and "bad.yaml:3:1: not valid UTF-8" in res.err


def test_directory_without_yaml_files(run, tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    res = run("--data", str(tmp_path), "reports")
    assert res.code == 2 and "no .yaml files in" in res.err


def test_directory_named_like_a_yaml_file_is_not_read_as_one(run, tmp_path):
    (tmp_path / "trap.yaml").mkdir()
    res = run("--data", str(tmp_path / "trap.yaml"), "reports")
    assert res.code == 2 and "no .yaml files in" in res.err and "Traceback" not in res.err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_unreadable_knowledge_base_file(run, tmp_path):
    path = tmp_path / "locked.yaml"
    path.write_text((FIXTURES / "valid.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    path.chmod(0)
    res = run("--data", str(path), "reports")
    assert res.code == 2 and "cannot read" in res.err


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_file_that_fails_to_read(run):
    """/proc/self/mem exists and is a file, but reading it from the start fails (EIO), even for root."""
    res = run("--data", "/proc/self/mem", "reports")
    assert res.code == 2 and "cannot read /proc/self/mem" in res.err and "Traceback" not in res.err


def test_report_whose_source_file_is_missing(run):
    path = FIXTURES / "broken" / "missing_source_file.yaml"
    res = run("--data", str(path), "reports")
    assert res.code == 2
    assert "missing_source_file.yaml:" in res.err and "is missing or unreadable" in res.err


def test_source_that_is_a_directory(run, tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "sample.txt").mkdir()
    (tmp_path / "kb.yaml").write_text((FIXTURES / "valid.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    res = run("--data", str(tmp_path / "kb.yaml"), "reports")
    assert res.code == 2 and "source file 'sources/sample.txt' is missing or unreadable" in res.err


# --- output safety, pipes and locales ----------------------------------------------------------

HOSTILE = "[bold red]红色[/] [link=http://evil.example]点我[/link] \x1b[31m转义\x1b[0m \x1b]8;;http://x\x07超链\x1b]8;;\x07"


@pytest.fixture(scope="module")
def hostile_kb(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("hostile")
    (d / "src.txt").write_text(f"全年测试收入完成7亿元。{HOSTILE}。\n", encoding="utf-8")
    import yaml

    kb = {"reports": [{
        "id": "hostile-2023", "region": "测试县", "short": "测试", "province": "测试省", "title": "测试",
        "review_year": 2022, "plan_year": 2023, "source": "src.txt",
        "records": [{"id": "hostile-2023-k001", "kind": "term", "name": HOSTILE, "section": HOSTILE,
                     "quote": HOSTILE, "definition": None, "definition_source": None}]}]}
    (d / "kb.yaml").write_text(yaml.safe_dump(kb, allow_unicode=True), encoding="utf-8")
    return d / "kb.yaml"


def test_markup_and_escapes_are_shown_literally_in_tables(run, hostile_kb):
    res = run("--data", str(hostile_kb), "terms", "--region", "测试")
    assert res.code == 0, res.err
    assert "[bold red]红色[/]" in res.out and "[link=http://evil.example]" in res.out
    assert "\x1b" not in res.out and "\x07" not in res.out
    assert "\\x1b[31m转义" in res.out


def test_json_and_csv_keep_the_text_exact(run, hostile_kb):
    rec = run("--data", str(hostile_kb), "show", "hostile-2023-k001", "--json").json()
    assert rec["name"] == HOSTILE and rec["quote"] == HOSTILE
    csv_out = run("--data", str(hostile_kb), "terms", "--region", "测试", "--format", "csv").out
    import csv
    import io

    assert next(csv.DictReader(io.StringIO(csv_out)))["name"] == HOSTILE


def test_pipe_closed_early_is_quiet(cache_dir):
    env = {**os.environ, "REPORTCLI_CACHE": str(cache_dir)}
    proc = subprocess.run(f"'{sys.executable}' -m reportcli indicators --format jsonl | head -1", shell=True,
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.stdout.count("\n") == 1 and proc.stderr == ""


def test_c_locale_still_prints_chinese(cache_dir):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONIOENCODING", "PYTHONUTF8"))}
    env.update({"LANG": "C", "LC_ALL": "C", "REPORTCLI_CACHE": str(cache_dir)})
    proc = subprocess.run([sys.executable, "-m", "reportcli", "search", "旅游收入", "--limit", "1"],
                          capture_output=True, env=env, timeout=120)
    assert proc.returncode == 0
    assert "旅游收入" in proc.stdout.decode("utf-8")


def test_an_encoding_that_cannot_show_chinese_fails_clearly(cache_dir):
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "REPORTCLI_CACHE": str(cache_dir)}
    proc = subprocess.run([sys.executable, "-m", "reportcli", "search", "旅游收入", "--json"],
                          capture_output=True, env=env, timeout=120)
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr and b"cannot encode" in proc.stderr


def test_no_colour_codes_on_a_pipe(run):
    res = run("search", "旅游收入")
    assert res.code == 0 and "\x1b[" not in res.out


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["table", "json"])
def test_output_that_cannot_be_written_fails_in_one_line(cache_dir, fmt):
    env = {**os.environ, "REPORTCLI_CACHE": str(cache_dir), "PYTHONIOENCODING": "utf-8"}
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "reportcli", "search", "旅游收入", "--format", fmt],
                              stdout=full, stderr=subprocess.PIPE, text=True, env=env, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr == "reportcli: cannot write the output: No space left on device\n"
