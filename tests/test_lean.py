"""Lean start: a query imports only what it needs (checked in sys.modules of a real run)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import atexit, json, sys
atexit.register(lambda: sys.stderr.write("MODULES " + json.dumps(sorted(sys.modules)) + "\\n"))
sys.argv = ["reportcli"] + json.loads(sys.argv[1])
from reportcli.cli import main
main()
"""


def modules_after(args: list[str], cache) -> set[str]:
    env = {**os.environ, "REPORTCLI_CACHE": str(cache), "PYTHONIOENCODING": "utf-8"}
    env.pop("REPORTCLI_DATA", None)
    proc = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)
    line = next(x for x in proc.stderr.splitlines() if x.startswith("MODULES "))
    return {m.split(".")[0] for m in json.loads(line[len("MODULES "):])}


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory):
    cache = tmp_path_factory.mktemp("lean-cache")
    first = modules_after(["search", "旅游收入", "--json"], cache)
    assert "yaml" in first  # the first run compiles the index, so it does read YAML
    return cache


@pytest.mark.parametrize("query", ["旅游收入", "旅遊收入", "lvyoushouru", "ＧＤＰ", "sxyd"])
def test_search_imports_no_pinyin_conversion_yaml_or_rich(warm_cache, query):
    mods = modules_after(["search", query, "--json"], warm_cache)
    assert "reportcli" in mods
    assert not mods & {"pypinyin", "opencc", "yaml", "rich", "platformdirs"}, mods


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_listing_in_plain_formats_imports_no_rich(warm_cache, fmt):
    mods = modules_after(["targets", "--region", "东胜", "--format", fmt], warm_cache)
    assert "rich" not in mods and "yaml" not in mods


def test_table_output_draws_without_rich(warm_cache):
    # tables are laid out by reportcli.layout; rich is only for ingest's progress bar
    mods = modules_after(["search", "旅游收入", "--table"], warm_cache)
    assert "rich" not in mods and "yaml" not in mods
