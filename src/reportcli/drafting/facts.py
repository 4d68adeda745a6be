"""Facts: the figures of a part of a report, one record per fact (level and growth together, 分别
lists distributed, 由…到, 总量, ranges), each named as reports name it and with a confidence."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from .clauses import (
    BASIS_WORDS,
    COMPARED,
    EARLIER_FIVE_YEARS,
    NO_SUBJECT,
    PRICE_FACTORS,
    RANK_VERBS,
    RATE_UNITS,
    ROUNDED,
    STEPS,
    THRESHOLD_WORDS,
    TOTALS,
    attach_growths,
    exact_after_rounded,
    period_of,
    said_of_each,
    shared_subjects,
)
from .names import (
    BALANCE_GROWN,
    GROWN_SINCE,
    HEDGES,
    LIST_MARKER,
    LIST_SEPARATORS,
    NOTE,
    SINCE_THE_YEARS_START,
    Names,
    distribute,
    is_name,
    strip_leading,
    with_first_modifier,
)
from .read import GARBLED
from .structure import GOAL_YEAR_LEAD, WITHIN_YEARS

if TYPE_CHECKING:
    from ..draft import Vocab

SENTENCE_END = re.compile(r"[。；;！？!?\n]")
CLAUSE_END = "，,：:；;。、\n"
MAGNITUDES = "(?:万亿|亿|万)"  # the magnitudes a number may carry before its unit (5.8万亿, 2.3亿元)


# --- figures --------------------------------------------------------------------------------

def _name_before(clause: str, vocab: Vocab) -> str:
    name = LIST_MARKER.sub("", clause.strip(" \u3000—-·*"))  # (**…**: a bold lead-in of the markdown text)
    held_at = re.search(r"(?<=..)(?<![都均也还仍将])在$", name)  # 居民消费价格总水平涨幅在(3%以内): a level held at
    name = re.sub(r"(?<=..)(?<![许认])可望?(?=(?:(?:达到|达|实现|完成)(?:全年)?)?$)", "", name)  # 粮食总产量可达到,
    # 单位GDP能耗可(实现全年下降3.2%): a hedge
    # …增长19.3%全社会固定资产投资(增长…): items run together without punctuation; the last is the name
    name = _RUN_ON.split(name)[-1]
    name = re.sub(r"(?<=..)(?:年末|年底)(?=[^，,。；;\d]{1,10}余额$)", "", name)  # (居民年末储蓄存款余额: when)
    name = _CHANGED_TO.sub("", name)  # 占比升至(48%), 比重上升到(50.5%): how it changed, not what it is
    went = _DOUBLED.sub("", name)  # 财政收入五年翻了一番多(，年均增长17.7%), GDP由负转正(，增长1.5%): said, no name
    name = went if went != name and _measured(went, vocab) else name  # (接近翻一番 alone: no subject to keep)
    name = re.sub(r"\[\d{1,2}\]", "", name)  # “四上”企业[2]: a note's number, no part of the name
    name = re.sub(rf"{GARBLED}+.{{0,3}}$", "", name)  # 地方财政收入１２$1.$2亿元(，年均增长15%): a level not read
    name = _STEPS_CROSSED.sub("", name)  # 地区生产总值五年跨越四个万亿元台阶(、年均增长5.5%)
    ranked = _RANKED_IN_A_NAME.search(name)  # 地区生产总值跃升至全国第6位(，年均增长8.5%): its rank, another fact
    if ranked and vocab.names is not None and vocab.names.canonical_name(name[:ranked.start()]):
        name = name[:ranked.start()]
    name = re.sub(r"(?<=..)发展(?:到|至)$", "", name)  # 农民合作社发展到(4.3万个): how many there came to be
    # 涨幅目标(控制在4%以内): the figure is a goal, the record's kind says it
    name = re.sub(r"(?<=..)(?<=涨幅|增长|增幅|增速)目标(?=(?:控制在|为|是)?$)", "", name)
    # 城镇登记失业率每年均(控制在…): a figure of each year, said by `period`
    name = re.sub(r"(?<=..)每年(?:均|都)(?=(?:控制在|保持在|稳定在)?$)", "每年", name)
    # 农民人均纯收入“十五”(年均增长…): the period is no name
    name = re.sub(r"(?<=..)(?<![比较])“十[一二三四五六]?五”(?:时期|期间|以来)?$", "", name)
    # 贷款新增(4740亿元), 城镇就业五年新增: what was added, when it has a name
    # 城镇年均新增就业(6.15万人), 城镇五年新增就业岗位, 居民消费价格指数年均涨幅: said by `period`
    name = re.sub(r"(?<=..)(?:年均|五年|累计)+(?=新增)|(?<=..)年均(?=涨幅|增幅|增速)", "", name)
    added = re.match(r"(.{2,}?)(?:五年|累计|全年)?(?:实际)?(?:新增|净增)$", name)
    if added and vocab.names is not None and vocab.names.canonical_name("新增" + strip_leading(added.group(1))):
        return "新增" + strip_leading(added.group(1))
    changed = True
    while changed and name:
        changed = False
        for word in vocab.name_suffixes:
            if name.endswith(word) and len(name) > len(word):
                name, changed = name[: -len(word)], True
        for word in vocab.name_prefixes:  # (实施5000万元以上重点项目: a threshold after it stays behind it)
            if name.startswith(word) and len(name) > len(word) \
                    and (not name[len(word)].isdigit()
                         or word in (*_SCOPES, *HEDGES) and _FIRMS_NAMED.match(name, len(word))) \
                    and not name.startswith(_WORDS_OPENING_WITH_A_PREFIX):
                past = name.startswith("了", len(word)) and len(name) > len(word) + 1  # (确保了粮食总产量…)
                name, changed = name[len(word) + past:], True
    if held_at and name.endswith("在"):
        name = name[:-1]
    # 2007年进出口总额 (预计2013年…, 2003年以来…): the year is not the name
    name = re.sub(r"^(预计|预期)?(?:\d{4}年(?:底|末|以来)?|\d+年(?:以?来)?)", r"\1", name)
    lead = GOAL_YEAR_LEAD.match(name)  # 到2025年(常住人口城镇化率…): the record's year says it
    if lead and lead.end() < len(name):
        name = (lead.group("hedge") or "") + name[lead.end():]
    yearly = re.sub(r"(?<=..)年均(?=..)", "", name, count=1)  # 人口年均自然增长率(为11‰): a headline's, of years
    name = yearly if yearly != name and vocab.names is not None and vocab.names.canonical_name(yearly) else name
    since = re.search(r"(?<=..)[由从][^，,由从\d]{1,12}$", name)  # 居民消费价格由年初较高涨幅(回落到3.9%): whence
    if since and _REACHED_TO.search(clause.strip()) and vocab.names is not None \
            and vocab.names.canonical_name(name[:since.start()]):
        name = name[:since.start()]
    dated = re.search(r"(?<=..)(?<![比较])(?:到|至)?(?:19|20)\d\d年(?:底|末)?$", name)  # 地区生产总值(到)2012年(达…)
    if dated and vocab.names is not None and vocab.names.canonical_name(name[:dated.start()]):
        name = name[:dated.start()]
    # 固定资产投资五年(累计), 粮食总产量连续9年(稳定在…): a period or a run of years is no name (前五年 is;
    # 3年21亿元 is left as it is written)
    name = re.sub(r"(?<=..)(?<![\d.前近后每第续个])(?:[一二三四五六七八九十两]|[2-9](?![\d.]))年$", "", name)
    name = re.sub(r"(?<=..)连续(?:第)?[\d一二三四五六七八九十两]{1,2}年$", "", name)
    if _each_year(name):  # 城镇新增就业每年(超过90万人): a yearly figure, said by `period`
        name = re.sub(r"(?:平均)?每年(?:平均|均|都)?$", "", name)
    # 实际利用外资按验资口径, 人均生产总值按当年价格计算: how it was counted
    name = _COUNTED_BY.sub("", name)
    name = _FACTORS_AFTER.sub("", name)  # 一般公共预算收入扣除减税降费因素(增长…): how it was counted
    heads = "|".join(map(re.escape, (*vocab.carried_heads, *vocab.head_nouns)))
    # 规模以上工业企业实现增加值 → …企业增加值; 规模以上工业预计完成增加值 → 规模以上工业增加值
    name = re.sub(rf"(?<=..)(?:预计)?(?:实现|完成)(?=(?:工业)?(?:{heads})$)", "", name)  # (…企业完成工业增加值)
    # …预计比2010年, …比上一个五年: the base is no name
    name = re.sub(rf"(?:预计)?(?:比|较)(?:{_BASE})$", "", name)  # (绿色信贷余额比年初(增长…): the base is no name)
    name = name.replace("累计", "") if len(name) > 4 else name  # 招商引资累计到位资金: a total, said by `period`
    # (500万元以上…, 5A级物流企业, 38户省属企业营业收入: names; 11类民生支出: 民生支出)
    if not _THRESHOLD.match(name) and not re.match(r"\d[A-Z]级", name) and not _FIRMS_NAMED.match(name):
        name = re.sub(r"^[\d.%]+(?:类(?=[\u4e00-\u9fff]{2}))?[^\u4e00-\u9fff]*", "", name)
    name = _CROSSED_IN_WORDS.sub("", name)  # 五大主导产业总产值首次突破千亿元(，增长20.6%): how far it got, no name
    name = _CIRCUMSTANCE.sub("", name)  # 在大规模减税降费背景下(地方一般公共预算收入增长28.9%)
    name = _GOALS_ARE.sub("", name)  # 主要预期目标是(生产总值增长10%以上): what the goals are follows
    lead = re.match("在|年度|全年|除", name)  # 在(固定资产投资增长11.6%、低于…的情况下), 年度(公共财政支出), not 在校生
    if lead and vocab.names is not None and vocab.names.canonical_name(name[lead.end():]):
        name = name[lead.end():]
    name = _SPENT_BEFORE.sub("", name)  # 投入14亿元实施重点文旅项目(32项): the money spent on them is another figure
    return _STEPS_CROSSED.sub("", name.strip(" \u3000,，、"))  # (…投资跨上万亿元新台阶，年均: once 年均 is cut)





_REACHED_TO = re.compile(r"(?<!不)(?:到|至)$")  # (…回落到, 提高至: the level reached; not 不到, less than)
_RANKED_IN_A_NAME = re.compile(rf"(?:连续[\d一二三四五六七八九十两]{{1,2}}年)?"
                               rf"(?:(?:跃升|上升|升|提升|前移)[至到]|{RANK_VERBS})[^，,。；;第]{{1,8}}"
                               r"第[一二三四五六七八九十\d]{1,3}位?$")


_DATED_LEVEL = re.compile(r"\d{4}年(?:末|底)?(?:达到|达|为)")


def _opened_before(text: str, s_start: int, c_start: int, vocab: Vocab) -> tuple[int, str] | None:
    """Where the sentence opens with a headline indicator and only its growth, an increase or a threshold
    crossed come before a level that names no subject (粮食产量屡创历史新高，去年达到54641万吨; 地区生产总值迈上
    6万亿元台阶，达到62661亿元; 一般公共预算收入增长9.2%，首次突破500亿元，达到502亿元): the start of the
    subject and its words."""
    if vocab.names is None or c_start <= s_start:
        return None
    starts = [s_start] + [i + 1 for i in range(s_start, c_start - 1) if text[i] in "，,"]
    for start in reversed(starts):  # the nearest clause first (经济规模稳步壮大，地区生产总值迈上…，达到…)
        before = text[start:c_start]
        if not all(_on_the_way(text, m, start, vocab) for m in vocab.figure_re.finditer(text, start, c_start)):
            return None
        crossed = _STEPS_IN_WORDS.sub("", before)  # (连跨三个万亿元台阶: thresholds crossed, no figure in words)
        in_words = re.search(r"(?<![\d.十百千万亿])(?:[百千万]亿|[十百千万亿]+[^\d，,。]{0,3}大关)", crossed)
        doubled = "翻" in before and not _DATED_LEVEL.match(text, c_start)  # (…翻一番，2020年达到…: the subject's)
        if doubled or in_words and _IN_WORDS.search(crossed):
            return None  # (…收入翻一番，超过2000亿元; 突破百亿元大关，达到107亿元: the level of a figure in words;
            # 过万亿，达到10243.3亿元 is no such figure: the level is the subject's)
        opening = vocab.names.opening(before) or _harvest_grown(before, vocab.names)
        if opening and before[before.find(opening) + len(opening):].startswith(vocab.bare_heads):
            return None  # (规模以上工业总产值首次突破…: not 规模以上工业 itself)
        if opening:
            return start + len(before) - len(before.lstrip()), opening
    return None


_HARVEST_GROWN = re.compile(r"(?P<crop>[\u4e00-\u9fff]{2,3}?)(?:总产量|产量|总产)?(?:再获|连续|又)?(?:增产|减产)")


def _harvest_grown(before: str, names: Names) -> str | None:
    """The output of a crop that a clause opens by saying it grew (粮食增产3.2亿斤、达到173亿斤 → 粮食产量)."""
    grown = _HARVEST_GROWN.match(strip_leading(before.strip()))
    return names.canonical_name(grown.group("crop") + "产量") if grown else None


def _on_the_way(text: str, m: re.Match, start: int, vocab: Vocab) -> bool:
    """Whether a figure is no level of its own on the way to one: a threshold crossed (迈上6万亿元台阶, 首次突破
    500亿元, 跨过2万亿元大关), a growth in % (增长9.2%), an increase (增加近1000亿元, 又增产1454万吨) or a floor
    held over the years (连续6年稳定在1000亿斤以上) or a base built on (在2005年6520亿元的基础上)."""
    if STEPS.match(text, m.end()) or text.startswith(_LANDMARKS, m.end()) or m.group("pre") in THRESHOLD_WORDS:
        return True
    lead = text[max(start, m.start() - 6):m.start()].rstrip(" \u3000")
    if m.group("post") == "以上" and re.search(r"(?:稳定|保持)在$", lead) or text.startswith(_ON_THE_BASIS, m.end()):
        return True  # (…，去年达到1071亿斤; 在2005年6520亿元的基础上，2010年达到15806亿元: the level)
    if m.group("unit") == "%":
        return lead.endswith(tuple(vocab.change_words))
    return bool(_INCREASE.search(lead)) or lead.endswith(THRESHOLD_WORDS)


def _a_headlines_landmark(text: str, m: re.Match, s_start: int, s_end: int, vocab: Vocab) -> bool:
    """Whether a threshold crossed is the one rounded level a headline indicator is given (固定资产投资、社会消费品
    零售总额均跨上2万亿元台阶): one threshold, a word of crossing, the indicator named before it and no exact
    level after it (not 跨越3万亿元、4万亿元台阶; not …迈上6万亿元台阶，达到62661亿元)."""
    if m.group("pre") not in ROUNDED or text[m.start() - 1:m.start()] in "、和" or vocab.names is None or \
            not re.match(r"大?台阶(?![，,](?:达到|达|为|至)\d)", text[m.end():s_end]):
        return False
    c_start = _clause_start(text, m.start(), s_start)
    name = _name_before(text[c_start:m.start()], vocab)
    listed = _name_before(text[_list_start(text, m.start(), s_start, vocab.figure_re):m.start()], vocab)
    before = _clause_start(text, c_start - 1, s_start) if c_start > s_start else c_start
    if (not name or name in TOTALS) and vocab.names.opening(text[before:c_start]):
        return True  # 生产总值同比增长8%左右，总量跃上4万亿元台阶: the subject of the clause before
    return bool(vocab.names.canonical_name(name) or _each_headline(listed, vocab))


def _a_headlines_last_step(text: str, m: re.Match, s_start: int, vocab: Vocab) -> bool:
    """Whether a figure is the last of thresholds a headline indicator crossed as steps, the level it holds now
    (地区生产总值迈过6万亿元、7万亿元两个台阶): not when an exact level is said after them (…台阶，达到62661亿元)."""
    crossed = _crossed_in_turn(text, s_start, m) if _LAST_STEP.match(text, m.end()) else None
    if not crossed or vocab.names is None:
        return False
    name = _name_before(text[_clause_start(text, crossed.start(), s_start):crossed.start()], vocab)
    return bool(vocab.names.canonical_name(name))


def _a_level(text: str, c_start: int, m: re.Match) -> bool:
    """Whether a figure whose clause names no subject says a level (达到502亿元, 超10000美元): not an increase
    (增加4442亿元), a rise in points, a figure compared with (高于4%) or the next of a list (分别增加4868元、1210元)."""
    lead = text[c_start:m.start()].strip()
    return bool(lead or m.group("pre")) and not _INCREASE.search(lead) and m.group("pre") not in COMPARED \
        and m.group("unit") != "个百分点"


_LANDMARKS = ("大关", "关口")
_ON_THE_BASIS = "的基础上"  # (在2005年6520亿元的基础上: a figure the one after it builds on)
# a balance's increase since the year's start, said after the balance (…余额4745.7亿元，比年初增加983.2亿元)
_SINCE_THE_START = re.compile(f"(?:{SINCE_THE_YEARS_START})?{GROWN_SINCE}")  # (…贷款余额5736.2亿元，增长25.34%，新增…)


def _new_since_the_start(text: str, c_start: int, m: re.Match, before: list[dict], vocab: Vocab) -> dict | None:
    """The year's new deposits or loans said as their balance's increase (since the year's start) right after
    the balance (all deposits or loans: a headline indicator, not 农业贷款余额), in its unit; None otherwise."""
    if not before or not _SINCE_THE_START.fullmatch(text[c_start:m.start()].strip()) or vocab.names is None:
        return None
    balance = before[-1]
    grown = BALANCE_GROWN.search((vocab.names.canonical_name(balance["name"]) or "") + "增加")
    at = text.rfind(balance["quote"], 0, c_start)
    if not grown or balance.get("unit") != m.group("unit") or balance.get("value") is None or at < 0 \
            or text[at + len(balance["quote"]):c_start].strip() not in ("，", ","):
        return None
    return {"name": "新增" + grown.group(1), "value": _number(m.group("num")), "unit": m.group("unit"),
            "growth": None, "qualifier": None, "quote": text[at:m.end()], "increment": True}


_INCREMENT_WORDS = "增加|净增|多增|增产|增"  # an increase of a level said before (比上年增加113亿元)
_INCREMENT = re.compile(rf"(?:比上年|比去年|较上年|较去年|同比|[比较](?:{EARLIER_FIVE_YEARS}))?(?:{_INCREMENT_WORDS})")
_NOTE_BEFORE = re.compile(NOTE + "$")
_INCREASE = re.compile(rf"(?:{_INCREMENT_WORDS}|新增)了?(?:近|约|超过?)?$")  # (…增加近1000亿元, 又增产…)


# the year a change is counted from (比2010年末, 比上年, 比年初)
_BASE_YEAR = r"\d{4}年(?:末|底|预算数)?|上年(?:末|底)?|去年(?:末|底)?|年初"
# what a figure is compared with (比2010年, 比上一个五年, 比“十五”期末)
_BASE = rf"{_BASE_YEAR}|{EARLIER_FIVE_YEARS}|[五十]年前|“[^”]{{1,8}}”(?:期末|末|时期|期间)?"
# how a rate changed, said before its change in points (城镇登记失业率比2006年降低, 占比较去年又提升了)
_CHANGED_IN_POINTS = re.compile(rf"(?:(?:比|较)(?P<base>{_BASE_YEAR}))?"
                                r"(?:同比|又|再|进一步|每年|均)?(?:降低|下降|减少|回落|提高|提升|上升|增加)了?$")
_STEPS_IN_WORDS = re.compile(r"[两三四五六七八九十\d]个[^，,。；;\d]{0,5}台阶")
# what a noun cut off before its head ends with (国家级, 县级公, 产值超, 世界): no noun to count
_MODIFIER_ONLY = re.compile(r"(?:级|国家|世界|全国|全省|农村|城市|超|^..公)$")
_POLICY_TITLE = re.compile(r"(?:出台|制定|推出|印发|出台了)[^，,。；;\d]{1,20}$")
# a clause that opens by saying its figure is yearly (平均每年…, 每年城镇新增就业…, …年均新增…)
_YEARLY_LEAD = re.compile(r"\s*(?:平均每年|每年平均|年均|每年(?!的))|"
                          r".*年均(?:新增|涨幅|增幅|增速|[^，,。；;\d]{0,6}率)")  # (人口年均自然增长率为11‰)
# a figure of each year (城镇新增就业每年超过90万人), not of each one of something (农村低保标准每人每年4000元)
_EACH_YEAR = re.compile(r"(?<=..)(?<!前)(?:平均)?(?:每年|年均)(?:平均|均|都)?(?:控制在|保持在|稳定在)?$")


def _verb_before(words: str, name: str, vocab: Vocab) -> str:
    """The verb of vocab.kept_verbs that stands right before `name` in the words it was cut from, or 新增 right
    after it; "" for a name that ends in a measure with a verb before it (完成造林面积 → 造林面积: its figure is
    no count of what was done)."""
    at = words.rfind(name)
    added = re.match(r"(?:比上年|同比|全年|当年)?(新增|净增)", words[at + len(name):]) if at >= 0 else None
    if added:  # 规模以上服务业企业新增130户, 通车里程新增2600公里: what was added, written after its subject
        return added.group(1)
    if at < 0 or name.endswith((*vocab.bare_heads, *vocab.measure_endings)):
        return ""
    return next((v for v in (*vocab.kept_verbs, *vocab.flow_verbs) if words[:at].endswith(v)), "") if at >= 2 else ""


def _after_another_figure(name: str, unit: str, vocab: Vocab) -> str:
    """A name holding another figure of its list (新增城镇就业82.7万人和农村劳动力转移就业) as the item after that
    figure, with the verb that opens the list when it counts what was done (新增农村劳动力转移就业); a rate
    takes no verb (…面积3954万亩、森林覆盖率 → 森林覆盖率)."""
    ends = [m.end() for m in vocab.listed_figure_re.finditer(name)]
    rest = name[ends[-1]:] if ends else ""
    if not rest:
        return name
    verbs = sorted((*vocab.kept_verbs, *vocab.flow_verbs), key=len, reverse=True)
    verb = "" if unit in RATE_UNITS else next((v for v in verbs if name.startswith(v)), "")
    return rest if rest.startswith(verb) else verb + rest


def _each_year(words: str) -> bool:
    """Whether words before a figure end by saying it is of each year, and not of each one of something."""
    found = _EACH_YEAR.search(words)
    return bool(found) and not re.search(r"每[^每，,。；;]{1,8}$", words[:found.start()])


# thresholds crossed as steps (连续跨越…台阶, 连跨4个万亿元台阶), and the words that say they were crossed in turn
_STEPS = r"(?:连续|相继)?(?:跨越|迈上|跨上|跃上|站上|登上|迈过|连跨)[^，,。；;]*台阶"
_IN_TURN_WORDS = "连续|相继|先后|接连"
_STEPS_CROSSED = re.compile(rf"(?<=..)(?:[两三四五十]年)?{_STEPS}$")
# how a figure went, said before its growth (财政收入五年翻了一番多, GDP由负转正): no part of its name
_DOUBLED = re.compile(r"(?<=..)(?:(?:比\d{4}年)?(?:[五十\d]{1,2}年|“十[一二三四五]五”)?"
                      r"翻了?(?:[一两三]|\d(?:\.\d+)?)?番(?:多|有余|以上)?|由负转正|止跌回升)$")
# how a figure was counted (按验资口径, 按当年价格计算, 按现行汇率折算)
_COUNTED_BY = re.compile(r"按(?:[^，,、；;]{1,6}口径|(?:当年|现行|可比|不变)价格?|(?:现行|当年)?汇率)(?:计算|折算)?")
_GOALS_ARE = re.compile(r"^[^，,。；;]*(?:目标|任务)(?:是|为)(?=..)")
_CIRCUMSTANCE = re.compile(r"^(?:在[^，,。；;]{2,14}(?:背景|情况|形势|条件)下|在?正常年景下?)")  # (正常年景下粮食产量…)
# the verbs of a change to a level (提高到, 下降为, 压减至)
_CHANGE_VERBS = "增加|提高|增长|上升|扩大|扩展|提升|跃升|攀升|下降|减少|降低|回落|缩小|缩短|压缩|压减|压降|增|降|升|减"
# a clause that says only how its subject changed and when (去年底降到, 进一步提高至): its subject is said before it
_CHANGED_TO_ALONE = re.compile(rf"(?:(?:去|今|全)?年(?:底|末)?)?(?:进一步|逐步|逐年)?(?:{_CHANGE_VERBS})(?:至|到)")
_CHANGED_TO = re.compile(rf"(?<=..)(?:{_CHANGE_VERBS})(?:至|到)$")
# words that open with a word trimmed from a name's front but are words of their own (并购 is no 并 + 购)
_WORDS_OPENING_WITH_A_PREFIX = ("并购", "共享", "共建", "要素", "要求", "要点", "要件", "要道", "要害", "要案",
                                "再生", "再就业", "再贷款", "再制造", "再担保", "再融资", "再保险", "再教育",
                                "再造", "再创业")
# a figure inside a name that ends an item run together with the next (…增长19.3％全社会…; not 60%以上的社区)
_RUN_ON = re.compile(r"\d+(?:\.\d+)?[%‰倍](?!(?:以上|左右|以内)?的)(?:以上|左右|以内)?\.?(?=[\u4e00-\u9fff])")
_N_YEARS = r"(?<![\d第])[五5三3两十]年"  # a count of years written before what was done in them (五年, 3年)
_TOTAL_OVER_YEARS = re.compile(rf"累计|{_N_YEARS}(?:来)?(?:共|合计)?(?:完成|新增|实现|投入|达到|达)|"
                               # (五年全省研发投入315亿元: a total over the years)
                               rf"{_N_YEARS}(?:来|间)?全[省市区州县][^，,。；;\d]{{1,6}}?投入")
# work done over the years the clause opens with (五年获国家科学技术奖163项, 三年新建住宅…): a figure of those years
_DONE_OVER_YEARS = re.compile(r"(?<![\d第])(?P<years>[五5三3两十])年(?:来|间|内)?(?:共|合计)?"
                              r"(?:获得?|新建|建成|改造|改扩建|引进|争取|开展|办理|培育|创建)")
_COMPARING = "高于|高出|低于|快于|慢于|好于|优于"  # the words of a comparison (all of two characters)
_COMPARED = re.compile(rf"{_COMPARING}|比(?:全国|全省|全区|全市)")  # in a name: a comparison
_COMPARISON = re.compile(rf"^(?:{_COMPARING})|"
                         r"^比(?:全国|全省|全区|全市|[^，,]{0,6}平均水平)[高低快慢多少]?$")  # a name that is one
_FACTORS_AFTER = re.compile(rf"(?<=..)(?<!按)(?:{PRICE_FACTORS}|{BASIS_WORDS}|(?:扣除|剔除)[^，,、；;]{{1,16}}?因素)"
                            r"(?:[、，,]?(?:同口径|可比口径))?[、，,]?$")
_POINTS = re.compile(r"^(?:同比|(?:比|较)(?P<base>\d{4}年(?:底|末)?|上年|“[^”]{1,8}”(?:期)?末))?"
                     r"(?:年均|平均每年|五年来|五年|累计)?(?P<w>提高|上升|增加|提升|下降|降低|减少|回落)了?$")
_SHARE_BETWEEN = re.compile(r"[，,]占[^，,。；;\d%]{1,10}"
                            r"(?:\d+(?:\.\d+)?%|\d/\d+|[一二三四五六七八九十]分之[一二三四五六七八九十])"
                            r"(?:以上|左右|多)?(?=[，,])")
_BOUND_BEFORE = re.compile(r"(至少|不低于|不少于|不超过|最多)(?:再)?$")
# a level said of each subject before it: 均突破, 双超, 双双突破, 都达到 (人均, 年均, 平均 are no such word)
_EACH = re.compile(r"(?:(?<![人年平])均|都|双双|双)(?:突破|达到|超过|超|实现|保持|迈上|迈过|跨上|跨过|达|为)?$")
_STEPS_BETWEEN = re.compile(rf"{_STEPS}[、，,]$")
_BOTH = re.compile(r"(?<=..)(?:双双|都|同时|均(?=突破|达到|超过|实现|保持|迈上))[^，,]*$")  # said of all the subjects
# the work done on what a count counts, written after it (146个老旧小区改造, 20条城市道路整治提升)
_WORK_AFTER = re.compile(r"(?:提标|提档|升级|提质|整治|改造|提升|修缮|治理|建设|改扩建|改建|扩建|新建)+"
                         r"(?:任务|工程|项目)?")
_PLANT_UNITS = ("吨",)  # (the unit a plant's output is counted in; 辆, 套, 台 count what comes after them)
_PRODUCT_AFTER = re.compile(r"(?![的以左上下内增同比较为达和及与占居位约多余次/（(]|产能|产量|能力)[\u4e00-\u9fff]{2}")
_SUPPOSED = re.compile(r"((?:若|如果?|假如)(?:剔除|扣除|不考虑)[^，,。；;]{1,16})[，,]$")  # a supposed basis
_RISEN_BY = re.compile(r"(?:平均|人均|每人每月|每月)?(?<!新)(?P<w>提高|上调|提升|增加)了?$")  # (an amount risen by)
_CLOSES = re.compile(r"[，,。；;]|$")  # a figure that closes its clause (…缓缴税费25.2亿元。)
_SHARE = re.compile(r"占.+(?:比重|比例)$|比重$")
_RAISED = re.compile(r"^(?:进一步|继续|努力|着力)?(?:提高|提升|降低|增加|扩大|下降|减少)(?=..)")
_MEASURED_HEADS = ("量", "率", "额")  # heads a later item of a list may be written as alone (…申请量、授权量)
_COUNTS_A_NAME = r"\d+(?:大|类|户以上|千伏|万千瓦)"  # (3个县区…: a count in a name is a fragment)
_COUNT_BEFORE_A_NAME = re.compile(rf"{_COUNTS_A_NAME}$")
_COUNTED_IN = ("类", "个", "项", "家", "所", "条", "户")
_FIRMS_COUNTED_IN = ("家", "户")  # (the firms or households a figure after them is of: 38户省属企业营业收入)
# the money a count of places (个) may be followed by, that it then says whose it is (31个文化旅游名镇旅游收入)
_MONEY_OF_PLACES = "收入|产值|总额|利润|税收|投资"
_SOLVED = ("问题", "困难", "难题", "难")  # (what 解决 solves for a count of people or things)
_OF_THE_BUDGET = re.compile(r"(?:完成|为|达到|占)?(?:年初)?(?:调整)?预算(?:数)?的?")  # (a clause of it alone)
_FOR_WHOM = ("为", "给", "并为", "还为", "同时为")  # (a clause that opens for whom its work is done)
_SCOPES = ("全省", "全市", "全区", "全州", "全盟", "其中")  # (what may stand before a count of firms that names them)
_FIRMS_NAMED = re.compile(rf"\d+[{''.join(_FIRMS_COUNTED_IN)}][\u4e00-\u9fff“]{{2}}|"  # (kept in the name)
                          rf"\d+个(?=[\u4e00-\u9fff“”]{{2,16}}(?:{_MONEY_OF_PLACES})$)")
_MONEY_OF_THE_PLACES = re.compile(rf"[^，,。；;、和与及\d]{{2,16}}?(?:{_MONEY_OF_PLACES})(?:实现|完成|达到|达|为)?\d")
# after a count: its noun, then a rate of it in the same clause (11类民生支出占一般公共预算支出的80%)
_COUNT_OF_A_RATE = re.compile(r"[^\d，,。；;、：:]{2,30}?(?:的|达到|达|为)?\d+(?:\.\d+)?(?:%|个百分点)")
_COUNT_RANGE = re.compile(r"\d\s*[-—–~～至到]\s*$")
# a threshold or an age the name holds (500万元以上企业, 65岁以上老年人健康管理率): part of it
_THRESHOLD = re.compile(r"^\d+(?:(?:万|亿)?元|周?岁)(?:以上|及以上|以下)[\u4e00-\u9fff]{2}")
# thresholds crossed in turn before the last of them (连续突破400、500、600、700亿元): the words and numbers before it
_CROSSED = "|".join(sorted(THRESHOLD_WORDS, key=len, reverse=True))
# money spent before what it was spent on, at the start of a name (投入14亿元实施重点文旅项目)
_SPENDING = "投入|安排|筹措|拨付|下达"
_SPENT_BEFORE = re.compile(rf"^(?:[省市区县]?财政)?(?:{_SPENDING})\d+(?:\.\d+)?[万亿]?元(?=[\u4e00-\u9fff]{{2}})")
# a threshold in words crossed or an increase in words, at the end of a name (五大主导产业总产值首次突破千亿元,
# 地区生产总值净增超万亿元)
_CROSSED_IN_WORDS = re.compile(r"(?<=..)(?:(?:首次|再次)?(?:突破|超过|跨越|迈上|跃上|跨上)|"
                               r"(?:净增|增加|多增)(?:近|约|超过?|逾)?|(?:规模)?(?:保持在|稳定在))"
                               r"[一二两三四五六七八九十百千万亿]+(?:亿元|万元|元|亿美元|万吨|万人|亿)?(?:大关|以上)?$")
_STEPS_COUNTED = re.compile(r"[^\d，,。；;、]{1,6}台阶")  # after a count: of the steps crossed (3个千亿元台阶)
# a plant's capacity before a figure (…年产4000台, …年产2000万吨炼油+260万吨…), not 年产量/年产值, 全年产…
# or a size (年产30万吨以下煤矿)
_CAPACITY = re.compile(r"(?<![全当])(?:年产|年加工|年处理)(?!量|值)(?![^，,。；;]*以[上下])")
_EACH_EXACT_AFTER = re.compile(r"(?:大关)?[，,](?:分别|各)?(?:达到|达|为)\d")  # (…均突破万亿元，分别达到13612亿元)
_EXACT_AFTER = re.compile(r"(?:大关)?[，,、](?:达到|达|为|至)\d")  # (…突破500亿元，达到502亿元)
_DECIDED = ("确定", "承诺", "提出", "部署", "安排", "明确", "下达", "制定", "梳理")  # (…确定的30件民生实事)
_PER_UNIT = re.compile(r"每(?:亩|户|吨|平方米|立方米|千瓦时)(?:不低于|不少于|不超过|最高|最低|约|近)?$")
_SIZE_OF = re.compile(r"级?(?:企业|项目|工程|产业集群|产业园区|园区)")  # after an amount: the size of what is counted
# a base the thresholds after it were crossed from (GDP从2017年的1.45万亿元接连突破2万亿元、2.5万亿元大关)
_FROM_BASE = r"[从由](?:\d{4}年(?:底|末)?的?)?"  # (从2017年的, 由)
_AMOUNT = rf"\d+(?:\.\d+)?{MAGNITUDES}?(?:元|美元)?"  # a threshold or base of money (2.5万亿元, 1.45万亿)
_BASE_BEFORE_CROSSING = re.compile(rf"{_FROM_BASE}$")
_BASE_CROSSED_FROM = re.compile(rf"{_FROM_BASE}{_AMOUNT}$")
_CROSSING = re.compile(rf"(?:{_IN_TURN_WORDS})?(?:突破|跨越|跨过|迈上|跃上|迈过|跨上)")
_IN_TURN = re.compile(rf"(?:{_IN_TURN_WORDS})(?P<word>{_CROSSED})?$")
_CROSSED_IN_TURN = re.compile(rf"(?:{_IN_TURN_WORDS})(?P<word>{_CROSSED})"
                              rf"(?:{_AMOUNT}、)+$")
# thresholds crossed as steps (迈过6万亿元、(7万亿元)两个台阶; 连跨5万亿元、(6万亿元)…): the words before the last
_STEPS_IN_TURN = re.compile(rf"(?:{_IN_TURN_WORDS}|连(?=跨\d))?(?P<word>{_CROSSED}|(?<=连)跨)"
                            rf"(?:{_AMOUNT}[、和])+$")
# (no exact level after: …台阶，达到523.3亿元; …台阶，由2015年的38亿元增加到…)
_LAST_STEP = re.compile(r"(?:[两三四五六七八九十]个)?大?台阶(?![，,](?:(?:达到|达|为|至)\d|[由从][^，,。；;]*\d))")


# cut off or holding another phrase: 了, 我们…, …14., 在…, …从1100元 (a base), …从月销售额, …和, 落实12项…
_TRADE_WITH = r"对(?!进出口|出口|进口|贸易)[^，,、]{1,6}?(?:进出口|出口|进口|贸易)"  # 对俄进出口额, 对东盟出口: a name
_FRAGMENT = re.compile(rf"了|^(?:我们|它们|他们)|[\d.]$|\d户$|^(?!对外|{_TRADE_WITH})[在把对向从将让使由]|"
                       r"[从由][^，,]*\d|"
                       r"(?<![自理缘])[从由][^，,]{0,5}$|[和与及等的向对把将给为在从由并或第]$|"
                       r"(?<![\d.])\d+[多余]?(?:项|件|条|名|年)|(?<=[^\d.])\d+[多余]?[个家]|"
                       rf"^\d+[多余]?个(?![\u4e00-\u9fff“”]{{2,16}}(?:{_MONEY_OF_PLACES})$)|\d[万亿]?(?:套|户|座|所|处|元|吨|亩|公里)[和及与、]|"
                       # (投入182.5亿元实施十大类: an amount inside, not a size; …产业园列入省: cut off)
                       rf"(?:{_SPENDING})\d+(?:\.\d+)?[万亿]?元[\u4e00-\u9fff]|列入[^，,]{{0,3}}$")


def verb_like(name: str, vocab: Vocab) -> bool:
    """A subject that does something rather than names what is counted: a verb (建成), a phrase ending in
    one (争创, 新推动), a cut-off phrase (…改革与, 文旅等) or one holding another count (落实12项内容)."""
    return name in vocab.verbs or name in vocab.name_suffixes or name in vocab.name_prefixes \
        or bool(_FRAGMENT.search(name)) or name.endswith((*vocab.verb_endings, *vocab.no_name_endings)) \
        or vocab.verbs_only(name)  # (首次 alone names nothing; 重点帮扶, 有序整治)


def _scope_only(words: str) -> bool:
    """Whether the words before a count of firms say no more than its scope or hedge (全省, 其中, 预计…)."""
    for hedge in HEDGES:
        words = words.strip().removeprefix(hedge)
    return words.strip() in ("", *_SCOPES)


def _measure_of_the_firms(text: str, end: int, s_end: int, vocab: Vocab) -> bool:
    """Whether a count of firms is followed by their measure and its figure (…家“双百”龙头骨干企业完成产值4700亿元),
    not by what they did (21家宾馆酒店贡献1348间房间: a count of its own) nor by another count (…、30家…和10家…)."""
    return bool(_measured_after(tuple(vocab.measure_endings)).match(text, end, s_end))


@lru_cache(maxsize=4)
def _measured_after(endings: tuple[str, ...]) -> re.Pattern:
    """Words ending in a measure, then its figure (built once for the vocabulary's measure endings)."""
    ends = "|".join(map(re.escape, endings))
    return re.compile(rf"[^，,。；;、和与及\d]{{2,16}}?(?:{ends})(?:实现|完成|达到|达|为)?\d")


def _counts_what_follows(text: str, unit_end: int, s_end: int, unit: str, vocab: Vocab) -> bool:
    """A count of the noun right after it (…28个县级文化馆, …13条政策措施), not of the words before it."""
    return bool(_COUNTS_WHAT_FOLLOWS.match(text, unit_end, s_end)) and vocab.names is not None \
        and vocab.names.unit_family_of(unit) == "count"


def _verb_of_what_follows(text: str, unit_end: int, s_end: int, unit: str, name: str, vocab: Vocab) -> bool:
    """Words ending in a verb of work done before a count of the noun after it (布局建设10家…中试平台): that verb
    is said of the noun, as after a bare verb."""
    return name.endswith(tuple(vocab.flow_verbs)) and _counts_what_follows(text, unit_end, s_end, unit, vocab) \
        and not _PROGRAMME.match(text, unit_end, s_end)


# measures, plans and tasks counted after a work's name (生态文明建设30条措施, 污水治理3个“三年行动”): no work
# done on them
_PROGRAMME = re.compile(r"[^，,。；;、]{0,8}?(?:措施|方案|任务|举措|行动|方面|政策|意见|办法|条例|规定)")


def _flow(name: str, vocab: Vocab) -> str:
    """The verbs a subject before a count ends with that say what was done to what it counts (新增, 重点帮扶,
    新增…等 before 7个农产品区域公用品牌), to be kept before the noun after the count; "" for none."""
    name = name.removesuffix("首批")  # 建设首批(10个…): of the first batch, what was done is still the verb's
    name = name.removesuffix("了") if len(name) > 2 else name  # (建成了21个…: the verb's aspect is no word of it)
    last = next((v for v in sorted(vocab.flow_verbs, key=len, reverse=True) if name.endswith(v)), "")  # (重新认定)
    if last and vocab.verbs_only(name):
        return name  # 新建续建46条市政道路, 有序整治497处…
    opening = next((v for v in vocab.flow_verbs if name.startswith(v)), "")
    if opening and re.fullmatch(r"[^，,。；;]{1,24}?等", name[len(opening):]):
        return opening  # 新增“苏州水八仙”等7个…: the examples are no part of the name
    return last


def _listed_verbs(text: str, s_start: int, c_start: int, vocab: Vocab) -> str:
    """Verbs listed before the clause of a count with 、 (新建、改扩建800所…: 新建、), to be kept with the
    flow verb the clause opens with; "" for none."""
    if c_start - 1 <= s_start or text[c_start - 1] != "、":
        return ""
    start = max(text.rfind(c, s_start, c_start - 1) for c in "，,；;、：:") + 1
    words = text[max(start, s_start):c_start - 1].strip()
    return words + "、" if words and vocab.verbs_only(words) and len(words) <= 4 else ""


def _shared_verb(words: str, vocab: Vocab) -> str:
    """The verbs of work done that open a list of counts and hold for its next item (新建改造天然气管网502公里、
    (城市绿道679公里); 新建15个…中心和(50个…)): words opening with them and ending after a count with
    a joining word; "" for none."""
    words = LIST_MARKER.sub("", words)  # (（10）新增2万个…、(3000个…): the item's number is no word of it)
    if not re.search(r"\d[^\d，,；;]*[和及与、]$", words):
        return ""
    for k in range(min(8, len(words)), 1, -1):
        if vocab.verbs_only(words[:k]) and words[:k].endswith(tuple(vocab.flow_verbs)):
            first = min((words.find(v) for v in vocab.flow_verbs if 0 <= words.find(v) < k), default=0)
            return words[first:k]  # (全区新建…, 力争新增…: the verbs of work done, without scope or hedge)
    return ""


def _crossed_in_turn(text: str, s_start: int, m: re.Match) -> re.Match | bool | None:
    """Of thresholds crossed in turn (连续突破400、500、600亿元; 先后突破3万亿元、4万亿元): for the last, the
    words and numbers before it (the level now); False for one before the last; None for a figure of no such list."""
    crossed = _CROSSED_IN_TURN.search(text, max(s_start, m.start() - 40), m.start())
    if not crossed and _LAST_STEP.match(text, m.end()):
        crossed = _STEPS_IN_TURN.search(text, max(s_start, m.start() - 40), m.start())
    in_turn = _IN_TURN.search(text, max(s_start, m.start() - 8), m.start())
    if re.match(r"、\d", text[m.end():m.end() + 2]) and (crossed or in_turn and (
            in_turn.group("word") or m.group("pre") in THRESHOLD_WORDS)):
        return False
    return crossed


def _a_capacity(words: str, unit: str, name: str, names: Names | None) -> bool:
    """Whether a figure whose words before it are `words` is a plant's capacity (…年产4000台): not when it names a
    headline indicator nor when it counts plants (建设年产千吨级…5条生产线)."""
    counts_plants = names is not None and names.unit_family_of(unit) == "count" and unit[0] not in "万亿"
    return bool(_CAPACITY.search(words)) and names is not None and not counts_plants \
        and not names.canonical_name(name)


def _list_named(text: str, c_start: int, s_start: int, at: int, vocab: Vocab) -> tuple[int, str] | None:
    """Where a list of subjects with no figures of their own starts, and its name, when one figure after its
    last item is of them all (新增高新技术企业、科技型中小企业200家); None when the clause is no such list."""
    if c_start <= s_start or text[c_start - 1] != "、" or vocab.names is None:
        return None
    listed = _list_start(text, c_start, s_start, vocab.figure_re)
    if listed >= c_start or re.search(r"[分各均]", text[listed:at]):
        return None
    whole = _name_before(text[listed:at], vocab)
    items = re.split("、", whole)
    if len(items) < 2 or len(whole) > 24 or re.search(r"\d", whole) or len(items[-1]) <= 2 \
            or items[-1] in vocab.bare_heads \
            or not all(is_name(i) and not vocab.verbs_only(i) for i in items) \
            or any(vocab.names.canonical_name(i) for i in items):
        return None  # (…300万口、肉鸡: figures; 取消、免征、降低15项: verbs; …、总投资, …、产量: heads of the rest)
    return listed, whole


def _a_plants_output(text: str, m: re.Match, name: str, unit: str, vocab: Vocab) -> bool:
    """Whether an amount in tons after the name of a plant's owner and before what it makes (旭阳中燃300万吨
    焦化…) is that plant's capacity; not after a verb (争取500万吨扩能技改项目) nor of a headline indicator."""
    return bool(_PRODUCT_AFTER.match(text, m.end())) and not m.group("post") and unit.endswith(_PLANT_UNITS) \
        and is_name(name) and not verb_like(name, vocab) and not (vocab.names and vocab.names.canonical_name(name))


def _named_from_the_item_before(text: str, c_start: int, name: str, before: dict,
                                vocab: Vocab) -> tuple[str, int | None]:
    """A list item named only in part, with what the item right before it (…、) gives it, and where the quote
    that holds both starts: a measured head alone takes that item's modifier (…专利申请量8444件、授权量6256件 →
    专利授权量); two characters ending as that item ends take its lead when that names a headline indicator
    (引进内资4980亿元、外资41.8亿美元 → 引进外资). The name as it is and None for anything else."""
    if text[c_start - 1:c_start] != "、" or not text.endswith(before["quote"], 0, c_start - 1):
        return name, None
    whole = name
    if len(name) <= 3 and name.endswith(_MEASURED_HEADS):
        whole = with_first_modifier(before["name"], name)
    lead = before["name"][:-len(name)]
    if whole == name and len(name) == 2 and len(lead) >= 2 and before["name"][-1] == name[-1] \
            and vocab.names is not None and vocab.names.canonical_name(lead + name):
        whole = lead + name
    return (whole, c_start - 1 - len(before["quote"])) if whole != name else (name, None)


def _carried_out(words: str, unit: str, vocab: Vocab) -> str:
    """The verb of carrying out before a count of things (实施20项重大科技专项, 推进雄商等7个高铁项目), which the
    judged samples want kept (a count of what is carried out, not a stock of it); "" for none, and for
    what is not counted in things (实施10亿元融资, 推进100万吨乙烯: an amount, a capacity)."""
    done = re.search(rf"(?P<verb>{vocab.carried_out_re.pattern})了?(?:[^，,。；;]{{1,24}}?等)?$", words)  # (推进雄商等)
    if not done or vocab.names is None:
        return ""
    family = vocab.names.unit_family_of(unit)  # (解决了138万头牲畜饮水问题: what is solved is no amount)
    return done.group("verb") if family == "count" or done.group("verb") == "解决" and family != "money" else ""


# (not of places: 13个市规模以上工业增长超过20% is of each city, no figure of the region's)
_COUNT_IN_A_NAME = re.compile(rf"(?<=[\u4e00-\u9fff])\d+[{''.join(_COUNTED_IN)}]"
                              r"(?![市县区州盟旗])(?=[\u4e00-\u9fff“]{3})")


def _with_its_count(words: str, name: str) -> str:
    """The name of a rate whose words count what it is of: the count kept when it qualifies the name
    (10大重点专业镇营业收入增速, 30户以上自然村寨…覆盖率), dropped when it counts them all (14个设区市空气质量
    优良天数比例, 中央赋予的159项改革任务实施率: a count inside a name reads as a fragment)."""
    at = words.find(name) if name else -1
    if at < 0:
        return name
    digits = re.search(r"\d+$", words[:at])
    if digits and re.match(_COUNTS_A_NAME, words[digits.start():]):
        return digits.group() + name
    counted = _COUNT_BEFORE_A_NAME.search(words, 0, at)
    if counted and counted.end() == at:
        return counted.group() + name
    if digits and name.startswith(_COUNTED_IN) and re.match(r".(?![市县区州盟旗])[\u4e00-\u9fff“]{3}", name):
        return name[1:]
    return _COUNT_IN_A_NAME.sub("", name, count=1)


def _counted_after_of(text: str, c_start: int, m: re.Match, s_end: int, unit: str, name: str,
                      vocab: Vocab) -> str:
    """The noun a count is of when the words before it qualify that noun with 的 (服务大湾区建设的18项措施,
    问题小区的44个项目): what the count counts; "" for none."""
    if not text[c_start:m.start()].rstrip().endswith("的") or not is_name(name) or _FRAGMENT.search(name) \
            or len(name) > 14 or vocab.names is None or vocab.names.unit_family_of(unit) != "count" \
            or vocab.names.canonical_name(name):
        return ""  # (启动了…的, 国家督办的35条…涉及的: cut off or holding another figure)
    noun = _name_after(text, m.end(), s_end, vocab)
    return noun if is_name(noun) and not _cut_off_after(noun, vocab) else ""


def _after_the_noun(text: str, end: int, noun: str, s_end: int) -> int:
    """Where the noun written right after a count (ending at `end`) ends in the text; -1 when it is not there."""
    at = text.find(noun, end, min(s_end, end + 4 + len(noun)))
    return at + len(noun) if at >= 0 else -1


def _done_after(text: str, end: int, noun: str, s_end: int) -> re.Match | None:
    """The verb of work finished that follows the noun after a count (2座泵站工程全面完工, 新增2户工业企业达产升规),
    its group "verb" without the adverb before it; None for none."""
    after = _after_the_noun(text, end, noun, s_end)
    if after < 0:
        return None
    return _DONE_AFTER.match(text, after, s_end) or _DONE_AS_SAID.match(text, after, s_end)


_HOW_DONE = "已经|已|基本|全面|全部|顺利|相继|陆续|如期|先后|提前|正式"  # (…设施基本建成, …工程全面完工)
_HOW_DONE_AT_END = re.compile(rf"(?:{_HOW_DONE}|早日|当年)$")  # (what a noun after a count may end with)
_DONE_AFTER = re.compile(rf"(?:{_HOW_DONE})?"
                         r"(?P<verb>建成投用|建成投产|建成投运|建成通车|建成运营|建成使用|建成|完工|竣工|投产|投用|投运|投入使用|投入运营|"
                         r"开通|通车|达产升规|达产|升规|"
                         r"开工建设|开工|开业|挂牌|落地|"
                         # (345项政务服务事项实现网上办理, 7个产业集群成为全省重点产业集群): what they did or became
                         r"(?:实现|完成|入选|成为|通过|获批|荣获|被评为|被认定为|被列为|列入|纳入)[^，,。；;、：:\d]{2,14})"
                         r"(?=[，,。；;、]|$)")


# (255个省定贫困村全部出列, 33项民生工程全面完成): a predicate after a word of how it was done, whatever its verb
_DONE_AS_SAID = re.compile(rf"(?:{_HOW_DONE})(?P<verb>[\u4e00-\u9fff]{{2,6}})(?=[，,。；;、]|$)")


_DONE_FOR = re.compile("配置|配备|安装|开辟|追回|提供|发放|办理|实施|改造|减免|设立|建立|购买|缴纳|代缴|免费")
_FOR_ACTION = re.compile(r"(?P<verb>[^，,。；;、：:\d（(“]{2,14})(?=[，,。；;（(]|$)")


def _ends_its_clause(text: str, end: int, noun: str, s_end: int) -> bool:
    """Whether the noun after a count runs to the end of its clause (nothing of it cut off)."""
    after = _after_the_noun(text, end, noun, s_end)
    return after >= 0 and (after >= s_end or text[after] in "，,。；;")


def _done_for(text: str, end: int, noun: str, s_end: int) -> re.Match | None:
    """What a clause opened by 为 does for the noun after its count (为58个贫困县乡村教师(发放生活补贴)), its group
    "verb"; None when it is not said right after the noun, or is too long to be part of a name."""
    after = _after_the_noun(text, end, noun, s_end)
    return _FOR_ACTION.match(text, after, s_end) if after >= 0 else None


def _with_work_done(name: str, noun: str, done: re.Match, vocab: Vocab) -> str | None:
    """`name` (ending in the noun after a count) with the work finished said after the noun (…设施基本建成 →
    …设施建成), without the adverb the noun may end with; None when the noun alone says too little (项目)."""
    how = _HOW_DONE_AT_END.search(noun)
    bare = noun[:how.start()] if how else noun
    if not name.endswith(noun) or done.group("verb") in name or not vocab.specific(bare):
        return None
    return name[:len(name) - len(noun)] + bare + done.group("verb")


def _first_item(text: str, c_start: int, floor: int) -> int:
    """Where the list that the item starting at `c_start` (after a 、) belongs to starts: its first item."""
    start = c_start
    while start > floor and text[start - 1] == "、":
        start = _clause_start(text, start - 1, floor)
    return start


def _with_examples_before(text: str, c_start: int, floor: int, words: str) -> str:
    """The words before a count with the examples listed before them when they close a list of examples
    (建成紫气大路、北迎宾街等(4个…): 建成紫气大路、北迎宾街等), so that the verb opening the list is seen."""
    if not words.endswith("等") or c_start <= floor or text[c_start - 1] != "、":
        return words
    return text[_first_item(text, c_start, floor):c_start] + words


def opens_with_verb(name: str, vocab: Vocab) -> bool:
    """Whether a name already says what was done (改造农村土坯房, 发放租赁补贴, 新增…)."""
    return name.startswith((*vocab.verbs, *vocab.verb_endings, *vocab.flow_verbs, *vocab.kept_verbs))


def _cut_off_after(name: str, vocab: Vocab) -> bool:
    """A noun phrase found after a count that is a verb or cut off (到突破, 社区健身路径或, 村达到);
    one that opens with 在/对 is a noun here (在建铁路项目, 对俄经贸专业人才培养基地)."""
    if name.startswith("等"):
        return True  # (…提高到10万元等税收优惠政策)
    return verb_like(name, vocab) and not (re.match("[在对]", name) and verb_like("一" + name[1:], vocab) is False)


def _name_after(text: str, position: int, stop: int, vocab: Vocab) -> str:
    """For a count that opens its clause (6个国有林场全面启用…): the noun phrase after it, up to the
    verb that follows (全面, 列入, 被 …) or another figure; "" when no such end is found within 16
    characters (cut off, it would be a fragment)."""
    tail = _WORDS_AFTER.match(text[position:min(stop, position + 40)])
    if not tail or text.startswith(_LANDMARKS, position):
        return ""  # (…增长6.1%、突破2万亿元大关: the landmark a level crossed names nothing)
    words = tail.group()
    over = re.search(rf"(?:{_OVER})$", words)  # (3个产值过300亿元的园区: the word of the size with it)
    at = position + len(words) - (len(over.group()) if over else 0)
    sized = _OF_A_SIZE.match(text, at, min(stop, position + 40))
    if sized and len(words) <= 4:  # 5个年出栏10万只以上的肉羊养殖园区: things of a size, named with it
        words = text[position:at] + sized.group()
    ends = [_end_of_noun(words, v) for v in (*vocab.verbs, *vocab.verb_endings, *_AFTER_NOUN) if words.find(v, 2) > 0]
    ends = [e for e in ends if e > 0]
    name = words[:min(ends)] if ends else words
    whole = re.split(r"[了的和与及]", words)[0]  # (20个重大建设项目, 4个…建设示范县: the verb qualifies a head)
    verb = next((v for v in _QUALIFYING_VERBS if words.startswith(v, len(name))), "") if ends else ""
    if verb and _HEAD_OF_THINGS.fullmatch(whole[len(name) + len(verb):]) and len(whole) <= 16:
        name = whole  # (not 20个职业教育集团建设公共实训基地: the groups build the bases)
    work = _WORK_AFTER.match(words, len(name))
    if ends and work and work.end() == len(words):  # 146个老旧小区改造: the work done on them is the name
        name = words
    qualified = _QUALIFIED_BY.match(name)  # 47个初具规模的乡镇工业集中区: a quality of what is counted, then it
    if qualified:
        name = qualified.group()
    else:  # (…和…: another noun; 4个国家级“粮改饲”和“种养结合”模式试点: one head the two share)
        shared = re.match(r"[^了的]+", name)
        name = re.split(r"[了的和与及]", name)[0].strip()
        whole = shared.group().strip() if shared else name
        name = whole if whole != name and _HEAD_OF_THINGS.search(whole) and len(whole) <= 16 else name
    if name.startswith(("并", "且", "而", "也", "还", "又", "仍")):
        return ""  # (突破40万亿元并连续多年居世界首位: what follows is another statement, not a noun)
    return name if 2 <= len(name) <= 16 else ""


# what things counted after a count end with, when a 和 inside them joins two of their qualities
_HEAD_OF_THINGS = re.compile(r"(?:试点|项目|工程|中心|基地|园区|示范区|示范县|平台|设施)$")
# the next count of a pair whose head the first shares (130个疾病控制和143个医疗救治项目: 疾病控制项目)
_HEAD_OF_THE_NEXT_COUNT = re.compile(rf"{LIST_SEPARATORS.pattern}\d+(?:\.\d+)?[个项][^，,。；;和及与、\d]{{1,12}}?"
                                     r"(?P<head>项目|工程)(?![\u4e00-\u9fff])")
# (a name that is a thing already: 卫生院, 产业园, 医疗卫生机构)
_A_THING = re.compile(r"[园区院馆站校所村厂场县市镇心地群库线路桥港网厅室点构社会队局体业品]$")
_POINTS_WRITTEN_ONCE = re.compile(r"(?:[和、]\d+(?:\.\d+)?个)*[和、]\d+(?:\.\d+)?个百分点")
_QUALIFYING_VERBS = ("建设", "发展", "改革", "创新", "示范", "服务", "管理", "保护", "开发")  # (建设项目, 改革试点)
_OVER = "超过|突破|超|过"  # the words of a size a thing is over (产值过300亿元, 投资超亿元)
# (年出栏10万只以上, 产值过300亿元)
_SIZE = rf"(?:(?:{_OVER})[\d.]+[^\d，,。；;、的\s]{{1,4}}(?:以上)?|[\d.]+[^\d，,。；;、的\s]{{1,4}}(?:以上|及以上))"
_OF_A_SIZE = re.compile(rf"{_SIZE}的[^，,。；;、\d\s的了和与及]{{2,10}}")
# words after a figure that make it part of what qualifies a noun after them (总投资255亿元的(40个项目),
# 10万亩以上的(标准化农田), 检测106项指标的(水质检测中心)): 19 such figures in the judged samples, none right
_IN_A_MODIFIER = re.compile(r"[^，,。；;、：:的\d\s]{0,4}的(?![确是])"  # (…4.5%的较低水平, …8%的预期目标: said)
                            r"(?!(?:较低|较高|合理|适度|较好)?水平|(?:预期|奋斗|规划|年度|既定)?目标|任务)")
# a noun right after a count (…28个县级文化馆, …13条政策措施), not a list going on, a bound or what was done to them
# (试点扩大到33个县（市）: the places the count is of; 40万个的目标: what it is said to be)
_COUNTS_WHAT_FOLLOWS = re.compile(r"(?!和|及|与|或|次|的|全部|全面|均|已|都|分别|基本|共|多|余|以上|以下|左右|以内|等|"
                                  r"[省市县区乡镇村州旗盟](?:[，,。；;、（(]|$))[\u4e00-\u9fff“]")
_CLASSES_OF_A_FIGURE = re.compile(r"[\u4e00-\u9fff“”]{2,12}\d")  # (…类民生支出3569.5亿元)
_PER_THING = re.compile(r"/(?:百平方公里|平方公里|立方米|人)")
_PER_TIME = re.compile(r"/(?:天|日|年|月|小时|时|秒)")  # (a unit per day, per hour …)
# a scope a name ends with, what the figure measures being said after it; not a comparison (增速高于全国(0.8个百分点))
_SCOPE_LAST = re.compile(rf"(?<=..)(?<!{_COMPARING}|超过|领先|占到)(?<!占)"  # (占全省(的70%))
                         r"(?:全省|全市|全国|全区|全县|全州|(?<!县)市区|城区|每镇|每村|每县)$")
# works named after their size (…蓄水能力达500万立方米的中水进矿区工程, …总长46公里的快速路): a figure of them
_WORKS_SIZED = re.compile(r"的(?P<works>[^，,。；;、：:的\d\s]{2,10}?(?:工程|项目|水库|电站|管网|厂|线|路))"
                          r"(?:(?=[，,。；;])|$)")
_SIZE_OF_WORKS = re.compile(r"(?:[日年]?(?:污水处理|垃圾处理|处理|供水|蓄水|发电|吞吐|运输|输送)?(?:能力|规模)|"
                            r"库容|装机容量|总装机|总长|全长|长度|里程|面积)$")
# a quality said of what a count counts, before it (47个初具规模的乡镇工业集中区, 5个全区领先的优质教育集团,
# 7个产值超千亿元的产业集群)
_QUALIFIED_BY = re.compile(r"(?:[\u4e00-\u9fff]{2,4}(?:规模|以上|特色|优势|一流|领先|较强|较大|突出|鲜明|明显|完善|水平"
                           rf"|质量)|[\u4e00-\u9fff]{{1,4}}(?:{_OVER})[一二两三四五六七八九十]?[十百千万亿]+(?:元|美元)"
                           rf"|[\u4e00-\u9fff]{{0,4}}{_SIZE})的[^了的和与及]{{1,10}}")
# (村(社区)医保服务点; …上市[3]: a note's number ends it)
_WORDS_AFTER = re.compile(r"(?:[^，,。；;、：:\s\d()（）\[【]|[(（][^()（）:：]{1,6}[)）])+")
# words that end the noun phrase after a count (5个村落列入…, 18家单位被评为…, 10名以上患者免费实施…)
_AFTER_NOUN = ("被", "列入", "全面", "全部", "免费", "获得", "得到", "成为", "纳入", "通过", "荣获", "实施", "完成")


def _end_of_noun(words: str, verb: str) -> int:
    """Where `verb` ends the noun phrase that opens `words`: before it, or before the word it ends (作为, 成为);
    0 for none (公共 holds no verb 共, 不动产 no 不)."""
    at = words.find(verb, 2)
    if len(verb) == 1 and any(words.startswith(noun, at - noun.find(verb)) for noun in _NOUNS_HOLDING_A_VERB
                              if verb in noun):
        return 0
    word = words[at - 1:at + 1] if len(verb) == 1 else ""
    return at - 1 if word in ("作为", "成为") else at


_NOUNS_HOLDING_A_VERB = ("公共", "不动产", "所有", "私有")  # (共, 不, 有 end no noun phrase inside them)


def _clause_end(text: str, position: int, ceiling: int) -> int:
    i = position
    while i < ceiling and text[i] not in CLAUSE_END:
        i += 1
    return i


def _clause_start(text: str, position: int, floor: int) -> int:
    """Where the clause of `position` starts (after the last comma, 、 or stop, or a note opened after a figure:
    增长3%（可比增长6.7%左右）; not inside 二、三产业)."""
    i = position
    while i > floor and (text[i - 1] not in CLAUSE_END or _INDUSTRIES_LISTED.match(text, i - 2)) \
            and not _NOTE_AFTER_A_FIGURE.match(text, i - 2):
        i -= 1
    return i


_NOTE_AFTER_A_FIGURE = re.compile(r"[%％][（(](?=[^（）()。]{0,20}?(?:增长|下降|增速))")  # (not 45%（常住人口55%）)


_INDUSTRIES_LISTED = re.compile(r"(?<![、一])二、三(?:次)?产")  # (二、三产业比重: one subject; 一、二、三产业…: a list)


def _list_start(text: str, position: int, floor: int, figure_re: re.Pattern | None = None) -> int:
    """Where the subject of a 分别 list or 由…到 starts: its clause, with the subjects listed before
    it with 、 (a list of subjects is one subject); given `figure_re`, not an item with a figure of its own
    (…增长13%、城乡居民人均可支配收入分别增长…: the list of subjects starts after the last figure)."""
    c_start = _clause_start(text, position, floor)
    while c_start > floor and text[c_start - 1] == "、":
        before = _clause_start(text, c_start - 1, floor)
        if figure_re is not None and figure_re.search(text, before, c_start - 1):
            break
        c_start = before
    return c_start


# a growth in times over a base after a level (，比“十五”期末增长1.7倍, its base's level perhaps said too), not one
# of a list (增长4倍和4.3倍)
_TIMES_OVER_A_BASE = re.compile(rf"[，,]\s*(?:比|较)(?:{_BASE})(?:的\d+(?:\.\d+)?[万亿]*元)?"  # (比2000年的1570亿元)
                                r"(?:增长|增加|提高)了?(?P<n>\d+(?:\.\d+)?)倍(?P<post>左右|以上|多)?(?![和、])")


def _times_after(text: str, end: int, stop: int) -> tuple[float, int, str | None] | None:
    """增长N倍 over a base right after a figure (…3832.6亿元，比“十五”期末增加1.1倍: 110%): (growth, end, qualifier)."""
    times = _TIMES_OVER_A_BASE.match(text, end, stop)
    if not times:
        return None
    return _percent_of_times(times.group("n")), times.end(), times.group("post")


def _growth_after(text: str, end: int, stop: int, vocab: Vocab) -> tuple[float, int, str | None] | None:
    """增长N%(左右) right after a figure (across a comma and 同比): (growth, end, qualifier)."""
    m = vocab.growth_re.match(text, end, stop)
    share = None if m else _SHARE_BETWEEN.match(text, end, stop)  # …174.3亿美元，占全国的1/4以上，增长32.3%
    m = m or (vocab.growth_re.match(text, share.end(), stop) if share else None)
    if not m:
        return _times_after(text, end, stop)
    if _GROWTH_LIST.match(text, m.end()):
        return None  # 增长9.8%和8.5%: the growths of several subjects, not of this figure alone
    value = float(m.group("num"))
    value = int(value) if value.is_integer() and "." not in m.group("num") else value
    if m.group("w") in vocab.fall_words:
        value = -value
    return value, m.end(), m.group("pre") or m.group("post")


# growths in times listed (增长2.5倍和2.8倍): the words before the second, and what follows the first
_TIMES_LISTED = re.compile(r"\d+(?:\.\d+)?倍[和、]$")
_TIMES_LIST = re.compile(r"(?:[和、]\d+(?:\.\d+)?[倍%])+(?![\d.])")  # (分别增长1倍和64.2%: in % too)


def _multiple(text: str, m: re.Match, s_start: int, c_start: int, vocab: Vocab) -> dict | str | None:
    """A figure in 倍: 增长1倍 is a growth of 100% (a record); 是“十二五”末的1.57倍 compares with a base
    and is no fact of its own ("skip"); None for anything else."""
    if m.group("unit") != "倍":
        return None
    before = text[c_start:m.start()]
    if _TIMES_LISTED.search(before):
        return "skip"  # 分别增长2.5倍和(2.8倍): read with the first of the list
    word = next((w for w in vocab.change_words if before.endswith(w)), None)
    if word is None:
        return "skip" if re.match(r"\s*(?:是|为|相当于)", before) else None
    sign = -1 if word in vocab.fall_words else 1
    period = period_of(before[:-len(word)])  # 比五年前增长1.5倍: over a base
    more = _TIMES_LIST.match(text, m.end())  # 增长2.5倍和2.8倍: the growths of the subjects before, in order
    if more and c_start > s_start and text[c_start - 1] == "、":
        return "skip"  # 软件…、互联网和相关服务业营业收入分别增长2.17倍和3.48倍: whose is which is not read here
    return {"name": _name_before(before[:-len(word)], vocab), "value": None, "unit": None,
            "growth": sign * _percent_of_times(m.group("num")), "qualifier": m.group("pre") or m.group("post"),
            "quote": text[c_start:more.end() if more else m.end()], **({"period": period} if period else {}),
            **({"more": [sign * (_percent_of_times(x) if times else _number(x))
                         for x, times in re.findall(r"(\d+(?:\.\d+)?)(倍)?", more.group())]} if more else {})}


def _percent_of_times(times: str) -> int | float:
    """增长2.5倍 as a growth in % (250)."""
    from ..provenance import format_number

    return _number(format_number(Decimal(times.replace(",", "")) * 100))


def _threshold(unit: str, after: str, vocab: Vocab) -> bool:
    """An amount, quantity or area bounded by 以上/以下 and followed by a noun (10亿元以上的企业,
    集雨面积100平方公里以下河流, 30万吨以下煤矿): it says which things, it is no figure of its own. (A
    count before its noun, 90家以上高新技术企业, is a figure.)"""
    names = vocab.names
    family = names.unit_family_of(unit) if names else None
    return family in ("money", "quantity", "area") and re.match(r"的?[^的用和及或等与并]", after) is not None


def _number(raw: str) -> int | float:
    """12.5, 1,200 or 1 200 (a thousands separator) as a number."""
    raw = raw.replace(",", "").replace(" ", "")
    return int(raw) if "." not in raw else float(raw)


def figures(text: str, start: int, end: int, vocab: Vocab) -> list[dict]:
    """Every figure between start and end as a partial record (name, value, unit, growth …, quote)."""
    out: list[dict] = []
    # an appendix title ("附件1 …38件民生重点工作…") counts its items: no figure until its first item
    covered: list[tuple[int, int]] = []
    for m in re.finditer("附件", text[start:end]):
        if re.search(r"(?:见|[（(])$", text[max(0, start + m.start() - 2):start + m.start()]):
            continue  # (…确定的目标任务（见附件一）: a reference to an appendix, no appendix title)
        item = _APPENDIX_ITEM.search(text, start + m.end() + 2, end)
        covered.append((start + m.start(), item.start() if item else end))
    for sentence in _sentences(text, start, end):
        s_start, s_end = sentence
        first = len(out)
        compared: list[tuple[int, re.Match]] = []  # figures that compare (高于全省1.4个百分点)
        covered += [m.span("nums") for m in _MULTIPLE.finditer(text, s_start, s_end)]  # (read by _multiples)
        covered += [m.span() for m in _MULTIPLE_OF_OTHER.finditer(text, s_start, s_end)]
        for found in _lists(text, s_start, s_end, vocab):
            if not any(a <= found[1][0] < b for a, b in covered):
                out += found[0]
                covered.append(found[1])
        for m in vocab.figure_re.finditer(text, s_start, s_end):
            if m.group("unit") in vocab.rating_units:
                continue
            if m.group("unit") == "个" and text.startswith(("月", "方面"), m.end()) \
                    or text[m.start() - 1:m.start()] == "第":
                continue  # 连续86个月: a span of months; 抓好10个方面工作: how the words are grouped; 第5个: an ordinal
            if m.group("unit") != "%" and _COUNT_RANGE.search(text, max(s_start, m.start() - 8), m.start()):
                continue  # 培育2—3家: a range of counts is no one figure (a range of rates is read as growth)
            if STEPS.match(text, m.end(), s_end) and not _a_headlines_landmark(text, m, s_start, s_end, vocab) \
                    and not _a_headlines_last_step(text, m, s_start, vocab) or \
                    m.group("unit") == "个" and _STEPS_COUNTED.match(text, m.end(), s_end):
                continue  # 跨越110万亿元、120万亿元台阶, 跨越3个千亿元台阶: thresholds crossed, not levels
            after = text[m.end():m.end() + 1]
            if text[m.start() - 1:m.start()] in "(（" and after in ")）":
                continue  # a heading's count of its items: 一、促进群众就业增收(7件)
            if after == "级":
                continue  # 20万吨级航道, 5000吨级泊位: the class of what is named, no figure
            if text.startswith(_ON_THE_BASIS, m.end()):
                continue  # 在2005年6520亿元的基础上, 在上年增长14.3%的基础上: a base the year's figure builds on
            said_after = _growth_said_after(text, m, s_start, s_end, vocab)
            if said_after:  # 经济实现年均8.3%的中高速增长: a headline's growth, its size said first
                out.append(said_after)
                covered.append((m.start(), m.end()))
                continue
            if _PER_TIME.match(text, m.end()):
                continue  # 396.13万吨/日, 400吨/天: an amount a day, in a unit the vocabulary does not hold
            works = _WORKS_SIZED.match(text, m.end(), s_end)  # 蓄水能力达500万立方米的中水进矿区工程
            if not works and _IN_A_MODIFIER.match(text, m.end(), s_end) \
                    and not _QUALIFIED_BY.match(text, m.end(), s_end):
                continue  # 总投资255亿元的40个项目, 检测106项指标的中心: of what comes after 的, no figure itself
            if m.group("post") in ("以上", "以下") and re.match(r"[\u4e00-\u9fff]", after) and \
                    (vocab.figure_re.search(text, m.end(), _clause_end(text, m.end(), s_end))
                     or _threshold(m.group("unit"), text[m.end():m.end() + 2], vocab)):
                continue  # 5000万元以上重点项目137项, 年产值10亿元以上的企业: a threshold, not a figure
            if m.group("unit").endswith("元") and _SIZE_OF.match(text, m.end()):
                continue  # 新增30亿元企业2户, 10亿元级项目: the size of the things counted, no figure
            if _COUNT_OF_A_RATE.match(text, m.end(), s_end) and m.group("unit") in _COUNTED_IN:
                continue  # 11类民生支出占…的80%: the count qualifies what the rate after it is of
            if m.group("unit") == "类" and _CLASSES_OF_A_FIGURE.match(text, m.end(), s_end):
                continue  # 11类民生支出3569.5亿元: the count of classes qualifies the figure after it
            c_start = _clause_start(text, m.start(), s_start)
            if m.group("unit") == "%" and _OF_THE_BUDGET.fullmatch(text, c_start, m.start()):
                continue  # …2654.8亿元，完成预算的100.2%，同口径增长7%: how much of the budget, not a figure of its own
            if (m.group("unit") in _FIRMS_COUNTED_IN and _measure_of_the_firms(text, m.end(), s_end, vocab)
                    or m.group("unit") == "个" and _MONEY_OF_THE_PLACES.match(text, m.end(), s_end)) \
                    and text[c_start - 1:c_start] != "、" and _scope_only(text[c_start:m.start()]):
                continue  # 150家省级重点龙头企业销售收入333.42亿元: the count says which firms the figure is of
            growth_only = _growth_only(text, m, s_start, vocab)
            if growth_only:
                if not any(a <= m.start() < b for a, b in covered):
                    out.append(growth_only)
                    end = text.find(growth_only["quote"], c_start)
                    covered.append((m.start(), max(m.end(), end + len(growth_only["quote"]))))
                continue
            if any(a <= m.start() < b for a, b in covered):
                continue
            if _BASE_BEFORE_CROSSING.search(text, c_start, m.start()) and _CROSSING.match(text, m.end()):
                covered.append((m.start(), m.end()))  # 从2017年的(1.45万亿元)接连突破2万亿元、2.5万亿元: a base
                continue
            crossed = _crossed_in_turn(text, s_start, m)
            if crossed is False:
                continue  # (先后突破3万亿元、4万亿元: only the last threshold crossed is drafted)
            if crossed:  # 连续突破400、500、600亿元: the last threshold crossed is the one that holds now
                c_start = _clause_start(text, crossed.start(), s_start)
            if m.group("unit") == "条" and _POLICY_TITLE.search(text, c_start, m.start()):
                covered.append((m.start(), m.end()))  # 出台稳增长35条: the title of a package of measures,
                continue  # not a count of anything done
            new = _new_since_the_start(text, c_start, m, out[first:], vocab)
            if new:  # 各项存款余额4745.7亿元，比年初增加983.2亿元: the year's new deposits, beside their balance
                out.append(new)
                covered.append((m.start(), m.end()))
                continue
            if _INCREMENT.fullmatch(text[c_start:m.start()].strip()) and any(
                    r.get("value") is not None and r.get("unit") == m.group("unit")
                    or r.get("value") is None and r.get("growth") is not None for r in out[first:]):
                covered.append((m.start(), m.end()))  # …867亿元，比上年增加113亿元，增长15%: the increase of the
                continue  # level before, no level of its own; the growth after it is the level's (…增长18%，增加1065元)
            multiple = _multiple(text, m, s_start, c_start, vocab)
            if multiple:
                if multiple != "skip":
                    out.append(multiple)
                covered.append((m.start(), m.end()))
                continue
            unit = m.group("unit")
            if m.group("paren") and vocab.known_unit(unit + m.group("paren")):
                unit += m.group("paren")
            per = _PER_THING.match(text, m.end())
            per = per if per and vocab.known_unit(unit + per.group()) else None
            if per:  # 15.2万元/人左右, 53.3公里/百平方公里, 35微克/立方米: a unit per another (and its bound)
                unit += per.group()
                per = vocab.bound_after_re.match(text, per.end())
            unit_end = per.end() if per else m.end()
            words = text[c_start:crossed.start() if crossed else m.start()]
            name = _name_before(_BASE_CROSSED_FROM.sub("", words) if crossed else words, vocab)  # (GDP从…的1.45万亿元)
            name = _part_of_the_whole(text, s_start, c_start, name) or name  # (…，其中城镇35720元: 城镇居民…)
            name = _share_of_the_opening(text, s_start, c_start, name, vocab) or name
            if _CHANGED_TO_ALONE.fullmatch(text[c_start:m.start()].strip()):
                name = ""  # (城镇登记失业率连续五年下降，)去年底降到3.19%: no subject said, the level of one before
            if _SCOPE_LAST.search(name):
                continue  # 一次性取消全省(10016公里…), 向11个镇提供每镇(1亿元…): what it measures comes after
            sized = _SIZE_OF_WORKS.search(name) if works else None
            if works and not sized:
                continue  # (a figure inside what qualifies the works, not their size)
            name = works.group("works") + sized.group() if works else name  # 中水进矿区工程蓄水能力
            if unit in RATE_UNITS:  # 10大重点专业镇营业收入增速, 30户以上自然村寨…覆盖率: the count is of the name
                name = _with_its_count(text[c_start:m.start()], name)
            changed = _CHANGED_IN_POINTS.search(name) if unit == "个百分点" else None
            if changed and changed.start() >= 2:  # 城镇登记失业率比2006年降低(0.6个百分点): the rate, its base
                name = name[:changed.start()]
            if m.group("pre") in THRESHOLD_WORDS and (not name or name in vocab.adverbs) \
                    and _EXACT_AFTER.match(text, m.end(), s_end):
                continue  # …增长9.2%，首次突破500亿元，达到502亿元: a threshold on the way to the level said next
            if _PER_UNIT.search(text, c_start, m.start()):
                continue  # 按平均每亩不低于85元: an amount per unit of something, not one in the unit written
            if unit == "个" and _POINTS_WRITTEN_ONCE.match(text, m.end()):
                continue  # 高于规模以上工业增速7个和5个百分点: points, the unit written once after the last
            if unit.endswith("个") and text.startswith("体", m.end()):
                continue  # 5.6万个体工商户: 个体 is a word, no measure (the count of what is not named here)
            if _a_capacity(text[c_start:m.start()], unit, name, vocab.names):
                continue  # 一拖集团年产4000台, 实施年产5000吨…: a plant's capacity, no figure of the region's
            if _a_plants_output(text, m, name, unit, vocab):
                continue  # 烟台万华100万吨乙烯一体化(项目): what a plant makes, no figure
            named_before, of_opening, modified_from = name, False, None
            verbs_listed = _listed_verbs(text, s_start, c_start, vocab)  # (新建、改扩建800所…: 新建、)
            if verbs_listed and name.startswith(tuple(vocab.flow_verbs)):
                name = verbs_listed + name  # 新建、改造农家店485家
            noun, list_verb_at, done, appended = "", None, None, ""
            points = _POINTS.match(text[c_start:m.start()].strip()) if unit == "个百分点" else None
            counted = _counted_after_of(text, c_start, m, s_end, unit, name, vocab)
            if counted:  # 落实金融服务实体经济的10项措施: the count is of the noun after it, which the words qualify
                # (年初确定的30件民生实事: who set them says nothing of what is counted)
                name, noun = counted if name.endswith(_DECIDED) else f"{name}的{counted}", counted
            elif points:  # …46.5%，比2010年提高6.1个百分点: the change of the level before, its subject not said
                name = ""
            elif not is_name(name) or verb_like(name, vocab) or _verb_of_what_follows(text, unit_end, s_end, unit, name,
                                                                                      vocab):  # 建成30个…, 为23名…: the
                # noun comes after the count
                bare = not name or name in HEDGES or name in vocab.verbs or name in vocab.adverbs or \
                    NO_SUBJECT.match(name)
                words_before = text[c_start:m.start()]
                examples = _with_examples_before(text, c_start, s_start, words_before)  # (建成A、B等4个…)
                listed = examples != words_before  # (the verb may open the list of examples)
                flow = _flow(examples if listed else name, vocab)
                list_verb_at = m.start() - len(examples) if flow and listed else None
                flow = verbs_listed + flow if flow and not flow.startswith(verbs_listed or "、") else flow
                shared = "" if flow else _shared_verb(named_before, vocab)  # 新建15个…中心和(50个…之家)
                if not flow and not shared and bare and c_start > s_start and text[c_start - 1] == "、" \
                        and not unit.endswith(("元", "吨")):  # (新增30亿元企业2户、10亿元企业; 50万吨聚酯: a capacity)
                    listed_from = _first_item(text, c_start, s_start)  # 建设10个…中心、(60个…中心): its verb
                    shared = _shared_verb(text[listed_from:c_start], vocab)
                    list_verb_at = listed_from if shared else list_verb_at
                flow = flow or (verbs_listed + shared if shared and verbs_listed else shared)  # (one verb for both)
                carried = "" if flow else _carried_out(examples, unit, vocab)  # 实施20项重大科技专项
                if carried and listed:
                    list_verb_at = m.start() - len(examples)
                name = _name_after(text, unit_end, s_end, vocab)
                after = text[unit_end:s_end].lstrip()[len(name):] if name else ""
                if name.endswith("中") and after[:1] in "，,":
                    continue  # 全省221个地表水省控监测断面中，(优良…比例…): the whole a share is of, no fact
                if re.match(r"的\d", after):
                    continue  # 10个市县边远贫困村庄的(1.6万名中小学生): the count qualifies what is counted next
                shared_head = _HEAD_OF_THE_NEXT_COUNT.match(after)  # 建成130个疾病控制和143个医疗救治项目
                if shared_head and not _HEAD_OF_THINGS.search(name) and not _A_THING.search(name):
                    appended = shared_head.group("head")
                    name += appended
                if listed and not vocab.specific(name):
                    flow = carried = ""  # (续建抚吉、…等5个项目: a verb makes no name of a head alone)
                if carried == "解决" and not name.endswith(_SOLVED):
                    continue  # 解决了62个县城及周边地区群众…, 解决21.2万户农村无房户(建房用地): what was solved is
                    # said after the noun, so the count is no stock of it (6 of 7 judged records were wrong)
                flow = flow or ("" if _WORK_AFTER.search(name) else carried)  # (20个城市道路整治提升: said)
                if unit in RATE_UNITS and name:
                    continue  # 完成1%人口抽样调查: a share is named before it, never by the noun after it
                noun = name
                done = _done_after(text, m.end(), name, s_end) if is_name(name) and vocab.names is not None \
                    and vocab.names.unit_family_of(unit) == "count" else None  # (of a count: 年产…吨 is a capacity)
                if named_before in _FOR_WHOM:  # 为10名…白内障患者免费实施复明手术: what is done for them names them
                    done = _done_for(text, m.end(), name, s_end) if is_name(name) else None
                    if not done and not (_DONE_FOR.search(name) and _ends_its_clause(text, unit_end, name, s_end)):
                        continue  # (…乡镇卫生院配置常规诊疗设备: said in the name, not cut off)
                if flow and is_name(name) and not _cut_off_after(name, vocab) and not name.startswith(flow) \
                        and not _MODIFIER_ONLY.search(name):  # (培育5个国家级…, 建设20个县级公…: cut off)
                    name = flow + name  # 新增90家以上高新技术企业: what was added, not what there is
                if not is_name(name) or _cut_off_after(name, vocab):  # (…2万亿元到突破: no noun after it)
                    if not bare:
                        continue  # 完成1000亿元 and nothing more: what it counts is not said here
                    name = ""  # …增长70%、达到20000元: the level of the growth before, if there is one
                    opened = _opened_before(text, s_start, c_start, vocab) if _a_level(text, c_start, m) else None
                    if opened and vocab.names.fits(vocab.names.canonical_name(opened[1]) or "", unit):
                        c_start, name = opened  # 粮食产量稳定增长，达到56.2亿斤: the sentence's first subject
                        of_opening = True
            if name and name == named_before and _counts_what_follows(text, unit_end, s_end, unit, vocab):
                continue  # 加快建设藏区28个县级文化馆: the count is of the noun after it, not named by the words before
            if unit in ("个百分点", "%") and _COMPARISON.match(name):
                if unit == "个百分点":  # named once the sentence's own figures are known
                    compared.append((c_start, m))
                continue  # (高于年初确定的5.9%: the figure compared with, not a fact of this report)
            if unit in vocab.units_named_by and not name.endswith(tuple(vocab.units_named_by[unit])):
                continue  # (用3天时间: a figure in 天 only of a count of days, 空气优良天数)
            if m.group("many") and not (vocab.names and vocab.names.canonical_name(name)):
                continue  # 1000多万人: a round count, drafted only of a headline indicator
            if name and name == named_before and len(out) > first:  # 专利申请量8444件、(授权量6256件)
                name, modified_from = _named_from_the_item_before(text, c_start, name, out[-1], vocab)
            each = _EACH.search(text, c_start, m.start())
            if each:  # …、全社会固定资产投资、金融机构存贷款余额均突破2万亿元: said of each
                listed = _list_start(text, c_start, s_start)
                between = _STEPS_BETWEEN.sub("", text[listed:c_start])  # (存贷款余额连跨4个万亿元台阶、(双双突破…))
                listed, between = (c_start, "") if vocab.figure_re.search(between) else (listed, between)
                whole = _name_before(between + text[c_start:each.start()], vocab)
                each = each if whole and _listed_names(whole, listed < c_start) else None
                if each:
                    c_start, name = listed, whole
            elif name and name == named_before and unit not in RATE_UNITS and _CLOSES.match(text, m.end()):
                listed = _list_named(text, c_start, s_start, m.start(), vocab)
                if listed:  # 落实减税降费、留抵退税、缓缴税费25.2亿元: one figure of the list, not of its last item
                    c_start, name = listed
            risen = _RISEN_BY.search(text, c_start, m.start()) if name and unit.endswith("元") else None
            if risen and not name.endswith(risen.group("w")):  # 低保标准平均提高20元: the rise, not the standard
                name += risen.group("w")
            value = _number(m.group("num"))
            if unit == "个百分点" and not points and vocab.fall_before_re.search(text, c_start, m.start()):
                value = -value  # 资产负债率下降3个百分点: a fall, now that 下降 is no part of the name
            name = _after_another_figure(name, unit, vocab)
            passed = name.endswith("过") and not m.group("pre") and vocab.names is not None \
                and vocab.names.canonical_name(name[:-1])  # 出口总额过100亿美元(，达到115.92亿美元): a threshold
            name = name[:-1] if passed else name
            rec = {"name": name, "value": value, "unit": unit, "growth": None,
                   "qualifier": m.group("pre") or m.group("post") or m.group("many")  # 1000多万人: 多
                   or (per and per.group() or None)
                   or (crossed and crossed.group("word")) or ("过" if passed else None)}
            if points and period_of(points.group()):  # …43.5%，五年提高7.9个百分点: the change over the years
                rec["period"] = period_of(points.group())
            verb = _verb_before(text[c_start:m.start()], name, vocab) if name and name == named_before else ""
            if verb and verbs_listed and text[c_start:m.start()].lstrip().startswith(verb):
                verb = verbs_listed + verb  # 新建、建设城市绿道679公里
            q_start = list_verb_at if list_verb_at is not None and name.startswith(flow) else c_start
            q_start = q_start if modified_from is None else modified_from  # (the quote holds the modifier)
            if not verb and name and name == named_before and c_start > s_start and text[c_start - 1] == "、" \
                    and not opens_with_verb(name, vocab):  # 新增上市公司5家、(挂牌企业8家): the verb of both
                q_start = _first_item(text, c_start, s_start)
                verb = _shared_verb(text[q_start:c_start], vocab)
                verb = "" if any(v in name for v in vocab.flow_verbs if verb.endswith(v)) else verb  # (综合改造)
                q_start = q_start if verb else c_start
            if verb:
                rec["verb"] = verb  # put back by name_figure unless it names a headline indicator
            if changed and changed.group("base") and not re.match("上年|去年", changed.group("base")):
                rec["period"] = f"比{changed.group('base')}"
            if points:
                rec["points"] = -1 if points.group("w") in vocab.fall_words else 1
                base = points.group("base")
                if base and base != "上年":
                    rec["period"] = f"比{base}"
            q_end = works.end() if works else unit_end  # (the quote holds the works it is the size of)
            done_over = _DONE_OVER_YEARS.search(text, c_start, m.start())
            if _TOTAL_OVER_YEARS.search(text, c_start, m.start()):  # 累计5035亿元, 五年完成…: a total over the years
                rec["period"] = "累计"
            elif done_over:
                rec["period"] = "五三"["53".index(done_over["years"])] + "年" if done_over["years"] in "53" \
                    else done_over["years"] + "年"
            elif _YEARLY_LEAD.match(text[c_start:m.start()]) or \
                    _each_year(text[c_start:m.start()]):  # 平均每年城镇新增就业1000多万人, 城镇新增就业每年超过…
                rec["period"] = "年均"
            steps = _LAST_STEP.match(text, m.end()) if crossed else None  # (迈过6万亿元、7万亿元两个台阶)
            q_end = steps.end() if steps else q_end  # (the growth after it is of the years: a fact of its own)
            growth = _growth_after(text, unit_end, s_end, vocab) if not rec.get("period") and not steps else None
            if growth:
                rec["growth"], q_end, growth_qualifier = growth
                rec["qualifier"] = rec["qualifier"] or growth_qualifier
                period = period_of(text[m.end():q_end])
                if period:
                    rec["period"] = period
                covered.append((m.end(), q_end))
            top = _RANGE_TOP.match(text, unit_end) if unit == "%" and not m.group("post") and not growth else None
            if top:  # 经济增长预期目标为6%-6.5%: a range, its top kept for the growth it is (_change_as_growth)
                rec["top"], q_end = _number(top.group(1)), top.end()
                post = vocab.bound_after_re.match(text, q_end)
                if post.group():
                    rec["qualifier"], q_end = rec["qualifier"] or post.group(), post.end()
            noun = noun if noun and name.endswith(noun) else name
            noun = noun.removesuffix(appended) if appended else noun  # (the words the text has after the count)
            named_after = text.find(noun, m.end(), s_end)
            if named_after == m.end() + (len(m.group("paren") or "")) or named_after == m.end():
                q_end = max(q_end, named_after + len(noun))  # the quote holds the name it was given
                worked = _with_work_done(rec["name"], noun, done, vocab) if done else None
                if worked:  # 71个…设施基本建成: what was done with them, not a stock of them
                    rec["name"], q_end = worked, max(q_end, done.end())
            lead = len(verbs_listed) if verbs_listed and verbs_listed in name + verb else 0  # (the quote holds them)
            rec["quote"] = text[min(q_start, c_start - lead):q_end]
            if each:
                rec["each"] = True
            if steps:
                rec["steps"] = True  # (a threshold: the growth after it is no level's)
            if of_opening:
                rec["of_opening"] = True
            out.append(rec)
            covered.append((m.start(), q_end))
        out += _in_words(text, s_start, s_end, vocab, covered) + \
            _growth_in_words(text, s_start, s_end, vocab, covered, out[first:])
        out += _price_indices(text, s_start, s_end, vocab, covered)
        joined = _join_totals(text, s_start, _join_opening(text, s_start, out[first:], vocab.names), vocab.names)
        out[first:] = attach_growths(text, s_start, joined, vocab)
        for before, rec in zip(out[first:], out[first + 1:], strict=False):
            _growth_of_both(text, s_start, before, rec)
        out += _ratios(text, s_start, s_end) + _ranks(text, s_start, s_end, out[first:])
        out += _multiples(text, s_start, s_end, out[first:], vocab) + _comparisons(text, s_start, compared, out[first:])
        for fig in out[first:]:  # where each quote is: the same words may stand in another sentence too (排名全省第一)
            fig.setdefault("at", _located(text, fig["quote"], s_start))
        _done_to_each_item(text, out[first:], vocab)
        _of_the_opening_part_of_year(text, s_start, out[first:])
    return [fig for fig in out if not _swallows_its_figure(fig)]


# a name ending in a figure of its own (开行中欧班列1225列, 参保人数扩大到510万): the growth after it is drafted,
# its level is not read (a unit not known); such a record misreads the name: 8 judged, none right
_FIGURE_AT_THE_END = re.compile(r"(?<=[\u4e00-\u9fff])\d+(?:\.\d+)?[万亿千百]?[\u4e00-\u9fffA-Za-z]{1,3}$")


def _swallows_its_figure(fig: dict) -> bool:
    """Whether a growth's name holds the level it was said with (…班列1225列，增长20.5%)."""
    return fig.get("value") is None and not fig.get("ratio") and bool(_FIGURE_AT_THE_END.search(fig.get("name") or ""))


def _done_to_each_item(text: str, recs: list[dict], vocab: Vocab) -> None:
    """A list item right after one that opens with what was done to it (化解煤炭产能825万吨、钢铁产能157万吨):
    the same was done to it, when the two count the same kind of thing (the same head, the same unit)."""
    for prev, rec in zip(recs, recs[1:], strict=False):
        if prev.get("value") is None or rec.get("value") is None or prev.get("unit") != rec.get("unit"):
            continue
        verb = _leading_verbs(prev["name"], vocab)
        end = prev["at"] + len(prev["quote"])
        if not verb or rec["at"] != end + 1 or text[end] != "、" or not rec["quote"].startswith(rec["name"]) \
                or opens_with_verb(rec["name"], vocab) or prev["name"][-2:] != rec["name"][-2:]:
            continue
        rec["name"] = verb + rec["name"]


def _leading_verbs(name: str, vocab: Vocab) -> str:
    """The verbs a name opens with after its adverbs (化解, 关闭退出, 大力实施 → 实施), before what they were done
    to; none when it opens with a hedge (争取) or a word of one character (为, 有, 新)."""
    rest, verbs = name, ""
    while True:
        word = next((w for w in vocab.verb_words if rest.startswith(w)), None)
        if word is None or len(rest) - len(word) < 2:
            return verbs if len(verbs) >= 2 and not verbs.startswith(HEDGES) else ""
        if word not in vocab.adverbs or verbs:
            verbs += word
        rest = rest[len(word):]


def _bare_level_before(text: str, s_start: int, level: dict, until: int) -> int:
    """Where a drafted level with no growth or period of its own stands, when only a comma parts it from the
    clause at `until`; -1 otherwise."""
    at = text.find(level["quote"], s_start)
    if at < 0 or level.get("value") is None or level.get("growth") is not None or level.get("period") \
            or text[at + len(level["quote"]):until].strip() not in ("，", ","):
        return -1
    return at


def _growth_of_both(text: str, s_start: int, before: dict, rec: dict) -> None:
    """城镇居民人均可支配收入32120元，农村居民人均可支配收入13419元，均增长7.5%: the growth said of both levels
    is the one before's too (its quote then runs to the growth)."""
    if rec.get("growth") is None or rec.get("value") is None or before.get("unit") != rec.get("unit") \
            or not re.search(r"[，,]\s*均(?:比上年)?增长", rec["quote"]):
        return
    rec_at = text.find(rec["quote"], s_start)
    at = _bare_level_before(text, s_start, before, rec_at) if rec_at > 0 else -1
    if at >= 0:
        before["growth"], before["quote"] = rec["growth"], text[at:rec_at + len(rec["quote"])]


def _located(text: str, quote: str, s_start: int) -> int:
    """Where `quote` stands from its sentence's start on ("2%" is not the end of "12%"); -1 if nowhere."""
    at = text.find(quote, s_start)
    while at > 0 and quote[:1].isdigit() and (text[at - 1].isdigit() or text[at - 1] == "."):
        at = text.find(quote, at + 1)
    return at


_TOTAL = TOTALS


def _join_opening(text: str, s_start: int, figs: list[dict], names: Names | None) -> list[dict]:
    """地方一般公共预算收入增长9.2%，首次突破500亿元，达到502亿元: a level of the subject the sentence opened with
    is one record with that subject's growth before it (a growth of its own after it, 年均增长14.4%, is then a
    fact of its own); the increases and the thresholds crossed on its way that name no subject (总量跨过2万亿元大关,
    又增产1454万吨) are no facts (a threshold of the subject, 突破2万亿元, is one: a rounded level)."""
    out: list[dict] = []
    for fig in figs:
        if not fig.pop("of_opening", False):
            out.append(fig)
            continue
        subject = names.canonical_name(fig["name"]) if names else fig["name"]  # (经济总量…达…: GDP)
        mine = [f for f in out if subject in (f["name"], names and names.canonical_name(f["name"]))]
        out = [f for f in out if f in mine or not (f["quote"] in fig["quote"] and f.get("value") is not None)]
        if any(f["quote"] in fig["quote"] and f.get("qualifier") in ROUNDED and not exact_after_rounded(f, fig)
               and not text.startswith(_LANDMARKS, text.find(f["quote"], s_start) + len(f["quote"])) for f in mine):
            continue  # 突破100亿元，达到230亿元: not the same quantity, whatever it is (突破1000亿元大关: a landmark)
        grown = next((f for f in reversed(mine) if f.get("value") is None and f.get("growth") is not None), None)
        begin = text.find(grown["quote"], s_start) if grown else -1
        if begin < 0 or grown.get("period") and fig.get("growth") is not None and not fig.get("period"):
            out.append(fig)  # (…年均增长12%，2007年达到9145亿元，年增长14.4%: the level's own growth is the year's)
            continue
        finish = text.find(fig["quote"], begin) + len(fig["quote"])
        out.remove(grown)
        further = {**fig, "value": None, "unit": None} if fig.get("growth") is not None else None
        joined = {**fig, "name": grown["name"], "growth": grown["growth"], "growth_max": grown.get("growth_max"),
                  "quote": text[begin:finish], "qualifier": fig.get("qualifier") or grown.get("qualifier")}
        joined.pop("period", None)  # (the growth's period, 比2010年, if any: the level's own went to `further`)
        if grown.get("period"):
            joined["period"] = grown["period"]
        out.append(joined)
        if further:
            out.append(further)
    return out


def _join_totals(text: str, s_start: int, figs: list[dict], names: Names | None) -> list[dict]:
    """国内生产总值增长5%，总量达到140.19万亿元: a level named only 总量 belongs to the growth before it
    (one fact, one record, quoted from the growth to the level); so does a level of the same headline
    indicator (地区生产总值增长5.7%，…，经济总量达到64697亿元) when neither says a period."""
    out: list[dict] = []
    for fig in figs:
        prev = out[-1] if out else None
        same = bool(prev and names and not prev.get("period") and not fig.get("period")
                    and names.canonical_name(fig["name"]) is not None
                    and names.canonical_name(fig["name"]) == names.canonical_name(prev["name"]))
        if ((fig["name"] in _TOTAL or same) and prev and prev.get("value") is None and prev.get("growth") is not None
                and fig.get("growth") is None):
            begin = text.find(prev["quote"], s_start)
            finish = text.find(fig["quote"], max(begin, s_start))
            if begin >= 0 and finish >= 0:  # (the level may stand inside the growth's quote: 突破百亿元，增长26%)
                end = max(begin + len(prev["quote"]), finish + len(fig["quote"]))
                prev.update(value=fig["value"], unit=fig["unit"], quote=text[begin:end])
                prev["qualifier"] = prev.get("qualifier") or fig.get("qualifier")
                if fig.get("value_text"):
                    prev["value_text"] = fig["value_text"]
                continue
        out.append(fig)
    return out


_IN_WORDS = re.compile(r"(?P<pre>突破|超过|超|达到|达|跨越|跨上|迈上|迈过)(?P<cn>[一二两三四五六七八九]?[十百千万])"
                       r"(?:(?P<unit>万亿元|亿元|亿美元|万亿美元|亿斤|万吨|万人)|(?P<big>万亿|亿)?(?P<base>美元|元)?大关|"
                       r"(?P<yuan>亿)(?=[，,、]))")  # (突破万亿，达到1.14万亿元: 亿元 without its 元)


def _in_words(text: str, s_start: int, s_end: int, vocab: Vocab, covered: list[tuple[int, int]]) -> list[dict]:
    """A headline level written in words (财政总收入突破千亿元, 生产总值突破两万亿元): its value and the
    words (`value_text`). Only a headline indicator's, or one whose clause names nothing, which joins the growth
    before it: 超百亿元 elsewhere is a threshold, not a figure."""
    from ..provenance import parse_chinese_number

    out = []
    for m in _IN_WORDS.finditer(text, s_start, s_end):
        if any(a <= m.start() < b for a, b in covered) or vocab.names is None:
            continue
        c_start = _clause_start(text, m.start(), s_start)
        if _INCREASE.search(text, c_start, m.start()):
            continue  # 地区生产总值净增超万亿元: an increase, no level
        name = _name_before(text[c_start:m.start()], vocab)
        each = _EACH.search(text, c_start, m.start())
        both = _pair_of_headlines(_name_before(text[c_start:each.start()], vocab), vocab) \
            if each and not _EACH_EXACT_AFTER.match(text, m.end()) else None  # (…均突破万亿元，分别达到13612亿元…)
        name = both or name  # 存款贷款余额总量双超万亿元大关: the deposits' and the loans'
        value = parse_chinese_number(m.group("cn"))
        if value is None or name and not both and not vocab.names.canonical_name(name) \
                and not _each_headline(name, vocab):
            continue  # (with no name of its own: the level of the growth before it, …增长9.4%，突破两万亿元)
        qualifier = m.group("pre") if m.group("pre") in vocab.prefix_qualifiers else None
        unit = m.group("unit") or ("亿元" if m.group("yuan") else  # (过万亿, 突破千亿大关: 亿元)
                                   (m.group("big") or "") + (m.group("base") or "元"))
        words = m.group("cn")
        if words.endswith("万") and unit.startswith("亿"):  # 两万亿元: 2 万亿元, as written (万亿元: 1 万亿元)
            words, unit = words[:-1] or None, "万" + unit
            value = parse_chinese_number(words) if words else 1
        rec = {"name": name, "value": value, "unit": unit, "growth": None, "qualifier": qualifier,
               "quote": text[c_start:m.end()]}
        rec = {**rec, "value_text": words} if words else rec
        out.append({**rec, "each": True} if both else rec)
        covered.append((m.start(), m.end()))
    return out


def _pair_of_headlines(subject: str, vocab: Vocab) -> str | None:
    """A subject naming two headline indicators at once (存贷款余额, 存款贷款余额总量), as the pair's name (总量
    dropped), when each of the two is one; else None."""
    subject = re.sub(r"(?<=..)总量$", "", subject)
    pair = distribute(subject, 2)
    return subject if pair and vocab.names is not None and all(vocab.names.canonical_name(n) for n in pair) else None


_PRICE_INDEX = re.compile(r"(?P<name>[^，,。；;、：:\s\d]{0,12}价格(?:总)?指数)(?:为|是|达到|达|(?:控制|调控|保持)在)?"
                          r"(?P<num>\d{2,3}(?:\.\d+)?)(?P<post>左右|以内|以下)?(?=[，,。；;）)]|$)")


def _price_indices(text: str, s_start: int, s_end: int, vocab: Vocab, covered: list[tuple[int, int]]) -> list[dict]:
    """A price index written as its level, without a unit (居民消费价格指数103.4: the previous year 100)."""
    out = []
    for m in _PRICE_INDEX.finditer(text, s_start, s_end):
        value = _number(m.group("num"))
        if any(a <= m.start("num") < b for a, b in covered) or not 80 <= value <= 130:
            continue
        c_start = _clause_start(text, m.start(), s_start)
        name = _name_before(text[c_start:m.end("name")], vocab)  # (…指数控制在103左右: the index is the name)
        if not is_name(name) or verb_like(name, vocab):
            continue
        out.append({"name": name, "value": value, "unit": None, "growth": None, "qualifier": m.group("post"),
                    "quote": text[c_start:m.end()]})
        covered.append((m.start(), m.end()))
    return out


def _measured(name: str, vocab: Vocab) -> bool:
    """A subject that plainly names a quantity (a headline indicator, or a short noun phrase ending in a
    measure: …排放量, …交易额, …产值) and no phrase around one (提前实现国内生产总值, 违建增量“)."""
    if vocab.names is not None and vocab.names.canonical_name(name):
        return True
    return (name.endswith(tuple(vocab.measure_endings)) and name not in TOTALS and len(name) <= 14
            and not re.search(r"[\d“”\"]|以(?![上下内])|[再到把将]|使(?!用)|(?<!转)让", name)
            and not any(v in name for v in vocab.verbs if len(v) >= 2))


# (not 翻一番半, a growth of no whole doubling)
_GROWTH_IN_WORDS = re.compile(r"(?P<pre>接近|超过)?翻了?(?P<n>[一两三])?番(?!半)(?P<post>有余|以上|多)?"
                              r"|(?P<zero>零增长)")
_DOUBLINGS = {"一": 1, "两": 2, "三": 3}


# a clause saying a growth in words of each figure before it, naming no subject (均比2000年翻了一番以上, 均实现翻两番)
_OF_EACH_BEFORE = re.compile(rf"\s*均(?:比(?:{_BASE}))?(?:实现了?|已经?)?了?$")


def _growth_in_words(text: str, s_start: int, s_end: int, vocab: Vocab, covered: list[tuple[int, int]],
                     drafted: list[dict]) -> list[dict]:
    """A growth in words said of a subject: 地区生产总值翻番有余 (100%, 翻两番 300%), 氮氧化物排放量实现零增长
    (0%). Said of no subject but a base right after a level (地区生产总值11022亿元，比2002年翻一番) it is that
    level's growth over the base; otherwise (…3000亿元，接近翻一番，年均增长13.8%) no fact of its own."""
    out = []
    for m in _GROWTH_IN_WORDS.finditer(text, s_start, s_end):
        if any(a <= m.start() < b for a, b in covered):
            continue
        c_start = _clause_start(text, m.start(), s_start)
        name = _name_before(text[c_start:m.start()], vocab)
        growth = 0 if m.group("zero") else _doubling(m)
        base = _BASE_ONLY.fullmatch(text[c_start:m.start()].strip())
        if base and drafted and not m.group("pre"):
            _over_a_base(text, s_start, drafted[-1], c_start, m.end(), growth, base.group(1))
        each = _each_headline(name, vocab)  # (…和…均实现比2010年翻一番: each one's, split by attach_growths)
        name = each or name
        of_each_before = drafted and _OF_EACH_BEFORE.match(text, c_start, m.start())
        if not each and not of_each_before and (not is_name(name) or verb_like(name, vocab) or NO_SUBJECT.match(name)
                                                or not _measured(name, vocab)):
            continue
        rec = {"name": name, "value": None, "unit": None, "growth": growth,
               "qualifier": m.group("post") or m.group("pre"), "quote": text[c_start:m.end()],
               **({"each": True} if of_each_before else {})}  # (…，均比2000年翻了一番以上: of each figure before)
        years = re.search(r"(?<![连续前近一二三四五六七八九十两])([两三五十])年", text[c_start:m.start()])
        period = period_of(text[c_start:m.start()]) or (years.group() if years else None)
        if period:  # 比2005年翻一番, 五年翻两番
            rec["period"] = period
        out += [{**rec, "name": n, "quote": text[listed:m.end()]}
                for n, listed in _listed_before(text, c_start, s_start, vocab)]
        out.append(rec)
        covered.append((m.start(), m.end()))
    return out


def _each_headline(name: str, vocab: Vocab) -> str:
    """A subject that lists headline indicators and ends in 均 (规模以上工业增加值和服务业增加值均(突破万亿元), …均实现
    (比2010年翻一番)): a figure said of each of them; the subject up to 均, or ""."""
    name = re.sub(r"(?<=均)(?:实现|达到|保持)$", "", name)
    items = [n for n in LIST_SEPARATORS.split(name[:-1]) if n] if said_of_each(name) else []
    each = len(items) > 1 and vocab.names is not None and all(vocab.names.canonical_name(n) for n in items)
    return name if each else ""


def _listed_before(text: str, c_start: int, s_start: int, vocab: Vocab) -> list[tuple[str, int]]:
    """The headline subjects listed with 、 before a clause's subject, when every item is one (地区生产总值、
    居民人均可支配收入比2010年翻一番: the doubling is of both), with where the list starts; else []."""
    listed = _list_start(text, c_start, s_start, vocab.figure_re)
    if listed >= c_start or vocab.names is None:
        return []
    names = [_name_before(item, vocab) for item in text[listed:c_start - 1].split("、")]
    return [(n, listed) for n in names] if all(vocab.names.canonical_name(n) for n in names) else []


def _doubling(m: re.Match) -> int:
    """The growth in % a doubling in words says (翻一番 100, 翻两番 300)."""
    return (2 ** _DOUBLINGS.get(m.group("n") or "一", 1) - 1) * 100


_SAID_AFTER = re.compile(r"[，,、](?:实现了?|已经|已)?")


_DOUBLED_IN_DIGITS = re.compile(r"[，,]\s*翻了?\d+(?:\.\d+)?番(?=[，,])")


def _doubled_after(text: str, end: int) -> tuple[int, int, str | None] | None:
    """A doubling said right after a level reached (…增加到21658元，实现翻番): (growth, end, qualifier)."""
    said = _SAID_AFTER.match(text, end)
    m = _GROWTH_IN_WORDS.match(text, said.end()) if said else None
    if not m or m.group("zero"):
        return None
    return _doubling(m), m.end(), m.group("post") or m.group("pre")


_BASE_ONLY = re.compile(r"(比\d{4}年(?:底|末)?)")


def _over_a_base(text: str, s_start: int, level: dict, c_start: int, end: int, growth: int, base: str) -> None:
    """The level drafted right before a growth over a base said of no subject takes it (and its base as period)."""
    at = _bare_level_before(text, s_start, level, c_start)
    if at >= 0:
        level.update(growth=growth, period=base, quote=text[at:end])


def _from_to(text: str, s_start: int, s_end: int, vocab: Vocab) -> tuple[list[dict], tuple[int, int]] | None:
    """地区生产总值由2012年的7529亿元增加到2017年的10920亿元，年均增长9%: one record, the level reached
    (the earlier level is its starting point, not a figure of its own); 城乡居民人均可支配收入分别从A、B
    增至C和D: one record a subject. A clause that does not name its subject is covered, not drafted."""
    units = "|".join(re.escape(u) for u in sorted(vocab.units, key=len, reverse=True))
    post = "|".join(re.escape(q) for q in sorted(vocab.suffix_qualifiers, key=len, reverse=True))
    when = r"(?:(?:\d{4}年|上年|“[^”]{1,8}”)(?:(?:期|时期)?末的|(?:期|时期)?末|底的|时期的|的)?)?"  # (由“九五”期末的…)
    when += rf"(?:{_PER_HEAD}|每人|每年|每月)?"  # 由每人每年320元提高到380元
    one = rf"\d+(?:\.\d+)?(?:{units})"
    # (从37亿元连续迈上50亿元、100亿元两个台阶，达到108.3亿元: the thresholds crossed on the way)
    steps = r"(?:(?:连续|相继|先后)?(?:迈上|跨上|跨越|越过)[^，,。；;]{1,30}?(?:台阶|大关)[，,]达)"
    m = re.compile(rf"(?:分别)?(?:由|从){when}\s?(?P<a>{one}(?:[、和及与]{one})*)[，,]?"  # (…272.3亿元，增加到…)
                   rf"(?:分别)?(?:大幅|大幅度|逐步|进一步|稳步|持续)?"
                   rf"(?:(?:{_CHANGE_VERBS}|{steps})?(?:到|至)|(?:{_CHANGE_VERBS})为){when}"  # (由3.6%下降为2.1%)
                   rf"(?P<bpre>超过|超|近|约|突破)?"  # 从15.9亿美元增加到超1万亿美元
                   rf"(?P<b>{one}(?:{post})?(?:[、和及与]{one}(?:{post})?)*)").search(text, s_start, s_end)
    if not m:
        return None
    c_start = _list_start(text, m.start(), s_start)  # 城镇、农村居民人均可支配收入分别由…
    name = _unlead(_name_before(text[c_start:m.start()], vocab))
    if not name and c_start > s_start:  # 生产总值跃上千亿元台阶，从552亿元增至1052.6亿元
        before = _clause_start(text, c_start - 1, s_start)
        opening = vocab.names.opening(text[before:c_start - 1]) if vocab.names is not None else None
        alone = _name_before(text[before:c_start - 1], vocab)  # 研究与实验发展经费，从…增加到…: a subject alone
        alone = _RAISED.sub("", alone)  # 提高财政收入占GDP的比重，由13%提高到13.8%: what is raised
        if (not opening or alone.startswith(opening) and _SHARE.search(alone)) and is_name(alone) \
                and (before == s_start or text[before - 1] in "：:；;") and not verb_like(alone, vocab) \
                and (_measured(alone, vocab) or _SHARE.search(alone) and len(alone) <= 16):  # (…占GDP的比重)
            opening = alone
        if opening and not vocab.figure_re.search(text, before, c_start):
            c_start, name = before, opening
        elif not opening and vocab.names is not None and re.fullmatch(r"[^，,。；;]+台阶", text[s_start:c_start - 1]):
            opening = vocab.names.opening(text[s_start:c_start - 1])  # 财政收入跨越200亿元、300亿元两个台阶，由…
            c_start, name = (s_start, opening) if opening else (c_start, name)
    reached = re.findall(rf"(\d+(?:\.\d+)?)({units})({post})?", m.group("b"))
    name = _after_another_figure(name, reached[0][1] if reached else "", vocab)  # (…3954万亩、森林覆盖率从…)
    names = (distribute(name, len(reached), vocab.head_nouns) if len(reached) > 1 else [name]) if name else None
    if not names or len(names) != len(reached):
        return [], (m.start(), m.end())
    per_head = [_PER_HEAD_AT_END.sub("", n) for n in names]  # 高校助学金标准平均每生每年由2000元…: the standard
    if any(n != whole and len(n) < 3 for n, whole in zip(per_head, names, strict=True)):
        return [], (m.start(), m.end())  # (小学、中学每生每年由500元、750元…: what the amounts are of is said before)
    names = per_head
    growths: list[tuple] = [(None, None)] * len(reached)
    end = m.end()
    doubled = _DOUBLED_IN_DIGITS.match(text, end, s_end)  # (…增加到1.3万亿元，翻1.16番，年均增长13%: the yearly
    after = doubled.end() if doubled else end  # growth is the level's, the doubling in 番 no figure of its own)
    growth = (_growth_after(text, after, s_end, vocab) or _doubled_after(text, end)) if len(reached) == 1 else None
    if growth:
        growths, end = [(growth[0], growth[2])], growth[1]
    quote = text[c_start:end]
    growths += [(None, None)] * (len(reached) - len(growths))
    records = [{"name": n, "value": _number(num), "unit": unit, "growth": g, "qualifier": q or gq, "quote": quote}
               for n, (num, unit, q), (g, gq) in zip(names, reached, growths, strict=True)]
    if m.group("bpre"):
        records[0]["qualifier"] = records[0]["qualifier"] or m.group("bpre")
    if growth and period_of(text[m.end():end]):
        records[0]["period"] = period_of(text[m.end():end])
    return records, (m.start(), end)


# all the deposits or loans grown, said without their balance (金融机构各项贷款增加…, not 小额担保贷款增加…)
_ALL_LOANS_GROWN = re.compile(rf"(?:银行业?)?(?:金融机构)?(?:本外币|人民币)?(?:各项)?(存款|贷款){GROWN_SINCE}")
# an amount a head (由每人每年320元…; 补助标准每生每年由…, 年人均: after a 由…到's subject, no part of its name)
_PER_HEAD = "每人每年|每人每月|每生每年|人均每年|年人均|月人均"
_PER_HEAD_AT_END = re.compile(rf"(?<=..)(?:平均)?(?:{_PER_HEAD})$")


# a name that opens with the last of a list of examples (环境保护等民生领域的支出): what they are examples of
_EXAMPLES_OF = re.compile(r"^[^等\d]{2,12}等(?!级|等)(?P<what>[^等]{2,})$")


# the cities the air is measured in, before what is measured (地级以上城市, 主要城市, 县城以上城市): a scope
_CITIES_MEASURED = re.compile(r"^(?:地级及以上|地级以上|设区市|设区的市|县级及以上|县级以上|"
                              r"县城及以上|县城以上|主要|重点)?城市(?=(?:环境)?空气|PM|细颗粒物|可吸入颗粒物)")
# a hedge inside a name, after its subject and before what is to be done (公路建设力争完成投资)
_HEDGE_INSIDE = re.compile(rf"(?<=..)(?:{'|'.join(HEDGES)})(?=完成|实现|达到|新增)")


def name_figure(fig: dict, names: Names | None) -> dict:
    """A drafted figure named as reports name it: a hedge (预计, 力争 …) becomes a field, never part of
    the name; a headline indicator takes its canonical name (全市地区生产总值 → 地区生产总值), and
    a rise that states a level (居民消费价格上涨2.3%) becomes that level."""
    lead = re.split(r"\d", fig["quote"], maxsplit=1)[0]  # 外贸出口力争增长5%: a hedge before the figure
    hedge = next((h for h in HEDGES if fig["quote"].lstrip().startswith(h) or fig["name"].startswith(h)), None) \
        or next((h for h in HEDGES if h in lead and h != "争取"), None)  # (争取500万吨…项目: a verb)
    if hedge and f"{hedge}了" not in lead:  # (确保了粮食总产量实现…: done, no hedge)
        fig.setdefault("hedge", hedge)
        fig["name"] = _HEDGE_INSIDE.sub("", fig["name"])  # 公路建设力争完成投资300亿元: 公路建设完成投资, hedged
    fig["name"] = strip_leading(fig["name"]) or fig["name"]
    within = WITHIN_YEARS.match(fig["name"])  # 用三年时间新建农村公路: when, said by the year and period
    fig["name"] = fig["name"][within.end():] if within and len(fig["name"]) > within.end() + 1 else fig["name"]
    if fig.get("unit") != "个":  # 地级以上城市空气质量优良天数比率: the air's, wherever measured (11个重点城市空气质量
        fig["name"] = _CITIES_MEASURED.sub("", fig["name"])  # 明显好转 counts the cities)
    examples = _EXAMPLES_OF.match(fig["name"])  # (…、环境保护等民生领域的支出: the last example of a headline's)
    if examples and names is not None and names.canonical_name(examples.group("what")):
        fig["name"] = examples.group("what")
    month_end = _MONTH_END.search(fig["name"])  # 金融机构11月末各项存款余额: the balance as of then, the indicator
    unmonthed = fig["name"][:month_end.start()] + fig["name"][month_end.end():] if month_end else ""
    if unmonthed and names is not None and names.canonical_name(unmonthed):
        fig["name"] = unmonthed
    part = _PART_OF_YEAR.match(fig["name"])  # 前三季度地区生产总值增长10.4%: the indicator, over part of the year
    if part and names is not None and fig.get("period") in (None, "五年") \
            and names.canonical_name(fig["name"][part.end():]):  # (of a five-year review's part: still the part's)
        fig["name"], fig["period"] = fig["name"][part.end():], part.group(1)
    named = fig["name"] + (fig["verb"] if fig.get("verb") in ("新增", "净增") else "")  # (贷款余额新增300亿元)
    alone = _ALL_LOANS_GROWN.fullmatch(named) if fig.get("value") is not None else None
    grown = BALANCE_GROWN.search(named) if fig.get("value") is not None else None
    if grown or alone:  # 各项贷款余额比年初增加113亿元, 金融机构贷款增加2542亿元: the year's new loans, not the balance
        fig["name"] = "新增" + (grown or alone).group(1)
    if alone:
        fig["growth"] = None  # (…贷款增加2542亿元，增长18.2%: the balance's growth, not the new loans')
    _change_as_growth(fig, names)
    if fig["name"] in _INDUSTRY_ALONE and fig.get("unit") in RATE_UNITS:  # an industry alone in % or points is
        fig["name"] += "比重"  # its share (第三产业提高8.8个百分点); in money its output, a synonym of …增加值
    canonical = names.canonical_name(fig["name"]) if names else None
    if canonical and fig.get("unit") == "%" and not names.fits(canonical, "%") and fig.get("growth") is None \
            and re.search(r"实现(?:了)?$", lead):  # 生产总值能够实现6%左右: what an amount achieves in % is its growth
        fig["value"], fig["unit"], fig["growth"] = None, None, fig["value"]
    if canonical and fig.get("value") is not None and not names.fits(canonical, fig.get("unit")):
        canonical = None  # 研发投入2.5%: not the indicator of that name (an amount), whatever it is
    verb = fig.pop("verb", "")
    if verb and not canonical and fig.get("value") is not None and names is not None and len(fig["name"]) >= 4 and \
            names.unit_family_of(fig.get("unit")) not in ("money", "rate"):
        fig["name"] = verb + fig["name"]  # 完成森林碳汇工程350万亩: what was done, not a stock of it
        fig["name"] = names.canonical_name(fig["name"]) or fig["name"]  # (城镇就业新增3万人: 城镇新增就业)
    if canonical:
        fig["name"] = canonical
        if canonical in names.rise_is_level and fig.get("value") is None and fig.get("growth") is not None:
            fig["value"], fig["unit"], fig["growth"] = fig["growth"], "%", None
    return fig


# a figure of part of the year (前三季度地区生产总值): the part is its period
_PART_OF_YEAR = re.compile(r"(?:今年|去年|上年)?(前三季度|第?[一二三四]季度|上半年|下半年|1[-—–~至]\d{1,2}月|"
                           r"前\d{1,2}个?月)(?=..)")
_INDUSTRY_ALONE = ("第一产业", "第二产业", "第三产业", "服务业", "三产", "二产", "一产")
_MONTH_END = re.compile(r"(?:(?:1[0-2]|[1-9])月|^月)(?:末|底)")  # (12月末 once its number is cut: 月末)
_OPENING_PART = re.compile(rf"(?:{'|'.join(_SCOPES)})?{_PART_OF_YEAR.pattern}(?!以来|以后|起)")  # (not 第三季度以后)
_WHOLE_YEAR = re.compile(r"全年|年末|年底|(?:19|20)\d\d年")


def _of_the_opening_part_of_year(text: str, s_start: int, recs: list[dict]) -> None:
    """A sentence that opens with part of the year (一季度全省生产总值增速出现了新低，规模以上工业增加值下降5.1%，…):
    its later clauses say that part's figures too, until one says the whole year or another."""
    part = _OPENING_PART.match(text, s_start)
    if not part:
        return
    for rec in recs:
        at = rec.get("at", -1)
        said = text[part.end():at + len(rec["quote"])] if at >= 0 else ""
        if not said or _WHOLE_YEAR.search(said) or _PART_OF_YEAR.search(said):
            break  # (…，全年增长8%; 1-4月…，第一季度GDP增长14.5%: another time)
        if not rec.get("period") and at > part.end():
            rec["period"] = part.group(1)


def _change_as_growth(fig: dict, names: Names | None) -> None:
    """The size of a headline indicator's fall or rise (单位国内生产总值能耗降幅超过3%; 经济增长预期目标为7%) is its
    growth (-3, 超过; 7); of anything else it stays a figure of its own name (药品价格平均降幅达到60%以上)."""
    top = fig.pop("top", None)
    change = re.match(r"(.+?)(降幅|增幅|增长)$", fig["name"])
    if not change or names is None or fig.get("unit") != "%" or fig.get("value") is None or \
            fig.get("growth") is not None:
        return
    canonical = names.canonical_name(change.group(1))
    if canonical and canonical not in names.rise_is_level:
        sign = -1 if change.group(2) == "降幅" else 1
        fig.update(name=change.group(1), growth=sign * fig["value"], value=None, unit=None)
        if top is not None:
            fig["growth_max"] = sign * top


_GROWTH_SAID = re.compile(r"增长|增速|增幅|下降|提高|降低")


def _yearly_of_the_opening(text: str, s_start: int, c_start: int, start: int, name: str, vocab: Vocab) -> str | None:
    """A yearly growth after a clause that is no headline's (…两个大台阶，稳居第一方阵，年均增长13.4%) in a
    sentence that opens with a headline indicator and says no growth before it: that indicator's (as written)."""
    if vocab.names is None or NO_SUBJECT.match(name) or vocab.names.canonical_name(name) \
            or period_of(text[c_start:start]) != "年均" \
            or c_start <= s_start or _GROWTH_SAID.search(text, s_start, c_start):
        return None
    return vocab.names.opening(text[s_start:c_start])


# how a subject went on, after its name in the clause before a growth (外贸进出口实现恢复性增长，增速达到3.8%)
_WENT_ON = re.compile(r"(?<=..)(?:实现|保持|持续|继续|稳步|快速|恢复)[\u4e00-\u9fff]{0,8}$")


def _share_of_the_opening(text: str, s_start: int, c_start: int, name: str, vocab: Vocab) -> str | None:
    """A share said without its subject (…，占地区生产总值比重达到41.8%) of the headline indicator its sentence
    opens with (服务业增加值增速分别高于…: 服务业增加值占地区生产总值比重, 第三产业比重); else None."""
    if not name.startswith("占") or c_start <= s_start or vocab.names is None:
        return None
    subject = vocab.names.opening(text[s_start:c_start])
    return subject + name if subject and vocab.names.canonical_name(subject + name) else None


# the town or the country said alone after the residents' whole figure (…增长6.1%，其中城镇35720元、农村…)
_TOWN_OR_COUNTRY = re.compile(r"(?:其中[，,]?)?(?P<part>城镇|城市|农村)(?:居民)?(?:人均)?")
_OF_RESIDENTS = re.compile(r"(?:全体|全省|全市|全区)?居民(?P<rest>人均(?:可支配收入|消费支出))")


def _part_of_the_whole(text: str, s_start: int, c_start: int, name: str) -> str | None:
    """The town's or the country's share of the residents' figure its sentence said before (全体居民人均可支配收入…，
    其中城镇35720元 → 城镇居民人均可支配收入), when a clause names only 城镇/城市/农村; else None."""
    part = _TOWN_OR_COUNTRY.fullmatch(name)
    whole = list(_OF_RESIDENTS.finditer(text, s_start, c_start)) if part else []
    if not whole:
        return None
    return ("农村" if part.group("part") == "农村" else "城镇") + "居民" + whole[-1].group("rest")


# a growth said after its size (实现年均8.3%的中高速增长, 以15%的速度快速增长, 支撑了年均11.8%的经济增长)
_SIZE_OF_A_GROWTH = re.compile(r"的(?:[\u4e00-\u9fff]{0,4}速度)?[\u4e00-\u9fff]{0,4}增长(?![率点幅速目])")
_GROWTH_SAID_BEFORE = re.compile(r"(?:实现|保持|以|支撑)了?(?P<yearly>年均)?$")


def _growth_said_after(text: str, m: re.Match, s_start: int, s_end: int, vocab: Vocab) -> dict | None:
    """A headline indicator's growth said as its size first (经济实现年均8.3%的中高速增长; 实现了12.2%的经济增长:
    the economy's, 地区生产总值); None for any other subject (执行好20%的刚性增长, 汽车工业产值实现13%的增长)."""
    after = _SIZE_OF_A_GROWTH.match(text, m.end(), s_end) if m.group("unit") == "%" else None
    c_start = _clause_start(text, m.start(), s_start)
    lead = _GROWTH_SAID_BEFORE.search(text, c_start, m.start()) if after else None
    if not lead or vocab.names is None:
        return None
    name = "经济" if "经济增长" in after.group() else _name_before(text[c_start:lead.start()], vocab)
    if not name or not vocab.names.canonical_name(name):
        return None
    rec = {"name": name, "value": None, "unit": None, "growth": _number(m.group("num")),
           "qualifier": m.group("pre") or m.group("post"), "quote": text[c_start:after.end()]}
    return {**rec, "period": "年均"} if lead.group("yearly") else rec


def _growth_only(text: str, m: re.Match, s_start: int, vocab: Vocab) -> dict | None:
    """增长6%左右 / 下降2% / 增幅达到6.5% with no level before it: a growth-only record."""
    if m.group("unit") != "%":
        return None
    low = _RANGE_LOW.search(text, max(s_start, m.start() - 12), m.start())  # 增长6—6.5%: a range
    start = low.start() if low else m.start()
    while start > s_start and text[start - 1] in " \u3000":  # 增长 67.9 %
        start -= 1
    aside = _NOTE_BEFORE.search(text, max(s_start, start - 12), start)  # 增长（同比，下同）9%: a note between
    start = aside.start() if aside and not low else start
    minus = not low and start - 1 > s_start and text[start - 1] in "-−" and not text[start - 2].isdigit()
    start -= minus  # 增长-16.8%: a fall written as a negative growth
    before = text[max(s_start, start - 6):start]
    word = next((w for w in vocab.change_words if before.endswith(w)), None)
    if word is None or (before.endswith(("提高到", "达到")) and not word.endswith("达到")):
        return None  # 提高到78% / 达到92% state a level
    value = _number(m.group("num"))
    c_start = _clause_start(text, start - len(word), s_start)
    name = _name_before(text[c_start:start - len(word)], vocab)
    name = _part_of_the_whole(text, s_start, c_start, name) or name  # (…增长15%左右，其中，城市增长14%以上)
    if not name and c_start > s_start:  # 提高低保标准,增幅达到6.5%: the subject is the clause before
        before_start = _clause_start(text, c_start - 1, s_start)
        if all(text.startswith(_ON_THE_BASIS, f.end())  # …5153元，增长9.8%: the figure before has it (not a base)
               for f in vocab.figure_re.finditer(text, before_start, c_start)):
            c_start = before_start
            name = _name_before(text[c_start:start - len(word)].rstrip(",，、"), vocab)
            opening = _yearly_of_the_opening(text, s_start, c_start, start, name, vocab)
            c_start, name = (s_start, opening) if opening else (c_start, name)
            if (re.search(r"[，,]", name) or _WENT_ON.search(name)) and vocab.names is not None:  # (…负增长局面，
                name = vocab.names.opening(name) or name  # 2017年增长11%: no name; 外贸进出口实现恢复性增长，增速…)
    each = said_of_each(text[c_start:start - len(word)].strip())
    more = _GROWTH_LIST.match(text, m.end()) if not low else None
    c_start, name = _listed_subjects(text, s_start, c_start, start - len(word), name, bool(each or more), vocab)
    sign = -1 if word in vocab.fall_words or minus else 1  # (下降-3% is a fall of 3% too)
    bound = _BOUND_BEFORE.search(text[c_start:start - len(word)])  # 资费年内至少降低20%: the bound of the fall
    if bound:
        name = _name_before(text[c_start:start - len(word) - len(bound.group())], vocab)
    name = _with_its_count(text[c_start:start - len(word)], name)  # (10大重点专业镇营业收入增速…)
    supposed = _SUPPOSED.search(text, max(s_start, c_start - 24), c_start)  # 若剔除以上因素，(财政收入增长21.3%)
    out = {"name": name, "value": None, "unit": None, "growth": sign * value,
           **({"note": f"basis: {supposed.group(1)}"} if supposed else {}),
           "qualifier": m.group("pre") or m.group("post") or (bound and bound.group(1)), "quote": text[c_start:m.end()]}
    if each:
        out["each"] = True
    period = period_of(text[c_start:start])
    if period:  # 比2010年增长60%, 年均增长9%
        out["period"] = period
    if low:
        out["growth"], out["growth_max"] = sign * _number(low.group(1)), sign * value
    if more:  # 实际增长9.8%和8.5%: the growths of the subjects before, in order
        out["more"] = [sign * _number(x) for x in re.findall(r"\d+(?:\.\d+)?", more.group())]
        out["quote"] = text[c_start:more.end()]
    top = _RANGE_TOP.match(text, m.end()) if not m.group("post") and not more else None
    if top:  # 增长4.5%—5%: a range, its top in growth_max
        out["growth_max"], out["quote"] = sign * _number(top.group(1)), text[c_start:top.end()]
        post = re.match("|".join(map(re.escape, vocab.suffix_qualifiers)), text[top.end():])
        if post:
            out["qualifier"], out["quote"] = post.group(), text[c_start:top.end() + post.end()]
    return out


def _listed_subjects(text: str, s_start: int, c_start: int, end: int, name: str, several: bool,
                     vocab: Vocab) -> tuple[int, str]:
    """The start and name of a growth's subjects when its clause (c_start…end) is the last of a list of them
    (化学需氧量、氨氮排放量下降1%: one head shared; …、社会消费品零售总额各增长10%: of each; 城镇、农村居民人均
    可支配收入增长8.5%和8.9%: one growth each, in order, `several` saying so); the clause's own otherwise."""
    if not (c_start > s_start and text[c_start - 1] == "、" and name):
        return c_start, name
    listed = _list_start(text, c_start, s_start)
    whole = _name_before(text[listed:end], vocab)
    if not vocab.figure_re.search(text, listed, c_start) and "分别" not in text[listed:end] \
            and (shared_subjects(whole, vocab) or several and _listed_names(whole, True)):
        return listed, whole
    return c_start, name


_GROWTH_LIST = re.compile(r"(?:[、和及与]\d+(?:\.\d+)?%)+(?![\d.])")
_RANGE_TOP = re.compile(r"[—–\-~～至到](\d+(?:\.\d+)?)%")  # (— em dash, – en dash: 增长7.5%–8%)
_RANGE_LOW = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)[—–\-~～至到]$")


_APPENDIX_ITEM = re.compile(r"\s(?:\d{1,3}[.．]|[一二三四五六七八九十]+、)")
_RANK = re.compile(rf"(?:{RANK_VERBS})(?P<where>[^，,。；;排]{{0,12}}?)"  # (排放…排名全省第一: not 排)
                   r"(?:第(?P<n>[一二三四五六七八九十]{1,3})(?:位|(?=[，,。；;]|$))|(?P<n1>首)位)")


_RANKED_OF_BEFORE = ("", *TOTALS, "增速", "增幅", "总量和增速", "总数")  # a rank of the figure before it


def _ranks(text: str, start: int, end: int, before: list[dict] | None = None) -> list[dict]:
    """位居各旗市区第三位 / 均列呼伦贝尔市首位: a rank, value in words (value_text), named
    "<subject>在<where>排名". A clause without its subject (…50亿元，居全国第六位) or with only 总量/增速
    takes the subject of the figure before; a list of ranks (分列全国第三和第二位) or a rank whose
    subject is not said is left out."""
    from ..provenance import parse_chinese_number

    out = []
    for m in _RANK.finditer(text, start, end):
        words = m.group("n") or m.group("n1")
        value = parse_chinese_number(words)
        where = m.group("where").strip()
        if value is None or not re.fullmatch(r"[\u4e00-\u9fff]{1,10}", where) or re.search(r"第|和|至|升|评|测", where):
            continue
        c_start = _clause_start(text, m.start(), start)
        subject = _RANK_FILLER.sub("", text[c_start:m.start()].strip())
        compared = [r for r in before or () if not _COMPARED.search(r["name"])]  # (…高于全省1.4个百分点，增速居…)
        if subject in _RANKED_OF_BEFORE and compared:
            subject = strip_leading(compared[-1]["name"]) + subject
        elif subject in _RANKED_OF_BEFORE:
            continue  # (总数列全省第一 with no figure before it: of what, it does not say)
        if not is_name(subject) or len(subject) > 16 or subject.startswith(_TOTAL) or "排名" in subject or \
                re.search(r"\d", subject):  # (突破40万亿元并连续多年居世界首位: a figure, not a subject)
            continue
        out.append({"name": f"{subject}在{where}排名", "value": value, "value_text": words, "unit": "位",
                    "growth": None, "qualifier": None, "quote": text[c_start:m.end()]})
    return out


# a multiple of something other than a year's figure (是前11个五年计划投资总量的1.5倍): no figure inside it
_MULTIPLE_OF_OTHER = re.compile(r"(?<=[，,])(?:是|为|相当于)[^，,。；;的]{1,20}的\d+(?:\.\d+)?倍")
_MULTIPLE = re.compile(r"(?P<lead>分别|均|都)?(?:是|为|相当于)"
                       r"(?P<base>\d{4}年(?:末|底)?|“[^”]{1,6}”(?:期)?(?:末|时期|期间)|上年|[五十]年前)的"
                       r"(?P<nums>\d+(?:\.\d+)?倍(?:[、和]\d+(?:\.\d+)?倍)*)")


def _comparisons(text: str, s_start: int, compared: list[tuple[int, re.Match]], before: list[dict]) -> list[dict]:
    """…增长6%，高于全省1.4个百分点: how the figure before compares, named as the curated records
    are (地区生产总值增速高于全省); left out when no figure of the sentence comes before it."""
    out = []
    for c_start, m in compared:
        placed = _placed_before(text, s_start, c_start, before,
                                lambda r: is_name(r["name"]) and not _COMPARED.search(r["name"]))
        if not placed:
            continue  # (compared, but what is not said)
        prior = placed[-1][1]
        phrase = text[c_start:m.start()].strip()
        name = strip_leading(prior["name"]) + ("增速" if prior.get("growth") is not None else "") + phrase
        out.append({"name": name, "value": _number(m.group("num")), "unit": "个百分点", "growth": None,
                    "qualifier": m.group("pre") or m.group("post"), "quote": text[c_start:m.end()]})
    return out


def _multiples(text: str, start: int, end: int, before: list[dict], vocab: Vocab) -> list[dict]:
    """是2010年的2.1倍 / …921亿元，是“十一五”末的1.6倍: a multiple of a base year's figure, its own fact
    (unit 倍, period 比<base>). A clause without its subject takes the subject of the figure just
    before it in the sentence (quoted from there); a list (…890亿元、…65.76亿元，分别是…的1.5倍和1.7倍)
    the subjects of as many figures before it, and 均是…的1.7倍 each figure of the list before it."""
    out = []
    for m in _MULTIPLE.finditer(text, start, end):
        nums = [_number(n) for n in re.findall(r"\d+(?:\.\d+)?", m.group("nums"))]
        c_start = _clause_start(text, m.start(), start)
        own = _name_before(text[c_start:m.start()], vocab)
        if own and not NO_SUBJECT.match(own):  # 固定资产投资是2010年的2.1倍, 存款和贷款余额分别是…
            names = [own] if len(nums) == 1 else distribute(own, len(nums), vocab.head_nouns) or []
            subjects = [(name, c_start) for name in names]
        else:
            subjects = _subjects_before(text, start, c_start, before, m.group("lead"), len(nums))
        if len(subjects) != len(nums) and not (m.group("lead") in ("均", "都") and len(nums) == 1 and subjects):
            continue
        q_start = min(at for _, at in subjects) if subjects else c_start
        for (name, _), num in zip(subjects, nums * len(subjects) if len(nums) == 1 else nums, strict=False):
            if is_name(name) and not verb_like(name, vocab):
                out.append({"name": name, "value": num, "unit": "倍", "growth": None, "qualifier": None,
                            "period": f"比{m.group('base')}", "quote": text[q_start:m.end()]})
    return out


def _placed_before(text: str, s_start: int, c_start: int, before: list[dict], keep) -> list[tuple[int, dict]]:
    """The sentence's records (`before`, the sentence from `s_start`) that `keep` accepts and whose
    quote starts before `c_start`, with where it starts, in the order of the text."""
    placed = ((text.find(r["quote"], s_start), r) for r in before if keep(r))
    return sorted(((at, r) for at, r in placed if 0 <= at < c_start), key=lambda item: item[0])


def _subjects_before(text: str, s_start: int, c_start: int, before: list[dict], lead: str | None,
                     count: int) -> list[tuple[str, int]]:
    """The names (and where they are quoted from) of the sentence's figures before a clause: the last
    one, the last `count` (分别), or all of the last list (均: the figures quoted together)."""
    placed = _placed_before(text, s_start, c_start, before, lambda r: r.get("unit") != "倍")
    if not placed:
        return []
    if lead in ("均", "都"):
        last = placed[-1][1]["quote"]
        return [(r["name"], at) for at, r in placed if r["quote"] == last]
    chosen = placed[-count:] if lead == "分别" or count == 1 else []
    return [(r["name"], at) for at, r in chosen] if len(chosen) == count else []


# words between a ranked subject and its rank that are not part of its name
_RANK_FILLER = re.compile(r"(?:^(?:我市|我省|我区|全市|全省))|"
                          r"(?:分别|继续|连续\d+年|连续[两三四五]年|稳|均|分|跃|位|已|仍|名|排名)+$")


def _lists(text: str, s_start: int, s_end: int, vocab: Vocab):
    """Every 分别 list and every 由A到B of a sentence, as (records, covered span)."""
    for m in re.finditer("分别", text[s_start:s_end]):
        found = _respectively(text, s_start + m.start(), s_start, s_end, vocab)
        if found:
            yield found
    for found in (_paired(text, s_start, s_end, vocab), _paired_growths(text, s_start, s_end, vocab)):
        if found:
            yield found
    position = s_start
    while True:
        found = _from_to(text, position, s_end, vocab)
        if not found:
            return
        yield found
        position = found[1][1]


def _paired(text: str, s_start: int, s_end: int, vocab: Vocab) -> tuple[list[dict], tuple[int, int]] | None:
    """新增城镇就业和农村劳动力转移就业233万人和361万人次: subjects joined by 和 and as many levels joined by
    和 right after them (a 分别 list without 分别): one record each, in order."""
    if "和" not in text[s_start:s_end] and "、" not in text[s_start:s_end]:
        return None  # (most sentences: no regex built or run)
    units = "|".join(re.escape(u) for u in sorted(vocab.units, key=len, reverse=True))
    bound = "|".join(vocab.suffix_qualifiers)  # (…控制在3.5%以内和5.5%左右: each value's own bound)
    value = rf"\d+(?:\.\d+)?(?:{units})(?:{bound})?"
    m = re.compile(rf"(?P<values>{value}(?:[和、]{value})+)(?=[，,。；;]|、分别|$)").search(text, s_start, s_end)
    if not m:
        return None
    c_start = _list_start(text, m.start(), s_start, vocab.figure_re)  # (subjects listed with 、)
    # 学前三年、高中阶段、高等教育毛入学率达到93.3%、91.2%、48.3%; 城镇登记失业率、城镇调查失业率控制在3.5%以内和…
    listed = "、" in m.group("values") or c_start < _clause_start(text, m.start(), s_start)
    if text[c_start:m.start()].endswith(tuple(vocab.change_words)):
        return None  # …和…年均增长11.8%和11.7%: growths, read as such elsewhere
    name = _name_before(text[c_start:m.start()], vocab)
    values = re.split("[和、]", m.group("values"))
    # (城乡居民人均可支配收入达到30000元和12000元, 存贷款余额达2980亿元和1638亿元: a pair in one word)
    pair = len(values) == 2 and not re.search("[和与及、]", name)
    items = len(re.findall("[和、]", name)) if listed else name.count("和")
    bounds = [next((b for b in vocab.suffix_qualifiers if v.endswith(b)), None) for v in values]
    values = [v[:-len(b)] if b else v for v, b in zip(values, bounds, strict=True)]
    if listed and len({re.sub(r"^[\d.]+", "", v) for v in values}) > 1:
        return None  # 改造11.7万户、853.8万平方米: measures of one subject, not one each
    names = distribute(name, len(values), vocab.head_nouns) if items == len(values) - 1 or pair else None
    if listed and names and len({n[-2:] for n in names}) > 1:
        return None  # (压减生铁、粗钢、煤炭产能…: a head the items share that the names do not show)
    grown_after = re.match(r"[，,]分别[^，,。；;是为]{0,8}?增", text[m.end():])  # (read by _respectively)
    if "分别" in text[c_start:m.start()] or grown_after or not names or \
            not all(is_name(n) and not verb_like(n, vocab) for n in names):
        return None
    records = []
    for subject, raw, qualifier in zip(names, values, bounds, strict=True):
        num = re.match(r"\d+(?:\.\d+)?", raw).group()
        records.append({"name": subject, "value": _number(num), "unit": raw[len(num):], "growth": None,
                        "qualifier": qualifier, "quote": text[c_start:m.end()]})
    return records, (c_start, m.end())


def _paired_growths(text: str, s_start: int, s_end: int, vocab: Vocab) -> tuple[list[dict], tuple[int, int]] | None:
    """实际使用外资、对外投资年均增长5.9%和7.4%: subjects listed and as many growths joined by 和 or 、 after one
    word of change (a 分别 list without 分别): one record each, in order."""
    m = vocab.paired_growths_re.search(text, s_start, s_end) if "%" in text[s_start:s_end] else None
    if not m:
        return None
    c_start = _list_start(text, m.start(), s_start, vocab.figure_re)
    words = text[c_start:m.start()]
    growths = re.split("[和、]", m.group("growths"))
    name = _name_before(words, vocab)
    listed = name.count("、") + 1 if "、" in words else name.count("和") + 1  # (the whole list is the subject)
    whole = listed == len(growths) and words.count("、") == name.count("、") or name.startswith(("城乡", "存贷款"))
    names = distribute(name, len(growths), vocab.head_nouns, vocab.list_measures) \
        if whole and not re.search("分别|均|都", words) else None
    if not names or not all(is_name(n) and not verb_like(n, vocab) for n in names):
        return None
    sign = -1 if m.group("w") in vocab.fall_words else 1
    records = [{"name": subject, "value": None, "unit": None, "growth": sign * _number(g.rstrip("%")),
                "qualifier": None, "quote": text[c_start:m.end()]} for subject, g in zip(names, growths, strict=True)]
    for rec in records if m.group("yearly") else ():
        rec["period"] = "年均"
    return records, (c_start, m.end())


def _subject_count(subject: str) -> int:
    """How many subjects a 分别 list's subject names (城乡…: 2; 存贷款…: 2; A、B和C: 3), 0 when not a list."""
    subject = strip_leading(subject)
    if subject.startswith("城乡") or re.search(r"存(?:款)?[、和与及]?贷款", subject):
        return 2
    parts = [p for p in LIST_SEPARATORS.split(subject) if p]
    return len(parts) if len(parts) >= 2 and distribute(subject, len(parts)) else 0


_MAGNITUDE = re.compile(rf"^{MAGNITUDES}")
_FIVE_YEARS_AGO = r"[五5]年前"
_FIVE_YEARS_BEFORE = rf"{_FIVE_YEARS_AGO}|“十[一二三四五六]?五”(?:期)?末"  # (存贷款余额分别比五年前增加…)


def _respectively(text: str, at: int, s_start: int, s_end: int,
                  vocab: Vocab) -> tuple[list[dict], tuple[int, int]] | None:
    """…分别完成A和B,同比增长x%和y% / …分别增长a%、b%左右 / …分别控制在6.5%左右、4.5%以内: one record
    per value, in order, named by distributing the subject (城乡… → 城镇…, 农村…); a qualifier
    written once after the last value holds for all of them."""
    units = "|".join(re.escape(u) for u in sorted(vocab.units, key=len, reverse=True))
    post = "|".join(re.escape(q) for q in sorted(vocab.suffix_qualifiers, key=len, reverse=True))
    fig = rf"\d+(?:\.\d+)?(?:{units})(?:{post})?"
    pct = rf"\d+(?:\.\d+)?%(?:{post})?"
    bare = rf"\d+(?:\.\d+)?{MAGNITUDES}?(?=[、和及与])"  # a number whose unit is written once, after the
    # last (分别为2787.27、1445.77亿元), or its magnitude only (存贷款余额分别达5.8万亿、4.9万亿元)
    joined = r"[、和及与]\s?"  # (12.7％和 14.5％)
    words = "|".join(re.escape(w) for w in sorted(vocab.growth_words, key=len, reverse=True))
    change = "|".join(re.escape(w) for w in vocab.change_words)  # (分别下降3.5%和2%: falls too)
    base = (rf"(?P<base>(?:比|较)(?:{_BASE_YEAR}|{_FIVE_YEARS_AGO}|“[^”]{{1,8}}”(?:期)?末))?"
            r"(?:实际|名义|可比)?(?P<yearly>年均)?")  # (分别年均增长6.7%、8.8%)
    reached = "(?:提高|提升|增加|上升|下降|降低|减少)(?:到|至)|增至|降至"  # 分别提高到24%、58%: levels reached
    bounds = "突破|超过|超|小于|不超过|不低于|不少于|跃上|迈上|跨上"  # (分别小于3%、6%: each figure's qualifier)
    measure = "|".join(map(re.escape, sorted(vocab.carried_heads, key=len, reverse=True)))  # (分别实现增加值…)
    m = re.compile(rf"分别{base}(?:(?:完成|实现)(?P<measure>{measure})|完成|达到|实现|为|达|控制在|保持在|稳定在|是|"
                   rf"(?P<bound>{bounds})|{reached}|"
                   rf"(?:提高|增加|上升)了?(?=[\d.]+个?(?:[和、][\d.]+个?)*百分点)|(?P<grown>增加|新增|净增|(?:提高|上调)(?=[\d.]+[万亿]?元))(?=\d))?"
                   rf"(?P<values>(?:(?:{fig}|{bare}){joined})+{fig})"  # (分别为2787.27、1445.77亿元: the unit once)
                   rf"(?:[，,、]?{_PRICES}(?:分别|各|同比|均比上年|[比较](?:上年|去年)|均)?(?P<w>{change})\s?(?P<growths>{pct}(?:{joined}{pct})+))?"
                   ).match(text, at, s_end)
    only_growth = None
    if not m:
        held_to = rf"分别按(?P<base>)(?P<yearly>)(?P<w>)(?P<growths>{pct}(?:{joined}{pct})+)(?=掌握|安排|考虑)"
        only_growth = re.compile(rf"分别(?:按|再)?{base}(?P<w>{change})\s?(?P<growths>{pct}(?:{joined}{pct})*)").match(
            text, at, s_end) or re.compile(held_to).match(text, at, s_end)
        # (分别按增长8%、5%掌握, 分别按6%、9%掌握: the growths a plan holds to)
        if not only_growth:
            return None
    found = m or only_growth
    growths = _with_qualifiers(re.split(joined, found.group("growths") or ""), vocab)
    if found.group("w") in vocab.fall_words:  # 分别下降3.5%和2%
        growths = [("-" + g, q) for g, q in growths]
    if only_growth and len(growths) == 1:  # …能耗和二氧化碳排放量分别下降3.5%: one figure said of each subject
        each = _subject_count(_list_subject(text, at, s_start, 2, vocab)[0])
        if each < 2:
            return None
        growths *= each
    values = _with_qualifiers(re.split(joined, m.group("values")), vocab) if m else []
    said = re.compile(rf"(?:{words})$").search(text, s_start, at)  # …和…实际增长分别为60.7%和53.0%
    growth_period = None
    bound = m.groupdict().get("bound") if m else None  # 分别突破3万元和1万元: each a bound
    if m and said and not growths and all(raw.endswith("%") for raw, _ in values):
        growths, values, m = [(g, q or bound) for g, q in values], [], None  # growths of the subjects, not rates
        growth_period, at = period_of(said.group()), said.start()  # (增速分别超过9%、9.5%: each bounded)
    before = None if m else _values_before(text, at, s_start, fig, joined)
    if before and len(re.split(joined, before.group("values"))) == len(growths):
        values = _with_qualifiers(re.split(joined, before.group("values")), vocab)
        m, at = before, before.start()  # …达到54448元和22791元，分别增长6.8%和10%: the levels' growths
    if not m and not (before and len(re.split(joined, before.group("values"))) == len(growths)):
        levels = _levels_in_clauses(text, at, s_start, len(growths), vocab)
        if levels:  # …存款余额2959亿元，各项贷款余额2267亿元，分别比上年末增长11%和8%: each level its growth
            base = found.group("base") or ""
            period = None if re.search("上年|去年|年初", base) else period_of(base)
            records = [{**level, "growth": _number(g.rstrip("%")), "qualifier": q,
                        "quote": text[level["at"]:found.end()], **({"period": period} if period else {})}
                       for level, (g, q) in zip(levels, growths, strict=True)]
            for r in records:
                del r["at"]
            return records, (levels[0]["at"], found.end())
    after = None if m or before else _values_after(text, found.end(), s_end, fig, pct, joined)
    yearly: list[tuple[str, str | None]] = []
    if after and len(re.split(joined, after.group("values"))) == len(growths):
        values = _with_qualifiers(re.split(joined, after.group("values")), vocab)
        m = after  # …年均分别增长10.6%和11.5%，达到37362元和13491元: the growths' levels, in order
        own = _with_qualifiers(re.split(joined, after.group("own") or ""), vocab) if after.group("own") else []
        over_years = found.group("yearly") or text[s_start:at].endswith("年均")  # (…五年年均分别增长…)
        if own and over_years and len(own) == len(values):  # (…，年增长17%和15.2%: the year's own)
            yearly, growths = growths, own
    end = max(found.end(), m.end()) if m else found.end()
    count = len(values) if m else len(growths)
    name, c_start, period = _list_subject(text, at, s_start, count, vocab)
    period = period or growth_period
    base = found.group("base") if found.group("base") and not re.search("上年|去年|年初", found.group("base")) else None
    period = period_of(base or "") or base or period  # (比上年 is a year's growth, no period)
    period = "年均" if found.group("yearly") or (found.group("w") or "").startswith("年均") else period  # (，年均增长…)
    quote = text[c_start:end]
    measured = m.groupdict().get("measure") if m else None
    name = name + measured if measured and not name.endswith(measured) else name  # 一、二、三产业(分别实现)增加值
    names = distribute(name, count, vocab.head_nouns, vocab.list_measures)  # 城乡… → 城镇…, 农村…
    if names is None and LIST_SEPARATORS.search(name):
        return [], (c_start, end)  # (城市污水处理率、…和燃气普及率分别…: a list not split is no name for one figure)
    names = names or [name] * count
    if measured and not all(vocab.names and vocab.names.canonical_name(n) for n in names):
        return [], (c_start, end)  # (生物医药、高端装备…分别实现产值…: a measure said once fits headline subjects only)
    if m and m.groupdict().get("grown"):  # 存、贷款余额分别比年初增加1161.2亿元和1087.2亿元: the year's new loans
        grown = [BALANCE_GROWN.search(n + "增加") for n in names]
        if all(grown) and re.search("年初|年末|年底", m.group("base") or ""):
            names, period = ["新增" + g.group(1) for g in grown], None
        elif all(grown) and re.search(_FIVE_YEARS_BEFORE, m.group("base") or ""):  # (分别比五年前增加…: the
            names, period = ["新增" + g.group(1) for g in grown], "五年"  # loans added over the five years)
        elif m.group("values").endswith("元") and not m.group("base") and name.startswith("城乡") \
                and not re.search(r"[比较](?:\d{4}|上|去)年", text[max(s_start, at - 8):at]):  # (the rises:
            # 城乡低保标准分别提高25元、22元; other subjects do not split as well: 城镇企业和事业单位退休人员…)
            names, growths = [n + m.group("grown") for n in names], []
        else:
            return None  # (分别比上年增加1000元和500元, 分别增加439个和366个: rises over a base, no levels)
    if m:
        if growths and len(growths) != len(values):
            growths = []
        records = []
        nums = [re.match(r"\d+(?:\.\d+)?", raw).group() for raw, _ in values]
        last_unit = values[-1][0][len(nums[-1]):]  # (分别为2787.27、1445.77亿元: the unit written once)
        for i, ((raw, qualifier), num) in enumerate(zip(values, nums, strict=True)):
            growth, growth_qualifier = growths[i] if growths else (None, None)
            unit = raw[len(num):] or last_unit
            unit = unit + _MAGNITUDE.sub("", last_unit) if _MAGNITUDE.fullmatch(unit) else unit  # (5.8万亿: 万亿元)
            unit = last_unit if unit == "个" and last_unit == "个百分点" else unit  # (分别提高1.1个和1.6个百分点)
            records.append({"name": names[i], "value": _number(num), "unit": unit,
                            "growth": None if growth is None else _number(growth.rstrip("%")),
                            "qualifier": qualifier or growth_qualifier or bound, "quote": quote})
    else:
        records = [{"name": names[i], "value": None, "unit": None, "growth": _number(g.rstrip("%")),
                    "qualifier": q, "quote": quote} for i, (g, q) in enumerate(growths)]
    if yearly:  # the growths over the years, each its own fact; the levels keep the last year's growths
        records += [{"name": names[i], "value": None, "unit": None, "growth": _number(g.rstrip("%")),
                     "qualifier": q, "period": "年均", "quote": text[c_start:found.end()]}
                    for i, (g, q) in enumerate(yearly)]
    elif period:  # 分别比2005年实际增长…, 年均分别增长…
        records = [{**r, "period": period} for r in records]
    grown = _grown_since_the_start(text, end, s_end, records, fig, joined) if m else None
    if grown:  # 存贷款余额分别达到1452亿元和1018亿元，较年初增加179亿元和153亿元: the year's new ones too
        records, end = records + grown[0], grown[1]
    return records, (at, end)


def _grown_since_the_start(text: str, end: int, s_end: int, balances: list[dict], fig: str,
                           joined: str) -> tuple[list[dict], int] | None:
    """The year's new deposits and loans said right after their balances (…，较年初增加179亿元和153亿元), one
    record each; None when no such list follows or the subjects are no balances."""
    m = re.compile(rf"[，,](?:分别)?{SINCE_THE_YEARS_START}(?:分别)?{GROWN_SINCE}"
                   rf"(?P<values>{fig}(?:{joined}{fig})+)").match(text, end, s_end)
    grown = [BALANCE_GROWN.search(r["name"] + "增加") for r in balances]
    if not m or not all(grown) or len(re.split(joined, m.group("values"))) != len(balances):
        return None
    quote = text[text.rfind(balances[0]["quote"], 0, end + 1):m.end()]
    out = []
    for g, raw in zip(grown, re.split(joined, m.group("values")), strict=True):
        num = re.match(r"\d+(?:\.\d+)?", raw).group()
        out.append({"name": "新增" + g.group(1), "value": _number(num), "unit": raw[len(num):], "growth": None,
                    "qualifier": None, "quote": quote})
    return out, m.end()


# a growth's words that name no subject of their own: …分别达到18000元、6500元，扣除价格因素实际增长8%和11%
_PRICES = rf"(?:{PRICE_FACTORS}[，,]?)?"


def _levels_in_clauses(text: str, at: int, s_start: int, count: int, vocab: Vocab) -> list[dict] | None:
    """The levels of the `count` clauses just before a 分别 list of growths when each clause is one
    subject and one level (各项存款余额2959亿元，各项贷款余额2267亿元，分别…): records without growth, with
    where each clause starts (`at`), or None."""
    if at - 1 <= s_start or text[at - 1] not in "，,":
        return None
    starts = [s_start] + [i + 1 for i in range(s_start, at - 1) if text[i] in "，,；;"]
    if len(starts) < count:
        return None
    levels = []
    for start, end in zip(starts[-count:], [*starts[-count + 1:], at], strict=True):
        clause = text[start:end - 1]
        words = _WORDS_BEFORE.match(clause)
        m = vocab.figure_re.fullmatch(clause, words.end()) if words else None
        name = _name_before(clause[:m.start()], vocab) if m else ""
        if not m or m.group("post") or m.group("unit") == "%" or not is_name(name) or verb_like(name, vocab):
            return None
        levels.append({"name": name, "value": _number(m.group("num")), "unit": m.group("unit"),
                       "growth": None, "qualifier": m.group("pre"), "at": start})
    return levels


_WORDS_BEFORE = re.compile(r"[^\d，,。；;]+")


def _values_after(text: str, at: int, s_end: int, fig: str, pct: str, joined: str) -> re.Match | None:
    """The list of levels a clause right after a 分别 list of growths reaches (，达到37362元和13491元; …年均分别
    增长…，2007年分别达到12294元和3904元，年增长17%和15.2%: the last year's levels, with that year's growths)."""
    return re.compile(rf"[，,]\s*(?:\d{{4}}年(?:底|末)?)?(?:分别)?(?:达到|达|为|增至|增加到|提高到)"
                      rf"(?P<values>{fig}(?:{joined}{fig})+)"
                      rf"(?:[，,]\s*年(?:分别)?增长(?P<own>{pct}(?:{joined}{pct})+))?"
                      r"(?=[，,。；;]|$)").match(text, at, s_end)


def _values_before(text: str, at: int, s_start: int, fig: str, joined: str) -> re.Match | None:
    """The list of levels ending the clause just before a 分别 list of growths (城乡居民人均可支配收入
    达到54448元和22791元，分别增长…): its values, or None."""
    if at - 1 <= s_start or text[at - 1] not in "，,":
        return None
    start = _list_start(text, at - 1, s_start)  # (58125元、27511元，: the values' list runs over 、)
    return re.compile(rf"(?:完成|达到|实现|为|达)?(?P<values>{fig}(?:{joined}{fig})+)[，,]$").search(text, start, at)


def _listed_names(whole: str, listed: bool) -> bool:
    """Whether the subjects a figure is said of each of are names: a list written with 、 has no 和
    inside an item (规模以上软件和信息技术服务业营业收入 is one subject)."""
    items = whole.split("、") if listed else LIST_SEPARATORS.split(whole)
    return all(is_name(n) and not (listed and LIST_SEPARATORS.search(n)) for n in items)


def _unlead(name: str) -> str:
    """The subject of a 由…到 or 分别 list without the 把/将 that leads it (把…补助标准由12.5元提高到25元)."""
    return name[1:] if name[:1] in "把将" and len(name) > 3 else name


def _list_subject(text: str, at: int, s_start: int, count: int, vocab: Vocab) -> tuple[str, int, str | None]:
    """The subject of the 分别 list of `count` values at `at`, where it starts, and the period its words
    give: the subjects listed before it in its clause (城镇调查失业率、城镇登记失业率分别…), or, when its
    own clause holds only a period, headline indicators listed in the clause before, which holds no
    figure (…人均可支配收入和…人均可支配收入，年均分别增长7.3%和8.9%)."""
    c_start = _list_start(text, at, s_start, vocab.figure_re)
    name = _unlead(_name_before(text[c_start:at], vocab))
    period = period_of(text[c_start:at])
    if NO_SUBJECT.match(name) and c_start > s_start and vocab.names is not None:
        before = _list_start(text, c_start - 1, s_start, vocab.figure_re)
        if before > s_start and _CIRCUMSTANCE.fullmatch(text[before:c_start].strip("，, ")):
            c_start, before = before, _list_start(text, before - 1, s_start, vocab.figure_re)  # (…，在…情况下，分别…)
        subject = _name_before(_BOTH.sub("", text[before:c_start].rstrip("，,")), vocab)  # (…均突破万亿元，分别…)
        # …存款、贷款余额双双突破万亿元，分别达到…; 对…指标，分别按增长…
        subject = _BOTH.sub("", re.sub(r"^对(?!外)", "", subject))
        subject = re.sub(r"(?<=..)(?:等)?(?:主要)?指标$", "", subject)  # …、社会消费品零售总额指标，分别按增长…
        names = distribute(subject, count, vocab.head_nouns, vocab.list_measures) or []
        if not vocab.figure_re.search(text, before, c_start) and len(names) == count and \
                all(vocab.names.canonical_name(n) for n in names):
            c_start, name = before, subject
    return name, c_start, period


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


_RATIO_PARTS = r"\d+(?:\.\d+)?(?: ?[:∶：] ?\d+(?:\.\d+)?){2,3}"  # 8.6:44.4:47, 8.6∶44.4∶47, 16.5 ∶44.7 ∶38.8
_WHEN = r"(?:(?:\d{4}年|上年|“[^”]{1,8}”末?)(?:的|底的|末的)?)?"
_CHANGED = "演进|调整|优化|变|转|转变|提升|改善|趋近"
_RATIO = re.compile(rf"({_RATIO_PARTS})(?:[，,]?(?:进一步)?(?:{_CHANGED})?(?:为|到|至|于)\s?{_WHEN}"
                    rf"({_RATIO_PARTS}))?")  # (调整为 11.6：48.7：39.7: a space before the figures)
_RATIO_FROM = re.compile(rf"(?:由|从){_WHEN}$")  # 由2000年的22.3∶34.2∶43.5 (with nothing after): a base only


def _ratios(text: str, start: int, end: int) -> list[dict]:
    """A structure ratio (三次产业结构由2005年的11.7∶45∶43.3调整为2010年的8.6∶44.4∶47): one record with
    `ratio` (and `ratio_before`), not three shares: the curated knowledge base records the ratio."""
    out = []
    for m in _RATIO.finditer(text[start:end]):
        first = [_number(x.strip()) for x in re.split("[:∶：]", m.group(1))]
        second = [_number(x.strip()) for x in re.split("[:∶：]", m.group(2))] if m.group(2) else None
        c_start = _clause_start(text, start + m.start(), start)
        if text.endswith("一、二、", start, c_start):
            c_start -= 4  # 一、二、三产业比例演进为5∶30∶65: the list of industries is the name, not a list of clauses
        if not second and _RATIO_FROM.search(text, c_start, start + m.start()):
            continue
        words = re.sub(r"^(?:争取|力争|预计)?\s*(?:\d{4}年)?", "", text[c_start:start + m.start()].strip(" *\u3000"))
        name = re.sub(rf"(比例)?将?(?:(?:由|从){_WHEN}|(?:进一步)?(?:{_CHANGED})?[为到至于]{_WHEN})?$", "", words)
        name = re.sub(r"(?:比例|进一步)$", "", name).strip(" *\u3000") or "产业结构"
        quote = text[c_start:start + m.end()]
        rec = {"name": name, "value": None, "unit": None, "growth": None, "qualifier": None,
               "ratio": second or first, "quote": quote}
        if second:
            rec["ratio_before"] = first
        out.append(rec)
        out += _industry_shares(name, rec["ratio"], quote)
    return out


# what a ratio of the three industries says (三次产业结构, 产业结构, 生产总值的产业结构)
_INDUSTRIES = re.compile(r"(?:三次|三大)产业|一、?二、?三产|(?:^|生产总值的?|经济的?|GDP的?)产业结构")


def _industry_shares(name: str, ratio: list, quote: str) -> list[dict]:
    """The three industries' shares of output a ratio of three parts states (三次产业结构调整为8.5∶39.7∶51.8:
    第一产业比重 8.5%, …), each a record of its own beside the ratio, so a panel of 第三产业比重 finds it;
    parts that are not shares of 100 (比例趋近于3：3：4) are a proportion only."""
    if len(ratio) != 3 or not _INDUSTRIES.search(name) or abs(sum(ratio) - 100) > 1:
        return []
    return [{"name": f"第{rank}产业比重", "value": share, "unit": "%", "growth": None, "qualifier": None,
             "quote": quote} for rank, share in zip("一二三", ratio, strict=True)]


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, position = [], start
    for m in SENTENCE_END.finditer(text, start, end):
        if m.start() > position:
            out.append((position, m.start()))
        position = m.end()
    if position < end:
        out.append((position, end))
    return out
