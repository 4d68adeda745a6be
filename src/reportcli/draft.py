"""Draft a report's records from its raw text: metadata, sections, figures, terms and tasks.

Every drafted record is `curated: false` and quotes its source verbatim, so `reportcli validate`
holds drafts to the same provenance rules as curated records. The rules are general forms of
report language (data/drafting.yaml); none names a particular report's wording or numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .drafting.names import HEDGES, Names, distribute, strip_leading
from .errors import DataError

_CN_DIGIT = "一二三四五六七八九十"
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_CLAUSE_END = "，,：:；;。、\n"


@dataclass
class Vocab:
    units: list[str]
    rating_units: list[str]
    prefix_qualifiers: list[str]
    suffix_qualifiers: list[str]
    growth_words: list[str]
    fall_words: list[str]
    name_prefixes: list[str]
    name_suffixes: list[str]
    review_headings: list[str]
    plan_headings: list[str]
    glossary_headings: list[str]
    appendix_headings: list[str]
    verbs: list[str]
    provinces: list[str]
    speaker_titles: list[str]
    known_unit: object = None  # callable: is a unit known to the knowledge-base checks
    names: Names | None = None  # the canonical names of headline indicators (data/indicators.yaml)
    figure_re: re.Pattern = field(init=False)
    growth_re: re.Pattern = field(init=False)
    change_words: list[str] = field(init=False)

    def __post_init__(self) -> None:
        units = "|".join(re.escape(u) for u in sorted(self.units + self.rating_units, key=len, reverse=True))
        pre = "|".join(re.escape(q) for q in sorted(self.prefix_qualifiers, key=len, reverse=True))
        post = "|".join(re.escape(q) for q in sorted(self.suffix_qualifiers, key=len, reverse=True))
        self.figure_re = re.compile(
            rf"(?P<pre>{pre})?(?<![\d.A-Za-z])(?<!\d )(?<!\d,)(?<!\d，)"
            rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<unit>{units})"
            rf"(?P<paren>\([^()]{{1,6}}\))?(?P<post>{post})?(?![A-Za-z\d])")
        self.change_words = sorted(self.growth_words + self.fall_words, key=len, reverse=True)
        words = "|".join(map(re.escape, self.change_words))
        self.growth_re = re.compile(rf"[，,、]?\s*(?:同比|比上年|可比)?(?P<w>{words})(?P<pre>{pre})?"
                                    rf"(?P<num>\d+(?:\.\d+)?)%(?P<post>{post})?")


def load_vocab(data_dir: Path) -> Vocab:
    from .kb import load_vocabulary, read_yaml, strip_positions

    raw = strip_positions(read_yaml(data_dir / "drafting.yaml"))
    kb_vocab = load_vocabulary(data_dir)
    return Vocab(**raw, known_unit=kb_vocab.known_unit, names=Names.load(data_dir))


# --- metadata -------------------------------------------------------------------------------

def _front_matter(text: str) -> tuple[dict[str, str], int]:
    """The markdown front matter (title:, source:) and where the body starts."""
    if not text.startswith("---"):
        return {}, 0
    end = text.find("\n---", 3)
    if end < 0:
        return {}, 0
    meta = {}
    for line in text[3:end].splitlines():
        key, _, value = line.partition(":")
        if value.strip():
            meta[key.strip()] = value.strip()
    return meta, end + 4


def metadata(text: str, vocab: Vocab, path: Path | None = None) -> dict:
    """Region, parent, date, meeting, speaker, years and title, from the header and body."""
    front, _ = _front_matter(text)
    raw_head = text[:1500]
    head = re.sub(r"[ \t\u3000]*\n[ \t\u3000]*", "", raw_head)  # a header may break its lines anywhere
    title = front.get("title") or next((ln.strip("*# ").strip() for ln in text.splitlines() if ln.strip()), "")
    title = re.sub(r"(?<=\S) (?=\S)", "", title) if re.fullmatch(r"(\S ){3,}\S.*", title) else title
    cut = title.find("政府工作报告")
    title = title[:cut + len("政府工作报告")] if cut >= 0 else title[:60]
    date = _date(head)
    meeting = re.search(r"在([^，,。]{4,60}?会议)上", head)
    speaker = None
    titles = "|".join(sorted(map(re.escape, vocab.speaker_titles), key=len, reverse=True))
    found = re.search(rf"([^\s，,。—:：]{{0,20}}?)({titles})[ \t\u3000]*"
                      rf"([\u4e00-\u9fff·]{{2,12}}?)(?=[\s，,。:：]|各位|$)", raw_head)
    if found:
        speaker = {"speaker": found.group(3), "speaker_title": (found.group(1) + found.group(2)).strip()}
    region = _region(title, meeting.group(1) if meeting else "", path)
    plan_year = _plan_year(title, text, date, path)
    review = re.search(r"(\d{4})年[^。\n]{0,12}?(工作)?回顾", text)
    review_year = int(review.group(1)) if review and plan_year and int(review.group(1)) < plan_year else (
        plan_year - 1 if plan_year else None)
    return {
        "title": (title if region["region"] in title else region["region"] + title) if title else None,
        "date": date and f"{date[0]}-{date[1]:02d}-{date[2]:02d}",
        "meeting": meeting.group(1).strip() if meeting else None,
        **(speaker or {"speaker": None, "speaker_title": None}),
        "plan_year": plan_year, "review_year": review_year, **region,
        "province": _province(text, vocab, path, region),
    }


_CN_DATE = re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月"
                      r"([一二三四五六七八九十]{1,3})日")
_CN_YEAR = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _date(head: str) -> tuple[int, int, int] | None:
    """The first date of the header, in digits or in Chinese numerals (二〇二三年一月十五日)."""
    from .provenance import parse_chinese_number

    m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", head)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = _CN_DATE.search(head)
    if m:
        month, day = parse_chinese_number(m.group(2)), parse_chinese_number(m.group(3))
        if month and day:
            return int(m.group(1).translate(_CN_YEAR)), month, day
    return None


def _plan_year(title: str, text: str, date: tuple[int, int, int] | None, path: Path | None) -> int | None:
    """The title's year, a plan heading's year, the date's year, or the year the file is named for."""
    for source in (title, text[:3000]):
        m = re.search(r"(\d{4})\s*年?\s*(?:[^\d\n]{0,20})政府工作报告", source)
        if m:
            return int(m.group(1))
    m = re.search(r"(\d{4})年(?:工作安排|重点工作|主要任务|政府工作)", text)
    if m:
        return int(m.group(1))
    if date:
        return date[0]
    m = re.search(r"(19|20)\d{2}", title) or (re.match(r"(19|20)\d{2}", path.stem) if path else None)
    return int(m.group()) if m else None


