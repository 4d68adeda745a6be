"""The index kept current without full rebuilds: ingesting, re-ingesting and removing reports update
it in place, and what it holds is then what a fresh build holds; several knowledge bases keep their
indexes side by side, the least recently used removed past the cache's budget; a changed file is
noticed. Reports are written for the purpose (no corpus text)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest


def _report(region: str, year: int, gdp: float, parks: int) -> str:
    return (f"---\ntitle: {region}政府工作报告\n---\n\n一、{year - 1}年工作回顾\n\n"
            f"全市地区生产总值增长{gdp}%，新建城市公园{parks}个，旅游收入增长12%。\n\n"
            f"二、{year}年工作安排\n\n主要预期目标是：地区生产总值增长6%左右，城镇登记失业率控制在4.5%以内。\n")


def _env(tmp_path: Path, cache: str = "cache") -> dict:
    return {"REPORTCLI_INGESTED": str(tmp_path / "store"), "REPORTCLI_CACHE": str(tmp_path / cache)}


def _info(run, env: dict, *extra: str) -> dict:
    res = run(*extra, "index", "--info", "--json", env=env)
    assert res.code == 0, res.err
    return res.json()


def _contents(path: str) -> dict:
    """What an index holds, independent of how its record numbers were assigned."""
    from reportcli.index import Index, decode_ids

    conn = sqlite3.connect(path)
    index = Index(conn, None)
    ids = dict(conn.execute("SELECT rid, id FROM records"))
    grams: dict[str, list[str]] = {}
    for gram, blob in conn.execute("SELECT gram, rids FROM grams"):  # a gram's parts joined
        grams[gram] = sorted(grams.get(gram, []) + [ids[r] for r in decode_ids(blob)])
    out = {
        "reports": sorted(conn.execute("SELECT id, ord, short, region_name, level, province, province_key, json, "
                                       "last_rid - first_rid FROM reports")),
        "records": sorted((*row[:7], index.body(row[7]), *row[8:-1], index.unpack(row[-1])) for row in conn.execute(
            "SELECT r.id, report, kind, year, curated, rank, names, body, py, s.norm, figure, confidence, json "
            "FROM records r JOIN sections s ON s.sid = r.sect")),
        "grams": grams,
        "places": sorted(conn.execute("SELECT * FROM places")),
        "files": sorted(conn.execute("SELECT * FROM files")),
        "meta": {k: v for k, v in conn.execute("SELECT key, value FROM meta") if k in ("records", "reports", "years")},
    }
    conn.close()
    return out


def test_ingests_update_the_index_in_place_and_it_equals_a_fresh_build(run, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.md").write_text(_report("长河市", 2024, 6.5, 12), encoding="utf-8")
    (raw / "b.md").write_text(_report("青山市", 2024, 5.1, 3), encoding="utf-8")
    env = _env(tmp_path)
    assert run("ingest", str(raw), env=env).code == 0
    assert _info(run, env)["last_change"] == "build"

    more = tmp_path / "more"  # add
    more.mkdir()
    (more / "c.md").write_text(_report("白水市", 2024, 7.2, 5), encoding="utf-8")
    assert run("ingest", str(more), env=env).code == 0
    info = _info(run, env)
    assert info["last_change"] == {"added": 1, "changed": 0, "removed": 0} and info["reports"] == 5

    (raw / "a.md").write_text(_report("长河市", 2024, 6.9, 14), encoding="utf-8")  # replace: the same source again
    assert run("ingest", str(raw), env=env).code == 0
    assert _info(run, env)["last_change"] == {"added": 0, "changed": 2, "removed": 0}
    found = run("search", "新建城市公园", "--region", "长河市", "--json", env=env).json()
    assert [r["value"] for r in found if r["name"] == "新建城市公园"] == [14]

    drafts = sorted((tmp_path / "store").glob("*.yaml"))
    removed = next(p for p in drafts if "青山" in p.read_text(encoding="utf-8")[:400])
    removed.unlink()  # remove
    assert run("search", "青山市", "--json", env=env).code == 1
    assert _info(run, env)["last_change"] == {"added": 0, "changed": 0, "removed": 1}

    updated = _info(run, env)["path"]
    fresh_env = _env(tmp_path, "fresh-cache")
    fresh = _info(run, fresh_env, "--no-color")
    assert fresh["last_change"] == "build"
    assert _contents(updated) == _contents(fresh["path"])
    query = ("search", "地区生产总值", "--all", "--json")
    assert run(*query, env=env).json() == run(*query, env=fresh_env).json()


def test_an_update_keeps_the_count_and_years_a_fresh_build_has(run, tmp_path):
    """The update works the records' count and years out instead of reading every record: a year
    only a removed report had is gone, one another report still has stays."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, region, year in (("a", "长河市", 2024), ("b", "青山市", 2019), ("c", "白水市", 2021)):
        (raw / f"{name}.md").write_text(_report(region, year, 6.5, 12), encoding="utf-8")
    env = _env(tmp_path)
    assert run("ingest", str(raw), env=env).code == 0
    for gone in ("青山", "白水"):
        draft = next(p for p in (tmp_path / "store").glob("*.yaml") if gone in p.read_text(encoding="utf-8")[:400])
        draft.unlink()
        updated = _info(run, env)
        assert updated["last_change"] == {"added": 0, "changed": 0, "removed": 1}
        fresh = _info(run, _env(tmp_path, f"fresh-{gone}"))
        assert updated["records"] == fresh["records"]
        assert _contents(updated["path"])["meta"] == _contents(fresh["path"])["meta"]
    years = json.loads(dict(sqlite3.connect(updated["path"]).execute("SELECT key, value FROM meta"))["years"])
    assert 2018 not in years and 2021 not in years and {2020, 2023, 2024} <= set(years)  # 2020: a bundled report


