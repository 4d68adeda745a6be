"""Draft both seed reports from their raw text and compare with the curated knowledge base.

Usage: python scripts/draft_accuracy.py [-v]   (-v lists what was missed and what was extra)
"""

import sys
from pathlib import Path

from reportcli.accuracy import score
from reportcli.draft import draft, load_vocab
from reportcli.kb import load, load_vocabulary
from reportcli.locations import bundled_data_dir


def main() -> None:
    data = bundled_data_dir()
    kb = load([data / "reports.yaml"], load_vocabulary(data))
    vocab = load_vocab(data)
    for report in kb.reports:
        drafted = draft(Path(report["source_path"]), vocab)
        curated = [r for r in kb.records if r["report"] == report["id"]]
        years = {"indicator": report["review_year"], "target": report["plan_year"]}
        for r in drafted["records"]:
            r.setdefault("year", years.get(r["kind"]))
        s = score(curated, drafted["records"])
        print(f"{report['id']}: recall {s['recall']:.3f} ({s['matched']}/{s['curated']}), "
              f"precision {s['precision']:.3f} ({s['matched']}/{s['drafted']})")
        if "-v" in sys.argv:
            print("  missed:", *s["missed"], sep="\n    ")
            print("  extra:", *s["extra"], sep="\n    ")


if __name__ == "__main__":
    main()
