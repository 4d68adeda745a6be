"""Structure: a report's metadata (region, date, speaker, years, level) and its parts — review,
plan, appendices, 名词解释 — from its headings and wording."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DataError

if TYPE_CHECKING:
    from ..draft import Vocab

CN_DIGIT = "一二三四五六七八九十"

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
    heading = _REVIEW_HEADING.search(text)
    if heading and plan_year and int(heading.group(1)) >= plan_year:
        plan_year = int(heading.group(1)) + 1  # the title names the year reviewed (2013年…报告: 2013年工作回顾)
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


# a heading line of its own: 一、2013年工作回顾 / **2013年和过去五年工作回顾**
_REVIEW_HEADING = re.compile(rf"^[ \t\u3000*#]*(?:[{CN_DIGIT}]+、)?(\d{{4}})年[^。\n]{{0,12}}?回顾", re.M)

_CN_DATE = re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月"
                      r"([一二三四五六七八九十]{1,3})日")
_CN_YEAR = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _date(head: str) -> tuple[int, int, int] | None:
    """The first date of the header, in digits or in Chinese numerals (二〇二三年一月十五日)."""
    from ..provenance import parse_chinese_number

    m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", head)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = _CN_DATE.search(head)
    if m:
        month, day = parse_chinese_number(m.group(2)), parse_chinese_number(m.group(3))
        if month and day:
            return int(m.group(1).translate(_CN_YEAR)), month, day
    return None


# a numbered heading of a year's work (三、2006年工作, 二、2016年工作安排): the plan's heading
_PLAN_HEADING = re.compile(r"^[ \t\u3000*#]*[一二三四五六七八九十]+、\s*(\d{4})年(?:的)?"
                           r"(?:工作|主要工作|工作安排|工作任务|重点工作)[ \t\u3000*]*$", re.M)


def _plan_year(title: str, text: str, date: tuple[int, int, int] | None, path: Path | None) -> int | None:
    """The title's year, a plan heading's year, the date's year, or the year the file is named for.

    A title that names the year before the date's (2015年四川省人民政府工作报告, delivered on 2016年1月25日)
    names the year reviewed; a report delivered in November or December plans for the year after."""
    dated = date and (date[0] + 1 if date[1] >= 11 else date[0])
    for source in (title, text[:3000]):
        m = re.search(r"(?<!\d)((?:19|20)\d{2})[ \t\u3000]*年?[ \t\u3000]*(?:[^\d\n]{0,20})政府工作报告", source)
        if m:
            year = int(m.group(1))
            if dated == year + 1:
                return dated
            ahead = _PLAN_HEADING.search(text)  # (2005年…报告 whose plan stands under 三、2006年工作: no date)
            return year + 1 if ahead and int(ahead.group(1)) == year + 1 else year
    m = re.search(r"(?<!\d)((?:19|20)\d{2})年(?:工作安排|重点工作|主要任务|政府工作(?![^。\n]{0,4}回顾))", text)
    if m:
        return int(m.group(1))
    if dated:
        return dated
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
            parts = [p for p in _REGION.findall(m.group(1)) if _REGION_SUFFIX.sub("", p)]  # (not 自治区 alone:
            if parts:  # 2023年自治区政府工作报告 names no region; the meeting or the folder does)
                return {"region": parts[-1], "parent": parts[-2] if len(parts) > 1 else None}
    if path is not None and path.parent.name and path.parent.name not in ("", "."):
        return {"region": path.parent.name, "parent": None}
    raise DataError("cannot tell which region the report is about (no title, meeting or folder names it)")


# what a region's name ends with after what it is called for short (黔东南苗族侗族自治州: 黔东南)
_PEOPLES = r"(?:维吾尔|(?:布依|土家|蒙古|朝鲜|哈尼|傈僳|纳西|景颇|[\u4e00-\u9fff])族)"
_REGION_SUFFIX = re.compile(rf"{_PEOPLES}*自治[区州县旗]$|特别行政区$|地区$|[省市区县旗州盟]$")


def short_region(region: str) -> str:
    """What a report calls its region for short (西藏自治区 → 西藏, 东胜区 → 东胜); the name itself when
    nothing is left."""
    return _REGION_SUFFIX.sub("", region) or region


def _province(text: str, vocab: Vocab, path: Path | None, region: dict) -> str | None:
    if region["region"] in vocab.provinces:
        return region["region"]
    if path is not None and path.parent.name in vocab.provinces:
        return path.parent.name
    short = {p: short_region(p) for p in vocab.provinces}
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


# (一、二、三产业结构… is a list of numerals, not a heading)
_TOP = re.compile(rf"(?:^[ \t\u3000*#]*|(?<=[\s。]))"  # (a line may open with markdown: **一、…**, ## 一、…)
                  rf"([{CN_DIGIT}]+、(?![{CN_DIGIT}]+、|[一二三]产)[^。\n*]{{2,40}}?)(?=\*\*|\s|$|。|\n)", re.M)


_MAIN_TARGETS = re.compile(r"(?:主要(?:调控)?(?:预期)?(?:目标|指标)|发展的预期目标)(?:建议)?(?:是|为|：|:)")
_MAIN_GOALS = re.compile(r"主要预期目标|预期目标")


def _of_one_year(label: str, plan_year: int | None) -> bool:
    """Whether a plan part's heading names its goals as a year's (主要预期目标, 2021年重点工作, 到2017年主要目标), not a
    vision's far year (二、2035年远景目标及“十四五”时期…: the five years' goals)."""
    years = [int(y) for y in re.findall(r"(\d{4})年", label)]
    return bool(_MAIN_GOALS.search(label)) or any(not plan_year or y <= plan_year + 4 for y in years)


# a line that opens the report's notes (注释, then [1]…, [2]…): what they explain, not figures of a part
_NOTES_HEADING = re.compile(r"^[ \t\u3000*#]*(注释|注解|附注)[ \t\u3000*:：]*$", re.M)
_HEADING_LINE = re.compile(r"^[ \t\u3000*#]*([^\n。；;，,]{4,40}?)[ \t\u3000*]*$", re.M)


# (综合考虑，预期今年全省地区生产总值增长6%左右: the year's goals said as what is expected of it)
_GOAL = re.compile(r"(今年|(\d{4})年)[^。]{0,20}?(主要(?:调控)?预期目标|预期目标|主要调控目标|总体要求)|预期今年")


def _later_than(year: int, plan_year: int | None) -> bool:
    """Whether goals for `year` are a later year's than the plan year's own (a term's or a plan's end)."""
    return bool(plan_year) and year > plan_year


def _plans(text: str, goal: re.Match, plan_year: int | None) -> bool:
    """Whether words of goals open the plan: not an earlier year's goals (确定的2005年各项预期目标顺利实现),
    not goals said to be met (“十五”计划预期目标提前实现), not a review heading that names them too
    (一、2004年工作回顾和2005年工作总体要求)."""
    if goal.group(2) and plan_year and int(goal.group(2)) < plan_year:
        return False
    if goal.group(2) and _later_than(int(goal.group(2)), plan_year) and text[goal.start() - 1:goal.start()] in "到至":
        return False  # (到2010年的主要预期目标是 in a 2006 report: the term's goals, read by looks_ahead)
    if re.match(r"[^。，,\n]{0,6}(?:实现|完成|超额)", text[goal.end():]):
        return False
    line = text[text.rfind("\n", 0, goal.start()) + 1:goal.start()]
    return "回顾" not in line


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


_YEARS_AHEAD = r"(?:今后|未来)[五5]年"  # 今后五年, 今后5年: the five years ahead

# a paragraph that opens the goals of a five-year plan still to run (今后五年的发展思路：…;
# “十三五”时期的主要目标是…), with no heading of its own
_FIVE_YEAR_GOALS = re.compile(r"^[ \t\u3000*]*(?:[（(][一二三四五六七八九十]+[)）])?"
                              r"(?:[^。\n]{0,20}[，,])?[^。\n，,]{0,12}?"
                              rf"({_YEARS_AHEAD}|“(十[一二三四五六]?)五”(?:时期|期间))"
                              r"[^。\n，,]{0,12}?(?:发展思路|指导思想|奋斗目标|主要目标|发展目标|总体要求|目标任务|总体思路)"
                              r"[^。\n，,：:]{0,12}?(?=是|为|：|:|。|\*\*|[ \t]*$)", re.M)


def _five_year_plans_in_review(text: str, marks: list[tuple[int, str, str]],
                               plan_year: int | None) -> list[tuple[int, str, str]]:
    """Where the review part, before any plan heading, turns to a five-year plan's goals in a paragraph
    of its own: a plan part from there (its figures are goals for the period's end, not last year's)."""
    if not plan_year:
        return []
    first_plan = min((start for start, kind, _ in marks if kind == "plan"), default=len(text))
    reviews = [start for start, kind, _ in marks if kind == "review" and start < first_plan]
    for m in _FIVE_YEAR_GOALS.finditer(text, min(reviews, default=first_plan), first_plan):
        if m.group(2) and five_year_plan_end(m.group(2)) <= plan_year:
            continue  # (“十三五”时期的主要目标全面完成, in a 2021 report: a review)
        if re.search("实现|完成|围绕", text[m.start():m.start(1)]):
            continue  # (要实现今后五年的奋斗目标，就必须…: what the goals ask of the year, no goals)
        return [(m.start(), "plan", text[m.start(1):m.end()])]
    return []


# a five-year plan's goals said to be achieved (“十五”经济社会发展目标全面实现)
_PLAN_ACHIEVED = re.compile(r"“(十[一二三四五六]?)五”[^，,。]{0,14}?(?:全面|胜利|圆满|顺利|基本)?(?:实现|完成)")


def _ended_plan_achieved(head: str, plan_year: int | None) -> bool:
    """Whether a heading says a five-year plan that ended before the plan year was achieved: a review of it."""
    m = _PLAN_ACHIEVED.search(head)
    return bool(m and plan_year and five_year_plan_end(m.group(1)) < plan_year)


# a heading that asks for a plan's first year to go well (确保“十二五”实现良好开局): the plan year's part
_OPENING_WELL = re.compile(r"(?:确保|力争|努力|奋力)[^，,。]{0,10}(?:良好开局|开门红)")


def sections(text: str, vocab: Vocab, plan_year: int | None = None) -> list[Section]:
    """Split into intro, review, plan and glossary by the report's own headings: numbered ones
    (一、2022年工作回顾) and heading lines of their own (“十三五”时期发展成就和2020年主要工作)."""
    marks: list[tuple[int, str, str]] = []
    for m in _TOP.finditer(text):
        head = m.group(1)
        year = re.search(r"(\d{4})年", head)
        if any(w in head for w in vocab.review_headings) or _ended_plan_achieved(head, plan_year):
            marks.append((m.start(1), "review", head))
        elif any(w in head for w in vocab.plan_headings) or year or _OPENING_WELL.search(head) \
                or heading_looks_ahead(head, plan_year):  # (二、“十一五”发展的基本思路和着力点)
            # (一、2023年工作总结 in a 2024 report: a year before the plan's, no word of plan, reviews)
            past = year and plan_year and int(year.group(1)) < plan_year and \
                (not any(w in head for w in vocab.plan_headings) or "完成了" in head)  # (全面完成了2004年的工作任务)
            marks.append((m.start(1), "review" if past else "plan", head))
    first, lines = marks[0][0] if marks else len(text), []  # (heading lines of their own before the first
    for m in _HEADING_LINE.finditer(text, 0, first):  # numbered one: **“十二五”工作回顾** … 一、经济增长预期目标。)
        kind = _heading_kind(m.group(1), vocab, plan_year)
        if kind == "review" or kind and (lines or not marks):  # (not a title line before the review: 立足新起点…)
            lines.append((m.start(1), kind, m.group(1).strip()))
    marks += lines
    for words, kind in ((vocab.appendix_headings, "plan"), (vocab.glossary_headings, "glossary")):
        for w in words:
            for m in re.finditer(re.escape(w), text):
                line_start = text.rfind("\n", 0, m.start()) + 1
                at_line_start = not text[line_start:m.start()].strip()
                if (m.start() - line_start < 40 and kind == "glossary" or at_line_start
                        or re.match(rf"\s*{w}\s*\d", text[m.start():])):
                    marks.append((m.start(), kind, text[m.start():m.start() + 30].split("\n")[0].strip()))
    marks += [(m.start(1), "glossary", m.group(1)) for m in _NOTES_HEADING.finditer(text)]
    if not any(k == "review" for _, k, _ in marks):
        year = rf"|^\s*(?:\*\*)?{plan_year - 1}年(?:，|,|是|以来|我们)" if plan_year else ""  # 2015年，是我省…
        first = re.search(rf"(过去|一年来|\d{{4}}年[^。]{{0,6}}(工作)?回顾{year})", text, re.M)
        marks.append((first.start() if first else 0, "review", "工作回顾"))
    marks += _five_year_plans_in_review(text, marks, plan_year)
    goal = next((m for m in _GOAL.finditer(text) if _plans(text, m, plan_year)), None)
    if goal:
        marks.append((goal.start(), "plan", "主要预期目标"))
    for m in _MAIN_TARGETS.finditer(text):  # …主要预期目标是：, wherever it stands, opens the plan
        sentence = text[max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1:m.start()]
        paragraph = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if _in_five_year_part(marks, m.start(), plan_year) and not _of_the_plan_year(
                paragraph, plan_year):  # (2022年是…开局之年。…主要预期目标是: the year's)
            continue  # (二、今后五年主要目标任务 … 主要预期目标是：…: the period's goals, not the year's)
        term = _GOAL_YEAR.match(text[m.end():m.end() + 16].lstrip(" \t\u3000:："))
        if term and _later_than(int(term.group(1)), plan_year):  # 主要预期目标是:到2017年，力争… (a term's goals
            marks.append((m.start() - len(sentence), "plan", f"{term.group()}主要目标"))  # in a 2013 report): the
            continue  # period's; the year's own goals may follow (…全区经济社会发展的主要预期目标是:…)
        if not re.search(r"过去|去年|上年|年初|五年来|一年来|\d{4}年以来", sentence):
            ahead = None if _of_the_plan_year(sentence, plan_year) else \
                heading_looks_ahead(sentence, plan_year)  # 今后五年…的主要目标是, “十二五”我省…的主要预期目标是
            label = (sentence.strip(" \t\u3000*") + m.group().rstrip("是为：:").replace("预期", "")) if ahead \
                else "主要预期目标"  # (the period's 主要目标, which part_period reads as its goals, not the year's)
            marks.append((m.start() - len(sentence), "plan", label))
            break
    marks.sort()
    numbered = {m.start(1) for m in _TOP.finditer(text)}
    out: list[Section] = []
    position, kind, label = 0, "intro", ""
    seen_plan = False
    for start, mark_kind, head in marks:
        reopens = start in numbered and kind == "plan" and position not in numbered
        if mark_kind == "review" and seen_plan and not reopens:
            continue  # a later "回顾" inside the plan does not reopen the review; a numbered one after goals read
            # out in the review's own part does (一、“十二五”重大成就及“十三五”主要目标 … 二、2015年工作回顾)
        if start > position:
            out.append(Section(kind, position, start, label))
        position, kind, label = start, mark_kind, head
        seen_plan = seen_plan or mark_kind == "plan"
    out.append(Section(kind, position, len(text), label))
    names = {"intro": "开头", "review": "工作回顾", "plan": "工作安排", "glossary": "名词解释"}
    return [Section(s.kind, s.start, s.end, s.label or names[s.kind]) for s in out if s.end > s.start]


def _in_five_year_part(marks: list[tuple[int, str, str]], position: int, plan_year: int | None) -> bool:
    """Whether `position` falls in a plan part whose heading looks ahead to a five-year plan's end
    (二、今后五年主要目标任务), not in the plan year's own."""
    before = [mark for mark in marks if mark[0] < position]
    if not before:
        return False
    _, kind, label = max(before)
    return kind == "plan" and not _of_one_year(label, plan_year) and not _of_the_plan_year(label, plan_year) \
        and heading_looks_ahead(label, plan_year) is not None  # (今后五年及明年目标任务: the year's too)


