"""Targets across a drafted corpus: which reports got no target at all (and whether their text states
any), and whether every 2023 report that states a GDP growth target has it drafted (issue 13).

Usage: reportcli ingest ../shared/corpus (once), then python scripts/corpus_targets.py [STORE] [-v]
(STORE: the ingested store, default $REPORTCLI_INGESTED or ~/.local/share/reportcli/ingested).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from reportcli.drafting.read import working
from reportcli.locations import ingested_dir

# the forms a plan's GDP growth target takes in the text (生产总值增长6%左右, 经济增长5%左右, GDP增长…)
GDP_TARGET = re.compile(r"(?:地区生产总值|国内生产总值|生产总值|经济增长|GDP|经济增速)[^。；;，,]{0,8}?(?:增长|增速)?"
                        r"(?:\d+(?:\.\d+)?%|百分之)")
MAIN_TARGETS = re.compile(r"(?:主要预期目标|预期目标|主要目标)(?:是|为|：|:)")


def main() -> int:
    store = Path(next((a for a in sys.argv[1:] if not a.startswith("-")), ingested_dir()))
    verbose = "-v" in sys.argv
    no_target, none_stated, total = [], [], 0
    gdp_2023 = {"states": 0, "drafted": 0, "missed": []}
    for path in sorted(store.glob("*.yaml")):
        report = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        report = report["reports"][0]
        total += 1
        text = working(Path(report["source"]).read_text(encoding="utf-8", errors="replace"))
        targets = [r for r in report["records"] if r["kind"] == "target"]
        main = MAIN_TARGETS.search(text)
        if not targets:
            (no_target if main else none_stated).append(report["source"])
        if report.get("plan_year") == 2023 and main:
            paragraph = text[main.start():text.find("\n", main.end()) % (len(text) + 1)]
            if GDP_TARGET.search(paragraph):
                gdp_2023["states"] += 1
                if any(r["name"] == "地区生产总值" and r.get("growth") is not None for r in targets):
                    gdp_2023["drafted"] += 1
                else:
                    gdp_2023["missed"].append(report["source"])
    print(f"{total} reports; {len(no_target) + len(none_stated)} with no drafted target: {len(none_stated)} whose "
          f"text has no 主要预期目标 paragraph, {len(no_target)} that have one")
    print(f"2023 reports stating a GDP growth target in their 主要预期目标: {gdp_2023['states']}, "
          f"drafted: {gdp_2023['drafted']}")
    if verbose:
        print("no target although the text has a 主要预期目标 paragraph:", *no_target, sep="\n  ")
        print("2023 GDP target stated but not drafted:", *gdp_2023["missed"], sep="\n  ")
        print("no 主要预期目标 paragraph and no target:", *none_stated, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
