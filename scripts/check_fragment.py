"""Check a fragment of records (a YAML list) against a source text: quotes and numbers.

Usage: python scripts/check_fragment.py FRAGMENT.yaml SOURCE.txt
"""

import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from reportcli.provenance import quote_in_source, value_problems  # noqa: E402

ALLOWED = {"id", "kind", "name", "year", "period", "section", "quote", "aliases", "note",
           "value", "unit", "value_text", "growth", "growth_unit", "qualifier", "ratio",
           "ratio_before", "definition", "definition_source", "number", "category", "lead",
           "parts", "text"}


def main() -> int:
    records = yaml.safe_load(Path(sys.argv[1]).read_text(encoding="utf-8"))
    source = Path(sys.argv[2]).read_text(encoding="utf-8")
    bad = 0
    ids = Counter(r.get("id") for r in records)
    for rec in records:
        problems = []
        if ids[rec.get("id")] > 1:
            problems.append("duplicate id")
        extra = set(rec) - ALLOWED
        if extra:
            problems.append(f"unknown fields {sorted(extra)}")
        for need in ("id", "kind", "name", "section", "quote"):
            if not rec.get(need):
                problems.append(f"missing {need}")
        if rec.get("quote") and not quote_in_source(rec["quote"], source):
            problems.append("quote not in source")
        if rec.get("kind") in ("indicator", "target"):
            problems += value_problems(rec)
            if (rec.get("kind") == "indicator" and rec.get("value") is None
                    and rec.get("growth") is None and not rec.get("ratio")):
                problems.append("indicator with neither value, growth nor ratio")
        if rec.get("kind") == "term" and rec.get("name") and rec["name"] not in rec.get("quote", ""):
            problems.append("term name not in quote")
        for p in problems:
            bad += 1
            print(f"{rec.get('id')}: {p}")
    print(f"{len(records)} records, {bad} problems; kinds: {dict(Counter(r.get('kind') for r in records))}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
