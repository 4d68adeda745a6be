"""Drafting measured on the hand-read evaluation set (tests/eval/drafting, issue 13).

For each report of the set, draft it from ../shared/corpus and count the hand-read headline facts
(targets of the 主要预期目标 paragraph, the review's headline figures) that a drafted record gives
exactly: kind, year, canonical name, value and unit, growth (and range), qualifier. The split
into a development half and a held-out half is fixed in tests/eval/drafting/split.yaml; rules are
tuned on the development half, and the held-out figure is the one to report.

Usage: python scripts/draft_eval.py [--split dev|heldout|all] [-v] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

from reportcli.accuracy import fact_key, headline_score
from reportcli.draft import draft, load_vocab
from reportcli.locations import bundled_data_dir

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "eval" / "drafting"


def load_set(split: str) -> list[tuple[str, dict]]:
    chosen = yaml.safe_load((EVAL / "split.yaml").read_text(encoding="utf-8"))
    slugs = chosen["dev"] + chosen["heldout"] if split == "all" else chosen[split]
    return [(slug, yaml.safe_load((EVAL / f"{slug}.yaml").read_text(encoding="utf-8"))) for slug in slugs]


def evaluate(split: str, corpus: Path, verbose: bool = False) -> tuple[int, int, Counter]:
    vocab = load_vocab(bundled_data_dir())
    total = exact = 0
    reasons: Counter = Counter()
    for slug, item in load_set(split):
        drafted = draft(corpus / item["report"], vocab)
        records = drafted["records"]
        s = headline_score(item["facts"], records, vocab.names)
        total, exact = total + s["facts"], exact + s["exact"]
        print(f"{slug:18} {s['exact']:3}/{s['facts']:3}")
        for fact in s["missed"]:
            reason = why_missed(fact, records)
            reasons[reason] += 1
            if verbose:
                print(f"    {reason:14} {fact_key(fact, vocab.names)}  «{fact['quote']}»")
                for r in _overlapping(fact["quote"], records):
                    print(f"        drafted    {fact_key(r)}  «{r['quote']}»")
    return exact, total, reasons


def _overlapping(quote: str, records: list[dict]) -> list[dict]:
    """The drafted numeric records whose quote shares a stretch of text with a fact's quote."""
    pieces = {quote[i:i + 6] for i in range(max(1, len(quote) - 5))}
    return [r for r in records if r.get("kind") in ("indicator", "target") and any(p in r["quote"] for p in pieces)]


def why_missed(fact: dict, records: list[dict]) -> str:
    """The nearest way a drafted record falls short of the fact (for the error table)."""
    same_numbers = [r for r in records if r.get("value") == fact.get("value") and r.get("growth") == fact.get("growth")]
    if not same_numbers:
        return "not drafted"
    for r in same_numbers:
        if r.get("name") == fact["name"] and r.get("kind") == fact["kind"] and r.get("year") == fact["year"]:
            return "qualifier/unit"
    if any(r.get("name") == fact["name"] for r in same_numbers):
        return "kind/year"
    return "name"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="heldout")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("-v", action="store_true", help="list every missed fact")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    exact, total, reasons = evaluate(args.split, args.corpus, args.v)
    print(f"{args.split}: {exact}/{total} headline facts exact = {exact / max(1, total):.3f}")
    print("missed by reason:", ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