_SUBHEADING = re.compile(r"——([^。\n——]{2,30})。|[(（]([一二三四五六七八九十]+)[)）]([^。\n]{2,40})")


def _subheading(text: str, start: int, position: int) -> str | None:
    """The nearest ——heading or (一)heading between a section's start and a position."""
    best = None
    for m in _SUBHEADING.finditer(text[start:position]):
        best = m.group(1) or f"({m.group(2)}){m.group(3).split('。')[0]}"
    return best.strip() if best else None


def level(region: str, parent: str | None, vocab: Vocab) -> str:
    """The government's level from its name: 国务院 national; a province or municipality province;
    a city, prefecture or league city (or county when the title names its parent city); else county."""
    if region in ("国务院", "中华人民共和国", "中央人民政府"):
        return "national"
    if region in vocab.provinces:
        return "province"
    if re.search(r"(市|州|盟|地区)$", region) and (parent is None or parent in vocab.provinces):
        return "city"
    return "county"


# --- looking back from the plan -------------------------------------------------------------

_PLAN_NUMBERS = {"十": 10, "十一": 11, "十二": 12, "十三": 13, "十四": 14, "十五": 15, "十六": 16}
_FIVE_YEAR_PLAN = re.compile(r"“(十[一二三四五六]?)五”")
_FIVE_YEARS = r"过去的?[五5]年|(?<![\d十])[五5]年来"  # 过去五年, 五年来, 5年来: the last five years
_LOOKING_BACK = re.compile(rf"回顾|{_FIVE_YEARS}")
_LAST_YEAR = re.compile(r"过去的?一年(?:里|来|中)?[，,]")