_REGION_SOURCE = re.compile(r"(?:\d{4}年)?([\u4e00-\u9fff]{2,24}?)"
                            r"(?:人民政府|政府工作报告|第[一二三四五六七八九十]+届)")
_REGION = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:自治区|省|市|区|县|旗|州|盟))")


def _region(title: str, meeting: str, path: Path | None) -> dict:
    """Region and parent: the title first, then the meeting, then the folder the file is in."""
    for source in (re.sub(r"^\d{4}年", "", title), meeting):
        m = _REGION_SOURCE.match(source)
        if m:
            parts = _REGION.findall(m.group(1))
            if parts:
                return {"region": parts[-1], "parent": parts[-2] if len(parts) > 1 else None}
    if path is not None and path.parent.name and path.parent.name not in ("", "."):
        return {"region": path.parent.name, "parent": None}
    raise DataError("cannot tell which region the report is about (no title, meeting or folder names it)")


def _province(text: str, vocab: Vocab, path: Path | None, region: dict) -> str | None:
    if region["region"] in vocab.provinces:
        return region["region"]
    if path is not None and path.parent.name in vocab.provinces:
        return path.parent.name
    suffix = r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$"
    short = {p: re.sub(suffix, "", p) for p in vocab.provinces}
    counts = {p: text.count(s) for p, s in short.items() if s}
    best = max(counts, key=counts.get)
    return best if counts[best] >= 2 else None


# --- sections -------------------------------------------------------------------------------

@dataclass
class Section:
    kind: str  # intro | review | plan | glossary
    start: int
    end: int
    label: str


_TOP = re.compile(rf"(?:^|(?<=[\s。]))([{_CN_DIGIT}]+、[^。\n]{{2,40}}?)(?=\s|$|。|\n)", re.M)


