"""Synthetic knowledge bases for benchmarks.

- `write`: the curated reports copied N times with regions, names and numbers perturbed (quotes
  changed with them, so every check still holds).
- `from_drafts`: N reports from the drafts of real reports (`reportcli ingest ../shared/corpus`),
  each copy of a draft with its own ids, region and years (shifted within ten years); its
  records, quotes and source are the draft's, so every check still holds.

Usage: python benchmarks/synth.py N OUTDIR                  (one YAML file per report)
       python benchmarks/synth.py N OUTDIR --drafts STORE   (copies of the drafts in STORE)
"""

from __future__ import annotations

import copy
import random
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SYLLABLES = "安宝北昌达德东丰富广海和河华吉嘉江金锦康兰乐临龙隆南宁平庆泉瑞山胜泰天通武西祥新兴阳永玉裕元长正中"
SUFFIXES = ("县", "区", "市", "旗")
CITIES = ("合成一市", "合成二市", "合成三市", "合成四市", "合成五市")
PROVINCES = ("合成甲省", "合成乙省", "合成丙自治区")


def _fmt(x: float) -> str:
    from decimal import Decimal

    return format(Decimal(str(x)).normalize(), "f")


def _perturb_number(rec: dict, key: str, rng: random.Random) -> None:
    old = rec.get(key)
    if old is None or isinstance(old, bool) or rec.get("value_text"):
        return
    decimals = len(_fmt(old).partition(".")[2])
    new = round(old * rng.uniform(0.8, 1.2), decimals)
    new = int(new) if decimals == 0 else new
    pattern = re.compile(rf"(?<![\d.]){re.escape(_fmt(old))}(?![\d]|\.\d)")
    quote, n = pattern.subn(_fmt(new), rec["quote"], count=1)
    if n and _fmt(new) not in ("0",):
        rec[key], rec["quote"] = new, quote


def synth_report(template: dict, i: int, rng: random.Random) -> tuple[dict, str]:
    rep = copy.deepcopy(template)
    short = "".join(rng.choice(SYLLABLES) for _ in range(2)) + f"{i:04d}"
    rep["id"] = f"synth{i:04d}-{template['plan_year']}"
    rep["short"] = short
    rep["region"] = short + rng.choice(SUFFIXES)
    rep["aliases"] = [f"synth{i:04d}"]
    rep["parent"] = rng.choice(CITIES)
    rep["province"] = rng.choice(PROVINCES)
    rep["title"] = f"{rep['region']}政府工作报告"
    rep["source"] = f"sources/{rep['id']}.txt"
    for n, rec in enumerate(rep["records"]):
        rec["id"] = f"{rep['id']}-{n:04d}"
        for key in ("value", "growth"):
            _perturb_number(rec, key, rng)
        if rec["kind"] in ("indicator", "target") and rng.random() < 0.2:
            rec["name"] = rec["name"] + rng.choice(("总量", "规模", "水平"))
            rec["note"] = "synthetic: name perturbed"
    text = "\n".join(rec["quote"] for rec in rep["records"])
    return rep, text


def write(n: int, out: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    base = yaml.safe_load((ROOT / "data" / "reports.yaml").read_text(encoding="utf-8"))["reports"]
    (out / "sources").mkdir(parents=True, exist_ok=True)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    files = []
    for i in range(n):
        rep, text = synth_report(base[i % len(base)], i, rng)
        (out / rep["source"]).write_text(text, encoding="utf-8")
        path = out / f"{rep['id']}.yaml"
        path.write_text(yaml.dump({"reports": [rep]}, Dumper=dumper, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
        files.append(path)
    return files


_YEAR_LINE = re.compile(r"^(\s*(?:- )?(?:year|review_year|plan_year): )(\d{4})$", re.M)


def from_drafts(drafts: list[Path], n: int, out: Path) -> list[Path]:
    """N reports: copy c of draft d has ids `<id>-c<c>`, region `<region>（合成<c>）` and its years
    shifted by a whole number in −4…5 (the same for all its years), so regions, ids and years differ."""
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        copy, draft = divmod(i, len(drafts))
        text = drafts[draft].read_text(encoding="utf-8")
        report_id = re.search(r"^- id: (\S+)$", text, re.M).group(1)
        if copy:
            shift = copy % 10 - 4
            text = re.sub(rf"(?<![\w-]){re.escape(report_id)}(?=[-\s]|$)", f"{report_id}-c{copy}", text)
            text = re.sub(r"^(  (?:region|short): )(.+)$", rf"\g<1>\g<2>（合成{copy}）", text, flags=re.M)
            text = _YEAR_LINE.sub(lambda m, s=shift: f"{m.group(1)}{int(m.group(2)) + s}", text)
        path = out / f"{report_id}{f'-c{copy}' if copy else ''}.yaml"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


if __name__ == "__main__":
    if "--drafts" in sys.argv:
        store = Path(sys.argv[sys.argv.index("--drafts") + 1])
        from_drafts(sorted(store.glob("*.yaml")), int(sys.argv[1]), Path(sys.argv[2]))
    else:
        write(int(sys.argv[1]), Path(sys.argv[2]))