def five_year_plan_end(name: str) -> int:
    """The last year of a five-year plan by its number: 十五 (the 10th) ends 2005, 十四五 2025."""
    return 1955 + 5 * _PLAN_NUMBERS[name]


def looks_back(text: str, position: int, review_year: int | None, floor: int = 0) -> bool:
    """Whether a figure of the plan part is in fact a review: its paragraph (within the part that
    starts at `floor`), up to the figure, looks back (回顾“十五”, 过去五年), opens the reviewed year's own
    review (刚刚过去的2015年，…) or names a five-year plan that has ended (“十五”期间 in a 2006 report)."""
    paragraph = text[max(floor, text.rfind("\n", 0, position) + 1):position]
    if _LOOKING_BACK.search(paragraph):
        return True
    last_year = _LAST_YEAR.search(paragraph)  # 过去一年，…国内生产总值增长10.3%: last year's, quoted in the plan
    if last_year and "今年" not in paragraph[last_year.end():]:
        return True
    opening = _year_opening(review_year).match(paragraph) if review_year else None  # 刚刚过去的2015年，…
    if opening and not re.search(r"今年|目标(?:是|为)", paragraph[opening.end():]):
        return True
    plans = [five_year_plan_end(m.group(1)) for m in _FIVE_YEAR_PLAN.finditer(paragraph)
             if not _BASE_OF_COMPARISON.match(paragraph, m.end())]  # (比“十五”期末降低20%: a base, no review)
    return bool(plans and review_year and max(plans) <= review_year)