_MAIN_TARGETS = re.compile(r"(?:主要预期目标|主要目标)(?:是|为|：|:)")
_HEADING_LINE = re.compile(r"^[ \t\u3000*#]*([^\n。；;，,]{4,40}?)[ \t\u3000*]*$", re.M)


def _heading_kind(head: str, vocab: Vocab, plan_year: int | None) -> str | None:
    """review or plan, from a heading's words or from the year it names (2020年主要工作 in a 2021 report
    reviews; 2021年主要工作 plans)."""
    year = re.search(r"(\d{4})年", head)
    if year and plan_year and any(w in head for w in vocab.review_headings + vocab.plan_headings + ["主要工作"]):
        return "plan" if int(year.group(1)) >= plan_year else "review"
    if any(w in head for w in vocab.review_headings):
        return "review"
    if any(w in head for w in vocab.plan_headings):
        return "plan"
    return None


def sections(text: str, vocab: Vocab, plan_year: int | None = None) -> list[Section]:
    """Split into intro, review, plan and glossary by the report's own headings: numbered ones
    (一、2022年工作回顾) and heading lines of their own (“十三五”时期发展成就和2020年主要工作)."""
    marks: list[tuple[int, str, str]] = []
    for m in _TOP.finditer(text):
        head = m.group(1)
        if any(w in head for w in vocab.review_headings):
            marks.append((m.start(1), "review", head))
        elif any(w in head for w in vocab.plan_headings) or re.search(r"\d{4}年", head):
            marks.append((m.start(1), "plan", head))
    if not marks:
        for m in _HEADING_LINE.finditer(text):
            kind = _heading_kind(m.group(1), vocab, plan_year)
            if kind:
                marks.append((m.start(1), kind, m.group(1).strip()))
    for words, kind in ((vocab.appendix_headings, "plan"), (vocab.glossary_headings, "glossary")):
        for w in words:
            for m in re.finditer(re.escape(w), text):
                line_start = text.rfind("\n", 0, m.start()) + 1
                at_line_start = not text[line_start:m.start()].strip()
                if (m.start() - line_start < 40 and kind == "glossary" or at_line_start
                        or re.match(rf"\s*{w}\s*\d", text[m.start():])):
                    marks.append((m.start(), kind, text[m.start():m.start() + 30].split("\n")[0].strip()))
    if not any(k == "review" for _, k, _ in marks):
        first = re.search(r"(过去|一年来|\d{4}年[^。]{0,6}(工作)?回顾)", text)
        marks.append((first.start() if first else 0, "review", "工作回顾"))
    goal = re.search(r"(今年|\d{4}年)[^。]{0,20}?(主要预期目标|预期目标|总体要求)", text)
    if goal:
        marks.append((goal.start(), "plan", "主要预期目标"))
    for m in _MAIN_TARGETS.finditer(text):  # …主要预期目标是：, wherever it stands, opens the plan
        sentence = text[max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1:m.start()]
        if not re.search(r"过去|去年|上年|五年来|一年来|\d{4}年以来", sentence):
            marks.append((m.start() - len(sentence), "plan", "主要预期目标"))
            break
    marks.sort()
    out: list[Section] = []
    position, kind, label = 0, "intro", ""
    seen_plan = False
    for start, mark_kind, head in marks:
        if mark_kind == "review" and seen_plan:
            continue  # a later "回顾" inside the plan does not reopen the review
        if start > position:
            out.append(Section(kind, position, start, label))
        position, kind, label = start, mark_kind, head
        seen_plan = seen_plan or mark_kind == "plan"
    out.append(Section(kind, position, len(text), label))
    names = {"intro": "开头", "review": "工作回顾", "plan": "工作安排", "glossary": "名词解释"}
    return [Section(s.kind, s.start, s.end, s.label or names[s.kind]) for s in out if s.end > s.start]


_SUBHEADING = re.compile(r"——([^。\n——]{2,30})。|[(（]([一二三四五六七八九十]+)[)）]([^。\n]{2,40})")


def _subheading(text: str, start: int, position: int) -> str | None:
    """The nearest ——heading or (一)heading between a section's start and a position."""
    best = None
    for m in _SUBHEADING.finditer(text[start:position]):
        best = m.group(1) or f"({m.group(2)}){m.group(3).split('。')[0]}"
    return best.strip() if best else None


