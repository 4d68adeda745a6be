"""Fuzzy matching and ranking of records against a text query (the scoring behind `query`)."""

from __future__ import annotations

import json

from .errors import UsageError
from .index import KIND_RANK, SEP, Index
from .normalize import expand, grams, is_pinyin_query, normalize

MAX_QUERY = 200
# records scored for a query with a limit: the ones sharing the most grams with it. Past this the
# count is a lower bound and says so; --all (or a limit above it) scores every candidate.
BUDGET = 600
COMMON_CAP = 50_000  # posting lists longer than this are not read for a limited search (when rarer ones exist)
THRESHOLD = 55.0


def prepare(index: Index, query: str) -> str:
    """The normalised query, or a UsageError saying why it cannot be searched."""
    if not query.strip():
        raise UsageError("the query is empty")
    if len(query) > MAX_QUERY:
        raise UsageError(f"the query is too long ({len(query)} characters; at most {MAX_QUERY})")
    norm = normalize(query, index.t2s(query))
    if not norm:
        raise UsageError("the query has no letters, digits or characters to search for")
    return norm


def _ranges(index: Index, reports: list[str] | None) -> list[tuple[int, int]] | None:
    """Record-id ranges of the selected reports (records of a report are numbered together)."""
    if reports is None:
        return None
    marks = ",".join("?" * len(reports))
    return index.conn.execute(f"SELECT first_rid, last_rid FROM reports WHERE id IN ({marks})", reports).fetchall()


