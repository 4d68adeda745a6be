"""One-off: assemble data/reports.yaml from curated fragments (kept for the record of how it was made).

Usage: python scripts/assemble_kb.py FRAGDIR > data/reports.yaml
"""

import sys
from pathlib import Path

import yaml

FRAGMENTS = {
    "@EERGUNA@": ["eerguna_indicators.yaml", "eerguna_targets.yaml", "eerguna_terms_tasks.yaml"],
    "@DONGSHENG@": ["dongsheng_indicators.yaml", "dongsheng_rest.yaml"],
}
KIND_ORDER = {"indicator": 0, "target": 1, "term": 2, "task": 3}


def block(records: list[dict]) -> str:
    text = yaml.safe_dump(records, allow_unicode=True, sort_keys=False, width=10_000)
    return "\n".join("      " + line if line else line for line in text.splitlines())


def main() -> None:
    root = Path(sys.argv[1])
    out = (root / "header.yaml").read_text(encoding="utf-8")
    for mark, names in FRAGMENTS.items():
        records = []
        for name in names:
            path = root / name
            if path.exists():
                records += yaml.safe_load(path.read_text(encoding="utf-8")) or []
        records.sort(key=lambda r: (KIND_ORDER[r["kind"]], r["id"]))
        out = out.replace(mark, block(records) if records else "      []")
    sys.stdout.write(out)


if __name__ == "__main__":
    main()