_BASE_OF_COMPARISON = re.compile(r"期?末")


# 到2025年, (力争)至2016年: a goal's year (not 延续至2030年: where something lasts to)
_TO_YEAR = r"(?<!\d)(?:到|(?<![^\s，,：:；;。争取保计])至)(20\d{2})年"
# a goal's year opening a clause, after its hedge (力争到2025年常住人口城镇化率达到63%)
GOAL_YEAR_LEAD = re.compile(r"(?P<hedge>力争|争取|确保|预计)?(?:到|至)\d{4}年(?:底|末)?")
_AHEAD = re.compile(rf"{_YEARS_AHEAD}|{_TO_YEAR}")
_GOAL_YEAR = re.compile(rf"(?<![实现了成提前]){_TO_YEAR}")  # (not 提前实现了到2010年的目标)
# a government's term (第五届人民政府工作回顾, 市七届政府工作回顾)
_TERM = r"本届政府|第?[一二三四五六七八九十]{1,3}届(?:人民)?政府"
_FIVE_YEARS_BACK = re.compile(rf"{_FIVE_YEARS}|{_TERM}|"
                              r"“十[一二三四五六]?五”(?:时期|期间)?[^，,。、]{0,12}?(?:发展成就|工作|回顾|成就)")
_FIVE_YEARS_NAMED = re.compile(rf"“十[一二三四五六]?五”|{_FIVE_YEARS}|{_TERM}")
_ONE_YEAR = re.compile(r"去年|上年|一年来|过去一年|全年|(\d{4})年(?!以来|底|末)")