def _hits(index: Index, keys: set[str], ranges: list[tuple[int, int]] | None, limited: bool = False) -> list[int]:
    """Record ids sharing grams with the query, most shared first.

    Grams found in more than a twentieth of all records are left out when rarer ones exist,
    so a common bigram (增长) does not flood the candidates; for a `limited` search (its best
    candidates only) also those in more than COMMON_CAP records, so that its time does not grow
    with the knowledge base (a record holding the whole query holds its rarest gram too).
    """
    from collections import Counter

    df = index.frequencies(sorted(keys))
    common = max(500, int(index.meta("records") or 0) // 20)
    if limited:
        common = min(common, COMMON_CAP)
    chosen = [g for g, n in df.items() if n <= common] or list(df)  # only the lists counted are read
    lists = list(index.postings(sorted(chosen)).values()) if chosen else []
    if len(lists) == 1 and ranges is None:
        return lists[0].tolist()  # one gram: every record shares it once, in the order of their ids
    counts: Counter[int] = Counter()
    for ids in lists:
        counts.update(ids)
    if ranges is not None:
        counts = Counter({rid: n for rid, n in counts.items() if any(a <= rid <= b for a, b in ranges)})
    return [rid for rid, _ in counts.most_common()]


def _candidates(index: Index, variants: list[str], where: str, args: list, reports: list[str] | None,
                budget: int | None) -> tuple[list[tuple], bool]:
    """Candidate rows for scoring: the records sharing a gram with the query that pass the filters
    (`where`), most shared first; at most `budget` of them (None: all), and whether it cut any."""
    keys: set[str] = set()
    for v in variants:
        keys |= grams(v)
        if is_pinyin_query(v):
            keys |= {"p:" + g for g in grams(v, 3)} | {"i:" + g for g in grams(v, 2)}
    ranked = _hits(index, keys, _ranges(index, reports), limited=budget is not None)
    sql = (f"SELECT r.rid, r.kind, r.curated, p.ord, r.rank, r.names, r.body, r.py, s.norm FROM records r "
           f"JOIN reports p ON p.id = r.report JOIN sections s ON s.sid = r.sect "
           f"WHERE r.rid IN (SELECT value FROM json_each(?)) AND {where}")
    out: list[tuple] = []
    step = budget or len(ranked) or 1
    for start in range(0, len(ranked), step):
        out += [(*row[:6], index.body(row[6]), *row[7:])
                for row in index.conn.execute(sql, [json.dumps(ranked[start:start + step]), *args])]
        if budget is not None and len(out) >= budget:
            return out, start + step < len(ranked)
    return out, False


def _ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz  # imported on first use: most queries never need it

    return fuzz.ratio(a, b)


def _partial(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.partial_ratio(a, b)


def _lcs(a: str, b: str) -> int:
    from rapidfuzz.distance import LCSseq

    return LCSseq.similarity(a, b)


def _common(q: str, s: str) -> int:
    """How many of the query's characters the text has (as a multiset): bounds any alignment."""
    return sum(min(q.count(c), s.count(c)) for c in set(q))


def _name_exact(q: str, name: str) -> float | None:
    """Equal 100; name contains query 86–98; query contains name 78–90; None otherwise."""
    if name == q:
        return 100.0
    if q in name:
        return 86.0 + 12.0 * len(q) / len(name)
    if len(name) >= 2 and name in q:
        return 78.0 + 12.0 * len(name) / len(q)
    return None


def _name_bound(q: str, name: str) -> float:
    """Upper bound of `_name_fuzzy`, from character counts alone."""
    common = _common(q, name)
    bound = 0.9 * 200.0 * common / (len(q) + len(name))
    if len(q) >= 3 and common == len(q):
        bound = max(bound, 70.0 + 15.0 * len(q) / len(name))
    return bound


def _name_fuzzy(q: str, name: str) -> float:
    """Fuzzy ratio × 0.9; all query characters in order within the name (贫困户收入 in
    建档立卡贫困户人均年纯收入) 70–85."""
    fuzzy = _ratio(q, name) * 0.9
    if len(q) >= 3 and _lcs(q, name) == len(q):
        return max(fuzzy, 70.0 + 15.0 * len(q) / len(name))
    return fuzzy


def _pinyin_fuzzy(q: str, p: str) -> float:
    """Latin letters: only near-exact pinyin counts (ratio × 0.9 ≥ 72)."""
    fuzzy = _ratio(q, p) * 0.9
    return fuzzy if fuzzy >= 72 else 0.0


def _pinyin_bound(q: str, p: str) -> float:
    """Upper bound of `_pinyin_fuzzy`."""
    bound = 0.9 * 200.0 * _common(q, p) / (len(q) + len(p))
    return bound if bound >= 72 else 0.0


def _body_bound(q: str, body: str) -> float:
    """partial_ratio of a query not contained in the body aligns at most len(q) − 1 characters."""
    return 62.0 * min(_common(q, body), len(q) - 1) / len(q)


def variants_of(q: str, aliases: dict[str, str]) -> list[tuple[str, float]]:
    """The query and its alias rewrites, each with a penalty: exact rewrites 1, and the
    canonical name of an alias the query misspells by one character (失业律 → 失业率) 6."""
    out = [(v, 0.0 if i == 0 else 1.0) for i, v in enumerate(expand(q, aliases))]
    if len(q) >= 3 and len(out) == 1 and q not in aliases:
        for alias, canon in aliases.items():
            if (abs(len(alias) - len(q)) <= 1 and len(alias) >= 3
                    and 200.0 * _common(q, alias) / (len(q) + len(alias)) >= 66 and _ratio(q, alias) >= 66):
                out.append((canon, 6.0))
    return out


def score(variants: list[tuple[str, float]], names: str, body: str, py: str, sect: str = "",
          prune: bool = True) -> float:
    """0–100: names and aliases first, then pinyin, then the record's text and quote, then the
    headings of its section (招商引资 reaches the records under 招商引资取活水: 60–64).

    Exact tiers are computed first; a fuzzy comparison runs only when its upper bound could
    still raise the score to the threshold or above (`prune=False` runs them all; the result
    is the same, which a test checks).
    """
    best = 0.0
    pending: list[tuple[float, object, str, str, float]] = []
    name_list = names.split(SEP)
    for q, penalty in variants:
        for name in name_list:
            if not name:
                continue
            exact = _name_exact(q, name)
            if exact is not None:
                best = max(best, exact - penalty)
            else:
                pending.append((_name_bound(q, name) - penalty, _name_fuzzy, q, name, penalty))
        if q in body:
            best = max(best, 68.0 + 8.0 * min(1.0, len(q) / 8) - penalty)
        elif len(q) >= 2 and q in sect:
            best = max(best, 60.0 + 4.0 * min(1.0, len(q) / 8) - penalty)
        elif len(q) >= 2:
            pending.append((_body_bound(q, body) - penalty, lambda a, b: _partial(a, b) * 0.62, q, body, penalty))
        if is_pinyin_query(q) and py:
            for p in py.split(SEP):
                exact = _name_exact(q, p)
                if exact is not None:
                    best = max(best, exact - 2.0 - penalty)
                else:
                    pending.append((_pinyin_bound(q, p) - 2.0 - penalty, _pinyin_fuzzy, q, p, penalty + 2.0))
    pending.sort(key=lambda item: -item[0])
    for bound, fuzzy, q, text, penalty in pending:
        if prune and (bound <= best or bound < THRESHOLD):
            break
        best = max(best, fuzzy(q, text) - penalty)
    return round(min(best, 100.0), 1)


def ranked(index: Index, q: str, where: str, args: list, reports: list[str] | None,
           budget: int | None = BUDGET) -> tuple[list[tuple], bool]:
    """The records matching the normalised query `q` within the filters, best first:
    (score, curated, kind rank, report order, rank, rid) tuples sorted for display, and whether
    the candidate budget cut the search short (then more may match: the count is a lower bound).
    `budget` None scores every record that shares a gram with the query."""
    variants = variants_of(q, index.aliases())
    scored = []
    rows, cut = _candidates(index, [v for v, _ in variants], where, args, reports, budget)
    for rid, kind, curated, report_ord, rank, names, body, py, sect in rows:
        s = score(variants, names, body, py, sect)
        if s >= THRESHOLD:
            scored.append((-s, -curated, KIND_RANK[kind], report_ord, rank, rid))
    scored.sort()
    return [(-s, *rest) for s, *rest in scored], cut


def suggestions(index: Index, q: str, limit: int = 5) -> list[str]:
    """Near names, terms and regions for a "did you mean" line."""
    from rapidfuzz import fuzz, process

    choices = dict(index.conn.execute("SELECT norm, name FROM suggest"))
    found = process.extract(q, list(choices), scorer=fuzz.WRatio, limit=limit, score_cutoff=40)
    return [choices[norm] for norm, _, _ in found]
