"""Drafting records from raw text, its accuracy on the seeds, and ingesting a folder (or the
development corpus, when ../shared/corpus is present)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import DATA, ROOT

from reportcli.accuracy import score
from reportcli.draft import draft, load_vocab
from reportcli.kb import load, load_vocabulary

RAW = Path(__file__).parent / "fixtures" / "raw"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="module")
def curated():
    return load([DATA / "reports.yaml"], load_vocabulary(DATA))


@pytest.mark.parametrize("report_id", ["eerguna-2023", "dongsheng-2020"])
def test_drafting_accuracy_on_the_seeds(curated, report_id):
    report = next(r for r in curated.reports if r["id"] == report_id)
    drafted = draft(Path(report["source_path"]), load_vocab(DATA))
    years = {"indicator": drafted["review_year"], "target": drafted["plan_year"]}
    for rec in drafted["records"]:
        rec.setdefault("year", years.get(rec["kind"]))
    s = score([r for r in curated.records if r["report"] == report_id], drafted["records"])
    print(f"{report_id}: recall {s['recall']:.3f} precision {s['precision']:.3f}")
    assert s["recall"] >= 0.80, s["missed"]
    assert s["precision"] >= 0.90, s["extra"]
    # the metadata the header states
    assert (drafted["review_year"], drafted["plan_year"]) == (report["review_year"], report["plan_year"])
    assert drafted["date"] == report["date"] and drafted["speaker"] == report["speaker"]
    assert drafted["region"] == report["region"]


@pytest.mark.parametrize("source", ["000_c7f09e0d5707841b.txt", "003_95a7a6371f2d122b.txt"])
def test_drafts_of_the_seeds_pass_validate(run, tmp_path, source):
    out = tmp_path / "draft.yaml"
    res = run("draft", str(DATA / "sources" / source), "-o", str(out))
    assert res.code == 0, res.err
    checked = run("validate", str(out))
    assert checked.code == 0, checked.out
    records = yaml.safe_load(out.read_text(encoding="utf-8"))["reports"][0]["records"]
    assert records and all(r["curated"] is False for r in records)


def test_draft_of_a_written_excerpt(run, tmp_path):
    out = tmp_path / "excerpt.yaml"
    assert run("draft", str(RAW / "2024.md"), "-o", str(out)).code == 0
    assert run("validate", str(out)).code == 0
    report = yaml.safe_load(out.read_text(encoding="utf-8"))["reports"][0]
    assert (report["region"], report["date"], report["speaker"], report["speaker_title"]) == (
        "示例市", "2024-01-15", "王小明", "示例市人民政府市长")
    assert (report["review_year"], report["plan_year"]) == (2023, 2024)
    assert report["meeting"] == "示例市第三届人民代表大会第二次会议"
    recs = report["records"]

    def one(**want):
        found = [r for r in recs if all(r.get(k) == v for k, v in want.items())]
        assert len(found) == 1, (want, found)
        return found[0]

    # 全年地区生产总值完成320.5亿元，同比增长5.1%
    assert one(kind="indicator", value=320.5, unit="亿元")["growth"] == 5.1
    # 分别达到4.2万元和1.9万元，同比增长5.5%和7.1%: paired in order
    assert one(kind="indicator", value=4.2, unit="万元")["growth"] == 5.5
    assert one(kind="indicator", value=1.9, unit="万元")["growth"] == 7.1
    one(kind="indicator", value=600, unit="万人次", qualifier="突破")
    assert one(kind="indicator", name="三次产业结构")["ratio"] == [8.1, 40.2, 51.7]
    one(kind="target", growth=6, qualifier="左右")
    one(kind="target", value=4.5, unit="%", qualifier="以内")
    one(kind="target", value=80, unit="亿元", qualifier="以上")
    term = one(kind="term", name="河长制")
    assert term["definition"] == "由各级党政负责同志担任河长，负责组织领导相应河湖的管理和保护工作。"
    assert term["definition_source"] == "report"
    park = one(kind="task", number=2, lead=["市住房和城乡建设局", "市城市管理局"])
    assert park["quote"].startswith("2.建设口袋公园10个")
    one(kind="task", number=1, name="聚焦产业升级，壮大实体经济")


@pytest.mark.parametrize(("name", "says"), [("empty.md", "the file is empty"),
                                            ("broken.txt", "neither UTF-8 nor GB18030"),
                                            ("missing.md", "no such file")])
def test_draft_of_bad_files(run, name, says):
    res = run("draft", str(RAW / name))
    assert res.code == 2 and says in res.err and "Traceback" not in res.err


def test_ingest_a_folder(run, tmp_path):
    store, cache = tmp_path / "store", tmp_path / "cache"
    env = {"REPORTCLI_INGESTED": str(store), "REPORTCLI_CACHE": str(cache)}
    res = run("ingest", str(RAW), env=env)
    assert res.code == 1, res.err  # two of the files failed: said in the summary, then exit 1
    assert "drafted 1 of 3 reports" in res.err
    assert "failed: " in res.err and "broken.txt: " in res.err and "empty.md: " in res.err
    hits = run("search", "地区生产总值", "--json", "--limit", "20", env=env).json()
    curated_flags = [r["curated"] for r in hits]
    assert True in curated_flags and False in curated_flags
    for a, b in zip(hits, hits[1:], strict=False):  # at equal scores, curated records come first
        assert not (a["score"] == b["score"] and not a["curated"] and b["curated"]), (a["id"], b["id"])
    drafted = [r for r in hits if not r["curated"]]
    assert {r["region"] for r in drafted} == {"示例市"}
    table = run("search", "地区生产总值", env=env).out
    assert "draft" in table  # drafted records are shown as such
    assert {r["id"] for r in run("reports", "--json", env=env).json()} >= {"shilishi-2024", "eerguna-2023"}


def test_province_filter(run):
    recs = run("targets", "--province", "内蒙古", "--json").json()
    assert {r["region"] for r in recs} == {"额尔古纳市", "东胜区"}
    res = run("targets", "--province", "海南")
    assert res.code == 2 and "no report is from province" in res.err


@pytest.fixture(scope="module")
def corpus_env(tmp_path_factory, run):
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    base = tmp_path_factory.mktemp("corpus")
    env = {"REPORTCLI_INGESTED": str(base / "store"), "REPORTCLI_CACHE": str(base / "cache"), "COLUMNS": "200"}
    res = run("ingest", str(CORPUS), env=env, timeout=900)  # 1,000 reports: about two minutes here
    assert res.code in (0, 1), res.err[-2000:]  # 1 when any file failed (counted by the test below)
    return env, res.err


def test_every_corpus_report_drafts_and_passes_its_own_checks(corpus_env):
    # (all 1,000 do: a failure is a drafting regression, as a level in words joined to its growth without
    # its words was in the twenty-sixth round, which the one-percent tolerance this replaced let through)
    _, log = corpus_env
    line = next(x for x in log.splitlines() if x.startswith("drafted "))
    drafted, total = (int(x) for x in line.split()[1:4:2])
    failed = [x for x in log.splitlines() if x.startswith("failed: ")]
    assert total >= 1000 and len(failed) == total - drafted
    assert failed == []


def test_corpus_examples(run, corpus_env):
    env, _ = corpus_env
    targets = run("targets", "--year", "2023", "--province", "内蒙古", "--json", env=env).json()
    regions = {r["region"] for r in targets}
    assert {"内蒙古自治区", "额尔古纳市"} <= regions and len(regions) >= 5
    assert targets[0]["curated"] is True and all(r["year"] == 2023 for r in targets)
    gdp = run("compare", "地区生产总值", "--year", "2023", "--json", env=env).json()
    assert len({r["region"] for r in gdp}) >= 20 and all(r["year"] == 2023 for r in gdp)
    terms = run("search", "三线一单", "--kind", "term", "--json", "--limit", "50", env=env).json()
    assert len(terms) >= 10 and all(t["name"] == "三线一单" for t in terms[:10])
    assert terms[0]["curated"] is True


def test_a_gb18030_report_is_read(tmp_path):
    # the same excerpt, encoded as many older reports are published: GB18030 (a superset of GBK)
    text = (RAW / "2024.md").read_text(encoding="utf-8")
    encoded = tmp_path / "gbk.md"
    encoded.write_bytes(text.encode("gb18030"))
    assert draft(encoded, load_vocab(DATA))["records"] == draft(RAW / "2024.md", load_vocab(DATA))["records"]


def test_ingest_leaves_curated_reports_alone(run, tmp_path):
    # the seed 额尔古纳 report, given to ingest as raw text, is curated already: it is not drafted twice
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "eerguna.txt").write_bytes((DATA / "sources" / "000_c7f09e0d5707841b.txt").read_bytes())
    env = {"REPORTCLI_INGESTED": str(tmp_path / "store"), "REPORTCLI_CACHE": str(tmp_path / "cache")}
    res = run("ingest", str(folder), env=env)
    assert res.code == 0, res.err
    assert "skipped: " in res.err and "curated already as eerguna-2023" in res.err
    hits = run("search", "旅游收入", "--region", "额尔古纳", "--json", env=env).json()
    assert {r["curated"] for r in hits} == {True}
