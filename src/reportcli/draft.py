"""Draft a report's records from its raw text: metadata, sections, figures, terms and tasks.

Every drafted record is `curated: false` and quotes its source verbatim, so `reportcli validate`
holds drafts to the same provenance rules as curated records. The rules are general forms of
report language (data/drafting.yaml); none names a particular report's wording or numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .drafting.confidence import applied_floor, confidence, text_around
from .drafting.facts import figures, is_name, name_figure, opens_with_verb
from .drafting.names import NOTE, Names, specific, strip_leading
from .drafting.read import PER_MILLE_REST
from .drafting.structure import (
    GOAL_YEAR_LEAD,
    Section,
    _subheading,
    five_year_openings,
    goal_in_review,
    level,
    level_at_period_end,
    looks_ahead,
    looks_back,
    metadata,
    of_one_year,
    part_period,
    sections,
    short_region,
)
from .errors import DataError
from .model import KIND_LETTERS, NUMERIC_KINDS
from .provenance import FALL_WORDS

__all__ = ["Vocab", "confident", "confidence", "draft", "draft_all", "figures", "is_name", "load_vocab", "metadata",
           "sections", "to_yaml"]


def _alternation(words: list[str]) -> str:
    """The words as a regex alternation, longest first."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@dataclass
class Vocab:
    units: list[str]
    rating_units: list[str]
    units_named_by: dict[str, list[str]]
    prefix_qualifiers: list[str]
    suffix_qualifiers: list[str]
    growth_words: list[str]
    name_prefixes: list[str]
    name_suffixes: list[str]
    review_headings: list[str]
    plan_headings: list[str]
    glossary_headings: list[str]
    appendix_headings: list[str]
    verbs: list[str]
    verb_endings: list[str]
    no_name_endings: list[str]
    head_nouns: list[str]
    measure_endings: list[str]
    carried_heads: list[str]
    list_measures: list[str]
    flow_verbs: list[str]
    kept_verbs: list[str]
    carried_out_verbs: list[str]
    adverbs: list[str]
    project_amounts: list[str]
    projects: list[str]
    rates_of_what_was_said: list[str]
    money_heads: list[str]
    money_words_of_no_purpose: list[str]
    provinces: list[str]
    speaker_titles: list[str]
    known_unit: object = None  # callable: is a unit known to the knowledge-base checks
    confidence_model: dict = field(default_factory=dict)  # data/confidence.yaml: intercept, weights, floor
    names: Names | None = None  # the canonical names of headline indicators (data/indicators.yaml)
    figure_re: re.Pattern = field(init=False)
    growth_re: re.Pattern = field(init=False)
    fall_words: list[str] = field(init=False)  # reportcli.provenance.FALL_WORDS, the one list
    change_words: list[str] = field(init=False)
    verb_words: tuple[str, ...] = field(init=False)  # for verbs_only, longest first
    bare_heads: tuple[str, ...] = field(init=False)  # head nouns that name nothing without their subject
    fall_before_re: re.Pattern = field(init=False)  # a word of fall right before a figure (…下降3个百分点)
    carried_out_re: re.Pattern = field(init=False)  # a verb of carrying out (实施, 推进 …), as an alternation
    purposeless_money_re: re.Pattern = field(init=False)  # an amount's name with no word of its purpose
    bound_after_re: re.Pattern = field(init=False)  # a suffix qualifier, if any (…万元/人左右)
    paired_growths_re: re.Pattern = field(init=False)  # growths joined by 和 after one word of change (…增长5.9%和7.4%)
    listed_figure_re: re.Pattern = field(init=False)  # a figure closing a list item inside a subject (…82.7万人和)

    def specific(self, name: str) -> bool:
        """Whether a drafted name says what is counted (drafting.names.specific with this vocabulary): never
        verbs alone (新建改造, 加快建设)."""
        return specific(name, self.names, tuple(self.measure_endings), self.bare_heads) and not self.verbs_only(name) \
            and not self.purposeless_money_re.match(name)

    def verbs_only(self, name: str) -> bool:
        """Whether a subject is made only of verbs and words of how they are done (重点帮扶, 新建续建,
        新建、改扩建)."""
        rest = name
        while rest:
            word = next((w for w in self.verb_words if rest.startswith(w)), None)
            if word is None:
                return False
            rest = rest[len(word):]
            if rest[:1] in ("、", "和", "及", "与") and len(rest) > 1:
                rest = rest[1:]  # (verbs listed: 新建、改扩建800所…)
        return bool(name)

    def __post_init__(self) -> None:
        units = "|".join(re.escape(u) for u in sorted(self.units + self.rating_units, key=len, reverse=True))
        pre = "|".join(re.escape(q) for q in sorted(self.prefix_qualifiers, key=len, reverse=True))
        post = "|".join(re.escape(q) for q in sorted(self.suffix_qualifiers, key=len, reverse=True))
        self.bound_after_re = re.compile(rf"(?:{post})?")
        self.listed_figure_re = re.compile(rf"(?<![\d.])\d+(?:\.\d+)?(?:{_alternation(self.units)})[、和]")
        self.figure_re = re.compile(
            rf"(?P<pre>{pre})?(?<![\d.A-Za-z])(?<!\d )(?<!\d\. )(?<!\d,)(?<!\d，)"
            rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?: \d{{3}})+(?:\.\d+)?(?=[ \u3000]?[^\d\s])|"
            rf"\d+(?:\.\d+)?)(?P<many>多|余)?[ \u3000]?"
            rf"(?P<unit>{units})"
            rf"(?P<paren>\([^()]{{1,6}}\))?(?:{PER_MILLE_REST}(?={post}))?(?P<post>{post})?(?![A-Za-z\d])")
        self.fall_words = list(FALL_WORDS)
        self.bare_heads = tuple(self.head_nouns + self.carried_heads + self.project_amounts
                                + self.rates_of_what_was_said)
        self.verb_words = tuple(sorted({*self.verbs, *self.verb_endings, *self.flow_verbs, *self.adverbs},
                                       key=len, reverse=True))
        self.change_words = sorted(self.growth_words + self.fall_words, key=len, reverse=True)
        self.fall_before_re = re.compile(rf"(?:{_alternation(self.fall_words)})了?(?:约|近)?$")
        self.purposeless_money_re = re.compile(
            rf"(?:{_alternation(self.verbs)})*(?:{_alternation(self.money_words_of_no_purpose)})*"
            rf"(?:{_alternation(self.money_heads)})$")
        self.carried_out_re = re.compile(_alternation(self.carried_out_verbs))
        words = _alternation(self.change_words)
        self.paired_growths_re = re.compile(rf"(?P<yearly>年均)?(?P<w>{words})(?P<growths>\d+(?:\.\d+)?%"
                                            rf"(?:[和、]\d+(?:\.\d+)?%)+)(?=[，,。；;]|$)")
        # (a note may stand between a figure and its growth: …2万亿元左右（预计数，下同），增长13%左右)
        self.growth_re = re.compile(rf"(?:{NOTE})?[，,、]?\s*(?:同比|[比较](?:上年|去年)|可比|年(?=增))?"
                                    rf"(?P<w>{words})(?:{NOTE})?[ \u3000]?(?P<pre>{pre})?"
                                    rf"(?P<num>\d+(?:\.\d+)?)[ \u3000]?%(?P<post>{post})?")


