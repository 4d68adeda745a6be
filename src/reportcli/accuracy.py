"""Drafting accuracy: drafted numeric records against curated ones, by year, value, unit, growth
and qualifier (and structure ratios). Used by tests/test_draft.py and scripts/draft_accuracy.py."""

from __future__ import annotations

from collections import Counter


def _key(rec: dict) -> tuple:
    ratio = tuple(rec.get("ratio") or ()) or None
    return (rec.get("year"), rec.get("value"), rec.get("unit"), rec.get("growth"), rec.get("qualifier") or None, ratio)


def score(curated: list[dict], drafted: list[dict]) -> dict:
    """Recall (curated figures found) and precision (drafted figures that are curated ones)."""
    want = Counter(_key(r) for r in curated if r["kind"] in ("indicator", "target"))
    got = Counter(_key(r) for r in drafted if r["kind"] in ("indicator", "target"))
    matched = sum((want & got).values())
    return {"curated": sum(want.values()), "drafted": sum(got.values()), "matched": matched,
            "recall": matched / max(1, sum(want.values())), "precision": matched / max(1, sum(got.values())),
            "missed": sorted((want - got).elements(), key=str), "extra": sorted((got - want).elements(), key=str)}
