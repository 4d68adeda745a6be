"""The compiled index in the cache: fresh, stale, corrupt, unwritable and concurrent first runs
(updates, several knowledge bases and eviction: test_index_update.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "kb"


def _copy_kb(tmp_path: Path) -> Path:
    """A private copy of the sample knowledge base (the test may edit it)."""
    (tmp_path / "kb" / "sources").mkdir(parents=True)
    for rel in ("valid.yaml", "sources/sample.txt"):
        (tmp_path / "kb" / rel).write_bytes((FIXTURES / rel).read_bytes())
    return tmp_path / "kb" / "valid.yaml"


def _info(run, cache: Path, *extra: str) -> dict:
    res = run(*extra, "index", "--info", "--json", env={"REPORTCLI_CACHE": str(cache)})
    assert res.code == 0, res.err
    return res.json()


def test_fresh_index_is_reused(run, tmp_path):
    first = _info(run, tmp_path)
    second = _info(run, tmp_path)
    assert first["path"] == second["path"] and first["built_at"] == second["built_at"]
    assert first["records"] > 500 and first["reports"] == 2 and not first["in_memory"]
    assert Path(first["path"]).parent == tmp_path and first["size_bytes"] > 0


def test_stale_index_is_rebuilt_when_the_knowledge_base_changes(run, tmp_path):
    kb = _copy_kb(tmp_path)
    cache = tmp_path / "cache"
    before = _info(run, cache, "--data", str(kb))
    text = kb.read_text(encoding="utf-8").replace("name: 建设零工市场", "name: 建设零工市场和就业驿站")
    kb.write_text(text, encoding="utf-8")
    after = _info(run, cache, "--data", str(kb))
    assert after["path"] == before["path"]  # the same knowledge base, its index updated in place
    assert after["last_change"] == {"added": 0, "changed": 1, "removed": 0}
    res = run("--data", str(kb), "tasks", "就业驿站", "--json", env={"REPORTCLI_CACHE": str(cache)})
    assert res.json()[0]["name"] == "建设零工市场和就业驿站"
    assert [p.name for p in cache.glob("kb-*.sqlite")] == [Path(after["path"]).name]  # one index, no copy


def test_corrupt_index_is_rebuilt(run, tmp_path):
    path = Path(_info(run, tmp_path)["path"])
    path.write_bytes(b"this is not a database" * 100)
    res = run("search", "旅游收入", "--json", env={"REPORTCLI_CACHE": str(tmp_path)})
    assert res.code == 0 and res.json()[0]["name"] == "旅游收入"
    assert _info(run, tmp_path)["records"] > 500


def test_truncated_index_is_rebuilt(run, tmp_path):
    path = Path(_info(run, tmp_path)["path"])
    path.write_bytes(path.read_bytes()[:4096])
    res = run("search", "旅游收入", "--json", env={"REPORTCLI_CACHE": str(tmp_path)})
    assert res.code == 0 and res.json()[0]["name"] == "旅游收入"


def test_unwritable_cache_falls_back_to_memory(run, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    cache = blocker / "cache"  # cannot be created, even by root
    res = run("search", "旅游收入", "--json", env={"REPORTCLI_CACHE": str(cache)})
    assert res.code == 0 and res.err == ""
    assert res.json()[0]["name"] == "旅游收入"
    info = _info(run, cache)
    assert info["in_memory"] and info["path"] is None


def test_leftover_temporary_file_does_not_disturb(run, tmp_path):
    """A run killed while building leaves only a temporary file, never a half-written index."""
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / ".index-crashed.tmp").write_bytes(b"half")
    res = run("search", "旅游收入", "--json", env={"REPORTCLI_CACHE": str(tmp_path)})
    assert res.code == 0


def test_concurrent_first_runs(tmp_path):
    env = {**os.environ, "REPORTCLI_CACHE": str(tmp_path / "cache"), "PYTHONIOENCODING": "utf-8"}
    env.pop("REPORTCLI_DATA", None)
    procs = [subprocess.Popen([sys.executable, "-m", "reportcli", "search", "旅游收入", "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(4)]
    outputs = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [e for _, e in outputs]
    results = [json.loads(out) for out, _ in outputs]
    assert all(r == results[0] for r in results)
    assert len(list((tmp_path / "cache").glob("kb-*.sqlite"))) == 1
    assert not list((tmp_path / "cache").glob(".index-*.tmp"))


def test_rebuild_command(run, tmp_path):
    first = _info(run, tmp_path)
    res = run("index", "--rebuild", "--json", env={"REPORTCLI_CACHE": str(tmp_path)})
    assert res.code == 0
    assert res.json()["built_at"] >= first["built_at"] and res.json()["records"] == first["records"]


def test_index_damaged_after_its_header_is_rebuilt(run, tmp_path):
    """Pages past the first are garbage: the run that hits them drops the index and answers anew."""
    path = Path(_info(run, tmp_path)["path"])
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for offset in range(page * 2, len(data), page):
        data[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    res = run("search", "旅游收入", "--json", env={"REPORTCLI_CACHE": str(tmp_path)})
    assert res.code == 0, res.err
    assert res.json()[0]["name"] == "旅游收入"