def load_vocab(data_dir: Path) -> Vocab:
    from .kb import load_vocabulary, read_yaml, strip_positions

    raw = strip_positions(read_yaml(data_dir / "drafting.yaml"))
    kb_vocab = load_vocabulary(data_dir)
    verbs = {v for v in raw["verbs"] + raw["verb_endings"] if len(v) > 1}
    names = Names.load(data_dir, lead_verbs=tuple(sorted(verbs, key=len, reverse=True)),
                       spellings=raw.pop("name_spellings", None) or [])
    model = read_yaml(data_dir / "confidence.yaml")
    return Vocab(**raw, known_unit=kb_vocab.known_unit, names=names, confidence_model=model)



# --- terms and tasks ------------------------------------------------------------------------

_QUOTED = re.compile(r"“([^“”\n]{2,16})”")


def glossary_terms(text: str, section: Section) -> list[dict]:
    """N.“term”:definition entries of a 名词解释 appendix, definitions verbatim."""
    out = []
    body = text[section.start:section.end]
    for m in re.finditer(r"(?:^|\s)(\d{1,2})[.．、]\s*(?P<entry>[^\n]*?“(?P<term>[^”]{1,20})”[^:：\n]{0,8}[:：]"
                         r"(?P<definition>[^\n]+?))(?=\s\d{1,2}[.．、]|\n|$)", body):
        definition = m.group("definition").strip()
        out.append({"kind": "term", "name": m.group("term"), "definition": definition,
                    "definition_source": "report", "quote": m.group("entry").strip(), "section": section.label})
    return out