def part_period(label: str, kind: str, plan_year: int | None, review_year: int | None) -> tuple[int, str] | None:
    """The period a whole part of the report speaks of, by its heading: a plan for the years ahead
    (今后五年的奋斗目标和主要任务) gives its goals for the period's end; a review of five years
    (过去五年工作回顾) gives that period's figures. None for a part of one year, or of both
    (2012年和过去五年工作回顾)."""
    if kind == "plan" and plan_year:
        ahead = heading_looks_ahead(label, plan_year)
        return ahead if ahead and not _of_one_year(_GOAL_YEAR.sub("", label), plan_year) else None  # (到2017年主要目标)
    five_years_back = _FIVE_YEARS_BACK.search(label) or _PLAN_ACHIEVED.search(label)
    if kind == "review" and review_year and five_years_back and not _ONE_YEAR.search(_FIVE_YEAR_PLAN.sub("", label)):
        return review_year, "五年"
    five, one = _FIVE_YEARS_NAMED.search(label), _ONE_YEAR.search(_FIVE_YEAR_PLAN.sub("", label))
    if kind == "review" and review_year and five and one and five.start() < one.start():
        return review_year, "五年"  # “十一五”时期…及2010年工作回顾: the five years first, then the year's own review
    return None


def of_one_year(text: str, position: int, review_year: int | None, floor: int = 0) -> bool:
    """Whether a figure of a five-year review (the part from `floor`) is of the reviewed year alone:
    its paragraph, up to the figure, says so (去年, 全年, 2012年 …; not 2012年末, a level at the
    period's end), or an earlier paragraph of the part opened the year's own review (一年来，…;
    2021年是…): what follows it is of that year."""
    paragraph = text[text.rfind("\n", 0, position) + 1:position]
    if any((not m.group(1) or int(m.group(1)) == review_year) and _scopes(paragraph, m)
           for m in _ONE_YEAR.finditer(paragraph)):
        return True
    opening, closing = _year_opening(review_year), _year_opening_last(review_year)
    of_the_year = False
    for p in text[floor:position].split("\n")[:-1]:  # the last paragraph to open a year or the years decides
        if opening.match(p) and not _FIVE_YEARS_OPENING.match(p) or closing.search(p):
            of_the_year = True  # (not 2025年是“十四五”收官之年。五年来，…: the five years)
        elif _opens_the_years(p):  # (2010年是“十一五”的最后一年… then “十一五”时期是…的五年; 即将过去的2021年，…
            # then 各位代表！回望过去五年，…: the years)
            of_the_year = False
    return of_the_year and not _opens_the_years(paragraph)


