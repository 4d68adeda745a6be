"""The console script's entry point: read-only commands leave without interpreter teardown, and
nothing of their output or exit code is lost on the way."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import atexit, json, sys
atexit.register(lambda: sys.stderr.write("TEARDOWN\\n"))
sys.argv = ["reportcli"] + json.loads(sys.argv[1])
from reportcli.entry import run
run()
"""


def probe(args: list[str], cache) -> subprocess.CompletedProcess:
    env = {**os.environ, "REPORTCLI_CACHE": str(cache), "PYTHONIOENCODING": "utf-8"}
    env.pop("REPORTCLI_DATA", None)
    return subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)


def test_a_query_skips_the_teardown_and_keeps_its_output(cache_dir):
    proc = probe(["search", "旅游收入", "--json", "--limit", "1"], cache_dir)
    assert proc.returncode == 0 and "TEARDOWN" not in proc.stderr
    assert json.loads(proc.stdout)[0]["name"] == "旅游收入"


def test_a_query_keeps_its_exit_code(cache_dir):
    assert probe(["search", "zzzzqqqq"], cache_dir).returncode == 1
    assert probe(["search", "旅游收入", "--region", "火星"], cache_dir).returncode == 2


def test_other_commands_end_as_usual(cache_dir):
    proc = probe(["index", "--info"], cache_dir)
    assert proc.returncode == 0 and "TEARDOWN" in proc.stderr


def test_every_line_of_a_long_listing_reaches_the_pipe(run, raw_kb):
    expected = sum(1 for r in raw_kb["reports"] for rec in r["records"] if rec["kind"] == "indicator")
    res = run("indicators", "--format", "jsonl")
    assert res.code == 0 and len(res.out.splitlines()) == expected


@pytest.mark.parametrize(("code", "status", "stderr"), [(None, 0, ""), (3, 3, ""), ("gone", 1, "gone\n")])
def test_leave_exits_as_system_exit_would(code, status, stderr):
    proc = subprocess.run([sys.executable, "-c", f"from reportcli.entry import _leave; _leave({code!r})"],
                          capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stderr) == (status, stderr)


def test_the_read_only_commands_are_commands_of_the_app():
    from reportcli.cli import app
    from reportcli.entry import READ_ONLY

    assert {c.name for c in app.registered_commands} >= READ_ONLY