def quoted_terms(text: str, sects: list[Section], skip: set[str]) -> list[dict]:
    """Every “quoted” formula of the report body, once, with the sentence where it first appears."""
    out, seen = [], set(skip)
    for sec in sects:
        if sec.kind == "glossary":
            continue
        for m in _QUOTED.finditer(text, sec.start, sec.end):
            term = m.group(1).strip()
            if term in seen or re.search(r"[，。！？]", term) or len(term) < 2:
                continue
            seen.add(term)
            s_start = max(sec.start, max(text.rfind(c, 0, m.start()) for c in "。；\n") + 1)
            s_end = min(x for x in (text.find(c, m.end()) for c in "。；\n") if x >= 0) if any(
                text.find(c, m.end()) >= 0 for c in "。；\n") else len(text)
            out.append({"kind": "term", "name": term, "definition": None, "definition_source": None,
                        "quote": text[s_start:s_end].strip(), "section": sec.label})
    return out


_LED_ITEM = re.compile(r"(?:^|(?<=[\s。]))(\d{1,3})[.．]([^\n]{4,400}?[(（]牵头(?:责任)?单位[:：]([^)）]+)[)）]"
                       r"[^\n\d]{0,80}?)(?=\s\d{1,3}[.．]|\s[一二三四五六七八九十]、|\n|$)")


def tasks(text: str, sects: list[Section]) -> list[dict]:
    """Numbered work-plan sections ((一)…) and numbered appendix items with their lead units."""
    out = []
    for sec in sects:
        if sec.kind != "plan":
            continue
        for m in re.finditer(r"[(（]([一二三四五六七八九十]{1,3})[)）]([^。\n]{4,60}?)(?=。|\n|\s{1}[^\s])",
                             text[sec.start:sec.end]):
            title = m.group(2).strip()
            out.append({"kind": "task", "name": title, "number": _cn_number(m.group(1)), "category": "工作安排",
                        "lead": [], "text": title, "quote": m.group(0).strip(), "section": sec.label})
        for m in _LED_ITEM.finditer(text[sec.start:sec.end]):
            leads = []
            for group in re.findall(r"牵头(?:责任)?单位[:：]([^)）]+)", m.group(2)):
                leads += [u.strip() for u in re.split(r"[、,，]", group) if u.strip() and u.strip() not in leads]
            body = m.group(2).strip()
            out.append({"kind": "task", "name": re.split(r"[,，(（]", body)[0][:40], "number": int(m.group(1)),
                        "category": sec.label, "lead": leads, "text": body,
                        "quote": f"{m.group(1)}.{m.group(2)}".strip() if text.find(f"{m.group(1)}.{m.group(2)}") >= 0
                        else m.group(0).strip(), "section": sec.label})
    return out


def _cn_number(text: str) -> int | None:
    from .provenance import parse_chinese_number

    return parse_chinese_number(text)


# --- the whole draft ------------------------------------------------------------------------

def _report_id(region: str, year: int | None, taken: set[str] | None = None) -> str:
    from .normalize import Pinyin

    base = f"{Pinyin()(region)[0] or 'report'}-{year or 'undated'}"
    rid, n = base, 2
    while taken and rid in taken:
        rid, n = f"{base}-{n}", n + 1
    return rid


def _without_own_region(name: str, own: str, vocab: Vocab) -> str:
    """A headline indicator's name without the report's own region written before it (西藏生产总值,
    力争西藏生产总值年均增长…): the region is the report's, not part of the indicator."""
    bare = strip_leading(name)
    if len(own) < 2 or not bare.startswith(own) or vocab.names is None \
            or not vocab.names.canonical_name(bare[len(own):]):
        return name
    return name[:len(name) - len(bare)] + bare[len(own):]


def draft(path: Path, vocab: Vocab, source_ref: str | None = None, min_confidence: float | None = None) -> dict:
    """A report in the knowledge-base schema, drafted from the text at `path`: its records of at least
    `min_confidence` (default: the floor of data/confidence.yaml; 0 keeps every record).

    `source_ref` is how the YAML will name the source (default: the absolute path).
    """
    return confident(draft_all(path, vocab, source_ref), vocab, min_confidence)[0]


def confident(report: dict, vocab: Vocab, min_confidence: float | None = None) -> tuple[dict, int]:
    """The report with only its indicators and targets of at least `min_confidence` (default: the fitted
    floor) and every other record, and how many were withheld. Ids are kept as drafted, so a record has the
    same id at every floor."""
    floor = applied_floor(min_confidence, vocab.confidence_model)
    kept = [r for r in report["records"] if r["kind"] not in NUMERIC_KINDS or r["confidence"] >= floor]
    return {**report, "records": kept}, len(report["records"]) - len(kept)


