"""A random sample of drafted numeric records of the held-out reports, to be judged by hand against
the texts (issue 13: precision of drafted indicators and targets).

Usage: python scripts/precision_sample.py SEED OUT.yaml [--split heldout] [--size 100] [--corpus DIR]

Each sampled record is written with its report, its quote and the text around the quote (`context`),
so a reader can judge its name, value and year from the report; the judgement goes in a separate
file (docs/drafting-precision-judged-N.yaml).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import yaml

from reportcli.draft import draft, load_vocab
from reportcli.drafting.read import working
from reportcli.drafting.structure import sections
from reportcli.locations import bundled_data_dir

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "eval" / "drafting"
FIELDS = ("id", "kind", "year", "name", "value", "unit", "growth", "growth_max", "qualifier", "hedge", "period",
          "confidence", "quote")
RATIO = ("ratio", "ratio_before", "note")  # a ratio's figures and a growth's basis, shown when a record has them


def quote_at(text: str, rec: dict, parts: list) -> int:
    """Where a record's quote stands in the text: in the part its `section` names (a quote said twice, in
    the review and in the plan, is shown where the record was drafted), else its first occurrence."""
    label = (rec.get("section") or "").split(" > ")[0]
    for part in parts:
        at = text.find(rec["quote"], part.start, part.end)
        if part.label == label and at >= 0:
            return at
    return text.find(rec["quote"])


def sample(seed: int, split: str, size: int, corpus: Path) -> tuple[list[dict], int]:
    vocab = load_vocab(bundled_data_dir())
    chosen = yaml.safe_load((EVAL / "split.yaml").read_text(encoding="utf-8"))[split]
    pool = []
    for slug in chosen:
        item = yaml.safe_load((EVAL / f"{slug}.yaml").read_text(encoding="utf-8"))
        path = corpus / item["report"]
        report = draft(path, vocab)
        text = path.read_text(encoding="utf-8")
        parts = sections(working(text), vocab, report["plan_year"])
        for rec in report["records"]:
            if rec["kind"] in ("indicator", "target"):
                at = quote_at(text, rec, parts)
                context = text[max(0, at - 200):at + len(rec["quote"]) + 200] if at >= 0 else ""
                pool.append({"report": item["report"], "review_year": report["review_year"],
                             "plan_year": report["plan_year"], **{k: rec.get(k) for k in FIELDS},
                             **{k: rec[k] for k in RATIO if k in rec},
                             "context": context.replace("\n", " ")})
    random.seed(seed)
    return random.sample(pool, min(size, len(pool))), len(pool)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--split", default="heldout")
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    records, pool = sample(args.seed, args.split, args.size, args.corpus)
    header = (f"# {len(records)} drafted numeric records (random.seed({args.seed})) of the {pool:,} indicators and "
              f"targets drafted from the {args.split} reports of tests/eval/drafting/split.yaml\n")
    body = yaml.safe_dump(records, allow_unicode=True, sort_keys=False, width=10_000)
    args.out.write_text(header + body, encoding="utf-8")
    print(f"{len(records)} of {pool} records written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
