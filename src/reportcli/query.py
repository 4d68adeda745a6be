"""The one query path, and reportcli's Python API.

    >>> from reportcli.query import open_kb
    >>> kb = open_kb()                                  # the bundled knowledge base (+ --data, ingested)
    >>> result = kb.query("东胜 GDP", kind="target")
    >>> result.understood                               # {'region': '东胜区', 'text': 'GDP'}
    >>> result.total, len(result.records)               # every match, and those returned
    >>> import pandas as pd; pd.DataFrame(result.records)

Every listing command of the CLI is one `KnowledgeBase.query` call handed to `output`. A query
takes a text and any of the filters; words of the text that name a region (any alias: 东胜,
額爾古納, dongsheng), a year of the knowledge base, a kind (目标, 指标, 名词解释, 任务) or a
section heading (主要预期目标, 民生重点工作) are taken as filters, and the rest is searched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

from .errors import NoMatch, UsageError
from .index import Index
from .model import KIND_WORDS, KINDS, Record
from .normalize import expand, normalize

# a year written inside a word (2022年旅游收入), not a period's start (2020年以来); compiled on first use
_YEAR_INSIDE = r"(?<!\d)((?:19|20)\d\d)年(?!以来|底|末|初|前|后|起|至|到|—|-|～|~)"


def _year_word(word: str) -> int | None:
    """2022 or 2022年 as a whole word (regular expressions cost more to compile than a query takes)."""
    digits = word[:-1] if word.endswith("年") else word
    return int(digits) if len(digits) == 4 and digits.isdigit() and digits[:2] in ("19", "20") else None


_KIND_WORDS: dict[str, str] = {}


def _kind_words() -> dict[str, str]:
    """The words that name a kind, normalised: 目标 → target (made once per process)."""
    if not _KIND_WORDS:
        _KIND_WORDS.update({normalize(w): kind for kind, words in KIND_WORDS.items() for w in words})
    return _KIND_WORDS


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" for c in text)


class Filters:
    """What a query is limited to. `reports` None means every report; strings match by substring
    of the normalised field (traditional characters and lead-unit abbreviations understood)."""

    __slots__ = ("reports", "kind", "year", "section", "lead", "category", "curated", "confidence")

    def __init__(self, reports: list[str] | None = None, kind: str | None = None, year: int | None = None,
                 section: str | None = None, lead: list[str] | None = None, category: str | None = None,
                 curated: bool | None = None, confidence: float | None = None) -> None:
        self.reports, self.kind, self.year, self.section = reports, kind, year, section
        self.lead, self.category, self.curated, self.confidence = lead, category, curated, confidence

    def sql(self) -> tuple[str, list]:
        clauses, args = [], []
        if self.reports is not None:
            clauses.append(f"r.report IN ({','.join('?' * len(self.reports))})")
            args += self.reports
        for column, value in (("r.kind", self.kind), ("r.year", self.year), ("r.curated", self.curated)):
            if value is not None:
                clauses.append(f"{column} = ?")
                args.append(int(value) if isinstance(value, bool) else value)
        if self.section:
            clauses.append("r.sect IN (SELECT sid FROM sections WHERE instr(norm, ?) > 0)")
            args.append(self.section)
        if self.confidence is not None:  # curated records count as 1
            clauses.append("r.confidence >= ?")
            args.append(self.confidence)
        return (" AND ".join(clauses) or "1"), args

    @property
    def decoded(self) -> bool:
        """Whether some filter needs the decoded record (lead unit, category)."""
        return bool(self.lead or self.category)

    def keep(self, record: dict, t2s: dict[int, str]) -> bool:
        """The filters applied after decoding: lead unit (any of its spellings) and category."""
        if self.lead:
            units = [normalize(u, t2s) for u in record.get("lead") or []]
            if not any(v in u for v in self.lead for u in units):
                return False
        return not (self.category and self.category not in normalize(record.get("category") or "", t2s))


class Result:
    """What a query returns: the records (best first), how many matched in all, and how the
    query was read (`understood`: region, year, kind, section and the text searched). `scored`:
    the query had a text (its CSV has a score column); `tied`: records past the limit that
    score the same as the last one returned (counted in `total`, not returned); `at_least`: `total`
    is a lower bound (a limited search on a large knowledge base scores its best candidates only;
    `limit=None` counts every match)."""

    __slots__ = ("records", "_total", "understood", "scored", "kind", "limit", "tied", "given", "at_least")

    def __init__(self, records: list[Record], total: int | Callable[[], int], understood: dict, scored: bool,
                 kind: str | None, limit: int | None) -> None:
        self.records, self._total, self.understood = records, total, understood
        self.scored, self.kind, self.limit = scored, kind, limit
        self.tied = 0
        self.at_least = False  # `total` is a lower bound: a limited search scored only its best candidates
        self.given: dict = {}  # the options given explicitly, as understood (region=东胜区)

    @property
    def total(self) -> int:
        """Every match (counted when first asked: a streamed listing writes its records first)."""
        if callable(self._total):
            self._total = self._total()
        return self._total

    @property
    def empty(self) -> bool:
        """No record matched (known without counting them all)."""
        return self._peek_empty() if callable(self._total) else not self._total

    def _peek_empty(self) -> bool:
        """Whether a stream of records has none, keeping the first one it reads."""
        from itertools import chain

        first = next(iter(self.records), None)
        if first is None:
            return True
        self.records = chain([first], self.records)
        return False

    def caption(self) -> str:
        """How the query was read, options and words: region=东胜区 · kind=target · 煤炭."""
        parts = [f"{k}={v}" for k, v in {**self.given, **self.understood}.items() if k != "text"]
        if self.understood.get("text"):
            parts.append(str(self.understood["text"]))
        return " · ".join(parts)


class KnowledgeBase:
    """An open knowledge base (its compiled index): `query`, `get`, `reports`."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._t2s: dict[int, str] | None = None
        self._stream = False  # during `query(stream=True)`

    # --- filters ------------------------------------------------------------------------------

    def _key(self, value: str, option: str) -> str:
        key = normalize(value, self.index.t2s(value))
        if not key:
            raise UsageError(f"{option} is empty")
        return key

    def _report_rows(self) -> list[tuple]:
        """(id, short, region, province, normalised province) of every report, in order."""
        return self.index.conn.execute(
            "SELECT id, short, region_name, province, province_key FROM reports ORDER BY ord").fetchall()

    def resolve_region(self, region: str | None) -> list[str] | None:
        """Report ids of a region: a name, alias, pinyin or id of its own, else the start of one of
        these or of its parent city's or province's name."""
        if region is None:
            return None
        q = self._key(region, "--region")
        rows = self.index.conn.execute(
            "SELECT p.report, p.key = ? AND p.own FROM places p JOIN reports r ON r.id = p.report "
            "WHERE substr(p.key, 1, ?) = ? ORDER BY r.ord", (q, len(q), q)).fetchall()
        exact = [report for report, own_exact in rows if own_exact]
        found = list(dict.fromkeys(exact or [report for report, _ in rows]))
        if found:
            return found
        known = sorted({row[1] for row in self._report_rows()})
        shown = "、".join(known[:12]) + (f" … ({len(known)} in all)" if len(known) > 12 else "")
        raise UsageError(f"unknown region {region!r}; known regions: {shown}")

    def region_names(self, report_ids: list[str]) -> str:
        """The regions of some reports, in report order, each once: 东胜区、额尔古纳市."""
        chosen = set(report_ids)
        return "、".join(dict.fromkeys(row[2] for row in self._report_rows() if row[0] in chosen))

    def resolve_province(self, province: str | None) -> list[str] | None:
        """Report ids of a province (full name or its start: 内蒙古)."""
        if province is None:
            return None
        q = self._key(province, "--province")
        rows = self._report_rows()
        found = [row[0] for row in rows if row[4].startswith(q)]
        if not found:
            known = sorted({row[3] for row in rows if row[3]})
            raise UsageError(f"no report is from province {province!r}; provinces: {'、'.join(known)}")
        return found

    def resolve_level(self, level: str | None) -> list[str] | None:
        """Report ids of governments of a level (national, province, city, county; 省级, 县级 …)."""
        from .model import LEVELS, level_key

        if level is None:
            return None
        key = level_key(level)
        if key is None:
            raise UsageError(f"unknown level {level!r}; expected one of {', '.join(LEVELS)}")
        found = [r for (r,) in self.index.conn.execute("SELECT id FROM reports WHERE level = ? ORDER BY ord", (key,))]
        if not found:
            raise UsageError(f"no report is of the {key} level")
        return found

    def check_year(self, year: int | None) -> int | None:
        """A year some record is about (else a UsageError listing the years there are)."""
        if year is None or year in self.years():
            return year
        raise UsageError(f"no record is about the year {year}; years in the knowledge base: "
                         f"{'、'.join(map(str, self.years()))}")

    def years(self) -> list[int]:
        return json.loads(self.index.meta("years") or "[]")

    def filters(self, region: str | None = None, province: str | None = None, year: int | None = None,
                kind: str | None = None, section: str | None = None, lead: str | None = None,
                category: str | None = None, curated: bool | None = None, level: str | None = None,
                confidence: float | None = None) -> Filters:
        """Filters from option values, each checked (an unknown region or kind is a UsageError)."""
        if kind is not None and kind not in KINDS:
            raise UsageError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
        reports = None
        for selected in (self.resolve_region(region), self.resolve_province(province), self.resolve_level(level)):
            if selected is not None:
                reports = selected if reports is None else [r for r in reports if r in set(selected)]
        if reports == []:
            given = ", ".join(f"{k} {v!r}" for k, v in (("region", region), ("province", province),
                                                       ("level", level)) if v is not None)
            raise UsageError(f"no report is of all of {given}")
        leads = None
        if lead is not None:
            key = self._key(lead, "--lead")
            leads = expand(key, self.index.aliases())
        if confidence is not None and not 0 <= confidence <= 1:
            raise UsageError(f"--confidence is a number from 0 to 1, not {confidence}")
        return Filters(reports, kind, self.check_year(year), self._key(section, "--section") if section else None,
                       leads, self._key(category, "--category") if category else None, curated, confidence)

    # --- reading the query --------------------------------------------------------------------

    def understand(self, text: str, filters: Filters, topics: bool = True) -> tuple[dict, Filters, str]:
        """Read region, year, kind and section words out of the text: (what was understood, the
        filters with them added, the text left to search). Options given explicitly win: a word
        that contradicts one stays in the text."""
        kind_words = _kind_words()
        years = set(self.years())
        found: dict[str, list] = {"region": [], "year": [], "kind": [], "section": []}
        rest = []
        for token in text.split():
            word = normalize(token, self.index.t2s(token))
            if not word:
                continue
            year = _year_word(word)
            places = self._places([word])
            if places:
                found["region"].append((word, places[word]))
            elif self._is_name(word):  # 五大任务, 项目拉动扩投资: a record's name is searched as it is
                rest.append(token)
            elif year in years:
                found["year"].append(year)
            elif topics and (topic := self._topic(word)):  # before kinds: 名词解释 is the glossary where there is one
                found["section"].append(topic)
            elif word in kind_words:
                found["kind"].append(kind_words[word])
            else:
                left = self._inside(word, kind_words, years, found)
                rest.append(token if left == word else left)
        return self._apply(found, filters, " ".join(w for w in rest if w))

    def _is_name(self, word: str) -> bool:
        return self.index.conn.execute("SELECT 1 FROM suggest WHERE norm = ?", (word,)).fetchone() is not None

    def _topic(self, word: str) -> str | None:
        row = self.index.conn.execute("SELECT name FROM topics WHERE topic = ?", (word,)).fetchone()
        return row[0] if row else None

    def _places(self, keys: list[str], own: bool = False) -> dict[str, list[tuple[str, str]]]:
        """Region keys among `keys` (names, aliases, pinyin; parents too unless `own`): key → (report, region)."""
        marks = ",".join("?" * len(keys))
        rows = self.index.conn.execute(
            f"SELECT p.key, p.report, r.region_name FROM places p JOIN reports r ON r.id = p.report "
            f"WHERE p.key IN ({marks}){' AND p.own = 1' if own else ''} ORDER BY r.ord", keys).fetchall()
        found: dict[str, list[tuple[str, str]]] = {}
        for key, report, region in rows:
            found.setdefault(key, []).append((report, region))
        return found

    def _inside(self, word: str, kind_words: dict[str, str], years: set[int], found: dict[str, list]) -> str:
        """Filter words written together with the searched words: 东胜煤炭, 2022年旅游收入, GDP目标."""
        pieces = {word[i:j] for i in range(len(word)) for j in range(i + 2, min(len(word), i + 12) + 1)
                  if j - i < len(word) and _has_cjk(word[i:j])}
        places = self._places(sorted(pieces), own=True) if pieces else {}
        if places:
            key = max(places, key=len)
            found["region"].append((key, places[key]))
            word = word.replace(key, " ", 1)
        year = re.search(_YEAR_INSIDE, word) if "年" in word else None
        if year and int(year.group(1)) in years:
            found["year"].append(int(year.group(1)))
            word = word[:year.start()] + " " + word[year.end():]
        for kw, kind in kind_words.items():
            if _has_cjk(kw) and len(kw) >= 2 and word.endswith(kw) and len(word) >= len(kw) + 2:
                found["kind"].append(kind)
                word = word[:-len(kw)]
                break
        return " ".join(word.split())

    def _apply(self, found: dict[str, list], filters: Filters, rest: str) -> tuple[dict, Filters, str]:
        understood: dict = {}
        extra: list[str] = []
        if found["region"]:
            ids = list(dict.fromkeys(rid for _, hits in found["region"] for rid, _ in hits))
            if filters.reports is not None:
                ids = [r for r in ids if r in set(filters.reports)]
            if ids:
                names = list(dict.fromkeys(name for _, hits in found["region"] for rid, name in hits if rid in ids))
                understood["region"] = "、".join(names)
                filters = _with(filters, reports=ids)
            else:
                extra += [word for word, _ in found["region"]]
        for field in ("year", "kind"):
            values = list(dict.fromkeys(found[field]))
            current = getattr(filters, field)
            if len(values) == 1 and current in (None, values[0]):
                understood[field] = values[0]
                filters = _with(filters, **{field: values[0]})
            else:
                extra += [str(v) for v in values]
        if found["section"] and not filters.section:
            understood["section"] = found["section"][0]
            filters = _with(filters, section=normalize(found["section"][0]))
            extra += found["section"][1:]
        text = " ".join([*extra, rest]).strip()
        if text:
            understood["text"] = text
        return understood, filters, text

    # --- answering ----------------------------------------------------------------------------

    def query(self, text: str | None = None, *, region: str | None = None, province: str | None = None,
              year: int | None = None, kind: str | None = None, section: str | None = None,
              lead: str | None = None, category: str | None = None, curated: bool | None = None,
              confidence: float | None = None, limit: int | None = None, understand: bool = True,
              stream: bool = False) -> Result:
        """Records matching the text and the filters, best first (or in report order without a
        text), at most `limit` of them (`Result.tied` counts those past it that score the same as
        the last); NoMatch, naming the filter that excluded the matches, when none does.
        `understand=False` searches the text as it is, words of filters included. `stream=True`:
        an unlimited listing without a text gives its records as an iterator, decoded as they are
        read (the first at once, memory flat however many there are)."""
        filters = self.filters(region, province, year, kind, section, lead, category, curated, confidence=confidence)
        self._stream = stream
        try:
            result = self._query(text, filters, limit, understand)
        finally:
            self._stream = False
        given = {"region": self.region_names(self.resolve_region(region)) if region is not None else None,
                 "province": province, "year": year, "section": section, "lead": lead, "category": category,
                 "curated": curated, "confidence": confidence}
        result.given = {k: v for k, v in given.items() if v is not None}
        return result

    def _query(self, text: str | None, filters: Filters, limit: int | None, understand: bool) -> Result:
        if text is not None and not text.strip():
            raise UsageError("the query is empty")
        if text is not None and understand:
            understood, read_filters, searched = self.understand(text, filters)
            if understood.keys() - {"text"}:  # some words were filters
                found = self._answer(searched or None, read_filters, limit, understood)
                if found.empty and "section" in understood:  # 东胜 名词解释: terms, where no glossary
                    again, again_filters, again_understood = self._reread(text, filters)
                    found = self._answer(again, again_filters, limit, again_understood)
                if found.empty:  # the words were meant as text after all (a name with 目标 in it)
                    found = self._answer(text, filters, limit, {"text": text})
                if not found.empty:
                    return self._asked(found, text)
                raise self._why_none(searched or None, read_filters, understood)
        understood = {"text": text} if text else {}
        result = self._answer(text, filters, limit, understood)
        if result.empty:
            raise self._why_none(text, filters, understood)
        return self._asked(result, text)

    def _reread(self, text: str, filters: Filters) -> tuple[str | None, Filters, dict]:
        """The text read again without section headings (so 名词解释 is the kind term): the text
        left, the filters, what was understood."""
        understood, read_filters, searched = self.understand(text, filters, topics=False)
        return searched or None, read_filters, understood

    def _answer(self, text: str | None, filters: Filters, limit: int | None, understood: dict) -> Result:
        if text:
            return self._search(text, filters, limit, understood)
        return self._list(filters, limit, understood)

    @staticmethod
    def _asked(result: Result, text: str | None) -> Result:
        """A query with a text has a score column in CSV, even when all its words were filters."""
        result.scored = text is not None
        return result

    def iter_records(self, filters: Filters | None = None) -> Iterator[Record]:
        """Every record the filters leave, in report order, decoded one at a time (for export)."""
        filters = filters or Filters()
        where, args = filters.sql()
        t2s = self._t2s_all() if filters.decoded else {}
        for curated in (1, 0):  # curated first, then report by report: the first row comes at once
            for raw, fig in self.index.conn.execute(
                    "SELECT r.json, r.figure FROM reports p JOIN records r ON r.rid BETWEEN p.first_rid AND "
                    f"p.last_rid WHERE r.curated = ? AND {where} ORDER BY p.ord, r.rid", [curated, *args]):
                rec = Record(self.index.unpack(raw), fig)
                if not filters.decoded or filters.keep(rec, t2s):
                    yield rec

    def _list(self, filters: Filters, limit: int | None, understood: dict) -> Result:
        if filters.decoded:
            matching = list(self.iter_records(filters))
            total, records = len(matching), matching[:limit] if limit else matching
        else:
            from itertools import islice

            where, args = filters.sql()
            def count() -> int:
                return self.index.conn.execute(f"SELECT count(*) FROM records r WHERE {where}", args).fetchone()[0]

            records = islice(self.iter_records(filters), limit)
            if self._stream and limit is None:  # the count (a scan of every record) only when asked for
                return Result(records, count, understood, False, filters.kind, limit)
            records = list(records)  # type: ignore[assignment]
            total = count()
        return Result(records, total, understood, False, filters.kind, limit)

    def _search(self, text: str, filters: Filters, limit: int | None, understood: dict) -> Result:
        from .search import BUDGET, prepare, ranked

        where, args = filters.sql()
        budget = None if limit is None or limit > BUDGET // 2 else BUDGET
        hits, cut = ranked(self.index, prepare(self.index, text), where, args, filters.reports, budget)
        records: list[Record] = []
        total = tied = 0
        t2s = self._t2s_all() if filters.decoded else {}
        for start in range(0, len(hits), 200):  # decoded only as far as needed
            if not filters.decoded and limit is not None and len(records) >= limit:
                # the rest are counted, not shown: their scores say how many tie with the last shown
                tied += sum(1 for hit in hits[start:] if hit[0] == records[-1]["score"])
                total = len(hits)
                break
            batch = hits[start:start + 200]
            raw = {rid: (js, fig) for rid, js, fig in self.index.conn.execute(
                "SELECT rid, json, figure FROM records WHERE rid IN (SELECT value FROM json_each(?))",
                (json.dumps([h[-1] for h in batch]),))}
            for hit in batch:
                rec = Record(self.index.unpack(raw[hit[-1]][0]), raw[hit[-1]][1])
                if filters.decoded and not filters.keep(rec, t2s):
                    continue
                total += 1
                rec["score"] = hit[0]
                if limit is None or len(records) < limit:
                    records.append(rec)
                elif rec["score"] == records[-1]["score"]:
                    tied += 1
        result = Result(records, total, understood, True, filters.kind, limit)
        result.tied, result.at_least = tied, cut
        return result

    def _t2s_all(self) -> dict[int, str]:
        if self._t2s is None:
            self._t2s = {ord(t): s for t, s in self.index.conn.execute("SELECT t, s FROM t2s")}
        return self._t2s

    def _why_none(self, text: str | None, filters: Filters, understood: dict) -> NoMatch:
        """The NoMatch for an empty answer, naming the filter that excluded the matches."""
        where = self.describe(filters, understood)
        if text:
            unfiltered = self._answer(text, Filters(), None, {}) if where else None
            if unfiltered is not None and unfiltered.total:
                n = unfiltered.total
                return NoMatch(f"{text!r} matches {n} record{'s' * (n != 1)}, none {where}")
            from .search import prepare, suggestions

            return NoMatch(f"nothing matched {text!r}" + (f" {where}" if where else ""),
                           suggestions(self.index, prepare(self.index, text)))
        return NoMatch(f"no records {where}" if where else "the knowledge base holds no records")

    def describe(self, filters: Filters, understood: dict | None = None) -> str:
        """The filters in words: in 东胜区, of kind target, about 2019, in section 主要预期目标."""
        parts = []
        if filters.reports is not None:
            parts.append(f"in {(understood or {}).get('region') or self.region_names(filters.reports)}")
        if filters.kind:
            parts.append(f"of kind {filters.kind}")
        if filters.year is not None:
            parts.append(f"about {filters.year}")
        if filters.section:
            parts.append(f"in section {(understood or {}).get('section') or filters.section}")
        if filters.lead:
            parts.append(f"led by {filters.lead[0]}")
        if filters.category:
            parts.append(f"in category {filters.category}")
        if filters.curated is not None:
            parts.append("curated" if filters.curated else "drafted")
        if filters.confidence is not None:
            parts.append(f"of confidence {filters.confidence} or more")
        return ", ".join(parts)

    # --- single records and reports -----------------------------------------------------------

    def get(self, record_id: str) -> Record:
        """One record by id (UsageError when there is none)."""
        row = self.index.conn.execute("SELECT json, figure FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise UsageError(f"unknown record id {record_id!r}")
        return Record(self.index.unpack(row[0]), row[1])

    def full(self, record_id: str) -> Record:
        """One record with where its quote is: `source_file`, `source_line`, `source_column`."""
        from .provenance import quote_position

        rec = self.get(record_id)
        path = self.report(rec["report"]).get("source_path")
        rec["source_file"], rec["source_line"], rec["source_column"] = path, None, None
        try:
            with open(path, encoding="utf-8") as source:
                rec["source_line"], rec["source_column"] = quote_position(rec["quote"], source.read()) or (None, None)
        except (OSError, TypeError, UnicodeDecodeError):  # a moved or unreadable source: say so by None
            pass
        return rec

    def reports(self) -> list[dict]:
        return self.index.reports()

    def report(self, report_id: str) -> dict:
        row = self.index.conn.execute("SELECT json FROM reports WHERE id = ?", (report_id,)).fetchone()
        return json.loads(row[0]) if row else {}


def _with(filters: Filters, **changes) -> Filters:
    values = {k: getattr(filters, k) for k in Filters.__slots__}
    values.update(changes)
    return Filters(**values)


def open_kb(data: str | None = None, rebuild: bool = False) -> KnowledgeBase:
    """The bundled knowledge base, plus `data` (a YAML file or folder; else $REPORTCLI_DATA) and
    any ingested drafts, through its compiled index (built on first use, rebuilt when stale)."""
    from .index import open_index

    return KnowledgeBase(open_index(data, rebuild=rebuild))


__all__ = ["Filters", "KnowledgeBase", "Record", "Result", "open_kb"]
