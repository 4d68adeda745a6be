"""Beyond the bundled knowledge base: no silent caps (a limited search on a large knowledge base
says its count is a lower bound; --all and --limit 0 list and count every match)."""

from __future__ import annotations

import sys

import pytest
import yaml
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402  (the benchmark's synthetic knowledge base: the seed reports, perturbed)


@pytest.fixture(scope="module")
def big_kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    synth.write(130, folder)
    return folder


def test_every_match_is_listed_and_counted(run, big_kb):
    records = [r for p in big_kb.glob("*.yaml")
               for rep in yaml.safe_load(p.read_text(encoding="utf-8"))["reports"] for r in rep["records"]]
    containing = {r["id"] for r in records if "增长" in r["name"] or "增长" in (r.get("quote") or "")}
    assert len(containing) > 2000  # well past what a limited search scores (search.BUDGET)
    limited = run("--data", str(big_kb), "search", "增长", "--table", timeout=300)
    assert limited.code == 0 and "of at least" in limited.out and "--all counts and lists every match" in limited.out
    every = run("--data", str(big_kb), "search", "增长", "--all", "--json", timeout=300).json()
    ids = [r["id"] for r in every]
    assert len(ids) == len(set(ids)) and containing <= set(ids)  # all of them, once each
    assert [r["score"] for r in every] == sorted((r["score"] for r in every), reverse=True)  # ranked
    zero = run("--data", str(big_kb), "search", "增长", "--limit", "0", "--jsonl", timeout=300)
    assert len(zero.out.splitlines()) == len(ids)


def test_a_listing_streams_its_records(big_kb, tmp_path):
    """The first record arrives while the command is still writing the rest: nothing is built whole
    (once the pipe's buffer is full the command waits for the reader, so it cannot have finished)."""
    import json
    import os
    import subprocess

    env = {**os.environ, "REPORTCLI_CACHE": str(tmp_path / "cache"), "PYTHONIOENCODING": "utf-8"}
    env.pop("REPORTCLI_DATA", None)
    assert subprocess.run([sys.executable, "-m", "reportcli", "--data", str(big_kb), "index"], env=env,
                          capture_output=True, timeout=300).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "reportcli", "--data", str(big_kb), "targets", "--jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    try:
        first = json.loads(proc.stdout.readline())
        assert first["kind"] == "target" and proc.poll() is None  # still running: the rest is yet to come
        rest = proc.stdout.read().splitlines()
    finally:
        proc.stdout.close()
        proc.wait(timeout=120)
    assert proc.returncode == 0 and len(rest) > 5000 and len(b"\n".join(rest)) > 1_000_000


def test_a_limited_search_reads_only_the_rarer_posting_lists_and_still_finds_the_query(tmp_path, monkeypatch):
    """Above COMMON_CAP records a gram's list is not read for a limited search (so its time does not
    grow with the knowledge base): with the cap made tiny, the records holding the whole query are
    still found through its rarest gram, and --all still reads every list."""
    monkeypatch.setenv("REPORTCLI_CACHE", str(tmp_path))
    from reportcli import search
    from reportcli.index import Index, open_index
    from reportcli.query import KnowledgeBase

    kb = KnowledgeBase(open_index())
    full = kb.query("旅游收入", limit=3)
    read: list[list[str]] = []
    postings = Index.postings
    monkeypatch.setattr(Index, "postings", lambda self, keys: read.append(keys) or postings(self, keys))
    df = kb.index.frequencies(["旅游", "游收", "收入"])
    rarest = min(df, key=df.get)
    assert len(set(df.values())) == 3
    monkeypatch.setattr(search, "COMMON_CAP", df[rarest])
    capped = kb.query("旅游收入", limit=3)
    assert [r["id"] for r in capped.records] == [r["id"] for r in full.records]
    assert capped.records[0]["name"] == "旅游收入"
    assert read[-1] == [rarest]  # the rarest gram's list alone
    kb.query("旅游收入", limit=None)
    assert len(read[-1]) > 1