def test_a_report_that_fails_its_checks_is_not_half_indexed(run, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.md").write_text(_report("长河市", 2024, 6.5, 12), encoding="utf-8")
    env = _env(tmp_path)
    assert run("ingest", str(raw), env=env).code == 0
    draft = next((tmp_path / "store").glob("*.yaml"))
    text = draft.read_text(encoding="utf-8")
    draft.write_text(text.replace("kind: target", "kind: targett", 1), encoding="utf-8")
    # edited in place, behind the manifest's back: `reportcli index` checks every file
    res = run("index", env=env)
    assert res.code == 2 and "targett" in res.err and "Traceback" not in res.err
    assert run("search", "长河市", env=env).code == 2  # and nothing half-indexed answers meanwhile
    replaced = draft.with_suffix(".new")
    replaced.write_text(text.replace("name: 新建城市公园", "name: 新建口袋公园"), encoding="utf-8")
    replaced.replace(draft)  # saved as editors do (a new file renamed over the old): every query notices
    res = run("search", "口袋公园", "--json", env=env)
    assert res.code == 0 and res.json()[0]["name"] == "新建口袋公园"


def test_switching_knowledge_bases_rebuilds_nothing(run, tmp_path, fixture_kb):
    env = _env(tmp_path)
    bundled = _info(run, env)
    other = _info(run, env, "--data", str(fixture_kb))
    assert other["path"] != bundled["path"]
    again = _info(run, env)
    assert again["path"] == bundled["path"] and again["built_at"] == bundled["built_at"]
    assert _info(run, env, "--data", str(fixture_kb))["built_at"] == other["built_at"]
    listed = {c["path"]: c for c in again["cache"]}
    assert set(listed) == {bundled["path"], other["path"]} and listed[bundled["path"]]["current"]
    assert listed[other["path"]]["sources"][-1] == str(fixture_kb) and listed[other["path"]]["size_bytes"] > 0


def test_least_recently_used_indexes_are_removed_past_the_budget(run, tmp_path, fixture_kb):
    env = {**_env(tmp_path), "REPORTCLI_CACHE_MB": "0.5"}  # room for one index of the bundled size
    bundled = _info(run, env)
    other = _info(run, env, "--data", str(fixture_kb))
    cached = [c["path"] for c in other["cache"]]
    assert cached == [other["path"]] and not Path(bundled["path"]).exists()


def test_an_edited_file_is_noticed(run, tmp_path, fixture_kb):
    env = _env(tmp_path)
    before = run("--data", str(fixture_kb), "tasks", "就业驿站", env=env)
    assert before.code == 1
    text = fixture_kb.read_text(encoding="utf-8").replace("name: 建设零工市场", "name: 建设零工市场和就业驿站")
    fixture_kb.write_text(text, encoding="utf-8")  # in place: the file's own size and time change
    after = run("--data", str(fixture_kb), "tasks", "就业驿站", "--json", env=env)
    assert after.code == 0 and after.json()[0]["name"] == "建设零工市场和就业驿站"
    assert _info(run, env, "--data", str(fixture_kb))["last_change"] == {"added": 0, "changed": 1, "removed": 0}


@pytest.fixture
def fixture_kb(tmp_path):
    """A private copy of the sample user knowledge base (a test may edit it)."""
    source = Path(__file__).parent / "fixtures" / "kb"
    (tmp_path / "kb" / "sources").mkdir(parents=True)
    for rel in ("valid.yaml", "sources/sample.txt"):
        (tmp_path / "kb" / rel).write_bytes((source / rel).read_bytes())
    return tmp_path / "kb" / "valid.yaml"


def test_the_manifest_lists_the_drafts(run, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.md").write_text(_report("长河市", 2024, 6.5, 12), encoding="utf-8")
    assert run("ingest", str(raw), env=_env(tmp_path)).code == 0
    manifest = json.loads((tmp_path / "store" / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {p.name for p in (tmp_path / "store").glob("*.yaml")}


def test_a_build_on_every_core_holds_what_a_build_in_one_process_holds(run, tmp_path, monkeypatch):
    """Files are read and made into rows by worker processes; written in the files' order, the
    index is the same as one process makes (40 files: enough to start the workers)."""
    import re

    from reportcli import index as indexmod
    from reportcli.locations import bundled_data_dir

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.md").write_text(_report("长河市", 2024, 6.5, 12), encoding="utf-8")
    assert run("ingest", str(raw), env=_env(tmp_path)).code == 0
    draft = next((tmp_path / "store").glob("*.yaml"))
    text = draft.read_text(encoding="utf-8")
    report_id = re.search(r"^- id: (\S+)$", text, re.M).group(1)
    kb = tmp_path / "kb"
    kb.mkdir()
    for n in range(40):  # the same report under 40 ids and regions
        copy = text.replace(report_id, f"{report_id}-{n}").replace("region: 长河市", f"region: 长河{n}市")
        (kb / f"{n:02d}.yaml").write_text(copy, encoding="utf-8")

    def build(path: Path) -> dict:
        conn = sqlite3.connect(path)
        indexmod.build(conn, bundled_data_dir(), [kb], "test")
        conn.close()
        return _contents(str(path))

    monkeypatch.setattr(indexmod, "_ZDICT_RECORDS", 1)  # dictionaries from the bundled file: the rest to workers
    monkeypatch.setattr(indexmod, "_WORKER", {})
    workers = build(tmp_path / "workers.sqlite")
    assert "rows" not in indexmod._WORKER  # no file was made into rows in this process
    monkeypatch.setattr(indexmod.os, "cpu_count", lambda: 1)
    alone = build(tmp_path / "alone.sqlite")
    assert "rows" in indexmod._WORKER
    assert len(workers["records"]) > 40 * 3 and workers == alone


def test_a_record_id_two_files_hold_is_reported_by_the_build(run, tmp_path):
    """Record ids are checked once all records are in (the unique index is made then): a record id
    in two files is a problem the build names, with the file, as a validation would."""
    import shutil

    fixtures = Path(__file__).parent / "fixtures" / "kb"
    kb = tmp_path / "kb"
    shutil.copytree(fixtures / "sources", kb / "sources")
    text = (fixtures / "valid.yaml").read_text(encoding="utf-8")
    (kb / "a.yaml").write_text(text, encoding="utf-8")
    (kb / "b.yaml").write_text(text.replace("id: sample-2023\n", "id: other-2023\n", 1), encoding="utf-8")
    res = run("--data", str(kb), "search", "旅游", env={"REPORTCLI_CACHE": str(tmp_path / "cache")})
    assert res.code != 0 and "Traceback" not in res.err
    assert "duplicate id 'sample-2023-" in res.err and "b.yaml" in res.err


@pytest.mark.parametrize("count", [0, 1, 24, 25, 300])
@pytest.mark.parametrize("spread", [1, 100, 70_000])
def test_posting_lists_read_back_as_written(count, spread):
    """Short lists as they are, longer ones as 16-bit differences or, when one does not fit, 32-bit ones."""
    import random
    from array import array

    from reportcli.index import decode_ids, encode_ids

    ids = array("i", sorted(random.Random(count * spread).sample(range(spread * count + count + 1), count)))
    blob = encode_ids(ids)
    assert decode_ids(blob) == ids
    if count > 24:
        assert blob[:1] == (b"z" if spread == 70_000 else b"h")


def test_every_record_is_in_its_grams_lists_when_a_part_ends_inside_a_file(tmp_path, monkeypatch):
    """Posting lists go out a part at a time; the records of a file after the part's end are in the
    next part (they were once in no list, and no word found them)."""
    from reportcli import index as indexmod
    from reportcli.index import decode_ids
    from reportcli.locations import bundled_data_dir

    monkeypatch.setattr(indexmod, "_PART", 7)  # parts end inside the bundled file's reports
    conn = sqlite3.connect(tmp_path / "index.sqlite")
    indexmod.build(conn, bundled_data_dir(), [], "test")
    listed = {rid for (blob,) in conn.execute("SELECT rids FROM grams") for rid in decode_ids(blob)}
    count = conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    conn.close()
    assert count > 20 and listed == set(range(count))


def test_the_ingested_drafts_join_the_knowledge_base_only_when_the_store_holds_a_report(tmp_path, monkeypatch):
    from reportcli.locations import INGESTED_ENV, user_data_paths

    store = tmp_path / "store"
    monkeypatch.setenv(INGESTED_ENV, str(store))
    monkeypatch.delenv("REPORTCLI_DATA", raising=False)
    assert user_data_paths(None) == []  # no store
    store.mkdir()
    (store / "manifest.json").write_text("{}", encoding="utf-8")
    assert user_data_paths(None) == []  # a manifest alone
    (store / "a.yaml").write_text("reports: []\n", encoding="utf-8")
    assert user_data_paths(None) == [store]
    (tmp_path / "file").write_text("", encoding="utf-8")
    monkeypatch.setenv(INGESTED_ENV, str(tmp_path / "file"))
    assert user_data_paths(None) == []  # not a directory