def _opens_the_years(paragraph: str) -> bool:
    """Whether a paragraph opens the review of a period (“十一五”时期是…的五年, 回望过去五年，…)."""
    return bool(_PERIOD_OPENING.match(paragraph) or _FIVE_YEARS_OPENING.match(paragraph))


def _scopes(paragraph: str, word: re.Match) -> bool:
    """Whether a word of one year reaches the paragraph's end (where a figure is): said in the last sentence,
    or opening a sentence as its time (去年…; 刚刚过去的2021年，…; 2012年是…); a year opening the paragraph's
    first sentence. 2012年粮食总产量1485万吨 mid-paragraph is of its own sentence only, not of the five
    years' figures after it."""
    if not re.search(r"[。！!]", paragraph[word.end():]):
        return True
    sentence_start = max(paragraph.rfind(c, 0, word.start()) for c in "。！!") + 1
    if not _SENTENCE_TIME_LEAD.fullmatch(paragraph[sentence_start:word.start()]):
        return False
    return not word.group(1) or sentence_start == 0 or bool(re.match(r"[，,是]|以来", paragraph[word.end():]))


_JUST_PAST = r"(?:特别是|尤其是)?(?:刚刚过去的|即将过去的|过去的)?"  # (特别是刚刚过去的2022年: the year itself)
_SENTENCE_TIME_LEAD = re.compile(r"[\s*]*(?:各位代表[！!，,：:]\s*)?(?:[^，,。！!]{1,12}[，,])?"  # (特别需要指出的是，)
                                 r"(?:(?:据|经)?初步(?:核算|统计|测算|匡算)[，,]?|(?:初步)?预计)?"
                                 rf"{_JUST_PAST}(?:在)?")


# a paragraph that opens the review of a period (“十一五”时期是…极不平凡的五年, 五年来，…, 过去五年，…)
_PERIOD_OPENING = re.compile(r"^\s*(?:\*\*)?(?:——)?"  # (——五年来，…: a dashed item of the list of the years)
                             r"(?:“十[一二三四五六]?五”(?:时期|期间|以来)|过去五年|五年来|回顾过去五年)")


# the words before a figure that say it is the level reached at the end of a period (达到, 突破, 增至,
# 调整为 …), and the words that say it adds up the period's years (累计, 共, 五年, 新增 …)
_REACHED = re.compile(r"(?:达到|达|增至|增加到|增加至|增长到|提高到|提高至|提升到|提升至|上升到|上升至|升至|升到|"
                      r"下降到|下降至|降至|降到|降低到|降低至|减少到|减少至|减至|调整为|优化为|稳定在|保持在|控制在|"
                      r"扩大到|扩大至|跃居|跃升到|跃升至|发展到|发展至)了?(?:约|近|超过|突破)?$")
_CROSSED = re.compile(r"(?:突破|超过|超|跨越|跨上|迈上|跃上)$")  # (of a headline indicator: a level)
_FROM_TO = re.compile(r"[由从][^，,。；;]*?\d[^，,。；;]*?(?:到|至|为)[^，,。；;]*?\d")
_OVER_YEARS = re.compile(r"累计|合计|总计|一共|共|(?<![\d.])[五5三3四4两2]年|年均|每年|历年|先后|新增|期间|以来|"
                         r"多年|翻|完成|减轻|减免|节约|节省|带动|拉动|争取|引进|招引|到位|发放|兑现|投入")