# --- figures --------------------------------------------------------------------------------

def _name_before(clause: str, vocab: Vocab) -> str:
    name = clause.strip(" \u3000—-·")
    changed = True
    while changed and name:
        changed = False
        for word in vocab.name_suffixes:
            if name.endswith(word) and len(name) > len(word):
                name, changed = name[: -len(word)], True
        for word in vocab.name_prefixes:
            if name.startswith(word) and len(name) > len(word):
                name, changed = name[len(word):], True
    name = re.sub(r"^(?:\d{4}年(?:底|末)?|\d+年)", "", name)  # 2007年进出口总额: the year is not the name
    name = re.sub(r"^[\d.%]+[^\u4e00-\u9fff]*", "", name)
    return name.strip(" \u3000,，、")


_NOT_A_NAME = re.compile(r"^[元万亿个%和及与、，,的]|提高到|增加到|下降到|减少到|^.$")


def is_name(name: str) -> bool:
    """A noun phrase can name a figure; a unit, a conjunction, a verb phrase cut off (元提高到…) cannot."""
    return bool(name) and not _NOT_A_NAME.search(name) and re.search(r"[\u4e00-\u9fff]{2}", name) is not None


def _name_after(text: str, position: int, stop: int) -> str:
    """For a count that opens its clause (6个国有林场全面启用…): the words after it."""
    tail = re.match(r"[^，,。；;、：:\s]{1,12}", text[position:stop])
    return tail.group().strip() if tail else ""


def _clause_end(text: str, position: int, ceiling: int) -> int:
    i = position
    while i < ceiling and text[i] not in _CLAUSE_END:
        i += 1
    return i


def _clause_start(text: str, position: int, floor: int) -> int:
    i = position
    while i > floor and text[i - 1] not in _CLAUSE_END:
        i -= 1
    return i


def _growth_after(text: str, end: int, stop: int, vocab: Vocab) -> tuple[float, int, str | None] | None:
    """增长N%(左右) right after a figure (across a comma and 同比): (growth, end, qualifier)."""
    m = vocab.growth_re.match(text, end, stop)
    if not m:
        return None
    value = float(m.group("num"))
    value = int(value) if value.is_integer() and "." not in m.group("num") else value
    if m.group("w") in vocab.fall_words:
        value = -value
    return value, m.end(), m.group("pre") or m.group("post")


def _number(raw: str) -> int | float:
    """12.5 or 1,200 (a thousands separator) as a number."""
    raw = raw.replace(",", "")
    return int(raw) if "." not in raw else float(raw)