def draft_all(path: Path, vocab: Vocab, source_ref: str | None = None) -> dict:
    """Every record drafted from the text at `path`, whatever its confidence (see draft)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(f"cannot read {path}: {exc.strerror or exc}") from None
    from .drafting.read import decode, working

    try:
        original = decode(raw)
    except UnicodeDecodeError:
        raise DataError(f"{path}: neither UTF-8 nor GB18030") from None
    if not original.strip():
        raise DataError(f"{path}: the file is empty")
    text = working(original)  # same length: a quote is cut from the original at the same offsets
    meta = metadata(text, vocab, path)
    if not meta["plan_year"]:
        raise DataError(f"{path}: cannot tell which year the report plans for")
    rid = _report_id(meta["region"], meta["plan_year"])
    own = short_region(meta["region"] or "")  # (西藏自治区: 西藏)
    sects = sections(text, vocab, meta["plan_year"])
    records: list[dict] = []
    for sec in sects:
        if sec.kind in ("review", "plan"):
            whole = part_period(sec.label, sec.kind, meta["plan_year"], meta["review_year"])
            openings = five_year_openings(text, sec.start, sec.end, meta["review_year"]) \
                if sec.kind == "review" and not whole else []
            for fig in figures(text, sec.start, sec.end, vocab):
                position = fig.pop("at", -1)
                position = position if position >= 0 else text.find(fig["quote"], sec.start)
                sub = _subheading(text, sec.start, position) if position >= 0 else None
                if sec.kind == "plan" and position >= 0 and _done(text, position, fig["quote"]):
                    continue  # 先后派出3批次133名医务工作者, 已建成…: done already, no goal
                fig_kind, fig_year = _kind_and_year(fig, text, position, sec, meta, whole, openings, vocab)
                fig["name"] = _without_own_region(fig["name"], own, vocab)  # 西藏生产总值: the report's own
                phrase = fig["name"]
                fig = name_figure(fig, vocab.names)
                if vocab.names is not None:  # (农民收入 of 2010 is 农民人均纯收入)
                    fig["name"] = vocab.names.of_year(phrase, fig["name"], fig_year)
                if not is_name(fig["name"]) or not vocab.specific(fig["name"]):
                    continue
                records.append({"kind": fig_kind, **fig, "year": fig_year,
                                "section": " > ".join(x for x in (sec.label, sub) if x) or sec.kind})
    glossary = [t for sec in sects if sec.kind == "glossary" for t in glossary_terms(text, sec)]
    records += glossary + quoted_terms(text, sects, {t["name"] for t in glossary}) + tasks(text, sects)
    counters: dict[str, int] = {}
    out = []
    for rec in records:
        if not rec["quote"] or not rec["name"]:
            continue
        for key in ("quote", "text", "definition"):  # as the report writes them, not as folded
            if isinstance(rec.get(key), str):
                rec[key] = _verbatim(rec[key], text, original)
        letter = KIND_LETTERS[rec["kind"]]
        counters[letter] = counters.get(letter, 0) + 1
        rec = {"id": f"{rid}-{letter}{counters[letter]:03d}", **rec, "curated": False,
               "confidence": confidence(rec, vocab, *text_around(original, rec["quote"]))}
        if rec["kind"] not in NUMERIC_KINDS:
            rec.pop("year", None)
        elif rec.get("year") is None:
            rec.pop("year")
        out.append({k: v for k, v in rec.items() if not (k in ("growth", "qualifier") and v is None)
                    or rec["kind"] not in NUMERIC_KINDS})
    short = short_region(meta["region"])
    return {
        "id": rid, "region": meta["region"], "short": short, "aliases": [], "parent": meta["parent"],
        "province": meta["province"],
        "level": level(meta["region"], meta["parent"], vocab),
        "title": meta["title"] or f"{meta['region']}政府工作报告",
        "date": meta["date"], "meeting": meta["meeting"], "speaker": meta["speaker"],
        "speaker_title": meta["speaker_title"], "review_year": meta["review_year"], "plan_year": meta["plan_year"],
        "source": source_ref or str(path.resolve()), "curated": False, "records": out,
    }




# words that say a figure of the plan part is done already, not a goal
_DONE = re.compile(r"先后|已经|已(?=[\u4e00-\u9fff])|业已")


def _done(text: str, position: int, quote: str) -> bool:
    """Whether the clause of a figure quoted at `position`, up to its first number, says it is done."""
    start = max(text.rfind(c, 0, position) for c in "，,。；;\n") + 1
    return bool(_DONE.search(text[start:position] + re.split(r"\d", quote, maxsplit=1)[0]))


_THIS_YEAR = re.compile(r"[\s*]*今年(?!是|为|以来)")  # a sentence on this year's goals, not 今年是“十一五”开局之年
_THIS_YEAR_OPENS = re.compile(r"[\s*]*今年[，,]")  # a paragraph on this year (今年，是…开局之年。要力争…)


def _kind_and_year(fig: dict, text: str, position: int, sec: Section, meta: dict,
                   whole: tuple[int, str] | None, openings: tuple[int, ...] | list[int] = (),
                   vocab: Vocab | None = None) -> tuple[str, int]:
    """The kind and year of a figure of a review or plan part, setting its period when the part or
    its sentence speaks of several years: a figure of a five-year review (过去五年工作回顾) has period
    五年 unless its paragraph is of the reviewed year or it is the level reached at the period's end
    (市场主体达到327.7万户: the last year's); last year's figure quoted in the plan is an indicator; a
    plan figure for a plan period still to run (“十四五”时期…, 今后五年…) is a goal for the period's end."""
    review, plan = meta["review_year"], meta["plan_year"]
    lead = GOAL_YEAR_LEAD.match(fig["quote"])  # (到2025年常住人口城镇化率达到63%: the year the quote opens with)
    upto = position + (lead.end() if lead else 0)
    goal = goal_in_review(text, upto, review) if sec.kind == "review" and position >= 0 else None
    if goal:  # 到2010年，城镇居民人均可支配收入达到19100元: a goal inside the review, for its year
        if goal <= review + 5:
            fig.setdefault("period", "五年")
        return "target", goal
    if sec.kind == "review":
        opened = next((o for o in reversed(openings) if o < position), None)  # (五年 from the last opening)
        if position < 0 or fig.get("period") or not (whole or opened is not None) \
                or _reached_at_end(fig, text, position, vocab):
            return "indicator", review  # (a level is read only where a period of several years could be given)
        said = position + len(fig["quote"])  # (2010年全社会固定资产投资…: the year may open the quote itself)
        if whole and not of_one_year(text, said, review, sec.start):
            fig["period"] = whole[1]
        if opened is not None and not fig.get("period") and not of_one_year(text, said, review, opened):
            fig["period"] = "五年"  # (2025年…；各位代表！回望“十四五”，…: the five years after the year)
        return "indicator", review
    last_year = fig["quote"].lstrip().startswith(("去年", "上年"))
    if last_year or position >= 0 and looks_back(text, position, review, sec.start):
        return "indicator", review
    near = looks_ahead(text, upto, plan) if position >= 0 else None  # (…，力争到2025年…: its own year)
    if whole and not near and position >= 0 and (
            _THIS_YEAR.match(text, max(text.rfind(c, 0, position) for c in "。\n") + 1)
            or not fig.get("period") and _THIS_YEAR_OPENS.match(text, text.rfind("\n", 0, position) + 1)):
        return "target", plan  # (in a part on the five years: 今年全省地区生产总值预期增长12%，…: this year's;
        # a paragraph opening 今年，是…开局之年。要力争地区生产总值增长10%以上；…: the year's goals follow)
    ahead = near or whole
    if ahead:
        fig.setdefault("period", ahead[1])
        return "target", ahead[0]
    return "target", plan


def _reached_at_end(fig: dict, text: str, position: int, vocab: Vocab | None) -> bool:
    """Whether a review figure is a level reached (structure.level_at_period_end), read on its clause."""
    clause = text[max(text.rfind(c, 0, position) for c in "，,。；;\n") + 1:position]
    flow = vocab is not None and opens_with_verb(fig["name"], vocab)
    headline = bool(vocab and vocab.names and vocab.names.canonical_name(fig["name"]))
    return level_at_period_end(clause, fig["quote"], fig.get("unit"), fig.get("growth"), flow, headline)


def _verbatim(piece: str, working: str, original: str) -> str:
    """A piece of the working text as the original writes it (the two have the same offsets)."""
    position = working.find(piece)
    return piece if position < 0 else original[position:position + len(piece)]


def to_yaml(report: dict) -> str:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump({"reports": [report]}, Dumper=dumper, allow_unicode=True, sort_keys=False, width=10_000)