# a figure of a quote that is no count of steps crossed (连跨4个万亿元台阶: 4 counts the steps, no level)
_NOT_A_STEP_COUNT = re.compile(r"\d+(?:\.\d+)?(?![\d.]|个[^，,、。]{0,8}台阶)")


def level_at_period_end(clause: str, quote: str, unit: str | None, growth: float | None,
                        flow: bool, headline: bool = False) -> bool:
    """Whether a figure of a five-year review is the level reached at the period's end, a figure of the
    period's last year rather than of its five (全省市场主体达到327.7万户, 三次产业结构…调整为…, 森林覆盖率
    45%): a level (no growth with it) said as reached, or a rate, with no word that adds up years or
    says what was done over them; a threshold crossed (突破, 超过) only of a headline indicator, as what was
    done (修复红树林超230公顷) is crossed too. `clause` is the clause up to the figure's quote, `flow` whether
    its name counts what was done (新建, 完成 …)."""
    number = _NOT_A_STEP_COUNT.search(quote)  # (连跨4个万亿元台阶、双双突破9万亿元: the level is the 9)
    before = quote[:number.start()] if number else quote
    own = re.split(r"[，,；;]", clause + before)[-1] + quote[len(before):]  # (…均实现翻番，分别达1.47万亿元: 达 only)
    if growth is not None or flow or unit in (None, "个百分点") or _OVER_YEARS.search(own):
        return False
    return unit in ("%", "‰") or bool(_REACHED.search(before) or _FROM_TO.search(quote)
                                       or headline and _CROSSED.search(before))


def five_year_openings(text: str, start: int, end: int, review_year: int | None) -> list[int]:
    """Where paragraphs of a review part (start…end) open a review of the five years after the year's own
    (各位代表！回望“十四五”，…; 过去五年，…), in order: found once a part, looked up for each figure."""
    if not review_year:
        return []
    return [m.start() for m in _FIVE_YEARS_OPENING.finditer(text, start, end)
            if all(plan is None or five_year_plan_end(plan) == review_year for plan in m.groups())]


# a paragraph that opens a review of five years: 回望“十四五”, 过去五年, 五年来, 这五年, 这是…的5年, ——五年来，…
_FIVE_YEARS_OPENING = re.compile(r"^[ \t\u3000*—]*(?:各位代表[！!，,:：]\s*)?"
                                 # (2025年是“十四五”收官之年。五年来，…: a sentence naming the plan that ended)
                                 r"(?:[^。\n“]{0,40}“(十[一二三四五六]?)五”[^。\n]{0,30}。\s*(?=过去|[五5]年来|这五年|回))?"
                                 r"(?:回望|回顾|回首)?"
                                 rf"(?:“(十[一二三四五六]?)五”(?:时期|期间|以来)?[，,是]|{_FIVE_YEARS}|这五年|"
                                 r"这是[^。，,\n]{2,24}的[五5]年[。，,])", re.M)  # (这是…明显改善的5年。)


@lru_cache(maxsize=8)
def _year_opening(review_year: int | None) -> re.Pattern:
    """A paragraph that opens the reviewed year's own review (各位代表，一年来…; 2021年是…; 刚刚过去的2025年，…)."""
    return re.compile(rf"^\s*(?:各位代表[！!，,：:]\s*)?{_JUST_PAST}"
                      rf"(?:一年来|过去一年|一年(?=[，,])|去年|{review_year}年(?:是|，|,|全年|以来))")


@lru_cache(maxsize=8)
def _year_opening_last(review_year: int | None) -> re.Pattern:
    """A paragraph of five years whose last sentence opens the reviewed year's own review (…取得了新进步。刚刚过去的
    2021年，我们…良好开局。): the paragraphs after it are of that year."""
    return re.compile(rf"[。！!]\s*(?:刚刚过去的|过去的)(?:一年|{review_year}年)[，,][^。\n]*。?\s*$")


def goal_in_review(text: str, position: int, review_year: int) -> int | None:
    """The year of the last 到YYYY年 of a review figure's sentence, up to 80 characters before it, when later
    than the reviewed year: a goal read out inside a review part (到2010年，全市生产总值达到3700亿元)."""
    start = max(text.rfind("。", 0, position), text.rfind("\n", 0, position), position - 80) + 1
    years = [int(m.group(1)) for m in _GOAL_YEAR.finditer(text, start, position)]
    return years[-1] if years and years[-1] > review_year else None