def figures(text: str, start: int, end: int, vocab: Vocab) -> list[dict]:
    """Every figure between start and end as a partial record (name, value, unit, growth …, quote)."""
    out: list[dict] = []
    # an appendix title ("附件1 …38件民生重点工作…") counts its items: no figure until its first item
    covered: list[tuple[int, int]] = []
    for m in re.finditer("附件", text[start:end]):
        item = _APPENDIX_ITEM.search(text, start + m.end() + 2, end)
        covered.append((start + m.start(), item.start() if item else end))
    for sentence in _sentences(text, start, end):
        s_start, s_end = sentence
        first = len(out)
        for found in (_respectively(text, s_start, s_end, vocab), _from_to(text, s_start, s_end, vocab)):
            if found and not any(a <= found[1][0] < b for a, b in covered):
                out += found[0]
                covered.append(found[1])
        for m in vocab.figure_re.finditer(text, s_start, s_end):
            if m.group("unit") in vocab.rating_units:
                continue
            after = text[m.end():m.end() + 1]
            if text[m.start() - 1:m.start()] in "(（" and after in ")）":
                continue  # a heading's count of its items: 一、促进群众就业增收(7件)
            if m.group("post") in ("以上", "以下") and re.match(r"[\u4e00-\u9fff]", after) and \
                    vocab.figure_re.search(text, m.end(), _clause_end(text, m.end(), s_end)):
                continue  # 5000万元以上重点项目137项: a threshold, not a figure
            growth_only = _growth_only(text, m, s_start, vocab)
            if growth_only:
                if not any(a <= m.start() < b for a, b in covered):
                    out.append(growth_only)
                    end = text.find(growth_only["quote"], _clause_start(text, m.start(), s_start))
                    covered.append((m.start(), max(m.end(), end + len(growth_only["quote"]))))
                continue
            if any(a <= m.start() < b for a, b in covered):
                continue
            unit = m.group("unit")
            if m.group("paren") and vocab.known_unit(unit + m.group("paren")):
                unit += m.group("paren")
            c_start = _clause_start(text, m.start(), s_start)
            name = _name_before(text[c_start:m.start()], vocab)
            if not is_name(name) or name in vocab.verbs:  # 建成30个…, 为23名…: the noun comes after the count
                name = _name_after(text, m.end(), s_end)
                if not is_name(name) or name in vocab.verbs:
                    continue  # 完成1000亿元 and nothing more: what it counts is not said here
            rec = {"name": name, "value": _number(m.group("num")), "unit": unit, "growth": None,
                   "qualifier": m.group("pre") or m.group("post")}
            q_end = m.end()
            growth = _growth_after(text, m.end(), s_end, vocab)
            if growth:
                rec["growth"], q_end, growth_qualifier = growth
                rec["qualifier"] = rec["qualifier"] or growth_qualifier
                covered.append((m.end(), q_end))
            named_after = text.find(name, m.end(), s_end)
            if named_after == m.end() + (len(m.group("paren") or "")) or named_after == m.end():
                q_end = max(q_end, named_after + len(name))  # the quote holds the name it was given
            rec["quote"] = text[c_start:q_end]
            out.append(rec)
            covered.append((m.start(), q_end))
        out[first:] = _join_totals(text, s_start, out[first:])
        out += _ratios(text, s_start, s_end) + _ranks(text, s_start, s_end)
    return out


_TOTAL = ("总量", "总额", "总值", "规模", "总规模")


def _join_totals(text: str, s_start: int, figs: list[dict]) -> list[dict]:
    """国内生产总值增长5%，总量达到140.19万亿元: a level named only 总量 belongs to the growth before it
    (one fact, one record, quoted from the growth to the level)."""
    out: list[dict] = []
    for fig in figs:
        prev = out[-1] if out else None
        if (fig["name"] in _TOTAL and prev and prev.get("value") is None and prev.get("growth") is not None
                and fig.get("growth") is None):
            begin = text.find(prev["quote"], s_start)
            finish = text.find(fig["quote"], max(begin, s_start))
            if begin >= 0 and finish >= 0:
                prev.update(value=fig["value"], unit=fig["unit"],
                            quote=text[begin:finish + len(fig["quote"])])
                prev["qualifier"] = prev.get("qualifier") or fig.get("qualifier")
                continue
        out.append(fig)
    return out


def _from_to(text: str, s_start: int, s_end: int, vocab: Vocab) -> tuple[list[dict], tuple[int, int]] | None:
    """地区生产总值由2012年的7529亿元增加到2017年的10920亿元，年均增长9%: one record, the level reached
    (the earlier level is its starting point, not a figure of its own)."""
    units = "|".join(re.escape(u) for u in sorted(vocab.units, key=len, reverse=True))
    m = re.compile(rf"(?:由|从)(?:\d{{4}}年(?:的|底的|末的)?)?(?P<a>\d+(?:\.\d+)?(?:{units}))"
                   rf"(?:增加|提高|增长|上升|扩大|提升|下降|减少|降低|缩小)?(?:到|至)(?:\d{{4}}年(?:的|底的|末的)?)?"
                   rf"(?P<num>\d+(?:\.\d+)?)(?P<unit>{units})").search(text, s_start, s_end)
    if not m:
        return None
    c_start = _clause_start(text, m.start(), s_start)
    name = _name_before(text[c_start:m.start()], vocab)
    if not name:
        return None
    rec = {"name": name, "value": _number(m.group("num")), "unit": m.group("unit"), "growth": None,
           "qualifier": None}
    end = m.end()
    growth = _growth_after(text, end, s_end, vocab)
    if growth:
        rec["growth"], end, rec["qualifier"] = growth
    rec["quote"] = text[c_start:end]
    return [rec], (m.start(), end)


