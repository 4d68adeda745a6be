"""Fit the weights of drafted records' confidence (src/reportcli/drafting/confidence.py) on the hand-judged
precision samples of docs/ and write them to data/confidence.yaml.

Usage: python scripts/fit_confidence.py [--check-from N [--check-to M]] [--write]

Every record of docs/drafting-precision-sample*.yaml whose judgement (docs/drafting-precision-judged*.yaml) says
whether its name, value and year are right is one example; its features are confidence.features(). The fit
is an L2-regularised logistic regression (Newton's method, no third-party package). --check-from N fits on the
rounds before N only and prints, for the rounds from N on, the precision of the records at or above each floor
and how many of them are kept: the floor of data/confidence.yaml is chosen there, before the final fit.
"""

from __future__ import annotations

import argparse
import math
import re
from pathlib import Path

import yaml

from reportcli.draft import load_vocab
from reportcli.drafting.confidence import FEATURES, features, text_around
from reportcli.locations import bundled_data_dir

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
OUT = ROOT / "data" / "confidence.yaml"
PENALTY = 1.0  # on every weight but the intercept


def examples(vocab) -> list[tuple[int, list[float], int]]:
    """(round, features with a leading 1, right or not) of every judged numeric record."""
    out = []
    for judged_path in sorted(DOCS.glob("drafting-precision-judged*.yaml")):
        found = re.search(r"judged-?(\d*)([a-z]?)\.yaml", judged_path.name)  # (-64b: a round's second sample)
        number, second = found.group(1), found.group(2)
        sample_path = DOCS / f"drafting-precision-sample{'-' + number + second if number else ''}.yaml"
        if not sample_path.exists():
            continue
        sampled = {r["id"]: r for r in yaml.safe_load(sample_path.read_text(encoding="utf-8"))}
        for judgement in yaml.safe_load(judged_path.read_text(encoding="utf-8")):
            rec = sampled.get(judgement["id"])
            if rec is None or rec["kind"] not in ("indicator", "target") or judgement.get("ok") is None:
                continue
            context = rec.get("context") or ""  # the text around the quote, newlines as spaces
            before, after = text_around(context, rec["quote"])
            row = [1.0] + [float(on) for on in features(rec, vocab, before, after).values()]
            out.append((int(number or 1), row, int(bool(judgement["ok"]))))
    return out


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """a x = b by Gaussian elimination with partial pivoting (a is small and positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= factor * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def fit(rows: list[list[float]], ys: list[int], rounds: int = 25) -> list[float]:
    """Weights of an L2-regularised logistic regression (the intercept first, not penalised)."""
    k = len(rows[0])
    w = [0.0] * k
    for _ in range(rounds):
        grad = [-PENALTY * w[j] if j else 0.0 for j in range(k)]
        hess = [[(PENALTY if i == j and i else 0.0) for j in range(k)] for i in range(k)]
        for x, y in zip(rows, ys, strict=True):
            p = 1 / (1 + math.exp(-sum(wi * xi for wi, xi in zip(w, x, strict=True))))
            h = p * (1 - p)
            for i in range(k):
                if x[i]:
                    grad[i] += (y - p) * x[i]
                    for j in range(k):
                        if x[j]:
                            hess[i][j] += h * x[i] * x[j]
        step = _solve(hess, grad)
        w = [wi + si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


def _prob(w: list[float], x: list[float]) -> float:
    return round(1 / (1 + math.exp(-sum(wi * xi for wi, xi in zip(w, x, strict=True)))), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check-from", type=int, help="fit on the rounds before N, measure on the rest")
    parser.add_argument("--check-to", type=int, help="measure on the rounds up to M only")
    parser.add_argument("--write", action="store_true", help=f"write the weights to {OUT.relative_to(ROOT)}")
    args = parser.parse_args()
    data = examples(load_vocab(bundled_data_dir()))
    if args.check_from:
        train = [(x, y) for n, x, y in data if n < args.check_from]
        test = [(x, y) for n, x, y in data if args.check_from <= n <= (args.check_to or n)]
        w = fit([x for x, _ in train], [y for _, y in train])
        print(f"fitted on {len(train)} records of rounds < {args.check_from}; measured on {len(test)}:")
        for floor in (0, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75):
            kept = [y for x, y in test if _prob(w, x) >= floor]
            print(f"  floor {floor:.2f}: {len(kept)} kept ({len(kept) / len(test):.0%}), "
                  f"precision {sum(kept) / len(kept):.3f}")
        return
    w = fit([x for _, x, _ in data], [y for _, _, y in data])
    print(f"fitted on {len(data)} judged records; intercept {w[0]:+.3f}")
    for name, weight in zip(FEATURES, w[1:], strict=True):
        print(f"  {name:24} {weight:+.3f}")
    if args.write:
        current = yaml.safe_load(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
        head = OUT.read_text(encoding="utf-8").split("\nintercept:")[0] if OUT.exists() else "# confidence weights"
        body = {"intercept": round(w[0], 3), "weights": {n: round(x, 3) for n, x in zip(FEATURES, w[1:], strict=True)},
                "floor": current.get("floor", 0.6), "goal_words": current.get("goal_words", []),
                "bare_measures": current.get("bare_measures", [])}
        OUT.write_text(head.rstrip("\n") + "\n" + yaml.safe_dump(body, allow_unicode=True, sort_keys=False),
                       encoding="utf-8")


if __name__ == "__main__":
    main()
