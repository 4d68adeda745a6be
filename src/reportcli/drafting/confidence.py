"""How far a drafted record can be trusted.

A numeric record's confidence is a logistic score over what the record rests on: whether its name is a
headline indicator's canonical name, how long the name is, whether it opens with a verb, what its unit
measures, whether its quote is a 分别 list or says the figure of several subjects at once (均) … The weights
live in data/confidence.yaml; they are fitted by scripts/fit_confidence.py on the hand-judged precision
samples of docs/ (every record there judged by reading its report: name, value and year all right), so the
score is the share of such records that were right. An indicator or target under the data file's `floor` is
not drafted (draft's `min_confidence`): fewer than half of such records were right.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .facts import opens_with_verb

if TYPE_CHECKING:
    from ..draft import Vocab

# 均 of several subjects at once (均增长, 均下降), not 年均, 人均, 户均 …
_EACH = re.compile(r"(?<![年人户村亩日月生])均")


# how much text before a quote is read for words of goals (precision_sample.py's context shows as much)
BEFORE = 200
AFTER = 2  # (and how much after it, for a name cut short)


# what may follow a quote in its clause without the name having been cut short: a list's next item (和…), the
# bound or the goal after a figure (以上, 左右, 内, …的目标, …掌握), a threshold's words (…台阶, …大关), the work on
# what was counted (…所学校建设)
_ENDS_ITS_PHRASE = re.compile(r"[和与及的内]|以上|左右|以下|建设|台阶|大关|关口|新台|大台|掌握|目标|区间|水平")


def _runs_on(after: str) -> bool:
    """Whether the text right after a quote goes on with words of its phrase (…对6家污水排放不|达标的…, 全省命案实现
    当年100%|侦破): the name was cut before what it measures (nine in ten such judged records were wrong; a
    headline indicator's name is not cut so, the text may only lack a stop: …6700亿元创建…)."""
    return bool(re.match(r"[\u4e00-\u9fff“]", after)) and not _ENDS_ITS_PHRASE.match(after)


def _canonical(rec: dict, vocab: Vocab) -> bool:
    """Whether a record is named by a headline indicator's canonical name or synonym."""
    return vocab.names is not None and rec["name"] in vocab.names.family


def _unit_family(rec: dict, vocab: Vocab) -> str | None:
    return vocab.names.unit_family_of(rec.get("unit")) if vocab.names is not None else None


def _after_goal_words(rec: dict, vocab: Vocab, before: str, after: str = "") -> bool:
    """A target said within BEFORE characters after words of the plan's goals (主要预期目标是, 预期指标)."""
    return rec["kind"] == "target" and any(w in before for w in vocab.confidence_model.get("goal_words", ()))


def _bare_measure(rec: dict, vocab: Vocab) -> bool:
    """Whether a name is only a measure that says nothing of whose it is (销售收入, 利润总额, 到位资金, 覆盖率 of
    the confidence model's `bare_measures`): the owner was in words before the clause (全省…龙头企业1659家，
    实现销售收入930亿元), and such a record reads as the region's own figure. A headline indicator's canonical
    name is not one."""
    bare = vocab.confidence_model.get("bare_measures", ())
    name = rec["name"]
    opening = next((w for w in vocab.name_prefixes if name.startswith(w)), "")  # (实现销售收入 is 销售收入)
    return not _canonical(rec, vocab) and name[len(opening):] in bare


# what a numeric record rests on, each a yes or no (given the record, the vocabulary, the BEFORE characters
# of the text before its quote and the AFTER after it); the names are the keys of data/confidence.yaml
FEATURES: dict[str, Callable[..., bool]] = {
    "target_after_goal_words": _after_goal_words,
    "canonical_name": lambda r, v, b, a: _canonical(r, v),
    "name_of_four_or_fewer": lambda r, v, b, a: len(r["name"]) <= 4,
    "name_of_five_or_six": lambda r, v, b, a: 5 <= len(r["name"]) <= 6,
    "name_of_seven_to_nine": lambda r, v, b, a: 7 <= len(r["name"]) <= 9,
    "digit_in_name": lambda r, v, b, a: any(c.isdigit() for c in r["name"]),
    "name_opens_with_verb": lambda r, v, b, a: opens_with_verb(r["name"], v),
    "name_of_a_rate": lambda r, v, b, a: r["name"].endswith("率"),
    "hedged": lambda r, v, b, a: r.get("hedge") is not None,
    "of_a_period": lambda r, v, b, a: r.get("period") is not None,
    "said_of_several": lambda r, v, b, a: bool(_EACH.search(r["quote"])),
    "respectively_list": lambda r, v, b, a: "分别" in r["quote"],
    "name_late_in_quote": lambda r, v, b, a: r["quote"].find(r["name"][:2]) > 8,
    "long_quote": lambda r, v, b, a: len(r["quote"]) > 40,
    "unit_points": lambda r, v, b, a: r.get("unit") == "个百分点",
    "unit_rate": lambda r, v, b, a: r.get("unit") in ("%", "‰"),
    "unit_count": lambda r, v, b, a: _unit_family(r, v) == "count",
    "unit_money": lambda r, v, b, a: _unit_family(r, v) == "money",
    "no_unit": lambda r, v, b, a: not r.get("unit"),
    "quote_runs_on": lambda r, v, b, a: _runs_on(a) and not _canonical(r, v),
    "bare_measure": lambda r, v, b, a: _bare_measure(r, v),
}


def features(rec: dict, vocab: Vocab, before: str = "", after: str = "") -> dict[str, bool]:
    """What a numeric record rests on (FEATURES), by name; `before` and `after` are the text around its quote."""
    return {name: bool(test(rec, vocab, before, after)) for name, test in FEATURES.items()}


def text_around(text: str, quote: str) -> tuple[str, str]:
    """The BEFORE characters of `text` before the first place `quote` is found and the AFTER after it (none if
    it is not found)."""
    at = text.find(quote)
    return (text[max(0, at - BEFORE):at], text[at + len(quote):at + len(quote) + AFTER]) if at >= 0 else ("", "")


def score(rec: dict, vocab: Vocab, before: str = "", after: str = "") -> float:
    """The fitted share of records like this one that are right (0–1, two decimals)."""
    model = vocab.confidence_model
    on = features(rec, vocab, before, after)
    z = model["intercept"] + sum(model["weights"].get(name, 0.0) for name, yes in on.items() if yes)
    return round(1 / (1 + math.exp(-z)), 2)


def confidence(rec: dict, vocab: Vocab, before: str = "", after: str = "") -> float:
    """A record's confidence: numeric records by score(); a glossary definition 0.9, a quoted term 0.5; a
    task with its lead units 0.8, without 0.6."""
    kind = rec["kind"]
    if kind == "term":
        return 0.9 if rec.get("definition") else 0.5
    if kind == "task":
        return 0.8 if rec.get("lead") else 0.6
    return score(rec, vocab, before, after)


def applied_floor(chosen: float | None, model: dict | None = None, data_dir: Path | None = None) -> float:
    """The confidence under which indicators and targets are not drafted: the one chosen, or the fitted
    floor of the confidence model (data/confidence.yaml, read from `data_dir` when no model is given)."""
    if chosen is not None:
        return chosen
    if model is None:
        from ..kb import read_yaml

        model = read_yaml(data_dir / "confidence.yaml")
    return float(model["floor"])