def name_figure(fig: dict, names: Names | None) -> dict:
    """A drafted figure named as reports name it: a hedge (预计, 力争 …) becomes a field, never part of
    the name; a headline indicator takes its canonical name (全市地区生产总值 → 地区生产总值), and
    a rise that states a level (居民消费价格上涨2.3%) becomes that level."""
    hedge = next((h for h in HEDGES if fig["quote"].lstrip().startswith(h) or fig["name"].startswith(h)), None)
    if hedge:
        fig["hedge"] = hedge
    fig["name"] = strip_leading(fig["name"]) or fig["name"]
    canonical = names.canonical_name(fig["name"]) if names else None
    if canonical:
        fig["name"] = canonical
        if canonical in names.rise_is_level and fig.get("value") is None and (fig.get("growth") or 0) > 0:
            fig["value"], fig["unit"], fig["growth"] = fig["growth"], "%", None
    return fig


def _growth_only(text: str, m: re.Match, s_start: int, vocab: Vocab) -> dict | None:
    """增长6%左右 / 下降2% / 增幅达到6.5% with no level before it: a growth-only record."""
    if m.group("unit") != "%":
        return None
    low = _RANGE_LOW.search(text, max(s_start, m.start() - 12), m.start())  # 增长6—6.5%: a range
    start = low.start() if low else m.start()
    before = text[max(s_start, start - 6):start]
    word = next((w for w in vocab.change_words if before.endswith(w)), None)
    if word is None or (before.endswith(("提高到", "达到")) and not word.endswith("达到")):
        return None  # 提高到78% / 达到92% state a level
    value = _number(m.group("num"))
    c_start = _clause_start(text, start - len(word), s_start)
    name = _name_before(text[c_start:start - len(word)], vocab)
    if not name and c_start > s_start:  # 提高低保标准,增幅达到6.5%: the subject is the clause before
        c_start = _clause_start(text, c_start - 1, s_start)
        name = _name_before(text[c_start:start - len(word)].rstrip(",，"), vocab)
    sign = -1 if word in vocab.fall_words else 1
    out = {"name": name, "value": None, "unit": None, "growth": sign * value,
           "qualifier": m.group("pre") or m.group("post"), "quote": text[c_start:m.end()]}
    if low:
        out["growth"], out["growth_max"] = sign * _number(low.group(1)), sign * value
    top = _RANGE_TOP.match(text, m.end()) if not m.group("post") else None
    if top:  # 增长4.5%—5%: a range, its top in growth_max
        out["growth_max"], out["quote"] = sign * _number(top.group(1)), text[c_start:top.end()]
        post = re.match("|".join(map(re.escape, vocab.suffix_qualifiers)), text[top.end():])
        if post:
            out["qualifier"], out["quote"] = post.group(), text[c_start:top.end() + post.end()]
    return out


_RANGE_TOP = re.compile(r"[—\-~～至到](\d+(?:\.\d+)?)%")
_RANGE_LOW = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)[—\-~～至到]$")


_APPENDIX_ITEM = re.compile(r"\s(?:\d{1,3}[.．]|[一二三四五六七八九十]+、)")
_RANK = re.compile(r"(?:位居|跃居|位列|均列|列|居|排名|排)(?P<where>[^，,。；;]{0,12}?)"
                   r"(?:第(?P<n>[一二三四五六七八九十]{1,3})(?:位|(?=[，,。；;]|$))|(?P<n1>首)位)")


def _ranks(text: str, start: int, end: int) -> list[dict]:
    """位居各旗市区第三位 / 均列呼伦贝尔市首位: a rank, value in words (value_text)."""
    from .provenance import parse_chinese_number

    out = []
    for m in _RANK.finditer(text, start, end):
        words = m.group("n") or m.group("n1")
        value = parse_chinese_number(words)
        if value is None:
            continue
        c_start = _clause_start(text, m.start(), start)
        subject = text[c_start:m.start()].strip() or "排名"
        out.append({"name": f"{subject}({m.group('where').strip()}排名)", "value": value,
                    "value_text": words, "unit": "位", "growth": None, "qualifier": None,
                    "quote": text[c_start:m.end()]})
    return out


