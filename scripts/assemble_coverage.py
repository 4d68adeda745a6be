"""One-off: gather the curators' lists of numerals that are deliberately not records.

Usage: python scripts/assemble_coverage.py FRAGDIR > data/coverage.yaml
"""

import sys
from pathlib import Path

import yaml

LISTS = {
    "eerguna-2023": ["eerguna_indicators_skipped.yaml", "eerguna_targets_skipped.yaml"],
    "dongsheng-2020": ["dongsheng_indicators_skipped.yaml", "dongsheng_rest_skipped.yaml"],
}

root = Path(sys.argv[1])
out = {rid: [e for name in names for e in yaml.safe_load((root / name).read_text(encoding="utf-8")) or []]
       for rid, names in LISTS.items()}
for entries in out.values():
    for e in entries:
        e["number"] = str(e["number"])
sys.stdout.write("# Numerals in the review and plan sections that are not figures (years as dates, ordinals,\n"
                 "# names, thresholds …), each with its context and why. tests/test_coverage.py holds every\n"
                 "# other Arabic numeral of those sections to a record.\n")
sys.stdout.write(yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=10_000))
