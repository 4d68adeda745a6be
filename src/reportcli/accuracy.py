"""Drafting accuracy: drafted numeric records against curated ones, by year, value, unit, growth
and qualifier (and structure ratios). Used by tests/test_draft.py and scripts/draft_accuracy.py."""

from __future__ import annotations

from collections import Counter

from .model import NUMERIC_KINDS


def _key(rec: dict) -> tuple:
    ratio = tuple(rec.get("ratio") or ()) or None
    return (rec.get("year"), rec.get("value"), rec.get("unit"), rec.get("growth"), rec.get("qualifier") or None, ratio)


def score(curated: list[dict], drafted: list[dict]) -> dict:
    """Recall (curated figures found) and precision (drafted figures that are curated ones)."""
    want = Counter(_key(r) for r in curated if r["kind"] in NUMERIC_KINDS)
    got = Counter(_key(r) for r in drafted if r["kind"] in NUMERIC_KINDS)
    matched = sum((want & got).values())
    return {"curated": sum(want.values()), "drafted": sum(got.values()), "matched": matched,
            "recall": matched / max(1, sum(want.values())), "precision": matched / max(1, sum(got.values())),
            "missed": sorted((want - got).elements(), key=str), "extra": sorted((got - want).elements(), key=str)}


# --- headline facts read by hand (tests/eval/drafting) ------------------------------------------

HEADLINE_FIELDS = ("kind", "year", "name", "value", "unit", "growth", "growth_max", "qualifier")


def fact_key(fact: dict, names=None) -> tuple:
    """What must agree for a drafted record to be a hand-read fact: kind, year, canonical name,
    value and unit, growth (and the top of a range), qualifier. With `names` (drafting.names.Names),
    a name the reader wrote as a synonym of a headline indicator counts as its canonical name."""
    unit = fact.get("unit") if fact.get("value") is not None else None
    name = fact.get("name")
    if names is not None and name:
        name = names.synonym_of(name) or name
    return (fact.get("kind"), fact.get("year"), name, fact.get("value"), unit, fact.get("growth"),
            fact.get("growth_max"), fact.get("qualifier") or None)


def headline_score(facts: list[dict], drafted: list[dict], names=None) -> dict:
    """Of the hand-read facts, how many were drafted exactly (any drafted record with the same key)."""
    got = {fact_key(r) for r in drafted if r.get("kind") in NUMERIC_KINDS}
    hits = [f for f in facts if fact_key(f, names) in got]
    missed = [f for f in facts if fact_key(f, names) not in got]
    return {"facts": len(facts), "exact": len(hits), "missed": missed}