def _respectively(text: str, s_start: int, s_end: int, vocab: Vocab) -> tuple[list[dict], tuple[int, int]] | None:
    """…分别完成A和B,同比增长x%和y% / …分别增长a%、b%左右 / …分别控制在6.5%左右、4.5%以内: one record
    per value, in order, named by distributing the subject (城乡… → 城镇…, 农村…); a qualifier
    written once after the last value holds for all of them."""
    at = text.find("分别", s_start, s_end)
    if at < 0:
        return None
    units = "|".join(re.escape(u) for u in sorted(vocab.units, key=len, reverse=True))
    post = "|".join(re.escape(q) for q in sorted(vocab.suffix_qualifiers, key=len, reverse=True))
    fig = rf"\d+(?:\.\d+)?(?:{units})(?:{post})?"
    pct = rf"\d+(?:\.\d+)?%(?:{post})?"
    joined = "[、和及与]"
    words = "|".join(re.escape(w) for w in sorted(vocab.growth_words, key=len, reverse=True))
    m = re.compile(rf"分别(?:完成|达到|实现|为|达|控制在|保持在|稳定在|是)?(?P<values>{fig}(?:{joined}{fig})+)"
                   rf"(?:[，,]?(?:同比|均比上年|比上年|均)?(?:{words})(?P<growths>{pct}(?:{joined}{pct})+))?"
                   ).match(text, at, s_end)
    only_growth = None
    if not m:
        only_growth = re.compile(rf"分别(?:{words})(?P<growths>{pct}(?:{joined}{pct})+)").match(text, at, s_end)
        if not only_growth:
            return None
    found = m or only_growth
    c_start = _clause_start(text, at, s_start)
    while c_start > s_start and text[c_start - 1] == "、":  # 城镇调查失业率、城镇登记失业率分别…: one subject list
        c_start = _clause_start(text, c_start - 1, s_start)
    name = _name_before(text[c_start:at], vocab)
    quote = text[c_start:found.end()]
    growths = _with_qualifiers(re.split(joined, found.group("growths") or ""), vocab)
    values = _with_qualifiers(re.split(joined, m.group("values")), vocab) if m else []
    count = len(values) if m else len(growths)
    names = distribute(name, count) or [name] * count  # 城乡居民… → 城镇居民…, 农村居民…
    if m:
        if growths and len(growths) != len(values):
            growths = []
        records = []
        for i, (raw, qualifier) in enumerate(values):
            num = re.match(r"\d+(?:\.\d+)?", raw).group()
            growth, growth_qualifier = growths[i] if growths else (None, None)
            records.append({"name": names[i], "value": _number(num), "unit": raw[len(num):],
                            "growth": None if growth is None else _number(growth.rstrip("%")),
                            "qualifier": qualifier or growth_qualifier, "quote": quote})
    else:
        records = [{"name": names[i], "value": None, "unit": None, "growth": _number(g.rstrip("%")),
                    "qualifier": q, "quote": quote} for i, (g, q) in enumerate(growths)]
    return records, (at, found.end())


def _with_qualifiers(items: list[str], vocab: Vocab) -> list[tuple[str, str | None]]:
    """Each item without its trailing qualifier, and the qualifier (the last one's holds for the items
    that have none: 分别增长8.5%和9.5%左右)."""
    out = []
    for item in (i for i in items if i):
        qualifier = next((q for q in sorted(vocab.suffix_qualifiers, key=len, reverse=True) if item.endswith(q)), None)
        out.append((item[:-len(qualifier)] if qualifier else item, qualifier))
    last = out[-1][1] if out else None
    if last and not any(q for _, q in out[:-1]):
        out = [(item, last) for item, _ in out]
    return out


_RATIO = re.compile(r"(\d+(?:\.\d+)?(?::\d+(?:\.\d+)?){2,3})(?:演进|调整|优化|变)?为?"
                    r"(\d+(?:\.\d+)?(?::\d+(?:\.\d+)?){2,3})?")


def _ratios(text: str, start: int, end: int) -> list[dict]:
    out = []
    for m in _RATIO.finditer(text[start:end]):
        first = [_number(x) for x in m.group(1).split(":")]
        second = [_number(x) for x in m.group(2).split(":")] if m.group(2) else None
        c_start = _clause_start(text, start + m.start(), start)
        name = re.sub(r"(比例)?(由|从|(调整|演进|优化|变)?为)?$", "", text[c_start:start + m.start()]).strip()
        name = re.sub(r"比例$", "", name) or "产业结构"
        rec = {"name": name, "value": None, "unit": None, "growth": None, "qualifier": None,
               "ratio": second or first, "quote": text[c_start:start + m.end()]}
        if second:
            rec["ratio_before"] = first
        out.append(rec)
    return out


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, position = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.start() > position:
            out.append((position, m.start()))
        position = m.end()
    if position < end:
        out.append((position, end))
    return out


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