def looks_ahead(text: str, position: int, plan_year: int | None) -> tuple[int, str] | None:
    """The year and period of a plan figure that is not the plan year's: its sentence, up to the
    figure, names a five-year plan still to end (“十四五”时期…年均增长7%), 今后五年, or 到2025年.
    None for the plan year's own targets."""
    if not plan_year:
        return None
    sentence = text[max(text.rfind("。", 0, position), text.rfind("\n", 0, position)) + 1:position]
    ends = [five_year_plan_end(m.group(1)) for m in _FIVE_YEAR_PLAN.finditer(sentence)
            if re.match(r"时期|期间|末|规划期", sentence[m.end():])]  # not “十二五”开局之年, which is this year
    for m in _AHEAD.finditer(sentence):
        ends.append(int(m.group(1)) if m.group(1) else plan_year + 4)
    ends = [e for e in ends if e > plan_year]
    if not ends and _BULLET.match(text, text.rfind("\n", 0, position) + 1):  # (the nearest years the lead names:
        ends = _ahead_of_the_list(text, position, plan_year)[:1]  # 今后五年…到2027年…到2035年: the five years')
    stop = _CLAUSE_END.search(text, position)
    rest = text[position:stop.start() if stop else len(text)]  # (用三年时间…，力争到“十四五”末…80%: the clause's year)
    within = WITHIN_YEARS.search(sentence + rest) if not ends and not _AHEAD_NAMED.search(rest) else None
    if within:  # 用五年时间…实现有效灌溉150万亩: a goal for the last of those years, from this one
        from ..provenance import parse_chinese_number

        count = within.group(1)
        years = int(count) if count.isdigit() else parse_chinese_number(count)
        return plan_year + years - 1, _PERIOD_OF_YEARS[years]
    return (max(ends), "五年") if ends else None


# a goal to be reached within years from now (用三年时间, 用5年左右的时间), unless its clause names its years
WITHIN_YEARS = re.compile(r"用([两三五235])年(?:左右)?的?时间")
_PERIOD_OF_YEARS = {2: "两年", 3: "三年", 5: "五年"}
_AHEAD_NAMED = re.compile(rf"{_AHEAD.pattern}|“十[一二三四五六]?五”")
_CLAUSE_END = re.compile(r"[，,。；;\n]")


# words after a five-year plan's name that make it the plan year's (“十二五”开局之年, 确保“十四五”开好局)
def _of_the_plan_year(words: str, plan_year: int | None) -> bool:
    """Whether words speak of the plan year itself (今年, 明年, 年度, 2022年), not only of a period ahead."""
    return bool(re.search(rf"今年|明年|年度|{plan_year}年", words))


_PLAN_OPENING = re.compile(r"[^。]*?(?:开局|开好局|起步|起好步|第一年|首年|开门红)")


def heading_looks_ahead(label: str, plan_year: int | None) -> tuple[int, str] | None:
    """looks_ahead for a part's heading, which may name a five-year plan still to run with no 时期 after it
    (二、“十一五”的发展目标和主要任务; “十一五”发展的基本思路): the period's end, unless the plan's opening year
    is meant (确保“十一五”开好局)."""
    ahead = looks_ahead(label, len(label), plan_year)
    if ahead or not plan_year or "。" in label or _of_the_plan_year(label, plan_year):
        return ahead  # (附件2）。全面完成…，启动“十三五”…: words after an appendix's mark, no heading; 今年及“十二五”…)
    ends = [five_year_plan_end(m.group(1)) for m in _FIVE_YEAR_PLAN.finditer(label)
            if not _PLAN_OPENING.match(label, m.end())]
    ends = [end for end in ends if plan_year < end <= plan_year + 4]  # (编制好“十二五”规划 in 2010: one to prepare)
    return (max(ends), "五年") if ends else None


_BULLET = re.compile(r"[ \t\u3000]*(?:——|—|－－)")  # a paragraph that is an item of the list a lead opens


def _ahead_of_the_list(text: str, position: int, plan_year: int) -> list[int]:
    """The years a list of dashed paragraphs aims at, from the paragraph that leads it (今后五年我们工作的总体要求是：…
    ——实现经济实力新跨越。…地区生产总值力争翻番): the five years' end, or [] when the lead says no such years."""
    start = text.rfind("\n", 0, position)
    while start > 0:
        lead_start = text.rfind("\n", 0, start) + 1
        lead = text[lead_start:start]
        if lead.strip() and not _BULLET.match(lead):
            return sorted(int(m.group(1)) if m.group(1) else plan_year + 4 for m in _AHEAD.finditer(lead)
                          if not m.group(1) or int(m.group(1)) > plan_year)
        start = lead_start - 1
    return []