def draft(path: Path, vocab: Vocab, source_ref: str | None = None) -> dict:
    """A report in the knowledge-base schema, drafted from the text at `path`.

    `source_ref` is how the YAML will name the source (default: the absolute path).
    """
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
    sects = sections(text, vocab, meta["plan_year"])
    records: list[dict] = []
    for sec in sects:
        if sec.kind in ("review", "plan"):
            kind = "indicator" if sec.kind == "review" else "target"
            year = meta["review_year"] if kind == "indicator" else meta["plan_year"]
            for fig in figures(text, sec.start, sec.end, vocab):
                position = text.find(fig["quote"], sec.start)
                sub = _subheading(text, sec.start, position) if position >= 0 else None
                fig_kind, fig_year = kind, year
                if kind == "target" and fig["quote"].lstrip().startswith(("去年", "上年")):
                    fig_kind, fig_year = "indicator", meta["review_year"]  # last year's figure, quoted in the plan
                fig = name_figure(fig, vocab.names)
                if not is_name(fig["name"]):
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
        letter = {"indicator": "i", "target": "t", "term": "k", "task": "w"}[rec["kind"]]
        counters[letter] = counters.get(letter, 0) + 1
        rec = {"id": f"{rid}-{letter}{counters[letter]:03d}", **rec, "curated": False,
               "confidence": confidence(rec, vocab.names)}
        if rec["kind"] not in ("indicator", "target"):
            rec.pop("year", None)
        elif rec.get("year") is None:
            rec.pop("year")
        out.append({k: v for k, v in rec.items() if not (k in ("growth", "qualifier") and v is None)
                    or rec["kind"] not in ("indicator", "target")})
    short = re.sub(r"(自治区|省|市|区|县|旗|州|盟)$", "", meta["region"]) or meta["region"]
    return {
        "id": rid, "region": meta["region"], "short": short, "aliases": [], "parent": meta["parent"],
        "province": meta["province"],
        "level": _level(meta["region"], meta["parent"], vocab),
        "title": meta["title"] or f"{meta['region']}政府工作报告",
        "date": meta["date"], "meeting": meta["meeting"], "speaker": meta["speaker"],
        "speaker_title": meta["speaker_title"], "review_year": meta["review_year"], "plan_year": meta["plan_year"],
        "source": source_ref or str(path.resolve()), "curated": False, "records": out,
    }


def confidence(rec: dict, names: Names | None) -> float:
    """How far a drafted record can be trusted, by what it rests on (the hand-judged sample of
    docs/drafting.md is the evidence): a headline indicator under its canonical name 0.9; a short
    noun phrase 0.6, a long one 0.4; a glossary definition 0.9, a quoted term 0.5; a task with its
    lead units 0.8, without 0.6."""
    kind = rec["kind"]
    if kind == "term":
        return 0.9 if rec.get("definition") else 0.5
    if kind == "task":
        return 0.8 if rec.get("lead") else 0.6
    if names is not None and rec["name"] in names.family:
        return 0.9
    return 0.6 if len(rec["name"]) <= 12 else 0.4


def _level(region: str, parent: str | None, vocab: Vocab) -> str:
    """The government's level from its name: 国务院 national; a province or municipality province;
    a city, prefecture or league city (or county when the title names its parent city); else county."""
    if region in ("国务院", "中华人民共和国", "中央人民政府"):
        return "national"
    if region in vocab.provinces:
        return "province"
    if re.search(r"(市|州|盟|地区)$", region) and (parent is None or parent in vocab.provinces):
        return "city"
    return "county"


def _verbatim(piece: str, working: str, original: str) -> str:
    """A piece of the working text as the original writes it (the two have the same offsets)."""
    position = working.find(piece)
    return piece if position < 0 else original[position:position + len(piece)]


def to_yaml(report: dict) -> str:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump({"reports": [report]}, Dumper=dumper, allow_unicode=True, sort_keys=False, width=10_000)
